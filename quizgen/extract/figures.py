"""Figure rules: numbers that count or measure something, with qualifier, unit and source.

A figure is a number in digits (``2,000``, ``85.5%``, ``$3 million``, ``1,300–1,600 meters``) or
in words (``five thousand``, ``twenty-one``, ``two days``) that counts or measures something.
Years and dates, ordinals, numbers inside names (``Mi-24``, ``Apollo 8``), times of day, game
scores, vague words (``hundreds``), fractions and conversions in parentheses are not figures.

Each figure records who the text says gives it: ``according to X``, ``per X``, ``X stated
that ...``, ``citing X``, ``X's figures``, ``as reported by X``, or the speaker of a quotation the
number stands in (any party ``speakers.find_speaker``, shared with the quote rules, names). A
source never leaks from one sentence to the next except inside a quotation.

The rules are plain regular expressions over one sentence at a time; they favour precision
(a wrong answer key costs more than a missing question).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from quizgen import vocab
from quizgen.extract import people, speakers, zones
from quizgen.extract.dates import COUNT_RANGE_AFTER, writes_short_years
from quizgen.model import Document, Fact, Sentence

# ---------------------------------------------------------------- vocabulary

_UNITS_WORDS = {w: v for w, v in vocab.NUMBER_UNITS.items() if v}  # "zero" counts nothing
_TENS_WORDS = vocab.NUMBER_TENS
_SCALE_WORDS = vocab.NUMBER_SCALES
_NUMBER_WORDS = {**_UNITS_WORDS, **_TENS_WORDS, **_SCALE_WORDS}
_WORD = "(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
# A run of number words: "five thousand", "twenty-one", "one hundred and twenty".
_WORD_RUN = rf"{_WORD}(?:(?:[ -]|\s+and\s+(?={_WORD}))+{_WORD})*(?:[\s-]+and[\s-]+(?:a[\s-]+)?half)?"
# ("1 600 km": thousands parted by spaces, as in many countries' style; never before another digit or a hyphen)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d,.] )\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d\-]|[,.]\d|\s\d)|" \
          r"\d+(?:\.\d+)?(?:\s?½)?|½|(?<![\w.])\.\d+"
_SCALE = rf"(?:\s+(?:{'|'.join(_SCALE_WORDS)})\b)?"
_CUR = r"US\$|A\$|C\$|NZ\$|HK\$|NT\$|R\$|S\$|Rs\.?|INR|USD|EUR|GBP|CHF|[$£€¥₹]"
_CORE = rf"(?:(?<![\w$£€¥₹])(?P<cur>(?-i:{_CUR}))\s?)?(?:(?P<dig>{_DIGITS}){_SCALE}|(?P<wrd>\b{_WORD_RUN}\b))"
_CORE_RE = re.compile(_CORE, re.IGNORECASE)

# Units, longest first. The key is the surface form (regex), the value the unit recorded.
_UNIT_TABLE = [
    (r"miles? (?:per|an) hour|miles?-per-hour|kilomet(?:re|er)s? (?:per|an) hour|met(?:re|er)s per second|"
     r"feet per second|(?:ft|m|km|mi) ?/ ?(?:s2?|h)|mph|kn", "speed"),
    (r"mbar|mb|hPa|Pa|inHg", "pressure"), (r"in(?=\s*[()])", "inches"), (r"nautical[ -]miles?|nmi", "nautical miles"), (r"cubic (?:met(?:re|er)s?|feet|miles?|km)|km3|km³|m3|m³|ft3|cu ?ft", "cubic"), (r"square (?:kilomet(?:re|er)s?|km)", "km²"),
    (r"square miles?|sq\.? mi", "sq mi"), (r"km2|km²", "km²"), (r"kilomet(?:re|er)s?|km", "km"),
    (r"kilograms?|kg", "kg"), (r"long[ -]tons?|short[ -]tons?|metric[ -]tons?", "tons"), (r"t(?=\s*[);,])", "tons"),
    (r"kilowatts?|kW|MW|megawatts?|GW|gigawatts?", "power"), (r"shp|hp|horsepower", "hp"), (r"kPa|psi|bar", "pressure"),
    (r"volts?|V", "volts"), (r"nmi", "nautical miles"), (r"metres?|meters?", "meters"), (r"centimet(?:re|er)s?|cm", "cm"),
    (r"millimet(?:re|er)s?|mm", "mm"), (r"miles?|mi", "miles"), (r"feet|foot|ft", "feet"),
    (r"inch(?:es)?", "inches"), (r"yards?|yd", "yards"), (r"m", "m"),
    (r"hectares?|ha", "ha"), (r"sqm|m²|m2", "m²"), (r"sq\.? ?ft|square feet", "sq ft"), (r"acre[- ]f(?:ee|oo)t|acre-ft", "acre-feet"), (r"acres?", "acres"), (r"tonnes?|tons?", "tons"),
    (r"pounds?|lbs?", "pounds"), (r"percent|per ?cent|%", "%"), (r"mph|km/h", "speed"),
    (r"knots?", "knots"), (r"°[CF]|degrees?|°", "degrees"), (r"litres?|liters?|gallons?", "volume"),
    (r"years?(?:-old)?|yrs?", "years"), (r"months?", "months"), (r"weeks?", "weeks"),
    (r"days?", "days"), (r"hours?|hrs?", "hours"), (r"minutes?|mins?", "minutes"),
    (r"seconds?", "seconds"), (r"decades?", "decades"), (r"centuries|century", "centuries"),
    (r"dollars?", "$"), (r"euros?", "€"), (r"yen", "¥"), (r"rupees?", "₹"), (r"yuan|renminbi", "yuan"),
    (r"roubles?|rubles?", "rubles"), (r"(?:Swiss |French )?francs?", "francs"), (r"pesos?", "pesos"),
    (r"lira|lire", "lira"), (r"shillings?", "shillings"), (r"pence", "pence"), (r"kronor|krona|kroner|krone", "krona"),
    (r"dinars?", "dinars"), (r"baht", "baht"), (r"ringgit", "ringgit"), (r"rand", "rand"),
    (r"nanomet(?:re|er)s?|nm", "nm"), (r"micromet(?:re|er)s?|[μµ]m", "μm"), (r"[kMG]?Hz|hertz", "Hz"),
    (r"[kMG]?eV", "eV"), (r"kelvin|K(?=\W|$)", "K"), (r"moles?|mol", "mol"), (r"sq\.? ?km", "km²"),
]
_UNIT_RE = re.compile(
    r"(?:\s?|-)(?P<unit>" + "|".join(f"(?:{u})" for u, _ in _UNIT_TABLE) + r")(?![\w²])", re.IGNORECASE)
_UNIT_NAMES = [(re.compile(u + r"$", re.IGNORECASE), name) for u, name in _UNIT_TABLE]
# Units that attach to a number with no space and may be followed by letters no other way.
_GLUED_UNITS = re.compile(r"(?:km2?|km²|kg|cm|mm|m|mi|ft|ha|mph|lbs?|bn)(?![\w²])", re.IGNORECASE)
_CURRENCY = {"US$": "$", "USD": "$", "A$": "A$", "C$": "C$", "$": "$", "£": "£", "GBP": "£", "€": "€", "EUR": "€",
             "¥": "¥", "₹": "₹", "Rs": "₹", "Rs.": "₹", "INR": "₹"}

_MONTHS = rf"(?:{vocab.MONTH_NAMES_RE}|{vocab.MONTH_ABBREVIATIONS_RE})\b\.?"

# Qualifiers in front of a number ("more than", "about"), kept in the figure's text; the signs
# ("~") stand glued to the number and are not looked for here.
_QUALIFIERS = [q for q in vocab.qualifiers_longest_first() if q[0].isalpha()]
_QUALIFIER_RE = re.compile(
    r"(?:^|(?<=[\s(\"“—–]))(?P<q>" + "|".join(re.escape(q) for q in _QUALIFIERS)
    + r")\s+$", re.IGNORECASE)
# Qualifiers recorded but left out of the text ("just six Marine guards", "within two hours").
_SOFT_QUALIFIER_RE = re.compile(r"(?:^|(?<=\s))(?P<q>just|only|within|merely|a total of|all)\s+$", re.IGNORECASE)

# Words that make a following capitalised number part of a name ("Apollo 8", "Route 66").
_NOT_NAME_WORDS = {
    "about", "over", "around", "some", "nearly", "almost", "approximately", "more", "less", "only",
    "just", "up", "at", "per", "by", "in", "on", "of", "and", "from", "to", "with", "the", "i",
    "approximately", "roughly", "around", "exactly", "another", "all", "only", "with", "some",
    "over", "under", "almost", "nearly", "estimated", "for", "between", "after", "within",
    "a", "an", "these", "those", "his", "her", "their", "its", "our", "my", "your", "this", "that",
    "than", "both", "each", "every", "no", "as", "if", "when", "while",
}
# Nouns after which a number is a label, not a count.
_LABEL_BEFORE = re.compile(
    r"(?:\b(?:no|nos|number|nr|p|pp|page|pages|chapter|chap|ch|vol|volume|section|sec|art|article|"
    r"route|highway|interstate|flight|psalm|verse|line|lines|track|episode|season|book|part|act|"
    r"scene|level|grade|class|room|gate|platform|pier|exit|km|mile|size|model|type|mark|mk|"
    r"channel|figure|fig|table|item|rule|step|phase|stage|round|game|match|week|day|ranked|rank|"
    r"ranking|placed|seeded|hill|height|elevation|point|kilometre|kilometer|milepost|chromosome|op|opp|opus|"
    r"terminal|version|release|issue|series|division|platform|lot|locus|bus|tram|apartment|suite|unit|"
    r"footnote|note|fn|appendix|plate|map|entry|paragraph|para|clause|verse|canto|psalm|sections|articles|chapters|"
    r"asteroid|planet|indexed\s+(?:at|as|under)|coded\s+(?:as|at)|U\.S|US|SR|state\s+route|county\s+road|"
    r"KV|BWV|HWV|Hob|RV|WoO|TWV)\.?|#|№|\bK\.|(?:\(|[,;]\s)D\.?)\s*$",  # "U.S. 14 travels east": a road's number
    re.IGNORECASE)  # ("K. 271", "BWV 1007", "(D. 759)": a work's number in its composer's catalogue)
# A list of numbers after a plural label: "symphonies (Nos. 39, 40, and 41", "pages 12, 14 and 20"
_LABEL_LIST_BEFORE = re.compile(r"\b(?:nos|numbers|pp|pages|chapters|psalms|routes|tracks|episodes|opp)\.?\s*\d+[a-z]?"
                                r"(?:\s*,\s*\d+[a-z]?)*\s*,?\s*(?:and|or|&)?\s*$", re.IGNORECASE)


# Roads numbered together: "Highway 407 & 400", "Routes 9 and 20", "Interstates 5/405"
_ROAD_NUMBERS_BEFORE = re.compile(r"\b(?:routes?|highways?|hwy\.?|interstates?|I-)\s*\d+[A-Z]?\s*(?:&|and|or|,|/)\s*$",
                                  re.IGNORECASE)
_WINDOW = zones.WINDOW
_SUBJECT_REACH = 400  # how far back a speech verb's subject is looked for
_left, _right = zones.left, zones.right


def _label_before(text: str, pos: int) -> bool:
    """A label such as 'No.', 'page', 'Route' just before pos (searched in the last words only:
    a pattern anchored at the end would otherwise be tried at every position before)."""
    return _LABEL_BEFORE.search(text, max(0, pos - 40), pos) is not None \
        or _LABEL_LIST_BEFORE.search(text, max(0, pos - 80), pos) is not None


_YEAR_PREP = re.compile(
    r"\b(?:in|of|by|around|since|until|till|from|to|after|before|during|through|spring|summer|"
    rf"autumn|fall|winter|early|late|mid|year|years|{vocab.ERAS_RE}|{vocab.alternation(vocab.CIRCA)}|between|and|"
    r"the|–|-|(?<!\w)[bdr]\.|fl\.)\s*$", re.IGNORECASE)  # "(b. 857)", "(d. 1227)", "(r. 737–793)", "(fl. 590)"
# a plural noun after a number makes it a count ("834 sites"); a verb does not ("in 834 says")
_PLURALISH = re.compile(  # ("In 726 the soldiers rose": a determiner after the number opens a new phrase)
    r"^\s*(?:(?!(?:the|a|an|his|her|its|their|this|that|these|those)\s)[a-z]+\s+)?(?:[a-z]+s(?<!ss)(?<![iu]s)(?<!\bhas)(?<!\bwas)(?<!\bdoes)(?<!\bits)(?<!\bas)"
    r"(?<!\bsays)(?<!\bshows)(?<!\bdescribes)(?<!\bmentions)(?<!\bconfirms)(?<!\bstates)(?<!\bremains)|people|men|"
    r"women|children|feet|persons|troops|police|cattle|personnel|staff|works)\b")
_FRACTION_AFTER = re.compile(r"^[\s-]+(?:thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|"
                             r"hundredths?|halves|half(?!\s*-?\s*(?:brothers?|sisters?|siblings?)))\b",
                             re.IGNORECASE)
# Words after which "one" is a count ("for one season", "and one touchdown", "only one").
_ONE_COUNT_AFTER = {
    "for", "and", "to", "only", "just", "with", "had", "has", "have", "in", "by", "at", "on", "from",
    "into", "over", "under", "within", "about", "nearly", "almost", "exactly", "least", "most",
    "than", "of", "were", "was", "are", "is", "lost", "won", "scored", "caught", "made", "took",
    "killed", "wounded", "captured", "left", "sent", "built", "after", "before", "during", "but",
    "or", "across", "per", "each", "survived", "leaving", "include", "including", "included",
}
# "one" is a pronoun or part of an idiom far more often than a count.
_ONE_NOT_BEFORE = re.compile(
    r"^[\s-]+(?:of|another|who|whom|which|that|could|can|would|should|must|may|might|will|is|was|"
    r"has|had|does|did|day|time|point|hand|side|way|more|or|to|by|after|thing|another|and|roof|go|reason|being|"
    r"another|else|other|such|in|at|on|for|with|as|from|[A-Z])\b")
_ONE_NOT_AFTER = re.compile(r"\b(?:no|any|every|each|some|the|this|that|which|no-|anyone|someone|"
                            r"only|just|but|than|as|at|in|of|on|ones?|another|such)\s*$", re.IGNORECASE)
# Hyphenated words after a number word that make an adjective, not a count ("one-sided").
_HYPHEN_STOP = re.compile(r"^-(?:sided|way|time|off|dimensional|fold|thirds?|quarters?|halves|half|on|pointers?|"
                          r"party|state|act|liner|piece|man band|stop|wheel|wheeled|track|door|seater|cylinder|stroke)\b", re.IGNORECASE)
# Words after a dash pair or "X to Y" that make it a game score or record, not a range.
_SCORE_AFTER = re.compile(r"^\s*(?:victory|win|wins|won|loss|losses|lost|defeat|record|lead|tie|"
                          r"draw|decision|score|margin|final|result|vote|aggregate|scoreline|"
                          r"in (?:favou?r|overtime)|over|against|at halftime|mark|season|start|campaign|finish|"
                          r"in (?:league|conference|the (?:league|conference|division|regular season)))\b", re.IGNORECASE)
_SCORE_BEFORE = re.compile(r"\b(?:won|win|lost|lose|beat|beating|defeated|defeating|victory|drew|tied|went|going|"
                           r"posted|posting|compiled|compiling|mark of|record of|"
                           r"score|scored|record|vote|votes|voted|margin|led|leading|trailed|finished)"
                           r"(?:\s+\w+){0,3}\s*,?\s*$", re.IGNORECASE)


# ---------------------------------------------------------------- numbers

def _words_value(text: str) -> float | None:
    """Value of a run of number words, or None if it does not form a number."""
    half = 0.5 if re.search(r"\band[\s-]+(?:a[\s-]+)?half$", text, re.IGNORECASE) else 0.0
    text = re.sub(r"[\s-]+and[\s-]+(?:a[\s-]+)?half$", "", text, flags=re.IGNORECASE)
    tokens = [t for t in re.split(r"[\s-]+", text.lower()) if t and t != "and"]
    total, current, last = 0, 0, None
    for tok in tokens:
        if tok in _UNITS_WORDS:
            if last in ("unit",) or (last == "tens" and _UNITS_WORDS[tok] >= 10):
                return None
            current += _UNITS_WORDS[tok]
            last = "unit"
        elif tok in _TENS_WORDS:
            if last in ("unit", "tens"):
                return None
            current += _TENS_WORDS[tok]
            last = "tens"
        elif tok in _SCALE_WORDS:
            if last is None:
                return None
            scale = _SCALE_WORDS[tok]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
            last = "scale"
    return total + current + half


def _digits_value(text: str) -> float:
    """Value of "2,000", "1.5 million", "32½", "½"."""
    m = re.match(r"([\d,]*\.?\d*)\s*(½)?\s*(hundred|thousand|million|billion|trillion|bn|m)?$", text.strip().lower())
    if not m:
        return float(re.sub(r"[^\d.]", "", text) or 0)
    value = float(m.group(1).replace(",", "") or 0) + (0.5 if m.group(2) else 0.0)
    scale = {"bn": 1e9, "m": 1e6}.get(m.group(3) or "", _SCALE_WORDS.get(m.group(3) or "", 1))
    return value * scale


def _clean(value: float) -> int | float:
    value = round(value, 4)
    return int(value) if float(value).is_integer() else value


@dataclass
class _Num:
    start: int  # offsets in the sentence text
    end: int
    value: float
    is_word: bool
    currency: str | None
    raw: str
    year_like: bool


def _first_letter_groups(words) -> str:
    """'one|two|three' as 'o(?:ne)|t(?:hree|wo)': the engine tries one branch per position."""
    groups: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        groups.setdefault(w[0], []).append(w[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


# Every number holds a digit, '½' or a number word, with at most a currency sign before it and
# a scale word or 'and a half' after it: zones around these anchors hold all numbers.
_DIGIT_ANCHOR = re.compile(r"[\d½][\d½,.]*")
_NUMBER_WORD_ANCHOR = re.compile(_first_letter_groups(_NUMBER_WORDS))  # run on lower-cased text
_NUMBER_MARGIN = 30
# Letters that a case-insensitive pattern equates with ASCII ones but str.lower() does not.
_CASE_ODDITIES = ("\u0130", "\u0131", "\u017f", "\u212a")


def _number_zones(text: str) -> list[tuple[int, int]]:
    low = text.lower()
    if not text.isascii() and (len(low) != len(text) or any(ch in text for ch in _CASE_ODDITIES)):
        return [(0, len(text))]  # offsets in the lower-cased text would not be the text's
    anchors = _digit_spans(text) + [m.span() for m in _NUMBER_WORD_ANCHOR.finditer(low)]
    return zones.merge(anchors, len(text), _NUMBER_MARGIN)


@lru_cache(maxsize=1024)  # a sentence's digits are looked for by the skipped spans, then the numbers
def _digit_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _DIGIT_ANCHOR.finditer(text)]


_DECIMAL_COMMA_SHARE = re.compile(r",(\d{1,2})(?=\s?(?:%|per\s?cent\b))")


_NAME_WORD_BEFORE = re.compile(r"\b(?!(?:The|A|An|In|On|At|By|For|Of|And|But|All|Only|Some|Its|His|Her|Their|These|Those|About|Over|With|From|To|After|Before|During|Nearly|Almost)\s)[A-Z][a-z]+\s$")
_NAME_WORD_AFTER = re.compile(r"\s[A-Z][a-z]+")


def _scan_numbers(text: str) -> list[_Num]:
    out = []
    taken = 0
    for m in zones.finditer(_CORE_RE, text, _number_zones(text)):
        if m.start() < taken:
            continue  # (the decimals of a share read with the number before them)
        if m.group("dig"):
            raw = m.group(0)
            num_text = raw[len(m.group("cur") or ""):].strip()
            value = _digits_value(num_text)
            year_like = (re.fullmatch(r"\d{3,4}", m.group("dig")) is not None and m.group("cur") is None
                         and num_text == m.group("dig"))
            end = m.end()
            comma = _DECIMAL_COMMA_SHARE.match(text, end) if num_text.isdigit() else None
            if comma:  # "32,1% of the residents": a decimal comma, 32.1%, not 32 and 1%
                value, year_like = float(num_text + "." + comma.group(1)), False
                end = comma.end()
                raw = text[m.start():end]
                taken = end
            short = re.match(r"\s?(bn|m)\b", text[end:]) if m.group("cur") else None
            if short:  # "$3m", "£2bn"
                value *= 1e9 if short.group(1) == "bn" else 1e6
                end += short.end()
                raw = text[m.start():end]
            out.append(_Num(m.start(), end, value, False, m.group("cur"), raw, year_like))
        else:
            wrd = m.group("wrd")
            value = _words_value(wrd)
            first = wrd.split()[0].split("-")[0].lower()
            if value is None or first in _SCALE_WORDS:
                continue
            if wrd.islower() and _NAME_WORD_BEFORE.search(text, max(0, m.start() - 25), m.start()) \
                    and _NAME_WORD_AFTER.match(text, m.end()):
                continue  # "Huis ten Bosch", "Pieter ten Cate": a Dutch particle inside a name
            out.append(_Num(m.start(), m.end(), value, True, m.group("cur"), m.group(0), False))
    return out


# ---------------------------------------------------------------- sources

_VERBS_STRONG = (
    r"stated|said|reported|claimed|estimated|announced|noted|confirmed|disclosed|added|"
    r"put the (?:number|figure|toll|total)|gave (?:a|the) (?:number|figure|toll|total)|"
    r"(?:put|puts|give|gives|gave|place|places|placed)(?=\s+(?:[\w'’]+\s+){0,5}(?:at\s+)?(?:about\s+|some\s+)?[$£€]?\d)|"
    # "The Oxford Olympics Study established the outturn cost of the Games at USD 1.0 billion"
    r"(?:established|establishes|assessed|assesses)(?=\s+(?:[\w'’.-]+\s+){1,10}at\s+(?:about\s+|some\s+)?"
    r"(?:(?:USD|US\$|EUR|GBP)\s*)?[$£€]?\d)|"
    r"counted|recorded|registered|listed|showed|shows|show|shown|indicates|indicated|found|finds|reckoned|calculated|projected"
)
# Verbs that take a source only when followed by "that" (their base forms are also nouns).
_VERBS_THAT = r"agreed?|agrees|suggested|asserted|alleged|argued|revealed|maintained|insisted|admitted|acknowledged|indicated|states?|says?|reports?|claims?|estimates?|notes?|suggests?|confirms?|discloses|adds|asserts|alleges|argues|reveals|declared?s?|maintains|insists|admits|acknowledges|indicates|believe|believed|believes|think|thought|thinks|contend|contended|contends|concluded|concludes|conclude|said|told|wrote|writes|recalled|recalls|remembered|observed|explained"
_VERBS_ING = r"adding|stating|saying|claiming|noting|reporting|announcing|estimating|suggesting|confirming|asserting|arguing|citing"
_WEAK_VERBS = {"counted", "recorded", "registered", "listed", "showed", "shows", "show", "shown", "indicates", "indicated",
               "found", "finds",
               "reckoned", "calculated", "projected", "put", "puts", "give", "gives", "gave", "place", "places",
               "placed"}
# ... or, for these, a named party that puts a number on something: "Brown put British losses at
# 200", "Smith gives a figure of 40,000".
_ESTIMATE_VERBS = {"put", "puts", "place", "places", "placed", "give", "gives", "gave"}
# ... or, for these, a person the people rules know: "Schröter found ...", "Starostin (1991) found ..."
_FINDING_VERBS = {"found", "finds", "calculated", "reckoned"}
# ... or, for these, a probe or an instrument that measured it: "Venera 4 showed ... almost 500 C"
_PROBE = re.compile(r"[A-Z][\w-]*(?:\s[A-Z][\w-]*)?\s\d{1,2}[A-Z]?")
# ... or, for these, a study that sets a value at a figure (the verb's pattern asks for the "at" and the
# figure): "The Oxford Olympics Study established the cost at ..." (not "the council established the park at")
_ASSESSING_VERBS = {"established", "establishes", "assessed", "assesses"}
_STUDY_NOUNS = re.compile(r"\b(?:study|studies|report|survey|audit|analysis|review|research|researchers|census|"
                          r"investigation|inquiry|assessment)\b", re.IGNORECASE)
_ESTIMATE_OBJECT = re.compile(r"\s+(?:[\w'’]+\s+){1,4}(?:at|of)\s+(?:about\s+|around\s+|some\s+|approximately\s+)?[$£€]?\d")
# A weak verb names a source only when its subject is a survey-like thing.
_SOURCE_NOUNS = re.compile(r"\b(?:census|survey|count|registry|register|report|study|studies|estimate|"
                           r"poll|statistics|data|records?|investigation|inquiry|commission|audit|"
                           r"analysis|review|research|researchers?|scientists?|experts?|historians?|sources?|figures|estimates|"
                           r"officials?|authorities|media|government|ministry|agency|UN|police|army|newspapers?|website|"
                           r"catalogue|database|archives?|council|committee|office|department|board)\b",
                           re.IGNORECASE)
# Verbs whose object is the figure itself: "the website acknowledges 11 children", "Smith has
# accounted for 18 manuscripts". Only a named party or a source-like noun is taken as their subject.
_VERBS_DIRECT = (r"acknowledges|acknowledged|accounted\s+for|accounts\s+for|lists|identifies|identified|"
                 r"documents|documented|cites|cited|records|mentions|mentioned")
_FIGURE_AHEAD = (r"(?=\s+(?:(?:about|some|around|approximately|over|more\s+than|at\s+least|nearly|only|just|"
                 rf"a\s+total\s+of)\s+)?(?:[$£€]?\d|(?i:{_WORD})\b))")
# Present tenses that are also plural nouns, taken without "that" only after a named party or a
# source-like noun: "Morris estimates his work raised $50 million", not "Estimates the ...".
_VERBS_NAMED = r"estimates|claims|believes|reckons|thinks|says|states|reports"
# What follows such a verb when it is one: a determiner, a figure ("the Red Cross says 300 people"), or a
# short clause ("the IISS says totals have dropped from 14 divisions")
_NAMED_AHEAD = (r"(?=\s+(?:his|her|their|its|the|there|about|some|around|over|nearly)\s|\s+(?:more\s+than\s+)?[$£€]?\d|"
                r"\s+[a-z]+(?:\s+[a-z]+)?\s+(?:have|has|had|was|were|is|are|will|would)\s)")
# Forecasts: "Endiama expects production to increase by 8%", "a figure which Capital Economics
# projects to rise to £1.5 billion"; taken only after a named party or a source-like noun.
_VERBS_FORECAST = r"expects|expected|projects|predicts|predicted|forecasts|forecast|anticipates|anticipated"
# "wrote in 1950 that", "said in an interview that": where or when, between the verb and "that".
_SAID_WHERE = r"(?:in|on|at|during)\s+(?:[\w'’]+\s+){1,4}?"
_VERB_RE = re.compile(rf"\b(?:(?P<strong>{_VERBS_STRONG})|(?P<that>{_VERBS_THAT})(?=\s*:|\s+(?:{_SAID_WHERE})?(?:that|\"|“|:))|"
                      rf"(?P<told>told|informed|assured)(?=\s+(?:[\w'’.-]+\s+){{1,4}}that\b)|"
                      rf"(?P<ing>{_VERBS_ING})|(?P<direct>{_VERBS_DIRECT}){_FIGURE_AHEAD}|"
                      rf"(?P<named>{_VERBS_NAMED}){_NAMED_AHEAD}|"
                      rf"(?P<forecast>{_VERBS_FORECAST})(?=\s+(?:[\w'’]+\s+){{0,4}}?to\s+[a-z]))\b")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being|it|widely|reportedly|not|an|a|the|as)\s+"
                             r"(?:(?:\w+ly|also|then|later|further|not|never|still|first|originally|since|often)\s+)?$",
                             re.IGNORECASE)
_ACCORDING = re.compile(
    r"\b(?:(?i:" + vocab.alternation(p for p in vocab.ATTRIBUTION_PHRASES if p != "per") + r"|"
    r"figures (?:from|by|of)|estimates? (?:from|by|of)|data (?:from|by))|"
    r"[Pp]er(?=\s+(?:the\s+)?(?:[A-Z]|(?:[a-z]+\s+){0,2}(?:data|figures|estimates?|sources|reports?|count|census|"
    r"statistics)\b)))\s+"
    r"(?P<src>(?:[^,;:.()\"“”]|[\"“][^\"“”]{1,60}[\"”])+?)(?=\s*(?:[,;:.()]|$|\s+(?:that|which|who|there|to be|to have|at (?=[$£€]?\d)|in (?:\d|the (?:city|area|region))|on \d|were|was|had|have|has|is|are|"
    r"shows?|showed|suggests|suggested|indicates|indicated|puts|estimated|says|said|stated|reported|revealed|"
    r"placed|gives|gave)\b))")
# "Casualties were estimated at 5,000 by the Red Cross."
_BY_AGENT = re.compile(r"\b(?:estimated|reported|counted|recorded|confirmed|claimed|given|put|stated|announced|"
                       r"registered|billed)\b[^;()]{0,40}?\bby\s+(?P<src>(?:the\s+)?(?!" + _MONTHS + r")[A-Z][^,;:.()\d]*?|"
                       # "billed by the promotion as": a body named by its kind
                       r"the\s+(?:promotion|company|organi[sz]ers|club|league|federation|association|union|party|"
                       r"church|museum|university|government|ministry|police|army|military|authorities|officials|"
                       r"organi[sz]ation|agency|census|survey|report|study|researchers|media|press))"
                       r"(?=\s*(?:[,;:.()]|$)|\s+(?:to\s+be|to\s+have|as|at)\b)")
_OTHER_AGENT = re.compile(r"\s[a-z]+ed\s+by\s+$")
# "As Smith noted, 400 copies were printed": the clause after the comma is Smith's.
_AS_SAID = re.compile(r"\b[Aa]s\s+(?P<src>(?:the\s+)?[A-Z][^,;:\"“”]{0,60}?)\s+(?:has\s+|had\s+|later\s+)?"
                      r"(?:noted|said|reported|wrote|observed|pointed out|estimated|stated|explained|claimed|"
                      r"recalled)\s*,")
_FRONTED_BY = re.compile(r"(?:As\s+)?(?:Described|Reported|Recorded|Documented|Recounted|Chronicled|Related|"
                         r"Told|Presented)(?:\s+in\s+(?:detail|full))?\s+by\s+(?P<src>[^,;:()]{3,90}?),\s")
# "named according to", "classified according to": the phrase gives a criterion, not who says so
_SORTED_BY = re.compile(r"\b(?:named|classified|divided|grouped|sorted|ranked|categori[sz]ed|arranged|ordered|"
                        r"varies|vary|varied|differs?|differed|adjusted|organi[sz]ed|distributed|assigned|graded|priced|"
                        r"determined|calculated|measured|defined|subdivided|split)\s+(?:\w+ly\s+)?$")
_CITING = re.compile(r"\bciting\s+(?P<src>[^,;:.()\"“”]+?)(?=\s*(?:[,;:.()\"“”]|$))")
_FIGURES_OF = r"['’]s\s+(?:official\s+)?(?:figures?|estimates?|data|count|tally|statistics|numbers)\b"
_POSSESSIVE_FIGURES = re.compile(r"\b(?P<src>(?:[A-Z][\w.&-]*\s+){0,5}[A-Z][\w.&-]*)" + _FIGURES_OF)
# What a sentence must hold for each source pattern to match: a test far cheaper than the pattern,
# which backtracks over the capitalised words (or the clause) before the part it needs.
_PER_WORD = re.compile(r"[Pp](?<!\w[Pp])er\s")  # "\b[Pp]er\s", led by its letters to skip fast
_CITED_WORDS = ("according to", "reported by", "stated by", "estimated by", "figures ", "estimate", "data ")


def _may_cite(text: str) -> bool:
    """Can ``_ACCORDING`` match? Its phrases are matched in any case: on ASCII text, the lowered
    text holds them (outside ASCII, re.I equates other letters with s and k: no shortcut)."""
    if not text.isascii():
        return True
    low = text.lower()
    return any(w in low for w in _CITED_WORDS) or _PER_WORD.search(text) is not None


_MAY_MATCH = {
    _ACCORDING: _may_cite,
    _POSSESSIVE_FIGURES: re.compile(_FIGURES_OF).search,
    _BY_AGENT: lambda text: "by" in text,
    _CITING: lambda text: "citing" in text,
    _AS_SAID: lambda text: "as " in text.lower(),
}

_SUBJECT_DROP = re.compile(
    r"^(?:in|on|at|during|after|before|following|while|when|where|who|whom|which|whose|citing|"
    r"according|despite|with|without|as|since|until|however|later|then|also|subsequently|"
    r"meanwhile|thus|therefore|moreover|furthermore|right|for|from|by|under|about|earlier|finally|"
    r"first|yet|still|now|today|ultimately|although|though|because|if|once|between|into|upon|"
    r"instead|indeed|nevertheless|nonetheless|similarly|likewise|accordingly|separately|"
    r"previously|initially|eventually|again|but|and|or|so|that|this|these|those|it|there|"
    r"speaking|addressing|visiting|responding|writing|the next day|early|late|mid|\d)\b", re.IGNORECASE)
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "this", "that", "which", "who", "these",
             "those", "one", "some", "others", "many", "both", "each", "all", "his", "her", "their"}
_AUX_TAIL = re.compile(r"(?:\s+(?:had|has|have|also|later|then|further|subsequently|previously|"
                       r"would|had also|officially|publicly|initially|once|again|first|reportedly|"
                       r"repeatedly|allegedly|itself|themselves|himself|herself|in turn|"
                       r"in response|however|too|originally|separately|similarly|likewise))+\s*$",
                       re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;:]\s+|\s+[–—]\s+(?=the\s+[A-Z]|[A-Z])|,?\s+while\s+|,\s+(?:and|but|whereas|whilst|although|though)\s+|"
                           r"\s+but\s+|\s+whereas\s+|\s+and\s+(?=(?:the|[A-Z])[^,]*?\s+(?:"
                           + _VERBS_STRONG + r")\b)")
# Where a speech verb's reach ends: a new clause that contrasts with it.
# ("X thought that the 90 mi/h top speed was excessive and thus reduced it to 848 cc": his act, not his claim)
_SCOPE_END = re.compile(r";\s+|,\s+(?:but|while|whereas|whilst|although|though)\s+|\s+while\s+|"
                        r",?\s+and\s+(?:thus|then|so|therefore|subsequently)\s+(?=[a-z]+ed\b)|"
                        r",\s+and\s+(?:on|in|by|later|then|subsequently|after|since|during|meanwhile)\b")
# Comma-separated time adverbials that are no subject: "ten years later", "two days after".
_TIME_PART = re.compile(r"\b(?:later|earlier|ago|afterwards?|before|after)$|^(?:" + _WORD + r"|\d+)\b"
                        r"(?!\s+(?:[a-z]+\s+)?(?:study|studies|report|survey|census|estimate|source|analysis|review|"
                        r"article|paper|newspaper|official|officials)\b)", re.IGNORECASE)
_LEADING_ARTICLE = re.compile(r"^(?:the|The)\s+")


def _split_commas(text: str) -> list[str]:
    """Split at commas outside quotes and brackets."""
    if not any(mark in text for mark in '([)]"“”'):  # (most text: every comma splits)
        return [p.strip(" \"“”'") for p in text.split(",") if p.strip(" \"“”'")]
    parts, depth, quote, buf = [], 0, False, []
    text = text.replace(',"', '",').replace(",”", "”,")  # a comma before a closing quote ends the part
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch in "\"“”":
            quote = not quote if ch == '"' else ch == "“"
        if ch == "," and depth == 0 and not quote:
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    parts.append("".join(buf))
    return [p.strip(" \"“”'") for p in parts if p.strip(" \"“”'")]


# "according to his naturalization petition", "her memoirs": a person's own papers give the figure
_OWN_DOCUMENT = re.compile(r"\b(?:petition|diary|diaries|memoirs?|autobiography|letters?|testimony|will|obituary|"
                           r"application|affidavit|certificate|passport|records|papers|account|deposition)"
                           r"(?:\s+(?:of|from|dated)\s+[\w ,]{3,30})?\s*$", re.I)


def _tidy_source(src: str, names: list[str]) -> str | None:
    """Trim a source phrase: leading ``the``, a role before a person's name, trailing clutter."""
    src = re.sub(r"[\"“”]", "", src).strip(" ,;:'")
    src = re.sub(r"\s*\b(?:who|which|that)\b.*$", "", src)
    src = re.sub(r"['’]s?$", "", src).strip()
    # "the latest numbers gathered by International PEN": the party that gathered them
    src = re.sub(r"^(?:the\s+)?(?:(?:latest|last|newest|official|recent|most\s+recent)\s+)?(?:numbers|figures|data|"
                 r"statistics|estimates|counts)\s+(?:gathered|compiled|collected|published|released|provided)\s+by\s+",
                 "", src, flags=re.I)
    src = re.sub(r"(?:\s+(?:later|also|then|once|again|further|reportedly|recently|previously|herself|himself|"
                 r"themselves|itself))+$", "", src)
    if not src or not re.search(r"[A-Za-z]", src):
        return None
    if src.split()[0].lower() in _PRONOUNS and len(src.split()) == 1:
        return None
    if src.lower().split()[0] in _PRONOUNS and src.lower().split()[0] not in {"this", "that", "these", "those"} \
            and not (len(src.split()) >= 2 and _SOURCE_NOUNS.fullmatch(src.split()[1])) \
            and not (src.lower().split()[0] in ("his", "her", "their", "its") and len(src.split()) <= 8
                     and _OWN_DOCUMENT.search(src)):
        return None  # ("some studies", "one report" name what gives the figure; "some of them" does not)
    if _UNNAMED_ESTIMATE.fullmatch(src):
        return None  # "One estimate of the damage put ...": no party named
    if re.match(r"(?:of|in|on|at|for|from|among|with|by|to|into|during|after|before)\s", src, re.I):
        return None  # "Of the nation's minorities, Christians who estimated ...": a phrase, no party
    # A known person's name inside a longer phrase: "the Armenian prime minister Nikol Pashinyan".
    for name in sorted(names, key=len, reverse=True):
        if name != src and src.endswith(" " + name) and re.search(r"\b[a-z][\w-]*,?\s+$", src[:-len(name)]):
            return name
    # A name followed by the rest of a clause: "Mrs Merkel never tires of".
    m = re.match(r"^((?:[A-Z][\w'’.-]+\s+)*[A-Z][\w'’.-]+)\s+(?:never|always|often|also|repeatedly|still|"
                 r"has|had|have|is|was|would|will|can|could|does|did|keeps|tires|went|goes)\b", src)
    if m and not re.match(r"^(?:The|A|An)$", m.group(1)):
        return m.group(1)
    # A role in lowercase words followed by a capitalised name at the end.
    m = re.match(r"^(?P<role>.*\b[a-z][\w-]*)\s+(?P<name>(?:[A-Z][\w'’.-]*\s+)+[A-Z][\w'’.-]*)$", src)
    if m and not re.search(r"\b(?:of|for|and|de|del|the|on|in)$", m.group("role")):
        return m.group("name")
    src = _LEADING_ARTICLE.sub("", src)
    if len(src.split()) > 10:
        return None
    if re.search(r"\b(?<!-)[a-z]+ed\s+(?:the|a|an|his|her|their|its|to)\b|\b(?:had|has|have|was|were|is|are)\b", src):
        return None  # a clause, not a party: "officials cancelled the run-off and"
    return src or None


