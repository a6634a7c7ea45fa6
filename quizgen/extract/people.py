"""People rules: real persons named in the article body, with their mentions and roles.

No language model is available offline, so this is a set of rules over capitalised word runs:

1. Every sentence is cut into *runs*: maximal sequences of capitalised words, initials, quoted
   nicknames and name particles (``de``, ``van``, ``al-``). Leading titles (``President``,
   ``Lt. Gen.``, ``Former Latvian President``) are split off the run and kept as a role.
2. A run shaped like a personal name becomes a person when the text gives evidence that it is
   one. Strong evidence alone suffices: a title, a role noun before it (``the Armenian military
   commander Seyran Ohanyan``), a role appositive (``the President of Azerbaijan, Ilham Aliyev``;
   ``Yan Wu, a friend and former colleague``), a ``who`` clause, life dates ``(1278–1346)``, a
   person field of the infobox, or the article being that person's biography. Weak evidence
   (a verb of saying, ``according to``, a known given name, a list shared with known people)
   needs a second piece.
3. Runs holding words of organisations, places, events or works (``Ministry``, ``Avenue``,
   ``Le Monde``), peoples and nationalities, months, and names used inside the name of a thing
   (``Khrushchev era``) are never people.
4. Surnames and title+surname forms (``Aliyev``, ``President Aliyev``) resolve to the full name
   already seen; when two people share a surname, to the one mentioned most recently.

Each person becomes one Fact under the fullest form of the name the text uses.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from quizgen.model import Document, Fact, Sentence
from quizgen.vocab import fold_name as fold  # names keep their punctuation ("K.", '"Dick"')

_DATA = json.loads((Path(__file__).parent / "data" / "people.json").read_text(encoding="utf-8"))
TITLES = set(_DATA["titles"])
PEERAGE_TITLES = set(_DATA["peerage_titles"])  # kept when no given name follows: Lord North
TITLE_MODIFIERS = set(_DATA["title_modifiers"])
ROLE_NOUNS = set(_DATA["role_nouns"])
ORG_WORDS = set(_DATA["org_words"])
THING_NOUNS = set(_DATA["thing_nouns"])
SPEECH_VERBS = set(_DATA["pure_speech_verbs"])
DEMONYMS = set(_DATA["demonyms"])
STOPWORDS = set(_DATA["stopwords"])
MONTHS_DAYS = set(_DATA["months_days"])
PERSON_KEYS = set(_DATA["person_infobox_keys"])
CHINESE_SURNAMES = set(_DATA["chinese_surnames"])
ROLE_ADJECTIVES = set(_DATA["role_adjectives"])  # words that stand before a role noun: 'military commander'
REGNAL_TITLES = set(_DATA["regnal_titles"])  # a given name follows them, never a surname
NON_NAME_WORDS = set(_DATA["non_name_words"])  # no personal name starts with these

HONORIFICS = {"mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady", "dr", "madam", "mme", "m"}
PARTICLES = {"de", "da", "di", "do", "dos", "das", "del", "della", "van", "von", "der", "den", "ter", "du",
             "la", "le", "bin", "ibn", "bint", "al", "el", "y", "af", "zu", "st."}
# Articles that start names of newspapers, bands and places, never of a person on their own.
FOREIGN_ARTICLES = {"le", "la", "les", "el", "los", "las", "il", "lo", "die", "das", "der", "het", "the", "al"}

# A word, an initial ("K."), a quoted nickname ('"Dick"'), or an abbreviated title ("Lt.").
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[\"“]\w[\w'’\-]*[\"”]|[^\W\d_](?:[\w'’\-]*\w)?\.?|\d[\w\-]*")
_PINYIN = re.compile(
    r"(?:(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|üan|ai|ao|an|ei|en|er"
    r"|ia|ie|in|iu|ou|ua|uo|ui|un|ün|üe|a|e|i|o|u|ü)){1,2}",
)
_LIFE_DATES = re.compile(
    r"\s*\((?:born\b|b\.\s*\d|c\.\s*\d|died\b|d\.\s*\d|fl\.|[^()]{0,40}?\b\d{1,4}(?:\s*(?:BC|BCE|AD|CE))?\s*[–—-]\s*"
    r"[^()]{0,40}?\d{1,4}\b)"
)
# Function words that are also given names: a person when they start a run inside a sentence.
NAME_LIKE_STOPWORDS = {"can", "will"}
# Endings that mark a word as a family name in many languages (Sargsyan, Aliyev, Kasapoğlu, Kharchenko).
_SURNAME_SUFFIX = re.compile(r"(?:yan|ian|ov|ova|ev|eva|yev|yeva|oğlu|oglu|enko|ski|sky|ska|vić|vich|ić|shvili|dze|escu|"
                             r"poulos|akis|sson|wicz|czyk)$")
_POSSESSIVE = re.compile(r"['’]s?$")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """First names of many languages, from the locale data that Faker ships (folded)."""
    import importlib
    import pkgutil

    try:
        import faker.providers.person as providers
    except ImportError:  # the rules still run, with one kind of evidence less
        return frozenset()
    names: set[str] = set()
    for module in pkgutil.iter_modules(providers.__path__):
        try:
            provider = importlib.import_module(f"{providers.__name__}.{module.name}").Provider
        except (ImportError, AttributeError):
            continue
        for attr in ("first_names", "first_names_male", "first_names_female"):
            value = getattr(provider, attr, None)
            if isinstance(value, (list, tuple, set, dict)):
                names.update(fold(str(n)) for n in value if str(n)[:1].isupper() and " " not in str(n))
    # Faker's lists hold some words that are far more often something else in an article.
    return frozenset(names - TITLES - STOPWORDS - MONTHS_DAYS - DEMONYMS - ORG_WORDS - ROLE_NOUNS)


# ---------------------------------------------------------------- runs of capitalised words

@dataclass
class Run:
    """A run of capitalised words in one sentence, split into a title part and a name part."""

    sentence: Sentence
    start: int  # offsets in Document.text of the name part
    end: int
    tokens: list[str]  # name tokens (possessive 's removed from the last)
    title: list[str]  # title tokens before the name inside the run
    title_start: int  # offset where the title part starts (== start when there is none)
    possessive: bool = False
    tail: bool = False  # cut from the end of a longer run ('Minister of Culture Anar Karimov')

    @property
    def text(self) -> str:
        return " ".join(self.tokens)

    @property
    def key(self) -> str:
        return fold(self.text)


def _is_cap(tok: str) -> bool:
    if tok[0] in "\"“":
        return True
    if "-" in tok and tok.split("-", 1)[0].lower() in {"al", "el", "ad", "as", "an", "ash", "at", "az", "ibn"}:
        return tok.split("-", 1)[1][:1].isupper()
    return tok[0].isupper()


def _tokens(text: str) -> list[tuple[int, int, str]]:
    out = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    for i, (start, end, tok) in enumerate(out):
        # A trailing period belongs to the word only for initials and known abbreviations.
        if tok[-1] == "." and not (len(tok) == 2 or tok.lower() in TITLES or tok.lower() in PARTICLES
                                   or tok.lower() in {"jr.", "sr."}):
            out[i] = (start, end - 1, tok[:-1])
    return out


def _possessive_word(tok: str) -> bool:
    """'Ikea's': a word character, an apostrophe and 's' at the end."""
    return len(tok) > 2 and tok[-1] == "s" and tok[-2] in "'’" and (tok[-3].isalnum() or tok[-3] == "_")


