// What the page knows about the engine and its own markup: the questions (ids, prompts, options, when each is
// asked), the deciding question, the scaling types and their titles, the category choices, the limits, the rubric
// version and the ids of the page's elements. All of it comes from the contract the build writes into the page
// (build/scale_what_build/contract.py); nothing here is typed by hand. `parseContract` checks the block's shape,
// so a page built with another contract fails loudly instead of half-working.

/** @typedef {import("../../../types/engine.js").Contract} RawContract */
/** @typedef {import("../../../types/engine.js").OptionData} RawOption */
/** @typedef {import("../../../types/engine.js").ConditionData} RawCondition */
/**
 * @typedef {{question: string, options: readonly string[], words: string, wordsFor: Readonly<Record<string, string>>}}
 *   Condition the question and the answers to it that hold; the condition in the engine's words, as a whole and
 *   narrowed to each of those answers
 * @typedef {{question: string, labels: Readonly<Record<string, string>>, elementId: string}} Named an answer that
 *   stands for another question's ("The failure I named"): that question, its label for each answer to it, and the id
 *   of its radio button
 * @typedef {{
 *   id: string, kind: string, prompt: string, elementId: string, options: Map<string, string>,
 *   named: Map<string, Named>, askedWhen: readonly Condition[],
 * }} Question
 * @typedef {{maxComplaints: number, maxComplaintChars: number, maxShareChars: number, maxStateChars: number}} Limits
 * @typedef {{text: string, result: string, override: string}} BoxIds
 * @typedef {{pattern: RegExp, titles: ReadonlyMap<string, string>}} Abbreviations the guide's abbreviations: what each
 *   stands for, and one pattern that finds any of them as a whole word (the longest first: "SLOs" before "SLO")
 * @typedef {typeof ELEMENTS[number]} ElementName
 * @typedef {{
 *   rubric: string,
 *   questions: Map<string, Question>,
 *   deciding: string,
 *   conditionsJoiner: string,
 *   typeTitles: Map<string, string>,
 *   overrideTypes: readonly string[],
 *   uncategorized: string,
 *   uncategorizedTitle: string,
 *   confirmConfidence: readonly string[],
 *   isBlank: (text: string) => boolean,
 *   limits: Limits,
 *   elements: Record<ElementName, string>,
 *   boxes: readonly BoxIds[],
 *   abbreviations: Abbreviations,
 * }} Contract
 */

/** The page's elements the JavaScript looks up, by their names in the contract. */
export const ELEMENTS = /** @type {const} */ ([
  "root", "notices", "follow_up_notice", "form", "error_summary", "show_result", "triage_summary", "clear_all", "check", "engine_status", "engine_progress",
  "engine_problem", "engine_problem_text", "engine_retry", "result", "result_summary", "result_confidence", "result_body",
  "result_under_invested", "keep_status", "save_status", "share_complaints", "share_url", "copy_link", "export_markdown",
  "export_json", "print", "fallback", "scripts_failed",
]);

/** The tool's root element, which carries the contract (so its id cannot come from the contract). */
export const ROOT_ID = "sw-tool";

/** The contract version this JavaScript reads (contract.py's CONTRACT_VERSION). */
const VERSION = 1;

export class ContractError extends Error {}

/**
 * @param {boolean} condition
 * @param {string} what
 * @returns {asserts condition}
 */
function check(condition, what) {
  if (!condition) throw new ContractError(`the page's contract block is not usable: ${what}`);
}

/**
 * The contract from the block's JSON text.
 * @param {string} text
 * @returns {Contract}
 */
