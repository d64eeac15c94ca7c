// The questionnaire's watch for modules that never mounted it (mount-watch.js, written inline after its notice), run
// in Node as the page runs it: on a full load (after the load event) and on a visit by instant navigation (the page
// loaded already).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import vm from "node:vm";

const SOURCE = readFileSync(new URL("../../docs/assets/javascripts/mount-watch.js", import.meta.url), "utf8");

/** An element as the watch reads one: its attributes and whether it is hidden. */
class FakeNode {
  hidden = true;
  /** @type {Record<string, string>} */
  dataset = {};
  /** @type {Map<string, string>} */
  attributes = new Map();
  /** @param {string} name */
  hasAttribute(name) {
    return this.attributes.has(name);
  }
  /**
   * @param {string} name
   * @param {string} value
   */
  setAttribute(name, value) {
    this.attributes.set(name, value);
  }
}

/**
 * Run the watch on a page whose tool is (or is not) mounted.
 * @param {{mounted: boolean, loaded: boolean}} page
 */
function runWatch({ mounted, loaded }) {
  const root = new FakeNode();
  const notice = new FakeNode();
  notice.dataset.root = "sw-tool";
  if (mounted) root.setAttribute("data-mounted", "");
  const elements = new Map([["sw-tool", root]]);
  /** @type {Map<string, () => void>} */
  const listeners = new Map();
  /** @type {Array<[() => void, number]>} */
  const timers = [];
  vm.runInNewContext(SOURCE, {
    document: {
      readyState: loaded ? "complete" : "interactive",
      currentScript: { previousElementSibling: notice }, // the notice, right before the script
      getElementById: (/** @type {string} */ id) => elements.get(id) ?? null,
    },
    addEventListener: (/** @type {string} */ type, /** @type {() => void} */ listener) => listeners.set(type, listener),
    setTimeout: (/** @type {() => void} */ run, /** @type {number} */ ms) => timers.push([run, ms]),
    HTMLElement: FakeNode,
  });
  return { root, notice, listeners, timers };
}

test("some seconds after the load, a questionnaire its modules never mounted shows the notice and is marked", () => {
  const { root, notice, listeners, timers } = runWatch({ mounted: false, loaded: false });
  assert.equal(timers.length, 0, "nothing before the load event");
  listeners.get("load")?.();
  const [run, ms] = timers[0] ?? [];
  assert.ok(run && ms !== undefined && ms >= 2000, "a grace of seconds after the load");
  run();
  assert.equal(notice.hidden, false);
  assert.equal(root.attributes.get("data-scripts"), "failed");
});

test("swapped in by instant navigation (the page loaded already), the watch starts at once", () => {
  const { notice, listeners, timers } = runWatch({ mounted: false, loaded: true });
  assert.equal(listeners.size, 0);
  timers[0]?.[0]();
  assert.equal(notice.hidden, false);
});

test("a mounted questionnaire keeps the notice hidden and is not marked", () => {
  const { root, notice, timers } = runWatch({ mounted: true, loaded: true });
  timers[0]?.[0]();
  assert.equal(notice.hidden, true);
  assert.equal(root.hasAttribute("data-scripts"), false);
});
