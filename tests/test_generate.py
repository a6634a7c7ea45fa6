"""Questions from facts: every question cites its sentence, answers are right and not given away,
distractors are of the answer's kind, the output is reproducible."""

from __future__ import annotations

import datetime
import re

import pytest

from quizgen import formats
from quizgen.bank import new_bank, validate
from quizgen.extract import extract_facts
from quizgen.generate import BLANK, _full_name, usable_sentence
from quizgen.load import load_text
from quizgen.pipeline import Options, document_info, process_document

from conftest import ARTICLES, ROOT, SEED


@pytest.fixture(scope="module")
def seed_questions(seed_doc):
    return process_document(seed_doc, Options()).questions


def test_bank_from_seed_is_valid(seed_doc, seed_questions):
    assert seed_questions
    assert validate(new_bank([document_info(seed_doc)], seed_questions)) == []


def test_every_question_cites_a_sentence_of_the_article(seed_doc, seed_questions):
    for q in seed_questions:
        if q["source"]["section"] == "Infobox":
            continue
        assert q["source"]["sentence"] in seed_doc.text
        s, e = q["source"]["span"]
        assert seed_doc.text[s:e] in q["source"]["sentence"] or q["source"]["sentence"] in seed_doc.text[s - 500:e + 500]


def test_answers_not_in_prompts_and_choices_sound(seed_questions):
    for q in seed_questions:
        if q["type"] in ("cloze", "short_answer", "multiple_choice"):
            assert formats.fold(q["answer"]["text"]) not in formats.fold(q["prompt"].replace(BLANK, "")), q
        if q["type"] == "cloze":
            assert q["prompt"].count(BLANK) == 1
        if q["type"] == "multiple_choice":
            assert len(q["choices"]) == 4 and len(set(q["choices"])) == 4
            assert q["choices"].count(q["answer"]["text"]) == 1


def test_date_distractors_keep_precision_and_are_false(seed_doc, seed_questions):
    from quizgen.grade import parse_date

    date_choices = [q for q in seed_questions if q["type"] == "multiple_choice" and q["kind"] == "date"]
    assert len(date_choices) >= 5  # the seed is full of dates: the checks below must run
    for q in date_choices:
        value = str(q["answer"]["value"])
        assert len(value) in (4, 5, 7, 10)
        assert len(set(q["choices"])) == 4 and q["answer"]["text"] in q["choices"]
        answer = formats.parse_iso(value)
        for choice in q["choices"]:
            if choice == q["answer"]["text"]:
                continue
            assert choice not in q["answer"]["accept"]
            # compared as dates, not as text: the choice is written for people, the value in ISO
            shown = parse_date(re.sub(r"^(?:early|mid|late|spring|summer|autumn|fall|winter)[ -]", "", choice))
            assert shown is not None, (q["id"], choice)
            assert (shown[1] is None, shown[2] is None) == (answer[1] is None, answer[2] is None), (q["id"], choice)
            assert shown != answer, (q["id"], choice)


def test_same_input_same_bank_and_ids(seed_doc):
    a = process_document(seed_doc, Options(seed=3)).questions
    b = process_document(seed_doc, Options(seed=3)).questions
    assert a == b
    c = process_document(seed_doc, Options(seed=4)).questions
    ids_a, ids_c = {q["id"]: q for q in a}, {q["id"]: q for q in c}
    common = ids_a.keys() & ids_c.keys()
    assert len(common) >= 0.9 * len(ids_a)  # ids do not depend on the seed (only a few picks do)
    assert all(ids_a[i]["source"] == ids_c[i]["source"] and ids_a[i]["type"] == ids_c[i]["type"] for i in common)


def test_types_kinds_and_limit_are_honoured(seed_doc):
    qs = process_document(seed_doc, Options(types=("cloze",), kinds=("date",), max_per_article=5)).questions
    assert 0 < len(qs) <= 5 and {q["type"] for q in qs} == {"cloze"} and {q["kind"] for q in qs} == {"date"}


@pytest.mark.parametrize("sentence, ok", [
    ("On 8 May 1992, the Armenian forces launched successful offensive to capture Shusha.", True),
    ("The next day, the Azerbaijani Ministry of Defence released a video from the city.", False),
    ("He was born in Petoskey, Michigan, in 1926 to a family of farmers.", False),
    ("This was later contradicted by statements from the Armenian prime minister.", False),
    ("Short one.", False),
])
def test_usable_sentence(sentence, ok):
    assert usable_sentence(sentence) is ok


