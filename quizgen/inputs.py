"""What the commands take as input, expanded into articles: files, folders, globs, ``@lists`` of
paths, JSONL files of articles and fsspec URLs.

Every command and the corpus run expand their inputs here, so a folder, a glob and a list name
the same articles everywhere. The order is fixed: inputs in the order given, a folder walked in
sorted path order, a JSONL file line by line. Expansion is lazy: a folder is never listed whole,
so memory stays proportional to the largest folder, not to the corpus.

An article is met first as a *unit*, a small tuple that pickles cheaply (what a corpus run sends
to its workers)::

    ("file", display, location)                      one article file
    ("line", display, location, start, end, lineno)  one line of a JSONL file
    ("lines", display, location, start, end, lineno) consecutive lines [start, end) of a JSONL
                                                     file, the first being line ``lineno``

and ``item_articles`` turns a unit into (name, loader) pairs, the loader returning a Document.
"""

from __future__ import annotations

import glob as globlib
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from quizgen.errors import InputError, QuizgenError
from quizgen.model import Document

ARTICLE_SUFFIXES = {".md", ".markdown", ".txt"}
JSONL_SUFFIXES = (".jsonl", ".ndjson")
# A folder's own notes are not articles: seeds/SOURCES.md credits the articles beside it.
NOT_ARTICLES = {"readme", "license", "licence", "sources", "changelog", "contributing", "copying", "notice",
                "authors", "notes"}

NO_ARTICLE_IN_FOLDER = "no article found in this folder (no .md, .markdown or .txt file)"

Loader = Callable[[], Document]


