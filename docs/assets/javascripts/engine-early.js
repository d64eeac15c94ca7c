// Starts the engine's worker as soon as the parser reaches the questionnaire, before Material's bundle is evaluated
// (it holds the main thread for ~100 ms on every load) and without waiting for a script file: the build writes
// this file's text inline right inside the tool's root element (tool_render.py; the site's Content-Security-Policy
// lists its hash). engine-client.js adopts the worker, with the messages it sent meanwhile, when it loads; it
// starts the worker itself where this did not (Save-Data, no Worker) and after a retry. Material's instant
// navigation runs this again on each visit to the page: the worker is started once per document. The runtime is
// kept for the site's service worker wherever one can be registered (offline.js); under `mkdocs serve`, which
// registers none, it goes to a cache no one reads.
// A classic script: an inline module would wait for the whole page to be parsed. No blank line: the build places it
// in a raw HTML block of a Markdown page, which a blank line would end.
(() => {
  /** @typedef {import("./engine-client.js").EarlyEngine} EarlyEngine */
  /** @typedef {import("./engine-start.js").StartSettings} StartSettings */
  const global = /** @type {{scaleWhatEarlyEngine?: EarlyEngine}} */ (/** @type {unknown} */ (window));
  const root = document.currentScript?.parentElement;
  const connection = /** @type {{connection?: {saveData?: boolean}}} */ (navigator).connection;
  if (global.scaleWhatEarlyEngine || !root || connection?.saveData) return;
  if (typeof Worker !== "function" || typeof WebAssembly !== "object") return;
  /** @param {string | undefined} path */
  const url = (path) => new URL(path ?? "", location.href).href;
  /** @type {Event[]} */
  const events = [];
  /** @param {Event} event */
  const keep = (event) => events.push(event);
  const types = ["message", "error", "messageerror"];
  /** @type {StartSettings} */
  const settings = {
    runtimeUrl: url(root.dataset.runtime),
    wheelUrl: url(root.dataset.wheel),
    keepRuntime: "serviceWorker" in navigator,
  };
  // The worker boots with these settings, in its name, as soon as its script runs (engine-start.js's workerName).
  const params = new URLSearchParams({
    runtime: settings.runtimeUrl,
    wheel: settings.wheelUrl,
    keep: settings.keepRuntime ? "1" : "0",
  });
  /** @type {Worker} */
  let worker;
  try {
    worker = new Worker(url(root.dataset.worker), { type: "module", name: `scale-what-engine?${params}` });
  } catch {
    return; // engine-client.js tries again and names the failure
  }
  for (const type of types) worker.addEventListener(type, keep);
  const stop = () => types.forEach((type) => worker.removeEventListener(type, keep));
  global.scaleWhatEarlyEngine = { worker, urls: settings, events, stop, startTime: performance.now() };
})();
