// Coming back to the questionnaire: the offset kept in the history entry is gone to once the page is drawn with the
// engine's reply, never before, never twice, and never after the reader has moved the page.
import assert from "node:assert/strict";
import { test } from "node:test";

import { READER_MOVES, ScrollReturn, offsetOf } from "../../docs/assets/javascripts/scroll-return.js";

/** A stand-in window: its offset, the scrolls asked of it, and the listeners it holds. */
function fakeWindow(scrollY = 0) {
  /** @type {Map<string, Set<() => void>>} */
  const listeners = new Map();
  const win = {
    scrollY,
    /** @type {number[]} */
    scrolls: [],
    /** @param {number} _x @param {number} y */
    scrollTo(_x, y) {
      this.scrolls.push(y);
      this.scrollY = y;
    },
    /** @param {string} type @param {() => void} listener @param {{capture: boolean, passive: boolean}} options */
    addEventListener(type, listener, options) {
      assert.deepEqual(options, { capture: true, passive: true });
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)?.add(listener);
    },
    /** @param {string} type @param {() => void} listener @param {{capture: boolean}} options */
    removeEventListener(type, listener, options) {
      assert.deepEqual(options, { capture: true });
      listeners.get(type)?.delete(listener);
    },
    /** @param {string} type */
    fire(type) {
      for (const listener of [...(listeners.get(type) ?? [])]) listener();
    },
    held() {
      return [...listeners.values()].reduce((sum, set) => sum + set.size, 0);
    },
  };
  return win;
}

test("the offset is read from the entry's state as Material keeps it, and only a usable one", () => {
  assert.equal(offsetOf({ x: 0, y: 5626 }), 5626);
  assert.equal(offsetOf({ x: 0, y: 12.5 }), 12.5);
  for (const state of [null, undefined, {}, { x: 0, y: 0 }, { y: -3 }, { y: "400" }, { y: Number.NaN }, { y: Infinity }, 7, "y"]) {
    assert.equal(offsetOf(state), null, JSON.stringify(state));
  }
});

test("back where the reader was once the page is drawn, and only once", () => {
  const win = fakeWindow(3591); // cut to the end of the page as it was before the result was drawn
  const back = new ScrollReturn({ x: 0, y: 5626 }, win);
  assert.deepEqual(win.scrolls, [], "nothing moves before the page is drawn");
  assert.equal(win.held(), READER_MOVES.length);
  win.scrollY = 7242; // the browser's scroll anchoring carried the page down as the result was drawn above
  back.settle();
  assert.deepEqual(win.scrolls, [5626]);
  assert.equal(win.held(), 0, "nothing is listened to once there");
  back.settle();
  assert.deepEqual(win.scrolls, [5626], "a later reply does not move the page again");
});

for (const move of READER_MOVES) {
  test(`a reader who moved the page first (${move}) is left where they are`, () => {
    const win = fakeWindow(3591);
    const back = new ScrollReturn({ x: 0, y: 5626 }, win);
    win.fire(move);
    assert.equal(win.held(), 0);
    win.scrollY = 1200;
    back.settle();
    assert.deepEqual(win.scrolls, []);
  });
}

test("a page view that did not come back to a kept offset moves nothing and listens to nothing", () => {
  for (const state of [null, {}, { x: 0, y: 0 }]) {
    const win = fakeWindow(0);
    const back = new ScrollReturn(state, win);
    assert.equal(win.held(), 0);
    back.settle();
    assert.deepEqual(win.scrolls, []);
  }
});

test("already there: no scroll is asked", () => {
  const win = fakeWindow(5626.4);
  const back = new ScrollReturn({ x: 0, y: 5626 }, win);
  back.settle();
  assert.deepEqual(win.scrolls, []);
  assert.equal(win.held(), 0);
});

test("a page left before its reply stops listening and never moves", () => {
  const win = fakeWindow(100);
  const back = new ScrollReturn({ x: 0, y: 900 }, win);
  back.stop();
  assert.equal(win.held(), 0);
  back.settle();
  assert.deepEqual(win.scrolls, []);
});

test("the state written as the page unloads keeps the entry's other keys and holds the page's offset", () => {
  assert.deepEqual(ScrollReturn.entryState({ x: 0, y: 10, kept: "yes" }, 3, 4200), { x: 3, y: 4200, kept: "yes" });
  assert.deepEqual(ScrollReturn.entryState(null, 0, 0), { x: 0, y: 0 });
  assert.deepEqual(ScrollReturn.entryState("text", 0, 5), { x: 0, y: 5 });
  assert.equal(offsetOf(ScrollReturn.entryState({ x: 0, y: 5000 }, 0, 0)), null, "back at the top: nothing to return to");
});
