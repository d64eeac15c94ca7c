import assert from "node:assert/strict";
import { afterEach, beforeEach, mock, test } from "node:test";

import {
  DamagedSnapshotError,
  describeSnapshot,
  readSnapshot,
  SNAPSHOT_FOLDER,
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
const BYTES = new Uint8Array(70_001).map((_, i) => (i * 37) % 256);

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

beforeEach(() => {
  Object.defineProperty(globalThis, "navigator", {
    value: { storage: { getDirectory: async () => root } },
    configurable: true,
  });
  mock.method(console, "warn", () => {});
});
afterEach(() => mock.restoreAll());

test("a kept snapshot's buffer has the described length at once, and its bytes once `filled` resolves", async () => {
  const folder = keep();
  const { snapshot, why } = await readSnapshot(Promise.resolve(IDENTITY));
  assert.equal(why, "kept snapshot");
  assert.ok(snapshot);
  assert.equal(snapshot.bytes.length, BYTES.length);
  await snapshot.filled;
  assert.deepEqual(snapshot.bytes, BYTES);
  assert.equal(folder.anyLocked(), false, "the bytes' file is closed after the read");
});

test("read through a File where there is no synchronous access handle", async () => {
  keep({ syncAccess: false });
  const { snapshot } = await readSnapshot(Promise.resolve(IDENTITY));
  assert.ok(snapshot);
  await snapshot.filled;
  assert.deepEqual(snapshot.bytes, BYTES);
});

for (const [damage, stored] of /** @type {[string, Uint8Array][]} */ ([
  ["one byte changed", BYTES.map((byte, i) => (i === 50_000 ? byte ^ 4 : byte))],
  ["cut short", BYTES.subarray(0, 60_000)],
  ["made longer", new Uint8Array([...BYTES, 0])],
])) {
  for (const syncAccess of [true, false]) {
    test(`bytes ${damage} are damaged (${syncAccess ? "synchronous access" : "a File"}): \`filled\` rejects, and the snapshot is deleted`, async () => {
      keep({ syncAccess, stored });
      const { snapshot } = await readSnapshot(Promise.resolve(IDENTITY));
      assert.ok(snapshot);
      await assert.rejects(snapshot.filled, DamagedSnapshotError);
      assert.equal(root.folders.has(SNAPSHOT_FOLDER), false);
    });
  }
}

test("a stale snapshot is deleted, its bytes' file closed first (a locked file would keep it)", async () => {
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
