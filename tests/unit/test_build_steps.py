"""The build steps in build/: the engine wheel, the Pyodide runtime copy and the page fragments."""

from __future__ import annotations

import ast
import base64
import dataclasses
import hashlib
import importlib.util
import io
import json
import subprocess
import tokenize
import zipfile
from pathlib import Path

import pytest

from decision_engine import QUESTIONS, ScalingType, recommend
from scale_what_build import (
    compress,
    engine_wheel,
    pyodide_runtime,
    runtime_patch,
    site_files,
    site_render,
    tool_render,
)
from tests.support import ROOT
from tests.support.render import render_context


def test_wheel_is_pure_python_and_reproducible(tmp_path: Path) -> None:
    """The wheel is py3-none-any, holds the package and py.typed, and builds byte-for-byte the same twice."""
    first = engine_wheel.build_wheel(tmp_path / "one")
    second = engine_wheel.build_wheel(tmp_path / "two")
    assert first.name.endswith("-py3-none-any.whl")
    assert first.sha256 == second.sha256
    names = zipfile.ZipFile(first.path).namelist()
    assert "decision_engine/__init__.py" in names
    assert "decision_engine/py.typed" in names
    assert "decision_engine/bridge.py" in names
    assert not [n for n in names if n.startswith(("tests/", "build/", "docs/"))]
    assert not (ROOT / "build" / "lib").exists(), "the wheel build wrote into ./build"


def test_the_browsers_wheel_leaves_out_the_command_line(tmp_path: Path) -> None:
    """No browser runs the command line: its module, ``python -m``'s entry and the console script's entry point are
    not in the wheel the page installs, nor in its RECORD (whose every line names a file it holds)."""
    wheel = engine_wheel.build_wheel(tmp_path)
    with zipfile.ZipFile(wheel.path) as shipped:
        names = set(shipped.namelist())
        record = shipped.read(next(n for n in names if n.endswith(".dist-info/RECORD"))).decode("utf-8")
    assert not names & {"decision_engine/cli.py", "decision_engine/__main__.py"}
    assert not [n for n in names if n.endswith("entry_points.txt")]
    assert {line.rsplit(",", 2)[0] for line in record.splitlines()} == names
    assert "decision_engine/session.py" in names


def test_wheel_entries_are_stored_for_the_hosts_compression(tmp_path: Path) -> None:
    """Every entry is stored, not deflated, with what hatchling wrote: the host's brotli compresses the whole wheel,
    to less than the deflated wheel (the site sends the .br copy: compress.py)."""
    wheel = engine_wheel.build_wheel(tmp_path)
    with zipfile.ZipFile(wheel.path) as shipped:
        assert {info.compress_type for info in shipped.infolist()} == {zipfile.ZIP_STORED}
        assert shipped.testzip() is None
        record = shipped.read(next(n for n in shipped.namelist() if n.endswith(".dist-info/RECORD"))).decode()
        assert "decision_engine/bridge.py,sha256=" in record
    data = wheel.path.read_bytes()
    deflated = io.BytesIO()
    with zipfile.ZipFile(wheel.path) as source, zipfile.ZipFile(deflated, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, source.read(info.filename))
    assert compress.sent_size(data, wheel.name, None) < len(deflated.getvalue())


def test_wheel_modules_ship_without_comments_line_for_line(tmp_path: Path) -> None:
    """Every module in the wheel is its repository source without comments, and with each function's and class's
    docstring emptied: the same syntax tree but those docstrings, with the same line and column of every other node
    (so the engine tested on CPython is the engine Pyodide runs, and a traceback's line is the repository's), its own
    docstring kept, and fewer bytes than the source."""
    wheel = engine_wheel.build_wheel(tmp_path)
    with zipfile.ZipFile(wheel.path) as shipped:
        modules = {n: shipped.read(n) for n in shipped.namelist() if n.endswith(".py")}
    assert "decision_engine/complaints.py" in modules
    for name, data in modules.items():
        source = (ROOT / name).read_bytes()
        assert engine_wheel._tree_without_docstrings(data.decode()) == engine_wheel._tree_without_docstrings(
            source.decode()
        ), name
        assert len(data.splitlines()) == len(source.splitlines()), name
        tokens = list(tokenize.generate_tokens(io.StringIO(data.decode("utf-8")).readline))
        assert not [t for t in tokens if t.type == tokenize.COMMENT], name
        tree = ast.parse(data)
        docs = [doc for node in ast.walk(tree) if (doc := engine_wheel._docstring(node)) is not None]
        assert all(ast.literal_eval(doc.value) == "" for doc in docs), name
        assert ast.get_docstring(tree) == ast.get_docstring(ast.parse(source)), name  # the module's own stays
    assert sum(map(len, modules.values())) < 0.7 * sum(len((ROOT / name).read_bytes()) for name in modules)
    assert b'"""The scaling type one complaint points at' not in modules["decision_engine/complaints.py"]


