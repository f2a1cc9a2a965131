"""How a report is laid out, shared by its text and HTML renderings."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..model import Cluster, Relation, RelationKind

if TYPE_CHECKING:
    from .report import Report

__all__ = ["Layout", "flagged_first"]

# Flagged relations first: what an analyst must look at.
_ORDER = [
    RelationKind.CONTRADICTS,
    RelationKind.UPDATES,
    RelationKind.SCOPE_DIFFERS,
    RelationKind.REFINES,
    RelationKind.AGREES,
    RelationKind.REPEATS,
]


class Layout:
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
        """One line of counts: documents, claims, questions, relations, contradictions."""
        n = self.contradictions
        return (
            f"{len(report.documents)} documents, {len(report.claims)} claims, "
            f"{len(report.clusters)} questions, {len(report.relations)} relations "
            f"({n} contradiction{'s' if n != 1 else ''})"
        )


def flagged_first(relations: Iterable[Relation]) -> list[Relation]:
    """Relations with what an analyst must look at first: contradictions, then updates."""
    return sorted(relations, key=lambda r: (_ORDER.index(r.kind), r.claims))
