// history-guard.js: Material's `{}` writes keep the page's offset; writes made for the page being left, under the next
// page's address, are dropped; every other write goes through as it was. Under the search's lock on a phone, the
// locked page's offset is the body's, and a result followed from there lands on its heading once the lock is released.
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  SEARCH_LOCK,
  guardHistory,
  guardedState,
  isBare,
  isOffset,
  landing,
  lockedOffset,
  movesOnlyTheFragment,
} from "../../docs/assets/javascripts/history-guard.js";

test("only a plain object with no keys is Material's bare state", () => {
  assert.equal(isBare({}), true);
  for (const state of [null, undefined, { x: 0, y: 0 }, [], Object.create(null), "{}", 0]) {
    assert.equal(isBare(state), false, JSON.stringify(state));
  }
});

test("only a plain object of two numbers, x and y, is Material's offset", () => {
  assert.equal(isOffset({ x: 0, y: 0 }), true);
  assert.equal(isOffset({ y: 3000, x: 0 }), true);
  for (const state of [null, {}, { x: 0 }, { x: 0, y: "0" }, { x: 0, y: 0, kept: 1 }, [0, 0], "x,y"]) {
    assert.equal(isOffset(state), false, JSON.stringify(state));
  }
  const foreign = Object.assign(Object.create(null), { x: 0, y: 0 });
  assert.equal(isOffset(foreign), false);
});

test("a write moves only the fragment when it keeps the address's origin, path and query", () => {
  const href = "http://site/technical/?h=x#retries";
  for (const url of [undefined, null, "#what-fails", "/technical/?h=x", "http://site/technical/?h=x#a"]) {
    assert.equal(movesOnlyTheFragment(url, href), true, String(url));
  }
  for (const url of ["/technical/", "/technical/?h=y#retries", "/process/#retries", "http://other/technical/?h=x"]) {
    assert.equal(movesOnlyTheFragment(url, href), false, url);
  }
});

test("a bare state gets the page's offset; any other state is written as given", () => {
  const page = { shown: "/process/", address: "/process/", x: 0, y: 1600, locked: false, onlyFragment: true };
  assert.deepEqual(guardedState({}, page), { state: { x: 0, y: 1600 } });
  for (const state of [null, { x: 0, y: 5 }, { kept: "yes" }]) assert.deepEqual(guardedState(state, page), { state });
});

test("under the search's lock, Material's offset (read as 0) is replaced by the page's", () => {
  const page = { shown: "/technical/", address: "/technical/", x: 0, y: 3000, locked: true, onlyFragment: true };
  assert.deepEqual(guardedState({ x: 0, y: 0 }, page), { state: { x: 0, y: 3000 } });
  assert.deepEqual(guardedState({ kept: "yes" }, page), { state: { kept: "yes" } });
  assert.deepEqual(guardedState(null, page), { state: null });
});

test("under the search's lock, the tracking's writes (bare, the fragment only) are dropped; others keep the offset", () => {
  const page = { shown: "/technical/", address: "/technical/", x: 0, y: 3000, locked: true, onlyFragment: true };
  assert.equal(guardedState({}, page), null);
  assert.deepEqual(guardedState({}, { ...page, onlyFragment: false }), { state: { x: 0, y: 3000 } });
});

test("nothing is written while the address is another page's than the one on screen", () => {
  const gap = { shown: "/process/", address: "/tool/", x: 0, y: 1600, locked: false, onlyFragment: true };
  assert.equal(guardedState({}, gap), null);
  assert.equal(guardedState({ x: 0, y: 1600 }, gap), null);
});

test("the locked offset is the body's top, negated; none without the lock", () => {
  const body = (/** @type {boolean} */ locked, /** @type {string} */ top) => ({
    hasAttribute: (/** @type {string} */ name) => locked && name === SEARCH_LOCK,
    style: { top },
  });
  assert.equal(lockedOffset(body(false, "-3000px")), null);
  assert.equal(lockedOffset(body(true, "-3000px")), 3000);
  assert.equal(lockedOffset(body(true, "-0px")), 0);
  assert.equal(lockedOffset(body(true, "")), 0);
});

