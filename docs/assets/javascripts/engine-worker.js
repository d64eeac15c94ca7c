// Module worker: boots the self-hosted Pyodide once, installs the engine wheel (no micropip, no network beyond
// this site), then answers requests through decision_engine.bridge: the client's JSON text goes to Python as it is.
// After the first plain boot it keeps a memory snapshot of Python with the engine imported (engine-snapshot.js);
// later visits boot from it in a fraction of the time, and fall back to a plain boot when it is missing, stale or
// damaged, without a word to the reader.
// Messages out (engine-client.js's WorkerMessage): {type: "progress", stage, loaded, total},
// {type: "ready", version, boot, why} (boot: "snapshot" or "plain", and why), {type: "reply", id, json} (the bridge's JSON string,
// untouched) and {type: "fatal", failure: {code, detail}}.

import {
  canKeepSnapshot,
  DamagedSnapshotError,
  dropSnapshot,
  readSnapshot,
  saveSnapshot,
  snapshotBootOptions,
  wheelIdentity,
} from "./engine-snapshot.js";
import { startSettings } from "./engine-start.js";

/** @typedef {import("./engine-client.js").WorkerMessage} WorkerMessage */
/** @typedef {import("./engine-client.js").ClientMessage} ClientMessage */
/** @typedef {import("./engine-client.js").Failure} Failure */
/** @typedef {import("./engine-client.js").Version} Version */
/** @typedef {import("./engine-start.js").StartSettings} StartSettings */
/** @typedef {{loaded: number, total: number, done: boolean, chunks: Uint8Array[] | null, type: string}} Download */
/**
 * @typedef {{runPython(code: string): string, unpackArchive(data: Uint8Array, format: string, options: {extractDir: string}): void,
 *   pyimport(name: string): {handle: (json: string) => string}, makeMemorySnapshot(): Uint8Array<ArrayBuffer>}} Pyodide
 * @typedef {(options: object) => Promise<Pyodide>} LoadPyodide
 */
/** @typedef {import("./engine-snapshot.js").CreatePyodideModule} CreatePyodideModule */

/** @type {((json: string) => string) | null} decision_engine.bridge.handle, once the engine is installed */
let bridgeHandle = null;
let failed = false;

/** @param {WorkerMessage} message */
const post = (message) => self.postMessage(message);

/** @param {Failure} failure */
function fatal(failure) {
  if (failed) return; // the first failure is the one to report
  failed = true;
  post({ type: "fatal", failure });
}

/**
 * An error's own words: its message, also where something other than an Error was thrown with one (Emscripten's
 * file system throws plain objects: "[object Object]" was all a reader saw of a damaged standard library).
 * @param {unknown} error
 */
function describe(error) {
  if (error instanceof Error) return error.message;
  if (error !== null && typeof error === "object") {
    const { message, name } = /** @type {{message?: unknown, name?: unknown}} */ (error);
    if (typeof message === "string" && message) return message;
    if (typeof name === "string" && name) return name;
  }
  return String(error);
}

/**
 * An error as the reader may see it: a Python traceback goes to the console, the reader gets its last line.
 * @param {unknown} error
 */
function readable(error) {
  const text = describe(error);
  if (!text.includes("Traceback (most recent call last)")) return text;
  console.error(`[engine] ${text}`);
  const last = text.trim().split("\n").pop() ?? "";
  return `Python stopped with ${last.split(":")[0] || "an error"}`;
}

/** The service worker's cache of the runtime (service-worker.js, same name): it serves the runtime from there. */
const RUNTIME_CACHE = "scale-what-runtime";
/** Marks a copy this browser keeps there (service-worker.js, same name): read from it, a file crossed no network. */
const KEPT_HEADER = "X-Scale-What-Kept";
/** Marks a request of a worker starting afresh (service-worker.js, same name): the network's copy, not the kept one. */
const AFRESH_HEADER = "X-Scale-What-Afresh";