def test_a_docstring_is_emptied_line_for_line() -> None:
    """Each function's and class's docstring becomes "" on its first line, its other lines left empty (a comment
    after it is gone with the comments); the module's own stays, and so does a string that is no docstring."""
    source = (
        b'"""Module."""\n\n\ndef f():\n    """One."""\n    return 1\n\n\nclass C:\n    """Two\n    lines."""\n\n'
        b'    def g(self):  # c\n        """Doc\n        """  # t\n        x = """not a doc"""\n        return x\n\n\n'
        b'def h():\n    """Only this."""\n'
    )
    shipped = engine_wheel.shipped_module(source)
    assert shipped == (
        b'"""Module."""\n\n\ndef f():\n    ""\n    return 1\n\n\nclass C:\n    ""\n\n\n'
        b'    def g(self):\n        ""\n\n        x = """not a doc"""\n        return x\n\n\n'
        b'def h():\n    ""\n'
    )
    # A statement after it on its line keeps its column (a diff review: it moved, and the build stopped).
    assert engine_wheel.shipped_module(b'def f(): """x"""; return 1\n') == b'def f(): ""     ; return 1\n'


@pytest.mark.parametrize(
    ("source", "shipped"),
    [
        (b"x = 1  # one\n", b"x = 1\n"),
        (b"# a note\nx = '# not a comment'\n", b"\nx = '# not a comment'\n"),
        (b"y = (  # open\n    2,\n)\r\n", b"y = (\n    2,\n)\r\n"),
        # A form feed or a line separator inside a comment ends no line in Python: all of it goes (a diff review).
        (b"x = 1  # a\x0c + 2\n", b"x = 1\n"),
        ("x = 1  # note\u2028 + 2\n".encode(), b"x = 1\n"),
        (b"# only a note", b""),
    ],
)
def test_a_comment_is_cut_from_its_line_and_nothing_else(source: bytes, shipped: bytes) -> None:
    assert engine_wheel.without_comments(source) == shipped


def test_record_gives_an_emptied_module_its_new_hash() -> None:
    """A module of only a comment ships empty, and RECORD says so (a diff review: b"" kept its old hash)."""
    record = engine_wheel._recorded(b"decision_engine/x.py,sha256=old,25\n", {"decision_engine/x.py": b""})
    assert record == b"decision_engine/x.py,sha256=47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU,0\n"


def test_wheel_metadata_keeps_its_headers_without_the_readme(tmp_path: Path) -> None:
    """The wheel's METADATA holds its headers but not the long description (the README, 30 KB that every first visit
    fetched and no browser reads: bench/notes.md), and RECORD gives every file's hash and size as shipped: a valid
    wheel still."""
    wheel = engine_wheel.build_wheel(tmp_path)
    with zipfile.ZipFile(wheel.path) as shipped:
        names = shipped.namelist()
        metadata = shipped.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode("utf-8")
        record = shipped.read(next(n for n in names if n.endswith(".dist-info/RECORD"))).decode("utf-8")
        for line in record.splitlines():
            name, digest, size = line.rsplit(",", 2)
            if digest:  # RECORD lists itself without a hash
                data = shipped.read(name)
                expected = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode("ascii")
                assert (digest, int(size)) == (f"sha256={expected}", len(data)), name
    assert metadata.startswith("Metadata-Version: ")
    assert "\nName: decision-engine\n" in metadata
    assert "\nRequires-Python: >=3.11\n" in metadata
    assert "\n\n" not in metadata
    assert "Description-Content-Type" not in metadata
    assert "Scale What?" in metadata  # the summary header
    assert "make serve" not in metadata  # the README's words


