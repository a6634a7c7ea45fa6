"""The per-article path, load -> extract -> generate, as one pure function of an article and the
options. Everything that runs on many articles (a process pool, a Dask cluster) calls
``process_path`` or ``process_document``."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from quizgen.model import FACT_KINDS, QUESTION_TYPES, Document


@dataclass(frozen=True)
class Options:
    """What to generate. The same options and input always give the same bank."""

    types: tuple[str, ...] = QUESTION_TYPES
    kinds: tuple[str, ...] = FACT_KINDS
    max_per_article: int | None = None
    seed: int = 0

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["types"] = list(self.types)
        out["kinds"] = list(self.kinds)
        return out


@dataclass
class ArticleResult:
    document: dict[str, Any]
    questions: list[dict[str, Any]]
    facts: list[dict[str, Any]] = field(default_factory=list)


def document_info(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "title": doc.title,
        "path": doc.path,
        "sha256": doc.sha256,
        "repaired": doc.repaired,
        "license": "CC BY-SA 4.0" if str(doc.meta.get("author", "")).lower() == "wikipedia" else None,
        "attribution": (f"From the Wikipedia article \u201c{doc.title}\u201d, CC BY-SA"
                        if str(doc.meta.get("author", "")).lower() == "wikipedia" else None),
    }


def process_document(doc: Document, options: Options = Options(), with_facts: bool = False) -> ArticleResult:
    from quizgen.extract import extract_facts
    from quizgen.generate import generate

    facts = extract_facts(doc)
    questions = generate(doc, facts, options)
    return ArticleResult(document_info(doc), [q.to_json() for q in questions],
                         [f.to_json() for f in facts] if with_facts else [])


def process_path(path: str | Path, options: Options = Options()) -> ArticleResult:
    """Load one article file and make its questions; raises InputError for a bad file."""
    from quizgen.load import load_path

    return process_document(load_path(path), options)


def build_bank_from_articles(inputs: list[str], options: Options = Options(), progress: bool = False):
    """Extract every article named by the inputs into one bank, in this process.

    Inputs are what a corpus run takes (files, folders, globs, ``@lists``, JSONL files of
    articles, fsspec URLs). Returns (bank, failures): an article that cannot be read is a
    failure with its reason, and the others still go through.
    """
    from quizgen import corpus
    from quizgen.bank import new_bank
    from quizgen.errors import InputError

    failures: list[InputError] = []
    documents, questions = [], []
    for unit in corpus.iter_units(inputs, failures.append):
        try:
            articles = list(corpus._iter_item(unit))
        except (OSError, ValueError) as exc:
            failures.append(InputError(unit[1], f"cannot read: {exc}"))
            continue
        for _, load in articles:
            try:
                doc = load()
            except InputError as exc:
                failures.append(exc)
                continue
            result = process_document(doc, options)
            documents.append(result.document)
            questions.extend(result.questions)
    return new_bank(documents, questions, options.seed, options.to_json()), failures
