// The decision engine's client on the main thread: one module Web Worker per visit, shared by every page view
// (Material's instant navigation keeps this module alive, and the browser evaluates a module once per document,
// so coming back to the tool reuses the running engine). The client encodes requests, decodes replies, owns the
// reply timeout and reports every failure as {code, detail}; the page turns codes into sentences.

/**
 * @typedef {"download" | "wrong-file-type" | "wasm-unavailable" | "wasm-blocked" | "damaged" | "worker-unavailable" | "stalled" | "crashed" | "timeout" | "engine-error"} FailureCode
 * @typedef {{code: FailureCode, detail: string}} Failure
 * @typedef {{engine: string, python: string}} Version
 * @typedef {{stage: "idle" | "waiting"}
 *   | {stage: "downloading", loaded: number, total: number, compressed: boolean}
 *   | {stage: "starting" | "installing"}
 *   | {stage: "ready", version: Version}
 *   | {stage: "failed", failure: Failure}} EngineState
 * @typedef {{ok: true, result: unknown} | {ok: false, failure: Failure, message: string}} Reply
 * @typedef {{worker: string, runtime: string, wheel: string}} EngineUrls
 * @typedef {{type: "progress", stage: "downloading", loaded: number, total: number, compressed: boolean}
 *   | {type: "progress", stage: "starting" | "installing"}
 *   | {type: "ready", version: Version, boot: "snapshot" | "plain", why: string}
 *   | {type: "reply", id: number, json: string}
 *   | {type: "fatal", failure: Failure}} WorkerMessage
 * @typedef {{type: "request", id: number, json: string} | {type: "page-started"}} ClientMessage
 * @typedef {import("./engine-start.js").StartSettings} StartSettings
 * @typedef {{worker: Worker, urls: StartSettings, events: Event[], stop: () => void, startTime: number, adopted?: boolean}}
 *   EarlyEngine the worker engine-early.js started before this module loaded, and what it heard meanwhile
 */

import { ROOT_ID } from "./contract.js";
import { workerName } from "./engine-start.js";
import { keepStepsOffline, offlineCopy } from "./offline.js";

const WATCHDOG_MS = 60_000; // no progress for this long counts as a failure (slow links too)
const REPLY_TIMEOUT_MS = 5_000; // a bridge call takes well under a millisecond; silence means a dead worker
const TUNING_KEY = "scale-what:tuning"; // sessionStorage: {watchdogMs, replyTimeoutMs}, for the fault tests
/** The longest delay setTimeout keeps (a signed 32-bit count of milliseconds): a longer one fires at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * A timing from the session's tuning (the browser tests shorten the waits), or the default.
 * @param {"watchdogMs" | "replyTimeoutMs"} name
 * @param {number} fallback
 */
export function tuned(name, fallback) {
  try {
    const value = Number(JSON.parse(sessionStorage.getItem(TUNING_KEY) ?? "{}")[name]);
    return value > 0 && value <= MAX_TIMER_MS ? value : fallback;
  } catch {
    return fallback;
  }
}

/** @type {Set<(state: EngineState) => void>} */
const listeners = new Set();
/** @type {Map<number, (reply: Reply) => void>} */
const pending = new Map();
/** @type {Worker | null} */
let worker = null;
/** @type {EngineUrls | null} the addresses the running worker was started for */
let startedFor = null;
let nextId = 1;
/** @type {ReturnType<typeof setTimeout> | undefined} */
let watchdog;
/** @type {EngineState} */
let state = { stage: "idle" };

/** @param {EngineState} next */
function setState(next) {
  state = next;
  for (const listener of listeners) listener(state);
}

function kickWatchdog() {
  clearTimeout(watchdog);
  const ms = tuned("watchdogMs", WATCHDOG_MS);
  watchdog = setTimeout(() => fail({ code: "stalled", detail: `no progress for ${Math.round(ms / 1000)} seconds` }), ms);
}

/** @param {Failure} failure */
function fail(failure) {
  clearTimeout(watchdog);
  worker?.terminate();
  worker = null;
  for (const resolve of pending.values()) resolve({ ok: false, failure, message: "" });
  pending.clear();
  setState({ stage: "failed", failure });
  keepStepsOffline(); // the page now offers the questionnaire without JavaScript: it works offline too
}

/** @param {MessageEvent<WorkerMessage>} event */
function onMessage(event) {
  const message = event.data;
  switch (message.type) {
    case "progress":
      if (state.stage === "ready") break; // a late word about the start-up must not hide a running engine
      kickWatchdog();
      setState(message.stage === "downloading"
        ? { stage: "downloading", loaded: message.loaded, total: message.total, compressed: message.compressed === true }
        : { stage: message.stage });
      break;
    case "ready":
      clearTimeout(watchdog);
      // How the worker booted (from the kept memory snapshot or plainly), for the tests and the benchmark.
      performance.mark("engine-booted", { detail: { boot: message.boot, why: message.why } });
      setState({ stage: "ready", version: message.version });
      break;
    case "fatal":
      fail(message.failure);
      break;
    case "reply": {
      const resolve = pending.get(message.id);
      pending.delete(message.id);
      resolve?.(decode(message.json));
      break;
    }
  }
}

