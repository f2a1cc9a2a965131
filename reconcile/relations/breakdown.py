"""Breakdowns: parts stated beside their whole must not add up to more than it.

"412 people, of whom 250 men, 101 women and 93 children" states a whole and
its parts. Each part alone may fit within the whole while the parts together
do not: 250 + 101 + 93 = 444 > 412. A pair of claims cannot see that, so this
is a pass over the claims of each document: a whole and at least two of its
parts (narrower subjects that do not overlap each other: men, women,
children), of one kind of count, place and period, whose smallest possible
sum exceeds the whole's largest possible value. Each part then contradicts
the whole, and the reason shows the arithmetic.

A breakdown that adds up to less than its whole is consistent: the rest may
simply not be stated, unless the breakdown is stated in full: three parts or
more listed in one sentence with no word for a remainder ("the rest",
``grammar.toml [remainder]``) that cover most of an exact whole but not all
of it ("30 children: 24 from Dagestan, three from Chechnya and two from
Moscow" counts 29). A cumulative update ("320 returned in 2019; 25 more in
2021"; "345 in all") has two periods, so it is no breakdown.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from ..lang import grammar_words
from ..model import Claim, Relation, RelationKind
from ..scope import NESTED, Nesting, Scope, subject_relation
from ..text import fold
from .evidence import Context, Evidence
from .reasons import explained

__all__ = ["FULL_SHARE", "MAX_STATED", "breakdowns", "replace_pairs"]

MAX_STATED = 40
"""A document's figures of one kind, place and period are read as a breakdown
only up to this many: beyond it (a table) the whole and its parts cannot be
told apart, and the work would grow as a square."""


FULL_SHARE = 0.8
"""A breakdown stated in full covers at least this share of its whole: parts
that leave more uncounted are read as a partial list, not a miscount."""

FULL_PARTS = 3
"""A breakdown is read as stated in full only with at least this many parts."""


def _key(scope: Scope) -> tuple[object, ...]:
    kind = scope.kind.name if scope.kind is not None else scope.measure
    period = (scope.period.start, scope.period.end) if scope.period is not None else None
    return (kind, scope.unit, scope.places, period)


def breakdowns(claims: Iterable[Claim], context: Context) -> list[Relation]:
    """The contradictions of parts that add up to more than their whole, in each document.

    Examples:
        >>> from reconcile import Quantity, Span
        >>> def c(n, value, subject):
        ...     return Claim(document="a.txt", span=Span(n, n + 3), quantity=Quantity.exact(value),
        ...                  measure="killed", subject=subject, places=["Mosul"], as_of="2017-03")
        >>> found = breakdowns([c(0, 412, "Tajik nationals"), c(10, 250, "Tajik men"),
        ...                     c(20, 101, "Tajik women"), c(30, 93, "Tajik children")], Context())
        >>> len(found), found[0].kind.value
        (3, 'contradicts')
        >>> found[0].reason.split("): ", 2)[-1]
        'its parts add up to more than the whole: 250 + 101 + 93 = 444 > 412'
        >>> breakdowns([c(0, 412, "Tajik nationals"), c(10, 250, "Tajik men"),
        ...             c(20, 101, "Tajik women")], Context())
        []
    """
    by_document = _stated_together(claims)
    found: list[Relation] = []
    for document in sorted(by_document):
        buckets: dict[tuple[object, ...], list[Evidence]] = defaultdict(list)
        for claim in by_document[document]:
            evidence = Evidence.of(claim, context)
            buckets[_key(evidence.scope)].append(evidence)
        for scope_key in sorted(buckets, key=repr):
            bucket = buckets[scope_key]
            if 3 <= len(bucket) <= MAX_STATED:
                found.extend(_in_bucket(sorted(bucket, key=lambda e: e.claim.span.start), context))
    return found


def _stated_together(claims: Iterable[Claim]) -> dict[str, list[Claim]]:
    """Each document's claims that share measure, unit, places and date with another of it.

    A first cut by what the claims say as written, cheaply: most such groups
    hold one claim. Claims sorted by document (as the pipeline gives them) are
    grouped one document at a time, so that memory holds one document's
    groups, not one per claim of a million; in another order, all at once.
    """
    items = claims if isinstance(claims, Sequence) else list(claims)
    out: dict[str, list[Claim]] = {}
    written: dict[tuple[object, ...], list[Claim]] = defaultdict(list)
    document: str | None = None
    for claim in items:
        if claim.document != document:
            if document is not None and claim.document < document:
                return _all_together(items)  # not sorted: a document may come back later
            _keep_repeated(out, written)
            document = claim.document
        if claim.measure is not None and claim.subject is not None:
            written[(claim.document, claim.measure, claim.unit, claim.places, claim.as_of)].append(
                claim
            )
    _keep_repeated(out, written)
    return out


def _keep_repeated(
    out: dict[str, list[Claim]], written: dict[tuple[object, ...], list[Claim]]
) -> None:
    """Move the groups of two claims or more from ``written`` to their document in ``out``."""
    for group in written.values():
        if len(group) >= 2:
            out.setdefault(group[0].document, []).extend(group)
    written.clear()


def _all_together(claims: Iterable[Claim]) -> dict[str, list[Claim]]:
    """:func:`_stated_together` for claims in any order."""
    written: dict[tuple[object, ...], list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.measure is not None and claim.subject is not None:
            key = (claim.document, claim.measure, claim.unit, claim.places, claim.as_of)
            written[key].append(claim)
    out: dict[str, list[Claim]] = {}
    _keep_repeated(out, written)
    return out


def _in_bucket(items: Sequence[Evidence], context: Context) -> Iterable[Relation]:
    for whole in items:
        # a narrower figure as large as the whole restates it ("40 Tajik
        # children" of "40 children"): no part that leaves room for others
        parts = _siblings(
            [
                p
                for p in items
                if _part_of(p.scope, whole.scope) and p.interval.low < whole.interval.high
            ]
        )
        if len(parts) < 2:
            continue
        total = sum(p.interval.low for p in parts)
        figures = " + ".join(f"{p.interval.low:g}" for p in parts)
        if total > whole.interval.high:
            why = (
                f"its parts add up to more than the whole: {figures} = {total:g} "
                f"> {whole.interval.high:g}"
            )
        elif FULL_SHARE * whole.interval.low <= total < whole.interval.low and _in_full(parts):
            why = (
                f"its parts, listed in full in one sentence, add up to less than the whole: "
                f"{figures} = {total:g} < {whole.interval.low:g}"
            )
        else:
            continue
        for part in parts:
            yield explained(RelationKind.CONTRADICTS, whole, part, why)


def _part_of(part: Scope, whole: Scope) -> bool:
    """Whether ``part`` counts some of ``whole``'s people.

    Besides a narrower subject, a whole that names its people by role only
    ("30 children") beside parts that add where they come from ("three
    children from Khujand", "Sughd children"): within one document, the
    parts of a figure the text just gave, not people of unknown relation.
    """
    relation = subject_relation(part, whole)
    if relation is Nesting.NARROWER:
        return True
    p, w = part.parsed, whole.parsed
    return (
        relation is Nesting.UNKNOWN
        and p is not None
        and w is not None
        and bool(p.groups)
        and not w.groups
        and bool(w.roles)
        and p.roles == w.roles
        and p.details >= w.details
    )


def _in_full(parts: Sequence[Evidence]) -> bool:
    """Whether parts are one sentence's whole list: enough of them, and no word for the rest."""
    quotes = {p.claim.quote for p in parts}
    if len(parts) < FULL_PARTS or len(quotes) != 1 or not parts[0].claim.quote:
        return False
    return grammar_words("remainder").search(fold(parts[0].claim.quote)) is None


def _siblings(parts: list[Evidence]) -> list[Evidence]:
    """The parts that do not overlap each other (the first of any nested or same pair kept)."""
    kept: list[Evidence] = []
    for part in parts:
        relations = {subject_relation(part.scope, k.scope) for k in kept}
        if not relations & (NESTED | {Nesting.SAME, Nesting.OVERLAP, Nesting.UNKNOWN}):
            kept.append(part)
    return kept


def replace_pairs(found: list[Relation], stronger: Sequence[Relation]) -> list[Relation]:
    """``found`` with every relation of a pair that ``stronger`` also relates replaced by it."""
    pairs = {frozenset(r.claims) for r in stronger}
    if not pairs:
        return found
    return [r for r in found if frozenset(r.claims) not in pairs] + list(stronger)