// Report download progress for the large runtime files by counting the bytes of every response body Pyodide
// fetches. Headers (Content-Type: application/wasm included) are passed through untouched.
/** @type {Map<string, Download>} */
const downloads = new Map();
const REPORT_EVERY_MS = 100; // enough for a smooth bar, without flooding the page with messages
let lastReport = 0;
// The bytes counted are the files' own (a body is read decoded); whether the server compresses is said beside them,
// so the page names the size that crosses the network rather than the unpacked one (about 3.8 times larger). The
// standard library's zip (asked first) and the WebAssembly runtime, which the build always compresses, say it; no
// byte is reported before the first of them has answered.
let compressed = false;
let compressionKnown = false;
/** @param {Response} response */
function noteCompression(response) {
  if (!/\.(?:wasm|zip)$/.test(new URL(response.url).pathname)) return;
  // A copy kept in this browser (the service worker put it there as a prefetch came in) has no Content-Encoding
  // whatever the server sent: it said "0% of 14.0 MB" beside a download of 3.7 MB (a reader's review).
  if (response.headers.has(KEPT_HEADER)) return;
  compressed = response.headers.has("Content-Encoding");
  compressionKnown = true;
}
function reportDownload() {
  // Kept in this browser with the rest of the runtime (keepRuntime keeps every file): read, not downloaded, so the
  // page goes on saying the engine is starting. Or too soon: the server's compression is not known yet.
  if (precompiled || !compressionKnown) return;
  const now = performance.now();
  if (now - lastReport < REPORT_EVERY_MS) return;
  lastReport = now;
  let loaded = 0;
  let total = 0;
  for (const entry of downloads.values()) {
    loaded += entry.loaded;
    total += entry.total;
  }
  post({ type: "progress", stage: "downloading", loaded, total, compressed });
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
    entry.chunks?.push(value);
    reportDownload();
  }
  entry.done = true;
  // Once the WebAssembly runtime and everything else in flight has arrived, Python starts.
  const all = [...downloads.entries()];
  if (all.some(([url]) => url.endsWith(".wasm")) && all.every(([, e]) => e.done)) {
    post({ type: "progress", stage: "starting" });
  }
}

/** @param {string} url a file's address: the page names the file, not the whole address */
const fileName = (url) => new URL(url, self.location.href).pathname.split("/").pop() || url;

// A file that cannot be downloaded is reported at once, as a download failure naming the file (the browser's own
// words, which differ from one browser to the next, go to the console): Pyodide's loader would otherwise report it
// in its own words, or wait forever.
const realFetch = self.fetch.bind(self);
/** Whether this worker starts afresh (a retry): every file it asks for is asked of the server, past any cache. */
let afresh = false;
/**
 * A request's options, past the browser's HTTP cache and the service worker's copy.
 * @param {RequestInit | undefined} init
 * @returns {RequestInit}
 */
function freshly(init) {
  const headers = new Headers(init?.headers);
  headers.set(AFRESH_HEADER, "1");
  return { ...init, cache: "reload", headers };
}
/** The files read from the runtime cache: checked against the build's list on their way in (service-worker.js). */
const keptCopies = new Set();
/**
 * @param {RequestInfo | URL} input
 * @param {RequestInit} [init]
 */
async function countingFetch(input, init) {
  let response;
  try {
    response = await realFetch(input, afresh ? freshly(init) : init);
  } catch (error) {
    console.warn(`[engine] ${describe(error)}`);
    fatal({ code: "download", detail: fileName(String(input instanceof Request ? input.url : input)) });
    throw error;
  }
  if (!response.ok) {
    fatal({ code: "download", detail: `${fileName(response.url)}, HTTP ${response.status}` });
    throw new Error(`could not download ${response.url} (HTTP ${response.status})`);
  }
  noteCompression(response);
  if (response.headers.has(KEPT_HEADER)) keptCopies.add(response.url);
  if (response.body) {
    const entry = {
      loaded: 0,
      total: Number(response.headers.get("Content-Length")) || 0,
      done: false,
      // The runtime's bytes are kept for the site's service worker (keepRuntime) when the page asked for it.
      chunks: runtimeFolder && response.url.startsWith(runtimeFolder) ? [] : null,
      type: response.headers.get("Content-Type") ?? "",
    };
    downloads.set(response.url, entry);
    countBytes(response.clone(), entry).catch(() => {}); // a failed body fails Pyodide's own read too
  }
  return response;
}

// Pyodide's loader asks for the standard library and its package lock only once its 1.2 MB runtime module is
// evaluated. The boot asks for them as it starts (askEarly), and Pyodide's own request gets the response already on
// its way. On a first visit the WebAssembly is asked early too, but compiled only once the page has started up
// (pageStarted); the runtime compiled ahead on a return visit (precompile) is not asked again.
/** @type {Map<string, Promise<Response>>} */
const askedEarly = new Map();
/**
 * Whether a request's options are the defaults (Emscripten asks for the WebAssembly with `credentials:
 * "same-origin"`, which is the default).
 * @param {RequestInit | undefined} init
 */