def _ends_with_word(before: str, words: tuple[str, ...]) -> bool:
    """Does ``before`` end with one of ``words`` and then white space? A cheap test that lets a
    slow end-anchored pattern run only where it can match."""
    return bool(before) and before[-1].isspace() and before.rstrip().endswith(words)


def _title_word(tok: str) -> bool:
    low = tok.lower()
    return low in TITLES or (("-" in low) and low.rsplit("-", 1)[-1] in TITLES)


def find_runs(sentence: Sentence) -> list[Run]:
    """Cut a sentence into runs of capitalised words (with particles and initials inside)."""
    text = sentence.text
    toks = _tokens(text)
    runs: list[Run] = []
    i = 0
    while i < len(toks):
        tok = toks[i][2]
        if tok[0].islower() and "-" not in tok or not _is_cap(tok) or tok[0].isdigit():
            i += 1  # (the first test is the cheap common case of _is_cap)
            continue
        j = i + 1
        while j < len(toks):
            gap = text[toks[j - 1][1]:toks[j][0]]
            nxt = toks[j][2]
            if gap != " " or _possessive_word(toks[j - 1][2]):
                break  # a possessive ends a name: 'Ikea's Ingvar Kamprad'
            if _is_cap(nxt) and not nxt[0].isdigit():
                j += 1
            elif nxt.lower() in PARTICLES and j + 1 < len(toks) and _is_cap(toks[j + 1][2]) \
                    and text[toks[j][1]:toks[j + 1][0]] == " " and nxt.lower() not in {"st."}:
                j += 2
            else:
                break
        run = _make_run(sentence, toks[i:j])
        if run is not None:
            runs.append(run)
        i = j
    return runs


def _make_run(sentence: Sentence, toks: list[tuple[int, int, str]]) -> Run | None:
    # Drop leading function words ("In", "The", "According") and a trailing possessive.
    while toks and toks[0][2].lower() in STOPWORDS and toks[0][2].lower() not in TITLES \
            and re.search(r"(?:^|[:;\"“‘(\[])\s*$", sentence.text[:toks[0][0]]):
        toks = toks[1:]
    if not toks:
        return None
    words = [t[2] for t in toks]
    possessive = False
    last = words[-1]
    if _POSSESSIVE.search(last) and len(last) > 2 and not last.endswith("s'"):
        m = re.search(r"['’]s$", last)
        if m:
            words[-1] = last[: m.start()]
            possessive = True
    elif last.endswith(("s'", "s’")):
        words[-1] = last[:-1]
        possessive = True
    # Split the title part: modifiers, nationalities and titles before the name.
    # The name starts after the last title ('Texas Brig. Gen. Felix Huston'), or after a capitalised
    # role noun that a given name or an initial follows ('Lunar Module Pilot William Anders').
    last_title = -1
    for k in range(len(words) - 1):
        nxt = words[k + 1]
        if _title_word(words[k]) and (fold(nxt) not in TITLES or k + 1 == len(words) - 1):
            last_title = k
        elif words[k].lower() in ROLE_NOUNS and k > 0 or words[k].lower() in ROLE_NOUNS and len(words) > 2:
            if re.fullmatch(r"[A-Z]\.", nxt) or _given_name(nxt):
                last_title = k
    cut = last_title + 1
    title, name = words[:cut], words[cut:]
    if not name:
        return None
    base = sentence.start
    start = base + toks[cut][0]
    end = base + toks[-1][1] - (len(toks[-1][2]) - len(words[-1]))
    return Run(sentence, start, end, name, title, base + toks[0][0], possessive)


# ---------------------------------------------------------------- name shape

def _name_tokens_ok(tokens: list[str]) -> bool:
    """Could these words be a personal name at all (not an organisation, place, month...)?"""
    return _name_words_ok(tuple(tokens))


@lru_cache(maxsize=16384)
def _name_words_ok(tokens: tuple[str, ...]) -> bool:  # cached: the same runs recur in an article
    if not tokens or len(tokens) > 5:
        return False
    lows = [t.lower().strip("\"“”") for t in tokens]
    if lows[0] in FOREIGN_ARTICLES or lows[0] in TITLES:
        return False
    if len(tokens) == 1 and (lows[0] in ROLE_NOUNS or lows[0] in TITLES or lows[0].rstrip("s") in ROLE_NOUNS
                             or lows[0].rstrip("s") in TITLES):
        return False
    if all(low in ROLE_NOUNS or low in TITLES or low in TITLE_MODIFIERS or low in ROLE_ADJECTIVES for low in lows):
        return False  # 'Chief Executive', 'Deputy Chief'
    if lows[-1].endswith("s") and (lows[-1][:-1] in ROLE_NOUNS or lows[-1][:-2] in ROLE_NOUNS):
        return False  # 'Assistant Architects'
    if lows[0] in NON_NAME_WORDS and len(tokens) > 1 or any(low.endswith("s") and low[:-1] in DEMONYMS for low in lows):
        return False  # 'Late Triassic', 'North Koreans'
    chinese = _chinese_name(tokens)
    for i, (t, low) in enumerate(zip(tokens, lows)):
        if low in STOPWORDS and ((i == 0 and low in NAME_LIKE_STOPWORDS) or (i > 0 and chinese)):
            continue  # 'Can Kasapoğlu', 'Lu You'
        if low in ORG_WORDS or low in MONTHS_DAYS or low in STOPWORDS or low in DEMONYMS:
            if low in PARTICLES:
                continue
            return False
        if t[0].isdigit() or "-" in low and low.rsplit("-", 1)[1] in ORG_WORDS:
            return False  # '2nd', 'Elizabeth-class'
        if len(t) > 1 and t.isupper() and not t.endswith(".") and t not in ("II", "III", "IV", "VI", "VII", "VIII"):
            return False  # acronyms: NATO, ICRC, MHSAA
        if t.endswith(("ism", "ian", "ians", "ese")) and low in DEMONYMS:
            return False
    if all(len(t.rstrip(".")) == 1 for t in tokens if t[0] not in "\"“"):
        return False
    return True


