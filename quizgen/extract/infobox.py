"""Infobox rules: one fact per meaningful item of an article's infoboxes.

Infoboxes come in many templates (military conflict, officeholder, royalty, settlement, country,
company, spaceflight, person ...). They are read generically, from the shape of their keys and
values rather than per template:

* a key's *kind* (date, person, place, figure or plain text) comes from a few word lists matched
  against the key with its numbering removed (``commander2`` -> ``commander``), and for unknown
  keys from the value itself;
* numbered keys of a conflict box (``commander1``, ``strength2``) belong to a side, named by the
  matching ``combatant`` field;
* label/value pairs spread over two keys (``leader_title1``/``leader_name1``,
  ``established_event1``/``established_date1``, ``blank_name``/``blank_info``) take their label
  from the sibling;
* figures are read one per bullet, with the ``Per X:`` heading or ``(per X)`` note that gives
  their source, their qualifier (``+``, ``~``, ``more than``) and what they count;
* images, maps, coordinates, codes, sizes and anything vague (``Unspecified``, ``Hundreds of ...``)
  are left out: these facts become answer keys.
"""

from __future__ import annotations

import re
from typing import Any

from quizgen import vocab
from quizgen.extract.dates import parse_date_text
from quizgen.model import Document, Fact, Infobox, InfoboxField

# ---------------------------------------------------------------- key vocabulary

# Keys that never hold a fact (layout, media, identifiers, codes).
_SKIP = re.compile(
    r"^(?:.*image.*|.*caption.*|.*map.*|.*logo.*|.*insignia.*|.*signature.*|.*photo.*|alt|.*_?size|"
    r"mapsize|.*flag.*|.*shield.*|.*seal.*|.*coat.*|.*emblem.*|pushpin.*|coord.*|coordinates.*|"
    r"lat[dmsNS]*|long[dmsEW]*|latNS|longEW|.*website.*|homepage|url|footnotes?|notes?|ref.*|"
    r"module|embed|.*_link|unit_pref|.*_rank|rank|.*magnitude|.*_change|symbol_type|languages_type|"
    r"moretext|.*_id|id|satcat|cospar.*|iso.*|.*code.*|cctld|postal.*|utc_offset.*|timezone.*|"
    r"time_zone|drives_on|apsis|orbit_reference|.*_type\d*|.*_sq_mi|.*_ft|.*_mi|honorific.*|"
    r"status_text|blank\d*_name|\d*blankname\d*|.*_title\d*|.*_event\d*|.*_year|.*_as_of|"
    r"population_demonym|demonym|common_name|conventional_long_name|native_name.*|"
    r"crew_callsign|name|title|conflict|official_name|full name|full_name|nickname.*|motto.*|"
    r"national_motto|national_anthem|anthem|alias|birth_name)$",
    re.I)

_PERSON = re.compile(
    r"^(?:commander|commanders|leader|leaders|leader_name|president|prime_minister|chancellor|"
    r"founder|founders|key_people|spouse|spouses|partner|parents|father|mother|children|issue|"
    r"predecessor|successor|crew_members|crew|namedata|vice_president|deputy|monarch|king|queen|"
    r"emperor|governor|mayor|chairman|chair|ceo|owner|coach|captain|architect|designer|author|"
    r"director|relatives|doctoral_advisor|doctoral_students|notable_students|influences|influenced|"
    r"head_coach|manager|general_manager|members)$", re.I)

_PLACE = re.compile(
    r"^(?:place|location|locations|birth_place|death_place|burial_place|placeofburial|place_of_burial|"
    r"resting_place|hq_location|headquarters|residence|capital|largest_city|launch_site|landing_site|"
    r"site|city|country|region|venue|origin|seat|area_served|territory|subdivision_name)$", re.I)

_DATE = re.compile(
    r"^(?:.*date.*|reign|foundation|founded|established|formed|dissolved|opened|closed|"
    r"serviceyears|service_years|years_active|yearsactive|term_start|term_end|born|died|"
    r"launched|completed|commissioned|decommissioned|built|orbit_epoch)$", re.I)

