"""Grading rules: exact types, tolerant short answers, ordering credit, item analysis."""

from __future__ import annotations

import pytest

from quizgen.grade import (
    discrimination_index,
    grade_attempt,
    grade_question,
    item_analysis,
    normalize,
    ordering_credit,
    parse_date,
    parse_number,
    text_matches,
)
from serve_fixtures import sample_bank

BANK = sample_bank()
Q = {q["id"][-2:]: q for q in BANK["questions"]}
DATE_CLOZE, MC_PERSON, TF, QUOTE, ORDERING, MATCHING, MC_FIGURE, PERSON_CLOZE = (
    Q["01"], Q["02"], Q["03"], Q["04"], Q["05"], Q["06"], Q["07"], Q["08"])


def short(answer_text, value=None, accept=None, qtype="short_answer"):
    return {"id": "x", "type": qtype, "prompt": "?", "points": 1,
            "answer": {"text": answer_text, "value": value if value is not None else answer_text,
                       "accept": accept or [answer_text]}}


@pytest.mark.parametrize("given", ["8 May 1992", "May 8, 1992", "1992-05-08", "8th May 1992", "the 8th of May, 1992",
                                   "may 8 1992", "8 May, 1992", "8 may 1992.", "May 8th, 1992", "8 MAY 1992"])
def test_dates_are_compared_as_dates(given):
    assert grade_question(DATE_CLOZE, given).correct


@pytest.mark.parametrize("given", ["1992", "May 1992", "9 May 1992", "8 May 1993", "8/5/1992", "", "May"])
def test_wrong_or_less_precise_dates_are_wrong(given):
    assert not grade_question(DATE_CLOZE, given).correct


def test_date_key_written_only_in_words_still_matches_iso():
    q = short("16 October 2020", value="2020-10-16", accept=["16 October 2020"])
    assert text_matches("2020-10-16", q)
    assert text_matches("October 16, 2020", q)
    assert not text_matches("2020-10-17", q)


def test_bc_years():
    assert parse_date("44 BC") == (-43, None, None)
    q = short("44 BC", value="-0043", accept=["44 BC"])
    assert text_matches("44 BCE", q)
    assert not text_matches("44", q)


@pytest.mark.parametrize("given", ["2000", "2,000", "2 000", "more than 2,000"])
def test_numbers_with_and_without_separators(given):
    q = short("more than 2,000", value=2000, accept=["more than 2,000", "2,000"])
    assert text_matches(given, q)


def test_number_words_and_scales():
    assert parse_number("twenty-one") == 21
    assert parse_number("1.5 million") == 1_500_000
    assert parse_number("2,000") == 2000
    assert parse_number("about 2,000") is None      # only bare numbers are compared numerically
    assert parse_number("12,34") is None            # not a thousands separator
    q = short("80", value=80, accept=["80"])
    assert text_matches("eighty", q)
    assert not text_matches("800", q)
    assert not text_matches("8", q)


@pytest.mark.parametrize("given,ok", [
    ("Ilham Aliyev", True), ("ilham aliyev", True), ("ILHAM ALİYEV", True), ("Aliyev", True), ("  Aliyev. ", True),
    ("Ilham", False), ("Aliev", False), ("Pashinyan", False),
])
def test_names_fold_case_and_accents_and_accept_the_surname(given, ok):
    assert grade_question(QUOTE, given).correct is ok


def test_accents_and_non_latin_scripts():
    q = short("Şuşa", accept=["Şuşa", "Shusha", "Շուշի"])
    assert text_matches("susa", q)
    assert text_matches("Shusha", q)
    assert text_matches("Շուշի", q)
    assert not text_matches("Stepanakert", q)


def test_leading_article_and_quotes_do_not_matter():
    q = short("Reporters Without Borders")
    assert text_matches("the reporters without borders", q)
    assert text_matches("“Reporters Without Borders”", q)
    assert normalize("  The  Hague. ") == "hague"


def test_multiple_choice_and_true_false_exact():
    assert grade_question(MC_PERSON, "Ilham Aliyev").correct
    assert not grade_question(MC_PERSON, "Aliyev").correct      # choices are exact
    assert not grade_question(MC_PERSON, "Nikol Pashinyan").correct
    assert grade_question(TF, "True").correct
    assert grade_question(TF, True).correct
    assert not grade_question(TF, "False").correct
    assert not grade_question(TF, "maybe").correct