def _given_name(tok: str) -> bool:
    return fold(tok) in given_names()


def _chinese_name(tokens: list[str]) -> bool:
    """Two or three syllable romanised Chinese name: a common surname, then a pinyin given name."""
    if len(tokens) != 2:
        return False
    sur, given = fold(tokens[0]), fold(tokens[1])
    return sur in CHINESE_SURNAMES and bool(_PINYIN.fullmatch(given)) and len(given) > 1


def _shape(tokens: list[str]) -> str:
    """'full' for multi-word personal names, 'single' for one word."""
    return "single" if len([t for t in tokens if t[0] not in "\"“"]) == 1 else "full"


# ---------------------------------------------------------------- evidence

_ROLE_STOP = STOPWORDS | {",", ";", ":", "including", "included", "includes", "such"}
_DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "our"}
_HEAD_PREPS = {"of", "for", "at", "in", "to", "on"}


_WORD_OR_MARK = re.compile(r"[\w'’\-\.]+|[,;:()\"“”]")


def _words_before(text: str, pos: int, limit: int = 12) -> list[tuple[int, str]]:
    """Tokens (offset, word) before pos in the sentence text, nearest last; commas as tokens."""
    lo = max(0, pos - 20 * limit)  # enough for `limit` tokens unless the words are very long
    out = [(m.start(), m.group()) for m in _WORD_OR_MARK.finditer(text, lo, pos)]
    if lo and len(out) <= limit:  # the window may have cut a word that is wanted: read it all
        out = [(m.start(), m.group()) for m in _WORD_OR_MARK.finditer(text, 0, pos)]
    return out[-limit:]


def _role_before(text: str, pos: int) -> str | None:
    """'the Armenian military commander Seyran Ohanyan': the role noun phrase just before a name."""
    words = _words_before(text, pos, 10)
    if not words:
        return None
    last = words[-1][1]
    if last.lower().rstrip(".") not in ROLE_NOUNS and last.lower().rstrip("s") not in ROLE_NOUNS:
        return None
    # Words back to a determiner form a noun phrase ('the long time Bills play-by-play announcer');
    # without one, only words that are clearly modifiers are taken ('Azerbaijani political analyst').
    taken = [words[-1]]
    loose: list[tuple[int, str]] = []
    for off, w in reversed(words[:-1]):
        low = w.lower()
        if low in _DETERMINERS or re.search(r"['’]s$", w) and w[:1].isupper():
            if re.search(r"['’]s$", w):
                # "International Crisis Group's Azerbaijani analyst": the whole possessor is part of it
                loose.insert(0, (off, w))
                k = [i for i, (o, _) in enumerate(words) if o == off][0]
                while k > 0 and words[k - 1][1][:1].isupper() and len(taken) + len(loose) < 8:
                    k -= 1
                    loose.insert(0, words[k])
            taken = loose + taken if loose else taken
            break
        if low in _ROLE_STOP or w in ",;:()\"“”" or len(taken) + len(loose) >= 6 \
                or re.search(r"(?:ed|ly)$", low) and low not in ROLE_ADJECTIVES:
            break
        if _modifier_ok(w) and not loose:
            taken.insert(0, (off, w))
        else:
            loose.insert(0, (off, w))
    start = taken[0][0]
    role = text[start:pos].strip()
    return role or None


def _role_appositive_before(text: str, pos: int) -> str | None:
    """'the President of Azerbaijan, Ilham Aliyev': a role phrase ending in a comma before the name."""
    before = text[:pos].rstrip()
    if not before.endswith(","):
        return None
    before = re.sub(r"\s*\([^()]*\)", "", before[:-1])  # '(MHP)', '(ICESCO)'
    return _phrase_before(before)


_BOUNDARY = re.compile(r"(?:^|[,;:(]\s*|\b(?:and|while|whereas|by|that|with|as|when|where|after|before|then|also|"
                       r"including|alongside|met|to|from|for)\s+)")


def _phrase_before(before: str, need_of: bool = False) -> str | None:
    """The shortest role phrase that ends the text, starting at a clause boundary."""
    starts = sorted({m.end() for m in _BOUNDARY.finditer(before)}, reverse=True)
    for start in starts:
        phrase = before[start:].strip()
        if len(phrase) < 3 or len(phrase) > 220 or re.search(r"[,;:()]", phrase):
            continue
        phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I)
        if need_of and " of " not in phrase:
            continue
        if _has_role_head(phrase):
            return phrase
    return None


_ADJ_SUFFIX = re.compile(r"(?:al|ary|ic|ive|ous|ian|ese|ish|ist|est|ior|ern)$")


def _modifier_ok(word: str) -> bool:
    """Can this word stand before a role noun ('Armenian military commander', 'Butler's head coach')?"""
    low = word.lower()
    if word[:1].isupper() or word[:1].isdigit():
        return True
    if low in ROLE_NOUNS or low in ROLE_ADJECTIVES or low in TITLE_MODIFIERS or low in DEMONYMS or low in TITLES:
        return True
    if "-" in low:
        return True
    return bool(_ADJ_SUFFIX.search(low)) and low not in STOPWORDS


