"""How values are written: dates and numbers in the styles an article uses, and the answer forms
a grader accepts. Shared by question generation and grading."""

from __future__ import annotations

import re

from quizgen import vocab
from quizgen.vocab import MONTHS, NUMBER_WORD_OF, fold, strip_accents

# Re-exported: callers compare and write values with the shared vocabulary.
__all__ = ["MONTHS", "date_forms", "date_style", "figure_forms", "fold", "format_date", "iso", "number_text",
           "number_words", "parse_iso", "strip_accents", "year_text"]

_QUALIFIER_PREFIX = re.compile(
    r"^(?:" + "|".join(re.escape(q) for q in vocab.OPTIONAL_QUALIFIERS) + r")\s*", re.I)


# ---------------------------------------------------------------- dates

_ISO = re.compile(r"(-\d{4,}|\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")  # ("-10499": 10,500 BC, a year of five digits)


def parse_iso(value: str) -> tuple[int, int | None, int | None] | None:
    """'1992-05-08' -> (1992, 5, 8); '1992-05' -> (1992, 5, None); '-0043' -> (-43, None, None)."""
    m = _ISO.fullmatch(str(value))
    if not m:
        return None
    return int(m.group(1)), int(m.group(2)) if m.group(2) else None, int(m.group(3)) if m.group(3) else None


def iso(year: int, month: int | None = None, day: int | None = None) -> str:
    y = f"-{abs(year):04d}" if year < 0 else f"{year:04d}"
    if month is None:
        return y
    return f"{y}-{month:02d}" if day is None else f"{y}-{month:02d}-{day:02d}"


def year_text(year: int) -> str:
    if year <= 0:
        return f"{1 - year} BC"
    return f"AD {year}" if year < 100 else str(year)


def date_style(surface: str) -> str:
    """'mdy' when the article writes 'May 8, 1992', else 'dmy'."""
    return "mdy" if re.search(r"[A-Z][a-z]+\.? \d{1,2},? \d{3,4}|[A-Z][a-z]+ \d{1,2}(?:\b|–)", surface) else "dmy"


def format_date(value: str, style: str = "dmy") -> str:
    """An ISO date (or range) written for people: '8 May 1992' or 'May 8, 1992'."""
    if "/" in str(value):
        start, end = str(value).split("/", 1)
        return f"{format_date(start, style)} – {format_date(end, style)}"
    parts = parse_iso(value)
    if not parts:
        return str(value)
    y, m, d = parts
    if m is None:
        return year_text(y)
    if d is None:
        return f"{MONTHS[m - 1]} {year_text(y)}"
    return f"{MONTHS[m - 1]} {d}, {year_text(y)}" if style == "mdy" else f"{d} {MONTHS[m - 1]} {year_text(y)}"


def date_forms(value: str, surface: str | None = None) -> list[str]:
    """Every way a student may write the date: '8 May 1992', 'May 8, 1992', '1992-05-08' ..."""
    forms: list[str] = []
    if surface:
        forms.append(surface)
    value = str(value)
    if "/" in value:
        start, end = value.split("/", 1)
        for style in ("dmy", "mdy"):
            forms.append(format_date(value, style).replace(" – ", "–"))
            forms.append(format_date(value, style))
        s, e = parse_iso(start), parse_iso(end)
        if s and e and s[0] == e[0] and s[1] and s[1] == e[1] and s[2] and e[2]:
            month = MONTHS[s[1] - 1]
            forms += [f"{s[2]}–{e[2]} {month} {s[0]}", f"{s[2]}-{e[2]} {month} {s[0]}",
                      f"{month} {s[2]}–{e[2]}, {s[0]}", f"{month} {s[2]}-{e[2]}, {s[0]}"]
        elif s and e and s[1] is None and e[1] is None:
            forms += [f"{s[0]}–{e[0]}", f"{s[0]}-{e[0]}", f"{s[0]} to {e[0]}"]
        forms.append(value)
    else:
        parts = parse_iso(value)
        if parts:
            y, m, d = parts
            forms += [format_date(value, "dmy"), format_date(value, "mdy")]
            if m and d:
                forms += [f"{d} {MONTHS[m - 1]}, {year_text(y)}", f"{MONTHS[m - 1]} {d} {year_text(y)}",
                          f"{d} {MONTHS[m - 1][:3]} {year_text(y)}", f"{MONTHS[m - 1][:3]} {d}, {year_text(y)}"]
            if m and not d:
                forms += [f"{MONTHS[m - 1][:3]} {year_text(y)}"]
            if y <= 0:  # the same date with the other eras' spellings ("October 43 BCE"), never the year alone
                head = (f"{d} " if d else "") + (f"{MONTHS[m - 1]} " if m else "")
                forms += [f"{head}{1 - y} BC", f"{head}{1 - y} BCE", f"{head}{1 - y} B.C."]
            elif y < 1000 and m is None:
                forms += [str(y), f"{y} AD", f"{y} CE"]
        if not value.startswith("-"):
            forms.append(value)  # ("-0079", the ISO form of 80 BC, is no answer a student writes)
    return _unique(forms)


