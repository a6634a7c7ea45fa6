"""``quizgen serve`` start-up: what it prints, what it stores, how it fails (uvicorn not started)."""

from __future__ import annotations

import json
import os
import re

import pytest
from click.testing import CliRunner

from quizgen.cli import main
from quizgen.cli.serve_cmd import database_url, quiz_title, serve
from serve_fixtures import SAMPLE_BANK, sample_bank


@pytest.fixture
def no_server(monkeypatch):
    """Record the uvicorn.run call instead of serving."""
    import uvicorn

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: calls.append((a, k)))
    monkeypatch.setenv("QUIZGEN_SERVE_CONFIG", "")   # the command sets it; undone after the test
    return calls


def run(args):
    return CliRunner().invoke(serve, args, catch_exceptions=False)


def test_startup_prints_code_qr_and_urls(tmp_path, no_server, monkeypatch):
    monkeypatch.setattr("quizgen.cli.serve_cmd.lan_address", lambda: "192.168.7.42")
    db = tmp_path / "s.sqlite"
    result = run([str(SAMPLE_BANK), "--db", str(db), "--host", "0.0.0.0", "--port", "8123", "--workers", "2",
                  "--time-limit", "15", "--review", "after-close"])
    assert result.exit_code == 0, result.output
    out = result.output
    code = re.search(r"Class code:\s+(\w{6})", out).group(1)
    assert f"http://192.168.7.42:8123/j/{code}" in out
    assert f"http://127.0.0.1:8123/j/{code}" in out
    assert re.search(r"http://192\.168\.7\.42:8123/teacher\?key=[\w-]{20,}", out)
    assert "█" in out or "▀" in out
    (args, kwargs), = no_server
    config = json.loads(os.environ["QUIZGEN_SERVE_CONFIG"])
    assert config["public_url"] == "http://192.168.7.42:8123" and config["db_url"].endswith("s.sqlite")
    assert args == ("quizgen.serve.app:app_from_env",)
    assert kwargs["workers"] == 2 and kwargs["factory"] and kwargs["host"] == "0.0.0.0"
    from quizgen.serve.store import Store

    quiz = Store(f"sqlite:///{db}").quiz_by_code(code)
    assert quiz["settings"]["time_limit"] == 15 and quiz["settings"]["review"] == "after-close"
    # a second start with the same bank keeps the code and the teacher key
    again = run([str(SAMPLE_BANK), "--db", str(db)])
    assert f"Class code:   {code}" in again.output
    key = re.search(r"key=([\w-]+)", out).group(1)
    assert f"key={key}" in again.output


def test_several_inputs_several_codes_and_count(tmp_path, no_server):
    other = tmp_path / "small.bank.json"
    bank = sample_bank()
    bank["questions"] = bank["questions"][3:6]   # not the two questions the sample gives for --count 2
    other.write_text(json.dumps(bank), encoding="utf-8")
    result = run([str(SAMPLE_BANK), str(other), "--db", str(tmp_path / "m.sqlite"), "--count", "2",
                  "--title", "Week 3"])
    assert result.exit_code == 0, result.output
    codes = re.findall(r"Class code:\s+(\w{6})", result.output)
    assert len(set(codes)) == 2
    assert result.output.count("(2 questions)") == 2
    assert "Week 3 – Battle of Shusha (2020)" in result.output


def test_bad_inputs_fail_with_one_line(tmp_path, no_server, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["serve", str(tmp_path / "missing.bank.json"), "--db", str(tmp_path / "x.sqlite")])
    assert exc.value.code == 1
    err = capsys.readouterr().err
    assert "nothing to serve" in err and "Traceback" not in err
    assert no_server == []


def test_unreachable_database_is_a_user_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["serve", str(SAMPLE_BANK), "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none"])
    assert exc.value.code == 1
    err = capsys.readouterr().err
    assert err.startswith("quizgen: error: database") and "Traceback" not in err


