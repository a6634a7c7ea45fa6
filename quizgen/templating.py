"""Jinja environments for worksheets and the class server.

Templates live in the top-level ``templates/`` folder of the source tree and are shipped inside
the wheel as ``quizgen/templates``. A school can pass ``--templates DIR``: its files are looked up
first, then the built-ins; ``{% extends "default:worksheet/base.html" %}`` reaches a built-in
template even when the school's folder overrides the same name.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PrefixLoader, StrictUndefined, select_autoescape

from quizgen.prompts import builtin_templates_dir


def environment(user_dir: str | Path | None = None, **options) -> Environment:
    """A Jinja environment with the loader chain user dir -> built-ins, autoescaping on."""
    builtin = FileSystemLoader(str(builtin_templates_dir()))
    loaders = []
    if user_dir is not None:
        user = Path(user_dir)
        if not user.is_dir():
            from quizgen.errors import QuizgenError

            raise QuizgenError(f"{user}: templates folder not found")
        loaders.append(FileSystemLoader(str(user)))
    loaders.append(builtin)
    loaders.append(PrefixLoader({"default": builtin}, delimiter=":"))
    env = Environment(
        loader=ChoiceLoader(loaders),
        autoescape=select_autoescape(["html", "htm", "xml", "j2"], default_for_string=True, default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        **options,
    )
    return env
