// @ts-check
// Back and Forward land where the reader was, on every page. Material's instant navigation keeps the page's offset
// in its history entry ({x, y}, written 100 ms after the page stops moving) and scrolls back to it on Back and
// Forward. Its anchor tracking (navigation.tracking) then writes the entry as `{}`, with the heading in view as the
// address's fragment, 250 ms after the page stops: the offset was gone, and Forward to a guide page read halfway
// opened it at its top. And between a Back or Forward and the swap of the next page, the tracking still follows the
// page being left: the next page's address got that page's heading (the questionnaire came back as
// tool/#where-to-go-next, a heading of the process page). This wraps history.replaceState: a `{}` state gets the
// page's offset, and a write made while the address is another page's than the one on screen is dropped.
//
// Search on a phone: below 960 px Material shows search full screen and locks the page under it (the body fixed at
// `top: -offset`, so scrollY reads 0). A result followed from there was swapped in and scrolled to under the lock,
// which moves nothing; the lock's release then scrolled the new page to the old page's offset, and the old page's
// entry had kept offset 0. So a hit on a heading opened at the old page's offset, not at the heading, and Back
// returned to the top. Here the locked page's offset is read from the body, and once the lock is released after a
// result was followed, the page goes to the result's heading (or its top), as it does on a wide screen.
// Loaded on every page after its load event (overrides/main.html), once per visit: instant navigation keeps it.

/**
 * @typedef {{hasAttribute(name: string): boolean, readonly style: {readonly top: string}}} LockBody the page's
 *   `<body>`, which Material's search locks
 * @typedef {{
 *   location: {readonly pathname: string, readonly href: string, readonly hash: string},
 *   readonly scrollX: number,
 *   readonly scrollY: number,
 *   scrollTo(x: number, y: number): void,
 *   requestAnimationFrame(callback: () => void): unknown,
 *   getComputedStyle(element: Element): {readonly scrollMarginTop: string},
 *   history: {
 *     readonly state: unknown,
 *     scrollRestoration: ScrollRestoration,
 *     replaceState(state: unknown, unused: string, url?: string | URL | null): void,
 *   },
 *   document: {
 *     readonly body: LockBody,
 *     getElementById(id: string): Element | null,
 *     querySelector(selector: string): Element | null,
 *     createElement(tag: "a"): FragmentLink,
 *   },
 * }} HistoryWindow the part of `window` this needs (the tests pass their own)
 * @typedef {{href: string, addEventListener(type: "click", listener: (event: Event) => void): void, click(): void}}
 *   FragmentLink a link made to jump to a fragment
 * @typedef {{subscribe(next: () => void): unknown}} Changes an observable that says when something changed:
 *   Material's page views (document$), the search lock's attribute
 */

/** The attribute Material's search sets on `<body>` while it locks the page (patches/scrolllock). */
export const SEARCH_LOCK = "data-md-scrolllock";

/**
 * A state as Material's tracking (and its tabs, code annotations and search) write it: a plain object with no keys.
 * @param {unknown} state
 */
export function isBare(state) {
  return typeof state === "object" && state !== null && Object.getPrototypeOf(state) === Object.prototype &&
    Object.keys(state).length === 0;
}

/**
 * A state as Material's instant navigation writes it: the page's offset, `{x, y}`, and nothing else.
 * @param {unknown} state
 */
export function isOffset(state) {
  if (typeof state !== "object" || state === null || Object.getPrototypeOf(state) !== Object.prototype) return false;
  const keys = Object.keys(state).sort();
  const { x, y } = /** @type {{x?: unknown, y?: unknown}} */ (state);
  return keys.join() === "x,y" && typeof x === "number" && typeof y === "number";
}

/**
 * The offset of a page Material's search has locked (its body's `top`, negated), or null when it is not locked.
 * @param {LockBody} body
 */
export function lockedOffset(body) {
  if (!body.hasAttribute(SEARCH_LOCK)) return null;
  return -Number.parseInt(body.style.top || "0", 10) || 0;
}

/**
 * Whether a write to `url` would change only the fragment of the address `href` (or nothing, when no url is given):
 * what Material's anchor tracking writes.
 * @param {string | URL | null | undefined} url
 * @param {string} href
 */
export function movesOnlyTheFragment(url, href) {
  if (url === undefined || url === null) return true;
  const to = new URL(url, href);
  const now = new URL(href);
  return to.origin === now.origin && to.pathname === now.pathname && to.search === now.search;
}

/**
 * The state to write instead of `state`, or null to write nothing.
 * @param {unknown} state what the caller writes
 * @param {{shown: string, address: string, x: number, y: number, locked: boolean, onlyFragment: boolean}} page
 *   the path of the page on screen, the path of the address (another while the next page is fetched), the page's
 *   offset, whether the search's lock pins the page (an offset read from the window then reads 0), and whether the
 *   write changes no more than the address's fragment
 * @returns {{state: unknown} | null}
 */
export function guardedState(state, { shown, address, x, y, locked, onlyFragment }) {
  // Between a Back or Forward and the next page's swap, what is written is about the page still on screen: its
  // heading (the tracking) or its offset (Material's, if the reader scrolled it), under the next page's entry.
  if (address !== shown) return null;
  // Under the lock the tracking reads the pinned page as scrolled to its top and names the wrong heading.
  if (locked && isBare(state) && onlyFragment) return null;
  return { state: isBare(state) || (locked && isOffset(state)) ? { x, y } : state };
}

/**
 * The id the address's fragment names, decoded, or null for no fragment (page-focus.js names the same element).
 * @param {string} hash the address's fragment, with its `#`, or ""
 */
export function fragmentId(hash) {
  if (hash.length <= 1) return null;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1); // a fragment that is not valid percent-encoding is an id as it stands
  }
}

