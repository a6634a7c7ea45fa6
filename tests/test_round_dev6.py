"""Rules added after the development check on three long narrative and technical articles (a
politician, a space mission, a class of warships), each shown on invented text."""

from __future__ import annotations

from quizgen import context, quality
from quizgen.load import load_text, parse_body
from quizgen.model import Fact, Question, Sentence
from quizgen.pipeline import Options, process_document


def bank(body: str, title: str = "Vell", front: str = "") -> list[dict]:
    doc = load_text(f"---\ntitle: {title}\n{front}---\n{body}\n", "x.md")
    return process_document(doc, Options()).questions


def asking(questions: list[dict], answer: str, qtype: str = "cloze") -> list[dict]:
    return [q for q in questions if q["type"] == qtype and str(q["answer"].get("text")) == answer]


def evidence_at(text: str, part: str) -> quality.Evidence:
    """What the quality rules read of a question whose blank is ``part`` of the sentence ``text``."""
    start = text.index(part)
    return quality.Evidence(sentence=Sentence(text, 0, len(text), (), 0, 0), blank=(start, start + len(part)))


def banked(qid: str, qtype: str, kind: str, prompt: str, answer: str, sentence: str | None = None) -> dict:
    """A question as a bank stores it, for the selection tests."""
    source = {"document": "d", "sentence": sentence} if sentence else {"document": "d"}
    return {"id": qid, "type": qtype, "kind": kind, "prompt": prompt, "answer": {"text": answer, "accept": [answer]},
            "source": source, "quality": 1.0}


def test_an_expanded_acronym_takes_the_article_its_first_word_needs():
    acronyms = {"FDP": "Free Democratic Party", "UN": "United Nations", "EU": "European Union"}
    for text, want in [("He was an FDP candidate.", "He was a Free Democratic Party candidate."),
                       ("A UN report said so.", "A United Nations report said so."),
                       ("An EU law passed.", "A European Union law passed."),
                       ("The FDP won.", "The Free Democratic Party won.")]:
        assert context.apply(text, context.expand_acronyms(text, acronyms))[0] == want
    text = "It was an IOC decision."
    assert context.apply(text, context.expand_acronyms(text, {"IOC": "International Olympic Committee"}))[0] == \
        "It was an International Olympic Committee decision."


def test_a_year_written_short_in_the_prompt_gives_the_key_away():
    body = ("The Vell capsule flew in 1968.\n\n"
            "In January 1970, the capsule was shipped to Hask for display at Expo '70.\n\n"
            "In March 1971, the capsule was shipped back to Vell.")
    qs = bank(body, title="Vell capsule")
    expo = [q for q in qs if q["kind"] == "date" and "Expo" in q["prompt"] and q["type"] != "true_false"]
    assert expo and all(q["quality"] == 0 and "year-in-prompt" in q["quality_reasons"] for q in expo)
    back = [q for q in qs if q["kind"] == "date" and "shipped back" in q["prompt"] and q["type"] == "cloze"]
    assert back and "year-in-prompt" not in back[0]["quality_reasons"]


def test_an_event_the_article_names_with_its_year_is_ranked_down_when_asked_without_it():
    body = ("Ivo Brandt was a politician of Hask.\n\n"
            "Ivo Brandt spoke against the 2019 Vell invasion of Hask many times.\n\n"
            "In 2019, Ivo Brandt condemned the Vell invasion of Hask.\n\n"
            "In 2015, Ivo Brandt condemned the new harbour tax of Hask.")
    qs = bank(body, title="Ivo Brandt")
    blockade = [q for q in asking(qs, "2019") if "condemned" in q["prompt"]]
    assert blockade and "year-named-elsewhere" in blockade[0]["quality_reasons"]
    tax = [q for q in asking(qs, "2015") if "tax" in q["prompt"]]
    assert tax and "year-named-elsewhere" not in tax[0]["quality_reasons"]


def test_a_date_after_by_is_a_bound_not_a_fact():
    body = ("The Vell class were four cruisers of Hask.\n\n"
            "When the two older cruisers, launched by 1911, were outclassed by the new ships of Vell, the navy of "
            "Hask ordered four more.\n\n"
            "The navy of Hask ordered the Vell class in 1912.")
    qs = bank(body, title="Vell-class cruiser")
    by = asking(qs, "1911")
    assert by and "bounded-date" not in by[0]["quality_reasons"]  # the cloze asks what the text says
    by_choice = asking(qs, "1911", "multiple_choice")
    assert by_choice and "bounded-date" in by_choice[0]["quality_reasons"]
    assert "bounded-date" not in asking(qs, "1912")[0]["quality_reasons"]


def test_a_false_statement_that_moves_only_the_day_is_ranked_down():
    fact = Fact("date", "15 November 1940", "1940-11-15", None, None, {"precision": "day"})

    def statement(wrong: str) -> bool:
        q = Question("q", "true_false", "date", "The cruiser was refitted on ...", {"value": False}, {})
        return quality._false_by_year(q, quality.Evidence(fact=fact, extra={"wrong_value": wrong}))

    assert statement("1940-11-24")  # only the day moved
    assert statement("1941-11-15")  # only the year, by one
    assert not statement("1938-06-02")  # another date altogether


