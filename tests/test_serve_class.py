"""The class server's rules for a real class: attempts per student, the teacher's corrections,
invalid answers, extra time after the end, and the pages around a quiz (HTTP, in process)."""

from __future__ import annotations

import re
import time

import pytest

from serve_fixtures import CSRF_RE, fieldsets, labels_of, make_client, new_student, prompt_of, sample_bank, teacher


@pytest.fixture
def db_url(tmp_path):
    return f"sqlite:///{tmp_path / 'class.sqlite'}"


@pytest.fixture
def served(db_url):
    return make_client(db_url)


def _first(page: str, *types: str) -> tuple[int, str]:
    return next((n, body) for n, (t, body) in fieldsets(page).items() if t in types)


def _question(body: str) -> dict:
    return next(q for q in sample_bank()["questions"] if q["prompt"] == prompt_of(body))


# ---------------------------------------------------------------- answers the page cannot send

def test_a_choice_that_is_not_offered_is_refused_not_stored_as_empty(served):
    client, quiz, server = served
    student, page, csrf = new_student(client, quiz)
    number, _body = _first(page, "multiple_choice")
    attempt = server.store.list_attempts(quiz["id"])[0]
    for bad in ("99", "-1", "abc", ""):
        r = student.post(f"/quiz/{quiz['code']}/answer", data={"csrf": csrf, f"q{number}": bad})
        assert r.status_code == 400 and r.json()["ok"] is False, bad
        assert "not one of the choices" in r.json()["error"]
    assert server.store.get_answers(attempt["id"]) == {}
    # the same through the no-JavaScript form: refused, nothing saved, the attempt stays open
    r = student.post(f"/quiz/{quiz['code']}/submit", data={"csrf": csrf, "action": "submit", f"q{number}": "99"})
    assert r.status_code == 400 and "not one of the choices" in r.text
    assert server.store.get_attempt(attempt["id"])["submitted_at"] is None
    # places and matches out of range too; a blank select still means "not chosen yet"
    o_number, o_body = _first(page, "ordering")
    r = student.post(f"/quiz/{quiz['code']}/answer", data={"csrf": csrf, f"q{o_number}_0": "99"})
    assert r.status_code == 400
    r = student.post(f"/quiz/{quiz['code']}/answer", data={"csrf": csrf, f"q{o_number}_0": ""})
    assert r.status_code == 200
    m_number, _m = _first(page, "matching")
    r = student.post(f"/quiz/{quiz['code']}/answer", data={"csrf": csrf, f"q{m_number}_0": "7"})
    assert r.status_code == 400


def test_an_ordering_with_two_items_in_one_place_scores_zero(served):
    """Items sorted by place would hide the tie: the key's order with the last two places equal
    used to read as the right order."""
    client, quiz, server = served
    student, page, csrf = new_student(client, quiz)
    number, body = _first(page, "ordering")
    q = _question(body)
    items = labels_of(body)
    places = {i: q["answer"]["value"].index(item) + 1 for i, item in enumerate(items)}
    last = len(items)
    tied = {i: (last - 1 if p == last else p) for i, p in places.items()}
    data = {f"q{number}_{i}": str(p) for i, p in tied.items()}
    assert student.post(f"/quiz/{quiz['code']}/answer", data={"csrf": csrf, **data}).json()["ok"]
    # the page shows the places as the student gave them
    again = fieldsets(student.get(f"/quiz/{quiz['code']}").text)[number][1]
    selected = [int(x) for x in re.findall(r'<option value="(\d+)" selected>', again)]
    assert selected == [tied[i] for i in range(len(items))]
    student.post(f"/quiz/{quiz['code']}/submit", data={"csrf": csrf, "action": "submit", **data})
    teacher(client, server)
    report = client.get(f"/teacher/{quiz['code']}/responses.json").json()
    assert report["attempts"][0]["responses"][q["id"]]["credit"] == 0


