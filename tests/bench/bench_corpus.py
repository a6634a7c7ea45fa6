"""Corpus extraction speed and memory: local processes vs a Dask LocalCluster.

Run from the repository root:

    .venv/bin/python tests/bench/bench_corpus.py [--articles 2000] [--memory 1000,10000] [--jobs 2]

1. Speed: the dev corpus (``../shared/corpus/dev/``, or --corpus) repeated to --articles files
   in a temporary folder, extracted with 1 local process, with --jobs local processes and on a
   LocalCluster with --jobs workers. Prints articles/s, the speed-up, and the overhead against
   the ideal split (time of 1 process / N); checks that the three runs wrote byte-identical parts.
2. Memory: peak resident memory of the run (the driver, and the largest worker) for each size in
   --memory, with inputs as a folder of files and as one JSONL file. To keep this part short,
   the articles are the dev articles cut after their first paragraphs (real text, less of it):
   the driver's memory depends on the number of articles, not their length.

Each run is a fresh Python process, so imports, pools and clusters are counted as a user sees
them (the time is taken inside the run: from the start of ``run_corpus`` to the manifest).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT.parent / "shared" / "corpus" / "dev"

RUNNER = r"""
import json, resource, sys, time
from quizgen.corpus import run_corpus
if __name__ == "__main__":
    args = json.loads(sys.argv[1])
    start = time.perf_counter()
    result = run_corpus(args["inputs"], args["out"], engine=args["engine"], jobs=args["jobs"],
                        batch_size=args["batch_size"], progress=False)
    wall = time.perf_counter() - start
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"seconds": wall, "worker_seconds": result.worker_seconds, "cpu": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime, "articles": result.articles, "failed": len(result.failures),
                      "questions": result.questions,
                      "rss_driver_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "rss_worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


LOAD_START = ""
CODE: Path | None = None  # a snapshot of the package, so every run uses the same rules


