"""The worksheet stage without PDFs: selection, variants, keys, HTML and file names."""

from __future__ import annotations

import copy
import json
import re

import pytest

from quizgen.bank import load_bank
from quizgen.errors import QuizgenError
from quizgen.render import (
    WorksheetOptions,
    _blanks,
    _in_order,
    base_name,
    credit,
    highlight,
    make_variant,
    prepare,
    select_questions,
    slugify,
    variant_letter,
)

from conftest import DATA

SAMPLE = DATA / "sample.bank.json"


@pytest.fixture()
def bank():
    return load_bank(SAMPLE)


def _question(i, qtype="cloze", sentence=None, doc="doc", **extra):
    q = {
        "id": f"q{i}", "type": qtype, "kind": "date",
        "prompt": f"Event {i} happened on ________ in the town.",
        "answer": {"text": f"{i} May 1990", "accept": [f"{i} May 1990"]},
        "source": {"document": doc, "section": "History", "sentence": sentence or f"Event {i} happened on {i} May 1990 in the town."},
        "difficulty": "medium", "points": 1,
    }
    q.update(extra)
    return q


def _bank(questions, documents=None):
    return {"schema": "quizgen.bank/1", "documents": documents or [{"id": "doc", "title": "A Town"}],
            "questions": questions}


def test_selection_respects_count_type_kind_and_difficulty(bank):
    assert len(select_questions(bank, WorksheetOptions(count=3))) == 3
    assert {q["type"] for q in select_questions(bank, WorksheetOptions(types=("cloze",)))} == {"cloze"}
    assert {q["kind"] for q in select_questions(bank, WorksheetOptions(kinds=("person",)))} == {"person"}
    hard = select_questions(bank, WorksheetOptions(difficulties=("hard",)))
    assert hard and all(q["difficulty"] == "hard" for q in hard)


def test_selection_mixes_types_and_is_reproducible(bank):
    chosen = select_questions(bank, WorksheetOptions(count=6, seed=3))
    # Round robin: six questions from a bank with six types gives one of each.
    assert len({q["type"] for q in chosen}) == 6
    assert chosen == select_questions(bank, WorksheetOptions(count=6, seed=3))


def test_two_questions_from_one_sentence_are_never_both_chosen():
    sentence = "On 8 May 1992, the Armenian forces launched successful offensive to capture Shusha."
    cloze = _question(1, "cloze", sentence)
    tf = _question(2, "true_false", sentence, prompt="On 8 May 1992, the Armenian forces captured Shusha.",
                   choices=["True", "False"], answer={"text": "True", "value": True})
    other = _question(3, "cloze")
    chosen = select_questions(_bank([cloze, tf, other]), WorksheetOptions(count=10))
    assert len(chosen) == 2
    assert other in chosen


def test_ordering_and_matching_are_capped_when_other_types_exist():
    ordering = [_question(i, "ordering", prompt="Put these in order.", items=["x", "y"],
                          answer={"text": "x → y", "value": ["x", "y"]}) for i in range(10)]
    clozes = [_question(i) for i in range(10, 30)]
    chosen = select_questions(_bank(ordering + clozes), WorksheetOptions(count=20))
    assert sum(q["type"] == "ordering" for q in chosen) == 2
    only = select_questions(_bank(ordering), WorksheetOptions(count=5, types=("ordering",)))
    assert len(only) == 5


def test_variant_letters_go_past_z():
    assert [variant_letter(i) for i in (0, 1, 25, 26, 27, 51, 52)] == ["A", "B", "Z", "AA", "AB", "AZ", "BA"]