_FIGURES_FROM = re.compile(r"^(?:[Ff]igures|[Dd]ata|[Ee]stimates|[Ss]tatistics|[Nn]umbers)\s+(?:from|by|of)\s+(?:the\s+)?")
# "Population", "Management", "Research": a capitalised noun opening a sentence, not a name
_NOUN_ENDING = re.compile(r"(?:tion|sion|ment|ity|ness|ance|ence|ure|ism|ics|ship|ing|ogy|ry)$", re.IGNORECASE)


def _is_name(part: str, names: list[str]) -> bool:
    bare = _LEADING_ARTICLE.sub("", part.strip())
    if any(bare == n or bare.endswith(" " + n) for n in names):
        return True
    return bool(re.fullmatch(r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*", bare))


_LEADING_TIME = re.compile(
    r"^(?:On|In|By|During|Since|From|After|Before|Until|Later\s+on)\s+(?:(?:early|late|mid)[\s-]+)?"
    r"(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?|[A-Z][a-z]+|\d{4})(?:,?\s+\d{4})?"
    r"\s+(?=(?:the|that|this|these|those)\b|[A-Z])")


_OPENING_CONJUNCTION = re.compile(r"^(?:Although|Though|While|Whilst|When|Because|Once|Whereas|After|Before)\s+"
                                  r"(?=[Tt]he\s|[A-Z])")
_TRAILING_ADVERBIAL = re.compile(r"\s+(?:during|in|after|before|since|at|on|across|throughout)\s+[^,]*$")


_NEW_SUBJECT = re.compile(r"\s+(?:and|but)\s+(?=(?:the\s+)?[A-Z])")
_CLAUSE_VERB = re.compile(r"\b(?:[a-z]{3,}ed|is|was|were|are|has|had|have|rose|fell|grew)\b")


def _subject_before(text: str, verb_start: int, names: list[str]) -> str | None:
    """The subject of a speech verb: the clause before it, stripped of adverbials and asides."""
    # A subject is a few words (at most 12): look back a few hundred characters, not to the start.
    lo = max(0, verb_start - _SUBJECT_REACH)
    cut = lo
    for m in _CLAUSE_BREAK.finditer(text, lo, min(len(text), verb_start + 40)):
        if m.end() > verb_start:
            break
        if m.group(0).strip() == "and" and not re.search(r"\b(?:[a-z]+ed|is|was|were|are|has|had|have)\b",
                                                         text[cut:m.start()]):
            continue  # "Inter IKEA group of companies and I.I. Holding reported": one subject
        cut = m.end()
    if cut == lo > 0:
        return None  # no clause break within reach: the subject is too far back to trust
    head = _AUX_TAIL.sub("", text[cut:verb_start]).rstrip(" ,")
    timed = _LEADING_TIME.sub("", head)  # "On September 1 that division reported": the division
    if timed != head and re.fullmatch(r"(?:that|this|these|those)\s+[a-z]+(?:\s+[a-z]+)?", timed):
        return timed  # (not tidied: the tidy step cuts "that ..." as a relative clause)
    # "a figure which Capital Economics projects": the party after the relative pronoun
    rel = None
    for rel in re.finditer(r"\b(?:which|that|whom)\s+(?=(?:the\s+)?[A-Z])", timed):
        pass  # (the last: "found that Deliveroo had ..., a figure which Capital Economics")
    if rel and len(timed[rel.end():].split()) <= 5:
        timed = timed[rel.end():]
    # "Although Piëch later claimed that ...": the conjunction opens the clause, the subject follows
    head = _OPENING_CONJUNCTION.sub("", timed) if "," not in timed else timed
    head = re.sub(r"\s*\([^()]*\)\s*$", lambda m: m.group(0) if re.search(r"[A-Z]{2,}", m.group(0)) else "", head)
    parts = [p for p in _split_commas(head) if not _SUBJECT_DROP.match(p) and not _TIME_PART.search(p)]
    if not parts:
        return None
    named = [p for p in parts if _is_name(p, names)]
    part = named[-1] if named and len(parts) > 1 else parts[0]
    joined = list(_NEW_SUBJECT.finditer(part))
    if joined and _CLAUSE_VERB.search(part[:joined[-1].start()]):
        # "Production rose by 30% in 2006 and Endiama, the national diamond company, expects ...":
        # a new clause, and its subject, after the "and"
        part = part[joined[-1].end():]
    while len(part.split()) > 12 and _SOURCE_NOUNS.search(" ".join(part.split()[:3])):
        # "A study following the burning of the oil fields during the occupation showed": the
        # study, without the time or place phrases its description ends with
        cut = _TRAILING_ADVERBIAL.search(part)
        if not cut:
            break
        part = part[:cut.start()]
    if len(part.split()) > 12:
        return None
    return _tidy_source(part, names)


def _subject_after_statement(text: str, lo: int, verb_start: int, names: list[str]) -> str | None:
    """The speaker in ``..., police said.``: the words between the last comma and the verb."""
    m = re.search(r"[,—–]\s*((?:the\s+)?[^,—–]{1,60}?)\s*$", text[lo:verb_start])
    return _tidy_source(m.group(1), names) if m else None


@dataclass
class _Cue:
    start: int  # where the cue's scope begins in the sentence text
    end: int    # where it ends
    source: str | None
    kind: str   # "verb" (covers what follows) or "clause" (covers its whole clause)
    at: int = 0  # where the cue itself stands, to pick the nearest of several


def _positions(text: str, ch: str) -> list[int]:
    """Where ``ch`` stands in the text: a find per occurrence rather than a look at every character."""
    out, i = [], text.find(ch)
    while i >= 0:
        out.append(i)
        i = text.find(ch, i + 1)
    return out


class _Marks:
    """Where the breaks a cue's scope looks for stand in a sentence, found once per sentence and
    looked up by position, so that a sentence with many cues is not rescanned for each."""

    def __init__(self, text: str):
        self.semicolons = [m.end() for m in re.finditer(r";\s+", text)]  # where a clause after ";" begins
        self.stops = [m.start() for m in _OBJECT_STOP.finditer(text)]
        self.coordinated = [m.start() for m in _COORDINATED.finditer(text)]
        self.scope_ends = [m.start() for m in _SCOPE_END.finditer(text)]
        self.plain = _positions(text, '"')
        self.opening = _positions(text, "“")
        self.closing = _positions(text, "”")

    def clause_start(self, pos: int) -> int:
        """Where the clause holding ``pos`` begins after the last semicolon (0 if none)."""
        i = bisect.bisect_right(self.semicolons, pos) - 1
        return self.semicolons[i] if i >= 0 else 0

    @staticmethod
    def first_from(marks: list[int], pos: int) -> int | None:
        i = bisect.bisect_left(marks, pos)
        return marks[i] if i < len(marks) else None

    def inside_quote(self, pos: int) -> bool:
        """An odd number of straight quotes, or more opening than closing curly quotes, before
        ``pos``."""
        return (bisect.bisect_left(self.plain, pos) % 2 == 1
                or bisect.bisect_left(self.opening, pos) > bisect.bisect_left(self.closing, pos))


_LIST_BREAK = re.compile(r"[,;:]\s+|\s(?:and|or|including)\s")
_A_FIGURE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|"
                       r"thousands?|millions?)\b", re.I)
_COMMITMENT_AFTER = re.compile(r"\s+(?:(?:its|their|his|her|new|the)\s+)?(?:(?:plans?|intention)\s+to\s+(?:invest|spend|fund)\b|"
                               r"(?:a|an)\s+(?:[$£€\w.,]+\s+){0,3}(?:plan|package|programme|program|position|budget|fund|"
                               r"investment|deal|contract|grant|pledge|initiative)\b)")
_GENERIC_SUBJECT = re.compile(r"\s(?:often|usually|generally|typically|commonly|sometimes|always|frequently|rarely|"
                              r"seldom|normally)$")
_OBJECT_STOP = re.compile(r",\s+(?:which|who|whom|where|when|while|after|before|as|and|but|since|making|"
                          r"bringing|leaving)\b|"
                          # "confirmed Hamburg's independence and it became one of 39 states": a new clause
                          r"\s(?:and|but)\s+(?:it|he|she|they|we)\s+(?!(?:said|says|stated|estimated|reported|"
                          r"claimed|added|noted|wrote|counted|put|gave|believed|thought)\b)[a-z]+\b")
_BRACKET_CLAUSE = re.compile(r"[,;)]\s+")
_COORDINATED = re.compile(r",\s+(?:and|but|while|whereas)\s+")


# A source that introduces a list of figures after a colon.
_COLON_LIST = re.compile(
    r"\b(?:gave|gives|released|releases|published|publishes|issued|issues|provided|provides|listed|lists|"
    r"reported|reports|announced|announces)\s+(?:(?:the\s+following|these|its|their|his|her|the|new|"
    r"official|final|provisional)\s+)*(?:[a-z]+\s+)?(?:figures|numbers|totals|statistics|casualties|"
    r"losses|counts?|tally|breakdown)\s*:")


def _cues(text: str, names: list[str], antecedent: str | None = None) -> list[_Cue]:
    """Where the sentence says who gives its figures; ``antecedent`` is the sentence before, in the same
    paragraph, for a statement whose subject is a pronoun."""
    cues: list[_Cue] = []
    verb_sources: list[tuple[int, str | None]] = []
    marks = _Marks(text)
    for m in _VERB_RE.finditer(text):
        if m.group("ing"):
            if m.group("ing") == "citing":
                continue
            # "X stated that ..., adding that ...": the participle shares the last subject.
            source = verb_sources[-1][1] if verb_sources else _subject_before(text, m.start(), names)
        else:
            head = _left(text, m.start())
            if _PASSIVE_BEFORE.search(head) or re.search(
                    r"\b(?:the|most|a|an|least|commonly|frequently)\s+(?:\w+ly\s+)?$", head, re.IGNORECASE):
                continue  # passive or adjectival: "it was reported", "the most commonly reported"
            word = (m.group("strong") or m.group("that") or m.group("told") or m.group("direct")
                    or m.group("named") or m.group("forecast")).split()[0]
            source = _subject_before(text, m.start(), names)
            if source:  # "Figures from the United Nations show 2.5 million": the United Nations'
                source = _FIGURES_FROM.sub("", source) or source
            if verb_sources and re.search(r"\s(?:and|but)\s+$", head):
                source = verb_sources[-1][1]  # "the ministry confirmed 300 deaths and said 40 ...": one subject
            if source is None and antecedent is not None and (m.group("strong") or m.group("that")):
                pm = _PRONOUN_SUBJECT.search(text, max(0, m.start() - 40), m.start())
                party = _leading_party(antecedent, names) if pm else None
                if party and (pm.group("p").lower() == "they") == (party[1] == 2):
                    source = party[0]  # 'Keegan wrote a book. He estimated that 300 ...': Keegan
            if source and _GENERIC_SUBJECT.search(source):
                continue  # "Analysis of a data set often reveals that two ...": what is usual, no party's claim
            if (m.group("direct") or m.group("named") or m.group("forecast")) and not (source and (_is_name(source, names) or _SOURCE_NOUNS.search(source))):
                continue  # "the list identifies 12": no party named
            if m.group("named") and source and source not in names and not _SOURCE_NOUNS.search(source) \
                    and text.startswith(source) and not (_is_name(source, names) and not _NOUN_ENDING.search(source)
                                                         and re.match(r"\s+(?:more\s+than\s+)?[$£€]?\d", text[m.end():])):
                continue  # "Population estimates the city at ...": a noun phrase, not a party ("Mahon reports 328" is)
            if word in _ASSESSING_VERBS:
                if not (source and _STUDY_NOUNS.search(source)):
                    continue  # "the council established the park at 40 hectares": an act, no claim
            elif word in _WEAK_VERBS and not (source and _SOURCE_NOUNS.search(source)
                                            and re.match(r"\s+(?:that\b|(?:[\w'’]+\s+){0,4}(?:at\s+)?[$£€]?\d)",
                                                         _right(text, m.end()))) \
                    and not (word in _ESTIMATE_VERBS and source and _is_name(source, names)
                             and _ESTIMATE_OBJECT.match(_right(text, m.end()))) \
                    and not (word in _FINDING_VERBS and source and all(p in names for p in source.split(" and "))) \
                    and not (word in ("showed", "shows", "found", "finds") and source and _PROBE.fullmatch(source)):
                # ("Sergei Starostin (1991) found about 25% of potential cognates": a scholar's finding)
                continue  # "the census counted just 16.9 million", not "50,000 registered by"
        if m.group(0).startswith("announce") and _COMMITMENT_AFTER.match(_right(text, m.end())):
            continue  # "the city announced plans to invest $44.7 million": what it will do, not a figure it claims
        verb_sources.append((m.start(), source))
        if re.match(r"\s*(?:[,.;!?]|$)", _right(text, m.end())) and not m.group("ing") \
                and not re.match(r"\s*[,:]\s*[\"“]", _right(text, m.end())):
            # ('Comparing the two works, Auster said, "...': the quotation after the comma is the statement)
            # "300 people were killed, police said.": the statement comes before the verb.
            lo = marks.clause_start(m.start())
            cues.append(_Cue(lo, m.start(), _subject_after_statement(text, lo, m.start(), names) or source, "clause",
                             m.start()))
            continue
        reach = len(text)
        if not re.match(r"(?:\s+[\w'’.-]+){0,5}?\s+(?:that\b|[\"“:])", _right(text, m.end())) and not (
                m.group("ing") or m.group("direct") or m.group("forecast")):
            # "announced the signing of the agreement, which ended 44 days of war": without
            # "that", only the verb's own object is the statement.
            stop = marks.first_from(marks.stops, m.end())
            reach = stop if stop is not None else reach
        cues.append(_Cue(m.end(), reach, source, "verb", m.start()))
    for m in _COLON_LIST.finditer(text) if ":" in text else ():  # (every match ends with the colon)
        # "The council gave these figures: 320 houses destroyed, 41 damaged": the list is theirs.
        source = _subject_before(text, m.start(), names)
        if source and (_is_name(source, names) or _SOURCE_NOUNS.search(source)):
            hi = text.find(";", m.end())
            cues.append(_Cue(m.end(), len(text) if hi < 0 else hi, source, "verb", m.start()))
    for pattern in (_ACCORDING, _POSSESSIVE_FIGURES, _BY_AGENT, _CITING, _AS_SAID):
        if pattern in _MAY_MATCH and not _MAY_MATCH[pattern](text):
            continue
        for m in pattern.finditer(text):
            if pattern is _BY_AGENT and _OTHER_AGENT.search(m.group(0), 6, m.start("src") - m.start()):
                continue  # "announced a round led by Amazon": the "by" of another participle
            source = _tidy_source(m.group("src"), names)
            if source and pattern is _ACCORDING and re.match(r"(?i)estimates?\s+of", m.group(0)) \
                    and not re.search(r"[A-Z]", source):
                continue  # "an unbiased estimate of the difference": what is estimated, not who estimates
            if source and pattern is _ACCORDING and _SORTED_BY.search(text, max(0, m.start() - 40), m.start()):
                continue  # "Two types of lava are named according to the surface texture": a criterion, no party
            if source:
                lo = marks.clause_start(m.start())
                if pattern is _BY_AGENT:
                    # "17 divisions: 6 cities, ..., and six claimed by X": a passive whose own subject holds
                    # a figure covers that figure, not the list before it
                    cut = [b.end() for b in _LIST_BREAK.finditer(text, lo, m.start())]
                    if cut and _A_FIGURE.search(text, cut[-1], m.start()):
                        lo = cut[-1]
                hi = text.find(";", m.end())
                hi = len(text) if hi < 0 else hi
                if re.search(r"\(\s*$", _left(text, m.start())):
                    # "300+ killed (per Armenia), 1,500+ killed (per Azerbaijan)": a bracketed
                    # source belongs to what stands just before the bracket.
                    opening = text.rindex("(", 0, m.start())
                    lo = max([lo] + [b.end() for b in _BRACKET_CLAUSE.finditer(text, max(0, opening - _WINDOW), opening)])
                    close = text.find(")", m.end())
                    hi = close if close >= 0 else hi
                # "X killed 12 soldiers, according to the army, and 40 died, ...": a coordinated
                # clause after the phrase is no longer covered by it.
                nxt = marks.first_from(marks.coordinated, m.end())
                if nxt is not None and nxt < hi:
                    hi = nxt
                cues.append(_Cue(lo, hi, source, "clause" if pattern is not _CITING else "citing", m.start()))
    m = _PRONOUN_CLAIM.match(text) if antecedent is not None and text[:1] in "IHST" else None
    if m:  # "Hartl and Fairbanks reject the argument. They find it likely that ...": their finding
        party = _leading_party(antecedent, names)
        if party and ((m.group("p") or m.group("q")).lower() in ("they", "their")) == (party[1] == 2):
            hi = text.find(";", m.end())
            cues.append(_Cue(m.end(), len(text) if hi < 0 else hi, party[0], "clause", m.start()))
    m = _FRONTED_BY.match(text) if text[:1] in "ADRCTP" else None
    if m:  # "Described by eyewitness X, da Gama looted the ship with over 400 pilgrims": X tells all of it
        source = _tidy_source(m.group("src"), names)
        if source:
            hi = text.find(";", m.end())
            cues.append(_Cue(m.end(), len(text) if hi < 0 else hi, source, "clause", m.start()))
    # A verb cue covers what follows it until the next verb cue or the end of its clause.
    verbs = sorted((c for c in cues if c.kind == "verb"), key=lambda c: c.start)
    for a, b in zip(verbs, verbs[1:]):
        a.end = min(a.end, b.start)
    for c in verbs:
        for brk in marks.scope_ends[bisect.bisect_left(marks.scope_ends, c.start):]:
            if brk >= c.end:
                break
            if not marks.inside_quote(brk):
                c.end = brk
                break
    return cues


def _source_for(cues: list[_Cue], pos: int) -> str | None | bool:
    """The source covering position ``pos``; False when no cue covers it."""
    verbs = [c for c in cues if c.kind == "verb" and c.start <= pos < c.end]
    if verbs and max(verbs, key=lambda c: c.start).source:
        return max(verbs, key=lambda c: c.start).source
    for kind in ("clause", "citing"):
        clause = [c for c in cues if c.kind == kind and c.start <= pos <= c.end]
        if clause:
            return min(clause, key=lambda c: abs(c.at - pos)).source
    return None if verbs else False


# ---------------------------------------------------------------- quotations

_FIRST_PERSON = re.compile(r"\b(?:I|my|me|I['’](?:m|ve|d|ll))\b")
_DASH_LINE = re.compile(r"\s*(?:—|―|–|--)")  # an attribution line under a quotation


class _QuoteSpeaker:
    """The party that speaks one quotation (``speakers.find_speaker``, any party), looked for only
    when a figure inside the quotation asks: most quotations hold none."""

    def __init__(self, doc: Document, opens: Sentence, start: int, mentions: speakers.Mentions):
        self.doc, self.opens, self.start, self.mentions = doc, opens, start, mentions
        self.closes: Sentence | None = None
        self.end: int | None = None  # set where the quotation closes, if it does within its block
        self._party: str | None = None
        self._looked = False

    def __call__(self) -> str | None:
        if not self._looked:
            quote = speakers.Quotation(self.opens, self.start, self.closes, self.end)
            found = speakers.find_speaker(self.doc, quote, self.mentions)
            self._party, self._looked = (found.party if found else self._dash_line_speaker()
                                         or self._introduced_speaker() or self._according_before()
                                         or self._pull_quote_speaker()), True
        return self._party

    def _according_before(self) -> str | None:
        """A quotation opening the sentence after one that ends "according to a spokesman for the FAI":
        that party's words."""
        if self.opens.index == 0 or self.doc.text[self.opens.start:self.start].strip():
            return None
        before = self.doc.sentences[self.opens.index - 1]
        if before.block != self.opens.block:
            return None
        found = None
        for found in _ACCORDING.finditer(before.text):
            pass  # (the last one: the party named nearest the quotation)
        if found is None or before.text[found.end():].strip(" .()") and not re.fullmatch(
                r"\s*\([^()]*\)\s*\.?\s*", before.text[found.end():]):
            return None  # ("... according to X, and the cost rose": the phrase must end the sentence)
        return _tidy_source(found.group("src"), [name for _, _, name in self.mentions])

    def _introduced_speaker(self) -> str | None:
        """A quotation set as its own paragraph after one that ends on a colon naming someone ("Morris
        Berman, a cultural historian, stated in 2012 that:" / "“It's interesting that ..."): the first
        person that sentence names."""
        if not self._stands_alone() or self.opens.index == 0:
            return None
        intro = self.doc.sentences[self.opens.index - 1]
        if intro.block != self.opens.block - 1 or not intro.text.rstrip().endswith(":"):
            return None
        named = self.mentions.starting_in(intro.start, intro.end)
        return named[0][2] if named else None

    def _stands_alone(self) -> bool:
        """Does the quotation open its paragraph?"""
        opens_block = self.opens.index == 0 or self.doc.sentences[self.opens.index - 1].block != self.opens.block
        return opens_block and not self.doc.text[self.opens.start:self.start].strip()

    def _dash_line_speaker(self) -> str | None:
        """A quotation set as its own paragraph and followed by a line opening with a dash that names
        its speaker ("... They're all gone." / "—Jim McKay of ABC brought the news"): the first person
        that line names."""
        if self.closes is None or self.end is None or not self._stands_alone() \
                or self.doc.text[self.end:self.closes.end].strip(" .,!?\"”"):
            return None
        following = self.closes.index + 1
        if following >= len(self.doc.sentences):
            return None
        line = self.doc.sentences[following]
        if line.block == self.closes.block or not _DASH_LINE.match(line.text):
            return None
        named = self.mentions.starting_in(line.start, min(line.end, line.start + 160))
        return named[0][2] if named else None

    def _pull_quote_speaker(self) -> str | None:
        """A quotation standing alone as its own paragraph or list item, in the first person, in
        a biography: the subject's own words, set beside the text that tells their life."""
        if not self._stands_alone():
            return None
        end = self.end if self.end is not None else self.opens.end
        if not _FIRST_PERSON.search(self.doc.text[self.start:end]):
            return None
        return people.biography_subject(self.doc)


_FIRST_PERSON_WORD = re.compile(r"\b(?:I|my|me|we|us|our|ours)\b")


_SOURCE_LIKE_THING = re.compile(r"presentation|paper|report|study|article|letter|memorandum|statement|declaration|"
                                r"proclamation|treaty|charter|decree|edict|speech|lecture|address|book|essay|review|survey")
# A paragraph that ends on a verb of saying and "that": what it said is the next paragraph
_SAID_THAT_END = re.compile(r"\b(?:stated|said|concluded|wrote|argued|claimed|reported|declared|noted|asserted|"
                            r"states|says|concludes|writes|argues|claims|reports|declares|notes|asserts)\s+that\s*:?\s*$")


def _block_quotations(doc: Document, mentions: speakers.Mentions) -> dict[int, str]:
    """A paragraph told in the first person right after one that ends on a colon naming someone
    ("Antonio Pigafetta and Ginés de Mafra provided written documents of the events:" / "When
    morning came forty-nine of us leaped into the water ..."): a quotation set as its own block,
    without quotation marks; its sentences are the first one named's. So are the lines after a
    paragraph that ends on "stated that" ("This presentation stated that" / "We must expect ... two
    elements"), up to an aside or the narrative naming people again. Per sentence index."""
    out: dict[int, str] = {}
    by_block: dict[int, list[Sentence]] = {}
    for s in doc.sentences:
        by_block.setdefault(s.block, []).append(s)
    blocks = list(by_block.values())
    for before, block in zip(blocks, blocks[1:]):
        intro = before[-1]
        if block[0].block != intro.block + 1:
            continue
        said = _SAID_THAT_END.search(intro.text)
        if said:  # "This presentation stated that" / the statements, one per line: all of them its claims
            names = [name for _, _, name in mentions.starting_in(intro.start, intro.end)]
            demonstrative = re.search(r"\b(?:This|That|The)\s+([a-z]+)\s+$", intro.text[:said.start()])
            # ("This presentation stated that": the presentation the paragraph told of)
            source = _subject_before(intro.text, said.start(), names) or (
                "the " + demonstrative.group(1) if demonstrative and _SOURCE_LIKE_THING.fullmatch(demonstrative.group(1)) else None)
            if source:
                for s in block:  # (until an aside or the narrative that names people again)
                    if s.text.startswith("(") or mentions.starting_in(s.start, s.end):
                        break
                    out[s.index] = source
            continue
        if not intro.text.rstrip().endswith(":"):
            continue
        text = " ".join(s.text for s in block)
        if len(_FIRST_PERSON_WORD.findall(text)) < 2 or '"' in text[:2] or "“" in text[:2]:
            continue
        named = mentions.starting_in(intro.start, intro.end)
        if named:
            out.update((s.index, named[0][2]) for s in block)
    return out


def _quote_regions(doc: Document, mentions: speakers.Mentions) -> dict[int, list[tuple[int, int, _QuoteSpeaker]]]:
    """Per sentence index, the spans (sentence offsets) inside quotation marks and their speaker.

    A quotation may run over several sentences of one block; all its spans share one speaker.
    """
    regions: dict[int, list[tuple[int, int, _QuoteSpeaker]]] = {}
    speaker: _QuoteSpeaker | None = None  # the speaker of the quotation now open, if one is
    block = None
    for s in doc.sentences:
        if s.block != block:
            block, speaker = s.block, None
        text = s.text
        start = 0
        for m in re.finditer(r"[\"“”]", text):
            ch = m.group(0)
            opening = (ch == "“") or (ch == '"' and speaker is None)
            if opening and speaker is None:
                speaker, start = _QuoteSpeaker(doc, s, s.start + m.start(), mentions), m.end()
            elif not opening and speaker is not None:
                regions.setdefault(s.index, []).append((start, m.start(), speaker))
                speaker.closes, speaker.end = s, s.start + m.end()
                speaker = None
        if speaker is not None:
            regions.setdefault(s.index, []).append((start, len(text), speaker))
    return regions


# ---------------------------------------------------------------- the figure rules

def _unit_name(surface: str) -> str:
    for rx, name in _UNIT_NAMES:
        if rx.match(surface.strip(" -")):
            return name
    return surface


# A change between two values is two figures: "the price rose from $1.50 to $2".
_CHANGE_BEFORE = re.compile(r"\b(?:rose|rise[sn]?|rising|increas\w*|grew|grow\w*|fell|fall\w*|drop\w*|declin\w*|"
                            r"reduc\w*|cut|rais\w*|went|jump\w*|climb\w*|expand\w*|shr[iau]nk\w*|doubl\w*|"
                            r"lower\w*|boost\w*|swell\w*|swollen|soar\w*|chang\w*|mov\w*|upgrad\w*|downgrad\w*)"
                            r"(?:\s+[\w'’]+){0,4}\s+from\s+(?:about\s+|some\s+)?[$£€]?$", re.IGNORECASE)
_TIME_UNIT = re.compile(r"(?:second|minute|hour|day|week|month|year|decade)", re.IGNORECASE)


def _is_score(text: str, a: _Num, b: _Num, sep: str) -> bool:
    if "to" in sep and "-" in sep:  # "12 -to-7"
        return True
    after = _right(text, b.end)
    if _SCORE_AFTER.match(after) or _SCORE_BEFORE.search(_left(text, a.start)):
        return True
    return a.value >= b.value


_ANY_DIGIT = re.compile(r"\d")
_IDIOM_RE = re.compile(r"\bone\s+\w+,\s+one\s+\w+|[\"“]\d+[\"”]", re.IGNORECASE)


def _idioms(text: str) -> list[tuple[int, int]]:
    """The spans of ``_IDIOM_RE``. Each match holds "one" (in any case: no letter outside ASCII
    matches o, n or e under re.I) or a quotation mark; most sentences hold neither."""
    if '"' in text or "“" in text or "one" in text.lower():
        return [m.span() for m in _IDIOM_RE.finditer(text)]
    return []


_TIME_OF_DAY_RE = re.compile(r"\b\d{1,2}\s?[:.]\s?\d{2}\b(?:\s*(?:[ap]\.?m\.?|hours|hrs|GMT|UTC|local time))?"
                             r"|\b\d{1,2}\s*(?:[ap]\.m\.|[ap]m\b|o'clock)|\b\d{3,4}\s*(?:hours|hrs|GMT|UTC|Z)\b",
                             re.IGNORECASE)
_STATS_RE = re.compile(r"\b\d+\s*-\s*(?:of|for)\s*-\s*\d+\b")
_LIST_MARK_RE = re.compile(r"(?<![\w.,])(\()?(\d{1,2})(?(1)\)|[.)])\s+(?=\S)")
_NUMBERED_ITEM_RE = re.compile(r"(?<![\d,.])(\d{1,2})\s+[A-Z]")
_VALUE_LIST_RE = re.compile(
    r"(?<![\d,.])\d{1,3}(?:,\s(?:and\s|or\s)?\d{1,3}){1,},?\s(?:and|or)\s\d{1,3}(?![\d,.])"
    r"(?!\s*(?:%|(?:[a-z]{3,}s|people|men|women|children|km|m|kg|cm|mm|feet|ft|mi|miles?|years?|"
    r"days?|hours?)\b))")
_LONG_VALUE_LIST_RE = re.compile(r"(?<![\d,.])\d{1,3}(?:,\s\d{1,3}){3,}(?![\d,.])")
_DAY_OF_MONTH_RE = re.compile(
    rf"\b\d{{1,2}}(?:\s*(?:–|-|to|and|or|&|through|until)\s*\d{{1,2}})?(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}"
    rf"|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*(?:–|-|to|and|through|until|till)\s*\d{{1,2}})?\b")


_DATE_RESTATED_AFTER = re.compile(r"\s*(\(\s*(?:about |around |approximately |c\. )?[\d,.]+\s+years\s+ago\s*\)|"
                                  r"[a-z]?:\s*\d+[a-z]?(?:\s*[–-]\s*\d+)?n?(?:\s*,\s*\d+(?:\s*[–-]\s*\d+)?)*(?=\s*[);]))")


_GLUED_PAGE_RE = re.compile(r"(?<=[A-Za-z.,;)\]])[,.]?:(\d{1,4}(?:[–-]\d{1,4})?)(?=[\s,.;]|$)")


def _skip_spans(sentence: Sentence, date_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans (sentence offsets) of dates, times of day and conversions in brackets."""
    out = []
    text = sentence.text
    if _ANY_DIGIT.search(text) is None:  # only the idioms below can apply
        return _idioms(text)
    # date spans are sorted by start: look only at those that can overlap this sentence
    first = bisect.bisect_left(date_spans, (sentence.start - 200, -1))
    for lo, hi in date_spans[first:]:
        if lo >= sentence.end:
            break
        if lo < sentence.end and hi > sentence.start:
            a, b = lo - sentence.start, hi - sentence.start
            # A bare number read as a year but plainly counting something ("Du Fu's 1500 extant
            # works") stays a figure.
            if (re.fullmatch(r"\d{3,4}", text[a:b]) and (_PLURALISH.match(_right(text, b)) or _UNIT_RE.match(_right(text, b)))
                    and not _is_year(text, _Num(a, b, float(text[a:b]), False, None, text[a:b], True), True)
                    and not _DATED_WORK.match(text, b)):
                continue
            out.append((a, b))
            # "c. 3400 BC (5,400 years ago)": the date again, counted back from today; "Ehret (1995:
            # 490)", "(Pedersen 1931: 336–338)": the pages of a work cited by its year
            after = _DATE_RESTATED_AFTER.match(text, b)
            if after:
                out.append(after.span(1))
    # Every pattern below holds a digit within a few words of its ends: scan only near digits.
    near = zones.merge(_digit_spans(text), len(text), _NUMBER_MARGIN)  # (zones.around, digits found once)
    for m in zones.finditer(_TIME_OF_DAY_RE, text, near):
        if ":" in m.group(0) or re.search(r"[a-zA-Z']", m.group(0)):
            out.append(m.span())
    # Codes written with leading zeros, no quantities: a stock code "(000830)", "route 066"
    for m in zones.finditer(_ZERO_PADDED_RE, text, near):
        out.append(m.span())
    # A cited page a converter left glued to the word before: "on the Continent,:411 the continued ..."
    for m in zones.finditer(_GLUED_PAGE_RE, text, near):
        out.append(m.span(1))
    # Slogans and idioms: "one man, one vote"; numerals quoted as names: the Saturn V ("5").
    out.extend(_idioms(text))
    # Shooting and similar stats: "18-of-27".
    for m in zones.finditer(_STATS_RE, text, near):
        out.append(m.span())
    # Inline list numbering: "1. apples 2. pears", "(1) ... (2) ...".
    marks = list(zones.finditer(_LIST_MARK_RE, text, near))
    for a, b in zip(marks, marks[1:]):
        if int(b.group(2)) == int(a.group(2)) + 1:
            out.extend([a.span(2), b.span(2)])
    # Numbered items: "1 Temnospondyli, 2 Edopoidea, 3 Dvinosauria".
    items = list(zones.finditer(_NUMBERED_ITEM_RE, text, near))
    for a, b, c in zip(items, items[1:], items[2:]):
        if int(b.group(1)) == int(a.group(1)) + 1 and int(c.group(1)) == int(b.group(1)) + 1:
            out.extend([a.span(1), b.span(1), c.span(1)])
    # Bare lists of small numbers are values, not counts: "(1, 2, 3, and 4)", "5, 10, and 15",
    # "1, 1, 2, 3, 5".
    for pattern in (_VALUE_LIST_RE, _LONG_VALUE_LIST_RE):
        for m in zones.finditer(pattern, text, near):
            out.append(m.span())
    # "14 to 16 November", "8 and 9 November", "November 9", "9 Nov"
    for m in zones.finditer(_DAY_OF_MONTH_RE, text, near):
        out.append(m.span())
    return out


# "A 2014 study", "the 1998 census": a year before what was dated by it, not a count of studies
_DATED_WORK = re.compile(r"\s+(?:study|survey|report|census|poll|paper|review|article|estimate|analysis|edition|"
                         r"index|ranking|law|act|election|season|campaign)\b")
_ZERO_PADDED_RE = re.compile(r"(?<![\d.,])(?<!\d[ \u00a0\u202f])0\d{2,}(?![\d.,]\d)")  # (not the "000" of "10 000")


class _Spans:
    """Spans to test many (start, end) pairs against, each test a binary search."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [lo for lo, _ in spans]
        self.reach = []  # the furthest end among the spans up to each one
        for _, hi in spans:
            self.reach.append(max(hi, self.reach[-1]) if self.reach else hi)

    def overlaps(self, a: int, b: int) -> bool:
        k = bisect.bisect_left(self.starts, b)  # the spans that start before b
        return k > 0 and self.reach[k - 1] > a


# "44 BC", "AD 79": an era word beside a number makes it a year.
_ERA_AFTER = re.compile(rf"\s*(?:{vocab.ERAS_RE})(?!\w)")
_ERA_BEFORE = re.compile(rf"(?<!\w)(?:{vocab.ERAS_LEADING_RE})\s*$")


def _beside_era(before: str, after: str) -> bool:
    return _ERA_AFTER.match(after) is not None or _ERA_BEFORE.search(before) is not None


def _is_year(text: str, n: _Num, ancient: bool = False) -> bool:
    """A bare three- or four-digit number that reads as a year ("in 1992", "the census of 754").

    Three-digit years are only considered in documents that use them (``ancient``), since
    elsewhere "groups of 100" or "from 147 to 37" are counts.
    """
    if not n.year_like:
        return False
    value = int(n.value)
    before, after = _left(text, n.start), _right(text, n.end)
    if _beside_era(before, after):
        return True
    counted = _UNIT_RE.match(after) is not None or _PLURALISH.match(after) is not None
    if 1000 <= value <= 2100:
        # "a 2009 news report", "International's 2014 index", "the 1947 team": a year used as an
        # adjective, although a plural noun may follow.
        if re.search(r"\b(?:a|an)\s+$", before) or (
                value >= 1800 and re.search(r"(?:\bthe|\bthis|\bthat|['’]s)\s+$", before, re.IGNORECASE)):
            return True
        return not counted or _YEAR_PREP.search(before) is not None
    if 100 <= value < 1000 and ancient:
        if COUNT_RANGE_AFTER.match(after):
            return False  # "a Senate of 200 to 300 individuals": a count's range
        return not counted and _YEAR_PREP.search(before) is not None and re.search(r"\bthe\s*$", before) is None
    return False




_COUNT_NP = re.compile(
    r"^((?:(?!(?:that|which|who|whom|were|was|are|is|had|have|has|and|but|or|to|in|on|at|by|with|for|as|"
    r"from|during|after|before|into|than|per|while|when|since|because|the|a|an|of|later|earlier|ago|"
    r"each|respectively|between|among|across|over|under|around|about|within|against|through|until|"
    r"including|he|she|it|they|we|i|you|his|her|its|their)\b)[A-Za-z][\w'’-]*\s*){1,3})((?:of|from)\s+(?:the\s+)?(?:[\w'’-]+\s*){1,2})?")
_CURRENCIES = {"$", "£", "€", "¥", "₹", "A$", "C$"}


def _counts(text: str, start: int, end: int, unit: str | None) -> str | None:
    """A few words saying what the figure counts or measures ("journalists", "altitude (meters)")."""
    after = _right(text, end).lstrip(" -")
    before = _left(text, start)
    m = _COUNT_NP.match(after)
    noun = " ".join(x.strip() for x in m.groups() if x).strip() if m else ""
    noun = re.sub(r"(?:\s+(?:and|or|but|the|of|from|its|his|her|their))+$", "", noun)
    of_after = re.match(r"of\s+((?:the\s+)?(?:[\w'’-]+\s*){1,3})", after)
    measured = re.search(r"\b([a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)\s+(?:of|at|to|by|reached|was|is)\s+$", before)
    measured_word = re.sub(r"^(?:the|a|an|its|his|her|their)\s+", "", measured.group(1)) if measured else None
    if measured_word in ("one", "some", "total", "the", "a", "an"):
        measured_word = None
    if unit == "%":
        if of_after:
            return "share of " + of_after.group(1).strip()
        return measured_word or "percentage"
    if unit in _CURRENCIES:
        return measured_word or noun or "amount"
    if unit:
        what = measured_word or (noun if unit not in noun else "")
        if _TIME_UNIT.match(unit or ""):
            return unit
        return f"{what} ({unit})" if what else unit
    if noun:
        return noun
    if measured_word:
        return measured_word
    m = re.search(r"(?:^|\s)((?:[A-Za-z][\w'’-]*\s+){1,3})$", before)
    return m.group(1).strip() if m else None


def extract(doc: Document, dates: list[Fact], people: list[Fact]) -> list[Fact]:
    """Find the figures of a document, with qualifier, unit, what they count and their source."""
    date_spans = sorted(tuple(f.span) for f in dates if f.span)
    names: list[str] = []
    for p in people:
        names.append(str(p.attrs.get("name") or p.value or p.text))
        names.extend(str(m) for m in p.attrs.get("mentions", []) or [])
    names = [n for n in dict.fromkeys(names) if n and n[0].isupper()]
    mentions = speakers.Mentions.of(people)
    quotes = _quote_regions(doc, mentions)
    for index, party in _block_quotations(doc, mentions).items():
        quotes.setdefault(index, []).append((0, len(doc.sentences[index].text), lambda party=party: party))
    ancient = writes_short_years(doc, dates)  # one test for both rules: a number is a year for both or neither
    facts: list[Fact] = []
    taken = 0
    prev: Sentence | None = None
    for s in doc.sentences:
        # "Hartl and Fairbanks reject the argument. They find that ...": who a pronoun stands for
        antecedent = prev.text if prev is not None and prev.block == s.block else None  # (read only if needed)
        prev = s
        # A measure may run over a false sentence break ("6-ft. 4 Freshman End ..."): the part
        # already taken by the previous sentence's figure is skipped.
        found = [f for f in _sentence_figures(s, date_spans, names, quotes.get(s.index, []), ancient,
                                              doc.text, antecedent) if f.span[0] >= taken]
        facts.extend(found)
        taken = max([taken] + [f.span[1] for f in found])
    return facts


def _pair(text: str, n: _Num, nxt: _Num, ancient: bool) -> float | str | None:
    """How two neighbouring numbers relate: the low value of a range, "skip" for a score or a
    span of years, or None when they are separate figures."""
    sep = text[n.end:nxt.start]
    if sep == " or " and nxt.is_word == n.is_word and n.value < nxt.value <= 2 * n.value + 1 \
            and not n.year_like and _acceptable(text, nxt, in_range=True):
        return n.value  # "18 or 19 survivors", "three or four days": one figure, either value
    if sep.endswith("−") and _negative(text, nxt):
        sep = sep[:-1]  # "−3 to −1 °C": the second number's own sign
    if not re.fullmatch(r"\s*(?:–|—|-|−)\s*|\s*-?to-?\s*|\s+and\s+", sep) or nxt.is_word != n.is_word:
        return None
    before = _left(text, n.start)
    if " and " in sep and not re.search(r"\bbetween\s+(?:some\s+|about\s+)?[$£€]?$", before):
        return None  # "8 and 9" outside "between ... and ..."
    if re.search(r"\bfrom\s+(?:about\s+|some\s+)?[$£€]?$", before) and "to" in sep and (
            n.value >= nxt.value or _CHANGE_BEFORE.search(before)):
        return None  # "reduced from 147 to 37", "rose from $1.50 to $2": two figures, not a range
    if (re.search(r"[–—\-−]", sep) or "to" in sep) and not n.is_word and not _negative(text, n) \
            and _is_score(text, n, nxt, sep):
        if not _UNIT_RE.match(_right(text, n.end)) and not (n.year_like and nxt.year_like):
            return "skip"
        return None
    if n.year_like and nxt.year_like and (_is_year(text, n, ancient) or _is_year(text, nxt, ancient)
                                          or nxt.value > 1000):
        return "skip"
    if not _acceptable(text, nxt, in_range=True):
        return None
    low = n.value
    # "twenty to thirty thousand", "3 to 4 million": the scale of the second applies to both.
    scales = "hundred|thousand|million|billion" if n.is_word else "million|billion|thousand"
    scale = re.search(rf"({scales})$", nxt.raw, re.IGNORECASE)
    if scale and not re.search(rf"({scales}|bn|m)$", n.raw, re.IGNORECASE):
        low *= _SCALE_WORDS[scale.group(1).lower()]
    if _negative(text, n):  # "−3 to −1 °C": the range holds whatever way the signs go
        return low if -low < (-nxt.value if _negative(text, nxt) else nxt.value) else None
    return low if low < nxt.value else None


def _qualifier(text: str, pos: int) -> tuple[str | None, int]:
    """The qualifier just before a number and where the figure's text starts.

    Most qualifiers stay in the text ("more than 2,000"); "just", "only", "within" are recorded but
    left out ("just six Marine guards" -> "six").
    """
    before = _left(text, pos)
    shift = pos - len(before)  # text offset of before[0]
    m = _QUALIFIER_RE.search(before)
    if m and not (m.group("q").lower() in ("over", "under", "above", "below") and re.search(
            r"\b(?:\w+ed|won|win|lead)\s+over\s*$|\bover\s+the\s*$", before)):
        return m.group("q").lower(), shift + m.start("q")
    m = _SOFT_QUALIFIER_RE.search(before)
    return (m.group("q").lower() if m else None), pos


_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]+['’]s\s+[A-Z]")
_EQUIVALENT_BEFORE = re.compile(r"\bequivalent to\s+(?:about\s+|roughly\s+|around\s+)?$", re.I)
_AS_OF_AFTER = re.compile(r"\s+(?:as of|in)\s+\d{4}\b")


_LEADING_NAMES = re.compile(r"(?:(?:The|A|An)\s+(?:[a-z][\w-]*\s+){1,3})?((?:[A-Z][\w.'’-]*\s+){0,4}?[A-Z][\w'’-]*)(?:\s+(?:and|&)\s+((?:[A-Z][\w.'’-]*\s+){0,4}?"
                            r"[A-Z][\w'’-]*))?(?:\s*\([^()]*\))?,?\s+(?=[a-z])")


def _leading_party(text: str, names: list[str]) -> tuple[str, int] | None:
    """The person or two people a sentence opens with, as its subject, and how many."""
    m = _LEADING_NAMES.match(text)
    if not m:
        return None
    parts = [p for p in m.groups() if p]
    if not all(any(p == n or p.endswith(" " + n) for n in names) for p in parts):
        return None
    return " and ".join(parts), len(parts)


# A pronoun's judgement opening the sentence: "In his estimation, ...", "They find it likely that ..."
_PRONOUN_CLAIM = re.compile(r"In\s+(?P<p>his|her|their)\s+(?:estimation|view|opinion|judge?ment|reckoning|assessment),\s+|"
                            r"(?P<q>He|She|They)\s+(?:find|finds|found)(?:\s+it\s+(?:likely|probable|possible|plausible))?"
                            r"\s+that\s")


# The subject of a verb of saying is a personal pronoun alone (and an adverb): 'He estimated that ...'
_PRONOUN_SUBJECT = re.compile(r"(?:^|[,;:]\s+|\b(?:and|but)\s+)(?P<p>[Hh]e|[Ss]he|[Tt]hey)(?:\s+(?:[a-z]+ly|also|later|then|"
                              r"further|once|again|had|has|have))*\s+$")


def _sentence_figures(s: Sentence, date_spans, names, quote_regions, ancient=False,
                      doc_text: str | None = None, antecedent: str | None = None) -> list[Fact]:
    text = s.text
    skip = _skip_spans(s, date_spans)
    skipped = _Spans(skip)
    nums = [n for n in _scan_numbers(text) if not skipped.overlaps(n.start, n.end)]
    cues = None
    facts: list[Fact] = []
    i = 0
    conversion_until = -1
    while i < len(nums):
        n = nums[i]
        i += 1
        if n.start < conversion_until or (facts and n.start < facts[-1].span[1] - s.start):
            continue
        if not _acceptable(text, n):
            continue
        low, high = n, None
        end = n.end
        # Ranges: "1,300–1,600", "twenty to thirty thousand", "between 8 and 10".
        if i < len(nums):
            paired = _pair(text, n, nums[i], ancient)
            if paired == "skip":  # a score, a record or a span of years
                i += 1
                continue
            if paired is not None:
                low = _Num(n.start, n.end, paired, n.is_word, n.currency, n.raw, n.year_like)
                high = nums[i]
                end = high.end
                i += 1
        if high is None and _is_year(text, n, ancient):
            continue
        if high is None and _NAME_AFTER.match(text, n.end):
            continue  # "808 State's Graham Massey": a number that is part of a name
        if _EQUIVALENT_BEFORE.search(text, max(0, n.start - 30), n.start) and _AS_OF_AFTER.match(text, end):
            continue  # "debts of £2,670 – equivalent to £0 as of 2026": a conversion worked out for the reader
        if high is None and n.year_like and text[n.end:n.end + 1] in "–-" and re.match(r"[–-]\d{2,4}\b", _right(text, n.end)):
            continue
        # Unit after the number (or the range).
        after = _right(text, end)
        unit = None
        um = _UNIT_RE.match(after)
        if um and _TIME_UNIT.fullmatch(um.group("unit")) and low.value != 1 and high is None and not um.group(0).startswith("-"):
            um = None  # "two second stage engine failures": an ordinal, not seconds
        if um and re.fullmatch(r"[A-Z][a-z]{2,}", um.group("unit")):
            continue  # a capitalised unit word is part of a title: "500 Days of Summer"
        if um and not (um.group("unit").lower() == "m" and not re.match(r"\s?m\b", after)):
            unit = _unit_name(um.group("unit"))
            if um.group("unit").lower() in ("in",):
                unit = None
            else:
                end += um.end()
        elif re.match(r"-[a-z]+(?:-[a-z]+)?\b", after) and not _HYPHEN_STOP.match(after):
            hm = re.match(r"-[a-z]+(?:-[a-z]+)?\b", after)
            end += hm.end()
        elif n.currency is None and re.match(r"\s+(?:US\s+)?dollars\b", after):
            unit = "$"
        if n.currency:
            unit = _CURRENCY.get(n.currency.strip(), n.currency.strip())
        dz = re.match(r"\s+dozen\b", _right(text, end)) if high is None else None
        if dz:  # "two dozen soldiers"
            low = _Num(n.start, n.end, n.value * 12, n.is_word, n.currency, n.raw, False)
            end += dz.end()
        if unit == "m" and re.match(r"m\b", after) and re.search(
                r"\b(?:population|people|viewers|copies|visitors|residents|inhabitants|users|members|subscribers)"
                r"(?:\s+\w+){0,2}\s+(?:of\s+)?$", _left(text, n.start)):
            low = _Num(n.start, n.end, n.value * 1e6, n.is_word, n.currency, n.raw, False)  # "a population of 1.5m"
            unit = None
        value: float | list = low.value
        # Compound measures: "46 feet 11 inches", "5 ft 8.5 in".
        tail = _right(doc_text, s.start + end) if doc_text is not None else _right(text, end)
        surface_text = text
        if unit == "feet" and high is None:
            cm = re.match(r"\s*(\d+(?:\.\d+)?)\s*(?:inches|inch|in\.?|″)(?!\w)", tail)
            if not cm and re.search(r"(?:ft|feet)$", _left(text, end)):
                # "6-ft. 4", "6 ft 4": a bare inch count after a height in feet
                cm = re.match(r"\.?\s*(\d(?:\.\d+)?|1[01](?:\.\d+)?)(?![\d.,]|\s*(?:%|[a-z]))", tail)
            if cm:
                value = low.value + float(cm.group(1)) / 12
                end += cm.end()
                if doc_text is not None and s.start + end > s.end:
                    surface_text = doc_text[s.start:s.start + end]
        if text.startswith("+", end):
            end += 1
        below = _negative(text, n)
        if high is not None:
            value = [_clean(-low.value if below else low.value), _clean(-high.value if _negative(text, high) else high.value)]
        else:
            value = _clean(-value if below else value)
        qualifier, begin = _qualifier(text, n.start - below)
        if text[end - 1:end] == "+":
            qualifier = "+"
        om = re.match(r"\s+or\s+(?:more|over|higher|greater|above)\b", _right(text, end))
        if om:
            qualifier = "or more"
            end += om.end()
        surface = surface_text[begin:end].rstrip(" ")
        # A conversion or adjusted amount in brackets after a measure is not counted again.
        inner = _bracket_after(text, end)
        per_unit = _PER_UNIT.match(text, end)  # "2,464/km2 (6,380/sq mi)": a density and its conversion
        if per_unit:
            inner = _bracket_after(text, per_unit.end())
        if inner and (unit or n.currency or per_unit) and _is_conversion(inner[0]):
            conversion_until = inner[1]
        elif unit in _DIMENSION:
            other = _OR_CONVERSION.match(text, end)  # "(0.56 km² or 0.22 sq mi)": the same area again
            other_unit = _unit_of(other.group(1)) if other else None
            if other_unit != unit and _DIMENSION.get(other_unit) == _DIMENSION[unit]:
                conversion_until = other.end()
        if high is None and re.match(r"['′]", text[end:end + 1]) and not n.is_word:
            continue
        if cues is None:
            cues = _cues(text, names, antecedent)
        # A number inside a quotation belongs to the quotation's speaker, unless the speaker names
        # who gave it ('"According to ... International PEN, there are nearly one hundred ..."');
        # otherwise the nearest attribution in the sentence gives the source.
        region = next(((qs, sp) for qs, qe, sp in quote_regions if qs <= n.start < qe), None)
        cited = _source_for([c for c in cues if c.at >= region[0]], n.start) if region and cues else None
        speaker = None if cited or region is None else region[1]()
        source = cited or speaker or _source_for(cues, n.start) or None
        if source and _UNNAMED_ESTIMATE.fullmatch(source):
            source = None  # "One estimate of the damage put it at ...": no party named
        if source and not cited and not speaker and _in_aside_after_verb(text, n.start, cues):
            source = None  # "X claim that the language (which was the capital for 500 years) ...": the writer's aside
        facts.append(Fact(
            kind="figure", text=surface, value=value, sentence=s,
            span=(s.start + begin, s.start + end),
            attrs={"qualifier": qualifier, "counts": _counts(text, begin, end, unit), "unit": unit,
                   "source": source},
        ))
    return facts


_UNNAMED_ESTIMATE = re.compile(r"(?:[Oo]ne|[Ss]ome|[Oo]ther|[Aa]n?|[Mm]ost|[Rr]ecent|[Ee]arlier|[Ll]ater|[Ss]everal)\s+"
                               r"estimates?(?:\s+of\s+[^A-Z]*)?")


_ASIDE_OPENS = re.compile(r"\s*(?:which|who|whose|where|when|formerly|now|then|once|at the time)\b")


def _in_aside_after_verb(text: str, pos: int, cues: list[_Cue]) -> bool:
    """Is ``pos`` inside a bracket that opens after the verb of the statement covering it?"""
    opened = text.rfind("(", 0, pos)
    if opened < 0 or text.find(")", opened, pos) >= 0 or not _ASIDE_OPENS.match(text, opened + 1):
        return False  # ("cutting 367 jobs (and furloughing 50 more)": the bracket goes on with the claim)
    return any(c.kind == "verb" and c.start <= opened and c.start <= pos < c.end for c in cues)


def _bracket_after(text: str, pos: int) -> tuple[str, int] | None:
    """The content of a bracket opening right after ``pos`` (nested brackets included) and its end."""
    m = re.match(r"(?:-[a-z]+)?\s*\(", _right(text, pos))
    if not m:
        return None
    depth, i = 0, pos + m.end() - 1
    for j in range(i, min(len(text), i + _WINDOW)):  # a restated measure is short
        if text[j] == "(":
            depth += 1
        elif text[j] == ")":
            depth -= 1
            if depth == 0:
                return text[i + 1:j], j + 1
    return None


# What a unit measures: a figure restated in another unit of it after "or" is a conversion.
_DIMENSION = {"km²": "area", "sq mi": "area", "ha": "area", "acres": "area", "m²": "area", "sq ft": "area",
              "km": "length", "miles": "length", "meters": "length", "m": "length", "feet": "length",
              "cm": "length", "mm": "length", "inches": "length", "yards": "length", "kg": "mass", "pounds": "mass"}
_OR_CONVERSION = re.compile(r"\s+or\s+(?:about\s+|approximately\s+)?[\d.,]+\s?([^\s\d)][^)\d]{0,12}?)\s*\)")


def _unit_of(surface: str) -> str | None:
    m = _UNIT_RE.match(" " + surface.strip())
    return _unit_name(m.group("unit")) if m and m.end() == len(surface.strip()) + 1 else None


_PER_UNIT = re.compile(r"\s*/\s*(?:km2|km²|sq\.? ?mi|mi2|mi²|m2|m²|ha|acre|km|mi)\b")


def _is_conversion(inner: str) -> bool:
    """Bracket content that restates a measure: "14.30 m", "4300' to 5200'", "$100 million in 2023"."""
    m = re.match(r"\s*(?:about\s+|approx(?:imately|\.)?\s+|c\.\s*|~)?(?P<cur>[$£€¥]|US\$)?[−-]?[\d.,]+", inner)
    if not m:
        return False
    rest = inner[m.end():]
    per = _PER_UNIT.match(rest)
    if per:
        return True  # "(6,380/sq mi)": a density in other units
    rng = re.match(r"\s*(?:–|-|to|or)\s*[−-]?[\d.,]+", rest)  # ("(−4 °F)", "(27 to −30 °F)": below zero)
    if rng:
        rest = rest[rng.end():]
    return bool(m.group("cur") or re.match(r"\s*(?:[–-]\s*[\d.,]+\s*)?(?:['′\"″]|(?:to|–|-)\s*[\d.,]+\s*['′])", rest)
                or _UNIT_RE.match(rest) or re.match(r"\s*(?:million|billion|in\b|cu\b|cubic|sq\b|square)", rest))


# Numbers as mathematical objects or rates: "7 times 13", "base 5", "per 100,000 live births".
_ARITHMETIC_BEFORE = re.compile(r"\b(?:times|plus|minus|multiply by|multiplied by|divided by|base|"
                                r"every|per|out of every|ratio of)\s*$", re.IGNORECASE)


class _Candidate:
    """A number and the text around it, as the acceptance rules read it."""

    def __init__(self, text: str, n: _Num, in_range: bool):
        self.text, self.n, self.in_range = text, n, in_range
        self.before, self.after = _left(text, n.start), _right(text, n.end)
        self.prev_char = self.before[-1:] if self.before else ""
        self.word = n.raw.strip()
        self.first = re.split(r"[\s-]", self.word)[0]
        self.low = self.word.lower()
        # "one and a half" is a count whatever stands around it
        self.one_and_a_half = self.low == "one" and re.match(r"\s+and\s+a\s+half", self.after) is not None


_NAME_OF_NUMBER = re.compile(r"\b[Tt]he\s+[A-Z][a-z]+\s+of\s$")
_ROUND_OF = re.compile(r"\b[Rr]ound\s+of\s$")  # a knockout stage: "in the round of 16"


# A temperature's unit after a number or the range it opens: "−1.7 °C", "−3 to −1 °C"
_TEMPERATURE_AFTER = re.compile(r"(?:\s*(?:to|–|—)\s*[−-]?\d+(?:\.\d+)?)?\s?(?:°\s?[CF]\b|℃|℉)")


def _negative(text: str, n: _Num) -> bool:
    """Is the number written with a minus before it, as a temperature below zero?"""
    return n.start > 0 and text[n.start - 1] in "−-" and (n.start == 1 or text[n.start - 2] in " (") \
        and _TEMPERATURE_AFTER.match(text, n.end) is not None


def _capitalised_name_before(c: _Candidate) -> bool:
    """"Apollo 8", "Route 66", "Life magazine's 100 Photographs": a number inside a name."""
    if _NAME_OF_NUMBER.search(c.before) or _ROUND_OF.search(c.before):
        return True  # "the Round of 16", "the Group of 77", "the round of 16": the number ends the name
    if not (re.search(r"\b[a-z]?[A-Z][\w'’]*(?<!['’]s)\s$", c.before)
            or (re.search(r"\b\w+['’]s\s$", c.before) and re.match(r"\s+[A-Z]\w*\s+[A-Z]", c.after))):
        return False
    if re.search(r"['’]s\s$", c.before):
        return True
    word = re.search(r"([a-z]?[A-Z][\w'’]*)\s$", c.before).group(1)
    return word.lower() not in _NOT_NAME_WORDS and not _UNIT_RE.match(c.after) and not re.match(_MONTHS, word)


# Each rule names one reason a number found in a sentence is not a figure; the first that holds
# drops it (``rejection`` reports which, for ``quizgen facts --explain``).
_ANY_NUMBER_RULES = [
    ("rank or kind", lambda c: re.match(r"\s+(?:seeds?|seeded|overall|place|pick)\b|-(?:on|pointers?)\b", c.after)),
]
_DIGIT_RULES = [
    ("glued to a code", lambda c: c.prev_char and (c.prev_char.isalnum() or c.prev_char in "_/\\#'’")),
    ("model or zone code", lambda c: c.prev_char in "-+–" and re.search(r"[A-Za-z]$", c.before[:-1])),
    ("version or section number", lambda c: c.prev_char in ".:" and re.search(r"[\w.]$", c.before[:-1])),
    ("season split", lambda c: re.search(r"\d\s*/\s*$", c.before)),
    ("formula", lambda c: re.match(r"[_(]", c.after) or re.search(r"[_−]\s*$", c.before) and not _negative(c.text, c.n)),
    # 'spiro[5.5]undecane', 'a [3 + 2] cycloaddition', '[2,2,2]cryptand': a bracket of a chemical name
    # "σ = 10", "λ > 0", "x^2", a sentence of TeX ("\\textstyle n{S_x}^2"): mathematics, no measure of anything
    ("formula", lambda c: re.search(r"[=≈≤≥^±]\s*$|(?:^|[\s(])[^\W\d_]{1,2}\s*[<>]\s*$", c.before) or re.match(r"\s*[=^]", c.after)
     or "\\" in c.text and re.search(r"\\[a-z]{2,}", c.text)),
    ("chemical name bracket", lambda c: re.search(r"\[[\d.,+\s]*$", c.before) and re.match(r"[\d.,+\s]*\]", c.after)),
    ("year with an era", lambda c: _beside_era(c.before, c.after)),
    ("street address", lambda c: re.match(r"\s+(?:rue|via|calle|avenida|avenue|boulevard|place|strasse|straße)\b",
                                          c.after, re.IGNORECASE)
     # "at 201 E. Ontario Street", "moved to 109 East Ontario" (not "killing 150 North Koreans")
     or re.match(r"\s+[NSEW]\.\s+[A-Z][a-z]", c.after)
     or re.search(r"\b(?:at|to|on|from)\s+$", c.before) and re.match(r"\s+(?:North|South|East|West)\s+[A-Z][a-z]+\b(?<!s)(?!\s+[a-z])", c.after)),
    ("European separators", lambda c: re.fullmatch(r"\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}\.000", c.n.raw.strip())),
    ("second half of a score", lambda c: not c.in_range and re.search(r"\d\s*[–\-−]\s*$", c.before)),
    ("signed value", lambda c: re.search(r"(?:^|[\s(])[+\-−]\s?$", c.before) and not _negative(c.text, c.n)),
    ("title of a ranking", lambda c: re.match(r"\s+(?:Greatest|Best|Most|Top|Worst|Richest|Largest|Famous)\b", c.after)),
    ("address or building", lambda c: re.match(
        r"\s+(?:(?:[A-Z][\w'’]+|\d+(?:st|nd|rd|th))\s+){1,2}(?:Road|Street|St|Avenue|Ave|Lane|Boulevard|Blvd|Drive|Place|Square|Way|"
        r"Terrace|Mall|Tower|Towers|Plaza|Centre|Center|Building|House|Hotel|Stadium)\b", c.after)
     or re.match(r"\s+(?:Mall|Tower|Plaza|Centre|Center|Building|House|Hotel|Stadium)\b", c.after)),
    ("coordinate", lambda c: re.search(r"\d°\s*(?:\d+\s*[′']\s*)?$", c.before) is not None),  # its minutes, seconds
    ("coordinate", lambda c: re.match(r"""\s?°\s*(?:\d+\s*[′']\s*(?:\d+(?:\.\d+)?\s*[″"]\s*)?)?[NSEW]\b""", c.after)),
    ("arithmetic", lambda c: re.match(r"\s+(?:times|plus|minus)\s+[\d(]", c.after) or _ARITHMETIC_BEFORE.search(c.before)),
    ("ordinal or decade", lambda c: re.match(r"(?:st|nd|rd|th|s)\b|['’]s\b", c.after)),
    ("letters glued after", lambda c: re.match(r"[A-Za-z]", c.after) and not _GLUED_UNITS.match(c.after)),
    ("fraction, version or time", lambda c: re.match(r"[./:]\d|\s/\s?\d", c.after)),  # ('9 / 11': a date's name)
    ("code with a dash", lambda c: re.match(r"-[A-Z0-9]", c.after)),
    ("subscript of a formula", lambda c: c.prev_char == ")"),  # "He(N2)11": a chemical formula's count
    ("label before", lambda c: _label_before(c.text, c.n.start)),
    ("second road number", lambda c: _ROAD_NUMBERS_BEFORE.search(c.before)),  # "the Highway 407 & 400 interchange"
    ("inside a name", _capitalised_name_before),
    # "Kodak Vision 200T 5274": a catalogue number after a code of digits and letters
    ("after a code", lambda c: re.search(r"(?:^|\s)(?=[\w-]*\d)(?=[\w-]*[A-Z])[\w-]+\s$", c.before)),
    ("list numbering", lambda c: re.match(r"\s*[.)]\s", c.after) and re.match(r"^\s*$", c.before)),
    # "to replace the aging 707 that he used": a model's number standing for the thing, no count of anything
    ("model named by its number", lambda c: re.search(r"\bthe\s+(?:[a-z]+\s+)?$", c.before)
     and re.match(r"\s+(?:that|which)\s+(?:he|she|they|we|it)\b", c.after)
     and len(c.n.raw.strip()) == 3),
]
_WORD_RULES = [
    ("capitalised inside a name", lambda c: c.first[0].isupper() and c.before.strip()
     and not re.search(r"(?:[.:;!?\"“(—–-]|^)\s*$", c.before)),
    # "Four Star Air Cargo was ...", "Three Mile Island": a capitalised number word before a name's
    # next word (not "Two Germans", "Three Americans": a count of people)
    ("capitalised before a name", lambda c: c.first[0].isupper() and not _UNIT_RE.match(c.after) and re.match(
        r"\s+[A-Z][a-z]+(?<!s)\b(?!['’])(?:\s+[A-Z][\w'’-]*)*\s+(?:was|is|were|are|has|had|have)\b", c.after)),
    ("part of a word", lambda c: c.prev_char == "-" or (c.prev_char and c.prev_char.isalnum())),
    ("fraction", lambda c: _FRACTION_AFTER.match(c.after) or re.match(r"-(?:thirds?|quarters?|halves|half)\b", c.after)),
    ("ordinal", lambda c: re.match(r"(?:st|nd|rd|th)\b", c.after)),
    ("hyphenated adjective", lambda c: _HYPHEN_STOP.match(c.after)),
    ("label before", lambda c: _label_before(c.text, c.n.start) or re.search(r"\bengine\s+$", c.before)),
    ("figures idiom", lambda c: re.match(r"[\s-]+(?:or\s+(?:high|low|mid)[\s-]+\w+[\s-]+)?figures?\b", c.after)
     and re.search(r"\b(?:high|low|mid)[\s-]*(?:\w+\s+or\s+(?:high|low|mid)\s*)?$", c.before)),
]


def _only_before(c: _Candidate) -> bool:
    return re.search(r"\b(?:only|just)\s*$", c.before, re.IGNORECASE) is not None


_ONE_COUNT_NOUNS = re.compile(
    r"\s+(?:person|man|woman|child|soldier|officer|civilian|passenger|worker|student|sailor|pilot|"
    r"crewman|ship|aircraft|plane|helicopter|vehicle|tank|house|building|death|fatality)\b")


def _one_as_pronoun(c: _Candidate) -> bool:
    """"the Chinese one", "a more distant one": a pronoun after an adjective or article."""
    prev = re.search(r"([\w'’]+)\W*$", c.before)
    return prev is not None and prev.group(1).lower() not in _ONE_COUNT_AFTER and not re.search(r"[,(;:—–)]\s*$", c.before)


# "one" is a pronoun or part of an idiom far more often than a count.
_ONE_RULES = [
    ("'the one'", lambda c: re.search(r"\bthe\s+(?:only\s+)?$", c.before, re.IGNORECASE)),
    ("'one of', 'one who'", lambda c: _ONE_NOT_BEFORE.match(c.after) and not _only_before(c)),
    ("'one' alone", lambda c: re.match(r"^\s*[,.;:)!?\"”]|^\s*$", c.after) and not _only_before(c)),
    ("'each one', 'any one'", lambda c: _ONE_NOT_AFTER.search(c.before) and not _only_before(c)),
    ("'one-sided', 'one's'", lambda c: re.match(r"-|['’]s\b", c.after)),
    ("'One' opening a sentence", lambda c: c.word == "One" and not c.before.strip()
     and not _ONE_COUNT_NOUNS.match(c.after)),
    ("'one' as a pronoun", _one_as_pronoun),
    ("'one' before a determiner", lambda c: re.match(r"\s+(?:a|an|the|his|her|their|its|our|my|your|this|that)\b", c.after)),
]
_LAST_WORD_RULES = [
    ("'one or two'", lambda c: re.search(r"\b(?:one|no|any|each|every)\s*(?:or|,)?\s*$|\b(?:a|an)\s+\w+\s+or\s*$", c.before)
     and not re.match(r"\s+\w+s\b", c.after)),
    ("capitalised after a dash", lambda c: c.first[0].isupper() and re.search(r"[—–\-:(\"“]\s*$", c.before)
     and not re.match(r"[\s-]+[a-z]", c.after)),
    ("'the one of us'", lambda c: re.search(r"\bthe\s*$", c.before) and re.match(r"\s+(?:of\s+(?:us|them|you)|who|which)\b", c.after)),
]


def rejection(text: str, n: _Num, in_range: bool = False) -> str | None:
    """The name of the first rule that drops this number as a figure, or None if it is one:
    ordinals, numbers inside names and codes, fractions, list numbers, idioms."""
    c = _Candidate(text, n, in_range)
    rules = list(_ANY_NUMBER_RULES)
    if not n.is_word:
        rules += _DIGIT_RULES
    else:
        rules += _WORD_RULES
        if c.one_and_a_half:
            return next((name for name, rule in rules if rule(c)), None)
        if c.low == "one":
            rules += _ONE_RULES
        rules += _LAST_WORD_RULES
    return next((name for name, rule in rules if rule(c)), None)


def _acceptable(text: str, n: _Num, in_range: bool = False) -> bool:
    return rejection(text, n, in_range) is None


def explain(doc: Document, dates: list[Fact]) -> list[tuple[Sentence, str, str]]:
    """Why each number of the document that is not a figure was dropped: (sentence, number,
    rule name). Ranges, scores and years taken in context are decided later and not listed."""
    date_spans = sorted(tuple(f.span) for f in dates if f.span)
    out = []
    for s in doc.sentences:
        skipped = _Spans(_skip_spans(s, date_spans))
        for n in _scan_numbers(s.text):
            if skipped.overlaps(n.start, n.end):
                out.append((s, n.raw, "date, time of day, list or conversion"))
                continue
            reason = rejection(s.text, n)
            if reason:
                out.append((s, n.raw, reason))
    return out
