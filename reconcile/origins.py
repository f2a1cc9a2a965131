"""Origins: which documents are not independent of each other.

A translation, a syndicated copy or a rewrite restates its source; its claims
are one voice with the source's, never independent support. Documents share
an origin when one is ``derived_from`` the other, or when they state enough
of the same figures.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable

from .model import Claim, Document

__all__ = ["SHARED_FIGURES", "SHARED_SHARE", "TELLING", "groups", "origins"]


SHARED_FIGURES = 3
"""Two documents share an origin only if they state at least this many figures in common..."""
SHARED_SHARE = 0.6
"""... and at least this share of the smaller document's figures."""
TELLING = 50
"""A figure held by more documents than this says nothing about copying."""


def origins(documents: Iterable[Document], claims: Iterable[Claim] = ()) -> dict[str, str]:
    """Map each document id to the id of its origin.

    Documents share an origin when one is ``derived_from`` the other, or when
    they state the same figures for the same measures (a translation or a
    rewrite: at least 3 figures in common, and at least 60% of the smaller
    document's). The origin id is the smallest document id of the group.

    Examples:
        >>> docs = [Document(id="en.txt"), Document(id="ar.txt", derived_from="en.txt")]
        >>> origins(docs)
        {'ar.txt': 'ar.txt', 'en.txt': 'ar.txt'}
    """
    nodes, edges = _links(documents, claims)
    return groups(edges, nodes)


def _shared_origins(documents: Iterable[Document], claims: Iterable[Claim]) -> dict[str, str]:
    """:func:`origins` of the documents linked to another only: the others are their own origin.

    For the pipeline, which keeps only the documents that share an origin: a
    table of every document (hundreds of thousands at a million claims,
    most their own origin) would be built and sorted only to be dropped.

    Examples:
        >>> docs = [Document(id="en.txt"), Document(id="ar.txt", derived_from="en.txt"),
        ...         Document(id="ru.txt")]
        >>> _shared_origins(docs, [])
        {'ar.txt': 'ar.txt', 'en.txt': 'ar.txt'}
    """
    return groups(_links(documents, claims)[1])


def _links(
    documents: Iterable[Document], claims: Iterable[Claim]
) -> tuple[list[str], list[tuple[str, str]]]:
    """Every document id, and the pairs of documents that share an origin (see :func:`origins`)."""
    nodes: list[str] = []
    edges: list[tuple[str, str]] = []
    for doc in documents:
        nodes.append(doc.id)
        if doc.derived_from:
            edges.append((doc.id, doc.derived_from))
    signatures: dict[str, set[tuple[object, ...]]] = defaultdict(set)
    for claim in claims:
        q = claim.quantity
        # the measure is left out: a translator may pick another verb
        signatures[claim.document].add((claim.unit, q.low, q.high))
    nodes.extend(signatures)
    # a document with fewer than three figures cannot share three
    signatures = {d: s for d, s in signatures.items() if len(s) >= SHARED_FIGURES}
    holders: dict[tuple[object, ...], list[str]] = defaultdict(list)
    for doc_id, signature in signatures.items():
        for item in signature:
            holders[item].append(doc_id)
    # one document at a time, so that memory holds one document's neighbours,
    # never every pair of documents sharing a figure
    # a figure held by one document links nothing; one held by many says nothing about copying
    telling = {item: docs for item, docs in holders.items() if 1 < len(docs) <= TELLING}
    for x, signature in signatures.items():
        shared = [telling[i] for i in signature if i in telling]
        # each telling figure counts a neighbour once: with fewer than three, none
        # can reach three (most documents of a large corpus, skipped before counting)
        if len(shared) < SHARED_FIGURES:
            continue
        together = Counter(itertools.chain.from_iterable(shared))
        for y, count in together.items():
            if count < SHARED_FIGURES or y <= x:
                continue
            if count >= SHARED_SHARE * min(len(signature), len(signatures[y])):
                edges.append((x, y))
    return nodes, edges


def groups(edges: Iterable[tuple[str, str]], nodes: Iterable[str] = ()) -> dict[str, str]:
    """Each id to the smallest id of its group, the groups joined by ``edges`` (union-find).

    Examples:
        >>> groups([("b", "c"), ("c", "a")], ["d"])
        {'a': 'a', 'b': 'a', 'c': 'a', 'd': 'd'}
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for node in nodes:
        find(node)
    for x, y in edges:
        rx, ry = find(x), find(y)
        if rx != ry:
            parent[max(rx, ry)] = min(rx, ry)
    return {node: find(node) for node in sorted(parent)}
