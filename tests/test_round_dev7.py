"""Rules added after reading the verdicts of the last measures (long pages of every kind), each
shown on invented text."""

from __future__ import annotations

from types import SimpleNamespace

from quizgen.load import load_text
from quizgen.pipeline import Options, process_document


def bank(body: str, title: str = "Vell", front: str = "") -> list[dict]:
    doc = load_text(f"---\ntitle: {title}\n{front}---\n{body}\n", "x.md")
    return process_document(doc, Options()).questions


def rule_holds(rule, text: str, part: str, kind: str) -> bool:
    """Does the quality ``rule`` hold for a question of ``kind`` whose blank is ``part`` of ``text``?"""
    from quizgen import quality
    from quizgen.model import Fact, Sentence
    start = text.index(part)
    sentence = Sentence(text, 0, len(text), (), 0, 0)
    value = int(part) if part.isdigit() and kind == "figure" else part
    ev = quality.Evidence(fact=Fact(kind, part, value, sentence, (start, start + len(part))), sentence=sentence,
                          blank=(start, start + len(part)))
    return rule(SimpleNamespace(kind=kind, type="cloze"), ev)


def test_the_thing_a_paragraph_named_earlier_is_left_open_out_of_it():
    body = ("Hask Stores is a grocer of Vell.\n\n"
            "In 2002 Hask Stores joined a milk-pricing cartel with four rivals. Farmers protested for months. "
            "Prices rose across Vell. The regulator opened an inquiry in 2005. In 2007 Hask Stores was fined "
            "£9 million for its part in the cartel.\n\n"
            "In 2011 Hask Stores opened a shop in Orn. In 2013 Hask Stores was fined £2 million for a "
            "labelling error.")
    qs = [q for q in bank(body, title="Hask Stores") if q["type"] == "cloze" and q["kind"] == "date"]
    cartel = [q for q in qs if "the cartel" in q["prompt"]]
    assert cartel and all("unresolved-reference" in q["quality_reasons"] for q in cartel)
    labelling = [q for q in qs if "labelling" in q["prompt"]]
    assert labelling and all("unresolved-reference" not in q["quality_reasons"] for q in labelling)


def test_then_after_a_subject_goes_and_time_counted_inside_a_sentence_is_left_open():
    from quizgen import context
    from quizgen.context import Subject
    for text, want in [("Hera then sent the giant Tityos.", "Hera sent the giant Tityos."),
                       ("The king then moved to Orn.", "The king moved to Orn."),
                       ("The then president spoke.", "The then president spoke."),
                       ("Since then he has won twice.", "Since then he has won twice.")]:
        assert context.apply(text, context.drop_also(text))[0] == want
    about = Subject(title="Vell", kinds=frozenset({"town"}), person=None)
    assert context.leans_on_context("Brandt and Orn met again one year later at Hask before 19,000 people.", about)
    assert not context.leans_on_context("Brandt and Orn met in 1990 and again one year later at Hask.", about)


def facts(body: str, title: str = "Vell", kind: str = "figure") -> list:
    from quizgen.extract import extract_facts
    doc = load_text(f"---\ntitle: {title}\n---\n{body}\n", "x.md")
    return [f for f in extract_facts(doc) if f.kind == kind]


def sources(body: str) -> dict:
    return {f.text: f.attrs.get("source") for f in facts(body)}


def test_who_gives_a_figure_after_a_date_a_conjunction_or_a_relative_pronoun():
    assert sources("In September 2017 Hask Foods confirmed that the company works with 30,000 riders.") == \
        {"30,000": "Hask Foods"}
    assert sources("Although Brandt later claimed that he sold around 400 cars, the firm sold fewer.")["around 400"] \
        == "Brandt"
    assert sources("The report found that Hask had added £372 million to the economy, a figure which Orn Economics "
                   "projects to rise to £1.5 billion.")["£1.5 billion"] == "Orn Economics"
    assert sources("One media article reported that in early August 2016, Hask had 800 employees.")["800"] == \
        "One media article"
    assert sources("Hask Mining, the state company, expects production to increase by 8% in 2008.")["8%"] == \
        "Hask Mining"
    assert sources("He expects to win 3 medals.")["3"] is None


def test_two_given_names_before_one_family_name_after_kin_words_are_two_people():
    names = {f.value for f in facts("Stalker was based on a novel by the brothers Arkady and Boris Strugatsky. "
                                     "Born to Christian and Harriet Kruse, Marian Ruth Kruse grew up in Orn.",
                                     kind="person")}
    assert {"Arkady Strugatsky", "Boris Strugatsky", "Christian Kruse", "Harriet Kruse"} <= names
    assert "Arkady" not in names