/**
 * Where a page swapped in under the search's lock goes once the lock is released: the element the address's
 * fragment names, else the entry's offset (a Back or Forward), else the top, as Material goes on a wide screen.
 * @param {string} hash the address's fragment, with its `#`, or ""
 * @param {unknown} state the history entry's state
 * @returns {{id: string} | {y: number}}
 */
export function landing(hash, state) {
  const id = fragmentId(hash);
  if (id !== null) return { id };
  return { y: isOffset(state) ? /** @type {{y: number}} */ (state).y : 0 };
}

/**
 * Wrap `win.history.replaceState` (once); `documents` says when a new page is on screen, `lockChanges` when the
 * search's lock is taken or released.
 * @param {HistoryWindow} win
 * @param {Changes} documents
 * @param {Changes} lockChanges
 */
export function guardHistory(win, documents, lockChanges) {
  const history = win.history;
  const body = win.document.body;
  const replace = history.replaceState;
  let shown = win.location.pathname;
  // The address the search's lock was taken on, while it holds (the tracking's writes are dropped meanwhile, so
  // another address at the lock's release means the reader followed a result).
  /** @type {string | null} */
  let lockedAt = null;
  const taken = () => {
    lockedAt = win.location.href;
    // The browser keeps the offset it reads as an entry is left, 0 under the lock, and on Back it would restore that
    // over Material's (an entry loaded directly keeps "auto"): Material's, from the entry's state, is the right one.
    history.scrollRestoration = "manual";
  };
  if (lockedOffset(body) !== null) taken();
  documents.subscribe(() => {
    shown = win.location.pathname;
  });
  lockChanges.subscribe(() => {
    const locked = lockedOffset(body) !== null;
    if (locked && lockedAt === null) taken();
    if (locked || lockedAt === null) return;
    const followed = lockedAt !== win.location.href;
    lockedAt = null;
    // Nothing followed: Material has put the page back. A page still being fetched: Material scrolls it once it is
    // swapped in, and nothing is locked any more.
    if (!followed || shown !== win.location.pathname) return;
    // Once the page has been laid out unlocked, at the offset Material put back (the next frame).
    win.requestAnimationFrame(() => {
      const to = landing(win.location.hash, history.state);
      const target = "id" in to ? win.document.getElementById(to.id) : null;
      if (!target) {
        win.scrollTo(0, "y" in to ? to.y : 0);
        return;
      }
      // The jump makes the heading :target, whose scroll margin keeps it clear of the header; its own scroll is not
      // enough. Material takes the popstate the jump fires for Back or Forward and scrolls to the entry's offset,
      // and in a phone's browser a fragment's scroll made this soon moves only the visual viewport, which then
      // slides back. So the window is scrolled first close to where the jump lands (the heading under the header:
      // the jump's own scroll is then a few pixels), and after it exactly there, at the margin the jump gave.
      win.scrollTo(0, fragmentOffset(win, target, headerHeight(win.document)));
      replace.call(history, null, ""); // with no offset in the entry Material goes to the fragment, not to 0
      jumpToFragment(win.document, win.location.hash);
      win.scrollTo(0, fragmentOffset(win, target));
    });
  });
  /** @type {HistoryWindow["history"]["replaceState"]} */
  const guarded = function (state, unused, url) {
    const pinned = lockedOffset(body);
    const write = guardedState(state, {
      shown,
      address: win.location.pathname,
      x: win.scrollX,
      // The body keeps the offset of the entry the lock was taken on; an entry pushed since (a result followed) is
      // another place, at its top as far as anyone knows: the window's offset, 0.
      y: pinned !== null && lockedAt === win.location.href ? pinned : win.scrollY,
      locked: pinned !== null,
      onlyFragment: movesOnlyTheFragment(url, win.location.href),
    });
    if (write) replace.call(history, write.state, unused, url);
  };
  history.replaceState = guarded;
}

/**
 * The page's offset at which `target` (the fragment's element) shows as a jump to it shows it: its top at its
 * scroll margin (a :target's keeps it clear of the header), or at `margin` when given.
 * @param {Pick<HistoryWindow, "scrollY" | "getComputedStyle">} win
 * @param {Element} target
 * @param {number} [margin]
 */
export function fragmentOffset(win, target, margin) {
  const above = margin ?? (Number.parseFloat(win.getComputedStyle(target).scrollMarginTop) || 0);
  return Math.max(0, Math.round(target.getBoundingClientRect().top + win.scrollY - above));
}

/**
 * The height of Material's header (0 without one).
 * @param {HistoryWindow["document"]} doc
 */
function headerHeight(doc) {
  return doc.querySelector(".md-header")?.getBoundingClientRect().bottom ?? 0;
}

/**
 * Go to the fragment `hash` as a link to it would, as Material does (setLocationHash): the element becomes `:target`,
 * whose scroll margin keeps it clear of the header. The address is the same, so the entry is replaced, not added.
 * @param {HistoryWindow["document"]} doc
 * @param {string} hash
 */
export function jumpToFragment(doc, hash) {
  const link = doc.createElement("a");
  link.href = hash;
  link.addEventListener("click", (event) => event.stopPropagation()); // not instant navigation's click
  link.click();
}

/**
 * The changes of the search's lock on `body`, as an observable.
 * @param {Element} body
 * @returns {Changes}
 */
export function searchLockChanges(body) {
  return {
    subscribe(next) {
      new MutationObserver(() => next()).observe(body, { attributes: true, attributeFilter: [SEARCH_LOCK] });
    },
  };
}

const page = /** @type {{document$?: Changes}} */ (/** @type {unknown} */ (globalThis));
if (typeof window !== "undefined" && page.document$) {
  guardHistory(window, page.document$, searchLockChanges(document.body));
}