def test_variant_keys_agree_with_the_bank(bank):
    titles = {d["id"]: d["title"] for d in bank["documents"]}
    for index in range(5):
        v = make_variant(bank["questions"], index, seed=1, titles=titles)
        assert [i.number for i in v.items] == list(range(1, len(bank["questions"]) + 1))
        for item in v.items:
            q = item.question
            if q["type"] == "multiple_choice":
                assert dict(item.choices)[item.answer_letter] == q["answer"]["text"]
                assert sorted(c for _, c in item.choices) == sorted(q["choices"])
            elif q["type"] == "ordering":
                presented = [text for _, text in item.entries]
                assert sorted(presented) == sorted(q["items"])
                assert presented != q["answer"]["value"]  # never printed already in order
                by_position = sorted(item.order_key, key=lambda lp: lp[1])
                labels = dict(item.entries)
                assert [labels[label] for label, _ in by_position] == q["answer"]["value"]
            elif q["type"] == "matching":
                rights = dict(item.right)
                lefts = dict(item.left)
                got = {lefts[n]: rights[letter] for n, _, letter, _ in item.match_key}
                assert got == {p["left"]: p["right"] for p in q["pairs"]}
            elif q["type"] == "true_false":
                assert item.answer_text == ("True" if q["answer"]["value"] else "False")


def test_variants_differ_and_the_same_seed_repeats(bank):
    titles = {d["id"]: d["title"] for d in bank["documents"]}

    def layout(index, seed):
        v = make_variant(bank["questions"], index, seed, titles)
        return [(i.question["id"], i.choices, i.entries, i.right) for i in v.items]

    assert layout(0, 5) == layout(0, 5)
    assert layout(0, 5) != layout(1, 5)
    assert layout(0, 5) != layout(0, 6)


def test_number_and_date_choices_are_printed_in_order():
    assert _in_order(["418 m", "104 m", "209 m", "157 m"]) == ["104 m", "157 m", "209 m", "418 m"]
    assert _in_order(["more than 2,000", "more than 1,000", "more than 4,000"]) == [
        "more than 1,000", "more than 2,000", "more than 4,000"]
    assert _in_order(["8 May 1992", "18 May 1992", "8 March 1992", "8 May 1991"]) == [
        "8 May 1991", "8 March 1992", "8 May 1992", "18 May 1992"]
    assert _in_order(["November 3, 2020", "March 3, 2020", "November 30, 2019"]) == [
        "November 30, 2019", "March 3, 2020", "November 3, 2020"]
    # Mixed shapes or names keep the shuffle.
    assert _in_order(["761", "the summer of 758", "763"]) is None
    assert _in_order(["Ilham Aliyev", "Nikol Pashinyan"]) is None


def test_highlight_marks_every_answer_form_in_the_sentence():
    sentence = "In an interview on 16 October, Aliyev said that \"without Shusha, our cause will be unfinished\"."
    pieces = highlight(sentence, ["Ilham Aliyev", "Aliyev"])
    assert "".join(t for t, _ in pieces) == sentence
    assert [t for t, marked in pieces if marked] == ["Aliyev"]
    # Longer forms win: "8 May 1992" is marked whole, not "May" alone.
    pieces = highlight("On 8 May 1992, forces attacked in May.", ["8 May 1992", "May"])
    assert [t for t, m in pieces if m] == ["8 May 1992", "May"]
    assert highlight("Nothing here.", ["absent"]) == [("Nothing here.", False)]
    # whole words only
    assert [t for t, m in highlight("The Mayor came in May.", ["May"]) if m] == ["May"]
    assert [t for t, m in highlight("In 12,000 or 2,000 cases", ["2,000"]) if m] == ["2,000"]


def test_blanks_are_drawn_and_text_is_escaped():
    html = str(_blanks("<b>On</b> ________, Şuşa & “x”"))
    assert html == '&lt;b&gt;On&lt;/b&gt; \u200b<span class="blank"></span>, Şuşa &amp; “x”'


def test_slugs_and_file_names():
    assert slugify("Battle of Shusha (2020)") == "battle-of-shusha-2020"
    assert slugify("Şuşa — Mehriban Aliyeva") == "susa-mehriban-aliyeva"
    assert slugify("Շուշի") == ""
    one = [{"id": "battle-of-shusha-2020", "title": "Battle of Shusha (2020)"}]
    two = one + [{"id": "du-fu", "title": "Du Fu"}]
    assert base_name(one, "Anything", "x.bank.json") == "battle-of-shusha-2020"
    assert base_name(two, "Term 2: wars & poets", "output/seeds.bank.json") == "term-2-wars-poets"
    assert base_name(two, None, "output/seeds.bank.json") == "seeds"
    assert base_name(two, "Շուշի", None) == "worksheet"


