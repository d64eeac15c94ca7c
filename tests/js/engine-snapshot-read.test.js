import assert from "node:assert/strict";
import { afterEach, beforeEach, mock, test } from "node:test";

import {
  DamagedSnapshotError,
  describeSnapshot,
  readSnapshot,
  SNAPSHOT_FOLDER,
  snapshotBootOptions,
} from "../../docs/assets/javascripts/engine-snapshot.js";

// The origin private file system as the engine's worker sees it in Chromium, in memory: a synchronous access handle
// locks its file until closed, and a folder holding a locked file cannot be removed.

class StoredFile {
  /** @param {Uint8Array} bytes */
  constructor(bytes) {
    this.bytes = bytes;
    this.locked = false;
  }
}

class Folder {
  /** @param {{syncAccess: boolean}} settings */
  constructor(settings) {
    this.settings = settings;
    /** @type {Map<string, StoredFile>} */
    this.files = new Map();
    /** @type {Map<string, Folder>} */
    this.folders = new Map();
  }

  /** @param {string} name @param {{create?: boolean}} [options] */
  async getDirectoryHandle(name, options) {
    let folder = this.folders.get(name);
    if (!folder && options?.create) this.folders.set(name, (folder = new Folder(this.settings)));
    if (!folder) throw new DOMException(`no folder ${name}`, "NotFoundError");
    return folder;
  }

  /** @param {string} name */
  async getFileHandle(name) {
    const file = this.files.get(name);
    if (!file) throw new DOMException(`no file ${name}`, "NotFoundError");
    const handle = { getFile: async () => new Blob([/** @type {Uint8Array<ArrayBuffer>} */ (file.bytes)]) };
    if (!this.settings.syncAccess) return handle;
    return {
      ...handle,
      createSyncAccessHandle: async () => {
        if (file.locked) throw new DOMException("the file is open elsewhere", "NoModificationAllowedError");
        file.locked = true;
        return {
          getSize: () => file.bytes.length,
          read: (/** @type {Uint8Array} */ target, /** @type {{at: number}} */ { at }) => {
            const part = file.bytes.subarray(at, at + target.length);
            target.set(part);
            return part.length;
          },
          close: () => {
            file.locked = false;
          },
        };
      },
    };
  }

  /** Whether a file in this folder (or below) is locked. @returns {boolean} */
  anyLocked() {
    return [...this.files.values()].some((file) => file.locked) || [...this.folders.values()].some((f) => f.anyLocked());
  }

  /** @param {string} name */
  async removeEntry(name) {
    const folder = this.folders.get(name);
    if (folder?.anyLocked()) throw new DOMException("a file in it is open", "NoModificationAllowedError");
    this.folders.delete(name);
    this.files.delete(name);
  }
}

const IDENTITY = { pyodide: "314.0.7", runtime: "/assets/pyodide/314.0.7-0123abcd/", wheel: "0123456789abcdef" };
const PAGE = 65_536;

/**
 * A snapshot laid out as Pyodide 314 makes one: 32-bit words (a magic number, where the memory starts, ...), a
 * description of the JavaScript state, padded to a 16-byte boundary, then two pages of Python's memory.
 */
function snapshotBytes() {
  const memoryAt = 112;
  const bytes = new Uint8Array(memoryAt + 2 * PAGE).map((_, i) => (i * 37) % 256);
  new Uint32Array(bytes.buffer, 0, 2).set([0x2ad6eb1a, memoryAt]);
  return bytes;
}
const BYTES = snapshotBytes();
const MEMORY_AT = 112;

/** @type {Folder} */
let root;

/**
 * A root folder holding a kept snapshot of BYTES described for IDENTITY, with its bytes as `stored` gives them.
 * @param {{syncAccess?: boolean, stored?: Uint8Array, about?: Uint8Array | null}} [settings]
 */
function keep({ syncAccess = true, stored = BYTES, about } = {}) {
  root = new Folder({ syncAccess });
  const folder = new Folder({ syncAccess });
  root.folders.set(SNAPSHOT_FOLDER, folder);
  folder.files.set("snapshot.bin", new StoredFile(stored));
  const description = new TextEncoder().encode(JSON.stringify(describeSnapshot(IDENTITY, BYTES)));
  if (about !== null) folder.files.set("about.json", new StoredFile(about ?? description));
  return folder;
}

