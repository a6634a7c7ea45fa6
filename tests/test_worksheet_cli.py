"""``quizgen worksheet`` end to end: the PDFs are read back and checked against the bank."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from quizgen.bank import load_bank
from quizgen.formats import fold
from quizgen.render import WorksheetOptions, prepare

from conftest import ARTICLES, DATA, ROOT

SAMPLE = DATA / "sample.bank.json"
NAME = "battle-of-shusha-2020"


def run(*args, capsys=None) -> tuple[int, str]:
    """Run the command in this process; returns (exit code, stderr)."""
    from quizgen.cli import main

    try:
        main([str(a) for a in args])
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    err = capsys.readouterr().err if capsys else ""
    return code, err


def pdf_pages(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def flat(text: str) -> str:
    """One line, single spaces: the PDF breaks lines where the page does."""
    return re.sub(r"\s+", " ", text)


def snippet(prompt: str) -> str:
    """A piece of the prompt that survives as text in the PDF (the blanks are drawn, not written)."""
    before = flat(re.split(r"_{3,}", prompt)[0]).strip()
    if len(before) >= 12:  # the text up to the blank: the blank's own spacing differs in the PDF
        return before[:60]
    return flat(re.sub(r"_{3,}", "", prompt)).strip()[:60]


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory):
    """Two variants of the sample bank, each with a separate key, as PDF and HTML."""
    out = tmp_path_factory.mktemp("ws")
    options = WorksheetOptions(variants=2, format="both", seed=4)
    from quizgen.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["worksheet", str(SAMPLE), "-o", str(out), "--variants", "2", "--format", "both", "--seed", "4"])
    assert exc.value.code == 0
    expected = prepare(load_bank(SAMPLE), options, out)
    return out, expected


def test_files_are_named_for_the_article(sample_run):
    out, _ = sample_run
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(f"{NAME}-{what}-{v}.{ext}" for what in ("worksheet", "key") for v in "AB"
                           for ext in ("pdf", "html"))


def test_every_question_is_on_the_sheet_in_order(sample_run):
    out, expected = sample_run
    for variant in expected.variants:
        text = flat(" ".join(pdf_pages(out / f"{NAME}-worksheet-{variant.letter}.pdf")))
        at = 0
        for item in variant.items:
            found = text.find(f"{item.number}. {snippet(item.prompt)}", at)
            assert found >= at, f"question {item.number} missing or out of order: {snippet(item.prompt)!r}"
            at = found
            for letter, choice in item.choices:
                assert f"{letter} {choice}" in text
            for label, entry in item.entries:
                assert f"{label}) {entry}" in text


def test_no_question_is_split_across_pages(tmp_path, capsys):
    # a real article, enough questions for three pages
    bank_path = tmp_path / "shusha.bank.json"
    from quizgen.bank import save_bank
    from quizgen.pipeline import open_inputs

    bank, _ = open_inputs([str(ARTICLES / f"{NAME}.md")])
    save_bank(bank, bank_path)
    code, _ = run("worksheet", bank_path, "-o", tmp_path / "out", "--count", "30", "--key", "none", capsys=capsys)
    assert code == 0
    result = prepare(bank, WorksheetOptions(count=30, key="none"), tmp_path / "again")
    pages = [flat(p) for p in pdf_pages(tmp_path / "out" / f"{NAME}-worksheet-A.pdf")]
    assert len(pages) >= 2
    for item in result.variants[0].items:
        start = f"{item.number}. {snippet(item.prompt)}"
        last = (f"{item.choices[-1][0]} {item.choices[-1][1]}" if item.choices else
                f"{item.entries[-1][0]}) {item.entries[-1][1]}" if item.entries else
                item.right[-1][1] if item.right else start)
        # ("1. Which year ..." is also inside "11. Which year ...": the number must stand alone)
        on = [i for i, p in enumerate(pages) if re.search(r"(?<!\d)" + re.escape(start), p)]
        assert len(on) == 1, f"question {item.number} not found once"
        # (spaces compared out: pypdf splits kerned pairs, 'T ehran' for 'Tehran')
        assert flat(last)[:50].replace(" ", "") in pages[on[0]].replace(" ", ""), \
            f"question {item.number} runs onto the next page"


def test_every_page_has_its_number_and_version(sample_run):
    out, expected = sample_run
    for variant in expected.variants:
        for what in ("worksheet", "key"):
            pages = pdf_pages(out / f"{NAME}-{what}-{variant.letter}.pdf")
            for n, page in enumerate(pages, 1):
                assert f"Page {n} of {len(pages)}" in page
                assert f"Version {variant.letter}" in page


def test_key_answers_equal_the_bank(sample_run):
    out, expected = sample_run
    bank = load_bank(SAMPLE)
    by_id = {q["id"]: q for q in bank["questions"]}
    for variant in expected.variants:
        key = flat(" ".join(pdf_pages(out / f"{NAME}-key-{variant.letter}.pdf")))
        at = 0
        for item in variant.items:
            q = by_id[item.question["id"]]
            if q["type"] == "multiple_choice":
                answer = f"{item.number}. {item.answer_letter} {q['answer']['text']}"
            elif q["type"] == "true_false":
                answer = f"{item.number}. {'True' if q['answer']['value'] else 'False'}"
            elif q["type"] == "ordering":
                answer = f"{item.number}. " + ", ".join(f"{label} {pos}" for label, pos in item.order_key)
                # the key's numbers put the bank's answer back together
                labels = dict(item.entries)
                assert [labels[label] for label, _ in sorted(item.order_key, key=lambda lp: lp[1])] == q["answer"]["value"]
            elif q["type"] == "matching":
                answer = f"{item.number}. " + ", ".join(f"{n} {letter}" for n, _, letter, _ in item.match_key)
                for _, left, _, right in item.match_key:
                    assert {"left": left, "right": right} in q["pairs"]
            else:
                answer = f"{item.number}. {q['answer']['text']}"
            found = key.find(answer, at)
            assert found >= at, f"key of question {item.number} is not {answer!r}"
            at = found
        # the teacher sees where each answer comes from
        assert "Battle > Humanitarian issues:" in key
        assert "According to Reporters Without Borders, 80 journalists were trapped within the enclave." in key


def test_student_sheet_gives_no_answer_away(sample_run):
    out, expected = sample_run
    bank = load_bank(SAMPLE)

    def shown(q):  # what a question prints besides its answer
        return " ".join([q["prompt"], *q.get("choices", []), *q.get("items", []),
                         *[p[side] for p in q.get("pairs", []) for side in ("left", "right")]])

    for variant in expected.variants:
        sheet = flat(" ".join(pdf_pages(out / f"{NAME}-worksheet-{variant.letter}.pdf")))
        assert "Answer:" not in sheet and "also accept" not in sheet.lower() and "Answer key" not in sheet
        visible = fold(" ".join(shown(q) for q in bank["questions"]))
        for q in bank["questions"]:
            if q["type"] not in ("cloze", "short_answer"):
                continue
            for form in q["answer"].get("accept", []) + [q["answer"]["text"]]:
                if len(form) > 3 and fold(form) not in visible:
                    assert fold(form) not in fold(sheet), f"answer {form!r} printed on the student sheet"
        # the key of the sample has these; the sheet must not
        assert "1992-05-08" not in sheet and "May 8, 1992" not in sheet


def test_names_in_other_scripts_print_as_letters(sample_run):
    out, _ = sample_run
    text = " ".join(pdf_pages(out / f"{NAME}-worksheet-A.pdf"))
    assert "Şuşa (Շուշի)" in text
    fonts = set()
    for page in PdfReader(str(out / f"{NAME}-worksheet-A.pdf")).pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert fonts and all("DejaVu" in f for f in fonts), fonts


def test_fonts_cover_azerbaijani_armenian_and_cyrillic(tmp_path, capsys):
    """Names print as letters: the only font in the PDF is DejaVu, and it has every character."""
    from fontTools.ttLib import TTFont

    bank = load_bank(SAMPLE)
    bank["questions"][2]["prompt"] = "Mehriban Aliyeva (Мехрибан Алиева) visited Şuşa, Շուշի, in 2021."
    path = tmp_path / "scripts.bank.json"
    path.write_text(json.dumps(bank, ensure_ascii=False), encoding="utf-8")
    code, _ = run("worksheet", path, "-o", tmp_path, "--key", "none", capsys=capsys)
    assert code == 0
    pdf = tmp_path / f"{NAME}-worksheet-A.pdf"
    text = flat(" ".join(pdf_pages(pdf)))
    assert "Mehriban Aliyeva (Мехрибан Алиева) visited Şuşa, Շուշի, in 2021." in text
    fonts = {str(f.get_object()["/BaseFont"]) for page in PdfReader(str(pdf)).pages
             for f in page["/Resources"]["/Font"].values()}
    assert fonts and all("DejaVuSans" in f.replace("-", "") for f in fonts), fonts
    if shutil.which("fc-match"):
        font_file = subprocess.run(["fc-match", "-f", "%{file}", "DejaVu Sans"], capture_output=True, text=True).stdout
    else:  # fontconfig's tools are a separate package from the library WeasyPrint uses
        font_file = next(Path("/usr/share/fonts").rglob("DejaVuSans.ttf"))
    cmap = TTFont(font_file).getBestCmap()
    missing = [c for c in "ŞşəƏğıİöüМехрибанАлиеваՇուշի" if ord(c) not in cmap]
    assert not missing, missing


def test_variants_differ_and_repeat_with_the_same_seed(sample_run, tmp_path, capsys):
    out, _ = sample_run
    a = flat(" ".join(pdf_pages(out / f"{NAME}-worksheet-A.pdf")))
    b = flat(" ".join(pdf_pages(out / f"{NAME}-worksheet-B.pdf")))
    assert a.replace("Version A", "") != b.replace("Version B", "")
    code, _ = run("worksheet", SAMPLE, "-o", tmp_path, "--variants", "2", "--seed", "4", "--format", "html",
                  capsys=capsys)
    assert code == 0
    for v in "AB":
        for what in ("worksheet", "key"):
            name = f"{NAME}-{what}-{v}.html"
            assert (tmp_path / name).read_text(encoding="utf-8") == (out / name).read_text(encoding="utf-8")


def test_existing_files_are_kept_without_force(tmp_path, capsys):
    code, _ = run("worksheet", SAMPLE, "-o", tmp_path, "--format", "html", capsys=capsys)
    assert code == 0
    sheet = tmp_path / f"{NAME}-worksheet-A.html"
    sheet.write_text("edited by hand", encoding="utf-8")
    code, err = run("worksheet", SAMPLE, "-o", tmp_path, "--format", "html", capsys=capsys)
    assert code == 1
    assert f"{sheet}: file exists" in err and "--force" in err
    assert sheet.read_text(encoding="utf-8") == "edited by hand"
    code, err = run("worksheet", SAMPLE, "-o", tmp_path, "--format", "html", "--force", capsys=capsys)
    assert code == 0 and sheet.read_text(encoding="utf-8") != "edited by hand"


def test_bad_bank_gives_one_line_error(tmp_path):
    bad = tmp_path / "broken.bank.json"
    bad.write_text(json.dumps({"schema": "quizgen.bank/1", "documents": [], "questions": [{"id": "x"}]}),
                   encoding="utf-8")
    for target in (bad, tmp_path / "missing.bank.json"):
        proc = subprocess.run([sys.executable, "-m", "quizgen", "worksheet", str(target), "-o", str(tmp_path / "o")],
                              capture_output=True, text=True, cwd=ROOT)
        assert proc.returncode == 1
        lines = proc.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("quizgen: error: ") and str(target) in lines[0], proc.stderr
        assert "Traceback" not in proc.stderr
    assert not (tmp_path / "o").exists()


def test_templates_option_overrides_a_partial(tmp_path, capsys):
    custom = tmp_path / "school" / "worksheet"
    custom.mkdir(parents=True)
    (custom / "_true_false.html").write_text(
        '{% extends "default:worksheet/_true_false.html" %}\n', encoding="utf-8")
    shutil.copy(ROOT / "templates" / "worksheet" / "strings.html", custom / "strings.html")
    text = (custom / "strings.html").read_text(encoding="utf-8").replace('"Name"', '"Nom"')
    (custom / "strings.html").write_text(text, encoding="utf-8")
    code, _ = run("worksheet", SAMPLE, "-o", tmp_path / "out", "--templates", tmp_path / "school",
                  "--key", "none", capsys=capsys)
    assert code == 0
    files = list((tmp_path / "out").iterdir())
    assert [f.name for f in files] == [f"{NAME}-worksheet-A.pdf"]
    page1 = pdf_pages(files[0])[0]
    assert "Nom:" in page1 and "Name:" not in page1


def test_articles_are_extracted_on_the_way(tmp_path, capsys):
    article = ARTICLES / f"{NAME}.md"
    code, err = run("worksheet", article, "-o", tmp_path, "--count", "12", "--key", "appended",
                    "--paper", "letter", "--title", "Year 9 history", capsys=capsys)
    assert code == 0, err
    pdf = tmp_path / f"{NAME}-teacher-A.pdf"  # it holds the answers: not the student sheet's name
    assert [p.name for p in tmp_path.iterdir()] == [pdf.name]
    reader = PdfReader(str(pdf))
    assert [round(float(x)) for x in reader.pages[0].mediabox[2:]] == [612, 792]
    pages = [p.extract_text() for p in reader.pages]
    assert "Year 9 history" in pages[0] and "CC BY-SA" in pages[0]
    assert "Answer key" not in pages[0] and any("Answer key" in p for p in pages[1:])
    numbers = [int(n) for n in re.findall(r"^(\d+)\. ", "\n".join(pages), flags=re.M)]
    assert list(range(1, 13)) == sorted(set(numbers))
    assert str(pdf) in err.strip().splitlines()[-1]  # the summary names what was written


def test_multi_article_bank_is_named_after_the_bank(tmp_path, capsys):
    bank = load_bank(SAMPLE)
    second = {**bank["documents"][0], "id": "du-fu", "title": "Du Fu"}
    bank["documents"].append(second)
    bank["questions"][0]["source"] = {**bank["questions"][0]["source"], "document": "du-fu"}
    path = tmp_path / "term-two.bank.json"
    path.write_text(json.dumps(bank, ensure_ascii=False), encoding="utf-8")
    code, _ = run("worksheet", path, "-o", tmp_path / "out", "--format", "html", capsys=capsys)
    assert code == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["term-two-key-A.html", "term-two-worksheet-A.html"]
    key = (tmp_path / "out" / "term-two-key-A.html").read_text(encoding="utf-8")
    assert "Du Fu ›" in key  # with several articles the key names the article of each answer


def test_unknown_type_and_unreadable_inputs(tmp_path, capsys):
    code, err = run("worksheet", SAMPLE, "--types", "cloze,essay", "-o", tmp_path, capsys=capsys)
    assert code == 2 and "'--types'" in err and "essay" in err
    # one unreadable article: reported, the readable bank still printed, exit status 1
    code, err = run("worksheet", SAMPLE, tmp_path / "missing.md", "-o", tmp_path / "out", "--format", "html",
                    capsys=capsys)
    assert code == 1 and "missing.md" in err
    assert (tmp_path / "out" / f"{NAME}-worksheet-A.html").exists()


def test_warns_when_no_font_has_a_character(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("quizgen.render.installed_coverage", lambda: ((0x20, 0x7E), (0xA0, 0x24F), (0x2000, 0x206F)))
    bank = load_bank(SAMPLE)
    bank["questions"][2]["prompt"] = "Du Fu (杜甫) was born in 712."
    path = tmp_path / "dufu.bank.json"
    path.write_text(json.dumps(bank, ensure_ascii=False), encoding="utf-8")
    code, err = run("worksheet", path, "-o", tmp_path, "--key", "none", capsys=capsys)
    assert code == 0
    assert "warning: no installed font has" in err and "杜 甫" in err
    assert "Շ" in err  # Armenian is not in the fake coverage either
