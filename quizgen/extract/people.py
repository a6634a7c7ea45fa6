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
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from quizgen import vocab
from quizgen.model import Document, Fact, Sentence
from quizgen.vocab import fold_name as fold  # names keep their punctuation ("K.", '"Dick"')

_DATA = json.loads((Path(__file__).parent / "data" / "people.json").read_text(encoding="utf-8"))
TITLES = set(vocab.titles())
PEERAGE_TITLES = set(_DATA["peerage_titles"])  # kept when no given name follows: Lord North
TITLE_MODIFIERS = set(_DATA["title_modifiers"])
ROLE_NOUNS = set(_DATA["role_nouns"])
ORG_WORDS = set(_DATA["org_words"])
THING_NOUNS = set(_DATA["thing_nouns"])
# A verb of saying or judging after a name marks a person ("Smith said", "Hawkes regarded"); not
# those said as often of the press, places or texts ("Reuters reported", "the sign reads").
SPEECH_VERBS = (vocab.SPEECH_VERBS | {"considered", "considers", "regarded", "regards", "put", "puts"}) - {
    "read", "reads", "reading", "reported", "reports", "say", "state", "write"}
DEMONYMS = set(_DATA["demonyms"])
STOPWORDS = set(_DATA["stopwords"])
# Calendar and sky words that are capitalised but never a name: the data's days, seasons, feasts
# and planets, with the shared months ("May", "Sept.") and era words ("AD").
MONTHS_DAYS = set(_DATA["months_days"]) | {m.lower() for m in vocab.MONTHS} | {
    a + "." for a in vocab.MONTH_ABBREVIATIONS} | {e.lower() for e in vocab.ERAS}
PERSON_KEYS = set(_DATA["person_infobox_keys"])
CHINESE_SURNAMES = set(_DATA["chinese_surnames"])
ROLE_ADJECTIVES = set(_DATA["role_adjectives"])  # words that stand before a role noun: 'military commander'
EPITHETS = set(_DATA["epithets"])  # 'Alexander the Great', 'Leo the Deacon'
# Words that end the name of a place, not of a person: 'Flame Towers', 'Golan Heights'
_PLURAL_PLACES = frozenset(_DATA["plural_place_words"])
# Who is 'the first woman / citizen / traveller to ...' is a person (with demonyms and role nouns)
_PERSON_HEADS = frozenset(_DATA["first_of_kind_heads"])
REGNAL_TITLES = set(_DATA["regnal_titles"])  # a given name follows them, never a surname
NON_NAME_WORDS = set(_DATA["non_name_words"])  # no personal name starts with these

HONORIFICS = {"mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady", "dr", "madam", "mme", "m", "dom", "dona", "doña"}
PARTICLES = {"de", "da", "di", "do", "dos", "das", "del", "della", "van", "von", "der", "den", "ter", "du",
             "la", "le", "bin", "ibn", "bint", "al", "el", "y", "i", "af", "zu", "zur", "zum", "st.", "de'", "de’"}
# Articles that start names of newspapers, bands and places, never of a person on their own.
FOREIGN_ARTICLES = {"le", "la", "les", "el", "los", "las", "il", "lo", "die", "das", "der", "het", "the", "al", "os"}

# A word, an initial ("K."), a quoted nickname ('"Dick"'), or an abbreviated title ("Lt.").
# ("the Onganía-led coup", "a Perón-era law": the name ends before the hyphen)
_TOKEN = re.compile(r"[^\W\d_][\w'’]*(?=-(?:led|backed|era|style|aligned|supported|sponsored|appointed|"
                    r"controlled|dominated|inspired|allied|leaning|owned|funded|loyal|born|based)\b)|(?:[A-Z]\.){2,}|(?<=\w )[\"“]\w[\w'’\-]*(?: \w[\w'’\-]*){1,2}[\"”](?= [A-Z])|[\"“]\w[\w'’\-]*[\"”]|[^\W\d_](?:[\w'’\-]*\w)?\.?|\d[\w\-]*")
_PINYIN = re.compile(
    r"(?:(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|üan|ai|ao|an|ei|en|er"
    r"|ia|ie|in|iu|ou|ua|uo|ui|un|ün|üe|a|e|i|o|u|ü)){1,2}",
)
_LIFE_DATES = re.compile(
    r"\s*\((?:born\b|b\.\s*\d|c\.\s*(?:\d|$)|died\b|d\.\s*\d|fl\.|[^()]{0,40}?\b\d{1,4}(?:\s*(?:"
    + vocab.ERAS_RE + r"))?\s*[–—-]\s*"
    r"[^()]{0,40}?\d{1,4}\b)"
)
# Function words that are also given names: a person when they start a run inside a sentence.
NAME_LIKE_STOPWORDS = {"can", "will"}
# Endings that mark a word as a family name in many languages (Sargsyan, Aliyev, Kasapoğlu, Kharchenko).
_SURNAME_SUFFIX = re.compile(r"(?:yan|ian|ov|ova|ev|eva|yev|yeva|oğlu|oglu|enko|ski|sky|ska|vić|vich|ić|shvili|dze|escu|"
                             r"poulos|akis|sson|wicz|czyk|zade|zadeh)$")
_SUFFIXES = set(vocab.NAME_SUFFIXES) | {"jr.", "sr."}
# 'Sabra (1978)', 'Raynaud (2003, p. 12)': a cited author and the year of the work.
_CITATION = re.compile(r"\s\((?:\d{4}[a-z]?)(?:(?:,\s*(?:pp?\.\s*)?|:)[\d–\-]+)?\)")
# 'Kenney and Keeping (1951:164)': the first author of a pair cited together
# 'such as Seoul (1946), Busan (1963), ...': examples dated in brackets, not authors cited
# 'such as Rome (1960), Tokyo (1964) and Mexico City', 'the lords of the Palatinate (1560), Nassau (1578)':
# a list of things with their years; an item that takes "the" is no author
_DATED_ITEM = r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*\s+\(\d{4}\),?\s+(?:and\s+|or\s+)?"
_EXAMPLES_DATED = re.compile(rf"\b(?:such as\s+(?:{_DATED_ITEM})*|the\s+(?:{_DATED_ITEM})+)$")
_CITED_PAIR = re.compile(r"\s+(?:and|&)\s+[A-Z][\w'’-]+\s\(\d{4}[a-z]?(?:(?:,\s*(?:pp?\.\s*)?|:)[\d–\-]+)?\)")
# 'Cedella, born 23 August 1967', 'Makeda was born on 30 May 1981'
_BORN_AFTER = re.compile(r",?\s+(?:was\s+)?born\s+(?:on\s+|in\s+)?(?:\d|[A-Z][a-z]+\s+\d)")
# '..., born 1975, to Lucy Pounder', 'born to Lucy Pounder': a parent
_BORN_TO = re.compile(r"\bborn\b[^.;()]{0,40}?\s+to\s+$")
# 'Thadeus Smith (Bunny Wailer's father)': a relation in brackets
_RELATION_BRACKET = re.compile(r"\s*\(((?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*['’]s\s+(?:[a-z\-]+\s+){0,2}([a-z\-]+))\)")
# 'presented by X', 'voiced by X': a work made by someone
_AGENT_BEFORE = re.compile(r"\b(?:(?:written|painted|composed|translated|printed|presented|voiced|narrated|directed|"
                           r"illustrated|edited|sculpted|designed|described|played|sung|performed|given|delivered|"
                           r"inspired|influenced|founded|invented|recorded|produced|coached|assassinated|"
                           r"interviewed|commanded|initiated|ordered|signed|organi[sz]ed|commissioned|coined|devised|"
                           r"formulated|championed|mentioned|quoted|photographed|killed|murdered|deposed|overthrown|"
                           r"introduced|proposed|discovered|followed|succeeded|replaced|preceded|joined|"
                           r"accompanied|assisted|taught|trained|mentored|begun|started|established|hosted|"
                           r"managed|owned)\s+by|"
                           r"(?:portraits|paintings|drawings|sculptures|etchings|prints|photographs)\s+by|"
                           r"(?:a|the)\s+(?:[a-z]+\s+)?(?:profile|biography|obituary)\s+of|"
                           r"(?:led|ruled|governed|headed|chaired)\s+by|"
                           r"starring|under the (?:command|leadership|rule|reign|presidency|direction) of|(?:the\s+)?(?:[a-z]+\s+)?(?:works|writings|poems|poetry|novels|"
                           r"plays|essays|paintings|teachings|lectures|sermons|speeches)(?:\s+and\s+(?:[a-z]+\s+)?[a-z]+)?\s+of)\s+$")
# A caption or a credit that opens on its verb: 'Performed by Randolph Hokanson.'
_AGENT_OPENING = re.compile(r"(?:Performed|Written|Directed|Composed|Sung|Played|Painted|Photographed|Illustrated|"
                            r"Narrated|Conducted|Recorded|Translated|Designed|Sculpted) by\s+$")
# 'the Nobel Prize was awarded to X', 'his friendship with X': only a person receives or befriends
_RELATION_BEFORE = re.compile(r"\b(?:(?:awarded|presented|bequeathed|dedicated)\s+to|"
                              r"(?:friendship|friends|acquaintance|correspondence)\s+with|(?:who|and|had|later)\s+married|"
                              r"(?:studied|trained|worked|apprenticed)\s+(?:directly\s+|briefly\s+)?(?:with|under)|"
                              # "married a Spanish woman named Conchita Ramognino"
                              r"\b(?:man|woman|boy|girl|child|son|daughter|wife|husband|officer|soldier|sailor|"
                              r"merchant|priest|monk|nun|farmer|slave)\s+(?:named|called))\s+$")
# 'Neville X (later known as Bunny Y)': a person who took another name
_POSSESSED_AFTER = re.compile(
    r"(?:['’]s?)\s+(?:(?:own|late|elder|younger|eldest|youngest|first|second|third|former|later|earlier|early|illegitimate|"
    r"famous|main|principal|\d{4})\s+)?(?:wife|husband|widow|son|sons|daughter|daughters|father|mother|parents|brother|"
    r"brothers|sister|sisters|grandmother|grandfather|grandson|granddaughter|nephew|niece|uncle|aunt|cousin|children|"
    r"account|theory|theories|writings|explanation|experiments|teachings|ideas|philosophy|proof|conjecture|"
    r"conclusion|conclusions|view|views|argument|arguments|opinion|claim|critique|reading|interpretation|"
    r"childhood|diary|memoirs|letters|biography|funeral|grave|tomb|career|death|"
    r"dictatorship|assassination|abdication|coronation|inauguration|"
    r"book|novel|poem|essay|treatise|autobiography|memoir|lectures|character|role|portrayal|"
    r"works|poems|novels|paintings|findings|discoveries|"
    r"forces|troops|army|armies|cavalry|infantry|corps)\b")  # ("by Moreau's forces in Bavaria": their commander)
# "Juan Perón's government": what a person leads, after a given name and a family name (a country
# has a government too, so these count only after a given name)
_LED_AFTER = re.compile(r"['’]s?\s+(?:(?:first|second|third|last|early|late|new)\s+)?(?:government|administration|"
                        r"presidency|premiership|reign|regime|cabinet|rule|tenure|term|power|policies|party|forces|"
                        r"army|troops|men|campaign|expedition|victory|defeat|election|plan|visit|arrival|return|"
                        r"house|home|estate|children|child|heirs?|family|friends?|supporters|followers|name)\b")
_NUMBER_AFTER = re.compile(r" \d")
_KNOWN_AS_AFTER = re.compile(r"\s\((?:later |also |better |formerly |originally )?known as [A-Z\"“]"
                             r"|,?\s(?:alias|a\.k\.a\.|aka)\s[A-Z]")
# 'Ptolemy himself acknowledged'
_REFLEXIVE_AFTER = re.compile(r",?\s+(?:him|her)self\b")
# Verbs whose subject is a thinking person: 'Euler later proved', 'Raynaud showed that'.
_PERSON_VERB_AFTER = re.compile(
    r"\s+(?:(?:later|also|first|then|further|himself|herself|even|once)\s+|in\s+\d{3,4}\s+)?(?:believed|argued|proved|showed|"
    r"depicted|reigned|constructed|commissioned|unified|conquered|abdicated|"
    r"thought(?=\s+(?:that|it|he|she|they|this|so)\b)|assumed|suggested|proposed|theori[sz]ed|conjectured|demonstrated|hypothesi[sz]ed|realized|realised|"
    r"remarked|wrote|discovered|married|died|argues|suggests|notes|comments|observes|remarks|concludes|writes|"
    r"believes|proposes|contends|maintains)\b")
_POSSESSIVE = re.compile(r"['’]s?$")
_TITLE_AFTER = re.compile(r"['’]s?\s+[*_]?[A-Z]")
_SPACES = re.compile(r"\s+")
def _peer_places(p: "Person") -> set[str]:
    """The places of the peer's titles among a person's roles ('Duke of Buckingham': 'buckingham'):
    the name the text may call them by alone."""
    return {m.group(1) for role, _ in p.roles for m in [_PEERAGE_ROLE.fullmatch(fold(role))] if m}


# a role that is a peer's title, and its place: 'Duke of Buckingham', 'the 1st Earl of Strafford'
_PEER_TITLE = r"(?:the )?(?:\d+(?:st|nd|rd|th) )?(?:Duke|Duchess|Earl|Countess|Marquess|Marquis|Viscount|Baron|Baroness)"
_PEERAGE_ROLE = re.compile(_PEER_TITLE.lower() + r" of ([a-z][\w'’\-]+)")  # (read on a folded role)
_PEERAGE_THEN_MORE = re.compile(r"(" + _PEER_TITLE + r" of [A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)*) (?:of|for|with|in|on|at|to|by) [a-z]")
_PEERAGE_AFTER = re.compile(r", (?:Duke|Duchess|Earl|Count|Countess|Marquess|Marquis|Marchioness|Viscount|Viscountess|"
                            r"Baron|Baroness|Prince|Princess|Elector|Margrave|Landgrave) of [A-Z][\w'’\-]+"
                            r"(?: (?:and )?[A-Z][\w'’\-]+)?(?= *[,;.)]| (?!of\b)[a-z]|$)")


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
                if module.name in CYRILLIC_LOCALES:  # English text writes them romanised: 'Volodymyr', 'Vyacheslav'
                    names.update(fold(r) for n in value if " " not in str(n) for r in _romanised(str(n), module.name))
    # Faker's lists hold some words that are far more often something else in an article.
    return frozenset(names - TITLES - STOPWORDS - MONTHS_DAYS - DEMONYMS - ORG_WORDS - ROLE_NOUNS)


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Names of countries (folded), from the English locale data that Faker ships."""
    try:
        from faker.providers.address.en import Provider
    except ImportError:
        return frozenset()
    # (Faker writes some the long way, "Russian Federation", "Korea"; the text says "Russia", "South Korea")
    return frozenset(fold(c) for c in Provider.countries) | frozenset(_DATA["country_short_names"])


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
    suffix: str = ""  # ', Jr.' after a comma, part of the name but not of its words

    @property
    def text(self) -> str:
        return " ".join(self.tokens)

    @property
    def key(self) -> str:
        # folded once per list of tokens (a run's tokens are replaced, never changed in place)
        cached = self.__dict__.get("_key")
        if cached is None or cached[0] is not self.tokens:
            cached = self.__dict__["_key"] = (self.tokens, fold(" ".join(self.tokens)))
        return cached[1]


_LOWER_RUN_WORDS = {w.rstrip(".") for w in PARTICLES | _SUFFIXES}
_PARTICLE_PREFIX = re.compile(r"(?:de|da|di|du|le|la|van|von|mac|fitz|d['’]|dell['’])[A-Z]")  # "d'Ataide"


def _is_cap(tok: str) -> bool:
    if tok[0] in "\"“":
        return tok[1:2].isupper()  # a nickname ('"Dick"'), not a quoted word ('and "idolized" Bing Crosby')
    if tok[0] in "dlvmf" and _PARTICLE_PREFIX.match(tok):
        return True  # 'Neil deGrasse Tyson': a particle joined to the family name
    if "-" in tok and tok.split("-", 1)[0].lower() in {"al", "el", "ad", "as", "an", "ash", "at", "az", "ibn", "bi",
                                                        "ud", "ul", "ur", "us", "uz"}:  # ("Shams ud-Din Iltutmish")
        return tok.split("-", 1)[1][:1].isupper()
    return tok[0].isupper()


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """The words of a sentence that can start, continue or end a run of a name, with their offsets.

    A word in lower case (not a particle, a suffix or 'deGrasse', 'al-Hakim') or a number can do
    none of these: it is left out, and the gap it leaves between two words is no single space, so
    that a run still ends at it."""
    # (most words are in lower case: the cheap tests first, the particle pattern only for d-, l-, v-, m-)
    out = [(m.start(), m.end(), tok) for m in _TOKEN.finditer(text)
           if not ((tok := m.group())[0].islower() and "-" not in tok and tok.rstrip("_.").lower() not in _LOWER_RUN_WORDS
                   and not (tok[0] in "dlvmf" and _PARTICLE_PREFIX.match(tok)) or tok[0].isdigit())]
    for i, (start, end, tok) in enumerate(out):
        if tok[-1] == "_":  # '_Fatek_': underscores of emphasis are no part of the word
            tok = tok.rstrip("_") or tok
            out[i] = (start, start + len(tok), tok)
        # A trailing period belongs to the word only for initials and known abbreviations.
        # ('by order of Pope Paul V.': a regnal number that ends the sentence, its period the sentence's)
        if tok in ("I.", "V.", "X.") and not text[end:].strip(" \"”’')]") and i and out[i - 1][2][:1].isupper():
            out[i] = (start, end - 1, tok[:-1])
            continue
        if tok[-1] == "." and not (len(tok) == 2 or tok.lower() in TITLES or tok.lower() in PARTICLES
                                   or tok.lower() in {"jr.", "sr."}
                                   or _INITIALS.fullmatch(tok) and tok not in _PLACE_INITIALS):
            out[i] = (start, end - 1, tok[:-1])
    if "Ab" in text:  # 'Abd ar Rahman': the Arabic article as said before some letters, a word of the name
        for i in range(len(out) - 2, -1, -1):
            if out[i][2] in ("Abd", "Abu") or i and out[i - 1][2] in ("Abd", "Abu"):
                m = _SUN_ARTICLE_GAP.match(text, out[i][1])
                if m and m.end() == out[i + 1][0] and not _title_word(out[i + 1][2]):
                    out.insert(i + 1, (m.start(1), m.end(1), m.group(1)))
    return out


_SUN_ARTICLE_GAP = re.compile(r" (ad|adh|an|ar|as|ash|at|az) (?=[A-Z])")


_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")  # 'W.N. Gibson'
_PLACE_INITIALS = {"U.S.", "U.K.", "U.N.", "D.C.", "U.S.A.", "E.U.", "N.Y.", "L.A.", "S.A."}


def _possessive_word(tok: str) -> bool:
    """'Ikea's': a word character, an apostrophe and 's' at the end."""
    return len(tok) > 2 and tok[-1] == "s" and tok[-2] in "'’" and (tok[-3].isalnum() or tok[-3] == "_")


# The rules look at the words around a name through offsets into the sentence, never through a
# copy of all the text before it: a copy per name costs time quadratic in a long sentence.

def _space_before(text: str, pos: int) -> int:
    """Where the white space that ends ``text[:pos]`` starts (``pos`` when there is none)."""
    if pos > 1 and text[pos - 1] == " " and not text[pos - 2].isspace():
        return pos - 1  # (the common case: one space)
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


def _ends_with_word(text: str, pos: int, words: tuple[str, ...]) -> bool:
    """Does ``text[:pos]`` end with one of ``words`` and then white space? A cheap test that lets a
    slow end-anchored pattern run only where it can match."""
    return pos > 0 and text[pos - 1].isspace() and text.endswith(words, 0, _space_before(text, pos))


