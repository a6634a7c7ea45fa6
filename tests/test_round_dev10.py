"""Rules added after reading the misses of a group of gold files annotated for a measure, each shown
on invented text."""

from __future__ import annotations

import re
from types import SimpleNamespace

from quizgen import quality
from quizgen.context import (apply, article_subject, conversion_after, defined_acronyms, leans_on_context,
                             month_preposition, referent)
from quizgen.extract import extract_facts
from quizgen.generate import Generator, _fit_preposition, _one_claim, _verb_bound, _with_unit
from quizgen.load import load_text
from quizgen.model import Fact, Sentence
from quizgen.pipeline import Options
from tests.test_round_dev7 import bank, facts, rule_holds, sources
from tests.test_round_dev8 import people


def quotes_by_speaker(body: str, title: str) -> dict[str, dict]:
    """The short-answer quotation questions of a bank, by the speaker they key."""
    return {q["answer"]["text"]: q for q in bank(body, title=title) if q["kind"] == "quote"
            and q["type"] == "short_answer"}


def test_a_name_with_a_regnal_number_is_a_ruler_and_the_place_of_his_office_is_not_part_of_it():
    found = people("The temple was finished under Orvan, and he was succeeded by Tekhmose III in the spring. "
                   "Hask fled ahead of a horde led by Kassite chief Ulam-Meriaš, brother of the king of "
                   "Babylon Kurtiliash IV, who took the city.")
    assert "Tekhmose III" in found and "Kurtiliash IV" in found
    assert not any("Babylon" in name for name in found)


def test_numbered_parts_models_and_councils_are_no_rulers():
    found = people("The Panzer IV was built by the thousand. The council was called by Vatican II and "
                   "led by Pope Orvan. Part III of the book was written by Hask Tamo. The Type VII boats sailed.")
    assert not any(w in " ".join(found) for w in ("Panzer", "Vatican", "Part", "Type"))


def test_a_firm_named_with_an_ampersand_and_a_publisher_of_comics_are_no_people():
    found = people("Orvan began as a sub-editor for D. C. Tamsin & Co. Ltd, where he met the writer Hask Tamo. "
                   "His satire was published by Vellan Comics' Epic imprint.")
    assert "Hask Tamo" in found
    assert not any("Tamsin" in name or "Comics" in name for name in found)


def test_a_speaker_who_names_the_source_of_a_figure_in_the_quotation_passes_it_on():
    got = sources('Orvan Hask said in his speech: "According to the latest numbers gathered by the Vell '
                  'Writers Union, there are nearly one hundred writers in prison." '
                  'Tamo Rell said: "We lost 300 men."')
    assert got["nearly one hundred"] == "Vell Writers Union"
    assert got["300"] == "Tamo Rell"


# ---------------------------------------------------------------- questions (read from verdicts on
# a development set of four pages: a film-making duo, a software community, an album, an animal)

def _duo_bank() -> list[dict]:
    front = "description: Lana Orvan and Lilly Orvan are Vellish film directors.\n" \
            "infoboxes:\n  - birth_date: {text: 'June 21, 1965'}\n"
    body = ("The Orvans are Vellish film directors. Lana Orvan was born in 1965 and Lilly Orvan in 1967 in Hask. "
            "She and her sister grew up in Hask.\n\n"
            "## Career\n\n"
            "The Orvans wrote the film Grey Tide in 1996. It was a success in Vell and abroad. "
            "The thriller Red Sky was written by the screenwriter Lana Orvan for the studio of Hask in 1999. "
            "The feature is co-directed by the painter Geof Tamsin and Seiji Marl, a Vellish director. "
            "\"Because we grew up on comic books and old films, one of the things we are interested in is bringing "
            "serial fiction to cinema,\" Lana has said. "
            "In 2019, she said Mickey Ray Dunmore became her partner and moved in with her. "
            "Lilly later taught at the film school of Hask from 2001 to 2005.")
    return bank(body, title="The Orvans", front=front)


