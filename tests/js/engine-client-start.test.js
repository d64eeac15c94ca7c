// The engine client's start-up: taking over the worker engine-early.js started (with what it said meanwhile), and
// the state it shows whatever order the worker's messages arrive in. A fake Worker stands in for the browser's.
import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { setTimeout as tick } from "node:timers/promises";

import { afterPageStartUp, current, retry, runsAnotherBuild, start } from "../../docs/assets/javascripts/engine-client.js";
import { startSettings } from "../../docs/assets/javascripts/engine-start.js";
import { fakeWorkers } from "./workers.js";

/** @typedef {import("../../docs/assets/javascripts/engine-client.js").EarlyEngine} EarlyEngine */
/** @typedef {import("../../docs/assets/javascripts/engine-client.js").WorkerMessage} WorkerMessage */

/** Every fake worker made, in order. */
const { made, FakeWorker } = /** @type {typeof fakeWorkers<WorkerMessage>} */ (fakeWorkers)();
/** @typedef {InstanceType<typeof FakeWorker>} FakeWorker */

const globals = /** @type {{Worker?: unknown, scaleWhatEarlyEngine?: EarlyEngine}} */ (/** @type {unknown} */ (globalThis));
globals.Worker = FakeWorker;

const URLS = {
  worker: "https://example.org/assets/javascripts/engine-worker.js",
  runtime: "https://example.org/assets/pyodide/314.0.7/",
  wheel: "https://example.org/assets/pyodide/314.0.7/e.whl?v=0123456789abcdef",
};
const VERSION = { engine: "0.1.0", python: "3.14.2" };

/**
 * A worker as engine-early.js leaves it: started with its settings, the events it heard kept.
 * @param {Event[]} events
 * @param {string} [runtime]
 */
function earlyEngine(events, runtime = URLS.runtime) {
  const worker = new FakeWorker(URLS.worker);
  const settings = { runtimeUrl: runtime, wheelUrl: URLS.wheel, keepRuntime: true };
  /** @type {EarlyEngine & {stopped: boolean}} */
  const early = { worker: /** @type {Worker} */ (/** @type {unknown} */ (worker)), urls: settings, events, stopped: false, startTime: 12.5, stop() {} };
  early.stop = () => {
    early.stopped = true;
  };
  globals.scaleWhatEarlyEngine = early;
  return { worker, early };
}

/** @param {WorkerMessage} data */
const message = (data) => new MessageEvent("message", { data });

afterEach(() => {
  retry();
  delete globals.scaleWhatEarlyEngine;
  made.length = 0;
});

test("the worker engine-early.js started is taken over, with the messages it sent before the client listened", () => {
  const { worker, early } = earlyEngine([
    message({ type: "progress", stage: "downloading", loaded: 10, total: 100, compressed: true }),
    message({ type: "ready", version: VERSION, boot: "snapshot", why: "kept snapshot" }),
  ]);
  assert.deepEqual(start(URLS), { stage: "ready", version: VERSION });
  assert.equal(made.length, 1, "no second worker");
  assert.equal(worker.posted.length, 0, "the worker is sent nothing: its settings are in its name");
  assert.equal(early.stopped, true);
  assert.equal(early.adopted, true);
});

test("an error the early worker reported before the client listened is the engine's failure", () => {
  const error = Object.assign(new Event("error", { cancelable: true }), { message: "SyntaxError in engine-worker.js" });
  earlyEngine([error]);
  const state = start(URLS);
  assert.deepEqual(state, { stage: "failed", failure: { code: "crashed", detail: "SyntaxError in engine-worker.js" } });
  assert.equal(error.defaultPrevented, true);
});

test("messages after the take-over go on to the client, and a word about the start-up after ready is ignored", () => {
  const { worker } = earlyEngine([]);
  start(URLS);
  worker.say({ type: "progress", stage: "starting" });
  assert.equal(current().stage, "starting");
  worker.say({ type: "ready", version: VERSION, boot: "plain", why: "no snapshot kept" });
  worker.say({ type: "progress", stage: "starting" }); // a download counted after the engine answered
  worker.say({ type: "progress", stage: "downloading", loaded: 5, total: 5, compressed: false });
  assert.deepEqual(current(), { stage: "ready", version: VERSION });
});