const isPlain = (init) =>
  !init || Object.entries(init).every(([key, value]) => key === "credentials" && value === "same-origin");
/** @param {string} url */
function askEarly(url) {
  if (askedEarly.has(url)) return;
  const response = countingFetch(url);
  response.catch(() => {}); // reported by countingFetch; Pyodide's own request gets the same rejection
  askedEarly.set(url, response);
}
/**
 * @param {RequestInfo | URL} input
 * @param {RequestInit} [init]
 */
self.fetch = async (input, init) => {
  const url = String(input instanceof Request ? input.url : input);
  const plain = !(input instanceof Request) && isPlain(init);
  if (plain && precompiled && url === precompiled.url) return precompiled.standIn;
  const early = plain ? askedEarly.get(url) : undefined;
  askedEarly.delete(url);
  return early ?? countingFetch(input, init);
};

// The smallest valid WebAssembly module (magic number and version): compiling it tells a page whose
// Content-Security-Policy refuses WebAssembly (no 'wasm-unsafe-eval') from one without WebAssembly, before any
// download, instead of failing inside Pyodide's loader.
const EMPTY_MODULE = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

function checkWebAssembly() {
  if (typeof WebAssembly !== "object") {
    fatal({ code: "wasm-unavailable", detail: "WebAssembly is turned off or missing" });
    throw new Error("no WebAssembly");
  }
  try {
    new WebAssembly.Module(EMPTY_MODULE);
  } catch (error) {
    console.warn(`[engine] ${describe(error)}`);
    fatal({ code: "wasm-blocked", detail: "the browser refused to compile WebAssembly" });
    throw error;
  }
}

// Pyodide compiles its runtime with WebAssembly.instantiateStreaming (falling back to instantiate when the MIME
// type is wrong) and, when the file is not valid WebAssembly (cut short, changed), waits forever after the
// second failure. A compile error is reported at once as the damaged file it is. So is the wrong type: its fallback
// waits forever too (an attack review: a network's sign-in page, or application/octet-stream, sent as the runtime
// left "Starting Python…" for a minute before the watchdog's "no progress").
/**
 * @template {(...args: any[]) => Promise<unknown>} F
 * @param {F} compile
 * @returns {F}
 */
function reportingCompileErrors(compile) {
  return /** @type {F} */ (
    async (/** @type {any[]} */ ...args) => {
      try {
        return await compile.apply(WebAssembly, args);
      } catch (error) {
        if (error instanceof WebAssembly.CompileError || error instanceof WebAssembly.LinkError) {
          const blocked = /Content.Security.Policy|unsafe-eval/i.test(describe(error));
          console.warn(`[engine] ${describe(error)}`); // the browser's own words, for whoever debugs it
          fatal(blocked
            ? { code: "wasm-blocked", detail: "the browser refused to compile WebAssembly" }
            : { code: "damaged", detail: "the WebAssembly runtime, pyodide.asm.wasm, is not valid WebAssembly" });
        } else if (error instanceof TypeError && /MIME type/i.test(describe(error))) {
          console.warn(`[engine] ${describe(error)}`);
          const sent = [...downloads].find(([url]) => /\.wasm$/.test(new URL(url).pathname))?.[1].type || "another type";
          fatal({ code: "wrong-file-type", detail: `pyodide.asm.wasm was sent as “${sent}”, not as application/wasm` });
        }
        throw error;
      }
    }
  );
}
/**
 * @type {{url: string, module: Promise<WebAssembly.Module>, standIn: Response} | null} the runtime compiled ahead of
 *   Pyodide's loader, and the empty response its request for the file gets instead
 */
let precompiled = null;

// On a return visit the WebAssembly runtime is compiled from the service worker's cache as soon as the worker
// starts, while Pyodide's own loader is still being imported and the snapshot's files opened (Chromium compiles it
// from its code cache). Pyodide then instantiates that module: its own request for the file gets an empty stand-in,
// so the 9.6 MB are not read from the cache a second time.
/**
 * @param {typeof WebAssembly.instantiateStreaming} instantiateStreaming
 * @returns {typeof WebAssembly.instantiateStreaming}
 */
