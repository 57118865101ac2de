"""Names and ranks across languages, measured on NTREX-128 line pairs (Microsoft, CC BY-SA 4.0).

Each English line of ``corpus/eval/ntrex/lines.jsonl`` is compared with its professional
translation into Arabic, German, French and Russian as two one-sentence documents (one aligned
group, no cross-lingual aligner needed), and the figures are, per language:

- unchanged: the share of pairs with a NAM, RNK or TTL finding at warning or above (goal
  ≤ 2 %); with ``--show`` the flagged pairs are printed, to read;
- persons replaced: a person of the English line (a name with a title, or of several words
  opening with a known given name, that the translation writes too) replaced by another
  person of the corpus, in the English line, or in the translation (the word the person's
  surname is written as there, replaced by another person's surname as the translation of
  another line writes it): the share found as a NAM finding at warning or above (goal ≥ 0.85);
- ranks: NTREX has few, so sentences are made from the rank table (``data/ranks.toml``) in
  both languages with a few people rendered by hand; unchanged ones flagged by RNK, and a rank
  changed to another grade found as RNK001 (goal ≥ 0.9).

    PYTHONPATH=$PWD python3 bench/eval_ntrex_names.py [--langs ar,de] [--show]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from discrepancy.datafiles import data_toml
from discrepancy.extract.vocabulary import Vocabulary
from discrepancy.lang.detect import assign_languages
from discrepancy.load import load_document
from discrepancy.model import AlignmentGroup, Mention
from discrepancy.rules import run_rules
from discrepancy.extract.people import extract as english_people
from discrepancy.lang.translit import find_word, words_of
from discrepancy.model import Severity
from discrepancy.rules.crossnames import _person

ROOT = Path(__file__).resolve().parents[1]
LINES = ROOT / "corpus" / "eval" / "ntrex" / "lines.jsonl"  # the project's copy, with its licence
COLUMNS = {"ar": "arb", "de": "deu", "fr": "fra", "ru": "rus"}
FAMILIES = ["NAM", "RNK", "TTL"]
SERIOUS = (Severity.warning, Severity.error)

# People of the made rank sentences, as the languages write them.
PEOPLE = [
    {"en": "John Brennan", "ru_ins": "Джоном Бреннаном", "ar": "جون برينان", "ru": "Джон Бреннан", "de": "John Brennan", "fr": "John Brennan"},
    {"en": "Abdul-Amir Al-Shammari", "ru_ins": "Абдул-Амиром аш-Шаммари", "ar": "عبد الأمير الشمري", "ru": "Абдул-Амир аш-Шаммари", "de": "Abdul-Amir al-Schammari", "fr": "Abdul-Amir al-Chammari"},
    {"en": "Richard Bell", "ru_ins": "Ричардом Беллом", "ar": "ريتشارد بيل", "ru": "Ричард Белл", "de": "Richard Bell", "fr": "Richard Bell"},
    {"en": "Yahya Rasool", "ru_ins": "Яхьей Расулом", "ar": "يحيى رسول", "ru": "Яхья Расул", "de": "Yahya Rasul", "fr": "Yahya Rassoul"},
    {"en": "Sergei Rudskoy", "ru_ins": "Сергеем Рудским", "ar": "سيرغي رودسكوي", "ru": "Сергей Рудской", "de": "Sergej Rudskoi", "fr": "Sergueï Roudskoï"},
    {"en": "Vincent Coste", "ru_ins": "Венсаном Костом", "ar": "فنسنت كوست", "ru": "Венсан Кост", "de": "Vincent Coste", "fr": "Vincent Coste"},
]
TEMPLATES = {
    "en": "{rank} {name} met the delegation in the capital on Monday.",
    "ar": "التقى {rank} {name} بالوفد في العاصمة يوم الاثنين.",
    "de": "{rank} {name} traf am Montag die Delegation in der Hauptstadt.",
    "fr": "Le {rank} {name} a rencontré lundi la délégation dans la capitale.",
    "ru": "{rank} {name} встретился в понедельник с делегацией в столице.",
}
# Russian ranks and names in the instrumental case as well ("встретился с генерал-лейтенантом
# Джоном Бреннаном"): the reader must match every case.
INFLECTED = ("The president met {rank} {name} in the capital.", "Президент встретился в столице с {rank} {name}.", "ru_ins")


def _instrumental(form: str) -> str:
    """A Russian rank in the instrumental case: "генерал армии" -> "генералом армии",
    "старший лейтенант" -> "старшим лейтенантом"."""
    words = form.split()
    out = []
    for k, word in enumerate(words):
        if word.endswith("ий"):
            out.append(word[:-2] + "им")
        elif k == 0 or words[k - 1].endswith("ий"):
            out.append(word + "ом")
        else:
            out.append(word)
    return " ".join(out)


def serious(findings: list, prefixes=FAMILIES) -> list:
    return [f for f in findings if f.severity in SERIOUS and f.code.startswith(tuple(prefixes))]


def run(a: str, b: str, lang: str) -> list:
    """The NAM, RNK and TTL findings of an English line and its translation read as one
    aligned group, whatever their sentences (the cross-lingual aligner is measured apart)."""
    a_doc, b_doc = load_document(a), load_document(b)
    assign_languages(a_doc, b_doc, "en", lang)
    whole = AlignmentGroup(a=list(range(len(a_doc.sentences))), b=list(range(len(b_doc.sentences))), score=1.0)
    return run_rules(a_doc, b_doc, [whole], select=FAMILIES, options={"vocabulary": Vocabulary.of()})


def english_people_of(line: str) -> list:
    """People of an English line: names of two words or more that the rules take for a person
    (a title alone, "St. Martin's", is not enough)."""
    return [
        m for m in english_people(line, 0, len(line))
        if m.kind == "name" and len(words_of(m.text)) >= 2 and _person(_bare(m), "en")
    ]


def _bare(m: Mention) -> Mention:
    """The name without what was read around it (its rank or title), as _person is asked."""
    return Mention(kind=m.kind, start=m.start, end=m.end, text=m.text, value=m.value)


def surname_there(name: str, translation: str):
    """The word the translation writes the name's last word as, if any."""
    return find_word(words_of(name)[-1].text, [w for w in words_of(translation)])


