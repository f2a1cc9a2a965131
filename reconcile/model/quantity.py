"""Stated figures: spans, qualifiers and quantities, with the true values they allow."""

from __future__ import annotations

import enum
import math
from collections.abc import Mapping
from typing import Any

import attrs

from ..errors import FormatError, InvalidQuantityError, InvalidSpanError
from ._fields import MAX_VALUE, Number, _enum, _get, _number, _shaped
from .interval import DEFAULT_TOLERANCE, Interval, Tolerance

__all__ = ["Direction", "Qualifier", "Quantity", "Relative", "Span"]


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

    @classmethod
    def _built(cls, start: int, end: int) -> Span:
        """``Span(start, end)``, checked as ``__attrs_post_init__`` checks, more cheaply.

        Extraction builds a span per claim from offsets that are ints: one
        plain test of both instead of the per-field checks; anything else goes
        through ``__init__``, which raises as documented.
        """
        if type(start) is int and type(end) is int and 0 <= start <= end:
            self = object.__new__(cls)
            object.__setattr__(self, "start", start)
            object.__setattr__(self, "end", end)
            return self
        return cls(start, end)

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


_EXACT, _APPROX = Qualifier.EXACT, Qualifier.APPROX
_AT_LEAST, _AT_MOST = Qualifier.AT_LEAST, Qualifier.AT_MOST
_BELOW, _ABOVE = Direction.BELOW, Direction.ABOVE

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

    @classmethod
    def _built(
        cls,
        low: Number | None,
        high: Number | None,
        qualifier: Qualifier,
        text: str,
        *,
        span: Span | None,
        direction: Direction | None,
        relative: Relative | None,
        unit: str | None,
    ) -> Quantity:
        """The quantity ``Quantity(...)`` gives for these fields, checked with cheaper tests.

        Bounds that are ints within ``MAX_VALUE`` (what ``_number`` keeps as
        they are) and fields of the right types are set directly, then checked
        by the same ``__attrs_post_init__``; any other value goes through
        ``__init__``, which converts it or raises as documented.
        """
        if not (
            (low is None or (type(low) is int and -MAX_VALUE <= low <= MAX_VALUE))
            and (high is None or (type(high) is int and -MAX_VALUE <= high <= MAX_VALUE))
            and type(qualifier) is Qualifier
            and type(text) is str
            and (span is None or isinstance(span, Span))
            and (direction is None or type(direction) is Direction)
            and (relative is None or isinstance(relative, Relative))
            and (unit is None or type(unit) is str)
        ):
            return cls(
                low,
                high,
                qualifier,
                text,
                span=span,
                direction=direction,
                relative=relative,
                unit=unit,
            )
        put = object.__setattr__
        self = object.__new__(cls)
        put(self, "low", low)
        put(self, "high", high)
        put(self, "qualifier", qualifier)
        put(self, "text", text)
        put(self, "span", span)
        put(self, "direction", direction)
        put(self, "relative", relative)
        put(self, "unit", unit)
        self.__attrs_post_init__()
        return self

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
        # the one way up from the model: parsing is extraction's job, imported only when called
        from ..extraction.quantities import quantities  # noqa: PLC0415

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
        # a validated quantity gives valid bounds: no need to check them again.
        # The members are read from module constants: an enum member read
        # through its class costs several times a global, once per claim of a million
        _interval = Interval._valid
        q = self.qualifier
        if q is _APPROX:
            assert self.low is not None
            assert self.high is not None
            d = self.direction
            if d is _BELOW:
                return _interval(max(0.0, self.low * (1 - tolerance.near)), self.high)
            if d is _ABOVE:
                return _interval(self.low, self.high * (1 + tolerance.near))
            spread = max(self.low * tolerance.approx, tolerance.approx_min)
            return _interval(max(0.0, self.low - spread), self.high + spread)
        if q is _AT_LEAST:
            assert self.low is not None
            return _interval(self.low, math.inf)
        if q is _AT_MOST:
            assert self.high is not None
            return _interval(0, self.high)
        assert self.low is not None
        assert self.high is not None
        if q is _EXACT:
            spread = self.low * tolerance.exact
            return (
                _interval(max(0.0, self.low - spread), self.high + spread)
                if spread
                else (_interval(self.low, self.high))
            )
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
    @_shaped("a quantity")
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