const usingPrecompiled = (instantiateStreaming) =>
  /** @type {typeof WebAssembly.instantiateStreaming} */ (
    async (source, imports) => {
      const response = await source;
      if (!precompiled || response !== precompiled.standIn) return instantiateStreaming(response, imports);
      const module = await precompiled.module;
      return { module, instance: await WebAssembly.instantiate(module, imports) };
    }
  );

if (typeof WebAssembly === "object") {
  WebAssembly.compileStreaming = reportingCompileErrors(WebAssembly.compileStreaming);
  WebAssembly.instantiateStreaming = usingPrecompiled(reportingCompileErrors(WebAssembly.instantiateStreaming));
  WebAssembly.instantiate = reportingCompileErrors(WebAssembly.instantiate);
}

/**
 * Compile the runtime's WebAssembly from the service worker's cache when it is there (a return visit).
 * @param {string} url
 */
async function precompile(url) {
  if (typeof caches !== "object" || afresh) return; // afresh: the network's copy, through the service worker
  const cached = await caches.open(RUNTIME_CACHE).then((cache) => cache.match(url)).catch(() => undefined);
  if (!cached) return;
  const size = Number(cached.headers.get("Content-Length")) || 0;
  downloads.set(url, { loaded: size, total: size, done: true, chunks: null, type: cached.headers.get("Content-Type") ?? "" });
  const standIn = new Response(null, { headers: { "Content-Type": "application/wasm" } });
  precompiled = { url, module: WebAssembly.compileStreaming(cached), standIn };
  precompiled.module.catch(() => {}); // a compile error is reported by reportingCompileErrors, and again by Pyodide
}

/** @param {string} url */
async function fetchBytes(url) {
  return new Uint8Array(await (await fetch(url)).arrayBuffer());
}

/**
 * Unpack the engine's wheel into site-packages. A damaged wheel is a failure with its cause in words; Python's
 * traceback goes to the console only.
 * @param {Pyodide} pyodide
 * @param {Uint8Array} wheel
 * @param {string} wheelUrl
 */
function installWheel(pyodide, wheel, wheelUrl) {
  const name = fileName(wheelUrl);
  try {
    const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
    pyodide.unpackArchive(wheel, "wheel", { extractDir: sitePackages });
    return pyodide.pyimport("decision_engine.bridge").handle;
  } catch (error) {
    console.error(`[engine] installing ${name} failed:\n${describe(error)}`);
    fatal({ code: "damaged", detail: `the engine's package (${name}) could not be installed` });
    throw error;
  }
}

/**
 * Ask the engine its version (proves the import worked).
 * @param {(json: string) => string} handle
 * @returns {Version}
 */
function askVersion(handle) {
  const version = JSON.parse(handle(JSON.stringify({ command: "version", payload: {} })));
  if (!version.ok) throw new Error(String(version.error?.message));
  return version.result;
}

/** @type {import("./engine-snapshot.js").SnapshotIdentity | null} what a snapshot made now is made from */
let snapshotIdentity = null;
let tryingSnapshot = false;

/**
 * Boot from a kept memory snapshot (the engine already imported), or null when that fails: the snapshot is
 * dropped and the caller boots plainly.
 * @param {LoadPyodide} loadPyodide
 * @param {import("./engine-snapshot.js").KeptSnapshot} snapshot its header, and the read of Python's memory
 * @param {{createPyodideModule: CreatePyodideModule}} options Pyodide's options for this boot
 * @returns {Promise<{pyodide: Pyodide, handle: (json: string) => string, version: Version} | {why: string}>}
 */
async function bootFromSnapshot(loadPyodide, snapshot, options) {
  tryingSnapshot = true;
  try {
    const pyodide = await loadPyodide({ ...options, ...snapshotBootOptions(snapshot, options.createPyodideModule) });
    const handle = pyodide.pyimport("decision_engine.bridge").handle;
    return { pyodide, handle, version: askVersion(handle) };
  } catch (error) {
    snapshot.release(); // when it stopped before the memory was read (else closed already)
    if (failed) throw error; // a download failure is the reader's problem, not the snapshot's
    if (error instanceof DamagedSnapshotError) return { why: error.message }; // deleted already
    console.warn(`[engine] the kept memory snapshot did not boot (${describe(error).split("\n")[0]}): starting plainly`);
    await dropSnapshot();
    return { why: "the kept snapshot did not boot" };
  } finally {
    tryingSnapshot = false;
  }
}

