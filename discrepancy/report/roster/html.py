"""The roster as one self-contained HTML page: a person index, each person's spellings, ranks,
titles and merges, every mention linked to its sentence in the documents below (where it is
marked and links back), and the findings linked to both of their places. No external request,
no script."""

from __future__ import annotations

from collections import defaultdict
from html import escape

from discrepancy.report.roster import view
from discrepancy.roster.model import Place, Roster

_STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 2em auto; max-width: 70em; padding: 0 1em; color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 2em; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; width: 100%; } td, th { border-bottom: 1px solid #eee; padding: .3em .5em;
  text-align: left; vertical-align: top; }
.error { color: #b00020; font-weight: bold; } .warning { color: #9a6700; font-weight: bold; } .info { color: #555; }
mark { background: #fff3b0; } mark.flagged { background: #ffc9c9; }
.sentence { margin: .2em 0; } .sentence:target, section:target { outline: 2px solid #4a7bd0; }
.merge { color: #555; font-size: .9em; } nav a { margin-right: .8em; white-space: nowrap; }
@media print { nav { display: none; } }
"""


def render(roster: Roster, *, verbose: bool = True, **_options) -> str:
    names = view.labels(roster)
    people = view.shown_people(roster, verbose)
    parts = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        "<title>discrepancy roster</title>", f"<style>{_STYLE}</style></head><body>",
        "<h1>discrepancy roster</h1>", f"<p>{escape(view.summary(roster))}</p>",
        '<h2 id="index">People</h2><nav>',
    ]
    parts += [f'<a href="#p{p.id + 1}">{escape(p.name)}</a>' for p in people]
    parts.append("</nav>")
    parts += _findings(roster, names)
    for person in people:
        parts += _person(roster, person, names)
    parts += _documents(roster, people, names)
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _link(place: Place, names: list[str], roster: Roster) -> str:
    anchor = view.sentence_anchor(place.document, place.sentence)
    return f'<a href="#{anchor}">{escape(view.where(roster, place, names))}</a>'


def _findings(roster: Roster, names: list[str]) -> list[str]:
    parts = ['<h2 id="findings">Findings</h2>']
    if not roster.findings:
        return parts + ["<p>No discrepancies found.</p>"]
    parts.append("<table><tr><th>severity</th><th>code</th><th>message</th><th>says otherwise</th><th>against</th></tr>")
    for number, f in enumerate(roster.findings, 1):
        who = f' (<a href="#p{f.person + 1}">person</a>)' if f.person is not None else ""
        parts.append(
            f'<tr id="f{number}"><td class="{f.severity.value}">{f.severity.value}</td><td>{f.code}</td>'
            f"<td>{escape(f.message)}{who}</td><td>{_link(f.b, names, roster) if f.b else ''}</td>"
            f"<td>{_link(f.a, names, roster) if f.a else ''}</td></tr>"
        )
    return parts + ["</table>"]


def _person(roster: Roster, person, names: list[str]) -> list[str]:
    flags = ", ".join(view.flag_text(f, n) for f, n in view.flag_counts(roster, person.id))
    parts = [
        f'<section id="p{person.id + 1}"><h2>{escape(person.name)}'
        + (f' <span class="error">{flags}</span>' if flags else "") + "</h2>",
        "<p>Spellings: " + ", ".join(escape(s) for s in person.spellings)
        + (" · Ranks and titles: " + ", ".join(escape(r) for r in person.ranks + person.titles) if person.ranks or person.titles else "")
        + "</p>",
    ]
    parts += [f'<p class="merge">{escape(m.a)} ~ {escape(m.b)}: {escape(m.why)}</p>' for m in person.merges]
    parts.append("<table><tr><th>mention</th><th>rank / title</th><th>where</th></tr>")
    for m in person.mentions:
        held = " ".join(x for x in (m.rank, m.title) if x)
        parts.append(f"<tr><td>{escape(m.text)}</td><td>{escape(held)}</td><td>{_link(m, names, roster)}</td></tr>")
    return parts + ['</table><p><a href="#index">↑ people</a></p></section>']


def _documents(roster: Roster, people, names: list[str]) -> list[str]:
    marks: dict[tuple[int, int], list[tuple[int, int, int, bool]]] = defaultdict(list)
    flagged = {(p.document, p.start) for f in roster.findings for p in (f.a, f.b) if p}
    for person in people:
        for m in person.mentions:
            marks[m.document, m.sentence].append((m.start, m.end, person.id, (m.document, m.start) in flagged))
    parts = ['<h2 id="documents">Documents</h2>']
    for index, doc in enumerate(roster.documents):
        parts.append(f"<h3>{escape(names[index])}</h3>")
        for sentence in doc.sentences:
            anchor = view.sentence_anchor(index, sentence.index)
            parts.append(f'<p class="sentence" id="{anchor}">{_marked(doc.text, sentence, marks[index, sentence.index])}</p>')
    return parts


def _marked(text: str, sentence, spans: list) -> str:
    """The sentence escaped, each mention marked and linked to its person."""
    out, at = [], sentence.start
    for start, end, person, flagged in sorted(spans):
        if start < at:
            continue
        css = ' class="flagged"' if flagged else ""
        out += [escape(text[at:start]), f'<a href="#p{person + 1}"><mark{css}>{escape(text[start:end])}</mark></a>']
        at = end
    out.append(escape(text[at:sentence.end]))
    return "".join(out)