def run(inputs: list[str], out: Path, engine: str, jobs: int, batch_size: int) -> dict:
    args = json.dumps({"inputs": inputs, "out": str(out), "engine": engine, "jobs": jobs, "batch_size": batch_size})
    env = dict(os.environ, PYTHONPATH=str(CODE)) if CODE else None
    proc = subprocess.run([sys.executable, "-c", RUNNER, args], capture_output=True, text=True,
                          cwd=CODE or ROOT, env=env)
    if proc.returncode != 0:
        sys.exit(f"run failed ({engine}, {jobs}):\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def parts_digest(out: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(out.glob("part-*.jsonl")):
        h.update(p.name.encode() + b"\0" + p.read_bytes())
    return h.hexdigest()[:16]


def make_corpus(src: list[Path], n: int, dest: Path, short: bool = False) -> list[Path]:
    """n article files: the sources repeated, renamed (distinct ids), 500 to a folder."""
    texts = [p.read_text(encoding="utf-8") for p in src]
    if short:
        texts = [shorten(t) for t in texts]
    files = []
    for i in range(n):
        j = i % len(src)
        folder = dest / f"{i // 500:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{src[j].stem}-{i:06d}.md"
        path.write_text(texts[j], encoding="utf-8")
        files.append(path)
    return files


def shorten(text: str, body_chars: int = 1200) -> str:
    """Frontmatter (infoboxes included) and the first paragraphs of the body."""
    if text.startswith("---"):
        end = text.index("\n---", 3) + 4
        front, body = text[:end], text[end:]
    else:
        front, body = "", text
    cut = body.find("\n\n", body_chars)
    return front + (body if cut < 0 else body[:cut]) + "\n"


def to_jsonl(files: list[Path], dest: Path) -> Path:
    with dest.open("w", encoding="utf-8") as fh:
        for f in files:
            fh.write(json.dumps({"path": f.name, "text": f.read_text(encoding="utf-8")}, ensure_ascii=False) + "\n")
    return dest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEV, help="folder of articles to repeat")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--batch-size", type=int, default=50)
    parser.add_argument("--memory", default="1000,10000", help="sizes for the memory runs ('' to skip)")
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--runs", default="one,local,dask",
                        help="speed runs, the first being the baseline: one (1 process), local, dask")
    args = parser.parse_args()

    src = sorted(args.corpus.glob("*.md"))
    if not src:
        sys.exit(f"no articles in {args.corpus}")
    tmp = Path(tempfile.mkdtemp(prefix="quizgen-bench-"))
    global CODE
    CODE = tmp / "code"
    shutil.copytree(ROOT / "quizgen", CODE / "quizgen", ignore=shutil.ignore_patterns("__pycache__"))
    try:
        if not args.skip_speed:
            speed(src, tmp, args)
        sizes = [int(s) for s in args.memory.split(",") if s.strip()]
        if sizes:
            memory(src, tmp, sizes, args)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def speed(src: list[Path], tmp: Path, args) -> None:
    global LOAD_START
    LOAD_START = f"{os.getloadavg()[0]:.2f}"
    make_corpus(src, args.articles, tmp / "speed")
    print(f"# speed: {args.articles} articles ({len(src)} dev articles repeated), batch size {args.batch_size}, "
          f"{os.cpu_count()} cores")
    rows = []
    configs = {"one": ("local, 1 process", "local", 1),
               "local": (f"local, {args.jobs} processes", "local", args.jobs),
               "dask": (f"dask LocalCluster, {args.jobs} workers", "dask", args.jobs)}
    for label, engine, jobs in [configs[name] for name in args.runs.split(",")]:
        out = tmp / f"out-{engine}-{jobs}"
        res = run([str(tmp / "speed")], out, engine, jobs, args.batch_size)
        res.update(label=label, jobs=jobs, digest=parts_digest(out))
        rows.append(res)
        shutil.rmtree(out)
        print(f"  {label}: {res['seconds']:.1f} s, {res['articles'] / res['seconds']:.1f} articles/s, "
              f"{res['cpu']:.1f} CPU s, peak RSS {res['rss_driver_mb']:.0f} MB (driver) / "
              f"{res['rss_worker_mb']:.0f} MB (largest child) ({res['failed']} failed)", flush=True)
    base = rows[0]["seconds"]
    print()
    print("| run | seconds | articles/s | speed-up | overhead vs 1 process / N | worker-busy seconds "
          "| overhead vs busy / N | CPU seconds |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        ideal = base / r["jobs"]
        busy_ideal = r["worker_seconds"] / r["jobs"]
        print(f"| {r['label']} | {r['seconds']:.1f} | {r['articles'] / r['seconds']:.1f} | "
              f"{base / r['seconds']:.2f}x | {100 * (r['seconds'] - ideal) / ideal:+.1f}% | "
              f"{r['worker_seconds']:.1f} | {100 * (r['seconds'] - busy_ideal) / busy_ideal:+.1f}% | {r['cpu']:.1f} |")
    print("(overhead vs busy / N: the run's time against the time its workers spent on batches, split evenly;\n"
          " it isolates the engine's own cost (start, hops, stragglers) from other load on the machine)")
    print(f"(load average before/after: {LOAD_START} / {os.getloadavg()[0]:.2f})")
    same = len({r["digest"] for r in rows}) == 1
    print(f"\nparts byte-identical across the runs: {'yes' if same else 'NO'} "
          f"({', '.join(r['digest'] for r in rows)})")
    print(f"per-core rate (1 process): {rows[0]['articles'] / base:.1f} articles/s = "
          f"{1000 * base / rows[0]['articles']:.0f} ms per article\n", flush=True)


def memory(src: list[Path], tmp: Path, sizes: list[int], args) -> None:
    print(f"# memory: short articles (first paragraphs), {args.jobs} local processes, batch size {args.batch_size}")
    print("| articles | input | seconds | articles/s | peak RSS driver | peak RSS largest worker |")
    print("|---|---|---|---|---|---|")
    for n in sizes:
        folder = tmp / f"mem-{n}"
        files = make_corpus(src, n, folder, short=True)
        jsonl = to_jsonl(files, tmp / f"mem-{n}.jsonl")
        for label, inputs in (("folder", [str(folder)]), ("JSONL", [str(jsonl)])):
            out = tmp / f"out-mem-{n}-{label}"
            res = run(inputs, out, "local", args.jobs, args.batch_size)
            shutil.rmtree(out)
            print(f"| {n:,} | {label} | {res['seconds']:.1f} | {res['articles'] / res['seconds']:.1f} | "
                  f"{res['rss_driver_mb']:.0f} MB | {res['rss_worker_mb']:.0f} MB |", flush=True)
        shutil.rmtree(folder)
        jsonl.unlink()


if __name__ == "__main__":
    main()
