"""The files commands write: one overwrite rule for all of them, and an unwritable folder named
in one line instead of a traceback."""

from __future__ import annotations

import builtins
import io
import os
from pathlib import Path

import pytest

from quizgen.cli import main

from conftest import DATA, SEED

BANK = DATA / "sample.bank.json"


def quizgen(capsys, *args) -> tuple[int, str]:
    code, _, err = quizgen_out(capsys, *args)
    return code, err


def quizgen_out(capsys, *args) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as info:
        main([str(a) for a in args])
    captured = capsys.readouterr()
    return info.value.code, captured.out, captured.err


# ---------------------------------------------------------------- overwriting

@pytest.mark.parametrize("command", [
    ["extract", SEED, "-o", "{out}/x.bank.json"],
    ["export", BANK, "--format", "gift", "-o", "{out}/x.gift.txt"],
    ["export", BANK, "--format", "anki", "-o", "{out}/x.apkg"],
    ["export", BANK, "--format", "kahoot", "-o", "{out}/x.xlsx"],
    ["worksheet", BANK, "-o", "{out}", "--count", "3", "--format", "html"],
])
def test_existing_file_is_refused_then_replaced_with_force(tmp_path, capsys, command):
    args = [str(a).format(out=tmp_path) for a in command]
    code, err = quizgen(capsys, *args)
    assert code == 0, err
    written = sorted(tmp_path.iterdir())
    before = {p: p.read_bytes() for p in written}
    for p in written:
        p.write_bytes(b"teacher's own edits")
    code, err = quizgen(capsys, *args)
    assert code == 1
    assert any(f"{p}: file exists" in err for p in written) and "use --force to overwrite" in err
    assert len(err.strip().splitlines()) == 1
    assert all(p.read_bytes() == b"teacher's own edits" for p in written)  # nothing was touched
    code, err = quizgen(capsys, *args, "--force")
    assert code == 0, err
    assert {p: p.read_bytes() for p in written} == before


def test_per_article_banks_are_refused_before_any_is_written(tmp_path, capsys):
    code, err = quizgen(capsys, "extract", SEED, DATA / "articles" / "du-fu.md", "--per-article", "-o", tmp_path)
    assert code == 0, err
    first = tmp_path / "battle-of-shusha-2020.bank.json"
    first.unlink()
    code, err = quizgen(capsys, "extract", SEED, DATA / "articles" / "du-fu.md", "--per-article", "-o", tmp_path)
    assert code == 1 and "du-fu.bank.json: file exists" in err
    assert not first.exists()


