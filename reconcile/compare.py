"""Say how two claims relate, and why: contradicts, updates, repeats, refines, agrees...

The kinds are those of :class:`~reconcile.RelationKind`.

Classification rests on three things computed once per claim: the interval of
true values its quantity allows (:mod:`reconcile.intervals`), its scope and
period (:mod:`reconcile.normalize`), and the origin of its document (copies
and translations share one). The rules are a tuple of small pure functions,
:data:`CHECKS`, tried in order; the first that answers decides. Pass your own
tuple as ``checks=`` to change or extend them.

A contradiction needs the same measure, subject, places and period and values
that cannot both hold. What looks like one but is not:

- a later figure for a count that only grows (deaths, returns), or any figure
  more than ``window_days`` later: ``updates``;
- a figure explicitly given as a revision ("doubling the figure"): ``updates``;
- a lower bound against an estimate ("evidence of 52" and "around 200"): the
  values are compatible, so ``refines``;
- a wider or narrower subject or place: ``scope_differs`` (or ``updates``
  when the wider figure is the later one);
- the same figure restated by the same origin: ``repeats``.
"""

from __future__ import annotations

import itertools
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import attrs

from .intervals import DEFAULT_TOLERANCE, Interval, Tolerance
from .model import Claim, Cluster, Document, Relation, RelationKind
from .normalize import (
    Scope,
    names_match,
    paused_gc,
    place_relation,
    scope_of,
    subject_relation,
)

__all__ = [
    "CHECKS",
    "Context",
    "Evidence",
    "compare",
    "origins",
    "relate",
    "relate_members",
]


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
        scope = scope_of(claim)
        p = scope.period
        time_key = (
            p is None,
            p.start.toordinal() if p else 0,
            claim.document,
            claim.span.start,
            claim.id,
        )
        interval = claim.quantity.interval(context.tolerance)
        return cls(claim, scope, interval, time_key, context.origin(claim.document))


Check = Callable[[Evidence, Evidence, Context], Relation | None]
"""A rule: two claims of related scope and a context in, a relation or ``None`` out."""


# ---------------------------------------------------------------------------
# wording of reasons


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


def _agreeing(first: Claim, second: Claim, tolerance: Tolerance) -> str:
    return (
        f"compatible values {_bounds(first, tolerance)} and {_bounds(second, tolerance)} "
        f"from independent sources for {_scope_words(first)}"
    )


def _refining(wide: Claim, narrow: Claim, tolerance: Tolerance) -> str:
    return (
        f"{_bounds(narrow, tolerance)} lies within {_bounds(wide, tolerance)}: "
        "the narrower figure refines the wider one, no contradiction"
    )


def _falling(first: Claim, second: Claim, tolerance: Tolerance) -> str:
    return (
        f"a count that only grows falls from {_bounds(first, tolerance)} "
        f"to {_bounds(second, tolerance)}"
    )


def _undated(first: Claim, second: Claim, tolerance: Tolerance) -> str:
    return (
        f"{_bounds(first, tolerance)} and {_bounds(second, tolerance)} differ, "
        "but a period is unknown: they may describe different times"
    )


def _incompatible(first: Claim, second: Claim, tolerance: Tolerance) -> str:
    return (
        f"{_bounds(first, tolerance)} and {_bounds(second, tolerance)} cannot both hold "
        f"for {_scope_words(first)} in the same period"
    )


def _relation(
    kind: RelationKind,
    first: Evidence,
    second: Evidence,
    why: Why,
    tolerance: Tolerance = DEFAULT_TOLERANCE,
) -> Relation:
    if first.claim.id == second.claim.id:  # never built: _classify skips a claim against itself
        raise ValueError("a relation needs two distinct claims")
    return _Explained.of(kind, first.claim, second.claim, why, tolerance)


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


def _time_key(e: Evidence) -> tuple[bool, int, str, int, str]:
    """Earlier first; undated after dated; then by document and position."""
    return e.time_key


def _ordered(a: Evidence, b: Evidence) -> tuple[Evidence, Evidence]:
    return (a, b) if _time_key(a) <= _time_key(b) else (b, a)


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
    first, second = _ordered(a, b)
    if a.claim.document == b.claim.document:
        why = "the same figure stated twice in one document (headline, caption or body)"
    elif same_words and not same_origin:
        why = "the same sentence in two documents: a copy, not independent support"
    else:
        why = "documents of one origin (translation or syndication): not independent support"
    return _relation(RelationKind.REPEATS, first, second, why)


