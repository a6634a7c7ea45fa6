"""``anki``: an Anki deck package (``.apkg``) written with genanki.

Rules followed (genanki README and code, kerrickstaley/genanki: ``genanki/model.py``,
``note.py``, ``package.py``, ``builtin_models.py``; Anki's cloze syntax ``{{c1::answer}}``):

* Models and decks need ids that never change, or every import creates new ones: the two note
  types below have ids fixed once here, and each article's deck id is derived from a fixed
  constant and the article id (``stable_int``), never from the clock or a random draw.
* A note's GUID decides whether an import adds a note or updates one; genanki's default hashes
  all fields, so an edited prompt would become a second note. Here the GUID is
  ``genanki.guid_for(NOTE_GUID_SALT, question id)``: re-importing a re-exported bank updates the
  same notes, however their text changed.
* Fields are HTML: every text is escaped (``<``, ``>``, ``&``). In cloze text ``{``, ``}`` and ``:``
  are written as numeric entities so that no text can look like ``{{c1::`` or a ``::hint``.
* Cloze questions become Cloze notes (``{{c1::answer}}`` where the blank was); every other type a
  "quizgen Basic" note: the prompt (with the choices, items or pairs) on the front, the answer,
  the accepted forms and the cited source sentence on the back.
* One deck per article, named ``quizgen::<article title>``; tags are the bank's tags plus the type
  and difficulty (Anki tags cannot contain spaces, so spaces become ``_``).
"""

from __future__ import annotations

import html
from pathlib import Path

from quizgen.export.common import (
    Bank, ExportReport, Question, accepted, cloze_parts, questions_by_document, shuffled, source_text,
    stable_int,
)
from quizgen.qtypes import per_type

# Fixed once; changing them would make Anki treat every exported note as a new note type.
BASIC_MODEL_ID = 1607392319
CLOZE_MODEL_ID = 1607392320
DECK_ID_SALT = "quizgen-deck-1"
NOTE_GUID_SALT = "quizgen-note-1"

CSS = """.card { font-family: sans-serif; font-size: 20px; text-align: left; color: black; background-color: white; }
.source { font-size: 14px; color: #555; margin-top: 1em; }
.accept { font-size: 14px; color: #333; }
.cloze { font-weight: bold; color: blue; }
.nightMode .cloze { color: lightblue; }
"""


def _models():
    import genanki

    basic = genanki.Model(
        BASIC_MODEL_ID, "quizgen Basic",
        fields=[{"name": "Question"}, {"name": "Answer"}, {"name": "Source"}, {"name": "Id"}],
        templates=[{
            "name": "Card 1",
            "qfmt": "{{Question}}",
            "afmt": '{{FrontSide}}<hr id="answer">{{Answer}}<div class="source">{{Source}}</div>',
        }],
        css=CSS,
    )
    cloze = genanki.Model(
        CLOZE_MODEL_ID, "quizgen Cloze",
        fields=[{"name": "Text"}, {"name": "Back Extra"}, {"name": "Source"}, {"name": "Id"}],
        templates=[{
            "name": "Cloze",
            "qfmt": "{{cloze:Text}}",
            "afmt": '{{cloze:Text}}<br>{{Back Extra}}<div class="source">{{Source}}</div>',
        }],
        css=CSS,
        model_type=genanki.Model.CLOZE,
    )
    return basic, cloze


def esc(text: str) -> str:
    return html.escape(str(text), quote=False)


def cloze_esc(text: str) -> str:
    """Escaped so that nothing in it can be read as cloze syntax."""
    return esc(text).replace("{", "&#123;").replace("}", "&#125;").replace(":", "&#58;")


def _list(tag: str, values: list[str]) -> str:
    return f"<{tag}>" + "".join(f"<li>{esc(v)}</li>" for v in values) + f"</{tag}>"


def _accept_line(question: Question) -> str:
    forms = accepted(question)[1:]
    return f'<div class="accept">Also accepted: {esc("; ".join(forms))}</div>' if forms else ""


def _prompt(question: Question) -> str:
    return f"<div>{esc(question['prompt'])}</div>"


