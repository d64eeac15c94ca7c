// @ts-check
// The build's length and SHA-256 of each runtime file (scale_what_build/runtime_check.py writes them under `check`
// in runtime-files.json, and the same figures into sw.js for the service worker). The engine's worker keeps a first
// visit's runtime in the service worker's cache only where the bytes it read are these: a copy cut short or changed
// on the way (a proxy truncating the WebAssembly file, a captive portal answering 200 with its own page) is never
// kept, so it cannot be served from the cache on later visits. Loaded only when there is something to keep, a
// snapshot made from a wheel downloaded (engine-worker.js checks it first), or a failed boot to explain: a return
// visit, whose runtime and snapshot come from the caches, never reads the list nor hashes a byte.

import { MANIFEST, runtimeUrls } from "./prefetch.js";

/** @typedef {{bytes: number, sha256: string}} FileCheck */
/** @typedef {(input: string, init: RequestInit) => Promise<{ok: boolean, json(): Promise<unknown>}>} Fetch */

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * The build's checks by absolute URL, from runtime-files.json's content: one for every listed file, each a whole
 * non-negative length and a SHA-256 in lower-case hex. Anything else is refused with the reason.
 * @param {unknown} manifest
 * @param {URL} siteRoot
 * @returns {Map<string, FileCheck>}
 */
export function decodeChecks(manifest, siteRoot) {
  const files = runtimeUrls(manifest, siteRoot);
  const check = /** @type {{check?: unknown}} */ (manifest).check;
  if (check === null || typeof check !== "object" || Array.isArray(check)) {
    throw new TypeError(`${MANIFEST}: expected check: {URL: {bytes, sha256}, ...}`);
  }
  /** @type {Map<string, FileCheck>} */
  const found = new Map();
  for (const [path, value] of Object.entries(check)) {
    const { bytes, sha256 } = value !== null && typeof value === "object" ? value : /** @type {Partial<FileCheck>} */ ({});
    if (!Number.isSafeInteger(bytes) || Number(bytes) < 0 || typeof sha256 !== "string" || !SHA256_HEX.test(sha256)) {
      throw new TypeError(`${MANIFEST}: the check of ${JSON.stringify(path)} is not {bytes, sha256}`);
    }
    found.set(new URL(path, siteRoot).href, { bytes: Number(bytes), sha256 });
  }
  const unchecked = files.filter((url) => !found.has(url));
  if (unchecked.length > 0) throw new TypeError(`${MANIFEST}: no check for ${unchecked.join(", ")}`);
  return found;
}

/**
 * Fetch the build's list beside this script and decode its checks.
 * @param {Fetch} fetcher
 * @param {URL} scriptUrl a script in the site's assets/javascripts/ folder (the site's root is two folders up)
 */
export async function loadChecks(fetcher, scriptUrl) {
  const url = new URL(MANIFEST, scriptUrl);
  const response = await fetcher(url.href, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`${MANIFEST} could not be read`);
  return decodeChecks(await response.json(), new URL("../../", scriptUrl));
}

/** @param {ArrayBuffer} digest */
export const hex = (digest) => Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");

/**
 * Why ``bytes`` are not the file the build made, or null when they are: the length first (free), then the SHA-256.
 * @param {ArrayBuffer} bytes
 * @param {FileCheck | undefined} expected
 * @param {{digest(algorithm: string, data: ArrayBuffer): Promise<ArrayBuffer>}} subtle
 * @returns {Promise<string | null>}
 */
export async function mismatch(bytes, expected, subtle) {
  if (!expected) return "the build lists no check for it";
  if (bytes.byteLength !== expected.bytes) return `${bytes.byteLength} bytes instead of ${expected.bytes}`;
  return hex(await subtle.digest("SHA-256", bytes)) === expected.sha256 ? null : "its SHA-256 differs";
}
