"""Draw a reproducible random sample of questions from an article's bank for a human to judge.

    .venv/bin/python tests/bench/sample_questions.py seeds/battle-of-shusha-2020.md --n 40 --seed 2026 \
        > tests/bench/judged/sample.json

Each sampled question is written with an empty ``verdict`` ("ok" | "minor" | "bad") and ``note``
for the reader to fill in; ``tests/bench/judged/`` keeps the judged files with the commit they
were drawn from.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

from quizgen.pipeline import Options, process_path  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("article")
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    result = process_path(args.article, Options())
    sample = random.Random(args.seed).sample(result.questions, min(args.n, len(result.questions)))
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT).stdout.strip()
    out = {"article": Path(args.article).name, "commit": commit, "seed": args.seed,
           "bank_size": len(result.questions),
           "questions": [{"verdict": "", "note": "", **q} for q in sample]}
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