def test_the_request_size_limit_is_the_documented_64_kb(served):
    """An answer field of any size under the 64 KB request limit is taken (cut to 300 characters);
    a larger request gets 413, urlencoded or multipart."""
    client, quiz, server = served
    student, page, csrf = new_student(client, quiz)
    number, _body = _first(page, "short_answer", "cloze")
    url = f"/quiz/{quiz['code']}/answer"
    for size in (9_000, 60_000):
        r = student.post(url, data={"csrf": csrf, f"q{number}": "x" * size})
        assert r.status_code == 200 and r.json()["ok"], (size, r.text)
        r = student.post(url, files={"csrf": (None, csrf), f"q{number}": (None, "y" * size)})
        assert r.status_code == 200 and r.json()["ok"], (size, r.text)
    saved = server.store.get_answers(server.store.list_attempts(quiz["id"])[0]["id"])
    assert saved[_question(_body)["id"]] == "y" * 300
    r = student.post(url, data={"csrf": csrf, f"q{number}": "x" * 70_000})
    assert r.status_code == 413
    r = student.post(url, files={"csrf": (None, csrf), f"q{number}": (None, "y" * 70_000)})
    assert r.status_code == 413


# ---------------------------------------------------------------- pages around the quiz

def test_the_join_page_of_a_closed_quiz_shows_no_form(served):
    client, quiz, server = served
    server.store.set_open(quiz["id"], False)
    r = client.get(f"/j/{quiz['code']}")
    assert r.status_code == 200
    assert "This quiz is closed" in r.text
    assert "<form" not in r.text and 'id="name"' not in r.text
    server.store.set_open(quiz["id"], True)
    assert 'id="name"' in client.get(f"/j/{quiz['code']}").text


def test_favicon_is_served_on_every_page(served):
    from PIL import Image
    import io

    client, quiz, _ = served
    r = client.get("/favicon.ico")
    assert r.status_code == 200 and r.headers["content-type"] == "image/x-icon"
    icon = Image.open(io.BytesIO(r.content))
    assert icon.format == "ICO" and icon.size == (32, 32)
    assert '<link rel="icon" href="/favicon.ico"' in client.get(f"/j/{quiz['code']}").text


# ---------------------------------------------------------------- extra time after the end

def _give_time(client, quiz, attempt_id, minutes="5"):
    tok = CSRF_RE.search(client.get(f"/teacher/{quiz['code']}").text).group(1)
    return client.post(f"/teacher/{quiz['code']}/time", data={"csrf": tok, "attempt": attempt_id, "minutes": minutes},
                       follow_redirects=True)


def _status(client, quiz, name):
    page = client.get(f"/teacher/{quiz['code']}").text
    row = next(r for r in re.findall(r"<tr>(.*?)</tr>", page, re.S) if name in r)
    return re.sub(r"<[^>]+>", " ", row)


def test_extra_time_reopens_an_attempt_the_clock_finished_long_ago(db_url):
    from sqlalchemy import update

    from quizgen.serve.store import attempts

    client, quiz, server = make_client(db_url, time_limit=15)
    student, page, csrf = new_student(client, quiz, "Late Lena")
    attempt = server.store.list_attempts(quiz["id"])[0]
    with server.store.engine.begin() as conn:   # her 15 minutes ended 20 minutes ago
        conn.execute(update(attempts).where(attempts.c.id == attempt["id"]).values(
            started_at=attempt["started_at"] - 35 * 60, deadline=attempt["started_at"] - 20 * 60))
    teacher(client, server)
    assert "time up" in _status(client, quiz, "Late Lena")
    r = _give_time(client, quiz, attempt["id"], "5")
    assert r.status_code == 200 and "The attempt is open again" in r.text
    assert "in progress" in _status(client, quiz, "Late Lena")
    number, _body = _first(page, "short_answer", "cloze")
    assert student.post(f"/quiz/{quiz['code']}/answer", data={"csrf": csrf, f"q{number}": "now"}).json()["ok"]
    again = server.store.get_attempt(attempt["id"])
    assert again["deadline"] > time.time() + 4 * 60 and again["extra_seconds"] == 300