export function parseContract(text) {
  /** @type {RawContract} */
  let raw;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ContractError("the page's contract block is not JSON");
  }
  check(raw !== null && typeof raw === "object", "not an object");
  check(raw.version === VERSION, `version ${raw.version}, this page reads version ${VERSION}`);
  check(Array.isArray(raw.questions) && raw.questions.some((q) => q.id === raw.deciding), "no deciding question");
  check(Number.isInteger(raw.limits?.complaints) && Number.isInteger(raw.limits?.complaint_chars), "no limits");
  check(Array.isArray(raw.abbreviations) && raw.abbreviations.every((a) => typeof a?.term === "string" && a.term && typeof a.title === "string"), "no abbreviations");
  check(Array.isArray(raw.boxes) && raw.boxes.length === raw.limits.complaints, "one set of ids per complaint box");
  check(Array.isArray(raw.blank_categories) && raw.blank_categories.every((c) => /^[A-Z][a-z]$/.test(c)), "no blank categories");
  check(Array.isArray(raw.blank_added) && raw.blank_added.every((span) => Array.isArray(span) && span.length === 2 && span.every((code) => Number.isInteger(code) && code >= 0 && code <= 0x10ffff) && span[0] <= span[1]), "no blank code points");
  // A complaint is blank when every character is of one of these Unicode categories, or of the code points the engine
  // lists as blank whatever the Unicode version (the engine's is_blank).
  const categories = raw.blank_categories.map((c) => `\\p{gc=${c}}`).join("");
  const added = raw.blank_added.map(([first, last]) => `\\u{${first.toString(16)}}-\\u{${last.toString(16)}}`).join("");
  const blank = new RegExp(`^[${categories}${added}]*$`, "u");
  /** @type {Partial<Record<ElementName, string>>} */
  const elements = {};
  for (const name of ELEMENTS) {
    const id = raw.elements?.[name];
    check(typeof id === "string", `no id for the element ${name}`);
    elements[name] = id;
  }
  return {
    rubric: raw.rubric_version,
    questions: new Map(raw.questions.map((q) => [q.id, {
      id: q.id,
      kind: q.kind,
      prompt: q.prompt,
      elementId: q.element_id,
      options: new Map(q.options.map((/** @type {RawOption} */ o) => [o.id, o.label])),
      named: new Map(q.options.flatMap((/** @type {RawOption} */ o) => (o.stands_for
        ? [/** @type {[string, Named]} */ ([o.id, { question: o.stands_for, labels: o.named_labels, elementId: o.element_id }])]
        : []))),
      askedWhen: q.asked_when.map((/** @type {RawCondition} */ c) => (
        { question: c.question, options: c.options, words: c.words, wordsFor: c.words_for })),
    }])),
    deciding: raw.deciding,
    conditionsJoiner: raw.conditions_joiner,
    typeTitles: new Map(raw.types.map((t) => [t.id, t.title])),
    overrideTypes: raw.override_types,
    uncategorized: raw.uncategorized,
    uncategorizedTitle: raw.uncategorized_title,
    confirmConfidence: raw.confirm_confidence,
    isBlank: (text) => blank.test(text),
    limits: {
      maxComplaints: raw.limits.complaints,
      maxComplaintChars: raw.limits.complaint_chars,
      maxShareChars: raw.limits.share_link_chars,
      maxStateChars: raw.limits.state_chars,
    },
    elements: /** @type {Record<ElementName, string>} */ (elements),
    boxes: raw.boxes,
    abbreviations: abbreviationsOf(raw.abbreviations),
  };
}

/**
 * The guide's abbreviations as the page looks them up.
 * @param {ReadonlyArray<{term: string, title: string}>} entries
 * @returns {Abbreviations}
 */
export function abbreviationsOf(entries) {
  const terms = entries.map((entry) => entry.term).sort((a, b) => b.length - a.length);
  const escaped = terms.map((term) => term.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
  // A whole word only: not "SSO" in "SSOs" (its own entry or none), nor "API" in "RAPID".
  const pattern = new RegExp(escaped.length ? `(?<![\\p{L}\\p{N}])(?:${escaped.join("|")})(?![\\p{L}\\p{N}])` : "(?!)", "gu");
  return { pattern, titles: new Map(entries.map((entry) => [entry.term, entry.title])) };
}

/**
 * An answer's label as it reads with these answers: "The failure I named" names the failure, in the engine's words
 * (the contract has them for each failure); any other, its label.
 * @param {Question} question
 * @param {string} optionId
 * @param {Readonly<Record<string, string>>} answers
 */
export function optionLabel(question, optionId, answers) {
  const named = question.named.get(optionId);
  const answer = named ? answers[named.question] : undefined;
  const label = named && answer !== undefined && Object.hasOwn(named.labels, answer) ? named.labels[answer] : undefined;
  return label ?? question.options.get(optionId) ?? optionId;
}

/**
 * The contract the tool's root element carries in its data-contract attribute.
 * @param {HTMLElement} root
 * @returns {Contract}
 */
export function readContract(root) {
  const text = root.dataset.contract;
  if (!text) throw new ContractError("the tool's markup has no contract");
  return parseContract(text);
}
