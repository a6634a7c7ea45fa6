"""Classes of questions readers marked down on development pages of the thirty-second round, each
checked on invented text."""

from __future__ import annotations

from quizgen import context
from tests.test_round_dev7 import bank
from tests.test_round_wiki26 import LIFE, _dates


def test_a_name_that_ends_like_a_participle_is_still_the_name_before_his():
    subject = context.Subject("Alan Tuling", frozenset({"alan", "tuling"}), "Alan Tuling", "m")
    assert context.pronoun("Tuling died in 1954, 16 days before his 42nd birthday.", subject) == []
    assert context.pronoun("Tuling's parents enrolled him at a school in Vell.", subject) == []
    assert context.pronoun("In 1936, he wrote a paper.", subject)  # (no name before: he is named)
    assert context.pronoun("Arrested in Orn, he wrote a paper.", subject)


def test_rites_after_a_death_get_no_date_before_it_and_a_day_of_another_time_or_the_birth_is_no_option():
    body = LIFE + ("In 1925 Volin designed a glider. In 1931 Volin designed a bomber. In 1938 Volin built a plane. "
                   "Volin's remains were cremated at Orn on 19 June 1950, and his ashes were scattered there.")
    for q in _dates(body)["19 June 1950"]:
        if q["type"] == "multiple_choice":
            assert all(c >= "1950-06-15" for c in (_iso(c) for c in q["choices"])), q["choices"]
    body = LIFE + ("Volin was born on 12 March 1890 in Orn. When the army left Orn on 9 March 1900, Volin helped to "
                   "find mines. On 6 October 1929 Volin flew a glider. On 6 November 1929 Volin flew a plane.")
    for q in _dates(body)["9 March 1900"]:
        if q["type"] == "multiple_choice":
            assert not {"12 March 1890", "6 October 1929", "6 November 1929"} & set(q["choices"]), q["choices"]


def _iso(text: str) -> str:
    from quizgen.extract.dates import parse_date_text
    return parse_date_text(text)[0]


def test_a_year_in_the_title_a_key_named_by_a_word_beside_it_and_a_pronoun_in_a_quotation_rank_down():
    qs = bank("The 2004 Vell flood hit the coast of Vell on 26 December. The flood of 26 December 2004 severely "
              "affected Orn at a distance of 2,500 km from the dam. On 9 March 2004 the dam was closed.",
              title="2004 Vell flood")
    dated = {q["answer"]["text"]: q for q in qs if q["kind"] == "date" and q["type"] == "cloze"}
    assert "title-year" in dated["26 December 2004"]["quality_reasons"]
    assert "title-year" not in dated["9 March 2004"]["quality_reasons"]  # a day the title does not print
    qs = bank(LIFE + "In 1940 Volin had specified a machine called the bombe, which worked better than the Polish "
              "bomba, from which its name was derived. In 2009 the Prime Minister Rolf Berg made an apology for "
              "“the appalling way he was treated”.", title="Arkady Volin")
    assert all("stem-printed" in q["quality_reasons"] for q in qs if q["kind"] == "term" and "bomb" in q["answer"]["text"])
    apology = [q for q in qs if "apology" in q["prompt"] and q["kind"] == "date"]
    assert apology and all("quoted-pronoun" in q["quality_reasons"] for q in apology)


def test_a_dangling_besides_that_leans_and_a_rate_s_conversion_after_its_time_is_dropped():
    subject = context.article_subject("Vell flood", "flood", None)
    assert context.leans_on_context("Besides that, a 10 m tsunami ravaged the city of Orn.", subject)
    text = "The plate is drifting north-east at an average of 6 centimetres per year (2.4 inches per year)."
    end = text.index(" per year")
    assert context.conversion_after(text, end) == [(end + 9, len(text) - 1, "", "drop-conversion")]


def test_a_key_with_its_unit_abbreviated_takes_no_second_unit():
    qs = bank("The Vell plate is drifting north-east at an average of 6 centimetres per year, far from Orn.")
    accepted = [a for q in qs if q["kind"] == "figure" and q["type"] == "cloze" for a in q["answer"]["accept"]]
    assert "6 cm" in accepted and not any("cm centimetres" in a for a in accepted)


def test_a_name_later_in_the_pronoun_s_own_clause_is_no_antecedent_and_an_unnamed_his_ranks_down():
    subject = context.Subject("Rolf Berg", frozenset({"rolf", "berg"}), "Rolf Berg", "m")
    assert context.pronoun("In 1955, he helped make the film The Mystery of Berg.", subject)
    assert context.pronoun("After his service, Berg studied law.", subject) == []
    body = ("Rolf Berg (12 March 1890 – 14 June 1950) was a painter of Vell. Berg painted. He painted in Orn. He "
            "sailed. He wrote. He sang. He drew. In 1920 Berg moved to Orn. Publishers in Orn had printed "
            "editions of his books in 1921, before a copyright law was passed.")
    qs = [q for q in bank(body, title="Rolf Berg") if "Publishers" in q["prompt"] and q["kind"] == "date"]
    assert qs and all("unnamed-pronoun" in q["quality_reasons"] for q in qs)


