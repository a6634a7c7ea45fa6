"""How far a teacher could hand a question out as it stands: a score from 0 to 1, and the names of
the rules that lowered it.

Generation over-generates; these rules rank. Each rule is a name, a weight and a test; a
question's quality is the product of ``1 - weight`` over the rules it trips, and the names of
those rules are its ``quality_reasons``. A weight of 1 refuses the question outright (quality 0).
Worksheets, served quizzes and exports take the best-ranked questions (``quizgen.selection``);
``quizgen extract`` keeps every candidate with its score, so a teacher can see why one was
ranked down.

The rules read a question's :class:`Evidence`, which generation fills in: the fact asked about,
the sentence, where the blank is, how the distractors were found. They are grouped as the
questions fail on articles nobody tuned the rules on: not self-contained, not worth asking, a
blank that is not a fact, distractors a test-wise student beats, a key that may be wrong.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import Callable

from quizgen import context, formats, vocab
from quizgen.extract.dates import parse_date_text
from quizgen.extract.people import DEMONYMS
from quizgen.formats import fold as fold_text
from quizgen.model import Fact, Question, Sentence

BLANK = "________"


@dataclass
class Evidence:
    """What the quality rules know about a question beyond its JSON."""

    fact: Fact | None = None
    sentence: Sentence | None = None
    blank: tuple[int, int] | None = None  # the answer's span in the sentence's own coordinates
    unresolved: bool = False  # "the Act", "the city": a referent the prompt leaves open
    synthetic_distractors: int = 0  # multiple choice: options made up rather than taken from the article
    pattern_distractors: bool = False  # options a test-wise student can beat (see selection of distractors)
    family: int = 1  # sentences of the same shape in the article (daily reports, season lists)
    first_of_family: bool = True
    mentions: int = 1  # person questions: how often the article names the person
    has_role: bool = True  # person questions: the article gives the person a role
    extra: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Rule:
    name: str
    weight: float  # 1 refuses the question
    why: str
    test: Callable[[Question, Evidence], bool]
    # the fact kinds whose questions the test can trip (None: any); ``score`` runs a question
    # through its kind's rules only, most rules being about dates, people or figures alone
    kinds: frozenset[str] | None = None


def _sentence(ev: Evidence) -> str:
    return ev.sentence.text if ev.sentence is not None else ""


def _after_blank(ev: Evidence, width: int = 60) -> str:
    return _sentence(ev)[ev.blank[1]:ev.blank[1] + width] if ev.blank else ""


def _before_blank(ev: Evidence, width: int = 40) -> str:
    return _sentence(ev)[max(0, ev.blank[0] - width):ev.blank[0]] if ev.blank else ""


def _single_fact(q: Question) -> bool:
    return q.type in ("cloze", "short_answer", "multiple_choice", "true_false")


_BACK_SECTIONS = re.compile(
    r"^(?:references|notes|citations|sources|bibliography|further reading|external links|see also|"
    r"footnotes|works cited|explanatory notes|gallery|discography|filmography|selected works|works|"
    r"publications|honours|honors|awards(?: and honou?rs)?|in popular culture|popular culture|trivia|"
    r"in film|in fiction|in media|in literature|cultural references|roster|squad|personnel|track listing|"
    r"namesakes|eponyms|things named after \w+|in art and literature|"
    r"depictions in (?:modern |popular )?culture|in modern culture|in film and (?:television|literature)|"
    r"notable (?:people|persons|residents|natives|alumni|citizens|individuals)|famous (?:people|residents|natives)|"
    r"people from \w+|(?:notable )?people born in \w+)$", re.I)


def _in_back_matter(q: Question, ev: Evidence) -> bool:
    return ev.sentence is not None and _back_section(ev.sentence.section)


@lru_cache(maxsize=1024)  # an article has a few dozen sections and hundreds of questions
def _back_section(section: tuple[str, ...]) -> bool:
    return any(_BACK_SECTIONS.match(s.strip()) for s in section)


_CLOSES_CITATION = re.compile(r"\s*[a-z]?[),;:]")


# "the 100th anniversary", "the fiftieth anniversary", "the centenary": a count of years from a date
_ANNIVERSARY = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|[a-z]+th)[\s-]+anniversary\b|"
                          r"\b(?:centenary|bicentenary|centennial|bicentennial|jubilee)\b", re.I)


def _anniversary_year(q: Question, ev: Evidence) -> bool:
    """"On the 100th anniversary of Rand's birth in ____": a year worked out from another date, not recalled."""
    # (or the aside right after the blank: "in ____—the third centennial of the event—")
    return q.kind == "date" and bool(ev.blank) and bool(_ANNIVERSARY.search(_before_blank(ev, 90)) or re.match(
        r"\s*[—–(,-]\s*[^.;]{0,30}?(?:" + _ANNIVERSARY.pattern + ")", _after_blank(ev, 60), re.I))


def _cited_passage(q: Question, ev: Evidence) -> bool:
    """The blank is the line of a passage cited by canto ("(Paradiso, XVII, ____)"): a reference, no fact."""
    return "(" in q.prompt and any(BLANK in m.group(0) for m in context.CITED_PASSAGE.finditer(q.prompt))


def _citation_year(q: Question, ev: Evidence) -> bool:
    """A year in a citation: "Burton (2008)", "(Smith 1999)", "et al. 2004"."""
    if q.kind != "date" or not ev.blank:
        return False
    before, after = _before_blank(ev, 40), _after_blank(ev, 4)
    if re.match(r"\s*[a-z]?,\s*pp?\.\s*\d", _after_blank(ev, 12)):
        return True  # "(1935, p. 195)": the year of a page cited
    if not _CLOSES_CITATION.match(after):
        return False  # both forms below need it: most dates are spared the searches back
    name_then_paren = re.search(r"(?:[A-Z][\w'’-]+|et al\.?),?\s*\(\s*$", before) and re.match(r"\s*[a-z]?\)", after)
    paren_then_name = re.search(r"\(\s*[A-Z][\w'’-]+(?: (?:and|&) [A-Z][\w'’-]+| et al\.?)?,?\s+$", before) and re.match(
        r"\s*[a-z]?[),;:]", after)
    return bool(name_then_paren or paren_then_name)


# compiled once: the rules below run for every question of a bank
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|his|her|their|its)|\w['’]s)\s+$", re.I)  # ("Björk's ____ album")
_WORD_AFTER = re.compile(r"[-\s]+(?!of\b)[A-Za-z]")


def _attributive(q: Question, ev: Evidence) -> bool:
    """The blank is a modifier, not a fact: "a ____-pronged attack", "a ____ swell" (10 ft),
    "the ____ mission" (1968)."""
    if q.kind == "date" and ev.blank:
        return bool(_DETERMINER_BEFORE.search(_before_blank(ev, 10)) and _WORD_AFTER.match(_after_blank(ev, 4)))
    if q.kind != "figure" or not ev.blank or ev.fact is None:
        return False
    # "a suspended ____ month sentence": a number before a singular unit makes a compound adjective
    if re.match(r"\s*(?:month|year|day|week|hour|minute|second|mile|foot|metre|meter|kilometre|km|ton|tonne|"
                r"man|member|point|seat|storey|story|game|episode|round|ship|gun|inch|page|acre|gallon|pound)\b",
                _after_blank(ev, 12), re.I):
        return True
    text = ev.fact.text
    after = _after_blank(ev, 20)
    if after.startswith("-") or re.search(r"\w-\w+$", text) and not re.search(r"\d-\d", text):
        return True
    before = _before_blank(ev, 8)
    unit = re.search(r"\d\s*[^\d\s]", text) is not None
    return unit and bool(re.search(r"\b(?:a|an)\s+$", before, re.I)) and bool(re.match(r"\s+[a-z]", after))


def _items_listed(q: Question, ev: Evidence) -> bool:
    """A count whose items the sentence lists right after it gives itself away (or is trivial)."""
    if q.kind != "figure" or not ev.blank:
        return False
    after = _after_blank(ev, 90)
    m = re.match(r"[^.;:()—–]{0,40}?(?::|\s[—–]\s|\((?!\s*[\d~≈])|,?\s+(?:namely|including|includ\w+|such as|consisting of)\b)(.*)", after)
    if m and (m.group(1).count(",") >= 1 or " and " in m.group(1)):
        return True
    # "into ____ categories, Goguryeo and Mohe": as many names follow the noun as the key counts
    # ("____ former community leaders, Brian Williams of Dallas and Kelly Hallissey of New York, filed")
    listed = re.match(r"\s*(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s+((?:[A-Z][\w'’-]*(?:\s+(?:of\s+|from\s+)?[A-Z][\w'’-]*)*"
                      r",?\s+)+(?:and|or)\s+[A-Z][\w'’-]*)", after)
    value = ev.fact.value if ev.fact is not None else None
    if listed and isinstance(value, (int, float)) and len(re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+",
                                                                   listed.group(1))) == value:
        return True
    if re.search(r"\bthe others?\s+(?:being|is|was|are|were)\b", after):
        return True  # "one of ____ states (the other being Mississippi)": the count is read off the sentence
    # "in ____ major leagues, with teams in the National Hockey League, Major League Baseball, ..."
    is_count = ev.fact is not None and not ev.fact.attrs.get("unit")
    names = re.findall(r"(?:^|,|\band)\s+(?:the\s+)?[A-Z]", _after_blank(ev, 160))
    return is_count and len(names) >= 3


def _conversion(q: Question, ev: Evidence) -> bool:
    # ("occupies ____/17 acres": the conversion after a slash gives the figure away; so does one after
    # "or": "more than about ____ atm or two MPa")
    if ev.extra.get("inside_conversion"):
        return True
    if q.type == "true_false" or not ev.blank:
        return False
    after = _after_blank(ev, 40)
    if _SLASH_CONVERSION.match(after):
        return True
    m = _OR_CONVERSION.match(after)
    return m is not None and fold_text(m.group(1)) != fold_text(m.group(2))


_SLASH_CONVERSION = re.compile(r"\s*/\s*[\d.,]+\s*[^\W\d]")
_OR_CONVERSION = re.compile(r"\s*([^\W\d][\w/°²³]*)\.?\s+or\s+(?:about\s+|some\s+|roughly\s+|nearly\s+)?"
                            r"(?:[\d.,]+|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)\s*"
                            r"(?!(?:more|less|fewer|so|times)\b)([^\W\d][\w/°²³]*)")


def _known_set(q: Question, ev: Evidence) -> bool:
    """"the two conditions", "the top three", "in addition to the four", "the 50 states": a count of
    a set the sentence presents as known is filler, or given away by what it lists."""
    if q.kind != "figure" or not ev.blank or ev.fact is None:
        return False
    before, after = _before_blank(ev, 25), _after_blank(ev, 25)
    return bool(re.search(r"(?:\b(?:the|these|those|its|their|his|her|our|all(?:\s+the)?)|\w['’]s)\s+"
                          r"(?:top\s+|first\s+|last\s+|other\s+)?$",
                          before, re.I)
                and re.match(r"\s+[A-Za-z]", after)) or bool(re.search(r"\b(?:top|first|last)\s+$", before, re.I))


_NUMBER_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)"
_RANGE_AFTER = re.compile(r"\s*(?:to|–|-|and|or)\s*(?:\d|" + _NUMBER_WORD + r"\b)", re.I)
# "its five (or ____ depending on how one counts)": the other number is beside the blank
_RANGE_BEFORE = re.compile(r"(?:\d[\d,.%]*|\b" + _NUMBER_WORD + r")\s*\(?\s*(?:to|–|-|and|or)\s*$", re.I)


def _range_end(q: Question, ev: Evidence) -> bool:
    """One end of a range ("____ to 10%"): the other end in the prompt rules options out."""
    if q.kind not in ("figure", "date") or not ev.blank:
        return False
    before, after = _before_blank(ev, 12), _after_blank(ev, 12)
    return bool(_RANGE_AFTER.match(after) or _RANGE_BEFORE.search(before))


def _restatement(q: Question, ev: Evidence) -> bool:
    """"1 in 68 children, or ____ per 1,000", "(____)": the blank restates a figure beside it."""
    if q.kind != "figure" or not ev.blank:
        return False
    before = _before_blank(ev, 40)
    return bool(re.search(r"\d[^.;]{0,30}(?:,\s*or|\bi\.e\.,?|\bthat is,?)\s*$", before)) or bool(
        re.search(r"\d[^()]{0,30}\([^()]{0,15}$", before))


_DIGIT_BEFORE = re.compile(r"\d[.,]?$")
_DIGIT_AFTER = re.compile(r"[.,]?\d")


def _inside_number(q: Question, ev: Evidence) -> bool:
    """"2.136,____": the blank cuts a number the rules read in two."""
    return bool(ev.blank) and (bool(_DIGIT_BEFORE.search(_before_blank(ev, 2))) or bool(_DIGIT_AFTER.match(_after_blank(ev, 2))))


def _range_answer(q: Question, ev: Evidence) -> bool:
    """A range keyed as the answer ("13 to 20"): hard to recall and to grade as written."""
    return q.kind == "figure" and q.type in ("cloze", "short_answer") and ev.fact is not None and isinstance(ev.fact.value, list)


_NAME_PARTICLE = r"(?:e|da|de|do|dos|das|van|von|der|den|bin|ibn|al|el|la|le|di|du|y)"


def _inside_a_name(q: Question, ev: Evidence) -> bool:
    """"____ e Silva": the blank is part of a longer name; so is a year after a capitalised word
    that is no month or preposition ("the Natura ____ network", "Expo ____")."""
    if q.kind == "date" and ev.blank and ev.fact is not None and re.fullmatch(r"\d{4}", str(ev.fact.value)):
        before = _sentence(ev)[:ev.blank[0]]
        word = _WORD_BEFORE_YEAR.search(before, max(0, len(before) - 30))
        # (not the sentence's first word: "Approximately ____")
        return (bool(word) and bool(before[:word.start()].strip()) and word.group(1) not in _NOT_NAME_BEFORE_YEAR
                and not _MONTH_WORD.fullmatch(word.group(1))) or bool(_NAMED_EVENT_OF.search(before, max(0, len(before) - 60)))
    if q.kind == "figure" and ev.blank:
        # "A minor planet 2190 Coubertin ...": the number of a name, not a count
        return bool(_DESIGNATION_BEFORE.search(_before_blank(ev, 20)) and re.match(r"\s+[A-Z]", _after_blank(ev, 3)))
    if q.kind != "person" or not ev.blank:
        return False
    if re.match(r"[–-][A-Z]", _after_blank(ev, 2)):
        return True  # "the ____–Han Contention": a name joined to another by a dash
    # ("A ____ acid is a substance ...": a name used as a word of a term, "a Lewis acid")
    if re.search(r"\b(?:[Aa]n?|[Tt]he)\s+$", _before_blank(ev, 6)) and re.match(r"\s+[a-z]", _after_blank(ev, 3)):
        return True
    # ("of architectural firm ____, Lamb and Harmon": the first name of a firm's, not a person)
    return bool(re.match(r"\s+(?:" + _NAME_PARTICLE + r"\s+)?[A-Z][a-z]", _after_blank(ev, 20))) or bool(
        re.match(r",\s+[A-Z][\w'’-]+(?:,\s+[A-Z][\w'’-]+)*,?\s+(?:and|&)\s+[A-Z]", _after_blank(ev, 60))
        and " " not in _sentence(ev)[ev.blank[0]:ev.blank[1]].strip())


# "the Tiananmen Square protests of ____", "the Revolution of ____": a year that is part of an event's name
_NAMED_EVENT_OF = re.compile(r"\b[A-Z][\w'’-]+\s+(?:[A-Z][\w'’-]+\s+)*(?i:protests?|riots?|revolution|uprising|rebellion|"
                             r"massacre|earthquake|flood|act|exhibition|exposition)\s+of\s+$")
_DESIGNATION_BEFORE = re.compile(r"\b(?:minor planet|asteroid|comet|planet)\s+$", re.I)
_NOT_NAME_BEFORE_YEAR = frozenset({"In", "On", "By", "Since", "From", "After", "Before", "Until", "During", "Of", "The",
                                   "And", "Or", "To", "At", "For", "Between", "About", "Around", "Circa", "Until", "Till",
                                   "Spring", "Summer", "Autumn", "Fall", "Winter", "Early", "Late", "Mid", "Christmas",
                                   "Easter", "Through", "Throughout", "Year", "Fiscal", "Census", "As", "Than", "Unlike"})
_MONTH_WORD = re.compile(vocab.MONTH_NAMES_RE)
_WORD_BEFORE_YEAR = re.compile(r"\b([A-Z][a-z]+)\s$")


def _one(q: Question, ev: Evidence) -> bool:
    """The blank is "one": a determiner more often than a count ("one culture's norms")."""
    return q.kind == "figure" and ev.fact is not None and fold_text(ev.fact.text) in ("one", "a", "an")


_GARBLED = re.compile(r"\b[kMG]?oilbbl\b|\be\d+(?:carat|m3|cuft|t|USD|km|mi|m|kg|lb|acre|ha|sqmi|km2|L|gal|ft)\b|\b[A-Z]-change\b|\.\.\.|…")
_E_DIGIT = re.compile(r"e\d")
_LANGUAGE_LINK = re.compile(r"\((?:ja|de|fr|es|it|ru|zh|pt|nl|ko|pl|sv|ar|he|tr|uk)\)")


_DROPPED_WORD = re.compile(r"\b(?:[Tt]he|an?)\s*[,.;:](?=\s|$)")
# A line with no word that can be its verb: "Aymara, by ____ people, mostly in the Northwest."
_ANY_VERB = re.compile(r"\b(?:is|was|are|were|be|been|being|has|had|have|do|does|did|can|could|will|would|may|might|"
                       r"shall|should|must|became|become|becomes|began|begin|begins|built|won|made|make|makes|led|took|"
                       r"take|takes|gave|give|gives|went|came|come|comes|got|held|hold|holds|left|lost|met|ran|runs|"
                       r"saw|sent|set|sold|spent|stood|told|wrote|grew|rose|fell|knew|found|brought|bought|fought|"
                       r"thought|taught|caught|kept|paid|said|says|lay|lies|meant|means|hit|put|cut|let|read|laid|flew|arose|spoke|"
                       r"speak|believe|live|work|serve|play|remain|include|contain|[a-z]{2,}ed|[a-z]{2,}s)\b")


# A word a sentence's verb is always among: the auxiliaries and the commonest verbs of any tense
_FINITE_WORDS = frozenset("""is was are were has had have do does did can could will would may might must shall should
became begin began begins took take takes made make makes gave give gives went go goes came come comes won win wins lost
led lead leads fought held hold holds left leave leaves saw see sees found finds wrote write writes built brought bought
fell rose grew knew met meet meets sent spent stood struck told thought kept paid said says ran runs sold set put cut hit
let read laid flew drew broke chose drove ate hid rode rang sang sank shook shot spoke stole swore swam threw tore woke
wore beat bore fled fed hung lit meant sought taught caught dealt dug felt heard lay lies lent shone slept spun stuck swept
swung wept wound got gets arose undertook remains remain stands stand live lives believe believes include includes
contain contains serve serves play plays work works speak speaks""".split())
_NOT_BEFORE_VERB = frozenset("""the a an his her its their this that these those of and or in on at for with by from to
into over under many some several most all no each every other such two three four five six seven eight nine ten""".split())
_SENTENCE_TOKEN = re.compile(r"[A-Za-z'’-]+|\d[\d,.]*")


@lru_cache(maxsize=4096)
def has_finite_verb(text: str) -> bool:
    """Does the sentence hold a verb of its own? A caption ("Oscar Wilde reclining with Poems, by
    Napoleon Sarony in New York in 1882.") or a list line names things and states nothing."""
    tokens = _SENTENCE_TOKEN.findall(text)
    low = [t.lower() for t in tokens]
    # "Saturn approaching equinox, photographed by Cassini in July 2008": a participle after a comma
    participles = set(_PARTICIPLE_BY.findall(text)) if " by " in text else ()
    # "the Chain Bridge, ..., built in 1849", "the Vaux Passional thought to depict Henry": a participle
    # after a comma, or one before "to" with no helper before it, is no verb of the sentence
    reduced = {(m.group(1) or m.group(2)).lower() for m in _REDUCED_PARTICIPLE.finditer(text)}
    for i, word in enumerate(low):
        if word in _FINITE_WORDS:
            if word in reduced:
                continue
            return True
        if i == 0 or not tokens[i][0].islower() or word in participles:
            continue
        before = low[i - 1]
        verb_like = word.endswith("ed") or re.fullmatch(r"[a-z]+[^sui']s", word) is not None
        if verb_like and (before.endswith("ly") or before in ("not", "also", "then", "often", "still", "never")):
            return True  # "barely exceeds", "also crossed" (not "shortly before landing")
        if before in _NOT_BEFORE_VERB or before[:1].isdigit() and not word.endswith("ed"):
            continue  # ("per 100,000 inhabitants": a count's noun; "in June 1931 returned" stays a verb)
        if verb_like:
            return True  # "the army crossed", "precipitation exceeds"
    return False


_PARTICIPLE_BY = re.compile(r",\s+([a-z]+ed)\s+by\b")
_REDUCED_PARTICIPLE = re.compile(r",\s+(built|made|held|founded|known|set|led|sold|taught|kept|paid|sent|won|told|laid|"
                                 r"thought|said|found|brought|written|taken|given|seen|shown|born|drawn|painted|left)"
                                 r"\s+(?:in|on|by|at|during|from|for|around|c\.)\s"
                                 r"|(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)"
                                 r"(?<![Hh]e\s)(?<![Ss]he\s)(?<![Tt]hey\s)(?<![Ww]e\s)(?<![Ii]t\s)(?<!\bI\s)"
                                 r"\b(thought|said|known|believed)\s+to\s+[a-z]+")


def _no_finite_verb(q: Question, ev: Evidence) -> bool:
    text = _sentence(ev)
    return q.type in ("cloze", "multiple_choice", "true_false") and bool(text) and not has_finite_verb(text)


# "Mongol, a film by Sergei Bodrov released in 2007.", "The Conqueror, released in 1956 and starring John
# Wayne": a line of a list of works, its title and what it is, with no statement about the subject
_WORK_LISTING = re.compile(r"^[^,]{1,90},\s+(?:(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}?(?:film|movie|novel|series|"
                          r"documentary|play|opera|album|song|book|miniseries|drama|musical|biopic|game|poem|"
                          r"painting)\b|(?:released|published|premiered|broadcast|aired)\b)")
_STATES_SOMETHING = re.compile(r"(?<!which )(?<!that )(?<!who )\b(?:is|was|were|are|has|had|have|won|became|grossed|"
                               r"tells|told|depicts|depicted|portrays|portrayed|shows|showed|features|featured|"
                               r"stars|starred|received|drew|sold)\b")


def _work_listing(q: Question, ev: Evidence) -> bool:
    text = _sentence(ev)
    m = _WORK_LISTING.match(text) if text else None
    return bool(m) and not _STATES_SOMETHING.search(text, m.end())


# A chronology told in the present tense ("Saudi oil minister Yamani promises a ten percent production
# rise.", "October 16, 1973—Saudi Arabia ... raise posted prices"): a line of a list whose date and
# occasion stand in its heading or its label, not in the sentence
_CHRONOLOGY_HEADING = re.compile(r"\b(?:chronology|timeline|highlights|key events|summary of events|events)\b", re.I)
_DATE_DASH_LEAD = re.compile(r"^[^.;]{4,30}\d{3,4}\s*[—–:-]\s*[A-Z]")


def _chronology_entry(q: Question, ev: Evidence) -> bool:
    if ev.sentence is None:
        return False
    text = ev.sentence.text
    listed = _DATE_DASH_LEAD.match(text) or any(_CHRONOLOGY_HEADING.search(h) for h in ev.sentence.section[-1:])
    return bool(listed) and bool(_PRESENT_VERB.search(text)) and not _PAST_OR_STATE.search(text)


def _dropped_word(q: Question, ev: Evidence) -> bool:
    """"In the, Argentina had a population of ...": a word the converter dropped (a template's year)."""
    prompt = q.prompt
    end = _sentence(ev).rstrip()
    if end[-1:] in ".,;:" and end[:-1].rstrip().endswith(_TITLE_VERBS):
        return True  # "... a miniseries about the battle in January 1981, entitled.": the title was lost
    # (only where an article or "the" meets a mark: most prompts have none)
    return any(w in prompt for w in _DROPPED_HINTS) and bool(_DROPPED_WORD.search(prompt))


_TITLE_VERBS = (" entitled", " titled", " called", " named", " known as")


_DROPPED_HINTS = ("he,", "he.", "he;", "he:", "he ,", "he .", " a,", " a.", " an,", " an.", " a ,", " an ,")


def _fragment(q: Question, ev: Evidence) -> bool:
    """A line of a list with no verb ("Aymara, by ____ people, mostly in the Northwest."): it
    states nothing on its own, and as a true/false statement it is neither."""
    text = _sentence(ev)
    return bool(text) and (bool(_ENTRY_LEAD.match(text)) and not _ANY_VERB.search(text) or bool(_BORN_ENTRY.match(text)))


def _false_aside(q: Question, ev: Evidence) -> bool:
    """"Mars has seasons, like Earth (which has an axial tilt of 35.5 degrees)": a false statement
    made false in a bracketed aside about something else tests what the article only mentions."""
    if q.type != "true_false" or not ev.blank or q.answer.get("value") is not False:
        return False
    before = _sentence(ev)[:ev.blank[0]]
    if before.rfind("(") > before.rfind(")"):
        return True
    # "The 18 survivors who returned aboard the Victoria in ____ were unfavourable to him": made false
    # inside the subject's relative clause, while the claim the sentence makes is true
    if _SUBJECT_RELATIVE.match(before) and _MAIN_VERB_AFTER.match(_sentence(ev)[ev.blank[1]:]):
        return True
    # "Venusian sidereal day, ____ Earth days, lasts longer than ...": an appositive between commas
    return bool(_OPENING_NOUN_COMMA.match(before)) and bool(_APPOSITIVE_CLOSE.match(_sentence(ev)[ev.blank[1]:]))


_OPENING_NOUN_COMMA = re.compile(r"[A-Z][^,;]{2,60},\s*$")
_APPOSITIVE_CLOSE = re.compile(r"[^,;]{0,25},\s+(?:[a-z]+\s+){0,2}(?:is|are|was|were|lasts?|has|had|remains?)\b")


_SUBJECT_RELATIVE = re.compile(r"(?:The|A|An|Its|His|Her|Their)\b[^,;]{0,60}?\b(?:who|which|that)\b[^,;]*$")
_MAIN_VERB_AFTER = re.compile(r"[^,;]{0,60}?\b(?:was|were|is|are|had|has|have)\b")


def _disputed(q: Question, ev: Evidence) -> bool:
    return q.kind == "figure" and bool(ev.extra.get("disputed"))


def _shared_name(q: Question, ev: Evidence) -> bool:
    """"In ____, Yi eliminated Chŏng Mong-ju": a word of several people's names, printed alone."""
    shared = ev.extra.get("shared_name_words")
    if not shared:
        return False
    prompt = q.prompt
    for word, names in shared.items():
        if word in prompt and not any(name in prompt for name in names) and re.search(
                r"(?<![\w'’-])" + re.escape(word) + r"(?![\w'’-])(?!\s+[A-Z])", prompt) and not re.search(
                r"[A-Z][\w'’-]*\s+" + re.escape(word) + r"(?![\w'’-])", prompt):
            return True
    return False


def _figure_kind(q: Question, ev: Evidence) -> bool:
    return q.kind == "figure"


def _person_or_quote_kind(q: Question, ev: Evidence) -> bool:
    return q.kind in ("person", "quote")


def _speaker_question(q: Question, ev: Evidence) -> bool:
    return q.kind == "quote"


def _run_on(q: Question, ev: Evidence) -> bool:
    """"... in humble occupations. in 1432, Sejong ordered ...": two sentences the text ran together
    with a slip of the case; the prompt prints both."""
    text = _sentence(ev)
    if ". " not in text:
        return False
    m = _RUN_ON.search(text)
    return m is not None and m.group(1) not in _ABBREVIATED


_RUN_ON = re.compile(r"\b([a-z]{3,})\.\s+(?:in|on|at|the|he|she|it|they|this|after|during|by)\s")
_ABBREVIATED = frozenset({"etc", "approx", "incl", "vol", "vols", "eds", "trans", "resp", "esp", "viz", "cca", "est"})


# "Samantha Futerman (born 1987), South Korean-born American actress, ...": a line of a list of people
_BORN_ENTRY = re.compile(r"[A-Z][^()]{0,80}\((?:born|b\.)[^()]*\)\s*,?\s+(?!(?:is|was|has|had|became|and|who)\b)\w")


# a list entry opens on a name or a noun and a comma ("Aymara, by", "A higher level, divided in"),
# not on a phrase of time or place ("In 1865, Brunel's ship laid ...")
_ENTRY_LEAD = re.compile(r"(?!(?:In|On|At|According|By|During|After|Before|Since|From|With|About|Around|For|Of|Under|"
                         r"Over|As|When|While|Although|Though|If|Between|Until|Following|Despite|Throughout)\b)"
                         r"[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,2},\s")


_EXPONENT_LOST = re.compile(r"×\s*(?:_{3,}|10\d)")
_NAME_LOST_BEFORE_BRACKET = re.compile(r"\b[Tt]he \([A-Z]{2,}\)")


def _garbled(q: Question, ev: Evidence) -> bool:
    """Converter leftovers ("koilbbl/d", "e6carat", a back-link "^", sentences run together) or an
    elided quotation ("...") in the prompt."""
    prompt = q.prompt
    # every match holds one of these: testing for them first spares most prompts the slow pattern
    hint = "oilbbl" in prompt or "-change" in prompt or "..." in prompt or "…" in prompt or _E_DIGIT.search(prompt)
    if hint and _GARBLED.search(prompt):
        return True
    # (cheap tests first: most prompts hold neither a unit code nor an underscore besides the blank)
    if _has_converter_hint(prompt) and _CONVERTER_UNIT.search(prompt):
        return True
    if "*" in prompt:
        return True  # emphasis the Markdown parser did not close: "... Decisive Battle!*"
    if "((" in prompt or "))" in prompt or "]]" in prompt:
        return True  # a template's brackets doubled: "Emperor Wu ((r. 141 – 87 BC))", "[do]]]"
    if "⁄" in prompt or "×" in prompt and _EXPONENT_LOST.search(prompt):
        return True  # "about 1⁄____" (a fraction glyph), "59.6×106 S/m" (a superscript read flat)
    if "e (" in prompt and _NAME_LOST_BEFORE_BRACKET.search(prompt):
        return True  # "The (SPÖ) has held the mayor's office": the name before the acronym was lost
    if ("$" in prompt or "£" in prompt or "€" in prompt) and _EMPTY_AMOUNT.search(prompt):
        return True  # an inflation template left empty: "(equivalent to $ in )"
    if "^" in prompt:
        return True  # a reference list's back-link: "^ 'Deadline for submitting list ...'"
    if "(" in prompt and _LANGUAGE_LINK.search(prompt):
        return True  # an interlanguage link's marker: "the Tokyo Metropolitan Government (ja)"
    if _GLUED_SENTENCE.search(prompt):
        return True  # two sentences run together without a space: "was female.Federally, Seattle is split"
    return "_" in prompt.replace("____", "") and bool(_STRAY_UNDERSCORE.search(prompt))


_GLUED_SENTENCE = re.compile(r"[a-z]{3}[.!?][A-Z][a-z]{2,}")


def _inflation_note(q: Question, ev: Evidence) -> bool:
    """"Bell paid him $100 (equivalent to $2,300 in ____)": the year an editor converted money to."""
    if q.kind != "date" or not ev.blank:
        return False
    return bool(_EQUIVALENT_IN.search(_sentence(ev)[:ev.blank[0]]))


_EQUIVALENT_IN = re.compile(r"\(equivalent to [^()]{1,40}\bin\s*$")


def _unit_artefact(q: Question, ev: Evidence) -> bool:
    """"149 e6 km²", "9.8 m/s2", "at least 462 C", "66 Mys", "\\mu = 0", "An algorithm by combines": what a
    converter left of a unit template, a formula or a citation; the student reads it as a misprint."""
    prompt = q.prompt
    return bool(_UNIT_ARTEFACT.search(prompt)) or "\\" in prompt or bool(_BY_NOBODY.search(prompt)) \
        or "×" in _sentence(ev) and bool(_EXPONENT_LOST.search(_sentence(ev)))  # ("1.08×104", made "1.08×139")


_UNIT_ARTEFACT = re.compile(r"\d\s+e\d{1,2}\s?(?:km|m|kg|mi|t|L)\b|\b(?:m/s2|km2|m2|mi2|km3|m3|ft2)\b"
                            r"|\d\s?C\b(?![\w'’-])|\d\s?Mys\b")
_BY_NOBODY = re.compile(r"\bby\s+(?:combines|uses|used|shows|showed|proved|proves|found|finds|noted|notes|argued|argues)\b")


def _key_printed(q: Question, ev: Evidence) -> bool:
    """"a rate of ____ per hour (15°/h = 15'/min)": the number asked stands in the prompt beside the blank."""
    if q.kind != "figure" or q.type not in ("cloze", "multiple_choice") or not ev.blank or ev.sentence is None:
        return False
    text = ev.sentence.text
    number = _KEY_NUMBER.search(text, ev.blank[0], ev.blank[1])
    if number is None:
        return False
    rest = text[:ev.blank[0]] + " " + text[ev.blank[1]:]
    if number.group(0) in rest and \
            re.search(r"(?<![\d.,])" + re.escape(number.group(0)) + r"(?![\d,]|\.\d)", rest) is not None:
        return True
    # ("80.8% of the density (the density is ____ g/mL)": 0.808, the same digits with the point moved)
    digits = _significant_digits(number.group(0))
    if len(digits) >= 3 and any(_significant_digits(m.group(0)) == digits and ("." in m.group(0) or "." in number.group(0))
                                for m in _PLAIN_NUMBER.finditer(rest) if m.group(0) != number.group(0)):
        return True
    # ("Semiryaga claimed ____ dead and Baryshnikov 53,500 dead": 53,522 is the option beside it)
    key = float(number.group(0).replace(",", ""))
    # ("a density from 3.15 to 3.53, with pure diamond close to ____": 3.52 is a hair from the 3.53 printed)
    return (key >= 100 or not key.is_integer()) and any(0 < abs(float(m.group(0).replace(",", "")) - key) <= 0.01 * key
                              for m in _KEY_NUMBER.finditer(rest) if not _YEAR_LIKE.fullmatch(m.group(0)))


_YEAR_LIKE = re.compile(r"1\d{3}|20\d\d")


_PLAIN_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _significant_digits(number: str) -> str:
    """"0.808" and "80.8" -> "808": a number's digits, whatever its scale."""
    return number.replace(",", "").replace(".", "").strip("0")


_KEY_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?(?<=\d\d)|\d+\.\d+")


def _title_year(q: Question, ev: Evidence) -> bool:
    """"The tsunami of ____ severely affected the Maldives" in "2004 Indian Ocean earthquake and tsunami":
    the year asked, or the day of the event the title names, is printed in the article's title, at the top of
    every sheet."""
    if q.kind != "date" or ev.fact is None:
        return False
    value = str(ev.fact.value)
    year = re.match(r"\d{4}", value)
    title = str(ev.extra.get("title") or "")
    if not year or year.group(0) not in title or re.search(r"(?<!\d)" + year.group(0) + r"(?!\d)", title) is None:
        return False
    # the year alone, or the day of the event itself as the lead gives it; not another day of that year
    # ("On 8 November ____" in "Battle of Shusha (2020)" asks the day, which the title does not print)
    return len(value) == 4 or value in ev.extra.get("lead_dates", ())


def _stem_printed(q: Question, ev: Evidence) -> bool:
    """"a machine called the ____, ... than the Polish bomba, from which its name was derived": a word of the
    prompt that differs from the one-word key by an ending gives it away."""
    if q.kind != "term" or not ev.blank or ev.sentence is None:
        return False
    key = re.sub(r"^(?:the|an?)\s+", "", vocab.fold(ev.sentence.text[ev.blank[0]:ev.blank[1]]).strip())
    if " " in key or len(key) < 4:
        return False
    rest = ev.sentence.text[:ev.blank[0]] + " " + ev.sentence.text[ev.blank[1]:]
    return any(w != key and w[:4] == key[:4] and abs(len(w) - len(key)) <= 2 and w[:-2] == key[:len(w) - 2]
               for w in map(vocab.fold, _WORD.findall(rest)))


_WORD = re.compile(r"[^\W\d_]{4,}")


def _quoted_pronoun(q: Question, ev: Evidence) -> bool:
    """"an apology for 'the appalling way he was treated'": a he or she inside a quotation, and the prompt
    names no one it could be."""
    if ev.sentence is None or ev.extra.get("names_subject", True):
        return False
    quoted = " ".join(_QUOTED_SPAN.findall(ev.sentence.text))
    return bool(quoted) and _QUOTED_PERSONAL.search(quoted) is not None


_QUOTED_SPAN = re.compile(r"[“‘\"]([^”’\"]{3,})[”’\"]")
_QUOTED_PERSONAL = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.I)


