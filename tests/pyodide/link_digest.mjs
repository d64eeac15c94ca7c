// Boot a Pyodide runtime in Node and write down how its main module was linked, for test_runtime_patch.py.
// Usage: node link_digest.mjs RUNTIME_DIR WHEEL OUT.json [SNAPSHOT_IN | --make-snapshot SNAPSHOT_OUT]
// Boots plainly (and with --make-snapshot keeps a memory snapshot made after the engine's import, as the page does),
// or from SNAPSHOT_IN (the wheel unpacked again, as on a return visit). OUT.json gets every GOT entry (name and
// address: read by name, and listed), every function-table slot (null, or the function's name and WebAssembly type)
// and the engine's reply to a version request.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";

const [runtimeDir, wheelPath, outPath, flagOrSnapshot, snapshotOut] = process.argv.slice(2);
if (!runtimeDir || !wheelPath || !outPath) {
  console.error("usage: node link_digest.mjs RUNTIME_DIR WHEEL OUT.json [SNAPSHOT_IN | --make-snapshot SNAPSHOT_OUT]");
  process.exit(2);
}
const making = flagOrSnapshot === "--make-snapshot";
const snapshotIn = !making && flagOrSnapshot ? new Uint8Array(await readFile(flagOrSnapshot)) : undefined;

const { loadPyodide } = await import(path.join(path.resolve(runtimeDir), "pyodide.mjs"));
const options = { indexURL: path.resolve(runtimeDir) + path.sep, stdout: () => {} };
const pyodide = await loadPyodide(snapshotIn ? { ...options, _loadSnapshot: snapshotIn } : { ...options, _makeSnapshot: making });
const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
pyodide.unpackArchive(new Uint8Array(await readFile(wheelPath)), "wheel", { extractDir: sitePackages });
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
// Each slot's function: its name, and its WebAssembly type where Node reflects types (node
// --experimental-wasm-type-reflection), else its parameter count.
const typeOf = (/** @type {Function} */ entry) =>
  // @ts-ignore: WebAssembly.Function is behind a flag, not in TypeScript's library
  typeof WebAssembly.Function?.type === "function" ? WebAssembly.Function.type(entry) : entry.length;
const table = [];
for (let slot = 0; slot < module.wasmTable.length; slot++) {
  const entry = module.wasmTable.get(slot);
  table.push(entry === null ? null : [entry.name, typeOf(entry)]);
}
const reply = handle(JSON.stringify({ command: "version", payload: {} }));
await writeFile(outPath, JSON.stringify({ byName, got, table, reply }));
