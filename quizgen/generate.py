"""Facts -> questions: short answer, cloze, multiple choice, true/false, ordering, matching.

Over-generate from every fact; drop what can never be asked (``usable_sentence``: a sentence that
opens on "He" or "this", an answer printed in its own prompt), and score the rest with the named
rules of ``quizgen.quality``, which worksheets, served quizzes and exports rank by. Prompts are the
cited sentence with the blank and the repairs of ``quizgen.context``. Wrong options come from the
article's own values first. Every random choice is drawn from a generator seeded by the options'
seed and the question's identity, so the same input and options always give the same bank.
"""

from __future__ import annotations

import dataclasses
import datetime
import difflib
import hashlib
import math
import os
import random
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import defaultdict
from functools import lru_cache
from typing import Any, Callable, Iterable, NamedTuple

from quizgen import context, formats, prompts, quality, vocab
from quizgen.extract.people import (DEMONYMS, FAMOUS_MONONYMS, ORG_WORDS, PARTICLES, ROLE_NOUNS, WORDLIKE_GIVEN,
                                    biography_subject, country_names, given_names, lead_aside_span)
from quizgen.formats import fold
from quizgen.model import Document, Fact, Question, Sentence
from quizgen.quality import Evidence

BLANK = "________"

# A sentence that leans on another one cannot be asked alone.
_LEANING_START = re.compile(
    r"^(?:(?:first|second|third|fourth|fifth|finally|lastly)(?=,)|but|and|or|so(?= )|examples include|included|"
    r"he|she|it|they|this|that|these|those|his|her|its|their|there|such|both|the latter|the former|"
    r"the next|the following|the same|the previous|then|later|also|however, (?:he|she|it|they)|in addition|"
    r"meanwhile|afterwards|afterward|thereafter|subsequently|on the same day|on that day|that day|the two|another|"
    r"other|others|some|many|most|each|all)\b", re.I)
_LEANING_INSIDE = re.compile(
    r"\b(?:the (?:next|following|previous|same|preceding) (?:day|night|morning|week|month|year)|that (?:day|night|"
    r"morning|year)|the day (?:before|after)|the latter|the former|aforementioned|the above|see below|as above|"
    r"mentioned above|two days later|a day later|days later|weeks later|months later|years later|before that|"
    r"after that|by then|at that time|until then|since then|the new capital|the territory|thus|hence|those|"
    r"the two (?:groups|sides|camps|factions|parties|men|women|brothers|sisters|leaders|armies|teams|movements|"
    r"schools|tendencies|currents|wings)|"
    r"(?:on|at|to) the (?:right|left)\b|pictured|shown (?:here|below|above)|in the (?:table|figure|chart|image|map) "
    r"(?:below|above)|"
    r"(?:of|with|by|in|on|at|from|for|to) that (?!is\b|was\b|were\b|are\b|the\b|a\b|an\b|it\b|he\b|she\b|they\b)[a-z]+)\b",
    re.I)
_PERSONAL_PRONOUN = vocab.caseless_test(r"\b(?:he|she|him|his|her|hers|they|them|their)\b")
_WORD = re.compile(r"[\w'’-]+")


@lru_cache(maxsize=8192)  # a sentence is counted by usable_sentence, then again by the ordering questions
def _nest_quotes(text: str) -> str:
    """Double quotation marks inside a quoted sentence become single ones."""
    text = text.replace("“", "‘").replace("”", "’")
    return re.sub(r'"([^"]*)"', "‘\\1’", text)


def _words(text: str) -> int:
    return len(_WORD.findall(text))


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
_THIS_OR_THESE = vocab.caseless_test(r"\b(?:this|these)\b")
# A move of a chess score: "26.Qd5!", "27...Kf8", "12.O-O"
_GAME_MOVES = re.compile(r"\b\d{1,3}\.(?:\.\.)?\s?(?:[KQRBN][a-h1-8]?x?[a-h][1-8]|[a-h]x?[a-h]?[1-8]|O-O)")
# A phrase that continues the sentence before, standing alone with no clause of its own
_FRAGMENT_START = re.compile(r"(?:As well as|Including|Such as|Especially|Particularly|Notably|Along with)\b[^,;:]*$")
# "Stereo, was released in 1982": the tail of a title cut at its "!" ("... Request Mono! Stereo")
_TITLE_TAIL = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?[*_]?, (?:was|were|is|are|has|had)\b")
_LIST_ENTRY = re.compile(r"[\"“*_][^\"”*_]{1,120}[\"”*_]\s*\((?:\d{4}|[^()]*\d{4}[^()]*)\)")
# Sections that list works, whose entries are titles and credits rather than sentences.
_WORKS_HEADING = re.compile(r"\b(?:discography|filmography|videography|bibliography|works|publications|recordings|"
                            r"albums|singles|releases|credits|appearances)\b", re.I)
_FINITE_VERB = re.compile(r"\b(?:is|was|are|were|has|had|have|became|won|made|wrote|recorded|released|[a-z]{3,}ed)\b")
_LINK_OR_MARK = re.compile(r"\b(?:https?://|www\.)|\[\d+\]|\|")
_EXPLICIT_YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b")


# A figure in brackets after words that already say it: "over a quarter (27.0%)", "most (82%)".
_RESTATED_BEFORE = re.compile(r"\b(?:half|halves|thirds?|quarters?|fifths?|tenths?|majority|minority|most|"
                              r"almost all|nearly all|dozens?|hundreds|thousands|millions)\s*\(\s*$", re.I)
def _year_apart(key: int, others: list[int]) -> bool:
    """Does the key year stand apart from options that bunch together (1972 against 1960, 1961, 1962)?
    (Years, by their difference: ``_odd_one_out`` compares amounts by their ratio.)"""
    if not others or min(others) <= key <= max(others):
        return False
    gap = min(abs(key - o) for o in others)
    spread = max(others) - min(others)
    # (1979 against 1975, 1976, 1977: a run of years and one off it)
    return gap >= 3 and gap > spread or len(set(others)) > 2 and spread == len(set(others)) - 1 and gap >= 2


def _currency_forms(name: str, code_field: str) -> list[str]:
    """What a student may also write for a currency: "pound" or "sterling" for "Pound sterling",
    and its ISO code and sign where the infobox gives them ("GBP", "£")."""
    forms = name.split() if re.fullmatch(r"\w+ sterling", name, re.I) else []
    return forms + re.findall(r"\b[A-Z]{3}\b", code_field)[:1] + re.findall(r"[$£€¥₹₽]", code_field)[:1]


# A page title's kind in brackets: "Alsea (company)", "Antique (band)"; not a year ("(2020)").
_DISAMBIGUATION = re.compile(r"\s*\((?![^)]*\d)[^()]*\)\s*$")
# A heading that is a year or a census of one: what the section's figures are counted at.
_YEAR_HEADING = re.compile(r"(?:(?:the\s+)?(?:\d{4})(?:\s+(?:census|United States Census|data))?|(?:census|statistics)\s+(?:of\s+)?\d{4})",
                           re.I)
# A list that names some of many: one of its items blanked has other true answers.
_OPEN_LIST_BEFORE = re.compile(r"\b(?:include[sd]?|including|such as|among (?:them|others)|notably)\b[^.;:]*$")
# The second part of one measure: "68 hours and ____ minutes", "5 feet ____ inches".
_COMPOUND_PART_BEFORE = re.compile(r"\d\s*(?:hours?|hrs?|minutes?|min|days?|years?|months?|weeks?|feet|foot|ft|"
                                   r"pounds?|lb|degrees?|metres?|meters?|m)\s*(?:,|and)?\s*$")
_SMALLER_UNIT = re.compile(r"\b(?:minutes?|min|seconds?|sec|inches|inch|in|ounces?|oz|months?|days?|hours?|cm|mm)\b")
# A span of time counted from something else: "____ later", "____ earlier", "____ afterwards".
_TIME_AFTER_WHAT = re.compile(r"\s*(?:later|earlier|afterwards?|after that|before that)\b")
_NAME_OF_YEAR = re.compile(r"\b[Tt]he (?:[A-Z][\w'’–-]+ )*[A-Z][a-z]+s? of $")  # ("the Korea–United Kingdom Treaty of")
_PLAIN_YEAR = re.compile(r"(?:AD )?\d{1,4}(?: (?:BC|BCE|AD|CE))?")
_DAY_OR_MONTH = re.compile(r"(?<!\d)\d{1,2}(?!\d)|\b(?:" + vocab.MONTH_NAMES_RE + r")\b")


# A deed, a party and a year: "spun off from Time Warner in 2009", "was founded by Steve Case in 1985"
# (a verb's form or its particle: not "28 percent of GDP in 2010", nor "a war with India in 1965")
_DEED_WITH_PARTY = re.compile(r"\b([a-z]{2,}(?:ed|ing)|off|out|away|up|down|over|back|apart)\s+(from|by|with|to|into)\s+"
                              r"((?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3})\s+in\s+(\d{4})\b")
# After a year blank: the end of the sentence or of a clause ("were held in ____.", "born in ____, she")
_PLACE_OR_YEAR_BLANK = re.compile(r"\s*(?:[.;:!?]|,\s|$)")


def _date_asks(answer: str, precision: str) -> str:
    """What a multiple-choice date question asks for: a "year" (1844), a "date" (a day or a
    month: "May 1968") or a "period" ("late 2003", "the 1990s")."""
    answer = answer.strip()
    if precision == "year" and _PLAIN_YEAR.fullmatch(answer):
        return "year"
    return "date" if _DAY_OR_MONTH.search(re.sub(r"\d{3,4}", "", answer)) else "period"


@lru_cache(maxsize=16384)
def usable_sentence(text: str) -> bool:
    """Can a student read this sentence alone, on a worksheet?"""
    text = text.strip()
    if not (6 <= _words(text) <= 48):
        return False
    if not _SENTENCE_END.search(text):
        return False
    # the cheap tests first: the long pattern of leaning phrases is the slowest
    if text.count("(") != text.count(")") or text.count('"') % 2 or text.count("“") != text.count("”"):
        return False
    unquoted = _QUOTED.sub("", text)
    if _THIS_OR_THESE(unquoted):  # "this claim", "this ultimatum": which one?
        return False
    if ("|" in text or "[" in text or "http" in text or "www." in text) and _LINK_OR_MARK.search(text):
        return False  # (each match holds one of those: most sentences are spared the pattern)
    if _LEANING_START.match(text) or _leans_inside(unquoted):
        return False
    if "''" in text or "</" in text or "<ref" in text or len(_GAME_MOVES.findall(text)) >= 2:
        return False  # wiki bold or italic marks left over, or a game's score ("26.Qd5! fxe3 27.Qe6+")
    if _FRAGMENT_START.match(text) or _LIST_ENTRY.match(text) or _TITLE_TAIL.match(text):
        return False  # "As well as the EDP Cup in 2013.": the rest of the sentence before;
        # '"Live at the Hall" (2001) (Co-produced by ...)': an entry of a list of works
    return True


# The pattern of leaning phrases is written in lower case: on ASCII text, the lowered text matched
# without re.I gives the same answer three times faster. Other text (where re.I also matches "ſ"
# or the Kelvin sign) keeps the case-insensitive pattern, and so does a pattern with capitals.
_LEANING_INSIDE_LOWER = (re.compile(_LEANING_INSIDE.pattern)
                         if _LEANING_INSIDE.pattern == _LEANING_INSIDE.pattern.lower() else None)


def _leans_inside(text: str) -> bool:
    if _LEANING_INSIDE_LOWER is not None and text.isascii():
        return _LEANING_INSIDE_LOWER.search(text.lower()) is not None
    return _LEANING_INSIDE.search(text) is not None


# ISO dates are parsed again and again (each option, each sort, each test-wise check): once each
_parse_iso = lru_cache(maxsize=4096)(formats.parse_iso)


class _Blank(NamedTuple):
    """A fact blanked in its sentence, as the cloze asked it: its choice and true/false ask the same."""

    fact: Fact
    span: tuple[int, int]  # document offsets of the blank (a figure's may be narrower than the fact's)
    prompt: str
    unresolved: bool
    answer: dict
    source: dict
    key: tuple
    edits: list[str]


_REGNAL = re.compile(r"(?:[IVXL]+|Jr\.?|Sr\.?|\d+(?:st|nd|rd|th))$")