def evaluate(lang: str, rows: list[dict], show: bool) -> dict:
    column = COLUMNS[lang]
    flagged = []
    for row in rows:
        found = serious(run(row["eng"], row[column], lang))
        if found:
            flagged.append((row, found))
    # Persons replaced, both ways.
    people = []  # (row, english name mention, the translation's word for its surname)
    for row in rows:
        for m in english_people_of(row["eng"]):
            there = surname_there(m.text, row[column])
            if there is not None:
                people.append((row, m, there))
    rng = random.Random(16)
    hits = tries = 0
    missed = []
    for row, m, there in people:
        others = [p for p in people if p[1].value != m.value and surname_there(p[1].text, row[column]) is None
                  and surname_there(m.text, p[1].text) is None]
        if not others:
            continue
        _, other, other_there = rng.choice(others)
        changed_en = row["eng"][:m.start] + other.text + row["eng"][m.end:]
        changed_tr = row[column][:there.start] + other_there.text + row[column][there.end:]
        for a, b in ((changed_en, row[column]), (row["eng"], changed_tr)):
            tries += 1
            if serious(run(a, b, lang), ["NAM"]):
                hits += 1
            else:
                missed.append((a, b))
    rank_clean, rank_found, rank_tries, rank_flags = _ranks(lang)
    if show:
        for row, found in flagged:
            print(f"  [{lang} unchanged] {row['eng']}\n      {row[column]}")
            for f in found:
                print(f"      {f.code} {f.severity.value}: {f.message}")
        for a, b in missed[:15]:
            print(f"  [{lang} person missed] {a}\n      {b}")
        for a, b in rank_flags[:10]:
            print(f"  [{lang} rank] {a}\n      {b}")
    return {
        "pairs": len(rows), "flagged": len(flagged), "flagged_share": len(flagged) / len(rows),
        "person_changes": tries, "person_recall": hits / tries if tries else None,
        "rank_pairs": rank_tries, "rank_unchanged_flagged": rank_clean, "rank_recall": rank_found / rank_tries if rank_tries else None,
    }


def _ranks(lang: str):
    """Made sentences: every rank form of the language against its English rank (unchanged)
    and against an English rank of another grade (changed), for each person."""
    ranks = data_toml("ranks.toml")["ranks"]
    entries = [(canonical, entry["grade"], form) for canonical, entry in ranks.items() for form in entry.get(lang, ())]
    rng = random.Random(2116)
    unchanged_flagged = found = tries = 0
    flags = []
    ways = [(TEMPLATES["en"], TEMPLATES[lang], lang, str)]
    if lang == "ru":
        ways.append((*INFLECTED, _instrumental))
    for en_template, template, name_key, inflect in ways:
        for canonical, grade, form in entries:
            other = rng.choice([c for c, g, _ in entries if g != grade])
            person = PEOPLE[tries % len(PEOPLE)]
            translated = template.format(rank=inflect(form), name=person[name_key])
            translated = translated[0].upper() + translated[1:]
            same = en_template.format(rank=canonical, name=person["en"])
            changed = en_template.format(rank=other, name=person["en"])
            tries += 1
            if serious(run(same, translated, lang)):
                unchanged_flagged += 1
                flags.append((same, translated))
            if any(f.code == "RNK001" for f in run(changed, translated, lang)):
                found += 1
            else:
                flags.append((changed, translated))
    return unchanged_flagged, found, tries, flags


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--langs", default="ar,de,fr,ru")
    parser.add_argument("--show", action="store_true", help="print flagged and missed pairs")
    parser.add_argument("--lines", type=Path, default=LINES, help="NTREX lines.jsonl")
    parser.add_argument("--limit", type=int, default=0, help="read only the first N lines")
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in args.lines.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.limit:
        rows = rows[:args.limit]
    for lang in args.langs.split(","):
        r = evaluate(lang, rows, args.show)
        print(
            f"{lang}: unchanged {r['flagged']}/{r['pairs']} flagged ({r['flagged_share']:.1%}, goal ≤ 2 %); "
            f"persons replaced {r['person_recall']:.2f} of {r['person_changes']} (goal ≥ 0.85); "
            f"ranks: {r['rank_unchanged_flagged']}/{r['rank_pairs']} unchanged flagged, "
            f"recall {r['rank_recall']:.2f} (goal ≥ 0.9)",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
