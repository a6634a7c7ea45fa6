"""Every export format is read back and compared with the bank it came from.

GIFT is read by a small parser that follows Moodle's importer (``qformat_gift::readquestion``);
Moodle XML and QTI are parsed with lxml and checked against the structural rules of each format
(and QTI 2.1 against its XSD, kept under tests/data/xsd/); the Anki package is imported into a
fresh collection with Anki's own library; the Kahoot sheet is read back with openpyxl. The banks
used carry the awkward characters: GIFT specials, Şuşa, Շուշի, quotes, ``<script>``.
"""

from __future__ import annotations

import copy
import csv
import html
import io
import json
import re
import time
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from lxml import html as lxml_html

from quizgen.bank import load_bank, validate
from quizgen.export import FORMATS, export_bank
from quizgen.export.common import ExportReport, accepted, ordinal

DATA = Path(__file__).resolve().parent / "data"
SAMPLE = DATA / "sample.bank.json"
XSD_ROOT = DATA / "xsd"


# ------------------------------------------------------------------ banks

@pytest.fixture
def sample():
    return load_bank(SAMPLE)


def tricky_bank() -> dict:
    """The sample bank plus questions whose answers, choices and pairs carry every special character."""
    bank = load_bank(SAMPLE)
    base = bank["questions"][0]
    src = dict(base["source"], sentence="Şuşa (Շուշի) said: {x} ~ y = #1 \\ “quoted” and \"plain\" <b>bold</b> & more.")

    def q(i, **fields):
        out = {"id": f"tricky-{i}", "kind": "figure", "source": src, "difficulty": "medium", "points": 1,
               "tags": ["tricky"]}
        out.update(fields)
        return out

    bank["questions"] += [
        q(1, type="multiple_choice", prompt="Which is right: {a} ~ b = #1: c \\ d?",
          choices=["x = {1}", "y ~ 2 # z", "Şuşa: “Շուշի”", "<i>a</i> & b"],
          answer={"text": "Şuşa: “Շուշի”", "value": "Şuşa", "accept": ["Şuşa: “Շուշի”"]}),
        q(2, type="short_answer", prompt="Name the town (Շուշի) in {braces}?",
          answer={"text": "Şuşa", "value": "Şuşa", "accept": ["Şuşa", "Shusha", "Շուշի", "a}b#c~d\\e", "R&"]}),
        q(3, type="cloze", prompt="The town of ________ {is} #1: ~ \"quoted\" <b>.",
          answer={"text": "Şuşa", "value": "Şuşa", "accept": ["Şuşa", "Shu}sha", "Shu#sha", "Shu~sha"]}),
        q(4, type="matching", prompt="Match: a = b ~ c",
          pairs=[{"left": "Şuşa {1}", "right": "Շուշի #1"}, {"left": "x ~ y", "right": "a = b"},
                 {"left": "“q”", "right": "c: d"}],
          answer={"text": "...", "value": []}),
        q(5, type="true_false", prompt="Şuşa is Շուշի: {true} = #1?", choices=["True", "False"],
          answer={"text": "False", "value": False, "accept": ["False"]}),
        q(6, type="ordering", prompt="Order: #1 ~ {2}", items=["b = 2", "a ~ 1", "c # 3"],
          answer={"text": "...", "value": ["a ~ 1", "b = 2", "c # 3"]}),
        q(7, type="ordering", prompt="Only two items", items=["later", "earlier"],
          answer={"text": "...", "value": ["earlier", "later"]}),
        q(8, type="matching", prompt="Only two pairs", pairs=[{"left": "a", "right": "1"}, {"left": "b", "right": "2"}],
          answer={"text": "...", "value": []}),
    ]
    assert validate(bank) == []
    return bank


def kahoot_bank() -> dict:
    """Short questions that fit Kahoot's limits, plus ones that do not."""
    bank = tricky_bank()
    base = bank["questions"][1]
    bank["questions"] += [
        dict(base, id="k-1", prompt="Who was the President of Azerbaijan in 2020?",
             choices=["Nikol Pashinyan", "Ilham Aliyev", "Seyran Ohanyan", "Şuşa “Շուշի”"], difficulty="hard"),
        dict(base, id="k-2", type="true_false", prompt="Shusha (Շուշի) is a city.", choices=["True", "False"],
             answer={"text": "True", "value": True, "accept": ["True"]}, difficulty="easy"),
        dict(base, id="k-3", prompt="Long answer?", choices=["x" * 76, "Ilham Aliyev", "b", "c"]),
    ]
    return bank


