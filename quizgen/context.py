"""Give a sentence lifted out of its paragraph what it leans on, or say that it cannot stand alone.

A prompt is the cited sentence with a few edits: a blank for the answer, and *repairs* that add
what a student would otherwise miss. Each repair is named, and the names are recorded in the
question's ``edits`` so a teacher can see that the prompt is not the article's exact wording:

- ``drop-connective``: "However, the army ..." -> "The army ..." (the contrast is with a sentence
  the student does not see);
- ``drop-relative-time``: "Two days later, the team ..." -> "The team ...": later than what the
  student does not see;
- ``drop-also``: "X also announced ..." -> "X announced ...": "also" and "therefore" point at a
  sentence before;
- ``expand-acronym``: "AHS is ..." -> "Alberta Health Services is ..." where the article spells
  the acronym out ("Alberta Health Services (AHS)");
- ``drop-run-in-heading``: "_Symbols and rules_: In 1847 ..." -> "In 1847 ...": an emphasised label
  (or one repeating the section's heading) that starts a paragraph is a heading, not part of the sentence;
- ``name-subject``: a leading He/She of a biography -> the subject's name; "the city" in the
  article about a city -> its name;
- ``add-year``: "On 15 April, ..." -> "On 15 April 2020, ..." when the year was inferred from the
  surrounding text;
- ``full-name``: a given name alone ("Edward") -> the full name the article gives that person;
- ``drop-gloss``: "Gastouri (Γαστούρι)" -> "Gastouri": a bracket in another script is a spelling
  the student cannot use and a teacher would cut;
- ``drop-conversion``: "72 km (45 mi)" with 72 km blanked -> "____" without "(45 mi)", which
  would give the key away.

Every edit is a (start, end, replacement) triple in the sentence's own coordinates, applied
together with the blank, so repairs never shift the answer's span.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from quizgen import vocab
from quizgen.formats import fold

Edit = tuple[int, int, str, str]  # start, end, replacement, repair name

CONNECTIVE = re.compile(
    r"^(?:However|Furthermore|Moreover|Consequently|Additionally|In addition|Nevertheless|Nonetheless|Thus|"
    r"Therefore|Hence|Indeed|Instead|Accordingly|As a result|In turn|Notably|Likewise|Similarly|In fact|"
    r"Ultimately|Overall|Still|For example|For instance|In particular|Specifically|Of these|In total|"
    r"In a similar vein|By contrast|In contrast|Conversely|On the other hand|Meanwhile|Afterwards|Also|"
    # after what the student does not see
    r"Subsequently|Thereafter|Afterward|Later|Later on|Eventually|Then|Soon after|Soon afterwards?|Note|Note that|N\.B\.|"
    r"Shortly after|Shortly afterwards?|Shortly thereafter|Immediately|Immediately afterwards?|In the meantime|"
    r"Meantime|More recently|Most recently|Though|Even so)\s*,\s*")

# Nouns that, after "the", point at a thing named elsewhere in the article: "the city", "the Act".
REFERENT_NOUNS = (
    "city", "town", "village", "country", "state", "province", "region", "island", "capital", "river",
    "act", "law", "treaty", "agreement", "bill", "battle", "war", "campaign", "siege", "operation",
    "monument", "site", "building", "church", "temple", "castle", "ship", "vessel", "storm", "hurricane",
    "typhoon", "cyclone", "company", "firm", "team", "club", "party", "band", "album", "film", "book",
    "novel", "song", "mission", "spacecraft", "game", "tournament", "season", "epidemic", "pandemic",
    "outbreak", "disease", "species", "genus", "animal", "empire", "kingdom", "dynasty", "regiment",
    "division", "brigade", "army", "fleet", "class", "programme", "program", "organisation", "organization",
    "commission", "university", "school", "emperor", "king", "queen", "president", "head", "month",
    "society", "passage", "plant", "remains", "technology", "nation", "territory", "lectures", "work",
    "treatise", "study", "project", "museum", "deposits", "movement", "group", "collection", "series",
    "process", "method", "system", "device", "machine", "invention", "scheme", "reform", "policy",
    "report", "survey", "experiment", "trial", "case", "ruling", "decision", "proposal", "plan",
    "program", "pavement", "edition", "paper", "article", "letter", "speech", "poem", "play", "painting",
    "assembly", "council", "parliament", "congress", "senate", "lake", "sea", "mountain", "valley", "bay",
    "coast", "building", "bridge", "road", "railway", "tower", "palace", "house", "estate", "farm", "school",
    "name", "temple", "tomb", "shrine", "statue", "god", "goddess", "hero", "ruler", "leader",
    "promotion", "championship", "match", "bout", "fight", "tour", "episode", "show", "squadron",
    "unit", "contract", "deal", "award", "prize", "crisis", "scandal", "incident", "accident", "disaster",
    "controversy", "dispute", "affair", "rebellion", "revolt", "uprising", "coup", "crater", "volcano", "glacier",
    "trip", "journey", "voyage", "crossing", "enterprise", "venture", "test", "exam", "examination", "lodge", "biplane", "aircraft", "airplane", "aeroplane",
    "plane", "rocket", "satellite", "probe", "spaceship",
    "peninsula", "desert", "forest", "canyon", "cave", "reef", "planet", "comet", "asteroid", "galaxy",
    "battalion", "corps", "track", "single", "prison", "jail", "gaol", "college", "hospital", "abbey", "monastery",
    "priory", "cathedral", "factory", "mill", "mine", "airport", "stadium", "theatre", "library", "board",
    "conference", "festival", "newspaper", "magazine", "conflict", "race", "philosophy", "ideology", "doctrine",
    "competition", "contest", "website", "theory", "curators", "letters", "manuscript", "replica", "footage",
    "recording", "recordings", "tapes", "video", "sequel", "complex", "plot", "transaction", "observatory",
    "role", "couple", "rivals", "foundation", "family", "score", "music", "agency", "ploy",
    "hotel", "resort", "restaurant", "park", "garden", "zoo", "lighthouse", "station", "dam", "canal",
    "reservoir", "aircraft", "airline", "locomotive", "rifle", "satellite", "telescope", "sculpture",
    "opera", "symphony", "ballet", "musical", "journal", "charity", "mosque", "synagogue", "pagoda",
    "change", "renaming", "merger", "area", "movie", "screenplay", "script", "feature", "release", "reissue",
    "remix", "adaptation", "documentary", "seating", "replacement", "cut", "jury", "concept", "app", "apps",
    "possibility", "formulation", "election", "ep", "cd", "visit", "lawsuit", "verdict", "offer", "bid",
    "concert", "interview", "statement", "announcement", "storyline", "character", "scene", "remake", "version",
    "acquisition", "takeover", "nomination", "ceremony", "summit", "meeting", "session", "referendum", "amendment", "decree", "ban", "boycott", "protest", "riot", "investigation", "inquiry",
    "charge", "arrest", "situation", "celebration", "celebrations", "airliner", "cable",
    "tsar", "czar", "tsarina", "kaiser", "sultan", "shah", "caliph", "emir", "pharaoh",
    # ("for the event", "the venue", "the gas sample", "the inhabitants", "the Committee": which?)
    "event", "venue", "sample", "phenomenon", "committee", "constitution", "inhabitants", "residents", "brigades",
    "games", "olympics", "desert", "entente", "alliance", "pact", "accord", "armistice", "truce", "expedition",
    "pavilion", "exhibition", "exposition",
)
# Nouns that after "the" are often generic or fixed ("the state" of a government, "the army" of a
# country): not enough on their own to call the sentence unresolved.
_OFTEN_GENERIC = {"state", "region", "capital", "river", "army", "fleet", "class", "head", "season", "game", "disease",
                  "species", "genus", "animal", "process", "method", "system", "case", "party", "government"}
_REFERENTS = vocab.caseless_finditer(
    r"\bthe (" + "|".join(REFERENT_NOUNS) + r")\b"
    # "the board of Orn Rail" names it; "the board of directors" does not
    r"(?!\s+(?:of(?!\s+(?:directors|governors|trustees)\b)|that|which|who|whose|(?:in|on|at|for|by|to|from)\s+which)\b)"
    r"(?!['’]s\s+(?:own)\b)")
# Words that make "the storm" the article's storm: a typhoon article may say "the storm".
_KIN = {"storm": {"hurricane", "typhoon", "cyclone", "storm", "depression"},
        "movie": {"film", "movie"}, "documentary": {"documentary"},
        "release": {"album", "single", "song", "film", "ep", "record"},
        "hurricane": {"hurricane"}, "typhoon": {"typhoon"}, "cyclone": {"cyclone"},
        "ship": {"ship", "battleship", "cruiser", "destroyer", "submarine", "frigate", "carrier", "vessel"},
        "vessel": {"ship", "battleship", "cruiser", "destroyer", "submarine", "vessel"},
        "class": {"class"}, "spacecraft": {"spacecraft", "mission", "spaceflight"},
        "mission": {"mission", "spaceflight"}, "city": {"city", "capital", "metropolis"},
        "capital": {"capital"}, "town": {"town"},
        # (a state of a federation is no country: "the nation" in an article on Alabama is the US)
        "country": {"country", "nation", "republic", "kingdom", "principality", "sovereign", "emirate", "sultanate"},
        "company": {"company", "retailer", "corporation", "firm", "conglomerate"},
        "epidemic": {"epidemic", "pandemic", "outbreak"}, "pandemic": {"pandemic"},
        "outbreak": {"outbreak", "epidemic", "pandemic"}, "battle": {"battle", "siege", "engagement"},
        "games": {"games", "olympics"}, "olympics": {"olympics", "games"},  # ("The Games were opened ...")
        "war": {"war", "conflict"}, "conflict": {"war", "conflict"}, "operation": {"operation"}, "band": {"band", "group"},
        "album": {"album"}, "film": {"film"}, "song": {"song", "single"}, "single": {"song", "single"},
        "track": {"song", "single", "track"}, "team": {"team", "club"}, "club": {"club", "team"},
        "state": {"state"}, "nation": {"country", "nation", "republic", "kingdom", "principality", "sovereign", "emirate",
                                            "sultanate"}, "novel": {"novel", "book"},
        "book": {"book", "novel"}, "species": {"species"}, "genus": {"genus"}, "animal": {"animal", "mammal"},
        "disease": {"disease", "disorder", "condition"}, "technology": {"technology", "technique"}}
# A noun after the kind noun that makes it a compound: "the film industry", "the band members".
_COMPOUND_AFTER = re.compile(r"\s+(?:state|states|industry|industries|festival|festivals|critics?|career|business|world|market|"
                             r"rights|version|adaptation|score|soundtrack|studio|crew|members?|cover|artwork|tour|"
                             r"scene|community|genre|format|season|era|history|style|debut|premiere|title|name|"
                             r"series|franchise|company|station|system|area|region|level|team|club|league)\b")
# "the mill at Calvert", "the station in Orn" (not "in May"): named by its place
_NAMED_BY_PLACE = re.compile(r"\s+(?:at|in)\s+(?!" + vocab.MONTH_NAMES_RE + r")[A-Z]")
# A part of a place named by the place's kind: "the town centre", "the city walls".
# A noun after "the city" makes it a modifier ("the city master plan"), not the sentence's subject ("the
# city grew", "the city is"): a lower-case word that is no verb, adverb or small word
_NOUN_AFTER = re.compile(r"\s+(?!(?:is|was|are|were|has|had|have|and|or|but|of|in|on|at|to|for|with|from|by|as|that|"
                         r"which|who|itself|then|also|now|still|first|alone|again|became|began|grew|won|lost|made|took|"
                         r"gave|went|came|held|left|saw|found|wrote|built|led|fell|rose|met|sent|stood|told|kept|paid|"
                         r"said|ran|sold|got|hosted|will|would|can|could|may|might|must|should|did|"
                         r"wore|beat|drew|bought|brought|fought|chose|spent|struck|threw|withdrew|overcame|knew|"
                         r"thought|caught|taught|sought|shot|hit|let|put|set|cut|quit|suffered|"
                         # "takes place in the city since 1974": a clause goes on, no noun
                         r"since|until|till|after|before|during|when|where|while|because|although|though|"
                         r"into|onto|upon|under|over|through|throughout|near|around|against|between|among|within|"
                         r"without|beyond|toward|towards|via|per|than|whose|whom|whereas|unless|despite|"
                         r"including|included|includes|except|excluding)\b)"
                         r"[a-z]{3,}(?<!s)(?<!ed)(?<!ly)\b(?!['’])")
_PLACE_PART_AFTER = re.compile(r"\s+(?:centre|center|hall|walls|square|limits|boundary|boundaries)\b")
# A sentence in which the subject changes its name: its name of that time is not the title.
_RENAMED = re.compile(r"\b(?:renamed|re-named|rebranded|changed (?:its|their) name|name was changed|"
                      r"(?:was|were|became) (?:then |later |originally |first |previously )?(?:known|called) as)\b")
# Works whose titles are written in quotation marks: a song, not an album.
# Kinds an article's subject shares with the many it discusses: "the philosophy" need not be its own.
_ONE_OF_MANY = frozenset({"philosophy", "ideology", "doctrine", "theory"})
_QUOTED_KINDS = frozenset({"song", "single", "poem", "episode", "story"})
# Last words of names that take "the": "the Zrinski Battalion", "the Hudson River".
_BODY_HEADS = frozenset({"battalion", "regiment", "division", "brigade", "squadron", "corps", "army", "navy", "fleet",
                         "commission", "society", "company", "council", "committee", "party", "orchestra", "museum",
                         "university", "college", "hospital", "cathedral", "bridge", "tower", "palace", "canal",
                         "river", "railway", "festival", "expedition", "campaign", "offensive", "uprising", "revolution"})
# ("(45 mi)", "(7 ft 10 in–9 ft 10 in)": a measure of several units too)
# ("(1.3 × 1022)": a power of ten whose superscript was lost; "(50 °F)": a unit sign)
_CONVERSION = re.compile(r"\s*\(\s*(?:(?:about |approx\.? |c\. |~)?(?:[−]?[\d.,–-]+(?:\s+(?:thousand|million|billion))?"
                         r"\s*(?:[^\W\d]|[°%µ£$€'′″])[^()\d]{0,14}){1,4}|"
                         # ("a GDP of ____ (US$773.4 billion)": the amount in another currency)
                         r"(?:about |approx\.? |c\. |~)?(?:US\$|A\$|C\$|NZ\$|HK\$|\$|£|€|¥)\s?[\d.,]+"
                         r"(?:\s?(?:m|bn|k)\b|\s+(?:thousand|million|billion|trillion))?"
                         r"(?:;\s*[\d.,]+\s?(?:m|bn|k|million|billion)?\s+[a-z]+)?|"  # ("(£32m; 37m euros)")
                         r"[\d.]+\s*[×x]\s*10[\d⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+)\)")
_YEAR = re.compile(r"\b\d{3,4}\b")
_EXPLICIT_YEAR = re.compile(r"\b(?:1[0-9]{3}|20[0-9]{2})\b")


@dataclass(frozen=True)
class Subject:
    """What the article is about, as the repairs need it."""

    title: str
    kinds: frozenset[str]  # the nouns of its description: {"city"}, {"typhoon"}, {"battle"}
    person: str | None  # a biography's subject
    gender: str | None = None  # "f" or "m": the pronouns the article uses for its subject
    the: bool = False  # the sentences name it with "the": "the Toronto Star", "the Arts Club of Chicago"


_GROUP_NAME = re.compile(r"^The\s.*s$|\s(?:and|&)\s")  # "The Wachowskis", "Simon & Garfunkel"


def group_name(name: str) -> bool:
    """Does the name stand for several people ("The Wachowskis", "Simon & Garfunkel")?"""
    return bool(_GROUP_NAME.search(name))


def article_subject(title: str, description: str, person: str | None, text: str = "") -> Subject:
    # (only a trailing bracket disambiguates: "Come What (ever) May" keeps its own)
    plain = re.sub(r"\s*\([^()]*\)\s*$", "", title).strip() or title
    # what it is, from the description's first words ("Pacific typhoon in 2013", "city in Ontario")
    # (not the words of a bracketed aside: "Raffaello Sanzio (Italian: [raffaˈɛllo ...]; 1483 – 1520), known as ...")
    unbracketed = description
    for _ in range(3):
        unbracketed = re.sub(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])", " ", unbracketed)
    head = " ".join(re.split(r"(?<=[.;])\s", unbracketed, 1)[0].split()[:15])
    # "a constituent country of the Kingdom of the Netherlands", "the second album by American
    # metal band Stone Sour": what follows "of <Name>", "by <Name>" is another thing
    head = re.split(r"\s+(?:of|by|from|for|with|featuring)\s+(?:the\s+)?[A-Z]", head, 1)[0]
    head = re.sub(r"\b\d[\d,.]*[-–]\w+", " ", head)  # "a 102-story skyscraper" is no story
    # (of the title only its head: "the war" in the article on "Prisoner of war" is a war, not it)
    # (and of the description not the words of a name: "a World War II-era fighter aircraft" is no war)
    common = re.sub(r"\b[A-Z][\w'’]*(?:\s+(?:[A-Z][\w'’]*|[IVX]+\b))+", " ", head)
    words = set(re.findall(r"[a-z]+", fold(common))) | set(re.findall(r"[a-z]+", fold(re.split(r"\s+of\s+", plain, 1)[0])))
    gender = None
    if person and text and not group_name(person):  # ("The Wachowskis": two people, no "she" is both)
        she = len(re.findall(r"\b(?:she|her|hers|herself)\b", text, re.I))
        he = len(re.findall(r"\b(?:he|him|his|himself)\b", text, re.I))
        gender = "f" if she > 2 * he and she >= 5 else "m" if he > 2 * she and he >= 5 else None
    return Subject(plain, frozenset(words), person, gender, the=person is None and takes_the(plain, text))


_PLACE_KINDS = frozenset({"country", "state", "province", "city", "town", "region", "territory", "island", "nation",
                          "republic", "kingdom", "county", "municipality", "continent", "archipelago"})
# "Demographics of Angola", "Transport in Chile": a topic of a place
_TOPIC_OF_PLACE = re.compile(r"^(?:Demographics|Economy|Politics|History|Geography|Culture|Transport|Foreign relations|"
                             r"Military|Religion|Education|Health|Healthcare|Tourism|Climate|Languages|Government|"
                             r"Communications|Energy|Agriculture)(?: [a-z]+)* (?:of|in) (?:the )?(.+)$")
# A sentence led by a bare statistic: "Literacy is quite low, with 67.4% ...", "Public debt was
# forecast ...", "Revenues from international tourists reached ..." (after a date phrase, if any)
_STATISTIC_LEAD = re.compile(r"^(?:(?:In|As of|By|Since) [^,]{1,30}, )?(?:[A-Z][a-z]+ )?(?:[a-z]+ )?"
                             r"(?:GDP|[Dd]ebt|[Rr]evenues?|[Ll]iteracy|[Uu]nemployment|[Ii]nflation|[Ii]ncome|"
                             r"[Ee]xports?|[Ii]mports?|[Ff]ertility|[Ll]ife expectancy|[Pp]overty|[Ss]pending|"
                             r"[Ee]xpenditures?|[Tt]ourism|[Pp]roportion|[Pp]ercentage|[Ss]hare)\b")


def topic_place(title: str) -> str | None:
    """The place a title names a topic of: "Angola" for "Demographics of Angola"."""
    m = _TOPIC_OF_PLACE.match(title)
    return m.group(1) if m else None


def place_of(subject: Subject) -> str | None:
    """The place an article is about: its title for a country or a city, "Angola" for
    "Demographics of Angola"."""
    return topic_place(subject.title) or (
        subject.title if subject.kinds & _PLACE_KINDS and not subject.person else None)


def unplaced_statistic(text: str, place: str | None) -> bool:
    """"Public debt was forecast to hit 120% of GDP": a statistic of the article's place, led by
    the statistic and never naming the place, is true of some place the student cannot tell."""
    if not place or not _STATISTIC_LEAD.match(text):
        return False
    stems = _title_stems(place)
    return bool(stems) and not any(stem.search(fold(text)) for stem in stems)


_SINGULAR_VERB = re.compile(r"\s+(is|was|has)\b")
_PLURAL_OF = {"is": "are", "was": "were", "has": "have"}
_EVENT_HEADS = frozenset({"war", "revolution", "rebellion", "crisis", "uprising", "crusade", "campaign", "massacre",
                          "incident", "affair", "olympics", "games", "championships", "republic", "empire", "union",
                          "dynasty", "revolt", "insurgency", "blockade", "siege", "offensive", "expedition", "famine",
                          "pandemic", "epidemic", "earthquake", "tsunami", "disaster"})


def takes_the(title: str, text: str) -> bool:
    """Do the article's sentences write "the <title>" (or "The <title>") most of the time, at least
    twice? A question then asks "When was the Toronto Star founded?", not "When was Toronto Star ..."."""
    if not title or title.lower().startswith("the ") or title.split()[0][:1].islower():
        return False
    if title.split()[-1].lower() in _EVENT_HEADS and not re.search(r"\d", title.split()[-1]):
        return True  # "the Gulf War", "the Boxer Rebellion", "the Cuban Missile Crisis": a head noun that takes "the"
    name = re.escape(title) + r"\b(?!\s+[A-Z])"  # (not "the Bob Marley Foundation")
    with_the = len(re.findall(r"\b[Tt]he\s+" + name, text))
    if len(title.split()) >= 3 and _TAKES_THE.search(title) and (
            with_the or re.search(r"\b[Tt]he\s+[a-z]+\s+\**" + name, text)):
        return True  # "the American National Standards Institute", said once, then "ANSI"; "The original **Argentine National Anthem**"
    return with_the >= 2 and 2 * with_the > len(re.findall(r"\b" + name, text))


def _overlap(a: Edit, b: Edit) -> bool:
    if a[0] == a[1] or b[0] == b[1]:  # an insertion touching the other edit is inside it
        return b[0] <= a[0] <= b[1] if a[0] == a[1] else a[0] <= b[0] <= a[1]
    return a[0] < b[1] and b[0] < a[1]


def apply(text: str, edits: list[Edit]) -> tuple[str, list[str]]:
    """The text with the edits made and the names of the repairs among them. The blank (named "")
    always stands; a repair that touches it or an earlier repair is left out."""
    taken: list[Edit] = [e for e in edits if not e[3]]
    # a capital after a cut opening goes last: a repair of the word it would capitalise
    # ("In total, the Institute" -> "The American National Standards Institute") keeps its place
    # and takes the capital itself
    capitals = [e for e in edits if e[3] and e[1] - e[0] == 1 and e[2] == text[e[0]:e[1]].upper() != e[2].lower()]
    for e in sorted((e for e in edits if e[3] and e not in capitals), key=lambda e: (e[0], e[1])):
        if not any(_overlap(e, t) for t in taken):
            taken.append(e)
    for e in capitals:
        same = next((i for i, t in enumerate(taken) if t[0] == e[0] and t[1] > t[0] and t[3]), None)
        if same is not None:
            t = taken[same]
            taken[same] = (t[0], t[1], t[2][:1].upper() + t[2][1:], t[3])
            taken.append((e[0], e[0], "", e[3]))  # (named among the repairs made)
        elif not any(_overlap(e, t) for t in taken):
            taken.append(e)
    taken.sort(key=lambda e: (e[0], e[1]))
    out = text
    for start, end, repl, _ in reversed(taken):
        if repl.endswith(".") and out[end:end + 1] == ".":
            repl = repl[:-1]  # "... to The Rangers F.C." at the sentence's end: one period, not two
        out = out[:start] + repl + out[end:]
    names = []
    for *_, name in taken:
        if name and name not in names:
            names.append(name)
    return out, names


# A quotation: curly quotes (to the sentence's end when it closes in a later sentence) or a pair
# of straight ones.
_QUOTED = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*\"")


def outside_quotes(text: str, edits: list[Edit]) -> list[Edit]:
    """The edits that change no word inside a quotation: a quote is printed as it was said
    ("of Johnson's efforts" does not become "of Lyndon Johnson's efforts")."""
    if "“" not in text and '"' not in text:
        return edits
    spans = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    return [e for e in edits if not e[3] or not any(a <= e[0] < b or a < e[1] <= b for a, b in spans)]


def _drop_opening(text: str, m: re.Match | None, name: str) -> list[Edit]:
    """Edits that cut the phrase ``m`` matched at the start of the sentence. The first word after
    it takes its capital; two edits, so that a blank right after the phrase ("Consequently, ____
    realized") still lets the phrase go."""
    if not m or m.end() >= len(text):
        return []
    return [(0, m.end(), "", name), (m.end(), m.end() + 1, text[m.end()].upper(), name)]


# "On January 2014, the band ...": a month and a year take "in" (the article's slip, not copied)
_ON_MONTH_YEAR = re.compile(r"\b([Oo])n (?=(?:" + vocab.MONTH_NAMES_RE + r")\s+\d{4}\b)")


def month_preposition(text: str) -> list[Edit]:
    return [(m.start(), m.end() - 1, "In" if m.group(1) == "O" else "in", "fix-preposition")
            for m in _ON_MONTH_YEAR.finditer(text)]


def connective(text: str) -> list[Edit]:
    return _drop_opening(text, CONNECTIVE.match(text) or _CONNECTIVE_NO_COMMA.match(text), "drop-connective")


# "Nevertheless it is Jules Ferry who ...": the same words without their comma
_CONNECTIVE_NO_COMMA = re.compile(r"^(?:Nevertheless|Nonetheless|Consequently|Therefore|Thus|Hence|Moreover|"
                                  r"Furthermore|However(?=\s+(?:the|a|an|in|on|at|by|his|her|its|their)\s))\s+(?=[a-z])")


# Time counted from something the sentence does not say: "Two days later, ...", "Later that year,
# ...", "The following month, ...", "In the same year, ...".
_TIME_UNIT = r"(?:days?|weeks?|months?|years?|decades?|hours?|seasons?)"
_RELATIVE_OPENER = re.compile(
    r"^(?:(?:(?:[Aa]pproximately|[Aa]bout|[Aa]round|[Rr]oughly|[Nn]early|[Aa]lmost|[Jj]ust|[Oo]nly|[Ss]ome)\s+)?"
    r"(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ss]everal|[Aa] few|\d+)\s+"
    + _TIME_UNIT + r"\s+(?:later|afterwards?|after that)"
    r"|[Ww]ithin\s+(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+)\s+)?" + _TIME_UNIT +
    r"(?=\s*,)"
    # "After three months, in 1898, China and Russia ...": after what the student does not see
    r"|After\s+(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+)\s+" + _TIME_UNIT +
    r"(?=\s*,\s*(?:in|on|by)\s)"
    r"|(?:Later|Earlier|Early|Late)\s+(?:that|the same|in the same|in that)\s+" + _TIME_UNIT +
    r"|(?:That|The same|That same|In the same|In that|By that|During that|Later in the)\s+" + _TIME_UNIT +
    r"|(?:The|On the|In the|Over the|During the|By the)\s+(?:following|next|previous|preceding|subsequent)\s+"
    r"(?:" + _TIME_UNIT + r"|morning|evening|night|summer|winter|spring|autumn))\s*,?\s+(?=\S)")


def relative_time(text: str) -> list[Edit]:
    """A sentence opening with time counted from something before it: the student cannot tell later
    than what, and the opener goes. What the sentence says stays true ("Two days later, Smith
    resigned" -> "Smith resigned"), and a date in the sentence keeps its own year."""
    return _drop_opening(text, _RELATIVE_OPENER.match(text), "drop-relative-time")


# "also", "therefore", "immediately" say that something before came first; without it they only
# puzzle: "X also announced ..." -> "X announced ...". ("not only ... but also" keeps its "also".)
# ("Almost immediately afterward": the adverb is the phrase's head, not a word to drop)
# (not "but also": "primarily as a result of immigration, but also due to ...", the second half of a pair)
_ALSO = re.compile(r"(?<=[A-Za-z,])(?<!\b[Aa]lmost)(?<!\b[Nn]early)(?<!\bbut)\s+(?:also|therefore|immediately|subsequently)\b(?=\s+[a-z])")
# "Hera then sent ...": after what? (not "the then president", "since then", "and then")
_THEN = re.compile(r"(?<=[a-z])(?<!\b[Tt]he)(?<!\b[Ss]ince)(?<!\b[Uu]ntil)(?<!\bby)(?<!\bfrom)(?<!\band)(?<!\bbut)(?<!\bif)"
                   r"(?<!\bjust)(?<!\bonly)(?<!\bwas)(?<!\bis)\s+then\b(?!\s+\w+\s+by\b)"
                   # (a past tense follows: "then sent", "then took"; not "then followed by")
                   r"(?=\s+[a-z]+(?:ed|ent|ook|ame|ew|ave|oke|an|on|ot|old|eld|ound|ought|aught|ade|ore|ose|ote|"
                   r"ove|id|it|ut|ipped|ied)\b)")


# "Joseph Hooker, too, proved unable ...": as well as whom? The statement stands without it.
_TOO_ASIDE = re.compile(r",\s+(?:too|as well),(?=\s)|(?<=\w)\s+(?:too|as well)(?=\.$)")
# "Wietze later provided about 80% ...": later than what? ("two years later founded" keeps its time)
_LATER_BEFORE_VERB = re.compile(
    r"(?<=[A-Za-z])(?<!\b[Tt]he)(?<!\ban)(?<!\ba)(?<!\bhis)(?<!\bher)(?<!\bits)(?<!\btheir)"
    r"(?<!years)(?<!year)(?<!months)(?<!month)(?<!weeks)(?<!days)(?<!decades)(?<!century)(?<!centuries)"
    r"\s+later(?=\s+[a-z]+(?:ed|ame|ote|ent|ook|ade|eld|ave|ew|an|on|ought|old|ound|oke|ose|ove|ied)\b)")

# What "later" counts from inside its own sentence: a year before it, or a clause it follows with "and".
_ANCHORED_BEFORE = re.compile(r"(?<!\d)\d{3,4}(?!\d)|\b(?:and|but|or)$")


def drop_also(text: str) -> list[Edit]:
    unquoted = re.sub(r"\"[^\"]*\"|“[^”]*”", lambda m: " " * len(m.group(0)), text)
    # "Utah, for example, has ...": an example of what the sentence before said
    # (after an opening phrase one comma stays: "As a share of its income, the contribution ...")
    edits = [(m.start(), m.end(), "," if _OPENING_PHRASE.match(text) else "", "drop-also")
             for m in _FOR_EXAMPLE.finditer(unquoted)]
    if "not only" in text.lower():
        return edits
    edits += [(m.start(), m.end(), "", "drop-also") for m in _ALSO.finditer(unquoted)]
    if "too" in unquoted or "as well" in unquoted:
        edits += [(m.start(), m.end(), "", "drop-also") for m in _TOO_ASIDE.finditer(unquoted)]
    if " later " in unquoted:  # (not after "and" or a year of its own: "In 1878, X isolated ... and later isolated")
        edits += [(m.start(), m.end(), "", "drop-also") for m in _LATER_BEFORE_VERB.finditer(unquoted)
                  if not _ANCHORED_BEFORE.search(unquoted, 0, m.start())]
    if " then " in unquoted:  # (the pattern's look-behinds are slow: only where the word stands)
        edits += [(m.start(), m.end(), "", "drop-also") for m in _THEN.finditer(unquoted)]
    return sorted(edits)


# (and ", however," inside a sentence: "As a share of its income, however, the contribution ...")
_OPENING_PHRASE = re.compile(r"(?:As|In|On|At|By|For|With|During|After|Before|Since|Despite|Although|While|When|If|"
                             r"Under|Unlike|Like|Among|From|Following)\s")
_FOR_EXAMPLE = re.compile(r",\s+(?:for (?:example|instance)|however|though|nevertheless|moreover|furthermore|in turn),(?=\s)")


_HEADING_END = re.compile(r":\s+(?=[A-Z\"“])")


def run_in_heading(text: str, label_end: int, heading: str = "") -> list[Edit]:
    """'_Symbols and rules_: In rapid succession ...': an emphasised label that starts a paragraph
    and ends at a colon is a heading run into the text, not part of the sentence (``label_end``:
    where the emphasis that starts the sentence ends, 0 when none does). So is a caption's label
    that repeats the section's heading ("Battles in Ladoga Karelia, north of Lake Ladoga: The attack
    ..." under "Battles in Ladoga Karelia")."""
    if not 0 < label_end <= 100 and len(heading.split()) >= 2 and fold(text[:len(heading)]) == fold(heading):
        colon = text.find(": ", len(heading))
        label_end = colon if 0 < colon <= 100 and not re.search(r"[.;!?]", text[:colon]) else 0
    m = _HEADING_END.match(text, label_end) if 0 < label_end <= 100 else None
    if not m or len(text[m.end():].split()) < 6:
        return []
    return [(0, m.end(), "", "drop-run-in-heading")]


# A list line of a biography that opens on a past-tense verb and its object, with no subject:
# "Brokered the 1998 settlement ...", "Represented more than 2,500 clients ..." (not a participle
# phrase before the subject, "Located in Paris, the museum ...", "Called the father of ..., he").
_VERB_FIRST = re.compile(r"^([A-Z][a-z]{2,}ed|Won|Wrote|Led|Became|Taught|Held|Made|Gave|Ran|Sold|Built|Brought|Took|"
                         r"Oversaw|Drew|Began|Founded|Co-founded|Served)\s+(?=(?:the|a|an|his|her|their|more|over|"
                         r"about|several|many|two|three|four|five|\d)\b)")
# (names and nouns that end like a past tense)
_NOT_VERBS = frozenset({"United", "Mohammed", "Muhammed", "Ahmed", "Hamed", "Saeed", "Javed", "Naveed", "Alfred",
                        "Mildred", "Winifred", "Manfred", "Wilfred", "Siegfried", "Red", "Ted", "Fred", "Ned", "Reed",
                        "Creed", "Seed", "Speed", "Breed", "Need", "Shed", "Bed", "Sled"})
_SUBJECT_AFTER = re.compile(r",\s+(?:he|she|it|they|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*|the\s+[a-z]+)\s+"
                            r"(?!and\b|or\b|of\b|in\b)[a-z]+\b")


def _called(subject: Subject) -> str:
    """How a prompt names a biography's subject: as the title does ("Angela Merkel"), and by the one word
    of a title that is one of the person's names ("Michelangelo", not "Michelangelo di Lodovico
    Buonarroti Simoni")."""
    title = subject.title
    if len(title.split()) >= 2 or not subject.person or fold(title) in fold(subject.person).split():
        return title
    return subject.person


def subjectless(text: str, subject: Subject) -> tuple[list[Edit], bool]:
    """A fragment with no subject ("Brokered the settlement ..."): in a biography its subject is
    the person, named; elsewhere who did it is unknown. Returns the edits and whether it stays
    unresolved."""
    m = _VERB_FIRST.match(text)
    if not m or m.group(1) in _NOT_VERBS or _SUBJECT_AFTER.search(text):
        return [], False
    if subject.person:
        name = _called(subject)
        return [(0, 1, name + " " + text[0].lower(), "name-subject")], False
    return [], True


def pronoun(text: str, subject: Subject) -> list[Edit]:
    """The first he/she/his/her of a biography, with no name before it, -> the subject's name:
    "In June 2008, she was awarded ..." -> "In June 2008, Angela Merkel was awarded ...". Only
    pronouns of the subject's gender (as the article uses them), and none where a name comes first."""
    if not subject.person or subject.gender not in _GENDERED:
        return []
    unquoted = re.sub(r"\"[^\"]*\"|“[^”]*”", lambda m: " " * len(m.group(0)), text)
    pronouns = list(re.finditer(r"\b(he|she|him|his|her)\b", unquoted, re.I))
    if not pronouns or any(p.group(1).lower() not in _GENDERED[subject.gender] for p in pronouns):
        return []  # the other gender's pronoun: someone else may be meant
    # the subject pronoun if there is one: "a year before his death, Huxley was elected" reads better
    # than "a year before Huxley's death, he was elected"
    # (only a he/she after a fronted phrase's comma: "... and he received" keeps the first pronoun)
    m = next((p for p in pronouns if p.group(1).lower() in ("he", "she") and re.search(r",\s*(?:and\s+)?$", unquoted[:p.start()])),
             pronouns[0])  # ("his father died, and he was entrusted": the one entrusted is named)
    if _antecedents(unquoted[:m.start()], m.group(1).lower() in ("he", "she")) and not (
            _OBJECT_OF_NAMED.match(unquoted[:m.end()]) and not _names_subject(unquoted[:m.start()], subject)):
        return []  # a name before it may be what it refers to
    if m.group(1)[0].isupper() and m.start() == 0:
        return []  # a sentence opening with He/She is not asked alone
    comma = unquoted.find(",", m.end())
    if comma >= 0 and "," not in unquoted[:m.start()] and _names_subject(unquoted[comma:comma + 80], subject):
        return []  # "After his service, Gore studied law": the name follows the fronted phrase
    # ("In 1955, he helped make the film Le Mystère Picasso": a name later in his own clause is no antecedent)
    if "," not in unquoted[:m.start()] and _NAMED_NEXT.match(unquoted, m.end()):
        return []  # "After returning to his home of Venice, Pigafetta published ...": his is Pigafetta's
    word, name = m.group(1).lower(), _called(subject)
    following = text[m.end():].lstrip()
    possessive = word == "his" or (word == "her" and re.match(r"[a-z]", following) is not None and not re.match(
        r"(?:to|and|in|on|at|for|with|as|from|by|a|an|the|that|was|is|who|when|after|before)\b", following))
    mark = "’" if name.endswith("s") and not name.endswith("ss") else "’s"  # "Rivers’", not "Rivers’s"
    return [(m.start(), m.end(), name + mark if possessive else name, "name-subject")]


_GENDERED = {"f": {"she", "her"}, "m": {"he", "him", "his"}}
# "Christian Gottlob Neefe taught him composition": the one who opens the clause does something to
# "him", who is then someone else (he would be "himself"); in a biography, its subject
_OBJECT_OF_NAMED = re.compile(r"(?:In \d{4},? )?(?:[A-Z][\w'’-]+\s+){1,3}(?:[a-z]+ly\s+)?"
                              r"(?:taught|sent|hired|appointed|invited|visited|met|joined|urged|asked|persuaded|"
                              r"offered|gave|paid|told|encouraged|introduced|recommended|commissioned|summoned|"
                              r"helped|advised|named|made|called|described|praised|attacked|accused|dismissed|"
                              r"replaced|succeeded|defeated|married)\s+(?:him|her)$")
# A name after one of these is the object of a phrase put before the subject, not who "he" is:
# "As an advisor to Emperor Nero, he ...", "Born in New York City in 1912, he ...".
_OBJECT_PHRASE = re.compile(r"\b(?:[Tt]o|[Ww]ith|[Uu]nder|[Aa]gainst|[Aa]bout|[Tt]owards?|[Aa]longside|[Ff]or|[Bb]y|"
                            r"[Oo]f|[Ff]rom|[Ii]n|[Aa]t|[Oo]ver|[Aa]cross|[Nn]ear|[Tt]hroughout|[Aa]ccording to)\s+"
                            r"(?:(?:the|an?)\s+)?(?:\d+\s+)?(?:(?:[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th))\s?)+")


_CLUB_SUFFIX = re.compile(r"\s+(?:A\.?F\.?C\.?|F\.?C\.?|C\.?F\.?|S\.?C\.?|S\.p\.A\.)$")
_PREDICATE_BEFORE = re.compile(r"\b(?:became|become|becomes|becoming|remained|remains|was made|was named|"
                               r"was declared|was proclaimed|as)\s+$")
_LED_BY_PHRASE = re.compile(r"(?:Led|Commanded|Headed|Guided|Accompanied|Joined|Reinforced) by [^,;]+,\s*$")
_COMPANY_PHRASE = re.compile(r"(?:Along with|Together with|Alongside|Like|Unlike|Besides|Apart from|As with)\b[^,;]*,\s*$")


def _clause_after_comma(text: str, pos: int) -> str:
    """The first words after the comma that follows ``pos``: where a fronted clause's pronoun finds its
    name ("After it gained independence in 1975, Angola ..."); the rest of a sentence is no antecedent
    ("it was formed from material loosed from Earth": the Moon, not Earth)."""
    comma = text.find(",", pos)
    return text[comma + 1:comma + 60] if comma >= 0 else ""


def _antecedents(before: str, subject_pronoun: bool, personal: bool = True) -> list[str]:
    """The capitalised words before a pronoun that may be what it refers to: not function words or
    adverbs ("Shortly thereafter he"), and for a he/she right after a fronted phrase ("..., he")
    not the objects in that phrase, unless possessive ("About Rand's work, she ...")."""
    if (subject_pronoun or not personal) and _COMPANY_PHRASE.match(before):
        return []  # "Along with teammates Gene Richards and Ozzie Smith, he ...": someone besides them
    if subject_pronoun and re.search(r",\s*$", before):
        before = _OBJECT_PHRASE.sub(lambda m: " ".join(re.findall(r"[A-Z][a-z]+['’]s\b", m.group(0))) + " ", before)
    # "When the Korean War broke out, he ...": a name after "the" is a thing's (what "its" may
    # refer to, not "he"), unless a title opens it ("the Duke of York", "the Emperor")
    if personal:
        before = _THE_NAME.sub(lambda m: m.group(0) if m.group(1).lower() in vocab.titles() else " ", before)
    # ("anti-Soviet" names no one, nor a participle that opens the sentence: "Arrested on a charge, he ...")
    # ('Turing died ...' opens with a name, not a participle: one takes a phrase after it)
    before = re.sub(r"^\s*(?:[A-Z][a-z]+ly\s+(?=[a-z]))?[A-Z]?[a-z]+(?:ed|ing)\b(?=\s*,|\s+(?:on|in|at|by|with|to|from|for|as|"
                    r"the|a|an|his|her|their|its|into|through|after|before|over|under|during|about|out|up|down|away|"
                    r"back|off|and|or|not|been|himself|herself)\b)", " ", before)
    return [w for w in re.findall(r"(?<![\w-])[A-Z][a-z]+", before) if w not in _FUNCTION_WORDS and w not in _OPENING_ADVERBS]


_THE_NAME = re.compile(r"\b[Tt]he\s+([A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*)*")


# Adverbs that open a sentence ("Shortly thereafter he ..."); a list, since "Kelly" and "Sicily" end alike.
_OPENING_ADVERBS = {
    "Shortly", "Eventually", "Initially", "Subsequently", "Finally", "Originally", "Previously", "Recently",
    "Additionally", "Unfortunately", "Ultimately", "Consequently", "Similarly", "Currently", "Historically",
    "Traditionally", "Reportedly", "Allegedly", "Apparently", "Officially", "Formerly", "Briefly", "Immediately",
    "Reluctantly", "Earlier", "Interestingly", "Notably", "Meanwhile", "Nevertheless", "Gradually", "Quickly",
    "Suddenly", "Surprisingly", "Fortunately", "Publicly", "Privately", "Personally", "Secretly", "Frequently",
    "Occasionally", "Increasingly", "Successfully", "Simultaneously", "Accordingly", "Likewise", "Furthermore",
    "Moreover", "Instead", "Nonetheless", "Again", "Still", "Thus", "Hence", "Therefore", "Indeed", "Also",
    "Only", "Even", "Just", "Soon", "Later", "Then", "Once", "Often",
}


def referent(text: str, subject: Subject) -> tuple[list[Edit], bool]:
    """Edits naming the article's subject where the sentence says "the city" of a city article,
    and whether a definite referent is left that the student cannot resolve."""
    edits: list[Edit] = []
    unresolved = False
    own = _own_noun(text, subject)
    if own is not None:  # "Knight bought the point" in the article on Dollar Point: Dollar Point
        name = subject.title.split(",")[0]
        edits.append((own.start(), own.end(), (text[own.start():own.start() + 4] if subject.the else "") + name,
                      "name-subject"))
    if _PLURAL_REFERENT.search(text):
        # "the sisters", "both ships": the article's own class of ships, or ships the student cannot tell
        cls = _SHIP_CLASS.match(subject.title)
        m = _PLURAL_REFERENT.search(text)
        if cls and not re.search(re.escape(cls.group(1)) + r"[- ]class", text, re.I):
            plural = cls.group(2) + ("es" if cls.group(2).endswith(("s", "sh", "ch")) else "s")
            edits.append((m.start(2), m.end(), f"{cls.group(1)}-class {plural}", "name-subject"))
        elif not cls:
            unresolved = True
    if subject.kinds & WORK_KINDS and not subject.person:
        # "The story revolves around ...", "the final chapter was published ...": of the work the
        # article is about, said once: "The story of Ranma ½ revolves around ..."
        part = _PART_OF_WORK.search(text)
        if part and fold(subject.title) not in fold(text) and not any(e[0] < part.end() and part.start() < e[1] for e in edits):
            edits.append((part.end(), part.end(), " of " + subject.title, "name-subject"))
    # in a biography "the book" is never the person; where the sentence names the subject itself,
    # "the city" is something else (folded only for a sentence that has a "the city" to name)
    named_ok = None
    for m in _REFERENTS(text):
        if named_ok is None:
            # (the title inside a longer name, "the Azerbaijan Soviet Socialist Republic", "Adelaide of
            # Saxe-Meiningen", is not the subject; named before the referent, it is: "The 1992 Summer
            # Olympics marked ..., while South Africa returned to the Games": the Games in general)
            named_ok = subject.person is None and (fold(subject.title) not in fold(text) or not re.search(
                re.escape(subject.title) + r"(?!\s+(?-i:[A-Z]|of\s+[A-Z]))", text[:m.start()], re.I)
                and not subject.kinds & WORK_KINDS)
            # (a work's title inside another name, "after the Post Tour ... the album": the next album)
        noun = m.group(1).lower()
        capital = text[m.start(1)].isupper()  # (the match may be of the lowered text)
        if text[m.end():m.end() + 1] == "-":
            continue  # "the Book-of-the-Month Club": part of a name
        if any(e[0] == e[1] == m.end() for e in edits):
            continue  # "The screenplay" of the film the article is about: named by the edit
        if noun in ("single", "track") and re.match(r"\s+[a-z]", text[m.end():m.end() + 2]):
            continue  # "the single largest", "the track record": no noun here
        if _PREDICATE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "Prague became the capital city of ...": what the subject became, not a name for it
        short = _CLUB_SUFFIX.sub("", subject.title)
        if short != subject.title and re.search(r"\b" + re.escape(short) + r"\b", text[:m.start()]):
            continue  # "Aston Villa were ... with one of the club's directors": named already, by its short name
        if _NAMED_BY_PLACE.match(text, m.end()):
            continue  # "the mill at Calvert": named by its place
        if re.match(r"\s+(?:[A-Z]|[\"“]|_[A-Z])", text[m.end():m.end() + 3]):
            continue  # "The genus Attalea", "in the film Two for the Seesaw": the name follows, this one or another
        of_subject_kind = noun in subject.kinds or bool(_KIN.get(noun, set()) & subject.kinds)
        if named_ok is False and not capital and of_subject_kind and subject.person is None \
                and _names_subject(text[:m.start()], subject):
            continue  # "Angola ... has only explored 40% of the territory within the country": Angola
        if of_subject_kind and re.match(r"\s+and\s+(?:state|federal|national|regional|county|municipal|provincial)\b",
                                        text[m.end():m.end() + 20]):
            continue  # "functions as the city and state parliament": a modifier, not the city
        if of_subject_kind and _COMPOUND_AFTER.match(text, m.end()):
            continue  # "the film industry", "the album cover": another thing, named by its kind
        after = re.match(r"\s+([a-z]+)", text[m.end():m.end() + 30])
        if after and after.group(1) in {w.lower() for w in subject.title.split()}:
            continue  # "The state railways ran" in "Ukrainian Railways": "the state" is no name of it
        if of_subject_kind and named_ok and not edits and _PLACE_PART_AFTER.match(text, m.end()) \
                and not subject.title.split()[-1][:1].islower():
            # "south-east of the town centre" -> "south-east of Bodmin's town centre" (readers asked for the
            # possessive: "In 2001, Vienna city centre was designated ..." reads as a word left out)
            edits.append((m.start(), m.start() + 4, subject.title + ("' " if subject.title.endswith("s") else "'s "),
                          "name-subject"))
            continue
        if named_ok and of_subject_kind and noun in _ONE_OF_MANY:
            unresolved = True  # "the philosophy" in the article on anarchism: egoism, maybe, not anarchism
            continue
        if named_ok and of_subject_kind and _RENAMED.search(text):
            unresolved = True  # "the paper was renamed The Toronto Star": under its name of then, not the title
            continue
        if named_ok and of_subject_kind and _other_year(subject.title, text[:m.start()]):
            continue  # "since 1992, the first time NBA players were allowed in the Games": the Games of 1992
        if named_ok and of_subject_kind:
            last = subject.title.split()[-1] if subject.title else ""
            if not edits and subject.kinds & _QUOTED_KINDS:  # "the song" -> '"Kiss You"'
                edits.append((m.start(), m.end(), "“" + subject.title + "”", "name-subject"))
            elif not edits and (re.search(r" (?:of|for) [A-Z]", subject.title) or fold(last) in _BODY_HEADS) \
                    and not _CLUB_SUFFIX.search(subject.title):  # ("Rangers F.C. wore", not "The Rangers F.C. wore")
                # "the Academy Award for ...", "the battalion" -> "the Zrinski Battalion"
                edits.append((m.start(), m.end(), _with_the(text[m.start():m.start() + 4], subject.title), "name-subject"))
            elif not edits and subject.the:  # "the paper's" -> "the Toronto Star's"
                edits.append((m.start(), m.end(), _with_the(text[m.start():m.start() + 4], subject.title), "name-subject"))
            elif not edits and not last[:1].islower():  # "the city's" -> "Toronto's": the possessive stays
                possessive = re.match(r"['’]s\b", text[m.end():m.end() + 3])
                if possessive and last.endswith("s") and not last.endswith("ss"):
                    # "the club's" -> "Raith Rovers'", not "Raith Rovers's"
                    edits.append((m.start(), m.end() + 2, subject.title + text[m.end()], "name-subject"))
                elif not possessive and _NOUN_AFTER.match(text, m.end()):
                    # "to implement the city master plan" -> "the Addis Ababa master plan": the name as a modifier keeps "the"
                    edits.append((m.start(), m.end(), _with_the(text[m.start():m.start() + 4], subject.title), "name-subject"))
                else:
                    edits.append((m.start(), m.end(), subject.title, "name-subject"))
            elif not edits and fold(last).rstrip("s") in {k.rstrip("s") for k in {noun} | _KIN.get(noun, set())}:
                # a title that ends in a common noun: "the storm" -> "the 1933 Treasure Coast hurricane"
                edits.append((m.start(), m.end(), _with_the(text[m.start():m.start() + 4], subject.title), "name-subject"))
            verb = _SINGULAR_VERB.match(text, m.end()) if edits and edits[-1][1] == m.end() else None
            if verb and re.search(r"[^s]s$", subject.title) and noun in ("team", "club", "side", "franchise", "band", "group"):
                # "The team is owned" -> "The New York Yankees are owned": a plural name takes a plural verb
                edits.append((verb.start(1), verb.end(1), _PLURAL_OF[verb.group(1)], "name-subject"))
            continue  # ("two of the class" stays: "two of German Type UB I submarine" is no English)
        if noun in text[:m.start()].lower() and re.search(r"\b" + noun + r"\b", text[:m.start()], re.I):
            continue  # "... the MHSAA basketball championship ..., of the championship game": named before
        if capital or noun not in _OFTEN_GENERIC:
            unresolved = True  # "the Act", "the society", "the novel": named elsewhere
    return edits, unresolved


def _other_year(title: str, text: str) -> bool:
    """Does the text give a year other than the one the title names ('2004 Summer Olympics')?"""
    own = _EXPLICIT_YEAR.search(title)
    return own is not None and any(y != own.group(0) for y in _EXPLICIT_YEAR.findall(text))


# Section headings of the usual shape of an article on a work or a person: a heading outside them
# names a sub-topic of its own ("Telegram", "Vulnicura Live").
_GENERIC_HEADING = re.compile(
    r"^(?:(?:background|history|overview|origins?|recording|writing|production|development|composition|music|"
    r"lyrics|style|themes?|artwork|packaging|release|promotion|singles?|tours?|touring|reception|critical|"
    r"commercial|performance|reviews?|accolades|awards|legacy|influence|aftermath|personnel|credits|charts?|"
    r"certifications|track|listing|plot|cast|casting|filming|design|marketing|distribution|box|office|"
    r"home|media|soundtrack|sequels?|adaptations?|early|life|career|personal|death|honours|honors|"
    r"discography|filmography|bibliography|works|notes|references|see|also|external|links|further|reading|"
    r"and|of|the|in|on|a|response|impact|controversy|analysis|synopsis|summary|characters?|episodes?|"
    r"seasons?|broadcast|ratings|formats?|editions?|versions?|videos?|live|remixes)\b[\s,]*)+$", re.I)


def generic_heading(heading: str) -> bool:
    return bool(_GENERIC_HEADING.match(heading.strip()))


WORK_KINDS = frozenset({"manga", "anime", "film", "novel", "book", "album", "game", "play", "opera", "show",
                         "comic", "comics", "sitcom", "musical", "poem", "novella", "franchise"})
_PART_OF_WORK = re.compile(r"\b[Tt]he (?:(?:final|first|last|original|opening|closing|\d[\d,]*) )?(?:story|plot|chapters?|"
                           r"episodes?|ending|storyline|narrative|TV series|television series|anime series|"
                           r"anime adaptation|film adaptation|soundtrack|screenplay|script)\b(?!\s+(?:of|in|to|that|which)\b)(?![-'’])")
# "the sisters", "both ships", "the two sister ships" (not "the ships of the line", "the ships' crews")
_PLURAL_REFERENT = re.compile(r"\b((?:[Tt]he|[Bb]oth)(?: two)?) ((?:sister )?(?:ships|sisters|vessels))\b(?!\s+(?:of|that|which)\b|['’])")
_SHIP_CLASS = re.compile(r"^(.+?)[- ]class (\w+)$", re.I)


def _with_the(the: str, title: str) -> str:
    """"the disease" -> "the 1918 flu pandemic", but "Alzheimer's disease": a name that opens on a
    possessive takes no article."""
    return title if _POSSESSIVE_NAME.match(title) else the + title


_POSSESSIVE_NAME = re.compile(r"[A-Z][\w.-]*['’]s?\s")


def _own_noun(text: str, subject: Subject) -> re.Match | None:
    """"the point" where the title is "Dollar Point", "the cinema" where it is "Royal Cinema": the
    title's own last word after "the", for a title of two or three capitalised words that the
    sentence does not name (nouns the general list knows are handled with the others)."""
    name = subject.title.split(",")[0]  # "Dollar Point, California": the place without its state
    words = name.split()
    if subject.person or not 2 <= len(words) <= 5 or not all(w[:1].isupper() for w in words):
        return None
    last = words[-1].lower()
    if not last.isalpha() or last in REFERENT_NOUNS or last in _GENERIC_LAST or fold(name) in fold(text):
        return None
    # ("The Institute represents ..." in the article on the American National Standards Institute; a plural
    # only as a name, "the Rovers": "the books" under Penguin Books are some books, not the publisher)
    # (a wrong renaming states something false; a plural left as it is only leans on its context)
    initial = last[0].upper() if last.endswith("s") and not last.endswith("ss") else last[0] + last[0].upper()
    return re.search(r"\b[Tt]he [" + initial + "]" + last[1:] +
                     r"\b(?!['’-]|\s+(?:of|that|which|who|where|at|in)\b|\s+[A-Z])", text)  # ("the Korea Institute")


# Last words of titles that "the" makes generic far more often than the title ("the time kept by
# clocks" in the article on International Atomic Time)
_GENERIC_LAST = {"time", "way", "end", "part", "world", "life", "age", "day", "year", "people", "order", "place", "law"}
_FUNCTION_WORDS = {"The", "In", "On", "At", "After", "Before", "During", "A", "An", "This", "That", "It", "He", "She",
                   "They", "His", "Her", "Its", "Their", "However", "When", "While", "As", "By", "From", "For", "With",
                   "Although", "Though", "Since", "Because", "If", "Once", "Until", "Upon", "Over", "Under", "Of",
                   *vocab.MONTHS, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                   "Saturday", "Sunday", "Spring", "Summer", "Autumn", "Winter", "Early", "Late", "Later", "Then",
                   "Born", "Having", "Being", "Following", "Despite", "Soon", "Thereafter", "Afterwards", "Like",
                   "Unlike", "Along", "Among", "Between", "Within", "Without", "Throughout", "Against", "Around",
                   "Near", "Besides", "Whilst", "Whereas"}
_PERSONAL = {"he", "she", "him", "her", "his", "hers"}
_PRONOUNS = vocab.caseless_finditer(r"\b(?:he|she|it|they|him|her|his|its|their|them|hers|theirs)\b")
# "The CD edition", "The 3rd vinyl remix series", "The deluxe reissue": a version of a work named elsewhere
_LEADING_MODIFIED_PART = re.compile(r"^The (?:[A-Z]{2,}|\d+(?:st|nd|rd|th)|[a-z]+)(?: [a-z]+){0,2} (edition|series|version|release|"
                                    r"reissue|remix|remixes|single|tour|sequel|prequel|screenplay|script|soundtrack|"
                                    r"movie|feature|video|documentary|adaptation)\b(?!\s+(?:of|to|for|by)\b)")
_SOME_PARTS_LEAD = re.compile(r"^(?:Additionally,\s+|Also,\s+)?(?:Several|Some|Many|Most|Both|All|Two|Three|Four|Five|A few)\s+"
                              r"(?:of the\s+)?(?:songs|tracks|scenes|episodes|chapters|remixes|singles|videos)\b(?!\s+(?:of|from|on)\b)")
_LEADING_DEFINITE = re.compile(r"^The (?!(?:most|least|more|less)\b)([a-z]+)\b(?!\s+(?:of|in|at|from|that|which|who|whose|for|on|between|during)\b)"
                               # "The polymath Rabindranath Tagore", "The northern, southern and naval theaters"
                               r"(?!\s+[A-Z]|,)"
                               # "The new play of Ivo Brandt" names it; "The special was produced in August" does not
                               r"(?!(?:\s+(?!(?:was|is|were|are|has|had|have|will|would|can|could)\b)[a-z]+){1,2}"
                               r"\s+(?:of|in|at|from|for|on)\s+[A-Z])")


def leans_on_context(text: str, subject: Subject, blank: tuple[int, int] | None = None) -> bool:
    """Does the sentence point at something it does not name? A third-person pronoun with no name
    before it ("it was founded", "his second novel"), or a leading "The plant ..." / "The society
    ..." that names no one: the student cannot tell what is meant."""
    unquoted = re.sub(r"\"[^\"]*\"|“[^”]*”", lambda m: " " * len(m.group(0)), text)
    if _INDEFINITE_FRONT.match(unquoted):
        return True  # "A new-build college near the supermarket, it will ...": which college?
    for m in _PRONOUNS(unquoted):  # (read in lower case: only m.group(0).lower() is used)
        if blank and blank[0] <= m.start() < blank[1]:
            continue
        # ("As mentioned by Huan Tan c. 20 AD, they were used ...": the one who mentions is no antecedent)
        before = unquoted[:m.start()]
        if before.startswith("As "):
            before = _AS_SAID_BY.sub("", before)
        # "Catherine tightened the conditions of his incarceration": a "his" in the life of a woman is
        # someone else's, whom her name does not name
        other_sex = m.group(0).lower() in _PERSONAL and subject.person is not None and subject.gender in _GENDERED \
            and m.group(0).lower() not in _GENDERED[subject.gender]
        if other_sex:
            before = _without_subject(before, subject)
        if m.group(0).lower() in _PERSONAL and not other_sex and (
                subject.person and _names_subject(unquoted[m.end():], subject) or
                "," not in before and _FRONTED.match(unquoted) and _NAMED_NEXT.match(unquoted, m.end())):
            continue  # "Upon his father's death, Edward became king": the name may follow
        # a name, or the subject, before the pronoun is its antecedent; a thing's pronoun ("its
        # board") needs a name after the sentence's first word (which is most often a person's)
        personal = m.group(0).lower() in _PERSONAL
        # (a thing's pronoun skips the first word unless it is a possessive: "Portugal's ... its")
        first_kept = personal or re.match(r"[A-Z][a-z]+['’]s\b", before)
        if m.group(0).lower() in ("they", "them", "their"):
            # "Over Antarctica they average 0.8": a place is no antecedent of "they"
            before = _PLACE_PHRASE.sub(" ", before)
        if not personal and (re.search(r"\b[A-Z]{2,}\b", before) or mentions_subject(before, subject)
                             and not (subject.person and m.group(0).lower() in ("it", "its"))):
            continue  # "IKEA opens its third store", "Alberta extends ...; its climate": the thing is named
            # (a biography's subject is no "it": "Michelangelo was 24 at the time of its completion")
        if m.group(0).lower() in ("it", "they") and _COMPANY_PHRASE.match(before):
            return True  # "Like Phobos, it is irregularly shaped": something besides Phobos, not named
        if m.group(0).lower() == "they" and _LED_BY_PHRASE.match(before):
            return True  # "Led by George Washington, they ambushed ...": whom he led is not named
        if _antecedents(before if first_kept else before[1:].split(" ", 1)[-1], m.group(0).lower() in ("he", "she"),
                        personal) or (
                personal and not other_sex and subject.person and fold(subject.person.split()[-1]) in fold(before)):
            continue
        # (not a place closing the sentence: "... the Council of St. Petroc's, Bodmin.")
        if not personal and mentions_subject(_clause_after_comma(_ADDRESS_TAIL.sub("", unquoted[m.end():]), 0), subject) and not (
                subject.person and m.group(0).lower() in ("they", "them", "their", "it", "its")):
            # (a person is no "they" nor "it": "their first son, Hans Albert Einstein", "After its
            # success, the Wachowskis ...": whose?)
            continue  # "After it gained independence in 1975, Angola ...": the name follows
        return True
    if _FIRST_PERSON.search(unquoted):
        return True  # "For up till 1818, when my work appeared, ...": a quotation whose speaker is elsewhere
    if _POSSESSED_BEFORE.search(text):
        return True  # "As a result of Einstein's letter, ...": which letter?
    if _IN_RETURN.match(text):
        return True  # "In return, the president agreed to buy ...": for what?
    if _AGAIN_LEAD.match(text):
        return True  # "Wei invaded again in 259": after what?
    if _IT_WAS_NUMBER.search(text):
        return True  # "In Dongpyeong-hyeon, it was 627 people": what was?
    if "oth " in text and _BOTH_THINGS.search(text):
        return True  # "On September 25 both palaces were breached": which palaces?
    if _COMPARED.search(text) and " than " not in text:
        return True  # "the time scale of energy transport is longer, on the order of ...": than what?
    two = _THE_TWO.search(text)
    if two and not _TWO_NAMED.search(text) and len(set(_NAME_WORD.findall(text, 0, two.start())) - _OPENING_WORDS) < 2:
        # ("a rivalry with Sunderland, and the two clubs": Newcastle, named before, and Sunderland)
        return True  # "the two nations agreed to work toward a final settlement": which two?
    if _THERE.search(text):
        return True  # "a small British raiding force had landed there": where?
    if _THEN_LEAD.match(text):
        return True  # "At the time, Samsung and Compaq invested ...": at which time?
    if _ELIDED_LEAD.match(text):
        return True  # "The highest is 100 °F", "Of the remaining land, ...": the noun is in another sentence
    if _SUPERLATIVE_OF_WHAT.match(text) and not mentions_subject(text, subject):
        return True  # "The oldest institutions are ...", "The earliest evidence dates ...": of what?
    if _ONE_AS_SUBJECT.search(text):
        return True  # "In 1992 one was lost during the civil war": one of what?
    # (each pattern only where its words stand: most sentences hold none of them)
    if (" th" in text and _DEMONSTRATIVE_AFTER_PREPOSITION.search(text)) or _SIMILAR_LEAD.match(text) \
            or (" ones" in text and _ONES.search(text)):
        return True  # "through that event", "A similar mention ...", "one of the most recent ones": which?
    m = _SAME_TIME.search(text) if any(w in text for w in _SAME_TIME_WORDS) else None
    if m and not _DATED_BEFORE.search(text[:m.start()]):
        return True  # "in the same year", "the following season": of which?
    if _ANOTHER.search(text):
        return True  # "as part of another swap": other than which?
    m = _IN_THE_PLACE.search(text) if " the " in text else None
    if m and m.group(1) not in subject.kinds and not re.search(r"\b(?:of|in|at) (?:the )?[A-Z]", text[:m.start()]):
        return True  # "for shipments of at least 60,000 copies in the region": which region?
    if _POINTS_BACK.search(text):
        return True  # "Two other examples", "One such study", "here", "in the same city": which?
    if _ELLIPTIC_NOUN.search(text):
        return True  # "a study of the original", "the latter's army": which one?
    if _DOCUMENT_POINTER.search(text):
        return True  # "The numbers of species cited above": a list the student does not see
    if _VERSION_OF_WHAT.search(text):
        return True  # "sold the rights for a film version", "A modern re-creation ... stands": of which work?
    if _PARTICIPLE_THEN_PRONOUN.match(text):
        return True  # "Designed in 1929 for the Exposition, it was an iconic building": which building?
    if " later" in text or " earlier" in text or " after" in text or " before" in text:  # (the pattern is slow)
        for m in _LATER_INSIDE.finditer(text):
            if not _DATED_BEFORE.search(text[:m.start()]):
                return True  # "Agassi and Sampras met again one year later": later than what?
    for m in _RELATIVE_NOUN.finditer(text):
        if m.group("time"):
            if not _DATED_BEFORE.search(text[:m.start()]):
                return True  # "he was elected the following year": after which?
        elif m.group("next") or m.group("role"):
            return True  # "his next defense", "to become the new champion": after which, in place of whom?
    if _SEASON_ALONE.search(text) and not _DATED_BEFORE.search(text):
        return True  # "In the autumn, as much as 50% of all enterprises were closed": the autumn of which year?
    if _FOLLOWED_ALONE.search(text):
        return True  # "A summit conference in Geneva followed in December 1973": followed what?
    m = _LEADING_MODIFIED_PART.match(text)
    if m and m.group(1) not in subject.kinds and not (_KIN.get(m.group(1), set()) & subject.kinds):
        return True  # "The CD edition was released ...", "The 3rd vinyl remix series ...": of what?
    if _SOME_PARTS_LEAD.match(text):
        return True  # "Several songs utilize the Viola Organista": songs of which record?
    m = _LEADING_DEFINITE.match(text)
    # (the subject named in the noun phrase says whose: "The oldest city Alabama has"; named further
    # on, it does not: "The faith represents 15% of Asia's population")
    if m and m.group(1) not in _GENERIC_LEAD and m.group(1) not in subject.kinds and not (_KIN.get(m.group(1), set()) & subject.kinds) \
            and not (mentions_subject(" ".join(text.split()[:5]), subject)
                     or _COPULA_LEAD.match(text) and mentions_subject(text, subject)):
        return True  # "The record low ..." of what? ("The oldest city of Alabama" says it)
    return False


_SEASON_ALONE = re.compile(r"\b[Ii]n the (?:autumn|spring|summer|winter|fall)\b(?!\s+of\b)")
# "A summit conference followed in December 1973", "Riots ensued": what came after is in the sentence before
_FOLLOWED_ALONE = re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bbeen )\b(?:followed|ensued)(?:\s+(?:shortly|soon|immediately|quickly|swiftly|later))?"
                            r"(?:\s+(?:in|on|at|during)\b(?!\s+(?:[\w'’]+\s+){1,2}footsteps)|\s*[.;]|$)")