test("a page swapped in under the lock lands on the fragment's element, else the entry's offset, else the top", () => {
  assert.deepEqual(landing("#audit-log", null), { id: "audit-log" });
  assert.deepEqual(landing("#audit-log", { x: 0, y: 0 }), { id: "audit-log" });
  assert.deepEqual(landing("#caf%C3%A9", null), { id: "café" });
  assert.deepEqual(landing("#50%", null), { id: "50%" }, "not percent-encoding: the id as it stands");
  assert.deepEqual(landing("", null), { y: 0 });
  assert.deepEqual(landing("#", {}), { y: 0 });
  assert.deepEqual(landing("", { x: 0, y: 1200 }), { y: 1200 });
});

/** The headings of the fake pages: their offsets from the page's top. */
const HEADINGS = new Map([
  ["audit-log", 5227],
  ["generics", 900],
]);

/**
 * A window as far as the guard reads it: an address, an offset, a body Material's search can lock, headings that
 * record being scrolled to, and a history that records its writes. Material's document$ and the lock's attribute
 * changes are lists of subscribers the test calls. `lockedAt`, when given, is the offset of a lock taken before
 * the guard started.
 */
function fakePage(address = "http://site/process/", lockedAt = -1) {
  /** @type {Array<[unknown, string, string | URL | null | undefined]>} */
  const writes = [];
  /** @type {Array<() => void>} */
  const views = [];
  /** @type {Array<() => void>} */
  const lockWatchers = [];
  /** @type {string[]} */
  const scrolls = [];
  /** @type {Array<() => void>} */
  const frames = [];
  /** @type {Set<string>} the ids made :target by a jump */
  const targets = new Set();
  const attributes = new Set();
  /**
   * An element `at` px from the page's top (the header: from the screen's), as far as the guard reads it.
   * @param {string} id
   * @param {number} at
   */
  const element = (id, at) =>
    /** @type {Element} */ (
      /** @type {unknown} */ ({
        id,
        getBoundingClientRect: () => ({ top: id === "header" ? 0 : at - win.scrollY, bottom: at }),
      })
    );
  let url = new URL(address);
  /** @type {unknown} */
  let state = null;
  const win = {
    location: {
      get pathname() {
        return url.pathname;
      },
      get href() {
        return url.href;
      },
      get hash() {
        return url.hash;
      },
    },
    scrollX: 0,
    scrollY: 0,
    scrollTo(/** @type {number} */ x, /** @type {number} */ y) {
      scrolls.push(`to ${x},${y}`);
      win.scrollY = y;
    },
    requestAnimationFrame: (/** @type {() => void} */ callback) => frames.push(callback),
    // A :target's scroll margin, 68 px (Material's 3.6rem at a phone's root size); 0 before the jump.
    getComputedStyle: (/** @type {Element} */ element) => ({
      scrollMarginTop: targets.has(/** @type {{id?: string}} */ (element).id ?? "") ? "68px" : "0px",
    }),
    history: {
      /** @type {ScrollRestoration} */
      scrollRestoration: "auto",
      get state() {
        return state;
      },
      /** @param {unknown} next @param {string} unused @param {string | URL | null} [to] */
      replaceState(next, unused, to) {
        assert.equal(this, win.history, "called on the history object");
        writes.push([next, unused, to]);
        state = next;
        if (to !== undefined && to !== null) url = new URL(to, url);
      },
    },
    document: {
      body: { hasAttribute: (/** @type {string} */ name) => attributes.has(name), style: { top: "" } },
      getElementById: (/** @type {string} */ id) => {
        const at = HEADINGS.get(id);
        return at === undefined ? null : element(id, at);
      },
      querySelector: (/** @type {string} */ selector) => (selector === ".md-header" ? element("header", 48) : null),
      createElement: (/** @type {"a"} */ tag) => {
        assert.equal(tag, "a");
        /** @type {Array<(event: Event) => void>} */
        const listeners = [];
        const link = {
          href: "",
          addEventListener: (/** @type {string} */ type, /** @type {(event: Event) => void} */ listener) => {
            assert.equal(type, "click");
            listeners.push(listener);
          },
          click() {
            let stopped = false;
            const event = /** @type {Event} */ (/** @type {unknown} */ ({ stopPropagation: () => (stopped = true) }));
            listeners.forEach((listener) => listener(event));
            assert.ok(stopped, "the click does not reach Material's instant navigation");
            scrolls.push(`jump ${link.href}`);
            targets.add(decodeURIComponent(link.href.slice(1)));
          },
        };
        return link;
      },
    },
  };
  if (lockedAt >= 0) {
    attributes.add(SEARCH_LOCK); // the search was locked before the guard started
    win.document.body.style.top = `-${lockedAt}px`;
  }
  const subscribe = (/** @type {Array<() => void>} */ list) => ({
    subscribe: (/** @type {() => void} */ next) => list.push(next),
  });
  guardHistory(win, subscribe(views), subscribe(lockWatchers));
  return {
    win,
    writes,
    scrolls,
    /** The address changes (pushState, or a Back), with the entry's state. */
    go(/** @type {string} */ to, /** @type {unknown} */ entry = null) {
      url = new URL(to, url);
      state = entry;
    },
    swapped: () => views.forEach((next) => next()),
    /** Material's search locks the page at the window's offset (which then reads 0). */
    lock() {
      attributes.add(SEARCH_LOCK);
      win.document.body.style.top = `-${win.scrollY}px`;
      win.scrollY = 0;
      lockWatchers.forEach((next) => next());
    },
    /** Material releases the lock and scrolls back to the offset it locked at. */
    release() {
      const back = -Number.parseInt(win.document.body.style.top, 10);
      attributes.delete(SEARCH_LOCK);
      win.document.body.style.top = "";
      win.scrollTo(0, back);
      lockWatchers.forEach((next) => next());
      frames.splice(0).forEach((frame) => frame()); // the next frame
    },
  };
}

