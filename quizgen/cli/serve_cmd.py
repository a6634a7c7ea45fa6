"""``quizgen serve``: run a class quiz in the browser and collect the results."""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

import click

from quizgen.cli.common import echo_failures, quality_options
from quizgen.render import WorksheetOptions

LEGACY_DB = Path("output") / "quizgen-serve.sqlite"   # the default of quizgen 0.1, relative to the folder


def data_dir() -> Path:
    """The per-user data folder: the same wherever ``quizgen serve`` is started, so a restart from
    another folder finds the same quizzes, results and teacher key."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = str(Path.home() / "Library" / "Application Support")
    else:
        base = os.environ.get("XDG_DATA_HOME", "")
        if not os.path.isabs(base):  # the XDG spec: a relative value is ignored
            base = str(Path.home() / ".local" / "share")
    return Path(base) / "quizgen"


def default_db() -> Path:
    return data_dir() / "serve.sqlite"


DEFAULT_COUNT = WorksheetOptions.count  # the worksheet's default, so both give the same questions


def lan_address() -> str | None:
    """This machine's address on the local network (no packet is sent), or None."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        sock.connect(("10.255.255.255", 1))
        address = sock.getsockname()[0]
        return None if address.startswith("127.") else address
    except OSError:
        return None
    finally:
        sock.close()


def database_url(db: str | None) -> str:
    """``--db`` as a SQLAlchemy URL: a URL is kept, a plain path becomes a SQLite file; without
    ``--db``, the SQLite file in the per-user data folder (:func:`default_db`)."""
    if db and "://" in db:
        return db
    path = Path(db) if db else default_db()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path.resolve()}"


def shown_database(url: str) -> str:
    """The database as the start-up message names it: a SQLite file by its path, a server URL
    without its password."""
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///"):]
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url.split("@")[-1]


def quiz_title(bank: dict, source: str) -> str:
    titles = [d.get("title") for d in bank.get("documents", []) if d.get("title")]
    if len(titles) == 1:
        return titles[0]
    if titles:
        more = f" and {len(titles) - 3} more" if len(titles) > 3 else ""
        return ", ".join(titles[:3]) + more
    return Path(source.rstrip("/")).name.split(".")[0] or "Quiz"


def print_qr(url: str) -> None:
    import qrcode

    qr = qrcode.QRCode(border=1, error_correction=qrcode.constants.ERROR_CORRECT_L)
    qr.add_data(url)
    qr.make(fit=True)
    qr.print_ascii(out=sys.stdout, invert=True)


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 lets phones on the school network join.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--db", default=None, metavar="URL",
              help="SQLAlchemy URL or SQLite file (default: serve.sqlite in the per-user data folder, "
                   "printed at start-up); e.g. postgresql+psycopg://user@host/db")
@click.option("--count", type=click.IntRange(min=1), default=None,
              help=f"Ask N questions of each bank, chosen as `quizgen worksheet` chooses them (the best-ranked, "
                   f"none giving another's answer away); default {DEFAULT_COUNT}, every question with --all.")
@quality_options
@click.option("--attempts", type=click.IntRange(min=1), default=1, show_default=True,
              help="Attempts per student (by name); the teacher can delete or merge an attempt.")
@click.option("--time-limit", type=click.FloatRange(min=0, min_open=True), default=None, metavar="MIN",
              help="Minutes each student has from joining; enforced by the server.")
@click.option("--review", type=click.Choice(["after-submit", "after-close", "never"]), default="after-submit",
              show_default=True, help="When students see the correct answers and source sentences.")
@click.option("--title", default=None, help="Quiz title (default: the article titles).")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Server processes (2 on a 2-core machine handles a large class).")
@click.option("--templates", type=click.Path(file_okay=False), default=None,
              help="Folder whose serve/*.html override the built-in templates.")
