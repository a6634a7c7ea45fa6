"""The package's data flows one way: a module may import modules of its own stage or of a lower
one, never of a higher one (the bank format must not depend on extraction, and so on)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "quizgen"

# Lowest first. A module is placed by the longest prefix of its dotted name listed here.
STAGES: list[tuple[str, ...]] = [
    ("quizgen", "quizgen.errors", "quizgen.optional", "quizgen.model", "quizgen.vocab", "quizgen.formats",
     "quizgen.qtypes", "quizgen.prompts"),
    ("quizgen.load", "quizgen.inputs"),
    ("quizgen.extract",),
    ("quizgen.generate", "quizgen.context", "quizgen.quality"),
    ("quizgen.bank",),
    ("quizgen.pipeline", "quizgen.corpus"),
    ("quizgen.render", "quizgen.selection", "quizgen.templating", "quizgen.grade", "quizgen.export",
     "quizgen.serve"),
    ("quizgen.cli", "quizgen.__main__"),
]


def stage_of(module: str) -> int:
    best, best_len = None, -1
    for level, prefixes in enumerate(STAGES):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best_len:
                best, best_len = level, len(prefix)
    if best is None:
        raise AssertionError(f"{module} has no stage: add it to STAGES")
    return best


def module_name(path: Path, root: Path = PACKAGE) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported(path: Path, root: Path = PACKAGE) -> list[tuple[int, str]]:
    """(line, module) of every quizgen module the file imports, at the top or inside a function."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    me = module_name(path, root)
    package = me if path.name == "__init__.py" else me.rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.split(".")[0] == "quizgen"]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(up + ([base] if base else []))
            if base.split(".")[0] != "quizgen":
                continue
            for a in node.names:  # "from quizgen import corpus" imports the module quizgen.corpus
                sub = f"{base}.{a.name}"
                where = root.parent / Path(*sub.split("."))
                is_module = where.with_suffix(".py").exists() or where.is_dir()
                found.append((node.lineno, sub if is_module else base))
    return sorted(set(found))


def violations(root: Path = PACKAGE) -> list[str]:
    out = []
    for path in sorted(root.rglob("*.py")):
        me = module_name(path, root)
        for line, target in imported(path, root):
            if stage_of(target) > stage_of(me):
                out.append(f"{path.relative_to(root.parent)}:{line}: {me} (stage {stage_of(me)}) imports "
                           f"{target} (stage {stage_of(target)})")
    return out


def test_no_module_imports_a_later_stage():
    assert violations() == []


def test_every_module_has_a_stage():
    for path in PACKAGE.rglob("*.py"):
        stage_of(module_name(path))


@pytest.mark.parametrize("source", [
    "from quizgen import corpus\n",
    "def f():\n    from quizgen.pipeline import Options\n",
    "import quizgen.cli\n",
    "from .corpus import run_corpus\n",
])
def test_the_check_sees_a_lower_stage_importing_a_higher_one(tmp_path, source):
    # the bank format importing the corpus run, as it once did, at the top or inside a function
    fake = tmp_path / "quizgen"
    (fake / "cli").mkdir(parents=True)
    for name in ("__init__.py", "corpus.py", "pipeline.py", "cli/__init__.py"):
        (fake / name).write_text("", encoding="utf-8")
    (fake / "bank.py").write_text(source, encoding="utf-8")
    found = violations(fake)
    assert len(found) == 1 and "quizgen.bank (stage 4) imports" in found[0]


def module_level_rebinds(source: str) -> list[str]:
    """Names a module binds twice at its top level: the later binding silently replaces the
    earlier one for every function that reads it."""
    seen: dict[str, int] = {}
    for node in ast.parse(source).body:
        names = [t.id for t in node.targets if isinstance(t, ast.Name)] if isinstance(node, ast.Assign) else \
            [node.name] if isinstance(node, (ast.FunctionDef, ast.ClassDef)) else []
        for name in names:
            seen[name] = seen.get(name, 0) + 1
    return sorted(name for name, count in seen.items() if count > 1)


def test_no_module_binds_a_top_level_name_twice():
    rebound = {str(p.relative_to(PACKAGE)): names for p in sorted(PACKAGE.rglob("*.py"))
               if (names := module_level_rebinds(p.read_text(encoding="utf-8")))}
    assert rebound == {}


def test_the_rebind_check_sees_a_pattern_defined_twice():
    assert module_level_rebinds("import re\nA = re.compile('x')\ndef f():\n    return A\nA = re.compile('y')\n") == ["A"]
