"""Helpers shared by the class-server tests (imported by tests/test_serve*.py)."""

from __future__ import annotations

import copy
import json
import os
import re
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_BANK = ROOT / "tests" / "data" / "sample.bank.json"
# Starlette's TestClient still runs on httpx here; its deprecation notice (given once, on import)
# is not about this project.
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import starlette.testclient  # noqa: F401

IN_CI = bool(os.environ.get("CI") or os.environ.get("QUIZGEN_REQUIRE_SYSTEM"))

CSRF_RE = re.compile(r'name="csrf" value="([^"]+)"')


def sample_bank() -> dict:
    return json.loads(SAMPLE_BANK.read_text(encoding="utf-8"))


def secret_bank() -> dict:
    """The sample bank with answers no prompt or choice contains, so that any appearance of an
    answer text on a student page is a leak."""
    bank = sample_bank()
    for q in bank["questions"]:
        if q["type"] in ("short_answer", "cloze"):
            word = f"Zephyrquux{q['id'][-2:]}"
            q["answer"] = {"text": word, "value": word, "accept": [word, word + " Prime"]}
            q["source"]["sentence"] = f"The source sentence names {word} here, secretly."
        else:
            q["source"]["sentence"] = f"Hidden source sentence number {q['id'][-2:]} for the key."
    return bank


def postgres_url() -> str:
    """DATABASE_URL for the PostgreSQL tests: skip locally without it, fail loudly in CI."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgresql"):
        if IN_CI:
            pytest.fail("CI is set but DATABASE_URL does not point at PostgreSQL: run "
                        "PGENV=$(bash .ci/pg_start.sh); eval \"$PGENV\" before pytest")
        pytest.skip("no PostgreSQL (set DATABASE_URL, e.g. with .ci/pg_start.sh)")
    return url


def fresh_postgres_url(base_url: str, name: str) -> str:
    """A new empty database on the PostgreSQL server of ``base_url`` (dropped first if present)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(base_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return base_url.rsplit("/", 1)[0] + "/" + name


def make_quiz(store, bank: dict | None = None, **settings) -> dict:
    bank = bank or sample_bank()
    defaults = {"time_limit": None, "review": "after-submit", "count": None, "documents": bank["documents"]}
    defaults.update(settings)
    return store.ensure_quiz(copy.deepcopy(bank["questions"]), "Battle of Shusha <quiz>", defaults)


def make_client(db_url: str, bank: dict | None = None, grace: float = 5.0, **settings):
    """(TestClient, quiz, server) for a fresh quiz served by an in-process app."""
    from starlette.testclient import TestClient

    from quizgen.serve.app import ServeConfig, create_app
    from quizgen.serve.store import Store

    store = Store(db_url)
    store.migrate()
    quiz = make_quiz(store, bank, **settings)
    app = create_app(ServeConfig(db_url=db_url, quiz_ids=[quiz["id"]], grace_seconds=grace), store)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        client = TestClient(app)
    return client, quiz, app.state.server


def new_student(client_or_app, quiz: dict, name: str = "Ayşe Şuşalı"):
    """A fresh browser (its own cookies) that joined the quiz; returns (client, quiz page HTML, csrf)."""
    from starlette.testclient import TestClient

    app = client_or_app.app if hasattr(client_or_app, "app") else client_or_app
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        client = TestClient(app)
    page = client.get(f"/j/{quiz['code']}")
    assert page.status_code == 200, page.text
    token = CSRF_RE.search(page.text).group(1)
    r = client.post("/join", data={"csrf": token, "code": quiz["code"], "name": name}, follow_redirects=True)
    assert r.status_code == 200, r.text
    return client, r.text, CSRF_RE.search(r.text).group(1)


def teacher(client, server):
    """Log ``client`` in as the teacher (the key goes into an HttpOnly cookie)."""
    r = client.get(f"/teacher?key={server.teacher_key}", follow_redirects=False)
    assert r.status_code == 303
    return client


def fieldsets(html: str) -> dict[int, tuple[str, str]]:
    """Question number -> (type, fieldset HTML) of a quiz page."""
    found = re.findall(r'<fieldset class="question q-(\w+)" id="q(\d+)"(.*?)</fieldset>', html, re.S)
    return {int(n): (t, body) for t, n, body in found}


def labels_of(body: str) -> list[str]:
    import html as htmllib

    return [htmllib.unescape(re.sub(r"\s+", " ", x).strip()) for x in re.findall(r"<label[^>]*>(.*?)</label>", body, re.S)]


def prompt_of(body: str) -> str:
    import html as htmllib

    return htmllib.unescape(re.search(r'<span class="prompt">(.*?)</span>', body, re.S).group(1))


def right_answers(html: str, bank: dict) -> dict[str, str]:
    """Form fields that answer every question of a quiz page correctly (found via the prompts)."""
    by_prompt: dict[str, list[dict]] = {}
    for q in bank["questions"]:
        by_prompt.setdefault(q["prompt"], []).append(q)

    def shown_options(q: dict) -> set[str]:
        return set(q.get("choices") or q.get("items") or [p["left"] for p in q.get("pairs") or []])

    data = {}
    for number, (qtype, body) in fieldsets(html).items():
        # Ordering and matching questions share their prompt: tell them apart by what they show.
        candidates = by_prompt[prompt_of(body)]
        q = next((c for c in candidates if shown_options(c) <= set(labels_of(body))), candidates[0])
        name = f"q{number}"
        if qtype == "multiple_choice":
            data[name] = str(labels_of(body).index(q["answer"]["text"]))
        elif qtype == "true_false":
            data[name] = "0" if q["answer"]["value"] else "1"
        elif qtype in ("short_answer", "cloze"):
            data[name] = q["answer"]["accept"][-1]
        elif qtype == "ordering":
            items = labels_of(body)
            # every ordering question has the same prompt: find this one by its items
            q = next(o for o in bank["questions"] if o["type"] == "ordering" and set(o["items"]) == set(items))
            for i, item in enumerate(items):
                data[f"{name}_{i}"] = str(q["answer"]["value"].index(item) + 1)
        elif qtype == "matching":
            lefts = labels_of(body)
            import html as htmllib

            selects = re.findall(r"<select[^>]*>(.*?)</select>", body, re.S)
            key = {p["left"]: p["right"] for p in q["pairs"]}
            for i, left in enumerate(lefts):
                options = [htmllib.unescape(o) for o in re.findall(r'<option value="\d+"[^>]*>(.*?)</option>', selects[i])]
                data[f"{name}_{i}"] = str(options.index(key[left]))
    return data