// On a first visit, the CPU-heavy part of the boot (compiling the 9.6 MB of WebAssembly, starting Python) waits
// until the page has started up; the downloads do not. On two cores that work, run during Material's start-up,
// doubled its longest tasks (Lighthouse's blocking time on the questionnaire, bench/notes.md). The page says so
// after its load event (engine-client.js); PAGE_START_CAP_MS bounds the wait should it never say. A visit whose
// runtime is in the service worker's cache (precompile) does not wait: from the kept snapshot it is a few hundred
// milliseconds of work. A return visit without that cache (no service worker, a cache the browser dropped) waits.
const PAGE_START_CAP_MS = 3_000;
/** @type {() => void} */
let pageHasStarted = () => {};
/** @type {Promise<void>} */
const pageStarted = new Promise((resolve) => {
  pageHasStarted = resolve;
  setTimeout(resolve, PAGE_START_CAP_MS);
});

/** @type {string | null} the runtime's folder when its files are kept for the service worker, else null */
let runtimeFolder = null;

// The first visit to the questionnaire downloads the runtime before the site's service worker controls the page:
// its bytes, read anyway to count them, go into the service worker's cache, so that the next visit (offline too)
// needs no network for the runtime and nothing is downloaded twice. Files already cached are left as they are,
// unless this worker started afresh (then the server's copies replace them); a file is kept only when its bytes are
// the ones the build made (notTheBuilds: a return visit hashes nothing).
async function keepRuntime() {
  const folder = runtimeFolder;
  if (!folder) return;
  runtimeFolder = null;
  const cache = await caches.open(RUNTIME_CACHE);
  /**
   * @param {string} url
   * @param {ArrayBuffer} bytes
   * @param {string} type
   */
  const put = async (url, bytes, type) => {
    const why = await notTheBuilds(url, bytes);
    if (why) console.warn(`[engine] not kept for offline use: ${url} is not the file this build made (${why})`);
    else await cache.put(url, new Response(bytes, { headers: { "Content-Type": type, "Content-Length": String(bytes.byteLength), [KEPT_HEADER]: "1" } }));
  };
  // A worker starting afresh downloaded the server's copies past every cache: they take the place of the kept ones,
  // which may be what failed (on a page the service worker controls, it has done this already; on one it does not, a
  // damaged copy stayed and failed every later visit: a diff review).
  const replace = afresh;
  for (const [url, entry] of downloads) {
    const chunks = entry.chunks;
    entry.chunks = null;
    if (!chunks || !entry.done || (!replace && (await cache.match(url)))) continue;
    await put(url, await new Blob(/** @type {BlobPart[]} */ (chunks)).arrayBuffer(), entry.type);
  }
  // The loader's modules (pyodide.mjs, pyodide.asm.mjs) are imported, not fetched: they are asked again, from the
  // browser's HTTP cache where it has them.
  // A module imported at its "?kept" address came from that cache already.
  for (const { name } of performance.getEntriesByType("resource")) {
    if (name.startsWith(folder) && !name.endsWith(KEPT_COPY) && !downloads.has(name) && (replace || !(await cache.match(name)))) {
      const response = await realFetch(name, { cache: "force-cache" }).catch(() => null); // kept next time
      if (response?.ok) await put(name, await response.arrayBuffer(), response.headers.get("Content-Type") ?? "");
    }
  }
}

// Keeping the runtime costs only offline use when it fails (storage full, the network gone after the boot): never
// the engine, which is ready by then and answering.
async function keepRuntimeForOffline() {
  try {
    await keepRuntime();
  } catch (error) {
    console.warn(`[engine] the runtime was not kept for offline use: ${describe(error)}`);
  }
}

/**
 * @param {string} runtimeUrl
 * @param {CreatePyodideModule} createPyodideModule pyodide.asm.mjs's export, imported beside Pyodide's loader
 */
const pyodideOptions = (runtimeUrl, createPyodideModule) => ({
  indexURL: runtimeUrl,
  createPyodideModule,
  // Keep Python's own output off the console: the page reports state itself.
  stdout: () => {},
  stderr: (/** @type {string} */ line) => console.warn(`[engine] ${line}`),
});

/**
 * @typedef {{version: Version, boot: "snapshot" | "plain", why: string, after: () => Promise<void>}} Booted what the boot made,
 *   and the work left for after the page hears "ready"
 */

/** The address suffix at which the site's service worker answers a Pyodide module from its runtime cache. */
const KEPT_COPY = "?kept";