def _title_word(tok: str) -> bool:
    low = tok.lower()
    # ("Presidents George H. W. Bush and Bill Clinton": a plural title stands before a list)
    return low in TITLES or (("-" in low) and low.rsplit("-", 1)[-1] in TITLES) or (
        len(low) > 4 and low.endswith("s") and low[:-1] in TITLES)


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
            if gap == " (" and j == i + 1 and j + 1 < len(toks) and _is_cap(nxt) and _is_cap(toks[j + 1][2]) \
                    and text[toks[j][1]:toks[j + 1][0]] == ") " and _given_name(tok):
                j += 2  # 'Abigail (Harris) Johnston': a maiden name in brackets
                continue
            if gap != " " or _possessive_word(toks[j - 1][2]):
                break  # a possessive ends a name: 'Ikea's Ingvar Kamprad'
            if _is_cap(nxt) and not nxt[0].isdigit():
                j += 1
            elif (nxt.lower() in PARTICLES or nxt.lower() in _SUN_ARTICLES and toks[i][2] in ("Abd", "Abu") and j - i <= 2) \
                    and nxt.lower() not in {"st."}:
                # 'Ludwig van Beethoven', 'Edwin van der Sar': one or two particles before a capital
                k = j + 1
                if k < len(toks) and toks[k][2].lower() in PARTICLES and text[toks[k - 1][1]:toks[k][0]] == " ":
                    k += 1
                if k < len(toks) and _is_cap(toks[k][2]) and (text[toks[k - 1][1]:toks[k][0]] == " " or toks[k - 1][2] == "de"
                                                              and text[toks[k - 1][1]:toks[k][0]] in ("' ", "’ ")):
                    # ("Bonaiuti de' Galilei": the Italian particle keeps its apostrophe)
                    if text[toks[k - 1][1]] in "'’":
                        toks[k - 1] = (toks[k - 1][0], toks[k - 1][1] + 1, toks[k - 1][2] + text[toks[k - 1][1]])
                    j = k + 1
                else:
                    break
            else:
                break
        while j - i >= 3 and toks[j - 1][2] in _POST_NOMINALS:
            j -= 1  # 'David Narey MBE': honours after a name are no part of it
        words = toks[i:j]
        k = i
        while k > 0 and i - k < 2 and toks[k - 1][2] in PARTICLES and text[toks[k - 1][1]:toks[k][0]] == " ":
            k -= 1
        if k < i and (k == 0 or text[toks[k - 1][1]:toks[k][0]] != " ") and _CITATION.match(text, toks[j - 1][1]):
            words = toks[k:i] + words  # 'van den Berg (1991)': a cited family name keeps its particles
        # 'John III of Portugal': a given name, a number, then the realm
        regnal = j - i >= 2 and (_ruler_number(toks[j - 1][2]) or toks[j - 1][2] in ("V", "X") and j < len(toks)
                                 and text[toks[j - 1][1]:toks[j][0]] == " of ")  # ('Haakon V of Norway')
        given_at = j - 2 if regnal else j - 1
        if j < len(toks) and text[toks[j - 1][1]:toks[j][0]] == " of " and (regnal or _given_name(toks[given_at][2])) \
                and fold(toks[given_at][2]) not in WORDLIKE_GIVEN \
                and all(_title_word(t[2]) or _given_name(t[2]) and fold(t[2]) not in WORDLIKE_GIVEN
                        for t in toks[i:given_at]) and _of_place(text, toks, j):
            # 'John of Salisbury', 'King Stephen of England': a given name and where its bearer is from
            # ('Haakon V of Norway': a name with a ruler's number needs no list of given names)
            # ('Charles Emmanuel III of Sardinia', 'Leopold Clement of Lorraine': given names all)
            at = toks[j - 1][1] + 1
            words = words + [(at, at + 2, "of"), toks[j]]
            j += 1
        if j == i + 1 and j < len(toks) and text[toks[i][1]:toks[j][0]] == " no " and toks[j][2][:1].isupper() \
                and _ROMAJI.fullmatch(tok) and _ROMAJI.fullmatch(toks[j][2]):
            # 'Soga no Umako', 'Minamoto no Yoritomo': a Japanese clan name, 'no', a given name
            words = [toks[i], (toks[i][1] + 1, toks[i][1] + 3, "no"), toks[j]]
            j += 1
        if j == i + 1 and j < len(toks) and text[toks[i][1]:toks[j][0]] == " the " and _epithet(toks[j][2]) \
                and _given_name(tok):
            # 'Alexander the Great': a given name and an epithet ('the' is no word of a run elsewhere)
            words = [toks[i], (toks[i][1] + 1, toks[i][1] + 4, "the"), toks[j]]
            j += 1
        elif j < len(toks) and toks[j][2] in ("Younger", "Elder") and text[toks[j - 1][1]:toks[j][0]] == " the " \
                and not _title_word(words[-1][2]):
            # 'Henry Vane the Younger' and 'Henry Vane the Elder', 'Pliny the Elder': a father and a son
            # of one name are told apart by it, so it is part of the name
            words = words + [(toks[j - 1][1] + 1, toks[j - 1][1] + 4, "the"), toks[j]]
            j += 1
        run = _make_run(sentence, words)
        if run is not None:
            if j < len(toks) and toks[j][2].lower() in _SUFFIXES and text[toks[j - 1][1]:toks[j][0]] == ", " \
                    and run.end == sentence.start + toks[j - 1][1]:
                run.suffix = ", " + toks[j][2]  # 'Claire E. Hutchin, Jr.'
                run.end = sentence.start + toks[j][1]
                j += 1
            elif len(run.tokens) == 1 and run.title and run.end == sentence.start + toks[j - 1][1]:
                m = _PEERAGE_AFTER.match(text, toks[j - 1][1])
                if m:  # 'Infante Ferdinand, Duke of Viseu': the name by which a prince is told apart
                    run.suffix = m.group(0)
            runs.append(run)
        i = j
    return runs


_POST_NOMINALS = frozenset({"MBE", "OBE", "CBE", "KBE", "DBE", "GBE", "KCB", "GCB", "VC", "GC", "DSO", "MC", "QC",
                            "KC", "FRS", "FRSE", "FBA", "PC", "MP", "MEP", "MSP", "RA", "PhD", "KG", "KT", "OM", "CH"})


def _of_place(text: str, toks: list[tuple[int, int, str]], j: int) -> bool:
    """Is the word at ``toks[j]``, after "of", one place name that ends the name ('of Norwich's
    writing' too): not 'of Macedon Province', an organisation or a month?"""
    word = re.sub(r"['’]s?$", "", toks[j][2])
    if fold(word) in ORG_WORDS or fold(word) in MONTHS_DAYS or fold(word) in STOPWORDS:
        return False
    if _possessive_word(toks[j][2]):
        return True
    return not (j + 1 < len(toks) and text[toks[j][1]:toks[j + 1][0]] == " " and _is_cap(toks[j + 1][2]))


# 'Julian of Norwich' is a person; 'Horn of Africa' is a region
_CONTINENTS = frozenset({"africa", "asia", "europe", "america", "australia", "antarctica", "arabia", "oceania", "eurasia"})


def _epithet(word: str) -> bool:
    return word[:1].isupper() and re.sub(r"['’]s?$", "", word).lower() in EPITHETS


def _epithet_name(tokens: list[str] | tuple[str, ...]) -> bool:
    return len(tokens) == 3 and tokens[1] == "the" and _epithet(tokens[2])


# What may follow a name that ends its noun phrase ('by Anno Domini reckoning': the words modify a noun)
_NAME_PHRASE_END = re.compile(r"\s*(?:[,.;:()\[\]]|$)|\s+(?:in|at|on|of|and|or|from|to|for|with|as|during|until|after|"
                              r"before|since|who|whose|which|was|were|is|had|has|but|when|while)\b")


def _plain_full_name(tokens: list[str] | tuple[str, ...]) -> bool:
    """Words shaped like a given name, maybe particles, and a family name, none of them a word of
    organisations, things or peoples ('Fernão Gomes', 'Lopo Mendes de Vasconcelos')."""
    if tokens[0] in PARTICLES or tokens[-1] in PARTICLES:
        return False
    return all(t in PARTICLES or _PLAIN_NAME_WORD.fullmatch(t) and fold(t) not in ORG_WORDS
               and fold(t) not in _THING_HEADS and fold(t) not in NON_NAME_WORDS and fold(t) not in DEMONYMS
               and fold(t) not in MONTHS_DAYS for t in tokens)


def _clause_start(text: str, pos: int) -> bool:
    """Only white space stands between ``pos`` and the start of the sentence or a colon, bracket or quote."""
    j = _space_before(text, pos)
    return j == 0 or text[j - 1] in ':;"“‘(['


_AGE_ADJECTIVES = frozenset({"Young", "Old", "Elderly", "Aged", "Teenage", "Infant"})


def _make_run(sentence: Sentence, toks: list[tuple[int, int, str]]) -> Run | None:
    # Drop leading function words ("In", "The", "According") and a trailing possessive.
    while toks and toks[0][2].lower() in STOPWORDS and toks[0][2].lower() not in TITLES \
            and _clause_start(sentence.text, toks[0][0]):
        toks = toks[1:]
    if len(toks) == 2 and toks[0][2] in _AGE_ADJECTIVES and _clause_start(sentence.text, toks[0][0]) \
            and not _given_name(toks[1][2]):
        toks = toks[1:]  # 'Young Schubert first came to the attention of Salieri': the boy, not a name
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
        if nxt[0] in "\"“":
            continue  # 'Earl "Wya" Lindo': a nickname follows a given name, never a title
        if _title_word(words[k]) and (fold(nxt) not in TITLES or k + 1 == len(words) - 1):
            last_title = k
        elif words[k].lower() == "class" and k >= 2 and words[k - 1].lower() in ("first", "second", "third") \
                and _title_word(words[k - 2]):
            last_title = k  # 'Private First Class', 'Sergeant First Class': a rank of three words
        elif words[k].lower() in ROLE_NOUNS and k > 0 or words[k].lower() in ROLE_NOUNS and len(words) > 2:
            if re.fullmatch(r"(?:[A-Z]\.)+", nxt) or _given_name(nxt):
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

# Given names that are also words of organisations' names ("Bill", "Art", "Faith")
_GIVEN_AND_ORG_WORD = frozenset({"bill", "art", "faith"})


def _name_tokens_ok(tokens: list[str]) -> bool:
    """Could these words be a personal name at all (not an organisation, place, month...)?"""
    return _name_words_ok(tuple(tokens))


@lru_cache(maxsize=16384)
def _name_words_ok(tokens: tuple[str, ...]) -> bool:  # cached: the same runs recur in an article
    if not tokens or len(tokens) - sum(t in PARTICLES for t in tokens) > 5 or any("_" in t for t in tokens):
        return False  # ('Troie_and': an italic mark run into the next word)
    if _epithet_name(tokens):
        return True  # ('the' is a stop word anywhere else)
    if len(tokens) > 3 and tokens[-2] == "the" and tokens[-1] in ("Younger", "Elder"):
        return _name_words_ok(tokens[:-2])  # 'Hans Holbein the Younger': a name, told from his father's
    lows = [t.lower().strip("\"“”") for t in tokens]
    nickname_next = len(tokens) > 2 and tokens[1][0] in "\"“"  # 'Earl "Wya" Lindo': Earl is his given name
    if lows[0] in FOREIGN_ARTICLES and not (tokens[0] == "Al" and len(tokens) >= 2) or lows[0] in TITLES and not nickname_next:
        return False  # ('Al Anderson' is a man; 'Al Jazeera' has no evidence of one)
    if len(tokens) == 1 and (lows[0] in ROLE_NOUNS or lows[0] in TITLES or lows[0].rstrip("s") in ROLE_NOUNS
                             or lows[0].rstrip("s") in TITLES):
        return False
    if all(low in ROLE_NOUNS or low in TITLES or low in TITLE_MODIFIERS or low in ROLE_ADJECTIVES for low in lows):
        return False  # 'Chief Executive', 'Deputy Chief'
    if lows[-1].endswith("s") and (lows[-1][:-1] in ROLE_NOUNS or lows[-1][:-2] in ROLE_NOUNS):
        return False  # 'Assistant Architects'
    if len(tokens) >= 2 and lows[-1] in _PLURAL_PLACES:
        return False  # 'Flame Towers', 'Golan Heights' (not 'Rosa Parks' nor 'H. G. Wells')
    if len(tokens) >= 2 and lows[-1] in _WRITINGS_AND_BODIES:
        return False  # 'According to Eric Chronicles': a chronicle named after a king, no name
    if lows[0] in NON_NAME_WORDS and len(tokens) > 1 or any(low.endswith("s") and low[:-1] in DEMONYMS for low in lows):
        return False  # 'Late Triassic', 'North Koreans'
    if _PREFIXED_TERM.match(lows[0]):
        return False  # 'Proto-Afroasiatic', 'East-West Afrasian': a term of a science, no name
    if all(re.fullmatch(r"(?:[A-Z]\.)+", t) or low in PARTICLES for t, low in zip(tokens, lows)):
        return False  # 'S.A.B. de C.V.': a company's legal form, no name
    chinese = _chinese_name(tokens)
    for i, (t, low) in enumerate(zip(tokens, lows)):
        if low in STOPWORDS and ((i == 0 and low in NAME_LIKE_STOPWORDS) or (i > 0 and chinese)):
            continue  # 'Can Kasapoğlu', 'Lu You'
        if low == "allah" and i > 0:
            continue  # a theophoric name: 'Abd Allah', 'al-Hakim bi-Amr Allah'
        if t == "of" and i == len(tokens) - 2 and i >= 1 and (_given_name(tokens[i - 1]) or i >= 2 and (
                _ruler_number(tokens[i - 1]) or tokens[i - 1] in ("V", "X"))):
            continue  # 'Julian of Norwich', 'John III of Portugal', 'Haakon V of Norway'
        if t == "no" and 0 < i < len(tokens) - 1:
            continue  # 'Soga no Umako' (find_runs puts 'no' only between two romanised Japanese words)
        if low in ORG_WORDS and i == len(tokens) - 1 and i >= 2 and re.fullmatch(r"[A-Z]\.", tokens[i - 1]):
            continue  # 'John G. Hill', 'Mary K. Field': a middle initial makes the last word a family name
        if i == 0 and low in _GIVEN_AND_ORG_WORD and len(tokens) >= 2 and lows[1] not in ORG_WORDS:
            continue  # 'Bill Clinton', 'Art Garfunkel' (not 'Bill of Rights', 'Art Museum')
        if low in ORG_WORDS or low in MONTHS_DAYS or low in STOPWORDS or low in DEMONYMS or "-" in low and _demonym(low):
            if low in PARTICLES or low in _SUN_ARTICLES and 0 < i < len(tokens) - 1 and lows[0] in ("abd", "abu"):
                continue
            return False
        if t[0].isdigit() or "-" in low and low.rsplit("-", 1)[1] in ORG_WORDS:
            return False  # '2nd', 'Elizabeth-class'
        if len(t) > 1 and t.isupper() and not t.endswith(".") and not (i > 0 and _REGNAL_NUMBER.fullmatch(t)):
            return False  # acronyms: NATO, ICRC, MHSAA (not a ruler's number: 'Louis XV')
        if len(t) > 2 and t[-1].isupper() and t[-2].islower():
            return False  # a firm's mixed-case letters: 'PwC'

        if t.endswith(("ism", "ian", "ians", "ese")) and low in DEMONYMS:
            return False
    if all(len(t.rstrip(".")) == 1 or _INITIALS.fullmatch(t) for t in tokens if t[0] not in "\"“"):
        return False
    return True


@lru_cache(maxsize=2)
def common_given_names(locales: tuple[str, ...] = ("en_US", "en_GB")) -> frozenset[str]:
    """The commonest first names of the ``locales`` (English by default: 'Alan', 'Sally', 'Helen'):
    before a second capitalised word they make a personal name on their own ('Alan Shepard became
    the first American ...')."""
    import importlib

    names: set[str] = set()
    for locale in locales:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except (ImportError, AttributeError):
            continue
        if locale in CYRILLIC_LOCALES:
            names |= _romanised_first_names()[locale]
        else:
            names |= {n for n in map(str, provider.first_names) if " " not in n}
    return frozenset(n for n in names if fold(n) in given_names() and fold(n) not in WORDLIKE_GIVEN)


# First names of the languages of Europe whose names English text most often cites ('Marcel
# Duchamp', 'Claudio Abbado', 'Volodymyr Sterniuk'): before one more capitalised word they make a name too
EUROPEAN_LOCALES = ("fr_FR", "de_DE", "it_IT", "es_ES", "pt_PT", "nl_NL", "pl_PL", "sv_SE", "cs_CZ", "sk_SK", "hr_HR", "sl_SI",
                    "da_DK", "no_NO", "fi_FI", "hu_HU", "ro_RO", "pt_BR", "uk_UA", "ru_RU")

# Faker writes these locales' names in Cyrillic; English text romanises them, by the Ukrainian national
# system ('Володимир' -> 'Volodymyr', 'Олег' -> 'Oleh') or the BGN/PCGN one for Russian ('Вячеслав' ->
# 'Vyacheslav'), with the iotated vowels written 'ya' or 'ia' ('Svyatoslav', 'Sviatoslav').
CYRILLIC_LOCALES = {"uk_UA": "uk", "ru_RU": "ru"}
_CYRILLIC_COMMON = dict(zip("абвдзклмнопрстуфхцчшщ", "a b v d z k l m n o p r s t u f kh ts ch sh shch".split()))
_CYRILLIC = {
    "uk": _CYRILLIC_COMMON | {"г": "h", "ґ": "g", "е": "e", "є": "ye", "ж": "zh", "и": "y", "і": "i", "ї": "yi",
                              "й": "y", "ь": "", "ю": "yu", "я": "ya", "'": "", "’": ""},
    "ru": _CYRILLIC_COMMON | {"г": "g", "е": "e", "ё": "yo", "ж": "zh", "и": "i", "й": "y", "ъ": "", "ы": "y",
                              "ь": "", "э": "e", "ю": "yu", "я": "ya"},
}


@lru_cache(maxsize=1)  # a resource of the process, like the name lists themselves
def _romanised_first_names() -> dict[str, frozenset[str]]:
    """The first names of each Cyrillic locale, romanised."""
    import importlib

    out = {}
    for locale in CYRILLIC_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except (ImportError, AttributeError):
            out[locale] = frozenset()
            continue
        out[locale] = frozenset(r for n in map(str, provider.first_names) if " " not in n for r in _romanised(n, locale))
    return out


def _romanised(name: str, locale: str) -> set[str]:
    """A Cyrillic first name in Latin letters, each common spelling of it ('Святослав': 'Svyatoslav', 'Sviatoslav')."""
    table = _CYRILLIC[CYRILLIC_LOCALES[locale]]
    latin = "".join(table.get(ch, ch) for ch in name.lower())
    if not latin.isascii() or len(latin) < 4:
        return set()
    spellings = {latin, latin[:1] + re.sub(r"y([aeiu])", r"i\1", latin[1:])}
    return {w.capitalize() for w in spellings}


# Last words that make a name with a first name in it the name of a thing: 'Arthur Wint Drive'.
_THING_HEADS = frozenset(_DATA["thing_heads"])
# First names that are as often words or places: 'Rose Bowl', 'Grace Church', 'Jordan River'.
WORDLIKE_GIVEN = frozenset(_DATA["wordlike_given_names"])


def _given_name(tok: str) -> bool:
    """'Percy', and a hyphenated pair of given names ('René-Jules', 'Jean-Baptiste')."""
    key = fold(tok)
    if key in given_names():
        return True
    parts = key.split("-")
    return len(parts) == 2 and all(len(part) >= 3 and part in given_names() for part in parts)


_PATRONYMIC = {"ibn", "bin", "bint", "ben"}


_SUN_ARTICLES = {"ad", "adh", "an", "ar", "as", "ash", "at", "az"}


