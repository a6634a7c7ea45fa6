"""Extraction speed: facts and questions from the seed article in-process (after imports), and
the start-up time of ``quizgen --help``.

    .venv/bin/python tests/bench/speed.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

from quizgen.pipeline import Options, process_path  # noqa: E402

SEED = ROOT / "seeds" / "battle-of-shusha-2020.md"


def time_it(fn, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def main() -> None:
    process_path(SEED, Options())  # warm-up: lazy imports and compiled patterns
    runs = time_it(lambda: process_path(SEED, Options()), 20)
    result = process_path(SEED, Options())
    print(f"seed article -> {len(result.questions)} questions: median {statistics.median(runs) * 1000:.1f} ms, "
          f"min {min(runs) * 1000:.1f} ms, max {max(runs) * 1000:.1f} ms (20 runs, target < 100 ms)")
    exe = ROOT / ".venv" / "bin" / "quizgen"
    cmd = [str(exe), "--help"] if exe.exists() else [sys.executable, "-m", "quizgen", "--help"]
    helps = time_it(lambda: subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True), 10)
    print(f"quizgen --help: median {statistics.median(helps) * 1000:.0f} ms (10 runs, target < 300 ms)")


if __name__ == "__main__":
    main()
