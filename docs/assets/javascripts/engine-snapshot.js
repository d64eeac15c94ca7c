// The engine's memory snapshot, kept by the reader's browser after the first plain boot, so that later visits boot
// Pyodide with the engine already imported (Pyodide's private `_loadSnapshot`, pinned version).
// It lives in the origin private file system (OPFS), where the engine's worker reads its 31.5 MB in ~20 ms through
// a synchronous access handle (Cache Storage took 70–300 ms during a page load here). A folder holds the bytes and,
// written last, a small description of them (what made them, their length and checksum); each file is swapped in
// whole when written. A snapshot is used only when it was made by the same Pyodide version, from the same runtime
// folder (named by its files' hash: the stdlib zip the snapshot's Python read is the build's own) and the same engine
// wheel (its hash), and its bytes still have the length and checksum they were stored with; anything else is deleted
// and the engine boots plainly.

/**
 * @typedef {{pyodide: string, runtime: string, wheel: string}} SnapshotIdentity what a snapshot was made from: the
 *   Pyodide version, the runtime folder's path, the wheel's hash
 * @typedef {SnapshotIdentity & {length: number, checksum: string}} SnapshotAbout what is written beside the bytes
 * @typedef {{getSize(): number, read(buffer: Uint8Array, options: {at: number}): number, close(): void}} SyncAccessHandle
 *   the worker-only synchronous file API (not in TypeScript's DOM library)
 * @typedef {FileSystemFileHandle & {createSyncAccessHandle?: () => Promise<SyncAccessHandle>}} FileHandle
 */

export const SNAPSHOT_FOLDER = "scale-what-engine-snapshot";
const BYTES_FILE = "snapshot.bin";
const ABOUT_FILE = "about.json";
/** Where earlier builds kept the snapshot (Cache Storage): emptied once, so its 31.5 MB do not linger. */
const OLD_CACHE = "scale-what-engine-snapshot";

/**
 * The wheel's identity: the content hash in its URL's `v` parameter (the build writes it), else its path.
 * @param {string} wheelUrl
 */
export function wheelIdentity(wheelUrl) {
  const url = new URL(wheelUrl);
  return url.searchParams.get("v") || url.pathname;
}

/**
 * What is written beside a snapshot's bytes.
 * @param {SnapshotIdentity} identity
 * @param {Uint8Array<ArrayBuffer>} bytes
 * @returns {SnapshotAbout}
 */
export const describeSnapshot = (identity, bytes) => ({
  pyodide: identity.pyodide,
  runtime: identity.runtime,
  wheel: identity.wheel,
  length: bytes.length,
  checksum: checksum(bytes),
});

/**
 * Whether a stored description is of a snapshot made from ``identity``: "stale" when its Pyodide version, runtime
 * folder or wheel differs, or when it is not a description at all.
 * @param {unknown} about
 * @param {SnapshotIdentity} identity
 * @returns {"current" | "stale"}
 */
export function freshness(about, identity) {
  if (about === null || typeof about !== "object") return "stale";
  const { pyodide, runtime, wheel, length, checksum: sum } = /** @type {Record<string, unknown>} */ (about);
  // A description from an earlier build (a SHA-256, no checksum) is stale too: the snapshot is made again.
  const described = Number.isSafeInteger(length) && typeof sum === "string" && /^[0-9a-f]{32}$/.test(sum);
  const same = pyodide === identity.pyodide && runtime === identity.runtime && wheel === identity.wheel;
  return described && same ? "current" : "stale";
}

/** xxHash32's primes: PRIME2 spreads a word, PRIME1 (odd) mixes the lane, PRIME5 spreads a tail byte. */
const PRIME1 = 0x9e3779b1;
const PRIME2 = 0x85ebca77;
const PRIME5 = 0x165667b1;

/**
 * ``value``'s 32 bits rotated left by ``bits`` (1–31).
 * @param {number} value
 * @param {number} bits
 */
const rotl = (value, bits) => (value << bits) | (value >>> (32 - bits));

/**
 * One round of a lane: add the word spread by PRIME2, rotate, multiply by PRIME1 (xxHash32's round). Each step is
 * one-to-one in the lane, so any one changed word changes the result; the rotation carries every bit into the
 * next rounds (a product alone only carries bits upward: two flips of the top bit would cancel).
 * @param {number} lane
 * @param {number} word
 */
const round = (lane, word) => Math.imul(rotl(lane + Math.imul(word, PRIME2), 13), PRIME1);

/**
 * A 128-bit checksum of ``bytes`` as 32 hex digits: four lanes take every fourth 32-bit word in turn (``round``);
 * the last 0–15 bytes go into the first lane. It finds damage (a file cut short, changed on disk), not tampering:
 * whoever can write this origin's files can change its scripts as well. It runs on every return visit, on the
 * boot's path: 11–28 ms for the 31.5 MB in the engine's worker during a page load here, where SHA-256
 * (crypto.subtle) took 41–111 ms (bench/notes.md).
 * @param {Uint8Array} bytes
 */
export function checksum(bytes) {
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength >>> 2);
  let a = 1;
  let b = 2;
  let c = 3;
  let d = 4;
  const whole = words.length & ~3;
  for (let i = 0; i < whole; i += 4) {
    a = round(a, words[i] ?? 0);
    b = round(b, words[i + 1] ?? 0);
    c = round(c, words[i + 2] ?? 0);
    d = round(d, words[i + 3] ?? 0);
  }
  for (let i = whole * 4; i < aligned.length; i++) a = Math.imul(rotl(a + Math.imul(aligned[i] ?? 0, PRIME5), 11), PRIME1);
  return [a, b, c, d].map((lane) => (lane >>> 0).toString(16).padStart(8, "0")).join("");
}

