"""How a report is laid out, shared by its text and HTML renderings."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from ..model import Claim, Cluster, Relation, RelationKind

if TYPE_CHECKING:
    from .report import Report

__all__ = ["Between", "Layout", "flagged_first"]

# Flagged relations first: what an analyst must look at.
_ORDER = [
    RelationKind.CONTRADICTS,
    RelationKind.UPDATES,
    RelationKind.SCOPE_DIFFERS,
    RelationKind.REFINES,
    RelationKind.AGREES,
    RelationKind.REPEATS,
]


_SECTIONS = {
    "alike": "Between questions with the same measure, subject and places",
    "measure": "Between questions of different measures",
    "scope": "Between questions of different scope (subject or places)",
    "loose": "Between claims outside any question",
}
"""The sections of relations across questions, by what differs between the two questions."""


@attrs.frozen
class Between:
    """Relations between the claims of two questions, and what differs between the questions."""

    section: str
    """A key of ``_SECTIONS``: ``alike``, ``measure``, ``scope`` or ``loose``."""
    label: str
    """The two question ids and what differs, e.g. ``k-1 and k-2: places Syria / Iraq, Syria``."""
    relations: tuple[Relation, ...]


def _parts(cluster: Cluster) -> dict[str, str]:
    return {
        "measure": cluster.measure or "(no measure)",
        "subject": cluster.subject or "(no subject)",
        "places": ", ".join(cluster.places) or "(no place)",
    }


def _facets(cluster: Cluster, claims: dict[str, Claim]) -> dict[str, str]:
    """What a question's claims have in common or not, beyond its title: period, unit, sources."""
    members = [claims[cid] for cid in cluster.claims]

    def joined(values: Iterable[str | None]) -> str:
        return ", ".join(sorted({v or "-" for v in values}))

    n = len(members)
    return {
        "claims": f"{n} claim{'s' if n != 1 else ''}",
        "period": joined(c.as_of or "undated" for c in members),
        "unit": joined(c.unit for c in members),
        "language": joined(c.lang for c in members),
        "from": joined(c.document for c in members),
    }


class Layout:
    """How a report is laid out, shared by the text and HTML renderings.

    Questions about people come first, those with the most claims first;
    relations inside one question go with it; relations across questions
    follow, in sections by what differs between the two questions (the
    same title, the measure, or the scope); counts of other things come last.
    A question whose title another question shares carries a note of what
    tells it apart (:attr:`alike`).
    """

    def __init__(self, report: Report) -> None:
        self.claims = {c.id: c for c in report.claims}
        self.contradictions = sum(r.kind is RelationKind.CONTRADICTS for r in report.relations)
        home = {cid: k.id for k in report.clusters for cid in k.claims}
        by_id = {k.id: k for k in report.clusters}
        self.within: dict[str, list[Relation]] = {}
        pairs: dict[tuple[str | None, ...], list[Relation]] = {}
        for relation in report.relations:
            clusters = {home.get(cid) for cid in relation.claims}
            if len(clusters) == 1 and None not in clusters:
                self.within.setdefault(clusters.pop() or "", []).append(relation)
            else:
                key = tuple(sorted(clusters, key=lambda k: (k is None, k or "")))
                pairs.setdefault(key, []).append(relation)
        self.between = [
            self._between([by_id.get(k or "") for k in key], relations)
            for key, relations in pairs.items()
        ]
        self.between.sort(key=lambda b: (list(_SECTIONS).index(b.section), b.label))
        self.alike = self._alike(report.clusters)

        def people(k: Cluster) -> bool:
            return self.claims[k.claims[0]].unit == "people"

        ordered = sorted(
            report.clusters,
            key=lambda k: (not people(k), -len(k.claims), k.measure or "~", k.subject or "~", k.id),
        )
        self.questions = [k for k in ordered if people(k)]
        self.others = [k for k in ordered if not people(k)]

    def sections(self) -> list[tuple[str, list[Between]]]:
        """The relations across questions, in sections by what differs, each with its heading."""
        out: dict[str, list[Between]] = {}
        for between in self.between:
            out.setdefault(between.section, []).append(between)
        return [(_SECTIONS[key], items) for key, items in out.items()]

    def _between(self, clusters: list[Cluster | None], relations: list[Relation]) -> Between:
        ordered = tuple(flagged_first(relations))
        known = [k for k in clusters if k is not None]
        ids = " and ".join(k.id for k in known) or "no question"
        if len(known) < len(clusters) or len(known) < 2:
            return Between("loose", ids, ordered)
        a, b = _parts(known[0]), _parts(known[1])
        differ = [f"{name} {a[name]} / {b[name]}" for name in a if a[name] != b[name]]
        if not differ:
            return Between("alike", f"{ids}: {self.alike_note(known[0], known[1])}", ordered)
        section = "measure" if a["measure"] != b["measure"] else "scope"
        return Between(section, f"{ids}: {'; '.join(differ)}", ordered)

    def _alike(self, clusters: Iterable[Cluster]) -> dict[str, str]:
        """For each question whose title another question shares, what tells it apart."""
        groups: dict[tuple[str, ...], list[Cluster]] = {}
        for k in clusters:
            groups.setdefault(tuple(_parts(k).values()), []).append(k)
        notes: dict[str, str] = {}
        for group in groups.values():
            if len(group) < 2:
                continue
            facets = {k.id: _facets(k, self.claims) for k in group}
            names = [n for n in facets[group[0].id] if len({f[n] for f in facets.values()}) > 1]
            for k in group:
                others = ", ".join(o.id for o in group if o is not k)
                shown = [f"{n} {facets[k.id][n]}" for n in names if n != "claims"]
                told = (
                    "; ".join([facets[k.id]["claims"], *shown])
                    if shown
                    else (f"{facets[k.id]['claims']}; nothing else differs")
                )
                notes[k.id] = f"same title as {others}; here: {told}"
        return notes

    def alike_note(self, a: Cluster, b: Cluster) -> str:
        """What tells two questions with the same title apart, in a few words."""
        fa, fb = _facets(a, self.claims), _facets(b, self.claims)
        differ = [f"{n} {fa[n]} / {fb[n]}" for n in fa if n != "claims" and fa[n] != fb[n]]
        return "same title; " + ("; ".join(differ) if differ else "nothing else differs")

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
