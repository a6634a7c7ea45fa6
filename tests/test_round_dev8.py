"""Rules added after reading the verdicts of the latest measures, each shown on invented text."""

from __future__ import annotations

from quizgen.load import load_text
from quizgen.pipeline import Options, process_document


def bank(body: str, title: str = "Vell", front: str = "") -> list[dict]:
    doc = load_text(f"---\ntitle: {title}\n{front}---\n{body}\n", "x.md")
    return process_document(doc, Options()).questions


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
    from quizgen.extract import extract_facts
    doc = load_text(f"---\ntitle: {title}\n---\n{body}\n", "x.md")
    return [f.value for f in extract_facts(doc) if f.kind == "person"]


def test_an_entry_of_a_list_of_characters_is_a_character_wherever_named():
    body = ("The Orn Affair is a 1931 novel by Mary Hask.\n\n## Plot\n\nA party gathers at Orn.\n\n"
            "## Characters\n\n * **Dr Peter Brandt**, a pathologist\n * **Anne Tamo**, a guest\n\n"
            "## Reception\n\nThe hero of the novel is Peter Brandt, and critics praised Mary Hask for him.")
    found = people(body, title="The Orn Affair")
    assert "Mary Hask" in found
    assert not any("Brandt" in p or "Tamo" in p for p in found)
