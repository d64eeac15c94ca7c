"""Tidy the built site: leave out files the theme copies in but this site never loads."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path

SEARCH_LANGUAGE_DIR = Path("assets/javascripts/lunr")


def remove_unused_search_languages(site_dir: Path, languages: Sequence[str]) -> bool:
    """Material copies lunr's stemmers for every language into every site; an English-only search loads
    none of them. Remove them (about 1 MB, several licences) when search is English only; return whether
    anything was removed."""
    folder = site_dir / SEARCH_LANGUAGE_DIR
    if list(languages) != ["en"] or not folder.is_dir():
        return False
    shutil.rmtree(folder)
    return True