/**
 * What a module's address answers now: "script" (a whole JavaScript file), "other" (a whole answer that is not
 * JavaScript: a captive portal's page, say) or "none" (no answer, an error status, or a body cut short).
 * @param {string} url
 * @returns {Promise<"script" | "other" | "none">}
 */
async function answerNow(url) {
  try {
    const response = await realFetch(url);
    if (!response.ok) return "none";
    await response.arrayBuffer();
    return /javascript/i.test(response.headers.get("Content-Type") ?? "") ? "script" : "other";
  } catch {
    return "none";
  }
}

/**
 * Import one of Pyodide's two modules; a failure is named before the import's promise rejects. The browser's error
 * does not say why, so the file is asked once more: one that cannot be fetched now (offline, a server error) is a
 * download failure, not a crash in the browser's words ("Failed to fetch dynamically imported module"); one whose
 * code does not parse, or an answer that is not JavaScript, is a damaged file; one that arrives whole and throws as
 * it runs (a browser it does not support) is a crash.
 * @param {string} url
 * @returns {Promise<any>}
 */
function importRuntime(url) {
  return import(url).catch(async (error) => {
    // The site's service worker leaves these modules to the browser while it is online (service-worker.js): where
    // the browser's copy is gone and the network does not give the module, the worker's own copy is asked for.
    const kept = await import(`${url}${KEPT_COPY}`).catch(() => null);
    if (kept) return kept;
    const name = fileName(url);
    console.warn(`[engine] ${describe(error)}`); // the browser's own words, for whoever debugs it
    const now = error instanceof SyntaxError ? "other" : await answerNow(url);
    if (now === "none") fatal({ code: "download", detail: name });
    else if (now === "other") fatal({ code: "damaged", detail: `Pyodide's module ${name} is not valid JavaScript` });
    else fatal({ code: "crashed", detail: readable(error).replaceAll(url, name) });
    throw error;
  });
}

/**
 * A retry starts from the server's files. A file damaged on its way (a proxy that cut it short, a site copied while
 * it was read) stays in the browser's HTTP cache at its immutable address, and a copy damaged on the disk stays in
 * the runtime cache: with either, every later boot failed the same way, "Try again" included (an attack review). So
 * every file is fetched with `cache: "reload"` and a header the service worker takes as "the network's copy, else
 * mine" (countingFetch, service-worker.js; offline, the kept runtime still boots), the runtime is not compiled from the
 * runtime cache ahead (precompile), the kept snapshot goes, and Pyodide's two modules, which are imported (an import
 * cannot say "reload"), are asked of the server first, which puts them in the HTTP cache afresh.
 * @param {string} runtimeUrl
 */
async function startAfresh(runtimeUrl) {
  afresh = true;
  await dropSnapshot().catch(() => {});
  const modules = ["pyodide.mjs", "pyodide.asm.mjs"].map((name) => new URL(name, runtimeUrl).href);
  await Promise.all(modules.map((url) => realFetch(url, { cache: "reload" }).then((r) => r.arrayBuffer()).catch(() => {})));
}

/**
 * @param {StartSettings} settings what the page asks for
 * @returns {Promise<Booted>}
 */
