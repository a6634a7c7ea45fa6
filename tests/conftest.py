"""Shared test setup.

Tests marked ``browser`` or ``postgres`` need Chromium or a PostgreSQL server. The test command
(``bash .ci/test.sh``) provides both and sets QUIZGEN_REQUIRE_SYSTEM=1; then, and in CI, such a
test that would skip fails instead, so a missing system package can never pass unnoticed.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
ARTICLES = DATA / "articles"
GOLD = DATA / "gold"
SEED = ROOT / "seeds" / "battle-of-shusha-2020.md"

REQUIRE_SYSTEM = bool(os.environ.get("QUIZGEN_REQUIRE_SYSTEM") or os.environ.get("CI"))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if REQUIRE_SYSTEM and report.skipped and (item.get_closest_marker("browser") or item.get_closest_marker("postgres")):
        report.outcome = "failed"
        report.longrepr = f"{item.nodeid}: skipped, but browser/PostgreSQL tests must run here ({report.longrepr})"


@pytest.fixture(scope="session")
def seed_doc():
    from quizgen.load import load_path

    return load_path(SEED)
