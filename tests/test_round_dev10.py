"""Rules added after reading the misses of a group of gold files annotated for a measure, each shown
on invented text."""

from __future__ import annotations

from tests.test_round_dev7 import sources
from tests.test_round_dev8 import people


def test_a_name_with_a_regnal_number_is_a_ruler_and_the_place_of_his_office_is_not_part_of_it():
    found = people("The temple was finished under Orvan, and he was succeeded by Tekhmose III in the spring. "
                   "Hask fled ahead of a horde led by Kassite chief Ulam-Meriaš, brother of the king of "
                   "Babylon Kurtiliash IV, who took the city.")
    assert "Tekhmose III" in found and "Kurtiliash IV" in found
    assert not any("Babylon" in name for name in found)


def test_numbered_parts_models_and_councils_are_no_rulers():
    found = people("The Panzer IV was built by the thousand. The council was called by Vatican II and "
                   "led by Pope Orvan. Part III of the book was written by Hask Tamo. The Type VII boats sailed.")
    assert not any(w in " ".join(found) for w in ("Panzer", "Vatican", "Part", "Type"))


def test_a_firm_named_with_an_ampersand_and_a_publisher_of_comics_are_no_people():
    found = people("Orvan began as a sub-editor for D. C. Tamsin & Co. Ltd, where he met the writer Hask Tamo. "
                   "His satire was published by Vellan Comics' Epic imprint.")
    assert "Hask Tamo" in found
    assert not any("Tamsin" in name or "Comics" in name for name in found)


def test_a_speaker_who_names_the_source_of_a_figure_in_the_quotation_passes_it_on():
    got = sources('Orvan Hask said in his speech: "According to the latest numbers gathered by the Vell '
                  'Writers Union, there are nearly one hundred writers in prison." '
                  'Tamo Rell said: "We lost 300 men."')
    assert got["nearly one hundred"] == "Vell Writers Union"
    assert got["300"] == "Tamo Rell"
