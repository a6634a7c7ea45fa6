"""``markdown``: the bank as a readable document, for review and version control.

CommonMark (https://spec.commonmark.org/): one ``##`` section per article, one ``###`` heading
per question (number, type, kind, difficulty, points), the prompt, the choices as a task list with
the right one ticked, the answer and accepted forms, the items and pairs in their right order,
and the cited sentence as a block quote. Every type is written; none is skipped. Text is written
as it stands, except that ``<`` and a ``&`` that would start a character reference are escaped (so
``<script>`` is shown, not run) and
a leading character that would start a list, heading or quote is backslash-escaped. The output
depends only on the bank, so a diff between two exports shows exactly what changed.
"""

from __future__ import annotations

import re
from pathlib import Path

from quizgen.export.common import TYPE_LABELS, Bank, ExportReport, Question, accepted, questions_by_document
from quizgen.qtypes import per_type


def md(text: str) -> str:
    """Inline text: HTML-escaped, one line, Markdown punctuation that could change meaning escaped."""
    text = " ".join(str(text).split())
    # Only what would turn into markup: tags and character references ("a > b" stays readable).
    text = re.sub(r"&(?=#?\w+;)", "&amp;", text).replace("<", "&lt;")
    text = re.sub(r"([\\`*\[\]|])", r"\\\1", text)
    return re.sub(r"^([#>+\-]|\d+[.)])", r"\\\1", text)


def _answer_text(question: Question) -> list[str]:
    lines = [f"**Answer:** {md(question['answer']['text'])}", ""]
    others = accepted(question)[1:]
    if others:
        lines += ["**Also accepted:** " + "; ".join(md(o) for o in others), ""]
    return lines


def _multiple_choice(question: Question) -> list[str]:
    answer = question["answer"]
    return [f"- [{'x' if c == answer['text'] else ' '}] {md(c)}" for c in question["choices"]] + [""] + \
        _answer_text(question)


def _true_false(question: Question) -> list[str]:
    return [f"**Answer:** {'True' if question['answer']['value'] else 'False'}", ""]


def _ordering(question: Question) -> list[str]:
    return ["Items as shown:", ""] + [f"- {md(i)}" for i in question["items"]] + [""] + \
        ["**Right order:**", ""] + [f"{k}. {md(i)}" for k, i in enumerate(question["answer"]["value"], 1)] + [""]


def _matching(question: Question) -> list[str]:
    return ["| Left | Right |", "| --- | --- |"] + \
        [f"| {md(p['left'])} | {md(p['right'])} |" for p in question["pairs"]] + [""]


#: The lines after each type's prompt: choices, items or pairs, and the key.
BY_TYPE = per_type({
    "short_answer": _answer_text,
    "cloze": _answer_text,
    "multiple_choice": _multiple_choice,
    "true_false": _true_false,
    "ordering": _ordering,
    "matching": _matching,
}, "Markdown export")


def question_block(n: int, question: Question) -> list[str]:
    qtype = question["type"]
    meta = [TYPE_LABELS.get(qtype, qtype), question["kind"]]
    if question.get("difficulty"):
        meta.append(question["difficulty"])
    if question.get("points") is not None:
        meta.append(f"{question['points']:g} pt" + ("" if question["points"] == 1 else "s"))
    lines = [f"### {n}. {', '.join(meta)}", "", f"`{question['id']}`", "", md(question["prompt"]), ""]
    lines += BY_TYPE[qtype](question)
    src = question["source"]
    where = f" ({md(src['section'])})" if src.get("section") else ""
    lines += [f"> {md(src['sentence'])}{where}", ""]
    if question.get("tags"):
        lines += ["Tags: " + ", ".join(md(t) for t in question["tags"]), ""]
    return lines


def render(bank: Bank, report: ExportReport | None = None, **_) -> str:
    lines = ["# Question bank", ""]
    n = 0
    for doc, questions in questions_by_document(bank):
        lines += [f"## {md(doc.get('title') or doc['id'])}", ""]
        if doc.get("attribution"):
            lines += [f"*{md(doc['attribution'])}*", ""]
        for q in questions:
            n += 1
            lines += question_block(n, q)
            if report is not None:
                report.written += 1
    return "\n".join(lines).rstrip("\n") + "\n"


def write(bank: Bank, path: Path, report: ExportReport, **options) -> None:
    path.write_text(render(bank, report, **options), encoding="utf-8")
