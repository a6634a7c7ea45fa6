"""Golden files: every format's export of the sample banks, compared byte for byte.

The banks are ``tests/data/sample.bank.json`` (stable, hand-made) and the "tricky" bank of
``test_export.py`` (the sample plus questions full of GIFT specials, quotes and non-Latin names).
Text formats are compared as files; zip packages (QTI) member by member (``<bank>.<format>.unzipped/``); the Anki package as a
JSON dump of its collection (decks, note types, notes), because genanki stamps the time into it;
the Kahoot workbook as a JSON dump of its cells. What each export skipped or converted is kept in
``<bank>.reports.txt``.

After an intended change of an exporter, regenerate and review the diff::

    UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_export_golden.py
    git diff tests/golden/
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
import zipfile
from pathlib import Path

import pytest

from quizgen.bank import load_bank
from quizgen.export import FORMATS, export_bank
from test_export import SAMPLE, tricky_bank

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = bool(os.environ.get("UPDATE_GOLDEN"))

BANKS = {"sample": lambda: load_bank(SAMPLE), "tricky": tricky_bank}
TEXT_FORMATS = {"json", "jsonl", "gift", "moodle-xml", "csv", "markdown"}


def _anki_dump(apkg: Path) -> str:
    with zipfile.ZipFile(apkg) as zf, tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "collection.anki2"
        db.write_bytes(zf.read("collection.anki2"))
        con = sqlite3.connect(db)
        try:
            models_json, decks_json = con.execute("select models, decks from col").fetchone()
            notes = con.execute("select guid, mid, flds, tags from notes order by guid").fetchall()
            card_count = con.execute("select count(*) from cards").fetchone()[0]
        finally:
            con.close()
    models = {str(m["id"]): {"name": m["name"], "type": m["type"], "fields": [f["name"] for f in m["flds"]],
                        "templates": [(t["qfmt"], t["afmt"]) for t in m["tmpls"]]}
              for m in json.loads(models_json).values()}
    decks = sorted((d["id"], d["name"]) for d in json.loads(decks_json).values())
    dump = {
        "decks": decks,
        "models": {str(k): v for k, v in sorted(models.items())},
        "notes": [{"guid": g, "model": models[str(m)]["name"], "fields": f.split("\x1f"), "tags": t.split()}
                  for g, m, f, t in notes],
        "cards": card_count,
    }
    return json.dumps(dump, ensure_ascii=False, indent=1) + "\n"


def _xlsx_dump(path: Path) -> str:
    from openpyxl import load_workbook

    ws = load_workbook(path).active
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    return json.dumps({"sheet": ws.title, "rows": rows}, ensure_ascii=False, indent=1) + "\n"


def _exported(bank_name: str, fmt: str, tmp_path: Path) -> tuple[dict[str, bytes], list[str]]:
    """{golden file name: content} for one export, and the report lines."""
    bank = BANKS[bank_name]()
    spec = FORMATS[fmt]
    out = tmp_path / f"{bank_name}{spec.extension}"
    report = export_bank(bank, fmt, out)
    base = f"{bank_name}{spec.extension}"
    if fmt in TEXT_FORMATS:
        files = {base: out.read_bytes()}
    elif fmt in ("qti", "qti21"):
        with zipfile.ZipFile(out) as zf:
            unzipped = f"{bank_name}.{fmt}.unzipped"
            files = {f"{unzipped}/{name}": zf.read(name) for name in zf.namelist() if not name.endswith("/")}
            files[f"{unzipped}/MEMBERS.txt"] = ("\n".join(zf.namelist()) + "\n").encode("utf-8")
    elif fmt == "anki":
        files = {base + ".json": _anki_dump(out).encode("utf-8")}
    elif fmt == "kahoot":
        files = {base + ".json": _xlsx_dump(out).encode("utf-8")}
    else:  # a new format needs a way to be compared
        raise AssertionError(f"no golden comparison for {fmt}")
    return files, [f"{fmt}: {line}" for line in report.messages()] or [f"{fmt}: (nothing skipped or converted)"]


@pytest.mark.parametrize("bank_name", list(BANKS))
def test_exports_match_golden_files(bank_name, tmp_path):
    all_reports = []
    mismatched = []
    for fmt in FORMATS:
        files, reports = _exported(bank_name, fmt, tmp_path)
        all_reports += reports
        for name, content in files.items():
            golden = GOLDEN / name
            if UPDATE:
                golden.parent.mkdir(parents=True, exist_ok=True)
                golden.write_bytes(content)
            elif not golden.is_file() or golden.read_bytes() != content:
                mismatched.append(name)
    report_text = ("\n".join(all_reports) + "\n").encode("utf-8")
    report_file = GOLDEN / f"{bank_name}.reports.txt"
    if UPDATE:
        report_file.write_bytes(report_text)
    elif report_file.read_bytes() != report_text:
        mismatched.append(report_file.name)
    assert not mismatched, ("exports differ from tests/golden/ (after an intended change: "
                            f"UPDATE_GOLDEN=1 pytest tests/test_export_golden.py): {mismatched}")
