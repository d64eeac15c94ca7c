// The site's service worker, loaded by the sw.js the build writes at the site's root (build/scale_what_build/
// service_worker.py): sw.js sets self.SCALE_WHAT_OFFLINE (this build's version, the guide's files, the engine's
// runtime files) and imports this script, so every new build is a new sw.js and the browser installs it.
// - Installing caches the guide (every page and asset outside the Pyodide runtime): after one visit the guide
//   works offline. The runtime (13 MB) is cached only when the reader opens the questionnaire (on the first visit
//   the engine's worker puts what it downloaded into the runtime cache: the page is not controlled yet).
// - The runtime's files (versioned paths, the wheel's URL carries its hash) come from the cache first: a return
//   visit makes no request for them. Everything else goes to the network first, so a new build's pages and scripts
//   (and through them its engine) are used at once, and the cache answers only when the network does not.
// A classic script (importScripts): module service workers cannot use importScripts and Firefox only lately
// supports them.

(() => {
  "use strict";

  /** @typedef {{version: string, guide: string[], runtime: string[], runtimePrefix: string}} Manifest */
  /** @typedef {{waitUntil(promise: Promise<unknown>): void}} LifecycleEvent */
  /** @typedef {LifecycleEvent & {request: Request, respondWith(response: Promise<Response>): void}} FetchEvent */
  /**
   * @typedef {{
   *   SCALE_WHAT_OFFLINE: Manifest,
   *   registration: {scope: string},
   *   skipWaiting(): Promise<void>,
   *   clients: {claim(): Promise<void>},
   *   addEventListener(type: "install" | "activate", listener: (event: LifecycleEvent) => void): void,
   *   addEventListener(type: "fetch", listener: (event: FetchEvent) => void): void,
   * }} WorkerScope
   */

  const scope = /** @type {WorkerScope} */ (/** @type {unknown} */ (self));
  const manifest = scope.SCALE_WHAT_OFFLINE;
  const root = scope.registration.scope;
  const GUIDE_PREFIX = "scale-what-guide-";
  const GUIDE_CACHE = `${GUIDE_PREFIX}${manifest.version}`;
  const RUNTIME_CACHE = "scale-what-runtime"; // engine-worker.js puts the runtime of a first visit there too

  /** @param {string} path a path relative to the site's root */
  const absolute = (path) => new URL(path, root).href;
  const runtimeUrls = new Set(manifest.runtime.map(absolute));
  const runtimePrefix = absolute(manifest.runtimePrefix);

  scope.addEventListener("install", (event) => {
    event.waitUntil(
      caches
        .open(GUIDE_CACHE)
        .then((cache) => cache.addAll(manifest.guide.map(absolute)))
        .then(() => scope.skipWaiting()),
    );
  });

  // The new build takes over at once; the old build's guide and the runtime files it no longer uses are dropped.
  async function activate() {
    for (const name of await caches.keys()) {
      if (name.startsWith(GUIDE_PREFIX) && name !== GUIDE_CACHE) await caches.delete(name);
    }
    const runtime = await caches.open(RUNTIME_CACHE);
    for (const request of await runtime.keys()) {
      if (!runtimeUrls.has(request.url)) await runtime.delete(request);
    }
    await scope.clients.claim();
  }
  scope.addEventListener("activate", (event) => event.waitUntil(activate()));

  /** @param {Request} request */
  async function cacheFirst(request) {
    const cache = await caches.open(RUNTIME_CACHE);
    const cached = await cache.match(request);
    if (cached) return cached;
    const response = await fetch(request);
    if (response.status === 200 && runtimeUrls.has(request.url)) await cache.put(request, response.clone());
    return response;
  }

  /** @param {Request} request */
  async function networkFirst(request) {
    const page = request.mode === "navigate";
    try {
      const response = await fetch(request);
      if (response.status === 200 && page) {
        const copy = response.clone();
        caches.open(GUIDE_CACHE).then((cache) => cache.put(request, copy)).catch(() => {});
      }
      return response;
    } catch (error) {
      const cached = await caches.match(request, { ignoreSearch: page });
      if (cached) return cached;
      const missing = page ? await caches.match(absolute("404.html")) : undefined;
      if (missing) return new Response(missing.body, { status: 404, headers: missing.headers });
      throw error;
    }
  }

  scope.addEventListener("fetch", (event) => {
    const { request } = event;
    if (request.method !== "GET" || !request.url.startsWith(root)) return; // the browser's own handling
    event.respondWith(request.url.startsWith(runtimePrefix) ? cacheFirst(request) : networkFirst(request));
  });
})();