def test_helpers(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert database_url(None) == f"sqlite:///{tmp_path / 'data' / 'quizgen' / 'serve.sqlite'}"
    assert (tmp_path / "data" / "quizgen").is_dir()
    assert database_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    assert quiz_title({"documents": [{"title": "A"}]}, "x.bank.json") == "A"
    assert quiz_title({"documents": [{"title": t} for t in "ABCDE"]}, "x") == "A, B, C and 2 more"
    assert quiz_title({"documents": []}, "dir/week3.bank.json") == "week3"


def test_serving_a_real_article_every_question_renders_and_its_key_scores_full(tmp_path, no_server):
    """Structural check on a real article (its questions change as the extraction rules do)."""
    from collections import Counter

    from starlette.testclient import TestClient

    from quizgen.serve.app import ServeConfig, create_app
    from quizgen.serve.store import Store
    from serve_fixtures import ROOT, fieldsets, new_student, right_answers, teacher

    db = tmp_path / "article.sqlite"
    result = run([str(ROOT / "seeds" / "battle-of-shusha-2020.md"), "--db", str(db), "--count", "20"])
    assert result.exit_code == 0, result.output
    code = re.search(r"Class code:\s+(\w{6})", result.output).group(1)
    store = Store(f"sqlite:///{db}")
    quiz = store.quiz_by_code(code)
    assert len(quiz["questions"]) == 20
    app = create_app(ServeConfig(db_url=f"sqlite:///{db}", quiz_ids=[quiz["id"]]), store)
    client = TestClient(app)
    student, page, csrf = new_student(client, quiz)
    sets = fieldsets(page)
    assert len(sets) == 20
    for _type, body in sets.values():
        for input_id in re.findall(r'<(?:input|select)[^>]*id="([^"]+)"', body):
            assert f'for="{input_id}"' in body
    prompts = Counter(q["prompt"] for q in quiz["questions"])
    data = right_answers(page, {"questions": quiz["questions"]})
    student.post(f"/quiz/{code}/submit", data={"csrf": csrf, "action": "submit", **data})
    teacher(client, app.state.server)
    report = client.get(f"/teacher/{code}/responses.json").json()
    responses = report["attempts"][0]["responses"]
    for q in quiz["questions"]:
        if prompts[q["prompt"]] == 1:
            assert responses[q["id"]]["credit"] == 1, (q["type"], q["prompt"], responses[q["id"]])


def test_default_database_does_not_depend_on_the_current_folder_and_is_printed(tmp_path, no_server, monkeypatch):
    """Started from two folders without --db: one database, one class code, one teacher key,
    and the start-up output says where the database is."""
    import sys

    if sys.platform in ("win32", "darwin"):
        pytest.skip("the XDG data folder is the Linux default")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    outputs = []
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        monkeypatch.chdir(tmp_path / folder)
        result = run([str(SAMPLE_BANK)])
        assert result.exit_code == 0, result.output
        outputs.append(result.output)
    db = tmp_path / "data" / "quizgen" / "serve.sqlite"
    assert db.is_file()
    assert f"Database: {db} (the default; --db to use another)" in outputs[0]
    code, key = (re.search(r"Class code:\s+(\w{6})", outputs[0]).group(1), re.search(r"key=([\w-]+)", outputs[0]).group(1))
    assert f"Class code:   {code}" in outputs[1] and f"key={key}" in outputs[1]
    assert not (tmp_path / "one" / "output").exists() and not (tmp_path / "two" / "output").exists()


def test_a_database_left_in_the_folder_by_an_earlier_version_is_kept_and_named(tmp_path, no_server, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)
    first = run([str(SAMPLE_BANK), "--db", "output/quizgen-serve.sqlite"])
    code = re.search(r"Class code:\s+(\w{6})", first.output).group(1)
    again = run([str(SAMPLE_BANK)])
    assert f"Class code:   {code}" in again.output
    assert "where quizgen 0.1 kept it" in again.output and str(tmp_path / "data" / "quizgen" / "serve.sqlite") in again.output


def test_a_server_database_is_shown_without_its_password():
    from quizgen.cli.serve_cmd import shown_database

    assert shown_database("postgresql+psycopg://quiz:s3cret@db.local/quiz") == "postgresql+psycopg://quiz:***@db.local/quiz"
    assert shown_database("sqlite:////srv/q.sqlite") == "/srv/q.sqlite"


def _bank_of_facts(facts: int) -> dict:
    """An invented bank: each fact asked three ways (cloze, multiple choice, true/false) from one
    sentence, as the extractor does; the true/false statement prints the cloze's answer."""
    bank = sample_bank()
    doc = bank["documents"][0]["id"]
    questions = []
    for i in range(facts):
        year = 1800 + 3 * i
        sentence = f"The bridge number {i} over the river Velm was opened in {year}."
        source = {"document": doc, "section": "History", "sentence": sentence, "span": [i * 100, i * 100 + 60]}
        base = {"kind": "date", "difficulty": "medium", "points": 1, "source": source}
        answer = {"text": str(year), "value": str(year), "accept": [str(year)]}
        questions += [
            {**base, "id": f"velm-{i:03}-c", "type": "cloze", "tags": [],
             "prompt": f"The bridge number {i} over the river Velm was opened in ________.", "answer": answer},
            {**base, "id": f"velm-{i:03}-m", "type": "multiple_choice", "tags": [],
             "prompt": f"When was the bridge number {i} over the river Velm opened?",
             "choices": [str(year), str(year + 1), str(year + 2), str(year + 3)], "answer": answer},
            {**base, "id": f"velm-{i:03}-t", "type": "true_false", "tags": [], "prompt": sentence,
             "choices": ["True", "False"], "answer": {"text": "True", "value": True, "accept": ["True"]}},
        ]
    bank["questions"] = questions
    return bank


def test_serve_chooses_questions_as_the_worksheet_does(tmp_path, no_server):
    """No page with all of a bank's questions: the worksheet's default count, one question per
    sentence, no question printing another's answer; --count overrides, --all takes everything."""
    from quizgen.render import WorksheetOptions, select_questions
    from quizgen.serve.store import Store

    bank = _bank_of_facts(40)
    path = tmp_path / "velm.bank.json"
    path.write_text(json.dumps(bank), encoding="utf-8")

    def served(*args):
        db = tmp_path / f"{len(args)}-{'-'.join(args)}.sqlite"
        result = run([str(path), "--db", str(db), *args])
        assert result.exit_code == 0, result.output
        code = re.search(r"Class code:\s+(\w{6})", result.output).group(1)
        return result.output, Store(f"sqlite:///{db}").quiz_by_code(code)["questions"]

    out, questions = served()
    assert "(20 questions)" in out and len(questions) == 20
    assert len({q["source"]["sentence"] for q in questions}) == 20      # one question per sentence
    worksheet = select_questions(bank, WorksheetOptions())
    assert [q["id"] for q in questions] == [q["id"] for q in worksheet]
    _out, questions = served("--count", "30")
    assert len(questions) == 30 and len({q["source"]["sentence"] for q in questions}) == 30
    out, questions = served("--count", "60")
    assert len(questions) == 40 and "asked for 60" in out
    _out, questions = served("--all")
    assert len(questions) == 120
    _out, questions = served("--all", "--count", "3")                  # as worksheet --all: the bank as it is
    assert [q["id"] for q in questions] == [q["id"] for q in bank["questions"][:3]]