def test_the_sisters_of_a_ship_class_article_are_named_and_elsewhere_left_open():
    cls = context.article_subject("Vell-class cruiser", "Class of cruisers of Hask", None)
    other = context.article_subject("Battle of Hask", "Naval battle", None)
    text = "The sisters were refitted in 1937."
    edits, unresolved = context.referent(text, cls)
    assert context.apply(text, edits)[0] == "The Vell-class cruisers were refitted in 1937." and not unresolved
    text = "Both ships were sunk in 1944."
    assert context.apply(text, context.referent(text, cls)[0])[0] == "Both Vell-class cruisers were sunk in 1944."
    assert context.referent(text, other) == ([], True)
    assert context.referent("The ships of the line sailed in 1805.", other) == ([], False)


def test_options_that_a_sum_of_shares_rules_out_are_not_offered():
    body = "\n\n".join([
        "Ivo Brandt was a politician of Hask.",
        "In August 2019, 67% of voters wanted Ivo Brandt to stay in office, while only 29% wanted him to leave.",
        "In 2010, 45% of voters backed Ivo Brandt's harbour plan.",
        "In 2012, 52% of voters backed Ivo Brandt's school plan.",
        "In 2014, 38% of voters backed Ivo Brandt's bridge plan."])
    for q in asking(bank(body, title="Ivo Brandt"), "29%", "multiple_choice"):
        assert all(float(c.rstrip("%")) + 67 <= 100 for c in q["choices"]), q["choices"]


def test_tokeniser_leftovers_are_joined_again():
    text = parse_body("They attacked at 16: 40, and the ships ' AA guns fired until 19: 00. Chapter 3: 45 men.")[0]
    assert text == "They attacked at 16:40, and the ships' AA guns fired until 19:00. Chapter 3: 45 men."


def test_a_quoted_speaker_is_accepted_by_family_name_when_two_forms_name_one_person():
    front = ("infoboxes:\n  - name: spaceflight\n    fields:\n      crew_members:\n"
             "        text: Ivo A. Brandt, Jr.\n")
    body = ("Vell 8 was the first crewed flight to Hask. Its crew were Ivo Brandt and Karl Osk.\n\n"
            "In his 1994 book, Brandt wrote, \"My training came in handy on the long flight!\"")
    for q in bank(body, title="Vell 8", front=front):
        if q["kind"] == "quote" and q["type"] == "short_answer":
            assert "Brandt" in q["answer"]["accept"]


def test_an_option_read_off_a_near_share_in_the_prompt_is_a_giveaway():
    body = "\n\n".join([
        "Hask is a town of Vell.",
        "In 2015, the economy of Hask grew by 10.8%, and it may grow above 11% in 2016.",
        "In 2010, the economy of Hask grew by 4.4%.",
        "In 2011, the economy of Hask grew by 5.1%.",
        "In 2012, the economy of Hask grew by 6.3%."])
    mc = [q for q in asking(bank(body, title="Hask"), "10.8%", "multiple_choice")]
    assert mc and "beatable-options" in mc[0]["quality_reasons"]


def test_real_options_are_written_like_the_key():
    body = "\n\n".join([
        "Hask is a town of Vell.",
        "In 2019, 29% of the voters of Hask backed the harbour plan.",
        "In 2010, 34.2% of the voters of Hask backed the school plan.",
        "In 2012, 41% of the voters of Hask backed the bridge plan.",
        "In 2014, 22% of the voters of Hask backed the road plan."])
    for q in asking(bank(body, title="Hask"), "29%", "multiple_choice"):
        assert all("." not in c for c in q["choices"]), q["choices"]


# ---------------------------------------------------------------- dates

def dates_of(text: str) -> list[tuple[str, str]]:
    from quizgen.extract import dates
    return [(f.text, f.value) for f in dates.extract(load_text(f"---\ntitle: x\n---\n{text}\n", "x.md"))]


def test_a_span_with_a_decade_at_either_end_is_one_range():
    assert dates_of("Vell grew during the late 1920s through the 1930s.") == [
        ("the late 1920s through the 1930s", "1920/1939")]
    assert dates_of("He lived in Hask from 1942 to the mid-1950s.") == [("1942 to the mid-1950s", "1942/1959")]
    assert dates_of("From the 1920s to the 1960s, the town grew.") == [("the 1920s to the 1960s", "1920/1969")]
    assert dates_of("Hask grew in the 1960s and 1970s.") == [("the 1960s", "1960/1969"), ("1970s", "1970/1979")]


def test_years_in_brackets_after_a_war_or_an_era_are_its_span_not_a_life():
    assert ("1975–2002", "1975/2002") in dates_of("Then the Vell Civil War (1975–2002) ruined the mines.")
    assert dates_of("The painter Ivo Brandt (1878–1946) lived in Hask.") == [("1878", "1878"), ("1946", "1946")]


def test_months_of_a_meeting_that_recurs_are_no_dates():
    assert dates_of("The lodge was founded on 15 February 1991; it meets on the third Tuesday in "
                    "February, May and October.") == [("15 February 1991", "1991-02-15")]


def test_a_number_before_an_adjective_and_a_counted_noun_is_a_count():
    assert dates_of("The college offers places for up to 1280 young people.") == []
    assert dates_of("In 1850 young men went west.") == [("1850", "1850")]


