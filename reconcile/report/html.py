"""The report as HTML for a notebook or a browser.

Each question comes with its estimate, its claims in time order (date,
value, speaker, outlet, document, quote with its figure marked) and the
relations flagged between them with their reasons; relations between
questions of different scope follow. Counts of things other than people come
last, briefly.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..model import Claim, Relation, RelationKind
from ..model.html import MARK, estimate_line, highlighted_quote, title
from ..model.html import escape as _e
from .layout import Layout, flagged_first

if TYPE_CHECKING:
    from .report import Report

__all__ = ["render_html"]

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
        f'<li><span class="kind {r.kind.value}">{_e(MARK[r.kind])}</span>: '
        f'<span dir="auto">{_e(r.reason)}</span></li>'
        for r in flagged_first(relations)
    ]
    return ["<ul>", *items, "</ul>"] if items else []


def render_html(report: Report, *, max_questions: int = 50) -> str:
    """The report as HTML for a notebook: questions, claims in time order, flagged relations.

    Every piece of text is escaped; quotes, speakers and reasons carry
    ``dir="auto"`` so that Arabic reads right to left. At most
    ``max_questions`` questions are shown in full (the rest are counted).

    Examples:
        >>> from reconcile import Report
        >>> render_html(Report()).count("0 claims")
        1
    """
    layout = Layout(report)
    out = ['<div class="reconcile">', _STYLE, f"<p>{_e(layout.summary(report))}</p>"]
    shown = layout.questions[:max_questions]
    for cluster in shown:
        flagged = sum(r.kind is RelationKind.CONTRADICTS for r in layout.within.get(cluster.id, []))
        badge = f' <span class="contradicts">{flagged} contradicting</span>' if flagged else ""
        out.append(
            f"<details open><summary><b>{_e(title(cluster))}</b>{badge} "
            f"&mdash; {_e(estimate_line(cluster))}</summary>"
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
