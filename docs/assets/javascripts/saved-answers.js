// Saved answers in this browser's localStorage: a state document (state.js) with `previous`, the reader's own
// answers while a shared link's are shown, so one click brings them back. Each function takes the storage, so
// node --test can hand it a fake; every failure is a sentence for the reader, never an exception.

import { isObject, migrate, sanitize, toDocument } from "./state.js";

/** @typedef {import("./contract.js").Contract} Contract */
/** @typedef {import("./state.js").State} State */
/** @typedef {Pick<Storage, "getItem" | "setItem" | "removeItem">} Store */

export const STORAGE_KEY = "scale-what:v1";

const NO_STORAGE = "This browser does not allow saving answers: they will be lost on reload.";

/** This page's storage, or null where the browser disables it (reading it throws there). */
export function browserStorage() {
  try {
    return /** @type {Store | null} */ (globalThis.localStorage ?? null);
  } catch {
    return null;
  }
}

/**
 * @param {Store | null} store
 * @param {Contract} contract
 * @returns {{current: State | null, previous: State | null, problem: string}} problem: a sentence for the reader, or "".
 */
export function load(store, contract) {
  const none = { current: null, previous: null };
  if (!store) return { ...none, problem: NO_STORAGE };
  let text;
  try {
    text = store.getItem(STORAGE_KEY);
  } catch {
    return { ...none, problem: "Saved answers could not be read from this browser's storage." };
  }
  if (text === null) return { ...none, problem: "" };
  /** @type {unknown} */
  let raw;
  try {
    raw = JSON.parse(text);
  } catch {
    remove(store);
    return { ...none, problem: "Your saved answers were damaged and could not be read, so they were cleared. Please answer again." };
  }
  const document = isObject(raw) && raw.version !== undefined ? migrate(raw) : null;
  if (!document) {
    remove(store);
    return { ...none, problem: "Your saved answers were in a format this page does not know, so they were cleared. Please answer again." };
  }
  const current = sanitize(document.state, contract);
  const previous = document.previous ? sanitize(document.previous, contract).state : null;
  const problems = [];
  if (document.rubric !== contract.rubric) {
    problems.push(`Your saved answers were made with rubric version ${document.rubric}; this page uses version ${contract.rubric}, so the recommendation may differ.`);
  }
  if (current.dropped.length) {
    problems.push(`Some saved answers no longer fit the questionnaire and were left out: ${current.dropped.join("; ")}.`);
  }
  return { current: current.state, previous, problem: problems.join(" ") };
}

/**
 * @param {Store | null} store
 * @param {Contract} contract
 * @param {State} current
 * @param {State | null} previous
 * @returns {string} "" or a sentence saying why the answers could not be saved.
 */
export function save(store, contract, current, previous) {
  if (!store) return NO_STORAGE;
  try {
    store.setItem(STORAGE_KEY, JSON.stringify(toDocument(contract, current, previous)));
    return "";
  } catch {
    return "Your answers could not be saved in this browser (its storage is full or disabled).";
  }
}

/** @param {Store | null} store */
export function remove(store) {
  try {
    store?.removeItem(STORAGE_KEY);
  } catch {
    // nothing to clear where storage is disabled
  }
}
