// The engine's memory snapshot, kept by the reader's browser after the first plain boot, so that later visits boot
// Pyodide with the engine already imported (Pyodide's private `_loadSnapshot`, pinned version).
// It lives in the origin private file system (OPFS), where the engine's worker reads its 31.5 MB in ~20 ms through
// a synchronous access handle (Cache Storage took 70–300 ms during a page load here). A folder holds the bytes and,
// written last, a small description of them (what made them, their length and checksum); each file is swapped in
// whole when written. A snapshot is used only when it was made by the same Pyodide version, from the same runtime
// folder (named by its files' hash: the stdlib zip the snapshot's Python read is the build's own) and the same engine
// wheel (its hash), and its bytes still have the length and checksum they were stored with; anything else is deleted
// and the engine boots plainly.

import { checksum, memoryChecksum } from "./snapshot-checksum.js";

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
 * @typedef {{size: number, readInto(target: Uint8Array, at: number): Promise<number>, close(): void}} OpenFile a file
 *   opened to read: its size, a read of its bytes from ``at`` into ``target`` (how many were read), and its release
 */

/**
 * The file ``name`` in ``folder``, opened to read: through a synchronous access handle where the browser has one (in
 * a worker), which reads the snapshot's 31.5 MB in ~20 ms where a File took 130–250 ms during a page load here; else,
 * or while another tab holds the file open, through a File. A synchronous access handle locks the file until closed.
 * @param {FileSystemDirectoryHandle} folder
 * @param {string} name
 * @returns {Promise<OpenFile>}
 */
async function openFile(folder, name) {
  const file = /** @type {FileHandle} */ (await folder.getFileHandle(name));
  const access = await file.createSyncAccessHandle?.().catch(() => null);
  if (access) {
    let open = true;
    const close = () => {
      if (open) access.close();
      open = false;
    };
    return { size: access.getSize(), readInto: async (target, at) => access.read(target, { at }), close };
  }
  const blob = await file.getFile();
  /** @type {OpenFile["readInto"]} */
  const readInto = async (target, at) => {
    const bytes = new Uint8Array(await blob.slice(at, at + target.length).arrayBuffer());
    target.set(bytes);
    return bytes.length;
  };
  return { size: blob.size, readInto, close: () => {} };
}

/**
 * The bytes of the file ``name`` in ``folder``.
 * @param {FileSystemDirectoryHandle} folder
 * @param {string} name
 */
async function readBytes(folder, name) {
  const file = await openFile(folder, name);
  try {
    const bytes = new Uint8Array(file.size);
    await file.readInto(bytes, 0);
    return bytes;
  } finally {
    file.close();
  }
}

/**
 * Where Python's memory starts in a snapshot of ``size`` bytes whose first 16 bytes are ``start``, as Pyodide 314
 * lays a snapshot out (its makeSnapshot): 32-bit words, the second of which says where the memory starts, on a
 * 16-byte boundary, after a description of the JavaScript state. Null when the bytes are not laid out so.
 * @param {Uint8Array} start
 * @param {number} size
 */
export function memoryStart(start, size) {
  if (start.length < 16) return null;
  const memoryAt = new DataView(start.buffer, start.byteOffset, 16).getUint32(4, true);
  return memoryAt >= 16 && memoryAt % 16 === 0 && memoryAt <= size ? memoryAt : null;
}

/**
 * A snapshot's header: its bytes up to where Python's memory starts; null when the file is not laid out as one.
 * @param {OpenFile} file
 */