def _loose_modifier(word: str) -> bool:
    low = word.lower()
    return low not in STOPWORDS and not re.search(r"(?:ed|ly)$", low) and low.isalpha()


def _has_role_head(phrase: str, loose: bool = False) -> bool:
    """Does a phrase name a role: a role noun before any 'of/at/in' complement?

    ``loose``: the phrase follows an article ('the greatest haiku poet'), so any noun may modify the head.
    """
    words = re.findall(r"[\w'’\-]+", phrase)
    while words and (words[0].lower() in _DETERMINERS or re.search(r"['’]s$", words[0])):
        words = words[1:]  # 'his son', 'Rifenburg's wife'
    if not words or len(words) > 32:
        return False
    head_part = []
    for w in words:
        if w.lower() in _HEAD_PREPS:
            break
        head_part.append(w)
    if not head_part or not all(_modifier_ok(w) or w == "and" or loose and _loose_modifier(w) for w in head_part[:-1]):
        return False
    head = head_part[-1].lower()
    if (head.endswith("est") or head in ("one", "many", "some", "most")) and len(words) > len(head_part) + 1 \
            and words[len(head_part)].lower() == "of":
        # 'the very greatest of all haiku poets', 'one of the founders': the head is the noun after 'of'
        after = [w.lower() for w in words[len(head_part) + 1:] if w.lower() not in ("all", "the", "his", "her")]
        return bool(after) and any(w in ROLE_NOUNS or w.rstrip("s") in ROLE_NOUNS for w in after[:4])
    if head.endswith("'s") or head.endswith("’s"):
        return False
    if head in ORG_WORDS and head not in ROLE_NOUNS:
        return False
    base = head.split("-")[-1]
    return head in ROLE_NOUNS or base in ROLE_NOUNS or (head.endswith("s") and head[:-1] in ROLE_NOUNS)


def _role_appositive_after(text: str, end: int) -> str | None:
    """'Siad Barre, a military dictator who ...': a role phrase after the name and a comma."""
    rest = text[end:]
    m = re.match(r"(?:\s*\([^()]*\))?,\s+(?:(?:then|now|later|once|also)\s+)?(?:(a|an|the)\s+)?"
                 r"([^,;:()]{2,140}?)(?=\s*(?:[,;:().]|\s(?:who|which|whose|that|and\s+(?:was|is|had|has))\b|$))",
                 rest)
    if not m:
        return None
    phrase = m.group(2).strip()
    if not m.group(1) and not re.match(r"(?:former|then|\w+'s|\w+’s)\b", phrase, re.I):
        # Without an article only a short role like "Minister of Culture" after a comma counts.
        first = phrase.split()[0].lower() if phrase.split() else ""
        if first not in ROLE_NOUNS and first not in TITLES:
            return None
    if not _has_role_head(phrase, loose=bool(m.group(1))):
        return None
    if _office_of_next_name(rest[m.end():]):
        return None  # 'Minister of Justice, Abdulhamit Gül': the office of the name that follows
    # Cut a trailing verb phrase off: the role ends at the first word that is clearly a verb.
    phrase = re.split(r"\s+(?:who|which|was|is|had|has|were|are)\b", phrase)[0]
    return phrase


def _office_of_next_name(after: str) -> bool:
    """Does a name (or another office and then a name) follow the comma after a role phrase?

    In 'Mayor of Ankara, Mansur Yavaş, Mayor of Istanbul, Ekrem İmamoğlu' the phrase after Yavaş
    belongs to İmamoğlu.
    """
    segments = re.sub(r"^\s*\([^()]*\)", "", after).split(",")
    if len(segments) < 2 or segments[0].strip():
        return False
    for seg in segments[1:3]:
        words = seg.split()
        if len(words) >= 2 and words[0][:1].isupper() and words[1][:1].isupper():
            return True  # a capitalised pair: a name
        if not (words and words[0][:1].isupper() and _has_role_head(seg.strip())):
            return False  # not another office either
    return False


def _life_dates_after(text: str, end: int) -> bool:
    return bool(_LIFE_DATES.match(text[end:]))


def _who_after(text: str, end: int) -> bool:
    return "who" in text[end:] and bool(re.match(r"(?:\s*\([^()]*\))?,?\s+who(?:se|m)?\b", text[end:]))


def _speech_after(text: str, end: int) -> bool:
    m = re.match(r"(?:,[^,]{1,60},)?\s+(?:(?:also|later|then|once|had|has|have|further|publicly|famously|"
                 r"reportedly|repeatedly|allegedly|subsequently|himself|herself)\s+)*(\w+)", text[end:])
    return bool(m and m.group(1).lower() in SPEECH_VERBS)


def _according_to_before(text: str, pos: int) -> bool:
    return bool(re.search(r"\baccording to\s+$", text[max(0, pos - 160):pos], re.I))


_WORD_AFTER = re.compile(r"(?:['’]s)?\s+([a-z][\w\-]*)")


def _thing_after(text: str, end: int) -> bool:
    """'the Khrushchev era', 'Lenin Square': the name is part of the name of a thing."""
    m = _WORD_AFTER.match(text, end)
    if m and m.group(1) in THING_NOUNS:
        possessive = text[end:end + 1] in ("'", "’") and text[end + 1:end + 2] == "s"
        return not possessive  # "Aliyev's family" is still Aliyev
    return False


def _named_after_before(text: str, pos: int) -> bool:
    return bool(re.search(r"\bnamed (?:after|for)\s+$", text[max(0, pos - 160):pos]))


# ---------------------------------------------------------------- people

@dataclass
class Person:
    forms: dict[str, str] = field(default_factory=dict)  # folded -> surface of full-name forms
    tokens: list[str] = field(default_factory=list)  # tokens of the fullest form
    roles: list[tuple[str, int]] = field(default_factory=list)
    occurrences: list[Run] = field(default_factory=list)
    evidence: set[str] = field(default_factory=set)  # kinds of evidence seen, for tuning
    titles: list[list[str]] = field(default_factory=list)  # titles seen before the name
    aliases: set[str] = field(default_factory=set)  # other names ('Li Po' for Li Bai), never the display name

    @property
    def name(self) -> str:
        return " ".join(self.tokens)

    @property
    def surname(self) -> str:
        plain = [t for t in self.tokens if t[0] not in "\"“" and not (len(t) == 2 and t.endswith("."))]
        return fold(plain[-1]) if plain else ""


