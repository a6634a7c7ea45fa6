"""The class quiz server: a Starlette application.

Students join with a class code and a name, answer (each answer saved as it is given), submit and
see their score. The teacher's pages need the server's secret key. Every page is a plain HTML form
that works without JavaScript; ``quiz.js`` adds autosave and a countdown when it runs.

Handlers are plain functions that Starlette runs in its thread pool (POST handlers read the form
on the event loop first): a database call, a SQLite lock wait or a PostgreSQL round trip then
blocks one thread, not every request of the worker. ``--workers`` adds processes.

The app is built by :func:`create_app` from a :class:`ServeConfig`; uvicorn workers build it from
the ``QUIZGEN_SERVE_CONFIG`` environment variable (:func:`app_from_env`) that ``quizgen serve``
sets, since each worker process imports the app on its own.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import json
import os
import re
import secrets
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any
from urllib.parse import quote

from markupsafe import Markup
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from quizgen.grade import grade_attempt, grade_question, item_analysis
from quizgen.serve.present import MAX_ANSWER_CHARS, InvalidAnswer, Presented, form_state, layout, parse_fields
from quizgen.serve.store import AttemptLimit, ExtraTimeRefused, Store, StoreError, name_key
from quizgen.templating import environment

MAX_BODY_BYTES = 64 * 1024       # a 50-question quiz form is about 5 KB
MAX_NAME_CHARS = 60
MAX_FORM_FIELDS = 400
GRACE_SECONDS = 5.0              # network latency allowance after a time limit
ATTEMPT_COOKIE_AGE = 12 * 3600


@dataclass
class ServeConfig:
    db_url: str
    quiz_ids: list[str] = field(default_factory=list)   # the quizzes students can join on this server
    templates: str | None = None
    grace_seconds: float = GRACE_SECONDS
    public_url: str | None = None   # the address students use (the LAN address with --host 0.0.0.0)

    def to_env(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_env(cls, value: str) -> "ServeConfig":
        return cls(**json.loads(value))


# ---------------------------------------------------------------- middleware

class LimitsAndHeaders:
    """Pure ASGI middleware: refuses request bodies over ``max_body`` bytes (413) and adds the
    security headers to every response."""

    HEADERS = [
        (b"x-content-type-options", b"nosniff"),
        (b"x-frame-options", b"DENY"),
        (b"referrer-policy", b"no-referrer"),   # the teacher key must never leak through Referer
        (b"content-security-policy",
         b"default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
         b"form-action 'self'; frame-ancestors 'none'"),
        (b"cache-control", b"no-store"),
    ]

    def __init__(self, app, max_body: int = MAX_BODY_BYTES):
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body):
            return await PlainTextResponse("Request too large.", status_code=413)(scope, receive, send)

        received = 0

        async def limited_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise _TooLarge()
            return message

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", []) if h[0].lower() != b"cache-control"
                           or not _is_static(scope)]
                if not _is_static(scope):
                    headers += self.HEADERS
                else:
                    headers += [h for h in self.HEADERS if h[0] != b"cache-control"]
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, limited_receive, send_with_headers)
        except _TooLarge:
            await PlainTextResponse("Request too large.", status_code=413)(scope, receive, send)


class _TooLarge(Exception):
    pass


def _is_static(scope) -> bool:
    return scope.get("path", "").startswith("/static/")


# ---------------------------------------------------------------- the application

class QuizServer:
    """State shared by the handlers of one process: the store, the templates and the secrets."""

    def __init__(self, config: ServeConfig, store: Store | None = None):
        self.config = config
        self.store = store or Store(config.db_url)
        self.store.migrate()
        self.secret = self.store.meta("secret", lambda: secrets.token_hex(32)).encode()
        self.teacher_key = self.store.meta("teacher_key", lambda: secrets.token_urlsafe(24))
        # Templates are read once per process (no mtime check on every render).
        self.env = environment(config.templates, auto_reload=False)
        self.env.globals["format_time"] = _format_time
        self.env.filters["num"] = _num
        self.env.globals["max_answer_chars"] = MAX_ANSWER_CHARS
        self.env.globals["max_name_chars"] = MAX_NAME_CHARS
        self._static = {}
        self._questions_cache: dict[str, list[dict]] = {}
        # Compile the templates now, not in the first students' requests.
        for name in ("join.html", "quiz.html", "result.html", "message.html"):
            self.env.get_template(f"serve/{name}")

    # ------------------------------------------------------------ helpers

    def render(self, request: Request, template: str, status_code: int = 200, **context) -> HTMLResponse:
        context.setdefault("csrf", self.csrf_token(request))
        context.setdefault("page_title", "")
        html = self.env.get_template(f"serve/{template}").render(request=_RequestView(request), **context)
        response = HTMLResponse(html, status_code=status_code)
        self._set_csrf_cookie(request, response)
        return response

    def message(self, request: Request, title: str, text: str, status_code: int = 400, link: str | None = None):
        return self.render(request, "message.html", status_code=status_code, page_title=title, text=text, link=link)

    def csrf_token(self, request: Request) -> str:
        value = request.cookies.get("qg_csrf") or getattr(request.state, "new_csrf", None)
        if not value or len(value) > 100:
            value = secrets.token_urlsafe(24)
            request.state.new_csrf = value
        return hmac.new(self.secret, b"csrf:" + value.encode(), hashlib.sha256).hexdigest()

    def _set_csrf_cookie(self, request: Request, response: Response) -> None:
        new = getattr(request.state, "new_csrf", None)
        if new:
            response.set_cookie("qg_csrf", new, httponly=True, samesite="lax", path="/",
                                secure=request.url.scheme == "https")

    def csrf_ok(self, request: Request, form) -> bool:
        value = request.cookies.get("qg_csrf")
        given = form.get("csrf") or request.headers.get("x-csrf-token") or ""
        if not value or not isinstance(given, str):
            return False
        expected = hmac.new(self.secret, b"csrf:" + value.encode(), hashlib.sha256).hexdigest()
        return hmac.compare_digest(given.encode(), expected.encode())

    def with_form(self, handler):
        """An endpoint that reads the (size-limited) form on the event loop, then runs
        ``handler(request, form)`` in the thread pool like the GET handlers."""
        async def endpoint(request: Request):
            # One limit for the whole request, the documented one; a field gets no smaller limit
            # of its own (what is stored of an answer is cut to MAX_ANSWER_CHARS anyway).
            form = await request.form(max_files=0, max_fields=MAX_FORM_FIELDS, max_part_size=MAX_BODY_BYTES)
            return await run_in_threadpool(handler, request, form)
        return endpoint

    def with_questions(self, quiz: dict | None) -> dict | None:
        """Attach the quiz's questions from the per-process cache (they never change for an id)."""
        if quiz is None:
            return None
        if quiz["id"] not in self._questions_cache:
            self._questions_cache[quiz["id"]] = self.store.get_quiz(quiz["id"])["questions"]
        quiz["questions"] = self._questions_cache[quiz["id"]]
        return quiz

    def grader(self, quiz: dict):
        def grade(_attempt, responses):
            g = grade_attempt(quiz["questions"], responses)
            return g["score"], g["max_score"]
        return grade

    def active_quiz(self, code: str) -> dict | None:
        quiz = self.store.quiz_by_code(code, with_questions=False) if code and len(code) <= 16 else None
        if quiz is None or quiz["id"] not in self.config.quiz_ids:
            return None
        return self.with_questions(quiz)

    def attempt_for(self, request: Request, quiz: dict) -> dict | None:
        return self.store.attempt_by_token(quiz["id"], request.cookies.get(_attempt_cookie(quiz)))

    def finish_if_expired(self, quiz: dict, attempt: dict) -> dict:
        if (attempt["submitted_at"] is None and attempt["deadline"] is not None
                and attempt["deadline"] + self.config.grace_seconds < time.time()):
            self.store.finish_expired(quiz["id"], self.config.grace_seconds, self.grader(quiz))
            attempt = self.store.get_attempt(attempt["id"])
        return attempt

    def teacher_ok(self, request: Request) -> bool:
        given = request.query_params.get("key") or request.cookies.get("qg_teacher") or ""
        return hmac.compare_digest(given.encode()[:200], self.teacher_key.encode())

    # ------------------------------------------------------------ student pages

    def index(self, request: Request):
        return self.render(request, "join.html", code="", name="", error=None, page_title="Join the quiz")

    def join_page(self, request: Request):
        code = request.path_params["code"].upper()
        quiz = self.active_quiz(code)
        if quiz is None:
            return self.render(request, "join.html", status_code=404, code="", name="",
                               error="There is no quiz with that class code on this server.", page_title="Join the quiz")
        if self.attempt_for(request, quiz):
            return RedirectResponse(f"/quiz/{quiz['code']}", status_code=303)
        if not quiz["is_open"]:  # no form that can only answer "closed" after a student typed a name
            return self.render(request, "join.html", code=quiz["code"], name="", quiz=quiz, closed=True,
                               error=None, page_title=quiz["title"])
        return self.render(request, "join.html", code=quiz["code"], name="", error=None, quiz=quiz,
                           page_title=quiz["title"])

    def join(self, request: Request, form):
        code = str(form.get("code") or "").strip().upper()[:16]
        name = " ".join(str(form.get("name") or "").split())
        if not self.csrf_ok(request, form):
            return self.message(request, "Please try again", "This form has expired. Go back, reload the page "
                                "and try again.", status_code=403, link="/")
        quiz = self.active_quiz(code)
        error = None
        if quiz is None:
            error = "There is no quiz with that class code on this server. Check the code on the board."
        elif not name:
            error = "Please type your name."
        elif len(name) > MAX_NAME_CHARS:
            error = f"Please use at most {MAX_NAME_CHARS} characters for your name."
        elif not quiz["is_open"]:
            error = "This quiz is closed."
        if error:
            return self.render(request, "join.html", status_code=400, code=code, name=name[:MAX_NAME_CHARS],
                               error=error, page_title="Join the quiz")
        existing = self.attempt_for(request, quiz)
        if existing:  # a second join from the same browser resumes the first attempt
            return RedirectResponse(f"/quiz/{quiz['code']}", status_code=303)
        limit = quiz["settings"].get("time_limit")
        allowed = _attempts_allowed(quiz)
        try:
            attempt, token = self.store.create_attempt(quiz["id"], name, limit * 60 if limit else None,
                                                       max_attempts=allowed)
        except AttemptLimit as exc:
            if exc.in_progress:
                error = (f"Someone called {name} is already taking this quiz. If that is you, go back to the "
                         "browser you started in; if not, add your surname or an initial.")
            else:
                error = (f"{name} has already taken this quiz ({_attempts_text(allowed)} allowed). "
                         "Ask your teacher if you need another attempt.")
            return self.render(request, "join.html", status_code=409, code=code, name=name, error=error,
                               page_title="Join the quiz")
        response = RedirectResponse(f"/quiz/{quiz['code']}", status_code=303)
        response.set_cookie(_attempt_cookie(quiz), token, max_age=ATTEMPT_COOKIE_AGE, httponly=True,
                            samesite="lax", path="/", secure=request.url.scheme == "https")
        return response

    def quiz_not_found(self, request: Request):
        return self.message(request, "Not found", "There is no quiz with that class code on this server.",
                            status_code=404, link="/")

    def student_attempt(self, request: Request):
        """The quiz named in the URL and this browser's attempt (finished if its time is up),
        or, as the third value, the response to send instead (not found, or join first)."""
        quiz = self.active_quiz(request.path_params["code"].upper())
        if quiz is None:
            return None, None, self.quiz_not_found(request)
        attempt = self.attempt_for(request, quiz)
        if attempt is None:
            return quiz, None, RedirectResponse(f"/j/{quiz['code']}", status_code=303)
        return quiz, self.finish_if_expired(quiz, attempt), None

    def quiz_page(self, request: Request):
        quiz, attempt, other = self.student_attempt(request)
        if other is not None:
            return other
        if attempt["submitted_at"] is not None or not quiz["is_open"]:
            return RedirectResponse(f"/quiz/{quiz['code']}/result", status_code=303)
        shown = layout(quiz["questions"], attempt["seed"])
        saved = self.store.get_answers(attempt["id"])
        states = {p.number: form_state(p, saved.get(p.id)) for p in shown}
        remaining = None if attempt["deadline"] is None else max(0, int(attempt["deadline"] - time.time()))
        notice = request.query_params.get("saved")
        return self.render(request, "quiz.html", quiz=quiz, attempt=attempt, shown=shown, states=states,
                           remaining=remaining, answered=sum(1 for p in shown if p.id in saved),
                           notice="Your answers are saved." if notice else None, page_title=quiz["title"])

    def _responses_from(self, form, shown: list[Presented]) -> dict[str, Any]:
        out = {}
        for p in shown:
            present, response = parse_fields(p, form)
            if present:
                out[p.id] = response
        return out

    def save_answer(self, request: Request, form):
        """Autosave from quiz.js: the fields of one question; answers JSON (never the key)."""
        quiz = self.active_quiz(request.path_params["code"].upper())
        if quiz is None:
            return JSONResponse({"ok": False, "error": "There is no such quiz."}, status_code=404)
        if not self.csrf_ok(request, form):
            return JSONResponse({"ok": False, "error": "This page has expired: reload it."}, status_code=403)
        attempt = self.attempt_for(request, quiz)
        if attempt is None:
            return JSONResponse({"ok": False, "error": "You have not joined this quiz."}, status_code=403)
        shown = layout(quiz["questions"], attempt["seed"])
        try:
            responses = self._responses_from(form, shown)
        except InvalidAnswer as exc:
            return JSONResponse({"ok": False, "error": str(exc)}, status_code=400)
        if self.store.save_answers(attempt["id"], responses, grace=self.config.grace_seconds):
            return JSONResponse({"ok": True, "saved": len(responses)})
        reason = self.store.refusal(attempt["id"], self.config.grace_seconds)
        return JSONResponse({"ok": False, "reason": reason, "error": _REFUSALS.get(reason, "Not saved.")},
                            status_code=409)

    def submit(self, request: Request, form):
        """The quiz form: ``action=save`` stores the answers (the no-JavaScript autosave),
        ``action=submit`` stores them and finishes the attempt. Submitting twice changes nothing."""
        quiz = self.active_quiz(request.path_params["code"].upper())
        if quiz is None:
            return self.quiz_not_found(request)
        if not self.csrf_ok(request, form):
            return self.message(request, "Please try again", "This page has expired. Your saved answers are "
                                "kept: reload the quiz and submit again.", status_code=403,
                                link=f"/quiz/{quiz['code']}")
        attempt = self.attempt_for(request, quiz)
        if attempt is None:
            return RedirectResponse(f"/j/{quiz['code']}", status_code=303)
        if attempt["submitted_at"] is not None and attempt["finished_by"] in (None, "student"):
            return RedirectResponse(f"/quiz/{quiz['code']}/result", status_code=303)
        shown = layout(quiz["questions"], attempt["seed"])
        try:
            responses = self._responses_from(form, shown)
        except InvalidAnswer as exc:
            return self.message(request, "Answers not accepted", f"{exc} Nothing was saved: reload the quiz "
                                "and try again.", status_code=400, link=f"/quiz/{quiz['code']}")
        ok = self.store.save_answers(attempt["id"], responses, grace=self.config.grace_seconds)
        if not ok:
            reason = self.store.refusal(attempt["id"], self.config.grace_seconds)
            attempt = self.finish_if_expired(quiz, attempt)
            if reason == "submitted":
                return RedirectResponse(f"/quiz/{quiz['code']}/result", status_code=303)
            return self.message(request, "Answers not accepted", _REFUSALS.get(reason, "Not saved.")
                                + " The answers you had saved before count.", status_code=409,
                                link=f"/quiz/{quiz['code']}/result")
        if form.get("action") == "save":
            return RedirectResponse(f"/quiz/{quiz['code']}?saved=1", status_code=303)
        self.store.submit(attempt["id"], self.grader(quiz))
        return RedirectResponse(f"/quiz/{quiz['code']}/result", status_code=303)

    def result(self, request: Request):
        quiz, attempt, other = self.student_attempt(request)
        if other is not None:
            return other
        if attempt["submitted_at"] is None and quiz["is_open"]:
            return RedirectResponse(f"/quiz/{quiz['code']}", status_code=303)
        if attempt["score"] is None:
            attempt = self.store.submit(attempt["id"], self.grader(quiz), finished_by="close")
        review = quiz["settings"].get("review", "after-submit")
        show_key = review == "after-submit" or (review == "after-close" and not quiz["is_open"])
        rows = []
        if show_key:
            saved = self.store.get_answers(attempt["id"])
            by_id = {q["id"]: q for q in quiz["questions"]}
            docs = {d["id"]: d for d in quiz["settings"].get("documents", [])}
            for p in layout(quiz["questions"], attempt["seed"]):
                q = by_id[p.id]
                rows.append({"shown": p, "question": q, "response": _response_text(saved.get(p.id)),
                             "result": grade_question(q, saved.get(p.id)), "key": _key_text(q),
                             "document": docs.get((q.get("source") or {}).get("document"))})
        return self.render(request, "result.html", quiz=quiz, attempt=attempt, rows=rows, show_key=show_key,
                           review=review, page_title=quiz["title"])

    def leave(self, request: Request, form):
        """Forget this browser's attempt (after submitting), so that the next student can join."""
        code = request.path_params["code"].upper()
        quiz = self.active_quiz(code)
        if quiz is None or not self.csrf_ok(request, form):
            return self.message(request, "Please try again", "This page has expired.", status_code=403, link="/")
        attempt = self.attempt_for(request, quiz)
        if attempt is not None and attempt["submitted_at"] is None and quiz["is_open"]:
            return self.message(request, "Not submitted yet", "Submit your answers before you leave.",
                                status_code=409, link=f"/quiz/{quiz['code']}")
        response = RedirectResponse(f"/j/{quiz['code']}", status_code=303)
        response.delete_cookie(_attempt_cookie(quiz), path="/")
        return response

    def static(self, request: Request):
        name = request.path_params["name"]
        types = {"style.css": "text/css; charset=utf-8", "quiz.js": "text/javascript; charset=utf-8"}
        if name not in types:
            return PlainTextResponse("Not found.", status_code=404)
        if name not in self._static:
            self._static[name] = self.env.get_template(f"serve/{name}").render()
        return Response(self._static[name], media_type=types[name],
                        headers={"cache-control": "public, max-age=300"})

    def favicon(self, request: Request):
        return Response(_favicon_ico(), media_type="image/x-icon", headers={"cache-control": "public, max-age=86400"})

    def health(self, request: Request):
        return PlainTextResponse("ok")

    # ------------------------------------------------------------ teacher pages

    def _teacher_gate(self, request: Request):
        """403 without the key; with ``?key=`` on the URL: store it in a cookie and drop it from the URL."""
        if not self.teacher_ok(request):
            return self.message(request, "Forbidden", "This page is for the teacher. Use the teacher link that "
                                "quizgen printed when it started.", status_code=403)
        if "key" in request.query_params:
            response = RedirectResponse(request.url.path, status_code=303)
            response.set_cookie("qg_teacher", self.teacher_key, httponly=True, samesite="strict", path="/teacher",
                                secure=request.url.scheme == "https", max_age=7 * 24 * 3600)
            return response
        return None

    def _teacher_quiz(self, request: Request):
        """The quiz of a teacher URL, or (None, the response to send): 403 without the key,
        the key moved from the URL to a cookie, or 404."""
        gate = self._teacher_gate(request)
        if gate:
            return None, gate
        quiz = self.with_questions(self.store.quiz_by_code(request.path_params["code"][:16], with_questions=False))
        if quiz is None:
            return None, self.message(request, "Not found", "No quiz has that code.", status_code=404,
                                      link="/teacher")
        self.store.finish_expired(quiz["id"], self.config.grace_seconds, self.grader(quiz))
        return quiz, None

    def _class_view(self, quiz: dict) -> tuple[list[dict], list[dict]]:
        attempts = self.store.list_attempts(quiz["id"])
        responses = self.store.answers_by_attempt(quiz["id"])
        numbers = _number_attempts(attempts)
        now = time.time()
        rows = []
        for a in attempts:
            saved = responses.get(a["id"], {})
            graded = grade_attempt(quiz["questions"], saved)
            status = "in progress"
            if a["submitted_at"] is not None:
                status = {"time": "time up", "close": "closed"}.get(a["finished_by"] or "", "submitted")
            rows.append({
                "attempt": a, "number": numbers[a["id"]], "status": status, "graded": graded, "responses": saved,
                "answered": sum(1 for r in graded["results"].values() if r.answered),
                "remaining": None if a["deadline"] is None or a["submitted_at"] is not None
                else max(0, int(a["deadline"] - now)),
            })
        finished = [r["responses"] for r in rows if r["attempt"]["submitted_at"] is not None]
        stats = item_analysis(quiz["questions"], finished)
        by_id = {q["id"]: q for q in quiz["questions"]}
        for s in stats:
            s["question"] = by_id[s["id"]]
        return rows, stats

    def teacher_index(self, request: Request):
        gate = self._teacher_gate(request)
        if gate:
            return gate
        quizzes = []
        for quiz in self.store.list_quizzes():
            attempts = self.store.list_attempts(quiz["id"])
            def names(of):  # students, not attempts: a student with two attempts counts once
                return len({a.get("name_key") or name_key(a["name"]) for a in of})

            quizzes.append({"quiz": quiz, "active": quiz["id"] in self.config.quiz_ids, "students": names(attempts),
                            "submitted": names(a for a in attempts if a["submitted_at"] is not None)})
        return self.render(request, "teacher/index.html", quizzes=quizzes, page_title="Teacher")

    def teacher_quiz(self, request: Request):
        quiz, error = self._teacher_quiz(request)
        if error:
            return error
        rows, stats = self._class_view(quiz)
        base = (self.config.public_url or str(request.base_url)).rstrip("/")
        student_url = f"{base}/j/{quiz['code']}"
        deleted = request.query_params.get("deleted")
        return self.render(request, "teacher/quiz.html", quiz=quiz, rows=rows, stats=stats,
                           notice=f"Deleted an attempt of {deleted[:MAX_NAME_CHARS]}." if deleted else None,
                           attempts_allowed=_attempts_allowed(quiz),
                           active=quiz["id"] in self.config.quiz_ids, student_url=student_url,
                           qr_svg=_qr_svg(student_url),
                           refresh=request.query_params.get("refresh", "15"), page_title=f"Results: {quiz['title']}")

    def teacher_attempt(self, request: Request):
        quiz, error = self._teacher_quiz(request)
        if error:
            return error
        try:
            attempt = self.store.get_attempt(int(request.path_params["attempt_id"]))
        except ValueError:
            attempt = None
        if attempt is None or attempt["quiz_id"] != quiz["id"]:
            return self.message(request, "Not found", "No such student attempt.", status_code=404,
                                link=f"/teacher/{quiz['code']}")
        saved = self.store.get_answers(attempt["id"])
        by_id = {q["id"]: q for q in quiz["questions"]}
        rows = []
        for p in layout(quiz["questions"], attempt["seed"]):
            q = by_id[p.id]
            rows.append({"shown": p, "question": q, "response": _response_text(saved.get(p.id)),
                         "answered": p.id in saved, "result": grade_question(q, saved.get(p.id)), "key": _key_text(q)})
        graded = grade_attempt(quiz["questions"], saved)
        notice = {"extended": f"{attempt['name']} has until {_format_time(attempt['deadline'])}.",
                  "merged": "Merged: the other attempt's answers now fill this one's blanks, and it is gone.",
                  "reopened": f"The attempt is open again: {attempt['name']} can answer until "
                              f"{_format_time(attempt['deadline'])}."}.get(
            request.query_params.get("time") or ("merged" if request.query_params.get("merged") else ""))
        cannot = None
        if attempt["deadline"] is not None:
            if attempt["submitted_at"] is not None and attempt["finished_by"] in (None, "student"):
                cannot = _extra_time_refusal("submitted", attempt)
            elif not quiz["is_open"]:
                cannot = _extra_time_refusal("closed", attempt)
        others = self.store.list_attempts(quiz["id"])
        numbers = _number_attempts(others)
        key = attempt.get("name_key") or name_key(attempt["name"])
        # Merge targets: the same student's other attempts first, then everyone else's.
        targets = sorted((a for a in others if a["id"] != attempt["id"]),
                         key=lambda a: ((a.get("name_key") or name_key(a["name"])) != key, a["id"]))
        return self.render(request, "teacher/attempt.html", quiz=quiz, attempt=attempt, rows=rows, graded=graded,
                           page_title=f"{attempt['name']}: {quiz['title']}", now=time.time(), notice=notice,
                           cannot=cannot, number=numbers.get(attempt["id"], 1), numbers=numbers, targets=targets)

    def teacher_action(self, request: Request, form):
        quiz, error = self._teacher_quiz(request)
        if error:
            return error
        if not self.csrf_ok(request, form):
            return self.message(request, "Please try again", "This page has expired: reload it and try again.",
                                status_code=403, link=f"/teacher/{quiz['code']}")
        action = request.path_params["action"]
        if action in ("open", "close"):
            self.store.set_open(quiz["id"], action == "open", self.grader(quiz))
            return RedirectResponse(f"/teacher/{quiz['code']}", status_code=303)
        if action == "time":
            try:
                attempt_id = int(str(form.get("attempt") or ""))
                minutes = float(str(form.get("minutes") or ""))
            except ValueError:
                return self.message(request, "Extra time", "Give the minutes as a number.", link=f"/teacher/{quiz['code']}")
            attempt = self.store.get_attempt(attempt_id)
            if attempt is None or attempt["quiz_id"] != quiz["id"] or not 0 < minutes <= 24 * 60:
                return self.message(request, "Extra time", "Give between 1 and 1440 minutes to a student of this quiz.",
                                    link=f"/teacher/{quiz['code']}")
            back = f"/teacher/{quiz['code']}/attempt/{attempt_id}"
            try:
                before = attempt
                attempt = self.store.add_time(attempt_id, int(minutes * 60))
            except ExtraTimeRefused as exc:
                return self.message(request, "No extra time given", _extra_time_refusal(exc.reason, attempt),
                                    status_code=409, link=back)
            done = "reopened" if before["submitted_at"] is not None else "extended"
            return RedirectResponse(f"{back}?time={done}", status_code=303)
        if action in ("delete", "merge"):
            return self._delete_or_merge(request, form, quiz, action)
        return self.message(request, "Not found", "Unknown action.", status_code=404)

    def _delete_or_merge(self, request: Request, form, quiz: dict, action: str):
        """Delete an attempt (the student may join again), or fold it into another attempt of the
        same student (see :meth:`Store.merge_attempts`)."""
        results = f"/teacher/{quiz['code']}"

        def attempt_of(field_name: str) -> dict | None:
            try:
                found = self.store.get_attempt(int(str(form.get(field_name) or "")))
            except ValueError:
                return None
            return found if found is not None and found["quiz_id"] == quiz["id"] else None

        attempt = attempt_of("attempt")
        if attempt is None:
            return self.message(request, "Not found", "No such student attempt.", status_code=404, link=results)
        back = f"{results}/attempt/{attempt['id']}"
        if action == "delete":
            if form.get("confirm") != "yes":
                return self.message(request, "Not deleted", "Tick the box to confirm that the attempt and its "
                                    "answers are to be deleted.", link=back)
            self.store.delete_attempt(attempt["id"])
            return RedirectResponse(f"{results}?deleted={quote(attempt['name'])}", status_code=303)
        target = attempt_of("into")
        if target is None or target["id"] == attempt["id"]:
            return self.message(request, "Not merged", "Choose another attempt of this quiz to merge into.", link=back)
        try:
            self.store.merge_attempts(attempt["id"], target["id"], self.grader(quiz))
        except StoreError as exc:
            return self.message(request, "Not merged", str(exc), status_code=409, link=back)
        return RedirectResponse(f"{results}/attempt/{target['id']}?merged=1", status_code=303)

    def grades_csv(self, request: Request):
        quiz, error = self._teacher_quiz(request)
        if error:
            return error
        rows, _stats = self._class_view(quiz)
        out = io.StringIO()
        writer = csv.writer(out)
        qids = [q["id"] for q in quiz["questions"]]
        writer.writerow(["name", "attempt", "status", "started", "submitted", "score", "max_score", "percent",
                         "extra_minutes", *qids])
        for r in rows:
            a, g = r["attempt"], r["graded"]
            writer.writerow([_csv_safe(a["name"]), r["number"], r["status"], _iso(a["started_at"]), _iso(a["submitted_at"]),
                             g["score"], g["max_score"], g["percent"], round((a.get("extra_seconds") or 0) / 60, 1),
                             *[g["results"][qid].score for qid in qids]])
        filename = f"quizgen-{quiz['code']}-grades.csv"
        return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                        headers={"content-disposition": f"attachment; filename*=UTF-8''{quote(filename)}"})

    def responses_json(self, request: Request):
        quiz, error = self._teacher_quiz(request)
        if error:
            return error
        rows, stats = self._class_view(quiz)
        data = {
            "schema": "quizgen.responses/1",
            "quiz": {"code": quiz["code"], "title": quiz["title"], "settings": quiz["settings"],
                     "questions": quiz["questions"]},
            "items": [{k: v for k, v in s.items() if k != "question"} for s in stats],
            "attempts": [{
                "id": r["attempt"]["id"], "name": r["attempt"]["name"], "attempt": r["number"], "status": r["status"],
                "started": _iso(r["attempt"]["started_at"]), "submitted": _iso(r["attempt"]["submitted_at"]),
                "extra_minutes": round((r["attempt"].get("extra_seconds") or 0) / 60, 1),
                "score": r["graded"]["score"], "max_score": r["graded"]["max_score"],
                "question_order": [p.id for p in layout(quiz["questions"], r["attempt"]["seed"])],
                "responses": {qid: {"response": r["responses"].get(qid), "credit": res.credit, "score": res.score}
                              for qid, res in r["graded"]["results"].items()},
            } for r in rows],
        }
        filename = f"quizgen-{quiz['code']}-responses.json"
        return Response(json.dumps(data, ensure_ascii=False, indent=1), media_type="application/json",
                        headers={"content-disposition": f"attachment; filename*=UTF-8''{quote(filename)}"})


