// @ts-check
// Material's instant navigation swaps the next page in without a load, and the keyboard's focus was on the link just
// followed, now gone: it fell back to <body>, and the next Tab started over in the header and the navigation (a
// reader's review: 21 Tabs from "Answer the questionnaire" on the home page to the questionnaire's first question).
// After each swap, the focus goes where a reader's eyes go: the element the address's fragment names, else the page's
// main heading. Neither becomes a Tab stop (tabindex -1), nothing scrolls (Material has placed the page), and a focus
// the page's own script has already set (the questionnaire's, say) is left alone.
// Loaded on every page after its load event (overrides/main.html), once per visit: instant navigation keeps it.

import { fragmentId } from "./history-guard.js";

/**
 * @typedef {{
 *   readonly tabIndex: number,
 *   hasAttribute(name: string): boolean,
 *   setAttribute(name: string, value: string): void,
 *   focus(options?: {preventScroll?: boolean}): void,
 * }} Focusable
 * @typedef {{
 *   readonly activeElement: unknown,
 *   readonly body: unknown,
 *   getElementById(id: string): Focusable | null,
 *   querySelector(selector: string): Focusable | null,
 * }} FocusDocument the part of `document` this needs (the tests pass their own)
 * @typedef {{subscribe(next: () => void): unknown}} Changes Material's page views (document$)
 */

/** The page's main heading: the article's first, as Material renders every page. */
export const MAIN_HEADING = "article h1";

/**
 * The element to focus on a page swapped in: the one the fragment names, else the main heading; null for neither.
 * @param {FocusDocument} doc
 * @param {string} hash the address's fragment, with its `#`, or ""
 */
export function focusTarget(doc, hash) {
  const id = fragmentId(hash);
  return (id !== null && doc.getElementById(id)) || doc.querySelector(MAIN_HEADING);
}

/**
 * Focus the page just swapped in, unless something on it already holds the focus.
 * @param {FocusDocument} doc
 * @param {string} hash
 * @returns {boolean} whether it moved the focus
 */
export function focusSwappedPage(doc, hash) {
  const active = doc.activeElement;
  if (active !== null && active !== doc.body) return false;
  const target = focusTarget(doc, hash);
  if (!target) return false;
  // A heading is made focusable, not a Tab stop; a control (a link, an answer's radio button) keeps its place in the
  // Tab order.
  if (target.tabIndex < 0 && !target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
  target.focus({ preventScroll: true });
  return true;
}

/**
 * After every page view but the first (the page loaded, where the browser's own focus order holds), once the swap
 * is drawn: the page's script runs before, and its focus wins. Not after Back or Forward (a history traversal, told
 * by `traversals`): Material puts the page back at the reader's offset, and a focus at its heading, far above, sent
 * the next Tab to the top (a reader's review). A traversal is told by the path it lands on: a jump within a page
 * (its own popstate) is no traversal to the next page swapped in.
 * @param {Changes} documents
 * @param {FocusDocument} doc
 * @param {{readonly hash: string, readonly pathname: string}} location
 * @param {(callback: () => void) => unknown} nextFrame
 * @param {Changes} traversals
 */
export function focusEachSwap(documents, doc, location, nextFrame, traversals) {
  let first = true;
  /** @type {string | null} */
  let traversedTo = null;
  traversals.subscribe(() => {
    traversedTo = location.pathname;
  });
  documents.subscribe(() => {
    const back = traversedTo === location.pathname;
    traversedTo = null;
    if (first) {
      first = false;
      return;
    }
    if (!back) nextFrame(() => focusSwappedPage(doc, location.hash));
  });
}

const page = /** @type {{document$?: Changes}} */ (/** @type {unknown} */ (globalThis));
if (typeof window !== "undefined" && page.document$) {
  const popstates = { subscribe: (/** @type {() => void} */ next) => addEventListener("popstate", next) };
  focusEachSwap(page.document$, document, location, (callback) => requestAnimationFrame(callback), popstates);
}
