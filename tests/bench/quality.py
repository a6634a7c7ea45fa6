"""Extraction quality against the gold annotations: precision and recall per fact kind.

    .venv/bin/python tests/bench/quality.py            # table
    .venv/bin/python tests/bench/quality.py --json     # machine-readable

Runs the rules on the annotated articles in tests/data/articles/ and scores them with the rules
of tests/data/gold/README.md (tests/bench/score_facts.py implements them).
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
ARTICLES = ROOT / "tests" / "data" / "articles"
BARS = {  # kind: (precision, recall, value accuracy, source accuracy, attributed-source accuracy)
    "date": (0.95, 0.90, 0.95, None, None),
    "figure": (0.90, 0.80, None, 0.85, 0.80),
    "person": (0.90, 0.75, None, None, None),
}


def predictions() -> dict:
    docs = []
    for gold in sorted(GOLD.glob("*.json")):
        article = ARTICLES / (gold.stem + ".md")
        doc = load_path(article)
        docs.append({"document": doc.name, "facts": [f.to_json() for f in extract_facts(doc)]})
    return {"documents": docs}


def evaluate() -> dict:
    return score_facts.score(str(GOLD), predictions())


def main() -> None:
    result = evaluate()
    if "--json" in sys.argv:
        print(json.dumps(result, indent=2))
        return
    print(f"documents scored: {result['documents']}")
    print(f"| kind | precision | recall | F1 | value acc. | source acc. | attributed-source acc. | gold / predicted / matched |")
    print("|---|---|---|---|---|---|---|---|")
    for kind, r in result["kinds"].items():
        cells = [f"{r['precision']:.3f}", f"{r['recall']:.3f}", f"{r['f1']:.3f}",
                 f"{r['value_accuracy']:.3f}" if "value_accuracy" in r else "–",
                 f"{r['source_accuracy']:.3f}" if "source_accuracy" in r else "–",
                 f"{r['attributed_source_accuracy']:.3f}" if r.get("attributed_source_accuracy") is not None else "–"]
        print(f"| {kind} | " + " | ".join(cells) + f" | {r['gold']} / {r['pred']} / {r['matched']} |")


if __name__ == "__main__":
    main()