test("Back, then the page swapped in: the writes in between are dropped, later ones keep the offset", () => {
  const { win, writes, go, swapped } = fakePage("http://site/process/");
  win.scrollY = 1600;
  win.history.replaceState({}, "", "/process/#runbooks"); // the tracking, the page read halfway
  go("/tool/"); // Back: the address is the questionnaire's, the process page still on screen
  win.history.replaceState({}, "", "/tool/#where-to-go-next");
  win.history.replaceState({ x: 0, y: 1600 }, ""); // the process page's offset, under the questionnaire's entry
  swapped();
  win.scrollY = 5626;
  win.history.replaceState({}, "", "/tool/");
  assert.deepEqual(writes, [
    [{ x: 0, y: 1600 }, "", "/process/#runbooks"],
    [{ x: 0, y: 5626 }, "", "/tool/"],
  ]);
});

test("a search hit on another page's heading, followed on a phone: the page left keeps its offset, the heading shows", () => {
  const { win, writes, scrolls, go, swapped, lock, release } = fakePage("http://site/technical/");
  win.scrollY = 3000;
  lock();
  win.history.replaceState({ x: 0, y: 0 }, ""); // Material's click: the offset it reads under the lock
  go("/glossary/?h=audit+log#audit-log"); // its pushState
  swapped();
  win.history.replaceState({}, "", "/glossary/?h=audit+log#acl"); // the tracking, on the new page, still locked
  win.history.replaceState({ x: 0, y: 0 }, ""); // Material's offset of the new page
  release();
  assert.deepEqual(writes, [
    [{ x: 0, y: 3000 }, "", undefined], // the page left keeps where the reader was
    [{ x: 0, y: 0 }, "", undefined], // the new page's offset is the window's
    [null, "", undefined], // before the jump: Material, taking its popstate for Back, goes to the fragment
  ]);
  // Material's scroll back; close to the heading (under the header), the jump, and the heading at its margin.
  assert.deepEqual(scrolls, ["to 0,3000", "to 0,5179", "jump #audit-log", "to 0,5159"]);
});

