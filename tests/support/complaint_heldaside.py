"""The held-aside complaint sets of issue 16, read as (type, kind, text) rows.

- ``ROWS``: tests/support/complaint_heldaside16.tsv, the first set (120 rows), a development set since it was
  measured (tests/unit/test_complaint_heldaside.py, as are the next two);
- ``BLIND_ROWS``: tests/support/complaint_heldaside2.tsv, the second set (150 rows), blind: copied in after the
  categoriser's last change and measured once, a development set since the third round of issue 16;
- ``ASIDE3_ROWS``: tests/support/complaint_aside3.tsv, the third round's own aside set (60 rows), written before the
  round changed the categoriser and measured before and after it (tests/unit/test_complaint_round3.py);
- ``BLIND3_ROWS``: tests/support/complaint_heldaside3.tsv, the third blind set (150 rows), written by someone who
  opened no project file, kept outside the project until the third round's last change to the categoriser, then
  measured once;
- ``BLIND4_ROWS``: tests/support/complaint_heldaside4.tsv, the fourth blind set (69 rows), written on 2026-12-03 by a
  helper who opened no engine file before writing and labelling it, measured once;
- ``ROUND3_DEV_ROWS``: tests/support/complaint_round3_dev.tsv, 291 complaints written during the third round in
  seven batches, each measured once when written and then tuned on (a development set).
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from decision_engine.complaints import categorize

TABLE = Path(__file__).with_name("complaint_heldaside16.tsv")
BLIND_TABLE = Path(__file__).with_name("complaint_heldaside2.tsv")
ASIDE3_TABLE = Path(__file__).with_name("complaint_aside3.tsv")
BLIND3_TABLE = Path(__file__).with_name("complaint_heldaside3.tsv")
BLIND4_TABLE = Path(__file__).with_name("complaint_heldaside4.tsv")
BLIND6_TABLE = Path(__file__).with_name("complaint_heldaside6.tsv")
BLIND7_TABLE = Path(__file__).with_name("complaint_heldaside7.tsv")
BLIND8_TABLE = Path(__file__).with_name("complaint_heldaside8.tsv")
BLIND9_TABLE = Path(__file__).with_name("complaint_heldaside9.tsv")
BLIND10_TABLE = Path(__file__).with_name("complaint_heldaside10.tsv")
BLIND11_TABLE = Path(__file__).with_name("complaint_heldaside11.tsv")
BLIND12_TABLE = Path(__file__).with_name("complaint_heldaside12.tsv")
BLIND13_TABLE = Path(__file__).with_name("complaint_heldaside13.tsv")
BLIND14_TABLE = Path(__file__).with_name("complaint_heldaside14.tsv")
BLIND15_TABLE = Path(__file__).with_name("complaint_heldaside15.tsv")
BLIND17_TABLE = Path(__file__).with_name("complaint_heldaside17.tsv")  # no set 16: that file name is set 1's
BLIND18_TABLE = Path(__file__).with_name("complaint_heldaside18.tsv")
BLIND19_TABLE = Path(__file__).with_name("complaint_heldaside19.tsv")
BLIND20_TABLE = Path(__file__).with_name("complaint_heldaside20.tsv")
BLIND21_TABLE = Path(__file__).with_name("complaint_heldaside21.tsv")
BLIND22_TABLE = Path(__file__).with_name("complaint_heldaside22.tsv")
BLIND23_TABLE = Path(__file__).with_name("complaint_heldaside23.tsv")
BLIND24_TABLE = Path(__file__).with_name("complaint_heldaside24.tsv")
BLIND25_TABLE = Path(__file__).with_name("complaint_heldaside25.tsv")
BLIND26_TABLE = Path(__file__).with_name("complaint_heldaside26.tsv")
BLIND27_TABLE = Path(__file__).with_name("complaint_heldaside27.tsv")
BLIND28_TABLE = Path(__file__).with_name("complaint_heldaside28.tsv")
BLIND29_TABLE = Path(__file__).with_name("complaint_heldaside29.tsv")
BLIND30_TABLE = Path(__file__).with_name("complaint_heldaside30.tsv")
BLIND31_TABLE = Path(__file__).with_name("complaint_heldaside31.tsv")
BLIND32_TABLE = Path(__file__).with_name("complaint_heldaside32.tsv")
BLIND33_TABLE = Path(__file__).with_name("complaint_heldaside33.tsv")
BLIND34_TABLE = Path(__file__).with_name("complaint_heldaside34.tsv")
BLIND35_TABLE = Path(__file__).with_name("complaint_heldaside35.tsv")
BLIND36_TABLE = Path(__file__).with_name("complaint_heldaside36.tsv")
BLIND37_TABLE = Path(__file__).with_name("complaint_heldaside37.tsv")
BLIND38_TABLE = Path(__file__).with_name("complaint_heldaside38.tsv")
BLIND39_TABLE = Path(__file__).with_name("complaint_heldaside39.tsv")
BLIND40_TABLE = Path(__file__).with_name("complaint_heldaside40.tsv")
BLIND41_TABLE = Path(__file__).with_name("complaint_heldaside41.tsv")
BLIND42_TABLE = Path(__file__).with_name("complaint_heldaside42.tsv")
BLIND43_TABLE = Path(__file__).with_name("complaint_heldaside43.tsv")
BLIND44_TABLE = Path(__file__).with_name("complaint_heldaside44.tsv")
BLIND45_TABLE = Path(__file__).with_name("complaint_heldaside45.tsv")
BLIND46_TABLE = Path(__file__).with_name("complaint_heldaside46.tsv")
BLIND47_TABLE = Path(__file__).with_name("complaint_heldaside47.tsv")
BLIND48_TABLE = Path(__file__).with_name("complaint_heldaside48.tsv")
BLIND49_TABLE = Path(__file__).with_name("complaint_heldaside49.tsv")
BLIND50_TABLE = Path(__file__).with_name("complaint_heldaside50.tsv")
BLIND51_TABLE = Path(__file__).with_name("complaint_heldaside51.tsv")
BLIND52_TABLE = Path(__file__).with_name("complaint_heldaside52.tsv")
BLIND53_TABLE = Path(__file__).with_name("complaint_heldaside53.tsv")
BLIND54_TABLE = Path(__file__).with_name("complaint_heldaside54.tsv")
BLIND55_TABLE = Path(__file__).with_name("complaint_heldaside55.tsv")
ATTACK22_TABLE = Path(__file__).with_name("complaint_attack22.tsv")
ATTACK23_TABLE = Path(__file__).with_name("complaint_attack23.tsv")
ATTACK24_TABLE = Path(__file__).with_name("complaint_attack24.tsv")
ATTACK25_TABLE = Path(__file__).with_name("complaint_attack25.tsv")
ATTACK26_TABLE = Path(__file__).with_name("complaint_attack26.tsv")
ATTACK27_TABLE = Path(__file__).with_name("complaint_attack27.tsv")
ATTACK28_TABLE = Path(__file__).with_name("complaint_attack28.tsv")
ATTACK29_TABLE = Path(__file__).with_name("complaint_attack29.tsv")
ATTACK30_TABLE = Path(__file__).with_name("complaint_attack30.tsv")
ATTACK31_TABLE = Path(__file__).with_name("complaint_attack31.tsv")
ATTACK32_TABLE = Path(__file__).with_name("complaint_attack32.tsv")
ATTACK33_TABLE = Path(__file__).with_name("complaint_attack33.tsv")
ATTACK34_TABLE = Path(__file__).with_name("complaint_attack34.tsv")
ATTACK35_TABLE = Path(__file__).with_name("complaint_attack35.tsv")
ATTACK36_TABLE = Path(__file__).with_name("complaint_attack36.tsv")
ATTACK37_TABLE = Path(__file__).with_name("complaint_attack37.tsv")
ATTACK38_TABLE = Path(__file__).with_name("complaint_attack38.tsv")
ATTACK39_TABLE = Path(__file__).with_name("complaint_attack39.tsv")
ATTACK40_TABLE = Path(__file__).with_name("complaint_attack40.tsv")
ATTACK41_TABLE = Path(__file__).with_name("complaint_attack41.tsv")
ATTACK42_TABLE = Path(__file__).with_name("complaint_attack42.tsv")
ATTACK43_TABLE = Path(__file__).with_name("complaint_attack43.tsv")
ATTACK44_TABLE = Path(__file__).with_name("complaint_attack44.tsv")
ATTACK46_TABLE = Path(__file__).with_name("complaint_attack46.tsv")
ATTACK47_TABLE = Path(__file__).with_name("complaint_attack47.tsv")
ATTACK48_TABLE = Path(__file__).with_name("complaint_attack48.tsv")
ATTACK49_TABLE = Path(__file__).with_name("complaint_attack49.tsv")
ATTACK50_TABLE = Path(__file__).with_name("complaint_attack50.tsv")
ATTACK55_TABLE = Path(__file__).with_name("complaint_attack55.tsv")
ROUND3_DEV_TABLE = Path(__file__).with_name("complaint_round3_dev.tsv")


def read_rows(path: Path) -> list[tuple[str, str, str]]:
    """(expected type, kind, text) for every row of a table with the columns type, kind, text."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [(row["type"], row["kind"], row["text"]) for row in csv.DictReader(handle, delimiter="\t")]


