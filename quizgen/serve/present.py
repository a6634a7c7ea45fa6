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


def layout(questions: Sequence[Mapping[str, Any]], seed: int) -> list[Presented]:
    rng = random.Random(seed)
    order = list(range(len(questions)))
    rng.shuffle(order)
    shown = []
    for number, index in enumerate(order, start=1):
        q = questions[index]
        p = Presented(number=number, id=str(q["id"]), type=q["type"], prompt=q["prompt"],
                      points=float(q.get("points") or 1))
        if q["type"] == "multiple_choice":
            p.choices = list(q.get("choices") or [])
            rng.shuffle(p.choices)
        elif q["type"] == "true_false":
            p.choices = ["True", "False"]
        elif q["type"] == "ordering":
            p.items = list(q.get("items") or [])
            rng.shuffle(p.items)
        elif q["type"] == "matching":
            pairs = list(q.get("pairs") or [])
            p.lefts = [pair["left"] for pair in pairs]
            p.rights = [pair["right"] for pair in pairs]
            rng.shuffle(p.lefts)
            rng.shuffle(p.rights)
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
    name = p.fname
    if p.type in ("multiple_choice", "true_false"):
        if name not in form:
            return False, None
        return True, p.choices[_index(form.get(name), len(p.choices), p)]
    if p.type in ("short_answer", "cloze"):
        if name not in form:
            return False, None
        return True, str(form.get(name) or "").strip()[:MAX_ANSWER_CHARS]
    if p.type == "ordering":
        keys = [f"{name}_{i}" for i in range(len(p.items))]
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
    if p.type == "matching":
        keys = [f"{name}_{i}" for i in range(len(p.lefts))]
        if not any(k in form for k in keys):
            return False, None
        chosen = {}
        for i, k in enumerate(keys):
            j = _index(form.get(k, ""), len(p.rights), p, blank_ok=True)
            if j is not None:
                chosen[p.lefts[i]] = p.rights[j]
        return True, (chosen or None)
    return False, None


def form_state(p: Presented, response: Any) -> dict[str, Any]:
    """The saved response as the form shows it: checked index, text, positions, chosen indices."""
    if response is None:
        return {}
    if p.type in ("multiple_choice", "true_false"):
        return {"checked": p.choices.index(response) if response in p.choices else None}
    if p.type in ("short_answer", "cloze"):
        return {"text": str(response)}
    if p.type == "ordering" and isinstance(response, list):
        return {"positions": {p.items.index(item): n for n, item in enumerate(response, start=1) if item in p.items}}
    if p.type == "ordering" and isinstance(response, dict):
        return {"positions": {p.items.index(item): n for item, n in response.items() if item in p.items}}
    if p.type == "matching" and isinstance(response, dict):
        return {"chosen": {i: p.rights.index(response[left]) for i, left in enumerate(p.lefts)
                           if response.get(left) in p.rights}}
    return {}
