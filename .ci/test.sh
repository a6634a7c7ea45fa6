#!/usr/bin/env bash
# The whole test suite, on a fresh machine or a developer's: installs what the tests need
# (Debian packages, a virtualenv), starts a throwaway PostgreSQL, runs pytest, stops PostgreSQL.
#   bash .ci/test.sh              # everything
#   bash .ci/test.sh -k export    # extra arguments go to pytest
# Locally, QUIZGEN_SKIP_SYSTEM=1 skips the browser and PostgreSQL tests (CI never does).
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

# 1. Debian packages, only when missing: PDF tools and fonts for worksheets, Chromium for the
#    browser test. PostgreSQL 15 server binaries come with the machine image.
if [ "${QUIZGEN_SKIP_SYSTEM:-}" != 1 ]; then
  need=()
  for p in fonts-dejavu-core poppler-utils libharfbuzz-subset0 chromium; do
    dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
  done
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
  if [ ${#need[@]} -gt 0 ]; then
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    echo "Installing Debian packages: ${need[*]}"
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
  fi
fi

# 2. Python environment (uv resolves and installs in seconds).
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check uv
.venv/bin/uv pip install -q --python .venv/bin/python -e '.[test,postgres,dask]'

# 3. A throwaway PostgreSQL on 127.0.0.1 for the store tests.
if [ "${QUIZGEN_SKIP_SYSTEM:-}" != 1 ]; then
  PGENV=$(bash .ci/pg_start.sh)
  eval "$PGENV"
  trap 'bash .ci/pg_stop.sh' EXIT
  export QUIZGEN_REQUIRE_SYSTEM=1  # browser and PostgreSQL tests fail instead of skipping
fi

# 4. Tests.
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