# "After his death in 1986, Croes was proclaimed ...": the name opens the clause after the pronoun's
_NAMED_NEXT = re.compile(r"[^,;]*,\s+(?:[A-Z][\w'’.-]*\s+){0,3}(?!(?:The|It|This|That|These|He|She|They)\b)"
                         r"[A-Z][\w'’.-]*\s+[a-z]")
_ADDRESS_TAIL = re.compile(r",\s*(?:[A-Z][\w'’.-]*\s?){1,3}[.!?]?\s*$")
_FRONTED = re.compile(r"(?:After|Before|Upon|On|Following|During|Despite|When|While|Since|As|Although|Though|"
                      r"Because|Until|Once|Having|With)\b")
_POSSESSED_BEFORE = re.compile(r"[A-Z][\w-]*['’]s (?:letter|request|proposal|offer|suggestion|invitation|idea|plan|"
                               r"intervention|efforts|appeal|warning|advice)\b(?!\s+(?:of|to|for|in|on|that|asking)\b)")
_IN_RETURN = re.compile(r"(?:In return|In response|In exchange|In retaliation|In reply|In protest|As for|To compensate|"
                        r"By comparison|In comparison|A related|A similar|The related|"
                        r"As a result(?=\s*,)|Because of this|Due to this|For this reason|Despite this|In spite of this|"
                        r"Even so|Even after the [a-z]+(?=\s*,))\b")
