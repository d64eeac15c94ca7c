// The recommendation where the reader answers: right under the deciding question (the engine's spot) and in the
// summary bar that stays at the bottom of the screen while the questions scroll past. While the engine starts both
// show its progress; once it answers, the current headline with its confidence word and a link to the full result.
// Also the GOV.UK error pattern for the deciding question, and the way to the result's heading.

/** @typedef {import("./tool-view.js").View} View */

/**
 * @template {typeof HTMLElement} T
 * @param {ParentNode} root
 * @param {string} selector
 * @param {T} type
 * @returns {InstanceType<T>}
 */
function part(root, selector, type) {
  const node = root.querySelector(selector);
  if (!(node instanceof type)) throw new Error(`the tool's markup has no ${type.name} ${selector}`);
  return /** @type {InstanceType<T>} */ (node);
}

/**
 * Both places as the engine's state and the last result leave them: `view.stage` and `view.lead` (the headline
 * with its confidence word, or why there is none; `view.hasResult` when it is a recommendation).
 * @param {View} view
 */
export function paintLive(view) {
  const spot = part(view.root, '[data-live="spot"]', HTMLElement);
  const bar = part(view.root, '[data-live="bar"]', HTMLElement);
  const ready = view.stage === "ready";
  const lead = part(spot, '[data-live="lead"]', HTMLElement);
  lead.hidden = !ready;
  // Ready: the status line has said so to screen readers; on screen the lead takes its place.
  view.status.classList.toggle("sw-visually-hidden", ready);
  part(lead, '[data-live="text"]', HTMLElement).textContent = view.lead;
  part(lead, '[data-live="link"]', HTMLElement).hidden = !view.hasResult;
  const failed = view.stage === "failed";
  part(bar, '[data-live="text"]', HTMLElement).textContent = ready
    ? view.lead
    : failed ? `${view.status.textContent} See the message under the deciding question.` : view.status.textContent ?? "";
  const progress = part(bar, '[data-live="progress"]', HTMLProgressElement);
  progress.hidden = view.progress.hidden;
  progress.max = view.progress.max;
  if (view.progress.hasAttribute("value")) progress.value = view.progress.value;
  else progress.removeAttribute("value");
  part(bar, '[data-live="link"]', HTMLElement).hidden = !(ready && view.hasResult);
  bar.classList.toggle("sw-bar--failed", failed);
}

// The bar steps aside while the spot under the deciding question is on screen: the same words twice in view
// would only be noise. Returns the function that stops watching.
/** @param {View} view */
export function watchSpot(view) {
  const spot = part(view.root, '[data-live="spot"]', HTMLElement);
  const bar = part(view.root, '[data-live="bar"]', HTMLElement);
  if (typeof IntersectionObserver !== "function") return () => {};
  // The spot counts as in view only above the strip the bar would cover.
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) bar.classList.toggle("sw-bar--quiet", entry.isIntersecting);
  }, { rootMargin: `0px 0px -${Math.round(bar.offsetHeight || 64)}px 0px` });
  observer.observe(spot);
  return () => observer.disconnect();
}

/**
 * The result's heading in view (below the site's sticky header), the focus on the result.
 * @param {View} view
 */
export function goToResult(view) {
  view.result.focus({ preventScroll: true });
  part(view.result, "h2", HTMLElement).scrollIntoView({ block: "start" });
}

/**
 * The deciding question left unanswered: the error summary (focused) and the message at the question.
 * @param {View} view
 * @param {boolean} shown
 */
export function showDecidingError(view, shown) {
  const summary = byElement(view, view.contract.elements.error_summary);
  const question = view.contract.questions.get(view.contract.deciding);
  const fieldset = question ? view.root.querySelector(`#${question.elementId}`) : null;
  const message = fieldset?.querySelector(".sw-error-message");
  if (!(fieldset instanceof HTMLElement) || !(message instanceof HTMLElement)) return;
  if (summary.hidden === !shown && message.hidden === !shown) {
    if (shown) summary.focus();
    return;
  }
  summary.hidden = !shown;
  message.hidden = !shown;
  fieldset.classList.toggle("sw-question--error", shown);
  const described = (fieldset.getAttribute("aria-describedby") ?? "").split(" ").filter((id) => id && id !== message.id);
  if (shown) described.push(message.id);
  fieldset.setAttribute("aria-describedby", described.join(" "));
  if (shown) summary.focus();
}

/**
 * @param {View} view
 * @param {string} id
 */
function byElement(view, id) {
  return part(view.root, `#${id}`, HTMLElement);
}
