// Every page registers the site's service worker (sw.js at the site's root, written by the build): the guide then
// works offline, and after the questionnaire's first visit the engine's runtime comes from the cache. Under
// `mkdocs serve` (its live-reload script defines livereload()) nothing is registered and an earlier registration on
// the same address is removed, so live reload sees every edit.

import { ROOT_ID } from "./contract.js";

/** @typedef {{subscribe(next: () => void): unknown}} Observable */

const KEEP_RUNTIME = "keep-runtime"; // service-worker.js's message name
const workers = typeof navigator === "object" ? navigator.serviceWorker : undefined;
const devServer = typeof (/** @type {{livereload?: unknown}} */ (globalThis)).livereload === "function";

/** Ask the service worker to keep the engine's runtime (once per page load, on the questionnaire). */
let kept = false;
function keepRuntimeOnTheQuestionnaire() {
  if (kept || !workers || !document.getElementById(ROOT_ID)) return;
  kept = true;
  workers.ready.then((registration) => registration.active?.postMessage(KEEP_RUNTIME)).catch(() => {});
}

if (workers && devServer) {
  workers.getRegistrations().then((all) => all.forEach((registration) => registration.unregister())).catch(() => {});
} else if (workers) {
  // sw.js and what it imports are always asked from the server (never an HTTP-cached copy): a new build is seen at once.
  workers.register(new URL("../../sw.js", import.meta.url), { updateViaCache: "none" }).catch((error) => {
    console.warn(`The site's offline copy is not available: ${error instanceof Error ? error.message : String(error)}`);
  });
  // Material's instant navigation swaps pages without loading this module again: each page view is checked.
  const documents = /** @type {{document$?: Observable}} */ (/** @type {unknown} */ (globalThis)).document$;
  if (documents) documents.subscribe(keepRuntimeOnTheQuestionnaire);
  else keepRuntimeOnTheQuestionnaire();
}
