"""TypeScript declarations of what the page's JavaScript reads, generated from the Python that makes it.

The engine's replies (``Session``, the ``session`` command's result, and every dataclass it holds), the bridge's
reply envelope with its error codes, and the contract block (``contract.Contract``) become interfaces in one
``.d.ts`` file, so JavaScript that reads a field the engine no longer sends fails the type check.

The file is generated, never tracked: ``types/engine.d.ts`` at the project's root (git-ignored). Write it with::

    .venv/bin/python -m scale_what_build.typedefs

(``make lint`` runs this before ``tsc``; the site build writes it too). In JavaScript::

    /** @typedef {import("../../../types/engine.js").Session} Session */
"""

from __future__ import annotations

import dataclasses
import enum
import sys
import types
import typing
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints, is_typeddict

from scale_what_build import ROOT

OUTPUT = ROOT / "types" / "engine.d.ts"
"""Where the declarations are written (git-ignored)."""


_SCALARS: dict[object, str] = {
    None: "null",
    type(None): "null",
    str: "string",
    bool: "boolean",
    int: "number",
    float: "number",
    Any: "unknown",
    object: "unknown",
}


class _Declarations:
    """Interfaces and string-literal aliases, by name, in the order first met."""

    def __init__(self, namespace: dict[str, Any]) -> None:
        self.namespace = namespace
        self.blocks: dict[str, str] = {}
        self.owners: dict[str, object] = {}

    def _claim(self, name: str, owner: object) -> bool:
        """True when ``name`` still has to be declared; two different Python types may not share a name."""
        if name in self.owners:
            if self.owners[name] is not owner:
                raise ValueError(f"two types are both named {name!r}: rename one")
            return False
        self.owners[name] = owner
        return True

    def type_of(self, hint: object) -> str:
        """The TypeScript type for a Python annotation as ``serialize.to_dict`` writes it."""
        scalar = _SCALARS.get(hint) if isinstance(hint, type) or hint is None or hint is Any else None
        if scalar is not None:
            return scalar
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            return self.enum(hint)
        if isinstance(hint, type) and (dataclasses.is_dataclass(hint) or is_typeddict(hint)):
            return self.interface(hint)
        return self._generic(hint)

    def _generic(self, hint: object) -> str:
        origin, args = get_origin(hint), get_args(hint)
        if origin is Literal:
            return " | ".join(_literal(value) for value in args)
        if origin in (Union, types.UnionType):
            return " | ".join(self.type_of(arg) for arg in args)
        if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis):
            return f"readonly [{', '.join(self.type_of(arg) for arg in args)}]"
        if origin in (list, tuple, Sequence):
            return f"readonly ({self.type_of(args[0])})[]"
        if origin in (dict, Mapping):
            return f"Readonly<Record<string, {self.type_of(args[1])}>>"
        raise TypeError(f"no TypeScript type for {hint!r}")

    def enum(self, cls: type[enum.Enum]) -> str:
        if self._claim(cls.__name__, cls):
            values = " | ".join(_literal(member.value) for member in cls)
            self.blocks[cls.__name__] = f"/** {_doc(cls)} */\nexport type {cls.__name__} = {values};"
        return cls.__name__

    def interface(self, cls: type) -> str:
        name = cls.__name__
        if not self._claim(name, cls):
            return name
        self.blocks[name] = ""  # reserved: the fields may refer back to it
        # The class's own module first; the others only for names it imports for type checking alone.
        own = vars(sys.modules[cls.__module__])
        extra = {key: value for key, value in self.namespace.items() if key not in own}
        hints = get_type_hints(cls, localns=extra)
        names = [field.name for field in dataclasses.fields(cls)] if dataclasses.is_dataclass(cls) else list(hints)
        lines = [f"  readonly {field}: {self.type_of(hints[field])};" for field in sorted(names)]
        self.blocks[name] = f"/** {_doc(cls)} */\nexport interface {name} {{\n" + "\n".join(lines) + "\n}"
        return name

    def alias(self, name: str, text: str, doc: str) -> None:
        self.blocks[name] = f"/** {doc} */\nexport type {name} = {text};"


def _literal(value: object) -> str:
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    raise TypeError(f"only string literals are declared, got {value!r}")


def _doc(cls: type) -> str:
    first = (cls.__doc__ or cls.__name__).strip().split("\n\n")[0]
    return " ".join(first.split()).replace("*/", "* /")


def _namespace() -> dict[str, Any]:
    """The modules whose names the result types' annotations may use without importing them at run time."""
    import decision_engine.bridge  # noqa: PLC0415 (the engine is imported fresh by the build)
    import decision_engine.complaint_model  # noqa: PLC0415
    import decision_engine.model  # noqa: PLC0415
    import decision_engine.session  # noqa: PLC0415
    from scale_what_build import contract  # noqa: PLC0415

    namespace: dict[str, Any] = {}
    for module in (
        typing,
        decision_engine.model,
        decision_engine.complaint_model,
        decision_engine.session,
        decision_engine.bridge,
        contract,
    ):
        namespace.update(vars(module))
    return namespace


def render() -> str:
    """The declarations, as text."""
    from decision_engine.bridge import Version  # noqa: PLC0415
    from decision_engine.errors import error_classes  # noqa: PLC0415
    from decision_engine.session import Session  # noqa: PLC0415
    from scale_what_build.contract import Contract  # noqa: PLC0415

    found = _Declarations(_namespace())
    found.interface(Session)
    found.interface(Version)
    found.interface(Contract)
    codes = " | ".join(_literal(cls.code) for cls in error_classes())
    found.alias("EngineErrorCode", codes, "The engine's error codes (errors.py): a bad request, never a crash.")
    found.blocks["EngineError"] = (
        "/** A refused request: its code, the error's class name (not for readers) and a message. */\n"
        "export interface EngineError {\n  readonly code: EngineErrorCode;\n  readonly message: string;\n"
        "  readonly type: string;\n}"
    )
    found.alias(
        "BridgeReply<T>",
        "{ readonly ok: true; readonly result: T } | { readonly ok: false; readonly error: EngineError }",
        "The bridge's reply to any command (bridge.py).",
    )
    found.alias("SessionReply", "BridgeReply<Session>", "The reply to the session command.")
    found.alias("ReportReply", "BridgeReply<string>", "The reply to the report command: the download's text.")
    found.alias("VersionReply", "BridgeReply<Version>", "The reply to the version command.")
    header = (
        "// Generated by build/scale_what_build/typedefs.py from the engine's result types and the page's\n"
        "// contract: do not edit (python -m scale_what_build.typedefs writes it again).\n"
    )
    return header + "\n\n".join(found.blocks.values()) + "\n"


def write(path: Path = OUTPUT) -> Path:
    """Write the declarations to ``path`` (only when they changed, so a watcher sees no change otherwise)."""
    text = render()
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return path


def main(argv: Sequence[str] = ()) -> int:
    """``python -m scale_what_build.typedefs [PATH]``: write the declarations and print where."""
    path = write(Path(argv[0]) if argv else OUTPUT)
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