def html_text(fragment: str) -> str:
    """The text a browser shows for an HTML fragment."""
    if not fragment.strip():
        return ""
    return lxml_html.fragment_fromstring(fragment, create_parent="div").text_content()


def one_line(text: str) -> str:
    return " ".join(text.split())


# ------------------------------------------------------------------ GIFT

GIFT_ESCAPES = {"\\:": ":", "\\#": "#", "\\=": "=", "\\{": "{", "\\}": "}", "\\~": "~", "\\n": "\n"}


def gift_parse(text: str) -> list[dict]:
    """Read GIFT the way Moodle's qformat_gift::readquestion does (the parts quizgen writes)."""
    out, category = [], None
    for block in re.split(r"\n\s*\n", text):
        lines = [ln for ln in block.split("\n") if not ln.strip().startswith("//")]
        body = "\n".join(lines).strip()
        if not body:
            continue
        # escapedchar_pre: protect escaped characters with placeholders.
        placeholders = {}
        body = body.replace("\\\\", "\x00B")
        for i, (esc, ch) in enumerate(GIFT_ESCAPES.items()):
            body = body.replace(esc, f"\x01{i}\x02")
            placeholders[f"\x01{i}\x02"] = ch
        body = body.replace("\x00B", "\\")

        def post(s: str) -> str:
            for ph, ch in placeholders.items():
                s = s.replace(ph, ch)
            return s.strip()

        if body.startswith("$CATEGORY:"):
            category = post(body[len("$CATEGORY:"):])
            continue
        q = {"category": category}
        assert body.startswith("::"), body
        end = body.index("::", 2)
        q["name"] = post(body[2:end])
        body = body[end + 2:].strip()
        start, finish = body.index("{"), body.index("}")
        assert body.count("{") == 1 and body.count("}") == 1, "unescaped brace in " + body
        answer = body[start + 1:finish].strip()
        if body.endswith("}"):
            qtext = body[:start]
        else:
            qtext = body[:start] + "_____" + body[finish + 1:]
        fmt = "moodle"
        if qtext.startswith("["):
            fmt = qtext[1:qtext.index("]")]
            qtext = qtext[qtext.index("]") + 1:]
        assert fmt == "html"
        q["text"] = html_text(post(qtext))
        if "####" in answer:
            answer, q["feedback"] = answer[:answer.rindex("####")], html_text(post(answer[answer.rindex("####") + 4:]))
        answer = answer.strip()
        if "~" in answer:
            q["type"] = "multichoice"
            parts = [a.strip() for a in answer.replace("=", "~=").split("~") if a.strip()]
            # commentparser: an answer's own feedback follows its first (unescaped) '#'.
            parts = [a.split("#", 1)[0].strip() for a in parts]
            q["choices"] = [html_text(post(a.lstrip("="))) for a in parts]
            q["right"] = [html_text(post(a[1:])) for a in parts if a.startswith("=")]
        elif "=" in answer and "->" in answer:
            q["type"] = "match"
            q["pairs"] = []
            for part in [a for a in answer.split("=") if a.strip()]:
                left, right = part.split("->", 1)
                q["pairs"].append((html_text(post(left)), post(right)))
        elif answer in ("T", "TRUE", "F", "FALSE"):
            q["type"] = "truefalse"
            q["right"] = answer.startswith("T")
        else:
            q["type"] = "shortanswer"
            forms = []
            for part in [a for a in answer.split("=") if a.strip()]:
                part = part.strip()
                if part.startswith("%100%"):
                    part = part[5:]
                forms.append(post(part.split("#", 1)[0]))
            q["forms"] = forms
        out.append(q)
    return out


