"""Grading: pure functions that score one response, one attempt, and the items of a class.

Nothing here touches a database or the web; the class server, exports and tests all use it.

Responses have one shape per question type:

* ``multiple_choice``: the chosen choice text;
* ``true_false``: ``True``/``False`` (or the strings "True"/"False");
* ``short_answer`` / ``cloze``: the text the student typed;
* ``ordering``: the list of item texts in the student's order, or ``{item: place}`` as the student
  gave the places (the class server stores that form when two items share a place);
* ``matching``: a dict ``{left: chosen right}``.

Scoring rules (also in ``docs/serve.md``):

* multiple choice, true/false and matching are all or nothing;
* ordering gives partial credit: the share of *adjacent pairs* in the student's list whose two
  items are in the right relative order (n items have n - 1 such pairs). ``A B C D`` against the
  key ``A B C D`` scores 3/3, ``A C B D`` 2/3 (one swap), ``D C B A`` 0/3. A response that does
  not place every item exactly once (an item missing or repeated, two items in one place) scores 0;
* short answers and cloze are compared the way a teacher would: case, accents, quotes, spacing and
  a final full stop do not matter; a leading "the" does not matter; dates are compared as dates
  (``8 May 1992`` = ``May 8, 1992`` = ``1992-05-08`` = ``8th May 1992``); numbers as numbers
  (``2000`` = ``2,000`` = ``2 000``); and every form in the bank's ``accept`` list counts (it
  already holds the surname alone when the surname is unambiguous in the article). Spelling
  mistakes are not forgiven: a wrong key costs a teacher more than a strict one.

Item analysis uses the classical *upper-lower 27%* discrimination index (Kelley): rank students by
total score, take the top and bottom 27% (at least one student each), and subtract the lower
group's mean item score from the upper group's. It runs from -1 to 1; 0.3 and above is usually
called good, negative values point at a faulty key.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

from quizgen import vocab
from quizgen.vocab import MONTH_NUMBERS, NUMBER_SCALES, NUMBER_TENS, NUMBER_UNITS, fold

__all__ = [
    "Result",
    "normalize",
    "parse_date",
    "parse_number",
    "text_matches",
    "ordering_credit",
    "grade_question",
    "grade_attempt",
    "item_analysis",
    "discrimination_index",
]


@dataclass(frozen=True)
class Result:
    """The outcome of one question: ``credit`` is the share of the points earned (0..1)."""

    credit: float
    points: float
    answered: bool
    correct: bool = field(init=False)
    score: float = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "correct", self.credit >= 1.0 - 1e-9)
        object.__setattr__(self, "score", round(self.credit * self.points, 4))


# ---------------------------------------------------------------- text

_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+")


def normalize(text: Any) -> str:
    """The form two answers are compared in: folded, no surrounding punctuation, no leading article."""
    out = fold("" if text is None else str(text))
    out = re.sub(r"^[\s.,;:!?()\[\]]+|[\s.,;:!?()\[\]]+$", "", out)
    out = _LEADING_ARTICLE.sub("", out)
    return re.sub(r"\s+", " ", out)


_MONTH_RE = r"(?P<month>" + "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True)) + r")\.?"
_DAY_RE = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
# Eras in folded text; a final period may have been stripped with the sentence's ("44 b.c").
_ERA_RE = vocab.alternation({e.lower().rstrip(".") for e in vocab.ERAS}) + r"\.?"
_LEADING_ERA_RE = vocab.alternation({e.lower() for e in vocab.ERAS_AFTER})
_ERAS_BEFORE = {e.lower().replace(".", "") for e in vocab.ERAS_BEFORE}
_YEAR_RE = rf"(?P<year>\d{{1,4}})(?:\s*(?P<era>{_ERA_RE}))?"
_DATE_PATTERNS = [
    re.compile(rf"^(?:the\s+)?{_DAY_RE}\s+(?:of\s+)?{_MONTH_RE},?\s+{_YEAR_RE}$"),   # 8 May 1992, 8th of May, 1992
    re.compile(rf"^{_MONTH_RE}\s+{_DAY_RE},?\s+{_YEAR_RE}$"),                     # May 8, 1992
    re.compile(rf"^{_MONTH_RE},?\s+{_YEAR_RE}$"),                                 # May 1992
    re.compile(r"^(?P<year>\d{4})-(?P<mnum>\d{1,2})(?:-(?P<day>\d{1,2}))?$"),      # 1992-05-08, 1992-05
    re.compile(rf"^(?:(?:{_LEADING_ERA_RE})\s+)?{_YEAR_RE}$"),                       # 1992, 44 BC, AD 79
]


def parse_date(text: Any) -> tuple[int, int | None, int | None] | None:
    """Read a single date written the usual ways; ``None`` when it is not clearly one date.

    ``'8 May 1992'``, ``'May 8, 1992'``, ``'8th of May 1992'``, ``'1992-05-08'`` -> (1992, 5, 8);
    ``'May 1992'`` -> (1992, 5, None); ``'44 BC'`` -> (-43, None, None) (astronomical years, as in
    ISO 8601 and the bank's ``value``). Numeric dates such as ``8/5/1992`` are refused on purpose:
    day-month and month-day orders cannot be told apart.
    """
    s = fold("" if text is None else str(text))
    s = re.sub(r"\s+", " ", s).strip(" .,")
    for pattern in _DATE_PATTERNS:
        m = pattern.match(s)
        if not m:
            continue
        parts = m.groupdict()
        year = int(parts["year"])
        era = (parts.get("era") or "").replace(".", "")
        if era in _ERAS_BEFORE:
            year = 1 - year
        month = parts.get("month")
        month_no = MONTH_NUMBERS[month] if month else (int(parts["mnum"]) if parts.get("mnum") else None)
        day = int(parts["day"]) if parts.get("day") else None
        if month_no is not None and not 1 <= month_no <= 12:
            return None
        if day is not None and not 1 <= day <= 31:
            return None
        return year, month_no, day
    return None


def _iso_value(value: Any) -> tuple[int, int | None, int | None] | None:
    from quizgen.formats import parse_iso

    if isinstance(value, str):
        return parse_iso(value)
    return None


# Words that count below a thousand, and the scales that multiply what comes before them.
_NUMBER_WORDS = {**NUMBER_UNITS, **NUMBER_TENS, "hundred": NUMBER_SCALES["hundred"]}
_SCALES = {w: v for w, v in NUMBER_SCALES.items() if v >= 1000}
_DIGITS = re.compile(r"([+-]?)(\d{1,3}(?:[, \u00a0\u202f]\d{3})+|\d+)(\.\d+)?(?:\s+(" + "|".join(_SCALES) + r"))?")


def parse_number(text: Any) -> float | None:
    """Read a plain number: ``'2,000'``, ``'2 000'``, ``'2000'``, ``'1.5 million'``, ``'twenty-one'``.

    Returns ``None`` for anything else (ranges, "more than 2,000", dates), so that only a bare
    number is compared numerically.
    """
    s = fold("" if text is None else str(text)).strip(" .")
    if not s:
        return None
    m = _DIGITS.fullmatch(s)
    if m:
        number = float(re.sub(r"[, \u00a0\u202f]", "", m.group(2)) + (m.group(3) or ""))
        if m.group(4):
            number *= _SCALES[m.group(4)]
        return -number if m.group(1) == "-" else number
    words = s.replace("-", " ").split()
    if words and all(w in _NUMBER_WORDS or w in _SCALES for w in words) and words[0] in _NUMBER_WORDS:
        total, current = 0, 0
        for w in words:
            if w == "hundred":
                current = max(current, 1) * 100
            elif w in _SCALES:
                total += max(current, 1) * _SCALES[w]
                current = 0
            else:
                current += _NUMBER_WORDS[w]
        return float(total + current)
    return None


def _accepted_forms(question: Mapping[str, Any]) -> list[str]:
    answer = question.get("answer") or {}
    forms = [answer.get("text")]
    forms += list(answer.get("accept") or [])
    if isinstance(answer.get("value"), str):
        forms.append(answer["value"])
    return [str(f) for f in forms if f not in (None, "")]


def text_matches(given: Any, question: Mapping[str, Any]) -> bool:
    """Whether a typed answer is one a teacher would accept for this short-answer/cloze question."""
    if given is None or not str(given).strip():
        return False
    forms = _accepted_forms(question)
    norm = normalize(given)
    if any(norm == normalize(f) for f in forms):
        return True
    # Dates: the same calendar date, written any usual way, at the precision of the key.
    given_date = parse_date(given)
    if given_date is not None:
        keys = [_iso_value((question.get("answer") or {}).get("value"))] + [parse_date(f) for f in forms]
        if any(k is not None and k == given_date for k in keys):
            return True
    # Numbers: the same number whatever the separators or words.
    given_number = parse_number(given)
    if given_number is not None:
        value = (question.get("answer") or {}).get("value")
        keys = [parse_number(f) for f in forms]
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            keys.append(float(value))
        if any(k is not None and math.isclose(k, given_number, rel_tol=0, abs_tol=1e-9) for k in keys):
            return True
    return False


# ---------------------------------------------------------------- other types

def ordering_credit(given: Sequence[str], key: Sequence[str]) -> float:
    """Share of adjacent pairs in ``given`` whose items are in the key's relative order.

    A list that is not a permutation of the key (missing, extra or repeated items) scores 0.
    """
    given = [str(g) for g in given]
    key = [str(k) for k in key]
    if len(key) < 2:
        return 1.0 if given == key else 0.0
    if sorted(given) != sorted(key):
        return 0.0
    position = {item: i for i, item in enumerate(key)}
    good = sum(1 for a, b in zip(given, given[1:]) if position[a] < position[b])
    return good / (len(key) - 1)


def _ordering_list(response: Any, size: int) -> list[str] | None:
    """An ordering response as the list of items in the student's order; ``None`` when it does
    not give each of the ``size`` places to exactly one item."""
    if isinstance(response, Mapping):
        try:
            places = {str(item): int(place) for item, place in response.items()}
        except (TypeError, ValueError):
            return None
        if sorted(places.values()) != list(range(1, size + 1)):
            return None
        return sorted(places, key=places.get)
    if isinstance(response, (list, tuple)):
        return [str(r) for r in response]
    return None


def _as_bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    s = normalize(value)
    if s in ("true", "t", "yes"):
        return True
    if s in ("false", "f", "no"):
        return False
    return None


def _is_blank(response: Any) -> bool:
    if response is None:
        return True
    if isinstance(response, str):
        return not response.strip()
    if isinstance(response, (list, tuple)):
        return not any(str(r).strip() for r in response)
    if isinstance(response, Mapping):
        return not any(str(v).strip() for v in response.values())
    return False


def _grade_choice(question, answer, response) -> float:
    return 1.0 if str(response) == str(answer.get("text")) else 0.0


def _grade_true_false(question, answer, response) -> float:
    given = _as_bool(response)
    return 1.0 if given is not None and given == bool(answer.get("value")) else 0.0


def _grade_text(question, answer, response) -> float:
    return 1.0 if text_matches(response, question) else 0.0


def _grade_ordering(question, answer, response) -> float:
    key = answer.get("value") or []
    given = _ordering_list(response, len(key))
    return ordering_credit(given, key) if given is not None else 0.0


def _grade_matching(question, answer, response) -> float:
    key = {p["left"]: p["right"] for p in (question.get("pairs") or answer.get("value") or [])}
    if isinstance(response, Mapping) and key:
        return 1.0 if all(str(response.get(left, "")) == right for left, right in key.items()) else 0.0
    return 0.0


# One grader per registered question type (quizgen.qtypes.QTYPES); a test checks none is missing.
GRADERS = {
    "multiple_choice": _grade_choice,
    "true_false": _grade_true_false,
    "short_answer": _grade_text,
    "cloze": _grade_text,
    "ordering": _grade_ordering,
    "matching": _grade_matching,
}


def grade_question(question: Mapping[str, Any], response: Any) -> Result:
    """Score one response to one bank question (see the module docstring for the rules)."""
    points = float(question.get("points") or 1)
    if _is_blank(response):
        return Result(0.0, points, answered=False)
    qtype = question.get("type")
    answer = question.get("answer") or {}
    grader = GRADERS.get(qtype)
    credit = grader(question, answer, response) if grader else 0.0
    return Result(credit, points, answered=True)


def grade_attempt(questions: Iterable[Mapping[str, Any]], responses: Mapping[str, Any]) -> dict[str, Any]:
    """Score a whole attempt: ``{"score", "max_score", "percent", "results": {question id: Result}}``."""
    results = {}
    for q in questions:
        results[q["id"]] = grade_question(q, responses.get(q["id"]))
    score = round(sum(r.score for r in results.values()), 4)
    max_score = round(sum(r.points for r in results.values()), 4)
    percent = round(100.0 * score / max_score, 1) if max_score else 0.0
    return {"score": score, "max_score": max_score, "percent": percent, "results": results}


# ---------------------------------------------------------------- item analysis

def discrimination_index(item_credits: Sequence[float], totals: Sequence[float], share: float = 0.27) -> float | None:
    """Upper-lower discrimination index of one item.

    ``item_credits[i]`` is student i's credit on the item (0..1), ``totals[i]`` their total score.
    Students are ranked by total (ties keep input order, which is stable); the top and bottom
    ``share`` of them (rounded, at least one each) form the two groups. ``None`` with fewer than two
    students, since there is nothing to compare.
    """
    n = len(totals)
    if n < 2 or len(item_credits) != n:
        return None
    size = max(1, int(round(share * n)))
    size = min(size, n // 2)
    ranked = sorted(range(n), key=lambda i: totals[i], reverse=True)
    upper, lower = ranked[:size], ranked[-size:]
    mean = lambda idx: sum(item_credits[i] for i in idx) / len(idx)  # noqa: E731
    return round(mean(upper) - mean(lower), 3)


def item_analysis(questions: Sequence[Mapping[str, Any]], attempts: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Per question: how many answered, the share correct (facility) and the discrimination index.

    ``attempts`` are response dicts (question id -> response), one per student, usually the
    submitted attempts only.
    """
    graded = [grade_attempt(questions, responses) for responses in attempts]
    totals = [g["score"] for g in graded]
    stats = []
    for q in questions:
        credits = [g["results"][q["id"]].credit for g in graded]
        answered = sum(1 for g in graded if g["results"][q["id"]].answered)
        stats.append({
            "id": q["id"],
            "students": len(graded),
            "answered": answered,
            "facility": round(sum(credits) / len(credits), 3) if credits else None,
            "discrimination": discrimination_index(credits, totals),
        })
    return stats
