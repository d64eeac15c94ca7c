// The questionnaire's view: data in, DOM out. Each function renders what it is given into the tool's elements;
// no events, no engine calls, no storage (tool-page.js does those).

import { abbreviate, el, list, setText } from "./dom.js";
import { explain } from "./failures.js";
import { emptyFirstNote, renderComplaintBox } from "./complaint-view.js";
import { paintLive } from "./live-view.js";
import { optionLabel } from "./contract.js";
import { hasComplaint } from "./state.js";

/** @typedef {import("./contract.js").Contract} Contract */
/** @typedef {import("./state.js").State} State */
/** @typedef {import("./engine-client.js").EngineState} EngineState */
/** @typedef {import("../../../types/engine.js").Recommendation} Recommendation */
/** @typedef {import("../../../types/engine.js").Session} Session */
/**
 * @typedef {{
 *   root: HTMLElement, contract: Contract, form: HTMLElement, notices: HTMLElement, followUpNotice: HTMLElement,
 *   status: HTMLElement,
 *   progress: HTMLProgressElement, problem: HTMLElement, problemText: HTMLElement, fallback: HTMLElement,
 *   result: HTMLElement, summary: HTMLElement, confidence: HTMLElement, body: HTMLElement, triageSummary: HTMLElement,
 *   runtimeBytes: number, runtimeSentBytes: number, asked: readonly string[] | null, previous: State | null,
 *   saving: boolean, followUpFor: string | null,
 *   stage: EngineState["stage"], lead: string, leadShort: string, leadPending: boolean, hasResult: boolean,
 *   readings: ReadonlyMap<number, {text: string, type: string, overridden: boolean}>,
 * }} View
 */

/**
 * @param {Contract} contract
 * @param {string} type
 */
export const typeTitle = (contract, type) => contract.typeTitles.get(type) ?? type;

/** @param {number} bytes */
const mb = (bytes) => (bytes / 1e6).toFixed(1);

/**
 * How much of a download is done, by whole quarters passed (none said before the first): "at least", as the bar beside
 * it runs on (a reader's review: "a quarter done" beside a bar half full; a diff review: "over" at exactly half).
 */
const QUARTERS_DONE = ["", ": at least a quarter done", ": at least half done", ": at least three quarters done", ": all done"];

/**
 * The engine's stage in words. Sizes are the runtime's: `unpacked`, its files as they are, and `sent`, as a server
 * sends the build's compressed copies (0 when the page does not say). The progress counts unpacked bytes; the size
 * named is the one that crosses the network: the compressed one once the server is seen to compress.
 * @param {EngineState} state
 * @param {{unpacked: number, sent: number}} sizes
 */
export function describeStage(state, { unpacked, sent }) {
  switch (state.stage) {
    case "ready":
      return "The decision engine is ready: your recommendation updates as you answer.";
    case "failed":
      return "The decision engine could not start.";
    case "waiting":
      return `Data saver is on: the decision engine (about ${sent ? `${mb(sent)} MB, compressed` : `${mb(unpacked)} MB`}) downloads when you answer the first question.`;
    case "downloading": {
      const total = Math.max(unpacked, state.total || 0);
      if (!state.loaded || !total) return "Starting the decision engine…"; // no byte counted yet: maybe none to download
      // Quarters, in words: the status is announced to screen readers, five times in a download (at every tenth it
      // was eleven times, a reader review); the bar shows the fine progress, and the words say what is done (a
      // quarter, half...), never a figure the bar contradicts (another review: "0%" beside a bar a sixth full).
      const quarter = Math.min(4, Math.floor((4 * state.loaded) / total));
      return `Downloading the decision engine, ${mb(state.compressed && sent ? sent : total)} MB${QUARTERS_DONE[quarter]}…`;
    }
    case "starting":
      return "Starting the decision engine (Python, in your browser)…";
    case "installing":
      return "Installing the decision engine…";
    default:
      return "The decision engine starts when this page opens.";
  }
}

/**
 * The engine's state: the status line, the progress bar, on failure the message, and the guide's mapping unless ready.
 * @param {View} view
 * @param {EngineState} state
 * @param {string | undefined} decidingAnswer
 */
