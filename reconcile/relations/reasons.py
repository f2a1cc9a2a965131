"""The words of a relation's reason, written when the reason is read.

A rule gives its own words (fixed text, or a function of the two claims and
the tolerance); :func:`explained` builds the relation, and the reason names
both claims' figures, speakers, dates and documents before the rule's words.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..errors import InvalidClaimError
from ..model import DEFAULT_TOLERANCE, Claim, Interval, Relation, RelationKind, Tolerance
from .evidence import Evidence

__all__ = [
    "Why",
    "agreeing",
    "explained",
    "falling",
    "incompatible_values",
    "refining",
    "stock_undated",
    "undated",
]


def _describe(claim: Claim) -> str:
    who = claim.speaker or "unattributed"
    when = claim.as_of or "undated"
    return f"{claim.quantity.describe()} ({who}, {when}, {claim.document})"


def _interval(i: Interval) -> str:
    high = "inf" if not i.is_bounded else f"{i.high:g}"
    return f"[{i.low:g}, {high}]"


def _bounds(claim: Claim, tolerance: Tolerance) -> str:
    return _interval(claim.quantity.interval(tolerance))


def _scope_words(claim: Claim) -> str:
    places = ", ".join(sorted(set(claim.places))) or "no place"
    return f"{claim.subject or 'unknown subject'} in {places}"


Why = str | Callable[[Claim, Claim, Tolerance], str]
"""A rule's own words for a relation: fixed text, or a function of the two
claims (in the relation's order) and the tolerance, called when the reason is
read. Words that name the claims' intervals are written so: a million
relations need not hold a million such sentences."""


def agreeing(first: Claim, second: Claim, tolerance: Tolerance) -> str:
    """Words for two compatible figures from independent sources."""
    return (
        f"compatible values {_bounds(first, tolerance)} and {_bounds(second, tolerance)} "
        f"from independent sources for {_scope_words(first)}"
    )


def refining(wide: Claim, narrow: Claim, tolerance: Tolerance) -> str:
    """Words for a narrower figure inside a wider one."""
    return (
        f"{_bounds(narrow, tolerance)} lies within {_bounds(wide, tolerance)}: "
        "the narrower figure refines the wider one, no contradiction"
    )


def falling(first: Claim, second: Claim, tolerance: Tolerance) -> str:
    """Words for a count that only grows, found lower later."""
    return (
        f"a count that only grows falls from {_bounds(first, tolerance)} "
        f"to {_bounds(second, tolerance)}"
    )


def undated(first: Claim, second: Claim, tolerance: Tolerance) -> str:
    """Words for two figures that differ when a period is unknown."""
    return (
        f"{_bounds(first, tolerance)} and {_bounds(second, tolerance)} differ, "
        "but a period is unknown: they may describe different times"
    )


def stock_undated(first: Claim, second: Claim, tolerance: Tolerance) -> str:
    """Words for two sources' figures for a count that can fall, a period unknown."""
    return (
        f"{_bounds(first, tolerance)} and {_bounds(second, tolerance)} differ for a count that "
        "can rise and fall; a period is unknown, so which came first is not known: a change "
        "over time, or a contradiction if both describe one time"
    )


def incompatible_values(first: Claim, second: Claim, tolerance: Tolerance) -> str:
    """Words for two figures that cannot both hold."""
    return (
        f"{_bounds(first, tolerance)} and {_bounds(second, tolerance)} cannot both hold "
        f"for {_scope_words(first)} in the same period"
    )


def explained(
    kind: RelationKind,
    first: Evidence,
    second: Evidence,
    why: Why,
    tolerance: Tolerance = DEFAULT_TOLERANCE,
) -> Relation:
    """A relation of ``first`` to ``second`` whose reason adds ``why`` to both claims' words."""
    if first.claim.id == second.claim.id:  # never built: _classify skips a claim against itself
        raise InvalidClaimError("claims", first.claim.id, "a relation needs two distinct claims")
    # _Explained.of, inline: once per relation of millions
    relation = _new(_Explained)
    _set_kind(relation, kind)
    _set_first(relation, first.claim)
    _set_second(relation, second.claim)
    _set_why(relation, why)
    _set_tolerance(relation, tolerance)
    return relation


_new = object.__new__


class _Explained(Relation):
    """A relation found by the checks, whose reason is written out when it is read.

    A million claims give millions of relations; their reasons, which name
    both claims' figures, speakers, dates and documents, would be two thirds
    of their memory. This keeps the two claims (held by the report anyway)
    and the rule's own words, and writes the full reason on each reading. It
    behaves as a plain :class:`Relation` in every way: equal to one with the
    same kind, claims and reason, with the same hash, and copied, pickled or
    evolved as a plain one.
    """

    __slots__ = ("_first", "_second", "_tolerance", "_why")
    _first: Claim
    _second: Claim
    _why: Why
    _tolerance: Tolerance

    @classmethod
    def of(
        cls, kind: RelationKind, first: Claim, second: Claim, why: Why, tolerance: Tolerance
    ) -> Relation:
        # validation skipped: the relation stage builds millions from checked claims
        relation = object.__new__(cls)
        object.__setattr__(relation, "kind", kind)
        object.__setattr__(relation, "_first", first)
        object.__setattr__(relation, "_second", second)
        object.__setattr__(relation, "_why", why)
        object.__setattr__(relation, "_tolerance", tolerance)
        return relation

    def __new__(cls, *args: Any, **kwargs: Any) -> Relation:  # type: ignore[misc]
        # building one the ordinary way (attrs.evolve, copy) gives a plain Relation
        return Relation(*args, **kwargs)

    @property
    def claims(self) -> tuple[str, ...]:
        return (self._first.id, self._second.id)

    @property
    def reason(self) -> str:
        why = self._why
        if not isinstance(why, str):
            why = why(self._first, self._second, self._tolerance)
        return f"{_describe(self._first)} vs {_describe(self._second)}: {why}"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Relation):
            return NotImplemented
        return (self.kind, self.claims, self.reason) == (other.kind, other.claims, other.reason)

    __hash__ = Relation.__hash__

    def __repr__(self) -> str:
        return f"Relation(kind={self.kind!r}, claims={self.claims!r}, reason={self.reason!r})"

    def __reduce__(self) -> tuple[type[Relation], tuple[RelationKind, tuple[str, ...], str]]:
        return (Relation, (self.kind, self.claims, self.reason))


# Each slot written through its own setter: object.__setattr__ looks the name
# up in the class on every call, once per relation of millions
_set_kind, _set_first, _set_second, _set_why, _set_tolerance = (
    getattr(_Explained, name).__set__
    for name in ("kind", "_first", "_second", "_why", "_tolerance")
)