class Generator:
    def __init__(self, doc: Document, facts: list[Fact], options):
        self.doc = doc
        # where an emphasised run that starts a sentence ends: '_Symbols and rules_: In 1847 ...'
        self.emphasis_from = {start: end for start, end, _ in doc.emphasis}
        self.doc_id = doc.id  # a property worked out on each read; every question's id and seed use it
        self.options = options
        self.facts = facts
        self.by_kind: dict[str, list[Fact]] = defaultdict(list)
        for f in facts:
            self.by_kind[f.kind].append(f)
        self.people = self.by_kind["person"]
        self._lower_word_set: frozenset[str] | None = None  # (see _lower_words)
        self._deed_years: dict[tuple[str, str, str], set[tuple[str, int]]] | None = None  # (see _told_with_another_year)
        self._biography = biography_subject(doc)
        self._forms_of: dict[int, list[str]] = {}  # (see _name_forms)
        self.subject = self._article_subject()
        self.date_values = {str(f.value) for f in self.by_kind["date"]} | {
            str(f.value) for f in self.by_kind["infobox"] if f.attrs.get("type") == "date"}
        self.figure_values = set()
        for f in self.by_kind["figure"] + [f for f in self.by_kind["infobox"] if f.attrs.get("type") == "figure"]:
            for v in (f.value if isinstance(f.value, list) else [f.value]):
                try:
                    self.figure_values.add(float(v))
                except (TypeError, ValueError):
                    pass
        self.surnames: dict[str, set[str]] = defaultdict(set)
        # per person, computed once: folded mentions (to spot them in a sentence) and role words
        self.person_mentions: dict[str, list[str]] = {}
        self.person_roles: dict[str, set[str]] = {}
        self.role_sets: dict[str, list[set[str]]] = {}  # per person, the words of each role
        self.offices: dict[str, list[set[str]]] = {}
        for p in self.people:
            name = self._name(p)
            self.surnames[fold(_family(name))].add(name)
            self.person_mentions[name] = [fold(m) for m in (p.attrs.get("mentions") or [name])]
            roles = p.attrs.get("roles", [])
            self.role_sets[name] = [_role_words(r) for r in roles]
            self.person_roles[name] = set().union(*self.role_sets[name])
            # offices ("Archbishop of Canterbury", "Commander of the Special Forces"), not ranks
            self.offices[name] = [words for r, words in zip(roles, self.role_sets[name]) if " of " in r]
        self.person_sides = {self._name(p): set().union(*(_demonyms(r) for r in p.attrs.get("roles", [])))
                             for p in self.people}
        # a word of two or more people's names ("Yi" of Yi Sŏnggye and Yi Hwang): alone, it names no one
        bearers: dict[str, set[str]] = defaultdict(set)
        for name in self.person_mentions:
            words = name.split()
            if len(words) >= 2:
                for w in (words[0], words[-1]):
                    if len(w) > 1 and w[:1].isupper() and not w.endswith(".") \
                            and not (w is words[-1] and words[-2] == "of") and not _REGNAL.fullmatch(w) \
                            and fold(w) not in vocab.titles():
                        bearers[w].add(name)  # (not a realm, "of Scotland"; nor "III", nor "King")
        # (in a biography the subject's own family name, which the text uses alone for them, names the subject)
        own = {m for m in (self.person_mentions.get(self._name(self.subject), []) if self.subject else [])
               if " " not in m}
        # (nor is a word of the title: "Edinburgh" of "Philip, Duke of Edinburgh" in the article on the city)
        own |= {fold(w) for w in re.findall(r"[^\W\d_]{3,}", doc.title)}
        self.shared_name_words = {w: names for w, names in bearers.items() if len(names) >= 2 and fold(w) not in own}
        self.known_years = {v[:5] if v.startswith("-") else v[:4] for v in self.date_values}
        # what the prompt repairs need: the article's subject, given names, dates per sentence
        self.about = context.article_subject(doc.title, doc.description,
                                             self._name(self.subject) if self.subject else None, doc.text)
        self.place = context.place_of(self.about)  # the place the article's statistics are of
        # (family names and one-word names: a given name alone may be someone else's, "the bandleader Louis")
        self._subject_words = frozenset(
            fold(words[-1]) for name in [doc.title, self.about.person or ""] + [
                str(m) for m in (self.subject.attrs.get("mentions") or [] if self.subject else [])]
            for words in [re.findall(r"[^\W\d_]{3,}", re.sub(r"\s*\([^)]*\)", "", name))] if words and words[-1][0].isupper()
            # ("Raffaello Sanzio da Urbino", known as Raphael: "Urbino" is his town, and names no one)
            and not (name != doc.title and re.search(r"\b(?:da|de|di|del|della|von|van|of)\s+\S+$", name)))
        self._spans: tuple[dict[int, list[str]], dict[str, tuple[int, int]]] | None = None
        self._birth: str | None = None
        self.dates_in: dict[int, list[Fact]] = defaultdict(list)
        self._year_name_index: dict[str, list[tuple[int, str]]] | None = None  # see _year_names
        self._event_span: tuple[int, int] | tuple[()] | None = None  # see _event_days
        self._told: dict[int, list | None] = {}  # see _told_in_order
        self._life_events_at: dict[int, frozenset[str]] = {}  # see _life_events_of
        self._block_sentences: dict[int, list[Sentence]] = {}  # each paragraph's sentences (see _told_in_order)
        self._name_bearers: dict[str, set[str]] | None = None  # see _shared_name_alone
        self._name_words: set[str] = set()
        self._place_words: dict[str, bool] = {}  # see _also_a_place
        self._person_years: dict[str, list[int]] | None = None  # the years beside each person's mentions
        self._era_here: dict[tuple[int, str | None], list[int]] = {}  # (see _era_years)
        for f in self.by_kind["date"]:
            if f.sentence is not None and f.span is not None:
                self.dates_in[f.sentence.index].append(f)
        given: dict[str, set[str]] = defaultdict(set)
        for p in self.people:
            name = self._name(p)
            if _full_name(name):
                given[fold(name.split()[0])].add(name)
        # only the subject's given name is written out in full ("Angela" -> "Angela Merkel"); any
        # other lone given name is a reference the student cannot resolve
        subject_name = self._name(self.subject) if self.subject else None
        # (not "The" of "The Wachowskis": an article on two people has no given name of its own)
        # (by the name the title gives when it holds the given name: "Yuri Gagarin", not "Yuri Alekseyevich Gagarin")
        called = doc.title if subject_name and len(doc.title.split()) >= 2 and fold(doc.title.split()[0]) == fold(
            subject_name.split()[0]) and not re.search(r"[(),]", doc.title) else subject_name
        # (nor where a namesake has it: "the grandson of Ludwig van Beethoven (1712–73) ... Ludwig was
        # employed as a bass singer" is the grandfather)
        self.given_names = ({fold(subject_name.split()[0]): called}
                            if subject_name and _full_name(subject_name) and len(given[fold(subject_name.split()[0])]) == 1
                            and fold(subject_name.split()[0]) not in ("the", "a", "an")
                            and not _namesake(doc, subject_name) else {})
        # a given name the title holds ("Edward" in "Edward VIII") is the subject's on its worksheet
        self.other_given = {g for g in given if len(g) > 2} - set(self.given_names) - set(fold(doc.title).split())
        # a family name standing alone ("Grant's appearance") -> the full name, sentence by sentence;
        # only where the people rules tied that mention to one person, never the subject's own
        self.surname_at: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
        self.ambiguous_surname_at: set[int] = set()  # sentences with a lone family name two people bear
        title = fold(doc.title)
        for p in self.people:
            name = self._name(p)
            first, family = name.split()[0], _family(name)
            if p is self.subject or not _full_name(name) or len(self.surnames[fold(family)]) > 1 \
                    or not (fold(first) in given_names() or re.match(r"[A-Z]\.", first) or _titled_mention(p, name)) \
                    or fold(family) in title or fold(family).rstrip("s") in title.split() \
                    or len(family) > 3 and family.lower() in self._lower_words(doc):
                # (a given name or an initial first: 'Statistics Canada' is no one's full name; nor is a word the
                # article writes as a common noun: "Diamonds" is not "Petra Diamonds" in the article on diamond)
                continue
            if self._another_bearer(name, family) or family == first and re.search(
                    r"\b" + re.escape(first) + r"\s+(?!of\b|[IVXL]+\b)[A-Z]", doc.text):
                # 'Hall' may be Conrad Hall, whom the people rules did not find, not Ann C. Hall: a lone
                # 'Hall' is no one the student can tell (nor 'Catherine' beside Catherine of Aragon,
                # Catherine Howard and Catherine Parr)
                self.ambiguous_surname_at.update(o["sentence"] for o in p.attrs.get("occurrences") or ()
                                                 if o["text"] == family)
                continue
            for o in p.attrs.get("occurrences") or ():
                if o["text"] == family:
                    self.surname_at[o["sentence"]].append((o["start"], o["end"], name))
        for p in self.people:
            # a king's given name alone, tied by the people rules to one king ('Charles appointed Laud',
            # after 'Charles I' in that part of the article): written out as 'Charles I'
            name = self._name(p)
            words = name.split()
            if p is self.subject or len(words) != 2 or not _REGNAL.match(words[1]):
                continue
            # (only after the article has named him in full: 'Al-Mutawakkil' of the ninth century, long
            # before 'Al-Mutawakkil III' of Cairo, is another caliph)
            named_at = min((o["start"] for o in p.attrs.get("occurrences") or () if o["text"] == name), default=None)
            for o in p.attrs.get("occurrences") or ():
                if o["text"] == words[0] and named_at is not None and o["start"] > named_at:
                    self.surname_at[o["sentence"]].append((o["start"], o["end"], name))
        # the subject's own family name standing alone ("Mitchell was appointed in 2019"): a question
        # leaves the worksheet's title behind (an LMS, a flash card), so the subject is named as the
        # title names them; always where another person of the article bears it too ("Murchison
        # married again" in the life of Clint Murchison Sr., father of Clint Murchison Jr.)
        if self.subject is not None and self.about.person:
            own = self._name(self.subject)
            family = _family(own)
            if _full_name(own) and not _REGNAL.match(family) and family[:1].isupper() and family.isalpha():
                named = self.about.title if len(self.about.title.split()) >= 2 else own
                for o in self.subject.attrs.get("occurrences") or ():
                    if o["text"] == family:
                        self.surname_at[o["sentence"]].append((o["start"], o["end"], named))
        self._title_words = quality.title_words(doc.title, self.about.person)
        self.families = quality.families(doc.sentences)
        self.contradicted = self._contradicted_life_dates()
        # the birth and death years of a biography's subject, and the day (or the year) of the death
        self.life, self.death_iso = self._life_span()
        # the span the lead gives the event an article is about ("fought from 1861 to 1865")
        self.fought = None if self.life or self.subject else self._fought_span()
        self.active = None if self.life or self.subject else self._active_span()
        self._repairs: dict[int, tuple[list, bool]] = {}
        self._names_subject: dict[int, bool] = {}
        self._italics = [(a, b) for a, b, style in doc.emphasis if style == "em"]
        self._bracket_years: dict[str, set[int]] | None = None
        self.acronyms = context.defined_acronyms(doc.text)
        self._dates: dict | None = None
        self._stories: dict[int, tuple[int, int]] = {}  # by sentence index (see _story)
        self._word_bits: dict[str, int] = {}
        self._figures: list | None = None
        self._figures_in: dict[int, list[Fact]] | None = None  # the figures of each sentence, for comparisons
        self._events: dict[tuple[str, str, str], list[tuple[int, set[str]]]] | None = None  # (see _repeated_event)
        self._disputed: set[int] | None = None  # population figures the article gives two ways
        self._folded_text: str | None = None
        # per-article indexes and memos, so that no question scans every person again
        self.person_named: dict[str, Fact] = {}  # the first person of each name
        for p in self.people:
            self.person_named.setdefault(self._name(p), p)
        self._mononyms: dict[str, bool] = {}
        self._options_people: dict[tuple[bool, bool], list[tuple[str, list[str]]]] = {}

    # ------------------------------------------------------------ helpers

    @staticmethod
    def _name(person: Fact) -> str:
        return _without_role(str(person.attrs.get("name") or person.value))

    def _told_with_another_year(self, s: Sentence, year: str) -> bool:
        """Does another sentence tell the same deed with the same party in another year ("off from Time
        Warner in 2009", "off from Time Warner in 2010")? One of the two keys marks the other wrong."""
        if self._deed_years is None:
            self._deed_years = defaultdict(set)
            for t in self.doc.sentences:
                if " in " in t.text:
                    for m in _DEED_WITH_PARTY.finditer(t.text):
                        self._deed_years[(fold(m.group(1)), m.group(2), fold(m.group(3)))].add((m.group(4), t.index))
        for m in _DEED_WITH_PARTY.finditer(s.text) if " in " in s.text else ():
            if m.group(4) == year[:4]:
                told = self._deed_years.get((fold(m.group(1)), m.group(2), fold(m.group(3))), set())
                if any(y != m.group(4) and i != s.index for y, i in told):
                    return True
        return False

    def _lower_words(self, doc: Document) -> frozenset[str]:
        """The words the article writes in lower case (read once): "diamonds" is a common noun there."""
        if self._lower_word_set is None:
            self._lower_word_set = frozenset(re.findall(r"(?<![\w'’-])[a-z][a-z]+(?![\w'’-])", doc.text))
        return self._lower_word_set

    def _article_subject(self) -> Fact | None:
        """The person an article is about (a biography), for resolving a leading He/She."""
        title = fold(re.sub(r"\s*\(.*?\)", "", self.doc.title))
        title_words = title.split()
        for p in self.people:
            name = fold(self._name(p))
            # ("Harry Cummings McPherson, Jr.": the generational suffix is no family name)
            words = [w for w in name.replace('"', "").replace(",", " ").split()
                     if w.rstrip(".") not in vocab.NAME_SUFFIXES] or [name]
            # (a title that names the person and goes on is about something named after them:
            # "Charles Pinckney National Historic Site" is no biography of Charles Pinckney)
            if name == title or (len(title_words) >= 2 and (title in name or name in title and title_words[-1] in words)):
                return p
            # "Ayn Rand (born Alisa Zinov'yevna Rosenbaum ...)": the title is one of the names used
            if len(title_words) >= 2 and title in map(fold, p.attrs.get("mentions") or ()):
                return p
            # "Angela Merkel" is "Angela Dorothea Merkel"; "Brad Stevens" is 'Bradley Kent "Brad" Stevens'
            if len(title_words) >= 2 and title_words[-1] == words[-1] and title_words[0] in words[:-1]:
                return p
            # "Joe Biden" is "Joseph Robinette Biden Jr.": a short form of the given name, in a biography
            if len(title_words) == 2 and len(words) >= 2 and title_words[-1] == words[-1] \
                    and title_words[0][:2] == words[0][:2] and name.split()[0] == words[0] \
                    and self._biography is not None:
                return p
            # "Nerva" is "Marcus Cocceius Nerva", whose lead gives his life's span ("(... 30 AD – ... 98 AD)")
            if len(title_words) == 1 and words[-1] == title and title in map(fold, p.attrs.get("mentions") or ()) \
                    and fold(self.doc.description).startswith(title) and _LIFE_SPAN_IN_LEAD.search(self.doc.description):
                return p
            # "Raphael" is "Raffaello Sanzio da Urbino (... 1483 – 1520), known as Raphael": the lead names him in full
            if len(title_words) == 1 and title in map(fold, p.attrs.get("mentions") or ()) \
                    and fold(self.doc.description).startswith(name) and _LIFE_SPAN_IN_LEAD.search(self.doc.description):
                return p
        return None

    def _resolve(self, sentence: Sentence) -> str:
        """The sentence text, with a leading He/She/His/Her resolved to a biography's subject."""
        text = sentence.text
        if self.subject is not None:
            name = self._name(self.subject)
            m = re.match(r"^(He|She|His|Her)\b", text)
            if m:
                repl = name if m.group(1) in ("He", "She") else name + "’s"
                text = repl + text[m.end():]
        return text

    def _life_span(self) -> tuple[tuple[int, int] | None, str | None]:
        """Birth and death years from the infobox (else the lead), and the death's date: no wrong date
        of a life falls outside them."""
        born = died = None
        for f in self.by_kind["infobox"]:
            if f.attrs.get("type") != "date":
                continue
            label = fold(str(f.attrs.get("label") or ""))
            parts = _parse_iso(str(f.value).split("/")[0])
            if not parts:
                continue
            if re.search(r"\bborn\b|birth", label):
                born = parts[0]
            elif re.search(r"\bdied\b|death", label):
                died = parts[0]
        if born and died:
            return (born, died), str(died)
        return self._life_span_in_lead()

    def _birth_iso(self) -> str | None:
        """The subject's day of birth as the infobox (else the lead's bracket) gives it, once."""
        if self._birth is None:
            self._birth = ""
            if self.life:
                for f in self.by_kind["infobox"]:
                    if f.attrs.get("type") == "date" and re.search(r"\bborn\b|birth", fold(str(f.attrs.get("label") or ""))):
                        self._birth = str(f.value).split("/")[0]
                        break
                else:
                    dated = [str(f.value).split("/")[0] for f in self._lead_bracket_dates()]
                    self._birth = min(dated) if dated and not dated[0].startswith("-") else ""
        return self._birth or None

    def _about_the_subject(self, sentence: Sentence) -> bool:
        """A sentence of a biography that tells what its subject did (named, or he/she), not of their birth or youth."""
        text = sentence.text
        if _CHILDHOOD.search(text):
            return False
        return context.names_person(text, self.about) or _PERSONAL_PRONOUN(text)

    def _life_span_in_lead(self) -> tuple[tuple[int, int] | None, str | None]:
        """A biography without an infobox: the years in the bracket after the name that opens it
        ("Nikola Tesla (10 July 1856 – 7 January 1943) was ...")."""
        if self.subject is None:
            return None, None
        def year(v: str) -> int:
            return int(v[:5]) if v.startswith("-") else int(v[:4])
        # (a range: both ends; "(15 October 70 BC – 21 September 19 BC)": years before the era too)
        dated = sorted((v for f in self._lead_bracket_dates()
                        for v in str(f.value).split("/") if re.match(r"-?\d{4}", v)), key=year)
        if len(dated) < 2 or not 15 <= year(dated[-1]) - year(dated[0]) <= 120:
            return None, None
        return (year(dated[0]), year(dated[-1])), dated[-1]

    def _lead_bracket_dates(self) -> list[Fact]:
        """The dates in the bracket after the name that opens the article ("Nikola Tesla (10 July 1856 –
        7 January 1943) was ..."): a life's span."""
        # (the first of the lead's first three sentences that has one: a note on the name may come
        # first, "This name uses Eastern Slavic naming customs; ...")
        for first in self.doc.sentences[:3]:
            if first.section:
                break
            span = lead_aside_span(first.text)
            if span is None:
                continue
            found = [f for f in self.dates_in.get(first.index, []) if span[0] <= f.span[0] - first.start < span[1]]
            if found:
                return found
        return []

    def _contradicted_life_dates(self) -> set[str]:
        """Birth or death dates a biography gives two ways ("(April 11, 1895 – June 20, 1969)" in the
        lead, "On July 20, 1969, he died" in the body): neither is a key, nor a wrong option."""
        if self.subject is None:
            return set()
        given: dict[str, set[str]] = {"born": set(), "died": set()}

        def full(f: Fact) -> str | None:
            value = str(f.value)
            return value if re.fullmatch(r"-?\d{3,4}-\d\d-\d\d", value) else None

        for f in self.by_kind["infobox"]:  # the infobox's birth and death dates
            label = fold(str(f.attrs.get("label") or ""))
            if f.attrs.get("type") == "date" and full(f):
                event = "born" if re.search(r"\bborn\b|birth", label) else "died" if re.search(r"\bdied\b|death", label) else None
                if event:
                    given[event].add(str(f.value))
        family = re.escape(_family(self._name(self.subject)))
        said = re.compile(r"\b(?:[Hh]e|[Ss]he|" + family + r")\s+(?:was\s+)?(born|died)\b|\b(?:[Hh]is|[Hh]er)\s+(birth|death)\s+on\b")
        for index, facts in self.dates_in.items():
            s = self.doc.sentences[index]
            dated = [f for f in facts if full(f)]
            if index == 0 or (s.section == () and index < 3):
                m = _LIFE_SPAN_BRACKET.match(s.text)  # "(April 11, 1895 – June 20, 1969)", "(born July 18, 1969)"
                inside = [f for f in dated if m and f.span[1] - s.start <= m.end()]
                if inside:
                    if "born" in m.group(0) or len(inside) == 1:
                        given["born"].add(str(inside[0].value))
                    elif len(inside) == 2:
                        given["born"].add(str(inside[0].value))
                        given["died"].add(str(inside[1].value))
                    continue
            m = said.search(s.text)
            if m and len(dated) == 1:  # one date beside "he died", "his death on": the date of it
                given["born" if (m.group(1) or m.group(2)) in ("born", "birth") else "died"].add(str(dated[0].value))
        return {v for values in given.values() if len(values) > 1 for v in values}

    def _another_bearer(self, name: str, family: str) -> bool:
        """Does the article write the family name after a given name that is not this person's?"""
        own = {fold(t) for t in name.split()}
        text = self.doc.text
        # (the family name first, then the word before it: a pattern opening on any capital is slow)
        at = text.find(family)
        while at >= 0:
            end = at + len(family)
            if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                before = _WORD_BEFORE.search(text, max(0, at - 40), at)
                if before and fold(before.group(1)) not in own and fold(before.group(1)) in given_names():
                    return True
            at = text.find(family, end)
        return False

    def _active_span(self) -> tuple[int, int] | None:
        """When the subject of an article on a body or a work came to be and, if it ended, when:
        "formed in May 1991", "merged into ... in 1994" in the lead or the infobox. No wrong date of its
        story falls before its start ("1990" for a battalion formed in 1991) or after its end."""
        start = end = None
        lead = [s for s in self.doc.sentences if not s.section][:8]
        for s in lead:
            began, ended = _BEGAN.search(s.text), _ENDED.search(s.text)
            if not (began or ended):
                continue
            for f in self.dates_in.get(s.index, []):
                year = (_parse_iso(str(f.value).split("/")[0]) or (None,))[0]
                if year is None:
                    continue
                where = f.span[0] - s.start
                # the date nearest the verb that says it began or ended
                if began and (not ended or abs(where - began.start()) <= abs(where - ended.start())):
                    start = year if start is None else min(start, year)
                elif ended:
                    end = year if end is None else max(end, year)
        for f in self.by_kind["infobox"]:
            if f.attrs.get("type") != "date":
                continue
            label = fold(str(f.attrs.get("label") or ""))
            parts = [_parse_iso(p) for p in str(f.value).split("/")]
            if not parts or not parts[0]:
                continue
            if _BEGAN.search(label) or label in ("active", "years active", "founded", "formed"):
                start = parts[0][0] if start is None else min(start, parts[0][0])
                if len(parts) == 2 and parts[1]:
                    end = parts[1][0] if end is None else max(end, parts[1][0])
            elif _ENDED.search(label):
                end = parts[0][0] if end is None else max(end, parts[0][0])
        if start is None and self.fought:
            start, end = self.fought
        if start is None or start <= 0:
            return None
        return start, end if end is not None and end >= start else datetime.date.today().year

    def _fought_span(self) -> tuple[int, int] | None:
        """"The American Civil War was fought in the United States from 1861 to 1865": the years of the
        event the article is about, as its first sentence gives them."""
        if not self.doc.sentences or not _FOUGHT.search(self.doc.sentences[0].text):
            return None
        years = [(_parse_iso(p) or (None,))[0] for f in self.dates_in.get(0, []) for p in str(f.value).split("/")]
        years = [y for y in years if y]
        if 2 <= len(years) <= 3 and 1 <= max(years) - min(years) <= 40:  # ('from 1861 to 1865', '1861–1865')
            return min(years), max(years)
        return None

    def _sentence_repairs(self, s: Sentence) -> tuple[list, bool]:
        """Repairs that make a sentence stand alone, and whether a referent stays unresolved."""
        if s.index not in self._repairs:
            text = s.text
            edits = context.connective(text) + context.month_preposition(text)
            named = context.pronoun(text, self.about)
            if named and self.life and any(int(f.value[:4]) < self.life[0] for f in self.dates_in.get(s.index, [])
                                           if re.match(r"\d{4}", str(f.value))):
                # "In 1454, he mediated ..." in the life of a man born in 1473: his father, not him
                named, pronoun_open = [], True
            elif named and self._someone_else_before(s):
                # "A trained physician, Brookes believed ... In 1850, he had initiated": not the subject
                named, pronoun_open = [], True
            elif named and self.life and any(int(y) != self.life[1] for y in _DEATH_IN.findall(text)):
                # "Shortly before his death in 1534 Pope Clement VII commissioned Michelangelo" (who died in
                # 1564): another man's death
                named, pronoun_open = [], True
            else:
                pronoun_open = False
            edits += named
            edits += context.run_in_heading(text, self.emphasis_from.get(s.start, s.start) - s.start,
                                            s.section[-1] if s.section else "")
            named, unresolved = context.referent(text, self.about)
            unresolved = unresolved or pronoun_open
            if named and (self._other_place_before(s) or self._named_section(s) or self._other_event_before(s, named)):
                # "Potsdam is ... The city was a residence of the Prussian kings": not the subject's city;
                # "The album also contains ..." under "### Telegram": that album, not the article's
                named, unresolved = [e for e in named if e[3] != "name-subject"], True
            edits += named
            named, fragment = context.subjectless(text, self.about)
            edits += named
            unresolved = unresolved or fragment
            # (not to a month of every year: "Even in July, the average low is 34 °F")
            edits += context.add_years(text, [(f.span[0] - s.start, f.span[1] - s.start, f.text, str(f.value))
                                              for f in self.dates_in.get(s.index, []) if f.attrs.get("year_inferred")
                                              and not quality.every_year(text, str(f.value))])
            edits += context.full_names(text, self.given_names)
            edits += self._surname_repairs(s)
            edits += context.drop_also(text)
            edits += context.expand_acronyms(text, self.acronyms)
            edits += context.relative_time(text)
            edits += context.glosses(text)
            edits += context.date_comma(text)
            edits = context.outside_quotes(text, edits)
            repaired, _ = context.apply(text, edits)  # what the student reads, pronoun named
            unresolved = unresolved or context.leans_on_context(repaired, self.about) or self._anaphoric(s)
            # a story's plot ("In 1842 England, a young boy builds a snowman"): of which work, out of its section?
            unresolved = unresolved or any(vocab.PLOT_HEADING.search(h) for h in s.section) \
                and not context.mentions_subject(repaired, self.about)
            # "Eventually, 270 soldiers died in the course of the Boer War" under "Canada": whose soldiers?
            unresolved = unresolved or self._country_heading_unnamed(s, repaired)
            # "Lee left for Everton in 1977" where the article names Gordon Lee and Rob Lee: which Lee?
            unresolved = unresolved or s.index in self.ambiguous_surname_at
            # a lone given name of someone else ("Albert's wife"): which Albert?
            written_out = {(a, b) for a, b, _, how in edits if how == "full-name"}  # ("Charles" -> "Charles I")
            unresolved = unresolved or bool(self.other_given) and any(
                fold(m.group(1)) in self.other_given and fold(m.group(1)) not in DEMONYMS
                and fold(m.group(1)) not in WORDLIKE_GIVEN for m in _LONE_GIVEN.finditer(text)
                if not (m.start() and text[:m.start()].rstrip()[-1:].isalpha() and text[:m.start()].rstrip().split()[-1][:1].isupper())
                and m.span(1) not in written_out)
            # a lone name several people of the article bear ("Following Lee's death": which Lee?)
            unresolved = unresolved or self._shared_name_alone(text)
            self._repairs[s.index] = (edits, unresolved)
        return self._repairs[s.index]

    def _country_heading_unnamed(self, s: Sentence, text: str) -> bool:
        """Is the sentence in a section headed by a country's name ("Imperial involvement > Canada") that it
        never names (nor its people: "Canadian")? It tells of that country without saying so."""
        if not s.section:
            return False
        heading = fold(s.section[-1])
        if heading not in country_names() or heading == fold(self.doc.title):
            return False
        return fold(heading)[:5] not in fold(text)

    def _someone_else_before(self, s: Sentence) -> bool:
        """Does the sentence before (in the same paragraph) open on someone other than the article's
        subject ("A trained physician, Brookes believed ...")? A "he" that follows most likely means
        that person. (Not when that sentence is itself about "he": "In 1850 he met Dickens.") A run of
        sentences opening on "He" leads back to the one before them ("The businessman Lewitzki took
        the initiative. He had contacts with Gaumont. In 1898, he also became a shareholder")."""
        if s.index == 0 or self.subject is None:
            return False
        before = self.doc.sentences[s.index - 1]
        for _ in range(3):
            if before.block != s.block or before.index == 0 or not _OPENS_ON_PRONOUN.match(before.text):
                break
            before = self.doc.sentences[before.index - 1]
        if before.block != s.block:
            return False
        text = fold(before.text)
        first, who = len(text), None
        for name, mentions in self.person_mentions.items():
            for m in mentions:
                if m not in text:
                    continue  # (most people are not in the sentence: no pattern for them)
                found = re.search(r"\b" + re.escape(m) + r"\b", text)
                if found and found.start() < first:
                    first, who = found.start(), name
        if who is None or who == self._name(self.subject) or first > 60:
            return False
        return not re.search(r"\b(?:he|she|his|her|him)\b", text[:first])

    def _named_section(self, s: Sentence) -> bool:
        """Is the sentence in a section headed by a name other than the title's ("Telegram" in the
        article on an album, "Homogenic" in the one on Björk), where "the album" means that one?"""
        if not self.about.kinds & context.WORK_KINDS:
            return False
        title = fold(self.about.title)
        for heading in s.section[1:] if len(s.section) > 1 else s.section:
            words = heading.split()
            if words and all(w[:1].isupper() or w.lower() in ("of", "the", "and", "a", "in") for w in words) \
                    and not context.generic_heading(heading) and fold(heading) not in title:
                return True
        return False

    def _other_event_before(self, s: Sentence, edits: list) -> bool:
        """Does the paragraph, up to this sentence, name another event of the kind a "the war" of it would
        be renamed to ("during the Franco-Thai War ... The war ended in May" in the article on the First
        Indochina War): that war, not the article's?"""
        kinds = {m.group(1).lower() for a, b, _, how in edits if how == "name-subject"
                 for m in [_EVENT_NOUN.search(s.text, a, b)] if m}
        if not kinds:
            return False
        title = fold(self.doc.title)
        for other in self.doc.sentences[max(0, s.index - 8):s.index + 1]:
            if other.block != s.block:
                continue
            for m in _NAMED_EVENT.finditer(other.text):
                kind = (m.group(2) or m.group(3)).lower()
                if kind in kinds and fold(m.group(0)) not in title and title not in fold(m.group(0)):
                    return True
        return False

    def _other_place_before(self, s: Sentence) -> bool:
        """Does the sentence before, in the same paragraph, open on another name ("Potsdam is ...")
        that a "the city" at the start of this one would point back to?"""
        if s.index == 0 or not re.match(r"(?:The|the)\s+[a-z]+\b", s.text):
            return False
        before = self.doc.sentences[s.index - 1]
        if before.block != s.block:
            return False
        m = _NAME_OPENS.match(before.text)
        return bool(m) and not context.mentions_subject(m.group(1), self.about)

    def _shared_name_alone(self, text: str) -> bool:
        """Does the sentence name someone by a name that several people of the article bear, none of
        them the one the article mostly means ("Following Lee's death" among three chairmen Lee)?"""
        if self._name_bearers is None:
            bearers: dict[str, dict[str, int]] = defaultdict(dict)
            # (never the subject's own names, nor the title's: "Alberta" in the article on Alberta)
            own = set(fold(self._name(self.subject)).split()) if self.subject else set()
            own |= set(re.findall(r"[a-z]+", fold(self.doc.title)))
            self._name_words = set()
            for p in self.people:
                name = self._name(p)
                for word in name.replace(",", " ").split():
                    self._name_words.add(fold(word))
                    if word[:1].isupper() and len(word) > 2 and fold(word) not in own | _NAME_TITLES:
                        bearers[fold(word)][fold(name)] = len(p.attrs.get("occurrences") or ()) or 1
            self._name_bearers = {}
            for word, names in bearers.items():
                if len(names) < 2 or any(a != b and a in b for a in names for b in names):
                    continue  # one name holding the other ("Mary", "Mary Adelaide") may be one person
                counts = sorted(names.values(), reverse=True)
                if counts[0] < 3 * counts[1]:  # nobody the article mostly means by it
                    self._name_bearers[word] = set(names)
        if not self._name_bearers:
            return False
        for m in _LONE_CAPITALISED.finditer(text):
            if fold(m.group(1)) not in self._name_bearers:
                continue
            if re.search(r"\b(?:the|a|an)(?:\s+[a-z]+){0,2}\s+$", text[max(0, m.start() - 30):m.start()]) or \
                    _ATTRIBUTIVE_AFTER.match(text, m.end(1)):
                continue  # "the last Hotak stronghold": a family's or a dynasty's name, no person
            before = [w for w in text[:m.start()].split()[-1:] if w[-1:] not in ",.;:"]
            after = text[m.end():].split()[:1] if text[m.end():m.end() + 1] == " " else []
            if after and re.fullmatch(_PARTICLE, after[0]):
                continue  # "Alexander von Humboldt"
            if any(w[:1].isupper() and fold(w.strip(",.;:()'’\"")) in self._name_words for w in before + after):
                continue  # part of a full name: "Lee Kun-hee", "Byung-chul Lee"
            return True
        return False

    def _surname_repairs(self, s: Sentence) -> list:
        """'Grant's appearance in Doctor Who ...' -> 'Richard E. Grant's appearance ...': the first
        lone family name of someone named in full elsewhere, unless the sentence names them in full."""
        edits, named = [], set()
        for start, end, name in sorted(self.surname_at.get(s.index, ())):
            if fold(name) in fold(s.text) or name in named or not s.start <= start < end <= s.end:
                continue
            a, b = start - s.start, end - s.start
            if _ATTRIBUTIVE_BEFORE.search(s.text, 0, a) or _ATTRIBUTIVE_AFTER.match(s.text, b):
                continue  # 'the Durrani throne', 'the Hotak and Durrani dynasties': a family's name, not his
            if self._also_a_place(s.text[a:b]) and not _REGNAL.match(name.split()[-1]):
                continue  # 'to protect Washington': the capital, not George Washington ('to Charles' is the king)
            if _INITIALISM_BEFORE.search(s.text, max(0, a - 20), a):
                continue  # "A.F.C. Liverpool": the word ends another name
            if _AMPERSAND_BEFORE.search(s.text, max(0, a - 5), a) or _AMPERSAND_AFTER.match(s.text, b) \
                    or _POSSESSIVE_NO_NOUN.match(s.text, b):
                # 'Ford & Malcomson' (a firm), 'work on Bentley's,' 'Bentley's Miscellany' (his magazine):
                # no man to name in full
                continue
            if _IN_NAME_LIST.search(s.text, 0, a) and re.match(r",", s.text[b:]):
                continue  # 'Madison, Montgomery, Shelby, and ...': counties, maybe, and not the senator
            # each person once, at the first lone family name ('Tommie Smith and Carlos ... Norman': both)
            edits.append((a, b, name, "full-name"))
            named.add(name)
        # ('Watson and Crick' -> not 'James Watson and Crick': a pair is named alike, in full or not)
        spans = {(a, b) for a, b, _, _ in edits}
        return [e for e in edits if not any(
            (c, d) not in spans for c, d in _coordinated_words(s.text, e[0], e[1]))]

    def _also_a_place(self, word: str) -> bool:
        """Does the article write the word as a place too ("in Washington", "went to Lincoln")?"""
        word = word.rstrip("'’s") if word.endswith(("'s", "’s")) else word
        if word not in self._place_words:
            self._place_words[word] = bool(re.search(
                r"\b(?:in|at|from|near|into|around|outside|toward|towards|protect|defend|capture|captured|"
                r"(?:town|city|village|region|province|county|district|port|island|commune|municipality) of|"
                r"attack|attacked|reached|entered|left|"
                # ('advisor to Elazar' is the man; 'returned to Washington' the city)
                r"(?:went|go|goes|moved|returned|travell?ed|came|sailed|marched|fled|flew|retreated|withdrew|"
                r"headed|back|way|road|trip|journey|visit|visits|route|railway|line|moving|returning)\s+to)"
                r"\s+" + re.escape(word) + r"\b(?!\s+[A-Z])", self.doc.text))
        return self._place_words[word]

    def _anaphoric(self, s: Sentence) -> bool:
        """Does "the X" point back at an X of the sentences just before ("... launched a satellite.
        The satellite ...")? Then the student, who sees this sentence alone, cannot tell which."""
        # the two sentences before in the section, and every earlier one of the paragraph
        before = [p for p in self.doc.sentences[max(0, s.index - 8):s.index]
                  if p.section == s.section and (p.block == s.block or p.index >= s.index - 2)]
        if not before:
            return False
        earlier = None  # the words before, folded only once a noun needs them
        for m in _DEFINITE_NOUN.finditer(s.text):
            noun = m.group(1)
            if noun in _NOT_NOUNS or noun.endswith("est") or noun in self.about.kinds:
                continue
            if earlier is None:
                earlier = set(_LOWER_WORD.findall(fold(" ".join(p.text for p in before))))
            if {noun, noun + "s", noun.rstrip("s")} & earlier and noun not in fold(s.text[:m.start()]):
                return True
        return False

    def _prompt(self, s: Sentence, span: tuple[int, int] | None = None, fill: str = BLANK,
                fact: Fact | None = None) -> tuple[str, list[str], bool] | None:
        """The sentence as a prompt: ``span`` (document offsets) replaced by ``fill``, with the repairs
        that make it stand alone. Returns (text, repair names, unresolved referent) or None."""
        if s.section and _WORKS_HEADING.search(s.section[-1]) and not _FINITE_VERB.search(s.text):
            return None  # "Neil McLean and the Magic City Jazz Orchestra.": an entry of a discography
        edits, unresolved = self._sentence_repairs(s)
        edits = list(edits)
        if span is not None:
            a, b = span[0] - s.start, span[1] - s.start
            if not (0 <= a < b <= len(s.text)):
                return None
            if any(e[3] == "drop-relative-time" and e[0] < b and a < e[1] for e in edits):
                return None  # "Within ____, December 20, ...": six months after what the student does not see
            edits.append((a, b, fill, ""))
            # a blank, or a false figure: its conversion "(10 ft 4 in)" would give the key away
            if fact is not None and fact.kind == "figure" and fill != s.text[a:b]:
                edits += context.conversion_after(s.text, b)
        text, names = context.apply(s.text, edits)
        return text, names, unresolved

    def _evidence(self, fact: Fact | None, s: Sentence | None, blank: tuple[int, int] | None = None,
                  unresolved: bool = False, **extra) -> Evidence:
        size, first = self.families.get(s.index, (1, True)) if s is not None else (1, True)
        local = (blank[0] - s.start, blank[1] - s.start) if blank and s is not None else None
        ev = Evidence(fact=fact, sentence=s, blank=local, unresolved=unresolved, family=size, first_of_family=first)
        if s is not None and local is not None and fact is not None and fact.kind == "figure":
            ev.extra["inside_conversion"] = context.inside_conversion(s.text, *local)
        ev.extra["title"] = self.doc.title
        ev.extra["title_words"] = self._title_words
        if self.about.person:  # the words that name the subject of a biography, to find in the finished prompt
            ev.extra["subject_words"] = self._subject_words
        if fact is not None and fact.kind == "date":
            # the date of the event the article is about, as its first sentence gives it
            ev.extra["lead_dates"] = [str(f.value) for f in self.dates_in.get(0, [])]
        if fact is not None and fact.kind in ("date", "figure") and self.subject is not None and self.life:
            ev.extra["born"] = self.life[0]  # "In ____, at the age of 16, she ...": the birth year gives it away
            ev.extra["died"] = self.life[1]
            ev.extra["says_he_or_she"] = s is not None and _PERSONAL_PRONOUN(s.text)
        if s is not None:
            if s.index not in self._names_subject:  # once per sentence: a sentence has several questions
                self._names_subject[s.index] = context.names_person(s.text, self.about)
            ev.extra["names_subject"] = self._names_subject[s.index]
        if fact is not None and fact.kind in ("date", "infobox") and self.contradicted:
            ev.extra["contradicted"] = str(fact.value)[:10] in self.contradicted
        if fact is not None and fact.kind == "date" and s is not None and local is not None \
                and self._other_year_of_work(s.text, local[0], str(fact.value)):
            ev.extra["contradicted"] = True  # "Oliver Twist, published in ____" (1838) beside "Oliver Twist (1839)"
        if fact is not None and fact.kind == "date" and s is not None and self._told_with_another_year(s, str(fact.value)):
            # "spun off from Time Warner in 2009" in the lead, "spinning off from Time Warner in 2010" in a section
            ev.extra["contradicted"] = True
        if fact is not None and fact.kind == "figure":
            ev.extra["disputed"] = id(fact) in self._disputed_populations()
        ev.extra["shared_name_words"] = self.shared_name_words
        if fact is not None and fact.kind == "date" and s is not None:
            year = str(fact.value).lstrip("-")[:4]
            ev.extra["year_names"] = [name for i, name in self._year_names().get(year, ()) if i != s.index]
            ev.extra["repeated_event"] = self._repeated_event(s, year)
        if blank and fact is not None and fact.kind in ("date", "figure") and self._italics:
            # "_Night of January 16th_": a date or number inside an italic title is part of a name
            start, end = blank
            ev.extra["inside_title"] = any(a <= start and end <= b and (a != start or b != end)
                                           for a, b in self._italics)
        for k, v in extra.items():
            if hasattr(ev, k):
                setattr(ev, k, v)
            else:
                ev.extra[k] = v
        return ev

    def _work_years(self) -> dict[str, set[int]]:
        """The years the article writes in brackets after a name of two words or more ("Oliver Twist
        (1839)", "The Great Summit (1961)"): the year it gives that work or event."""
        if self._bracket_years is None:
            self._bracket_years = {}
            for m in _NAME_THEN_YEAR.finditer(self.doc.text):
                self._bracket_years.setdefault(m.group(1), set()).add(int(m.group(2)))
        return self._bracket_years

    def _other_year_of_work(self, text: str, blank_start: int, value: str) -> bool:
        """Does the sentence date a named work just before the blank in another year than the
        article's bracket gives it, a year or three apart ("Oliver Twist, published in ____": 1838 here,
        "(1839)" elsewhere)? Then the article gives the date two ways."""
        year = re.match(r"\d{4}", value)
        works = self._work_years()
        if not year or not works:
            return False
        key, before = int(year.group(0)), text[max(0, blank_start - 100):blank_start]
        return any(name in before and key not in years and any(abs(y - key) <= 3 for y in years)
                   for name, years in works.items())

    def _year_names(self) -> dict[str, list[tuple[int, str]]]:
        """Per year, the names the article writes with it ("the 2022 Russian invasion of Ukraine",
        "the 1998 FIFA World Cup"), folded, with the sentence each is in: a prompt naming one of them
        without its year gives the year away."""
        if self._year_name_index is None:
            self._year_name_index = defaultdict(list)
            for s in self.doc.sentences:
                if not _YEAR_NAME_HINT.search(s.text):
                    continue
                for m in _YEAR_NAME.finditer(s.text):
                    self._year_name_index[m.group(1)].append((s.index, fold(m.group(2))))
        return self._year_name_index

    def _repeated_event(self, s: Sentence, year: str) -> bool:
        """Does another sentence tell of the same deed at the same place in another year ("returned to
        Florence in 1492", "... in late 1494", "in 1499")? Then "returned to Florence in ____" has
        several right answers."""
        if self._events is None:
            self._events = defaultdict(list)
            for t in self.doc.sentences:
                if " to " in t.text or " in " in t.text or " at " in t.text or " from " in t.text:
                    years = set(re.findall(r"(?<![\d,.])(\d{3,4})(?![\d,])", t.text))
                    for m in _EVENT_AT.finditer(t.text):
                        self._events[(m.group(1).lower(), m.group(2), m.group(3))].append((t.index, years))
        for m in _EVENT_AT.finditer(s.text):
            for index, years in self._events.get((m.group(1).lower(), m.group(2), m.group(3)), ()):
                if index != s.index and years and year not in years:
                    return True
        return False

    def _words(self, key: str, **fields: Any) -> str:
        """A prompt text from templates/questions/prompts.json (or the user's copy). A sentence the
        choice prompts quote has its own quotations nested in single marks: “... ‘Kiss You’ ...”."""
        if key.endswith("_choice") and "sentence" in fields:
            fields["sentence"] = _nest_quotes(fields["sentence"])
        return prompts.prompt(key, self.options.templates, **fields)

    def rng(self, *key: Any) -> random.Random:
        digest = hashlib.sha256(repr((self.options.seed, self.doc_id) + key).encode()).digest()
        return random.Random(int.from_bytes(digest[:8], "big"))

    def qid(self, qtype: str, kind: str, *key: Any) -> str:
        digest = hashlib.sha1(repr((self.doc_id, qtype, kind) + key).encode()).hexdigest()[:10]
        return f"{self.doc_id}-{digest}"

    def source(self, sentence: Sentence | None, span=None, label: str | None = None) -> dict[str, Any]:
        if sentence is None:
            return {"document": self.doc.id, "section": "Infobox", "sentence": label or "", "span": None}
        return {"document": self.doc.id, "section": sentence.section_title or None,
                "sentence": sentence.text, "span": list(span) if span else [sentence.start, sentence.end]}

    def _question(self, qtype: str, kind: str, prompt: str, answer: dict, source: dict, key: tuple,
                  difficulty: str, evidence: Evidence | None = None, edits: list[str] | None = None,
                  **extra) -> Question:
        qid = self.qid(qtype, kind, *key)
        if answer.get("accept"):  # "Diogo Cao" for "Diogo Cão": an LMS compares letters as typed
            answer = dict(answer, accept=list(_typed_forms(tuple(answer["accept"]))))
        q = Question(id=qid, type=qtype, kind=kind, prompt=prompt, answer=answer, source=source,
                     difficulty=difficulty, tags=[kind, qtype], edits=list(edits or []), **extra)
        quality.score(q, evidence)
        return q

    def _choices(self, answer: str, distractors: list[str], key: tuple) -> list[str]:
        choices = [answer] + distractors[:3]
        self.rng("shuffle", *key).shuffle(choices)
        return choices

    def _choice_and_true_false(self, blank: _Blank, choice_prompt: str, choices: list[str],
                               distractors: list[tuple[Any, str]], false_fill: Callable[[], str | None],
                               dress: Callable[[str], str] = lambda statement: statement,
                               **choice_evidence: Any) -> Iterable[Question]:
        """The blank as a multiple choice among ``choices``, then its whole sentence as a true/false
        statement, true or false by a seeded coin. A false statement has the blank filled with
        ``false_fill()``, one of the ``distractors``' texts; when that gives None (no option is
        clearly false) there is no true/false. ``dress`` adds what a statement must say ("According
        to X:"); ``choice_evidence`` goes to the choice's quality evidence."""
        f, s = blank.fact, blank.fact.sentence
        yield self._question("multiple_choice", f.kind, choice_prompt, blank.answer, blank.source, blank.key,
                             "medium", self._evidence(f, s, blank.span, blank.unresolved, **choice_evidence),
                             blank.edits, choices=choices)
        # true/false: half true, half false, chosen by the seeded generator
        if self.rng("tf", *blank.key).random() < 0.5:
            wrong = None
            made = self._prompt(s)
        else:
            wrong = false_fill()
            if wrong is None:
                return
            made = self._prompt(s, blank.span, fill=wrong, fact=f)
        if made is None:
            return
        statement, edits, _ = made
        truth = wrong is None
        if not truth and f.kind == "date":
            statement = _fit_preposition(statement, wrong)
        a, b = blank.span[0] - s.start, blank.span[1] - s.start
        one = _one_claim(statement, s.text[a:b] if truth else wrong)
        if one is not None:  # the clause that holds the fact: a statement of one claim, not the sentence copied
            statement, edits = one, edits + ["one-claim"]
        wrong_value = None if truth else next((v for v, t in distractors if t == wrong), None)
        if wrong_value is None and not truth and f.kind == "figure":
            number = re.search(r"\d[\d,]*(?:\.\d+)?", wrong)  # (a false value made for the statement alone)
            wrong_value = float(number.group(0).replace(",", "")) if number else None
        yield self._question("true_false", f.kind, dress(statement),
                             {"text": "True" if truth else "False", "value": truth,
                              "accept": ["True", "T"] if truth else ["False", "F"]},
                             blank.source, blank.key, "easy",
                             self._evidence(f, s, blank.span, blank.unresolved, wrong_value=wrong_value),
                             edits, choices=["True", "False"])

    # ------------------------------------------------------------ dates

    def _date_distractors(self, fact: Fact, style: str, key: tuple) -> tuple[list[tuple[str, str]], int, bool]:
        """Three wrong dates as (ISO value, text written like the answer), how many of them were
        made up, and whether a test-wise student could pick the key from the options alone: inside
        the years of the people the sentence names where three fit there (``_people_bounds``)."""
        bounds = self._people_bounds(fact.sentence, (_parse_iso(str(fact.value)) or (0,))[0]) \
            if fact.kind == "date" else None
        between = self._told_between(fact) if fact.kind == "date" else None
        # the tightest bounds that still leave three options, loosened one at a time
        for years, told in dict.fromkeys([(bounds, between), (bounds, None), (None, between), (None, None)]):
            found = self._bounded_date_distractors(fact, style, key, years, told)
            if found[0]:
                return found
        return found  # (the last tried had no bounds at all)

    def _told_between(self, fact: Fact) -> tuple[tuple[int, int, int], tuple[int, int, int]] | None:
        """The dates of the sentences either side of the key's in a paragraph told in order of time:
        "... forcing Napoleon to abdicate in April [1814]. ... Napoleon escaped from Elba in ____ ...
        defeated Napoleon at the Battle of Waterloo in June [1815]": a wrong date before the exile or
        after Waterloo is ruled out by the story, so the options fall between them (exclusive)."""
        here = fact.sentence
        if here is None or fact.span is None:
            return None
        told = self._told_in_order(here)
        if told is None:
            return None
        at = next(i for i, t in enumerate(told) if t[0] == here.index)
        if at == 0 or at == len(told) - 1 or told[at][1] != told[at][2]:
            return None
        return told[at - 1][2], told[at + 1][1]

    def _life_events_of(self, sentence: Sentence) -> frozenset[str]:
        """The kinds of repeatable life event a sentence tells (``_LIFE_EVENT_WORDS``), read once."""
        if sentence.index not in self._life_events_at:
            self._life_events_at[sentence.index] = _life_events(sentence.text)
        return self._life_events_at[sentence.index]

    def _told_in_order(self, here: Sentence) -> list[tuple[int, tuple, tuple]] | None:
        """(sentence index, earliest date, latest date) of each dated sentence of the paragraph, when its
        dates go forward from sentence to sentence; None for a paragraph that looks back or jumps, or has
        fewer than three dated sentences. Read once per paragraph."""
        if here.block not in self._told:
            if not self._block_sentences:
                for s in self.doc.sentences:
                    self._block_sentences.setdefault(s.block, []).append(s)
            told = []
            for s in self._block_sentences[here.block]:
                days = [p for f in self.dates_in.get(s.index, ()) for v in str(f.value).split("/")
                        for p in [_parse_iso(v)] if p]
                if days:
                    told.append((s.index, min(_date_tuple(p) for p in days), max(_date_tuple(p) for p in days)))
            ordered = len(told) >= 3 and all(a[2] <= b[1] for a, b in zip(told, told[1:]))
            self._told[here.block] = told if ordered else None
        return self._told[here.block]

    def _bounded_date_distractors(self, fact: Fact, style: str, key: tuple, bounds: tuple[int, int] | None,
                                  between: tuple[tuple[int, int, int], tuple[int, int, int]] | None = None
                                  ) -> tuple[list[tuple[str, str]], int, bool]:
        """Three wrong dates as ``_date_distractors`` gives them, none outside ``bounds`` (years)
        nor, given ``between`` (two dates as (year, month, day) tuples), outside those two dates.

        Real dates of the article come first: other dates of the same precision, inside the
        subject's span, from sentences that tell another story. Made-up dates change several
        parts at once, so the key is not "the one that shares a part with all the others"."""
        parts = _parse_iso(str(fact.value))
        if not parts:
            return [], 0, False
        y, m, d = parts
        precision = 3 if d is not None else 2 if m is not None else 1
        lo, hi = self._date_window(y)
        # "inspecting his farms in snow and freezing rain": no summer day is an option
        season = _season_months(fact.sentence.text) if fact.sentence is not None and m is not None else None
        season = season if season and m in season else None  # (a southern winter in July: no such rule)
        floor = None
        after_life = None
        if self.life and y > self.life[1] and fact.sentence is not None and ("osthum" in fact.sentence.text or "death" in fact.sentence.text) \
                and _POSTHUMOUS.search(fact.sentence.text):
            floor = lo = max(lo, self.life[1] + 1)  # "a posthumous collection": no year of his life is an option
        elif self.life and fact.sentence is not None and self.life[0] + _ADULT_AGE <= y <= self.life[1] \
                and self._about_the_subject(fact.sentence):
            # what the subject did as an adult: no year of their childhood is an option ('joined the society in 1913'
            # for a boy of six), nor a day after their death ('his first heart attack on 16 January 1966')
            floor = lo = max(lo, self.life[0] + _ADULT_AGE)
            after_life = self.death_iso
        ceiling = None
        if self.fought and self.fought[0] <= y <= self.fought[1]:
            # a year of the war the article is about ("fought from 1861 to 1865"): no option outside it
            floor, ceiling = self.fought
        # "the Soviets launched the Vienna Offensive against the Germans holding Vienna": a year of the war
        war = _world_war_of(y, fact.sentence.text) if fact.sentence is not None and y > 1900 else None
        for span in (bounds, war):
            if span:
                floor = span[0] if floor is None else max(floor, span[0])
                ceiling = span[1] if ceiling is None else min(ceiling, span[1])
        after_death = None
        if self.life and y == self.life[1] and fact.sentence is not None and self.death_iso \
                and _AFTER_DEATH_EVENT.search(fact.sentence.text):
            # "his remains were cremated on 12 June 1954": no day before the death is an option
            after_death = self.death_iso if len(self.death_iso) == 10 else str(y - 1) + "-12-31"
            after_life = None
        if fact.kind == "infobox" and re.search(r"buri|funeral|interr", fold(str(fact.attrs.get("label") or ""))):
            # "When was X buried?": no day before the death is an option
            after_death = next((str(d.value) for d in self.by_kind["infobox"] if d.attrs.get("type") == "date"
                                and re.search(r"\bdie|death", fold(str(d.attrs.get("label") or "")))), None)
        # "Victoria was christened on ____": no day before the subject's birth is an option
        birth = self._birth_iso() if self.life and precision > 1 and self.life[0] <= y <= self.life[1] else None
        if birth and str(fact.value) <= birth:
            birth = None  # (the birth itself, or a day before it: no bound)
        # "Victoria turned 18 on ____": the birthday's year is the birth year and the age; options of that year
        if precision > 1 and fact.sentence is not None and _BIRTHDAY.search(fact.sentence.text):
            lo = hi = y
        # "Miss Universe 2011 was crowned on ____": options of the year the prompt names
        named = set()
        if fact.sentence is not None:
            named = {int(v) for v in _EXPLICIT_YEAR.findall(fact.sentence.text.replace(fact.text, " "))}
        if y in named and precision > 1:
            lo = hi = y
        # "transferred in November ... on ____": the month the sentence names is the options' month
        month_named = m is not None and fact.sentence is not None and bool(
            _word_positions(fact.sentence.text.replace(fact.text, " "), vocab.MONTHS[m - 1]))
        rng = self.rng("date-distractors", *key)
        # "By July 1915 all had been completed": a later date is as true, so the options come before it
        side = _bound_side(fact)
        # "Following Lawrence's death in ____, Huxley edited his letters (1932)": every option keeps
        # the key's side of another year the sentence names, or that year rules it out
        around = sorted(n for n in named if n != y)

        birth_span = None

        # "the United States presidential election in ____": an event of every fourth year has options of its cycle
        cycle = precision == 1 and fact.sentence is not None and _FOUR_YEAR_EVENT.search(fact.sentence.text) is not None

        def allowed(v: str) -> bool:
            other = _parse_iso(v)
            if birth and v[:len(birth)] <= birth and not v.startswith("-"):
                return False
            if cycle and other and (other[0] - y) % 4:
                return False
            if birth_span and other and not birth_span[0] <= other[0] <= birth_span[1]:
                return False
            if after_death and v <= after_death and not v.startswith("-"):
                return False
            if after_life and not v.startswith("-") and v != str(fact.value) and (
                    v[:len(after_life)] > after_life or len(after_life) == 10 and v[:10] == after_life):
                # (nor the day of the death itself: "wrote a letter on 7 April 1947", the day he died)
                return False
            if floor is not None and other and other[0] < floor:
                return False
            if ceiling is not None and other and other[0] > ceiling:
                return False
            if season and other and other[1] is not None and other[1] not in season:
                return False
            if month_named and other and other[1] != m:
                return False
            if other and any((other[0] > n) != (y > n) or (other[0] < n) != (y < n) for n in around):
                return False
            if between and other and not between[0] < _date_tuple(other) < between[1]:
                return False
            if side is None or not other:
                return True
            a, b = tuple(x or 0 for x in other), (y, m or 0, d or 0)
            return a < b if side == "before" else a > b
        real: set[str] = set()
        near: set[str] = set()
        value = str(fact.value)
        here = fact.sentence
        here_story = self._story(here)
        key_days = _iso_days(value)
        # an infobox date ("Released: 16 October 1989") has no sentence to compare stories with: the
        # text's other dates of the same kind of event ("released", "founded") may be as true
        event_stems = [st for w in re.findall(r"[a-z]+", fold(str(fact.attrs.get("label") or "")))
                       for st in [_EVENT_STEMS.get(w[:5])] if st] if fact.kind == "infobox" else []
        years, pool = self._date_pool().get(precision, ((), ()))
        key_events = self._life_events_of(here) if here is not None else frozenset()
        if self.life and y == self.life[0] and fact.sentence is not None and _BORN_WORD.search(fact.sentence.text):
            # the subject's birth: no date of their life is a birth date to choose ('12 June 1883', the day
            # she finished school), only made-up dates near it
            pool, lo, hi = (), max(lo, y - 12), min(hi, y + 12)
            width = 20 if fact.attrs.get("approximate") or y % 10 == 0 else 12
            birth_span = (y - width, y + width)
        window = pool[bisect_left(years, lo):bisect_right(years, hi)] if pool else ()
        # a story told day by day around the key (four other days within the window): a day months away
        # is ruled out by the story ("April 5, 2006" for the day the levees broke in August 2005)
        day_by_day = precision == 3 and sum(1 for v, *_ in window if v != value
                                            and abs(_iso_days(v) - key_days) <= _NEAR_DAYS) >= 4
        # a value is out if any sentence that holds it tells the key's story: "Jenner demonstrated ...
        # in 1796" rules out 1796 for "Jenner discovered in 1798 ...", wherever else 1796 stands
        told = {v for v, _, sentence, story in window if sentence is not None and here is not None
                and _same_story(story, here_story, strict=True)}
        for v, year, sentence, story in window:
            if v == value or v in real or v in told or (year > 0) != (y > 0) or not allowed(v):
                continue
            if sentence is not None and here is not None and (
                    sentence.index == here.index or _same_story(story, here_story)):
                continue
            if sentence is not None and _AGAIN.search(sentence.text):
                continue  # "won the national title again in 2011": a repeat may be as true of the key's event
            if key_events and sentence is not None and key_events & self._life_events_of(sentence):
                continue  # "crowned King of Italy on 26 May 1805" for "Napoleon's coronation took place on ____"
            if event_stems and sentence is not None and any(stem in fold(sentence.text) for stem in event_stems):
                continue  # "released in North America on 15 January 1990": another release date, as true
            if precision == 3 and abs(_iso_days(v) - key_days) <= 7:
                continue  # "September 19" against "September 18": the article's other account, or a trap of a day
            if day_by_day and abs(_iso_days(v) - key_days) > _NEAR_DAYS:
                continue
            if precision > 1 and abs(year - y) > _NEAR_YEARS:
                continue  # "9 March 1934" (his birth) for a day of the war in 1944: a date of another time
            if self.life and year == self.life[0] and y != year and sentence is not None and _BORN_WORD.search(sentence.text):
                continue  # the subject's birth, the best-known date of a life, is no option for another event
            real.add(v)
            if sentence is not None and here is not None and here.section and sentence.section == here.section:
                near.add(v)  # (not the lead's: it tells the whole story, and its dates span it)
        # the dates of the same section first ("UFC 141" among the fights, not among the
        # wrestling years of another section), then the others
        # and of those, the ones nearest the key in time: "1916, 1919, 1926" for a promotion of 1906,
        # years after he had left the office, are ruled out by the story (five nearest, three drawn)
        span = self._event_days() if precision == 3 else None
        inside = span is not None and span[0] <= (_ordinal(value) or 0) <= span[1]
        if inside:
            # a day of a short event ("July 16–24, 1969"): a day weeks after it is ruled out unread
            real = {v for v in real if span[0] - 3 <= (_ordinal(v) or 0) <= span[1] + 3}
            near &= real

        def nearest(values: set[str]) -> list[str]:
            ranked = sorted(values, key=lambda v: (abs(_iso_days(v) - key_days), v))[:5]
            rng.shuffle(ranked)
            return ranked
        chosen = (nearest(near) + nearest(real - near))[:3]
        synthetic = 0
        # another day of a short event, not a day of another month: its days, drawn once
        event_days = [datetime.date.fromordinal(n).isoformat() for n in range(span[0] - 2, span[1] + 3)] if inside else []
        rng.shuffle(event_days)
        for _ in range(80):
            if len(chosen) >= 3 or inside and not event_days:
                break
            c = event_days.pop() if inside else _near_day(value, rng) if day_by_day \
                else formats.iso(y + rng.choice((-4, 4)) * rng.randint(1, 3)) if cycle \
                else self._made_up_date(y, m, d, lo, hi, fact, rng)
            if c is None or c == str(fact.value) or c in chosen or c in self.date_values or not allowed(c):
                continue
            if precision == 3 and not inside and not day_by_day and abs(_iso_days(c) - key_days) <= 7:
                continue  # (a made-up day beside the key reads as the article's other account, as a real one would)
            if cycle and not 0 < int(c[:4]) <= min(hi + 4, 2026):
                continue  # (a cycle's year to come is no option)
            if precision == 1 and (c[:5] if c.startswith("-") else c[:4]) in self.known_years:
                continue  # another year the article names could be true of the same event
            chosen.append(c)
            synthetic += 1
        if len(chosen) < 3:
            return [], synthetic, False
        if precision > 1 and not inside and not any(_parse_iso(c)[0] == y for c in chosen):
            # "December 20, 1592" among dates of other years, where the article names 1592: the year alone
            # would give the key away, so one option shares it
            for _ in range(20):
                c = self._made_up_date(y, m, d, y, y, fact, rng)
                if c and c != value and c not in chosen and c not in self.date_values and allowed(c) and (
                        precision < 3 or abs(_iso_days(c) - key_days) > 7):
                    chosen[-1] = c
                    synthetic += 1
                    break
        beatable = _key_shares_with_all(str(fact.value), chosen)
        years = [_parse_iso(c)[0] for c in chosen]
        beatable = beatable or (y in named and not all(v in named for v in years)) or _year_apart(y, years)
        # "May 1992" against "June 1993", "March 1993", "October 1993": the one year apart is the key
        beatable = beatable or precision > 1 and len(set(years)) == 1 and years[0] != y
        # "February 1952" against "November 1947", "November 1952", "November 1953": the one month apart
        months = [_parse_iso(c)[1] for c in chosen]
        beatable = beatable or precision > 1 and len(set(months)) == 1 and months[0] != m
        return [(c, self._date_like(c, fact, style)) for c in chosen], synthetic, beatable

    def _event_days(self) -> tuple[int, int] | None:
        """The first and last day of the event an article is about, from its infobox ("launch date:
        July 16, 1969", "landing date: July 24, 1969"; "date: 2–4 December 1805"): days of the
        infobox no more than 60 days apart; None for anything longer or without them."""
        if self._event_span is None:
            days = []
            for f in self.by_kind["infobox"]:
                if f.attrs.get("type") != "date":
                    continue
                days += [d for d in map(_ordinal, str(f.value).split("/")) if d is not None]
            if not days and self.doc.sentences:
                # no infobox: the range of days the first sentence gives, outside a bracket (a life's span)
                # ("The Hungarian Revolution ... (23 October – 10 November 1956) was ...": the event's own days)
                first = self.doc.sentences[0]
                for f in self.dates_in.get(0, []):
                    if "/" in str(f.value) and not (self.subject is not None and lead_aside_span(first.text)):
                        days = [d for d in map(_ordinal, str(f.value).split("/")) if d is not None]
                        break
            self._event_span = (min(days), max(days)) if len(days) >= 2 and 1 <= max(days) - min(days) <= 60 else ()
        return self._event_span or None

    def _people_spans(self) -> tuple[dict[int, list[str]], dict[str, tuple[int, int]]]:
        """The people each sentence names (not the subject), and for each person named beside three
        dates or more, the years those dates span: computed once."""
        if self._spans is None:
            named: dict[int, list[str]] = defaultdict(list)
            years: dict[str, list[int]] = defaultdict(list)
            for p in self.people:
                if p is self.subject:
                    continue
                name = self._name(p)
                for index in {o["sentence"] for o in p.attrs.get("occurrences") or ()}:
                    named[index].append(name)
                    years[name].extend(y for f in self.dates_in.get(index, ())
                                       for y in [(_parse_iso(str(f.value).split("/")[0]) or (None,))[0]]
                                       if y is not None)
            self._spans = (dict(named), {n: (min(v), max(v)) for n, v in years.items() if len(v) >= 3})
        return self._spans

    def _people_bounds(self, sentence: Sentence | None, year: int) -> tuple[int, int] | None:
        """'Van Gaal was fired by Bayern in ____': the years of the dates the article gives beside the
        people the sentence names, a year of slack either side; no option before Van Gaal came
        ("January 2007") is plausible. None when the sentence names no one so dated, or the key
        falls outside."""
        if sentence is None:
            return None
        named, spans = self._people_spans()
        bounds = [spans[n] for n in named.get(sentence.index, ()) if n in spans]
        if not bounds:
            return None
        lo, hi = max(b[0] for b in bounds) - 1, min(b[1] for b in bounds) + 1
        return (lo, hi) if lo <= year <= hi and hi - lo >= 2 else None

    def _date_window(self, year: int) -> tuple[int, int]:
        """The years a wrong date may fall in: the subject's life for an event in it (nothing after a
        man's death) within twenty years of the key, else a few years around it, never in the future."""
        span = self.life or self.active
        if span and span[0] <= year <= span[1]:
            # inside the life and near the event: entering university at 43 is no plausible option;
            # for a body or a work, nothing before it began or after it ended
            return max(span[0], year - 20), min(span[1], year + 20)
        return year - 12, min(year + 12, 2026)

    def _made_up_date(self, y: int, m: int | None, d: int | None, lo: int, hi: int, fact: Fact,
                      rng: random.Random) -> str | None:
        if d is not None or m is not None:
            year = y + rng.choice((0, 0, 0, -1, 1, -2, 2))
            if not lo <= year <= hi or (year > 0) != (y > 0):
                return None
            month = rng.randint(1, 12)
            if d is None:
                return formats.iso(year, month)
            return formats.iso(year, month, rng.randint(1, 28))
        # a round year gets round neighbours: "around 600 BC" -> 500 BC, 700 BC, not 603 BC;
        # an approximate one ("c. 965") gets neighbours it cannot be read as: 955, not 964
        shown = y if y > 0 else 1 - y  # 600 BC is the year -599 in ISO 8601
        # (a modern year is exact: 1960 gets 1957 and 1962, not 1970 and 2020)
        ancient = y <= 0 or y < 1000
        step = 100 if shown % 100 == 0 and ancient else 10 if shown % 10 == 0 and ancient or fact.attrs.get(
            "approximate") else 1
        # (never a year either side of an exact year: "1821" against "1822" is a misprint, not an option)
        offset = rng.choice((-1, 1)) * rng.randint(1 if step > 1 else 2, 6) * step
        if y > 0:
            year = y + offset
            if year <= 0 or not (lo - 5 * step <= year <= hi + (5 * step if step > 1 else 0)) or year > 2026:
                return None
            return formats.iso(year)
        other = shown + offset  # BC years stay BC: 100 BC -> 200 BC, not AD 1
        return formats.iso(1 - other) if other > 0 else None

    def _story(self, sentence: Sentence | None) -> tuple[int, int]:
        """A sentence's content words as a bit mask over the article's words, and how many there
        are: ``_same_story`` compares each date's sentence with those of the dates around it, and
        ANDing two integers is far cheaper than intersecting two sets."""
        if sentence is None:
            return 0, 0
        if sentence.index not in self._stories:
            words = _content_words(sentence.text)
            mask = 0
            for w in words:
                mask |= 1 << self._word_bits.setdefault(w, len(self._word_bits))
            self._stories[sentence.index] = (mask, len(words))
        return self._stories[sentence.index]

    def _date_pool(self) -> dict[int, tuple[list[int], list[tuple[str, int, Sentence | None, tuple[int, int]]]]]:
        """The article's single dates as (ISO value, year, sentence, the sentence's ``_story``)
        by precision (1-3), sorted by year, with the list of their years; computed once. Each date
        question looks only at the dates of its own precision inside its window of years, and
        compares its sentence with theirs (``_same_story``)."""
        if self._dates is None:
            by_precision = defaultdict(list)
            for f in self.by_kind["date"] + [f for f in self.by_kind["infobox"] if f.attrs.get("type") == "date"]:
                v = str(f.value)
                p = _parse_iso(v) if "/" not in v else None
                # (never a year the text does not write: "October 13" carried into 1952 is no date of the article;
                # nor a day no calendar has, "29 February 2015", the article's slip)
                if p and not f.attrs.get("year_inferred") and _real_day(v):
                    by_precision[3 if p[2] is not None else 2 if p[1] is not None else 1].append(
                        (v, p[0], f.sentence, self._story(f.sentence)))
            self._dates = {}
            for precision, dates in by_precision.items():
                dates.sort(key=lambda entry: entry[1])
                self._dates[precision] = ([entry[1] for entry in dates], dates)
        return self._dates

    def date_questions(self) -> Iterable[Question]:
        for f in self.by_kind["date"]:
            season = _SEASON_OF.fullmatch(f.text)
            if season and f.span is not None and f.attrs.get("precision") == "year":
                # "in the summer and fall of ____": the season stays in the prompt, the year is asked
                f = dataclasses.replace(f, text=season.group(1), span=(f.span[1] - len(season.group(1)), f.span[1]))
            s = f.sentence
            if s is None or f.span is None or "/" in str(f.value):
                continue
            if not _real_day(str(f.value)):
                continue  # "29 February 2015": a slip of the article, no key
            if len(self.dates_in[s.index]) > 1 or not usable_sentence(s.text):
                continue
            if _NAME_OF_YEAR.search(s.text, 0, f.span[0] - s.start) and re.fullmatch(r"\d{4}", f.text):
                continue  # "the War of 1812", "the Revolutions of 1848": the year is part of a name
            made = self._prompt(s, f.span, fact=f)
            if made is None:
                continue
            prompt_text, edits, unresolved = made
            if fold(f.text) in fold(prompt_text):
                continue
            unresolved = unresolved or context.unplaced_statistic(prompt_text, self.place)
            precision = f.attrs.get("precision") or ("day" if len(str(f.value)) >= 10 else "month" if len(str(f.value)) == 7 else "year")
            # the blank says how precise to be: "1949" is not wrong for "late in ____" keyed "November 1949"
            cloze_text = prompt_text
            year_or_place = precision == "year" and re.fullmatch(r"\d{3,4}", f.text) \
                and _PLACE_OR_YEAR_BLANK.match(s.text[f.span[1] - s.start:]) \
                and re.search(r"\s(?:in|from)\s+$", s.text[:f.span[0] - s.start])
            if year_or_place:
                # "The only Winter Games were held in ____.": a place fills it as well as a year
                hinted = self._prompt(s, f.span, fill=self._words("blank_year", blank=BLANK), fact=f)
                cloze_text = hinted[0] if hinted else prompt_text
            year_part = None
            qualified_year = _PART_QUALIFIER.match(f.text) if precision == "year" else None  # (never a plain year)
            if qualified_year and re.fullmatch(r"\d{3,4}", f.text[qualified_year.end():]):
                # "In early ____", keyed "1946": the qualifier stays in the prompt, the year is asked
                narrowed = self._prompt(s, (f.span[0] + qualified_year.end(), f.span[1]), fact=f)
                if narrowed:
                    cloze_text, year_part = narrowed[0], f.text[qualified_year.end():]
            if precision in ("month", "day") and re.fullmatch(r"-?\d{4}-\d{2}(?:-\d{2})?", str(f.value)):
                hinted = self._prompt(s, f.span, fill=self._words(f"blank_{precision}", blank=BLANK), fact=f)
                cloze_text = hinted[0] if hinted else prompt_text
                if s.text.rfind("(", 0, f.span[0] - s.start) > s.text.rfind(")", 0, f.span[0] - s.start) \
                        or s.text[f.span[1] - s.start:].lstrip().startswith("("):
                    # "(born ____ (day, month and year))", "on ____ (day, month and year) (Keichō 5, ...)":
                    # the hint's brackets square beside round ones
                    cloze_text = re.sub(r"(" + re.escape(BLANK) + r") \(([^()]*)\)", r"\1 [\2]", cloze_text, count=1)
            style = formats.date_style(f.text)
            answer_text = f.text if precision != "day" else formats.format_date(str(f.value), style)
            if f.attrs.get("year_inferred"):
                # "In early September," given its year: "early September 1781", as the options are written
                qualifier = _DATE_QUALIFIER.match(f.text)
                answer_text = (qualifier.group(0) if qualifier else "") + formats.format_date(str(f.value), style)
            # (a day or month whose year is inferred is not enough where the blank asks for the year too)
            answer = {"text": answer_text, "value": f.value,
                      "accept": formats.date_forms(str(f.value), None if f.attrs.get("year_inferred") else f.text)}
            key = (s.start, f.span, str(f.value))
            src = self.source(s, f.span)
            ev = self._evidence(f, s, f.span, unresolved)
            hard = "hard" if precision == "day" else "medium"
            part = _MONTH_PART.match(answer_text) if precision == "month" else None
            # "held in ____ (month and year)": the key is the month and year the hint asks for ("August
            # 1970"); the article's "late August 1970" is accepted too
            cloze_answer = dict(answer, text=answer_text[part.end():], accept=[answer_text[part.end():]] + [
                a for a in answer["accept"] if a != answer_text[part.end():]]) if part else answer
            if year_part:
                cloze_answer = dict(answer, text=year_part, accept=[year_part] + [a for a in answer["accept"] if a != year_part]
                                    + [f.text])
            yield self._question("cloze", "date", cloze_text, cloze_answer, src, key, hard, ev, edits)
            distractors, synthetic, beatable = self._date_distractors(f, style, key)
            life_event = self._life_event(f, s)
            if life_event:  # "was born in ____": options before the birth too
                distractors = self._around_life_date(f, life_event, distractors, style)
            qualified = _PART_QUALIFIER.match(answer_text)
            if qualified and len(distractors) == 3:
                # "the end of August 2010" among bare months is the one that fits "From ____": the options
                # are qualified alike
                distractors = [(v, t if _PART_QUALIFIER.match(t) else qualified.group(0) + t) for v, t in distractors]
            if len(distractors) == 3:
                options = sorted([(str(f.value), answer_text)] + distractors, key=lambda o: _sort_key(o[0]))
                asks = _date_asks(answer_text, precision)
                # "On Thursday, ____": a date of another weekday is ruled out by the calendar
                beatable = beatable or _other_weekday(s.text[max(0, f.span[0] - s.start - 14):f.span[0] - s.start],
                                                      [v for v, _ in distractors])

                def false_date() -> str | None:
                    if _APPROXIMATE.search(s.text[max(0, f.span[0] - s.start - 12):f.span[1] - s.start]):
                        return None  # "about 1939" against "about 1938" is not clearly false
                    if re.search(r"\b[Aa]s (?:of|at)\s+$", s.text[max(0, f.span[0] - s.start - 8):f.span[0] - s.start]):
                        return None  # "As of June 2021, IMDb has ...": another date stamp states nothing the article denies
                    return self._false_date_like(f, [t for _, t in distractors], key)

                blank = _Blank(f, f.span, prompt_text, unresolved, answer, src, key, edits)
                yield from self._choice_and_true_false(
                    blank, self._words(f"{asks}_choice", sentence=prompt_text), [t for _, t in options],
                    distractors, false_date, synthetic_distractors=synthetic, pattern_distractors=beatable)

    @staticmethod
    def _date_like(value: str, fact: Fact, style: str) -> str:
        """A distractor written like the answer: 'late 1991' -> 'late 1989', '1990s' stays a decade."""
        parts = _parse_iso(value)
        true_parts = _parse_iso(str(fact.value))
        if parts and true_parts and parts[1] is None and (true_parts[0] > 0) == (parts[0] > 0):
            # years of one era, as written: "330 BCE" -> "340 BCE" (ISO years before AD 1 are 1 - n)
            year, other = (str(p[0]) if p[0] > 0 else str(1 - p[0]) for p in (true_parts, parts))
            if fact.text.count(year) == 1 and not re.search(r"\d{3,4}s|[()]", fact.text):
                return fact.text.replace(year, other)
            grouped = f"{int(year):,}"  # "10,000 BC" -> "10,500 BC", not "10500 BC" beside it
            if len(year) > 4 and fact.text.count(grouped) == 1:
                return fact.text.replace(grouped, f"{int(other):,}")
        written = formats.format_date(value, style)
        # "late March 2006" among plain months gives itself away: the options take its qualifier
        qualifier = _DATE_QUALIFIER.match(fact.text)
        if qualifier and parts and true_parts and (parts[1] is None) == (true_parts[1] is None):
            return qualifier.group(0) + written
        return written

    def _false_date_like(self, f: Fact, distractors: list[str], key: tuple) -> str | None:
        """A wrong date written as the text writes the true one. Where the text leaves the year
        out ("on 4 November"), only the day moves: a changed year would be false by a hair."""
        if not f.attrs.get("year_inferred"):
            return distractors[0]
        parts = _parse_iso(str(f.value))
        if not parts or parts[2] is None:
            return None
        y, m, d = parts
        for dd in self.rng("tf-day", *key).sample([-9, -7, -5, 5, 7, 9], 6):
            if str(d + dd) == str(d)[::-1]:
                continue  # "June 12" for "June 21": a misprint, not a false statement
            if 1 <= d + dd <= 28 and formats.iso(y, m, d + dd) not in self.date_values:
                # with its year, as the true statement prints it ("On 15 June 1991", not "On 15 June")
                return formats.format_date(formats.iso(y, m, d + dd), formats.date_style(f.text))
        return None

    def ordering_questions(self) -> Iterable[Question]:
        """Put 4-5 events in order: events of one precision with distinct, non-overlapping dates."""
        count_per_sentence: dict[int, int] = defaultdict(int)
        for f in self.by_kind["date"]:
            if f.sentence is not None:
                count_per_sentence[f.sentence.index] += 1
        by_precision: dict[int, list[tuple[str, Fact, str]]] = defaultdict(list)
        seen_values: set[str] = set()
        for f in self.by_kind["date"]:
            s = f.sentence
            value = str(f.value)
            if s is None or f.span is None or "/" in value or value in seen_values:
                continue
            if count_per_sentence[s.index] != 1 or not usable_sentence(s.text) or _words(s.text) > 30:
                continue
            event = self._event_text(s, f)
            if not event:
                continue
            seen_values.add(value)
            by_precision[len(value.lstrip("-"))].append((event, f, value))
        rng = self.rng("ordering")
        made = 0
        for precision in sorted(by_precision, reverse=True):
            events = by_precision[precision]
            # spread the picks over the article; two events of the same day never share a question
            for start in range(0, len(events) - 3, 5):
                if made >= 3:
                    return
                group = events[start:start + 5]
                if len(group) < 4:
                    break
                ordered = sorted(group, key=lambda e: _sort_key(e[2]))
                items = [e[0] for e in ordered]
                if len(set(items)) < len(items):
                    continue  # two events told alike: no order to ask (and no shuffle that differs)
                presented = items[:]
                while presented == items:
                    rng.shuffle(presented)
                sources = [self.source(e[1].sentence, e[1].span) for e in ordered]
                key = tuple(e[2] for e in ordered)
                made += 1
                yield self._question(
                    "ordering", "date", self._words("order_events"),
                    {"text": " → ".join(items), "value": items,
                     "dates": [formats.format_date(e[2], formats.date_style(e[1].text)) for e in ordered]},
                    sources[0], key, "hard", items=presented, sources=sources)

    def _event_text(self, s: Sentence, f: Fact) -> str | None:
        """The sentence without its date phrase, when the date is a clean adverbial at the start
        ("On 8 May 1992, the forces ...") or the end ("... captured the town in 1992.")."""
        text = self._resolve(s)
        shift = len(text) - len(s.text)
        a, b = f.span[0] - s.start + shift, f.span[1] - s.start + shift
        before, after = text[:a], text[b:]
        lead = re.fullmatch(r"\s*(?:(?:On|In|By|During|Around|From|Since|Early|Late|At the end of|At the start of)\s+)?(?:the\s+)?(?:early|late|mid-?)?\s*", before, re.I)
        if lead and after.startswith(","):
            event = after[1:].strip()
        elif re.fullmatch(r"\s*[.]", after) and re.search(r"\s(?:in|on|during|by)\s+(?:the\s+)?(?:early|late|mid-?)?\s*$", before, re.I):
            event = re.sub(r"\s(?:in|on|during|by)\s+(?:the\s+)?(?:early|late|mid-?)?\s*$", "", before, flags=re.I).strip()
        else:
            return None
        event = event.rstrip(" .,;")
        if not event or _words(event) < 5 or _words(event) > 25:
            return None
        if re.search(r"\b\d{3,4}\b", event) or _LEANING_START.match(event):
            return None  # another year would give the order away; a pronoun leaves it unclear
        if _LIFE_EVENT.search(event):
            return None  # a birth is always first and a death last: no thinking needed
        if event.startswith(("...", "…")) or context.leans_on_context(event, self.about) or \
                context.referent(event, self.about)[1] or context.CONNECTIVE.match(event):
            return None  # an item must say what it is about on its own
        return event[0].upper() + event[1:]

    # ------------------------------------------------------------ people

    def _person_distractors(self, person_name: str, sentence: Sentence, key: tuple,
                            title: str | None = None) -> tuple[list[str], bool]:
        """Three other people of the article, those whose roles resemble the answer's first
        ("commander", "journalist", "Armenian"), so that no option stands out as the odd one."""
        present = fold(sentence.text)
        subject = self._name(self.subject) if self.subject else None
        words_here = _role_words(sentence.text)
        context = self.person_roles.get(person_name, set()) | words_here
        # An office of the answer that the sentence names ("the commander of the Azerbaijani
        # special forces"): someone who holds it too ("commander of the Nakhchivan branch of the
        # Azerbaijani special forces") would be a second right answer.
        roles_here = [r for r in self.offices.get(person_name, []) if len(r) >= 2 and r <= words_here]
        # the side the sentence names ("the Russian commander"): people of another side stand out
        sides_here = _demonyms(sentence.text)
        titled = bool(_TITLE.match(person_name))
        # "Sir William Howe defeated ____": the answer is of the other side, so are its options
        enemy_sides: set[str] = set()
        if _ADVERSARY.search(sentence.text):
            for other, mentions in self.person_mentions.items():
                if other != person_name and any(m in present for m in mentions if " " in m):
                    enemy_sides |= self.person_sides.get(other, set())
            enemy_sides -= self.person_sides.get(person_name, set())
            sides_here = sides_here - enemy_sides  # ("The British general Howe defeated ____": his side, not the answer's)
        pool: dict[str, int] = {}
        for name, mentions in self._option_people(self._mononym(person_name), titled):
            if name in (person_name, subject):
                continue
            if any(map(present.__contains__, mentions)):
                continue  # someone named in the same sentence could be the answer too
            if roles_here and any(here <= role for here in roles_here for role in self.role_sets.get(name, [])):
                continue
            theirs = self.person_sides.get(name, _NO_WORDS)
            shared = self.person_roles.get(name, _NO_WORDS) & words_here  # (most often none)
            if shared and shared - theirs:
                continue  # "a close friend of ____": another friend of his would fit as well
            if sides_here and theirs and not theirs & sides_here:
                continue
            if self._of_another_era(name, sentence, person_name):
                continue  # a medieval poet among the film-makers of 1920
            if enemy_sides and self.person_sides.get(name, set()) & enemy_sides:
                continue  # a British officer is no option for whom Howe defeated
            if title and not any(m.startswith(title + " ") for m in mentions):
                continue  # "Howe detached Sir ____": only others the article calls Sir
            pool[name] = len(self.person_roles[name] & context)
        names = sorted(pool)
        self.rng("person-distractors", *key).shuffle(names)
        names.sort(key=lambda n: -pool[n])  # stable: ties keep the seeded order
        chosen: list[str] = []
        for name in names:
            if len(chosen) == 3:
                break
            if not any(_spelled_alike(name, other) for other in [person_name] + chosen):
                chosen.append(name)  # ("Viktor Yanukovich" beside "Viktor Yanukovych": one man, two spellings)
        related = bool(context) and all(pool[n] > 0 for n in chosen)
        return chosen, related

    def _years(self, index: int) -> list[int]:
        """The years of the dates a sentence holds."""
        out = []
        for f in self.dates_in.get(index, ()):
            parts = _parse_iso(str(f.value).split("/")[0])
            if parts:
                out.append(parts[0])
        return out

    def _years_near(self, index: int) -> list[int]:
        """The years of a sentence or, when it has none, of the nearest of the three before it in
        its section, or of the section's heading ("Nazi Germany (1933–1945)")."""
        sentence = self.doc.sentences[index]
        here = self._years(index)
        for back in range(1, 4):
            if here or index < back or self.doc.sentences[index - back].section != sentence.section:
                break
            here = self._years(index - back)
        if not here and sentence.section:
            here = [int(y) for y in re.findall(r"\b(1[0-9]\d\d|20\d\d)\b", sentence.section[-1])]
        return here

    def _of_another_era(self, name: str, sentence: Sentence, answer: str | None = None) -> bool:
        """Do the dates near a person's mentions lie all more than 30 years from those near the
        sentence asked about? (Who stands near no date is of no era.)"""
        here = self._era_years(sentence, answer)
        theirs = self._person_years.get(name) if here else None
        if not theirs:
            return False
        return min(theirs) > max(here) + 30 or max(theirs) < min(here) - 30

    def _era_years(self, sentence: Sentence, answer: str | None) -> list[int]:
        """The years that place a sentence asked about (worked out once per sentence and answer,
        not once per candidate option): its own or those near it, else those of the answer and
        of the others it names ("Reynaldo Bignone replaced ____": Galtieri's 1982 and Bignone's;
        generals of the 1810s are ruled out by what a student knows)."""
        if self._person_years is None:
            self._person_years = {}
            for p in self.people:
                indices = {o.get("sentence") for o in p.attrs.get("occurrences") or []} | (
                    {p.sentence.index} if p.sentence is not None else set())
                self._person_years[self._name(p)] = [y for i in indices if i is not None for y in self._years_near(i)]
        key = (sentence.index, answer)
        if key not in self._era_here:
            here = self._years_near(sentence.index)
            if not here:
                # (an option named in the sentence is no option at all: see _person_distractors)
                present = fold(sentence.text)
                here = list(self._person_years.get(answer) or []) if answer else []
                for other, mentions in self.person_mentions.items():
                    if other != answer and any(" " in m and m in present for m in mentions):
                        here += self._person_years.get(other) or []
            self._era_here[key] = here
        return self._era_here[key]

    def _option_people(self, mononym: bool, titled: bool) -> list[tuple[str, list[str]]]:
        """The people (name, folded mentions) who may stand among the options of an answer of
        this form, worked out once per article and form rather than once per question: never an
        organisation; names of one form ("Galen" among "Ptolemy" and "Euclid", full names among
        full names); a title only among titles ("Prince Hohenlohe" among plain full names is the
        odd one out)."""
        if (mononym, titled) not in self._options_people:
            self._options_people[(mononym, titled)] = [
                (name, mentions) for name, mentions in self.person_mentions.items()
                if not _ORGANISATION.search(name) and (self._mononym(name) if mononym else _full_name(name))
                and bool(_TITLE.match(name)) == titled]
        return self._options_people[(mononym, titled)]

    def person_questions(self) -> Iterable[Question]:
        subject = self._name(self.subject) if self.subject else None
        title = _plain_letters(self.about.title)  # (the title without its bracketed kind)
        for p in self.people:
            name = self._name(p)
            if name == subject or _plain_letters(name) == title or not (_full_name(name) or self._mononym(name)):
                continue  # (the article's own subject is no answer: its worksheet names it)
            occurrences = p.attrs.get("occurrences") or [{"sentence": p.sentence.index, "start": p.span[0],
                                                           "end": p.span[1], "text": p.text}] if p.sentence else []
            asked = 0
            for occ in occurrences:
                if asked >= 2:
                    break
                s = self.doc.sentences[occ["sentence"]] if 0 <= occ["sentence"] < len(self.doc.sentences) else None
                if s is None or not usable_sentence(s.text):
                    continue
                if _PERSONAL_PRONOUN(_QUOTED.sub("", s.text)):
                    continue  # "he explained ...": the blank might be him, or someone else
                if len(fold(occ["text"]).split()) == 1 and len(self.surnames.get(fold(occ["text"]), ())) > 1:
                    continue  # "Ueshiba" where the article names three Ueshibas: which one?
                if fold(occ["text"]) != fold(name) and fold(occ["text"]).split()[-1:] != fold(name).split()[-1:]:
                    continue
                a, b = occ["start"] - s.start, occ["end"] - s.start
                if _OPEN_LIST_BEFORE.search(s.text, 0, a) and re.match(r"\s*(?:,|and\b|\()", s.text[b:]):
                    continue  # "philosophers ... include ____, Karl Marx and ...": any other would be as true
                made = self._prompt(s, (occ["start"], occ["end"]))
                if made is None:
                    continue
                prompt, edits, unresolved = made
                if fold(_family(name)) in fold(prompt) or _ORGANISATION.search(name):
                    continue
                if prompt.startswith(BLANK) and prompt[len(BLANK):].startswith("’s"):
                    continue
                key = (s.start, occ["start"], name)
                src = self.source(s, (occ["start"], occ["end"]))
                answer = {"text": name, "value": name, "accept": self._name_forms(p)}
                ev = self._evidence(p, s, (occ["start"], occ["end"]), unresolved, mentions=len(occurrences),
                                    has_role=bool(p.attrs.get("roles")))
                yield self._question("cloze", "person", prompt, answer, src, key, "medium", ev, edits)
                title = _WORD_BEFORE.search(s.text, 0, occ["start"] - s.start)
                title = fold(title.group(1)) if title and fold(title.group(1)) in _BLANK_TITLES else None
                distractors, related = self._person_distractors(name, s, key, title)
                if len(distractors) == 3:
                    ev_mc = self._evidence(p, s, (occ["start"], occ["end"]), unresolved, mentions=len(occurrences),
                                           has_role=bool(p.attrs.get("roles")), unrelated_options=not related)
                    yield self._question("multiple_choice", "person", self._words("person_choice", sentence=prompt),
                                         answer, src, key, "easy", ev_mc, edits,
                                         choices=self._choices(name, distractors, key))
                asked += 1

    def _mononym(self, name: str) -> bool:
        """A person the article names by one name only (Euclid, Galen, Ptolemy): an answer a student can
        write, when no one else of the article goes by that word, the article names them twice and
        gives them a role."""
        if " " in name.strip() or len(name) < 4 or not name[:1].isupper() or _TITLE.match(name + " "):
            return False
        if name not in self._mononyms:
            key = fold(name)
            if key in self.other_given or any(n != name for n in self.surnames.get(key, ())):
                self._mononyms[name] = False
            else:
                person = self.person_named.get(name)
                # a role the article gives ("the astronomer Tarvos") tells a person from a one-word place
                self._mononyms[name] = (person is not None and len(person.attrs.get("occurrences") or []) >= 2
                                        and bool(person.attrs.get("roles")))
        return self._mononyms[name]

    def _name_forms(self, p: Fact) -> list[str]:
        """The answers that name ``p``: the full name, the longer mentions, and the short forms the
        article uses for them alone (memoised: every question on a person asks)."""
        if id(p) not in self._forms_of:
            self._forms_of[id(p)] = self._find_name_forms(p)
        return list(self._forms_of[id(p)])

    def _find_name_forms(self, p: Fact) -> list[str]:
        name = self._name(p)
        forms = [name] + [m for m in p.attrs.get("mentions", []) if len(m.split()) >= 2]
        realm = re.fullmatch(r"(.+?\s(?:[IVXL]+))\s+of\s+[A-Z].*", name)
        if realm:
            forms.append(realm.group(1))  # "Pedro II" for "Pedro II of Brazil"
        surname = _family(name)
        subject = self.subject is not None and fold(self._name(self.subject)) == fold(name)
        # ("Charles II": a regnal number alone names nobody)
        # ("James Lovell" and "James A. Lovell, Jr." are one bearer of "Lovell")
        bearers = {fold(n.split()[0]) for n in self.surnames.get(fold(surname), ())}
        if len(bearers) == 1 and not _REGNAL.match(surname) and not re.search(r"\s[IVXL]+$", name) \
                and surname not in self.shared_name_words:  # (not "Kim" for Youngmin Kim beside Kim Chongsŏ)
            forms.append(surname)  # (not "Paul" for "John Paul II": a regnal name's word names another pope)
        elif subject and not _REGNAL.match(surname) and not re.search(r"\s[IVXL]+$", name):
            forms.append(surname)  # the article calls its subject by the family name ("Biden criticized")
        if subject and self.about.person and _full_name(self.about.title) \
                and not context.group_name(self.about.title):
            forms.append(self.about.title)  # "Joe Biden" for "Joseph Robinette Biden Jr."
        if len(bearers) > 1 and _full_name(name) and not subject:
            # a family's members go by their given names ("Lana has said"): the one the text uses
            # alone, when no one else of the article bears it
            first = name.split()[0]
            if (first in p.attrs.get("mentions", []) or first in self.doc.text and
                    re.search(r"\b" + re.escape(first) + r"\b(?!\s+[A-Z])", self.doc.text)) \
                    and len(first) > 2 and first[:1].isupper() and not first.endswith(".") and all(
                    fold(o.split()[0]) != fold(first) for o in self.person_mentions if fold(o) != fold(name)):
                forms.append(first)
        first = name.split()[0]
        if len(name.split()) >= 2 and fold(first) in FAMOUS_MONONYMS and all(
                fold(o.split()[0]) != fold(first) for o in self.person_mentions if fold(o) != fold(name)):
            forms.append(first)  # "Napoleon" for "Napoleon Bonaparte", "Galileo" for "Galileo Galilei"
        return formats._unique(forms)

    def matching_questions(self) -> Iterable[Question]:
        """Match people with the roles the article gives them (roles must tell them apart)."""
        rows = []
        used_roles: set[str] = set()
        for p in self.people:
            name = self._name(p)
            if not _full_name(name):
                continue
            # a bare title ("Queen", "Emperor") does not tell people apart; nor does a fragment
            roles = [r for r in p.attrs.get("roles", []) if 2 <= _words(r) <= 8 and r[:1].isalpha()
                     and not re.match(r"(?:including|and|or|the|a|an|who|which)\b", r, re.I)
                     and not re.search(r"\b(?:his|her|their|its|he|she|they|him|them)\b", r, re.I)]
            for role in roles:
                folded = re.sub(r"^(?:former|then|later|future|acting|incumbent) ", "", fold(role))
                if folded in used_roles or any(fold(part) in folded for part in name.split() if len(part) > 2):
                    continue
                evidence = next((e for e in p.attrs.get("role_evidence", []) if fold(e.get("role", "")) == fold(role)), None)
                s = self.doc.sentences[evidence["sentence"]] if evidence and 0 <= evidence["sentence"] < len(self.doc.sentences) else p.sentence
                rows.append((name, role, s))
                used_roles.add(folded)
                break
        # a role that is a word of another (President / President of Azerbaijan) is no key
        folded_roles = [fold(r[1]) for r in rows]  # once per row: the check below pairs every row with every other
        rows = [r for i, r in enumerate(rows) if not any(
            i != j and (folded_roles[i] in folded_roles[j] or folded_roles[j] in folded_roles[i])
            for j in range(len(rows)))]
        if len(rows) < 3:
            return
        rows = rows[:6]
        pairs = [{"left": name, "right": role} for name, role, _ in rows]
        key = tuple(n for n, _, _ in rows)
        sources = [self.source(s) for _, _, s in rows if s is not None]
        yield self._question("matching", "person", self._words("match_people_roles"),
                             {"text": "; ".join(f"{p['left']} → {p['right']}" for p in pairs), "value": pairs},
                             sources[0] if sources else self.source(None, label="People named in the article"),
                             key, "medium", pairs=pairs, sources=sources or None)

    # ------------------------------------------------------------ figures

    def _figure_parts(self, fact: Fact) -> tuple[str, str, tuple[int, int]]:
        """A figure split into the qualifier that stays in the prompt ("more than") and the part to
        ask for ("2,000 men"), with that part's span: a key that says exactly 2,000 where the article
        says "more than 2,000" would be wrong, and "more than ____" asks the fact cleanly."""
        text, (start, end) = fact.text, fact.span
        m = _QUALIFIER_LEAD.match(text)
        if m and m.end() < len(text) and re.match(r"[\d$£€¥]|[a-z]+\b", text[m.end():], re.I):
            return text[:m.end()], text[m.end():], (start + m.end(), end)
        return "", text, (start, end)

    def _disputed_populations(self) -> set[int]:
        """The population figures the article gives two ways ("over 3.3 million as of 2024" in the lead,
        "3,266,598 in 2024" in the body, "approximately 3.6 million" with no year): a student who
        read the other one is marked wrong."""
        if self._disputed is None:
            rows = []
            for f in self.by_kind["figure"]:
                if f.sentence is None or not _POPULATION.search(f.sentence.text):
                    continue
                value = _figure_value(f)
                if value is not None and value >= 10_000:
                    # the year nearest the figure is its year: "3,266,598 in 2024, down from 3,513,777 in 2015"
                    at = f.span[0] - f.sentence.start if f.span else 0
                    near = min(vocab.MODERN_YEAR.finditer(f.sentence.text), key=lambda m: abs(m.start() - at), default=None)
                    rows.append((f, value, {near.group(0)} if near else set()))
            self._disputed = {id(f) for f, v, years in rows for g, w, others in rows
                              if g is not f and abs(v - w) > 0.005 * max(v, w) and 0.5 <= v / w <= 2
                              and (years & others or not years or not others)}
            self._disputed |= self._disputed_totals()
        return self._disputed

    def _disputed_totals(self) -> set[int]:
        """A total the lead gives one way and the body another ("about 100,000 Syrians left the Golan";
        "an estimated 80,000 Syrians fled"): the same people, the same kind of deed, no key."""
        rows = []
        for f in self.by_kind["figure"]:
            words = str(f.attrs.get("counts") or "").split()
            if f.sentence is None or len(words) < 2:
                continue
            deed, value = _DEED_FAMILY.get(fold(words[-1])), _figure_value(f)
            if deed and value is not None and value >= 1000:
                rows.append((f, value, fold(words[0]).rstrip("s"), deed, not f.sentence.section))
        out = {id(f) for f, v, who, deed, lead in rows for g, w, other, kind, in_lead in rows
               if g is not f and who == other and deed == kind and lead != in_lead
               and abs(v - w) > 0.005 * max(v, w) and 0.5 <= v / w <= 2}
        # "Budapest has around 80 geothermal springs" (the lead), "Some 125 springs produce ..." (the body):
        # a count of the same things, with no year to tell the two apart
        counted = []
        for f in self.by_kind["figure"]:
            words = [w for w in fold(str(f.attrs.get("counts") or "")).split() if len(w) > 3 and w.endswith("s")
                     and not w.endswith("ss") and w not in _DEED_FAMILY and w not in _MEASURE_WORDS]
            if f.sentence is None or not words or f.attrs.get("unit") or _ANY_YEAR.search(f.sentence.text):
                continue
            value = _figure_value(f)
            if value is not None and value >= 10:
                counted.append((f, value, words[0], not f.sentence.section, bool(f.attrs.get("qualifier"))))
        # (an estimate on one side at least: "around 80", "some 125")
        out |= {id(f) for f, v, noun, lead, about in counted for g, w, other, in_lead, roughly in counted
                if g is not f and noun == other and lead != in_lead and (about or roughly)
                and abs(v - w) > 0.05 * max(v, w) and 0.5 <= v / w <= 2}
        return out

    def _figure_pool(self) -> list[tuple[Fact, Any, str]]:
        """The article's single, unqualified figures as (fact, unit, folded thing counted): the
        candidates for every figure question's options, found once per article."""
        if self._figures is None:
            self._figures = [(f, f.attrs.get("unit"), fold(str(f.attrs.get("counts") or "")))
                             for f in self.by_kind["figure"]
                             if not (isinstance(f.value, list) or f.attrs.get("qualifier") or f.span is None)]
        return self._figures

    def _compared_figure(self, fact: Fact) -> float | None:
        """The value of the figure a sentence compares the fact with ("$50,502 in 2011, down from
        ____ in 2010"; "from 2.5 million to ____"), or None: an option on the other side of it, or
        ten times as far from it, is ruled out by the sentence itself."""
        s = fact.sentence
        if s is None or fact.span is None or isinstance(fact.value, list):
            return None
        start, end = fact.span[0] - s.start, fact.span[1] - s.start
        for other in self._figures_of(s):
            if other is fact or other.attrs.get("unit") != fact.attrs.get("unit"):
                continue
            o_start, o_end = other.span[0] - s.start, other.span[1] - s.start
            if o_end <= start:
                between, before = s.text[o_end:start], s.text[:o_start]
            elif o_start >= end:
                between, before = s.text[end:o_start], s.text[:start]
            else:
                continue
            if _DOWN_FROM.search(between) or (_FROM_TO.fullmatch(between) and _FROM_END.search(before)):
                return _figure_value(other)
        return None

    def _figures_of(self, s: Sentence) -> list[Fact]:
        """The sentence's single figures with a span (indexed once per article)."""
        if self._figures_in is None:
            self._figures_in = defaultdict(list)
            for f in self.by_kind["figure"]:
                if f.sentence is not None and f.span is not None and not isinstance(f.value, list):
                    self._figures_in[f.sentence.index].append(f)
        return self._figures_in.get(s.index, [])

    def _venue_capacity(self, fact: Fact, v: float) -> float | None:
        """The largest capacity the article gives a ground, for a crowd asked of it ("the third-highest
        average attendance, at ____"), when the key fits under it."""
        if fact.sentence is None or not _CROWD.search(fact.sentence.text):
            return None
        capacities = (_figure_value(f) for f in self.by_kind["figure"]
                      if f.sentence is not None and "capacity" in f.sentence.text)
        top = max((c for c in capacities if c is not None and c >= 1000), default=None)
        return top if top is not None and top >= v else None

    def _side_figures(self, fact: Fact) -> list[float]:
        """The other figures of the sentence of the same unit and a like size ("fell from 62.1% to ____";
        "with ____ goals, passing the record of 202"; "one million jobs, with ____ in tourism"): an option on
        the other side of one of them than the key is often ruled out by what the sentence says of the two."""
        s, v = fact.sentence, _figure_value(fact)
        if s is None or fact.span is None or not v:
            return []
        others = (_figure_value(o) for o in self._figures_of(s)
                  if o is not fact and o.attrs.get("unit") == fact.attrs.get("unit"))
        return [o for o in others if o is not None and o != v and 0.5 <= o / v <= 2]

    def _figure_distractors(self, fact: Fact, asked: str, key: tuple) -> tuple[list[tuple[float, str]], int, bool]:
        """Three wrong figures as (value, text written like the asked part), how many were made up,
        and whether they form a pattern a test-wise student beats.

        Real figures of the article with the same unit or the same thing counted come first; made-up
        ones are the key scaled by irregular factors with the key at a random rank among them, in the
        key's own scale and style ("$4.8 million" -> "$2.9 million", never "$2,900,000 million")."""
        value = fact.value
        if isinstance(value, list):
            return [], 0, False
        try:
            v = float(value)
        except (TypeError, ValueError):
            return [], 0, False
        if v < 0:
            return [], 0, False  # "−1.7 °C": options written like it would cross zero and lose their sign
        rng = self.rng("figure-distractors", *key)
        # "more than ____": a smaller option would be true as well; "up to ____": a larger one
        bound = fact.attrs.get("qualifier") and fold(str(fact.attrs.get("qualifier")))
        verb = _verb_bound(fact)  # "growth rates even exceeding ____": a smaller option is as true
        above_only = bound in _LOWER_BOUNDS or verb == "above" or _by_time_ago(fact)
        below_only = bound in _UPPER_BOUNDS or verb == "below"
        number = _NUMBER_IN.search(asked)
        if number is None or _FRACTION_AFTER.match(asked, number.end()):
            return [], 0, False  # "four and a half years": no option rewrites half of that number
        surface = number.group(0)
        words = not re.search(r"\d", surface)
        try:
            shown = float(formats.word_number(surface) or 0) if words else float(surface.replace(",", ""))
        except (TypeError, ValueError):
            return [], 0, False
        if shown <= 0:
            return [], 0, False
        scale = v / shown  # "4.8 million" is shown 4.8, worth 4,800,000
        unit, counts = fact.attrs.get("unit"), fold(str(fact.attrs.get("counts") or ""))
        # an age ("when she was 24"): options far from it are ruled out by what the student knows
        age = fact.sentence is not None and fact.span is not None and _is_age(
            fact.sentence.text, fact.span[0] - fact.sentence.start, fact.span[1] - fact.sentence.start)
        out: list[tuple[float, str]] = []
        seen_texts = {fold(asked)}
        printed = _printed_numbers(fact)
        temperature = bool(_TEMPERATURE.search(asked))
        # 1. the article's own figures of the same unit or count
        pool = []
        for f, their_unit, their_counts in self._figure_pool():
            if f is fact:
                continue
            if f.sentence is not None and fact.sentence is not None and f.sentence.index == fact.sentence.index:
                continue
            same = (unit and their_unit == unit and counts == their_counts) or (
                not unit and counts and counts == their_counts)
            if not same:
                continue
            try:
                fv = float(f.value)
            except (TypeError, ValueError):
                continue
            other = _NUMBER_IN.search(f.text)
            if fv == v or other is None or bool(re.search(r"\d", other.group(0))) == words:
                continue
            if fv / scale <= 0 or (_PERCENT.search(asked) and fv > 100) or not 0.4 <= fv / v <= 2.5:
                continue  # a value of another magnitude is no plausible option: 0.5% for a graduation rate
            if age and not 0.75 <= fv / v <= 1.35:
                continue
            if temperature and abs(fv - v) > 15:
                continue  # a temperature far from the key (a record low for a record high)
            if "." not in surface and not float(fv / scale).is_integer():
                continue  # "34.2%" among whole numbers: the odd one is read off its writing
            if "." in surface and float(fv / scale).is_integer():
                continue  # "36.0%" beside "75.5%": a whole number padded to look like the key
            if fv / scale in printed:
                continue  # a number the prompt prints ("6 x 11"): it reads as the key's neighbour
            if _trailing_zeros(v) >= 2 and _trailing_zeros(fv) < 2:
                continue  # "90,192" beside a key of "about 160,000": the exact one stands out
            if fv / scale < 1 <= shown and scale > 1:
                continue  # "$823 million" beside a key of "$1.256 billion" would read "$0.823 billion"
            written = _number_like(fv / scale, surface)
            if scale == 1 and "." not in surface and re.fullmatch(r"\d{1,3}(?:,\d{3})+", other.group(0)):
                written = other.group(0)  # "1,200 km" as the article writes it, not "1200" beside a key of "780"
            text = asked[:number.start()] + written + asked[number.end():]
            pool.append((fv, text))
        pool.sort()
        rng.shuffle(pool)
        pool = [(fv, t) for fv, t in pool if not (above_only and fv <= v) and not (below_only and fv >= v)]
        # "$50,502 in 2011, down from ____": options on the key's side of the printed value, not far off
        anchor = self._compared_figure(fact)
        if anchor is not None:
            pool = [(fv, t) for fv, t in pool if _fits_anchor(fv, v, anchor)]
        sides = self._side_figures(fact) if v > 0 else []
        if sides:
            pool = [(fv, t) for fv, t in pool if all((fv > o) == (v > o) for o in sides)]
        # "highly urbanized, with ____ of its population": a share under half contradicts the words
        majority = _majority_words(fact, asked)
        if majority is not None:
            pool = [(fv, t) for fv, t in pool if (fv > 50) == majority]
        for fv, text in pool:
            if any(_too_close(fv, other) for other in [v] + [o for o, _ in out]):
                continue  # "$12.9 billion" against "$13.0 billion": no clear wrong answer
            if len(out) < 3 and fold(text) not in seen_texts and not (fact.attrs.get("qualifier") and not _far_apart(v, str(fv))):
                out.append((fv, text))
                seen_texts.add(fold(text))
        ceiling = _natural_ceiling(asked, fact.sentence.text if fact.sentence is not None else "")
        venue = self._venue_capacity(fact, v)
        if venue:  # "an average attendance of ____": no crowd over the ground's capacity
            ceiling = min(ceiling, venue) if ceiling else venue
        # the other percentages of the sentence: shares the key's options must fit beside
        shares = _other_percents(fact.sentence.text, fact.span[0] - fact.sentence.start,
                                 fact.span[1] - fact.sentence.start) if _PERCENT.search(asked) and \
            fact.sentence is not None and fact.span is not None else []
        if shares:
            # "67% wanted her to stay, ____ to leave": shares of one whole; an option the others
            # would take past 100% is ruled out by a sum
            others = sum(shares)
            if 0 < others and v + others <= 100:
                ceiling = min(ceiling or 100, 100 - others)
        if ceiling:  # "27 hours of daylight": no such thing
            out = [(fv, t) for fv, t in out if fv <= ceiling]
        # "ranked 179th out of ____ countries": the whole is no less than the rank
        floor_whole = _rank_before_whole(fact)
        # "____ goals, 35 of which were in Serie A", "____ of 50 states": a part is no more than its whole
        part_floor, whole_ceiling = _part_and_whole(fact)
        if part_floor and part_floor < v:
            floor_whole = max(floor_whole or 0, part_floor)
        if whole_ceiling and whole_ceiling > v:
            ceiling = min(ceiling, whole_ceiling) if ceiling else whole_ceiling
            out = [(fv, t) for fv, t in out if fv <= ceiling]
        if floor_whole:
            out = [(fv, t) for fv, t in out if fv >= floor_whole]
        real = len(out)
        # 2. made-up values around the key, the key at a random rank
        # (nothing below a count of one; a fraction such as an albedo of 0.3 has room below it)
        below = 0 if above_only or (shown <= 1 and float(shown).is_integer()) else (3 - real) if below_only \
            else rng.randint(0, 3 - real)
        if age and not above_only and not below_only and real == 0:
            below = rng.randint(1, 2)  # ages close together: the key inside them, or it stands out
        for i in range(60):
            if len(out) >= 3:
                break
            lower = sum(1 for fv, _ in out if fv < v) < below
            if i >= 30 and not above_only and not below_only:
                lower = not lower  # no room on that side ("0.3" has few values below it): the other side
            if anchor is not None:  # a change of the same direction, smaller or larger than the key's
                gap = (v - anchor) / scale
                c = _round_like(anchor / scale + gap * (rng.uniform(0.3, 0.7) if lower else rng.uniform(1.5, 3.0)), shown)
                if not _fits_anchor(c * scale, v, anchor):
                    continue
            elif temperature:  # degrees are no ratio scale: "115 °F" gets 104 and 122, not 171 and 204
                # (a round key, "250 °C", gets round options: 220 and 270, not 255, 259 and 262 around the one round one)
                whole = float(shown).is_integer() and shown >= 20
                zeros = min(2, _trailing_zeros(shown)) if whole else 0  # ("1,800 °C" gets 1,500 and 2,000)
                unit_step = 10 ** zeros if zeros else 5 if whole and shown % 5 == 0 else 0
                step = unit_step * rng.randint(1, 4) if unit_step else rng.randint(3, 12)
                c = float(shown + (-1 if lower else 1) * step)
            elif (near := _near_side(v, sides, lower)) is not None:
                # "____ births per 1,000 compared to the Italian average of 9.45": a key of 7.66 has little room
                # above it under 9.45, so an option above it is drawn from there (else all stand below the key)
                c = _round_like((v + (near - v) * rng.uniform(0.35, 0.8)) / scale, shown)
            else:
                c = self._made_up_number(shown, asked, lower, words, rng, age, wide=bool(fact.attrs.get("qualifier")))
            # (another age of the article is a fine wrong age; another figure, of whatever, is left out)
            if c is None or c <= 0 < v or c * scale == v or c * scale in self.figure_values and not age or ceiling and c * scale > ceiling \
                    or floor_whole and c * scale < floor_whole:
                continue
            if majority is not None and (c * scale > 50) != majority:
                continue
            if any((c * scale > o) != (v > o) for o in sides):
                continue  # across another figure of the sentence from the key
            if c in printed or "." in surface and float(c).is_integer():
                continue  # a number printed in the prompt, or "50.0%" padded beside "75.5%"
            if any(abs(c * scale - other) < (3 if temperature else 2) if age or temperature else
                   abs(c * scale - other) < 0.25 * abs(v - anchor) if anchor is not None else _too_close(c * scale, other)
                   for other in [v] + [o for o, _ in out]):
                continue  # (ages a year or two apart are different answers: 22, 24, 26)
            text = asked[:number.start()] + _number_like(c, surface) + asked[number.end():]
            smaller = _SCALE_AFTER.match(asked, number.end()) if c < 1 <= shown else None
            if smaller:  # "$0.823 billion" is written "$823 million", "0.4 million" "400,000"
                scale_word = {"trillion": " billion", "billion": " million", "million": ""}[smaller.group(1)]
                text = asked[:number.start()] + f"{round(c * 1000):,}" + (scale_word or ",000") + asked[smaller.end():]
            if words:
                word = formats.number_words(c)
                if not word:
                    continue
                text = asked[:number.start()] + (word.capitalize() if surface[:1].isupper() else word) + asked[number.end():]
            if fold(text) in seen_texts:
                continue
            if fact.attrs.get("qualifier") and not age and not _far_apart(v, str(c * scale)):
                continue  # "about 15,000" against "about 16,000" is no clear wrong answer
            if re.fullmatch(r"\d{3}", surface) and c * scale >= 1000:
                continue  # "(b. 875)", "a statue from 834": a bare number of three digits keeps three
            out.append((c * scale, text))
            seen_texts.add(fold(text))
        if len(out) < 3:
            return [], 3 - real, False
        beatable = _multiples_pattern(v, [fv for fv, _ in out]) or _odd_one_out(v, [fv for fv, _ in out])
        # "the predicted ____ growth, and possibly above 11%": the option nearest 11% is the key
        near = [n for n in shares if abs(n - v) <= 0.12 * v]
        beatable = beatable or any(all(abs(n - v) < abs(n - fv) for fv, _ in out) for n in near)
        if _PERCENT.search(asked) and fact.sentence is not None and re.search(
                r"\b(?:majority|most of)\b", fact.sentence.text, re.I):
            beatable = beatable or any((fv > 50) != (v > 50) for fv, _ in out)  # "a majority, ____": over half
        return out, 3 - real, beatable

    @staticmethod
    def _made_up_number(shown: float, asked: str, lower: bool, words: bool, rng: random.Random,
                        age: bool = False, wide: bool = False) -> float | None:
        if words or shown < 10 and float(shown).is_integer() or age:
            # (an age a few years off: "compulsory until the age of 16" against 14 or 18, not 22)
            step = rng.randint(1, 4) if not age else rng.randint(2, max(3, round(shown * 0.2)))
            c = shown - step if lower else shown + step
            return float(c) if c > 0 else None
        # (within a factor of 1.8: "8,600 mm" of rain beside a key of 3,100, "31 kg" for an animal of
        # 15 kg or "801 km" for a motorway of 367 are ruled out unread)
        # (a qualified key, "more than $4.8 million", needs options clearly apart: the wider range)
        if _PERCENT.search(asked) and 90 < shown < 100:
            # "99.86% of the mass": a share near the whole varies in what is left of it (99.6%, 99.93%),
            # not by a factor (60.40% is ruled out unread)
            rest = (100 - shown) * (rng.uniform(1.5, 4.0) if lower else rng.uniform(0.3, 0.7))
            places = len(repr(shown).split(".")[1]) if not float(shown).is_integer() else 0
            c = round(100 - rest, places)  # (with the key's decimals: "99.58%", never a padded "99.70%")
            return c if 0 < c < 100 and c != shown else None
        if re.match(r"\.\d{3}$", asked.strip()):
            # ".388" (a batting average): a rate near its kind's, not .637 ("0.388" would be a plain fraction)
            ratio = rng.uniform(0.78, 0.9) if lower else rng.uniform(1.1, 1.25)
        else:
            ratio = rng.uniform(0.45 if wide else 0.5, 0.8) if lower else rng.uniform(1.25, 2.2 if wide else 1.8)
        c = _round_like(shown * ratio, shown)
        if c >= 100 and _PERCENT.search(asked):
            return None
        if c >= 1000 and re.search(r"\b(?:thousand|million|billion)\b", asked):
            return None  # "$1,000 million" is written "$1 billion": an option in another style
        return c if c > 0 else None

    def figure_questions(self) -> Iterable[Question]:
        by_sentence: dict[int, int] = defaultdict(int)
        for f in self.by_kind["figure"]:
            if f.sentence is not None:
                by_sentence[f.sentence.index] += 1
        for f in self.by_kind["figure"]:
            s = f.sentence
            if s is None or f.span is None or not usable_sentence(s.text) or by_sentence[s.index] > 2:
                continue
            if s.section and _YEAR_HEADING.fullmatch(s.section[-1].strip()) and not _EXPLICIT_YEAR.search(s.text):
                continue  # "### 2010" then "Hispanic or Latino of any race were 83 persons": of which year?
            lead, asked, span = self._figure_parts(f)
            if _COMPOUND_PART_BEFORE.search(s.text, 0, span[0] - s.start) and _SMALLER_UNIT.search(asked):
                continue  # "At 68 hours and ____, Apollo 8 went behind the Moon": a part of one time
            if _TIME_AFTER_WHAT.match(s.text, span[1] - s.start):
                continue  # "About ____ later the module was righted": later than what the student does not see
            if _RESTATED_BEFORE.search(s.text, 0, span[0] - s.start):
                continue  # "Over a quarter (27.0%) of ...": the words before the bracket give it away
            if re.fullmatch(r"100\s*(?:%|per ?cent)", asked.strip()) and re.search(r"\bunanimous", s.text, re.I):
                continue  # "elected unanimously ... ____ of the electoral votes": the word says it
            made = self._prompt(s, span, fact=f)
            if made is None:
                continue
            prompt, edits, unresolved = made
            if fold(asked) in fold(prompt):
                continue
            unresolved = unresolved or context.unplaced_statistic(prompt, self.place)
            source_party = f.attrs.get("source")
            if source_party and re.fullmatch(r"[a-z]+(?<!s)", str(source_party)):
                source_party = None  # "the city announced": "According to city:" names no one a student knows
            if source_party and not _names_party(str(source_party), prompt):
                prompt = self._words("according_to", source=source_party, sentence=prompt)
                edits = edits + ["name-source"]
            forms = formats.figure_forms(f.value, asked, None)
            # "at 2,240 m (7,350 ft) above sea level": the prompt drops the conversion, which is as right
            for a, b, _, _ in context.conversion_after(s.text, span[1] - s.start):
                converted = s.text[a:b].strip(" ()")
                if re.match(r"(?:about |approx\.? |c\. |~)?[−-]?\d", converted) and ";" not in converted:
                    forms.append(re.sub(r"^(?:about|approx\.?|c\.|~)\s*", "", converted))
                    forms.append(f"{asked} ({converted})")  # "28 °C (82 °F)", as the prompt writes the other
            # "1.2 million tons": "1.2 million" is as right; the unit follows in the sentence anyway
            # (never "60" for "60 million": a multiplier is no unit)
            bare = re.sub(r"(?<=\d)(\s*(?:million|billion|thousand|trillion|%|per ?cent))?"
                          r"\s+(?!(?:million|billion|thousand|trillion|hundred)\b)[A-Za-z][A-Za-z /.-]*$", r"\1", asked)
            if bare != asked and re.search(r"\d", bare):
                forms.append(bare.strip())
            # "ninety days" keyed: "90 days" is as right as "90" ("3,000 years" beside "3,000")
            number = _NUMBER_IN.search(asked)
            unit = asked[number.end():] if number else ""
            unit = re.sub(r"^\s+and\s+a\s+(?:half|quarter)\b", "", unit)  # "three and a half years": 3.5 years
            # (not the number's own words: "four" of "Twenty four", "hundred" of "four hundred years")
            words = unit.split()
            while words and (formats.word_number(words[0]) is not None
                             or words[0] in ("and", "hundred", "thousand", "million", "billion")):
                words.pop(0)
            unit = " " + " ".join(words) if words else ""
            if unit.strip()[:1].isalpha() and number.start() == 0:
                forms += _with_unit(forms, unit)
            # (the fact as written, unless it opens the sentence: "An estimated 1,600 kilometres")
            lead_form = [f.text] if lead and not f.text[:1].isupper() else []
            answer = {"text": asked, "value": f.value, "accept": formats._unique(forms + lead_form)}
            key = (s.start, f.span, str(f.value))
            src = self.source(s, f.span)
            ev = self._evidence(f, s, span, unresolved)
            yield self._question("cloze", "figure", prompt, answer, src, key, "hard", ev, edits)
            distractors, synthetic, beatable = self._figure_distractors(f, asked, key)
            if len(distractors) == 3:
                options = sorted(distractors + [(float(f.value), asked)])  # ascending, as the docs promise
                beatable = beatable or _extreme_key(s.text[:f.span[0] - s.start], float(f.value),
                                                    [v for v, _ in distractors]) \
                    or _odd_precision(asked, [t for _, t in distractors])

                def false_figure() -> str | None:
                    if fold(str(f.attrs.get("qualifier") or "")) in _LOWER_BOUNDS | _UPPER_BOUNDS or \
                            re.search(r"\b(?:past|last|within)\s+$", s.text[:f.span[0] - s.start]) or _verb_bound(f):
                        return None  # "more than 2,500" is not contradicted by "more than 1,500", nor
                        # "had exceeded 30 million" by "had exceeded 20 million"
                    if _BOUND_AFTER.match(s.text, f.span[1] - s.start) or _BOUND_INSIDE.search(f.text):
                        return None  # "three or more means": "five or more" is as true
                    if _CONVERSION_AFTER.match(s.text, f.span[1] - s.start):
                        return None  # "107,000 m²/17 acres": the conversion left as it was says which is false
                    if _PERCENT.search(asked) and _shares_of_a_whole(s.text, f.span[0] - s.start, f.span[1] - s.start,
                                                                     float(f.value)):
                        return None  # "owns 29%, while Samsung owns the remaining 49%": the sum says it is false
                    if _PERCENT.search(asked) and _RANK_WORDS.search(s.text) and len(_PERCENT_IN.findall(s.text)) >= 2:
                        return None  # "placing him first at 31.2% to Tymoshenko's 45.5%": the order says it is false
                    # a wrong figure clearly false, not false by a hair nor absurd (see _clearly_wrong), nor
                    # a hair from another figure of the article ("an arc of about 3,800 K" beside its "3,900 K")
                    others = [float(g.value) for g in self.by_kind["figure"]
                              if g is not f and g.attrs.get("unit") == f.attrs.get("unit") and _is_number(g.value)]
                    clear = [(v, t) for v, t in distractors
                             if not any(0 < abs(v - o) <= 0.05 * abs(o) for o in others)]
                    if not clear:
                        return None
                    return _clearly_wrong(clear, float(f.value), percent=bool(_PERCENT.search(asked)),
                                          lower_only=bool(re.search(r"\byears?\b", asked) and _SPAN_OF_A_LIFE.search(s.text)))

                def named_source(statement: str) -> str:
                    if source_party and not _names_party(str(source_party), statement):
                        return self._words("according_to", source=source_party, sentence=statement)
                    return statement

                blank = _Blank(f, span, prompt, unresolved, answer, src, key, edits)
                yield from self._choice_and_true_false(
                    blank, self._words("figure_choice", sentence=prompt), [t for _, t in options],
                    distractors, false_figure, named_source,
                    synthetic_distractors=synthetic, pattern_distractors=beatable)

    # ------------------------------------------------------------ quotes

    def quote_questions(self) -> Iterable[Question]:
        for q in self.by_kind["quote"]:
            speaker = q.attrs.get("speaker") or q.value
            s = q.sentence
            if not speaker or s is None or _words(q.text) < 4 or _words(q.text) > 40:
                continue
            if q.attrs.get("complete") is False:
                continue  # a quotation cut mid-phrase is no fair test of who said it
            if any(fold(part) in fold(q.text) for part in str(speaker).split() if len(part) > 2):
                continue
            if self.subject is not None and speaker == self._name(self.subject):
                continue  # in a biography, "who said it?" about its subject asks nothing
            key = (s.start, q.text)
            quoted = q.text.strip().rstrip(".,;:")
            person = self.person_named.get(speaker)
            if person is None:  # "Author Flannery O'Connor": the name the article gives the person
                person = next((p for p in self.people if _full_name(self._name(p))
                               and fold(str(speaker)).endswith(" " + fold(self._name(p)))), None)
                if person is not None:
                    speaker = self._name(person)
            end = "" if quoted.endswith(("?", "!")) else self._words("question_mark")
            # "Justice Röling", "Melissa Ruggieri": a person the people rules did not take is still asked "Who"
            titled = _TITLED_NAME.match(str(speaker))
            titled = titled if titled and fold(titled.group(1)).rstrip(".") in _SPEAKER_TITLES else None
            # (a name of two or three words with no word of a body or a thing is someone: "Joss Whedon")
            personal = bool(person) or bool(titled) or (
                bool(re.fullmatch(r"[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){1,2}", str(speaker)))
                and (fold(str(speaker).split()[0]) in given_names()
                     or not any(fold(w) in ORG_WORDS or fold(w) in _BODY_WORDS for w in str(speaker).split())
                     and fold(str(speaker).split()[0]) not in ("the", "a", "an")
                     and not self._written_in_italics(str(speaker))))  # ("*Rolling Stone*": a magazine)
            # "Knox wrote to Morris: ..." is asked "Who wrote", not "Who said"
            wrote = bool(_WRITING_VERB.fullmatch(str(q.attrs.get("verb") or "")))
            prompt = self._words(("who_wrote" if wrote else "who_said") if personal else
                                 ("which_source_wrote" if wrote else "which_source_said"), quote=quoted, end=end)
            accept = self._name_forms(person) if person else [str(speaker)] + ([titled.group(2)] if titled else [])
            if not person and personal and not titled and re.fullmatch(r"[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){1,2}", str(speaker)):
                accept.append(str(speaker).split()[-1])  # "Whedon" for "Joss Whedon", as for the people the rules found
            parts = re.match(r"(.+?)\s+(?:of|from|at)\s+(?:the\s+)?(.+)$", str(speaker)) if not person else None
            if parts and re.fullmatch(r"[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){1,2}", parts.group(1)) \
                    and not set(fold(parts.group(1)).split()) & _BODY_WORDS:
                # "Salehuddin Husin of GameAxis Unwired": the writer or the periodical (not "University of Hask")
                accept += [parts.group(1), parts.group(2)]
            answer = {"text": str(speaker), "value": str(speaker), "accept": accept}
            src = self.source(s, q.span)
            ev = self._evidence(q, s, None, False)
            yield self._question("short_answer", "quote", prompt, answer, src, key, "medium", ev)
            if person:
                distractors, related = self._person_distractors(str(speaker), s, key)
                if len(distractors) == 3:
                    ev_mc = self._evidence(q, s, None, False, unrelated_options=not related)
                    yield self._question("multiple_choice", "quote", prompt, answer, src, key, "easy", ev_mc,
                                         choices=self._choices(str(speaker), distractors, key))

    # ------------------------------------------------------------ terms

    def term_questions(self) -> Iterable[Question]:
        """The terms the article defines: the term blanked in its defining sentence, and as a choice
        among other terms the article defines (no choice without three of them)."""
        terms = self.by_kind["term"]
        asked: set[str] = set()
        for t in terms:
            s = t.sentence
            value = str(t.value)
            if s is None or t.span is None or fold(value) in asked or not usable_sentence(s.text):
                continue
            span = t.span
            lead = re.match(r"(?:the|an?)\s+", t.text, re.I)
            if lead and not fold(value).startswith(fold(lead.group(0))):
                # "properly called a monitor": the article stays ("called a(n) ____"), or the prompt reads
                # "called ____" and the key "called monitor"
                span = (t.span[0] + lead.end(), t.span[1])
            made = self._prompt(s, span, fact=t)
            if made is None:
                continue
            prompt, edits, unresolved = made
            if span != t.span and lead.group(0).strip().lower() in ("a", "an"):
                prompt = re.sub(r"\b([Aa])n?\s+(" + re.escape(BLANK) + ")", r"\1(n) \2", prompt, count=1)
            if _term_given_away(value, prompt):
                continue  # "an adapted abacus ... called a ____ abacus": the prompt holds the term
            asked.add(fold(value))
            answer = {"text": value, "value": value, "accept": _term_forms(value, t.text)}
            key = (s.start, t.span, value)
            src = self.source(s, t.span)
            ev = self._evidence(t, s, t.span, unresolved)
            yield self._question("cloze", "term", prompt, answer, src, key, "medium", ev, edits)
            distractors = self._term_distractors(t, prompt, key)
            if len(distractors) == 3:
                yield self._question("multiple_choice", "term", self._words("term_choice", sentence=prompt),
                                     answer, src, key, "easy", self._evidence(t, s, t.span, unresolved), edits,
                                     choices=self._choices(value, distractors, key))

    def _term_distractors(self, t: Fact, prompt: str, key: tuple) -> list[str]:
        """Three other terms of the article, of the key's form first (single words among single
        words, names after someone among such names); none that names the same thing as the key,
        none the prompt prints."""
        value = str(t.value)
        mine = fold(str(t.attrs.get("names") or ""))
        shown = fold(prompt)
        pool: dict[str, str] = {}
        for o in self.by_kind["term"]:
            other = str(o.value)
            folded = fold(other)
            if folded in pool or folded in _term_folded_forms(value) or fold(value) in _term_folded_forms(other):
                continue
            if mine and fold(str(o.attrs.get("names") or "")) == mine:
                continue  # two names of one thing: both would be right
            if folded in shown or _term_given_away(other, prompt):
                continue
            pool[folded] = other
        if len(pool) < 3:
            return []

        def form(term: str) -> tuple[bool, bool]:
            return len(term.split()) == 1, term[:1].isupper()

        names = sorted(pool.values())
        self.rng("term-distractors", *key).shuffle(names)
        names.sort(key=lambda n: form(n) != form(value))  # stable: the key's form first, seeded otherwise
        return names[:3]

    # ------------------------------------------------------------ infobox

    def infobox_questions(self) -> Iterable[Question]:
        yield from self._infobox_disagreements()
        yield from self._infobox_dates()
        yield from self._infobox_sides()
        yield from self._infobox_fields()

    def _as_in_text(self, title: str) -> str:
        """The title as the article's sentences name it: "When was the Toronto Star founded?";
        without a page title's kind in brackets ("Alsea (company)"), which no sentence says."""
        title = _DISAMBIGUATION.sub("", title)
        return "the " + title if self.about.the and fold(title) == fold(self.about.title) else title

    def _infobox_fields(self) -> Iterable[Question]:
        """The infobox's core single facts, asked outright: "What is the capital of Alabama?",
        "Where was Bob Marley born?", "Who founded IKEA?"."""
        title = re.sub(r"\s*\(.*?\)", "", self.doc.title).strip()
        # "Economy of Estonia": its infobox's currency is Estonia's ("the currency of Economy of Estonia")
        title = context.topic_place(title) or title
        facts = [f for f in self.by_kind["infobox"] if f.attrs.get("type") in ("place", "person", "text")]
        label_counts: dict[str, int] = defaultdict(int)
        values: dict[str, str] = {}
        for f in facts:
            label_counts[fold(str(f.attrs.get("label") or ""))] += 1
            values[fold(str(f.attrs.get("label") or ""))] = fold(str(f.text))
        for f in facts:
            label = str(f.attrs.get("label") or "").strip()
            if label_counts[fold(label)] != 1:
                continue  # several values ("Occupation: singer, musician"): no single key
            if self._other_thing_box(f):
                continue  # "Architect: Archibald Leitch" of the stadium's box in the club's article
            if fold(label) == "largest city" and values.get("capital") == fold(str(f.text)):
                continue  # the capital is the largest city: one question is enough
            prompt = prompts.label_question("infobox_field_questions", label, self.options.templates,
                                            title=self._as_in_text(title))
            answer_text = re.sub(r"\s*\(.*?\)|\[.*?\]", "", str(f.text)).strip().rstrip(",;")
            if prompt is None or not answer_text or len(answer_text) > 60 or fold(answer_text) in fold(title):
                continue
            stems = {w[:5] for w in re.findall(r"\w{5,}", fold(title))}
            if any(w[:5] in stems for w in re.findall(r"\w{5,}", fold(answer_text))):
                continue  # "What is the official language of Ukraine? Ukrainian": the title gives it away
            if f.attrs.get("type") == "person" and not _full_name(answer_text):
                continue
            if f.attrs.get("type") == "person" and re.search(r"\s(?:and|&)\s|[;,]", answer_text):
                continue  # "Peter and Fred Asquith, Noel Stockdale": several founders, no single key
            if f.attrs.get("type") == "person" and re.search(r"\b[A-Z][\w'’-]+ [A-Z][\w'’-]+", str(f.attrs.get("note") or "")):
                continue  # "Spouse: Lydia Davis (1974-?; divorced) Siri Hustvedt (1981-present)": two spouses
            if f.attrs.get("type") == "person" and re.search(r"[A-Za-z]", str(f.attrs.get("note") or "")) \
                    and not re.search(r"\d", str(f.attrs.get("note") or "")):
                continue  # "Spouse: Mara Jade (Legends)": true only where the note says, which the question drops
            if f.attrs.get("type") in ("place", "person") and not answer_text[:1].isupper():
                continue  # "Largest city: capital": a word standing for another field, not a name
            if self._folded_text is None:  # folding the whole text is costly: only when an infobox field asks for it
                self._folded_text = fold(self.doc.text)
            if fold(answer_text.split(",")[0]) not in self._folded_text:
                continue  # the article never says it in its text: a footnote mark glued on ("Albaniana")
            parts = [part.strip() for part in answer_text.split(",") if part.strip()]
            # "Hodgenville, Kentucky, U.S.": the town, or the town and its state, or the state alone
            accept = [answer_text] + (parts[:1] + [", ".join(parts[:2]), parts[1]] if len(parts) >= 3 and
                                      f.attrs.get("type") == "place" else parts[:1] if len(parts) > 1 else []) + (
                [answer_text[4:]] if answer_text.lower().startswith("the ") else [])
            accept += _fuller_forms(answer_text, self.doc.text)
            words = answer_text.split()
            if f.attrs.get("type") == "person" and len(words) >= 3 and not any(w[:1].islower() for w in words):
                accept += [f"{words[0]} {words[-1]}", words[-1]]  # "Charles Ranlett Flint": "Charles Flint", "Flint"
            if f.attrs.get("type") in ("person", "text"):
                # "Spouse: Hillary Rodham": the names the text gives the same person ("Hillary Clinton")
                named = next((p for p in self.people if fold(answer_text) in self.person_mentions.get(self._name(p), ())), None)
                if named is not None:
                    accept += [m for m in named.attrs.get("mentions", []) if len(m.split()) >= 2 and m[:1].isupper()
                               and not re.match(r"(?:Mr|Mrs|Ms|Dr|President|Senator|Governor)\b", m)]
            if fold(label) == "currency":
                code = next((fld.text for box in self.doc.infoboxes for fld in box.fields
                             if fold(fld.key) == "currency_code"), "")
                accept += _currency_forms(answer_text, str(code))
            key = ("infobox-field", f.attrs.get("field"), answer_text)
            src = self._infobox_source(f"{label}: {f.text}")
            yield self._question("short_answer", "infobox", prompt,
                                 {"text": answer_text, "value": answer_text, "accept": formats._unique(accept)},
                                 src, key, "easy", None)

    def _infobox_source(self, label: str) -> dict[str, Any]:
        return self.source(None, label=f"Infobox of “{self.doc.title}”: {label}")

    def _infobox_disagreements(self) -> Iterable[Question]:
        """When sources disagree on the same quantity, ask which source gave which figure."""
        by_field: dict[tuple, list[Fact]] = defaultdict(list)
        for f in self.by_kind["infobox"]:
            if f.attrs.get("type") == "figure" and f.attrs.get("source") and f.attrs.get("counts"):
                by_field[(f.attrs.get("field"), fold(f.attrs["counts"]))].append(f)
        for (field, _), group in by_field.items():
            sources: dict[str, Fact] = {}
            for f in group:
                if str(f.attrs["source"]) in sources:  # one source, two figures: no single key
                    sources = {}
                    break
                sources[str(f.attrs["source"])] = f
            if len(sources) < 2:
                continue
            pairs = [{"left": _per(src), "right": _figure_only(f)} for src, f in sources.items()]
            if len({fold(p["right"]) for p in pairs}) < len(pairs):
                continue
            side = group[0].attrs.get("side_name")
            what = group[0].attrs["counts"]
            prompt = (self._words("match_sources_figures_side", title=self._as_in_text(self.doc.title), what=what,
                                  side=side) if side
                      else self._words("match_sources_figures", title=self._as_in_text(self.doc.title), what=what))
            label = group[0].attrs.get("label") or field
            srcs = [self._infobox_source(f"{label}: {f.text} ({_per(s)})") for s, f in sources.items()]
            yield self._question("matching", "infobox", prompt,
                                 {"text": "; ".join(f"{p['left']} → {p['right']}" for p in pairs), "value": pairs},
                                 srcs[0], ("disagree", field, what), "hard", pairs=pairs, sources=srcs)

    def _written_in_italics(self, name: str) -> bool:
        """Does the article set the name in italics somewhere, as it sets a periodical or a work?"""
        text = self.doc.text
        return any(text[a:b].strip("*_ ") == name for a, b in self._italics)

    def _other_thing_box(self, f: Fact) -> bool:
        """Is the fact from an infobox of another thing than the article's (the stadium's box in the
        article on a club): its name neither holds the title nor is held by it."""
        box = fold(str(f.attrs.get("infobox_title") or ""))
        title = fold(re.sub(r"\s*\(.*?\)", "", self.doc.title))
        return bool(box) and box not in title and title not in box and not (
            set(box.split()) & set(title.split()) - {"the", "of", "and", "a"})

    def _infobox_dates(self) -> Iterable[Question]:
        title = self.doc.title
        facts = [f for f in self.by_kind["infobox"] if f.attrs.get("type") == "date"]
        label_counts = defaultdict(int)
        for f in facts:
            label_counts[fold(f.attrs.get("label") or "date")] += 1
        for f in facts:
            label = (f.attrs.get("label") or "Date").strip()
            if label_counts[fold(label)] > 1:
                continue  # "Term start" of which office? Several fields of one label leave it open
            if self._other_thing_box(f):
                continue  # "Opened: 1910" of the stadium's box is no date of the club
            if fold(label) == "date" and not self.about.kinds & _EVENT_KINDS:
                continue  # a country's "Date" (of a constitution, a status) is no date of "the events"
            if context.group_name(title) and re.search(r"\b(?:birth|born|death|died)\b", fold(label)):
                continue  # "When was The Wachowskis born?": an article on two people, a birth of one of them
            other = re.match(r"(?:as|from|then)\s+(.+)", str(f.attrs.get("note") or ""))
            if other and fold(other.group(1)) != fold(title):
                continue  # "Established: August 27, 1793 (as York)": founded under another name, not as the title
            if _OTHER_BEGINNING.search(str(f.attrs.get("note") or "")) or len(re.findall(r"\b\d{4}\b", f.text)) >= 2 \
                    and "/" not in str(f.value):
                continue  # "Founded: 2015 (reorganization)", "1991 (Vyshcha Liha) 2008 (Premier League)": which beginning?
            prompt = prompts.label_question("infobox_date_questions", label, self.options.templates,
                                            title=self._as_in_text(title),
                                    label=label[:1].lower() + label[1:])  # (a label of white space is empty)
            if prompt is None:
                continue
            style = formats.date_style(f.text)
            answer_text = formats.format_date(str(f.value), style)
            key = ("infobox", f.attrs.get("field"), str(f.value))
            src = self._infobox_source(f"{label}: {f.text}")
            # (the field as written is accepted only when it is a date and nothing else: not "384 BC Stagira,")
            usual = formats.date_forms(str(f.value))
            written = f.text if fold(f.text.strip(" ,.")) in {fold(u) for u in usual} else None
            answer = {"text": answer_text, "value": f.value, "accept": formats.date_forms(str(f.value), written)}
            parts = _parse_iso(str(f.value)) if "/" not in str(f.value) else None
            # "When was X born?" keyed "May 3, 1950": say how much of the date is asked, or "1950" is marked wrong
            hint = "blank_day" if parts and parts[2] is not None else "blank_month" if parts and parts[1] is not None else None
            asked = self._words(hint, blank=prompt) if hint else prompt
            yield self._question("short_answer", "infobox", asked, answer, src, key, "medium")
            if "/" not in str(f.value):
                # options written like the key, not like the field ("384 BC Stagira, Chalcidice")
                shown = dataclasses.replace(f, text=answer_text)
                distractors, synthetic, beatable = self._date_distractors(shown, style, key)
                distractors = self._around_life_date(shown, label, distractors, style)
                if len(distractors) == 3:
                    options = sorted([(str(f.value), answer_text)] + distractors, key=lambda o: _sort_key(o[0]))
                    ev = self._evidence(f, None, None, False, synthetic_distractors=synthetic,
                                        pattern_distractors=beatable)
                    yield self._question("multiple_choice", "infobox", prompt, answer, src, key, "easy", ev,
                                         choices=[t for _, t in options])

    def _around_life_date(self, fact: Fact, label: str, distractors: list[tuple[str, str]],
                          style: str) -> list[tuple[str, str]]:
        """Options for a birth or a death that a test-wise student cannot beat: none that would make
        the life absurd (a death the year of the birth), and the key at any rank: options inside a
        life put the birth first and the death last, so one option always lies beyond the key."""
        born, died = re.search(r"born|birth", label, re.I), re.search(r"died|death", label, re.I)
        key = _parse_iso(str(fact.value))
        if not (born or died) or not key or not distractors:
            return distractors
        other = (self.life[1] if born else self.life[0]) if self.life else None
        order = (key[0], key[1] or 0, key[2] or 0)
        keep: list[tuple[str, str, tuple]] = []
        for v, t in distractors:
            p = _parse_iso(v)
            if p is None:
                return distractors
            if other is not None and (p[0] > other - 15 if born else p[0] < other + 15):
                continue  # born after the death, or died as a child of the birth year
            keep.append((v, t, p))
        beyond = [k for k in keep if ((k[2][0], k[2][1] or 0, k[2][2] or 0) < order) == bool(born)]
        if not beyond and len(keep) == 3:
            keep.remove(max(keep, key=lambda k: abs(k[2][0] - key[0])))
        rng = self.rng("life-date", str(fact.value))
        # made-up years fill up: first one beyond the key if none is, then either side
        sides = ([True] if not beyond else []) + [rng.random() < 0.5 for _ in range(12)]
        beyond_sign = -1 if born else 1  # before a birth, after a death
        taken = {k[2][0] for k in keep} | {key[0]}
        for is_beyond in sides:
            if len(keep) >= 3:
                break
            year = key[0] + (beyond_sign if is_beyond else -beyond_sign) * rng.randint(3, 14)
            if year in taken or year > datetime.date.today().year:
                continue
            if other is not None and (year > other - 15 if born else year < other + 15):
                continue
            # a month and day of its own: copied from the key or an option, it would pair with it
            value = formats.iso(year, rng.randint(1, 12) if key[1] else None, rng.randint(1, 28) if key[2] else None)
            keep.append((value, self._date_like(value, fact, style), _parse_iso(value)))
            taken.add(year)
        return [(v, t) for v, t, _ in keep] if len(keep) == 3 else []

    def _life_event(self, f: Fact, s: Sentence) -> str | None:
        """"born" or "died" when the date is the subject's birth or death."""
        if not self.life:
            return None
        year = (_parse_iso(str(f.value)) or (None,))[0]
        if year == self.life[0] and re.search(r"\bborn\b|\bbirth\b", s.text):
            return "born"
        if year == self.life[1] and re.search(r"\bdied\b|\bdeath\b", s.text):
            return "died"
        return None

    def _infobox_sides(self) -> Iterable[Question]:
        """People listed per side (commanders of a battle): who was on which side."""
        by_field: dict[str, dict[int, list[Fact]]] = defaultdict(lambda: defaultdict(list))
        for f in self.by_kind["infobox"]:
            if f.attrs.get("type") == "person" and f.attrs.get("side") and f.attrs.get("side_name"):
                base = re.sub(r"\d+$", "", str(f.attrs.get("field")))
                by_field[base][int(f.attrs["side"])].append(f)
        for base, sides in by_field.items():
            if len(sides) != 2:
                continue
            (a, people_a), (b, people_b) = sorted(sides.items())
            names_a = {str(f.value) for f in people_a}
            names_b = {str(f.value) for f in people_b}
            if names_a & names_b:
                continue  # someone on both lists: the key would be doubtful
            for mine, others in ((people_a, people_b), (people_b, people_a)):
                if len(others) < 3:
                    continue
                side_name = mine[0].attrs["side_name"]
                if re.search(r"\bundefined\b", str(side_name)) or re.search(r"\bundefined\b", str(others[0].attrs.get("side_name"))):
                    continue  # a converter's leftover for a side it could not name
                label = (mine[0].attrs.get("label") or self._words("side_member_label")).lower()
                for f in mine[:3]:
                    key = ("side", base, str(f.value))
                    prompt = self._words("side_member", title=self._as_in_text(self.doc.title), label=label,
                                         side=side_name)
                    distractors = sorted(str(o.value) for o in others)
                    self.rng("side", *key).shuffle(distractors)
                    src = self._infobox_source(f"{mine[0].attrs.get('label')}, {side_name}: {', '.join(str(m.value) for m in mine)}")
                    yield self._question("multiple_choice", "infobox", prompt,
                                         {"text": str(f.value), "value": str(f.value), "accept": [str(f.value)]},
                                         src, key, "medium", choices=self._choices(str(f.value), distractors[:3], key))

    # ------------------------------------------------------------ all

    def all(self) -> list[Question]:
        makers = {
            "date": [self.date_questions, self.ordering_questions],
            "person": [self.person_questions, self.matching_questions],
            "figure": [self.figure_questions],
            "quote": [self.quote_questions],
            "infobox": [self.infobox_questions],
            "term": [self.term_questions],
        }
        out: list[Question] = []
        seen: set[str] = set()
        for kind in self.options.kinds:
            for make in makers.get(kind, []):
                for q in make():
                    if q.type in self.options.types and q.id not in seen and _answer_not_in_prompt(q, self.doc.title):
                        seen.add(q.id)
                        out.append(q)
        return out


