"""A low / best / high estimate for each question, from its independent latest claims.

Conflict-casualty datasets record disagreeing reports as a low, a best and a
high estimate. reconcile does the same per cluster, in two steps:

1. :func:`select` keeps the claims that should count: those of the latest
   period (within ``window_days`` of the latest dated claim, or of its day
   for a kind that changes day by day, ``window_days`` in
   ``canon/measures.toml``; undated claims only when nothing is dated), less
   a speaker's figures it has since revised ("at least 21" on Friday, 27 on
   Saturday: 27 only), less, for a count that only grows (a toll), a figure
   any source has since passed (820 dead on Saturday, 2,012 on Sunday: the
   820 is history, not a low estimate), and one claim per origin and speaker
   (the most precise), so that a story copied by three outlets counts once.
2. A rule turns their figures into an :class:`~reconcile.Estimate`, never
   stating more than its claims do. Low is the lowest stated lower bound
   and high the highest stated upper bound (a lower bound counts towards high
   once some claim states a high); a side no claim states stays unknown. Best
   rests only on figures that state a value (exact, approximate, a range's
   middle): :func:`median_rule` (the default, in the spirit of UCDP's best
   estimate) takes their median, :func:`conservative_rule` (in the spirit of
   ACLED's lowest credible figure) their lowest. With only vague or open
   figures ("thousands", "up to 1,000") there is no best. A rule is any
   function from claims to an estimate: pass your own.

Examples:
    >>> from reconcile import Quantity, Span
    >>> def c(q): return Claim(document="a", span=Span(0, 1), quantity=q)
    >>> e = median_rule([c(Quantity.vague(1000, 9999, "thousands"))])
    >>> (e.low, e.best, e.high)
    (1000, None, 9999)
    >>> e = median_rule([c(Quantity.at_most(1000))])
    >>> (e.low, e.best, e.high)
    (None, None, 1000)
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Mapping, Sequence
from operator import attrgetter

from .lang import canon
from .model import DEFAULT_TOLERANCE, Claim, Estimate, Qualifier, require_claims
from .names import same_voice, source_key
from .scope import Period

__all__ = ["Rule", "bounds", "conservative_rule", "estimate", "median_rule", "point", "select"]

Rule = Callable[[Sequence[Claim]], Estimate]
"""An estimate rule: the selected claims in, an estimate out."""


def point(claim: Claim) -> float:
    """The single figure a claim contributes to an estimate.

    Examples:
        >>> from reconcile import Quantity, Span
        >>> def c(q): return Claim(document="a", span=Span(0, 1), quantity=q)
        >>> [point(c(q)) for q in (Quantity.approx(300), Quantity.between(200, 300),
        ...                        Quantity.at_most(1000))]
        [300, 250.0, 1000]
    """
    q = claim.quantity
    if q.qualifier in (Qualifier.RANGE, Qualifier.VAGUE):
        assert q.low is not None
        assert q.high is not None
        return (q.low + q.high) / 2
    value = q.low if q.low is not None else q.high
    assert value is not None
    return value


_STATED = frozenset({Qualifier.EXACT, Qualifier.APPROX, Qualifier.RANGE})
"""Qualifiers whose figure states a value a best estimate may rest on."""


def bounds(claims: Sequence[Claim]) -> tuple[float | None, float | None]:
    """The lowest stated lower bound and the highest stated upper bound, ``None`` when unstated.

    A lower bound ("at least 2,400") also counts towards the high once any
    claim states a high: the truth is at least that much.

    Examples:
        >>> from reconcile import Quantity, Span
        >>> def c(q): return Claim(document="a", span=Span(0, 1), quantity=q)
        >>> bounds([c(Quantity.at_least(2400)), c(Quantity.approx(2000))])
        (2000, 2400)
        >>> bounds([c(Quantity.at_least(6))])
        (6, None)
    """
    lows = [c.quantity.low for c in claims if c.quantity.low is not None]
    highs = [c.quantity.high for c in claims if c.quantity.high is not None]
    if highs:
        highs += lows
    return (min(lows) if lows else None, max(highs) if highs else None)


def _stated(claims: Sequence[Claim]) -> list[float]:
    return sorted(point(c) for c in claims if c.quantity.qualifier in _STATED)


def _median(stated: list[float]) -> float:
    """:func:`statistics.median` of a sorted list (once per question of a hundred thousand)."""
    middle = len(stated) // 2
    if len(stated) % 2:
        return stated[middle]
    return (stated[middle - 1] + stated[middle]) / 2


def median_rule(claims: Sequence[Claim]) -> Estimate:
    """Best = the median of the stated figures; low and high as :func:`bounds` gives them."""
    low, high = bounds(claims)
    stated = _stated(claims)
    return Estimate._of_claims(
        low=low,
        best=_median(stated) if stated else None,
        high=high,
        rule="median of independent latest claims",
        claims=tuple(map(_ID, claims)),
    )


def conservative_rule(claims: Sequence[Claim]) -> Estimate:
    """Best = the lowest stated figure: the figure every source supports."""
    low, high = bounds(claims)
    stated = _stated(claims)
    return Estimate._of_claims(
        low=low,
        best=stated[0] if stated else None,
        high=high,
        rule="lowest of independent latest claims",
        claims=tuple(map(_ID, claims)),
    )


_ID = attrgetter("id")
_AS_OF = attrgetter("as_of")
_START = attrgetter("start")


def _precision(claim: Claim) -> tuple[float, str]:
    return (claim.quantity.interval(DEFAULT_TOLERANCE).width, claim.id)


def _unrevised(pool: list[Claim], periods: Mapping[str, Period]) -> list[Claim]:
    """The claims no later figure of their voice replaces ("at least 21" on Friday, 27 on Saturday).

    A source that revises its count speaks for its latest figure only, in
    whichever report it was carried: its earlier ones are left out. Speakers
    are compared within their :func:`~reconcile.names.source_key`, each
    distinct name once.
    """
    latest: dict[str, Period] = {}  # a speaker as written -> the latest period it speaks for
    for claim in pool:
        if claim.speaker is None or claim.as_of is None:
            continue
        period = periods.get(claim.as_of)
        if period is not None:
            held = latest.get(claim.speaker)
            if held is None or held.start < period.start:
                latest[claim.speaker] = period
    by_key: dict[str, list[str]] = {}
    for name in latest:
        by_key.setdefault(source_key(name), []).append(name)
    newest = dict(latest)
    for names in by_key.values():
        if len(names) > _NAMES_COMPARED:
            continue  # each name its own voice: pairs of thousands of names are too many
        for a, b in itertools.permutations(names, 2):
            if latest[b].start > newest[a].start and same_voice(a, b):
                newest[a] = latest[b]
    return [
        c
        for c in pool
        if c.speaker is None
        or c.as_of is None
        or (period := periods.get(c.as_of)) is None
        or not period.is_before(newest[c.speaker])
    ]


def _unpassed(pool: list[Claim], periods: Mapping[str, Period]) -> list[Claim]:
    """The claims of a count that only grows, less those a later figure has passed.

    A toll of 820 on Saturday and one of at least 2,012 on Sunday, whoever
    gives them: the count has grown past 820, which says nothing of it now.
    A later figure that is lower does not pass an earlier one: the two
    disagree, and both count.
    """
    later = sorted(
        (period.start, c.quantity.low)
        for c in pool
        if c.as_of is not None
        and (period := periods.get(c.as_of)) is not None
        and c.quantity.low is not None
    )
    if not later or len(pool) < 2:
        return pool
    starts = [start for start, _ in later]
    # the highest lower bound stated from each start on
    highest = list(itertools.accumulate(reversed([low for _, low in later]), max))[::-1]
    kept = []
    for c in pool:
        period = periods.get(c.as_of) if c.as_of is not None else None
        # what a figure says at most: its high, or for "at least 820" the 820
        top = c.quantity.high if c.quantity.high is not None else c.quantity.low
        if period is not None and top is not None:
            i = bisect.bisect_right(starts, period.end)
            if i < len(starts) and highest[i] > top:
                continue
        kept.append(c)
    return kept


_NAMES_COMPARED = 64
"""The most distinct names of one source key compared pairwise (more: each name alone)."""


def select(
    claims: Sequence[Claim],
    *,
    origins: Mapping[str, str] | None = None,
    window_days: int = 183,
) -> list[Claim]:
    """The claims an estimate should rest on: latest period, one per origin and speaker."""
    if not claims:
        return []
    kind = canon().kinds.get(claims[0].measure or "")
    if kind is not None:
        # those in hospital, the missing: the latest day's figures, not the week's
        window_days = kind.window(window_days)
    # each date written once: a question's claims state a few dates between them
    # (the first claim of each, in order, so that ties go as they would claim by claim)
    periods = {
        as_of: period
        for as_of in dict.fromkeys(map(_AS_OF, claims))
        if (period := Period.from_iso(as_of)) is not None
    }
    if periods:
        latest = max(periods.values(), key=_START)
        recent = {as_of for as_of, period in periods.items() if period.gap(latest) <= window_days}
        pool = _unrevised([c for c in claims if c.as_of in recent], periods)
        if kind is not None and kind.cumulative:
            pool = _unpassed(pool, periods)
    else:
        pool = list(claims)
    origin_of = origins or {}
    best: dict[tuple[str, str], Claim] = {}
    for claim in pool:
        key = (origin_of.get(claim.document, claim.document), claim.speaker or "")
        held = best.get(key)
        # precision only decides between two claims of one voice: most voices have one
        if held is None or _precision(claim) < _precision(held):
            best[key] = claim
    return sorted(best.values(), key=_ID)


def estimate(
    claims: Sequence[Claim],
    *,
    rule: Rule = median_rule,
    origins: Mapping[str, str] | None = None,
    window_days: int = 183,
) -> Estimate | None:
    """Estimate one question from its claims; ``None`` when there are none.

    Examples:
        >>> from reconcile import Quantity, Span
        >>> def c(doc, q, as_of, who):
        ...     return Claim(document=doc, span=Span(0, 1), quantity=q, as_of=as_of, speaker=who)
        >>> e = estimate([c("a", Quantity.approx(300), "2014-11", "SCNS"),
        ...               c("b", Quantity.approx(200), "2015-01", "MVD")])
        >>> (e.low, e.best, e.high)
        (200, 250, 300)
        >>> estimate([]) is None
        True

    Raises:
        TypeError: If ``claims`` holds anything but claims.
    """
    require_claims(claims)
    chosen = select(claims, origins=origins, window_days=window_days)
    return rule(chosen) if chosen else None