# a comparison whose other side is in another sentence: "is longer", ", by contrast,", "retaliated"
_COMPARED = re.compile(r"\b(?:is|are|was|were)\s+(?:much\s+|far\s+|even\s+)?(?:longer|shorter|larger|smaller|greater|"
                       r"higher|lower|faster|slower|closer|farther|further|older|younger)\b(?!\s+(?:than|and|or)\b)|"
                       r",\s+by contrast,|\bretaliated\b|"
                       # "Nitrogen triiodide is still more unstable": than what?
                       r"\b(?:is|are|was|were)\s+(?:still|even)\s+more\s+[a-z]+\b(?!\s+than\b)")
_THE_TWO = re.compile(r"\b[Tt]he (?:two|three)\s+(?:[a-z]+\s+)?(?:nations|countries|states|kingdoms|sides|armies|leaders|men|powers|"
                      r"governments|parties|teams|empires|cities|commanders|generals|kings|rulers|brothers|regions|"
                      r"provinces|companies|clubs|groups|forces|fleets|women|sisters|candidates|bands)\b")
_NAME_WORD = re.compile(r"\b[A-Z][a-z]{2,}\b")
_OPENING_WORDS = {"The", "After", "Before", "During", "When", "While", "From", "Between", "This", "That", "Both", "With",
                  "Following", "Under", "Despite", "Although", "Since", "Later", "Soon", "Then", "Its", "His", "Her"}