def test_biography_pronoun_resolved_to_subject():
    doc = load_text((ARTICLES / "dick-rifenburg.md").read_text(encoding="utf-8"), "dick-rifenburg.md")
    qs = process_document(doc, Options()).questions
    assert not any(q["prompt"].startswith(("He ", "She ")) for q in qs)


def test_disagreeing_sources_become_a_matching_question(seed_questions):
    matching = [q for q in seed_questions if q["type"] == "matching" and q["kind"] == "infobox"]
    pairs = {p["left"]: p["right"] for q in matching for p in q["pairs"]}
    assert pairs.get("Per Armenia") == "300+" and pairs.get("Per Artsakh") == "150+" and pairs.get("Per Azerbaijan") == "1,500+"
    # never a plain "how many were killed?" with one of them as the key
    assert not any(q["type"] in ("short_answer", "cloze") and q["kind"] == "infobox" and "killed" in q["prompt"]
                   for q in seed_questions)


def test_commander_distractors_come_from_the_other_side(seed_doc, seed_questions):
    box = seed_doc.infoboxes[0]
    side1 = set(box.get("commander1").text.split("\n")) - {""}
    side2 = set(box.get("commander2").text.split("\n")) - {""}
    sides = [q for q in seed_questions if q["kind"] == "infobox" and "commanders" in q["prompt"]]
    assert sides
    for q in sides:
        mine, other = (side1, side2) if q["answer"]["text"] in side1 else (side2, side1)
        assert q["answer"]["text"] in mine
        assert all(c in other for c in q["choices"] if c != q["answer"]["text"])


def test_infobox_date_questions_are_phrased_by_label():
    doc = load_text("""---
title: Ada Example
infoboxes:
  - name: {text: Ada Example}
    birth_date: {text: 10 December 1815}
    term_start: {text: 1 May 1840}
    term_start2: {text: 1 May 1844}
---

Ada Example was a mathematician who wrote notes in 1843.
""", "ada.md")
    qs = process_document(doc, Options(kinds=("infobox",))).questions
    prompts = {q["prompt"]: q["answer"]["text"] for q in qs if q["type"] == "short_answer"}
    assert prompts == {"When was Ada Example born? (day, month and year)": "10 December 1815"}  # two "term start" fields: ambiguous


def test_names_ending_in_an_initial_are_not_full_names():
    # "three sons, (Douglas A., Gary R., and Bruce R.)": real people, but no answer a student could write
    assert not _full_name("Gary R.")
    assert not _full_name("Hart")
    assert _full_name("Leon Hart")
    assert _full_name("John F. Kennedy")


def test_no_question_offers_a_name_ending_in_an_initial():
    text = (ROOT / "seeds" / "dick-rifenburg.md").read_text(encoding="utf-8")
    assert "Gary R." in text
    questions = process_document(load_text(text, "dick-rifenburg.md")).questions
    offered = [c for q in questions for c in q.get("choices", [])] + [q["answer"]["text"] for q in questions]
    assert not [c for c in offered if c.endswith(("A.", "R."))]


def _date_choices(body: str, answer: str) -> list[str]:
    doc = load_text(f"---\ntitle: Counting boards\n---\n{body}\n", "boards.md")
    mc = [q for q in process_document(doc).questions if q["type"] == "multiple_choice" and q["answer"]["text"] == answer]
    assert mc, "no multiple-choice question for " + answer
    return mc[0]["choices"]


def test_distractors_of_a_round_year_before_christ_are_round_and_written_alike():
    choices = _date_choices("During the Achaemenid Empire, around 600 BCE the Persians first began to use the abacus.",
                            "600 BCE")
    assert all(c.endswith(" BCE") and int(c.split()[0]) % 100 == 0 for c in choices), choices


def test_distractors_of_an_approximate_year_are_not_a_year_away():
    choices = _date_choices("The mathematician Abu Kamil was born c. 850 in Egypt and wrote on algebra.", "850")
    assert all(abs(int(c) - 850) >= 10 for c in choices if c != "850"), choices


def test_no_distractor_holds_the_office_the_sentence_names():
    # Tehran Mansimov commands "the Nakhchivan branch of the Azerbaijani special forces": offered
    # for "the commander of the Azerbaijani special forces, ____" he would be a second right answer.
    questions = process_document(load_text(SEED.read_text(encoding="utf-8"), SEED.name)).questions
    asked = [q for q in questions if q["type"] == "multiple_choice" and q["answer"]["text"] == "Hikmat Mirzayev"]
    assert asked
    assert not [q["choices"] for q in asked if "Tehran Mansimov" in q["choices"]]


