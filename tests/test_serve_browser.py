"""A real browser against a real ``quizgen serve``: Debian's Chromium driven by Playwright.

A student joins on a phone-sized screen, answers (autosave), reloads (the answers are still there),
submits and sees the score; the teacher page lists the student. Screenshots of each page go to
tests/artifacts/ when something fails. The student and teacher screenshots of a passing run are
written to tests/artifacts/ too, and to docs/serve-student.png and docs/serve-teacher.png when
QUIZGEN_UPDATE_SCREENSHOTS=1 (so that CI never modifies tracked files).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time

import pytest

from serve_fixtures import IN_CI, ROOT, SAMPLE_BANK

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = ROOT / "tests" / "artifacts"
DOCS = ROOT / "docs"


def screenshot(page, name: str, full_page: bool) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=full_page)
    if os.environ.get("QUIZGEN_UPDATE_SCREENSHOTS") == "1":
        shutil.copyfile(ARTIFACTS / name, DOCS / name)

pytestmark = pytest.mark.browser


def _need_chromium():
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        if IN_CI:
            pytest.fail("CI is set but the playwright package is missing")
        pytest.skip("playwright is not installed")
    if not os.access(CHROMIUM, os.X_OK):
        if IN_CI:
            pytest.fail(f"CI is set but {CHROMIUM} is missing (apt-get install -y chromium)")
        pytest.skip(f"{CHROMIUM} is not installed")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """``quizgen serve`` in a subprocess on a free port; yields (base URL, class code, teacher URL)."""
    _need_chromium()
    import httpx

    tmp = tmp_path_factory.mktemp("serve")
    port = _free_port()
    cmd = [sys.executable, "-m", "quizgen", "serve", str(SAMPLE_BANK), "--port", str(port),
           "--db", str(tmp / "browser.sqlite"), "--title", "Battle of Shusha: class quiz"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=tmp,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    lines = []
    try:
        for line in proc.stdout:
            lines.append(line)
            if "Press Ctrl+C" in line:
                break
        out = "".join(lines)
        code = re.search(r"Class code:\s+(\w+)", out).group(1)
        teacher_url = re.search(r"(http://\S+/teacher\?key=\S+)", out).group(1)
        base = f"http://127.0.0.1:{port}"
        deadline = time.time() + 30
        while True:
            try:
                if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.time() > deadline or proc.poll() is not None:
                raise RuntimeError("quizgen serve did not start:\n" + out)
            time.sleep(0.2)
        yield base, code, teacher_url, out
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def browser():
    _need_chromium()
    from playwright.sync_api import sync_playwright

    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    with sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(profile, executable_path=CHROMIUM, headless=True,
                                                   args=CHROMIUM_ARGS, viewport={"width": 412, "height": 860})
        yield ctx
        ctx.close()
    shutil.rmtree(profile, ignore_errors=True)


class Shots:
    """Screenshots of every page visited, kept under tests/artifacts/ only when the test fails."""

    def __init__(self, name):
        self.name = name
        self.pages = []

    def track(self, page):
        self.pages.append(page)
        return page

    def save(self):
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        for i, page in enumerate(self.pages):
            try:
                page.screenshot(path=str(ARTIFACTS / f"{self.name}-{i}.png"), full_page=True)
                (ARTIFACTS / f"{self.name}-{i}.html").write_text(page.content(), encoding="utf-8")
            except Exception:  # the page may be gone; keep the others
                pass


@pytest.fixture
def shots(request):
    """Screenshots of the pages a test opened, saved under tests/artifacts/ when it fails
    (a test module cannot see its own report, so compare the session's failure count)."""
    s = Shots(request.node.name)
    failed_before = request.session.testsfailed
    yield s
    if request.session.testsfailed > failed_before or getattr(sys, "last_value", None) is not None:
        s.save()


def expect(locator):
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)


def test_startup_output(server):
    _base, code, teacher_url, out = server
    assert re.fullmatch(r"[A-Z0-9]{6}", code)
    assert f"/j/{code}" in out
    assert "█" in out or "▀" in out            # the QR code
    assert "/teacher?key=" in teacher_url


