"""A missing optional backend is one line naming the extra that installs it."""

from __future__ import annotations

import pytest

from quizgen.optional import missing_extra


@pytest.mark.parametrize("exc, extra", [
    (ModuleNotFoundError("No module named 'psycopg'", name="psycopg"), "postgres"),
    (ModuleNotFoundError("No module named 'distributed'", name="distributed"), "dask"),
    (ModuleNotFoundError("No module named 'fsspec.core'", name="fsspec.core"), "cloud"),
    (ImportError("Install s3fs to access S3"), "cloud"),  # fsspec's own words for a missing protocol
])
def test_the_extra_is_named(exc, extra):
    found = missing_extra(exc)
    assert found is not None and f"pip install 'quizgen[{extra}]'" in str(found)
    assert "\n" not in str(found)


def test_other_import_errors_are_left_alone():
    assert missing_extra(ModuleNotFoundError("No module named 'numpyy'", name="numpyy")) is None
    assert missing_extra(ValueError("psycopg")) is None


def test_an_s3_url_without_its_backend_names_the_cloud_extra(tmp_path, capsys, monkeypatch):
    import importlib

    from quizgen.cli import main

    registry = importlib.import_module("fsspec.registry")

    # as if s3fs were not installed: fsspec raises ImportError("Install s3fs to access S3")
    monkeypatch.setitem(registry.known_implementations, "s3",
                        {"class": "quizgen_no_such_module.S3FileSystem", "err": "Install s3fs to access S3"})
    monkeypatch.delitem(registry._registry, "s3", raising=False)
    with pytest.raises(SystemExit) as info:
        main(["extract", "s3://example-bucket/articles/", "-o", f"{tmp_path}/corpus/"])
    assert info.value.code == 1
    errors = [line for line in capsys.readouterr().err.splitlines() if line.startswith("quizgen: error:")]
    assert errors == ["quizgen: error: s3://example-bucket/articles/: reading s3:// URLs needs the Python package "
                      "'s3fs', which is not installed; install it with: pip install 'quizgen[cloud]'"]
