"""Missed, spurious and mis-valued dates per annotated article.

    .venv/bin/python tests/bench/date_diff.py            # the annotated articles
    .venv/bin/python tests/bench/date_diff.py FILE.md    # any article: every date found, inferred years marked

Runs the date rules on tests/data/articles/ and compares them with tests/data/gold/ under the
matching rules of tests/bench/score_facts.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import score_facts  # noqa: E402

from quizgen.extract import dates  # noqa: E402
from quizgen.load import load_path  # noqa: E402

GOLD = ROOT / "tests" / "data" / "gold"
MEASURE_GOLD = ROOT / "tests" / "data" / "gold-measure"
UNSEEN_GOLD = ROOT / "tests" / "data" / "gold-unseen"
ARTICLES = ROOT / "tests" / "data" / "articles"


def show(path: str) -> None:
    for f in dates.extract(load_path(path)):
        mark = "~" if f.attrs["year_inferred"] else " "
        print(f"{mark} {f.text!r:32} {f.value:24} {f.attrs['precision']:7} | {f.sentence.text[:100]}")


def main() -> None:
    for gold_path in sorted(GOLD.glob("*.json")) + sorted(MEASURE_GOLD.glob("*.json")) + sorted(UNSEEN_GOLD.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if "dates" not in gold.get("annotated", ["dates"]):
            continue
        doc = load_path(ARTICLES / gold["document"])
        preds = [f.to_json() for f in dates.extract(doc)]
        pairs = score_facts.match("date", gold["dates"], preds)
        matched_gold = {id(g) for g, _ in pairs}
        matched_pred = {id(p) for _, p in pairs}
        print(f"== {gold['document']}: gold {len(gold['dates'])}, predicted {len(preds)}, matched {len(pairs)}")
        for g in gold["dates"]:
            if id(g) not in matched_gold:
                print(f"  MISSED   {g['text']!r} = {g['value']} | {g['sentence'][:100]}")
        for p in preds:
            if id(p) not in matched_pred:
                print(f"  SPURIOUS {p['text']!r} = {p['value']} | {p['sentence'][:100]}")
        for g, p in pairs:
            if score_facts.fold(g["value"]) != score_facts.fold(p["value"]):
                print(f"  VALUE    {g['text']!r}: gold {g['value']}, found {p['value']} | {g['sentence'][:80]}")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        for arg in sys.argv[1:]:
            show(arg)
    else:
        main()
