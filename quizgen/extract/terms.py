"""Term rules: the words an article defines, what they name, and the sentence that says so.

A term is kept when the sentence itself introduces it as the name of something:

- ``naming-passive``: "The study of algae is called phycology", "X are also known as Y";
- ``naming-apposition``: "The trackways, called batrachichni, are ..." and "X (also called Y)";
- ``naming-participle``: "a membrane called the tympanum", "grooves known as sulci";
- ``what-is-called``: "using what is now called Wilson's theorem" (the sentence describes it);
- ``name-given``: "Y is the name given to X", "Y is a term for X", "The term Y refers to X";
- ``term-for``: "Y (a term for X)";
- ``emphasised-definition``: a bold or italic word opening a definition ("**Ukemi** is the art
  of ...");
- ``emphasised-gloss``: a bold word opening a glossary line, what it names after a comma
  ("**Zooplankton** (from Greek zoon), small protozoans or metazoans that feed on ...").

The fact holds the term as written (``text``, with its article), the bare term (``value``), what
it names (``names``: the noun phrase, or None where the sentence describes it) and the rule.

Precision first: a wrong key costs more than a missing question, so a candidate is dropped by the
first refusal that holds (``explain`` lists them, for ``quizgen facts --explain``): the subject is a
pronoun or leans on another sentence ("This receiving is called ..."), the term is the article's
own title, longer than five words, a list, a person or a place, a proper name, a local or
foreign name ("In Japanese, the abacus is called soroban"), a verdict ("was called a failure"), or
the verb is not naming at all ("called for", "named after", "Smith called it ...").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from quizgen.formats import fold
from quizgen.model import Document, Fact, Sentence

MAX_WORDS = 5

_ADVERBS = (r"also|commonly|often|usually|sometimes|now|generally|collectively|more|most|formally|informally|"
            r"popularly|widely|simply|still|occasionally|traditionally|properly|technically|frequently|typically|"
            r"variously|alternatively|locally|today|thus|then|later|previously|originally|first|once|known|hence")
_NAMING = re.compile(r"\b(?:called|known as|termed|referred to as|named)(?=\s)")
_COPULA = re.compile(rf"\b(?:is|are|was|were|be|been|being|became|become|becomes|came to be)\s+(?:(?:{_ADVERBS})\s+)*$",
                     re.I)
_WHAT = re.compile(rf"\bwhat\s+(?:is|was|are|were|would|might|could|may|can|will)\s+(?:(?:{_ADVERBS}|be|have been)\s+)*$",
                   re.I)
_APPOSITION = re.compile(rf"[,(]\s*(?:(?:{_ADVERBS}|or)\s+)*$", re.I)
# A word right before "called" that makes it a verb of someone, not a naming ("Case called it").
_NOT_NOUN_BEFORE = {
    "he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "what", "also", "and", "or", "be", "been",
    "is", "was", "are", "were", "has", "have", "had", "so", "being", "once", "then", "later", "now", "often",
    "sometimes", "commonly", "usually", "first", "him", "her", "them", "us", "me", "to", "not", "never",
}
# Words that end a term: what follows is the rest of the sentence ("a bone called the intertemporal
# that is absent ...").
_STOP = {
    "that", "which", "who", "whom", "whose", "where", "when", "while", "because", "since", "after", "before",
    "until", "for", "from", "by", "with", "in", "on", "at", "as", "is", "are", "was", "were", "has", "have",
    "had", "but", "and", "or", "nor", "though", "although", "if", "than", "into", "onto", "during", "among",
    "between", "against", "can", "could", "would", "will", "may", "might", "must", "should", "also", "now",
    "being", "be", "so", "there", "then", "today", "instead", "rather", "throughout", "within", "without",
}
# Words after "called"/"named" that make it another verb: "called for", "named after", "called it",
# "named and classified".
_NOT_A_NAME_START = {
    "and", "or", "but", "as", "to", "for", "on", "upon", "up", "off", "in", "into", "out", "back", "after", "by", "from", "with", "at",
    "about", "it", "him", "her", "them", "this", "that", "these", "those", "one", "himself", "herself",
    "themselves", "itself", "his", "their", "its", "such", "so", "the same", "me", "us", "you", "both", "each",
    "either", "neither", "any", "every", "all", "some", "several", "many", "another", "other", "two", "three",
    # a comparison, not a name: 'has ever known as much as he did', 'known as well as'
    "much", "well", "far", "long", "soon", "little", "few", "good", "early", "late", "often", "quickly",
    # a time or a manner, not a name: 'an election must be called no later than ...', 'called again'
    "no", "not", "later", "earlier", "again", "once", "twice", "within", "before", "during", "until", "when",
    "immediately", "only", "now", "then",
}
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
# A subject that leans on another sentence, or is no thing at all.
_LEANING = {"it", "they", "he", "she", "this", "these", "those", "that", "which", "who", "where", "what", "whom",
            "whose", "such", "its", "their", "his", "her", "there", "one", "we", "i", "you", "them", "him",
            "here", "when", "both", "either", "former", "latter"}
_DETERMINERS = {"the", "a", "an", "each", "every", "any", "some", "many", "most", "all", "several", "certain",
                "such", "no", "two", "three", "four", "both", "another", "other", "one"}
# Verdicts, not names: "the operation was called a success".
_EVALUATIVE = {
    "success", "failure", "disaster", "sham", "hero", "heroes", "traitor", "traitors", "genius", "masterpiece",
    "triumph", "victory", "defeat", "mistake", "miracle", "fraud", "travesty", "betrayal", "scandal", "farce",
    "tragedy", "catastrophe", "legend", "icon", "fool", "liar", "coward", "murderer", "murder", "crime",
    "terrorist", "terrorists", "terrorism", "racist", "idiot", "madman", "saint", "martyr", "villain", "joke",
    "outrage", "insult", "threat", "danger", "fiasco", "nightmare", "genocide", "massacre", "war crime",
    "best", "worst", "greatest", "finest", "father", "mother", "king", "queen", "godfather",
}
# Heads of terms named after someone: "Hering's law", "Wilson's theorem", "the Cranmer abacus".
_EPONYM_HEADS = {
    "law", "laws", "theorem", "problem", "principle", "effect", "equation", "method", "rule", "paradox",
    "conjecture", "hypothesis", "constant", "number", "numbers", "syndrome", "disease", "test", "cycle", "scale",
    "index", "postulate", "lemma", "formula", "function", "series", "sequence", "triangle", "algorithm",
    "distribution", "model", "phenomenon", "reaction", "process", "experiment", "illusion", "limit", "ratio",
    "lunes", "space", "curve", "point", "points", "line", "lines", "sign", "reflex", "gland", "duct", "canal",
}
_QUALIFYING = {"of", "by", "in", "on", "at", "from", "with", "for", "to", "that", "which", "who", "worn", "made",
               "used", "found", "called", "between", "under", "over", "near", "around", "inside", "within"}
_SETTLEMENTS = {"village", "town", "city", "street", "district", "neighbourhood", "neighborhood", "suburb", "county",
                "province", "settlement", "quarter", "estate", "island", "river", "lake", "mountain", "hill", "port"}
_PLACE_HEADS = {
    "area", "district", "neighbourhood", "neighborhood", "region", "street", "village", "town", "city", "island",
    "islands", "river", "lake", "mountain", "mountains", "hill", "hills", "site", "square", "park", "quarter",
    "estate", "county", "province", "suburb", "settlement", "bay", "valley", "road", "place", "zone", "land",
    "territory", "peninsula", "plain", "plateau", "strait", "sea", "coast", "port", "harbour", "harbor",
}
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
_NON_LATIN = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff\u0e00-\u0eff\u1100-\u11ff"
                        r"\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_WORD = re.compile(r"[^\W_][\w'’\-]*")


def extract(doc: Document, people: list[Fact], infobox: list[Fact] | None = None) -> list[Fact]:
    """Find the terms the article defines."""
    return [c for c in _candidates(doc, people, infobox or []) if isinstance(c, Fact)]


def explain(doc: Document, people: list[Fact], infobox: list[Fact] | None = None) -> list[tuple[Sentence, str, str]]:
    """The candidates dropped, as (sentence, candidate term, name of the refusing rule)."""
    return [c for c in _candidates(doc, people, infobox or []) if not isinstance(c, Fact)]


# ---------------------------------------------------------------- candidates

class _Context:
    def __init__(self, doc: Document, people: list[Fact], infobox: list[Fact]):
        self.doc = doc
        self.title = fold(re.sub(r"\s*\(.*?\)", "", doc.title)).strip()
        names: set[str] = set()
        for p in people:
            for n in [str(p.attrs.get("name") or p.value)] + list(p.attrs.get("mentions") or []):
                names.add(fold(n))
                names.update(w for w in fold(n).split() if len(w) > 2)
        for f in infobox:
            if f.attrs.get("type") in ("place", "person"):
                names.add(fold(str(f.text)))
        self.names = names
        self.emphasis = doc.emphasis
        # the runs inside each sentence, in the document's order: found once rather than by
        # looking at every run for every sentence
        starts = [sen.start for sen in doc.sentences]
        self.emphasis_in: dict[int, list[tuple[int, int, str]]] = {}
        for run in doc.emphasis:
            i = bisect_right(starts, run[0]) - 1
            if i >= 0:
                self.emphasis_in.setdefault(doc.sentences[i].index, []).append(run)


def _candidates(doc: Document, people: list[Fact], infobox: list[Fact]):
    ctx = _Context(doc, people, infobox)
    seen: set[tuple[int, int]] = set()
    for s in doc.sentences:
        if not _SENTENCE_END.search(s.text):
            continue  # a heading-like fragment or a list line
        found = list(_naming(s, ctx)) + list(_name_given(s, ctx)) + list(_emphasised(s, ctx))
        for item in found:
            if isinstance(item, Fact):
                if item.span in seen:
                    continue
                seen.add(item.span)
            yield item


def _term_at(text: str, pos: int) -> tuple[int, int, str | None]:
    """The term that starts at ``pos``: (start, end) in ``text`` and the name of a refusal, if any.
    A quoted term runs to its closing quote; otherwise to the first punctuation or stop word."""
    m = re.match(r"\s*([\"“‘'])", text[pos:])
    if m:
        start = pos + m.end()
        close = {"“": "”", "‘": "’"}.get(m.group(1), m.group(1))
        end = text.find(close, start)
        if end < 0:
            return start, start, "unclosed-quote"
        return start, end, None
    start = pos + len(text[pos:]) - len(text[pos:].lstrip())
    words = []
    for w in re.finditer(r"[^\s,.;:()\[\]—–!?\"“”]+", text[start:]):
        gap = text[start + (words[-1][1] if words else 0):start + w.start()]
        if words and gap != " ":
            break  # punctuation between: the term ended
        if not words and w.start() != 0:
            break
        word = w.group().lower()
        if words and word in _STOP:
            if word in ("and", "or", "nor") and not re.match(r"\s*(?:[,.;:)]|$)", text[start + w.end():]) \
                    and not _NEW_CLAUSE.match(text, start + w.end()):
                return start, start + words[-1][1], "list"
            break
        words.append((w.start(), w.end()))
        if len(words) > MAX_WORDS + 1:
            break
    if not words:
        return start, start, "no-term"
    return start, start + words[-1][1], None


_ORDINAL_OF_MANY = {"first", "second", "third", "fourth", "fifth", "last", "other", "latter", "former", "remaining",
                    "next", "final"}
# "... is termed planktology and a planktonic individual is referred to as ...": after "and", a
# clause of its own (a subject and its verb), not a second item of the term
_NEW_CLAUSE = re.compile(r"\s+(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,4}?(?:is|are|was|were)\b", re.I)


def _subject_before(before: str) -> str:
    """The noun phrase a clause opens with, up to where ``before`` ends (the copula or comma cut off)."""
    before = re.sub(r"\s*\([^()]*\)", "", before)  # "The abacus (plural abaci), also called ..."
    cut = max((m.end() for m in re.finditer(
        r"[,;:(—–]|\b(?:that|which|who|where|when|while|because|although|though|if|since|whereas|but|"
        r"so|once|until|unless)\b|\b(?:is|are|was|were)\b[^,;:]*\band(?=\s+(?:a|an|the|its|their)\s)", before)), default=0)
    return before[cut:].strip()


def _noun_phrase_before(before: str) -> str:
    """The noun phrase right before a participle ("... and a bone called"): back to a clause
    boundary, a verb or a preposition that opens it."""
    phrase = _subject_before(before)
    words = phrase.split()
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in _DETERMINERS:
            # "an area between the gills called ...": the phrase the preposition hangs on
            while i >= 2 and words[i - 1].lower() in _PREPOSITIONS:
                j = next((j for j in range(i - 2, max(-1, i - 5), -1) if words[j].lower() in _DETERMINERS), None)
                if j is None:
                    break
                i = j
            return " ".join(words[i:])
    return " ".join(words[-3:])


_PREPOSITIONS = {"of", "in", "on", "at", "between", "under", "over", "inside", "within", "from", "near", "behind",
                 "around", "among", "across"}


# Words without which a pattern cannot match: testing for them first spares most sentences the
# patterns, which try every position of the text.
_NAMING_WORDS = ("called", "known as", "termed", "referred to as", "named")
_NAME_GIVEN_WORDS = ("name", "term", "word", "label")


def _naming(s: Sentence, ctx: _Context):
    text = s.text
    if not any(w in text for w in _NAMING_WORDS):
        return
    for m in _NAMING.finditer(text):
        before = text[:m.start()]
        if re.search(r"\bso-$", before) or re.search(r"-\s*$", before):
            continue  # "so-called", "well-known as"
        start, end, refused = _term_at(text, m.end())
        term = text[start:end]
        if refused:
            yield s, term or text[m.end():m.end() + 30].strip(), refused
            continue
        if _WHAT.search(before):
            rule, names = "what-is-called", None
        elif _COPULA.search(before):
            rule, names = "naming-passive", _subject_before(before[:_COPULA.search(before).start()])
        elif _APPOSITION.search(before):
            cut = _APPOSITION.search(before)
            rule, names = "naming-apposition", _subject_before(before[:cut.start()])
            closing = text[end:end + 1]
            if before[cut.start()] == "(" and closing != ")":
                yield s, term, "unclosed-apposition"
                continue
            if before[cut.start()] == "," and closing not in (",", ".", ";", ""):
                yield s, term, "unclosed-apposition"
                continue
        else:
            words = before.split()
            last = re.sub(r"[^\w'’-]", "", words[-1]).lower() if words else ""
            if not last or last in _NOT_NOUN_BEFORE or not words[-1][:1].islower() or last.endswith("ly"):
                yield s, term, "not-a-naming"  # "Case called it ...", "he called", "was widely called"
                continue
            rule, names = "naming-participle", _noun_phrase_before(before)
            if len(_subject_before(before).split()) <= 4 and names == _subject_before(before) and not re.match(
                    r"\s*(?:is|are|was|were|has|have|had|can|could|may|might|will|would|must|should)\b", text[end:]):
                yield s, term, "not-a-naming"  # "The union called a strike": the subject's verb
                continue
        verdict = _refuse(s, ctx, term, names, rule, m.group(), start, end)
        if verdict:
            yield s, term, verdict
            continue
        yield _fact(s, term, start, end, names, rule, ctx)


_NAME_GIVEN = re.compile(
    r"^(?:The (?:term|word|name) )?(?P<term>[^\s,;:()]+(?: [^\s,;:()]+){0,5}) (?:is|are|was|were) "
    r"(?:(?:also|now|still) )?(?:the|a|an) (?:name|term|word|label) (?:(?:commonly |often |now )?(?:given to|used for|"
    r"used to describe|for|applied to)) (?P<names>[^;]+?)[.;]?$")
_TERM_REFERS = re.compile(r"^The (?:term|word) (?P<term>[^\s,;:()]+(?: [^\s,;:()]+){0,5}) (?:refers to|means|describes|"
                          r"denotes|designates) (?P<names>[^;]+?)[.;]?$")
_TERM_FOR = re.compile(r"\b(?:a|an|the) (?P<term>[a-z][\w'’\-]*(?: [a-z][\w'’\-]*){0,2}) \((?:a|the) term (?:for|used for) "
                       r"(?P<names>[^()]+)\)")


def _name_given(s: Sentence, ctx: _Context):
    text = s.text
    if not any(w in text for w in _NAME_GIVEN_WORDS):
        return  # each pattern holds "the term", "a name" or the like
    for pattern, rule in ((_NAME_GIVEN, "name-given"), (_TERM_REFERS, "name-given"), (_TERM_FOR, "term-for")):
        for m in pattern.finditer(text):
            start, end = m.span("term")
            term = m.group("term").strip("\"“”‘’'")
            if term != m.group("term"):
                start += m.group("term").index(term)
                end = start + len(term)
            names = m.group("names").strip()
            if rule == "name-given" and start == 0 and not text.startswith(("The term", "The word", "The name")):
                names = names  # the term opens the sentence: its capital is the sentence's
            verdict = _refuse(s, ctx, term, names, rule, "", start, end)
            if verdict:
                yield s, term, verdict
                continue
            yield _fact(s, term, start, end, names, rule, ctx)


_DEFINITION_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:is (?:a|an|the)|are(?: the)?) (?P<names>[^;]+?)[.;]?$")
# (not an apposition inside a sentence: "**Survival**, a defiant album, was released in 1979")
_GLOSS_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s+(?P<names>(?:an?\s+|the\s+)?[a-z](?![^;:]*,\s+(?:was|is|are|were|has|had|"
                          r"became|remains|remained)\b)[^;:]{10,200}?)\.?$")
# An italic title opening a sentence ("_Time_ is an American news magazine") is a work, not a term.
_WORKS = re.compile(r"\b(?:magazine|newspaper|journal|novel|book|album|film|movie|song|single|poem|play|opera|"
                    r"series|show|painting|work|treatise|record|programme|program|game|periodical|anthology)s?\b", re.I)


def _emphasised(s: Sentence, ctx: _Context):
    """"**Ukemi** is the art of falling safely.": a bold or italic word that opens a definition."""
    for a, b, style in ctx.emphasis_in.get(s.index, ()):
        if not (s.start <= a < b <= s.end):
            continue
        lead = ctx.doc.text[s.start:a]
        if not re.fullmatch(r"(?:(?:The|A|An) )?", lead):
            continue
        m = _DEFINITION_AFTER.match(ctx.doc.text[b:s.end])
        rule = "emphasised-definition"
        if not m and not lead and style == "strong":
            # "**Zooplankton** (from Greek zoon), small protozoans or metazoans that feed on ...": a
            # glossary line, the term and what it names after a comma
            m = _GLOSS_AFTER.match(ctx.doc.text[b:s.end])
            rule = "emphasised-gloss"
        if not m:
            continue
        start, end = a - s.start, b - s.start
        term = s.text[start:end]
        if _WORKS.search(m.group("names") if rule == "emphasised-definition" else " ".join(m.group("names").split()[:3])):
            yield s, term, "title-of-work"
            continue
        names = m.group("names")
        if rule == "emphasised-gloss":
            # (without its asides: "small protozoans or metazoans (e.g. crustaceans) that feed on ...",
            # and, when long, without where they live: "algae that live near the surface where ...")
            names = re.sub(r"\s*\([^()]*\)", "", names).strip()
            if len(names.split()) > 18:
                names = re.split(r"\s+where\s+|;\s", names, 1)[0]
        verdict = _refuse(s, ctx, term, names, rule, "", start, end)
        if verdict:
            yield s, term, verdict
            continue
        yield _fact(s, term, start, end, names.strip(), rule, ctx)


# ---------------------------------------------------------------- refusals

def _bare(term: str) -> str:
    return _ARTICLE.sub("", term.strip()).strip()


def _refuse(s: Sentence, ctx: _Context, term: str, names: str | None, rule: str, verb: str,
            start: int, end: int) -> str | None:
    """The name of the first refusal that holds for a candidate, or None to keep it."""
    text = s.text
    bare = _bare(term)
    words = _WORD.findall(bare)
    if not words or not re.search(r"[^\W\d_]", bare) or fold(bare) in ("the", "a", "an"):
        return "no-term"
    first = fold(term.split()[0]) if term.split() else ""
    if first in _NOT_A_NAME_START or fold(" ".join(term.split()[:2])) in _NOT_A_NAME_START:
        return "not-a-naming"  # "called for", "named after", "known as one of"
    if len(words) > MAX_WORDS:
        return "too-long"
    if len(words) == 1 and re.fullmatch(r"[a-z]{3,}(?:ically|ally|ously|ively|fully|ably|ibly|edly|ingly|lessly|ently|"
                                        r"antly|ately)", words[0]):
        return "adverb"  # "chains are named systematically with a prefix": how, not what
    if verb == "known as" and re.match(r"(?:a|an)\s", term, re.I):
        return "description"  # "known as a centre of trade" says what it is like, not what it is called
    if any(fold(w) in ("the", "a", "an", "its", "their", "his", "her", "this", "these") for w in term.split()[1:]):
        return "unclear-end"  # "called zygapophyses strengthen the connections": the term ran into a verb
    if len(words) > 1 and fold(words[-1]) in ("do", "does", "did", "is", "are", "was", "were", "has", "have", "had",
                                               "can", "could", "will", "would", "may", "might", "must", "should"):
        return "unclear-end"  # "known only through our senses do": the term ran into a verb
    if len(words) > 1 and re.fullmatch(r"[a-z]+ed", words[-1]) and re.match(r"\s*(?:by|with|in|from|to)\b", text[end:]):
        return "unclear-end"  # "called keradonts surrounded by": the term ran into a participle
    folded = fold(bare)
    if folded in _EVALUATIVE or fold(words[-1]) in _EVALUATIVE:
        return "evaluative"
    # ("phytoplankton" in the article on plankton is a word of its own to know, not the title)
    compound = " " not in folded and " " not in ctx.title and len(folded) >= len(ctx.title) + 3
    if ctx.title and (folded == ctx.title or folded in ctx.title.split() or ctx.title in folded and not compound
                      or folded.rstrip("s") == ctx.title.rstrip("s")):
        return "title"
    # what it names
    if names is not None:
        nwords = names.split()
        if not nwords:
            return "leaning-subject"
        lowered = [re.sub(r"[^\w'’-]", "", w).lower() for w in nwords]
        if lowered[0] in _LEANING or any(w in ("this", "these", "those", "it", "they", "such") for w in lowered):
            return "leaning-subject"  # "This receiving is called ukemi": which receiving?
        if len(nwords) > 18:
            return "leaning-subject"
        if len(lowered) >= 2 and lowered[0] == "the" and lowered[1] in _ORDINAL_OF_MANY:
            return "leaning-subject"  # "the third group is called cycloalkanes": of which groups?
        if len(nwords) == 2 and lowered[0] == "the" and lowered[1] not in ctx.title.split():
            return "leaning-subject"  # "The process is called ...": which process? the sentence before says
        # the head noun: the last word before a phrase that qualifies it ("stones worn by a river")
        qualifier = next((i for i, w in enumerate(lowered) if i and w in _QUALIFYING), len(lowered))
        head = re.sub(r"[^\w'’-]", "", nwords[qualifier - 1])
        if not head or not head[:1].islower() or not head[:1].isalpha():
            return "not-a-common-noun"  # "Toronto is known as ...", "Smith was named ..."
        if head.lower() in _PLACE_HEADS and (re.search(r"[A-Z]", term) or head.lower() in _SETTLEMENTS):
            return "place-name"  # "the harbour town known as Porthmorva"; "an area called the pouch" is anatomy
        if any(w[:1].isupper() and nxt[:1].islower() for w, nxt in zip(nwords[1:], nwords[2:] + [""])
               if nxt and nxt.lower() not in _QUALIFYING):
            return "local-name"  # "the Chinese abacus, known as the suanpan", "the Breton dance"
        if nwords[0][:1].isupper() and lowered[0] not in _DETERMINERS and start > 0 and \
                fold(nwords[0]) in ctx.names:
            return "not-a-common-noun"
    # a local or foreign name, not a definition
    before = text[:start]
    if re.match(r"(?:In|Among|For) (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*,", text) or \
            re.search(r"\b(?:locally|local(?:ly)? name|in (?:the )?[A-Z][a-z]+(?: language)?)\s*,?\s*(?:as\s*)?$",
                      before.rstrip(" (")) or \
            re.match(r"\s*,?\s*(?:in|by|among) (?:the )?(?:[a-z]+ ){0,2}[A-Z][a-z]+", text[end:]) or \
            re.search(r"\(\s*lit\.|\bliterally\b", text) or _NON_LATIN.search(text[max(0, start - 40):end + 40]):
        return "local-name"
    # a person, a place or another proper name
    if folded in ctx.names or any(fold(w) in ctx.names for w in words if w[:1].isupper()):
        return "known-name"
    capitals = [w for w in words if w[:1].isupper()]
    sentence_initial = start == 0 or (start <= 4 and re.match(r"(?:The|A|An) $", text[:start]))
    if capitals and not (sentence_initial and capitals == [words[0]] and len(words) == 1
                         and rule in ("name-given", "emphasised-definition", "emphasised-gloss")):
        eponym = words[-1][:1].islower() and (fold(words[-1]) in _EPONYM_HEADS or (
            names is not None and names.split() and fold(re.sub(r"\W", "", names.split()[-1])) == fold(words[-1])))
        if not eponym or len(capitals) == len(words):
            return "proper-name"  # "a group called the Wailers", "an amphibamid called Gerobatrachus hottoni"
    if re.match(r"[A-Z]{2,}\b", bare):
        return "proper-name"  # an acronym names a body more often than a term
    return None


def _fact(s: Sentence, term: str, start: int, end: int, names: str | None, rule: str, ctx: _Context) -> Fact:
    doc_start, doc_end = s.start + start, s.start + end
    emphasised = any(a <= doc_start and doc_end <= b or doc_start <= a < b <= doc_end for a, b, _ in ctx.emphasis)
    bare = _bare(term)
    if rule in ("name-given", "emphasised-definition") and start <= 4 and bare[:1].isupper() and bare[1:2].islower() and \
            not any(w[:1].isupper() for w in bare.split()[1:]):
        bare = bare[0].lower() + bare[1:]  # "Phycology is the name given to ...": the capital is the sentence's
    return Fact(kind="term", text=term, value=bare, sentence=s, span=(doc_start, doc_end),
                attrs={"names": names, "rule": rule, "emphasised": emphasised, "source": None})
