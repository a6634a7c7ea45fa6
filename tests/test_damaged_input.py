"""Damaged and unusual input files: what is repaired, what is refused, and how it is said."""

from __future__ import annotations

import subprocess
import sys
import warnings

import pytest

from quizgen.errors import InputError, InputWarning
from quizgen.load import decode, load_path

ARTICLE = ("---\ntitle: Lower Brenton\n---\n\n# Lower Brenton\n\n"
           "Lower Brenton was founded in 1873 by miners from Çayırlı. Its mayor is Ana Wójcik.\n")


@pytest.mark.parametrize("codec, bom", [
    ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("utf-32-le", b"\xff\xfe\x00\x00"),
])
def test_utf16_and_utf32_with_bom_are_decoded(tmp_path, codec, bom):
    p = tmp_path / "wide.md"
    p.write_bytes(bom + ARTICLE.encode(codec))
    doc = load_path(p)
    assert doc.title == "Lower Brenton"
    assert "Çayırlı" in doc.text and "\x00" not in doc.text


def test_utf16_bom_with_broken_text_is_one_clear_error(tmp_path):
    p = tmp_path / "broken.md"
    p.write_bytes(b"\xff\xfe" + ARTICLE.encode("utf-16-le") + b"\x00")  # an odd byte at the end
    with pytest.raises(InputError, match="UTF-16"):
        load_path(p)


@pytest.mark.parametrize("where", [30, 70, -2])
def test_a_stray_nul_is_dropped_with_a_warning(tmp_path, where):
    data = ARTICLE.encode("utf-8")
    p = tmp_path / "nul.md"
    p.write_bytes(data[:where] + b"\x00" + data[where:])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        doc = load_path(p)
    assert "\x00" not in doc.text and doc.title == "Lower Brenton"
    assert [str(w.message) for w in caught if issubclass(w.category, InputWarning)] == [
        f"{p}: dropped 1 NUL byte (not text; the rest of the file was read)"]


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",          # an image
    b"PK\x03\x04\x14\x00\x00\x00\x08\x00",            # a zip
    ARTICLE.encode("utf-16-le"),                       # UTF-16 without a byte-order mark: NUL every other byte
    b"text\x00with\x01control\x02bytes " * 20,          # NULs among other control bytes
])
def test_binary_files_are_still_refused(data):
    with pytest.raises(InputError, match="binary file|not UTF-8"):
        decode(data, "x.md")


def test_cli_prints_the_nul_warning_as_one_line(tmp_path):
    p = tmp_path / "nul.md"
    data = ARTICLE.encode("utf-8")
    p.write_bytes(data[:60] + b"\x00" + data[60:])
    proc = subprocess.run([sys.executable, "-m", "quizgen", "facts", str(p)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip() == f"quizgen: warning: {p}: dropped 1 NUL byte (not text; the rest of the file was read)"


# ---------------------------------------------------------------- folders and banks among the inputs

def _run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "quizgen", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=300)


@pytest.mark.parametrize("contents", [{}, {"picture.png": b"\x89PNG", "README.md": b"# Notes\n\nSee below.\n"}])
@pytest.mark.parametrize("command", [
    ["extract", "{folder}", "-o", "{tmp}/out.bank.json"],
    ["extract", "{folder}", "-o", "{tmp}/corpus/"],
    ["facts", "{folder}"],
    ["worksheet", "{folder}", "-o", "{tmp}/sheets"],
    ["export", "{folder}", "--format", "gift", "-o", "{tmp}/out.gift.txt"],
])
def test_a_folder_without_articles_is_an_error(tmp_path, contents, command):
    folder = tmp_path / "lessons"
    folder.mkdir()
    for name, data in contents.items():
        (folder / name).write_bytes(data)
    proc = _run(*[a.format(folder=folder, tmp=tmp_path) for a in command], cwd=tmp_path)
    assert proc.returncode != 0
    assert f"quizgen: error: {folder}: no article found in this folder" in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "out.bank.json").exists()


def test_a_bad_bank_does_not_stop_the_other_inputs(tmp_path):
    from conftest import SEED

    notjson = tmp_path / "notjson.bank.json"
    notjson.write_text("this is not JSON", encoding="utf-8")
    proc = _run("worksheet", notjson, SEED, "-o", tmp_path / "sheets", "--count", "5", "--format", "html")
    assert proc.returncode == 1  # something failed ...
    errors = [line for line in proc.stderr.splitlines() if line.startswith("quizgen: error:")]
    assert len(errors) == 1 and f"{notjson}: not a valid quizgen bank: not JSON" in errors[0]
    assert sorted(p.name for p in (tmp_path / "sheets").iterdir()) == [  # ... and the good input went through
        "battle-of-shusha-2020-key-A.html", "battle-of-shusha-2020-worksheet-A.html"]
    proc = _run("export", notjson, SEED, "--format", "csv", "-o", tmp_path / "out.csv")
    assert proc.returncode == 1 and (tmp_path / "out.csv").stat().st_size > 0
