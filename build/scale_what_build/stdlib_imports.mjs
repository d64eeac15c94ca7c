// List the files of Pyodide's stdlib zip that booting Pyodide and running the engine import (stdlib_trim.py).
// Usage: node stdlib_imports.mjs PYODIDE_DIR WHEEL OUT.json
// Boots Pyodide from PYODIDE_DIR exactly as the worker does (loadPyodide, unpackArchive of the wheel, import of
// decision_engine.bridge), imports every engine module but the command line, sends the bridge each command and
// bad requests, then writes the stdlib zip's path and the zip entries of every module loaded from it.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";

const [pyodideDir, wheelPath, outPath] = process.argv.slice(2);
if (!outPath) {
  console.error("usage: node stdlib_imports.mjs PYODIDE_DIR WHEEL OUT.json");
  process.exit(2);
}
const { loadPyodide } = await import(path.join(path.resolve(pyodideDir), "pyodide.mjs"));
const pyodide = await loadPyodide({ indexURL: path.resolve(pyodideDir) + path.sep, stdout: () => {} });
const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
pyodide.unpackArchive(new Uint8Array(await readFile(wheelPath)), "wheel", { extractDir: sitePackages });
const listing = pyodide.runPython(`
import importlib, json, pkgutil, sys
import decision_engine
from decision_engine.bridge import handle

for module in pkgutil.walk_packages(decision_engine.__path__, "decision_engine."):
    if module.name not in {"decision_engine.cli", "decision_engine.__main__"}:
        importlib.import_module(module.name)
state = {
    "answers": {"failure_mode": "outages"},
    "complaints": ["p99 latency spikes at peak", "deploys break prod every Friday", "qwzx frobnicate the gizmo"],
    "overrides": {},
}
requests = [
    {"command": "version", "payload": {}},
    {"command": "session", "payload": {"state": state}},
    {"command": "report", "payload": {"state": state, "format": "json"}},
    {"command": "report", "payload": {"state": state, "format": "markdown"}},
    {"command": "nope", "payload": {}},
    {"command": "session", "payload": {"state": {"answers": {"failure_mode": 1}}}},
]
replies = [json.loads(handle(json.dumps(request))) for request in requests]
replies.append(json.loads(handle("{not json")))
ok = [reply["ok"] for reply in replies]
if ok != [True, True, True, True, False, False, False]:
    raise RuntimeError(f"the engine did not answer as expected: {ok}")
zip_path = next(entry for entry in sys.path if entry.endswith(".zip"))
files = sorted(
    {
        module.__file__[len(zip_path) + 1 :]
        for module in list(sys.modules.values())
        if (getattr(module, "__file__", None) or "").startswith(zip_path + "/")
    }
)
json.dumps({"zip": zip_path, "files": files})
`);
await writeFile(outPath, listing, "utf8");
