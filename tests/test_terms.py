"""Term rules: the words an article defines, and the questions asked about them."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.extract import extract_facts, infobox, people, terms
from quizgen.load import load_text
from quizgen.model import Options
from quizgen.pipeline import process_document

def doc_of(body: str, title: str = "Lichens"):
    return load_text(f"---\ntitle: {title}\n---\n{body}\n", "x.md")


def found(body: str, title: str = "Lichens") -> list[tuple[str, str | None, str]]:
    doc = doc_of(body, title)
    return [(f.value, f.attrs["names"], f.attrs["rule"]) for f in terms.extract(doc, people.extract(doc), infobox.extract(doc))]


def dropped(body: str, title: str = "Lichens") -> list[tuple[str, str]]:
    doc = doc_of(body, title)
    return [(term, rule) for _, term, rule in terms.explain(doc, people.extract(doc), infobox.extract(doc))]


# ---------------------------------------------------------------- the rules that take a term

def test_passive_naming():
    assert found("The study of mosses is called bryology.") == [("bryology", "The study of mosses", "naming-passive")]


def test_passive_naming_with_an_adverb_and_known_as():
    assert found("The thin outer layer of a shell is commonly known as the periostracum.") == [
        ("periostracum", "The thin outer layer of a shell", "naming-passive")]
    assert found("Small rounded stones worn by a river are often referred to as cobbles.") == [
        ("cobbles", "Small rounded stones worn by a river", "naming-passive")]


def test_apposition_naming_with_commas_and_brackets():
    assert found("The thread-like roots, called rhizines, hold the body to the rock.") == [
        ("rhizines", "The thread-like roots", "naming-apposition")]
    assert found("The outer skin of a grape (also called the exocarp) is thin.") == [
        ("exocarp", "The outer skin of a grape", "naming-apposition")]


def test_participle_naming_of_a_short_subject_before_its_verb():
    assert found("Small openings called stomata are found on the underside of a leaf.") == [
        ("stomata", "Small openings", "naming-participle")]


def test_participle_naming_keeps_the_phrase_a_preposition_hangs_on():
    assert found("Young fish shelter in an area between the roots called the nursery zone.") == [
        ("nursery zone", "an area between the roots", "naming-participle")]


def test_participle_naming_ends_the_term_at_a_relative_word():
    assert found("Many ferns grow a coiled young leaf called a fiddlehead that unrolls in spring.") == [
        ("fiddlehead", "a coiled young leaf", "naming-participle")]


def test_what_is_now_called_names_no_noun_phrase():
    assert found("The engineer described what is now known as the feedback loop in a letter to a friend.") == [
        ("feedback loop", None, "what-is-called")]


def test_eponymous_terms_are_terms_not_names():
    assert found("Early surveyors relied on what is now called Hadley's rule when crossing the plain.") == [
        ("Hadley's rule", None, "what-is-called")]


def test_name_given_and_term_for():
    assert found("Scree is the name given to the broken rock at the foot of a cliff.") == [
        ("scree", "the broken rock at the foot of a cliff", "name-given")]
    assert found("Walkers often cross a gully (a term for a steep narrow channel) on the way up.") == [
        ("gully", "a steep narrow channel", "term-for")]


def test_bold_or_italic_term_opening_a_definition():
    assert found("**Fruticose** growth is a shrubby form of branching.") == []  # the bold word is not the subject
    assert found("_Soredia_ are small clusters of fungal threads wrapped around algal cells.") == [
        ("soredia", "small clusters of fungal threads wrapped around algal cells", "emphasised-definition")]


def test_the_fact_records_span_and_emphasis():
    doc = doc_of("A grain of pollen that lands on the wrong flower is called a _stray grain_.")
    (f,) = terms.extract(doc, [], [])
    assert doc.text[f.span[0]:f.span[1]] == "a stray grain"
    assert f.text == "a stray grain" and f.value == "stray grain" and f.attrs["emphasised"] is True


# ---------------------------------------------------------------- the refusals

@pytest.mark.parametrize("body, rule", [
    ("This receiving is called ukemi.", "leaning-subject"),
    ("These shared traits are called synapomorphies.", "leaning-subject"),
    ("Some teeth are so large that they are referred to as tusks.", "leaning-subject"),
    ("In Welsh, the small cake is called picen.", "local-name"),
    ("The Breton dance, known as the gavotte, is danced in a line.", "local-name"),
    ("The festival bread is called bara brith in the Welsh language.", "local-name"),
    ("The harbour town is known as Porthmorva.", "place-name"),
    ("The expedition was called a failure by the press.", "evaluative"),
    ("The players were called to the bench before the match.", "not-a-naming"),
    ("The park was named after the first mayor of the town.", "not-a-naming"),
    ("Halden called it a mistake of the surveyors.", "not-a-naming"),
    ("The mixture is called a very long and complicated name by chemists who study it.", "list"),
    ("A small band of players called the Wandering Minstrels, formed in 1920, toured the coast.", "proper-name"),
    ("_Tidewater_ is an American magazine about boats.", "title-of-work"),
    ("The union called a strike in 1926.", "not-a-naming"),
    ("Accordingly, mosses are named and classified as small plants of the shade.", "not-a-naming"),
    ("The jaws have long rows of small teeth called keradonts surrounded by a horny beak.", "unclear-end"),
    ("Our bodies occupy space, the same way other things called outer objects do in the world.", "unclear-end"),
    ("The process is called photosynthesis.", "leaning-subject"),
    ("Fishermen live in a village called the hollow.", "place-name"),
    ("The region is known as a centre of the wool trade.", "description"),
    ("The fastest moving part of a glacier is called the central flow line of the moving ice mass.", "too-long"),
])
def test_refusals(body, rule):
    assert found(body) == []
    assert rule in [r for _, r in dropped(body)]


def test_the_articles_own_title_is_no_term():
    assert found("A fungus living with an alga is called a lichen.", title="Lichen") == []
    assert ("a lichen", "title") in dropped("A fungus living with an alga is called a lichen.", title="Lichen")


def test_a_person_of_the_article_is_no_term():
    body = ("The geologist Marta Oyelaran led the survey in 1990. Oyelaran wrote two books about it. "
            "A pupil of the survey school was called an oyelaran.")
    assert found(body) == []
    assert ("an oyelaran", "known-name") in dropped(body)


def test_a_name_of_someone_is_no_term():
    assert found("Clara Whitby was called Nell by her family.") == []


# ---------------------------------------------------------------- questions

BODY = """Lichens are living partnerships of a fungus with an alga.

