"""Zones (quizgen.extract.zones) are a speed-up only: scanning the windows around anchors must
find exactly what scanning the whole sentence finds."""

from __future__ import annotations

from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.extract import dates, figures, zones
from quizgen.load import load_path
from quizgen.model import Sentence

from conftest import SEED

# Pieces that make and break dates and numbers, with filler long enough to separate zones.
_PIECES = [
    "5", "14", "1,300", "2,000+", "1992", "755", "1990s", "the 1750s", "May", "November", "Nov.", "Sept",
    "8 May 1992", "from 14 to 16 November", "6–8 November 2020", "late 1991", "the winter of 1941–42",
    "Christmas Day", "New Year's Eve", "44 BC", "AD 96", "c. 1750", "between", "and", "to", "–", "-",
    "early", "mid-", "the end of", "one", "Twenty-one", "hundred", "thousand", "and a half", "½", "$",
    "US$", "Rs.", "million", "bn", "%", "km", "people", "soldiers", "No.", "page", "Route", "at 10:30",
    "18-of-27", "(1)", "(2)", "1.", "2.", "1, 2, 3 and 4", "Mi-24", "15th", "“", "”", "\"", "(", ")", ",",
    ".", ";", "ſix", "İ", "someone often weighed the matter at length and then", "Lt. Gen.", "the",
]
_sentences = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30).map(" ".join)


def _whole(text, *args, **kwargs):
    return [(0, len(text))]


def _date_scan(text: str) -> list:
    return [(f.start, f.end, f.precision, f.parts) for f in dates.scan(text, ancient=True)]


def _numbers(text: str) -> list:
    return [(n.start, n.end, n.value, n.raw) for n in figures._scan_numbers(text)]


def _skips(text: str) -> list:
    return figures._skip_spans(Sentence(text, 0, len(text), (), 0, 0), [])


def _same_with_and_without_zones(text: str) -> None:
    found = (_date_scan(text), _numbers(text), _skips(text))
    with mock.patch.object(zones, "around", _whole), mock.patch.object(figures, "_number_zones", _whole):
        assert (_date_scan(text), _numbers(text), _skips(text)) == found


def test_merge_joins_touching_windows():
    assert zones.merge([(10, 12), (30, 31), (100, 104)], 120, 10) == [(0, 41), (90, 114)]
    assert zones.merge([], 50, 10) == []


@settings(max_examples=300, deadline=None)
@given(_sentences)
def test_zones_find_what_whole_sentences_find(text):
    _same_with_and_without_zones(text)


def test_zones_find_what_whole_sentences_find_on_a_real_article():
    for s in load_path(SEED).sentences:
        _same_with_and_without_zones(s.text)