def test_a_name_several_people_of_the_article_bear_is_left_open_when_alone():
    body = "\n\n".join(["Hask Group is a company of Vell, founded by Lee Byung-chul in 1938.",
                        "Lee Kun-hee became chairman of Hask Group in 1987.",
                        "Lee Jae-yong became vice chairman of Hask Group in 2012.",
                        "Following Lee's death in 1987, Hask Group was split into five groups."])
    for q in bank(body, title="Hask Group"):
        if q["type"] == "cloze" and q["kind"] == "date":
            assert ("unresolved-reference" in q["quality_reasons"]) == q["prompt"].startswith("Following Lee's")


def test_a_sentence_opening_on_an_earlier_time_leans_on_it():
    subject = context.article_subject("Hask Group", "Company of Vell", None)
    assert context.leans_on_context("At the time, Hask Group and Osk invested $500 million in Vell.", subject)
    assert not context.leans_on_context("At the time of the merger, Hask Group had 300 staff.", subject)


def test_an_abbreviation_nobody_spelled_out_ranks_a_question_down():
    body = "\n\n".join(["Hask Group is a company of Vell.",
                        "SDI also builds batteries for cars, and acquired a plant near Osk in 2015.",
                        "The UN praised the plant of Hask Group in 2016."])
    qs = {q["prompt"][:12]: q for q in bank(body, title="Hask Group") if q["type"] == "cloze" and q["kind"] == "date"}
    assert "unexplained-abbreviation" in qs["SDI builds b"]["quality_reasons"]
    assert "unexplained-abbreviation" not in qs["The UN prais"]["quality_reasons"]


def test_a_year_the_birth_year_and_an_age_give_is_ranked_down():
    front = ("infoboxes:\n  - name:\n      text: Ivo Brandt\n    birth_date:\n      text: 14 March 1879\n"
             "    death_date:\n      text: 18 April 1955\n")
    body = ("Ivo Brandt (14 March 1879 – 18 April 1955) was a physicist of Hask.\n\n"
            "In 1895, at the age of 16, Ivo Brandt sat the entrance examinations of the college of Vell.\n\n"
            "In 1905, Ivo Brandt published four papers in Osk.")
    qs = [q for q in bank(body, title="Ivo Brandt", front=front) if q["type"] == "cloze" and q["kind"] == "date"]
    by_prompt = {q["prompt"][:20]: q["quality_reasons"] for q in qs}
    assert "year-from-age" in by_prompt["In ________, at the "]
    assert "year-from-age" not in by_prompt["In ________, Ivo Bra"]


def test_a_date_fixed_by_the_start_of_a_world_war_is_ranked_down():
    body = ("Ivo Brandt was a physicist of Hask.\n\n"
            "In July 1939, a few months before the beginning of World War II in Europe, Ivo Brandt wrote to Osk.")
    qs = [q for q in bank(body, title="Ivo Brandt") if q["type"] == "cloze" and q["kind"] == "date"]
    assert qs and all("known-anchor" in q["quality_reasons"] for q in qs)


def test_a_stock_code_with_leading_zeros_is_no_figure():
    from quizgen.extract import dates, figures, people
    doc = load_text("---\ntitle: x\n---\nHask Group is listed on the Vell stock market (000830). It has 3 plants.\n", "x.md")
    assert [f.text for f in figures.extract(doc, dates.extract(doc), people.extract(doc))] == ["3"]


def test_shares_that_make_a_whole_get_no_false_statement():
    body = "\n\n".join(["Hask Group is a company of Vell.",
                        "Osk Works owns 51% of the plant's stock, while Hask Group owns the remaining 49%.",
                        "In 2010, 30% of the staff of Hask Group were engineers.",
                        "In 2012, 44% of the staff of Hask Group were women.",
                        "In 2014, 62% of the staff of Hask Group were from Vell."])
    for q in bank(body, title="Hask Group"):
        if q["type"] == "true_false" and "remaining" in q["prompt"]:
            assert q["answer"]["value"] is True


def test_a_source_the_sentence_spells_out_is_not_named_again():
    from quizgen.generate import _names_party
    assert _names_party("CLW", "China Labor Watch said a student was paid 1.5 times her wage.")
    assert not _names_party("CLW", "A student was paid 1.5 times her wage.")


def test_a_writer_of_a_paper_speaks_her_quotation_not_the_paper():
    body = ("Vell is an album by Ivo Brandt.\n\n"
            "Melissa Ruggieri of the Hask Times reported, \"Vell is the best-selling teenage album of the year in Hask.\"")
    quotes = [q for q in bank(body, title="Vell (album)") if q["kind"] == "quote"]
    assert quotes and all(q["answer"]["text"] == "Melissa Ruggieri" for q in quotes)


def test_references_to_what_an_earlier_sentence_introduced_are_left_open():
    person = context.article_subject("Ivo Brandt", "Physicist of Hask", "Ivo Brandt", "he " * 10)
    assert context.leans_on_context("In 1903, their first son, Karl Brandt, was born in Hask.", person)
    assert context.leans_on_context("As a result of Brandt's letter, 1,000 people left Hask.", person)
    assert not context.leans_on_context("Ivo Brandt's letter to the mayor of Hask was printed in 1903.", person)
    place = context.article_subject("Hask", "Town of Vell", None)
    assert context.referent("In 2003 the website moved to Vell.", place)[1]
    assert not context.referent("In 1905 the theory of tides was published in Hask.", place)[1]


