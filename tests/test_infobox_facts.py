"""Infobox facts: the seed's conflict box, an officeholder box and a settlement box."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.extract import infobox
from quizgen.load import load_path, load_text

from conftest import ARTICLES, SEED

SHARED = ARTICLES  # angela-merkel.md; toronto.md is in seeds/


def by_field(facts, field):
    return [f for f in facts if f.attrs["field"] == field]


@pytest.fixture(scope="module")
def seed_facts():
    return infobox.extract(load_path(SEED if SEED.exists() else ARTICLES / "battle-of-shusha-2020.md"))


def test_seed_date_range(seed_facts):
    [date] = by_field(seed_facts, "date")
    assert date.value == "2020-11-06/2020-11-08"
    assert date.attrs["type"] == "date" and date.attrs["label"] == "Date"
    assert date.attrs["infobox_title"] == "Battle of Shusha"
    assert date.sentence is None and date.span is None


def test_seed_commanders_per_side(seed_facts):
    side1 = [f.value for f in by_field(seed_facts, "commander1")]
    side2 = [f.value for f in by_field(seed_facts, "commander2")]
    assert side1 == ["Hikmat Mirzayev", "Kanan Seyidov", "Zaur Javanshir", "Tehran Mansimov", "Gunduz Safarli"]
    assert side2 == ["Seyran Ohanyan", "Hovhannes Avagyan", "Argishti Kyaramyan", "Artur Vanetsyan"]
    f = by_field(seed_facts, "commander2")[0]
    assert (f.attrs["type"], f.attrs["side"], f.attrs["side_name"]) == ("person", 2, "Republic of Artsakh / Armenia")
    assert by_field(seed_facts, "commander1")[0].attrs["side_name"] == "Azerbaijan"


def test_seed_strength_with_sources(seed_facts):
    strength = [(f.value, f.attrs["source"], f.attrs["qualifier"], f.attrs["counts"], f.attrs["side"])
                for f in seed_facts if f.attrs["field"].startswith("strength")]
    assert strength == [
        (400, "Azerbaijan", None, "soldiers of the Special Forces", 1),
        (6000, "other sources", None, "strength in surrounding area", 1),
        (2000, "Azerbaijan", "+", "servicemen", 2),
    ]


def test_seed_casualties_per_source_and_vague_items_skipped(seed_facts):
    casualties = [(f.attrs["field"], f.value, f.attrs["source"], f.attrs["qualifier"], f.attrs["counts"])
                  for f in seed_facts if f.attrs["field"].startswith("casualties")]
    assert casualties == [
        ("casualties1", 356, "Azerbaijan", None, "soldiers killed"),
        ("casualties2", 300, "Armenia", "+", "servicemen killed"),
        ("casualties2", 150, "Artsakh", "+", "servicemen killed"),
        ("casualties2", 1, "Artsakh", None, "police officer wounded"),
        ("casualties2", 1500, "Azerbaijan", "+", "servicemen killed"),
        ("casualties3", 2000, "Russia", "+", "servicemen killed in total"),
        ("casualties3", 4500, "Artsakh", "~", "Armenians displaced"),
    ]
    assert not any("Unspecified" in f.text or "Hundreds" in f.text for f in seed_facts)
    assert {f.attrs["label"] for f in seed_facts if f.attrs["field"].startswith("casualties")} == {
        "Casualties and losses"}


def test_seed_skips_layout_fields(seed_facts):
    fields = {f.attrs["field"] for f in seed_facts}
    assert not fields & {"image", "image_size", "caption", "conflict"}
    assert {"partof", "place", "result", "units1", "combatant2"} <= fields


def test_officeholder_box():
    doc = load_path(SHARED / "angela-merkel.md") if (SHARED / "angela-merkel.md").exists() else None
    if doc is None:
        pytest.skip("dev corpus not available")
    facts = infobox.extract(doc)
    born = by_field(facts, "birth_date")[0]
    assert (born.value, born.attrs["label"], born.attrs["type"]) == ("1954-07-17", "Born", "date")
    start = by_field(facts, "term_start")[0]
    assert (start.value, start.attrs["office"]) == ("2005-11-22", "Chancellor of Germany")
    assert [f.value for f in by_field(facts, "president")] == [
        "Horst Köhler", "Christian Wulff", "Joachim Gauck", "Frank-Walter Steinmeier"]
    spouses = by_field(facts, "spouse")
    assert [(f.value, f.attrs.get("note")) for f in spouses] == [
        ("Ulrich Merkel", "m. 1977; div 1982"), ("Joachim Sauer", "m. 1998")]
    # a pair of keys: the label of 1namedata5 comes from 1blankname5
    assert {f.value: f.attrs["label"] for f in by_field(facts, "1namedata5")} == {
        "Volker Kauder": "Chief Whip", "Norbert Röttgen": "Chief Whip"}
    # "Constituency established" is no person; a continued line is one item
    assert "Constituency established" not in [f.value for f in facts]
    assert [f.value for f in by_field(facts, "office11")] == ["Member of the Bundestag for Mecklenburg-Vorpommern"]
    assert not by_field(facts, "image") and not by_field(facts, "signature")


def test_settlement_box():
    path = SEED.parent / "toronto.md"
    if not path.exists():
        pytest.skip("dev corpus not available")
    facts = infobox.extract(load_path(path))
    mayor = by_field(facts, "leader_name")[0]
    assert (mayor.value, mayor.attrs["label"], mayor.attrs["type"]) == ("Rob Ford", "Mayor", "person")
    pop = by_field(facts, "population_total")[0]
    assert (pop.value, pop.attrs["as_of"], pop.attrs["type"]) == (2615060, "2011", "figure")
    area = by_field(facts, "area_total_km2")[0]
    assert (area.value, area.attrs["unit"], area.attrs["label"]) == (630, "km²", "Area")
    incorporated = by_field(facts, "established_date1")[0]
    assert (incorporated.value, incorporated.attrs["label"], incorporated.attrs["note"]) == (
        "1834-03-06", "Incorporated", "as Toronto")
    assert by_field(facts, "settled_date")[0].value == "1750"
    fields = {f.attrs["field"] for f in facts}
    assert not fields & {"blank_info", "blank1_info", "latd", "image_map", "postal_code", "utc_offset"}


def test_generic_fallbacks_from_text():
    text = """---