_FIGURE = re.compile(
    r"^(?:strength|casualties|losses|population.*|area.*|elevation.*|gdp.*|revenue|income|"
    r"operating_income|net_income|profit|assets|equity|employees|num_.*|.*_mass|mass|hdi|gini|"
    r".*density.*|length.*|width.*|height.*|depth.*|capacity|budget|crew_size|orbit_periapsis|"
    r"orbit_apoapsis|orbit_inclination|orbit_period|distance|speed|total_.*|number_of_.*)$", re.I)

# Keys of a conflict box whose number is the side they belong to.
_SIDED = re.compile(r"^(?:combatant|commander|strength|casualties|units|belligerent|leader)s?$", re.I)

LABELS = {
    "partof": "Part of", "date": "Date", "place": "Place", "result": "Result",
    "territory": "Territorial changes", "combatant": "Belligerents", "commander": "Commanders and leaders",
    "units": "Units involved", "strength": "Strength", "casualties": "Casualties and losses",
    "birth_date": "Born", "death_date": "Died", "birth_place": "Place of birth",
    "death_place": "Place of death", "burial_date": "Buried", "burial_place": "Place of burial",
    "placeofburial": "Place of burial", "serviceyears": "Years of service", "hq_location": "Headquarters",
    "num_locations": "Number of locations", "key_people": "Key people", "alma_mater": "Alma mater",
    "term_start": "Term start", "term_end": "Term end", "reign": "Reign", "spouse": "Spouse",
    "foundation": "Founded", "founder": "Founder", "crew_members": "Crew", "crew_size": "Crew size",
    "launch_date": "Launch date", "landing_date": "Landing date", "launch_site": "Launch site",
    "launch_rocket": "Rocket", "mission_type": "Mission type", "operator": "Operator",
    "population_total": "Population", "population_estimate": "Population (estimate)",
    "area_total_km2": "Area", "area_km2": "Area", "elevation_m": "Elevation",
    "gdp_ppp": "GDP (PPP)", "gdp_nominal": "GDP (nominal)", "gdp_ppp_per_capita": "GDP (PPP) per capita",
    "gdp_nominal_per_capita": "GDP (nominal) per capita", "hdi": "HDI", "gini": "Gini",
    "government_type": "Government", "settlement_type": "Type", "largest_city": "Largest city",
    "otherparty": "Other party", "subdivision_name": "Subdivision",
}

_UNIT_FROM_KEY = [("_km2", "km²"), ("_km", "km"), ("_m", "m"), ("_sq_mi", "sq mi"), ("_mi", "mi"), ("_ft", "ft")]

# Longest first: "no less than" is not "less than".
_QUALIFIERS = [(q, vocab.QUALIFIERS[q]) for q in vocab.qualifiers_longest_first()]
_MULTIPLIERS = {w: float(v) for w, v in vocab.NUMBER_SCALES.items() if v >= 1000}

# A figure bullet that names no number, or only a vague one, is no answer key.
_VAGUE = re.compile(r"\b(?:unspecified|unknown|hundreds|thousands|dozens|several|many|few|some|numerous|"
                    r"heavy|light|n/?a)\b", re.I)

_NUMBER = re.compile(
    r"(?P<cur>US\$|[$€£¥])?\s?(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s?[–—-]\s?(?P<cur2>US\$|[$€£¥])?(?P<n2>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?))?"
    r"(?:\s?(?P<mult>thousand|million|billion|trillion)\b)?(?P<plus>\+)?")

# Rank and title abbreviations before a name: "Maj. Gen. John Smith" -> "John Smith".
_RANK = re.compile(r"^(?:(?:Gen|Maj|Lt|Col|Brig|Adm|Capt|Cpt|Cmdr|Sgt|Cpl|Pvt|Field Marshal|Marshal|"
                   r"Vice Adm|Rear Adm|Lt\. Gen|Maj\. Gen|Brig\. Gen|Gov|Sen|Rep|Dr|Sir|Col\. Gen)\.?\s+)+")

_MONTH_WORD = rf"(?:{vocab.MONTH_NAMES_RE})"

_ORG_WORDS = set("""
council committee party assembly government ministry department army forces force union republic
company corporation group board university college church office agency established vacant
abolished none position constituency kingdom empire state states navy corps division brigade
regiment battalion command service league club team association institute foundation
""".split())
_NAME_PARTICLES = set("von van der de del della di da du le la al al- bin ibn bint ben of y e dos das".split())