def _plain(tokens: list[str]) -> list[str]:
    return [fold(t.strip("\"“”")) for t in tokens]


def _same_person(a: list[str], b: list[str]) -> bool:
    """Two full-name forms of one person: same surname, compatible first names and middle parts."""
    if len(a) < 2 or len(b) < 2 or fold(a[-1].strip("\"“”")) != fold(b[-1].strip("\"“”")):
        return False  # (the cheap tests first: most pairs differ in the surname)
    pa, pb = _plain(a), _plain(b)
    short, long_ = (pa, pb) if len(pa) <= len(pb) else (pb, pa)
    if set(short) <= set(long_):
        return True

    def initial_of(x: str, y: str) -> bool:  # 'K.' stands for 'Keough'
        return x == y or (len(x) == 2 and x.endswith(".") and y.startswith(x[0]))

    if len(short) > len(long_) or not (initial_of(short[0], long_[0]) or initial_of(long_[0], short[0])):
        return False
    rest_s, rest_l = short[1:-1], long_[1:-1]
    return all(any(initial_of(x, y) or initial_of(y, x) for y in rest_l) for x in rest_s)


def _subject_names(doc: Document) -> list[list[str]]:
    """The person an article is about, when it is a biography."""
    boxes = [f.key.lower() for box in doc.infoboxes for f in box.fields]
    first = doc.sentences[0].text if doc.sentences else ""
    title = re.sub(r"\s*\([^)]*\)\s*$", "", doc.title).strip()
    biography = any(k in boxes for k in ("birth_date", "born", "birth_place", "death_date", "died"))
    if not biography:
        m = re.match(r"(.{2,80}?)\s*\(([^()]*)\)\s+(?:was|is)\s+(?:a|an|the)\b", first)
        biography = bool(m and re.search(r"\bborn\b|\d{3,4}\s*[–—-]|[–—-]\s*\d{3,4}|\b\d{3,4}\b", m.group(2))
                         and fold(title.split()[-1]) in fold(m.group(1)))
    if not biography:
        return []
    names = [title.split()]
    m = re.match(r"([^(,]{2,80}?)\s*\(", first)
    if m and fold(title.split()[-1]) in fold(m.group(1)):
        names.append(m.group(1).split())
    return names


def _infobox_names(doc: Document) -> set[str]:
    """Names listed in person fields of the infobox (commanders, spouse, parents ...)."""
    out: set[str] = set()
    for box in doc.infoboxes:
        for f in box.fields:
            key = f.key.lower().rstrip("0123456789")
            if key not in PERSON_KEYS and not any(key.startswith(k) for k in ("commander", "leader", "spouse")):
                continue
            candidates = [link.text for link in f.links] + f.text.split("\n")
            for c in candidates:
                c = re.sub(r"\([^)]*\)|\[[^]]*\]|[*•]", "", c).strip(" ,;")
                toks = c.split()
                if 2 <= len(toks) <= 4 and all(t[0].isupper() for t in toks) and _name_tokens_ok(toks):
                    out.add(fold(c))
    return out


_PLACE_PREPOSITIONS = ("in", "at", "near", "outside", "across", "towards", "around")


def _places(doc: Document, runs: list[Run]) -> set[str]:
    """Runs used as places in this article: after 'in/at/near' or 'born in', and infobox places."""
    out: set[str] = set()
    for r in runs:
        before = r.sentence.text[: r.title_start - r.sentence.start]
        if not r.title and _ends_with_word(before, _PLACE_PREPOSITIONS) \
                and re.search(r"\b(?:in|at|near|outside|across|towards|around)\s+$", before):
            out.add(r.key)
    for box in doc.infoboxes:
        for f in box.fields:
            if any(w in f.key.lower() for w in ("place", "location", "country", "city", "state", "region", "site")):
                out.update(fold(link.text) for link in f.links)
    return out


def _tail_run(run: Run) -> Run | None:
    """'Minister of Culture Anar Karimov': the last two words of a longer run, as a name of their own."""
    if len(run.tokens) < 3:
        return None
    tail = run.tokens[-2:]
    text = run.sentence.text
    s0 = run.sentence.start
    offset = text.rfind(" ".join(tail), 0, run.end - s0 + 1)
    if offset < 0 or offset + s0 < run.start:
        return None
    return Run(run.sentence, s0 + offset, run.end, list(tail), [], s0 + offset, run.possessive, tail=True)


def _role_chain_before(text: str, pos: int) -> str | None:
    """'The former Head of the Military Control Service of the Armenian MoD Movses Hakobyan'."""
    return _phrase_before(text[:pos].rstrip(), need_of=True)


def _predicate_role(text: str, end: int) -> str | None:
    """'Bo Maolin became governor of the region', 'X was appointed the city's commandant'."""
    m = re.match(r"(?:['’]s)?\s+(?:(?:also|later|then|soon|briefly|eventually)\s+)?"
                 r"(?:became|becomes|was appointed(?: as)?|was named|was elected|served as|serves as|was made|"
                 r"was sworn in as)\s+(?:(?:a|an|the|its|their)\s+)?([^,;:()]{2,100}?)"
                 r"(?=\s*(?:[,;:().]|\s(?:who|which|whose|that|and|from|until|in|on|after|before|when|while)\b|$))",
                 text[end:])
    if not m:
        return None
    return m.group(1) if _has_role_head(m.group(1)) else None


def _who_role(text: str, end: int) -> str | None:
    """'Argishti Kyaramyan, who had served as the head of the Armenian National Security Service (NSS)'."""
    m = re.match(r"(?:\s*\([^()]*\))?,?\s+who\s+(?:had\s+|has\s+)?(?:served|serves|worked|works|was|is|became|"
                 r"had been|has been)\s+(?:as\s+)?(?:(?:a|an|the|its|their)\s+)?"
                 r"([^,;:()]{2,100}?(?:\s*\([A-Z][^()]{0,20}\))?)"
                 r"(?=\s*(?:[,;:.]|\s(?:who|which|whose|that|and|from|until|in\s+\d|since|between|during|when)\b|$))",
                 text[end:])
    if not m:
        return None
    return m.group(1) if _has_role_head(m.group(1)) else None