def test_an_article_on_two_people_lends_them_no_she_and_no_given_name():
    for q in _duo_bank():
        assert "The Orvans said" not in q["prompt"] and "The Orvans feature" not in q["prompt"], q["prompt"]


def test_a_family_member_the_text_calls_by_the_given_name_is_accepted_by_it():
    asked = [q for q in _duo_bank() if q["answer"].get("text") == "Lana Orvan"]
    assert asked and all("Lana" in q["answer"]["accept"] for q in asked)
    assert not any("Lilly" in q["answer"].get("accept", ()) for q in asked)


def test_a_false_date_takes_the_preposition_english_wants():
    assert _fit_preposition("On March 1981, the army took power.", "March 1981") == "In March 1981, the army took power."
    assert _fit_preposition("It took power in 5 March 1975.", "5 March 1975") == "It took power on 5 March 1975."
    assert _fit_preposition("It took power on March 5, 1975.", "March 5, 1975") == "It took power on March 5, 1975."


def test_a_statement_of_a_list_is_not_cut_in_half():
    assert _one_claim("On 23 January 1998, Orn made two announcements: first, that the browser will be free; "
                      "second, that its source code will also be free.", "23 January 1998") is None


def test_versions_parts_and_next_works_named_elsewhere_lean_on_context():
    duo = article_subject("The Orvans", "Vellish film directors", "The Orvans", "")
    album = article_subject("Grey Tide", "2015 album by Vellish singer Ana Orn", None, "")
    assert leans_on_context("The CD edition was released on 13 November 2015 with four prints.", album)
    assert leans_on_context("The 3rd vinyl remix series was released on 20 November 2015.", album)
    assert leans_on_context("Several songs use the viola organista, built by the musician Hask Tamo.", album)
    assert leans_on_context("The Orvans' next film project was Red Sky, a thriller released in 2009.", duo)
    assert leans_on_context("After its success, the Orvans directed two sequels, both released in 2003.", duo)
    assert referent("The cinematographer David Tamsin shot the movie digitally in 2008.", duo)[1]
    assert not leans_on_context("The album was released on 20 January 2015.", album)


def test_a_conversion_of_several_units_after_the_blank_goes():
    text = "measuring 2.4–3 metres (7 ft 10 in–9 ft 10 in) in total length"
    assert conversion_after(text, text.index(" (")) == [(22, 46, "", "drop-conversion")]
    assert conversion_after("a road (first built 1920) long", 6) == []


def test_a_date_or_figure_in_brackets_in_mid_sentence_is_an_aside():
    text = "Genera similar to Allocyon and to the younger Kolponomos (about 18 Mya) are known from the Oligocene."
    assert rule_holds(quality._bracketed_aside, text, "18", "figure")
    assert rule_holds(quality._bracketed_aside, "Orn sent her the mixtape Tamo (2013) in the spring.", "2013", "date")
    assert not rule_holds(quality._bracketed_aside, "Bears sleep for up to 100 days in winter.", "100", "figure")


# ---------------------------------------------------------------- a second development set (a second
# album, a fictional character, a law of parliaments)

def test_a_line_someone_chose_as_another_speakers_favourite_is_not_the_choosers():
    body = ("In a feature on the speeches of Orn, the critic Hask Tamo said that his favourite speech made by Orn "
            "was \"I am a knight, like my father before me\". Later Hask Tamo said: \"The film is a great success "
            "for all of us.\"")
    said = {f.text: f.attrs.get("speaker") for f in facts(body, "Orn", "quote")}
    assert "I am a knight, like my father before me" not in said
    assert said.get("The film is a great success for all of us.") == "Hask Tamo"


def test_an_infobox_person_true_only_where_its_note_says_is_not_asked():
    front = "infoboxes:\n  - spouse: {text: Mara Tamo (Legends)}\n    creator: {text: Hask Lund}\n"
    asked = [q["prompt"] for q in bank("Orn Vell is a character of films by Hask Lund. He married Mara Tamo "
                                       "in the later stories.", title="Orn Vell", front=front)
             if q["kind"] == "infobox"]
    assert not any("spouse" in p.lower() for p in asked)


