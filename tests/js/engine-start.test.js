// The engine worker's start-up settings, carried in its name: what the engine client and the inline engine-early.js
// write is what the worker reads, and a name without them is refused.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import vm from "node:vm";

import { startSettings, WORKER_LABEL, workerName } from "../../docs/assets/javascripts/engine-start.js";

const SETTINGS = {
  runtimeUrl: "https://example.org/guide/assets/pyodide/314.0.7/",
  // The wheel's own query (its hash) and characters a parameter must escape survive the trip.
  wheelUrl: "https://example.org/guide/assets/pyodide/314.0.7/decision_engine-0.1.0-py3-none-any.whl?v=0123abcd&x=#y",
  keepRuntime: true,
};

test("the settings written into the worker's name are the settings read from it", () => {
  for (const keepRuntime of [true, false]) {
    const name = workerName({ ...SETTINGS, keepRuntime });
    assert.ok(name.startsWith(`${WORKER_LABEL}?`), "the label comes first, as developer tools show it");
    assert.deepEqual(startSettings(name), { ...SETTINGS, keepRuntime });
  }
});

test("a retry's worker starts afresh, said in its name; any other start does not", () => {
  const name = workerName({ ...SETTINGS, afresh: true });
  assert.deepEqual(startSettings(name), { ...SETTINGS, afresh: true });
  assert.equal(workerName({ ...SETTINGS, afresh: false }), workerName(SETTINGS), "engine-early.js's name, unchanged");
  const params = new URLSearchParams(name.slice(WORKER_LABEL.length + 1));
  params.set("afresh", "yes");
  assert.deepEqual(startSettings(`${WORKER_LABEL}?${params}`), SETTINGS, "afresh only when it says 1");
});

test("a name without complete settings has none", () => {
  assert.equal(startSettings(""), null);
  assert.equal(startSettings(WORKER_LABEL), null);
  assert.equal(startSettings(`${WORKER_LABEL}?`), null);
  const full = new URLSearchParams(workerName(SETTINGS).slice(WORKER_LABEL.length + 1));
  assert.equal(startSettings(`another-worker?${full}`), null, "another worker's name");
  for (const name of ["runtime", "wheel", "keep"]) {
    const params = new URLSearchParams(full);
    params.delete(name);
    assert.equal(startSettings(`${WORKER_LABEL}?${params}`), null, `without ${name}`);
  }
  const params = new URLSearchParams(full);
  params.set("keep", "yes");
  assert.equal(startSettings(`${WORKER_LABEL}?${params}`), null, "keep is 1 or 0");
});

/** A form control of the page, as far as engine-early.js reads one. */
class FakeElement {}

/**
 * Run the inline engine-early.js as the page runs it, with its element's data attributes: the workers it started
 * and what it recorded.
 * @param {boolean} serviceWorker whether the browser has service workers
 */
function runEarlyScript(serviceWorker) {
  const source = readFileSync(new URL("../../docs/assets/javascripts/engine-early.js", import.meta.url), "utf8");
  /** @type {{url: string, options: {type?: string, name?: string}}[]} */
  const made = [];
  const script = {
    dataset: {
      worker: "../assets/javascripts/engine-worker.js",
      runtime: "../assets/pyodide/314.0.7/",
      wheel: "../assets/pyodide/314.0.7/decision_engine-0.1.0-py3-none-any.whl?v=0123abcd&x=#y",
    },
  };
  const window = {};
  const context = {
    window,
    history: { state: { x: 0, y: 5626 } },
    document: Object.assign(new EventTarget(), { currentScript: script }),
    EventTarget,
    Event,
    MessageEvent,
    Element: FakeElement,
    setTimeout: () => 0,
    clearTimeout: () => {},
    navigator: serviceWorker ? { serviceWorker: {} } : {},
    location: { href: "https://example.org/guide/tool/", search: "", hash: "", pathname: "/guide/tool/" },
    performance: { now: () => 1 },
    WebAssembly: {},
    URL,
    URLSearchParams,
    Worker: class {
      /**
       * @param {string} url
       * @param {{type?: string, name?: string}} options
       */
      constructor(url, options) {
        made.push({ url, options });
      }
      addEventListener() {}
      removeEventListener() {}
    },
  };
  vm.runInNewContext(source, context);
  const kept = /** @type {{scaleWhatEarlyEngine?: {urls: unknown}, scaleWhatEntryState?: unknown, scaleWhatTouched?: Set<string>}} */ (window);
  return { made, record: kept.scaleWhatEarlyEngine, entryState: kept.scaleWhatEntryState, touched: kept.scaleWhatTouched, document: context.document };
}

test("engine-early.js names its worker as engine-start.js does, and records the same settings", () => {
  for (const serviceWorker of [true, false]) {
    const { made, record } = runEarlyScript(serviceWorker);
    const settings = { ...SETTINGS, keepRuntime: serviceWorker };
    assert.equal(made.length, 1);
    assert.equal(made[0]?.url, "https://example.org/guide/assets/javascripts/engine-worker.js");
    assert.deepEqual({ ...made[0]?.options }, { type: "module", name: workerName(settings) });
    assert.deepEqual({ ...(/** @type {object} */ (record?.urls)) }, settings); // (made in the script's own realm)
  }
});

test("engine-early.js keeps the history entry's state as the load found it, for scroll-return.js", () => {
  const { entryState } = runEarlyScript(true);
  assert.deepEqual(entryState, { x: 0, y: 5626 });
});

test("engine-early.js notes the controls the reader changes before the page's modules run, by id and name", () => {
  const { touched, document } = runEarlyScript(true);
  assert.ok(touched);
  /**
   * @param {string} type
   * @param {{id: string, name: string | null}} control
   */
  const fire = (type, control) => {
    const event = new Event(type);
    Object.defineProperty(event, "target", { value: Object.assign(new FakeElement(), control, { getAttribute: () => control.name }) });
    document.dispatchEvent(event);
  };
  fire("change", { id: "sw-failure_mode-outages", name: "failure_mode" });
  fire("input", { id: "sw-complaint-2", name: "complaint-2" });
  fire("input", { id: "", name: null });
  assert.deepEqual([...touched].sort(), ["complaint-2", "failure_mode", "sw-complaint-2", "sw-failure_mode-outages"]);
});
