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


def clear_caches() -> None:
    """Empty quizgen's memo caches (folded names, name shapes...), so that each run pays for
    them as a new article would, rather than reusing what the previous run of the same article
    left behind. Caches of loaded resources (given names, schemas) stay: they are per process."""
    for module in list(sys.modules.values()):
        if not getattr(module, "__name__", "").startswith("quizgen"):
            continue
        for value in vars(module).values():
            info = getattr(value, "cache_info", None)
            if info is not None and (info().maxsize or 0) > 1:
                value.cache_clear()


def stage_times(runs: int = 11, clock=time.perf_counter) -> dict[str, float]:
    """Median milliseconds of each stage, each timed alone on the seed article. With
    ``clock=time.thread_time`` the CPU time of this thread, which other load on a shared machine
    disturbs less than the wall clock."""
    from quizgen.extract import dates, figures, infobox, people, quotes
    from quizgen.generate import generate
    from quizgen.load import load_path

    times: dict[str, list[float]] = {}

    def timed(stage, fn):
        start = clock()
        value = fn()
        times.setdefault(stage, []).append(clock() - start)
        return value

    for _ in range(runs):
        clear_caches()
        doc = timed("load", lambda: load_path(SEED))
        d = timed("dates", lambda: dates.extract(doc))
        p = timed("people", lambda: people.extract(doc))
        f = timed("figures", lambda: figures.extract(doc, d, p))
        q = timed("quotes", lambda: quotes.extract(doc, p))
        i = timed("infobox", lambda: infobox.extract(doc))
        facts = sorted(d + p + f + q + i, key=lambda x: x.span[0] if x.span else -1)
        timed("questions", lambda: [x.to_json() for x in generate(doc, facts, Options())])
    return {stage: statistics.median(v) * 1000 for stage, v in times.items()}


def main() -> None:
    process_path(SEED, Options())  # warm-up: lazy imports, compiled patterns, name lists

    def cold_run():
        clear_caches()
        process_path(SEED, Options())

    for label, fn in (("cold caches", cold_run), ("warm caches", lambda: process_path(SEED, Options()))):
        runs = time_it(fn, 20)
        print(f"seed article, {label}: median {statistics.median(runs) * 1000:.1f} ms, "
              f"min {min(runs) * 1000:.1f} ms, max {max(runs) * 1000:.1f} ms (20 runs, target < 150 ms)")
    result = process_path(SEED, Options())
    print(f"  ({len(result.questions)} questions)")
    print("  by stage (median, cold caches): " + ", ".join(f"{k} {v:.1f} ms" for k, v in stage_times().items()))
    print("  by stage, CPU time (median, cold caches): "
          + ", ".join(f"{k} {v:.1f} ms" for k, v in stage_times(clock=time.thread_time).items()))
    exe = ROOT / ".venv" / "bin" / "quizgen"
    cmd = [str(exe), "--help"] if exe.exists() else [sys.executable, "-m", "quizgen", "--help"]
    helps = time_it(lambda: subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True), 10)
    print(f"quizgen --help: median {statistics.median(helps) * 1000:.0f} ms (10 runs, target < 300 ms)")


if __name__ == "__main__":
    main()
