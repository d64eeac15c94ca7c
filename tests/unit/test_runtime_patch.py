"""runtime_patch: each edit fits Pyodide's pinned runtime module exactly once, or the build stops and says which.

That the edited module links Pyodide as the original does is tested where it runs: tests/pyodide/test_runtime_patch.py.
"""

from __future__ import annotations

import pytest

from scale_what_build import pyodide_runtime, runtime_patch

ORIGINAL = (pyodide_runtime.PYODIDE_PACKAGE / pyodide_runtime.HINTED).read_bytes()


def test_every_edit_replaces_its_text_once() -> None:
    """Each edit's text is gone from the module and its replacement is in it once; nothing else changes."""
    edited = runtime_patch.patched(ORIGINAL).decode()
    rest = ORIGINAL.decode()
    for edit in runtime_patch.EDITS:
        assert edit.old not in edited, edit.why
        assert edited.count(edit.new) == 1, edit.why
        rest = rest.replace(edit.old, edit.new)
    assert edited == rest


@pytest.mark.parametrize("edit", runtime_patch.EDITS, ids=lambda edit: edit.why)
def test_a_module_without_an_edits_text_stops_the_build(edit: runtime_patch.Edit) -> None:
    """A new Pyodide whose module lacks (or repeats) an edit's text is refused, naming the edit: never half patched."""
    without = ORIGINAL.replace(edit.old.encode(), b"/* changed */")
    with pytest.raises(runtime_patch.RuntimePatchError, match=f"'{edit.why}' once, found it 0 times"):
        runtime_patch.patched(without)
    twice = ORIGINAL + b"\n" + edit.old.encode()
    with pytest.raises(runtime_patch.RuntimePatchError, match="found it 2 times: a new Pyodide"):
        runtime_patch.patched(twice)


def test_an_edited_module_is_not_edited_again() -> None:
    """The edits apply to Pyodide's own module only: a module already edited is refused, not edited twice."""
    with pytest.raises(runtime_patch.RuntimePatchError):
        runtime_patch.patched(runtime_patch.patched(ORIGINAL))
