"""Where the class server keeps quizzes, attempts and answers: SQLAlchemy Core over SQLite or
PostgreSQL (any SQLAlchemy URL works as far as the SQL below is portable).

Design notes:

* The schema is versioned in ``quizgen_migrations``: each migration runs once, in order, inside
  one transaction, so upgrading quizgen never drops old results. ``quizgen serve`` migrates once
  before starting its workers.
* SQLite runs in WAL mode with ``busy_timeout`` and *driver autocommit*: every write below is one
  statement, so a writer takes the database lock only for the microseconds its statement runs,
  and two server processes never deadlock on a read lock upgraded to a write lock.
* Saving an answer is a single conditional upsert (``INSERT ... SELECT ... WHERE <attempt still
  open> ON CONFLICT DO UPDATE``): the check that the quiz is open, the time limit and the
  attempt not submitted happen in the same statement as the write.
* Attempt tokens are stored as SHA-256 hashes; the token itself lives only in the student's cookie.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import threading
import time
import unicodedata
from contextlib import contextmanager
from typing import Any, Callable, Iterable

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    BigInteger,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    exists,
    func,
    inspect,
    literal,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: read aloud and typed on phones
CODE_LENGTH = 6

def _define(md: MetaData, version: int) -> dict[str, Table]:
    """The tables as they are at schema ``version`` (migration 1 creates version 1 exactly)."""
    extra = []
    if version >= 2:
        extra = [Column("extra_seconds", Integer, nullable=False, server_default="0"),
                 Column("finished_by", String(16), nullable=True)]  # student | time | close
    if version >= 3:
        extra.append(Column("name_key", String(200), nullable=True))  # the name as attempts are counted
    return {
        "meta": Table(
            "quizgen_meta", md,
            Column("key", String(64), primary_key=True),
            Column("value", Text, nullable=False),
        ),
        "quizzes": Table(
            "quizzes", md,
            Column("id", String(64), primary_key=True),  # sha256 of the questions: same bank -> same quiz
            Column("code", String(16), nullable=False, unique=True),
            Column("title", String(300), nullable=False),
            Column("questions_json", Text, nullable=False),
            Column("settings_json", Text, nullable=False),
            Column("is_open", Boolean, nullable=False),
            Column("created_at", Float, nullable=False),
            Column("updated_at", Float, nullable=False),
        ),
        "attempts": Table(
            "attempts", md,
            Column("id", Integer, primary_key=True, autoincrement=True),
            Column("token_hash", String(64), nullable=False, unique=True),
            Column("quiz_id", String(64), ForeignKey("quizzes.id"), nullable=False, index=True),
            Column("name", String(200), nullable=False),
            Column("seed", BigInteger, nullable=False),
            Column("started_at", Float, nullable=False),
            Column("deadline", Float, nullable=True),
            Column("submitted_at", Float, nullable=True),
            Column("score", Float, nullable=True),
            Column("max_score", Float, nullable=True),
            *extra,
        ),
        "answers": Table(
            "answers", md,
            Column("attempt_id", Integer, ForeignKey("attempts.id"), primary_key=True),
            Column("question_id", String(200), primary_key=True),
            Column("response_json", Text, nullable=False),
            Column("saved_at", Float, nullable=False),
        ),
    }


metadata = MetaData()
migrations_table = Table(
    "quizgen_migrations", metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("name", String(200), nullable=False),
    Column("applied_at", Float, nullable=False),
)
_current = _define(metadata, 3)
meta_table, quizzes, attempts, answers = (_current[k] for k in ("meta", "quizzes", "attempts", "answers"))


# ---------------------------------------------------------------- migrations

def _m1_initial(conn: Connection) -> None:
    """Version 1: quizzes, attempts, answers and the meta table."""
    local = MetaData()
    _define(local, 1)
    local.create_all(conn)


def _m2_extra_time(conn: Connection) -> None:
    """Version 2: per-student extra time and how an attempt was finished (for accommodations)."""
    conn.execute(text("ALTER TABLE attempts ADD COLUMN extra_seconds INTEGER NOT NULL DEFAULT 0"))
    conn.execute(text("ALTER TABLE attempts ADD COLUMN finished_by VARCHAR(16)"))


def _m3_name_key(conn: Connection) -> None:
    """Version 3: the name under which attempts are counted (one student, one attempt)."""
    conn.execute(text("ALTER TABLE attempts ADD COLUMN name_key VARCHAR(200)"))
    conn.execute(text("CREATE INDEX ix_attempts_quiz_name_key ON attempts (quiz_id, name_key)"))
    rows = conn.execute(text("SELECT id, name FROM attempts")).all()
    for attempt_id, name in rows:
        conn.execute(text("UPDATE attempts SET name_key = :k WHERE id = :i"), {"k": name_key(name), "i": attempt_id})


MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "initial tables", _m1_initial),
    (2, "extra time and finished_by on attempts", _m2_extra_time),
    (3, "name_key on attempts, to count each student's attempts", _m3_name_key),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]


class StoreError(Exception):
    pass


class ExtraTimeRefused(StoreError):
    """Why extra time cannot reopen an attempt: ``no-limit``, ``submitted``, ``closed`` or ``missing``."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class AttemptLimit(StoreError):
    """A student has used every attempt allowed. ``in_progress`` when one of them is still running
    (someone of that name is answering in another browser)."""

    def __init__(self, used: int, in_progress: bool):
        super().__init__(f"{used} attempts used")
        self.used = used
        self.in_progress = in_progress