# ---------------------------------------------------------------- people

def people_in(body: str, title: str = "x") -> set[str]:
    from quizgen.extract import people
    return {p.attrs["name"] for p in people.extract(load_text(f"---\ntitle: {title}\n---\n{body}\n", "x.md"))}


def test_japanese_names_with_evidence_in_an_article_on_japan():
    body = ("Vellkan is a martial art of Japan, taught at the Hōsa dōjō.\n\n"
            "Its founder studied directly with Takeda Sōkaku in Osk.\n\n"
            "The Hask style, founded by Gozo Shioda in 1955, spread to Osk.")
    found = people_in(body, "Vellkan")
    assert {"Takeda Sōkaku", "Gozo Shioda"} <= found
    # the same shape in an article with nothing Japanese about it names no one
    assert "Anno Domini" not in people_in("The calendar, introduced by Anno Domini reckoning, spread to Osk.")



# ---------------------------------------------------------------- after the wiki-5e development check

def test_the_year_a_critic_said_something_is_citation_detail():
    body = ("Vell is a character of a game series from Hask.\n\n## Reception\n\n"
            "Karl Osk of Hask Weekly remarked in 2010: \"She is a mystery to everyone who plays.\"\n\n"
            "## History\n\nVell first appeared in a game released in 1992.")
    qs = [q for q in bank(body, title="Vell") if q["kind"] == "date" and q["type"] == "cloze"]
    reasons = {q["answer"]["text"]: q["quality_reasons"] for q in qs}
    assert "remark-year" in reasons["2010"] and "remark-year" not in reasons["1992"]


def test_options_next_to_an_approximate_year_rank_a_choice_down():
    from quizgen.quality import _approximate_year
    ev = evidence_at("Since about 2000, several states simplified their schools.", "2000")
    q = Question("q", "multiple_choice", "date", "...", {"value": "2000"}, {}, choices=["1996", "2000", "2001", "2010"])
    assert _approximate_year(q, ev)
    q.choices = ["1988", "1993", "2000", "2008"]
    assert not _approximate_year(q, ev)


def test_unclosed_emphasis_in_a_prompt_refuses_it():
    from quizgen.quality import Evidence, _garbled
    q = Question("q", "cloze", "date", "A Battle to Defy the Rules!* on ________; Battle at Togenkyo!", {}, {})
    assert _garbled(q, Evidence())


def test_infobox_fields_with_numbered_or_other_labels_ask_nothing():
    from quizgen import prompts
    assert prompts.label_question("infobox_date_questions", "designated other2 date", title="x",
                                  label="designated other2 date") is None
    assert prompts.label_question("infobox_date_questions", "groundbreaking date", title="x", label="groundbreaking date")


def test_a_wrong_date_a_few_days_from_a_day_precise_key_is_not_offered():
    body = "\n\n".join(["The Vell Tower is a skyscraper in Hask.",
                        "Work on the Vell Tower began on September 18, 1928, on the site of an old hotel.",
                        "The steel frame of the Vell Tower rose from September 19, 1928, week by week.",
                        "The spire of the Vell Tower was raised on October 23, 1929.",
                        "The Vell Tower opened on May 27, 1930.",
                        "The Vell Tower was sold on March 1, 1953."])
    for q in asking(bank(body, title="Vell Tower"), "September 18, 1928", "multiple_choice"):
        assert "September 19, 1928" not in q["choices"]


def test_a_false_figure_stays_near_enough_to_be_believed():
    from quizgen.generate import _clearly_wrong
    assert _clearly_wrong([(138.1, "138.1 years"), (110.0, "110 years")], 79.9) == "110 years"


def test_a_prompt_that_says_according_to_gets_no_second_source():
    from quizgen.generate import _names_party
    assert _names_party("organisational reporting", "According to organisational reporting in 2008, about 34% ...")


def test_a_writer_of_a_periodical_or_the_periodical_is_accepted():
    body = ("Vell is a character of a game series from Hask.\n\n## Reception\n\n"
            "Salehuddin Husin of Hask Unwired wrote: \"Vell captivated thousands of players the world over.\"")
    quotes = [q for q in bank(body, title="Vell") if q["kind"] == "quote" and q["type"] == "short_answer"]
    for q in quotes:
        if q["answer"]["text"] == "Salehuddin Husin of Hask Unwired":
            assert {"Salehuddin Husin", "Hask Unwired"} <= set(q["answer"]["accept"])


def test_area_units_of_a_converter_read_as_units():
    assert parse_body("It had a 3900 ft2 deck over 5,000 km2 of land; the M2 motorway.")[0] == \
        "It had a 3900 sq ft deck over 5,000 km² of land; the M2 motorway."


def test_one_person_asked_from_the_infobox_and_the_text_is_asked_once():
    from quizgen.selection import choose
    infobox = banked("a", "short_answer", "infobox", "Who wrote Vell?", "Karl Osk")
    cloze = banked("b", "cloze", "person", "Vell is a manga written by ________.", "Karl Osk",
                   "Vell is a manga written by Karl Osk.")
    assert len(choose([infobox, cloze])) == 1


