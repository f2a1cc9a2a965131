"""Render a report as text a person reads in a terminal.

Each question (cluster) comes with its estimate, its claims in time order
(date, value, speaker, outlet, document, quote) and the relations flagged
between them with their reasons; relations between questions of different
scope follow. Counts of things other than people come last, briefly.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable

from .model import Claim, Cluster, Relation, RelationKind, Report

__all__ = ["render_text"]

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
    for relation in sorted(relations, key=lambda r: (_ORDER.index(r.kind), r.claims)):
        text = f"{_MARK[relation.kind]}: {relation.reason}"
        lines.extend(
            textwrap.wrap(text, width=width, initial_indent="    ", subsequent_indent="        ")
        )
    return lines


def render_text(report: Report, *, width: int = 100) -> str:
    """The report as plain text, questions with the most claims first.

    Examples:
        >>> print(render_text(Report()))
        0 documents, 0 claims, 0 questions, 0 relations (0 contradictions)
    """
    claims = {c.id: c for c in report.claims}
    contradictions = sum(r.kind is RelationKind.CONTRADICTS for r in report.relations)
    lines = [
        f"{len(report.documents)} documents, {len(report.claims)} claims, "
        f"{len(report.clusters)} questions, {len(report.relations)} relations "
        f"({contradictions} contradiction{'s' if contradictions != 1 else ''})"
    ]
    home = {cid: k.id for k in report.clusters for cid in k.claims}
    within: dict[str, list[Relation]] = {}
    between: list[Relation] = []
    for relation in report.relations:
        clusters = {home.get(cid) for cid in relation.claims}
        if len(clusters) == 1:
            within.setdefault(clusters.pop() or "", []).append(relation)
        else:
            between.append(relation)

    def people(k: Cluster) -> bool:
        return claims[k.claims[0]].unit == "people"

    ordered = sorted(
        report.clusters,
        key=lambda k: (not people(k), -len(k.claims), k.measure or "~", k.subject or "~", k.id),
    )
    others = [k for k in ordered if not people(k)]
    for cluster in (k for k in ordered if people(k)):
        lines += ["", f"{cluster.id}  {_title(cluster)}", f"  {_estimate(cluster)}"]
        for cid in cluster.claims:
            lines += _claim_line(claims[cid], width)
        lines += _relation_lines(within.get(cluster.id, []), width)
    if between:
        lines += ["", "Between questions of different scope"]
        lines += _relation_lines(between, width)
    if others:
        lines += ["", "Other counts"]
        for cluster in others:
            for cid in cluster.claims:
                c = claims[cid]
                quote = textwrap.shorten(c.quote, 60)
                lines.append(f'  {c.quantity.describe()} {c.unit} [{c.document}]  "{quote}"')
    return "\n".join(lines)
