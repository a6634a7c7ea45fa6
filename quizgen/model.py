"""Plain data objects passed between the pipeline stages (load -> extract -> generate -> bank),
and the options that say what to generate."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any


@dataclass(frozen=True)
class Link:
    text: str
    page: str | None = None


@dataclass
class InfoboxField:
    """One field of an infobox: its key, plain text and any links or bold labels in it."""

    key: str
    text: str
    links: list[Link] = field(default_factory=list)


@dataclass
class Infobox:
    fields: list[InfoboxField] = field(default_factory=list)

    def get(self, key: str) -> InfoboxField | None:
        for f in self.fields:
            if f.key == key:
                return f
        return None


@dataclass(frozen=True)
class Sentence:
    """A sentence of the article body; ``start``/``end`` index into ``Document.text``."""

    text: str
    start: int
    end: int
    section: tuple[str, ...]  # heading path, outermost first; () before the first heading
    block: int  # index of the paragraph or list item the sentence belongs to
    index: int  # position in Document.sentences

    @property
    def section_title(self) -> str:
        return " > ".join(self.section)


@dataclass
class Document:
    path: str  # as given by the user
    name: str  # file name, e.g. battle-of-shusha-2020.md
    title: str
    description: str
    text: str  # plain body text: blocks joined by blank lines
    sentences: list[Sentence]
    infoboxes: list[Infobox]
    meta: dict[str, Any]
    sha256: str
    repaired: str | None = None  # how mojibake was repaired, e.g. "utf-8 read as mac_roman"
    emphasis: list[tuple[int, int, str]] = field(default_factory=list)  # bold ("strong") and italic ("em") runs in text

    @property
    def id(self) -> str:
        return self.name.rsplit(".", 1)[0] if "." in self.name else self.name


@dataclass
class Fact:
    """Something the rules found: a date, a person, a figure, a quote, an infobox field or a term."""

    kind: str  # date | person | figure | quote | infobox | term
    text: str  # surface text as it stands in the sentence
    value: Any  # normalised value (ISO date, number, name ...)
    sentence: Sentence | None
    span: tuple[int, int] | None  # character span in Document.text
    attrs: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "text": self.text, "value": self.value}
        out["sentence"] = self.sentence.text if self.sentence else None
        out["section"] = self.sentence.section_title if self.sentence else None
        out["span"] = list(self.span) if self.span else None
        out.update(self.attrs)
        out.setdefault("source", None)
        return out


QUESTION_TYPES = ("short_answer", "cloze", "multiple_choice", "true_false", "ordering", "matching")
FACT_KINDS = ("date", "person", "figure", "quote", "infobox", "term")
DIFFICULTIES = ("easy", "medium", "hard")


@dataclass
class Question:
    """One question of a bank. ``to_json`` gives the bank's published shape."""

    id: str
    type: str  # one of QUESTION_TYPES
    kind: str  # the fact kind it asks about, one of FACT_KINDS
    prompt: str
    answer: dict[str, Any]  # {"text": shown answer, "value": normalised, "accept": [forms]}
    source: dict[str, Any]  # {"document", "section", "sentence", "span"}
    difficulty: str = "medium"
    choices: list[str] | None = None  # multiple_choice (answer among them), true_false
    items: list[str] | None = None  # ordering: items as presented (shuffled)
    pairs: list[dict[str, str]] | None = None  # matching: the correct {"left", "right"} pairs
    sources: list[dict[str, Any]] | None = None  # ordering/matching: one source per item
    points: float = 1
    tags: list[str] = field(default_factory=list)
    quality: float = 1.0  # 0..1, how far a teacher could hand it out as it stands (quizgen.quality)
    quality_reasons: list[str] = field(default_factory=list)  # names of the rules that lowered it
    edits: list[str] = field(default_factory=list)  # names of the repairs made to the prompt
    evidence: Any = field(default=None, repr=False, compare=False)  # what the quality rules read; not exported

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "type": self.type, "kind": self.kind, "prompt": self.prompt}
        for name in ("choices", "items", "pairs"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        out["answer"] = self.answer
        out["source"] = self.source
        if self.sources is not None:
            out["sources"] = self.sources
        out["difficulty"] = self.difficulty
        out["points"] = self.points
        out["tags"] = self.tags
        out["quality"] = round(self.quality, 3)
        out["quality_reasons"] = self.quality_reasons
        if self.edits:
            out["edits"] = self.edits
        return out


@dataclass(frozen=True)
class Options:
    """What to generate. The same options and input always give the same bank."""

    types: tuple[str, ...] = QUESTION_TYPES
    kinds: tuple[str, ...] = FACT_KINDS
    max_per_article: int | None = None
    seed: int = 0
    templates: str | None = None  # a folder whose questions/prompts.json rewords the prompts

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["types"] = list(self.types)
        out["kinds"] = list(self.kinds)
        if out["templates"] is None:
            del out["templates"]  # the built-in wording: nothing to record
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Options:
        """The options a bank or a corpus manifest records; unknown keys are ignored."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: tuple(v) if isinstance(v, list) else v for k, v in data.items() if k in known})