def test_a_part_of_a_work_names_the_work():
    work = context.article_subject("Vell (manga)", "Japanese manga series by Karl Osk", None)
    for text, want in [("The story revolves around a boy named Ivo Saotome.",
                        "The story of Vell revolves around a boy named Ivo Saotome."),
                       ("The final chapter was published on March 6, 1996.",
                        "The final chapter of Vell was published on March 6, 1996.")]:
        assert context.apply(text, context.referent(text, work)[0])[0] == want
    building = context.article_subject("Vell Tower", "Skyscraper in Hask", None)
    assert context.referent("In 1960, the complex was purchased by Karl Osk.", building)[1]


def test_people_of_another_era_than_the_sections_are_not_offered():
    body = "\n\n".join([
        "Vell is a country of Hask.",
        "## The Osk Republic (1919–1933)",
        "In 1930 the chancellor Karl Osk took power in Vell.",
        "An act passed in parliament gave Karl Osk unrestricted power.",
        "## Modern Vell",
        "In 1969 the chancellor Willy Tarn took power in Vell.",
        "In 1998 the chancellor Gerd Sova took power in Vell.",
        "In 2009 the chancellor Guido Werle took power in Vell.",
        "In 1925 the chancellor Hans Brock took power in Vell."])
    for q in bank(body, title="Vell"):
        if q["type"] == "multiple_choice" and q["kind"] == "person" and "unrestricted" in q["prompt"]:
            assert not {"Willy Tarn", "Gerd Sova", "Guido Werle"} & set(q["choices"]), q["choices"]


def test_a_tagline_is_said_by_nobody_in_the_sentence():
    body = ("Vell is a film by Karl Osk.\n\n"
            "The critic Ivo Brandt noted this was apparent from the film's tagline, \"Is it still important that "
            "we are different?\", and suggested that Karl Osk feared the worst.")
    assert not [q for q in bank(body, title="Vell (film)") if q["kind"] == "quote"]


# ---------------------------------------------------------------- after the wiki-5f development check

def test_wrong_days_of_a_short_event_fall_inside_it():
    front = ("infoboxes:\n  - name:\n      text: Vell 11\n    launch_date:\n      text: July 16, 1969\n"
             "    landing_date:\n      text: July 24, 1969\n")
    body = "\n\n".join(["Vell 11 was a crewed flight to the Moon of Hask.",
                        "Vell 11 was launched on July 16, 1969, from Osk.",
                        "On July 19, 1969, Vell 11 entered orbit around the Moon.",
                        "On July 20, 1969, the crew of Vell 11 landed on the Moon.",
                        "On August 13, 1969, the crew rode in parades in Hask.",
                        "On September 16, 1969, the crew spoke before the parliament of Hask."])
    qs = bank(body, title="Vell 11", front=front)
    for q in asking(qs, "July 19, 1969", "multiple_choice"):
        assert all(c.startswith("July") for c in q["choices"]), q["choices"]


def test_years_ago_counted_from_the_export_are_dropped():
    assert parse_body("They landed on July 20, 1969, at 20:18 UTC (57 years ago).")[0] == \
        "They landed on July 20, 1969, at 20:18 UTC."


def test_the_year_of_a_count_of_the_time_is_a_statistic_year():
    body = "Hask is a town of Vell.\n\nIn 2014, around 30,500 creative companies operated in Hask."
    qs = asking(bank(body, title="Hask"), "2014")
    assert qs and "statistic-year" in qs[0]["quality_reasons"]


def test_no_more_countries_than_there_are():
    from quizgen.generate import _natural_ceiling
    assert _natural_ceiling("190", "Foreign residents of Hask come from about 190 different countries.") == 195
    assert _natural_ceiling("190", "Hask has 190 schools.") is None


def test_the_city_after_a_sentence_on_another_city_is_not_the_subject():
    body = ("Berlin is the capital of Vell.\n\n"
            "Potsdam is on the southwestern periphery of Berlin. The city was a residence of the kings of Vell "
            "until 1918.")
    qs = [q for q in bank(body, title="Berlin") if q["kind"] == "date" and q["type"] == "cloze"]
    assert qs and all("Berlin was a residence" not in q["prompt"] for q in qs)
    assert all("unresolved-reference" in q["quality_reasons"] for q in qs if "residence" in q["prompt"])


def test_an_other_thing_and_a_pronoun_many_lean_on_what_came_before():
    city = context.article_subject("Hask", "Capital of Vell", None)
    assert context.leans_on_context("Hask's other zoo, the Osk Park, was founded in 1955.", city)
    assert context.leans_on_context("Many were shipped to camps in 1943.", city)


def test_the_year_of_an_act_and_of_a_declared_year_are_dates():
    assert dates_of("Hask was reformed under the Municipal Corporations Act 1835.") == [("1835", "1835")]
    assert dates_of("The council declared 2015 the International Year of Light.") == [("2015", "2015")]


def test_a_decade_up_to_a_year_is_one_span():
    assert dates_of("Starting in the 1950s up to 2002, pilots were trained by the state.") == [
        ("the 1950s up to 2002", "1950/2002")]


