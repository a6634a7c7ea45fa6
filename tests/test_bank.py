"""The bank format: schema, validation messages, hand edits, round trips."""

from __future__ import annotations

import copy
import json

import pytest

from quizgen.bank import check, dumps, load_bank, save_bank, schema, validate
from quizgen.errors import BankError

from conftest import DATA

SAMPLE = DATA / "sample.bank.json"


@pytest.fixture
def sample():
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def test_sample_is_valid(sample):
    assert validate(sample) == []


def test_schema_matches_the_code():
    s = schema()
    from quizgen.model import FACT_KINDS, QUESTION_TYPES

    q = s["$defs"]["question"]["properties"]
    assert tuple(q["type"]["enum"]) == QUESTION_TYPES
    assert tuple(q["kind"]["enum"]) == FACT_KINDS
    assert s["properties"]["schema"]["const"] == "quizgen.bank/1"


@pytest.mark.parametrize("edit, expected", [
    (lambda b: b["questions"][0].pop("prompt"), "$.questions[0]: 'prompt' is a required property"),
    (lambda b: b["questions"][1].update(type="essay"), "$.questions[1].type"),
    (lambda b: b["questions"][1]["answer"].update(text="Nobody"), "$.questions[1].answer.text: 'Nobody' is not one of the choices"),
    (lambda b: b["questions"][4]["answer"]["value"].pop(), "$.questions[4].answer.value"),
    (lambda b: b["questions"][0]["source"].update(document="elsewhere"), "$.questions[0].source.document"),
    (lambda b: b["questions"][2].update(id=b["questions"][0]["id"]), "duplicate id"),
    (lambda b: b.update(schema="quizgen.bank/9"), "$.schema"),
])
def test_problems_name_the_path(sample, edit, expected):
    edit(sample)
    problems = validate(sample)
    assert any(expected in p for p in problems), problems


def test_hand_edited_bank_loads_as_edited(tmp_path, sample):
    sample["questions"] = sample["questions"][:3]
    sample["questions"][0]["prompt"] = "In ________, Armenian forces took Shusha."
    p = tmp_path / "edited.bank.json"
    p.write_text(json.dumps(sample, ensure_ascii=False), encoding="utf-8")
    bank = load_bank(p)
    assert len(bank["questions"]) == 3 and bank["questions"][0]["prompt"].startswith("In ________")


def test_broken_json_reports_line(tmp_path):
    p = tmp_path / "broken.bank.json"
    p.write_text('{"schema": "quizgen.bank/1",\n "documents": [,]}', encoding="utf-8")
    with pytest.raises(BankError) as info:
        load_bank(p)
    assert "line 2" in str(info.value) and "broken.bank.json" in str(info.value)


def test_save_round_trip_keeps_characters(tmp_path, sample):
    p = save_bank(sample, tmp_path / "x" / "b.bank.json")
    assert load_bank(p) == sample
    assert "Շուշի" in p.read_text(encoding="utf-8")  # written as UTF-8, not \\u escapes
    assert json.loads(dumps(sample, pretty=False)) == sample


def test_check_raises_with_all_problems(sample):
    bad = copy.deepcopy(sample)
    bad["questions"][0].pop("answer")
    bad["questions"][1].pop("source")
    with pytest.raises(BankError) as info:
        check(bad, "hand.json")
    assert len(info.value.problems) == 2


def test_open_inputs_reads_jsonl_articles_and_lists(tmp_path):
    from quizgen.pipeline import open_inputs

    from conftest import ARTICLES, SEED

    text = SEED.read_text(encoding="utf-8")
    jsonl = tmp_path / "articles.jsonl"
    jsonl.write_text(json.dumps({"path": "shusha.md", "text": text}) + "\n" + "{not json}\n", encoding="utf-8")
    listing = tmp_path / "paths.txt"
    listing.write_text(f"{ARTICLES / 'du-fu.md'}\n# a comment\n", encoding="utf-8")
    bank, failures = open_inputs([str(jsonl), f"@{listing}"])
    assert [d["id"] for d in bank["documents"]] == ["shusha", "du-fu"]
    assert len(failures) == 1 and "not a JSON line" in str(failures[0])
    assert validate(bank) == []