def _unnamed_pronoun(q: Question, ev: Evidence) -> bool:
    """"Publishers in Toronto had printed unauthorized editions of his books": in a biography, a he or his
    whose person the prompt never names (the subject is not named; someone else may be meant)."""
    words = ev.extra.get("subject_words")
    if not words:
        return False
    text = _unquoted_statement(q)
    if _QUOTED_PERSONAL.search(text) is None:
        return False
    return not any(vocab.fold(w) in words for w in _CAPITALISED_WORD.findall(text))


_CAPITALISED_WORD = re.compile(r"\b[A-Z][^\W\d_]+")


def _unquoted_statement(q: Question) -> str:
    """The sentence a prompt asks about (a multiple-choice question quotes it), without its own quotations."""
    return _QUOTED_SPAN.sub(" ", q.prompt.split("“", 1)[-1] if q.type == "multiple_choice" else q.prompt)


def _false_comparison(q: Question, ev: Evidence) -> bool:
    """"59% of women hold a degree, compared to 81% of men" under "women are more highly educated": a
    number changed in a comparison of two leaves the comparison's claim true or makes it contradict itself."""
    if q.type != "true_false" or q.kind != "figure" or not ev.extra.get("wrong_value") or ev.sentence is None:
        return False
    text = ev.sentence.text
    return bool(_COMPARISON.search(text)) and len(_DIGITS.findall(text)) >= 2


