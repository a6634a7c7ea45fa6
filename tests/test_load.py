"""Loading articles: mojibake repair, Markdown structure, sentences, infoboxes, bad input."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizgen.errors import InputError
from quizgen.load import load_path, load_text, repair_mojibake, split_sentences

from conftest import ARTICLES, SEED



def _exact_reversal(path: Path) -> str:
    return path.read_text(encoding="utf-8").encode("mac_roman").decode("utf-8")


@pytest.mark.parametrize("path", [SEED, ARTICLES / "du-fu.md", ARTICLES / "1933-treasure-coast-hurricane.md"])
def test_repair_is_exact_or_absent(path):
    raw = path.read_text(encoding="utf-8")
    fixed, how = repair_mojibake(raw)
    if path.name == "1933-treasure-coast-hurricane.md":
        assert how is None and fixed == raw  # clean text is left alone
    else:
        assert how == "utf-8 read as mac_roman"
        assert fixed == _exact_reversal(path)


def test_seed_names_and_flags_repaired(seed_doc):
    assert seed_doc.repaired == "utf-8 read as mac_roman"
    assert "Şuşa döyüşü" in seed_doc.text and "Շուշիի ճակատամարտ" in seed_doc.text
    commanders = seed_doc.infoboxes[0].get("commander1").text.split("\n")
    assert "Hikmat Mirzayev" in commanders  # no flag emoji glued to the name
    assert all("\uf8ff" not in line and "üá" not in line for line in commanders)
    assert seed_doc.infoboxes[0].get("date").text == "November 6, 2020 – November 8, 2020"


def test_du_fu_chinese_restored():
    doc = load_path(ARTICLES / "du-fu.md")
    assert "杜甫" in doc.text and "Ê" not in doc.text and "‚Ä" not in doc.text


def test_free_derry_repaired():
    doc = load_path(ARTICLES / "free-derry.md")
    assert "Seán" in doc.text and "‚Äî" not in doc.text


def test_mixed_text_repaired_line_by_line():
    text = "---\ntitle: Mixed\n---\n\nThe city of Şuşa is old.\n\nA caf\u00c3\u00a9 opened in 1999 \u00e2\u20ac\u201d briefly.\n"
    doc = load_text(text, "mixed.md")
    assert "Şuşa" in doc.text and "café" in doc.text and "—" in doc.text
    assert doc.repaired and doc.repaired.startswith("mixed")


@pytest.mark.parametrize("clean", [
    "The average annual temperature is 10\u00a0°C (50\u00a0°F).",  # the Mac Roman bytes of "ʡ"
    "The major groove is 22\u00a0Å wide.",  # of "ʁ"
    "It was a coup d’état against her husband.",  # of "Վ"
])
def test_clean_text_that_happens_to_round_trip_is_left_alone(clean):
    text = f"---\ntitle: Clean\n---\n\nThe city of Şuşa is old.\n\n{clean}\n"
    assert repair_mojibake(clean) == (clean, None)
    doc = load_text(text, "clean.md")
    assert clean.replace("\u00a0", " ") in doc.text and doc.repaired is None  # (white space is made plain)


@pytest.mark.parametrize("text, expected", [
    ("The Mi-24 was shot down. It crashed near Shusha.", 2),
    ("He moved to the U.S. in 1950 and stayed there.", 1),
    ("Many tools, e.g. the abacus, were used. Others were not.", 2),
    ("It was built c. 1750 by the khan. The walls remain.", 2),
    ("Lt. Gen. Hikmat Mirzayev led the assault. It began at dawn.", 2),
    ("The rate rose to 3.5 percent in 2010. Prices fell.", 2),
    ('He said "We will return." Then he left.', 2),
    ("The force (led by Maj. Rahimov) advanced. The city fell.", 2),
    ("John F. Kennedy was elected in 1960. He was young.", 2),
    ("Aliyev said: \"Shusha is ours!\" Crowds gathered.", 2),
    ("The company, Ikea Inc., grew. It opened stores.", 2),
    ("No. 5 Squadron flew that day. It returned safely.", 2),
])
def test_sentence_splitting(text, expected):
    spans = split_sentences(text)
    assert len(spans) == expected, [text[s:e] for s, e in spans]
    assert all(text[s:e] == text[s:e].strip() for s, e in spans)


def test_sentences_offsets_point_into_text(seed_doc):
    for s in seed_doc.sentences:
        assert seed_doc.text[s.start:s.end] == s.text


def test_markdown_structure_without_leaks():
    text = """---
