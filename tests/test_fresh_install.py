"""Install quizgen the way the README says, in a new virtualenv without any extra, and run every
command and every export format on the sample article. The rest of the suite runs with the test
extras installed, so only this test sees a runtime dependency that is missing from the main list.

The README's command is ``python3 -m venv .venv && .venv/bin/pip install -e .``; the test takes
the pip arguments from the README itself and installs exactly those with uv (the same packages,
in seconds instead of minutes).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT, SEED

EXPORT_FORMATS = ("json", "jsonl", "gift", "moodle-xml", "qti", "qti21", "anki", "csv", "kahoot", "markdown")


def readme_install_args() -> list[str]:
    """The arguments of the README quick start's ``pip install`` (e.g. ``-e .``)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"python3 -m venv \.venv && \.venv/bin/pip install ([^&\n]+?)\s*(?:&&|\n)", text)
    assert match, "the README quick start has no 'python3 -m venv .venv && .venv/bin/pip install ...' command"
    return match.group(1).split()


def clean_env(venv: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME")}
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    env["NO_COLOR"] = "1"
    return env


@pytest.fixture(scope="module")
def fresh_venv(tmp_path_factory) -> Path:
    args = readme_install_args()
    assert not any("[" in a for a in args), f"the README installs extras ({args}); this test checks the plain install"
    venv = tmp_path_factory.mktemp("fresh") / "venv"
    uv = shutil.which("uv", path=str(Path(sys.executable).parent)) or shutil.which("uv")
    env = clean_env(venv)
    if uv:
        subprocess.run([uv, "venv", "-q", "--python", sys.executable, str(venv)], check=True, env=env)
        install = [uv, "pip", "install", "-q", "--python", str(venv / "bin" / "python"), *args]
    else:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, env=env)
        install = [str(venv / "bin" / "pip"), "install", "-q", *args]
    subprocess.run(install, check=True, cwd=ROOT, env=env, timeout=600)
    return venv


def quizgen(venv: Path, cwd: Path, *args: str, ok: bool = True) -> subprocess.CompletedProcess:
    proc = subprocess.run([str(venv / "bin" / "quizgen"), *args], cwd=cwd, env=clean_env(venv),
                          capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    assert "Traceback" not in proc.stderr + proc.stdout, f"quizgen {' '.join(args)}:\n{proc.stderr}"
    if ok:
        assert proc.returncode == 0, f"quizgen {' '.join(args)} exited {proc.returncode}:\n{proc.stderr}"
    return proc


def test_no_extra_is_installed(fresh_venv):
    """The check below is only worth something if the optional backends really are missing."""
    for module in ("psycopg", "dask", "fsspec", "pytest"):
        proc = subprocess.run([str(fresh_venv / "bin" / "python"), "-c", f"import {module}"],
                              capture_output=True, env=clean_env(fresh_venv))
        assert proc.returncode != 0, f"{module} is installed by the plain install"


def test_every_command_and_format(fresh_venv, tmp_path):
    out = tmp_path / "out"
    quizgen(fresh_venv, tmp_path, "--help")
    quizgen(fresh_venv, tmp_path, "--version")
    quizgen(fresh_venv, tmp_path, "extract", str(SEED), "-o", str(out / "sample.bank.json"))
    bank = out / "sample.bank.json"
    assert quizgen(fresh_venv, tmp_path, "facts", str(SEED)).stdout.strip()
    quizgen(fresh_venv, tmp_path, "facts", str(SEED), "--json")
    quizgen(fresh_venv, tmp_path, "validate", str(bank))
    quizgen(fresh_venv, tmp_path, "schema")
    listed = quizgen(fresh_venv, tmp_path, "formats").stdout
    assert set(EXPORT_FORMATS) == {line.split()[0] for line in listed.splitlines() if line[:1].strip()}
    for fmt in EXPORT_FORMATS:
        target = out / f"sample.{fmt}.out"
        quizgen(fresh_venv, tmp_path, "export", str(bank), "--format", fmt, "-o", str(target))
        assert target.stat().st_size > 0, fmt
    quizgen(fresh_venv, tmp_path, "worksheet", str(bank), "-o", str(out / "sheets"), "--format", "both",
            "--count", "10")
    assert sorted(p.suffix for p in (out / "sheets").iterdir()) == [".html", ".html", ".pdf", ".pdf"]
    corpus = quizgen(fresh_venv, tmp_path, "extract", str(SEED), "-o", str(out / "corpus") + "/", "--jobs", "1")
    assert "1 article" in corpus.stderr


def test_serve_starts_and_answers(fresh_venv, tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([str(fresh_venv / "bin" / "quizgen"), "serve", str(SEED), "--port", str(port),
                             "--db", str(tmp_path / "serve.sqlite"), "--count", "5"],
                            cwd=tmp_path, env=clean_env(fresh_venv), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        page = None
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as resp:
                    page = resp.read().decode()
                break
            except OSError:
                time.sleep(0.3)
        assert page is not None, "the class server did not answer"
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            stdout, stderr = proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            stdout, stderr = proc.communicate()
    assert "Class code:" in stdout
    assert "Traceback" not in stderr, stderr


@pytest.mark.parametrize("args, extra", [
    (["serve", "{bank}", "--db", "postgresql+psycopg://quiz@127.0.0.1:9/quiz"], "postgres"),
    (["extract", "s3://quizgen-example/articles/", "-o", "corpus/"], "cloud"),
    (["extract", "{seed}", "-o", "corpus/", "--engine", "dask"], "dask"),
])
def test_missing_backend_names_its_extra(fresh_venv, tmp_path, args, extra):
    bank = tmp_path / "sample.bank.json"
    if not bank.exists():
        quizgen(fresh_venv, tmp_path, "extract", str(SEED), "-o", str(bank))
    args = [a.format(bank=bank, seed=SEED) for a in args]
    proc = quizgen(fresh_venv, tmp_path, *args, ok=False)
    assert proc.returncode != 0
    errors = [line for line in proc.stderr.splitlines() if line.startswith("quizgen: error:")]
    assert errors and f"pip install 'quizgen[{extra}]'" in errors[0], proc.stderr