def _arabic_name(tokens: list[str] | tuple[str, ...]) -> bool:
    """'Thabit ibn Qurra', 'Abu al-Wafa ...', 'Abd-el-latif': a name built of a patronymic or a kunya."""
    lows = [t.lower() for t in tokens]
    if any(low in _PATRONYMIC for low in lows[1:-1]) and tokens[-1][:1].isupper():
        return True
    if lows[0] in ("abd", "abu") and len(lows) >= 3 and any(low in _SUN_ARTICLES or low in ("al", "el") for low in lows[1:-1]):
        return True  # 'Abd Allah as Suhayni', 'Abu al Qasim'
    return bool(re.match(r"abd?[ue]?l?-(?:el-|al-|ul-|ur-|ud-)?\w", lows[0])) or \
        lows[0] == "abu" and len(lows) >= 2 and lows[1].startswith(("al-", "el-"))


def _arabic_form(tokens: list[str]) -> bool:
    """Arabic name parts ('al-Hakim bi-Amr Allah'): its first part alone ('al-Hakim') names the same person."""
    return _arabic_name(tokens) or any(t.lower().startswith(("al-", "el-", "bi-")) for t in tokens)


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
_HEAD_PREPS = {"of", "for", "at", "in", "to", "on", "under", "from"}


_WORD_OR_MARK = re.compile(r"[\w'’\-\.]+|[,;:()\"“”]")


def _words_before(text: str, pos: int, limit: int = 12) -> list[tuple[int, str]]:
    """Tokens (offset, word) before pos in the sentence text, nearest last; commas as tokens."""
    lo = max(0, pos - 20 * limit)  # enough for `limit` tokens unless the words are very long
    out = [(m.start(), m.group()) for m in _WORD_OR_MARK.finditer(text, lo, pos)]
    if lo and len(out) <= limit:  # the window may have cut a word that is wanted: read it all
        out = [(m.start(), m.group()) for m in _WORD_OR_MARK.finditer(text, 0, pos)]
    return out[-limit:]


_LIST_FOLLOWS = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*(?:,|and\b|&)")


# one lower-case noun-like word, then another, after a name: the name modifies them ('Köppen reference period')
_MODIFIES_NOUN_AFTER = re.compile(r" (?!(?:and|or|but|nor|was|were|is|are|has|had|have|who|which|that|of|in|on|at|to|"
                                  r"for|from|with|by|as|said|says|wrote|writes|became|died|led|took|made|did|does|"
                                  r"would|could|should|will|can|may|might|must|also|then|never|later|himself|herself)\b)"
                                  r"(?![a-z]+(?:ed|s)\b)[a-z]+ [a-z]+\b(?: (?:was|is|were|are|of)\b|[,.;)])")
_ROLE_NAMED_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]his|[Tt]hat|[Oo]ne|[Aa]nother)\s+((?:[a-z]+\s+)?([a-z]+)),?\s+(?:named|called)\s+$")
_PLACE_CENTRE_MODIFIERS = frozenset({"modern", "city", "town", "historic", "historical", "commercial", "old", "new",
                                     "shopping", "cultural", "financial", "business", "administrative", "urban",
                                     "regional", "main", "medieval", "economic", "political", "religious"})


def _role_before(text: str, pos: int) -> str | None:
    """'the Armenian military commander Seyran Ohanyan': the role noun phrase just before a name."""
    end = _space_before(text, pos)
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_'’-."):
        start -= 1
    if start < end and not _role_noun(text[start:end].lower().rstrip(".")) \
            and not _role_noun(text[start:end].lower().rstrip("s")):
        return None  # (a cheap look at the last word first: it must be a role noun)
    words = _words_before(text, pos, 10)
    if not words:
        return None
    last = words[-1][1]
    if last.lower() in ("centre", "center") and len(words) >= 2 and words[-2][1].lower() in _PLACE_CENTRE_MODIFIERS:
        return None  # 'The modern centre Norrmalm': a district, not a player in the centre
    if not _role_noun(last.lower().rstrip(".")):
        if not _role_noun(last.lower().rstrip("s")):
            return None
        # a plural role before one name is a team's or a group's: "UEFA Cup winners Bayern Munich"
        # (before a list it is each one's: "generals Grant and Sherman")
        if not _LIST_FOLLOWS.match(text, pos):
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
    comma = _space_before(text, pos) - 1
    if comma < 0 or text[comma] != ",":
        return None
    before = text[max(0, comma - _PHRASE_WINDOW):comma]
    if "(" in before:
        before = _BRACKETED.sub("", before)  # '(MHP)', '(ICESCO)'
    else:
        before = before[-_PHRASE_WINDOW // 2:]  # (room enough for a phrase when no bracket is cut out)
    return _phrase_before(before)


_BRACKETED = re.compile(r"\s*\([^()]*\)")
# A role phrase is at most 220 characters: the text further back than this cannot be part of it.
_PHRASE_WINDOW = 600


_BOUNDARY = re.compile(r"(?:^|[,;:(]\s*|\b(?:and|while|whereas|by|that|with|as|when|where|after|before|then|also|"
                       r"including|alongside|met|to|from|for)\s+)")


def _phrase_before(before: str, need_of: bool = False) -> str | None:
    """The shortest role phrase that ends the text, starting at a clause boundary."""
    starts = sorted({m.end() for m in _BOUNDARY.finditer(before)}, reverse=True)
    for start in starts:
        phrase = before[start:].strip()
        if len(phrase) > 220 or re.search(r"[,;:()]", phrase):
            break  # (the phrases from the starts further back hold this one)
        if len(phrase) < 3:
            continue
        phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I)
        if need_of and " of " not in phrase:
            continue
        if _has_role_head(phrase):
            return phrase
    return None


_ADJ_SUFFIX = re.compile(r"(?:al|ary|ic|ive|ous|ian|ese|ish|ist|est|ior|ern)$")


_PREFIXED_TERM = re.compile(r"(?:proto|pre|post|neo|pan|anti|pro|non|sub|trans|inter|pseudo)-|"
                            r"(?:north|south|east|west)(?:ern)?-(?:north|south|east|west)")


_PLAIN_NAME_WORD = re.compile(r"[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?")


def _demonym(word: str) -> bool:
    """'Cuban', and 'Canadian-American' too: a nationality, or two."""
    low = fold(word)
    return low in DEMONYMS or "-" in low and all(part in DEMONYMS for part in low.split("-"))


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
    poss = [i for i, w in enumerate(words[:4]) if re.search(r"['’]s$", w) and w[:1].islower()]
    if poss:
        words = words[poss[-1] + 1:]  # 'his late wife's first cousin': the role is the cousin'
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


_APPOSITIVE_AFTER = re.compile(
    r"(?:\s*\([^()]*\))?,\s+(?:(?:then|now|later|once|also)\s+)?(?:(a|an|the|another|one of (?:the|his|her|their))\s+)?"
    r"([^,;:()]{2,140}?)(?=\s*(?:[,;:().]|\s(?:who|which|whose|that|and\s+(?:was|is|had|has))\b|$))")


def _role_appositive_after(text: str, end: int) -> str | None:
    """'Siad Barre, a military dictator who ...': a role phrase after the name and a comma."""
    m = _APPOSITIVE_AFTER.match(text, end)
    if not m:
        return None
    phrase = m.group(2).strip()
    if not m.group(1) and not re.match(r"(?:former|then|his|her|their|\w+'s|\w+’s)\b", phrase, re.I):
        # Without an article only a short role like "Minister of Culture" after a comma counts.
        first = phrase.split()[0].lower() if phrase.split() else ""
        if first not in ROLE_NOUNS and first not in TITLES:
            return None
    if not _has_role_head(phrase, loose=bool(m.group(1))):
        # 'one of the first architects educated within Norway': the role before a participle's phrase
        cut = re.split(r"\s+(?:[a-z]+ed|born|based|known)\s+(?:[a-z]+ly\s+)?(?:in|within|at|by|from|as|to|for)\b",
                       phrase, maxsplit=1)[0]
        if cut == phrase or not _has_role_head(cut, loose=bool(m.group(1))):
            return None
        phrase = cut
    if _office_of_next_name(text, m.end()):
        return None  # 'Minister of Justice, Abdulhamit Gül': the office of the name that follows
    # Cut a trailing verb phrase off: the role ends at the first word that is clearly a verb.
    phrase = re.split(r"\s+(?:who|which|was|is|had|has|were|are)\b", phrase)[0]
    return f"{m.group(1)} {phrase}" if m.group(1) and m.group(1).startswith("one of") else phrase


def _office_of_next_name(text: str, pos: int) -> bool:
    """Does a name (or another office and then a name) follow the comma after a role phrase (at ``pos``)?

    In 'Mayor of Ankara, Mansur Yavaş, Mayor of Istanbul, Ekrem İmamoğlu' the phrase after Yavaş
    belongs to İmamoğlu.
    """
    m = _BRACKETED.match(text, pos)
    comma = pos if m is None else m.end()
    while comma < len(text) and text[comma].isspace():
        comma += 1
    if comma == len(text) or text[comma] != ",":
        return False
    for _ in range(2):  # the two comma-separated parts after it
        following = text.find(",", comma + 1)
        seg = text[comma + 1:following if following >= 0 else len(text)]
        words = seg.split()
        if len(words) >= 2 and words[0][:1].isupper() and words[1][:1].isupper():
            return True  # a capitalised pair: a name
        if not (words and words[0][:1].isupper() and _has_role_head(seg.strip())):
            return False  # not another office either
        if following < 0:
            break
        comma = following
    return False


def _life_dates_after(text: str, end: int) -> bool:
    m = _LIFE_DATES.match(text, end)
    if not m:
        return False
    if not re.search(r"\d{3}|\d\s*(?:" + vocab.ERAS_RE + r")|born|died|century|\b[bcd]\.\s*\d|fl\.", m.group(0)):
        return False  # "Aizen Matsuri (June 30 – July 2, ...)": days of a year, no life
    if _MONTH_WITHOUT_DAY.search(m.group(0)) and not re.search(r"born|died|\b[bd]\.", m.group(0)):
        return False  # "Milan (August–December 1771; October 1772 – March 1773)": a stay, not a life
    # "Houston Astros (1983–85)": a span of a few years is a tenure, not a life
    years = re.fullmatch(r"\s*\((\d{4})\s*[–—-]\s*(\d{2}|\d{4})\)?", m.group(0)) or \
        re.fullmatch(r"\s*\((\d{4})\s*[–—-]\s*(\d{2}|\d{4})", m.group(0))
    if years:
        start, stop = int(years.group(1)), years.group(2)
        stop = int(stop) if len(stop) == 4 else start // 100 * 100 + int(stop)
        return stop - start >= 15
    return True


_MONTH_WITHOUT_DAY = re.compile(r"(?<!\d)(?<!\d\s)(?:" + vocab.MONTH_NAMES_RE + r")(?!\s+\d{1,2}\b(?!\d))")
_WHO_AFTER = re.compile(r"(?:\s*\([^()]*\))?,?\s+who(?:se|m)?\b")


def _who_after(text: str, end: int) -> bool:
    return bool(_WHO_AFTER.match(text, end))


_SPEECH_AFTER = re.compile(r"(?:,[^,]{1,60},)?\s+(?:(?:also|later|then|once|had|has|have|further|publicly|famously|"
                           r"reportedly|repeatedly|allegedly|subsequently|himself|herself)\s+)*(\w+)")


def _speech_after(text: str, end: int) -> bool:
    m = _SPEECH_AFTER.match(text, end)
    return bool(m and m.group(1).lower() in SPEECH_VERBS)


def _according_to_before(text: str, pos: int) -> bool:
    return _ends_with_word(text, pos, ("to", "To", "TO", "tO")) \
        and bool(re.search(r"\baccording to\s+$", text[max(0, pos - 160):pos], re.I))


_WORD_AFTER = re.compile(r"(?:['’]s)?\s+([a-z][\w\-]*)")


def _thing_after(text: str, end: int) -> bool:
    """'the Khrushchev era', 'Lenin Square': the name is part of the name of a thing."""
    if text.startswith(", D.C.", end) or text.startswith(" D.C.", end):
        return True  # 'Washington, D.C.': the city
    m = _WORD_AFTER.match(text, end)
    if m and m.group(1) in THING_NOUNS:
        possessive = text[end:end + 1] in ("'", "’") and text[end + 1:end + 2] == "s"
        return not possessive  # "Aliyev's family" is still Aliyev
    return False


def _named_after_before(text: str, pos: int) -> bool:
    return _ends_with_word(text, pos, ("after", "for")) \
        and bool(re.search(r"\bnamed (?:after|for)\s+$", text[max(0, pos - 160):pos]))


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
    suffix: str = ""  # ', Jr.'

    @property
    def name(self) -> str:
        return " ".join(self.tokens) + self.suffix

    @property
    def key_of_name(self) -> str:
        return fold(" ".join(self.tokens))

    @property
    def surname(self) -> str:
        if len(self.tokens) > 3 and self.tokens[-2] == "the" and self.tokens[-1] in ("Younger", "Elder"):
            return Person(tokens=self.tokens[:-2]).surname  # 'Henry Vane the Younger' is a Vane
        if len(self.tokens) >= 3 and self.tokens[-2] in ("the", "of"):
            return fold(self.tokens[0])  # 'Alexander the Great', 'John of Salisbury': 'Alexander', 'John' alone
        if len(self.tokens) == 2 and _ruler_number(self.tokens[1]):
            return ""  # 'Charles II' has no family name: a lone 'Charles' may be his father, Charles I
        # (not a nickname, an initial or a generation: 'Clint Murchison Sr.' is a Murchison)
        plain = [t for t in self.tokens if t[0] not in "\"“" and not (len(t) == 2 and t.endswith("."))
                 and fold(t).rstrip(".") not in vocab.NAME_SUFFIXES]
        return fold(plain[-1]) if plain else ""


def _plain(tokens: list[str]) -> list[str]:
    # ('W.B.' is two initials: 'W.B. Yeats' is 'William Butler Yeats')
    return [part for t in tokens for part in (re.findall(r"[a-z]\.", fold(t)) if _INITIALS.fullmatch(t)
                                              else [fold(t.strip("\"“”"))])]


def _realm_of(a: list[str], b: list[str]) -> bool:
    """'Manuel of Portugal' against 'Manuel I of Portugal' (or 'Manuel I'): a ruler named with his realm
    and no number."""
    return len(a) == 3 and a[1] == "of" and len(b) >= 2 and b[0] == a[0] \
        and _ruler_number(b[1]) and (len(b) == 2 or b[-1] == a[-1])


def _without_realm(tokens: list[str]) -> list[str]:
    if len(tokens) == 4 and tokens[2] == "of" and _ruler_number(tokens[1]):
        return list(tokens[:2])
    if "of" in tokens[2:] and len(tokens) - tokens.index("of") <= 4:
        return list(tokens[:tokens.index("of")])  # 'Charles Albert of Bavaria' is the 'Charles Albert' named after
    return tokens


_PATRONYMIC_PARTICLES = {"di", "de", "da", "del", "bin", "ibn", "ben", "bint"}


def _same_person(a: list[str], b: list[str]) -> bool:
    """Two full-name forms of one person: same surname, compatible first names and middle parts."""
    if _realm_of(a, b) or _realm_of(b, a):
        return True  # 'Manuel of Portugal' is 'Manuel I of Portugal'
    a, b = _without_realm(a), _without_realm(b)  # 'Charles I of Spain' is 'Charles I'
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if 2 <= len(short) < len(long_) and long_[:len(short)] == short and long_[len(short)] in PARTICLES:
        return True  # 'Gian Gastone' is 'Gian Gastone de' Medici': given names, then a family name with its particle
    if len(a) < 2 or len(b) < 2 or fold(a[-1].strip("\"“”")) != fold(b[-1].strip("\"“”")):
        return False  # (the cheap tests first: most pairs differ in the surname)
    pa, pb = _plain(a), _plain(b)
    short, long_ = (pa, pb) if len(pa) <= len(pb) else (pb, pa)
    recalled = short[0] in long_[1:] and long_[long_.index(short[0]) - 1] in _PATRONYMIC_PARTICLES
    if set(short) <= set(long_) and not recalled:
        return True  # (not 'Vincenzo Galilei' in 'Galileo di Vincenzo ... Galilei': the father the name recalls)

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
    if not biography and title and fold(title.split()[-1]) in _THING_HEADS:
        return []  # "The Peninsular War (1807–1814) was ...": an event's span, no life
    if not biography:
        lead, aside = _lead_aside(first)
        # ('Raffaello Sanzio da Urbino (...; 1483 – 1520), known as Raphael (...), was ...': the title's name after)
        biography = bool(aside and re.search(r"\bborn\b|\d{3,4}\s*[–—-]|[–—-]\s*\d{3,4}|\b\d{3,4}\b", aside)
                         and (fold(title.split()[-1]) in fold(lead) or re.search(
                             r"\bknown as\s+" + re.escape(fold(title)) + r"\b", fold(aside))))
    if not biography:
        return []
    names = [title.split()]
    m = re.match(r"([^(,]{2,80}?)\s*\(", first)
    if m and (fold(title.split()[-1]) in fold(m.group(1)) or re.search(r"\bknown as\s+" + re.escape(title), first)):
        names.append(m.group(1).rstrip(",").split())  # (the birth name before 'known as Raphael' is his too)
    return names


def _lead_aside(first: str) -> tuple[str, str]:
    """'X (Russian: ..., IPA: [...] (listen); 1907 – 1966) was a ...': the name and its bracketed
    aside (brackets may nest), when a verb of being follows the aside; else empty strings."""
    span = lead_aside_span(first)
    return (first[:span[0] - 1].rstrip(), first[span[0]:span[1]]) if span else ("", "")


@lru_cache(maxsize=256)
def lead_aside_span(first: str) -> tuple[int, int] | None:
    """Where the bracketed aside after the first name of a lead sentence starts and ends."""
    m = re.match(r"(.{2,80}?)\s*\(", first)
    if not m:
        return None
    depth = 0
    for i in range(m.end() - 1, min(len(first), m.end() + 600)):
        depth += {"(": 1, ")": -1}.get(first[i], 0)
        if depth == 0 and first[i] == ")":
            if first.startswith(" (", i + 1):
                continue  # 'X (often romanized as Y) (Russian: ...; 1834 – 1907) was a ...': one aside in two brackets
            if re.match(r"\s+(?:was|is)\s+(?:a|an|the)\b", first[i + 1:i + 12]):
                return m.end(), i
            # 'Marie Curie (...), born Maria Salomea Skłodowska (...; 1867 – 1934), was a ...': the birth name goes with it
            born = _BORN_NAME_ASIDE.match(first, i + 1)
            return (m.end(), born.end(2) if born.group(2) else born.end(1)) if born else None
    return None


_BORN_NAME_ASIDE = re.compile(r",?\s+(?:born|née|baptised as|baptized as|christened|"
                              r"(?:also |better |commonly |usually |often )?(?:known|referred to)(?: in English)? as|(?:usually |commonly |often )?called)\s+([^(),]{2,80}?)\s*(\((?:[^()]|\([^()]*\))*\))?,?"
                              r"\s+(?:was|is)\s+(?:a|an|the|[a-z]+\s+of)\b")


def biography_subject(doc: Document) -> str | None:
    """The name of the person a biography is about, as its title gives it; None for other articles."""
    names = _subject_names(doc)
    return " ".join(names[0]) if names else None


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
# Offices no family name is: a run ending on one names the office ('Aman Chief', 'Party Secretary')
_OFFICE_LAST = frozenset({"chief", "president", "minister", "secretary", "director", "commander", "chairman",
                          "chairwoman", "governor", "premier", "mayor", "spokesman", "spokeswoman", "deputy"})
# 'Santo Domingo', 'San Antonio', 'São Paulo': a Romance saint's name names a place in English prose (the
# saints themselves are written 'Saint Dominic'), so the company of a known person does not make it one
_PLACE_SAINTS = frozenset({"san", "santa", "santo", "sao", "sankt"})
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|across|towards|around)\s+$")
# 'the Duchy of Silesia', 'the province of Ulster': what the article calls a land is no person elsewhere
_LAND_OF = re.compile(r"\b(?:[Dd]uchy|[Gg]rand [Dd]uchy|[Kk]ingdom|[Pp]rovince|[Cc]ounty|[Pp]rincipality|[Ee]lectorate|"
                      r"[Mm]argraviate|[Ll]andgraviate|[Cc]aliphate|[Ss]ultanate|[Ee]mirate|[Rr]epublic|[Vv]oivodeship)"
                      r"\s+of\s+$")


