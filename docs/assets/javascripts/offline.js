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

/** @typedef {"keep-steps" | "keep-steps-unless-engine"} Ask */
/** @type {Ask | null} the page's last request, asked again of a new build's worker when it takes over */
let lastAsk = null;

/**
 * Ask the site's service worker to keep the questionnaire without JavaScript (tool/steps/) for offline use
 * (service-worker.js): "keep-steps" unconditionally, "keep-steps-unless-engine" unless it holds the engine's runtime.
 * Nothing happens where no worker is registered.
 * @param {Ask} type
 */
function askWorker(type) {
  if (!workers || !offlineCopy()) return;
  if (lastAsk !== "keep-steps") lastAsk = type;
  workers.ready.then((registration) => registration.active?.postMessage({ type })).catch(() => {});
}

// The first load after a new build is deployed starts installing it, and a request sent meanwhile reaches the old
// build's worker, whose answer the new one may not see (it checks the old cache while installing; the old worker judges
// "holds the engine" by the old runtime's files): the new worker is asked again once it takes over.
if (workers && offlineCopy()) {
  workers.addEventListener("controllerchange", () => {
    if (lastAsk) workers.controller?.postMessage({ type: lastAsk });
  });
}

/** The engine cannot run in this browser (engine-client.js): the page offers the questionnaire without JavaScript. */
export const keepStepsOffline = () => askWorker("keep-steps");

/** Whether the page shown is the questionnaire (its markup holds #sw-tool, parsed before this module runs there). */
const onQuestionnaire = () => document.getElementById("sw-tool") !== null;

// On a page other than the questionnaire, unless the worker holds the runtime from an earlier visit: the questionnaire
// opened offline could not start its engine and would offer the pages without JavaScript, so they are kept too. The
// questionnaire itself asks only when its engine cannot run (keepStepsOffline), not whenever its early start was
// skipped (Save-Data, no WebAssembly). Material's instant navigation swaps pages without loading this module again:
// each page it shows (its document$, there once its bundle has run, by the load event) is looked at.
function watchPages() {
  const pages = /** @type {{document$?: {subscribe(next: () => void): unknown}}} */ (globalThis).document$;
  const look = () => {
    if (!onQuestionnaire()) askWorker("keep-steps-unless-engine");
  };
  if (pages) pages.subscribe(look);
  else look();
}
if (typeof document !== "object") askWorker("keep-steps-unless-engine");
else if (document.readyState === "complete") watchPages();
else addEventListener("load", watchPages, { once: true });