def _appointed_as(text: str, start: int, end: int) -> str | None:
    """'Aliyev appointed Aydin Karimov as his special representative in the city'."""
    if not re.search(r"\b(?:appointed|named|nominated|elected|made|chose|hired|promoted)\s+$", text[max(0, start - 160):start]):
        return None
    m = re.match(r"\s+as\s+(?:(?:a|an|the|his|her|their|its)\s+)?([^,;:()]{2,100}?)(?=\s*(?:[,;:().]|$))",
                 text[end:])
    return m.group(1) if m and _has_role_head(m.group(1)) else None


_LIST_INTRO_ENDINGS = ("like", "as", "including", "namely", ":")


def _list_role_before(text: str, pos: int) -> str | None:
    """'political figures like Ara Abramyan, ...': a plural role noun introducing a list.
    (Only the last words before the name can match: searching them alone keeps this fast.)"""
    # Every form ends in 'like', 'such as', 'including', 'namely' or a colon, then a space.
    if not _ends_with_word(text[:pos], _LIST_INTRO_ENDINGS):
        return None
    m = re.search(r"((?:[A-Za-z][\w\-]*\s+){0,2})([A-Za-z][\w\-]*?)s\s+(?:like|such as|including|namely|"
                  r",\s+including|(?:were|are|included|include)\s*:)\s+$", text[max(0, pos - 160):pos])
    if not m or m.group(2).lower() not in ROLE_NOUNS:
        return None
    mods = [w for w in m.group(1).split() if w.lower() not in STOPWORDS]
    return " ".join(mods + [m.group(2)])


def _evidence(run: Run, infobox: set[str], subject_keys: set[str]) -> tuple[set[str], list[tuple[str, int]]]:
    """The kinds of evidence that a run names a person, with the roles the text gives it."""
    text, s0 = run.sentence.text, run.sentence.start
    b = run.end - s0
    ta = run.title_start - s0
    idx = run.sentence.index
    roles: list[tuple[str, int]] = []
    found: set[str] = set()
    if run.title:
        found.add("title")
        owner = re.search(r"((?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*['’]s)\s+$", text[max(0, ta - 160):ta])
        # "China's President Xi Jinping": the possessor belongs to the title
        if not all(fold(t).rstrip(".") in HONORIFICS for t in run.title):  # 'Mr.', 'Sir' are no roles
            roles.append(((owner.group(1) + " " if owner else "") + " ".join(run.title), idx))
    finders = {
        "role_before": lambda: _role_before(text, ta),
        "appositive": lambda: _role_appositive_before(text, ta),
        "chain": lambda: _role_chain_before(text, ta) if run.tail else None,
        "appositive_after": lambda: _role_appositive_after(text, b),
        "predicate": lambda: _predicate_role(text, b),
        "appointed": lambda: _appointed_as(text, ta, b),
        "who_role": lambda: _who_role(text, b),
        "list_role": lambda: _list_role_before(text, ta),
    }
    for kind, find in finders.items():
        role = find()
        if role:
            found.add(kind)
            role = _clean_role(role)
            if role:
                roles.append((role, idx))
    if "appositive" in found and re.match(r"(?:['’]s)?,", text[b:]):
        found.add("appositive_closed")  # 'the chairman of MHP, Devlet Bahçeli, after ...'
    if _who_after(text, b):
        found.add("who")
    if _life_dates_after(text, b):
        found.add("life_dates")
    if _named_after_before(text, ta):
        found.add("named_after")
    if run.key in infobox or run.key in subject_keys:
        found.add("listed")
    if _speech_after(text, b) or _according_to_before(text, ta):
        found.add("speech")
    if _given_name(run.tokens[0]) or _chinese_name(run.tokens) or \
            len(run.tokens) >= 2 and _SURNAME_SUFFIX.search(run.tokens[-1]) and fold(run.tokens[-1]) not in DEMONYMS:
        found.add("given")
        if len(run.tokens) >= 2 and re.fullmatch(r"[A-Z]\.", run.tokens[1]):
            found.add("initial")  # 'Wendy J. Colf', 'Douglas A.': a given name and a middle initial
    if len(run.tokens) >= 2 and re.fullmatch(r"[A-Z]\.", run.tokens[0]) and not re.fullmatch(r"[A-Z]\.", run.tokens[-1]):
        found.update({"given", "initial"})  # 'G. J. Toomer': initials, then a family name
    return found, roles


def _clean_role(role: str) -> str | None:
    """A role fit to be a matching key: short, singular, about this person only; else None."""
    role = role.strip(" ,;")
    words = role.split()
    if not words or len(words) > 12 or re.match(r"(?:his|her|their|its)\b", role, re.I):  # 'his son': whose?
        return None
    head_end = next((i for i, w in enumerate(words) if w.lower() in _HEAD_PREPS), len(words))
    head = words[head_end - 1].lower()
    if head.endswith("s") and head not in ROLE_NOUNS and head[:-1] in ROLE_NOUNS:
        return None  # 'paleontologists Adam Yates and ...' names a group
    rest = words[head_end:]
    if len(rest) >= 2 and rest[-1][:1].isupper() and _given_name(rest[-1]) and rest[-2].islower() \
            and rest[-2] not in _HEAD_PREPS | {"the", "and"}:
        return None  # 'younger sister to both Bob': cut off before the other name ends
    for i, (a, b) in enumerate(zip(rest, rest[1:])):
        if a.islower() and a.endswith("ed") and b.islower() and b not in ("by", "and", "in"):
            return None  # a verb: 'commander of the Third Fleet decided to mass ...'
        if a[:1].isupper() and _given_name(a) and (i == 0 or not rest[i - 1][:1].isupper()):
            run = [a]
            for w in rest[i + 1:]:
                if not w[:1].isupper():
                    break
                run.append(w)
            if len(run) >= 2 and not any(fold(w) in ORG_WORDS for w in run):
                return None  # another person's name inside the phrase
    return role


STRONG = {"who_role", "title", "role_before", "appositive", "chain", "appositive_after", "predicate", "appointed", "list_role",
          "who", "life_dates", "named_after", "listed"}
