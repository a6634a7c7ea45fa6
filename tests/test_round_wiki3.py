"""Rules added after the third round of judged pages and the second unseen gold group, each shown on
invented text: figure sources, people in lists and species authors, and the question checks."""

from __future__ import annotations

from quizgen import context
from quizgen.extract import dates, figures, people, terms
from quizgen.generate import _currency_forms, _date_asks, _year_apart, usable_sentence
from quizgen.load import load_text
from quizgen.pipeline import Options, process_document


def doc_of(body: str, title: str = "x", front: str = ""):
    return load_text(f"---\ntitle: {title}\n{front}---\n{body}\n", "x.md")


def sources(body: str, title: str = "x", front: str = "") -> dict[str, str | None]:
    doc = doc_of(body, title, front)
    found = people.extract(doc)
    return {f.text: f.attrs["source"] for f in figures.extract(doc, dates.extract(doc), found)}


def names(body: str, title: str = "x") -> set[str]:
    return {p.attrs.get("name", p.value) for p in people.extract(doc_of(body, title))}


def bank(body: str, title: str = "Vell", front: str = "") -> list[dict]:
    return process_document(doc_of(body, title, front), Options()).questions


# ---------------------------------------------------------------- who gives a figure

def test_studies_that_have_shown_something_give_its_figures():
    got = sources("They walk 2 km a night; however, some studies have shown that they may walk as far as 30 km.")
    assert got["30 km"] == "some studies"
    assert sources("The town was shown to have 300 houses.")["300"] is None  # passive: nobody shows it


def test_a_long_study_subject_keeps_the_study_without_its_time_phrase():
    got = sources("A study following the flooding of the northern river valleys during the long wet winter "
                  "showed that the water stood as much as 3 m higher than usual.")
    assert got["as much as 3 m"].startswith("A study following the flooding")
    assert "winter" not in got["as much as 3 m"]


def test_a_named_party_that_estimates_without_that():
    body = ("Ivo Brandt is a television producer from Hask. During his career, Ivo Brandt estimates his "
            "charity work helped raise over $50 million for the town.")
    assert sources(body)["over $50 million"] == "Ivo Brandt"
    assert sources("Population estimates the city at 300,000.")["300,000"] is None


def test_a_pull_quote_in_a_biography_is_the_subjects_own():
    front = "infoboxes:\n  - name: person\n    fields:\n      birth_date:\n        text: 1950\n"
    body = ("Ivo Brandt (born 1950) is a producer from Hask.\n\n"
            "* \"I saw my first film at six. It lasted about ninety minutes and changed my life.\"\n\n"
            "He moved to Vell in 1970.")
    got = sources(body, title="Ivo Brandt", front=front)
    assert got["about ninety minutes"] == "Ivo Brandt"


# ---------------------------------------------------------------- people

def test_the_entries_of_a_list_of_people_are_people():
    body = ("The paper was founded in 1900.\n\n## Notable columnists\n\n* Ivo Brandt\n* Tomas Ferrel (1950–1990)\n\n"
            "## Printing plants\n\n* Hask Works\n* Vell Mills\n")
    got = names(body)
    assert {"Ivo Brandt", "Tomas Ferrel"} <= got
    assert not got & {"Hask Works", "Vell Mills"}


def test_the_author_of_a_species_name_is_a_person():
    body = "Six subspecies are known:\n\n* _O. a. vellensis_ Brandtberg, 1911\n* _O. a. haskii_ Ferrelson, 1843\n"
    assert {"Brandtberg", "Ferrelson"} <= names(body)


def test_a_catalan_double_surname_stays_whole():
    got = names("The Catalan politician Francesc Pi i Margall translated the works into Spanish in 1870.")
    assert "Francesc Pi i Margall" in got


# ---------------------------------------------------------------- questions

def test_escaped_reference_markup_is_dropped_from_the_text():
    doc = doc_of("He argued in Political Justice (1793)&lt;ref&gt;Adams, Ian. Manchester University Press, 2001."
                 "&lt;/ref&gt; that government has a malevolent influence on society.")
    assert doc.sentences[0].text == ("He argued in Political Justice (1793) that government has a malevolent "
                                     "influence on society.")
    assert not usable_sentence("Manchester University Press, 2001. p. 116.</ref> that government has an influence.")


