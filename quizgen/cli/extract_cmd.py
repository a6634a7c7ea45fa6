"""``quizgen extract``: articles -> a JSON question bank (one, or one per article)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from quizgen.cli.common import echo_failures
from quizgen.model import FACT_KINDS, QUESTION_TYPES


def _split(value: str, allowed: tuple[str, ...], what: str) -> tuple[str, ...]:
    items = tuple(v.strip() for v in value.split(",") if v.strip())
    unknown = [v for v in items if v not in allowed]
    if unknown:
        raise click.BadParameter(f"unknown {what}: {', '.join(unknown)} (choose from {', '.join(allowed)})")
    return items


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(), default=None,
              help="Bank file to write (default: output/NAME.bank.json); a directory with --per-article.")
@click.option("--types", default=",".join(QUESTION_TYPES), show_default=True, help="Question types to make.")
@click.option("--kinds", default=",".join(FACT_KINDS), show_default=True, help="Fact kinds to ask about.")
@click.option("--max-per-article", type=click.IntRange(min=1), default=None, help="At most N questions per article.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed for distractors and shuffling.")
@click.option("--per-article", is_flag=True, help="Write one bank per article instead of one for all.")
@click.option("--compact", is_flag=True, help="Write compact JSON instead of indented JSON.")
def extract(inputs, output, types, kinds, max_per_article, seed, per_article, compact):
    """Extract facts and questions from INPUTS (article files, folders or globs) into a bank.

    \b
    quizgen extract seeds/battle-of-shusha-2020.md -o output/shusha.bank.json
    quizgen extract seeds/ --per-article -o output/
    quizgen extract seeds/ --types multiple_choice,cloze --max-per-article 20 --seed 7
    """
    from quizgen.bank import new_bank, save_bank
    from quizgen.errors import InputError
    from quizgen.load import find_articles
    from quizgen.pipeline import Options, process_path

    options = Options(types=_split(types, QUESTION_TYPES, "question type"),
                      kinds=_split(kinds, FACT_KINDS, "fact kind"),
                      max_per_article=max_per_article, seed=seed)
    paths, failures = find_articles(list(inputs))
    results = []
    show_bar = len(paths) > 5 and sys.stderr.isatty()
    iterator = paths
    if show_bar:
        from tqdm import tqdm

        iterator = tqdm(paths, unit="article", file=sys.stderr)
    for path in iterator:
        try:
            results.append(process_path(path, options))
        except InputError as exc:
            failures.append(exc)

    written = []
    if per_article:
        out_dir = Path(output or "output")
        for r in results:
            bank = new_bank([r.document], r.questions, seed, options.to_json())
            written.append(save_bank(bank, out_dir / f"{r.document['id']}.bank.json", pretty=not compact))
    elif results:
        if output is None:
            name = results[0].document["id"] if len(results) == 1 else (Path(inputs[0]).stem or "bank")
            output = Path("output") / f"{name}.bank.json"
        bank = new_bank([r.document for r in results], [q for r in results for q in r.questions], seed,
                        options.to_json())
        written.append(save_bank(bank, output, pretty=not compact))

    n_questions = sum(len(r.questions) for r in results)
    summary = f"{n_questions} questions from {len(results)} article{'s' if len(results) != 1 else ''}"
    if written:
        summary += f" -> {written[0] if len(written) == 1 else f'{len(written)} banks in {written[0].parent}'}"
    if failures:
        summary += f"; {len(failures)} file{'s' if len(failures) != 1 else ''} failed"
    echo_failures(failures)
    click.echo(summary, err=True)
    if failures:
        sys.exit(1)
