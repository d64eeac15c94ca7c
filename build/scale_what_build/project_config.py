"""mkdocs.yml read as plain data, for the tools that need its settings without building the site (the tests'
list of pages, the benchmark's bare Material site)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from scale_what_build import ROOT

MKDOCS_YML = ROOT / "mkdocs.yml"


class _MkDocsLoader(yaml.SafeLoader):
    """mkdocs.yml's YAML: `!ENV [NAME, default]` reads as its default."""


def _env_default(loader: yaml.SafeLoader, node: yaml.Node) -> object:
    if not isinstance(node, yaml.SequenceNode):
        raise TypeError(f"mkdocs.yml: !ENV takes a list [NAME, default], got {node!r}")
    return loader.construct_sequence(node)[-1]


_MkDocsLoader.add_constructor("!ENV", _env_default)


def mkdocs_config(path: Path = MKDOCS_YML) -> dict[str, Any]:
    """The configuration as written (no defaults filled in, no plugin run), `!ENV` values at their defaults."""
    config: dict[str, Any] = yaml.load(path.read_text(encoding="utf-8"), Loader=_MkDocsLoader)
    return config