_BROUGHT_IN = re.compile(r"\b(?:brought|bring|brings|bringing|called|drafted|sent|ushered|swapped|subbed)\s+in\s+$")  # 'he brought in Rob Lee'
_PLACE_OF_EVENT = re.compile(r"(?:\b(?:raids?|attacks?|invasions?|expeditions?|campaigns?|marched)\s+(?:on|against|of|to|into)"
                             r"(?:\s+[A-Z][^.;()]{0,25}\(\d{4}\)(?:,|\s+and))?|"  # ("raids on Malwa (1292) and Devagiri")
                             r"\b(?:[Bb]attle|[Ss]iege|[Tt]reaty|[Pp]eace|[Ss]ack|[Cc]apture|[Rr]elief|[Cc]onvention|"
                             r"[Cc]ongress|King|Queen|Emperor|Empress|Elector|Electress|Tsar|Tsarina|Sultan|Shah|Margrave|"
                             r"Landgrave|Doge)\s+of|\b(?:his|her|their)\s+(?:native|hereditary|adopted)(?:\s+[a-z]+)?)\s+$")


def _places(doc: Document, runs: list[Run]) -> set[str]:
    """Runs used as places in this article: after 'in/at/near' or 'born in', and infobox places."""
    out: set[str] = set()
    for r in runs:
        text, pos = r.sentence.text, r.title_start - r.sentence.start
        if not r.title and not r.possessive and _ends_with_word(text, pos, _PLACE_PREPOSITIONS) \
                and _PLACE_BEFORE.search(text, max(0, _space_before(text, pos) - 7), pos) \
                and not _BROUGHT_IN.search(text, max(0, pos - 20), pos):
            out.add(r.key)
        elif _single(r) and not r.title and _LAND_OF.search(text, max(0, pos - 25), pos):
            out.add(r.key)
        elif _single(r) and not r.title and not r.possessive and _PLACE_OF_EVENT.search(text, max(0, pos - 70), pos):
            out.add(r.key)  # 'the Battle of Poltava', 'the treaty of Altranstädt', 'his native Saxony', 'Elector of Saxony'
    for box in doc.infoboxes:
        for f in box.fields:
            if any(w in f.key.lower() for w in ("place", "location", "country", "city", "state", "region", "site")):
                out.update(fold(link.text) for link in f.links)
    return out


# 'Thutmose III', 'Kashtiliash III': one name and a regnal number (of two letters or more, so not
# 'Saturn V'); not the numbered parts, models and councils that are written the same way.
_REGNAL_NUMBER = re.compile(r"X{1,3}(?:IX|IV|V?I{0,3})|IX|IV|V?I{2,3}|VI")
_NUMBERED_THINGS = frozenset({
    "part", "act", "book", "volume", "chapter", "title", "article", "section", "schedule", "appendix", "annex",
    "phase", "stage", "type", "class", "grade", "category", "level", "mark", "mk", "model", "series", "division",
    "vatican", "world", "war", "episode", "season", "canto", "psalm", "symphony", "zone", "group", "tier", "league",
    "apollo", "gemini", "titan", "atlas", "delta", "saturn", "minuteman", "trident", "pershing", "tiger", "panzer",
    "matilda", "sputnik", "explorer", "mariner", "voyager", "pioneer", "rocky", "super", "bowl", "star", "route",
    "highway", "corps", "army", "fleet", "wing", "squadron", "battalion", "regiment", "brigade", "legion",
})


# Titles of a reigning monarch (and the honorific of Portuguese kings): 'King Manuel' is the 'Manuel I' named;
# not a queen's or an empress's, who is as often a consort ('Queen Elizabeth' of 1939 is no Elizabeth II)
_MONARCH_TITLES = frozenset({"king", "emperor", "tsar", "czar", "kaiser", "sultan", "shah", "pharaoh", "dom"})


def _ruler_number(word: str) -> bool:
    """"I", "II", "XIV": the number of a ruler of that name."""
    return word == "I" or _REGNAL_NUMBER.fullmatch(word) is not None


def _regnal_name(run: Run) -> bool:
    tokens = run.tokens
    if len(tokens) == 4 and tokens[2] == "of" and _ruler_number(tokens[1]):
        tokens = tokens[:2]  # 'Henry III of Navarre', 'Francis I of France' (the place joins after a given name only)
        if tokens[1] == "I":
            return True
    if len(tokens) == 2 and tokens[1] == "I" and fold(tokens[0]) in given_names() \
            and not _ends_with_word(run.sentence.text, run.title_start - run.sentence.start, ("the", "a", "an")):
        return True  # 'annexed by Napoleon I', 'Peter I': a given name and the first of that name
    return len(tokens) == 2 and len(tokens[1]) >= 2 and _REGNAL_NUMBER.fullmatch(tokens[1]) is not None \
        and fold(tokens[0]) not in _NUMBERED_THINGS and fold(tokens[0]) not in ORG_WORDS \
        and fold(tokens[0]) not in THING_NOUNS and fold(tokens[0]) not in DEMONYMS \
        and not _ends_with_word(run.sentence.text, run.title_start - run.sentence.start, ("the", "a", "an"))


def _tail_run(run: Run) -> Run | None:
    """'Minister of Culture Anar Karimov': the last two words of a longer run, as a name of their own."""
    if len(run.tokens) < 3:
        return None
    tail = run.tokens[-2:]
    text = run.sentence.text
    s0 = run.sentence.start
    offset = text.rfind(" ".join(tail), run.start - s0, run.end - s0 + 1)
    if offset < 0 or offset + s0 < run.start:
        return None
    return Run(run.sentence, s0 + offset, run.end, list(tail), [], s0 + offset, run.possessive, tail=True)


def _role_chain_before(text: str, pos: int) -> str | None:
    """'The former Head of the Military Control Service of the Armenian MoD Movses Hakobyan'."""
    end = _space_before(text, pos)
    return _phrase_before(text[max(0, end - _PHRASE_WINDOW):end], need_of=True)


_PREDICATE_ROLE = re.compile(
    r"(?:['’]s)?\s+(?:(?:also|later|then|soon|briefly|eventually)\s+)?"
    r"(?:became|becomes|was appointed(?: as)?|was named|was elected|served as|serves as|was made|"
    r"was sworn in as)\s+(?:(?:a|an|the|its|their)\s+)?([^,;:()]{2,100}?)"
    r"(?=\s*(?:[,;:().]|\s(?:who|which|whose|that|and|from|until|in|on|after|before|when|while)\b|$))")


def _predicate_role(text: str, end: int) -> str | None:
    """'Bo Maolin became governor of the region', 'X was appointed the city's commandant'."""
    m = _PREDICATE_ROLE.match(text, end)
    if not m:
        return None
    return m.group(1) if _has_role_head(m.group(1)) else None


# 'The founder of Asukadera was X': the role first, then the name it belongs to
_INVERTED_ROLE = re.compile(r"(?:^|[.;:]\s+|,\s+)(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+((?:[a-z][\w\-]*\s+){0,2}?"
                            r"([a-z][\w\-]*))(?:\s+of\s+[^,;:()]{1,60}?)?\s+(?:was|is)\s+$")


def _inverted_role(text: str, pos: int) -> str | None:
    if not _ends_with_word(text, pos, ("was", "is")):
        return None
    m = _INVERTED_ROLE.search(text, max(0, pos - 120), pos)
    if not m or not _role_noun(m.group(2)) or m.group(2) in ORG_WORDS:
        return None
    return text[m.start(1):pos].rsplit(None, 1)[0]


# 'during the reign of Gojong', 'the coronation of Sejong': only a ruler has these
_REIGN_OF = re.compile(r"\b(?:reign|regency|coronation|accession|abdication|enthronement)\s+of\s+$")


_WHO_ROLE = re.compile(
    r"(?:\s*\([^()]*\))?,?\s+who\s+(?:had\s+|has\s+)?(?:served|serves|worked|works|was|is|became|"
    r"had been|has been)\s+(?:as\s+)?(?:(?:a|an|the|its|their)\s+)?"
    r"([^,;:()]{2,100}?(?:\s*\([A-Z][^()]{0,20}\))?)"
    r"(?=\s*(?:[,;:.]|\s(?:who|which|whose|that|and|from|until|in\s+\d|since|between|during|when)\b|$))")


def _who_role(text: str, end: int) -> str | None:
    """'Argishti Kyaramyan, who had served as the head of the Armenian National Security Service (NSS)'."""
    m = _WHO_ROLE.match(text, end)
    if not m:
        return None
    return m.group(1) if _has_role_head(m.group(1)) else None


_AS_ROLE_AFTER = re.compile(r"\s+as\s+(?:(?:a|an|the|his|her|their|its)\s+)?([^,;:()]{2,100}?)(?=\s*(?:[,;:().]|$))")


def _appointed_as(text: str, start: int, end: int) -> str | None:
    """'Aliyev appointed Aydin Karimov as his special representative in the city'."""
    # ('... administered Albania with Enver Hoxha as prime minister': 'with' too)
    if not re.search(r"\b(?:appointed|named|nominated|elected|made|chose|hired|promoted|with|"
                     r"(?:election|appointment|nomination|inauguration)\s+of)\s+$", text[max(0, start - 160):start]):
        return None
    m = _AS_ROLE_AFTER.match(text, end)
    return m.group(1) if m and _has_role_head(m.group(1)) else None


_LIST_INTRO_ENDINGS = ("like", "as", "including", "namely", ":", "were", "are", "was", "include", "included", "includes",
                       "likes of")


def _role_noun(word: str) -> bool:
    """'brother', and the last part of 'half-brother', 'co-writer' (but 'brother-in-law' whole)."""
    return word in ROLE_NOUNS or "-" in word and word.rsplit("-", 1)[1] in ROLE_NOUNS


def _list_role_before(text: str, pos: int) -> str | None:
    """'political figures like Ara Abramyan, ...': a plural role noun introducing a list.
    (Only the last words before the name can match: searching them alone keeps this fast.)"""
    # Every form ends in 'like', 'such as', 'including', 'namely' or a colon, then a space.
    if not _ends_with_word(text, pos, _LIST_INTRO_ENDINGS):
        return None
    window = text[max(0, pos - 160):pos]
    m = re.search(r"((?:[A-Za-z][\w\-]*\s+){0,2})([A-Za-z][\w\-]*?)s\s*(?:\(?(?:like|such as|including|namely)|"
                  r",\s+including|(?:\s(?:were|are|included|include))?\s*:)\s+$", window) \
        or re.search(r"\bsuch\s+((?:[A-Za-z][\w\-]*\s+){0,2})([A-Za-z][\w\-]*?)s\s+as\s+$", window) \
        or re.search(r"\b(?:whose|his|her|their|its|the)\s+((?:[A-Za-z][\w\-]*\s+){0,1})([a-z][\w\-]*?)(?:e?s)\s+"
                     r"(?:were|are|included|include)\s+$", window) \
        or re.search(r"((?:[A-Za-z][\w\-]*\s+){0,2})([a-z][\w\-]*?)s\s+(?:(?:who|that)\s+[a-z][^,;:()]{0,60}?\s+)?"
                     r"(?:were|are|include|included|includes)\s+(?:(?:the\s+)?likes\s+of\s+)?$", window) \
        or re.search(r"\b[Aa]mong\s+(?:his|her|their|the)\s+((?:[A-Za-z][\w\-]*\s+){0,1})([a-z][\w\-]*?)s\s+"
                     r"(?:were|was)\s+$", window)
    if not m or not _role_noun(m.group(2).lower()):
        return None
    mods = [w for w in m.group(1).split() if w.lower() not in STOPWORDS]
    return " ".join(mods + [m.group(2)])


# 'romantic paintings by Ingres, Ménageot and other French artists': a list closed by "and other" people
_OTHERS_AFTER = re.compile(r"(?:,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}){0,6},?\s+and\s+(?:many\s+|several\s+)?other\s+"
                           r"((?:[A-Za-z][\w\-]*\s+){0,2}?)([a-z][\w\-]*?)s\b")


# 'certain Habsburg and other Catholic rulers': a word that qualifies the noun, not a name
_QUANTIFIER_BEFORE = re.compile(r"\b(?:certain|some|many|several|various|most|all|the|these|those|other|both)\s+$", re.I)


def _list_role_after(text: str, end: int, start: int) -> str | None:
    if " other " not in text[end:end + 200] or _QUANTIFIER_BEFORE.search(text, max(0, start - 12), start):
        return None
    m = _OTHERS_AFTER.match(text, end)
    if not m or not _role_noun(m.group(2).lower()):
        return None
    mods = [w for w in m.group(1).split() if w.lower() not in STOPWORDS]
    return " ".join(mods + [m.group(2)])


# Nouns that introduce the title of a work: 'the album Exodus (1977)' cites no author.
_WORK_NOUNS = ("album", "albums", "film", "films", "book", "books", "novel", "novels", "song", "songs", "single",
               "singles", "play", "plays", "poem", "poems", "opera", "series", "show", "documentary", "game", "games",
               "record", "records", "painting", "paintings", "work", "works", "musical", "episode", "the", "The")


def _work_title_before(text: str, pos: int) -> bool:
    end = _space_before(text, pos)
    return _ends_with_word(text, pos, _WORK_NOUNS) or end > 0 and text[end - 1] in '_"“'


_KIN = {"brother", "sister", "son", "daughter", "child", "children", "cousin", "twin", "half-brother", "half-sister",
        "stepson", "stepdaughter", "nephew", "niece", "grandson", "granddaughter"}


_DETERMINER_END = re.compile(r"(?:\b(?:the|his|her|their|its|whose)|['’]s)\s*$", re.I)


def _determined_role(text: str, pos: int, role: str) -> bool:
    """'the Greek mathematician', 'his son', "Norman's co-writer": a role that names one person, so that
    the one word after it is a name ('model Mercedes-Benz', 'the stars Rigel and Sirius' are not)."""
    head = role.split()[-1].lower()
    if head.endswith("s") and head not in ROLE_NOUNS and head[:-1] not in _KIN and head.rstrip("s") not in _KIN:
        return False  # a plural: 'the stars'; only kin ('brothers') stand before given names
    if re.search(r"['’]s\s", role):
        return True
    end = _space_before(text, pos) - len(role)  # where the role starts
    return bool(_DETERMINER_END.search(text, max(0, _space_before(text, end) - 5), end))


# A role noun with no article between a preposition and one name: 'by priest Chōgen', 'with poet
# Bashō'. (Nouns that also name things are left out: 'model', 'player'.)
_BARE_ROLE = re.compile(r"\b(?:by|with|of|to|from|for|under)\s+([a-z][a-z\-]+)\s+$")
_THING_ROLES = frozenset({"model", "player", "member", "partner", "host", "carrier", "driver", "guide", "agent",
                          "client", "guest", "sponsor", "champion", "winner", "runner", "leader", "official",
                          "native", "local", "resident"})


_KIN_WORD = (r"(?:sons?|daughters?|brothers?|sisters?|wife|husband|father|mother|cousin|nephew|niece|uncle|aunt|grandson|"
              r"granddaughter|stepson|stepdaughter|half-brother|half-sister|twin)")
_KIN_GROUP_BEFORE = re.compile(r"\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Tt]win)\s+(?:[A-Z][a-z]+\s+)?(?:brothers|sisters|sons|daughters|"
                               r"siblings)\s*,\s+$")
_KIN_BEFORE = re.compile(rf"(?:(?<![\w'’])(?:and|were|was|are|is|with|had|have|has)\s+{_KIN_WORD}\s+"
                         rf"|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ne|[Aa]n?)\s+(?:[a-z]+\s+){{0,2}}?{_KIN_WORD}"
                         rf"(?:\s+(?:from|by|of)\s+[^,;()]{{1,40}})?,\s+)$")


