// offline.js, the page's side of the site's service worker: it registers sw.js, and asks the worker to keep the
// questionnaire without JavaScript where the page may need it offline. A fake navigator.serviceWorker stands in for
// the browser's; each case imports its own copy of the module (it reads the navigator when it is evaluated).
import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { setTimeout as tick } from "node:timers/promises";

const globals = /** @type {{livereload?: unknown, document?: unknown, document$?: unknown, addEventListener?: unknown}} */ (
  globalThis
);

/**
 * A page's document as offline.js reads it, loaded: the questionnaire's markup holds #sw-tool, a guide page's does
 * not. ``shown.questionnaire`` can change, as Material's instant navigation swaps the page.
 * @param {boolean} questionnaire
 */
function page(questionnaire) {
  const shown = { questionnaire };
  const document = {
    readyState: "complete",
    getElementById: (/** @type {string} */ id) => (shown.questionnaire && id === "sw-tool" ? {} : null),
  };
  return { document, shown };
}

/** Material's document$ (each page it shows): the current one on subscribing, then each one ``show`` shows. */
function pagesShown() {
  /** @type {(() => void)[]} */
  const watchers = [];
  const subject = {
    subscribe: (/** @type {() => void} */ next) => {
      watchers.push(next);
      next();
    },
  };
  return { subject, show: () => watchers.forEach((next) => next()) };
}

/**
 * The fake service worker container, and what the page asked of it.
 * @param {{active?: boolean, refuse?: boolean}} [how] no active worker once ready; registration refused
 */
function fakeWorkers({ active = true, refuse = false } = {}) {
  /** @type {unknown[]} */
  const posted = [];
  /** @type {string[]} */
  const registered = [];
  const worker = { postMessage: (/** @type {unknown} */ message) => posted.push(message) };
  /** @type {(() => void)[]} */
  const takeovers = [];
  const container = {
    controller: worker,
    addEventListener: (/** @type {string} */ type, /** @type {() => void} */ listener) => {
      if (type === "controllerchange") takeovers.push(listener);
    },
    register: async (/** @type {URL} */ url) => {
      registered.push(url.pathname);
      if (refuse) throw new Error("refused");
      return {};
    },
    getRegistrations: async () => [],
    ready: Promise.resolve({ active: active ? worker : null }),
  };
  /** A new build's worker takes over the page. */
  const takeOver = () => takeovers.forEach((listener) => listener());
  return { container, posted, registered, takeOver };
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
  const module = await import(`../../docs/assets/javascripts/offline.js?copy=${copies}`);
  await tick(0);
  return module;
}

afterEach(() => {
  delete globals.livereload;
  delete globals.document;
  delete globals.document$;
  delete globals.addEventListener;
});

const SW = new URL("../../docs/sw.js", import.meta.url).pathname; // the site's root, beside the pages

test("a guide page registers sw.js and asks it to keep the steps unless it holds the engine", async () => {
  globals.document = page(false).document;
  const { container, posted, registered } = fakeWorkers();
  const offline = await load(container);
  assert.equal(offline.offlineCopy(), true);
  assert.deepEqual(registered, [SW]);
  assert.deepEqual(posted, [{ type: "keep-steps-unless-engine" }]);
});

test("the questionnaire asks only once its engine cannot run, not as it loads (its early start skipped or not)", async () => {
  globals.document = page(true).document;
  const { container, posted } = fakeWorkers();
  const offline = await load(container);
  assert.deepEqual(posted, []);
  offline.keepStepsOffline();
  await tick(0);
  assert.deepEqual(posted, [{ type: "keep-steps" }]);
});

test("under mkdocs serve (live reload) nothing is registered and nothing is asked", async () => {
  const { container, posted, registered } = fakeWorkers();
  globals.livereload = () => {};
  const offline = await load(container);
  offline.keepStepsOffline();
  await tick(0);
  assert.equal(offline.offlineCopy(), false);
  assert.deepEqual([registered, posted], [[], []]);
});

test("a registration refused is said on the console; no active worker, or none at all, is asked nothing", async () => {
  /** @type {unknown[]} */
  const warned = [];
  const warn = console.warn;
  console.warn = (/** @type {unknown} */ text) => warned.push(text);
  try {
    const refused = fakeWorkers({ refuse: true });
    await load(refused.container);
    assert.match(String(warned[0]), /The site's offline copy is not available: refused/);
    const inactive = fakeWorkers({ active: false });
    (await load(inactive.container)).keepStepsOffline();
    await tick(0);
    assert.deepEqual(inactive.posted, []);
    const none = await load(undefined);
    assert.equal(none.offlineCopy(), false);
    none.keepStepsOffline();
  } finally {
    console.warn = warn;
  }
});

test("after the questionnaire, a guide page shown by instant navigation asks for the steps", async () => {
  // A Save-Data reader who opened the questionnaire and never answered: its engine never downloaded.
  const { document, shown } = page(true);
  const pages = pagesShown();
  globals.document = document;
  globals.document$ = pages.subject;
  const { container, posted } = fakeWorkers();
  await load(container);
  assert.deepEqual(posted, []);
  shown.questionnaire = false;
  pages.show();
  await tick(0);
  assert.deepEqual(posted, [{ type: "keep-steps-unless-engine" }]);
});

test("before the page has loaded, the page is looked at on its load event", async () => {
  const { document } = page(false);
  /** @type {(() => void)[]} */
  const onLoad = [];
  globals.document = { ...document, readyState: "interactive" };
  globals.addEventListener = (/** @type {string} */ type, /** @type {() => void} */ listener) => {
    if (type === "load") onLoad.push(listener);
  };
  const { container, posted } = fakeWorkers();
  await load(container);
  assert.deepEqual(posted, []);
  onLoad.forEach((listener) => listener());
  await tick(0);
  assert.deepEqual(posted, [{ type: "keep-steps-unless-engine" }]);
});

test("a new build's worker that takes over is asked again for what the page last asked", async () => {
  globals.document = page(true).document;
  const { container, posted, takeOver } = fakeWorkers();
  const offline = await load(container);
  takeOver();
  assert.deepEqual(posted, [], "nothing asked, nothing asked again");
  offline.keepStepsOffline();
  await tick(0);
  takeOver();
  assert.deepEqual(posted, [{ type: "keep-steps" }, { type: "keep-steps" }]);
});