_COMPARISON = re.compile(r"\b(?:more|less|fewer|greater|higher|lower|larger|smaller|longer|shorter|older|younger|"
                         r"faster|slower|bigger|heavier|lighter)\b[^.;]{0,80}?\b(?:than|compared (?:to|with))\b|"
                         r"\bcompared (?:to|with)\b", re.I)
_DIGITS = re.compile(r"\d[\d,.]*")


def _false_within_bound(q: Question, ev: Evidence) -> bool:
    """"a mass number lower than ____" made false by a smaller number: below 44 is below 66 too, and the
    statement stays true (or, after "more than", a larger one)."""
    wrong = ev.extra.get("wrong_value")
    if q.type != "true_false" or q.kind != "figure" or wrong is None or ev.fact is None or not ev.blank:
        return False
    try:
        key, changed = float(ev.fact.value), float(wrong)
    except (TypeError, ValueError):
        return False
    before = _before_blank(ev, 24)
    if _UPPER_BOUND_BEFORE.search(before):
        return changed < key
    if _LOWER_BOUND_BEFORE.search(before):
        return changed > key
    return False


_UPPER_BOUND_BEFORE = re.compile(r"\b(?:lower|less|fewer|smaller|shorter|younger)\s+than\s+$|\b(?:under|below|up\s+to|"
                                 r"at\s+most|no\s+more\s+than|not\s+more\s+than)\s+$", re.I)
_LOWER_BOUND_BEFORE = re.compile(r"\b(?:more|greater|higher|larger|longer|older)\s+than\s+$|\b(?:over|above|at\s+least|"
                                 r"exceeding|no\s+less\s+than|no\s+fewer\s+than)\s+$", re.I)


def _later_repeat(q: Question, ev: Evidence) -> bool:
    """"... was not duplicated until Ichiro Suzuki did it in ____": the year someone else later repeated
    the feat, a side note to the sentence's fact."""
    return bool(ev.blank) and bool(_UNTIL_SOMEONE_DID.search(_before_blank(ev, 80)))


_UNTIL_SOMEONE_DID = re.compile(r"\buntil\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?:did|achieved|matched|repeated|equalled|equaled)"
                                r"\s+(?:so|it|this|that|the\s+same|the\s+feat)\s+in\s*$")


def _caption(q: Question, ev: Evidence) -> bool:
    """"Robert Koch (third from the right) on a cholera research expedition in Egypt in ____": an image's
    caption, which points at a picture the student does not see; or one in the present tense that ends on
    its date ("Adlai Stevenson shows aerial photos of Cuban missiles to the United Nations, October 25, 1962.")."""
    if ev.sentence is None:
        return False
    text = ev.sentence.text
    if "(" in text and _PICTURE_POINTER.search(text):
        return True
    if _CAPTION_HEAD.match(text) and not _FINITE_BE.search(_RELATIVE_CLAUSE.sub("", text)):
        # "Statue in Cherbourg-Octeville unveiled by Napoleon III in 1858.", "Star on the Walk of Fame for
        # the team who became champions in 1982": a picture's label, with a participle or a relative clause
        main = _RELATIVE_CLAUSE.sub("", text)
        # (", located 120 km south of Baghdad": a participle after a comma is no verb of the label's)
        return not any(m for m in _PAST_OR_STATE.finditer(main) if not _PARTICIPLE_PHRASE.match(main, m.end())
                       and not main[:m.start()].endswith(", "))
    plain = _BRACKETED.sub("", text)  # ("Two dancers of the ballet (which is based in Baghdad) performing ...")
    m = _PARTICIPLE_CAPTION.match(plain)
    head = plain[:m.end()].rstrip().rsplit(" ", 1)[0] if m else ""  # (the words before the participle)
    if m and not _FINITE_BE.search(plain) and not _OPENER.match(plain) and not _PAST_OR_STATE.search(head) \
            and not _HEAD_BREAK.search(head):
        # "Abraham Duquesne delivering Christian captives in Algiers after the bombing in 1683.", "Ornate
        # Ottoman cannon found in Algiers on 8 October 1581 by ...": a name, a participle, a date or a maker,
        # and no verb
        rest = _RELATIVE_CLAUSE.sub("", plain[m.end():])
        if (_YEARS.search(rest) or " by " in rest) and not _PRESENT_STATE_VERB.search(rest) and not any(
                v for v in _PAST_OR_STATE.finditer(rest) if not _BY_AGENT.match(rest, v.end())):
            return True
    label = _DATED_LABEL.match(text)
    if label and not _FINITE_BE.search(text) and not _PAST_OR_STATE.search(label.group(1)):
        return True  # "The Umayyad Palace on top of the Amman Citadel built around 800 AD.": a picture's label
    if _ENDS_IN_MONTH.search(text):
        # "... personnel stand guard aboard the Al Basrah Oil Terminal in July 2009.": a caption's own verbs
        return not _PAST_OR_STATE.search(text) and bool(_CAPTION_VERB.search(text))
    if not _ENDS_ON_DATE.search(text):
        return False
    # ("Saddam Hussein being pulled from his hideaway ..., 13 December 2003.": a participle's caption)
    return not _PAST_OR_STATE.search(text) and bool(_PRESENT_VERB.search(text)) or bool(
        _BEING_DONE.search(text)) and not _FINITE_BE.search(text)


# ", October 25, 1962." closing a sentence; a past tense or a state verb a narrative has; a present verb
_MONTH = "(?:" + vocab.MONTH_NAMES_RE + ")"
_FULL_DATE = r"(?:\d{1,2}\s+" + _MONTH + r"\s+\d{4}|" + _MONTH + r"\s+\d{1,2},\s+\d{4})"
_ENDS_ON_DATE = re.compile(r"(?:,\s*(?:" + _FULL_DATE + r"|" + _MONTH + r"\s+\d{4}|\d{4})|\bon\s+" + _FULL_DATE + r")\.?$")
_ENDS_IN_MONTH = re.compile(r"\bin\s+" + _MONTH + r"\s+\d{4}\.?$")
# The words a picture's label opens with: a bare noun (no article) and a preposition or a participle
_CAPTION_HEAD = re.compile(r"(?:(?:Aerial|Satellite|Panoramic) (?:view|photo|photograph|image)|"
                           r"(?:(?:Aerial|Satellite|Early|Modern|Contemporary|Final|Collapsed|Damaged|Ruined|Detail of an?) )?"
                           r"(?:Statue|Star|Detail|Intersection|View|Panorama|Map|Portrait|Photograph|Photo|Painting|"
                           r"Engraving|Drawing|Bust|Plaque|Memorial|Monument|Diagram|Illustration|Sketch|Depiction|"
                           r"Replica|Entrance|Interior|Exterior|Facade|Façade|Ruins|Tomb|Grave|Poster|Cover|Image|"
                           r"Picture|Scene|Sculpture|Fresco|Mosaic|Lithograph|Woodcut|Caricature|Cartoon|Flight|"
                           r"[A-Z][a-z]+ building|Building))\b,? (?:of|in|on|at|from|by|with|for|near|over|showing|"
                           r"depicting|after|during)\b")
_PARTICIPLE_CAPTION = re.compile(r"[A-Z][\w'’.-]*\s+(?:[\w'’.-]+\s+){0,8}?"
                                 r"(?:(?!(?:during|nothing|something|anything|everything|evening|morning|thing|"
                                 r"spring|string|ceiling|wedding|beginning|offering|clothing|housing|training|"
                                 r"feeling)\b)[a-z]{3,}ing\s+(?=[A-Z]|(?:in|at|on|by|near|during|from|after|with|the|his|her|"
                                 r"their|a|an)\b)|(?:found|made|built|painted|taken|drawn|photographed|depicted|shown|"
                                 r"pictured|seen|carved|erected|unveiled)\s+(?=(?:in|at|on|by|near|during|from|after)\b))")
# A thing, then how and when it was made, and nothing else: a label ("X built around 800 AD.")
_DATED_LABEL = re.compile(r"((?:The\s+)?[A-Z][^,;()]{0,80}?)\s+(?:built|constructed|erected|founded|completed|painted|"
                          r"carved|made|designed)\s+(?:around|about|c\.|circa|ca\.|in)\s+(?:the\s+)?(?:early\s+|late\s+|mid-)?"
                          r"(?:AD\s+)?\d{3,4}s?(?:\s*(?:AD|BC|BCE|CE))?\.?$")
# The words before a caption's participle name who or what is pictured ("Two ballet dancers of the Iraqi
# National Ballet"); a comma or a preposition there begins a sentence's own phrase ("Based on calculations")
_HEAD_BREAK = re.compile(r",|\b(?:on|for|from|to|in|at|by|with|after|before|about|into|over|under|during|through)\b")
_BRACKETED = re.compile(r"\s*\([^()]*\)")
_BY_AGENT = re.compile(r"\s+by\b")  # ("left by the impact": a participle; "Vell flourished in 1750": a verb)
_PRESENT_STATE_VERB = re.compile(r"\b(?:stands|remains|lies|serves|contains|includes|holds|makes|gives|takes|"
                                 r"consists|belongs|stays)\b")
# Words that open a sentence's adverbial, not a caption's subject ("After winning the class, he ...")
_OPENER = re.compile(r"(?:After|Before|While|When|Whilst|Initially|Having|In|On|At|During|Said|Since|Although|"
                     r"If|As|Upon|By|With|Without|For|From|Following|Despite|Though|Once|Until|Unlike|Like)\b")
_RELATIVE_CLAUSE = re.compile(r"\b(?:who|which|that|whose|where|when)\b[^,;()]*")
_PARTICIPLE_PHRASE = re.compile(r"\s+(?:by|in|on|at|for|from|during|after|before|near|to)\b")
_CAPTION_VERB = re.compile(r"\b(?:stands?|signs?|greets?|poses?|inspects?|visits?|reviews?|addresses|receives?|"
                           r"shakes?|confers?|celebrates?|boards?|surveys?|examines?|displays?|talks?|walks?|"
                           r"speaks?|watches|looks?|waits?|sits?|lies|arrives?|leaves?|marches|charges?|takes|holds|"
                           r"wears|rides|leads|meets|gives|delivers|attends|plays|performs|raises|accepts|kneels|prays|"
                           r"reads|writes|points|smiles|salutes|waves|hands|presents|unveils|opens|lays|lands)\b")
_BEING_DONE = re.compile(r"\bbeing\s+[a-z]+(?:ed|en)\b")
_FINITE_BE = re.compile(r"\b(?:is|are|was|were|has|have|had)\b")
# (an "-ed" word after an article is an adjective: "to the appointed Iraqi Interim Government")
_PAST_OR_STATE = re.compile(r"\b(?<![-–])(?:was|were|had|has|have|is|are|did|(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)[a-z]\w*ed|became|began|took|made|won|led|held|fought|"
                            r"met|left|went|came|gave|wrote|built|fell|rose|saw|sent|set|stood|told|said|sold|swept|lost|"
                            r"ran|beat|broke|struck|drove|flew|grew|knew|shot|spoke|swam|sank|bought|brought|taught|"
                            r"thought|kept|bore|chose|drew|threw)\b")
_PRESENT_VERB = re.compile(r"\b[a-z]{3,}(?<!ss)(?<!us)(?<!is)s\b(?!\s+of\b)|\b(?:charge|attack|meet|march|sign|stand|wait|lie|"
                           r"sit|pose|walk|fly|arrive|leave|speak|look|watch|greet|inspect|visit|review|address|"
                           r"receive|shake|confer|celebrate|board|survey|examine|display|talk)\b")


_PICTURE_POINTER = re.compile(r"\((?:(?:second|third|fourth|fifth|far|extreme)\s+)?(?:from\s+(?:the\s+)?)?"
                              r"(?:left|right|centre|center|top|bottom|middle|foreground|background|pictured|"
                              r"above|below|inset)\)|\((?:left to right|from left to right|l–r|l-r)\)", re.I)


def _relative_span(q: Question, ev: Evidence) -> bool:
    """"During the next ____, Armstrong played more than 300 performances a year": a span counted from a
    point the prompt does not give."""
    return q.kind == "figure" and bool(ev.blank) and bool(_SPAN_FROM_UNSAID.search(_before_blank(ev, 24)))


_SPAN_FROM_UNSAID = re.compile(r"\b[Tt]he\s+(?:next|following|previous|preceding|ensuing|subsequent)\s+$|"
                               r"^Within\s+$")  # ("Within ____ the Idrisids ... were independent": from when?)


