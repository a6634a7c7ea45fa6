"""In-process HTTP tests of every route of the class server (Starlette TestClient, SQLite)."""

from __future__ import annotations

import html as htmllib
import json
import re
import time

import pytest

from serve_fixtures import (
    CSRF_RE,
    fieldsets,
    labels_of,
    make_client,
    new_student,
    right_answers,
    sample_bank,
    secret_bank,
    teacher,
)


@pytest.fixture
def db_url(tmp_path):
    return f"sqlite:///{tmp_path / 'serve.sqlite'}"


@pytest.fixture
def served(db_url):
    client, quiz, server = make_client(db_url)
    return client, quiz, server


def test_join_page_and_form_labels(served):
    client, quiz, _ = served
    r = client.get("/")
    assert r.status_code == 200
    assert '<label for="code">' in r.text and '<label for="name">' in r.text
    assert 'id="code"' in r.text and 'id="name"' in r.text
    r = client.get(f"/j/{quiz['code'].lower()}")
    assert r.status_code == 200 and f'value="{quiz["code"]}"' in r.text
    assert client.get("/j/NOSUCH").status_code == 404
    assert client.get("/healthz").text == "ok"


def test_student_flow_join_answer_submit_score(served):
    client, quiz, server = served
    student, page, csrf = new_student(client, quiz)
    sets = fieldsets(page)
    assert len(sets) == len(quiz["questions"])
    # one fieldset + legend per question, every input labelled
    assert page.count("<legend>") == len(sets)
    for body in (b for _t, b in sets.values()):
        for input_id in re.findall(r'<(?:input|select)[^>]*id="([^"]+)"', body):
            assert f'for="{input_id}"' in body
    data = right_answers(page, sample_bank())
    # autosave one answer, then submit the rest with the form
    first = next(k for k in data if k == "q1" or k.startswith("q1_"))
    r = student.post(f"/quiz/{quiz['code']}/answer", data={"csrf": csrf, first: data[first]})
    assert r.status_code == 200 and r.json() == {"ok": True, "saved": 1}
    r = student.post(f"/quiz/{quiz['code']}/submit", data={"csrf": csrf, "action": "submit", **data},
                     follow_redirects=True)
    assert r.status_code == 200
    assert str(r.url).endswith("/result")
    assert "Your score: <strong>9 / 9</strong>" in r.text
    # review after submit shows the source sentences
    assert "would be defended" in r.text and "Review" in r.text


def test_reload_resumes_the_same_attempt_with_saved_answers(served):
    client, quiz, server = served
    student, page, csrf = new_student(client, quiz)
    sets = fieldsets(page)
    number = next(n for n, (t, _b) in sets.items() if t in ("short_answer", "cloze"))
    student.post(f"/quiz/{quiz['code']}/answer", data={"csrf": csrf, f"q{number}": "Ohanyan <b>"})
    again = student.get(f"/quiz/{quiz['code']}")
    assert again.status_code == 200
    assert fieldsets(again.text).keys() == sets.keys()
    # same order of questions and choices
    assert [labels_of(b) for _t, b in fieldsets(again.text).values()] == [labels_of(b) for _t, b in sets.values()]
    assert 'value="Ohanyan &lt;b&gt;"' in again.text
    # joining again from the same browser resumes instead of starting over
    r = student.post("/join", data={"csrf": csrf, "code": quiz["code"], "name": "Other"}, follow_redirects=False)
    assert r.headers["location"] == f"/quiz/{quiz['code']}"
    assert len(server.store.list_attempts(quiz["id"])) == 1


def test_no_javascript_save_button(served):
    client, quiz, server = served
    student, page, csrf = new_student(client, quiz)
    data = right_answers(page, sample_bank())
    r = student.post(f"/quiz/{quiz['code']}/submit", data={"csrf": csrf, "action": "save", **data}, follow_redirects=True)
    assert "Your answers are saved." in r.text
    attempt = server.store.list_attempts(quiz["id"])[0]
    assert attempt["submitted_at"] is None
    assert len(server.store.get_answers(attempt["id"])) == len(quiz["questions"])


