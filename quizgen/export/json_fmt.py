"""``json`` and ``jsonl``: the bank itself, and one question per line.

``json`` writes the bank exactly as the published JSON Schema (``quizgen/schema/bank.schema.json``)
describes it, after validating it: a bank that does not match is refused with every problem
listed, never written half-right. ``jsonl`` (JSON Lines, https://jsonlines.org/) writes each
question as one compact JSON object per line, UTF-8, in bank order, for pipelines that stream
large corpora; each line is a ``#/$defs/question`` of the schema.
"""

from __future__ import annotations

import json
from pathlib import Path

from quizgen.export.common import Bank, ExportReport


def render_json(bank: Bank, report: ExportReport | None = None, compact: bool = False, **_) -> str:
    from quizgen.bank import check, dumps

    check(bank, "<export>")
    if report is not None:
        report.written = len(bank["questions"])
    return dumps(bank, pretty=not compact)


def write_json(bank: Bank, path: Path, report: ExportReport, compact: bool = False, **_) -> None:
    path.write_text(render_json(bank, report, compact=compact), encoding="utf-8")


def render_jsonl(bank: Bank, report: ExportReport | None = None, **_) -> str:
    from quizgen.bank import check

    check(bank, "<export>")
    lines = [json.dumps(q, ensure_ascii=False, separators=(",", ":")) for q in bank["questions"]]
    if report is not None:
        report.written = len(lines)
    return "".join(line + "\n" for line in lines)


def write_jsonl(bank: Bank, path: Path, report: ExportReport, **_) -> None:
    path.write_text(render_jsonl(bank, report), encoding="utf-8")
