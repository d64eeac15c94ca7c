// @ts-check
// Ahead of the reader: on a guide page, when the reader heads for the questionnaire (focus on, or a pointer over,
// a link to it), fetch the engine's runtime at low priority, so the questionnaire opens with it in the browser's
// cache. Never when the reader asked to save data (navigator.connection.saveData), never on the questionnaire itself
// (its worker fetches the runtime) nor once the engine has started in this document (Material's instant navigation
// keeps the worker, marked "engine-start" by engine-client.js), at most once per visit; without that signal a guide
// page fetches none of it.
// The files to fetch are listed by the build beside this script (runtime-files.json, scale_what_build/prefetch.py).
// Loaded once per visit (Material's instant navigation keeps it alive): the listeners sit on the document.

/** The questionnaire's page, relative to the site's root. */
export const TOOL_PAGE = "tool/";
/** The build's list of runtime files, relative to this script. */
export const MANIFEST = "runtime-files.json";

/** @typedef {(input: string, init: RequestInit) => Promise<{ok: boolean, json(): Promise<unknown>, arrayBuffer(): Promise<ArrayBuffer>}>} Fetch */
/** @typedef {{connection?: {saveData?: boolean}}} NavigatorLike */

/**
 * Whether ``href`` (absolute) is the questionnaire's page, whatever its fragment or query.
 * @param {string} href
 * @param {URL} toolUrl
 */
export function isToolLink(href, toolUrl) {
  let url;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  const path = (/** @type {string} */ p) => (p.endsWith("/index.html") ? p.slice(0, -"index.html".length) : p);
  return url.origin === toolUrl.origin && path(url.pathname) === path(toolUrl.pathname);
}

/**
 * Whether the reader asked the browser to save data.
 * @param {NavigatorLike} nav
 */
export function savesData(nav) {
  return nav.connection?.saveData === true;
}

/**
 * The runtime files' absolute URLs from the build's list (``files``: URLs relative to the site's root).
 * @param {unknown} manifest
 * @param {URL} siteRoot
 * @returns {string[]}
 */
export function runtimeUrls(manifest, siteRoot) {
  const files = manifest !== null && typeof manifest === "object" ? /** @type {{files?: unknown}} */ (manifest).files : null;
  if (!Array.isArray(files) || !files.every((file) => typeof file === "string")) {
    throw new TypeError("runtime-files.json: expected {files: [URL, ...]}");
  }
  return files.map((file) => new URL(file, siteRoot).href);
}

/**
 * Fetch the build's list, then every runtime file in it, at low priority; the bodies are read so the browser
 * keeps them. Resolves to the URLs fetched.
 * @param {Fetch} fetcher
 * @param {URL} manifestUrl
 * @param {URL} siteRoot
 */
export async function prefetchRuntime(fetcher, manifestUrl, siteRoot) {
  /** @type {RequestInit} */
  const init = { priority: "low", credentials: "same-origin" };
  const response = await fetcher(manifestUrl.href, init);
  if (!response.ok) return [];
  const urls = runtimeUrls(await response.json(), siteRoot);
  await Promise.all(urls.map((url) => fetcher(url, init).then((reply) => reply.arrayBuffer())));
  return urls;
}

/** The User Timing mark engine-client.js sets when it starts the engine's worker. */
export const ENGINE_STARTED = "engine-start";

/**
 * Listen on ``doc`` for a reader heading for the questionnaire and prefetch once; nothing on the questionnaire
 * itself, once the engine has started (``engineStarted``), or with Save-Data. Returns whether it listens.
 * @param {{location: {href: string}, addEventListener(type: string, listener: (event: Event) => void, options?: AddEventListenerOptions): void, removeEventListener(type: string, listener: (event: Event) => void): void}} doc
 * @param {NavigatorLike} nav
 * @param {Fetch} fetcher
 * @param {URL} scriptUrl this module's URL (the site's root is two folders up)
 * @param {() => boolean} engineStarted whether this document has started the engine already
 */
export function install(doc, nav, fetcher, scriptUrl, engineStarted) {
  const siteRoot = new URL("../../", scriptUrl);
  const toolUrl = new URL(TOOL_PAGE, siteRoot);
  const events = ["focusin", "pointerover"];
  /** @param {Event} event */
  const listener = (event) => {
    if (isToolLink(doc.location.href, toolUrl) || savesData(nav) || engineStarted()) return;
    const target = /** @type {{closest?: (selector: string) => {href?: unknown} | null} | null} */ (event.target);
    const link = typeof target?.closest === "function" ? target.closest("a[href]") : null;
    if (!link || typeof link.href !== "string" || !isToolLink(link.href, toolUrl)) return;
    for (const type of events) doc.removeEventListener(type, listener);
    prefetchRuntime(fetcher, new URL(MANIFEST, scriptUrl), siteRoot).catch(() => {
      // A prefetch is only a head start: the questionnaire fetches what it needs and reports its own failures.
    });
  };
  for (const type of events) doc.addEventListener(type, listener, { passive: true });
  return true;
}

if (typeof document !== "undefined") {
  install(
    document,
    /** @type {NavigatorLike} */ (/** @type {unknown} */ (navigator)),
    (input, init) => fetch(input, init),
    new URL(import.meta.url),
    () => performance.getEntriesByName(ENGINE_STARTED).length > 0,
  );
}
