"""What comparing two claims needs: the context of a run and each claim's evidence."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from operator import attrgetter

import attrs

from ..model import DEFAULT_TOLERANCE, Claim, Interval, Relation, Tolerance
from ..scope import (
    Scope,
    _question,
    _scope,
    _scope_asked,
    measure_relation,
    place_relation,
    subject_relation,
)

__all__ = ["Check", "Context", "Evidence", "comparable", "ordered", "time_key"]


@attrs.frozen(kw_only=True)
class Context:
    """What the checks need besides the two claims.

    Args:
        tolerance: Widths of approximate figures (see ``docs/explanation/quantities.md``).
        window_days: Two periods closer than this are one period for a count
            that can fall: figures more than this apart are an update.
        origins: Document id -> origin id; documents with one origin (a
            translation, a syndicated copy) are not independent.

    Examples:
        >>> Context().window_days
        183
    """

    tolerance: Tolerance = DEFAULT_TOLERANCE
    window_days: int = 183
    origins: Mapping[str, str] = attrs.field(factory=dict)

    def origin(self, document: str) -> str:
        """The origin of a document (itself when nothing else is known)."""
        return self.origins.get(document, document)


@attrs.frozen(eq=False)
class Evidence:
    """A claim with what comparing it needs, computed once."""

    claim: Claim
    scope: Scope
    interval: Interval
    time_key: tuple[bool, int, str, int, str]  # orders claims in time
    origin: str  # the origin of the claim's document (see :func:`origins`)

    @classmethod
    def of(cls, claim: Claim, context: Context) -> Evidence:
        """Compute the evidence of one claim."""
        # scope_of, without its call: once per claim of a million
        scope = _scope(claim.measure, claim.unit, claim.subject, claim.places, claim.as_of)
        return _evidence(claim, scope, context)

    @classmethod
    def of_members(cls, claims: Sequence[Claim], context: Context) -> tuple[list[Evidence], bool]:
        """:meth:`of` for each of ``claims``, and whether they all ask one question.

        One question: the same known measure, unit, subject and places as
        written (most clusters). The part of their scopes that does not depend
        on the date is then found once for them all, and the claims of one
        date share one scope: not looked up once per claim of a million.

        Examples:
            >>> from reconcile import Quantity, Span
            >>> def c(doc, as_of): return Claim(document=doc, span=Span(0, 1),
            ...     quantity=Quantity.exact(5), measure="killed", as_of=as_of)
            >>> found, one = Evidence.of_members([c("a", "2015"), c("b", "2015")], Context())
            >>> one, found[0].scope is found[1].scope
            (True, True)
        """
        if not claims or claims[0].measure is None:
            return [cls.of(c, context) for c in claims], False
        asked = _QUESTION(claims[0])
        question = _question(*asked)
        scopes: dict[str | None, Scope] = {}
        found = []
        for claim in claims:
            if _QUESTION(claim) != asked:
                return [cls.of(c, context) for c in claims], False
            as_of = claim.as_of
            scope = scopes.get(as_of)
            if scope is None:
                scope = scopes[as_of] = _scope_asked(
                    question, claim.measure, claim.unit, claim.subject, as_of
                )
            found.append(_evidence(claim, scope, context))
        return found, True


_QUESTION = attrgetter("measure", "unit", "subject", "places")
"""The fields of a claim that make its question, as written (read in C)."""


def _evidence(claim: Claim, scope: Scope, context: Context) -> Evidence:
    """The evidence of ``claim``, whose scope is ``scope``."""
    p = scope.period
    document = claim.document
    time_key = (
        p is None,
        p.start.toordinal() if p else 0,
        document,
        claim.span.start,
        claim.id,
    )
    interval = claim.quantity.interval(context.tolerance)
    # the origins looked up here, not through Context.origin: once per claim of a million
    evidence = _new(Evidence)
    # the fields written as attrs' __init__ would, through each slot's own setter
    _set_claim(evidence, claim)
    _set_scope(evidence, scope)
    _set_interval(evidence, interval)
    _set_time_key(evidence, time_key)
    _set_origin(evidence, context.origins.get(document, document))
    return evidence


_new = object.__new__
_set_claim, _set_scope, _set_interval, _set_time_key, _set_origin = (
    getattr(Evidence, name).__set__ for name in ("claim", "scope", "interval", "time_key", "origin")
)


Check = Callable[[Evidence, Evidence, Context], Relation | None]
"""A rule: two claims of related scope and a context in, a relation or ``None`` out."""


def time_key(e: Evidence) -> tuple[bool, int, str, int, str]:
    """Earlier first; undated after dated; then by document and position."""
    return e.time_key


def ordered(a: Evidence, b: Evidence) -> tuple[Evidence, Evidence]:
    """The two in time order (see :func:`time_key`)."""
    return (a, b) if a.time_key <= b.time_key else (b, a)


def comparable(a: Scope, b: Scope) -> bool:
    """Whether two scopes ask related questions at all.

    The same unit, measures of one family, and subjects and places that are
    the same, nested, overlapping or unknown on one side. A claim whose
    measure is unknown is compared with none: what it counts decides every
    rule.
    """
    if a.measure is None or b.measure is None or a.unit != b.unit:
        return False
    if a.measure == b.measure and a.subject == b.subject and a.places == b.places:
        return True  # one question at two dates: most pairs, decided without the hierarchies
    # the subjects first: the questions met as candidates for a related scope
    # (millions at a million claims) share a family and most often a place,
    # and are told apart by who was counted
    return (
        subject_relation(a, b) is not None
        and measure_relation(a, b) is not None
        and place_relation(a, b) is not None
    )