_YEAR_NAME_HINT = re.compile(r"\b[Tt]he \d{4} [A-Z]")
# "2022 Russian invasion", "1998 FIFA World Cup", "2016 Summer Olympics": a year, then a capitalised
# word and a second capitalised word or the noun of an event, after "the" ("In 1998 John Smith" is no name)
_YEAR_NAME = re.compile(r"\b[Tt]he (\d{4}) ((?:[A-Z][\w'’.-]+) (?:[A-Z][\w'’-]+|(?:invasion|election|elections|war|crisis|"
                        r"revolution|uprising|coup|earthquake|referendum|census|games|championships?|tournament|"
                        r"cup|strike|riots|protests|treaty|agreement|attacks?|bombings?|floods?|tsunami|hurricane|"
                        r"campaign|offensive|tour|summit|conference|exhibition|festival|season|pandemic|"
                        r"outbreak|famine|massacre|rebellion|budget|act)\b))")


def _other_percents(text: str, start: int, end: int) -> list[float]:
    """The percentages of a sentence outside ``start:end`` (the key's own)."""
    return [float(m.group(1)) for m in _PERCENT_IN.finditer(text) if m.end() <= start or m.start() >= end]


def _shares_of_a_whole(text: str, start: int, end: int, value: float) -> bool:
    """Is the percentage at ``start:end`` one of shares that make a whole ("51% of its stock, while
    Samsung owns the remaining 49%")? A false one would be found by adding up."""
    others = _other_percents(text, start, end)
    return bool(others) and (abs(sum(others) + value - 100) <= 0.6 or bool(re.search(r"\b(?:remaining|rest)\b", text)))


