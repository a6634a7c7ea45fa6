"""What a student sees of a question, and how form fields become responses.

``layout`` is the only way questions reach the student pages before submission: it copies the
prompt and the options and nothing else, so the answer key, accepted forms and source sentences
cannot leak through a template. The order of questions and of their options is shuffled with a
``random.Random`` seeded by the attempt, so a reload shows the same quiz and the teacher can see
exactly what the student saw.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

from quizgen.qtypes import QTYPES, per_type

MAX_ANSWER_CHARS = 300


class InvalidAnswer(ValueError):
    """A form field that no page of this quiz could have sent (a choice that is not offered)."""


@dataclass
class Presented:
    """One question as shown to one student. ``number`` is its position (1-based) on the page."""

    number: int
    id: str
    type: str
    prompt: str
    points: float
    choices: list[str] = field(default_factory=list)   # multiple choice / true-false, in shown order
    items: list[str] = field(default_factory=list)     # ordering, in shown order
    lefts: list[str] = field(default_factory=list)     # matching: prompts, in shown order
    rights: list[str] = field(default_factory=list)    # matching: options, in shown order

    @property
    def fname(self) -> str:
        return f"q{self.number}"

    @property
    def partial(self) -> str:
        """The template of this question's answer fields."""
        return "serve/" + QTYPES[self.type].serve_partial


# What each type shows, in the order this student sees it (the form is serve/quiz.html).

def _show_nothing(p: "Presented", q: Mapping[str, Any], rng: random.Random) -> None:
    pass  # a text field


def _show_choices(p: "Presented", q: Mapping[str, Any], rng: random.Random) -> None:
    p.choices = list(q.get("choices") or [])
    rng.shuffle(p.choices)


def _show_true_false(p: "Presented", q: Mapping[str, Any], rng: random.Random) -> None:
    p.choices = ["True", "False"]


def _show_items(p: "Presented", q: Mapping[str, Any], rng: random.Random) -> None:
    p.items = list(q.get("items") or [])
    rng.shuffle(p.items)


def _show_pairs(p: "Presented", q: Mapping[str, Any], rng: random.Random) -> None:
    pairs = list(q.get("pairs") or [])
    p.lefts = [pair["left"] for pair in pairs]
    p.rights = [pair["right"] for pair in pairs]
    rng.shuffle(p.lefts)
    rng.shuffle(p.rights)


SHOWN = per_type({
    "short_answer": _show_nothing,
    "cloze": _show_nothing,
    "multiple_choice": _show_choices,
    "true_false": _show_true_false,
    "ordering": _show_items,
    "matching": _show_pairs,
}, "served quiz layout")


def layout(questions: Sequence[Mapping[str, Any]], seed: int) -> list[Presented]:
    rng = random.Random(seed)
    order = list(range(len(questions)))
    rng.shuffle(order)
    shown = []
    for number, index in enumerate(order, start=1):
        q = questions[index]
        p = Presented(number=number, id=str(q["id"]), type=q["type"], prompt=q["prompt"],
                      points=float(q.get("points") or 1))
        SHOWN[q["type"]](p, q, rng)
        shown.append(p)
    return shown


def _index(value: Any, size: int, p: "Presented", blank_ok: bool = False) -> int | None:
    """The option index a field holds; ``None`` for a blank select (when ``blank_ok``).
    Anything else that is not one of the offered options is refused, not stored as empty."""
    text = str(value if value is not None else "").strip()
    if blank_ok and text == "":
        return None
    if text.isdigit() and int(text) < size:
        return int(text)
    raise InvalidAnswer(f"Question {p.number}: {text[:20]!r} is not one of the choices.")


def parse_fields(p: Presented, form: Mapping[str, Any]) -> tuple[bool, Any]:
    """Read question ``p``'s fields from a submitted form: ``(present, response)``.

    ``present`` is False when the form has no field of this question at all (nothing to save).
    Choices travel as indices into the shown lists and are stored as texts; an index that is not
    offered raises :class:`InvalidAnswer`. An ordering whose places are all different is stored
    as the list of items in the student's order; when two items are given the same place it is
    stored as ``{item: place}`` (as given, so the page shows it back), which scores 0.
    """
    return READ[p.type](p, form)


def _read_choice(p: Presented, form: Mapping[str, Any]) -> tuple[bool, Any]:
    if p.fname not in form:
        return False, None
    return True, p.choices[_index(form.get(p.fname), len(p.choices), p)]


def _read_text(p: Presented, form: Mapping[str, Any]) -> tuple[bool, Any]:
    if p.fname not in form:
        return False, None
    return True, str(form.get(p.fname) or "").strip()[:MAX_ANSWER_CHARS]


def _read_order(p: Presented, form: Mapping[str, Any]) -> tuple[bool, Any]:
    keys = [f"{p.fname}_{i}" for i in range(len(p.items))]
    if not any(k in form for k in keys):
        return False, None
    placed = []
    for i, k in enumerate(keys):
        pos = _index(form.get(k, ""), len(p.items) + 1, p, blank_ok=True)
        if pos:  # positions are 1..n; blank = not placed yet
            placed.append((pos, i, p.items[i]))
    if not placed:
        return True, None
    if len({pos for pos, _i, _item in placed}) < len(placed):
        return True, {item: pos for pos, _i, item in placed}
    return True, [item for _pos, _i, item in sorted(placed)]


def _read_pairs(p: Presented, form: Mapping[str, Any]) -> tuple[bool, Any]:
    keys = [f"{p.fname}_{i}" for i in range(len(p.lefts))]
    if not any(k in form for k in keys):
        return False, None
    chosen = {}
    for i, k in enumerate(keys):
        j = _index(form.get(k, ""), len(p.rights), p, blank_ok=True)
        if j is not None:
            chosen[p.lefts[i]] = p.rights[j]
    return True, (chosen or None)


READ = per_type({
    "short_answer": _read_text,
    "cloze": _read_text,
    "multiple_choice": _read_choice,
    "true_false": _read_choice,
    "ordering": _read_order,
    "matching": _read_pairs,
}, "served quiz fields")


def form_state(p: Presented, response: Any) -> dict[str, Any]:
    """The saved response as the form shows it: checked index, text, positions, chosen indices."""
    if response is None:
        return {}
    return STATE[p.type](p, response)


def _state_choice(p: Presented, response: Any) -> dict[str, Any]:
    return {"checked": p.choices.index(response) if response in p.choices else None}


def _state_text(p: Presented, response: Any) -> dict[str, Any]:
    return {"text": str(response)}


def _state_order(p: Presented, response: Any) -> dict[str, Any]:
    if isinstance(response, list):
        return {"positions": {p.items.index(item): n for n, item in enumerate(response, start=1) if item in p.items}}
    if isinstance(response, dict):
        return {"positions": {p.items.index(item): n for item, n in response.items() if item in p.items}}
    return {}


def _state_pairs(p: Presented, response: Any) -> dict[str, Any]:
    if isinstance(response, dict):
        return {"chosen": {i: p.rights.index(response[left]) for i, left in enumerate(p.lefts)
                           if response.get(left) in p.rights}}
    return {}


STATE = per_type({
    "short_answer": _state_text,
    "cloze": _state_text,
    "multiple_choice": _state_choice,
    "true_false": _state_choice,
    "ordering": _state_order,
    "matching": _state_pairs,
}, "served quiz form state")
