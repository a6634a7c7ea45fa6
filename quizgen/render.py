"""Printable worksheets and answer keys: bank -> selected questions -> variants -> HTML -> PDF.

Every function here is pure (data in, data or text out) except :func:`write_outputs`, which
writes the files. The click command in ``quizgen.cli.worksheet_cmd`` only parses options and
calls :func:`render_worksheets`.

Every word on the page comes from the Jinja templates in ``templates/worksheet/`` (a school can
override any of them with ``--templates DIR``); this module only decides *what* goes on the
page: which questions, in which order, with which letters, and what the key says.
"""

from __future__ import annotations

import bisect
import random
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from markupsafe import Markup, escape

from quizgen.errors import QuizgenError
from quizgen.vocab import MONTH_NAMES_RE, fold, month_number
from quizgen.model import DIFFICULTIES, FACT_KINDS, QUESTION_TYPES
from quizgen.qtypes import QTYPES, per_type
from quizgen.selection import DEFAULT_MIN_QUALITY, SECTION_ORDER, choose

KEY_MODES = ("separate", "appended", "none")
FORMATS = ("pdf", "html", "both")
PAPERS = {"a4": "A4", "letter": "letter"}
BLANK = re.compile(r"_{3,}")
MAX_ALSO_ACCEPTED = 4


@dataclass(frozen=True)
class WorksheetOptions:
    """What to print. The same bank and options always give the same files."""

    count: int | None = 20
    types: tuple[str, ...] = QUESTION_TYPES
    kinds: tuple[str, ...] = FACT_KINDS
    difficulties: tuple[str, ...] = DIFFICULTIES
    seed: int = 0
    title: str | None = None
    instructions: str | None = None
    paper: str = "a4"
    variants: int = 1
    key: str = "separate"
    format: str = "pdf"
    templates: str | Path | None = None
    min_quality: float | None = DEFAULT_MIN_QUALITY  # None: every question, unchecked (--all)

    def __post_init__(self):
        if self.paper not in PAPERS:
            raise QuizgenError(f"unknown paper size {self.paper!r} (choose from {', '.join(PAPERS)})")
        if self.key not in KEY_MODES:
            raise QuizgenError(f"unknown key mode {self.key!r} (choose from {', '.join(KEY_MODES)})")
        if self.format not in FORMATS:
            raise QuizgenError(f"unknown format {self.format!r} (choose from {', '.join(FORMATS)})")
        if self.variants < 1:
            raise QuizgenError("--variants must be at least 1")


# ------------------------------------------------------------------------------ selection

def select_questions(bank: dict[str, Any], options: WorksheetOptions) -> list[dict[str, Any]]:
    """The questions of the worksheet: those of the chosen types, kinds and difficulties, the
    best-ranked first, types mixed evenly, never two that give each other away, true/false keys
    balanced (see :func:`quizgen.selection.choose`). The bank's order is kept."""
    pool = [q for q in bank["questions"]
            if q["type"] in options.types and q["kind"] in options.kinds
            and q.get("difficulty", "medium") in options.difficulties]
    return choose(pool, options.count, options.min_quality, options.seed)


# ------------------------------------------------------------------------------ variants

def variant_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: spreadsheet-style, so any number of variants has a name."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def letter(index: int) -> str:
    return variant_letter(index)


@dataclass
class Source:
    document: str  # the document's title
    section: str
    sentence: str
    segments: list[tuple[str, bool]] = field(default_factory=list)  # the sentence, answer parts marked True


