"""How worksheet text is laid out in the PDF: question numbers of 100 and more keep clear of the
question, and no line is left holding one word of a sentence that goes on."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from quizgen.bank import check, new_bank
from quizgen.render import WorksheetOptions, prepare, render_worksheets

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")

# Invented sentences with what triggered the fault: a break opportunity inside a word (hyphen,
# slash) or after a dash on the line before the one that holds the blank.
SENTENCES = [
    'The station was renamed from a "B" site to a "B-North" coastal-survey site, but was still called '
    "in reports an inland-survey site at ________'s request.",
    "In May 1987, the new harbour plan was presented by the firm of Clara Voss Design, Studio for "
    "Northern Building and Above/Below, a group that ________ later took over.",
    "Marten went to sleep a few hours into the crossing\u2014about two hours before he had meant to, "
    "then woke at ________ and took over the helm.",
]


def cloze(i: int, prompt: str) -> dict:
    sentence = prompt.replace("________", "9 March 1990")
    return {"id": f"sample-{i:010d}", "type": "cloze", "kind": "date", "prompt": prompt,
            "answer": {"text": "9 March 1990", "value": "1990-03-09", "accept": ["9 March 1990"]},
            "source": {"document": "sample", "section": "History", "sentence": sentence,
                       "span": [0, len(sentence)]},
            "difficulty": "medium", "points": 1, "tags": ["date", "cloze"]}


def bank_of(prompts: list[str]) -> dict:
    doc = {"id": "sample", "title": "Sample", "path": "sample.md", "sha256": "0" * 64, "repaired": None,
           "license": None, "attribution": None}
    return check(new_bank([doc], [cloze(i, p) for i, p in enumerate(prompts)]))


def pdf_lines(pdf: bytes) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True).stdout
    return out.decode("utf-8").splitlines()


def test_numbers_of_100_and_more_keep_clear_of_the_question(tmp_path):
    prompts = [f"Question number {i} asks about the year the mill of town {i} opened on ________."
               for i in range(1, 106)]
    options = WorksheetOptions(count=105, min_quality=None, format="pdf", key="none")
    result = render_worksheets(bank_of(prompts), options, tmp_path)
    lines = pdf_lines(result.outputs[0].path.read_bytes())
    numbered = [line.strip() for line in lines if re.match(r"\s*\d+\.\S", line.strip()) or
                re.match(r"\s*\d+\.\s", line)]
    assert len(numbered) == 105
    assert [n for n in numbered if not re.match(r"\d+\.\s+Question", n)] == []


def test_no_line_holds_one_word_of_a_sentence_that_goes_on():
    from weasyprint import HTML

    options = WorksheetOptions(count=len(SENTENCES), min_quality=None, format="pdf", key="none")
    html = prepare(bank_of(SENTENCES), options).outputs[0].html
    alone = []
    for width in range(100, 181):  # text widths in mm; the fault showed at a few of them
        sized = html.replace("</style>", f"@page {{ size: {width + 32}mm 400mm; }}</style>", 1)
        for line in pdf_lines(HTML(string=sized).write_pdf()):
            words = line.split()
            if len(words) == 1 and re.fullmatch(r"[\w\"'-]+,?", words[0]):
                alone.append((width, words[0]))
    assert alone == []
