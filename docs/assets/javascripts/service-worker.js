// The site's service worker, loaded by the sw.js the build writes at the site's root (build/scale_what_build/
// service_worker.py): sw.js sets self.SCALE_WHAT_OFFLINE (this build's version, the guide's files, the engine's
// runtime files) and imports this script, so every new build is a new sw.js and the browser installs it.
// - Installing caches the guide (every page and asset outside the Pyodide runtime): after one visit the guide
//   works offline. The runtime (13 MB) is cached only when the reader opens the questionnaire (on the first visit
//   the engine's worker puts what it downloaded into the runtime cache: the page is not controlled yet). The
//   questionnaire without JavaScript (tool/steps/) is cached only when a page asks (offline.js): when the engine
//   cannot run in this browser, or when a guide page is read and the runtime is not cached (opened offline, the
//   questionnaire could not start its engine and offers those pages). A reader who opens the questionnaire and
//   whose engine runs has no use for them offline: they were ~118 KB of that first visit.
// - The runtime's files (versioned paths, the wheel's URL carries its hash) come from the cache first: a return
//   visit makes no request for them; but for a request of the engine starting afresh after a failure, which gets
//   the network's copy when it is the build's (cacheFirst). Pyodide's JavaScript modules are left to the browser
//   while it is online: from its HTTP cache (immutable, no request), V8 takes the compiled code it keeps beside
//   that copy (a response this worker forwarded gets none), which saved 100-200 ms of a return visit's boot
//   (bench/notes.md). Offline they come from the HTTP cache, else the runtime cache (httpCacheFirst); the engine's
//   worker asks for the runtime cache's copy itself (a "?kept" address) should the browser's own request fail.
//   Everything else goes to the network first, so a new build's pages and scripts (and through them its engine)
//   are used at once, and the cache answers only when the network does not.
// - A runtime file is cached only when its bytes are the ones this build made (their length and SHA-256, which the
//   build writes into the manifest: scale_what_build/runtime_check.py). A copy cut short or changed on the way (a
//   proxy, a captive portal answering 200 with its own page) is handed to the page as it came, never kept. The
//   check runs once, on the way into the cache; a cached file is served without being read again.
// A classic script (importScripts): module service workers cannot use importScripts and Firefox only lately
// supports them.

