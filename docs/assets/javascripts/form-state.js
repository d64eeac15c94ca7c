// The form and the state (state.js) both ways: the answers from the radio buttons, the complaints and their
// categories from the boxes the contract names.

/** @typedef {import("./state.js").State} State */
/** @typedef {import("./tool-view.js").View} View */

/**
 * @template {typeof HTMLElement} T
 * @param {View} view
 * @param {string} id
 * @param {T} type
 * @returns {InstanceType<T> | null}
 */
function field(view, id, type) {
  const node = view.root.querySelector(`#${id}`);
  return node instanceof type ? /** @type {InstanceType<T>} */ (node) : null;
}

/** @param {View} view */
export function readState(view) {
  /** @type {Record<string, string>} */
  const answers = {};
  for (const input of view.form.querySelectorAll("input[type=radio]:checked")) {
    if (input instanceof HTMLInputElement) answers[input.name] = input.value;
  }
  const complaints = view.contract.boxes.map((ids) => field(view, ids.text, HTMLTextAreaElement)?.value ?? "");
  /** @type {Record<string, string>} */
  const overrides = {};
  view.contract.boxes.forEach((ids, i) => {
    const type = field(view, ids.override, HTMLSelectElement)?.value;
    if (type) overrides[String(i)] = type;
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
  view.contract.boxes.forEach((ids, i) => {
    const box = field(view, ids.text, HTMLTextAreaElement);
    if (box) box.value = state.complaints[i] ?? "";
    const select = field(view, ids.override, HTMLSelectElement);
    if (select) {
      select.value = state.overrides[String(i)] ?? "";
      // What the complaint read as when its category was chosen (complaint-view.js) is not known of these answers:
      // nothing is said of it until the reader chooses again (an attack review: the first reading after a fill was
      // taken for it, and the note said the opposite of what happened).
      select.dataset.chosen = select.value;
      select.dataset.readAsWhenChosen = "";
      delete select.dataset.chosenFor;
    }
  });
}

/**
 * The question's answer taken out of the form (none of its options checked).
 * @param {View} view
 * @param {string} questionId
 */
export function clearAnswer(view, questionId) {
  for (const input of view.form.querySelectorAll(`input[name="${questionId}"]:checked`)) {
    if (input instanceof HTMLInputElement) input.checked = false;
  }
}

/**
 * The question's checked option in the form, if any.
 * @param {Pick<View, "form">} view
 * @param {string} questionId
 */
export const checkedOption = (view, questionId) => view.form.querySelector(`input[name="${questionId}"]:checked`);

/**
 * @param {View} view
 * @param {string} questionId
 */
export function focusQuestion(view, questionId) {
  // The checked option where there is one, where Tab into the group lands too (a reader review: after an Undo the
  // focus sat on an unchecked first option, where Space would have changed the answer); else the first.
  const option = checkedOption(view, questionId) ?? view.form.querySelector(`input[name="${questionId}"]`);
  if (option instanceof HTMLElement) option.focus();
}