def test_a_birth_name_after_born_is_the_same_person():
    names = [f.value for f in facts("Marian Breland Bailey, born Marian Ruth Kruse (December 2, 1920 – September 25, "
                                     "2001), was an American psychologist. Bailey trained animals.",
                                     title="Marian Breland Bailey", kind="person")]
    assert set(names) == {"Marian Breland Bailey"}


def test_a_firm_written_in_mixed_case_is_no_person():
    names = {f.value for f in facts("In a 2016 study, PwC wrote that the firm had grown.", kind="person")}
    assert "PwC" not in names


def test_prose_in_a_filmography_section_is_read_and_its_list_is_not():
    body = ("Ivo Brandt was a film director.\n\n## Filmography\n\n"
            "Brandt's first feature film was Hask in 1962. He then directed Orn in 1966 and Vell in 1972, "
            "all of them shot in the north of the country.\n\n- Hask (1962)\n- Orn (1966)\n")
    years = sorted(f.value for f in facts(body, title="Ivo Brandt", kind="date"))
    assert years == ["1962", "1966", "1972"]


def test_names_only_in_a_characters_section_are_characters_not_people():
    body = ("Hask is a 1929 novel by Ivo Brandt.\n\n## Characters\n\n"
            "Albert Orn is a young adventurer who joins the party at the house. "
            "George Vell is the host, a sinister collector.\n\n## Reception\n\n"
            "The critic Mary Lund praised the novel in 1930.")
    names = {f.value for f in facts(body, title="Hask (novel)", kind="person")}
    assert "Mary Lund" in names
    assert not names & {"Albert Orn", "George Vell"}


def test_a_leading_definite_noun_is_open_unless_the_subject_is_named_in_its_phrase():
    from quizgen.context import Subject, leans_on_context
    asia = Subject(title="Asia", kinds=frozenset({"continent"}), person=None)
    assert leans_on_context("The faith represents around 15% of Asia's population.", asia)
    assert not leans_on_context("The polymath Ivo Brandt, a poet from Orn, won in 1913.", asia)
    assert not leans_on_context("The most desirable soil for adobe is 15% clay.", asia)
    assert not leans_on_context("The northern, southern and naval theaters converged in 1781.", asia)


def test_converter_spacing_and_glued_number_words_are_repaired():
    from quizgen.load import parse_body
    for raw, want in [("Open (written with J. R. Moehringer ), was published.", "Open (written with J. R. Moehringer), was published."),
                      ("It caused 3million poisonings.", "It caused 3 million poisonings."),
                      ("Selinus (Sicily):The temple dates from 550 BC.", "Selinus (Sicily): The temple dates from 550 BC.")]:
        assert parse_body(raw)[0] == want


def test_made_up_options_are_as_round_as_the_key_and_never_a_number_the_prompt_prints():
    from quizgen.generate import _printed_numbers, _round_like
    from quizgen.model import Fact, Sentence
    assert [_round_like(x, 15) for x in (9, 22, 27)] == [10.0, 20.0, 25.0]
    assert [_round_like(x, 12) for x in (9, 22)] == [9.0, 22.0]
    text = "The temple of Hask was built with 6 x 11 columns in 1,250 days."
    s = Sentence(text, 0, len(text), (), 0, 0)
    six = Fact("figure", "6", 6, s, (text.index("6"), text.index("6") + 1))
    assert _printed_numbers(six) == {11.0, 1250.0}


def test_a_month_options_of_one_other_year_are_a_pattern():
    body = "\n\n".join(["Hask Records is a label of Vell.", "In June 1993, a fire destroyed the Orn warehouse.",
                        "Ivo Brandt toured Lund in March 1993.", "The label opened a shop in Kell in October 1993.",
                        "In May 1992, Hask Records fired its founder Mary Lund."])
    qs = [q for q in bank(body, title="Hask Records") if q["type"] == "multiple_choice" and "fired" in q["prompt"]]
    assert qs and all("beatable-options" in q["quality_reasons"] for q in qs
                      if {c[-4:] for c in q["choices"] if c != q["answer"]["text"]} == {"1993"})
    # (and the options now share the key's year: "May 1992" is no longer the one option of its year)
    assert all(any(c[-4:] == "1992" for c in q["choices"] if c != q["answer"]["text"]) for q in qs)


