"""People rules (placeholder: infobox-linked names found in the body)."""

from __future__ import annotations

from quizgen.model import Document, Fact


def extract(doc: Document) -> list[Fact]:
    return []