def test_gift_round_trip_keeps_every_key_and_character():
    bank = tricky_bank()
    report = ExportReport("gift")
    from quizgen.export.gift import render

    parsed = {q["name"]: q for q in gift_parse(render(bank, report))}
    for q in bank["questions"]:
        if q["id"] in ("tricky-7", "tricky-8"):
            assert q["id"] not in parsed  # too few pairs for Moodle: skipped, and counted below
            continue
        p = parsed[q["id"]]
        assert p["category"] == "$course$/top/Battle of Shusha (2020)"
        assert q["source"]["sentence"] in p["feedback"]
        if q["type"] == "multiple_choice":
            assert p["type"] == "multichoice" and p["choices"] == q["choices"] and p["right"] == [q["answer"]["text"]]
            assert p["text"] == q["prompt"]
        elif q["type"] == "true_false":
            assert p["type"] == "truefalse" and p["right"] is q["answer"]["value"]
            assert p["text"] == q["prompt"]
        elif q["type"] in ("short_answer", "cloze"):
            assert p["type"] == "shortanswer" and p["forms"] == accepted(q)
            assert p["text"] == q["prompt"].replace("________", "_____") if q["type"] == "cloze" else q["prompt"]
        elif q["type"] == "matching":
            assert p["type"] == "match" and p["pairs"] == [(x["left"], x["right"]) for x in q["pairs"]]
        elif q["type"] == "ordering":
            assert p["type"] == "match"
            assert sorted(p["pairs"], key=lambda lr: lr[1]) == [(item, ordinal(i)) for i, item in
                                                                 enumerate(q["answer"]["value"], 1)]
    assert "1 ordering question skipped: Moodle matching needs at least 3 pairs (ordering with 2 items)" in report.messages()
    assert "1 matching question skipped: Moodle matching needs at least 3 pairs" in report.messages()
    assert "2 ordering questions converted: to matching with positions (1st, 2nd, ...)" in report.messages()
    assert report.written == len(bank["questions"]) - 2


def test_gift_has_no_unescaped_specials_in_text():
    from quizgen.export.gift import escape, render

    assert escape("a{b}c~d=e#f:g\\h\ni") == "a\\{b\\}c\\~d\\=e\\#f\\:g\\\\h\\ni"
    text = render(tricky_bank())
    assert "<script>" not in text and "&lt;script&gt;" in text
    for block in text.strip().split("\n\n"):
        if block.startswith("//") and "\n" not in block or block.startswith("$CATEGORY"):
            continue
        assert block.count("\n") == 1  # a comment line and the question, never a raw newline inside it


# ------------------------------------------------------------------ Moodle XML

# Moodle's ANSWER_ALTERNATIVE / ANSWER_REGEX for cloze subquestions (question/type/multianswer),
# with the variable-width look-behind split into three fixed-width ones.
CLOZE_ALT = r"(=|%(-?[0-9]+(?:[.,][0-9]*)?)%)?(.+?(?<!\\)(?<!&)(?<!&amp;)(?=[~#}]|$))(#(.*?(?<!\\)(?=[~}]|$)))?"
CLOZE_RE = re.compile(r"\{([0-9]*):(SHORTANSWER|SA|MW):(" + CLOZE_ALT + r"(~" + CLOZE_ALT + r")*)\}", re.S)


def moodle_cloze_answers(questiontext: str) -> tuple[str, list[str]]:
    m = CLOZE_RE.search(questiontext)
    assert m, questiontext
    forms, rest = [], m.group(3)
    while rest:
        a = re.match("~?" + CLOZE_ALT, rest, re.S)
        answer = html.unescape(a.group(3)).replace("\\}", "}").replace("\\#", "#")
        assert a.group(1) == "="
        forms.append(answer)
        rest = rest[a.end():]
    return questiontext[:m.start()] + "_____" + questiontext[m.end():], forms


