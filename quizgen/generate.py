"""Facts -> questions: short answer, cloze, multiple choice, true/false, ordering, matching.

Over-generate from every fact, then keep only questions that pass the checks a teacher would make
(see ``usable_sentence``, ``_distractor_ok``): the sentence stands on its own, the answer is not
in the prompt, distractors are the answer's kind and style and false by the article. Every
random choice is drawn from a generator seeded by the options' seed and the question's identity,
so the same input and options always give the same bank.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections import defaultdict
from functools import lru_cache
from typing import Any, Iterable

from quizgen import formats
from quizgen.formats import fold
from quizgen.model import Document, Fact, Question, Sentence

BLANK = "________"

# A sentence that leans on another one cannot be asked alone.
_LEANING_START = re.compile(
    r"^(?:he|she|it|they|this|that|these|those|his|her|its|their|there|such|both|the latter|the former|"
    r"the next|the following|the same|the previous|then|later|also|however, (?:he|she|it|they)|in addition|"
    r"meanwhile|afterwards|thereafter|subsequently|on the same day|on that day|that day|the two|another|"
    r"other|others|some|many|most|each|all)\b", re.I)
_LEANING_INSIDE = re.compile(
    r"\b(?:the (?:next|following|previous|same|preceding) (?:day|night|morning|week|month|year)|that (?:day|night|"
    r"morning|year)|the day (?:before|after)|the latter|the former|aforementioned|the above|see below|as above|"
    r"mentioned above|two days later|a day later|days later|weeks later|months later|years later)\b", re.I)
_PERSONAL_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|hers|they|them|their)\b", re.I)
_WORD = re.compile(r"[\w'’-]+")


def _words(text: str) -> int:
    return len(_WORD.findall(text))


@lru_cache(maxsize=16384)
def usable_sentence(text: str) -> bool:
    """Can a student read this sentence alone, on a worksheet?"""
    text = text.strip()
    if not (6 <= _words(text) <= 48):
        return False
    if not re.search(r"[.!?][\"'”’)]*$", text):
        return False
    unquoted = re.sub(r"\"[^\"]*\"|“[^”]*”", "", text)
    if _LEANING_START.match(text) or _LEANING_INSIDE.search(unquoted):
        return False
    if re.search(r"\b(?:this|these)\b", unquoted, re.I):  # "this claim", "this ultimatum": which one?
        return False
    if text.count("(") != text.count(")") or text.count('"') % 2 or text.count("“") != text.count("”"):
        return False
    if re.search(r"\b(?:https?://|www\.)|\[\d+\]|\|", text):
        return False
    return True


class Generator:
    def __init__(self, doc: Document, facts: list[Fact], options):
        self.doc = doc
        self.options = options
        self.facts = facts
        self.by_kind: dict[str, list[Fact]] = defaultdict(list)
        for f in facts:
            self.by_kind[f.kind].append(f)
        self.people = self.by_kind["person"]
        self.subject = self._article_subject()
        self.date_values = {str(f.value) for f in self.by_kind["date"]} | {
            str(f.value) for f in self.by_kind["infobox"] if f.attrs.get("type") == "date"}
        self.figure_values = set()
        for f in self.by_kind["figure"] + [f for f in self.by_kind["infobox"] if f.attrs.get("type") == "figure"]:
            for v in (f.value if isinstance(f.value, list) else [f.value]):
                try:
                    self.figure_values.add(float(v))
                except (TypeError, ValueError):
                    pass
        self.surnames: dict[str, set[str]] = defaultdict(set)
        # per person, computed once: folded mentions (to spot them in a sentence) and role words
        self.person_mentions: dict[str, list[str]] = {}
        self.person_roles: dict[str, set[str]] = {}
        self.role_sets: dict[str, list[set[str]]] = {}  # per person, the words of each role
        self.offices: dict[str, list[set[str]]] = {}
        for p in self.people:
            name = self._name(p)
            self.surnames[fold(name.split()[-1])].add(name)
            self.person_mentions[name] = [fold(m) for m in (p.attrs.get("mentions") or [name])]
            roles = p.attrs.get("roles", [])
            self.role_sets[name] = [_role_words(r) for r in roles]
            self.person_roles[name] = set().union(*self.role_sets[name])
            # offices ("Archbishop of Canterbury", "Commander of the Special Forces"), not ranks
            self.offices[name] = [words for r, words in zip(roles, self.role_sets[name]) if " of " in r]
        self.known_years = {v[:5] if v.startswith("-") else v[:4] for v in self.date_values}

    # ------------------------------------------------------------ helpers

    @staticmethod
    def _name(person: Fact) -> str:
        return str(person.attrs.get("name") or person.value)

    def _article_subject(self) -> Fact | None:
        """The person an article is about (a biography), for resolving a leading He/She."""
        title = fold(re.sub(r"\s*\(.*?\)", "", self.doc.title))
        title_words = title.split()
        for p in self.people:
            name = fold(self._name(p))
            words = name.replace('"', "").split()
            if name == title or (len(title_words) >= 2 and (title in name or name in title)):
                return p
            # "Angela Merkel" is "Angela Dorothea Merkel"; "Brad Stevens" is 'Bradley Kent "Brad" Stevens'
            if len(title_words) >= 2 and title_words[-1] == words[-1] and title_words[0] in words[:-1]:
                return p
        return None

    def _resolve(self, sentence: Sentence) -> str:
        """The sentence text, with a leading He/She/His/Her resolved to a biography's subject."""
        text = sentence.text
        if self.subject is not None:
            name = self._name(self.subject)
            m = re.match(r"^(He|She|His|Her)\b", text)
            if m:
                repl = name if m.group(1) in ("He", "She") else name + "’s"
                text = repl + text[m.end():]
        return text

    def rng(self, *key: Any) -> random.Random:
        digest = hashlib.sha256(repr((self.options.seed, self.doc.id) + key).encode()).digest()
        return random.Random(int.from_bytes(digest[:8], "big"))

    def qid(self, qtype: str, kind: str, *key: Any) -> str:
        digest = hashlib.sha1(repr((self.doc.id, qtype, kind) + key).encode()).hexdigest()[:10]
        return f"{self.doc.id}-{digest}"

    def source(self, sentence: Sentence | None, span=None, label: str | None = None) -> dict[str, Any]:
        if sentence is None:
            return {"document": self.doc.id, "section": "Infobox", "sentence": label or "", "span": None}
        return {"document": self.doc.id, "section": sentence.section_title or None,
                "sentence": sentence.text, "span": list(span) if span else [sentence.start, sentence.end]}

    def _blank(self, sentence: Sentence, fact_span: tuple[int, int], text: str | None = None) -> str | None:
        """The sentence with the fact's span replaced by a blank; None if that cannot be done cleanly."""
        text = text if text is not None else sentence.text
        shift = len(text) - len(sentence.text)  # a resolved pronoun at the start changes offsets
        s, e = fact_span[0] - sentence.start + shift, fact_span[1] - sentence.start + shift
        if not (0 <= s < e <= len(text)):
            return None
        return text[:s] + BLANK + text[e:]

    def _question(self, qtype: str, kind: str, prompt: str, answer: dict, source: dict, key: tuple,
                  difficulty: str, **extra) -> Question:
        qid = self.qid(qtype, kind, *key)
        return Question(id=qid, type=qtype, kind=kind, prompt=prompt, answer=answer, source=source,
                        difficulty=difficulty, tags=[kind, qtype], **extra)

    def _choices(self, answer: str, distractors: list[str], key: tuple) -> list[str]:
        choices = [answer] + distractors[:3]
        self.rng("shuffle", *key).shuffle(choices)
        return choices

    # ------------------------------------------------------------ dates

    def _date_distractors(self, fact: Fact, style: str, key: tuple) -> list[str]:
        parts = formats.parse_iso(str(fact.value))
        if not parts:
            return []
        y, m, d = parts
        rng = self.rng("date-distractors", *key)
        candidates: dict[str, int] = {}  # ISO value -> its year
        if d is not None:
            for dy in (-1, 1, -2, 2):
                candidates.setdefault(formats.iso(y + dy, m, d), y + dy)
            for dm in (-2, -1, 1, 2, 3):
                mm = (m - 1 + dm) % 12 + 1
                candidates.setdefault(formats.iso(y, mm, min(d, 28)), y)
            for dd in (-10, 10, -7, 7):
                if 1 <= d + dd <= 28:
                    candidates.setdefault(formats.iso(y, m, d + dd), y)
        elif m is not None:
            for dm in (-3, -2, 2, 3, 4):
                mm = (m - 1 + dm) % 12 + 1
                candidates.setdefault(formats.iso(y, mm), y)
            for dy in (-1, 1, -2):
                candidates.setdefault(formats.iso(y + dy, m), y + dy)
        else:
            # a round year gets round neighbours: "around 600 BC" -> 500 BC, 700 BC, not 603 BC;
            # an approximate one ("c. 965") gets neighbours it cannot be read as: 955, not 964
            shown = y if y > 0 else 1 - y  # 600 BC is the year -599 in ISO 8601
            step = 100 if shown % 100 == 0 else 10 if shown % 10 == 0 or fact.attrs.get("approximate") else 1
            for dy in (-2, -1, 1, 2, 3, -3, 5, -5):
                if y > 0 and y + dy * step != 0:
                    candidates.setdefault(formats.iso(y + dy * step), y + dy * step)
                elif y <= 0 and shown + dy * step > 0:  # BC years stay BC: 100 BC -> 200 BC, not AD 1
                    other = 1 - (shown + dy * step)
                    candidates.setdefault(formats.iso(other), other)
        known = self.date_values
        known_years = self.known_years
        good = []
        for c, cy in candidates.items():
            if c == fact.value or c in known or cy > 2030:
                continue
            if d is None and m is None and (c[:5] if c.startswith("-") else c[:4]) in known_years:
                continue  # another year the article names could be true of the same event
            good.append(c)
        rng.shuffle(good)
        # keep one near-by year and two other variations when possible; only those are written out
        return [self._date_like(c, fact, style) for c in good[:3]]

    def date_questions(self) -> Iterable[Question]:
        by_sentence: dict[int, list[Fact]] = defaultdict(list)
        for f in self.by_kind["date"]:
            if f.sentence is not None:
                by_sentence[f.sentence.index].append(f)
        for f in self.by_kind["date"]:
            s = f.sentence
            if s is None or f.span is None or "/" in str(f.value):
                continue
            if len(by_sentence[s.index]) > 1 or not usable_sentence(s.text):
                continue
            text = self._resolve(s)
            prompt_text = self._blank(s, f.span, text)
            if prompt_text is None or fold(f.text) in fold(prompt_text):
                continue
            precision = f.attrs.get("precision") or ("day" if len(str(f.value)) >= 10 else "month" if len(str(f.value)) == 7 else "year")
            style = formats.date_style(f.text)
            answer_text = f.text if precision != "day" else formats.format_date(str(f.value), style)
            if f.attrs.get("year_inferred"):
                answer_text = formats.format_date(str(f.value), style)
            answer = {"text": answer_text, "value": f.value, "accept": formats.date_forms(str(f.value), f.text)}
            key = (s.start, f.span, str(f.value))
            src = self.source(s, f.span)
            hard = "hard" if precision == "day" else "medium"
            yield self._question("cloze", "date", prompt_text, answer, src, key, hard)
            distractors = self._date_distractors(f, style, key)
            if len(distractors) == 3:
                answer_mc = dict(answer, text=answer_text)
                yield self._question("multiple_choice", "date", f"Which date completes the sentence? “{prompt_text}”",
                                     answer_mc, src, key, "medium",
                                     choices=self._choices(answer_text, distractors, key))
                # true/false: half true, half false, chosen by the seeded generator
                if self.rng("tf", *key).random() < 0.5:
                    statement, truth = text, True
                else:
                    wrong = self._false_date_like(f, distractors, key)
                    if wrong is None:
                        continue
                    statement, truth = prompt_text.replace(BLANK, wrong), False
                yield self._question("true_false", "date", statement,
                                     {"text": "True" if truth else "False", "value": truth,
                                      "accept": ["True", "T"] if truth else ["False", "F"]},
                                     src, key, "easy", choices=["True", "False"])

    @staticmethod
    def _date_like(value: str, fact: Fact, style: str) -> str:
        """A distractor written like the answer: 'late 1991' -> 'late 1989', '1990s' stays a decade."""
        parts = formats.parse_iso(value)
        true_parts = formats.parse_iso(str(fact.value))
        if parts and true_parts and parts[1] is None and (true_parts[0] > 0) == (parts[0] > 0):
            # years of one era, as written: "330 BCE" -> "340 BCE" (ISO years before AD 1 are 1 - n)
            year, other = (str(p[0]) if p[0] > 0 else str(1 - p[0]) for p in (true_parts, parts))
            if fact.text.count(year) == 1 and not re.search(r"\d{3,4}s", fact.text):
                return fact.text.replace(year, other)
        return formats.format_date(value, style)

    def _false_date_like(self, f: Fact, distractors: list[str], key: tuple) -> str | None:
        """A wrong date written as the text writes the true one. Where the text leaves the year
        out ("on 4 November"), only the day moves: a changed year would be false by a hair."""
        if not f.attrs.get("year_inferred"):
            return distractors[0]
        parts = formats.parse_iso(str(f.value))
        if not parts or parts[2] is None:
            return None
        y, m, d = parts
        for dd in self.rng("tf-day", *key).sample([-9, -7, -5, 5, 7, 9], 6):
            if 1 <= d + dd <= 28 and formats.iso(y, m, d + dd) not in self.date_values:
                full = formats.format_date(formats.iso(y, m, d + dd), formats.date_style(f.text))
                return re.sub(r",? -?\d{4}$| AD \d+$", "", full)
        return None

    def ordering_questions(self) -> Iterable[Question]:
        """Put 4-5 events in order: events of one precision with distinct, non-overlapping dates."""
        count_per_sentence: dict[int, int] = defaultdict(int)
        for f in self.by_kind["date"]:
            if f.sentence is not None:
                count_per_sentence[f.sentence.index] += 1
        by_precision: dict[int, list[tuple[str, Fact, str]]] = defaultdict(list)
        seen_values: set[str] = set()
        for f in self.by_kind["date"]:
            s = f.sentence
            value = str(f.value)
            if s is None or f.span is None or "/" in value or value in seen_values:
                continue
            if count_per_sentence[s.index] != 1 or not usable_sentence(s.text) or _words(s.text) > 30:
                continue
            event = self._event_text(s, f)
            if not event:
                continue
            seen_values.add(value)
            by_precision[len(value.lstrip("-"))].append((event, f, value))
        rng = self.rng("ordering")
        made = 0
        for precision in sorted(by_precision, reverse=True):
            events = by_precision[precision]
            # spread the picks over the article; two events of the same day never share a question
            for start in range(0, len(events) - 3, 5):
                if made >= 3:
                    return
                group = events[start:start + 5]
                if len(group) < 4:
                    break
                ordered = sorted(group, key=lambda e: _sort_key(e[2]))
                items = [e[0] for e in ordered]
                presented = items[:]
                while presented == items:
                    rng.shuffle(presented)
                sources = [self.source(e[1].sentence, e[1].span) for e in ordered]
                key = tuple(e[2] for e in ordered)
                made += 1
                yield self._question(
                    "ordering", "date", "Put these events in the order in which they happened, earliest first.",
                    {"text": " → ".join(items), "value": items,
                     "dates": [formats.format_date(e[2], formats.date_style(e[1].text)) for e in ordered]},
                    sources[0], key, "hard", items=presented, sources=sources)

    def _event_text(self, s: Sentence, f: Fact) -> str | None:
        """The sentence without its date phrase, when the date is a clean adverbial at the start
        ("On 8 May 1992, the forces ...") or the end ("... captured the town in 1992.")."""
        text = self._resolve(s)
        shift = len(text) - len(s.text)
        a, b = f.span[0] - s.start + shift, f.span[1] - s.start + shift
        before, after = text[:a], text[b:]
        lead = re.fullmatch(r"\s*(?:(?:On|In|By|During|Around|From|Since|Early|Late|At the end of|At the start of)\s+)?(?:the\s+)?(?:early|late|mid-?)?\s*", before, re.I)
        if lead and after.startswith(","):
            event = after[1:].strip()
        elif re.fullmatch(r"\s*[.]", after) and re.search(r"\s(?:in|on|during|by)\s+(?:the\s+)?(?:early|late|mid-?)?\s*$", before, re.I):
            event = re.sub(r"\s(?:in|on|during|by)\s+(?:the\s+)?(?:early|late|mid-?)?\s*$", "", before, flags=re.I).strip()
        else:
            return None
        event = event.rstrip(" .,;")
        if not event or _words(event) < 5 or _words(event) > 25:
            return None
        if re.search(r"\b\d{3,4}\b", event) or _LEANING_START.match(event):
            return None  # another year would give the order away; a pronoun leaves it unclear
        return event[0].upper() + event[1:]

    # ------------------------------------------------------------ people

    def _person_distractors(self, person_name: str, sentence: Sentence, key: tuple) -> list[str]:
        """Three other people of the article, those whose roles resemble the answer's first
        ("commander", "journalist", "Armenian"), so that no option stands out as the odd one."""
        present = fold(sentence.text)
        subject = self._name(self.subject) if self.subject else None
        words_here = _role_words(sentence.text)
        context = self.person_roles.get(person_name, set()) | words_here
        # An office of the answer that the sentence names ("the commander of the Azerbaijani
        # special forces"): someone who holds it too ("commander of the Nakhchivan branch of the
        # Azerbaijani special forces") would be a second right answer.
        roles_here = [r for r in self.offices.get(person_name, []) if len(r) >= 2 and r <= words_here]
        pool: dict[str, int] = {}
        for name, mentions in self.person_mentions.items():
            if name in (person_name, subject) or not _full_name(name):
                continue
            if any(m in present for m in mentions):
                continue  # someone named in the same sentence could be the answer too
            if any(here <= role for here in roles_here for role in self.role_sets.get(name, [])):
                continue
            pool[name] = len(self.person_roles[name] & context)
        names = sorted(pool)
        self.rng("person-distractors", *key).shuffle(names)
        names.sort(key=lambda n: -pool[n])  # stable: ties keep the seeded order
        return names[:3]

    def person_questions(self) -> Iterable[Question]:
        subject = self._name(self.subject) if self.subject else None
        for p in self.people:
            name = self._name(p)
            if name == subject or not _full_name(name):
                continue
            occurrences = p.attrs.get("occurrences") or [{"sentence": p.sentence.index, "start": p.span[0],
                                                           "end": p.span[1], "text": p.text}] if p.sentence else []
            asked = 0
            for occ in occurrences:
                if asked >= 2:
                    break
                s = self.doc.sentences[occ["sentence"]] if 0 <= occ["sentence"] < len(self.doc.sentences) else None
                if s is None or not usable_sentence(s.text):
                    continue
                if _PERSONAL_PRONOUN.search(re.sub(r"\"[^\"]*\"|“[^”]*”", "", s.text)):
                    continue  # "he explained ...": the blank might be him, or someone else
                if fold(occ["text"]) != fold(name) and fold(occ["text"]).split()[-1:] != fold(name).split()[-1:]:
                    continue
                prompt = self._blank(s, (occ["start"], occ["end"]), s.text)
                if prompt is None or fold(name.split()[-1]) in fold(prompt):
                    continue
                if prompt.startswith(BLANK) and prompt[len(BLANK):].startswith("’s"):
                    continue
                key = (s.start, occ["start"], name)
                src = self.source(s, (occ["start"], occ["end"]))
                answer = {"text": name, "value": name, "accept": self._name_forms(p)}
                yield self._question("cloze", "person", prompt, answer, src, key, "medium")
                distractors = self._person_distractors(name, s, key)
                if len(distractors) == 3:
                    yield self._question("multiple_choice", "person", f"Who completes the sentence? “{prompt}”",
                                         answer, src, key, "easy", choices=self._choices(name, distractors, key))
                asked += 1

    def _name_forms(self, p: Fact) -> list[str]:
        name = self._name(p)
        forms = [name] + [m for m in p.attrs.get("mentions", []) if len(m.split()) >= 2]
        surname = name.split()[-1]
        if len(self.surnames.get(fold(surname), ())) == 1:
            forms.append(surname)
        return formats._unique(forms)

    def matching_questions(self) -> Iterable[Question]:
        """Match people with the roles the article gives them (roles must tell them apart)."""
        rows = []
        used_roles: set[str] = set()
        for p in self.people:
            name = self._name(p)
            if not _full_name(name):
                continue
            # a bare title ("Queen", "Emperor") does not tell people apart; nor does a fragment
            roles = [r for r in p.attrs.get("roles", []) if 2 <= _words(r) <= 8 and r[:1].isalpha()
                     and not re.match(r"(?:including|and|or|the|a|an|who|which)\b", r, re.I)
                     and not re.search(r"\b(?:his|her|their|its|he|she|they|him|them)\b", r, re.I)]
            for role in roles:
                folded = fold(role)
                if folded in used_roles or any(fold(part) in folded for part in name.split() if len(part) > 2):
                    continue
                evidence = next((e for e in p.attrs.get("role_evidence", []) if fold(e.get("role", "")) == fold(role)), None)
                s = self.doc.sentences[evidence["sentence"]] if evidence and 0 <= evidence["sentence"] < len(self.doc.sentences) else p.sentence
                rows.append((name, role, s))
                used_roles.add(fold(role))
                break
        # a role that is a word of another (President / President of Azerbaijan) is no key
        rows = [r for r in rows if not any(r is not o and (fold(r[1]) in fold(o[1]) or fold(o[1]) in fold(r[1])) for o in rows)]
        if len(rows) < 3:
            return
        rows = rows[:6]
        pairs = [{"left": name, "right": role} for name, role, _ in rows]
        key = tuple(n for n, _, _ in rows)
        sources = [self.source(s) for _, _, s in rows if s is not None]
        yield self._question("matching", "person", "Match each person with the role the article gives them.",
                             {"text": "; ".join(f"{p['left']} → {p['right']}" for p in pairs), "value": pairs},
                             sources[0] if sources else self.source(None, label="People named in the article"),
                             key, "medium", pairs=pairs, sources=sources or None)

    # ------------------------------------------------------------ figures

    def _figure_distractors(self, fact: Fact, key: tuple) -> list[str]:
        value = fact.value
        if isinstance(value, list):
            return []
        try:
            v = float(value)
        except (TypeError, ValueError):
            return []
        number_surface = re.sub(r"^[^\d]*", "", fact.text)
        number_surface = re.match(r"[\d,.]+", number_surface)
        number_surface = number_surface.group(0) if number_surface else str(value)
        if v < 5 or not re.search(r"\d", fact.text):
            factors = [2, 3, 4, 5]
        else:
            factors = [0.5, 0.75, 1.5, 2, 3, 0.25]
        candidates = []
        for k in factors:
            c = v * k if v >= 5 or re.search(r"\d", fact.text) else v + k
            if v < 5 and not re.search(r"\d", fact.text):
                c = v + k - 1 if v + k - 1 != v else v + k
            if v >= 5:
                c = _round_like(c, v)
            if c <= 0 or c == v or c in self.figure_values:
                continue
            candidates.append(c)
        rng = self.rng("figure-distractors", *key)
        rng.shuffle(candidates)
        out = []
        for c in dict.fromkeys(candidates):
            text = fact.text.replace(number_surface, formats.number_text(c, number_surface), 1) if re.search(r"\d", fact.text) else None
            if text is None:
                word = formats.number_words(c)
                if not word:
                    continue
                text = re.sub(r"^[A-Za-z-]+", word.capitalize() if fact.text[:1].isupper() else word, fact.text, count=1)
            if text != fact.text and text not in out:
                out.append(text)
        return out[:3]

    def figure_questions(self) -> Iterable[Question]:
        by_sentence: dict[int, int] = defaultdict(int)
        for f in self.by_kind["figure"]:
            if f.sentence is not None:
                by_sentence[f.sentence.index] += 1
        for f in self.by_kind["figure"]:
            s = f.sentence
            if s is None or f.span is None or not usable_sentence(s.text) or by_sentence[s.index] > 2:
                continue
            text = self._resolve(s)
            prompt = self._blank(s, f.span, text)
            if prompt is None or fold(f.text) in fold(prompt):
                continue
            source_party = f.attrs.get("source")
            if source_party and fold(str(source_party)) not in fold(prompt):
                lead = f"According to {source_party}: " if not str(source_party).lower().startswith("the ") else f"According to {source_party}: "
                prompt = lead + prompt
            answer = {"text": f.text, "value": f.value,
                      "accept": formats.figure_forms(f.value, f.text, f.attrs.get("qualifier"))}
            key = (s.start, f.span, str(f.value))
            src = self.source(s, f.span)
            yield self._question("cloze", "figure", prompt, answer, src, key, "hard")
            distractors = self._figure_distractors(f, key)
            if len(distractors) == 3:
                yield self._question("multiple_choice", "figure", f"Which figure completes the sentence? “{prompt}”",
                                     answer, src, key, "medium", choices=self._choices(f.text, distractors, key))
                if self.rng("tf", *key).random() < 0.5:
                    statement, truth = (f"According to {source_party}: " if source_party and fold(str(source_party)) not in fold(text) else "") + text, True
                else:
                    statement, truth = prompt.replace(BLANK, distractors[-1]), False
                    if f.attrs.get("qualifier") and not isinstance(f.value, list):
                        # "about 15,000" vs "about 16,000" is not clearly false: only far-off values
                        if not _far_apart(f.value, distractors[-1]):
                            continue
                yield self._question("true_false", "figure", statement,
                                     {"text": "True" if truth else "False", "value": truth,
                                      "accept": ["True", "T"] if truth else ["False", "F"]},
                                     src, key, "easy", choices=["True", "False"])

    # ------------------------------------------------------------ quotes

    def quote_questions(self) -> Iterable[Question]:
        for q in self.by_kind["quote"]:
            speaker = q.attrs.get("speaker") or q.value
            s = q.sentence
            if not speaker or s is None or _words(q.text) < 4 or _words(q.text) > 40:
                continue
            if q.attrs.get("complete") is False:
                continue  # a quotation cut mid-phrase is no fair test of who said it
            if any(fold(part) in fold(q.text) for part in str(speaker).split() if len(part) > 2):
                continue
            if self.subject is not None and speaker == self._name(self.subject):
                continue  # in a biography, "who said it?" about its subject asks nothing
            key = (s.start, q.text)
            quoted = q.text.strip().rstrip(".,;:")
            person = next((p for p in self.people if self._name(p) == speaker), None)
            who = "Who" if person else "Which source"
            prompt = f"{who} said “{quoted}”" + ("" if quoted.endswith(("?", "!")) else "?")
            accept = self._name_forms(person) if person else [str(speaker)]
            answer = {"text": str(speaker), "value": str(speaker), "accept": accept}
            src = self.source(s, q.span)
            yield self._question("short_answer", "quote", prompt, answer, src, key, "medium")
            if person:
                distractors = self._person_distractors(str(speaker), s, key)
                if len(distractors) == 3:
                    yield self._question("multiple_choice", "quote", prompt, answer, src, key, "easy",
                                         choices=self._choices(str(speaker), distractors, key))

    # ------------------------------------------------------------ infobox

    def infobox_questions(self) -> Iterable[Question]:
        yield from self._infobox_disagreements()
        yield from self._infobox_dates()
        yield from self._infobox_sides()

    def _infobox_source(self, label: str) -> dict[str, Any]:
        return self.source(None, label=f"Infobox of “{self.doc.title}”: {label}")

    def _infobox_disagreements(self) -> Iterable[Question]:
        """When sources disagree on the same quantity, ask which source gave which figure."""
        by_field: dict[tuple, list[Fact]] = defaultdict(list)
        for f in self.by_kind["infobox"]:
            if f.attrs.get("type") == "figure" and f.attrs.get("source") and f.attrs.get("counts"):
                by_field[(f.attrs.get("field"), fold(f.attrs["counts"]))].append(f)
        for (field, _), group in by_field.items():
            sources: dict[str, Fact] = {}
            for f in group:
                if str(f.attrs["source"]) in sources:  # one source, two figures: no single key
                    sources = {}
                    break
                sources[str(f.attrs["source"])] = f
            if len(sources) < 2:
                continue
            pairs = [{"left": _per(src), "right": _figure_only(f)} for src, f in sources.items()]
            if len({fold(p["right"]) for p in pairs}) < len(pairs):
                continue
            side = group[0].attrs.get("side_name")
            what = group[0].attrs["counts"]
            whose = f" on the side of {side}" if side else ""
            prompt = f"{self.doc.title}: match each source with the number of {what}{whose} that it gives."
            label = group[0].attrs.get("label") or field
            srcs = [self._infobox_source(f"{label}: {f.text} ({_per(s)})") for s, f in sources.items()]
            yield self._question("matching", "infobox", prompt,
                                 {"text": "; ".join(f"{p['left']} → {p['right']}" for p in pairs), "value": pairs},
                                 srcs[0], ("disagree", field, what), "hard", pairs=pairs, sources=srcs)

    def _infobox_dates(self) -> Iterable[Question]:
        title = self.doc.title
        facts = [f for f in self.by_kind["infobox"] if f.attrs.get("type") == "date"]
        label_counts = defaultdict(int)
        for f in facts:
            label_counts[fold(f.attrs.get("label") or "date")] += 1
        for f in facts:
            label = (f.attrs.get("label") or "Date").strip()
            if label_counts[fold(label)] > 1:
                continue  # "Term start" of which office? Several fields of one label leave it open
            prompt = _infobox_date_prompt(label, title)
            if prompt is None:
                continue
            style = formats.date_style(f.text)
            answer_text = formats.format_date(str(f.value), style)
            key = ("infobox", f.attrs.get("field"), str(f.value))
            src = self._infobox_source(f"{label}: {f.text}")
            answer = {"text": answer_text, "value": f.value, "accept": formats.date_forms(str(f.value), f.text)}
            yield self._question("short_answer", "infobox", prompt, answer, src, key, "medium")
            if "/" not in str(f.value):
                distractors = self._date_distractors(f, style, key)
                if len(distractors) == 3:
                    yield self._question("multiple_choice", "infobox", prompt, answer, src, key, "easy",
                                         choices=self._choices(answer_text, distractors, key))

    def _infobox_sides(self) -> Iterable[Question]:
        """People listed per side (commanders of a battle): who was on which side."""
        by_field: dict[str, dict[int, list[Fact]]] = defaultdict(lambda: defaultdict(list))
        for f in self.by_kind["infobox"]:
            if f.attrs.get("type") == "person" and f.attrs.get("side") and f.attrs.get("side_name"):
                base = re.sub(r"\d+$", "", str(f.attrs.get("field")))
                by_field[base][int(f.attrs["side"])].append(f)
        for base, sides in by_field.items():
            if len(sides) != 2:
                continue
            (a, people_a), (b, people_b) = sorted(sides.items())
            names_a = {str(f.value) for f in people_a}
            names_b = {str(f.value) for f in people_b}
            if names_a & names_b:
                continue  # someone on both lists: the key would be doubtful
            for mine, others in ((people_a, people_b), (people_b, people_a)):
                if len(others) < 3:
                    continue
                side_name = mine[0].attrs["side_name"]
                label = (mine[0].attrs.get("label") or "commanders").lower()
                for f in mine[:3]:
                    key = ("side", base, str(f.value))
                    prompt = f"According to the article “{self.doc.title}”, who was among the {label} of {side_name}?"
                    distractors = sorted(str(o.value) for o in others)
                    self.rng("side", *key).shuffle(distractors)
                    src = self._infobox_source(f"{mine[0].attrs.get('label')}, {side_name}: {', '.join(str(m.value) for m in mine)}")
                    yield self._question("multiple_choice", "infobox", prompt,
                                         {"text": str(f.value), "value": str(f.value), "accept": [str(f.value)]},
                                         src, key, "medium", choices=self._choices(str(f.value), distractors[:3], key))

    # ------------------------------------------------------------ all

    def all(self) -> list[Question]:
        makers = {
            "date": [self.date_questions, self.ordering_questions],
            "person": [self.person_questions, self.matching_questions],
            "figure": [self.figure_questions],
            "quote": [self.quote_questions],
            "infobox": [self.infobox_questions],
        }
        out: list[Question] = []
        seen: set[str] = set()
        for kind in self.options.kinds:
            for make in makers.get(kind, []):
                for q in make():
                    if q.type in self.options.types and q.id not in seen and _answer_not_in_prompt(q, self.doc.title):
                        seen.add(q.id)
                        out.append(q)
        return out


