// One complaint box's reading: its category, the cues that decided it, what was set aside and the fallback
// model's guess. Reader text goes in <q> elements through textContent only.

import { el } from "./dom.js";

/** @typedef {import("./tool-view.js").View} View */
/** @typedef {import("../../../types/engine.js").Box} Box */
/** @typedef {import("../../../types/engine.js").CueMatch} Cue */
/** @typedef {import("../../../types/engine.js").Categorization} Categorization */

/** @param {Cue} cue */
const cueWords = (cue) => [el("q", { text: cue.matched }), cue.correction ? ` read as ${cue.correction.split(" \u2192 ").pop()}` : ""];

/** @param {Categorization} cat */
function readingLines(cat) {
  const lines = [];
  if (cat.discounted.length) {
    lines.push(el("p", { class: "sw-complaint__aside" }, [
      "Set aside: ",
      ...cat.discounted.flatMap((cue, i) => [i ? "; " : "", ...cueWords(cue), ` (${cue.note})`]),
    ]));
  }
  if (cat.fallback) {
    lines.push(el("p", { class: "sw-complaint__fallback" }, [
      "A guess: no known words counted; the wording is closest to the guide's words for this type in ",
      ...cat.fallback.words.flatMap((word, i) => [i ? ", " : "", el("q", { text: word })]),
      ". Check it, or choose a category below.",
    ]));
  }
  return lines;
}

/**
 * @param {View} view
 * @param {number} index the box, from 0
 * @param {string} text the box's text
 * @param {Box | undefined} box the engine's reading of the box, once it has read it
 */
export function renderComplaintBox(view, index, text, box) {
  const ids = view.contract.boxes[index];
  const out = ids ? view.root.querySelector(`#${ids.result}`) : null;
  if (!out) return;
  const { contract } = view;
  const limit = contract.limits.maxComplaintChars;
  if (!text.trim()) {
    out.replaceChildren();
    return;
  }
  if (text.length > limit) {
    out.replaceChildren(el("p", { class: "sw-complaint__error", text: `This complaint is ${text.length} characters long; the limit is ${limit}. Shorten it to have it categorised (your text is kept).` }));
    return;
  }
  const item = box?.reading;
  if (!item) {
    out.replaceChildren(el("p", { text: "The category appears when the decision engine is ready." }));
    return;
  }
  const cat = item.categorization;
  /** @param {string} type */
  const title = (type) => contract.typeTitles.get(type);
  const lines = [
    el("p", { class: "sw-complaint__category" }, [
      el("strong", { text: item.type === contract.uncategorized ? "No category" : title(item.type) ?? item.type }),
      item.overridden
        ? " (your choice)"
        : cat.type === contract.uncategorized
          ? ` — no known words ${cat.discounted.length ? "counted" : "matched"}; choose a category below`
          : ` — ${cat.confidence_word} confidence${cat.fallback ? ", a guess" : ""}`,
      cat.secondary ? `, with ${(title(cat.secondary) ?? cat.secondary).toLowerCase()} second` : "",
    ]),
  ];
  if (cat.cues.length) {
    lines.push(el("p", { class: "sw-complaint__cues" }, [
      "Because of: ",
      ...cat.cues.flatMap((cue, i) => [i ? ", " : "", ...cueWords(cue), ` (${cue.example_label.toLowerCase()})`]),
    ]));
  }
  lines.push(...readingLines(cat));
  out.replaceChildren(...lines);
}