def test_moodle_xml_round_trip():
    from quizgen.export.moodle_xml import render

    bank = tricky_bank()
    report = ExportReport("moodle-xml")
    text = render(bank, report)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>')
    root = etree.fromstring(text.encode("utf-8"))
    by_name = {}
    category = None
    for el in root.findall("question"):
        if el.get("type") == "category":
            category = el.findtext("category/text")
            continue
        by_name[el.findtext("name/text")] = (el, category)
    assert set(by_name) == {q["id"] for q in bank["questions"]} - {"tricky-7", "tricky-8"}
    for q in bank["questions"]:
        if q["id"] not in by_name:
            continue
        el, category = by_name[q["id"]]
        assert category == "$course$/top/Battle of Shusha (2020)"
        assert el.findtext("idnumber") == q["id"]
        assert q["source"]["sentence"] in html_text(el.findtext("generalfeedback/text"))
        qtext = html_text(el.findtext("questiontext/text"))
        answers = [(a.get("fraction"), a.findtext("text")) for a in el.findall("answer")]
        if q["type"] == "multiple_choice":
            assert el.get("type") == "multichoice" and qtext == q["prompt"]
            assert [(f, html_text(t)) for f, t in answers] == [("100" if c == q["answer"]["text"] else "0", c)
                                                               for c in q["choices"]]
        elif q["type"] == "true_false":
            assert el.get("type") == "truefalse"
            right = "true" if q["answer"]["value"] else "false"
            assert [t for f, t in answers if f == "100"] == [right]
        elif q["type"] == "short_answer":
            assert el.get("type") == "shortanswer" and el.findtext("usecase") == "0"
            assert [t for f, t in answers] == accepted(q) and {f for f, _ in answers} == {"100"}
        elif q["type"] == "cloze":
            assert el.get("type") == "cloze"
            shown, forms = moodle_cloze_answers(el.findtext("questiontext/text"))
            assert forms == accepted(q)
            assert html_text(shown) == q["prompt"].replace("________", "_____")
        elif q["type"] in ("matching", "ordering"):
            assert el.get("type") == "matching"
            pairs = [(html_text(s.findtext("text")), s.findtext("answer/text")) for s in el.findall("subquestion")]
            if q["type"] == "matching":
                assert pairs == [(p["left"], p["right"]) for p in q["pairs"]]
            else:
                assert sorted(pairs, key=lambda lr: lr[1]) == [(t, ordinal(i)) for i, t in enumerate(q["answer"]["value"], 1)]
    assert report.n_skipped == 2


# ------------------------------------------------------------------ QTI 1.2 (Canvas)

QTI12 = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"


def test_qti12_package_is_what_canvas_imports(tmp_path):
    bank = tricky_bank()
    path = tmp_path / "quiz.zip"
    report = export_bank(bank, "qti", path)
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        manifest = etree.fromstring(zf.read("imsmanifest.xml"))
        hrefs = [f.get("href") for f in manifest.iter("{*}file")]
        assert all(h in names for h in hrefs) and "non_cc_assessments/" in names
        qti_href = next(r.find("{*}file").get("href") for r in manifest.iter("{*}resource")
                        if r.get("type") == "imsqti_xmlv1p2")
        doc = etree.fromstring(zf.read(qti_href))
        meta = etree.fromstring(zf.read(qti_href.split("/")[0] + "/assessment_meta.xml"))
    assert doc.tag == QTI12 + "questestinterop"
    assert meta.findtext("{*}title") == "Battle of Shusha (2020)"
    items = {i.get("title"): i for i in doc.iter(QTI12 + "item")}
    assert len(items) == len(bank["questions"]) == report.written
    for q in bank["questions"]:
        item = items[q["id"]]
        fields = {f.findtext(QTI12 + "fieldlabel"): f.findtext(QTI12 + "fieldentry") for f in item.iter(QTI12 + "qtimetadatafield")}
        prompt = html_text(item.find(f"{QTI12}presentation/{QTI12}material/{QTI12}mattext").text)
        assert prompt == q["prompt"]
        feedback = item.find(f"{QTI12}itemfeedback[@ident='general_fb']")
        assert q["source"]["sentence"] in html_text(feedback.find(f".//{QTI12}mattext").text)
        labels = {lab.get("ident"): html_text(lab.find(f".//{QTI12}mattext").text)
                  for lab in item.iter(QTI12 + "response_label") if lab.find(f".//{QTI12}mattext") is not None}
        scoring = [c for c in item.iter(QTI12 + "respcondition") if c.find(QTI12 + "setvar") is not None]
        if q["type"] in ("multiple_choice", "true_false"):
            assert fields["question_type"] == f"{q['type']}_question"
            (cond,) = scoring
            right = labels[cond.find(f".//{QTI12}varequal").text]
            assert right == (q["answer"]["text"] if q["type"] == "multiple_choice" else str(q["answer"]["value"]))
            assert list(labels.values()) == q["choices"]
        elif q["type"] in ("short_answer", "cloze"):
            assert fields["question_type"] == "short_answer_question"
            assert [v.text for v in scoring[0].iter(QTI12 + "varequal")] == accepted(q)
        else:
            assert fields["question_type"] == "matching_question"
            lefts = {f"response_{r.get('ident')[len('response_'):]}": r.find(f"{QTI12}material/{QTI12}mattext").text
                     for r in item.iter(QTI12 + "response_lid")}
            got = {(lefts[c.find(f".//{QTI12}varequal").get("respident")], labels[c.find(f".//{QTI12}varequal").text])
                   for c in scoring}
            want = {(p["left"], p["right"]) for p in q["pairs"]} if q["type"] == "matching" else \
                {(t, ordinal(i)) for i, t in enumerate(q["answer"]["value"], 1)}
            assert got == want
            assert sum(float(c.findtext(QTI12 + "setvar")) for c in scoring) == pytest.approx(100, abs=0.05)
    assert "3 cloze questions converted: to short answer (the prompt keeps its blank)" in report.messages()


