// One complaint box's reading: its category, the cues that decided it, what was set aside and the fallback
// model's guess. Reader text goes in <q> elements through textContent only, each isolated for direction (quoted).

import { el } from "./dom.js";
import { count } from "./state.js";

/** @typedef {import("./tool-view.js").View} View */
/** @typedef {import("../../../types/engine.js").Box} Box */
/** @typedef {import("../../../types/engine.js").CueMatch} Cue */
/** @typedef {import("../../../types/engine.js").Categorization} Categorization */

/**
 * The reader's words in quotes, never offered to a browser's page translation (translate="no"), which sends the page's
 * text to its maker's service (an attack review); isolated for direction inside the quotes, as the check list's are
 * (an attack review: a right-to-left override typed in a word carried the closing quote into it, "“dep”syol").
 * @param {string} text
 */
const quoted = (text) => el("q", { translate: "no" }, [el("bdi", { text })]);

/**
 * The words of a cue as the reader wrote them.
 * @param {Cue} cue
 */
const cueWords = (cue) => [
  quoted(cue.matched),
  cue.correction ? ` read as ${cue.correction.split(" \u2192 ").pop()}` : "",
];

/**
 * What the first box says while it is blank and a later box holds a complaint: its label says it hurts and weighs most,
 * but the engine weighs the complaints written, the first of them most (a reader's review: the empty box still read
 * "hurts most, weighs most" while complaint 3 carried the weight). "" when there is nothing to say.
 * @param {readonly string[]} complaints each box's text, in order
 * @param {(text: string) => boolean} isBlank
 * @returns {string}
 */
export function emptyFirstNote(complaints, isBlank) {
  const first = complaints.findIndex((text) => !isBlank(text));
  if (first <= 0) return "";
  return `Empty, so complaint ${first + 1}, the first you wrote, weighs most.`;
}

/**
 * The cues set aside, grouped by their note in the order first met, as the engine's ``by_note`` groups them for the
 * reason and the download: a note is said once for all its cues (a reader's review: "'on-call', 'gets paged', '3am'"
 * each repeated that they are where the failure hurts the team).
 * @param {readonly Cue[]} cues
 * @returns {[string, Cue[]][]}
 */
export function byNote(cues) {
  /** @type {Map<string, Cue[]>} */
  const grouped = new Map();
  for (const cue of cues) {
    const note = cue.note ?? "";
    grouped.set(note, [...(grouped.get(note) ?? []), cue]);
  }
  return [...grouped];
}

/**
 * @param {Categorization} cat
 * @param {string | null} chosen the guessed type's title when the reader chose the box's category: the guess names
 * it (the category shown is theirs) and asks nothing of them (a reader's review: "Check it, or choose a category
 * below" stood under "User scaling (your choice)")
 */
function readingLines(cat, chosen) {
  const lines = [];
  if (cat.discounted.length) {
    lines.push(el("p", { class: "sw-complaint__aside" }, [
      "Set aside: ",
      // The note quotes the reader's clause ("discounted: 'not the infra'"): not translated either (a diff review), and
      // isolated for direction, as the quoted words are (a later one: an override in the clause ran on past ")").
      ...byNote(cat.discounted).flatMap(([note, cues], i) => [
        i ? "; " : "",
        ...cues.flatMap((cue, k) => [k ? ", " : "", ...cueWords(cue)]),
        " (", el("bdi", { text: note, translate: "no" }), ")",
      ]),
    ]));
  }
  if (cat.fallback) {
    lines.push(el("p", { class: "sw-complaint__fallback" }, [
      // "... for this type in people" read as a broken sentence (a reader's review): the words are where it leans.
      `A guess: no known words counted; the wording is closest to the guide's words for ${chosen ? chosen.toLowerCase() : "this type"}`,
      ...(cat.fallback.words.length ? [", mostly in "] : []),
      ...cat.fallback.words.flatMap((word, i) => [i ? ", " : "", quoted(word)]),
      chosen ? "." : ". Check it, or choose a category below.",
    ]));
  }
  return lines;
}

