"""One self-contained HTML page: summary, legend and filters, findings, aligned groups side by side.

Everything is inline (CSS and a few lines of JS); the page fetches nothing. Each finding links
to its sentence pair; the kind and severity checkboxes hide and show findings and their marks.
Info findings start unchecked unless ``verbose``.

Each side carries its document's ``lang`` and ``dir`` (``auto`` when the language is not
known), and its marks are isolated, so a right-to-left excerpt runs right to left and a
highlighted stretch cannot trade places with its neighbours; the right-to-left pieces of the
English messages and quotes sit in ``<bdi>`` (see bidi.py).
"""

from __future__ import annotations

from html import escape

from discrepancy.model import Kind, Report, Severity
from discrepancy.report import bidi, counted, view

KIND_COLOURS = {  # background, then text, chosen to stay readable on paper too
    Kind.name: ("#f3d9fa", "#862e9c"),
    Kind.rank: ("#d0ebff", "#1864ab"),
    Kind.number: ("#fff3bf", "#8f5b00"),
    Kind.date: ("#d3f9d8", "#2b8a3e"),
    Kind.omission: ("#ffe3e3", "#c92a2a"),
}

_CSS = """
:root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --paper: #fff; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif;
       color: var(--ink); background: #f6f8fa; }
main { max-width: 1440px; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.4rem; margin: .2rem 0; } h2 { font-size: 1.15rem; margin: 1.6rem 0 .5rem; }
.docs { color: var(--muted); margin: 0; word-break: break-all; }
.summary { font-weight: 600; font-size: 1.05rem; }
.overview { display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: flex-start; }
table { border-collapse: collapse; background: var(--paper); }
th, td { border: 1px solid var(--line); padding: .3rem .55rem; text-align: left; vertical-align: top; }
th { background: #eef1f4; font-weight: 600; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.controls { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; margin-top: 1rem; padding: .6rem .8rem;
            background: var(--paper); border: 1px solid var(--line); border-radius: 6px; }
fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem .8rem; align-items: center; }
legend { float: left; font-weight: 600; margin-right: .4rem; padding: 0; }
label { cursor: pointer; white-space: nowrap; }
.count { color: var(--muted); }
table.findings { width: 100%; }
table.findings td.msg { width: 55%; }
tr.finding { scroll-margin-top: 1rem; }
tr.finding:target, article.group:target { outline: 3px solid #fab005; }
mark { border-radius: 3px; padding: 0 1px; color: inherit; }
mark.s-error { font-weight: 700; box-shadow: inset 0 -2px 0 currentColor; }
mark.s-warning { font-weight: 600; }
mark.s-info { font-style: italic; }
mark.off { background: none !important; color: inherit !important; font-weight: inherit; box-shadow: none; font-style: inherit; }
mark.sample { background: #eef1f4; }
.diff { text-decoration: underline dotted #8c959f; text-underline-offset: 3px; }
.sev { white-space: nowrap; font-weight: 600; }
.sev.s-error { color: #c92a2a; } .sev.s-warning { color: #a35200; } .sev.s-info { color: var(--muted); }
code { font: 600 .9em ui-monospace, SFMono-Regular, Menlo, monospace; }
q { quotes: "\\201C" "\\201D"; }
.pair-head { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; position: sticky; top: 0;
             background: #f6f8fa; padding: .3rem 0; font-weight: 600; z-index: 1; word-break: break-all; }
article.group { scroll-margin-top: 2.5rem; background: var(--paper); border: 1px solid var(--line); border-radius: 6px;
                margin: .5rem 0; padding: .4rem .8rem .6rem; }
article.group h3 { font-size: .85rem; font-weight: 600; color: var(--muted); margin: 0 0 .3rem; }
article.group h3 a { color: inherit; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.side { white-space: pre-wrap; overflow-wrap: anywhere; }
.side.none { color: var(--muted); font-style: italic; }
.side mark, .side .diff { unicode-bidi: isolate; }
ul.group-findings { margin: .4rem 0 0; padding-left: 1.2rem; font-size: .92rem; }
[hidden] { display: none !important; }
.scroll { max-width: 100%; overflow-x: auto; }
.overview > * { min-width: 0; max-width: 100%; }
table.documents td { overflow-wrap: anywhere; }
section.pair-report { border-top: 2px solid var(--line); margin-top: 2rem; }
section.pair-report > h2 { word-break: break-all; }
table.pairs td.id { overflow-wrap: anywhere; }
@media (max-width: 800px) { .pair, .pair-head { grid-template-columns: 1fr; }
  main { padding: .6rem .6rem 2rem; } table.findings td.msg { width: auto; } }
@media print {
  body { background: #fff; font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  .controls, .pair-head { position: static; }
  .controls { display: none; }
  .pair, .pair-head { grid-template-columns: 1fr 1fr; }
  article.group, tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  mark, th, .swatch { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""

_JS = """
(function () {
  // A box filters the findings of its own pair (data-for = the pair's scope) or of every pair
  // (data-for="all"); a finding shows when every box that reaches it lets it through.
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[data-filter]'));
  function scopeOf(el) {
    var holder = el.closest('[data-scope]');
    return holder ? holder.getAttribute('data-scope') : '';
  }
  function shown(el) {
    var scope = scopeOf(el);
    return boxes.every(function (box) {
      var reach = box.getAttribute('data-for');
      if (reach !== 'all' && reach !== scope) return true;
      return box.checked || el.getAttribute('data-' + box.getAttribute('data-filter')) !== box.value;
    });
  }
  function apply() {
    document.querySelectorAll('[data-severity][data-kind]').forEach(function (el) {
      el.hidden = !shown(el);
    });
    document.querySelectorAll('mark[data-findings]').forEach(function (mark) {
      var any = mark.getAttribute('data-findings').split(' ').some(function (id) {
        return !document.getElementById(id).hidden;
      });
      mark.classList.toggle('off', !any);
    });
  }
  boxes.forEach(function (box) { box.addEventListener('change', apply); });
  apply();
})();
"""


def render(report: Report, *, verbose: bool = False, **_options) -> str:
    a_name, b_name = report.a.path or "A", report.b.path or "B"
    summary = view.summarize(report)
    hide = set() if verbose else {Severity.info}
    header = [
        "<header><h1>discrepancy</h1>",
        f'<p class="docs">A: {escape(a_name)}<br>B: {escape(b_name)}</p>',
        f'<p class="summary">{escape(summary.line())}</p></header>',
    ]
    return page(f"discrepancy: {a_name} ↔ {b_name}", [*header, *pair_body(report, hide)])


def page(title: str, body: list[str]) -> str:
    """A whole page around ``body``: styles inline, the filter script at the end."""
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>",
        f"<style>{_CSS}{_kind_css()}</style></head><body><main>",
        *body,
        f"</main><script>{_JS}</script></body></html>",
    ]
    return "\n".join(parts) + "\n"


def pair_body(report: Report, hide: set[Severity], prefix: str = "", scope: str = "all") -> list[str]:
    """One pair's tables, filters, findings and groups. Every id and link starts with
    ``prefix``, so many pairs can share a page; ``scope`` names whose filters these are."""
    summary = view.summarize(report)
    a_name, b_name = report.a.path or "A", report.b.path or "B"
    groups = view.groups(report, verbose=True)
    return [
        '<section class="overview">',
        _counts_table(summary),
        f'<div class="scroll">{_documents_table(report)}</div>',
        "</section>",
        _controls(summary, hide, scope),
        f'<h2 id="{prefix}findings">Findings</h2>',
        f'<div class="scroll">{_findings_table(report, groups, hide, prefix)}</div>',
        f'<h2 id="{prefix}pairs">Side by side</h2>',
        f'<div class="pair-head"><div>A: {escape(a_name)}</div><div>B: {escape(b_name)}</div></div>',
        *(_group(report, group, prefix) for group in groups),
    ]


def render_project(results, *, stale: int = 0, verbose: bool = False, **_options) -> str:
    """One page for many pairs (``check``'s PairResults): a row per pair with its findings by
    severity, how many the baseline accepted and a link; then each pair with findings, those
    first, each with its own filters under the page's filters for every pair."""
    hide = set() if verbose else {Severity.info}
    total = view.summed([view.summarize(r.report) for r in results])
    accepted = sum(r.suppressed for r in results)
    with_findings = [n for n, r in enumerate(results, 1) if r.report.findings]
    order = with_findings + [n for n, r in enumerate(results, 1) if not r.report.findings]
    line = f"{counted(len(results), 'pair')} checked; {total.line()}; {accepted} accepted in the baseline"
    if stale:
        line += f"; {stale} stale baseline {'entry' if stale == 1 else 'entries'}"
    body = [
        "<header><h1>discrepancy check</h1>",
        f'<p class="summary">{escape(line)}</p></header>',
        f'<div class="scroll">{_pairs_table(results, order)}</div>',
        _controls(total, hide, "all"),
    ]
    for n in with_findings:
        result = results[n - 1]
        body += [
            f'<section class="pair-report" id="p{n}" data-scope="p{n}">',
            f'<h2><a href="#p{n}">{escape(result.pair.id)}</a></h2>',
            f'<p class="summary">{escape(view.summarize(result.report).line())}'
            f"{_accepted(result.suppressed)}</p>",
            *pair_body(result.report, hide, prefix=f"p{n}-", scope=f"p{n}"),
            "</section>",
        ]
    return page("discrepancy check", body)


def _pairs_table(results, order: list[int]) -> str:
    rows = []
    for n in order:
        result = results[n - 1]
        summary = view.summarize(result.report)
        name = escape(result.pair.id)
        link = f'<a href="#p{n}">{name}</a>' if result.report.findings else name
        cells = "".join(f'<td class="n">{summary.by_severity[s]}</td>' for s in reversed(Severity))
        rows.append(f'<tr><td class="id">{link}</td>{cells}<td class="n">{result.suppressed}</td></tr>')
    return _severity_table("pairs", "pair", rows, last="<th>baselined</th>")


def _severity_table(css: str, first: str, rows: list[str], last: str = "", caption: str = "") -> str:
    """A table with a column per severity, most severe first, between ``first`` and ``last``."""
    head = "".join(f"<th>{s.value}</th>" for s in reversed(Severity))
    caption = f"<caption>{caption}</caption>" if caption else ""
    return (
        f'<table class="{css}">{caption}<thead><tr><th>{first}</th>{head}{last}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _accepted(count: int) -> str:
    return f" · {count} accepted in the baseline" if count else ""


def _kind_css() -> str:
    return "".join(
        f"mark.k-{k.value}, .swatch.k-{k.value} {{ background: {bg}; color: {fg}; }}\n"
        for k, (bg, fg) in KIND_COLOURS.items()
    ) + ".swatch { border-radius: 3px; padding: 0 .35rem; }\n"


def _counts_table(summary: view.Summary) -> str:
    rows = []
    for kind in Kind:
        cells = "".join(f'<td class="n">{summary.counts[kind, s]}</td>' for s in reversed(Severity))
        rows.append(f'<tr><th><span class="swatch k-{kind.value}">{kind.value}</span></th>{cells}</tr>')
    return _severity_table("counts", "kind", rows, caption=summary.groups_line())


def _documents_table(report: Report) -> str:
    facts = [view.document_facts(report.a, "A"), view.document_facts(report.b, "B")]
    head = "".join(f"<th>{escape(k)}</th>" for k in facts[0])
    rows = "".join(
        f"<tr><th>{label}</th>" + "".join(f"<td>{escape(v)}</td>" for v in row.values()) + "</tr>"
        for label, row in zip("AB", facts)
    )
    return f'<table class="documents"><thead><tr><th></th>{head}</tr></thead><tbody>{rows}</tbody></table>'


def _controls(summary: view.Summary, hide: set[Severity], scope: str) -> str:
    kinds = "".join(
        f'<label><input type="checkbox" data-filter="kind" data-for="{scope}" value="{k.value}" checked> '
        f'<span class="swatch k-{k.value}">{k.value}</span> '
        f'<span class="count">{sum(summary.counts[k, s] for s in Severity)}</span></label>'
        for k in Kind
    )
    severities = "".join(
        f'<label><input type="checkbox" data-filter="severity" data-for="{scope}" value="{s.value}"'
        f'{"" if s in hide else " checked"}> <mark class="sample s-{s.value}">'
        f'<span class="sev s-{s.value}">{s.value}</span></mark> '
        f'<span class="count">{summary.by_severity[s]}</span></label>'
        for s in reversed(Severity)
    )
    return (
        '<section class="controls" aria-label="Legend and filters">'
        f"<fieldset><legend>Kind</legend>{kinds}</fieldset>"
        f"<fieldset><legend>Severity</legend>{severities}</fieldset>"
        '<fieldset><legend>Also</legend><span class="diff">other differing words</span></fieldset>'
        "</section>"
    )


def _attributes(report: Report, index: int, hide: set[Severity]) -> str:
    finding = report.findings[index]
    hidden = " hidden" if finding.severity in hide else ""
    return f'data-kind="{finding.kind.value}" data-severity="{finding.severity.value}"{hidden}'


def _findings_table(report: Report, groups: list[view.Group], hide: set[Severity], prefix: str) -> str:
    if not report.findings:
        return "<p>No discrepancies found.</p>"
    rows = []
    for index, finding in enumerate(report.findings):
        group = groups[finding.group] if finding.group in range(len(groups)) else None
        where = (
            f'<a href="#{prefix}{group.anchor}">§{group.index + 1}</a>' if group else "whole document"
        )
        rows.append(
            f'<tr id="{prefix}f{index + 1}" class="finding" {_attributes(report, index, hide)}>'
            f'<td class="n">{index + 1}</td>'
            f'<td class="sev s-{finding.severity.value}">{finding.severity.value}</td>'
            f"<td><code>{escape(finding.code)}</code></td>"
            f'<td><span class="swatch k-{finding.kind.value}">{finding.kind.value}</span></td>'
            f'<td class="msg">{_isolated(finding.message)}<br>'
            f"A {_quote(finding.a)} · B {_quote(finding.b)}</td><td>{where}</td></tr>"
        )
    return (
        '<table class="findings"><thead><tr><th>#</th><th>severity</th><th>code</th>'
        "<th>kind</th><th>message</th><th>pair</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _quote(evidence) -> str:
    if not evidence:
        return "—"
    text = escape(evidence.text)
    return f"<q><bdi>{text}</bdi></q>" if bidi.has_rtl(evidence.text) else f"<q>{text}</q>"


def _isolated(message: str) -> str:
    """An English message, escaped, each right-to-left piece in its own ``<bdi>``."""
    return "".join(f"<bdi>{escape(p)}</bdi>" if rtl else escape(p) for p, rtl in bidi.pieces(message))


def _group(report: Report, group: view.Group, prefix: str) -> str:
    findings = "".join(
        f'<li {_attributes(report, i, set())}><a href="#{prefix}f{i + 1}">'
        f"<code>{escape(report.findings[i].code)}</code></a> "
        f'<span class="sev s-{report.findings[i].severity.value}">{report.findings[i].severity.value}</span> '
        f"{_isolated(report.findings[i].message)}</li>"
        for i in group.findings
    )
    return (
        f'<article class="group" id="{prefix}{group.anchor}">'
        f'<h3><a href="#{prefix}{group.anchor}">§{group.index + 1}</a> · A {group.a.label} ↔ '
        f"B {group.b.label} · score {group.score:.2f}</h3>"
        f'<div class="pair">{_side(report, group.a, prefix)}{_side(report, group.b, prefix)}</div>'
        + (f'<ul class="group-findings">{findings}</ul>' if findings else "")
        + "</article>"
    )


def _side(report: Report, side: view.Side, prefix: str) -> str:
    if not side.sentences:
        return '<div class="side none">(no counterpart)</div>'
    html = []
    for start, end, spans in view.segments(len(side.text), side.spans):
        piece = escape(side.text[start:end])
        found = [s.finding for s in spans if s.finding is not None]
        if any(s.finding is None for s in spans):
            piece = f'<span class="diff">{piece}</span>'
        if found:
            top = max(found, key=lambda i: report.findings[i].severity.rank)
            finding = report.findings[top]
            ids = " ".join(f"{prefix}f{i + 1}" for i in sorted(set(found)))
            piece = (
                f'<mark class="k-{finding.kind.value} s-{finding.severity.value}" '
                f'data-findings="{ids}" title="{escape(finding.code)}: {escape(finding.message)}">'
                f"{piece}</mark>"
            )
        html.append(piece)
    lang = f' lang="{escape(side.doc.lang)}"' if side.doc.lang else ""
    return f'<div class="side"{lang} dir="{bidi.direction(side.doc.lang)}">{"".join(html)}</div>'
