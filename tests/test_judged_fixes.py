"""Rules added after the wiki-2 judged round, each on an invented sentence."""

from __future__ import annotations

from quizgen.extract import dates, figures, people
from quizgen.generate import usable_sentence
from quizgen.load import load_text, split_sentences


def doc_of(body: str):
    return load_text(f"---\ntitle: x\n---\n{body}\n", "x.md")


def test_a_generation_suffix_is_no_surname():
    person = people.Person(tokens=["Clint", "Murchison", "Sr."])
    assert person.surname == "murchison"


def test_a_compass_letter_of_a_street_is_no_sentence_end():
    text = "The office stood at 201 E. Ontario Street in the city. It closed in 1990."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "The office stood at 201 E. Ontario Street in the city.", "It closed in 1990."]


def test_the_second_road_number_is_no_figure():
    doc = doc_of("The plant was built near the Highway 407 & 400 interchange in 1995.")
    assert not [f for f in figures.extract(doc, dates.extract(doc), []) if f.value == 400]


def test_fragments_markup_and_chess_moves_are_not_asked():
    assert usable_sentence("The bridge over the river was opened to traffic in 1932 by the mayor.")
    assert not usable_sentence("Such as the bridge over the river that was opened in 1932 by the mayor.")
    assert not usable_sentence("The bridge over the river was ''opened'' in 1932 by the mayor of the town.")
    assert not usable_sentence("The game went on 1. e4 e5 2. Nf3 Nc6 and was drawn after forty moves in 1932.")
