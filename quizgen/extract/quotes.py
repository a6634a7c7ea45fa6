"""Quote rules (placeholder)."""

from __future__ import annotations

from quizgen.model import Document, Fact


def extract(doc: Document, people: list[Fact]) -> list[Fact]:
    return []