_ROLE_STOP = {"the", "of", "a", "an", "and", "in", "at", "for", "to", "on", "by", "with", "from", "as", "who", "was",
              "is", "were", "had", "has", "that", "which", "his", "her", "their", "its", "de", "facto", "former"}


def _full_name(name: str) -> bool:
    """A name a student can write and recognise: two words or more, not ending in an initial
    ('Gary R.', a son listed by first name in a family list)."""
    words = name.split()
    last = words[-1] if words else ""
    return len(words) >= 2 and not (len(last) == 2 and last[1] == "." and (last[0].isalnum() or last[0] == "_"))


def _role_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", fold(text)) if len(w) > 2 and w not in _ROLE_STOP}


def _answer_not_in_prompt(q: Question, title: str = "") -> bool:
    """The prompt must not hold the answer, and neither may the article's title (rule: blank
    what is worth knowing, not the article's subject)."""
    if q.type in ("ordering", "matching"):
        return True
    answer = fold(q.answer["text"])
    if q.type == "true_false":
        return True
    return bool(answer) and answer not in fold(q.prompt) and answer not in fold(title)


_DATE_LABEL_QUESTIONS = [  # infobox label -> question; labels not listed ask nothing
    (r"born|birth(?: date)?|date of birth", "When was {title} born?"),
    (r"died|death(?: date)?|date of death", "When did {title} die?"),
    (r"buried|burial(?: date)?", "When was {title} buried?"),
    (r"founded|established|formation|foundation|inception", "When was {title} founded?"),
    (r"date", "When did the events of “{title}” take place?"),
    (r"[\w ]*\bdate", "What was the {label} of {title}?"),
]


