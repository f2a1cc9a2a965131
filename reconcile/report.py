"""Render a report for people: plain text for a terminal, HTML for a notebook.

Each question (cluster) comes with its estimate, its claims in time order
(date, value, speaker, outlet, document, quote) and the relations flagged
between them with their reasons; relations between questions of different
scope follow. Counts of things other than people come last, briefly.
"""

from __future__ import annotations

import html
import re
import textwrap
from collections.abc import Iterable

from .model import Claim, Cluster, Relation, RelationKind, Report

__all__ = [
    "claim_html",
    "cluster_html",
    "highlighted_quote",
    "relation_html",
    "render_html",
    "render_text",
]

_MARK = {
    RelationKind.CONTRADICTS: "CONTRADICTS",
    RelationKind.UPDATES: "updates",
    RelationKind.REPEATS: "repeats",
    RelationKind.REFINES: "refines",
    RelationKind.AGREES: "agrees",
    RelationKind.SCOPE_DIFFERS: "scope differs",
}
# Flagged relations first: what an analyst must look at.
_ORDER = [
    RelationKind.CONTRADICTS,
    RelationKind.UPDATES,
    RelationKind.SCOPE_DIFFERS,
    RelationKind.REFINES,
    RelationKind.AGREES,
    RelationKind.REPEATS,
]


def _title(cluster: Cluster) -> str:
    parts = [cluster.measure or "(no measure)", cluster.subject or "(no subject)"]
    parts.append(", ".join(cluster.places) if cluster.places else "(no place)")
    return " | ".join(parts)


def _estimate(cluster: Cluster) -> str:
    e = cluster.estimate
    if e is None or e.best is None:
        return "no estimate"
    return (
        f"estimate: low {e.low:,.0f}  best {e.best:,.0f}  high {e.high:,.0f}  "
        f"({e.rule}: {len(e.claims)} claim{'s' if len(e.claims) != 1 else ''})"
    )


def _claim_line(claim: Claim, width: int) -> list[str]:
    who = claim.speaker or "-"
    where = " / ".join(x for x in (claim.outlet, claim.document) if x)
    head = f"  {claim.as_of or 'undated':<10}  {claim.quantity.describe():<18}  {who}  [{where}]"
    quote = textwrap.shorten(claim.quote, width=width - 8, placeholder=" ...")
    return [head, f'      "{quote}"']


def _relation_lines(relations: Iterable[Relation], width: int) -> list[str]:
    lines = []
    for relation in _flagged_first(relations):
        text = f"{_MARK[relation.kind]}: {relation.reason}"
        lines.extend(
            textwrap.wrap(text, width=width, initial_indent="    ", subsequent_indent="        ")
        )
    return lines


class _Layout:
    """How a report is laid out, shared by the text and HTML renderings.

    Questions about people come first, those with the most claims first;
    relations inside one question go with it, relations across questions
    follow; counts of other things come last.
    """

    def __init__(self, report: Report) -> None:
        self.claims = {c.id: c for c in report.claims}
        self.contradictions = sum(r.kind is RelationKind.CONTRADICTS for r in report.relations)
        home = {cid: k.id for k in report.clusters for cid in k.claims}
        self.within: dict[str, list[Relation]] = {}
        self.between: list[Relation] = []
        for relation in report.relations:
            clusters = {home.get(cid) for cid in relation.claims}
            if len(clusters) == 1:
                self.within.setdefault(clusters.pop() or "", []).append(relation)
            else:
                self.between.append(relation)

        def people(k: Cluster) -> bool:
            return self.claims[k.claims[0]].unit == "people"

        ordered = sorted(
            report.clusters,
            key=lambda k: (not people(k), -len(k.claims), k.measure or "~", k.subject or "~", k.id),
        )
        self.questions = [k for k in ordered if people(k)]
        self.others = [k for k in ordered if not people(k)]

    def summary(self, report: Report) -> str:
        n = self.contradictions
        return (
            f"{len(report.documents)} documents, {len(report.claims)} claims, "
            f"{len(report.clusters)} questions, {len(report.relations)} relations "
            f"({n} contradiction{'s' if n != 1 else ''})"
        )


