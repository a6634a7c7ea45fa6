"""The class server's store on SQLite and on a real PostgreSQL server (DATABASE_URL).

The same tests run on both back ends. The PostgreSQL ones skip locally without DATABASE_URL and
fail in CI (env CI) when it is missing: ``PGENV=$(bash .ci/pg_start.sh); eval "$PGENV"``.
"""

from __future__ import annotations

import threading
import time
import uuid

import pytest
from sqlalchemy import inspect, select, text

from serve_fixtures import fresh_postgres_url, make_client, make_quiz, new_student, postgres_url, right_answers, sample_bank


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.sqlite'}"
        return
    base = postgres_url()
    name = f"quizgen_test_{uuid.uuid4().hex[:10]}"
    yield fresh_postgres_url(base, name)
    from sqlalchemy import create_engine

    engine = create_engine(base, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


def store_at(url):
    from quizgen.serve.store import Store

    store = Store(url)
    store.migrate()
    return store


def grader(quiz):
    from quizgen.grade import grade_attempt

    def grade(_attempt, responses):
        g = grade_attempt(quiz["questions"], responses)
        return g["score"], g["max_score"]
    return grade


def test_migrations_are_versioned_and_upgrade_keeps_results(db_url):
    from quizgen.serve.store import SCHEMA_VERSION, Store

    old = Store(db_url)
    assert old.migrate(target=1) == [1]
    assert old.schema_version() == 1
    # write a quiz and an attempt with the version-1 schema
    with old.engine.begin() as conn:
        conn.execute(text("INSERT INTO quizzes (id, code, title, questions_json, settings_json, is_open, created_at, "
                          "updated_at) VALUES ('q1', 'ABCDEF', 'Old quiz', '[]', '{}', :t, 1.0, 1.0)"), {"t": True})
        conn.execute(text("INSERT INTO attempts (token_hash, quiz_id, name, seed, started_at, score, max_score, "
                          "submitted_at) VALUES ('h', 'q1', 'Şuşa Շուշի', 1, 1.0, 3.0, 4.0, 2.0)"))
    old.dispose()
    new = Store(db_url)
    assert new.migrate() == list(range(2, SCHEMA_VERSION + 1))
    assert new.migrate() == []                      # idempotent
    assert new.schema_version() == SCHEMA_VERSION
    attempts = new.list_attempts("q1")
    assert [(a["name"], a["score"], a["extra_seconds"]) for a in attempts] == [("Şuşa Շուշի", 3.0, 0)]
    with new.engine.connect() as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("attempts")}
        versions = conn.execute(text("SELECT version FROM quizgen_migrations ORDER BY version")).scalars().all()
    assert {"extra_seconds", "finished_by", "name_key"} <= columns
    assert attempts[0]["name_key"] == "şuşa շուշի"           # filled in for the attempts already there
    assert versions == list(range(1, SCHEMA_VERSION + 1))


def test_same_bank_same_quiz_and_code_after_restart(db_url):
    store = store_at(db_url)
    quiz = make_quiz(store)
    store.dispose()
    again = store_at(db_url)
    quiz2 = make_quiz(again, review="never")
    assert (quiz2["id"], quiz2["code"]) == (quiz["id"], quiz["code"])
    assert quiz2["settings"]["review"] == "never"
    other = sample_bank()
    other["questions"] = other["questions"][:2]
    assert make_quiz(again, other)["code"] != quiz["code"]
    assert len(again.list_quizzes()) == 2
    assert again.quiz_by_code(quiz["code"].lower())["id"] == quiz["id"]
    assert "questions" not in again.quiz_by_code(quiz["code"], with_questions=False)


def test_meta_secrets_are_created_once(db_url):
    store = store_at(db_url)
    first = store.meta("secret", lambda: "one")
    assert store.meta("secret", lambda: "two") == first == "one"


def test_answers_upsert_and_unicode(db_url):
    store = store_at(db_url)
    quiz = make_quiz(store)
    attempt, token = store.create_attempt(quiz["id"], "Ani Շուշի", None)
    assert store.attempt_by_token(quiz["id"], token)["id"] == attempt["id"]
    assert store.attempt_by_token(quiz["id"], token + "x") is None
    assert store.save_answers(attempt["id"], {"a": "Şuşa", "b": ["x", "y"], "c": {"Per Armenia": "300+"}})
    assert store.save_answers(attempt["id"], {"a": "Shusha"})
    assert store.get_answers(attempt["id"]) == {"a": "Shusha", "b": ["x", "y"], "c": {"Per Armenia": "300+"}}
    assert store.count_answers(quiz["id"]) == 3
    assert store.answers_by_attempt(quiz["id"]) == {attempt["id"]: store.get_answers(attempt["id"])}


