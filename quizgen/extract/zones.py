"""Zones: the parts of a sentence worth running a slow pattern over.

Python's regex engine tries a pattern at every position of the text unless the pattern starts
with a plain character or set. Most of the rules' patterns cannot (they open with a look-behind,
an optional word or an alternation), and most of a sentence holds nothing they could match. A
pattern whose every match contains an *anchor* (a digit, a month word, a number word) no further
than a few words from its start and end can run over the windows around the anchors instead,
with ``pattern.finditer(text, start, end)``: the look-behinds and look-aheads still see the
whole text, and the matches are the same as over the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def merge(spans: Iterable[tuple[int, int]], length: int, margin: int) -> list[tuple[int, int]]:
    """Windows of ``margin`` characters around each (start, end) span, merged where they touch."""
    out: list[tuple[int, int]] = []
    cur_lo = cur_hi = -1  # the window being grown, appended once the next one does not touch it
    for start, end in sorted(spans):
        lo, hi = max(0, start - margin), min(length, end + margin)
        if cur_hi >= 0 and lo <= cur_hi:
            if hi > cur_hi:
                cur_hi = hi
        else:
            if cur_hi >= 0:
                out.append((cur_lo, cur_hi))
            cur_lo, cur_hi = lo, hi
    if cur_hi >= 0:
        out.append((cur_lo, cur_hi))
    return out


def around(text: str, anchor: re.Pattern, margin: int) -> list[tuple[int, int]]:
    """Windows of the text around each match of ``anchor``."""
    return merge((m.span() for m in anchor.finditer(text)), len(text), margin)


def finditer(pattern: re.Pattern, text: str, zones: list[tuple[int, int]]):
    """``pattern.finditer`` over each zone in turn."""
    for lo, hi in zones:
        yield from pattern.finditer(text, lo, hi)


# A rule about one match looks a few words either side of it. Slicing ``text[:pos]`` (and searching
# it with a pattern anchored at its end) costs the length of the text, once per match: a sentence
# of many numbers or dates would cost their square. Rules read these windows instead; a window cut
# short starts (or ends) with NUL, so that "^" or "$" cannot match there as if the text began (or
# ended) at the cut.
WINDOW = 100


def left(text: str, pos: int, size: int = WINDOW) -> str:
    """At most ``size`` characters of the text before ``pos``."""
    lo = pos - size
    return text[:pos] if lo <= 0 else "\0" + text[lo:pos]


def right(text: str, pos: int, size: int = WINDOW) -> str:
    """At most ``size`` characters of the text from ``pos``."""
    hi = pos + size
    return text[pos:] if hi >= len(text) else text[pos:hi] + "\0"
