"""Date rules (placeholder: full dates only)."""

from __future__ import annotations

import re

from quizgen.model import Document, Fact

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
_M = "|".join(m.capitalize() for m in MONTHS)
_DMY = re.compile(rf"\b(\d{{1,2}}) ({_M}) (\d{{4}})\b")


def extract(doc: Document) -> list[Fact]:
    facts = []
    for s in doc.sentences:
        for m in _DMY.finditer(s.text):
            d, mon, y = int(m.group(1)), MONTHS.index(m.group(2).lower()) + 1, m.group(3)
            facts.append(Fact("date", m.group(0), f"{y}-{mon:02d}-{d:02d}", s,
                              (s.start + m.start(), s.start + m.end()),
                              {"precision": "day", "year_inferred": False}))
    return facts