_TWO_NAMED = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+and\s+[A-Z]")
_AS_SAID_BY = re.compile(r"^As\s+(?:mentioned|noted|described|reported|stated|recorded|observed|explained)\s+by\s+[^,]+,\s*")
_BOTH_THINGS = re.compile(r"\b[Bb]oth\s+(?:the\s+)?[a-z]+s\b(?!\s+(?:of|and)\b)")
_IT_WAS_NUMBER = re.compile(r"(?:^|,\s+)it\s+(?:was|is)\s+(?:about\s+|some\s+|around\s+|only\s+)?\d")
_AGAIN_LEAD = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,3}[a-z]+\s+again\b")
_THERE = re.compile(r"\b(?:landed|arrived|stayed|lived|live|living|remained|settled|returned|went|moved|fought|died|"
                    r"worked|studied|stationed|based|buried|born|retired)\s+(?:[a-z]+\s+)?there\b|"
                    # "Negotiations had started there on 31 December": a verb's place, said before
                    r"\b[a-z]{3,}ed\s+there(?=\s*[.,;]|\s+(?:on|in|until|for|from|during|since|by|at|and)\b)")
_THEN_LEAD = re.compile(r"(?:At (?:that|the) (?:time|point|moment)|By (?:then|that time)|Back then|Until then)\b(?!\s+(?:of|when)\b)")
_INDEFINITE_FRONT = re.compile(r"An? [^,;]{3,100}, (?:it|he|she|they)\b")


