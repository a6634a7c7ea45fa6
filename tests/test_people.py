"""People rules: which capitalised names are people, their mentions, roles and occurrences."""

from __future__ import annotations

import json
import re
import unicodedata

import pytest

from quizgen.extract import people
from quizgen.load import load_path, load_text

from conftest import ARTICLES, GOLD


def doc_of(body: str, frontmatter: str = ""):
    return load_text(f"---\ntitle: x\n{frontmatter}---\n{body}\n", "x.md")


def found(body: str, frontmatter: str = "") -> dict:
    return {f.value: f for f in people.extract(doc_of(body, frontmatter))}


# ---------------------------------------------------------------- evidence that a name is a person

def test_role_appositive_before_the_name():
    ppl = found("After two days of battle, on 8 November, the President of Azerbaijan, Ilham Aliyev, stated "
                "that Azerbaijani forces had taken control of Shusha; Armenia issued a denial.")
    assert list(ppl) == ["Ilham Aliyev"]
    assert ppl["Ilham Aliyev"].attrs["roles"] == ["President of Azerbaijan"]


def test_role_noun_before_the_name():
    ppl = found("In the meanwhile, the Armenian military commander Seyran Ohanyan, who was leading a group of "
                "16 men in the city, also left Shusha.")
    assert ppl["Seyran Ohanyan"].attrs["roles"] == ["Armenian military commander"]


def test_who_had_served_as_clause_gives_the_role():
    ppl = found("In the early morning, Argishti Kyaramyan, who had served as the head of the Armenian National "
                "Security Service (NSS) until October 2020, stating that his duties in the region were "
                "completely fulfilled, left Shusha.")
    assert ppl["Argishti Kyaramyan"].attrs["roles"] == ["head of the Armenian National Security Service (NSS)"]


def test_title_is_kept_out_of_the_name_and_becomes_a_role():
    ppl = found("On 9 November, the Azerbaijani Ministry of Defence released a video from the city, with a report "
                "by Major Zaur Rahimov in the end of it, confirming full Azerbaijani control.")
    p = ppl["Zaur Rahimov"]
    assert p.attrs["mentions"] == ["Major Zaur Rahimov", "Zaur Rahimov"]
    assert p.attrs["roles"] == ["Major"]
    assert p.text == "Zaur Rahimov"


def test_abbreviated_ranks_before_a_name():
    ppl = found("He spent most of the day with its commander, Gen. Norman Schwarzkopf.")
    assert "Norman Schwarzkopf" in ppl
    assert "Gen." in ppl["Norman Schwarzkopf"].attrs["roles"]


def test_appositive_after_the_name():
    ppl = found("In the late 1980s, there was increasing rebellion against the rule of Somali President Siad "
                "Barre, a military dictator who maintained tight control of power.")
    assert set(ppl["Siad Barre"].attrs["roles"]) == {"Somali President", "military dictator"}


def test_names_listed_with_a_known_person_are_people():
    ppl = found("These statements created a resonance in the country, with political figures like Ara Abramyan, "
                "Aram Sargsyan, Mikayel Minasyan, Naira Zohrabyan, Robert Kocharyan, and Zaruhi Postanjyan, "
                "criticising Pashinyan.")
    assert {"Ara Abramyan", "Aram Sargsyan", "Mikayel Minasyan", "Naira Zohrabyan", "Robert Kocharyan",
            "Zaruhi Postanjyan"} <= set(ppl)
    assert ppl["Ara Abramyan"].attrs["roles"] == ["political figure"]


def test_a_list_of_office_holders_each_with_the_office_before_the_comma():
    ppl = found("Also, in Turkey, Vice President Fuat Oktay, the Ministry of National Defence, Minister of Foreign "
                "Affairs, Mevlüt Çavuşoğlu, Minister of Justice, Abdulhamit Gül, and the chairman of Republican "
                "People's Party, Kemal Kılıçdaroğlu, congratulated the Azerbaijani people on the occasion.")
    assert set(ppl) == {"Fuat Oktay", "Mevlüt Çavuşoğlu", "Abdulhamit Gül", "Kemal Kılıçdaroğlu"}
    assert ppl["Mevlüt Çavuşoğlu"].attrs["roles"] == ["Minister of Foreign Affairs"]
    assert ppl["Abdulhamit Gül"].attrs["roles"] == ["Minister of Justice"]
    assert ppl["Fuat Oktay"].attrs["roles"] == ["Vice President"]


def test_office_run_into_the_name_without_a_comma():
    ppl = found("This was seconded by Azerbaijan's Acting Minister of Culture Anar Karimov who, in an interview "
                "on 1 December, brought a church in Baku as an example.")
    assert "Anar Karimov" in ppl
    assert "Culture Anar Karimov" not in ppl


def test_life_dates_and_student_of():
    ppl = found("The first notable Japanese appreciator of Du Fu's poetry was Kokan Shiren (1278–1346), a Rinzai "
                "Zen patriarch. His student Chūgan Engetsu composed many kanshi.")
    assert {"Kokan Shiren", "Chūgan Engetsu"} <= set(ppl)
    assert "Rinzai Zen patriarch" in ppl["Kokan Shiren"].attrs["roles"]


def test_given_name_with_middle_initial():
    ppl = found("Rifenburg, who was survived by three sons, (Douglas A., Gary R., and Bruce R.) one daughter "
                "(Wendy J. Colf) and two grandchildren, died in Cheektowaga, New York in December 1994.")
    assert {"Douglas A.", "Gary R.", "Bruce R.", "Wendy J. Colf"} <= set(ppl)


# ---------------------------------------------------------------- not people

def test_newspapers_places_and_peoples_are_not_people():
    ppl = found("Le Monde reported that the battle had turned in favour of Azerbaijan on 6 November, despite "
                "Artsakh's denial. Shusha, known to Armenians as Shushi, is usually referred to as the \"beating "
                "heart\" of the region. The Armenians and the Azerbaijanis vied to take control of Nagorno "
                "Karabakh. The Azerbaijani Ministry of Defence released a video.")
    assert ppl == {}


def test_a_name_inside_the_name_of_a_thing_is_no_mention():
    ppl = found("Nikita Khrushchev said that the plan would work. During the Khrushchev era, the city grew. "
                "Students of the Maxim Gorky Literature Institute met at Lenin Square.")
    assert list(ppl) == ["Nikita Khrushchev"]
    assert [o["text"] for o in ppl["Nikita Khrushchev"].attrs["occurrences"]] == ["Nikita Khrushchev"]


def test_teams_titles_of_works_and_periods_are_not_people():
    ppl = found("His father would often drive him to Bloomington, to watch Indiana Hoosiers games. The Late "
                "Permian saw many temnospondyls. The Assistant Architects were responsible for many cemeteries.")
    assert ppl == {}


# ---------------------------------------------------------------- mentions and occurrences

def test_surname_and_possessive_resolve_to_the_full_name_with_exact_offsets():
    doc = doc_of("On 8 November, the President of Azerbaijan, Ilham Aliyev, stated that Shusha was taken. "
                 "Later, Aliyev's office confirmed it, and President Aliyev hoisted the flag.")
    (p,) = people.extract(doc)
    assert p.value == "Ilham Aliyev"
    assert p.attrs["mentions"] == ["Ilham Aliyev", "Aliyev", "President Aliyev"]
    occ = p.attrs["occurrences"]
    assert [o["text"] for o in occ] == ["Ilham Aliyev", "Aliyev", "Aliyev"]
    for o in occ:
        assert doc.text[o["start"]:o["end"]] == o["text"]
        assert doc.sentences[o["sentence"]].start <= o["start"] < doc.sentences[o["sentence"]].end
    assert p.span == (occ[0]["start"], occ[0]["end"])


def test_role_evidence_cites_the_sentence_that_gives_the_role():
    doc = doc_of("The battle began. The Russian president Vladimir Putin stated that a critical situation arose.")
    (p,) = people.extract(doc)
    assert p.attrs["role_evidence"] == [{"role": "Russian president", "sentence": 1}]


def test_shared_surname_goes_to_the_person_named_last():
    ppl = found("Argishti Kyaramyan, the Armenian political scientist Suren Sargsyan, and the Armenian Mayor of "
                "Shusha, Artsvik Sargsyan, spoke. Later, Sargsyan refuted the report. The political scientist "
                "Aram Sargsyan disagreed.")
    assert [o["text"] for o in ppl["Artsvik Sargsyan"].attrs["occurrences"]] == ["Artsvik Sargsyan", "Sargsyan"]
    assert len(ppl["Suren Sargsyan"].attrs["occurrences"]) == 1


