"""Rules added after reading the verdicts of the latest measures, each shown on invented text."""

from __future__ import annotations

from tests.test_round_dev7 import bank, facts, rule_holds


def test_a_thing_named_just_before_and_dated_in_its_own_sentence_is_left_open():
    body = ("Vell is a province of Orn. It has three rivers and a long coast.\n\n"
            "The Hask Indian Reservation lies in the west of Vell near Brandt. "
            "Chief Tamo established the reservation in 1868 after talks with the federal government. "
            "Tamo rode in the Brandt horse race for ten years and won the title in 1880.")
    qs = [q for q in bank(body) if q["kind"] == "date"]
    reservation = [q for q in qs if "the reservation" in q["prompt"]]
    assert reservation and all("unresolved-reference" in q["quality_reasons"] for q in reservation)
    title = [q for q in qs if "won the title" in q["prompt"]]
    assert title and all("unresolved-reference" not in q["quality_reasons"] for q in title)


def people(body: str, title: str = "Vell") -> list[str]:
    return [f.value for f in facts(body, title, "person")]


def test_an_entry_of_a_list_of_characters_is_a_character_wherever_named():
    body = ("The Orn Affair is a 1931 novel by Mary Hask.\n\n## Plot\n\nA party gathers at Orn.\n\n"
            "## Characters\n\n * **Dr Peter Brandt**, a pathologist\n * **Anne Tamo**, a guest\n\n"
            "## Reception\n\nThe hero of the novel is Peter Brandt, and critics praised Mary Hask for him.")
    found = people(body, title="The Orn Affair")
    assert "Mary Hask" in found
    assert not any("Brandt" in p or "Tamo" in p for p in found)


def test_a_given_name_before_what_a_person_leads_and_a_particle_inside_a_long_name():
    assert people("During Juan Tamo Brandt's government the law was passed.") == ["Juan Tamo Brandt"]
    assert people("The pact limited Juan Manuel de Hask's power.") == ["Juan Manuel de Hask"]
    assert people("Could he be one of Edward VII's illegitimate children?") == ["Edward VII"]
    assert people("New Vell's government fell in 1990.") == []


def test_arabic_names_with_the_article_as_said_before_some_letters():
    assert people("In 1916, Abd Allah as Suhayni launched a revolt.") == ["Abd Allah as Suhayni"]
    assert people("The Ansar supported Abd ar Rahman al Mahdi, the son of the Mahdi.") == ["Abd ar Rahman al Mahdi"]
    assert people("Abu Bakr as Caliph ruled Vell.") == []


def test_plural_words_of_a_body_are_no_person_and_lists_of_writings_are_sources():
    assert people("He was a member of the Vell Academy of Arts and Sciences (1971).") == []
    body = ("Anne Hask was a Vell scientist who wrote a book with Peter Brandt in 1980.\n\n"
            "## Writings by Anne Hask\n\n * _A Method_, A. Hask, J. Tamo, Orn Press 1988\n\n"
            "## Others about Anne Hask, eulogies\n\n * In memory of Anne Hask by Mark Orn\n\n"
            "## Legacy\n\n * _Vell Lectures_, A. Hask and K. Lund, ISBN 0-201-17536-3")
    assert people(body, title="Anne Hask") == ["Anne Hask", "Peter Brandt"]


def test_advice_to_the_reader_and_a_sum_the_prompt_prints_are_not_asked():
    body = ("Vell is a city of Orn with 40,000 people.\n\n"
            "If you take a metered taxi at Vell airport, the fee will start from 150 baht. "
            "The 36 seconds result from the initial difference of 10 seconds in 1972, plus 26 leap seconds since. "
            "The guide said 'you will love the 12 bridges of Vell' in 1990.")
    qs = bank(body)
    taxi = [q for q in qs if "taxi" in q["prompt"]]
    assert taxi and all(q["quality"] == 0 and "addresses-reader" in q["quality_reasons"] for q in taxi)
    seconds = [q for q in qs if q["kind"] == "figure" and "difference of ____" in q["prompt"].replace("________", "____")]
    assert seconds and all("computable-figure" in q["quality_reasons"] for q in seconds)
    guide = [q for q in qs if "guide said" in q["prompt"]]
    assert guide and not any("addresses-reader" in q["quality_reasons"] for q in guide)


