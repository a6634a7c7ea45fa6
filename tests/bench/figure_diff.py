"""Missed, spurious and mis-valued or mis-sourced figures per annotated article.

    .venv/bin/python tests/bench/figure_diff.py

Runs the date, people and figure rules on tests/data/articles/ and compares the figures with
tests/data/gold*/ under the matching rules of tests/bench/score_facts.py.
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

from quizgen.extract import extract_facts  # noqa: E402
from quizgen.load import load_path  # noqa: E402

GOLD = ROOT / "tests" / "data" / "gold"
MEASURE_GOLD = ROOT / "tests" / "data" / "gold-measure"
UNSEEN_GOLD = ROOT / "tests" / "data" / "gold-unseen"
ARTICLES = ROOT / "tests" / "data" / "articles"


def main() -> None:
    for gold_path in sorted(GOLD.glob("*.json")) + sorted(MEASURE_GOLD.glob("*.json")) + sorted(UNSEEN_GOLD.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if "figures" not in gold.get("annotated", ["figures"]):
            continue
        doc = load_path(ARTICLES / gold["document"])
        preds = [f.to_json() for f in extract_facts(doc, ["date", "person", "figure"]) if f.kind == "figure"]
        pairs = score_facts.match("figure", gold["figures"], preds)
        matched_gold = {id(g) for g, _ in pairs}
        matched_pred = {id(p) for _, p in pairs}
        print(f"== {gold['document']}: gold {len(gold['figures'])}, predicted {len(preds)}, matched {len(pairs)}")
        for g in gold["figures"]:
            if id(g) not in matched_gold:
                print(f"  missed    {g['text']!r:32} | {g['sentence'][:100]}")
        for p in preds:
            if id(p) not in matched_pred:
                print(f"  spurious  {p['text']!r:32} | {p['sentence'][:100]}")
        for g, p in pairs:
            if not score_facts.same_value("figure", g["value"], p["value"]):
                print(f"  value     {g['text']!r:32} gold {g['value']} predicted {p['value']}")
            if not score_facts.same_source(g.get("source"), p.get("source")):
                print(f"  source    {g['text']!r:32} gold {g.get('source')!r} predicted {p.get('source')!r}")


if __name__ == "__main__":
    main()