def test_qti_packages_are_reproducible(tmp_path):
    bank = load_bank(SAMPLE)
    for fmt in ("qti", "qti21"):
        export_bank(bank, fmt, tmp_path / "a.zip")
        export_bank(bank, fmt, tmp_path / "b.zip")
        assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()


# ------------------------------------------------------------------ QTI 2.1

@pytest.fixture(scope="module")
def qti21_schema():
    class Local(etree.Resolver):
        def resolve(self, url, pubid, context):
            if url.startswith("http://"):
                rel = url[len("http://"):].replace("www.w3.org/2009/01/xml.xsd", "www.w3.org/2001/xml.xsd")
                return self.resolve_filename(str(XSD_ROOT / rel), context)
            return None

    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(Local())
    return etree.XMLSchema(etree.parse(str(XSD_ROOT / "www.imsglobal.org/xsd/imsqti_v2p1.xsd"), parser))


QTI21 = "{http://www.imsglobal.org/xsd/imsqti_v2p1}"


def test_qti21_items_and_test_are_schema_valid_and_keep_the_key(tmp_path, qti21_schema):
    bank = tricky_bank()
    path = tmp_path / "quiz.zip"
    report = export_bank(bank, "qti21", path)
    assert report.written == len(bank["questions"]) and not report.messages()
    with zipfile.ZipFile(path) as zf:
        manifest = etree.fromstring(zf.read("imsmanifest.xml"))
        hrefs = [r.get("href") for r in manifest.iter("{*}resource")]
        docs = {h: etree.fromstring(zf.read(h)) for h in hrefs}
    for href, doc in docs.items():
        assert qti21_schema.validate(doc), (href, str(qti21_schema.error_log))
    items = {d.get("title"): d for d in docs.values() if d.tag == QTI21 + "assessmentItem"}
    for q in bank["questions"]:
        item = items[q["id"]]
        correct = [v.text for v in item.iter(QTI21 + "value") if v.getparent().tag == QTI21 + "correctResponse"]
        choices = {c.get("identifier"): c.text for c in item.iter(QTI21 + "simpleChoice")}
        if q["type"] in ("multiple_choice", "true_false"):
            want = q["answer"]["text"] if q["type"] == "multiple_choice" else str(q["answer"]["value"])
            assert [choices[c] for c in correct] == [want]
        elif q["type"] in ("short_answer", "cloze"):
            keys = [e.get("mapKey") for e in item.iter(QTI21 + "mapEntry")]
            assert keys == accepted(q)
            p = item.find(f"{QTI21}itemBody/{QTI21}p")
            entry = p.find(QTI21 + "textEntryInteraction")
            if q["type"] == "cloze":
                assert (p.text or "") + "________" + (entry.tail or "") == q["prompt"]
        elif q["type"] == "ordering":
            assert [choices[c] for c in correct] == q["answer"]["value"]
        else:
            assoc = {c.get("identifier"): c.text for c in item.iter(QTI21 + "simpleAssociableChoice")}
            assert {(assoc[a], assoc[b]) for a, b in (c.split() for c in correct)} == \
                {(p["left"], p["right"]) for p in q["pairs"]}