def test_default_export_name_is_refused_too(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert quizgen(capsys, "export", BANK, "--format", "csv")[0] == 0
    code, err = quizgen(capsys, "export", BANK, "--format", "csv")
    assert code == 1 and "file exists" in err


# ---------------------------------------------------------------- unwritable folder

@pytest.fixture
def read_only(tmp_path, monkeypatch) -> Path:
    """A folder nobody may write into. Root may write anyway, so then writing is refused as the
    kernel would refuse it to anybody else."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    if os.access(folder, os.W_OK):
        def denied(path) -> bool:
            try:
                return Path(os.fspath(path)).resolve().is_relative_to(folder.resolve())
            except TypeError:  # a file descriptor
                return False

        real_open, real_mkdir, real_replace = builtins.open, os.mkdir, os.replace

        def fake_open(file, mode="r", *args, **kwargs):
            if any(c in mode for c in "wax+") and denied(file):
                raise PermissionError(13, "Permission denied", os.fspath(file))
            return real_open(file, mode, *args, **kwargs)

        def fake_mkdir(path, *args, **kwargs):
            if denied(path) and Path(path).resolve() != folder.resolve():
                raise PermissionError(13, "Permission denied", os.fspath(path))
            return real_mkdir(path, *args, **kwargs)

        def fake_replace(src, dst, *args, **kwargs):
            if denied(dst):
                raise PermissionError(13, "Permission denied", os.fspath(dst))
            return real_replace(src, dst, *args, **kwargs)

        monkeypatch.setattr(builtins, "open", fake_open)
        monkeypatch.setattr(io, "open", fake_open)
        monkeypatch.setattr(os, "mkdir", fake_mkdir)
        monkeypatch.setattr(os, "replace", fake_replace)
    yield folder
    folder.chmod(0o755)


@pytest.mark.parametrize("command, target", [
    (["extract", SEED, "-o", "{ro}/x.bank.json"], "x.bank.json"),
    (["extract", SEED, "--per-article", "-o", "{ro}/banks"], "banks"),
    (["export", BANK, "--format", "gift", "-o", "{ro}/x.gift.txt"], "x.gift.txt"),
    (["export", BANK, "--format", "qti", "-o", "{ro}/x.qti.zip"], "x.qti.zip"),
    (["export", BANK, "--format", "kahoot", "-o", "{ro}/x.xlsx"], "x.xlsx"),
    (["worksheet", BANK, "-o", "{ro}", "--count", "3", "--format", "html"], "-worksheet-A.html"),
    (["worksheet", BANK, "-o", "{ro}/sheets", "--count", "3"], "sheets"),
])
def test_unwritable_output_is_one_line_naming_the_path(read_only, capsys, command, target):
    args = [str(a).format(ro=read_only) for a in command]
    code, err = quizgen(capsys, *args)
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    assert lines[0].startswith(f"quizgen: error: cannot write {read_only}/") and target in lines[0]
    assert "Permission denied" in lines[0]


# ---------------------------------------------------------------- reproducible files

def test_every_format_gives_the_same_bytes_for_the_same_bank(tmp_path, capsys):
    import time

    from quizgen.export import FORMATS

    bank = tmp_path / "copy.bank.json"
    bank.write_bytes(BANK.read_bytes())
    runs = []
    for run in range(2):
        if run:
            time.sleep(1.1)  # zip entries and spreadsheet dates count in seconds
        out = {}
        for name, spec in FORMATS.items():
            target = tmp_path / f"run{run}{spec.extension}"
            code, err = quizgen(capsys, "export", bank, "--format", name, "-o", target)
            assert code == 0, err
            out[name] = target.read_bytes()
        runs.append(out)
    assert [name for name in FORMATS if runs[0][name] != runs[1][name]] == []


def test_an_edited_bank_gives_newer_anki_notes(tmp_path, capsys):
    """Anki updates a note it has only when the imported one is newer."""
    import sqlite3
    import zipfile

    bank = tmp_path / "copy.bank.json"
    bank.write_bytes(BANK.read_bytes())
    os.utime(bank, (1_700_000_000, 1_700_000_000))

    def note_times(target):
        assert quizgen(capsys, "export", bank, "--format", "anki", "-o", target)[0] == 0
        db = tmp_path / f"{target.stem}.anki2"
        db.write_bytes(zipfile.ZipFile(target).read("collection.anki2"))
        with sqlite3.connect(db) as con:
            return {row[0] for row in con.execute("select mod from notes")}

    assert note_times(tmp_path / "old.apkg") == {1_700_000_000}
    os.utime(bank, (1_700_086_400, 1_700_086_400))
    assert note_times(tmp_path / "new.apkg") == {1_700_086_400}


# ---------------------------------------------------------------- validate

def test_validate_accepts_the_part_files_of_a_corpus_run(tmp_path, capsys):
    out = tmp_path / "corpus"
    code, err = quizgen(capsys, "extract", SEED, DATA / "articles" / "du-fu.md", "-o", f"{out}/", "--jobs", "1",
                        "--batch-size", "1")
    assert code in (0, None), err
    parts = sorted(out.glob("part-*.jsonl"))
    assert len(parts) == 2
    code, stdout, err = quizgen_out(capsys, "validate", *parts, out)
    assert code == 0, err
    assert [line.split(": ok")[0] for line in stdout.splitlines()] == [str(p) for p in parts] + [str(out)]


def test_validate_names_the_line_of_a_bad_part(tmp_path, capsys):
    import json

    out = tmp_path / "corpus"
    quizgen(capsys, "extract", SEED, "-o", f"{out}/", "--jobs", "1")
    part = out / "part-00000.jsonl"
    record = json.loads(part.read_text(encoding="utf-8"))
    del record["questions"][1]["prompt"]
    part.write_text(json.dumps(record) + "\n{oops\n", encoding="utf-8")
    code, err = quizgen(capsys, "validate", part)
    assert code == 1
    err = err.splitlines()
    assert f"{part}: line 1: $.questions[1]: 'prompt' is a required property" in err
    assert any(line.startswith(f"{part}: line 2: not JSON") for line in err)


# ---------------------------------------------------------------- progress

@pytest.mark.parametrize("terminal, variants, shown", [(True, 8, True), (True, 2, False), (False, 8, False)])
def test_worksheet_variants_show_progress_on_a_terminal(tmp_path, capsys, monkeypatch, terminal, variants, shown):
    monkeypatch.setattr("quizgen.cli.worksheet_cmd._stderr_is_terminal", lambda: terminal)
    code, err = quizgen(capsys, "worksheet", BANK, "-o", tmp_path, "--count", "3", "--variants", variants,
                        "--format", "html")
    assert code in (0, None), err
    n_files = 2 * variants
    assert (f"{n_files}/{n_files}" in err) == shown, err
    assert err.strip().splitlines()[-1].startswith("3 questions")