def test_wheel_ships_the_generated_fallback_model(tmp_path: Path) -> None:
    """The build hook trains the fallback model and the wheel carries it, though git ignores it: the bytes are
    what training on the wheel's own data gives."""
    from decision_engine import complaint_fallback  # noqa: PLC0415

    wheel = engine_wheel.build_wheel(tmp_path)
    shipped = zipfile.ZipFile(wheel.path).read(f"decision_engine/{complaint_fallback.MODEL_NAME}").decode("utf-8")
    assert shipped == complaint_fallback.model_text(complaint_fallback.train())
    ignored = subprocess.run(
        ["git", "check-ignore", "-q", f"decision_engine/{complaint_fallback.MODEL_NAME}"], cwd=ROOT, check=False
    )
    assert ignored.returncode == 0, "the generated model must stay untracked"


def test_the_build_hook_writes_the_model_only_when_it_changed(tmp_path: Path) -> None:
    """hatch_build.write_model writes the current model into the package; an unchanged model is not rewritten
    (so a wheel build under `mkdocs serve` does not trigger another rebuild)."""
    from decision_engine import complaint_fallback  # noqa: PLC0415

    spec = importlib.util.spec_from_file_location("hatch_build_under_test", ROOT / "hatch_build.py")
    assert spec is not None
    assert spec.loader is not None
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    written = hook.write_model(ROOT)
    assert written == ROOT / hook.MODEL == complaint_fallback.MODEL_PATH
    assert written.read_text(encoding="utf-8") == complaint_fallback.model_text(complaint_fallback.train())
    target = tmp_path / "model.json"
    complaint_fallback.write_model(target)
    target.write_text("stale\n", encoding="utf-8")
    complaint_fallback.write_model(target)
    assert target.read_text(encoding="utf-8") == written.read_text(encoding="utf-8")
    before = target.stat().st_mtime_ns
    complaint_fallback.write_model(target)
    assert target.stat().st_mtime_ns == before


def _runtime(tmp_path: Path, root: str = "/", changed: dict[str, bytes] | None = None) -> pyodide_runtime.Runtime:
    """Pyodide's boot files from node_modules, the stdlib zip a stand-in (the trim boots Node: tests/site), and the
    files in ``changed`` with these bytes instead."""
    files = {name: pyodide_runtime.PYODIDE_PACKAGE / name for name in pyodide_runtime.BOOT_FILES}
    for name, data in {"python_stdlib.zip": b"PK stdlib as trimmed", **(changed or {})}.items():
        files[name] = tmp_path / "sources" / hashlib.sha256(data).hexdigest() / name
        files[name].parent.mkdir(parents=True, exist_ok=True)
        files[name].write_bytes(data)
    return pyodide_runtime.Runtime(files, root)


def test_runtime_copy_has_the_boot_files(tmp_path: Path) -> None:
    """The runtime lands under a folder named by the version and its files' hash, with exactly the boot files, no
    maps or consoles; it is the built site's one runtime folder, and its size counts the files as shipped."""
    runtime = _runtime(tmp_path)
    site = tmp_path / "site"
    dest = pyodide_runtime.copy_runtime(site, runtime)
    assert dest == site / "assets" / "pyodide" / f"{pyodide_runtime.pinned_version()}-{runtime.edition}"
    assert sorted(p.name for p in dest.iterdir()) == sorted(pyodide_runtime.BOOT_FILES)
    assert pyodide_runtime.built_folder(site) == runtime.folder
    assert runtime.boot_bytes == sum(p.stat().st_size for p in dest.iterdir())
    assert pyodide_runtime.pinned_version() == pyodide_runtime.installed_version() == "314.0.7"


