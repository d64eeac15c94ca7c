// The recommendation where the reader answers: right under the deciding question (the engine's spot) and in the
// summary bar that stays at the bottom of the screen while the questions scroll past. While the engine starts both
// show its progress; once it answers, the current headline with its confidence word and a link to the full result.
// Also the GOV.UK error pattern for the deciding question, and the way to the result's heading.

import { setText } from "./dom.js";
import { checkedOption } from "./form-state.js";

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
  const said = ready
    ? view.lead
    : failed ? `${view.status.textContent} See the message under the deciding question.` : view.status.textContent ?? "";
  setText(part(bar, '[data-live="text"]', HTMLElement), said);
  setText(part(bar, '[data-live="short"]', HTMLElement), ready && view.leadShort ? view.leadShort : said);
  const progress = part(bar, '[data-live="progress"]', HTMLProgressElement);
  setHidden(progress, view.progress.hidden);
  if (progress.max !== view.progress.max) progress.max = view.progress.max;
  if (!view.progress.hasAttribute("value")) progress.removeAttribute("value");
  else if (!progress.hasAttribute("value") || progress.value !== view.progress.value) progress.value = view.progress.value;
  setHidden(part(bar, '[data-live="link"]', HTMLElement), !(ready && view.hasResult));
  // No result for want of the deciding answer: the way to that question (a reader's review: the bar said to answer
  // it, screens below it). Not while the engine starts or failed: the spot there says so.
  const unanswered = !checkedOption(view, view.contract.deciding);
  setHidden(part(bar, '[data-live="to-question"]', HTMLElement), !(ready && !view.hasResult && unanswered));
  bar.classList.toggle("sw-bar--failed", failed);
  paintNoticeLeads(view);
  stepAside.get(view)?.();
}

/** Each watched view's way to step the bar aside or back (watchSpot), which paintLive calls after each reply. */
const stepAside = new WeakMap();

/** What the page says where a recommendation would be when the engine failed. */
export const ENGINE_UNAVAILABLE = "The decision engine is not available: see the guide's mapping below.";
const NOTICE_WAITING = "The recommendation appears here once the decision engine is ready.";
const NOTICE_WORKING = "The recommendation is being worked out.";

/**
 * The recommendation in a shared link's notice: the notice is on a phone's first screen, where the bar steps aside
 * for it and the result is screens below (a reader's review: a colleague's link showed no recommendation until they
 * scrolled). Its line is there from the start, so that the notice does not grow under the reader's finger when the
 * result comes, and says the engine's progress in one sentence, not the bar's changing words. Not read out as it
 * changes (aria-live="off" in the notices' live region): the result's headline is, once. storage-notices.js calls it
 * for a notice it adds.
 * @param {View} view
 */
export function paintNoticeLeads(view) {
  const linked = view.stage === "ready" && view.hasResult;
  // Ready: the engine's word once it has answered; until then the page's own said it was not ready (reviews).
  const ready = view.stage === "ready";
  const text = ready ? (view.leadPending ? NOTICE_WORKING : view.lead)
    : view.stage === "failed" ? ENGINE_UNAVAILABLE : NOTICE_WAITING;
  for (const line of view.notices.querySelectorAll('[data-live="notice-lead"]')) {
    if (!(line instanceof HTMLElement)) continue;
    setText(part(line, '[data-live="text"]', HTMLElement), text);
    setHidden(part(line, '[data-live="link"]', HTMLElement), !linked);
  }
}

