"""``quizgen export`` and ``quizgen formats``: a bank (or articles) -> Moodle, Canvas, Anki, Kahoot...

Exporters load only when run (genanki and openpyxl are not imported by ``quizgen --help``).
Every question a format cannot hold is reported on stderr, counted, never dropped silently.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from quizgen.cli.common import echo_failures, quality_options, refuse_existing


def _format_names() -> list[str]:
    from quizgen.export import FORMATS

    return list(FORMATS)


def _default_output(inputs: tuple[str, ...], bank: dict, extension: str) -> Path:
    docs = bank["documents"]
    if len(docs) == 1:
        stem = docs[0]["id"]
    else:
        first = Path(inputs[0])
        stem = first.name[: -len(".bank.json")] if first.name.endswith(".bank.json") else (first.stem or "bank")
    return Path("output") / f"{stem}{extension}"


def _inputs_time(inputs: tuple[str, ...]) -> float:
    """The modification time of the newest input file (SOURCE_DATE_EPOCH when set): the date that
    formats with dates inside (Anki notes, spreadsheet properties) carry, so exporting the same
    bank again gives the same bytes and exporting an edited bank gives newer notes."""
    import glob
    import os

    if os.environ.get("SOURCE_DATE_EPOCH", "").isdigit():
        return float(os.environ["SOURCE_DATE_EPOCH"])
    newest = 0.0
    for item in inputs:
        paths = [item] if os.path.exists(item) else glob.glob(item, recursive=True)
        for path in paths:
            if os.path.isdir(path):
                for folder, _, names in os.walk(path):
                    for name in names:
                        newest = max(newest, os.path.getmtime(os.path.join(folder, name)))
            elif os.path.isfile(path):
                newest = max(newest, os.path.getmtime(path))
    return float(int(newest))


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-f", "--format", "fmt", required=True, metavar="FORMAT",
              help="Export format; see `quizgen formats` (json, jsonl, gift, moodle-xml, qti, qti21, anki, csv, "
                   "kahoot, markdown).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="File to write (default: output/NAME plus the format's extension).")
@click.option("--title", default=None, help="Quiz title for QTI and Kahoot (default: the article title).")
@click.option("--compact", is_flag=True, help="json: write compact JSON instead of indented JSON.")
@click.option("--strict", is_flag=True, help="Exit with status 2 when any question had to be skipped.")
@quality_options
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def export(inputs, fmt, output, title, compact, strict, min_quality, take_all, force):
    """Export INPUTS (bank files, corpus folders, or articles) to another format.

    \b
    quizgen export output/shusha.bank.json --format gift -o output/shusha.gift.txt
    quizgen export output/shusha.bank.json --format moodle-xml
    quizgen export output/shusha.bank.json --format qti -o shusha-canvas.zip
    quizgen export seeds/ --format anki -o seeds.apkg
    quizgen export output/shusha.bank.json --format kahoot -o shusha.xlsx

    Questions a format cannot hold are converted when the answer key stays exact (ordering becomes
    matching with positions; true/false becomes a two-answer Kahoot quiz) or skipped; both are
    counted on stderr. By default only the questions ranked good enough go out, never two that give
    each other away (--min-quality, --all).
    """
    from quizgen.pipeline import open_inputs
    from quizgen.export import FORMATS, export_bank, get_format

    if fmt not in FORMATS:
        raise click.BadParameter(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})",
                                 param_hint="'--format'")
    spec = get_format(fmt)
    from quizgen.selection import choose_bank

    if output:
        refuse_existing([output], force)  # before the work of reading the inputs
    bank, failures = open_inputs(list(inputs))
    echo_failures(failures)
    candidates = len(bank["questions"])
    bank = choose_bank(bank, None if take_all else min_quality)
    if not bank["questions"]:
        raise click.ClickException("no questions to export" + (
            f" ({candidates} in the input, none ranked at least {min_quality}: lower --min-quality or use --all)"
            if candidates else ""))
    out = Path(output) if output else _default_output(inputs, bank, spec.extension)
    refuse_existing([out], force)
    report = export_bank(bank, fmt, out, title=title, compact=compact, timestamp=_inputs_time(inputs))
    for line in report.messages():
        click.echo(f"quizgen: warning: {line}" if " skipped: " in line else f"quizgen: {line}", err=True)
    total = len(bank["questions"])
    chosen = f" (the best-ranked of {candidates})" if total < candidates else ""
    click.echo(f"{report.written} of {total} question{'s' if total != 1 else ''}{chosen} -> {out} ({fmt})", err=True)
    if failures:
        sys.exit(1)
    if strict and report.n_skipped:
        sys.exit(2)


@click.command()
def formats():
    """List the export formats, their file extensions and what they do with each question type."""
    from quizgen.export import FORMATS

    for spec in FORMATS.values():
        click.echo(f"{spec.name:<11} {spec.extension:<13} {spec.description}")
        if spec.converted:
            click.echo(f"{'':<25} converts: {', '.join(spec.converted)}")
        if spec.skipped:
            click.echo(f"{'':<25} skips: {', '.join(spec.skipped)}")
