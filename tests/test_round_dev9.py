"""Rules added after reading the multiple-choice verdicts of the latest measures, each shown on
invented text."""

from __future__ import annotations

from tests.test_round_dev7 import bank
from tests.test_round_dev8 import people


def choices(body: str, words: str, title: str = "Vell") -> list[tuple[list[str], str]]:
    return [(q["choices"], q["answer"]["text"]) for q in bank(body, title)
            if q["type"] == "multiple_choice" and words in q["prompt"]]


def money(text: str) -> int:
    return int(text.strip("$").replace(",", ""))


def test_a_figure_compared_with_a_printed_one_keeps_its_side_and_its_distance():
    body = ("Vell is a country of Orn with 4 million people. Its capital is Hask.\n\n"
            "## Economy\n\n"
            "The median household income was $31,200 in 2011, down from ____ in 2010 and the lowest of the decade. "
            "Average rent rose from $410 in 2000 to $655 in 2010. "
            "Tourism brought in $120,000 in 1990, and the mines earned $84,000 in 1995. "
            "Exports of wool reached $250,000 in 2005.").replace("____", "$32,000")
    pairs = {"$31,200": 31_200, "$32,000": 32_000, "$410": 410, "$655": 655}
    asked = choices(body, "down from") + choices(body, "Average rent rose")
    assert asked
    for options, key in asked:
        printed = {"$31,200": 32_000, "$32,000": 31_200, "$410": 655, "$655": 410}[key]
        gap = pairs[key] - printed
        # every option changes the printed value the way the sentence says, by a plausible amount
        # (no fall of half a household's income in one year)
        assert all(0.2 <= (money(o) - printed) / gap <= 4 for o in options), (key, options)


def test_a_share_the_sentence_calls_most_of_the_whole_has_options_over_half():
    body = ("Vell is a country of Orn. Its capital is Hask.\n\n"
            "Vell is highly urbanized, with 88% of its population living in cities. "
            "Some 12% of the land is farmed, 30% is forest and 45% is grassland.")
    for options, key in choices(body, "highly urbanized"):
        assert key == "88%"
        assert all(float(o.rstrip("%")) > 50 for o in options), options


def test_the_answers_own_years_place_a_sentence_with_no_date_for_its_options():
    body = ("Vell is a country of Orn.\n\n## History\n\n"
            "In 1810 General Peter Hask led the army of Vell against Orn. "
            "General Mark Tamo, his ally, won the battle of Kerr in 1812.\n\n"
            "## Recent times\n\n"
            "In 1976 General Anne Brandt seized power in a coup. "
            "In 1981 General John Lund replaced Brandt and started a war with Orn in 1982. "
            "The country lost the war within two months.\n\n"
            "## Later\n\n"
            "Carl Rasmussen replaced John Lund and began the return to democratic rule.")
    found = choices(body, "replaced John Lund")
    found += [(o, k) for o, k in choices(body, "Carl Rasmussen replaced")]
    for options, key in choices(body, "replaced ____"):
        found.append((options, key))
    for options, key in found:
        assert not {"Peter Hask", "Mark Tamo"} & set(options), options


def test_a_name_ends_before_a_hyphened_word_that_says_what_it_led():
    assert people("In 1966 the Juan Tamo Brandt-led coup ended the government.") == ["Juan Tamo Brandt"]
    assert people("A Peter Hask-era law was passed in 1950.") == ["Peter Hask"]
    assert people("Anne Smith-Jones was born in Vell.") == ["Anne Smith-Jones"]
