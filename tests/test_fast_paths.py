"""Shortcuts taken for speed must give the answers of the plain rules they stand for. Each test
checks a shortcut against the straightforward form of the same rule, on invented text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen import generate, quality
from quizgen.model import Question

# Words that the rules look for, mixed with filler, capitals, digits, months and odd letters
# ("ſ" and the Kelvin sign match "s" and "k" under re.I).
_WORDS = ["the", "The", "next", "day", "that", "year", "Thus", "those", "after", "Before", "years", "later",
          "see", "below", "on", "right", "of", "with", "That", "war", "it", "is", "May", "March", "sept", "12",
          "3,400", "1.5", "Şuşa", "ſee", "\u212aing", "city", "per", "cent", "GDP", "census", "oilbbl",
          "e6carat", "A-change", "...", "…", "market", "sales", "number", "worth", "was", "army", "crossed", "river", "Brindlemoor", "(", ")", ",", "."]
_sentences = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=20).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_sentences)
def test_leaning_phrases_are_found_as_the_case_insensitive_pattern_finds_them(text):
    assert generate._leans_inside(text) == bool(generate._LEANING_INSIDE.search(text))


def _shape_of_whole_sentence(text: str) -> str:
    shape = quality._SHAPE_MONTH.sub("M", text)
    shape = quality._SHAPE_NUMBER.sub("N", shape)
    shape = re.sub(r"\b[A-Z][\w'’-]*", "X", shape)
    return " ".join(shape.lower().split()[:8])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS + ["\u00a0", "\t", "  "]), min_size=0, max_size=25).map(" ".join))
def test_a_sentence_shape_is_that_of_its_first_eight_words(text):
    assert quality.sentence_shape(text) == _shape_of_whole_sentence(text)


def test_daily_reports_that_differ_after_eight_words_are_one_family():
    sentences = [f"On {d} May, {n} new cases were confirmed in the {place} district of Vell."
                 for d, n, place in ((3, 12, "northern"), (4, 9, "southern"), (5, 30, "western"))]
    shapes = {quality.sentence_shape(s) for s in sentences}
    assert len(shapes) == 1


_STATISTIC_PER_WORD = re.compile(r"%|\bper ?cent\b|\bcensus\b|\bpopulation\b|\bestimated?\b|\brate\b|\bGDP\b|"
                                 r"\bper capita\b|\baverage\b|\bmedian\b|\bsurvey\b|\bmarket\b|\bwas worth\b|"
                                 r"\bvalued at\b|\brevenues?\b|\bsales\b|\bexports\b|\bimports\b|\bnumber of\b", re.I)


@settings(max_examples=300, deadline=None)
@given(_sentences)
def test_the_statistic_words_are_those_of_the_per_word_pattern(text):
    assert quality._has_statistic(text) == bool(_STATISTIC_PER_WORD.search(text))


def _prompt_question(prompt: str) -> Question:
    return Question(id="q", type="cloze", kind="figure", prompt=prompt, answer={"text": "1"}, source={})


@settings(max_examples=300, deadline=None)
@given(_sentences)
def test_garbled_text_is_what_the_full_pattern_finds(text):
    q = _prompt_question(text)
    assert quality._garbled(q, quality.Evidence()) == bool(quality._GARBLED.search(text))


def test_each_kind_of_converter_leftover_is_still_found():
    for prompt in ("Output reached 40 koilbbl/d in ____.", "It yielded 2 e6carat of diamonds in ____.",
                   "The A-change came in ____.", "He said “we will ... return” in ____.", "It rose … in ____."):
        assert quality._garbled(_prompt_question(prompt), quality.Evidence()), prompt
    assert not quality._garbled(_prompt_question("The river rose 3 metres in ____."), quality.Evidence())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_answers_are_already_plain(text):
    import unicodedata
    assert generate._plain(text) == "".join(c for c in unicodedata.normalize("NFKD", text)
                                            if not unicodedata.combining(c))


# The caseless shortcuts lower ASCII text and match without re.I: the same answers and offsets.
_CASELESS = [r"\b(?:usually|every year|is held)\b", r"\bthe (city|war|act)\b(?!\s+of\b)",
             r"\b(?:he|she|it|they|his|its)\b", r"%|\b(?:per ?cent|census|gdp|market|number of)\b"]


@settings(max_examples=300, deadline=None)
@given(_sentences, st.sampled_from(_CASELESS))
def test_caseless_shortcuts_match_as_the_case_insensitive_pattern(text, pattern):
    from quizgen import vocab

    plain = re.compile(pattern, re.I)
    assert vocab.caseless_test(pattern)(text) == bool(plain.search(text))
    assert [m.span() for m in vocab.caseless_finditer(pattern)(text)] == [m.span() for m in plain.finditer(text)]


def test_a_caseless_shortcut_needs_a_lower_case_ascii_pattern():
    import pytest

    from quizgen import vocab

    for pattern in (r"\bGDP\b", r"\bſee\b", r"\S+"):
        with pytest.raises(ValueError):
            vocab.caseless_test(pattern)


_PLAN_WORDS = ["will", "willing", "is", "are", "planned", "scheduled", "due", "required", "plans", "to", "xwill", "Will",
               "May", "xMay", "123", "1234", ",", "_", "April"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PLAN_WORDS + _WORDS), min_size=1, max_size=20).map(lambda w: "".join(
    x + ("" if i % 3 == 2 else " ") for i, x in enumerate(w))))
def test_patterns_led_by_letters_find_what_the_word_boundary_forms_find(text):
    from quizgen.extract import dates

    future = re.compile(r"\b(?:will|(?:is|are) (?:planned|scheduled|expected|due|required)|plans to)\b")
    ancient = re.compile(rf"\b{dates._MONTH_FULL},?\s+\d{{3}}\b(?!,\d)")
    assert bool(dates._FUTURE.search(text)) == bool(future.search(text))
    assert [m.span() for m in dates._ANCIENT_MONTH_YEAR.finditer(text)] == [m.span() for m in ancient.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 200), st.integers(0, 30)), max_size=8), st.integers(0, 200),
       st.integers(0, 40))
def test_zones_merge_as_windows_merged_one_by_one(spans, length, margin):
    from quizgen.extract import zones

    out: list[tuple[int, int]] = []
    for start, end in sorted((a, a + n) for a, n in spans):
        lo, hi = max(0, start - margin), min(length, end + margin)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(hi, out[-1][1]))
        else:
            out.append((lo, hi))
    assert zones.merge([(a, a + n) for a, n in spans], length, margin) == out


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab ,'()[]\"“”", max_size=30))
def test_commas_split_the_same_with_or_without_quotes_and_brackets(text):
    from quizgen.extract import figures

    plain = text.replace("(", "").replace(")", "").replace("[", "").replace("]", "").replace('"', "") \
        .replace("“", "").replace("”", "")
    # (without marks the fast split runs; the slow loop gives the same for text without marks)
    parts, buf = [], []
    for ch in plain:
        if ch == ",":
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    parts.append("".join(buf))
    assert figures._split_commas(plain) == [p.strip(" \"“”'") for p in parts if p.strip(" \"“”'")]
