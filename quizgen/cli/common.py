"""Helpers shared by the commands: reading inputs and reporting failed files."""

from __future__ import annotations

from pathlib import Path

import click

from quizgen.errors import InputError, QuizgenError
from quizgen.model import Document


def load_documents(inputs) -> tuple[list[Document], list[InputError]]:
    """Load every article named by files, folders or globs; collect failures instead of stopping."""
    from quizgen.inputs import find_articles
    from quizgen.load import load_path

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


def quality_options(command):
    """``--min-quality`` and ``--all``: which questions of a bank go to students (quizgen.selection)."""
    from quizgen.selection import DEFAULT_MIN_QUALITY

    command = click.option("--all", "take_all", is_flag=True,
                           help="Take every question of the bank as it is: no quality bar, no check that "
                                "questions give each other away.")(command)
    return click.option("--min-quality", type=click.FloatRange(0, 1), default=DEFAULT_MIN_QUALITY, show_default=True,
                        help="Only questions ranked at least this good (0-1; see each question's quality and "
                             "quality_reasons in the bank).")(command)


def refuse_existing(paths, force: bool) -> None:
    """The rule for every file a command writes: an existing file is replaced only with --force.

    Raises (naming the first file) before anything is written.
    """
    if force:
        return
    clash = [Path(p) for p in paths if Path(p).exists()]
    if clash:
        more = f" (and {len(clash) - 1} more)" if len(clash) > 1 else ""
        raise QuizgenError(f"{clash[0]}: file exists{more}; use --force to overwrite")
