// Module worker: boots the self-hosted Pyodide once, installs the engine wheel (no micropip, no
// network beyond this site), then answers {id, command, payload} requests through decision_engine.bridge.
// Messages out: {type: "progress", stage, loaded, total}, {type: "ready", version},
// {type: "reply", id, json} (the bridge's JSON string, untouched), {type: "fatal", message}.

let bridgeHandle = null; // decision_engine.bridge.handle, once the engine is installed
let booting = null;

const post = (message) => self.postMessage(message);

// Report download progress for the large runtime files by counting the bytes of every response body
// Pyodide fetches. Headers (Content-Type: application/wasm included) are passed through untouched.
const downloads = new Map(); // url -> {loaded, total}
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
// Count the bytes on a clone and hand Pyodide the original response: Chromium caches compiled
// WebAssembly only for the response it fetched, so a rebuilt Response would compile 9.6 MB on every visit.
async function countBytes(response, entry) {
  const reader = response.body.getReader();
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

const realFetch = self.fetch.bind(self);
self.fetch = async (input, init) => {
  const response = await realFetch(input, init);
  if (!response.ok) {
    throw new Error(`could not download ${response.url} (HTTP ${response.status})`);
  }
  if (response.body) {
    const entry = { loaded: 0, total: Number(response.headers.get("Content-Length")) || 0, done: false };
    downloads.set(response.url, entry);
    countBytes(response.clone(), entry).catch(() => {}); // a failed body fails Pyodide's own read too
  }
  return response;
};

async function boot({ runtimeUrl, wheelUrl }) {
  if (typeof WebAssembly !== "object") {
    throw new Error("this browser has WebAssembly turned off or unavailable");
  }
  post({ type: "progress", stage: "downloading", loaded: 0, total: 0 });
  const { loadPyodide } = await import(new URL("pyodide.mjs", runtimeUrl).href);
  const wheelPromise = fetch(wheelUrl).then((r) => r.arrayBuffer());
  const pyodide = await loadPyodide({
    indexURL: runtimeUrl,
    // Keep Python's own output off the console: the page reports state itself.
    stdout: () => {},
    stderr: (line) => console.warn(`[engine] ${line}`),
  });
  post({ type: "progress", stage: "installing" });
  const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
  pyodide.unpackArchive(new Uint8Array(await wheelPromise), "wheel", { extractDir: sitePackages });
  const bridge = pyodide.pyimport("decision_engine.bridge");
  bridgeHandle = bridge.handle;
  const version = JSON.parse(bridgeHandle(JSON.stringify({ command: "version", payload: {} })));
  if (!version.ok) throw new Error(version.error.message);
  return version.result;
}

// Pyodide's loader leaves some failures (a download that fails, a wasm served with the wrong type) as
// unhandled rejections and then waits forever: report them as the boot failure they are.
self.addEventListener("unhandledrejection", (event) => {
  event.preventDefault();
  const reason = event.reason;
  post({ type: "fatal", message: String(reason && reason.message ? reason.message : reason) });
});

self.onmessage = async (event) => {
  const { id, command, payload } = event.data;
  if (command === "init") {
    booting ??= boot(payload);
    try {
      post({ type: "ready", version: await booting });
    } catch (error) {
      post({ type: "fatal", message: String(error && error.message ? error.message : error) });
    }
    return;
  }
  if (!bridgeHandle) {
    post({ type: "reply", id, json: JSON.stringify({ ok: false, error: { type: "NotReady", message: "the engine is still starting" } }) });
    return;
  }
  // Only a command name and JSON cross into Python, never source code.
  post({ type: "reply", id, json: bridgeHandle(JSON.stringify({ command, payload })) });
};