export function showEngineState(view, state, decidingAnswer) {
  const { root, status, progress, problem, problemText } = view;
  const runtimeBytes = view.runtimeBytes;
  const sizes = { unpacked: runtimeBytes, sent: view.runtimeSentBytes };
  // Called on each word from the engine while it downloads (every tenth of a second): only what changed is written.
  if (root.dataset.engineStage !== state.stage) root.dataset.engineStage = state.stage;
  view.stage = state.stage;
  const text = describeStage(state, sizes);
  setText(status, text); // announce changes only
  const busy = ["downloading", "starting", "installing"].includes(state.stage);
  if (progress.hidden === busy) progress.hidden = !busy;
  if (state.stage === "downloading" && state.loaded && Math.max(runtimeBytes, state.total)) {
    const total = Math.max(runtimeBytes, state.total);
    if (progress.max !== total) progress.max = total;
    progress.value = Math.min(state.loaded, total);
  } else if (!progress.hidden) {
    progress.removeAttribute("value"); // indeterminate while Python starts
  }
  const failed = state.stage === "failed";
  if (problem.hidden === failed) problem.hidden = !failed;
  // The mapping is the deciding answer alone, for a page without the engine: beside the engine's result it read as a
  // second verdict, and could contradict it (a reader's review: "Not sure" then weekly regressions, the result for
  // process scaling and the mapping's row "Technical scaling leads: you were not sure ..."). It sits last in the page,
  // so stepping aside moves nothing above it.
  const ready = state.stage === "ready";
  if (view.fallback.hidden !== ready) view.fallback.hidden = ready;
  if (state.stage === "failed") {
    root.dataset.engineFailure = state.failure.code;
    problemText.textContent = explain(state.failure, navigator.onLine === false);
    highlightMapping(view, decidingAnswer);
  } else delete root.dataset.engineFailure;
  paintLive(view);
}

/**
 * The guide's static mapping, with the row of the deciding answer marked (none with `undefined`).
 * @param {View} view
 * @param {string | undefined} answer
 */
export function highlightMapping(view, answer) {
  for (const row of view.fallback.querySelectorAll(".sw-mapping-row")) {
    const current = row instanceof HTMLElement && row.dataset.option === answer;
    row.classList.toggle("sw-mapping-row--current", current);
    if (current) row.setAttribute("aria-current", "true");
    else row.removeAttribute("aria-current");
  }
}

/**
 * @param {View} view
 * @param {string} type
 */
function guideLink(view, type) {
  const href = new URL(`${type}/`, new URL(view.root.dataset.siteRoot || "../", location.href)).href;
  return el("a", { href, text: `${typeTitle(view.contract, type)} in the guide` });
}

// Each type's evidence points, in the order the engine sends them (the sequence's, lead first), with its place in
// words ("leads: you named it", "2nd"): the deciding answer is not counted in the points, so a lead can have fewer
// than another type. The lead is marked in words (its role) and shape (a star and a frame), every value is written
// beside its bar, and zero and negative values are drawn distinctly (a hollow dot on the zero line; a hatched bar to
// the left of it).
/**
 * @param {Contract} contract
 * @param {Recommendation["evidence"]} evidence
 */
function renderChart(contract, evidence) {
  const points = evidence.map((e) => e.points);
  const low = Math.min(0, ...points);
  const high = Math.max(0, ...points);
  const span = high - low || 1;
  // A zero's stub stands beside the zero line, on the track's side: before it where zero ends the track (site.css).
  const zero = low < 0 && high === 0 ? " sw-chart__bar--zero sw-chart__bar--before" : " sw-chart__bar--zero";
  const chart = el("ul", { class: "sw-chart" });
  for (const { type, points: value, place, role } of evidence) {
    const shape = value < 0 ? " sw-chart__bar--negative" : value === 0 ? zero : "";
    const bar = el("span", { class: `sw-chart__bar${shape}`, "aria-hidden": "true" });
    bar.style.setProperty("--sw-from", `${value === 0 ? -low / span : (Math.min(0, value) - low) / span}`);
    bar.style.setProperty("--sw-share", `${value === 0 ? 0 : Math.abs(value) / span}`);
    const track = el("span", { class: "sw-chart__track" }, [bar]);
    track.style.setProperty("--sw-zero", `${-low / span}`);
    chart.append(
      el("li", { class: `sw-chart__row sw-chart__row--${type}${place === 1 ? " sw-chart__row--lead" : ""}` }, [
        el("span", { class: "sw-chart__label" }, [
          el("span", { class: "sw-chart__type", text: typeTitle(contract, type) }),
          el("span", { class: "sw-chart__role", text: role }),
        ]),
        track,
        el("span", { class: "sw-chart__value", text: `${value} ${Math.abs(value) === 1 ? "point" : "points"}` }),
      ]),
    );
  }
  return chart;
}