def test_questions_and_choices_are_shuffled_per_student(served):
    client, quiz, _ = served
    orders = set()
    for i in range(6):
        _s, page, _c = new_student(client, quiz, name=f"S{i}")
        orders.add(tuple(tuple(labels_of(b)) for _t, b in fieldsets(page).values()))
    assert len(orders) > 1


def test_submitting_twice_is_idempotent(served):
    client, quiz, server = served
    student, page, csrf = new_student(client, quiz)
    data = right_answers(page, sample_bank())
    student.post(f"/quiz/{quiz['code']}/submit", data={"csrf": csrf, "action": "submit", **data})
    first = server.store.list_attempts(quiz["id"])[0]
    wrong = {k: "0" for k in data}
    r = student.post(f"/quiz/{quiz['code']}/submit", data={"csrf": csrf, "action": "submit", **wrong},
                     follow_redirects=True)
    assert r.status_code == 200 and "9 / 9" in r.text
    second = server.store.list_attempts(quiz["id"])[0]
    assert (second["submitted_at"], second["score"]) == (first["submitted_at"], first["score"])
    r = student.post(f"/quiz/{quiz['code']}/answer", data={"csrf": csrf, "q1": "0"})
    assert r.status_code == 409 and "already submitted" in r.json()["error"]


def test_answer_key_never_reaches_a_student_before_submission(db_url):
    bank = secret_bank()
    client, quiz, server = make_client(db_url, bank=bank)
    student, page, csrf = new_student(client, quiz)
    secrets_ = set()
    for q in bank["questions"]:
        secrets_.add(q["source"]["sentence"])
        if q["type"] in ("short_answer", "cloze"):
            secrets_.update([q["answer"]["text"], *q["answer"]["accept"]])
        if q["type"] == "ordering":
            secrets_.add(q["answer"]["text"])
        if q["type"] == "matching":
            secrets_.add(q["answer"]["text"])
    code = quiz["code"]
    first_field = next(iter(right_answers(page, bank)))
    pages = {
        "/": student.get("/"), f"/j/{code}": client.get(f"/j/{code}"), f"/quiz/{code}": student.get(f"/quiz/{code}"),
        "/static/quiz.js": student.get("/static/quiz.js"), "/static/style.css": student.get("/static/style.css"),
        "answer": student.post(f"/quiz/{code}/answer", data={"csrf": csrf, first_field: "x"}),
        "save": student.post(f"/quiz/{code}/submit", data={"csrf": csrf, "action": "save"}, follow_redirects=True),
        "result-before": student.get(f"/quiz/{code}/result", follow_redirects=True),
        "teacher-403": student.get(f"/teacher/{code}"), "csv-403": student.get(f"/teacher/{code}/grades.csv"),
        "json-403": student.get(f"/teacher/{code}/responses.json"),
    }
    for url, response in pages.items():
        text = htmllib.unescape(response.text)
        for secret in secrets_:
            assert secret not in text, f"{secret!r} leaked through {url}"
        assert "correct" not in text.lower() or url == "/static/quiz.js" or "share correct" not in text.lower()
    # no choice is marked: every radio of a question looks the same apart from its index
    for _t, body in fieldsets(page).values():
        radios = re.findall(r'<input type="radio"[^>]*>', body)
        assert len({re.sub(r'(id|value)="[^"]*"', "", r) for r in radios}) <= 1
    # after submission the key is shown (review after-submit)
    r = student.post(f"/quiz/{code}/submit", data={"csrf": csrf, "action": "submit"}, follow_redirects=True)
    assert "Zephyrquux01" in r.text