def _names_party(party: str, text: str) -> bool:
    """Does the text name the source already: as written, or spelled out ("CLW" in "China Labor Watch said")?"""
    if fold(party) in fold(text) or re.search(r"\b[Aa]ccording to\b", text):
        return True  # (a sentence that says "according to" names its source already)
    if re.fullmatch(r"[A-Z]{2,6}", party):
        initials = "".join(w[0] for w in re.findall(r"\b[A-Z][\w'’-]*", text))
        return party in initials
    return False


# A bound written after the number: "three or more", "18 and over", "10,000 or so", "500+"
_BOUND_AFTER = re.compile(r"\s*\+|\s+(?:or|and)\s+(?:more|fewer|less|greater|higher|lower|above|over|under|so|up|upwards)\b")
_BOUND_INSIDE = re.compile(r"\b(?:or|and)\s+(?:more|fewer|less|greater|higher|lower|above|over|under|so)\b|\+$")
# the first letters of an infobox date label -> the stem its event is written with in the text
_EVENT_STEMS = {"relea": "releas", "found": "found", "estab": "establish", "opene": "open", "openi": "open",
                "launc": "launch", "publi": "publish", "premi": "premier", "compl": "complet", "forme": "form",
                "forma": "form", "built": "built", "incep": "incept", "signe": "sign", "ratif": "ratif"}


