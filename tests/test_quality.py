"""Question quality: prompt repairs, the named ranking rules, distractors a test-wise student cannot
beat, and the selection that hands questions out. Articles here are invented, each to show one rule."""

from __future__ import annotations

import re

import pytest

from quizgen import context, formats, quality
from quizgen.extract import extract_facts
from quizgen.generate import Generator, _key_shares_with_all, _multiples_pattern
from quizgen.load import load_text
from quizgen.model import Question, Sentence
from quizgen.pipeline import Options, process_document
from quizgen.selection import choose, choose_bank


def doc(body: str, title: str = "Test subject", description: str = "") -> object:
    return load_text(f"---\ntitle: {title}\ndescription: {description}\n---\n{body}\n", "x.md")


def bank(body: str, **kw) -> list[dict]:
    return process_document(doc(body, **kw), Options()).questions


def cloze_reasons(body: str, title: str, kinds: tuple[str, ...] | None = None) -> dict[str, set[str]]:
    """The names of the rules that ranked each cloze question down, by its answer."""
    return {q["answer"]["text"]: set(q["quality_reasons"]) for q in bank(body, title=title)
            if q["type"] == "cloze" and (kinds is None or q["kind"] in kinds)}


# ------------------------------------------------------------------ repairs


def test_the_blank_always_stands_and_repairs_that_touch_it_are_left_out():
    text = "However, the army crossed the river."
    edits = context.connective(text) + [(9, 12, "____", "")]
    out, names = context.apply(text, edits)
    # the capital the blank takes over is left out; the connective still goes
    assert out == "____ army crossed the river." and names == ["drop-connective"]
    out, names = context.apply(text, context.connective(text) + [(13, 17, "____", "")])
    assert out == "The ____ crossed the river." and names == ["drop-connective"]


def test_inferred_year_is_written_into_the_prompt_unless_the_sentence_has_one():
    text = "On 15 April, the museum reopened to visitors."
    out, names = context.apply(text, context.add_years(text, [(3, 11, "15 April", "2031-04-15")]))
    assert out == "On 15 April 2031, the museum reopened to visitors." and names == ["add-year"]
    us = "On April 15, the museum reopened."
    assert context.apply(us, context.add_years(us, [(3, 11, "April 15", "2031-04-15")]))[0] == \
        "On April 15, 2031, the museum reopened."
    both = "In August and September 1936, the yacht cruised the coast."
    assert context.add_years(both, [(3, 9, "August", "1936-08")]) == []


def test_the_city_of_a_city_article_is_named_and_the_act_is_left_unresolved():
    subject = context.article_subject("Brindlemoor", "City in the north of Testland", None)
    text = "The city's harbour was rebuilt after the fire."
    edits, unresolved = context.referent(text, subject)
    assert context.apply(text, edits)[0] == "Brindlemoor's harbour was rebuilt after the fire." and not unresolved
    _, unresolved = context.referent("The Act was passed by a large majority.", subject)
    assert unresolved


def test_a_bracketed_conversion_after_a_blanked_figure_is_dropped_and_one_inside_is_refused():
    text = "The road runs 72 km (45 mi) across the plain."
    assert context.apply(text, [(14, 19, "____", "")] + context.conversion_after(text, 19))[0] == \
        "The road runs ____ across the plain."
    text = "The deceleration peaked at 6 g (59 m/s2) over the ocean."
    assert context.inside_conversion(text, 32, 39)


# ------------------------------------------------------------------ test-wise patterns


def test_dates_that_each_change_one_part_of_the_key_give_it_away():
    assert _key_shares_with_all("1992-05-08", ["1991-05-08", "1992-05-18", "1992-03-08"])
    assert not _key_shares_with_all("1992-05-08", ["1990-02-14", "1993-11-08", "1991-07-21"])


def test_simple_multiples_of_the_key_give_it_away():
    assert _multiples_pattern(1000, [1500, 2000, 3000])
    assert not _multiples_pattern(1000, [640, 1730, 2380])


# ------------------------------------------------------------------ rules on generated questions


TIMELINE = "\n\n".join(
    f"On {d} March 2031, {n} new cases of the fever were confirmed in the province of Vell."
    for d, n in [(3, 12), (4, 19), (5, 27), (6, 31), (7, 44)])


def test_routine_daily_reports_give_at_most_one_question():
    qs = bank(TIMELINE + "\n\nThe fever was first described by the physician Anna Korvel in 2029.")
    out = choose(qs, None)
    routine = [q for q in out if "new cases" in q["source"]["sentence"]]
    assert len({q["source"]["sentence"] for q in routine}) <= 1
    assert any("routine-repeat" in q["quality_reasons"] for q in qs)


def test_a_year_in_a_citation_is_refused():
    qs = bank("The harbour was dredged to a depth of twelve metres, according to Hallam (2008), who studied it.")
    years = [q for q in qs if q["kind"] == "date" and q["answer"]["text"] == "2008" and q["type"] == "cloze"]
    assert years and all(q["quality"] == 0 and "citation-year" in q["quality_reasons"] for q in years)


def test_a_conversion_in_brackets_is_no_list():
    qs = bank("The wall of Vell is 14 metres (46 feet) high and was built by the people of Orn.")
    assert all("items-listed" not in q["quality_reasons"] for q in qs)


def test_a_count_whose_items_follow_the_blank_is_refused():
    qs = bank("The expedition lost four ships: the Arrow, the Brant, the Cormorant and the Dove.")
    counts = [q for q in qs if q["kind"] == "figure" and q["type"] == "cloze"]
    assert counts and all("items-listed" in q["quality_reasons"] and q["quality"] == 0 for q in counts)


def test_a_qualifier_stays_in_the_prompt_and_options_keep_the_keys_scale():
    qs = bank("By the end of the decade, the regional lottery had raised more than $4.8 million for "
              "the rebuilding of the old cathedral in Varn.\n\n"
              "The bridge over the Ostra cost $2.1 million when it opened in 1998.")
    cloze = next(q for q in qs if q["type"] == "cloze" and q["kind"] == "figure" and "lottery" in q["prompt"])
    assert "more than ________" in cloze["prompt"] and cloze["answer"]["text"] == "$4.8 million"
    assert "more than $4.8 million" in cloze["answer"]["accept"]
    mc = next(q for q in qs if q["type"] == "multiple_choice" and q["kind"] == "figure" and "lottery" in q["prompt"])
    assert all(re.fullmatch(r"\$\d+(?:\.\d)? million", c) for c in mc["choices"]), mc["choices"]
    values = [float(re.sub(r"[^\d.]", "", c)) for c in mc["choices"]]
    assert values == sorted(values)  # ascending, as the docs promise


def test_date_options_are_not_beatable_and_stay_inside_a_life():
    body = ("Mara Quell was a Testlandic engineer who designed the Varn viaduct.\n\n"
            "Quell was appointed chief engineer of the Varn railway on 12 June 1931.\n\n"
            "The viaduct was opened to traffic on 3 September 1938, after seven years of work.\n\n"
            "She retired to the coast on 28 February 1950.")
    text = ("---\ntitle: Mara Quell\ndescription: Testlandic engineer\ninfoboxes:\n- name: Mara Quell\n"
            "  birth_date: 4 May 1895\n  death_date: 9 October 1961\n---\n" + body + "\n")
    qs = process_document(load_text(text, "quell.md"), Options()).questions
    mcs = [q for q in qs if q["type"] == "multiple_choice" and q["kind"] == "date" and q["source"]["sentence"]]
    assert mcs
    for q in mcs:
        assert "beatable-options" not in q["quality_reasons"]
        for c in q["choices"]:
            year = int(re.search(r"\d{4}", c).group(0))
            assert 1895 <= year <= 1961, (q["prompt"], q["choices"])


def test_ordering_leaves_out_births_and_deaths():
    body = "\n\n".join([
        "In 1901, Tomas Reyl was born in the port of Hask.",
        "In 1920, Reyl founded a shipping company in the port of Hask with his two brothers.",
        "In 1931, Reyl bought the first steam trawler ever registered in the port of Hask.",
        "In 1944, Reyl sold the shipping company to a rival firm from the city of Orn.",
        "In 1952, Reyl opened a maritime school for the orphans of drowned fishermen.",
        "In 1966, Reyl died in the port of Hask at the age of sixty-five.",
    ])
    for q in bank(body, title="Tomas Reyl"):
        if q["type"] == "ordering":
            assert not any(re.search(r"born|died", item) for item in q["items"])


# ------------------------------------------------------------------ selection


def _q(i, qtype="cloze", quality_=1.0, truth=None, sentence=None, answer="x"):
    q = {"id": f"q{i}", "type": qtype, "kind": "date", "prompt": f"Prompt {i} ________.",
         "answer": {"text": answer if truth is None else str(truth), "value": truth, "accept": []},
         "source": {"document": "d", "sentence": sentence or f"Sentence {i}."}, "quality": quality_}
    return q


def test_selection_balances_true_false_and_takes_the_best_first():
    qs = [_q(i, "true_false", 0.9, truth=True) for i in range(6)] + [_q(10 + i, "true_false", 0.6, truth=False) for i in range(2)]
    out = choose(qs, None)
    truths = [q["answer"]["value"] for q in out]
    assert truths.count(True) - truths.count(False) <= 1
    low = [_q(20, quality_=0.2), _q(21, quality_=0.9, answer="1931")]
    assert [q["id"] for q in choose(low, None)] == ["q21"]
    assert len(choose(low, None, min_quality=None)) == 2  # --all: everything, as it is


def test_one_question_per_sentence_and_no_fact_asked_twice():
    qs = [_q(1, sentence="Same."), _q(2, "multiple_choice", sentence="Same."),
          _q(3, answer="12 May 1931"), _q(4, answer="12 May 1931")]
    ids = {q["id"] for q in choose(qs, None)}
    assert len(ids & {"q1", "q2"}) == 1 and len(ids & {"q3", "q4"}) == 1
    people = [dict(_q(5, answer="Peleus"), kind="person"), dict(_q(6, "multiple_choice", answer="Peleus"), kind="person")]
    assert len(choose(people, None)) == 1  # one person asked twice from two sentences


def test_export_default_keeps_only_what_selection_hands_out():
    qs = [_q(1, quality_=0.1), _q(2, quality_=0.8)]
    b = {"documents": [{"id": "d", "title": "D"}], "questions": qs}
    assert [q["id"] for q in choose_bank(b)["questions"]] == ["q2"]
    assert choose_bank(b, None) is b


@pytest.mark.parametrize("name", [r.name for r in quality.RULES])
def test_every_rule_is_named_and_says_why(name):
    rule = next(r for r in quality.RULES if r.name == name)
    assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", rule.name) and rule.why and 0 < rule.weight <= 1


def test_pronouns_need_a_name_before_them_and_a_things_pronoun_a_things_name():
    subject = context.article_subject("Mara Quell", "Testlandic engineer", "Mara Quell")
    assert context.leans_on_context("It was rebuilt in stone after the flood.", subject)
    assert context.leans_on_context("Quell was elected to its board in 1921.", subject)
    assert not context.leans_on_context("The Varn Railway opened in 1901 and its board met weekly.", subject)
    assert not context.leans_on_context("Upon her father's death, Quell took over the firm.", subject)
    assert context.leans_on_context("The society published her lectures in 1930.", subject)


@pytest.mark.parametrize("sentence, answer, rule", [
    ("The disorder often appears together with epilepsy, and the two conditions share several genes.", "two", "known-set"),
    ("Estimates of the share of adults affected range from 2% to 10% in the surveyed towns of Vell.", "2%", "range-end"),
    ("The Vell survey counted 1,470 cases in the province, or 14.7 per 1,000 residents.", "14.7", "restatement"),
    ("Elections were held again in 1973 after the long war.", "1973", "names-nothing"),
    ("Brindlemoor is home to the headquarters of Testland's five largest banks and the mint.", "five", "known-set"),
    ("Brindlemoor is the 30th-most extensive and the 24th-most populous of the 50 United Provinces.", "50", "known-set"),
    ("Brindlemoor is represented in seven major leagues, with teams in the Hockey League, the Baseball "
     "League, the Basketball League and the Football League.", "seven", "items-listed"),
    ("According to Hallam, the records of Vell divided its people into three classes, Orns, Brants and Quells.",
     "three", "items-listed"),
    ("The judge of Vell gave the smuggler Karl Osk a suspended 18 month prison sentence.", "18", "attributive-blank"),
    ("Annual bright sunshine totals in the hills of Vell range between 1900 up to just under 2600 hours per year.",
     "1900", "measure-not-year"),
    ("The counting machine of Vell steps through its five (or six depending on how one counts) instructions in turn.",
     "six", "range-end"),
    ("Nickel and cobalt are found in the ore of Vell at the <40 ppm level, as in most ores of Testland.", "40", "symbol-at-blank"),
])
def test_blanks_a_teacher_would_not_print(sentence, answer, rule):
    qs = [q for q in bank(sentence) if q["type"] == "cloze" and q["answer"]["text"].startswith(answer)]
    assert qs and all(rule in q["quality_reasons"] and q["quality"] < 0.5 for q in qs), [
        (q["answer"]["text"], q["quality_reasons"]) for q in qs]


def test_infobox_core_facts_are_asked_outright():
    text = ("---\ntitle: Brindlemoor\ndescription: City in Testland\ninfoboxes:\n- name: Brindlemoor\n"
            "  capital: Old Harrow\n  founder: Ivo Brandt\n  currency: Testland marka\n---\n"
            "Brindlemoor is a city in the north of Testland, founded by Ivo Brandt; Old Harrow is its capital.\n")
    qs = process_document(load_text(text, "b.md"), Options()).questions
    asked = {q["prompt"]: q["answer"]["text"] for q in qs if q["kind"] == "infobox" and q["type"] == "short_answer"}
    assert asked.get("What is the capital of Brindlemoor?") == "Old Harrow"
    assert asked.get("Who founded Brindlemoor?") == "Ivo Brandt"
    assert "What is the currency of Brindlemoor?" not in asked  # the text never says it: no key to trust


def test_a_month_is_no_antecedent_and_the_subject_is_never_the_blank():
    subject = context.article_subject("Mara Quell", "Testlandic engineer", "Mara Quell")
    assert context.leans_on_context("In June 2008, she was awarded an honorary doctorate.", subject)
    qs = bank("Ivo Brandt (4 May 1895 – 9 October 1961) was a Testlandic engineer and the builder of "
              "the Varn viaduct.\n\nBrandt built the viaduct with Karl Osk and Lena Varga in 1931.",
              title="Ivo Brandt")
    assert not any(q["quality"] > 0 and q["kind"] == "person" and q["answer"]["text"] == "Ivo Brandt" for q in qs)


def test_a_biographys_pronoun_is_its_subject_when_no_name_comes_first():
    text = " ".join(["Mara Quell was an engineer. She built bridges. Her bridges stand. She retired."] * 3)
    subject = context.article_subject("Mara Quell", "Testlandic engineer", "Mara Quell", text)
    assert subject.gender == "f"
    out, names = context.apply("In June 1931, she was awarded a gold medal.", context.pronoun(
        "In June 1931, she was awarded a gold medal.", subject))
    assert out == "In June 1931, Mara Quell was awarded a gold medal." and names == ["name-subject"]
    assert context.pronoun("After the war, Ivo Brandt hired her as chief engineer.", subject) == []
    assert context.pronoun("In 1931 he hired the young engineer.", subject) == []  # another person
    # a name inside a phrase put before the subject is not who "she" is; possessives and adverbs aside
    out, _ = context.apply("As an adviser to King Ivo Brandt, she designed the viaduct.", context.pronoun(
        "As an adviser to King Ivo Brandt, she designed the viaduct.", subject))
    assert out == "As an adviser to King Ivo Brandt, Mara Quell designed the viaduct."
    assert context.pronoun("About Brandt's work, she wrote nothing.", subject) == []
    assert context.pronoun("The family of Karl Osk said she was ill.", subject) == []


def test_a_things_name_after_the_is_no_antecedent_of_he():
    text = " ".join(["Ivo Brandt was an engineer. He built bridges. His bridges stand. He retired."] * 3)
    subject = context.article_subject("Ivo Brandt", "Testlandic engineer", "Ivo Brandt", text)
    sentence = "When the Korean War broke out in 1950, however, he enlisted in the Air Force."
    out, _ = context.apply(sentence, context.pronoun(sentence, subject))
    assert out == "When the Korean War broke out in 1950, however, Ivo Brandt enlisted in the Air Force."
    # a title opens a person's name; and "its" may still refer to a thing named after "the"
    assert context.pronoun("When the Duke of Orn fell ill in 1950, he left for Vell.", subject) == []
    brindlemoor = context.article_subject("Brindlemoor", "Province of Testland", None)
    assert not context.leans_on_context("In 1943 the National Movement formed its first brigades.", brindlemoor)


def test_company_before_he_and_a_table_above():
    text = " ".join(["Ivo Brandt was an athlete. He ran. His legs. He won."] * 3)
    person = context.article_subject("Ivo Brandt", "Testlandic athlete", "Ivo Brandt", text)
    sentence = "Along with teammates Karl Osk and Lena Varga, he was part of the first trio to do it."
    assert context.apply(sentence, context.pronoun(sentence, person))[0].startswith(
        "Along with teammates Karl Osk and Lena Varga, Ivo Brandt was")
    bus = context.article_subject("Orn bus", "A bus built in Orn", None)
    assert context.leans_on_context("As can be seen from the table above, Vell was the biggest buyer.", bus)


def test_a_list_line_with_no_subject_names_the_biographys_subject():
    person = context.article_subject("Ivo Brandt", "Testlandic lawyer", "Ivo Brandt")
    line = "Brokered the Orn settlement in 1998 between the railways and 46 towns."
    edits, unresolved = context.subjectless(line, person)
    assert context.apply(line, edits)[0] == "Ivo Brandt brokered the Orn settlement in 1998 between the railways and 46 towns."
    assert not unresolved
    assert context.subjectless(line, context.article_subject("Orn Railway", "Railway in Testland", None)) == ([], True)
    for fine in ["Located in the old town, the museum opened in 1901.", "Mohammed Zahir Shah reigned from 1933.",
                 "Called the father of bridges, Brandt built 40 of them.", "Fred the dog lived to 1931."]:
        assert context.subjectless(fine, person) == ([], False), fine


def test_no_repair_changes_words_inside_a_quotation():
    text = "According to Karl Osk, “This conference, promised in Brandt’s speech in 1965, crowned Brandt’s work."
    edits = [(text.index("Brandt’s work"), text.index("Brandt’s work") + 6, "Ivo Brandt", "full-name"),
             (text.index("1965"), text.index("1965") + 4, "____", "")]
    out, names = context.apply(text, context.outside_quotes(text, edits))
    assert out == text.replace("1965", "____") and names == []
    plain = 'Brandt said "yes" and Brandt left.'
    edits = [(22, 28, "Ivo Brandt", "full-name")]
    assert context.outside_quotes(plain, edits) == edits


def test_the_subject_of_a_biography_with_a_suffix_or_a_pen_name_is_found():
    body = ("Ivo Cummings Brandt, Jr. (4 May 1929 – 9 October 2012) was a Testlandic lawyer.\n\n"
            "When the Korean War broke out in 1950, he enlisted in the Air Force. He was a lawyer. He wrote a book. "
            "He retired in 1999. He died in 2012.")
    qs = bank(body, title="Ivo Brandt")
    assert any("Ivo Brandt enlisted" in q["prompt"] for q in qs)