async function boot({ runtimeUrl, wheelUrl, keepRuntime: keepFiles, afresh: fromTheServer }) {
  checkWebAssembly();
  if (fromTheServer) await startAfresh(runtimeUrl);
  if (keepFiles && typeof caches === "object") runtimeFolder = runtimeUrl;
  post({ type: "progress", stage: "downloading", loaded: 0, total: 0, compressed });
  /** @type {Promise<{loadPyodide: LoadPyodide, version: string}>} */
  const loader = importRuntime(new URL("pyodide.mjs", runtimeUrl).href);
  // The kept snapshot's files are opened first: each step waits for this thread, soon busy with Pyodide's modules.
  const runtime = new URL(runtimeUrl).pathname;
  const identity = loader.then((l) => ({ pyodide: l.version, runtime, wheel: wheelIdentity(wheelUrl) }));
  /** @type {Promise<{snapshot: import("./engine-snapshot.js").KeptSnapshot | null, why: string}>} */
  const kept = readSnapshot(identity).catch((error) => ({ snapshot: null, why: `the kept snapshot was unreadable (${describe(error)})` }));
  // Pyodide's loader imports its 1.2 MB runtime module only once it is itself imported: asked now, both arrive
  // together, and the WebAssembly is compiled meanwhile when it is already cached.
  /** @type {Promise<{default: CreatePyodideModule}>} */
  const runtimeModule = importRuntime(new URL("pyodide.asm.mjs", runtimeUrl).href);
  const wasmUrl = new URL("pyodide.asm.wasm", runtimeUrl).href;
  const compiling = precompile(wasmUrl);
  const firstVisit = compiling.then(() => !precompiled);
  firstVisit.then((first) => first && askEarly(wasmUrl));
  askEarly(new URL("python_stdlib.zip", runtimeUrl).href);
  askEarly(new URL("pyodide-lock.json", runtimeUrl).href);
  const keep = canKeepSnapshot();
  const { loadPyodide } = await loader;
  snapshotIdentity = keep ? await identity : null;
  const wheel = fetchBytes(wheelUrl);
  wheel.catch(() => {}); // a failed download is reported by countingFetch; the boot awaits it later
  const [{ default: createPyodideModule }, { snapshot, why }] = await Promise.all([runtimeModule, kept]);
  const waited = await firstVisit;
  if (waited) await pageStarted;
  performance.mark("engine-runtime-compile", { detail: { waited } }); // the browser tests read it
  const options = pyodideOptions(runtimeUrl, createPyodideModule);
  let plainWhy = why;
  if (snapshot) {
    const booted = await bootFromSnapshot(loadPyodide, snapshot, options);
    if ("why" in booted) plainWhy = booted.why;
    else {
      bridgeHandle = booted.handle;
      // A snapshot holds Python's memory, not its files: the wheel is unpacked again (the engine reads its model
      // file when first used), right after "ready" and before the worker reads its next message.
      const bytes = await wheel;
      const after = async () => {
        installWheel(booted.pyodide, bytes, wheelUrl);
        await keepRuntimeForOffline();
      };
      return { version: booted.version, boot: "snapshot", why, after };
    }
  }
  const pyodide = await loadPyodide({ ...options, _makeSnapshot: keep });
  post({ type: "progress", stage: "installing" });
  const handle = installWheel(pyodide, await wheel, wheelUrl);
  const version = askVersion(handle);
  /** @type {Uint8Array<ArrayBuffer> | null} */
  let made = null;
  if (keep) {
    try {
      made = pyodide.makeMemorySnapshot(); // ~20 ms; kept after the page hears "ready"
    } catch (error) {
      console.warn(`[engine] no memory snapshot: ${describe(error)}`);
    }
  }
  bridgeHandle = handle;
  const bytes = await wheel;
  const after = async () => {
    await keepRuntimeForOffline();
    if (!made || !snapshotIdentity) return;
    // The snapshot is kept under the wheel's address, not its bytes: a wheel other than the build's (a cache or a
    // CDN that ignores the address's ?v=) would be booted on every later visit, long after the server mended it
    // (an attack review). The bytes are checked as the runtime cache checks what it keeps; a copy it kept was
    // checked on its way in (offline, the build's list cannot be read: a diff review).
    const why = keptCopies.has(wheelUrl) ? null : await notTheBuilds(wheelUrl, bytes.buffer); // its whole buffer
    if (why) console.warn(`[engine] no snapshot kept: ${fileName(wheelUrl)} is not the file this build made (${why})`);
    else await saveSnapshot(snapshotIdentity, made);
  };
  return { version, boot: "plain", why: plainWhy, after };
}

/** @type {Promise<{checks: Map<string, import("./runtime-check.js").FileCheck>, mismatch: typeof import("./runtime-check.js").mismatch}> | null} */
let buildChecks = null;
/**
 * The build's length and SHA-256 of each runtime file (runtime-check.js), read once by this worker when first needed:
 * to keep the runtime, to keep a snapshot, or to explain a failed boot.
 */
function readBuildChecks() {
  buildChecks ??= import("./runtime-check.js").then(async ({ loadChecks, mismatch }) => ({
    checks: await loadChecks(realFetch, new URL(self.location.href)),
    mismatch,
  }));
  return buildChecks;
}

/**
 * Why `bytes`, read from `url`, are not the file the build made, or null when they are; a list that cannot be read
 * is a reason too.
 * @param {string} url
 * @param {ArrayBuffer} bytes
 * @returns {Promise<string | null>}
 */
