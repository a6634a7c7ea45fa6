"""The speaker finder that the quote and figure rules share: cue, party and whether it is a known person."""

from __future__ import annotations

import re

import pytest

from quizgen.extract import dates, figures, people, quotes, speakers
from quizgen.extract.speakers import Speaker
from quizgen.load import load_text

INTRO = "Helen Carter became director of the harbour museum in 1990. "


def doc_of(body: str):
    return load_text(f"---\ntitle: x\n---\n{body}\n", "x.md")


def quotation(doc, n: int = 0) -> speakers.Quotation:
    """The n-th quotation of the document (straight quotes, opened and closed in order)."""
    marks = [m.start() for m in re.finditer('"', doc.text)]
    start, end = marks[2 * n], marks[2 * n + 1] + 1
    at = lambda pos: next(s for s in doc.sentences if s.start <= pos < s.end)  # noqa: E731
    return speakers.Quotation(at(start), start, at(end - 1), end)


def speaker_of(body: str, accept=speakers.any_party) -> Speaker | None:
    doc = doc_of(body)
    return speakers.find_speaker(doc, quotation(doc), speakers.Mentions.of(people.extract(doc)), accept)


def figure_sources(body: str) -> dict[str, str | None]:
    doc = doc_of(body)
    return {f.text: f.attrs["source"] for f in figures.extract(doc, dates.extract(doc), people.extract(doc))}


def quote_speakers(body: str) -> list[str]:
    doc = doc_of(body)
    return [q.value for q in quotes.extract(doc, people.extract(doc))]


def test_a_known_person_before_said_and_a_colon():
    got = speaker_of(INTRO + 'In 1995 Carter said: "We counted 40 boats in the harbour that winter."')
    assert got == Speaker("said", "Carter", "Helen Carter")
    assert got.known and not got.after


def test_a_known_person_after_the_quotation():
    got = speaker_of(INTRO + '"We counted 40 boats in the harbour that winter," Carter later said.')
    assert got == Speaker("said", "Carter", "Helen Carter", after=True)


def test_a_pronoun_after_the_quotation_names_nobody():
    assert speaker_of(INTRO + '"We counted 40 boats in the harbour that winter," he said.') is None


def test_a_quotation_over_two_sentences_takes_the_speaker_where_it_closes():
    body = INTRO + '"We counted 40 boats that winter. Only 12 came back in the spring," Carter said.'
    doc = doc_of(body)
    quote = quotation(doc)
    assert quote.opens.index + 1 == quote.closes.index
    assert speakers.find_speaker(doc, quote, speakers.Mentions.of(people.extract(doc))).person == "Helen Carter"
    assert figure_sources(body) == {"40": "Carter", "12": "Carter"}


def test_a_quotation_over_two_sentences_takes_the_speaker_where_it_opens():
    body = INTRO + 'In 1995 Carter said: "We counted 40 boats that winter. Only 12 came back in the spring."'
    assert figure_sources(body) == {"40": "Carter", "12": "Carter"}


def test_the_second_part_of_a_quotation_split_by_its_speaker():
    # '"After I am dead," George said, "the boy will ruin himself in twelve months."'
    body = INTRO + '"We counted the boats that winter," Carter said, "and only 12 came back in the spring."'
    assert figure_sources(body) == {"12": "Carter"}
    assert quote_speakers(body) == ["Helen Carter", "Helen Carter"]


def test_an_organisation_speaks_for_the_figures_only():
    body = 'The fisheries ministry said: "Only 12 of the 40 boats came back in the spring."'
    assert speaker_of(body) == Speaker("said", "fisheries ministry")
    assert figure_sources(body) == {"12": "fisheries ministry", "40": "fisheries ministry"}
    assert quote_speakers(body) == []  # a body the text does not name is no quote's speaker


def test_a_named_organisation_speaks_for_both():
    body = 'The Harbour Authority said: "Only 12 of the 40 boats came back in the spring."'
    assert speaker_of(body) == Speaker("said", "Harbour Authority")
    assert figure_sources(body) == {"12": "Harbour Authority", "40": "Harbour Authority"}
    assert quote_speakers(body) == ["Harbour Authority"]


def test_a_clause_before_a_colon_speaks_for_the_figures_only():
    body = INTRO + 'That winter, Carter challenged her staff: "We must bring 12 more boats into the museum."'
    got = speaker_of(body)
    assert got == Speaker(speakers.COLON, "Carter", "Helen Carter")
    assert figure_sources(body) == {"12": "Carter"}
    assert quote_speakers(body) == []  # the quote rules want a verb of saying


def test_the_finder_looks_on_past_a_speaker_the_caller_refuses():
    body = 'In its review, Time wrote: "The harbour museum drew 40,000 visitors in its first year."'
    assert speaker_of(body) == Speaker("wrote", "Time")
    assert speaker_of(body, accept=lambda s: s.party != "Time") is None
    assert quote_speakers(body) == []  # a lone capitalised word: too often no name at all
    assert figure_sources(body) == {"40,000": "Time"}


def test_a_verb_joined_to_an_earlier_one_keeps_its_speaker():
    body = (INTRO + 'Carter called the harbour "never large enough for the fleet", and added that "only 12 boats '
            'could moor there at once."')
    doc = doc_of(body)
    got = speakers.find_speaker(doc, quotation(doc, 1), speakers.Mentions.of(people.extract(doc)))
    assert got == Speaker("added", "Carter", "Helen Carter")


@pytest.mark.parametrize("body", [
    'Locals still call the pier "the place of the 12 boats that never came back".',  # no verb of saying
    'In 1995 he wrote: "We counted 40 boats in the harbour that winter."',  # a pronoun
    '"We counted 40 boats in the harbour that winter."',  # nothing around it
])
def test_no_speaker(body):
    assert speaker_of(body) is None
    assert set(figure_sources(body).values()) == {None}


def test_according_to_names_a_reporter_when_another_gives_the_words():
    intro = "Karl Osk was a poet of Vell. The poet Karl Osk wrote odes. "
    reported = intro + ("According to the poet Karl Osk, King Ivo Brandt also admired her verse, hailing her "
                        "as \"the finest singer our kingdom has ever known\".")
    own = intro + "According to the poet Karl Osk, \"she was the finest singer our kingdom has ever known\"."
    assert quote_speakers(own) == ["Karl Osk"]
    assert quote_speakers(reported) == []
