"""Articles -> questions -> a bank: the one loop every command and the corpus run go through.

``process_document`` is the per-article path, extract -> generate, a pure function of a document
and the options. ``process_articles`` runs it over (name, loader) pairs from ``quizgen.inputs``;
``extract`` builds one bank from inputs; the corpus run (``quizgen.corpus``) calls
``process_articles`` on each batch in its workers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quizgen.errors import InputError
from quizgen.model import Document, Options

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


def process_articles(articles: Iterable[tuple[str, Callable[[], Document]]], options: Options = Options(), *,
                     isolate: bool = False, on_document: Callable[[Document], None] | None = None,
                     ) -> Iterator[tuple[str, ArticleResult | None, BaseException | None]]:
    """(name, result, None) for each article, or (name, None, error) for one that failed.

    An InputError (a file that is not an article) is always a failure of that article only.
    With ``isolate`` any exception is (a bug in a rule must not cost a corpus run its other
    articles); without it, a bug stops the loop with its traceback. ``on_document`` sees each
    document once it is loaded, before its questions are made.
    """
    for name, load in articles:
        try:
            doc = load()
            if on_document is not None:
                on_document(doc)
            result = process_document(doc, options)
        except InputError as exc:
            yield name, None, exc
            continue
        except Exception as exc:
            if not isolate:
                raise
            yield name, None, exc
            continue
        yield name, result, None


def extract(inputs: Iterable[str | Path], options: Options = Options(), *, progress: bool = False,
            ) -> tuple[list[ArticleResult], list[InputError]]:
    """The results of every article named by the inputs, in order, and the failures with their
    reasons (the other articles still go through). Inputs are what ``quizgen.inputs`` expands;
    a file named twice is taken once."""
    from quizgen.inputs import iter_articles

    failures: list[InputError] = []
    articles: Iterable = list(iter_articles(inputs, failures.append, unique=True))
    if progress and len(articles) > 5:
        import sys

        from tqdm import tqdm

        articles = tqdm(articles, unit="article", file=sys.stderr)
    results = []
    for _, result, error in process_articles(articles, options):
        if error is None:
            results.append(result)
        else:
            failures.append(error)
    return results, failures


def bank_of(results: list[ArticleResult], options: Options = Options()) -> dict[str, Any]:
    from quizgen.bank import new_bank

    return new_bank([r.document for r in results], [q for r in results for q in r.questions], options.seed,
                    options.to_json())


def build_bank_from_articles(inputs: list[str], options: Options = Options()):
    """One bank of every article named by the inputs, and the failures."""
    results, failures = extract(inputs, options)
    return bank_of(results, options), failures


def open_inputs(inputs: list[str], options: Options | None = None) -> tuple[dict[str, Any], list]:
    """What every command takes: bank files, corpus directories, or articles (extracted on the way).

    Returns one bank and the list of input errors (files that could not be read); the caller
    reports them and exits non-zero, after doing what it can with the rest.
    """
    from quizgen.bank import is_bank_path, load_bank, merge
    from quizgen.errors import BankError

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
