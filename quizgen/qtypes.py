"""The registry of question types: what is particular to each type, in one place.

Like ``export.FORMATS`` for formats, ``QTYPES`` lists every question type once. Later stages
look a type up here instead of branching on its name, so adding a type means adding one entry
(plus its templates and, in ``grade.GRADERS``, its grader).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from quizgen.model import QUESTION_TYPES

T = TypeVar("T")


@dataclass(frozen=True)
class QuestionType:
    name: str
    single_fact: bool  # asks about one fact of one sentence (selection avoids give-aways)
    long: bool  # takes a lot of room on a sheet: capped in a mixed selection
    label: str  # in messages and reviews: "3 true/false questions skipped"

    @property
    def worksheet_partial(self) -> str:
        return f"_{self.name}.html"

    @property
    def key_partial(self) -> str:
        return f"_key_{self.name}.html"

    @property
    def serve_partial(self) -> str:
        """The answer fields of a served quiz, under templates/serve/."""
        return f"_{self.name}.html"


QTYPES: dict[str, QuestionType] = {t.name: t for t in (
    QuestionType("short_answer", single_fact=True, long=False, label="short-answer"),
    QuestionType("cloze", single_fact=True, long=False, label="cloze"),
    QuestionType("multiple_choice", single_fact=True, long=False, label="multiple-choice"),
    QuestionType("true_false", single_fact=True, long=False, label="true/false"),
    QuestionType("ordering", single_fact=False, long=True, label="ordering"),
    QuestionType("matching", single_fact=False, long=True, label="matching"),
)}

assert tuple(QTYPES) == QUESTION_TYPES, "QTYPES and model.QUESTION_TYPES list the same types"

SINGLE_FACT = frozenset(n for n, t in QTYPES.items() if t.single_fact)
LONG_TYPES = frozenset(n for n, t in QTYPES.items() if t.long)


def per_type(table: dict[str, T], what: str) -> dict[str, T]:
    """Return ``table`` after checking it has exactly one entry per registered type.

    A format that cannot hold a type still lists it, with an entry that says so (and why): a
    missing type is an error here, never a silent fall-through.
    """
    missing = [n for n in QTYPES if n not in table]
    unknown = [n for n in table if n not in QTYPES]
    if missing or unknown:
        raise AssertionError(f"{what}: missing question types {missing}, unknown {unknown}")
    return table