def _flagged_first(relations: Iterable[Relation]) -> list[Relation]:
    return sorted(relations, key=lambda r: (_ORDER.index(r.kind), r.claims))


def render_text(report: Report, *, width: int = 100) -> str:
    """The report as plain text, questions with the most claims first.

    Examples:
        >>> print(render_text(Report()))
        0 documents, 0 claims, 0 questions, 0 relations (0 contradictions)
    """
    layout = _Layout(report)
    claims = layout.claims
    lines = [layout.summary(report)]
    for cluster in layout.questions:
        lines += ["", f"{cluster.id}  {_title(cluster)}", f"  {_estimate(cluster)}"]
        for cid in cluster.claims:
            lines += _claim_line(claims[cid], width)
        lines += _relation_lines(layout.within.get(cluster.id, []), width)
    if layout.between:
        lines += ["", "Between questions of different scope"]
        lines += _relation_lines(layout.between, width)
    if layout.others:
        lines += ["", "Other counts"]
        for cluster in layout.others:
            for cid in cluster.claims:
                c = claims[cid]
                quote = textwrap.shorten(c.quote, 60)
                lines.append(f'  {c.quantity.describe()} {c.unit} [{c.document}]  "{quote}"')
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# HTML, for Jupyter (``_repr_html_``)

_STYLE = """<style>
.reconcile table {border-collapse: collapse; margin: 0.3em 0 0.6em 0}
.reconcile th, .reconcile td {padding: 0.15em 0.6em; text-align: start; vertical-align: top}
.reconcile th {border-bottom: 1px solid #999}
.reconcile mark {background: #ffe58a; color: inherit; padding: 0 0.1em}
.reconcile .contradicts {color: #b3261e; font-weight: bold}
.reconcile .updates {color: #1d5fa8}
.reconcile .kind {font-variant: small-caps}
.reconcile summary {cursor: pointer}
</style>"""


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def _e(value: object) -> str:
    """Escape any value for HTML text or a quoted attribute; control characters show as U+FFFD."""
    text = _CONTROL.sub("\ufffd", "" if value is None else str(value))
    return html.escape(text, quote=True)


def highlighted_quote(claim: Claim) -> str:
    """The claim's quote as HTML, escaped, with its figure in ``<mark>``.

    The figure is found in the quote by its text; when it is not there, the
    quote is shown without a mark.

    Examples:
        >>> from reconcile import Quantity, Span
        >>> c = Claim(document="a", span=Span(6, 9), quantity=Quantity.approx(300, "300"),
        ...           quote="Some <300> fought")
        >>> highlighted_quote(c)
        'Some &lt;<mark>300</mark>&gt; fought'
    """
    quote, figure = claim.quote, claim.quantity.text
    at = quote.find(figure) if figure else -1
    if at < 0:
        return _e(quote)
    end = at + len(figure)
    return f"{_e(quote[:at])}<mark>{_e(figure)}</mark>{_e(quote[end:])}"


def claim_html(claim: Claim) -> str:
    """One claim as an HTML fragment: figure, what and who, and the quote.

    Examples:
        >>> from reconcile import Quantity, Span
        >>> c = Claim(document="a", span=Span(0, 3), quantity=Quantity.exact(5, "5"),
        ...           quote="5 <script>", speaker="<b>")
        >>> "<script>" in claim_html(c), "&lt;script&gt;" in claim_html(c)
        (False, True)
    """
    q = claim.quantity
    what = " ".join(x for x in (claim.measure, claim.subject) if x) or "unknown measure"
    where = f" in {', '.join(claim.places)}" if claim.places else ""
    source = " / ".join(x for x in (claim.speaker, claim.outlet, claim.document) if x)
    return (
        f'<div class="reconcile"><b>{_e(q.describe())}</b> {_e(claim.unit)}: '
        f"{_e(what)}{_e(where)}, {_e(claim.as_of or 'undated')} "
        f"<small>({_e(source)})</small>"
        f'<blockquote dir="auto">{highlighted_quote(claim)}</blockquote></div>'
    )