def _bare_role_before(text: str, pos: int) -> bool:
    m = _BARE_ROLE.search(text, max(0, pos - 40), pos)
    return bool(m) and _role_noun(m.group(1)) and m.group(1) not in _THING_ROLES and m.group(1) not in ORG_WORDS


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
        "inverted": lambda: _inverted_role(text, ta),
        "list_role": lambda: _list_role_before(text, ta) or _list_role_after(text, b, ta),
    }
    if len(run.tokens) == 1 and not run.title:
        del finders["appositive"]  # one word needs evidence of its own; a role before a comma is not enough
        if _MODIFIES_NOUN_AFTER.match(text, b) and re.search(r"\b(?:official|principal|chief|general|native|private|"
                                                             r"regular|professional|senior|junior|rival)\s+$", text[:ta]):
            # 'the official Köppen reference period': an adjective, and a name made a modifier
            del finders["role_before"]
    for kind, find in finders.items():
        role = find()
        if role:
            found.add(kind)
            if kind == "list_role" and 2 <= len(run.tokens) <= 3:
                found.add("list_role_name")  # 'local poets such as Nizami Ganjavi and ...': a name, by its place
            if kind == "role_before" and _determined_role(text, ta, role):
                found.add("role_before_determined")
            role = _clean_role(role)
            if role:
                roles.append((role, idx))
    if "appositive" in found and (re.match(r"(?:['’]s)?,", text[b:]) or re.match(r"[.;]?\s*$", text[b:]) and all(
            _PLAIN_NAME_WORD.fullmatch(t) and fold(t) not in ORG_WORDS and fold(t) not in _THING_HEADS
            and fold(t) not in NON_NAME_WORDS for t in run.tokens) and re.search(r"\b[Tt]he\s+[^,]{1,60},\s*$", text[:ta])):
        found.add("appositive_closed")  # 'the chairman of MHP, Devlet Bahçeli, after ...'
    named = _ROLE_NAMED_BEFORE.search(text, max(0, ta - 60), ta)
    if named and _role_noun(named.group(2).lower()):
        found.add("role_before_determined")  # 'this student, named Geyersbach': a person of a role, and his name
        roles.append((named.group(1), idx))
    if _who_after(text, b):
        found.add("who")
    if _life_dates_after(text, b):
        found.add("life_dates")
    if _named_after_before(text, ta):
        found.add("named_after")
    if _ends_with_word(text, ta, ("of",)) and _REIGN_OF.search(text, max(0, ta - 30), ta):
        found.add("reign")
    if len(run.tokens) == 3 and run.tokens[1] == "no":
        found.add("clan_name")  # 'Soga no Umako' (see find_runs)
    if len(run.tokens) == 1 and not run.title and ta > 2 and text[ta - 1] == " " and _bare_role_before(text, ta):
        found.add("bare_role")  # 'introduced by priest Chōgen'
    if len(run.tokens) == 1 and not run.title and ta > 4 and _given_name(run.tokens[0]) \
            and _KIN_BEFORE.search(text, max(0, ta - 70), ta) and not run.possessive:
        found.add("kin")  # 'were son Vladimir and daughter Olga', 'His daughter from his second marriage, Lyubov,'
    elif len(run.tokens) == 1 and not run.title and ta > 4 and _KIN_GROUP_BEFORE.search(text, max(0, ta - 40), ta):
        found.add("kin")  # 'Two Shawnee brothers, Tecumseh and Tenskwatawa': names of any people
    if (text[b:b + 2] == " (" and _CITATION.match(text, b) or _CITED_PAIR.match(text, b)) and not _work_title_before(text, ta) \
            and not _EXAMPLES_DATED.search(text, max(0, ta - 200), ta) \
            and not _PLACE_OF_EVENT.search(text, max(0, ta - 70), ta):  # ('the treaty of Altranstädt (1706)')
        found.add("citation")
    if _taxon_author(text, ta, b):
        found.add("citation")  # 'O. a. aethiopicus Sundevall, 1843': who named the species, and when
    if "born" in text[b:b + 16] and _BORN_AFTER.match(text, b):
        found.add("born")
    if _ends_with_word(text, ta, ("to",)) and _BORN_TO.search(text, max(0, ta - 60), ta):
        found.add("born_to")
    m = _RELATION_BRACKET.match(text, b) if "(" in text[b:b + 3] else None
    if m and _role_noun(m.group(2)):
        found.add("relation_bracket")
        roles.append((m.group(1), idx))
    if _arabic_name(run.tokens):
        found.add("patronymic")
    if _famous_mononym(run):
        found.add("famous")
    if _regnal_name(run):
        found.add("regnal")
        if run.tokens[-1] == "I":
            found.add("first_of_name")
    if _epithet_name(run.tokens) or len(run.tokens) == 3 and run.tokens[1] == "of" and fold(run.tokens[2]) not in _CONTINENTS:
        found.add("epithet")  # 'Alexander the Great'; 'Julian of Norwich': a given name and a place
    if text[b:b + 2] in (" (", ", ", " a") and _KNOWN_AS_AFTER.match(text, b):
        found.add("known_as")
    if run.possessive and (_POSSESSED_AFTER.match(text, b) or _arabic_form(run.tokens) and _TITLE_AFTER.match(text, b)):
        # "Galen's account", "Merkel's grandmother": only a person has them; al-Kindi's *Manuscript on ...*:
        # an Arabic name before the title of a work is its author's
        found.add("possessor")
    if len(run.tokens) >= 3 and any(t[0] in "\"“" for t in run.tokens[1:-1]) and run.tokens[0][0] not in "\"“" \
            and run.tokens[-1][0] not in "\"“":
        found.add("nickname")  # 'Lee "Scratch" Perry': a nickname between a given name and a family name
    if _ends_with_word(text, ta, ("by", "starring", "of")) and (_AGENT_BEFORE.search(text, max(0, ta - 50), ta)
                                                             or _AGENT_OPENING.fullmatch(text, 0, ta)):
        found.add("agent")
        if _WORKS_BY.search(text, max(0, ta - 50), ta):
            found.add("maker")  # 'portraits by Whistler': only a person makes works of art
        if 2 <= len(run.tokens) <= 4 and _ends_with_word(text, ta, ("by",)) and _plain_full_name(run.tokens) \
                and _NAME_PHRASE_END.match(text, b):
            found.add("relation_name")  # 'a film directed by Santosh Sivan': a given name no list holds
    if len(run.tokens) in (2, 3) and _ends_with_word(text, ta, ("starring",)) \
            and all(_PLAIN_NAME_WORD.fullmatch(t) and fold(t) not in ORG_WORDS for t in run.tokens):
        found.update({"agent", "relation_name"})  # 'a British film starring Rosamund Pike': an actor
    if len(run.tokens) in (2, 3) and _ends_with_word(text, ta, ("by",)) \
            and _WORK_THEN_BY.search(text, max(0, ta - 60), ta) and all(_PLAIN_NAME_WORD.fullmatch(t) for t in run.tokens):
        found.update({"agent", "maker", "relation_name"})  # 'a schoolbook on Latin grammar by Aelius Donatus'
    if _ends_with_word(text, ta, ("to", "with", "under", "named", "called", "married")) and \
            _RELATION_BEFORE.search(text, max(0, ta - 40), ta):
        found.add("relation")
        if len(run.tokens) >= 2:
            found.add("relation_name")  # 'awarded to Rudyard Kipling': two words there are a personal name
    after = text[b:b + 40]
    if "self" in after and _REFLEXIVE_AFTER.match(text, b):
        found.add("reflexive")
    if _PERSON_VERB_AFTER.match(text, b) and not run.possessive:
        found.add("person_verb")
    if not run.possessive and "first" in text[b:b + 90] and _first_of_kind(text, b):
        found.add("first_of_kind")
    if ta > 1 and text[ta - 1] == " " and text[ta - 2].isalpha() and _demonym_before(text, ta):
        found.add("demonym_before")  # 'Russian Valeri Polyakov'
    if text[b:b + 2] == " (" and _demonym_bracket(text, b):
        found.add("demonym_bracket")  # 'Guy Laliberté (Canadian): ...'
    if run.key in infobox or run.key in subject_keys:
        found.add("listed")
    if "appositive" not in found and text[b:b + 1] == "," and ta > 2 and text[ta - 2] == ",":
        m = _DEMONYM_APPOSITIVE.search(text, max(0, ta - 80), ta)
        if m and fold(m.group(1)) in DEMONYMS:  # 'a Gibraltarian, José Key, one of ...'
            found.update({"appositive", "appositive_closed"})
            roles.append((m.group(0).rstrip(", ").split(None, 1)[1], idx))
    if len(run.tokens) >= 2 and _alone_in_people_list(run):
        found.add("people_list")  # '## Notable columnists' then '* Pierre Berton': an entry of a list of people
    if _speech_after(text, b) or _according_to_before(text, ta):
        found.add("speech")
        if 2 <= len(run.tokens) <= 3 and not run.title and all(
                _PLAIN_NAME_WORD.fullmatch(t) and fold(t) not in ORG_WORDS and fold(t) not in _THING_HEADS
                and fold(t) not in DEMONYMS and fold(t) not in STOPWORDS for t in run.tokens) \
                and re.match(r"\s+(?:said|says|told|recalled|wrote|writes)\b", text[b:b + 12]):
            found.add("speaker_name")  # 'in which Yitzhak Rabin said': a name of two plain words that speaks
    if _japanese_name(run.tokens) and not _given_name(run.tokens[0]):
        found.add("romaji")  # 'Tadashi Abe': name-shaped, if the article is about Japan (see DROP_AFTER_EVIDENCE)
    if _given_name(run.tokens[0]) and run.tokens[0] != "Al" or _chinese_name(run.tokens) or \
            len(run.tokens) >= 2 and _SURNAME_SUFFIX.search(run.tokens[-1]) and fold(run.tokens[-1]) not in DEMONYMS:
        found.add("given")
        if len(run.tokens) >= 2 and re.fullmatch(r"[A-Z]\.", run.tokens[1]):
            found.add("initial")  # 'Wendy J. Colf', 'Douglas A.': a given name and a middle initial
    if len(run.tokens) >= 2 and re.fullmatch(r"(?:[A-Z]\.)+", run.tokens[0]) and not re.fullmatch(r"[A-Z]\.", run.tokens[-1]):
        found.update({"given", "initial"})  # 'G. J. Toomer': initials, then a family name
    # ('Thomas Hardy's The Dynasts': a possessive only before a title or a person's belongings)
    first = run.tokens[0]
    plain = len(run.tokens) - sum(t in PARTICLES for t in run.tokens) if len(run.tokens) >= 2 else 1
    if len(run.tokens) == 4 and run.tokens[2] == "of":
        plain = 2  # 'Henry III of Navarre': a name and a number, then where
    elif len(run.tokens) > 3 and run.tokens[-2] == "the" and run.tokens[-1] in ("Younger", "Elder"):
        plain -= 2  # 'Henry Vane the Younger': a name of two words

    if (2 <= plain <= 3 and first in common_given_names()
            or plain == 2 and first in common_given_names(EUROPEAN_LOCALES)
            and fold(first) not in DEMONYMS and not _title_word(run.tokens[-1])) \
            and (not run.possessive or re.match(r"['’]s?\s+[A-Z]", text[b:b + 5]) or _POSSESSED_AFTER.match(text, b)
                 or _LED_AFTER.match(text, b)) \
            and all(fold(t) not in ORG_WORDS and fold(t) not in DEMONYMS and fold(t) not in _THING_HEADS
                    for t in run.tokens[1:]) \
            and not re.match(r"\s+[A-Z]", text[b:b + 2]):
        found.add("common_given")  # 'Sally Ride', 'Helen Sharman'
    return found, roles


# 'X became the first woman to ...', 'Y of West Germany became the first non-US citizen to fly ...':
# only a person is the first of a kind of person.
_FIRST_OF_KIND = re.compile(
    r"(?:\s+of\s+(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*)?,?\s+(?:became|becomes|was|is)\s+(?:also\s+)?the\s+first\s+"
    r"((?:[\w\-]+\s+){0,4}?)([\w\-]+)(?=\s+(?:to|in|of|from|aboard|on|since|ever|as|at|with|for|by|after|when|and|who)\b|[,.;]|$)")


def _first_of_kind(text: str, end: int) -> bool:
    m = _FIRST_OF_KIND.match(text, end)
    if not m:
        return False
    head = m.group(2).lower()
    return head in _PERSON_HEADS or head in DEMONYMS or head in ROLE_NOUNS and head not in ORG_WORDS


_WORD_BEFORE = re.compile(r"([A-Z][\w\-]*)\s+$")


def _demonym_before(text: str, pos: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, pos - 30), pos)
    return bool(m) and fold(m.group(1)) in DEMONYMS


_DEMONYM_BRACKET = re.compile(r" \(([A-Z][\w\-]*(?:\s*[/,–-]\s*[A-Z][\w\-]*)*)\)")


def _demonym_bracket(text: str, end: int) -> bool:
    m = _DEMONYM_BRACKET.match(text, end)
    return bool(m) and all(fold(w) in DEMONYMS for w in re.findall(r"[A-Z][\w]*", m.group(1)))


def _clean_role(role: str) -> str | None:
    """A role fit to be a matching key: short, singular, about this person only; else None."""
    role = role.strip(" ,;")
    peer = _PEERAGE_THEN_MORE.match(role)
    if peer:
        role = peer.group(1)  # 'Earl of Strafford of high treason': the title ends where its place does
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


# A section whose heading says it lists people: "Notable journalists and columnists", "Cast",
# "Editors", "Alumni". Its entries that are a name and nothing else are people.
_PEOPLE_HEADING = re.compile(
    r"\b(?:people|persons|personalities|residents|natives|alumni|members|players|squad|roster|cast|crew|staff|"
    r"journalists|columnists|writers|authors|editors|publishers|cartoonists|photographers|artists|musicians|"
    r"painters|poets|scholars|scientists|politicians|mayors|presidents|chairm[ae]n|directors|founders|leaders|"
    r"ministers|governors|coaches|managers|owners|captains|commanders|officers|recipients|laureates|winners|"
    r"inductees|contributors|hosts|presenters|anchors|correspondents|reporters|faculty|fellows|heads)\b", re.I)
_LIST_ENTRY_TAIL = re.compile(r"\s*(?:\([^()]*\))?\s*(?:[,–—-]\s+[^.;]{0,80})?\.?\s*$")


_DEMONYM_APPOSITIVE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+([A-Z][a-z]+)(?:\s+[a-z][^,]{0,40})?,\s*$")


def _alone_in_people_list(run: Run) -> bool:
    """Is the run a whole entry (with at most dates in brackets or a short gloss after it) in a
    section whose heading names a kind of people?"""
    s = run.sentence
    if run.title_start != s.start or not s.section or not _PEOPLE_HEADING.search(s.section[-1]):
        return False
    return bool(_LIST_ENTRY_TAIL.fullmatch(s.text, run.end - s.start))


STRONG = {"people_list", "relation", "epithet", "first_of_kind", "demonym_bracket", "common_given", "nickname", "known_as", "agent", "reflexive", "patronymic", "born", "born_to", "relation_bracket", "who_role", "title", "role_before", "appositive", "chain", "appositive_after", "predicate", "appointed", "list_role",
          "who", "life_dates", "named_after", "listed", "inverted", "reign", "bare_role"}
# Evidence that the words form a personal name, not just a name of something that has a role.
NAME_SHAPED = {"regnal", "romaji", "people_list", "relation_name", "epithet", "list_role_name", "first_of_kind", "demonym_bracket", "nickname", "reflexive", "patronymic", "born", "born_to", "relation_bracket", "title", "given", "initial", "who", "life_dates", "listed", "named_after", "role_before", "chain",
               "appositive_closed", "appositive_after", "clan_name", "reign", "bare_role"}
WEAK = {"demonym_before", "possessor", "speech", "given", "initial", "citation", "person_verb", "speaker_name"}


# A word written in the Hepburn romanisation of Japanese: syllables of a consonant (or none) and a
# vowel, and a closing "n" ("Tadashi", "Katsuaki", "Shioda", "Tokusaburō")
_ROMAJI = re.compile(r"(?:(?:[kgsztdnhbpmr]y?|sh|ch|ts|j|f|w|y)?[aeiouāīūēō]|n(?![aeiouyāīūēō]))+", re.I)


def _japanese_name(tokens: list[str]) -> bool:
    """Two words in Japanese romanisation ("Tadashi Abe", "Takeda Sōkaku"): the shape of a Japanese name."""
    return len(tokens) == 2 and all(len(t) >= 3 and t[:1].isupper() and _ROMAJI.fullmatch(t) for t in tokens)


def _is_person(found: set[str]) -> bool:
    """Enough evidence: a role or title for a name-shaped run, two kinds of role evidence, or two weak signs."""
    strong = found & STRONG
    if strong and (found & NAME_SHAPED or len(strong) >= 2):
        return True
    if {"first_of_name", "given"} <= found:
        return True  # 'annexed by Napoleon I': a given name and 'the First' name one ruler
    return len(found & WEAK) >= 2


# ---------------------------------------------------------------- named rules

@dataclass
class _Context:
    """What the candidate rules may consult about the whole article."""

    infobox: set[str]
    subject_keys: set[str]
    places: set[str]
    doc: Document | None = None
    _lower: dict[str, bool] | None = None
    _italic: list[tuple[int, int]] | None = None
    _japan: bool | None = None
    _abbreviated: set[str] | None = None

    def abbreviation(self, key: str) -> bool:
        """Does the article give ``key`` (folded) as a body's short name ('Directorate of Military
        Intelligence (abbreviated as "Aman")')? Then 'Aman predicted war' is the body, not a person."""
        if self._abbreviated is None:
            self._abbreviated = {fold(m.group(1)) for m in _ABBREVIATED_AS.finditer(self.doc.text if self.doc else "")}
        return key in self._abbreviated

    def italic(self, start: int, end: int) -> bool:
        """Is the span in italics of its own ('_Mother Jones_ remarked ...': a periodical, a work or a
        ship, never a person)?"""
        if self._italic is None:
            self._italic = sorted((a, b) for a, b, kind in (self.doc.emphasis if self.doc else []) if kind == "em")
        i = bisect_right(self._italic, (start, float("inf"))) - 1
        # the italic is the name alone, not a long italic label or passage around it
        return i >= 0 and self._italic[i][0] <= start and end <= self._italic[i][1] <= end + 3

    def about_japan(self) -> bool:
        if self._japan is None:
            text = self.doc.text if self.doc else ""
            self._japan = "Japan" in text and any(c in text for c in "āīūēō")
        return self._japan

    def writes_in_lower_case(self, word: str) -> bool:
        """Does the article also write ``word`` (already in lower case) as a word of its own?"""
        if self._lower is None:
            self._lower = {}
        found = self._lower.get(word)
        if found is None:
            # one search per word asked about, rather than a list of every lower-case word of the article
            found = self._lower[word] = self.doc is not None and _LOWER_WORD.fullmatch(word) is not None \
                and _writes_word(self.doc.text, word)
        return found


_ABBREVIATED_AS = re.compile(r"\b(?:abbreviated|shortened)\s+(?:as|to)\s+[\"“']?([A-Z][\w-]*)")


def _single(r: Run) -> bool:
    return len(r.tokens) == 1 or _shape(r.tokens) == "single"


# Plural words that end the name of a writing or a body, never a family name (unlike 'Banks', 'Fields')
_WRITINGS_AND_BODIES = frozenset({"chronicles", "annals", "assemblies", "councils", "synods", "proceedings",
                                  "transactions", "archives", "memoirs", "sagas", "gospels", "epistles"})


def _plural_of_body(word: str) -> bool:
    """'General Assemblies', 'General Councils': a plural of a kind of body, no general's name
    ('General Davies' is one)."""
    low = fold(word)
    return _plural_word(word) and (low[:-3] + "y" if low.endswith("ies") else low[:-1]) in ORG_WORDS


def _titled(r: Run) -> bool:
    """A title that names people stands before the run ('Emperor Xuanzong', 'Major Siad')."""
    return bool(r.title) and fold(r.title[-1]) in TITLES


_COMMON_SUFFIX = re.compile(r"(?:tion|sion|ment|ness|ity|ism|ance|ence|ing|ogy|ics|ship|ally|ly)$")


_A_BEFORE = re.compile(r"(?:^|\s)(?:a|an)\s+$")
_NAMED_BEFORE = re.compile(r"\b([a-z]+),?\s+(?:(?:also|now|locally|popularly|commonly)\s+)?(?:known as|called|named)\s+$")


def _thing_named_before(text: str, pos: int) -> bool:
    m = _NAMED_BEFORE.search(text, max(0, pos - 40), pos)
    return m is not None and m.group(1) in _THING_HEADS


def _common_word(r: Run, ctx: _Context) -> bool:
    """'Interpolation suggested ...': a word the article also writes in lower case, or shaped like a noun."""
    word = r.tokens[0]
    return ctx.writes_in_lower_case(word.lower()) or bool(_COMMON_SUFFIX.search(word))


_PLAYED_FOR = re.compile(r"\b(?:(?:played|plays|playing|signed)\s+(?:for|with)|(?:traded|transferred|loaned)\s+to)\b")


def _plural_word(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) and word[:1].isupper()


_CHARACTER_BEFORE = re.compile(r"\b(?:protagonists?|antagonists?|narrator|heroine|title character|main character|"
                               r"fictional (?:character|detective|hero))(?: of [^,;]{1,60})?,?\s+$")
_CHARACTER_AFTER = re.compile(r",\s+(?:the |a |an |one of the )?(?:fictional |main |title |central )?"
                              r"(?:protagonists?|antagonists?|narrator|heroine|character(?! act))\b")
_ROLE_THEN_NAME = re.compile(r" ([a-z]+) [A-Z][a-z]")


def _role_after(text: str, pos: int) -> bool:
    m = _ROLE_THEN_NAME.match(text, pos)
    return m is not None and m.group(1) in ROLE_NOUNS


_INSTITUTION_LINK = re.compile(r"\b([A-Z][a-z]+) (?:on|for) $")


def _institution_before(text: str, pos: int) -> bool:
    """Is the run the end of a name like 'Conference on Civil Rights', 'Institute for Advanced
    Study' ('of' is left out: 'Duke of Wellington', 'Julian of Norwich' are people)?"""
    m = _INSTITUTION_LINK.search(text, max(0, pos - 30), pos)
    return m is not None and m.group(1).lower() in ORG_WORDS


def _is_team(r: Run, ctx: _Context) -> bool:
    """'the Toronto Argonauts, who have won ...': a place and a plural, a team, not a person."""
    if _single(r) or r.title or not re.search(r"[^s]s$", r.tokens[-1]):
        return False
    # ('the Cell C Sharks, who compete in the Currie Cup': a plural that competes)
    return fold(r.tokens[0]) in ctx.places or _COMPETES_AFTER.match(r.sentence.text, r.end - r.sentence.start) is not None


_COMPETES_AFTER = re.compile(r",?\s+(?:who|which|that)\s+(?:compete|competes|play|plays)\s+(?:in|for|at|their|home)\b")


_PLACE_COMPOUND_AFTER = re.compile(r"-(?:born|based|bred|raised|area|wide|bound|registered|headquartered)\b")
_INVERTED_BEFORE = re.compile(r"(?:^|[.;]\s+)[A-Z][\w'’-]+,\s+$")
_POSSESSIVE_BEFORE = re.compile(r"\b(?:his|her|their|its|our|my|your)\s+$")
_DATED_AFTER = re.compile(r"\s*\((?:\d{4}|\d{4}[–-]\d{2,4})\)")
_SHIP_PREFIX = re.compile(r"\b(?:RMS|HMS|USS|SS|MV|HMAS|HMCS|HMNZS|SMS|USNS|RRS|MS)\s+$")
_EVENT_AFTER_POSSESSIVE = re.compile(r"['’]s?\s+(?:War|Wars|Rebellion|Revolt|Uprising|Insurrection|Conspiracy|Raid|"
                                     r"Massacre|Expedition|Campaign|Crusade)\b")
_WORKS_CUE = re.compile(r"\b(?:albums|films|movies|musicals|songs|singles|records|recordings|novels|books|plays|operas|"
                        r"shows|paintings|poems|hits|titles|pictures|tracks|ballads|standards)\b")
_DATED_AFTER_TITLE = re.compile(r"[^,;()]{0,40}?\s\(\d{4}\)")