def test_initials_and_full_middle_name_are_one_person():
    ppl = found("On 1 January 1991, the US Ambassador to Somalia, James Keough Bishop, contacted the Department "
                "of State. In July 1989, James K. Bishop was appointed as ambassador to Somalia. Ambassador Bishop "
                "had significant experience in crisis management.")
    assert list(ppl) == ["James Keough Bishop"]
    assert ppl["James Keough Bishop"].attrs["mentions"] == [
        "James Keough Bishop", "James K. Bishop", "Ambassador Bishop", "Bishop"]


def test_biography_subject_and_bracketed_other_names():
    ppl = found('Richard Gale "Dick" Rifenburg (August 21, 1926 – December 5, 1994) was an American football '
                "player. Rifenburg played professionally. Along with Li Bai (Li Po), he is remembered. The poet "
                "Li Bai was his friend.", "description: x\n")
    assert ppl['Richard Gale "Dick" Rifenburg'].attrs["mentions"][:2] == ['Richard Gale "Dick" Rifenburg',
                                                                        "Rifenburg"]
    assert "Li Po" not in ppl
    assert "Li Po" in ppl["Li Bai"].attrs["mentions"]


def test_titles_alone_and_peerage():
    ppl = found("Sir William Howe commanded the army. The ministry of Lord North fell. Emperor Xuanzong was "
                "forced to flee the capital.")
    assert ppl["William Howe"].attrs["mentions"] == ["Sir William Howe", "William Howe"]
    assert "Lord North" in ppl
    assert "Emperor Xuanzong" in ppl  # known by one name: the title is part of it, as 'Lord North'


def test_prince_george_is_not_lloyd_george():
    ppl = found("The Welsh politician David Lloyd George spoke. His brother, Prince George, Duke of Kent, "
                "died in 1942. Prince George had served in the navy.")
    assert [o["text"] for o in ppl["David Lloyd George"].attrs["occurrences"]] == ["David Lloyd George"]
    assert len(ppl["George, Duke of Kent"].attrs["occurrences"]) == 2


def test_roles_with_a_verb_or_another_name_are_dropped():
    ppl = found("Adam Yates, Andrew Milner and the paleontologists Rainer Schoch and Anne Warren published it. "
                "The directors for Apollo 8 included Clifford E. Charlesworth, Glynn Lunney and Milton Windler.")
    for p in ppl.values():
        for role in p.attrs["roles"]:
            assert not role.endswith("s"), role
            assert "included" not in role, role


# ---------------------------------------------------------------- the gold set

def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", str(s or ""))
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("*", "").replace("_", " ")
    return re.sub(r"\s+", " ", s).strip().casefold()