def _dangling_pronoun(q: Question, ev: Evidence) -> bool:
    """"In the Battle of Sinop on ____ they destroyed a squadron": outside a biography, a he, she or they
    with no name before it in the prompt to stand for."""
    if ev.extra.get("subject_words") or ev.sentence is None:
        return False  # (a biography's he or his: see unnamed-pronoun)
    text = _unquoted_statement(q)
    m = _THIRD_PERSON.search(text)
    if m is None:
        return False
    # (a place or an event's name is no one a "they" stands for: "In the Battle of Sinop on ____ they")
    before = _NO_ANTECEDENT_PHRASE.sub(" ", text[:m.start()])
    return not any(w not in _NOT_ANTECEDENTS for w in _CAPITALISED_WORD.findall(before[1:] if before[:1].isupper() else before))


_NO_ANTECEDENT_PHRASE = re.compile(r"\b(?:[Tt]he\s+)?(?:Battle|Siege|Treaty|War|Sack|Fall|Capture|Peace|Congress|Council|"
                                   r"Conference|Raid|Invasion)\s+of(?:\s+(?:the\s+)?[A-Z][\w'’-]*)+|\b(?:in|at|near|from|to|into|on|of|across|off)\s+"
                                   r"(?:the\s+)?(?:[A-Z][\w'’-]*\s*)+")


_THIRD_PERSON = re.compile(r"\b(?:he|him|his|she|her|they|them|their)\b")
_NOT_ANTECEDENTS = frozenset(vocab.MONTHS) | {"In", "On", "At", "By", "During", "After", "Before", "The", "A", "An",
                                             "When", "While", "Which", "What", "Who"}


def _study_size(q: Question, ev: Evidence) -> bool:
    """"A 2014 study on ____ countries found ...", "ranking it 28th out of ____ countries": how many a study
    or an index took in, not what it found."""
    if q.kind != "figure" or not ev.blank:
        return False
    return bool(_UNITS_STUDIED.match(_after_blank(ev, 20))) and bool(_STUDY_BEFORE.search(_before_blank(ev, 80)))


_UNITS_STUDIED = re.compile(r"\s+(?:countries|nations|states|cities|economies|territories|respondents|participants)\b")
_STUDY_BEFORE = re.compile(r"\b(?:study|survey|index|report|ranking|poll)\b[^.;]{0,30}\b(?:on|of|covering|in)\s+$"
                           r"|\b\d+(?:st|nd|rd|th)\b[^.;]{0,40}\bout of\s+(?:the\s+)?$")


def _editorial_insert(q: Question, ev: Evidence) -> bool:
    """"Yesterday afternoon [on September 17, 1908], ...", "Darwin's masterly volume [supporting] ...": a
    quotation an editor filled in, printed as if it were the article's own sentence."""
    return "[" in q.prompt and bool(_EDITORIAL.search(q.prompt))


_EDITORIAL = re.compile(r"\[(?!O\.\s?S\.)[^\[\]]{2,60}\]")


def _fused_line(q: Question, ev: Evidence) -> bool:
    """A list line run into the next sentence: "... in Dubuque, Iowa The denomination maintains ..."."""
    # (and image file names a converter left: "Crystal Clear action bookmark.png Dynamo Kyiv (28)")
    return bool(_FUSED_LINE.search(q.prompt)) or ("." in q.prompt and bool(_FILE_NAME.search(q.prompt))) \
        or _item_line(_sentence(ev))


def _item_line(text: str) -> bool:
    """"– Port of Shanghai, China (1994) The Port of ...", "Mok– There were ...": a list item with
    its dash or its label before the sentence."""
    head = text[:40]
    return head[:2] in ("– ", "— ", "• ") or ("–" in head or "—" in head) and bool(_ITEM_LABEL.match(text))


# a list item's label before the sentence: "Mok– There were ...", "County (Gun) – There were ..."
_ITEM_LABEL = re.compile(r"[A-Z][\w'’]*(?: \([^()]{1,20}\))?\s?[–—]\s+(?:There|The|This|These|It|They|He|She|In|An?)\s")


_FILE_NAME = re.compile(r"\.(?:png|jpe?g|svg|gif|tiff?|webp|ogg|pdf)\b", re.I)
# a capitalised determiner or pronoun after a word, with no stop between, then a lower-case word
_FUSED_LINE = re.compile(r"(?<=[a-z0-9\)]) (?:The|This|These|It|He|She|They|In) (?=[a-z]{2,})")
_EMPTY_AMOUNT = re.compile(r"[$£€](?!\s?[\d_])")
# A single underscore left of emphasis the Markdown parser did not close ("including_ Animal Farm_and_").
_STRAY_UNDERSCORE = re.compile(r"(?<!_)_(?!_)")


# Unit codes of a converter that reach the text as they are ("11 MUSgal", "85.4 Tcuft"), and a
# bare "in" for inches after a blank, read as the preposition ("less than ____ in of rain").
_CONVERTER_HINTS = ("gal", "cuft", "cuyd", "sqmi", "acre-ft", " in of")
_CONVERTER_UNIT = re.compile(r"(?:\d|_{4,})\s*(?:MUSgal|USgal|impgal|Tcuft|Bcuft|cuft|cuyd|sqmi|acre-ft)\b|_{4,}\s+in\s+of\b")


def _has_converter_hint(prompt: str) -> bool:
    for code in _CONVERTER_HINTS:  # (a loop: any() over a generator costs more than the tests)
        if code in prompt:
            return True
    return False


def _false_by_year(q: Question, ev: Evidence) -> bool:
    """A true/false statement made false by moving a year: a gotcha, and often not contradicted by
    anything the article says ("the 2011 Census")."""
    if not (q.type == "true_false" and q.kind == "date" and q.answer.get("value") is False and ev.fact is not None):
        return False
    if ev.fact.attrs.get("precision") == "year" or len(str(ev.fact.value)) <= 5:
        return True
    wrong, true = str(ev.extra.get("wrong_value") or ""), str(ev.fact.value)
    if not wrong or wrong[:1] == "-" or true[:1] == "-":
        return False
    # "August 1803" for "August 1804": only the year moved, by a little; "July 1961" for "September 1961"
    if wrong[4:] == true[4:] and abs(int(wrong[:4]) - int(true[:4])) <= 3:
        return True
    if wrong[:4] == true[:4] and len(true) == 10 == len(wrong):
        # "24 November 1940" for "15 November 1940", "May 19, 1935" for "September 30, 1935": the year stays,
        # and a student who knows it says true
        return True
    return wrong[:4] == true[:4] and len(true) >= 7 and len(wrong) >= 7 and abs(int(wrong[5:7]) - int(true[5:7])) <= 3


# "a single share had a mid price of £18,000", "the club had 40,000 members": a state at the time
_STATE_AT_DATE = re.compile(r"\b(?:had|has|was|were|stood at|totall?ed|numbered|amounted to)\s+(?:(?:a|an|the)\s+)?"
                            r"(?:[\w-]+\s+){0,4}?(?:of\s+)?(?:about\s+|around\s+|approximately\s+|some\s+|over\s+)?"
                            r"[$£€]?\d")


def _false_state_date(q: Question, ev: Evidence) -> bool:
    """A false statement that moves the date of a state or a statistic ("On 3 September 2016, a share
    had a mid price of £18,000"): the article says nothing of that other day, so nothing shows it false."""
    if not (q.type == "true_false" and q.kind == "date" and q.answer.get("value") is False):
        return False
    text = _sentence(ev)
    if ev.blank:  # (the date moved is no figure of the state: "was launched on 18 September 1994")
        text = text[:ev.blank[0]] + "____" + text[ev.blank[1]:]
    return _has_statistic(text) or bool(_STATE_AT_DATE.search(text))


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")


def _subject_unnamed(q: Question, ev: Evidence) -> bool:
    """"Peace ensued for ____" in the article on Catherine the Great: a prompt that never names what the
    article is about leans on it more often than one that does ("Catherine's peace with Sweden ...")."""
    words = ev.extra.get("title_words")
    if not words or q.type not in ("cloze", "multiple_choice", "true_false"):
        return False
    return not any(vocab.fold(w) in words for w in _CAPITALISED_WORD.findall(q.prompt))


def title_words(title: str, person: str | None) -> frozenset[str]:
    """The words that name an article's subject in a prompt: the title's own names ("Shusha" of
    "Battle of Shusha (2020)", "Juventus" of "Juventus F.C.") and a biography's subject's names."""
    names = {vocab.fold(w) for w in re.findall(r"[A-Z][\w'’-]{2,}", f"{title} {person or ''}")}
    return frozenset(names - _GENERIC_TITLE_WORDS)


_GENERIC_TITLE_WORDS = frozenset({"battle", "siege", "war", "wars", "history", "list", "river", "city", "kingdom",
                                  "empire", "republic", "university", "club", "national", "united", "states", "the",
                                  "and", "first", "second", "third", "great", "new", "old", "north", "south", "east",
                                  "west", "saint", "mount", "lake", "island", "islands", "county", "province"})


def _calendar_twin(q: Question, ev: Evidence) -> bool:
    """"On the night of 8 July (OS: ____)": the Old Style date is the New Style one less eleven days."""
    if not ev.blank:
        return False
    text = _sentence(ev)
    near = text[max(0, ev.blank[0] - 40):ev.blank[1] + 40]
    return bool(_OTHER_CALENDAR.search(near)) or bool(_DOUBLE_DAY.search(text[max(0, ev.blank[0] - 6):ev.blank[1]]))


# "(OS: 27 June)", "[O.S. 30 December]", "(N.S.)", "Old Style"; "19/29 October 1688": two calendars' days
_OTHER_CALENDAR = re.compile(r"[(\[]\s*(?:O\.?\s?S\.?|N\.?\s?S\.?)(?=[\s:.,)\]])|\b(?:Old|New) Style\b|\bJulian calendar\b")
_DOUBLE_DAY = re.compile(r"\b\d{1,2}/\d{1,2}\s+[A-Z][a-z]+")


def _share_complement(q: Question, ev: Evidence) -> bool:
    """"The alloy of ____ copper and 10% nickel": two shares of one whole, the other given."""
    if q.kind != "figure" or not ev.blank or ev.fact is None or "%" not in _sentence(ev):
        return False
    try:
        v = float(ev.fact.value)
    except (TypeError, ValueError):
        return False
    text = _sentence(ev)
    near = text[max(0, ev.blank[0] - 40):ev.blank[0]] + " " + text[ev.blank[1]:ev.blank[1] + 40]
    if any(abs(v + float(p) - 100) < 0.001 for p in _SHARE.findall(near)) and " and " in near:
        return True
    # "About 70% of the world's zinc originates from mining, while the remaining ____ comes from
    # recycling"; "increased its shareholding to a 52% majority" over ____ (50%)
    rest = text[:ev.blank[0]] + " " + text[ev.blank[1]:]
    return bool(_REMAINDER.search(text)) and any(abs(v + float(p) - 100) < 0.001 for p in _SHARE.findall(rest)) \
        or v == 50 and "majority" in rest


_REMAINDER = re.compile(r"\b(?:remaining|remainder|the rest|the other|while|whereas)\b")


def _computable_ratio(q: Question, ev: Evidence) -> bool:
    """"the prevalence is 8.5%, nearly double the rate of ____ in 1980"; "dropped from ____ to $774, a
    loss of nearly 2/3 of its value": another figure of the prompt and a ratio the prompt names give the
    key by arithmetic (within a fifth)."""
    if q.kind != "figure" or not ev.blank or ev.fact is None:
        return False
    text = _sentence(ev)
    factors = [f for m in _RATIO_WORD.finditer(text) for f in _RATIO_FACTORS[m.lastgroup]]
    if not factors:
        return False
    try:
        key = abs(float(ev.fact.value))
    except (TypeError, ValueError):
        return False
    rest = text[:ev.blank[0]] + " " + text[ev.blank[1]:]
    for m in _KEY_NUMBER.finditer(rest):
        if _YEAR_LIKE.fullmatch(m.group(0)):
            continue
        other = float(m.group(0).replace(",", ""))
        if not key or not other:
            continue
        ratio = max(key, other) / min(key, other)
        if any(abs(ratio - f) <= 0.2 * f for f in factors):
            return True
    return False


# ("half a mile", "the first half", "a third consecutive title": no ratio)
_RATIO_WORD = re.compile(
    r"\b(?:(?P<two>double[ds]?|twice|two times|twofold|halve[ds]|(?:by|in|to) half|half (?:of|as|that))|"
    r"(?P<three>triple[ds]?|three times|threefold|(?:a|one)[- ]third (?:of|as|that)|by a third)|"
    r"(?P<four>quadruple[ds]?|four times|fourfold|(?:a|one)[- ]quarter (?:of|as|that)|by a quarter)|"
    r"(?P<two_thirds>2/3|two[- ]thirds)|(?P<three_quarters>3/4|three[- ]quarters))\b")
_RATIO_FACTORS = {"two": (2,), "three": (3,), "four": (4,), "two_thirds": (1.5, 3), "three_quarters": (4 / 3, 4)}


_SHARE = re.compile(r"(\d{1,2}(?:\.\d+)?)\s?%")


def _half_range(q: Question, ev: Evidence) -> bool:
    """"married secretly between 23 Oct and ____ 1708": a false statement that moves one end of a span
    may leave the span still holding the truth (or no year at its start)."""
    return q.type == "true_false" and bool(ev.blank) and bool(_BETWEEN_BEFORE.search(_before_blank(ev, 60)))


_BETWEEN_BEFORE = re.compile(r"\b[Bb]etween\s+[^,;()]{1,40}?\s+and\s+$")


def _vague(q: Question, ev: Evidence) -> bool:
    """"Elections were held in ____.": a prompt that names nothing, not even the article's subject,
    says nothing of what it asks ("Maximum salinity values occur at about 25° north": of which
    ocean?). "Aardvarks live for up to ____ in captivity" names its subject."""
    anchored = ev.extra.get("names_subject", True)  # the sentence names the article's subject
    if q.type == "true_false":
        return not anchored and not _CAPITALISED.search(q.prompt[1:])
    if ev.sentence is None or not ev.blank or q.type not in ("cloze", "multiple_choice") or q.kind == "term":
        return False  # a term's sentence says what it names: "The user of an abacus is called ____."
    return not anchored and not _outside_blank(ev.sentence.text, *ev.blank)[1]


_LETTER_WORD = re.compile(r"[A-Za-z]{2,}")


# A blank's cloze, multiple choice and true/false read the same sentence around the same blank.
@lru_cache(maxsize=4096)
def _outside_blank(text: str, start: int, end: int) -> tuple[int, bool]:
    """The sentence without the blank: how many words of two letters or more (counted up to
    five), and whether it names anything."""
    rest = text[:start] + text[end:]
    # a language or nationality ("About ____ speak Spanish at home") names no one and nothing
    names = any(w != "I" and w.lower() not in DEMONYMS for w in _CAPITALISED.findall(rest[1:]))
    # (the words of two letters are counted up to five: the only question asked of them)
    letter_words = sum(1 for _ in islice(_LETTER_WORD.finditer(rest), 5))
    return letter_words, names


# one \b group rather than a \b per word: the same matches, three times faster on long sentences
_STATISTIC = vocab.caseless_test(r"%|\b(?:per ?cent|census|population|estimated?|rate|gdp|per capita|average|median|"
                                 r"survey|market|was worth|valued at|revenues?|sales|exports|imports|number of|"
                                 r"reserves|ranked|rankings?|most popular|top (?:ten|five|twenty|\d+)|poll|"
                                 r"league tables?|budget|spending|debt|output|production|"
                                 # "the fourth-largest diplomatic network": a ranking, of its year
                                 r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
                                 r"[- ](?:largest|biggest|highest|most|lowest|smallest|busiest))\b")


def _statistic_year(q: Question, ev: Evidence) -> bool:
    """"In ____, the population was 2,765,610": the year a statistic was taken is not the fact; nor
    is the year of an "as of ____" (the state of things then, not an event), nor the edition of a
    report ("The Freedom of the Press ____ report"), nor the start of a state "has been ... since ____"."""
    return q.kind == "date" and q.type != "true_false" and (
        _has_statistic(_sentence(ev)) or bool(_AS_OF_BEFORE.search(_before_blank(ev, 10)))
        or bool(_EDITION_AFTER.match(_after_blank(ev, 20)))
        or bool(_SINCE_STATE.search(_before_blank(ev, 60)))
        or bool(_LARGE_COUNT_IN.search(_before_blank(ev, 60))) or bool(_WITH_LARGE_COUNT.match(_after_blank(ev, 40))))


# "with 262 million passengers in ____", "the most visited museum in ____, with 7.4 million visitors":
# the year a large count was taken
_LARGE = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s+(?:thousand|million|billion))"
_LARGE_COUNT_IN = re.compile(r"\b" + _LARGE + r"\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s\s+in\s+$")
_WITH_LARGE_COUNT = re.compile(r",?\s+with\s+(?:about\s+|over\s+|nearly\s+|some\s+|around\s+|more than\s+)?" + _LARGE)


_EDITION_AFTER = re.compile(r"\s+(?:report|index|survey|ranking|rankings|edition|yearbook|census)\b")
# "Abdelaziz Bouteflika has been President since ____": true when written, stale when read
_SINCE_STATE = re.compile(r"\b(?:has|have) been\b[^.;]{0,40}\bsince\s+$")


