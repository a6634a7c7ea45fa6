"""Extraction of corpora of any size: batches of articles on local processes or a Dask cluster,
streamed to JSONL part files with a manifest, resumable after a crash or Ctrl-C.

Layout of an output directory::

    DIR/part-00000.jsonl   one line per article: {"document": {...}, "questions": [...]}
    DIR/part-00001.jsonl   ...
    DIR/progress.jsonl     log of finished parts (what a re-run uses to resume)
    DIR/manifest.json      counts, failures with reasons, version, input hashes, options

Articles are cut into batches of ``batch_size`` in the fixed order of ``quizgen.inputs`` (inputs
in the order given, folders walked in sorted path order, JSONL files line by line); batch *k* is
part *k*. The content of a
part depends only on its articles and the options, so the parts are byte-identical whichever
engine runs them and however many workers there are. A batch is one task: the worker reads its
articles itself (a local path, a shared path or an fsspec URL), so only file names travel to it
and only the finished part text travels back. At most a few batches per worker are in flight,
so the memory of the run does not grow with the size of the corpus.

Each worker runs the loop every command uses (``quizgen.pipeline.process_articles``) with every
article isolated: any exception while loading it or running the rules on it is recorded
(article and reason) and the batch goes on with the next article.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quizgen.bank import CORPUS_FORMAT, MANIFEST
from quizgen.bank import iter_bank_dir, read_bank_dir, read_manifest  # noqa: F401  (read a run back)
from quizgen.errors import InputError, QuizgenError
from quizgen.inputs import item_articles, iter_units
from quizgen.model import Options
from quizgen.pipeline import process_articles

PROGRESS = "progress.jsonl"
PART_PATTERN = "part-{:05d}.jsonl"
DEFAULT_BATCH_SIZE = 50
ENGINES = ("local", "dask")

#: Test hook: the article whose file name (or JSONL ``path``/``name``) equals this variable raises
#: inside the worker as a bug in a rule would. Workers on a cluster are separate processes that
#: a test cannot monkeypatch, but they inherit the environment.
POISON_ENV = "QUIZGEN_TEST_POISON"


# ---------------------------------------------------------------- batches

def iter_batches(units: Iterable[tuple], batch_size: int) -> Iterator[tuple[int, list[tuple], int]]:
    """Cut the article stream into batches of ``batch_size`` articles: (index, items, count).
    Consecutive lines of one JSONL file become one byte range, read by the worker in one go."""
    items: list[tuple] = []
    count = 0
    index = 0
    for unit in units:
        if unit[0] == "file":
            items.append(unit)
        else:
            _, display, location, start, end, lineno = unit
            last = items[-1] if items else None
            if last and last[0] == "lines" and last[2] == location and last[4] == start:
                items[-1] = last[:4] + (end,) + last[5:]
            else:
                items.append(("lines", display, location, start, end, lineno))
        count += 1
        if count == batch_size:
            yield index, items, count
            items, count, index = [], 0, index + 1
    if items:
        yield index, items, count


# ---------------------------------------------------------------- the worker side

def _reason(exc: BaseException) -> str:
    """Why an article failed, in one line; for a bug, where in the code it happened."""
    if isinstance(exc, InputError):
        return f"{exc.reason} (line {exc.line})" if exc.line else exc.reason
    frames = traceback.extract_tb(exc.__traceback__)
    where = ""
    if frames:
        last = frames[-1]
        where = f" (at {Path(last.filename).name}:{last.lineno} in {last.name})"
    message = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {message}{where}" if message else f"{type(exc).__name__}{where}"


def options_from_json(data: dict[str, Any]) -> Options:
    return Options.from_json(data)


def dumps_line(document: dict[str, Any], questions: list[dict[str, Any]]) -> str:
    """One line of a part file: compact JSON, UTF-8 as is, keys in the bank's order."""
    return json.dumps({"document": document, "questions": questions}, ensure_ascii=False,
                      separators=(",", ":")) + "\n"


