// What the page knows about the engine: the questions (ids, prompts, options, when each is asked), the deciding
// question, the scaling types and their titles, the category choices, the limits and the rubric version. All of
// it comes from the engine at build time; nothing here is typed by hand.

/**
 * @typedef {{question: string, options: string[]}} Condition
 * @typedef {{id: string, kind: string, prompt: string, options: Map<string, string>, askedWhen: Condition[]}} Question
 * @typedef {{maxComplaints: number, maxComplaintChars: number, maxShareChars: number}} Limits
 * @typedef {{
 *   rubric: string,
 *   questions: Map<string, Question>,
 *   deciding: string,
 *   typeTitles: Map<string, string>,
 *   overrideTypes: string[],
 *   limits: Limits,
 *   runtimeBytes: number,
 * }} Contract
 */

/** A share link's JSON text longer than this is not read (the engine takes no request longer). */
const MAX_SHARE_CHARS = 20_000;

/**
 * @param {Element | null | undefined} node
 * @returns {string}
 */
const text = (node) => (node?.textContent ?? "").trim();

/**
 * The contract as the form carries it (rendered from the engine's data at build time).
 * @param {HTMLElement} root
 * @returns {Contract}
 */
export function contractFromDom(root) {
  /** @type {Map<string, Question>} */
  const questions = new Map();
  let deciding = "";
  for (const fieldset of root.querySelectorAll("fieldset[data-question]")) {
    if (!(fieldset instanceof HTMLElement)) continue;
    const id = fieldset.dataset.question ?? "";
    const kind = fieldset.dataset.kind ?? "";
    if (kind === "deciding") deciding = id;
    const legend = fieldset.querySelector("legend");
    /** @type {Map<string, string>} */
    const options = new Map();
    for (const input of fieldset.querySelectorAll("input[type=radio]")) {
      if (input instanceof HTMLInputElement) options.set(input.value, text(input.closest("label")));
    }
    questions.set(id, {
      id,
      kind,
      prompt: (legend?.firstChild?.textContent ?? "").trim(),
      options,
      askedWhen: fieldset.dataset.askedWhen ? JSON.parse(fieldset.dataset.askedWhen) : [],
    });
  }
  /** @type {Map<string, string>} */
  const typeTitles = new Map();
  const overrideTypes = [];
  const select = root.querySelector(".sw-complaint select");
  for (const option of select ? select.querySelectorAll("option") : []) {
    if (!option.value) continue;
    overrideTypes.push(option.value);
    if (option.value !== "uncategorized") typeTitles.set(option.value, text(option));
  }
  return {
    rubric: root.dataset.rubricVersion ?? "",
    questions,
    deciding,
    typeTitles,
    overrideTypes,
    limits: {
      maxComplaints: Number(root.dataset.maxComplaints),
      maxComplaintChars: Number(root.dataset.maxComplaintChars),
      maxShareChars: MAX_SHARE_CHARS,
    },
    runtimeBytes: Number(root.dataset.runtimeBytes) || 0,
  };
}
