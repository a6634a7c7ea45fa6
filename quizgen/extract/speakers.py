"""Who speaks a quotation: the speech cue beside it and the party it names.

One finder serves two rules. The quote rules keep a quotation only when a known person or a named
organisation says it beside a verb of saying; the figure rules give a number inside a quotation
its speaker, whoever that is, as the source. Each passes its own test of which speakers it takes
(``accept``); the finder goes on looking past a speaker the test refuses.

Where the finder looks, in order:

- before the quotation, ``according to``: ``According to Matthias Schramm, Alhazen "was the first ...``;
- before it, the last verb of saying and its subject: ``Aliyev said that "...``, ``Borman described
  it as "...``, ``"After I am dead," George said, "the boy ...``; a verb joined to an earlier one
  keeps its subject (``Harutyunyan called Shusha "...", and added that "...``); without a subject,
  the name right after the verb (``said Collier, "...``);
- before it, a colon closing a clause, whose subject speaks: ``Stevens challenged his team: "...``;
- after it: ``"...," said Collier`` and ``"Now, it looks like a great idea," Stevens later remarked``.

A speaker is a person the people rules found (then with the full name), else the capitalised name
standing where a speaker stands (``The New York Times wrote "...`` names the New York Times), else
a body a common noun names after "the" (``the ministry said: "...``). Pronouns and other lower-case
phrases (``he added``, ``one commentator remarked``) name nobody.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Callable

from quizgen import vocab
from quizgen.extract.people import STOPWORDS, fold
from quizgen.model import Document, Fact, Sentence

# The verbs of saying, and "put it" ('as Smith put it, "..."').
SAY_VERBS = vocab.alternation(vocab.SPEECH_VERBS | {"put it", "puts it"})
_SAY = re.compile(rf"\b(?:{SAY_VERBS})\b")
COLON = ":"  # the cue of a quotation a clause introduces with a colon, no verb of saying


@dataclass(frozen=True)
class Quotation:
    """Where a quotation stands: its opening mark and, unless its block ends first, its closing one."""

    opens: Sentence  # the sentence holding the opening mark
    start: int  # the opening mark's offset in the document
    closes: Sentence | None = None  # the sentence holding the closing mark
    end: int | None = None  # the offset just past the closing mark


@dataclass(frozen=True)
class Speaker:
    """Who speaks a quotation, and what in the text says so.

    ``Speaker("said", "Aliyev", "Ilham Aliyev")``: Aliyev, a person the people rules know as Ilham
    Aliyev, said it. ``Speaker(":", "United Press syndicate")``: a party the people rules do not
    know introduced it with a colon. ``Speaker("remarked", "Stevens", "Brad Stevens", after=True)``:
    '"Now, it looks like a great idea," Stevens later remarked'.
    """

    cue: str  # the verb of saying as written ('said', 'remarked'), 'according to' or ':'
    party: str  # the speaker as the text names it: 'Aliyev', 'New York Times', 'Captain Ortiz'
    person: str | None = None  # the full name, when the party is a person the people rules found
    after: bool = False  # named after the quotation closes ('"...," said X'), not before it opens

    @property
    def known(self) -> bool:
        """Is the speaker a person the people rules found?"""
        return self.person is not None


Accept = Callable[[Speaker], bool]


def any_party(speaker: Speaker) -> bool:
    """Takes every party: a person, an organisation, a newspaper ('Time'), 'the ministry'."""
    return True


class Mentions(list):
    """Where the people rules saw each person: (start, end, full name), sorted by start."""

    def __init__(self, items):
        super().__init__(sorted(items))
        self.starts = [o[0] for o in self]

    @classmethod
    def of(cls, people: list[Fact]) -> Mentions:
        return cls((occ["start"], occ["end"], p.attrs.get("name", p.value))
                   for p in people for occ in p.attrs.get("occurrences", []))

    def starting_in(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """The mentions that start in [lo, hi)."""
        return self[bisect.bisect_left(self.starts, lo):bisect.bisect_left(self.starts, hi)]

    def family(self, word: str) -> set[str]:
        """The known people whose name ends with this word."""
        return {name for _, _, name in self if name.split()[-1] == word and " " in name}

    def ending_in(self, lo: int, hi: int) -> tuple[int, int, str] | None:
        """The last mention that lies wholly inside [lo, hi)."""
        inside = [o for o in self.starting_in(lo, hi) if o[1] <= hi]
        return inside[-1] if inside else None


def find_speaker(doc: Document, quote: Quotation, mentions: Mentions, accept: Accept = any_party) -> Speaker | None:
    """The speaker of a quotation that ``accept`` takes, named before it opens or after it closes.

    'In an interview, Aliyev said that "without Shusha, our cause will be unfinished".' gives
    ``Speaker("said", "Aliyev", "Ilham Aliyev")`` when the people rules found Ilham Aliyev.
    """
    if _NAMED_THING.search(doc.text, max(quote.opens.start, quote.start - 60), quote.start):
        return None  # 'apparent from the film's tagline, "Is it still ...?"': a tagline, said by no one here
    look = _Look(doc, mentions, accept)
    found = look.before(quote.opens, quote.start)
    if found is None and quote.closes is not None:
        found = look.after(quote.closes, quote.end)
    return found


# A quotation the sentence presents as a thing with a name of its own, not as speech: "the film's
# tagline, "...", "the slogan "...", "the headline "..."
_NAMED_THING = re.compile(r"\b(?:tagline|slogan|motto|headline|caption|catchphrase|inscription|epitaph|banner|"
                          r"chant|title|subtitle|lyrics?|refrain|chorus)\s*[,:]?\s*$|"
                          # 'his favorite speech made by Luke was "I am a Jedi ..."': a line someone
                          # else spoke, named by the one who chose it
                          r"\b(?:speech|line|quote|quotation|phrase|saying|remark|words)\s+(?:(?:made|said|spoken|"
                          r"delivered|uttered|written)\s+by\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+)?"
                          r"(?:was|is|were|are)\s*:?\s*$", re.I)
# Two names joined by "and" where one speaker stands: "Thomas and Hyman say", "say Thomas and Hyman"
_TWO_PARTIES_END = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+(?:and|&)\s+[A-Z][\w'’.-]*"
                              r"(?:\s+[A-Z][\w'’.-]*)*(?:\s+(?:also|later|then|\w+ly))*\s*,?\s*$")
_TWO_PARTIES_START = re.compile(r"\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+(?:and|&)\s+[A-Z]")
# Words between a speaker and the verb: adverbs, auxiliaries, or one bracketed or comma clause.
_SUBJECT_GAP = re.compile(
    # ("Melissa Ruggieri of the Richmond Times-Dispatch reported": the writer, of her paper)
    r"(?:['’]s?)?(?:\s+of\s+(?:the\s+)?[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,4})?"
    r"\s*(?:\([^()]*\)\s*)?(?:,[^,\"“”;]{1,160},|,)?\s*"
    r"(?:(?:who|also|later|then|once|again|further|had|has|have|would|famously|publicly|privately|reportedly|"
    r"repeatedly|allegedly|subsequently|afterwards|himself|herself|\w+ly|in\s+\d{4}|on\s+\d{1,2}\s+\w+)\s+)*$"
)
# Verbs whose object is the one spoken to: the name after them is no speaker.
_ADDRESSEE_VERB = re.compile(r"(?:told|tells?|telling|ask(?:s|ed|ing)?|inform(?:s|ed|ing)?|warn(?:s|ed|ing)?|"
                             r"remind(?:s|ed|ing)?|assur(?:es|ed|ing)|urg(?:es|ed|ing)|promis(?:es|ed|ing)|"
                             r"thank(?:s|ed|ing)?|advis(?:es|ed|ing))\b", re.I)
_ACCORDING_TO = re.compile(r"\b(according to)\s+([^,;\"“”]{2,120})(?:,[^;\"“”]{0,200})?$", re.I)
# Verbs by which someone else in the sentence gives the quoted words: 'hailing him as "..."'.
_NAMING_VERB = re.compile(r"\b(?:hail|call|dub|describ|prais|acclaim|laud|nam|term|brand|label)(?:s|ed|ing|e|es)?\b", re.I)
# A verb joined to the one before it: 'called Shusha "...", and added that'.
_JOINED = re.compile(r"(?:\band|,)\s+(?:(?:also|then|later|\w+ly)\s+)*$")
_VERB_THEN_NAME = re.compile(rf"\s*[,.!?]?\s*({SAY_VERBS})\s+(.{{2,80}}?)\s*(?=[,.;]|$)")
_NAME_THEN_VERB = re.compile(
    rf"\s*[,.!?]?\s*(.{{2,80}}?)\s+(?:(?:also|later|then|once|had|has|\w+ly)\s+)*({SAY_VERBS})\b")

_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|on|from|to|for|of|into|with|about|across|throughout|near|during)\s+"
                                 r"(?:the\s+)?$")
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "this", "that", "one", "who", "which"}
# A run of capitalised words ending a phrase: 'The New York Times', 'Armenian Foreign Ministry (AFM)'.
_NAME_AT_END = re.compile(
    r"((?:The\s+)?[A-Z][\w'’.\-]*(?:\s+(?:of|for|and|on|de|the|du|des|der|&)?\s*[A-Z][\w'’.\-]*)*)"
    r"(?:\s*\([A-Z][\w.\-]*\))?$"
)
# A run of capitalised words opening a phrase, with a noun that makes it a body: 'the United Press
# syndicate ran a feature', 'said the New York Times'.
_NAME_AT_START = re.compile(
    r"(?:the\s+|The\s+(?=[A-Z]))?([A-Z][\w'’.\-]*(?:\s+(?:of|for|and|the)?\s*[A-Z][\w'’.\-]*)*"
    r"(?:\s+(?:syndicate|agency|newspaper|magazine|ministry|office|committee|service|network|channel|journal)\b)?)")
# A body named by common nouns after "the": 'the ministry', 'the defence ministry', before the
# adverbs that may stand between it and the verb.
_BODY_AT_END = re.compile(r"(?:^|(?<=\s))[Tt]he\s+((?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)"
                          r"(?:\s+(?:also|later|then|once|again|had|has|have|would|\w+ly))*\s*$")
_LONGEST_MENTION = 200  # characters: no name is longer, so an overlap starts no further back


class _Look:
    """One search for a speaker: the document, the people's mentions and the caller's test."""

    def __init__(self, doc: Document, mentions: Mentions, accept: Accept):
        self.text, self.mentions, self.accept = doc.text, mentions, accept

    # ------------------------------------------------------------ before the quotation

    def before(self, s: Sentence, q_open: int) -> Speaker | None:
        """'X said that "...', 'X described it as "...', 'According to X, "...', 'X told his team: "...'."""
        pre = self.text[s.start:q_open]
        acc = _ACCORDING_TO.search(pre)
        if acc:  # 'According to Matthias Schramm, Alhazen "was the first ...'
            if _SAY.search(pre, acc.end(2)) or _NAMING_VERB.search(pre, acc.end(2)):
                return None  # 'According to Martial, Nero ... hailing him as "...": Martial only reports it
            return self.party_ending_at(s.start + acc.start(2), s.start + acc.end(2), acc.group(1))
        return self.verb_speaker(s, pre) or self.colon_speaker(s, pre)

    def verb_speaker(self, s: Sentence, pre: str) -> Speaker | None:
        verbs = list(_SAY.finditer(pre))
        if not verbs:
            return None
        verb = verbs[-1]
        between = pre[verb.end():]
        if verb.group().endswith("ing") and re.search(r",\s*(?:\w+ly\s+)?$", pre[:verb.start()]) and \
                re.search(r"\b(?:with|and|by|to|from)\s+(?:[A-Z][\w'’.-]*\s+){1,3}[^,]*,\s*(?:\w+ly\s+)?$", pre[:verb.start()]):
            return None  # "Gershwin collaborated with Deems Taylor on the notes, noting that": Gershwin or both
        # The quote follows the verb closely: 'said that', 'stated:', 'called Shusha', 'described it as'.
        if ";" in between or len(between.split()) > 25 or re.search(r"[\"“”]", between):
            return None
        k = len(verbs) - 1
        while True:
            lo, verb_at = s.start + verbs[k - 1].end() if k > 0 else s.start, s.start + verbs[k].start()
            found = self.party_ending_at(lo, verb_at, verb.group())
            if found is not None and verbs[k].group().endswith("ing") and self.in_apposition(found, lo, verb_at):
                found = None  # 'his mother, Queen Mary, writing to her': the writer is the sentence's subject
            if found is not None or k == 0:
                break
            # A joined verb keeps the earlier one's subject only when no other person stands between.
            link = pre[verbs[k - 1].end():verbs[k].start()]
            if not _JOINED.search(link) or ";" in link or any(lo <= o[0] < verb_at for o in self.mentions):
                break
            k -= 1
        if found is None and not _ADDRESSEE_VERB.match(verb.group()):
            # 'said Collier, "...': the speaker right after the verb ('told Collier, "...' names the
            # one spoken to, not the speaker)
            after = re.match(r"\s+([A-Z][^,\"“”]{1,60}?),?\s*$", between)
            if after:
                at = s.start + verb.end()
                found = self.party_ending_at(at + after.start(1), at + after.end(1), verb.group())
        return found

    def colon_speaker(self, s: Sentence, pre: str) -> Speaker | None:
        """'Stevens challenged his team: "...': the subject of the clause the colon closes, read as
        the name its last comma part opens with ('For example, when ..., Stevens challenged ...')."""
        colon = re.search(r":\s*$", pre)
        if not colon:
            return None
        lo, hi = s.start + pre.rfind(",", 0, colon.start()) + 1, s.start + colon.start()
        while lo < hi and self.text[lo].isspace():
            lo += 1
        return self.party_starting_at(lo, hi, COLON)

    def in_apposition(self, found: Speaker, lo: int, verb_at: int) -> bool:
        """Is the speaker an appositive that a participle follows ('his mother, Queen Mary, writing ...')?"""
        for start, end, name in reversed(self.mentions):
            if name == found.person and lo <= start and end <= verb_at:
                return bool(re.search(r",\s*(?:[A-Z][\w.]*\s+){0,3}$", self.text[max(0, start - 40):start])) \
                    and bool(re.fullmatch(r"\s*,\s*", self.text[end:verb_at]))
        return False

    # ------------------------------------------------------------ after the quotation

    def after(self, s: Sentence, q_close: int) -> Speaker | None:
        """'"...," said X' and '"...," X later remarked'."""
        post = self.text[q_close:s.end]
        m = _VERB_THEN_NAME.match(post)
        if m:
            return self.party_starting_at(q_close + m.start(2), q_close + m.end(2), m.group(1), after=True)
        m = _NAME_THEN_VERB.match(post)
        if m and not re.search(r"[\"“”;]", m.group(1)):
            return self.party_ending_at(q_close + m.start(1), q_close + m.end(1), m.group(2), after=True)
        return None

    # ------------------------------------------------------------ naming the party

    def party_ending_at(self, lo: int, hi: int, cue: str, after: bool = False) -> Speaker | None:
        """Who is named right at the end of text[lo:hi]: a known person, else a capitalised name."""
        if _TWO_PARTIES_END.search(self.text, lo, hi):
            return None  # "Thomas and Hyman say": two authors, no one speaker
        person = self.mentions.ending_in(lo, hi)
        if person is not None and _SUBJECT_GAP.fullmatch(self.text[person[1]:hi]):
            return self.taken(Speaker(cue, self.text[person[0]:person[1]], person[2], after))
        m = _NAME_AT_END.search(self.text[lo:hi].rstrip(" ,"))
        if not m:
            body = _BODY_AT_END.search(self.text[lo:hi])  # 'the ministry said'
            return self.unknown(Speaker(cue, body.group(1), None, after)) if body else None
        o_start, o_end = lo + m.start(1), lo + m.end(1)
        if any(s < o_end and o_start < e for s, e, _ in self.mentions.starting_in(o_start - _LONGEST_MENTION, o_end)):
            return None  # part of the phrase is a person the rules know: not an organisation
        words = m.group(1).split()
        bearers = self.mentions.family(words[-1]) if len(words) >= 2 else set()
        if len(bearers) == 1:
            # "fixing the Oregon Edison commented": a comma the text left out; the person it knows ends the run
            name = next(iter(bearers))
            return self.taken(Speaker(cue, words[-1], name, after))
        if _PREPOSITION_BEFORE.search(self.text, max(lo, o_start - 20), o_start):
            return None  # "for the release of the DVD in the UK stated": a place, the object of "in"
        return self.unknown(Speaker(cue, re.sub(r"^The\s+(?=[A-Z])", "", m.group(1)).strip(), None, after))

    def party_starting_at(self, lo: int, hi: int, cue: str, after: bool = False) -> Speaker | None:
        """Who is named right at the start of text[lo:hi] ('said Collier, the athletic director')."""
        if _TWO_PARTIES_START.match(self.text, lo, hi):
            return None  # '"...," say Thomas and Hyman': two authors, no one speaker
        for start, end, name in self.mentions.starting_in(lo, lo + 1):
            if end <= hi:
                return self.taken(Speaker(cue, self.text[start:end], name, after))
        m = _NAME_AT_START.match(self.text[lo:hi])
        if not m:  # '"...," said the ministry.': the whole phrase after the verb
            body = _BODY_AT_END.fullmatch(self.text[lo:hi])
            return self.unknown(Speaker(cue, body.group(1), None, after)) if body else None
        if _opens_sentence(m.group(1)):
            return None
        return self.unknown(Speaker(cue, m.group(1), None, after))

    def unknown(self, speaker: Speaker) -> Speaker | None:
        """A party the people rules do not know, unless a pronoun opens it."""
        if fold(speaker.party.split()[0]) in PRONOUNS:
            return None
        return self.taken(speaker)

    def taken(self, speaker: Speaker) -> Speaker | None:
        return speaker if self.accept(speaker) else None


def _opens_sentence(name: str) -> bool:
    """Is the name's first word one capitalised only because it opens the sentence ('In 1940 he
    said:', 'Then the crowd ...')? Titles ('Sir', 'Mr') are names' words."""
    first = fold(name.split()[0])
    return first in STOPWORDS and first not in vocab.titles()
