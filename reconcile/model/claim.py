"""Claims: one stated figure with what it counts, of whom, where, when and who says so."""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from ..errors import InvalidSpanError
from ._fields import (
    _check_date,
    _date_field,
    _get,
    _id_str,
    _loads,
    _nonempty_str,
    _optional_str,
    _shaped,
    _shared,
    _strings,
)
from .quantity import Quantity, Span

__all__ = ["Claim", "claim_id", "require_claims"]


def claim_id(document: str, span: Span, quote: str = "") -> str:
    """The stable id of a claim: the same document, position and words give the same id.

    Examples:
        >>> claim_id("a.txt", Span(5, 8), "300") == claim_id("a.txt", Span(5, 8), "300")
        True
        >>> claim_id("a.txt", Span(5, 8))
        'c-...'
    """
    digest = hashlib.blake2b(
        f"{document}\x00{span.start}\x00{span.end}\x00{quote}".encode("utf-8", "surrogatepass"),
        digest_size=6,
    )
    return "c-" + digest.hexdigest()


@attrs.frozen(kw_only=True, weakref_slot=False)  # millions of these
class Claim:
    """One figure someone stated, with what it counts and where it came from.

    Args:
        document: The id of the document the claim was read from.
        span: Where the quantity expression lies in that document's text.
        quantity: The figure.
        quote: The clause around the figure, as written.
        measure: What is counted, as a short lowercase word (``"fighters"``,
            ``"killed"``, ``"returned"``), or ``None`` if unknown.
        unit: What one counted item is: ``"people"`` or another plural noun.
        subject: Who is counted (``"Tajik nationals"``), or ``None``.
        places: Canonical place names.
        as_of: When the figure holds (``YYYY[-MM[-DD]]``), or ``None``.
        speaker: Who states it, or ``None``.
        outlet: Who published it, or ``None``.
        lang: The language of the text it was read from.
        id: Defaults to :func:`claim_id` of document, span and quote.

    Raises:
        InvalidClaimError: If a field has the wrong type or shape.
        InvalidSpanError: If ``quantity.span`` is set and differs from ``span``.

    Examples:
        >>> c = Claim(document="a.txt", span=Span(5, 8), quantity=Quantity.exact(300, "300"),
        ...           quote="Some 300 people.", measure="fighters", places=["Syria"])
        >>> c.places, c.unit
        (('Syria',), 'people')
    """

    document: str = attrs.field(converter=_shared, validator=_nonempty_str)
    span: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    quantity: Quantity = attrs.field(validator=attrs.validators.instance_of(Quantity))
    quote: str = attrs.field(default="", validator=attrs.validators.instance_of(str))
    measure: str | None = attrs.field(converter=_shared, default=None, validator=_optional_str)
    unit: str = attrs.field(converter=_shared, default="people", validator=_nonempty_str)
    subject: str | None = attrs.field(converter=_shared, default=None, validator=_optional_str)
    places: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    as_of: str | None = attrs.field(converter=_shared, default=None, validator=_date_field)
    speaker: str | None = attrs.field(converter=_shared, default=None, validator=_optional_str)
    outlet: str | None = attrs.field(converter=_shared, default=None, validator=_optional_str)
    lang: str | None = attrs.field(converter=_shared, default=None, validator=_optional_str)
    id: str = attrs.field(validator=_id_str)

    @id.default
    def _default_id(self) -> str:
        return claim_id(self.document, self.span, self.quote)

    def __attrs_post_init__(self) -> None:
        if self.quantity.span is not None and self.quantity.span != self.span:
            raise InvalidSpanError(
                "quantity.span",
                self.quantity.span,
                f"must be None or equal the claim's span {self.span}",
            )

    @classmethod
    def _built(
        cls,
        *,
        document: str,
        span: Span,
        quantity: Quantity,
        quote: str,
        measure: str | None,
        unit: str,
        subject: str | None,
        places: tuple[str, ...],
        as_of: str | None,
        speaker: str | None,
        outlet: str | None,
        lang: str | None,
    ) -> Claim:
        """The claim ``Claim(...)`` gives for these fields, checked with cheaper tests.

        Extraction builds a claim per figure, with values of the right types:
        each is tested here with one plain type test instead of a validator
        call. A value that fails a test goes through ``__init__``, which
        converts it or raises as documented, so a claim built here holds the
        same invariants as any other (the date and span checks are the same).
        """
        if not (
            type(document) is str
            and document
            and type(unit) is str
            and unit
            and type(quote) is str
            and isinstance(span, Span)
            and isinstance(quantity, Quantity)
            and type(places) is tuple
            and (measure is None or type(measure) is str)
            and (subject is None or type(subject) is str)
            and (as_of is None or type(as_of) is str)
            and (speaker is None or type(speaker) is str)
            and (outlet is None or type(outlet) is str)
            and (lang is None or type(lang) is str)
            and all(type(p) is str for p in places)
        ):
            return cls(
                document=document,
                span=span,
                quantity=quantity,
                quote=quote,
                measure=measure,
                unit=unit,
                subject=subject,
                places=places,
                as_of=as_of,
                speaker=speaker,
                outlet=outlet,
                lang=lang,
            )
        _check_date("as_of", as_of)
        intern, put = sys.intern, object.__setattr__
        self = object.__new__(cls)
        document = intern(document)
        put(self, "document", document)
        put(self, "span", span)
        put(self, "quantity", quantity)
        put(self, "quote", quote)
        put(self, "measure", None if measure is None else intern(measure))
        put(self, "unit", intern(unit))
        put(self, "subject", None if subject is None else intern(subject))
        put(self, "places", tuple(intern(p) for p in places) if places else ())
        put(self, "as_of", None if as_of is None else intern(as_of))
        put(self, "speaker", None if speaker is None else intern(speaker))
        put(self, "outlet", None if outlet is None else intern(outlet))
        put(self, "lang", None if lang is None else intern(lang))
        put(self, "id", claim_id(document, span, quote))
        self.__attrs_post_init__()
        return self

    def _repr_html_(self) -> str:
        from .html import claim_html  # noqa: PLC0415 - html imports this module

        return claim_html(self)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of ``docs/reference/format.md`` (one line of ``extract``)."""
        return {
            "id": self.id,
            "document": self.document,
            "span": self.span.to_list(),
            "quote": self.quote,
            "quantity": self.quantity.to_dict(),
            "measure": self.measure,
            "unit": self.unit,
            "subject": self.subject,
            "places": list(self.places),
            "as_of": self.as_of,
            "speaker": self.speaker,
            "outlet": self.outlet,
            "lang": self.lang,
        }

    @classmethod
    @_shaped("a claim")
    def from_dict(cls, data: Mapping[str, Any]) -> Claim:
        """Read the JSON form written by :meth:`to_dict`."""
        return cls(
            id=_get(data, "id", "a claim"),
            document=_get(data, "document", "a claim"),
            span=Span.from_list(_get(data, "span", "a claim")),
            quantity=Quantity.from_dict(_get(data, "quantity", "a claim")),
            quote=data.get("quote", ""),
            measure=data.get("measure"),
            unit=data.get("unit") or "people",
            subject=data.get("subject"),
            places=data.get("places") or (),
            as_of=data.get("as_of"),
            speaker=data.get("speaker"),
            outlet=data.get("outlet"),
            lang=data.get("lang"),
        )

    def to_json(self) -> str:
        """One line of JSON, as ``reconcile extract --format jsonl`` prints it."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    @_shaped("a claim")
    def from_json(cls, text: str) -> Claim:
        """Read one line written by :meth:`to_json`."""
        return cls.from_dict(_loads(text))


def require_claims(items: Iterable[object], what: str = "claims") -> None:
    """Raise ``TypeError`` naming the first item of ``items`` that is not a :class:`Claim`.

    For the stages that take claims from a caller: an integer or a dict among
    them would otherwise fail later, deep inside, as an ``AttributeError``.

    Examples:
        >>> require_claims([])
        >>> require_claims([1])
        Traceback (most recent call last):
        ...
        TypeError: claims[0] must be a Claim, not int
    """
    for n, item in enumerate(items):
        if not isinstance(item, Claim):
            raise TypeError(f"{what}[{n}] must be a Claim, not {type(item).__name__}")