test("a worker started for another runtime is stopped, and the client starts its own", () => {
  const { worker } = earlyEngine([], "https://example.org/assets/pyodide/0.0.1/");
  start(URLS);
  assert.equal(worker.terminated, true);
  assert.equal(made.length, 2);
  const own = /** @type {FakeWorker} */ (made[1]);
  // (Afresh or not: each test before it ended with retry().)
  const { afresh: _, ...settings } = startSettings(own.name) ?? {};
  assert.deepEqual(settings, { runtimeUrl: URLS.runtime, wheelUrl: URLS.wheel, keepRuntime: false });
  assert.equal(own.url, URLS.worker);
  assert.deepEqual(own.posted, [], "no start-up message");
});

test("without an early worker the client starts one, records it, and a later start finds it taken over", () => {
  start(URLS);
  assert.equal(made.length, 1);
  const record = globals.scaleWhatEarlyEngine;
  assert.equal(record?.adopted, true, "engine-early.js, run again by instant navigation, starts none");
  assert.equal(record?.worker, made[0]);
  retry();
  start(URLS);
  assert.equal(made.length, 2, "after a retry the client starts a new worker itself");
  assert.equal((/** @type {FakeWorker} */ (made[0])).terminated, true);
  assert.equal(startSettings((/** @type {FakeWorker} */ (made[1])).name)?.afresh, undefined, "nothing had failed");
});

test("a retry after a failure a file may be behind starts afresh, past the copies this browser keeps; others not", () => {
  for (const [code, afresh] of /** @type {const} */ ([["damaged", true], ["download", true], ["crashed", true], ["stalled", true], ["timeout", undefined], ["engine-error", undefined]])) {
    start(URLS);
    const worker = /** @type {FakeWorker} */ (made.at(-1));
    worker.say({ type: "fatal", failure: { code, detail: "" } });
    assert.equal(current().stage, "failed");
    retry();
    start(URLS);
    assert.equal(startSettings((/** @type {FakeWorker} */ (made.at(-1))).name)?.afresh, afresh, code);
    retry();
  }
});

test("once the page has started up, the worker is told so (its first-visit boot waits for that), once", async () => {
  const { worker } = earlyEngine([]);
  start(URLS);
  assert.deepEqual(worker.posted, [], "not during the start-up itself");
  await tick(0);
  assert.deepEqual(worker.posted, [{ type: "page-started" }]);
  start(URLS); // another page view: the same worker, told nothing more
  await tick(0);
  assert.deepEqual(worker.posted, [{ type: "page-started" }]);
});

test("a worker started after a retry is told at once that the page has started", async () => {
  start(URLS);
  retry();
  start(URLS);
  await tick(0);
  assert.deepEqual((/** @type {FakeWorker} */ (made[1])).posted, [{ type: "page-started" }]);
});

test("the page has started up after its load event, not before", async () => {
  const page = /** @type {{document?: unknown, addEventListener?: unknown}} */ (/** @type {unknown} */ (globalThis));
  const window = new EventTarget();
  page.document = { readyState: "loading" };
  page.addEventListener = window.addEventListener.bind(window);
  try {
    let told = 0;
    afterPageStartUp(() => {
      told += 1;
    });
    await tick(5);
    assert.equal(told, 0, "still loading");
    window.dispatchEvent(new Event("load"));
    assert.equal(told, 0, "in a task of its own, after the load event's handlers");
    await tick(0);
    assert.equal(told, 1);
    window.dispatchEvent(new Event("load"));
    await tick(0);
    assert.equal(told, 1, "once");
  } finally {
    delete page.document;
    delete page.addEventListener;
  }
});

test("a page of another build is told from this one by the addresses its engine was started for", () => {
  assert.equal(runsAnotherBuild(URLS), false, "no engine started: any page may start one");
  start(URLS);
  assert.equal(runsAnotherBuild(URLS), false);
  assert.equal(runsAnotherBuild({ ...URLS, wheel: URLS.wheel.replace("0123456789abcdef", "fedcba9876543210") }), true);
  assert.equal(runsAnotherBuild({ ...URLS, worker: URLS.worker.replace(".js", ".0a1b2c3d.min.js") }), true);
  assert.equal(runsAnotherBuild({ ...URLS, runtime: "https://example.org/assets/pyodide/314.0.8/" }), true);
  retry();
  assert.equal(runsAnotherBuild({ ...URLS, runtime: "https://example.org/assets/pyodide/314.0.8/" }), false, "none runs");
});