def test_definite_nouns_that_lean_on_the_paragraph_before():
    subject = context.article_subject("Vell", "a political philosophy", None)
    assert context.referent("In 1872, the conflict climaxed with a split at the Hague Congress.", subject)[1]
    assert context.referent("The race was revived in 2009 as the Hask Grand Prix.", subject)[1]
    assert not usable_sentence("In 1872 the movement split between the two groups at the congress in Hask.")
    edits = context.relative_time("Within six months, Hask was brought to a halt by a great ice storm.")
    assert [e[3] for e in edits] and edits[0][:2] == (0, 19)


def test_a_season_or_decade_key_is_asked_as_a_period():
    assert _date_asks("late 2003", "year") == "period"
    assert _date_asks("the 1990s", "decade") == "period"
    assert _date_asks("1844", "year") == "year"
    assert _date_asks("May 1968", "month") == "date"
    assert _date_asks("20 June 1969", "day") == "date"


def test_a_year_inside_a_name_is_not_blanked():
    qs = bank("Vell was ransacked in the Battle of Hask during the War of 1812 by an army from the south.")
    assert not [q for q in qs if q["kind"] == "date" and q["type"] in ("cloze", "multiple_choice")]


def test_a_figure_restated_by_the_words_before_it_is_not_blanked():
    qs = bank("Over a quarter (27.0%) of the houses in Vell were built of stone from the quarries of Hask.")
    assert not [q for q in qs if q["kind"] == "figure" and q["type"] in ("cloze", "multiple_choice")]


def test_an_infobox_date_under_another_name_is_not_asked_as_the_titles():
    front = ("description: Vell is a city.\ninfoboxes:\n  - name: settlement\n    fields:\n"
             "      established_title:\n        text: Established\n"
             "      established_date:\n        text: August 27, 1793 (as Hask)\n")
    qs = bank("Vell is a city on the coast of the inland sea, with a large harbour and an old market square.",
              front=front)
    assert not [q for q in qs if q["kind"] == "infobox" and "1793" in str(q["answer"])]


def test_currency_answers_a_student_may_write():
    assert _currency_forms("Pound sterling", "GBP]]; £") == ["Pound", "sterling", "GBP", "£"]
    assert _currency_forms("United States dollar", "USD") == ["USD"]
    assert _currency_forms("US dollar", "") == []  # never "US" alone


def test_a_key_standing_apart_from_bunched_options_is_beatable():
    assert _year_apart(1972, [1960, 1961, 1962])
    assert _year_apart(2026, [2014, 2017, 2018])
    assert not _year_apart(1965, [1960, 1962, 1970])
    assert not _year_apart(1963, [1960, 1961, 1962])  # a neighbour, not an outlier


def test_a_time_phrase_after_called_is_no_term():
    doc = doc_of("A new election must be called no later than five years after the previous general election.")
    assert not [f for f in terms.extract(doc, [], []) if "later" in f.text]


def test_a_reference_work_or_a_law_is_no_speaker_of_a_quotation():
    from quizgen.extract import quotes
    doc = doc_of('The Encyclopedia Britannica says that "the movement of 1873 tried to build a federal system '
                 'on new lines".')
    assert not quotes.extract(doc, people.extract(doc))


def test_a_page_titles_kind_in_brackets_stays_out_of_a_question():
    front = ("description: Vell is a restaurant company.\ninfoboxes:\n  - name:\n      text: Vell\n"
             "    founded:\n      text: May 16, 1997 in Hask\n")
    qs = bank("Vell is a restaurant company based in Hask with more than two hundred shops in the region.",
              title="Vell (company)", front=front)
    asked = [q["prompt"] for q in qs if q["kind"] == "infobox"]
    assert asked and all("(company)" not in p for p in asked)


def test_the_subjects_bare_family_name_is_written_in_full():
    front = "infoboxes:\n  - name:\n      text: Ivo Brandt\n    birth_date:\n      text: May 3, 1950\n"
    body = ("Ivo Brandt (born May 3, 1950) is a judge from Hask.\n\n"
            "Brandt was sworn in as a judge of the Vell court on December 10, 2011, after a long career.")
    qs = [q for q in bank(body, title="Ivo Brandt", front=front) if "sworn in" in q["prompt"]]
    assert qs and all(q["prompt"].count("Ivo Brandt") == 1 for q in qs)


def test_the_articles_own_subject_is_no_answer():
    body = ("Ivo Saetre (12 November 1940 – 5 December 2002) was a politician from Hask.\n\n"
            "Ivo Sætre was a member of Hask city council from 1971 to 1975, and of the Vell board later.")
    qs = bank(body, title="Ivo Saetre")
    assert not [q for q in qs if q["kind"] == "person"]


