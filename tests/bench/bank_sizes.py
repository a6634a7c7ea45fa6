"""Bank size: how many questions the default export hands out for long articles.

    .venv/bin/python tests/bench/bank_sizes.py [FOLDER ...]   # default: tests/data/articles

The quality issue asks for at least 25 exported questions for an article of 3,000 words or more.
Every article of that length in the folders (each file name once, the first folder that has it)
is run with the default options, and the ones under 25 are listed, fewest first.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

from quizgen.errors import InputError  # noqa: E402
from quizgen.load import load_path  # noqa: E402
from quizgen.pipeline import Options, process_path  # noqa: E402
from quizgen.selection import choose_bank  # noqa: E402

LONG = 3000
ENOUGH = 25


def main(folders: list[str]) -> None:
    seen: set[str] = set()
    rows = []
    for folder in folders or [str(ROOT / "tests" / "data" / "articles")]:
        for path in sorted(Path(folder).glob("*.md")):
            if path.name in seen:
                continue
            seen.add(path.name)
            try:
                words = len(load_path(path).text.split())
                if words < LONG:
                    continue
                result = process_path(path, Options())
            except InputError as e:
                print(f"skipped {path.name}: {e}", file=sys.stderr)
                continue
            exported = choose_bank({"documents": [result.document], "questions": result.questions})["questions"]
            rows.append((path.name, words, len(exported)))
    short = sorted((r for r in rows if r[2] < ENOUGH), key=lambda r: r[2])
    print(f"{len(short)} of {len(rows)} articles of {LONG:,}+ words export fewer than {ENOUGH} questions")
    for name, words, n in short:
        print(f"  {n:3d}  {name} ({words:,} words)")


if __name__ == "__main__":
    main(sys.argv[1:])
