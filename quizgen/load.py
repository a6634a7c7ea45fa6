"""Load an article: bytes -> repaired text -> frontmatter + Markdown structure -> Document.

The body is parsed with markdown-it-py into blocks (paragraphs, list items, quotes) under a heading
path; each block's inline Markdown is flattened to plain text (emphasis markers, links and images
removed) and split into sentences with character offsets into ``Document.text``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path
from typing import Any

import frontmatter
import yaml
from markdown_it import MarkdownIt

from quizgen import vocab
from quizgen.errors import InputError, InputWarning
from quizgen.model import Document, Infobox, InfoboxField, Link, Sentence

# Sections that list sources rather than say anything: no sentence is taken from them.
CITATION_SECTIONS = {
    "references", "bibliography", "external links", "see also", "further reading", "notes",
    "sources", "citations", "footnotes", "notes and references", "works cited", "general references",
    "gallery", "explanatory notes", "cited sources", "selected bibliography", "primary sources",
    "secondary sources", "references and notes",
}
# Headings of such lists in other words: "Print sources", "Writings by E.W. Dijkstra", "Others about X, eulogies".
_CITATION_HEADING = re.compile(r"^(?:(?:print|printed|online|other|archival|external)\s+sources|(?:writings|works|books)\s+by\b.*|"
                               r"(?:others|writings|books|articles|works)\s+(?:about|on)\b.*|eulogies)$", re.I)
# Sections that list works: their list lines and short entries are left out, but a paragraph of
# prose there ("Tarkovsky's first feature film was Ivan's Childhood in 1962. ...") is the story.
WORKS_SECTIONS = {"filmography", "discography", "videography"}

# A list line or short paragraph that is a bibliography entry, wherever it stands ("Powers of
# Horror. New York: Columbia University Press, 1982."; "Kelly Oliver, Reading Kristeva, Indiana
# University Press, 1993."): a publisher (or a journal issue) and a year end it, perhaps before a
# bracketed note.
_PUBLISHER = (r"(?:Press|Publishers?|Publishing(?: [A-Z]\w+)*(?: Ltd| Inc)?|Books|Routledge|Verlag|[ÉE]ditions?|"
              r"Macmillan|Blackwell|Penguin|Knopf|Norton|Wiley|Springer|Elsevier|Harper\w*|Seuil|Gallimard)")
_BIBLIOGRAPHY_ENTRY = re.compile(
    r"(?:\b[A-Z][a-z][\w'’.-]*:\s*[A-Z][^,.:;]{1,80}|\b" + _PUBLISHER + r"(?: [A-Z][\w.]*)*|\b(?:[Ii]ssue|[Vv]ol\.|[Nn]o\.) ?\d+),\s*\d{4}[a-z]?\.?\s*(?:\(.*)?$")

# A list item that cites a book, author first: "Skirda, Alexandre. Facing the Enemy: ... AK Press 2002. p. 183."
_AUTHOR_FIRST_ENTRY = re.compile(
    r"[A-Z][\w'’-]+,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\.\s.*\b(?:1[5-9]|20)\d\d\b.*"
    r"\b(?:Press|Publishing|Publishers|Books|University|pp?\.|ed\.|eds\.|ISBN)")

# Wikitext a converter left unparsed: table rows and cells ("|- | rowspan=3|"), headings ("==Honours==").
_WIKI_MARKUP = re.compile(r"\|-\s|\b(?:rowspan|colspan|align|style|class|width)=\S*|={2,}\s*[A-Z][^=\n]{0,60}?={2,}")


_LETTER = re.compile(r"[^\W\d_]")


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """The sentences of a block; where a converter left wikitext in it, the prose between the
    markup is split on its own and the table cells ("| 1995–96 | UEFA Cup |") are left out."""
    if "=" not in text and "|" not in text:
        return split_sentences(text)  # (nearly every block)
    spans, start = [], 0
    for m in list(_WIKI_MARKUP.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        spans += [(start + s, start + e) for s, e in split_sentences(text[start:end])
                  if text.count("|", start + s, start + e) < 2 and _LETTER.search(text, start + s, start + e)]
        start = m.end() if m else end
    return spans

LEGACY_CODECS = ("mac_roman", "cp1252", "latin-1")

# The commonest function words of English and of the other languages Wikipedia is most written in
# (German, French, Spanish, Dutch and Afrikaans, the Scandinavian languages, Italian). English prose
# has five to ten times more of its own than of the others; any other language the reverse.
_ENGLISH_WORDS = frozenset("the of and to in is was for that with as by on at from his her it an were are "
                           "which be this has had have not or but their its".split())
_OTHER_WORDS = frozenset("der die und ist von zu den das mit sich des auf für nicht eine ein dem im wurde "
                         "le la les et est du une dans el los las y que del por con het een van op wat nie "
                         "og er eit ikkje av som på och att ett il di che della wie auch als".split())


def _reads_as_english(plain: str, sample: int = 3000) -> bool:
    """Whether the body is English prose: a German article read by the English rules gives
    nonsense questions ("Die Waffe wurde ____ standardisiert"), so it is refused by name."""
    words = re.findall(r"[^\W\d_]+", plain[:sample * 8].lower())[:sample]
    if len(words) < 40:
        return True  # too little to tell: a stub is judged by its other faults
    return sum(w in _ENGLISH_WORDS for w in words) >= sum(w in _OTHER_WORDS for w in words)

_MD = MarkdownIt("commonmark").enable("table").enable("strikethrough")


# ---------------------------------------------------------------- mojibake repair

def _non_ascii(text: str) -> int:
    # Encoding with "ignore" drops exactly the non-ASCII characters, at C speed.
    return len(text) - len(text.encode("ascii", "ignore"))


_MANY_REPAIRS = 20


def _looks_mis_decoded(text: str) -> bool:
    from ftfy.badness import is_bad  # (imported here: ftfy takes a tenth of a second to load)

    return is_bad(text)


def repair_mojibake(text: str) -> tuple[str, str | None]:
    """Undo UTF-8 text that was decoded with a legacy codec and saved again.

    When the whole text round-trips through a legacy codec back to valid UTF-8 with fewer
    non-ASCII characters (every mis-decoded multibyte character became two to four), the
    reversal is exact. Otherwise each line gets the same test, and ftfy handles what is left
    of mixed text. Returns the text and a note of what was repaired (None if nothing).
    """
    if _non_ascii(text) == 0:
        return text, None
    for codec in LEGACY_CODECS:
        try:
            fixed = text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        removed = _non_ascii(text) - _non_ascii(fixed)
        # Clean text can round-trip by chance: "10\u00a0°C" is the Mac Roman bytes of "ʡ", "d’état" of
        # "dՎtat". Many characters undone at once are mojibake; a few must also look like it to ftfy.
        if removed >= _MANY_REPAIRS or removed > 0 and _looks_mis_decoded(text):
            return fixed, f"utf-8 read as {codec}"
    # Mixed text: repair line by line, exact where a line round-trips, ftfy elsewhere.
    import ftfy

    changed: set[str] = set()
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _non_ascii(line) == 0 or not _looks_mis_decoded(line):
            continue
        for codec in LEGACY_CODECS:
            try:
                fixed = line.encode(codec).decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
            if _non_ascii(fixed) < _non_ascii(line):
                lines[i] = fixed
                changed.add(codec)
                break
        else:
            fixed = ftfy.fix_text(line, normalization="NFC", uncurl_quotes=False,
                                  fix_character_width=False, fix_latin_ligatures=False)
            if fixed != line:
                lines[i] = fixed
                changed.add("ftfy")
    if not changed:
        return text, None
    return "\n".join(lines), "mixed: " + ", ".join(sorted(changed))


# ---------------------------------------------------------------- sentence splitting

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt",
    "adm", "cmdr", "cdr", "gov", "sen", "rep", "pres", "st", "mt", "ft", "jr", "sr", "co", "corp",
    "inc", "ltd", "bros", "no", "nos", "vs", "v", "etc", "c", "ca", "approx", "est", "fig", "vol",
    "pp", "p", "ed", "eds", "rev", "hon", "messrs", "mme", "mlle", *vocab.MONTH_ABBREVIATIONS, "dept", "univ", "assn", "ave", "blvd",
    "rd", "cf", "al", "op", "opp", "cit", "ibid", "viz", "lit", "esp", "incl", "b", "d", "r", "fl",
    "brig", "sgt", "insp", "supt", "fr", "sr", "sra", "gens", "lieut", "pte", "bn", "div", "regt",
}
_NUMBER_ABBREVIATIONS = {"no", "nos", "op", "opp", "c", "ca", "p", "pp", "vol", "fig", "fl", "b", "d", "r", "ft", "lb", "oz", "yd", "sq"}
# Abbreviations that end a sentence as often as not: split there when a capital follows.
_ENDING_ABBREVIATIONS = {"etc", "inc", "ltd", "co", "corp", "jr", "sr", "bros"}

# (written [x][x]* rather than [x]+ so that the engine can skip ahead to the punctuation)
# (the second form: two sentences an export ran together without a space, "the vehicles.On 15 May")
# (and a chemical name's Greek prefix, "... phages RL38JI and N17. α-Putrescinylthymine occurs ...")
_BOUNDARY = re.compile(r"[.!?…][.!?…]*[\"'”’)\]]*(?=\s+(?:[\"'“‘(\[]?[A-Z0-9À-ÖØ-Þ\u0400-\u042f\u0531-\u0556]|[α-ω]-[a-z]))"
                       r"|(?<=[a-z][a-z][a-z])\.[\"”’)]?(?=[A-Z][a-z]+(?:['’]s)?\s)"
                       r"|(?<=[12]\d{3})\.(?=[A-Z][a-z]+\s)")  # ("... in 1915.At the time ...")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split a block of plain text into sentence spans (start, end).

    A boundary is sentence-ending punctuation (and closing quotes or brackets) followed by
    space and a capital or digit, unless the word before the period is an abbreviation
    (``Lt.``, ``c.``, ``e.g.``, ``U.S.``), an initial (``John F. Kennedy``), or the period
    sits inside an open parenthesis that closes later in the block.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        punct_at = m.start()
        if text[punct_at] == "." and not _period_ends_sentence(text, punct_at, end):
            continue
        if _inside_parentheses(text, start, punct_at):
            continue
        piece = text[start:end].strip()
        if piece:
            s = start + (len(text[start:end]) - len(text[start:end].lstrip()))
            spans.append((s, end))
        start = end
    tail = text[start:]
    if tail.strip():
        s = start + (len(tail) - len(tail.lstrip()))
        spans.append((s, start + len(tail.rstrip())))
    return spans


def _word_before(text: str, end: int) -> str:
    """The run of word characters, periods, hyphens and apostrophes that ends at ``end``."""
    # Walking back is linear in the word; a regex anchored at the end rescans the whole prefix.
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_.-'"):
        start -= 1
    return text[start:end]


_NEXT_CHAR = re.compile(r"\s*(\S?)")


def _period_ends_sentence(text: str, dot: int, after: int) -> bool:
    word = _word_before(text, dot)
    if not word:
        return True
    bare = word.lower().rstrip(".")
    last = re.split(r"[.\-]", bare)[-1]
    next_char = _NEXT_CHAR.match(text, after).group(1)  # (slicing text[after:] would copy the rest)
    if re.fullmatch(r"(?:[a-z]\.)+[a-z]", bare):  # U.S., e.g., i.e.
        return False
    if len(word) == 1 and word.isupper():  # an initial: John F. Kennedy, unless a unit: 14 °C., 300 K.
        if word in "NSEW" and _STREET_AFTER.match(text, after):
            return False  # a street address: "at 201 E. Ontario Street"
        if _DESIGNATION_BEFORE.search(text, max(0, dot - 20), dot - 1):
            return True  # "modeling the Volkswagen on the Model T. Max Wallace has stated ...": a letter of a name
        return _after_quantity(text, dot - 1)
    if word.isdigit() and len(word) <= 2 and _ORDINAL_NAME_BEFORE.search(text, max(0, dot - 30), dot - len(word)):
        return False  # a German ordinal opens a name: "the club 1. FC Nürnberg", "plays in the 2. Bundesliga"
    if re.fullmatch(r"[A-Z][a-z]+sz", word.rstrip(".")) and next_char.isupper() \
            and _DUTCH_GIVEN_BEFORE.search(text, max(0, dot - 30), dot - len(word.rstrip("."))):
        return False  # a Dutch patronymic: "Mathijs Jansz. Hoepstock", "Jan Jacobsz. Schrobop"
    if last in _NUMBER_ABBREVIATIONS:  # "No. 5", "c. 1750", "b. 1950": abbreviations only before a number
        return not next_char.isdigit()
    if last in _ABBREVIATIONS:
        if last in _ENDING_ABBREVIATIONS and _FIRM_PART_AFTER.match(text, after):
            return False  # "Warner Bros. Pictures representatives agreed": one name goes on
        return last in _ENDING_ABBREVIATIONS and next_char.isupper()
    return True


_DUTCH_GIVEN_BEFORE = re.compile(r"\b[A-Z][a-z]+\s$")  # the given name before "Jansz."
# What stands before an ordinal that opens a German name ("the 2. Bundesliga", "club 1. FC Nürnberg"):
# a number there counts nothing, so its period ends no sentence
_ORDINAL_NAME_BEFORE = re.compile(r"\b(?:the|in|of|at|for|from|to|and|club|side|team|league|division)\s$")


# Words a single capital letter completes as a name ("the Model T", "Plan B", "Vitamin C"): a period after
# the letter ends the sentence
_DESIGNATION_BEFORE = re.compile(r"\b(?:Model|Type|Class|Plan|Vitamin|Grade|Category|Appendix|Exhibit|Schedule|Mark|"
                                 r"Series|Group|Block|Hepatitis|World War)\s$")  # (and "World War I.")


# Words that continue a firm's name after "Bros." or "Inc.": "Warner Bros. Pictures", "Warner Bros. Records"
_FIRM_PART_AFTER = re.compile(r"\s+(?:Pictures|Records|Entertainment|Studios|Television|Animation|Interactive|Games|"
                              r"Discovery|Music|Home Video|Family|Theatre|Theater)\b(?!\s+(?:is|was|are|were)\b)")


# A street's name and kind after a compass point: "201 E. Ontario Street", "12 N. Main St."
_STREET_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.|Boulevard|Blvd\.?|"
                           r"Drive|Dr\.|Lane|Ln\.|Way|Place|Pl\.|Court|Ct\.|Parkway|Highway|Hwy\.?)\b")
# (the number ends on a digit: "K. 216, K. 218" is a catalogue's, not a unit after "216,")
_QUANTITY_BEFORE = re.compile(r"(?:[°º]|(?<![\w.,])(\d(?:[\d,.]*\d)?))[ \u00a0\u202f]?$")


def _after_quantity(text: str, letter: int) -> bool:
    """Is the capital at ``letter`` a unit symbol rather than an initial? It is after a degree
    sign (``12–14 °C``, ``40°N``) or after a number that is not a year (``300 K``, ``5 V``; but
    ``in 1990 J. Smith`` keeps its initial)."""
    m = _QUANTITY_BEFORE.search(text, max(0, letter - 24), letter)
    if not m:
        return False
    number = m.group(1)
    return number is None or not re.fullmatch(r"1\d{3}|20\d{2}", number)


def _inside_parentheses(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` sits inside a parenthesis that closes within the next 400 characters. One
    never closed ("(the first in B-flat major (D. 898), ... (D. 957). This collection") is no
    reason to run on: a later pair of brackets must not be taken for its end."""
    segment = text[start:pos]
    depth = segment.count("(") - segment.count(")")
    if depth <= 0:
        return False
    for ch in text[pos:pos + 400]:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return True
    return False