/**
 * @param {string} title
 * @param {Array<Node | null>} content
 */
const section = (title, ...content) => el("section", { class: "sw-result__section" }, [el("h3", { text: title }), ...content]);

/**
 * The result in the engine's words, each said once: the headline (in the summary above), the confidence word
 * and its reasons, one reason per place in the sequence, the evidence, the flags, what would change the lead,
 * the team's habit, and the one under-invested verdict.
 * @param {View} view
 * @param {Recommendation} rec
 */
export function renderRecommendation(view, rec) {
  const { root, body, summary, contract } = view;
  const { lead, confidence } = rec;
  /** @param {string} type */
  const title = (type) => typeTitle(contract, type);
  // The headline and the confidence are live regions (a reader review: a confidence that changed under the same
  // headline was never announced). Each is written only when its words change, so that an answer that leaves them
  // as they were announces nothing again.
  setText(summary, rec.headline);
  // The confidence stays with the headline, above "Keep or share" (the template's order).
  const confidenceBox = el("div", { class: `sw-result__confidence sw-result__confidence--${confidence.level}` }, [
    el("p", {}, [el("strong", { text: `Confidence: ${confidence.word}` }), ` — ${confidence.text}`]),
    confidence.reasons.length ? list(confidence.reasons) : null,
  ]);
  if (view.confidence.textContent !== confidenceBox.textContent) view.confidence.replaceChildren(confidenceBox);
  const parts = [
    section("The sequence", el("ol", { class: "sw-sequence" }, rec.sequence.order.map((type, i) =>
      el("li", { class: `sw-sequence__step sw-sequence__step--${type}`, text: rec.sequence.reasons[i] ?? "" })))),
    section("Evidence per type", el("p", { class: "sw-help", text: root.dataset.evidenceNote ?? "" }), renderChart(contract, rec.evidence)),
    rec.flags.length
      ? el("section", { class: "sw-result__section sw-result__flags" }, [el("h3", { text: "Flags" }), list(rec.flags.map((flag) => flag.text))])
      : null,
    section(
      "What would change the lead",
      el("p", { text: rec.would_change.summary }),
      rec.would_change.changes.length ? list(rec.would_change.changes.map((change) => change.text)) : null,
    ),
    rec.comfort ? section("Your team's habit", el("p", { text: rec.comfort })) : null,
    rec.rationale.length
      ? section("Because you answered…", list(rec.rationale.map((item) =>
        `${item.text} (${item.points > 0 ? "+" : ""}${item.points} for ${title(item.type).toLowerCase()})`)))
      : null,
    section(
      "The trade-off to watch",
      el("p", { text: rec.trade_off.trade_off }),
      el("p", {}, [el("strong", { text: "Keep it in check: " }), rec.trade_off.keep_in_check]),
    ),
    section("First actions", list(rec.first_actions.map((action) => action.text))),
    section("Watch for later", ...rec.watch.map((w) => el("div", {}, [
      el("p", { text: `${title(w.type)}:` }),
      ...(w.now ? [el("p", { text: w.now })] : []),
      list(w.failure_modes),
    ]))),
    el("section", { class: "sw-result__section", id: contract.elements.result_under_invested }, [
      el("h3", { text: "Under-invested" }),
      el("p", { text: rec.under_invested.text }),
      rec.under_invested.other ? el("p", { text: rec.under_invested.other }) : null,
      rec.under_invested.against_lead ? el("p", { text: rec.under_invested.against_lead }) : null,
    ]),
    section("Read more", list([guideLink(view, lead), ...rec.sequence.order.filter((t) => t !== lead).map((t) => guideLink(view, t))])),
    el("p", { class: "sw-result__meta", text: `Rubric version ${rec.rubric_version}.` }),
  ];
  body.replaceChildren(...parts.filter((part) => part !== null));
  abbreviate(body, contract.abbreviations);
  root.dataset.lead = lead;
  root.dataset.confidence = confidence.level;
  view.lead = `${rec.headline} Confidence: ${confidence.word} — ${confidence.summary}.`; // the reasons, shortened
  view.leadShort = `${rec.headline} Confidence: ${confidence.word}.`; // the bar's on a phone
  view.hasResult = true;
  paintLive(view);
}

