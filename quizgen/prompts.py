"""The words of generated questions, read from ``templates/questions/prompts.json``.

Prompts are not written in the code, so that a school can reword or translate them as it does
the worksheet's ``strings.html``: copy the file into a folder, change the texts (keep the
``{placeholders}``) and pass the folder as ``quizgen extract --templates DIR``. Keys the copy
leaves out keep their built-in text.

    >>> prompt("person_choice", sentence="____ led the expedition.")
    'Which name completes the sentence? “____ led the expedition.”'
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

PROMPTS_FILE = "questions/prompts.json"


@lru_cache(maxsize=1)
def builtin_templates_dir() -> Path:
    """The built-in templates: inside the installed package, or the source tree's ``templates/``."""
    packaged = Path(__file__).parent / "templates"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "templates"


@lru_cache(maxsize=8)
def prompts(user_dir: str | None = None) -> dict:
    """The prompt texts by key: the built-in file, with a user folder's copy laid over it."""
    texts = json.loads((builtin_templates_dir() / PROMPTS_FILE).read_text(encoding="utf-8"))
    if user_dir is not None:
        path = Path(user_dir) / PROMPTS_FILE
        if path.is_file():
            texts.update(json.loads(path.read_text(encoding="utf-8")))
    return texts


def prompt(key: str, user_dir: str | None = None, **fields) -> str:
    """The prompt ``key`` with its ``{placeholders}`` filled in."""
    return prompts(user_dir)[key].format(**fields)


def label_question(table: str, infobox_label: str, user_dir: str | None = None, **fields) -> str | None:
    """The question the first matching pattern of ``table`` asks about an infobox label
    (labels no pattern matches ask nothing)."""
    for pattern, template in prompts(user_dir)[table]:
        if _compiled(pattern).fullmatch(infobox_label.strip()):
            return template.format(**fields)
    return None


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.I)  # (compiled once: the module's own cache is shared and small)
