"""``quizgen extract``: articles -> a JSON question bank (one, or one per article)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from quizgen.cli.common import echo_failures, refuse_existing
from quizgen.model import FACT_KINDS, QUESTION_TYPES


def _split(value: str, allowed: tuple[str, ...], what: str) -> tuple[str, ...]:
    items = tuple(v.strip() for v in value.split(",") if v.strip())
    unknown = [v for v in items if v not in allowed]
    if unknown:
        raise click.BadParameter(f"unknown {what}: {', '.join(unknown)} (choose from {', '.join(allowed)})")
    return items


@click.command()
@click.argument("inputs", nargs=-1)
@click.option("-o", "--output", type=click.Path(), default=None,
              help="Bank file to write (default: output/NAME.bank.json); a directory (DIR/) for a corpus run "
                   "(JSONL part files + manifest.json) or with --per-article.")
@click.option("--types", default=",".join(QUESTION_TYPES), show_default=True, help="Question types to make.")
@click.option("--kinds", default=",".join(FACT_KINDS), show_default=True, help="Fact kinds to ask about.")
@click.option("--max-per-article", type=click.IntRange(min=1), default=None, help="At most N questions per article.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed for distractors and shuffling.")
@click.option("--per-article", is_flag=True, help="Write one bank per article instead of one for all.")
@click.option("--compact", is_flag=True, help="Write compact JSON instead of indented JSON.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes for a corpus run (default: all cores; with --engine dask "
                   "--scheduler local: the number of Dask workers).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default=None,
              help="Where a corpus run runs: local processes (default) or a Dask cluster.")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Dask scheduler (tcp://HOST:8786, or the JSON file of dask --scheduler-file), or 'local' "
                   "to start a LocalCluster (the default).")
@click.option("--from-list", "from_list", multiple=True, type=click.Path(), metavar="FILE",
              help="Read input paths from FILE, one per line (the same as @FILE).")
@click.option("--batch-size", type=click.IntRange(min=1), default=None,
              help="Articles per task and per part file in a corpus run (default 50).")
@click.option("--force", is_flag=True,
              help="Overwrite existing bank files (a corpus run resumes or refuses instead, see --help).")
@click.option("--templates", type=click.Path(exists=True, file_okay=False), default=None,
              help="Folder whose questions/prompts.json rewords or translates the question prompts "
                   "(keys it leaves out keep the built-in text).")
def extract(inputs, output, types, kinds, max_per_article, seed, per_article, compact, jobs, engine, scheduler,
            from_list, batch_size, force, templates):
    """Extract facts and questions from INPUTS (article files, folders, globs, JSONL files of
    articles, fsspec URLs, or @FILE lists of paths) into a bank.

    With -o DIR/ (or --jobs/--engine) the run streams JSONL part files and a manifest.json into
    DIR, in parallel, resumable: run the same command again to finish an interrupted run.

    \b
    quizgen extract seeds/battle-of-shusha-2020.md -o output/shusha.bank.json
    quizgen extract seeds/ --per-article -o output/
    quizgen extract seeds/ --types multiple_choice,cloze --max-per-article 20 --seed 7
    quizgen extract corpus/ articles.jsonl @more-paths.txt -o output/corpus/ --jobs 8
    quizgen extract s3://bucket/articles/ -o output/big/ --engine dask --scheduler tcp://head:8786
    """
    from quizgen.bank import new_bank, save_bank
    from quizgen.model import Options
    from quizgen.pipeline import extract as extract_articles

    options = Options(types=_split(types, QUESTION_TYPES, "question type"),
                      kinds=_split(kinds, FACT_KINDS, "fact kind"),
                      max_per_article=max_per_article, seed=seed,
                      templates=str(Path(templates).resolve()) if templates else None)
    inputs = list(inputs) + [f"@{f}" for f in from_list]
    if not inputs:
        raise click.UsageError("no INPUTS given (article files, folders, globs, JSONL files or --from-list FILE)")
    corpus_flags = jobs is not None or engine is not None or scheduler is not None or batch_size is not None
    names_dir = output is not None and (output.endswith(("/", os.sep)) or Path(output).is_dir())
    if corpus_flags and per_article:
        raise click.UsageError("--per-article writes one bank per article; it cannot be combined with "
                               "--jobs, --engine, --scheduler or --batch-size")
    if corpus_flags or (names_dir and not per_article):
        _corpus_run(inputs, output, options, jobs, engine, scheduler, batch_size)
        return
    from quizgen.inputs import is_url

    streamed = [i for i in inputs if i.startswith("@") or is_url(i) or i.lower().endswith((".jsonl", ".ndjson"))]
    if streamed:
        raise click.UsageError(f"{streamed[0]}: lists, URLs and JSONL inputs are read by a corpus run; "
                               "give a directory as output (-o DIR/)")
    if output is not None and not per_article:
        refuse_existing([output], force)  # before the work of extracting
    results, failures = extract_articles(inputs, options, progress=sys.stderr.isatty())

    written = []
    if per_article:
        out_dir = Path(output or "output")
        targets = [out_dir / f"{r.document['id']}.bank.json" for r in results]
        refuse_existing(targets, force)  # nothing is written when one exists
        for r, target in zip(results, targets):
            bank = new_bank([r.document], r.questions, seed, options.to_json())
            written.append(save_bank(bank, target, pretty=not compact))
    elif results:
        if output is None:
            name = results[0].document["id"] if len(results) == 1 else (Path(inputs[0]).stem or "bank")
            output = Path("output") / f"{name}.bank.json"
        refuse_existing([output], force)
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


def _corpus_run(inputs, output, options, jobs, engine, scheduler, batch_size) -> None:
    """Stream a corpus into part files (quizgen.corpus); failures are printed as they happen."""
    from tqdm import tqdm

    from quizgen.corpus import DEFAULT_BATCH_SIZE, run_corpus

    if scheduler is not None and engine is None:
        engine = "dask"
    if scheduler is not None and engine != "dask":
        raise click.UsageError("--scheduler is for --engine dask")
    if output is None:
        first = inputs[0].lstrip("@").rstrip("/\\")
        output = Path("output") / (Path(first).stem or "corpus")
    elif output.lower().endswith(".json"):
        raise click.UsageError(f"{output}: a corpus run writes a directory of part files; give -o DIR/")

    def show(failure):
        tqdm.write(f"quizgen: error: {failure['article']}: {failure['reason']}", file=sys.stderr)

    try:
        result = run_corpus(inputs, output, options, engine=engine or "local", jobs=jobs, scheduler=scheduler,
                            batch_size=batch_size or DEFAULT_BATCH_SIZE, on_failure=show)
    except KeyboardInterrupt:
        click.echo(f"Interrupted: finished parts are kept in {output}; run the same command again to resume.",
                   err=True)
        sys.exit(130)
    click.echo(result.summary(), err=True)
    if result.failures or not result.complete:
        sys.exit(1)