# ------------------------------------------------------------------ Anki

def _import_apkg(col_path: Path, apkg: Path):
    from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

    col = Collection(str(col_path))
    try:
        col.import_anki_package(ImportAnkiPackageRequest(package_path=str(apkg),
                                                         options=ImportAnkiPackageOptions(with_scheduling=False)))
        notes = [col.get_note(nid) for nid in col.find_notes("")]
        return [(n.guid, n.note_type()["name"], list(n.fields), list(n.tags)) for n in notes], \
            sorted(d.name for d in col.decks.all_names_and_ids())
    finally:
        col.close()


def test_anki_package_imports_and_reimport_updates(tmp_path):
    bank = tricky_bank()
    apkg = tmp_path / "deck.apkg"
    report = export_bank(bank, "anki", apkg)
    assert report.written == len(bank["questions"])
    col = tmp_path / "collection.anki2"
    notes, decks = _import_apkg(col, apkg)
    assert "quizgen::Battle of Shusha (2020)" in decks
    assert len(notes) == len(bank["questions"])
    cloze = [n for n in notes if n[1] == "quizgen Cloze"]
    assert len(cloze) == sum(q["type"] == "cloze" for q in bank["questions"])
    by_id = {html.unescape(n[2][3]): n for n in notes}
    seyran = by_id["battle-of-shusha-2020-0000000008"]
    assert html_text(seyran[2][0]) == "The Armenian military commander {{c1::Seyran Ohanyan}} said that Şuşa (Շուշի) would be defended."
    tricky = by_id["tricky-3"]
    assert html_text(tricky[2][0]) == 'The town of {{c1::Şuşa}} {is} #1: ~ "quoted" <b>.'
    assert "Şuşa (Շուշի) said: {x} ~ y = #1 \\ “quoted” and \"plain\" <b>bold</b> & more." in html_text(tricky[2][2])
    mc = by_id["tricky-1"]
    assert html_text(mc[2][1]) == "Şuşa: “Շուշի”" and "tricky" in mc[3]

    # Same deck again: nothing added. Edited prompt: the same note is updated, not duplicated.
    _import_apkg(col, apkg)
    # Anki updates a note only from a newer one: note times are whole seconds
    time.sleep(1.1)
    edited = copy.deepcopy(bank)
    edited["questions"][0]["prompt"] = edited["questions"][0]["prompt"].replace("successful", "a successful")
    export_bank(edited, "anki", tmp_path / "edited.apkg")
    notes_after, _ = _import_apkg(col, tmp_path / "edited.apkg")
    assert len(notes_after) == len(notes)
    assert {n[0] for n in notes_after} == {n[0] for n in notes}
    assert any("a successful offensive" in n[2][0] for n in notes_after)


def test_anki_ids_are_fixed():
    from quizgen.export import anki

    bank = load_bank(SAMPLE)
    first = anki.build_decks(bank, ExportReport("anki"))
    again = anki.build_decks(copy.deepcopy(bank), ExportReport("anki"))
    assert [d.deck_id for d in first] == [d.deck_id for d in again]
    assert [n.guid for n in first[0].notes] == [n.guid for n in again[0].notes]
    assert {n.model.model_id for n in first[0].notes} == {anki.BASIC_MODEL_ID, anki.CLOZE_MODEL_ID}


# ------------------------------------------------------------------ Kahoot

