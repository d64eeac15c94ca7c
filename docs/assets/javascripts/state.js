// The questionnaire's state, in one shape for everything that holds it: the page, saved answers, share links,
// the engine's input and the downloads. Pure functions, no DOM and no storage: node --test runs them.
//
// A state is {answers: {questionId: optionId}, complaints: [text, one per box], overrides: {"box": type}}.
// Anything read back (storage, a link) is untrusted: `migrate` turns every shape this page has ever written
// into the current document, and `sanitize` keeps what fits the questionnaire and lists in words what did not.

/** @typedef {import("./contract.js").Contract} Contract */
/** @typedef {{answers: Record<string, string>, complaints: string[], overrides: Record<string, string>}} State */
/** @typedef {{version: 2, rubric: string, state: State, previous: State | null}} Document */
/** @typedef {{rubric: string, state: unknown, previous: unknown}} Migrated */

/** The version of the document written by saved answers and share links; older ones are migrated. */
export const DOCUMENT_VERSION = 2;

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
export const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);

/** @param {unknown} value */
const short = (value, length = 40) => String(value).slice(0, length);

/**
 * @param {Contract} contract
 * @returns {State}
 */
export function emptyState(contract) {
  return { answers: {}, complaints: Array(contract.limits.maxComplaints).fill(""), overrides: {} };
}

/**
 * Every shape saved answers and share links have had, as {rubric, state, previous}; null when the data is none
 * of them. Version 1 saved answers were {version: 1, rubric, current, previous}; version 1 links were
 * {v: rubric, a: answers, c?: complaints, o?: overrides}; version 2 is {version: 2, rubric, state, previous}.
 * @param {unknown} raw
 * @returns {Migrated | null}
 */
export function migrate(raw) {
  if (!isObject(raw)) return null;
  if (raw.version === DOCUMENT_VERSION && isObject(raw.state)) {
    return { rubric: short(raw.rubric, 12), state: raw.state, previous: raw.previous ?? null };
  }
  if (raw.version === 1 && isObject(raw.current)) {
    return { rubric: short(raw.rubric, 12), state: raw.current, previous: raw.previous ?? null };
  }
  if (raw.version === undefined && isObject(raw.a)) {
    return { rubric: short(raw.v, 12), state: { answers: raw.a, complaints: raw.c, overrides: raw.o }, previous: null };
  }
  return null;
}

/**
 * Keep what fits the questionnaire; list in `dropped` (plain words) what did not. Over-long text is kept: the page
 * shows the limit next to it and the reader decides.
 * @param {unknown} raw
 * @param {Contract} contract
 * @returns {{state: State, dropped: string[]}}
 */
export function sanitize(raw, contract) {
  const state = emptyState(contract);
  /** @type {string[]} */
  const dropped = [];
  if (!isObject(raw)) return { state, dropped: ["the data is not a set of answers"] };

  if (raw.answers !== undefined && !isObject(raw.answers)) dropped.push("the answers were not readable");
  for (const [qid, oid] of Object.entries(isObject(raw.answers) ? raw.answers : {})) {
    const question = contract.questions.get(qid);
    if (!question) dropped.push(`an answer to an unknown question (“${short(qid)}”)`);
    else if (typeof oid !== "string" || !question.options.has(oid)) {
      dropped.push(`the answer to “${question.prompt}” (“${short(oid)}” is not one of its options)`);
    } else state.answers[qid] = oid;
  }

  const boxes = contract.limits.maxComplaints;
  if (raw.complaints !== undefined) {
    if (!Array.isArray(raw.complaints)) dropped.push("the complaints were not readable");
    else {
      raw.complaints.forEach((/** @type {unknown} */ text, i) => {
        if (i >= boxes) dropped.push(`complaint ${i + 1} (at most ${boxes})`);
        else if (typeof text !== "string") dropped.push(`complaint ${i + 1} (not text)`);
        else state.complaints[i] = text;
      });
    }
  }

  if (raw.overrides !== undefined) {
    if (!isObject(raw.overrides)) dropped.push("the category choices were not readable");
    else {
      for (const [index, type] of Object.entries(raw.overrides)) {
        const i = Number(index);
        if (!Number.isInteger(i) || i < 0 || i >= boxes || typeof type !== "string" || !contract.overrideTypes.includes(type)) {
          dropped.push(`a category choice (“${short(type)}” for complaint “${short(index, 10)}”)`);
        } else state.overrides[String(i)] = type;
      }
    }
  }
  return { state, dropped };
}

/**
 * A state as a document to save or share.
 * @param {Contract} contract
 * @param {State} state
 * @param {State | null} [previous]
 * @returns {Document}
 */
export function toDocument(contract, state, previous = null) {
  return { version: DOCUMENT_VERSION, rubric: contract.rubric, state, previous };
}

/**
 * @param {Record<string, string>} obj
 * @returns {Record<string, string>}
 */
const sortKeys = (obj) => Object.fromEntries(Object.entries(obj).sort(([x], [y]) => (x < y ? -1 : 1)));

/**
 * @param {State} a
 * @param {State} b
 */
export function sameState(a, b) {
  /** @param {State} s */
  const normal = (s) => ({ answers: sortKeys(s.answers), complaints: s.complaints, overrides: sortKeys(s.overrides) });
  return JSON.stringify(normal(a)) === JSON.stringify(normal(b));
}

/** @param {State} state */
export const isEmpty = (state) => Object.keys(state.answers).length === 0 && state.complaints.every((c) => !c.trim());
