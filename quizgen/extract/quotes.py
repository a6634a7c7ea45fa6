"""Quote rules: quoted statements and who made them.

A quotation is kept only when the sentence itself names its speaker next to a verb of saying:

- ``Aliyev said that "without Shusha, our cause will be unfinished"`` (speaker, verb, quote);
- ``"Now, it looks like a great idea," Stevens later remarked`` and ``..., said X`` (quote, then
  speaker and verb);
- ``According to Matthias Schramm, Alhazen "was the first ..."`` (``according to`` + speaker).

The speaker resolves to the full name of a person the people rules found; otherwise a named
organisation (``The New York Times wrote ...``) is kept as named, and pronouns or unnamed
speakers (``he added``, ``one commentator remarked``) drop the quote. Quotations of fewer than four
words, titles of works and scare quotes (no verb of saying beside them) are not quotes.
``complete`` tells a whole quoted sentence or clause from a fragment cut out of one.
"""

from __future__ import annotations

import bisect
import re

from quizgen import vocab
from quizgen.extract.people import fold
from quizgen.model import Document, Fact, Sentence

MIN_WORDS = 4

# The verbs of saying, and "put it" ('as Smith put it, "..."').
SAY_VERBS = vocab.alternation(vocab.SPEECH_VERBS | {"put it", "puts it"})
_SAY = re.compile(rf"\b(?:{SAY_VERBS})\b")
_QUOTE = re.compile(r"\"([^\"\n]+)\"|“([^”\n]+)”")
# Words between a speaker and the verb: adverbs, auxiliaries, or one bracketed or comma clause.
_SUBJECT_GAP = re.compile(
    r"(?:['’]s?)?\s*(?:\([^()]*\)\s*)?(?:,[^,\"“”;]{1,160},|,)?\s*"
    r"(?:(?:who|also|later|then|once|again|further|had|has|have|would|famously|publicly|privately|reportedly|"
    r"repeatedly|allegedly|subsequently|afterwards|himself|herself|\w+ly|in\s+\d{4}|on\s+\d{1,2}\s+\w+)\s+)*$"
)
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "this", "that", "one", "who", "which"}
_ORG = re.compile(
    r"((?:The\s+)?[A-Z][\w'’.\-]*(?:\s+(?:of|for|and|on|de|the|du|des|der|&)?\s*[A-Z][\w'’.\-]*)*)"
    r"(?:\s*\([A-Z][\w.\-]*\))?$"
)


def extract(doc: Document, people: list[Fact]) -> list[Fact]:
    """Find quotations whose speaker the same sentence names."""
    occurrences = _occurrences(people)
    facts: list[Fact] = []
    for block in _blocks(doc):
        first, last = block[0], block[-1]
        text = doc.text[first.start:last.end]
        starts = [s.start for s in block]
        for m in _QUOTE.finditer(text):
            quote = m.group(1) if m.group(1) is not None else m.group(2)
            inner = m.start(1) if m.group(1) is not None else m.start(2)
            q_start, q_end = first.start + inner, first.start + inner + len(quote)
            if len(re.findall(r"\w+", quote)) < MIN_WORDS or _title_of_work(quote):
                continue
            s_open = _sentence_at(block, starts, first.start + m.start())
            s_close = _sentence_at(block, starts, first.start + m.end() - 1)
            found = _speaker_before(doc, s_open, first.start + m.start(), occurrences)
            after = found is None
            if after:
                found = _speaker_after(doc, s_close, first.start + m.end(), occurrences)
            if found is None:
                continue
            speaker, source = found
            # '"Now, it looks like a great idea," Stevens remarked': the comma belongs to the frame.
            body = quote.rstrip(" ,")
            lead = len(body) - len(body.lstrip())
            body = body.strip()
            complete = _complete(doc, s_open, first.start + m.start(), body, s_close, first.start + m.end())
            if after and quote.rstrip().endswith(",") and re.match(r"[\[(…. ]*[A-Z]", body):
                complete = True
            if after and re.match(r"[^\"“”]{0,80},\s*[\"“]\s*[a-z]", doc.text[first.start + m.end():s_close.end]):
                complete = False  # '"After I am dead," George said, "the boy will ...': one sentence, split
            facts.append(Fact(
                kind="quote",
                text=body,
                value=speaker,
                sentence=s_open,
                span=(q_start + lead, q_start + lead + len(body)),
                attrs={"speaker": speaker, "source": source, "complete": complete},
            ))
    return facts


# ---------------------------------------------------------------- helpers

def _title_of_work(quote: str) -> bool:
    """'Dream in High Park', 'The World's 100 Most Powerful Women': every main word capitalised."""
    words = re.findall(r"[^\W\d_][\w'’]*", quote)
    main = [w for w in words if len(w) > 3]
    return bool(main) and all(w[0].isupper() for w in main) and not re.search(r"[.!?,;:]", quote.strip())