test("a hit on a page, not a heading, lands at the new page's top; a missing heading too", () => {
  for (const to of ["/user/?h=", "/user/?h=x#gone"]) {
    const { win, scrolls, go, swapped, lock, release } = fakePage("http://site/technical/");
    win.scrollY = 3000;
    lock();
    go(to);
    swapped();
    release();
    assert.deepEqual(scrolls, ["to 0,3000", "to 0,0"], to);
  }
});

test("a hit on a heading of the page on screen lands on it; the entry pushed for it is not given the old offset", () => {
  const { win, writes, scrolls, go, lock, release } = fakePage("http://site/glossary/");
  win.scrollY = 800;
  lock();
  win.history.replaceState({ x: 0, y: 0 }, ""); // Material's click: the entry left keeps 800
  go("/glossary/?h=audit+log#audit-log"); // the same page with another query and fragment: no swap
  // Material's offset on the new entry: given 800, Material would scroll there instead of to the heading.
  win.history.replaceState({ x: 0, y: 0 }, "");
  release();
  assert.deepEqual(writes, [
    [{ x: 0, y: 800 }, "", undefined],
    [{ x: 0, y: 0 }, "", undefined],
    [null, "", undefined],
  ]);
  assert.deepEqual(scrolls, ["to 0,800", "to 0,5179", "jump #audit-log", "to 0,5159"]);
});

test("the entry the lock is taken on is restored by Material's offset, not the browser's (read under the lock)", () => {
  const { win, lock } = fakePage("http://site/user/");
  assert.equal(win.history.scrollRestoration, "auto"); // a page loaded directly
  lock();
  assert.equal(win.history.scrollRestoration, "manual");
  assert.equal(fakePage("http://site/user/", 600).win.history.scrollRestoration, "manual", "locked before the guard");
});

test("search closed with nothing followed: the page stays where Material put it back, its address unchanged", () => {
  const { win, writes, scrolls, lock, release } = fakePage("http://site/technical/#retries");
  win.scrollY = 3000;
  lock();
  win.history.replaceState({ x: 0, y: 0 }, ""); // Material's offset, read under the lock
  win.history.replaceState({}, "", "http://site/technical/"); // the tracking, which sees the page at its top
  release();
  assert.deepEqual(scrolls, ["to 0,3000"]);
  assert.deepEqual(writes, [[{ x: 0, y: 3000 }, "", undefined]]);
  assert.equal(win.location.href, "http://site/technical/#retries");
  win.scrollY = 3100;
  win.history.replaceState({ x: 0, y: 3100 }, ""); // unlocked: written as given
  win.history.replaceState({}, "", "#what-fails");
  assert.deepEqual(writes.slice(1), [
    [{ x: 0, y: 3100 }, "", undefined],
    [{ x: 0, y: 3100 }, "", "#what-fails"],
  ]);
});

test("a result whose page arrives after the lock is released is left to Material", () => {
  const { win, scrolls, go, swapped, lock, release } = fakePage("http://site/technical/");
  win.scrollY = 3000;
  lock();
  go("/glossary/?h=audit+log#audit-log");
  release(); // the new page is still being fetched: the old one is on screen
  swapped();
  assert.deepEqual(scrolls, ["to 0,3000"]);
});

test("a page locked before the guard was loaded is known as locked", () => {
  const { win, writes, scrolls, go, swapped, release } = fakePage("http://site/technical/", 3000);
  win.history.replaceState({ x: 0, y: 0 }, "");
  assert.deepEqual(writes, [[{ x: 0, y: 3000 }, "", undefined]]);
  go("/glossary/#audit-log");
  swapped();
  release();
  assert.deepEqual(scrolls, ["to 0,3000", "to 0,5179", "jump #audit-log", "to 0,5159"]);
});
