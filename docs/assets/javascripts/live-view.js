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
 * @param {Node} node
 * @param {string} text
 */
function setText(node, text) {
  if (node.textContent !== text) node.textContent = text; // an unchanged text is not written again (no relayout)
}

/**
 * @param {HTMLElement} node
 * @param {boolean} hidden
 */
function setHidden(node, hidden) {
  if (node.hidden !== hidden) node.hidden = hidden;
}

/**
 * Both places as the engine's state and the last result leave them: `view.stage` and `view.lead` (the headline
 * with its confidence word, or why there is none; `view.hasResult` when it is a recommendation). Called on each
 * word from the engine while it downloads: only what changed is written.
 * @param {View} view
 */
export function paintLive(view) {
  const spot = part(view.root, '[data-live="spot"]', HTMLElement);
  const bar = part(view.root, '[data-live="bar"]', HTMLElement);
  const ready = view.stage === "ready";
  const lead = part(spot, '[data-live="lead"]', HTMLElement);
  setHidden(lead, !ready);
  // Ready: the status line has said so to screen readers; on screen the lead takes its place.
  view.status.classList.toggle("sw-visually-hidden", ready);
  setText(part(lead, '[data-live="text"]', HTMLElement), view.lead);
  setHidden(part(lead, '[data-live="link"]', HTMLElement), !view.hasResult);
  const failed = view.stage === "failed";
  setText(part(bar, '[data-live="text"]', HTMLElement), ready
    ? view.lead
    : failed ? `${view.status.textContent} See the message under the deciding question.` : view.status.textContent ?? "");
  const progress = part(bar, '[data-live="progress"]', HTMLProgressElement);
  setHidden(progress, view.progress.hidden);
  if (progress.max !== view.progress.max) progress.max = view.progress.max;
  if (!view.progress.hasAttribute("value")) progress.removeAttribute("value");
  else if (!progress.hasAttribute("value") || progress.value !== view.progress.value) progress.value = view.progress.value;
  setHidden(part(bar, '[data-live="link"]', HTMLElement), !(ready && view.hasResult));
  bar.classList.toggle("sw-bar--failed", failed);
}

// The bar steps aside while the spot under the deciding question is on screen, and once the result's headline has
// come into view (the reader is at the result, or past it into its details): the same words twice in view would
// only be noise. Returns the function that stops watching.
/** @param {View} view */
export function watchSpot(view) {
  const spot = part(view.root, '[data-live="spot"]', HTMLElement);
  const bar = part(view.root, '[data-live="bar"]', HTMLElement);
  if (typeof IntersectionObserver !== "function") return () => {};
  const seen = { spot: false, headline: false };
  /** @type {IntersectionObserver | null} */
  let observer = null;
  let margin = -1;
  const html = view.root.ownerDocument.documentElement;
  // Both count as in view only above the strip the bar would cover (the bar's height, or 64 px while it has none).
  // The same height keeps what the browser scrolls into view (focus, a follow-up shown) clear of the bar: site.css
  // reads it into the page's scroll-padding-bottom.
  /** @param {number} height */
  const observe = (height) => {
    const next = Math.round(height || 64);
    if (next === margin) return;
    margin = next;
    html.style.setProperty(BAR_HEIGHT, `${next}px`);
    observer?.disconnect();
    observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (entry.target === spot) seen.spot = entry.isIntersecting;
        else seen.headline = entry.isIntersecting || entry.boundingClientRect.top < 0; // in view, or scrolled past
      }
      bar.classList.toggle("sw-bar--quiet", seen.spot || seen.headline);
    }, { rootMargin: `0px 0px -${next}px 0px` });
    observer.observe(spot);
    observer.observe(view.summary);
  };
  const stop = () => {
    observer?.disconnect();
    html.style.removeProperty(BAR_HEIGHT);
  };
  if (typeof ResizeObserver !== "function") {
    observe(bar.offsetHeight);
    return stop;
  }
  // The bar's height as the browser lays it out, and again when it changes (its text wraps, its progress bar
  // goes): read at once, it would force a layout of the whole page in the middle of the start-up.
  const sizes = new ResizeObserver((entries) => {
    for (const entry of entries) observe(entry.borderBoxSize[0]?.blockSize ?? bar.offsetHeight);
  });
  sizes.observe(bar);
  return () => {
    sizes.disconnect();
    stop();
  };
}

/** The custom property on the page's root that holds the bar's height in pixels, for site.css. */
const BAR_HEIGHT = "--sw-bar-height";

/**
 * A question the reader's answer has just brought up right under it (the follow-up under the deals question) is
 * scrolled into view, clear of the bar: the bar's three lines would otherwise cover its options on a phone.
 * Nothing moves when it is in view already, or when it appeared elsewhere (the reader is not there).
 * @param {Element | null} answered the fieldset of the question just answered
 * @param {readonly HTMLElement[]} shown the questions this answer brought up (showAsked)
 */
export function revealBroughtUp(answered, shown) {
  const below = shown.find((fieldset) => answered && fieldset.previousElementSibling === answered);
  if (!below) return;
  const still = globalThis.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
  below.scrollIntoView({ block: "nearest", behavior: still ? "auto" : "smooth" });
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