def test_no_option_or_false_figure_above_the_whole_it_is_out_of():
    from quizgen.generate import _natural_ceiling
    assert _natural_ceiling("91", "Afghanistan (91) ranked lowest out of the 169 countries assessed.") == 169
    assert _natural_ceiling("169", "Afghanistan (91) ranked lowest out of the 169 countries assessed.") == 195


def test_an_expanded_name_of_a_body_takes_the_where_it_stands_alone():
    from quizgen import context
    acronyms = {"IMTFE": "International Military Tribunal for the Far East", "FDP": "Free Democratic Party",
                "AHS": "Alberta Health Services", "UN": "United Nations"}
    for text, want in [("Horowitz argues that IMTFE had a bias.", "Horowitz argues that the International Military "
                                                                  "Tribunal for the Far East had a bias."),
                       ("FDP won the vote.", "The Free Democratic Party won the vote."),
                       ("AHS is the authority.", "Alberta Health Services is the authority."),
                       ("UN troops arrived.", "United Nations troops arrived."),
                       ("It was approved by UN.", "It was approved by the United Nations.")]:
        assert context.apply(text, context.expand_acronyms(text, acronyms))[0] == want


def test_an_infobox_person_field_naming_several_people_is_not_asked_and_a_full_name_accepts_its_short_forms():
    front = ("infoboxes:\n  - name:\n      text: Hask\n    founder:\n      text: Peter and Fred Orn, Noel Lund\n")
    body = ("Hask is a retailer of Vell founded by Peter and Fred Orn and Noel Lund.\n\n"
            "Ivo Brandt has led Hask since 2001.")
    qs = bank(body, title="Hask", front=front)
    assert not [q for q in qs if q["kind"] == "infobox" and "Orn" in str(q["answer"]["text"])]
    front = "infoboxes:\n  - name:\n      text: Hask\n    founder:\n      text: Charles Ranlett Flint\n"
    qs = bank("Hask is a firm of Vell founded by Charles Ranlett Flint in 1911.", title="Hask", front=front)
    founded = [q for q in qs if q["kind"] == "infobox" and q["answer"]["text"] == "Charles Ranlett Flint"]
    assert founded and {"Charles Flint", "Flint"} <= set(founded[0]["answer"]["accept"])


def test_a_written_quotation_is_asked_who_wrote_it():
    body = ("Ivo Brandt was a general of Vell.\n\n"
            "In 1786 Henry Knox wrote to Brandt that \"the present constitution is so defective that it cannot last long\".\n\n"
            "Mary Lund said that \"the army will never march north again under any flag\".")
    qs = [q for q in bank(body, title="Ivo Brandt") if q["kind"] == "quote" and q["type"] == "short_answer"]
    prompts = {q["answer"]["text"]: q["prompt"] for q in qs}
    assert prompts["Henry Knox"].startswith("Who wrote")
    assert prompts["Mary Lund"].startswith("Who said")


def test_a_line_led_by_a_short_label_and_a_colon_is_a_list_line():
    from quizgen import quality

    def lead(text: str, part: str) -> bool:
        return rule_holds(quality._starts_with_number, text, part, "date")
    assert lead("Hask, Vell: The oldest temple of Orn was built in c. 600 BC.", "600 BC")
    assert lead("March 2019: Voted Employer of the Year at the Hask Awards.", "March 2019")
    assert lead("Hask (Vell): The Doric temple C dates from 550 BC.", "550 BC")
    assert not lead("The Hask Show: Space Cadet Adventures was developed in 1992.", "1992")
    assert not lead("At 16:40 the army left Orn in 1990.", "1990")
    assert not lead("He said: the war ended in 1990.", "1990")


def test_a_given_name_before_nee_takes_the_maiden_name():
    names = {f.value for f in facts("Ivo Brandt was born in Orn to Louise (née Lund; a teacher) and Anton Brandt, a "
                                     "lawyer.", title="Ivo Brandt", kind="person")}
    assert "Louise Lund" in names and "Louise" not in names


def test_a_number_run_into_a_leading_date_is_parted_by_a_comma():
    from quizgen import context
    for text, want in [("On 2 May 2015 1,043 officers took the oath.", "On 2 May 2015, 1,043 officers took the oath."),
                       ("In 1990 25 people died.", "In 1990, 25 people died."),
                       ("In 1990 the army left.", "In 1990 the army left.")]:
        assert context.apply(text, context.date_comma(text))[0] == want