@dataclass
class Item:
    """One numbered question as a variant presents it, with its key."""

    number: int
    question: dict[str, Any]
    points: float
    choices: list[tuple[str, str]] = field(default_factory=list)  # (letter, text)
    entries: list[tuple[str, str]] = field(default_factory=list)  # ordering: (label, text) as presented
    left: list[tuple[str, str]] = field(default_factory=list)  # matching: (number, text)
    right: list[tuple[str, str]] = field(default_factory=list)  # matching: (letter, text), shuffled
    answer_letter: str | None = None  # multiple choice
    answer_text: str = ""
    also_accepted: list[str] = field(default_factory=list)
    order_key: list[tuple[str, int]] = field(default_factory=list)  # ordering: (label, position) as presented
    order_sequence: list[tuple[str, str, str | None]] = field(default_factory=list)  # (label, text, date)
    match_key: list[tuple[str, str, str, str]] = field(default_factory=list)  # (number, left, letter, right)
    sources: list[Source] = field(default_factory=list)

    @property
    def type(self) -> str:
        return self.question["type"]

    @property
    def partial(self) -> str:
        """The template of this question on the sheet."""
        return "worksheet/" + QTYPES[self.type].worksheet_partial

    @property
    def key_partial(self) -> str:
        """The template of this question in the answer key."""
        return "worksheet/" + QTYPES[self.type].key_partial

    @property
    def prompt(self) -> str:
        return self.question["prompt"]


@dataclass
class Section:
    type: str
    items: list[Item]

    @property
    def points(self) -> float:
        return sum(i.points for i in self.items)


@dataclass
class Variant:
    letter: str
    sections: list[Section]

    @property
    def items(self) -> list[Item]:
        return [i for s in self.sections for i in s.items]

    @property
    def points(self) -> float:
        return sum(s.points for s in self.sections)

    @property
    def number_digits(self) -> int:
        """Digits of the highest question number: the hanging number's column widens for 100+."""
        return len(str(max((i.number for i in self.items), default=1)))


def _shuffled_apart(values: list, rng: random.Random, avoid: list | None = None) -> list:
    """A shuffled copy that differs from ``avoid`` (the right answer) whenever it can."""
    out = list(values)
    avoid = list(values) if avoid is None else avoid
    for _ in range(20):
        rng.shuffle(out)
        if out != avoid or len(set(map(str, values))) < 2:
            break
    return out


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_MONTH = re.compile(r"\b(" + MONTH_NAMES_RE + r")\b", re.IGNORECASE)


def _in_order(choices: list[str]) -> list[str] | None:
    """Numbers and dates of the same shape in ascending order, as item writers recommend
    (``A 104 m  B 157 m  C 209 m  D 418 m``); None when the choices are not all like that."""
    shapes, keys = set(), []
    for c in choices:
        numbers = [float(n.replace(",", "")) for n in _NUMBER.findall(c)]
        months = [month_number(m) for m in _MONTH.findall(c)]
        if not numbers or len(months) > 1:
            return None
        shapes.add(_MONTH.sub("M", _NUMBER.sub("9", c)))
        if months:  # a date: order by year, month, day whatever the writing style
            big = [n for n in numbers if n >= 32]
            small = [n for n in numbers if n < 32]
            keys.append((big[0] if big else 0, months[0], small[0] if small else 0))
        else:
            keys.append(tuple(numbers))
    if len(shapes) != 1 or len(set(keys)) != len(keys):
        return None
    return [c for _, c in sorted(zip(keys, choices))]


def _loose(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text)))


def _points(q: dict[str, Any]) -> float:
    p = q.get("points", 1)
    return int(p) if float(p).is_integer() else p


def highlight(sentence: str, forms: Iterable[str]) -> list[tuple[str, bool]]:
    """The sentence as (text, is_answer) pieces: every place an answer form occurs is marked, so
    the teacher sees at a glance where the key comes from. Longer forms win over shorter ones."""
    lowered = sentence.casefold()
    taken = [False] * len(sentence)
    for form in sorted({f.strip() for f in forms if f and len(f.strip()) > 1}, key=len, reverse=True):
        needle = form.casefold()
        at = lowered.find(needle)
        while at >= 0:
            end = at + len(needle)
            whole = (at == 0 or not lowered[at - 1].isalnum()) and (end == len(lowered) or not lowered[end].isalnum())
            if whole and not any(taken[at:end]):  # "May" is not marked inside "Mayor"
                taken[at:end] = [True] * (end - at)
            at = lowered.find(needle, at + 1)
    pieces: list[tuple[str, bool]] = []
    for ch, mark in zip(sentence, taken):
        if pieces and pieces[-1][1] == mark:
            pieces[-1] = (pieces[-1][0] + ch, mark)
        else:
            pieces.append((ch, mark))
    return pieces


