"""Turn a document into claims: every figure that counts something, with its context."""

from __future__ import annotations

from .errors import InvalidValueError
from .model import Claim, Document, Quantity
from .parse import quantities

__all__ = ["extract"]


def extract(document: Document, *, language: str | None = None) -> tuple[Claim, ...]:
    """Extract the claims a document states, in order of position.

    Args:
        document: The document to read; its ``text`` must be present.
        language: Overrides ``document.lang`` (a code with a lexicon).

    Raises:
        TypeError: If ``document`` is not a :class:`~reconcile.Document`.
        InvalidValueError: If the document carries no text.

    Examples:
        >>> doc = Document(id="a.txt", text="Officials said 61 people returned.")
        >>> [c.quantity.low for c in extract(doc)]
        [61]
        >>> extract(Document(id="b.txt", text="Nothing to count."))
        ()
    """
    if not isinstance(document, Document):
        raise TypeError(f"document must be a Document, not {type(document).__name__}")
    if document.text is None:
        raise InvalidValueError("text", None, f"document {document.id!r} carries no text")
    text = document.text
    lang = language or document.lang or "auto"
    return tuple(_claim(document, q) for q in quantities(text, language=lang))


def _claim(document: Document, quantity: Quantity) -> Claim:
    assert quantity.span is not None
    return Claim(
        document=document.id,
        span=quantity.span,
        quantity=quantity,
        quote=quantity.text,
        as_of=document.published,
        outlet=document.outlet,
        lang=document.lang,
    )
