"""Export a question bank to the places teachers work: Moodle, Canvas, Anki, Kahoot and plain files.

One module per format; this registry names them, their file extensions and which question types
each holds natively, converts, or skips. Modules are imported only when their format is used, so
listing the formats costs nothing and genanki/openpyxl load only for Anki/Kahoot.

Usage::

    from quizgen.export import export_bank
    report = export_bank(bank, "gift", "output/shusha.gift")
    for line in report.messages():
        print(line)

Every writer has the signature ``write(bank, path, report, **options)``; text formats also offer
``render(bank, report, **options) -> str``. Writers never change the bank they are given.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quizgen.export.common import ExportReport
from quizgen.qtypes import QTYPES


@dataclass(frozen=True)
class Format:
    name: str
    extension: str  # with the dot; ".qti.zip" style double extensions allowed
    module: str  # module under quizgen.export
    writer: str  # attribute of that module
    description: str
    native: tuple[str, ...]  # question types written as themselves
    converted: tuple[str, ...] = ()  # written as another type, with the key intact
    skipped: tuple[str, ...] = ()  # left out, with a counted warning

    def load(self):
        module = importlib.import_module(f"quizgen.export.{self.module}")
        return getattr(module, self.writer)


ALL_TYPES = tuple(QTYPES)

FORMATS: dict[str, Format] = {f.name: f for f in [
    Format("json", ".bank.json", "json_fmt", "write_json",
           "The bank itself (quizgen.bank/1), validated against its JSON Schema.", ALL_TYPES),
    Format("jsonl", ".jsonl", "json_fmt", "write_jsonl",
           "One question per line (JSON Lines), for pipelines and large corpora.", ALL_TYPES),
    Format("gift", ".gift.txt", "gift", "write",
           "Moodle GIFT text: categories per article, titles, source as general feedback.",
           ("short_answer", "cloze", "multiple_choice", "true_false", "matching"), ("ordering",)),
    Format("moodle-xml", ".moodle.xml", "moodle_xml", "write",
           "Moodle XML: multichoice, truefalse, shortanswer, matching, cloze; categories per article.",
           ("short_answer", "cloze", "multiple_choice", "true_false", "matching"), ("ordering",)),
    Format("qti", ".qti.zip", "qti12", "write",
           "IMS QTI 1.2 package as Canvas imports it (the text2qti layout).",
           ("short_answer", "multiple_choice", "true_false", "matching"), ("cloze", "ordering")),
    Format("qti21", ".qti21.zip", "qti21", "write",
           "IMS QTI 2.1 content package, one assessmentItem per question (schema-valid).", ALL_TYPES),
    Format("anki", ".apkg", "anki", "write",
           "Anki deck (.apkg): Cloze notes for cloze questions, Basic notes for the rest; stable ids.",
           ALL_TYPES),
    Format("csv", ".csv", "csv_fmt", "write",
           "Plain CSV, one row per question with every field (UTF-8 with BOM for spreadsheets).", ALL_TYPES),
    Format("kahoot", ".kahoot.xlsx", "kahoot", "write",
           "Kahoot quiz spreadsheet template (.xlsx): multiple choice and true/false within Kahoot's limits.",
           ("multiple_choice",), ("true_false",), ("short_answer", "cloze", "ordering", "matching")),
    Format("markdown", ".md", "markdown", "write",
           "Human-readable bank for review and version control.", ALL_TYPES),
]}


def get_format(name: str) -> Format:
    from quizgen.errors import QuizgenError

    try:
        return FORMATS[name]
    except KeyError:
        raise QuizgenError(f"unknown export format {name!r} (choose from {', '.join(FORMATS)})") from None


def export_bank(bank: dict[str, Any], fmt: str, path: str | Path, **options) -> ExportReport:
    """Write ``bank`` in format ``fmt`` to ``path`` and return what happened to each question."""
    spec = get_format(fmt)
    report = ExportReport(format=spec.name)
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    spec.load()(bank, out, report, **options)
    return report


__all__ = ["ALL_TYPES", "ExportReport", "FORMATS", "Format", "export_bank", "get_format"]