def test_in_the_region_with_no_region_named_leans_on_context():
    album = article_subject("Grey Tide", "2004 album by Vellish singer Ana Orn", None, "")
    assert leans_on_context("Grey Tide was certified Silver in 2004 for shipments of 60,000 copies in the region.", album)
    assert not leans_on_context("Grey Tide sold 60,000 copies in the United Kingdom in 2004.", album)


def test_an_index_title_written_as_a_name_ranks_down():
    assert quality._TITLE_INVERSION.search("The German federal elections, 2005 were held on 18 September.")
    assert not quality._TITLE_INVERSION.search("The elections were held on 18 September, 2005 was a hard year.")


def test_a_figure_a_verb_bounds_gets_no_false_statement():
    body = ("Grey Tide is a 1999 film by Hask Orn.\n\n## Release\n\n"
            "By November 2003, the sales of the Grey Tide DVD had exceeded 30 million copies. "
            "The film earned $460 million worldwide in 1999 and won four awards in 2000. "
            "The sequel sold 12 million copies in 2004 and earned $740 million.")
    for q in bank(body, title="Grey Tide"):
        if q["type"] == "true_false" and "exceeded" in q["prompt"]:
            assert q["answer"]["value"] is True, q["prompt"]


def test_the_words_before_a_figure_that_bound_it_are_read_as_a_bound():
    got = {f.text: _verb_bound(f) for f in facts(
        "Growth rates even exceeded 10% in 2005. Sales topped 300 units in 2006. Exports reached 70% of "
        "output in 2007.")}
    assert got == {"10%": "above", "300": "above", "70%": None}


# ---------------------------------------------------------------- from the verdicts of the measure
# (wiki-20), read after it

def test_a_paragraph_that_moves_on_to_a_year_keeps_its_earlier_dates_out_of_it():
    body = ("The album was released on 22 September 1997. She sang on television on 22 May 1998 and on 5 December.\n\n"
            "The tour started at the beginning of September. Another tour took place in late October. "
            "In late November, she fell ill and cancelled the tour. In 1998, a tour of America was announced.")
    dated = {f.text: f.value for f in facts(body, "Vell", "date")}
    assert "late November" not in dated and "late October" not in dated  # not 1998: the paragraph says before it
    assert dated["5 December"] == "1998-12-05"


def test_a_biography_titled_with_a_short_given_name_has_its_subject_and_its_forms():
    front = "infoboxes:\n  - birth_date: {text: 'November 20, 1942'}\n"
    body = ("Joseph Robinette Tamo Jr. (born November 20, 1942) is a Vellish politician.\n\n"
            "## Career\n\nIn 2019, Tamo criticized Orn for its laws, saying, \"There is no excuse, not culture, "
            "not tradition, for this kind of hate and inhumanity in any country.\" His son Hunter Tamo worked "
            "in Hask from 2001.")
    doc = load_text(f"---\ntitle: Joe Tamo\n{front}---\n{body}\n", "x.md")
    made = Generator(doc, extract_facts(doc), Options())
    assert made.subject is not None and made._name(made.subject) == "Joseph Robinette Tamo Jr."
    assert {"Tamo", "Joe Tamo"} <= set(made._name_forms(made.subject))
    assert any("Joe Tamo criticized" in q["prompt"] for q in bank(body, title="Joe Tamo", front=front))


def test_a_power_of_ten_or_a_unit_sign_in_brackets_after_the_blank_goes():
    text = "ranging from 10 °C (50 °F) in the south"
    assert conversion_after(text, text.index(" (")) == [(18, 26, "", "drop-conversion")]
    text = "a total of 13 sextillion (1.3 × 1022) devices"
    assert conversion_after(text, text.index(" sext")) == [(24, 37, "", "drop-conversion")]


