"""Every registered question type has each piece a later stage needs."""
import importlib
from pathlib import Path

import pytest

from quizgen.export import FORMATS
from quizgen.grade import GRADERS
from quizgen.model import QUESTION_TYPES
from quizgen.qtypes import QTYPES, per_type
from quizgen.render import LAYOUTS
from quizgen.serve.present import READ, SHOWN, STATE

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

# The per-type table of each format that writes questions type by type (json, jsonl and csv
# write every question the same way).
EXPORT_TABLES = {"gift": "BY_TYPE", "moodle-xml": "BY_TYPE", "qti": "BY_TYPE", "qti21": "BY_TYPE",
                 "anki": "CARDS", "kahoot": "BY_TYPE", "markdown": "BY_TYPE"}


def test_registry_lists_the_model_types():
    assert tuple(QTYPES) == QUESTION_TYPES


@pytest.mark.parametrize("name", list(QTYPES))
def test_type_has_a_grader(name):
    assert name in GRADERS


@pytest.mark.parametrize("fmt", sorted(EXPORT_TABLES))
def test_every_export_table_has_every_type(fmt):
    module = importlib.import_module(f"quizgen.export.{FORMATS[fmt].module}")
    assert set(getattr(module, EXPORT_TABLES[fmt])) == set(QTYPES)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_says_what_it_does_with_every_type(fmt):
    spec = FORMATS[fmt]
    said = [*spec.native, *spec.converted, *spec.skipped]
    assert sorted(said) == sorted(QTYPES)


@pytest.mark.parametrize("table", [LAYOUTS, SHOWN, READ, STATE])
def test_worksheet_and_served_quiz_tables_have_every_type(table):
    assert set(table) == set(QTYPES)


@pytest.mark.parametrize("name", list(QTYPES))
def test_type_has_its_templates(name):
    qtype = QTYPES[name]
    assert (TEMPLATES / "worksheet" / qtype.worksheet_partial).is_file()
    assert (TEMPLATES / "worksheet" / qtype.key_partial).is_file()
    assert (TEMPLATES / "serve" / qtype.serve_partial).is_file()


def test_a_table_missing_a_type_is_refused():
    table = {name: None for name in QTYPES if name != "matching"}
    with pytest.raises(AssertionError, match="matching"):
        per_type(table, "some export")


def test_a_table_with_an_unknown_type_is_refused():
    table = {name: None for name in QTYPES} | {"essay": None}
    with pytest.raises(AssertionError, match="essay"):
        per_type(table, "some export")