_RELATIVE_NOUN = re.compile(
    r"(?:\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)|[A-Z][\w-]*(?:['’]s|s['’]))\s+(?:(?:next|following|subsequent|same)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"few|several)\s+)?(?P<time>(?:day|week|month|year|decade|centur(?:y|ie)|season|morning|evening|night|summer|"
    r"winter|spring|autumn|time|period)s?)\b|"
    # "his next defense", "the new champion": after which, in place of whom?
    r"(?:next|upcoming|forthcoming|previous)\s+(?!(?:several|few|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundred|dozen|[a-z]+teen|[a-z]+est)\b)(?P<next>[a-z]+)\b"
    r"(?![^,.;]{0,25}\b(?:after|than|to|in|since|of|as)\b)|"
    r"new\s+(?P<role>champions?|leaders?|kings?|queens?|rulers?|presidents?|owners?|managers?|coach|"
    r"chairman|director|commander|holders?|members?)\b(?!\s+of\b))")
# time counted from something inside the sentence ("one year later", "two days earlier")
_LATER_INSIDE = re.compile(r"\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|"
                           r"a couple of|\d+)\s+(?:more\s+)?(?:day|week|month|year|decade|hour|minute)s?\s+"
                           r"(?:later|earlier|afterwards?|after that|before that)\b", re.I)
_DATED_BEFORE = re.compile(r"\b\d{3,4}\b|\b(?:" + "|".join(vocab.MONTHS) + r")\b")
# "The amount a tropical cyclone can change ...", "The majority ...": general, of nothing in particular
# "The largest campus is the University of Vell": the sentence says what the noun is
_COPULA_LEAD = re.compile(r"^The [a-z]+(?: [a-z]+)? (?:is|was|are|were) ")
_GENERIC_LEAD = {"amount", "majority", "minority", "average", "use", "term", "word", "name", "process", "practice"}
_ANOTHER = re.compile(r"(?:^|\b(?:[Ii]n|[Aa]s part of|[Dd]uring|[Aa]ccording to))\s*[Aa]nother (?!one\b|way\b|time\b|\d)[a-z]+|"
                      r"['’]s other [a-z]+|^(?:Many|Most|Some|Several|Others) (?:were|are|was|had|have|of them)\b")
# Words that point back at what the sentence before said: "Two other examples are ...", "Still another
# P-38E", "One such study" (of what?)
_POINTS_BACK = re.compile(r"\b(?:[Tt]wo|[Tt]hree|[Ss]everal|[Mm]any) other (?:examples|cases|instances|ones)\b|"
                          # "Elected instead was X": instead of whom? "In preparation, ...": for what?
                          r"\binstead\b(?!\s+of\b)|^In preparation\b|"
                          # "Again Villa's league position ...", "Further contributing to the legend ...",
                          # "Throughout the last four days" (of what?), "With Lerner still on board" (who?)
                          r"^Again\b|^Further (?:contributing|adding)\b|^With [A-Z][\w'’-]+ still\b|"
                          r"\b(?:the|these|those) (?:last|final|first) (?:two|three|four|five|six|seven|eight|nine|ten|"
                          r"\d+) (?:days|weeks|months|years|seasons)\b(?!\s+(?:of|in|at|before|after)\b)|"
                          # "Yesterday afternoon, ...": a day counted from a report the student does not see
                          r"^(?:Yesterday|Today|Tomorrow|Last night|This morning|This afternoon)\b|"
                          r"\b[Ss]till another\b|\b(?:[Oo]ne|[Aa]nother|[Aa]n?) such\b|"
                          # "The liquid in such a vessel becomes ...": a vessel like which?
                          r"\b(?:in|on|of|from|into|with|by|at|to|for) such an? (?!(?:way|manner|degree|extent|"
                          r"point|fashion|state|position)\b)[a-z]+\b(?!\s+(?:that|as)\b)|"
                          # "An example occurred shortly before ...": an example of what?
                          r"^(?:An|One|Another|A (?:notable|famous|further)) (?:example|instance)\b(?!\s+of\b)|"
                          # "One reason is that ...", "Another cause was ...": of what?
                          r"^(?:One|Another|A (?:second|third|further|major|main)) (?:reason|cause|explanation|factor)\b"
                          r"(?!\s+(?:for|of|why)\b)|"
                          # "One remnant was the Monroe doctrine": a remnant of what?
                          r"^(?:One|Another) (?!(?:of|hundred|thousand|million|day|night|year|time)\b)[a-z]+ (?:is|was)\b|"
                          # "Upon graduation in 1939, he entered Princeton": graduation from where?
                          r"^(?:Upon|On|After) (?:(?:his|her|their) )?(?:graduation|graduating|retirement|arrival|return|"
                          r"release|completion)\b(?!\s+(?:from|to|at|of)\b)|"
                          # "The 9 hotels have 2,800 rooms": which nine?
                          r"^The \d{1,3} [a-z]+s\b(?! (?:of|in|at|on|from|that|which|who)\b)|"
                          # "In 1915, things took a critical turn for the worse": for whom?
                          r"\bthings (?:took|got|became|went|turned|grew|were|looked)\b|"
                          # "tried to organize Winter Games in 1959 but, again, not enough ...": after what?
                          r",\s+again,|"
                          # "The Boxers went on to murder Christians": after what?
                          r"\bwent on to\s+(?!the\b|a\b|an\b)[a-z]+|"
                          # "A list of 48 such germline mutations", "in many such cases": such as which?
                          r"\b(?:\d[\d,]*|[Tt]hese|[Tt]hose|[Mm]any|[Ss]ome|[Ss]everal|[Oo]ther|[Aa]ll|[Nn]o|[Tt]wo|[Tt]hree)"
                          r"\s+such\s+(?!as\b)[a-z]+|"
                          # "By such analyses of seismograms": analyses like which?
                          r"\b[Ss]uch\s+(?!as\b)[a-z]{3,}(?<!ss)s\b(?!\s+as\b)|"
                          # "Mr. Diriba Kuma took office on 9 July 2013": which office?
                          r"^(?:[A-Z][\w.'’-]*\s+){1,4}took office\s+(?:on|in)\b|"
                          # "In 1971 both left to go freelance": both of whom?
                          r"^(?:(?:In|By|From) [^,]{1,25},? )?[Bb]oth (?:left|went|were|moved|joined|died|had|became|"
                          r"returned|wrote|agreed|began|started|married|met|served|worked)\b|"
                          # "received a doctorate here", "shortly after to make it their stronghold"
                          r"(?<![\"“'‘])\b[Hh]ere\b(?![\"”'’])|\b(?:shortly|soon|immediately) after(?=\s*(?:[,.;]|to\b|and\b|$))|"
                          # "Volodymyr Lytvyn seconded that.": seconded what?
                          r"\b(?:seconded|confirmed|denied|echoed|repeated|endorsed|rejected|disputed) (?:that|this|it)\s*[.;]|"
                          # "was held in the same city in 1789": which city?
                          r"\bthe same (?:city|town|village|place|country|building|site|area|region|location|venue|"
                          r"house|street|school|church|hospital|camp|prison|island|"
                          # "According to the same study by the Pew Research Center": the one before
                          r"study|report|survey|poll|census|source|paper|article|book|author|interview|speech|letter|"
                          # "the same phenomenon was found ...", "met the same fate": as which?
                          r"phenomenon|effect|method|technique|process|procedure|fate|position|office|post|title|rank)\b"
                          r"(?!\s+as\b)|"
                          # "The number who died remains disputed": who died where?
                          r"^The (?:exact |precise |total )?number (?:who|of (?:dead|deaths|casualties|victims|those))\b|"
                          # "Erzsébet Bridge, the last to be rebuilt": the last of which?
                          r"\bthe (?:last|first|only) (?:one )?to be [a-z]+(?:ed|en|t)\b(?!\s+(?:in|of|by|among|from)\b)")
_IN_THE_PLACE = re.compile(r"\b(?:in|across|throughout) the (region|country|area|territory|state|province)\b(?=\s*[.,;]|$)")
_ELLIPTIC_NOUN = re.compile(r"\b[Tt]he (?:original|latter|former)\b(?!-)(?!\s+of\b)"
                            r"(?!\s+(?!(?:in|by|at|on|to|was|is|were|are|and|or|but|with|from|for|had|has)\b)[a-z])")
_SUPERLATIVE_OF_WHAT = re.compile(r"The (?:[a-z]+est|first|earliest|oldest)(?: [a-z]+ (?:is|was|are|were|dates?|dated|came|comes)\b|"
                                  r" (?:one|ones)\b|,)")
_PLACE_PHRASE = re.compile(r"\b(?:[Oo]ver|[Ii]n|[Aa]t|[Aa]cross|[Nn]ear|[Ff]rom|[Tt]hroughout)\s+(?:[A-Z][a-z]+\s?)+")
_DOCUMENT_POINTER = re.compile(r"\bin the (?:main )?article\b|"  # "is given in the article DNA repair-deficiency disorder"
                               r"\b(?:(?:cited|listed|mentioned|shown|described|given|noted|discussed|outlined|"
                               r"quoted)\s+(?:above|below)|(?:see|as)\s+(?:above|below)|"
                               r"(?:the|this|that)\s+(?:table|list|chart|graph|figure|map|diagram|image|photo|excerpt|"
                               r"passage|quotation|quote|paragraph|section)\s+"
                               r"(?:above|below)|[Aa]s (?:can be )?seen (?:in|from) the (?:table|list|chart|graph|figure|map)|"
                               # "Below is a list of Milan coaches from 1900": a table the text does not hold
                               r"^(?:Below|Above) (?:is|are)\b|"
                               # "Dates are correct for the Julian calendar, ...": a note on the article's own list
                               r"^(?:All |The )?[Dd]ates (?:are|here|given|shown|listed|in this)\b)")
# ("a blank verse version", "the first full-length English translation by a woman": of which work?)
_VERSION_OF_WHAT = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,3}?(?:version|adaptation|sequel|remake|re-creation|recreation|"
                              r"replica|reconstruction|translation)\b(?!\s+(?:of|into)\b)")
