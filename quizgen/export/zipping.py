"""Reproducible zip files: the same bank gives byte-identical packages (fixed timestamps, fixed order)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest date a zip entry can hold


def write_zip(path: Path, members: list[tuple[str, bytes | str]]) -> None:
    """Write ``members`` (name, content) in the given order; names ending in ``/`` are folders."""
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            if name.endswith("/"):
                info.external_attr = 0o40755 << 16 | 0x10
                zf.writestr(info, b"")
                continue
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


def normalize_zip(path: Path, transform: Callable[[str, bytes], bytes] | None = None) -> None:
    """Rewrite a zip written by another library (genanki, openpyxl) with fixed entry times, in its
    own order; ``transform(name, data)`` may change a member (e.g. pin a date inside it)."""
    with zipfile.ZipFile(io.BytesIO(Path(path).read_bytes())) as zf:
        members = [(info.filename, zf.read(info)) for info in zf.infolist()]
    if transform is not None:
        members = [(name, transform(name, data)) for name, data in members]
    write_zip(Path(path), members)
