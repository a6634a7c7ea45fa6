"""Which questions of a bank go to students: the best-ranked, and never two that give each other away.

A bank keeps every candidate question with its ``quality`` (see ``quizgen.quality``). Worksheets,
served quizzes and exports take what :func:`choose` returns:

- questions at or above a minimum quality (``--min-quality``; ``--all`` takes everything), best
  first, types taking turns when a count is asked for (among questions nearly as good: a poor
  question does not come in for its type's sake);
- one single-fact question per sentence (a cloze and a true/false of the same sentence would
  hand each other's answers out), and no question whose printed text states another's answer;
- one question per fact, whichever type asks it (a true/false statement on a birth date beside
  "When was X born?" asks it twice);
- true/false keys balanced: never more than one more "true" than "false", or the reverse;
- ordering and matching, which take a student several minutes, about one in ten.
"""

from __future__ import annotations

import random
import re
from typing import Any, Iterable

from quizgen.formats import fold
from quizgen.qtypes import LONG_TYPES, SINGLE_FACT

#: The quality a question needs to be handed out by default. Rules that refuse a question set 0;
#: one serious doubt (an unresolved "the Act", made-up options a student beats) leaves it under this.
DEFAULT_MIN_QUALITY = 0.5
#: The order of the parts of a worksheet: quick recognition first, then recall, then the
#: questions that take a while (ordering and matching) at the end.
SECTION_ORDER = ("multiple_choice", "true_false", "cloze", "short_answer", "matching", "ordering")
#: Single-fact questions (two from one sentence give each other away) and long ones: quizgen.qtypes.


def quality(q: dict[str, Any]) -> float:
    """A question's quality; banks written before scores existed count as unscored (1)."""
    return float(q.get("quality", 1.0))