/**
 * No recommendation: the summary says why.
 * @param {View} view
 * @param {string} text
 */
export function clearResult(view, text) {
  setText(view.summary, text); // not announced again at each pause in typing a complaint
  view.confidence.replaceChildren();
  view.body.replaceChildren();
  delete view.root.dataset.lead;
  delete view.root.dataset.confidence;
  view.lead = text;
  view.leadShort = "";
  view.hasResult = false;
  paintLive(view);
}

/**
 * A question asked only under conditions (the follow-up) shows, in place, when the engine lists it as asked;
 * hidden, its answer stays in the form (and the saved answers and share link), ready when it is asked again
 * (`updateCheck` lists it as kept).
 * @param {View} view
 * @returns {HTMLElement[]} the questions' fieldsets this call showed (hidden before)
 */
export function showAsked(view) {
  /** @type {HTMLElement[]} */
  const shown = [];
  for (const question of view.contract.questions.values()) {
    if (!question.askedWhen.length) continue;
    const asked = Boolean(view.asked?.includes(question.id));
    const fieldset = view.root.querySelector(`#${question.elementId}`);
    if (fieldset instanceof HTMLElement) {
      if (asked && fieldset.hidden) shown.push(fieldset);
      fieldset.hidden = !asked;
    }
  }
  return shown;
}

/**
 * Each box's reading and the effort notes; the one under-invested verdict is the recommendation's, said here only
 * before there is one.
 * @param {View} view
 * @param {State} state
 * @param {Session | null} session the engine's reply for this state, or null while it is not ready
 */
export function renderTriage(view, state, session, unread = UNREAD_PENDING) {
  const empty = emptyFirstNote(state.complaints, view.contract.isBlank);
  state.complaints.forEach((text, i) => renderComplaintBox(view, i, text, session?.boxes[i], unread, i === 0 ? empty : ""));
  // Each box's category as the engine last read it, for "Check your answers" and so the printout (a reader's review:
  // the printed complaints had no category).
  view.readings = new Map((session?.boxes ?? []).flatMap((box) => (box.reading
    ? [[box.index, { text: box.reading.text, type: box.reading.type, overridden: box.reading.overridden }]]
    : [])));
  updateCheck(view, state);
  const read = session?.boxes.some((box) => box.reading) ? session : null;
  const parts = read ? read.effort_flags.map((flag) => `Note: ${flag.message}.`) : [];
  if (read?.recommendation) {
    // Its type said here too, where the exercise's reader looks (a reader's review: on a phone the verdict was four
    // screens below, after the sharing buttons); why it is that type, in the recommendation.
    const type = read.recommendation.under_invested.type;
    const title = type ? view.contract.typeTitles.get(type) : undefined;
    parts.push(title ? `The under-invested verdict is in your recommendation, below: ${title.toLowerCase()}.` : "The under-invested verdict is in your recommendation, below.");
  }
  // Before the deciding question is answered, the complaints' own verdict (a reader's review: the exercise alone gave
  // none); the engine's sentence says the recommendation sets it beside the lead.
  else if (read?.under_invested) parts.push(read.under_invested.text);
  // A live region: written only when its words change (each keystroke wrote the same sentence again, announced).
  const summary = parts.join(" ");
  setText(view.triageSummary, summary);
}

/** What a complaint box says until the engine has read it. */
export const UNREAD_PENDING = "The category appears when the decision engine is ready.";
/** What it says when the engine refused the answers (the result, below the complaints, says why). */
export const UNREAD_REFUSED = "Not categorised: the decision engine could not read your answers (the reason is in your recommendation, below).";

/**
 * "Include my complaints in the link" is offered only once there is a complaint to include (a reader's review: it
 * showed, and could be ticked, with every box empty). Ticked, it stays ticked while hidden.
 * @param {View} view
 * @param {State} state
 */
export function updateKeepOptions(view, state) {
  const option = view.root.querySelector(`#${view.contract.elements.share_complaints}`)?.closest(".sw-keep__option");
  if (option instanceof HTMLElement) option.hidden = !hasComplaint(state, view.contract);
}