def test_one_as_a_subject_a_second_and_a_leading_note_lean_on_what_came_before():
    from quizgen import context
    from quizgen.context import Subject
    about = Subject(title="Vell", kinds=frozenset({"town"}), person=None)
    assert context.leans_on_context("In 1992 one was lost during the war with Orn.", about)
    assert context.leans_on_context("A second, by Peter Hask, peaked at number 82 in 1980.", about)
    assert not context.leans_on_context("In 1992 one soldier was lost during the war with Orn.", about)
    text = "Note, The railway of Vell closed its ticket office on 14 January 2013."
    assert context.apply(text, context.connective(text))[0] == "The railway of Vell closed its ticket office on 14 January 2013."


def test_a_number_word_in_a_name_thousands_parted_by_spaces_and_one_name_spelled_two_ways():
    assert facts_of("Four Star Air Cargo was a cargo airline of Vell with 12 aircraft.") == [12]
    assert facts_of("To protect Vell's 1 600 km long coast, the navy bought 3 100-metre boats.") == [1600, 3, 100]
    from quizgen.generate import _spelled_alike
    assert _spelled_alike("Viktor Yanukovych", "Viktor Yanukovich")
    assert not _spelled_alike("Leonid Kuchma", "Leonid Kravchuk")


def facts_of(text: str) -> list:
    return [f.value for f in facts(text)]


def test_an_infobox_answer_the_title_gives_away_is_not_asked_and_the_end_of_a_month_is_a_period():
    front = "infoboxes:\n  - official_languages: {text: Vellish}\n    capital: {text: Orn}\n"
    qs = bank("Vellia is a country of Europe. Its capital is Orn, founded in 1200. Most people speak Vellish.",
              title="Vellia", front=front)
    asked = [q["answer"]["text"] for q in qs if q["kind"] == "infobox" and q["type"] == "short_answer"]
    assert "Orn" in asked and "Vellish" not in asked
    from quizgen import quality
    assert quality._PERIOD_BEFORE.search("End of ") and quality._PERIOD_BEFORE.search("at the start of ")


def test_people_known_by_one_name_are_people_unless_a_place_or_a_thing_named_after_them():
    assert people("His music was compared to Mozart and Beethoven.") == ["Mozart", "Beethoven"]
    assert people("In 1950 she read Plato and Kafka in Vell.") == ["Plato", "Kafka"]
    assert people("She moved to Newton in 1950.") == []
    assert people("The proof of Pythagoras' Theorem was taught in Vell.") == []
    assert people("Wagner contractors were sent to Vell in 2020.") == []


def test_a_common_first_name_of_western_europe_before_a_family_name_is_a_person():
    assert people("The show was installed by Marcel Duchamp in 1930.") == ["Marcel Duchamp"]
    assert people("He staged it under the direction of Claudio Abbado in Vell.") == ["Claudio Abbado"]
    assert people("The club played Milton Keynes Dons in 1998.") == []


def sources(text: str) -> list:
    return [(f.value, f.attrs.get("source")) for f in facts(text)]


def test_who_records_a_figure_and_who_expects_one_after_an_and():
    assert sources("Arthur Hask (1896) records three stone crosses at Vell.") == [(3, "Arthur Hask")]
    assert sources("Output rose by 30% in 2006 and Orntel, the national phone company of Vell, "
                   "expects output to increase by 8% in 2007.") == [(30, None), (8, "Orntel")]
    assert sources("Temperatures recorded 40 degrees in Vell in 1990.") == [(40, None)]