def test_extra_time_when_the_quiz_is_closed_or_the_answers_submitted_says_why(db_url):
    client, quiz, server = make_client(db_url, time_limit=15)
    student, page, csrf = new_student(client, quiz, "Closed Carl")
    done, _p, done_csrf = new_student(client, quiz, "Submitted Sue")
    done.post(f"/quiz/{quiz['code']}/submit", data={"csrf": done_csrf, "action": "submit"})
    ids = {a["name"]: a["id"] for a in server.store.list_attempts(quiz["id"])}
    teacher(client, server)
    r = _give_time(client, quiz, ids["Submitted Sue"])
    assert r.status_code == 409 and "submitted their answers" in r.text
    assert 'id="add-time"' not in client.get(f"/teacher/{quiz['code']}/attempt/{ids['Submitted Sue']}").text

    server.store.set_open(quiz["id"], False)
    page = client.get(f"/teacher/{quiz['code']}/attempt/{ids['Closed Carl']}").text
    assert "Open it again first" in page and 'id="add-time"' not in page
    r = _give_time(client, quiz, ids["Closed Carl"])
    assert r.status_code == 409 and "Open it again first" in r.text
    assert "closed" in _status(client, quiz, "Closed Carl")
    server.store.set_open(quiz["id"], True)
    r = _give_time(client, quiz, ids["Closed Carl"])
    assert r.status_code == 200 and "The attempt is open again" in r.text
    assert "in progress" in _status(client, quiz, "Closed Carl")
    number, _body = _first(student.get(f"/quiz/{quiz['code']}").text, "short_answer", "cloze")
    assert student.post(f"/quiz/{quiz['code']}/answer", data={"csrf": csrf, f"q{number}": "x"}).json()["ok"]


# ---------------------------------------------------------------- attempts per student

def _join(client, quiz, name):
    """A fresh browser joining under ``name``: (browser, response) without following redirects."""
    from starlette.testclient import TestClient

    browser = TestClient(client.app)
    tok = CSRF_RE.search(browser.get(f"/j/{quiz['code']}").text).group(1)
    return browser, browser.post("/join", data={"csrf": tok, "code": quiz["code"], "name": name}, follow_redirects=False)


def test_one_attempt_per_student_by_default(served):
    """A student who saw the key cannot join again under the same name, from another browser or
    after "Done - let the next student join"; case and spacing do not make another name."""
    client, quiz, server = served
    student, page, csrf = new_student(client, quiz, "Mia Weber")
    other_browser, r = _join(client, quiz, "mia  WEBER")
    assert r.status_code == 409 and "already taking this quiz" in r.text
    student.post(f"/quiz/{quiz['code']}/submit", data={"csrf": csrf, "action": "submit"})
    _b, r = _join(client, quiz, "Mia Weber")
    assert r.status_code == 409 and "already taken this quiz (1 attempt allowed)" in r.text
    r = student.post(f"/quiz/{quiz['code']}/leave", data={"csrf": csrf}, follow_redirects=True)
    tok = CSRF_RE.search(r.text).group(1)
    r = student.post("/join", data={"csrf": tok, "code": quiz["code"], "name": "Mia Weber"}, follow_redirects=False)
    assert r.status_code == 409
    r = student.post("/join", data={"csrf": tok, "code": quiz["code"], "name": "Noah Weber"}, follow_redirects=False)
    assert r.status_code == 303                       # the next student joins from the same browser
    assert sorted(a["name"] for a in server.store.list_attempts(quiz["id"])) == ["Mia Weber", "Noah Weber"]


def test_attempts_setting_and_the_attempt_number_in_the_results(db_url):
    client, quiz, server = make_client(db_url, attempts=2)
    for _ in range(2):
        student, _p, csrf = new_student(client, quiz, "Ola")
        student.post(f"/quiz/{quiz['code']}/submit", data={"csrf": csrf, "action": "submit"})
    _b, r = _join(client, quiz, "Ola")
    assert r.status_code == 409 and "(2 attempts allowed)" in r.text
    teacher(client, server)
    rows = [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row)).strip()
            for row in re.findall(r"<tr>(.*?)</tr>", client.get(f"/teacher/{quiz['code']}").text, re.S)]
    assert [row.split(" submitted")[0] for row in rows if row.startswith("Ola")] == ["Ola 1", "Ola 2"]
    csv_lines = client.get(f"/teacher/{quiz['code']}/grades.csv").text.splitlines()
    assert [line.split(",")[:2] for line in csv_lines[1:]] == [["Ola", "1"], ["Ola", "2"]]
    report = client.get(f"/teacher/{quiz['code']}/responses.json").json()
    assert [(a["name"], a["attempt"]) for a in report["attempts"]] == [("Ola", 1), ("Ola", 2)]
    second = server.store.list_attempts(quiz["id"])[1]
    assert "attempt 2" in client.get(f"/teacher/{quiz['code']}/attempt/{second['id']}").text