def test_options_for_a_posthumous_work_come_after_the_death():
    body = ("Ivo Brandt (12 March 1952 – 11 May 2001) was a writer of Vell.\n\n"
            "Brandt published Hask in 1979. He moved to Orn in 1986. He wrote Lund in 1992. He married in 1996.\n\n"
            "A posthumous collection of his essays, The Salmon of Vell, was published in 2002.")
    front = ("infoboxes:\n  - name:\n      text: Ivo Brandt\n    birth_date:\n      text: 12 March 1952\n"
             "    death_date:\n      text: 11 May 2001\n")
    qs = [q for q in bank(body, title="Ivo Brandt", front=front)
          if q["type"] == "multiple_choice" and "posthumous" in q["prompt"]]
    assert qs and all(int(c) > 2001 for q in qs for c in q["choices"])


def test_when_did_x_die_and_x_died_in_are_one_fact():
    from quizgen.selection import choose
    from test_round_dev6 import banked
    a = banked("a", "multiple_choice", "infobox", "When did Ivo Brandt die?", "December 14, 1799")
    b = banked("b", "cloze", "date", "Brandt died in ________, and the funeral was held in Orn.", "1799",
               "Brandt died in 1799, and the funeral was held in Orn.")
    assert len(choose([a, b])) == 1


def test_options_for_a_temperature_are_degrees_near_it_not_multiples():
    body = ("Vell is a state of Hask.\n\n"
            "The highest temperature recorded in Vell was 115 °F at Basin on July 12, 1900.\n\n"
            "The state has a semi-arid climate with cold winters.")
    qs = [q for q in bank(body, title="Vell") if q["type"] == "multiple_choice" and q["kind"] == "figure"
          and "highest temperature" in q["prompt"]]
    assert qs
    for q in qs:
        values = [float(c.split()[0]) for c in q["choices"]]
        assert all(abs(v - 115) <= 15 for v in values), q["choices"]


def test_options_keep_the_season_the_sentence_describes_and_unanimous_asks_no_share():
    body = ("Ivo Brandt was a farmer of Vell.\n\n"
            "On April 30, 1789, Brandt sold his mill. On July 4, 1790, he married Mary Lund. "
            "On July 13, 1791, he bought a horse.\n\n"
            "On December 12, 1799, Brandt spent several hours inspecting his farms on horseback, in snow and "
            "freezing rain.\n\n"
            "The council elected Brandt unanimously in 1789; he remains the only mayor to receive 100% of the votes.")
    qs = bank(body, title="Ivo Brandt")
    snow = [q for q in qs if q["type"] == "multiple_choice" and "freezing rain" in q["prompt"]]
    for q in snow:
        assert not any(month in c for c in q["choices"] for month in ("April", "May", "June", "July", "August"))
    assert not [q for q in qs if q["kind"] == "figure" and q["answer"]["text"] == "100%"]


def test_a_count_of_all_of_a_known_set_is_known_and_a_model_number_is_no_figure():
    from quizgen import quality
    assert rule_holds(quality._known_set, "In 2008, Vell had the most friendly tax climate of all 50 states.", "50",
                      "figure")
    values = {f.value for f in facts("Brandt ordered two new jets to replace the aging 707 that he used for "
                                     "transport. Of the 300 that were sent, 40 returned.")}
    assert 707 not in values and {2, 300, 40} <= values


def test_a_term_blank_leaves_its_article_in_the_prompt():
    body = ("Vell is a display. A visual display device which lacks a tuner is properly called a monitor, rather than "
            "a television. An abacus user is called an abacist. The heavy end of the club is known as the head.")
    prompts = {q["answer"]["text"]: q["prompt"] for q in bank(body, title="Vell")
               if q["kind"] == "term" and q["type"] == "cloze"}
    assert "called a(n) ________, rather" in prompts["monitor"]
    assert "called a(n) ________." in prompts["abacist"]
    assert "known as the ________." in prompts["head"]


def test_a_statement_keeps_the_one_claim_that_holds_its_fact():
    from quizgen.generate import _one_claim
    assert _one_claim("Plan Vell employs 97 staff, which has a separate governing body.", "97") == \
        "Plan Vell employs 97 staff."
    assert _one_claim("Brandt and Orn won the Hask Award for Best Newcomer in 1999, and the pair toured Lund in 2001.",
                      "1999") == "Brandt and Orn won the Hask Award for Best Newcomer in 1999."
    assert _one_claim("The squadron was formed on 1 March 1941 at Orn; it flew Hudsons over the sea.",
                      "1 March 1941") == "The squadron was formed on 1 March 1941 at Orn."
    # a list is one claim; a clause led by "which" or a pronoun does not stand alone
    assert _one_claim("The Articles contain a preamble, seventeen articles, and a conclusion.", "seventeen") is None
    assert _one_claim("Brandt built the hall in 1893, which Orn bought in 1901.", "1901") is None