def test_a_holiday_of_every_year_is_no_date():
    assert dates_of("Vell's national holiday is Our Lady of Hask Day, 8 September.") == []


# ---------------------------------------------------------------- after the wiki-5 measure

def test_a_firms_first_name_is_no_persons_blank():
    body = ("The Vell Tower is a skyscraper in Hask.\n\n"
            "The architect Richmond Osk designed towers in Hask for many years.\n\n"
            "Vell Inc. contracted Karl Lamb, of architectural firm Osk, Lamb and Harmon, to design the tower.")
    for q in bank(body, title="Vell Tower"):
        if q["kind"] == "person" and "architectural firm" in q["prompt"] and q["answer"]["text"] == "Richmond Osk":
            assert q["quality"] == 0 and "inside-a-name" in q["quality_reasons"]


def test_a_number_with_a_hyphen_in_the_description_is_no_kind():
    subject = context.article_subject("Vell Tower", "The Vell Tower is a 102-story skyscraper in Hask.", None)
    assert "story" not in subject.kinds and "skyscraper" in subject.kinds


def test_an_acronym_inside_a_products_name_stays():
    acronyms = {"IBM": "International Business Machines"}
    assert context.expand_acronyms("The IBM PC was launched in 1981.", acronyms) == []
    assert context.expand_acronyms("IBM was founded in 1911.", acronyms)


def test_a_date_stamp_in_brackets_is_not_asked():
    from quizgen.quality import _date_stamp
    for text, date in [("The corpus has not yet (2014) been integrated into the history.", "2014"),
                       ("He earned $30 million, sixth to date (October 22, 2015).", "October 22, 2015"),
                       ("The first was Mary the Jewess (c. 200 A.D.).", "200 A.D.")]:
        assert _date_stamp(Question("q", "cloze", "date", "...", {}, {}), evidence_at(text, date)), text


def test_a_place_pronoun_there_leans_on_the_sentence_before():
    war = context.article_subject("Vell War", "War of Hask", None)
    assert context.leans_on_context("In January 1781, a small raiding force had landed there.", war)


def test_a_year_given_to_a_qualified_month_keeps_its_qualifier():
    body = "\n\n".join(["The Vell War was fought in Hask.",
                        "In 1781 the army of Hask marched on Osk.",
                        "In early September, the fleet of Vell defeated the fleet of Hask at Osk Bay.",
                        "In 1783 the war ended with a treaty."])
    for q in bank(body, title="Vell War"):
        if "Osk Bay" in q["prompt"] and q["type"] == "multiple_choice":
            assert q["answer"]["text"] == "early September 1781"


def test_the_tail_of_a_title_cut_at_its_exclamation_mark_is_no_sentence():
    from quizgen.generate import usable_sentence
    assert not usable_sentence("Stereo, was released in 1982 by the label of the band.")
    assert usable_sentence("Stereo sound was released to the public in 1958 by the label.")


def test_a_publication_date_field_is_asked_in_words():
    from quizgen import prompts
    assert prompts.label_question("infobox_date_questions", "pub date", title="Vell", label="pub date") == \
        "When was Vell first published?"


# ---------------------------------------------------------------- after the wiki-6d development check

def test_a_year_before_a_dated_study_is_no_figure():
    from quizgen.extract import dates, figures, people
    doc = load_text("---\ntitle: x\n---\nA 2014 study estimates 380,000 people moved to Hask.\n", "x.md")
    assert [f.text for f in figures.extract(doc, dates.extract(doc), people.extract(doc))] == ["380,000"]


def test_openings_that_answer_something_unseen_lean_on_it():
    place = context.article_subject("Hask", "Country of Vell", None)
    assert context.leans_on_context("In return, the president agreed to buy $5 billion of arms from Osk.", place)
    assert context.apply("Nevertheless it is Karl Osk who founded the school in 1882.",
                         context.connective("Nevertheless it is Karl Osk who founded the school in 1882."))[0] == \
        "It is Karl Osk who founded the school in 1882."


def test_years_of_editions_and_of_a_lasting_state_are_no_facts_to_ask():
    body = "\n\n".join(["Hask is a country of Vell.",
                        "The Freedom of the Press 2015 report gives Hask a rating of Not Free.",
                        "Karl Osk has been President of Hask since 1999.",
                        "Karl Osk founded the party of Hask in 1992."])
    reasons = {q["answer"]["text"]: q["quality_reasons"] for q in bank(body, title="Hask")
               if q["type"] == "cloze" and q["kind"] == "date"}
    assert {"statistic-year", "inside-a-name"} & set(reasons["2015"]) and "statistic-year" in reasons["1999"]
    assert "statistic-year" not in reasons["1992"]


def test_terms_ending_in_s_keep_their_form_and_adverbs_are_no_terms():
    from quizgen.extract import terms
    from quizgen.generate import _term_forms
    assert "bioga" not in _term_forms("biogas", "biogas")
    doc = load_text("---\ntitle: Alkane\n---\nUnbranched chains are named systematically with a Greek prefix.\n", "x.md")
    assert not [t for t in terms.extract(doc, []) if t.value == "systematically"]


def test_only_infobox_dates_of_known_events_are_asked_by_their_label():
    from quizgen import prompts
    assert prompts.label_question("infobox_date_questions", "traditional date", title="Vell", label="traditional date") \
        is None
    assert prompts.label_question("infobox_date_questions", "opening date", title="Vell", label="opening date")