def test_credit_uses_the_full_licence_name():
    doc = {"id": "x", "title": "X", "license": "CC BY-SA 4.0",
           "attribution": "From the Wikipedia article \u201cX\u201d, CC BY-SA"}
    assert credit(doc) == "From the Wikipedia article \u201cX\u201d, CC BY-SA 4.0"
    assert credit({**doc, "license": "MIT"}) == "From the Wikipedia article \u201cX\u201d, CC BY-SA (MIT)"
    assert credit({**doc, "attribution": None}) is None


def test_student_html_has_no_answers_and_escapes_article_text(bank, tmp_path):
    result = prepare(bank, WorksheetOptions(format="html"), tmp_path)
    sheet = next(o.html for o in result.outputs if "-worksheet-" in o.path.name)
    key = next(o.html for o in result.outputs if "-key-" in o.path.name)
    assert "<script>alert" not in sheet and "&lt;script&gt;alert(1)&lt;/script&gt;" in sheet
    assert "also accept" not in sheet and "<mark>" not in sheet
    assert "1992-05-08" not in sheet and "1992-05-08" in key
    assert 'class="blank"' in sheet and "________" not in sheet
    assert "Şuşa (Շուշի)" in sheet
    assert "CC BY-SA 4.0" in sheet and "Battle of Shusha (2020)" in sheet


def test_key_cites_section_and_sentence(bank, tmp_path):
    result = prepare(bank, WorksheetOptions(format="html"), tmp_path)
    key = next(o.html for o in result.outputs if "-key-" in o.path.name)
    assert "Battle &gt; Humanitarian issues:" in key
    assert "<mark>Seyran Ohanyan</mark> said that Şuşa (Շուշի) would be defended." in key


def test_templates_folder_overrides_and_extends_built_ins(bank, tmp_path):
    custom = tmp_path / "tpl" / "worksheet"
    custom.mkdir(parents=True)
    (custom / "_true_false.html").write_text(
        '<p class="prompt">{{ item.prompt }}</p><p>VRAI / FAUX</p>\n', encoding="utf-8")
    (custom / "worksheet.html").write_text(
        '{% extends "default:worksheet/worksheet.html" %}{% block extra_css %}h1 { color: #123456; }{% endblock %}\n',
        encoding="utf-8")
    result = prepare(bank, WorksheetOptions(format="html", templates=tmp_path / "tpl"), tmp_path / "out")
    sheet = next(o.html for o in result.outputs if "-worksheet-" in o.path.name)
    assert "VRAI / FAUX" in sheet and "#123456" in sheet
    assert "Multiple choice" in sheet  # everything else still comes from the built-ins
    with pytest.raises(QuizgenError, match="templates folder not found"):
        prepare(bank, WorksheetOptions(templates=tmp_path / "missing"), tmp_path / "out")


def test_nothing_to_print_is_a_user_error(bank, tmp_path):
    with pytest.raises(QuizgenError, match="no questions match"):
        prepare(bank, WorksheetOptions(difficulties=("easy",), types=("ordering",)), tmp_path)


def test_bad_options_are_refused():
    with pytest.raises(QuizgenError):
        WorksheetOptions(paper="a3")
    with pytest.raises(QuizgenError):
        WorksheetOptions(key="inline")