# Evidence that the words form a personal name, not just a name of something that has a role.
NAME_SHAPED = {"title", "given", "initial", "who", "life_dates", "listed", "named_after", "role_before", "chain",
               "appositive_closed", "appositive_after"}
WEAK = {"speech", "given", "initial"}


def _is_person(found: set[str]) -> bool:
    """Enough evidence: a role or title for a name-shaped run, two kinds of role evidence, or two weak signs."""
    strong = found & STRONG
    if strong and (found & NAME_SHAPED or len(strong) >= 2):
        return True
    return len(found & WEAK) >= 2


def extract(doc: Document) -> list[Fact]:
    """Find the people named in the body: one Fact per person, at its first mention."""
    runs = [r for s in doc.sentences for r in find_runs(s)]
    infobox = _infobox_names(doc)
    subjects = _subject_names(doc)
    subject_keys = {fold(" ".join(t)) for t in subjects}
    places = _places(doc, runs)

    # Pass 1: evidence per run; accepted names become people.
    people: list[Person] = []
    accepted: dict[int, Person] = {}  # id(run) -> person
    list_roles: dict[int, str] = {}
    weak_runs: list[tuple[Run, int, list[tuple[str, int]]]] = []
    candidates: list[Run] = []
    subject_surnames = {fold(t[-1]) for t in subjects}
    run_keys = {r.key for r in runs}
    for r in runs:
        text, s0 = r.sentence.text, r.sentence.start
        if len(r.tokens) >= 3 and fold(r.tokens[-1]) in subject_surnames and r.key not in subject_keys \
                and fold(" ".join(r.tokens[:-1])) in run_keys:
            # 'Upon the election of Donald Trump Merkel said': two names run together.
            cut = r.sentence.text.rfind(" " + r.tokens[-1], 0, r.end - s0)
            candidates.append(Run(r.sentence, s0 + cut + 1, r.end, r.tokens[-1:], [], s0 + cut + 1, r.possessive))
            r = Run(r.sentence, r.start, s0 + cut, r.tokens[:-1], r.title, r.title_start)
        before = text[: r.title_start - s0]
        part_of_name = _ends_with_word(before, ("of", "the")) and re.search(r"[A-Z][\w'’\-]*\s+of\s+(?:the\s+)?$", before)
        if part_of_name or not _name_tokens_ok(r.tokens):
            tail = _tail_run(r)
            head = r.tokens[:-2]
            if tail is not None and _name_tokens_ok(tail.tokens) and _role_chain_before(text, tail.start - s0) \
                    and (_given_name(tail.tokens[0]) or _SURNAME_SUFFIX.search(tail.tokens[-1]) or any(sum(c.isupper() for c in t) >= 2 for t in head)):
                r = tail
            elif part_of_name and not r.title:
                continue
        candidates.append(r)
    runs_by_sentence: dict[int, list[Run]] = {}
    for r in candidates:
        runs_by_sentence.setdefault(r.sentence.index, []).append(r)

    for r in candidates:
        text, s0 = r.sentence.text, r.sentence.start
        if not _name_tokens_ok(r.tokens):
            continue
        if _thing_after(text, r.end - s0) and not r.possessive:
            continue
        single = _shape(r.tokens) == "single"
        if single:
            # One word is a person only with a title that names people (Emperor Xuanzong, Major Siad).
            if not (r.title and fold(r.title[-1]) in TITLES and r.key not in places):
                continue
            if r.key in NON_NAME_WORDS and fold(r.title[-1]) not in PEERAGE_TITLES:
                continue  # 'Queen West' is a street; 'Lord North' is a man
        elif r.key in places and r.key not in infobox and r.key not in subject_keys:
            continue
        elif fold(r.tokens[0]) in places and re.search(r"[^s]s$", r.tokens[-1]) and not r.title:
            continue  # 'the Toronto Argonauts, who have won ...': a team, not a person
        if any(re.search(r"\d", t) for t in r.title):
            continue  # 'KM2 Jalan Sultan Iskandar': an address
        alias_of = _alias_of(r, accepted, runs_by_sentence[r.sentence.index], people)
        if alias_of is not None:  # 'Li Bai (Li Po)': another name of a person just named
            alias_of.forms.setdefault(r.key, r.text)
            alias_of.aliases.add(r.key)
            continue
        found, roles = _evidence(r, infobox, subject_keys)
        if not found & STRONG and re.search(r"\bthe\s+$", text[: r.title_start - s0], re.I):
            continue  # 'the Encyclopædia Britannica': a bare name does not take an article
        lr = _list_role_before(text, r.title_start - s0)
        if lr:
            list_roles[id(r)] = lr
        if _is_person(found):
            p = _add_person(people, r)
            p.roles.extend(roles)
            p.evidence |= found
            if r.title:
                p.titles.append(r.title)
            accepted[id(r)] = p
        elif not single:
            # only a name-shaped run may join people it is listed with ('Sports Illustrated calls ...' may not)
            weak_runs.append((r, len(found & {"given", "initial"}), roles))

    # Pass 2: names listed with people already known ('Bob Mann, Gene Derricotte, and Len Ford').
    changed = True
    while changed:
        changed = False
        known = _known_forms(people)
        for item in list(weak_runs):
            r, score, roles = item
            same = runs_by_sentence[r.sentence.index]
            group = _name_list(r, same)
            in_list = any(id(o) in accepted or o.key in known for o in group if o is not r)
            # A name-shaped run in a sentence about a known person ('Ted Petoskey preceded Rifenburg').
            nearby = any(id(o) in accepted or o.key in known for o in same if o is not r)
            # 'Rudyard Kipling' after 'Mr. Kipling': the family name of someone titled as a person.
            titled = any(len(p.tokens) == 1 and p.surname == fold(r.tokens[-1])
                         and not {fold(t[-1]) for t in p.titles} & REGNAL_TITLES for p in people)
            if not (in_list or titled or (score and nearby and fold(r.tokens[0]) not in places)):
                continue
            alias_of = _alias_of(r, accepted, same, people)
            if alias_of is not None:
                alias_of.forms.setdefault(r.key, r.text)
                alias_of.aliases.add(r.key)
                weak_runs.remove(item)
                continue
            p = _add_person(people, r)
            p.roles.extend(roles)
            for o in group:
                if id(o) in list_roles:
                    p.roles.append((list_roles[id(o)], r.sentence.index))
            accepted[id(r)] = p
            weak_runs.remove(item)
            changed = True

    # A titled surname seen before the full name ('President Trump' ... 'Donald Trump') joins it.
    for p in [p for p in people if len(p.tokens) == 1]:
        titles = {fold(t[-1]) for t in p.titles}
        full = [q for q in people if len(_plain(q.tokens)) >= 2 and q.surname == fold(p.tokens[0])]
        if len(full) == 1 and not titles & REGNAL_TITLES:
            full[0].forms.update(p.forms)
            full[0].roles.extend(p.roles)
            for rid, owner in list(accepted.items()):
                if owner is p:
                    accepted[rid] = full[0]
            people.remove(p)

    # Pass 3: every run that is a form of a known person is an occurrence of that person.
    subject = next((p for p in people if any(k in p.forms for k in subject_keys)), None)
    return _facts(doc, candidates, people, accepted, subject)