@lru_cache(maxsize=8192)  # the article's dates, asked of again for each date question's options
def _ordinal(value: str) -> int | None:
    """A day-precise ISO date of the common era as its day number (``date.toordinal``)."""
    parts = _parse_iso(value)
    if not parts or parts[2] is None or parts[0] < 1:
        return None
    try:
        return datetime.date(*parts).toordinal()
    except ValueError:
        return None


@lru_cache(maxsize=8192)
def _iso_days(value: str) -> float:
    """An ISO date ("1906", "1906-04", "1906-04-01") as a number of days, to measure how far apart two are."""
    parts = _parse_iso(value)
    if not parts:
        return 0.0
    y, m, d = parts
    return y * 365.25 + ((m or 6.5) - 1) * 30.44 + (d or 15)


def _fuller_forms(answer: str, text: str) -> list[str]:
    """How the article writes a one-word infobox answer in full: "Manat" as "Azerbaijani manat",
    "Azerbaijani" as "Azerbaijani language" (a nationality word before it, or a language noun after)."""
    if " " in answer or re.search(r"\d", answer):
        return []
    word = re.escape(answer)
    found = {m.group(0) for m in re.finditer(rf"\b([A-Z][^\W\d_]+) {word}(?!\w)|\b{word} (?:language|dialect|script)\b",
                                             text, re.I)
             if m.group(0)[:1].isupper() and (m.group(1) is None or fold(m.group(1)) in DEMONYMS)}
    return sorted(found)[:3]


