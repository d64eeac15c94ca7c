// @ts-check
// Back and Forward land where the reader was, on every page. Material's instant navigation keeps the page's offset
// in its history entry ({x, y}, written 100 ms after the page stops moving) and scrolls back to it on Back and
// Forward. Its anchor tracking (navigation.tracking) then writes the entry as `{}`, with the heading in view as the
// address's fragment, 250 ms after the page stops: the offset was gone, and Forward to a guide page read halfway
// opened it at its top. And between a Back or Forward and the swap of the next page, the tracking still follows the
// page being left: the next page's address got that page's heading (the questionnaire came back as
// tool/#where-to-go-next, a heading of the process page). This wraps history.replaceState: a `{}` state gets the
// page's offset, and a write made while the address is another page's than the one on screen is dropped.
// Loaded on every page after its load event (overrides/main.html), once per visit: instant navigation keeps it.

/**
 * @typedef {{
 *   location: {readonly pathname: string},
 *   readonly scrollX: number,
 *   readonly scrollY: number,
 *   history: {replaceState(state: unknown, unused: string, url?: string | URL | null): void},
 * }} HistoryWindow the part of `window` this needs (the tests pass their own)
 * @typedef {{subscribe(next: () => void): unknown}} Documents Material's observable of page views (document$)
 */

/**
 * A state as Material's tracking (and its tabs, code annotations and search) write it: a plain object with no keys.
 * @param {unknown} state
 */
export function isBare(state) {
  return typeof state === "object" && state !== null && Object.getPrototypeOf(state) === Object.prototype &&
    Object.keys(state).length === 0;
}

/**
 * The state to write instead of `state`, or null to write nothing.
 * @param {unknown} state what the caller writes
 * @param {{shown: string, address: string, x: number, y: number}} page the path of the page on screen, the path
 *   of the address (another while the next page is fetched), and the page's offset
 * @returns {{state: unknown} | null}
 */
export function guardedState(state, { shown, address, x, y }) {
  // Between a Back or Forward and the next page's swap, what is written is about the page still on screen: its
  // heading (the tracking) or its offset (Material's, if the reader scrolled it), under the next page's entry.
  if (address !== shown) return null;
  return { state: isBare(state) ? { x, y } : state };
}

/**
 * Wrap `win.history.replaceState` (once); `documents` says when a new page is on screen.
 * @param {HistoryWindow} win
 * @param {Documents} documents
 */
export function guardHistory(win, documents) {
  const history = win.history;
  const replace = history.replaceState;
  let shown = win.location.pathname;
  documents.subscribe(() => {
    shown = win.location.pathname;
  });
  /** @type {HistoryWindow["history"]["replaceState"]} */
  const guarded = function (state, unused, url) {
    const write = guardedState(state, { shown, address: win.location.pathname, x: win.scrollX, y: win.scrollY });
    if (write) replace.call(history, write.state, unused, url);
  };
  history.replaceState = guarded;
}

const page = /** @type {{document$?: Documents}} */ (/** @type {unknown} */ (globalThis));
if (typeof window !== "undefined" && page.document$) guardHistory(window, page.document$);