def process_batch(items: list[tuple], options: dict[str, Any]) -> dict[str, Any]:
    """Run one batch: the part text and its counts and failures. Runs in a worker process
    (local pool or Dask); must stay a module-level function so it pickles by reference."""
    started = time.perf_counter()
    opts = Options.from_json(options)
    poison = os.environ.get(POISON_ENV)
    lines: list[str] = []
    failures: list[dict[str, str]] = []
    digest = hashlib.sha256()
    n_questions = 0

    def seen(doc) -> None:
        digest.update(f"{doc.path}\t{doc.sha256}\n".encode())
        if poison and poison in (doc.name, doc.path):
            raise RuntimeError(f"{POISON_ENV} names this article")

    for item in items:
        try:
            articles = list(item_articles(item))
        except Exception as exc:  # the whole JSONL range is unreadable
            failures.append({"article": f"{item[1]}:{item[5]}", "reason": _reason(exc)})
            continue
        # isolate: one bad article (or a bug in a rule) must not cost the batch
        for name, result, error in process_articles(articles, opts, isolate=True, on_document=seen):
            if error is not None:
                failures.append({"article": name, "reason": _reason(error)})
                continue
            lines.append(dumps_line(result.document, result.questions))
            n_questions += len(result.questions)
    return {"text": "".join(lines), "articles": len(lines), "questions": n_questions,
            "failures": failures, "inputs_sha256": digest.hexdigest(), "seconds": time.perf_counter() - started}


def _ignore_sigint() -> None:
    """Pool workers leave Ctrl-C to the parent, which stops the run and writes the manifest."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


# ---------------------------------------------------------------- engines

def _windowed(submit, wait_any, tasks: Iterable[tuple[int, list, int]], window: int):
    """Submit tasks with at most ``window`` in flight; yield (index, items, count, future) as they
    finish. The task iterator is consumed lazily, so the list of articles is never held whole."""
    pending: dict[Any, tuple[int, list, int]] = {}

    def drain():
        for fut in wait_any(list(pending)):
            index, items, count = pending.pop(fut)
            yield index, items, count, fut

    try:
        for index, items, count in tasks:
            while len(pending) >= window:
                yield from drain()
            pending[submit(items)] = (index, items, count)
        while pending:
            yield from drain()
    finally:
        for fut in pending:
            fut.cancel()


class _Done:
    """A finished result, for the in-process engine (same interface as a future)."""

    def __init__(self, fn, *args):
        try:
            self._value, self._error = fn(*args), None
        except Exception as exc:
            self._value, self._error = None, exc

    def result(self):
        if self._error is not None:
            raise self._error
        return self._value

    def cancel(self):
        return False


def default_jobs() -> int:
    """The cores this process may use (the affinity mask, where the system has one)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


class LocalEngine:
    """``jobs`` processes of a ProcessPoolExecutor; one job runs in this process."""

    name = "local"

    def __init__(self, jobs: int | None = None):
        self.workers = max(1, jobs or default_jobs())
        self._pool = None

    def __enter__(self):
        if self.workers > 1:
            self._pool = self._new_pool()
        return self

    def _new_pool(self):
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(self.workers, initializer=_ignore_sigint)

    def _submit(self, items, options):
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self._pool.submit(process_batch, items, options)
        except BrokenProcessPool:
            # A worker died (killed for memory, a crash in a C extension): the batches it had
            # are recorded as failed; the rest of the run goes on in a new pool.
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._new_pool()
            return self._pool.submit(process_batch, items, options)

    def __exit__(self, exc_type, *_):
        if self._pool is not None:
            self._pool.shutdown(wait=exc_type is None, cancel_futures=True)

    def retry(self, items, options: dict[str, Any], exc: Exception) -> dict[str, Any]:
        """Run a batch lost with a broken pool again, alone in a process of its own: the batch
        that killed the pool dies again (and is recorded), the others just went down with it."""
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        if not isinstance(exc, BrokenProcessPool):
            raise exc
        with ProcessPoolExecutor(1, initializer=_ignore_sigint) as solo:
            return solo.submit(process_batch, items, options).result()

    def run(self, tasks, options: dict[str, Any]):
        if self._pool is None:
            return _windowed(lambda items: _Done(process_batch, items, options), lambda fs: fs, tasks, 1)
        from concurrent.futures import FIRST_COMPLETED, wait

        return _windowed(lambda items: self._submit(items, options),
                         lambda fs: wait(fs, return_when=FIRST_COMPLETED).done, tasks, 2 * self.workers + 1)


