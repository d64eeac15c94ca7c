// history-guard.js: Material's `{}` writes keep the page's offset; writes made for the page being left, under the next
// page's address, are dropped; every other write goes through as it was.
import assert from "node:assert/strict";
import { test } from "node:test";

import { guardHistory, guardedState, isBare } from "../../docs/assets/javascripts/history-guard.js";

test("only a plain object with no keys is Material's bare state", () => {
  assert.equal(isBare({}), true);
  for (const state of [null, undefined, { x: 0, y: 0 }, [], Object.create(null), "{}", 0]) {
    assert.equal(isBare(state), false, JSON.stringify(state));
  }
});

test("a bare state gets the page's offset; any other state is written as given", () => {
  const page = { shown: "/process/", address: "/process/", x: 0, y: 1600 };
  assert.deepEqual(guardedState({}, page), { state: { x: 0, y: 1600 } });
  for (const state of [null, { x: 0, y: 5 }, { kept: "yes" }]) assert.deepEqual(guardedState(state, page), { state });
});

test("nothing is written while the address is another page's than the one on screen", () => {
  const gap = { shown: "/process/", address: "/tool/", x: 0, y: 1600 };
  assert.equal(guardedState({}, gap), null);
  assert.equal(guardedState({ x: 0, y: 1600 }, gap), null);
});

/** A window with a history that records its writes, and Material's document$ as a list of subscribers. */
function fakePage(pathname = "/process/") {
  /** @type {Array<[unknown, string, string | URL | null | undefined]>} */
  const writes = [];
  /** @type {Array<() => void>} */
  const subscribers = [];
  const win = {
    location: { pathname },
    scrollX: 0,
    scrollY: 0,
    history: {
      /** @param {unknown} state @param {string} unused @param {string | URL | null} [url] */
      replaceState(state, unused, url) {
        assert.equal(this, win.history, "called on the history object");
        writes.push([state, unused, url]);
      },
    },
  };
  const documents = { subscribe: (/** @type {() => void} */ next) => subscribers.push(next) };
  guardHistory(win, documents);
  return { win, writes, swapped: () => subscribers.forEach((next) => next()) };
}

test("Back, then the page swapped in: the writes in between are dropped, later ones keep the offset", () => {
  const { win, writes, swapped } = fakePage("/process/");
  win.scrollY = 1600;
  win.history.replaceState({}, "", "/process/#runbooks"); // the tracking, the page read halfway
  win.location.pathname = "/tool/"; // Back: the address is the questionnaire's, the process page still on screen
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