def test_entries_of_a_list_of_works_are_not_asked():
    body = ("Ivo Brandt is a saxophonist from Hask who played with many bands in Vell over forty years.\n\n"
            "## Selected discography\n\n"
            "* Ivo Brandt and the Magic City Jazz Orchestra of Hask.\n"
            "* \"Live at the Hall of Hask\" (2001) (Co-produced by Tomas Ferrel), recorded at the Hall.\n")
    qs = bank(body, title="Ivo Brandt")
    assert not [q for q in qs if "Magic City" in q["prompt"] or "Live at the Hall" in q["prompt"]]
    assert not usable_sentence('"Live at the Hall of Hask" (2001) (Co-produced by Tomas Ferrel), recorded there.')


def test_an_age_after_the_age_of_is_an_age():
    from quizgen.generate import _is_age
    text = "Lessons in Welsh are compulsory for all pupils until the age of 16 in the schools of Vell."
    assert _is_age(text, text.index("16"), text.index("16") + 2)


def test_a_figure_under_a_year_heading_that_does_not_say_the_year_is_not_asked():
    body = ("Vell is a small town on the lake shore of Hask with a harbour and a school.\n\n"
            "## Demographics\n\n### 2010\n\nHispanic or Latino of any race were 83 persons (6.8%) in the town of Vell.\n\n"
            "The 2010 census reported that Vell had a population of 1,215 in the town.")
    qs = [q for q in bank(body) if q["kind"] == "figure"]
    assert not [q for q in qs if "Hispanic" in q["prompt"]]
    assert [q for q in qs if "1,215" in str(q["answer"]) or "population of" in q["prompt"]]


def test_the_titles_own_noun_names_the_subject():
    subject = context.article_subject("Vell Point, California", "Vell Point is a census-designated place", None)
    edits, unresolved = context.referent("In 1916 Ada Knight bought the point from the county.", subject)
    assert edits and edits[0][2] == "Vell Point" and not unresolved
    assert not context.referent("At one point the road was closed for the winter.", subject)[0]


def test_the_maker_of_works_of_art_is_a_person():
    assert "Whistlerman" in names("The first exhibition of the club in Hask included portraits by Whistlerman "
                                  "and others from the city of Vell.")


def test_a_blank_inside_a_relative_time_opener_is_not_asked():
    qs = bank("Within six months, on December 20, 2013, Vell was brought to a halt by the worst ice storm in its history.")
    assert not [q for q in qs if q["kind"] == "figure" and "six months" in str(q["answer"])]


def test_a_book_cited_author_first_in_a_list_is_no_sentence():
    doc = doc_of("Vell is a town on the coast of Hask with an old harbour.\n\n"
                 "* Skirda, Alexandre. Facing the Enemy: A History from Proudhon to May 1968. AK Press 2002. p. 183.\n")
    assert not [s for s in doc.sentences if "Facing the Enemy" in s.text]


def test_the_philosophy_in_an_article_on_a_philosophy_is_left_unresolved():
    subject = context.article_subject("Vellism", "Vellism is a political philosophy", None)
    edits, unresolved = context.referent("Brandt's book, published in 1844, is a founding text of the philosophy.", subject)
    assert not edits and unresolved


def test_one_name_of_an_open_list_is_not_blanked():
    body = ("Foreign-born philosophers who settled in Vell include Isaiah Brandt, Karl Ferrel, Karl Popperman "
            "and Ludwig Wittmann, all of them famous in Hask.")
    qs = [q for q in bank(body) if q["kind"] == "person" and q["type"] in ("cloze", "multiple_choice")]
    assert not qs


def test_a_particle_opens_no_name():
    assert not {n for n in names("The largest movement is the Confederación General del Trabajo (CGT) in Vell.")
                if n.split()[0].islower()}


def test_the_year_of_a_ranking_or_reserves_is_a_statistic_year():
    from quizgen import quality
    assert quality._has_statistic("In 2003, rugby union was ranked the second most popular sport in Vell.")
    assert quality._has_statistic("In 2010 Vell had around 3.1 billion barrels of proven crude oil reserves.")


def test_a_part_of_one_time_and_a_span_from_something_unseen_are_not_blanked():
    qs = bank("At 68 hours and 58 minutes, the Vell probe went behind the Moon and out of radio contact with Hask.\n\n"
              "About six minutes later the Vell capsule was righted into its normal position by the bags.")
    asked = {str(q["answer"].get("text")) for q in qs if q["kind"] == "figure"}
    assert not asked & {"58 minutes", "six minutes"}
