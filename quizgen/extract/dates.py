"""Date rules: find calendar expressions in the body and normalise them to ISO 8601.

What counts as a date follows ``tests/data/gold/README.md``: full dates in either order, day and
month with the year taken from context, month and year, years used as years, seasons and parts
of a year, decades, ranges, and years of the ancient era (``AD 96``, ``44 BC``). Centuries,
relative expressions, times of day and numbers that merely look like years are not dates.

The work happens in two passes. :func:`scan` finds the expressions of one piece of text with a
list of patterns, most specific first, and never lets two of them overlap; expressions without a
year keep ``None`` in its place. :func:`extract` then walks the document in order and fills the
missing years from the nearest date before them (same paragraph, then the article's event date
from the infobox, then the same section), and drops what it cannot anchor.

Values: ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; a range is ``start/end``; years below 1000 keep
four digits (``0096``) and BC years are astronomical (``44 BC`` -> ``-0043``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from quizgen import vocab
from quizgen.extract import zones
from quizgen.model import Document, Fact, Sentence

# Month names are matched capitalised only: "may" and "march" are also ordinary words.
_MONTH_FULL = f"(?:{vocab.MONTH_NAMES_RE})(?![a-z])"  # (not the "August" of "6 Augustus established")
_MONTH = rf"(?:(?:{vocab.MONTH_NAMES_RE})(?![a-z])|(?:{vocab.MONTH_ABBREVIATIONS_RE})\.?(?=\s?\d))"
_DAY = r"(?<![\d,.])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_ERA = rf"(?:{vocab.ERAS_RE})(?![A-Za-z])"
_LEADING_ERA = rf"(?:{vocab.ERAS_LEADING_RE})"
_YEAR = rf"(?<![\d,.])(?:{_LEADING_ERA}\s?)?\d{{1,4}}(?:\s?{_ERA})?(?![\d])(?!['’]?s\b)(?!,\d)(?!\.\d)(?!(?:st|nd|rd|th)\b)"
_FULL = rf"(?:{_DAY}\s+{_MONTH},?\s+{_YEAR}|{_MONTH}\s+{_DAY},?\s+{_YEAR}|the\s+{_DAY}\s+of\s+{_MONTH},?\s+{_YEAR})"
_DM = rf"(?:{_DAY}\s+{_MONTH}|{_MONTH}\s+{_DAY}(?!\s?[–—-]\s?\d)|the\s+{_DAY}\s+of\s+{_MONTH})"
_MY = rf"(?:{_MONTH},?\s+{_YEAR})"
_TO = r"(?:\s?[–—]\s?|-|\s+(?:to|until|till|through)\s+)"
_DECADE_OR_YEAR = r"(?i:(?:the\s+)?(?:(?:early|mid|late)[\s-]?)?)(?<![\d,.])\d{3}0['’]?s\b|(?<![\d,.])\d{4}(?![\d'’])(?!s\b)"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_PART = r"(?:early|mid|late|the\s+(?:end|beginning|start|middle|first\s+half|second\s+half)\s+of)"

# Words after a number that make it a count or a measure rather than a year.
_COUNT_WORDS = set("""
men women people persons soldiers troops servicemen civilians casualties dead killed wounded
prisoners refugees residents inhabitants members students votes points goals runs yards passes
m km cm mm ft feet foot metres meters meter metre miles mile kilometres kilometers kilometre
kilometer inches inch yards yard yd yds mi nmi kg g lb lbs pounds tons tonnes tonne acres hectares ha gal rpm
hours hrs h minutes seconds days weeks months years decades centuries millennia utc gmt local z hp kw mw mph knots kn
aircraft planes tanks guns ships vessels vehicles homes houses buildings units copies pages
species specimens words lines families children households employees workers cases deaths
pa kpa hpa mbar atm psi au ly mya bya ma kelvin degrees
thousand million billion trillion
""".split())
_ADJECTIVE_THEN_NOUN = re.compile(r"\s+[a-z]+\s+([a-z]+)\b")
# Words before a number that make it a quantity or a name, not a year.
_QUANTITY_WORDS = set("""
population total sum maximum minimum height depth altitude elevation length width distance
capacity crowd attendance strength score record rate average number speed weight mass area budget
cost price increased decreased rose fell grew dropped reached numbered totalled totaled
resolution no no. number nr page pp p route highway flight room model type class catalogue
bwv hwv kv opus op op. hob rv woo twv
""".split())  # (the last line: catalogues of composers' works, "BWV 1001", "Op. 1812")
_PREPOSITION_CUES = set("""
in since by until till from during of to after before around about circa c. ca. c ca
between through throughout for year born died b. d. early late mid mid- spring summer
autumn fall winter
""".split())
_SHORT_YEAR_CUES = set("""
in since by until till from during of after before around circa c. ca. c ca early late mid mid-
between through throughout year born died b. d.
""".split())
_DETERMINERS = set("the a an his her its their our this that these those".split())
_EVENT_NAMES = set("""
contest olympics games cup championship championships election elections census festival expo
summit awards season tour conference series open world act
""".split())
_FUNCTION_WORDS = set("""
the a an he she it they we i his her its their this that these those and or but when while
as at in on to with which who where after before until since during for of by from was were
had has have is are be been under over against upon into through throughout amid among following
""".split())


@dataclass
class Found:
    """One date expression in a piece of text; ``None`` years are still to be inferred."""

    start: int
    end: int
    text: str
    precision: str
    parts: list[tuple[int | None, int | None, int | None]]  # (year, month, day), 1 or 2 ends

    @property
    def needs_year(self) -> bool:
        return any(y is None for y, _, _ in self.parts)

    def value(self) -> str:
        ends = [_iso(*p, self.precision) for p in self.parts]
        return "/".join(ends)


def _iso(year: int | None, month: int | None, day: int | None, precision: str) -> str:
    if year is None:
        raise ValueError("year not resolved")
    y = f"-{abs(year):04d}" if year < 0 else f"{year:04d}"
    if precision == "day" and month and day:
        return f"{y}-{month:02d}-{day:02d}"
    if precision in ("day", "month") and month:  # (a span from a day to a month: "to March 1775")
        return f"{y}-{month:02d}"
    return y


# ---------------------------------------------------------------- small parsers

def _month(text: str) -> int:
    number = vocab.month_number(text.strip())
    if number is None:
        raise KeyError(text)
    return number


# The eras with their periods dropped ("B.C." -> "BC"), as _year reads them.
_PLAIN_ERAS_BEFORE = {e.replace(".", "") for e in vocab.ERAS_BEFORE}
_PLAIN_YEAR = re.compile(r"(?:(" + vocab.alternation({e.replace(".", "") for e in vocab.ERAS_AFTER}) + r")\s?)?(\d{1,4})"
                         r"(?:\s?(" + vocab.alternation({e.replace(".", "") for e in vocab.ERAS}) + r"))?")


_YEAR_PHRASE_BEFORE = re.compile(r"(?:\b(?:through|until|till|to|by|since|from|before|after|in)\s+(?:at\s+least|as\s+late\s+as|"
                                 r"as\s+early\s+as|as\s+recently\s+as)\s+|\b(?:[Aa]s\s+(?:early|late|recently)\s+as)\s+|"
                                 r"\b(?:[Pp]re|[Pp]ost)-|\b(?:Acts?|Treat(?:y|ies)|Statutes?|Union|Peace|Edict|Charter)\s+of\s+"
                                 r"(?:the\s+)?[A-Z][\w'’-]+\s+)$")
# "(Tucker ", "(Hodge and Smith ", "(Ehret et al. ", "(see Greenberg ": an author cited before a year
_CITED_AUTHOR_BEFORE = re.compile(r"\((?:see |cf\. |e\.g\. )?[A-Z][\w'’-]+(?:\s+(?:and|&)\s+[A-Z][\w'’-]+|\s+et al\.?)?,?\s*$")


def _year(text: str) -> int | None:
    """A year as an astronomical number, or None when the text cannot be a year."""
    t = text.strip().replace(".", "")
    if re.fullmatch(r"\d{1,2},\d{3}\s?(?:" + vocab.alternation(_PLAIN_ERAS_BEFORE) + ")", t):
        return 1 - int(re.sub(r"\D", "", t))  # "7,500 BC": prehistory, counted in thousands
    era = None
    m = _PLAIN_YEAR.fullmatch(t)
    if not m:
        return None
    era = m.group(1) or m.group(3)
    n = int(m.group(2))
    if era in _PLAIN_ERAS_BEFORE:
        return 1 - n if n > 0 else None
    if era is None and (len(m.group(2)) < 3 or m.group(2).startswith("0")):
        return None
    if n == 0 or n > 2100:
        return None
    return n


def _has_era(text: str) -> bool:
    return bool(re.search(_ERA, text))


_DM_PARTS = re.compile(
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH})"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|the\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\s+of\s+(?P<m3>{_MONTH}))")


def _parse_dm(text: str) -> tuple[int, int] | None:
    m = _DM_PARTS.match(text.strip())
    if not m:
        return None
    d = int(m.group("d1") or m.group("d2") or m.group("d3"))
    mon = _month(m.group("m1") or m.group("m2") or m.group("m3"))
    if not 1 <= d <= _days_in(mon):
        return None
    return mon, d


def _days_in(month: int) -> int:
    return [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]


def _parse_full(text: str) -> tuple[int, int, int] | None:
    dm = _parse_dm(text)
    ym = re.search(rf"({_YEAR})\s*$", text)
    if not dm or not ym:
        return None
    y = _year(ym.group(1))
    return (y, dm[0], dm[1]) if y is not None else None


# ---------------------------------------------------------------- context tests

def _word_before(text: str, pos: int, n: int = 1) -> list[str]:
    words = re.findall(r"[\w.'’-]+", text[max(0, pos - 80):pos])
    return [w.lower() for w in words[-n:]]


def _word_after(text: str, pos: int) -> str:
    m = re.match(r"\s*([A-Za-z%][\w-]*|%)", zones.right(text, pos))
    return m.group(1) if m else ""


def _is_count_after(text: str, pos: int) -> bool:
    """True when the number just before ``pos`` counts or measures something."""
    after = zones.right(text, pos)
    if re.match(r"\s?(?:%|per\s?cent|percent|\+|[×x]\s?\d)", after):
        return True
    if re.match(r"\s?K\b(?!\s+[A-Z]|-)", after):
        return True  # "1973 K": kelvins (not "the 2016 K League")
    word = _word_after(text, pos)
    return word.lower() in _COUNT_WORDS


# "a Senate of 200 to 300 individuals": after a number, the rest of a count's range (the figure rules ask too)
COUNT_RANGE_AFTER = re.compile(r"\s*(?:to|or|[–—-])\s*\d{1,4}\s+(?!(?:" + vocab.ERAS_RE + r")\b)[a-z]+s\b")


def _short_year_ok(text: str, end: int) -> bool:
    """A three-digit year needs a clean end: punctuation, the end, or a function word after it.

    ``in 755,`` and ``by 757 the couple`` are years; ``of 500 soldiers`` is a count.
    """
    after = zones.right(text, end)
    if re.match(r"\s*(?:$|[,.;:)\]–—-]|and\b|or\b|\((?!\d))", after):
        return True  # ("on 25 March 421 (the Feast of the Annunciation)")
    if re.match(r"\s+[a-z]+ed\s+(?:[A-Z]|(?:the|a|an|his|her|its|their)\s)", after):
        return True  # "in 814 recognized Venice": a verb follows (not "500 armed men")
    word = _word_after(text, end)
    return word.lower() in _FUNCTION_WORDS or (word[:1].isupper() and word.lower() not in _COUNT_WORDS)


def _year_after_month_ok(text: str, end: int) -> bool:
    """A short number right after a day and month ("9 June 68 brought") is its year unless a
    counted thing follows ("9 June 40 soldiers")."""
    if _short_year_ok(text, end):
        return True
    word = _word_after(text, end).lower()
    plural = word.endswith("s") and word not in {"was", "has", "is", "his", "its", "this", "thus", "as"}
    return bool(word) and word not in _COUNT_WORDS and not plural and not _is_count_after(text, end)


def _named(text: str, start: int, end: int) -> bool:
    """A date used as a name (``a station named 8 November``) or a recurring one (``every May 1``)."""
    if re.search(r"[\"“]$", zones.left(text, start)) and re.match(r"[^\"”]{0,3}[\"”]", zones.right(text, end)):
        return True  # "8 November" Avenue
    before = _word_before(text, start, 2)
    return bool(before) and (before[-1] in ("named", "called", "titled", "renamed", "every", "each", "annual")
                             or before[-2:] == ["on", "every"])


# ---------------------------------------------------------------- scanning

# Patterns, most specific first, each with the name of the _Scanner method that reads a match.
_PATTERNS_SRC = [
    (r"(?<![\d-])(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d-])", "iso"),
    (rf"(?P<a>{_FULL})(?P<sep>{_TO})(?P<b>{_FULL})", "full_range"),
    # "from 6 December 1774 to March 1775": a day to a month
    (rf"(?P<a>{_FULL})(?P<sep>\s?[–—]\s?|\s+(?:to|until|till|through)\s+)(?P<b>{_MY})", "full_to_month_year"),
    (rf"(?P<a>{_DM})(?P<sep>\s?[–—]\s?|\s+(?:to|until|till|through)\s+)(?P<b>{_FULL})", "dm_full_range"),
    # "between 23 October and 1 December 1707": one span
    (rf"(?<=[Bb]etween )(?P<a>{_DM})(?P<sep>\s+and\s+)(?P<b>{_FULL})", "dm_full_range"),
    (rf"(?P<d1>{_DAY})(?:\s?[–—-]\s?|\s+(?:to|and|until|through)\s+)(?P<d2>{_DAY})\s+(?P<m>{_MONTH})"
     rf"(?:,?\s+(?P<y>{_YEAR}))?", "day_range"),
    # ("from October 6 to 25, 1973": a day range written month first, with words)
    (rf"(?P<m>{_MONTH})\s+(?P<d1>{_DAY})(?:\s?[–—-]\s?|\s+(?:to|until|through)\s+)(?P<d2>{_DAY})(?![,.]\d)"
     rf"(?:,?\s+(?P<y>{_YEAR}))?", "day_range"),
    (rf"(?P<a>{_FULL})", "full"),
    (rf"(?P<a>{_MY})(?P<sep>{_TO})(?P<b>{_MY})", "month_year_range"),
    # "From September 1513 to 1516": a span from a month to a year
    (rf"(?P<a>{_MY})(?P<sep>\s?[–—]\s?|\s+(?:to|until|till|through)\s+)(?P<y2>(?<![\d,.])\d{{4}})(?![\d'’])(?!s\b)(?![.,]\d)",
     "month_year_to_year"),
    (rf"(?:(?P<mod>{_PART})[\s-]?)?(?P<m1>{_MONTH_FULL})(?P<sep>\s?[–—-]\s?|\s+(?:to|until|through|and|or)\s+)"
     rf"(?P<m2>{_MONTH_FULL}),?\s+(?P<y>{_YEAR})", "month_pair"),
    (rf"(?:(?P<mod>{_PART})[\s-]?)?(?P<m>{_MONTH}),?\s+(?:of\s+)?(?P<y>{_YEAR})", "month_year"),
    (rf"(?:(?P<kw>[Ff]rom|[Bb]etween)\s+)?(?P<a>{_DM})(?P<sep>\s?[–—]\s?|\s+(?:to|until|till|through|and)\s+)"
     rf"(?P<b>{_DM})(?!,?\s*\d)", "dm_range"),
    (rf"(?P<dm>{_DM})", "day_month"),
    (r"(?P<h>New Year['’]s Day|New Year['’]s Eve|Christmas Day|Christmas Eve)"
     rf"(?:,?\s+(?P<y>{_YEAR}))?", "holiday"),
    (rf"(?i:(?:the\s+)?(?:(?:early|late|mid)[\s-]?)?{_SEASON}(?:\s+of)?,?)\s+(?P<y>{_YEAR})"
     r"(?:[–—/-](?P<y2>\d{2,4})(?!\d))?", "season"),
    (rf"\b(?i:(?P<mod>{_PART}))[\s-]?(?P<y>{_YEAR})", "part_year"),
    # "from the 1920s to the 1960s", "the late 1920s through the 1930s", "from 1942 to the mid-1950s": one span
    (rf"(?:(?P<kw>[Ff]rom|[Bb]etween|[Ss]tarting in)\s+)?(?P<a>{_DECADE_OR_YEAR})"
     rf"(?P<sep>\s?[–—]\s?|\s+(?:to|until|till|through|and|up to)\s+)"
     rf"(?P<b>{_DECADE_OR_YEAR})", "decade_range"),
    (r"(?i:(?P<the>the\s+)?(?:(?P<mod>early|mid|late)[\s-]?)?)(?<![\d,.])(?P<dec>\d{2,3}0)['’]?s\b", "decade"),
    (rf"(?:(?P<kw>[Ff]rom|[Bb]etween)\s+(?:the\s+years\s+(?:of\s+)?)?)?(?P<y1>{_YEAR})"
     rf"(?P<sep>\s?[–—-]\s?|/|\s+(?:to|and|until|till|through)\s+)"
     rf"(?P<y2>(?<![\d,.])\d{{1,4}}(?:\s?{_ERA})?)(?![\d])(?!,\d)", "year_range"),
    (rf"(?:{_LEADING_ERA}\s?\d{{1,4}}|(?<![\d,.])\d{{1,4}}\s?{_ERA}|(?<![\d,.])\d{{1,2}},\d{{3}}\s?(?:{vocab.alternation(vocab.ERAS_BEFORE)})(?![A-Za-z]))", "era_year"),
    (r"(?:(?<![\w/#$£€.,-])|(?<=\bpre-)|(?<=\bpost-))(?P<y>\d{3,4})(?![\w/%-])(?![.,]\d)", "bare_year"),
    (r"(?<![\w/#$£€.,:-])(?P<y>[1-9]\d?)(?![\w/%:-])(?![.,]\d)", "early_year"),
    (rf"(?i:(?P<mod>early|mid|late|throughout|in|during|by|until|since|from|through|to|of|that|this)[\s-]+)"
     rf"(?P<m>{_MONTH_FULL})\b(?!\s*\d)", "month_alone"),
]
_PATTERNS = [(re.compile(p), name) for p, name in _PATTERNS_SRC]
_NEEDS_DIGIT = {name for _, name in _PATTERNS_SRC} - {"holiday", "month_alone"}
_NEEDS_MONTH = {"full_range", "full_to_month_year", "dm_full_range", "day_range", "full", "month_year_range", "month_year_to_year", "month_pair",
                "month_year", "dm_range", "day_month", "month_alone"}
_MONTH_PREFIXES = tuple(m[:3] for m in vocab.MONTHS)  # every month word starts with one
_MONTH_NAME = re.compile("|".join(vocab.MONTHS))  # (one scan for the twelve names: faster than twelve)
# Words or characters each pattern cannot match without: a substring test per sentence is far
# cheaper than running a pattern that fails at every position.
_REQUIRES = {
    "iso": lambda t, low: "-" in t,
    "month_pair": lambda t, low: _MONTH_NAME.search(t) is not None,
    "month_alone": lambda t, low: _MONTH_NAME.search(t) is not None,
    "holiday": lambda t, low: "Christmas" in t or "New Year" in t,
    "early_year": lambda t, low: False,  # run only for an article of the first centuries AD
    "season": lambda t, low: any(w in low for w in ("spring", "summer", "autumn", "fall", "winter")),
    "part_year": lambda t, low: any(w in low for w in ("early", "mid", "late", "end", "beginning", "start", "half")),
    "decade": lambda t, low: "0s" in t or "0'" in t or "0’" in t,
    "decade_range": lambda t, low: "0s" in t or "0'" in t or "0’" in t,
    "era_year": lambda t, low: any(e in t for e in vocab.ERAS),
}


# Each pattern with the anchor its zones are around (None: the whole text) and its test, if any.
_PLAN = [(pattern, name, "month" if name in _NEEDS_MONTH else "digit" if name in _NEEDS_DIGIT else None,
          _REQUIRES.get(name)) for pattern, name in _PATTERNS]


# Every date expression holds a digit or a month word, and none reaches further than a few words
# from one ("the second half of September", "between the 5th"): each pattern runs only over the
# zones of text around the anchors it needs (see quizgen.extract.zones).
_DIGIT_ANCHOR = re.compile(r"\d\d*")  # (starts with a character class: the engine skips fast)
_MONTH_ANCHOR = re.compile("|".join(_MONTH_PREFIXES))
_ZONE_MARGIN = 50  # characters kept around an anchor: twice the longest lead-in or tail seen


# "born c. 850", "died in 632": a three-digit year even where the text is not otherwise ancient.
# ("(b. 857)", "(d. 926)": the same abbreviated in brackets)
_LIFE_EVENT_BEFORE = re.compile(r"\b(?:born|died)\s+(?:in\s+)?(?:(?:c\.|ca\.|circa|about|around)\s*)?$|"
                                r"[(;,]\s*(?:b|d|fl|r)\.\s*(?:(?:c\.|ca\.)\s*)?$")


# "founded about 810", "built in 832": the year a place or a body began, in any article; and "In 845, ..."
# opening a sentence: a count there would be followed by its noun, not a comma
_FOUNDED_BEFORE = re.compile(r"\b(?:founded|established|built|consecrated|chartered)\s+(?:in\s+)?"
                             r"(?:(?:c\.|ca\.|circa|about|around)\s*)?$")


def _short_year_cue(text: str, start: int, end: int) -> bool:
    """Does the text mark a three-digit number as a year where the article writes no ancient years?"""
    return bool(_LIFE_EVENT_BEFORE.search(text, max(0, start - 40), start)
                or _FOUNDED_BEFORE.search(text, max(0, start - 40), start)
                or start == 3 and text.startswith("In ") and text[end:end + 1] == ",")


_LISTED_YEAR = re.compile(r"(,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|/)(?:probably\s+|possibly\s+|again\s+|in\s+)*"
                          r"(?P<y>\d{3,4})(?![\w/%-])(?![.,]\d)")


# A number that a running count reaches stands where a year could ("up to 2070", "to 1805").
_COUNT_POSITION = re.compile(
    r"\b(?:total|totals|tally|toll|count|number|numbers|cases|deaths|infections|bringing|brought|raising|"
    r"raised|pushing|pushed|rose|risen|rising|climbed|climbing|increased|increasing|grew|growing|jumped|"
    r"reached|reaching)\b(?:\s+[\w'’-]+){0,6}?\s+(?:up\s+)?(?:to|at)\s*$", re.IGNORECASE)


_CITING_VERB = re.compile(r"\s+(?:lists|listed|argues|argued|notes|noted|suggests|suggested|writes|wrote|"
                          r"shows|showed|claims|claimed|concludes|concluded|observes|observed|proposes|proposed)\b")


# A day and month of every year: a holiday, a feast, what is celebrated or held each year
# Words before a number that make it a count: "averaging around 200", "numbering some 300"
_COUNT_BEFORE = re.compile(r"\b(?:averag(?:e|es|ed|ing)|number(?:s|ed|ing)?|total(?:s|led|ling|ed|ing)?|population of|"
                           r"exceeding|" + vocab.alternation(q for q, sense in vocab.QUALIFIERS.items()
                                                            if sense in ("more than", "over", "at least", "up to",
                                                                         "less than")) +
                           r")\s+(?:of\s+)?(?:(?:" + vocab.alternation(q for q, sense in vocab.QUALIFIERS.items()
                                                                      if sense in ("about", "nearly")) + r")\s*)?$", re.I)
_RECURRING_DAY = re.compile(r"\b(?:holiday|feast day|national day|name day|celebrated|celebrates|commemorated|"
                            r"commemorates|observed annually|every year|each year|annually)\b", re.I)
# "on the third Tuesday in February, May and ...": a day of every year's months, not a date
_WEEKDAY_OF_MONTHS = re.compile(r"\b(?:first|second|third|fourth|fifth|last)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                                r"(?:\s+(?:in|of)\s+\w+(?:,?\s+(?:and\s+)?\w+)*)?[\s,]*(?:in|of|and)?\s*$")


# The last word of a name whose bracketed years are its span, not a birth and a death.
_SPAN_HEADS = {"war", "wars", "era", "period", "age", "dynasty", "revolution", "rebellion", "uprising", "empire",
               "republic", "kingdom", "crisis", "emergency", "movement", "occupation", "reign", "regime", "siege",
               "campaign", "conflict", "government", "administration", "presidency", "troubles", "insurgency",
               "protectorate", "mandate", "union", "league", "federation", "confederation", "caliphate",
               "sultanate", "shogunate", "khanate", "expedition", "blockade", "famine", "depression",
               "pandemic", "epidemic", "series", "tour", "programme", "program", "project", "mission",
               # a building's years are the years it was built: "the Royal Palace (1825–1848)"
               "palace", "building", "cathedral", "basilica", "abbey", "monastery", "temple", "mosque", "synagogue",
               "bridge", "tower", "museum", "theatre", "theater", "station", "fortress", "castle", "library",
               "stadium", "canal", "railway", "exchange", "opera", "gallery", "parliament", "capitol"}


class _Scanner:
    """Finds the date expressions of one text; each pattern handler returns Found items or None."""

    def __init__(self, text: str, ancient: bool = False, early: bool = False):
        self.text = text
        self.ancient = ancient
        self.early = early
        self.found: list[Found] = []
        self.taken: list[tuple[int, int]] = []

    def free(self, start: int, end: int) -> bool:
        # The taken spans are kept sorted and apart (overlapping ones merged), so their ends are
        # sorted too: only the last span starting before ``end`` can reach past ``start``.
        k = bisect.bisect_left(self.taken, (end, -1))
        return k == 0 or self.taken[k - 1][1] <= start

    def add(self, items: list[Found]) -> None:
        for it in items:
            self.found.append(it)
        if items:
            lo, hi = min(i.start for i in items), max(i.end for i in items)
            k = bisect.bisect_left(self.taken, (lo, -1))
            while k > 0 and self.taken[k - 1][1] > lo:  # merge what it overlaps
                k -= 1
                lo, hi = min(lo, self.taken[k][0]), max(hi, self.taken[k][1])
                del self.taken[k]
            while k < len(self.taken) and self.taken[k][0] < hi:
                hi = max(hi, self.taken[k][1])
                del self.taken[k]
            self.taken.insert(k, (lo, hi))

    def item(self, start, end, precision, parts) -> Found:
        return Found(start, end, self.text[start:end], precision, parts)

    def year_ok(self, raw: str, end: int) -> int | None:
        """Parse a year written next to a month, a season or a range, and check its ending."""
        y = _year(raw)
        if y is None:
            # "On 18 September 96," in an article on the first centuries AD: a two-digit year.
            short = re.fullmatch(r"[1-9]\d?", raw.strip())
            return int(raw) if short and self.early and _year_after_month_ok(self.text, end) else None
        digits = re.sub(r"\D", "", raw)
        if not _has_era(raw) and len(digits) == 3 and not (self.ancient and _short_year_ok(self.text, end)):
            return None
        return y

    def run(self) -> list[Found]:
        t = self.text
        # Most sentences hold no digit or no month name: skip the patterns that need one.
        digit_zones = zones.around(t, _DIGIT_ANCHOR, _ZONE_MARGIN)
        month_zones = zones.around(t, _MONTH_ANCHOR, _ZONE_MARGIN)
        where_by_anchor = {"month": month_zones, "digit": digit_zones, None: [(0, len(t))]}
        low = t.lower()
        for pattern, name, anchor, requires in _PLAN:
            where = where_by_anchor[anchor]
            if not where:
                continue  # (no anchor: the test below could only say no as well)
            if requires is not None and not requires(t, low) and not (name == "early_year" and self.early):
                continue
            handler = getattr(self, name)
            for m in zones.finditer(pattern, t, where):
                if not self.free(m.start(), m.end()):
                    continue
                items = handler(m)
                if items:
                    self.add(items)
        self.list_years()
        self.found.sort(key=lambda f: f.start)
        return self.found

    # -- handlers

    def full_range(self, m):
        a, b = _parse_full(m.group("a")), _parse_full(m.group("b"))
        if not a or not b or b <= a:
            return None
        if self.lifespan(m.start(), m.end(), b[0] - a[0]):
            return [self.item(m.start("a"), m.end("a"), "day", [a]),
                    self.item(m.start("b"), m.end("b"), "day", [b])]
        return [self.item(m.start(), m.end(), "day", [a, b])]

    def full_to_month_year(self, m):
        a, b = _parse_full(m.group("a")), self.my(m.group("b"), m.end("b"))
        if not a or not b or (b[0], b[1]) <= (a[0], a[1]):
            return None
        return [self.item(m.start(), m.end(), "day", [a, (b[0], b[1], None)])]

    def dm_full_range(self, m):
        a, b = _parse_dm(m.group("a")), _parse_full(m.group("b"))
        if not a or not b:
            return None
        y = b[0] if a <= (b[1], b[2]) else b[0] - 1
        return [self.item(m.start(), m.end(), "day", [(y, a[0], a[1]), b])]

    def day_range(self, m):
        d1, d2 = int(re.match(r"\d+", m.group("d1")).group()), int(re.match(r"\d+", m.group("d2")).group())
        mon = _month(m.group("m"))
        if not (1 <= d1 < d2 <= _days_in(mon)):
            return None
        y = None
        if m.group("y"):
            y = self.year_ok(m.group("y"), m.end("y"))
            if y is None:  # "8–9 May 300 soldiers": keep the days, not the number
                return None
        if y is None and _named(self.text, m.start(), m.end()):
            return None
        return [self.item(m.start(), m.end(), "day", [(y, mon, d1), (y, mon, d2)])]

    def full(self, m):
        dm = _parse_dm(m.group("a"))
        ym = re.search(rf"({_YEAR})\s*$", m.group("a"))
        y = self.year_ok(ym.group(1), m.end()) if dm and ym else None
        if y is None:
            return None
        return [self.item(m.start(), m.end(), "day", [(y, dm[0], dm[1])])]

    def month_year_range(self, m):
        a, b = self.my(m.group("a"), m.end("a")), self.my(m.group("b"), m.end("b"))
        if not a or not b or b <= a:
            return None
        return [self.item(m.start(), m.end(), "month", [(a[0], a[1], None), (b[0], b[1], None)])]

    def month_year_to_year(self, m):
        a = self.my(m.group("a"), m.end("a"))
        y2 = self.year_ok(m.group("y2"), m.end("y2"))
        if not a or y2 is None or not 0 < y2 - a[0] <= 100 or _is_count_after(self.text, m.end()):
            return None
        return [self.item(m.start(), m.end(), "month", [(a[0], a[1], None), (y2, None, None)])]

    def my(self, text: str, end: int) -> tuple[int, int] | None:
        mm = re.match(rf"({_MONTH}),?\s+(.+)$", text.strip())
        if not mm:
            return None
        y = self.year_ok(mm.group(2), end)
        return (y, _month(mm.group(1))) if y is not None else None

    def month_pair(self, m):
        y = self.year_ok(m.group("y"), m.end("y"))
        if y is None:
            return None
        m1, m2 = _month(m.group("m1")), _month(m.group("m2"))
        sep = m.group("sep").strip()
        if sep == "and" and re.search(r"\b[Bb]etween\s+$", zones.left(self.text, m.start(), 12)) and m1 < m2:
            sep = "to"  # "Between April and December 1775": one span
        if sep in ("and", "or"):
            return [self.item(m.start(), m.end("m1"), "month", [(y, m1, None)]),
                    self.item(m.start("m2"), m.end(), "month", [(y, m2, None)])]
        if m1 >= m2:
            return None
        return [self.item(m.start(), m.end(), "month", [(y, m1, None), (y, m2, None)])]

    def month_year(self, m):
        y = self.year_ok(m.group("y"), m.end("y"))
        if y is None or _is_count_after(self.text, m.end()):
            return None
        return [self.item(m.start(), m.end(), "month", [(y, _month(m.group("m")), None)])]

    def dm_range(self, m):
        """``from 2 May to 30 November``: a span of days whose year comes from the context."""
        sep, kw = m.group("sep").strip(), (m.group("kw") or "").lower()
        if sep not in ("–", "—") and not kw or sep == "and" and kw != "between":
            return None
        a, b = _parse_dm(m.group("a")), _parse_dm(m.group("b"))
        if not a or not b or a == b or _named(self.text, m.start(), m.end()):
            return None
        return [self.item(m.start("a"), m.end(), "day", [(None, a[0], a[1]), (None, b[0], b[1])])]

    def day_month(self, m):
        dm = _parse_dm(m.group("dm"))
        if not dm or _named(self.text, m.start(), m.end()):
            return None
        after = zones.right(self.text, m.end())
        if re.match(r"\s?(?::\d|%|[–—-]\s?\d)", after):  # a time, a share or a score, not a day
            return None
        if _RECURRING_DAY.search(self.text):
            return None  # "Its national holiday is Meritxell Day, 8 September": a day of every year
        return [self.item(m.start(), m.end(), "day", [(None, dm[0], dm[1])])]

    def holiday(self, m):
        month, day = {"new year's day": (1, 1), "new year's eve": (12, 31), "christmas day": (12, 25),
                      "christmas eve": (12, 24)}[m.group("h").replace("’", "'").lower()]
        y = self.year_ok(m.group("y"), m.end("y")) if m.group("y") else None
        if m.group("y") and y is None:
            return None
        if y is None and _named(self.text, m.start(), m.end()):
            return None
        return [self.item(m.start(), m.end(), "day", [(y, month, day)])]

    def season(self, m):
        y = self.year_ok(m.group("y"), m.end("y"))
        if y is None or _is_count_after(self.text, m.end()):
            return None
        if m.group("y2"):  # the winter of 1941–42
            raw = m.group("y2")
            y2 = int(str(y)[:4 - len(raw)] + raw) if len(raw) < 4 else int(raw)
            if y < y2 <= y + 1:
                return [self.item(m.start(), m.end(), "year", [(y, None, None), (y2, None, None)])]
            return [self.item(m.start(), m.end("y"), "year", [(y, None, None)])]
        return [self.item(m.start(), m.end(), "year", [(y, None, None)])]

    def iso(self, m):
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        if not 1000 <= y <= 2100 or d > _days_in(mo):
            return None
        return [self.item(m.start(), m.end(), "day", [(y, mo, d)])]

    def part_year(self, m):
        raw = m.group("y")
        y = self.year_ok(raw, m.end("y"))
        if y is None or _is_count_after(self.text, m.end()):
            return None
        return [self.item(m.start(), m.end(), "year", [(y, None, None)])]

    def decade(self, m):
        n = int(m.group("dec"))
        if n < 100 or (n < 1000 and not m.group("the")):
            return None
        if n > 2100:
            return None
        start = m.start() if m.group("the") or m.group("mod") else m.start("dec")
        return [self.item(start, m.end(), "decade", [(n, None, None), (n + 9, None, None)])]

    def decade_range(self, m):
        """A span with a decade at one end or both: "the late 1920s through the 1930s" is 1920/1939."""
        a, b = m.group("a"), m.group("b")
        sep, kw = m.group("sep").strip(), (m.group("kw") or "").lower()
        if sep == "and" and kw != "between":
            return None  # "the 1960s and 1970s": two decades
        if "0s" not in a and "0s" not in b and "0'" not in a + b and "0’" not in a + b:
            return None  # two years: the year range's
        if sep in ("to", "until", "till", "through", "up to") and not kw and "0s" not in a and "0'" not in a and "0’" not in a:
            return None  # "1942 to the 1950s" without "from": maybe no span
        first = int(re.search(r"\d{3,4}", a).group())
        last = int(re.search(r"\d{3,4}", b).group()) + (9 if re.search(r"0['’]?s\b", b) else 0)
        if not (1000 <= first < last <= 2100) or last - first > 200:
            return None
        return [self.item(m.start("a"), m.end(), "year", [(first, None, None), (last, None, None)])]

    def year_range(self, m):
        raw1, raw2 = m.group("y1"), m.group("y2")
        sep, kw = m.group("sep").strip(), (m.group("kw") or "").lower()
        if sep == "and" and kw != "between":
            return None
        if sep in ("to", "until", "till", "through") and not kw:
            # "1946 to 1948" without "from" still reads as a span when both are four-digit years
            if not (re.fullmatch(r"\d{4}", raw1) and re.fullmatch(r"\d{4}", raw2)):
                return None
        if re.search(r"\b(?:pp?|pages?|nos?)\.?\s*$", zones.left(self.text, m.start()), re.I):
            return None
        era = re.search(_ERA, raw2)
        d1 = re.sub(r"\D", "", raw1)
        d2 = re.sub(r"\D", "", raw2)
        if era and not _has_era(raw1):
            raw1 = f"{raw1} {era.group()}"
        short = len(d2) < len(d1) and not era
        if short:  # 1981–87, 1848–9, 775/6
            if len(d1) not in (3, 4) or len(d2) not in (1, 2) or len(d2) == 1 and sep not in ("–", "—", "-", "/"):
                return None
            raw2 = d1[:len(d1) - len(d2)] + d2
        y1, y2 = _year(raw1), _year(raw2)
        if y1 is None or y2 is None or y2 <= y1 or sep == "/" and y2 != y1 + 1:
            return None  # ("1708/09", "775/6": a winter or a season over two years; not "1996/2001")
        if y2 - y1 > 300 and not (_has_era(raw1) or _has_era(raw2)):
            return None
        if not (_has_era(raw1) or _has_era(raw2)):
            if len(d1) == 3 and not (self.ancient and _short_year_ok(self.text, m.end())
                                     or self.lifespan(m.start("y1"), m.end(), y2 - y1)):
                return None  # ('Al-Khalil (717–786)': a life's years, even in a modern article)
            if len(d1) == 4 and not 1000 <= y1 <= 2100:
                return None
        if _is_count_after(self.text, m.end()) and not short:
            return None  # ("the plague of 1629–31 killed a third": a short end is no count)
        start = m.start("y1")
        if self.lifespan(start, m.end(), y2 - y1):
            return [self.item(start, m.end("y1"), "year", [(y1, None, None)]),
                    self.item(m.start("y2"), m.end(), "year", [(y2, None, None)])]
        return [self.item(start, m.end(), "year", [(y1, None, None), (y2, None, None)])]

    def era_year(self, m):
        y = _year(m.group())
        if y is None:
            return None
        if y > 1500 and not m.group().strip().upper().replace(".", "").startswith(("AD", "CE")) \
                and re.search(r"(?:AD|A\.D\.?|CE|C\.E\.?)$", m.group().strip()):
            return None  # "moved to 2000 AD when Starlord was cancelled": a title; modern years go without an era
        return [self.item(m.start(), m.end(), "year", [(y, None, None)])]

    def early_year(self, m):
        """A one- or two-digit year, in an article whose own dates are of the first centuries
        AD (``early``): "in 69", "from 81 to 96", "until 14," are years there, where elsewhere
        they would be counts. It needs a word of time before it and a clean end after it."""
        before = _word_before(self.text, m.start(), 3)
        event_of = len(before) >= 2 and before[-1] == "of" and before[-2] in _EVENT_NOUNS  # 'the Pisonian conspiracy of 65'
        if not before or before[-1] not in _EARLY_YEAR_CUES and not event_of or any(w in _QUANTITY_WORDS for w in before):
            return None
        if _is_count_after(self.text, m.end()) or not _short_year_ok(self.text, m.end()):
            return None
        y1 = int(m.group("y"))
        if before[-1] == "from":  # "from 81 to 96": a span of years
            rng = re.match(r"\s*(?:–|—|-|to|until|till)\s*([1-9]\d{0,2})(?![\w/%:-])(?![.,]\d)",
                           zones.right(self.text, m.end()))
            if rng:
                end = m.end() + rng.end(1)
                y2 = int(rng.group(1))
                if y2 <= y1 or _is_count_after(self.text, end) or not _short_year_ok(self.text, end):
                    return None
                return [self.item(m.start(), end, "year", [(y1, None, None), (y2, None, None)])]
        return [self.item(m.start(), m.end(), "year", [(y1, None, None)])]

    def bare_year(self, m):
        raw = m.group("y")
        if raw.startswith("0"):
            return None
        y = int(raw)
        if len(raw) == 4 and not 1000 <= y <= 2100:
            return None
        if len(raw) == 3 and not ((self.ancient or _short_year_cue(self.text, m.start(), m.end()))
                                  and _short_year_ok(self.text, m.end())):
            return None
        if len(raw) == 3 and _COUNT_BEFORE.search(self.text, max(0, m.start() - 30), m.start()):
            return None  # "numbers of cormorant (averaging around 200)": a count, even in an ancient article
        if len(raw) == 3 and COUNT_RANGE_AFTER.match(self.text, m.end()):
            return None  # "a Senate of 200 to 300 individuals": the low end of a count
        if not self.year_in_context(m.start(), m.end(), len(raw)):
            return None
        return [self.item(m.start(), m.end(), "year", [(y, None, None)])]

    def month_alone(self, m):
        mod = m.group("mod").lower()
        before = _word_before(self.text, m.start("mod"), 1)
        if mod == "of" and (not before or before[-1] not in ("end", "beginning", "start", "middle", "month", "part", "rest", "course", "half",
                                                     "week", "weeks", "days", "fortnight")):
            return None
        if mod in ("to", "from") and not re.search(r"\b(?:from|to)\s+" + _MONTH_FULL, zones.left(self.text, m.start()) + zones.right(self.text, m.end())):
            return None
        # "in May" is the month; "in May's words" or "in March Street" are not ("In July British
        # Major General Braddock led ..." is: a nationality or a title follows the month)
        after = zones.right(self.text, m.end())
        if re.match(r"['’]s\b", after):
            return None
        capital = re.match(r"\s+([A-Z][a-z]+)", after)
        if capital and capital.group(1).lower() not in vocab.demonyms() | vocab.titles():
            return None
        if _WEEKDAY_OF_MONTHS.search(zones.left(self.text, m.start())):
            return None  # "meets on the third Tuesday in February, May and October": every year's months
        start = m.start() if mod in ("early", "mid", "late") else m.start("m")
        if mod == "throughout":
            start = m.start()
        return [self.item(start, m.end(), "month", [(None, _month(m.group("m")), None)])]

    # -- context for bare years

    def year_in_context(self, start: int, end: int, ndigits: int) -> bool:
        t = self.text
        if _is_count_after(t, end):
            return False
        before = _word_before(t, start, 4)
        prev = before[-1] if before else ""
        prev_raw = re.findall(r"[\w.'’-]+", t[max(0, start - 40):start])
        prev_raw = prev_raw[-1] if prev_raw else ""
        if ndigits == 4 and t[start:end].isdigit() and int(t[start:end]) > 1500 and re.match(r"\s?(?:AD|A\.D\.|CE|C\.E\.)(?![A-Za-z])", t[end:end + 6]):
            return False  # "2000 AD", a comic's title: a modern year goes without an era
        if ndigits == 4 and _YEAR_PHRASE_BEFORE.search(zones.left(t, start)):
            # "through at least 1992", "as early as 1850", "pre-1801", "the Acts of Union 1800"
            return True
        if prev in _QUANTITY_WORDS or (len(before) > 1 and before[-2] in _QUANTITY_WORDS and prev == "of"):
            return False
        if _COUNT_POSITION.search(zones.left(t, start)):
            return False  # "bringing the total number of cases up to 2070": a count, not a year
        head, tail = zones.left(t, start), zones.right(t, end)
        counted = _ADJECTIVE_THEN_NOUN.match(tail)
        if counted and counted.group(1) in _COUNT_WORDS and prev not in _SHORT_YEAR_CUES and prev != "about":
            return False  # "for up to 1280 young people" (but "in 1850 young men went west")
        if re.search(r"\b(?:at|by)\s*$", head) and re.match(r"\s*(?:UTC|GMT|hours|hrs|h\b|local)", tail):
            return False
        if re.match(r"[\"“”']", t[end:end + 1]) and re.search(r"[\"“”']$", head):
            return False  # a title in quotes ("1968")
        if ndigits == 3:
            if t[start - 1:start] == "(" and t[end:end + 1] == ")":
                return True  # "forced to withdraw (810)": a year in brackets
            if _FOUNDED_BEFORE.search(t, max(0, start - 40), start):
                return True  # "established about 810"
            # "to 400 for every 100,000": a short number needs a firmer cue and no quantity near
            return prev in _SHORT_YEAR_CUES and not any(w in _QUANTITY_WORDS for w in before)
        if prev in _PREPOSITION_CUES:
            return True
        # "spent 1860 in Kentucky" (not "spent 1500 dollars"): a year spent somewhere
        if prev == "spent" and re.match(r"\s+(?:in|at|on|with|as|abroad|away|mostly|largely)\b|\s*[,;.]", tail):
            return True
        # "Toomer 1964 lists ...", "Sabra 1978 argues": a work cited by its author and year
        if prev_raw[:1].isupper() and prev_raw[1:].islower() and _CITING_VERB.match(tail):
            return True
        # the 1947 team, an outdated 1969 map, Butler's 2010 Final Four run
        window = before[-3:]
        if any(w in _DETERMINERS or w.endswith(("'s", "’s")) for w in window) and \
                not any(re.search(r"\d", w) for w in window) and _word_after(t, end):
            return True
        # 2004: Inducted ..., a list entry headed by its year; "1933 was a hard year"
        if start == 0 and re.match(r"\s*(?:[:,–—]|(?:was|saw|marked|brought|began|ended|proved)\b)", tail):
            return True
        # Order of Merit, 1st Class, 1925 / Nova Scotia, 1937.
        if re.search(r"(?:[A-Z][\w.'’-]*|\))\s*,\s*$", head) and re.match(r"\s*(?:$|[.;)])", tail):
            return True
        # "(Tucker 1966)", "(Hodge 1972: 12)", "Ehret (1995: 490)": a work cited by its author and year
        if re.match(r"[a-z]?(?:\s*:\s*\d|\s*[),;])", tail) and (
                re.search(r"\(\s*$", head) and re.match(r"[a-z]?\s*:\s*\d", tail)
                or _CITED_AUTHOR_BEFORE.search(head)):
            return True
        # (1976), (both 1973), (born 1953), (2009, 2010)
        if re.search(r"\((?:both\s+|born\s+|c\.\s*)?$", head) and re.match(r"\s*[),;]", tail):
            word = re.search(r"(\S+)\s*\([^()]*$", head)
            if word is None or not re.fullmatch(r"[a-z]+s", word.group(1)):
                return True
        # Eurovision Song Contest 2016, the 1933 USD
        if prev in _EVENT_NAMES and prev_raw[:1].isupper():
            return True  # (and "the Municipal Corporations Act 1835")
        # "UNESCO declared 2015 the International Year of Light"
        if prev in ("declared", "designated", "proclaimed", "named") and re.match(
                r"\s+(?:as\s+)?the\s+(?:[A-Z][\w-]*\s+)*Year\b", tail):
            return True
        if re.match(r"\s*(?:USD|US\$|dollars)\b", tail):
            return True
        return False

    def list_years(self) -> None:
        """Years listed after a year found already: in 1926, 1928, and 1929; in 1947 and 1948."""
        # One pass: a year added here is visited in its turn, so a list is followed to its end
        # (a check that fails once fails again later: the taken spans only grow).
        i = 0
        while i < len(self.found):
            f = self.found[i]
            i += 1
            if f.precision != "year" or len(f.parts) != 1:
                continue
            m = _LISTED_YEAR.match(zones.right(self.text, f.end))
            if not m:
                continue
            s, e = f.end + m.start("y"), f.end + m.end("y")
            if not self.free(s, e):
                continue
            raw = m.group("y")
            y = int(raw)
            if (len(raw) == 4 and not 1000 <= y <= 2100) or (len(raw) == 3 and not self.ancient):
                continue
            if _is_count_after(self.text, e) or (len(raw) == 3 and not _short_year_ok(self.text, e)):
                continue
            self.add([self.item(s, e, "year", [(y, None, None)])])

    def lifespan(self, start: int, end: int, years: int) -> bool:
        """A range closing a parenthesis right after a name is a birth and a death, not a span.

        ``Kokan Shiren (1278–1346)`` and ``Du Fu (...; 712–770)`` are two dates;
        ``the Edo period (1624–1643)`` and ``Ambassador to Liberia (1987–90)`` are one range.
        """
        if not 15 <= years <= 120:
            return False
        head = zones.left(self.text, start, 300)
        open_at = _unclosed_bracket(head)  # ('(English: ... (listen); 8 February 1834 – ...': the outer one)
        if open_at < 0:
            return False
        inside = head[open_at + 1:]
        if inside.strip() and not re.search(r"(?:[;,]|\[(?:OS|O\.S\.)|^\s*(?:c\.|ca\.|circa))\s*$", inside):
            return False
        if not re.match(r"\s*[);,\[\]]", zones.right(self.text, end)):  # ('... 1907 [OS 20 January 1907])')
            return False
        if re.search(r"\b(?:reign|rule)\s+of\b[^()]{0,60}$", head[:open_at]):
            return False  # "During the reign of duke Agnello Particiaco (811–827)": the years he ruled
        # ('Maria Mendeleeva (née Kornilieva) (1793–1850)': the name before another bracket)
        if re.search(r"\b[A-Z][a-z]+\s+(?:[IVX]+(?:\s+of\s+[A-Z][a-z]+)?(?:['’]s)?)\s*$", head[:open_at]):
            return False  # "Pope Benedict XV (1914–1922)", "Leo XIII's (1878–1903)": the years of a reign
        name = re.search(r"([A-Z][\w'’.-]*)(?:\s*\([^()]*\))?\s*$", head[:open_at])
        # "the Angolan Civil War (1975–2002)", "the Meiji era (1868–1912)": a span of a thing, not a life
        return name is not None and name.group(1).lower() not in _SPAN_HEADS


def _unclosed_bracket(head: str) -> int:
    """Where the bracket still open at the end of ``head`` opens, or -1."""
    depth = 0
    for i in range(len(head) - 1, -1, -1):
        if head[i] == ")":
            depth += 1
        elif head[i] == "(":
            if depth == 0:
                return i
            depth -= 1
    return -1


def scan(text: str, ancient: bool = False, early: bool = False) -> list[Found]:
    """All date expressions of a text, in order; years not written stay ``None``.

    ``ancient``: the text writes three-digit years; ``early``: it is about the first centuries
    AD, where "in 69" is a year (see ``is_early``)."""
    if "O.S." in text:
        # "January 12 [O.S. December 30] 1907": the Old Style day in brackets is read over, so the
        # date is the New Style one with its year (the bracket stays inside the date's text)
        marked = _OLD_STYLE.sub(lambda m: " " * len(m.group()), text)
        found = _Scanner(marked, ancient, early).run()
        for f in found:
            f.text = text[f.start:f.end]
        return found
    return _Scanner(text, ancient, early).run()


_OLD_STYLE = re.compile(r"(?<=\d) \[O\.\s?S\.\s[^\[\]]{3,30}\]|(?<=[a-z]) \[O\.\s?S\.\s[^\[\]]{3,30}\]")


# '\b(?:January|...),?\s+\d{3}\b', each month written as its first letter, then the look-behind
# for the word boundary: a pattern that starts with a set of letters lets the engine skip fast.
_ANCIENT_MONTH_YEAR = re.compile(
    "(?:" + "|".join(rf"{m[0]}(?<!\w{m[0]}){m[1:]}" for m in vocab.MONTHS) + r"),?\s+\d{3}\b(?!,\d)")
# '(?<![\d,.])\d{1,4} BC' and 'AD 96' (an era not inside a word), written to start with a plain character or set
# (the look-behinds come after it) so that the engine can skip through a long text.
_ANCIENT_ERA_AFTER = re.compile(rf"\d(?<![\d,.]\d)\d{{0,3}}\s?{_ERA}")
_ANCIENT_ERA_BEFORE = re.compile(
    "(?:" + "|".join(rf"{re.escape(e)}(?<!\w{re.escape(e)})" for e in vocab.ERAS_AFTER) + r")\s?\d{1,4}\b")


@lru_cache(maxsize=8)  # asked of the whole text twice per article: by the date and the figure rules
def is_ancient(text: str) -> bool:
    """Does the text date events before AD 1000? Only then are three-digit numbers read as years."""
    return bool(_ANCIENT_MONTH_YEAR.search(text)
                or any(era in text for era in vocab.ERAS)
                and (_ANCIENT_ERA_AFTER.search(text) or _ANCIENT_ERA_BEFORE.search(text)))


_EARLY_ERA_YEAR = re.compile(rf"\b{_LEADING_ERA}\s?([1-9]\d?)\b|(?<![\d,.])([1-9]\d?)\s?{_LEADING_ERA}(?![A-Za-z])")
_EVENT_NOUNS = {"conspiracy", "revolt", "rebellion", "uprising", "war", "battle", "fire", "earthquake", "council",
                "treaty", "census", "plague", "flood", "eruption", "siege", "mutiny", "riots", "riot", "coup", "crisis",
                "campaign", "expedition", "invasion", "sack", "massacre", "famine", "election", "edict", "peace"}
_EARLY_YEAR_CUES = {"in", "since", "until", "till", "from", "during", "after", "before", "around", "circa",
                    "c.", "ca.", "year", "early", "late", "mid", "born", "died"}


def is_early(doc: Document) -> bool:
    """Is the article about the first centuries AD? Its lead or infobox dates something to a
    year below 100 with an era ("AD 9", "79 AD"); then a bare "in 69" is a year, not a count."""
    lead = " ".join(s.text for s in doc.sentences if s.block == 0)
    boxes = " ".join(f.text for box in doc.infoboxes for f in box.fields)
    return _EARLY_ERA_YEAR.search(lead) is not None or _EARLY_ERA_YEAR.search(boxes) is not None


def writes_short_years(doc: Document, found: list[Fact] | None = None) -> bool:
    """Does the article write years of fewer than four digits ("44 BC", "AD 69", "died in 632")?
    Then such a number after "in" or "by" is a year; elsewhere it is a count. The date rules ask
    before they run; the figure rules ask again with the dates ``found``, one of which may be
    such a year ("born in 712").
    """
    return is_early(doc) or is_ancient(doc.text) or any(
        re.match(r"-?0\d{3}\b", part) for f in found or () for part in str(f.value).split("/"))


def parse_date_text(text: str) -> tuple[str, str] | None:
    """Normalise a short date text such as an infobox value: (ISO value, precision) or None.

    ``November 6, 2020 – November 8, 2020`` -> ``2020-11-06/2020-11-08``; ``1040 (c. 430 AH)``
    -> ``1040``. Only the first expression counts, and it must carry its own year.
    """
    text = re.sub(r"\s+", " ", text).strip()
    found = scan(text, ancient=True)
    # a value that opens with a bare year is that year: "1040 (c. 430 AH)", "1750 (as Fort Rouillé)"
    lead = re.match(r"(?:c\.\s*|circa\s+)?(\d{3,4})\b(?!\s?[–—-]\s?\d)", text)
    if lead and _year(lead.group(1)) is not None and (not found or found[0].start > lead.start(1)):
        return f"{int(lead.group(1)):04d}", "year"
    if not found:
        return None
    first = found[0]
    if first.needs_year:
        # "20 January – 11 December 1936": a day and month whose year follows
        later = [f for f in found[1:] if not f.needs_year]
        if not later:
            return None
        year = later[0].parts[0][0]
        first.parts = [(year, mo, d) for _, mo, d in first.parts]
        if len(found) >= 2 and re.fullmatch(r"\s*[–—-]\s*|\s+to\s+", text[first.end:later[0].start]):
            end = later[0]
            return f"{first.value()}/{end.value().split('/')[-1]}", first.precision
    if len(found) >= 2 and re.fullmatch(r"\s*[–—-]\s*|\s+to\s+", text[first.end:found[1].start]) \
            and not found[1].needs_year and len(first.parts) == 1:
        return f"{first.value()}/{found[1].value().split('/')[-1]}", first.precision
    return first.value(), first.precision


# ---------------------------------------------------------------- the document pass

@dataclass
class _Anchor:
    pos: int
    year: int
    month: int | None
    day: int | None
    section: tuple[str, ...]
    block: int
    ambiguous: bool = False  # a bare year in a sentence that names other years too
    late: bool = False  # 'late 1996', 'the end of 1996': a month of the first half after it is of the next year
    until: int | None = None  # a heading's span ("Exit of the Americans: 1973–75"): its last year


# Infobox keys that give the date of the article's event (a battle, a launch, a storm).
_EVENT_DATE_KEYS = ("date", "dates", "launch_date", "event_date")


def _event_date(doc: Document) -> _Anchor | None:
    for box in doc.infoboxes:
        for f in box.fields:
            if f.key.lower() in _EVENT_DATE_KEYS:
                parsed = parse_date_text(f.text)
                if parsed:
                    m = re.match(r"(-?\d{4})(?:-(\d\d))?(?:-(\d\d))?", parsed[0])
                    if m:
                        return _Anchor(-1, int(m.group(1)), int(m.group(2)) if m.group(2) else None,
                                       int(m.group(3)) if m.group(3) else None, (), -1)
    return None


# A sentence about plans looks ahead ("is planned to be finished by September 2021"): its dates
# do not move the narrative on, so they anchor nothing.
# ("\b(?:will|is planned|are planned|plans to|...)\b", each branch led by its first letter and the
# look-behind for the word boundary after it: a pattern that starts with letters lets the engine skip)
_FUTURE = re.compile(r"(?:w(?<!\ww)ill|i(?<!\wi)s (?:planned|scheduled|expected|due|required)|"
                     r"a(?<!\wa)re (?:planned|scheduled|expected|due|required)|p(?<!\wp)lans to)\b")


# "the bloodiest month ... since June 2009": a look back, no time the story reached
_SINCE_BEFORE = re.compile(r"\bsince\s+$")
# A date something is put off or set for looks ahead too ("was rescheduled for UFC 108 on January 2,
# 2010"): the next "On November 4" is still in the year the story was in.
_PLANNED_FOR = re.compile(r"\b(?:(?:re)?scheduled|set|planned|postponed|moved|delayed|pushed back)\s+(?:for|to|until|till)\b"
                          r"[^.;]{0,50}$|"
                          # "for a planned campaign in 1976": a plan's year, no time the story reached
                          r"\b(?:a|an|the)\s+(?:planned|projected|intended|proposed|scheduled)\s+[a-z]+(?:\s+[a-z]+)?\s+"
                          r"(?:in|for)\s+$", re.I)
# An image's caption kept in the text: "The Battle of Chiclana, 5th March 1811 (1824) captures the fight
# ...", "a painting of ... by ...": its date is the picture's, and dates nothing the narrative goes on to
_DEPICTION = vocab.caseless_test(r"\b(?:captures|depicts|portrays|illustrates|pictured|"
                                 r"(?:oil )?painting (?:of|by)|engraving (?:of|by)|photograph (?:of|by)|lithograph)\b")
_APPROXIMATE = re.compile(r"\b(?:c\.|ca\.|circa|around|about|approximately|roughly)\s*$", re.I)

_OPENS_WITH_YEAR = re.compile(r"(?:In|By|During|Throughout|From|Early in|Late in)\s+(?:(?:early|mid|late)[- ])?(\d{4})\b")

# Recurring dates ("it usually lasts five days in September") name no point in time.
_RECURRING = vocab.caseless_test(r"\b(?:usually|typically|normally|generally|every year|each year|annually|yearly|"
                                 r"is held|are held|is celebrated|are celebrated|is observed|"
                                 # "the 6th of February is recorded as the festival of Saints ...": a feast of every year
                                 r"festival of|feast of|feast day|saint's day|name day|"
                                 # "the average starting dates of the rainy season are June 7 and July 21"
                                 r"average|on average|rainy season|dry season|wet season|monsoon|"
                                 r"(?:hottest|coldest|warmest|wettest|driest|sunniest) month|takes place|take place|"
                                 # "in June and the first half of July, the nights are relatively short"
                                 r"(?:nights|days) are (?:\w+ )?(?:short|long|shorter|longer)|hours of (?:daylight|sunshine))\b")
# A section of the year's seasons or feasts: its days and months recur every year.
_RECURRING_SECTION = re.compile(r"\b(?:climate|weather|daylight|sunshine|seasons|festivals?|holidays|celebrations|"
                                r"commemorations?|calendar of events|annual events)\b", re.I)


def extract(doc: Document) -> list[Fact]:
    """Every date of the body, with year inference for day/month expressions."""
    early = is_early(doc)
    ancient = writes_short_years(doc)
    event = _event_date(doc)
    story = event or _lead_date(doc, ancient) or _named_year(doc)
    span = None if event else _lead_span(doc, ancient)
    anchors = _Anchors()  # dates with a year: explicit, or inferred (month-level only)
    latest = _latest_dated_year(doc, event)
    headings: dict[tuple[str, ...], _Anchor | None] = {}
    facts: list[Fact] = []
    # "In late November, she fell ill. In 1998, a tour was announced": a paragraph that moves on to
    # a year tells that its dates before are earlier than that year
    opens_year: dict[int, list[tuple[int, int]]] = {}
    for s in doc.sentences:
        m = _OPENS_WITH_YEAR.match(s.text)
        if m:
            opens_year.setdefault(s.block, []).append((s.start, int(m.group(1))))
    # "Lee crossed the Potomac on September 5. ... at Antietam on September 17, 1862": a paragraph with
    # no date before a day may give its year a little after it (read once per sentence, kept for below)
    scanned = {s.index: scan(s.text, ancient, early) for s in doc.sentences}
    ahead: dict[int, list[tuple[int, int, int]]] = {}
    for s in doc.sentences:
        for f in scanned[s.index]:
            if not f.needs_year and f.precision in ("day", "month") and f.parts[0][0] and f.parts[0][1]:
                ahead.setdefault(s.block, []).append((s.start + f.start, f.parts[0][0], f.parts[0][1]))
    for s in doc.sentences:
        if s.section not in headings:
            headings[s.section] = _heading_date(s.section, ancient)
        found = scanned[s.index]
        multi = len({f.parts[-1][0] for f in found if not f.needs_year}) > 1
        future = _FUTURE.search(s.text) is not None if found else False
        depiction = _DEPICTION(s.text) if found else False  # a caption's dates anchor nothing after them
        recurring = any(f.needs_year for f in found) and (  # (read for those only)
            _RECURRING(s.text) or any(_RECURRING_SECTION.search(h) for h in s.section))
        for f in found:
            pos = s.start + f.start
            inferred = f.needs_year
            far = inferred and event is None and headings[s.section] is None and not any(anchors.refs(("block", s.block)))
            if inferred:
                year = None if recurring else _infer_year(f, s, anchors, event, story, headings[s.section], span)
                if year is not None and not recurring and not any(anchors.refs(("block", s.block))):
                    later = _year_ahead(ahead.get(s.block, ()), pos, f)
                    year = later if later is not None else year
                if year is None:
                    continue
                if not any(anchors.refs(("block", s.block))) and any(
                        at > pos and later <= year for at, later in opens_year.get(s.block, ())):
                    continue  # the year came from before the paragraph, and the paragraph says it is too late
                f.parts = [(year if y is None else y, mo, d) for y, mo, d in f.parts]
                # a day range that runs over the new year: 30 December – 2 January
                if len(f.parts) == 2 and (f.parts[1][1] or 0) < (f.parts[0][1] or 0):
                    f.parts[1] = (f.parts[1][0] + 1, f.parts[1][1], f.parts[1][2])
            planned = _PLANNED_FOR.search(s.text, max(0, f.start - 70), f.start) is not None \
                or _SINCE_BEFORE.search(s.text, max(0, f.start - 12), f.start) is not None
            life = s.index == 0 and _in_first_bracket(s.text, f.start)
            if f.precision != "decade" and not future and not planned and not life and not depiction:
                # (the lead's birth and death dates, "(12 March 1890 – 14 June 1950)", date no later event)
                y, mo, d = f.parts[-1]
                if not mo and latest is not None and y > latest + _BEYOND_SPAN \
                        and not _YEAR_PREPOSITION.search(s.text, max(0, f.start - 12), f.start):
                    pass  # a bare year well after every dated event of the article is no context ("In 1995," is)
                elif mo or not inferred:
                    anchors.add(_Anchor(pos, y, mo, d, s.section, s.block, ambiguous=not mo and multi,
                                        late=_late_in_year(s.text, f) if not mo or not d else False))
            attrs = {"precision": f.precision, "year_inferred": inferred}
            if far:
                attrs["year_from_afar"] = True  # the year came from another paragraph of a long story
            if _APPROXIMATE.search(zones.left(s.text, f.start)):
                attrs["approximate"] = True  # "around 740", "c. 1750": no exact-answer questions
            facts.append(Fact("date", f.text, f.value(), s, (pos, s.start + f.end), attrs))
    return facts


def _lead_date(doc: Document, ancient: bool) -> _Anchor | None:
    """The first date with a month in the opening paragraph, outside parentheses (which hold
    births and deaths): for an event article, the date of the event."""
    for s in doc.sentences:
        if s.block != 0:
            break
        for f in scan(s.text, ancient):
            y, mo, d = f.parts[0]
            if y is not None and mo and s.text[:f.start].count("(") == s.text[:f.start].count(")"):
                return _Anchor(-1, y, mo, d, (), -1)
    return None


def _named_year(doc: Document) -> _Anchor | None:
    """The one year the title or the first sentence names ("The Glorious Revolution, also called the
    Revolution of 1688, was ..."): the year of the story, which decides a day read just across a new
    year ("On 30 December" after "22 January 1689" is of 1688, not eleven months on)."""
    first = doc.sentences[0].text if doc.sentences else ""
    years = {int(y) for y in re.findall(r"(?<![\d,.])(1[0-9]{3}|20[0-9]{2})(?!\d|[,.]\d)", doc.title + " " + first)}
    return _Anchor(-1, years.pop(), None, None, (), -1) if len(years) == 1 else None


def _lead_span(doc: Document, ancient: bool) -> tuple[tuple[int, int, int], tuple[int, int, int]] | None:
    """The days of the article's event, when the opening paragraph gives them as a range of under a
    year ("held in Munich from August 26 to September 11, 1972"): a yearless day inside it is of
    that year, whatever year the sections before it ended on."""
    for s in doc.sentences:
        if s.block != 0:
            break
        for f in scan(s.text, ancient):
            if len(f.parts) != 2 or f.precision != "day" or s.text[:f.start].count("(") != s.text[:f.start].count(")"):
                continue
            (y1, m1, d1), (y2, m2, d2) = f.parts
            if None not in (y1, m1, d1, y2, m2, d2) and 0 <= (y2 - y1) * 12 + m2 - m1 < 12:
                return (y1, m1, d1), (y2, m2, d2)
    return None


def _in_span(f: Found, span: tuple[tuple[int, int, int], tuple[int, int, int]]) -> int | None:
    """The year of the event's span that puts a yearless day (or month) inside it, or within a few
    weeks of it ("A U.S. intelligence report as late as October 4" of a war fought from October 6
    to 25, 1973; "a sealift by October 30"), if one does."""
    (y1, m1, d1), (y2, m2, d2) = span
    month, day = next(((mo, d) for _, mo, d in f.parts if mo), (None, None))
    if month is None:
        return None
    first, last = _day_number(y1, m1, d1) - _SPAN_MARGIN_DAYS, _day_number(y2, m2, d2) + _SPAN_MARGIN_DAYS
    for year in range(y1 - 1, y2 + 2):
        if first <= _day_number(year, month, day or 1) and _day_number(year, month, day or 28) <= last:
            return year
    return None


_SPAN_MARGIN_DAYS = 42


def _day_number(year: int, month: int, day: int) -> int:
    return year * 372 + (month - 1) * 31 + day  # (an order of days, not a calendar: gaps do no harm here)


# "In 1995, ...", "since 2004": a year in a date's place, never a count
_YEAR_PREPOSITION = re.compile(r"\b(?:[Ii]n|[Ss]ince|[Dd]uring)\s+$")
# How far a bare year may run past the latest date with a month and still set the context.
_BEYOND_SPAN = 10
_DATED_YEAR = re.compile(rf"{_MONTH_FULL}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(\d{{4}})\b")


def _latest_dated_year(doc: Document, event: _Anchor | None) -> int | None:
    """The latest year the article writes with a month ("15 April 2020", "March 2021"), or its
    event's: the end of its span. A bare year far past it is a count or a look ahead."""
    years = [int(m.group(1)) for m in _DATED_YEAR.finditer(doc.text)]
    years += [int(m.group(1)) for s in {sec for sen in doc.sentences for sec in sen.section}
              for m in _DATED_YEAR.finditer(s)]
    if event is not None:
        years.append(event.year)
    return max(years) if years else None


def _heading_date(section: tuple[str, ...], ancient: bool) -> _Anchor | None:
    """A date the section's own heading gives ("March 2020", "1805 campaign"): the context of
    the dates written without a year in it, before any date of the body."""
    for depth in range(len(section), 0, -1):
        found = [f for f in scan(section[depth - 1], ancient) if not f.needs_year
                 and not _HEADING_SPAN_WORD.search(section[depth - 1][:f.start])]
        if found:
            y, mo, d = found[0].parts[0]
            last = found[0].parts[-1][0]
            return _Anchor(-1, y, mo, d, section[:depth], -1, until=last if last and last != y else None)
        year = _heading_year(section[depth - 1])
        if year is not None:
            return _Anchor(-1, year, None, None, section[:depth], -1)
    return None


# A heading that is one year, or names one ("1756", "2010 off-season", "Death of X: 1943"), not a
# span ("1759–60", "1990s", "Coaches since 1963", "Before 1800"): the scanner wants a cue word
# ("in 1756") that a heading leaves out.
_HEADING_YEARS = re.compile(r"(?<![\d–—/-])(?:1\d|20)\d\d(?![\d–—/-]|s\b|\s*[–—-]\s*\d)")
_HEADING_SPAN_WORD = re.compile(r"\b(?:since|before|after|until|till|from|to|by|pre|post)\s+\S*$", re.I)


def _heading_year(heading: str) -> int | None:
    if not any(c.isdigit() for c in heading):
        return None
    found = _HEADING_YEARS.findall(heading)
    if len(found) != 1 or len(re.findall(r"\d{3,}", heading)) != 1:
        return None
    at = heading.index(found[0])
    if _HEADING_SPAN_WORD.search(heading[:at]):
        return None
    return int(found[0])


class _Anchors:
    """The dates read so far, as ``_infer_year`` needs them: per scope (paragraph, section,
    top-level section, the whole text so far) the last date with a month and the last bare year
    that is not ambiguous. Kept up to date as dates are added, so that each inference costs the
    same however long the article."""

    def __init__(self):
        self.last: dict[tuple, list[_Anchor | None]] = {}

    def add(self, a: _Anchor) -> None:
        for key in (("block", a.block), ("section", a.section), ("top", _top(a.section)), ("all",)):
            refs = self.last.setdefault(key, [None, None])
            if a.month:
                refs[0] = a
            elif not a.ambiguous:
                refs[1] = a

    def refs(self, key: tuple) -> tuple[_Anchor | None, _Anchor | None]:
        """(last date with a month, last bare year) in a scope."""
        m_ref, y_ref = self.last.get(key, (None, None))
        return m_ref, y_ref


def _in_first_bracket(text: str, pos: int) -> bool:
    """Is ``pos`` inside the sentence's first bracket, opened within its first words (a lead's aside)?"""
    opened = text.find("(", 0, 120)
    return 0 <= opened < pos and text.count("(", opened, pos) > text.count(")", opened, pos)


_YEAR_JUST_AFTER = re.compile(rf"(?:,?\s+(?:and|or|&)\s+(?:\d{{1,2}}\s+{_MONTH_FULL}|{_MONTH_FULL}\s+\d{{1,2}}),?\s+"
                              rf"|\)?,?\s+in\s+(?:early\s+|late\s+|mid-)?)(\d{{4}})\b(?!\s*[–-]\s*\d)")


def _year_ahead(dated: list[tuple[int, int, int]] | tuple, pos: int, f: Found) -> int | None:
    """The year of the next date of the paragraph (at most 400 characters on), when it falls in the
    same month or up to two months after the yearless day: "on September 5 ... on September 17, 1862"."""
    month = next((mo for _, mo, _ in f.parts if mo), None)
    if month is None:
        return None
    for at, year, mo in dated:
        if at <= pos:
            continue
        if at - pos > 400:
            return None
        return year if 0 <= mo - month <= 2 else None
    return None


def _infer_year(f: Found, s: Sentence, anchors: _Anchors, event: _Anchor | None,
                story: _Anchor | None = None, heading: _Anchor | None = None,
                span: tuple[tuple[int, int, int], tuple[int, int, int]] | None = None) -> int | None:
    """The year of a date written without one, or None when nothing anchors it.

    The reference is, in this order: the last date with a month in the same paragraph (else
    its last year); the date of the article's event from the infobox; the last date with a
    month in the same section (else its last year); the same in the top-level section; the
    last date anywhere before; but a day inside the event's span that the lead gives (see
    ``_lead_span``) takes the span's year before the wider text's. A bare year is weaker than a date with a month because it is
    often a look back ("seized the city in 1992"). From a reference with a month the year is
    the one that puts the new date nearest to it, a step forward preferred to one back:
    ``31 December 1990`` ... ``1 January`` is 1991, ``29 January 2021`` ... ``16 November``
    is 2020. A recurring date ("usually in May", see ``_RECURRING``) has no year: the caller
    does not ask for one.
    """
    month, day = next(((mo, d) for _, mo, d in f.parts if mo), (None, None))
    after = s.text[f.end:f.end + 40]
    m = _YEAR_JUST_AFTER.match(after)
    if m:  # "on 8 February and 8 March 1865", "(on 2 April) in early 1882": the year the sentence goes on to
        return int(m.group(1))
    shift = 0
    if re.match(r",?\s+(?:of\s+)?the\s+(?:following|next)\s+year", after):
        shift = 1
    elif re.match(r",?\s+(?:of\s+)?the\s+(?:previous|preceding)\s+year", after):
        shift = -1
    event_refs = ((event, None) if event.month else (None, event if not event.ambiguous else None)) if event else (None, None)
    section_refs = anchors.refs(("section", s.section))
    # The section's heading sets the context until the section's own text dates something; a heading's
    # span ("1973–75") only where the text before it in its part does not date the story inside it
    # ("6 January 1975 ... [### Final offensive] On 27 April": 1975, not the span's first year)
    top_refs = anchors.refs(("top", _top(s.section)))
    spanned = heading is not None and heading.until is not None and any(
        r is not None and heading.year <= r.year <= heading.until and r.section[:len(heading.section)] == heading.section
        for r in top_refs)  # (a date under the span's own heading: not one of the section before it)
    heading_refs = (None, None) if heading is None or any(section_refs) or spanned else (
        (heading, None) if heading.month else (None, heading))
    if heading is not None and heading.until is not None and month and not spanned and not any(section_refs) \
            and not any(anchors.refs(("block", s.block))):
        # "[### ...: 1899–1900] In December he returned to India": the span's first year, or the December
        # after the story of the section before (1898)? Which year of the span, no text before it in the
        # section says: no key
        return None
    scopes = [
        ("block", anchors.refs(("block", s.block))),
        ("heading", heading_refs),
        ("event", event_refs),
        ("section", section_refs),
        ("top", anchors.refs(("top", _top(s.section)))),
        ("all", anchors.refs(("all",))),
    ]
    near = _in_span(f, span) if span is not None else None
    for scope, (m_ref, y_ref) in scopes:
        if m_ref and y_ref and y_ref.pos > m_ref.pos and y_ref.year > m_ref.year:
            return _year_after(y_ref, month)  # "July 1979 ... In early 1980, ... 17 April": the story moved on
        if m_ref:
            return _nearest_year(m_ref, month, day, story, shift)
        if y_ref and scope == "block" and event and y_ref.year < event.year:
            continue  # a look back ("since 1962") does not outweigh the event's own date
        if y_ref and near is not None and y_ref.year < near:
            return near  # nor, for a day around the event's span, one before it ("the post-1967 border")
        if y_ref and (day or scope == "block"):
            # a month alone ("in September") leans on a bare year only within its paragraph
            return _year_after(y_ref, month) + shift
        if y_ref and scope == "section":
            # ... or within its section, when no month of the wider text comes after that year:
            # "Lincoln faced reelection in 1864 ... Atlanta in September" is not the "April 9,
            # 1865" of the section before
            top_month = anchors.refs(("top", _top(s.section)))[0]
            if top_month is None or top_month.pos < y_ref.pos:
                return _year_after(y_ref, month) + shift
        if scope == "section" and near is not None:
            return near  # "Just before dawn on September 5": a day of the games, not of the 1976 ones
        if scope in ("block", "heading", "event", "section") or day:
            continue
        return None
    return None


# 'late 1996', 'the end of 1996', 'autumn of 1996': the words inside the date's text or just before it
_LATE_START = re.compile(r"(?:late|end of|autumn|fall|winter)\b", re.I)
_LATE_IN_YEAR = re.compile(r"\b(?:late|(?:the\s+)?end\s+of|autumn\s+of|fall\s+of|winter\s+of)\s+$", re.I)


def _late_in_year(text: str, f: Found) -> bool:
    return bool(_LATE_START.match(f.text) or _LATE_IN_YEAR.search(zones.left(text, f.start)))


def _year_after(ref: _Anchor, month: int | None) -> int:
    """The year of a month read after a bare year: 'The schemes collapsed in late 1996 ... The protests
    turned violent in February' is February 1997."""
    return ref.year + 1 if ref.late and month and month <= 6 else ref.year


def _nearest_year(ref: _Anchor, month: int | None, day: int | None, story: _Anchor | None = None,
                  shift: int = 0) -> int:
    """The year for a month (and day) read after ``ref``: ``ref``'s own, unless the date sits
    just across a new year from it (``31 December 1990`` ... ``1 January`` is 1991). The year of
    the article's story (its event date) decides the closer calls: a step back into the previous
    year (``29 January 2021`` ... ``16 November`` in a story of 2020) is taken only then.
    ``shift`` is an explicit "the following year" (+1) or "the previous year" (-1)."""
    if shift or not month or not ref.month:
        return ref.year + shift
    if ref.late and not ref.day and month <= 6 and ref.month - month >= 4:
        return ref.year + 1  # "In late October ... In March, with supplies exhausted": the spring after
    def ordinal(y: int, m: int, d: int | None) -> int:
        return y * 365 + (m - 1) * 30 + (d or 15)
    base = ordinal(ref.year, ref.month, ref.day)
    same = ordinal(ref.year, month, day) - base
    story_year = story.year if story else None
    forward = ordinal(ref.year + 1, month, day) - base
    if same < -200 and (forward <= 100 or (story_year == ref.year + 1 and forward <= 183)):
        return ref.year + 1
    backward = base - ordinal(ref.year - 1, month, day)
    if same > 200 and backward <= 100 and story_year == ref.year - 1:
        return ref.year - 1
    return ref.year


def _top(section: tuple[str, ...]) -> tuple[str, ...]:
    return section[:1]