# ---------------------------------------------------------------- helpers

def _base(key: str) -> tuple[str, int | None]:
    """``commander2`` -> (``commander``, 2); ``1namedata5`` -> (``namedata``, 5)."""
    k = re.sub(r"^\d+", "", key.strip())
    m = re.match(r"^(.*?)(\d+)$", k)
    if m and m.group(1):
        return m.group(1).rstrip("_"), int(m.group(2))
    return k, None


def label_for(key: str) -> str:
    """A human label for a key: from the map, else ``birth_date`` -> ``Birth date``."""
    base, _ = _base(key)
    if key.lower() in LABELS:
        return LABELS[key.lower()]
    if base.lower() in LABELS:
        return LABELS[base.lower()]
    base = re.sub(r"_(?:km2|km|m|ft|mi|sq_mi)$", "", base)  # the unit goes to attrs, not the label
    words = re.sub(r"[_\-]+", " ", base).strip()
    return words[:1].upper() + words[1:] if words else key


def _items(text: str, join: bool = False) -> list[str]:
    """The lines of a value, without bullets, markers (†) and empty lines.

    With ``join``, a line that continues the one before (it starts in lower case, or the one
    before ends with a comma: "Member of the Bundestag / for Mecklenburg-Vorpommern") is joined.
    """
    out: list[str] = []
    for raw in text.split("\n"):
        bullet = bool(re.match(r"^\s*[*•·]", raw))
        line = re.sub(r"^\s*[*•·\-–]\s*", "", raw)
        line = re.sub(r"\s*[†‡]\s*", " ", line).strip()
        if not line:
            continue
        if join and out and not bullet and (line[:1].islower() or out[-1].endswith(",")):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _is_person_name(text: str) -> bool:
    words = text.replace(",", " ").split()
    if not 1 <= len(words) <= 6 or re.search(r"\d", text):
        return False
    if any(w.lower().strip(".") in _ORG_WORDS for w in words):
        return False
    for w in words:
        if w.lower() in _NAME_PARTICLES or re.fullmatch(r"(?:[IVX]+|Jr\.?|Sr\.?)", w):
            continue
        if not (w[:1].isupper() or w.startswith(("al-", "el-", "ibn", "bin"))):
            return False
    return True


def _person_items(fld: InfoboxField) -> list[tuple[str, dict[str, Any]]]:
    """Names in a people field, each with the note in parentheses (role, marriage years)."""
    out: list[tuple[str, dict[str, Any]]] = []
    lines = _items(fld.text)
    if len(lines) == 1 and "," in lines[0] and "(" not in lines[0]:
        lines = [p.strip() for p in lines[0].split(",")]  # "Aristotle, Euclid, Ptolemy"
    for line in lines:
        line = re.sub(r"^\d+,?\s*including:?\s*", "", line)  # "11, including: Sharon"
        note = None
        m = re.match(r"^(.*?)\s*\((.+)\)\s*$", line)
        if m:
            line, note = m.group(1).strip(), m.group(2).strip()
        line = line.replace('\\"', '"').strip()
        rank = _RANK.match(line)
        if rank:
            line = line[rank.end():]
        if not _is_person_name(re.sub(r'"[^"]*"', "", line).strip()):
            continue
        attrs: dict[str, Any] = {}
        if rank:
            attrs["rank"] = rank.group(0).strip()
        if note:
            attrs["note"] = note
        link = next((lk for lk in fld.links if lk.text.replace('\\"', '"') == line and lk.page), None)
        if link and link.page.lower() != line.lower():
            attrs["page"] = link.page
        out.append((line, attrs))
    return out


def _number(raw: str, mult: str | None) -> float | int:
    n = float(raw.replace(",", ""))
    if mult:
        n *= _MULTIPLIERS[mult]
    return int(n) if n == int(n) else n