def test_a_year_that_is_part_of_a_name_is_not_asked():
    from quizgen import quality

    def inside(text: str, part: str) -> bool:
        return rule_holds(quality._inside_a_name, text, part, "date")
    assert inside("Part of the area was included in the Natura 2000 network of sites.", "2000")
    assert inside("In the UK, the Equality Act 2010 has many provisions.", "2010")
    assert not inside("The lake was named a reserve in 2000 by the council.", "2000")
    assert not inside("Approximately 1900, the lake was drained.", "1900")
    assert not inside("The fort was built in Spring 1812 by the army.", "1812")


def test_a_count_in_an_ancient_article_is_no_year_and_a_feast_day_takes_none():
    body = ("Lough Vell is a lake of Hask. Farmers lived on its shores from 2000 BC. A church stood on its island "
            "from AD 601 until the raid of 845.\n\n"
            "The lake supports important numbers of cormorant (averaging around 200) and of swans.\n\n"
            "In the calendar of Orn, the 6th of February is recorded as the festival of Saints Brandt and Lund of "
            "Lough Vell.")
    dates = {f.text: f.value for f in facts(body, title="Lough Vell", kind="date")}
    assert "845" in dates
    assert "200" not in dates and not any("February" in t for t in dates)


def test_wiki12_prompt_classes():
    from quizgen import context, quality
    from quizgen.context import Subject
    greece = Subject(title="Hask", kinds=frozenset({"country"}), person=None)
    text = "Under foreign rule for centuries, the nation state of Hask emerged in 1830."
    edits, _ = context.referent(text, greece)
    assert context.apply(text, edits)[0] == text  # "the nation state" is no "the nation"
    text = "Orn developed farming then followed by Vell by 900 BC."
    assert context.apply(text, context.drop_also(text))[0] == text
    qs = bank("Ivo Brandt (born 20 February 1979) is an English film director.\n\nBrandt moved to Orn in 2001.",
              title="Ivo Brandt")
    assert [q for q in qs if q["type"] == "cloze" and "(born ________ [day, month and year])" in q["prompt"]]
    assert rule_holds(quality._time_relative, "The hotel has hosted many guests in its 85 years of existence.", "85",
                      "figure")


def test_the_hotel_in_an_article_on_a_hotel_is_named():
    from quizgen import context
    subject = context.article_subject("Hask Vell", "The Hask Vell is a historic hotel located in Orn.", None,
                                      "The Hask Vell is a historic hotel located in Orn.")
    text = "The hotel was designed by Ivo Brandt in 1928."
    edits, unresolved = context.referent(text, subject)
    assert "Hask Vell was designed" in context.apply(text, edits)[0] and not unresolved


def test_an_article_named_after_a_person_is_no_biography_of_them():
    body = ("The Ivo Brandt National Historic Site is a park in Vell.\n\n"
            "Hask Farm was bought by Ivo Brandt in 1754. He left it to his son, who lived there until 1816. "
            "The younger Brandt used Hask Farm as a country estate until about 1816.")
    qs = bank(body, title="Ivo Brandt National Historic Site")
    assert not [q for q in qs if "Brandt National Historic Site used" in q["prompt"]]


def test_a_biography_subject_is_a_person_whatever_the_words_of_the_name():
    front = "infoboxes:\n  - name:\n      text: Ivo Field Brandt\n    birth_date:\n      text: February 20, 1979\n"
    body = ("Ivo Field Brandt (born 20 February 1979) is an English film director.\n\n"
            "Brandt directed Hask, a comedy written by Mary Lund, in 2011.")
    doc = load_text(f"---\ntitle: Ivo Field Brandt\n{front}---\n{body}\n", "x.md")
    from quizgen.extract import extract_facts
    assert "Ivo Field Brandt" in {f.value for f in extract_facts(doc) if f.kind == "person"}
    qs = [q for q in process_document(doc, Options()).questions if "directed Hask" in q["prompt"]]
    assert qs and all("Ivo Field Brandt directed" in q["prompt"] for q in qs)
