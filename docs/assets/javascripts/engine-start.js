// The engine worker's start-up settings travel in its name (the `name` option of `new Worker`, `self.name` in the
// worker), so the worker boots as soon as its script is evaluated. A start-up message would wait for the page's main
// thread, which is busy parsing the page and running Material's bundle at that moment: measured here, it reached the
// worker ~110 ms after the worker was ready. (Not the address's fragment: a worker served from the service worker's
// cache has the cached response's address, without it.) engine-early.js, a classic script written inline that
// cannot import this module, names the worker the same way; tests/js/engine-start.test.js holds the two together.

/**
 * @typedef {{runtimeUrl: string, wheelUrl: string, keepRuntime: boolean, afresh?: boolean}} StartSettings the runtime's
 *   folder and the engine's wheel (absolute addresses), whether the worker keeps the runtime it downloads for the
 *   site's service worker, and whether it starts afresh: from the server's files, past every copy this browser keeps
 *   (a retry after a failure; engine-early.js never starts one)
 */

/** What the name starts with: the worker's label in the browser's developer tools. */
export const WORKER_LABEL = "scale-what-engine";

/**
 * The worker's name: its label, then its start-up settings as URL parameters.
 * @param {StartSettings} settings
 */
export function workerName(settings) {
  const params = new URLSearchParams({
    runtime: settings.runtimeUrl,
    wheel: settings.wheelUrl,
    keep: settings.keepRuntime ? "1" : "0",
  });
  if (settings.afresh) params.set("afresh", "1");
  return `${WORKER_LABEL}?${params}`;
}

/**
 * The start-up settings in a worker's name, or null when it has none (or not all of them).
 * @param {string} name
 * @returns {StartSettings | null}
 */
export function startSettings(name) {
  if (!name.startsWith(`${WORKER_LABEL}?`)) return null;
  const params = new URLSearchParams(name.slice(WORKER_LABEL.length + 1));
  const runtimeUrl = params.get("runtime");
  const wheelUrl = params.get("wheel");
  const keep = params.get("keep");
  if (!runtimeUrl || !wheelUrl || (keep !== "1" && keep !== "0")) return null;
  return { runtimeUrl, wheelUrl, keepRuntime: keep === "1", ...(params.get("afresh") === "1" ? { afresh: true } : {}) };
}