// The bar steps aside while the spot under the deciding question is on screen, or any part of that question while it
// is unanswered (on a phone's first screen the bar covered the question's answers and said to go to the question it
// covered, a reader's review), and once the result's headline has come into view (the reader is at the result, or
// past it into its details): the same words twice in view would only be noise. It steps aside too while a notice
// about the answers (a share link's, an undo) is on screen: it covered the notice's buttons on a phone (a reader's
// review); and while the reader types in a text field on a short screen (a phone's keyboard open): it covered the
// reading under the complaint box (a reader's review). On a taller one it stays, the lead in view as the reader
// answers. Aside, it is inert: reached by Tab after the result, it came back over the result to point at it (a
// reader's review); the spot has the same link. Returns the function that stops watching.
/** @param {View} view */
export function watchSpot(view) {
  const spot = part(view.root, '[data-live="spot"]', HTMLElement);
  const bar = part(view.root, '[data-live="bar"]', HTMLElement);
  if (typeof IntersectionObserver !== "function") return () => {};
  const deciding = view.contract.questions.get(view.contract.deciding)?.elementId;
  const question = deciding ? view.root.querySelector(`#${deciding}`) : null;
  const seen = { headline: false, notices: false, typing: false };
  /** @type {Map<Element, boolean>} the deciding question and the spot: whether each is on screen */
  const near = new Map();
  const paint = () => {
    // The question counts only unanswered: answered, the lead shows in the bar until the spot comes into view.
    const unanswered = !checkedOption(view, view.contract.deciding);
    const spotted = [...near].some(([node, onScreen]) => onScreen && (node === spot || unanswered));
    // The screen's height read only while the reader types: paint runs with every reply, and every tenth of a second
    // while the engine downloads, where a read after the page's writes would force a layout (a diff review).
    const typed = seen.typing && keyboardOpen();
    const aside = spotted || seen.headline || typed || (seen.notices && view.notices.childElementCount > 0);
    bar.classList.toggle("sw-bar--quiet", aside);
    // Not while the focus is in it (it would drop to the page's body): site.css shows it then.
    const inert = aside && !bar.contains(view.root.ownerDocument.activeElement);
    if (bar.inert !== inert) bar.inert = inert;
  };
  /** @param {FocusEvent} event the field the focus goes to: the event's target in, its related target out */
  const typing = (event) => {
    const field = event.type === "focusin" ? event.target : event.relatedTarget;
    const was = seen.typing;
    seen.typing = field instanceof HTMLTextAreaElement || (field instanceof HTMLInputElement && field.type === "text");
    if (seen.typing !== was) paint(); // from one box to the next: no change, nothing painted (a diff review)
  };
  view.form.addEventListener("focusin", typing);
  view.form.addEventListener("focusout", typing);
  globalThis.visualViewport?.addEventListener("resize", paint); // a phone's keyboard opened or closed
  // Painted again with every reply (paintLive): the deciding question answered, cleared or restored where it stands.
  stepAside.set(view, paint);
  // A notice shown or removed while the notices' place stays in view changes no intersection.
  const added = new MutationObserver(paint);
  added.observe(view.notices, { childList: true });
  // Any part of the notices on the screen, the strip the bar covers included (their buttons were under it).
  const notices = new IntersectionObserver((entries) => {
    for (const entry of entries) seen.notices = entry.isIntersecting;
    paint();
  });
  notices.observe(view.notices);
  /** @type {IntersectionObserver | null} */
  let observer = null;
  /** @type {IntersectionObserver | null} */
  let reached = null;
  let margin = -1;
  const html = view.root.ownerDocument.documentElement;
  // Both count as in view only above the strip the bar would cover (the bar's height, or 64 px while it has none).
  // The same height keeps what the browser scrolls into view (focus, a follow-up shown) clear of the bar: site.css
  // reads it into the page's scroll-padding-bottom.
  /** @param {number} height */
  const observe = (height) => {
    const next = Math.ceil(height || 64); // up: a fraction of a pixel under the bar still touches it
    if (next === margin) return;
    margin = next;
    html.style.setProperty(BAR_HEIGHT, `${next}px`);
    observer?.disconnect();
    observer = new IntersectionObserver((entries) => {
      for (const entry of entries) near.set(entry.target, entry.isIntersecting);
      paint();
    }, { rootMargin: `0px 0px -${next}px 0px` });
    observer.observe(spot);
    if (question) observer.observe(question);
    // The headline reached: anywhere above the strip, on screen or scrolled past. The margin reaches far above the
    // screen so that a jump (a Change link, Back) from past the result to above it is a change the observer reports.
    reached?.disconnect();
    reached = new IntersectionObserver((entries) => {
      for (const entry of entries) seen.headline = entry.isIntersecting;
      paint();
    }, { rootMargin: `${REACH_ABOVE}px 0px -${next}px 0px` });
    reached.observe(view.summary);
  };
  const stop = () => {
    view.form.removeEventListener("focusin", typing);
    view.form.removeEventListener("focusout", typing);
    globalThis.visualViewport?.removeEventListener("resize", paint);
    stepAside.delete(view);
    observer?.disconnect();
    reached?.disconnect();
    added.disconnect();
    notices.disconnect();
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

/**
 * Whether a phone's keyboard leaves the page a short screen: the visual viewport a quarter shorter than the window
 * (the keyboard over it), or under SHORT_SCREEN px (a browser that resizes the window for it). Not a small phone's
 * whole screen (an iPhone SE shows about 550 px with its toolbars: a diff review).
 */
function keyboardOpen() {
  const height = globalThis.visualViewport?.height ?? globalThis.innerHeight;
  return height < SHORT_SCREEN || height < globalThis.innerHeight * KEYBOARD_SHARE;
}

/** The height (CSS px) of the screen left to the page below which the bar steps aside while the reader types. */
const SHORT_SCREEN = 480;
/** The share of the window the visual viewport keeps when a keyboard covers the rest. */
const KEYBOARD_SHARE = 0.75;
/** The custom property on the page's root that holds the bar's height in pixels, for site.css. */
const BAR_HEIGHT = "--sw-bar-height";
/** How far above the screen the headline still counts as reached (px): more than any page is tall. */
const REACH_ABOVE = 1e6;

/** @param {Element} node */
function scrollNearest(node) {
  const still = globalThis.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
  node.scrollIntoView({ block: "nearest", behavior: still ? "auto" : "smooth" }); // clear of the bar: scroll-padding
}

/**
 * `node` scrolled clear of Material's sticky header or of the bar when either covers part of it; nothing moves
 * otherwise (the bar stepped aside, or the node is wholly clear or wholly off screen). A complaint box reached with
 * Shift+Tab came to rest behind the header: a text field's focus scrolls only its caret into view, which ignores the
 * field's scroll-margin (a reader's review).
 * @param {View} view
 * @param {Element} node
 */
export function keepClearOfBars(view, node) {
  const box = node.getBoundingClientRect();
  const band = clearBand(view);
  if (box.top < band.top && box.bottom > 0) {
    scrollNearest(node); // its scroll-margin (site.css) keeps it below the header
    return;
  }
  const barBox = band.bar;
  if (!barBox || box.bottom <= barBox.top || box.top >= globalThis.innerHeight) return;
  // The scroll-padding the scroll keeps is the bar's height as its ResizeObserver last said; the reply just drawn
  // may have grown the bar since (its observer reports after this runs), so the height is set from the box read.
  view.root.ownerDocument.documentElement.style.setProperty(BAR_HEIGHT, `${Math.ceil(barBox.height)}px`);
  scrollNearest(node);
}

/**
 * What the reader's change has just put where they are stays in sight, once the engine's reply is drawn:
 * - a question brought up right under the one answered (the follow-up under the deals question) is scrolled into
 *   view; one brought up elsewhere moves nothing (the reader is not there);
 * - after the deciding question, the spot under it, which now shows the lead (on a phone it is below the options,
 *   under the bar), down to the notice under it when the change cleared the follow-up's answer;
 * - else the field the reader is in, clear of the bar, down to its question's "Clear this answer" button, and for a
 *   complaint box the reading under it (the bar grows as its text does, and a reading appears under the box as the
 *   reader types).
 * @param {View} view
 * @param {Element | null} answered the fieldset of the question just answered, if the change was an answer
 * @param {readonly HTMLElement[]} shown the questions this reply brought up (showAsked)
 */
export function keepInSight(view, answered, shown) {
  // The notice of a cleared follow-up answer may stand between the question answered and the follow-up it brought up.
  /** @param {Element} fieldset */
  const above = (fieldset) => {
    const before = fieldset.previousElementSibling;
    return before === view.followUpNotice ? before.previousElementSibling : before;
  };
  const below = shown.find((fieldset) => answered && above(fieldset) === answered);
  const deciding = view.contract.questions.get(view.contract.deciding)?.elementId;
  if (below || (answered && answered.id === deciding)) {
    const notice = view.followUpNotice.hasChildNodes() ? view.followUpNotice : null;
    scrollNearest(below ?? notice ?? part(view.root, '[data-live="spot"]', HTMLElement));
    return;
  }
  const focused = view.root.ownerDocument.activeElement;
  if (!focused || !view.form.contains(focused)) return;
  const box = view.contract.boxes.find((ids) => ids.text === focused.id);
  const reading = box && view.root.querySelector(`#${box.result}`);
  // An answered question's last line is its "Clear this answer" button, under the option just chosen.
  const clear = focused.closest("fieldset")?.querySelector("[data-clear]");
  const last = clear instanceof HTMLElement && !clear.hidden ? clear : focused;
  keepClearOfBars(view, reading?.hasChildNodes() && fitsUnderHeader(view, focused, reading) ? reading : last);
}

/**
 * Whether scrolling `below` clear of the bar leaves the top of `field` (above it) below the site's header: in a short
 * window (a phone with its keyboard open) the reading under a complaint box pushed the box's own first lines under the
 * header as the reader typed (a reader's review); the box being typed into then stays put instead.
 * @param {View} view
 * @param {Element} field
 * @param {Element} below
 */
function fitsUnderHeader(view, field, below) {
  const band = clearBand(view);
  const floor = band.bar ? band.bar.top : globalThis.innerHeight;
  const header = Number.isFinite(band.top) ? band.top : 0;
  return below.getBoundingClientRect().bottom - floor <= field.getBoundingClientRect().top - header;
}

/**
 * What of the window Material's sticky header and the bar leave clear: `top`, the header's bottom (-Infinity with no
 * header), and `bar`, the bar's box (null when it stepped aside): what fitsUnderHeader and keepClearOfBars each read.
 * @param {View} view
 * @returns {{ top: number, bar: DOMRect | null }}
 */
function clearBand(view) {
  const header = view.root.ownerDocument.querySelector(".md-header");
  const bar = part(view.root, '[data-live="bar"]', HTMLElement);
  return {
    top: header ? header.getBoundingClientRect().bottom : -Infinity,
    bar: bar.classList.contains("sw-bar--quiet") ? null : bar.getBoundingClientRect(),
  };
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
