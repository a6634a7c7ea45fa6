"""Property-based tests: whatever text comes in, loading and the rules either work or raise the
documented InputError, never anything else."""

from __future__ import annotations

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quizgen.errors import InputError
from quizgen.extract import extract_facts
from quizgen.generate import generate
from quizgen.load import load_text
from quizgen.pipeline import Options

from conftest import ARTICLES, SEED

REAL = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.md"))] + [SEED.read_text(encoding="utf-8")]

_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=40))
_values = st.recursive(_scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                         st.dictionaries(st.text(max_size=10), inner, max_size=4)),
                       max_leaves=12)
_frontmatter = st.dictionaries(st.sampled_from(["title", "description", "infoboxes", "pubDate", "x"]), _values, max_size=5)
_words = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)
_prose = st.lists(st.sampled_from([
    "On 8 May 1992, the forces captured Shusha.", "In 1920 up to 20,000 people fled.", "He said \"it is over\".",
    "President Ilham Aliyev stated that 300+ servicemen were killed.", "## Heading", "* item 4 November",
    "According to Reporters Without Borders, 80 journalists were trapped.", "![img](x.png)", "|a|b|\n|-|-|\n|1|2|",
    "from 14 to 16 November", "the 1750s", "44 BC", "Mi-24", "c. 1750", "U.S.", "", "\n\n", "(", "\"", "–",
]), max_size=30).map(" ".join)


def _run(text: str) -> None:
    try:
        doc = load_text(text, "random.md")
    except InputError:
        return
    facts = extract_facts(doc)
    generate(doc, facts, Options())


settings.register_profile("quizgen", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("quizgen")


@settings(max_examples=150)
@given(_words)
def test_random_text(text):
    _run(text)


@settings(max_examples=150)
@given(_frontmatter, _prose)
@example({"infoboxes": [{"\r": 100}]}, "On 8 May 1992, the forces captured Shusha.")  # a date field labelled by white space
def test_random_frontmatter_and_prose(meta, body):
    try:
        header = yaml.safe_dump(meta, allow_unicode=True)
    except yaml.YAMLError:
        return
    _run(f"---\n{header}---\n\n{body}\n")


@settings(max_examples=60)
@given(st.sampled_from(range(len(REAL))), st.floats(min_value=0, max_value=1))
def test_truncated_real_articles(index, fraction):
    text = REAL[index]
    _run(text[: int(len(text) * fraction)])


@settings(max_examples=60)
@given(st.sampled_from(range(len(REAL))), st.integers(min_value=0, max_value=60000), st.text(max_size=20))
def test_corrupted_real_articles(index, position, junk):
    text = REAL[index]
    position = min(position, len(text))
    _run(text[:position] + junk + text[position:])