def test_counts_no_teacher_asks_and_answers_true_only_now_rank_down():
    assert rule_holds(quality._trivial_count, "The film holds 88% based on 155 reviews, with a score of 7.8.", "155", "figure")
    assert rule_holds(quality._trivial_count, "At least 1 filmed scene was omitted from the film.", "1", "figure")
    assert not rule_holds(quality._trivial_count, "At least 1 million copies were sold in 1999.", "1", "figure")
    assert rule_holds(quality._time_bound, "Power is held by the cabinet, led by the prime minister, currently Ana Orn.",
                      "Ana Orn", "person")
    assert rule_holds(quality._date_stamp, "Its main trading partners, as at June 2018, are Orn and Hask.", "June 2018", "date")
    assert rule_holds(quality._attributive, "Orn's 2004 studio album, Grey Tide, is made of voices.", "2004", "date")


def test_a_position_word_with_the_key_at_an_end_of_the_options_ranks_down():
    lead = SimpleNamespace(type="multiple_choice", kind="date",
                           prompt="“Tide” was released as the lead single from Grey on ________.",
                           choices=["15 September 1997", "30 November 1998", "7 June 1999", "1 August 2001"],
                           answer={"text": "15 September 1997"})
    assert quality._position_giveaway(lead, None)
    middle = SimpleNamespace(**{**vars(lead), "answer": {"text": "7 June 1999"}})
    assert not quality._position_giveaway(middle, None)
    plain = SimpleNamespace(**{**vars(lead), "prompt": "“Tide” was released on ________."})
    assert not quality._position_giveaway(plain, None)


def test_an_economy_article_asks_its_infobox_of_the_country():
    front = "infoboxes:\n  - currency: {text: Vellish crown}\n"
    asked = [q["prompt"] for q in bank("The economy of Vell is a market economy. Vell uses the Vellish crown since 1992.",
                                       title="Economy of Vell", front=front) if q["kind"] == "infobox"]
    assert "What is the currency of Vell?" in asked


def test_another_date_stamp_makes_no_false_statement():
    asked = []
    for name in ("Orn", "Vell", "Hask", "Tamo", "Lund", "Marl", "Dunmore", "Rell"):  # (the coin of each differs)
        body = (f"{name} is a database of films. {name} was launched on 17 October 1990 by Ida Brek. On 15 January "
                f"2002, {name} added a paid service. As of June 2021, {name} has approximately 8 million titles in "
                f"its database. In February 2017, {name} closed its forums. In April 2019, {name} opened a studio.")
        asked += [q for q in bank(body, title=name) if q["type"] == "true_false" and q["kind"] == "date"
                  and "titles in its database" in q["prompt"]]
    assert asked and all(q["answer"]["value"] is True for q in asked), [q["prompt"] for q in asked]


def test_a_speaker_with_a_plain_name_the_people_rules_missed_is_asked_who_and_accepted_by_family_name():
    body = ("Grey Tide is a 1999 film by Hask Orn.\n\n## Reception\n\n"
            "\"It works on whatever level you want to bring to it,\" Joss Whedon said of the film in 2003. "
            "\"In the media's hands, it became a story about the film's growing fame,\" the Washington Post observed.")
    said = quotes_by_speaker(body, "Grey Tide")
    assert "Joss Whedon" in said
    assert said["Joss Whedon"]["prompt"].startswith("Who said") and "Whedon" in said["Joss Whedon"]["answer"]["accept"]


def test_the_partners_a_firm_is_named_after_are_no_people_there():
    found = people("Soon after Orn left office, the lawyer Hask Tamo joined the Vell-based law firm Verner, Liipfert, and "
                   "Bernhard, which he helped grow. He worked for the advertising agency J. Walter Lund in Vell. "
                   "His partner at the firm, the lawyer John Marl, said so.")
    assert "Hask Tamo" in found and "John Marl" in found
    assert not any(w in " ".join(found) for w in ("Verner", "Liipfert", "Lund"))


