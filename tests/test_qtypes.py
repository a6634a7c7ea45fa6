"""Every registered question type has each piece a later stage needs."""
import pytest

from quizgen.grade import GRADERS
from quizgen.model import QUESTION_TYPES
from quizgen.qtypes import QTYPES


def test_registry_lists_the_model_types():
    assert tuple(QTYPES) == QUESTION_TYPES


@pytest.mark.parametrize("name", list(QTYPES))
def test_type_has_a_grader(name):
    assert name in GRADERS
