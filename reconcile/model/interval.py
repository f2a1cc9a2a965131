"""Intervals of true values, and the tolerances that turn a stated figure into one.

A reported figure is rarely a point. "Around 300" allows a few values either
side of 300, "at least 6" allows every value from 6 up, "hundreds" allows
anything from 100 to 999. :class:`Interval` is the set of true values a
figure allows; :class:`Tolerance` says how wide the approximate forms are.
Everything reconcile decides about two figures (could they be the same
number? is one inside the other? which is more precise?) is decided on these
intervals. ``docs/explanation/quantities.md`` explains the choices.

This module imports only the errors: the rest of the model builds on it.
"""

from __future__ import annotations

import math

import attrs

from ..errors import InvalidQuantityError

__all__ = ["DEFAULT_TOLERANCE", "Interval", "Tolerance"]


def _finite_nonnegative(_: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not (isinstance(value, float | int) and math.isfinite(value) and value >= 0):
        raise InvalidQuantityError(attribute.name, value, "must be a finite number >= 0")


@attrs.frozen
class Tolerance:
    """How far from its nominal value an approximate figure may lie.

    Args:
        approx: Relative half-width of "around N" (0.1: 300 allows 270 to 330).
        approx_min: Smallest absolute half-width of "around N", so that
            "about 5" still allows 4 to 6.
        near: Relative width of "almost N" / "just over N", on one side only
            ("almost 1,000" allows 900 to 1,000 with the default).
        exact: Relative half-width of an exact figure (0: a point). Raise it
            to treat reported exact figures as rounded.

    Examples:
        >>> Tolerance().approx
        0.1
        >>> Tolerance(approx=0.2).approx
        0.2
    """

    approx: float = attrs.field(default=0.1, validator=_finite_nonnegative)
    approx_min: float = attrs.field(default=1.0, validator=_finite_nonnegative)
    near: float = attrs.field(default=0.1, validator=_finite_nonnegative)
    exact: float = attrs.field(default=0.0, validator=_finite_nonnegative)


DEFAULT_TOLERANCE = Tolerance()
"""The tolerance used when none is given."""


def _bound(_: object, attribute: attrs.Attribute[float], value: float) -> None:
    # a tuple, not a union, for isinstance: this runs for every interval built
    if not isinstance(value, (float, int)) or value != value:  # noqa: PLR0124 - NaN test
        raise InvalidQuantityError(attribute.name, value, "must be a number, not NaN")


@attrs.frozen
class Interval:
    """A closed interval ``[low, high]`` of true values; ``high`` may be infinite.

    Args:
        low: The smallest value allowed.
        high: The largest value allowed (``math.inf`` for no upper bound).

    Raises:
        ValueError: If ``low > high`` or a bound is NaN.

    Examples:
        >>> Interval(270, 330).overlaps(Interval(180, 220))
        False
        >>> Interval(0, math.inf).contains(Interval(52, 52))
        True
        >>> Interval(100, 999).intersection(Interval(270, 330))
        Interval(low=270, high=330)
    """

    low: float = attrs.field(validator=_bound)
    high: float = attrs.field(validator=_bound)

    def __attrs_post_init__(self) -> None:
        if self.low > self.high:
            raise InvalidQuantityError("low", self.low, f"must not exceed high={self.high!r}")

    @classmethod
    def _valid(cls, low: float, high: float) -> Interval:
        """Build from bounds known to be valid, skipping the checks.

        For :meth:`reconcile.Quantity.interval`, whose bounds come from a
        validated quantity (finite, non-negative, low <= high) and a
        non-negative tolerance; it runs once per claim of a million.
        """
        interval = object.__new__(cls)
        # each slot's own setter: object.__setattr__ finds it by name on every call
        _set_low(interval, low)
        _set_high(interval, high)
        return interval

    @property
    def width(self) -> float:
        """``high - low``: 0 for a point, ``inf`` when unbounded above."""
        return self.high - self.low

    @property
    def is_bounded(self) -> bool:
        """Whether ``high`` is finite."""
        return math.isfinite(self.high)

    def overlaps(self, other: Interval) -> bool:
        """Whether the two intervals share at least one value (symmetric)."""
        return self.low <= other.high and other.low <= self.high

    def contains(self, other: Interval) -> bool:
        """Whether every value of ``other`` is also a value of ``self``."""
        return self.low <= other.low and other.high <= self.high

    def intersection(self, other: Interval) -> Interval | None:
        """The values both allow, or ``None`` when they share none.

        Examples:
            >>> Interval(0, 10).intersection(Interval(20, 30)) is None
            True
        """
        low, high = max(self.low, other.low), min(self.high, other.high)
        return Interval(low, high) if low <= high else None

    def hull(self, other: Interval) -> Interval:
        """The smallest interval holding both."""
        return Interval(min(self.low, other.low), max(self.high, other.high))


_set_low, _set_high = (getattr(Interval, name).__set__ for name in ("low", "high"))