def _same_speaker(a: Claim, b: Claim) -> bool:
    if a.speaker is None or b.speaker is None:
        return a.speaker is None and b.speaker is None
    x, y = a.speaker.lower(), b.speaker.lower()
    return x in y or y in x or names_match(a.speaker, b.speaker)


def different_subjects(a: Evidence, b: Evidence, context: Context) -> Relation | None:
    """One subject inside the other (Tajiks within Central Asians): a difference of scope."""
    rel = subject_relation(a.scope, b.scope)
    if rel in ("narrower", "wider"):
        inner, outer = (a, b) if rel == "narrower" else (b, a)
        why = f"{inner.scope.subject} lie within {outer.scope.subject}: a different scope"
        return _relation(RelationKind.SCOPE_DIFFERS, *_ordered(a, b), why)
    return None


def wider_later(a: Evidence, b: Evidence, context: Context) -> Relation | None:
    """Places nested: the wider figure given later revises the narrower one; else scope differs."""
    rel = place_relation(a.scope, b.scope)
    if rel not in ("narrower", "wider"):
        return None
    narrow, wide = (a, b) if rel == "narrower" else (b, a)
    pn, pw = narrow.scope.period, wide.scope.period
    places = (
        f"{', '.join(sorted(narrow.scope.places))} within {', '.join(sorted(wide.scope.places))}"
    )
    if pn is not None and pw is not None and pn.is_before(pw):
        why = f"a later figure for a wider area ({places})"
        return _relation(RelationKind.UPDATES, narrow, wide, why)
    if wide.claim.quantity.relative is not None and not (pn and pw and pw.is_before(pn)):
        why = (
            f"the wider figure ({places}) is stated as a revision: "
            f"{wide.claim.quantity.relative.text!r}"
        )
        return _relation(RelationKind.UPDATES, narrow, wide, why)
    if (
        wide.scope.cumulative
        and (pn is None or pw is None)
        and wide.interval.low >= narrow.interval.low
    ):
        why = (
            f"a count that only grows, larger over a wider area ({places}); "
            "with a period unknown, read as a later total"
        )
        return _relation(RelationKind.UPDATES, narrow, wide, why)
    return _relation(RelationKind.SCOPE_DIFFERS, *_ordered(a, b), f"different areas: {places}")


def compatible(a: Evidence, b: Evidence, context: Context) -> Relation | None:
    """Same scope, values that can both hold: one refines the other, or they agree."""
    if not a.interval.overlaps(b.interval):
        return None
    if a.interval != b.interval and a.interval.contains(b.interval):
        wide, narrow = a, b
    elif a.interval != b.interval and b.interval.contains(a.interval):
        wide, narrow = b, a
    else:
        return _relation(RelationKind.AGREES, *_ordered(a, b), _agreeing, context.tolerance)
    return _relation(RelationKind.REFINES, wide, narrow, _refining, context.tolerance)


def over_time(a: Evidence, b: Evidence, context: Context) -> Relation | None:
    """Incompatible values far apart in time, or given as a revision: an update.

    A count that only grows and falls over time stays a contradiction.
    """
    first, second = _ordered(a, b)
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
        return _relation(RelationKind.UPDATES, small, large, why)
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
        return _relation(RelationKind.UPDATES, first, second, why)
    if not apart and relative is None:
        return None
    if apart and first.scope.cumulative and second.interval.high < first.interval.low:
        return _relation(RelationKind.CONTRADICTS, first, second, _falling, context.tolerance)
    if apart:
        # a few hundred distinct gaps among millions of updates: keep one copy of each
        why = sys.intern(f"a later figure ({gap} days apart) revises the earlier one")
    else:
        assert relative is not None
        why = f"stated as a revision: {relative.text!r}"
    return _relation(RelationKind.UPDATES, first, second, why)


def one_sentence(a: Evidence, b: Evidence, context: Context) -> Relation | None:
    """Two different figures in one sentence: a part and its whole, or two groups."""
    if a.claim.document != b.claim.document or not a.claim.quote or a.claim.quote != b.claim.quote:
        return None
    why = "two figures of one sentence: a part and its whole, or two groups, not a contradiction"
    return _relation(RelationKind.SCOPE_DIFFERS, *_ordered(a, b), why)