_AS_OF_BEFORE = re.compile(r"\b[Aa]s of\s*$")


@lru_cache(maxsize=4096)
def _has_statistic(text: str) -> bool:  # a sentence's cloze and multiple choice both ask
    return _STATISTIC(text) or bool(_COUNT_OF_THEN.search(text)) or bool(_AMOUNT_OF_THEN.search(text))


# "In 2012, Canada spent approximately C$31.3 billion", "more than six million people visited": an
# amount of the year, a statistic
_AMOUNT_OF_THEN = re.compile(r"\b(?:spent|spending|collected|produced|visited|generated|earned|received|exported|"
                             r"imported|consumed|employed)\b[^.;]{0,60}?\b(?:million|billion|trillion)\b|"
                             r"\b(?:million|billion|trillion)\b[^.;]{0,40}?\b(?:spent|collected|produced|visited|"
                             r"generated|earned|received|exported|imported|consumed|employed)\b")


# "In 2014, around 30,500 creative companies operated in ...": a count of the time, a statistic
_COUNT_OF_THEN = re.compile(r"\b\d{1,3}(?:,\d{3})+\s+(?:[\w-]+\s+){0,2}[a-z]+s\s+(?:\([^()]*\)\s+)?(?:operated|lived|worked|were|"
                            r"existed|visited|studied|attended|employed|registered|used|owned|held)\b|"
                            # "In ____, there were 280,000 Jordanian citizens ... in Kuwait": a count taken that year
                            # ("In ____, there were 140 festivals and events in Amsterdam": any count)
                            r"\bthere\s+(?:were|was|lived)\s+(?:about\s+|some\s+|around\s+|approximately\s+|over\s+|"
                            r"more than\s+|nearly\s+|almost\s+)?\d[\d,.]*\s")


def _exact_large_number(q: Question, ev: Evidence) -> bool:
    """"The census counted ____ people" (2,765,610): an exact large number is recalled by no one, nor
    told from one a little off in a true/false statement."""
    if q.kind != "figure" or q.type not in ("cloze", "short_answer", "true_false") or ev.fact is None:
        return False
    digits = re.sub(r"\D", "", ev.fact.text.split(".")[0])
    significant = len(digits.rstrip("0"))
    # (546,000 speakers is as unrecallable as 14,736 people: three significant digits of a large count)
    return significant >= 4 or significant >= 3 and len(digits) >= 5


def _too_short(q: Question, ev: Evidence) -> bool:
    """"In ____, Get Up, Stand Up!": too little around the blank to be a statement."""
    if ev.sentence is None or not ev.blank:
        return False
    return _outside_blank(ev.sentence.text, *ev.blank)[0] < 5


def _blanks_the_subject(q: Question, ev: Evidence) -> bool:
    """"____ (6 February 1945 – 11 May 1981) was a Jamaican singer": the article's own subject,
    under another form of the name, opening the lead."""
    return (q.kind == "person" and ev.sentence is not None and not ev.sentence.section
            and bool(ev.blank) and ev.blank[0] == 0 and bool(re.match(r"\s*\(", _after_blank(ev, 3))))


_NOW = vocab.caseless_test(r"\b(?:today|currently|now|at present|presently|nowadays|as of now|to date|recent(?:ly)?)\b")


def _time_relative(q: Question, ev: Evidence) -> bool:
    """"Today it has about ____ members": true when written, stale when read; so is a count of years
    up to when it was written ("in its ____ years of existence", "over 200 years")."""
    return q.kind == "figure" and (_NOW(_sentence(ev)) or bool(ev.blank and (
        _YEARS_UP_TO_NOW.match(_after_blank(ev, 40)) or _PAST_SPAN_BEFORE.search(_before_blank(ev, 30)))))


# "over the past ____" (125 years): counted back from the day the article was written
_PAST_SPAN_BEFORE = re.compile(r"\b(?:over|in|during|for|within)\s+the\s+(?:past|last)\s+$")


# "85 years of existence", "200 years old": counted to the day the article was written
_YEARS_UP_TO_NOW = re.compile(r"(?:\s+years?)?\s+(?:of\s+(?:its\s+)?(?:existence|history|operation|service|"
                              r"independence)|old)\b")


_FUNCTION = {"the", "a", "an", "and", "or", "of", "by", "to", "in", "on", "at", "for", "with", "from", "as", "that",
             "which", "who", "was", "were", "is", "are", "be", "been", "had", "has", "have", "but", "than", "like",
             "such", "including", "between", "after", "before", "during", "when", "while", "also", "both", "then"}


def _no_role_at_blank(q: Question, ev: Evidence) -> bool:
    """A person blank with nothing beside it saying who fits ("director ____", "____, the Secretary
    of State"): several people of the article could fill it."""
    if q.kind != "person" or q.type not in ("cloze", "multiple_choice") or not ev.blank:
        return False
    before = _before_blank(ev, 30).split()
    word = before[-1] if before else ""
    if word and word.lower() not in _FUNCTION and re.fullmatch(r"[A-Za-z-]+", word):
        return False  # "leader ____", "Chancellor ____", "historian ____"
    return not re.match(r",\s+(?:the|a|an|who|then|later|his|her)\b", _after_blank(ev, 12))


_NUMBER_START = re.compile(r"[\d(]|(?:c\.|ca\.|circa)\s*\d|"  # ("c. 1185: First son Jochi was born": a timeline's line)
                           r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten),\s")  # ("Three, to immobilize ...": a point of a list)


def _starts_with_number(q: Question, ev: Evidence) -> bool:
    """"243 airports, of which 15 are paved.": a line of a list or table, not a sentence. So is a
    line led by a short label and a colon ("Cyrene, Libya: The oldest temple ...", "March 2019: Voted
    Employer of the Year"), which leans on a list's heading for what it is about."""
    text = _sentence(ev).lstrip()
    if _NUMBER_START.match(text):
        return True
    dashed = _DASH_LABEL.match(text) if "–" in text[:50] or "—" in text[:50] else None
    if dashed and not _LABEL_VERB.search(dashed.group(1)):
        return True  # "Dial-up Internet access – According to ...": a list item's label and a dash
    if ":" not in text[:80]:
        return False
    label = _LABEL_LEAD.match(text)
    if label and not _LABEL_VERB.search(label.group(1)):
        return True
    # "Frank Robinson: Robinson chose to have ...": a list entry led by a name its text takes up again
    name = _NAME_LABEL.match(text)
    return bool(name) and name.group(2) in text[name.end():name.end() + 60]


# a label of at most five words before a colon (not a clock time "16:40", nor "as follows:" after a verb)
# (what follows is a clause, not a subtitle: "Cyrene: The oldest temple", "2019: Voted ...", not "The
# Ren & Stimpy Show: Space Cadet Adventures was developed")
_LABEL_LEAD = re.compile(r"((?:[^\s:]+\s+){0,4}[^\s:]+):\s+"
                         r"(?=[a-z]|(?:The|A|An)\s+[a-z]|[A-Z][a-z]+ed\b|\d|_|(?<=\):\s)[A-Z])")
_DASH_LABEL = re.compile(r"((?:[^\s–—]+\s+){0,4}[^\s–—]+)\s+[–—]\s+(?=[A-Z])")
_NAME_LABEL = re.compile(r"((?:[A-Z][\w.'’-]*\s+){1,3}([A-Z][\w'’-]+)):\s+")
_LABEL_VERB = re.compile(r"\b(?:is|was|are|were|has|had|have|said|says|wrote|writes|stated|states|[a-z]{3,}ed|"
                         r"include|includes|included|follows?|reads?|notes?|added|declared|explained)\b|[\"“]")


def _free_recall_number(q: Question, ev: Evidence) -> bool:
    """A number to write from memory is harder to recall and to grade than to choose."""
    return q.kind == "figure" and q.type in ("cloze", "short_answer")


def _many_digit_figure(q: Question, ev: Evidence) -> bool:
    """"1,729,040 people", "587.49 nanometers": a number of four significant digits or more is learned by
    rote, and its options differ only in digits (readers passed 35% of 40 such multiple-choice questions,
    53% of 204 with fewer)."""
    if q.kind != "figure" or q.type not in ("cloze", "short_answer", "multiple_choice") or ev.fact is None:
        return False
    if isinstance(ev.fact.value, (list, tuple, bool)):
        return False  # (a range's two ends: each may be round)
    number = _KEY_NUMBER.search(str(q.answer.get("text") or ""))
    if number is None:
        return False
    return len(re.sub(r"\D", "", number.group(0)).strip("0")) >= 4


def _exact_day_recall(q: Question, ev: Evidence) -> bool:
    """The exact day of an event outside the lead ("On ____ (day, month and year), she received an
    honorary degree") to write from memory: a detail to choose, not to recall."""
    return q.kind == "date" and q.type in ("cloze", "short_answer") and ev.fact is not None \
        and bool(ev.sentence and ev.sentence.section) \
        and ev.fact.attrs.get("precision") == "day"


def _small_count(q: Question, ev: Evidence) -> bool:
    """"Through the next two orbits": a count a student guesses without reading."""
    if q.kind != "figure" or ev.fact is None or isinstance(ev.fact.value, list):
        return False
    try:
        value = float(ev.fact.value)
    except (TypeError, ValueError):
        return False
    # (a count is a whole number: an albedo of 0.3 or a ratio of 2.5 is a measure, not a count)
    return value.is_integer() and 0 < value <= 5 and not ev.fact.attrs.get("source") and "%" not in ev.fact.text


_MINOR_UNITS = re.compile(r"\b(?:seconds?|minutes?|hours?|ft|feet|inches?|in|mm|cm|m/s2?|km/h|mph|knots?|g)\b\.?$", re.I)


def _minor_measure(q: Question, ev: Evidence) -> bool:
    """Times and small measures inside a narrative ("41 hours into the flight") are details."""
    return q.kind == "figure" and ev.fact is not None and bool(_MINOR_UNITS.search(ev.fact.text))


def _outside_lead(q: Question, ev: Evidence) -> bool:
    return ev.sentence is not None and bool(ev.sentence.section)


def _deep_section(q: Question, ev: Evidence) -> bool:
    return ev.sentence is not None and len(ev.sentence.section) >= 3


def _routine_repeat(q: Question, ev: Evidence) -> bool:
    return ev.family >= 3 and not ev.first_of_family


def _routine(q: Question, ev: Evidence) -> bool:
    return ev.family >= 3 and ev.first_of_family


def _unresolved(q: Question, ev: Evidence) -> bool:
    return ev.unresolved


# Repairs of a sentence that leaned on the one before: a name given in full, a "then" or "too" or an
# opening "However," taken out. The sentence often leans on more than the words taken out.
_LEANING_REPAIRS = frozenset({"full-name", "drop-also", "drop-connective"})


def _repaired(q: Question, ev: Evidence) -> bool:
    return any(e in _LEANING_REPAIRS for e in q.edits)


def _inferred_year(q: Question, ev: Evidence) -> bool:
    return q.kind == "date" and ev.fact is not None and bool(ev.fact.attrs.get("year_inferred"))


def _year_from_afar(q: Question, ev: Evidence) -> bool:
    """"In September, after arriving at Malacca, ...": a year no sentence of the paragraph or its heading
    gives, taken from further back in an article that is no single event's: a key the text does not state."""
    return q.kind == "date" and ev.fact is not None and bool(ev.fact.attrs.get("year_from_afar"))


_PRESENT = re.compile(r"\b(?:is|are|has|have|occurs?|begins?|ends?|peaks?|falls?|starts?|lasts?|runs?|"
                      r"takes place|take place|blooms?|migrates?|breeds?)\b")


_ANNUAL = re.compile(r"\b(?:celebrates?|commemorates?|is (?:celebrated|observed|held|marked)|are (?:celebrated|held)|"
                    r"every year|each year|annually|yearly)\b")


def _contradicted(q: Question, ev: Evidence) -> bool:
    """The article says two things ("died June 20, 1969" in the lead, "July 20, 1969" in the body):
    one key would mark the other, also the article's, wrong."""
    return bool(ev.extra.get("contradicted"))


def _recurring(q: Question, ev: Evidence) -> bool:
    """"The state has a second tornado season in November": a month of every year, not of one;
    a year inferred for it makes a wrong key."""
    if q.kind != "date" or ev.fact is None or not ev.fact.attrs.get("year_inferred"):
        return False
    return every_year(_sentence(ev), str(ev.fact.value))


@lru_cache(maxsize=4096)  # asked by the repairs of a sentence and again by the rule for each question
def every_year(text: str, value: str) -> bool:
    """Is the date of the sentence one of every year, so that a year inferred for it is wrong? A month
    in the present tense ("has a second season in November"), a day that is celebrated or held."""
    if len(value.lstrip("-")) == 10:  # "On 18 March, Aruba celebrates its National Day"
        return bool(_ANNUAL.search(text))
    return len(value.lstrip("-")) == 7 and bool(_PRESENT.search(text))


_MEASURE_AFTER = re.compile(
    r"\s*(?:up to|to|and|or|–|-)\s+(?:(?:just\s+)?(?:under|over|about|around|nearly)\s+)?\d[\d,.]*\s*"
    r"(?:hours?|days?|km|mm|cm|m|metres?|meters?|miles?|feet|ft|°|%|per\b|people|inhabitants|tons?|tonnes?|kg|"
    r"units?|points?|votes?|metric)\b", re.I)


def _measure_not_year(q: Question, ev: Evidence) -> bool:
    """"range between ____ up to 2600 hours per year": the number is a measure, not a year."""
    return q.kind == "date" and bool(_MEASURE_AFTER.match(_after_blank(ev, 50)))


def _inside_title(q: Question, ev: Evidence) -> bool:
    return bool(ev.extra.get("inside_title"))


_SYMBOL_BEFORE = re.compile(r"[<>≤≥~±≈]$")


def _symbol_at_blank(q: Question, ev: Evidence) -> bool:
    """"found at the <____ ppm level": a sign glued to the blank reads as a typo."""
    return bool(_SYMBOL_BEFORE.search(_before_blank(ev, 2)))


_PERIOD_BEFORE = re.compile(
    r"(?:\b(?:mid|early|late|(?:the )?end of|(?:the )?start of|(?:the )?beginning of|(?:the )?middle of)[- ]?)$", re.I)


_READER = re.compile(r"\b(?:you|your|yours|yourself|you['’](?:ll|re|ve|d))\b")
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|‘[^’]*’|(?<!\w)'[^']*'(?!\w)")


def _addresses_reader(q: Question, ev: Evidence) -> bool:
    """"If you take a metered taxi, the fee will start from ____": advice to a traveller, not a fact of the story."""
    text = _sentence(ev)
    return "you" in text and q.kind != "quote" and bool(_READER.search(_QUOTED.sub(" ", text)))


_ARITHMETIC_CUE = re.compile(r"\b(?:plus|minus|difference|total|sum|remaining|remainder|rest|of which|results? from|"
                             r"leaving|left|more than the|fewer than the|less than the)\b", re.I)
_PROMPT_NUMBER = re.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?(?![\w,.]?\d)")


def _computable_figure(q: Question, ev: Evidence) -> bool:
    """"The 36 seconds results from the initial difference of ____ at the start of 1972, plus 26 leap
    seconds": two numbers the prompt prints give the answer by a sum or a difference."""
    if q.kind != "figure" or not ev.blank or ev.fact is None or not isinstance(ev.fact.value, (int, float)):
        return False
    text = _sentence(ev)
    if not _ARITHMETIC_CUE.search(text):
        return False
    key = float(ev.fact.value)
    shown = text[:ev.blank[0]] + " " + text[ev.blank[1]:]
    numbers = [float(n.replace(",", "")) for n in _PROMPT_NUMBER.findall(shown)]
    numbers = [n for n in numbers if not (1000 <= n <= 2100 and n == int(n)) and n != key]  # (not years)
    return key >= 2 and any(a + b == key or abs(a - b) == key for i, a in enumerate(numbers) for b in numbers[i + 1:])


def _bracket_blank(q: Question, ev: Evidence) -> bool:
    """"KARJ (____) is a radio station": the blank is all a bracket after the name that opens the
    sentence holds, and nothing says what it asks."""
    if q.type == "true_false" or not ev.blank or not _after_blank(ev, 2).startswith(")"):
        return False
    # (a name alone before it, opening the sentence: "In Israel (____)" says a share is asked)
    return bool(re.fullmatch(r"(?:[A-Z][\w.&'’-]*\s+){0,2}[A-Z][\w.&'’-]*\s*\(", _sentence(ev)[:ev.blank[0]]))


def _bracketed_aside(q: Question, ev: Evidence) -> bool:
    """"the much younger American Kolponomos (about ____ Mya)", "Arca's mixtape &&&&& (____)": a
    date or figure in brackets in mid-sentence is an aside about something else named in passing."""
    if not ev.blank or ev.blank[0] < 12 or "(" not in _before_blank(ev, 20) or not re.search(
            r"\(\s*(?:about|c\.|ca\.|around|approximately|some|circa|b\.|d\.|r\.|fl\.)?\s*$", _before_blank(ev, 20)):
        return False  # ("(d. ____)": the year of death of someone named in passing)
    return bool(re.match(r"\s*(?:[^\W\d]{1,6}\.?\s*)?\)", _after_blank(ev, 12))) and not _bracket_blank(q, ev)