def test_distractors_of_a_year_before_christ_stay_before_christ():
    choices = _date_choices("Around 100 BC the merchants of the city first began to use the counting board.", "100 BC")
    assert all(c.endswith(" BC") for c in choices), choices


def _bank_of(body: str, title: str) -> list[dict]:
    text = f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n"
    return process_document(load_text(text, "article.md"), Options()).questions


def test_people_known_by_one_name_are_asked_among_others_known_by_one_name():
    body = "\n\n".join([
        "The astronomer Tarvos wrote the first star catalogue of the Vell islands in the harbour town of Hask.",
        "Tarvos measured the length of the year with a bronze ring set up in the market of Hask.",
        "The physician Olmen described the fever of the marshes of Orn in twelve books.",
        "Olmen also treated the sailors of the Vell fleet during the great plague of the islands.",
        "The mathematician Pellas proved the theorem of the three circles in the school of Orn.",
        "Pellas taught geometry to the sons of the merchants of Hask for forty years.",
        "The poet Ismene wrote hymns to the sea that the sailors of Hask still sing.",
        "Ismene lived in the harbour town of Hask and never left the Vell islands.",
    ])
    qs = [q for q in _bank_of(body, "Science in the Vell islands") if q["kind"] == "person"]
    assert any(q["answer"]["text"] == "Tarvos" for q in qs)
    choices = [q["choices"] for q in qs if q["type"] == "multiple_choice"]
    assert choices
    for options in choices:
        assert sorted(options) == sorted({"Tarvos", "Olmen", "Pellas", "Ismene"} & set(options))


def test_a_one_word_name_without_a_role_is_not_asked_as_a_person():
    import dataclasses

    from quizgen.generate import generate

    body = "\n\n".join([
        "The astronomer Tarvos wrote the first star catalogue of the Vell islands in the harbour town of Hask.",
        "Tarvos measured the length of the year with a bronze ring set up in the market of Hask.",
        "The charter of Hask was signed by Pellan in the spring after the great storm of the islands.",
        "The harbour of Hask was rebuilt by Pellan with the stones of the old fort of the islands.",
    ])
    doc = load_text(f"---\ntitle: Vell\n---\n\n{body}\n", "v.md")
    facts = extract_facts(doc)
    tarvos = next(f for f in facts if f.kind == "person" and f.value == "Tarvos")
    # a one-word name the people rules took from a list, mentioned twice, with no role (a place)
    occurrences = [{"sentence": i, "start": doc.sentences[i].start + doc.sentences[i].text.index("Pellan"),
                    "end": doc.sentences[i].start + doc.sentences[i].text.index("Pellan") + 6, "text": "Pellan"}
                   for i in (2, 3)]
    pellan = dataclasses.replace(tarvos, value="Pellan", text="Pellan", sentence=doc.sentences[2],
                                 span=(occurrences[0]["start"], occurrences[0]["end"]),
                                 attrs={"name": "Pellan", "mentions": ["Pellan"], "roles": [], "occurrences": occurrences})
    answers = {q.answer["text"] for q in generate(doc, facts + [pellan], Options()) if q.kind == "person"}
    assert "Tarvos" in answers and "Pellan" not in answers


def test_answers_are_accepted_without_their_accents():
    body = ("The Portuguese explorer Diogo Cão reached the coast of Vell in 1484 with three ships.\n\n"
            "The explorer Diogo Cão sailed south again in 1486 and reached the cape of Hask.")
    qs = [q for q in _bank_of(body, "Vell") if q["answer"]["text"] == "Diogo Cão"]
    assert qs and all("Diogo Cao" in q["answer"]["accept"] for q in qs)


def test_a_multiplier_is_no_unit_to_drop_from_an_answer():
    body = ("To the poorest of Vell, the council granted allotments of land worth up to 60 million marka in 1931.\n\n"
            "The council of Vell also granted 40 million tonnes of grain to the towns in 1932.")
    keys = {q["answer"]["text"]: q["answer"]["accept"] for q in _bank_of(body, "Vell") if q["type"] == "cloze"}
    assert "60" not in keys.get("60 million", ["60"])
    assert "40 million" in keys.get("40 million tonnes", [])


