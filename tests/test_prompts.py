"""Question prompts come from templates/questions/prompts.json, which a user can override."""
from __future__ import annotations

import json
import re
from pathlib import Path

from quizgen.load import load_text
from quizgen.pipeline import Options, process_document
from quizgen.prompts import PROMPTS_FILE, builtin_templates_dir, label_question, prompt, prompts

GENERATE = Path(__file__).resolve().parent.parent / "quizgen" / "generate.py"

ARTICLE = """---
title: Harbour Example
infoboxes:
  - name: {text: Harbour Example}
    founded: {text: 3 March 1712}
---

The harbour at Example Bay was opened on 14 June 1871 by the town council.

The lighthouse on the north pier was finished on 2 August 1889 after three years of work.

The first steamship reached the harbour on 9 May 1902 with a cargo of coal.
"""


def test_every_key_the_generator_asks_for_is_in_the_file():
    source = GENERATE.read_text(encoding="utf-8")
    keys = set(re.findall(r'_words\(\s*"(\w+)"', source))
    keys |= {f"{asks}_choice" for asks in ("date", "year")}  # _words(f"{asks}_choice", ...)
    keys |= set(re.findall(r'label_question\(\s*"(\w+)"', source))
    assert keys and keys <= set(prompts())


def test_placeholders_are_filled():
    assert prompt("according_to", source="the census", sentence="The town had ____ people.") == \
        "According to the census: The town had ____ people."


def test_infobox_label_questions_match_the_whole_label_in_any_case():
    assert label_question("infobox_field_questions", " Capital ", title="Freedonia") == "What is the capital of Freedonia?"
    assert label_question("infobox_field_questions", "Capital punishment", title="Freedonia") is None


def test_a_users_file_rewords_prompts_and_keeps_the_rest(tmp_path):
    (tmp_path / "questions").mkdir()
    (tmp_path / PROMPTS_FILE).write_text(json.dumps({
        "date_choice": "Quelle date complète la phrase ? « {sentence} »",
        "infobox_field_questions": [],
        "infobox_date_questions": [["founded", "Quand {title} a-t-il été fondé ?"]],
    }, ensure_ascii=False), encoding="utf-8")
    doc = load_text(ARTICLE, "harbour.md")
    builtin = process_document(doc, Options()).questions
    mine = process_document(doc, Options(templates=str(tmp_path))).questions
    assert [q["id"] for q in mine] == [q["id"] for q in builtin]
    changed = [(a["prompt"], b["prompt"]) for a, b in zip(builtin, mine) if a["prompt"] != b["prompt"]]
    assert changed
    for old, new in changed:
        assert old.startswith(("Which date completes the sentence? “", "When was Harbour Example founded?"))
        assert new.startswith(("Quelle date complète la phrase ? « ", "Quand Harbour Example a-t-il été fondé ?"))
    assert "Quand Harbour Example a-t-il été fondé ?" in {q["prompt"] for q in mine}
    # untouched keys keep the built-in words (ordering has no entry in the user's file)
    assert [q["prompt"] for q in builtin if q["type"] == "ordering"] == \
        [q["prompt"] for q in mine if q["type"] == "ordering"]


def test_the_built_in_wording_is_not_recorded_in_the_bank():
    assert "templates" not in Options().to_json()
    assert Options(templates="/school/words").to_json()["templates"] == "/school/words"


def test_the_prompt_file_is_valid_json_of_texts():
    data = json.loads((builtin_templates_dir() / PROMPTS_FILE).read_text(encoding="utf-8"))
    for key, value in data.items():
        assert isinstance(value, (str, list)), key