def test_kahoot_sheet_follows_the_template_and_limits(tmp_path):
    from openpyxl import load_workbook

    from quizgen.export.kahoot import HEADERS, TIME_LIMITS

    bank = kahoot_bank()
    path = tmp_path / "k.xlsx"
    report = export_bank(bank, "kahoot", path)
    ws = load_workbook(path).active
    assert [c.value for c in ws[8]][1:8] == HEADERS[1:]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=9) if r[1].value]
    assert report.written == len(rows) == 4
    by_prompt = {r[1]: r for r in rows}
    pres = by_prompt["Who was the President of Azerbaijan in 2020?"]
    assert pres[2:6] == ["Nikol Pashinyan", "Ilham Aliyev", "Seyran Ohanyan", "Şuşa “Շուշի”"]
    assert pres[6] == 60 and str(pres[7]) == "2"
    tf = by_prompt["Shusha (Շուշի) is a city."]
    assert tf[2:6] == ["True", "False", None, None] and str(tf[7]) == "1"
    for r in rows:
        assert len(r[1]) <= 120 and all(a is None or len(a) <= 75 for a in r[2:6])
        assert r[6] in TIME_LIMITS
        answers = [a for a in r[2:6] if a]
        assert len(answers) >= 2 and all(1 <= int(n) <= len(answers) for n in str(r[7]).split(","))
    messages = report.messages()
    assert "3 ordering questions skipped: Kahoot has no ordering type" in messages
    assert "1 multiple-choice question skipped: an answer longer than 75 characters" in messages
    assert "2 true/false questions converted: to a quiz question with the answers True and False" in messages
    assert sum(n for n in report.skipped.values()) + report.written == len(bank["questions"])


# ------------------------------------------------------------------ CSV, JSON, JSONL, Markdown