def test_review_never_and_after_close(db_url, tmp_path):
    client, quiz, server = make_client(db_url, bank=secret_bank(), review="never")
    student, page, csrf = new_student(client, quiz)
    r = student.post(f"/quiz/{quiz['code']}/submit", data={"csrf": csrf, "action": "submit"}, follow_redirects=True)
    assert "Your score" in r.text and "Zephyrquux" not in r.text and "Hidden source" not in r.text

    client, quiz, server = make_client(f"sqlite:///{tmp_path / 'b.sqlite'}", bank=secret_bank(), review="after-close")
    student, page, csrf = new_student(client, quiz)
    r = student.post(f"/quiz/{quiz['code']}/submit", data={"csrf": csrf, "action": "submit"}, follow_redirects=True)
    assert "Zephyrquux" not in r.text and "when the teacher closes the quiz" in r.text
    teacher(client, server)
    tok = CSRF_RE.search(client.get(f"/teacher/{quiz['code']}").text).group(1)
    client.post(f"/teacher/{quiz['code']}/close", data={"csrf": tok})
    assert "Zephyrquux" in student.get(f"/quiz/{quiz['code']}/result").text


def test_one_student_cannot_see_or_change_another_attempt(served):
    client, quiz, server = served
    alice, page_a, csrf_a = new_student(client, quiz, "Alice")
    bob, page_b, csrf_b = new_student(client, quiz, "Bob")
    cookie = f"qg_attempt_{quiz['code']}"
    assert alice.cookies[cookie] != bob.cookies[cookie]
    assert len(alice.cookies[cookie]) >= 40           # 256-bit random token
    bob.post(f"/quiz/{quiz['code']}/answer", data={"csrf": csrf_b, "q1": "0", "q2": "0"})
    attempts = {a["name"]: a for a in server.store.list_attempts(quiz["id"])}
    assert server.store.get_answers(attempts["Alice"]["id"]) == {}
    assert "Bob" not in alice.get(f"/quiz/{quiz['code']}").text
    # a guessed or forged token is not an attempt
    mallory = new_student(client, quiz, "Mallory")[0]
    mallory.cookies.set(cookie, "A" * 43)
    r = mallory.get(f"/quiz/{quiz['code']}", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/j/{quiz['code']}"
    # the token is stored hashed
    assert alice.cookies[cookie] not in json.dumps(server.store.list_attempts(quiz["id"]))


def test_cookies_are_httponly_and_samesite(served):
    client, quiz, server = served
    r = client.get(f"/j/{quiz['code']}")
    set_cookie = r.headers["set-cookie"]
    assert "HttpOnly" in set_cookie and "SameSite=lax" in set_cookie
    token = CSRF_RE.search(r.text).group(1)
    r = client.post("/join", data={"csrf": token, "code": quiz["code"], "name": "Ann"}, follow_redirects=False)
    assert "HttpOnly" in r.headers["set-cookie"] and "SameSite=lax" in r.headers["set-cookie"]
    r = client.get(f"/teacher?key={server.teacher_key}", follow_redirects=False)
    assert "HttpOnly" in r.headers["set-cookie"] and "SameSite=strict" in r.headers["set-cookie"]
    assert "Path=/teacher" in r.headers["set-cookie"]
    assert r.headers["referrer-policy"] == "no-referrer"
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]


def test_csrf_is_required(served):
    client, quiz, server = served
    client.get("/")
    r = client.post("/join", data={"code": quiz["code"], "name": "Eve"})
    assert r.status_code == 403
    r = client.post("/join", data={"csrf": "0" * 64, "code": quiz["code"], "name": "Eve"})
    assert r.status_code == 403
    student, page, csrf = new_student(client, quiz)
    assert student.post(f"/quiz/{quiz['code']}/answer", data={"q1": "0"}).status_code == 403
    assert student.post(f"/quiz/{quiz['code']}/submit", data={"action": "submit"}).status_code == 403
    teacher(student, server)
    assert student.post(f"/teacher/{quiz['code']}/close", data={}).status_code == 403
    assert server.store.get_quiz(quiz["id"])["is_open"]
    # another browser's token does not fit this browser's cookie
    other, _p, other_csrf = new_student(client, quiz, "Other")
    assert student.post(f"/quiz/{quiz['code']}/answer", data={"csrf": other_csrf, "q1": "0"}).status_code == 403


