"""Inputs expanded into articles: one rule for folders, globs and lists, in every command."""

from __future__ import annotations

import json
from pathlib import Path

from quizgen.inputs import find_articles, is_article_name, iter_articles, iter_units
from quizgen.pipeline import extract

ARTICLE = "---\ntitle: {title}\n---\n\nThe bridge over the river opened on 4 May 1931. It cost $2 million.\n"


def write_tree(root: Path, names: list[str]) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(ARTICLE.format(title=path.stem), encoding="utf-8")


def rel(paths, root: Path) -> list[str]:
    return [Path(p).relative_to(root).as_posix() for p in paths]


def test_a_folder_is_walked_in_sorted_path_order_by_every_command(tmp_path):
    write_tree(tmp_path, ["b.md", "a/x.md", "c/y.md", "a/z/w.md", "c.md"])
    expected = ["a/x.md", "a/z/w.md", "b.md", "c/y.md", "c.md"]
    assert rel(find_articles([tmp_path])[0], tmp_path) == expected
    assert rel([u[1] for u in iter_units([str(tmp_path)], print)], tmp_path) == expected
    assert rel(sorted(p for p in tmp_path.rglob("*.md")), tmp_path) == expected


def test_notes_files_are_not_articles_in_a_folder_or_a_glob(tmp_path):
    write_tree(tmp_path, ["seeds/one.md", "seeds/SOURCES.md", "seeds/README.md", "seeds/sub/two.md",
                          "seeds/sub/notes.txt", "seeds/sub/Notes.md", "seeds/.draft.md"])
    want = ["seeds/one.md", "seeds/sub/two.md"]
    assert rel(find_articles([tmp_path / "seeds"])[0], tmp_path) == want
    for pattern in ("seeds/**/*.md", "seeds/**/*", "seeds/*/*.txt"):
        failures = []
        found = [u[1] for u in iter_units([str(tmp_path / pattern)], failures.append)]
        assert all(is_article_name(Path(p).name) for p in found), (pattern, found)
        assert set(rel(found, tmp_path)) <= set(want)
    # a glob that matches only notes says so, and the run goes on with the other inputs
    failures = []
    found = [u[1] for u in iter_units([str(tmp_path / "seeds/SOURCES.*"), str(tmp_path / "seeds/one.md")],
                                      failures.append)]
    assert rel(found, tmp_path) == ["seeds/one.md"]
    assert len(failures) == 1 and "no article matches" in failures[0].reason
    # named on its own, a notes file is read like any other file
    assert rel(find_articles([tmp_path / "seeds" / "README.md"])[0], tmp_path) == ["seeds/README.md"]


def test_a_glob_takes_the_same_articles_as_the_folder(tmp_path):
    write_tree(tmp_path, ["lib/a.md", "lib/LICENSE.md", "lib/deep/b.md", "lib/deep/CHANGELOG.md"])
    by_folder = find_articles([tmp_path / "lib"])[0]
    by_glob = find_articles([str(tmp_path / "lib" / "**" / "*.md")])[0]
    assert sorted(by_folder) == sorted(by_glob) and len(by_folder) == 2


def test_a_file_named_twice_is_one_article(tmp_path):
    write_tree(tmp_path, ["a.md", "b.md"])
    results, failures = extract([str(tmp_path), str(tmp_path / "a.md")])
    assert [r.document["id"] for r in results] == ["a", "b"] and not failures


def test_jsonl_lines_and_files_go_through_the_same_loop(tmp_path):
    write_tree(tmp_path, ["a.md"])
    text = (tmp_path / "a.md").read_text(encoding="utf-8")
    (tmp_path / "more.jsonl").write_text(json.dumps({"path": "a-again.md", "text": text}) + "\n\nnot json\n",
                                         encoding="utf-8")
    failures = []
    names = [name for name, _ in iter_articles([str(tmp_path)], failures.append)]
    assert [Path(n).name for n in names] == ["a.md", "more.jsonl:1", "more.jsonl:3"]
    results, failures = extract([str(tmp_path)])
    assert [r.document["id"] for r in results] == ["a", "a-again"]
    def asked(result):  # distractors are seeded by the question id, which holds the document's
        return [(q["type"], q["answer"]["text"]) for q in result.questions]

    assert asked(results[0]) == asked(results[1]) != []
    assert [f.reason.split(":")[0] for f in failures] == ["not a JSON line"]