def test_that_event_the_ensuing_war_a_similar_mention_and_recent_ones_lean_on_what_came_before():
    from quizgen import context
    from quizgen.context import Subject
    about = Subject(title="Vell", kinds=frozenset({"town"}), person=None)
    for text in ["About £100,000 was raised through that event in 1994.",
                 "Instruments during that period included the aulos.",
                 "In the ensuing war of 1897 the army was defeated.",
                 "A similar mention is entered in the annals of Orn as the year 601.",
                 "One of the most recent ones is a coin minted in April 2005.",
                 "The earliest, The Bold Orn, was written in 1812.",
                 "In the same year the bridge was opened."]:
        assert context.leans_on_context(text, about), text
    for text in ["Mastic asphalt differs from asphalt concrete in that the bitumen content is 5% higher.",
                 "Ebert cites Orn Road as one of those films where scenes grow in memory.",
                 "On 5 May 1990 the bridge opened, and in the same year the road."]:
        assert not context.leans_on_context(text, about), text


def test_a_word_of_a_compound_or_a_word_like_first_name_is_no_lone_given_name():
    body = ("Vell is a region of Orn. In 1990 Roman Hask was its governor.\n\n"
            "## History\n\nAround 260, tribes broke into Roman-controlled lands of Vell. "
            "In 300 Vell adopted Roman speech and law.")
    qs = [q for q in bank(body) if q["kind"] == "date" and q["type"] == "cloze"]
    lands = [q for q in qs if "Roman" in q["prompt"]]
    assert lands and not any("unresolved-reference" in q["quality_reasons"] for q in lands)


def test_washington_dc_is_no_person_and_a_part_stays_under_its_whole():
    body = ("George Hask was the first president of Vell, elected in 1789. "
            "The 48 states and Hask, D.C., are in central Orn. Hask died in 1799.")
    blanks = [q["prompt"] for q in bank(body, title="Vell") if q["kind"] == "person"]
    assert not any("D.C." in p for p in blanks)
    body = "Vell is a country of Orn with 40 million people.\n\nOf the 50 fastest-growing cities of Orn, 47 are in Vell."
    statements = [q["prompt"] for q in bank(body) if q["type"] == "true_false" and q["answer"]["text"] == "False"]
    for p in statements:
        part = int(p.split(", ")[1].split()[0]) if p.startswith("Of the 50") else 0
        assert part <= 50


def test_options_all_below_a_key_the_prompt_calls_the_highest_are_beatable():
    from quizgen.generate import _extreme_key
    assert _extreme_key("Elevations range from the summit of Hask Peak at ", 4207, [3100, 2900, 3500])
    assert not _extreme_key("Elevations range from the summit of Hask Peak at ", 4207, [3100, 4900, 3500])
    assert _extreme_key("the lowest point, the Orn river at ", 950, [1100, 2000, 1500])
    assert not _extreme_key("the town of Vell had ", 950, [1100, 2000, 1500])


def test_a_body_named_with_the_and_its_last_word_standing_for_it():
    body = ("The **Vell National Standards Institute** (**VNSI**) is a private body of Orn, founded in 1918. "
            "VNSI oversees 9,500 standards.\n\n## Members\n\n"
            "In total, the Institute represents the interests of more than 125,000 companies and 3.5 million people.")
    qs = bank(body, title="Vell National Standards Institute")
    members = [q["prompt"] for q in qs if q["type"] == "cloze" and "represents" in q["prompt"]]
    assert members and all(p.startswith("The Vell National Standards Institute represents") for p in members)


def test_a_blank_that_is_all_the_bracket_after_the_opening_name_holds():
    from quizgen import quality
    assert rule_holds(quality._bracket_blank, "KVLL (92.1 FM) is a radio station of Vell.", "92.1 FM", "figure")
    assert not rule_holds(quality._bracket_blank, "Judaism is the main religion in Vell (75%).", "75%", "figure")


