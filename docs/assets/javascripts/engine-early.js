// Starts the engine's worker from the top of the questionnaire page's <head>, before the body is parsed and
// Material's bundle is evaluated (it holds the main thread for ~100 ms on every load), and without waiting for a
// script file: the build writes this file's text inline, with the addresses as the element's data attributes
// (templates/tool/early-engine.html; the site's Content-Security-Policy lists its hash). A worker started later
// waited for the busy main thread to start it. engine-client.js adopts the worker, with the messages it sent
// meanwhile, when it loads; it starts the worker itself where this did not run (Save-Data, no Worker, a visit by
// Material's instant navigation, which swaps the body only) and after a retry. The runtime is kept for the site's
// service worker wherever one can be registered (offline.js); under `mkdocs serve`, which registers none, it goes to
// a cache no one reads.
// A classic script: an inline module would wait for the whole page to be parsed. No blank line (tool_render.py
// refuses one).
(() => {
  /** @typedef {import("./engine-client.js").EarlyEngine} EarlyEngine */
  /** @typedef {import("./engine-start.js").StartSettings} StartSettings */
  const global = /** @type {{scaleWhatEarlyEngine?: EarlyEngine}} */ (/** @type {unknown} */ (window));
  const source = document.currentScript;
  const connection = /** @type {{connection?: {saveData?: boolean}}} */ (navigator).connection;
  if (global.scaleWhatEarlyEngine || !source || connection?.saveData) return;
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
    runtimeUrl: url(source.dataset.runtime),
    wheelUrl: url(source.dataset.wheel),
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
    worker = new Worker(url(source.dataset.worker), { type: "module", name: `scale-what-engine?${params}` });
  } catch {
    return; // engine-client.js tries again and names the failure
  }
  for (const type of types) worker.addEventListener(type, keep);
  const stop = () => types.forEach((type) => worker.removeEventListener(type, keep));
  global.scaleWhatEarlyEngine = { worker, urls: settings, events, stop, startTime: performance.now() };
})();