# ---------------------------------------------------------------- numbers

def number_text(value: float, like: str = "") -> str:
    """Write a number in the style of ``like``: thousands separators, decimals, words."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        if like and re.fullmatch(r"[A-Za-z -]+", like.strip()) and value in NUMBER_WORD_OF:
            word = NUMBER_WORD_OF[value]
            return word.capitalize() if like.strip()[:1].isupper() else word
        if like and re.search(r"\d{4}", like.replace(",", "")) and "," not in like and value >= 1000:
            return str(value)
        if like and re.fullmatch(r"\d{1,3}", like.strip()) and value < 10000:
            return str(value)  # a made-up '1,275' beside a key written '857' looks made up
        return f"{value:,}"
    decimals = len(like.split(".")[1]) if "." in like and like.split(".")[1].isdigit() else 1
    return f"{value:,.{decimals}f}"


_WORD_VALUES = {**vocab.NUMBER_UNITS, **vocab.NUMBER_TENS, "hundred": 100, "dozen": 12}


def word_number(text: str) -> int | None:
    """'three' -> 3, 'twenty-one' -> 21: the inverse of :func:`number_words`."""
    parts = text.lower().split("-")
    if len(parts) == 1:
        return _WORD_VALUES.get(parts[0])
    tens, ones = (_WORD_VALUES.get(p) for p in parts[:2])
    return tens + ones if tens and ones and tens >= 20 and ones < 10 else None


def number_words(value: float) -> str | None:
    return vocab.number_word(value)


# Units a student may write short or long: "4 billion kg" for "4 billion kilograms"
_UNIT_SPELLINGS = {"kilograms": "kg", "kilometres": "km", "kilometers": "km", "metres": "m", "meters": "m",
                   "miles": "mi", "feet": "ft", "tonnes": "t", "centimetres": "cm", "centimeters": "cm",
                   "kilometres per hour": "km/h", "kilometers per hour": "km/h", "miles per hour": "mph"}


def _scaled_and_abbreviated(n: float, surface: str) -> list[str]:
    """'30,000,000 years' -> '30 million years', '30 million'; '4 billion kilograms' -> '4 billion kg'."""
    out = []
    m = re.match(r"[$£€]?[\d,.]+(?:\s+(?:million|billion|thousand|trillion))?", surface)
    tail = surface[m.end():] if m else ""
    if n >= 1000 and re.match(r"(?:m|bn|mn|b|k)\b", tail):
        tail = tail[len(re.match(r"[a-z]+", tail).group(0)):]  # "€225.3m": the "m" is the scale, no unit
    if n >= 1_000_000 and m and "illion" not in m.group(0):
        for scale, word in ((1_000_000_000, "billion"), (1_000_000, "million")):
            if n >= scale and (n * 1000 / scale).is_integer():
                short = f"{n / scale:.3f}".rstrip("0").rstrip(".")
                out += [f"{short} {word}", f"{short} {word}{tail}"]
                break
    # 'two billion years' -> '2 billion years', '2 billion': a scale word after a number in words
    w = re.match(r"([a-z]+(?:[- ][a-z]+)?)\s+(million|billion|thousand|trillion)\b(.*)$", surface)
    if w and n >= 1000:
        scale = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}[w.group(2)]
        short = f"{n / scale:.3f}".rstrip("0").rstrip(".")
        out += [f"{short} {w.group(2)}{w.group(3)}", f"{short} {w.group(2)}"]
    long_unit = tail.strip().lower()
    if long_unit in _UNIT_SPELLINGS:
        out += [form.replace(tail.strip(), _UNIT_SPELLINGS[long_unit]) for form in [surface] + out if tail.strip() in form]
    return out


def figure_forms(value, surface: str, qualifier: str | None = None) -> list[str]:
    """Accepted answers for a figure: as written, digits with and without separators, words."""
    forms = [surface]
    values = value if isinstance(value, list) else [value]
    try:
        nums = [float(v) for v in values]
    except (TypeError, ValueError):
        return _unique(forms)
    texts = []
    for n in nums:
        n = int(n) if float(n).is_integer() else n
        variants = {f"{n:,}" if isinstance(n, int) else str(n), str(n)}
        word = number_words(n)
        if word:
            variants.add(word)
        texts.append(sorted(variants))
    if len(texts) == 1:
        forms += texts[0]
        stripped = _QUALIFIER_PREFIX.sub("", surface).rstrip("+").strip()
        forms.append(stripped)
        forms += _scaled_and_abbreviated(nums[0], stripped)
        decimals = re.search(r"\d+\.\d{3,}", stripped)
        if decimals:  # '23.439281°': the first decimals are what a student writes ('23.44°', '23.4')
            shown = float(decimals.group(0))  # (the number as written: "1.492" of "$1.492 billion")
            scaled = re.search(r"\b(?:thousand|million|billion|trillion)\b", stripped)
            for places in (1, 2):
                short = f"{shown:.{places}f}"
                if not shown or abs(float(short) - shown) > 0.01 * abs(shown):
                    continue  # "0.021%" is not "0.0%" nor "0.02%": a rounding that changes the figure
                if "%" in stripped and float(short) >= 100 > shown:
                    continue  # "99.995% pure" is not "100%": a share short of the whole
                forms += ([] if scaled else [short]) + [re.sub(r"\d+\.\d{3,}", short, stripped, count=1)]
        if re.match(r"[$£€]\d", stripped) and re.search(r"\b(?:million|billion|trillion)\b", stripped):
            forms.append(stripped[1:])  # "$1.492 billion": "1.492 billion" says the same
        dollars = re.match(r"(?:USD|US\$|\$)\s?(\d.*)$", stripped)
        if dollars:  # "USD 719 million": "$719 million", "US$719 million" and "719 million" say the same
            rest = dollars.group(1)
            forms += [f"${rest}", f"US${rest}", f"USD {rest}"] + ([rest] if re.search(r"\b(?:million|billion|trillion)\b", rest) else [])
        if nums[0] == 50 and "%" in surface:
            forms.append("half")  # "50%": "half" is what a student writes
        # "610 millimetres" and "610 mm", "99.8 percent" and "99.8%": a unit written short or in full
        unit = _UNIT_AFTER_NUMBER.match(stripped)
        if unit:
            word = unit.group(2).lower()
            other = _UNIT_SHORT.get(word) or _UNIT_LONG.get(unit.group(2))
            if other:
                forms += [f"{unit.group(1)}{'' if other == '%' else ' '}{o}" for o in other.split("|")]
    else:
        lo, hi = texts[0], texts[1]
        for a in lo:
            for b in hi:
                if a[:1].isdigit() == b[:1].isdigit():  # like with like: never '60–ninety'
                    forms += [f"{a}–{b}", f"{a}-{b}", f"{a} to {b}"]
        m = _RANGE_SURFACE.match(surface)
        if m:  # the range as written, with any dash or 'to': '1.6–1.7 billion years', '60 to 90%'
            a, b, tail = m.group(1), m.group(2), m.group(3)
            forms += [f"{a}{sep}{b}{tail}" for sep in ("–", "-", " to ")]
            if tail.startswith("%"):
                forms += [f"{a}% to {b}%", f"{a}%–{b}%", f"{a} to {b} percent", f"{a}–{b} percent", f"{a} to {b} per cent"]
    return _unique(forms)


_UNIT_AFTER_NUMBER = re.compile(r"^(\d[\d,.]*)\s?(percent|per cent|[a-zA-Z]+)$")
_UNIT_SHORT = {"percent": "%", "per cent": "%", "millimetres": "mm", "millimeters": "mm", "centimetres": "cm",
               "centimeters": "cm", "metres": "m", "meters": "m", "kilometres": "km", "kilometers": "km",
               "kilograms": "kg", "grams": "g", "tonnes": "t", "hectares": "ha", "litres": "L", "liters": "L",
               "miles": "mi", "feet": "ft", "inches": "in", "pounds": "lb"}
_UNIT_LONG = {"mm": "millimetres|millimeters", "cm": "centimetres|centimeters", "m": "metres|meters",
              "km": "kilometres|kilometers", "kg": "kilograms", "ha": "hectares", "mi": "miles", "ft": "feet",
              "lb": "pounds"}
_RANGE_SURFACE = re.compile(r"^(?:[a-z ]+\s)?(\d[\d,.]*)\s*(?:–|-|to)\s*(\d[\d,.]*)(%?(?:\s+[A-Za-z][A-Za-z ]*)?)$")


def _unique(items: list[str]) -> list[str]:
    out, seen = [], set()
    for item in items:
        item = " ".join(str(item).split())
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out