def _life_date_aside(q: Question, ev: Evidence) -> bool:
    """"Ban Chao (d. ____)": the birth, death or reign year of someone named in passing, not what
    the sentence says."""
    return q.kind == "date" and bool(ev.blank) and bool(_LIFE_BRACKET.search(_before_blank(ev, 14)))


_LIFE_BRACKET = re.compile(r"\(\s*(?:b\.|d\.|r\.|fl\.|born|died|reigned|c\.\s*)\s*(?:(?:AD|CE|BC|BCE|c\.)\s*)?$")


def _part_of_period(q: Question, ev: Evidence) -> bool:
    """"mid-November" keyed "November 1805": the blank leaves a qualifier behind or drops one."""
    if q.kind != "date" or not ev.blank:
        return False
    return bool(_PERIOD_BEFORE.search(_before_blank(ev, 20))) or _after_blank(ev, 1) == "-"


_POSSESSIVE_AFTER = re.compile(r"['’](?:s\b|\s)")


def _possessive_blank(q: Question, ev: Evidence) -> bool:
    """"____'s teachings": the blank reads awkwardly, and a family name the article gives several
    people ("Ueshiba's") invites the wrong one."""
    return q.kind == "person" and q.type in ("cloze", "multiple_choice") and bool(
        _POSSESSIVE_AFTER.match(_after_blank(ev, 3)))


def _name_recall(q: Question, ev: Evidence) -> bool:
    """A name to write from memory: readers pass these least often of all kinds (a minor figure of
    the story, a name the sentence gives little reason to know); a choice among names is easier."""
    return q.kind == "person" and q.type in ("cloze", "short_answer")


def _rare_person(q: Question, ev: Evidence) -> bool:
    """Someone the article names once, with no role: a roster entry, not part of the story."""
    return q.kind == "person" and q.type != "matching" and ev.mentions <= 1 and not ev.has_role


def _mixed_terms(q: Question, ev: Evidence) -> bool:
    """The article's other terms as options: a field of study among pigment cells and warts, an
    adjective among problems: the one of another kind stands out."""
    return q.type == "multiple_choice" and q.kind == "term"


def _made_up_options(q: Question, ev: Evidence) -> bool:
    return q.type == "multiple_choice" and ev.synthetic_distractors >= 2


def _beatable_options(q: Question, ev: Evidence) -> bool:
    return q.type == "multiple_choice" and ev.pattern_distractors


def _unrelated_options(q: Question, ev: Evidence) -> bool:
    return q.type == "multiple_choice" and bool(ev.extra.get("unrelated_options"))


def _assembled(q: Question, ev: Evidence) -> bool:
    """Ordering items and person-role pairs are cut out of sentences: their fragments rarely read
    as events or roles, and world knowledge often gives the order away."""
    return q.type == "ordering" or (q.type == "matching" and q.kind == "person")


_BLANK_HINT = re.compile(BLANK + r" \([a-z, ]+\)")


_AGE_BEFORE = re.compile(r"\b(?:at (?:the )?age(?: of)?|aged)\s+$", re.I)
_YEARS = vocab.MODERN_YEAR  # the years of the modern era a prompt may print


def _computable_age(q: Question, ev: Evidence) -> bool:
    """"Born in 1977, he first ran at age ____ at the 2000 Olympics": the answer is a subtraction."""
    if q.kind != "figure" or q.type == "true_false" or not _AGE_BEFORE.search(_before_blank(ev, 20)):
        return False
    before = _sentence(ev)[:ev.blank[0]]
    return bool(_BORN_YEAR.search(before)) and len(set(_YEARS.findall(_sentence(ev)))) >= 2


def _computable_span(q: Question, ev: Evidence) -> bool:
    """"From June 1971 to December 1972, ____ months": a span the two dates in the prompt give."""
    if q.kind != "figure" or q.type == "true_false" or not ev.blank:
        return False
    m = _SPAN_UNIT_FROM_BLANK.match(_sentence(ev), ev.blank[0])
    if not m:
        return False
    outside = _sentence(ev)[:ev.blank[0]] + " " + _sentence(ev)[ev.blank[1]:]
    if m.group(1).startswith(("month", "week")) and _MONTH_TO_MONTH.search(outside):
        return True  # "the season lasts about ____, from May to October": six months, counted on fingers
    years = sorted({int(y) for y in _YEARS.findall(outside)})
    if len(years) < 2:
        return False
    n = ev.fact.value if ev.fact is not None else None
    if m.group(1) in ("year", "years", "season", "seasons") and isinstance(n, (int, float)):
        # two years of the prompt that count it ('from 1899 to 1909' gives no Gerrard's 12 seasons)
        return any(abs(b - a - n) <= 1 for i, a in enumerate(years) for b in years[i + 1:])
    return True


_MONTH_TO_MONTH = re.compile(r"\b(?:from|between)\s+" + _MONTH + r"\s+(?:to|until|till|through|and)\s+" + _MONTH + r"\b")
# the unit of the blank, in it or at most two words after it: "____ consecutive years", "____ seasons"
_SPAN_UNIT_FROM_BLANK = re.compile(r"\S*(?:\s+(?:consecutive|straight|successive|full|whole|more|further))?\s+(years?|months?|weeks?|days?|decades?|centuries|century|seasons?)\b")


_AGE_IN_PROMPT = re.compile(r"\b(?:at the age of|aged|at age)\s+(\d{1,3}|[a-z]+(?:-[a-z]+)?)\b"
                            r"|\b(\d{1,3})(?:st|nd|rd|th)\s+birthday\b"
                            r"|\b((?:\d{1,3}|[a-z]+) years after (?:his|her) death)\b"
                            # "when Victoria was less than a year old", "when he was 12 years old"
                            r"|\bwhen (?:[A-Z][\w'’-]+|he|she) was (?:only |just |barely )?"
                            r"(?:(less than a)|(\d{1,3}|[a-z]+(?:-[a-z]+)?)) years? old\b"
                            # "the nine-year-old Freud entered the school"
                            r"|\b(\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old\s+(?:[A-Z][\w'’-]+|he|she)\b")


def _year_from_age(q: Question, ev: Evidence) -> bool:
    """"In ____, at the age of 16, Albert Einstein sat the examinations": the birth year plus the age."""
    born = ev.extra.get("born")
    if q.kind != "date" or not born or ev.fact is None \
            or not (ev.extra.get("names_subject", True) or ev.extra.get("says_he_or_she")):
        return False
    m = _AGE_IN_PROMPT.search(q.prompt)
    if not m:
        return False
    if m.group(3):  # "100 years after his death": the death's year gives it
        return bool(ev.extra.get("died"))
    said = m.group(1) or m.group(2) or m.group(5) or m.group(6)
    age = 0 if m.group(4) else int(said) if said.isdigit() else formats.word_number(said.lower())
    year = str(ev.fact.value)[:4]
    if q.type == "true_false":  # "On 16 May 1888, aged 35, ...": the age checks the year, true or false
        return age is not None
    return age is not None and year.isdigit() and int(year) - born in (age, age + 1)


def _age_from_year(q: Question, ev: Evidence) -> bool:
    """"By 1968, Armstrong was approaching 40" for a man born in 1901: a false age the year in the statement
    and the birth year rule out unread. (Asking the age itself is fine: readers passed 7 of 7.)"""
    born = ev.extra.get("born")
    if q.kind != "figure" or q.type != "true_false" or not ev.extra.get("wrong_value") or not born \
            or ev.fact is None or ev.sentence is None or ev.fact.span is None:
        return False
    start = ev.fact.span[0] - ev.sentence.start
    if not _AGE_WORDS_BEFORE.search(ev.sentence.text, max(0, start - 24), start):
        return False
    years = [int(y) for y in _YEARS.findall(ev.sentence.text)]
    try:
        age = float(ev.fact.value)
    except (TypeError, ValueError):
        return False
    return any(0 <= y - born - age <= 1 for y in years)


_AGE_WORDS_BEFORE = re.compile(r"\b(?:aged|age of|at age|approaching|turned|nearing)\s+$", re.I)


_KNOWN_ANCHOR = re.compile(r"\b(?:before|after|at|since)\s+(?:the\s+)?(?:beginning|start|outbreak|end|close)\s+of\s+"
                           r"(?:the\s+)?(?:World War (?:I|II|One|Two)|(?:First|Second) World War)\b|"
                           # "until ____, in the aftermath of World War I": the year it ended
                           r"\b(?:in the aftermath of|at the end of|after the end of)\s+(?:the\s+)?"
                           r"(?:World War (?:I|II|One|Two)|(?:First|Second) World War)\b|"
                           r"\b(?:when|as) (?:World War (?:I|II)|the (?:First|Second) World War) (?:began|broke out|ended)\b")


# The world wars' years, for a sentence that dates its event by them
_WARS = ((re.compile(r"\b(?:World War (?:II|Two)|WWII|WW2|(?:the )?Second World War)\b"), *vocab.WORLD_WARS[1]),
         (re.compile(r"\b(?:World War (?:I|One)|WWI|WW1|(?:the )?First World War|(?:the )?Great War)\b(?! I)"),
          *vocab.WORLD_WARS[0]))
_ANCHOR_WORD = re.compile(r"\b(after|following|before|prior to|during|in)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?$", re.I)


def _contradicts_anchor(q: Question, ev: Evidence) -> bool:
    """"After WWII at late 1940": the year asked is on the wrong side of the war the sentence dates it by
    (the article's slip, or a misread): a key the sentence itself contradicts."""
    if ev.fact is None or ev.sentence is None or ("War" not in ev.sentence.text and "WW" not in ev.sentence.text):
        return False
    year = re.match(r"(\d{4})", str(ev.fact.value))
    if not year:
        return False
    key = int(year.group(1))
    text = ev.sentence.text
    for war, start, end in _WARS:
        for m in war.finditer(text):
            word = _ANCHOR_WORD.search(text[max(0, m.start() - 25):m.start()])
            if not word:
                continue
            how = word.group(1).lower()
            if how in ("after", "following") and key < end or how in ("before", "prior to") and key > start \
                    or how in ("during", "in") and not start <= key <= end:
                return True
    return False


def _contradicts_century(q: Question, ev: Evidence) -> bool:
    """"During the early 20th century, research on Titan led to the confirmation in ____" (1944): the
    part of the century the sentence names leaves the key out (the article's slip)."""
    if ev.fact is None or ev.sentence is None or "entury" not in ev.sentence.text:
        return False
    year = re.match(r"(\d{4})", str(ev.fact.value))
    m = _PART_OF_CENTURY.search(ev.sentence.text)
    if not year or not m:
        return False
    key, first = int(year.group(1)), (int(m.group(2)) - 1) * 100
    if not first <= key < first + 100:
        return False  # a year of another century: another clause's, no contradiction to read
    at = key - first
    return (m.group(1).lower() == "early" and at > 40) or (m.group(1).lower() == "late" and at < 60)


_PART_OF_CENTURY = re.compile(r"\b(early|late)[- ](\d{1,2})(?:st|nd|rd|th)[- ]century\b", re.I)


def _known_anchor(q: Question, ev: Evidence) -> bool:
    """"In ____, a few months before the beginning of World War II": dated by what everyone knows."""
    return q.kind == "date" and q.type != "true_false" and bool(_KNOWN_ANCHOR.search(q.prompt))


_BORN_YEAR = re.compile(r"\b[Bb]orn\b[^.;()]{0,20}\b(?:1[5-9]\d\d|20\d\d)\b")


_MONEY = re.compile(r"[$£€¥]|\b(?:dollars?|euros?|pounds sterling|yen|rupees?)\b", re.I)
_ECONOMY = vocab.caseless_test(r"\b(?:totall?ed|amounted to|revenues?|receipts|sales|exports|imports|gdp|budget|"
                               r"earnings|profits?|income|spending|expenditures?|investments?)\b")


# "launched by ____", "before ____": a bound, so an earlier (or later) year is as true as the key
_DATE_BOUND_BEFORE = re.compile(r"\b(?:[Bb]y|[Bb]efore|[Pp]rior to|[Nn]o later than|[Aa]s early as|[Aa]s late as|"
                                r"[Uu]ntil at least)\s+(?:(?:the )?(?:end|middle|start|beginning) of\s+)?$")


def _bounded_date(q: Question, ev: Evidence) -> bool:
    # (a cloze asks what the text says; options and a false statement on either side may be as true;
    # but "By ____, Congress was unable to ..." opening a sentence is a state reached by then, true of
    # the years after as well)
    if q.kind != "date" or not ev.blank:
        return False
    if q.type in ("multiple_choice", "true_false"):
        return bool(_DATE_BOUND_BEFORE.search(_before_blank(ev, 30)))
    # ("Prior to ____, the river had assumed various names": a cutoff whose event the sentence does not tell)
    return q.type in ("cloze", "short_answer") and _sentence(ev)[:ev.blank[0]].strip() in ("By", "Prior to", "Before",
                                                                                           "Until", "Up to", "Up until")


def _asked_year(q: Question, ev: Evidence) -> str | None:
    if q.kind != "date" or q.type == "true_false" or ev.fact is None:
        return None
    year = str(ev.fact.value).lstrip("-")[:4]
    return year if len(year) == 4 and year.isdigit() and year not in q.prompt else None


def _year_in_prompt(q: Question, ev: Evidence) -> bool:
    """The prompt writes the asked year short: "at Expo '70" for a key of January 1970."""
    year = _asked_year(q, ev)
    if not year or ("'" not in q.prompt and "’" not in q.prompt):
        return False
    return bool(re.search(r"['’]" + year[2:] + r"\b", q.prompt))


def _repeated_event(q: Question, ev: Evidence) -> bool:
    """"Michelangelo returned to Florence in ____" where the article has him return there in three years."""
    return q.kind == "date" and bool(ev.extra.get("repeated_event"))  # (true or false: either year may be meant)


def _year_named_elsewhere(q: Question, ev: Evidence) -> bool:
    """The prompt names what the article calls by its year elsewhere: "condemned the Russian
    invasion of Ukraine in ____" where the article writes "the 2022 Russian invasion of Ukraine"."""
    names = ev.extra.get("year_names")
    if not names or not _asked_year(q, ev):
        return False
    prompt = fold_text(q.prompt)
    return any(name in prompt for name in names)


# Abbreviations a student reads without help; Roman numerals are no abbreviation at all
_KNOWN_ABBREVIATIONS = frozenset("""US USA UK UN EU NATO BBC NASA FBI CIA USSR TV CEO DNA RNA AIDS HIV GDP WWI WWII
AD BC CE BCE PhD MP NFL NBA MLB NHL FIFA UEFA IOC CD DVD PC AI OK UNESCO UNICEF WHO NHS MBA BA MA BSc MSc OBE MBE
CBE KBE IQ UFO SUV GPS LED CNN ABC CBS NBC HBO MTV ITV PM AM UTC GMT NYC LA EP LP RAF IRA ISIS PLO USS HMS RMS SS
HMAS HMCS SEAL SEALs NCAA""".split())
_TWO_CAPITALS = re.compile(r"[A-Z][A-Z&]")
_ABBREVIATION = re.compile(r"\b[A-Z][A-Z&]{1,5}\b(?![.'’]?\w)")
_ROMAN = re.compile(r"[IVXLCDM]+")


def _unexplained_abbreviation(q: Question, ev: Evidence) -> bool:
    """"SDI also builds batteries", "DA merged with ...": an abbreviation the prompt does not spell out
    and a student cannot be expected to know (the article's own title and well-known ones aside)."""
    if not _TWO_CAPITALS.search(q.prompt):  # (one fast scan: most prompts hold no abbreviation)
        return False
    title = str(ev.extra.get("title", ""))
    for m in _ABBREVIATION.finditer(q.prompt):
        word = m.group(0)
        if word in _KNOWN_ABBREVIATIONS or _ROMAN.fullmatch(word) or word in title or "&" in word and len(word) <= 3:
            continue
        if word in q.prompt.replace(" ", "") and re.search(r"\(\s*" + re.escape(word) + r"\s*\)", q.prompt):
            continue  # "Alberta Health Services (AHS)": spelled out right there
        return True
    return False


_RECEPTION_HEADING = re.compile(r"\b(?:reception|critic|critical|reviews?|response|legacy|appraisal|acclaim|"
                                r"impact|popular culture|cultural|in media|influence)", re.I)
_REMARK = re.compile(r"\b(?:said|says|remarked|stated|wrote|writes|described|called|praised|critici[sz]ed|commented|"
                     r"noted|opined|argued|claimed|listed|ranked|named|placed|put|included|voted|rated|debating|"
                     r"according to)\b|[\"“]")


def _remark_year(q: Question, ev: Evidence) -> bool:
    """"Chris Jager of PC World remarked in ____": the year a critic said something, in a reception
    section, is citation detail, not a fact of the subject."""
    if q.kind != "date" or ev.sentence is None or ev.fact is None or len(str(ev.fact.value)) != 4:
        return False
    return any(_RECEPTION_HEADING.search(h) for h in ev.sentence.section) and bool(_REMARK.search(_sentence(ev)))