def test_gold_people_scores():
    """Precision and recall on the annotated articles, as the shared scorer counts them."""
    gold_n = pred_n = matched = 0
    for gold_path in sorted(GOLD.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if "people" not in gold.get("annotated", ["people"]):
            continue
        doc = load_path(ARTICLES / gold_path.name.replace(".json", ".md"))
        preds = list(dict.fromkeys(_fold(f.attrs["name"]) for f in people.extract(doc)))
        used: set[int] = set()
        for g in gold.get("people", []):
            keys = {_fold(g["name"])} | {_fold(m) for m in g.get("mentions", []) if len(m.split()) >= 2}
            hit = next((i for i, p in enumerate(preds) if i not in used and p in keys), None)
            if hit is not None:
                used.add(hit)
        gold_n += len(gold.get("people", []))
        pred_n += len(preds)
        matched += len(used)
    precision, recall = matched / pred_n, matched / gold_n
    assert precision >= 0.97, precision
    assert recall >= 0.85, recall


@pytest.mark.parametrize("name", ["du-fu.md", "operation-eastern-exit.md"])
def test_every_occurrence_is_exact(name):
    doc = load_path(ARTICLES / name)
    for p in people.extract(doc):
        for o in p.attrs["occurrences"]:
            assert doc.text[o["start"]:o["end"]] == o["text"]
            s = doc.sentences[o["sentence"]]
            assert s.start <= o["start"] and o["end"] <= s.end
        for ev in p.attrs["role_evidence"]:
            assert 0 <= ev["sentence"] < len(doc.sentences)


def test_titled_surname_before_the_full_name_joins_it():
    ppl = found("Merkel met President Trump in March. Following the election of Donald Trump, the president of "
                "the United States, Donald Trump, visited Berlin.")
    assert "Trump" not in ppl
    assert "President Trump" in ppl["Donald Trump"].attrs["mentions"]


def test_initials_before_a_family_name():
    ppl = found("G. J. Toomer expressed some skepticism regarding Schramm's view, and D. M. S. Watson agreed.")
    assert {"G. J. Toomer", "D. M. S. Watson"} <= set(ppl)


def test_teams_magazines_and_addresses_are_not_people():
    ppl = found("Many people live in Toronto. The city is represented in the Canadian Football League by the Toronto "
                "Argonauts, who have won 16 Grey Cup titles. Sports Illustrated calls Stevens an expert. Kuan Yin "
                "Tong temple is located at KM2 Jalan Sultan Iskandar.")
    assert ppl == {}


def test_a_plural_role_before_one_name_is_a_team_and_institutions_name_no_one():
    ppl = found("The club lost to eventual UEFA Cup winners Bayern Munich. In 1966 Ivo Brandt organised the "
                "White House Conference on Civil Rights, whose 2,400 participants included Karl Osk.")
    assert "Bayern Munich" not in ppl and "Civil Rights" not in ppl
    ppl = found("In 1993, Presidents George H. W. Bush and Bill Clinton appointed him to the board.")
    assert set(ppl) == {"George H. W. Bush", "Bill Clinton"}
    assert found("The Bill of Rights was passed. The Art Institute opened in 1879.") == {}


def test_a_nationality_noun_before_and_honours_after_a_name_and_a_band_before_a_role():
    ppl = found("Although commonly attributed to Englishman David Coleman, this was actually said by Scotsman "
                "Sam Leitch. Fans include author Ian Rankin and Coldplay bassist Guy Berryman. The captain was "
                "the defender David Narey MBE.")
    assert {"David Coleman", "Sam Leitch", "Ian Rankin", "Guy Berryman", "David Narey"} <= set(ppl)
    assert "Coldplay" not in ppl and not any("MBE" in name for name in ppl)


def test_a_storys_characters_are_not_people():
    ppl = found("One of the protagonists of Possessions, Stephanie Delacour, is a journalist. In Giles Foden's "
                "novel it is said that Nicholas Garrigan, the fictional protagonist, is a fan. Ivo Brandt, a "
                "character actor, won the prize.")
    assert "Stephanie Delacour" not in ppl and "Nicholas Garrigan" not in ppl and "Giles Foden" in ppl
    assert "Ivo Brandt" in ppl


def test_teams_a_tenure_legal_forms_and_models_are_not_people():
    ppl = found("Ivo Brandt (born 1952) is a former outfielder who played for the Orn Cardinals (1974–79), Vell "
                "Padres (1980) and Hask Cubs (1986–88). Alsea, S.A.B. de C.V., is a restaurant operator. The "
                "Alexander Y Type was a bus built by Walter Alexander Coachbuilders. Thereafter, the Governor "
                "General met Karl Osk (1901–1980).")
    assert set(ppl) == {"Ivo Brandt", "Karl Osk"}


def test_honorifics_are_no_roles_and_a_titled_surname_vouches_for_the_full_name():
    ppl = found("The article Mr. Kipling's Survey was republished. The epitaph was developed by Rudyard Kipling. "
                "Sir Edwin Lutyens designed the Stone of Remembrance. China's President Xi Jinping spoke.")
    assert ppl["Rudyard Kipling"].attrs["mentions"] == ["Mr. Kipling", "Kipling", "Rudyard Kipling"]
    assert ppl["Rudyard Kipling"].attrs["roles"] == []
    assert ppl["Edwin Lutyens"].attrs["roles"] == []
    assert ppl["Xi Jinping"].attrs["roles"] == ["China's President"]


# ---------------------------------------------------------------- names without a given name

def test_one_word_names_with_a_role_a_list_or_a_cited_year():
    ppl = found("The view was held by such philosophers as Zenodorus and Archelaus, who wrote on vision. "
                "The Roman physician Soranus described the method. Holloway (1987) argued that the wall was older. "
                "Veradin himself admitted the error. The mathematician Marta Vell, Orsino and Callimet copied the "
                "tables.")
    assert {"Zenodorus", "Archelaus", "Soranus", "Holloway", "Veradin", "Marta Vell", "Orsino", "Callimet"} <= set(ppl)
    assert ppl["Soranus"].attrs["roles"] == ["Roman physician"]


def test_one_word_places_works_and_common_words_are_not_people():
    ppl = found("Interpolation suggested that the storm grew. The album Riverside (1974) sold well. "
                "Within Quarnia, Tom Reddle and Ann Moss described two clades. The rebels reached Miryang and "
                "Samnangjin. The buses are usually older model Kessler-Brandt. Visitors saw the stars Rigel and "
                "Sirius. Noh plays such as Hyakuza, Tomoe and Kanemaki were staged for Tom Reddle.")
    assert set(ppl) == {"Tom Reddle", "Ann Moss"}


def test_arabic_name_forms():
    ppl = found("He studied the works of Yusuf ibn Harun. Abd-el-karim, a critic of the method, wrote a refutation. "
                "Earlier writers (such as al-Qasimi) had argued otherwise. He was summoned by Caliph al-Mansur. "
                "The ire of the caliph al-Mansur bi-Nasr Allah followed.")
    assert {"Yusuf ibn Harun", "Abd-el-karim", "al-Qasimi", "al-Mansur bi-Nasr Allah"} <= set(ppl)
    assert "al-Mansur" not in ppl  # the short form is the same caliph


# ---------------------------------------------------------------- nicknames, suffixes, ranks

def test_nicknames_suffixes_and_ranks_stay_with_the_name():
    ppl = found('The band included Tyrone Hale and Earl "Bongo" Tate on keyboards. Stella was born to an affair '
                'with Owen “Big Toe” Marsh, a former boxer. The battalion, under Colonel Harold P. Weems, Jr., held '
                'the ridge. Private First Class Dale K. Morrow, a rifleman, stayed behind.')
    assert {'Earl "Bongo" Tate', "Owen “Big Toe” Marsh", "Harold P. Weems, Jr.", "Dale K. Morrow"} <= set(ppl)
    assert 'Harold P. Weems, Jr.' in ppl["Harold P. Weems, Jr."].attrs["mentions"]


# ---------------------------------------------------------------- people introduced by relation

def test_two_people_sharing_one_surname():
    ppl = found("The new band included brothers Dwight and Alvin Mercer on drums and bass. Hollis was the youngest "
                "son of Dr. Amos and Ruth (Keller) Pratt.")
    assert {"Dwight Mercer", "Alvin Mercer", "Amos Pratt", "Ruth Keller Pratt"} <= set(ppl)
    assert ppl["Amos Pratt"].attrs["mentions"] == ["Dr. Amos", "Amos"]


def test_children_listed_by_given_name_with_their_mothers():
    ppl = found("Her children:\n\n* Lena, born 3 March 1970, to Joan Pike\n* Corwin, born 1972, to Joan Pike\n\n"
                "Elmer Fitch (Ada Roe's father) ran a shop. She had two half-brothers: Rollo and Bastian.")
    assert {"Lena", "Corwin", "Joan Pike", "Elmer Fitch", "Rollo", "Bastian"} <= set(ppl)
    assert ppl["Elmer Fitch"].attrs["roles"] == ["Ada Roe's father"]


def test_given_name_alone_is_the_person_named_in_full():
    ppl = found("In 1843, he married Eliza Grane, his late wife's first cousin. Three children were born to "
                "Eliza and him.")
    assert list(ppl) == ["Eliza Grane"]
    assert ppl["Eliza Grane"].attrs["mentions"] == ["Eliza Grane", "Eliza"]


def test_names_of_the_subject_and_married_names_are_one_person():
    doc = load_text("---\ntitle: Bob Quell\ninfobox:\n  birth_date: 1 May 1940\n---\n"
                    "Robert Anton Quell (1 May 1940 – 2 June 1990) was a Jamaican singer. In 1966, Quell married "
                    "Rita Moss. He worked under the alias Donald Quell. Bob Quell and Rita Quell toured Europe. "
                    "The drummer Bunny Vale joined them. Bob Quell and Neville Oake (later known as Bunny Vale) "
                    "had been friends.\n", "bob-quell.md")
    names = [f.value for f in people.extract(doc)]
    assert names == ["Robert Anton Quell", "Rita Moss", "Bunny Vale"]
    forms = {f.value: f.attrs["mentions"] for f in people.extract(doc)}
    assert {"Bob Quell", "Donald Quell"} <= set(forms["Robert Anton Quell"])
    assert "Rita Quell" in forms["Rita Moss"]
    assert "Neville Oake" in forms["Bunny Vale"]


def test_explain_names_the_rule_that_took_or_dropped_each_candidate():
    explain: list = []
    people.extract(doc_of("The Greek mathematician Zenodorus proved it near Kessler Avenue."), explain=explain)
    rules = {e["name"]: (e["action"], e["rule"]) for e in explain}
    assert rules["Zenodorus"] == ("take", "mononym_with_evidence")
    assert rules["Kessler Avenue"] == ("drop", "not_name_shaped")


def test_possessors_of_kin_or_writings_and_lists_after_a_role_are_people():
    ppl = found("The method followed Orbanus's account of the eye. Among his students were Tavish, a Persian "
                "from Qom, and Yusuf ibn Daud. The boy dreamed of fame; his heroes were Leon Sparks and "
                "Omar Dallow. He was inspired by Marlon Teague. A musical was announced, starring Kevin Ayo as "
                "the singer. This ratio, Kessaro argued, would hold.")
    assert {"Orbanus", "Tavish", "Yusuf ibn Daud", "Leon Sparks", "Omar Dallow", "Marlon Teague", "Kevin Ayo",
            "Kessaro"} <= set(ppl)


def test_a_family_name_that_is_also_a_word_for_a_place():
    ppl = found("The 9th Infantry commander Colonel John G. Hill outlined the plan. Colonel Hill went forward to "
                "the base of Hill 209. The company held Hill 94.")
    assert list(ppl) == ["John G. Hill"]
    assert [o["text"] for o in ppl["John G. Hill"].attrs["occurrences"]] == ["John G. Hill", "Hill"]


def test_another_name_in_brackets_does_not_make_an_organisation_a_person():
    ppl = found("Public Eye (formerly known as Bern Declaration) is a non-profit organisation. The Harbour "
                "Carnival (also known as Harbourfest) takes place in July.")
    assert ppl == {}


def test_a_word_inside_a_bracket_that_names_a_system_is_no_other_name():
    ppl = found("The poet Lin Qiao (Wade–Giles: Lin Ch'iao) wrote about rivers.")
    assert ppl["Lin Qiao"].attrs["mentions"] == ["Lin Qiao", "Lin Ch'iao"]


def test_an_alias_after_a_name_is_the_same_person():
    ppl = found("On 16 July 1936, Jerome Vance, alias George Andrew Hale, produced a revolver.")
    assert list(ppl) == ["Jerome Vance"]
    assert ppl["Jerome Vance"].attrs["mentions"] == ["Jerome Vance", "George Andrew Hale"]


def test_given_names_listed_as_words_are_not_people():
    ppl = found("The writer Tobias Marle was born in 1911. Of his names – Marle, Andrew and Patrick – the last "
                "two came from saints.")
    assert list(ppl) == ["Tobias Marle"]


def test_a_name_read_as_a_place_once_is_still_a_person_with_evidence_of_one():
    ppl = found("The error is discussed in Orvanus. Orvanus himself admitted the error. Lindqvist notes that the "
                "text is obscure. He lived in Kelbra, and held a post in his native Kelbra.")
    assert set(ppl) == {"Orvanus", "Lindqvist"}


def test_names_made_of_nationality_words_are_no_people():
    doc = load_text("---\ntitle: Vell\n---\n"
                    "The novelist Ivo Brandt speaks Vellish, Serbian, Turkish, Slavic Macedonian and other languages.\n\n"
                    "The channel of Vell shows Dancing with the Stars, Big Brother Vell, Albanians Got Talent "
                    "and the cooking contest of Karl Osk.\n", "v.md")
    found = {p.value for p in people.extract(doc)}
    assert "Ivo Brandt" in found
    assert not found & {"Slavic Macedonian", "Albanians Got Talent", "Serbian"}, found


def test_a_sentence_adverb_is_no_given_name():
    got = found("Specifically Herodotus wrote about the wells of Vell, as the historian Herodotus said.\n\n"
                "Notably Karl Osk, the mayor of Hask, opened the harbour in 1931.")
    assert "Specifically Herodotus" not in got and "Notably Karl Osk" not in got
    assert "Teaching Alexander" not in found("Teaching Alexander the Great gave the tutor Ivo Brandt many books.")
    assert "Herodotus" in got


# ---------------------------------------------------------------- cost

def test_one_very_long_sentence_costs_time_in_proportion_to_its_length():
    """Each name is read with the few words around it, never with the whole sentence: a sentence of
    thousands of named clauses takes a fraction of a second (read once per name, it took minutes)."""
    import time

    given, family = ("Anna", "Boris", "Clara", "David"), ("Abbott", "Brenner", "Castell", "Dunmore")
    clauses = [f"on {1 + i % 28} May {1900 + i % 100} {given[i % 4]} {family[i // 4 % 4]} counted {i + 2} boats, "
               f"the mayor, {given[i // 16 % 4]} {family[i % 4]}, said"
               for i in range(2000)]
    doc = doc_of("It began " + " and ".join(clauses) + ".")
    people.extract(doc)  # (loads the name lists once)
    start = time.process_time()
    facts = people.extract(doc)
    assert time.process_time() - start < 6.0
    assert {f.value for f in facts} == {f"{g} {f}" for g in given for f in family}


def test_a_common_first_name_before_a_family_name_is_a_person():
    got = found("Alan Fairley became the first pilot of Testland to fly over the sea of Vell in 1961.\n\n"
                "In 1991, Helen Brandt became the first woman of Vell to cross the Orn mountains.\n\n"
                "The Rose Bowl of Hask and the Arthur Wint Drive were built in 1950.")
    assert {"Alan Fairley", "Helen Brandt"} <= set(got)
    assert not {"Rose Bowl", "Arthur Wint Drive", "Arthur Wint"} & set(got), got


def test_the_first_of_a_kind_of_person_is_a_person():
    got = found("In 1984, Tovar Quellin became the first Peruvian to fly in space.\n\n"
                "In 1987, Ossi Marbek of Vell became the first non-Peruvian citizen to cross the pass.\n\n"
                "Osmila Dray became the first paying traveller as a reporter for Vell Radio.\n\n"
                "New Hask became the first town to light its streets, and Orn Valley the first region to vote.")
    assert {"Tovar Quellin", "Ossi Marbek", "Osmila Dray"} <= set(got), got
    assert not {"New Hask", "Orn Valley"} & set(got), got


def test_a_nationality_before_or_in_brackets_after_a_name():
    got = found("The longest stay at the station, 438 days, was by Russian Valeri Pelkov.\n\n"
                "The mission included Czechoslovak Vladimír Remsky, the first pilot from a small country.\n\n"
                "* Anoush Darvi (Iranian / American): September 18–29, 2006\n"
                "* Guy Lalonde (Canadian): September 30, 2009\n\n"
                "The British Interplanetary Society and the Russian Space Agency met in 1961.")
    assert {"Valeri Pelkov", "Vladimír Remsky", "Anoush Darvi", "Guy Lalonde"} <= set(got), got
    assert not {"Russian Valeri Pelkov", "Interplanetary Society", "Space Agency"} & set(got), got


def test_people_introduced_as_a_list_of_a_role():
    got = found("Local poets such as Nizar Ganvi and Khaqan Shirvo gave rise to a new literature.\n\n"
                "Other notable artists who worked in these years include Sattar Bahlo, Togrul Narim and Tahir Sal.\n\n"
                "Well-known athletes are Namig Abdo and Rovshan Bayro.\n\n"
                "The volleyball players include the likes of Valeria Korot and Oksana Parkh.\n\n"
                "Cities such as New Hask and Orn Valley grew.")
    assert {"Nizar Ganvi", "Khaqan Shirvo", "Sattar Bahlo", "Togrul Narim", "Tahir Sal", "Namig Abdo",
            "Rovshan Bayro", "Valeria Korot", "Oksana Parkh"} <= set(got), got
    assert not {"New Hask", "Orn Valley"} & set(got), got


def test_authors_of_works_and_commanders_are_people():
    got = found("Painting in Vell is known from the works of Azim Azimzade and the fundamental works of Elchin Khalov.\n\n"
                "The reforms, initiated by Mikhail Gorvin, spread to the provinces.\n\n"
                "A detachment stayed for two months under the command of René-Jules Baulard.\n\n"
                "In Percy Grell's 1880 book the word meant a ship; Eric Frank Rossel's poem used it for a man.")
    assert {"Azim Azimzade", "Elchin Khalov", "Mikhail Gorvin", "René-Jules Baulard", "Percy Grell",
            "Eric Frank Rossel"} <= set(got), got


def test_offices_named_with_general_and_italic_marks_are_no_people():
    got = found("During the session, the Syndic General, who is the head of the council, and the Subsyndic "
                "General, his assistant, are elected.\n\n"
                "Writers such as Ivo Brandt and Karl Osk's_ Roman de Troie_and Guido Osk's_ History_ were read.")
    assert not {"Syndic General", "Subsyndic General"} & set(got), got
    assert not any("_" in name for name in got), got


def test_a_given_name_with_an_epithet_is_one_person():
    got = found("The region was later part of the empire of Alexander the Great.\n\n"
                "Orvanus, a Persian satrap under Alexander the Great, ruled the valley.\n\n"
                "The chronicle was written by the Byzantine chronicler Leo the Deacon.\n\n"
                "The Great Hall and the Red Sea were named later.")
    assert {"Alexander the Great", "Leo the Deacon", "Orvanus"} <= set(got), got
    assert not {"Alexander", "Leo", "Great Hall", "Red Sea"} & set(got), got


def test_a_name_in_italics_is_a_work_unless_the_text_gives_it_a_role():
    got = found("For example, _Mother Jones_ remarked that the novel was popular, and _Harriet Osk_ sold well.\n\n"
                "The name derives from that of _Orvanus_, a Persian satrap under the empire of Vell.")
    assert "Mother Jones" not in got and "Harriet Osk" not in got, got
    assert "Orvanus" in got, got


def test_a_plural_place_word_ends_no_name():
    got = found("Major projects such as the Vell Cultural Center, Flame Towers and the Hask Hall, built by the "
                "architect Ivo Brandt, changed the skyline. The actress Rosa Parks visited them.")
    assert "Flame Towers" not in got and "Ivo Brandt" in got and "Rosa Parks" in got, got


def test_authors_before_their_works_recipients_and_friends():
    got = found("In that decade volumes of verse included Thomas Hardy's The Dynasts, Ernest Dowson's Poems, "
                "Robert Service's Ballads of a Cheechako and George Meredith's Last Poems.\n\n"
                "In 1907, the Nobel Prize for Literature was awarded to Rudyard Kipling.\n\n"
                "Through his friendship with Laurence Binyon, Ezra Pound studied Japanese prints.\n\n"
                "Basil Bunting, another Objectivist poet, was a key figure of the revival.")
    for name in ("Thomas Hardy", "Ernest Dowson", "George Meredith", "Rudyard Kipling", "Laurence Binyon",
                 "Ezra Pound", "Basil Bunting"):
        assert name in got, name
    assert "Cheechako" not in got  # 'a Cheechako': one word after 'a' is no name
    assert got["Basil Bunting"].attrs["roles"] == ["Objectivist poet"]


def test_evidence_from_several_sentences_together():
    body = ("The republic was founded under the leadership of Qorvat Vellik and the Party of Labour.\n\n"
            "Orn was governed with Qorvat Vellik as prime minister.\n\n"
            "The dictatorship of Orn ended in 1985.")
    got = found(body)
    assert "Qorvat Vellik" in got and got["Qorvat Vellik"].attrs["roles"] == ["prime minister"]
    assert "Qorvat Vellik" not in found(body.split("\n\n")[0])  # one sentence is not enough


def test_a_title_word_before_a_company_noun_is_a_firm_not_a_general():
    ppl = found("The tank reached Orn in a General Aircraft Hamilcar glider, with engines by General Dynamics. "
                "General Ola Brand commanded the landing.")
    assert list(ppl) == ["Ola Brand"]


def test_run_together_initials_two_particles_and_a_joined_fitz():
    ppl = found("The squadron was formed under the command of Squadron Leader W.N. Gibson. Ola Brand played "
                "behind the Dutch goalkeeper Edwin van der Sar in 2010. Osbert opposed one of the candidates, William fitzHerbert.")
    assert {"W.N. Gibson", "Edwin van der Sar", "William fitzHerbert"} <= set(ppl)
    # country initials are no one's given names
    assert found("The U.S. Census counted the town in 1990; U.S. Steel built a mill there.") == {}


def test_a_family_name_the_article_also_uses_alone_makes_a_person():
    ppl = found("In 2015 Ola Brand joined Hask Wanderers on loan to provide competition for Andy Lonergan. "
                "Brand made his debut as a substitute for the injured Lonergan.")
    assert "Andy Lonergan" in ppl
    # a word the article also writes in lower case is no family name: 'Roman Emperor' ... 'the emperor'
    assert "Roman Emperor" not in found("Nerva was the Roman Emperor from 96 to 98. The Emperor died in 98, "
                                        "and the emperor was buried in Rome.")
    assert found("He moved from Carlisle United to Hask Rovers in 2012, and United won the cup.") == {}


def test_an_epithet_is_no_family_name():
    ppl = found("Aristotle tutored Alexander the Great in 343 BC. Teaching Alexander the Great gave him many "
                "opportunities, and the Great Hall of Pella was built for them.")
    person = ppl["Alexander the Great"]
    assert all(o["text"] != "Great" for o in person.attrs["occurrences"])


def test_a_given_name_and_where_its_bearer_was_from():
    ppl = found("He appealed to King Stephen of England and to Archbishop Theobald of Canterbury, helped by "
                "John of Salisbury. The fire is described like Julian of Norwich's writing. Stephen died in 1154.")
    assert {"Stephen of England", "Theobald of Canterbury", "John of Salisbury", "Julian of Norwich"} <= set(ppl)
    assert any(o["text"] == "Stephen" for o in ppl["Stephen of England"].attrs["occurrences"])
    # a word that is also a given name is no person before "of": the Rock of Gibraltar, the Peace of Pressburg
    assert found("The Rock of Gibraltar was fortified before the Peace of Pressburg in 1805.") == {}


def test_the_first_words_of_the_subjects_name_are_the_subject():
    text = ("---\ntitle: Ola Brand Kemarre\ndescription: Vellish painter\n---\n"
            "Ola Brand Kemarre (born 1946) is a Vellish painter. Ola Brand's works were shown in Hask in 1999, "
            "and the painter Ola Brand exhibited in Orn in 2001.\n")
    ppl = [f.value for f in people.extract(load_text(text, "x.md"))]
    assert ppl == ["Ola Brand Kemarre"]


def test_a_name_met_only_in_a_plot_is_a_character():
    text = ("---\ntitle: Vell Dawn\ndescription: 1999 Vellish film\n---\n"
            "Vell Dawn is a 1999 Vellish film directed by Ola Brand.\n\n## Plot\n\n"
            "Walter Simeon, a rich man of Hask, meets Clara Oswin in 1899. Walter Simeon's plan fails. "
            "Her friend, played by Percy Daggs III, helps her.\n\n## Reception\n\n"
            "The critic Jo Orn praised Brand in 2000.\n")
    ppl = {f.value for f in people.extract(load_text(text, "x.md"))}
    assert not {"Walter Simeon", "Clara Oswin"} & ppl and {"Ola Brand", "Percy Daggs III", "Jo Orn"} <= ppl


def test_romanised_slavic_given_names_make_a_name():
    # Faker's Ukrainian and Russian names are Cyrillic; the text writes them in either romanisation
    got = found("The rally was led by Volodymyr Hnatiuk. Sviatoslav Melnyk and Vyacheslav Orlov joined them later.")
    assert {"Volodymyr Hnatiuk", "Sviatoslav Melnyk", "Vyacheslav Orlov"} <= set(got)


def test_church_titles_are_titles():
    got = found("In 1990 Patriarch Dionisy met Metropolitan Bohdan Kovalenko in the city.")
    assert got["Patriarch Dionisy"].attrs["roles"] == ["Patriarch"]
    assert "Bohdan Kovalenko" in got
    assert not found("She visited the Metropolitan Museum of Art and the Metropolitan Opera in 1990.")


def test_a_long_list_of_bands_with_one_singer_in_it_is_not_a_list_of_people():
    body = ("Allan Brooks is a singer from Leeds. Popular acts include Blue Harbour, Tin Lanterns, Velvet Road, "
            "Allan Brooks, Quiet Engine and Paper Moons.")
    got = found(body)
    assert "Allan Brooks" in got
    assert not {"Blue Harbour", "Tin Lanterns", "Velvet Road", "Quiet Engine", "Paper Moons"} & set(got)


def test_a_ruler_known_by_one_name_keeps_the_title_in_the_name():
    got = found("The capital was moved in 744 by order of Emperor Shomu. Later Shomu built a temple.")
    assert "Emperor Shomu" in got and got["Emperor Shomu"].attrs["mentions"][:1] == ["Emperor Shomu"]


def test_a_festival_with_its_days_in_brackets_is_no_person():
    assert not found("Other festivals include the Aizen Matsuri (June 30 – July 2, Shoman Temple) and others.")


def test_an_author_cited_with_a_page_is_a_person():
    got = found("An equivalent formula was given in Brandt (2002:264), and later in Tamura (2010).")
    assert "Brandt" in got


def test_a_ruler_named_by_his_reign_is_a_person():
    got = found("The three-tier system dates from the reign of Taejo in 1400. Taxes rose under the coronation of Harald.")
    assert {"Taejo", "Harald"} <= set(got)
    assert not found("The rule of Castile lasted long, and the reign of terror followed.")


def test_a_role_noun_without_an_article_before_one_name():
    got = found("The gate was rebuilt by monk Eisai, and the hall was painted with painter Tohaku.")
    assert {"Eisai", "Tohaku"} <= set(got)
    assert not found("The car was sold with model Corolla in mind.")


def test_a_japanese_clan_name_with_no_is_one_name():
    got = found("The first abbot of Horyuji was Fujiwara no Kamatari, and he built a hall.")
    assert "Fujiwara no Kamatari" in got
    assert got["Fujiwara no Kamatari"].attrs["roles"] == ["first abbot of Horyuji"]


def test_a_role_named_before_was_and_the_name():
    got = found("The architect of the tower was Henry Mallory. The winner of the cup was Leeds United.")
    assert "Henry Mallory" in got and "Leeds United" not in got


def test_a_possessive_before_works_and_an_arabic_author_before_a_title():
    got = found("The word took its meaning in Thomas Pell's works. Al-Biruni's *Book of Countries* lists them.")
    assert {"Thomas Pell", "Al-Biruni"} <= set(got)


def test_two_names_joined_by_a_dash_name_a_thing():
    assert not found("Common tests are the Mann–Whitney U test and the Kruskal–Wallis test, and the famous Hawthorne study.")


def test_places_dated_in_brackets_after_such_as_are_no_citations():
    body = "Cities were promoted later, such as Seoul (1946), Busan (1963), Incheon (1981) and Ulsan (1997)."
    assert not found(body)
    assert "van den Berg" in found("See also: Chrisman (1998), van den Berg (1991).")


def test_a_lead_aside_with_nested_brackets_still_makes_a_biography():
    body = ("Pyotr Ilyich Lavrov (Russian: Пётр Ильич Лавров, IPA: [ˈpʲɵtr] (listen), also transliterated as "
            "Petr Ilich Lavrov; 3 May 1901 – 9 June 1960) was a Soviet engineer. His father Ilya Lavrov was a clerk. "
            "Lavrov studied in Kiev.")
    got = found(body, "title: Pyotr Lavrov\n")
    subject = got["Pyotr Ilyich Lavrov"]
    assert "Petr Ilich Lavrov" in subject.attrs["mentions"] and "Petr Ilich Lavrov" not in got
    assert "Lavrov" in subject.attrs["mentions"]


def test_german_particles_zur_and_zum_stay_inside_a_name():
    body = "Heinrich Gensheimer zur Linde zum Berg (c. 1410 – 1470) was a German printer."
    assert "Heinrich Gensheimer zur Linde zum Berg" in found(body, "title: Heinrich Berg\n")


def test_a_ruler_with_a_number_and_a_realm_is_one_name_and_the_same_person_without_it():
    got = found("He gave copies to royals including John III of Portugal and Francis I of France. "
                "Later John III refused the request.")
    assert {"John III of Portugal", "Francis I of France"} <= set(got) and "John III" not in got


def test_an_appositive_title_that_ends_the_sentence_and_a_named_work_by_an_author():
    got = found("He became an advisor to the Sultan of Ternate, Bayan Sirrullah. A grammar of Latin by Aelius "
                "Donatus was printed. The office of the Coast Guard, Fifth Regional Headquarters.")
    assert got["Bayan Sirrullah"].attrs["roles"] == ["Sultan of Ternate"]
    assert "Aelius Donatus" in got and "Fifth Regional Headquarters" not in got


def test_a_birth_name_after_the_lead_bracket_is_the_subjects():
    body = ("Anna Weber Lind (LIND), born Anna Maria Weber (7 May 1870 – 4 June 1940), was a Danish chemist. "
            "As a girl Anna Weber studied in Aarhus.")
    got = found(body, "title: Anna Lind\n")
    assert list(got) == ["Anna Weber Lind"]
    assert {"Anna Maria Weber", "Anna Weber"} <= set(got["Anna Weber Lind"].attrs["mentions"])


def test_an_italian_particle_with_its_apostrophe_and_the_father_a_patronymic_recalls():
    body = ("Marco di Pietro Bardi de' Rossi (12 May 1560 – 3 June 1620) was an Italian painter. His father Pietro "
            "Rossi was a weaver. Marco Rossi studied in Pisa.")
    got = found(body, "title: Marco Rossi\n")
    assert "Marco di Pietro Bardi de' Rossi" in got and "Pietro Rossi" in got
    assert "Marco Rossi" in got["Marco di Pietro Bardi de' Rossi"].attrs["mentions"]


def test_a_list_in_brackets_after_a_name_is_no_other_name_of_it():
    got = found("The largest moons of Vell were found in 1610 by Galileo (Io, Europa, Ganymede, Callisto), who named them.")
    assert got["Galileo"].attrs["mentions"] == ["Galileo"]


def test_an_actor_after_starring_a_title_before_its_subtitle_and_a_ruler_named_with_his_realm():
    got = found("Marie Curie was a physicist who worked in Paris for many years.\n\nIn 2019 came the film Radioactive, "
                "starring Rosamund Pike.\n\nBiographies include:\n\n* Barbara Goldsmith, Obsessive Genius: The Inner "
                "World of Marie Curie, 2005.")
    assert "Rosamund Pike" in got and "Obsessive Genius" not in got
    got = found("He served King Manuel I of Portugal from 1495. His plans were rejected by King Manuel of Portugal.")
    assert list(got) == ["Manuel I of Portugal"]


def test_portuguese_honorifics_stay_out_of_the_name_and_a_king_by_his_title_is_the_numbered_one():
    got = found("Dom Rui d'Ataide da Costa was captain of Ormuz. His only daughter, Dona Inês da Costa, married "
                "Tomás Leal. Dom Duarte gave Rui a fleet. King Duarte I of Castela was pleased. Later King "
                "Duarte wrote to him.")
    assert {"Rui d'Ataide da Costa", "Inês da Costa", "Duarte I of Castela"} <= set(got)
    assert "Dom Duarte" not in got and "King Duarte" not in got
    assert {"Dom Duarte", "King Duarte"} <= set(got["Duarte I of Castela"].attrs["mentions"])


def test_a_prince_told_apart_by_his_dukedom():
    got = found("His father served Infante Rodrigo, Duke of Belmonte, and later Infante Tiago, Duke of Belmonte.")
    assert {"Rodrigo, Duke of Belmonte", "Tiago, Duke of Belmonte"} <= set(got)


def test_a_given_name_no_list_holds_after_led_or_directed_by_married_or_eyewitness():
    got = found("The trade passed to a merchant consortium led by Fernão Gomes in 1469. The film, directed by "
                "Santosh Sivan, shows the siege. His sister (who married Lopo Mendes de Vasconcelos) lived long. "
                "It was described by eyewitness Thomé Lopes. He attended the lectures of Jean-Baptiste Dumas. Later, "
                "veterinarian Hippolyte Rossignol proposed a test.")
    assert {"Fernão Gomes", "Santosh Sivan", "Lopo Mendes de Vasconcelos", "Thomé Lopes", "Jean-Baptiste Dumas",
            "Hippolyte Rossignol"} <= set(got)
    assert got["Thomé Lopes"].attrs["roles"] == ["eyewitness"]


def test_a_country_a_region_of_a_continent_and_a_work_in_portuguese_are_no_people():
    got = found("After reaching the coast of Sierra Leone, the fleet passed the Horn of Africa. The national epic "
                "poem, Os Lusíadas, was written by Luís de Camões.")
    assert list(got) == ["Luís de Camões"]


def test_a_lead_aside_in_two_brackets_names_the_subject_and_a_maiden_name_is_the_same_woman():
    body = ("Pyotr Ivanovich Orlov (often romanized as Orloff) (English: OR-lof; IPA: [ˈorlof] (listen); 8 February "
            "1834 – 2 February 1907) was a Russian chemist.\n\nHe was born to Ivan Orlov (1783–1847) and Maria "
            "Dmitrievna Orlova (née Kasina) (1793–1850). Maria Kasina came from a family of merchants. The P. I. "
            "Orlov Institute was named after him.")
    got = found(body, "title: Pyotr Orlov\n")
    assert "Pyotr Ivanovich Orlov" in got and "P. I. Orlov" not in got
    assert "Maria Kasina" not in got and "Maria Kasina" in got["Maria Dmitrievna Orlova"].attrs["mentions"]


def test_a_subjects_children_and_siblings_by_their_given_name():
    got = found("His daughter from his second marriage, Lyubov, became the wife of a poet. His other children were "
                "son Vladimir (a sailor) and daughter Olga. He had one older sister, Veronika.")
    assert {"Lyubov", "Vladimir", "Olga", "Veronika"} <= set(got)
    assert found("The town lies on the river. It had one sister, and rivals.") == {}


def test_rulers_with_two_given_names_or_a_number_keep_their_realm_and_are_one_person():
    ppl = found("Louis XV of France opposed the match. Elector Karl Albrecht of Ostmark and King Karl "
                "Emanuel III of Vellin wanted a share. Later Karl Albrecht was crowned, and Karl Emanuel III "
                "signed the treaty.")
    assert set(ppl) == {"Louis XV of France", "Karl Albrecht of Ostmark", "Karl Emanuel III of Vellin"}
    assert ppl["Karl Albrecht of Ostmark"].attrs["roles"] == ["Elector"]


def test_given_names_alone_are_the_person_named_in_full_with_a_particle():
    ppl = found("The treaty passed Tuscany to Grand Duke Gian Gastone de' Medici. Gian Gastone died in 1737.")
    assert list(ppl) == ["Gian Gastone de' Medici"]


def test_what_the_article_calls_a_duchy_is_no_person():
    ppl = found("In December, Frederick II of Prussia invaded the Duchy of Velsia. Maria Theresa and "
                "Velsia were at the centre of the talks, and Kaunitz wanted Velsia back.")
    assert "Velsia" not in ppl


def test_an_event_with_its_span_in_brackets_is_no_biography():
    d = load_text("---\ntitle: Vell War\n---\nThe Vell War (1807–1814) was a military conflict between Orn and Brindle. "
                  "The Vell War ended with a treaty, and the Vell War was long. Arthur Wellesley led the army.\n", "x.md")
    assert people.biography_subject(d) is None
    assert "Vell War" not in {f.value for f in people.extract(d)}


def test_a_work_title_in_quotation_marks_is_no_person_and_no_form_of_the_subject():
    d = load_text("---\ntitle: Orlemagne\n---\nOrlemagne (2 April 742 – 28 January 814) was King of the Franks. "
                  "Orlemagne was crowned in 800. In 1964 the singer France Gall released the hit song \"Sacré "
                  "Orlemagne\" about the king.\n", "x.md")
    names = {f.value: f.attrs.get("mentions") for f in people.extract(d)}
    assert "Sacré Orlemagne" not in names and "Orlemagne" in names


# ---------------------------------------------------------------- titles and things that look like names

def test_a_doctrine_a_painting_and_a_movement_are_no_people():
    ppl = found("Among his works, the Mona Lisa is the most famous portrait. The city was the centre of "
                "Christian Humanist thought and culture. Marsilio Nerli was a proponent of Neo Platonism, "
                "and the emperor forced Roman Catholicism on his peoples.")
    assert not {"Mona Lisa", "Christian Humanist", "Neo Platonism", "Roman Catholicism"} & set(ppl), ppl


def test_places_dated_in_a_list_are_no_authors_cited():
    ppl = found("Lutherans saw the defection of the lords of the Palatinate (1560), Nassau (1578), "
                "Hesse-Kassel (1603), and Brandenburg (1613) to the Calvinist faith. As Sabra (1978) argues, "
                "the text is late.")
    assert set(ppl) == {"Sabra"}, ppl


def test_counts_electors_palatine_and_doges_are_titles():
    ppl = found("The union was led by the Elector Palatine Frederick IV. Wolfgang William, Count Palatine of "
                "Neuburg, claimed the duchy. In 1619, Count Thurn led an army to the walls of Vienna. "
                "The Doge Enrico Dandolo led the fleet.")
    assert {"Frederick IV", "Count Thurn", "Enrico Dandolo"} <= set(ppl), ppl
    assert not {"Palatine Frederick IV", "Count Palatine"} & set(ppl), ppl
    assert "Elector Palatine" in ppl["Frederick IV"].attrs["roles"]


def test_names_before_and_other_people_of_a_kind_are_people():
    ppl = found("The scene was portrayed in romantic paintings by Ingres, Ménageot and other French artists. "
                "In Paris he met Cuvier and other naturalists. Vell, Orn and other cities grew, and "
                "certain Habsburg and other Catholic rulers sought power.")
    assert {"Ingres", "Ménageot", "Cuvier"} <= set(ppl), ppl
    assert not {"Vell", "Orn", "Habsburg"} & set(ppl), ppl
    assert "French artist" in ppl["Ménageot"].attrs["roles"]


def test_a_section_headed_character_is_the_subjects_temperament_not_a_cast():
    body = ("Ivo Brandt (12 May 1770 – 26 March 1827) was a composer from Vell.\n\n"
            "## Character\n\nBrandt was often irascible. Brandt had a close circle of friends, among them "
            "the poet Mary Lund.\n\n## Characters\n\nAlbert Orn is a young adventurer in the opera.")
    doc = load_text("---\ntitle: Ivo Brandt\n---\n\n" + body + "\n", "x.md")
    names = {f.value for f in people.extract(doc)}
    assert {"Ivo Brandt", "Mary Lund"} <= names, names
    assert "Albert Orn" not in names, names


def test_the_subjects_baptismal_and_chosen_names_are_the_subjects_and_a_nickname_is_its_bearers():
    body = ("Ivo Amadeus Brandt (German: [ˈiːvo]; 27 January 1756 – 5 December 1791), baptised as Johannes "
            "Ivonus Theophilus Brandt, was a composer.\n\n"
            "The baptismal record gives his name in Latinized form, as Joannes Ivonus Theophilus Brandt. "
            "He generally called himself \"Ivo Amadè Brandt\" as an adult. His elder sister was Maria Anna Brandt "
            "(1751–1829), nicknamed \"Nannerl\". Nannerl performed with him. His father Leopold Brandt taught him. "
            "Brandt returned with his father to Milan (August–December 1771; October 1772 – March 1773) for the "
            "premieres.")
    doc = load_text("---\ntitle: Ivo Amadeus Brandt\n---\n\n" + body + "\n", "x.md")
    ppl = {f.value: f for f in people.extract(doc)}
    assert set(ppl) == {"Ivo Amadeus Brandt", "Maria Anna Brandt", "Leopold Brandt"}, set(ppl)
    assert "Nannerl" in ppl["Maria Anna Brandt"].attrs["mentions"]


def test_places_of_battles_treaties_realms_and_homelands_are_no_people_and_a_regnal_number_ends_a_sentence():
    ppl = found("Charles was defeated at the Battle of Poltava in 1709. August II resisted, still possessing "
                "control of his native Saxony. In the treaty of Altranstädt (1706), August II stepped down. "
                "After Poltava, Peter the Great allied with the Elector of Saxony. The ban was lifted by Pope Paul V.")
    assert not {"Poltava", "Saxony", "Altranstädt"} & set(ppl), set(ppl)
    assert "Paul V" in ppl, set(ppl)


def test_players_brought_in_are_people_not_places():
    ppl = found("Keegan was given more money for players, and he brought in Rob Orn, Paul Vell and Barry Hask. "
                "The club played in Newcastle.")
    assert {"Rob Orn", "Paul Vell", "Barry Hask"} <= set(ppl), set(ppl)


def test_a_father_and_a_son_of_one_name_are_told_apart_by_the_younger_and_the_elder():
    ppl = found("Hans Orn the Younger supplied evidence. It was obtained from his father, Hans Orn the Elder, "
                "a member of the council. Pliny the Elder wrote a book.")
    assert {"Hans Orn the Younger", "Hans Orn the Elder", "Pliny the Elder"} <= set(ppl), set(ppl)
    assert "Hans Orn" not in ppl


def test_a_peer_named_by_the_place_of_his_title_is_the_man_and_his_title_ends_with_the_place():
    doc = load_text("---\ntitle: The Civil Strife\n---\n\n"
                    "The king kept his favourite Walter Vell, the Duke of Ashcombe, in command. Parliament was "
                    "hostile to Ashcombe, and Ashcombe defended himself. The house accused Thomas Brask, Earl of Dunmere of high treason. "
                    "Dunmere was beheaded.\n", "x.md")
    ppl = {f.value: f for f in people.extract(doc)}
    assert set(ppl) == {"Walter Vell", "Thomas Brask"}, set(ppl)
    assert "Ashcombe" in ppl["Walter Vell"].attrs["mentions"]
    assert "Earl of Dunmere" in ppl["Thomas Brask"].attrs["roles"], ppl["Thomas Brask"].attrs["roles"]


def test_a_king_who_took_a_second_throne_under_another_number_is_one_king():
    ppl = found("Her death resulted in the succession of her cousin, King James VI of Scotland, to the English "
                "throne as James I of England, creating a personal union. Edward VI followed Henry VIII.")
    assert "James VI of Scotland" in ppl and "James I of England" not in ppl, set(ppl)
    assert {"Edward VI", "Henry VIII"} <= set(ppl), set(ppl)


def test_plural_bodies_writings_districts_and_places_in_a_country_are_no_people():
    doc = load_text("---\ntitle: Brennholm\n---\n\n"
                    "Brennholm is a city in Sweden. Innovations were not tested by free parliaments and General "
                    "Assemblies of the Church. According to Eric Chronicles the city was founded by Birger Orn. "
                    "The climate is like that of coastal Nova Scotia in Canada. The modern centre Norrvik "
                    "(around the square) is the largest shopping district. Less than 40% of the residents were "
                    "Brennholm-born. The official Köppen reference period was from 1961 to 1990. "
                    "General Davies led the army. He met John Smith in Canada.\n", "x.md")
    names = {f.value for f in people.extract(doc)}
    assert not {"General Assemblies", "Eric Chronicles", "Nova Scotia", "Norrvik", "Brennholm", "Köppen"} & names, names
    assert {"Birger Orn", "General Davies", "John Smith"} <= names, names


def test_one_of_a_role_named_so_is_a_person_and_initials_name_a_known_family_member():
    doc = load_text("---\ntitle: Ivo Brandt\n---\n\n"
                    "Ivo Brandt was a composer. He moved in with his eldest brother, Johann Christoph (1671–1721), "
                    "the organist. J.C. Brandt taught him. Late one evening a student, named Geyersdorf, went after "
                    "Brandt with a stick. A young soldier called Hans fled.\n", "x.md")
    ppl = {f.value: f for f in people.extract(doc)}
    assert {"Geyersdorf", "Hans"} <= set(ppl), set(ppl)
    assert "J.C. Brandt" not in ppl and "J.C. Brandt" in ppl["Johann Christoph"].attrs["mentions"], {
        k: v.attrs["mentions"] for k, v in ppl.items()}


def test_a_common_first_name_and_a_word_of_places_dated_by_a_life_is_a_person():
    ppl = found("Some historians, especially Marxists such as Christopher Hill (1912–2003), have long favoured "
                "the term. The fort at Rose Hill (1863–1864) was held for a year. We walked to Notting Hill.")
    assert "Christopher Hill" in ppl and not {"Rose Hill", "Notting Hill"} & set(ppl), set(ppl)


def test_a_boy_called_young_an_ordinal_a_named_place_and_a_king_of_a_realm():
    got = found("Orn Brandtner (1797–1828) was a composer of Vell. Young Brandtner first came to the attention "
                "of Antonio Salieri in 1804. The wars are often told as five coalitions: the Third (1805), the "
                "Fourth (1806–7), Fifth (1809), Sixth (1813), and the Seventh. In the north of Vell there is a "
                "viewing point known as Ola Narr. A slave known as Tom Brand fled Vell in 1850. The town was "
                "made a capital under Haakon V of Norway, King of Norway, around 1300.",
                "title: Orn Brandtner\n")
    assert "Young Brandtner" not in got and "Sixth" not in got and "Ola Narr" not in got, sorted(got)
    assert {"Orn Brandtner", "Antonio Salieri", "Tom Brand", "Haakon V of Norway"} <= set(got), sorted(got)


def test_one_of_the_first_architects_and_a_credit_opening_on_its_verb_name_people():
    got = found("Vell is a city. Christian Heinrich Grosch, one of the first architects educated within Orn, designed "
                "the first stock exchange of Vell. The List of Goods Produced by Child Labor names Vell.\n\n"
                "Performed by Randolph Hokanson.")
    assert {"Christian Heinrich Grosch", "Randolph Hokanson"} <= set(got), sorted(got)
    assert "first architects" in " ".join(got["Christian Heinrich Grosch"].attrs.get("roles") or ())
    assert "Child Labor" not in got


def test_whose_forces_or_army_names_a_commander():
    got = found("Austria was defeated that December, by Moreau's forces in Bavaria. France's army held the Rhine, "
                "and Hask's troops stayed in Vell. The war ended in Hask in 1801.")
    assert "Moreau" in got and "France" not in got and "Hask" not in got, sorted(got)


def test_wars_dated_in_brackets_a_romance_saints_place_a_double_family_name_and_the_first_of_a_name():
    got = found("Vell declined after the Orn War (1807–1814) and three Hasker Wars (1832–1876). The plan called for "
                "one group from Santo Lorenzo led by Mateo Ruiz, and another from Vell led by Tomas Greco. "
                "The prime minister ordered General Arsenio Delgado-Fuentes to quell the revolt. The pressure "
                "forced him to replace General Fuentes with General Valeriano Ortiz. Vell was briefly annexed "
                "by Napoleon I to the empire (1804–1814).")
    assert "Hasker Wars" not in got and "Santo Lorenzo" not in got, sorted(got)
    assert {"Mateo Ruiz", "Tomas Greco", "Valeriano Ortiz", "Napoleon I"} <= set(got), sorted(got)
    assert "General Fuentes" not in got and "Fuentes" not in got, sorted(got)
    assert "General Fuentes" in got["Arsenio Delgado-Fuentes"].attrs["mentions"]


def test_a_bodys_abbreviation_and_an_office_before_a_listed_name_are_no_people():
    got = found("The Directorate of Military Intelligence (abbreviated as \"Tamar\") drew up the estimate. Tamar "
                "predicted war was not imminent. Tamar Chief, Aluf Eli Zeiran, and his deputy, Brigadier-General "
                "Aryeh Shalom, were dismissed.")
    assert "Tamar" not in got and "Tamar Chief" not in got, sorted(got)
    assert {"Eli Zeiran", "Aryeh Shalom"} <= {n.split(" ", 1)[-1] if n.startswith("Aluf") else n for n in got}, sorted(got)


def test_a_solicitor_or_a_burgomaster_before_a_comma_names_the_person_after_it():
    got = found("In 1270, the solicitor of the senate of Vell, Jordan von Boitzenburg, wrote the first law book. "
                "The burgomaster of Orn, Hask Lindqvist, opened the hall in 1300.")
    assert {"Jordan von Boitzenburg", "Hask Lindqvist"} <= set(got), sorted(got)


# ---------------------------------------------------------------- from the twentieth unseen group

def test_names_after_a_numbered_group_of_brothers_are_people():
    ppl = found("Two Orvan brothers, Tevosk and Malquira, organized a league of the river towns in 1805.")
    assert {"Tevosk", "Malquira"} <= set(ppl)


def test_a_list_goes_on_after_a_bracketed_other_name():
    ppl = found("The Velli, led by such powerful leaders as Arvoka (Sam Jones), Menarpo, and Oskeala, "
                "had no intention of leaving their homelands.")
    assert {"Menarpo", "Oskeala"} <= set(ppl)


def test_a_title_and_name_before_the_possessive_of_a_war_names_the_war():
    ppl = found("For instance, in King Harald's War, Queen Edda's War and King Osric's War, the towns were raided.")
    assert not ppl


def test_a_pope_titled_by_his_name_alone_is_the_numbered_pope_the_article_knows():
    ppl = found("In 1918, Pope Benedict XV asked him to take a diplomatic post. "
                "After Pope Benedict sent him to Silesia, the talks resumed.")
    assert list(ppl) == ["Benedict XV"]


def test_the_birth_name_after_a_comma_and_a_bracket_and_a_title_with_it_are_the_subject():
    body = ("Pope Olvan IX, (Latin: Olvanus IX) born Ambrose Tullio Ratteri (3 May 1857 – 10 February 1939), "
            "was head of the Church from 1922 to his death in 1939.\n\n"
            "Tullio Ratteri was ordained in 1879. Nuncio Ratteri then travelled to Warsaw in 1919.")
    doc = load_text(f"---\ntitle: Pope Olvan IX\n---\n{body}\n", "x.md")
    ppl = [f.value for f in people.extract(doc)]
    assert ppl == ["Olvan IX"]


def test_the_article_place_in_a_list_does_not_make_its_neighbour_a_person():
    body = ("Jonathan Dayhill was a soldier and the namesake of the town.\n\n"
            "In 1797, Daniel C. Cooper laid out the first road between Cincinnati and Dayhill.")
    doc = load_text(f"---\ntitle: Dayhill, Ohio\n---\n{body}\n", "x.md")
    assert "Cincinnati" not in [f.value for f in people.extract(doc)]


def test_a_title_before_a_work_appositive_is_no_person():
    ppl = found("The actor Douglas Fairbanks, Jr. and the actress Nancy Carroll met in 1930.\n\n"
                "Rose Morning, a 1932 American romantic drama starring Douglas Fairbanks, Jr. and Nancy Carroll, "
                "is set in the revolution.")
    assert "Rose Morning" not in ppl and "Nancy Carroll" in ppl
    assert "Jane Holm" in found("The school hired Jane Holm, a drama teacher from Leeds, in 1990.")


def test_a_plural_party_and_an_intro_phrase_are_no_people_beside_a_known_one():
    body = ("Leon Trotsky joined the Bolsheviks in 1917. Later the Petrograd Soviet freed all jailed Bolsheviks and "
            "Trotsky became chairman. The soviet elects Bolshevik Presidium and Trotsky as chairman. "
            "With a firm belief that his power was granted by Divine Right, Trotsky assumed much.")
    assert list(found(body)) == ["Leon Trotsky"]


def test_names_of_works_ships_firms_languages_teams_and_raided_places_are_no_people():
    body = ("Frank Orlo released several albums, including Come Fly with Me (1958) and Only the Lonely (1958). "
            "The singer Gene Austin sang in 1930. Orlo listened to Gene Austin and \"idolized\" Bing Crosby. Major Zulu language papers are sold in Vell. "
            "Ships such as the RMS Queen Mary 2 call at Vell. The tender went to Vell Cruise Terminal (Pty) Ltd in 2010. "
            "Vell is home to the Cell C Sharks, who compete in the Currie Cup. "
            "Ala Khalji led two raids on Malwa (1292) and Devagiri (1294) for plunder.")
    ppl = found(body)
    assert '"idolized" Bing Crosby' not in ppl and "Come Fly" not in ppl and "Gene Austin" in ppl
    assert not {"Major Zulu", "Queen Mary", "Mary", "Vell Cruise Terminal", "Cell C Sharks", "Malwa", "Devagiri"} & set(ppl)
    assert "Sam Messer" in found("Orlo wrote The Story of My Typewriter, with paintings by Sam Messer (2002).")


def test_an_arabic_name_with_ud_din_is_one_name():
    ppl = found("Among the sultans were Shams ud-Din Iltutmish, Rukn ud-Din Firuz and Ghiyas ud-Din Balban, "
                "the Mamluk rulers of Delhi.")
    assert {"Shams ud-Din Iltutmish", "Rukn ud-Din Firuz", "Ghiyas ud-Din Balban"} <= set(ppl)


def test_a_name_written_with_a_curly_or_a_straight_apostrophe_is_one_person():
    ppl = found("The town was named after Sir Benjamin d'Urban, the governor, in 1835. "
                "Sir Benjamin D’Urban left the colony in 1838.")
    assert len(ppl) == 1
