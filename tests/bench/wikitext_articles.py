"""Turn the WikiText-2 raw test set into articles quizgen reads (Markdown with YAML frontmatter).

    .venv/bin/python tests/bench/wikitext_articles.py wiki.test.raw OUT_DIR

WikiText-2 (Merity et al., 2016; Wikipedia Good and Featured articles, CC BY-SA) stores each
article as `` = Title = `` then paragraphs, tokenised: `` @-@ ``, `` @,@ ``, `` @.@ `` join
words and numbers, and punctuation stands apart. This undoes the tokenisation mechanically and
turns `` = = Heading = = `` lines into Markdown headings; no sentence is written or reworded. The
frontmatter has the shape of the dev corpus's WikiText files: the dataset's release date, the
title, the first paragraph as description, ``author: Wikipedia`` (no infobox: WikiText has none).
Used to make held-out articles for judging questions and for gold annotation.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

TITLE = re.compile(r"^ = ([^=].*?) = $")
HEADING = re.compile(r"^ ((?:= )+)(.*?) ((?:= )*=) $")


def detokenise(s: str) -> str:
    s = s.strip().replace(" @-@ ", "-").replace(" @,@ ", ",").replace(" @.@ ", ".")
    s = re.sub(r'(^| )" (.*?) "(?= |$)', lambda m: f'{m.group(1)}"{m.group(2)}"', s)  # " quoted " -> "quoted"
    s = re.sub(r" ([,.;:!?%)\]])", r"\1", s)
    s = re.sub(r"([(\[]) ", r"\1", s)
    s = re.sub(r" '(s|re|ve|ll|d|m)\b", r"'\1", s)
    s = re.sub(r" n't\b", "n't", s)
    s = re.sub(r"s ' ", "s' ", s)
    s = re.sub(r"(\d) – (\d)", r"\1–\2", s)  # "2000 – 01" -> "2000–01"
    s = re.sub(r"\$ (\d)", r"$\1", s)
    return re.sub(r"(\d) (st|nd|rd|th)\b", r"\1\2", s)


def slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def articles(raw: str) -> list[tuple[str, list[str]]]:
    found: list[tuple[str, list[str]]] = []
    for line in raw.replace("\r", "").split("\n"):
        m = TITLE.match(line)
        if m:
            found.append((detokenise(m.group(1)), []))
        elif found:
            found[-1][1].append(line)
    return [(title, lines) for title, lines in found if len(lines) >= 10]  # (table rows read as titles)


def markdown(title: str, lines: list[str]) -> str:
    body, first = [], None
    for line in lines:
        if not line.strip():
            continue
        h = HEADING.match(line)
        if h:
            body.append("#" * h.group(1).count("=") + " " + detokenise(h.group(2)))
            continue
        paragraph = detokenise(line)
        first = first or paragraph
        body.append(paragraph)
    meta = {"pubDate": "2016-09-26", "title": title, "description": first or "", "author": "Wikipedia"}
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=100) + "---\n\n" + "\n\n".join(body) + "\n"


def main() -> None:
    raw, out = Path(sys.argv[1]).read_text(encoding="utf-8"), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    for title, lines in articles(raw):
        (out / f"{slug(title)}.md").write_text(markdown(title, lines), encoding="utf-8")
        print(slug(title))


if __name__ == "__main__":
    main()