def _infobox_date_prompt(label: str, title: str) -> str | None:
    for pattern, template in _DATE_LABEL_QUESTIONS:
        if re.fullmatch(pattern, label.strip(), re.I):
            return template.format(title=title, label=label[0].lower() + label[1:])
    return None


def _per(source: str) -> str:
    return source if re.match(r"(?i)per\b|according", source) else f"Per {source}"


def _figure_only(f: Fact) -> str:
    """'300+ servicemen killed' -> '300+': the number as the infobox writes it."""
    m = re.match(r"\s*(?:[~≈]|about|around|over|more than|at least|up to|some|nearly)?\s*[\d][\d,.]*\+?", f.text, re.I)
    return m.group(0).strip() if m else f.text


def _round_like(c: float, v: float) -> float:
    """Round a distractor to the precision of the true value (2,000 -> 3,000, not 3,127)."""
    digits = len(str(int(v))) - len(str(int(v)).rstrip("0")) if v >= 10 and float(v).is_integer() else 0
    step = 10 ** digits if digits else 1
    if not float(v).is_integer():
        return round(c, 1)
    return float(max(step, round(c / step) * step))


def _far_apart(value, text: str) -> bool:
    m = re.search(r"[\d,.]+", text)
    try:
        other = float(m.group(0).replace(",", "")) if m else None
        v = float(value)
    except (TypeError, ValueError):
        return False
    return other is not None and v > 0 and (other / v >= 1.5 or other / v <= 0.67)


def _sort_key(value: str):
    start = value.split("/")[0]
    parts = formats.parse_iso(start) or (0, None, None)
    return parts[0], parts[1] or 0, parts[2] or 0


def _difficulty_rank(q: Question) -> int:
    return {"easy": 0, "medium": 1, "hard": 2}.get(q.difficulty, 1)


def select(questions: list[Question], limit: int | None) -> list[Question]:
    """At most ``limit`` questions, spread over types and kinds in document order."""
    if limit is None or len(questions) <= limit:
        return questions
    buckets: dict[tuple[str, str], list[Question]] = defaultdict(list)
    for q in questions:
        buckets[(q.type, q.kind)].append(q)
    chosen: list[Question] = []
    while len(chosen) < limit and any(buckets.values()):
        for key in list(buckets):
            if buckets[key] and len(chosen) < limit:
                chosen.append(buckets[key].pop(0))
    order = {q.id: i for i, q in enumerate(questions)}
    return sorted(chosen, key=lambda q: order[q.id])


def generate(doc: Document, facts: list[Fact], options) -> list[Question]:
    """Every usable question from a document's facts, within the options' types, kinds and limit."""
    questions = Generator(doc, facts, options).all()
    return select(questions, options.max_per_article)