/**
 * @param {Worker} to
 * @param {ClientMessage} message
 */
const post = (to, message) => to.postMessage(message);

/**
 * A bridge request as the JSON text the worker hands to Python untouched.
 * @param {string} command
 * @param {object} payload
 */
export const encode = (command, payload) => JSON.stringify({ command, payload });

/**
 * The bridge's JSON reply: {ok: true, result} or {ok: false, error: {code, type, message}}; the failure's
 * detail is the engine's error code (its Python type name never reaches a reader).
 * @param {string} json
 * @returns {Reply}
 */
export function decode(json) {
  /** @type {unknown} */
  let reply;
  try {
    reply = JSON.parse(json);
  } catch {
    return { ok: false, failure: { code: "crashed", detail: "the engine's reply is not JSON" }, message: "" };
  }
  if (reply === null || typeof reply !== "object") {
    return { ok: false, failure: { code: "crashed", detail: "the engine's reply is not an object" }, message: "" };
  }
  const { ok, result, error } = /** @type {{ok?: unknown, result?: unknown, error?: {code?: unknown, message?: unknown}}} */ (reply);
  if (ok === true) return { ok: true, result };
  return {
    ok: false,
    failure: { code: "engine-error", detail: String(error?.code ?? "unknown") },
    message: String(error?.message ?? ""),
  };
}

/**
 * The engine's message for the reader (its errors are written as clauses, as the CLI prints them): a sentence.
 * @param {string} text
 */
export const asSentence = (text) => (text ? `${text[0]?.toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? "" : "."}` : text);

/**
 * Whether the engine running in this tab was started for other addresses than a page's (a page of a new build, met by
 * instant navigation in a tab the old build's engine runs in): that page needs its own engine.
 * @param {EngineUrls} urls
 */
export const runsAnotherBuild = (urls) =>
  startedFor !== null && (startedFor.worker !== urls.worker || startedFor.runtime !== urls.runtime || startedFor.wheel !== urls.wheel);

/**
 * Start the engine once; later calls (another page view) only return the current state. After a failure the
 * engine stays stopped until retry(): the reader decides when to download again.
 * @param {EngineUrls} urls absolute addresses of the worker, the Pyodide runtime folder and the engine's wheel
 */
export function start(urls) {
  if (worker || state.stage === "ready" || state.stage === "failed") return state;
  if (typeof WebAssembly !== "object") {
    fail({ code: "wasm-unavailable", detail: "WebAssembly is turned off or missing" });
    return state;
  }
  const early = adoptEarly(urls);
  try {
    // The worker boots with the settings in its name (engine-start.js): no start-up message.
    worker = early?.worker ?? new Worker(urls.worker, { type: "module", name: workerName(startUp(urls)) });
  } catch (error) {
    fail({ code: "worker-unavailable", detail: `no Web Worker (${error instanceof Error ? error.message : String(error)})` });
    return state;
  }
  afresh = false; // the retry's worker has it
  startedFor = urls;
  worker.addEventListener("message", onMessage);
  worker.addEventListener("error", onError);
  worker.addEventListener("messageerror", onMessageError);
  const started = worker;
  afterPageStartUp(() => post(started, { type: "page-started" }));
  kickWatchdog();
  performance.mark("engine-start", early ? { startTime: early.startTime } : {});
  setState({ stage: "downloading", loaded: 0, total: 0, compressed: false });
  if (early) {
    // What the worker said before this module listened, in order: progress, perhaps "ready" already.
    for (const event of early.events) {
      if (event.type === "message") onMessage(/** @type {MessageEvent<WorkerMessage>} */ (event));
      else if (event.type === "error") onError(/** @type {ErrorEvent} */ (event));
      else onMessageError();
    }
    return state;
  }
  markStarted(worker, urls);
  return state;
}

/**
 * Run ``callback`` once the page has started up: in a task of its own after the load event (Material's start-up
 * and the tool's mount run before it), at once when the page is loaded already (a retry, instant navigation). The
 * worker holds the CPU-heavy part of a first visit's boot until then (engine-worker.js's pageStarted).
 * @param {() => void} callback
 */
export function afterPageStartUp(callback) {
  const later = () => setTimeout(callback, 0);
  if (typeof document !== "object" || document.readyState === "complete") later();
  else addEventListener("load", later, { once: true });
}

/** @param {ErrorEvent} event */
function onError(event) {
  event.preventDefault();
  fail({ code: "crashed", detail: event.message || "worker error" });
}

function onMessageError() {
  fail({ code: "crashed", detail: "a message that could not be read" });
}