def parse_figure(line: str) -> dict[str, Any] | None:
    """One figure bullet -> value, qualifier, what it counts and the source it names.

    ``2,000+ servicemen killed in total (per Russia)`` -> 2000, ``+``, ``servicemen killed in
    total``, ``Russia``. None for bullets without a clear number.
    """
    source = None
    m = re.search(r"\(\s*(?:per|according to)\s+([^)]+)\)", line, re.I)
    if m:
        source = m.group(1).strip()
        line = (line[:m.start()] + line[m.end():]).strip()
    as_of = None
    m = re.search(r"\(\s*((?:FY\s*)?\d{4})\s*\)", line)
    if m:
        as_of = m.group(1)
        line = (line[:m.start()] + line[m.end():]).strip()
    line = re.sub(r"\(\s*\d+(?:st|nd|rd|th)\s*\)", "", line).strip()  # a rank: "(1st)"
    num = _NUMBER.search(line)
    if not num:
        return None
    head = line[:num.start()].strip()
    # "In the entire operation, 356 soldiers": context before the number is fine; a label
    # ("CSM: 63,650 lb") names the part measured.
    part = None
    lm = re.match(r"^([A-Z][\w .-]{0,30}):\s*$", head)
    if lm:
        part, head = lm.group(1), ""
    qualifier = None
    for word, q in _QUALIFIERS:
        # a whole word at the end of the head: "some" ends "handsome" but qualifies nothing there
        if head.lower().endswith(word) and not head[:len(head) - len(word)][-1:].isalnum():
            qualifier, head = q, head[:len(head) - len(word)].strip()
            break
    if num.group("plus"):
        qualifier = "+"
    if _VAGUE.search(line) and not re.search(r"\d", line[:num.start()] + line[num.end():]) and \
            _VAGUE.search(line[num.end():]) is None and _VAGUE.search(head):
        return None
    value: Any = _number(num.group("n"), num.group("mult"))
    if num.group("n2"):
        value = [value, _number(num.group("n2"), num.group("mult"))]
    rest = line[num.end():].strip(" ,;:")
    unit = None
    um = re.match(r"^(lb|kg|t|km|m|mi|nmi|ft|km²|km2|sq mi|ha|degrees|°|hours?|days?|minutes?|%|mph|km/h)\b", rest)
    if um:
        unit, rest = um.group(1), rest[um.end():].strip(" ,;:")
    if num.group("cur"):
        unit = num.group("cur")
    counts = re.sub(r"\b(?:were|was|have been|had been|has been|are|is)\s+", "", rest).strip(" ,;:.")
    if part:
        counts = f"{part} {counts}".strip()
    out = {"value": value, "qualifier": qualifier, "counts": counts or None, "source": source}
    if unit:
        out["unit"] = unit
    if as_of:
        out["as_of"] = as_of
    if head and not part:
        out["context"] = head.rstrip(",")
    return out


_NAME_KEY = re.compile(r"^(?:stadium|club|building|station|unit|ship|school|team|venue|party|airport|bridge|park|"
                       r"museum|church|company|band|league|competition|tournament|event|album|film|show)_?name$")


def _box_title(box: Infobox) -> str | None:
    for key in ("name", "conflict", "common_name", "official_name", "title"):
        f = box.get(key)
        if f:
            return _items(f.text)[0] if _items(f.text) else None
    # "stadium_name: Old Trafford" in the article on the club: whose infobox it is
    f = next((f for f in box.fields if _NAME_KEY.match(f.key.lower())), None)
    return (_items(f.text)[0] if _items(f.text) else None) if f else None


def _side_names(box: Infobox) -> dict[int, str]:
    names = {}
    for f in box.fields:
        base, n = _base(f.key)
        if base.lower() in ("combatant", "belligerent", "combatants", "belligerents") and n is not None:
            names[n] = " / ".join(line for line in _items(f.text) if not line.endswith(":"))
    return names


def _sibling_label(box: Infobox, key: str) -> str | None:
    """The label a sibling key gives: ``leader_name1`` <- ``leader_title1``, ``blank_info`` <- ``blank_name``."""
    swaps = [(r"_name(\d*)$", ["_title", "_type"]), (r"_date(\d*)$", ["_event", "_title"]),
             (r"^(\d*)namedata(\d*)$", ["blankname"]), (r"^blank(\d*)_info$", ["_name"])]
    for pattern, replacements in swaps:
        m = re.search(pattern, key)
        if not m:
            continue
        for rep in replacements:
            if pattern.startswith("^(\\d*)namedata"):
                candidate = f"{m.group(1)}{rep}{m.group(2)}"
            elif pattern.startswith("^blank"):
                candidate = f"blank{m.group(1)}{rep}"
            else:
                candidate = key[:m.start()] + rep + m.group(1)
            f = box.get(candidate)
            if f and f.text.strip():
                return _items(f.text)[0]
    return None


