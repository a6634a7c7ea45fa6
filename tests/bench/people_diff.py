"""Compare the people rules with the gold annotations, or list the people found in any article.

    python tests/bench/people_diff.py                       # misses and extras on tests/data/gold
    python tests/bench/people_diff.py ARTICLE.md [...]      # people, roles and mention counts
    python tests/bench/people_diff.py --explain ARTICLE.md  # each candidate name: the rule that took or dropped it

Matching follows the shared scorer: a prediction matches a gold person when its name equals the
gold name or one of its multi-word mentions (case and accents folded).
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from quizgen.extract import people  # noqa: E402
from quizgen.load import load_path  # noqa: E402


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", str(s or ""))
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("*", "").replace("_", " ")
    return re.sub(r"\s+", " ", s).strip().casefold()


def against_gold(gold_dir: Path, articles: Path) -> None:
    total = {"gold": 0, "pred": 0, "matched": 0}
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if "people" not in gold.get("annotated", ["people"]):
            continue
        doc = load_path(articles / gold_path.name.replace(".json", ".md"))
        preds = list(dict.fromkeys(f.attrs["name"] for f in people.extract(doc)))
        used: set[int] = set()
        for g in gold.get("people", []):
            keys = {fold(g["name"])} | {fold(m) for m in g.get("mentions", []) if len(m.split()) >= 2}
            hit = next((i for i, p in enumerate(preds) if i not in used and fold(p) in keys), None)
            if hit is None:
                print(f"{doc.name}: MISS  {g['name']}")
            else:
                used.add(hit)
        for i, p in enumerate(preds):
            if i not in used:
                print(f"{doc.name}: EXTRA {p}")
        total["gold"] += len(gold.get("people", []))
        total["pred"] += len(preds)
        total["matched"] += len(used)
    p = total["matched"] / total["pred"] if total["pred"] else 0.0
    r = total["matched"] / total["gold"] if total["gold"] else 0.0
    print(f"precision {p:.3f}  recall {r:.3f}  ({total['gold']} gold, {total['pred']} predicted, "
          f"{total['matched']} matched)")


def listing(paths: list[str]) -> None:
    for path in paths:
        doc = load_path(path)
        found = people.extract(doc)
        print(f"== {doc.name}: {len(found)} people")
        for f in found:
            roles = "; ".join(f.attrs["roles"])
            print(f"   {f.attrs['name']} | {roles} | {len(f.attrs['occurrences'])}")


def explaining(paths: list[str]) -> None:
    for path in paths:
        doc = load_path(path)
        notes: list[dict] = []
        people.extract(doc, explain=notes)
        print(f"== {doc.name}")
        for n in notes:
            evidence = f" [{', '.join(n['evidence'])}]" if n["evidence"] else ""
            print(f"   s{n['sentence']:<4} {n['action']:<6} {n['rule']:<32} {n['name']}{evidence}")


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--explain":
        explaining(sys.argv[2:])
    elif len(sys.argv) > 1:
        listing(sys.argv[1:])
    else:
        against_gold(ROOT / "tests" / "data" / "gold", ROOT / "tests" / "data" / "articles")
