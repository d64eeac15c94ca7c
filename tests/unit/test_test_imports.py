"""The tests' own layout: no test module imports another test module or a conftest.

Shared helpers live in tests/support/ (imported) and fixtures in conftest.py files (found by pytest);
a test module that imported another would run that module's tests twice or tie two files together.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.support import ROOT

TESTS = ROOT / "tests"


def _module_name(path: Path, root: Path) -> str:
    """The dotted module name of a .py file under ``root`` (tests/unit/test_x.py -> tests.unit.test_x)."""
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported_names(path: Path, root: Path) -> set[str]:
    """Every module name an import statement in ``path`` may load, relative imports resolved.

    ``from a.b import c`` may load ``a.b`` or the submodule ``a.b.c``, so both are listed.
    """
    package = _module_name(path, root).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def forbidden_imports(root: Path) -> list[str]:
    """Each import under ``root``/tests of a test module (test_*.py) or a conftest, as "file: module"."""
    modules = {_module_name(path, root): path for path in (root / "tests").rglob("*.py")}
    forbidden = {name for name, path in modules.items() if path.name.startswith("test_") or path.stem == "conftest"}
    found = []
    for name, path in sorted(modules.items()):
        for imported in sorted(_imported_names(path, root) & forbidden):
            if imported != name:
                found.append(f"{path.relative_to(root)}: {imported}")
    return found


def test_no_test_module_imports_another_test_module_or_a_conftest() -> None:
    """No file under tests/ imports a test_*.py module or a conftest.py: helpers come from tests/support/."""
    assert forbidden_imports(ROOT) == []


def test_the_check_finds_every_form_of_import(tmp_path: Path) -> None:
    """Absolute, from-package, relative and conftest imports are all reported; support imports are not."""
    files = {
        "tests/__init__.py": "",
        "tests/conftest.py": "",
        "tests/support/__init__.py": "",
        "tests/support/tables.py": "TABLE = ()\n",
        "tests/unit/__init__.py": "",
        "tests/unit/test_a.py": "X = 1\n",
        "tests/unit/test_b.py": "from tests.unit.test_a import X\nfrom tests.support.tables import TABLE\n",
        "tests/unit/test_c.py": "from tests.unit import test_a\n",
        "tests/unit/test_d.py": "from .test_a import X\n",
        "tests/unit/test_e.py": "import tests.unit.test_a\n",
        "tests/unit/test_f.py": "from ..conftest import ROOT\nfrom ..support import tables\n",
        "tests/unit/test_g.py": "from tests.unit.test_g import X\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert forbidden_imports(tmp_path) == [
        "tests/unit/test_b.py: tests.unit.test_a",
        "tests/unit/test_c.py: tests.unit.test_a",
        "tests/unit/test_d.py: tests.unit.test_a",
        "tests/unit/test_e.py: tests.unit.test_a",
        "tests/unit/test_f.py: tests.conftest",
    ]