/**
 * The words of the cues, each with what it is an example of.
 * @param {Cue[]} cues
 */
const cueList = (cues) => cues.flatMap((cue, i) => [i ? ", " : "", ...cueWords(cue), ` (${cue.example_label.toLowerCase()})`]);

/**
 * A reading the engine is not sure of asks the reader: confirm the suggested type (the box's category choice then
 * holds it, as if chosen in the list) or pick another in the list. The buttons carry the box and the type; the
 * page's click handler sets the choice.
 * @param {number} index
 * @param {string} type
 * @param {string} typeTitle
 * @param {string} selectId
 */
const askToConfirm = (index, type, typeTitle, selectId) => el("div", { class: "sw-complaint__check" }, [
  el("p", { text: `Not sure about this one. Is it about ${typeTitle.toLowerCase()}?` }),
  el("p", {}, [
    el("button", { type: "button", class: "md-button md-button--primary", "data-confirm-box": String(index), "data-confirm-type": type, text: `Yes, ${typeTitle.toLowerCase()}` }),
    el("button", { type: "button", class: "md-button", "data-pick": selectId, text: "No, pick another type" }),
  ]),
]);

/**
 * The category list's first choice names the type it stands for ("The suggested one (Technical scaling)"), or says it
 * as written in the page when there is none yet: "No, pick another type" opens a list that otherwise did not say
 * which type it would keep (a reader's review).
 * @param {View} view
 * @param {string} selectId
 * @param {string | undefined} suggested the engine's category, or its "uncategorized"
 */
function nameSuggestion(view, selectId, suggested) {
  const option = view.root.querySelector(`#${selectId} option[value=""]`);
  if (!(option instanceof HTMLOptionElement)) return;
  option.dataset.written ??= option.text;
  const title = suggested === view.contract.uncategorized ? view.contract.uncategorizedTitle : suggested && view.contract.typeTitles.get(suggested);
  option.text = title ? `${option.dataset.written} (${title})` : option.dataset.written;
}

/**
 * A category chosen in a box's list, for the complaint as written now: the reading it is chosen over is the one on
 * screen, if that was drawn for this very text (`readAs`, `readFor`); else the first reply drawn for this text, when
 * it comes (`chosenFor`). A fresh-clone CI run: the choice's own reply, dropped for an edit of the complaint right
 * after it, left the next reply's reading (of the new text) taken for it, and the choice's note unsaid. A review: a
 * reading left on screen from an earlier text (the box emptied since, or too long) was taken for it.
 * @param {HTMLSelectElement} select
 * @param {string} text the box's complaint as written when the choice is made
 */
export function noteChoiceMade(select, text) {
  select.dataset.chosen = select.value;
  delete select.dataset.readAsWhenChosen;
  delete select.dataset.chosenFor;
  if (!select.value) return;
  if (select.dataset.readAs !== undefined && select.dataset.readFor === text) {
    select.dataset.readAsWhenChosen = select.dataset.readAs;
  } else {
    select.dataset.chosenFor = text;
  }
}

/**
 * A category the reader chose while the complaint read as one type, the complaint since rewritten to read as another:
 * said, the choice kept (a reader's review: "Search is slow" set to process scaling, then rewritten as "The big
 * prospect will not sign without SSO", stayed "Process scaling (your choice)" without a word). The list remembers the
 * type the complaint read as when its choice was first shown, with the choice: another choice starts again (a diff
 * review). After a fill of the form it is not known (form-state.js), and nothing is said until the reader chooses.
 * @param {HTMLSelectElement | null} select the box's category list
 * @param {boolean} chosen
 * @param {string} readAs the engine's own type for the complaint now
 * @param {string} text the complaint this reading is of
 * @param {(type: string) => string | null} title a type's title, null for "no category"
 */