def test_bank_without_optional_fields_renders(tmp_path):
    q = _question(1)
    del q["difficulty"], q["points"]
    q["answer"] = {"text": "1 May 1990"}
    q["source"]["section"] = None
    bank = _bank([q])
    result = prepare(copy.deepcopy(bank), WorksheetOptions(format="html"), tmp_path)
    key = next(o.html for o in result.outputs if "-key-" in o.path.name)
    assert "Introduction:" in key and "<mark>1 May 1990</mark>" in key
    assert json.dumps(bank)  # the bank itself is left as it was
    assert re.search(r"Total: ____ / 1 point\b", next(o.html for o in result.outputs if "-worksheet-" in o.path.name))


def test_a_question_that_prints_another_answer_is_left_out():
    cloze = _question(1, "cloze", "On 8 May 1992, the forces captured the town.",
                      prompt="On ________, the forces captured the town.",
                      answer={"text": "8 May 1992", "accept": ["8 May 1992", "May 8, 1992", "1992-05-08"]})
    # a different sentence, but its statement prints the date the cloze asks for
    tf = _question(2, "true_false", "The town was captured on May 8, 1992 after a siege.",
                   prompt="The town was captured on May 8, 1992 after a siege.", choices=["True", "False"],
                   answer={"text": "True", "value": True})
    # a multiple-choice option naming that date is fine: distractors are the article's dates by design
    mc = _question(3, "multiple_choice", "The siege began in 1991.", prompt="When did the siege begin? ________",
                   choices=["1991", "8 May 1992", "1990", "1989"], answer={"text": "1991", "accept": ["1991"]})
    chosen = select_questions(_bank([cloze, tf, mc]), WorksheetOptions(count=10))
    assert {q["id"] for q in chosen} in ({"q1", "q3"}, {"q2", "q3"})
    # digits are compared as whole numbers: 2,000 is not in 12,000
    a = _question(4, "cloze", "They found 2,000 bodies.", prompt="They found ________ bodies.",
                  answer={"text": "2,000", "accept": ["2,000", "2000"]})
    b = _question(5, "true_false", "About 12,000 people fled.", prompt="About 12,000 people fled.",
                  choices=["True", "False"], answer={"text": "True", "value": True})
    assert len(select_questions(_bank([a, b]), WorksheetOptions(count=10))) == 2


def test_characters_no_font_has_are_found():
    from quizgen.render import missing_glyphs

    dejavu_like = [(0x20, 0x7E), (0xA0, 0x24F), (0x400, 0x45F), (0x531, 0x58A), (0x2010, 0x201E)]
    text = "Şuşa (Շուշի), Мехрибан — Du Fu (杜甫), 杜 again"
    assert missing_glyphs(text, dejavu_like) == ["杜", "甫"]
    assert missing_glyphs("a — b", [(0x20, 0x7E)]) == ["—"]
    # overlapping ranges from several fonts
    assert missing_glyphs("杜甫", [(0x20, 0x9FFF), (0x4E00, 0x4E10)]) == []
    assert missing_glyphs("杜甫", None) == []  # fontconfig not there: nothing to say


def test_a_prompt_that_pairs_a_matching_answer_gives_it_away():
    matching = _question(1, "matching", "x", prompt="Match each person with the role the article gives them.",
                         pairs=[{"left": "William Lyon Mackenzie", "right": "Reformist politician"},
                                {"left": "Norm Kelly", "right": "deputy mayor"}],
                         answer={"text": "..."})
    tf = _question(2, "true_false", "y", prompt="Reformist politician William Lyon Mackenzie became the first Mayor.",
                   choices=["True", "False"], answer={"text": "True", "value": True})
    # a cloze whose answer is one of the names: the matching lists it but does not say where it goes
    cloze = _question(3, "cloze", "z", prompt="From 2013, ________ served as deputy mayor.",
                      answer={"text": "Norm Kelly", "accept": ["Norm Kelly", "Kelly"]})
    chosen = select_questions(_bank([matching, tf, cloze]), WorksheetOptions(count=10))
    assert {q["id"] for q in chosen} == {"q2", "q3"}
    # without the statement, the matching question and the cloze go together
    assert {q["id"] for q in select_questions(_bank([matching, cloze]), WorksheetOptions(count=10))} == {"q1", "q3"}
