"""What a claim is about, in a form that can be compared: its scope.

Clustering and relation classification ask the same questions of every claim:
what is counted (measure and unit), of whom (subject: a group such as
"Tajik nationals" and possibly a role such as "students"), where (places,
with the wider places they lie in), and when (a period of days). A
:class:`Scope` holds the answers, computed once per claim from the canonical
data in ``reconcile/lang/en/`` (canonical names are English whatever the
language of the text).

Examples:
    >>> from reconcile import Claim, Quantity, Span
    >>> c = Claim(document="a", span=Span(0, 1), quantity=Quantity.exact(5),
    ...           measure="killed", subject="Tajik nationals", places=["Mosul"], as_of="2015-01")
    >>> s = scope_of(c)
    >>> s.group, sorted(s.reach), s.period.start, s.period.end
    ('Tajik nationals', ['Iraq', 'Mosul'], datetime.date(2015, 1, 1), datetime.date(2015, 1, 31))
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import functools
import re
from collections.abc import Mapping

import attrs
from rapidfuzz import fuzz

from .lang import canon
from .model import Claim
from .text import fold

__all__ = [
    "Nesting",
    "Period",
    "Scope",
    "group_of",
    "place_relation",
    "scope_of",
    "subject_relation",
    "subject_similarity",
]


class Nesting(enum.Enum):
    """How one scope stands to another: the same, inside it, or around it."""

    SAME = "same"
    """The same places, or the same subject."""
    NARROWER = "narrower"
    """Inside the other: Syria within Syria and Iraq; Tajik students within Tajik nationals."""
    WIDER = "wider"
    """Around the other: the converse of :attr:`NARROWER`."""


@attrs.frozen
class Period:
    """The days an ``as_of`` date covers: a year, a month or one day.

    Examples:
        >>> Period.from_iso("2015-02").end
        datetime.date(2015, 2, 28)
        >>> Period.from_iso("2014-11").gap(Period.from_iso("2015-01"))
        32
        >>> Period.from_iso(None) is None
        True
    """

    start: dt.date
    end: dt.date

    @classmethod
    @functools.lru_cache(maxsize=4096)
    def from_iso(cls, value: str | None) -> Period | None:
        """The period of ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; ``None`` for ``None``."""
        if not value:
            return None
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 1:
            return cls(dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31))
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return cls(dt.date(parts[0], parts[1], 1), dt.date(parts[0], parts[1], last))
        day = dt.date(parts[0], parts[1], parts[2])
        return cls(day, day)

    def gap(self, other: Period) -> int:
        """Days between the two periods; 0 when they overlap (symmetric)."""
        if self.end < other.start:
            return (other.start - self.end).days
        if other.end < self.start:
            return (self.start - other.end).days
        return 0

    def is_before(self, other: Period) -> bool:
        """Whether this period ends before the other one starts."""
        return self.end < other.start


def _ancestors(name: str, parents: Mapping[str, str]) -> list[str]:
    out = []
    seen = {name}
    while name in parents and parents[name] not in seen:
        name = parents[name]
        seen.add(name)
        out.append(name)
    return out


@attrs.frozen
class Scope:
    """What a claim is about, normalised for comparison.

    Attributes:
        measure: The canonical measure, or ``None``.
        unit: What one counted item is.
        subject: The claim's subject as written, or ``None``.
        group: The canonical group ("Tajik nationals"), or ``None``.
        role: What the subject adds to the group ("students"), or ``None``.
        places: The claim's places.
        reach: The places and every wider place they lie in.
        period: The days the claim holds for, or ``None`` when unknown.
        cumulative: Whether the measure only grows over time.
    """

    measure: str | None
    unit: str
    subject: str | None
    group: str | None
    role: str | None
    places: frozenset[str]
    reach: frozenset[str]
    period: Period | None
    cumulative: bool


@functools.lru_cache(maxsize=65536)
def _split_subject(subject: str | None) -> tuple[str | None, str | None]:
    """("Tajik students") -> ("Tajik nationals", "students"); a part of a group keeps its group."""
    if subject is None:
        return None, None
    if subject.startswith("part of "):
        group, role = _split_subject(subject[len("part of ") :])
        return group, " ".join(x for x in ("part", role) if x)
    for adjective, group in canon().adjectives:
        if subject == group:
            return group, None
        if subject.startswith(adjective + " "):
            return group, subject[len(adjective) + 1 :]
    return None, subject


@functools.lru_cache(maxsize=65536)
def _reach(places: frozenset[str]) -> frozenset[str]:
    reach = set(places)
    for place in places:
        reach.update(_ancestors(place, canon().place_parents))
    return frozenset(reach)


def group_of(subject: str | None) -> str | None:
    """The canonical group a subject belongs to, or ``None``.

    Examples:
        >>> group_of("Tajik students"), group_of("students")
        ('Tajik nationals', None)
    """
    return _split_subject(subject)[0]


def scope_of(claim: Claim) -> Scope:
    """The :class:`Scope` of a claim."""
    known = canon()
    group, role = _split_subject(claim.subject)
    places = frozenset(claim.places)
    return Scope(
        measure=claim.measure,
        unit=claim.unit,
        subject=claim.subject,
        group=group,
        role=role,
        places=places,
        reach=_reach(places),
        period=Period.from_iso(claim.as_of),
        cumulative=claim.measure in known.cumulative,
    )


def place_relation(a: Scope, b: Scope) -> Nesting | None:
    """How ``a``'s places stand to ``b``'s: a :class:`Nesting`, or ``None``.

    ``a`` is narrower when every place of ``a`` is a place of ``b`` or lies in
    one ({Syria} within {Syria, Iraq}; {Mosul} within {Iraq}). Claims without
    places relate only to claims without places.
    """
    if a.places == b.places:
        return Nesting.SAME
    if not a.places or not b.places:
        return None
    # every place of the narrower scope is a place of the wider one or lies in one
    if all(p in b.places or not _ancestry(p).isdisjoint(b.places) for p in a.places):
        return Nesting.NARROWER
    if all(p in a.places or not _ancestry(p).isdisjoint(a.places) for p in b.places):
        return Nesting.WIDER
    return None


@functools.lru_cache(maxsize=65536)
def _ancestry(place: str) -> frozenset[str]:
    return frozenset(_ancestors(place, canon().place_parents))


def _group_within(inner: str, outer: str) -> bool:
    return outer in _ancestors(inner, canon().group_parents)


def subject_relation(a: Scope, b: Scope) -> Nesting | None:
    """How ``a``'s subject stands to ``b``'s: a :class:`Nesting`, or ``None``.

    "Tajik nationals" is narrower than "Central Asian nationals"; "Tajik
    students" is narrower than "Tajik nationals". Claims with no subject
    relate to nothing: reconcile does not guess who was counted.
    """
    if a.subject is None or b.subject is None:
        return None
    if a.group == b.group and a.role == b.role:
        return Nesting.SAME if a.group is not None or a.role == b.role else None
    if a.group is None or b.group is None:
        return None
    if (a.group == b.group or _group_within(a.group, b.group)) and b.role in (None, a.role):
        return Nesting.NARROWER
    if (a.group == b.group or _group_within(b.group, a.group)) and a.role in (None, b.role):
        return Nesting.WIDER
    return None


def subject_similarity(a: str, b: str) -> float:
    """How alike two subjects are as written, on a 0-1 scale (folded first).

    Examples:
        >>> subject_similarity("suspected members", "Suspected Members")
        1.0
        >>> subject_similarity("students", "soldiers") < 0.9
        True
        >>> subject_similarity("Brigade 1 members", "Brigade 11 members")
        0.0
    """
    if _DIGITS.findall(a) != _DIGITS.findall(b):
        return 0.0  # "Group 1" and "Group 11": numbers in a name identify, they are not typos
    return fuzz.ratio(a, b, processor=fold) / 100.0


_DIGITS = re.compile(r"\d+")
