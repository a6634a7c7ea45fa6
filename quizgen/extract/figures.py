"""Figure rules (placeholder)."""

from __future__ import annotations

from quizgen.model import Document, Fact


def extract(doc: Document, dates: list[Fact], people: list[Fact]) -> list[Fact]:
    return []