def _without_year(date: str) -> str:
    """'8 October 2020' -> '8 October', 'November 9, 2020' -> 'November 9': how articles often
    write a date whose year is known from context."""
    return re.sub(r",?\s+\d{3,4}$", "", date.strip())


def _sources(q: dict[str, Any], titles: dict[str, str], forms_per_source: list[list[str]]) -> list[Source]:
    """The cited sentences, each once (several items may come from the same sentence), with
    the answer forms that belong to each marked in it."""
    cited = q.get("sources") or [q["source"]]
    merged: dict[tuple[str, str], tuple[dict[str, Any], list[str]]] = {}
    for i, s in enumerate(cited):
        forms = forms_per_source[i] if i < len(forms_per_source) else []
        key = (s["document"], s["sentence"])
        if key in merged:
            merged[key][1].extend(forms)
        else:
            merged[key] = (s, list(forms))
    return [Source(document=titles.get(s["document"], s["document"]), section=s.get("section") or "",
                   sentence=s["sentence"], segments=highlight(s["sentence"], forms))
            for s, forms in merged.values()]


# Each type's layout fills in its part of the item for one variant and returns, per source
# sentence, the words the key highlights there (None: the answer's forms in every source).

def _lay_multiple_choice(item: Item, q: dict[str, Any], rng: random.Random) -> list[list[str]] | None:
    choices = _in_order(q["choices"]) or _shuffled_apart(q["choices"], rng, avoid=[])
    item.choices = [(letter(i), c) for i, c in enumerate(choices)]
    item.answer_letter = letter(choices.index(q["answer"]["text"]))
    return None


def _lay_true_false(item: Item, q: dict[str, Any], rng: random.Random) -> list[list[str]] | None:
    item.answer_text = "True" if q["answer"]["value"] else "False"
    return [[]]  # the sentence is the evidence; nothing to highlight


def _lay_written(item: Item, q: dict[str, Any], rng: random.Random) -> list[list[str]] | None:
    # Forms that differ only in case, accents or punctuation ("30 October, 2020") go
    # without saying; the key lists the others, a few at most.
    answer = q["answer"]
    seen = {_loose(answer["text"])}
    for form in answer.get("accept", []):
        if _loose(form) not in seen:
            seen.add(_loose(form))
            item.also_accepted.append(form)
    if len(item.also_accepted) > MAX_ALSO_ACCEPTED:
        item.also_accepted = item.also_accepted[:MAX_ALSO_ACCEPTED] + ["…"]
    return None


def _lay_ordering(item: Item, q: dict[str, Any], rng: random.Random) -> list[list[str]] | None:
    answer = q["answer"]
    correct = list(answer["value"])
    presented = _shuffled_apart(q["items"], rng, avoid=correct)
    labels = [letter(i).lower() for i in range(len(presented))]
    item.entries = list(zip(labels, presented))
    label_of = dict(zip(presented, labels))
    item.order_key = [(label, correct.index(text) + 1) for label, text in item.entries]
    dates = answer.get("dates") or [None] * len(correct)
    item.order_sequence = [(label_of[text], text, date) for text, date in zip(correct, dates)]
    return [[d, _without_year(d)] if d else [] for d in dates]


def _lay_matching(item: Item, q: dict[str, Any], rng: random.Random) -> list[list[str]] | None:
    pairs = list(q["answer"].get("value") or q["pairs"])
    lefts = _shuffled_apart(pairs, rng, avoid=[])
    rights = _shuffled_apart([p["right"] for p in pairs], rng, avoid=[p["right"] for p in lefts])
    item.left = [(str(i + 1), p["left"]) for i, p in enumerate(lefts)]
    item.right = [(letter(i), r) for i, r in enumerate(rights)]
    letter_of = {r: letter(i) for i, r in enumerate(rights)}
    item.match_key = [(str(i + 1), p["left"], letter_of[p["right"]], p["right"]) for i, p in enumerate(lefts)]
    return [[p["left"]] for p in pairs]


#: How each type is laid out on a sheet and its key (the HTML is in the templates named by
#: ``Item.partial`` and ``Item.key_partial``).
LAYOUTS = per_type({
    "short_answer": _lay_written,
    "cloze": _lay_written,
    "multiple_choice": _lay_multiple_choice,
    "true_false": _lay_true_false,
    "ordering": _lay_ordering,
    "matching": _lay_matching,
}, "worksheet layout")