title: Test
---

## History

The **Battle** of _Shusha_ began on [6 November](https://example.org) 2020.

![Map of the battle](https://wikipedia.org/wiki/Special:Redirect/file/map.png)

* A list item with **bold** text stands alone.

### Aftermath

The city fell.

## Bibliography

## External links

* [Official site](https://example.org) was listed here.
"""
    doc = load_text(text, "t.md")
    texts = [s.text for s in doc.sentences]
    assert texts == ["The Battle of Shusha began on 6 November 2020.", "A list item with bold text stands alone.",
                     "The city fell."]
    assert doc.sentences[0].section == ("History",)
    assert doc.sentences[2].section == ("History", "Aftermath")
    assert "**" not in doc.text and "_Shusha_" not in doc.text and "png" not in doc.text


def test_bibliography_entries_are_not_sentences():
    text = """---
title: Test
---

She published her first book in 1969 and moved to Paris in 1965.

## Selected writings

* Powers of Horror: An Essay on Abjection. New York: Columbia University Press, 1982.
* Anna Example, *Readings of Exile*, Palgrave Macmillan, 1996. (Shortlisted for a prize in 1997.)
* "An Essay on Time." *Parallax* issue 8, 1998.
* The second book sold well in France in 1975.

Her novel was published by Penguin, 1999.
"""
    texts = [s.text for s in load_text(text, "t.md").sentences]
    assert texts == ["She published her first book in 1969 and moved to Paris in 1965.",
                     "The second book sold well in France in 1975."]


def test_wiki_markup_a_converter_left_is_no_sentence():
    text = ("---\ntitle: T\n---\n\nThe club was founded in 1883. Managers since 1945: 3 ==Honours== Winners (5): 1993. "
            "Aggregate |- | rowspan=3| 1995–96 | UEFA Cup | 3–1. The ground holds 8,473 people.\n")
    texts = [s.text for s in load_text(text, "t.md").sentences]
    assert texts[0] == "The club was founded in 1883." and texts[-1] == "The ground holds 8,473 people."
    assert not any(re.search(r"==|\||rowspan", t) for t in texts) and "Winners (5): 1993." in texts


def test_a_list_label_run_into_a_paragraph_is_left_out():
    text = ("---\ntitle: T\n---\n\n## Media\n * Newspapers\n * Radio\nThe *Orn Guardian* is a weekly newspaper "
            "published every Wednesday in seven editions.\n\n* Two words\n")
    assert [s.text for s in load_text(text, "t.md").sentences] == [
        "Newspapers", "The Orn Guardian is a weekly newspaper published every Wednesday in seven editions.", "Two words"]


def test_an_article_in_another_language_is_refused_by_name(tmp_path):
    p = tmp_path / "panzerbuechse.md"
    p.write_text("---\ntitle: Panzerbüchse\n---\n\nDie Waffe wurde im Jahr 1942 in den Vereinigten Staaten "
                 "entwickelt und ist eine der ersten Waffen ihrer Art. Sie wurde von der Armee mit einer "
                 "neuen Munition eingesetzt, die auf eine Entfernung von 100 Metern wirkte. Nach dem Krieg wurde sie "
                 "durch eine größere Waffe ersetzt, die auch von den Truppen der Verbündeten genutzt wurde und bis "
                 "in die fünfziger Jahre im Dienst war.\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_path(p)
    assert "panzerbuechse.md" in str(info.value) and "not in English" in str(info.value)
    # English with a few foreign names and words still reads as English
    english = "---\ntitle: X\n---\n\nThe Rue de la Paix and the Unter den Linden are streets; der Spiegel is a magazine.\n"
    assert load_text(english, "x.md").sentences


def test_no_frontmatter_title_from_heading_or_name(tmp_path):
    p = tmp_path / "plain-article.md"
    p.write_text("# The Plain Article\n\nIt was founded in 1901 by settlers.\n", encoding="utf-8")
    assert load_path(p).title == "The Plain Article"
    q = tmp_path / "no-heading.md"
    q.write_text("It was founded in 1901 by settlers.\n", encoding="utf-8")
    assert load_path(q).title == "No Heading"


@pytest.mark.parametrize("content, reason", [
    (b"\x00\x01\x02binary", "binary file"),
    (b"---\ntitle: x\n---\n\nCaf\xe9 au lait.\n", "not UTF-8"),
    (b"---\ntitle: [unclosed\n---\n\nText here.\n", "frontmatter is not valid YAML"),
    (b"---\ntitle: x\n---\n\n   \n", "article body is empty"),
    (b"---\n- a\n- b\n---\n\nText.\n", "frontmatter is not a mapping"),
])
def test_bad_input_is_one_clear_error(tmp_path, content, reason):
    p = tmp_path / "bad.md"
    p.write_bytes(content)
    with pytest.raises(InputError) as info:
        load_path(p)
    assert reason in str(info.value) and "bad.md" in str(info.value)


def test_yaml_error_names_the_line(tmp_path):
    p = tmp_path / "bad.md"
    p.write_text("---\ntitle: ok\ndescription: fine\ninfoboxes: [unclosed\n---\n\nBody.\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_path(p)
    assert info.value.line == 4


def test_unreadable_and_missing(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_path(tmp_path / "missing.md")
    with pytest.raises(InputError, match="directory"):
        load_path(tmp_path)


def test_units_before_numbers_do_not_end_sentences():
    text = "He stood 6-ft. 4 in tall. He rose 30 ft. The next day he fell."
    assert [text[s:e] for s, e in split_sentences(text)] == ["He stood 6-ft. 4 in tall.", "He rose 30 ft.",
                                                             "The next day he fell."]


def test_folder_walk_skips_notes_and_hidden_files(tmp_path):
    from quizgen.inputs import find_articles

    for name in ("a.md", "b.markdown", "SOURCES.md", "README.md", ".hidden.md", "notes.pdf"):
        (tmp_path / name).write_text("Text of 1999.\n", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "c.md").write_text("x\n", encoding="utf-8")
    paths, errors = find_articles([tmp_path])
    assert [p.name for p in paths] == ["a.md", "b.markdown"] and not errors
    # named explicitly, any file is read
    assert [p.name for p in find_articles([tmp_path / "README.md"])[0]] == ["README.md"]


def test_one_long_paragraph_loads_in_linear_time():
    import time

    from quizgen.load import load_text

    line = " ".join(f"In {1800 + i % 200} the town had {i} people." for i in range(100_000))
    start = time.process_time()
    doc = load_text(f"---\ntitle: Town\n---\n{line}\n", "town.md")
    spent = time.process_time() - start
    assert len(doc.sentences) == 100_000
    assert spent < 8.0, spent  # quadratic (a copy of the rest of the text per period) took minutes


def test_a_tables_hidden_sort_key_is_left_out():
    doc = load_text("---\ntitle: x\ndescription: \"A weight of 7000100800000000000♠1.008.\"\n---\n\n"
                    "Its half-life is 7000220000000000000♠2.2 µs, and it weighs 7000100800000000000♠1.008 u.\n", "x.md")
    assert doc.text == "Its half-life is 2.2 µs, and it weighs 1.008 u."
    assert doc.description == "A weight of 1.008."
