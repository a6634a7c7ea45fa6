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
from collections.abc import Iterator
from typing import Any

from quizgen import __version__
from quizgen.errors import BankError

SCHEMA_ID = "quizgen.bank/1"
# A bank too big for one file is a directory written by a corpus run (quizgen.corpus):
# JSONL part files listed by a manifest.
CORPUS_FORMAT = "quizgen.corpus/1"
MANIFEST = "manifest.json"


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
        return check(read_bank_dir(p), p)
    if p.suffix.lower() in (".jsonl", ".ndjson") and p.is_file():  # one part file of a corpus run
        return check(read_part_file(p), p)
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
        return (p / MANIFEST).is_file()
    return p.suffix.lower() == ".json"  # a .jsonl file holds articles, one per line


# ---------------------------------------------------------------- a bank in part files

def read_manifest(path: str | Path) -> dict[str, Any]:
    p = Path(path) / MANIFEST
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BankError(path, [f"no {MANIFEST}: not a corpus directory written by quizgen extract"]) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BankError(p, [f"cannot read: {exc}"]) from None
    if not isinstance(data, dict) or data.get("format") != CORPUS_FORMAT:
        raise BankError(p, [f"format: expected {CORPUS_FORMAT!r}"])
    return data


def iter_bank_dir(path: str | Path) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """(document, questions) for each article of a corpus directory, part by part, streaming."""
    root = Path(path)
    manifest = read_manifest(root)
    for part in manifest.get("parts", []):
        part_path = root / part["file"]
        try:
            fh = part_path.open(encoding="utf-8")
        except OSError as exc:
            raise BankError(part_path, [f"cannot read: {exc}"]) from None
        with fh:
            for lineno, line in enumerate(fh, 1):
                try:
                    rec = json.loads(line)
                    yield rec["document"], rec["questions"]
                except (json.JSONDecodeError, KeyError, TypeError) as exc:
                    raise BankError(part_path, [f"line {lineno}: not an article line: {exc}"]) from None


def read_bank_dir(path: str | Path) -> dict[str, Any]:
    """The bank of a corpus directory: every part's documents and questions, in part order."""
    manifest = read_manifest(path)
    options = manifest.get("options") or {}
    documents: list[dict[str, Any]] = []
    questions: list[dict[str, Any]] = []
    for document, qs in iter_bank_dir(path):
        documents.append(document)
        questions.extend(qs)
    bank = new_bank(documents, questions, options.get("seed", 0), options)
    bank["generator"]["version"] = manifest.get("quizgen_version", bank["generator"]["version"])
    return bank


def read_part_file(path: str | Path) -> dict[str, Any]:
    """The bank held by one part file of a corpus run (``part-00000.jsonl``), each line checked
    on its own so that a problem is named by its line. Raises BankError listing every problem."""
    p = Path(path)
    manifest = p.parent / MANIFEST
    options: dict[str, Any] = {}
    if manifest.is_file():
        try:
            options = json.loads(manifest.read_text(encoding="utf-8")).get("options") or {}
        except (OSError, ValueError, AttributeError):
            options = {}
    documents: list[dict[str, Any]] = []
    questions: list[dict[str, Any]] = []
    problems: list[str] = []
    try:
        fh = p.open("r", encoding="utf-8")
    except OSError as exc:
        raise BankError(p, [f"cannot read: {exc.strerror or exc}"]) from None
    with fh:
        try:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    problems.append(f"line {lineno}: not JSON: {exc.msg} (column {exc.colno})")
                    continue
                if not isinstance(record, dict) or set(record) != {"document", "questions"}:
                    problems.append(f"line {lineno}: not a line of a part file "
                                    "(an object with \"document\" and \"questions\")")
                    continue
                one = new_bank([record["document"]], record["questions"], options.get("seed", 0), options)
                problems.extend(f"line {lineno}: {problem}" for problem in validate(one))
                documents.append(record["document"])
                questions.extend(record["questions"] if isinstance(record["questions"], list) else [])
        except UnicodeDecodeError as exc:
            problems.append(f"not UTF-8 text: {exc.reason}")
    if not documents and not problems:
        problems.append("no lines: an empty part file")
    if problems:
        raise BankError(p, problems)
    return new_bank(documents, questions, options.get("seed", 0), options)