def make_item(q: dict[str, Any], number: int, rng: random.Random, titles: dict[str, str]) -> Item:
    """Lay out one question for one variant: letters, shuffles and the key."""
    answer = q["answer"]
    item = Item(number=number, question=q, points=_points(q), answer_text=answer["text"])
    forms = [answer["text"], *answer.get("accept", [])]
    per_source = LAYOUTS[q["type"]](item, q, rng)
    item.sources = _sources(q, titles, per_source if per_source is not None else [forms])
    return item


def make_variant(questions: list[dict[str, Any]], index: int, seed: int,
                 titles: dict[str, str]) -> Variant:
    """Variant ``index`` (0 = A): the same questions, each part and each question's options in
    their own order. A string seed keeps this reproducible across processes and Python runs."""
    name = variant_letter(index)
    rng = random.Random(f"quizgen-worksheet:{seed}:{name}")
    sections: list[Section] = []
    number = 1
    for qtype in SECTION_ORDER:
        group = [q for q in questions if q["type"] == qtype]
        if not group:
            continue
        group = _shuffled_apart(group, rng, avoid=[]) if len(group) > 1 else group
        items = []
        for q in group:
            items.append(make_item(q, number, rng, titles))
            number += 1
        sections.append(Section(qtype, items))
    return Variant(name, sections)


# ------------------------------------------------------------------------------ HTML

def _blanks(text: str) -> Markup:
    """Escape a prompt and draw each run of underscores as a writing line."""
    parts = BLANK.split(str(text))
    # The zero-width space before the line is a break opportunity of its own: without it
    # WeasyPrint, finding that the line does not fit at the end of a row, sometimes breaks the
    # text before it at the first opportunity instead of the last and leaves one word alone on a line.
    return Markup('\u200b<span class="blank"></span>').join(escape(p) for p in parts)


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def template_environment(templates: str | Path | None = None):
    from quizgen.templating import environment

    env = environment(templates)
    env.filters["blanks"] = _blanks
    env.filters["num"] = _num
    return env


def credit(document: dict[str, Any]) -> str | None:
    """The document's attribution with its full licence name, from the bank's own fields.

    ``From the Wikipedia article “X”, CC BY-SA`` with licence ``CC BY-SA 4.0`` gives
    ``From the Wikipedia article “X”, CC BY-SA 4.0``; no attribution gives None (the template
    then credits the title).
    """
    text = (document.get("attribution") or "").strip()
    licence = (document.get("license") or "").strip()
    if not text:
        return None
    if licence and licence not in text:
        words = licence.split()
        for n in range(len(words) - 1, 0, -1):
            short = " ".join(words[:n])
            if text.endswith(short):
                return text[: -len(short)] + licence
        return f"{text} ({licence})"
    return text