def relation_html(relation: Relation) -> str:
    """One relation as an HTML fragment: its kind, claims and reason."""
    kind = relation.kind.value
    return (
        f'<div class="reconcile"><span class="kind {kind}">{_e(_MARK[relation.kind])}</span> '
        f"<code>{_e(' / '.join(relation.claims))}</code>"
        f'<div dir="auto">{_e(relation.reason)}</div></div>'
    )


def cluster_html(cluster: Cluster) -> str:
    """A question on its own: what it asks, its estimate and how many claims it holds."""
    n = len(cluster.claims)
    return (
        f'<div class="reconcile"><b>{_e(_title(cluster))}</b> <code>{_e(cluster.id)}</code>'
        f"<div>{_e(_estimate(cluster))}</div><div>{n} claim{'s' if n != 1 else ''}</div></div>"
    )


def _claims_table(claims: Iterable[Claim]) -> list[str]:
    rows = [
        "<table><thead><tr><th>as of</th><th>figure</th><th>qualifier</th><th>speaker</th>"
        "<th>outlet</th><th>document</th><th>quote</th></tr></thead><tbody>"
    ]
    for c in claims:
        rows.append(
            f"<tr><td>{_e(c.as_of or 'undated')}</td><td>{_e(c.quantity.describe())}</td>"
            f"<td>{_e(c.quantity.qualifier.value)}</td>"
            f'<td dir="auto">{_e(c.speaker or "-")}</td><td dir="auto">{_e(c.outlet or "-")}</td>'
            f'<td dir="auto">{_e(c.document)}</td>'
            f'<td dir="auto">{highlighted_quote(c)}</td></tr>'
        )
    rows.append("</tbody></table>")
    return rows


def _relations_list(relations: Iterable[Relation]) -> list[str]:
    items = [
        f'<li><span class="kind {r.kind.value}">{_e(_MARK[r.kind])}</span>: '
        f'<span dir="auto">{_e(r.reason)}</span></li>'
        for r in _flagged_first(relations)
    ]
    return ["<ul>", *items, "</ul>"] if items else []


def render_html(report: Report, *, max_questions: int = 50) -> str:
    """The report as HTML for a notebook: questions, claims in time order, flagged relations.

    Every piece of text is escaped; quotes, speakers and reasons carry
    ``dir="auto"`` so that Arabic reads right to left. At most
    ``max_questions`` questions are shown in full (the rest are counted).

    Examples:
        >>> render_html(Report()).count("0 claims")
        1
    """
    layout = _Layout(report)
    out = ['<div class="reconcile">', _STYLE, f"<p>{_e(layout.summary(report))}</p>"]
    shown = layout.questions[:max_questions]
    for cluster in shown:
        flagged = sum(r.kind is RelationKind.CONTRADICTS for r in layout.within.get(cluster.id, []))
        badge = f' <span class="contradicts">{flagged} contradicting</span>' if flagged else ""
        out.append(
            f"<details open><summary><b>{_e(_title(cluster))}</b>{badge} "
            f"&mdash; {_e(_estimate(cluster))}</summary>"
        )
        out += _claims_table(layout.claims[cid] for cid in cluster.claims)
        out += _relations_list(layout.within.get(cluster.id, []))
        out.append("</details>")
    hidden = len(layout.questions) - len(shown)
    if hidden > 0:
        out.append(f"<p>... and {hidden} more questions (see <code>to_pandas()</code>).</p>")
    if layout.between:
        out.append("<details open><summary><b>Between questions of different scope</b></summary>")
        out += _relations_list(layout.between)
        out.append("</details>")
    if layout.others:
        out.append(f"<details><summary>Other counts ({len(layout.others)})</summary>")
        out += _claims_table(layout.claims[cid] for k in layout.others for cid in k.claims)
        out.append("</details>")
    out.append("</div>")
    return "\n".join(out)