def test_a_lone_given_name_takes_the_name_the_title_gives_and_a_possessive_name_of_a_thing_stays():
    body = ("Yuri Alekseyevich Garin (9 March 1934 – 27 March 1968) was a Soviet pilot. Garin flew. Garin sang. "
            "When the Germans were routed out of Klushino on 9 March 1944, Yuri helped the Red Army find mines. "
            "Since 2001, Yuri's Night, an international celebration, has been held every year.")
    qs = bank(body, title="Yuri Garin")
    mines = [q["prompt"] for q in qs if "mines" in q["prompt"]]
    assert mines and all("Yuri Garin helped" in p for p in mines)
    assert all("Yuri's Night" in q["prompt"] for q in qs if "Night" in q["prompt"])


def test_a_number_changed_in_a_comparison_of_two_makes_no_false_statement():
    from types import SimpleNamespace

    from quizgen import quality
    from quizgen.model import Fact, Sentence
    text = "In Vell, women are more highly educated than men: 59% of women hold a degree, compared to 41% of men."
    sentence = Sentence(text, 0, len(text), (), 0, 0)
    ev = quality.Evidence(fact=Fact("figure", "59%", 59, sentence, (50, 53)), sentence=sentence)
    false_statement = SimpleNamespace(kind="figure", type="true_false")
    ev.extra["wrong_value"] = "81%"
    assert quality._false_comparison(false_statement, ev)
    ev.extra["wrong_value"] = None  # the true statement says what the article says
    assert not quality._false_comparison(false_statement, ev)
    plain = "In Vell, 59% of women hold a degree."
    ev = quality.Evidence(sentence=Sentence(plain, 0, len(plain), (), 0, 0), extra={"wrong_value": "81%"})
    assert not quality._false_comparison(false_statement, ev)


def test_the_round_33_development_classes():
    # a converted measure the prompt drops is an accepted answer, alone and beside the key
    qs = bank("Vell is a town. Average temperatures in Vell range from 22 °C (72 °F) in January to 28 °C (82 °F) "
              "in August.")
    accepted = [q["answer"]["accept"] for q in qs if q["type"] == "cloze" and q["answer"]["text"] == "28 °C"]
    assert accepted and "82 °F" in accepted[0] and "28 °C (82 °F)" in accepted[0]
    # a cutoff whose event the sentence does not tell
    qs = bank("The Vell is a river. Prior to 1921, the upper Vell had assumed various names. In 1930 a dam was built.")
    cut = [q for q in qs if q["type"] == "cloze" and q["answer"]["text"] == "1921"]
    assert cut and all("bounded-date" in q["quality_reasons"] for q in cut)
    # 'As such' leans on the sentence before; acre-feet is one unit
    assert context.leans_on_context("As such, dinosaurs did suddenly become extinct.",
                                    context.article_subject("Dinosaur", "", None))
    from quizgen.extract import dates, figures
    from quizgen.load import load_text
    doc = load_text("---\ntitle: x\n---\nReleases were cut by 750,000 acre feet in 2014.\n", "x.md")
    assert [f.text for f in figures.extract(doc, dates.extract(doc), [])] == ["750,000 acre feet"]


def test_a_false_day_in_the_true_year_and_options_that_all_miss_the_key_s_year():
    from quizgen import quality
    from types import SimpleNamespace
    ev = quality.Evidence(fact=SimpleNamespace(value="1935-09-30", attrs={"precision": "day"}),
                          extra={"wrong_value": "1935-05-19"})
    assert quality._false_by_year(SimpleNamespace(kind="date", type="true_false", answer={"value": False}), ev)
    body = ("Vell is a city. In 1519 Vell was founded. In 1586 a fort was built. In 1589 a wall was built. On "
            "December 20, 1592, King Philip granted Vell the title of City. In 1596 a church was built. The title "
            "of 1592 made Vell famous.")
    for q in bank(body):
        if q["type"] == "multiple_choice" and q["answer"]["text"] == "December 20, 1592":
            assert sum("1592" in c for c in q["choices"]) >= 2, q["choices"]