def test_no_options_rewrite_half_of_a_compound_number():
    body = ("Karl Osk of Vell was sentenced to four and a half years in prison in 1931.\n\n"
            "His associate Lena Varga of Vell was sentenced to two years in prison in 1932, and Ivo Brandt to "
            "eleven years in 1933.")
    qs = [q for q in _bank_of(body, "Vell") if q["answer"]["text"] == "four and a half years"]
    assert qs and not any(q["type"] in ("multiple_choice", "true_false") for q in qs)


def test_a_false_figure_loses_the_conversion_that_would_give_it_away():
    body = ("The navy of Vell required the boats to be carried by rail, which imposed a maximum beam of "
            "3.15 metres (10 ft 4 in) in 1914.\n\nThe boats of Vell were 28 metres (92 ft) long in 1915.")
    text = f"---\ntitle: Vell\n---\n\n{body}\n"
    false = [q["prompt"] for seed in range(6) for q in process_document(load_text(text, "v.md"), Options(seed=seed)).questions
             if q["type"] == "true_false" and q["answer"]["text"] == "False" and "3.15 metres" not in q["prompt"]
             and "28 metres" not in q["prompt"]]
    assert false and not any("(10 ft 4 in)" in p or "(92 ft)" in p for p in false), false


def test_a_deadline_date_gets_options_that_are_false():
    body = ("The first boats of Vell were laid down in March 1914 at the yard of Hask.\n\n"
            "By July 1915 all seventeen boats of Vell had been completed at the yard of Hask.\n\n"
            "The boats of Vell were sold to Orn in October 1915 and broken up in June 1919.")
    qs = [q for q in _bank_of(body, "Vell") if q["answer"]["text"] == "July 1915" and q["type"] == "multiple_choice"]
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
    when = [(int(c.split()[1]), months.index(c.split()[0]) + 1) for q in qs for c in q["choices"]]
    assert qs and all(w <= (1915, 7) for w in when), when  # "by October 1915" would be as true


def test_a_family_name_alone_is_written_out_in_full():
    body = ("The engineer Karl Osk designed the viaduct of Vell in 1929.\n\n"
            "In 1931, Osk built the second viaduct of Vell across the Orn valley.\n\n"
            "The Osk family sold the yard of Vell in 1950.")
    prompts = [q["prompt"] for q in _bank_of(body, "Vell") if q["type"] == "cloze"]
    assert any(p.startswith("In ________, Karl Osk built") for p in prompts), prompts
    assert not any("Karl Osk family" in p for p in prompts)


def test_a_plot_sentence_out_of_its_section_leans_on_the_work():
    text = ("---\ntitle: The Frost Men\ndescription: An episode of a television series\n---\n\n"
            "\"The Frost Men\" is an episode first broadcast on 25 December 2012.\n\n## Plot\n\n"
            "In 1842 England, a young boy builds a snowman, but refuses to play with the other children.\n")
    qs = process_document(load_text(text, "f.md"), Options()).questions
    plot = [q for q in qs if "snowman" in q["prompt"]]
    assert plot and all("unresolved-reference" in q["quality_reasons"] for q in plot)


def test_a_given_name_before_a_particle_is_not_alone():
    body = ("The explorer Alexander Varn of Vell sailed to Orn in 1801.\n\n"
            "Vell palms were described in 1816 from specimens collected by Alexander von Humboldt in Orn.\n\n"
            "Development of the objective Vell technique began in 1998 at the observatory of Orn.")
    qs = {q["answer"]["text"]: q for q in _bank_of(body, "Vell") if q["type"] == "cloze"}
    assert "unresolved-reference" not in qs["1816"]["quality_reasons"]
    assert "unresolved-reference" not in qs["1998"]["quality_reasons"]


def test_date_options_come_from_the_same_part_of_the_story_first():
    body = ("# Vell\n\n## Wrestling\n\nKarl Osk joined a touring troupe in Brindlemoor on 3 March 2002.\n\n"
            "His tag partner broke an ankle during a match at Hask on 9 June 2003.\n\n"
            "The promoter cancelled every autumn show of the troupe on 2 May 2004.\n\n"
            "A rival federation bought the troupe's television contract on 8 August 2005.\n\n"
            "Fans voted the troupe's farewell tour the best of the year on 19 October 2006.\n\n"
            "The old arena in Brindlemoor burned down during a storm on 23 January 2007.\n\n"
            "## Fighting\n\nOsk signed with a cage league based in Orn on 5 April 2008.\n\n"
            "A knee injury forced surgery and long rest after 15 November 2008.\n\n"
            "Television ratings for the heavyweight bout broke records on 11 July 2009.\n\n"
            "A documentary crew followed the training camp from 14 February 2010.\n\n"
            "Karl Osk lost the heavyweight belt in a rematch at Orn on 30 December 2011.")
    text = f"---\ntitle: Vell\n---\n\n{body}\n"
    mc = [q for seed in range(4) for q in process_document(load_text(text, "v.md"), Options(seed=seed)).questions
          if q["type"] == "multiple_choice" and q["answer"]["text"] == "30 December 2011"]
    assert mc and all(c.endswith(("2008", "2009", "2010", "2011")) for q in mc for c in q["choices"]), [q["choices"] for q in mc]