_REFUSALS = {
    "submitted": "You have already submitted this quiz.",
    "closed": "The quiz is closed: answers are no longer accepted.",
    "time": "Time is up: answers are no longer accepted.",
    "missing": "This attempt does not exist.",
}


def _attempts_allowed(quiz: dict) -> int:
    """Attempts per student (``--attempts``); one for quizzes stored before the setting existed."""
    return int(quiz["settings"].get("attempts") or 1)


def _attempts_text(n: int) -> str:
    return "1 attempt" if n == 1 else f"{n} attempts"


def _number_attempts(attempts: list[dict]) -> dict[int, int]:
    """Attempt id -> its number among the attempts of the same student (1, 2, ... by start)."""
    seen: dict[str, int] = {}
    numbers = {}
    for a in sorted(attempts, key=lambda a: a["id"]):
        key = a.get("name_key") or name_key(a["name"])
        seen[key] = seen.get(key, 0) + 1
        numbers[a["id"]] = seen[key]
    return numbers


def _extra_time_refusal(reason: str, attempt: dict) -> str:
    """Why "Give extra time" cannot help this attempt, in the teacher's words."""
    name = attempt["name"]
    return {
        "no-limit": "This quiz has no time limit.",
        "submitted": f"{name} submitted their answers; extra time does not reopen a submitted attempt.",
        "closed": "The quiz is closed. Open it again first (Results page, “Open the quiz”), then give "
                  f"{name} extra time: that reopens their attempt.",
    }.get(reason, "No such student attempt.")