_NO_WORDS: frozenset[str] = frozenset()
_ROLE_STOP = {"the", "of", "a", "an", "and", "in", "at", "for", "to", "on", "by", "with", "from", "as", "who", "was",
              "is", "were", "had", "has", "that", "which", "his", "her", "their", "its", "de", "facto", "former"}


def _plain_letters(name: str) -> str:
    """A name folded as a file name spells it: "Magnar Sætre" and "Magnar Saetre" are one."""
    return fold(name.replace("æ", "ae").replace("Æ", "Ae").replace("ø", "o").replace("Ø", "O")
                .replace("ß", "ss"))


def _real_day(value: str) -> bool:
    """Is a day-precise ISO date a day of the calendar (a year or a month alone is no objection)?"""
    parts = _parse_iso(value)
    return not parts or parts[2] is None or parts[0] < 1 or _ordinal(value) is not None


def _titled_mention(p: Fact, name: str) -> bool:
    """Does the text give the full name a title ('Colonel Rafik Halawi')? Then it is a person's full
    name even where the given name is not one the rules know."""
    return any(m.endswith(" " + name) and fold(m[:-len(name)].split()[-1]).rstrip(".") in vocab.titles()
               for m in p.attrs.get("mentions") or ())


def _family(name: str) -> str:
    """The family name of a full name: its last word, not a generation or a nickname ('Clinton
    Williams "Clint" Murchison Sr.' -> 'Murchison'; 'Harry McPherson, Jr.' -> 'McPherson')."""
    words = [w for w in name.replace(",", " ").split()
             if w.rstrip(".").lower() not in vocab.NAME_SUFFIXES and w[:1] not in "\"“"]
    if " of " in name and len(words) >= 3 and words[-2] == "of":
        return words[-3]  # 'Madeleine of Sweden', 'John III of Portugal': the place names no one
    return words[-1] if words else name


