"""Date rules: what counts as a date, how it is normalised, and how a missing year is found."""

from __future__ import annotations

import json
import re
import unicodedata

import pytest

from quizgen.extract import dates, extract_facts
from quizgen.load import load_path, load_text

from conftest import ARTICLES, GOLD


def doc_of(body: str, frontmatter: str = "") -> object:
    return load_text(f"---\ntitle: x\n{frontmatter}---\n{body}\n", "x.md")


def found(body: str, frontmatter: str = "") -> list[tuple[str, str]]:
    return [(f.text, f.value) for f in dates.extract(doc_of(body, frontmatter))]


def one(body: str, frontmatter: str = ""):
    facts = dates.extract(doc_of(body, frontmatter))
    assert len(facts) == 1, [(f.text, f.value) for f in facts]
    return facts[0]


# ---------------------------------------------------------------- full dates and months

def test_day_month_year_both_orders():
    f = one("On 8 May 1992, the Armenian forces launched successful offensive to capture Shusha.")
    assert (f.text, f.value, f.attrs) == ("8 May 1992", "1992-05-08", {"precision": "day", "year_inferred": False})
    assert found("Human Rights Watch confirmed an attack on the city on October 8, 2020, calling it a war crime.") == [
        ("October 8, 2020", "2020-10-08")]


def test_span_points_into_document_text():
    doc = doc_of("Intro.\n\nIn March 2021, the agency stated that Armenia had used Iskander missiles.")
    f = dates.extract(doc)[0]
    assert doc.text[f.span[0]:f.span[1]] == "March 2021" == f.text
    assert f.value == "2021-03" and f.attrs["precision"] == "month"


def test_month_year_with_part_of_month():
    assert found("In late December 1990, violence quickly enveloped the city.") == [("late December 1990", "1990-12")]
    assert found("IKEA announced in March of 2021 the launch of IKEA Studio.") == [("March of 2021", "2021-03")]


def test_month_pair_shares_the_year():
    assert found("He died in Tanzhou in November or December 770, in his 58th year.") == [
        ("November", "0770-11"), ("December 770", "0770-12")]


# ---------------------------------------------------------------- ranges and pairs

def test_day_range_in_one_month():
    f = one("The battle lasted from 6–8 November 2020 in the mountains.")
    assert f.text == "6–8 November 2020" and f.value == "2020-11-06/2020-11-08"
    assert found("The storm passed on November 6–8, 2020.") == [("November 6–8, 2020", "2020-11-06/2020-11-08")]


def test_day_range_with_inferred_year():
    body = ("On 16 November 2020, Harutyunyan stated that 150 bodies were recovered. "
            "Pashinyan stated that over 300 bodies were recovered from 14 to 16 November.")
    facts = dates.extract(doc_of(body))
    assert [(f.text, f.value, f.attrs["year_inferred"]) for f in facts] == [
        ("16 November 2020", "2020-11-16", False), ("14 to 16 November", "2020-11-14/2020-11-16", True)]


def test_day_month_range_without_year():
    body = ("Ise was converted at Kure from 23 February to 5 September 1943 and Hyūga at Sasebo "
            "from 2 May to 30 November.")
    assert found(body) == [("23 February to 5 September 1943", "1943-02-23/1943-09-05"),
                           ("2 May to 30 November", "1943-05-02/1943-11-30")]
    body = "The ship left on 20 December 1943. She sailed from 30 December to 2 January."
    assert found(body)[-1] == ("30 December to 2 January", "1943-12-30/1944-01-02")


def test_year_ranges():
    assert found("Directly prior to the Armenian-Azerbaijani War of 1918–1920, Armenians formed a slight majority.") == [
        ("1918–1920", "1918/1920")]
    assert found("He played college football in 1944 and from 1946 to 1948.") == [
        ("1944", "1944"), ("1946 to 1948", "1946/1948")]
    assert found("As deputy assistant secretary of state for Africa from 1981–87, Bishop chaired task forces.") == [
        ("1981–87", "1981/1987")]


def test_full_date_range_is_one_range_but_a_lifespan_is_two_dates():
    assert found("The exhibition ran from 3 September 1939 to 31 December 1947 in London.") == [
        ("3 September 1939 to 31 December 1947", "1939-09-03/1947-12-31")]
    assert found('Richard Gale "Dick" Rifenburg (August 21, 1926 – December 5, 1994) was an American football player.') == [
        ("August 21, 1926", "1926-08-21"), ("December 5, 1994", "1994-12-05")]