def test_more_referents_a_student_cannot_resolve():
    town = context.article_subject("Brindlemoor", "Brindlemoor is a historic town in Testland", None)
    for sentence in ["Eight of its fourteen governors are named by the Diocese of Orn, Brindlemoor.",
                     "A new-build college near the Orn supermarket, it will cater for 1,280 students.",
                     "Over fifty prisoners were hanged at the prison.",
                     "In June 2011, Karl Osk joined the board of directors."]:
        assert context.leans_on_context(sentence, town) or context.referent(sentence, town)[1], sentence
    assert not context.leans_on_context("After it gained independence in 1975, Brindlemoor joined the league.", town)
    out, _ = context.apply("The station lies 3½ miles south-east of the town centre.", context.referent(
        "The station lies 3½ miles south-east of the town centre.", town)[0])
    assert out == "The station lies 3½ miles south-east of Brindlemoor's town centre."
    text = "The tennis tournament Orn Open takes place in the town since 1974."
    assert context.apply(text, context.referent(text, town)[0])[0] == \
        "The tennis tournament Orn Open takes place in Brindlemoor since 1974."
    club = context.article_subject("Orn Rovers", "Orn Rovers is a football club", None)
    out, _ = context.apply("The club's best season came in 1922.", context.referent("The club's best season came in 1922.", club)[0])
    assert out == "Orn Rovers' best season came in 1922."
    text = "Brindlemoor was in the Orn District until 2009 (see also Orn Council)."
    assert context.apply(text, context.glosses(text))[0] == "Brindlemoor was in the Orn District until 2009."


def test_an_age_has_options_near_it_and_a_regnal_number_is_no_answer():
    body = ("Mara Quell was born in Orn in 1941. She moved to Vell in December 1965, when she was 24. "
            "In 1970 King Charles II of Orn visited the bridge she built in Vell, the largest in Testland.")
    article = doc(body, title="Mara Quell")
    generator = Generator(article, extract_facts(article), Options())
    age = next(f for f in generator.by_kind["figure"] if f.text == "24")
    for seed in range(5):
        options, _, _ = generator._figure_distractors(age, "24", ("age", seed))
        assert len(options) == 3 and all(abs(v - 24) <= 8 for v, _ in options)
    charles = next(p for p in generator.people if generator._name(p).startswith("Charles II"))
    assert "II" not in generator._name_forms(charles)  # a bare "II" names nobody


def test_a_title_that_ends_in_a_common_noun_is_named_with_its_article():
    subject = context.article_subject("1931 Vell hurricane", "Hurricane that struck Vell in 1931", None)
    out, _ = context.apply("The storm destroyed 84 houses.", context.referent("The storm destroyed 84 houses.", subject)[0])
    assert out == "The 1931 Vell hurricane destroyed 84 houses."
    subject = context.article_subject("Type V submarine", "The Type V was a class of small submarines", None)
    assert context.referent("Two of the class were sold in 1915.", subject) == ([], False)


def test_a_things_pronoun_after_an_acronym_or_the_subject_is_resolved():
    subject = context.article_subject("Brindlemoor", "Province of Testland", None)
    assert not context.leans_on_context("In 2021, VELLCO opened its third store in Orn.", subject)
    assert not context.leans_on_context("Brindlemoor extends for over 1,200 km; its climate varies.", subject)
    assert context.leans_on_context("In 2021, the firm opened its third store in Orn.", subject)


def test_a_sentence_that_names_its_own_referent_does_not_lean():
    subject = context.article_subject("Vellia", "Vellia is a genus of palms", None)
    assert context.referent("The genus Vellia was first described in 1816.", subject) == ([], False)
    film = context.article_subject("The Frost Men", "The Frost Men is a 1961 film", None)
    assert context.referent("She had a role in the film Two for the Seesaw in 1962.", film) == ([], False)
    assert not context.leans_on_context("The amount a storm can change in a day is limited.", subject)


def test_sentences_that_lean_on_the_one_before():
    subject = context.article_subject("Varn Viaduct", "Bridge in Testland", None)
    for sentence in ["Shortly thereafter he was struck by a fever.",
                     "Born in Orn City in 1912 to immigrant parents, he was ordained in Vell.",
                     "A second prequel, titled \"Snowfall\", was released online in 2012.",
                     "The special was produced in August 2012, with filming in Orn.",
                     "Some felt that the plot was slight.",
                     "A more comprehensive text is the Histories, by the historian Karl Osk.",
                     "In 1949 Karl Osk painted a study of the original in Orn.",
                     "The road was given to the town in 1991 as part of another swap."]:
        assert context.leans_on_context(sentence, subject), sentence
    assert not context.leans_on_context("The viaduct was built in 1931 in Orn.", context.article_subject(
        "Varn Viaduct", "Viaduct in Testland", None))



def test_selection_mixes_fact_kinds_among_nearly_equal_questions():
    qs = [dict(_q(i, "multiple_choice", 0.9, answer=f"19{i:02d}"), kind="date") for i in range(6)]
    qs += [dict(_q(10 + i, "multiple_choice", 0.85, answer=f"A{i}"), kind="person") for i in range(3)]
    out = choose(qs, 4)
    assert sorted(q["kind"] for q in out) == ["date", "date", "person", "person"]


def test_date_options_keep_to_the_year_the_prompt_names():
    qs = bank("Leila Varn of Testland was crowned Miss Orn 2011 on 12 September 2011 in the city of Hask.\n\n"
              "The contest moved to the city of Orn on 3 March 2004.\n\nThe jury met in Hask on 9 June 2008.\n\n"
              "The first contest in the city of Vell was held on 21 May 1999.")
    mc = next(q for q in qs if q["type"] == "multiple_choice" and q["answer"]["text"] == "12 September 2011")
    # every option in the year the prompt names, so the year gives nothing away
    assert all(c.endswith("2011") for c in mc["choices"]) and "beatable-options" not in mc["quality_reasons"]


def test_a_surname_shared_by_several_people_is_no_person_blank():
    body = ("Ivo Brandt founded the Varn school of fencing in 1920.\n\nHis son Karl Brandt led the school from 1950.\n\n"
            "The fencers of Vell still follow Brandt's teachings from before the war in their own school.")
    for q in bank(body):
        if q["kind"] == "person":
            assert "Brandt's teachings" not in q["source"]["sentence"], q["prompt"]


def test_the_noun_of_the_sentence_before_is_a_reference_the_student_cannot_follow():
    qs = bank("In 1998 the agency of Testland launched a weather satellite from the coast of Vell.\n\n"
              "Testland joined the Orn customs union in 2004 after a long debate.",
              title="Testland")
    body = ("In 1998 the agency of Testland launched a weather satellite from the coast of Vell. "
            "The satellite sent its last picture in 2009 after eleven years in orbit.")
    follow = [q for q in bank(body, title="Testland") if "sent its last picture" in q["source"]["sentence"]]
    assert follow and all("unresolved-reference" in q["quality_reasons"] for q in follow)
    assert any("unresolved-reference" not in q["quality_reasons"] for q in qs)


def test_options_keep_the_keys_decimals_and_false_statements_are_not_absurd():
    from quizgen.generate import _clearly_wrong, _number_like

    assert _number_like(25, "70.4") == "25.0" and _number_like(3, "7") == "3"
    assert _clearly_wrong([(1_100_000, "1,100,000"), (350_000, "350,000"), (1_000_000, "1,000,000")], 600_000) in (
        "1,000,000", "350,000")
    # 94% for 41%, $13.90 for $5.15: false, and absurd; with no other option there is no false statement
    assert _clearly_wrong([(94, "94%"), (44, "44%")], 41, percent=True) is None
    assert _clearly_wrong([(13.9, "$13.90"), (5.5, "$5.50")], 5.15) is None
    assert _clearly_wrong([(13.9, "$13.90"), (8.1, "$8.10")], 5.15) == "$8.10"


def test_a_line_of_a_list_is_no_statement():
    qs = bank("243 airports serve the province of Vell, most of them small grass strips.")
    assert qs and all("list-line" in q["quality_reasons"] for q in qs)



def test_a_year_is_asked_as_a_year_and_a_day_as_a_date():
    qs = bank("The harbour of Vell was opened to trade in 1871 by the merchants of Hask.\n\n"
              "The lighthouse of Vell was lit on 3 March 1880 by the mayor of Hask.\n\n"
              "The railway reached Vell in 1902 after a long quarrel over the route.\n\n"
              "The great fire of Vell burned the old market on 9 June 1911 and again in 1925.\n\n"
              "The bridge over the Orn was finished on 21 May 1893 after six years of work.")
    mc = {q["answer"]["text"]: q["prompt"] for q in qs if q["type"] == "multiple_choice" and q["kind"] == "date"}
    assert mc["1871"].startswith("Which year completes the sentence?")
    assert mc["3 March 1880"].startswith("Which date completes the sentence?")


def test_a_bracket_in_another_script_is_dropped_from_the_prompt():
    qs = bank("In the village of Gastouri (Γαστούρι) south of the town of Vell, the empress of Orn built a "
              "summer palace in 1890.")
    cloze = next(q for q in qs if q["type"] == "cloze")
    assert "Γαστούρι" not in cloze["prompt"] and "drop-gloss" in cloze["edits"]
    assert "Γαστούρι" in cloze["source"]["sentence"]  # the citation stays the article's own words
    text, names = context.apply("Aikido (合気道, aikidō) is taught in Vell.", context.glosses("Aikido (合気道, aikidō) is taught in Vell."))
    assert text == "Aikido is taught in Vell." and names == ["drop-gloss"]
    assert context.glosses("The town (pop. 4,000) is small.") == []


def test_a_possessive_person_blank_is_ranked_down():
    body = ("The fencing master Ivo Brandt founded the Varn school of fencing in the town of Vell in 1920.\n\n"
            "The fencers of Orn still follow Ivo Brandt's teachings on the long sword.\n\n"
            "The fencing master Karl Osk taught the fencers of Hask for forty years.")
    qs = [q for q in bank(body) if q["kind"] == "person" and q["type"] == "cloze"]
    possessive = [q for q in qs if "teachings" in q["prompt"]]
    assert possessive and all("possessive-blank" in q["quality_reasons"] for q in possessive)
    assert any("possessive-blank" not in q["quality_reasons"] for q in qs)


def test_a_month_of_every_year_gets_no_inferred_year():
    body = ("The great storm of 2013 struck the coast of Vell on 3 May 2013 and flooded the harbour.\n\n"
            "Vell has a second storm season in November, when the winds turn west.")
    qs = [q for q in bank(body, title="Vell") if q["kind"] == "date" and "storm season" in q["source"]["sentence"]]
    assert qs and all("recurring-month" in q["quality_reasons"] and q["quality"] == 0 for q in qs)


