"""The English words the rules share, and the one way to compare text (``fold``).

Months, number words, qualifiers ("more than", "about"), speech and attribution verbs, era words
and titles are written once, here; the extraction rules, question generation, formatting,
grading, rendering and the exporters read them from this module instead of keeping copies that
drift apart. Another language would be another module of the same shape.

Titles and the other name lists of the people rules are long and change with those rules; they
stay in ``quizgen/extract/data/people.json`` and ``titles()`` reads them from there.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

# ---------------------------------------------------------------- months

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
# Abbreviations as articles write them ("Sept. 1914"); May has none.
MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
                       "sept": 9, "oct": 10, "nov": 11, "dec": 12}
# Lower-case full names and abbreviations -> month number.
MONTH_NUMBERS = {**{m.lower(): i for i, m in enumerate(MONTHS, start=1)}, **MONTH_ABBREVIATIONS}
# A regular-expression alternation of the full names, capitalised (lower-case "may" and
# "march" are ordinary words).
MONTH_NAMES_RE = "|".join(MONTHS)


def alternation(words) -> str:
    """A regular-expression alternation of ``words``, escaped, longest first ('Sept' before 'Sep')."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


# The abbreviations capitalised, as a regular-expression alternation ("Sept|Sep|Jan|...").
MONTH_ABBREVIATIONS_RE = alternation(a.capitalize() for a in MONTH_ABBREVIATIONS)


def month_number(word: str) -> int | None:
    """'May' -> 5, 'Sept.' -> 9, 'dec' -> 12; None for anything else."""
    return MONTH_NUMBERS.get(word.lower().rstrip("."))


# ---------------------------------------------------------------- numbers

NUMBER_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
NUMBER_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
               "ninety": 90}
NUMBER_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
                 "trillion": 1_000_000_000_000}
NUMBER_WORDS = {**NUMBER_UNITS, **NUMBER_TENS, **NUMBER_SCALES}
# value -> word, for the values that have a word of their own (0-20, 30, 40 ... 90)
NUMBER_WORD_OF = {v: w for w, v in {**NUMBER_UNITS, **NUMBER_TENS}.items()}


def number_word(value: float) -> str | None:
    """0 to 99 in words ('seven', 'twenty-one'); None for any other value."""
    if isinstance(value, float) and not value.is_integer():
        return None
    value = int(value)
    if value in NUMBER_WORD_OF:
        return NUMBER_WORD_OF[value]
    if 20 < value < 100:
        return f"{NUMBER_WORD_OF[value - value % 10]}-{NUMBER_WORD_OF[value % 10]}"
    return None


# ---------------------------------------------------------------- qualifiers

# What stands before a number to say it is not exact, and what it means for the value. A rule
# matching these must try the longest first ("no less than" before "less than").
QUALIFIERS = {
    "more than": "more than", "in excess of": "more than", "upwards of": "more than", "greater than": "more than",
    "over": "over", "well over": "over", "just over": "over", "above": "over",
    "at least": "at least", "no less than": "at least", "not less than": "at least",
    "up to": "up to", "at most": "up to", "no more than": "up to", "not more than": "up to",
    "as many as": "up to", "as much as": "up to",
    "less than": "less than", "fewer than": "less than", "under": "less than", "below": "less than",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "about": "about", "around": "about", "approximately": "about", "approx.": "about", "roughly": "about",
    "some": "about", "an estimated": "about", "estimated": "about", "circa": "about", "c.": "about",
    "ca.": "about", "~": "~", "≈": "~",
    "as few as": "as few as", "exactly": "exactly",
}


# The qualifiers a figure's answer key lets a student leave out ("about 300": "300" is right).
# Bounds the other way ("under", "less than") are not among them.
OPTIONAL_QUALIFIERS = ("more than", "over", "about", "around", "approximately", "nearly", "almost", "at least",
                       "up to", "some", "roughly", "~")


def qualifiers_longest_first() -> list[str]:
    return sorted(QUALIFIERS, key=lambda q: (-len(q), q))


