"""The command line: one-line errors, exit codes, the bank written despite a bad file."""

from __future__ import annotations

import json
import subprocess
import sys

from quizgen.cli import COMMANDS, main

from conftest import ARTICLES, ROOT, SEED


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "quizgen", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd or ROOT, timeout=300)


def test_help_lists_every_command():
    out = run("--help")
    assert out.returncode == 0
    for name in ("extract", "facts", "schema", "validate"):
        assert name in out.stdout


def test_every_registered_command_has_help():
    for name in COMMANDS:
        out = run(name, "--help")
        assert out.returncode == 0, (name, out.stderr)
        assert "Usage:" in out.stdout


def test_extract_good_and_bad_files(tmp_path):
    bad = tmp_path / "bad.md"
    bad.write_text("---\ntitle: [oops\n---\n\nBody text here.\n", encoding="utf-8")
    binary = tmp_path / "image.md"
    binary.write_bytes(b"\x89PNG\x00\x00\x00")
    out_file = tmp_path / "out.bank.json"
    out = run("extract", SEED, bad, binary, tmp_path / "missing.md", "-o", out_file)
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    lines = [l for l in out.stderr.splitlines() if l.startswith("quizgen: error:")]
    assert len(lines) == 3
    assert any("bad.md (line 2): frontmatter is not valid YAML" in l for l in lines)
    assert any("image.md: binary file" in l for l in lines)
    assert any("missing.md: no such file" in l for l in lines)
    bank = json.loads(out_file.read_text(encoding="utf-8"))
    assert [d["id"] for d in bank["documents"]] == ["battle-of-shusha-2020"]
    assert "questions from 1 article" in out.stderr and "3 files failed" in out.stderr


def test_extract_per_article_and_options(tmp_path):
    out = run("extract", ARTICLES / "du-fu.md", ARTICLES / "dick-rifenburg.md", "--per-article", "-o", tmp_path,
              "--types", "cloze,multiple_choice", "--max-per-article", "7", "--seed", "5")
    assert out.returncode == 0, out.stderr
    for name in ("du-fu", "dick-rifenburg"):
        bank = json.loads((tmp_path / f"{name}.bank.json").read_text(encoding="utf-8"))
        assert 0 < len(bank["questions"]) <= 7
        assert {q["type"] for q in bank["questions"]} <= {"cloze", "multiple_choice"}
        assert bank["generator"]["seed"] == 5


def test_unknown_type_is_a_usage_error():
    out = run("extract", SEED, "--types", "essay")
    assert out.returncode == 2 and "unknown question type: essay" in out.stderr


def test_facts_json_shape():
    out = run("facts", SEED, "--json", "--kinds", "date,person")
    data = json.loads(out.stdout)
    facts = data["documents"][0]["facts"]
    assert data["documents"][0]["document"] == "battle-of-shusha-2020.md"
    assert {f["kind"] for f in facts} == {"date", "person"}
    assert all({"kind", "text", "value", "sentence", "source"} <= f.keys() for f in facts)
    assert all("name" in f for f in facts if f["kind"] == "person")


def test_schema_and_validate(tmp_path):
    out = run("schema")
    assert json.loads(out.stdout)["properties"]["schema"]["const"] == "quizgen.bank/1"
    broken = tmp_path / "b.bank.json"
    broken.write_text(json.dumps({"schema": "quizgen.bank/1", "documents": [], "questions": [{"id": "x"}]}))
    out = run("validate", broken)
    assert out.returncode == 1 and "$.questions[0]: 'type' is a required property" in out.stderr


def test_main_in_process_exit_code(tmp_path, capsys):
    try:
        main(["facts", str(tmp_path / "nope.md")])
    except SystemExit as exc:
        assert exc.code == 1
    assert "nope.md: no such file" in capsys.readouterr().err