/**
 * An answer that stands for another ("The failure I named") names it in the form, as the answers now read: the
 * follow-up did not say which failure it meant (a reader's review).
 * @param {View} view
 * @param {State} state
 */
export function nameOptions(view, state) {
  for (const question of view.contract.questions.values()) {
    for (const [optionId, named] of question.named) {
      const words = view.root.querySelector(`label[for="${named.elementId}"] > span`);
      const label = optionLabel(question, optionId, state.answers);
      if (words) setText(words, label);
    }
  }
}

/**
 * A complaint as Check your answers lists it: in full up to the longest the engine reads, then cut with a note that
 * says so. Its box keeps every character; a pasted 4 MB text laid out again here at each keystroke took 1.2 s a key.
 * @param {string} text
 * @param {number} number the complaint's box
 * @param {import("./contract.js").Limits} limits
 */
export function checkComplaint(text, number, { maxComplaintChars }, category = "") {
  const end = cutAfter(text, maxComplaintChars);
  const below = text.includes("\n") ? " sw-check__category--below" : ""; // after its last line, not beside its first
  const read = category ? el("span", { class: `sw-check__category${below}`, text: ` — ${category}` }) : null;
  // The reader's text isolated (<bdi>): a right-to-left override in it, unclosed, turned the page's own note after it
  // around, on screen and in print (an attack review).
  // The reader's own words are never sent to a browser's page translation (translate="no": an attack review), which
  // sends the page's text to its maker's service; nothing the reader types leaves the browser.
  if (end === text.length) return el("li", { value: String(number) }, [el("bdi", { text, translate: "no" }), read]);
  // The engine reads no part of a longer complaint (the reading under its box says so): the note does not say it does.
  // Printed, the boxes are not: where the rest is, is said (an attack review).
  const note = ` (cut here at ${maxComplaintChars} characters, the most the tool reads in a complaint; box ${number} keeps all of it, on screen)`;
  return el("li", { value: String(number) }, [
    el("bdi", { text: `${text.slice(0, end)}…`, translate: "no" }),
    el("span", { class: "sw-check__cut", text: note }),
  ]);
}

/**
 * A complaint's category as the engine last read this text in its box: "Technical scaling (suggested)", "User scaling
 * (your choice)", "No category (suggested)"; "" while it has not read this text (a change since, or the engine not ready).
 * @param {View} view
 * @param {number} index
 * @param {string} text
 */
function checkCategory(view, index, text) {
  const reading = view.readings.get(index);
  // The engine reads the text without the spaces around it.
  if (!reading || (reading.text !== text && reading.text !== text.trim())) return "";
  const title = view.contract.typeTitles.get(reading.type) ?? view.contract.uncategorizedTitle; // the page's one name
  return `${title} (${reading.overridden ? "your choice" : "suggested"})`;
}

/** Characters a grapheme may reach past a cut and still be read whole (a family emoji is eleven code units). */
const GRAPHEME_REACH = 64;
/** What the browser knows of graphemes; missing in older browsers (Firefox before 125): cut by code points there. */
const graphemes = typeof Intl.Segmenter === "function" ? new Intl.Segmenter(undefined, { granularity: "grapheme" }) : null;

/**
 * Where `text` ends after `count` characters, counted as the engine counts them (code points: an emoji is one),
 * or its length when it is no longer; it reads no further than that. A cut never ends inside what a reader sees as
 * one character (a flag, a family emoji joined by ZWJs, a letter and its accents): it goes back to that character's
 * start (a diff review: "👨‍👩‍👧" was cut to "👨‍…"), unless that would leave nothing.
 * @param {string} text
 * @param {number} count
 */
export function cutAfter(text, count) {
  if (text.length <= count) return text.length;
  let end = 0;
  let seen = 0;
  for (const character of text) {
    if (seen === count) break;
    end += character.length;
    seen += 1;
  }
  if (end >= text.length || graphemes === null) return Math.min(end, text.length);
  // Segmented from the text's start: a window starting inside it could pair a flag's halves wrongly (a diff review).
  let start = end;
  for (const { index } of graphemes.segment(text.slice(0, end + GRAPHEME_REACH))) {
    if (index > end) break;
    start = index;
  }
  return start > 0 ? start : end;
}

/**
 * Check your answers: each question's answer in words, and the complaints written.
 * @param {View} view
 * @param {State} state
 */