function choiceOutdated(select, chosen, readAs, text, title) {
  if (!select) return null;
  if (!chosen || select.dataset.chosen !== select.value) {
    delete select.dataset.readAsWhenChosen;
    delete select.dataset.chosenFor;
  }
  if (!chosen) return null;
  select.dataset.chosen = select.value;
  const chosenFor = select.dataset.chosenFor;
  // Chosen for another text than this reply's: what it read as then is not known (nothing is said).
  const before = (select.dataset.readAsWhenChosen ??= chosenFor === undefined || chosenFor === text ? readAs : "");
  delete select.dataset.chosenFor;
  if (!before || before === readAs || readAs === select.value) return null; // "": not known (a fill)
  const suggested = select.querySelector('option[value=""]');
  const written = suggested instanceof HTMLOptionElement ? suggested.dataset.written ?? suggested.text : "";
  /** @param {string} type @param {string} [past] */
  const reading = (type, past) => {
    const named = title(type);
    return named ? `${past ? "read" : "reads"} as ${named.toLowerCase()}` : `${past ? "had" : "has"} no category`;
  };
  return el("p", { class: "sw-complaint__outdated", text: `You chose this category when the complaint ${reading(before, "past")}; as it is written now, it ${reading(readAs)}. Keep your choice, or set the list below back to “${written}”.` });
}

/** The attribute that keeps what a box's reading shows, to leave it alone when that has not changed. */
const SHOWN = "data-sw-shown";
/** The fields of a box's reading it never shows. */
const UNSHOWN = new Set(["text", "reason", "scores", "weight", "position", "index", "number", "confidence"]);

/**
 * A reading's lines replaced, the keyboard's focus kept: a reply that comes after the reader has tabbed into the
 * reading (its "Yes" button) redraws it, and the focus dropped to the page's body (an attack review). It goes to the
 * same control redrawn, else to `fallback` (the box's category list).
 * @param {Element} out
 * @param {Element | null} fallback
 * @param {...(Node | string)} nodes
 */
function redraw(out, fallback, ...nodes) {
  const focused = document.activeElement;
  const held = focused instanceof HTMLElement && out.contains(focused) ? focused.outerHTML : null;
  out.replaceChildren(...nodes);
  if (held === null) return;
  const same = [...out.querySelectorAll("*")].find((node) => node.outerHTML === held);
  const next = same ?? fallback;
  if (next instanceof HTMLElement) next.focus({ preventScroll: true });
}

/**
 * @param {View} view
 * @param {number} index the box, from 0
 * @param {string} text the box's text
 * @param {Box | undefined} box the engine's reading of the box, once it has read it
 * @param {string} unread what the box says while it has no reading
 * @param {string} empty what the box says while it is blank (``emptyFirstNote``), or ""
 */
