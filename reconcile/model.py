"""The value types of reconcile: documents, quantities, claims and what is found about them.

Every type here is an immutable, slotted attrs class that validates itself at
construction and converts to and from the JSON shapes of ``docs/reference/format.md``.
Nothing here parses free text: ``Quantity.from_text`` hands over to the parser,
imported only when called, so this module depends on no pipeline stage.
"""

from __future__ import annotations

import datetime as _dt
import enum
import hashlib
import itertools
import json
import math
import os
import re
import sys
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

import attrs

from .errors import (
    FormatError,
    InvalidClaimError,
    InvalidQuantityError,
    InvalidSpanError,
)
from .intervals import DEFAULT_TOLERANCE, Interval, Tolerance

if TYPE_CHECKING:
    from .tables import Table

__all__ = [
    "Claim",
    "Cluster",
    "Direction",
    "Document",
    "Estimate",
    "Qualifier",
    "Quantity",
    "Relation",
    "RelationKind",
    "Relative",
    "Report",
    "Span",
    "claim_id",
]

Number = int | float
_E = TypeVar("_E", bound=enum.Enum)
_T = TypeVar("_T")


# ---------------------------------------------------------------------------
# small validators and converters shared by the classes below


def _number(value: object) -> Number | None:
    """Integral floats become ints so that 300.0 and 300 are one value."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidQuantityError("value", value, "must be an int, a float or None")
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidQuantityError("value", value, "must be finite")
        if value.is_integer() and abs(value) < 2**53:
            return int(value)
    return value


def _enum(
    kind: type[_E], value: object, error: type[InvalidQuantityError | InvalidClaimError], field: str
) -> _E:
    if isinstance(value, kind):
        return value
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(str(m.value) for m in kind)
        raise error(field, value, f"must be one of {allowed}") from None


def _shared(value: str | None) -> str | None:
    """One copy of a string that many claims repeat (outlets, measures, dates, speakers).

    A million claims name a few thousand outlets, places and speakers; keeping
    one copy of each saves a good part of their memory.
    """
    return sys.intern(value) if type(value) is str else value


def _strings(value: Iterable[str] | str) -> tuple[str, ...]:
    if isinstance(value, str):
        raise InvalidClaimError("places", value, "must be a sequence of strings, not one string")
    out = tuple(value)
    for item in out:
        if not isinstance(item, str):
            raise InvalidClaimError("places", out, "every item must be a string")
    return tuple(sys.intern(p) if type(p) is str else p for p in out)


_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _check_date(field: str, value: str | None) -> None:
    """Accept ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` naming a real calendar date."""
    if value is None:
        return
    match = _DATE.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        raise InvalidClaimError(field, value, "must be YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(g) if g else 1 for g in match.groups())
    try:
        _dt.date(year, month, day)
    except ValueError:
        raise InvalidClaimError(field, value, "is not a calendar date") from None


def _date_field(_: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    _check_date(attribute.name, value)


def _optional_str(_: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise InvalidClaimError(attribute.name, value, "must be a string or None")


def _nonempty_str(_: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value:
        raise InvalidClaimError(attribute.name, value, "must be a non-empty string")


def _get(data: Mapping[str, Any], key: str, kind: str) -> Any:
    try:
        return data[key]
    except (KeyError, TypeError):
        raise FormatError(f"{kind} is missing the required field {key!r}") from None


# ---------------------------------------------------------------------------
# spans and quantities


@attrs.frozen(weakref_slot=False)  # millions of these: no weak references
class Span:
    """A half-open range ``[start, end)`` of character offsets into a text.

    Examples:
        >>> Span(4, 7).slice("say 300 of them")
        '300'
        >>> Span(4, 99).slice("short")
        Traceback (most recent call last):
        ...
        reconcile.errors.InvalidSpanError: end=99: lies beyond the end of a text of 5 characters
    """

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        for name in ("start", "end"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise InvalidSpanError(name, value, "must be an int >= 0")
        if self.start > self.end:
            raise InvalidSpanError("start", self.start, f"must not exceed end ({self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """Return ``text[start:end]``, raising if the span does not fit in ``text``."""
        if self.end > len(text):
            raise InvalidSpanError(
                "end", self.end, f"lies beyond the end of a text of {len(text)} characters"
            )
        return text[self.start : self.end]

    def shift(self, offset: int) -> Span:
        """The same span moved ``offset`` characters to the right."""
        return Span(self.start + offset, self.end + offset)

    def to_list(self) -> list[int]:
        """``[start, end]``, the JSON form."""
        return [self.start, self.end]

    @classmethod
    def from_list(cls, value: object) -> Span:
        """Read the JSON form ``[start, end]``."""
        if not isinstance(value, list | tuple) or len(value) != 2:
            raise FormatError(f"a span must be [start, end], got {value!r}")
        return cls(value[0], value[1])


class Qualifier(enum.Enum):
    """How a figure is stated, which decides the true values it allows.

    See ``docs/explanation/quantities.md`` for the interval each one allows.
    """

    EXACT = "exact"
    """A plain figure: "61", "six"."""
    APPROX = "approx"
    """An approximate figure: "around 300", "about 50", "some 200", "nearly 1,000"."""
    AT_LEAST = "at_least"
    """A lower bound: "at least six", "more than 300", "over 500"."""
    AT_MOST = "at_most"
    """An upper bound: "up to 1,000", "as many as 500", "fewer than 50"."""
    RANGE = "range"
    """Two stated bounds: "between 200 and 300", "200-300"."""
    VAGUE = "vague"
    """An order of magnitude with no figure: "hundreds", "dozens", "several"."""


class Direction(enum.Enum):
    """On which side of its nominal value an approximate figure lies."""

    BELOW = "below"
    """Just under the nominal value: "almost 1,000", "nearly 50"."""
    ABOVE = "above"
    """Just over the nominal value: "just over 300"."""


@attrs.frozen
class Relative:
    """A figure stated relative to an earlier one: "doubling the previous figure".

    Args:
        factor: The ratio of the new figure to the earlier one (2.0 for "doubling").
        text: The words that state it, as written.

    Examples:
        >>> Relative(2.0, "doubling the figure").factor
        2
    """

    factor: Number = attrs.field(converter=_number)
    text: str = ""

    def __attrs_post_init__(self) -> None:
        if self.factor is None or self.factor <= 0:
            raise InvalidQuantityError("factor", self.factor, "must be a number > 0")

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {"factor": self.factor, "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Relative:
        """Read the JSON form."""
        return cls(_get(data, "factor", "a relative"), data.get("text", ""))


def _to_qualifier(value: object) -> Qualifier:
    return _enum(Qualifier, value, InvalidQuantityError, "qualifier")


def _to_direction(value: object) -> Direction | None:
    return None if value is None else _enum(Direction, value, InvalidQuantityError, "direction")


_WORDS = {"exact": "", "approx": "about ", "at_least": "at least ", "at_most": "at most "}
"""How :meth:`Quantity.describe` words each qualifier (by value: hashing an enum is slow)."""

_SHAPES: dict[Qualifier, tuple[bool, bool]] = {
    # which bounds each qualifier states: (low given, high given)
    Qualifier.EXACT: (True, True),
    Qualifier.APPROX: (True, True),
    Qualifier.AT_LEAST: (True, False),
    Qualifier.AT_MOST: (False, True),
    Qualifier.RANGE: (True, True),
    Qualifier.VAGUE: (True, True),
}

# Used to say which of two equally wide quantities is the more precise.
_PRECISION_RANK = {
    Qualifier.EXACT: 0,
    Qualifier.APPROX: 1,
    Qualifier.RANGE: 2,
    Qualifier.VAGUE: 3,
    Qualifier.AT_LEAST: 4,
    Qualifier.AT_MOST: 4,
}


@attrs.frozen(weakref_slot=False)  # millions of these: no weak references
class Quantity:
    """A stated figure: its bounds, its qualifier and the words it came from.

    ``low`` and ``high`` are the bounds as stated: ``at least 6`` is
    ``low=6, high=None``; ``around 300`` is ``low=high=300`` (the tolerance
    is applied by :meth:`interval`, not stored); ``hundreds`` is ``100..999``.

    Args:
        low: The stated lower bound, or ``None``.
        high: The stated upper bound, or ``None``.
        qualifier: A :class:`Qualifier` or its string value.
        text: The expression as written (``"around 300"``).
        span: Where ``text`` lies in the text it was read from, if known.
        direction: For approximate figures, the side of the nominal value on
            which the truth lies ("almost 1,000" is ``BELOW``).
        relative: A statement relating this figure to an earlier one.
        unit: What the figure counts or measures when the expression itself
            says it (``"USD"`` for "$75m", ``"percent"`` for "20%", ``"km"``);
            ``None`` when it does not.

    Raises:
        InvalidQuantityError: If a bound is negative, NaN or infinite, if
            ``low > high``, or if the bounds do not fit the qualifier (an exact
            figure needs ``low == high``, ``at_least`` needs only ``low``...).

    Examples:
        >>> q = Quantity(300, 300, "approx", "around 300")
        >>> q.low, q.high, q.qualifier
        (300, 300, <Qualifier.APPROX: 'approx'>)
        >>> Quantity.at_least(6).interval()
        Interval(low=6, high=inf)
        >>> Quantity(5, 3, "range")
        Traceback (most recent call last):
        ...
        reconcile.errors.InvalidQuantityError: low=5: must not exceed high (3)
    """

    low: Number | None = attrs.field(converter=_number)
    high: Number | None = attrs.field(converter=_number)
    qualifier: Qualifier = attrs.field(converter=_to_qualifier)
    text: str = attrs.field(default="", validator=attrs.validators.instance_of(str))
    span: Span | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Span))
    )
    direction: Direction | None = attrs.field(default=None, converter=_to_direction)
    relative: Relative | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Relative))
    )
    unit: str | None = attrs.field(
        default=None,
        kw_only=True,
        validator=attrs.validators.optional(attrs.validators.instance_of(str)),
    )

    def __attrs_post_init__(self) -> None:
        for name in ("low", "high"):
            value = getattr(self, name)
            if value is not None and value < 0:
                raise InvalidQuantityError(name, value, "must not be negative")
        wants_low, wants_high = _SHAPES[self.qualifier]
        q = self.qualifier.value
        if wants_low != (self.low is not None):
            need = "needs" if wants_low else "takes no"
            raise InvalidQuantityError("low", self.low, f"a {q} quantity {need} a lower bound")
        if wants_high != (self.high is not None):
            need = "needs" if wants_high else "takes no"
            raise InvalidQuantityError("high", self.high, f"a {q} quantity {need} an upper bound")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise InvalidQuantityError("low", self.low, f"must not exceed high ({self.high})")
        if self.qualifier in (Qualifier.EXACT, Qualifier.APPROX) and self.low != self.high:
            raise InvalidQuantityError(
                "high", self.high, f"a {q} quantity has one value: low and high must be equal"
            )
        if self.direction is not None and self.qualifier is not Qualifier.APPROX:
            raise InvalidQuantityError(
                "direction", self.direction.value, "only an approx quantity has a direction"
            )

    # -- named constructors -------------------------------------------------

    @classmethod
    def exact(cls, value: Number, text: str = "") -> Quantity:
        """An exact figure. ``Quantity.exact(61)``."""
        return cls(value, value, Qualifier.EXACT, text)

    @classmethod
    def approx(cls, value: Number, text: str = "", direction: Direction | None = None) -> Quantity:
        """An approximate figure. ``Quantity.approx(300)`` is "around 300"."""
        return cls(value, value, Qualifier.APPROX, text, direction=direction)

    @classmethod
    def at_least(cls, value: Number, text: str = "") -> Quantity:
        """A lower bound. ``Quantity.at_least(6)`` is "at least six"."""
        return cls(value, None, Qualifier.AT_LEAST, text)

    @classmethod
    def at_most(cls, value: Number, text: str = "") -> Quantity:
        """An upper bound. ``Quantity.at_most(1000)`` is "up to 1,000"."""
        return cls(None, value, Qualifier.AT_MOST, text)

    @classmethod
    def between(cls, low: Number, high: Number, text: str = "") -> Quantity:
        """A stated range. ``Quantity.between(200, 300)``."""
        return cls(low, high, Qualifier.RANGE, text)

    @classmethod
    def vague(cls, low: Number, high: Number, text: str = "") -> Quantity:
        """An order of magnitude. ``Quantity.vague(100, 999, "hundreds")``."""
        return cls(low, high, Qualifier.VAGUE, text)

    @classmethod
    def from_text(cls, text: str, *, language: str = "en") -> Quantity | None:
        """Parse the first quantity expression in ``text``; ``None`` if it has none.

        Examples:
            >>> Quantity.from_text("around 300").interval()
            Interval(low=270.0, high=330.0)
            >>> q = Quantity.from_text("at least six")
            >>> q.low, q.high, q.qualifier, q.span
            (6, None, <Qualifier.AT_LEAST: 'at_least'>, Span(start=0, end=12))
            >>> Quantity.from_text("no figure here") is None
            True
        """
        from .parse import quantities  # noqa: PLC0415 - the model must not import stages

        found = quantities(text, language=language)
        return found[0] if found else None

    def describe(self) -> str:
        """The figure in a few plain words, as reasons and reports show it.

        Examples:
            >>> Quantity.approx(300).describe(), Quantity.at_least(6).describe()
            ('about 300', 'at least 6')
            >>> Quantity.vague(100, 999, "hundreds").describe()
            "'hundreds' (100-999)"
        """
        if self.qualifier is Qualifier.RANGE:
            return f"{self.low:,}-{self.high:,}"
        if self.qualifier is Qualifier.VAGUE:
            return f"{self.text!r} ({self.low:,}-{self.high:,})"
        words = _WORDS[self.qualifier.value]
        if self.direction is Direction.BELOW:
            words = "almost "
        elif self.direction is Direction.ABOVE:
            words = "just over "
        return f"{words}{self.low if self.low is not None else self.high:,}"

    # -- semantics ----------------------------------------------------------

    @property
    def nominal(self) -> Number | None:
        """The single stated value of an exact or approximate figure, else ``None``."""
        return self.low if self.qualifier in (Qualifier.EXACT, Qualifier.APPROX) else None

    def interval(self, tolerance: Tolerance = DEFAULT_TOLERANCE) -> Interval:
        """The true values this figure allows, under ``tolerance``.

        Examples:
            >>> Quantity.approx(1000, direction=Direction.BELOW).interval()
            Interval(low=900.0, high=1000)
            >>> Quantity.at_most(1000).interval()
            Interval(low=0, high=1000)
        """
        # a validated quantity gives valid bounds: no need to check them again
        _interval = Interval._valid
        q = self.qualifier
        if q is Qualifier.AT_LEAST:
            assert self.low is not None
            return _interval(self.low, math.inf)
        if q is Qualifier.AT_MOST:
            assert self.high is not None
            return _interval(0, self.high)
        assert self.low is not None
        assert self.high is not None
        if q is Qualifier.EXACT:
            spread = self.low * tolerance.exact
            return (
                _interval(max(0.0, self.low - spread), self.high + spread)
                if spread
                else (_interval(self.low, self.high))
            )
        if q is Qualifier.APPROX:
            if self.direction is Direction.BELOW:
                return _interval(max(0.0, self.low * (1 - tolerance.near)), self.high)
            if self.direction is Direction.ABOVE:
                return _interval(self.low, self.high * (1 + tolerance.near))
            spread = max(self.low * tolerance.approx, tolerance.approx_min)
            return _interval(max(0.0, self.low - spread), self.high + spread)
        return _interval(self.low, self.high)

    def overlaps(self, other: Quantity, tolerance: Tolerance = DEFAULT_TOLERANCE) -> bool:
        """Whether the two figures allow at least one common value (symmetric)."""
        return self.interval(tolerance).overlaps(other.interval(tolerance))

    def is_compatible_with(self, other: Quantity, tolerance: Tolerance = DEFAULT_TOLERANCE) -> bool:
        """Whether both figures could describe the same true number (symmetric).

        Two figures are compatible exactly when the intervals they allow meet,
        so this is :meth:`overlaps` under its reporting name.

        Examples:
            >>> Quantity.approx(300).is_compatible_with(Quantity.approx(200))
            False
            >>> Quantity.at_least(52).is_compatible_with(Quantity.approx(200))
            True
        """
        return self.overlaps(other, tolerance)

    def contains(self, other: Quantity, tolerance: Tolerance = DEFAULT_TOLERANCE) -> bool:
        """Whether every value ``other`` allows is also allowed by ``self``.

        Examples:
            >>> Quantity.vague(100, 999).contains(Quantity.approx(300))
            True
        """
        return self.interval(tolerance).contains(other.interval(tolerance))

    def intersection(
        self, other: Quantity, tolerance: Tolerance = DEFAULT_TOLERANCE
    ) -> Interval | None:
        """The values both figures allow, or ``None`` when they allow none in common."""
        return self.interval(tolerance).intersection(other.interval(tolerance))

    def is_more_precise_than(
        self, other: Quantity, tolerance: Tolerance = DEFAULT_TOLERANCE
    ) -> bool:
        """Whether ``self`` narrows the truth down more than ``other`` does.

        The narrower interval is the more precise; between equally wide ones,
        an exact figure beats an approximate one, which beats a range, a vague
        figure and a bound. The relation is a strict order: never both ways.

        Examples:
            >>> Quantity.exact(61).is_more_precise_than(Quantity.at_least(6))
            True
            >>> Quantity.approx(300).is_more_precise_than(Quantity.exact(300))
            False
        """
        a, b = self.interval(tolerance), other.interval(tolerance)
        if a.width != b.width:
            return a.width < b.width
        return _PRECISION_RANK[self.qualifier] < _PRECISION_RANK[other.qualifier]

    # -- JSON ---------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: ``low``, ``high``, ``qualifier``, ``text`` and optional extras."""
        out: dict[str, Any] = {
            "low": self.low,
            "high": self.high,
            "qualifier": self.qualifier.value,
            "text": self.text,
        }
        if self.span is not None:
            out["span"] = self.span.to_list()
        if self.direction is not None:
            out["direction"] = self.direction.value
        if self.relative is not None:
            out["relative"] = self.relative.to_dict()
        if self.unit is not None:  # only when stated, so older JSON stays byte-identical
            out["unit"] = self.unit
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Quantity:
        """Read the JSON form written by :meth:`to_dict`."""
        span = data.get("span")
        relative = data.get("relative")
        return cls(
            _get(data, "low", "a quantity"),
            _get(data, "high", "a quantity"),
            _get(data, "qualifier", "a quantity"),
            data.get("text", ""),
            span=None if span is None else Span.from_list(span),
            direction=data.get("direction"),
            relative=None if relative is None else Relative.from_dict(relative),
            unit=data.get("unit"),
        )


# ---------------------------------------------------------------------------
# documents and claims


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

    id: str = attrs.field(validator=_nonempty_str)
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
    id: str = attrs.field(validator=_nonempty_str)

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

    def _repr_html_(self) -> str:
        from .report import claim_html  # noqa: PLC0415 - the model must not import stages

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
    def from_json(cls, text: str) -> Claim:
        """Read one line written by :meth:`to_json`."""
        return cls.from_dict(_loads(text))


# ---------------------------------------------------------------------------
# findings


class RelationKind(enum.Enum):
    """How two claims about the same question relate."""

    CONTRADICTS = "contradicts"
    """Incompatible values for the same subject, measure, place and period."""
    UPDATES = "updates"
    """A later figure revises an earlier one."""
    REPEATS = "repeats"
    """The same claim restated: by another outlet, a translation, or twice in one text."""
    REFINES = "refines"
    """A narrower value inside a wider one."""
    AGREES = "agrees"
    """Independent sources with compatible values."""
    SCOPE_DIFFERS = "scope_differs"
    """Looks alike, but the subject, place or period differ."""


def _to_relation_kind(value: object) -> RelationKind:
    return _enum(RelationKind, value, InvalidClaimError, "kind")


def _claim_ids(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        raise InvalidClaimError("claims", value, "must be a sequence of claim ids, not one string")
    out = tuple(value)
    if not all(isinstance(v, str) and v for v in out):
        raise InvalidClaimError("claims", out, "every claim id must be a non-empty string")
    return out


@attrs.frozen(weakref_slot=False)  # millions of these: no weak references
class Relation:
    """A finding about two or more claims, with the reason a person can read.

    Examples:
        >>> Relation("contradicts", ["c-1", "c-2"], "approx 300 vs approx 200").kind
        <RelationKind.CONTRADICTS: 'contradicts'>
        >>> Relation("contradicts", ["c-1"], "alone")
        Traceback (most recent call last):
        ...
        reconcile.errors.InvalidClaimError: claims=('c-1',): a relation needs at least two ...
    """

    kind: RelationKind = attrs.field(converter=_to_relation_kind)
    claims: tuple[str, ...] = attrs.field(converter=_claim_ids)
    reason: str = attrs.field(validator=_nonempty_str)

    def __attrs_post_init__(self) -> None:
        if len(set(self.claims)) < 2 or len(set(self.claims)) != len(self.claims):
            raise InvalidClaimError(
                "claims", self.claims, "a relation needs at least two distinct claims"
            )

    def _repr_html_(self) -> str:
        from .report import relation_html  # noqa: PLC0415 - the model must not import stages

        return relation_html(self)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {"kind": self.kind.value, "claims": list(self.claims), "reason": self.reason}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Relation:
        """Read the JSON form."""
        return cls(
            _get(data, "kind", "a relation"),
            _get(data, "claims", "a relation"),
            _get(data, "reason", "a relation"),
        )


@attrs.frozen(kw_only=True)
class Estimate:
    """A low / best / high estimate for one question, and what it rests on.

    Examples:
        >>> Estimate(low=200, best=250, high=300).best
        250
        >>> Estimate(low=300, best=250, high=300)
        Traceback (most recent call last):
        ...
        reconcile.errors.InvalidClaimError: low=300: must not exceed best (250)
    """

    low: Number | None = attrs.field(default=None, converter=_number)
    best: Number | None = attrs.field(default=None, converter=_number)
    high: Number | None = attrs.field(default=None, converter=_number)
    rule: str = attrs.field(default="", validator=attrs.validators.instance_of(str))
    claims: tuple[str, ...] = attrs.field(default=(), converter=_claim_ids)

    def __attrs_post_init__(self) -> None:
        named = [("low", self.low), ("best", self.best), ("high", self.high)]
        given = [(n, v) for n, v in named if v is not None]
        for name, value in given:
            if value < 0:
                raise InvalidClaimError(name, value, "must not be negative")
        for (n1, v1), (n2, v2) in itertools.pairwise(given):
            if v1 > v2:
                raise InvalidClaimError(n1, v1, f"must not exceed {n2} ({v2})")

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {
            "low": self.low,
            "best": self.best,
            "high": self.high,
            "rule": self.rule,
            "claims": list(self.claims),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Estimate:
        """Read the JSON form."""
        return cls(
            low=data.get("low"),
            best=data.get("best"),
            high=data.get("high"),
            rule=data.get("rule", ""),
            claims=data.get("claims") or (),
        )


@attrs.frozen(kw_only=True)
class Cluster:
    """Claims that answer one question ("how many Tajiks fight in Syria?").

    Examples:
        >>> Cluster(id="k-1", measure="fighters", claims=["c-1", "c-2"]).claims
        ('c-1', 'c-2')
    """

    id: str = attrs.field(validator=_nonempty_str)
    claims: tuple[str, ...] = attrs.field(converter=_claim_ids)
    measure: str | None = attrs.field(default=None, validator=_optional_str)
    subject: str | None = attrs.field(default=None, validator=_optional_str)
    places: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    estimate: Estimate | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Estimate))
    )

    def __attrs_post_init__(self) -> None:
        if not self.claims:
            raise InvalidClaimError("claims", self.claims, "a cluster holds at least one claim")
        if len(set(self.claims)) != len(self.claims):
            raise InvalidClaimError("claims", self.claims, "claim ids must not repeat")

    def _repr_html_(self) -> str:
        from .report import cluster_html  # noqa: PLC0415 - the model must not import stages

        return cluster_html(self)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {
            "id": self.id,
            "measure": self.measure,
            "subject": self.subject,
            "places": list(self.places),
            "claims": list(self.claims),
            "estimate": None if self.estimate is None else self.estimate.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Cluster:
        """Read the JSON form."""
        estimate = data.get("estimate")
        return cls(
            id=_get(data, "id", "a cluster"),
            claims=_get(data, "claims", "a cluster"),
            measure=data.get("measure"),
            subject=data.get("subject"),
            places=data.get("places") or (),
            estimate=None if estimate is None else Estimate.from_dict(estimate),
        )


def _tuple_of(kind: type[_T], value: Iterable[Any]) -> tuple[_T, ...]:
    out = tuple(value)
    for item in out:
        if not isinstance(item, kind):
            name = kind.__name__
            raise InvalidClaimError(name.lower() + "s", item, f"must be a {name}")
    return out


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
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Read the JSON form written by :meth:`to_dict`."""
        return cls(
            documents=[Document.from_dict(d) for d in data.get("documents", ())],
            claims=[Claim.from_dict(c) for c in data.get("claims", ())],
            clusters=[Cluster.from_dict(c) for c in data.get("clusters", ())],
            relations=[Relation.from_dict(r) for r in data.get("relations", ())],
        )

    @classmethod
    def from_json(cls, text: str) -> Self:
        """Read JSON written by :meth:`to_json`."""
        return cls.from_dict(_loads(text))

    def to_records(self, table: Table = "claims") -> list[dict[str, Any]]:
        """One flat dict per claim, cluster or relation (plain Python, no pandas needed).

        Args:
            table: ``"claims"``, ``"clusters"`` or ``"relations"``; the columns
                are listed in :data:`reconcile.tables.COLUMNS`.

        Examples:
            >>> Report().to_records()
            []
        """
        from .tables import records  # noqa: PLC0415 - the model must not import stages

        return records(self, table)

    def to_pandas(self, table: Table = "claims") -> Any:
        """A table of the report as a pandas DataFrame (needs ``reconcile[pandas]``).

        Raises:
            ImportError: If pandas is not installed; the message names the extra.
        """
        from .tables import to_pandas  # noqa: PLC0415

        return to_pandas(self, table)

    def to_graph(self) -> Any:
        """A networkx MultiDiGraph: claims as nodes, relations as edges (:mod:`reconcile.graph`)."""
        from .graph import to_graph  # noqa: PLC0415

        return to_graph(self)

    def write_graphml(self, path: str | os.PathLike[str]) -> None:
        """Write :meth:`to_graph` as GraphML, atomically (:func:`reconcile.graph.write_graphml`)."""
        from .graph import write_graphml  # noqa: PLC0415

        write_graphml(self, path)

    def plot_timeline(self, cluster: Cluster | str, ax: Any = None) -> Any:
        """Plot one question's claims over time (needs ``reconcile[plot]``); returns the axes."""
        from .plot import plot_timeline  # noqa: PLC0415

        return plot_timeline(self, cluster, ax=ax)

    def plot_graph(self, ax: Any = None) -> Any:
        """Plot the claims and their relations as a graph (needs ``reconcile[plot]``)."""
        from .plot import plot_graph  # noqa: PLC0415

        return plot_graph(self, ax=ax)

    def _repr_html_(self) -> str:
        from .report import render_html  # noqa: PLC0415

        return render_html(self)

    def __repr__(self) -> str:
        return (
            f"<Report: {len(self.documents)} documents, {len(self.claims)} claims, "
            f"{len(self.clusters)} questions, {len(self.relations)} relations>"
        )


def _loads(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise FormatError(f"not valid JSON: {err}") from None
