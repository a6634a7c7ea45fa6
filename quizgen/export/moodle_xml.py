"""``moodle-xml``: Moodle XML, the richest format Moodle imports.

Rules followed (Moodle docs https://docs.moodle.org/en/Moodle_XML_format; Moodle's importer and
exporter ``question/format/xml/format.php`` in moodle/moodle; the cloze syntax of
``question/type/multianswer/questiontype.php``, ``qtype_multianswer_extract_question`` and its
``ANSWER_REGEX``):

* ``<?xml version="1.0" encoding="UTF-8"?>`` first, root ``<quiz>``. Written with lxml, so every
  text is XML-escaped; HTML fields go in CDATA as Moodle's own exports do.
* A ``<question type="category">`` with ``$course$/top/<article title>`` before each article's
  questions (a ``/`` inside a title is doubled, Moodle's escape for the path separator).
* Every question has ``<name>`` (the bank id), ``<questiontext format="html">`` (text HTML-escaped,
  so ``<script>`` stays text), ``<generalfeedback>`` citing the source sentence, ``<defaultgrade>``
  (the bank's points), ``<penalty>``, ``<hidden>``, ``<idnumber>`` (the bank id, so a re-import can
  be recognised) and ``<tags>``.
* ``multichoice`` (``<single>true``, ``<shuffleanswers>``, ``<answernumbering>abc``, answers with
  ``fraction`` 100/0), ``truefalse`` (answers ``true``/``false``), ``shortanswer`` (``<usecase>0``:
  case does not matter; one ``<answer fraction="100">`` per accepted form, plain text),
  ``matching`` (``<subquestion format="html">`` with its ``<answer>``; Moodle shuffles the answers).
* ``cloze`` (qtype_multianswer): the blank becomes ``{N:SHORTANSWER:=form~=form}`` where N is the
  question's points. Inside an answer ``}`` and ``#`` are escaped with a backslash and ``~`` is
  written as ``&#126;``: the answer pattern stops at an unescaped ``~ # }`` but not after ``&``, and
  the importer decodes HTML entities (``html_entity_decode``) and ``\\}`` ``\\#``. Braces in the
  surrounding text are written as ``&#123;`` / ``&#125;`` so they can never start a subquestion.

Conversions and skips: ordering -> matching with positions ("1st", "2nd", ...); matching with fewer
than 3 pairs is skipped, because Moodle's matching editor requires 2 questions and 3 answers
(``qtype_match_edit_form::validation``).
"""

from __future__ import annotations

import html
from pathlib import Path

from lxml import etree

from quizgen.export.common import (
    Bank, ExportReport, Question, accepted, cloze_parts, fmt_points, moodle_question, points,
    questions_by_document, source_html,
)
from quizgen.export.gift import category_path
from quizgen.qtypes import per_type

PENALTY = "0.3333333"
# Characters that end an answer inside {1:SHORTANSWER:...}, and how to keep them in it.
_CLOZE_ANSWER = {"\\": "&#92;", "~": "&#126;", "}": "\\}", "#": "\\#"}


def _text_el(parent, tag: str, text: str, fmt: str | None = None, cdata: bool = False):
    el = etree.SubElement(parent, tag)
    if fmt:
        el.set("format", fmt)
    t = etree.SubElement(el, "text")
    # CDATA cannot contain its own terminator; fall back to ordinary escaping then.
    t.text = etree.CDATA(text) if cdata and text and "]]>" not in text else text
    return el


def _p(text: str) -> str:
    return f"<p>{html.escape(text, quote=False)}</p>"


def cloze_answer(text: str) -> str:
    """One answer inside ``{1:SHORTANSWER:...}``."""
    out = "".join(_CLOZE_ANSWER.get(c, c) for c in html.escape(text, quote=False))
    if out.endswith("&amp;"):
        # The answer pattern will not end right after "&amp;", so spell that ampersand numerically.
        out = out[:-5] + "&#38;"
    return out


def cloze_text(text: str) -> str:
    """Text around the blank: HTML-escaped, braces as entities."""
    return html.escape(text, quote=False).replace("{", "&#123;").replace("}", "&#125;")


def _common(q_el, question: Question, bank: Bank, questiontext_html: str) -> None:
    _text_el(q_el, "name", question["id"])
    _text_el(q_el, "questiontext", questiontext_html, "html", cdata=True)
    _text_el(q_el, "generalfeedback", source_html(question, bank), "html", cdata=True)
    etree.SubElement(q_el, "defaultgrade").text = fmt_points(points(question))
    etree.SubElement(q_el, "penalty").text = PENALTY
    etree.SubElement(q_el, "hidden").text = "0"
    etree.SubElement(q_el, "idnumber").text = question["id"]