def _listed_work(text: str, start: int, end: int) -> bool:
    """Is the run the title of a work in a list of them: dated in brackets ("Come Fly with Me (1958)") or
    quoted ('"Willow Weep for Me"'), after a plural noun of works in the sentence?"""
    if not _WORKS_CUE.search(text, max(0, start - 200), start) or re.search(r"\bby\s+$", text[max(0, start - 4):start]):
        return False  # (not a maker: "paintings by Sam Messer (2002)")
    return bool(re.search(r"[\"“][^\"”]{0,20}$", text[max(0, start - 21):start])) \
        or _DATED_AFTER_TITLE.match(text, end) is not None


_WORK_APPOSITIVE = re.compile(r",\s+an?\s+(?:\d{4}\s+)?(?:[\w-]+\s+){0,4}(?:film|movie|drama|comedy|novel|novella|opera|"
                              r"ballet|play|album|musical|documentary|miniseries|sitcom|thriller|biopic|poem|painting|song)"
                              r"(?=\s*(?:[,;.)]|$)|\s+(?:starring|directed|written|by|about|set|based|that|which|produced|"
                              r"released|in|of|from)\b)")
_WORK_CUE_BEFORE = re.compile(r"\b(?:in|film|movie|novel|book|play|album|song|series|opera)\s+$")


_QUOTED_WORK_BEFORE = re.compile(r"\b(?:song|single|album|film|movie|poem|book|novel|play|painting|opera|musical|"
                                 r"episode|series|show|hymn|anthem|march|ballad|story)\s+[\"“]$")


# Each rule is (name, test); the first test that holds drops the candidate, and `explain` reports its name.
DROP_RULES: list[tuple[str, object]] = [
    # (a biography's subject as its title names them is a person, whatever the words: "Jim Field Smith")
    # ('Christopher Hill (1912–2003)': a common first name and a word of places, dated by a life, is a man)
    ("not_name_shaped", lambda r, ctx: not _name_tokens_ok(r.tokens) and r.key not in ctx.subject_keys
     and not (len(r.tokens) == 2 and r.tokens[0] in common_given_names()
              and _life_dates_after(r.sentence.text, r.end - r.sentence.start))),
    ("part_of_thing_name", lambda r, ctx: not r.possessive and _thing_after(r.sentence.text, r.end - r.sentence.start)),
    # "King William's War", "Pontiac's Rebellion": the name of an event, not a mention of the man
    # "the RMS Queen Mary 2", "HMS Prince of Wales": a ship
    ("ship_name", lambda r, ctx: bool(r.title) and _SHIP_PREFIX.match(r.title[0] + " ") is not None
     or _SHIP_PREFIX.search(r.sentence.text, max(0, r.title_start - r.sentence.start - 6),
                            r.title_start - r.sentence.start) is not None),
    ("named_event", lambda r, ctx: _EVENT_AFTER_POSSESSIVE.match(r.sentence.text, r.end - r.sentence.start) is not None),
    # "albums, including ... Come Fly with Me (1958)", 'songs such as "Willow Weep for Me"': a title in a list of works
    ("listed_work", lambda r, ctx: _listed_work(r.sentence.text, r.title_start - r.sentence.start, r.end - r.sentence.start)),
    # "Scarlet Dawn, a 1932 Pre-Code American romantic drama starring ...": a work's title
    ("work_appositive", lambda r, ctx: _WORK_APPOSITIVE.match(r.sentence.text, r.end - r.sentence.start) is not None),
    # 'released the hit song "Sacré Charlemagne"': a work's title in quotation marks, no person
    ("quoted_work_title", lambda r, ctx: _QUOTED_WORK_BEFORE.search(
        r.sentence.text, max(0, r.title_start - r.sentence.start - 12), r.title_start - r.sentence.start) is not None),
    # 'Coldplay bassist Guy Berryman', 'Microsoft founder Bill Gates': a band's or a firm's name before a role
    ("before_a_role", lambda r, ctx: not r.possessive and _role_after(r.sentence.text, r.end - r.sentence.start)),
    # 'played for the St. Louis Cardinals (1974–79), San Diego Padres (1980) ...': teams
    ("team_played_for", lambda r, ctx: not r.title and _plural_word(r.tokens[-1]) and _PLAYED_FOR.search(
        r.sentence.text, 0, r.title_start - r.sentence.start) is not None),
    # 'one of the protagonists of Possessions, Stephanie Delacour': a character of a story
    ("character", lambda r, ctx: _CHARACTER_BEFORE.search(r.sentence.text, max(0, r.title_start - r.sentence.start - 100),
                                                          r.title_start - r.sentence.start) is not None
     or _CHARACTER_AFTER.match(r.sentence.text, r.end - r.sentence.start) is not None),
    # 'the White House Conference on Civil Rights': the rest of an institution's name
    ("after_institution", lambda r, ctx: not r.title and _institution_before(r.sentence.text, r.title_start - r.sentence.start)),
    ("single_word_place", lambda r, ctx: _single(r) and (r.key in country_names() or r.key in ctx.places and r.title)),
    # 'Stockholm-born', 'London-based': a place made a modifier ('the Juan Brandt-led coup' keeps its man)
    ("place_modifier", lambda r, ctx: _PLACE_COMPOUND_AFTER.match(r.sentence.text, r.end - r.sentence.start) is not None),
    ("country_name", lambda r, ctx: not _single(r) and not r.title and r.key in country_names()),  # 'Sierra Leone'
    # 'Statistics Canada', 'Radio France': a country's name after a word that is no given name ('Anatole France' is a man)
    ("body_of_a_country", lambda r, ctx: not _single(r) and not r.title and fold(r.tokens[-1]) in country_names()
     and not _given_name(r.tokens[0]) and not re.fullmatch(r"(?:[A-Z]\.)+", r.tokens[0])
     and not (len(r.tokens) >= 4 and r.tokens[-2] == "of" and (_ruler_number(r.tokens[-3]) or r.tokens[-3] in ("V", "X")))),
    # 'Ballads of a Cheechako': one word after 'a' is a kind of thing or person, not a name
    ("single_word_after_a", lambda r, ctx: _single(r) and not r.title and _A_BEFORE.search(
        r.sentence.text, max(0, r.title_start - r.sentence.start - 4), r.title_start - r.sentence.start) is not None),
    # 'Queen West' is a street; 'Lord North' is a man
    ("ordinal", lambda r, ctx: _single(r) and not r.title and r.key in vocab.ORDINAL_WORDS),
    # 'a viewing point known as Ola Narr', 'the square called Torget': a place's name, by the thing it names
    ("named_thing", lambda r, ctx: not r.title and _thing_named_before(r.sentence.text, r.title_start - r.sentence.start)),
    ("single_non_name_word", lambda r, ctx: _single(r) and r.key in NON_NAME_WORDS
     and not (r.title and fold(r.title[-1]) in PEERAGE_TITLES)),
    ("place", lambda r, ctx: not _single(r) and r.key in ctx.places and r.key not in ctx.infobox
     and r.key not in ctx.subject_keys),
    ("team", _is_team),
    ("address", lambda r, ctx: any(re.search(r"\d", t) for t in r.title)),  # 'KM2 Jalan Sultan Iskandar'
    # 'Diakonoff, Igor M. et al. 1993': an inverted name of a citation, cut at its initial
    ("inverted_citation", lambda r, ctx: len(r.tokens) >= 2 and re.fullmatch(r"[A-Z]\.", r.tokens[-1]) is not None
     and _INVERTED_BEFORE.search(r.sentence.text, max(0, r.start - r.sentence.start - 40), r.start - r.sentence.start) is not None),
    # 'in his Grundriss der Sprachwissenschaft': what someone owns or wrote, not a person
    ("after_possessive", lambda r, ctx: not r.title and _POSSESSIVE_BEFORE.search(
        r.sentence.text, max(0, r.start - r.sentence.start - 8), r.start - r.sentence.start) is not None),
    # 'directed Shirley Temple in Heidi (1937)': one word dated in brackets is a work
    ("dated_work", lambda r, ctx: _single(r) and not r.title and not r.possessive
     and _DATED_AFTER.match(r.sentence.text, r.end - r.sentence.start) is not None
     and _WORK_CUE_BEFORE.search(r.sentence.text, max(0, r.start - r.sentence.start - 10), r.start - r.sentence.start) is not None),
    # 'Roman Catholicism', 'Neo Platonism': a doctrine, however name-shaped its first word
    ("doctrine_word", lambda r, ctx: len(r.tokens[-1]) > 5 and r.tokens[-1].endswith("ism")),
    # 'the Syndic General', 'Attorney General': an office named with 'General' after it
    ("office_name", lambda r, ctx: len(r.tokens) == 2 and r.tokens[1] == "General" and not _given_name(r.tokens[0])),
    # 'Barbara Goldsmith, Obsessive Genius: The Inner World of ...': a work's title before its subtitle
    ("title_before_subtitle", lambda r, ctx: _SUBTITLE_AFTER.match(r.sentence.text, r.end - r.sentence.start) is not None),
    # 'the Mann–Whitney U test', 'a Hertzsprung–Russell diagram': two names joined by a dash name a thing
    ("eponym_pair", lambda r, ctx: _EPONYM_DASH_AFTER.match(r.sentence.text, r.end - r.sentence.start) is not None
     or _EPONYM_DASH_BEFORE.search(r.sentence.text, max(0, r.start - r.sentence.start - 30),
                                   r.start - r.sentence.start) is not None),
]

_SUBTITLE_AFTER = re.compile(r":\s+(?:The|A|An)\s+[A-Z]")
_EPONYM_DASH_AFTER = re.compile(r"[–—][A-Z]")
_EPONYM_DASH_BEFORE = re.compile(r"[A-Z][\w'’]+[–—]$")

_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def _the_before(r: Run) -> bool:
    text, pos = r.sentence.text, r.title_start - r.sentence.start
    return bool(_THE_BEFORE.search(text, max(0, _space_before(text, pos) - 3), pos))


# Evidence that the words look like a name, but not that the text speaks of a person.
_NAME_ONLY = {"title", "common_given", "listed"}

# A bare name does not take an article: 'the Encyclopædia Britannica'.
DROP_AFTER_EVIDENCE: list[tuple[str, object]] = [
    # 'Confederación General del Trabajo': a particle opens no name ('General' taken for a title)
    ("particle_first", lambda r, found, ctx: r.tokens[0] in PARTICLES and len(r.tokens) <= 2 and "citation" not in found),
    # 'in Ptolemy' made the word a place; only evidence that names a person outweighs that
    ("single_word_place", lambda r, found, ctx: _single(r) and r.key in ctx.places
     and not found & {"list_role", "life_dates", "citation", "reflexive", "born"}),
    # ('the Mona Lisa': a given name's look is no evidence after "the", unless the name leads a word:
    # 'the Juan Brandt-led coup'; 'the Emperor Charles' has a title)
    ("bare_name_after_the", lambda r, found, ctx: not found & (
        STRONG if r.sentence.text[r.end - r.sentence.start:r.end - r.sentence.start + 1] == "-"
        else STRONG - {"common_given"})
     and _the_before(r)),
    # '_Mother Jones_ remarked': an italic name is a work or a periodical unless the text gives it a role
    ("italic_title", lambda r, found, ctx: not found & (STRONG - _NAME_ONLY) and ctx.italic(r.title_start, r.end)),
    # 'Yoseikan Aikido', 'Anno Domini': Japanese-shaped words name a person only in an article on
    # Japan, and not when the article writes one of them as a common word ('aikido')
    ("romaji_not_a_name", lambda r, found, ctx: "romaji" in found and not found & (NAME_SHAPED - {"romaji"})
     and (not ctx.about_japan() or any(ctx.writes_in_lower_case(fold(t)) for t in r.tokens))),
    # 'the climate of coastal Nova Scotia in Canada': a name shaped like a person's and no more, then
    # the country it lies in, is a place
    ("place_in_country", lambda r, found, ctx: not _single(r) and not found & (STRONG - {"common_given"})
     and _PLACE_WORD_BEFORE.search(r.sentence.text, max(0, r.title_start - r.sentence.start - 20),
                                   r.title_start - r.sentence.start) is not None
     and _in_country_after(r.sentence.text, r.end - r.sentence.start)),
    # 'Directorate of Military Intelligence (abbreviated as "Aman")' ... 'Aman predicted war': the body
    ("abbreviated_body", lambda r, found, ctx: _single(r) and ctx.abbreviation(r.key)),
    # 'D. C. Thomson & Co.', 'Smith & Sons': the name of a firm
    ("firm_name", lambda r, found, ctx: _FIRM_AFTER.match(r.sentence.text, r.end - r.sentence.start) is not None
     or _FIRM_BEFORE.search(r.sentence.text, max(0, r.title_start - r.sentence.start - 60),
                            r.title_start - r.sentence.start) is not None),
]
# ('coastal', 'northern', 'across': words before a place; 'met John Smith in Canada' keeps him)
_PLACE_WORD_BEFORE = re.compile(r"\b(?:[a-z]+(?:al|ern)|across|throughout|near|from|of)\s+$")
_IN_NAME_AFTER = re.compile(r"\s+in\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")


def _in_country_after(text: str, end: int) -> bool:
    m = _IN_NAME_AFTER.match(text, end)
    return m is not None and fold(re.sub(r"^the\s+", "", m.group(1))) in country_names()


# "the law firm Verner, Liipfert, and Bernhard", "the advertising agency J. Walter Thompson"
_FIRM_BEFORE = re.compile(r"\b(?:law|accounting|advertising|architecture|architectural|consulting|investment|"
                          r"engineering|brokerage|record|publishing|talent)\s+(?:firm|company|agency|label|house|"
                          r"practice|partnership)\s*(?:of\s+)?(?:(?:[A-Z][\w.'’&-]*\s*,?\s*(?:and\s+)?)+)?$")
_FIRM_AFTER = re.compile(r"\s*&\s*(?:Co\b|Sons\b|Company\b|Partners\b|Associates\b)|"
                         r"\s*\((?:Pty|Pvt)\.?\)|,?\s+(?:Ltd|Limited|Inc|LLC|plc|GmbH|Pty)\b")

# One word is a person with a title that names people, or with evidence that only a person has:
# a role ('the Greek mathematician Euclid'), a list of people it belongs to, life dates, a cited
# year ('Sabra (1978)'), a birth ('Cedella, born 1967').
# a single work, then what it is about, then its maker
_WORK_THEN_BY = re.compile(r"\b(?:book|schoolbook|textbook|treatise|poem|novel|essay|play|opera|symphony|painting|"
                           r"portrait|biography|memoir|dictionary|grammar|manual|chronicle|translation|sonnet|"
                           r"song|hymn)\b[^,;.()\"“”]{0,40}?\bby\s+$")
_WORKS_BY = re.compile(r"\b(?:portraits|paintings|drawings|sculptures|etchings|prints|poems|novels|essays|"
                       r"sonatas|symphonies|operas|compositions)\s+by\s+$")
MONONYM_EVIDENCE = {"reign", "bare_role", "kin", "famous", "maker", "possessor", "reflexive", "person_verb", "role_before_determined", "appositive_after", "who_role", "list_role", "life_dates",
                    "citation", "born", "born_to", "relation_bracket", "predicate", "appointed"}

ACCEPT_RULES: list[tuple[str, object]] = [
    ("titled_single_word", lambda r, found: _single(r) and _titled(r) and not _plural_of_body(r.tokens[0])),
    ("mononym_with_evidence", lambda r, found: _single(r) and not r.title and bool(found & MONONYM_EVIDENCE)
     and not _in_quotation(r)),
    ("evidence", lambda r, found: not _single(r) and _is_person(found)),
]


_MAIDEN_AFTER = re.compile(r"\s*\((?:née|nee|born)\s+([A-Z][\w'’-]+)\s*[;,)]")
_KIN_PAIR_BEFORE = re.compile(r"\b(?:brothers|sisters|twins|siblings|parents|cousins|couple|[Bb]orn\s+to|"
                              r"(?:sons?|daughters?|child|children)\s+of)\s+(?:the\s+)?$")


def _share_surname(same: list[Run], explain: list | None) -> None:
    """'brothers Carlton and Aston Barrett', 'the son of Dr. John and Abigail Johnston': two people, one surname."""
    same.sort(key=lambda o: o.start)
    for r in same:
        if len(r.tokens) == 1 and _given_name(r.tokens[0]):
            # "to Louise (née Porsche; Ferdinand's daughter)": her name is Louise Porsche
            m = _MAIDEN_AFTER.match(r.sentence.text, r.end - r.sentence.start)
            if m:
                r.tokens = r.tokens + [m.group(1)]
                _note(explain, r, "extend", "maiden_name")
    for r, r2 in zip(same, same[1:]):
        text, s0 = r.sentence.text, r.sentence.start
        if len(r.tokens) != 1 or text[r.end - s0:r2.title_start - s0] != " and ":
            continue  # (the cheap tests first)
        plain = [t for t in r2.tokens if t[0] not in "\"“"]
        if len(plain) < 2 or not (_given_name(r.tokens[0]) or _given_name(plain[0])):
            continue  # (one of the two given names known is enough after the word for kin)
        if _KIN_PAIR_BEFORE.search(text[max(0, r.title_start - s0 - 40):r.title_start - s0]):
            r.tokens = r.tokens + [plain[-1]]
            _note(explain, r, "extend", "shared_surname")


_LOWER_WORD = re.compile(r"[a-z][a-z]+")


def _writes_word(text: str, word: str) -> bool:
    """Does ``word`` stand in ``text`` as a whole word (no letter, digit, '_', apostrophe or hyphen on either side)?"""
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_'’-")) \
                and (j == len(text) or not (text[j].isalnum() or text[j] in "_'’-")):
            return True
        i = text.find(word, i + 1)
    return False


_NICKNAMED_BEFORE = re.compile(r"\bnicknamed\s+[\"“]?$")  # 'Maria Anna Mozart (1751–1829), nicknamed "Nannerl"'
_SUBJECT_NAME_CUE = re.compile(r"(?:\b(?:baptised|baptized|christened)\s+(?:as\s+)?|\b(?:his|her)\s+(?:[a-z]+\s+){0,2}name\b"
                               r"[^.;]{0,50}?\bas\s+|\bcalled\s+(?:himself|herself)\s+)[\"“]?$")
_ALIAS_BEFORE = re.compile(r"\b(?:under the (?:alias|name|pseudonym)|pseudonym|stage name|pen name)\s+$")


def _married_name(r: Person, people: list[Person], subject: Person | None, doc: Document) -> Person | None:
    """'Rita X' in the biography of Bob X, who married 'Rita Y': the married name of a person already known."""
    if subject is None or r is subject or len(r.tokens) != 2 or fold(r.tokens[1]) != subject.surname:
        return None
    same = [p for p in _named_part_of(people, fold(r.tokens[0])) if p is not subject and p is not r
            and p.surname != subject.surname]
    if len(same) != 1:
        return None
    # 'married Rita Y', or the name written with both family names ('Hillary Rodham Clinton')
    both = " ".join(same[0].tokens) + " " + r.tokens[1]
    if not (both in doc.text or any(re.search(r"\bmarried\s+" + re.escape(form), doc.text)
                                    for form in same[0].forms.values())):
        return None
    return same[0]


_NEXT_WORD = re.compile(r"\s*([(,]|['’]s?|\w+)")
_MONONYM_NEXT = {"'s", "’s", "'", "’", "who", "whose", "whom", "himself", "herself", "born", "was", "became", "becomes", "served", "serves",
                 "later", "also", "first", "then", "further", "even", "once", "believed", "argued", "proved", "showed",
                 "thought", "assumed", "suggested", "proposed", "theorised", "theorized", "conjectured",
                 "demonstrated", "hypothesised", "hypothesized", "realized", "realised", "remarked", "wrote",
                 "discovered", "married", "died", "argues", "suggests", "notes", "comments", "observes", "remarks",
                 "concludes", "writes", "believes", "proposes", "contends", "maintains"}
_AFTER_COMMA = {"a", "an", "the", "who", "whose", "whom", "his", "her", "their", "former", "then", "later", "now",
                "once", "also", "born", "himself", "herself", "alias", "aka"}