_ABOUT_BEFORE = re.compile(r"\b(?:about|around|circa|c\.|ca\.|approximately|roughly)\s+$", re.I)


def _approximate_year(q: Question, ev: Evidence) -> bool:
    """"Since about ____" with 2001 among the options: a year next to an approximate key is as right."""
    if q.kind != "date" or q.type != "multiple_choice" or not _ABOUT_BEFORE.search(_before_blank(ev, 20)):
        return False
    key = str((q.answer or {}).get("value", ""))[:4]
    years = [c[-4:] for c in q.choices or [] if c[-4:].isdigit()]
    return key.isdigit() and any(y != key and abs(int(y) - int(key)) <= 3 for y in years)


# "has not yet (____) been", "to date (____)", "(c. ____)": a date stamp of the text, or a guess in brackets
_STAMP_BEFORE = re.compile(r"(?:\b(?:yet|to date|as of|currently|now|still)\s*\(\s*|\(\s*(?:c\.|ca\.|circa|fl\.)\s*|"
                           r"\b[Aa]s (?:at|of)\s+)$")  # ("main trading partners, as at ____, are ...")


def _date_stamp(q: Question, ev: Evidence) -> bool:
    if q.kind != "date" or not ev.blank:
        return False
    before = _before_blank(ev, 200)
    # "is in phase-III trials (in ____)": a present state and the year it was true in
    return bool(_STAMP_BEFORE.search(before[-25:]) or _IN_BRACKET_BEFORE.search(before)
                and _PRESENT_STATE.search(before))


_IN_BRACKET_BEFORE = re.compile(r"\(\s*(?:in|since)\s*$")
_PRESENT_STATE = re.compile(r"\b(?:is|are|remains|remain|has|have)\b")


def _undated_economy(q: Question, ev: Evidence) -> bool:
    """"Farm cash receipts totalled ____": an amount of a year the sentence does not give."""
    text = _sentence(ev)
    answer = str((q.answer or {}).get("text", ""))
    return q.kind == "figure" and bool(_MONEY.search(answer) and _ECONOMY(text) and not _YEARS.search(text))


# "The Israelis lost 40 dead and 140 wounded": losses with no battle, place or time to tell them
# from the article's other losses (readers passed 40% of such figure questions, 56% of those anchored)
_LOSSES = re.compile(r"\b(?:lost|suffered|losing)\b[^.;]{0,40}?\b(?:men|dead|killed|wounded|casualties|deaths|soldiers|"
                     r"troops|officers)\b|\b(?:casualties|killed|wounded)\b")
_LOSSES_ANCHOR = re.compile(r"\b1\d{3}\b|\b20\d\d\b|\b(?:at|in|near|during|of|on|from|for|over)\s+(?:the\s+)?[A-Z]|"
                            r"\b(?:[Bb]attle|[Ss]iege|[Oo]peration|[Cc]ampaign|[Oo]ffensive|[Rr]aids?|[Aa]ttacks?|[Bb]ombing|"
                            r"[Ww]ar|[Ee]xpedition|[Rr]ebellion|[Uu]prising|[Ii]nvasion|[Aa]ssault|[Cc]rash|[Ee]arthquake|"
                            r"[Ss]torm|[Hh]urricane|[Ee]pidemic|[Oo]utbreak)\b|\b(?:each|a|per) year\b|\bannually\b")


def _unplaced_losses(q: Question, ev: Evidence) -> bool:
    if q.kind != "figure" or ev.fact is None:
        return False
    text = q.prompt.split("“")[-1]
    return _LOSSES.search(text) is not None and _LOSSES_ANCHOR.search(text) is None


_BOUND_BEFORE = re.compile(r"\b(?:[Mm]ore than|[Oo]ver|[Aa]t least|[Ll]ess than|[Ff]ewer than|[Uu]nder|[Uu]p to|"
                           r"[Nn]early|[Aa]lmost|[Ii]n excess of|"
                           # "temperatures can exceed ____", "can rise to ____": a lower figure is as true
                           r"(?:can|could|may|might|often|sometimes|regularly)\s+(?:exceed|surpass|top|reach|rise\s+to|"
                           r"climb\s+to|fall\s+to|drop\s+to)|exceeding|exceeds)\s+$")


def _bounded_blank(q: Question, ev: Evidence) -> bool:
    """"More than ____ after his death": every smaller number is as true; the bound is no fact to recall."""
    return q.kind == "figure" and q.type in ("cloze", "short_answer") and bool(
        _BOUND_BEFORE.search(_before_blank(ev, 20)) or _BOUND_AFTER_BLANK.match(_after_blank(ev, 20)))


_BOUND_AFTER_BLANK = re.compile(r"\s+(?:or|and)\s+(?:more|fewer|less|greater|higher|lower|above|over|under)\b")


# "Should the GDP remain at 2.2% ..., it would exceed ...", "If ... were ..., ... would ...": a
# figure of a supposition, not of what happened
_HYPOTHETICAL = re.compile(r"^(?:Should|Were|Had) (?:the |a |an |its |their )?[\w'’ -]{1,40}? (?:remain|be|continue|"
                           r"grow|fall|rise|stay|reach|been|have|died|lived|won|lost)\b|"
                           r"\b[Ii]f\b[^.;]{3,120}\b(?:would|could|might)\b")
# a forecast: "will be finished and ready for settlement by 2025", "is expected to open in 2027"
_FORECAST = re.compile(r"\bwill\s+(?:be|open|begin|start|finish|complete|host|reach|become)\b|"
                       r"\b(?:is|are)\s+(?:expected|scheduled|planned|projected|due|set)\s+to\b|"
                       r"\b(?:is|are|was|were)\s+(?:expected|scheduled|planned|projected)\s+(?:in|by|for)\b")
_FORECAST_WORDS = ("will ", "expected", "scheduled", "planned", "projected", " due ", " set to")


def _hypothetical(q: Question, ev: Evidence) -> bool:
    text = _sentence(ev)
    return q.kind in ("date", "figure") and (bool(_HYPOTHETICAL.search(text)) or any(
        w in text for w in _FORECAST_WORDS) and bool(_FORECAST.search(text)))


# "The German federal elections, 2005 were held ...": an article's title with its year after a
# comma, written in the sentence as a name
_TITLE_INVERSION = re.compile(r"\b[a-z]+, (?:1[5-9]|20)\d{2}\b(?= (?:was|were|is|are|had|has|took|began|ended|saw)\b)")


def _title_inversion(q: Question, ev: Evidence) -> bool:
    return (", 1" in q.prompt or ", 2" in q.prompt) and bool(_TITLE_INVERSION.search(q.prompt))


# "the prime minister, currently ____": true when the article was written, not when it is asked
_NOW_BEFORE = re.compile(r"\b(?:currently|presently|at present|now|incumbent|the current)\s*,?\s*$", re.I)


# "has been women's world number one for ____ consecutive months": a span still running when written
_PERFECT_FOR = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been|held|served|led|remained|run|stood|lived|worked)\b"
                          r"[^.;]{0,80}\bfor\s*$")
_SPAN_UNIT_AFTER = re.compile(r"\s+(?:consecutive\s+|straight\s+)?(?:days|weeks|months|years|seasons|decades)\b")


def _is_small_number(value, limit: float) -> bool:
    try:
        return 0 < float(value) < limit
    except (TypeError, ValueError):
        return False


def _time_bound(q: Question, ev: Evidence) -> bool:
    if not ev.blank:
        return False
    if _NOW_BEFORE.search(_before_blank(ev, 20)):
        return True
    if re.match(r"\s+ago\b", _after_blank(ev, 8)) and ev.fact is not None and _is_small_number(ev.fact.value, 1000):
        return True  # "____ ago, the crisis brought the world to the brink" (fifty years): counted from the writing
        # (not "66 million years ago": a span of the earth's history, the same whenever it is read)
    return q.kind == "figure" and bool(_PERFECT_FOR.search(_before_blank(ev, 140))) \
        and bool(_SPAN_UNIT_AFTER.match(_after_blank(ev, 30)))


# "based on ____ reviews" (a review aggregator's count), "at least ____ filmed scene" (one, by the noun)
_REVIEW_COUNT = re.compile(r"\bbased on\s*$")


def _trivial_count(q: Question, ev: Evidence) -> bool:
    if q.kind != "figure" or not ev.blank:
        return False
    after = _after_blank(ev, 20)
    if _REVIEW_COUNT.search(_before_blank(ev, 12)) and re.match(r"\s+(?:\w+\s+)?reviews\b", after):
        return True
    value = ev.fact.value if ev.fact is not None else None
    return value == 1 and not re.match(r"\s+(?:hundred|thousand|million|billion|trillion|percent|per)\b", after) \
        and bool(re.match(r"\s+(?:[a-z]+\s+)?[a-z]+(?<!s)\b(?!['’])", after))


# "the lead single ... on ____", "the fifth and final single", "started on ____": a position word
# makes the key the earliest or latest of the options
_POSITION_WORDS = re.compile(r"\b(?:first|lead|debut|final|last|earliest|latest|began|begun|started|starts|opened|"
                             r"launched|originally|initially|eventually|finally)\b", re.I)


def _position_giveaway(q: Question, ev: Evidence) -> bool:
    if q.type != "multiple_choice" or q.kind not in ("date", "figure") or not q.choices or \
            not _POSITION_WORDS.search(q.prompt):
        return False
    keys = [_option_value(q.kind, c) for c in q.choices]
    answer = _option_value(q.kind, str(q.answer.get("text", "")))
    if answer is None or any(k is None for k in keys):
        return False
    return answer in (min(keys), max(keys))


def _option_value(kind: str, text: str):
    """An option as a value to order: a date's ISO text (its years, months and days in order), a
    figure's first number."""
    if kind == "date":
        parsed = parse_date_text(text)
        return parsed[0].split("/")[0] if parsed else None
    m = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    return float(m.group(0).replace(",", "")) if m else None


def _answer_word_beside(q: Question, ev: Evidence) -> bool:
    """"dance-pop artists like Lady ____" keyed "Lady Gaga": a word of the name printed beside the blank."""
    if q.kind != "person" or not ev.blank or q.type not in ("cloze", "multiple_choice"):
        return False
    words = str(q.answer.get("text", "")).split()
    if len(words) < 2:
        return False
    before = _before_blank(ev, 30).split()
    after = _after_blank(ev, 30).split()
    return bool(before and before[-1] == words[0]) or bool(after and after[0].strip(",.;:") == words[-1])


# "John Standing as ____, a corrupt bishop": a line of a cast list, an actor and a role
_CAST_LINE = re.compile(r"^(?:[A-Z][\w.'’-]+\s+){1,3}as\s+(?:the\s+)?[A-Z][\w.'’-]*")


def _cast_line(q: Question, ev: Evidence) -> bool:
    return bool(_CAST_LINE.match(_sentence(ev))) and not re.search(r"\b(?:is|was|were|are|has|had|plays|played|"
                                                                     r"appears|appeared|stars|starred)\b",
                                                                     _sentence(ev))


# "has 13 degrees of freedom ...": a sentence whose subject went with a formula the text lost
_FRAGMENT_START = re.compile(r"(?:has|have|is|are|was|were|can|will|may|gives|give|shows|show|equals|yields|"
                             r"becomes|denotes|means|and|or|but|which|where|with)\s")


def _fragment_start(q: Question, ev: Evidence) -> bool:
    text = _sentence(ev)
    # ("deviates, add them all up, and subtract ____": a line that lost its start opens in lower case)
    return bool(_FRAGMENT_START.match(text)) or bool(re.match(r"[a-z]{3,}[,;:]?\s", text))


def _person_options(q: Question, ev: Evidence) -> bool:
    """A name chosen among four from the sentence's blank: the other names the article offers are of
    other roles, sides and times more often than not (readers passed 3 of 23 such questions)."""
    return q.kind == "person" and q.type == "multiple_choice"


def _long_prompt(q: Question, ev: Evidence) -> bool:
    # (the words the blank adds to say how precise to be are not the sentence's length)
    return len(_BLANK_HINT.sub(BLANK, q.prompt).split()) > 38


def _packed_statement(q: Question, ev: Evidence) -> bool:
    """A true/false statement that copies a long sentence holding many facts ("In 1999, after 81 days
    and 4,767 km, ..."): which of them is being tested?"""
    if q.type != "true_false":
        return False
    # (a date is one fact, "24 November 1940"; "the 2nd Battleship Division" is a name, not a fact)
    text = _ONE_DATE.sub("D", q.prompt)
    facts = len(re.findall(r"\d[\d,.]*(?!\d|st\b|nd\b|rd\b|th\b)", text))
    return len(q.prompt.split()) > 26 or facts >= 3


_ONE_DATE = re.compile(r"\b\d{1,2}\s+(?:" + vocab.MONTH_NAMES_RE + r")\s+\d{3,4}\b|\b(?:" + vocab.MONTH_NAMES_RE +
                       r")\s+\d{1,2},?\s+\d{3,4}\b")


_DATE, _PERSON, _FIGURE, _TERM = frozenset({"date"}), frozenset({"person"}), frozenset({"figure"}), frozenset({"term"})
_DATE_FIGURE = _DATE | _FIGURE