def test_runtime_files_are_pyodides_with_the_builds_changes_only(tmp_path: Path) -> None:
    """pyodide.asm.mjs starts with V8's compile hint, then is Pyodide's file with runtime_patch's edits; the loader's
    CDN address is the folder's under the site's root, nothing else changed; the stdlib zip is the trimmed one; the
    lock file is Pyodide's `info` with no packages; the others are copies. A second copy (mkdocs serve) leaves every
    file as it is, the hint once, a stopped copy's piece gone."""
    runtime = _runtime(tmp_path, root="/docs/")
    dest = pyodide_runtime.copy_runtime(tmp_path / "site", runtime)
    hinted = (dest / "pyodide.asm.mjs").read_bytes()
    original = (pyodide_runtime.PYODIDE_PACKAGE / "pyodide.asm.mjs").read_bytes()
    assert hinted == b"//# allFunctionsCalledOnLoad\n" + runtime_patch.patched(original)
    loader = (pyodide_runtime.PYODIDE_PACKAGE / "pyodide.mjs").read_text(encoding="utf-8")
    cdn = "https://cdn.jsdelivr.net/pyodide/v${U}/full/"
    assert loader.count(cdn) == 1
    source_map = "\n//# sourceMappingURL=pyodide.mjs.map\n"  # the map is not shipped
    assert loader.endswith(source_map)
    localised = loader.replace(cdn, f"/docs/{runtime.folder}/").replace(source_map, "\n")
    assert (dest / "pyodide.mjs").read_text(encoding="utf-8") == localised
    assert (dest / "python_stdlib.zip").read_bytes() == b"PK stdlib as trimmed"
    lock = json.loads((pyodide_runtime.PYODIDE_PACKAGE / "pyodide-lock.json").read_bytes())
    assert len(lock["packages"]) > 100  # Pyodide's own lists its distribution
    assert json.loads((dest / "pyodide-lock.json").read_bytes()) == {"info": lock["info"], "packages": {}}
    assert "abi_version" in lock["info"]  # what Pyodide checks against its own
    changed = {"pyodide.asm.mjs", "pyodide.mjs", "python_stdlib.zip", "pyodide-lock.json"}
    for name in set(pyodide_runtime.BOOT_FILES) - changed:
        assert (dest / name).read_bytes() == (pyodide_runtime.PYODIDE_PACKAGE / name).read_bytes(), name
    written = {name: (dest / name).stat().st_mtime_ns for name in pyodide_runtime.BOOT_FILES}
    (dest / "pyodide.asm.wasm.part").write_bytes(b"\0asm, cut short")
    pyodide_runtime.copy_runtime(tmp_path / "site", runtime)
    assert {name: (dest / name).stat().st_mtime_ns for name in pyodide_runtime.BOOT_FILES} == written
    assert sorted(p.name for p in dest.iterdir()) == sorted(pyodide_runtime.BOOT_FILES)


@pytest.mark.parametrize("name", pyodide_runtime.BOOT_FILES)
def test_runtime_folder_changes_with_any_shipped_byte(tmp_path: Path, name: str) -> None:
    """The runtime's folder is cached for a year without asking: a change to any boot file (an engine that imports
    another stdlib module ships another trimmed zip) gives another folder, as does another root path for the site;
    a new build's copy leaves the old folder out of the site."""
    first, same = _runtime(tmp_path), _runtime(tmp_path)
    source = (first.sources[name]).read_bytes()
    if name == "pyodide-lock.json":  # shipped as its `info` alone: a change there
        lock = json.loads(source)
        changed = json.dumps({**lock, "info": {**lock["info"], "abi_version": "another"}}).encode()
    else:
        changed = b"\n" + source
    other = _runtime(tmp_path, changed={name: changed})
    assert first.folder == same.folder
    assert other.folder != first.folder
    assert _runtime(tmp_path, root="/docs/").folder not in {first.folder, other.folder}
    assert other.folder.startswith(f"assets/pyodide/{pyodide_runtime.pinned_version()}-")
    site = tmp_path / "site"
    pyodide_runtime.copy_runtime(site, first)
    pyodide_runtime.copy_runtime(site, other)
    assert pyodide_runtime.built_folder(site) == other.folder
    assert not (site / first.folder).exists()


