"""``gift``: Moodle's GIFT text format.

Rules followed (Moodle docs https://docs.moodle.org/en/GIFT_format and Moodle's own importer and
exporter, ``question/format/gift/format.php`` in moodle/moodle: ``readquestion``,
``escapedchar_pre``, ``repchar``, ``write_questiontext``):

* One question per block, blocks separated by a blank line; a question never contains a newline
  (newlines inside text are written as ``\\n``, as ``repchar`` does).
* The reserved characters ``~ = # { } :`` and the backslash itself are escaped with a backslash
  everywhere (``\\~ \\= \\# \\{ \\} \\: \\\\``); the importer turns them back with
  ``escapedchar_post``.
* ``::name::`` gives each question a stable name (the bank's question id).
* ``$CATEGORY: $course$/top/<article title>`` starts the questions of each article ("categories per
  article"); a ``/`` inside a title is doubled, because Moodle reads ``/`` as the path separator.
* Question text is written as ``[html]`` with ``<``, ``>`` and ``&`` escaped, so text such as
  ``<script>`` arrives as text and not as markup (Moodle's default format would pass it as HTML).
  Multiple-choice answers and matching left sides share the question's format (``commentparser``
  is called with the question text format); short answers and matching right sides are plain
  text (``repchar`` only).
* Multiple choice ``{=right ~wrong ~wrong ~wrong}``; true/false ``{TRUE}`` / ``{FALSE}``;
  short answer ``{=form =form}`` with every accepted form (Moodle compares them without case);
  matching ``{=left -> right ...}``; ``####`` general feedback cites the source sentence.
* Cloze questions become GIFT's "missing word" form: the answer braces stand where the blank
  was, and Moodle shows a blank line there (``substr_replace(..., "_____", ...)``).

Conversions and skips (never silent, counted in the report):

* ordering -> matching, each item matched with its position ("1st", "2nd", ...), when there are
  at least 3 items;
* matching (and converted ordering) with fewer than 3 pairs is skipped: Moodle's matching editor
  requires at least 2 questions and 3 answers (``qtype_match_edit_form::validation``);
* a matching left side containing ``->`` is skipped: GIFT splits a pair at the first ``->`` and
  offers no escape for it; likewise a short answer or cloze with ``->`` in an accepted form, which
  the importer would take for a matching question (it checks for ``=`` and ``->``).
"""

from __future__ import annotations

import html
from pathlib import Path

from quizgen.export.common import (
    Bank, ExportReport, Question, accepted, cloze_parts, moodle_question, questions_by_document,
    source_text,
)
from quizgen.qtypes import per_type

_RESERVED = {"\\": "\\\\", "~": "\\~", "=": "\\=", "#": "\\#", "{": "\\{", "}": "\\}", ":": "\\:",
             "\n": "\\n", "\r": ""}


def escape(text: str) -> str:
    """Escape GIFT's reserved characters (plain text: short answers, matching right sides, names)."""
    return "".join(_RESERVED.get(c, c) for c in str(text))


def escape_html(text: str) -> str:
    """Text in the question's [html] format: HTML-escaped first, then GIFT-escaped."""
    return escape(html.escape(str(text), quote=False))


def category_path(title: str) -> str:
    return "$course$/top/" + title.replace("/", "//")


def _feedback(question: Question, bank: Bank) -> str:
    return "####" + escape_html(source_text(question, bank))


def _name(question: Question) -> str:
    return "::" + escape(question["id"]) + "::"


def _short_answers(question: Question) -> str:
    parts = []
    for form in accepted(question):
        # An answer that starts with % would be read as a weight (%50%); give the weight explicitly.
        parts.append(("=%100%" if form.startswith("%") else "=") + escape(form))
    return " ".join(parts)


def _head(question: Question) -> str:
    return _name(question) + "[html]"


def _no_arrow_in_answers(question: Question, report: ExportReport) -> bool:
    if any("->" in form for form in accepted(question)):
        report.skip(question, "an answer contains '->', which GIFT reads as a matching question")
        return False
    return True


def _multiple_choice(question: Question, bank: Bank, report: ExportReport) -> str | None:
    options = " ".join(("=" if c == question["answer"]["text"] else "~") + escape_html(c)
                       for c in question["choices"])
    return f"{_head(question)}{escape_html(question['prompt'])} {{{options} {_feedback(question, bank)}}}"


def _true_false(question: Question, bank: Bank, report: ExportReport) -> str | None:
    key = "TRUE" if question["answer"]["value"] else "FALSE"
    return f"{_head(question)}{escape_html(question['prompt'])} {{{key}{_feedback(question, bank)}}}"


def _short_answer(question: Question, bank: Bank, report: ExportReport) -> str | None:
    if not _no_arrow_in_answers(question, report):
        return None
    return f"{_head(question)}{escape_html(question['prompt'])} {{{_short_answers(question)} {_feedback(question, bank)}}}"


def _cloze(question: Question, bank: Bank, report: ExportReport) -> str | None:
    if not _no_arrow_in_answers(question, report):
        return None
    parts = cloze_parts(question["prompt"])
    if parts is None or not parts[1].strip():
        # No text after the blank: a missing-word block at the end would read as a plain
        # short answer and hide the blank, so keep the underscores in the text.
        return _short_answer(question, bank, report)
    before, after = parts
    # The braces take the blank's place; the text around keeps its own spacing.
    return (f"{_head(question)}{escape_html(before)}{{{_short_answers(question)} {_feedback(question, bank)}}}"
            f"{escape_html(after)}")


def _matching(question: Question, bank: Bank, report: ExportReport) -> str | None:
    pairs = question["pairs"]
    if len(pairs) < 3:
        report.skip(question, "Moodle matching needs at least 3 pairs")
        return None
    if any("->" in p["left"] for p in pairs):
        report.skip(question, "a matching item contains '->', which GIFT cannot escape")
        return None
    body = " ".join(f"={escape_html(p['left'])} -> {escape(p['right'])}" for p in pairs)
    return f"{_head(question)}{escape_html(question['prompt'])} {{{body} {_feedback(question, bank)}}}"


def _ordering(question: Question, bank: Bank, report: ExportReport) -> str | None:
    moodle = moodle_question(question, report)
    return None if moodle is None else _matching(moodle[0], bank, report)


#: How each question type is written; every registered type has an entry.
BY_TYPE = per_type({
    "short_answer": _short_answer,
    "cloze": _cloze,
    "multiple_choice": _multiple_choice,
    "true_false": _true_false,
    "ordering": _ordering,
    "matching": _matching,
}, "GIFT export")


def render_question(question: Question, bank: Bank, report: ExportReport) -> str | None:
    return BY_TYPE[question["type"]](question, bank, report)


def render(bank: Bank, report: ExportReport | None = None, **_) -> str:
    report = report or ExportReport("gift")
    blocks = ["// Exported by quizgen. Import in Moodle: Question bank > Import > GIFT format."]
    for doc, questions in questions_by_document(bank):
        blocks.append(f"$CATEGORY: {category_path(doc.get('title') or doc['id'])}")
        for q in questions:
            text = render_question(q, bank, report)
            if text is not None:
                blocks.append(f"// {q['id']}: {q['type']}, {q['kind']}\n{text}")
                report.written += 1
    return "\n\n".join(blocks) + "\n"


def write(bank: Bank, path: Path, report: ExportReport, **options) -> None:
    path.write_text(render(bank, report, **options), encoding="utf-8")
