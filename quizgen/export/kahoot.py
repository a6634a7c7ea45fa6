"""``kahoot``: Kahoot's "Quiz spreadsheet template" (.xlsx), written with openpyxl.

Rules followed (Kahoot's template https://kahoot.com/library/quiz-spreadsheet-template/ and import
guide https://support.kahoot.com/hc/en-us/articles/115002303908, as reproduced by the generators
that target it, e.g. pacphi/kahoot-quiz-generator ``docs/USER.md``; the same limits as R/exams
``exams2kahoot``):

* the header is on row 8: column A the question number, B "Question - max 120 characters",
  C-F "Answer 1..4 - max 75 characters", G "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240
  secs", H "Correct answer(s) - choose at least one" (answer numbers such as ``2`` or ``1,3``);
  questions start on row 9, rows 1-7 carry the title and instructions;
* a question has at least two and at most four answers.

Only quiz (multiple choice) questions can be imported this way. Multiple choice is written as
is; true/false becomes a two-answer quiz question (True, False). Short answer, cloze, ordering and
matching are skipped with a counted warning: they have no Kahoot quiz form without inventing
distractors. A question whose text is over 120 characters, or with an answer over 75 characters,
is skipped rather than cut: a cut prompt can change what is asked. The time limit comes from the
question's difficulty (easy 20 s, medium 30 s, hard 60 s), always one of the allowed values.
"""

from __future__ import annotations

from pathlib import Path

from quizgen.export.common import Bank, ExportReport, Question, bank_title
from quizgen.qtypes import per_type

HEADER_ROW = 8
HEADERS = ["", "Question - max 120 characters", "Answer 1 - max 75 characters", "Answer 2 - max 75 characters",
           "Answer 3 - max 75 characters", "Answer 4 - max 75 characters",
           "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs", "Correct answer(s) - choose at least one"]
MAX_QUESTION = 120
MAX_ANSWER = 75
MAX_ANSWERS = 4
TIME_LIMITS = (5, 10, 20, 30, 60, 90, 120, 240)
TIME_BY_DIFFICULTY = {"easy": 20, "medium": 30, "hard": 60}


def _multiple_choice(question: Question) -> tuple[list[str], list[int]]:
    answers = list(question["choices"])
    return answers, [i for i, a in enumerate(answers, 1) if a == question["answer"]["text"]]


def _true_false(question: Question) -> tuple[list[str], list[int]]:
    return ["True", "False"], [1 if question["answer"]["value"] else 2]


_NO_CHOICES = "Kahoot quizzes need answers to choose from"

#: Each type's (answers, numbers of the correct ones), or the reason Kahoot cannot hold it.
BY_TYPE = per_type({
    "short_answer": _NO_CHOICES,
    "cloze": _NO_CHOICES,
    "multiple_choice": _multiple_choice,
    "true_false": _true_false,
    "ordering": "Kahoot has no ordering type",
    "matching": "Kahoot has no matching type",
}, "Kahoot export")


def kahoot_row(question: Question, report: ExportReport) -> list | None:
    """[question, a1..a4, time, correct] or None (skipped, with the reason in the report)."""
    qtype = question["type"]
    entry = BY_TYPE[qtype]
    if isinstance(entry, str):
        report.skip(question, entry)
        return None
    answers, correct = entry(question)
    prompt = " ".join(question["prompt"].split())
    if len(prompt) > MAX_QUESTION:
        report.skip(question, f"question longer than {MAX_QUESTION} characters")
        return None
    if len(answers) > MAX_ANSWERS:
        report.skip(question, f"more than {MAX_ANSWERS} answers")
        return None
    if any(len(a) > MAX_ANSWER for a in answers):
        report.skip(question, f"an answer longer than {MAX_ANSWER} characters")
        return None
    if not correct:
        report.skip(question, "no answer is marked correct")
        return None
    if qtype == "true_false":
        report.convert(question, "to a quiz question with the answers True and False")
    time_limit = TIME_BY_DIFFICULTY.get(question.get("difficulty", ""), 20)
    assert time_limit in TIME_LIMITS
    return [prompt, *answers, *[None] * (MAX_ANSWERS - len(answers)), time_limit, ",".join(map(str, correct))]


def build_workbook(bank: Bank, report: ExportReport, title: str | None = None):
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["B2"] = "Quiz template"
    ws["B2"].font = Font(bold=True, size=14)
    ws["B3"] = title or bank_title(bank)
    ws["B4"] = ("Add questions, at least two answer alternatives, time limit and choose correct answers. "
                "Import in Kahoot: Add question > Import spreadsheet.")
    for col, header in enumerate(HEADERS, 1):
        cell = ws.cell(row=HEADER_ROW, column=col, value=header or None)
        cell.font = Font(bold=True)
    n = 0
    for q in bank["questions"]:
        values = kahoot_row(q, report)
        if values is None:
            continue
        n += 1
        for col, value in enumerate([n, *values], 1):
            if value is not None:
                ws.cell(row=HEADER_ROW + n, column=col, value=value)
    report.written = n
    for letter, width in zip("ABCDEFGH", (5, 60, 30, 30, 30, 30, 18, 18)):
        ws.column_dimensions[letter].width = width
    return wb


def write(bank: Bank, path: Path, report: ExportReport, title: str | None = None,
          timestamp: float | None = None, **_) -> None:
    """Write the spreadsheet; its created/modified dates are ``timestamp`` (default: a fixed
    date), so the same bank gives the same bytes."""
    import re
    from datetime import datetime, timezone

    from quizgen.export.zipping import normalize_zip

    build_workbook(bank, report, title).save(path)
    when = datetime.fromtimestamp(timestamp or 0, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ").encode()

    def pin_dates(name: str, data: bytes) -> bytes:
        if name != "docProps/core.xml":
            return data
        return re.sub(rb"(<dcterms:(?:created|modified)\b[^>]*>)[^<]*", lambda m: m.group(1) + when, data)

    normalize_zip(path, pin_dates)
