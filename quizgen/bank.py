"""The question bank: the versioned JSON interchange format every later stage reads.

A bank is plain JSON (``quizgen.bank/1``) described by the JSON Schema in
``quizgen/schema/bank.schema.json`` (``quizgen schema`` prints it). Every reader validates a bank
on load and reports each problem as ``path inside the JSON: reason``, so a bank edited by hand
can be fixed and used as edited.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from quizgen import __version__
from quizgen.errors import BankError

SCHEMA_ID = "quizgen.bank/1"
BANK_SUFFIX = ".bank.json"


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The published JSON Schema of banks."""
    text = resources.files("quizgen").joinpath("schema/bank.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


def _json_path(parts) -> str:
    path = "$"
    for p in parts:
        path += f"[{p}]" if isinstance(p, int) else f".{p}"
    return path


def validate(bank: Any) -> list[str]:
    """Every problem with a bank as ``$.path: reason``; an empty list means it is valid."""
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(schema())
    problems = [f"{_json_path(e.absolute_path)}: {e.message}"
                for e in sorted(validator.iter_errors(bank), key=lambda e: list(map(str, e.absolute_path)))]
    if problems or not isinstance(bank, dict):
        return problems
    # What a schema cannot say: references and answers that agree with their question.
    doc_ids = {d["id"] for d in bank["documents"]}
    seen: set[str] = set()
    for i, q in enumerate(bank["questions"]):
        where = f"$.questions[{i}]"
        if q["id"] in seen:
            problems.append(f"{where}.id: duplicate id {q['id']!r}")
        seen.add(q["id"])
        if q["source"]["document"] not in doc_ids:
            problems.append(f"{where}.source.document: {q['source']['document']!r} is not a document of this bank")
        if q["type"] == "multiple_choice" and q["answer"]["text"] not in q["choices"]:
            problems.append(f"{where}.answer.text: {q['answer']['text']!r} is not one of the choices")
        if q["type"] == "ordering" and sorted(q["answer"]["value"]) != sorted(q["items"]):
            problems.append(f"{where}.answer.value: must list the same items as $.items, in the right order")
        if q["type"] == "cloze" and "___" not in q["prompt"]:
            problems.append(f"{where}.prompt: a cloze prompt needs a blank (a run of underscores)")
    return problems


def check(bank: Any, origin: str | Path = "<bank>") -> dict[str, Any]:
    problems = validate(bank)
    if problems:
        raise BankError(origin, problems)
    return bank


def load_bank(path: str | Path) -> dict[str, Any]:
    """Read and validate a bank file (or a directory of part files written by a corpus run)."""
    p = Path(path)
    if p.is_dir():
        from quizgen import corpus

        return check(corpus.read_bank_dir(p), p)
    if p.suffix.lower() in (".jsonl", ".ndjson") and p.is_file():  # one part file of a corpus run
        from quizgen import corpus

        return check(corpus.read_part_file(p), p)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BankError(p, ["no such file"]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BankError(p, [f"cannot read: {exc}"]) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BankError(p, [f"not JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"]) from None
    return check(data, p)


def dumps(bank: dict[str, Any], pretty: bool = True) -> str:
    if pretty:
        return json.dumps(bank, ensure_ascii=False, indent=2) + "\n"
    return json.dumps(bank, ensure_ascii=False, separators=(",", ":")) + "\n"


def save_bank(bank: dict[str, Any], path: str | Path, pretty: bool = True) -> Path:
    p = Path(path)
    tmp = p.with_name(p.name + ".tmp")
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(dumps(bank, pretty), encoding="utf-8")
        tmp.replace(p)  # never leave a half-written bank behind
    except OSError as exc:  # name the bank, not its temporary file
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        raise OSError(exc.errno, exc.strerror, str(p)) from None
    return p


def new_bank(documents: list[dict[str, Any]], questions: list[dict[str, Any]],
             seed: int = 0, options: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "schema": SCHEMA_ID,
        "generator": {"name": "quizgen", "version": __version__, "seed": seed, "options": options or {}},
        "documents": documents,
        "questions": questions,
    }


def merge(banks: list[dict[str, Any]]) -> dict[str, Any]:
    """One bank from several (documents and questions in order; the first bank's generator)."""
    if not banks:
        return new_bank([], [])
    out = new_bank([], [], banks[0].get("generator", {}).get("seed", 0), banks[0].get("generator", {}).get("options"))
    for b in banks:
        out["documents"].extend(b["documents"])
        out["questions"].extend(b["questions"])
    return out


def is_bank_path(path: str | Path) -> bool:
    p = Path(path)
    if p.is_dir():
        return (p / "manifest.json").is_file()
    return p.suffix.lower() == ".json"  # a .jsonl file holds articles, one per line


def open_inputs(inputs: list[str], options=None) -> tuple[dict[str, Any], list]:
    """What every command takes: bank files, corpus directories, or articles (extracted on the way).

    Returns one bank and the list of input errors (files that could not be read); the caller
    reports them and exits non-zero, after doing what it can with the rest.
    """
    from quizgen.pipeline import Options, build_bank_from_articles

    bank_inputs = [i for i in inputs if is_bank_path(i)]
    article_inputs = [i for i in inputs if i not in bank_inputs]
    banks, failures = [], []
    for path in bank_inputs:
        try:
            banks.append(load_bank(path))
        except BankError as exc:  # reported like an unreadable article; the other inputs go through
            failures.append(exc)
    if article_inputs:
        built, article_failures = build_bank_from_articles(article_inputs, options or Options())
        failures.extend(article_failures)
        banks.append(built)
    return merge(banks), failures
