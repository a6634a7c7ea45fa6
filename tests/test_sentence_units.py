"""The sentence splitter and units: a capital letter after a quantity is a unit symbol, not an
initial, so the period after it can end a sentence (and no person "C. Winters" is made up)."""

from __future__ import annotations

import pytest

from quizgen.load import split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize("quantity", ["12–14 °C", "59 °F", "-3°C", "40°N", "20 º C", "300 K", "12.5 V",
                                      "1,500 W", "2 000\u00a0N"])
def test_a_unit_symbol_before_the_period_ends_the_sentence(quantity):
    text = f"Summers average {quantity}. Winters are mild and short."
    assert sentences(text) == [f"Summers average {quantity}.", "Winters are mild and short."]


@pytest.mark.parametrize("text", [
    "The novel was praised by John F. Kennedy in a letter.",
    "In 1990 J. Smith won the title for the second time.",
    "The team of 2015 A. Rossi and others took part.",
    "Its conductor was W. H. Auden's brother in the 1930s.",
])
def test_initials_are_still_initials(text):
    assert sentences(text) == [text]


def test_a_german_ordinal_that_opens_a_name_ends_no_sentence():
    from quizgen.load import split_sentences
    text = "The football club 1. FC Nürnberg plays in the 2. Bundesliga. The team scored 2. Then it lost."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "The football club 1. FC Nürnberg plays in the 2. Bundesliga.", "The team scored 2.", "Then it lost."]


def test_a_sentence_may_open_on_a_greek_prefixed_chemical_name():
    text = ("In 1985 the base was found in the genomes of the phages RL38 and N17. α-putrescinylthymine occurs "
            "in the phage SP10. The approx. α-helix of the protein was described in 1951.")
    assert sentences(text) == ["In 1985 the base was found in the genomes of the phages RL38 and N17.",
                           "α-putrescinylthymine occurs in the phage SP10.",
                           "The approx. α-helix of the protein was described in 1951."]


def test_a_parenthesis_never_closed_does_not_hold_the_next_sentences():
    text = ("He wrote two trios (the first in B-flat major (D. 898), and the second in E-flat major, (D. 929); "
            "and the song cycle Swan-song (D. 957). This collection retains a unity (a rare one) among its songs. "
            "The Symphony in C major (D. 944) is dated 1828.")
    pieces = [text[a:b] for a, b in split_sentences(text)]
    assert [p.split()[0] for p in pieces] == ["He", "This", "The"], pieces


def test_a_period_inside_a_parenthesis_that_closes_is_no_boundary():
    text = "The city (founded c. 1200 by monks. It grew fast.) lies on the river. It has a port."
    assert len(split_sentences(text)) == 2


def test_world_war_i_ends_a_sentence():
    text = "Its expansion led to World War I. Likewise his policy was overturned by 1914. John F. Kennedy won."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Its expansion led to World War I.", "Likewise his policy was overturned by 1914.", "John F. Kennedy won."]


def test_a_dutch_patronymic_ends_no_sentence():
    text = "In 1616 the company sent 12 ships, escorted by warships under Jan Jacobsz. Schrobop. They sailed in May."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "In 1616 the company sent 12 ships, escorted by warships under Jan Jacobsz. Schrobop.", "They sailed in May."]
