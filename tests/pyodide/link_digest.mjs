// Boot a Pyodide runtime in Node and write down how its main module was linked, for test_runtime_patch.py.
// Usage: node --experimental-wasm-type-reflection link_digest.mjs RUNTIME_DIR WHEEL OUT.json
//          [SNAPSHOT_IN | --make-snapshot SNAPSHOT_OUT]
// Boots plainly (and with --make-snapshot keeps a memory snapshot made after the engine's import, as the page does),
// or from SNAPSHOT_IN (the wheel unpacked again, as on a return visit). OUT.json gets every GOT entry (name and
// address: read by name, and listed), every function-table slot (null, or the function's name and WebAssembly type)
// and the engine's reply to a version request.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";

import { fitMemory, memoryStart, snapshotBootOptions } from "../../docs/assets/javascripts/engine-snapshot.js";
import { installWheel, runtimeAt } from "./engine_in_node.mjs";

const [runtimeDir, wheelPath, outPath, flagOrSnapshot, snapshotOut] = process.argv.slice(2);
if (!runtimeDir || !wheelPath || !outPath) {
  console.error("usage: node link_digest.mjs RUNTIME_DIR WHEEL OUT.json [SNAPSHOT_IN | --make-snapshot SNAPSHOT_OUT]");
  process.exit(2);
}
const making = flagOrSnapshot === "--make-snapshot";
const snapshotIn = !making && flagOrSnapshot ? new Uint8Array(await readFile(flagOrSnapshot)) : undefined;

const { loadPyodide, options } = await runtimeAt(runtimeDir);
/**
 * Boot options from ``snapshot`` as the page's worker boots (engine-snapshot.js): the header to Pyodide, Python's
 * memory into the module's memory, grown to fit (Pyodide's own restore does not grow it: a RangeError once the
 * engine's import outgrew a fresh module's memory).
 * @param {Uint8Array} snapshot
 */
async function fromSnapshot(snapshot) {
  const memoryAt = memoryStart(snapshot, snapshot.length);
  if (memoryAt === null) throw new Error("not a snapshot laid out as engine-snapshot.js reads one");
  const kept = {
    header: snapshot.slice(0, memoryAt),
    fill: async (/** @type {WebAssembly.Memory} */ memory) => {
      fitMemory(memory, snapshot.length - memoryAt);
      new Uint8Array(memory.buffer).set(snapshot.subarray(memoryAt));
    },
  };
  const { default: create } = await import(path.resolve(runtimeDir, "pyodide.asm.mjs"));
  return snapshotBootOptions(kept, create);
}
const pyodide = await loadPyodide(
  snapshotIn ? { ...options, ...(await fromSnapshot(snapshotIn)) } : { ...options, _makeSnapshot: making },
);
installWheel(pyodide, new Uint8Array(await readFile(wheelPath)));
const handle = pyodide.pyimport("decision_engine.bridge").handle;
if (making) await writeFile(snapshotOut, pyodide.makeMemorySnapshot());

const module = pyodide._module;
// Every export of the main module read by name first (`in`, then a read: the edited runtime makes a deferred
// global on that read), then the whole GOT listed (which makes every deferred global at once): both ways a side
// module or Pyodide could reach an entry.
const wasm = await WebAssembly.compile(await readFile(path.join(runtimeDir, "pyodide.asm.wasm")));
const byName = WebAssembly.Module.exports(wasm).map(({ name }) => [name, name in module.GOT ? module.GOT[name].value : null]);
const got = Object.keys(module.GOT)
  .sort()
  .map((name) => [name, module.GOT[name].value]);
// Each slot's function: its name and WebAssembly type (run with node --experimental-wasm-type-reflection).
// @ts-ignore: WebAssembly.Function is behind that flag, not in TypeScript's library
const { Function: WasmFunction } = WebAssembly;
const table = [];
for (let slot = 0; slot < module.wasmTable.length; slot++) {
  const entry = module.wasmTable.get(slot);
  table.push(entry === null ? null : [entry.name, WasmFunction.type(entry)]);
}
const reply = handle(JSON.stringify({ command: "version", payload: {} }));
await writeFile(outPath, JSON.stringify({ byName, got, table, reply }));
