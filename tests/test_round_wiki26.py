"""Rules added after reading the judged questions of two long biographies without an infobox, each
shown on invented text."""

from __future__ import annotations

from quizgen import context
from quizgen.extract import dates
from quizgen.load import split_sentences
from tests.test_round_dev7 import bank

LIFE = ("Arkady Petrovich Volin (Russian: Аркадий Волин, IPA: [ɐrˈkadʲɪj] (listen); 12 March 1890 – 14 June 1950) "
        "was a Soviet aircraft designer. ")


def _dates(body: str, title: str = "Arkady Volin") -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for q in bank(body, title=title):
        if q["kind"] == "date":
            out.setdefault(q["answer"]["text"], []).append(q)
    return out


def test_two_sentences_run_together_without_a_space_are_two_sentences():
    text = "He repaired the dynamos of the liner.On 3 May 1884 he arrived in the city. It ran Node.js code."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "He repaired the dynamos of the liner.", "On 3 May 1884 he arrived in the city.", "It ran Node.js code."]


def test_an_old_style_day_in_brackets_is_read_over():
    found = dates.scan("He was born January 12 [O.S. December 30] 1907 in Vell, and 6 April [O.S. 25 March] 1836.")
    assert [(f.text, f.value()) for f in found] == [("January 12 [O.S. December 30] 1907", "1907-01-12"),
                                                    ("6 April [O.S. 25 March] 1836", "1836-04-06")]


def test_a_year_the_age_or_a_birthday_gives_away_in_a_biography_without_an_infobox():
    body = LIFE + ("In 1915 Volin moved to Vell. In 1940, on his 50th birthday, Volin flew the VA-3 over the river. "
                   "In 1935, aged 45, Volin married Olga Teren. In 1921 Volin founded the Vell Aero Club.")
    got = _dates(body)
    assert all("year-from-age" in q["quality_reasons"] for q in got["1940"] + got["1935"])
    assert not any("year-from-age" in q["quality_reasons"] for q in got["1921"])


def test_options_for_what_the_subject_did_fall_in_the_adult_life():
    body = LIFE + ("In 1898 Volin watched a balloon flight over Vell. In 1905 Volin joined the Vell flying club. "
                   "In 1907 Volin designed a glider. In 1909 Volin built the VA-1. In 1930 Volin built the VA-2. "
                   "In 1947 Volin retired.")
    got = _dates(body)
    options = [c for q in got["1905"] + got["1907"] if q["type"] == "multiple_choice" for c in q["choices"]]
    assert options and all(1902 <= int(c[-4:]) <= 1950 for c in options), options


def test_the_subject_named_for_his_or_he_when_no_name_comes_first():
    subject = context.article_subject("Arkady Volin", "Soviet designer", "Arkady Petrovich Volin",
                                      "He was born in Vell. He studied there, and his work was praised. He left. " * 2)
    assert context.pronoun("Only following his death in 1950 was his name revealed and he was honoured.", subject) == \
        [(15, 18, "Arkady Volin’s", "name-subject")]
    assert context.pronoun("After moving to 8 West 40th Street, he was effectively bankrupt.", subject) == \
        [(36, 38, "Arkady Volin", "name-subject")]
    assert context.pronoun("Arrested as a 'member of an anti-Soviet group', he was jailed in 1938.", subject) == \
        [(48, 50, "Arkady Volin", "name-subject")]


def test_a_quotation_whose_speaker_runs_into_the_word_before_keys_the_known_person():
    body = ("Nils Harbo was an engineer. He met Karl Edvin Stroud in Paris. After Harbo fixed the liner Oregon Stroud "
            "commented to his partner that \"this is a very able man\".")
    quotes = [q for q in bank(body, title="Nils Harbo") if q["kind"] == "quote" and q["type"] == "short_answer"]
    assert quotes and all(q["answer"]["text"] == "Karl Edvin Stroud" for q in quotes)
