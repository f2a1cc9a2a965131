"""The whole pipeline in one call: documents or claims in, a report out."""

from __future__ import annotations

from collections.abc import Iterable

from .extract import extract
from .model import Claim, Document, Report

__all__ = ["reconcile"]


def reconcile(items: Iterable[Document | Claim]) -> Report:
    """Extract claims from documents (claims given as such are kept) and report on them.

    Args:
        items: Documents, claims, or a mix of both.

    Raises:
        TypeError: If an item is neither a Document nor a Claim.

    Examples:
        >>> report = reconcile([Document(id="a.txt", text="Some 300 fighters.")])
        >>> [c.quantity.text for c in report.claims]
        ['Some 300']
    """
    documents: list[Document] = []
    claims: list[Claim] = []
    for item in items:
        if isinstance(item, Document):
            documents.append(item)
            claims.extend(extract(item))
        elif isinstance(item, Claim):
            claims.append(item)
        else:
            raise TypeError(f"expected Document or Claim, not {type(item).__name__}")
    unique = {c.id: c for c in claims}
    return Report(documents=documents, claims=tuple(unique.values()))
