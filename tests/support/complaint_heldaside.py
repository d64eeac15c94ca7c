"""The first held-aside complaint set (tests/support/complaint_heldaside16.tsv), a development set since it was
measured, read as (type, kind, text) rows.

How it was made and what was measured on it: tests/unit/test_complaint_heldaside.py.
"""

from __future__ import annotations

import csv
from pathlib import Path

TABLE = Path(__file__).with_name("complaint_heldaside16.tsv")


def _rows() -> list[tuple[str, str, str]]:
    """(expected type, kind, text) for every row of the table."""
    with TABLE.open(encoding="utf-8", newline="") as handle:
        return [(row["type"], row["kind"], row["text"]) for row in csv.DictReader(handle, delimiter="\t")]


ROWS = _rows()
