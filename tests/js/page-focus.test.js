// page-focus.js: after instant navigation swaps a page in, the focus goes to the element the fragment names, else the
// main heading, made focusable without becoming a Tab stop; a focus already set on the page is left alone.
import assert from "node:assert/strict";
import { test } from "node:test";

import { MAIN_HEADING, focusEachSwap, focusSwappedPage, focusTarget } from "../../docs/assets/javascripts/page-focus.js";

/** @param {string} name @param {number} [tabIndex] -1 for an element that is not focusable by itself */
function element(name, tabIndex = -1) {
  /** @type {Map<string, string>} */
  const attributes = new Map();
  return {
    name,
    tabIndex,
    /** @type {unknown[]} */
    focused: [],
    /** @param {string} key */
    hasAttribute: (key) => attributes.has(key),
    /** @param {string} key @param {string} value */
    setAttribute: (key, value) => void attributes.set(key, value),
    /** @param {string} key */
    attribute: (key) => attributes.get(key),
    /** @param {{preventScroll?: boolean}} [options] */
    focus(options) {
      this.focused.push(options);
    },
  };
}

/** A page with a main heading and a heading of id "second-step" (the fragment's). */
function page() {
  const heading = element("h1");
  const named = element("h2#second-step");
  const body = {};
  const doc = {
    /** @type {unknown} */
    activeElement: body,
    body,
    /** @param {string} id */
    getElementById: (id) => (id === "second-step" ? named : null),
    /** @param {string} selector */
    querySelector: (selector) => (selector === MAIN_HEADING ? heading : null),
  };
  return { doc, heading, named };
}

test("the fragment's element, else the main heading, is the page's place to start", () => {
  const { doc, heading, named } = page();
  assert.equal(focusTarget(doc, "#second-step"), named);
  assert.equal(focusTarget(doc, "#second%2Dstep"), named, "percent-encoded");
  assert.equal(focusTarget(doc, "#no-such-id"), heading);
  assert.equal(focusTarget(doc, "#%E0%A4%A"), heading, "not valid percent-encoding: read as it stands, not found");
  assert.equal(focusTarget(doc, ""), heading);
  assert.equal(focusTarget(doc, "#"), heading);
});

test("the focus left on <body> goes to the heading, focusable without a Tab stop, and nothing scrolls", () => {
  const { doc, heading } = page();
  assert.equal(focusSwappedPage(doc, ""), true);
  assert.equal(heading.attribute("tabindex"), "-1");
  assert.deepEqual(heading.focused, [{ preventScroll: true }]);
  const { doc: none, heading: gone } = page();
  none.activeElement = null; // no element focused at all
  assert.equal(focusSwappedPage(none, ""), true);
  assert.equal(gone.focused.length, 1);
});

test("a control the fragment names keeps its place in the Tab order", () => {
  const radio = element("input", 0);
  const doc = { activeElement: null, body: {}, getElementById: () => radio, querySelector: () => null };
  assert.equal(focusSwappedPage(doc, "#sw-failure_mode-outages"), true);
  assert.equal(radio.hasAttribute("tabindex"), false);
  assert.equal(radio.focused.length, 1);
});

test("an element that has a tabindex keeps it", () => {
  const { doc, named } = page();
  named.setAttribute("tabindex", "0");
  focusSwappedPage(doc, "#second-step");
  assert.equal(named.attribute("tabindex"), "0");
  assert.equal(named.focused.length, 1);
});

test("a focus the page's own script set is left alone; a page with nothing to focus is left as it is", () => {
  const { doc, heading } = page();
  doc.activeElement = element("input");
  assert.equal(focusSwappedPage(doc, ""), false);
  assert.equal(heading.focused.length, 0);
  const bare = { activeElement: null, body: {}, getElementById: () => null, querySelector: () => null };
  assert.equal(focusSwappedPage(bare, ""), false);
});

test("every page view but the first (the page as loaded) moves the focus, a frame after the swap", () => {
  const { doc, heading } = page();
  /** @type {(() => void)[]} */
  const views = [];
  /** @type {(() => void)[]} */
  const frames = [];
  /** @type {(() => void)[]} */
  const pops = [];
  const views$ = { subscribe: (/** @type {() => void} */ next) => views.push(next) };
  const pops$ = { subscribe: (/** @type {() => void} */ next) => pops.push(next) };
  const where = { hash: "", pathname: "/technical/" };
  focusEachSwap(views$, doc, where, (callback) => frames.push(callback), pops$);
  const [view] = views;
  const [pop] = pops;
  assert.ok(view && pop);
  view(); // the page as loaded, replayed to a new subscriber
  assert.equal(frames.length, 0);
  view(); // a page swapped in
  assert.equal(heading.focused.length, 0, "not before the frame: the page's own script runs first");
  frames.forEach((frame) => frame());
  assert.equal(heading.focused.length, 1);
  where.pathname = "/sequencing/";
  pop(); // Back or Forward: Material puts the page back at the reader's offset
  view();
  assert.equal(frames.length, 1, "no focus after a history traversal");
  where.pathname = "/user/";
  view(); // the next link followed
  assert.equal(frames.length, 2);
  pop(); // a jump within /user/ (a heading's link): no page swapped in
  where.pathname = "/process/";
  view(); // then a link to another page
  assert.equal(frames.length, 3, "a jump within a page is no traversal to the next page");
});
