"""The rules: Document -> facts (dates, people, attributed figures, quotes, infobox fields, terms).

Each fact kind has its own module; this one runs them in order, since some rules read what
earlier ones found (figures skip the spans that are dates, quotes name people).
"""

from __future__ import annotations

from quizgen.model import Document, Fact

KINDS = ("date", "person", "figure", "quote", "infobox", "term")


def extract_facts(doc: Document, kinds: tuple[str, ...] | list[str] = KINDS) -> list[Fact]:
    """Run every rule on a document and return its facts in document order."""
    from quizgen.extract import dates, figures, infobox, people, quotes, terms

    date_facts = dates.extract(doc)
    person_facts = people.extract(doc)
    figure_facts = figures.extract(doc, date_facts, person_facts)
    quote_facts = quotes.extract(doc, person_facts)
    infobox_facts = infobox.extract(doc)
    # a term that is someone's or some place's name is no term: people and the infobox say which
    term_facts = terms.extract(doc, person_facts, infobox_facts) if "term" in kinds else []
    chosen = {
        "date": date_facts, "person": person_facts, "figure": figure_facts,
        "quote": quote_facts, "infobox": infobox_facts, "term": term_facts,
    }
    facts = [f for kind in KINDS if kind in kinds for f in chosen[kind]]
    facts.sort(key=lambda f: (f.span[0] if f.span else -1, KINDS.index(f.kind)))
    return facts