def test_runtime_folder_changes_with_how_the_loader_is_localised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The loader's fallback address is the build's change too: pointed elsewhere, the loader ships other bytes."""
    before = _runtime(tmp_path).folder
    moved = [
        dataclasses.replace(f, local="{runtime}/packages/") if f.file == site_files.RUNTIME_LOADER else f
        for f in site_files.FALLBACKS
    ]
    monkeypatch.setattr(site_files, "FALLBACKS", tuple(moved))
    assert _runtime(tmp_path).folder != before


def test_a_site_without_one_runtime_folder_is_refused(tmp_path: Path) -> None:
    """The service worker and the runtime list need the site's one runtime folder: none, or two, is an error that
    names what it found."""
    with pytest.raises(pyodide_runtime.RuntimeMissingError, match=r"one runtime folder.*\[\]"):
        pyodide_runtime.built_folder(tmp_path)
    for edition in ("0123abcd", "4567cdef"):
        (tmp_path / pyodide_runtime.FOLDERS / f"{pyodide_runtime.pinned_version()}-{edition}").mkdir(parents=True)
    with pytest.raises(pyodide_runtime.RuntimeMissingError, match=r"0123abcd.*4567cdef"):
        pyodide_runtime.built_folder(tmp_path)


def test_unknown_placeholder_fails_the_build() -> None:
    """A page naming a placeholder without a renderer is an error that names it and the known ones."""
    renderers = {**site_render.RENDERERS, **tool_render.RENDERERS}
    with pytest.raises(site_render.UnknownPlaceholderError, match=r"'no-such-thing'.*questionnaire"):
        site_render.fill_placeholders("intro\n<!-- scale-what: no-such-thing -->\n", render_context(), renderers)


def test_questionnaire_form_is_rendered_from_the_questions() -> None:
    """Every question is a fieldset with a legend and one labelled radio button per option, from the data."""
    html = site_render.fill_placeholders("<!-- scale-what: questionnaire -->", render_context(), tool_render.RENDERERS)
    assert 'data-runtime="../r/"' in html
    assert 'data-wheel="../r/w.whl?v=1"' in html
    assert 'data-runtime-bytes="1234"' in html
    assert 'data-worker="../assets/javascripts/engine-worker.js"' in html
    # The client, loaded async, adopts the worker the page's head started (early_engine_head), or starts it.
    client = '<script type="module" async src="../assets/javascripts/engine-client.js"></script>'
    assert html.index('<div id="sw-tool"') < html.index(client) < html.index("<fieldset")
    assert tool_render.holds_questionnaire(html)
    assert "scaleWhatEarlyEngine" not in html, "the worker is started from the page's head, not from here"
    assert html.count('<fieldset class="sw-question') == len(QUESTIONS)
    for question in QUESTIONS:
        kind = "sw-question sw-question--deciding" if question.required else "sw-question"
        assert f'<fieldset class="{kind}" id="sw-q-{question.id}"' in html
        for option in question.options:
            input_id = f"sw-{question.id}-{option.id}"
            # autocomplete="off": the browser puts no earlier view's choice back (question.html says why).
            radio = f'<input type="radio" autocomplete="off" id="{input_id}"'
            assert f'<label class="sw-option" for="{input_id}">{radio}' in html
    assert html.count(" required>") == len(QUESTIONS[0].options)
    assert html.count('<textarea id="sw-complaint-') == html.count('class="sw-complaint__text" autocomplete="off"') == 5
    # No spell checking and no page translation: a browser's enhanced spell check and its page translation send the
    # text to their makers (attack reviews).
    assert html.count('spellcheck="false" translate="no" aria-describedby="sw-complaint-') == 5


def test_the_early_engine_start_carries_the_pages_addresses() -> None:
    """The head script that starts the engine's worker holds engine-early.js minified, with the worker, runtime and
    wheel addresses of the page as its data attributes (escaped like every attribute)."""
    source = tool_render.EARLY_ENGINE_SCRIPT.read_text(encoding="utf-8")
    script = tool_render.early_engine_script()
    head = tool_render.early_engine_head(render_context())
    assert head == (
        '<script data-worker="../assets/javascripts/engine-worker.js" data-runtime="../r/" '
        f'data-wheel="../r/w.whl?v=1">{script}</script>'
    )
    # Minified: no comment left, a third of the source's size or less, the same names read from the page.
    assert "//" not in script.replace("://", "")
    assert "/*" not in script
    assert len(script) * 3 < len(source)
    for kept in ("scaleWhatEarlyEngine", "currentScript", "dataset.worker", "saveData", "scale-what-engine?"):
        assert kept in script, kept


def test_the_early_script_is_the_same_program_minified(tmp_path: Path) -> None:
    """Run in Node with a stand-in page, the minified script starts the same worker with the same settings as
    engine-early.js as written."""
    runner = (
        "const vm = require('node:vm'); const fs = require('node:fs'); const started = [];\n"
        "const window = {}; const context = vm.createContext({ window,\n"
        "  location: { href: 'https://x.org/tool/', search: '', hash: '', pathname: '/tool/' },\n"
        "  history: { state: { x: 0, y: 5626 } },\n"
        "  document: Object.assign(new EventTarget(),\n"
        "    { currentScript: { dataset: { worker: 'w.js', runtime: '../r/', wheel: '../r/w.whl' } } }),\n"
        "  navigator: { serviceWorker: {} }, URL, URLSearchParams, WebAssembly: {}, console, EventTarget,\n"
        "  performance: { now: () => 0 }, setTimeout: () => 1, clearTimeout: () => {},\n"
        "  Worker: class { constructor(url, options) { started.push([url, options]); } addEventListener() {} } });\n"
        "context.window = context; vm.runInContext(fs.readFileSync(process.argv[2], 'utf8'), context);\n"
        "console.log(JSON.stringify([started, typeof context.scaleWhatEarlyEngine, context.scaleWhatEntryState]));\n"
    )
    (tmp_path / "run.cjs").write_text(runner, encoding="utf-8")
    (tmp_path / "minified.js").write_text(tool_render.early_engine_script(), encoding="utf-8")
    outputs = [
        subprocess.run(
            ["node", "run.cjs", str(script)], cwd=tmp_path, capture_output=True, text=True, check=True
        ).stdout
        for script in (tool_render.EARLY_ENGINE_SCRIPT, tmp_path / "minified.js")
    ]
    assert outputs[0] == outputs[1]
    started, kind, entry_state = json.loads(outputs[0])
    assert kind == "object"
    assert entry_state == {"x": 0, "y": 5626}
    assert started[0][0] == "https://x.org/tool/w.js"
    assert started[0][1]["name"].startswith("scale-what-engine?runtime=https%3A%2F%2Fx.org%2Fr%2F")
    assert not tool_render.holds_questionnaire(site_render.fill_placeholders("# A guide page", render_context(), {}))


def test_static_mapping_names_a_type_for_each_deciding_answer() -> None:
    """The fallback mapping follows the guidance: outages, regressions, governance, and not sure."""
    html = tool_render.static_mapping(render_context())
    for option, page in [
        ("outages", "technical"),
        ("regressions", "process"),
        ("governance", "user"),
        ("not_sure", "technical"),
    ]:
        row = html.split(f'data-option="{option}"')[1].split("</div>")[0]
        assert f'<a href="../{page}/">' in row


def test_static_mapping_names_the_guides_exception_where_it_changes_the_lead() -> None:
    """The blocked deals' exception, on the rows where it puts another type first (a reader's review: without
    JavaScript, "Not sure" read as technical scaling whatever the deals): with "Not sure", deals blocked alone; with
    a named outage or regression, deals blocked and said to cost more. None under governance, whose lead is user
    scaling already. Each is the engine's lead with those answers."""
    html = tool_render.static_mapping(render_context())
    deals = "“Are enterprise deals blocked on missing controls?” is answered “Yes”"
    costs = (
        "“Which costs you more right now: the failure you named, or the blocked deals?” is answered “The blocked deals”"
    )
    rows = {
        option: html.split(f'data-option="{option}"')[1].split("</div>")[0]
        for option in ("outages", "regressions", "governance", "not_sure")
    }
    for option in ("outages", "regressions"):
        assert (
            f'<span class="sw-mapping-row__except">Except when {deals} and {costs}: user scaling leads instead.</span>'
            in rows[option]
        )
    assert (
        f'<span class="sw-mapping-row__except">Except when {deals}: user scaling leads instead.</span>'
        in rows["not_sure"]
    )
    assert "sw-mapping-row__except" not in rows["governance"]
    assert recommend({"failure_mode": "not_sure", "deals_blocked": "yes"}).lead is ScalingType.USER