RULES: tuple[Rule, ...] = (
    # where the fact stands
    Rule("back-matter", 1.0, "from a list, credits or popular-culture section, not the article's story", _in_back_matter),
    Rule("addresses-reader", 1.0, "advice to the reader ('If you take a taxi ...'), not a fact of the story", _addresses_reader),
    Rule("citation-year", 1.0, "a year inside a citation", _citation_year, _DATE),
    Rule("cited-passage", 1.0, "the line number of a passage cited by canto ('(Paradiso, XVII, ____)')", _cited_passage),
    Rule("anniversary-year", 0.8, "the year of an anniversary, worked out from the date it counts from", _anniversary_year, _DATE),
    Rule("routine-repeat", 1.0, "one of many sentences of the same shape (daily reports); one of them is asked", _routine_repeat),
    Rule("routine", 0.3, "a sentence of a family of near-identical ones", _routine),
    Rule("outside-lead", 0.08, "not in the lead, which states what the article is about", _outside_lead),
    Rule("deep-section", 0.1, "a detail of a sub-subsection", _deep_section),
    Rule("no-role-at-blank", 0.15, "nothing beside the person blank says who fits it", _no_role_at_blank, _PERSON),
    Rule("possessive-blank", 0.5, "the person blank is a possessive ('____'s army')", _possessive_blank, _PERSON),
    Rule("name-recall", 0.4, "a name to write from memory rather than choose", _name_recall, _PERSON),
    Rule("rare-person", 0.35, "someone named once, with no role in the story", _rare_person, _PERSON),
    # the prompt
    Rule("shared-name", 0.6, "a word of several people's names printed alone ('Yi eliminated ...')", _shared_name),
    Rule("unresolved-reference", 0.6, "the prompt leans on a referent named elsewhere ('the Act', 'the city')", _unresolved),
    Rule("repaired-prompt", 0.2, "a sentence that leaned on the one before, repaired (a name in full, 'then' or "
         "'However,' taken out): readers passed 37 of 76 such", _repaired),
    Rule("assembled-from-fragments", 0.55, "ordering items or person roles cut out of sentences", _assembled),
    Rule("names-nothing", 0.6, "a short prompt that names nothing it is about", _vague),
    Rule("answer-word-beside", 0.8, "a word of the name printed beside the blank ('artists like Lady ____')",
         _answer_word_beside, _PERSON),
    Rule("cast-line", 0.9, "a line of a cast list ('John Standing as ____, a corrupt bishop')", _cast_line),
    Rule("person-options", 0.5, "a name to choose among other people of the article, who rarely fit the blank's role",
         _person_options, _PERSON),
    Rule("fragment-start", 1.0, "the sentence opens on a verb or in lower case: its subject was a formula or a line "
         "the text lost",
         _fragment_start),
    Rule("time-bound", 0.6, "true when the article was written ('the prime minister, currently ____', "
         "'has been number one for ____ months')", _time_bound),
    Rule("trivial-count", 0.9, "a count no teacher asks: the reviews an aggregator is 'based on', or a 'one' the noun gives away",
         _trivial_count, _FIGURE),
    Rule("position-giveaway", 0.5, "a position word ('lead single', 'final', 'started') makes the key the earliest or latest option",
         _position_giveaway, _DATE_FIGURE),
    Rule("title-inversion", 0.5, "an index title written as a name ('The German federal elections, 2005 were held')",
         _title_inversion),
    Rule("long-prompt", 0.15, "a long sentence to read for one blank", _long_prompt),
    Rule("unexplained-abbreviation", 0.3, "an abbreviation the prompt does not spell out ('SDI', 'DA')",
         _unexplained_abbreviation),
    # the blank
    Rule("conversion-blank", 1.0, "the blank is a unit conversion of the figure before it, or a figure whose "
         "conversion follows a slash or an 'or' ('____/17 acres', '____ atm or two MPa')", _conversion),
    Rule("computable-ratio", 1.0, "another figure of the prompt and a ratio it names give the key by arithmetic "
         "('8.5%, nearly double the rate of ____'; 'from ____ to $774, a loss of nearly 2/3')", _computable_ratio),
    Rule("share-complement", 1.0, "a share whose complement the prompt gives ('an alloy of ____ copper and 10% "
         "nickel')", _share_complement, _FIGURE),
    Rule("false-within-bound", 1.0, "a false statement whose number, moved under its bound, stays true ('a mass "
         "number lower than 44' where the article says lower than 66)", _false_within_bound, _FIGURE),
    Rule("half-range", 1.0, "a false statement that moves one end of a span ('between 23 Oct and 5 August "
         "1708'): the span may still hold the truth", _half_range, _DATE_FIGURE),
    Rule("calendar-twin", 1.0, "the date stands beside its other calendar's ('8 July (OS: ____)', '19/29 October "
         "1688'): one gives the other away", _calendar_twin, _DATE),
    Rule("items-listed", 1.0, "the items counted are listed right after the blank", _items_listed, _FIGURE),
    Rule("attributive-blank", 0.8, "the blank is a modifier ('a ____-pronged attack'), not a fact", _attributive, _DATE_FIGURE),
    Rule("measure-not-year", 1.0, "the 'year' is one end of a range of measures ('1900 to 2600 hours')", _measure_not_year, _DATE),
    Rule("inside-a-title", 1.0, "the date or number is part of an italic title ('Night of January 16th')", _inside_title),
    Rule("symbol-at-blank", 0.6, "a sign such as '<' glued to the blank", _symbol_at_blank),
    Rule("bracket-blank", 0.6, "the blank is all a bracket holds ('KARJ (____)'): nothing says what it asks",
         _bracket_blank),
    Rule("bracketed-aside", 0.4, "the blank is a bracketed aside in mid-sentence ('Kolponomos (about ____ Mya)')",
         _bracketed_aside, _DATE_FIGURE),
    Rule("life-date-aside", 1.0, "the birth, death or reign year of someone named in passing ('Ban Chao (d. ____)')",
         _life_date_aside, _DATE),
    Rule("part-of-period", 0.8, "the blank cuts a period phrase ('mid-____')", _part_of_period, _DATE),
    Rule("known-set", 0.8, "the count of a set the sentence presents as known ('the two conditions')", _known_set, _FIGURE),
    Rule("range-end", 0.6, "one end of a range: the other end in the prompt rules options out", _range_end, _DATE_FIGURE),
    Rule("restatement", 1.0, "the blank restates a figure printed beside it", _restatement, _FIGURE),
    Rule("computable-figure", 1.0, "a sum or a difference of two numbers the prompt prints ('36 ... ____ ... plus 26')",
         _computable_figure, _FIGURE),
    Rule("inside-a-number", 1.0, "the blank cuts a number in two", _inside_number),
    Rule("range-answer", 0.3, "a range to recall word for word", _range_answer, _FIGURE),
    Rule("inside-a-name", 1.0, "the blank is part of a longer name", _inside_a_name, _PERSON | _DATE | _FIGURE),
    Rule("determiner-one", 1.0, "the blank is the word 'one'", _one, _FIGURE),
    Rule("garbled-text", 1.0, "converter leftovers or an elided quotation in the prompt", _garbled),
    Rule("inflation-note", 1.0, "the year of an editor's money conversion ('equivalent to $2,300 in ____')",
         _inflation_note, _DATE),
    Rule("unit-artefact", 0.6, "a converter's leftover of a unit, a formula or a citation ('149 e6 km²', 'm/s2', "
         "'462 C', '\\mu', 'An algorithm by combines', '1.08×104' for 1.08×10⁴)", _unit_artefact),
    Rule("key-printed", 0.8, "the number asked, or one within 1% of it or with its digits, stands elsewhere in the prompt "
         "('a rate of ____ per hour (= 15'/min)', 'claimed ____ dead and Baryshnikov 53,500 dead', '80.8% of the "
         "density (____ g/mL)')",
         _key_printed, _FIGURE),
    Rule("title-year", 0.6, "the year asked is printed in the article's title ('The tsunami of ____' in "
         "'2004 Indian Ocean earthquake and tsunami')", _title_year, _DATE),
    Rule("stem-printed", 0.8, "a word of the prompt differs from the key only by its ending ('the ____, named after "
         "the Polish bomba')", _stem_printed, _TERM),
    Rule("quoted-pronoun", 0.5, "a he or she inside a quotation, with no one named for it (an apology for “the way "
         "he was treated”)", _quoted_pronoun),
    Rule("relative-span", 0.6, "a span counted from a point the prompt does not give ('During the next ____', "
         "'Within ____ the Idrisids ...')", _relative_span, _FIGURE),
    Rule("later-repeat", 0.6, "the year someone else later repeated the feat ('not duplicated until Ichiro Suzuki "
         "did it in ____'), a side note", _later_repeat, _DATE),
    Rule("caption", 1.0, "an image's caption that points at the picture ('(third from the right)', '(pictured)'), "
         "or tells it in the present tense and ends on its date ('Stevenson shows photos to the UN, October 25, 1962')",
         _caption),
    Rule("false-comparison", 0.6, "a false statement made by changing one number of a comparison ('59% of women "
         "..., compared to 81% of men'): the claim stays true or contradicts itself", _false_comparison, _FIGURE),
    Rule("dangling-pronoun", 0.6, "outside a biography, a he, she or they with no name before it in the prompt ('on "
         "____ they destroyed a squadron'): readers passed 2 of 7", _dangling_pronoun),
    Rule("unnamed-pronoun", 0.6, "in a biography, a he or his whose person the prompt never names ('editions of his "
         "books'): readers passed 2 of 14", _unnamed_pronoun),
    Rule("study-size", 0.6, "how many countries a study or an index took in ('a study on ____ countries', "
         "'28th out of ____ countries'), not what it found", _study_size, _FIGURE),
    Rule("editorial-insert", 0.6, "a quotation with an editor's words in square brackets ('[on September 17, 1908]')",
         _editorial_insert),
    Rule("fused-line", 1.0, "a list line or a file name run into the sentence ('Iowa The denomination maintains')",
         _fused_line),
    Rule("false-by-a-year", 0.5, "a true/false statement made false only by moving a year, a month or a day a little, "
         "or the day within its year",
         _false_by_year, _DATE),
    Rule("false-state-date", 1.0, "a false statement that moves the date of a state or a statistic ('On 3 September "
         "2016, a share had a price of £18,000'): nothing in the article shows it false", _false_state_date, _DATE),
    Rule("list-line", 0.6, "a line of a list or table that starts with a number or a short label, not a sentence", _starts_with_number),
    Rule("too-short", 1.0, "too little around the blank to be a statement", _too_short),
    Rule("dropped-word", 1.0, "a word the converter dropped ('In the, Argentina had ...', a title after 'entitled.')",
         _dropped_word),
    Rule("false-aside", 1.0, "a false statement made false inside a bracketed aside ('like Earth (tilt ____)') "
         "or the subject's relative clause ('the men who returned in ____ were') or an appositive between commas "
         "('the day, ____ days, lasts')",
         _false_aside, _DATE_FIGURE),
    Rule("run-on-sentences", 1.0, "two sentences run together with a lower-case start ('occupations. in ____, Sejong')",
         _run_on),
    Rule("no-verb", 1.0, "a line of a list with no verb ('Aymara, by ____ people, mostly in the Northwest'), "
         "or a line of a list of people ('X (born ____), American actress')",
         _fragment),
    Rule("no-finite-verb", 0.6, "a caption or a list line with no verb of its own ('Oscar Wilde reclining with "
         "Poems, by Napoleon Sarony in New York in ____'): it states nothing", _no_finite_verb),
    Rule("chronology-entry", 0.6, "a line of a chronology told in the present tense ('Hicham El Guerrouj wins gold in "
         "the 1500 m and ____'): its date and occasion stand in the list's heading", _chronology_entry),
    Rule("work-listing", 0.8, "a line of a list of works, its title and what it is ('Mongol, a film by Sergei Bodrov "
         "released in ____'): it states nothing about the subject", _work_listing),
    Rule("blanks-the-subject", 1.0, "the blank is the article's own subject", _blanks_the_subject, _PERSON),
    Rule("contradicts-anchor", 1.0, "the year asked is on the wrong side of the war the sentence dates it by ('After "
         "WWII at late 1940'): the sentence contradicts its key", _contradicts_anchor, _DATE),
    Rule("contradicts-century", 1.0, "the year asked is outside the part of the century the sentence names "
         "('During the early 20th century ... in ____', 1944)", _contradicts_century, _DATE),
    Rule("known-anchor", 0.6, "the prompt dates the blank by a date everyone knows ('before World War II began')",
         _known_anchor, _DATE),
    Rule("year-from-age", 0.8, "the year is the subject's birth year plus the age the prompt gives (or the death's "
         "plus the years after it)", _year_from_age, _DATE),
    Rule("age-from-year", 0.8, "a false age that the statement's year and the subject's birth year rule out ('by 1968 "
         "approaching 40' for a man born in 1901)", _age_from_year, _FIGURE),
    Rule("computable-span", 1.0, "a span of time the two dates in the prompt give ('from June 1971 to December 1972, "
         "____ months', 'for ____ consecutive years (2009–2016)')", _computable_span, _FIGURE),
    Rule("computable-age", 1.0, "an age the years in the prompt give away ('Born in 1977 ... at age ____ ... in 2000')",
         _computable_age, _FIGURE),
    Rule("bounded-blank", 0.35, "a blank after 'more than', 'over', 'up to': smaller or larger numbers are as true",
         _bounded_blank, _FIGURE),
    Rule("bounded-date", 0.6, "a date after 'by' or 'before': an earlier or later one is as true", _bounded_date, _DATE),
    Rule("year-in-prompt", 1.0, "the prompt writes the asked year short ('Expo '70')", _year_in_prompt, _DATE),
    Rule("repeated-event", 1.0, "the article tells of the same deed at the same place in another year ('returned to "
         "Florence in ____': 1492, 1494 and 1499)", _repeated_event, _DATE),
    Rule("year-named-elsewhere", 0.5, "the article names what the prompt names with this year ('the 2022 invasion')",
         _year_named_elsewhere, _DATE),
    Rule("unplaced-losses", 0.5, "losses with no battle, place or time to tell them from the article's others ('The "
         "Israelis lost ____ dead and 140 wounded')", _unplaced_losses, _FIGURE),
    Rule("undated-amount", 0.5, "an amount of money for a year the sentence does not give", _undated_economy, _FIGURE),
    Rule("hypothetical", 1.0, "a figure or date of a supposition or a forecast ('Should the GDP remain at ____', "
         "'Had he died earlier (in ____)', 'will be finished by ____')", _hypothetical,
         _DATE_FIGURE),
    Rule("time-relative", 0.5,
         "a figure the article gives for 'today' or counts up to it ('85 years of existence', 'over the past ____'): stale when read",
         _time_relative, _FIGURE),
    Rule("date-stamp", 1.0, "the date the text was true on ('not yet (____)', 'to date (____)', 'is in trials (in ____)') or a bracketed guess",
         _date_stamp, _DATE),
    Rule("remark-year", 0.8, "the year a critic or a periodical said something, in a reception section", _remark_year,
         _DATE),
    Rule("approximate-year", 0.6, "options within a few years of a key the text gives as approximate ('since about')",
         _approximate_year, _DATE),
    Rule("statistic-year", 0.6, "the year a statistic was taken, not a fact of the story", _statistic_year, _DATE),
    Rule("exact-large-number", 0.5, "an exact large number nobody recalls; ask it as a choice", _exact_large_number, _FIGURE),
    Rule("figure-kind", 0.12, "a figure: readers passed fewer figure questions (58% of 257) than date ones (75% of 521)",
         _figure_kind, _FIGURE),
    Rule("person-kind", 0.2, "a person or a quotation's speaker: readers passed fewer of them (47% of 77) than "
         "date questions (74% of 571), so a date of the same standing ranks first", _person_or_quote_kind,
         frozenset({"person", "quote"})),
    Rule("speaker-question", 0.4, "who said a quotation: readers passed 12 of 28, and a fifth were bad (a speaker "
         "taken from the next sentence, a quotation that says nothing out of its paragraph)", _speaker_question,
         frozenset({"quote"})),
    # (readers passed 57% of 477 such questions, 67% of 503 that name it: a weight of 1 - 57/67)
    Rule("subject-unnamed", 0.15, "the prompt does not name the article's subject", _subject_unnamed),
    Rule("free-recall-number", 0.12, "a number to write from memory rather than choose", _free_recall_number, _FIGURE),
    Rule("many-digit-figure", 0.3, "a number of four significant digits or more ('1,729,040 people'), learned by rote",
         _many_digit_figure, _FIGURE),
    Rule("exact-day-recall", 0.3, "the exact day of an event outside the lead, to write from memory",
         _exact_day_recall, _DATE),
    Rule("small-count", 0.5, "a count of one to five is guessed without reading", _small_count, _FIGURE),
    Rule("minor-measure", 0.3, "a time or small measure inside the narrative", _minor_measure, _FIGURE),
    # the options
    Rule("made-up-options", 0.15, "wrong options made up, not taken from the article", _made_up_options),
    Rule("term-options", 0.5, "the article's other terms as options are often of another kind", _mixed_terms, _TERM),
    Rule("unrelated-options", 0.5, "the wrong people share no role or side with the answer", _unrelated_options),
    Rule("beatable-options", 0.8, "a test-wise student can find the key from the options alone", _beatable_options),
    Rule("packed-statement", 0.4, "a long true/false statement holding many facts", _packed_statement),
    # the key
    Rule("contradicted", 1.0, "the article gives this date two ways: a birth or a death, a work's year "
         "('Oliver Twist, published in ____' (1838) and 'Oliver Twist (1839)') or a deed with the same party "
         "('spun off from Time Warner in 2009', '... in 2010')", _contradicted,
         frozenset({"date", "infobox"})),
    Rule("disputed-figure", 1.0, "the article gives this population two ways for the same time ('over 3.3 million', "
         "'3,266,598'), or this total or count one way in the lead and another in the body ('about 100,000 Syrians "
         "left', 'an estimated 80,000 Syrians fled'; 'around 80 geothermal springs', 'some 125 springs')",
         _disputed, _FIGURE),
    Rule("recurring-month", 1.0, "a month or day of every year ('a season in November', 'celebrates on 18 March') given a year it does not have", _recurring, _DATE),
    Rule("inferred-year", 0.45, "the year of the key is inferred from the surrounding text", _inferred_year, _DATE),
    Rule("year-from-afar", 0.4, "the inferred year comes from another paragraph of an article that is no single "
         "event's ('In September, ...' dated by a year far back)", _year_from_afar, _DATE),
)
RULES = tuple(sorted(RULES, key=lambda r: r.weight < 1))  # refusing rules first; stable otherwise
RULE_NAMES = {r.name: r.why for r in RULES}


@lru_cache(maxsize=None)  # a handful of kinds: each kind's list is made once per process
def _rules_for(kind: str) -> tuple[Rule, ...]:
    return tuple(r for r in RULES if r.kinds is None or kind in r.kinds)


def score(q: Question, ev: Evidence | None) -> None:
    """Set ``q.quality`` and ``q.quality_reasons`` from the rules the question trips."""
    ev = ev or Evidence()
    quality, reasons = 1.0, []
    for rule in _rules_for(q.kind):
        if rule.test(q, ev):
            quality *= 1 - rule.weight
            reasons.append(rule.name)
            if quality == 0:
                break  # refused: the first refusing rule is the reason
    q.quality = max(0.0, round(quality, 3))
    q.quality_reasons = reasons


_SHAPE_NUMBER = re.compile(r"\d[\d,.]*")
_SHAPE_MONTH = re.compile(r"\b(?:" + "|".join(vocab.MONTH_NUMBERS) + r")\b", re.I)
_MONTH_PREFIX = re.compile("|".join(sorted({m[:3].lower() for m in vocab.MONTH_NUMBERS})))
_SHAPE_NAME = re.compile(r"\b[A-Z][\w'’-]*")


def sentence_shape(text: str) -> str:
    """A sentence with its numbers, months and names folded away: daily reports of one outbreak
    ("On 3 May, 12 new cases were confirmed ...") share one shape."""
    # only the first eight words count, and no substitution below crosses a space: shape those alone
    text = " ".join(text.split(None, 8)[:8])
    # every month word starts with one of the twelve prefixes (on ASCII text, in any case)
    may_name_month = not text.isascii() or _MONTH_PREFIX.search(text.lower()) is not None
    shape = _SHAPE_MONTH.sub("M", text) if may_name_month else text
    shape = _SHAPE_NUMBER.sub("N", shape)
    shape = _SHAPE_NAME.sub("X", shape)
    words = shape.lower().split()
    return " ".join(words[:8])


def families(sentences: list[Sentence]) -> dict[int, tuple[int, bool]]:
    """For each sentence index: how many sentences share its shape, and whether it is the first."""
    shapes = [sentence_shape(s.text) for s in sentences]
    counts = Counter(shapes)
    seen: set[str] = set()
    out: dict[int, tuple[int, bool]] = {}
    for s, shape in zip(sentences, shapes):
        first = shape not in seen
        seen.add(shape)
        out[s.index] = (counts[shape], first)
    return out
