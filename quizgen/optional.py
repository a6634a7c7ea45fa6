"""Optional backends: what each needs and which extra installs it.

``pip install quizgen`` gives every command and every export format; a PostgreSQL database, a
Dask cluster and cloud storage need packages that most teachers never use, so they come with
extras. When one is missing the user gets one line naming the extra, never a traceback.
"""

from __future__ import annotations

from quizgen.errors import QuizgenError

#: top-level module -> (extra, what it is for)
EXTRAS: dict[str, tuple[str, str]] = {
    "psycopg": ("postgres", "a PostgreSQL database"),
    "psycopg2": ("postgres", "a PostgreSQL database"),
    "dask": ("dask", "the dask engine"),
    "distributed": ("dask", "the dask engine"),
    "fsspec": ("cloud", "reading URLs (s3://, gs:// ...)"),
    "s3fs": ("cloud", "reading s3:// URLs"),
    "gcsfs": ("cloud", "reading gs:// URLs"),
    "adlfs": ("cloud", "reading Azure URLs"),
}


class MissingExtra(QuizgenError):
    def __init__(self, module: str, extra: str, purpose: str):
        self.module, self.extra = module, extra
        super().__init__(f"{purpose} needs the Python package {module!r}, which is not installed; "
                         f"install it with: pip install 'quizgen[{extra}]'")


def _top(name: str | None) -> str:
    return (name or "").split(".")[0]


def missing_extra(exc: BaseException) -> MissingExtra | None:
    """The one-line error for an ImportError of an optional backend, or None for any other.

    Covers ``No module named 'psycopg'`` and fsspec's own message for a protocol whose package
    is missing (``Install s3fs to access S3``).
    """
    if not isinstance(exc, ImportError):
        return None
    module = _top(getattr(exc, "name", None))
    if module not in EXTRAS and isinstance(exc.__cause__, ImportError):
        module = _top(getattr(exc.__cause__, "name", None))
    if module not in EXTRAS:
        words = str(exc).replace("'", " ").replace('"', " ").split()
        module = next((w for w in words if w in EXTRAS), "")
    if module not in EXTRAS:
        return None
    extra, purpose = EXTRAS[module]
    return MissingExtra(module, extra, purpose)


def require(module: str):
    """Import ``module`` or raise the one-line MissingExtra error."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise (missing_extra(exc) or exc) from None
