"""Corpus runs (quizgen.corpus): inputs at scale, part files, manifest, resume, isolation of
failing articles, and byte-identical parts on the local engine and a real Dask LocalCluster."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from quizgen import corpus
from quizgen.bank import load_bank, validate
from quizgen.cli import cli
from quizgen.corpus import POISON_ENV, read_bank_dir, run_corpus
from quizgen.errors import QuizgenError
from quizgen.pipeline import Options, open_inputs, process_path

from conftest import ARTICLES

SMALL = ["dick-rifenburg.md", "du-fu.md", "operation-eastern-exit.md", "1933-treasure-coast-hurricane.md"]
POISONED = "poisoned-article.md"


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """Four article files in two folders, a JSONL file with two articles (one of each shape), and
    an article whose YAML is broken."""
    root = tmp_path / "in"
    (root / "a").mkdir(parents=True)
    (root / "b").mkdir()
    for i, name in enumerate(SMALL[:3]):
        shutil.copy(ARTICLES / name, root / ("a" if i < 2 else "b") / name)
    whole = (ARTICLES / SMALL[3]).read_text(encoding="utf-8")
    records = [
        {"path": "jsonl/" + SMALL[3], "text": whole},
        {"title": "Şuşa “fortress” <test>", "author": "Wikipedia",
         "infoboxes": [{"Date": "8 May 1992", "Result": "Armenian victory"}],
         "body": "# Şuşa\n\nThe fortress of Şuşa was captured on 8 May 1992 by Armenian forces. "
                 "It was retaken on 8 November 2020, after a battle of several days.\n"},
    ]
    (root / "b" / "more.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n\n" for r in records),
                                           encoding="utf-8")
    (root / "b" / "zz-broken.md").write_text("---\ntitle: [unclosed\n---\n\nBody text here.\n", encoding="utf-8")
    return root


def parts_of(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("part-*.jsonl"))}


def lines_of(out: Path) -> list[dict]:
    return [json.loads(line) for p in sorted(out.glob("part-*.jsonl")) for line in p.read_text("utf-8").splitlines()]


@pytest.fixture(scope="module")
def dask_cluster():
    """A real LocalCluster with two worker processes, started with the poison hook set for the
    file name that only the poisoning test uses (workers inherit the environment at start)."""
    distributed = pytest.importorskip("dask.distributed")
    old = os.environ.get(POISON_ENV)
    os.environ[POISON_ENV] = POISONED
    try:
        cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                           dashboard_address=None)
    finally:
        if old is None:
            os.environ.pop(POISON_ENV)
        else:
            os.environ[POISON_ENV] = old
    yield cluster
    cluster.close()


# ---------------------------------------------------------------- inputs

def test_inputs_folders_jsonl_lists_in_a_fixed_order(corpus_dir, tmp_path):
    failures = []
    units = list(corpus.iter_units([str(corpus_dir)], failures.append))
    assert [Path(u[1]).name for u in units] == ["dick-rifenburg.md", "du-fu.md", "more.jsonl", "more.jsonl",
                                                "operation-eastern-exit.md", "zz-broken.md"]
    assert failures == []
    # a list file names the same articles, a glob too; missing paths are failures, not a stop
    listing = tmp_path / "paths.txt"
    listing.write_text(f"# corpus\n{corpus_dir / 'a'}\n\n{corpus_dir / 'nope.md'}\n", encoding="utf-8")
    units = list(corpus.iter_units([f"@{listing}", str(corpus_dir / "b" / "*.md")], failures.append))
    assert [Path(u[1]).name for u in units] == ["dick-rifenburg.md", "du-fu.md", "operation-eastern-exit.md",
                                                "zz-broken.md"]
    assert [f.reason for f in failures] == ["no such file or directory"]
    # the two JSONL lines of one file travel as one byte range
    batches = list(corpus.iter_batches(corpus.iter_units([str(corpus_dir / "b" / "more.jsonl")], print), 10))
    assert len(batches) == 1 and batches[0][2] == 2 and len(batches[0][1]) == 1


def test_fsspec_file_urls_are_read_by_workers(corpus_dir, tmp_path):
    pytest.importorskip("fsspec")
    result = run_corpus([f"file://{corpus_dir / 'a'}"], tmp_path / "out", jobs=1)
    assert result.articles == 2 and not result.failures
    assert {r["document"]["id"] for r in lines_of(tmp_path / "out")} == {"dick-rifenburg", "du-fu"}


def test_jsonl_articles_match_their_files(corpus_dir, tmp_path):
    run_corpus([str(corpus_dir / "b" / "more.jsonl")], tmp_path / "out", jobs=1)
    by_id = {r["document"]["id"]: r for r in lines_of(tmp_path / "out")}
    hurricane = by_id["1933-treasure-coast-hurricane"]
    as_file = process_path(ARTICLES / SMALL[3])
    # the "text" shape is the file itself: same hash, same questions
    assert hurricane["document"]["sha256"] == as_file.document["sha256"]
    assert hurricane["document"]["path"] == "jsonl/" + SMALL[3]
    assert hurricane["questions"] == as_file.questions
    # the fields + body shape: named after its title, frontmatter fields used
    susa = by_id["şuşa-fortress-test"]  # named after its title
    assert susa["document"]["title"] == "Şuşa “fortress” <test>"
    assert susa["document"]["license"] == "CC BY-SA 4.0"


def test_bad_jsonl_lines_are_failures_with_line_numbers(tmp_path):
    data = tmp_path / "x.jsonl"
    data.write_text('{"title": "No body"}\nnot json\n[1, 2]\n', encoding="utf-8")
    result = run_corpus([str(data)], tmp_path / "out", jobs=1)
    reasons = {f["article"]: f["reason"] for f in result.failures}
    assert set(reasons) == {f"{data}:1", f"{data}:2", f"{data}:3"}
    assert '"body"' in reasons[f"{data}:1"] and "not a JSON line" in reasons[f"{data}:2"]
    assert "JSON object" in reasons[f"{data}:3"]


# ---------------------------------------------------------------- parts, manifest, bank

def test_parts_manifest_and_bank(corpus_dir, tmp_path):
    out = tmp_path / "out"
    result = run_corpus([str(corpus_dir)], out, Options(seed=3), jobs=1, batch_size=2)
    assert result.complete and result.articles == 5 and result.parts == 3 and result.worker_seconds > 0
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert manifest["status"] == "complete" and manifest["options"]["seed"] == 3
    assert manifest["counts"] == {"articles": 5, "questions": result.questions, "failed": 1, "parts": 3}
    assert [f["article"] for f in manifest["failures"]] == [str(corpus_dir / "b" / "zz-broken.md")]
    assert "frontmatter is not valid YAML" in manifest["failures"][0]["reason"]
    assert manifest["failures"][0]["part"] == "part-00002.jsonl"
    assert [p["articles"] for p in manifest["parts"]] == [2, 2, 1]
    for part in manifest["parts"]:
        import hashlib

        assert hashlib.sha256((out / part["file"]).read_bytes()).hexdigest() == part["sha256"]
    # every line is one article's bank: {"document", "questions"}
    for rec in lines_of(out):
        assert set(rec) == {"document", "questions"}
        assert all(q["source"]["document"] == rec["document"]["id"] for q in rec["questions"])
    bank = read_bank_dir(out)
    assert validate(bank) == []
    assert len(bank["documents"]) == 5 and len(bank["questions"]) == result.questions
    assert bank["generator"]["seed"] == 3
    assert load_bank(out)["questions"] == bank["questions"]
    merged, failures = open_inputs([str(out)])
    assert len(merged["documents"]) == 5 and failures == []


def test_byte_identical_parts_on_every_engine(corpus_dir, tmp_path):
    """One process, two processes, and a two-worker Dask LocalCluster (started by the run)."""
    pytest.importorskip("dask.distributed")
    runs = {}
    for name, kwargs in {"inline": dict(jobs=1), "pool": dict(jobs=2),
                         "dask": dict(engine="dask", scheduler="local", jobs=2)}.items():
        result = run_corpus([str(corpus_dir)], tmp_path / name, batch_size=2, **kwargs)
        assert result.articles == 5 and len(result.failures) == 1
        runs[name] = parts_of(tmp_path / name)
    assert len(runs["inline"]) == 3
    assert runs["pool"] == runs["inline"]
    assert runs["dask"] == runs["inline"]
    manifest = json.loads((tmp_path / "dask" / "manifest.json").read_text("utf-8"))
    assert manifest["engine"] == {"name": "dask", "workers": 2}


# ---------------------------------------------------------------- isolation

def test_a_bug_in_a_rule_fails_one_article_in_process(corpus_dir, tmp_path, monkeypatch):
    import quizgen.extract

    real = quizgen.extract.extract_facts

    def buggy(doc):
        if doc.name == "du-fu.md":
            return {}["no such key"]
        return real(doc)

    monkeypatch.setattr(quizgen.extract, "extract_facts", buggy)
    result = run_corpus([str(corpus_dir / "a"), str(corpus_dir / "b")], tmp_path / "out", jobs=1, batch_size=10)
    failed = {Path(f["article"]).name: f["reason"] for f in result.failures}
    assert set(failed) == {"du-fu.md", "zz-broken.md"}
    assert failed["du-fu.md"].startswith("KeyError: 'no such key' (at test_corpus.py:")
    assert result.articles == 4
    assert "du-fu" not in {r["document"]["id"] for r in lines_of(tmp_path / "out")}


def _poisoned_corpus(corpus_dir: Path) -> Path:
    shutil.copy(ARTICLES / "du-fu.md", corpus_dir / "a" / POISONED)
    return corpus_dir


def test_poisoned_article_in_a_process_pool(corpus_dir, tmp_path, monkeypatch):
    monkeypatch.setenv(POISON_ENV, POISONED)
    seen = []
    result = run_corpus([str(_poisoned_corpus(corpus_dir))], tmp_path / "out", jobs=2, batch_size=2,
                        on_failure=seen.append)
    assert result.complete and result.articles == 5
    poisoned = [f for f in result.failures if f["article"].endswith(POISONED)]
    assert len(poisoned) == 1 and poisoned[0]["reason"].startswith("RuntimeError")
    assert len(seen) == 2  # reported as it happened, the broken YAML too


def test_poisoned_article_on_a_dask_cluster(corpus_dir, tmp_path, dask_cluster):
    result = run_corpus([str(_poisoned_corpus(corpus_dir))], tmp_path / "out", engine="dask",
                        scheduler=dask_cluster.scheduler_address, batch_size=2)
    assert result.complete and result.articles == 5
    assert sorted(Path(f["article"]).name for f in result.failures) == [POISONED, "zz-broken.md"]
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text("utf-8"))
    assert {Path(f["article"]).name for f in manifest["failures"]} == {POISONED, "zz-broken.md"}
    assert len(lines_of(tmp_path / "out")) == 5


# ---------------------------------------------------------------- resume

def test_interrupted_run_resumes_without_duplicates(corpus_dir, tmp_path, monkeypatch):
    full = tmp_path / "full"
    run_corpus([str(corpus_dir)], full, jobs=1, batch_size=2)

    out = tmp_path / "out"
    calls = []
    real = corpus.process_batch

    def interrupted(items, options):
        calls.append(items)
        if len(calls) == 3:
            (out / "part-00002.jsonl.tmp").write_text('{"document": {"half', encoding="utf-8")
            raise KeyboardInterrupt
        return real(items, options)

    monkeypatch.setattr(corpus, "process_batch", interrupted)
    with pytest.raises(KeyboardInterrupt):
        run_corpus([str(corpus_dir)], out, jobs=1, batch_size=2)
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert manifest["status"] == "incomplete" and manifest["counts"]["parts"] == 2
    assert (out / "part-00002.jsonl.tmp").exists() and not (out / "part-00002.jsonl").exists()

    monkeypatch.setattr(corpus, "process_batch", real)
    result = run_corpus([str(corpus_dir)], out, jobs=1, batch_size=2)
    assert result.complete and result.resumed_parts == 2 and result.processed == 2
    assert not list(out.glob("*.tmp"))
    assert parts_of(out) == parts_of(full)
    ids = [d["id"] for d in read_bank_dir(out)["documents"]]
    assert len(ids) == len(set(ids)) == 5
    again = run_corpus([str(corpus_dir)], out, jobs=1, batch_size=2)
    assert again.resumed_parts == 3 and again.processed == 0 and again.articles == 5


def test_a_rerun_with_other_options_is_refused(corpus_dir, tmp_path):
    run_corpus([str(corpus_dir / "a")], tmp_path / "out", jobs=1)
    with pytest.raises(QuizgenError, match="seed 0 there, 1 now"):
        run_corpus([str(corpus_dir / "a")], tmp_path / "out", Options(seed=1), jobs=1)


# ---------------------------------------------------------------- command line

def test_cli_directory_output_and_failures(corpus_dir, tmp_path):
    runner = CliRunner()
    out = tmp_path / "out"
    res = runner.invoke(cli, ["extract", str(corpus_dir), "-o", f"{out}/", "--batch-size", "3"])
    assert res.exit_code == 1  # the broken article
    assert "zz-broken.md: frontmatter is not valid YAML" in res.output
    assert "from 5 articles in 2 parts" in res.output
    assert (out / "manifest.json").exists()
    # a single bank file keeps working as before
    res = runner.invoke(cli, ["extract", str(corpus_dir / "a"), "-o", str(tmp_path / "x.bank.json")])
    assert res.exit_code == 0 and validate(json.loads((tmp_path / "x.bank.json").read_text("utf-8"))) == []
    res = runner.invoke(cli, ["extract", str(corpus_dir / "b" / "more.jsonl"), "-o", str(tmp_path / "y.bank.json")])
    assert res.exit_code != 0 and "-o DIR/" in res.output
    listing = tmp_path / "list.txt"
    listing.write_text(str(corpus_dir / "a") + "\n", encoding="utf-8")
    res = runner.invoke(cli, ["extract", "--from-list", str(listing), "--jobs", "1", "-o", str(tmp_path / "l")])
    assert res.exit_code == 0, res.output
    assert json.loads((tmp_path / "l" / "manifest.json").read_text("utf-8"))["counts"]["articles"] == 2


def test_cli_without_dask_says_how_to_install(corpus_dir, tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "dask.distributed", None)
    with pytest.raises(QuizgenError, match=r"pip install 'quizgen\[dask\]'"):
        run_corpus([str(corpus_dir / "a")], tmp_path / "out", engine="dask")


def test_output_inside_the_input_folder_is_not_read_back(corpus_dir):
    out = corpus_dir / "out"
    first = run_corpus([str(corpus_dir / "a")], out, jobs=1)
    (corpus_dir / "a" / "out").mkdir()  # an output folder inside the input: its parts are JSONL
    shutil.copytree(out, corpus_dir / "a" / "out", dirs_exist_ok=True)
    again = run_corpus([str(corpus_dir / "a")], corpus_dir / "a" / "out", jobs=1)
    assert again.articles == first.articles == 2 and not again.failures


def test_a_directory_that_is_not_a_corpus_run_is_a_bank_error(tmp_path):
    from quizgen.errors import BankError

    (tmp_path / "manifest.json").write_text('{"format": "something/else"}', encoding="utf-8")
    with pytest.raises(BankError, match="quizgen.corpus/1"):
        read_bank_dir(tmp_path)
    with pytest.raises(BankError, match="no manifest.json"):
        read_bank_dir(tmp_path / "missing")


def test_folder_walk_takes_the_same_files_as_a_single_bank_run(corpus_dir):
    from quizgen.inputs import find_articles

    (corpus_dir / "a" / "README.md").write_text("# Notes\n\nThese are notes about the folder.\n", encoding="utf-8")
    (corpus_dir / "a" / ".hidden.md").write_text("# Hidden\n\nNot an article.\n", encoding="utf-8")
    files = [Path(u[1]).name for u in corpus.iter_units([str(corpus_dir)], print) if u[0] == "file"]
    paths, _ = find_articles([corpus_dir])
    assert sorted(files) == sorted(p.name for p in paths)
    assert "README.md" not in files and ".hidden.md" not in files


def test_scheduler_file(corpus_dir, tmp_path, dask_cluster):
    """A running cluster found through the JSON file of ``dask scheduler --scheduler-file``."""
    sched = tmp_path / "sched.json"
    sched.write_text(json.dumps({"address": dask_cluster.scheduler_address}), encoding="utf-8")
    result = run_corpus([str(corpus_dir / "a")], tmp_path / "out", engine="dask", scheduler=str(sched))
    assert result.complete and result.articles == 2 and result.workers == 2


def _dies_on_du_fu(items, options):
    """A batch whose worker process dies, as when the system kills it for memory."""
    if any(str(item[1]).endswith("du-fu.md") for item in items):
        os._exit(1)
    return corpus.process_batch.__wrapped__(items, options)


def test_a_dead_worker_costs_only_its_own_batch(corpus_dir, tmp_path, monkeypatch):
    """A dead worker breaks the pool: the batches in flight run again one by one, only the batch
    that kills its worker is recorded as failed, and running again tries it once more."""
    import multiprocessing

    if multiprocessing.get_start_method() != "fork":
        pytest.skip("needs forked pool workers to see the patched batch function")
    real = corpus.process_batch
    _dies_on_du_fu.__wrapped__ = real
    monkeypatch.setattr(corpus, "process_batch", _dies_on_du_fu)
    out = tmp_path / "out"
    result = run_corpus([str(corpus_dir)], out, jobs=2, batch_size=1)
    assert not result.complete
    died = [f for f in result.failures if f["reason"].startswith("worker failed")]
    assert [f["part"] for f in died] == ["part-00001.jsonl"]
    assert "BrokenProcessPool" in died[0]["reason"]
    assert {r["document"]["id"] for r in lines_of(out)} == {"dick-rifenburg", "operation-eastern-exit",
                                                             "1933-treasure-coast-hurricane", "şuşa-fortress-test"}
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert manifest["status"] == "incomplete" and len(manifest["failures"]) == len(result.failures)
    monkeypatch.setattr(corpus, "process_batch", real)
    again = run_corpus([str(corpus_dir)], out, jobs=2, batch_size=1)
    assert again.complete and again.articles == 5
    assert [d["id"] for d in read_bank_dir(out)["documents"]].count("du-fu") == 1