export function updateCheck(view, state) {
  for (const row of view.root.querySelectorAll(".sw-check__row")) {
    if (!(row instanceof HTMLElement)) continue;
    const qid = row.dataset.question ?? "";
    const answer = row.querySelector(".sw-check__answer");
    if (!(answer instanceof HTMLElement)) continue;
    const question = view.contract.questions.get(qid);
    if (!question) { // the row of the complaints
      // Each numbered as its box is (a blank box leaves its number out), its lines kept (site.css: pre-line).
      const written = state.complaints
        .map((text, i) => ({ text, number: i + 1 }))
        .filter(({ text }) => !view.contract.isBlank(text));
      if (written.length) {
        const items = written.map(({ text, number }) => checkComplaint(text, number, view.contract.limits,
          checkCategory(view, number - 1, text)));
        answer.replaceChildren(el("ol", { class: "sw-check__complaints" }, items));
      } else answer.textContent = "None written";
      continue;
    }
    const option = state.answers[qid];
    // Kept: its question's conditions (the contract's, as the engine asks them) are not met by the other answers;
    // read from the contract, so it shows before the engine answers and when it cannot (a diff review).
    // The follow-up's answer compared one failure: known to the page (follow-up-watch.js), or not (read back).
    const followUp = question.kind === "follow_up";
    const givenFor = followUp ? view.followUpFor : null;
    const unmet = option ? unmetConditions(view.contract, question, state, givenFor) : "";
    if (question.askedWhen.length) row.hidden = !option && !view.asked?.includes(qid);
    // A kept "The failure I named" names the failure it compared, not the one named now; none when not known.
    const named = unmet && followUp ? { ...state.answers, [view.contract.deciding]: givenFor ?? "" } : state.answers;
    const label = option ? optionLabel(question, option, named) : "Not answered";
    if (unmet) {
      // Built again only when its words change: an update the reader did not start keeps the focus on "Clear it".
      // Read back while not asked, the failure it compared is not known: it is asked again (follow-up-watch.js).
      const why = followUp && givenFor === null
        ? ` (kept, but not counted: asked again when ${unmet}, as the failure it compared is not known)`
        : ` (kept, but counted only when ${unmet})`;
      if (answer.dataset.kept !== label + why) {
        answer.dataset.kept = label + why;
        const note = el("span", { class: "sw-check__note", text: why });
        const clear = el("button", { type: "button", class: "sw-check__clear", "data-clear-kept": question.id }, [
          "Clear it",
          el("span", { class: "sw-visually-hidden", text: `: your kept answer to ${question.prompt}` }),
        ]);
        answer.replaceChildren(label, note, " ", clear);
      }
    } else {
      delete answer.dataset.kept;
      answer.textContent = label;
    }
    // Its question is hidden while not asked: nothing to go back to (the answer changes once it is asked again).
    const change = row.querySelector(".sw-check__change");
    if (change instanceof HTMLElement) change.hidden = Boolean(unmet);
    row.classList.toggle("sw-check__row--unanswered", !option);
  }
}

/**
 * An answer kept for a question the engine does not ask with the other answers (the follow-up, once deals are not
 * blocked) is in the saved answers and the share link, so it is listed (a reader's review: the row was hidden, and
 * the link carried an answer shown nowhere), with the answers that would count it, and a button to clear it (its
 * question is hidden: no Change link). The conditions its other answers do not meet, in the engine's words (the
 * contract's, which the Markdown download uses too): "“Are enterprise deals blocked on missing controls?” is
 * answered “Yes”" (a reader's review: "not asked with your other answers" said neither which nor why); "" when they
 * are all met. An answer given for a known failure counts under that failure alone (another failure clears it:
 * follow-up-watch.js), so the deciding question's condition is that failure.
 * @param {Contract} contract
 * @param {import("./contract.js").Question} question
 * @param {State} state
 * @param {string | null} [givenFor] the failure the answer compared, when known
 */
export function unmetConditions(contract, question, state, givenFor = null) {
  const said = question.askedWhen.flatMap((condition) => {
    const narrowed = condition.question === contract.deciding && givenFor !== null
      && condition.options.includes(givenFor);
    const holds = narrowed ? [givenFor] : condition.options;
    if (holds.includes(state.answers[condition.question] ?? "")) return [];
    return [narrowed ? condition.wordsFor[givenFor] ?? condition.words : condition.words];
  });
  return said.join(contract.conditionsJoiner);
}

