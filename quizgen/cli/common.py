"""Helpers shared by the commands: reading inputs and reporting failed files."""

from __future__ import annotations

import click

from quizgen.errors import InputError
from quizgen.model import Document


def load_documents(inputs) -> tuple[list[Document], list[InputError]]:
    """Load every article named by files, folders or globs; collect failures instead of stopping."""
    from quizgen.load import find_articles, load_path

    paths, failures = find_articles(list(inputs))
    docs = []
    for path in paths:
        try:
            docs.append(load_path(path))
        except InputError as exc:
            failures.append(exc)
    return docs, failures


def echo_failures(failures: list[InputError]) -> None:
    for exc in failures:
        click.echo(f"quizgen: error: {exc}", err=True)