def choose(questions: Iterable[dict[str, Any]], count: int | None = None, min_quality: float | None = DEFAULT_MIN_QUALITY,
           seed: int = 0) -> list[dict[str, Any]]:
    """The questions to hand out, in the order they stand in ``questions`` (the article's order).

    ``count`` None takes every question that passes; ``min_quality`` None takes every question
    as it is, with no check at all (``--all``)."""
    questions = list(questions)
    if min_quality is None:
        return questions if count is None else questions[:count]
    position = {id(q): i for i, q in enumerate(questions)}
    rng = random.Random(seed)
    by_type: dict[str, list[dict[str, Any]]] = {}
    for q in questions:
        if quality(q) >= min_quality:
            by_type.setdefault(q["type"], []).append(q)
    for qs in by_type.values():
        rng.shuffle(qs)  # the seed decides among equals ...
        qs.sort(key=lambda q: -quality(q))  # ... the best come first
    limit = sum(len(qs) for qs in by_type.values()) if count is None else count
    # Ordering and matching take a student several minutes each: about one in ten questions,
    # unless they are all that was asked for.
    long_cap = max(1, limit // 10) if set(by_type) - LONG_TYPES else limit
    picked = _Picked(_span_facts(questions))
    queues = [by_type[t] for t in SECTION_ORDER if t in by_type] + [
        qs for t, qs in by_type.items() if t not in SECTION_ORDER]
    while len(picked.chosen) < limit and any(queues):
        best = max(quality(q[0]) for q in queues if q)
        for queue in queues:
            if queue and queue[0]["type"] in LONG_TYPES and picked.count(queue[0]["type"]) >= long_cap:
                queue.clear()
            if queue and quality(queue[0]) < best - TYPE_TOLERANCE:
                continue  # types take turns among questions nearly as good, not a poor one for its type's sake
            while queue and len(picked.chosen) < limit:
                if picked.add(queue.pop(_next_index(queue, picked))):
                    break
    return sorted(picked.chosen, key=lambda q: position[id(q)])


#: Kinds whose answer is asked once per selection: "Peleus" twice is one fact asked twice.
ASKED_ONCE = ("date", "figure", "person", "term", "infobox")
#: Kinds whose answers are of one kind of thing: the author asked from the infobox ("Who wrote X?")
#: and from the text ("X is a manga written by ____") is one fact asked twice.
_SAME_ANSWERS = {"infobox": "person"}
#: How much quality a question may give up to bring in a fact kind the selection has less of.
KIND_TOLERANCE = 0.1
#: ... and to bring in a question type: past it, the better questions of the other types come first
#: (readers passed 80% of questions ranked 0.9 or more, 65% of those ranked 0.7).
TYPE_TOLERANCE = 0.15


def _next_index(queue: list[dict[str, Any]], picked: "_Picked") -> int:
    """The next question of a type's queue: among those nearly as good as the best, the one whose
    fact kind (date, person, figure ...) the selection holds least of, so a sheet is not all dates."""
    top = quality(queue[0])
    best, best_count = 0, None
    for i, q in enumerate(queue):
        if quality(q) < top - KIND_TOLERANCE:
            break
        count = picked.kinds.get(q["kind"], 0)
        if best_count is None or count < best_count:
            best, best_count = i, count
    return best


class _Picked:
    """The questions chosen so far and what they print, to test the next one against."""

    def __init__(self, span_facts: dict[tuple, str] | None = None):
        self.span_facts = span_facts or {}  # a blank's text by (document, span): what a true/false statement keeps
        self.chosen: list[dict[str, Any]] = []
        self.sentences: set[tuple[str, str]] = set()
        self.shown = ""  # everything the chosen questions print, folded
        self.answers: list[str] = []  # the answers they ask for, folded
        self.pairs: list[tuple[str, str]] = []  # the pairs their matching questions ask for, folded
        self.truths = {True: 0, False: 0}
        self.facts: set[tuple[str, str]] = set()
        self.kinds: dict[str, int] = {}
        self.events: set[tuple[str, str]] = set()  # (year, life event) of the date questions asked
        self.named_years: set[tuple[str, str]] = set()  # (year, a name the prompt holds) of the date questions
        self.choices: list[tuple[str, frozenset[str]]] = []  # (key, the other options) of the multiple-choice questions

    def count(self, qtype: str) -> int:
        return sum(q["type"] == qtype for q in self.chosen)

    def add(self, q: dict[str, Any]) -> bool:
        where = (q["source"].get("document"), fold(q["source"].get("sentence") or ""))
        if q["type"] in SINGLE_FACT and where in self.sentences:
            return False
        asked = _fact_text(q, self.span_facts)
        fact = (_SAME_ANSWERS.get(q["kind"], q["kind"]), fold(asked or ""))
        if q["kind"] == "date":  # "late 1891" and "1891": one year asked twice
            fact = (fact[0], _DATE_QUALIFIER.sub("", fact[1]))
        once = asked is not None and q["kind"] in ASKED_ONCE
        if once and fact in self.facts:
            return False  # the same date, figure, person or term asked again from another sentence
        event = _dated_event(q, self.span_facts)
        if event and event in self.events:
            return False  # "born in ____" (1894) beside "When was X born?" (26 July 1894): one fact
        named = _named_years(q, self.span_facts)
        if named & self.named_years:
            return False  # "the new Cairo Opera House in ____" (1988) beside "inaugurated the Cairo Opera House on ____"
        if q["type"] == "true_false":
            truth = bool(q["answer"].get("value"))
            if self.truths[truth] > self.truths[not truth]:
                return False  # keys balanced: a test-wise student cannot answer "true" throughout
        choice = _choice_set(q)
        if choice and any(choice[0] in options and key in choice[1] for key, options in self.choices):
            return False  # each one's key a wrong option of the other: answering one rules out an option of the other
        q_shown, q_answers, q_pairs = fold(shown_text(q)), answer_forms(q), pair_forms(q)
        if q["type"] == "true_false" and asked and len(asked.strip()) >= 4 and re.search(r"\d|\s", asked.strip()):
            # what a statement is about: another question printing it tells whether it is true
            q_answers = q_answers + [fold(asked)]
        if (any(_mentions(self.shown, a) for a in q_answers) or any(_mentions(q_shown, a) for a in self.answers)
                or any(_mentions(self.shown, l) and _mentions(self.shown, r) for l, r in q_pairs)
                or any(_mentions(q_shown, l) and _mentions(q_shown, r) for l, r in self.pairs)):
            return False  # one question would give the other's answer away
        if q["type"] in SINGLE_FACT:
            self.sentences.add(where)
        if once:
            self.facts.add(fact)
        if q["type"] == "true_false":
            self.truths[bool(q["answer"].get("value"))] += 1
        if choice:
            self.choices.append(choice)
        if event:
            self.events.add(event)
        self.named_years |= named
        self.shown += "\n" + q_shown
        self.answers.extend(q_answers)
        self.pairs.extend(q_pairs)
        self.kinds[q["kind"]] = self.kinds.get(q["kind"], 0) + 1
        self.chosen.append(q)
        return True


_DATE_QUALIFIER = re.compile(r"^(?:early|mid|late|circa|c\.|about|around|by|before|after)[\s-]+")
_LIFE_EVENT = re.compile(r"\b(born|birth|died|die|death|buried|founded|established|created|formed|married|crowned|"
                         r"abdicated|executed|assassinated|murdered)\b", re.I)
_STEMS = {"birth": "born", "death": "died", "die": "died", "established": "founded", "created": "founded", "formed": "founded"}


def _fact_text(q: dict[str, Any], span_facts: dict[tuple, str] | None = None) -> str | None:
    """The fact a single-fact question is about: the answer it asks for, or what a true/false
    statement keeps or changes: the text of the blank its cloze asks at the same place (the source
    span counts in the document, not in the sentence)."""
    if q["type"] in ("cloze", "short_answer", "multiple_choice"):
        return str(q["answer"].get("text") or "")
    if q["type"] == "true_false" and span_facts:
        return span_facts.get(_span_key(q))
    return None


def _span_key(q: dict[str, Any]) -> tuple:
    span = q["source"].get("span") or ()
    return q["source"].get("document"), tuple(span)


def _span_facts(questions: list[dict[str, Any]]) -> dict[tuple, str]:
    """Each blank's text, by where it stands: "80,000" for every question made at that place."""
    return {_span_key(q): str(q["answer"].get("text") or "") for q in questions
            if q["type"] in ("cloze", "short_answer", "multiple_choice") and q["source"].get("span")}


def _dated_event(q: dict[str, Any], span_facts: dict[tuple, str] | None = None) -> tuple[str, str] | None:
    """The year and the life event a date question asks about ("born", 1894), to ask it once: a
    true/false statement on a birth date beside "When was X born?" is one fact asked twice."""
    if q["kind"] not in ("date", "infobox"):
        return None
    if q["type"] == "true_false":
        asked, text = _fact_text(q, span_facts), q["source"].get("sentence") or ""
    elif q["type"] in ("cloze", "short_answer", "multiple_choice"):
        asked, text = str(q["answer"].get("text") or ""), q["prompt"]
    else:
        return None
    year = re.search(r"\b\d{3,4}\b", asked or "")
    event = _LIFE_EVENT.search(text)
    if not year or not event:
        return None
    word = event.group(1).lower()
    return year.group(0), _STEMS.get(word, word)


# A name of two capitalised words or more ("Cairo Opera House", "UEFA Cup Final"), not opening the sentence
_MULTIWORD_NAME = re.compile(r"(?<=[\w,;:’'] )(?:[A-Z][\w'’-]+\s+(?:(?:of|the|de|du|von)\s+)?)+[A-Z][\w'’-]+")


def _named_years(q: dict[str, Any], span_facts: dict[tuple, str] | None = None) -> set[tuple[str, str]]:
    """The year a date question asks, with each name its prompt holds: two questions on one year
    and one named thing ask one fact ("opened the Cairo Opera House in ____", "on ____ 1988")."""
    if q["kind"] not in ("date", "infobox") or q["type"] not in SINGLE_FACT:
        return set()
    asked = _fact_text(q, span_facts)
    year = re.search(r"\b\d{3,4}\b", asked or "")
    if not year:
        return set()
    text = q["source"].get("sentence") or "" if q["type"] == "true_false" else q["prompt"]
    return {(year.group(0), fold(m.group(0))) for m in _MULTIWORD_NAME.finditer(text)}


def _choice_set(q: dict[str, Any]) -> tuple[str, frozenset[str]] | None:
    """A multiple-choice question's key and its wrong options, folded."""
    if q["type"] != "multiple_choice" or not q.get("choices"):
        return None
    key = fold(str(q["answer"].get("text") or ""))
    return key, frozenset(fold(c) for c in q["choices"]) - {key}


def shown_text(q: dict[str, Any]) -> str:
    """What a question prints that could state another question's answer: the prompt and the
    events to put in order. Option lists (multiple-choice options, the two columns of a matching
    question) are left out: they name candidates without saying which one answers what."""
    return "\n".join([q["prompt"], *q.get("items", [])])


def pair_forms(q: dict[str, Any]) -> list[tuple[str, str]]:
    """A matching question's pairs, folded: printing both halves together gives one away."""
    return [(fold(p["left"]), fold(p["right"])) for p in q.get("pairs", [])]


def answer_forms(q: dict[str, Any]) -> list[str]:
    """The answers a single-fact question asks for, as they could appear in another's text:
    the answer itself and the accepted forms with a digit or several words (a bare surname
    such as "Aliyev" is too common to rule out other questions)."""
    if q["type"] not in ("cloze", "short_answer", "multiple_choice"):
        return []
    answer = q["answer"]
    forms = {answer["text"]}
    # ("Where was X born?" keyed "Godalming, England, UK": "born in Godalming" elsewhere gives it away)
    place = q["kind"] == "infobox" and q["prompt"].startswith("Where")
    forms.update(f for f in answer.get("accept", []) if place or re.search(r"\d|\s", f.strip()))
    return [fold(f) for f in forms if len(f.strip()) >= 4]


def _mentions(text: str, form: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def choose_bank(bank: dict[str, Any], min_quality: float | None = DEFAULT_MIN_QUALITY, seed: int = 0) -> dict[str, Any]:
    """The bank with only the questions :func:`choose` hands out, article by article."""
    if min_quality is None:
        return bank
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for q in bank["questions"]:
        by_doc.setdefault(q["source"].get("document"), []).append(q)
    kept = {id(q) for qs in by_doc.values() for q in choose(qs, None, min_quality, seed)}
    return dict(bank, questions=[q for q in bank["questions"] if id(q) in kept])