# ---------------------------------------------------------------- Markdown body

# Marks put around bold and italic runs while a block is flattened, then taken out again with
# their offsets: a term an article introduces in bold or italics is found by where they stood.
_EMPHASIS_MARKS = {"strong_open": "\ue000", "strong_close": "\ue001", "em_open": "\ue002", "em_close": "\ue003"}
_MARK = re.compile("[\ue000-\ue003]")


_ESCAPED_REFS = re.compile(r"<ref\b[^<>]*/>|<ref\b[^<>]*>.*?</ref\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)


def _inline_text(token, marks: bool = False) -> str:
    """Flatten an inline token to plain text: no emphasis markers, images or raw HTML (with
    ``marks``, bold and italic runs are wrapped in the characters of ``_EMPHASIS_MARKS``)."""
    parts: list[str] = []
    skip_depth = 0
    for child in token.children or []:
        t = child.type
        if t == "image":
            continue
        if marks and t in _EMPHASIS_MARKS:
            if not skip_depth:
                parts.append(_EMPHASIS_MARKS[t])
            continue
        if t in ("text", "code_inline"):
            if not skip_depth:
                parts.append(child.content)
        elif t in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif t == "html_inline":
            if re.match(r"<br\s*/?\s*>", child.content, re.I):
                parts.append(" ")
            elif re.match(r"<ref\b", child.content, re.I) and not child.content.endswith("/>"):
                skip_depth += 1
            elif re.match(r"</ref\s*>", child.content, re.I):
                skip_depth = max(0, skip_depth - 1)
    text = "".join(parts)
    if "<" in text:  # references written as escaped markup ("&lt;ref&gt;...&lt;/ref&gt;") read as text
        text = _ESCAPED_REFS.sub("", text)
    text = re.sub(r"\[\d+\]|\[citation needed\]", "", text)  # footnote markers
    text = " ".join(text.split())
    # tokeniser leftovers of some exports: "at 16: 40" (a clock time), "the ships ' guns" (a plural possessive)
    if ": " in text:
        text = _SPLIT_TIME.sub(r"\1\2:\3", text)
    if " ' " in text:
        text = _SPLIT_POSSESSIVE.sub("' ", text)
    if " ago)" in text:  # "(57 years ago)": counted from the day the page was exported, stale when read
        text = _YEARS_AGO.sub("", text)
    if " )" in text or " ." in text or " ," in text:  # "Moehringer )", "the Jews .": a template's empty tail
        text = _SPACE_BEFORE_MARK.sub("", text)
    if "illion" in text or "thousand" in text:  # "3million" -> "3 million"
        text = _GLUED_NUMBER_WORD.sub(r"\1 \2", text)
    if "♠" in text:  # a table's hidden sort key rendered: "7000220000000000000♠2.2 µs" -> "2.2 µs"
        text = _SORT_KEY.sub("", text)
    if "):" in text:  # "Selinus (Sicily):The Doric Temple" -> "Selinus (Sicily): The Doric Temple"
        text = _LABEL_COLON.sub("): ", text)
    if "2" in text or "3" in text:  # a converter's unit codes: "3,900 ft2" -> "3,900 sq ft", "km2" -> "km²"
        text = _AREA_UNIT.sub(lambda m: m.group(1) + _AREA_UNITS[m.group(2)], text)
    return text


_SPACE_BEFORE_MARK = re.compile(r"(?<=[\w’'\"”])\s+(?=\)|,(?:\s|$)|\.(?:\s+[A-Z]|$))")
_GLUED_NUMBER_WORD = re.compile(r"\b(\d[\d.,]*)(million|billion|trillion|thousand)\b")
_LABEL_COLON = re.compile(r"\):(?=[A-Z])")
_SORT_KEY = re.compile(r"-?\d{15,20}♠")
_YEARS_AGO = re.compile(r"\s*\(\d+\s+years?\s+ago\)")
_AREA_UNITS = {"ft2": " sq ft", "mi2": " sq mi", "in2": " sq in", "yd2": " sq yd", "m2": " m²", "km2": " km²",
               "cm2": " cm²", "ft3": " cu ft", "m3": " m³", "km3": " km³"}
_AREA_UNIT = re.compile(r"(\d)\s?(ft2|mi2|in2|yd2|km2|cm2|m2|ft3|km3|m3)\b")


_SPLIT_TIME = re.compile(r"(\b(?:at|around|about|until|till|by|from|to|before|after|between|and|approximately) )"
                         r"([01]?\d|2[0-4]): ([0-5]\d)\b")
_SPLIT_POSSESSIVE = re.compile(r"(?<=[a-z]s) ' (?=[A-Za-z])")  # white space collapsed (as re.sub(r"\s+", " ", text).strip(), faster)


def _without_list_label(token, text: str) -> str:
    """A list item whose first line is a label and whose next line, run into it, is a paragraph
    ("* Radio" then "The Cornish Guardian is a weekly ..."): the paragraph without the label."""
    children = token.children or []
    breaks = [i for i, c in enumerate(children) if c.type == "softbreak"]
    if not breaks:
        return text
    label = " ".join("".join(c.content for c in children[:breaks[0]] if c.type == "text").split())
    rest = text[len(label):].strip()
    if 0 < len(label.split()) <= 4 and not re.search(r"[.!?:;,]$", label) and text.startswith(label) \
            and len(rest.split()) >= 6 and rest[:1].isupper():
        return rest
    return text


def _emphasis_spans(token, plain: str) -> list[tuple[int, int, str]]:
    """The bold ("strong") and italic ("em") runs of a block as (start, end, kind) in ``plain``,
    the block's flattened text; none where the marks would shift the text."""
    if not any(child.type in _EMPHASIS_MARKS for child in token.children or []):
        return []  # (most blocks: flattening them again with marks would give the same text)
    marked = _inline_text(token, marks=True)
    if _MARK.sub("", marked) != plain:
        return []
    spans: list[tuple[int, int, str]] = []
    opened: dict[str, list[int]] = {"strong": [], "em": []}
    removed = 0
    for m in _MARK.finditer(marked):
        pos = m.start() - removed
        removed += 1
        kind = "strong" if m.group() in "\ue000\ue001" else "em"
        if m.group() in "\ue000\ue002":
            opened[kind].append(pos)
        elif opened[kind]:
            start = opened[kind].pop()
            if start < pos:
                spans.append((start, pos, kind))
    return sorted(spans)


def parse_body(body: str, emphasis: list[tuple[int, int, str]] | None = None) -> tuple[str, list[Sentence]]:
    """Parse Markdown into plain text and sentences with section paths and offsets. A list given
    as ``emphasis`` receives the bold and italic runs as (start, end, "strong" | "em") offsets."""
    tokens = _MD.parse(body)
    heading_path: list[tuple[int, str]] = []
    blocks: list[tuple[tuple[str, ...], str]] = []
    block_emphasis: list[list[tuple[int, int, str]]] = []
    i = 0
    in_table = in_list = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            in_list += 1
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            in_list -= 1
        elif tok.type == "table_open":
            in_table += 1
        elif tok.type == "table_close":
            in_table -= 1
        elif tok.type == "heading_open":
            level = int(tok.tag[1:])
            title = _inline_text(tokens[i + 1])
            heading_path = [(lvl, t) for lvl, t in heading_path if lvl < level] + [(level, title)]
            i += 3
            continue
        elif tok.type == "inline" and not in_table:
            text = _inline_text(tok)
            if in_list:
                text = _without_list_label(tok, text)
            section = tuple(t for _, t in heading_path)
            headings = {s.lower().strip() for s in section}
            if text and not headings & CITATION_SECTIONS and not any(_CITATION_HEADING.match(h) for h in headings) and not (
                    in_list and "ISBN" in text) and not (
                    (in_list or len(text) < 100) and headings & WORKS_SECTIONS) and not (
                    (in_list or len(text) < 200) and _BIBLIOGRAPHY_ENTRY.search(text)
                    or in_list and _AUTHOR_FIRST_ENTRY.match(text)):
                blocks.append((section, text))
                block_emphasis.append(_emphasis_spans(tok, text) if emphasis is not None else [])
        i += 1

    pieces: list[str] = []
    sentences: list[Sentence] = []
    offset = 0
    for block_index, (section, text) in enumerate(blocks):
        if pieces:
            offset += 2  # the blank line between blocks
        for s, e in _sentence_spans(text):
            sentences.append(Sentence(text[s:e], offset + s, offset + e, section, block_index, len(sentences)))
        if emphasis is not None:
            emphasis.extend((offset + s, offset + e, kind) for s, e, kind in block_emphasis[block_index])
        pieces.append(text)
        offset += len(text)
    return "\n\n".join(pieces), sentences


# ---------------------------------------------------------------- infoboxes

_FLAG = re.compile("[\U0001F1E6-\U0001F1FF]{2}|[\U0001F3F4][\U000E0020-\U000E007F]+")


def clean_infobox_text(text: str) -> str:
    """Plain text of an infobox value: no flags, no HTML breaks, one space between words."""
    text = _FLAG.sub("", str(text))
    if "<" in text:  # (most values hold no markup)
        text = re.sub(r"<br\s*/?\s*>", "\n", text, flags=re.I)
        text = re.sub(r"<[^>]+>", "", text)
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def parse_infoboxes(raw: Any) -> list[Infobox]:
    """Read infoboxes generically: every key becomes a field with text and links."""
    boxes: list[Infobox] = []
    if isinstance(raw, dict):
        raw = [raw]
    if not isinstance(raw, list):
        return boxes
    for item in raw:
        if not isinstance(item, dict):
            continue
        box = Infobox()
        for key, value in item.items():
            links: list[Link] = []
            if isinstance(value, dict):
                text = value.get("text", "")
                for link in value.get("links") or []:
                    if isinstance(link, dict):
                        page = link.get("page")
                        page = None if page in (None, "undefined") else str(page)
                        links.append(Link(str(link.get("text") or page or ""), page))
            elif isinstance(value, (str, int, float)):
                text = value
            else:
                continue
            if text is None:
                continue
            cleaned = clean_infobox_text(text)
            if cleaned:
                box.fields.append(InfoboxField(str(key), cleaned, links))
        if box.fields:
            boxes.append(box)
    return boxes


# ---------------------------------------------------------------- documents

def _title_from(body: str, path: Path) -> str:
    m = re.search(r"^#\s+(.+?)\s*#*\s*$", body, re.M)
    if m:
        return m.group(1).strip()
    return path.stem.replace("-", " ").replace("_", " ").strip().title() or "Untitled"


_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
# Control characters that never occur in text (tab, newlines and form feed do).
_BINARY_CONTROLS = re.compile("[\x01-\x08\x0e-\x1a\x1c-\x1f]")


def decode(data: bytes, path: str | Path) -> str:
    """Bytes to text, or an InputError that says why the file is not a text article.

    UTF-8 (with or without a byte-order mark), or UTF-16/UTF-32 when a byte-order mark says so.
    A few stray NUL bytes in otherwise valid text are dropped with an InputWarning; many NULs, or
    other control bytes, mean a binary file.
    """
    import warnings

    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(path, f"not {codec.upper()} text although it starts with a "
                                       f"{codec[:6].upper()} byte-order mark (offset {exc.start + len(bom)})") from None
            break
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            if b"\x00" in data[:8192]:
                raise InputError(path, "binary file, not a Markdown article") from None
            raise InputError(path, f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})") from None
    nuls = text.count("\x00")
    if nuls:
        if nuls > max(1, len(text) // 100) or _BINARY_CONTROLS.search(text[:8192]):
            raise InputError(path, "binary file, not a Markdown article")
        text = text.replace("\x00", "")
        warnings.warn(InputWarning(f"{path}: dropped {nuls} NUL byte{'s' if nuls != 1 else ''} "
                                   "(not text; the rest of the file was read)"), stacklevel=2)
    return text


_YAML = frontmatter.YAMLHandler()


def _split_frontmatter(text: str, path: Path) -> tuple[dict[str, Any], str]:
    """Frontmatter fields and Markdown body; a file without frontmatter is all body."""
    if not _YAML.detect(text.lstrip("\ufeff")):
        return {}, text
    try:
        raw_meta, body = _YAML.split(text.lstrip("\ufeff"))
    except ValueError:
        return {}, text
    try:
        meta = _YAML.load(raw_meta)
    except yaml.YAMLError as exc:
        # where the broken construct starts (an unclosed bracket) says more than where it was noticed
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None  # the YAML text starts on the line of the opening ---
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(path, f"frontmatter is not valid YAML: {problem}", line) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise InputError(path, "frontmatter is not a mapping of fields")
    return meta, body


def load_text(text: str, path: str | Path = "<text>", raw: bytes | None = None) -> Document:
    """Build a Document from the text of an article file."""
    path = Path(path)
    if raw is None:
        raw = text.encode("utf-8")
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text, repaired = repair_mojibake(text)
    meta, body = _split_frontmatter(text, path)
    if not body.strip():
        raise InputError(path, "article body is empty")
    emphasis: list[tuple[int, int, str]] = []
    plain, sentences = parse_body(body, emphasis)
    if not sentences:
        raise InputError(path, "article body has no text (only headings, images or tables)")
    if not _reads_as_english(plain):
        raise InputError(path, "article is not in English (the rules read English text only)")
    title = meta.get("title")
    title = str(title).strip() if isinstance(title, (str, int, float)) and str(title).strip() else _title_from(body, path)
    description = meta.get("description")
    description = _SORT_KEY.sub("", re.sub(r"\s+", " ", str(description))).strip() if isinstance(description, str) else ""
    return Document(
        path=str(path),
        name=path.name,
        title=title,
        description=description,
        text=plain,
        sentences=sentences,
        infoboxes=parse_infoboxes(meta.get("infoboxes")),
        meta={k: v for k, v in meta.items() if k != "infoboxes"},
        sha256=hashlib.sha256(raw).hexdigest(),
        repaired=repaired,
        emphasis=emphasis,
    )


def load_path(path: str | Path, opener=None, display: str | None = None) -> Document:
    """Read and parse one article file; every failure is an InputError naming the file.

    ``opener`` (a function returning a binary file object, e.g. for an fsspec URL) replaces
    reading a local path; ``display`` is the name errors and the document use.
    """
    name = display if display is not None else Path(path)
    try:
        if opener is None:
            data = Path(path).read_bytes()
        else:
            with opener(path) as fh:
                data = fh.read()
    except IsADirectoryError:
        raise InputError(name, "is a directory, not an article file") from None
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except OSError as exc:
        raise InputError(name, f"cannot read file: {exc.strerror or exc}") from None
    return load_text(decode(data, name), name, raw=data)
