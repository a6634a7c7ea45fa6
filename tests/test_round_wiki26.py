"""Rules added after reading the judged questions of two long biographies without an infobox, each
shown on invented text."""

from __future__ import annotations

import re

from quizgen import context, quality
from quizgen.extract import dates
from quizgen.load import split_sentences
from quizgen.model import Question, Sentence
from tests.test_round_dev7 import bank

LIFE = ("Arkady Petrovich Volin (Russian: Аркадий Волин, IPA: [ɐrˈkadʲɪj] (listen); 12 March 1890 – 14 June 1950) "
        "was a Soviet aircraft designer. ")


def _figure_options(text: str, value: float, asked: str, key: str) -> list[list[float]]:
    """The wrong options a one-sentence article's figure of ``value`` gets, for six seeds."""
    from quizgen.extract import extract_facts
    from quizgen.generate import Generator
    from quizgen.load import load_text
    from quizgen.pipeline import Options
    article = load_text(f"---\ntitle: Vell\n---\n{text}\n", "x.md")
    generator = Generator(article, extract_facts(article), Options())
    fact = next(f for f in generator.by_kind["figure"] if f.value == value)
    return [[v for v, _ in generator._figure_distractors(fact, asked, (key, seed))[0]] for seed in range(6)]


def _dates(body: str, title: str = "Arkady Volin") -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for q in bank(body, title=title):
        if q["kind"] == "date":
            out.setdefault(q["answer"]["text"], []).append(q)
    return out


def test_two_sentences_run_together_without_a_space_are_two_sentences():
    text = ("He repaired the dynamos of the liner.On 3 May 1884 he arrived in the city. It ran Node.js code. "
            "He said: \"It would be foolish to do that.\"On 31 October 1992, the Pope spoke.")
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "He repaired the dynamos of the liner.", "On 3 May 1884 he arrived in the city.", "It ran Node.js code.",
        "He said: \"It would be foolish to do that.\"", "On 31 October 1992, the Pope spoke."]


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
    assert options and all(1905 <= int(c[-4:]) <= 1950 for c in options), options


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


def test_a_pronoun_in_a_fronted_phrase_belongs_to_the_name_after_the_comma():
    subject = context.article_subject("Arkady Volin", "Soviet designer", "Arkady Petrovich Volin",
                                      "He was born in Vell. He studied there, and his work was praised. He left. " * 2)
    text = "After returning to his home of Tarn, Petrov published his diary around 1924."
    assert context.pronoun(text, subject) == [] and not context.leans_on_context(text, subject)


def test_what_leans_on_the_sentence_before():
    subject = context.article_subject("Arkady Volin", "Soviet designer", "Arkady Petrovich Volin")
    assert context.leans_on_context("Elected instead was Pavel Orlov, an engineer.", subject)
    assert not context.leans_on_context("Orlov was elected instead of Volin in 1931.", subject)
    assert context.referent("Orlov joined the enterprise in 1931.", subject)[1]
    assert context.referent("The Volins finally undertook the trip in 1925.", subject)[1]


def test_a_birth_years_options_are_near_it_and_no_date_of_the_life():
    body = LIFE + ("Volin was born in Vell in 1890. In 1905 Volin joined the Vell flying club. In 1907 Volin designed a "
                   "glider. In 1909 Volin built the VA-1.")
    options = [c for q in _dates(body)["1890"] if q["type"] == "multiple_choice" for c in q["choices"]]
    assert options and all(1878 <= int(c[-4:]) <= 1902 for c in options), options


def _false_statement(text: str, part: str) -> bool:
    """Does the false-aside rule refuse a false statement made false at ``part`` of ``text``?"""
    sentence = Sentence(text=text, start=0, end=len(text), section=(), block=1, index=1)
    at = text.index(part)
    q = Question(id="x", type="true_false", kind="date", prompt=text, answer={"text": "False", "value": False}, source={})
    return quality._false_aside(q, quality.Evidence(sentence=sentence, blank=(at, at + len(part))))


def test_a_false_date_in_the_subjects_relative_clause_is_refused():
    assert _false_statement("The 18 sailors who returned aboard the Sava in September 1522 were hostile to the captain.",
                            "September 1522")
    assert not _false_statement("In September 1522 the sailors who returned were hostile.", "September 1522")


def test_a_qualified_year_and_the_bare_year_are_one_fact_in_a_worksheet():
    from quizgen.selection import _Picked
    picked = _Picked()

    def q(text, prompt):
        return {"type": "cloze", "kind": "date", "prompt": prompt, "answer": {"text": text, "accept": [text]},
                "source": {"document": "x.md", "sentence": prompt}}
    assert picked.add(q("late 1891", "In ____, Curie left Poland for France."))
    assert not picked.add(q("1891", "In ____, Curie followed her sister to Paris."))