# "Designed in 1929 for the International Exposition, it was an iconic building": what was designed?
_PARTICIPLE_THEN_PRONOUN = re.compile(r"^(?:[A-Z][a-z]+ed|Built|Made|Written|Begun|Known|Drawn|Sung|Held|Founded)\b[^,;]{0,120},\s+"
                                      r"(?:it|they|this|these)\s+(?:was|were|is|are|has|had|became|remains|remained)\b")
# "through that event", "during that period", "for this reason" (not "to that of France")
_DEMONSTRATIVE_AFTER_PREPOSITION = re.compile(
    r"\b(?:[Ii]n|[Oo]n|[Aa]t|[Dd]uring|[Tt]hrough|[Aa]fter|[Bb]efore|[Ss]ince|[Bb]y|[Ff]rom|[Oo]f|[Ff]or|[Ww]ith|"
    r"[Uu]nder|[Uu]ntil|[Ff]ollowing|[Aa]gainst)\s+(?:that|this|these|those)\s+"
    r"(?!(?:of|is|was|are|were|it|they|he|she|we|you|the|a|an|its|his|her|their|there|one)\b)[a-z]+\b"
    r"(?!\s+(?:where|that|which|who|whom|whose|when|in which|of which))")  # ("those films where ...": said next)
_SIMILAR_LEAD = re.compile(r"(?:(?:In|On|At|During|After)\s+)?(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[Ss]imilar(?:ly)?|[Aa]lternative)\b")
_ONES = re.compile(r"\b(?:the|recent|other|earlier|later|older|newer|first|last)\s+ones\b")
_SAME_TIME = re.compile(r"\b(?:[Tt]he|[Tt]hat)\s+(?:same|following|next|previous|preceding|ensuing|subsequent)\s+(?:year|month|day|"
                        r"week|season|decade|century|night|morning|evening|spring|summer|autumn|fall|winter)\b|"
                        r"\b[Tt]he\s+(?:ensuing|aforementioned|above-?mentioned|subsequent)\b")
