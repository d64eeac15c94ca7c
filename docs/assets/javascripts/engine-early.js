// Starts the engine's worker from the top of the questionnaire page's <head>, before the body is parsed and
// Material's bundle is evaluated (it holds the main thread for ~100 ms on every load), and without waiting for a
// script file: the build writes this file's text inline, with the addresses as the element's data attributes
// (templates/tool/early-engine.html; the site's Content-Security-Policy lists its hash). A worker started later
// waited for the busy main thread to start it. engine-client.js adopts the worker, with the messages it sent
// meanwhile, when it loads; it starts the worker itself where this did not run (Save-Data, no Worker, a visit by
// Material's instant navigation, which swaps the body only) and after a retry. The runtime is kept for the site's
// service worker wherever one can be registered (offline.js); under `mkdocs serve`, which registers none, it goes to
// a cache no one reads.
// It also keeps the history entry's state as this load found it (`scaleWhatEntryState`): Material's bundle replaces
// it with its own record of the offset 100 ms after it runs, sometimes before the questionnaire's modules have read
// it, and scroll-return.js goes back to the offset it holds. And it notes each control of the form the reader changes
// before the page's modules run (`scaleWhatTouched`, by id and name): on a reload or a step back in history,
// storage-notices.js keeps those changes over the saved answers (an attack review: they were wiped without a word),
// and only those, where the form's other values may be a browser's copy of the page's earlier input.
// A classic script: an inline module would wait for the whole page to be parsed. No blank line (tool_render.py
// refuses one).
(() => {
  /** @type {{scaleWhatEntryState?: unknown}} */ (/** @type {unknown} */ (window)).scaleWhatEntryState = history.state;
  /** @type {Set<string>} */
  const touched = new Set();
  /** @param {Event} event */
  const touch = (event) => {
    const control = event.target;
    if (!(control instanceof Element)) return;
    for (const key of [control.id, control.getAttribute("name")]) if (key) touched.add(key);
  };
  for (const type of ["input", "change"]) document.addEventListener(type, touch, true);
  /** @type {{scaleWhatTouched?: Set<string>}} */ (/** @type {unknown} */ (window)).scaleWhatTouched = touched;
  // A share link whose "#" became "?" on its way (a mail or chat program, a redirect): its answers came in the
  // request, which the server has seen (an attack review: the page said nothing, and opened empty). Moved to the
  // fragment, where the page reads a link, before any script reads the address; storage-notices.js says what
  // happened.
  // Whatever follows it (a heading's "#", a share link of its own: then that one is opened), and in any case.
  const query = new URLSearchParams(location.search);
  /** The 404 page's mark in session storage (overrides/404.html): it sent the reader here, with the flag, at the
   * time the mark holds; a mark older than MARK_MS was left by a redirect that did not arrive (an attack review). */
  const LINK_IN_PATH_MARK = "scale-what:link-in-path";
  const MARK_MS = 30_000;
  const key = [...query.keys()].find((name) => name.toLowerCase() === "answers");
  // A share link after "#" as share-link.js reads one ("=" encoded, any case), with data: "#answers=?x" holds none
  // (a diff review: it was taken as the link to open, and the query's valid one dropped).
  const SHARE_HASH = /^#answers(?:=|%3d|%253d)[A-Za-z0-9_-]/i;
  // Its "=" percent-encoded once or twice, as a mail program may pass it on: the key is then "answers=eyJ..." to
  // URLSearchParams (an attack review: such a link was left in the address, unread and unsaid).
  // A parameter of its own, or after a "?" (or the "#" percent-encoded, "%23") that a tracker's value ends with
  // ("?utm_source=mail?answers=...", "?utm_campaign=spring%20sale?answers=...": an attack review), not one inside a
  // path another parameter holds ("?next=/tool/?answers=...", a "/" or a backslash, encoded or not: diff reviews);
  // the first that holds data.
  const inQueries = location.search
    .slice(1)
    .split("&")
    .map((part) => /^(?:(?:[^/?%\\]|%(?!2f|5c)[0-9a-f]{2})*(?:\?|%23))?answers(?:=|%3d|%253d)(.*)$/i.exec(part))
    .filter((found) => found !== null);
  const holding = inQueries.filter((found) => found[1] !== "");
  const inQuery = holding[0] ?? inQueries[0];
  // More than one that holds data: the first is opened, and the rest said (an attack review: a second one went
  // unsaid, where a second link after "#" is said).
  const more = holding.length > 1;
  // Answers anywhere else in the query, not opened: the request carried them all the same (an attack review: such an
  // address kept them, each reload sent them again, and the page said nothing). Taken out of the address, and said.
  // Escaped once or twice; eight characters of data at least, as any link holds ("?q=answers%3Dyes" is none).
  const ANSWERS_ANYWHERE = /(?:[^a-z0-9_-]|%(?:25)?[0-9a-f]{2})answers(?:=|%3d|%253d)[a-z0-9_-]{8}/i;
  const unread = !inQuery && key === undefined && ANSWERS_ANYWHERE.test(location.search);
  if (unread) {
    history.replaceState(history.state, "", `${location.pathname}${location.hash}`);
    /** @type {{scaleWhatLinkInQuery?: string}} */ (/** @type {unknown} */ (window)).scaleWhatLinkInQuery =
      SHARE_HASH.test(location.hash) ? "beside" : "unread";
  } else if (key === undefined && !inQuery && query.has("answers-in-path")) {
    // Sent here by the 404 page from a link whose "#" became "%23": its answers were in the request's path. The flag
    // leaves the address even with no link after it (a later attack review); with answers in the query too, those
    // are what the server saw: the case below.
    history.replaceState(history.state, "", `${location.pathname}${location.hash}`);
    // Only when the 404 page sent the reader here: it leaves a mark in this tab's session storage, taken here (an
    // attack review: a link crafted with the flag made the page say the server had seen answers it never had). Where
    // the browser keeps no session storage, the flag is all there is to go by.
    let redirected = true;
    try {
      const left = Number(sessionStorage.getItem(LINK_IN_PATH_MARK) ?? Number.NaN);
      redirected = Date.now() - left >= 0 && Date.now() - left < MARK_MS;
      sessionStorage.removeItem(LINK_IN_PATH_MARK);
    } catch {
      // no storage here
    }
    if (redirected && SHARE_HASH.test(location.hash)) {
      /** @type {{scaleWhatLinkInQuery?: string}} */ (/** @type {unknown} */ (window)).scaleWhatLinkInQuery = "path";
    }
  } else if (key !== undefined || inQuery) {
    // A share link after the "#" as share-link.js reads one ("=" encoded, any case) is the one opened: it never left
    // the browser (an attack review: "#answers%3D..." beside a query was dropped for the query's).
    const beside = SHARE_HASH.test(location.hash);
    // Read as a query, a "+" is a space (an attack review: a link in standard base64 was "damaged"): as written, its
    // percent-encoding alone undone ("%2B" is "+", a diff review).
    let written = inQuery?.[1];
    try {
      if (written !== undefined) written = decodeURIComponent(written);
    } catch {
      // a stray "%": as written
    }
    const fragment = beside ? location.hash : `#answers=${written ?? (key === undefined ? "" : query.get(key)) ?? ""}`;
    history.replaceState(history.state, "", `${location.pathname}${fragment}`);
    /** @type {{scaleWhatLinkInQuery?: string}} */ (/** @type {unknown} */ (window)).scaleWhatLinkInQuery =
      beside ? "beside" : more ? "moved-more" : "moved";
  }
  /** @typedef {import("./engine-client.js").EarlyEngine} EarlyEngine */
  /** @typedef {import("./engine-start.js").StartSettings} StartSettings */
  const global = /** @type {{scaleWhatEarlyEngine?: EarlyEngine}} */ (/** @type {unknown} */ (window));
  const source = document.currentScript;
  const connection = /** @type {{connection?: {saveData?: boolean}}} */ (navigator).connection;
  if (global.scaleWhatEarlyEngine || !source || connection?.saveData) return;
  if (typeof Worker !== "function" || typeof WebAssembly !== "object") return;
  /** @param {string | undefined} path */
  const url = (path) => new URL(path ?? "", location.href).href;
  /** @type {Event[]} */
  const events = [];
  /** @param {Event} event */
  const keep = (event) => events.push(event);
  const types = ["message", "error", "messageerror"];
  /** @type {StartSettings} */
  const settings = {
    runtimeUrl: url(source.dataset.runtime),
    wheelUrl: url(source.dataset.wheel),
    keepRuntime: "serviceWorker" in navigator,
  };
  // The worker boots with these settings, in its name, as soon as its script runs (engine-start.js's workerName).
  const params = new URLSearchParams({
    runtime: settings.runtimeUrl,
    wheel: settings.wheelUrl,
    keep: settings.keepRuntime ? "1" : "0",
  });
  /** @type {Worker} */
  let worker;
  try {
    worker = new Worker(url(source.dataset.worker), { type: "module", name: `scale-what-engine?${params}` });
  } catch {
    return; // engine-client.js tries again and names the failure
  }
  for (const type of types) worker.addEventListener(type, keep);
  const stop = () => types.forEach((type) => worker.removeEventListener(type, keep));
  global.scaleWhatEarlyEngine = { worker, urls: settings, events, stop, startTime: performance.now() };
  holdSearchWorker(worker);
  /**
   * Material's search worker builds the site's search index as soon as the page mounts search: ~265 ms of CPU here,
   * on one of the two cores the engine boots on, and a return visit's engine was ready ~120 ms later with it
   * (bench/notes.md). So its start waits until the engine has booted or failed, the reader heads for search (focus
   * in it), or HOLD_MS have passed; what the page posts to it meanwhile is delivered, in order, when it starts. Only
   * that worker is held, and the browser's Worker constructor is put back as soon as the hold ends.
   * @param {Worker} engine
   */
  function holdSearchWorker(engine) {
    const HOLD_MS = 10_000;
    const SEARCH_WORKER = /\/assets\/javascripts\/workers\/search\.[0-9a-f]+\.min\.js$/;
    const RealWorker = Worker; // the global, as window.Worker is in a page
    /** @type {() => void} */
    let release = () => {};
    /** @type {Promise<void>} */
    const released = new Promise((resolve) => {
      release = resolve;
    });
    /** A stand-in for the search worker: messages queue until the real one starts, its events are relayed. */
    class HeldWorker extends EventTarget {
      /** @type {Worker | null} */
      #worker = null;
      /** @type {[unknown, StructuredSerializeOptions | undefined][]} */
      #queue = [];
      #terminated = false;
      /** @type {((event: Event) => void) | null} */
      onmessage = null;
      /** @type {((event: Event) => void) | null} */
      onmessageerror = null;
      /** @type {((event: Event) => void) | null} */
      onerror = null;
      /**
       * @param {string | URL} url
       * @param {WorkerOptions | undefined} options
       */
      constructor(url, options) {
        super();
        released.then(() => {
          if (this.#terminated) return;
          /** @type {Worker} */
          let real;
          try {
            real = new RealWorker(url, options);
          } catch {
            this.#relay(new Event("error")); // as a worker whose script cannot start
            return;
          }
          for (const type of types) real.addEventListener(type, (event) => this.#relay(event));
          this.#worker = real;
          for (const [message, options] of this.#queue.splice(0)) real.postMessage(message, options);
        });
      }
      /**
       * @param {unknown} message
       * @param {StructuredSerializeOptions} [options]
       */
      postMessage(message, options) {
        if (this.#worker) this.#worker.postMessage(message, options);
        else if (!this.#terminated) this.#queue.push([message, options]);
      }
      terminate() {
        this.#terminated = true;
        this.#queue.length = 0;
        this.#worker?.terminate();
      }
      /** @param {Event} event */
      #relay(event) {
        const copy =
          event instanceof MessageEvent
            ? new MessageEvent(event.type, { data: event.data })
            : event instanceof ErrorEvent
              ? new ErrorEvent(event.type, {
                  message: event.message,
                  filename: event.filename,
                  lineno: event.lineno,
                  colno: event.colno,
                  error: event.error,
                })
              : new Event(event.type);
        this.dispatchEvent(copy);
        const handler = { message: this.onmessage, error: this.onerror, messageerror: this.onmessageerror }[event.type];
        handler?.call(this, copy);
      }
    }
    window.Worker = new Proxy(RealWorker, {
      construct(target, args, newTarget) {
        const [url, options] = /** @type {[string | URL, WorkerOptions | undefined]} */ (args);
        // Resolved now, against this page: instant navigation may have changed the page's address by the time the
        // hold ends, and Material's address is relative.
        /** @type {URL | null} */
        let address = null;
        try {
          address = new URL(String(url), location.href);
        } catch {
          // not an address: the browser's own Worker says so below
        }
        if (address && SEARCH_WORKER.test(address.pathname)) return new HeldWorker(address.href, options);
        return Reflect.construct(target, args, newTarget);
      },
    });
    /** @param {Event} event */
    const heard = (event) => {
      const type = /** @type {{type?: unknown} | null} */ (event instanceof MessageEvent ? event.data : null)?.type;
      if (event.type === "error" || type === "ready" || type === "fatal") release();
    };
    /** @param {Event} event */
    const headingForSearch = (event) => {
      if (event.target instanceof Element && event.target.closest('[data-md-component="search"]')) release();
    };
    for (const type of types) engine.addEventListener(type, heard);
    document.addEventListener("focusin", headingForSearch, true);
    const cap = setTimeout(release, HOLD_MS);
    released.then(() => {
      clearTimeout(cap);
      for (const type of types) engine.removeEventListener(type, heard);
      document.removeEventListener("focusin", headingForSearch, true);
      window.Worker = RealWorker;
    });
  }
})();
