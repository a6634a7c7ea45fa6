"""The shared vocabulary and the one fold."""

from __future__ import annotations

import pytest

from quizgen import vocab
from quizgen.grade import parse_date, parse_number


@pytest.mark.parametrize("text, answer, name", [
    ("Şuşa", "susa", "susa"),
    ("“Dick” Rifenburg", "dick rifenburg", '"dick" rifenburg'),
    ("John  F.\tKennedy.", "john f. kennedy", "john f. kennedy."),
    ("ibn al‐Haytham", "ibn al-haytham", "ibn al‐haytham"),
    ("O’Neil", "oneil", "o'neil"),  # (a curly apostrophe in a name is a straight one: "D’Urban" is "d'Urban")
])
def test_fold_compares_answers_and_names(text, answer, name):
    assert vocab.fold(text) == answer
    assert vocab.fold(text, names=True) == vocab.fold_name(text) == name


def test_the_rules_fold_with_the_shared_fold():
    from quizgen import formats
    from quizgen.extract import people, quotes, speakers

    assert formats.fold is vocab.fold
    assert people.fold is vocab.fold_name and quotes.fold is vocab.fold_name and speakers.fold is vocab.fold_name


def test_months_and_number_words():
    assert [vocab.month_number(m) for m in ("May", "sept.", "Dec", "december", "Mayday")] == [5, 9, 12, 12, None]
    assert [vocab.number_word(n) for n in (0, 7, 20, 21, 99, 100, 2.5)] == [
        "zero", "seven", "twenty", "twenty-one", "ninety-nine", None, None]
    # every month name and number word the grader reads comes from here
    assert parse_date("8 Sept. 1992") == (1992, 9, 8)
    assert parse_number("two trillion") == 2e12 and parse_number("1.5 trillion") == 1.5e12


def test_qualifiers_longest_first_and_each_with_a_meaning():
    order = vocab.qualifiers_longest_first()
    assert order.index("no less than") < order.index("less than") < order.index("over")
    assert set(vocab.OPTIONAL_QUALIFIERS) <= set(vocab.QUALIFIERS)
    assert set(vocab.QUALIFIERS.values()) <= set(vocab.QUALIFIERS) | {"~"}


def test_titles_come_from_the_people_data():
    assert {"president", "sir", "lt."} <= vocab.titles()


# A table written out again somewhere else: three of its words in a row in one expression.
_COPIES = {
    "months": r"January\W+February\W+March|\bjan\W+feb\W+mar\b|Jan\|Feb\|Mar",
    "number words": r"\bsixteen\W+(?:\d+\W+)?seventeen\W+(?:\d+\W+)?eighteen",
    "qualifiers": r"more than\W+(?:[\w.]+\W+){0,3}less than\W+(?:[\w.]+\W+){0,3}(?:at least|fewer than|no more than)",
}


@pytest.mark.parametrize("table", sorted(_COPIES))
def test_no_module_keeps_its_own_copy_of_a_shared_table(table):
    import re
    from pathlib import Path

    package = Path(vocab.__file__).parent
    copies = [str(p.relative_to(package)) for p in sorted(package.rglob("*.py"))
              if p.name != "vocab.py" and re.search(_COPIES[table], p.read_text(encoding="utf-8"), re.I)]
    assert copies == [], f"{table} are written out in {copies}: read them from quizgen/vocab.py"


def test_era_words_are_read_from_the_vocabulary():
    # the rules that read years beside an era word list none of their own
    import re
    from pathlib import Path

    package = Path(vocab.__file__).parent / "extract"
    copies = [p.name for p in sorted(package.glob("*.py"))
              if re.search(r"\b(?:BCE?\|AD|BC\|BCE|AD\|CE|bc\|bce)\b", p.read_text(encoding="utf-8"))]
    assert copies == []


def test_the_people_and_quote_rules_read_titles_and_speech_verbs_from_here():
    from quizgen.extract import people, speakers

    assert people.TITLES == vocab.titles()
    assert vocab.SPEECH_VERBS <= set(speakers.SAY_VERBS.split("|"))
    assert {"said", "wrote", "summarises"} <= people.SPEECH_VERBS <= vocab.SPEECH_VERBS | vocab.OPINION_VERBS | {"put", "puts"}
