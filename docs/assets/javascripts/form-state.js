// The form and the state (state.js) both ways, and the request the engine is sent for a state.

import { askedAnswers } from "./state.js";

/** @typedef {import("./state.js").State} State */
/** @typedef {import("./tool-view.js").View} View */

/** @param {View} view */
export function readState(view) {
  /** @type {Record<string, string>} */
  const answers = {};
  for (const input of view.form.querySelectorAll("input[type=radio]:checked")) {
    if (input instanceof HTMLInputElement) answers[input.name] = input.value;
  }
  const complaints = [...view.form.querySelectorAll(".sw-complaint textarea")].map((box) =>
    box instanceof HTMLTextAreaElement ? box.value : "");
  /** @type {Record<string, string>} */
  const overrides = {};
  view.form.querySelectorAll(".sw-complaint select").forEach((select, i) => {
    if (select instanceof HTMLSelectElement && select.value) overrides[String(i)] = select.value;
  });
  return { answers, complaints, overrides };
}

/**
 * @param {View} view
 * @param {State} state
 */
export function writeState(view, state) {
  for (const input of view.form.querySelectorAll("input[type=radio]")) {
    if (input instanceof HTMLInputElement) input.checked = state.answers[input.name] === input.value;
  }
  view.form.querySelectorAll(".sw-complaint textarea").forEach((box, i) => {
    if (box instanceof HTMLTextAreaElement) box.value = state.complaints[i] ?? "";
  });
  view.form.querySelectorAll(".sw-complaint select").forEach((select, i) => {
    if (select instanceof HTMLSelectElement) select.value = state.overrides[String(i)] ?? "";
  });
}

// The request for the engine: the answers to the questions asked now (an answer to one that is not asked stays
// in the page, unsent), and the complaints it can take (non-empty and within the limit, worst first) with the box
// each came from, so each reading goes back to its box.
/**
 * @param {View} view
 * @param {State} state
 */
export function engineRequest(view, state) {
  const limit = view.contract.limits.maxComplaintChars;
  /** @type {number[]} */
  const boxes = [];
  state.complaints.forEach((text, i) => {
    if (text.trim() && text.length <= limit) boxes.push(i);
  });
  /** @type {Record<string, string>} */
  const overrides = {};
  boxes.forEach((box, position) => {
    const type = state.overrides[String(box)];
    if (type) overrides[String(position)] = type;
  });
  const payload = {
    answers: askedAnswers(view.contract, state.answers),
    complaints: boxes.map((i) => state.complaints[i] ?? ""),
    overrides,
  };
  return { boxes, payload };
}

/**
 * @param {View} view
 * @param {string} questionId
 */
export function focusQuestion(view, questionId) {
  const first = view.form.querySelector(`input[name="${questionId}"]`);
  if (first instanceof HTMLElement) first.focus();
}