_MONONYM_LAST = {"as", "like", "including", "namely", "to", "by", "appointed", "named", "nominated", "elected",
                 "made", "chose", "hired", "promoted", "were", "are", "include", "included", "called"}


# The author of a species' name: "O. a. aethiopicus Sundevall, 1843", "Orycteropus afer (Pallas, 1766)".
_TAXON_BEFORE = re.compile(r"(?:\b[A-Z]\.\s+(?:[a-z]\.\s+)?[a-z]{3,}\s+\(?|\b[A-Z][a-z]+\s+[a-z]{3,}(?:\s+[a-z]{3,})?\s+\()$")
_TAXON_AFTER = re.compile(r",\s*(?:1[6-9]|20)\d\d\b\)?")


def _taxon_author(text: str, start: int, end: int) -> bool:
    return bool(text[end:end + 1] == "," and _TAXON_AFTER.match(text, end)
                and _TAXON_BEFORE.search(text, max(0, start - 60), start))


# People known the world over by one name ("Mozart", "Plato", "Kafka"): a general list, like that
# of given names, of names that are seldom anything else
FAMOUS_MONONYMS = frozenset(fold(n) for n in _DATA["famous_mononyms"]) | frozenset(_DATA["famous_mononyms"])
_PLACE_BEFORE_FAMOUS = re.compile(r"\b(?:in|at|near|from|into|(?:moved|went|returned|travell?ed|sailed|came|road) to|"
                                  r"(?:town|city|village|county|district|parish|port|suburb) of)\s+$")


def _famous_mononym(r: Run) -> bool:
    """One word that names one famous person, not where a place would stand ("in Newton")."""
    if len(r.tokens) != 1 or r.tokens[0].lower() not in FAMOUS_MONONYMS and fold(r.tokens[0]) not in FAMOUS_MONONYMS:
        return False
    text, at = r.sentence.text, r.end - r.sentence.start
    before = text[max(0, r.title_start - r.sentence.start - 20):r.title_start - r.sentence.start]
    return not _PLACE_BEFORE_FAMOUS.search(before) and not _NAMED_THING_AFTER.match(text, at)


# "Pythagoras' Theorem", "Wagner Group", "Wagner contractors": a thing named after the person
_NAMED_THING_AFTER = re.compile(r"(?:['’]s?)?\s+(?:[A-Z][a-z]+|group|contractors|mercenaries|fighters|forces)\b"
                                r"|\s+(?:study|studies|effect|experiment|experiments|test|plant|prize|award|medal|"
                                r"lecture|theorem|law|equation|principle|paradox|distribution|method|scale|index|"
                                r"coefficient|school|college|university|society|street|avenue|square|building|"
                                r"hall|park|bridge|station|airport|crater|glacier|island|river)\b")


def _may_be_mononym(text: str, start: int, end: int) -> bool:
    """A cheap look at the words around one word: can any evidence of a person be there?"""
    if _taxon_author(text, start, end):
        return True
    after = _NEXT_WORD.match(text, end)
    if after and (after.group(1) == "(" or after.group(1).lower() in _MONONYM_NEXT):
        return True
    if " other " in text[end:end + 200] and _list_role_after(text, end, start):
        return True  # 'Ingres, Ménageot and other French artists'
    if after and after.group(1) == ",":  # ', a Persian from ...', ', who ...', ', born 1970', ', himself'
        then = _NEXT_WORD.match(text, after.end())
        if then and (then.group(1).lower() in _AFTER_COMMA or then.group(1).lower() in TITLES
                     or _role_noun(then.group(1).lower())):
            return True  # 'Francis, Duke of Teck'
    before = text[max(0, start - 40):start].rstrip()
    if before.endswith(("(", ":")):
        return True  # 'Li Bai (Li Po)': another name in brackets; 'two sons: X and Y'
    words = before.rsplit(None, 1)
    last = words[-1].lower() if words else ""
    if last.endswith(",") and (_KIN_BEFORE.search(text, max(0, start - 70), start)
                               or _KIN_GROUP_BEFORE.search(text, max(0, start - 40), start)):
        return True  # 'one older sister, Veronika,', 'Two Shawnee brothers, Tecumseh and ...'
    return last in _MONONYM_LAST or _role_noun(last) or _role_noun(last.rstrip("s")) \
        or last == "of" and _REIGN_OF.search(before + " ") is not None


@lru_cache(maxsize=64)
def _quote_marks(text: str) -> dict[str, list[int]]:
    """Offsets of the quotation marks of a sentence, by mark (read once per sentence)."""
    out: dict[str, list[int]] = {'"': [], "“": [], "”": []}
    for m in re.finditer(r'["“”]', text):
        out[m.group()].append(m.start())
    return out


def _in_quotation(r: Run) -> bool:
    """Is the run inside quoted speech ('darling Mama, who ...' is an address, not a name)?"""
    text = r.sentence.text
    marks = _quote_marks(text)
    pos = r.title_start - r.sentence.start
    straight, left, right = (bisect_left(marks[q], pos) for q in ('"', "“", "”"))
    opened = straight % 2 == 1 or left > right
    return opened or (not straight and not left and text.rstrip().endswith(('"', "”")))


def _note(explain: list | None, r: Run | None, action: str, rule: str, evidence: set[str] = frozenset()) -> None:
    """Record which rule took or dropped a candidate (and on what evidence), for an explain view."""
    if explain is not None and r is not None:
        explain.append({"sentence": r.sentence.index, "name": r.text, "action": action, "rule": rule,
                        "evidence": sorted(evidence)})


def _add_alias(people: list[Person], person: Person, r: Run, accepted: dict[int, Person]) -> None:
    """Another name of ``person``; when that name already stands for someone, the two are one."""
    other = next((q for q in people if q is not person and r.key in q.forms and r.key not in q.aliases), None)
    if other is not None:
        _merge(people, other, person, accepted)
        return
    person.forms.setdefault(r.key, r.text)
    person.aliases.add(r.key)


def _merge(people: list[Person], keep: Person, gone: Person, accepted: dict[int, Person]) -> None:
    """Fold ``gone`` into ``keep``: the form seen first stays the name."""
    for key, form in gone.forms.items():
        keep.forms.setdefault(key, form)
    keep.aliases |= gone.aliases
    keep.roles.extend(gone.roles)
    keep.evidence |= gone.evidence
    keep.titles.extend(gone.titles)
    for rid, owner in list(accepted.items()):
        if owner is gone:
            accepted[rid] = keep
    if gone in people:
        people.remove(gone)


# 'the Battle of X', 'the University of the X': the run is the end of the name of a thing
_OF_NAME_BEFORE = re.compile(r"[A-Z][\w'’\-]*\s+of\s+(?:the\s+)?$")


def extract(doc: Document, explain: list | None = None) -> list[Fact]:
    """Find the people named in the body: one Fact per person, at its first mention.

    ``explain``: a list that receives, per candidate name, the rule that took or dropped it.
    """
    runs = [r for s in doc.sentences for r in find_runs(s)]
    infobox = _infobox_names(doc)
    subjects = _subject_names(doc)
    subject_keys = {fold(" ".join(t)) for t in subjects}
    # ('Pope Pius XI' is the article's title, 'Pius XI' the name the text gives him)
    subject_keys |= {fold(" ".join(t[1:])) for t in subjects if len(t) >= 3 and fold(t[0]) in vocab.titles()}
    places = _places(doc, runs)

    # Pass 1: evidence per run; accepted names become people.
    people: list[Person] = []
    accepted: dict[int, Person] = {}  # id(run) -> person
    list_roles: dict[int, str] = {}
    weak_runs: list[tuple[Run, int, list[tuple[str, int]]]] = []
    evidence_of: dict[str, set[str]] = {}  # a name of two words or more -> the evidence of all its waiting mentions
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
        pos = r.title_start - s0
        part_of_name = _ends_with_word(text, pos, ("of", "the")) \
            and _OF_NAME_BEFORE.search(text, max(0, pos - 160), pos)
        if len(r.tokens) >= 3 and not r.title and _demonym(r.tokens[0]) and _name_tokens_ok(r.tokens[1:]):
            # 'Cuban Arnaldo Tamayo Méndez': a nationality before the name (checked as evidence later)
            cut = text.find(r.tokens[1], r.start - s0 + len(r.tokens[0]))
            r = Run(r.sentence, s0 + cut, r.end, r.tokens[1:], [], s0 + cut, r.possessive, suffix=r.suffix)
        if len(r.tokens) >= 3 and fold(r.tokens[-1]) in country_names() and _name_tokens_ok(r.tokens[:-1]) \
                and _given_name(r.tokens[0]):
            # 'under President Robert Mugabe Zimbabwe's ties with the West soured': a comma left out
            cut = text.rfind(" " + r.tokens[-1], 0, r.end - s0)
            r = Run(r.sentence, r.start, s0 + cut, r.tokens[:-1], r.title, r.title_start)
        # 'the king of Babylon Kashtiliash III': the place of the office, then the king
        regnal_after_place = len(r.tokens) >= 3 and not r.title and _ends_with_word(text, pos, ("of",)) \
            and _REGNAL_NUMBER.fullmatch(r.tokens[-1]) is not None
        if part_of_name or regnal_after_place or not _name_tokens_ok(r.tokens):
            tail = _tail_run(r)
            head = r.tokens[:-2]
            if tail is not None and _name_tokens_ok(tail.tokens) and _role_chain_before(text, tail.start - s0) \
                    and (_given_name(tail.tokens[0]) or _SURNAME_SUFFIX.search(tail.tokens[-1])
                         or _regnal_name(tail) or any(sum(c.isupper() for c in t) >= 2 for t in head)):
                r = tail
            elif part_of_name and not r.title:
                continue
        candidates.append(r)
    runs_by_sentence: dict[int, list[Run]] = {}
    for r in candidates:
        runs_by_sentence.setdefault(r.sentence.index, []).append(r)
    position: dict[int, int] = {}  # id(run) -> its place in its sentence's runs (in text order)
    groups: dict[int, list[Run]] = {}  # id(run) -> the comma/'and' list of runs it is an item of
    for same in runs_by_sentence.values():
        _share_surname(same, explain)
        position.update((id(o), i) for i, o in enumerate(same))
        groups.update(_list_groups(same))

    ctx = _Context(infobox, subject_keys, places, doc)
    for r in candidates:
        text, s0 = r.sentence.text, r.sentence.start
        single = _single(r)
        nicknamed = single and _NICKNAMED_BEFORE.search(text, max(0, r.title_start - s0 - 16), r.title_start - s0) is not None
        cue = not single or bool(r.title) or _famous_mononym(r) or _may_be_mononym(text, r.title_start - s0, r.end - s0) \
            or nicknamed
        if not cue and not (_next_to_list_word(text, r.title_start - s0, r.end - s0)
                            and _true_list(groups[id(r)])):
            _note(explain, r, "drop", "single_word_without_evidence")  # (most one-word runs are places)
            continue
        if nicknamed:
            alias_of = _alias_of(r, accepted, runs_by_sentence[r.sentence.index], people, position[id(r)])
            if alias_of is not None:  # 'Maria Anna Mozart (1751–1829), nicknamed "Nannerl"'
                _note(explain, r, "alias", "nickname")
                _add_alias(people, alias_of, r, accepted)
                continue
        dropped = next((name for name, rule in DROP_RULES if rule(r, ctx)), None)
        if dropped:
            _note(explain, r, "drop", dropped)
            continue
        alias = _ends_with_word(text, r.title_start - s0, ("alias", "name", "pseudonym")) \
            and _ALIAS_BEFORE.search(text[max(0, r.title_start - s0 - 40):r.title_start - s0])
        subject_person = alias and next((p for p in people if any(k in subject_keys for k in p.forms)), None)
        if subject_person:
            _note(explain, r, "alias", "alias_of_subject")  # 'worked under the alias Donald X'
            subject_person.forms.setdefault(r.key, r.text)
            accepted[id(r)] = subject_person
            continue
        lead_person = r.sentence.index == 0 and not single and _in_lead_aside(r) \
            and next((p for p in people if any(k in subject_keys for k in p.forms)), None)
        if lead_person:
            # 'Sergei Korolev (..., also transliterated as Sergey Korolyov; Ukrainian: Serhii Korolov; ...)':
            # the subject's other spellings
            _note(explain, r, "alias", "alias_in_lead_aside")
            _add_alias(people, lead_person, r, accepted)
            continue
        alias_of = _alias_of(r, accepted, runs_by_sentence[r.sentence.index], people, position[id(r)])
        if alias_of is not None:  # 'Li Bai (Li Po)': another name of a person just named
            _note(explain, r, "alias", "alias_in_brackets")
            _add_alias(people, alias_of, r, accepted)
            continue
        if not cue:
            found, roles = set(), []  # only a list can make it a person
        else:
            found, roles = _evidence(r, infobox, subject_keys)
        dropped = next((name for name, rule in DROP_AFTER_EVIDENCE if rule(r, found, ctx)), None)
        if dropped:
            _note(explain, r, "drop", dropped)
            continue
        lr = _list_role_before(text, r.title_start - s0)
        if lr:
            list_roles[id(r)] = lr
        taken = next((name for name, rule in ACCEPT_RULES if rule(r, found)), None)
        if taken == "mononym_with_evidence" and _common_word(r, ctx):
            _note(explain, r, "drop", "single_common_word")  # 'Interpolation suggested that ...'
            continue
        if taken == "mononym_with_evidence" and len(_named_part_of(people, r.key)) > 1 \
                and not any(any(k in subject_keys for k in p.forms) for p in _named_part_of(people, r.key)):
            _note(explain, r, "drop", "ambiguous_part_of_names")  # 'Du' when two people named Du are known
            continue
        if taken:
            _note(explain, r, "take", taken, found)
            p = _add_person(people, r, subject_keys)
            p.roles.extend(roles)
            p.evidence |= found
            if r.title:
                p.titles.append(r.title)
            accepted[id(r)] = p
        elif not single or not r.title and _next_to_list_word(text, r.title_start - s0, r.end - s0) \
                and _true_list(groups[id(r)]) and not _common_word(r, ctx):
            # only a name-shaped run may join people it is listed with ('Sports Illustrated calls ...' may not)
            _note(explain, r, "wait", "weak_evidence")
            weak_runs.append((r, len(found & {"given", "initial"}), roles))
            if len(r.tokens) >= 2:
                evidence_of.setdefault(r.key, set()).update(found)
        else:
            _note(explain, r, "drop", "single_word_without_evidence")

    # Pass 2: names listed with people already known ('Bob Mann, Gene Derricotte, and Len Ford').
    # One word joins only a true list ('..., X and Y') holding someone known from their own evidence:
    # lists of one-word names ('Miryang and Yongsan') must not grow from each other.
    strong_ids = set(accepted)
    title_place = fold(doc.title.split(",")[0]) if not subjects else None
    # ('freed all jailed Bolsheviks and Trotsky': a party's members, which the text calls 'the Bolsheviks')
    plural_groups = set(re.findall(r"\bthe\s+([A-Z][a-z]+s)\b", doc.text))
    strong_forms = {k for p in people for k in p.forms if " " in k} | {p.surname for p in people if len(p.tokens) >= 2}
    # Each list and sentence is read once for the names in it that are known, not once per name in
    # it: id(list of runs) -> ids of its runs that are strong (for the whole pass) or known (per round).
    strong_in: dict[int, set[int]] = {}
    things: dict[int, bool] = {}  # id(list) -> is it a list of things?

    # A name that no one sentence proves, but its sentences together do: 'under the leadership of Enver
    # Hoxha' (an agent), '... with Enver Hoxha as prime minister' (a role), 'Enver Hoxha's dictatorship'.
    # A given name and a family name that the article also uses alone ('Andy Lonergan' ... 'the
    # injured Lonergan'): how people are written about, not places or teams ('Carlisle United').
    alone = {r.key for r in candidates if len(r.tokens) == 1 and not r.title and r.start > r.sentence.start}
    for r, _, roles in weak_runs:
        if len(r.tokens) == 2 and "given" in evidence_of.get(r.key, ()) and fold(r.tokens[1]) in alone \
                and fold(r.tokens[1]) not in ORG_WORDS and fold(r.tokens[1]) not in places and r.key not in places \
                and not ctx.writes_in_lower_case(r.tokens[1].lower()) \
                and not re.match(r"['’]s?\s+[A-Z]", r.sentence.text[r.end - r.sentence.start:]):
            # (not 'Roman Emperor' ... 'the emperor', nor 'Grace Women's Health Centre')
            evidence_of[r.key].add("family_name_alone")
        if len(r.tokens) >= 2 and r.key not in places and (
                _is_person(evidence_of.get(r.key, set()) - {"given"})
                or {"given", "family_name_alone"} <= evidence_of.get(r.key, set())):
            _note(explain, r, "take", "evidence_across_mentions", evidence_of[r.key])
            p = _add_person(people, r, subject_keys)
            p.roles.extend(roles)
            p.evidence |= evidence_of[r.key]
            accepted[id(r)] = p
    weak_runs = [w for w in weak_runs if id(w[0]) not in accepted]

    def others_in(ids: set[int], r: Run) -> bool:
        return len(ids) > (id(r) in ids)

    changed = True
    while changed:
        changed = False
        known = _known_forms(people)
        known_in: dict[int, set[int]] = {}

        def known_ids(runs: list[Run]) -> set[int]:
            ids = known_in.get(id(runs))
            if ids is None:
                ids = known_in[id(runs)] = {id(o) for o in runs if id(o) in accepted or o.key in known}
            return ids

        waiting = []
        for item in weak_runs:
            r, score, roles = item
            same = runs_by_sentence[r.sentence.index]
            group = groups[id(r)]
            if _single(r):
                if id(group) not in strong_in:
                    # (not the place the article is about: 'between Cincinnati and Dayton' where Jonathan
                    # Dayton is known is a list of towns)
                    strong_in[id(group)] = {id(o) for o in group if (id(o) in strong_ids or o.key in strong_forms)
                                            and not (_single(o) and o.key == title_place)}
                    things[id(group)] = _list_of_things(group)
                in_list = r.key not in places and _true_list(group) and not things[id(group)] \
                    and others_in(strong_in[id(group)], r) and r.tokens[0] not in plural_groups
            else:
                # a name among many list items that are not known people ('bands include BoomBox, Druha
                # Rika, Haydamaky, ... Taras Petrynenko, ...') is not one by the company it keeps; two
                # runs with a comma between are no list ('granted by Divine Right, Nicholas assumed')
                in_list = others_in(known_ids(group), r) and 3 * len(known_ids(group)) >= len(group) \
                    and (len(group) >= 3 or _true_list(group) or _LIST_GOES_ON_AFTER.match(
                        r.sentence.text, group[-1].end - r.sentence.start) is not None)
            # A name-shaped run in a sentence about a known person ('Ted Petoskey preceded Rifenburg').
            nearby = others_in(known_ids(same), r)
            # 'Rudyard Kipling' after 'Mr. Kipling': the family name of someone titled as a person.
            titled = any(len(p.tokens) == 1 and p.surname == fold(r.tokens[-1])
                         and not {fold(t[-1]) for t in p.titles} & REGNAL_TITLES for p in people)
            if _single(r) and not in_list or not (in_list or titled or (score and nearby and fold(r.tokens[0]) not in places
                                                                        and fold(r.tokens[0]) not in _PLACE_SAINTS)) \
                    or fold(r.tokens[-1]) in _OFFICE_LAST:  # ('Aman Chief, Aluf Eli Zeira, ...': an office)
                waiting.append(item)
                continue  # one word joins people only in a list of them ('Euclid, Ptolemy and Galen')
            alias_of = _alias_of(r, accepted, same, people, position[id(r)])
            if alias_of is not None:
                _add_alias(people, alias_of, r, accepted)
                continue
            _note(explain, r, "take", "listed_with_people" if in_list else "surname_of_titled" if titled else "near_known_person")
            p = _add_person(people, r, subject_keys)
            p.roles.extend(roles)
            for o in group:
                if id(o) in list_roles:
                    p.roles.append((list_roles[id(o)], r.sentence.index))
            accepted[id(r)] = p
            for runs in (group, same):
                if id(runs) in known_in:
                    known_in[id(runs)].add(id(r))
            changed = True
        weak_runs = waiting

    subject = next((p for p in people if any(k in p.forms for k in subject_keys)), None)
    if subject is not None:
        # "baptised as Johannes Chrysostomus Wolfgangus Theophilus Mozart", "gives his name in Latinized
        # form, as Joannes ...", 'called himself "Wolfgang Amadè Mozart"': the subject's other names
        for r in candidates:
            p = accepted.get(id(r))
            if p is not None and p is not subject and fold(p.tokens[-1]) == subject.surname \
                    and _SUBJECT_NAME_CUE.search(r.sentence.text, max(0, r.title_start - r.sentence.start - 70),
                                                 r.title_start - r.sentence.start):
                _merge(people, subject, p, accepted)
    for p in list(people):
        wife = _married_name(p, people, subject, doc)
        if wife is not None:  # 'Rita X' in the life of Bob X, who married Rita Y
            _merge(people, wife, p, accepted)
    for r in candidates:  # 'Maria Mendeleeva (née Kornilieva)' ... 'Maria Kornilieva': her maiden name
        p = accepted.get(id(r))
        m = _MAIDEN_AFTER.match(r.sentence.text, r.end - r.sentence.start) if p is not None and len(p.tokens) >= 2 else None
        if m:
            key = fold(p.tokens[0] + " " + m.group(1))
            other = next((q for q in people if q is not p and key in q.forms), None)
            if other is not None:
                _merge(people, p, other, accepted)

    # A titled surname seen before the full name ('President Trump' ... 'Donald Trump') joins it.
    for p in [p for p in people if len(p.tokens) == 1]:
        titles = {fold(t[-1]) for t in p.titles}
        full = [q for q in people if len(_plain(q.tokens)) >= 2 and q.surname == fold(p.tokens[0])]
        if not full and p.titles:  # 'General Campos' after 'General Arsenio Martínez-Campos': the last part
            full = [q for q in people if len(_plain(q.tokens)) >= 2 and "-" in q.surname  # of a double name
                    and q.surname.rsplit("-", 1)[1] == fold(p.tokens[0])]
        if not full and not p.titles:  # 'Rita' before 'Rita Anderson' is named in full
            full = _named_part_of(people, p.key_of_name)
        if titles & _MONARCH_TITLES:  # 'King Manuel', 'Dom Manuel': the one 'Manuel I' of the article
            full = [q for q in people if len(q.tokens) >= 2 and fold(q.tokens[0]) == p.key_of_name
                    and _ruler_number(q.tokens[1])]
            titles = set()
        if len(full) == 1 and not titles & REGNAL_TITLES:
            full[0].forms.update(p.forms)
            full[0].roles.extend(p.roles)
            for rid, owner in list(accepted.items()):
                if owner is p:
                    accepted[rid] = full[0]
            people.remove(p)

    # 'Buckingham' after 'George Villiers, the Duke of Buckingham': the place of a peer's title names him
    taken = {k for p in people for k in p.forms}
    for p in people:
        for place in sorted(_peer_places(p) - taken) if len(_plain(p.tokens)) >= 2 else ():
            p.forms[place] = next(r.rsplit(" ", 1)[-1] for r, _ in p.roles if fold(r).endswith(" " + place))
            taken.add(place)

    # Pass 3: every run that is a form of a known person is an occurrence of that person.
    subject = next((p for p in people if any(k in p.forms for k in subject_keys)), None)
    for p in list(people):
        if len(p.tokens) == 1:  # 'Caliph al-Hakim' before 'al-Hakim bi-Amr Allah'
            full = [q for q in people if len(q.tokens) >= 2 and _plain(q.tokens)[0] == p.key_of_name and _arabic_form(q.tokens)]
            if len(full) == 1:
                _merge(people, full[0], p, accepted)
    return _facts(doc, candidates, people, accepted, subject, places)