def test_however_without_its_comma_inside_a_sentence_and_the_most_prominent_of_what():
    from quizgen import context
    from quizgen.context import Subject

    def repaired(t):
        return context.apply(t, context.connective(t) + context.drop_also(t))[0]
    assert repaired("However the army of Vell fought until 2002.") == "The army of Vell fought until 2002."
    assert repaired("As a share of income, however, the gift of 0.18% ranked last.") == \
        "As a share of income, the gift of 0.18% ranked last."
    assert repaired("Vell, however, has 12 parks.") == "Vell has 12 parks."
    about = Subject(title="Vell", kinds=frozenset({"town"}), person=None)
    assert context.leans_on_context("The most prominent is the Vell Agency, created in 1970.", about)


def test_a_list_line_with_no_verb_and_a_word_a_converter_dropped():
    from quizgen import quality
    assert rule_holds(quality._fragment, "Orni, by 10,000 people, mostly in the north.", "10,000", "figure")
    assert not rule_holds(quality._fragment, "In 1865, the ship Orn laid 40 cables.", "40", "figure")
    assert not rule_holds(quality._fragment, "One Man, Four Lives hit the screens in 2017.", "2017", "date")
    assert quality._DROPPED_WORD.search("In the, Vell had a population of 36,260,130.")
    assert not quality._DROPPED_WORD.search("Peter A. Hask was sworn in.")


def test_the_one_option_written_unlike_the_others_is_beatable():
    from quizgen.generate import _odd_precision
    assert _odd_precision("70.4%", ["25%", "37%", "62%"])
    assert _odd_precision("53,700", ["25,000", "30,000", "65,000"])
    assert _odd_precision("50,000", ["53,712", "48,931", "61,204"])
    assert not _odd_precision("1,450", ["1,200", "1,870", "990"])
    assert not _odd_precision("12", ["8", "15", "21"])


def test_a_part_named_before_its_whole_and_a_weekday_beside_the_blank():
    body = "Verbell is a genus of Orn plants with 300 species.\n\n## Species\n\nThree of the nine species of Vell grow in the north."
    for q in bank(body, title="Verbell"):
        if q["kind"] == "figure" and q["type"] == "multiple_choice" and "nine" in q["prompt"]:
            from quizgen.formats import word_number
            assert all((word_number(c) or int(c)) <= 9 for c in q["choices"])
    from quizgen.generate import _other_weekday
    assert _other_weekday("was first broadcast on Thursday, ", ["2005-01-09", "2005-01-13"])
    assert not _other_weekday("was first broadcast on Thursday, ", ["2005-01-13", "2005-01-20"])
    assert not _other_weekday("was first broadcast in ", ["2005-01-09"])


def test_a_statistic_that_leads_its_sentence_names_the_place_of_the_article():
    from quizgen import context
    from quizgen.context import Subject
    demographics = context.place_of(Subject(title="Demographics of Vell", kinds=frozenset({"demographics"}), person=None))
    assert demographics == "Vell"
    assert context.unplaced_statistic("Literacy is quite low, with 67.4% of people able to read.", demographics)
    assert not context.unplaced_statistic("Literacy in Vell is low, with 67.4% of people able to read.", demographics)
    assert not context.unplaced_statistic("The Orn river is 40 km long.", demographics)
    town = context.place_of(Subject(title="Ornvale", kinds=frozenset({"town"}), person=None))
    assert context.unplaced_statistic("In 2013, revenues from tourists reached $4.4 billion.", town)
    assert context.place_of(Subject(title="Peter Hask", kinds=frozenset({"painter"}), person="Peter Hask")) is None


def test_a_date_of_a_statistic_that_never_names_the_place_is_left_open_too():
    body = ("Vellmark is a country of Orn with 4 million people, founded in 1830.\n\n## Economy\n\n"
            "Public debt was forecast to hit 120% of GDP during 2010. Vellmark joined the euro in 2001.")
    qs = [q for q in bank(body, title="Vellmark", front="description: country in Orn\n")
          if q["kind"] == "date" and q["type"] == "cloze"]
    debt = [q for q in qs if "debt" in q["prompt"]]
    euro = [q for q in qs if "euro" in q["prompt"]]
    assert debt and all("unresolved-reference" in q["quality_reasons"] for q in debt)
    assert euro and not any("unresolved-reference" in q["quality_reasons"] for q in euro)
