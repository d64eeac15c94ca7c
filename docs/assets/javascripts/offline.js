// Every page registers the site's service worker (sw.js at the site's root, written by the build): the guide then
// works offline, and after the questionnaire's first visit the engine's runtime comes from the cache (the engine's
// worker puts the runtime it downloaded there: engine-worker.js). Under `mkdocs serve` (its live-reload script
// defines livereload()) nothing is registered and an earlier registration on the same address is removed, so live
// reload sees every edit.

const workers = typeof navigator === "object" ? navigator.serviceWorker : undefined;
const devServer = typeof (/** @type {{livereload?: unknown}} */ (globalThis)).livereload === "function";

/** Whether this page registers the site's service worker (the engine then keeps its runtime for it). */
export const offlineCopy = () => Boolean(workers) && !devServer;

if (workers && devServer) {
  workers.getRegistrations().then((all) => all.forEach((registration) => registration.unregister())).catch(() => {});
} else if (workers) {
  // sw.js and what it imports are always asked from the server (never an HTTP-cached copy): a new build is seen at once.
  workers.register(new URL("../../sw.js", import.meta.url), { updateViaCache: "none" }).catch((error) => {
    console.warn(`The site's offline copy is not available: ${error instanceof Error ? error.message : String(error)}`);
  });
}

/**
 * Ask the site's service worker to keep the questionnaire without JavaScript (tool/steps/) for offline use
 * (service-worker.js): "keep-steps" unconditionally, "keep-steps-unless-engine" unless it holds the engine's runtime.
 * Nothing happens where no worker is registered.
 * @param {"keep-steps" | "keep-steps-unless-engine"} type
 */
function askWorker(type) {
  if (!workers || !offlineCopy()) return;
  workers.ready.then((registration) => registration.active?.postMessage({ type })).catch(() => {});
}

/** The engine cannot run in this browser (engine-client.js): the page offers the questionnaire without JavaScript. */
export const keepStepsOffline = () => askWorker("keep-steps");

// A page other than the questionnaire (whose markup holds #sw-tool, parsed before this runs there): unless the worker
// holds the runtime from an earlier visit, the questionnaire opened offline could not start its engine and would
// offer the pages without JavaScript, so they are kept too. The questionnaire asks only when its engine cannot run
// (keepStepsOffline): not whenever its early start was skipped (Save-Data, no WebAssembly).
const onQuestionnaire = typeof document === "object" && document.getElementById("sw-tool") !== null;
if (!onQuestionnaire) askWorker("keep-steps-unless-engine");
