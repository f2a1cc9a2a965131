"""The report as HTML for a notebook or a browser.

Each question comes with its estimate, its claims in time order (date,
value, speaker, outlet, document, quote with its figure marked) and the
relations flagged between them with their reasons; relations across questions
follow, by what differs between the questions. Counts of things other than
people come last, briefly.

Direction: quotes, speakers and outlets carry ``dir="auto"``; figures and
reasons read left to right with every right-to-left run in a ``<bdi>``, so
that ``'آلافا' (1,000-9,999)`` never shows as ``(9,999-1,000)``.

Colours follow the theme: text inherits the page's colour, highlights are
translucent, and the red and blue of contradictions and updates take
Jupyter's own CSS variables (``--jp-error-color1``, ``--jp-info-color1``)
where they exist, with lighter shades when the browser asks for a dark
scheme.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..model import Claim, Relation, RelationKind
from ..model.html import MARK, estimate_line, figure_html, highlighted_quote, isolated, title
from ..model.html import escape as _e
from .layout import Layout, flagged_first

if TYPE_CHECKING:
    from .report import Report

__all__ = ["render_html"]

_STYLE = """<style>
.reconcile {
  --reconcile-red: var(--jp-error-color1, #b3261e);
  --reconcile-blue: var(--jp-info-color1, #1d5fa8);
  --reconcile-mark: rgba(255, 196, 0, 0.35);
  color: inherit;
}
@media (prefers-color-scheme: dark) {
  .reconcile {
    --reconcile-red: var(--jp-error-color1, #ff8a80);
    --reconcile-blue: var(--jp-info-color1, #82b1ff);
  }
}
.reconcile table {border-collapse: collapse; margin: 0.3em 0 0.6em 0; color: inherit}
.reconcile th, .reconcile td {padding: 0.15em 0.6em; text-align: start; vertical-align: top}
.reconcile th {border-bottom: 1px solid rgba(128, 128, 128, 0.6)}
.reconcile mark {background: var(--reconcile-mark); color: inherit; padding: 0 0.1em}
.reconcile .contradicts {color: var(--reconcile-red); font-weight: bold}
.reconcile .updates {color: var(--reconcile-blue)}
.reconcile .kind {font-variant: small-caps}
.reconcile .figure, .reconcile .when {white-space: nowrap}
.reconcile .note {opacity: 0.8; font-size: smaller}
.reconcile summary {cursor: pointer}
</style>"""
"""The report's CSS: colours that follow a light or a dark theme (in sync with the docstring)."""


def _claims_table(claims: Iterable[Claim]) -> list[str]:
    rows = [
        "<table><thead><tr><th>as of</th><th>figure</th><th>qualifier</th><th>speaker</th>"
        "<th>outlet</th><th>document</th><th>quote</th></tr></thead><tbody>"
    ]
    for c in claims:
        rows.append(
            f'<tr><td class="when">{_e(c.as_of or "undated")}</td><td>{figure_html(c)}</td>'
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
        f'<span dir="ltr">{isolated(r.reason)}</span></li>'
        for r in flagged_first(relations)
    ]
    return ["<ul>", *items, "</ul>"] if items else []


def render_html(report: Report, *, max_questions: int = 50) -> str:
    """The report as HTML for a notebook: questions, claims in time order, flagged relations.

    Every piece of text is escaped; quotes and speakers carry ``dir="auto"``
    so that Arabic reads right to left, and figures and reasons isolate each
    right-to-left run so that the figures beside it stay in order. At most
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
            f"<details open><summary><b>{isolated(title(cluster))}</b>{badge} "
            f"&mdash; {_e(estimate_line(cluster))}</summary>"
        )
        if cluster.id in layout.alike:
            out.append(
                f'<div class="note"><code>{_e(cluster.id)}</code>: '
                f"{isolated(layout.alike[cluster.id])}</div>"
            )
        out += _claims_table(layout.claims[cid] for cid in cluster.claims)
        out += _relations_list(layout.within.get(cluster.id, []))
        out.append("</details>")
    hidden = len(layout.questions) - len(shown)
    if hidden > 0:
        out.append(f"<p>... and {hidden} more questions (see <code>to_pandas()</code>).</p>")
    for heading, groups in layout.sections():
        out.append(f"<details open><summary><b>{_e(heading)}</b></summary>")
        for between in groups:
            out.append(f'<div class="note" dir="ltr">{isolated(between.label)}</div>')
            out += _relations_list(between.relations)
        out.append("</details>")
    if layout.others:
        out.append(f"<details><summary>Other counts ({len(layout.others)})</summary>")
        out += _claims_table(layout.claims[cid] for k in layout.others for cid in k.claims)
        out.append("</details>")
    out.append("</div>")
    return "\n".join(out)