def test_csv_round_trip(tmp_path):
    bank = tricky_bank()
    export_bank(bank, "csv", tmp_path / "b.csv")
    raw = (tmp_path / "b.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["id"] for r in rows] == [q["id"] for q in bank["questions"]]
    for r, q in zip(rows, bank["questions"]):
        assert r["prompt"] == q["prompt"] and r["sentence"] == q["source"]["sentence"]
        assert json.loads(r["value"]) == q["answer"].get("value")
        assert r["choices"] == " | ".join(q.get("choices", []))


def test_json_and_jsonl_round_trip(tmp_path):
    from jsonschema import Draft202012Validator

    from quizgen.bank import schema

    bank = tricky_bank()
    export_bank(bank, "json", tmp_path / "b.bank.json")
    assert json.loads((tmp_path / "b.bank.json").read_text(encoding="utf-8")) == bank
    export_bank(bank, "json", tmp_path / "c.bank.json", compact=True)
    assert (tmp_path / "c.bank.json").read_text(encoding="utf-8").count("\n") == 1
    export_bank(bank, "jsonl", tmp_path / "b.jsonl")
    lines = (tmp_path / "b.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == bank["questions"]
    question_schema = {"$defs": schema()["$defs"], "$ref": "#/$defs/question"}
    for line in lines:
        Draft202012Validator(question_schema).validate(json.loads(line))
    assert "Շուշի" in lines[5]  # written as UTF-8, not \\u escapes


def test_json_refuses_an_invalid_bank(tmp_path):
    from quizgen.errors import BankError

    bank = tricky_bank()
    bank["questions"][0]["type"] = "essay"
    with pytest.raises(BankError, match="questions\\[0\\].type"):
        export_bank(bank, "json", tmp_path / "x.bank.json")


def test_markdown_is_readable_and_safe():
    from quizgen.export.markdown import render

    bank = tricky_bank()
    text = render(bank)
    for q in bank["questions"]:
        assert f"`{q['id']}`" in text
    assert "<script>" not in text and "&lt;script>" in text
    assert "- [x] Ilham Aliyev" in text and "- [ ] Nikol Pashinyan" in text
    assert "Şuşa (Շուշի)" in text


# ------------------------------------------------------------------ command line

def test_export_command_writes_and_reports(tmp_path, capsys):
    from quizgen.cli import main

    bank_path = tmp_path / "tricky.bank.json"
    bank_path.write_text(json.dumps(kahoot_bank(), ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "k.xlsx"
    with pytest.raises(SystemExit) as exc:
        main(["export", str(bank_path), "--format", "kahoot", "-o", str(out), "--all"])
    assert exc.value.code == 0 and out.is_file()
    err = capsys.readouterr().err
    assert "quizgen: warning: 3 ordering questions skipped: Kahoot has no ordering type" in err
    assert f"4 of {len(kahoot_bank()['questions'])} questions -> {out} (kahoot)" in err

    with pytest.raises(SystemExit) as exc:
        main(["export", str(bank_path), "--format", "kahoot", "-o", str(out), "--strict", "--all", "--force"])
    assert exc.value.code == 2

    with pytest.raises(SystemExit) as exc:
        main(["export", str(bank_path), "--format", "docx", "-o", str(out)])
    assert exc.value.code == 2
    assert "unknown format 'docx'" in capsys.readouterr().err


def test_formats_command_lists_every_format(capsys):
    from quizgen.cli import main

    with pytest.raises(SystemExit):
        main(["formats"])
    listed = [line.split()[0] for line in capsys.readouterr().out.splitlines() if not line.startswith(" ")]
    assert listed == list(FORMATS)


def test_export_from_an_article(tmp_path):
    """Articles are extracted on the way; the export only checks structure (the rules change daily)."""
    from quizgen.cli import main

    seed = Path(__file__).resolve().parent.parent / "seeds" / "battle-of-shusha-2020.md"
    out = tmp_path / "shusha.moodle.xml"
    with pytest.raises(SystemExit) as exc:
        main(["export", str(seed), "--format", "moodle-xml", "-o", str(out)])
    assert exc.value.code == 0
    root = etree.fromstring(out.read_bytes())
    questions = [q for q in root.findall("question") if q.get("type") != "category"]
    assert questions and all(q.findtext("name/text") and q.findtext("questiontext/text") for q in questions)
    for q in questions:
        if q.get("type") == "cloze":
            moodle_cloze_answers(q.findtext("questiontext/text"))
        if q.get("type") == "multichoice":
            assert [a.get("fraction") for a in q.findall("answer")].count("100") == 1


# ------------------------------------------------------------------ properties

from hypothesis import HealthCheck, example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

# Printable text of every script, GIFT and cloze specials made likely; no line breaks, no padding.
_alphabet = st.one_of(st.sampled_from(list("~=#{}:\\&<>\"“”'%/-_ ") + ["->", "&amp;", "}}", "{{c1::"]),
                      st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")))
_text = st.lists(_alphabet, min_size=1, max_size=20).map("".join).map(lambda s: " ".join(s.split())) \
    .filter(lambda s: s.strip() == s and s)


def _one_question_bank(question: dict) -> dict:
    bank = load_bank(SAMPLE)
    question = {"id": "p-1", "kind": "person", "source": bank["questions"][0]["source"], **question}
    bank["questions"] = [question]
    return bank


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prompt=_text, forms=st.lists(_text, min_size=1, max_size=3, unique=True))
def test_gift_short_answers_survive_any_text(prompt, forms):
    from quizgen.export.gift import render

    bank = _one_question_bank({"type": "short_answer", "prompt": prompt,
                               "answer": {"text": forms[0], "value": forms[0], "accept": forms}})
    report = ExportReport("gift")
    parsed = gift_parse(render(bank, report))
    if any("->" in f for f in forms):  # GIFT has no escape for '->': skipped, and said so
        assert parsed == [] and report.n_skipped == 1
        return
    assert parsed[0]["forms"] == forms
    assert one_line(parsed[0]["text"]) == prompt


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(before=_text, after=_text, forms=st.lists(_text, min_size=1, max_size=3, unique=True))
@example(before="___", after="~", forms=["~"])  # underscores in the text are not the blank
def test_moodle_cloze_answers_survive_any_text(before, after, forms):
    from quizgen.export.moodle_xml import render

    prompt = f"{before} ________ {after}"
    bank = _one_question_bank({"type": "cloze", "prompt": prompt,
                               "answer": {"text": forms[0], "value": forms[0], "accept": forms}})
    root = etree.fromstring(render(bank).encode("utf-8"))
    shown, got = moodle_cloze_answers(root.find("question[@type='cloze']").findtext("questiontext/text"))
    assert got == forms
    assert html_text(shown) == prompt.replace("________", "_____")


def test_export_command_does_not_load_heavy_libraries():
    import subprocess
    import sys

    code = ("import sys, quizgen.cli, quizgen.cli.export_cmd, quizgen.export; "
            "print(sorted(m for m in ('genanki', 'openpyxl', 'lxml', 'anki') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