# ---------------------------------------------------------------- from the verdicts of the end-of-round
# check (wiki-21), read after it

def test_a_birth_name_in_brackets_does_not_become_the_subjects_name():
    body = ("William Jefferson Tamo (born William Jefferson Blythe III; August 19, 1946) is a Vellish politician.\n\n"
            "## Early life\n\nTamo was born William Jefferson Blythe III in Hope. His wife Hillary Tamo was born in 1947. "
            "Tamo declared at the ceremony that \"I really do not believe former presidents need awards anymore, but I am "
            "very honored by this one\".")
    named = {f.value: f for f in facts(body, "Bill Tamo", "person")}
    assert "William Jefferson Tamo" in named and "William Jefferson Blythe III" not in named
    said = [f.attrs.get("speaker") for f in facts(body, "Bill Tamo", "quote")]
    assert said == ["William Jefferson Tamo"]


def test_a_place_after_a_preposition_before_the_verb_is_no_speaker():
    body = ("The critic Hask Tamo first called it \"an honourable failure\", but then on a second viewing for the "
            "release of the DVD in the UK stated, \"Second time around, I find it to be more engaging than before.\" "
            "The Vell Times stated, \"It is a fine film with many moments of genuine magic in it.\"")
    said = {f.text: f.attrs.get("speaker") for f in facts(body, "Grey Tide", "quote")}
    assert "UK" not in said.values()
    assert said.get("It is a fine film with many moments of genuine magic in it.") == "Vell Times"


def test_a_scale_word_is_written_once_in_the_accepted_forms():
    assert _with_unit(["120 million years", "120,000,000", "120 million"], " million years") == [
        "120,000,000 years", "120 million years"]
    assert _with_unit(["77.5 million", "77,500,000"], " million") == []
    assert _with_unit(["ninety days", "90"], " days") == ["90 days"]


def test_a_statement_is_cut_to_the_clause_that_holds_its_fact_and_no_other():
    statement = ("On May 9, 2018, Orn renewed the series for a fifth and sixth season, which adapt two novels, "
                 "and each season is to consist of six episodes.")
    cut = _one_claim(statement, "six")
    assert cut is None or "six episodes" in cut  # never the first clause, whose "sixth" only looks like it


def test_a_family_name_two_people_bear_goes_to_the_one_named_in_the_section():
    body = ("Grey Tide is a Vellish television series developed by the producer Ronald Tamo.\n\n"
            "## Cast\n\nThe actress Carmen Tamo plays the healer Wahka.\n\n"
            "## Production\n\nMoore was absent. Tamo said of the pilot: \"There's a lot of things we did in the first "
            "forty minutes that aren't in the book at all.\"")
    said = [f.attrs.get("speaker") for f in facts(body, "Grey Tide", "quote")]
    assert "Carmen Tamo" not in said


def test_the_album_under_a_heading_that_names_another_album_is_not_the_articles():
    front = "description: 1995 album by Vellish singer Ana Orn\n"
    body = ("Grey Tide is the second album by Ana Orn, released in 1995.\n\n## Release\n\n"
            "Grey Tide was released on 13 June 1995 by the label Hask Records.\n\n### Red Sky\n\n"
            "The album also contains a new composition, \"Spine\", a collaboration with the drummer Evelyn Tamo in 1996.")
    for q in bank(body, title="Grey Tide", front=front):
        assert "Grey Tide also contains" not in q["prompt"] and "Grey Tide contains" not in q["prompt"], q["prompt"]


def test_an_infobox_of_another_thing_in_the_article_asks_nothing_of_the_article():
    front = ("infoboxes:\n  - clubname: {text: Orn United}\n    founded: {text: '1878'}\n"
             "  - stadium_name: {text: Grey Park}\n    architect: {text: Hask Tamo}\n    opened: {text: '1910'}\n")
    body = "Orn United is a football club of Vell, founded in 1878. Its ground, Grey Park, was built by Hask Tamo in 1910."
    asked = [q["prompt"] for q in bank(body, title="Orn United F.C.", front=front) if q["kind"] == "infobox"]
    assert "When was Orn United F.C. founded?" in asked
    assert not any("architect" in p.lower() or "opened" in p.lower() for p in asked)