def documents_used(bank: dict[str, Any], questions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The bank's documents that the chosen questions come from, in the bank's order, each with
    its ``credit`` line."""
    ids = {s["document"] for q in questions for s in [q["source"], *(q.get("sources") or [])]}
    return [{**d, "credit": credit(d)} for d in bank["documents"] if d["id"] in ids]


def render_html(env, template: str, variant: Variant, *, documents: list[dict[str, Any]],
                options: WorksheetOptions, variants: int) -> str:
    """One page set (``worksheet/worksheet.html``, ``key.html`` or ``teacher.html``) as HTML."""
    return env.get_template(f"worksheet/{template}").render(
        variant=variant,
        documents=documents,
        title=options.title,
        instructions=options.instructions,
        paper=PAPERS[options.paper],
        show_version=True,
        variants=variants,
        many_documents=len(documents) > 1,
    )


# ------------------------------------------------------------------------------ files

def slugify(text: str) -> str:
    """'Battle of Shusha (2020)' -> 'battle-of-shusha-2020'; letters without a Latin form drop out."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:80].strip("-")


def base_name(documents: list[dict[str, Any]], title: str | None, hint: str | None) -> str:
    """What the files are called: the article's id for one article; otherwise the title given
    with ``--title`` or the bank file's name."""
    candidates = []
    if len(documents) == 1:
        candidates.append(documents[0]["id"])
    if title:
        candidates.append(title)
    if hint:
        name = Path(hint.rstrip("/")).name
        for suffix in (".bank.json", ".jsonl", ".json", ".md"):
            if name.endswith(suffix):
                name = name[: -len(suffix)]
                break
        candidates.append(name)
    for c in candidates:
        slug = slugify(c)
        if slug:
            return slug
    return "worksheet"


@dataclass
class Output:
    path: Path
    template: str
    variant: Variant
    html: str = ""


def plan_outputs(variants: list[Variant], out_dir: Path, name: str, options: WorksheetOptions) -> list[Output]:
    """Every file to write, before anything is written (so a clash is found up front)."""
    exts = ("pdf", "html") if options.format == "both" else (options.format,)
    outputs = []
    for v in variants:
        for ext in exts:
            if options.key == "appended":  # the teacher's copy carries the answers: never the student sheet's name
                outputs.append(Output(out_dir / f"{name}-teacher-{v.letter}.{ext}", "teacher.html", v))
            else:
                outputs.append(Output(out_dir / f"{name}-worksheet-{v.letter}.{ext}", "worksheet.html", v))
            if options.key == "separate":
                outputs.append(Output(out_dir / f"{name}-key-{v.letter}.{ext}", "key.html", v))
    return outputs


def _write_pdf(job: tuple[str, str]) -> str:
    """Render one HTML string to a PDF file (runs in a worker process for many files)."""
    from weasyprint import HTML

    html, path = job
    tmp = Path(path).with_name(Path(path).name + ".tmp")
    HTML(string=html).write_pdf(tmp)
    tmp.replace(path)
    return path


def _warm_up() -> None:
    """Import WeasyPrint in a worker while the main process is still preparing the HTML."""
    import weasyprint  # noqa: F401


def pdf_pool(n_pdfs: int, jobs: int | None = None):
    """A process pool for many PDFs (None for a few, or on one core), its workers already
    importing WeasyPrint: WeasyPrint's layout is single-threaded, so two cores halve the time
    of thirty variants."""
    import os

    workers = jobs if jobs is not None else min(os.cpu_count() or 1, 4)
    if n_pdfs < 4 or workers < 2:
        return None
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=workers)
    for _ in range(workers):
        pool.submit(_warm_up)
    return pool


def write_outputs(outputs: list[Output], force: bool = False, jobs: int | None = None, pool=None,
                  progress: bool = False) -> list[Path]:
    """Write every planned file. Refuses (naming the file) to overwrite unless ``force``;
    then nothing at all is written.

    PDFs go to ``pool`` (see :func:`pdf_pool`) when there is one, or to a new one when there
    are many, else they are rendered in this process.
    """
    if not force:
        check_clashes(outputs)
    for o in outputs:
        o.path.parent.mkdir(parents=True, exist_ok=True)
    pdf_jobs = [(o.html, str(o.path)) for o in outputs if o.path.suffix == ".pdf"]
    bar = None
    if progress:  # like extract: a bar on stderr while the files are written
        import sys

        from tqdm import tqdm

        bar = tqdm(total=len(outputs), unit="file", file=sys.stderr)
    for o in outputs:
        if o.path.suffix == ".html":
            o.path.write_text(o.html, encoding="utf-8")
            if bar:
                bar.update()
    own_pool = pool is None and pdf_pool(len(pdf_jobs), jobs)
    active = pool or own_pool
    try:
        # One file per task: each takes a fifth of a second, so handing them out one at a
        # time costs nothing and no worker is left with a long tail.
        for _ in (active.map(_write_pdf, pdf_jobs) if active else map(_write_pdf, pdf_jobs)):
            if bar:
                bar.update()
    finally:
        if bar:
            bar.close()
        if own_pool:
            own_pool.shutdown()
    return [o.path for o in outputs]


