"""Helpers every exporter shares: the report of skipped and converted questions, stable
shuffles, ordinals, the cited source sentence, and the ordering -> matching conversion.

No exporter drops a question silently: whatever a format cannot hold is either converted (when the
conversion keeps the answer key exact) or skipped, and both are counted in an :class:`ExportReport`
that the command prints, e.g. ``3 ordering questions skipped: Kahoot has no ordering type``.
"""

from __future__ import annotations

import hashlib
import html
import random
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from quizgen.qtypes import QTYPES

Question = dict[str, Any]
Bank = dict[str, Any]


@dataclass
class ExportReport:
    """What an export did with the questions it was given."""

    format: str
    written: int = 0
    skipped: Counter = field(default_factory=Counter)  # (type, reason) -> count
    converted: Counter = field(default_factory=Counter)  # (type, how) -> count

    def skip(self, question: Question, reason: str) -> None:
        self.skipped[(question["type"], reason)] += 1

    def convert(self, question: Question, how: str) -> None:
        self.converted[(question["type"], how)] += 1

    @property
    def n_skipped(self) -> int:
        return sum(self.skipped.values())

    def messages(self) -> list[str]:
        """One line per kind of skip or conversion, counted, most frequent first."""
        lines = []
        for (qtype, reason), n in sorted(self.skipped.items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"{n} {plural(n, qtype)} skipped: {reason}")
        for (qtype, how), n in sorted(self.converted.items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"{n} {plural(n, qtype)} converted: {how}")
        return lines


TYPE_LABELS = {name: qtype.label for name, qtype in QTYPES.items()}


def plural(n: int, qtype: str) -> str:
    """'1 ordering question', '3 true/false questions'."""
    return f"{TYPE_LABELS.get(qtype, qtype)} question" + ("" if n == 1 else "s")


def stable_rng(*parts: Any) -> random.Random:
    """A random generator seeded from the given values, so every export is reproducible."""
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def stable_int(*parts: Any, low: int = 1 << 30, high: int = 1 << 31) -> int:
    """A fixed integer in ``[low, high)`` derived from the given values (Anki ids, QTI idents)."""
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).digest()
    return low + int.from_bytes(digest[:8], "big") % (high - low)


def shuffled(values: list, *seed: Any) -> list:
    """A copy of ``values`` in an order that depends only on ``seed`` (never the clock)."""
    out = list(values)
    stable_rng(*seed).shuffle(out)
    return out


def ordinal(n: int) -> str:
    """1 -> '1st', 2 -> '2nd', 11 -> '11th', 23 -> '23rd'."""
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def ordering_as_matching(question: Question) -> Question:
    """An ordering question as a matching one: each item is matched with its position.

    The items keep the order in which the bank presents them (already shuffled), and the
    positions ("1st", "2nd", ...) are the choices, so the key is exactly the ordering's key.
    """
    correct = question["answer"]["value"]
    position = {item: i for i, item in enumerate(correct, 1)}
    pairs = [{"left": item, "right": ordinal(position[item])} for item in question["items"]]
    out = dict(question)
    out["type"] = "matching"
    out["pairs"] = pairs
    out["prompt"] = question["prompt"]
    out["answer"] = {"text": "; ".join(f"{p['left']} → {p['right']}" for p in pairs), "value": pairs}
    out["converted_from"] = "ordering"
    return out


def moodle_question(question: Question, report) -> tuple[Question, str] | None:
    """The question as Moodle holds it and its type there; None when Moodle cannot hold it.

    Moodle has no ordering type: an ordering goes as matching with positions (1st, 2nd ...),
    which Moodle's matching editor accepts only with at least 3 pairs. Records the conversion or
    the skip. Every other type goes as it is."""
    if question["type"] != "ordering":
        return question, question["type"]
    if len(question["items"]) < 3:
        report.skip(question, "Moodle matching needs at least 3 pairs (ordering with 2 items)")
        return None
    report.convert({"type": "ordering"}, "to matching with positions (1st, 2nd, ...)")
    return ordering_as_matching(question), "matching"


def cloze_parts(prompt: str) -> tuple[str, str] | None:
    """The text before and after the blank, or None. The blank is the longest run of 3+
    underscores (the first of the longest), so underscores in the text itself stay text."""
    import re

    runs = list(re.finditer(r"_{3,}", prompt))
    if not runs:
        return None
    m = max(runs, key=lambda r: len(r.group(0)))
    return prompt[: m.start()], prompt[m.end():]


def accepted(question: Question) -> list[str]:
    """Every accepted answer form, the key's own text first, without duplicates or blanks."""
    forms = [question["answer"]["text"], *question["answer"].get("accept", [])]
    out: list[str] = []
    for f in forms:
        f = str(f).strip()
        if f and f not in out:
            out.append(f)
    return out


def documents_by_id(bank: Bank) -> dict[str, dict[str, Any]]:
    return {d["id"]: d for d in bank["documents"]}


def source_text(question: Question, bank: Bank) -> str:
    """The cited sentence with where it comes from, as plain text for feedback and card backs."""
    src = question["source"]
    doc = documents_by_id(bank).get(src["document"], {})
    where = doc.get("title") or src["document"]
    if src.get("section"):
        where += f", {src['section']}"
    return f"Source: “{src['sentence']}” ({where})"


def source_html(question: Question, bank: Bank) -> str:
    """The same citation as HTML, every piece of text escaped."""
    src = question["source"]
    doc = documents_by_id(bank).get(src["document"], {})
    where = html.escape(doc.get("title") or src["document"], quote=False)
    if src.get("section"):
        where += ", " + html.escape(src["section"], quote=False)
    return f"<p>Source: <q>{html.escape(src['sentence'], quote=False)}</q> ({where})</p>"


def questions_by_document(bank: Bank) -> list[tuple[dict[str, Any], list[Question]]]:
    """Documents in bank order, each with its questions in bank order (documents without questions left out)."""
    groups: dict[str, list[Question]] = {}
    for q in bank["questions"]:
        groups.setdefault(q["source"]["document"], []).append(q)
    docs = documents_by_id(bank)
    out = []
    for doc_id, qs in groups.items():
        out.append((docs.get(doc_id, {"id": doc_id, "title": doc_id}), qs))
    return out


def bank_title(bank: Bank) -> str:
    """A title for a whole export: the article title when there is one article."""
    docs = bank["documents"]
    if len(docs) == 1:
        return docs[0].get("title") or docs[0]["id"]
    if not docs:
        return "quizgen questions"
    return f"{docs[0].get('title') or docs[0]['id']} and {len(docs) - 1} more"


def points(question: Question) -> float:
    value = question.get("points", 1)
    return float(value) if value is not None else 1.0


def fmt_points(value: float) -> str:
    """1.0 -> '1', 1.5 -> '1.5' (the way LMS files write marks)."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))