class DaskEngine:
    """The same batches as Dask futures, on a scheduler (``tcp://host:8786``) or a LocalCluster."""

    name = "dask"

    def __init__(self, scheduler: str | None = None, jobs: int | None = None):
        self.scheduler = scheduler or "local"
        self.jobs = jobs
        self.client = self.cluster = None
        self.workers = 0

    def __enter__(self):
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise QuizgenError("the dask engine needs dask.distributed; install it with: "
                               "pip install 'quizgen[dask]'") from None
        import logging

        if self.scheduler == "local":
            import dask

            # No dashboard, so no use for the workers' statistical profiler, which samples the
            # running batch every 10 ms, nor for frequent monitoring ticks; each wakes a thread that
            # takes the GIL from the batch (the nannies pass these settings on to their workers).
            with dask.config.set({"distributed.worker.profile.enabled": False,
                                  "distributed.admin.tick.interval": "1s",
                                  "distributed.admin.system-monitor.interval": "2s"}):
                self.cluster = LocalCluster(n_workers=max(1, self.jobs or default_jobs()), threads_per_worker=1,
                                            processes=True, host="127.0.0.1", dashboard_address=None,
                                            silence_logs=logging.ERROR)
            self.client = Client(self.cluster)
        else:
            try:
                if self.scheduler.endswith(".json") and os.path.isfile(self.scheduler):  # dask --scheduler-file
                    self.client = Client(scheduler_file=self.scheduler, timeout="20s")
                else:
                    self.client = Client(self.scheduler, timeout="20s")
            except OSError as exc:
                raise QuizgenError(f"cannot reach the Dask scheduler {self.scheduler}: {exc}") from None
        self.workers = sum(self.client.nthreads().values()) or 1
        return self

    def __exit__(self, *_):
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def retry(self, items, options: dict[str, Any], exc: Exception) -> dict[str, Any]:
        raise exc  # the scheduler already retried it on other workers (KilledWorker after 3 tries)

    def run(self, tasks, options: dict[str, Any]):
        from dask.distributed import wait

        return _windowed(lambda items: self.client.submit(process_batch, items, options, pure=False),
                         lambda fs: wait(fs, return_when="FIRST_COMPLETED").done, tasks, 2 * self.workers + 1)


# ---------------------------------------------------------------- the run

@dataclass
class PartInfo:
    index: int
    key: str
    articles: int
    questions: int
    sha256: str
    inputs_sha256: str
    failures: list[dict[str, str]] = field(default_factory=list)

    @property
    def file(self) -> str:
        return PART_PATTERN.format(self.index)

    def to_json(self) -> dict[str, Any]:
        return {"file": self.file, "articles": self.articles, "questions": self.questions,
                "failed": len(self.failures), "sha256": self.sha256, "inputs_sha256": self.inputs_sha256}