class _RequestView:
    """What templates may read of the request (no cookies or headers)."""

    def __init__(self, request: Request):
        self.path = request.url.path
        self.base_url = str(request.base_url)


def _attempt_cookie(quiz: dict) -> str:
    return f"qg_attempt_{quiz['code']}"


def _format_time(ts: float | None) -> str:
    if ts is None:
        return ""
    return datetime.fromtimestamp(ts).strftime("%H:%M:%S")


def _qr_svg(url: str) -> Markup:
    """The student address as an inline SVG QR code, for the teacher to project."""
    import qrcode
    import qrcode.image.svg

    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, border=2)
    svg = image.to_string(encoding="unicode")
    svg = re.sub(r'^<svg width="[^"]*" height="[^"]*"', '<svg class="qr" role="img" aria-label="QR code of the student address"', svg)
    return Markup(svg)  # generated by qrcode from our own URL, not user input


def _num(value: float | None) -> str:
    """9.0 -> '9', 5.6667 -> '5.67': scores as a teacher writes them."""
    if value is None:
        return ""
    return f"{round(float(value), 2):g}"


def _iso(ts: float | None) -> str:
    if ts is None:
        return ""
    return datetime.fromtimestamp(ts, timezone.utc).isoformat(timespec="seconds")


def _csv_safe(value: str) -> str:
    """Keep spreadsheets from running a student's name as a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _response_text(response: Any) -> str:
    if response is None:
        return ""
    if isinstance(response, list):
        return " → ".join(str(r) for r in response)
    if isinstance(response, dict):
        return "; ".join(f"{k} → {v}" for k, v in response.items())
    return str(response)


def _key_text(question: dict) -> str:
    answer = question.get("answer") or {}
    if question["type"] == "true_false":
        return "True" if answer.get("value") else "False"
    return str(answer.get("text") or "")


_FAVICON: bytes | None = None


def _favicon_ico() -> bytes:
    """A 32 x 32 icon (a white "Q" on the header blue), drawn here so that no binary file is kept
    in the templates: browsers ask for /favicon.ico on every page and logged a 404 each time."""
    global _FAVICON
    if _FAVICON is None:
        import struct
        import zlib

        size, blue, white = 32, (0x1F, 0x4E, 0x79, 255), (255, 255, 255, 255)
        rows = []
        for y in range(size):
            row = bytearray(b"\0")  # PNG filter type: none
            for x in range(size):
                dx, dy = x - 15.5, y - 14.5
                ring = 7.5 <= (dx * dx + dy * dy) ** 0.5 <= 11
                tail = 3 <= dx <= 12 and abs(dy - dx - 1) <= 2 and dy > 2
                row += bytes(white if ring or tail else blue)
            rows.append(bytes(row))

        def chunk(kind: bytes, data: bytes) -> bytes:
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

        png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
               + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))
        header = struct.pack("<HHH", 0, 1, 1)
        entry = struct.pack("<BBBBHHII", size, size, 0, 0, 1, 32, len(png), 6 + 16)
        _FAVICON = header + entry + png
    return _FAVICON


def create_app(config: ServeConfig, store: Store | None = None) -> Starlette:
    server = QuizServer(config, store)
    routes = [
        Route("/", server.index),
        Route("/healthz", server.health),
        Route("/favicon.ico", server.favicon),
        Route("/static/{name}", server.static),
        Route("/j/{code}", server.join_page),
        Route("/join", server.with_form(server.join), methods=["POST"]),
        Route("/quiz/{code}", server.quiz_page),
        Route("/quiz/{code}/answer", server.with_form(server.save_answer), methods=["POST"]),
        Route("/quiz/{code}/submit", server.with_form(server.submit), methods=["POST"]),
        Route("/quiz/{code}/result", server.result),
        Route("/quiz/{code}/leave", server.with_form(server.leave), methods=["POST"]),
        Route("/teacher", server.teacher_index),
        Route("/teacher/{code}", server.teacher_quiz),
        Route("/teacher/{code}/attempt/{attempt_id}", server.teacher_attempt),
        Route("/teacher/{code}/grades.csv", server.grades_csv),
        Route("/teacher/{code}/responses.json", server.responses_json),
        Route("/teacher/{code}/{action}", server.with_form(server.teacher_action), methods=["POST"]),
    ]
    app = Starlette(routes=routes)
    app.state.server = server
    app.add_middleware(LimitsAndHeaders)
    return app


def app_from_env() -> Starlette:
    """The uvicorn factory used by ``quizgen serve`` (each worker process calls it)."""
    return create_app(ServeConfig.from_env(os.environ["QUIZGEN_SERVE_CONFIG"]))