def test_parenthesised_year_pairs():
    # a name before the parenthesis and a lifetime's length: birth and death
    assert found("The first notable Japanese appreciator of Du Fu's poetry was Kokan Shiren (1278–1346), a monk.") == [
        ("1278", "1278"), ("1346", "1346")]
    # an era, or a short term of office: one span
    assert found("During the Kan'ei era of the Edo period (1624–1643), the commentary was imported into Japan.") == [
        ("1624–1643", "1624/1643")]
    assert found("During his previous assignment as Ambassador to Liberia (1987–90), Bishop oversaw the evacuation.") == [
        ("1987–90", "1987/1990")]


def test_birth_death_span_across_a_year_range_with_day_month_start():
    f = one("His reign lasted 20 January – 11 December 1936.")
    assert f.value == "1936-01-20/1936-12-11"


# ---------------------------------------------------------------- years, decades, seasons, eras

def test_years_used_as_years():
    assert found("The city was captured in 1992 by Armenian Armed Forces.") == [("1992", "1992")]
    assert found("Subsequently, in 1923, under the Soviet rule, the oblast was created.") == [("1923", "1923")]
    assert found("He started nine games for the 1947 team.") == [("1947", "1947")]
    assert found("The crew of the helicopters were using an outdated 1969 map.") == [("1969", "1969")]
    assert found("The city had learned from previous experience with severe storms in 1926, 1928, and 1929.") == [
        ("1926", "1926"), ("1928", "1928"), ("1929", "1929")]
    assert found("The storm caused $3 million in damage (1933 USD) after destroying 6,848 homes.") == [("1933", "1933")]
    assert found("She was known for representing Azerbaijan in Eurovision Song Contest 2016.") == [("2016", "2016")]


def test_decades_and_parts_of_years():
    assert found("From medieval times through the 1750s the city was the centre of a principality.") == [
        ("the 1750s", "1750/1759")]
    f = one("In the early 1990s, the fighting escalated.")
    assert (f.text, f.value, f.attrs["precision"]) == ("the early 1990s", "1990/1999", "decade")
    assert found("In the late 1980s, there was increasing rebellion.") == [("the late 1980s", "1980/1989")]
    f = one("Beginning in late 1991, Shusha became used by Azerbaijani forces as a base.")
    assert (f.text, f.value, f.attrs["precision"]) == ("late 1991", "1991", "year")
    assert found("In the fall of 1944, Rifenburg enrolled at the University of Michigan.") == [("the fall of 1944", "1944")]
    body = "The rebellion began in December 755. He moved on in the summer of 759; this has been ascribed to famine."
    assert found(body)[-1] == ("the summer of 759", "0759")
    # without a sign that the article is about the first millennium, 759 stays a number
    assert found("He moved on in the summer of 759; this has been ascribed to famine.") == []


def test_more_forms():
    assert found("Remember the 5th of November 1605 plot.") == [("the 5th of November 1605", "1605-11-05")]
    assert found("It opened on Nov. 5, 1990 in Boston.") == [("Nov. 5, 1990", "1990-11-05")]
    assert found("During the winter of 1941–42 the siege continued.") == [("the winter of 1941–42", "1941/1942")]
    assert found("The record was set on 2020-11-08 at noon.") == [("2020-11-08", "2020-11-08")]
    assert found("It lasted from 1939 until 1945.") == [("1939 until 1945", "1939/1945")]
    assert found("On 3 and 4 May 2001, elections were held.") == [("3 and 4 May 2001", "2001-05-03/2001-05-04")]


def test_approximate_dates_are_marked():
    f = one("The 1/4 abacus appeared circa 1930, and became widespread.")
    assert (f.value, f.attrs.get("approximate")) == ("1930", True)
    assert "approximate" not in one("The city was captured in 1992 by Armenian forces.").attrs


def test_ancient_years():
    assert found("The emperor Domitian died in AD 96 in Rome.") == [("AD 96", "0096")]
    assert found("Caesar was assassinated in 44 BC in the senate.") == [("44 BC", "-0043")]
    assert found("The period 2700–2300 BC saw the first appearance of the Sumerian abacus.") == [
        ("2700–2300 BC", "-2699/-2299")]
    # three-digit years in an article about the eighth century
    text = "An Lushan rebelled in December 755. He married around 752, and by 757 the couple had five children."
    assert found(text) == [("December 755", "0755-12"), ("752", "0752"), ("757", "0757")]


