"""``quizgen schema`` and ``quizgen validate``: the published bank format."""

from __future__ import annotations

import json
import sys

import click


@click.command()
def schema():
    """Print the JSON Schema that every question bank follows."""
    from quizgen.bank import schema as bank_schema

    click.echo(json.dumps(bank_schema(), indent=2, ensure_ascii=False))


@click.command()
@click.argument("banks", nargs=-1, required=True, type=click.Path())
def validate(banks):
    """Check BANKS (bank files, corpus run directories or their part-*.jsonl files) against the
    schema; print each problem as `file: $.path: reason` (`file: line N: $.path: reason` in a part file)."""
    from quizgen.bank import load_bank
    from quizgen.errors import BankError

    bad = 0
    for path in banks:
        try:
            bank = load_bank(path)
        except BankError as exc:
            bad += 1
            for problem in exc.problems:
                click.echo(f"{path}: {problem}", err=True)
            continue
        click.echo(f"{path}: ok ({len(bank['questions'])} questions, {len(bank['documents'])} documents)")
    if bad:
        sys.exit(1)