def is_url(text: str) -> bool:
    return bool(re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", text))


def is_jsonl(name: str) -> bool:
    return name.lower().endswith(JSONL_SUFFIXES)


def is_notes_name(name: str) -> bool:
    """A folder's notes or a hidden file: never an article unless named on its own."""
    return name.startswith(".") or name.rpartition(".")[0].lower() in NOT_ARTICLES


def is_article_name(name: str) -> bool:
    """Would a folder walk take this file name for an article?"""
    stem, dot, suffix = name.rpartition(".")
    return bool(dot) and f".{suffix.lower()}" in ARTICLE_SUFFIXES and not is_notes_name(name)


def _wanted(name: str) -> bool:
    """Is a file met in a folder walk an input? An article name or a JSONL file of articles."""
    return (is_jsonl(name) and not name.startswith(".")) or is_article_name(name)


def _walk(root: str, skip: set[str]) -> Iterator[str]:
    """Article and JSONL files under ``root`` in sorted path order (a folder's files and subfolders
    sorted together by name), without listing the tree first. Hidden entries and the folders
    in ``skip`` (real paths) are left out."""
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = os.path.join(root, entry.name)
        if entry.is_dir(follow_symlinks=False):
            if os.path.realpath(path) not in skip:
                yield from _walk(path, skip)
        elif _wanted(entry.name) and entry.is_file():
            yield path


def _glob(pattern: str) -> list[str]:
    """Files matching a glob, the folder's notes left out as a folder walk leaves them."""
    matches = sorted(m for m in globlib.glob(pattern, recursive=True) if os.path.isfile(m))
    if not matches:
        raise InputError(pattern, "no file matches this pattern")
    articles = [m for m in matches if not is_notes_name(os.path.basename(m))]
    if not articles:
        raise InputError(pattern, "no article matches this pattern (only a folder's notes such as README.md)")
    return articles


def _expand_url(url: str) -> Iterator[str]:
    from quizgen.optional import missing_extra, require

    fsspec = require("fsspec")
    try:
        fs, path = fsspec.core.url_to_fs(url)
    except ImportError as exc:  # the protocol's own package (s3fs, gcsfs ...)
        raise (missing_extra(exc) or exc) from None
    if any(ch in path for ch in "*?["):
        found = sorted(p for p in fs.glob(path) if not is_notes_name(p.rsplit("/", 1)[-1]))
    elif fs.isdir(path):
        found = sorted(p for p in fs.find(path) if _wanted(p.rsplit("/", 1)[-1]))
    elif fs.exists(path):
        found = [path]
    else:
        raise InputError(url, "no such file or directory")
    if not found:
        raise InputError(url, "no file matches this pattern")
    for p in found:
        yield fs.unstrip_protocol(p)


def _read_list(list_file: str) -> Iterator[str]:
    """Paths from a list file: one per line; blank lines and ``#`` comments are ignored."""
    opener = open_url if is_url(list_file) else open
    try:
        with opener(list_file, "rb") as fh:
            for raw in fh:
                line = raw.decode("utf-8").strip()
                if line and not line.startswith("#"):
                    yield line
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(list_file, f"cannot read list of paths: {exc}") from None


def expand(item: str, skip: set[str] = frozenset(), from_list: bool = False) -> Iterator[str]:
    """One input (file, folder, glob, URL, or ``@list``) -> files, lazily and in a stable order."""
    if item.startswith("@") and not from_list:
        for entry in _read_list(item[1:]):
            yield from expand(entry, skip, from_list=True)
    elif is_url(item):
        if item.startswith("file://") and os.path.isdir(item[len("file://"):]):
            for p in _walk(item[len("file://"):], skip):
                yield "file://" + p
        else:
            yield from _expand_url(item)
    elif os.path.isdir(item):
        found = False
        for path in _walk(item, skip):
            found = True
            yield path
        if not found:
            raise InputError(item, NO_ARTICLE_IN_FOLDER)
    elif os.path.exists(item):
        yield item
    elif any(ch in item for ch in "*?["):
        yield from _glob(item)
    else:
        raise InputError(item, "no such file or directory")


def open_url(location: str, mode: str = "rb"):
    from quizgen.optional import missing_extra, require

    fsspec = require("fsspec")
    try:
        return fsspec.open(location, mode).open()
    except ImportError as exc:
        raise (missing_extra(exc) or exc) from None


def open_location(location: str):
    return open_url(location) if is_url(location) else open(location, "rb")


def _location(path: str) -> str:
    """Where a worker reads ``path``: URLs as they are, local paths made absolute (a worker may
    run in another directory; on a cluster the path must be on a shared file system)."""
    return path if is_url(path) else os.path.abspath(path)


def _jsonl_lines(location: str) -> Iterator[tuple[int, int, int]]:
    """(start, end, first line number) of every non-blank line, the range taking in the blank
    lines before it (so consecutive articles form one range); the file is read, never held."""
    offset = start = 0
    first = 1
    with open_location(location) as fh:
        for lineno, line in enumerate(fh, 1):
            offset += len(line)
            if line.strip():
                yield start, offset, first
                start, first = offset, lineno + 1


def iter_units(inputs: Iterable[str | Path], on_error: Callable[[InputError], None],
               skip: Iterable[str | Path] = (), unique: bool = False) -> Iterator[tuple]:
    """Every article of the inputs, in order, as a unit (see the module docstring). Inputs that
    cannot be read go to ``on_error`` and the rest continue. ``unique``: a local file named
    twice (a folder and a file in it) is taken once."""
    skip_real = {os.path.realpath(str(s)) for s in skip}
    seen: set[str] = set()
    for item in inputs:
        try:
            for path in expand(str(item), skip_real):
                if unique and not is_url(path):
                    key = os.path.realpath(path)
                    if key in seen:
                        continue
                    seen.add(key)
                if is_jsonl(path):
                    try:
                        for start, end, lineno in _jsonl_lines(_location(path)):
                            yield ("line", path, _location(path), start, end, lineno)
                    except (OSError, UnicodeDecodeError) as exc:
                        on_error(InputError(path, f"cannot read JSONL file: {exc}"))
                else:
                    yield ("file", path, _location(path))
        except InputError as exc:
            on_error(exc)
        except QuizgenError as exc:  # a missing optional backend: one line naming the extra
            on_error(InputError(item, str(exc)))
        except (OSError, ImportError, ValueError) as exc:
            on_error(InputError(item, str(exc)))


def find_articles(inputs: Iterable[str | Path]) -> tuple[list[Path], list[InputError]]:
    """The article files of local files, folders and globs, each once, in a stable order."""
    errors: list[InputError] = []
    paths = [Path(u[1]) for u in iter_units(inputs, errors.append, unique=True) if u[0] == "file"]
    return paths, errors


# ---------------------------------------------------------------- units -> documents

def _slug(text: str) -> str:
    return re.sub(r"[\W_]+", "-", text.lower()).strip("-")[:80]


def jsonl_article_text(record: Any, display: str) -> tuple[str, str, bytes | None]:
    """One JSONL record -> (article file text, path, raw bytes for the hash).

    Two shapes are accepted:

    * ``{"path": "dir/name.md", "text": "<the whole file: frontmatter + Markdown>"}``, the same
      as the file would be (its sha256 is the file's);
    * the frontmatter fields plus ``"body"`` (Markdown), e.g.
      ``{"title": ..., "author": ..., "infoboxes": [...], "body": "..."}``; ``path``, ``name`` or
      ``id`` names the article, otherwise its title does.
    """
    if not isinstance(record, dict):
        raise InputError(display, "a JSONL line must be a JSON object (an article)")
    name = next((str(record[k]) for k in ("path", "name", "id") if isinstance(record.get(k), (str, int))
                 and str(record[k]).strip()), None)
    if isinstance(record.get("text"), str):
        text = record["text"]
    elif isinstance(record.get("body"), str):
        import yaml

        fields = {k: v for k, v in record.items() if k not in ("body", "path", "name", "id", "text")}
        front = yaml.safe_dump(fields, allow_unicode=True, sort_keys=False) if fields else ""
        text = f"---\n{front}---\n\n{record['body']}" if fields else record["body"]
    else:
        raise InputError(display, 'a JSONL article needs "text" (the whole file) or "body" (Markdown)')
    if not name:
        title = record.get("title")
        name = _slug(str(title)) if isinstance(title, str) and _slug(title) else None
    if not name:
        name = display.replace(":", "-")
    if not os.path.splitext(name)[1]:
        name += ".md"
    return text, name, None


def _load_file(display: str, location: str) -> Document:
    from quizgen.load import load_path

    return load_path(location, opener=open_location, display=display)


def item_articles(item: tuple) -> Iterator[tuple[str, Loader]]:
    """(name for failures, loader returning a Document) for each article of a unit or batch item.
    Reading a JSONL range happens here, so an unreadable file raises OSError here."""
    from quizgen.load import load_text

    if item[0] == "file":
        _, display, location = item
        yield display, lambda: _load_file(display, location)
        return
    _, display, location, start, end, lineno = item
    with open_location(location) as fh:
        fh.seek(start)
        chunk = fh.read(end - start)
    for raw in chunk.splitlines(keepends=True):
        where = f"{display}:{lineno}"
        lineno += 1
        if not raw.strip():
            continue

        def load(raw=raw, where=where):
            try:
                record = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                raise InputError(where, f"not a JSON line: {exc}") from None
            text, path, _ = jsonl_article_text(record, where)
            return load_text(text, path)

        yield where, load


def iter_articles(inputs: Iterable[str | Path], on_error: Callable[[InputError], None],
                  unique: bool = False) -> Iterator[tuple[str, Loader]]:
    """(name, loader) for every article of the inputs, in order; unreadable inputs go to
    ``on_error``."""
    for unit in iter_units(inputs, on_error, unique=unique):
        try:
            articles = list(item_articles(unit))
        except (OSError, ValueError) as exc:
            on_error(InputError(unit[1], f"cannot read: {exc}"))
            continue
        yield from articles