def test_names_are_escaped_everywhere(served):
    client, quiz, server = served
    evil = "<script>alert(1)</script>"
    student, page, csrf = new_student(client, quiz, evil)
    assert evil not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    student.post(f"/quiz/{quiz['code']}/submit", data={"csrf": csrf, "action": "submit"})
    teacher(client, server)
    for url in (f"/teacher/{quiz['code']}", "/teacher",
                f"/teacher/{quiz['code']}/attempt/{server.store.list_attempts(quiz['id'])[0]['id']}"):
        text = client.get(url).text
        assert evil not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in client.get(f"/teacher/{quiz['code']}").text
    # the sample bank's prompt with <script> is escaped on the quiz page too
    assert "<script>alert(1)</script>" not in student.get(f"/quiz/{quiz['code']}/result").text


def test_request_body_and_field_limits(served):
    client, quiz, server = served
    student, page, csrf = new_student(client, quiz)
    r = student.post(f"/quiz/{quiz['code']}/answer", content=b"q1=" + b"a" * 70_000,
                     headers={"content-type": "application/x-www-form-urlencoded"})
    assert r.status_code == 413
    number = next(n for n, (t, _b) in fieldsets(page).items() if t in ("short_answer", "cloze"))
    r = student.post(f"/quiz/{quiz['code']}/answer", data={"csrf": csrf, f"q{number}": "x" * 5000})
    assert r.status_code == 200
    saved = list(server.store.get_answers(server.store.list_attempts(quiz["id"])[0]["id"]).values())
    assert len(saved[0]) == 300
    client2 = new_student(client, quiz, "Y")[0]
    tok = CSRF_RE.search(client2.get("/").text).group(1)
    client3 = type(client)(client.app)
    page3 = client3.get("/")
    tok = CSRF_RE.search(page3.text).group(1)
    r = client3.post("/join", data={"csrf": tok, "code": quiz["code"], "name": "N" * 200})
    assert r.status_code == 400 and "at most 60 characters" in r.text
    r = client3.post("/join", data={"csrf": tok, "code": quiz["code"], "name": "   "})
    assert r.status_code == 400 and "type your name" in r.text


def test_teacher_pages_need_the_secret(served):
    client, quiz, server = served
    code = quiz["code"]
    urls = ["/teacher", f"/teacher/{code}", f"/teacher/{code}/grades.csv", f"/teacher/{code}/responses.json",
            f"/teacher/{code}/attempt/1"]
    for url in urls:
        assert client.get(url).status_code == 403, url
        assert client.get(url + ("&" if "?" in url else "?") + "key=wrong").status_code == 403, url
    assert client.post(f"/teacher/{code}/close").status_code == 403
    client.cookies.set("qg_teacher", "wrong", path="/teacher")
    assert client.get("/teacher").status_code == 403


def test_teacher_dashboard_attempt_csv_json(served):
    client, quiz, server = served
    for name, right in (("Ann", True), ("=cmd|' /C calc'!A0", False), ("Bo", False)):
        student, page, csrf = new_student(client, quiz, name)
        data = right_answers(page, sample_bank()) if right else {}
        student.post(f"/quiz/{quiz['code']}/submit", data={"csrf": csrf, "action": "submit", **data})
    still, _p, csrf = new_student(client, quiz, "Still working")
    teacher(client, server)
    r = client.get(f"/teacher/{quiz['code']}")
    assert r.status_code == 200
    assert '<meta http-equiv="refresh"' in r.text
    for name in ("Ann", "Bo", "Still working"):
        assert name in r.text
    assert "in progress" in r.text and "submitted" in r.text
    assert "Discrimination" in r.text and "100%" in r.text
    assert '<svg class="qr" role="img"' in r.text and f"/j/{quiz['code']}" in r.text
    assert client.get(f"/teacher/{quiz['code']}?refresh=0").text.count('http-equiv="refresh"') == 0
    ann = next(a for a in server.store.list_attempts(quiz["id"]) if a["name"] == "Ann")
    r = client.get(f"/teacher/{quiz['code']}/attempt/{ann['id']}")
    assert r.status_code == 200 and "<strong>9 / 9</strong>" in r.text and "Key:" in r.text
    assert client.get(f"/teacher/{quiz['code']}/attempt/99999").status_code == 404
    assert client.get("/teacher").status_code == 200
    csv_text = client.get(f"/teacher/{quiz['code']}/grades.csv").text
    lines = csv_text.strip().splitlines()
    assert lines[0].startswith("name,attempt,status,started,submitted,score,max_score,percent")
    assert any(line.startswith("Ann,1,submitted") and ",9.0,9.0,100.0," in line for line in lines)
    assert any(line.startswith("'=cmd") for line in lines)          # no formula injection
    data = client.get(f"/teacher/{quiz['code']}/responses.json").json()
    assert data["schema"] == "quizgen.responses/1"
    assert {a["name"] for a in data["attempts"]} == {"Ann", "=cmd|' /C calc'!A0", "Bo", "Still working"}
    ann_json = next(a for a in data["attempts"] if a["name"] == "Ann")
    assert ann_json["score"] == 9 and len(ann_json["responses"]) == len(quiz["questions"])
    assert sorted(ann_json["question_order"]) == sorted(q["id"] for q in quiz["questions"])
    assert len(data["items"]) == len(quiz["questions"])
    assert all(-1 <= i["discrimination"] <= 1 for i in data["items"])


