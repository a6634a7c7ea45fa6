"""Worksheet rendering speed: one 20-question worksheet + key, and 30 variants with keys.

Run from the repository root:

    .venv/bin/python tests/bench/bench_worksheet.py [BANK_OR_ARTICLE] [--repeat 5]

Targets: a worksheet and its key as PDF in under 1 s once imports are done; 30 variants with
their keys (60 PDFs) in under 10 s on 2 cores, as one ``quizgen worksheet`` command.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input", nargs="?", default=str(ROOT / "seeds" / "battle-of-shusha-2020.md"),
                        help="bank file or article (default: the seed article)")
    parser.add_argument("--repeat", type=int, default=5, help="renders of the single worksheet (median shown)")
    parser.add_argument("--variants", type=int, default=30)
    args = parser.parse_args()

    t0 = time.perf_counter()
    import weasyprint  # noqa: F401  (timed apart: every PDF command pays it once)

    from quizgen.bank import save_bank
    from quizgen.pipeline import open_inputs
    from quizgen.render import WorksheetOptions, prepare, write_outputs
    t_import = time.perf_counter() - t0

    print(f"load average before: {os.getloadavg()[0]:.2f} (the numbers below are wall-clock times; "
          f"on a busy machine compare CPU times)")
    bank, _ = open_inputs([args.input])
    print(f"bank: {len(bank['questions'])} questions from {args.input}")
    print(f"import weasyprint + quizgen.render: {t_import:.2f} s")

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        options = WorksheetOptions(count=20)
        times, cpu_times = [], []
        for i in range(args.repeat):
            t, c = time.perf_counter(), time.process_time()
            result = prepare(bank, options, tmp / f"one{i}")
            write_outputs(result.outputs, jobs=1)  # in this process: the cost a single sheet pays
            times.append(time.perf_counter() - t)
            cpu_times.append(time.process_time() - c)
        pages = sum(len(__import__("pypdf").PdfReader(str(o.path)).pages) for o in result.outputs)
        print(f"20-question worksheet + key ({pages} pages), in-process: first {times[0]:.2f} s, "
              f"median of {len(times)} {statistics.median(times):.2f} s (CPU {statistics.median(cpu_times):.2f} s)  "
              f"(target < 1 s)")

        bank_path = save_bank(bank, tmp / "bench.bank.json")
        cmd = [sys.executable, "-m", "quizgen", "worksheet", str(bank_path), "-o", str(tmp / "many"),
               "--count", "20", "--variants", str(args.variants)]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
        wall = time.perf_counter() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        if proc.returncode:
            sys.exit(proc.stderr)
        n = len(list((tmp / "many").glob("*.pdf")))
        print(f"{args.variants} variants with keys ({n} PDFs), one command, {os.cpu_count()} cores: {wall:.2f} s "
              f"(target < 10 s); CPU time of the command and its workers {cpu:.2f} s")
        print("  " + " ".join(["quizgen", *cmd[3:]]).replace(str(tmp) + "/", ""))


if __name__ == "__main__":
    main()