def test_a_false_span_of_a_reign_is_never_far_above_the_key():
    text = ("---\ntitle: Vell\n---\n\nKing Orn's long reign of 79 years saw the perfecting of the kingdom's "
            "institutions, and the kingdom of Vell lasted 474 years.\n")
    false = [q["prompt"] for seed in range(8) for q in process_document(load_text(text, "v.md"), Options(seed=seed)).questions
             if q["type"] == "true_false" and q["answer"]["value"] is False]
    reigns = [int(m) for p in false for m in re.findall(r"reign of (\d+) years", p)]
    lasted = [int(m) for p in false for m in re.findall(r"lasted (\d+) years", p)]
    assert false and all(v <= 79 for v in reigns) and all(v <= 474 for v in lasted)


def test_date_options_fall_between_the_dates_either_side_in_a_paragraph_told_in_order():
    # the lead tells the whole story in order: an escape from the island before the exile to it, or
    # after the last battle, is ruled out by the story ("escaped from Elba in November 1812")
    lead = ("Karl Osk was a general of the Vell republic. He won his first battle at Hask in June 1796. "
            "He crowned himself king of Vell in December 1804. The northern powers defeated him at Orn in "
            "October 1813. He was exiled to the island of Brenn in April 1814. Osk escaped from Brenn in "
            "February 1815 and took the crown once again. The allies defeated him at Tarvo in June 1815. "
            "He died in exile in May 1821.")
    body = (lead + "\n\n## Campaigns\n\nOsk marched on Hask in May 1797 with ten regiments. "
            "He took the fortress of Lunde in March 1799 after a long siege. The treaty of Orn was signed in "
            "August 1807 between the northern powers and Vell.")
    mc = [q for seed in range(6) for q in process_document(load_text(f"---\ntitle: Karl Osk\n---\n\n{body}\n", "o.md"),
                                                           Options(seed=seed)).questions
          if q["type"] == "multiple_choice" and q["answer"]["text"] == "February 1815"]
    assert mc, "no multiple-choice question for February 1815"
    for q in mc:
        days = [datetime.datetime.strptime(c, "%B %Y") for c in q["choices"]]
        assert all(datetime.datetime(1814, 4, 30) < d < datetime.datetime(1815, 6, 1) for d in days), q["choices"]


def test_a_temperature_below_zero_is_asked_with_its_sign_and_no_option_loses_it():
    text = ("---\ntitle: Brennholm\n---\n\nBrennholm is a city in Sweden founded in 1252. The lowest temperature "
            "ever recorded was −32 °C on 20 January 1814. A February mean of −1.7 °C is usual.\n")
    qs = [q for seed in range(4) for q in process_document(load_text(text, "b.md"), Options(seed=seed)).questions
          if q["kind"] == "figure"]
    assert {"−32 °C", "−1.7 °C"} <= {q["answer"]["text"] for q in qs}
    assert not [c for q in qs for c in q.get("choices") or () if "−-" in c or "--" in c], [q["choices"] for q in qs]


def test_a_figure_hemmed_in_by_another_of_its_sentence_still_stands_among_its_options():
    # a key of 7.66 beside an average of 9.45: options above it come from between the two, so the key
    # is not always the largest option (nor any option above 9.45)
    text = ("---\ntitle: Vell\n---\n\nVell is a city in Orn. The birth rate of Vell is 7.66 births per 1,000 "
            "inhabitants compared to the national average of 9.45 births.\n")
    choices = [q["choices"] for seed in range(8) for q in process_document(load_text(text, "v.md"), Options(seed=seed)).questions
               if q["type"] == "multiple_choice" and q["answer"]["text"] == "7.66"]
    assert choices and all(float(c) < 9.45 for cs in choices for c in cs), choices
    assert any(max(map(float, cs)) > 7.66 for cs in choices), choices