@pytest.mark.parametrize(
    "text", ["const a = '</script>';", "// <!-- a comment", "x = '</SCRIPT '", "a();\n\nb();", "a();\r\n\r\nb();"]
)
def test_an_early_script_that_would_break_out_of_its_element_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    """engine-early.js is written inline: text that would end the <script> element early, open an HTML comment inside
    it or end the Markdown page's raw HTML block (a blank line) stops the build with the file's name, instead of a
    page whose script is cut."""
    script = tmp_path / "engine-early.js"
    script.write_text(text, encoding="utf-8")
    monkeypatch.setattr(tool_render, "EARLY_ENGINE_SCRIPT", script)
    with pytest.raises(ValueError, match=r"engine-early\.js cannot be written inline"):
        tool_render.early_engine_script()


def test_the_inlined_early_script_is_not_shipped_as_a_file(tmp_path: Path) -> None:
    """MkDocs copies engine-early.js into the site; the page holds it inline, so the build removes the copy (the
    service worker would otherwise cache it for every reader), and leaves its neighbours."""
    scripts = tmp_path / "assets" / "javascripts"
    scripts.mkdir(parents=True)
    (scripts / "engine-early.js").write_text("(() => {})();\n", encoding="utf-8")
    (scripts / "offline.js").write_text("export {};\n", encoding="utf-8")
    assert tool_render.remove_inlined_script(tmp_path)
    assert [p.name for p in scripts.iterdir()] == ["offline.js"]
    assert not tool_render.remove_inlined_script(tmp_path)