def test_two_digit_years_in_an_article_on_the_first_centuries():
    lead = "Gaius (3 March 12 AD – 5 May 70 AD) was a Roman senator.\n\n"
    assert found(lead + "On 18 September 61, the senate met in the temple.")[-1] == ("18 September 61", "0061-09-18")
    assert found(lead + "In September 69 the legions marched.")[-1] == ("September 69", "0069-09")
    assert found(lead + "The suicide of Nero on 9 June 68 brought the dynasty to an end.")[-1] == (
        "9 June 68", "0068-06-09")
    assert found(lead + "He attained the consulship in 40 under Caligula.")[-1] == ("40", "0040")
    assert found(lead + "He helped expose the Pisonian conspiracy of 65.")[-1] == ("65", "0065")
    assert found(lead + "He led an army of 65 men.")[-1][0] != "65"
    # a count stays a count, and a modern article keeps two-digit numbers out of dates
    assert not any("40" in t for t, _ in found(lead + "On 18 September 40 soldiers deserted."))
    assert [t for t, _ in found("The war ended in 1945. On 18 September 61, the senate met.")] == [
        "1945", "18 September"]


# ---------------------------------------------------------------- not dates

@pytest.mark.parametrize("text", [
    "The cliffs rise 1,300–1,600 meters above the valley.",
    "Per Azerbaijan, 2,000+ servicemen were killed.",
    "The Mi-24 helicopter was shot down over the border.",
    "A Boeing 747 landed at the airport.",
    "Until the middle of the 19th century, the city was the cultural centre.",
    "The next day, busts of poets were returned to the city.",
    "On 4 December, at 12:00 (GMT+4) local time, a moment of silence was held.",
    "Johnston sent Col. Johnston with 1300 men to the fort.",
    "The ministry plans to cut the infant mortality rate to 400 for every 100,000 live births.",
    "He holds the records for points (1508), assists (444), and steals (156).",
    "It made landfall at Jupiter, Florida, at 0500 UTC.",
    "The name of Nobel Avenue in Baku has been changed to \"8 November\" Avenue.",
    "The festival usually lasts for four to five days in September.",
    "The page numbers run from p. 1200–1210 in the second volume.",
])
def test_not_dates(text):
    assert [pair for pair in found(text) if pair[0] != "4 December"] == []


def test_numbers_in_rose_bowl_sentence_only_the_date():
    assert found("In the January 1, 1948 Rose Bowl, Michigan rolled to a 49–0 victory over USC.") == [
        ("January 1, 1948", "1948-01-01")]


# ---------------------------------------------------------------- inferred years

def test_year_from_nearest_explicit_date():
    body = ("On 27 September 2020, an Azerbaijani offensive marked the beginning of clashes. "
            "On 8 October, the cathedral came under bombardment.")
    facts = dates.extract(doc_of(body))
    assert [(f.text, f.value, f.attrs["year_inferred"]) for f in facts] == [
        ("27 September 2020", "2020-09-27", False), ("8 October", "2020-10-08", True)]


def test_year_across_sentences_and_paragraphs():
    body = ("The 1933 Treasure Coast hurricane formed on August 31.\n\n"
            "Early on September 2, a ship reported a barometric pressure of 978 mbar.")
    assert found(body) == [("1933", "1933"), ("August 31", "1933-08-31"), ("September 2", "1933-09-02")]


def test_year_turns_over_after_december():
    body = ("On 30 December 1990, violence escalated.\n\n"
            "On the morning of 31 December, the attaché was nearly killed. "
            "On New Year's Day, the first American civilians began to seek refuge at the embassy.")
    assert found(body)[-2:] == [("31 December", "1990-12-31"), ("New Year's Day", "1991-01-01")]


def test_a_date_something_is_put_off_to_does_not_move_the_story_year():
    body = ("On October 26, 2009, it was announced that the bout was off.\n\n"
            "The fight was rescheduled for the winter show on January 2, 2010.\n\n"
            "On November 4, it was confirmed that the champion was ill.")
    assert found(body)[-1] == ("November 4", "2009-11-04")


def test_a_look_back_does_not_move_the_story_year():
    body = ("In January 2021, at a meeting, Pashinyan said that before the forces seized Shusha in 1992, "
            "most residents were Azerbaijanis. On 29 January, a journalist protested the statement.")
    assert found(body)[-1] == ("29 January", "2021-01-29")


def test_year_from_infobox_date_when_the_text_has_none_before():
    fm = "infoboxes:\n  - date:\n      text: November 6, 2020 – November 8, 2020\n"
    f = one("Local warfare erupted near the city on 29 October.", fm)
    assert (f.value, f.attrs["year_inferred"]) == ("2020-10-29", True)