def test_a_number_inside_a_name_and_a_worked_out_equivalent_are_no_figures():
    found = [f.text for f in facts("Orn produced it with Hask Tamo, 808 State's Ida Marl, and the drummer Lund. In "
                                   "January 1902, with debts of £2,670 – equivalent to £290,000 as of 2026 – the club "
                                   "was served a winding-up order.")]
    assert found == ["£2,670"]


def test_a_name_half_printed_a_cast_line_and_a_film_studio_are_no_questions():
    text = "Its legacy echoes through dance-pop artists like Lady Gaga and Robyn."
    start = text.index("Gaga")
    sentence = Sentence(text, 0, len(text), (), 0, 0)
    ev = quality.Evidence(fact=Fact("person", "Gaga", "Lady Gaga", sentence, (start, start + 4)), sentence=sentence,
                          blank=(start, start + 4))
    assert quality._answer_word_beside(SimpleNamespace(kind="person", type="cloze", answer={"text": "Lady Gaga"}), ev)
    assert rule_holds(quality._cast_line, "John Standing as Anthony Lilliman, a corrupt bishop at the abbey.",
                      "Anthony Lilliman", "person")
    assert not rule_holds(quality._cast_line, "John Standing as Anthony Lilliman was praised by critics.",
                          "Anthony Lilliman", "person")
    assert people("Grey Tide was scheduled for release by Warner Bros. on 5 November 2005.") == []


def test_more_things_named_elsewhere_lean_on_context_but_not_before_a_defining_clause():
    club = article_subject("Orn United F.C.", "Vellish football club", None, "")
    for text in ("Even after the cut, Orn United was valued at $3.3 billion.",
                 "On December 15, 2019, the jury found in favor of Hask and ruled he was not liable.",
                 "Hask had credited Ida Marl with the formulation on previous occasions in 1987.",
                 "The EP was followed by Six Feet Down, which was released in 2010."):
        assert referent(text, club)[1], text
    assert not referent("To prepare for the scene in which he wakes up, Hask lost 15 pounds in 1998.", club)[1]
    assert not referent("Incumbent president Ida Marl was defeated having received only 5% of the vote.", club)[1]


def test_a_periodical_set_in_italics_is_asked_which_source_and_a_range_gets_no_unit_tail():
    body = ("Grey Tide is a 1999 film by Hask Orn.\n\n## Reception\n\n"
            "In 1999, *Rolling Stone* wrote: \"The film is a loud, long and glorious mess from start to finish.\" "
            "\"It works on whatever level you want to bring to it,\" Joss Whedon said of the film in 2003.")
    said = quotes_by_speaker(body, "Grey Tide")
    assert "Rolling Stone" in said and said["Rolling Stone"]["prompt"].startswith("Which source")
    assert "Stone" not in said["Rolling Stone"]["answer"]["accept"]
    assert _with_unit(["1 to 10", "1–10"], " to 10") == []


def test_a_month_and_year_after_on_take_in():
    text = "On January 2014, the band announced a tour. It ended on March 3, 2015 and on May 2016."
    assert apply(text, month_preposition(text))[0] == (
        "In January 2014, the band announced a tour. It ended on March 3, 2015 and in May 2016.")


def test_a_bare_number_of_three_digits_gets_options_of_three_digits():
    body = ("Orn was a kingdom of Vell from 698 to 926.\n\n## Culture\n\n"
            "A statue of the Buddha from 834 stands in Hask. The scholar Ida Marl (b. 857) wrote 340 poems. "
            "The kingdom sent 105 envoys to Hask and built 62 temples.")
    for q in bank(body, title="Orn"):
        if q["kind"] == "figure" and q["type"] in ("multiple_choice", "true_false") and "statue" in q["prompt"]:
            values = [int(c.replace(",", "")) for c in (q.get("choices") or []) if c[:1].isdigit()]
            assert all(v < 1000 for v in values), q["choices"]
            assert not re.search(r"\b\d,\d{3}\b", q["prompt"]), q["prompt"]


