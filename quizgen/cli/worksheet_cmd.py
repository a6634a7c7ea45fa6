"""``quizgen worksheet``: a bank (or articles) -> printable worksheets and answer keys.

Only option parsing lives here; the work is done by ``quizgen.render``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from quizgen.cli.common import echo_failures, quality_options
from quizgen.model import DIFFICULTIES, FACT_KINDS, QUESTION_TYPES


def _choices(allowed: tuple[str, ...]):
    """A click callback that turns "a,b" into ("a", "b"), refusing names not in ``allowed``."""

    def parse(ctx, param, value: str) -> tuple[str, ...]:
        items = tuple(v.strip() for v in value.split(",") if v.strip())
        unknown = [v for v in items if v not in allowed]
        if unknown or not items:
            raise click.BadParameter(f"unknown: {', '.join(unknown) or '(none)'} (choose from {', '.join(allowed)})")
        return items

    return parse


def _summary(paths: list[Path], n_questions: int, n_variants: int, available: int, wanted: int | None) -> str:
    """One line naming what was written (every file when few, the folder and first/last when many)."""
    if len(paths) <= 6:
        files = ", ".join(str(p) for p in paths)
    else:
        files = f"{len(paths)} files in {paths[0].parent}/ ({paths[0].name} … {paths[-1].name})"
    line = (f"{n_questions} question{'s' if n_questions != 1 else ''}, "
            f"{n_variants} variant{'s' if n_variants != 1 else ''} -> {files}")
    if wanted is not None and n_questions < wanted:
        line += (f" (asked for {wanted}: {available} of the questions matching the filters are ranked good enough "
                 "and do not give each other away; --min-quality lower or --all takes more)")
    return line


def _stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False), default="output", show_default=True,
              help="Folder to write the files into.")
@click.option("--count", type=click.IntRange(min=1), default=20, show_default=True,
              help="Number of questions (fewer if the bank has fewer).")
@click.option("--types", default=",".join(QUESTION_TYPES), show_default=True, callback=_choices(QUESTION_TYPES),
              help="Question types to use.")
@click.option("--kinds", default=",".join(FACT_KINDS), show_default=True, callback=_choices(FACT_KINDS),
              help="Fact kinds to use.")
@click.option("--difficulty", default=",".join(DIFFICULTIES), show_default=True, callback=_choices(DIFFICULTIES),
              help="Difficulties to use.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed for choosing and shuffling questions.")
@click.option("--title", default=None, help="Title of the sheet (default: the article's title).")
@click.option("--instructions", default=None, help="Instructions printed under the name lines.")
@click.option("--paper", type=click.Choice(["a4", "letter"]), default="a4", show_default=True, help="Page size.")
@click.option("--variants", type=click.IntRange(min=1, max=100), default=1, show_default=True,
              help="Number of versions (A, B, C ...), each shuffled differently with its own key.")
@click.option("--key", "key_mode", type=click.Choice(["separate", "appended", "none"]), default="separate",
              show_default=True, help="Answer key as its own file, after the sheet (teacher's copy), or none.")
@click.option("--format", "fmt", type=click.Choice(["pdf", "html", "both"]), default="pdf", show_default=True,
              help="PDF to print, self-contained HTML, or both.")
@click.option("--templates", "templates_dir", type=click.Path(file_okay=False), default=None,
              help="Folder of templates that override or extend the built-in ones (worksheet/*.html, print.css).")
@click.option("--force", is_flag=True, help="Overwrite existing files.")
@quality_options
def worksheet(inputs, out_dir, count, types, kinds, difficulty, seed, title, instructions, paper, variants,
              key_mode, fmt, templates_dir, force, min_quality, take_all):
    """Render printable worksheets and answer keys from INPUTS (bank files, or articles extracted on the way).

    \b
    quizgen worksheet output/shusha.bank.json -o output/
    quizgen worksheet seeds/battle-of-shusha-2020.md --count 15 --variants 3
    quizgen worksheet bank.json --types multiple_choice,true_false --key appended --format both
    """
    from quizgen.pipeline import open_inputs
    from quizgen.errors import QuizgenError
    from quizgen.render import WorksheetOptions, installed_coverage, missing_glyphs, render_worksheets

    options = WorksheetOptions(
        count=count,
        types=types, kinds=kinds, difficulties=difficulty,
        seed=seed, title=title, instructions=instructions, paper=paper, variants=variants,
        key=key_mode, format=fmt, templates=templates_dir,
        min_quality=None if take_all else min_quality,
    )
    bank, failures = open_inputs(list(inputs))
    echo_failures(failures)
    if not bank["questions"]:
        if failures:  # each was named above
            sys.exit(1)
        raise QuizgenError("no questions to print in the input")
    n_files = (2 if fmt == "both" else 1) * (2 if key_mode == "separate" else 1) * variants
    result = render_worksheets(bank, options, out_dir, name_hint=inputs[0], force=force,
                               progress=n_files > 5 and _stderr_is_terminal())
    if fmt != "html":
        missing = missing_glyphs("".join(o.html for o in result.outputs), installed_coverage())
        if missing:
            shown = " ".join(missing[:12]) + (" …" if len(missing) > 12 else "")
            click.echo(f"quizgen: warning: no installed font has {len(missing)} character"
                       f"{'s' if len(missing) != 1 else ''} used here ({shown}): they print as boxes "
                       "in the PDF; install a font that covers them (Chinese, Japanese, Korean: fonts-noto-cjk)",
                       err=True)
    click.echo(_summary([o.path for o in result.outputs], len(result.questions), len(result.variants),
                        result.available, count), err=True)
    if failures:
        sys.exit(1)