def test_points_and_blank_answers():
    r = grade_question(MC_FIGURE, "more than 2,000")
    assert (r.credit, r.points, r.score) == (1.0, 2.0, 2.0)
    blank = grade_question(MC_FIGURE, None)
    assert not blank.answered and blank.score == 0
    assert not grade_question(QUOTE, "   ").answered


def test_ordering_partial_credit_is_share_of_adjacent_pairs_in_order():
    key = ORDERING["answer"]["value"]
    a, b, c, d = key
    assert ordering_credit([a, b, c, d], key) == 1
    assert ordering_credit([a, c, b, d], key) == pytest.approx(2 / 3)
    assert ordering_credit([d, c, b, a], key) == 0
    assert ordering_credit([b, c, d, a], key) == pytest.approx(2 / 3)
    assert ordering_credit([a, b, c], key) == 0          # not every item placed
    assert ordering_credit([a, a, c, d], key) == 0        # repeated item
    r = grade_question(ORDERING, [a, c, b, d])
    assert not r.correct and r.score == pytest.approx(2 / 3, abs=1e-3)
    assert grade_question(ORDERING, key).correct


def test_matching_is_all_or_nothing():
    key = {p["left"]: p["right"] for p in MATCHING["pairs"]}
    assert grade_question(MATCHING, key).correct
    wrong = dict(key)
    wrong["Per Armenia"], wrong["Per Artsakh"] = key["Per Artsakh"], key["Per Armenia"]
    assert grade_question(MATCHING, wrong).credit == 0
    assert grade_question(MATCHING, {"Per Armenia": "300+"}).credit == 0


def test_grade_attempt_totals():
    responses = {MC_PERSON["id"]: "Ilham Aliyev", MC_FIGURE["id"]: "more than 2,000", DATE_CLOZE["id"]: "May 8, 1992",
                 PERSON_CLOZE["id"]: "ohanyan", TF["id"]: "False"}
    g = grade_attempt(BANK["questions"], responses)
    assert g["max_score"] == 9
    assert g["score"] == 5
    assert g["percent"] == pytest.approx(55.6)


def test_discrimination_index_upper_lower_27_percent():
    # 10 students ranked by total; 27% of 10 -> groups of 3.
    totals = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]
    good_item = [1, 1, 1, 1, 1, 0, 0, 0, 0, 0]
    assert discrimination_index(good_item, totals) == 1.0
    bad_item = [0, 0, 0, 1, 1, 1, 1, 1, 1, 1]   # the strongest students miss it: a faulty key?
    assert discrimination_index(bad_item, totals) == -1.0
    flat = [1] * 10
    assert discrimination_index(flat, totals) == 0.0
    assert discrimination_index([1], [3]) is None


def test_item_analysis_facility_and_discrimination():
    strong = {MC_PERSON["id"]: "Ilham Aliyev", MC_FIGURE["id"]: "more than 2,000", TF["id"]: "True"}
    weak = {MC_PERSON["id"]: "Nikol Pashinyan", TF["id"]: "True"}
    stats = {s["id"]: s for s in item_analysis(BANK["questions"], [strong, strong, weak, weak])}
    assert stats[TF["id"]]["facility"] == 1.0
    assert stats[TF["id"]]["discrimination"] == 0.0
    assert stats[MC_PERSON["id"]]["facility"] == 0.5
    assert stats[MC_PERSON["id"]]["discrimination"] == 1.0
    assert stats[MC_FIGURE["id"]]["answered"] == 2


def test_ordering_given_as_places_scores_zero_unless_each_place_holds_one_item():
    key = ORDERING["answer"]["value"]
    a, b, c, d = key
    assert grade_question(ORDERING, {a: 1, b: 2, c: 3, d: 4}).correct
    assert grade_question(ORDERING, {a: 1, b: 3, c: 2, d: 4}).credit == pytest.approx(2 / 3)
    for tied in ({a: 1, b: 2, c: 3, d: 3}, {a: 1, b: 1, c: 1, d: 1}, {a: 1, b: 2, c: 3}, {a: 1, b: 2, c: 3, d: 9}):
        r = grade_question(ORDERING, tied)
        assert r.answered and r.credit == 0, tied


@pytest.mark.parametrize("text", ["44 BC", "44 B.C.", "44 B.C.E.", "44 bce"])
def test_bc_years_in_every_spelling(text):
    assert parse_date(text) == (-43, None, None)
    assert parse_date(text.replace("44", "79").replace("B.C.E.", "C.E.").replace("B.C.", "A.D.")
                      .replace("BC", "AD").replace("bce", "ce")) == (79, None, None)