def _alias_of(run: Run, accepted: dict[int, Person], same: list[Run], people: list[Person]) -> Person | None:
    """The person named just before, when this run stands in brackets after the name ('Li Bai (Li Po)')."""
    text, s0 = run.sentence.text, run.sentence.start
    for o in same:
        if o.end <= run.start:
            between = text[o.end - s0:run.title_start - s0]
            if not re.fullmatch(r"\s*\((?:[^():;]{1,30}:\s*)?", between):
                continue
            if id(o) in accepted:
                return accepted[id(o)]
            for p in people:
                if o.key in p.forms:
                    return p
    return None


def _known_forms(people: list[Person]) -> set[str]:
    out: set[str] = set()
    for p in people:
        out.update(p.forms)
        if len(_plain(p.tokens)) >= 2:
            out.add(p.surname)
    return out


def _add_person(people: list[Person], run: Run) -> Person:
    tokens = list(run.tokens)
    if len(tokens) == 1 and run.title and run.title[-1].lower() in PEERAGE_TITLES:
        tokens = [run.title[-1]] + tokens  # 'Lord North': the title is all the name there is
    key = fold(" ".join(tokens))
    for p in people:
        if key in p.forms or _same_person(p.tokens, tokens):
            p.forms[key] = " ".join(tokens)
            if len(_plain(tokens)) > len(_plain(p.tokens)):
                p.tokens = tokens
            return p
    if _shape(run.tokens) == "single" and fold(run.title[-1]) not in REGNAL_TITLES:
        for p in people:  # a titled surname of someone already known
            if p.surname == run.key and len(_plain(p.tokens)) >= 2:
                p.forms[run.key] = run.text
                return p
    p = Person(forms={key: " ".join(tokens)}, tokens=tokens)
    people.append(p)
    return p


def _name_list(run: Run, same: list[Run]) -> list[Run]:
    """The comma/'and' list of runs that this run is an item of (itself alone if none)."""
    sent = run.sentence
    same = sorted(same, key=lambda o: o.start)
    idx = same.index(run)

    def joined(x: Run, y: Run) -> bool:
        gap = sent.text[x.end - sent.start:y.title_start - sent.start]
        return bool(re.fullmatch(r"(?:['’]s)?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)", gap))

    group = [run]
    k = idx
    while k > 0 and joined(same[k - 1], same[k]):
        group.insert(0, same[k - 1])
        k -= 1
    k = idx
    while k + 1 < len(same) and joined(same[k], same[k + 1]):
        group.append(same[k + 1])
        k += 1
    return group


def _facts(doc: Document, runs: list[Run], people: list[Person], accepted: dict[int, Person],
           subject: Person | None) -> list[Fact]:
    if not people:
        return []
    by_form: dict[str, list[Person]] = {}
    for p in people:
        for key in p.forms:
            by_form.setdefault(key, []).append(p)
        if len(_plain(p.tokens)) >= 2:
            by_form.setdefault(p.surname, []).append(p)
    last_seen: dict[int, int] = {}
    for r in sorted(runs, key=lambda r: r.start):
        if id(r) in accepted:
            p = accepted[id(r)]
        else:
            if _thing_after(r.sentence.text, r.end - r.sentence.start) and not r.possessive:
                continue
            cands = by_form.get(r.key, [])
            if r.title and fold(r.title[-1]) in REGNAL_TITLES:  # 'Prince George' is not Lloyd George
                cands = [c for c in cands if r.key in c.forms]
            if not cands:
                continue
            if len(cands) > 1 and subject in cands and r.key == subject.surname:
                p = subject  # in a biography the bare surname is its subject
            elif len(cands) > 1:
                seen = [c for c in cands if id(c) in last_seen]
                if not seen:
                    continue
                p = max(seen, key=lambda c: last_seen[id(c)])
            else:
                p = cands[0]
        last_seen[id(p)] = r.start
        p.occurrences.append(r)

    facts = []
    for p in people:
        if not p.occurrences:
            continue
        first = p.occurrences[0]
        mentions: list[str] = []
        for r in p.occurrences:
            surface = doc.text[r.start:r.end]
            if r.title:
                titled = doc.text[r.title_start:r.end]
                if titled not in mentions:
                    mentions.append(titled)
            if surface not in mentions:
                mentions.append(surface)
        roles, evidence, seen_roles = [], [], set()
        for role, idx in p.roles:
            evidence.append({"role": role, "sentence": idx})
            if fold(role) not in seen_roles:
                seen_roles.add(fold(role))
                roles.append(role)
        name = _display_name(p)
        facts.append(Fact(
            kind="person",
            text=doc.text[first.start:first.end],
            value=name,
            sentence=first.sentence,
            span=(first.start, first.end),
            attrs={
                "name": name,
                "mentions": mentions,
                "roles": roles,
                "occurrences": [{"sentence": r.sentence.index, "start": r.start, "end": r.end,
                                 "text": doc.text[r.start:r.end]} for r in p.occurrences],
                "role_evidence": evidence,
            },
        ))
    facts.sort(key=lambda f: f.span[0])
    return facts


def _display_name(p: Person) -> str:
    """The fullest form, as the text spells it; peerage titles stay when no given name exists."""
    return p.name