/** The worker of this document, as engine-early.js records the one it starts. */
const earlyRecord = () => /** @type {{scaleWhatEarlyEngine?: EarlyEngine}} */ (/** @type {unknown} */ (globalThis));

/**
 * The start-up settings of a worker this module starts. With the site's service worker, the worker keeps the
 * runtime it downloads in the service worker's cache.
 * @param {EngineUrls} urls
 * @returns {StartSettings}
 */
const startUp = (urls) => ({ runtimeUrl: urls.runtime, wheelUrl: urls.wheel, keepRuntime: offlineCopy(), afresh });

/**
 * Record a worker this module started, as if engine-early.js had started it and it had been taken over (that script,
 * run again by instant navigation, then starts none).
 * @param {Worker} started
 * @param {EngineUrls} urls
 */
function markStarted(started, urls) {
  earlyRecord().scaleWhatEarlyEngine = { worker: started, urls: startUp(urls), events: [], stop: () => {}, startTime: performance.now(), adopted: true };
}

/**
 * The worker engine-early.js started for these addresses, taken over once (null when there is none: Save-Data, no
 * Worker, another page, or taken over already and since stopped by retry()).
 * @param {EngineUrls} urls
 * @returns {EarlyEngine | null}
 */
function adoptEarly(urls) {
  const early = earlyRecord().scaleWhatEarlyEngine;
  if (!early || early.adopted) return null;
  early.adopted = true;
  early.stop();
  if (early.urls.runtimeUrl === urls.runtime && early.urls.wheelUrl === urls.wheel) return early;
  early.worker.terminate(); // started for another page's engine: this one starts its own
  return null;
}

/**
 * Send a command to the bridge. Never rejects: a failure is a reply with a code. No reply within the timeout
 * means a dead worker: the engine is stopped and reported as failed.
 * @param {string} command
 * @param {object} payload
 * @returns {Promise<Reply>}
 */
export function request(command, payload) {
  const current = worker;
  if (!current || state.stage !== "ready") {
    return Promise.resolve({ ok: false, failure: { code: "worker-unavailable", detail: `the engine is ${state.stage}` }, message: "" });
  }
  const id = nextId++;
  return new Promise((resolve) => {
    const timer = setTimeout(() => fail({ code: "timeout", detail: `no reply to ${command}` }), tuned("replyTimeoutMs", REPLY_TIMEOUT_MS));
    pending.set(id, (reply) => {
      clearTimeout(timer);
      resolve(reply);
    });
    post(current, { type: "request", id, json: encode(command, payload) });
  });
}

/**
 * @param {(state: EngineState) => void} listener called at once with the current state, then on each change
 */
export function subscribe(listener) {
  listeners.add(listener);
  listener(state);
  return () => {
    listeners.delete(listener);
  };
}

/** Data saver: hold the download until the reader answers (the page calls start() then). */
export function wait() {
  if (state.stage === "idle") setState({ stage: "waiting" });
}

/**
 * Whether the next worker starts afresh (engine-start.js): the one after retry() from a failure that may have come
 * from a file damaged on its way, which the browser's HTTP cache then keeps at its year-long immutable address, or
 * the runtime cache; "Trying again downloads them again" (failures.js) is then what happens.
 */
let afresh = false;
/**
 * The failures a file may be behind. Not a reply too slow, a refusal by the engine, or no worker at all: after
 * those a retry would download the runtime again past good copies, and boot plainly (a diff review).
 * @type {ReadonlySet<FailureCode>}
 */
const FILE_FAILURES = new Set(["download", "wrong-file-type", "damaged", "crashed", "stalled"]);

/** Drop a failed or stuck engine; the page then calls start() again. */
export function retry() {
  afresh = state.stage === "failed" && FILE_FAILURES.has(state.failure.code);
  clearTimeout(watchdog);
  worker?.terminate();
  worker = null;
  startedFor = null;
  pending.clear();
  setState({ stage: "idle" });
}

export const current = () => state;

export const saveData = () =>
  Boolean(/** @type {{connection?: {saveData?: boolean}}} */ (navigator).connection?.saveData);

/**
 * The engine's addresses from the tool's root element (its data attributes, relative to the page).
 * @param {HTMLElement} root
 * @returns {EngineUrls}
 */
export function urlsFrom(root) {
  /** @param {string | undefined} path */
  const url = (path) => new URL(path ?? "", location.href).href;
  return { worker: url(root.dataset.worker), runtime: url(root.dataset.runtime), wheel: url(root.dataset.wheel) };
}

// Start at once: the questionnaire's markup loads this module (async) right after its root element, so it
// usually runs before Material's bundle is evaluated and the download overlaps the page's start-up. With
// Save-Data on, the page waits for the first answer instead.
const root = typeof document === "object" ? document.getElementById(ROOT_ID) : null;
if (root && !saveData()) start(urlsFrom(root));