/** A module's memory as Pyodide's would be when the snapshot is read into it: the pages, holding other bytes. */
const pyodideMemory = (pages = 2) => {
  const memory = new WebAssembly.Memory({ initial: pages });
  new Uint8Array(memory.buffer).fill(0x5a);
  return memory;
};

beforeEach(() => {
  Object.defineProperty(globalThis, "navigator", {
    value: { storage: { getDirectory: async () => root } },
    configurable: true,
  });
  mock.method(console, "warn", () => {});
});
afterEach(() => mock.restoreAll());

for (const syncAccess of [true, false]) {
  const through = syncAccess ? "a synchronous access handle" : "a File";
  test(`a kept snapshot: its header at once, then Python's memory read straight into the module's (${through})`, async () => {
    const folder = keep({ syncAccess });
    const { snapshot, why } = await readSnapshot(Promise.resolve(IDENTITY));
    assert.equal(why, "kept snapshot");
    assert.ok(snapshot);
    assert.deepEqual(snapshot.header, BYTES.subarray(0, MEMORY_AT), "the header, up to where the memory starts");
    const memory = pyodideMemory();
    await snapshot.fill(memory);
    assert.deepEqual(new Uint8Array(memory.buffer), BYTES.subarray(MEMORY_AT));
    assert.equal(folder.anyLocked(), false, "the bytes' file is closed after the read");
  });

  for (const [damage, stored] of /** @type {[string, Uint8Array][]} */ ([
    ["one byte of the memory changed", BYTES.map((byte, i) => (i === 50_000 ? byte ^ 4 : byte))],
    ["one byte of the header changed", BYTES.map((byte, i) => (i === 60 ? byte ^ 4 : byte))],
  ])) {
    test(`${damage} (${through}): \`fill\` rejects as damaged, and the snapshot is deleted`, async () => {
      keep({ syncAccess, stored });
      const { snapshot } = await readSnapshot(Promise.resolve(IDENTITY));
      assert.ok(snapshot);
      await assert.rejects(snapshot.fill(pyodideMemory()), DamagedSnapshotError);
      assert.equal(root.folders.has(SNAPSHOT_FOLDER), false);
    });
  }

  for (const [damage, stored] of /** @type {[string, Uint8Array][]} */ ([
    ["cut short", BYTES.subarray(0, 60_000)],
    ["made longer", new Uint8Array([...BYTES, 0])],
  ])) {
    test(`bytes ${damage} (${through}) are damaged at once, and the snapshot is deleted`, async () => {
      keep({ syncAccess, stored });
      assert.deepEqual(await readSnapshot(Promise.resolve(IDENTITY)), { snapshot: null, why: "the kept snapshot was damaged" });
      assert.equal(root.folders.has(SNAPSHOT_FOLDER), false);
    });
  }
}

test("while another tab holds the bytes' file open, they are read through a File, and its lock is left alone", async () => {
  const folder = keep();
  const held = folder.files.get("snapshot.bin");
  assert.ok(held);
  held.locked = true; // the other tab's synchronous access handle
  const { snapshot } = await readSnapshot(Promise.resolve(IDENTITY));
  assert.ok(snapshot);
  const memory = pyodideMemory();
  await snapshot.fill(memory);
  assert.deepEqual(new Uint8Array(memory.buffer), BYTES.subarray(MEMORY_AT));
  assert.equal(held.locked, true);
});

test("a description whose bytes' file is gone is a damaged snapshot, deleted", async () => {
  const folder = keep();
  folder.files.delete("snapshot.bin");
  assert.deepEqual(await readSnapshot(Promise.resolve(IDENTITY)), { snapshot: null, why: "the kept snapshot was damaged" });
  assert.equal(root.folders.has(SNAPSHOT_FOLDER), false);
});

test("Pyodide gets the header as its snapshot, and its module only once the memory is filled", async () => {
  /** @type {string[]} */
  const steps = [];
  const memory = pyodideMemory();
  const kept = {
    header: BYTES.slice(0, MEMORY_AT),
    fill: async (/** @type {WebAssembly.Memory} */ into) => {
      assert.equal(into, memory, "the module's own memory");
      steps.push("filled");
    },
  };
  const options = snapshotBootOptions(kept, async () => {
    steps.push("made");
    return { memory };
  });
  assert.equal(options._loadSnapshot, kept.header);
  assert.deepEqual(await options.createPyodideModule({}), { memory });
  assert.deepEqual(steps, ["made", "filled"]);
  const failing = snapshotBootOptions(kept, async () => {
    throw new Error("no module");
  });
  await assert.rejects(failing.createPyodideModule({}), /no module/);
  assert.deepEqual(steps, ["made", "filled"], "nothing filled without a module");
});