def test_the_realm_of_a_ruler_is_no_accepted_answer():
    body = "Vell is a port. In 2011 the academy met in the presence of Princess Madeleine of Sweden and the mayor."
    person = [q for q in bank(body) if q["kind"] == "person" and q["type"] == "cloze"]
    assert person and "Sweden" not in person[0]["answer"]["accept"]


def test_a_year_taken_from_another_paragraph_of_a_life_is_ranked_down():
    body = LIFE + ("In 1909 Volin built the VA-1 in Vell.\n\nHe later flew to Tarn with Petrov. In September, after "
                   "landing at Tarn, the crew fell ill.\n\nIn 1912 Volin moved to Orn. In May the family followed him.")
    got = _dates(body)
    assert all("year-from-afar" in q["quality_reasons"] for q in got["September 1909"])
    assert not any("year-from-afar" in q["quality_reasons"] for q in got["May 1912"])


def test_a_year_of_an_inflation_note_and_an_editors_insert_are_not_asked():
    body = ("Vell is a port. Zenas Orr claimed that he showed the caveat to Kell and that Kell paid him $100 "
            "(equivalent to $2,300 in 2019). "
            "The paper wrote: Yesterday afternoon [on 17 May 1908], the men talked by telephone.")
    qs = bank(body)
    inflation = [q for q in qs if q["kind"] == "date" and q["answer"]["text"] == "2019" and q["type"] == "cloze"]
    assert inflation and all("inflation-note" in q["quality_reasons"] for q in inflation)
    edited = [q for q in qs if "[on 17 May 1908]" in q["prompt"]]
    assert all("editorial-insert" in q["quality_reasons"] for q in edited)


def test_a_false_figure_in_an_appositive_between_commas_is_refused():
    assert _false_statement("Venusian sidereal day, 243 Earth days, lasts longer than a Venusian year.", "243")
    assert not _false_statement("The sidereal day lasts 243 Earth days, longer than the year.", "243")


def test_a_rulers_name_without_the_realm_and_no_latin_plural():
    body = "Vell is a port. Emperor Pedro II of Brazil was the first person to buy stock in the Vell Telephone Company."
    person = [q for q in bank(body) if q["kind"] == "person" and q["type"] == "cloze"]
    assert person and "Pedro II" in person[0]["answer"]["accept"]
    from quizgen.generate import _term_forms
    assert "angina pectorises" not in _term_forms("angina pectoris", "angina pectoris")


def test_a_participle_after_an_adverb_names_no_one():
    subject = context.article_subject("Arkady Volin", "Soviet designer", "Arkady Petrovich Volin",
                                      "He was born in Vell. He studied there, and his work was praised. He left. " * 2)
    assert context.pronoun("Fully recuperated, he returned to Vell in July 1938.", subject) == \
        [(19, 21, "Arkady Volin", "name-subject")]


def test_by_a_time_counted_back_only_earlier_times_are_wrong():
    body = ("Vell is a planet. By 3.5 Ga, the magnetic field of Vell was established, which shielded its air. "
            "The crust of Vell formed 4.4 Ga, and oceans formed by 4.1 Ga.")
    for q in bank(body):
        if q["kind"] == "figure" and "magnetic field" in q["prompt"] and q["answer"]["text"] in ("3.5",):
            for option in q.get("choices") or []:
                assert float(option) >= 3.5, q["choices"]


def test_what_a_converter_or_a_lost_line_left_in_the_prompt():
    qs = bank("Vell is a planet. Vell has an area of about 510 e6 km², and its gravity is 9.8 m/s2 at the surface. "
              "Temperatures reach 462 C at noon on Vell. An algorithm by combines the table 5666 with a fraction in 1968.")
    flagged = [q for q in qs if "unit-artefact" in q["quality_reasons"]]
    assert flagged and all(re.search(r"e6 km|m/s2|\d C\b|by combines", q["prompt"]) for q in flagged)
    assert any(re.search(r"\d C\b", q["prompt"]) for q in flagged)


def test_it_after_like_and_it_before_another_name_lean_on_the_sentence_before():
    subject = context.article_subject("Vell", "planet", None)
    assert context.leans_on_context("Like Phobos, it is irregularly shaped, with a mean radius of 6 km.", subject)
    assert context.leans_on_context("A leading idea is that it was formed from material loosed from Vell.", subject)
    assert not context.leans_on_context("After it gained independence in 1975, Vell joined the league.", subject)


def test_accepted_forms_of_a_scaled_word_number_and_a_long_decimal():
    from quizgen import formats
    assert {"2 billion years", "2 billion"} <= set(formats.figure_forms(2_000_000_000, "two billion years"))
    assert {"23.4°", "23.44", "23.44°"} <= set(formats.figure_forms(23.439281, "23.439281°"))