async function notTheBuilds(url, bytes) {
  try {
    const { checks, mismatch } = await readBuildChecks();
    return await mismatch(bytes, checks.get(url), crypto.subtle);
  } catch (error) {
    return `the build's list of checks is unavailable: ${describe(error)}`;
  }
}

/**
 * The runtime file that arrived with another length or other bytes than the build made it (runtime-check.js), or
 * null: read only once the boot has failed, so that a file cut short or changed on its way (a standard library cut in
 * half makes Python fail in its own words) is named as the damaged file it is, which "Try again" downloads afresh.
 * @returns {Promise<string | null>}
 */
async function damagedDownload() {
  const { checks, mismatch } = await readBuildChecks();
  /** @type {string[]} */
  const whole = [];
  for (const [url, entry] of downloads) {
    const expected = checks.get(url);
    // The runtime compiled ahead from the cache counts no bytes (its length is its header's): its damage is a
    // compile error, named where it happens.
    const counted = entry.done && url !== precompiled?.url;
    if (counted && expected && entry.loaded !== expected.bytes) return fileName(url);
    if (counted && expected) whole.push(url);
  }
  // Of the build's length but not its bytes (an attack review: a kept standard library overwritten with as many
  // bytes of junk made Python exit, said as "Program terminated with exit(1)"): read again from the browser's caches
  // (the service worker's kept copy, the HTTP cache), never downloaded again to name a failure (a diff review), the
  // smallest first, and checked.
  whole.sort((a, b) => (checks.get(a)?.bytes ?? 0) - (checks.get(b)?.bytes ?? 0));
  for (const url of whole) {
    const response = await realFetch(url, { cache: "only-if-cached", mode: "same-origin" }).catch(() => null);
    if (response?.ok && (await mismatch(await response.arrayBuffer(), checks.get(url), crypto.subtle))) return fileName(url);
  }
  return null;
}

/** The one check of the downloads a failed boot makes, however many reports of it come (a diff review). */
let damagedOnce = /** @type {Promise<string | null> | null} */ (null);

/** How long a crash's report waits for the build's list of checks: a hung request would leave it to the watchdog. */
const CHECKS_WAIT_MS = 2000;

/**
 * Report a boot that failed where the cause was not named: as a damaged file when one arrived damaged, else as a
 * crash in the error's last words.
 * @param {unknown} error
 */
async function reportCrash(error) {
  if (failed) return;
  const late = new Promise((resolve) => setTimeout(() => resolve(null), CHECKS_WAIT_MS));
  damagedOnce ??= damagedDownload().catch(() => null);
  const file = await Promise.race([damagedOnce, late]);
  fatal(file ? { code: "damaged", detail: `${file} is not the file this build made` } : { code: "crashed", detail: readable(error) });
}

// Pyodide's loader leaves some failures (a download that fails, a wasm served with the wrong type) as unhandled
// rejections and then waits forever: report them as the boot failure they are. While a kept snapshot is tried,
// its failure is the snapshot's: the boot starts again plainly.
self.addEventListener("unhandledrejection", (event) => {
  event.preventDefault();
  if (tryingSnapshot) {
    console.warn(`[engine] while booting from the kept snapshot: ${describe(event.reason).split("\n")[0]}`);
    return;
  }
  reportCrash(event.reason);
});

/**
 * Boot, tell the page, then do the work left for after "ready" (keeping the runtime and the snapshot).
 * @param {StartSettings} settings
 */
async function start(settings) {
  try {
    const { version, boot: how, why, after } = await boot(settings);
    post({ type: "ready", version, boot: how, why });
    await after();
  } catch (error) {
    await reportCrash(error); // unless reported where it happened
  }
}

/** @param {MessageEvent<ClientMessage>} event */
self.onmessage = (event) => {
  if (event.data.type === "page-started") {
    pageHasStarted();
    return;
  }
  const { id, json } = event.data;
  if (!bridgeHandle) {
    const error = { code: "not-ready", type: "NotReady", message: "the engine is still starting" };
    post({ type: "reply", id, json: JSON.stringify({ ok: false, error }) });
    return;
  }
  // Only JSON text crosses into Python, never source code.
  post({ type: "reply", id, json: bridgeHandle(json) });
};

// The boot starts as this script is evaluated, with the settings in the worker's name (engine-start.js).
const settings = startSettings(self.name);
if (settings) start(settings);
else fatal({ code: "crashed", detail: "the engine's worker was started without its settings" });