def test_submit_once_and_refuse_later_answers(db_url):
    store = store_at(db_url)
    quiz = make_quiz(store)
    attempt, _ = store.create_attempt(quiz["id"], "A", None)
    mc = next(q for q in quiz["questions"] if q["type"] == "multiple_choice")
    store.save_answers(attempt["id"], {mc["id"]: mc["answer"]["text"]})
    done = store.submit(attempt["id"], grader(quiz))
    assert done["score"] == mc["points"] and done["finished_by"] == "student"
    again = store.submit(attempt["id"], grader(quiz))
    assert (again["submitted_at"], again["score"]) == (done["submitted_at"], done["score"])
    assert not store.save_answers(attempt["id"], {mc["id"]: "other"})
    assert store.refusal(attempt["id"]) == "submitted"
    assert store.get_answers(attempt["id"]) == {mc["id"]: mc["answer"]["text"]}


def test_closing_finishes_open_attempts_and_refuses_answers(db_url):
    store = store_at(db_url)
    quiz = make_quiz(store)
    attempt, _ = store.create_attempt(quiz["id"], "A", None)
    store.save_answers(attempt["id"], {"x": "1"})
    store.set_open(quiz["id"], False, grader(quiz))
    assert not store.save_answers(attempt["id"], {"x": "2"})
    assert store.refusal(attempt["id"]) == "closed"
    finished = store.get_attempt(attempt["id"])
    assert finished["finished_by"] == "close" and finished["score"] == 0
    store.set_open(quiz["id"], True)
    assert store.get_quiz(quiz["id"])["is_open"]


def test_time_limit_and_extra_time(db_url):
    store = store_at(db_url)
    quiz = make_quiz(store)
    attempt, _ = store.create_attempt(quiz["id"], "A", 1.5)   # room for a busy machine between the two calls
    assert store.save_answers(attempt["id"], {"x": "in time"}, grace=0)
    time.sleep(1.7)
    assert not store.save_answers(attempt["id"], {"x": "late"}, grace=0)
    assert store.refusal(attempt["id"], grace=0) == "time"
    store.finish_expired(quiz["id"], 0, grader(quiz))
    assert store.get_attempt(attempt["id"])["finished_by"] == "time"
    reopened = store.add_time(attempt["id"], 60)
    assert reopened["submitted_at"] is None and reopened["extra_seconds"] == 60
    assert store.save_answers(attempt["id"], {"x": "with extra time"}, grace=0)
    assert store.get_answers(attempt["id"]) == {"x": "with extra time"}


def test_concurrent_answer_saves_lose_nothing(db_url):
    store = store_at(db_url)
    quiz = make_quiz(store)
    attempts = [store.create_attempt(quiz["id"], f"S{i}", None)[0] for i in range(8)]
    errors = []

    def work(attempt):
        try:
            for n in range(25):
                assert store.save_answers(attempt["id"], {f"q{n}": f"answer {n}"})
        except Exception as exc:  # collected and reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(a,)) for a in attempts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert store.count_answers(quiz["id"]) == 8 * 25


def test_full_http_flow_on_this_backend(db_url):
    client, quiz, server = make_client(db_url)
    student, page, csrf = new_student(client, quiz, "Գոհար")
    data = right_answers(page, sample_bank())
    r = student.post(f"/quiz/{quiz['code']}/submit", data={"csrf": csrf, "action": "submit", **data},
                     follow_redirects=True)
    assert "9 / 9" in r.text
    attempt = server.store.list_attempts(quiz["id"])[0]
    assert attempt["name"] == "Գոհար" and attempt["score"] == 9
    with server.store.engine.connect() as conn:
        from quizgen.serve.store import answers

        assert conn.execute(select(answers.c.question_id)).scalars().all().__len__() == len(quiz["questions"])


def test_the_attempt_limit_holds_when_two_browsers_join_at_once(db_url):
    """Eight browsers joining under one name at the same moment: exactly the allowed number get in."""
    from quizgen.serve.store import AttemptLimit

    store = store_at(db_url)
    quiz = make_quiz(store)
    barrier = threading.Barrier(8)
    outcomes = []

    def join(i):
        barrier.wait()
        try:
            store.create_attempt(quiz["id"], "Same Name" if i % 2 else "same  name", None, max_attempts=2)
            outcomes.append("in")
        except AttemptLimit as exc:
            outcomes.append(("refused", exc.in_progress))

    threads = [threading.Thread(target=join, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert outcomes.count("in") == 2 and outcomes.count(("refused", True)) == 6
    assert len(store.list_attempts(quiz["id"])) == 2
    store.create_attempt(quiz["id"], "Someone Else", None, max_attempts=2)