test("a file not laid out as a snapshot (where the memory starts is past its end, or off a 16-byte boundary) is not booted, and is deleted", async () => {
  for (const memoryAt of [0x07070707, 100, 8]) {
    const stored = BYTES.slice();
    new Uint32Array(stored.buffer, 4, 1)[0] = memoryAt;
    keep({ stored });
    assert.deepEqual(await readSnapshot(Promise.resolve(IDENTITY)), { snapshot: null, why: "the kept snapshot did not boot" });
    assert.equal(root.folders.has(SNAPSHOT_FOLDER), false);
  }
});

test("a memory smaller than the snapshot's is grown to fit it, then filled, and the file is closed", async () => {
  // The final CI at 90c4cb5: once the engine's import outgrew a fresh module's memory, the fill was refused and every
  // return visit booted plainly.
  const folder = keep();
  const { snapshot } = await readSnapshot(Promise.resolve(IDENTITY));
  assert.ok(snapshot);
  const memory = new WebAssembly.Memory({ initial: 0, maximum: 4 });
  await snapshot.fill(memory);
  assert.ok(memory.buffer.byteLength >= BYTES.length - MEMORY_AT);
  assert.deepEqual(new Uint8Array(memory.buffer, 0, BYTES.length - MEMORY_AT), BYTES.subarray(MEMORY_AT));
  assert.equal(folder.anyLocked(), false);
});

test("after a fill that grew the memory, Emscripten's views of it are made again", async () => {
  const memory = new WebAssembly.Memory({ initial: 1, maximum: 4 });
  /** @type {number[]} */
  const notified = [];
  const grows = snapshotBootOptions({ header: BYTES.slice(0, MEMORY_AT), fill: async (into) => void into.grow(1) }, async () => ({
    memory,
    _emscripten_notify_memory_growth: (/** @type {number} */ index) => void notified.push(index),
  }));
  await grows.createPyodideModule({});
  assert.deepEqual(notified, [0]);
  const fits = snapshotBootOptions({ header: BYTES.slice(0, MEMORY_AT), fill: async () => {} }, async () => ({
    memory,
    _emscripten_notify_memory_growth: (/** @type {number} */ index) => void notified.push(index),
  }));
  await fits.createPyodideModule({});
  assert.deepEqual(notified, [0], "a memory that fitted keeps its views");
});

test("a boot that stops before the memory is read releases the file (a lock would keep a snapshot it deletes)", async () => {
  const folder = keep();
  const { snapshot } = await readSnapshot(Promise.resolve(IDENTITY));
  assert.ok(snapshot);
  assert.equal(folder.anyLocked(), true, "held open for the read to come");
  snapshot.release();
  snapshot.release(); // twice is harmless
  assert.equal(folder.anyLocked(), false);
});

test("a stale snapshot is deleted, its bytes' file closed first", async () => {
  keep();
  const { snapshot, why } = await readSnapshot(Promise.resolve({ ...IDENTITY, wheel: "fedcba9876543210" }));
  assert.equal(snapshot, null);
  assert.match(why, /another Pyodide, runtime or engine/);
  assert.equal(root.folders.has(SNAPSHOT_FOLDER), false);
});

test("without a description there is no snapshot, and nothing is left locked", async () => {
  for (const about of [null, new TextEncoder().encode("{\"pyodide\": ")]) {
    const folder = keep({ about });
    const { snapshot, why } = await readSnapshot(Promise.resolve(IDENTITY));
    assert.equal(snapshot, null);
    assert.equal(why, "no snapshot kept");
    assert.equal(folder.anyLocked(), false);
  }
});

test("when Pyodide's loader does not load, the read fails and leaves nothing locked", async () => {
  const folder = keep();
  await assert.rejects(readSnapshot(Promise.reject(new Error("offline"))));
  assert.equal(folder.anyLocked(), false);
});

test("nothing kept, or no storage at all", async () => {
  root = new Folder({ syncAccess: true });
  assert.deepEqual(await readSnapshot(Promise.resolve(IDENTITY)), { snapshot: null, why: "no snapshot kept" });
  Object.defineProperty(globalThis, "navigator", { value: {}, configurable: true });
  assert.deepEqual(await readSnapshot(Promise.resolve(IDENTITY)), { snapshot: null, why: "no storage" });
});
