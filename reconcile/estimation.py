"""A low / best / high estimate for each question, from its independent latest claims.

Conflict-casualty datasets record disagreeing reports as a low, a best and a
high estimate. reconcile does the same per cluster, in two steps:

1. :func:`select` keeps the claims that should count: those of the latest
   period (within ``window_days`` of the latest dated claim; undated claims
   only when nothing is dated), and one claim per origin and speaker (the most
   precise), so that a story copied by three outlets counts once.
2. A rule turns their figures into an :class:`~reconcile.Estimate`. Each
   claim contributes one point: its nominal value, the middle of a range, or
   the stated bound of an open one. :func:`median_rule` (the default, in the
   spirit of UCDP's best estimate) takes the median as best;
   :func:`conservative_rule` (in the spirit of ACLED's lowest credible figure)
   takes the lowest. Both report the lowest and highest points as low and
   high. A rule is any function from claims to an estimate: pass your own.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Mapping, Sequence

from .model import DEFAULT_TOLERANCE, Claim, Estimate, Qualifier
from .scope import Period

__all__ = ["Rule", "conservative_rule", "estimate", "median_rule", "point", "select"]

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


def _values(claims: Sequence[Claim]) -> list[float]:
    return sorted(point(c) for c in claims)


def median_rule(claims: Sequence[Claim]) -> Estimate:
    """Best = the median point; low and high = the lowest and highest points."""
    values = _values(claims)
    return Estimate(
        low=values[0],
        best=statistics.median(values),
        high=values[-1],
        rule="median of independent latest claims",
        claims=[c.id for c in claims],
    )


def conservative_rule(claims: Sequence[Claim]) -> Estimate:
    """Best = the lowest point: the figure every source supports."""
    values = _values(claims)
    return Estimate(
        low=values[0],
        best=values[0],
        high=values[-1],
        rule="lowest of independent latest claims",
        claims=[c.id for c in claims],
    )


def _precision(claim: Claim) -> tuple[float, str]:
    return (claim.quantity.interval(DEFAULT_TOLERANCE).width, claim.id)


def select(
    claims: Sequence[Claim],
    *,
    origins: Mapping[str, str] | None = None,
    window_days: int = 183,
) -> list[Claim]:
    """The claims an estimate should rest on: latest period, one per origin and speaker."""
    if not claims:
        return []
    dated = [(p, c) for c in claims if (p := Period.from_iso(c.as_of)) is not None]
    if dated:
        latest = max(dated, key=lambda pc: pc[0].start)[0]
        pool = [c for p, c in dated if p.gap(latest) <= window_days]
    else:
        pool = list(claims)
    best: dict[tuple[str, str], tuple[tuple[float, str], Claim]] = {}
    for claim in pool:
        key = ((origins or {}).get(claim.document, claim.document), claim.speaker or "")
        precision = _precision(claim)
        if key not in best or precision < best[key][0]:
            best[key] = (precision, claim)
    return sorted((c for _, c in best.values()), key=lambda c: c.id)


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
    """
    chosen = select(claims, origins=origins, window_days=window_days)
    return rule(chosen) if chosen else None
