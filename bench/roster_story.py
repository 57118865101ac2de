"""A generated story: the seed joint statement (corpus/seeds/000 and 004) rewritten as n
reports, each with seeded variations, and the truth about each one.

Every report names the same five officers in the statement's roles. What varies, per report:
- harmless: the spelling or transliteration of a name ("Qassem Al-Araji" / "Qasim Alaraji" /
  "Kassem al-Araji", "Abdel-Amir al-Shamari"), initials ("J. Brennan"), accents ("Costé"), a name
  opening a sentence or in the possessive ("Al-Araji's office"), a family name alone, the written form of a rank ("Lt. Gen."), of a date ("Nov. 4, 2021") and
  of a count ("2100"), the wording around them, and which optional sentences are told;
- seeded conflicts, each in a few reports: another rank (ROS001), another given name in the
  same role (ROS002), a second spelling of a name inside the report (ROS003), another count of
  shipments (ROS004), another day for the meeting (ROS005);
- distractors that must stay other people: a Sarah Bell of the Red Cross, a Colonel Mark
  Brennan of the British embassy (same family names, other given names and roles).

``generate(n, seed)`` returns the texts, the gold person of every name it wrote (document,
start, end, person) and the seeded conflicts (document, code).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

ARAJI = ["Qassem Al-Araji", "Qasim Alaraji", "Qassim al-Araji", "Kassem Al-Araji", "Qasim al-Aaraji"]
SHAMMARI = ["Abdul-Amir Al-Shammari", "Abdul Amir al-Shammari", "Abdulamir Al-Shammari", "Abdel-Amir al-Shamari"]
BRENNAN = ["John Brennan", "John Brennan", "J. Brennan"]
COSTE = ["Vincent Coste", "Vincent Costé"]
SHAMMARI_RANKS = ["Lieutenant General", "Lt. Gen.", "Lieutenant General"]
DAYS = ["Thursday, November 4, 2021", "Thursday, 4 November 2021", "Nov. 4, 2021", "4 November"]
CONFLICT_DAYS = ["Friday, November 5, 2021", "5 November 2021"]
SHIPMENTS = ["2,100", "2100", "2,100"]
CONFLICT_SHIPMENTS = ["2,300", "1,200", "2,500"]
CONFLICTS = ("ROS001", "ROS002", "ROS003", "ROS004", "ROS005")


@dataclass
class Report:
    """One report being written, with the gold person of each name in it."""

    parts: list[str] = field(default_factory=list)
    names: list[tuple[int, int, str]] = field(default_factory=list)
    length: int = 0

    def say(self, *pieces) -> None:
        """Append text; a piece given as (text, person) is a name of that person."""
        for piece in pieces:
            text, person = piece if isinstance(piece, tuple) else (piece, None)
            if person is not None:
                self.names.append((self.length, self.length + len(text), person))
            self.parts.append(text)
            self.length += len(text)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def generate(n: int, seed: int = 0) -> tuple[list[str], list[tuple[int, int, int, str]], set[tuple[int, str]]]:
    rng = random.Random(seed)
    texts, gold, seeded = [], [], set()
    for doc in range(n):
        conflicts = {code for code in CONFLICTS if rng.random() < 0.08}
        report = _write(rng, conflicts)
        texts.append(report.text)
        gold.extend((doc, start, end, person) for start, end, person in report.names)
        seeded.update((doc, code) for code in conflicts)
    return texts, gold, seeded


def _write(rng: random.Random, conflicts: set[str]) -> Report:
    r = Report()
    day = rng.choice(CONFLICT_DAYS if "ROS005" in conflicts else DAYS)
    rank = "Major General" if "ROS001" in conflicts else rng.choice(SHAMMARI_RANKS)
    brennan = "Frank Brennan" if "ROS002" in conflicts else rng.choice(BRENNAN)
    shammari = rng.choice(SHAMMARI)
    araji = rng.choice(ARAJI)  # one report spells a name one way, unless a conflict is seeded
    r.say(rng.choice(["BAGHDAD - ", "Baghdad (agencies) - ", ""]))
    r.say(
        f"On {day}, in Baghdad, the National Security Adviser, Mr. ", (araji, "araji"),
        ", hosted a meeting between the Iraqi Military Technical Committee, headed by the Deputy"
        " Commander of Joint Operations, ", f"{rank} ", (shammari, "shammari"),
        ", and its counterpart in the coalition, headed by the Commander of the Inherent Resolve"
        " Operations Forces in Iraq, ", rng.choice(["Major General ", "Maj. Gen. "]), (brennan, "brennan"), ".\n",
    )
    r.say(
        rng.choice(["His deputy, ", "The deputy commanding general, "]), "Brigadier General ",
        ("Richard Bell", "bell"), " (UK), and the Director of Interagency and Civil Environment,"
        " Brigadier General ", (rng.choice(COSTE), "coste"), " (France), also attended.\n",
    )
    count = rng.choice(CONFLICT_SHIPMENTS) if "ROS004" in conflicts else rng.choice(SHIPMENTS)
    r.say(
        f"The parties {rng.choice(['referred to', 'noted'])} the removal from Iraq of more than"
        f" {count} shipments of military equipment as the coalition moves to an advisory role.\n"
    )
    if rng.random() < 0.7:
        r.say("They also noted the transfer of more than 1,800 armored vehicles, cranes and water tanks to the Iraqi security forces.\n")
    if "ROS003" in conflicts:
        other = "Al-Shamari" if shammari.endswith("Shammari") else "Al-Shammari"  # not the spelling used
        r.say((other, "shammari"), " said the committee would meet again before the end of the year.\n")
    elif rng.random() < 0.5:
        r.say((shammari.split()[-1], "shammari"), " said the committee would meet again before the end of the year.\n")
    if rng.random() < 0.4:
        r.say((araji, "araji"), rng.choice([" said the talks were constructive.\n", "'s office called the talks constructive.\n"]))
    if rng.random() < 0.3:
        family = "Brennan" if "Brennan" in brennan else brennan
        r.say((family.split()[-1], "brennan"), ", the coalition commander, thanked the Iraqi side.\n")
    if rng.random() < 0.1:
        r.say("Separately, ", ("Sarah Bell", "sarah bell"), ", head of the Red Cross office in Erbil, said aid deliveries had resumed.\n")
    if rng.random() < 0.1:
        r.say("Colonel ", ("Mark Brennan", "mark brennan"), " of the British embassy attended as an observer.\n")
    return r


def pairwise_f1(gold: list[tuple[int, int, int, str]], predicted: dict[tuple[int, int], int]) -> tuple[float, float, float]:
    """Pairwise clustering precision, recall and F1 over the gold names; ``predicted`` maps
    (document, start) of each sighting to its person (a gold name not found is alone)."""
    from collections import Counter

    def pairs(counter: Counter) -> int:
        return sum(c * (c - 1) // 2 for c in counter.values())

    labels = []
    for i, (doc, start, _end, person) in enumerate(gold):
        labels.append((person, predicted.get((doc, start), ("missed", i))))
    together = pairs(Counter(labels))
    in_gold = pairs(Counter(g for g, _ in labels))
    in_predicted = pairs(Counter(p for _, p in labels))
    precision = together / in_predicted if in_predicted else 1.0
    recall = together / in_gold if in_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