def _as_of(box: Infobox, key: str) -> str | None:
    """``population_total`` is as of ``population_as_of``; ``GDP_PPP`` as of ``GDP_PPP_year``."""
    k = key.lower()
    for f in box.fields:
        fk = f.key.lower()
        m = re.match(r"^(.*?)_(?:year|as_of)$", fk)
        if m and (k == m.group(1) or k.startswith(m.group(1) + "_")) and re.fullmatch(r"\d{4}", f.text.strip()):
            return f.text.strip()
    return None


# Words a date may hold besides its numbers and month: eras, "c. 1750", ranges.
_DATE_WORDS = r"\b(?:" + "|".join([c.rstrip(".") for c in vocab.CIRCA] + [e for e in vocab.ERAS if "." not in e]
                                  + ["to", "until", "present", "and", "UTC"]) + r")\b"


def _leftover_words(value: str) -> list[str]:
    """Words of a value that are not part of a date: "2020 Nagorno-Karabakh war" has two."""
    rest = re.sub(r"\([^)]*\)", " ", value)
    rest = re.sub(rf"{_MONTH_WORD}|{_DATE_WORDS}|[\d.,:;–—~-]", " ", rest)
    return rest.split()


# A value that is one number, perhaps qualified and with a unit or two words: "about 5,000 troops".
_FIGURE_VALUE = re.compile(
    r"(?:(?:" + "|".join(re.escape(q) for q in vocab.qualifiers_longest_first()) + r")\s?)?"
    r"(?:US\$|[$€£¥])?\s?\d[\d,.]*(?:\s?(?:thousand|million|billion))?\+?(?:\s+[a-z]+){0,2}")


def _kind(key: str, text: str) -> str | None:
    base, _ = _base(key)
    if _SKIP.match(key) or _SKIP.match(base):
        return None
    if re.search(r"\.(?:svg|png|jpe?g|gif|tiff?)\b", text, re.I) or re.fullmatch(r"\d+px", text.strip()):
        return None
    for kind, pattern in (("person", _PERSON), ("date", _DATE), ("place", _PLACE), ("figure", _FIGURE)):
        if pattern.match(base) or pattern.match(key):
            return kind
    value = text.strip()
    if parse_date_text(value) and not _leftover_words(value):
        return "date"
    if _FIGURE_VALUE.fullmatch(value):
        return "figure"
    return "text"


# ---------------------------------------------------------------- facts

def extract(doc: Document) -> list[Fact]:
    """Facts from every infobox of the document, in field order."""
    facts: list[Fact] = []
    for box in doc.infoboxes:
        facts.extend(box_facts(box))
    return facts


def box_facts(box: Infobox) -> list[Fact]:
    title = _box_title(box)
    sides = _side_names(box)
    conflict = bool(sides)
    out: list[Fact] = []
    for fld in box.fields:
        kind = _kind(fld.key, fld.text)
        if kind is None:
            continue
        base, n = _base(fld.key)
        side = n if conflict and _SIDED.match(base) else None
        label = _sibling_label(box, fld.key) or label_for(fld.key)
        common = {"field": fld.key, "label": label, "type": kind, "side": side,
                  "side_name": sides.get(side) if side is not None else None,
                  "source": None, "qualifier": None, "counts": None, "infobox_title": title}
        office = _office(box, fld.key)
        if office:
            common["office"] = office
        if base.lower() in ("combatant", "belligerent", "combatants", "belligerents"):
            kind = common["type"] = "text"
        if kind == "person":
            total = re.match(r"^\s*(\d+),?\s*including\b", fld.text)
            if total:  # "11, including: Sharon ...": the count is a fact of its own
                out.append(_fact(total.group(1), int(total.group(1)), {**common, "type": "figure"},
                                 {"counts": label.lower()}))
            for name, extra in _person_items(fld):
                out.append(_fact(name, name, common, extra))
        elif kind == "date":
            out.extend(_date_facts(fld, common))
        elif kind == "figure":
            out.extend(_figure_facts(box, fld, common))
        else:
            if re.search(r"\b(?:code|id|map|number)\b", label, re.I):
                continue  # "GNBC Code: FEUZB", "NTS Map: 030M11"
            for line in _items(fld.text, join=True):
                if len(line) > 200 or _VAGUE.fullmatch(line.strip(". ")) or line.endswith(":"):
                    continue  # vague, or a heading such as "Supported by:"
                out.append(_fact(line, line, common, {}))
    return out


