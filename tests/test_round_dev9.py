"""Rules added after reading the multiple-choice verdicts of the latest measures, each shown on
invented text."""

from __future__ import annotations

from quizgen import quality
from quizgen.context import (Subject, apply, article_subject, connective, drop_also, leans_on_context, referent,
                             takes_the)
from tests.test_round_dev7 import bank, facts
from tests.test_round_dev8 import people


def choices(body: str, words: str, title: str = "Vell") -> list[tuple[list[str], str]]:
    return [(q["choices"], q["answer"]["text"]) for q in bank(body, title)
            if q["type"] == "multiple_choice" and words in q["prompt"]]


def money(text: str) -> int:
    return int(text.strip("$").replace(",", ""))


def test_a_figure_compared_with_a_printed_one_keeps_its_side_and_its_distance():
    body = ("Vell is a country of Orn with 4 million people. Its capital is Hask.\n\n"
            "## Economy\n\n"
            "The median household income was $31,200 in 2011, down from ____ in 2010 and the lowest of the decade. "
            "Average rent rose from $410 in 2000 to $655 in 2010. "
            "Tourism brought in $120,000 in 1990, and the mines earned $84,000 in 1995. "
            "Exports of wool reached $250,000 in 2005.").replace("____", "$32,000")
    pairs = {"$31,200": 31_200, "$32,000": 32_000, "$410": 410, "$655": 655}
    asked = choices(body, "down from") + choices(body, "Average rent rose")
    assert asked
    for options, key in asked:
        printed = {"$31,200": 32_000, "$32,000": 31_200, "$410": 655, "$655": 410}[key]
        gap = pairs[key] - printed
        # every option changes the printed value the way the sentence says, by a plausible amount
        # (no fall of half a household's income in one year)
        assert all(0.2 <= (money(o) - printed) / gap <= 4 for o in options), (key, options)


def test_a_share_the_sentence_calls_most_of_the_whole_has_options_over_half():
    body = ("Vell is a country of Orn. Its capital is Hask.\n\n"
            "Vell is highly urbanized, with 88% of its population living in cities. "
            "Some 12% of the land is farmed, 30% is forest and 45% is grassland.")
    for options, key in choices(body, "highly urbanized"):
        assert key == "88%"
        assert all(float(o.rstrip("%")) > 50 for o in options), options


def test_the_answers_own_years_place_a_sentence_with_no_date_for_its_options():
    body = ("Vell is a country of Orn.\n\n## History\n\n"
            "In 1810 General Peter Hask led the army of Vell against Orn. "
            "General Mark Tamo, his ally, won the battle of Kerr in 1812.\n\n"
            "## Recent times\n\n"
            "In 1976 General Anne Brandt seized power in a coup. "
            "In 1981 General John Lund replaced Brandt and started a war with Orn in 1982. "
            "The country lost the war within two months.\n\n"
            "## Later\n\n"
            "Carl Rasmussen replaced John Lund and began the return to democratic rule.")
    found = choices(body, "replaced John Lund")
    found += [(o, k) for o, k in choices(body, "Carl Rasmussen replaced")]
    for options, key in choices(body, "replaced ____"):
        found.append((options, key))
    for options, key in found:
        assert not {"Peter Hask", "Mark Tamo"} & set(options), options


def test_a_name_ends_before_a_hyphened_word_that_says_what_it_led():
    assert people("In 1966 the Juan Tamo Brandt-led coup ended the government.") == ["Juan Tamo Brandt"]
    assert people("A Peter Hask-era law was passed in 1950.") == ["Peter Hask"]
    assert people("Anne Smith-Jones was born in Vell.") == ["Anne Smith-Jones"]


def dates(body: str) -> list[str]:
    return [f.text for f in facts(body, kind="date")]