def test_student_joins_answers_submits_and_teacher_sees_it(server, browser, shots):
    base, code, teacher_url, _out = server
    page = shots.track(browser.new_page())
    page.goto(f"{base}/j/{code}")
    assert page.input_value("#code") == code
    page.fill("#name", "Şuşa Շուշի <b>")
    page.press("#name", "Enter")                     # keyboard submit
    page.wait_for_selector("form#quiz")

    fieldsets = page.locator("fieldset.question")
    count = fieldsets.count()
    assert count == 8
    for i in range(count):
        fs = fieldsets.nth(i)
        assert fs.locator("legend").count() == 1
        classes = fs.get_attribute("class")
        if "q-multiple_choice" in classes or "q-true_false" in classes:
            fs.locator("input[type=radio]").first.check()
        elif "q-short_answer" in classes or "q-cloze" in classes:
            fs.locator("input[type=text]").fill("Ohanyan")
        elif "q-ordering" in classes:
            selects = fs.locator("select")
            for j in range(selects.count()):
                selects.nth(j).select_option(str(j + 1))
        elif "q-matching" in classes:
            selects = fs.locator("select")
            for j in range(selects.count()):
                selects.nth(j).select_option(index=1)
    expect(page.locator("#save-status")).to_contain_text("Saved")   # no eval: the CSP forbids it
    time.sleep(1.2)                                   # let the last debounced text save go out
    page.evaluate("window.scrollTo(0, 0)")
    screenshot(page, "serve-student.png", full_page=False)

    # reload: the same attempt, answers still there (saved by autosave, not by submit)
    page.reload()
    page.wait_for_selector("form#quiz")
    assert page.locator("input[type=radio]:checked").count() >= 3
    assert "Ohanyan" in [page.locator("input[type=text]").nth(i).input_value()
                         for i in range(page.locator("input[type=text]").count())]

    page.click("#submit")
    page.wait_for_selector("#score")
    assert re.search(r"Your score: \d+(\.\d+)? / 9", page.text_content("#score"))
    assert "Review" in page.content()

    teacher = shots.track(browser.new_page())
    teacher.set_viewport_size({"width": 1200, "height": 900})
    teacher.goto(teacher_url)
    teacher.wait_for_selector("table.data")
    teacher.click(f"text={'Battle of Shusha: class quiz'}")
    teacher.wait_for_selector("#students")
    assert "Şuşa Շուշի <b>" in teacher.text_content("#students")
    assert "submitted" in teacher.text_content("#students")
    assert teacher.text_content("#class-code") == code
    screenshot(teacher, "serve-teacher.png", full_page=True)
    assert teacher.evaluate("document.cookie") == ""          # HttpOnly: not readable by scripts


def test_keyboard_only_join_and_answer(server, browser, shots):
    """Tab, type, Space and Enter are enough: no mouse."""
    base, code, _teacher_url, _out = server
    browser.clear_cookies()
    page = shots.track(browser.new_page())
    page.goto(f"{base}/j/{code}")

    def tab_to(predicate_js: str, limit: int = 40):
        for _ in range(limit):
            page.keyboard.press("Tab")
            if page.evaluate(predicate_js):
                return
        raise AssertionError(f"keyboard focus never reached: {predicate_js}")

    tab_to("document.activeElement.id === 'name'")
    page.keyboard.type("Keyboard Only")
    page.keyboard.press("Enter")
    page.wait_for_selector("form#quiz")
    tab_to("document.activeElement.type === 'radio'")
    page.keyboard.press("Space")
    assert page.evaluate("document.activeElement.checked")
    expect(page.locator("#save-status")).to_contain_text("Saved")   # no eval: the CSP forbids it
    # the skip link is the first stop and leads to the main content
    page.evaluate("window.scrollTo(0, 0); document.activeElement.blur()")
    page.goto(f"{base}/quiz/{code}")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"


def test_teacher_pages_do_not_scroll_sideways_on_a_phone(server, browser, shots):
    """At 375 px (a small phone) the quiz list and the results fit the width: no sideways page
    scroll (a wide table may scroll inside its own box)."""
    base, code, teacher_url, _out = server
    page = shots.track(browser.new_page())
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(teacher_url)
    page.wait_for_selector("table.data")
    for url in (f"{base}/teacher", f"{base}/teacher/{code}?refresh=0"):
        page.goto(url)
        page.wait_for_selector("table.data")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 375, (url, width)
        overflowing = page.evaluate(
            "[...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > 376"
            " && !e.closest('.scroll')).map(e => e.tagName + '.' + e.className).slice(0, 5)")
        assert overflowing == [], (url, overflowing)
    page.goto(f"{base}/teacher")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "serve-teacher-list-375.png"), full_page=True)