# ---------------------------------------------------------------- eras

# Headings of the sections that tell a work's story: the names in them are characters, and a
# sentence there leans on the work it belongs to.
# Ordinal words: "the Fourth (1806–7), Fifth (1809), Sixth (1813)" count coalitions, they name no one.
ORDINAL_WORDS = frozenset("""first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth""".split())
# Generational and regnal words after a personal name ("Harry McPherson, Jr.", "Henry IV"): no family name.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

PLOT_HEADING = re.compile(r"^(?:plot|synopsis|plot summary|summary|storyline|story|premise|narrative|"
                          r"(?:main|major|principal|central|other|minor|recurring|supporting)\s+characters?|characters)\b",
                          re.I)  # ("Character" alone heads a section on someone's temperament)

# before the common era: the year counts down ("B.C" without its last dot too: "built in 430 B.C")
ERAS_BEFORE = ("BCE", "BC", "B.C.E.", "B.C.", "B.C.E", "B.C")
ERAS_AFTER = ("AD", "A.D.", "CE", "C.E.", "A.D", "C.E")
ERAS = ERAS_BEFORE + ERAS_AFTER
CIRCA = ("c.", "ca.", "circa")  # "c. 850": an approximate year
MODERN_YEAR = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\b")  # a year of the modern era, as a sentence prints it
# Regular-expression alternations: any era ("44 BC", "1066 AD"), and those also written before
# the year ("AD 79", "CE 79"; "BC 44" is not how years are written).
ERAS_RE = alternation(ERAS)
ERAS_LEADING_RE = alternation(ERAS_AFTER)


# ---------------------------------------------------------------- speech and attribution

# Verbs that introduce what someone said or wrote ("X said that ...", '"...," X remarked').
SPEECH_VERBS = frozenset("""
acknowledged acknowledges added adding adds admits admitted announced announces announcing answered answers
argued argues arguing asked asking asks asserted asserting asserts boasted boasts called calling calls
characterised characterises characterized characterizes claimed claiming claims commented commenting comments
complained complains conceded concedes conclude concluded concludes confessed confesses confirming contend
contended contends criticised criticises criticized criticizes declared declares declaring described describes
describing dubbed emphasised emphasized exclaimed explained explaining explains expressed expresses hailed hails
insisted insists joked labeled labelled mentioned mentions noted notes noting observed observes opined pointed
praised praises predicted predicts proclaimed proclaims promised promises quipped read reading reads recalled
recalls recounted recounts reiterated reiterates remarked remarking remarks replied replies reported reports
responded responds said say saying says shouted state stated states stating stressed stresses suggested
suggesting suggests summarised summarises summarized summarizes telling testified testifies told tells tweeted
urged urges vowed vows warned warns write writes writing written wrote
""".split())
# Verbs of opinion: "X believed that ...", "X considered it ...".
OPINION_VERBS = frozenset("believe believed believes considered considers regarded regards think thinks thought".split())
# Verbs that attribute a figure or a claim to a source ("the census counted ...", "police put the
# toll at ...").
ATTRIBUTION_VERBS = frozenset("""
alleged alleges announced calculated citing claimed confirmed confirms counted disclosed discloses estimated
estimates estimating found give gave gives indicated indicates listed maintained maintains place placed places
projected put puts reckoned recorded registered reported reporting revealed reveals showed
""".split())
# Phrases before the source of a statement: "according to the UN, ...".
# The years of the two world wars, first and second: a date the text ties to one stays inside it.
WORLD_WARS = ((1914, 1918), (1939, 1945))

ATTRIBUTION_PHRASES = ("according to", "as reported by", "as stated by", "as estimated by", "reported by",
                       "estimated by", "per")


# ---------------------------------------------------------------- titles