def test_a_he_after_someone_else_is_not_the_subject_of_the_biography():
    body = ("Peter Hask (1863–1937) was a Vell educator who founded the Orn Games. He was born in Lund, where his "
            "father taught. He studied law, and his teachers praised him. He married in 1890.\n\n## Influences\n\n"
            "His meetings with Dr. John Brandt influenced him. A trained physician, Brandt believed in exercise. "
            "In 1850, he had initiated a local athletic competition at Lund.\n\n"
            "In 1888, he founded a committee for physical education in Vell.")
    qs = [q for q in bank(body, title="Peter Hask") if "athletic competition" in q["prompt"]]
    assert qs and not any("Peter Hask" in q["prompt"] for q in qs)
    assert all("unresolved-reference" in q["quality_reasons"] for q in qs)
    founded = [q for q in bank(body, title="Peter Hask") if "founded a committee" in q["prompt"]]
    assert founded and all("Peter Hask" in q["prompt"] for q in founded)


def test_the_war_in_an_article_whose_title_ends_of_war_is_not_the_article():
    body = ("A prisoner of war is a person held captive during a war.\n\n## History\n\n"
            "During the Vell War, about 8 million men surrendered and were held in camps until the war ended in 1918.")
    qs = bank(body, title="Prisoner of war")
    assert qs and not any("the Prisoner of war" in q["prompt"] for q in qs)


def test_a_century_and_a_word_ending_in_early_are_no_years():
    # (in an article of the first centuries AD, where a one-digit year can be a year)
    body = ("Vell is a city founded by the Romans in AD 47, who named it Vellinium.\n\n## History\n\n"
            "With the collapse of Roman rule in the early 5th century, Vell was abandoned. "
            "Hask Street, a street nearly 1 mi long, was paved in 1901.")
    assert dates(body) == ["AD 47", "1901"]


def test_what_the_remaining_the_change_and_further_out_lean_on():
    vell = Subject("Vell", frozenset({"vell"}), None)
    for text in ("The remaining 3.3 million prisoners died during their captivity in 1945.",
                 "Further out is the Tudor palace of Hask, built c. 1515.",
                 "The most curious case came in Orn, where the prisoners were released in 1917.",
                 "A little over 500,000 either escaped or were liberated by the army in 1945."):
        assert leans_on_context(text, vell), text
    assert referent("According to the mayor in late 2011, the change will occur in 2012.", vell)[1]
    assert not leans_on_context("The remaining Hask family moved to Vell in 1945.", vell)


def test_also_after_a_capitalised_word_is_dropped():
    text = "The US also shipped 740,000 prisoners to Vell."
    assert apply(text, drop_also(text))[0] == "The US shipped 740,000 prisoners to Vell."


def test_the_exact_day_of_a_detail_to_write_from_memory_ranks_down_but_not_as_a_choice():
    body = ("Anne Hask is a Vell scientist who invented the Orn engine in 1989.\n\n## Career\n\n"
            "On 26 May 2011, Hask was awarded an honorary degree by the University of Lund. "
            "On 8 June 2009, she received the Brandt Award in Vell.")
    qs = [q for q in bank(body, title="Anne Hask") if q["kind"] == "date" and "26 May" not in q["prompt"]
          and "honorary degree" in q["prompt"]]
    assert {q["type"] for q in qs} >= {"cloze", "multiple_choice"}
    for q in qs:
        assert ("exact-day-recall" in q["quality_reasons"]) == (q["type"] == "cloze"), q


def test_the_number_of_a_minor_planet_is_part_of_its_name():
    body = ("Peter Hask (1863–1937) was a Vell educator.\n\n## Legacy\n\n"
            "A minor planet 2190 Hask discovered in 1976 by the astronomer Anne Brandt is named in his honour.")
    qs = [q for q in bank(body, title="Peter Hask") if q["kind"] == "figure"]
    assert all("inside-a-name" in q["quality_reasons"] for q in qs)


def test_a_date_whose_year_the_text_does_not_write_is_no_option():
    body = ("Vell is a country of Orn.\n\n## War\n\n"
            "On 20 March 1943, the navy was ordered to execute all prisoners taken at sea. "
            "The army surrendered on 2 September 1945 at Lund. "
            "The treaty was signed on 8 May 1946 in Hask. "
            "On 13 October, the garrison of Brandt was massacred. "
            "The last ship was sunk on 4 February 1944 near Orn.")
    for q in bank(body):
        if q["type"] == "multiple_choice" and q["kind"] == "date" and "13 October" not in q["answer"]["text"]:
            assert not any("13 October" in c for c in q["choices"]), q["choices"]


def figures(body: str) -> list[str]:
    return [f.text for f in facts(body, kind="figure")]


