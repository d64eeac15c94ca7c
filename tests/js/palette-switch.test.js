import assert from "node:assert/strict";
import { test } from "node:test";

import { ATTRIBUTE, PALETTE, install, transitionHolder } from "../../docs/assets/javascripts/palette-switch.js";

/** An element stand-in (<html>) that records its attribute changes, in order. */
function fakeRoot() {
  /** @type {string[]} */
  const log = [];
  const attributes = new Map();
  return {
    log,
    attributes,
    setAttribute: (/** @type {string} */ name, /** @type {string} */ value) => {
      log.push(`set ${name}`);
      attributes.set(name, value);
    },
    removeAttribute: (/** @type {string} */ name) => {
      log.push(`remove ${name}`);
      attributes.delete(name);
    },
  };
}

/** Frames run by hand: ``next()`` runs the callbacks queued for the next frame. */
function frames() {
  /** @type {(() => void)[]} */
  let queued = [];
  return {
    frame: (/** @type {() => void} */ callback) => queued.push(callback),
    next() {
      const now = queued;
      queued = [];
      for (const callback of now) callback();
    },
  };
}

/**
 * A change event whose target is (or is not) inside the palette.
 * @param {boolean} inPalette
 */
function changeEvent(inPalette) {
  const event = new Event("change");
  const closest = (/** @type {string} */ selector) => (inPalette && selector === PALETTE ? {} : null);
  Object.defineProperty(event, "target", { value: { closest } });
  return event;
}

test("transitions stay off for the frame that draws the new colours and come back on the next", () => {
  const body = fakeRoot();
  const clock = frames();
  transitionHolder(body, clock.frame)();
  assert.equal(body.attributes.get(ATTRIBUTE), "");
  clock.next(); // the frame that draws the new colours
  assert.equal(body.attributes.has(ATTRIBUTE), true);
  clock.next();
  assert.equal(body.attributes.has(ATTRIBUTE), false);
  assert.deepEqual(body.log, [`set ${ATTRIBUTE}`, `remove ${ATTRIBUTE}`]);
});

test("a second switch within the first one's frames keeps transitions off for its own two frames", () => {
  const root = fakeRoot();
  const clock = frames();
  const hold = transitionHolder(root, clock.frame);
  hold();
  clock.next();
  hold(); // the reader switches back before the first switch's second frame
  clock.next(); // the first switch's second frame: the second switch is still being drawn
  assert.equal(root.attributes.has(ATTRIBUTE), true);
  clock.next();
  assert.equal(root.attributes.has(ATTRIBUTE), false);
  assert.deepEqual(root.log, [`set ${ATTRIBUTE}`, `set ${ATTRIBUTE}`, `remove ${ATTRIBUTE}`]);
});

test("a change inside the palette holds transitions, caught while capturing; other changes do not", () => {
  const doc = Object.assign(new EventTarget(), { documentElement: fakeRoot() });
  /** @type {AddEventListenerOptions | undefined} */
  let options;
  const add = doc.addEventListener.bind(doc);
  doc.addEventListener = (type, listener, opts) => {
    options = /** @type {AddEventListenerOptions} */ (opts);
    add(type, listener, opts);
  };
  const clock = frames();
  install(doc, clock.frame);
  assert.equal(options?.capture, true); // before Material's listener on the input applies the colours

  doc.dispatchEvent(changeEvent(false)); // an answer in the questionnaire, say
  assert.deepEqual(doc.documentElement.log, []);

  doc.dispatchEvent(changeEvent(true));
  assert.deepEqual(doc.documentElement.log, [`set ${ATTRIBUTE}`]);
  clock.next();
  clock.next();
  assert.deepEqual(doc.documentElement.log, [`set ${ATTRIBUTE}`, `remove ${ATTRIBUTE}`]);
});

test("an event without an element target is ignored", () => {
  const doc = Object.assign(new EventTarget(), { documentElement: fakeRoot() });
  install(doc, frames().frame);
  doc.dispatchEvent(new Event("change"));
  assert.deepEqual(doc.documentElement.log, []);
});