def _blocks(doc: Document) -> list[list[Sentence]]:
    blocks: list[list[Sentence]] = []
    for s in doc.sentences:
        if blocks and blocks[-1][-1].block == s.block:
            blocks[-1].append(s)
        else:
            blocks.append([s])
    return blocks


def _sentence_at(block: list[Sentence], starts: list[int], pos: int) -> Sentence:
    """The sentence of the block holding ``pos`` (``starts``: the sentences' starts, in order),
    else the one starting nearest to it."""
    k = bisect.bisect_right(starts, pos) - 1
    if k >= 0 and pos < block[k].end:
        return block[k]
    return min(block[max(0, k):k + 2], key=lambda s: abs(s.start - pos))


class _Occurrences(list):
    """Person mentions (start, end, name) sorted by start, looked up by position."""

    def __init__(self, items):
        super().__init__(sorted(items))
        self.starts = [o[0] for o in self]

    def starting_in(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """The mentions that start in [lo, hi)."""
        return self[bisect.bisect_left(self.starts, lo):bisect.bisect_left(self.starts, hi)]


_LONGEST_MENTION = 200  # characters: no name is longer, so an overlap starts no further back


def _occurrences(people: list[Fact]) -> _Occurrences:
    out = []
    for p in people:
        for occ in p.attrs.get("occurrences", []):
            out.append((occ["start"], occ["end"], p.attrs.get("name", p.value)))
    return _Occurrences(out)


def _person_ending_at(occurrences: _Occurrences, lo: int, hi: int) -> tuple[int, int, str] | None:
    """The last person mention that lies wholly inside [lo, hi)."""
    inside = [o for o in occurrences.starting_in(lo, hi) if o[1] <= hi]
    return inside[-1] if inside else None


def _named_speaker(doc: Document, lo: int, hi: int, occurrences) -> tuple[str, str] | None:
    """Who is named right at the end of doc.text[lo:hi]: a known person, else a named organisation."""
    person = _person_ending_at(occurrences, lo, hi)
    if person is not None and _SUBJECT_GAP.fullmatch(doc.text[person[1]:hi]):
        return person[2], doc.text[person[0]:person[1]]
    m = _ORG.search(doc.text[lo:hi].rstrip(" ,"))
    if not m:
        return None
    o_start, o_end = lo + m.start(1), lo + m.end(1)
    if any(s < o_end and o_start < e for s, e, _ in occurrences.starting_in(o_start - _LONGEST_MENTION, o_end)):
        return None  # part of the phrase is a person the rules know: not an organisation
    name = re.sub(r"^The\s+(?=[A-Z])", "", m.group(1)).strip()
    words = name.split()
    titled = [i for i, w in enumerate(words[:-1]) if fold(w) in vocab.titles() and words[i + 1][:1].isupper()]
    if titled:  # 'Chief of Staff Cathal Goulding': a person the people rules did not know
        words = words[titled[-1] + 1:]
        name = " ".join(words)
        if len(words) < 2:
            return None
    # An organisation needs more than one word or an acronym: a lone capitalised word is too often
    # a pronoun, a sentence opener or a nationality.
    if fold(words[0]) in _PRONOUNS or (len(words) == 1 and sum(c.isupper() for c in name) < 2):
        return None
    return name, name


# Verbs whose object is the one spoken to: the name after them is no speaker.
_ADDRESSEE_VERB = re.compile(r"(?:told|tells?|telling|ask(?:s|ed|ing)?|inform(?:s|ed|ing)?|warn(?:s|ed|ing)?|"
                             r"remind(?:s|ed|ing)?|assur(?:es|ed|ing)|urg(?:es|ed|ing)|promis(?:es|ed|ing)|"
                             r"thank(?:s|ed|ing)?|advis(?:es|ed|ing))\b", re.I)


def _speaker_before(doc: Document, s: Sentence, q_open: int, occurrences) -> tuple[str, str] | None:
    """'X said that "...', 'X described it as "...', 'According to X, "...'."""
    pre = doc.text[s.start:q_open]
    acc = re.search(r"\baccording to\s+([^,;\"“”]{2,120})(?:,[^;\"“”]{0,200})?$", pre, re.I)
    if acc:  # 'According to Matthias Schramm, Alhazen "was the first ...'
        return _named_speaker(doc, s.start + acc.start(1), s.start + acc.end(1), occurrences)
    verbs = list(_SAY.finditer(pre))
    if not verbs:
        return None
    verb = verbs[-1]
    between = pre[verb.end():]
    # The quote follows the verb closely: 'said that', 'stated:', 'called Shusha', 'described it as'.
    if ";" in between or len(between.split()) > 25 or re.search(r"[\"“”]", between):
        return None
    # 'X called Shusha "...", and added that "...": a verb joined to an earlier one keeps its subject.
    k = len(verbs) - 1
    while True:
        lo = s.start + verbs[k - 1].end() if k > 0 else s.start
        found = _named_speaker(doc, lo, s.start + verbs[k].start(), occurrences)
        if found is not None and verbs[k].group().endswith("ing") \
                and _in_apposition(doc, found, lo, s.start + verbs[k].start(), occurrences):
            found = None  # 'his mother, Queen Mary, writing to her': the writer is the sentence's subject
        if found is not None or k == 0:
            break
        link = pre[verbs[k - 1].end():verbs[k].start()]
        if not re.search(r"(?:\band|,)\s+(?:(?:also|then|later|\w+ly)\s+)*$", link) or ";" in link \
                or any(lo <= o[0] < s.start + verbs[k].start() for o in occurrences):
            break
        k -= 1
    if found is None and not _ADDRESSEE_VERB.match(verb.group()):
        # 'said Collier, "...': the speaker right after the verb ('told Collier, "...' names the
        # one spoken to, not the speaker)
        after = re.match(r"\s+([A-Z][^,\"“”]{1,60}?),?\s*$", between)
        if after:
            found = _named_speaker(doc, s.start + verb.end() + after.start(1), s.start + verb.end() + after.end(1),
                                   occurrences)
    return found


def _in_apposition(doc: Document, found: tuple[str, str], lo: int, verb_at: int, occurrences) -> bool:
    """Is the speaker an appositive that a participle follows ('his mother, Queen Mary, writing ...')?"""
    for start, end, name in reversed(occurrences):
        if name == found[0] and lo <= start and end <= verb_at:
            return bool(re.search(r",\s*(?:[A-Z][\w.]*\s+){0,3}$", doc.text[max(0, start - 40):start])) \
                and bool(re.fullmatch(r"\s*,\s*", doc.text[end:verb_at]))
    return False


def _speaker_after(doc: Document, s: Sentence, q_close: int, occurrences) -> tuple[str, str] | None:
    """'"...," said X' and '"...," X later remarked'."""
    post = doc.text[q_close:s.end]
    m = re.match(rf"\s*[,.!?]?\s*(?:{SAY_VERBS})\s+(.{{2,80}}?)\s*(?=[,.;]|$)", post)
    if m:
        lo, hi = q_close + m.start(1), q_close + m.end(1)
        return _named_speaker_start(doc, lo, hi, occurrences)
    m = re.match(rf"\s*[,.!?]?\s*(.{{2,80}}?)\s+(?:(?:also|later|then|once|had|has|\w+ly)\s+)*(?:{SAY_VERBS})\b",
                 post)
    if m and not re.search(r"[\"“”;]", m.group(1)):
        return _named_speaker(doc, q_close + m.start(1), q_close + m.end(1), occurrences)
    return None


def _named_speaker_start(doc: Document, lo: int, hi: int, occurrences) -> tuple[str, str] | None:
    """A speaker named right at the start of doc.text[lo:hi] ('said Collier, the athletic director')."""
    for start, end, name in occurrences.starting_in(lo, lo + 1):
        if end <= hi:
            return name, doc.text[start:end]
    m = re.match(r"(?:the\s+)?([A-Z][\w'’.\-]*(?:\s+(?:of|for|and|the)?\s*[A-Z][\w'’.\-]*)*)", doc.text[lo:hi])
    if m and (len(m.group(1).split()) > 1 or sum(c.isupper() for c in m.group(1)) >= 2) \
            and fold(m.group(1).split()[0]) not in _PRONOUNS:
        return m.group(1), m.group(1)
    return None


def _complete(doc: Document, s_open: Sentence, q_open: int, quote: str, s_close: Sentence, q_close: int) -> bool:
    """A whole quoted sentence or clause, not a phrase cut out of one."""
    body = quote.strip()
    intro = doc.text[s_open.start:q_open].rstrip()
    starts_upper = bool(re.match(r"[\[(…. ]*[A-Z]", body))
    ends_sentence = bool(re.search(r"[.!?…][\])]?$", body)) or bool(
        re.match(r"\s*(?:[,.!?]|$)", doc.text[q_close:s_close.end]))
    if starts_upper and (not intro or intro.endswith((":", ",")) or ends_sentence):
        return ends_sentence or bool(re.match(r"\s*,", doc.text[q_close:s_close.end]))
    # A that-clause quoted whole: 'said that "without Shusha, our cause will be unfinished"'.
    return bool(re.search(r"\bthat,?$", intro)) and ends_sentence and len(body.split()) >= 5
