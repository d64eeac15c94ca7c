// offline.js, the page's side of the site's service worker: it registers sw.js, and asks the worker to keep the
// questionnaire without JavaScript when the engine cannot run. A fake navigator.serviceWorker stands in for the
// browser's; each case imports its own copy of the module (it reads the navigator when it is evaluated).
import assert from "node:assert/strict";
import { test } from "node:test";
import { setTimeout as tick } from "node:timers/promises";

/** The fake service worker container, and what the page asked of it. */
function fakeWorkers() {
  /** @type {unknown[]} */
  const posted = [];
  /** @type {string[]} */
  const registered = [];
  const active = { postMessage: (/** @type {unknown} */ message) => posted.push(message) };
  const container = {
    register: async (/** @type {URL} */ url) => {
      registered.push(url.pathname);
      return {};
    },
    getRegistrations: async () => [],
    ready: Promise.resolve({ active }),
  };
  return { container, posted, registered };
}

let copies = 0;
/**
 * offline.js evaluated afresh with ``navigator.serviceWorker`` set to ``container`` (or no navigator at all).
 * @param {object | undefined} container
 * @returns {Promise<typeof import("../../docs/assets/javascripts/offline.js")>}
 */
async function load(container) {
  Object.defineProperty(globalThis, "navigator", {
    value: container ? { serviceWorker: container } : undefined,
    configurable: true,
    writable: true,
  });
  copies += 1;
  return import(`../../docs/assets/javascripts/offline.js?copy=${copies}`);
}

test("a page registers sw.js and, when asked, tells the active worker to keep the steps", async () => {
  const { container, posted, registered } = fakeWorkers();
  const offline = await load(container);
  assert.equal(offline.offlineCopy(), true);
  assert.deepEqual(registered, [new URL("../../docs/sw.js", import.meta.url).pathname], "the site's root, beside the pages");
  assert.deepEqual(posted, []);
  offline.keepStepsOffline();
  await tick(0);
  assert.deepEqual(posted, [{ type: "keep-steps" }]);
});

test("under mkdocs serve (live reload) nothing is registered and nothing is asked", async () => {
  const { container, posted, registered } = fakeWorkers();
  const globals = /** @type {{livereload?: unknown}} */ (globalThis);
  globals.livereload = () => {};
  try {
    const offline = await load(container);
    offline.keepStepsOffline();
    await tick(0);
    assert.equal(offline.offlineCopy(), false);
    assert.deepEqual([registered, posted], [[], []]);
  } finally {
    delete globals.livereload;
  }
});

test("without service workers, asking to keep the steps does nothing", async () => {
  const offline = await load(undefined);
  assert.equal(offline.offlineCopy(), false);
  assert.doesNotThrow(() => offline.keepStepsOffline());
});