# ---------------------------------------------------------------- after the wiki-6 measure (its wrong keys)

def test_a_month_leans_on_its_sections_year_rather_than_on_the_section_before():
    body = "\n\n".join([
        "Karl Osk was a president of Vell.",
        "## War",
        "### The last campaign",
        "On April 1, 1865, the army of Vell crossed the Orn.",
        "On April 9, the army of Hask surrendered.",
        "### Re-election",
        "Karl Osk faced re-election in 1864, and many feared defeat.",
        "The capture of Hask in September ended those fears. On November 8, Karl Osk was re-elected."])
    found = dict(dates_of(body))
    assert found["September"] == "1864-09" and found["November 8"] == "1864-11-08"


def test_two_authors_are_no_speaker():
    body = ("Vell was a president of Hask.\n\n"
            "\"Karl and Vell virtually conducted the war together,\" say Thomas and Hyman.")
    assert not [q for q in bank(body, title="Vell") if q["kind"] == "quote"]


def test_a_participle_after_a_partner_names_no_speaker():
    body = ("Vell is a work by Karl Osk.\n\nKarl Osk collaborated with Deems Taylor on the program notes, noting that "
            "\"My purpose here is to portray the impression of an American visitor in Paris.\"")
    assert not [q for q in bank(body, title="Vell") if q["kind"] == "quote"]


def test_a_family_name_the_article_also_writes_as_a_place_is_not_written_out():
    body = "\n\n".join(["Abe Vell was a president of Hask.",
                        "George Washington was the first president of Hask.",
                        "The army moved to Washington in 1861.",
                        "In 1862 the army was ordered to protect Washington from the rebels."])
    assert not any("George Washington from" in q["prompt"] for q in bank(body, title="Abe Vell"))


def test_a_state_reached_by_a_year_opening_the_sentence_is_a_bound():
    body = "Vell was a league of Hask.\n\nBy 1787 the council of Vell was unable to protect trade.\n\n" \
           "The council of Vell first met in 1781."
    reasons = {q["answer"]["text"]: q["quality_reasons"] for q in bank(body, title="Vell")
               if q["type"] == "cloze" and q["kind"] == "date"}
    assert "bounded-date" in reasons["1787"] and "bounded-date" not in reasons["1781"]


def test_a_founding_asked_from_the_infobox_and_as_created_is_asked_once():
    from quizgen.selection import choose
    infobox = banked("a", "short_answer", "infobox", "When was Vell founded?", "1852")
    cloze = banked("b", "cloze", "date", "Created in ________, Vell is the army of Hask.", "1852",
                   "Created in 1852, Vell is the army of Hask.")
    assert len(choose([infobox, cloze])) == 1


def test_a_name_inside_a_term_is_no_persons_blank():
    body = ("An acid is a molecule that can donate a proton.\n\n"
            "The chemist Gilbert N. Lewis described the electron pair in 1923.\n\n"
            "A Lewis acid is a substance that can accept a pair of electrons from another species.")
    for q in bank(body, title="Acid"):
        if q["kind"] == "person" and "accept a pair" in q["prompt"]:
            assert q["quality"] == 0


def test_an_infobox_release_date_gets_no_other_release_date_as_an_option():
    front = "infoboxes:\n  - name:\n      text: Vell\n    released:\n      text: 16 October 1989\n"
    body = "\n\n".join(["Vell is a song by Ivo Brandt.",
                        "Vell was released in North America on 15 January 1990.",
                        "In Hask, Vell was released on 7 February 1990.",
                        "Ivo Brandt wrote Vell in a studio of Osk on 2 March 1989.",
                        "Ivo Brandt sang Vell on the radio of Hask on 8 May 1989.",
                        "Ivo Brandt sang Vell at the festival of Osk on 3 June 1990.",
                        "Ivo Brandt sang Vell at the harbour of Osk on 9 August 1990."])
    for q in bank(body, title="Vell", front=front):
        if q["kind"] == "infobox" and q["type"] == "multiple_choice" and "released" in q["prompt"]:
            assert not {"15 January 1990", "7 February 1990"} & set(q["choices"]), q["choices"]


def test_a_number_bounded_after_it_gets_no_false_statement():
    body = "\n\n".join(["Vell is a test of Hask.",
                        "Vell is useful for comparing three or more means of a sample.",
                        "In 1925 Karl Osk wrote 12 papers on Vell.",
                        "In 1930 Karl Osk wrote 20 papers on Vell.",
                        "In 1935 Karl Osk wrote 31 papers on Vell."])
    import dataclasses
    doc = load_text(f"---\ntitle: Vell\n---\n{body}\n", "x.md")
    for seed in range(6):  # (whichever statement a seed draws, none is made false by moving the bound)
        for q in process_document(doc, dataclasses.replace(Options(), seed=seed)).questions:
            if q["type"] == "true_false" and "means of a sample" in q["prompt"]:
                assert q["answer"]["value"] is True, q["prompt"]


