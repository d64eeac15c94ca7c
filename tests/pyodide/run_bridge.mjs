// Run decision_engine.bridge requests under the npm Pyodide in Node.
// Usage: node run_bridge.mjs WHEEL [plain|snapshot]
// Boots Pyodide once, installs the wheel without micropip or network, then serves jobs until stdin closes: each
// stdin line is a job, {"requests": REQUESTS.jsonl, "replies": REPLIES.jsonl}; one bridge reply per request line
// goes to the replies file, in order, and "done" to stdout. Replies go to a file: Node truncates large stderr/stdout
// pipes on a fatal exit. One Pyodide serves every job, as the page's worker serves every answer of a visit.
// With "snapshot" the replies come from a second Pyodide booted from a memory snapshot of the first, made after
// the engine's import, booted as the page's worker does on a return visit (engine-worker.js): the snapshot holds
// Python's memory, not its files, so the wheel is unpacked again before the first request.
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { createInterface } from "node:readline";

import { fitMemory, memoryStart, snapshotBootOptions } from "../../docs/assets/javascripts/engine-snapshot.js";
import { installWheel, runtimeAt } from "./engine_in_node.mjs";

const [wheelPath, mode = "plain"] = process.argv.slice(2);
if (!wheelPath || !["plain", "snapshot"].includes(mode)) {
  console.error("usage: node run_bridge.mjs WHEEL [plain|snapshot]");
  process.exit(2);
}

const require = createRequire(import.meta.url);
// $PYODIDE_DIR: the runtime as the site ships it (its stdlib zip trimmed); else the npm package.
const pyodideDir =
  process.env.PYODIDE_DIR ?? path.dirname(require.resolve("pyodide/package.json", { paths: [process.cwd()] }));
const { loadPyodide, options } = await runtimeAt(pyodideDir);

const wheel = new Uint8Array(await readFile(wheelPath));
let pyodide = await loadPyodide({ ...options, _makeSnapshot: mode === "snapshot" });
installWheel(pyodide, wheel);
pyodide.pyimport("decision_engine.bridge");
if (mode === "snapshot") {
  // As the worker boots from its kept snapshot: Pyodide gets the header, and Python's memory goes straight into its
  // module's memory before Pyodide restores the rest.
  const snapshot = pyodide.makeMemorySnapshot();
  const memoryAt = memoryStart(snapshot, snapshot.length);
  if (memoryAt === null) throw new Error("Pyodide's snapshot is not laid out as engine-snapshot.js reads one");
  const kept = {
    header: snapshot.slice(0, memoryAt),
    fill: async (/** @type {WebAssembly.Memory} */ memory) => {
      fitMemory(memory, snapshot.length - memoryAt); // as the page's fill does
      new Uint8Array(memory.buffer).set(snapshot.subarray(memoryAt));
    },
  };
  const { default: create } = await import(path.resolve(pyodideDir, "pyodide.asm.mjs"));
  pyodide = await loadPyodide({ ...options, ...snapshotBootOptions(kept, create) });
  if (!pyodide.runPython("import sys; 'decision_engine.bridge' in sys.modules")) {
    throw new Error("the snapshot-booted Pyodide has not imported the engine: it is not booted from the snapshot");
  }
  installWheel(pyodide, wheel);
}
const handle = pyodide.pyimport("decision_engine.bridge").handle;

for await (const job of createInterface({ input: process.stdin })) {
  const { requests, replies } = JSON.parse(job);
  const lines = (await readFile(requests, "utf8")).split("\n").filter((line) => line.length > 0);
  await writeFile(replies, lines.map((line) => handle(line) + "\n").join(""), "utf8");
  process.stdout.write("done\n");
}
