"""The registry of question types: what is particular to each type, in one place.

Like ``export.FORMATS`` for formats, ``QTYPES`` lists every question type once. Later stages
look a type up here instead of branching on its name, so adding a type means adding one entry
(plus its templates and, in ``grade.GRADERS``, its grader).
"""
from __future__ import annotations

from dataclasses import dataclass

from quizgen.model import QUESTION_TYPES


@dataclass(frozen=True)
class QuestionType:
    name: str
    single_fact: bool  # asks about one fact of one sentence (selection avoids give-aways)
    long: bool  # takes a lot of room on a sheet: capped in a mixed selection

    @property
    def worksheet_partial(self) -> str:
        return f"_{self.name}.html"

    @property
    def key_partial(self) -> str:
        return f"_key_{self.name}.html"


QTYPES: dict[str, QuestionType] = {t.name: t for t in (
    QuestionType("short_answer", single_fact=True, long=False),
    QuestionType("cloze", single_fact=True, long=False),
    QuestionType("multiple_choice", single_fact=True, long=False),
    QuestionType("true_false", single_fact=True, long=False),
    QuestionType("ordering", single_fact=False, long=True),
    QuestionType("matching", single_fact=False, long=True),
)}

assert tuple(QTYPES) == QUESTION_TYPES, "QTYPES and model.QUESTION_TYPES list the same types"

SINGLE_FACT = frozenset(n for n, t in QTYPES.items() if t.single_fact)
LONG_TYPES = frozenset(n for n, t in QTYPES.items() if t.long)