# Each basic type's entry gives the card's (front, back).

def _multiple_choice(question: Question) -> tuple[str, str]:
    front = _prompt(question) + _list("ol", question["choices"]).replace("<ol>", '<ol type="A">', 1)
    return front, f"<b>{esc(question['answer']['text'])}</b>"


def _true_false(question: Question) -> tuple[str, str]:
    return (_prompt(question) + "<div><i>True or false?</i></div>",
            f"<b>{'True' if question['answer']['value'] else 'False'}</b>")


def _ordering(question: Question) -> tuple[str, str]:
    return _prompt(question) + _list("ul", question["items"]), _list("ol", question["answer"]["value"])


def _matching(question: Question) -> tuple[str, str]:
    rights = shuffled([p["right"] for p in question["pairs"]], "anki-matching", question["id"])
    front = _prompt(question) + _list("ul", [p["left"] for p in question["pairs"]]) + \
        "<div><i>Options:</i> " + esc(" · ".join(rights)) + "</div>"
    return front, _list("ul", [f"{p['left']} → {p['right']}" for p in question["pairs"]])


def _short_answer(question: Question) -> tuple[str, str]:
    return _prompt(question), f"<b>{esc(question['answer']['text'])}</b>" + _accept_line(question)


def _cloze(question: Question) -> tuple[str, str] | tuple[str, str, str]:
    """A Cloze note's (text, back extra, 'cloze') where the prompt has a blank, else a short-answer card."""
    parts = cloze_parts(question["prompt"])
    if not parts:
        return _short_answer(question)
    before, after = parts
    text = f"{cloze_esc(before)}{{{{c1::{cloze_esc(question['answer']['text'])}}}}}{cloze_esc(after)}"
    return text, _accept_line(question), "cloze"


#: Each type's card: (front, back) of a basic note, or (text, back extra, "cloze") of a Cloze note.
CARDS = per_type({
    "short_answer": _short_answer,
    "cloze": _cloze,
    "multiple_choice": _multiple_choice,
    "true_false": _true_false,
    "ordering": _ordering,
    "matching": _matching,
}, "Anki export")


def note_fields(question: Question, bank: Bank) -> tuple[str, list[str]]:
    """('cloze' | 'basic', fields) for one question."""
    front, back, *kind = CARDS[question["type"]](question)
    return (kind[0] if kind else "basic"), [front, back, esc(source_text(question, bank)), esc(question["id"])]


def _tags(question: Question) -> list[str]:
    tags = [*question.get("tags", []), question["type"], question.get("difficulty", "")]
    out = []
    for t in tags:
        t = str(t).strip().replace(" ", "_")
        if t and t not in out:
            out.append(t)
    return out


def build_decks(bank: Bank, report: ExportReport):
    import genanki

    basic, cloze = _models()
    decks = []
    for doc, questions in questions_by_document(bank):
        title = doc.get("title") or doc["id"]
        deck = genanki.Deck(stable_int(DECK_ID_SALT, doc["id"]), f"quizgen::{title}",
                            description=esc(doc.get("attribution") or ""))
        for q in questions:
            kind, fields = note_fields(q, bank)
            if q["type"] == "cloze" and kind == "basic":
                report.convert(q, "to a basic card (the prompt has no blank)")
            deck.add_note(genanki.Note(model=cloze if kind == "cloze" else basic, fields=fields,
                                       guid=genanki.guid_for(NOTE_GUID_SALT, q["id"]), tags=_tags(q)))
            report.written += 1
        decks.append(deck)
    return decks


def write(bank: Bank, path: Path, report: ExportReport, timestamp: float | None = None, **_) -> None:
    """Write the package. ``timestamp`` is the notes' modification time: Anki updates a note it
    already has when the imported one is newer. ``quizgen export`` passes the time of the newest
    input, so the same bank gives the same bytes and an edited bank updates the notes; by default
    it is now. The zip entries get fixed times."""
    import genanki

    from quizgen.export.zipping import normalize_zip

    genanki.Package(build_decks(bank, report)).write_to_file(str(path), timestamp=timestamp)
    normalize_zip(path)
