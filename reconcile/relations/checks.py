"""The relation rules: small pure functions, tried in order, the first that answers decides.

:data:`CHECKS` is the default tuple. Each rule takes two claims' evidence and
the context and returns a :class:`~reconcile.Relation` or ``None``. A rule
sees only pairs whose scopes are comparable (same measure and unit, related
subject and places), unless it is marked with :func:`any_scope`, as
:func:`translated` is: a translation may name the same figure with another
verb. Pass your own tuple as ``checks=`` to change or extend the rules.
"""

from __future__ import annotations

import sys
from typing import TypeVar

from ..model import Claim, Relation, RelationKind
from ..names import names_match
from ..scope import Nesting, place_relation, subject_relation
from .evidence import Check, Context, Evidence, comparable, ordered
from .reasons import agreeing, explained, falling, incompatible_values, refining, undated

__all__ = [
    "CHECKS",
    "any_scope",
    "compatible",
    "different_subjects",
    "incompatible",
    "one_sentence",
    "over_time",
    "repeats",
    "translated",
    "unknown_period",
    "wider_later",
]

_C = TypeVar("_C", bound=Check)


def any_scope(check: _C) -> _C:
    """Mark a rule as one that sees every pair, comparable scopes or not."""
    check.any_scope = True  # type: ignore[attr-defined]
    return check


# ---------------------------------------------------------------------------
# the checks


def repeats(a: Evidence, b: Evidence, context: Context) -> Relation | None:
    """One claim restated: the same sentence elsewhere, or one origin restating its figure.

    Within one origin (a document, its translation, its copies) two claims
    are one when they state the same bounds or come from the same speaker;
    two speakers quoted in one article remain two sources.
    """
    same_words = bool(a.claim.quote) and a.claim.quote == b.claim.quote
    same_origin = a.origin == b.origin
    if not (same_words or same_origin) or not a.interval.overlaps(b.interval):
        return None
    qa, qb = a.claim.quantity, b.claim.quantity
    one_voice = (qa.low, qa.high) == (qb.low, qb.high) or _same_speaker(a.claim, b.claim)
    if not (same_words or one_voice):
        return None
    first, second = ordered(a, b)
    if a.claim.document == b.claim.document:
        why = "the same figure stated twice in one document (headline, caption or body)"
    elif same_words and not same_origin:
        why = "the same sentence in two documents: a copy, not independent support"
    else:
        why = "documents of one origin (translation or syndication): not independent support"
    return explained(RelationKind.REPEATS, first, second, why)


def _same_speaker(a: Claim, b: Claim) -> bool:
    if a.speaker is None or b.speaker is None:
        return a.speaker is None and b.speaker is None
    x, y = a.speaker.lower(), b.speaker.lower()
    return x in y or y in x or names_match(a.speaker, b.speaker)


def different_subjects(a: Evidence, b: Evidence, context: Context) -> Relation | None:
    """One subject inside the other (Tajiks within Central Asians): a difference of scope."""
    rel = subject_relation(a.scope, b.scope)
    if rel in (Nesting.NARROWER, Nesting.WIDER):
        inner, outer = (a, b) if rel is Nesting.NARROWER else (b, a)
        why = f"{inner.scope.subject} lie within {outer.scope.subject}: a different scope"
        return explained(RelationKind.SCOPE_DIFFERS, *ordered(a, b), why)
    return None


def wider_later(a: Evidence, b: Evidence, context: Context) -> Relation | None:
    """Places nested: the wider figure given later revises the narrower one; else scope differs."""
    rel = place_relation(a.scope, b.scope)
    if rel not in (Nesting.NARROWER, Nesting.WIDER):
        return None
    narrow, wide = (a, b) if rel is Nesting.NARROWER else (b, a)
    pn, pw = narrow.scope.period, wide.scope.period
    places = (
        f"{', '.join(sorted(narrow.scope.places))} within {', '.join(sorted(wide.scope.places))}"
    )
    if pn is not None and pw is not None and pn.is_before(pw):
        why = f"a later figure for a wider area ({places})"
        return explained(RelationKind.UPDATES, narrow, wide, why)
    if wide.claim.quantity.relative is not None and not (pn and pw and pw.is_before(pn)):
        why = (
            f"the wider figure ({places}) is stated as a revision: "
            f"{wide.claim.quantity.relative.text!r}"
        )
        return explained(RelationKind.UPDATES, narrow, wide, why)
    if (
        wide.scope.cumulative
        and (pn is None or pw is None)
        and wide.interval.low >= narrow.interval.low
    ):
        why = (
            f"a count that only grows, larger over a wider area ({places}); "
            "with a period unknown, read as a later total"
        )
        return explained(RelationKind.UPDATES, narrow, wide, why)
    return explained(RelationKind.SCOPE_DIFFERS, *ordered(a, b), f"different areas: {places}")