export function renderComplaintBox(view, index, text, box, unread, empty = "") {
  const ids = view.contract.boxes[index];
  const out = ids ? view.root.querySelector(`#${ids.result}`) : null;
  if (!ids || !out) return;
  const { contract } = view;
  const fallback = view.root.querySelector(`#${ids.override}`);
  if (fallback instanceof HTMLSelectElement) { // what a choice made now, for this text, is made over (none shown: none)
    const reading = box?.note ? undefined : box?.reading;
    if (reading && !contract.isBlank(text)) Object.assign(fallback.dataset, { readAs: reading.categorization.type, readFor: text });
    else {
      delete fallback.dataset.readAs;
      delete fallback.dataset.readFor;
    }
  }
  // A live region: rebuilt only when what it shows changes. A screen reader announced each rebuild, at every key
  // pressed, though the reading changes only as words are completed (a reader's review). Left out of the comparison,
  // what the box never shows: the text, the reason's sentence (quoting it), the scores, the weight and place (which
  // change for every box when one above is emptied); the length shows only over the limit.
  // Over the limit, the reader's own choice in the list is said too: it counts only once the text is shortened (an
  // attack review: the list showed it while the box, Check your answers and the download said nothing of it).
  const chosen = box?.note && fallback instanceof HTMLSelectElement ? fallback.value : "";
  const shown = contract.isBlank(text)
    ? empty
    : JSON.stringify([unread, box ?? null, chosen], (key, value) => (UNSHOWN.has(key) || (key === "chars" && !box?.note) ? undefined : value));
  if (out.getAttribute(SHOWN) === shown) return;
  out.setAttribute(SHOWN, shown);
  // While a box waits for its reading, its list keeps the type it last named (it changed at every key pressed).
  // A blank box names none, note or not (a diff review: emptied above a written box, its list kept the old type).
  if (contract.isBlank(text) || box?.note || box?.reading) nameSuggestion(view, ids.override, box?.reading?.categorization.type);
  if (shown === "") {
    redraw(out, fallback);
    return;
  }
  if (contract.isBlank(text)) {
    redraw(out, fallback, el("p", { class: "sw-complaint__empty", text: empty }));
    return;
  }
  if (box?.note) { // the engine kept the text but did not read it (over the limit)
    const choice = !chosen ? ""
      : chosen === contract.uncategorized ? " Your choice to leave it out counts once it is shortened."
        : ` Your choice, ${contract.typeTitles.get(chosen) ?? chosen}, counts once it is shortened.`;
    redraw(out, fallback, el("p", { class: "sw-complaint__error", text: `${box.note[0]?.toUpperCase()}${box.note.slice(1)} (this one has ${count(box.chars)}): shorten it to have it categorised. Your text is kept as it is.${choice}` }));
    return;
  }
  const item = box?.reading;
  if (!item) {
    redraw(out, fallback, el("p", { text: unread }));
    return;
  }
  const cat = item.categorization;
  /** @param {string} type */
  const title = (type) => contract.typeTitles.get(type) ?? type;
  const uncategorized = item.type === contract.uncategorized;
  const lines = [
    el("p", { class: "sw-complaint__category" }, [
      el("strong", { text: uncategorized ? view.contract.uncategorizedTitle : title(item.type) }),
      item.overridden
        ? " (your choice)"
        : cat.type === contract.uncategorized
          ? ` — no known words ${cat.discounted.length ? "counted" : "matched"}; choose a category below`
          : ` — ${cat.confidence_word} confidence${cat.fallback ? ", a guess" : ""}`,
      // A tie is said as one (a CLI review: "second" read as the lesser); the reason says which rule broke it.
      // Every type in a three-way tie is named (a diff review: only `secondary` was).
      item.overridden
        ? ""
        : cat.tied_with.length
          ? `, tied with ${cat.tied_with.map((type) => title(type).toLowerCase()).join(" and ")}`
          : cat.secondary
            ? `, with ${title(cat.secondary).toLowerCase()} second`
            : "",
    ]),
  ];
  // The words that support the category used; words pointing at other types are only mentioned.
  const because = cat.cues.filter((cue) => cue.type === item.type);
  const also = cat.cues.filter((cue) => cue.type !== item.type);
  if (because.length) {
    lines.push(el("p", { class: "sw-complaint__cues" }, ["Because of: ", ...cueList(because)]));
  }
  for (const type of new Set(also.map((cue) => cue.type))) {
    const words = also.filter((cue) => cue.type === type);
    lines.push(el("p", { class: "sw-complaint__also" }, [`Also mentions ${title(type).toLowerCase()}: `, ...cueList(words)]));
  }
  // Not sure: after the words it read, the reader is asked.
  if (!item.overridden && !uncategorized && contract.confirmConfidence.includes(cat.confidence_word)) {
    lines.push(askToConfirm(index, item.type, title(item.type), ids.override));
  }
  const select = view.root.querySelector(`#${ids.override}`);
  const outdated = choiceOutdated(select instanceof HTMLSelectElement ? select : null, item.overridden, cat.type, text, (type) => type === contract.uncategorized ? null : title(type));
  if (outdated) lines.push(outdated);

  lines.push(...readingLines(cat, item.overridden ? title(cat.type) : null));
  redraw(out, fallback, ...lines);
}