_ALIAS_BETWEEN = re.compile(r"(?:,?\s*\([^()]{1,40}\))?,?\s+(?:alias|a\.k\.a\.|aka|born|né|née|formerly|nicknamed)\s+[\"“]?")  # 'Marian Bailey, born Marian Kruse'
_BRACKET_BETWEEN = re.compile(r",?\s*\((?:[^():;]{1,30}:\s*|(?:later |also |better |formerly |originally )?"
                              r"(?:known as|called|born|né|née|nicknamed)\s+)?")
_BRACKET_END = re.compile(r"\s*[),;]")
_LIST_GOES_ON = re.compile(r",\s*[A-Z][\w'’-]*\s*(?:,|and\b)")  # "(Io, Europa, Ganymede and Callisto)": a list, no other name
# Neither pattern holds more than this many characters other than white space.
_BETWEEN_MAX_INK = 32


def _in_lead_aside(r: Run) -> bool:
    span = lead_aside_span(r.sentence.text)
    return span is not None and span[0] <= r.start - r.sentence.start and r.end - r.sentence.start <= span[1]


def _alias_of(run: Run, accepted: dict[int, Person], same: list[Run], people: list[Person],
              at: int) -> Person | None:
    """The person named just before, when this run stands in brackets after the name ('Li Bai (Li Po)').

    ``same``: the runs of the sentence in text order, ``run`` at index ``at``."""
    text, s0 = run.sentence.text, run.sentence.start
    bracket_end = bool(_BRACKET_END.match(text, run.end - s0)) and not _LIST_GOES_ON.match(text, run.end - s0)
    # Only a few words may stand between the two names: look back from the run and stop at the
    # first gap too long to match, so that a long sentence is not read once per name in it.
    near: list[Run] = []
    for k in range(at - 1, -1, -1):
        o = same[k]
        if o.end > run.start:
            continue
        between = text[o.end - s0:run.title_start - s0]
        if len(between) > _BETWEEN_MAX_INK and len("".join(between.split())) > _BETWEEN_MAX_INK:
            break  # (and every run further back is further away)
        if _ALIAS_BETWEEN.fullmatch(between):
            near.append(o)  # 'Jerome X, alias George Y'
        elif bracket_end and _BRACKET_BETWEEN.fullmatch(between):
            near.append(o)  # the whole bracket is the other name ('(Wade–Giles: Tu Fu)' has no name 'Wade')
    if _regnal_name(run) and _ends_with_word(text, run.title_start - s0, ("as",)):
        # 'King James VI of Scotland, to the English throne as James I of England': one king, two realms
        for k in range(at - 1, -1, -1):
            o = same[k]
            if o.end <= run.start and o.tokens[0] == run.tokens[0] and o.tokens[:2] != run.tokens[:2] \
                    and _regnal_name(o) and run.title_start - o.end <= 60 and "." not in text[o.end - s0:run.start - s0]:
                near.append(o)
                break
    for o in reversed(near):  # the first in the text wins
        if id(o) in accepted:
            return accepted[id(o)]
        for p in people:
            if o.key in p.forms:
                return p
    return None


def _named_part_of(people: list[Person], key: str) -> list[Person]:
    """People with several name words, one of which (a given name, a nickname) is ``key``."""
    return [p for p in people if len(p.tokens) >= 2 and (key in _plain(p.tokens)
                                                          or any(key in f.split() for f in p.forms if " " in f))]


def _known_forms(people: list[Person]) -> set[str]:
    out: set[str] = set()
    for p in people:
        out.update(p.forms)
        if len(_plain(p.tokens)) >= 2:
            out.add(p.surname)
            out |= _peer_places(p)  # 'Buckingham' for George Villiers, 'the Duke of Buckingham' (see _add_person)
    return out


# A sentence that names who plays a character in a work's plot (vocab.PLOT_HEADING).
# ("Character" alone heads a section on someone's temperament: "## Character" in a composer's life)
_CHARACTERS_HEADING = re.compile(r"^(?:(?:main|major|principal|central|other|minor|recurring|supporting)\s+"
                                 r"characters?|characters)\b", re.I)
_PLAYED_BY = re.compile(r"\b(?:played|portrayed|voiced)\s+by\b|\bstarring\b|\bactor\b|\bactress\b", re.I)


def _add_person(people: list[Person], run: Run, subject_keys: set[str] = frozenset()) -> Person:
    tokens = list(run.tokens)
    if len(tokens) == 1 and run.title and run.title[-1].lower() in PEERAGE_TITLES:
        tokens = [run.title[-1]] + tokens  # 'Lord North': the title is all the name there is
    key = fold(" ".join(tokens))
    for p in people:
        if key in p.forms or _same_person(p.tokens, tokens):
            p.forms[key] = " ".join(tokens)
            if len(_plain(tokens)) > len(_plain(p.tokens)) and key not in p.aliases and not _realm_of(tokens, p.tokens):
                p.tokens = tokens  # (not a birth name or another alias: 'born William Jefferson Blythe III')
            p.suffix = p.suffix or run.suffix
            return p
    if key in subject_keys:  # the article's title and its first words name one person ('Bob X', 'Robert Y X')
        for p in people:
            if any(k in subject_keys for k in p.forms):
                p.forms[key] = " ".join(tokens)
                return p
    if len(tokens) == 1 and run.title and fold(run.title[-1]) in ("pope", "king", "queen", "emperor", "empress", "tsar"):
        # 'Pope Benedict' after 'Pope Benedict XV': the one ruler of that name the article knows
        numbered = [p for p in people if len(p.tokens) == 2 and p.tokens[0] == tokens[0] and _ruler_number(p.tokens[1])]
        if len(numbered) == 1:
            numbered[0].forms[key] = tokens[0]
            return numbered[0]
    if len(tokens) >= 2 or run.title:
        # 'Maria Skłodowska': a short form of the subject's birth name, 'Maria Salomea Skłodowska';
        # 'Nuncio Ratti': the family name of that birth name, with a title
        for p in people:
            if any(k in subject_keys for k in p.forms) and any(
                    " " in f and (_same_person(f.split(), tokens) if len(tokens) >= 2 else fold(f.split()[-1]) == key)
                    for f in p.forms.values()):
                p.forms[key] = " ".join(tokens)
                return p
    if len(tokens) >= 2:  # 'Josepha Petrick': the first words of the subject's 'Josepha Petrick Kemarre'
        plain = _plain(tokens)
        for p in people:
            if len(p.tokens) > len(tokens) and _plain(p.tokens)[:len(plain)] == plain \
                    and any(k in subject_keys for k in p.forms):
                p.forms[key] = " ".join(tokens)
                return p
    initials = "".join(re.findall(r"[A-Z]", "".join(tokens[:-1]))) if len(tokens) >= 2 and all(
        re.fullmatch(r"(?:[A-Z]\.)+", t) for t in tokens[:-1]) else ""
    if initials:  # 'J.C. Bach' after 'Johann Christoph Bach': the one known person of those initials
        same = [p for p in people if any(
            len(f) == len(initials) + 1 and fold(f[-1]) == fold(tokens[-1]) and "".join(t[0] for t in f[:-1]) == initials
            for f in [p.tokens] + [v.split() for v in p.forms.values()])
            # ('Johann Christoph', a brother of the subject's family, written without it)
            or "".join(t[0] for t in p.tokens) == initials and all(_given_name(t) for t in p.tokens)
            and fold(tokens[-1]) in {o.surname for o in people if o is not p}]
        if len(same) == 1:
            same[0].forms[key] = " ".join(tokens)
            return same[0]
    if _shape(run.tokens) == "single" and not (run.title and fold(run.title[-1]) in REGNAL_TITLES):
        for p in people:  # the surname of someone already known
            if p.surname == run.key and len(_plain(p.tokens)) >= 2:
                p.forms[run.key] = run.text
                return p
        for p in people:  # 'Buckingham' after 'George Villiers, the Duke of Buckingham': his title's place
            if len(_plain(p.tokens)) >= 2 and run.key in _peer_places(p):
                p.forms[run.key] = run.text
                return p
        if not run.title:
            same = _named_part_of(people, run.key)
            if len(same) > 1:  # 'Du' in the life of Du Fu, whose family is also named: the subject
                same = [p for p in same if any(k in subject_keys for k in p.forms)] or same
            if len(same) == 1:  # 'Eliza' after 'Eliza Griffin', 'Ziggy' after 'David "Ziggy"'
                same[0].forms[run.key] = run.text
                return same[0]
        for p in people:  # 'al-Hakim' after 'Al-Hakim bi-Amr Allah': the first part of an Arabic name
            if len(p.tokens) >= 2 and fold(p.tokens[0]) == run.key and _arabic_form(p.tokens):
                p.forms[run.key] = run.text
                return p
    p = Person(forms={key: " ".join(tokens)}, tokens=tokens, suffix=run.suffix)
    people.append(p)
    return p


_PLURAL_INTRO = re.compile(r"\b([a-z][\w\-]*?)s(?:\s+\(?(?:such as|like|including)|\s*[:–—])\s+$")
_PLACE_INTRO = re.compile(r"\b(?:from|to|into|in|at|near|via|toward|towards|within|among|during|across)\s+$", re.I)


def _list_of_things(group: list[Run]) -> bool:
    """'noh plays such as X, Y and Z', 'the four names – X, Y and Z', 'from Semnan, and ...': a list of
    things, places or words, not of people."""
    first = group[0]
    text, pos = first.sentence.text, first.title_start - first.sentence.start
    m = _PLURAL_INTRO.search(text, max(0, pos - 160), pos)
    if m and not _role_noun(m.group(1)):
        return True
    if any(not _name_tokens_ok(o.tokens) for o in group):
        return True  # 'the Lee, Roberts, and Davis Chapter'
    return bool(_PLACE_INTRO.search(text, max(0, _space_before(text, pos) - 7), pos))


def _next_to_list_word(text: str, start: int, end: int) -> bool:
    """A comma, 'and' or 'or' right before or after the run: it may be an item of a list."""
    return text.startswith((",", " and ", " or ", " &"), end) or text.endswith((", ", " and ", " or ", "& "), 0, start)


def _true_list(group: list[Run]) -> bool:
    """Do the runs form a list that ends in 'and'/'or' ('Euclid, Ptolemy and Galen'), not a comma after a clause?"""
    if len(group) < 2:
        return False
    sent = group[-2].sentence
    gap = sent.text[group[-2].end - sent.start:group[-1].title_start - sent.start]
    return bool(re.search(r"\b(?:and|or)\s+$|&\s+$", gap))


_LIST_GOES_ON_AFTER = re.compile(r",?\s+(?:and|or)\b")  # '..., Thurgood Marshall, and representatives of ...'
# (a bracket may close an item only before a comma: 'Aripeka (Sam Jones), Micanopy, and Osceola')
_LIST_GAP = re.compile(r"(?:['’]s)?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)|\)\s*,\s*(?:and\s+|or\s+)?")


def _list_groups(same: list[Run]) -> dict[int, list[Run]]:
    """For each run of one sentence (``same``, in text order), the comma/'and' list of runs that it
    is an item of (itself alone if none); the items of one list share one list object."""
    out: dict[int, list[Run]] = {}
    group: list[Run] = []
    for o in same:
        if group:
            x, text, s0 = group[-1], o.sentence.text, o.sentence.start
            if not _LIST_GAP.fullmatch(text, x.end - s0, o.title_start - s0):
                group = []
        group.append(o)
        out[id(o)] = group
    return out


def _facts(doc: Document, runs: list[Run], people: list[Person], accepted: dict[int, Person],
           subject: Person | None, places: set[str] = frozenset()) -> list[Fact]:
    if not people:
        return []
    by_form: dict[str, list[Person]] = {}
    for p in people:
        for key in p.forms:
            by_form.setdefault(key, []).append(p)
        if len(_plain(p.tokens)) >= 2 and not (p.surname in places and len(p.tokens) >= 3
                                                and p.tokens[-2] in _PATRONYMIC_PARTICLES):
            # ('Raffaello Sanzio da Urbino': 'Urbino' alone is the town he is named after, not him)
            by_form.setdefault(p.surname, []).append(p)
    title_words = set(re.findall(r"\w+", fold(doc.title)))
    for p in people:
        given = fold(p.tokens[0]) if len(p.tokens) == 2 and _ruler_number(p.tokens[1]) else None
        if given and p is not subject and given not in title_words and not (subject is not None and (
                given in subject.forms or given == fold(subject.tokens[0]))) and all(
                len(o.tokens) == 2 and _ruler_number(o.tokens[1]) for o in people if fold(o.tokens[0]) == given):
            # a king's given name alone ('Charles appointed Laud'): the Charles named last in the part of
            # the article it stands in (Charles I, not his son Charles II of the lead); never where it is
            # the subject's own given name, or the title's ('Napoleon' in his life, beside Napoleon III;
            # 'Henry' in the article on Henry VIII, beside his father Henry VII), nor where someone else
            # bears it ('Frederick' of the Thirty Years' War is Frederick V of the Palatinate, not Frederick IV)
            by_form.setdefault(given, []).append(p)
    last_seen: dict[int, int] = {}
    last_part: dict[int, tuple[str, ...]] = {}  # the top-level section of each person's last mention
    for r in sorted(runs, key=lambda r: r.start):
        if id(r) in accepted:
            p = accepted[id(r)]
        else:
            cands = by_form.get(r.key, [])
            if not cands or _thing_after(r.sentence.text, r.end - r.sentence.start) and not r.possessive \
                    or _NUMBER_AFTER.match(r.sentence.text, r.end - r.sentence.start):  # 'Hill 209' is no Colonel Hill
                continue
            if r.title and fold(r.title[-1]) in REGNAL_TITLES:  # 'Prince George' is not Lloyd George
                cands = [c for c in cands if r.key in c.forms]
            if not cands:
                continue
            if len(cands) > 1 and subject in cands and r.key == subject.surname:
                p = subject  # in a biography the bare surname is its subject
            elif len(cands) > 1:
                seen = [c for c in cands if id(c) in last_seen]
                # ("Moore said of the pilot" in the section on writing: the developer named there, not
                # the actor of the cast list before it; with neither named in the section, no one)
                here = [c for c in seen if last_part.get(id(c)) == r.sentence.section[:1]]
                if not here:
                    continue
                p = max(here, key=lambda c: last_seen[id(c)])
            else:
                p = cands[0]
        last_seen[id(p)] = r.start
        last_part[id(p)] = r.sentence.section[:1]
        p.occurrences.append(r)

    facts = []
    for p in people:
        if not p.occurrences:
            continue
        if all(any(vocab.PLOT_HEADING.match(h) for h in r.sentence.section) for r in p.occurrences) \
                and not any(_PLAYED_BY.search(r.sentence.text) or doc.text[r.title_start - 1:r.title_start] == "("
                            for r in p.occurrences):  # ('Wallace (Percy Daggs III)': the actor in brackets)
            continue  # named only in a work's plot: a character, not a person
        if p is not subject and any(r.title_start == r.sentence.start and any(_CHARACTERS_HEADING.match(h) for h in r.sentence.section)
               for r in p.occurrences) and not any(_PLAYED_BY.search(r.sentence.text) for r in p.occurrences):
            continue  # an entry of a list of characters ("Dr George Abbershaw, a pathologist"): wherever named
        first = p.occurrences[0]
        mentions: list[str] = []
        for r in p.occurrences:
            surface = doc.text[r.start:r.end]
            if len(surface) > 2 and surface[0] in "\"“" and surface[-1] in "\"”":
                surface = surface[1:-1]  # ('nicknamed "Nannerl"': the name, not its quotation marks)
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
        if " " not in name:
            # 'Emperor Nintoku', 'Cardinal Tisserant', 'Captain Cook': known by one name, the title is
            # part of how the text names them (as 'Lord North')
            titled = [m for m in mentions if m.endswith(" " + name) and len(m.split()) == 2
                      and fold(m.split()[-2]) in _TITLE_IN_NAME]
            name = min(titled, key=len) if titled else name
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


_TITLE_IN_NAME = REGNAL_TITLES | TITLES | {"pope", "cardinal", "patriarch", "metropolitan", "saint", "st.", "archbishop", "bishop",
                                  "emperor", "empress", "king", "queen", "prince", "princess", "sultan", "shah"}


def _display_name(p: Person) -> str:
    """The fullest form, as the text spells it; peerage titles stay when no given name exists."""
    return p.name
