"""Draw the two samples a reader judges for one article (see the judging protocol in BENCHMARKS.md).

    .venv/bin/python tests/bench/judge_sample.py ARTICLE.md --seed 2026 > sample.jsonl

- ``uniform``: 25 questions drawn uniformly from what ``quizgen export`` hands an LMS by default
  (the best-ranked questions of the bank, none giving another away);
- ``worksheet``: the questions a default ``quizgen worksheet ARTICLE.md`` prints;
- ``below`` (with ``--below LOW``): 25 questions drawn uniformly from those ranked just under the
  default threshold (quality from LOW up to it), to see what a lower ``--min-quality`` would add.

One JSON object per line, each question once (``samples`` says which samples hold it), with what a
student sees, the key and the cited sentence; not its quality score, so the reader is not led.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

from quizgen.pipeline import Options, process_path  # noqa: E402
from quizgen.render import WorksheetOptions, select_questions  # noqa: E402
from quizgen.selection import DEFAULT_MIN_QUALITY, choose_bank  # noqa: E402

SHOWN = ("id", "type", "kind", "prompt", "choices", "items", "pairs")


def samples(article: str, seed: int, n: int = 25, below: float | None = None) -> dict[str, list[dict]]:
    result = process_path(article, Options())
    bank = {"documents": [result.document], "questions": result.questions}
    exported = choose_bank(bank)["questions"]
    uniform = random.Random(seed).sample(exported, min(n, len(exported)))
    worksheet = select_questions(bank, WorksheetOptions())
    drawn = {"uniform": uniform, "worksheet": worksheet, "bank": result.questions, "exported": exported}
    if below is not None:
        under = [q for q in result.questions if below <= q.get("quality", 1.0) < DEFAULT_MIN_QUALITY]
        drawn["below"] = random.Random(seed).sample(under, min(n, len(under)))
    return drawn


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("article")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--n", type=int, default=25)
    parser.add_argument("--below", type=float, default=None, metavar="LOW",
                        help="also draw from the questions ranked from LOW up to the default threshold")
    args = parser.parse_args()
    drawn = samples(args.article, args.seed, args.n, args.below)
    rows: dict[str, dict] = {}
    for name in ("uniform", "worksheet", "below"):
        if name not in drawn:
            continue
        for q in drawn[name]:
            row = rows.setdefault(q["id"], {k: q[k] for k in SHOWN if k in q} | {
                "answer": q["answer"]["text"], "accepted": q["answer"].get("accept", []),
                "source_section": q["source"].get("section"), "source_sentence": q["source"].get("sentence"),
                "samples": []})
            row["samples"].append(name)
    for row in rows.values():
        print(json.dumps(row, ensure_ascii=False))
    print(f"{Path(args.article).name}: bank {len(drawn['bank'])}, exported {len(drawn['exported'])}, "
          f"uniform {len(drawn['uniform'])}, worksheet {len(drawn['worksheet'])}"
          + (f", below {len(drawn['below'])}" if "below" in drawn else ""), file=sys.stderr)


if __name__ == "__main__":
    main()