## Structure

The thread-like roots of a lichen are called rhizines.
The powdery clusters that spread a lichen are known as soredia.
The upper skin of a lichen is called the cortex.
The layer of algal cells under the upper skin is called the photobiont layer.
The loose inner tissue of a lichen is called the medulla.
"""


def term_questions(body: str = BODY):
    doc = doc_of(body)
    return [q for q in process_document(doc, Options()).questions if q["kind"] == "term"]


def test_cloze_blanks_the_term_and_accepts_its_forms():
    qs = {q["answer"]["text"]: q for q in term_questions() if q["type"] == "cloze"}
    q = qs["cortex"]
    assert q["prompt"] == "The upper skin of a lichen is called the ________."
    assert {"cortex", "the cortex", "cortexes"} <= set(q["answer"]["accept"])
    assert {"rhizines", "rhizine"} <= set(qs["rhizines"]["answer"]["accept"])


def test_multiple_choice_takes_other_terms_of_the_same_form():
    qs = [q for q in term_questions() if q["type"] == "multiple_choice"]
    assert qs
    for q in qs:
        assert len(q["choices"]) == 4 and q["answer"]["text"] in q["choices"]
        if q["answer"]["text"] == "cortex":  # single words among single words
            assert "photobiont layer" not in q["choices"]
        for option in q["choices"]:
            assert option.lower() not in q["prompt"].lower().replace("________", "")


def test_no_multiple_choice_with_fewer_than_three_other_terms():
    body = "The thread-like roots of a lichen are called rhizines.\n\nThe upper skin of a lichen is called the cortex.\n"
    types = [q["type"] for q in term_questions(body)]
    assert types == ["cloze", "cloze"]


def test_two_names_of_one_thing_are_never_each_others_options():
    body = BODY + "\nThe loose inner tissue of a lichen is also called the pith.\n"
    for q in term_questions(body):
        if q["type"] == "multiple_choice" and q["answer"]["text"] in ("medulla", "pith"):
            assert not {"medulla", "pith"} <= set(q["choices"])


def test_a_prompt_printing_the_term_is_not_asked():
    body = "A hand-held frame of beads, invented by Anna Lorimer, is called the Lorimer frame in her notes."
    assert term_questions(body) == []


def test_a_prompt_printing_a_word_of_the_terms_stem_is_not_asked():
    body = "Fossil fish with teeth shaped like the teeth of Ceratodon are called ceratodonts."
    assert [f[0] for f in found(body)] == ["ceratodonts"]
    assert term_questions(body) == []


def test_the_kind_can_be_left_out():
    doc = doc_of(BODY)
    assert not [f for f in extract_facts(doc, ("date", "person")) if f.kind == "term"]
    assert not [q for q in process_document(doc, Options(kinds=("date",))).questions if q["kind"] == "term"]


def test_seed_banks_with_terms_stay_valid_against_the_schema():
    from quizgen import bank
    from quizgen.load import load_path

    seeds = Path(__file__).resolve().parents[1] / "seeds"
    docs, questions = [], []
    for path in sorted(seeds.glob("*.md")):
        if path.name == "SOURCES.md":
            continue
        result = process_document(load_path(path), Options())
        docs.append(result.document)
        questions += result.questions
    extra = process_document(doc_of(BODY), Options())  # the seeds are not concept articles: add one
    docs.append(extra.document)
    questions += extra.questions
    assert any(q["kind"] == "term" for q in questions)
    assert bank.validate(bank.new_bank(docs, questions, options=Options().to_json())) == []


def test_a_comparison_with_known_as_is_no_naming():
    assert found('According to Karl Osk, "it is doubtful whether anyone has ever known as much as he did".') == []
    assert found("The lichen was known as well as the moss to the farmers of Vell.") == []
