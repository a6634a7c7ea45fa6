"""Rules added after reading the verdicts of the last measures (long pages of every kind), each
shown on invented text."""

from __future__ import annotations

from quizgen.load import load_text
from quizgen.pipeline import Options, process_document


def bank(body: str, title: str = "Vell", front: str = "") -> list[dict]:
    doc = load_text(f"---\ntitle: {title}\n{front}---\n{body}\n", "x.md")
    return process_document(doc, Options()).questions


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