def test_made_up_figures_stay_within_a_factor_a_reader_believes():
    import random
    from quizgen.generate import Generator
    for seed in range(50):
        rng = random.Random(seed)
        up = Generator._made_up_number(15.0, "15 kg", False, False, rng)
        down = Generator._made_up_number(15.0, "15 kg", True, False, rng)
        assert up is None or up <= 15 * 1.8 + 1  # no "31 kg" for an animal of 15
        assert down is None or down >= 15 * 0.5 - 1


def test_the_year_of_a_cited_page_is_a_citation_year():
    from quizgen.quality import _citation_year
    text = 'Karl Osk wrote that "theorists are always trying to remove it" (1935, p. 195).'
    assert _citation_year(Question("q", "cloze", "date", "...", {}, {}), evidence_at(text, "1935"))


def test_an_era_written_without_its_last_dot_is_an_era():
    assert dates_of("A temple of Vell was built in 430 B.C and it was designed by Karl Osk.") == [
        ("430 B.C", "-0429")]


def test_award_categories_places_and_firms_are_no_people_and_a_woman_named_is():
    found = people_in("The film won Best Supporting Actor in 1962 and Best Picture in 1963.")
    assert not {"Best Supporting Actor", "Best Picture"} & found
    found = people_in("The agents rented a villa, Villa Carmela, near Puente Mayorga, owned by an officer who had "
                      "married a Spanish woman named Conchita Ramognino.")
    assert "Conchita Ramognino" in found and not {"Villa Carmela", "Puente Mayorga"} & found
    assert "Richard Kidd Productions" not in people_in("He founded Richard Kidd Productions in 1990 with Karl Osk.")


def test_a_titled_speaker_is_asked_who_and_accepted_by_name():
    body = ("Vell was a tribunal of Hask.\n\n"
            "Justice Röling wrote: \"It is well-nigh impossible to define the concept of a war of aggression.\"")
    quotes = [q for q in bank(body, title="Vell") if q["kind"] == "quote" and q["type"] == "short_answer"]
    for q in quotes:
        assert q["prompt"].startswith("Who wrote") and "Röling" in q["answer"]["accept"]


def test_a_birthplace_is_accepted_as_town_or_state():
    front = ("infoboxes:\n  - name:\n      text: Ivo Brandt\n    birth_place:\n      text: Hask, Vellshire, Osk\n")
    body = "Ivo Brandt was a president of Osk.\n\nIvo Brandt was born in Hask, Vellshire, in 1809."
    places = [q for q in bank(body, title="Ivo Brandt", front=front) if q["kind"] == "infobox" and "born" in q["prompt"]
              and q["prompt"].startswith("Where")]
    assert places and {"Hask", "Hask, Vellshire", "Vellshire"} <= set(places[0]["answer"]["accept"])


def test_options_for_a_titled_blank_carry_the_title():
    from quizgen.extract import extract_facts
    from quizgen.generate import Generator
    body = "\n\n".join([
        "The Vell War was fought in Hask.",
        "The British general Sir Henry Osk commanded the army of Hask in 1776.",
        "The British general Sir John Varn took Osk Hill in 1777.",
        "The British general Sir Guy Tesk held the fort of Hask in 1778.",
        "The British general Sir Hugh Lark held the fort of Osk in 1779.",
        "The American general Richard Mont marched on Hask in 1775.",
        "The American general Nathan Brill led the militia of Vell in 1776.",
        "Sir William Howe detached Sir Henry Osk with 6,000 men to seize the port of Vell."])
    doc = load_text(f"---\ntitle: Vell War\n---\n{body}\n", "x.md")
    generator = Generator(doc, extract_facts(doc), Options())
    options, _ = generator._person_distractors("Henry Osk", doc.sentences[-1], ("k",), "sir")
    assert sorted(options) == ["Guy Tesk", "Hugh Lark", "John Varn"]


def test_the_side_an_opponent_is_on_gives_no_options():
    from quizgen.extract import extract_facts
    from quizgen.generate import Generator
    body = "\n\n".join([
        "The Vell War was fought in Hask.",
        "The British general Thomas Gage commanded the army of Hask in 1775.",
        "The British general Henry Hamilton held the fort of Osk in 1778.",
        "The British general Edward Harvey led the guards of Hask in 1776.",
        "The American general George Varn led the army of Vell in 1776.",
        "The American general Nathan Brill led the militia of Vell in 1777.",
        "The American general Richard Mont marched on Hask in 1775.",
        "The American general Horatio Gates led the northern army of Vell in 1777.",
        "The British general William Howe landed at Osk in 1776.",
        "William Howe outmaneuvered and defeated George Varn, capturing the port of Osk."])
    doc = load_text(f"---\ntitle: Vell War\n---\n{body}\n", "x.md")
    generator = Generator(doc, extract_facts(doc), Options())
    options, _ = generator._person_distractors("George Varn", doc.sentences[-1], ("k",))
    assert options and not {"Thomas Gage", "Henry Hamilton", "Edward Harvey"} & set(options), options


def test_a_year_dated_by_the_aftermath_of_a_world_war_is_ranked_down():
    body = ("Vell was a kingdom of Hask.\n\n"
            "Vell ceased to exist as an independent nation until 1918, in the aftermath of World War I.")
    qs = [q for q in bank(body, title="Vell") if q["type"] == "cloze" and q["kind"] == "date"]
    assert qs and all("known-anchor" in q["quality_reasons"] for q in qs)