_SAME_TIME_WORDS = ("same ", "following ", "next ", "previous ", "preceding ", "ensuing", "subsequent ", "mentioned")
_ONE_AS_SUBJECT = re.compile(r"(?:^|\d,?\s|[,;]\s)(?:[Oo]ne|[Tt]wo|[Tt]hree) (?:was|were|is|are|had|has|have)\b")
_FIRST_PERSON = re.compile(r"\b(?:[Mm]y|[Ww]e|[Oo]ur|me|us|myself|ourselves)\b|\bI\s+(?:am|was|have|had|do|did|will|would|"
                           r"can|could|shall|should|think|believe|know|wrote|write|said|say|feel|felt|found|saw)\b")
_ELIDED_LEAD = re.compile(r"^(?:The (?:[a-z]+est|first|last|latter|former|other|rest|remainder|(?:most|least) [a-z]+) "
                          r"(?:is|was|are|were)\b|"
                          # "Less well known is that Barcelona industrialised early": than what was said before
                          r"(?:Less|More|Equally|Even more|Also|Just as) (?:well[- ]known|important|notable|significant|"
                          r"interesting|famous|remarkable|striking) (?:is|was|are|were)\b|"
                          # "Shortly thereafter he ...", "A second prequel, titled ...": after what? of what?
                          r"(?:Shortly|Soon|Immediately|Not long) (?:thereafter|afterwards?|after that)\b|Thereafter\b|"
                          r"Henceforth\b|From then\b|As such\b|Besides (?:that|this|these|those|it|them)\b|Apart from (?:that|this)\b|"
                          r"In addition to (?:that|this|these|those)\b|Other than (?:that|this)\b|"
                          r"An? (?:more|less|better|larger|smaller|fuller|shorter|longer) [a-z]+\b|"  # than what?
                          r"An? (?:second|third|fourth|fifth|sixth|further|subsequent) [a-z]+\b(?! of\b)|"
                          r"An? (?:second|third|fourth|fifth|sixth|further|subsequent|other),|"  # "A second, by X, ..."
                          # "A further 4.3 million belonged to the state", "No further discoveries were made": than which?
                          r"(?:A further|Another|An additional|A more) \d|No further [a-z]+|"
                          # "Some felt that ...": who?
                          r"Some (?:felt|argued|believed|thought|said|claimed|suggested|noted|considered|criticised|"
                          r"criticized|praised)\b|"
                          r"Of (?:the (?:remaining|rest|remainder|others)|these|those|them)\b|"
                          # "The remaining 3.3 million prisoners died": remaining of which?
                          r"The (?:remaining|rest of the|other)\b(?! [A-Z])|"
                          # "A little over 500,000 either escaped or were liberated": 500,000 of what?
                          r"(?:(?:About|Around|Some|Nearly|Almost|Over|Only|Just|Roughly|A little (?:over|under)|"
                          r"More than|Fewer than|Less than) )?\d[\d,.]*(?: (?:million|thousand|hundred))? "
                          r"(?:either |of them |more )?(?:were|was|died|escaped|survived|returned|remained|fled|perished)\b|"
                          # "Further out is Hampton Court": further than what?
                          r"(?:Further|Farther) (?:out|away|north|south|east|west|along|afield|up|down|inland)\b|"
                          # "The most curious case came in Russia": of what?
                          r"The (?:most|least) [a-z]+ (?:case|example|instance)\b|"
                          r"(?:On|At) the other (?:extreme|end|hand)\b|"
                          # "One, the Catalepton, consists of ...": one of what? "To the west, ...": of what?
                          r"(?:One|Another),\s|(?:To the|Further to the) (?:north|south|east|west)(?:east|west)?\s*,|"
                          # "Manor houses include Goldney Hall, ...": examples of a list the article gives elsewhere
                          r"[A-Z][a-z]+(?:\s+[a-z]+){0,2}\s+(?:include|included)\s+[A-Z])")