_HIGH_CUE = re.compile(r"\b(?:highest|largest|tallest|longest|biggest|greatest|most|maximum|peak|summit|top|record|"
                       r"deepest|heaviest|oldest|fastest)\b[^.;]{0,60}$", re.I)
_LOW_CUE = re.compile(r"\b(?:lowest|smallest|shortest|least|fewest|minimum|youngest|slowest|shallowest)\b[^.;]{0,60}$", re.I)


_WEEKDAY_BEFORE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*(?:the\s+)?$")


def _other_weekday(before: str, values: list[str]) -> bool:
    """Does the prompt name the weekday of the blank ("on Thursday, ____") while an option falls on
    another day?"""
    m = _WEEKDAY_BEFORE.search(before)
    if not m:
        return False
    for value in values:
        try:
            day = datetime.date.fromisoformat(str(value)[:10])
        except ValueError:
            continue
        if day.strftime("%A") != m.group(1):
            return True
    return False


def _precision(text: str) -> tuple[int, int]:
    """Decimal places and significant digits: "70.4%" (1, 3), "53,700" (0, 3), "30,000" (0, 1)."""
    m = re.search(r"\d[\d,]*(?:\.(\d+))?", text)
    if not m:
        return 0, 0
    digits = m.group(0).replace(",", "").replace(".", "").strip("0")
    return len(m.group(1) or ""), len(digits)


def _odd_precision(key: str, others: list[str]) -> bool:
    """"70.4%" among "25%", "37%", "62%", or "53,700" among "25,000", "30,000", "65,000": the one
    option written unlike the others is the key."""
    if len(others) < 3:
        return False
    (places, sig), theirs = _precision(key), [_precision(o) for o in others]
    if all(t[0] != places for t in theirs):
        return True
    most, least = max(t[1] for t in theirs), min(t[1] for t in theirs)
    return sig > most and most <= 2 or sig < least and sig <= 1


def _extreme_key(before: str, key: float, others: list[float]) -> bool:
    """"the summit of Gannett Peak at ____" with every other option lower: the highest option is
    the key, whatever the student knows."""
    if others and key > max(others):
        return bool(_HIGH_CUE.search(before))
    if others and key < min(others):
        return bool(_LOW_CUE.search(before))
    return False


def _spelled_alike(a: str, b: str) -> bool:
    """Two spellings of one name ("Viktor Yanukovych", "Viktor Yanukovich"): the same words but for
    a letter or two."""
    wa, wb = fold(a).split(), fold(b).split()
    # (the words but the last alike, the last begun alike: a cheap test before the slow one)
    if len(wa) != len(wb) or wa[:-1] != wb[:-1] or wa[-1][:3] != wb[-1][:3] or wa[-1] == wb[-1]:
        return False
    return abs(len(wa[-1]) - len(wb[-1])) <= 2 and difflib.SequenceMatcher(None, wa[-1], wb[-1]).ratio() >= 0.8


_COORDINATED_AFTER = re.compile(r"(?:,\s*(?:and\s+)?|\s+(?:and|&)\s+)([A-Z][\w'’-]+)(?!\s+[A-Z])")
_COORDINATED_BEFORE = re.compile(r"(?<![A-Z][\w'’-]\s)(?<![A-Z][\w'’-]{2}\s)\b([A-Z][\w'’-]+)(?:,\s*(?:and\s+)?|\s+(?:and|&)\s+)$")


def _coordinated_words(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The one-word names coordinated with the word at ``a:b`` ("Watson, Crick, and Wilkins")."""
    out = []
    m = _COORDINATED_AFTER.match(text, b)
    if m:
        out.append(m.span(1))
    m = _COORDINATED_BEFORE.search(text, max(0, a - 40), a)
    if m and m.end() == a:
        out.append(m.span(1))
    return out


_MEASURE_WORDS = frozenset({"days", "years", "times", "hours", "minutes", "seconds", "months", "weeks", "decades",
                            "centuries", "points", "goals", "games", "matches", "votes", "seats", "percent", "cents"})
_ANY_YEAR = re.compile(r"\b1[0-9]{3}\b|\b20[0-9]{2}\b")
_CROWD = re.compile(r"\b(?:attendances?|crowds?|spectators)\b", re.I)
# A deed at a place: "returned to Florence", "arrived in Rome", "moved to Paris"
_EVENT_AT = re.compile(r"\b((?:[Rr]eturn|[Mm]ov|[Aa]rriv|[Ff]l|[Tt]ravell?|[Rr]etir|[Ee]scap|[Ss]ettl|[Vv]isit|[Ww]ithdr)"
                       r"(?:ed|ied|ew))\s+(to|in|at|from)\s+(?:the\s+)?([A-Z][\w'’-]+)")
_DEATH_IN = re.compile(r"\b(?:[Hh]is|[Hh]er)\s+(?:own\s+)?death\s+(?:in|on)\s+(?:\d{1,2}\s+[A-Z][a-z]+\s+|[A-Z][a-z]+\s+(?:\d{1,2},?\s+)?)?(\d{3,4})\b")


# Verbs of one kind of deed, as a figure's "counts" ends ("Syrians fled", "Syrians left")
_DEED_FAMILY = {**dict.fromkeys(("fled", "left", "displaced", "expelled", "exiled", "evacuated", "uprooted"), "displaced"),
                **dict.fromkeys(("killed", "dead", "died", "perished", "slain", "lost"), "killed"),
                **dict.fromkeys(("wounded", "injured"), "wounded"),
                **dict.fromkeys(("captured", "prisoners", "surrendered"), "captured")}


def _figure_value(f: Fact) -> float | None:
    """A single figure's number; None for a range or a value that is no number."""
    if isinstance(f.value, list):
        return None
    try:
        return float(f.value)
    except (TypeError, ValueError):
        return None


def _namesake(doc: Document, name: str) -> bool:
    """Does the body give the name life dates of its own ("the grandson of Ludwig van Beethoven
    (1712–73)")? The lead gives the subject's; a second bracket of years is another bearer's."""
    dated = re.compile(re.escape(name) + r"\s*\((?:c\.\s*|born\s+|b\.\s*|d\.\s*)?\d{3,4}\b")
    return any(dated.search(s.text) for s in doc.sentences[1:])


def _full_name(name: str) -> bool:
    """A name a student can write and recognise: two words or more, not ending in an initial
    ('Gary R.', a son listed by first name in a family list)."""
    words = name.split()
    last = words[-1] if words else ""
    return len(words) >= 2 and not (len(last) == 2 and last[1] == "." and (last[0].isalnum() or last[0] == "_"))


def _role_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", fold(text)) if len(w) > 2 and w not in _ROLE_STOP}


def _answer_not_in_prompt(q: Question, title: str = "") -> bool:
    """The prompt must not hold the answer, and neither may the article's title (rule: blank
    what is worth knowing, not the article's subject)."""
    if q.type in ("ordering", "matching"):
        return True
    answer = fold(q.answer["text"])
    if q.type == "true_false":
        return True
    # nor may the answer hold the title: "Urban Anthropology" in "Anthropology", "Big Brother Albania"
    folded_title, bare_title = _title_forms(title)
    return bool(answer) and answer not in fold(q.prompt) and answer not in folded_title and not (
        bare_title is not None and bare_title.search(answer))


@lru_cache(maxsize=64)
def _title_forms(title: str) -> tuple[str, re.Pattern | None]:
    """The folded title, and a pattern for the title without its brackets as a whole phrase (None
    when too short to tell): asked of every question of an article, worked out once."""
    bare = fold(re.sub(r"\s*\(.*?\)", "", title))
    return fold(title), re.compile(r"(?<!\w)" + re.escape(bare) + r"(?!\w)") if len(bare) > 3 else None


# A date after these bounds a span: wrong options must lie on the side that makes them false.
_OPTIONS_BEFORE = re.compile(r"\b(?:[Bb]y|[Bb]efore|[Pp]rior to|[Ss]ince|[Nn]o later than)\s+(?:the\s+end\s+of\s+)?$")
_OPTIONS_AFTER = re.compile(r"\b(?:[Aa]fter|[Uu]ntil|[Tt]ill|[Nn]o earlier than)\s+$")
_STATE_AFTER = re.compile(r"[^.;]{0,60}?\b(?:dominated|controlled|ruled|remained|governed|continued|has been|had been|"
                          r"have been|held power|prevailed)\b")


# the kind of event "the war", "the battle" names, and a named event of that kind ("the Franco-Thai War")
_EVENT_NOUN = re.compile(r"\b(war|battle|siege|campaign|revolution|rebellion|uprising|crisis|offensive)\b", re.I)
_NAMED_EVENT = re.compile(r"\b((?:[A-Z][\w'’-]+\s+){1,4})(War|Battle|Siege|Campaign|Revolution|Rebellion|Uprising|Crisis|"
                          r"Offensive)\b|\b(Battle|Siege)\s+of\s+[A-Z][\w'’-]+")


def _date_tuple(parts: tuple) -> tuple[int, int, int]:
    """A parsed date as (year, month, day), a part not given as 0: "April 1814" is (1814, 4, 0),
    before any day of April and after March's."""
    return tuple(x or 0 for x in parts)


def _bound_side(fact: Fact) -> str | None:
    """'before' when only earlier dates are false options ("by July 1915", "before 1990"),
    'after' when only later ones are ("after 1990", "until 1950"), None for a plain date."""
    if fact.sentence is None or fact.span is None:
        return None
    before = fact.sentence.text[max(0, fact.span[0] - fact.sentence.start - 30):fact.span[0] - fact.sentence.start]
    if _OPTIONS_BEFORE.search(before):
        return "before"
    m = _OPTIONS_AFTER.search(before)
    if m and m.group(0)[:1] in "Aa" and _STATE_AFTER.match(fact.sentence.text, fact.span[1] - fact.sentence.start):
        # "After 1800, the party dominated Congress": a state from then on, so a later year is as true
        # and only earlier ones are wrong (as after "since")
        return "before"
    return "after" if m else None


_PARTICLE = "(?:" + "|".join(sorted((re.escape(p.rstrip(".")) for p in PARTICLES), key=len, reverse=True)) + ")"
# ('stations in Paris', 'campuses in Seward': a place that shares a family name)
_ATTRIBUTIVE_BEFORE = re.compile(r"(?:\b(?:the|a|an)(?:\s+(?!(?:to|of|for|with|by|from|on|under|against)\b)[a-z]+){0,2}|\b(?:in|at|near)|[A-Z][\w'’.-]*|"
                                 r"\b" + _PARTICLE + r")\s+(?:(?:and|or)\s+)?$")
_ATTRIBUTIVE_AFTER = re.compile(r"['’]s\s+[A-Z]|"  # "Claridge's Patent Asphalte Company": a firm's name
                                r"\s+(?:and\s+[A-Z][\w-]*\s+)?[a-z]+(?:s|ies)\b(?<!was)(?<!has)(?<!is)(?<!\bas)|"
                                r"\s+(?:dynasty|family|throne|era|empire|administration|government|regime|house|line|"
                                r"clan|court|period|reign|rule|cabinet|ministry|campaign|doctrine|style|catalogue|catalog|"
                                r"number|award|prize|medal|trophy|cup|scale|method|test|effect|law|equation|theorem|"
                                r"principle|model|index|report|plan|act|bill)\b")
_IN_NAME_LIST = re.compile(r"[A-Z][\w'’.-]*,\s+$")
# Kinds of event that happen to one subject more than once (a second coronation, marriage, election),
# each with its noun and its verb: another of the kind is no wrong date for a prompt that does not say which
_LIFE_EVENT_WORDS = re.compile(r"\b(?:(?P<crown>crowned|coronation)|(?P<marry>married|marriage|wedding|wed)|"
                               r"(?P<elect>elected|re-elected|election)|(?P<exile>exiled|exile|banished)|"
                               r"(?P<abdicate>abdicated|abdication)|(?P<knight>knighted|knighthood))\b", re.I)


def _life_events(text: str) -> frozenset[str]:
    return frozenset(m.lastgroup for m in _LIFE_EVENT_WORDS.finditer(text))


_AGAIN = re.compile(r"\b(?:again|once more|a second time|a third time|for the second time|re-?won|retained)\b", re.I)
_PART_QUALIFIER = re.compile(r"(?:the\s+)?(?:end|beginning|start|middle|close|turn)\s+of\s+(?:the\s+)?(?=[A-Z\d])|"
                             r"(?:early|mid|late)[\s-]+(?=[A-Z\d])", re.I)
_MONTH_PART = re.compile(r"(?:early|mid|late)[\s-]+(?=[A-Z])", re.I)  # "late August 1970"
_DATE_QUALIFIER = re.compile(r"(?:early|mid|late|around|about|circa|c\.)[\s-]+(?=[A-Z\d])", re.I)
# Verbs and labels of a body's or a work's beginning and end.
_BEGAN = re.compile(r"\b(?:founded|formed|established|created|raised|organi[sz]ed|set up|incorporated|launched|"
                    r"released|opened|inaugurated|commissioned|foundation|formation|inception|release date)\b", re.I)
_ENDED = re.compile(r"\b(?:disbanded|dissolved|merged|amalgamated|defunct|ceased|abolished|closed|"
                    r"decommissioned|demolished|dissolution)\b", re.I)
# A capitalised word standing alone: no capitalised word right before or after it ("Lee's death")
# Words of the name of a body, not of a person ("the University of Hask", "the Bank of Vell")
_BODY_WORDS = {"university", "institute", "museum", "department", "ministry", "bank", "council", "society",
               "association", "board", "college", "school", "church", "court", "office", "league", "federation",
               "union", "party", "government", "committee", "academy", "house", "city", "state", "republic",
               "kingdom", "museum", "library", "foundation", "centre", "center", "agency", "bureau", "service"}
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
# A sentence that opens on a name and says what it is: "Potsdam is ...", "New Cologne was ..."
_NAME_OPENS = re.compile(r"(?!(?:The|In|On|At|By|It|He|She|They|This|These|There|After|Before|During|Since|From)\b)"
                         r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:is|was|became|has|had|lies|lay|served|remained)\b")
_ADVERSARY = re.compile(r"\b(?:defeated|outmaneuvered|outmanoeuvred|routed|repulsed|fought|attacked|besieged|beat|"
                        r"against|surrendered to|captured)\b")
# A title before a person's blank ("Sir ____", "General ____") that the options must carry too, and
# the titles that make a quoted speaker a person ("Justice Röling")
_BLANK_TITLES = frozenset("""sir dame lord lady general admiral colonel major captain president king queen prince
princess pope saint emperor empress bishop cardinal justice judge""".split())
_SPEAKER_TITLES = frozenset("""justice judge dr professor prof president general sir dame lord lady senator governor
mayor bishop archbishop father rabbi imam captain colonel admiral""".split())
_TITLED_NAME = re.compile(r"([A-Z][a-z]+\.?)\s+([A-Z][\w'’-]+)$")
_NAME_TITLES = {"lord", "lady", "sir", "dame", "king", "queen", "prince", "princess", "duke", "duchess", "saint",
                "pope", "emperor", "empress", "president", "general", "admiral", "captain", "colonel", "von", "van",
                "der", "den", "the", "del", "della", "de", "da", "dos", "jr", "jr.", "sr", "sr."}
_LONE_CAPITALISED = re.compile(r"\b([A-Z][a-z][\w-]*)(?:['’]s)?\b")
# a capitalised word with no name after it ('Alexander von Humboldt' has one, after 'von'), and not
# a word of a compound ("Roman-controlled", "Emmy-Award")
_LONE_GIVEN = re.compile(r"\b([A-Z][a-z]+)\b(?![-‐])(?!\s+(?:[A-Z]|(?:" + _PARTICLE + r"|of|the)\s+[A-Z]))")
_FRACTION_AFTER = re.compile(r"\s+and\s+(?:a|an|one)[\s-]+(?:half|quarter|third)\b")
# A bracket of life dates: "(April 11, 1895 – June 20, 1969)", "(born July 18, 1969)"
_LIFE_SPAN = r"\((?:[^()]*\d[^()]*[–—-][^()]*\d|born\b)[^()]*\)"
_LIFE_SPAN_BRACKET = re.compile(r"^[^()]*?" + _LIFE_SPAN)  # the first bracket of a sentence
_LIFE_SPAN_IN_LEAD = re.compile(r"^[^.]*?" + _LIFE_SPAN)  # ... in its first clause


def _term_folded_forms(term: str) -> set[str]:
    """A term folded, with and without a final plural s: "notch", "notches" are one term."""
    f = fold(term)
    forms = {f, f + "s", f + "es"}
    if f.endswith("es"):
        forms.add(f[:-2])
    if f.endswith("s"):
        forms.add(f[:-1])
    return forms


def _term_forms(value: str, written: str) -> list[str]:
    """What a student may write for a term: as the article writes it, with or without its article,
    singular or plural."""
    forms = [value, written.strip("\"“”‘’'")]
    for form in list(forms):
        forms.append(re.sub(r"^(?:the|a|an)\s+", "", form, flags=re.I))
    # (not a phrase whose head stands before "of": "home of mankind" has no "home of mankinds")
    for form in [f for f in forms if not re.match(r"(?:the|a|an)\s", f, re.I) and not re.search(r"['’]s\b", f)
                 and not re.search(r"\s(?:of|for|in|on|to|with)\s", f)]:
        if re.search(r"(?:ch|sh|x|ss|z)es$", form):
            forms.append(form[:-2])
        elif re.search(r"[^aeiou]ies$", form):
            forms.append(form[:-3] + "y")  # "counties" -> "county", not "countie"
        elif re.search(r"[^sui]s$", form) and not re.search(r"(?:as|os)$", form):
            forms.append(form[:-1])  # ("biogas", "cosmos": no "bioga")
        elif re.search(r"(?:ch|sh|x|ss|z)$", form):
            forms.append(form + "es")  # (not "angina pectorises", "nucleuses": a Latin -is, -us takes none)
        elif not re.search(r"[^aeiou]y$|[ia]$|s$|(?:orum|arum)$|ing$", form) and not re.match(r"\w+us\s", form):
            # (no "metastasiss", "apoptosiss", nor a Latin "praefectus vehiculorums", nor "bow fishings")
            forms.append(form + "s")
    # "bow fishing" is written "bowfishing" too
    forms += [f.replace(" ", "") for f in list(forms) if re.fullmatch(r"[a-z]{2,6} [a-z]+ing", f)]
    return formats._unique(forms)


_GENERIC_TERM_WORDS = {"law", "laws", "theorem", "problem", "effect", "principle", "method", "rule", "number"}


def _term_given_away(term: str, prompt: str) -> bool:
    """Does the prompt print the term, or a distinctive word of it ("Cranmer" for "Cranmer abacus")?"""
    shown = set(re.findall(r"[a-z]+", fold(prompt)))
    for word in re.findall(r"[a-z]+", fold(term)):
        if len(word) < 4 or word in _GENERIC_TERM_WORDS:
            continue
        if {word, word + "s", word.rstrip("s")} & shown:
            return True
        # a word of the same stem: "Labyrinthodon" gives "labyrinthodonts" away, "tympanic" "tympanum"
        for other in shown:
            common = len(os.path.commonprefix([word, other]))
            if common >= 5 and common >= len(word) - 3:
                return True
    return False


def _per(source: str) -> str:
    return source if re.match(r"(?i)per\b|according", source) else f"Per {source}"


def _figure_only(f: Fact) -> str:
    """'300+ servicemen killed' -> '300+': the number as the infobox writes it."""
    m = re.match(r"\s*(?:[~≈]|about|around|over|more than|at least|up to|some|nearly)?\s*[\d][\d,.]*\+?", f.text, re.I)
    return m.group(0).strip() if m else f.text


def _round_like(c: float, v: float) -> float:
    """Round a distractor to the precision of the true value (2,000 -> 3,000, not 3,127)."""
    digits = len(str(int(v))) - len(str(int(v)).rstrip("0")) if v >= 10 and float(v).is_integer() else 0
    step = 10 ** digits if digits else 1
    if not float(v).is_integer():
        # as many decimals as the key: "62.89%" against "35.94%", not a padded "35.90%" that sets it apart
        places = min(len(repr(float(v)).split(".")[1]), 3)
        r = round(c, places)
        if round(r * 10 ** places) % 10 == 0:
            r = round(r + 10 ** -places, places)  # (its last place written: "78.81", not "78.80")
        return r
    if step == 1 and v >= 10 and v % 5 == 0:
        step = 5  # a key of 15%: 10% and 25%, not the odd 9% and 11% that give it away
    return float(max(step, round(c / step) * step))


_NUMBER_TEXT = re.compile(r"[\d,.]+")


def _far_apart(value, text: str) -> bool:
    m = _NUMBER_TEXT.search(text)
    try:
        other = float(m.group(0).replace(",", "")) if m else None
        v = float(value)
    except (TypeError, ValueError):
        return False
    return other is not None and v > 0 and (other / v >= 1.5 or other / v <= 0.67)


def _sort_key(value: str):
    start = value.split("/")[0]
    parts = _parse_iso(start) or (0, None, None)
    return parts[0], parts[1] or 0, parts[2] or 0


def spread_over_types(questions: list[Question], limit: int | None) -> list[Question]:
    """At most ``limit`` questions, spread over types and kinds in document order."""
    if limit is None or len(questions) <= limit:
        return questions
    buckets: dict[tuple[str, str], list[Question]] = defaultdict(list)
    for q in questions:
        buckets[(q.type, q.kind)].append(q)
    chosen: list[Question] = []
    while len(chosen) < limit and any(buckets.values()):
        for key in list(buckets):
            if buckets[key] and len(chosen) < limit:
                chosen.append(buckets[key].pop(0))
    order = {q.id: i for i, q in enumerate(questions)}
    return sorted(chosen, key=lambda q: order[q.id])


def generate(doc: Document, facts: list[Fact], options) -> list[Question]:
    """Every usable question from a document's facts, within the options' types, kinds and limit."""
    questions = Generator(doc, facts, options).all()
    return spread_over_types(questions, options.max_per_article)


_STOP = {"the", "and", "that", "with", "from", "this", "were", "was", "which", "their", "they", "have", "had",
         "been", "into", "after", "before", "during", "about", "also", "there", "when", "where", "while", "would",
         "could", "over", "under", "than", "then", "them", "some", "more", "most", "other", "such", "only"}
_MONTH_WORDS = {m.lower() for m in vocab.MONTHS}
_LONG_WORD = re.compile(r"[a-z]{4,}")


@lru_cache(maxsize=8192)
def _content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in _LONG_WORD.findall(fold(text)) if w not in _STOP and w not in _MONTH_WORDS)


_FOUR_YEAR_EVENT = re.compile(r"\b(?:(?:U\.\s?S\.|United States|American|US) presidential elections?|"
                              r"Olympics|Olympic Games|World Cup)\b")  # ("the Berlin Olympics", "up from 37 in ____")
_BIRTHDAY = re.compile(r"\b(?:turned|turns|reached the age of)\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\b|"
                       r"\b\d{1,3}(?:st|nd|rd|th)\s+birthday\b")
_WAR_CUES = re.compile(r"\b(?:[Oo]ffensive|invasion|invaded|troops|armies|Nazis?|Wehrmacht|Luftwaffe|Allied|Allies|"
                       r"Red Army|Soviets|Germans|bombing|bombed|air raids?|occupation|occupied|liberat\w+|front line|"
                       r"U-boats?|Blitz|Axis)\b")


def _world_war_of(year: int, text: str) -> tuple[int, int] | None:
    """The span of the world war a year falls in, when the sentence tells a deed of war ("launched the
    Vienna Offensive against the Germans"): its options and false dates stay inside it."""
    war = next((w for w in vocab.WORLD_WARS if w[0] <= year <= w[1]), None)
    return war if war and _WAR_CUES.search(text) else None


def _same_story(a: tuple[int, int], b: tuple[int, int], strict: bool = False) -> bool:
    """Do two sentences, given by their content words (``Generator._story``), tell the same kind
    of event (so that one's date could be the other's too)? ``strict``: half the words of the
    shorter one, at least three, or four."""
    (mask_a, count_a), (mask_b, count_b) = a, b
    if not count_a or not count_b:
        return False
    shared = (mask_a & mask_b).bit_count()
    if strict:
        return shared >= 4 or shared >= 3 and shared >= 0.5 * min(count_a, count_b)
    return shared >= 4 or shared >= 0.4 * min(count_a, count_b)


def _key_shares_with_all(key: str, others: list[str]) -> bool:
    """The test-wise rule for dates: the key is the option that shares a part (day, month or year)
    with every other option, and more parts than any other does. Options made by changing one
    part of the key each fail it."""
    options = [key] + others
    known = {v: {(i, x) for i, x in enumerate(_parse_iso(v) or (None, None, None)) if x is not None}
             for v in options}  # each option's parts, once: every pair is compared below

    def parts(v: str) -> set[tuple[int, int]]:
        return known[v]

    def shares(a: str, b: str) -> bool:
        return bool(parts(a) & parts(b))

    def shared(a: str) -> int:
        return sum(len(parts(a) & parts(b)) for b in options if b != a)

    if not all(shares(key, o) for o in others):
        return False
    return all(shared(key) > shared(o) for o in others)


def _multiples_pattern(value: float, others: list[float]) -> bool:
    """The test-wise rule for numbers: wrong options that are simple multiples of the key (1.5x,
    2x, 3x, or halves) leave the key as the base of the pattern, the smallest or the largest."""
    if value <= 0 or not others:
        return False
    simple = (0.25, 1 / 3, 0.5, 2 / 3, 0.75, 1.25, 1.5, 2, 2.5, 3, 4, 5, 10)
    ratios = [o / value for o in others]
    patterned = all(any(abs(r - k) < 0.02 * k for k in simple) for r in ratios)
    return patterned and (value <= min(others) or value >= max(others))


# A title before a name sets it apart from plain full names among the options.
_TITLE = re.compile(r"(?:Prince|Princess|King|Queen|Emperor|Empress|Sir|Dame|Lord|Lady|Duke|Duchess|Count|Countess|"
                    r"Archduke|Baron|General|Marshal|Admiral|Colonel|Captain|Major|Lieutenant|President|Pope|Saint|"
                    r"St\.|Dr\.?|Rev\.?|Father|Sheikh|Sultan|Shah|Tsar|Czar|Caliph|Imam)\s", re.I)
# Names of bodies, not people: never an answer or an option of "who".
_ORGANISATION = re.compile(r"\b(?:Ministry|Agency|Army|Party|Company|Council|Committee|University|Inc|Corporation|"
                           r"Association|Society|Bank|Times|News|Press|Forces|Department|Office|Church|Club|Institute|"
                           r"Foundation|Commission|Government|Parliament|Assembly|Court|Police|Brigade|Regiment|"
                           r"Division|Corps|Navy|Records|Studios|Group|League|Union|Federation|Organization|"
                           r"Organisation|Museum|Library|College|School|Hospital|Airlines|FC)\b")