(() => {
  "use strict";

  /** @typedef {{bytes: number, sha256: string}} FileCheck */
  /**
   * @typedef {{version: string, guide: string[], steps: string[], runtime: string[], runtimePrefix: string,
   *   check: Record<string, FileCheck>}} Manifest
   */
  /** @typedef {{waitUntil(promise: Promise<unknown>): void}} LifecycleEvent */
  /** @typedef {LifecycleEvent & {request: Request, respondWith(response: Promise<Response>): void}} FetchEvent */
  /** @typedef {LifecycleEvent & {data: unknown}} PageMessageEvent */
  /**
   * @typedef {{
   *   SCALE_WHAT_OFFLINE: Manifest,
   *   registration: {scope: string},
   *   navigator: {onLine: boolean},
   *   skipWaiting(): Promise<void>,
   *   clients: {claim(): Promise<void>},
   *   addEventListener(type: "install" | "activate", listener: (event: LifecycleEvent) => void): void,
   *   addEventListener(type: "fetch", listener: (event: FetchEvent) => void): void,
   *   addEventListener(type: "message", listener: (event: PageMessageEvent) => void): void,
   * }} WorkerScope
   */

  const scope = /** @type {WorkerScope} */ (/** @type {unknown} */ (self));
  const manifest = scope.SCALE_WHAT_OFFLINE;
  const root = scope.registration.scope;
  const GUIDE_PREFIX = "scale-what-guide-";
  const GUIDE_CACHE = `${GUIDE_PREFIX}${manifest.version}`;
  const RUNTIME_CACHE = "scale-what-runtime"; // engine-worker.js puts the runtime of a first visit there too
  // Marks a copy kept in this browser (engine-worker.js, same name): it says nothing of the server's compression.
  const KEPT_HEADER = "X-Scale-What-Kept";
  // Marks a request of the engine's worker starting afresh (engine-worker.js, same name): not its cache mode, which
  // the browser's developer tools set to "reload" for every request while they disable the cache.
  const AFRESH_HEADER = "X-Scale-What-Afresh";

  /** @param {string} path a path relative to the site's root */
  const absolute = (path) => new URL(path, root).href;
  const stepUrls = manifest.steps.map(absolute);
  // Every page of this build (a guide page's URL ends in "/"; its files do not).
  const builtPages = new Set([...manifest.guide.map(absolute).filter((url) => url.endsWith("/")), ...stepUrls]);
  const runtimeUrls = new Set(manifest.runtime.map(absolute));
  const runtimePrefix = absolute(manifest.runtimePrefix);
  /** @type {Map<string, FileCheck>} each runtime file's length and SHA-256, by absolute URL */
  const checks = new Map(Object.entries(manifest.check).map(([path, check]) => [absolute(path), check]));

  // What every page of the site carries (overrides/main.html): a page the network answers without it is not the
  // site's, and is never kept (an attack review: a captive portal's 200 login page, kept as the questionnaire, was
  // shown offline and fetched its logo from another host).
  const PAGE_MARK = '<meta name="scale-what-site"';

  /**
   * Whether ``response`` is the site's own file at ``url``: a 200 that, for a page, carries the site's mark, and for
   * any other file is not a page (a portal answers every address with its own).
   * @param {string} url
   * @param {Response} response
   * @param {boolean} [page] whether a page was asked for (a navigation), else by its address
   */
  async function ours(url, response, page = url.endsWith("/") || url.endsWith(".html")) {
    if (response.status !== 200) return false;
    // A media type is read in any case ("Text/HTML", a later attack review), XHTML a page too.
    const type = (response.headers.get("Content-Type") ?? "").toLowerCase();
    if (!page) return !type.startsWith("text/html") && !type.startsWith("application/xhtml+xml");
    return (await response.clone().text()).includes(PAGE_MARK);
  }

  /**
   * Keep every one of ``urls``, or none (as the browser's addAll): each must be the site's own file.
   * @param {{put(url: string, response: Response): Promise<void>}} cache
   * @param {string[]} urls
   */
  async function keepAll(cache, urls) {
    const answers = await Promise.all(urls.map(async (url) => {
      const response = await fetch(url);
      if (!(await ours(url, response))) throw new TypeError(`not the site's own file: ${url}`);
      return response;
    }));
    await Promise.all(answers.map((response, i) => cache.put(urls[i] ?? "", response)));
  }

  // Where an earlier build had kept the questionnaire without JavaScript, this build's pages are kept too. Done while
  // installing, when the old build still answers the pages: an activating worker holds back every request of the pages
  // it controls, so 23 downloads there would stall the site after each new build.
  async function install() {
    const cache = await caches.open(GUIDE_CACHE);
    await keepAll(cache, manifest.guide.map(absolute));
    if (await olderBuildKeptSteps()) await keepStepsOnce().catch(() => {}); // offline now: asked again on a later page
    await scope.skipWaiting();
  }
  scope.addEventListener("install", (event) => event.waitUntil(install()));

  // The questionnaire without JavaScript, kept when a page asks (offline.js): the pages not kept yet are asked once,
  // and a request while they are being kept waits for that one (a page asks again when a new build takes over).
  /** @type {Promise<void> | null} */
  let keeping = null;
  function keepStepsOnce() {
    keeping ??= keepSteps().finally(() => {
      keeping = null;
    });
    return keeping;
  }
  async function keepSteps() {
    const cache = await caches.open(GUIDE_CACHE);
    /** @type {string[]} */
    const missing = [];
    for (const url of stepUrls) if (!(await cache.match(url))) missing.push(url);
    await keepAll(cache, missing);
  }
  /** Whether the runtime cache holds every runtime file (the engine starts offline). */
  async function engineKept() {
    const cache = await caches.open(RUNTIME_CACHE);
    for (const url of runtimeUrls) if (!(await cache.match(url))) return false;
    return true;
  }
  scope.addEventListener("message", (event) => {
    const { type } = /** @type {{type?: unknown}} */ (event.data ?? {});
    /** @type {Promise<void> | null} */
    let keep = null;
    if (type === "keep-steps") keep = keepStepsOnce();
    if (type === "keep-steps-unless-engine") keep = engineKept().then((kept) => (kept ? undefined : keepStepsOnce()));
    if (keep) event.waitUntil(keep.catch(() => {})); // offline now: asked again on a later page
  });

  /** Whether an earlier build's guide cache holds the questionnaire without JavaScript (a page asked for it). */
  async function olderBuildKeptSteps() {
    const first = stepUrls[0];
    if (!first) return false;
    for (const name of await caches.keys()) {
      if (name.startsWith(GUIDE_PREFIX) && name !== GUIDE_CACHE && (await (await caches.open(name)).match(first))) return true;
    }
    return false;
  }

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

  /**
   * Why ``bytes`` are not the file the build made at ``url``, or null when they are (same length, same SHA-256).
   * @param {string} url
   * @param {ArrayBuffer} bytes
   */
  async function mismatch(url, bytes) {
    const expected = checks.get(url);
    if (!expected) return "the build lists no check for it";
    if (bytes.byteLength !== expected.bytes) return `${bytes.byteLength} bytes instead of ${expected.bytes}`;
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
    const hex = Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
    return hex === expected.sha256 ? null : "its SHA-256 differs";
  }

  /**
   * Cache a runtime file the network answered, if its bytes are the build's; a copy that differs is not kept (the
   * page was handed it as it came, and reports what it makes of it).
   * @param {Cache} cache
   * @param {Request} request
   * @param {Response} response a clone of what the page gets
   */
  async function keep(cache, request, response) {
    const bytes = await response.arrayBuffer();
    const why = await mismatch(request.url, bytes);
    if (why) {
      console.warn(`[offline] not kept: ${request.url} is not the file this build made (${why})`);
      return;
    }
    await store(cache, request, bytes, response.headers);
  }

  /**
   * Put a runtime file's checked bytes in the cache, marked as kept here.
   * @param {Cache} cache
   * @param {Request} request
   * @param {ArrayBuffer} bytes
   * @param {Headers} headers the network's answer's
   */
  async function store(cache, request, bytes, headers) {
    const kept = { "Content-Type": headers.get("Content-Type") ?? "", "Content-Length": String(bytes.byteLength), [KEPT_HEADER]: "1" };
    await cache.put(request, new Response(bytes, { headers: kept }));
  }

  /**
   * @param {FetchEvent} event
   * @param {Request} request
   */
  async function cacheFirst(event, request) {
    const cache = await caches.open(RUNTIME_CACHE);
    const cached = await cache.match(request);
    // The engine's worker starting afresh ("Try again") says so (AFRESH_HEADER): its copy here may be the damaged
    // one that failed. The network's copy then, in its place, if it is the build's; else (offline, an error, a
    // captive portal's page, a deploy that removed this runtime) this one (a diff review).
    if (cached && request.headers.get(AFRESH_HEADER) !== "1") return cached;
    let response;
    try {
      response = await fetch(request);
    } catch (error) {
      if (cached) return cached;
      throw error;
    }
    if (cached) {
      const bytes = response.status === 200 ? await response.arrayBuffer().catch(() => null) : null;
      const why = bytes ? await mismatch(request.url, bytes) : `HTTP ${response.status}`;
      if (!bytes || why) {
        console.warn(`[offline] kept copy served: the network's ${request.url} is not the file this build made (${why})`);
        return cached;
      }
      await store(cache, request, bytes, response.headers); // checked above: not hashed again
      return new Response(bytes, { headers: response.headers });
    }
    if (response.status === 200 && runtimeUrls.has(request.url)) {
      event.waitUntil(keep(cache, request, response.clone()).catch(() => {})); // the page gets its bytes meanwhile
    }
    return response;
  }

  /**
   * Pyodide's two JavaScript modules (1.2 MB) from the browser's HTTP cache when it holds them (never from the
   * network), else as every runtime file. The engine's worker imports them on every visit, and evaluated them
   * 150-300 ms sooner that way than from Cache Storage on a busy page load here; offline, and once the browser has
   * dropped its copy, the runtime cache still answers.
   * @param {FetchEvent} event
   * @param {Request} request
   */
  async function httpCacheFirst(event, request) {
    const kept = await fetch(request, { cache: "only-if-cached", mode: "same-origin" }).catch(() => null);
    return kept?.ok ? kept : cacheFirst(event, request);
  }

  /** @param {Request} request */
  async function networkFirst(request) {
    const page = request.mode === "navigate";
    try {
      const response = await fetch(request);
      // A page is kept by its address alone: one with a query (a link someone tagged) is the same page, and keeping
      // every such address would grow the cache with whatever the query held.
      if (response.status === 200 && page && !new URL(request.url).search) {
        const copy = response.clone();
        ours(request.url, copy, true)
          .then((own) => (own ? caches.open(GUIDE_CACHE).then((cache) => cache.put(request, copy)) : undefined))
          .catch(() => {});
      }
      return response;
    } catch (error) {
      const cached = await caches.match(request, { ignoreSearch: page });
      if (cached) return cached;
      // Offline, "tool" and "tool/index.html" are the page kept as "tool/" (an attack review: they were "not found"),
      // as the server's redirect and index make them online: sent there, so its relative links resolve as online.
      const address = page ? keptAddress(request.url) : null;
      if (address && (await caches.match(address, { ignoreSearch: true }))) return Response.redirect(address, 301);
      const missing = page ? await missingPage(request.url) : undefined;
      if (missing) return missing;
      throw error;
    }
  }

  // The 404 page's message, and what it says instead offline for a page of this build (overrides/404.html).
  const MISSING_MESSAGE = /<div data-missing>[\s\S]*?<\/div>/;
  const OFFLINE_MESSAGE = /<template data-offline>([\s\S]*?)<\/template>/;

  /**
   * The kept 404 page for a page the network could not give and the cache does not hold: as it is (status 404) for an
   * address the build has no page at; for one of the build's pages (a page of the questionnaire without JavaScript,
   * not kept), saying the reader is offline and the page opens once back online (status 503; an attack review: it
   * said the address may have a typo).
   * @param {string} url
   */
  async function missingPage(url) {
    const missing = await caches.match(absolute("404.html"));
    if (!missing) return undefined;
    const address = new URL(url);
    address.search = "";
    address.hash = "";
    const built = builtPages.has(address.href) || builtPages.has(keptAddress(address.href) ?? "");
    if (!built) return new Response(missing.body, { status: 404, headers: missing.headers });
    const html = await missing.text();
    const offline = OFFLINE_MESSAGE.exec(html);
    const headers = new Headers(missing.headers);
    headers.delete("content-length"); // the body may no longer be the file's
    const page = offline ? html.replace(MISSING_MESSAGE, () => offline[1] ?? "") : html;
    return new Response(page, { status: offline ? 503 : 404, headers });
  }

  /**
   * The address a page is kept under when ``url`` writes it another way (its folder without the slash, or its
   * index.html), else null.
   * @param {string} url
   */
  function keptAddress(url) {
    const address = new URL(url);
    const last = address.pathname.slice(address.pathname.lastIndexOf("/") + 1);
    if (last === "index.html") address.pathname = address.pathname.slice(0, -last.length);
    else if (last && !last.includes(".")) address.pathname += "/";
    else return null;
    return address.href;
  }

  const KEPT_COPY = "?kept"; // engine-worker.js asks for a module at this address when the browser's own request failed

  scope.addEventListener("fetch", (event) => {
    const { request } = event;
    if (request.method !== "GET" || !request.url.startsWith(root)) return; // the browser's own handling
    if (!request.url.startsWith(runtimePrefix)) event.respondWith(networkFirst(request));
    else if (request.url.endsWith(`.mjs${KEPT_COPY}`)) {
      event.respondWith(httpCacheFirst(event, new Request(request.url.slice(0, -KEPT_COPY.length))));
    } else if (request.url.endsWith(".mjs")) {
      if (!scope.navigator.onLine) event.respondWith(httpCacheFirst(event, request)); // else the browser's own handling
    } else event.respondWith(cacheFirst(event, request));
  });
})();
