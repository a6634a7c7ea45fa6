"""``csv``: one row per question with every field, for spreadsheets and quick filtering.

RFC 4180 CSV written by Python's ``csv`` module (comma separated, double quotes doubled, CRLF
line ends), UTF-8 with a byte-order mark so that spreadsheet programs read Şuşa and Շուշի
correctly. List fields are joined with `` | `` (matching pairs as ``left → right``); the
normalised answer value is JSON, so nothing is lost. Every question type fits, none is skipped.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from quizgen.export.common import Bank, ExportReport, Question, documents_by_id

COLUMNS = ["id", "document", "document_title", "type", "kind", "difficulty", "points", "prompt", "answer",
           "accept", "value", "choices", "items", "pairs", "section", "sentence", "tags"]
SEP = " | "


def row(question: Question, bank: Bank) -> dict[str, str]:
    src = question["source"]
    doc = documents_by_id(bank).get(src["document"], {})
    answer = question["answer"]
    return {
        "id": question["id"],
        "document": src["document"],
        "document_title": doc.get("title", ""),
        "type": question["type"],
        "kind": question["kind"],
        "difficulty": question.get("difficulty", ""),
        "points": "" if question.get("points") is None else str(question["points"]),
        "prompt": question["prompt"],
        "answer": answer["text"],
        "accept": SEP.join(answer.get("accept", [])),
        "value": json.dumps(answer.get("value"), ensure_ascii=False),
        "choices": SEP.join(question.get("choices", [])),
        "items": SEP.join(question.get("items", [])),
        "pairs": SEP.join(f"{p['left']} → {p['right']}" for p in question.get("pairs", [])),
        "section": src.get("section") or "",
        "sentence": src["sentence"],
        "tags": SEP.join(question.get("tags", [])),
    }


def render(bank: Bank, report: ExportReport | None = None, **_) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for q in bank["questions"]:
        writer.writerow(row(q, bank))
        if report is not None:
            report.written += 1
    return buf.getvalue()


def write(bank: Bank, path: Path, report: ExportReport, **options) -> None:
    path.write_bytes(render(bank, report, **options).encode("utf-8-sig"))