def test_options_for_a_birth_or_death_put_the_key_at_any_rank():
    text = ("---\ntitle: Ivo Brandt\ndescription: Fencer of Testland\ninfoboxes:\n- name: Ivo Brandt\n"
            "  born: 4 March 1901\n  died: 9 October 1970\n---\n"
            "Ivo Brandt (4 March 1901 – 9 October 1970) was a fencer of Testland.\n\n"
            "Brandt won the Orn cup on 2 June 1925 and again on 8 June 1931.\n\n"
            "He opened his school in Vell on 1 September 1946 and closed it on 5 May 1962.\n")
    qs = process_document(load_text(text, "b.md"), Options()).questions
    mc = {q["prompt"]: q for q in qs if q["kind"] == "infobox" and q["type"] == "multiple_choice"}
    born, died = mc["When was Ivo Brandt born?"], mc["When did Ivo Brandt die?"]
    assert born["choices"][0] != born["answer"]["text"]  # the birth is not simply the earliest option
    assert died["choices"][-1] != died["answer"]["text"]  # nor the death the latest
    assert all(int(c[-4:]) >= 1916 for c in died["choices"])  # no death as a child
    assert all(int(c[-4:]) <= 1955 for c in born["choices"])  # no birth after the life's end
    assert all(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", c) for c in born["choices"] + died["choices"])


def test_figure_options_are_a_tenth_apart():
    from quizgen.generate import _too_close

    assert _too_close(12.9e9, 13.0e9) and _too_close(430, 414.3)
    assert not _too_close(3, 4) and not _too_close(100, 125)
    body = "\n\n".join(f"The {name} of Vell made ${v} billion in 2014, its council said after the audit."
                       for name, v in (("farms", "12.9"), ("mines", "13.0"), ("mills", "5.4"), ("ports", "17.1"),
                                       ("banks", "25.7"), ("shops", "31.2")))
    for q in bank(body, title="Vell"):
        if q["type"] == "multiple_choice" and q["kind"] == "figure":
            values = sorted(float(c.strip("$ billion")) for c in q["choices"])
            assert all(b > 1.1 * a for a, b in zip(values, values[1:])), q["choices"]


def test_every_rule_is_listed_in_the_docs_with_its_weight():
    from conftest import ROOT

    docs = (ROOT / "docs" / "quality.md").read_text(encoding="utf-8")
    for rule in quality.RULES:
        assert f"| `{rule.name}` | {rule.weight} |" in docs, rule.name


def test_no_option_that_the_prompts_relation_fits_as_well():
    body = "\n\n".join([
        "Ivo Brandt became a close friend of Karl Osk, the mayor of the harbour town of Hask.",
        "His friend Lena Marr, a painter of Vell, drew the harbour of Hask in 1931.",
        "The painter Tomas Wendt taught drawing at the school of Vell for many years.",
        "The banker Olaf Dunmore paid for the new school of Vell in 1929.",
        "The sculptor Greta Hollis carved the fountain of the market of Hask in 1935.",
        "Karl Osk opened the new harbour of Hask in 1933 with a speech to the sailors.",
    ])
    mc = [q for q in bank(body, title="Ivo Brandt") if q["kind"] == "person" and q["type"] == "multiple_choice"]
    friend = next(q for q in mc if "close friend of" in q["prompt"])
    assert "Lena Marr" not in friend["choices"]  # a friend too: a second right answer
    painter = next(q for q in mc if q["prompt"].startswith("Which name completes the sentence? “The painter"))
    assert "Lena Marr" not in painter["choices"]


def test_options_for_an_event_of_a_life_stay_near_it_and_a_birth_is_not_the_earliest():
    lines = ["Ivo Brandt was born in the town of Vell in 1901, the son of a miller of Hask."]
    lines += [f"In {y}, Ivo Brandt {what}." for y, what in (
        (1919, "entered the fencing school of Hask"), (1925, "won the Orn cup for the first time"),
        (1931, "married the painter Lena Marr in Hask"), (1938, "opened his own school in Vell"),
        (1946, "was elected mayor of the town of Vell"), (1952, "wrote a book on the long sword"),
        (1960, "left the town of Vell for the coast"))]
    text = ("---\ntitle: Ivo Brandt\ndescription: Fencer of Testland\ninfoboxes:\n- name: Ivo Brandt\n"
            "  born: 4 March 1901\n  died: 9 October 1970\n---\n" + "\n\n".join(lines) + "\n")
    qs = process_document(load_text(text, "b.md"), Options()).questions
    mc = {q["answer"]["text"]: q["choices"] for q in qs if q["kind"] == "date" and q["type"] == "multiple_choice"}
    assert all(abs(int(c) - 1919) <= 20 for c in mc["1919"]), mc["1919"]
    assert min(int(c) for c in mc["1901"]) < 1901, mc["1901"]


def test_a_name_to_recall_ranks_below_a_date_of_the_same_sentence_kind():
    qs = bank("The painter Lena Marr of Vell drew the harbour of Hask in 1931 for the mayor of Orn.")
    cloze = {q["kind"]: q for q in qs if q["type"] == "cloze"}
    assert "name-recall" in cloze["person"]["quality_reasons"]
    assert cloze["person"]["quality"] < cloze["date"]["quality"]


def test_a_leading_the_or_its_is_resolved_by_the_articles_own_name():
    vell = context.article_subject("Vell", "", None)
    assert not context.leans_on_context("The largest campus is the University of Vell, in the north.", vell)
    assert context.leans_on_context("The oldest town is Hask, founded by fishermen in 1702.", vell)
    assert not context.leans_on_context("After it gained independence in 1975, Vell had a long war.", vell)
    assert not context.leans_on_context("Orn's leaders accepted independence for its former colonies.", vell)
    assert context.leans_on_context("Construction began in 2013, with plans for it to open by 2015.", vell)
    assert not context.leans_on_context("The new play of Ivo Brandt opened in Hask in 1934.", vell)
    assert context.leans_on_context("The first structure burned down in 1849.", vell)


def test_a_date_inside_an_italic_title_is_no_date_to_ask():
    qs = bank("The new play of Ivo Brandt opened in the theatre of Hask on 3 March 1934 after a long delay.\n\n"
              "The first reviews the author received were for the play _Night of January 16th_ in Vell.")
    titled = [q for q in qs if "reviews" in q["source"]["sentence"]]
    assert titled and all("inside-a-title" in q["quality_reasons"] and q["quality"] == 0 for q in titled)
    assert any(q["quality"] > 0.5 for q in qs if "opened" in q["source"]["sentence"])


def test_a_role_word_opening_the_sentence_is_no_part_of_the_speakers_name():
    from quizgen.generate import _without_role

    assert _without_role("Author Flannery O'Connor") == "Flannery O'Connor"
    assert _without_role("Karl Osk") == "Karl Osk" and _without_role("Author Osk") == "Author Osk"


def test_a_true_false_statement_that_names_nothing_is_ranked_down():
    qs = bank("Maximum salinity values occur at about 25° north and south, in subtropical regions with low "
              "rainfall and high evaporation, as measured in 1998.\n\n"
              "The Vell survey found maximum salinity values at about 25° north in 1998.")
    tf = [q for q in qs if q["type"] == "true_false"]
    assert tf and all(("names-nothing" in q["quality_reasons"]) == ("Vell" not in q["prompt"]) for q in tf)


def test_converter_units_an_as_of_year_and_an_elided_noun_are_ranked_down():
    qs = bank("In 1989, the tanker Vell Star spilled over 11 MUSgal of crude oil into the sound of Hask.")
    assert qs and all("garbled-text" in q["quality_reasons"] for q in qs)
    qs = bank("On 17 July 2009, the shop withdrew certain titles, including_ Vell Farm_and_ Hask_by Ivo Brandt, from sale.")
    assert qs and all("garbled-text" in q["quality_reasons"] for q in qs)
    qs = bank("As of 2013, the province of Vell did not have a law school or a medical school.")
    # (the year of a statistic, and since "as of ____" is read as the date the text was true on, a stamp)
    assert any({"statistic-year", "date-stamp"} & set(q["quality_reasons"]) for q in qs
               if q["kind"] == "date" and q["type"] == "cloze")
    vell = context.article_subject("Vell", "", None)
    assert context.leans_on_context("The highest is 100 °F in the town of Hask, making Vell hot.", vell)
    assert context.leans_on_context("Of the remaining land area, Vell owns 101 million acres.", vell)
    assert context.leans_on_context("On the other extreme, some towns of Vell average 100 in of rain.", vell)


def test_a_month_of_every_year_gets_no_year_written_into_the_prompt():
    body = ("The great storm of 2013 struck the coast of Vell on 3 May 2013 and flooded the harbour.\n\n"
            "Even in July, the average low temperature in the town of Hask is 34 °F.")
    qs = [q for q in bank(body, title="Vell") if "average low" in q["source"]["sentence"]]
    assert qs and all("2013" not in q["prompt"] for q in qs)


def test_a_day_celebrated_every_year_gets_no_inferred_year_and_a_countrys_date_field_no_event_question():
    body = ("The new constitution of Vell came into force on 1 January 1986 after a vote.\n\n"
            "On 18 March, Vell celebrates its National Day with parades in every town.")
    qs = [q for q in bank(body, title="Vell") if "National Day" in q["source"]["sentence"] and q["kind"] == "date"]
    # (the day of every year is no date at all now, or a date refused a year)
    assert all("recurring-month" in q["quality_reasons"] for q in qs)
    assert not any("1986" in str(q["answer"].get("text")) for q in qs)
    text = ("---\ntitle: Vell\ndescription: Island country in the Orn Sea\ninfoboxes:\n- name: Vell\n"
            "  date: 18 March 1986\n  largest_city: capital\n  capital: Hask\n---\n"
            "Vell is an island country whose capital is Hask; it became a separate country on 18 March 1986.\n")
    qs = process_document(load_text(text, "v.md"), Options()).questions
    assert not any("events of" in q["prompt"] for q in qs)
    assert not any(q["answer"]["text"] == "capital" for q in qs)


def test_a_first_person_sentence_leans_on_a_speaker_named_elsewhere():
    vell = context.article_subject("Vell", "", None)
    assert context.leans_on_context("For up till 1818, when my work appeared, there were few books on Vell.", vell)
    assert context.leans_on_context("In 1931 I wrote to the mayor of Hask about Vell.", vell)
    assert not context.leans_on_context("World War I ended in 1918 in Vell.", vell)
    assert not context.leans_on_context("The US Army reached Vell in 1944.", vell)
    assert not context.leans_on_context('Hask said "we fought in 1931" in Vell.', vell)


def test_an_emphasised_label_that_starts_a_paragraph_is_dropped_from_the_prompt():
    qs = bank("_Symbols and rules_: In rapid succession the merchants of Hask opened the harbour of Vell in 1871.\n\n"
              "Trade: the harbour of Vell was busy in 1880 with the wool of Hask.")
    cloze = {q["answer"]["text"]: q for q in qs if q["type"] == "cloze"}
    assert cloze["1871"]["prompt"].startswith("In rapid succession the merchants") \
        and "drop-run-in-heading" in cloze["1871"]["edits"]
    assert cloze["1871"]["source"]["sentence"].startswith("Symbols and rules:")  # the citation is the article's
    assert "drop-run-in-heading" not in cloze["1880"].get("edits", [])  # no emphasis: no heading


def test_the_nation_in_an_article_on_a_state_is_not_the_state():
    qs = bank("The port of Mobile was ranked the 25th busiest in the nation during 2011, after a new terminal opened.",
              title="Vellmont", description="Vellmont is a state located in the southeastern region of the United States.")
    cloze = next(q for q in qs if q["type"] == "cloze" and q["kind"] == "date")
    assert "in the nation" in cloze["prompt"] and "Vellmont" not in cloze["prompt"], cloze["prompt"]


def test_an_anniversary_year_is_worked_out_not_recalled_and_a_version_needs_its_work():
    qs = bank("On the 100th anniversary of Ivo Brandt's birth in 2005, the town of Vell opened a museum of his boats.\n\n"
              "In 1943, Ivo Brandt sold the rights for a film version to a studio in Hask.")
    by_year = {q["answer"]["text"]: q for q in qs if q["type"] == "cloze" and q["kind"] == "date"}
    assert "anniversary-year" in by_year["2005"]["quality_reasons"]
    assert "unresolved-reference" in by_year["1943"]["quality_reasons"]


def test_a_count_the_sentence_completes_and_a_superlative_of_nothing_are_ranked_down():
    qs = bank("Vellmont is one of two states in the union (the other being neighboring Haskmont) to hold the fair.\n\n"
              "The oldest institutions are the schools of Vell, founded in 1831 by the monks of Hask.")
    count = next(q for q in qs if q["type"] == "cloze" and q["answer"]["text"] == "two")
    assert "items-listed" in count["quality_reasons"]
    oldest = next(q for q in qs if q["type"] == "cloze" and q["answer"]["text"] == "1831")
    assert "unresolved-reference" in oldest["quality_reasons"]


def test_an_infobox_answer_is_accepted_in_the_fuller_form_the_article_writes():
    text = ("---\ntitle: Brindlemoor\ndescription: Country in Testland\ninfoboxes:\n- name: Brindlemoor\n"
            "  capital: Old Harrow\n  currency: Marka\n  official_languages: Azerbaijani\n---\n"
            "Brindlemoor is a country of the north; Old Harrow is its capital. The Azerbaijani manat and the "
            "Albanian marka are traded there, and Radio Marka broadcasts in the Azerbaijani language.\n")
    qs = process_document(load_text(text, "b.md"), Options()).questions
    accept = {q["answer"]["text"]: q["answer"]["accept"] for q in qs if q["kind"] == "infobox" and q["type"] == "short_answer"}
    assert "Albanian marka" in accept["Marka"] and "Radio Marka" not in accept["Marka"], accept


def test_the_country_is_named_even_beside_a_longer_name_and_another_kingdom_is_not_the_subject():
    qs = bank("The country was incorporated into the Union of Hask in 1920 as the Vellmark Socialist Republic.",
              title="Vellmark", description="Vellmark, officially the Republic of Vellmark, is a country of the north.")
    cloze = next(q for q in qs if q["type"] == "cloze" and q["kind"] == "date")
    assert cloze["prompt"].startswith("Vellmark was incorporated"), cloze["prompt"]
    qs = bank("In March 1983, Orna reached an official agreement within the Kingdom for its independence.",
              title="Orna", description="Orna is a constituent country of the Kingdom of Hask in the northern sea.")
    cloze = next(q for q in qs if q["type"] == "cloze" and q["kind"] == "date")
    assert "within the Kingdom" in cloze["prompt"], cloze["prompt"]


def test_a_fraction_is_no_small_count_and_has_options_on_both_sides():
    qs = bank("The average albedo of the planet Vell is about 0.3, higher than that of its moon Orn.")
    cloze = next(q for q in qs if q["type"] == "cloze" and q["kind"] == "figure")
    assert "small-count" not in cloze["quality_reasons"]
    qs = bank("The harbour of Vell had three cranes when the war began, and the town of Hask had none.")
    cloze = next(q for q in qs if q["type"] == "cloze" and q["kind"] == "figure")
    assert "small-count" in cloze["quality_reasons"]


def test_a_short_prompt_that_names_the_articles_subject_names_something():
    qs = bank("Aardvarks live for up to 23 years in captivity.\n\nElections were held in 1998 across the land.",
              title="Aardvark", description="Burrowing mammal of Africa")
    by_answer = {q["answer"]["text"]: q for q in qs if q["type"] == "cloze"}
    assert "names-nothing" not in by_answer["23 years"]["quality_reasons"]
    assert "names-nothing" in by_answer["1998"]["quality_reasons"]


def test_a_rule_kept_to_some_kinds_never_trips_a_question_of_another(monkeypatch, seed_doc):
    """``score`` runs a question through the rules of its kind only (``Rule.kinds``): each such
    rule must say no to a question of any other kind anyway, or skipping it would change a score."""
    import dataclasses

    seen = []
    real = quality.score
    monkeypatch.setattr(quality, "score", lambda q, ev: (seen.append((q, ev or quality.Evidence())), real(q, ev))[1])
    process_document(seed_doc, Options())
    assert len(seen) > 100
    kinds = ("date", "person", "figure", "quote", "infobox", "term")
    for rule in (r for r in quality.RULES if r.kinds is not None):
        for q, ev in seen:
            for kind in kinds:
                if kind not in rule.kinds:
                    assert not rule.test(dataclasses.replace(q, kind=kind), ev), (rule.name, kind, q.id)


def test_no_person_of_another_era_among_the_options():
    body = "\n\n".join([
        "In 1920 the film-maker Mary Quill shot the first film of Vell, a decree of the council allowing it.",
        "In 1922 the film-maker Karl Osk shot a second film in Vell.",
        "In 1926 the film-maker John Tarn filmed the harbour of Vell.",
        "In 1150 the film-maker Robert Tesk made a shadow play about the harbour of Vell.",
        "In 1931 the film-maker Anna Sova made a film about the war.",
    ])
    mc = [q for q in bank(body) if q["type"] == "multiple_choice" and q["kind"] == "person"
          and q["answer"]["text"] in ("Karl Osk", "Anna Sova")]
    assert mc and all("Robert Tesk" not in q["choices"] for q in mc), [q["choices"] for q in mc]


def test_a_place_is_no_antecedent_of_they():
    subject = context.article_subject("Albedo", "Ratio of reflected light", None)
    assert context.leans_on_context("Over Antarctica they average a little more than 0.8.", subject)
    assert not context.leans_on_context("The Beatles toured Germany, where they played in Hamburg.", subject)


def test_time_counted_from_an_unseen_sentence_goes_and_the_sentence_keeps_its_own_date():
    for text, out in [("Two days later, the mayor of Hask resigned.", "The mayor of Hask resigned."),
                      ("Approximately one year later, Ola Brand won the cup on 29 June 2007.",
                       "Ola Brand won the cup on 29 June 2007."),
                      ("Later that year, the harbour of Vell was rebuilt.", "The harbour of Vell was rebuilt."),
                      ("The following month, a new bridge opened in Hask.", "A new bridge opened in Hask.")]:
        assert context.apply(text, context.relative_time(text)) == (out, ["drop-relative-time"])
    # "after" with an object names what it is after: the sentence stands
    assert context.relative_time("Just four days after the crew's return, they met the president.") == []
    assert context.relative_time("Two days of rain flooded Hask.") == []


def test_also_and_therefore_go_but_not_only_keeps_its_also():
    text = "Ola Brand also announced that the harbour was therefore closed in 1931."
    assert context.apply(text, context.drop_also(text))[0] == "Ola Brand announced that the harbour was closed in 1931."
    assert context.drop_also("Vell exports not only wool but also fish, 400 tonnes a year.") == []
    assert context.drop_also('Brand said "we also won" in 1931.') == []
    # the second half of a pair: "primarily ..., but due to ..." is no English
    assert context.drop_also("Vell grew to 1,000,000 by 1990, mainly from immigration, but also due to births.") == []


def test_a_next_defence_or_a_new_champion_leans_on_what_came_before():
    vell = context.article_subject("Ola Brand", "Vellish wrestler", "Ola Brand")
    assert context.leans_on_context("Ola Brand defeated Jo Hask to become the new champion on 7 July 2005.", vell)
    assert context.leans_on_context("Ola Brand made her next defence on 3 March 2006.", vell)
    assert context.leans_on_context("Ola Brand moved to Hask the following year.", vell)
    # the year before says which; "the next largest" and "the next four years" are not about a defence
    assert not context.leans_on_context("Ola Brand won in 1931 and moved to Hask the following year.", vell)
    assert not context.leans_on_context("Hask is the largest city of Vell, ahead of Orn, the next largest city.", vell)
    assert not context.leans_on_context("Ola Brand paid Jo Hask for the next twenty years.", vell)


def test_a_thing_named_earlier_in_the_same_sentence_is_resolved():
    vell = context.article_subject("Vell", "Island country", None)
    text = "In 1944 Ola Brand won the Vell basketball championship, scoring 17 points in the championship game."
    assert context.referent(text, vell) == ([], False)
    assert context.referent("Ola Brand won the championship in 1944.", vell)[1]


def test_a_date_blank_says_how_precise_the_answer_must_be():
    qs = bank("Ola Brand (1901–1977) was a Vellish painter. Brand returned penniless late in November 1949 "
              "from a stay in Hask. On 15 April 1950, Brand opened a show in Orn. Brand first sold a painting in 1931 to a dealer.",
              title="Ola Brand", description="Vellish painter")
    cloze = {q["answer"]["text"]: q["prompt"] for q in qs if q["type"] == "cloze" and q["kind"] == "date"}
    assert "late in ________ (month and year) from" in cloze["November 1949"]
    assert cloze["15 April 1950"].startswith("On ________ (day, month and year),")
    assert "________ (" not in cloze["1931"]  # a year is what a blank asks by default


def test_an_acronym_the_article_spells_out_is_written_in_full():
    text = ("Health care is run by Vell Health Services (VHS). The rival Hask Bay Company (HBC) and the "
            "North Orn Company (NOC) traded furs. The Department of Roads (DoR) builds roads.")
    acronyms = context.defined_acronyms(text)
    assert acronyms == {"VHS": "Vell Health Services", "HBC": "Hask Bay Company", "NOC": "North Orn Company"}
    line = "Battles occurred between the HBC and NOC, and in 1821 VHS paid US$5 to the HBC."
    assert context.apply(line, context.expand_acronyms(line, acronyms))[0] == (
        "Battles occurred between the Hask Bay Company and North Orn Company, and in 1821 Vell Health Services "
        "paid US$5 to the HBC.")


def test_an_opening_after_what_goes_and_immediately_goes_too():
    for text, out in [("Subsequently, the mayor of Hask resigned.", "The mayor of Hask resigned."),
                      ("Later, the harbour was rebuilt.", "The harbour was rebuilt.")]:
        assert context.apply(text, context.connective(text))[0] == out
    text = "Ola Brand immediately resigned her seat in 1931."
    assert context.apply(text, context.drop_also(text))[0] == "Ola Brand resigned her seat in 1931."


def test_a_plural_term_in_ies_is_accepted_in_the_singular():
    from quizgen.generate import _term_forms
    assert "county" in _term_forms("counties", "counties") and "countie" not in _term_forms("counties", "counties")


def test_date_options_keep_the_keys_side_of_another_year_in_the_sentence():
    body = ("Ola Brand (1880–1950) was a Vellish writer. " +
            " ".join(f"Brand wrote a play about Hask in {y}." for y in (1901, 1905, 1909, 1921, 1926, 1938, 1943)) +
            "\n\nFollowing Jo Orn's death in 1930, Brand edited Orn's letters (1932).")
    qs = [q for q in bank(body, title="Ola Brand", description="Vellish writer")
          if q["type"] == "multiple_choice" and "letters (1932)" in q["prompt"]]
    assert qs and all(int(c) < 1932 for c in qs[0]["choices"])


def test_a_figure_is_not_offered_beyond_what_its_nature_allows():
    from quizgen.generate import _natural_ceiling
    assert _natural_ceiling("18 hours", "Northern Vell gets about 18 hours of daylight in the summer.") == 24
    assert _natural_ceiling("3 days", "The market opens 3 days a week.") == 7
    assert _natural_ceiling("18 hours", "The siege of Hask lasted 18 hours.") is None


def test_a_supposition_and_an_undated_amount_are_ranked_down():
    qs = bank("Vell is an island country in the Orn Sea. Should the growth remain at an average of 2.2% for the last "
              "two quarters, Vell's output should exceed $430 billion. Farm cash receipts from agricultural products "
              "totalled $12.9 billion. In 2014, fishing exports totalled $2.1 billion.", title="Vell")
    reasons = {q["answer"]["text"]: q["quality_reasons"] for q in qs if q["type"] == "cloze"}
    assert "hypothetical" in reasons["2.2%"] and "undated-amount" in reasons["$12.9 billion"]
    assert "undated-amount" not in reasons["$2.1 billion"]


def test_a_list_cited_above_leans_on_context():
    vell = context.article_subject("Vell", "", None)
    assert context.leans_on_context("The numbers of species cited above follow Ola Brand's list of 1931.", vell)


def test_a_birth_asked_once_and_a_birthplace_not_printed_beside_its_question():
    def q(qid, qtype, kind, prompt, answer, accept=()):
        return {"id": qid, "type": qtype, "kind": kind, "prompt": prompt, "quality": 0.9,
                "answer": {"text": answer, "accept": list(accept)},
                "source": {"document": "x", "sentence": prompt}}
    qs = [q("a", "short_answer", "infobox", "When was Ola Brand born?", "26 July 1894"),
          q("b", "cloze", "date", "Ola Brand was born in Hask, Vell, in ________.", "1894"),
          q("c", "short_answer", "infobox", "Where was Ola Brand born?", "Hask, Vell", ["Hask, Vell", "Hask"]),
          q("d", "cloze", "date", "Ola Brand died in ________.", "1950")]
    ids = {x["id"] for x in choose(qs)}
    assert "d" in ids and len(ids & {"a", "b"}) == 1  # the birth asked once
    assert not {"b", "c"} <= ids  # "born in Hask" is not printed beside "Where was Ola Brand born?"


def test_a_blank_after_a_bound_and_an_example_marker():
    qs = bank("Vell is an island country. More than 2,300 years after its founding, Hask remains its capital city.",
              title="Vell")
    cloze = [q for q in qs if q["type"] == "cloze" and q["kind"] == "figure"]
    assert cloze and all("bounded-blank" in q["quality_reasons"] for q in cloze)
    text = "Utah, for example, has 400 tar sand deposits."
    assert context.apply(text, context.drop_also(text))[0] == "Utah has 400 tar sand deposits."


def test_the_subject_named_as_its_kind_wants_and_the_maker_is_not_its_kind():
    album = context.article_subject("Come What (ever) May", "Come What (ever) May is the second studio album by "
                                    "American metal band Stone Sour.", None)
    assert album.title == "Come What (ever) May" and "band" not in album.kinds
    text = "Writing for the album began in 2003, and the band recorded it."
    edits, unresolved = context.referent(text, album)
    assert context.apply(text, edits)[0] == "Writing for Come What (ever) May began in 2003, and the band recorded it."
    assert unresolved  # "the band" is Stone Sour, named elsewhere
    song = context.article_subject("Kiss You", "Kiss You is a song recorded by the boy band One Direction", None)
    text = "The song was released as a single in 2013."
    assert context.apply(text, context.referent(text, song)[0])[0] == "“Kiss You” was released as a single in 2013."
    unit = context.article_subject("Zrinski Battalion", "Zrinski Battalion was a special forces unit", None)
    text = "The core of the battalion was formed in 1991."
    assert context.apply(text, context.referent(text, unit)[0])[0] == "The core of the Zrinski Battalion was formed in 1991."


def test_date_options_take_the_keys_qualifier():
    body = ("Ola Brand (1901–1977) was a Vellish painter. " +
            " ".join(f"Brand painted a view of Hask in {m} {y}." for m, y in
                     [("June", 1930), ("May", 1934), ("April", 1936), ("July", 1938)]) +
            "\n\nBrand moved to Orn in late March 1935.")
    qs = [q for q in bank(body, title="Ola Brand", description="Vellish painter")
          if q["type"] == "multiple_choice" and "Orn" in q["prompt"]]
    assert qs and all(c.startswith("late ") for c in qs[0]["choices"])


def test_date_options_of_a_body_stay_inside_the_years_it_existed():
    body = ("The Vell Battalion was a unit of the Vellish army, formed in May 1991 and merged into the Guard in 1994.\n\n"
            "## History\n\n" + " ".join(f"The battalion fought at Hask in {m} 199{y}." for m, y in
                                        [("June", 1), ("May", 2), ("April", 3), ("July", 3)]) +
            " The battalion received new rifles in March 1992.")
    qs = [q for q in bank(body, title="Vell Battalion", description="Unit of the Vellish army")
          if q["type"] == "multiple_choice" and "rifles" in q["prompt"]]
    assert qs and all(1991 <= int(c[-4:]) <= 1994 for c in qs[0]["choices"])


def test_quotations_inside_a_quoted_choice_prompt_are_nested():
    qs = bank('Vell is an island country. "Hask Song" was certified gold in 2013 for shipments of 35,000 copies.',
              title="Vell")
    choice = [q for q in qs if q["type"] == "multiple_choice"]
    assert choice and all("‘Hask Song’" in q["prompt"] and '"' not in q["prompt"] for q in choice)


def test_a_false_day_keeps_the_year_the_true_statement_prints():
    body = ("The Vell Battalion was formed in 1991 near Hask. In May 1991 the battalion marched to Hask. "
            "On 15 June, the battalion fought at Orn.")
    for seed in range(6):
        qs = process_document(doc(body, title="Vell Battalion", description="unit"), Options(seed=seed)).questions
        tf = [q for q in qs if q["type"] == "true_false" and "Orn" in q["prompt"]]
        assert all("1991" in q["prompt"] for q in tf)


def test_an_age_the_prompt_gives_away_and_a_date_counted_as_one_fact():
    qs = bank("Ola Brand (born 1977) is a Vellish sprinter. Born in 1977, Brand first ran at the Olympics at age 22 "
              "when he raced in the 100 metres at the 2000 Summer Olympics in Hask.", title="Ola Brand",
              description="Vellish sprinter")
    age = [q for q in qs if q["type"] == "cloze" and q["answer"]["text"] == "22"]
    assert age and all("computable-age" in q["quality_reasons"] for q in age)
    qs = bank("On 24 November 1940 the ships of Vell were moved to the 2nd Division of the 1st Fleet.", title="Vell")
    assert all("packed-statement" not in q["quality_reasons"] for q in qs if q["type"] == "true_false")
    vell = context.article_subject("Vell Song", "Vell Song is a single by Ola Brand", None)
    assert context.referent("The single largest crowd came in 1990.", vell) == ([], False)


def test_a_family_name_another_bearer_also_has_is_not_written_out():
    body = ("Vell Dawn is a 1999 Vellish film. The professor Ann C. Hall wrote about the film in 2001. "
            "Its cinematographer was Conrad Hall, who shot it in 1998.\n\n## Filming\n\n"
            "Hall contacted Kodak in 1998, who sent him a batch of film stock.")
    qs = bank(body, title="Vell Dawn", description="1999 Vellish film")
    assert not any("Ann C. Hall contacted" in q["prompt"] for q in qs)


def test_the_kind_noun_in_a_compound_is_not_the_subject():
    film = context.article_subject("Vell Dawn", "Vell Dawn is a 1999 Vellish drama film", None)
    text = "Ola Brand tried in 1997 to break into the film industry."
    assert context.referent(text, film) == ([], False)


def test_a_date_of_an_event_told_again_is_no_wrong_option():
    body = ("Ola Brand (born 1990) is a Vellish swimmer. " +
            " ".join(f"Brand swam at Hask in {y}." for y in (2004, 2005, 2006, 2009, 2012)) +
            "\n\nBrand was the national champion in 2008. Brand took the title again in 2011.")
    qs = [q for q in bank(body, title="Ola Brand", description="Vellish swimmer")
          if q["type"] == "multiple_choice" and "champion in" in q["prompt"]]
    assert qs and "2011" not in qs[0]["choices"]


def test_a_false_statement_is_not_made_false_inside_a_bracketed_aside():
    text = "With an axial tilt of 25 degrees, Vell has seasons, like Orn (which has an axial tilt of 23.5 degrees)."
    sentence = Sentence(text=text, start=0, end=len(text), section=(), block=1, index=1)

    def false_statement(blank: tuple[int, int]) -> bool:
        q = Question(id="x", type="true_false", kind="figure", prompt=text, answer={"text": "False", "value": False},
                     source={})
        return quality._false_aside(q, quality.Evidence(sentence=sentence, blank=blank))

    aside, main = text.index("23.5 degrees"), text.index("25 degrees")
    assert false_statement((aside, aside + 12))
    assert not false_statement((main, main + 10))


def test_lines_of_a_list_of_people_and_run_on_sentences_are_refused():
    qs = bank("Vell is a city in Testland. Kara Osk (born 1987), Testlandic actress, writer and director. "
              "The term was applied to humble occupations. in 1432, the king ordered that they be allowed to enroll.")
    born = [q for q in qs if q["kind"] == "date" and q["answer"]["text"] == "1987"]
    assert born and all(q["quality"] == 0 and {"no-verb", "life-date-aside"} & set(q["quality_reasons"]) for q in born)
    run_on = [q for q in qs if q["kind"] == "date" and q["answer"]["text"] == "1432"]
    assert run_on and all("run-on-sentences" in q["quality_reasons"] for q in run_on)


def test_the_season_of_a_year_stays_in_the_prompt():
    qs = bank("The troops of Vell held a perimeter around Orn in the summer and fall of 1950, as the records show.")
    cloze = [q for q in qs if q["kind"] == "date" and q["type"] == "cloze"]
    assert cloze and cloze[0]["answer"]["text"] == "1950" and "fall of ____" in cloze[0]["prompt"].replace("________", "____")


@pytest.mark.parametrize("sentence", [
    "By comparison, the great canyon of Orn is only 446 km long.",
    "A related, but much more detailed, map of Vell was released on 16 April 2023.",
    "In protest, a petition signed by 648 students was delivered to the king.",
    "Orn invaded again in 259 but was defeated at the river.",
    "In the district of Orn, it was 627 people in 145 households.",
    "As mentioned by Orn Quell c. 20 AD, they were used to turn gears that lifted hammers.",
    "On September 25 both palaces were breached and about two thousand guards were killed.",
    "In 2018, the two nations agreed to work toward a final settlement of the war.",
    "The time scale of energy transport in Vell is longer, on the order of 30,000,000 years.",
    "Orn retaliated by invading and destroying the capital of Vell in 244.",
    "Negotiations had started there on 31 December 1762.",
    "Here, the forces of Orn controlled districts 2, 4 and 10 of Vell in 1938.",
    "A further 4.3 million belonged to the state of Vell.",
    "No further discoveries of significance were made until 1789 when Orn found two moons.",
    "Led by Orn Quell, they ambushed a small force of Vell at the glen on 28 May 1754.",
    "The liquid in such a vessel becomes enriched in oxygen as the gas of Orn boils off at 90 K.",
    "An example occurred shortly before the first launch from Vell in 1981, when two men died.",
    "Orn tried to hold a fair in 1959 but, again, not enough towns of Vell took part.",
    "The tribromide of Vell is still more unstable and was only prepared in 1990.",
    "Dates are correct for the calendar that was used in Vell until 1918.",
    "One reason is that the maps of Vell drew its coasts about 700 miles too long.",
    "In 1915, things took a critical turn for the worse when Orn moved its army to Vell.",
    "The 9 hotels have 2,800 rooms along the shore of Vell.",
    "One remnant was the name of the Vell Party, kept by its heirs until 1950.",
    "Upon graduation in 1939, Orn Brand entered the university of Vell.",
    "In 1870, the poet Orn Brand of Vell published a blank verse version.",
    "Ola Brand of Vell published the first full-length English translation by a woman in 2016.",
])
def test_sentences_that_lean_on_the_one_before(sentence):
    assert context.leans_on_context(sentence, context.article_subject("Vell", "kingdom", "Vell"))


@pytest.mark.parametrize("sentence", [
    "The rods of Orn were shaped in such a way that they fit the walls of Vell in 1950.",
    "Vell grew even more rapidly than Orn after 1950.",
    "An example of the style of Vell is the Orn bridge, built in 1950.",
    "The dates of the fair of Vell were moved to June in 1950.",
    "One reason for the fall of Vell in 1950 was the drought.",
    "The 9 hotels of Vell have 2,800 rooms.",
    "Upon graduation from the Kent School in 1939, Orn Brand entered the university of Vell.",
    "Ola Brand published the first English translation of the epic of Vell in 2016.",
])
def test_such_even_more_and_an_example_that_name_what_they_mean_do_not_lean(sentence):
    assert not context.leans_on_context(sentence, context.article_subject("Vell", "kingdom", "Vell"))


def test_no_false_statement_beside_a_conversion_left_unchanged():
    qs = bank("Vell Park occupies 107,000 m²/17 acres and is home to the Vell Tower and the city aquarium.")
    assert not [q for q in qs if q["type"] == "true_false" and q["answer"]["value"] is False]


def test_a_population_the_article_gives_two_ways_is_no_key():
    qs = bank("Vell is a city of Testland with a population of over 3.3 million as of 2024.\n\n"
              "## Demographics\nThe population of Vell was 3,266,598 in 2024, down from 3,513,777 in 2015.")
    pops = [q for q in qs if q["kind"] == "figure" and q["answer"]["text"] in ("3.3 million", "3,266,598")]
    assert pops and all("disputed-figure" in q["quality_reasons"] for q in pops)
    older = [q for q in qs if q["kind"] == "figure" and q["answer"]["text"] == "3,513,777"]
    assert all("disputed-figure" not in q["quality_reasons"] for q in older)


@pytest.mark.parametrize("sentence, answer, rule", [
    ("Vell Park occupies 69,000 m²/17 acres and is home to the Vell Tower and the city aquarium.", "69,000", "conversion-blank"),
    ("The floating city of Vell will be finished and ready for settlement by 2025, the builders say.", "2025", "hypothetical"),
    ("– Port of Orn, Testland (1994) The Port of Vell has 6 sister ports in four countries.", "6", "fused-line"),
    ("The stand of Vell was rebuilt between June 1971 and December 1972, a task of 18 months for the club.", "18",
     "computable-span"),
    ("For 8 consecutive years (2009–2016), the firm Orn ranked Vell first in its annual survey of cities.", "8",
     "computable-span"),
    ("Since 1 July 2017, the Vell Stadium is known as the Orn Arena for 6 seasons until 30 June 2023.", "6",
     "computable-span"),
    ("On 17 November [O.S. 5 November] 1796, the empress of Vell rose early and had her usual coffee at Orn.",
     "17 November", "calendar-twin"),
    ("The (VSP) has held the mayor's office of Vell and a majority in the council at every election since 1919.",
     "1919", "garbled-text"),
    ("During the early 20th century, research on Vell led to the confirmation in 1944 that it had a thick "
     "atmosphere.", "1944", "contradicts-century"),
    ("The alloy of 90% copper and 10% nickel is used for objects exposed to seawater in Vell.", "90%",
     "share-complement"),
    ("The softness of Vell partly explains its high electrical conductivity (59.6×106 S/m) and its heat flow.",
     "106", "garbled-text"),
])
def test_more_blanks_a_teacher_would_not_print(sentence, answer, rule):
    qs = [q for q in bank(sentence) if q["type"] == "cloze" and q["answer"]["text"].startswith(answer)]
    assert qs and all(rule in q["quality_reasons"] for q in qs), [(q["answer"]["text"], q["quality_reasons"]) for q in qs]


def test_a_sentence_that_lost_its_title_is_refused():
    qs = bank("The Vell Broadcasting System aired a miniseries about the siege of Orn in June 1982, entitled.")
    dated = [q for q in qs if q["kind"] == "date"]
    assert dated and all("dropped-word" in q["quality_reasons"] for q in dated)


@pytest.mark.parametrize("sentence, answer, rule", [
    ("The general Orn Quell (d. 102) led the army of Vell to the western lands in the spring.", "102", "life-date-aside"),
    ("The reign of Emperor Vell ((r. 141 – 87 BC)) saw 3,000 soldiers march west to the sea.", "3,000", "garbled-text"),
])
def test_asides_and_doubled_brackets(sentence, answer, rule):
    qs = [q for q in bank(sentence) if q["type"] in ("cloze", "multiple_choice") and q["answer"]["text"].startswith(answer)]
    assert qs and all(rule in q["quality_reasons"] for q in qs), [(q["answer"]["text"], q["quality_reasons"]) for q in qs]


def test_the_year_in_the_name_of_a_treaty_is_not_asked():
    qs = bank("The Vell–Orn Treaty of 1883 was signed in the capital of Vell by the two envoys of the kings.")
    assert not [q for q in qs if q["kind"] == "date" and q["type"] == "cloze"]


def test_a_list_items_label_before_the_sentence_is_refused():
    qs = bank("County (Gun) – There were eighty counties in Vell, each governed by a magistrate of the fourth rank.")
    counts = [q for q in qs if q["kind"] == "figure" and q["type"] == "cloze"]
    assert counts and all("fused-line" in q["quality_reasons"] for q in counts)


def test_a_famous_first_name_is_an_accepted_answer():
    qs = bank("French emperor Napoleon Bonaparte once saw the planet Vell in daylight at a reception in 1797.")
    person = [q for q in qs if q["kind"] == "person" and q["type"] == "cloze"]
    assert person and "Napoleon" in person[0]["answer"]["accept"]


def test_a_word_of_several_peoples_names_alone_names_no_one():
    body = ("The general Yi Songgye founded the kingdom of Vell in 1392. The scholar Yi Hwang taught in the capital. "
            "In 1398, Yi eliminated Chong Mongju, a leader loyal to the old dynasty, and took the throne.")
    qs = [q for q in bank(body) if q["kind"] == "date" and q["answer"]["text"] == "1398"]
    assert qs and all("shared-name" in q["quality_reasons"] for q in qs)


def test_a_large_round_figure_and_a_long_unit_are_accepted_short():
    forms = formats.figure_forms(30_000_000, "30,000,000 years", None)
    assert {"30 million", "30 million years"} <= set(forms)
    assert "4 billion kg" in formats.figure_forms(4_000_000_000, "4 billion kilograms", None)


def test_a_biographys_subject_owns_the_family_name_the_text_uses_alone():
    body = ("Pedro da Costa (c. 1460 – 24 December 1524) was a Portuguese navigator. His brother Paulo da Costa "
            "sailed with him. In 1498, da Costa reached the coast of Vell after a voyage of ten months.")
    qs = [q for q in bank(body, title="Pedro da Costa") if q["kind"] == "date" and q["answer"]["text"] == "1498"]
    assert qs and not any("shared-name" in q["quality_reasons"] for q in qs)


def test_too_and_later_that_point_at_what_came_before_are_dropped():
    def dropped(text: str) -> str:
        return context.apply(text, context.drop_also(text))[0]
    assert dropped("Joseph Hooker, too, proved unable to defeat the army.") == "Joseph Hooker proved unable to defeat the army."
    assert dropped("Smith was killed in 1864 too.") == "Smith was killed in 1864."
    assert dropped("Wietze later provided about 80% of the oil.") == "Wietze provided about 80% of the oil."
    assert dropped("The station later moved to Bristol.") == "The station moved to Bristol."
    # a time counted in the sentence, and "later" as an adjective, stay
    assert dropped("Two years later founded, the club grew.") == "Two years later founded, the club grew."
    assert dropped("His later years were spent in Paris.") == "His later years were spent in Paris."
    # "later" than a clause or a year of its own sentence: without it the sentence says something else
    text = "In 1878, Orn Vell isolated the acid of the cell, and later isolated its five bases."
    assert dropped(text) == text
    assert dropped("Orn Vell isolated the acid, and later isolated its five bases.") == \
        "Orn Vell isolated the acid, and later isolated its five bases."
    text = "More recently, in 2002, Alam studied samples."
    assert context.apply(text, context.connective(text))[0] == "In 2002, Alam studied samples."


def test_that_same_year_the_same_study_one_and_to_the_west_lean_on_the_sentence_before():
    subject = context.article_subject("Vell", "A country", None)
    for text in ("Ramanantsoa was appointed president that same year, but stepped down in 1975.",
                 "According to the same study by the Pew Research Center, about 34% are Protestant.",
                 "One, the Catalepton, consists of fourteen short poems.",
                 "To the west, by 1862 the Union destroyed the river navy."):
        assert context.leans_on_context(text, subject), text
    for text in ("In 1972 Ramanantsoa was appointed president, and that same year he stepped down.",
                 "Ola Brand wrote the same book as her mother in 1990.",
                 "The Union destroyed the river navy west of the Mississippi in 1862."):
        assert not context.leans_on_context(text, subject), text


def test_real_options_are_written_as_the_article_writes_them():
    body = ("The Vell Railway is a railway in Testland. The main line runs for 780 kilometres from Arden to Bree. "
            "A branch line runs for 1,200 kilometres from Bree to Cole. A second branch line runs for 1,500 "
            "kilometres from Cole to Dun. A fourth line runs for 640 kilometres from Esk to Fen.")
    choices = {q["answer"]["text"]: q["choices"] for q in bank(body, title="Vell Railway") if q["type"] == "multiple_choice"}
    assert "1,200 kilometres" in choices["780 kilometres"] and "1200 kilometres" not in choices["780 kilometres"]


def test_no_option_of_a_count_is_negative():
    body = "Vell is a country in Testland. In 2016, the population of Vell was estimated at 25 million, up from 2.2 million in 1900."
    for q in bank(body, title="Vell"):
        for choice in q.get("choices", []):
            assert not choice.startswith("-"), (q["prompt"], q["choices"])


def test_a_life_before_the_era_bounds_the_options_of_what_the_subject_did():
    body = ("Publius Vergilius Maro (15 October 70 BC – 21 September 19 BC), usually called Virgil, was an ancient "
            "Roman poet of the Augustan period. Sulla was dictator in 81 BC. Spartacus rebelled in 73 BC. Crassus "
            "crushed the revolt in 71 BC. After his studies, Virgil moved to Naples in 55 BC to study philosophy "
            "with Siro. Caesar was killed in 44 BC.")
    q = next(q for q in bank(body, title="Virgil") if q["type"] == "multiple_choice" and "Naples" in q["prompt"])
    # no year of his childhood (he was born in 70 BC), nor one before his birth
    assert all(int(c.split()[0]) <= 70 - 14 for c in q["choices"]), q["choices"]


def test_a_false_figure_is_no_hair_from_another_figure_of_the_article():
    names = ["Arden", "Bree", "Cole", "Dun", "Esk", "Fen", "Gale", "Holt", "Ide", "Jura", "Kell", "Lorn"]
    temps = [3900, 5800, 4600, 3700, 2400, 6100, 4100, 2900, 3300, 5200, 4800, 2600]
    body = "Vellium is a chemical element. " + " ".join(
        f"The {n} furnace of the Vellium works reaches a temperature of {t:,} K when it is fired."
        for n, t in zip(names, temps))
    false = [q for q in bank(body, title="Vellium") if q["type"] == "true_false" and q["answer"]["value"] is False]
    assert false
    for q in false:
        value = float(re.search(r"([\d,]+) K", q["prompt"]).group(1).replace(",", ""))
        # "5,800 K" for a furnace of 3,700 K, beside the one of 6,100 K, is false by a hair of another
        assert not any(0 < abs(value - t) <= 0.05 * t for t in temps), q["prompt"]


def test_a_span_still_running_when_the_article_was_written_is_time_bound():
    qs = bank("Vell is a city. Ola Brand has won the title twice and has been world number one for 16 consecutive "
              "months. Ola Brand was mayor for 12 years from 1980.", title="Vell")
    reasons = {q["answer"]["text"]: q["quality_reasons"] for q in qs if q["type"] == "cloze"}
    assert "time-bound" in reasons["16"] and "time-bound" not in reasons["12 years"]


def test_two_date_questions_on_one_year_and_one_named_thing_are_not_handed_out_together():
    qs = bank("Vell is a city. After the old opera house burned, Vell had no opera house until the opening of the "
              "new Vell Opera House in 1988. President Brand inaugurated the new Vell Opera House on 10 October 1988, "
              "with a gala.", title="Vell")
    chosen = [q for q in choose(qs, min_quality=0.0) if q["kind"] == "date"]
    assert len({q["source"]["sentence"] for q in chosen}) == 1, [q["prompt"] for q in chosen]


def test_such_and_in_the_article_point_at_text_the_student_does_not_see():
    subject = context.article_subject("Mutation", "", None)
    assert context.leans_on_context("A list of 48 such germline mutations is kept by the clinic.", subject)
    assert context.leans_on_context("A list of 48 mutations is given in the article on DNA repair.", subject)
    assert not context.leans_on_context("Diseases such as cholera killed 300 people in Vell in 1990.", subject)


def test_a_prompt_repaired_from_a_leaning_sentence_ranks_below_one_that_stands_as_written():
    qs = bank("Vell is a city in Testland. However, the harbour of Vell was closed in 1931. "
              "The harbour of Vell was reopened in 1950.", title="Vell")
    by_answer = {q["answer"]["text"]: q for q in qs if q["type"] == "cloze"}
    assert "repaired-prompt" in by_answer["1931"]["quality_reasons"]
    assert "repaired-prompt" not in by_answer["1950"]["quality_reasons"]
    assert by_answer["1931"]["quality"] < by_answer["1950"]["quality"]


def test_a_firm_or_a_magazine_named_after_someone_is_not_given_his_full_name():
    qs = bank("Charles Dickens was an English writer. Richard Bentley was a publisher in London in 1830. In 1836 "
              "Dickens wrote Oliver Twist while continuing work on Bentley's, writing 90 pages a month. Alexander "
              "Malcomson was a coal dealer in 1899. In 1902 Ford & Malcomson was founded to build cars.",
              title="Charles Dickens")
    prompts = [q["prompt"] for q in qs if q["type"] == "cloze"]
    assert not any("Richard Bentley's" in p or "Alexander Malcomson was founded" in p or "& Alexander" in p
                   for p in prompts), prompts


def test_a_false_statement_that_moves_the_date_of_a_state_is_refused_but_not_one_that_moves_an_event():
    qs = bank("Vell F.C. is a football club in Testland. On 29 May 2017, a single share in Vell F.C. had a mid price of £18,000. "
              "On 3 September 2016, the club gave £1m to its foundation. Vell F.C. won the cup on 12 May 2001. "
              "The club was founded on 1 March 1886. The stadium opened on 7 August 2006.", title="Vell F.C.")
    false = [q for q in qs if q["type"] == "true_false" and q["kind"] == "date" and q["answer"]["value"] is False]
    assert any("mid price" in q["prompt"] for q in false)
    for q in false:
        assert ("false-state-date" in q["quality_reasons"]) == ("mid price" in q["prompt"]), q["prompt"]


def test_a_back_link_or_two_sentences_run_together_are_converter_leftovers():
    for text in ("^ 'Deadline for submitting list of 23 players remains 15 May 2006'.",
                 "In 2015, the majority of the council was female.Federally, Vell is split in two."):
        q = next(q for q in bank("Vell is a city. " + text, title="Vell") if q["type"] == "cloze" and q["kind"] == "date")
        assert "garbled-text" in q["quality_reasons"], q["prompt"]


def test_a_work_dated_one_way_in_brackets_and_another_in_a_sentence_is_contradicted():
    qs = bank("Charles Dickens was an English writer. Oliver Twist, published in 1838, became one of his best known "
              "stories. His novels include Oliver Twist (1839) and A Christmas Carol (1843). A Christmas Carol was "
              "published in 1843 to acclaim.", title="Charles Dickens")
    reasons = {q["answer"]["text"]: q["quality_reasons"] for q in qs if q["type"] == "cloze" and q["kind"] == "date"}
    assert "contradicted" in reasons["1838"] and "contradicted" not in reasons["1843"]


def test_types_take_turns_only_among_questions_nearly_as_good():
    qs = [_q(i, "cloze", 0.9, answer=f"19{i:02d}") for i in range(6)] + \
         [_q(10 + i, "multiple_choice", 0.55, answer=f"18{i:02d}") for i in range(6)]
    out = choose(qs, 6)
    assert [q["type"] for q in out].count("multiple_choice") == 0
    # nearly as good: the types mix
    mixed = [_q(i, "cloze", 0.9, answer=f"19{i:02d}") for i in range(6)] + \
            [_q(10 + i, "multiple_choice", 0.85, answer=f"18{i:02d}") for i in range(6)]
    assert [q["type"] for q in choose(mixed, 6)].count("multiple_choice") == 3


def test_a_mononym_known_by_the_lead_names_the_subject_and_his_town_names_no_one():
    lead = ("Raffaello Sanzio da Vellino (Italian: [raffaˈɛllo ˈsantsjo]; March 28, 1483 – April 6, 1520), known as "
            "Raffo, was an Italian painter and architect of the High Renaissance.")
    body = lead + (" An alternative theory is that he received training from Timoteo Viti, who was court painter in "
                   "Vellino from 1495. Raffo was named architect of the new church in 1514.")
    qs = bank(body, title="Raffo", description='"' + lead + '"')
    subject = context.article_subject("Raffo", lead, "Raffaello Sanzio da Vellino")
    assert "painter" in subject.kinds and not {"raffa", "santsjo"} & subject.kinds  # (no words of the IPA)
    reasons = {q["answer"]["text"]: q["quality_reasons"] for q in qs if q["type"] == "cloze" and q["kind"] == "date"}
    assert "unnamed-pronoun" in reasons["1495"] and "unnamed-pronoun" not in reasons["1514"]


def test_the_days_of_the_event_the_first_sentence_gives_bound_a_day_s_options():
    body = ("The Vellian Revolution of 1956 was a nationwide revolt against the government of Vellia that lasted from "
            "23 October until 10 November 1956. The Warsaw Pact was signed on 14 May 1955. Students marched on 16 "
            "October 1956. Soviet tanks entered the capital of Vellia on 24 October 1956. Refugees arrived in Austria "
            "on 6 January 1957.")
    q = next(q for q in bank(body, title="Vellian Revolution of 1956")
             if q["type"] == "multiple_choice" and "tanks" in q["prompt"])
    assert not {"14 May 1955", "16 October 1956", "6 January 1957"} & set(q["choices"]), q["choices"]


def test_no_earthquake_magnitude_option_above_ten():
    body = ("An earthquake is the shaking of the surface of the Earth. The 1960 Vellian earthquake is the largest "
            "earthquake that has been measured on a seismograph, reaching 9.5 magnitude on 22 May 1960.")
    q = next(q for q in bank(body, title="Earthquake") if q["type"] == "multiple_choice" and q["kind"] == "figure")
    assert all(float(c) < 10 for c in q["choices"]), q["choices"]


def test_a_caption_with_no_verb_of_its_own_ranks_low():
    qs = bank("Oscar Vell was an Irish poet. Oscar Vell reclining with Poems, by Napoleon Sarony in New York in 1882. "
              "Oscar Vell married Constance Lloyd in 1884.", title="Oscar Vell")
    reasons = {q["answer"]["text"]: q["quality_reasons"] for q in qs if q["type"] == "cloze" and q["kind"] == "date"}
    assert {"no-finite-verb", "caption"} & set(reasons["1882"]) and "no-finite-verb" not in reasons["1884"]


def test_a_month_the_sentence_names_is_the_month_of_every_option():
    from quizgen.generate import Generator
    body = ("Oscar Vell was an Irish poet and playwright. Vell was arrested on 6 April 1895 and tried on 26 April "
            "1895. Vell was sentenced to two years of hard labour on 25 May 1895. Richard Haldane had him transferred "
            "in November to Reading Gaol on 23 November 1895. Vell was released from prison on 19 May 1897.")
    d = doc(body, title="Oscar Vell")
    g = Generator(d, extract_facts(d), Options())
    fact = next(f for f in g.by_kind["date"] if f.value == "1895-11-23")
    options, _, _ = g._date_distractors(fact, formats.date_style(fact.text), (fact.sentence.start, fact.span, fact.value))
    assert options and all(value[5:7] == "11" for value, _ in options), options


def test_the_name_after_an_initialism_ends_another_name_and_the_city_as_a_modifier_keeps_the():
    text = "In 2008 fans formed a splinter club, A.F.C. Liverpool, to play matches."
    assert context.full_names(text, {"liverpool": "Liverpool F.C."}) == []
    subject = context.article_subject("Addis Ababa", "capital city of Ethiopia", None)
    for text, named in (("The ring road was begun in 1998 to implement the city master plan.",
                         "The ring road was begun in 1998 to implement the Addis Ababa master plan."),
                        ("The city grew quickly in 1990.", "Addis Ababa grew quickly in 1990.")):
        edits, _ = context.referent(text, subject)
        assert context.apply(text, edits)[0] == named


def test_an_exact_figure_is_no_option_beside_a_round_key():
    body = ("The Vell War was fought in 1870. About 160,000 French soldiers were besieged in the fortress of Arden "
            "following the defeats on the frontier. The army of 90,192 French soldiers was interned in Bree. "
            "Some 104,000 French soldiers were taken prisoner at Cole.")
    q = next(q for q in bank(body, title="Vell War") if q["type"] == "multiple_choice" and "Arden" in q["prompt"])
    assert "90,192" not in q["choices"], q["choices"]


def test_accepted_answers_hold_no_junk_forms():
    billion = formats.figure_forms(1_492_000_000, "$1.492 billion")
    assert "1.492 billion" in billion and not any("1492000000." in f or f in ("1.5", "1.49") for f in billion), billion
    assert "225.3 million" in formats.figure_forms(225_300_000, "€225.3m")
    assert not any(f.endswith("millionm") for f in formats.figure_forms(225_300_000, "€225.3m"))
    assert formats.figure_forms(30, "30m")[:2] == ["30m", "30"]  # (a length's "m" is no scale)
    from quizgen.generate import _term_forms
    assert _term_forms("original home of mankind", "original home of mankind") == ["original home of mankind"]
    assert "allotrope" in _term_forms("allotropes", "allotropes")
    assert _term_forms("metastasis", "metastasis") == ["metastasis"]  # no "metastasiss"


def test_such_analyses_and_took_office_alone_lean_on_the_sentence_before():
    subject = context.article_subject("Earthquake", "", None)
    assert context.leans_on_context("By such analyses of seismograms the core was located in 1913 by Beno Gutenberg.", subject)
    assert context.leans_on_context("Mr. Diriba Kuma took office on 9 July 2013.", subject)
    assert not context.leans_on_context("Vell took office as mayor on 9 July 2013.", subject)
    assert not context.leans_on_context("Waves such as these were recorded in 1913 by Beno Gutenberg.", subject)


def test_wiki37_classes_captions_later_repeats_spans_from_now_and_list_examples():
    qs = bank("The Vell crisis was a confrontation in 1962. Adlai Stevenson shows aerial photos of missiles to the "
              "United Nations, October 25, 1962. Fifty years ago, the Vell crisis brought the world to the brink. "
              "Fred Lynn won both awards as a rookie, a feat not duplicated until Ichiro Suzuki did it in 2001. "
              "Fred Lynn joined the Vell Sox in 1975. "
              "The mountains rose about 66 million years ago. Vell signed the treaty on October 28, 1962.",
              title="Vell crisis")
    reasons = {(q["type"], q["answer"]["text"]): q["quality_reasons"] for q in qs}
    assert "caption" in reasons[("cloze", "October 25, 1962")]
    assert "caption" not in reasons[("cloze", "October 28, 1962")]
    assert "time-bound" in reasons[("cloze", "Fifty years")]
    assert "time-bound" not in reasons[("cloze", "66 million years")]
    assert "later-repeat" in reasons[("cloze", "2001")] and "later-repeat" not in reasons[("cloze", "1975")]
    subject = context.article_subject("Vell", "A city", None)
    for text in ("Manor houses include Goldney Hall, where the Grotto dates from 1739.",
                 "Alternative etymologies are supported by 47 forms in medieval documents.",
                 "The Boxers went on to murder Christians across 18 prefectures.",
                 "The journalist published the story, behind the warheads mentioned in the excerpt above, in 2012."):
        assert context.leans_on_context(text, subject), text
    assert not context.leans_on_context("In 1926 Alan Turing went on to Sherborne School in Dorset.", subject)
    assert not quality.has_finite_verb("Final Concorde flight on 26 November 2003, shortly before landing.")
    assert quality.has_finite_verb("Yearly precipitation barely exceeds 470 mm in Oranjestad.")
    assert not quality.has_finite_verb("Vell in natural color approaching equinox, photographed by Orn in July 2008.")
    assert quality.has_finite_verb("The moon of Vell, discovered in 1655, was photographed by Orn in July 2008.")


def test_a_batting_average_gets_options_near_its_kind():
    qs = bank("The Vell Sox are a baseball team. In 1957, Ted Vell hit .388 at the age of 38 for the Vell Sox.",
              title="Vell Sox")
    q = next(q for q in qs if q["type"] == "multiple_choice" and q["kind"] == "figure" and ".388" in q["choices"])
    assert all(0.3 <= float(c) <= 0.49 for c in q["choices"]), q["choices"]


def test_wiki38_classes_event_titles_take_the_plural_teams_and_captions_on_a_date():
    assert context.takes_the("Gulf War", "The Gulf War was fought in 1991. Gulf War syndrome followed.")
    assert not context.takes_the("Vell", "Vell is a city.")
    subject = context.article_subject("New York Vells", "American professional baseball team", None)
    text = "The team is owned by Vell Global Enterprises since 1973."
    assert context.apply(text, context.referent(text, subject)[0])[0].startswith("New York Vells are owned")
    paris = context.article_subject("Paris", "capital city of France", None)
    text = "The city is the capital since 1990."
    assert context.apply(text, context.referent(text, paris)[0])[0] == "Paris is the capital since 1990."
    qs = bank("The Vell War was fought in 1991. M270 rocket systems attack Iraqi positions during the war, "
              "July 1990. In 2013, there were 280,000 Jordanian citizens in Vell. The army crossed the river "
              "in June 1991.", title="Vell War")
    reasons = {q["answer"]["text"]: q["quality_reasons"] for q in qs if q["type"] == "cloze" and q["kind"] == "date"}
    assert "caption" in reasons["July 1990"] and "caption" not in reasons["June 1991"]
    assert "statistic-year" in reasons["2013"]


def test_another_day_of_the_article_months_away_is_no_option():
    from quizgen.generate import Generator, _iso_days
    body = ("Hurricane Vell was a hurricane in 2005.\n\n## History\n\nHurricane Vell formed over the Bahamas on "
            "August 23, 2005. The storm reached Florida on August 25, 2005. The governor asked for aid on August 31, "
            "2005. Troops arrived on September 2, 2005. The city was emptied on September 6, 2005.\n\n## Impact\n\n"
            "The levees broke on August 29, 2005. A report on the levees came out on February 7, 2006. A second "
            "report came out on April 5, 2006. A memorial opened on August 29, 2008.")
    d = doc(body, title="Hurricane Vell")
    g = Generator(d, extract_facts(d), Options())
    fact = next(f for f in g.by_kind["date"] if f.value == "2005-08-29")
    options, _, _ = g._date_distractors(fact, formats.date_style(fact.text), (fact.sentence.start, fact.span, fact.value))
    # a story told day by day: options within weeks of the key, real or made up, not the reports of 2006
    assert options and all(abs(_iso_days(v) - _iso_days("2005-08-29")) <= 80 for v, _ in options), options


def test_a_year_on_the_wrong_side_of_the_war_its_sentence_names_is_refused():
    qs = bank("Vellosynthesis is a process of plants. After WWII at late 1940 at the University of Vell, the cycle was "
              "found. After World War II, in 1947, the Vell laboratory opened. During the First World War, in 1916, "
              "the Vell institute closed.", title="Vellosynthesis")
    reasons = {q["answer"]["text"]: q["quality_reasons"] for q in qs if q["type"] == "cloze" and q["kind"] == "date"}
    assert "contradicts-anchor" in reasons["1940"]
    assert "contradicts-anchor" not in reasons["1947"] and "contradicts-anchor" not in reasons["1916"]


def test_wiki39_classes_centennial_after_the_blank_round_of_sixteen_and_years_before_the_earth():
    qs = bank("The Vell Revolution, also called the Revolution of 1688, was an overthrow. After being revisited by "
              "historians in 1988—the third centennial of the event—researchers argued it was an invasion.",
              title="Vell Revolution")
    q = next(q for q in qs if q["type"] == "cloze" and q["answer"]["text"] == "1988")
    assert "anniversary-year" in q["quality_reasons"]
    from quizgen.extract import figures
    assert all(f.text != "16" for f in figures.extract(doc("Vell beat Napoli 6–2 in the round of 16 in 2017."), [], []))
    qs = bank("Oxygen is a chemical element. Free oxygen gas was almost nonexistent in Earth's atmosphere before "
              "bacteria evolved, probably about 3.5 billion years ago.", title="Oxygen")
    for q in qs:
        if q["type"] == "multiple_choice" and q["kind"] == "figure":
            assert all(float(c.split()[0]) <= 4.6 for c in q["choices"]), q["choices"]


def test_a_span_of_three_and_a_half_years_accepts_three_point_five_years():
    qs = bank("Vell was a kingdom. King Orn reigned seven years, followed by Achila, who reigned three and a half "
              "years.", title="Vell")
    q = next(q for q in qs if q["type"] == "cloze" and q["answer"]["text"] == "three and a half years")
    assert "3.5 years" in q["answer"]["accept"] and not any("and a half" in f and f[0].isdigit() for f in q["answer"]["accept"])


def test_a_conversion_below_zero_after_the_blank_is_dropped_too():
    qs = bank("Neptune is the eighth and farthest known planet from the Sun. Because of its great distance from the "
              "Sun, the outer atmosphere of Neptune is one of the coldest places in the Solar System, with "
              "temperatures at its cloud tops approaching 55 K (−218 °C).", title="Neptune")
    assert any(q["kind"] == "figure" and q["type"] == "cloze" for q in qs)
    for q in qs:
        if q["kind"] == "figure" and q["type"] in ("cloze", "true_false"):
            assert "−218" not in q["prompt"], q["prompt"]


def test_one_year_and_one_name_with_of_in_it_are_one_fact():
    qs = bank("Vell is a city. The Book of Kells is an illustrated manuscript created by Irish monks circa 800 AD. "
              "The Book of Kells, a world-famous manuscript produced by Celtic monks in AD 800, is on display in "
              "Vell College.", title="Vell")
    chosen = [q for q in choose(qs, min_quality=0.0) if q["kind"] == "date"]
    assert len({q["source"]["sentence"] for q in chosen}) == 1, [q["prompt"] for q in chosen]


def test_years_that_do_not_count_the_span_give_nothing_away():
    qs = bank("Orn Quell, who was club captain from 1899 to 1909, was overtaken by Vell Ansen, who served "
              "12 seasons as captain of Vell City from the 2003–04 season.")
    seasons = [q for q in qs if q["type"] == "cloze" and q["answer"]["text"].startswith("12")]
    assert seasons and all("computable-span" not in q["quality_reasons"] for q in seasons)


def test_a_prompt_that_names_the_subject_ranks_above_one_that_does_not():
    qs = bank("Vell was founded in 1201 by traders from the coast. Peace ensued in 1244 after the long war.",
              title="Vell")
    reasons = {q["answer"]["text"]: q["quality_reasons"] for q in qs if q["type"] == "cloze" and q["kind"] == "date"}
    assert "subject-unnamed" not in reasons["1201"] and "subject-unnamed" in reasons["1244"], reasons


def test_a_year_that_another_sentence_gives_the_same_event_is_no_option():
    body = ("Vellosis is a disease of the hills.\n\n"
            "Ornaldo Quellman discovered in 1798 that vaccination could prevent Vellosis.\n\n"
            "The physician Ornaldo Quellman demonstrated the effectiveness of cowpox to protect humans from Vellosis in 1796. "
            "In Testland in 1796, the first child to receive this treatment was named Vaccinov.\n\n"
            "The hospital of Hask opened in 1790. A new wing followed in 1801, and the school in 1805. "
            "The first journal appeared in 1794.")
    for seed in range(5):
        qs = process_document(doc(body, title="Vellosis"), Options(seed=seed)).questions
        mc = [q for q in qs if q["type"] == "multiple_choice" and q["answer"]["text"] == "1798"]
        assert mc and all("1796" not in q["choices"] for q in mc), [q["choices"] for q in mc]


def test_date_options_stay_within_the_years_of_the_people_the_sentence_names():
    body = ("Vell City is a football club of Hask.\n\n"
            "The club was founded in 1900. It won the cup in 1921, 1935 and 1950. The stadium opened in 1962, "
            "and the museum in 1975.\n\n"
            "The board hired the manager John Quellman in 2005. Under John Quellman the team won the league in "
            "2007. John Quellman signed three strikers in 2012. John Quellman was fired by the owners of Vell City "
            "after a poor season in 2011.\n\n"
            "A new stand was built in 1990 and the club was sold in 2001.")
    for seed in range(4):
        qs = process_document(doc(body, title="Vell City"), Options(seed=seed)).questions
        mc = [q for q in qs if q["type"] == "multiple_choice" and q["answer"]["text"] == "2011"]
        assert mc and all(2004 <= int(c) <= 2013 for q in mc for c in q["choices"]), [q["choices"] for q in mc]


def test_a_deed_of_a_world_war_gets_options_and_false_dates_of_that_war():
    body = ("Vell is a city of Hask.\n\n"
            "Vell was founded in 1120. The university opened in 1365 and the cathedral in 1433. The city walls fell "
            "in 1858, the opera opened in 1869, and the tower was built in 1900. A new bridge opened in 1937. "
            "The city hosted the games in 1950, the fair in 1958 and the summit in 1961.\n\n"
            "On 2 April 1945, the Soviets launched the Vell Offensive against the Germans holding Vell and besieged "
            "it.")
    for seed in range(4):
        qs = process_document(doc(body, title="Vell"), Options(seed=seed)).questions
        mc = [q for q in qs if q["type"] == "multiple_choice" and q["answer"]["text"] == "2 April 1945"]
        tf = [q for q in qs if q["type"] == "true_false" and "Offensive" in q["prompt"]]
        assert mc and all(1939 <= int(c[-4:]) <= 1945 for q in mc for c in q["choices"]), [q["choices"] for q in mc]
        assert all(re.search(r"19(39|4[0-5])", q["prompt"]) for q in tf), [q["prompt"] for q in tf]


def test_a_pronoun_of_the_other_sex_is_not_the_subjects():
    import dataclasses
    her = dataclasses.replace(context.article_subject("Mara Quell", "Empress of Vell", "Mara Quell"), gender="f")
    assert context.leans_on_context("When she became empress in 1762 Mara Quell tightened the conditions of his "
                                    "incarceration.", her)
    assert not context.leans_on_context("When she became empress in 1762 Mara Quell moved her court to Orn.", her)
    assert not context.leans_on_context("In 1762 Mara Quell met Ivo Brandt and tightened the conditions of his "
                                        "incarceration.", her)


def test_options_of_a_part_stay_under_its_whole_and_a_whole_over_its_part():
    body = ("Vell City is a football club of Hask.\n\n"
            "Swedish forward Orn Quellman scored 38 goals in the 1950–51 season, 35 of which were in the league, "
            "setting a record. Paolo Vellini made a record 902 appearances for Vell City, including 647 in the "
            "league. The 1972 campaign of John Hask lost 49 of 50 states to the president. The club has 61 "
            "trophies and 25 titles. It sold 120 shirts and 300 scarves, and 14 coaches served it, with 88 "
            "players and 21 captains.")
    seen = set()
    for seed in range(4):
        qs = process_document(doc(body, title="Vell City"), Options(seed=seed)).questions
        mc = {q["answer"]["text"]: [float(c.replace(",", "")) for c in q["choices"]] for q in qs
              if q["type"] == "multiple_choice" and q["kind"] == "figure"}
        seen |= set(mc)
        assert all(c >= 35 for c in mc.get("38", ())) and all(c <= 902 for c in mc.get("647", ())) \
            and all(c <= 50 for c in mc.get("49", ())), mc
    assert {"38", "647", "49"} <= seen, seen


def test_an_angle_in_degrees_and_minutes_is_a_conversion_left_out():
    qs = bank("Because the orbit of Vell is inclined by about 5.145° (5° 9') to the orbit of Orn, eclipses are rare.")
    assert qs and all("5° 9" not in q["prompt"] for q in qs if q["kind"] == "figure")


def test_a_birthday_gets_options_of_its_year():
    body = ("Mara Quell was a queen of Vell. She was born in 1819 and died in 1901.\n\n"
            "Mara Quell was crowned on 28 June 1838 and married on 10 February 1840. Her uncle died on 20 June 1837. "
            "Mara Quell turned 18 on 24 May 1837, and a regency was avoided. The palace was rebuilt on 4 March 1845.")
    for seed in range(4):
        qs = process_document(doc(body, title="Mara Quell"), Options(seed=seed)).questions
        mc = [q for q in qs if q["type"] == "multiple_choice" and q["answer"]["text"] == "24 May 1837"]
        assert mc and all(c.endswith("1837") for q in mc for c in q["choices"]), [q["choices"] for q in mc]


def test_an_event_of_every_fourth_year_gets_options_of_its_cycle():
    body = ("Vell is a country of Hask.\n\n"
            "Vell was founded in 1951 and joined the league in 1955. Its king died in 1957, and a new capital was "
            "chosen in 1962. The war began in 1965 and ended in 1973. A treaty followed in 1975.\n\n"
            "The war was a major political issue during the United States presidential election in 1968.")
    for seed in range(4):
        qs = process_document(doc(body, title="Vell"), Options(seed=seed)).questions
        mc = [q for q in qs if q["type"] == "multiple_choice" and q["answer"]["text"] == "1968"]
        assert mc and all((int(c) - 1968) % 4 == 0 for q in mc for c in q["choices"]), [q["choices"] for q in mc]


def test_accepted_answers_hold_no_rounding_that_changes_the_figure_nor_an_iso_year_before_the_era():
    from quizgen import formats
    assert formats.figure_forms(0.021, "0.021%") == ["0.021%", "0.021"]
    assert "23.44°" in formats.figure_forms(23.439281, "23.439281°")
    assert "-0079" not in formats.date_forms("-0079", "around 80 BC")
    assert "80 BC" in formats.date_forms("-0079", "around 80 BC")


def test_a_caption_of_people_greeting_on_a_date_is_a_caption():
    qs = bank("President Vell Orn and Secretary John Hask greet President Ivo Brandt of Testland in Washington, "
              "8 May 1957.")
    assert qs and all("caption" in q["quality_reasons"] for q in qs if q["kind"] == "date")


def test_a_false_statement_never_moves_one_end_of_a_span():
    qs = bank("Though no record exists, Orn Quell and Mara Vell are described as having married secretly between "
              "23 Oct and 1 Dec 1707 in Hask.")
    tf = [q for q in qs if q["type"] == "true_false"]
    assert tf and all("half-range" in q["quality_reasons"] for q in tf)


def test_what_the_subject_became_is_not_renamed_and_openers_that_lean_are_dropped():
    city = context.article_subject("Vell", "Vell is the capital city of Orn", None)
    text = "In 1993, after the split of Haskovia, Vell became the capital city of the new Orn Republic."
    assert context.apply(text, context.referent(text, city)[0])[0] == text
    for text, out in [("After three months, in March 1898, Orn and Hask negotiated a convention.",
                       "In March 1898, Orn and Hask negotiated a convention."),
                      ("Though, with the aid of howitzers, the army of Orn took the bastion in December 1904.",
                       "With the aid of howitzers, the army of Orn took the bastion in December 1904.")]:
        assert context.apply(text, context.relative_time(text) + context.connective(text))[0] == out


def test_two_choices_whose_keys_are_each_others_wrong_options_are_not_handed_out_together():
    def mc(i, key, options, sentence):
        return {"id": f"q{i}", "type": "multiple_choice", "kind": "date", "prompt": sentence.replace(key, "____"),
                "choices": options, "answer": {"text": key, "value": key, "accept": [key]}, "quality": 0.9,
                "quality_reasons": [], "source": {"document": "x", "sentence": sentence, "span": [i, i + 4]}}
    a = mc(1, "1766", ["1760", "1762", "1766", "1767"], "The New Town of Vell was planned in 1766.")
    b = mc(2, "1767", ["1760", "1762", "1766", "1767"], "The first stone of the North Bridge was laid in 1767.")
    c = mc(3, "1801", ["1795", "1801", "1803", "1810"], "The Vell canal was opened in 1801.")
    got = [q["id"] for q in choose([a, b, c], 3)]
    assert "q3" in got and len({"q1", "q2"} & set(got)) == 1, got


def test_a_club_named_by_its_short_name_keeps_the_club_and_the_club_including_names_it_without_the():
    club = context.article_subject("Vell Rovers F.C.", "Vell Rovers Football Club is a football club", None)
    text = "Vell Rovers were one of the teams of the league in 1888 with one of the club's directors, Ivo Brandt."
    assert context.apply(text, context.referent(text, club)[0])[0] == text
    text = "Sweeping changes occurred throughout the club including a new badge in 2007."
    assert context.apply(text, context.referent(text, club)[0])[0] == \
        "Sweeping changes occurred throughout Vell Rovers F.C. including a new badge in 2007."


def test_a_word_of_the_title_or_a_realm_is_no_name_shared_by_people():
    body = ("Vell is the capital of Orn.\n\n"
            "Prince Philip, Duke of Vell, and Anne, Duchess of Vell, lived there; the writer John Vell and the "
            "painter Mary Vell were born there. James VI of Orn and Charles I of Orn both ruled from it.\n\n"
            "Vell was encircled by a green belt, designated in 1957, which stretches to the hills.")
    qs = process_document(doc(body, title="Vell"), Options()).questions
    belt = [q for q in qs if "green belt" in q["prompt"] and q["kind"] == "date"]
    assert belt and all("shared-name" not in q["quality_reasons"] for q in belt), [q["quality_reasons"] for q in belt]


def test_the_subjects_given_name_alone_is_not_written_out_where_a_namesake_has_it():
    body = ("Ivo Brandt (12 May 1770 – 26 March 1827) was a composer from Vell.\n\n"
            "Brandt was the grandson of Ivo Brandt (1712–1773), a singer from Orn. Ivo was employed as a bass "
            "singer at the court of Vell, rising in 1761 to become director of music.\n\n"
            "He studied in Orn, where he met his teacher; he was soon known for his playing.\n\n"
            "In the spring of 1802 he completed the Second Symphony, which was performed in Vell.")
    qs = bank(body, title="Ivo Brandt")
    court = [q for q in qs if "bass singer" in q["prompt"]]
    assert court and all("Ivo Brandt was employed" not in q["prompt"] for q in court), [q["prompt"] for q in court]
    spring = [q for q in qs if "Second Symphony" in q["prompt"] and q["type"] == "cloze"]
    assert spring and "Ivo Brandt completed" in spring[0]["prompt"], [q["prompt"] for q in spring]


def test_a_total_the_lead_and_the_body_give_two_ways_is_no_key():
    body = ("The Vell War was fought in 1967 between Orn and Hask. About 100,000 Haskians left the valley "
            "to become refugees.\n\n## Aftermath\n\nIn the valley, an estimated 80,000 Haskians fled. "
            "The army of Orn built 45 new forts along the border in 1968.")
    qs = bank(body, title="Vell War")
    fled = [q for q in qs if "Haskians" in q["prompt"] and q["kind"] == "figure"]
    assert fled and all("disputed-figure" in q["quality_reasons"] for q in fled), [q["quality_reasons"] for q in fled]
    forts = [q for q in qs if "forts" in q["prompt"] and q["kind"] == "figure"]
    assert forts and all("disputed-figure" not in q["quality_reasons"] for q in forts)


def test_a_pair_of_family_names_is_named_alike():
    body = ("Vell is a molecule found in cells.\n\n## History\n\n"
            "The chemist James Orn studied the molecule at Hask University, and the physicist Mary Keller "
            "worked with him there.\n\n"
            "In 1953, Orn and Brandt suggested the first correct model of the molecule in the journal Nature. "
            "In 1962, Orn received the Nobel Prize in Chemistry.")
    qs = bank(body, title="Vell")
    model = [q for q in qs if "correct model" in q["prompt"] and q["type"] == "cloze" and q["kind"] == "date"]
    assert model and ", Orn and Brandt suggested" in model[0]["prompt"], [q["prompt"] for q in model]
    prize = [q for q in qs if "Nobel" in q["prompt"] and q["type"] == "cloze" and q["kind"] == "date"]
    assert prize and "James Orn received" in prize[0]["prompt"], [q["prompt"] for q in prize]


def test_a_caption_label_repeating_the_heading_is_left_out():
    text = "Battles in Vell Karelia, north of Lake Orn: The attack of the 8th Army was halted on 12 December 1939."
    out = context.apply(text, context.run_in_heading(text, 0, "Battles in Vell Karelia"))[0]
    assert out == "The attack of the 8th Army was halted on 12 December 1939.", out
    assert context.run_in_heading(text, 0, "Aftermath") == []
    assert context.run_in_heading("Battles in Vell. Karelia: The attack failed badly there.", 0, "Battles in Vell") == []


def test_a_figure_within_one_percent_of_the_key_printed_beside_it_gives_the_key_away():
    body = ("The Vell War was fought in 1940 between Orn and Hask.\n\n"
            "In 1990, the historian Ivo Brandt claimed 53,522 dead and the historian Mary Keller 53,500 dead. "
            "The army of Orn lost 4,200 men at the river and 9,800 men in the forest.")
    qs = bank(body, title="Vell War")
    close = [q for q in qs if "Keller" in q["prompt"] and q["kind"] == "figure" and "53,500" in q["prompt"]
             and q["type"] != "true_false"]
    assert close and all("key-printed" in q["quality_reasons"] for q in close), [q["quality_reasons"] for q in close]
    far = [q for q in qs if "forest" in q["prompt"] and q["kind"] == "figure" and q["type"] != "true_false"]
    assert far and all("key-printed" not in q["quality_reasons"] for q in far)


def test_him_after_the_one_who_opens_the_clause_is_the_biographys_subject():
    ivo = context.article_subject("Ivo Brandt", "Ivo Brandt was a composer", "Ivo Brandt", "he " * 10)
    ivo = context.Subject(ivo.title, ivo.kinds, ivo.person, "m")
    for text, out in [("Christian Orn taught him composition in 1781.", "Christian Orn taught Ivo Brandt composition in 1781."),
                      ("In 1792 Napoleon sent him to Egypt.", "In 1792 Napoleon sent Ivo Brandt to Egypt."),
                      ("Brandt taught him composition in 1801.", None),  # the subject taught someone else
                      ("Orn met Haydn and taught him in 1790.", None)]:  # Haydn, maybe
        assert context.apply(text, context.pronoun(text, ivo))[0] == (out or text)


def test_openers_that_point_back_lean_on_the_sentence_before():
    vell = context.article_subject("Vell", "Vell is a football club", None)
    for text in ["Again the club's league position continued to fluctuate in 2006.",
                 "Further contributing to the legend of Orn was the sniper Ivo Brandt, credited with 250 kills.",
                 "With Brandt still on board, in 2014 the club scored just 12 goals in 38 league games.",
                 "Throughout the last four days, the aircraft flew 150 sorties against the units in Orn."]:
        assert context.leans_on_context(text, vell), text
    for text in ["During the first two years of the war, the aircraft flew 150 sorties.",
                 "In 2006 the club's league position fell again to 16th."]:
        assert not context.leans_on_context(text, vell), text


def test_losses_with_no_battle_place_or_time_are_ranked_down():
    body = ("The Vell War was fought between Orn and Hask from 1939 to 1940.\n\n## Fighting\n\n"
            "The Haskians took heavy casualties, while the Orners lost 40 dead and 140 wounded. "
            "At the Battle of Kollaa the Orners lost 400 men and 90 guns. "
            "About 9,000 residents of Vell are estimated to have been killed in air raids.")
    qs = bank(body, title="Vell War")
    def reasons(word):
        got = [q for q in qs if word in q["prompt"] and q["kind"] == "figure"]
        assert got, word
        return ["unplaced-losses" in q["quality_reasons"] for q in got]
    assert all(reasons("dead and"))
    assert not any(reasons("Kollaa") + reasons("air raids"))


def test_a_table_the_text_points_at_and_a_similar_event_lean_on_what_is_not_shown():
    vell = context.article_subject("Vell", "Vell is a football club", None)
    for text in ["Below is a list of Vell coaches from 1900 until the present day.",
                 "In a similar attack in 1842, Ivo Brandt fired a pistol at the carriage."]:
        assert context.leans_on_context(text, vell), text
    assert not context.leans_on_context("In the 1990s the club below the castle grew to 4,000 members.", vell)


def test_an_age_given_in_words_checks_the_year_beside_it():
    body = ("Ivo Brandt (24 May 1819 – 22 January 1901) was a painter from Vell.\n\n## Life\n\n"
            "Brandt's father died in January 1820, when Brandt was less than a year old. "
            "In 1838 Brandt moved to Orn to study painting at the academy.")
    qs = bank(body, title="Ivo Brandt")
    father = [q for q in qs if "father died" in q["prompt"] and q["kind"] == "date"]
    assert father and all("year-from-age" in q["quality_reasons"] for q in father), \
        [(q["type"], q["quality_reasons"]) for q in father]
    moved = [q for q in qs if "moved to Orn" in q["prompt"] and q["kind"] == "date"]
    assert moved and not any("year-from-age" in q["quality_reasons"] for q in moved)


def test_figure_options_keep_the_keys_side_of_the_sentences_other_figures():
    body = ("Vell is a city in Orn.\n\n## Economy\n\n"
            "The share of residents of Vell with vocational qualifications fell from 62.1% in 1991 to 52.4% in 2011. "
            "Ivo Brandt is the club's top goalscorer, with 211 goals, passing the record of 202 set by Juan Orn.")
    for seed in range(4):
        qs = process_document(doc(body, title="Vell"), Options(seed=seed)).questions
        mc = {q["answer"]["text"] if isinstance(q["answer"], dict) else q["answer"]: q for q in qs
              if q["type"] == "multiple_choice" and q["kind"] == "figure"}
        for key, bound in (("52.4%", 62.1), ("211", 202)):
            if key in mc:
                values = [float(c.rstrip("%").replace(",", "")) for c in mc[key]["choices"]]
                assert all((x > bound) == (float(key.rstrip("%")) > bound) for x in values), mc[key]["choices"]


def test_his_death_in_a_year_not_the_subjects_is_someone_elses():
    body = ("Ivo Brandt (6 March 1475 – 18 February 1564) was a sculptor from Vell.\n\n## Life\n\n"
            "He studied in Orn, where he met his teacher; he was soon known for his carving. "
            "Shortly before his death in 1534 Pope Clement VII commissioned Brandt to paint a fresco. "
            "The dispute was resolved on his death in 1529, which was followed by uncertainty. "
            "Shortly before his death in 1564 he finished the dome.")
    qs = bank(body, title="Ivo Brandt")
    wrong = [q["prompt"] for q in qs if ("1534" in q["prompt"] or "1529" in q["prompt"] or "____" in q["prompt"])
             and "Ivo Brandt’s death" in q["prompt"] and ("fresco" in q["prompt"] or "dispute" in q["prompt"])]
    assert not wrong, wrong
    dome = [q["prompt"] for q in qs if "dome" in q["prompt"] and q["type"] == "cloze"]
    assert dome and "Ivo Brandt’s death" in dome[0], dome


def test_a_mononymous_subject_is_named_by_the_title_not_the_full_birth_name():
    angelo = context.Subject("Vellangelo", frozenset(), "Vellangelo di Orn Buonarroti", "m")
    text = "When he was seventeen, another pupil, Ivo Brandt, struck him on the nose."
    assert context.apply(text, context.pronoun(text, angelo))[0].startswith("When Vellangelo was seventeen")
    raffa = context.Subject("Raffo", frozenset(), "Raffaello Sanzio", "m")  # a title not among the names
    assert "Raffaello Sanzio was" in context.apply(text, context.pronoun(text, raffa))[0]


def test_a_sentence_under_a_country_heading_that_never_names_it_leans_on_the_heading():
    body = ("The Vell War was fought from 1899 to 1902 between Orn and Hask.\n\n## Imperial involvement\n\n"
            "### Canada\n\nEventually, 270 soldiers died in the course of the Vell War. "
            "Over 8,000 Canadian volunteers sailed to Orn in 1900.")
    qs = bank(body, title="Vell War")
    died = [q for q in qs if "270" in q["prompt"] or ("soldiers died" in q["prompt"] and q["kind"] == "figure")]
    assert died and all("unresolved-reference" in q["quality_reasons"] for q in died), [q["quality_reasons"] for q in died]
    sailed = [q for q in qs if "volunteers" in q["prompt"]]
    assert sailed and all("unresolved-reference" not in q["quality_reasons"] for q in sailed)


def test_the_same_deed_at_the_same_place_in_several_years_has_no_one_key():
    body = ("Ivo Brandt (6 March 1475 – 18 February 1564) was a sculptor from Vell.\n\n## Life\n\n"
            "After the death of his patron in 1492, Brandt returned to Orn and lived in his father's house. "
            "In late 1494 Brandt returned to Orn but received no commissions. "
            "Brandt returned to Orn in 1499. Brandt moved to Hask in 1505 to carve a tomb.")
    qs = bank(body, title="Ivo Brandt")
    orn = [q for q in qs if q["kind"] == "date" and "returned to Orn in" in q["prompt"]]
    assert orn and all("repeated-event" in q["quality_reasons"] for q in orn), [q["quality_reasons"] for q in orn]
    hask = [q for q in qs if q["kind"] == "date" and "Hask" in q["prompt"]]
    assert hask and all("repeated-event" not in q["quality_reasons"] for q in hask)


def test_a_crowds_options_stay_under_the_grounds_capacity():
    body = ("Vell United is a football club in Orn.\n\n## Stadium\n\n"
            "Double tiers were added in 2000 to bring the ground up to its current capacity of 52,420.\n\n"
            "## Support\n\nAt the end of the 2011–12 season, Vell United held the third-highest average attendance "
            "in the league, at 49,935.")
    for seed in range(4):
        qs = process_document(doc(body, title="Vell United"), Options(seed=seed)).questions
        crowd = [q for q in qs if q["type"] == "multiple_choice" and "attendance" in q["prompt"]]
        for q in crowd:
            assert all(float(c.replace(",", "")) <= 52420 for c in q["choices"]), q["choices"]


def test_a_conversion_after_or_or_with_a_scale_word_gives_the_key_away():
    body = ("Vell is a gas.\n\n## Uses\n\n"
            "At high pressures (more than about 20 atm or two MPa), a mixture of vell and oxygen harms divers. "
            "In 1995, a new plant in Orn, producing 17 million cubic metres (600 million cubic feet) a year, "
            "began operation. The divers worked for 3 or 4 hours at a time in 1990.")
    qs = bank(body, title="Vell")
    atm = [q for q in qs if "MPa" in q["prompt"] and q["kind"] == "figure" and q["type"] != "true_false"
           and "20" not in q["prompt"]]
    assert atm and all("conversion-blank" in q["quality_reasons"] for q in atm), [q["quality_reasons"] for q in atm]
    plant = [q for q in qs if "plant in Orn" in q["prompt"] and q["kind"] == "figure" and q["type"] == "cloze"]
    assert plant and all("600 million cubic feet" not in q["prompt"] for q in plant), [q["prompt"] for q in plant]


def test_a_caption_whose_only_verb_is_a_participle_has_no_finite_verb():
    for text in ["The most famous Vell bridge, the Chain Bridge, the icon of the city's development, built in 1849.",
                 "Detail of an illumination in the Vell Psalter thought to depict Ivo mourning his mother (1503)."]:
        assert not quality.has_finite_verb(text), text
    for text in ["The bridge, designed by Ivo Orn, was built in 1849.", "He thought to escape in 1850.",
                 "The castle, built in 1200, fell in 1526.", "They built a bridge in 1849."]:
        assert quality.has_finite_verb(text), text


def test_a_biographys_subject_is_no_antecedent_of_its():
    angelo = context.Subject("Vellangelo", frozenset(), "Vellangelo di Orn", "m")
    assert context.leans_on_context("Vellangelo was 24 at the time of its completion.", angelo)
    assert not context.leans_on_context("Vellangelo finished the Hask Pietà in 1499; its polish is famous.", angelo)


def test_a_share_led_sentence_that_never_names_the_place_is_unplaced():
    assert context.unplaced_statistic("The proportion of Jews peaked in 1900 with 23.6%.", "Vell")
    assert not context.unplaced_statistic("The proportion of Jews in Vell peaked in 1900 with 23.6%.", "Vell")


def test_a_lone_family_name_two_people_of_the_article_bear_leans_on_the_sentence_before():
    body = ("Vell United is a football club in Orn.\n\n## History\n\n"
            "Harvey left the club in 1975, with Gordon Lee brought in to replace him. "
            "Lee left for Hask in 1977, and was replaced by Richard Dinnis. "
            "In 1992 the manager brought in Rob Lee, Paul Bracewell and Barry Venison.")
    qs = bank(body, title="Vell United")
    lee = [q for q in qs if q["prompt"].startswith("Lee left") and q["kind"] == "date"]
    assert lee and all("unresolved-reference" in q["quality_reasons"] for q in lee), [q["quality_reasons"] for q in lee]


def test_an_estimated_count_the_lead_and_the_body_give_two_ways_is_no_key():
    body = ("Vell is the capital of Orn. Vell has around 80 geothermal springs and two large lakes.\n\n"
            "## Geography\n\nSome 125 springs produce 70 million litres of thermal water a day. "
            "The city has 23 districts and 40 bridges.")
    qs = bank(body, title="Vell")
    springs = [q for q in qs if "springs" in q["prompt"] and q["kind"] == "figure" and q["type"] != "true_false"
               and ("80" not in q["prompt"] and "125" not in q["prompt"])]
    assert springs and all("disputed-figure" in q["quality_reasons"] for q in springs), \
        [(q["prompt"][:50], q["quality_reasons"]) for q in springs]
    districts = [q for q in qs if "districts" in q["prompt"] and q["kind"] == "figure"]
    assert all("disputed-figure" not in q["quality_reasons"] for q in districts)


def test_a_share_just_short_of_the_whole_is_not_accepted_as_the_whole():
    assert formats.figure_forms(99.995, "99.995%") == ["99.995%", "99.995"]
    assert "23.44" in formats.figure_forms(23.439281, "23.439281°")


def test_a_name_ending_in_a_period_at_the_sentences_end_keeps_one_period():
    club = context.article_subject("Vell Rovers F.C.", "Vell Rovers Football Club is a football club", None)
    text = "In 2012 the fans bought the club."
    out = context.apply(text, context.referent(text, club)[0])[0]
    assert not out.endswith(".."), out


def test_a_club_named_for_the_team_before_a_past_verb_takes_no_the():
    club = context.article_subject("Vell Rovers F.C.", "Vell Rovers Football Club is a football club", None)
    text = "The team wore a special crest on 5 May 2012 in a home league match."
    assert context.apply(text, context.referent(text, club)[0])[0].startswith("Vell Rovers F.C. wore")


def test_a_false_number_moved_under_its_bound_is_no_false_statement():
    body = ("Vellium is a metal.\n\n## Isotopes\n\n"
            "The most common decay mode of a radioisotope of vellium with a mass number lower than 66 is electron "
            "capture. The metal melts at more than 420 degrees in a furnace.")
    seen = 0
    for seed in range(8):
        for q in process_document(doc(body, title="Vellium"), Options(seed=seed)).questions:
            if q["type"] != "true_false" or q["kind"] != "figure" or q["answer"]["value"] is True:
                continue
            m = re.search(r"lower than (\d+)|more than (\d+)", q["prompt"])
            if not m:
                continue
            seen += 1
            moved_inside = (m.group(1) and int(m.group(1)) < 66) or (m.group(2) and int(m.group(2)) > 420)
            assert ("false-within-bound" in q["quality_reasons"]) == bool(moved_inside), (q["prompt"], q["quality_reasons"])
    assert seen


def test_captions_a_participle_or_a_present_verb_before_the_closing_date():
    from types import SimpleNamespace as N
    for text in ["Ivo Orn signs over sovereignty to the appointed Vell Government, 28 June 2004.",
                 "Ivo Orn being pulled from his hideaway in Operation Red Dawn, 13 December 2003.",
                 "Navy personnel stand guard aboard the Vell Oil Terminal in July 2009."]:
        assert quality._caption(None, N(sentence=N(text=text))), text
    for text in ["After several debates, Ivo Orn chose Vell instead of Hask in September 1394.",
                 "The prisoner was being moved to Vell, 13 December 2003."]:
        assert not quality._caption(None, N(sentence=N(text=text))), text


def test_a_qualified_dates_options_are_qualified_alike_and_any_olympics_keeps_its_cycle():
    body = ("The Vell War was fought from 2003 to 2011.\n\n## Drawdown\n\n"
            "From the end of August 2010, the army cut its combat role, with the withdrawal of all ground forces. "
            "The last brigades left in June 2009, in March 2011 and in December 2010.\n\n"
            "## Sport\n\nA total of 49 nations attended the Berlin Olympics, up from 37 in 1932.")
    for seed in range(3):
        qs = process_document(doc(body, title="Vell War"), Options(seed=seed)).questions
        for q in qs:
            if q["type"] == "multiple_choice" and q["answer"]["text"].startswith("the end of"):
                assert all(c.startswith("the end of") for c in q["choices"]), q["choices"]
            if q["type"] == "multiple_choice" and "up from 37" in q["prompt"]:
                assert all((int(c) - 1932) % 4 == 0 for c in q["choices"]), q["choices"]


@pytest.mark.parametrize("sentence, leans", [
    ("An estimated 20,000 supporters travelled to Orn for the event in 2008, and some disorder occurred.", True),
    ("Double tiers were added to the stands in 1998 to bring the venue up to a capacity of 52,000.", True),
    ("In 2015, about 49.9% of the inhabitants were born in Vell.", True),
    ("Roughly 40,000 foreign nationals fought with the Brigades in 1937.", True),
    ("In the first encounter between the two commanders in 1797, the army pushed deep into Orn.", True),
    ("Hask has a fierce rivalry with Orn, and the two clubs have played the derby since 1898.", False),
    ("In 1972, the same phenomenon was observed in the laboratory of Orn University.", True),
    ("The number who died remains disputed, ranging from a low of 30 in 1799 to a high of 900.", True),
    ("Work on the Orn Bridge, the last to be rebuilt, was finished in 1964.", True),
    ("From then until 1902 the commandos increased their forces to 3,000.", True),
    ("The Orn Bridge was rebuilt in 1964 with steel from Vell.", False),
])
def test_a_prompt_that_leans_on_a_referent_named_elsewhere_is_ranked_down(sentence, leans):
    qs = [q for q in bank(sentence, title="Testland") if q["type"] == "cloze"]
    assert qs, sentence
    assert all(("unresolved-reference" in q["quality_reasons"]) == leans for q in qs), [
        (q["prompt"], q["quality_reasons"]) for q in qs]


def test_a_figure_the_prompt_gives_by_a_ratio_or_a_remainder_is_ranked_down():
    qs = {q["answer"]["text"]: q["quality_reasons"] for q in bank(
        "In 2008, the price of Vell ore dropped from $2,252 to $774 per ton, a loss of nearly 2/3 of its value. "
        "The prevalence of the fever is 8.5% among adults, nearly double the rate of 4.7% in 1980. "
        "In 2014, the Vell club won a third consecutive title with a record 102 points. "
        "About 70% of the world's ore originates from mining, while the remaining 30% comes from recycling. "
        "In 1985 the Orn Group increased its shareholding in the club to a 52% majority, above 50%.",
        title="Vell") if q["type"] == "cloze" and q["kind"] == "figure"}
    for key in ("$2,252", "$774", "8.5%", "4.7%"):
        assert "computable-ratio" in qs[key], (key, qs)
    for key in ("70%", "30%", "50%"):
        assert "share-complement" in qs[key], (key, qs)
    assert "computable-ratio" not in qs["102"], qs


@pytest.mark.parametrize("sentence, is_caption", [
    ("Statue in Orn unveiled by King Ivo III in 1858.", True),
    ("Star on the Vell Walk of Fame for the Hask team who became champions in 1982.", True),
    ("Intersection of North Terrace and King Street viewed from Parliament House, 1923.", True),
    ("Ivo Brandt takes aim with a rifle in June 1941.", True),
    ("Statue of Ivo Brandt was unveiled in Orn in 1858.", False),
    ("Construction of the bridge began in 1880 under Ivo Brandt.", False),
    ("Portrait painting in Vell flourished in 1750 under the royal court.", False),
])
def test_a_pictures_label_is_a_caption(sentence, is_caption):
    qs = [q for q in bank(sentence, title="Vell") if q["kind"] == "date"]
    assert qs, sentence
    assert all(("caption" in q["quality_reasons"]) == is_caption for q in qs), [(q["prompt"], q["quality_reasons"]) for q in qs]


def test_a_figure_of_four_significant_digits_or_more_is_ranked_down():
    qs = {q["answer"]["text"]: q["quality_reasons"] for q in bank(
        "At the 2011 census, there were 1,729,040 people living in Vell. Vell had 40,000 soldiers in 1850. "
        "The yellow line of Vell ore has a wavelength of 587.49 nanometers.", title="Vell")
        if q["type"] in ("cloze", "multiple_choice") and q["kind"] == "figure"}
    assert "many-digit-figure" in qs["1,729,040"] and "many-digit-figure" in qs["587.49 nanometers"], qs
    assert "many-digit-figure" not in qs["40,000"], qs


def test_wiki50_classes_bounds_month_spans_leaning_openings_and_number_word_answers():
    qs = bank("Vell ore is roasted into a metal of greater than 75% purity. The holiday season in Vell lasts "
              "about six months, from May to October. Less well known is that Vell industrialised early, taking "
              "off in 1833. Almost immediately afterward, in 1834, 20,000 troops of Orn occupied Vell. "
              "Twenty four pilots of Vell supplied the garrison at Orn in 1954.", title="Vell")
    by_answer = {}
    for q in qs:
        by_answer.setdefault(q["answer"]["text"], []).append(q)
    # "greater than ____": a smaller option would be as true, so none is offered
    for q in by_answer.get("75%", []) + by_answer.get("greater than 75%", []):
        assert all(float(c.strip("%").split()[-1]) >= 75 for c in q.get("choices") or ["75%"]), q["choices"]
    assert all("computable-span" in q["quality_reasons"] for q in by_answer["six months"] if q["type"] != "true_false")
    assert all("unresolved-reference" in q["quality_reasons"] for q in by_answer["1833"])
    assert all(q["prompt"].startswith(("Almost immediately afterward", "Which")) for q in by_answer["20,000"]
               if q["type"] == "cloze"), [q["prompt"] for q in by_answer["20,000"]]
    assert all("24 four" not in q["answer"]["accept"] for q in by_answer["Twenty four"])


def test_the_games_and_the_olympics_of_an_olympics_article_are_named():
    qs = bank("The 1988 Vell Olympics were a multi-sport event held in Orn.\n\n## Host\n\nAfter the Olympics were "
              "awarded, Orn staged the Hask Games in 1986. The Games were opened by President Ivo Brandt on "
              "17 September 1988.", title="1988 Vell Olympics")
    prompts = [q["prompt"] for q in qs if q["type"] == "cloze" and q["kind"] == "date"]
    assert any(p.startswith("After the 1988 Vell Olympics were awarded") for p in prompts), prompts
    assert any(p.startswith("The 1988 Vell Olympics were opened") for p in prompts), prompts


@pytest.mark.parametrize("sentence", [
    "A modern re-creation by Hask architects now stands in Vell, constructed in 1986.",
    "Designed in 1929 for the International Exposition for Orn, it was an iconic building of the modern style.",
    "The Entente was negotiated in 1904 between the Vell foreign minister and the Orn foreign secretary.",
])
def test_a_copy_a_building_or_an_alliance_named_elsewhere_is_unresolved(sentence):
    qs = [q for q in bank("Vell is a city in Orn. " + sentence, title="Vell") if q["type"] == "cloze"
          and q["source"]["sentence"] == sentence]
    assert qs and all("unresolved-reference" in q["quality_reasons"] for q in qs), [(q["prompt"], q["quality_reasons"]) for q in qs]


def test_a_he_after_a_run_of_sentences_on_someone_else_is_not_the_subject():
    body = ("Orn Vellman (1847–1931) was an inventor of Hask. He built the first lamp of Orn in 1879, and his "
            "workshop grew. He died in Hask.\n\n## Film\n\nThe first viewers arrived in Orn in 1895. "
            "The businessman Karl Lewitzki, living in London, took the initiative in starting this business. "
            "He had contacts with Leon Gaumont and the Mutoscope Company. "
            "In 1898, he also became a shareholder of the Biograph Company for France.")
    qs = [q for q in bank(body, title="Orn Vellman") if "Biograph Company" in q["source"]["sentence"]]
    assert qs and not any("Vellman" in q["prompt"] for q in qs), [q["prompt"] for q in qs]


def test_a_the_games_after_the_title_is_not_renamed_to_it():
    body = ("The 1992 Vell Games were held in Orn.\n\n## Overview\n\nThe 1992 Vell Games notably marked Hask competing "
            "as a unified team for the first time since 1964, while Lund returned to the Games for the first time "
            "in 32 years.")
    subject = context.article_subject("1992 Vell Games", "", None)
    text = ("The 1992 Vell Games notably marked Hask competing as a unified team for the first time since 1964, "
            "while Lund returned to the Games for the first time in 32 years.")
    edits, _ = context.referent(text, subject)
    assert not [e for e in edits if e[3] == "name-subject"], edits
    qs = [q for q in bank(body, title="1992 Vell Games") if "returned to" in q["prompt"]]
    assert qs and all("returned to the Games" in q["prompt"] for q in qs), [q["prompt"] for q in qs]


def test_captions_statistic_years_past_spans_and_years_of_an_events_name_rank_down():
    body = ("Orn Vellman (1815–1898) was a statesman of Hask.\n\n## Life\n\n"
            "Cartoon from 1867 making fun of Vellman's roles, from general to minister of the Hask-dominated customs union.\n\n"
            "Age-standardized death from fever per 100,000 inhabitants in 2004.\n\n"
            "In 2008, there were 140 festivals and events in Hask.\n\n"
            "Historians have reached a consensus on the image of Vellman over the past 125 years.\n\n"
            "One of the leaders of the Lund Square protests of 1989, Karl Osk, admired Vellman.\n\n"
            "Elections in June 1931 returned a large majority of Vellman's party.")
    qs = bank(body, title="Orn Vellman")

    def reasons(answer: str, part: str) -> set[str]:
        found = [q for q in qs if q["answer"]["text"] == answer and part in q["source"]["sentence"]
                 and q["type"] in ("cloze", "multiple_choice")]
        assert found, (answer, part)
        return set(found[0]["quality_reasons"])
    assert "caption" in reasons("1867", "Cartoon")
    assert "no-finite-verb" in reasons("2004", "Age-standardized")
    assert "statistic-year" in reasons("2008", "festivals")
    assert "time-relative" in reasons("125 years", "over the past")
    assert "inside-a-name" in reasons("1989", "protests of")
    assert "no-finite-verb" not in reasons("June 1931", "Elections")


def test_a_possessive_title_takes_no_article_and_depictions_and_timelines_are_no_story():
    subject = context.article_subject("Vell's disease", "Vell's disease is a chronic disease of the joints.", None)
    text = "The Orn allele increases the risk of the disease by three times."
    assert context.apply(text, context.referent(text, subject)[0])[0] == \
        "The Orn allele increases the risk of Vell's disease by three times."
    body = ("Orn Khan (1162–1227) was a ruler of Hask.\n\n## Timeline\n\nc. 1185: First son Jochi was born, "
            "shortly after the rescue of his mother from the Merkits.\n\n## Depictions in modern culture\n\n### Films\n\n"
            "Mongol, a film by Sergei Bodrov released in 2007 about the early life of Orn Khan.")
    qs = bank(body, title="Orn Khan")
    timeline = [q for q in qs if "Jochi" in q["source"]["sentence"] and q["answer"]["text"] == "1185"]
    film = [q for q in qs if "Bodrov" in q["source"]["sentence"] and q["answer"]["text"] == "2007"]
    assert timeline and all("list-line" in q["quality_reasons"] for q in timeline)
    assert film and all("back-matter" in q["quality_reasons"] for q in film)


def test_an_amount_in_another_currency_is_dropped_and_the_year_of_a_large_count_ranks_down():
    text = "Vell is the leading region of Orn, with a 2014 GDP of €649.6 billion (US$773.4 billion)."
    start = text.index("€")
    assert context.apply(text, context.conversion_after(text, start + len("€649.6 billion")))[0] == \
        "Vell is the leading region of Orn, with a 2014 GDP of €649.6 billion."
    body = ("Vell is a city of Orn.\n\n## Transport\n\nThe Gare du Vell is one of the ten busiest railway stations "
            "in the world, with 262 million passengers in 2015.\n\nThe Orn Museum was the most visited museum in the "
            "world in 2016, with 7.4 million visitors.\n\nThe Gare du Vell opened in 1846 after six years of work.")
    qs = [q for q in bank(body, title="Vell") if q["kind"] == "date" and q["type"] == "cloze"]
    reasons = {q["answer"]["text"]: set(q["quality_reasons"]) for q in qs}
    assert "statistic-year" in reasons["2015"] and "statistic-year" in reasons["2016"], reasons
    assert "statistic-year" not in reasons["1846"], reasons


def test_a_lone_family_name_is_written_out_after_to_and_for_a_titled_name_but_not_a_place_or_a_shared_name():
    body = ("The Vell War was fought by Orn and Hask in 1973.\n\n## Command\n\nChief of Staff David Elazor met the "
            "cabinet on October 6, 1973. Colonel Rafiq Halawin, the commander of a brigade, was executed in 1973. "
            "Desiderio da Settorno carved the altar.\n\n## Aftermath\n\nYitzhak Rabon, who had spent the war as an "
            "advisor to Elazor, became Prime Minister in June 1974. On July 7, 1974, Halawin's remains were moved "
            "to Damascus. He grew up in the town of Settorno in 1950.\n\n## Queens\n\nCatherine of Aragon married "
            "the king in 1509. Catherine Howard married him in 1540, and Catherine Parr in 1543. Catherine was "
            "beheaded on 13 February 1542.")
    prompts = [q["prompt"] for q in bank(body, title="Vell War") if q["type"] == "cloze"]
    assert any("an advisor to David Elazor, became" in p for p in prompts), prompts
    assert any("Rafiq Halawin's remains" in p for p in prompts), prompts
    assert not any("town of Desiderio" in p for p in prompts), prompts
    assert not any("Catherine of Aragon was beheaded" in p for p in prompts), prompts


def test_a_list_of_works_an_age_before_the_name_a_state_dated_in_brackets_and_a_numbered_point_rank_down():
    body = ("Orn Brandt (1856–1939) was a doctor of Vell.\n\n## Life\n\nIn 1865, the nine-year-old Brandt entered "
            "the Vell school. A new drug for the disease is in phase-III trials (in 2014). Brandt saw three reasons "
            "for the war in 1870. Three, to hold the line the army had to send ten brigades in 1871.\n\n## Legacy\n\n"
            "Vell, a Hask film by Mor Tann released in 2007. The Doctor, released in 1956 and starring Ana Lee as "
            "Brandt. Brandt opened a clinic in 1880.")
    reasons = cloze_reasons(body, "Orn Brandt", ("date",))
    assert "year-from-age" in reasons["1865"] and "date-stamp" in reasons["2014"], reasons
    assert "list-line" in reasons["1871"] and "list-line" not in reasons["1870"], reasons
    assert "work-listing" in reasons["2007"] and "work-listing" in reasons["1956"], reasons
    assert not {"work-listing", "list-line", "date-stamp"} & reasons["1880"], reasons


def test_a_month_blank_keys_the_month_and_year_and_accepts_the_articles_late_or_mid_month():
    body = ("The Vell Congress was a meeting of Orn in 1970.\n\n## Plenum\n\nRivalries grew at the Second Plenum in "
            "Hask held in late August 1970. Orn and Tann left Brussels in mid-July 1845.")
    qs = [q for q in bank(body, title="Vell Congress") if q["kind"] == "date"]
    cloze = {q["answer"]["text"]: q for q in qs if q["type"] == "cloze"}
    assert "August 1970" in cloze and "late August 1970" in cloze["August 1970"]["answer"]["accept"], sorted(cloze)
    assert "July 1845" in cloze and "(month and year)" in cloze["July 1845"]["prompt"], sorted(cloze)
    choice = [q for q in qs if q["type"] == "multiple_choice" and "Plenum" in q["prompt"]]
    assert choice and choice[0]["answer"]["text"] == "late August 1970"  # options are written alike


def test_a_participle_caption_a_present_tense_chronology_and_a_supposition_rank_down():
    body = ("Vell is a port city of Orn.\n\n## History\n\nAbraham Duquesne delivering Christian captives in Vell after "
            "the bombing in 1683. Ornate Ottoman cannon found in Vell on 8 October 1581 by Ca'fer el-Mu'allim. "
            "Workers building the dam in 1930 died of the heat. Had Orn Tann died earlier (in 23 BC, for instance), "
            "matters might have turned out differently. Subway lines to the port were expected in 2008.\n\n"
            "## Chronology\n\nThe Vell minister promises a 10% rise in 1973.")
    reasons = cloze_reasons(body, "Vell", ("date", "figure"))
    assert "caption" in reasons["1683"] and "caption" in reasons["8 October 1581"], reasons
    assert "caption" not in reasons["1930"], reasons
    assert "hypothetical" in reasons["23 BC"] and "hypothetical" in reasons["2008"], reasons
    assert "chronology-entry" in reasons["10%"], reasons
    assert not {"caption", "hypothetical", "chronology-entry"} & reasons["1930"], reasons


def test_followed_alone_and_the_situation_lean_on_the_sentence_before():
    body = ("The Vell War was fought by Orn and Hask in 1973.\n\n## Aftermath\n\nA summit conference in Geneva "
            "followed in December 1973. The war was followed in 1974 by a famine in Hask. To rectify the situation, "
            "the king chose Mor Lund as minister in 1665.")
    reasons = cloze_reasons(body, "Vell War", ("date",))
    assert "unresolved-reference" in reasons["December 1973"] and "unresolved-reference" in reasons["1665"], reasons
    assert "unresolved-reference" not in reasons["1974"], reasons


def test_the_games_of_another_year_and_a_rulers_name_before_his_numbered_namesake_are_not_renamed():
    body = ("The 2004 Vell Games were held in Orn in 2004.\n\n## Highlights\n\nHask lost for the first time since "
            "1992, the first time professionals were allowed to play at the Games. The Games were opened in August "
            "2004.\n\n## Caliphs\n\nAl-Mutadir responded by sending troops into Vell in 851. The caliphate lasted "
            "until the time of Al-Mutadir III, who was taken away as a prisoner in 1517.")
    prompts = [q["prompt"] for q in bank(body, title="2004 Vell Games") if q["type"] == "cloze"]
    assert not any("play at the 2004 Vell Games" in p for p in prompts), prompts
    assert not any("Al-Mutadir III responded" in p for p in prompts), prompts


def test_a_latin_term_takes_no_english_plural_an_era_date_keeps_its_month_and_a_run_of_years_gives_the_key_away():
    from quizgen.generate import _term_forms, _year_apart
    assert "praefectus vehiculorums" not in _term_forms("praefectus vehiculorum", "praefectus vehiculorum")
    assert "courier stations" in _term_forms("courier station", "courier station")
    forms = formats.date_forms("-0042-10", "October 43 BC")
    assert "October 43 BCE" in forms and "43 BCE" not in forms and "43 B.C." not in forms, forms
    assert _year_apart(1979, [1975, 1976, 1977]) and not _year_apart(1978, [1975, 1976, 1977])
    assert not _year_apart(1979, [1970, 1975, 1977])


def test_within_a_span_from_no_point_and_another_account_lean_on_context():
    body = ("Orn Tann (1723–1790) was a philosopher of Vell.\n\n## Life\n\nWithin 50 years the provinces of Vell were "
            "independent of Hask. According to another account, Tann went out walking and ended up 15 miles outside "
            "of town in 1760.")
    reasons = cloze_reasons(body, "Orn Tann")
    assert "relative-span" in reasons["50 years"], reasons
    assert "unresolved-reference" in reasons["15 miles"], reasons


def test_a_passage_cited_by_canto_is_dropped_or_refused_and_a_lost_exponent_is_a_misprint():
    body = ("Dante Vell (1265–1321) was a poet of Orn.\n\n## Life\n\nDante Vell claimed that his family descended "
            "from the ancient Romans (Inferno, XV, 76), but his earliest named relative was born about 1100. "
            "Cangrande was admitted to Dante's Paradise (Paradiso, XVII, 76).\n\n## Salt\n\nThe sea holds about "
            "1.08×104 milligrams of sodium per litre.")
    qs = [q for q in bank(body, title="Dante Vell") if q["type"] == "cloze"]
    year = next(q for q in qs if q["answer"]["text"] == "1100")
    assert "(Inferno" not in year["prompt"], year["prompt"]
    verse = [q for q in qs if "Paradiso, XVII, ____" in q["prompt"]]
    assert verse and all("cited-passage" in q["quality_reasons"] for q in verse), verse
    salt = [q for q in qs if "1.08×104" in q["source"]["sentence"]]
    assert salt and all({"unit-artefact", "garbled-text"} & set(q["quality_reasons"]) for q in salt), salt


def test_a_tsar_a_season_with_no_year_and_a_captioned_view_lean_on_what_is_not_printed():
    body = ("The Vell Revolution was a revolution in Orn in 1917.\n\n## Events\n\nIn the autumn, as much as 50% of "
            "all mills were closed down in the Urals. In the autumn of 1917, 30% of the mines closed. On 17 July "
            "1918, the Tsar and his family were executed. Panoramic view over the ancient city of Hask, located "
            "120 km south of Vell. Two ballet dancers of the Vell National Ballet (which is based in Orn) performing "
            "a show in Hask in 2007.")
    reasons = cloze_reasons(body, "Vell Revolution")
    assert "unresolved-reference" in reasons["50%"] and "unresolved-reference" not in reasons["30%"], reasons
    assert "unresolved-reference" in reasons["17 July 1918"], reasons
    assert "caption" in reasons["120 km"] and "caption" in reasons["2007"], reasons


def test_an_article_dated_ten_thousand_years_before_christ_gets_its_questions():
    body = ("The Vell Revolution was the change of Orn to farming, about 10,000 BC.\n\n## Spread\n\nFarming reached "
            "Hask by 9,000 BC and Tann by 7,500 BC. Pottery appeared in Lund around 6,000 BC.")
    qs = bank(body, title="Vell Revolution")
    assert any(q["type"] == "multiple_choice" and q["kind"] == "date" for q in qs), [q["prompt"] for q in qs]
    assert formats.parse_iso("-10499") == (-10499, None, None)


def test_options_of_a_year_written_with_a_comma_are_written_alike_and_a_language_link_is_a_leftover():
    body = ("The Vell Revolution began in Orn from around 10,000 BC.\n\n## Spread\n\nFarming reached Hask by 8800 "
            "BC. The Vell Metropolitan Government (ja) was formed in 1943.")
    qs = bank(body, title="Vell Revolution")
    choices = [q["choices"] for q in qs if q["type"] == "multiple_choice" and q["answer"]["text"] == "10,000 BC"]
    assert choices and all("," in c for c in choices[0]), choices
    assert all("garbled-text" in q["quality_reasons"] for q in qs if "(ja)" in q["prompt"]), qs
    assert any("(ja)" in q["prompt"] for q in qs)


def test_the_books_of_a_publisher_named_books_are_not_the_publisher():
    body = ("Vell Books is a British publishing house founded in 1935.\n\n## Classics\n\nThe books were distinct "
            "from the rest of the Vell marque in their use of a vertical grid, from 1946.")
    prompts = [q["prompt"] for q in bank(body, title="Vell Books", description="a British publishing house")
               if q["type"] == "cloze"]
    assert not any(p.startswith("Vell Books were distinct") for p in prompts), prompts


def test_a_year_blank_where_a_place_fits_as_well_says_it_asks_for_the_year():
    qs = bank("The only Winter Games of the Orn League were held in 1990.\n\n"
              "Vell joined the league in 1971 at the meeting in the capital.")
    held = [q for q in qs if q["type"] == "cloze" and q["answer"]["text"] == "1990"]
    assert held and held[0]["prompt"].endswith("held in ________ (year).")
    joined = [q for q in qs if q["type"] == "cloze" and q["answer"]["text"] == "1971"]
    assert joined and "(year)" not in joined[0]["prompt"]  # "in ____ at the meeting": no place fits


def test_a_negative_conversion_is_accepted_and_no_option_falls_below_one_of_its_scale():
    qs = bank("Below 35.4 K (−237.6 °C) the gas of Vell takes the cubic form, as the tests of 1990 showed.")
    cloze = [q for q in qs if q["type"] == "cloze" and q["answer"]["text"] == "35.4 K"]
    assert cloze and "−237.6 °C" in cloze[0]["answer"]["accept"]
    options = []
    for i in range(12):  # (each file draws its own options)
        text = "In 1997, Vell Pictures ranked first among the studios of Orn with a gross of $1.256 billion."
        qs = process_document(load_text(f"---\ntitle: Vell Pictures\n---\n{text}\n", f"vell-{i}.md"), Options()).questions
        options += [c for q in qs if q["kind"] == "figure" and q["type"] == "multiple_choice" for c in q["choices"]]
    assert not [o for o in options if o.startswith("$0.")]  # never "$0.823 billion"
    assert [o for o in options if o.endswith(" million")]  # but "$823 million"


def test_a_label_of_a_thing_and_when_it_was_built_is_a_caption():
    reasons = cloze_reasons("The Orn Palace on top of the Vell Citadel built around 800 AD.\n\n"
                            "The Orn Palace was built around 740 by the governors of Vell.", title="Vell")
    assert "caption" in reasons["800 AD"] and "caption" not in reasons["740"]


def test_a_key_whose_digits_the_prompt_prints_at_another_scale_is_printed():
    reasons = cloze_reasons("Liquid vellium, a fluid like water but with 80.8% of its density (the density of liquid "
                            "vellium at its boiling point is 0.808 g/mL), was first made in 1890.", title="Vellium")
    assert "key-printed" in reasons["0.808"]


def test_a_round_temperature_gets_round_options():
    for year in range(1990, 1996):
        qs = bank(f"Vellium oxide, better known as orn gas, was first made in {year} by heating vellium nitrate at 250 °C.")
        choices = [q["choices"] for q in qs if q["type"] == "multiple_choice" and q["kind"] == "figure"]
        for options in choices:
            assert all(int(o.split()[0]) % 10 == 0 for o in options), options


def test_a_decimal_key_a_hair_from_a_printed_figure_is_printed():
    reasons = cloze_reasons("Natural vellite has a density ranging from 3.15 to 3.53 g/cm3, with pure vellite close to "
                            "3.52 g/cm3, as measured in 1950.", title="Vellite")
    assert "key-printed" in reasons["3.52"]


def test_after_a_year_from_which_a_state_holds_the_options_come_before_it():
    for i in range(6):
        text = ("The Vell Party was founded in 1792. After 1800, the Vell Party dominated Congress and most state "
                "governments. It dissolved in 1825.")
        qs = process_document(load_text(f"---\ntitle: Vell Party\n---\n{text}\n", f"vp-{i}.md"), Options()).questions
        for q in qs:
            if q["type"] == "multiple_choice" and q["answer"]["text"] == "1800":
                assert all(int(c) <= 1800 for c in q["choices"]), q["choices"]


def test_a_word_the_article_writes_as_a_common_noun_is_not_written_out_as_a_firm():
    body = ("Diamonds have been known in Vell for at least 3,000 years. Diamonds occur as octahedra known as macles.\n\n"
            "Other mining companies include Petra Diamonds, the owner of several major mines in Orn since 1997.")
    for q in bank(body, title="Diamond"):
        assert "Petra Diamonds have" not in q["prompt"] and "Petra Diamonds occur" not in q["prompt"], q["prompt"]


def test_a_kelvin_temperature_is_no_year_and_a_currency_conversion_is_dropped():
    qs = bank("Above 1700 °C (1973 K / 3583 °F) in a vacuum, vellite turns to graphite, as shown in 1955.\n\n"
              "In February 2013 robbers escaped with vellite estimated to be worth $50m (£32m; 37m euros).")
    assert not [q for q in qs if q["kind"] == "date" and q["answer"]["text"] == "1973"]
    worth = [q for q in qs if q["type"] == "cloze" and q["answer"]["text"] == "$50m"]
    assert worth and "£32m" not in worth[0]["prompt"]


def test_a_figure_a_temperature_can_exceed_is_a_bound():
    reasons = cloze_reasons("In the summer of 1990, daytime temperatures in the Vell desert can exceed 45 °C.\n\n"
                            "The surface of the Vell desert in summer can rise to 70 °C by the afternoon.", title="Vell desert")
    assert "bounded-blank" in reasons["45 °C"] and "bounded-blank" in reasons["70 °C"]


def test_a_qualified_year_keeps_its_qualifier_in_the_prompt_and_asks_the_year():
    qs = bank("In early 1946, Ola Brand joined the faculty of Vell University after the war.")
    cloze = [q for q in qs if q["type"] == "cloze" and q["kind"] == "date"]
    assert cloze and cloze[0]["prompt"].startswith("In early ________,") and cloze[0]["answer"]["text"] == "1946"
    assert "early 1946" in cloze[0]["answer"]["accept"]


def test_a_list_entry_led_by_a_name_is_a_list_line_and_a_season_year_has_no_year_hint():
    reasons = cloze_reasons("Frank Orlo: Orlo chose to have the Vell cap on his plaque, although he had played ten "
                            "seasons with Orn from 1956.", title="Vell Hall of Fame")
    assert all("list-line" in r for r in reasons.values()), reasons
    qs = bank("The new wing of the Vell museum opened in spring 2005.")
    cloze = [q for q in qs if q["type"] == "cloze" and q["kind"] == "date"]
    assert cloze and "(year)" not in cloze[0]["prompt"]


def test_a_gerund_term_has_no_plural_and_is_accepted_written_as_one_word():
    from quizgen.generate import _term_forms
    forms = _term_forms("bow fishing", "bow fishing")
    assert "bow fishings" not in forms and "bowfishing" in forms


def test_a_list_item_led_by_a_label_and_a_dash_is_a_list_line_and_a_dutch_ten_is_no_number():
    reasons = cloze_reasons("Dial-up Internet access – According to Vell Online, 2.1 million people still used it in 2015.",
                            title="Vell Online")
    assert all("list-line" in r for r in reasons.values()), reasons
    qs = bank("The palace Huis ten Bosch in Vell was built in 1645 for Amalia of Solms.")
    assert not [q for q in qs if q["kind"] == "figure"]


def test_a_count_of_people_named_with_their_towns_right_after_it_gives_itself_away():
    reasons = cloze_reasons("Two former community leaders, Brian Orlo of Dallas and Kelly Vell of New York, filed a "
                            "class action lawsuit against Vell Online in 1999.", title="Vell Online")
    assert "items-listed" in reasons["Two"]


def test_a_figure_is_accepted_with_its_unit_written_short_or_in_full():
    assert "610 mm" in formats.figure_forms(610, "610 millimetres")
    assert "99.8%" in formats.figure_forms(99.8, "99.8 percent")
    assert "100 hectares" in formats.figure_forms(100, "100 ha")


def test_a_deed_the_article_dates_twice_with_the_same_party_is_contradicted():
    body = ("Vell Online is a web portal. Vell Online was eventually spun off from Orn Warner in 2009.\n\n"
            "## Responsibility\n\nSince spinning off from Orn Warner in 2010, Vell Online has made charity part of "
            "its mission. Vell Online moved to New York in 2012.")
    reasons = cloze_reasons(body, title="Vell Online")
    assert "contradicted" in reasons["2010"] and "contradicted" in reasons["2009"]
    assert "contradicted" not in reasons["2012"]