ROWS = read_rows(TABLE)
BLIND_ROWS = read_rows(BLIND_TABLE)
ASIDE3_ROWS = read_rows(ASIDE3_TABLE)
BLIND3_ROWS = read_rows(BLIND3_TABLE)
BLIND4_ROWS = read_rows(BLIND4_TABLE)
BLIND6_ROWS = read_rows(BLIND6_TABLE)
BLIND7_ROWS = read_rows(BLIND7_TABLE)
BLIND8_ROWS = read_rows(BLIND8_TABLE)
BLIND9_ROWS = read_rows(BLIND9_TABLE)
BLIND10_ROWS = read_rows(BLIND10_TABLE)
BLIND11_ROWS = read_rows(BLIND11_TABLE)
BLIND12_ROWS = read_rows(BLIND12_TABLE)
BLIND13_ROWS = read_rows(BLIND13_TABLE)
BLIND14_ROWS = read_rows(BLIND14_TABLE)
BLIND15_ROWS = read_rows(BLIND15_TABLE)
BLIND17_ROWS = read_rows(BLIND17_TABLE)
BLIND18_ROWS = read_rows(BLIND18_TABLE)
BLIND19_ROWS = read_rows(BLIND19_TABLE)
BLIND20_ROWS = read_rows(BLIND20_TABLE)
BLIND21_ROWS = read_rows(BLIND21_TABLE)
BLIND22_ROWS = read_rows(BLIND22_TABLE)
BLIND23_ROWS = read_rows(BLIND23_TABLE)
BLIND24_ROWS = read_rows(BLIND24_TABLE)
BLIND25_ROWS = read_rows(BLIND25_TABLE)
BLIND26_ROWS = read_rows(BLIND26_TABLE)
BLIND27_ROWS = read_rows(BLIND27_TABLE)
BLIND28_ROWS = read_rows(BLIND28_TABLE)
BLIND29_ROWS = read_rows(BLIND29_TABLE)
BLIND30_ROWS = read_rows(BLIND30_TABLE)
BLIND31_ROWS = read_rows(BLIND31_TABLE)
BLIND32_ROWS = read_rows(BLIND32_TABLE)
BLIND33_ROWS = read_rows(BLIND33_TABLE)
BLIND34_ROWS = read_rows(BLIND34_TABLE)
BLIND35_ROWS = read_rows(BLIND35_TABLE)
BLIND36_ROWS = read_rows(BLIND36_TABLE)
BLIND37_ROWS = read_rows(BLIND37_TABLE)
BLIND38_ROWS = read_rows(BLIND38_TABLE)
BLIND39_ROWS = read_rows(BLIND39_TABLE)
BLIND40_ROWS = read_rows(BLIND40_TABLE)
BLIND41_ROWS = read_rows(BLIND41_TABLE)
BLIND42_ROWS = read_rows(BLIND42_TABLE)
BLIND43_ROWS = read_rows(BLIND43_TABLE)
BLIND44_ROWS = read_rows(BLIND44_TABLE)
BLIND45_ROWS = read_rows(BLIND45_TABLE)
BLIND46_ROWS = read_rows(BLIND46_TABLE)
BLIND47_ROWS = read_rows(BLIND47_TABLE)
BLIND48_ROWS = read_rows(BLIND48_TABLE)
BLIND49_ROWS = read_rows(BLIND49_TABLE)
BLIND50_ROWS = read_rows(BLIND50_TABLE)
BLIND51_ROWS = read_rows(BLIND51_TABLE)
BLIND52_ROWS = read_rows(BLIND52_TABLE)
BLIND53_ROWS = read_rows(BLIND53_TABLE)
BLIND54_ROWS = read_rows(BLIND54_TABLE)
BLIND55_ROWS = read_rows(BLIND55_TABLE)
ATTACK22_ROWS = read_rows(ATTACK22_TABLE)
ATTACK23_ROWS = read_rows(ATTACK23_TABLE)
ATTACK24_ROWS = read_rows(ATTACK24_TABLE)
ATTACK25_ROWS = read_rows(ATTACK25_TABLE)
ATTACK26_ROWS = read_rows(ATTACK26_TABLE)
ATTACK27_ROWS = read_rows(ATTACK27_TABLE)
ATTACK28_ROWS = read_rows(ATTACK28_TABLE)
ATTACK29_ROWS = read_rows(ATTACK29_TABLE)
ATTACK30_ROWS = read_rows(ATTACK30_TABLE)
ATTACK31_ROWS = read_rows(ATTACK31_TABLE)
ATTACK32_ROWS = read_rows(ATTACK32_TABLE)
ATTACK33_ROWS = read_rows(ATTACK33_TABLE)
ATTACK34_ROWS = read_rows(ATTACK34_TABLE)
ATTACK35_ROWS = read_rows(ATTACK35_TABLE)
ATTACK36_ROWS = read_rows(ATTACK36_TABLE)
ATTACK37_ROWS = read_rows(ATTACK37_TABLE)
ATTACK38_ROWS = read_rows(ATTACK38_TABLE)
ATTACK39_ROWS = read_rows(ATTACK39_TABLE)
ATTACK40_ROWS = read_rows(ATTACK40_TABLE)
ATTACK41_ROWS = read_rows(ATTACK41_TABLE)
ATTACK42_ROWS = read_rows(ATTACK42_TABLE)
ATTACK43_ROWS = read_rows(ATTACK43_TABLE)
ATTACK44_ROWS = read_rows(ATTACK44_TABLE)
ATTACK46_ROWS = read_rows(ATTACK46_TABLE)
ATTACK47_ROWS = read_rows(ATTACK47_TABLE)
ATTACK48_ROWS = read_rows(ATTACK48_TABLE)
ATTACK49_ROWS = read_rows(ATTACK49_TABLE)
ATTACK50_ROWS = read_rows(ATTACK50_TABLE)
ATTACK55_ROWS = read_rows(ATTACK55_TABLE)
ROUND3_DEV_ROWS = read_rows(ROUND3_DEV_TABLE)


def misses(rows: list[tuple[str, str, str]], label: str) -> list[tuple[str, str, str, str, str]]:
    """The rows categorised wrongly: (kind, expected, got, confidence word, text), printed with the totals."""
    wrong, right, total = [], Counter[str](), Counter[str]()
    for expected, kind, text in rows:
        result = categorize(text)
        total[kind] += 1
        right[kind] += result.type == expected
        if result.type != expected:
            wrong.append((kind, expected, result.type, result.confidence_word, text))
    print(f"\n{label}: {len(rows) - len(wrong)}/{len(rows)}; " + ", ".join(f"{k} {right[k]}/{total[k]}" for k in total))
    for miss in wrong:
        print(f"  MISS {miss}")
    return wrong