def test_years_of_works_cited_in_the_prose_are_dates_and_their_pages_no_figures():
    body = ("Vell is a language family.\n\n## History\n\n"
            'Scholars have called the family "Erythraean" (Tucker 1966) and "Lisramic" (Hodge and Lund 1972). '
            "Peter Ehret (1995: 490) divides it into two branches. "
            "Anne Brandt included it in the family (Brandt 1931: 336–338).")
    assert dates(body) == ["1966", "1972", "1995", "1931"]
    assert figures(body) == ["two"]


def test_prehistoric_years_in_thousands_and_the_same_date_counted_back_from_today():
    body = ("Vell is a language family.\n\n## History\n\n"
            "Its speakers arrived between approximately 7,500 BC (9,500 years ago) and 16,000 BC (18,000 years ago). "
            "The earliest inscription dates from c. 3400 BC (5,400 years ago).")
    assert [(f.text, str(f.value)) for f in facts(body, kind="date")] == [
        ("7,500 BC", "-7499"), ("16,000 BC", "-15999"), ("3400 BC", "-3399")]
    assert figures(body) == []


def test_years_after_at_least_as_early_as_pre_and_the_name_of_an_act():
    body = ("Vell is a country.\n\n## History\n\n"
            "Under the Acts of Union 1800, three pre-1801 peerages had to go extinct. "
            "From the mid-1980s through at least 1992, Orn was its main ally. "
            "Vell had at least 1500 soldiers, and its army was founded as early as 1850.")
    assert dates(body) == ["1800", "1801", "the mid-1980s", "1992", "1850"]
    assert "at least 1500" in figures(body)


def test_a_name_after_two_nationalities_a_country_left_glued_on_and_terms_of_a_science():
    assert people("Dwan directed fellow Canadian-American Mary Pickford in 1915.") == ["Mary Pickford"]
    assert people("Under President Robert Hask Chile's ties with Orn soured in 1990.", title="Orn") == ["Robert Hask"]
    assert people("Egyptian is divergent from Proto-Vellic and from East-West Orsian in 1990.") == []


def test_what_someone_owns_a_dated_work_and_an_inverted_citation_are_no_people():
    assert people("It was popularized by Peter Hask in his Grundriss der Sprachwissenschaft (1876).") == ["Peter Hask"]
    assert people("In 1937 Dwan directed the actress Anne Brandt in Heidi (1937).") == ["Anne Brandt"]
    assert people("Hask, Igor M. et al. 1993–1997.") == []
    # (but children named by first name and initial are people, and so is an author cited by year)
    assert people("Vell was survived by three sons, (Douglas A., Gary R., Bruce R.) in 1994.") == \
        ["Douglas A.", "Gary R.", "Bruce R."]
    assert people("As Greenberg (1963) showed, the family is one.") == ["Greenberg"]


def test_first_names_of_more_languages_of_europe_and_an_inn_is_a_thing():
    assert people("This view was retained by later scholars, starting with Vladislav Hask in 1960.") == ["Vladislav Hask"]
    assert people("In 1933 strong winds levelled the old Olympia Inn at Vell.") == []


def terms(body: str, title: str = "Vell") -> list[tuple[str, str]]:
    return [(f.value, f.attrs.get("names")) for f in facts(body, title, "term")]


def test_two_namings_joined_by_and_and_a_glossary_line_in_bold():
    body = ("Orn are organisms that drift in water.\n\n## Terms\n\n"
            "The study of orn is termed ornology and a single organism is referred to as a drifter.\n\n"
            "## Groups\n\n"
            " * **Phyto-orn** (from Greek phyton, or plant), small algae that live near the water surface.\n"
            " * **Survival**, a defiant album, was released in 1979.\n\n"
            "The third group is called the cyclo-orn.")
    found = dict(terms(body, title="Orn"))
    assert found.get("ornology") == "The study of orn"
    assert found.get("drifter") == "a single organism"
    assert found.get("Phyto-orn") == "small algae that live near the water surface"
    assert "Survival" not in found and "cyclo-orn" not in found