def _tags(q_el, question: Question) -> None:
    tags = question.get("tags") or []
    if tags:
        tags_el = etree.SubElement(q_el, "tags")
        for tag in tags:
            _text_el(tags_el, "tag", tag)


def _answer(q_el, text: str, fraction: int, fmt: str, cdata: bool = False) -> None:
    a = etree.SubElement(q_el, "answer", fraction=str(fraction), format=fmt)
    t = etree.SubElement(a, "text")
    t.text = etree.CDATA(text) if cdata and text and "]]>" not in text else text
    _text_el(a, "feedback", "", "html")


def _multiple_choice(question: Question, bank: Bank, report: ExportReport):
    q_el = etree.Element("question", type="multichoice")
    _common(q_el, question, bank, _p(question["prompt"]))
    etree.SubElement(q_el, "single").text = "true"
    etree.SubElement(q_el, "shuffleanswers").text = "true"
    etree.SubElement(q_el, "answernumbering").text = "abc"
    for choice in question["choices"]:
        _answer(q_el, _p(choice), 100 if choice == question["answer"]["text"] else 0, "html", cdata=True)
    return q_el


def _true_false(question: Question, bank: Bank, report: ExportReport):
    q_el = etree.Element("question", type="truefalse")
    _common(q_el, question, bank, _p(question["prompt"]))
    right = bool(question["answer"]["value"])
    _answer(q_el, "true", 100 if right else 0, "moodle_auto_format")
    _answer(q_el, "false", 0 if right else 100, "moodle_auto_format")
    return q_el


def _short_answer(question: Question, bank: Bank, report: ExportReport):
    q_el = etree.Element("question", type="shortanswer")
    _common(q_el, question, bank, _p(question["prompt"]))
    etree.SubElement(q_el, "usecase").text = "0"
    for form in accepted(question):
        _answer(q_el, form, 100, "moodle_auto_format")
    return q_el


def _matching(question: Question, bank: Bank, report: ExportReport):
    if len(question["pairs"]) < 3:
        report.skip(question, "Moodle matching needs at least 3 pairs")
        return None
    q_el = etree.Element("question", type="matching")
    _common(q_el, question, bank, _p(question["prompt"]))
    etree.SubElement(q_el, "shuffleanswers").text = "true"
    for pair in question["pairs"]:
        sub = _text_el(q_el, "subquestion", _p(pair["left"]), "html", cdata=True)
        _text_el(sub, "answer", pair["right"])
    return q_el


def _ordering(question: Question, bank: Bank, report: ExportReport):
    moodle = moodle_question(question, report)
    return None if moodle is None else _matching(moodle[0], bank, report)


def _cloze(question: Question, bank: Bank, report: ExportReport):
    parts = cloze_parts(question["prompt"])
    if parts is None:
        report.skip(question, "the cloze prompt has no blank")
        return None
    before, after = parts
    weight = max(1, round(points(question)))
    blank = "{%d:SHORTANSWER:%s}" % (weight, "~".join("=" + cloze_answer(f) for f in accepted(question)))
    q_el = etree.Element("question", type="cloze")
    _common(q_el, question, bank, f"<p>{cloze_text(before)}{blank}{cloze_text(after)}</p>")
    # A cloze question's grade is the sum of its subquestions' weights.
    q_el.find("defaultgrade").text = str(weight)
    return q_el


#: The Moodle question element of each type; every registered type has an entry.
BY_TYPE = per_type({
    "short_answer": _short_answer,
    "cloze": _cloze,
    "multiple_choice": _multiple_choice,
    "true_false": _true_false,
    "ordering": _ordering,
    "matching": _matching,
}, "Moodle XML export")


def question_element(question: Question, bank: Bank, report: ExportReport):
    q_el = BY_TYPE[question["type"]](question, bank, report)
    if q_el is not None:
        _tags(q_el, question)
    return q_el


def render(bank: Bank, report: ExportReport | None = None, **_) -> str:
    report = report or ExportReport("moodle-xml")
    quiz = etree.Element("quiz")
    for doc, questions in questions_by_document(bank):
        quiz.append(etree.Comment(f" {(doc.get('title') or doc['id']).replace('--', '- -')} "))
        cat = etree.SubElement(quiz, "question", type="category")
        _text_el(cat, "category", category_path(doc.get("title") or doc["id"]))
        _text_el(cat, "info", html.escape(doc.get("attribution") or "", quote=False), "html")
        for q in questions:
            el = question_element(q, bank, report)
            if el is not None:
                quiz.append(el)
                report.written += 1
    body = etree.tostring(quiz, encoding="unicode", pretty_print=True)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body


def write(bank: Bank, path: Path, report: ExportReport, **options) -> None:
    path.write_text(render(bank, report, **options), encoding="utf-8")