title: Example
infoboxes:
  - name:
      text: Example Station
    opened:
      text: 3 March 1999
    founder:
      text: "* Jane Roe (engineer)\\n* Ministry of Transport"
    ridership_2010:
      text: "about 12,000"
    chief_engineer:
      text: Some Body
    image:
      text: Station.jpg
---
Body text here.
"""
    facts = infobox.extract(load_text(text, "x.md"))
    got = {(f.attrs["field"], f.attrs["type"]): f for f in facts}
    assert got[("opened", "date")].value == "1999-03-03"
    assert got[("opened", "date")].attrs["label"] == "Opened"
    founders = [f for f in facts if f.attrs["field"] == "founder"]
    assert [(f.value, f.attrs.get("note")) for f in founders] == [("Jane Roe", "engineer")]
    ridership = got[("ridership_2010", "figure")]
    assert (ridership.value, ridership.attrs["qualifier"]) == (12000, "about")
    assert got[("chief_engineer", "text")].attrs["label"] == "Chief engineer"
    assert all(f.attrs["infobox_title"] == "Example Station" for f in facts)
    assert not [f for f in facts if f.attrs["field"] == "image"]


def test_parse_figure_qualifiers():
    assert infobox.parse_figure("more than 2,000 corpses")["qualifier"] == "more than"
    fig = infobox.parse_figure("1,300–1,600 meters")
    assert fig["value"] == [1300, 1600]
    assert infobox.parse_figure("Hundreds of servicemen missing") is None
    assert infobox.label_for("birth_date") == "Born"
    assert infobox.label_for("death_cause") == "Death cause"


def test_conflict_box_variants():
    text = """---
title: x
infoboxes:
  - conflict:
      text: Battle of Somewhere
    combatant1:
      text: |-
        Kingdom of A
        Supported by:
        Kingdom of C
    combatant2:
      text: Republic of B
    commander1:
      text: |-
        Maj. Gen. John Smith †
        Jane Doe (POW)
    casualties1:
      text: |-
        3,000 killed, 5,000 wounded
        Per B: 12,000 killed
    casualties2:
      text: "about 1,000–2,000 killed; 300 captured"
---
Body.
"""
    facts = infobox.extract(load_text(text, "x.md"))
    commanders = by_field(facts, "commander1")
    assert [(f.value, f.attrs.get("rank"), f.attrs.get("note")) for f in commanders] == [
        ("John Smith", "Maj. Gen.", None), ("Jane Doe", None, "POW")]
    assert commanders[0].attrs["side_name"] == "Kingdom of A / Kingdom of C"
    assert "Supported by:" not in [f.text for f in facts]
    assert [(f.value, f.attrs["source"], f.attrs["counts"]) for f in by_field(facts, "casualties1")] == [
        (3000, None, "killed"), (5000, None, "wounded"), (12000, "B", "killed")]
    assert [(f.value, f.attrs["qualifier"]) for f in by_field(facts, "casualties2")] == [
        ([1000, 2000], "about"), (300, None)]


def test_every_shared_qualifier_is_read_in_an_infobox():
    # the infobox reads the same qualifier table as the figure rules, longest phrase first
    from quizgen.vocab import QUALIFIERS

    for phrase, meaning in QUALIFIERS.items():
        fig = infobox.parse_figure(f"{phrase} 2,500 troops")
        assert (fig["value"], fig["qualifier"], fig["counts"]) == (2500, meaning, "troops"), phrase
    assert infobox.parse_figure("no less than 40 ships")["qualifier"] == "at least"
    assert infobox.parse_figure("well over 40 ships")["qualifier"] == "over"
    # only a whole word qualifies: "handsome" does not end in the qualifier "some"
    assert infobox.parse_figure("Handsome 40 ships")["qualifier"] is None