def test_another_coronation_of_the_subject_is_no_wrong_date_for_his_coronation():
    text = ("---\ntitle: Karl Osk\n---\n\nKarl Osk was a general of Vell. Osk's coronation took place on "
            "2 December 1804. He was crowned King of Orn on 26 May 1805. He signed the treaty of Hask on "
            "17 March 1808. He entered Lunde on 1 April 1810. He met the king of Brenn on 20 March 1803.\n")
    mc = [q for seed in range(6) for q in process_document(load_text(text, "o.md"), Options(seed=seed)).questions
          if q["type"] == "multiple_choice" and q["answer"]["text"] == "2 December 1804"]
    assert mc and not [q["choices"] for q in mc if "26 May 1805" in q["choices"]], [q["choices"] for q in mc]


def test_a_kings_given_name_alone_is_written_out_as_the_king_last_named_there():
    text = ("---\ntitle: The Vell Rebellion\n---\n\nThe rebellion ended with the trial of Karl I (1649) and the exile "
            "of his son, Karl II (1651).\n\n## The king's rule\n\nKarl I married a French princess in 1625. "
            "In 1633, Karl appointed Hask as Archbishop of Orn. In 1637, Karl introduced a new prayer book "
            "to Brenn.\n")
    qs = [q for q in process_document(load_text(text, "v.md")).questions if q["type"] == "cloze"
          and "Archbishop" in q["prompt"]]
    assert qs and all("Karl I appointed" in q["prompt"] for q in qs), [q["prompt"] for q in qs]
    # the article's own Henry, or a given name someone else bears too, stays as the text has it
    text = ("---\ntitle: Henry VIII of Vell\n---\n\nHenry VIII was king of Vell. His father Henry VII died in 1509. "
            "In 1513, Henry invaded Orn with 30,000 men.\n")
    qs = [q for q in process_document(load_text(text, "h.md")).questions if "invaded Orn" in q["prompt"]]
    assert qs and not [q["prompt"] for q in qs if "Henry VII " in q["prompt"]], [q["prompt"] for q in qs]


def test_the_war_of_a_paragraph_on_another_war_is_not_renamed_to_the_articles():
    body = ("The First Vell War (1946–1954) was fought in Orn.\n\n## Background\n\nFrom October 1940 to May 1941, "
            "during the Franco-Hask War, the French defended their colony. Hask military successes were limited. "
            "The war ended in May 1941, with the French agreeing to minor territorial revisions.\n\n"
            "## Course\n\nThe war began in December 1946 when the French shelled Haiphong.\n")
    qs = [q for q in process_document(load_text("---\ntitle: First Vell War\n---\n\n" + body, "v.md")).questions
          if q["type"] == "cloze"]
    ended = [q for q in qs if "ended in" in q["prompt"]]
    began = [q for q in qs if "began in" in q["prompt"]]
    assert ended and not [q["prompt"] for q in ended if "First Vell War" in q["prompt"]], [q["prompt"] for q in ended]
    assert all("unresolved-reference" in q["quality_reasons"] for q in ended)
    assert began and all("First Vell War began" in q["prompt"] for q in began), [q["prompt"] for q in began]


def test_wiki51_classes_dollar_forms_number_words_with_a_scale_and_a_note_before_the_lead():
    assert {"$719 million", "US$719 million", "719 million"} <= set(formats.figure_forms(719e6, "USD 719 million"))
    text = ("---\ntitle: Lev Orn\n---\n\nThis name uses Eastern Slavic naming customs; the family name is Orn.\n\n"
            "Count Lev Nikolayevich Orn (Russian: Лев Орн; 9 September 1828 – 20 November 1910), usually "
            "referred to in English as Leo Orn, was a Russian writer. Orn's family ruled Vell for four hundred "
            "years. In 1844, he began studying law at Kazan University. In 1847, Orn left the university. In "
            "1851, Orn joined the army. In 1862, he married Sophia Behrs.\n")
    qs = process_document(load_text(text, "o.md")).questions
    years = [q for q in qs if q["answer"]["text"] == "four hundred years" and q["type"] == "cloze"]
    assert years and "400 years" in years[0]["answer"]["accept"], [q["answer"] for q in years]
    kazan = [q for seed in range(4) for q in process_document(load_text(text, "o.md"), Options(seed=seed)).questions
             if q["type"] == "multiple_choice" and q["answer"]["text"] == "1844"]
    # his life is read from the lead's bracket though a note on his name comes first: no option has him a child
    assert kazan and all(int(c) >= 1844 for q in kazan for c in q["choices"]), [q["choices"] for q in kazan]