def test_the_number_asked_printed_beside_the_blank_gives_it_away():
    body = "Vell is a planet. The main motion of the stars in the sky of Vell is to the west at a rate of 15°/h = 15'/min."
    rate = [q for q in bank(body) if q["kind"] == "figure" and q["answer"]["text"] == "15°" and q["type"] == "cloze"]
    assert rate and all("key-printed" in q["quality_reasons"] for q in rate)


def test_he_after_and_is_the_one_named_and_an_institute_is_no_mention():
    subject = context.article_subject("Arkady Volin", "Soviet designer", "Arkady Petrovich Volin",
                                      "He was born in Vell. He studied there, and his work was praised. He left. " * 2)
    assert context.pronoun("In 1911, his father died, and he was entrusted with his brother.", subject) == \
        [(30, 32, "Arkady Volin", "name-subject")]
    assert context.pronoun("In Vell, he founded the Volin Institute in 1930.", subject) == \
        [(9, 11, "Arkady Volin", "name-subject")]
    assert context.referent("In 1908 Volin passed the test and entered the school.", subject)[1]


def test_a_share_near_the_whole_gets_wrong_values_near_the_whole():
    for options in _figure_options("Vell is a star system. The star Orn accounts for 99.86% of the total mass of Vell.",
                                   99.86, "99.86%", "share"):
        assert len(options) == 3 and all(90 < v < 100 for v in options), options


def test_a_letter_that_completes_a_name_ends_the_sentence_before_a_capital():
    text = "They modeled the car on the Model T. Max Orr has stated that it was so. John F. Kennedy spoke."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "They modeled the car on the Model T.", "Max Orr has stated that it was so.", "John F. Kennedy spoke."]


def test_there_after_a_verb_and_a_capitalised_lodge_lean_on_what_came_before():
    subject = context.article_subject("Arkady Volin", "Soviet designer", "Arkady Petrovich Volin")
    assert context.leans_on_context("In 1948 Volin retired to live there.", subject)
    assert context.referent("The Lodge ceased to exist in 1910.", subject)[1]



def test_the_year_of_a_ranking_is_a_statistics_year():
    qs = [q for q in bank("Vell is a country. In 2024, Vell had the fourth-largest diplomatic network in the world.")
          if q["kind"] == "date" and q["type"] == "cloze"]
    assert qs and all("statistic-year" in q["quality_reasons"] for q in qs)


def test_a_year_before_the_subjects_birth_keeps_he_unnamed():
    body = LIFE + ("Volin came from a family of merchants. In 1874, he mediated a treaty between Vell and Orn. In 1912 "
                   "Volin flew. He studied. He worked. He wrote books. He travelled. He returned to Vell.")
    mediated = [q for q in bank(body, title="Arkady Volin") if "mediated" in q["prompt"]]
    assert mediated and not any("Volin" in q["prompt"] for q in mediated)


def test_a_subjects_word_inside_a_longer_name_is_left_alone():
    subject = context.article_subject("South Korea", "Country in East Asia", None)
    assert context.referent("A team in the Korea Institute of Technology developed an android.", subject) == ([], False)


def test_the_whole_a_rank_is_taken_in_is_no_less_than_the_rank():
    for options in _figure_options("Vell is a country. In 2020 Vell was ranked 179th out of 180 countries in the press "
                                   "freedom index.", 180, "180", "whole"):
        assert all(v >= 179 for v in options), options


def test_a_year_counted_from_the_death_and_henceforth_give_or_lean():
    body = LIFE + "In 2050, 100 years after his death, the Volin Prize was first awarded in Vell. In 1930 Volin flew."
    got = _dates(body)
    assert all("year-from-age" in q["quality_reasons"] for q in got["2050"] if q["type"] != "true_false")
    subject = context.article_subject("Vell", "country", None)
    assert context.leans_on_context("Henceforth, the kingdom was ruled from Orn.", subject)


def test_how_many_a_study_took_in_and_a_house_number_are_not_asked():
    qs = bank("Vell is a country. A 2014 study on 44 countries found that people of Vell drink the most tea. "
              "In 2019 Vell was ranked 28th globally out of 172 countries in the forest index.")
    sized = [q for q in qs if q["kind"] == "figure" and q["answer"]["text"] in ("44", "172") and q["type"] == "cloze"]
    assert sized and all("study-size" in q["quality_reasons"] for q in sized)
    from quizgen.extract import dates, figures
    from quizgen.load import load_text
    doc = load_text("---\ntitle: x\n---\nTwain lived in his later years at 14 West 10th Street in Manhattan.\n", "x.md")
    assert figures.extract(doc, dates.extract(doc), []) == []


def test_a_life_expectancy_gets_no_option_past_what_any_country_has():
    for options in _figure_options("Vell is a country. Life expectancy in Vell was 71 years before the famine.",
                                   71, "71 years", "life"):
        assert options and all(v <= 88 for v in options), options