def test_a_war_named_in_the_description_of_an_aircraft_is_not_the_aircraft():
    plane = article_subject("Vell V-38", "The Vell V-38 is a World War II–era fighter aircraft of Orn.", None)
    edits, _ = referent("Production ended at the end of the war in 1945.", plane)
    assert not any("Vell V-38" in e[2] for e in edits)
    battle = article_subject("Battle of Orn", "The Battle of Orn was a battle of the Vell War.", None)
    edits, _ = referent("The battle ended in 1805.", battle)
    assert any("Battle of Orn" in e[2] for e in edits)


def test_other_examples_one_such_both_here_the_same_city_and_in_the_meantime_lean_on_context():
    vell = Subject("Vell", frozenset({"vell"}), None)
    for text in ("Two other examples were owned by Hask Surveys in 1946.",
                 "Still another V-38E was used in 1942 to tow a glider.",
                 "One such study was published in 1988.",
                 "In 1971 both left to go freelance.",
                 "In 1906 Peter Hask received a doctorate here.",
                 "The rebels moved to Orn shortly after to make it their stronghold in 1917.",
                 "The first assembly was held in the same city in 1789."):
        assert leans_on_context(text, vell), text
    assert not leans_on_context("Vell grew quickly shortly after the war of 1990.", vell)
    text = "In the meantime, a conservative group broke away in 1973."
    assert apply(text, connective(text))[0] == "A conservative group broke away in 1973."


def test_a_list_line_run_into_the_next_sentence_is_garbled():
    text = "Hask Seminary in Dubuque, Iowa The denomination maintains ten seminaries in 1990."
    assert quality._FUSED_LINE.search(text)
    assert not quality._FUSED_LINE.search("He read The Times in 1990. The paper was sold in 1991.")


def test_a_modern_year_with_an_era_is_a_title_and_a_range_in_yards_no_year():
    body = ("Vell is a comics writer.\n\n## Career\n\n"
            "His series moved to 2000 AD when Starlord was cancelled in 1978. "
            "A Lightning could hit targets at any range up to 1000 yd in 1943.")
    assert dates(body) == ["1978", "1943"]


def test_a_first_flight_is_asked_when_and_two_spouses_give_no_single_key():
    body = "Vell is a writer.\n\n## Life\n\nVell married Anne Hask in 1974 and wrote books in 1990."
    front = ("infoboxes:\n  - name:\n      text: Vell V-38\n    first flight:\n      text: 27 January 1939\n"
             "    spouse:\n      text: Anne Hask (1974-1978; divorced) Mary Lund (1981-present)\n")
    qs = bank(body, title="Vell V-38", front=front)
    first = [q for q in qs if q["kind"] == "infobox" and "first flight" in q["prompt"].lower()]
    assert first and all(q["prompt"].startswith("When was the first flight") for q in first)
    assert not any("spouse" in q["prompt"].lower() for q in qs)


def test_a_ranked_share_gets_no_false_figure_and_a_burial_no_day_before_the_death():
    body = ("The Vell election of 2010 was held in Vell.\n\n## Results\n\n"
            "Exit polls indicated that Peter Hask had been elected, placing him first at 48.7% of the vote to "
            "Anne Brandt's 45.5%.")
    assert not [q for q in bank(body) if q["type"] == "true_false" and "48.7%" not in q["prompt"]
                and "placing him first" in q["prompt"]]
    front = ("infoboxes:\n  - name:\n      text: Anne Hask\n    birth_date:\n      text: 21 April 1926\n"
             "    death_date:\n      text: 8 September 2022\n    burial_date:\n      text: 19 September 2022\n")
    body = ("Anne Hask (21 April 1926 – 8 September 2022) was queen of Vell.\n\n## Life\n\n"
            "Her husband died on 9 April 2021. Her jubilee began on 6 February 2022. "
            "She appointed Mary Lund on 6 September 2022. She opened the Orn bridge on 4 July 2019.")
    buried = [q for q in bank(body, title="Anne Hask", front=front)
              if q["type"] == "multiple_choice" and "buried" in q["prompt"]]
    assert buried
    for q in buried:
        assert all(c.endswith("2022") and c not in ("9 April 2021", "6 February 2022", "6 September 2022")
                   for c in q["choices"]), q["choices"]


