"""Numbers and dates across languages, line by line: NTREX-128 English lines against their
professional Arabic, German, French, Russian (and Chinese) translations.

    python3 bench/eval_ntrex_numbers.py                 # figures per language beside the goals
    python3 bench/eval_ntrex_numbers.py --show          # also every flagged pair and every miss
    python3 bench/eval_ntrex_numbers.py --lang ar,de    # some languages only

Each English line and its translation are compared as one aligned group (a line may hold two
sentences; whole documents and their alignment are ``bench/eval_ntrex.py``'s to measure), with
the NUM and DAT rules only. Two figures per language:

- flagged: unchanged pairs with a NUM or DAT finding at warning or above (goal <= 2 %): each is
  a translator's slip or a false alarm, and ``--show`` lists them to read;
- recall: pairs where one number or date of one side was changed (a digit, or the month of a
  date moved to the next month; side and place drawn with a fixed seed) and a NUM or DAT finding at
  warning or above covers the changed place or is new to the pair, the change being its only
  difference from the unchanged one ("2016" against a changed "2017" may be reported on the
  unchanged side) (goal >= 0.95).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path
from typing import Iterator, Optional

ROOT = Path(__file__).resolve().parent.parent
LINES = ROOT / "corpus" / "eval" / "ntrex" / "lines.jsonl"  # the project's copy, with its licence
COLUMNS = {"ar": "arb", "de": "deu", "fr": "fra", "ru": "rus", "zh": "zho-CN"}
GOALS = {"flagged": 0.02, "recall": 0.95}
SEED = 16
_DIGITS = "0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"
# A month name is a date's when a day or year stands beside it ("5 ноября", "November 2021");
# alone it may be a name (Theresa May) or a quotation.
_NEAR_DIGIT = re.compile(r"[0-9٠-٩۰-۹]")
# A whole run of digits standing free, or with an ordinal's ending (21st, 89e): not glued to
# letters (COVID-19, G7, SS19 are codes).
_DIGIT_RUN = re.compile(r"(?<![^\W_])[0-9٠-٩۰-۹]+(?:(?=st|nd|rd|th|er\b|e\b|ème)|(?![^\W_]))")


def lines(path: Path = LINES) -> list[dict]:
    """The line records: ``eng`` and one column per translation."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def findings(eng: str, other: str, lang: str):
    """The NUM and DAT findings at warning or above between an English line and its
    translation, compared as one aligned group."""
    from discrepancy.lang.detect import assign_languages
    from discrepancy.load.document import load_document
    from discrepancy.model import AlignmentGroup, Severity
    from discrepancy.rules import run_rules

    a, b = load_document(eng, keep_boilerplate=True), load_document(other, keep_boilerplate=True)
    assign_languages(a, b, "en", lang)
    group = AlignmentGroup(a=list(range(len(a.sentences))), b=list(range(len(b.sentences))), score=1.0)
    found = run_rules(a, b, [group], select=["NUM", "DAT"])
    return [f for f in found if f.severity != Severity.info]


def _month_names(lang: str) -> list[list[str]]:
    """Month names as a writer of ``lang`` spells them, twelve to a list (every form CLDR has)."""
    if lang == "en":
        return [["January", "February", "March", "April", "May", "June", "July", "August",
                 "September", "October", "November", "December"]]
    from babel.dates import get_month_names

    forms = []
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            names = get_month_names(width, context, lang)
            forms.append([names[m] for m in range(1, 13)])
    if lang == "ar":
        forms.append(["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
                      "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"])
    return forms


def _edits(text: str, lang: str) -> Iterator[tuple[int, int, str]]:
    """Every single change of one number or date the generator may make: (start, end, new)."""
    for match in _DIGIT_RUN.finditer(text):
        last = match.group()[-1]
        digits = next(d for d in _DIGITS if last in d)
        value = digits.index(last)
        new = digits[value + 1 if value < 9 else value - 1]
        yield match.end() - 1, match.end(), new
    for names in _month_names(lang):
        for index, name in enumerate(names):
            if len(name) < 3 or name.endswith("."):
                continue
            for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
                if _NEAR_DIGIT.search(text[max(0, match.start() - 6) : match.end() + 6]):
                    yield match.start(), match.end(), names[(index + 1) % 12]


def change(record: dict, lang: str, rng: random.Random) -> Optional[tuple[str, str, str, int, int]]:
    """One line pair with one number or date changed: (eng, other, side, start, end), the new
    text's changed span on ``side`` ("A" English, "B" the translation); None without any."""
    sides = [("A", record["eng"], "en"), ("B", record[COLUMNS[lang]], lang)]
    rng.shuffle(sides)
    for side, text, text_lang in sides:
        edits = sorted(set(_edits(text, text_lang)))
        if not edits:
            continue
        start, end, new = rng.choice(edits)
        changed = text[:start] + new + text[end:]
        eng, other = (changed, record[COLUMNS[lang]]) if side == "A" else (record["eng"], changed)
        return eng, other, side, start, start + len(new)
    return None


def _covers(finding, side: str, start: int, end: int) -> bool:
    evidence = finding.a if side == "A" else finding.b
    return evidence is not None and evidence.start < end and start < evidence.end


def evaluate(langs: list[str], show: bool = False) -> dict[str, dict]:
    """Flagged share of unchanged pairs and recall of changed ones, per language."""
    records = lines()
    figures = {}
    for lang in langs:
        column = COLUMNS[lang]
        pairs = [r for r in records if r.get(column)]
        flagged = 0
        before: dict[int, set[str]] = {}
        for number, record in enumerate(pairs):
            found = findings(record["eng"], record[column], lang)
            before[number] = {f.message for f in found}
            if found:
                flagged += 1
                if show:
                    print(f"[{lang} flagged] {record['doc']}:{record['line']}")
                    print(f"  en: {record['eng']}\n  {lang}: {record[column]}")
                    for f in found:
                        print(f"  {f.code} {f.severity.value}: {f.message}")
        rng = random.Random(f"{SEED}:{lang}")
        changed = found_changes = 0
        for number, record in enumerate(pairs):
            made = change(record, lang, rng)
            if made is None:
                continue
            eng, other, side, start, end = made
            changed += 1
            found = findings(eng, other, lang)
            if any(_covers(f, side, start, end) or f.message not in before[number] for f in found):
                found_changes += 1
            elif show:
                print(f"[{lang} missed] {record['doc']}:{record['line']} side {side}")
                print(f"  en: {eng}\n  {lang}: {other}")
        figures[lang] = {
            "pairs": len(pairs), "flagged": flagged, "flagged_share": flagged / max(len(pairs), 1),
            "changed": changed, "found": found_changes, "recall": found_changes / max(changed, 1),
        }
    return figures


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", default=",".join(COLUMNS), help="languages, comma-separated")
    parser.add_argument("--show", action="store_true", help="print every flagged pair and miss")
    args = parser.parse_args(argv)
    figures = evaluate([code.strip() for code in args.lang.split(",") if code.strip()], args.show)
    print(f"{'lang':5} {'pairs':>5} {'flagged':>8} {'share':>7} (goal <= {GOALS['flagged']:.0%})"
          f" {'changed':>8} {'found':>6} {'recall':>7} (goal >= {GOALS['recall']})")
    for lang, f in figures.items():
        print(f"{lang:5} {f['pairs']:5} {f['flagged']:8} {f['flagged_share']:7.1%}           "
              f" {f['changed']:8} {f['found']:6} {f['recall']:7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