def compatible(a: Evidence, b: Evidence, context: Context) -> Relation | None:
    """Same scope, values that can both hold: one refines the other, or they agree."""
    if not a.interval.overlaps(b.interval):
        return None
    if a.interval != b.interval and a.interval.contains(b.interval):
        wide, narrow = a, b
    elif a.interval != b.interval and b.interval.contains(a.interval):
        wide, narrow = b, a
    else:
        return explained(RelationKind.AGREES, *ordered(a, b), agreeing, context.tolerance)
    return explained(RelationKind.REFINES, wide, narrow, refining, context.tolerance)


def over_time(a: Evidence, b: Evidence, context: Context) -> Relation | None:
    """Incompatible values far apart in time, or given as a revision: an update.

    A count that only grows and falls over time stays a contradiction.
    """
    first, second = ordered(a, b)
    p1, p2 = first.scope.period, second.scope.period
    gap = p1.gap(p2) if p1 is not None and p2 is not None else 0
    apart = gap > context.window_days
    relative = a.claim.quantity.relative or b.claim.quantity.relative
    if (
        not apart
        and relative is None
        and first.scope.cumulative
        and (p1 is None or p2 is None)
        and a.claim.document != b.claim.document
    ):
        # a count that only grows, one period unknown: the larger figure is the later total
        small, large = (a, b) if a.interval.high < b.interval.low else (b, a)
        why = (
            "a count that only grows; with a period unknown, "
            "the larger figure reads as the later total"
        )
        return explained(RelationKind.UPDATES, small, large, why)
    if (
        not apart
        and relative is None
        and first.scope.cumulative
        and p1 is not None
        and p2 is not None
        and p1.is_before(p2)
        and first.interval.high < second.interval.low
    ):
        why = "a count that only grows is higher in a later period: a later total"
        return explained(RelationKind.UPDATES, first, second, why)
    if not apart and relative is None:
        return None
    if apart and first.scope.cumulative and second.interval.high < first.interval.low:
        return explained(RelationKind.CONTRADICTS, first, second, falling, context.tolerance)
    if apart:
        # a few hundred distinct gaps among millions of updates: keep one copy of each
        why = sys.intern(f"a later figure ({gap} days apart) revises the earlier one")
    else:
        assert relative is not None
        why = f"stated as a revision: {relative.text!r}"
    return explained(RelationKind.UPDATES, first, second, why)


def one_sentence(a: Evidence, b: Evidence, context: Context) -> Relation | None:
    """Two different figures in one sentence: a part and its whole, or two groups."""
    if a.claim.document != b.claim.document or not a.claim.quote or a.claim.quote != b.claim.quote:
        return None
    why = "two figures of one sentence: a part and its whole, or two groups, not a contradiction"
    return explained(RelationKind.SCOPE_DIFFERS, *ordered(a, b), why)


def unknown_period(a: Evidence, b: Evidence, context: Context) -> Relation | None:
    """Different documents, one undated: no telling a contradiction from a change over time."""
    if a.claim.document == b.claim.document or (
        a.scope.period is not None and b.scope.period is not None
    ):
        return None
    if a.interval.overlaps(b.interval):
        return None
    first, second = ordered(a, b)
    return explained(RelationKind.SCOPE_DIFFERS, first, second, undated, context.tolerance)


def incompatible(a: Evidence, b: Evidence, context: Context) -> Relation | None:
    """Same subject, places and period, values that cannot both hold: a contradiction."""
    if a.interval.overlaps(b.interval):
        return None
    first, second = ordered(a, b)
    return explained(
        RelationKind.CONTRADICTS, first, second, incompatible_values, context.tolerance
    )


@any_scope
def translated(a: Evidence, b: Evidence, context: Context) -> Relation | None:
    """The same figure for a related place in two documents of one origin.

    A translation or a rewrite may describe a figure with another verb or
    name the group differently ("two children starved" against a translation
    saying they were starving); the same bounds for a related place in a
    dependent document are one claim restated.
    """
    qa, qb = a.claim.quantity, b.claim.quantity
    if (
        a.claim.document == b.claim.document
        or a.origin != b.origin
        or a.scope.unit != b.scope.unit
        or (qa.low, qa.high) != (qb.low, qb.high)
        or place_relation(a.scope, b.scope) is None
        or comparable(a.scope, b.scope)  # comparable scopes are the other rules' business
    ):
        return None
    why = "the same figure for the same place in documents of one origin (a translation or a copy)"
    return explained(RelationKind.REPEATS, *ordered(a, b), why)


CHECKS: tuple[Check, ...] = (
    translated,
    repeats,
    different_subjects,
    wider_later,
    compatible,
    over_time,
    one_sentence,
    unknown_period,
    incompatible,
)
"""The default rules, in the order they are tried."""