_DEMONYM = re.compile(r"\b([A-Z][a-z]+(?:ian|an|ese|ish|i|ch|ic))\b")
_NOT_SIDES = {"Christian", "Roman", "Catholic", "Republican", "Victorian", "Islamic", "Asian", "African",
              "European", "Latin", "Arabic", "Olympic", "Atlantic", "Pacific", "Arctic", "Baltic", "Gothic", "Hellenistic"}


def _demonyms(text: str) -> set[str]:
    """Nationality words ("Russian", "Austrian", "Azerbaijani") that say whose side someone is on."""
    return {m for m in _DEMONYM.findall(text) if m not in _NOT_SIDES}


# What stands before a figure and stays in the prompt: the shared qualifiers and a few more words
# that say how the number is meant ("only", "a total of").
_QUALIFIER_LEAD = re.compile(
    "(?:" + "|".join(re.escape(q) for q in vocab.qualifiers_longest_first() if q[0].isalpha())
    + r"|as little as|an average of|on average|a total of|a record|only|just)\s+", re.I)
_NUMBER_IN = re.compile(r"\d[\d,]*(?:\.\d+)?|\b(?:" + vocab.alternation(
    [w for w, v in vocab.NUMBER_WORDS.items() if 0 < v <= 100] + ["dozen"]) + r")(?:-(?:" + vocab.alternation(
    [w for w, v in vocab.NUMBER_UNITS.items() if 0 < v < 10]) + r"))?\b", re.I)

_PERCENT = re.compile(r"%|\bper ?cent\b", re.I)
_PERCENT_IN = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d+)?) ?(?:%|per ?cent\b)", re.I)
# Bounds: "more than ____" is true of every smaller option too, "up to ____" of every larger one.
_SCALE = re.compile(r"\s*(?:hundred|thousand|million|billion|trillion)\b")


def _with_unit(forms: list[str], unit: str) -> list[str]:
    """The accepted forms with the unit written after them ("90" -> "90 days"), a scale word only
    after a number that does not spell it out already: "120 million years" gives "120,000,000
    years", never "120,000,000 million years" nor "120 million million years"."""
    if re.search(r"\d", unit):
        return []  # "1 to 10": the rest of a range is no unit ("1-10 to 10" before)
    scale = _SCALE.match(unit)
    rest = unit[scale.end():] if scale else unit
    out = []
    for form in forms:
        if form.endswith(unit.strip()) or not scale and re.search(r"\d\s*[^\W\d_]", form):
            continue  # ("6 cm" has its unit: never "6 cm centimetres")
        if scale and (_SCALE.search(form) or re.fullmatch(r"[\d,]+", form) and int(form.replace(",", "")) >= 100):
            if rest.strip() and not form.endswith(rest.strip()):
                out.append(form + rest)  # the scale is in the number already
            continue
        out.append(form + unit)
    return out


_VERB_BOUND = re.compile(r"\b(?:(?P<above>over|above|beyond|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|top(?:s|ped|ping)|"
                         r"pass(?:es|ed|ing)|outnumber(?:s|ed|ing)?)|(?P<below>below|under))\s+$")


def _by_time_ago(fact: Fact) -> bool:
    """"By ____ Ga, the magnetic field was established": a time counted back; a later one (a smaller
    number) is as true, so only earlier ones are wrong."""
    if fact.sentence is None or fact.span is None:
        return False
    text, a, b = fact.sentence.text, fact.span[0] - fact.sentence.start, fact.span[1] - fact.sentence.start
    return bool(_BY_BEFORE.search(text, max(0, a - 20), a)) and bool(_AGO_UNIT.search(text[a:b + 25]))


_BY_BEFORE = re.compile(r"\b[Bb]y\s+(?:about\s+|around\s+|roughly\s+)?$")
_AGO_UNIT = re.compile(r"\b(?:Ga|Ma|ka|kya|Mya|Gya|years?\s+ago|(?:million|billion|thousand)\s+years\s+ago)\b")


def _verb_bound(fact: Fact) -> str | None:
    """"had exceeded ____", "above ____": the words before a figure that make it a bound ("above"
    or "below"), so that a figure on the true side of it is no false statement or option."""
    if fact.sentence is None or fact.span is None:
        return None
    m = _VERB_BOUND.search(fact.sentence.text, max(0, fact.span[0] - fact.sentence.start - 20),
                           fact.span[0] - fact.sentence.start)
    return None if m is None else "above" if m.group("above") else "below"


_LOWER_BOUNDS = {q for q, meaning in vocab.QUALIFIERS.items() if meaning in ("more than", "over", "at least")}
_UPPER_BOUNDS = {q for q, meaning in vocab.QUALIFIERS.items() if meaning in ("up to", "less than")} | {"within"}
_APPROXIMATE = re.compile(r"\b(?:about|around|circa|c\.|ca\.|approximately|roughly|some|nearly|almost)\s", re.I)
_LIFE_EVENT = re.compile(r"\b(?:was born|birth|died|death|funeral|was buried|passed away)\b", re.I)

_LOWER_WORD = re.compile(r"[a-z]{4,}")
# ("the objective Dvorak technique", "the tropical cyclone's centre": the word only qualifies a
# name or a noun that follows)
_DEFINITE_NOUN = re.compile(r"\b[Tt]he ([a-z]{4,})\b(?!\s+(?:of|from|which|that|who|for|between)\b)"
                            # ("the reservation in 1868": a date, not a place that names it)
                            r"(?!\s+(?:in|at|on)\s+(?!(?:[12]\d{3}\b(?![,.]?\d)|" + vocab.MONTH_NAMES_RE + r"|the (?:same )?(?:year|month|day)\b)))"
                            r"(?!\s+[A-Z])(?!\s+[a-z]+['’]s\b)")
_NOT_NOUNS = {"first", "last", "same", "other", "next", "following", "main", "only", "whole", "entire", "original",
              "former", "latter", "previous", "current", "early", "late", "final", "second", "third", "fourth",
              "united", "world", "country", "state", "government", "people", "city", "time", "year", "years",
              "century", "period", "area", "region", "north", "south", "east", "west", "northern", "southern",
              "eastern", "western", "national", "public", "local", "early", "modern", "ancient", "royal",
              "title", "titles"}  # ("won the title in 1970": the sentence says which)


# "down from ____", "up from ____"; "from 2.5 million (in 2000) to ____": a figure compared with another
_DOWN_FROM = re.compile(r"^[^.;:()]{0,40}\b(?:down|up)\s+from\s+(?:about\s+|around\s+|some\s+)?$", re.I)
_FROM_TO = re.compile(r"(?:\s+in\s+\d{4})?,?\s+to\s+(?:about\s+|around\s+|some\s+)?", re.I)
_FROM_END = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+)?$", re.I)


def _fits_anchor(option: float, key: float, anchor: float) -> bool:
    """Does an option keep the key's side of the figure it is compared with, at a distance the
    sentence makes plausible (a fall of a tenth of the key's is as odd as one ten times larger)?"""
    gap, theirs = key - anchor, option - anchor
    if gap == 0 or theirs == 0 or (gap > 0) != (theirs > 0):
        return False
    return 0.2 <= theirs / gap <= 4.0


def _majority_words(fact: Fact, asked: str) -> bool | None:
    """True when the sentence calls the share asked for most of its whole ("highly urbanized, with
    ____ of its population in cities"; "the majority, ____"), False when it calls it a minority,
    None otherwise; only for a share that agrees with those words."""
    s = fact.sentence
    if s is None or not _PERCENT.search(asked):
        return None
    try:
        v = float(fact.value)
    except (TypeError, ValueError):
        return None
    if v > 50 and _MOST_WORDS.search(s.text):
        return True
    if v < 50 and _FEW_WORDS.search(s.text):
        return False
    return None


_MOST_WORDS = re.compile(r"\b(?:majority|most of|highly|predominantly|overwhelmingly|mostly|the bulk of|"
                         r"nearly all|almost all)\b", re.I)
_FEW_WORDS = re.compile(r"\b(?:a minority|a small (?:share|part|proportion|fraction|number)|few of)\b", re.I)


def _printed_numbers(fact: Fact) -> set[float]:
    """The other numbers the fact's sentence prints, as written ("built 6 x 11 columns": 11 for the 6)."""
    s = fact.sentence
    if s is None or fact.span is None:
        return set()
    a, b = fact.span[0] - s.start, fact.span[1] - s.start
    out = set()
    for m in re.finditer(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?(?![\w,]*\d)", s.text):
        if m.start() < b and a < m.end():
            continue
        try:
            out.add(float(m.group(0).replace(",", "")))
        except ValueError:
            pass
    return out


# a span of a life or an office: a false one far above the key is ruled out unread ("a reign of 128 years")
_SPAN_OF_A_LIFE = re.compile(r"\b(?:reign|reigned|ruled|rule|lived|life|lifetime|aged|career|tenure|dynasty)\b", re.IGNORECASE)
_POPULATION = re.compile(r"\bpopulation\b|\binhabitants\b|\bresidents\b", re.IGNORECASE)
# a figure's conversion after a slash: "107,000 m²/17 acres" (one in brackets is dropped from a false statement)
_CONVERSION_AFTER = re.compile(r"\s*/\s*(?:about\s+|approx\.?\s+|c\.\s*)?[\d.,]+\s*[^\W\d]")
_SEASON_OF = re.compile(r"(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:spring|summer|autumn|fall|winter)\s+of\s+(\d{3,4})",
                        re.IGNORECASE)


# "Oliver Twist (1839)", "A Christmas Carol (1843)": a name of two words or more and a year in brackets
_NAME_THEN_YEAR = re.compile(r"\b([A-Z][\w'’-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'’-]*)+)\s+\((\d{4})\)")


def _near_day(value: str, rng: random.Random) -> str | None:
    """A made-up day of a story told day by day: a week to ten weeks either side of the key."""
    day = _ordinal(value)
    if day is None:
        return None
    return datetime.date.fromordinal(day + rng.choice((-1, 1)) * rng.randint(8, _NEAR_DAYS)).isoformat()


def _trailing_zeros(value: float) -> int:
    """How round a whole number is: 160,000 has four zeros, 90,192 none (a fraction: none)."""
    if not float(value).is_integer() or value == 0:
        return 0
    digits = str(int(abs(value)))
    return len(digits) - len(digits.rstrip("0"))


def _is_number(value: Any) -> bool:
    try:
        float(value)
    except (TypeError, ValueError):
        return False
    return True


_SCALE_AFTER = re.compile(r"\s+(trillion|billion|million)\b")


def _number_like(value: float, surface: str) -> str:
    """A number written like the key's: as many decimals ("70.4%" -> "25.0%", not "25%")."""
    if "." in surface and surface.split(".")[-1].isdigit():
        decimals = len(surface.split(".")[-1])
        return f"{value:,.{decimals}f}" if "," in surface or value >= 10000 else f"{value:.{decimals}f}"
    return formats.number_text(value, surface)


def _odd_one_out(value: float, others: list[float]) -> bool:
    """The key set apart from options bunched together (50 against 100, 110, 130; 150 against an even
    run of 50, 70, 90): a test-wise student picks the one that does not belong."""
    if len(others) < 3 or value <= 0 or min(others) <= 0:
        return False
    lo, hi = min(others), max(others)
    if lo <= value <= hi:
        return False
    a, b, c = sorted(others)[:3]
    if abs((b - a) - (c - b)) <= 0.05 * (c - a):
        return True  # an even run the key stands outside of
    gap = lo / value if value < lo else value / hi
    return gap > hi / lo  # farther from the bunch than the bunch is wide (as ratios)


# What an article's description calls an event, whose infobox "Date" is the date of its events.
_EVENT_KINDS = frozenset({"battle", "war", "siege", "campaign", "operation", "offensive", "invasion", "storm",
                          "hurricane", "typhoon", "cyclone", "earthquake", "flood", "fire", "disaster", "election",
                          "referendum", "revolution", "uprising", "rebellion", "massacre", "attack", "bombing",
                          "crisis", "conflict", "treaty", "conference", "summit", "festival", "tournament",
                          "championship", "match", "game", "race", "expedition", "mission", "voyage", "flight",
                          "eruption", "epidemic", "pandemic", "outbreak", "coup", "strike", "protest", "riot",
                          "accident", "crash", "shipwreck", "sinking", "explosion", "incident", "engagement"})


def _without_role(name: str) -> str:
    """"Author Flannery O'Connor" -> "Flannery O'Connor": a role word that opened the sentence is
    no part of the name a student is asked for."""
    tokens = name.split()
    if len(tokens) >= 3 and tokens[0].lower() in ROLE_NOUNS and tokens[1][:1].isupper():
        return " ".join(tokens[1:])
    return name


@lru_cache(maxsize=4096)  # a blank's cloze, choice and true/false keys accept the same forms
def _typed_forms(accept: tuple[str, ...]) -> tuple[str, ...]:
    """The accepted forms, each also without its accents."""
    return tuple(formats._unique(list(accept) + [_plain(a) for a in accept]))


def _plain(text: str) -> str:
    """The text without accents, as a student typing on an English keyboard writes it."""
    if text.isascii():
        return text  # nothing to decompose: most answers, and every question makes this call
    # (NFD, not NFKD: "3½" stays, where NFKD writes "31⁄2", which reads as thirty-one halves)
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _near_side(v: float, sides: list[float], lower: bool) -> float | None:
    """The nearest figure of the sentence on the side of the key an option is wanted, when it stands
    too close for the usual factors (under 1.6 times the key, or over 1/1.6 of it); else None."""
    if lower:
        below = [o for o in sides if 0 < o < v]
        return max(below) if below and max(below) > v / 1.6 else None
    above = [o for o in sides if o > v]
    return min(above) if above and min(above) < v * 1.6 else None


def _too_close(a: float, b: float) -> bool:
    """Two options within a tenth of each other ("$12.9 billion", "$13 billion") are one answer
    written twice, or a trap decided by rounding."""
    if 90 < a < 100 and 90 < b < 100:  # shares near the whole differ in what is left: 99.6% against 99.86%
        return abs(a - b) < 0.25 * max(100 - a, 100 - b)
    return a > 0 and b > 0 and abs(a - b) < 0.1 * max(a, b) and not (a < 10 and b < 10 and a != b and
                                                                    float(a).is_integer() and float(b).is_integer())


_AGE_BEFORE = re.compile(r"\b(?:when (?:he|she|they|it) (?:was|were|turned)|(?:the )?ages? (?:of )?|aged|age)\s*$", re.I)
_AGE_AFTER = re.compile(r"\s*(?:years? old\b|-year-old\b)")


def _is_age(sentence: str, start: int, end: int) -> bool:
    """Is the figure at ``start:end`` someone's age: "when she was 24", "at the age of 12", "aged 30"?"""
    return bool(_AGE_BEFORE.search(sentence[max(0, start - 30):start]) or _AGE_AFTER.match(sentence, end))


def _part_and_whole(fact: Fact) -> tuple[float | None, float | None]:
    """What the sentence says the asked figure is at least and at most, as a part of a whole or a
    whole of a part: "____ goals, 35 of which were in Serie A" (at least 35), "____ of 50 states",
    "a record 902 appearances, including ____ in Serie A" (at most 902)."""
    if fact.sentence is None or fact.span is None:
        return None, None
    text, a, b = fact.sentence.text, fact.span[0] - fact.sentence.start, fact.span[1] - fact.sentence.start
    floor = ceiling = None
    m = _PART_AFTER.match(text, b)
    if m:
        floor = _plain_number(m.group(1))
    m = _WHOLE_AFTER.match(text, b) or _WHOLE_BEFORE.search(text, max(0, a - 90), a)
    if m:
        ceiling = _plain_number(m.group(1))
    return floor, ceiling


def _plain_number(text: str) -> float | None:
    try:
        n = float(text.replace(",", ""))
    except ValueError:
        return None
    return None if 1000 <= n <= 2100 and "," not in text else n  # (a year is no whole)


_PART_AFTER = re.compile(r"[^.;()]{0,50}?,\s*(\d[\d,]*)\s+of\s+(?:which|whom|them|these)\b")
_WHOLE_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:of|out of)\s+(?:the\s+|a total of\s+)?(\d[\d,]*)\b(?![.,]\d)")
_WHOLE_BEFORE = re.compile(r"\b(\d[\d,]*)\s+[a-z]+[^.;\d]{0,50}?,?\s+(?:including|of which|of whom)\s+$")


def _rank_before_whole(fact: Fact) -> float | None:
    """The rank a sentence gives before the whole it ranks in ("ranked 179th out of ____"), if any."""
    if fact.sentence is None or fact.span is None:
        return None
    m = _RANK_OUT_OF.search(fact.sentence.text, max(0, fact.span[0] - fact.sentence.start - 80),
                            fact.span[0] - fact.sentence.start)
    return float(m.group(1)) if m else None


_RANK_OUT_OF = re.compile(r"\b(\d+)(?:st|nd|rd|th)\b[^.;]{0,60}?\bout of\s+(?:the\s+|a total of\s+)?$")


def _natural_ceiling(asked: str, sentence: str) -> float | None:
    """The most a figure can be by its nature: 24 hours of daylight in a day, 12 months a year,
    7 days a week, about 195 countries in the world."""
    if re.search(r"\bhours?\b", asked) and re.search(r"\b(?:daylight|daily|(?:a|per|each|every) day)\b", sentence):
        return 24
    if re.search(r"\bmonths?\b", asked) and re.search(r"\b(?:a|per|each|every) year\b", sentence):
        return 12
    if re.search(r"\bdays?\b", asked) and re.search(r"\b(?:a|per|each|every) week\b", sentence):
        return 7
    if re.search(r"\blife expectancy\b", sentence, re.I) and not _PERCENT.search(asked):
        return 88  # "life expectancy ... was 99": no country's is
    if ("agnitude" in sentence or "Richter" in sentence) and re.match(r"[\d.]+$", asked.strip()):
        return 9.9  # "reaching 9.5 magnitude": no earthquake measured 13.9
    if re.search(r"\bbillion years\b", asked) and re.search(r"\bago\b", sentence):
        # "about 3.5 billion years ago" on Earth: nothing before the Earth formed (nor before the universe)
        return 4.6 if re.search(r"\bEarth\b", sentence) and not re.search(r"\buniverse\b", sentence, re.I) else 13.8
    if ("countries" in sentence or "nations" in sentence) and \
            re.search(re.escape(asked) + r"\s+(?:different\s+|other\s+|foreign\s+)?(?:countries|nations)\b", sentence):
        return 195  # "from about 190 different countries": there are no 420
    # "ranked 91st ... out of the 169 countries assessed": a rank or a part is no more than the whole
    whole = _OUT_OF.search(sentence)
    if whole and asked not in whole.group(0):  # ("out of ten": a rating)
        count = whole.group(1)
        return float(count.replace(",", "")) if count[0].isdigit() else float(formats.word_number(count) or 100)
    # "three of the nine species": the part named before its whole
    part = re.search(re.escape(asked) + r"\s+of\s+the\s+(\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b", sentence) \
        if asked + " of the " in sentence else None
    if part:
        count = part.group(1)
        number = float(count.replace(",", "")) if count[0].isdigit() else formats.word_number(count)
        if number:
            return float(number)
    return None


_WRITING_VERB = re.compile(r"wrote|writes|write|written|penned|noted in (?:his|her|their) diary|recorded", re.I)
_TEMPERATURE = re.compile(r"°|\bdeg(?:rees?)?\b|\bkelvin\b", re.I)
# Where a sentence joins claims: "; ", ", and ...", ", but ...", ", while ...", ", which ..."
# (", and" joins claims only where a subject and a verb follow: "a preamble, seventeen articles, and a
# conclusion" is one claim)
_CLAIM_BREAK = re.compile(r";\s+|,\s+(?=(?:but|while|whereas|which|where|although|though)\s)|"
                          r",\s+(?=and\s+(?:the\s+[a-z]+|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*|he|she|it|they)\s+"
                          r"(?:is|was|are|were|has|had|have|did|became|won|made|took|began|led|held|gave|[a-z]{3,}ed)\b)")
# a clause whose subject is named: "the pair toured ...", "Orn Records signed ...", "Brandt was ..."
_STANDS_ALONE = re.compile(r"(?:[Tt]he\s|[A-Z][a-z]+\s+(?:[A-Z]|(?:was|is|were|had|has)\b))")
_CLAUSE_VERB = re.compile(r"\b(?:is|was|are|were|has|had|have|became|won|made|wrote|took|began|led|held|gave|"
                          r"employs|contains|includes|remains|lies|runs|covers|[a-z]{3,}ed)\b")


_OPENS_ON_PRONOUN = re.compile(r"(?:He|She)\s")


def _fit_preposition(statement: str, date: str) -> str:
    """A false date put where another was keeps the preposition English wants: "On 11 September
    1973" made "In March 1981", "In 1973" made "On 5 March 1975"."""
    at = statement.find(date)
    if at < 3:
        return statement
    day = bool(re.match(r"\d{1,2}\s+[A-Z]|[A-Z][a-z]+\.?\s+\d{1,2},", date))
    before = statement[:at]
    m = re.search(r"\b([Oo]n|[Ii]n)\s+$", before)
    if not m or (m.group(1).lower() == "on") == day:
        return statement
    word = ("On" if day else "In") if m.group(1)[0].isupper() else ("on" if day else "in")
    return before[:m.start(1)] + word + before[m.end(1):] + statement[at:]


_INITIALISM_BEFORE = re.compile(r"(?:[A-Z]\.){2,}\s+$")
_AMPERSAND_BEFORE = re.compile(r"&\s*$")
_AMPERSAND_AFTER = re.compile(r"\s*&")
_POSSESSIVE_NO_NOUN = re.compile(r"['’]s(?!\s+[a-z])")


def _word_positions(text: str, word: str) -> list[int]:
    """Where ``word`` stands in ``text`` with no letter or digit glued to either side (a plain search:
    a pattern built per call would be compiled per call)."""
    out, at = [], text.find(word)
    while at >= 0 and word:
        end = at + len(word)
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_")) and \
                (end >= len(text) or not (text[end].isalnum() or text[end] == "_")):
            out.append(at)
        at = text.find(word, at + 1)
    return out


def _one_claim(statement: str, marker: str) -> str | None:
    """The clause of a statement that holds ``marker`` (the fact, true or false), when the sentence
    joins several claims and that clause stands alone: "X was built in 1893, and the Astoria was
    added in 1897" -> "X was built in 1893." None when the statement is one claim already or the
    clause would not stand alone (a "which ..." clause, one with a pronoun for subject)."""
    found = _word_positions(statement, marker)
    if len(found) != 1 or not _CLAIM_BREAK.search(statement):
        return None  # (a false "six" is not the "six" of "sixth", nor one of two: the clause must hold the fact)
    at = found[0]
    starts = [0] + [m.end() for m in _CLAIM_BREAK.finditer(statement)]
    ends = [m.start() for m in _CLAIM_BREAK.finditer(statement)] + [len(statement)]
    for lo, hi in zip(starts, ends):
        if not lo <= at < hi or at + len(marker) > hi:
            continue
        clause = statement[lo:hi].strip().rstrip(".;,")
        if re.search(r"\b(?:two|three|four|several)\s+[a-z]+\s*:|:\s*(?:first|firstly)\b", clause, re.I):
            return None  # "made two announcements: first, that ...": the list is cut in half
        if lo > 0:
            clause = re.sub(r"^(?:and|but|while|whereas)\s+", "", clause)
            if not _STANDS_ALONE.match(clause):
                return None  # a clause led by "which", a pronoun or a participle leans on the one before
            clause = clause[:1].upper() + clause[1:]
        if len(clause.split()) < 5 or not _CLAUSE_VERB.search(clause) or clause.count("(") != clause.count(")") \
                or clause.count("“") != clause.count("”") or clause.count('"') % 2:
            return None
        return clause + "."
    return None


_WINTER = re.compile(r"\b(?:snow\w*|blizzards?|freezing|frost\w*|ice storms?|sleet|winter)\b", re.I)
_SUMMER = re.compile(r"\b(?:heat ?waves?|summer|scorching)\b", re.I)


@lru_cache(maxsize=4096)  # (each date of a sentence asks)
def _season_months(text: str) -> frozenset[int] | None:
    """The months a sentence's weather or season allows (northern hemisphere, where the words say it)."""
    winter, summer = _WINTER.search(text), _SUMMER.search(text)
    if winter and not summer:
        return frozenset({11, 12, 1, 2, 3})
    if summer and not winter:
        return frozenset({5, 6, 7, 8, 9})
    return None


_OTHER_BEGINNING = re.compile(r"\b\d{4}\b|reorgani[sz]|renam|rebrand|merg|re-?establish|re-?found|successor|predecessor",
                              re.I)
# words that rank the shares of a sentence against each other ("placing him first at 35% to her 25%")
_RANK_WORDS = re.compile(r"\b(?:first|second|highest|lowest|most|least|winner|won|wins|led|leads|leading|ahead|behind|"
                         r"defeated|beat|majority|larger|largest|smaller|smallest)\b", re.I)
_NEAR_DAYS = 75  # how far (in days) another day of the article may be from a day asked, as an option
_ADULT_AGE = 15  # the age from which a biography's subject acts on their own: options of their deeds start there
_BORN_WORD = re.compile(r"\b(?:[Bb]orn|birth)\b")
_CHILDHOOD = re.compile(r"\b(?:born|birth|child|childhood|boy|girl|young|youth|infant|baby|age of \d|aged \d|school)\b", re.I)
# A lead that gives the span of the event it is about: "was fought ... from 1861 to 1865"
_FOUGHT = re.compile(r"\b(?:was|were)\s+(?:fought|waged|held|played|staged)\b|\btook place\b|\blasted\b")
# The rites after a death: 'cremated', 'buried', 'his funeral', 'an inquest'
_AFTER_DEATH_EVENT = re.compile(r"\b(?:cremat\w+|buried|burial|funeral|interred|interment|entombed|laid to rest|"
                                r"remains|exhumed|inquest|autopsy|post-mortem|lay in state|memorial service)\b", re.I)
# A day or a month of the article more than this many years from the key is a date of another time.
_NEAR_YEARS = 6
_POSTHUMOUS = re.compile(r"\bposthumous(?:ly)?\b|\bafter (?:his|her|their) death\b", re.I)
# ("out of the 169 countries", "Of the 50 fastest-growing metro areas, 47 are ...")
_OUT_OF = re.compile(r"\b(?:out of (?:the |a total of |all )?|(?:^|[,;]\s)[Oo]f the )(\d{1,3}(?:,\d{3})*|\d+|"
                     r"five|ten|twenty|hundred)\b")


def _clearly_wrong(options: list[tuple[float, str]], value: float, percent: bool = False,
                   lower_only: bool = False) -> str | None:
    """The wrong figure for a false statement: far enough to be false, not so far as to be absurd
    ("1,100,000 of a population of 600,000"; "94% of English ancestry" for 41%): the one nearest to
    1.45 times or 0.65 times the key, within 1.3 to 2.0 times; None when no option is ("138.1 years" of life
    expectancy for 79.9 is ruled out unread)."""
    def distance(option: tuple[float, str]) -> float:
        if option[0] <= 0 or value <= 0:
            return float("inf")
        if percent and option[0] > 90 and value < 60:
            return float("inf")  # nearly everyone, where the article says fewer than two in three
        ratio = math.log(option[0] / value)
        if lower_only and ratio > 0:
            return float("inf")  # "Jangsu's long reign of 128 years": a span of a life has little room above
        target = math.log(1.45) if ratio > 0 else -math.log(0.65)
        ratio = abs(ratio)
        return abs(ratio - target) if math.log(1.3) <= ratio <= math.log(2.0) else float("inf")
    best = min(options, key=distance)
    return best[1] if distance(best) < float("inf") else None
