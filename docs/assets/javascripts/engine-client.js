// The decision engine's client on the main thread: one module Web Worker per visit, shared by every
// page view (Material's instant navigation keeps this script alive, so coming back to the tool reuses
// the running engine). Requests carry an id; replies are matched by it.
(() => {
  "use strict";
  // The questionnaire's markup loads this script early, and Material runs a page's scripts again on
  // every instant navigation to it: one client, one worker per visit.
  if (window.scaleWhatEngine) return;

  const DEFAULT_WATCHDOG_MS = 60_000; // no progress for this long counts as a failure (slow links too)

  const listeners = new Set();
  const pending = new Map(); // id -> {resolve, reject}
  let worker = null;
  let nextId = 1;
  let watchdog = null;
  let state = { stage: "idle" };

  function setState(next) {
    state = next;
    for (const listener of listeners) listener(state);
  }

  function watchdogMs() {
    const override = Number(window.__scaleWhatWatchdogMs);
    return override > 0 ? override : DEFAULT_WATCHDOG_MS;
  }

  function kickWatchdog() {
    clearTimeout(watchdog);
    watchdog = setTimeout(() => {
      fail(`the engine made no progress for ${Math.round(watchdogMs() / 1000)} seconds`);
    }, watchdogMs());
  }

  function fail(reason) {
    clearTimeout(watchdog);
    if (worker) worker.terminate();
    worker = null;
    for (const { reject } of pending.values()) reject(new Error(reason));
    pending.clear();
    setState({ stage: "failed", reason });
  }

  function onMessage(event) {
    const message = event.data;
    switch (message.type) {
      case "progress":
        kickWatchdog();
        setState({ stage: message.stage, loaded: message.loaded, total: message.total });
        break;
      case "ready":
        clearTimeout(watchdog);
        setState({ stage: "ready", version: message.version });
        break;
      case "fatal":
        fail(message.message);
        break;
      case "reply": {
        const waiter = pending.get(message.id);
        pending.delete(message.id);
        if (waiter) waiter.resolve(message.json);
        break;
      }
    }
  }

  // Start the engine once, from the questionnaire's root element (its data attributes name the worker,
  // the runtime and the wheel, relative to the page); later calls (another page view) only return the
  // current state. After a failure the engine stays stopped until retry(): the reader decides when to
  // download again.
  function start(root) {
    if (worker || state.stage === "ready" || state.stage === "failed") return state;
    if (typeof WebAssembly !== "object") {
      fail("this browser has WebAssembly turned off or unavailable");
      return state;
    }
    const url = (name) => new URL(root.dataset[name], location.href).href;
    try {
      worker = new Worker(url("worker"), { type: "module", name: "scale-what-engine" });
    } catch (error) {
      fail(`the browser could not start a Web Worker (${error.message})`);
      return state;
    }
    worker.addEventListener("message", onMessage);
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      fail(`the engine crashed (${event.message || "worker error"})`);
    });
    worker.addEventListener("messageerror", () => fail("the engine sent a message that could not be read"));
    kickWatchdog();
    performance.mark("engine-start");
    setState({ stage: "downloading", loaded: 0, total: 0 });
    worker.postMessage({ id: 0, command: "init", payload: { runtimeUrl: url("runtime"), wheelUrl: url("wheel") } });
    return state;
  }

  // Send a command to the bridge; resolves with the bridge's JSON string.
  function request(command, payload = {}) {
    if (!worker || state.stage !== "ready") {
      return Promise.reject(new Error("the engine is not ready"));
    }
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, command, payload });
    });
  }

  function subscribe(listener) {
    listeners.add(listener);
    listener(state);
    return () => listeners.delete(listener);
  }

  // Start at once. The questionnaire's markup also loads this script (async) right after its root
  // element, so it usually runs before Material's bundle is evaluated and the download overlaps the
  // page's start-up. tool-page.js's own start() is then a no-op.
  // With Save-Data on, tool-page.js waits for the first answer instead.
  const root = document.getElementById("sw-tool");
  const saveData = Boolean(navigator.connection && navigator.connection.saveData);
  if (root && !saveData) start(root);

  window.scaleWhatEngine = Object.freeze({
    start,
    request,
    subscribe,
    fail,
    // Data saver: hold the download until the reader answers (the page calls start() then).
    wait() {
      if (state.stage === "idle") setState({ stage: "waiting" });
    },
    // Drop a failed or stuck engine; the page then calls start() again.
    retry() {
      clearTimeout(watchdog);
      if (worker) worker.terminate();
      worker = null;
      pending.clear();
      setState({ stage: "idle" });
    },
    get state() {
      return state;
    },
  });
})();
