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

The speaker is found by ``speakers.find_speaker``, which the figure rules share; this module keeps
its own test of which speakers a quote takes (``_speaker_name``): a clause before a colon
(``Stevens challenged his team: "...``) or ``the ministry`` speaks for a figure, not for a quote.
"""

from __future__ import annotations

import bisect
import re

from quizgen import vocab
from quizgen.extract import speakers
from quizgen.extract.people import fold
from quizgen.extract.speakers import Speaker
from quizgen.model import Document, Fact, Sentence

MIN_WORDS = 4

_QUOTE = re.compile(r"\"([^\"\n]+)\"|“([^”\n]+)”")

def extract(doc: Document, people: list[Fact]) -> list[Fact]:
    """Find quotations whose speaker the same sentence names."""
    mentions = speakers.Mentions.of(people)
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
            quotation = speakers.Quotation(s_open, first.start + m.start(), s_close, first.start + m.end())
            found = speakers.find_speaker(doc, quotation, mentions, _names_someone)
            if found is None:
                continue
            speaker, after = _speaker_name(found), found.after
            source = found.party if found.known else speaker  # the person as the text names them
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
                attrs={"speaker": speaker, "source": source, "complete": complete, "verb": found.cue},
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


def _speaker_name(speaker: Speaker) -> str | None:
    """The name a quote records for its speaker: a known person's full name, else a named body
    beside a verb of saying ('The New York Times wrote' gives 'New York Times').

    A lone capitalised word is too often a pronoun, a sentence opener or a nationality, and a title
    before one surname ('Captain Ortiz') a person the people rules did not know: neither is kept.
    """
    if speaker.cue == speakers.COLON:
        return None  # 'Stevens challenged his team: "...': no verb of saying
    if speaker.known:
        return speaker.person
    if not speaker.party[:1].isupper():
        return None  # 'According to the ministry, "...': a body the text does not name
    words = speaker.party.split()
    titled = [i for i, w in enumerate(words[:-1]) if fold(w) in vocab.titles() and words[i + 1][:1].isupper()]
    if titled:  # 'Chief of Staff Cathal Goulding': a person the people rules did not know
        words = words[titled[-1] + 1:]
        if len(words) < 2:
            return None
    name = " ".join(words)
    if fold(words[0]) in speakers.PRONOUNS or (len(words) == 1 and sum(c.isupper() for c in name) < 2):
        return None
    if _REFERENCE_OR_LAW.search(name):
        return None  # 'the Encyclopedia Britannica says', 'the Acts of Union declared': a citation, no speaker
    return name


_REFERENCE_OR_LAW = re.compile(r"\b(?:Encyclop(?:a|æ|ae)dia|Britannica|Dictionary|Lexicon|Almanac|Act|Acts|Treaty|"
                               r"Constitution|Charter|Statute|Bill)\b")


def _names_someone(speaker: Speaker) -> bool:
    """The quote rules' test of a speaker, which the finder applies as it looks."""
    return _speaker_name(speaker) is not None


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
