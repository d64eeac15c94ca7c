// The engine's memory snapshot, kept by the reader's browser (Cache Storage) after the first plain boot, so that
// later visits boot Pyodide with the engine already imported (Pyodide's private `_loadSnapshot`, pinned version).
// A snapshot is used only when it was made by the same Pyodide version from the same engine wheel (its hash) and
// its bytes still have the SHA-256 they were stored with; anything else is deleted and the engine boots plainly.

/** @typedef {{pyodide: string, wheel: string}} SnapshotIdentity what a snapshot was made from */
/** @typedef {{get(name: string): string | null}} HeaderReader */

export const SNAPSHOT_CACHE = "scale-what-engine-snapshot";
const PYODIDE_HEADER = "x-pyodide-version";
const WHEEL_HEADER = "x-engine-wheel";
const DIGEST_HEADER = "x-snapshot-sha256";

/**
 * The wheel's identity: the content hash in its URL's `v` parameter (the build writes it), else its path.
 * @param {string} wheelUrl
 */
export function wheelIdentity(wheelUrl) {
  const url = new URL(wheelUrl);
  return url.searchParams.get("v") || url.pathname;
}

/**
 * The headers a snapshot is stored with.
 * @param {SnapshotIdentity} identity
 * @param {string} digest hex SHA-256 of the snapshot's bytes
 * @returns {Record<string, string>}
 */
export const snapshotHeaders = (identity, digest) => ({
  "content-type": "application/octet-stream",
  [PYODIDE_HEADER]: identity.pyodide,
  [WHEEL_HEADER]: identity.wheel,
  [DIGEST_HEADER]: digest,
});

/**
 * Whether a stored snapshot was made from ``identity``: "stale" when its Pyodide version or wheel differs.
 * @param {HeaderReader} headers
 * @param {SnapshotIdentity} identity
 * @returns {"current" | "stale"}
 */
export function freshness(headers, identity) {
  const same = headers.get(PYODIDE_HEADER) === identity.pyodide && headers.get(WHEEL_HEADER) === identity.wheel;
  return same && /^[0-9a-f]{64}$/.test(headers.get(DIGEST_HEADER) ?? "") ? "current" : "stale";
}

/**
 * The hex SHA-256 of ``bytes``.
 * @param {Uint8Array<ArrayBuffer>} bytes
 */
export async function sha256(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Whether ``bytes`` are the bytes the headers describe (not cut, not changed).
 * @param {HeaderReader} headers
 * @param {Uint8Array<ArrayBuffer>} bytes
 */
export const intact = async (headers, bytes) => (await sha256(bytes)) === headers.get(DIGEST_HEADER);

/** @returns {Promise<Cache | null>} the browser's cache for snapshots, or null where there is none */
async function openCache() {
  if (typeof caches !== "object") return null; // an insecure origin, or storage turned off
  try {
    return await caches.open(SNAPSHOT_CACHE);
  } catch {
    return null; // storage denied (private modes): boot plainly every time
  }
}

/**
 * The kept snapshot when it was made from ``identity`` (its headers say so), with its bytes still being read and
 * checked: ``bytes`` rejects when they are not the bytes stored (the snapshot is then deleted). Else null and
 * why; a stale snapshot is deleted. ``identity`` is known once Pyodide's loader is imported.
 * @param {string} key the URL the snapshot is kept under (never fetched)
 * @param {Promise<SnapshotIdentity>} identity
 * @returns {Promise<{bytes: Promise<Uint8Array<ArrayBuffer>>, why: string} | {bytes: null, why: string}>}
 */
export async function readSnapshot(key, identity) {
  const cache = await openCache();
  const response = await cache?.match(key).catch(() => undefined);
  if (!cache || !response) return { bytes: null, why: cache ? "no snapshot kept" : "no storage" };
  const body = response.arrayBuffer(); // read while the identity is awaited
  body.catch(() => {});
  if (freshness(response.headers, await identity) === "stale") {
    const why = "the kept snapshot was made by another Pyodide or engine";
    console.warn(`[engine] ${why}: starting plainly`);
    await cache.delete(key);
    return { bytes: null, why };
  }
  const bytes = body.then(async (buffer) => {
    const read = new Uint8Array(buffer);
    if (await intact(response.headers, read)) return read;
    await cache.delete(key);
    throw new DamagedSnapshotError();
  });
  bytes.catch(() => {}); // the boot that awaits it handles the rejection
  return { bytes, why: "kept snapshot" };
}

/** The kept snapshot's bytes are not the bytes it was stored with. */
export class DamagedSnapshotError extends Error {
  constructor() {
    super("the kept snapshot was damaged");
  }
}

/**
 * Keep ``bytes`` as the snapshot for ``identity`` (replacing any other); storage errors are only logged.
 * @param {string} key
 * @param {SnapshotIdentity} identity
 * @param {Uint8Array<ArrayBuffer>} bytes
 */
export async function saveSnapshot(key, identity, bytes) {
  const cache = await openCache();
  if (!cache) return;
  try {
    const headers = snapshotHeaders(identity, await sha256(bytes));
    await cache.put(key, new Response(new Blob([bytes]), { headers }));
  } catch (error) {
    console.warn(`[engine] the memory snapshot was not kept: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Forget the snapshot (one that failed to boot).
 * @param {string} key
 */
export async function dropSnapshot(key) {
  const cache = await openCache();
  await cache?.delete(key);
}