def test_close_and_reopen(served):
    client, quiz, server = served
    student, page, csrf = new_student(client, quiz)
    teacher(client, server)
    tok = CSRF_RE.search(client.get(f"/teacher/{quiz['code']}").text).group(1)
    r = client.post(f"/teacher/{quiz['code']}/close", data={"csrf": tok}, follow_redirects=True)
    assert "Open the quiz" in r.text
    r = student.post(f"/quiz/{quiz['code']}/answer", data={"csrf": csrf, "q1": "0"})
    assert r.status_code == 409 and "closed" in r.json()["error"]
    r = student.post(f"/quiz/{quiz['code']}/submit", data={"csrf": csrf, "action": "submit", "q1": "0"})
    assert r.status_code == 409 and "The quiz is closed" in r.text
    assert "closed the quiz" in student.get(f"/quiz/{quiz['code']}/result").text
    late = type(client)(client.app)
    tok2 = CSRF_RE.search(late.get("/").text).group(1)
    r = late.post("/join", data={"csrf": tok2, "code": quiz["code"], "name": "Late"})
    assert r.status_code == 400 and "closed" in r.text
    client.post(f"/teacher/{quiz['code']}/open", data={"csrf": tok})
    assert server.store.get_quiz(quiz["id"])["is_open"]


def test_time_limit_is_enforced_by_the_server(db_url):
    client, quiz, server = make_client(db_url, grace=0.0, time_limit=0.02)   # 1.2 seconds
    student, page, csrf = new_student(client, quiz)
    assert 'id="timer"' in page
    number = next(n for n, (t, _b) in fieldsets(page).items() if t in ("short_answer", "cloze"))
    assert student.post(f"/quiz/{quiz['code']}/answer", data={"csrf": csrf, f"q{number}": "early"}).status_code == 200
    time.sleep(1.4)
    r = student.post(f"/quiz/{quiz['code']}/answer", data={"csrf": csrf, f"q{number}": "late"})
    assert r.status_code == 409 and "Time is up" in r.json()["error"]
    r = student.post(f"/quiz/{quiz['code']}/submit", data={"csrf": csrf, "action": "submit", f"q{number}": "late"})
    assert r.status_code == 409 and "Time is up" in r.text
    attempt = server.store.list_attempts(quiz["id"])[0]
    assert list(server.store.get_answers(attempt["id"]).values()) == ["early"]
    assert attempt["finished_by"] == "time"
    assert "Time ran out" in student.get(f"/quiz/{quiz['code']}/result").text