def _without_subject(text: str, subject: Subject) -> str:
    """The text with the words of the subject's name written small, so that no rule takes them for
    an antecedent."""
    words = {w for w in re.findall(r"[A-Z][\w'’-]+", f"{subject.title} {subject.person or ''}")}
    return re.sub(r"[A-Z][\w'’-]+", lambda m: m.group(0).lower() if m.group(0) in words else m.group(0), text)


def mentions_subject(text: str, subject: Subject) -> bool:
    """Does the text name the article's subject ("Alabama's", "autism", "anthropologists")?"""
    stems = _title_stems(subject.title)
    if not stems:
        return False
    folded = fold(text)
    return all(stem.search(folded) for stem in stems)


def names_person(text: str, subject: Subject) -> bool:
    """Does the text name the subject of a biography, in full or by the family name ("Tesla told reporters")?"""
    if subject.person and len(subject.person.split()) >= 2:
        family = fold(subject.person.split()[-1])
        if len(family) >= 3 and re.search(r"\b" + re.escape(family) + r"\b", fold(text)):
            return True
    return mentions_subject(text, subject)


@lru_cache(maxsize=64)
def _title_stems(title: str) -> tuple[re.Pattern, ...]:
    """The title's words of four letters or more, cut to a stem ("anthropolog" for "anthropology")."""
    return tuple(re.compile(r"\b" + re.escape(w[:max(5, len(w) - 3)])) for w in re.findall(r"[a-z]{4,}", fold(title)))


def _names_subject(text: str, subject: Subject) -> bool:
    parts = {fold(w) for w in re.findall(r"[A-Za-z]{3,}", subject.title)}
    if subject.person:
        parts |= {fold(w) for w in re.findall(r"[A-Za-z]{3,}", subject.person)}
    # (a word of a longer name is no mention of the person: "the Pasteur Institute")
    return any(fold(w) in parts for w in re.findall(r"\b[A-Z][a-z]+\b(?!\s+[A-Z][a-z])", text))


def add_years(text: str, dates: list[tuple[int, int, str, str]]) -> list[Edit]:
    """Insert the inferred year after day-month dates that the text writes without one.
    ``dates`` holds (start, end, surface, ISO value) in the sentence's coordinates."""
    edits: list[Edit] = []
    if not dates or _EXPLICIT_YEAR.search(text):
        return edits  # "In August and September 1936": the year is there, for both
    for start, end, surface, value in dates:
        if _YEAR.search(surface) or not re.match(r"-?\d{4}-\d{2}", value):
            continue
        year = value[:4] if not value.startswith("-") else None
        if not year:
            continue
        sep = ", " if re.search(r"[A-Za-z]\.? \d{1,2}(?:st|nd|rd|th)?$", surface) else " "
        edits.append((end, end, f"{sep}{int(year)}", "add-year"))
    return edits


def full_names(text: str, people: dict[str, str], protect: tuple[int, int] | None = None) -> list[Edit]:
    """A given name standing alone ("Angela said ...") -> the full name. ``people`` maps a folded
    given name to the full name; give it only names that cannot mean someone else (a biography's
    subject): a family's other members often go by a given name the rules never see in full."""
    edits: list[Edit] = []
    if not people:
        return edits  # most articles have no such name: no need to look at every word
    for m in re.finditer(r"\b([A-Z][a-z]+)\b(?!\s+[A-Z]|['’]s\s+[A-Z])", text):  # (not "Yuri's Night", a name)
        if protect and protect[0] <= m.start() < protect[1]:
            continue
        full = people.get(fold(m.group(1)))
        if not full or fold(full) in fold(text):
            continue
        if m.start() > 0 and text[m.start() - 1] in "\"“'‘":
            continue
        prev = text[:m.start()].rstrip().split()[-1:] if m.start() else []
        if prev and prev[0][:1].isupper() and (not re.search(r"[.!?:;,]$", prev[0]) or re.fullmatch(r"(?:[A-Z]\.){2,}", prev[0])) \
                and m.start() > 0:
            continue  # part of a longer capitalised run: "Prince Edward", "King Edward", "A.F.C. Liverpool"
        edits.append((m.start(), m.end(), full, "full-name"))
        break
    return edits


# "Alberta Health Services (AHS)": capitalised words, with a few small words between them, before
# an acronym in brackets.
_DEFINED_ACRONYM = re.compile(r"((?:[A-Z][\w'’&.-]*\s+(?:(?:of|and|for|the|on|in|de|du|des|&)\s+)*){1,8})\(([A-Z]{2,6})\)")
_SMALL_WORDS = {"of", "and", "for", "the", "on", "in", "de", "du", "des", "&"}


def defined_acronyms(text: str) -> dict[str, str]:
    """The acronyms an article spells out, each with its full name: the shortest run of capitalised
    words before the bracket whose initials spell it ("the rival Hudson's Bay Company (HBC)" ->
    "Hudson's Bay Company"). An acronym spelled out two ways is left alone."""
    found: dict[str, set[str]] = {}
    for m in _DEFINED_ACRONYM.finditer(text):
        words, acronym = m.group(1).split(), m.group(2)
        for start in range(len(words) - 1, -1, -1):
            if words[start] in _SMALL_WORDS:
                continue
            run = words[start:]
            initials = "".join(w[0] for w in run if w not in _SMALL_WORDS)
            if initials == acronym:
                found.setdefault(acronym, set()).add(" ".join(run))
                break
            if len(initials) >= len(acronym):
                break
    # ("GDP (PPP)": the same letters as a qualifier of another acronym, purchasing power parity,
    # not the party the article also spells out as "Pakistan Peoples Party (PPP)")
    return {a: next(iter(names)) for a, names in found.items() if len(names) == 1
            and not re.search(r"\b[A-Z]{2,}\s*(?:\(\s*|by\s+|at\s+)" + a + r"\b", text)}


def expand_acronyms(text: str, acronyms: dict[str, str]) -> list[Edit]:
    """An acronym the article spelled out elsewhere -> its full name, once per acronym in the
    sentence: "AHS is Alberta's single health authority" -> "Alberta Health Services is ..."."""
    if not acronyms:
        return []
    edits: list[Edit] = []
    seen: set[str] = set()
    for m in re.finditer(r"(?<![\w(])([A-Z]{2,6})(?![\w)'’$-])", text):
        full = acronyms.get(m.group(1))
        if not full or m.group(1) in seen or full in text:
            continue
        if re.match(r"\s+(?:[A-Z0-9]|[a-z]?\d)", text[m.end():m.end() + 3]):
            continue  # "the IBM PC", "the IBM 701": part of a product's name, as it is written
        seen.add(m.group(1))
        # "an FDP candidate" -> "a Free Democratic Party candidate": the article goes with the new word
        art = _ARTICLE_BEFORE.search(text, 0, m.start())
        if art:
            word = ("an" if _VOWEL_SOUND.match(full) else "a")
            word = word.capitalize() if art.group(1)[0].isupper() else word
            edits.append((art.start(1), m.end(), f"{word} {full}", "expand-acronym"))
        elif _TAKES_THE.search(full) and _BARE_BEFORE.search(text, 0, m.start()) \
                and _SUBJECT_OR_END_AFTER.match(text, m.end()):
            # "argues that IMTFE had" -> "argues that the International Military Tribunal ... had"
            the = "The " if not text[:m.start()].strip() else "the "
            edits.append((m.start(), m.end(), the + full, "expand-acronym"))
        else:
            edits.append((m.start(), m.end(), full, "expand-acronym"))
    return edits


# Names of bodies that take "the" in English: "the Free Democratic Party", "the Office of Fair Trading".
_TAKES_THE = re.compile(r"\b(?:of|for)\b|\b(?:Tribunal|Court|Council|Committee|Commission|Organi[sz]ation|Agency|Union|"
                        r"Assembly|Party|Bank|Fund|Association|Institute|Board|Authority|Ministry|Department|Office|"
                        r"Army|Navy|Force|Forces|Nations|Federation|League|Alliance|Conference|Front|Movement|"
                        r"Corporation|Service|Programme|Program|Society|Academy|Centre|Center|Anthem|Hymn|Church|Cathedral|Museum|"
                        r"Library|Gallery|Orchestra|Parliament|Senate|Congress)$")
# where a name stands with no determiner of its own: the sentence's start, after a preposition or "that"
_BARE_BEFORE = re.compile(r"(?:^|(?:\b(?:by|to|of|for|with|from|at|in|on|against|under|that|and|or|than)|,)\s+)$")
# the name as a subject or an object, not a modifier ("IMT judges"): a verb or a mark follows
_SUBJECT_OR_END_AFTER = re.compile(r"(?:\s+(?:is|was|were|are|had|has|have|would|will|could|did|does|said|also|"
                                   r"won|lost|took|made|became|began|held|gave|sent|left|led|ran|came|went|saw|set|"
                                   r"put|told|found|got|kept|met|paid|sold|stood|wrote|[a-z]+ed|in|on|at|after|before|"
                                   r"from|with|during|since|until)\b|\s*[,.;:)]|\s*$)")


_ARTICLE_BEFORE = re.compile(r"(?<![\w])(an|a|An|A)\s+$")
# a vowel sound at the start of a name ("an Olympic", but "a United", "a European", "a One")
_VOWEL_SOUND = re.compile(r"(?!Uni|Use|Usu|Eu|One\b|Once\b)[AEIOUaeiou]")


# A bracket that holds another script (Greek, Cyrillic, Hebrew, Arabic, the scripts of South and
# East Asia), optionally after a language label: "(Greek: Γαστούρι)", "(合気道)".
_GLOSS = re.compile(r"\s*\((?:[A-Z][a-z]+(?: [A-Z][a-z]+)?:\s*)?[^()A-Za-z]*"
                    r"[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff\u0e00-\u0eff"
                    r"\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af][^()]*\)")


# "On 2 May 2015 1,043 officers took the oath": a number run into the date before it
_DATE_THEN_NUMBER = re.compile(r"^(?:On|In|By|From|Since)\s+(?:\d{1,2}\s+)?(?:" + vocab.MONTH_NAMES_RE +
                               r")?\s*(?:\d{1,2},?\s+)?\d{4}(?=\s+\d)")


def date_comma(text: str) -> list[Edit]:
    """A comma between a leading date and the number after it, which otherwise read as one."""
    m = _DATE_THEN_NUMBER.match(text)
    return [(m.end(), m.end(), ",", "date-comma")] if m else []


def glosses(text: str) -> list[Edit]:
    """Brackets in another script, which only add clutter to a prompt in English, and the
    article's cross-references "(see also Cornwall Council)", which point at what is not printed."""
    edits = [(m.start(), m.end(), "", "drop-gloss") for m in _GLOSS.finditer(text)]
    if "(" in text:
        edits += [(m.start(), m.end(), "", "drop-gloss") for m in _CROSS_REFERENCE.finditer(text)]
        edits += [(m.start(), m.end(), "", "drop-gloss") for m in CITED_PASSAGE.finditer(text)]
    return edits


_CROSS_REFERENCE = re.compile(r"\s*\((?:[Ss]ee(?: also)?|[Cc]f\.)\s[^()]*\)")
# A passage cited by canto and line, "(Inferno, XV, 76)": a reference, not part of the statement
CITED_PASSAGE = re.compile(r"\s*\([A-Z][\w'’ ]{1,30},\s*[IVXLC]+[.,]\s*(?:\d{1,4}(?:[–-]\d{1,4})?|_+)\)")


def conversion_after(text: str, end: int) -> list[Edit]:
    """The bracketed conversion right after a blanked figure: "____ (45 mi)" gives the key away."""
    m = _CONVERSION.match(text, end)
    if m is None:  # "____ sextillion (1.3 × 1022)": the figure's word of scale, then the bracket; "____ per
        # year (2.4 inches per year)": the rate's time, then the bracket
        word = re.match(r"\s+(?:thousand|million|billion|trillion|quadrillion|quintillion|sextillion|septillion|"
                        r"(?:per|a|an|each)\s+(?:year|month|week|day|hour|minute|second|annum|decade|century))\b",
                        text[end:end + 24])
        m = _CONVERSION.match(text, end + word.end()) if word else None
    return [(m.start(), m.end(), "", "drop-conversion")] if m else []


def inside_conversion(text: str, start: int, end: int) -> bool:
    """Is the span itself the bracketed conversion of a figure just before it: "6 g (59 m/s2)"?"""
    before = text[:start]
    if re.search(r"\d[^()]{0,14}\(\s*(?:about |approx\.? |~)?$", before) and text[end:end + 2].lstrip().startswith(")"):
        return True
    # "(40 mph, 65 km/h)": the second of two measures in one bracket
    return bool(re.search(r"\(\s*\d[\d.,]*\s*[^\W\d][^()\d,]{0,12},\s*$", before)) and text[end:end + 2].lstrip().startswith(")")