def serve(inputs, host, port, db, count, min_quality, take_all, attempts, time_limit, review, title, workers, templates):
    """Serve a quiz from each of INPUTS (bank files, or article files/folders) to a class.

    Every input becomes one quiz with its own class code. Students open the printed address
    (or scan the QR code), type the code and their name, and answer; the teacher follows the
    results on the teacher page. Quizzes, attempts and answers are kept in the database, so a
    restart loses nothing; serving the same bank again gives the same quiz and class code.

    \b
    quizgen serve output/shusha.bank.json
    quizgen serve seeds/ --host 0.0.0.0 --count 30 --time-limit 15 --workers 2
    quizgen serve a.bank.json b.bank.json --review after-close --db postgresql+psycopg://quiz@db/quiz
    """
    import uvicorn

    from quizgen.pipeline import open_inputs
    from quizgen.errors import QuizgenError
    from quizgen.serve.app import ServeConfig, create_app
    from quizgen.render import select_questions
    from quizgen.serve.store import Store
    from quizgen.templating import environment

    environment(templates)  # fail early on a missing --templates folder
    db_note = "--db"
    if db is None:
        db_note = "the default; --db to use another"
        if LEGACY_DB.is_file() and not default_db().exists():
            # Results of an earlier version that kept the database in the current folder: keep
            # using them rather than start an empty database with a new teacher key.
            db = str(LEGACY_DB)
            db_note = (f"found in this folder, where quizgen 0.1 kept it; move it to {default_db()} "
                       "or pass --db")
    url = database_url(db)
    from quizgen.optional import missing_extra

    try:
        store = Store(url)
        store.migrate()
    except Exception as exc:  # a wrong URL or an unreachable server is the user's to fix
        if missing_extra(exc):  # the database driver, e.g. psycopg for postgresql+psycopg://
            raise missing_extra(exc) from None
        raise QuizgenError(f"database {url.split('@')[-1]}: {exc.__class__.__name__}: {str(exc).splitlines()[0]}")

    failed = False
    quizzes = []
    for source in inputs:
        try:
            bank, failures = open_inputs([source])
        except QuizgenError as exc:
            click.echo(f"quizgen: error: {exc}", err=True)
            failed = True
            continue
        if failures:
            echo_failures(failures)
            failed = True
        if not bank.get("questions"):
            click.echo(f"quizgen: error: {source}: no questions to ask", err=True)
            failed = True
            continue
        # The worksheet's selection, with its default count and seed: the same questions as the
        # printed sheet, and no page that shows the cloze, the multiple-choice and the true/false
        # versions of one fact side by side. --all takes the bank as it is, as for worksheets.
        wanted = count or (None if take_all else DEFAULT_COUNT)
        chosen = [dict(q) for q in select_questions(bank, WorksheetOptions(
            count=wanted, min_quality=None if take_all else min_quality))]
        if count and len(chosen) < count:
            click.echo(f"quizgen: {source}: {len(chosen)} questions (asked for {count}: the others are ranked "
                       "below --min-quality or would give another question's answer away; --all takes every "
                       "question)", err=True)
        name = title if title and len(inputs) == 1 else (f"{title} – {quiz_title(bank, source)}" if title
                                                        else quiz_title(bank, source))
        settings = {
            "time_limit": time_limit, "review": review, "attempts": attempts, "count": wanted,
            "min_quality": None if take_all else min_quality,
            "source": source,
            "documents": [{"id": d.get("id"), "title": d.get("title"), "attribution": d.get("attribution")}
                          for d in bank.get("documents", [])],
        }
        quizzes.append(store.ensure_quiz(chosen, name[:300], settings))
    if not quizzes:
        raise QuizgenError("nothing to serve")

    shown_host = host
    if host in ("0.0.0.0", "::", ""):
        shown_host = lan_address() or socket.gethostname()
    base = f"http://{shown_host}:{port}"
    config = ServeConfig(db_url=url, quiz_ids=[q["id"] for q in quizzes], public_url=base,
                         templates=str(Path(templates).resolve()) if templates else None)
    app = create_app(config, store)  # builds the secrets once, before the workers start
    teacher_key = app.state.server.teacher_key
    store.dispose()

    click.echo("")
    for quiz in quizzes:
        student_url = f"{base}/j/{quiz['code']}"
        click.echo(click.style(f"  {quiz['title']}", bold=True) + f"  ({len(quiz['questions'])} questions)")
        click.echo(f"  Class code:   {click.style(quiz['code'], bold=True)}")
        click.echo(f"  Students go to {student_url}")
        if host in ("0.0.0.0", "::"):
            click.echo(f"    (or http://127.0.0.1:{port}/j/{quiz['code']} on this computer)")
        print_qr(student_url)
    click.echo(f"  Teacher page (keep it private): {base}/teacher?key={teacher_key}")
    click.echo(f"  Database: {shown_database(url)} ({db_note})")
    click.echo("  Press Ctrl+C to stop; the results stay in the database.\n")
    sys.stdout.flush()

    os.environ["QUIZGEN_SERVE_CONFIG"] = config.to_env()
    uvicorn.run("quizgen.serve.app:app_from_env", factory=True, host=host, port=port, workers=workers,
                log_level="warning", access_log=False, proxy_headers=False, server_header=False,
                timeout_graceful_shutdown=5)
    if failed:
        sys.exit(1)