def test_extra_time_for_one_student(db_url):
    client, quiz, server = make_client(db_url, grace=0.0, time_limit=0.02)
    student, page, csrf = new_student(client, quiz, "Needs time")
    other, _p, other_csrf = new_student(client, quiz, "No extra")
    time.sleep(1.4)
    teacher(client, server)
    attempts = {a["name"]: a for a in server.store.list_attempts(quiz["id"])}
    client.get(f"/teacher/{quiz['code']}")   # the dashboard finishes the expired attempts
    tok = CSRF_RE.search(client.get(f"/teacher/{quiz['code']}/attempt/{attempts['Needs time']['id']}").text).group(1)
    r = client.post(f"/teacher/{quiz['code']}/time", data={"csrf": tok, "attempt": attempts["Needs time"]["id"],
                                                          "minutes": "5"}, follow_redirects=True)
    assert r.status_code == 200 and "5.0 min extra" in r.text
    assert student.post(f"/quiz/{quiz['code']}/answer", data={"csrf": csrf, "q1": "0"}).status_code == 200
    assert other.post(f"/quiz/{quiz['code']}/answer", data={"csrf": other_csrf, "q1": "0"}).status_code == 409
    bad = client.post(f"/teacher/{quiz['code']}/time", data={"csrf": tok, "attempt": "x", "minutes": "5"})
    assert bad.status_code == 400


def test_several_quizzes_on_one_server(db_url):
    from starlette.testclient import TestClient

    from quizgen.serve.app import ServeConfig, create_app
    from quizgen.serve.store import Store
    from serve_fixtures import make_quiz

    store = Store(db_url)
    store.migrate()
    one = make_quiz(store, sample_bank())
    other_bank = sample_bank()
    other_bank["questions"] = other_bank["questions"][:3]
    two = make_quiz(store, other_bank)
    assert one["code"] != two["code"]
    app = create_app(ServeConfig(db_url=db_url, quiz_ids=[one["id"], two["id"]]), store)
    client = TestClient(app)
    s1, p1, _ = new_student(client, one)
    s2, p2, _ = new_student(client, two)
    assert len(fieldsets(p1)) == 8 and len(fieldsets(p2)) == 3
    # a quiz in the database but not served now cannot be joined
    app2 = create_app(ServeConfig(db_url=db_url, quiz_ids=[one["id"]]), store)
    assert TestClient(app2).get(f"/j/{two['code']}").status_code == 404


def test_restart_keeps_quizzes_attempts_and_answers(db_url):
    client, quiz, server = make_client(db_url)
    student, page, csrf = new_student(client, quiz)
    data = right_answers(page, sample_bank())
    student.post(f"/quiz/{quiz['code']}/submit", data={"csrf": csrf, "action": "save", **data})
    key = server.teacher_key
    server.store.dispose()
    # "restart": a new store and app on the same file, same bank -> same quiz and code
    client2, quiz2, server2 = make_client(db_url)
    assert quiz2["id"] == quiz["id"] and quiz2["code"] == quiz["code"]
    assert server2.teacher_key == key
    student.app = client2.app
    r = student.get(f"/quiz/{quiz['code']}")
    assert r.status_code == 200
    assert fieldsets(r.text).keys() == fieldsets(page).keys()
    r = student.post(f"/quiz/{quiz['code']}/submit", data={"csrf": csrf, "action": "submit"}, follow_redirects=True)
    assert "9 / 9" in r.text


def test_static_assets_and_unknown(served):
    client, _quiz, _ = served
    js = client.get("/static/quiz.js")
    assert js.status_code == 200 and "text/javascript" in js.headers["content-type"]
    assert "fetch(" in js.text
    assert client.get("/static/style.css").headers["content-type"].startswith("text/css")
    assert client.get("/static/../app.py").status_code == 404
    assert client.get("/static/secret.txt").status_code == 404


def test_user_templates_override_the_built_ins(tmp_path):
    from starlette.testclient import TestClient

    from quizgen.serve.app import ServeConfig, create_app
    from quizgen.serve.store import Store
    from serve_fixtures import make_quiz

    (tmp_path / "tpl" / "serve").mkdir(parents=True)
    (tmp_path / "tpl" / "serve" / "join.html").write_text(
        '{% extends "default:serve/join.html" %}{% block header %}<span class="school">Lycée Şuşa</span>{% endblock %}',
        encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'x.sqlite'}"
    store = Store(url)
    store.migrate()
    quiz = make_quiz(store)
    app = create_app(ServeConfig(db_url=url, quiz_ids=[quiz["id"]], templates=str(tmp_path / "tpl")), store)
    r = TestClient(app).get("/")
    assert "Lycée Şuşa" in r.text and 'id="code"' in r.text
