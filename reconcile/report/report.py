"""The report: everything reconcile found in a set of documents, and its JSON form."""

from __future__ import annotations

import itertools
import json
import os
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Self

import attrs

from ..errors import InvalidClaimError, InvalidSpanError
from ..model import Claim, Cluster, Document, Relation
from ..model._fields import _loads, _shaped, _tuple_of
from . import graph, html, plot, tables

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd
    from matplotlib.axes import Axes

    from .tables import Table

__all__ = ["Report"]


def _documents(value: Iterable[Document]) -> tuple[Document, ...]:
    return _tuple_of(Document, value)


def _claims(value: Iterable[Claim]) -> tuple[Claim, ...]:
    return _tuple_of(Claim, value)


def _clusters(value: Iterable[Cluster]) -> tuple[Cluster, ...]:
    return _tuple_of(Cluster, value)


def _relations(value: Iterable[Relation]) -> tuple[Relation, ...]:
    return _tuple_of(Relation, value)


@attrs.frozen(kw_only=True)
class Report:
    """Everything reconcile found in a set of documents.

    A report is consistent by construction: claim ids are unique, clusters
    and relations name only claims the report holds, and every claim's span
    lies inside its document's text when that text is known.

    Examples:
        >>> Report().to_dict()
        {'documents': [], 'claims': [], 'clusters': [], 'relations': []}
    """

    documents: tuple[Document, ...] = attrs.field(default=(), converter=_documents)
    claims: tuple[Claim, ...] = attrs.field(default=(), converter=_claims)
    clusters: tuple[Cluster, ...] = attrs.field(default=(), converter=_clusters)
    relations: tuple[Relation, ...] = attrs.field(default=(), converter=_relations)

    def __attrs_post_init__(self) -> None:
        ids: set[str] = set()
        for claim in self.claims:
            if claim.id in ids:
                raise InvalidClaimError("claims", claim.id, "claim ids must be unique")
            ids.add(claim.id)
        docs = {d.id: d for d in self.documents}
        if len(docs) != len(self.documents):
            raise InvalidClaimError("documents", sorted(docs), "document ids must be unique")
        for claim in self.claims:
            doc = docs.get(claim.document)
            if doc is not None and doc.text is not None and claim.span.end > len(doc.text):
                raise InvalidSpanError(
                    "span",
                    claim.span.to_list(),
                    f"claim {claim.id} lies beyond the end of document {doc.id!r}",
                )
        named = itertools.chain(
            (cid for k in self.clusters for cid in k.claims),
            (cid for r in self.relations for cid in r.claims),
        )
        for cid in named:
            if cid not in ids:
                raise InvalidClaimError("claims", cid, "names a claim the report does not hold")

    @classmethod
    def _trusted(
        cls,
        documents: tuple[Document, ...],
        claims: tuple[Claim, ...],
        clusters: tuple[Cluster, ...],
        relations: tuple[Relation, ...],
    ) -> Report:
        """Build a report the pipeline made consistent, skipping the checks.

        The pipeline's claims are unique by construction and its clusters and
        relations name only them; checking a million ids again would take a
        set of them (tens of MiB) and a second. Never for user input.
        """
        report = object.__new__(cls)
        object.__setattr__(report, "documents", documents)
        object.__setattr__(report, "claims", claims)
        object.__setattr__(report, "clusters", clusters)
        object.__setattr__(report, "relations", relations)
        return report

    def claim(self, claim_id: str) -> Claim:
        """The claim with this id; ``KeyError`` if the report holds none."""
        for claim in self.claims:
            if claim.id == claim_id:
                return claim
        raise KeyError(claim_id)

    def to_dict(self, *, include_text: bool = False) -> dict[str, Any]:
        """The JSON form of ``reconcile report --format json``."""
        return {
            "documents": [d.to_dict(include_text=include_text) for d in self.documents],
            "claims": [c.to_dict() for c in self.claims],
            "clusters": [c.to_dict() for c in self.clusters],
            "relations": [r.to_dict() for r in self.relations],
        }

    def to_json(self, *, include_text: bool = False, indent: int | None = 2) -> str:
        """The report as JSON text; document texts only with ``include_text``."""
        return json.dumps(
            self.to_dict(include_text=include_text), ensure_ascii=False, indent=indent
        )

    @classmethod
    @_shaped("a report")
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Read the JSON form written by :meth:`to_dict`."""
        return cls(
            documents=[Document.from_dict(d) for d in data.get("documents", ())],
            claims=[Claim.from_dict(c) for c in data.get("claims", ())],
            clusters=[Cluster.from_dict(c) for c in data.get("clusters", ())],
            relations=[Relation.from_dict(r) for r in data.get("relations", ())],
        )

    @classmethod
    @_shaped("a report")
    def from_json(cls, text: str) -> Self:
        """Read JSON written by :meth:`to_json`."""
        return cls.from_dict(_loads(text))

    def to_records(self, table: Table = "claims") -> list[dict[str, Any]]:
        """One flat dict per claim, cluster or relation (plain Python, no pandas needed).

        Args:
            table: ``"claims"``, ``"clusters"`` or ``"relations"``; the columns
                are listed in :data:`reconcile.report.tables.COLUMNS`.

        Examples:
            >>> Report().to_records()
            []
        """
        return tables.records(self, table)

    def to_pandas(self, table: Table = "claims") -> pd.DataFrame:
        """A table of the report as a pandas DataFrame (needs ``reconcile-claims[pandas]``).

        Raises:
            ImportError: If pandas is not installed; the message names the extra.
        """
        return tables.to_pandas(self, table)

    def to_graph(self) -> nx.MultiDiGraph[str]:
        """A networkx MultiDiGraph: claims as nodes, relations as edges (see :mod:`.graph`)."""
        return graph.to_graph(self)

    def write_graphml(self, path: str | os.PathLike[str]) -> None:
        """Write :meth:`to_graph` as GraphML, atomically (see :mod:`reconcile.report.graph`).

        To look at the graph, open the file in Gephi or yEd: group the claims
        by their ``cluster`` attribute and colour the relations by ``kind``.
        """
        graph.write_graphml(self, path)

    def plot_timeline(self, cluster: Cluster | str, ax: Axes | None = None) -> Axes:
        """Plot one question's claims over time (needs ``reconcile-claims[plot]``).

        Returns:
            The matplotlib axes drawn on.
        """
        return plot.plot_timeline(self, cluster, ax=ax)

    def _repr_html_(self) -> str:
        return html.render_html(self)

    def __repr__(self) -> str:
        return (
            f"<Report: {len(self.documents)} documents, {len(self.claims)} claims, "
            f"{len(self.clusters)} questions, {len(self.relations)} relations>"
        )