def test_teacher_deletes_an_attempt_and_the_student_joins_again(served):
    client, quiz, server = served
    student, _p, csrf = new_student(client, quiz, "Pia")
    student.post(f"/quiz/{quiz['code']}/submit", data={"csrf": csrf, "action": "submit"})
    attempt = server.store.list_attempts(quiz["id"])[0]
    teacher(client, server)
    tok = CSRF_RE.search(client.get(f"/teacher/{quiz['code']}/attempt/{attempt['id']}").text).group(1)
    r = client.post(f"/teacher/{quiz['code']}/delete", data={"csrf": tok, "attempt": attempt["id"]})
    assert r.status_code == 400 and server.store.get_attempt(attempt["id"]) is not None   # not confirmed
    r = client.post(f"/teacher/{quiz['code']}/delete", data={"csrf": tok, "attempt": attempt["id"], "confirm": "yes"},
                    follow_redirects=True)
    assert r.status_code == 200 and "Deleted an attempt of Pia" in r.text
    assert server.store.list_attempts(quiz["id"]) == [] and server.store.get_answers(attempt["id"]) == {}
    _b, r = _join(client, quiz, "Pia")
    assert r.status_code == 303
    # the deleted attempt's browser is sent back to the join page
    assert student.get(f"/quiz/{quiz['code']}", follow_redirects=False).headers["location"] == f"/j/{quiz['code']}"


def test_teacher_merges_two_attempts_of_one_student(db_url):
    """A student who joined under two spellings: the answers of both end up in one attempt, the
    one merged into keeps its own answers where both answered, and its score is computed again."""
    client, quiz, server = make_client(db_url)
    first, page1, csrf1 = new_student(client, quiz, "Jon Park")
    second, page2, csrf2 = new_student(client, quiz, "John Park")
    by_id = {q["id"]: q for q in quiz["questions"]}
    sets1, sets2 = fieldsets(page1), fieldsets(page2)
    tf1 = next(n for n, (t, _b) in sets1.items() if t == "true_false")
    tf_q = _question(sets1[tf1][1])
    right = "0" if tf_q["answer"]["value"] else "1"
    mc1 = next(n for n, (t, _b) in sets1.items() if t == "multiple_choice")
    mc_q = _question(sets1[mc1][1])
    mc_right = str(labels_of(sets1[mc1][1]).index(mc_q["answer"]["text"]))
    first.post(f"/quiz/{quiz['code']}/answer", data={"csrf": csrf1, f"q{tf1}": right, f"q{mc1}": mc_right})
    text_n = next(n for n, (t, _b) in sets2.items() if t in ("short_answer", "cloze"))
    text_q = _question(sets2[text_n][1])
    tf2 = next(n for n, (t, b) in sets2.items() if t == "true_false" and _question(b)["id"] == tf_q["id"])
    second.post(f"/quiz/{quiz['code']}/answer", data={"csrf": csrf2, f"q{text_n}": text_q["answer"]["text"],
                                                       f"q{tf2}": "1" if right == "0" else "0"})
    second.post(f"/quiz/{quiz['code']}/submit", data={"csrf": csrf2, "action": "submit"})
    ids = {a["name"]: a["id"] for a in server.store.list_attempts(quiz["id"])}
    points = {q["id"]: q.get("points", 1) for q in quiz["questions"]}
    assert server.store.get_attempt(ids["John Park"])["score"] == points[text_q["id"]]
    teacher(client, server)
    page = client.get(f"/teacher/{quiz['code']}/attempt/{ids['Jon Park']}").text
    assert f'<option value="{ids["John Park"]}">John Park · attempt 1 · finished</option>' in page
    tok = CSRF_RE.search(page).group(1)
    r = client.post(f"/teacher/{quiz['code']}/merge", data={"csrf": tok, "attempt": ids["Jon Park"],
                                                           "into": ids["John Park"]}, follow_redirects=True)
    assert r.status_code == 200 and "Merged" in r.text
    assert server.store.get_attempt(ids["Jon Park"]) is None
    merged = server.store.get_answers(ids["John Park"])
    assert merged[text_q["id"]] == text_q["answer"]["text"]
    assert merged[mc_q["id"]] == mc_q["answer"]["text"]
    assert merged[tf_q["id"]] != by_id[tf_q["id"]]["answer"]["text"]   # the target's own (wrong) answer kept
    assert server.store.get_attempt(ids["John Park"])["score"] == points[text_q["id"]] + points[mc_q["id"]]
    r = client.post(f"/teacher/{quiz['code']}/merge", data={"csrf": tok, "attempt": ids["John Park"],
                                                           "into": ids["John Park"]})
    assert r.status_code == 400