def unknown_period(a: Evidence, b: Evidence, context: Context) -> Relation | None:
    """Different documents, one undated: no telling a contradiction from a change over time."""
    if a.claim.document == b.claim.document or (
        a.scope.period is not None and b.scope.period is not None
    ):
        return None
    if a.interval.overlaps(b.interval):
        return None
    first, second = _ordered(a, b)
    return _relation(RelationKind.SCOPE_DIFFERS, first, second, _undated, context.tolerance)


def incompatible(a: Evidence, b: Evidence, context: Context) -> Relation | None:
    """Same subject, places and period, values that cannot both hold: a contradiction."""
    if a.interval.overlaps(b.interval):
        return None
    first, second = _ordered(a, b)
    return _relation(RelationKind.CONTRADICTS, first, second, _incompatible, context.tolerance)


CHECKS: tuple[Check, ...] = (
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


def _translated(a: Evidence, b: Evidence, context: Context) -> Relation | None:
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
    ):
        return None
    why = "the same figure for the same place in documents of one origin (a translation or a copy)"
    return _relation(RelationKind.REPEATS, *_ordered(a, b), why)


def _comparable(a: Scope, b: Scope) -> bool:
    """Whether two scopes ask related questions at all."""
    return (
        a.measure is not None
        and a.measure == b.measure
        and a.unit == b.unit
        and subject_relation(a, b) is not None
        and place_relation(a, b) is not None
    )


def compare(
    a: Claim,
    b: Claim,
    *,
    context: Context | None = None,
    checks: Sequence[Check] = CHECKS,
) -> Relation | None:
    """Classify how two claims relate, or ``None`` when they ask unrelated questions.

    Examples:
        >>> from reconcile import Claim, Quantity, Span
        >>> def c(doc, q, as_of, speaker):
        ...     return Claim(document=doc, span=Span(0, 3), quantity=q, measure="fighters",
        ...                  subject="Tajik nationals", places=["Syria"], as_of=as_of,
        ...                  speaker=speaker)
        >>> r = compare(c("a", Quantity.approx(300), "2014-11", "State Committee"),
        ...             c("b", Quantity.approx(200), "2015-01", "Interior Ministry"))
        >>> r.kind.value
        'contradicts'
        >>> compare(c("a", Quantity.at_least(52), "2015-01", "Lemon"),
        ...         c("b", Quantity.approx(200), "2015-01", "Interior Ministry")).kind.value
        'refines'
    """
    ctx = context or Context()
    ea, eb = Evidence.of(a, ctx), Evidence.of(b, ctx)
    return _classify(ea, eb, ctx, checks)


def _classify(
    a: Evidence, b: Evidence, context: Context, checks: Sequence[Check]
) -> Relation | None:
    if a.claim.id == b.claim.id:
        return None
    if not _comparable(a.scope, b.scope):
        return _translated(a, b, context)
    for check in checks:
        found = check(a, b, context)
        if found is not None:
            return found
    return None


# ---------------------------------------------------------------------------
# origins: which documents are not independent of each other


_SHARED_FIGURES = 3
"""Two documents share an origin only if they state at least this many figures in common."""