def test_a_founding_of_two_beginnings_a_file_name_and_seconded_that_are_not_asked():
    front = "infoboxes:\n  - name:\n      text: Vell League\n    founded:\n      text: 1991 (Old League) 2008 (Vell League)\n"
    qs = bank("The Vell League is a football league of Orn.\n\nIt was formed in 2008.", title="Vell League",
                   front=front)
    assert not [q for q in qs if "founded" in q["prompt"]]
    assert quality._FILE_NAME.search("Crystal Clear action bookmark.png Dynamo Kyiv (28, the second in 1999).")
    assert leans_on_context("During a visit to Orn on 10 February 2009, Peter Hask seconded that.",
                            Subject("Vell", frozenset({"vell"}), None))


def test_accepted_forms_a_regnal_name_and_a_count_with_its_unit():
    body = ("Vell is a country.\n\n## Law\n\nElections of the President of Vell are held within ninety days of the end. "
            "Pope John Paul II supported the Vell Catholics in 1990.")
    accepted = {q["answer"]["text"]: q["answer"]["accept"] for q in bank(body) if q["type"] == "cloze"}
    assert "90 days" in accepted["ninety days"]
    assert "Paul" not in accepted["John Paul II"]


def test_a_day_no_calendar_has_is_no_option_and_the_state_before_the_titles_word_is_not_the_subject():
    body = ("The Vell League is a football league of Orn.\n\n## History\n\n"
            "On 15 April 2008 the new league was formed. On 29 February 2015 Peter Hask was elected its president. "
            "On 2 March 2010 it joined the union of leagues. On 8 May 2012 it signed a television contract. "
            "On 3 June 2009 it moved to Lund.")
    for q in bank(body, title="Vell League"):
        if q["type"] == "multiple_choice" and q["kind"] == "date":
            assert "29 February 2015" not in q["choices"]
    railways = article_subject("Vell Railways", "Vell Railways is the state railway company of Vell.", None)
    text = "The state railways ran with a budget of $5 billion in 2008."
    assert apply(text, referent(text, railways)[0])[0] == text


def test_the_subsequent_elections_lean_on_context_and_one_month_apart_is_beatable():
    assert leans_on_context("In the subsequent elections on 1 December 2009 Peter Hask kept his seat.",
                            Subject("Vell", frozenset({"vell"}), None))
    body = ("Anne Hask (21 April 1926 – 8 September 2022) was queen of Vell.\n\n## Reign\n\n"
            "When her father died in February 1952, Anne became queen. She married in November 1947. "
            "She toured Orn in November 1953. She opened a bridge in November 1955. She visited Lund in November 1957.")
    for q in bank(body, title="Anne Hask"):
        if q["type"] == "multiple_choice" and "father died" in q["prompt"]:
            months = {c.split()[0] for c in q["choices"] if c != q["answer"]["text"]}
            assert months != {"November"} or "beatable-options" in q["quality_reasons"], q


def test_a_he_after_a_sentence_about_him_that_names_someone_else_is_still_the_subject():
    body = ("Peter Hask (1863–1937) was a Vell educator who founded the Orn Games. He was born in Lund, where his "
            "father taught. He studied law, and his teachers praised him. He married in 1890.\n\n## Life\n\n"
            "In 1895 he met the writer Charles Brandt in Orn. In 1896 he founded a school in Lund.")
    school = [q for q in bank(body, title="Peter Hask") if "a school in Lund" in q["prompt"]]
    assert school and all("Peter Hask founded" in q["prompt"] for q in school)


def test_a_name_of_two_plain_words_that_speaks_is_a_person_and_a_body_that_speaks_is_not():
    assert people("In one of the first interviews, Yitzhak Brandt said he would consider a deal in 1974.") == \
        ["Yitzhak Brandt"]
    assert people("In 2001 Human Rights Watch said the war was over.") == []
    assert people("In 2001 Deutsche Bank said profits rose.") == []


def test_an_anthem_named_once_with_the_and_an_adjective_takes_the():
    text = ("The original Vell National Anthem was named Patriotic March. Artists reedited Vell National Anthem "
            "in 1998. Vell National Anthem is sung at schools.")
    assert takes_the("Vell National Anthem", text)
    assert not takes_the("Hask Brandt Orn", "The new Hask Brandt Orn was sold. Hask Brandt Orn left in 1990.")