def name_key(name: str) -> str:
    """The name as attempts are counted: case and spacing do not make another student
    ("Ann  Lee" = "ann lee"); accents and scripts do (Zoë is not Zoe)."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())[:200]


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


@contextmanager
def _no_lock():
    yield


def make_engine(url: str) -> Engine:
    """An engine set up for a web server: WAL + autocommit for SQLite, a bounded pool for servers."""
    if url.startswith("sqlite"):
        engine = create_engine(url, isolation_level="AUTOCOMMIT", connect_args={"timeout": 15})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):  # pragma: no cover - exercised by every sqlite test
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA busy_timeout=15000")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        return engine
    # No pre-ping (it doubles the round trips of every checkout); recycle idle connections instead.
    # 20 connections per worker process stays under PostgreSQL's default of 100 with 4 workers.
    return create_engine(url, pool_recycle=1800, pool_size=8, max_overflow=12, pool_timeout=30)


class Store:
    """All reads and writes of the class server. Methods take and return plain dicts."""

    def __init__(self, url: str):
        self.url = url
        self.engine = make_engine(url)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        self._write_lock = threading.Lock() if self.is_sqlite else None

    @contextmanager
    def _write(self):
        """A connection for a write. With SQLite, one writer per process at a time: the others
        wait on a cheap in-process lock instead of SQLite's sleeping busy handler."""
        if self._write_lock is None:
            with self.engine.begin() as conn:
                yield conn
            return
        with self._write_lock, self.engine.begin() as conn:
            yield conn

    def dispose(self) -> None:
        self.engine.dispose()

    # ------------------------------------------------------------ schema

    def _transaction(self):
        """A real transaction on both back ends (SQLite's engine is in autocommit mode)."""
        store = self

        class _Tx:
            def __enter__(self):
                self.conn = store.engine.connect()
                if store.is_sqlite:
                    self.conn.exec_driver_sql("BEGIN IMMEDIATE")
                else:
                    self.trans = self.conn.begin()
                return self.conn

            def __exit__(self, exc_type, exc, tb):
                try:
                    if store.is_sqlite:
                        self.conn.exec_driver_sql("ROLLBACK" if exc_type else "COMMIT")
                    elif exc_type:
                        self.trans.rollback()
                    else:
                        self.trans.commit()
                finally:
                    self.conn.close()
                return False

        return _Tx()

    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            if not inspect(conn).has_table("quizgen_migrations"):
                return 0
            return conn.execute(select(func.max(migrations_table.c.version))).scalar() or 0

    def migrate(self, target: int | None = None) -> list[int]:
        """Apply the migrations not applied yet (up to ``target``); returns the versions applied."""
        target = SCHEMA_VERSION if target is None else target
        applied = []
        with self._transaction() as conn:
            if not self.is_sqlite:
                # Two servers starting at once against one PostgreSQL: one migrates, the other waits.
                conn.execute(text("SELECT pg_advisory_xact_lock(7452019)"))
            migrations_table.create(conn, checkfirst=True)
            done = {row[0] for row in conn.execute(select(migrations_table.c.version))}
            for version, name, step in MIGRATIONS:
                if version in done or version > target:
                    continue
                step(conn)
                conn.execute(migrations_table.insert().values(version=version, name=name, applied_at=time.time()))
                applied.append(version)
        if self.schema_version() > SCHEMA_VERSION:
            raise StoreError(f"the database schema (version {self.schema_version()}) is newer than this quizgen "
                             f"(version {SCHEMA_VERSION}); upgrade quizgen")
        return applied

    # ------------------------------------------------------------ meta (server secrets)

    def meta(self, key: str, default: Callable[[], str]) -> str:
        """The stored value of ``key``; stores ``default()`` first when there is none (race-safe)."""
        with self._write() as conn:
            value = conn.execute(select(meta_table.c.value).where(meta_table.c.key == key)).scalar()
        if value is not None:
            return value
        try:
            with self._write() as conn:
                conn.execute(meta_table.insert().values(key=key, value=default()))
        except IntegrityError:  # another process stored it first
            pass
        with self._write() as conn:
            return conn.execute(select(meta_table.c.value).where(meta_table.c.key == key)).scalar_one()

    # ------------------------------------------------------------ quizzes

    @staticmethod
    def quiz_key(questions: list[dict[str, Any]]) -> str:
        canonical = json.dumps(questions, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    def ensure_quiz(self, questions: list[dict[str, Any]], title: str, settings: dict[str, Any]) -> dict[str, Any]:
        """The quiz for these questions: created with a fresh class code, or found again after a
        restart (same questions -> same quiz, code and results); title and settings are updated."""
        quiz_id = self.quiz_key(questions)
        now = time.time()
        existing = self.get_quiz(quiz_id)
        if existing:
            with self._write() as conn:
                conn.execute(update(quizzes).where(quizzes.c.id == quiz_id).values(
                    title=title, settings_json=json.dumps(settings), updated_at=now))
            return self.get_quiz(quiz_id)
        for _ in range(20):
            try:
                with self._write() as conn:
                    conn.execute(quizzes.insert().values(
                        id=quiz_id, code=new_code(), title=title,
                        questions_json=json.dumps(questions, ensure_ascii=False),
                        settings_json=json.dumps(settings), is_open=True, created_at=now, updated_at=now))
                break
            except IntegrityError:
                if self.get_quiz(quiz_id):  # created concurrently
                    break
        return self.get_quiz(quiz_id)

    @staticmethod
    def _quiz_row(row) -> dict[str, Any]:
        d = dict(row._mapping)
        if "questions_json" in d:
            d["questions"] = json.loads(d.pop("questions_json"))
        d["settings"] = json.loads(d.pop("settings_json"))
        d["is_open"] = bool(d["is_open"])
        return d

    _LIGHT = [quizzes.c.id, quizzes.c.code, quizzes.c.title, quizzes.c.settings_json, quizzes.c.is_open,
              quizzes.c.created_at, quizzes.c.updated_at]

    def get_quiz(self, quiz_id: str, with_questions: bool = True) -> dict[str, Any] | None:
        columns = [quizzes] if with_questions else self._LIGHT
        with self.engine.connect() as conn:
            row = conn.execute(select(*columns).where(quizzes.c.id == quiz_id)).first()
        return self._quiz_row(row) if row else None

    def quiz_by_code(self, code: str, with_questions: bool = True) -> dict[str, Any] | None:
        """The quiz with this class code; without its questions (the hot path caches those: a
        quiz's questions never change, its title, settings and open state may)."""
        columns = [quizzes] if with_questions else self._LIGHT
        with self.engine.connect() as conn:
            row = conn.execute(select(*columns).where(quizzes.c.code == code.strip().upper())).first()
        return self._quiz_row(row) if row else None

    def list_quizzes(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(quizzes).order_by(quizzes.c.created_at)).all()
        return [self._quiz_row(r) for r in rows]

    def set_open(self, quiz_id: str, is_open: bool, grader: Callable | None = None) -> None:
        """Open or close a quiz. Closing finishes every attempt still in progress (as Moodle does),
        with the answers saved so far."""
        now = time.time()
        with self._write() as conn:
            conn.execute(update(quizzes).where(quizzes.c.id == quiz_id).values(is_open=is_open, updated_at=now))
            if not is_open:
                conn.execute(update(attempts).where(attempts.c.quiz_id == quiz_id, attempts.c.submitted_at.is_(None))
                             .values(submitted_at=now, finished_by="close"))
        if grader is not None:
            self.score_unscored(quiz_id, grader)

    # ------------------------------------------------------------ attempts

    def create_attempt(self, quiz_id: str, name: str, time_limit_s: float | None,
                       max_attempts: int | None = None) -> tuple[dict[str, Any], str]:
        """A new attempt and its token. With ``max_attempts``, raises :class:`AttemptLimit` when
        this name (see :func:`name_key`) has that many attempts at the quiz already; the count and
        the insert are one transaction, so two browsers joining at once cannot both get in."""
        token = secrets.token_urlsafe(32)
        now = time.time()
        seed = secrets.randbits(62)
        key = name_key(name)
        with self._write_lock or _no_lock(), self._transaction() as conn:
            if max_attempts is not None:
                if not self.is_sqlite:  # SQLite's BEGIN IMMEDIATE already serialises writers
                    conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(:k))"), {"k": f"{quiz_id}:{key}"})
                earlier = conn.execute(select(attempts.c.submitted_at).where(
                    attempts.c.quiz_id == quiz_id, attempts.c.name_key == key)).scalars().all()
                if len(earlier) >= max_attempts:
                    raise AttemptLimit(len(earlier), any(t is None for t in earlier))
            result = conn.execute(attempts.insert().values(
                token_hash=hash_token(token), quiz_id=quiz_id, name=name, name_key=key, seed=seed, started_at=now,
                deadline=(now + time_limit_s) if time_limit_s else None, extra_seconds=0))
            attempt_id = result.inserted_primary_key[0]
        return self.get_attempt(attempt_id), token

    def delete_attempt(self, attempt_id: int) -> bool:
        """Remove an attempt and its answers (the student may then join again)."""
        with self._write() as conn:
            conn.execute(answers.delete().where(answers.c.attempt_id == attempt_id))
            return conn.execute(attempts.delete().where(attempts.c.id == attempt_id)).rowcount > 0

    def merge_attempts(self, source_id: int, target_id: int, grader: Callable | None = None) -> dict[str, Any]:
        """Fold attempt ``source_id`` into ``target_id`` (the same student twice): the target keeps
        its answers and gains the source's answers to the questions it left blank; the source is
        removed. A finished target is scored again."""
        with self._write_lock or _no_lock(), self._transaction() as conn:
            rows = conn.execute(select(attempts.c.id, attempts.c.quiz_id).where(
                attempts.c.id.in_([source_id, target_id]))).all()
            if source_id == target_id or len(rows) != 2 or rows[0][1] != rows[1][1]:
                raise StoreError("two different attempts of one quiz are needed")
            have = set(conn.execute(select(answers.c.question_id).where(answers.c.attempt_id == target_id)).scalars())
            for qid, response, saved_at in conn.execute(select(
                    answers.c.question_id, answers.c.response_json, answers.c.saved_at)
                    .where(answers.c.attempt_id == source_id)).all():
                if qid not in have:
                    conn.execute(answers.insert().values(attempt_id=target_id, question_id=qid,
                                                         response_json=response, saved_at=saved_at))
            conn.execute(answers.delete().where(answers.c.attempt_id == source_id))
            conn.execute(attempts.delete().where(attempts.c.id == source_id))
            conn.execute(update(attempts).where(attempts.c.id == target_id).values(score=None, max_score=None))
        if grader is not None:
            return self._score(target_id, grader)
        return self.get_attempt(target_id)

    def get_attempt(self, attempt_id: int) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(attempts).where(attempts.c.id == attempt_id)).first()
        return dict(row._mapping) if row else None

    def attempt_by_token(self, quiz_id: str, token: str | None) -> dict[str, Any] | None:
        if not token or len(token) > 100:
            return None
        with self.engine.connect() as conn:
            row = conn.execute(select(attempts).where(attempts.c.token_hash == hash_token(token),
                                                      attempts.c.quiz_id == quiz_id)).first()
        return dict(row._mapping) if row else None

    def list_attempts(self, quiz_id: str) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(attempts).where(attempts.c.quiz_id == quiz_id).order_by(attempts.c.id)).all()
        return [dict(r._mapping) for r in rows]

    def add_time(self, attempt_id: int, seconds: int) -> dict[str, Any]:
        """Give one student ``seconds`` more. An attempt still running gets them on top of its
        deadline; one that the clock or the closing of the quiz finished is reopened with
        ``seconds`` from now (the minutes the teacher gives are the minutes the student gets).
        Raises :class:`ExtraTimeRefused` when extra time cannot help: no time limit, answers
        submitted by the student, or the quiz closed. ``extra_seconds`` adds up what was given."""
        with self._transaction() as conn:
            row = conn.execute(
                select(attempts, quizzes.c.is_open).select_from(attempts.join(quizzes, attempts.c.quiz_id == quizzes.c.id))
                .where(attempts.c.id == attempt_id).with_for_update()).first()
            if row is None:
                raise ExtraTimeRefused("missing")
            attempt = dict(row._mapping)
            if attempt["deadline"] is None:
                raise ExtraTimeRefused("no-limit")
            if attempt["submitted_at"] is not None and attempt["finished_by"] in (None, "student"):
                raise ExtraTimeRefused("submitted")
            if not attempt["is_open"]:
                raise ExtraTimeRefused("closed")
            now = time.time()
            values: dict[str, Any] = {"deadline": max(attempt["deadline"], now) + seconds,
                                      "extra_seconds": attempt["extra_seconds"] + seconds}
            if attempt["submitted_at"] is not None:  # finished by the clock or by closing: reopen
                values.update(submitted_at=None, finished_by=None, score=None, max_score=None)
            conn.execute(update(attempts).where(attempts.c.id == attempt_id).values(**values))
        return self.get_attempt(attempt_id)

    # ------------------------------------------------------------ answers

    def _open_condition(self, attempt_id: int, now: float, grace: float):
        return exists(
            select(literal(1)).select_from(attempts.join(quizzes, attempts.c.quiz_id == quizzes.c.id)).where(
                attempts.c.id == attempt_id,
                attempts.c.submitted_at.is_(None),
                quizzes.c.is_open.is_(True),
                or_(attempts.c.deadline.is_(None), attempts.c.deadline + grace >= now),
            ))

    def save_answers(self, attempt_id: int, responses: dict[str, Any], grace: float = 5.0) -> bool:
        """Store answers, each in one conditional upsert; ``False`` when the attempt no longer takes
        answers (submitted, quiz closed, time up: ask :meth:`refusal` why)."""
        if not responses:
            return self.refusal(attempt_id, grace) is None
        if self.is_sqlite:
            from sqlalchemy.dialects.sqlite import insert as dialect_insert
        else:
            from sqlalchemy.dialects.postgresql import insert as dialect_insert
        now = time.time()
        saved = True
        with self._write() as conn:
            for question_id, response in responses.items():
                source = select(
                    literal(attempt_id, Integer), literal(str(question_id), String),
                    literal(json.dumps(response, ensure_ascii=False), Text), literal(now, Float),
                ).where(self._open_condition(attempt_id, now, grace))
                ins = dialect_insert(answers).from_select(
                    ["attempt_id", "question_id", "response_json", "saved_at"], source)
                stmt = ins.on_conflict_do_update(
                    index_elements=["attempt_id", "question_id"],
                    set_={"response_json": ins.excluded.response_json, "saved_at": ins.excluded.saved_at},
                ).returning(answers.c.question_id)  # rowcount of INSERT ... SELECT is -1 under psycopg
                if conn.execute(stmt).first() is None:
                    saved = False
                    break
        return saved

    def refusal(self, attempt_id: int, grace: float = 5.0) -> str | None:
        """Why an attempt takes no more answers: ``submitted``, ``closed``, ``time`` or ``None``."""
        attempt = self.get_attempt(attempt_id)
        if attempt is None:
            return "missing"
        if attempt["submitted_at"] is not None:
            return {"time": "time", "close": "closed"}.get(attempt["finished_by"] or "", "submitted")
        quiz = self.get_quiz(attempt["quiz_id"])
        if not quiz["is_open"]:
            return "closed"
        if attempt["deadline"] is not None and attempt["deadline"] + grace < time.time():
            return "time"
        return None

    def get_answers(self, attempt_id: int) -> dict[str, Any]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(answers.c.question_id, answers.c.response_json)
                                .where(answers.c.attempt_id == attempt_id)).all()
        return {qid: json.loads(resp) for qid, resp in rows}

    def answers_by_attempt(self, quiz_id: str) -> dict[int, dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(answers.c.attempt_id, answers.c.question_id, answers.c.response_json, answers.c.saved_at)
                .select_from(answers.join(attempts, answers.c.attempt_id == attempts.c.id))
                .where(attempts.c.quiz_id == quiz_id)).all()
        out: dict[int, dict[str, Any]] = {}
        for attempt_id, qid, resp, _saved in rows:
            out.setdefault(attempt_id, {})[qid] = json.loads(resp)
        return out

    def count_answers(self, quiz_id: str | None = None) -> int:
        stmt = select(func.count()).select_from(answers)
        if quiz_id:
            stmt = stmt.select_from(answers.join(attempts, answers.c.attempt_id == attempts.c.id)).where(
                attempts.c.quiz_id == quiz_id)
        with self.engine.connect() as conn:
            return conn.execute(stmt).scalar_one()

    # ------------------------------------------------------------ submission

    def submit(self, attempt_id: int, grader: Callable[[dict[str, Any]], tuple[float, float]],
               finished_by: str = "student") -> dict[str, Any]:
        """Finish an attempt once (a second submit changes nothing) and store its score."""
        now = time.time()
        with self._write() as conn:
            conn.execute(update(attempts).where(attempts.c.id == attempt_id, attempts.c.submitted_at.is_(None))
                         .values(submitted_at=now, finished_by=finished_by))
        return self._score(attempt_id, grader)

    def finish_expired(self, quiz_id: str, grace: float, grader: Callable) -> None:
        """Finish the attempts whose time is up (they keep the answers saved in time)."""
        now = time.time()
        with self._write() as conn:
            conn.execute(update(attempts).where(
                attempts.c.quiz_id == quiz_id, attempts.c.submitted_at.is_(None),
                attempts.c.deadline.is_not(None), attempts.c.deadline + grace < now,
            ).values(submitted_at=attempts.c.deadline, finished_by="time"))
        self.score_unscored(quiz_id, grader)

    def score_unscored(self, quiz_id: str, grader: Callable) -> None:
        with self.engine.connect() as conn:
            ids = conn.execute(select(attempts.c.id).where(
                attempts.c.quiz_id == quiz_id, attempts.c.submitted_at.is_not(None),
                attempts.c.score.is_(None))).scalars().all()
        for attempt_id in ids:
            self._score(attempt_id, grader)

    def _score(self, attempt_id: int, grader: Callable) -> dict[str, Any]:
        attempt = self.get_attempt(attempt_id)
        if attempt["score"] is None and attempt["submitted_at"] is not None:
            score, max_score = grader(attempt, self.get_answers(attempt_id))
            with self._write() as conn:
                conn.execute(update(attempts).where(attempts.c.id == attempt_id, attempts.c.score.is_(None))
                             .values(score=score, max_score=max_score))
            attempt = self.get_attempt(attempt_id)
        return attempt


def answer_rows(store: Store, quiz_ids: Iterable[str]) -> int:
    """Total answers stored for these quizzes (the load test counts lost answers with it)."""
    return sum(store.count_answers(q) for q in quiz_ids)