def origins(documents: Iterable[Document], claims: Iterable[Claim] = ()) -> dict[str, str]:
    """Map each document id to the id of its origin.

    Documents share an origin when one is ``derived_from`` the other, or when
    they state the same figures for the same measures (a translation or a
    rewrite: at least 3 figures in common, and at least 60% of the smaller
    document's). The origin id is the smallest document id of the group.

    Examples:
        >>> docs = [Document(id="en.txt"), Document(id="ar.txt", derived_from="en.txt")]
        >>> origins(docs)
        {'ar.txt': 'ar.txt', 'en.txt': 'ar.txt'}
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(x: str, y: str) -> None:
        rx, ry = find(x), find(y)
        if rx != ry:
            parent[max(rx, ry)] = min(rx, ry)

    for doc in documents:
        find(doc.id)
        if doc.derived_from:
            union(doc.id, doc.derived_from)
    signatures: dict[str, set[tuple[object, ...]]] = defaultdict(set)
    for claim in claims:
        q = claim.quantity
        # the measure is left out: a translator may pick another verb
        signatures[claim.document].add((claim.unit, q.low, q.high))
    for doc_id in signatures:
        find(doc_id)
    # a document with fewer than three figures cannot share three
    signatures = {d: s for d, s in signatures.items() if len(s) >= _SHARED_FIGURES}
    holders: dict[tuple[object, ...], list[str]] = defaultdict(list)
    for doc_id, signature in signatures.items():
        for item in signature:
            holders[item].append(doc_id)
    # one document at a time, so that memory holds one document's neighbours,
    # never every pair of documents sharing a figure
    # a figure held by one document links nothing; one held by many says nothing about copying
    telling = {item: docs for item, docs in holders.items() if 1 < len(docs) <= 50}
    for x, signature in signatures.items():
        together = Counter(
            itertools.chain.from_iterable(telling[i] for i in signature if i in telling)
        )
        for y, count in together.items():
            if count < _SHARED_FIGURES or y <= x:
                continue
            if count >= 0.6 * min(len(signature), len(signatures[y])):
                union(x, y)
    return {doc: find(doc) for doc in sorted(parent)}


# ---------------------------------------------------------------------------
# all relations of a set of clusters

MAX_PAIRWISE = 12
"""Within a cluster, distinct statements compare every pair up to this many;
beyond it each compares with its ``NEIGHBOURS`` predecessors in time order,
so that work stays linear in the number of claims."""
NEIGHBOURS = 3
REPRESENTATIVES = 3
"""Clusters of nested scope compare their latest statements, this many each."""


def _pairs(items: Sequence[Evidence]) -> Iterable[tuple[Evidence, Evidence]]:
    """Pairs of statements in time order; compatible ones of one scope only when adjacent.

    Agreement reads along the timeline: reporting every pair of compatible
    figures would give k(k-1)/2 relations for k statements and say nothing
    more than the k-1 between neighbours. Every pair that could be a
    contradiction, an update or a change of scope is still classified.
    """
    far = MAX_PAIRWISE if len(items) <= MAX_PAIRWISE else NEIGHBOURS
    for i, b in enumerate(items):
        for n, a in enumerate(items[max(0, i - far) : i], start=max(0, i - far)):
            if n == i - 1 or not _quietly_agree(a, b):
                yield a, b


def _quietly_agree(a: Evidence, b: Evidence) -> bool:
    """Compatible figures for exactly the same scope, with no revision stated."""
    return (
        a.interval.overlaps(b.interval)
        and a.scope.places == b.scope.places
        and a.scope.subject == b.scope.subject
        and a.claim.quantity.relative is None
        and b.claim.quantity.relative is None
    )


def _statements(
    items: Sequence[Evidence],
) -> tuple[list[Evidence], list[tuple[Evidence, Evidence]]]:
    """Distinct statements in time order, and each word-for-word copy with its first instance."""
    heads: dict[tuple[object, ...], Evidence] = {}
    copies = []
    for e in sorted(items, key=_time_key):
        q = e.claim.quantity
        key = (e.claim.quote, q.low, q.high, q.qualifier) if e.claim.quote else (e.claim.id,)
        if key in heads:
            copies.append((heads[key], e))
        else:
            heads[key] = e
    return list(heads.values()), copies


def relate(
    claims: Sequence[Claim],
    clusters: Sequence[Cluster],
    *,
    context: Context | None = None,
    checks: Sequence[Check] = CHECKS,
) -> tuple[Relation, ...]:
    """Classify the pairs within each cluster and between clusters of related scope.

    Word-for-word copies relate to their first instance; distinct statements
    of a cluster relate pairwise (see :data:`MAX_PAIRWISE`); clusters whose
    scopes nest relate through their latest statements. The relations come
    in a deterministic order: by cluster, then by time within it.
    """
    by_id = {c.id: c for c in claims}
    members = [[by_id[cid] for cid in k.claims] for k in clusters]
    del by_id
    pairs = list(zip(clusters, members, strict=True))
    return relate_members(claims, pairs, context=context, checks=checks)


def relate_members(
    claims: Sequence[Claim],
    clusters: Sequence[tuple[Cluster, Sequence[Claim]]],
    *,
    context: Context | None = None,
    checks: Sequence[Check] = CHECKS,
) -> tuple[Relation, ...]:
    """:func:`relate`, given each cluster with its claims in time order.

    :func:`reconcile.cluster.cluster_members` gives them so; the pipeline
    takes this path, which builds no index from ids to claims.
    """
    with paused_gc():
        return _relate(claims, clusters, context or Context(), checks)


def _relate(
    claims: Sequence[Claim],
    clusters: Sequence[tuple[Cluster, Sequence[Claim]]],
    ctx: Context,
    checks: Sequence[Check],
) -> tuple[Relation, ...]:
    # One cluster at a time, keeping only each cluster's latest statements for
    # the comparisons across clusters: memory stays proportional to the output.
    found: list[Relation] = []

    def add(a: Evidence, b: Evidence) -> None:
        relation = _classify(a, b, ctx, checks)
        if relation is not None:
            found.append(relation)

    # which clusters nest, found first: their indexes are gone before relations pile up
    related = list(_related_clusters([members for _, members in clusters]))
    involved = {i for pair in related for i in pair}
    latest: dict[int, list[Claim]] = {}
    for n, (_, members) in enumerate(clusters):
        heads, copies = _statements([Evidence.of(c, ctx) for c in members])
        for a, b in copies:
            add(a, b)
        for a, b in _pairs(heads):
            add(a, b)
        if n in involved:
            latest[n] = [e.claim for e in heads[-REPRESENTATIVES:]]
    # pairs within a cluster and across two clusters never coincide, and each
    # pair of clusters is visited once: no relation is found twice
    for i, j in related:
        right_evidence = [Evidence.of(c, ctx) for c in latest[j]]
        for x in latest[i]:
            a = Evidence.of(x, ctx)
            for b in right_evidence:
                add(a, b)
    # a translation restates figures in other words: claims of one origin with
    # the same bounds, in questions that are otherwise unrelated
    buckets = _same_figure_elsewhere(claims, ctx)
    home = {cid: n for n, (k, _) in enumerate(clusters) for cid in k.claims} if buckets else {}
    for bucket in buckets:
        for n, x in enumerate(bucket):
            for y in bucket[n + 1 :]:
                if x.document != y.document and home[x.id] != home[y.id]:
                    a, b = Evidence.of(x, ctx), Evidence.of(y, ctx)
                    if not _comparable(a.scope, b.scope):
                        relation = _translated(a, b, ctx)
                        if relation is not None:
                            found.append(relation)
    return tuple(found)


def _same_figure_elsewhere(claims: Sequence[Claim], ctx: Context) -> list[list[Claim]]:
    """Groups of claims stating the same bounds in several documents of one origin."""
    shared = {o for d, o in ctx.origins.items() if d != o}  # origins of several documents
    buckets: dict[tuple[object, ...], list[Claim]] = defaultdict(list)
    for c in claims:
        origin = ctx.origin(c.document)
        if origin in shared:
            buckets[(origin, c.unit, c.quantity.low, c.quantity.high)].append(c)
    # a figure stated more than MAX_PAIRWISE times by one origin is too common
    # to tell a translation from a coincidence, and would cost a square
    return [
        b for b in buckets.values() if len({c.document for c in b}) > 1 and len(b) <= MAX_PAIRWISE
    ]


def _related_clusters(members_of: Sequence[Sequence[Claim]]) -> Iterable[tuple[int, int]]:
    """Indexes of the pairs of clusters whose scopes nest, found through indexes, never all pairs.

    A cluster's scope is that of its first claim.

    Nested places ({Syria} within {Syria, Iraq}) share a subject and a place
    of the wider scope's reach; nested subjects share the places exactly.
    """
    by_place: dict[tuple[object, ...], list[int]] = defaultdict(list)
    by_places: dict[tuple[object, ...], list[int]] = defaultdict(list)
    scopes: dict[int, Scope] = {}  # only of clusters that share an index key with another
    for i, members in enumerate(members_of):
        s = scope_of(members[0])
        if s.measure is None or s.subject is None:
            continue
        for place in s.reach:
            by_place[(s.measure, s.unit, s.subject, place)].append(i)
        by_places[(s.measure, s.unit, tuple(sorted(s.places)))].append(i)
    seen: set[tuple[int, int]] = set()
    for index in (by_place, by_places):
        for bucket in index.values():
            for n, i in enumerate(bucket):
                for j in bucket[n + 1 :]:
                    if (i, j) in seen:
                        continue
                    a = scopes.get(i) or scopes.setdefault(i, scope_of(members_of[i][0]))
                    b = scopes.get(j) or scopes.setdefault(j, scope_of(members_of[j][0]))
                    if {place_relation(a, b), subject_relation(a, b)} & {"narrower", "wider"}:
                        seen.add((i, j))
                        yield i, j
