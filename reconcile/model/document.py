"""Documents: an article's text and what is known about where it came from."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from ..errors import InvalidSpanError
from ._fields import _date_field, _get, _id_str, _optional_str, _shaped
from .quantity import Span

__all__ = ["Document"]


def _metadata(value: Mapping[str, str] | Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    items = value.items() if isinstance(value, Mapping) else value
    out = tuple(sorted((str(k), str(v)) for k, v in items))
    return out


@attrs.frozen(kw_only=True)
class Document:
    """One article: its text and what is known about where it came from.

    Args:
        id: The document's name (for a file, its file name).
        text: The text as read, front matter included; ``None`` when a
            report carries the document's metadata only.
        lang: Language code (``"en"``, ``"ar"``), or ``None`` if unknown.
        published: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, or ``None``.
        outlet, url, title: As given in the front matter, or ``None``.
        derived_from: The id of the document this one translates or syndicates.
        metadata: Any other front-matter keys, as sorted ``(key, value)`` pairs.

    Examples:
        >>> doc = Document(id="a.txt", text="Some 300 people.", published="2015-01")
        >>> doc.quote(Span(5, 8))
        '300'
    """

    id: str = attrs.field(validator=_id_str)
    text: str | None = attrs.field(default=None, validator=_optional_str)
    lang: str | None = attrs.field(default=None, validator=_optional_str)
    published: str | None = attrs.field(default=None, validator=_date_field)
    outlet: str | None = attrs.field(default=None, validator=_optional_str)
    url: str | None = attrs.field(default=None, validator=_optional_str)
    title: str | None = attrs.field(default=None, validator=_optional_str)
    derived_from: str | None = attrs.field(default=None, validator=_optional_str)
    metadata: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_metadata)

    def quote(self, span: Span) -> str:
        """The text under ``span``; raises :class:`InvalidSpanError` if it does not fit."""
        if self.text is None:
            raise InvalidSpanError("text", None, f"document {self.id!r} carries no text")
        return span.slice(self.text)

    def to_dict(self, *, include_text: bool = False) -> dict[str, Any]:
        """The JSON form; the text only when ``include_text`` is true."""
        out: dict[str, Any] = {
            "id": self.id,
            "lang": self.lang,
            "published": self.published,
            "derived_from": self.derived_from,
            "outlet": self.outlet,
            "title": self.title,
            "url": self.url,
            "metadata": dict(self.metadata),
        }
        if include_text:
            out["text"] = self.text
        return out

    @classmethod
    @_shaped("a document")
    def from_dict(cls, data: Mapping[str, Any]) -> Document:
        """Read the JSON form written by :meth:`to_dict`."""
        return cls(
            id=_get(data, "id", "a document"),
            text=data.get("text"),
            lang=data.get("lang"),
            published=data.get("published"),
            outlet=data.get("outlet"),
            url=data.get("url"),
            title=data.get("title"),
            derived_from=data.get("derived_from"),
            metadata=data.get("metadata") or {},
        )