def test_no_anchor_no_date():
    assert found("On 29 October, local warfare erupted near the city.") == []


def test_explicit_following_year():
    body = ("Edward signed the instruments of abdication on 10 December 1936. "
            "The formal documents were not signed until 8 March the following year.")
    assert found(body)[-1] == ("8 March", "1937-03-08")


def test_parse_date_text_for_infobox_values():
    assert dates.parse_date_text("November 6, 2020 – November 8, 2020") == ("2020-11-06/2020-11-08", "day")
    assert dates.parse_date_text("20 January – 11 December 1936") == ("1936-01-20/1936-12-11", "day")
    assert dates.parse_date_text("December 21, 1968, 12:51:00 UTC") == ("1968-12-21", "day")
    assert dates.parse_date_text("1040 (c. 430 AH)") == ("1040", "year")
    assert dates.parse_date_text("April 1709") == ("1709-04", "month")
    assert dates.parse_date_text("Unspecified") is None


# ---------------------------------------------------------------- the gold set

def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", str(s or ""))
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("*", "").replace("_", " ")
    s = re.sub(r"[‐-―−]", "-", s)
    return re.sub(r"\s+", " ", s).strip().casefold()


def _same_sentence(a: str, b: str) -> bool:
    a, b = _fold(a), _fold(b)
    if a in b or b in a:
        return True
    wa, wb = set(re.findall(r"\w+", a)), set(re.findall(r"\w+", b))
    return len(wa & wb) / max(1, len(wa | wb)) >= 0.6


