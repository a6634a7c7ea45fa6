"""``quizgen facts``: print what the rules find, as text or as JSON for scoring."""

from __future__ import annotations

import json
import sys

import click

from quizgen.cli.common import echo_failures, load_documents


@click.command()
@click.argument("articles", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON: {\"documents\": [{\"document\", \"facts\"}]}.")
@click.option("--kinds", default="date,person,figure,quote,infobox,term", show_default=True,
              help="Comma-separated fact kinds.")
@click.option("--explain", is_flag=True,
              help="Also list the numbers not taken as figures and the terms not taken, each with the rule that "
                   "dropped it.")
def facts(articles, as_json, kinds, explain):
    """Print the facts found in ARTICLES (files, folders or globs).

    \b
    quizgen facts seeds/battle-of-shusha-2020.md
    quizgen facts seeds/ --json --kinds date,figure > facts.json
    quizgen facts seeds/battle-of-shusha-2020.md --kinds figure --explain
    """
    from quizgen.extract import extract_facts

    wanted = tuple(k.strip() for k in kinds.split(",") if k.strip())
    docs, failures = load_documents(articles)
    out = []
    for doc in docs:
        found = extract_facts(doc, wanted)
        dropped = []
        if explain:
            dropped = [(s, raw, rule, "figure") for s, raw, rule in _dropped_figures(doc)]
            if "term" in wanted:
                dropped += [(s, raw, rule, "term") for s, raw, rule in _dropped_terms(doc)]
        if as_json:
            entry = {"document": doc.name, "title": doc.title, "facts": [f.to_json() for f in found]}
            if explain:
                entry["dropped"] = [{"kind": kind, "text": raw, "rule": rule, "sentence": s.text}
                                    for s, raw, rule, kind in dropped]
            out.append(entry)
        else:
            click.echo(f"# {doc.title} ({doc.name}): {len(found)} facts")
            for f in found:
                extra = {k: v for k, v in f.to_json().items()
                         if k not in ("kind", "text", "value", "sentence", "section", "span") and v not in (None, [], {})}
                click.echo(f"{f.kind:8} {f.text!r:40} -> {f.value!r} {json.dumps(extra, ensure_ascii=False) if extra else ''}")
            for s, raw, rule, kind in dropped:
                click.echo(f"dropped  {raw!r:40} not a {kind}: {rule} | {s.text[:80]}")
    if as_json:
        json.dump({"documents": out}, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    echo_failures(failures)
    if failures:
        sys.exit(1)


def _dropped_figures(doc):
    from quizgen.extract import dates, figures

    return figures.explain(doc, dates.extract(doc))


def _dropped_terms(doc):
    from quizgen.extract import infobox, people, terms

    return terms.explain(doc, people.extract(doc), infobox.extract(doc))