@lru_cache(maxsize=1)
def _people_data() -> dict:
    path = Path(__file__).parent / "extract" / "data" / "people.json"
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """Titles before a name, lower case ('president', 'lt.', 'sir'), from the people rules' data."""
    return frozenset(_people_data()["titles"])


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """Nationality words, lower case ('british', 'french'), from the people rules' data."""
    return frozenset(_people_data()["demonyms"])


# ---------------------------------------------------------------- fast tests

def _caseless_pair(pattern: str) -> tuple[re.Pattern, re.Pattern]:
    if pattern != pattern.lower() or any(c.isalpha() and not c.isascii() for c in pattern):
        raise ValueError(f"not a pattern in lower-case ASCII letters: {pattern!r}")
    return re.compile(pattern, re.I), re.compile(pattern)


def caseless_test(pattern: str) -> Callable[[str], bool]:
    """Does ``re.compile(pattern, re.I)`` find a match in a text? Several times faster on ASCII
    text, where the lowered text searched without re.I gives the same answer (re.I equates "ſ"
    with "s" or the Kelvin sign with "k", but only outside ASCII). ``pattern`` is written in
    lower case, its letters ASCII, so that lowering the text cannot change what it matches."""
    caseless, lower = _caseless_pair(pattern)

    def test(text: str) -> bool:
        if text.isascii():
            return lower.search(text.lower()) is not None
        return caseless.search(text) is not None

    return test


def caseless_finditer(pattern: str) -> Callable[[str], Iterator[re.Match]]:
    """``re.compile(pattern, re.I).finditer``, faster on ASCII text in the same way as
    ``caseless_test``: there the matches are those of the lowered text, at the same offsets,
    with their groups in lower case (read the text itself where the case matters)."""
    caseless, lower = _caseless_pair(pattern)

    def finditer(text: str) -> Iterator[re.Match]:
        return lower.finditer(text.lower()) if text.isascii() else caseless.finditer(text)

    return finditer


# ---------------------------------------------------------------- comparing text

_ABOVE_U02FF = re.compile("[^\x00-\u02ff]")  # combining marks all lie at U+0300 and above
_DASHES = re.compile(r"[‐-―−]")
_QUOTES = re.compile(r"[\"'“”‘’`]")


def strip_accents(text: str) -> str:
    """Decompose (NFKD) and drop the combining marks: 'Şuşa' -> 'Susa'."""
    if text.isascii():  # nothing to decompose: the common case, kept fast
        return text
    text = unicodedata.normalize("NFKD", text)
    return _ABOVE_U02FF.sub(lambda m: "" if unicodedata.combining(m.group()) else m.group(), text)


def _fold(text: str, names: bool) -> str:
    text = strip_accents(text)
    # " ".join(text.split()) is re.sub(r"\s+", " ", text).strip(): str.split and the pattern's \s
    # take the same characters for white space, and the split is several times faster
    if names:
        # a name keeps its punctuation ('"Dick"', 'K.'): only curly quotes are made straight
        # ("Benjamin D’Urban" is "Benjamin d'Urban")
        return " ".join(text.replace("“", '"').replace("”", '"').replace("’", "'").split()).casefold()
    if not text.isascii():
        text = _DASHES.sub("-", text)
    return " ".join(_QUOTES.sub("", text).split()).casefold().rstrip(".")


# One cache per form: the same strings are folded again and again (names recur in every sentence).
@lru_cache(maxsize=65536)
def _fold_answer(text: str) -> str:
    return _fold(text, False)


@lru_cache(maxsize=65536)
def fold_name(text: str) -> str:
    """``fold(text, names=True)``, called directly by the people rules for every mention."""
    return _fold(text, True)


def fold(text, names: bool = False) -> str:
    """The form text is compared in: lower case, no accents, one space between words.

    For answers (the default) quotation marks and a final period go and every dash is a
    hyphen, so '“Şuşa”.' and 'susa' are equal. With ``names`` the punctuation of a name stays
    ('K.' is an initial, '"Dick"' a nickname) and only curly double quotes become straight.
    """
    return fold_name(str(text)) if names else _fold_answer(str(text))
