"""Extraction cost grows linearly with the input.

    .venv/bin/python tests/bench/linear_cost.py                # table and check
    .venv/bin/python tests/bench/linear_cost.py --quick        # smaller sizes

Generated articles of growing size, one kind of text each: a paragraph of numbers, a timeline of
dates, a list of names, one huge sentence and one huge line. Each is timed at size N and 4N;
every stage (loading, the date, people, figure and quotation rules) must cost at most about 5x as
much for 4x the input (a rule that rescans the sentence for every number or name costs 16x). A
paragraph of 50,000 numbers must be read in seconds. Times are CPU time of this process, the best
of a few runs: the machine is shared and wall-clock times are noisy.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

from quizgen.extract import dates, figures, people, quotes  # noqa: E402
from quizgen.load import load_text  # noqa: E402

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
GIVEN = ("Anna", "Boris", "Clara", "David", "Elena", "Farid", "Grace", "Hugo", "Irene", "Jonas")
FAMILY = ("Abbott", "Brenner", "Castell", "Dunmore", "Ellery", "Fairley", "Galloway", "Hartwell")
NOUNS = ("soldiers", "tanks", "villages", "votes", "ships", "people", "km", "tonnes", "books")


def numbers(n: int, rng: random.Random) -> str:
    """One paragraph of ``n`` numbers: counts, measures, ranges, amounts, in one long sentence."""
    parts = []
    for i in range(n):
        k = i % 5
        v = rng.randint(2, 90_000)
        parts.append((f"{v:,} {rng.choice(NOUNS)}", f"about {v}", f"{v}–{v + 7}", f"${v} million",
                      str(v))[k])
    return "The counts were " + ", ".join(parts) + "."


def timeline(n: int, rng: random.Random) -> str:
    """A timeline of ``n`` dated sentences with running counts."""
    out, total = [], 0
    for i in range(n):
        total += rng.randint(1, 400)
        day, month = 1 + i % 28, MONTHS[(i // 28) % 12]
        if i % 50 == 0:
            out.append(f"\n\n## {month} {2001 + i // 336}\n\n")
        out.append(f"On {day} {month}, {rng.randint(2, 300)} new cases were confirmed, "
                   f"bringing the total to {total:,}.")
    return " ".join(out)


def names(n: int, rng: random.Random) -> str:
    """``n`` sentences naming people, with roles, quotations and attributed figures."""
    out = []
    for i in range(n):
        a = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
        b = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
        out.append((f"{a} met {b} in {1900 + i % 100}.",
                    f"According to {a}, {rng.randint(2, 999)} people attended.",
                    f'"We counted {rng.randint(2, 99)} boats," said {b}.',
                    f"{a}, the mayor, estimated that {rng.randint(2, 999)} houses burned.")[i % 4])
    return " ".join(out)


def huge_sentence(n: int, rng: random.Random) -> str:
    """One sentence of about 12n words with numbers, dates and names and no full stop."""
    out = []
    for i in range(n):
        out.append(f"and on {1 + i % 28} {MONTHS[i % 12]} {1900 + i % 120} {rng.choice(GIVEN)} "
                   f"{rng.choice(FAMILY)} counted {rng.randint(2, 999)} {rng.choice(NOUNS)}")
    return "It began " + " ".join(out) + "."


def huge_line(n: int, rng: random.Random) -> str:
    """Many short sentences on one line, with no paragraph break."""
    return " ".join(f"In {1800 + i % 200} the town had {rng.randint(2, 99_999):,} people, "
                    f"said {rng.choice(GIVEN)} {rng.choice(FAMILY)}." for i in range(n))


KINDS = {"numbers": numbers, "dates": timeline, "names": names, "one huge sentence": huge_sentence,
         "one huge line": huge_line}
STAGES = ("load", "dates", "people", "figures", "quotes")  # each is held to linear cost


def article(kind: str, n: int) -> str:
    return f"---\ntitle: Generated\n---\n\n# Generated\n\n{KINDS[kind](n, random.Random(n))}\n"


clock = time.process_time


def stage_times(text: str) -> dict[str, float]:
    out = {}
    t = clock()
    doc = load_text(text)
    out["load"] = clock() - t
    t = clock()
    date_facts = dates.extract(doc)
    out["dates"] = clock() - t
    t = clock()
    person_facts = people.extract(doc)
    out["people"] = clock() - t
    t = clock()
    figures.extract(doc, date_facts, person_facts)
    out["figures"] = clock() - t
    t = clock()
    quotes.extract(doc, person_facts)
    out["quotes"] = clock() - t
    return out


def best_of(text: str, runs: int) -> dict[str, float]:
    results = [stage_times(text) for _ in range(runs)]
    return {s: min(r[s] for r in results) for s in STAGES}


def main() -> int:
    quick = "--quick" in sys.argv
    stages = STAGES
    base = 300 if quick else 1000
    failures = []
    print(f"| input | size | {' | '.join(stages)} |")
    print("|---|---|" + "---|" * len(stages))
    for kind in KINDS:
        small = best_of(article(kind, base), 3)
        large = best_of(article(kind, 4 * base), 3)
        for label, times in ((base, small), (4 * base, large)):
            print(f"| {kind} | {label} | " + " | ".join(f"{times[s] * 1000:.0f} ms" for s in stages) + " |")
        for s in stages:
            ratio = large[s] / max(small[s], 1e-4)
            # Below a few milliseconds the ratio is noise; 5x plus a small allowance.
            if ratio > 5.0 and large[s] - 5.0 * small[s] > 0.02:
                failures.append(f"{kind}: 4x the input cost {ratio:.1f}x the time in {s}")
        print(f"| {kind} | ratio 4x | " + " | ".join(
            f"{large[s] / max(small[s], 1e-4):.1f}x" for s in stages) + " |")
    t = clock()
    doc = load_text(article("numbers", 50_000))
    date_facts = dates.extract(doc)
    found = figures.extract(doc, date_facts, [])
    spent = clock() - t
    print(f"\n50,000 numbers in one paragraph: {len(found)} figures in {spent:.1f} s")
    if spent > 20.0:  # before, it did not finish in minutes
        failures.append(f"50,000 numbers took {spent:.1f} s")
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