async function readHeader(file) {
  const start = new Uint8Array(16);
  const memoryAt = (await file.readInto(start, 0)) === 16 ? memoryStart(start, file.size) : null;
  if (memoryAt === null) return null;
  const header = new Uint8Array(memoryAt);
  return (await file.readInto(header, 0)) === memoryAt ? header : null;
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
 * @typedef {(settings: object) => Promise<unknown>} CreatePyodideModule pyodide.asm.mjs's default export
 */

/**
 * Pyodide's options to boot from ``snapshot``: Pyodide copies a snapshot's memory into its module once the module is
 * made (evaluated, instantiated, linked). Here the module is made, then ``fill`` puts Python's memory straight into
 * the module's memory (read from the file and checked there), and Pyodide is handed the snapshot's header only, so
 * finds nothing left to copy: the 31.5 MB are read once, not read and copied.
 * @param {Pick<KeptSnapshot, "header" | "fill">} snapshot
 * @param {CreatePyodideModule} create
 */
export const snapshotBootOptions = (snapshot, create) => ({
  _loadSnapshot: snapshot.header,
  /** @type {CreatePyodideModule} */
  createPyodideModule: async (settings) => {
    const module = /** @type {{memory: WebAssembly.Memory, _emscripten_notify_memory_growth?: (index: number) => void}} */ (await create(settings));
    const buffer = module.memory.buffer;
    await snapshot.fill(module.memory);
    // A fill that grew the memory left Emscripten's views of it on the old buffer: they are made again, as after
    // Python's own growth.
    if (module.memory.buffer !== buffer) module._emscripten_notify_memory_growth?.(0);
    return module;
  },
});

/** WebAssembly's page: memory grows by whole pages. */
const WASM_PAGE = 65536;

/**
 * Grow ``memory`` to hold ``length`` bytes, when it does not.
 * @param {WebAssembly.Memory} memory
 * @param {number} length
 */
export function fitMemory(memory, length) {
  const missing = length - memory.buffer.byteLength;
  if (missing > 0) memory.grow(Math.ceil(missing / WASM_PAGE));
}

/**
 * @typedef {{header: Uint8Array<ArrayBuffer>, fill(memory: WebAssembly.Memory): Promise<void>, release(): void}} KeptSnapshot
 *   the snapshot's header (what Pyodide reads first), and the read of the rest, Python's memory, straight into the
 *   memory of Pyodide's module: ``fill`` resolves once the bytes are read and found intact, and rejects with
 *   DamagedSnapshotError when they are not the bytes stored (the snapshot is then deleted). ``release`` closes the file
 *   when the boot stops before ``fill``.
 */

const DAMAGED = "the kept snapshot was damaged";
const NOT_BOOTABLE = "the kept snapshot did not boot";

/**
 * The kept snapshot when it was made from ``identity``; else null and why (a stale or damaged snapshot is deleted).
 * ``identity`` is known once Pyodide's loader is imported: the files are opened meanwhile. Python's memory is read
 * later, once Pyodide's module is made (evaluated, instantiated and linked), straight into its memory: Pyodide then
 * finds nothing to copy (its snapshot, the header, ends where the memory starts).
 * @param {Promise<SnapshotIdentity>} identity
 * @returns {Promise<{snapshot: KeptSnapshot, why: string} | {snapshot: null, why: string}>}
 */
export async function readSnapshot(identity) {
  if (!canKeepSnapshot()) return { snapshot: null, why: "no storage" };
  const folder = await openFolder(false);
  if (!folder) return { snapshot: null, why: "no snapshot kept" };
  // Both files are opened at once (the bytes' file is almost always there).
  const description = readBytes(folder, ABOUT_FILE);
  const body = openFile(folder, BYTES_FILE);
  body.catch(() => {}); // awaited below
  const release = () => body.then((file) => file.close(), () => {}); // its lock, before the file is deleted or left
  /** @type {unknown} */
  let about = null;
  try {
    about = JSON.parse(new TextDecoder().decode(await description));
  } catch {
    about = null; // no description: none kept, or one whose writing stopped half-way
  }
  const current = about ? await identity.then((made) => freshness(about, made), () => null) : null;
  if (current !== "current") await release();
  if (!about) return { snapshot: null, why: "no snapshot kept" };
  if (current === null) throw new Error("Pyodide's loader did not load"); // reported by the boot, which needs it too
  if (current === "stale") {
    const why = "the kept snapshot was made by another Pyodide, runtime or engine";
    console.warn(`[engine] ${why}: starting plainly`);
    await dropSnapshot();
    return { snapshot: null, why };
  }
  const described = /** @type {SnapshotAbout} */ (about);
  const file = await body.catch(() => null);
  const whole = file !== null && file.size === described.length; // else gone, cut short or made longer
  const header = whole ? await readHeader(file).catch(() => null) : null;
  if (!file || !header) {
    file?.close();
    await dropSnapshot();
    return { snapshot: null, why: whole ? NOT_BOOTABLE : DAMAGED };
  }
  /** @param {WebAssembly.Memory} memory */
  const fill = async (memory) => {
    const length = described.length - header.length;
    try {
      // Python's memory when the snapshot was made may be larger than a fresh module's: grown to fit (it was refused,
      // and every return visit booted plainly once the engine's import outgrew the fresh memory).
      fitMemory(memory, length);
      const read = await file.readInto(new Uint8Array(memory.buffer, 0, length), header.length);
      if (read === length && memoryChecksum(header, memory, length) === described.checksum) return;
    } finally {
      file.close();
    }
    await dropSnapshot();
    throw new DamagedSnapshotError();
  };
  return { snapshot: { header, fill, release: () => file.close() }, why: "kept snapshot" };
}

/** The kept snapshot's bytes are not the bytes it was stored with. */
export class DamagedSnapshotError extends Error {
  constructor() {
    super(DAMAGED);
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