def test_a_year_of_three_digits_after_b_in_brackets_is_a_birth_year():
    dated = {f.text: f.value for f in facts("The scholar Ida Marl (b. 857) wrote 340 poems in Hask.", "Vell", "date")}
    assert dated == {"857": "0857"}


def test_a_sentence_that_opens_on_a_verb_and_a_death_year_in_brackets_rank_down():
    assert rule_holds(quality._fragment_start, "has 13 degrees of freedom, and the sample has 14 values.", "13", "figure")
    assert not rule_holds(quality._fragment_start, "The sample has 13 degrees of freedom in all.", "13", "figure")
    assert rule_holds(quality._bracketed_aside, "The scholar Ida Marl (d. 926) wrote many poems.", "926", "date")


def test_a_name_to_choose_among_the_articles_people_ranks_under_the_default_bar():
    rule = next(r for r in quality.RULES if r.name == "person-options")
    assert rule.test(SimpleNamespace(kind="person", type="multiple_choice"), quality.Evidence())
    assert not rule.test(SimpleNamespace(kind="person", type="cloze"), quality.Evidence())
    # (with the lead's own weight only, such a question falls under the default bar of 0.5)
    lead = next(r for r in quality.RULES if r.name == "outside-lead")
    assert (1 - rule.weight) * (1 - lead.weight) < 0.5


def test_a_wife_known_by_both_family_names_is_one_person_and_accepted_by_either():
    front = "infoboxes:\n  - birth_date: {text: 'August 19, 1946'}\n    spouse: {text: 'Hillary Rodham (m. 1975)'}\n"
    body = ("William Jefferson Tamo (born August 19, 1946) is a Vellish politician.\n\n## Life\n\n"
            "In 1971, he met the law student Hillary Rodham in the library. The committee was chaired by Tamo's wife "
            "Hillary Rodham Tamo in 1983. Hillary Tamo later became a senator.")
    people = {f.value: f.attrs.get("mentions") for f in facts(body, "Bill Tamo", "person")}
    assert "Hillary Tamo" not in people and "Hillary Tamo" in people.get("Hillary Rodham", [])
    spouse = [q for q in bank(body, title="Bill Tamo", front=front) if q["kind"] == "infobox" and "spouse" in q["prompt"]]
    assert spouse and all("Hillary Tamo" in q["answer"]["accept"] for q in spouse)


def test_an_acronym_also_used_as_a_qualifier_of_another_is_not_spelled_out():
    found = defined_acronyms("Her Vell Peoples Party (VPP) won in 2008. The GDP (VPP) per capita is $2,000. "
                             "The Orn Bay Company (OBC) traded furs.")
    assert "VPP" not in found and found["OBC"] == "Orn Bay Company"


def test_an_opening_that_answers_what_came_before_leans_on_it():
    album = article_subject("Grey Tide", "1995 album by Vellish singer Ana Orn", None, "")
    assert leans_on_context("To compensate, Ana Orn announced a string of remixes in June 1995.", album)
    assert leans_on_context("As a result, the tour was cancelled in 1996.", album)
    assert not leans_on_context("As a result of the treaty, Grey Tide was released in 1945.", album)


def test_a_firms_name_goes_on_after_bros():
    doc = load_text("---\ntitle: Grey Tide\n---\nAfter a long delay, Warner Bros. Pictures representatives agreed to the "
                    "film's running time. It was made by Orn Inc. The company grew.\n", "x.md")
    assert [s.text for s in doc.sentences] == [
        "After a long delay, Warner Bros. Pictures representatives agreed to the film's running time.",
        "It was made by Orn Inc.", "The company grew."]