/**
 * Whether ``bytes`` are the bytes ``about`` describes (not cut, not changed).
 * @param {SnapshotAbout} about
 * @param {Uint8Array<ArrayBuffer>} bytes
 */
export const intact = (about, bytes) => bytes.length === about.length && checksum(bytes) === about.checksum;

/**
 * The snapshot's folder in the origin private file system; null when there is no such storage (an insecure origin,
 * storage turned off, some private modes) or, unless ``create``, no folder yet.
 * @param {boolean} create
 * @returns {Promise<FileSystemDirectoryHandle | null>}
 */
async function openFolder(create) {
  try {
    const root = await navigator.storage.getDirectory();
    return await root.getDirectoryHandle(SNAPSHOT_FOLDER, { create });
  } catch {
    return null;
  }
}

/** Whether this browser has an origin private file system at all (where a snapshot could be kept). */
export const canKeepSnapshot = () => typeof navigator === "object" && typeof navigator.storage?.getDirectory === "function";

/**
 * The bytes of the file ``name`` in ``folder``: through a synchronous access handle where the browser has one (in a
 * worker), which reads the snapshot's 31.5 MB in ~20 ms where a File took 130–250 ms during a page load here; else,
 * or while another tab holds the file open, through a File.
 * @param {FileSystemDirectoryHandle} folder
 * @param {string} name
 * @returns {Promise<Uint8Array<ArrayBuffer>>}
 */
async function readBytes(folder, name) {
  const file = /** @type {FileHandle} */ (await folder.getFileHandle(name));
  const access = await file.createSyncAccessHandle?.().catch(() => null);
  if (access) {
    try {
      const bytes = new Uint8Array(access.getSize());
      access.read(bytes, { at: 0 });
      return bytes;
    } finally {
      access.close();
    }
  }
  return new Uint8Array(await (await file.getFile()).arrayBuffer());
}

/**
 * Write ``bytes`` as the file ``name`` of ``folder``: the browser swaps the whole new file in when it is closed,
 * so a write that stops half-way leaves the old file as it was.
 * @param {FileSystemDirectoryHandle} folder
 * @param {string} name
 * @param {Uint8Array<ArrayBuffer>} bytes
 */
async function writeBytes(folder, name, bytes) {
  const writable = await (await folder.getFileHandle(name, { create: true })).createWritable();
  await writable.write(bytes);
  await writable.close();
}

/**
 * The kept snapshot when it was made from ``identity``, with its bytes still being read and checked: ``bytes``
 * rejects with DamagedSnapshotError when they are not the bytes stored (the snapshot is then deleted). Else null
 * and why; a stale snapshot is deleted. ``identity`` is known once Pyodide's loader is imported: the bytes are read
 * meanwhile.
 * @param {Promise<SnapshotIdentity>} identity
 * @returns {Promise<{bytes: Promise<Uint8Array<ArrayBuffer>>, why: string} | {bytes: null, why: string}>}
 */
export async function readSnapshot(identity) {
  if (!canKeepSnapshot()) return { bytes: null, why: "no storage" };
  const folder = await openFolder(false);
  if (!folder) return { bytes: null, why: "no snapshot kept" };
  // Both files are opened at once: the bytes are read while the description is (it is almost always there).
  const description = readBytes(folder, ABOUT_FILE);
  const body = readBytes(folder, BYTES_FILE);
  body.catch(() => {}); // awaited below once the snapshot is known to be current
  /** @type {unknown} */
  let about = null;
  try {
    about = JSON.parse(new TextDecoder().decode(await description));
  } catch {
    about = null; // no description: none kept, or one whose writing stopped half-way
  }
  if (!about) return { bytes: null, why: "no snapshot kept" };
  if (freshness(about, await identity) === "stale") {
    const why = "the kept snapshot was made by another Pyodide, runtime or engine";
    console.warn(`[engine] ${why}: starting plainly`);
    await dropSnapshot();
    return { bytes: null, why };
  }
  const described = /** @type {SnapshotAbout} */ (about);
  const bytes = body.then(async (read) => {
    if (intact(described, read)) return read;
    await dropSnapshot();
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
 * Keep ``bytes`` as the snapshot for ``identity`` (replacing any other); storage errors are only logged. The
 * description goes first out and last in, so a write that stops half-way leaves no snapshot, never a wrong one.
 * @param {SnapshotIdentity} identity
 * @param {Uint8Array<ArrayBuffer>} bytes
 */
export async function saveSnapshot(identity, bytes) {
  if (!canKeepSnapshot()) return;
  try {
    const folder = await openFolder(true);
    if (!folder) return;
    await folder.removeEntry(ABOUT_FILE).catch(() => {});
    await writeBytes(folder, BYTES_FILE, bytes);
    const about = describeSnapshot(identity, bytes);
    await writeBytes(folder, ABOUT_FILE, new TextEncoder().encode(JSON.stringify(about)));
  } catch (error) {
    console.warn(`[engine] the memory snapshot was not kept: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof caches === "object") await caches.delete(OLD_CACHE).catch(() => false);
}

/** Forget the kept snapshot (a stale or damaged one, or one that failed to boot). */
export async function dropSnapshot() {
  try {
    const root = await navigator.storage.getDirectory();
    await root.removeEntry(SNAPSHOT_FOLDER, { recursive: true });
  } catch {
    // nothing kept, or no storage: nothing to forget
  }
}
