// Module worker: boots the self-hosted Pyodide once, installs the engine wheel (no micropip, no network beyond
// this site), then answers requests through decision_engine.bridge: the client's JSON text goes to Python as it is.
// Messages out (engine-client.js's WorkerMessage): {type: "progress", stage, loaded, total},
// {type: "ready", version}, {type: "reply", id, json} (the bridge's JSON string, untouched) and
// {type: "fatal", failure: {code, detail}} with code "download", "wasm-unavailable" or "crashed".

/** @typedef {import("./engine-client.js").WorkerMessage} WorkerMessage */
/** @typedef {import("./engine-client.js").ClientMessage} ClientMessage */
/** @typedef {import("./engine-client.js").Failure} Failure */
/** @typedef {import("./engine-client.js").Version} Version */
/** @typedef {{loaded: number, total: number, done: boolean}} Download */
/** @typedef {{runPython(code: string): string, unpackArchive(data: Uint8Array, format: string, options: {extractDir: string}): void, pyimport(name: string): {handle: (json: string) => string}}} Pyodide */

/** @type {((json: string) => string) | null} decision_engine.bridge.handle, once the engine is installed */
let bridgeHandle = null;
/** @type {Promise<Version> | null} */
let booting = null;
let failed = false;

/** @param {WorkerMessage} message */
const post = (message) => self.postMessage(message);

/** @param {Failure} failure */
function fatal(failure) {
  if (failed) return; // the first failure is the one to report
  failed = true;
  post({ type: "fatal", failure });
}

/** @param {unknown} error */
const describe = (error) => String(error instanceof Error ? error.message : error);

// Report download progress for the large runtime files by counting the bytes of every response body Pyodide
// fetches. Headers (Content-Type: application/wasm included) are passed through untouched.
/** @type {Map<string, Download>} */
const downloads = new Map();
const REPORT_EVERY_MS = 100; // enough for a smooth bar, without flooding the page with messages
let lastReport = 0;
function reportDownload() {
  const now = performance.now();
  if (now - lastReport < REPORT_EVERY_MS) return;
  lastReport = now;
  let loaded = 0;
  let total = 0;
  for (const entry of downloads.values()) {
    loaded += entry.loaded;
    total += entry.total;
  }
  post({ type: "progress", stage: "downloading", loaded, total });
}

// Count the bytes on a clone and hand Pyodide the original response: Chromium caches compiled WebAssembly only
// for the response it fetched, so a rebuilt Response would compile 9.6 MB on every visit.
/**
 * @param {Response} response
 * @param {Download} entry
 */
async function countBytes(response, entry) {
  const body = response.body;
  if (!body) return;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    entry.loaded += value.byteLength;
    reportDownload();
  }
  entry.done = true;
  // Once the WebAssembly runtime and everything else in flight has arrived, Python starts.
  const all = [...downloads.entries()];
  if (all.some(([url]) => url.endsWith(".wasm")) && all.every(([, e]) => e.done)) {
    post({ type: "progress", stage: "starting" });
  }
}

// A file that cannot be downloaded is reported at once, as a download failure: Pyodide's loader would
// otherwise report it in its own words, or wait forever.
const realFetch = self.fetch.bind(self);
/**
 * @param {RequestInfo | URL} input
 * @param {RequestInit} [init]
 */
async function countingFetch(input, init) {
  let response;
  try {
    response = await realFetch(input, init);
  } catch (error) {
    fatal({ code: "download", detail: describe(error) });
    throw error;
  }
  if (!response.ok) {
    fatal({ code: "download", detail: `${response.url} (HTTP ${response.status})` });
    throw new Error(`could not download ${response.url} (HTTP ${response.status})`);
  }
  if (response.body) {
    const entry = { loaded: 0, total: Number(response.headers.get("Content-Length")) || 0, done: false };
    downloads.set(response.url, entry);
    countBytes(response.clone(), entry).catch(() => {}); // a failed body fails Pyodide's own read too
  }
  return response;
}
self.fetch = countingFetch;

/**
 * @param {{runtimeUrl: string, wheelUrl: string}} urls
 * @returns {Promise<Version>}
 */
async function boot({ runtimeUrl, wheelUrl }) {
  if (typeof WebAssembly !== "object") {
    fatal({ code: "wasm-unavailable", detail: "WebAssembly is turned off or missing" });
    throw new Error("no WebAssembly");
  }
  post({ type: "progress", stage: "downloading", loaded: 0, total: 0 });
  /** @type {{loadPyodide(options: object): Promise<Pyodide>}} */
  const { loadPyodide } = await import(new URL("pyodide.mjs", runtimeUrl).href);
  const wheelPromise = fetch(wheelUrl).then((r) => r.arrayBuffer());
  const pyodide = await loadPyodide({
    indexURL: runtimeUrl,
    // Keep Python's own output off the console: the page reports state itself.
    stdout: () => {},
    stderr: (/** @type {string} */ line) => console.warn(`[engine] ${line}`),
  });
  post({ type: "progress", stage: "installing" });
  const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
  pyodide.unpackArchive(new Uint8Array(await wheelPromise), "wheel", { extractDir: sitePackages });
  const handle = pyodide.pyimport("decision_engine.bridge").handle;
  const version = JSON.parse(handle(JSON.stringify({ command: "version", payload: {} })));
  if (!version.ok) throw new Error(String(version.error?.message));
  bridgeHandle = handle;
  return version.result;
}

// Pyodide's loader leaves some failures (a download that fails, a wasm served with the wrong type) as unhandled
// rejections and then waits forever: report them as the boot failure they are.
self.addEventListener("unhandledrejection", (event) => {
  event.preventDefault();
  fatal({ code: "crashed", detail: describe(event.reason) });
});

/** @param {MessageEvent<ClientMessage>} event */
self.onmessage = async (event) => {
  const message = event.data;
  if (message.type === "init") {
    booting ??= boot(message);
    try {
      post({ type: "ready", version: await booting });
    } catch (error) {
      fatal({ code: "crashed", detail: describe(error) });
    }
    return;
  }
  const { id, json } = message;
  if (!bridgeHandle) {
    const error = { code: "not-ready", type: "NotReady", message: "the engine is still starting" };
    post({ type: "reply", id, json: JSON.stringify({ ok: false, error }) });
    return;
  }
  // Only JSON text crosses into Python, never source code.
  post({ type: "reply", id, json: bridgeHandle(json) });
};