@lru_cache(maxsize=1)
def installed_coverage() -> tuple[tuple[int, int], ...] | None:
    """Code point ranges that some installed font covers (fontconfig's ``fc-list``); None when
    fontconfig cannot be asked. Pango falls back to any installed font for a character the
    named font lacks, so this is what can print as a letter rather than a box."""
    import subprocess

    try:
        out = subprocess.run(["fc-list", "-f", "%{charset}\n"], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    ranges = []
    for token in out.split():
        start, _, end = token.partition("-")
        try:
            ranges.append((int(start, 16), int(end or start, 16)))
        except ValueError:
            continue
    return tuple(sorted(ranges)) or None


def missing_glyphs(text: str, coverage: Iterable[tuple[int, int]] | None) -> list[str]:
    """The characters of ``text`` that no range in ``coverage`` holds (in order of first use)."""
    if coverage is None:
        return []
    merged: list[list[int]] = []  # disjoint, sorted: one bisect finds the only candidate
    for start, end in sorted(coverage):
        if merged and start <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    starts = [r[0] for r in merged]
    out: list[str] = []
    for ch in dict.fromkeys(text):
        cp = ord(ch)
        if cp < 0x80 or ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf"):
            continue
        i = bisect.bisect_right(starts, cp) - 1
        if i < 0 or cp > merged[i][1]:
            out.append(ch)
    return out


@dataclass
class Result:
    questions: list[dict[str, Any]]
    variants: list[Variant]
    outputs: list[Output]
    available: int  # questions that matched the filters
    documents: list[dict[str, Any]] = field(default_factory=list)  # the articles they come from


def plan(bank: dict[str, Any], options: WorksheetOptions, out_dir: str | Path = "output",
         name_hint: str | None = None) -> Result:
    """Selection, variants and the files to write, without their HTML yet."""
    questions = select_questions(bank, options)
    if not questions:
        raise QuizgenError("no questions match the chosen types, kinds and difficulty")
    available = len(select_questions(bank, WorksheetOptions(
        count=None, types=options.types, kinds=options.kinds, difficulties=options.difficulties,
        min_quality=options.min_quality)))
    titles = {d["id"]: d["title"] for d in bank["documents"]}
    variants = [make_variant(questions, i, options.seed, titles) for i in range(options.variants)]
    documents = documents_used(bank, questions)
    name = base_name(documents, options.title, name_hint)
    outputs = plan_outputs(variants, Path(out_dir), name, options)
    return Result(questions, variants, outputs, available, documents)


def fill_html(result: Result, options: WorksheetOptions) -> Result:
    """Render the HTML of every planned file from the templates."""
    env = template_environment(options.templates)
    cache: dict[tuple[str, str], str] = {}
    for o in result.outputs:
        key = (o.template, o.variant.letter)
        if key not in cache:
            cache[key] = render_html(env, o.template, o.variant, documents=result.documents, options=options,
                                     variants=len(result.variants))
        o.html = cache[key]
    return result


def prepare(bank: dict[str, Any], options: WorksheetOptions, out_dir: str | Path = "output",
            name_hint: str | None = None) -> Result:
    """Everything but the writing: selection, variants and the HTML of every file."""
    return fill_html(plan(bank, options, out_dir, name_hint), options)


def check_clashes(outputs: list[Output]) -> None:
    """Refuse, naming the file, to overwrite anything (the caller skips this with --force)."""
    clash = [o.path for o in outputs if o.path.exists()]
    if clash:
        more = f" (and {len(clash) - 1} more)" if len(clash) > 1 else ""
        raise QuizgenError(f"{clash[0]}: file exists{more}; use --force to overwrite")


def render_worksheets(bank: dict[str, Any], options: WorksheetOptions, out_dir: str | Path = "output",
                      name_hint: str | None = None, force: bool = False, jobs: int | None = None,
                      progress: bool = False) -> Result:
    """Select, lay out, render and write the worksheets (and keys) of a bank.

    Nothing is written when a file exists and ``force`` is false. For many PDFs the worker
    processes start (and import WeasyPrint) while the HTML is being rendered here.
    """
    result = plan(bank, options, out_dir, name_hint)
    if not force:
        check_clashes(result.outputs)
    pool = pdf_pool(sum(o.path.suffix == ".pdf" for o in result.outputs), jobs)
    try:
        fill_html(result, options)
        write_outputs(result.outputs, force=True, pool=pool, progress=progress)
    finally:
        if pool:
            pool.shutdown(cancel_futures=True)
    return result
