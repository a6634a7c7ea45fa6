"""Totals of a judged round: ok / minor / bad per sample, article, question type and fact kind.

    .venv/bin/python tests/bench/judged_summary.py tests/bench/judged/fresh-5

A round folder holds ARTICLE.sample.jsonl (from judge_sample.py) and ARTICLE.judged.jsonl (the
reader's verdicts). Only "ok" counts as acceptable; wrong keys are listed from the reasons.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path


# "Wrong key: ...", "the key 'True' is wrong", "keyed True on a false statement"
_WRONG_KEY = re.compile(r"wrong key|\bkey\b[^.;]{0,20}\bis (?:wrong|incorrect)|keyed \w+ on a (?:false|true) statement",
                        re.IGNORECASE)

def read_jsonl(path: Path) -> list[dict]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError:
                continue  # a line the reader left half-written
    return rows


def tally(folder: Path) -> dict:
    by = {"sample": defaultdict(Counter), "article": defaultdict(Counter), "type": defaultdict(Counter),
          "kind": defaultdict(Counter)}
    wrong_keys = []
    for sample_path in sorted(folder.glob("*.sample.jsonl")):
        article = sample_path.name[: -len(".sample.jsonl")]
        judged_path = folder / f"{article}.judged.jsonl"
        if not judged_path.exists():
            continue
        questions = {q["id"]: q for q in read_jsonl(sample_path)}
        for verdict in read_jsonl(judged_path):
            q = questions.get(verdict.get("id"))
            v = verdict.get("verdict")
            if q is None or v not in ("ok", "minor", "bad"):
                continue
            by["type"][q["type"]][v] += 1
            by["kind"][q["kind"]][v] += 1
            for sample in q.get("samples", []):
                by["sample"][sample][v] += 1
                by["article"][f"{article} ({sample})"][v] += 1
            if _WRONG_KEY.search(verdict.get("reason", "")):
                wrong_keys.append((q["id"], verdict["reason"]))
    return {"by": by, "wrong_keys": wrong_keys}


def line(name: str, c: Counter) -> str:
    n = sum(c.values())
    return f"| {name} | {c['ok']}/{n} ({100 * c['ok'] / n:.0f}%) | {c['minor']} | {c['bad']} |" if n else f"| {name} | – | | |"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    result = tally(args.folder)
    for group in ("sample", "article", "type", "kind"):
        print(f"\n| {group} | ok | minor | bad |\n|---|---|---|---|")
        for name, c in sorted(result["by"][group].items()):
            print(line(name, c))
    print(f"\nwrong keys: {len(result['wrong_keys'])}")
    for qid, reason in result["wrong_keys"]:
        print(f"- {qid}: {reason}")


if __name__ == "__main__":
    main()
