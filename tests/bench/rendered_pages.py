"""Turn the rendered text of a Wikipedia page into an article quizgen reads.

    .venv/bin/python tests/bench/rendered_pages.py PAGE.txt [PAGE.txt ...] --out OUT_DIR [--cut 3300]

The pages are the plain rendered text of late-2017 revisions kept by
cabosanlucas/document_similarity_using_tfidf (``data/NAME.txt``): infobox rows, the table of
contents, image captions, citation marks, edit links and navigation boxes all sit in the text as
lines. This writes Markdown with the sections of the table of contents as headings, citation
marks and edit links taken out, and the infobox, tables, navigation and short caption lines left
out (a line is kept when it reads as prose: ten words or more, ending as a sentence ends). The
frontmatter holds the title (the file name), the lead's first sentence as description and no
infobox. The back matter (See also, References, ...) is left out; with ``--cut N`` the body is cut
at the first section boundary after about N words. No sentence is written or reworded.
Used to make held-out articles for judging questions and for gold annotation.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import yaml

TOC_LINE = re.compile(r"^(\d+(?:\.\d+)*) (.+)$")
CITATION = re.compile(r"\[(?:\d+|[a-z]|note \d+|[a-z]+ \d+|citation needed|clarification needed|"
                      r"when\?|who\?|which\?|according to whom\?|dubious[^\]]*|not in citation given|"
                      r"better source needed|page needed|edit|original research\?|verification needed)\]")
BACK_MATTER = {"see also", "references", "notes", "further reading", "external links", "sources",
               "bibliography", "footnotes", "citations", "works cited", "notes and references"}
SENTENCE_END = re.compile(r"[.!?:][\"”’)]?$")


def slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def is_prose(line: str) -> bool:
    return len(line.split()) >= 10 and bool(SENTENCE_END.search(line)) and not line.startswith("Main article")


def opens_lead(title: str, line: str) -> bool:
    """The lead's first line defines the title: a word of the title, then "is"/"was"/"were"/"are"."""
    words = title.split(" (")[0].split()
    m = re.search(r"\b(?:is|was|were|are)\b", line)
    return bool(m) and any(w in line[:m.start()] for w in (words[0], words[-1])) and "redirects here" not in line


def convert(title: str, text: str, cut: int | None = None) -> str:
    lines = [CITATION.sub("", line).strip() for line in text.splitlines()]
    try:
        contents = lines.index("Contents")
    except ValueError:
        contents = None
    toc: list[tuple[int, str]] = []
    if contents is not None:
        i = contents + 1
        while i < len(lines) and (not lines[i] or TOC_LINE.match(lines[i])):
            m = TOC_LINE.match(lines[i])
            if m:
                toc.append((m.group(1).count(".") + 1, m.group(2).strip()))
            i += 1
        body_start = i
    else:
        body_start = len(lines)
    # The lead starts at the first prose line that defines the title (the infobox comes before it).
    lead_lines = lines[:contents] if contents is not None else lines
    first = next((k for k, line in enumerate(lead_lines) if is_prose(line) and opens_lead(title, line)), None)
    lead = [line for line in lead_lines[first:] if is_prose(line)] if first is not None else []
    out = list(lead)
    words = sum(len(line.split()) for line in lead)
    pending = list(toc)
    for line in lines[body_start:]:
        if not line:
            continue
        heading = line[:-len("[edit]")] if line.endswith("[edit]") else line
        if pending and heading == pending[0][1]:
            depth, name = pending.pop(0)
            if name.lower() in BACK_MATTER or (cut is not None and words >= cut):
                break
            out.append("")
            out.append("#" * (depth + 1) + " " + name)
            continue
        if is_prose(line):
            out.append("")
            out.append(line)
            words += len(line.split())
    description = re.split(r"(?<=[.!?])\s+(?=[A-Z])", lead[0])[0] if lead else title
    front = yaml.safe_dump({"title": title, "description": description}, allow_unicode=True,
                           sort_keys=False, width=10**9)
    body = "\n\n".join(lead) + "\n" + "\n".join(out[len(lead):]) + "\n"
    return f"---\n{front}---\n\n{body}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("pages", nargs="+")
    parser.add_argument("--out", required=True)
    parser.add_argument("--cut", type=int, default=None, help="cut at the first section after about N words")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for page in args.pages:
        title = Path(page).stem
        target = out / f"{slug(title)}.md"
        target.write_text(convert(title, Path(page).read_text(encoding="utf-8"), args.cut), encoding="utf-8")
        print(target)


if __name__ == "__main__":
    main()