def _fact(text: str, value: Any, common: dict[str, Any], extra: dict[str, Any]) -> Fact:
    attrs = dict(common)
    attrs.update(extra)
    return Fact("infobox", text, value, None, None, attrs)


def _office(box: Infobox, key: str) -> str | None:
    """The office a numbered officeholder field belongs to (``term_start3`` -> ``office3``)."""
    base, n = _base(key)
    if base.lower() not in ("term_start", "term_end", "predecessor", "successor", "namedata", "chancellor",
                            "president", "constituency", "monarch", "vice_president", "deputy"):
        return None
    f = box.get(f"office{n}" if n is not None else "office")
    return _items(f.text)[0] if f and _items(f.text) else None


def _date_facts(fld: InfoboxField, common: dict[str, Any]) -> list[Fact]:
    out = []
    pieces = [p.strip() for line in _items(fld.text) for p in line.split(";") if p.strip()]
    whole = parse_date_text(fld.text.replace("\n", " "))
    if len(pieces) > 1 and whole and "/" in whole[0] and not re.search(r"[;\n]", fld.text):
        pieces = [fld.text]
    for piece in pieces:
        parsed = parse_date_text(piece)
        if not parsed:
            continue
        value, precision = parsed
        extra: dict[str, Any] = {"precision": precision}
        note = re.search(r"\(([^)]*)\)\s*$", piece)
        if note and not re.search(r"\d{3,4}", note.group(1)) or note and "AH" in note.group(1):
            extra["note"] = note.group(1)
        out.append(_fact(piece, value, common, extra))
    return out


def _figure_facts(box: Infobox, fld: InfoboxField, common: dict[str, Any]) -> list[Fact]:
    out = []
    source = None
    unit_from_key = next((u for suffix, u in _UNIT_FROM_KEY if fld.key.lower().endswith(suffix)), None)
    if unit_from_key and "density" in fld.key.lower():
        unit_from_key = f"per {unit_from_key}"
    as_of = _as_of(box, fld.key)
    for line in _items(fld.text):
        head = re.match(r"^(?:per|according to)\s+([^:]+?)\s*:\s*(.*)$", line, re.I) or \
            re.match(r"^(?:per|according to)\s+(.+?)()\s*$", line, re.I)
        if head:
            source = head.group(1).strip()
            line = head.group(2).strip()  # "Per Azerbaijan: 356 killed" on one line
            if not line:
                continue
        # "Unspecified inside city, 6,000 in surrounding area": the vague part is dropped;
        # "3,000 killed, 5,000 wounded": one figure each
        if _VAGUE.search(line):
            parts = re.split(r"[,;]\s+", line)
        else:
            parts = re.split(r"[,;]\s+(?=(?:about|over|more than|at least|up to|c\.|~)?\s?[$€£¥]?\d)", line)
        for part in parts:
            if _VAGUE.search(part) or not re.search(r"\d", part):
                continue
            fig = parse_figure(part)
            if fig is None:
                continue
            extra = {k: v for k, v in fig.items() if k != "value"}
            extra["source"] = fig["source"] or source
            if extra.get("counts") is None:
                extra["counts"] = common["label"].lower()
            elif re.match(r"^(?:in|at|on|inside|outside|near)\b", extra["counts"]):
                extra["counts"] = f"{common['label'].lower()} {extra['counts']}"
            if unit_from_key and "unit" not in extra:
                extra["unit"] = unit_from_key
            if as_of and "as_of" not in extra:
                extra["as_of"] = as_of
            out.append(_fact(part, fig["value"], common, extra))
    return out