def test_gold_dates_scores():
    """Precision, recall and value accuracy over the five annotated articles stay at their level."""
    gold_n = pred_n = matched = right = 0
    for gold_path in sorted(GOLD.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8")).get("dates", [])
        doc = load_path(ARTICLES / gold_path.name.replace(".json", ".md"))
        preds = dates.extract(doc)
        used: set[int] = set()
        for g in gold:
            for i, p in enumerate(preds):
                if i not in used and _same_sentence(g["sentence"], p.sentence.text) and (
                        _fold(g["text"]) in _fold(p.text) or _fold(p.text) in _fold(g["text"])):
                    used.add(i)
                    matched += 1
                    right += _fold(g["value"]) == _fold(p.value)
                    break
        gold_n += len(gold)
        pred_n += len(preds)
    precision, recall, value = matched / pred_n, matched / gold_n, right / matched
    assert precision >= 0.98, precision
    assert recall >= 0.95, recall
    assert value >= 0.98, value


def test_three_digit_years_of_births_and_deaths_outside_ancient_texts():
    assert found("The mathematician Abu Kamil was born c. 850 in Egypt and wrote on algebra.") == [("850", "0850")]
    assert found("The prophet died in 632, and his companions chose a successor.") == [("632", "0632")]
    assert found("He was born 300 miles from the sea.") == []
    assert found("Of the 850 members, most were born abroad.") == []


# ---------------------------------------------------------------- context years

def _timeline(days: int, heading: str = "March 2020") -> str:
    """A generated outbreak timeline: daily counts that run into the thousands, then a day."""
    lines, total = [f"## {heading}\n"], 0
    for day in range(1, days + 1):
        total += 37 * day
        lines.append(f"On {day} March, {37 * day} new cases were confirmed, bringing the total "
                     f"number of confirmed cases up to {total}.")
    return "\n\n".join(lines)


def test_a_running_count_is_never_the_year_of_later_dates():
    doc = load_text(f"---\ntitle: Outbreak\n---\n{_timeline(12)}\n\nOn 15 April, schools closed.\n", "t.md")
    got = {f.text: f.value for f in dates.extract(doc)}
    assert got["15 April"] == "2020-04-15"
    assert all(v.startswith("2020") for v in got.values()), got
    assert not any(re.fullmatch(r"\d{4}", t) for t in got), got  # no count read as a year


def test_the_sections_heading_gives_the_year_of_its_dates():
    body = ("Ships sailed in 1801.\n\n## The campaign of 1805\n\nOn 21 October, the fleets met.\n\n"
            "## Aftermath\n\nOn 4 November, four more ships were taken.\n")
    got = {f.text: f.value for f in dates.extract(load_text(f"---\ntitle: x\n---\n{body}", "x.md"))}
    assert got["21 October"] == "1805-10-21"
    assert got["4 November"] == "1805-11-04"


def test_a_heading_that_is_a_year_dates_its_days():
    body = ("The war ended in 1763, and the peace of 1761 had failed.\n\n## Europe\n\n### 1756\n\n"
            "The island was captured on 28 June. War was declared on 17 May.\n\n### Coaches since 1963\n\nOn 3 May, the coach left.\n")
    got = {f.text: f.value for f in dates.extract(load_text(f"---\ntitle: x\n---\n{body}", "x.md"))}
    assert got["28 June"] == "1756-06-28"
    assert got["17 May"] == "1756-05-17"
    assert not got.get("3 May", "").startswith("1963"), got  # nor does "since 1963"


def test_a_bare_year_past_every_dated_event_sets_no_context():
    body = ("The fund opened on 3 May 1990. Its rules were to last until 2090.\n\n"
            "On 9 June, the first grants were paid.\n")
    got = {f.text: f.value for f in dates.extract(load_text(f"---\ntitle: x\n---\n{body}", "x.md"))}
    assert got["9 June"] == "1990-06-09"


# ---------------------------------------------------------------- the first centuries AD

_EMPEROR = """---
title: Gaius Aurelius Varro
---
Gaius Aurelius Varro (AD 12 – 79) was a Roman general and governor.

In 69, the legions of the east declared for him. He governed Syria from 81 to 96, when he retired
to his estates. Until 70 he lived in Rome, where he kept 40 ships and 12 legions.
"""


def test_bare_years_of_an_early_ancient_article_are_years():
    doc = load_text(_EMPEROR, "varro.md")
    got = {f.text: f.value for f in dates.extract(doc)}
    assert got["69"] == "0069"
    assert got["81 to 96"] == "0081/0096"
    assert got["70"] == "0070"
    assert "40" not in got and "12" not in got  # counts stay counts
    figures_found = {f.text for f in extract_facts(doc) if f.kind == "figure"}
    assert {"40", "12"} <= figures_found and not {"69", "81", "96", "70"} & figures_found


def test_small_numbers_stay_counts_outside_early_articles():
    doc = load_text(_EMPEROR.replace("AD 12 – 79", "1812 – 1879"), "varro.md")
    got = {f.text for f in dates.extract(doc)}
    assert not {"69", "81 to 96", "70"} & got


def test_years_spent_somewhere_and_weeks_of_a_month():
    got = {f.text: f.value for f in dates.extract(load_text(
        "---\ntitle: x\n---\nOn 2 May 1858 she left Ohio. She spent 1861 in Vermont until October 3, "
        "when she moved south. During the last week of August, the roads flooded.\n", "x.md"))}
    assert got["1861"] == "1861"
    assert got["October 3"] == "1861-10-03"  # the year just named, not the older one
    assert got["August"] == "1861-08"


def test_a_work_cited_by_author_and_year():
    assert found("Marlow 1957 argues that the bridge was never finished.") == [("1957", "1957")]
    assert found("Marlow 1957 bridges were never finished.") == []


@pytest.mark.parametrize("era, value", [("B.C.E.", "-0479"), ("BCE", "-0479"), ("B.C.", "-0479"),
                                        ("C.E.", "0480"), ("A.D.", "0480")])
def test_every_era_word_of_the_vocabulary_dates_a_year(era, value):
    assert found(f"The temple was finished in 480 {era} and stood for centuries.") == [(f"480 {era}", value)]


def test_a_month_after_late_in_a_year_is_of_the_next_year():
    got = found("In March 1992 a new party took power. The banks began to fail in late 1996, and savers "
                "protested. The protests turned violent in February as troops fired. In March the police "
                "deserted. In September the schemes were wound up.")
    assert ("February", "1997-02") in got and ("March", "1997-03") in got, got
    assert ("September", "1997-09") in got, got  # the story has moved on to the next year
    got = found("The works began in late 1880. In October the roof was raised.")
    assert ("October", "1880-10") in got, got  # a month of the second half stays in the same year


def test_days_and_months_of_every_year_get_no_year():
    text = ("---\ntitle: Vell\n---\nVell was founded in 1925.\n\n## Climate\n"
            "The rainy season starts on June 7 and ends on July 21.\n\n## Festivals\n"
            "The Orn Matsuri (June 30 – July 2) draws crowds.\n\n## History\nOn 3 May the town flooded.\n")
    values = [f.value for f in dates.extract(load_text(text, "v.md"))]
    assert values == ["1925", "1925-05-03"]


def test_three_digit_life_years_after_a_name_in_a_modern_article():
    assert found("The poet Al-Hariri (1054–1122) and the scholar Ibn Malik (600–672) wrote grammars.") == \
        [("1054", "1054"), ("1122", "1122"), ("600", "0600"), ("672", "0672")]
    assert found("The building has (600–672) rooms in total.") == []


def test_life_years_after_a_maiden_name_or_with_old_style_dates_are_two_dates():
    got = found("He was born to Ivan Orlov (1783–1847) and Maria Orlova (née Kasina) (1793–1850). Ivan taught.")
    assert ("1793", "1793") in got and ("1850", "1850") in got
    got = found("Pyotr Ivanovich Orlov (often romanized as Orloff) (English: OR-lof; IPA: [ˈorlof] (listen); "
                "8 February 1834 – 2 February 1907 [OS 27 January 1834 – 20 January 1907]) was a Russian chemist.")
    assert got == [("8 February 1834", "1834-02-08"), ("2 February 1907", "1907-02-02"),
                   ("27 January 1834", "1834-01-27"), ("20 January 1907", "1907-01-20")]
    assert found("The Edo period (1624–1643) was long.") == [("1624–1643", "1624/1643")]
    # a building's bracketed years are the years it was built
    assert found("Landmarks were built, including the Royal Palace (1825–1848) and the Stock Exchange.") == [
        ("1825–1848", "1825/1848")]


def test_a_date_without_a_year_takes_the_year_the_sentence_goes_on_to():
    got = dict(found("In 1863 he began the work. He presented it at two meetings on 8 February and 8 March 1865. "
                     "In 1876 he met her. He married her (on 2 April) in early 1882."))
    assert got["8 February"] == "1865-02-08" and got["2 April"] == "1882-04-02"


def test_a_paragraph_with_no_date_before_a_day_takes_the_year_it_gives_a_little_after():
    got = dict(found("In 1863 the war went on.\n\nEmboldened by the win, the army invaded the north. The general led "
                     "45,000 men across the river on September 5. Then the king restored troops. They fought at "
                     "Orn on September 17, 1862, a bloody day."))
    assert got["September 5"] == "1862-09-05"
    got = dict(found("In 1863 the war went on. The army crossed the river on September 5. They fought at Orn on "
                     "September 17, 1862."))
    assert got["September 5"] == "1863-09-05"  # (a date before it in the paragraph still sets the year)


def test_a_day_inside_the_event_span_of_the_lead_takes_its_year_not_the_last_section_s():
    body = ("The Brindle Games were a sporting event held in Vellport from August 26 to September 11, 1972.\n\n"
            "## Bid\n\nVellport won the bid in 1966. Ostra hosted the following games in 1976.\n\n"
            "## Attack\n\nJust before dawn on September 5, eight men broke into the village.\n\n"
            "## Later\n\nOn September 5 of every year a wreath is laid.\n")
    assert ("September 5", "1972-09-05") in found(body)
    # a day outside the span still takes the text's year
    outside = body.replace("on September 5, eight", "on December 5, eight")
    assert ("December 5", "1976-12-05") in found(outside)


def test_that_month_takes_the_paragraph_s_year():
    assert found("In 1758 the army marched north. That June she lost a battle at Krefeld.") == [
        ("1758", "1758"), ("June", "1758-06")]


def test_the_one_year_the_first_sentence_names_decides_a_day_just_across_a_new_year():
    body = ("The Vell Revolution, also called the Revolution of 1688, was the overthrow of King Orn.\n\n"
            "## Parliament\n\nA parliament was elected on 5 January 1689, which convened on 22 January.\n\n"
            "On 30 December, Orn threatened to leave. On 28 January the House decided the throne was vacant.\n")
    got = dict(found(body))
    assert got["30 December"] == "1688-12-30" and got["28 January"] == "1689-01-28"


def test_a_spring_month_after_late_autumn_is_of_the_next_year():
    got = found("By 10 October 1810 the army stood before the lines. In late October, after a month, Orn fell back "
                "to Santarém. In March, with supplies exhausted, Orn managed a retreat to Salamanca.")
    assert ("March", "1811-03") in got and ("late October", "1810-10") in got
    # a month later in the same year stays in it
    assert ("December", "1810-12") in found("By 10 October 1810 the army stood. In late October, Orn fell back. "
                                               "In December the rains came.")


def test_a_caption_s_date_anchors_no_day_of_the_narrative_after_it():
    body = ("## Third campaign, 1810–1811\n\nThe French invaded Vell in 1810. The Battle of Orn, 5th March 1811 (1824) "
            "captures the fight between the redcoats and the French.\n\nMasséna attacked the ridge, resulting in the "
            "Battle of Brindle on 27 September.\n")
    assert ("27 September", "1810-09-27") in found(body)


def test_a_span_from_a_month_to_a_year_is_one_range():
    assert found("From September 1513 to 1516, under Pope Leo X, he lived in the Vatican.") == \
        [("September 1513 to 1516", "1513-09/1516")]
    assert found("She coached the side from March 2001 until 2003.") == [("March 2001 until 2003", "2001-03/2003")]
    assert ("1516", "1516") not in found("In September 1513 to 1516 soldiers were sent.")


def test_a_month_before_a_nationality_or_a_title_is_a_month():
    assert [f.text for f in dates.scan("In July British Major General Edward Vell led 2,000 troops.") if f.needs_year] == ["July"]
    assert [f.text for f in dates.scan("In May King Orn was crowned.") if f.needs_year] == ["May"]
    assert [f.text for f in dates.scan("He lived in March Street for ten years.") if f.needs_year] == []


def test_a_planned_year_and_a_spanning_heading_do_not_date_the_story():
    body = ("## Exit of the army: 1973–75\n\nThe truce was signed on 6 January 1975.\n\n### Campaign 275\n\n"
            "On 10 March 1975, General Vell launched Campaign 275, opening the road for a planned campaign in "
            "1976. The town fell on 11 March.\n\n### Final offensive\n\nOn 27 April the army encircled the capital.\n")
    got = {f.text: f.value for f in dates.extract(load_text(f"---\ntitle: x\n---\n{body}", "x.md"))}
    assert got["11 March"] == "1975-03-11"
    assert got["27 April"] == "1975-04-27"


def test_between_two_days_of_one_year_is_one_range():
    assert found("They married secretly between 23 October and 1 December 1707 in Vell.") == \
        [("23 October and 1 December 1707", "1707-10-23/1707-12-01")]


def test_ranges_written_short_between_months_or_from_a_day_to_a_month_are_one_span():
    got = dict(found("In 1630, the plague of 1629–31 killed a third of the citizens. In 1848–9, a revolt "
                     "re-established the republic. Between April and December 1775, Ivo Orn wrote five concertos. "
                     "Between the years of 1560 and 1658, Vell built an empire. The court stayed in Orn from "
                     "6 December 1774 to March 1775. The cold weather (the winter of 1708/09) sapped the army. "
                     "In April and December 1776 he travelled."))
    assert got["1629–31"] == "1629/1631" and got["1848–9"] == "1848/1849", got
    assert got["April and December 1775"] == "1775-04/1775-12", got
    assert got["1560 and 1658"] == "1560/1658", got
    assert got["6 December 1774 to March 1775"] == "1774-12-06/1775-03", got
    assert got["the winter of 1708/09"] == "1708/1709", got
    assert got["April"] == "1776-04" and got["December 1776"] == "1776-12", got  # two months, no span
    assert dict(found("In 1996/2001 the two reports came out.")) == {}


def test_three_digit_years_of_an_article_reaching_back_to_the_first_millennium():
    body = ("Beginning as early as AD 166 to 168, the Quadi destroyed the town. The first church was dedicated on "
            "25 March 421 (the Feast of the Annunciation). In 726 the soldiers of the Exarchate rose in a rebellion. "
            "In 775/6 the episcopal seat was created. The army was forced to withdraw (810). An agreement in 814 "
            "recognized Vell as imperial territory. During the reign of duke Ivo Orn (811–827) the seat moved. "
            "The council elected a Senate of 200 to 300 individuals.")
    got = dict(found(body))
    assert got["25 March 421"] == "0421-03-25" and got["726"] == "0726" and got["775/6"] == "0775/0776", got
    assert got["810"] == "0810" and got["814"] == "0814" and got["811–827"] == "0811/0827", got
    assert "200" not in got, got


def test_a_look_back_or_a_deadline_dates_no_later_day_and_a_year_heading_stands():
    body = ("## 2010: Drawdown\n\nOn 17 February 2010, the minister announced the change. These troops are "
            "required to leave Vell by 31 December 2011 under an agreement.\n\n"
            "On 7 September, two soldiers were killed at a base.\n\n"
            "## 2011: Withdrawal\n\nOn 29 June 2011, three soldiers were killed. June 2011 became the bloodiest "
            "month since June 2009.\n\nIn September, Vell signed a contract to buy 18 warplanes.\n")
    got = {f.text: f.value for f in dates.extract(load_text(f"---\ntitle: x\n---\n{body}", "x.md"))}
    assert got["7 September"] == "2010-09-07" and got["September"] == "2011-09", got


def test_a_month_opening_a_section_headed_by_a_span_after_another_sections_story_gets_no_year():
    body = ("## Early life\n\n### Cuba and Sudan: 1895–1899\n\nWhile in Bangalore in 1898, Ivo planned a "
            "campaign. He sailed back from Bombay in June. His book was published in November 1899.\n\n"
            "### Parliament and South Africa: 1899–1900\n\nIn December he returned to India for three months.\n")
    got = {f.text: f.value for f in dates.extract(load_text(f"---\ntitle: x\n---\n{body}", "x.md"))}
    assert "December" not in got, got


def test_a_number_in_a_composers_catalogue_is_no_year():
    assert found("His autograph of the Sonata No. 1 for solo violin (BWV 1001) survives. The overture, "
                 "Op. 1812, was first played in 1882.") == [("1882", "1882")]


def test_the_months_of_every_years_daylight_get_no_year():
    got = found("The fort was burned in 1814. The number of daylight hours is small during winter, while in "
                "June and the first half of July, the nights are relatively short.")
    assert got == [("1814", "1814")], got


def test_a_number_of_years_is_no_year():
    assert found("It was the bulwark against invasion from the East for 1000 years. The church stood for "
                 "1500 years until 1900.") == [("1900", "1900")]


def test_a_war_fought_from_october_6_to_25_dates_the_days_around_it():
    body = ("The Vell War was a war fought by Orn against Hask from October 6 to 25, 1973.\n\n"
            "## Prisoners\n\nWhen his body was returned in 1974, it showed signs of torture.\n\n"
            "## Other states\n\nA report as late as October 4 still called a war unlikely.\n\n"
            "The Lund supplied another 63,000 tons by means of a sealift by October 30.\n\n"
            "## Syrian front\n\nA decision had to be made whether to stop at the post-1967 border. "
            "The High Command spent all of October 10 debating it.\n\n"
            "## Commemorations\n\nIn Orn many places were named after the date of October 6, in memory of 1967.")
    got = dict(found(body))
    assert got["October 6 to 25, 1973"] == "1973-10-06/1973-10-25"
    assert got["October 4"] == "1973-10-04" and got["October 30"] == "1973-10-30"
    assert got["October 10"] == "1973-10-10"
    assert "October 6" not in got or got["October 6"] is None  # a day of every year


def test_a_three_digit_year_opening_a_sentence_or_after_established_in_a_modern_article():
    got = found("In 845, 600 ships sailed up the river and burned the town, then a place of around 500 people. "
                "The border between the two peoples, established about 810. The company built about 500 houses "
                "in 1950, and in 500 cases the roofs failed.")
    assert ("845", "0845") in got and ("810", "0810") in got, got
    assert not [t for t, _ in got if t.endswith("500") or t == "600"], got


def test_a_month_name_inside_a_longer_word_is_no_month():
    got = found("Augustus ruled Rome from 27 BC to AD 14. In the year 6 Augustus established the military treasury.")
    assert ("6", "0006") in got and not [t for t, _ in got if "August" in t], got  # "in the year 6", AD 6
    assert found("The fleet sailed on 6 August 1588.") == [("6 August 1588", "1588-08-06")]


def test_a_reign_in_brackets_after_a_numbered_ruler_is_one_span():
    assert ("1878–1903", "1878/1903") in found("The encyclical marked forty years since Pope Leo XIII's (1878–1903) letter.")
    assert ("1861–1878", "1861/1878") in found("The states were seized by the forces of King Victor Emmanuel II of Italy "
                                               "(1861–1878) in 1860.")


def test_a_year_opening_a_sentence_dates_its_days_however_late_in_the_article():
    got = found("The flood struck the town in March 1913.\n\n"
                "In 1995, the accord was negotiated at the air base near the town from November 1 to 21.")
    assert ("November 1 to 21", "1995-11-01/1995-11-21") in got


def test_a_number_of_millions_is_no_year():
    assert found("The treaty paid the Vatican 1750 million lira for the lost states.") == []


def test_kelvins_are_no_year_but_a_league_named_k_is():
    got = found("Above 1700 °C (1973 K / 3583 °F) the gem turns to graphite. The 2016 K League was won by Orn.")
    assert ("2016", "2016") in got and not [g for g in got if g[0] == "1973"]