@dataclass
class RunResult:
    out_dir: Path
    engine: str
    workers: int
    articles: int = 0
    questions: int = 0
    parts: int = 0
    resumed_parts: int = 0
    failures: list[dict[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    complete: bool = False
    #: time the workers spent on batches (this run only): the ideal run time on N workers is
    #: worker_seconds / N, and the rest of ``seconds`` is the engine's overhead
    worker_seconds: float = 0.0

    @property
    def processed(self) -> int:
        """Articles that went through this run (not counting resumed parts)."""
        return self._processed

    _processed: int = 0

    def summary(self) -> str:
        rate = self._processed / self.seconds if self.seconds else 0.0
        text = (f"{self.questions} questions from {self.articles} article{'s' if self.articles != 1 else ''} "
                f"in {self.parts} part{'s' if self.parts != 1 else ''} -> {self.out_dir}/ "
                f"({rate:.1f} articles/s, {self.engine} engine, {self.workers} worker{'s' if self.workers != 1 else ''})")
        if self.resumed_parts:
            text += f"; {self.resumed_parts} finished part{'s' if self.resumed_parts != 1 else ''} kept"
        if self.failures:
            text += f"; {len(self.failures)} failed"
        if not self.complete:
            text += "; INCOMPLETE, run the same command again to resume"
        return text


def _batch_key(items: list[tuple]) -> str:
    return hashlib.sha256(json.dumps(items).encode()).hexdigest()[:16]


def _header(options: Options, batch_size: int) -> dict[str, Any]:
    from quizgen import __version__

    return {"format": CORPUS_FORMAT, "quizgen_version": __version__, "options": options.to_json(),
            "batch_size": batch_size}


def _read_progress(out_dir: Path, header: dict[str, Any]) -> dict[int, PartInfo]:
    """Finished parts of an earlier run with the same options (to skip); empty for a new run."""
    log = out_dir / PROGRESS
    if not log.exists():
        return {}
    done: dict[int, PartInfo] = {}
    with log.open(encoding="utf-8") as fh:
        first = fh.readline()
        try:
            old = json.loads(first)
        except json.JSONDecodeError:
            old = None
        if old != header:
            if isinstance(old, dict):
                def flat(h):
                    return {**{k: v for k, v in h.items() if k != "options"}, **(h.get("options") or {})}

                was, now = flat(old), flat(header)
                changed = [f"{k} {json.dumps(was.get(k), ensure_ascii=False)} there, "
                           f"{json.dumps(now[k], ensure_ascii=False)} now" for k in now if was.get(k) != now[k]]
            else:
                changed = [f"{PROGRESS} is unreadable"]
            raise QuizgenError(f"{out_dir} holds a run made differently ({'; '.join(changed)}); "
                               "use another output directory, or delete this one to start over")
        for line in fh:
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:  # a line cut short by a crash
                continue
            done[rec["index"]] = PartInfo(rec["index"], rec["key"], rec["articles"], rec["questions"],
                                          rec["sha256"], rec["inputs_sha256"], rec["failures"])
    return done


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    tmp.replace(path)  # a part exists under its real name only when complete


def run_corpus(inputs: list[str], out_dir: str | Path, options: Options = Options(), *,
               engine: str = "local", jobs: int | None = None, scheduler: str | None = None,
               batch_size: int = DEFAULT_BATCH_SIZE, progress: bool | None = None,
               on_failure: Callable[[dict[str, str]], None] | None = None) -> RunResult:
    """Extract every article of ``inputs`` into part files in ``out_dir`` and write the manifest.

    A re-run with the same inputs and options keeps the parts already finished. ``progress``:
    True/False to force the bar, None to show it when stderr is a terminal. ``on_failure`` is
    called for each failed article (the CLI prints it).
    """
    if engine not in ENGINES:
        raise QuizgenError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")
    if batch_size < 1:
        raise QuizgenError("batch size must be at least 1")
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise QuizgenError(f"{out} exists and is not a directory")
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob("*.tmp"):  # left by an interrupted run; never a finished part
        stale.unlink()
    header = _header(options, batch_size)
    done = _read_progress(out, header)
    if not (out / PROGRESS).exists():
        (out / PROGRESS).write_text(json.dumps(header, ensure_ascii=False) + "\n", encoding="utf-8")

    from tqdm import tqdm

    input_failures: list[dict[str, str]] = []
    report = on_failure or (lambda f: None)

    def input_error(exc: InputError) -> None:
        failure = {"article": exc.path, "reason": exc.reason}
        input_failures.append(failure)
        report(failure)

    parts: dict[int, PartInfo] = {}
    run_failures: list[dict[str, str]] = []
    lost: list[dict[str, str]] = []  # batches whose worker died: not written, retried by a re-run
    keys: dict[int, str] = {}
    resumed = 0
    skipped = 0
    busy = 0.0
    started = time.perf_counter()
    engine_obj = LocalEngine(jobs) if engine == "local" else DaskEngine(scheduler, jobs)
    bar = tqdm(unit=" articles", desc="extract", file=sys.stderr, dynamic_ncols=True, smoothing=0.1,
               disable=(not sys.stderr.isatty()) if progress is None else not progress, postfix={"failed": 0})
    complete = False
    log = (out / PROGRESS).open("a", encoding="utf-8")
    try:
        def todo():
            nonlocal resumed, skipped
            for index, items, count in iter_batches(iter_units(inputs, input_error, skip=[out]), batch_size):
                key = _batch_key(items)
                old = done.get(index)
                if old is not None and old.key == key and (out / old.file).exists():
                    parts[index] = old
                    resumed += 1
                    skipped += count
                    continue
                keys[index] = key
                yield index, items, count

        with engine_obj:
            for index, items, count, fut in engine_obj.run(todo(), options.to_json()):
                try:
                    try:
                        res = fut.result()
                    except Exception as exc:
                        res = engine_obj.retry(items, options.to_json(), exc)
                except Exception as exc:  # a worker died: the batch is lost, the run goes on
                    res = {"text": "", "articles": 0, "questions": 0, "inputs_sha256": "",
                           "failures": [{"article": f"{PART_PATTERN.format(index)} ({count} articles)",
                                         "reason": f"worker failed: {_reason(exc)}"}]}
                    failed_part = True
                else:
                    failed_part = False
                    busy += res.get("seconds", 0.0)
                for failure in res["failures"]:
                    failure = {**failure, "part": PART_PATTERN.format(index)}
                    run_failures.append(failure)
                    report(failure)
                bar.update(count)
                bar.set_postfix(failed=len(run_failures) + len(input_failures), refresh=False)
                if failed_part:
                    keys.pop(index, None)
                    lost.extend({**f, "part": PART_PATTERN.format(index)} for f in res["failures"])
                    continue  # not logged: a re-run tries the batch again
                info = PartInfo(index, keys.pop(index), res["articles"], res["questions"],
                                hashlib.sha256(res["text"].encode("utf-8")).hexdigest(), res["inputs_sha256"],
                                [{k: v for k, v in f.items() if k != "part"} for f in res["failures"]])
                _write_atomic(out / info.file, res["text"])
                log.write(json.dumps({"index": index, "key": info.key, "articles": info.articles,
                                      "questions": info.questions, "sha256": info.sha256,
                                      "inputs_sha256": info.inputs_sha256, "failures": info.failures},
                                     ensure_ascii=False) + "\n")
                log.flush()
                parts[index] = info
            complete = True
    finally:
        bar.close()
        log.close()
        elapsed = time.perf_counter() - started
        result = _finish(out, inputs, header, parts, input_failures + lost, engine_obj, elapsed,
                         complete and not lost)
        result.resumed_parts = resumed
        result.worker_seconds = busy
        result._processed = sum(p.articles + len(p.failures) for i, p in parts.items()) - skipped
    return result


def _finish(out: Path, inputs, header, parts: dict[int, PartInfo], input_failures, engine_obj,
            elapsed: float, complete: bool) -> RunResult:
    """Write the manifest (also after Ctrl-C: it then lists the parts finished so far)."""
    ordered = [parts[i] for i in sorted(parts)]
    failures = list(input_failures)
    for p in ordered:
        failures.extend({**f, "part": p.file} for f in p.failures)
    total = hashlib.sha256("".join(p.inputs_sha256 + "\n" for p in ordered).encode()).hexdigest()
    counts = {"articles": sum(p.articles for p in ordered), "questions": sum(p.questions for p in ordered),
              "failed": len(failures), "parts": len(ordered)}
    manifest = {
        "format": CORPUS_FORMAT,
        "status": "complete" if complete else "incomplete",
        "quizgen_version": header["quizgen_version"],
        "options": header["options"],
        "batch_size": header["batch_size"],
        "inputs": [str(i) for i in inputs],
        "inputs_sha256": total,
        "counts": counts,
        "engine": {"name": engine_obj.name, "workers": engine_obj.workers},
        "seconds": round(elapsed, 3),
        "line_format": '{"document": {...}, "questions": [...]} per line, see docs/scale.md',
        "parts": [p.to_json() for p in ordered],
        "failures": failures,
    }
    _write_atomic(out / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")
    return RunResult(out, engine_obj.name, engine_obj.workers, counts["articles"], counts["questions"],
                     counts["parts"], failures=failures, seconds=elapsed, complete=complete)