def test_classes_read_from_the_measure_round():
    # an image's caption, a span from an unsaid point, an age the year works out
    qs = bank("Vell is a town. Rolf Keller (third from the right) on an expedition to Vell in 1884, one year after "
              "the fort was built. During the next 30 years, Vell grew to a city.")
    assert all("caption" in q["quality_reasons"] for q in qs if "expedition" in q["prompt"])
    span = [q for q in qs if q["kind"] == "figure" and q["answer"]["text"] == "30 years" and q["type"] == "cloze"]
    assert span and all("relative-span" in q["quality_reasons"] for q in span)
    body = ("Rolf Berg (12 March 1890 – 14 June 1950) was a painter of Vell. Berg painted. In 1920 Berg moved to "
            "Orn. In 1903, at the age of 13, Berg went to a school in Orn.")
    aged = [q for q in bank(body, title="Rolf Berg") if q["kind"] == "figure" and "school" in q["prompt"]]
    assert aged and all("age-from-year" in q["quality_reasons"]
                        for q in aged if q["type"] == "true_false" and q["answer"]["value"] is False)
    assert all("age-from-year" not in q["quality_reasons"] for q in aged if q["type"] == "cloze")  # (asking it is fine)
    # a cited page glued to a word is no figure; "two hundred" is not also "200 hundred"
    from quizgen.extract import dates, figures
    from quizgen.load import load_text
    doc = load_text("---\ntitle: x\n---\nThe war marked the rise of France on the Continent,:411 and the decline "
                    "of Orn.\n", "x.md")
    assert figures.extract(doc, dates.extract(doc), []) == []
    accepted = [a for q in bank("Vell is a town. Berg could blow two hundred high notes in a row in Vell.")
                if q["type"] == "cloze" and q["kind"] == "figure" for a in q["answer"]["accept"]]
    assert "200" in accepted and "200 hundred" not in accepted
    # options written with the key's decimals; a name after a later comma is no antecedent of a main-clause he
    from tests.test_round_wiki26 import _figure_options
    for options in _figure_options("Vell is a club. In 2011, Kroenke took his shareholding in Vell to 62.89%.",
                                   62.89, "62.89%", "share"):
        assert all(round(v * 100) % 10 for v in options), options
    subject = context.Subject("Louis Berg", frozenset({"louis", "berg"}), "Louis Berg", "m")
    assert context.pronoun("In 1969, he had a cameo role in the film Hello, Dolly! as the bandleader Louis.", subject)


def test_an_event_s_span_in_its_lead_bounds_the_options_of_its_years():
    body = ("The Vell War was fought in Vell from 1861 to 1865. In 1858 the crisis began. In 1862 Orn fell. In 1863 "
            "Lund fell. In 1864 the king was re-elected. In 1866 the army was disbanded. In 1868 a treaty was signed.")
    for q in bank(body, title="Vell War"):
        if q["type"] == "multiple_choice" and q["answer"]["text"] == "1864":
            assert all(1861 <= int(c) <= 1865 for c in q["choices"]), q["choices"]


def test_a_he_or_they_with_no_name_before_it_outside_a_biography_ranks_down():
    qs = bank("The Vell War was a war in Orn. In the Battle of Sinop on 30 November 1853 they destroyed a squadron "
              "of frigates. In the Battle of Lund on 3 May 1854 the Vell fleet destroyed a fort.", title="Vell War")
    sinop = [q for q in qs if "Sinop" in q["prompt"] and q["kind"] == "date"]
    lund = [q for q in qs if "Lund" in q["prompt"] and q["kind"] == "date"]
    assert sinop and all("dangling-pronoun" in q["quality_reasons"] for q in sinop)
    assert lund and all("dangling-pronoun" not in q["quality_reasons"] for q in lund)


def test_a_true_false_statement_counts_as_its_fact_in_a_selection():
    from quizgen.selection import choose

    def question(qtype, prompt, sentence, span, answer):
        return {"id": prompt, "type": qtype, "kind": "figure", "prompt": prompt, "quality": 0.9,
                "answer": {"text": answer, "value": answer}, "source": {"document": "x", "sentence": sentence,
                                                                         "span": span}}
    one = "In 2003 some 80,000 fans travelled to Seville."
    two = "The 80,000 fans who went to Seville won an award."
    qs = [question("cloze", "In 2003 some ____ fans travelled to Seville.", one, [100, 106], "80,000"),
          question("cloze", "The ____ fans who went to Seville won an award.", two, [300, 306], "80,000"),
          question("true_false", "In 2003 some 130,000 fans travelled to Seville.", one, [100, 106], "False"),
          question("true_false", two, two, [300, 306], "True")]
    from quizgen.selection import _fact_text, _span_facts
    facts = _span_facts(qs)
    assert _fact_text(qs[2], facts) == _fact_text(qs[3], facts) == "80,000"  # one fact, asked once
    statements = choose([q for q in qs if q["type"] == "true_false"] + [dict(q, quality=0.0) for q in qs[:2]],
                        min_quality=0.5)
    assert len(statements) == 1, [q["prompt"] for q in statements]
