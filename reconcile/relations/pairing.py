"""All relations of a set of clusters: which pairs are compared, and in what order.

Word-for-word copies relate to their first instance; distinct statements of a
cluster relate pairwise (up to :data:`MAX_PAIRWISE`, then with their
neighbours in time and the last earlier statement of their own source);
clusters whose scopes nest relate through their latest statements; claims
of one origin stating the same figure relate across questions (a
translation), and so do claims of one document stating the same figure.
Work stays linear in the number of claims.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import groupby
from operator import attrgetter
from typing import NamedTuple

from .._memory import paused_gc
from ..lang import canon
from ..model import Claim, Cluster, Relation, RelationKind
from ..names import same_source, source_key
from ..scope import Nesting, Scope, group_ancestors, scope_of
from .breakdown import breakdowns
from .checks import CHECKS
from .evidence import Check, Context, Evidence, comparable

__all__ = [
    "MAX_PAIRWISE",
    "NEIGHBOURS",
    "REPRESENTATIVES",
    "SAME_SOURCE_LOOKBACK",
    "compare",
    "relate",
    "relate_members",
]

_NESTED = {Nesting.NARROWER, Nesting.WIDER}
_QUIET = frozenset({RelationKind.AGREES, RelationKind.REFINES})
"""Kinds reported once per pair of questions: more pairs of agreeing figures say nothing new."""


def _quiet(kind: RelationKind) -> bool:
    """``kind in _QUIET`` by identity: an enum member hashes in Python, once per relation."""
    return kind is RelationKind.AGREES or kind is RelationKind.REFINES


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

    Raises:
        TypeError: If ``a`` or ``b`` is not a claim.
    """
    for name, value in (("a", a), ("b", b)):
        if not isinstance(value, Claim):
            raise TypeError(f"{name} must be a Claim, not {type(value).__name__}")
    ctx = context or Context()
    ea, eb = Evidence.of(a, ctx), Evidence.of(b, ctx)
    return _classify(ea, eb, ctx, checks)


def _classify(
    a: Evidence, b: Evidence, context: Context, checks: Sequence[Check]
) -> Relation | None:
    return _decide(a, b, context, _rules(checks))


class _Split(NamedTuple):
    """The rules of one kind of pair, sorted out by whether the two intervals overlap."""

    overlapping: Sequence[Check]
    """The rules not marked ``if_apart``: the others would each answer ``None``."""
    apart: Sequence[Check]
    """The rules not marked ``if_overlapping``."""


def _split(checks: Sequence[Check]) -> _Split:
    return _Split(
        overlapping=[c for c in checks if not getattr(c, "if_apart", False)],
        apart=[c for c in checks if not getattr(c, "if_overlapping", False)],
    )


class _Rules(NamedTuple):
    """The rules tried for each kind of pair, sorted out once for a million pairs."""

    related: _Split
    """For two questions whose scopes are related: every rule."""
    one_question: _Split
    """For two claims of one question (most pairs): the rules not marked ``between_questions``,
    which would each be called only to answer ``None``."""
    wide: _Split
    """For two unrelated questions: the rules marked ``any_scope``."""
    asked: list[Check]
    """The rules of ``one_question`` marked ``if_question``: they may drop out for a question."""


def _rules(checks: Sequence[Check]) -> _Rules:
    """The rules of ``checks`` for each kind of pair, each in their order."""
    within = [c for c in checks if not getattr(c, "between_questions", False)]
    return _Rules(
        related=_split(checks),
        one_question=_split(within),
        wide=_split([c for c in checks if getattr(c, "any_scope", False)]),
        asked=[c for c in within if getattr(c, "if_question", None) is not None],
    )


def _of_question(rules: _Rules, e: Evidence, found: dict[tuple[bool, ...], _Split]) -> _Split:
    """The rules for the pairs of ``e``'s question (one question): those its tests let in.

    ``found`` holds the rules for each outcome of the tests, sorted out once:
    a hundred thousand questions give a few outcomes.
    """
    passed = tuple(c.if_question(e) for c in rules.asked)  # type: ignore[attr-defined]
    split = found.get(passed)
    if split is None:
        dropped = {c for c, ok in zip(rules.asked, passed, strict=True) if not ok}
        one = rules.one_question
        split = found[passed] = _Split(
            overlapping=[c for c in one.overlapping if c not in dropped],
            apart=[c for c in one.apart if c not in dropped],
        )
    return split


def _decide(
    a: Evidence,
    b: Evidence,
    context: Context,
    rules: _Rules,
    checks: _Split | None = None,
) -> Relation | None:
    """:func:`_classify`, given ``_rules(checks)`` (found once for a million pairs).

    ``checks``, when given, are the rules for the pair, known already (see
    :meth:`~reconcile.relations.evidence.Evidence.of_members`); else they are
    found from the two scopes.
    """
    if a.claim.id == b.claim.id:
        return None
    if checks is None:
        # most rules ask about one question; those marked any_scope see every pair.
        # Most pairs are one question at two dates: comparable's first test, inline
        sa, sb = a.scope, b.scope
        if (
            sa.measure is not None
            and sa.measure == sb.measure
            and sa.unit == sb.unit
            and sa.subject == sb.subject
            and sa.places == sb.places
        ):
            checks = rules.one_question
        elif comparable(sa, sb):
            checks = rules.related
        else:
            checks = rules.wide
    # Interval.overlaps, inline: tested once here rather than by several rules in turn
    ia, ib = a.interval, b.interval
    for check in checks.overlapping if ia.low <= ib.high and ib.low <= ia.high else checks.apart:
        found = check(a, b, context)
        if found is not None:
            return found
    return None


_DOCUMENT = attrgetter("document")
_TIME_KEY = attrgetter("time_key")
"""What :func:`~reconcile.relations.evidence.time_key` reads, read in C."""


MAX_PAIRWISE = 32
"""Within a cluster, distinct statements compare every pair up to this many;
beyond it each compares with as many predecessors in time order as keep the
cluster within the pairs of one this size (at least ``NEIGHBOURS``), with
the last statement of the same bounds, and with the last earlier statement
of the same source, so that work stays linear in the number of claims."""
SAME_SOURCE_LOOKBACK = 4
"""Past :data:`MAX_PAIRWISE`, how many of the latest statements under one speaker
key (:func:`~reconcile.names.source_key`) are checked for the same source
under another name; the same name as written is always found."""
NEIGHBOURS = 6
_BUDGET = MAX_PAIRWISE * (MAX_PAIRWISE - 1) // 2
REPRESENTATIVES = 12
"""Clusters of nested scope compare their latest statements, this many each."""


def _pairs(items: Sequence[Evidence]) -> Iterable[tuple[Evidence, Evidence, bool]]:
    """Pairs of statements in time order; compatible ones of one scope only when they may repeat.

    Agreement reads along the timeline: reporting every pair of compatible
    figures would give k(k-1)/2 relations for k statements and say nothing
    more than the k-1 between neighbours. Every pair that could be a
    contradiction, an update, a change of scope or one statement repeated
    is still classified. The flag says whether an agreement found for the
    pair is to be reported (neighbours, or figures that do not quietly agree).
    """
    # a question past MAX_PAIRWISE compares as many predecessors as keep it
    # within the pairs of one that size, never fewer than NEIGHBOURS: no
    # cliff from every pair to a few neighbours at one more statement
    n = len(items)
    far = n if n <= MAX_PAIRWISE else max(NEIGHBOURS, _BUDGET // n)
    # two statements quietly agree when their figures are compatible, for
    # exactly the same scope, with no revision stated: what that needs is
    # read once per statement, not once per pair
    lows = [e.interval.low for e in items]
    highs = [e.interval.high for e in items]
    same = [_quiet_scope(e) for e in items]
    last_alike: dict[tuple[object, object], int] = {}
    # past the window, a source revising itself is what a reader most wants to
    # see: each statement also meets the last earlier one of its own source
    large = n > MAX_PAIRWISE
    by_name: dict[str, int] = {}
    by_key: dict[str, list[int]] = {}
    for i, b in enumerate(items):
        lo = max(0, i - far)
        low, high, scope = lows[i], highs[i], same[i]
        for n in range(lo, i):
            a = items[n]
            if (
                n == i - 1
                or scope is None
                or same[n] != scope
                or not (lows[n] <= high and low <= highs[n])
            ):
                yield a, b, True
            elif _may_repeat(a, b):
                yield a, b, False
        # the same bounds stated further back: one statement repeated, however
        # many others came in between
        bounds = (b.claim.quantity.low, b.claim.quantity.high)
        before = last_alike.get(bounds)
        if before is not None and before < lo:
            yield items[before], b, True
        last_alike[bounds] = i
        if large and b.claim.speaker is not None:
            own = _last_of_source(items, by_name, by_key, i, b.claim.speaker)
            if own is not None and own < lo and own != before:
                yield items[own], b, True


def _last_of_source(
    items: Sequence[Evidence],
    by_name: dict[str, int],
    by_key: dict[str, list[int]],
    i: int,
    speaker: str,
) -> int | None:
    """The last statement before ``i`` of ``speaker``'s source, if any; ``i`` is noted.

    The same name as written first: :func:`~reconcile.names.same_source`
    is not transitive ("Interior Ministry" meets "Tajik Interior Ministry"
    and "Russian Interior Ministry", two sources), so the last name that
    meets may be another source. Else another name of the source among the
    latest :data:`SAME_SOURCE_LOOKBACK` statements under the speaker's key
    (:func:`~reconcile.names.source_key`), so that work stays linear.
    """
    found = by_name.get(speaker)
    recent = by_key.setdefault(source_key(speaker), [])
    if found is None:
        for k in reversed(recent):
            other = items[k].claim.speaker
            if other is not None and same_source(other, speaker):
                found = k
                break
    by_name[speaker] = i
    recent.append(i)
    if len(recent) > SAME_SOURCE_LOOKBACK:
        del recent[0]
    return found


def _quiet_scope(e: Evidence) -> tuple[frozenset[str], str | None] | None:
    """What statements that quietly agree share: places and subject; ``None`` for a revision."""
    if e.claim.quantity.relative is not None:
        return None
    return (e.scope.places, e.scope.subject)


def _may_repeat(a: Evidence, b: Evidence) -> bool:
    """Cheap signs that two agreeing figures may be one statement (see ``checks.repeats``)."""
    ca, cb = a.claim, b.claim
    if ca.document == cb.document or a.origin == b.origin:
        return True
    if ca.speaker is None or cb.speaker is None:
        # one figure relayed with no source named
        return (ca.quantity.low, ca.quantity.high) == (cb.quantity.low, cb.quantity.high)
    return same_source(ca.speaker, cb.speaker)


def _statements(
    items: Sequence[Evidence],
) -> tuple[list[Evidence], list[tuple[Evidence, Evidence]]]:
    """Distinct statements in time order, and each word-for-word copy with its first instance."""
    heads: dict[tuple[object, ...], Evidence] = {}
    copies = []
    for e in sorted(items, key=_TIME_KEY):
        q = e.claim.quantity
        key = (e.claim.quote, q.low, q.high, q.qualifier) if e.claim.quote else (e.claim.id,)
        # one lookup: hashing the key (and its qualifier, an enum) is much of the work here
        head = heads.setdefault(key, e)
        if head is not e:
            copies.append((head, e))
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
    claims_are_members: bool = False,
) -> tuple[Relation, ...]:
    """:func:`relate`, given each cluster with its claims in time order.

    :func:`reconcile.clustering.cluster_members` gives them so; the pipeline
    takes this path, which builds no index from ids to claims. The relations
    come in the order of :func:`reconcile.pipeline.in_report_order` for these
    clusters, so that the pipeline need not sort millions of them again.
    With ``claims_are_members``, ``claims`` are exactly the clusters' claims,
    sorted by document (as the pipeline holds them): the figures a document
    states twice are read from them, not from the clusters sorted again.
    """
    with paused_gc():
        return _relate(
            claims, clusters, context or Context(), checks, claims_are_members=claims_are_members
        )


def _relate(
    claims: Sequence[Claim],
    clusters: Sequence[tuple[Cluster, Sequence[Claim]]],
    ctx: Context,
    checks: Sequence[Check],
    *,
    claims_are_members: bool = False,
) -> tuple[Relation, ...]:
    # One cluster at a time, keeping only each cluster's latest statements for
    # the comparisons across clusters: memory stays proportional to the output.
    found: list[Relation] = []  # within clusters, cluster by cluster
    ends: list[int] = []  # found[ends[n - 1] : ends[n]] are those of cluster n
    across: list[tuple[tuple[int, int], Relation]] = []  # between two clusters

    rules = _rules(checks)
    asked: dict[tuple[bool, ...], _Split] = {}  # the rules of one question, by its tests' outcomes
    # which clusters nest, found first: their indexes are gone before relations pile up
    related = list(_related_clusters([members for _, members in clusters]))
    involved = {i for pair in related for i in pair}
    latest: dict[int, list[Claim]] = {}
    for n, (_, members) in enumerate(clusters):
        # a question whose claims all state its fields as written (most) gives
        # every pair the rules of one question: found once, not once per pair
        evidence, one = Evidence.of_members(members, ctx)
        heads, copies = _statements(evidence)
        del evidence
        within = _of_question(rules, heads[0], asked) if one else None
        for a, b in copies:
            relation = _decide(a, b, ctx, rules, within)
            if relation is not None:
                found.append(relation)
        for a, b, agreement in _pairs(heads):
            relation = _decide(a, b, ctx, rules, within)
            if relation is not None and (agreement or not _quiet(relation.kind)):
                found.append(relation)
        if n in involved:
            # claims, not their evidence: held for every related question until the end
            latest[n] = [e.claim for e in heads[-MAX_PAIRWISE:]]
        ends.append(len(found))
    # pairs within a cluster and across two clusters never coincide, and each
    # pair of clusters is visited once: no relation is found twice
    for i, j in related:
        left, right = _representatives(latest[i], latest[j])
        right_evidence = [Evidence.of(c, ctx) for c in right]
        quiet: Relation | None = None  # one agreeing pair stands for the others
        for x in left:
            a = Evidence.of(x, ctx)
            for b in right_evidence:
                relation = _decide(a, b, ctx, rules)
                if relation is None:
                    continue
                if _quiet(relation.kind):
                    quiet = relation  # the latest pair's, in time order
                else:
                    across.append(((i, j), relation))
        if quiet is not None:
            across.append(((i, j), quiet))
    # a translation restates figures in other words: claims of one origin with
    # the same bounds, in questions that are otherwise unrelated
    buckets = _same_figure_elsewhere(claims, ctx)
    home = {cid: n for n, (k, _) in enumerate(clusters) for cid in k.claims} if buckets else {}
    for bucket in buckets:
        for n, x in enumerate(bucket):
            for y in bucket[n + 1 :]:
                if x.document != y.document and home[x.id] != home[y.id]:
                    a, b = Evidence.of(x, ctx), Evidence.of(y, ctx)
                    if not comparable(a.scope, b.scope):
                        relation = _decide(a, b, ctx, rules)
                        if relation is not None:
                            across.append(((home[x.id], home[y.id]), relation))
    # a headline and its body, or a paraphrase, state one figure twice in one
    # document; when extraction read their scopes differently, their questions
    # may never have met: such pairs are compared here, once
    restated = (
        _same_figure_in_a_document(claims, by_document=True)
        if claims_are_members
        else _same_figure_in_a_document(c for _, members in clusters for c in members)
    )
    if restated:
        ids = {c.id for bucket in restated for c in bucket}
        where = _homes(clusters, ids)
        done = {frozenset(r.claims) for _, r in across if r.claims[0] in ids and r.claims[1] in ids}
        for bucket in restated:
            for n, x in enumerate(bucket):
                for y in bucket[n + 1 :]:
                    if where[x.id] == where[y.id] or frozenset((x.id, y.id)) in done:
                        continue
                    relation = _decide(Evidence.of(x, ctx), Evidence.of(y, ctx), ctx, rules)
                    if relation is not None:
                        across.append(((where[x.id], where[y.id]), relation))
    # a breakdown's parts may each fit their whole and still add up to more
    # (they replace any other relation of their pairs, and come last, as replace_pairs does)
    stronger = breakdowns(claims, ctx)
    replaced = {frozenset(r.claims) for r in stronger}
    if replaced:
        across = [(h, r) for h, r in across if frozenset(r.claims) not in replaced]
        home = _homes(clusters, {cid for pair in replaced for cid in pair})
        across.extend(((home[r.claims[0]], home[r.claims[1]]), r) for r in stronger)
    return _in_report_order(found, ends, across, replaced)


ACROSS_BUDGET = MAX_PAIRWISE * (MAX_PAIRWISE - 1) // 2
"""Two related questions compare every pair of their statements while there are
at most this many pairs (the most one question compares within itself);
beyond it, their latest :data:`REPRESENTATIVES` statements each."""


def _representatives(
    left: Sequence[Claim], right: Sequence[Claim]
) -> tuple[Sequence[Claim], Sequence[Claim]]:
    """The statements of two related questions that are compared, each in time order.

    A small question beside a large one is compared with all of it: the
    latest statements alone would miss an earlier figure for the same
    people ("between 970 and 1,260" in September beside "9,000 to 11,000"
    in December) whenever undated or later claims fill the latest places.
    """
    if len(left) * len(right) <= ACROSS_BUDGET:
        return left, right
    return left[-REPRESENTATIVES:], right[-REPRESENTATIVES:]


def _homes(clusters: Sequence[tuple[Cluster, Sequence[Claim]]], ids: set[str]) -> dict[str, int]:
    """The position of the cluster of each of ``ids``."""
    return {cid: n for n, (k, _) in enumerate(clusters) for cid in k.claims if cid in ids}


def _in_report_order(
    found: list[Relation],
    ends: list[int],
    across: list[tuple[tuple[int, int], Relation]],
    replaced: set[frozenset[str]],
) -> tuple[Relation, ...]:
    """The relations in the order of :func:`reconcile.pipeline.in_report_order`.

    That order is a stable sort by (two clusters or one, first cluster, second
    cluster). ``found`` holds each cluster's own relations, cluster by
    cluster, so it is sorted already; only ``across`` (relations between two
    clusters, and the breakdowns, which come last) is sorted, and merged in.
    A relation of ``found`` whose pair is in ``replaced`` is left out: a
    breakdown in ``across`` relates that pair instead.
    """
    keyed = sorted(
        (((p != q, min(p, q), max(p, q)), seq, r) for seq, ((p, q), r) in enumerate(across)),
        key=lambda item: item[:2],
    )
    if not keyed and not replaced:
        return tuple(found)
    # one pass into the tuple: no list of millions in between
    return tuple(_merged(found, ends, keyed, replaced))


def _merged(
    found: list[Relation],
    ends: list[int],
    keyed: list[tuple[tuple[bool, int, int], int, Relation]],
    replaced: set[frozenset[str]],
) -> Iterator[Relation]:
    """The relations of :func:`_in_report_order`, given ``across`` sorted."""
    start = 0
    pending = 0  # the first of ``keyed`` not yet out
    for n, end in enumerate(ends):
        if replaced:
            yield from (r for r in found[start:end] if frozenset(r.claims) not in replaced)
        else:
            yield from found[start:end]
        start = end
        # breakdowns within this one cluster follow its own relations
        while pending < len(keyed) and keyed[pending][0] == (False, n, n):
            yield keyed[pending][2]
            pending += 1
    yield from (r for _, _, r in keyed[pending:])


def _same_figure_in_a_document(
    claims: Iterable[Claim], *, by_document: bool = False
) -> list[list[Claim]]:
    """Groups of claims that state the same bounds in one document.

    Read from the questions' own claims, not the whole input: a partition of
    the questions (the distributed engine relates one family at a time) finds
    the same pairs, as the default rules never relate two claims of one
    document whose families differ.

    Read document by document (sorted by document, unless ``by_document``
    says they come so already): the figures of one document are held at a
    time, never those of all claims. Each group is in the order of the claims
    in their document.
    """
    document = attrgetter("document")
    out: list[list[Claim]] = []
    # claims known to come by document (``by_document``) are read as they come
    for _, run in groupby(claims if by_document else sorted(claims, key=document), key=document):
        buckets: dict[tuple[object, ...], list[Claim]] = defaultdict(list)
        for c in run:
            q = c.quantity
            buckets[(c.unit, q.low, q.high)].append(c)
        out.extend(
            sorted(b, key=_in_document) for b in buckets.values() if 1 < len(b) <= MAX_PAIRWISE
        )
    return out


def _in_document(claim: Claim) -> tuple[int, str]:
    return (claim.span.start, claim.id)


def _same_figure_elsewhere(claims: Sequence[Claim], ctx: Context) -> list[list[Claim]]:
    """Groups of claims stating the same bounds in several documents of one origin."""
    shared = {o for d, o in ctx.origins.items() if d != o}  # origins of several documents
    if not shared:
        return []  # every document its own origin: no pass over a million claims for nothing
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


RELATED_PER_CLUSTER = 16
"""At most this many other questions of its block are paired with a question
whose subject or places are unknown, so that work stays linear."""


CROWDED = 64
"""A bucket of the candidate index with more questions than this is crowded:
each of its questions then meets only the :data:`RELATED_PER_CLUSTER` largest."""


def _related_clusters(members_of: Sequence[Sequence[Claim]]) -> Iterable[tuple[int, int]]:
    """Indexes of the pairs of clusters whose scopes are related, found through indexes.

    A cluster's scope is that of its first claim. Two clusters are related
    when their measures are of one family and their subjects and places nest,
    overlap or are unknown on one side (see :mod:`reconcile.scope`).
    Candidates come from indexes, never from all pairs: clusters that share a
    family, a place of their reach and a group (or its wider group); a
    cluster that names no group meets the largest of its place and of its
    documents, and one with
    no place (or only "abroad") the largest of its group or family, and of
    the questions of its family that name a place but no subject at all, at
    most :data:`RELATED_PER_CLUSTER` each. A crowded bucket (more than
    :data:`CROWDED`) pairs each member with its largest only, so that work
    stays linear.
    """
    by_place_group: dict[tuple[object, ...], list[int]] = defaultdict(list)
    by_place: dict[tuple[object, ...], list[int]] = defaultdict(list)
    by_group: dict[tuple[object, ...], list[int]] = defaultdict(list)
    by_family: dict[tuple[object, ...], list[int]] = defaultdict(list)
    # family -> document -> its questions: nested, not a tuple key per
    # document, and a document of one question holds its index, not a list
    # (most hold one, and a million claims make hundreds of thousands)
    by_document: dict[tuple[object, ...], dict[str, int | list[int]]] = defaultdict(dict)
    scopes: dict[int, Scope] = {}
    groupless: list[int] = []  # clusters whose subject names no group
    # clusters that name no subject at all, by family: one with a group and no
    # place meets them too (each side knows what the other does not)
    nameless: dict[tuple[object, ...], list[int]] = defaultdict(list)
    vague: list[int] = []  # clusters with unknown places
    known = canon()
    for i, members in enumerate(members_of):
        s = scope_of(members[0])
        if s.measure is None:
            continue
        family = (s.unit, s.family)
        scopes[i] = s
        by_family[family].append(i)
        in_family = by_document[family]
        for document in set(map(_DOCUMENT, members)):
            held = in_family.get(document)
            if held is None:
                in_family[document] = i
            elif isinstance(held, int):
                in_family[document] = [held, i]
            else:
                held.append(i)
        # sorted: set order follows the hash seed, and the report must not
        groups = sorted(_with_wider(s.parsed.groups if s.parsed is not None else frozenset()))
        for place in sorted(s.reach):
            by_place[(*family, place)].append(i)
            for group in groups:
                by_place_group[(*family, place, group)].append(i)
        for group in groups or ["*"]:
            by_group[(*family, group)].append(i)
        if not groups:
            groupless.append(i)
            if s.subject is None and s.places:
                nameless[family].append(i)
        if not s.places or all(p in known.wide_places for p in s.places):
            vague.append(i)  # "abroad" or no place: meets the questions of its group
    seen: set[tuple[int, int]] = set()
    size = {i: len(members_of[i]) for i in scopes}

    def consider(i: int, j: int) -> tuple[int, int] | None:
        """The pair in order, when it is new and its scopes are related; else ``None``.

        A function, not a generator: it runs for millions of candidate pairs,
        and a generator object for each cost more than the test itself.
        """
        pair = (i, j) if i < j else (j, i)
        if i == j or pair in seen:
            return None
        a, b = scopes[pair[0]], scopes[pair[1]]
        if comparable(a, b):
            seen.add(pair)
            return pair
        return None

    tops: dict[tuple[object, ...], list[int]] = {}

    def largest(
        candidates: Iterable[int],
        i: int,
        key: tuple[object, ...] | None = None,
        near: Mapping[int, int] | None = None,
    ) -> list[int]:
        """The largest candidates but ``i``; ranked once per ``key``, not once per question.

        With ``near`` (candidate -> how far its scope is, 0 the nearest), the
        nearest come first and size orders those equally near.
        """
        top = tops.get(key) if key is not None else None
        if top is None:
            far = near or {}
            # one more than asked for: the question itself may be among them
            top = sorted(set(candidates), key=lambda j: (far.get(j, 0), -size[j], j))[
                : RELATED_PER_CLUSTER + 1
            ]
            if key is not None:
                tops[key] = top
        return [j for j in top if j != i][:RELATED_PER_CLUSTER]

    for bucket in by_place_group.values():
        if len(bucket) <= CROWDED:
            for n, i in enumerate(bucket):
                for j in bucket[n + 1 :]:
                    if (pair := consider(i, j)) is not None:
                        yield pair
            continue
        top = largest(bucket, -1)
        for i in bucket:
            for j in top:
                if (pair := consider(i, j)) is not None:
                    yield pair
    # no group named: the largest questions of each of its own documents ("900
    # people from the United Kingdom went ... around 360 remain"), which a
    # crowded place may leave out, and of each of its places. The documents are
    # read from the index, not from the claims again (a second pass over a
    # million claims); which pairs are found does not depend on the order
    without_group = set(groupless)
    for of_family, in_family in by_document.items():
        for document, held in in_family.items():
            if isinstance(held, int):
                continue  # the question alone in its document: nothing to meet there
            asked = ("document", *of_family, document)
            for i in held:
                if i not in without_group:
                    continue
                for j in largest(held, i, asked):
                    if (
                        not _met_from(j, i, without_group, tops[asked])
                        and (pair := consider(i, j)) is not None
                    ):
                        yield pair
            # asked for by this document's questions only: not kept (a million
            # claims hold hundreds of thousands of documents)
            tops.pop(asked, None)
    for i in groupless:
        s = scopes[i]
        for place in sorted(s.reach):
            at: tuple[object, ...] = (s.unit, s.family, place)
            there = ("place", *at)
            for j in largest(by_place[at], i, there):
                if (
                    not _met_from(j, i, without_group, tops[there])
                    and (pair := consider(i, j)) is not None
                ):
                    yield pair
    # places unknown: the largest questions of its group, else of its family
    for i in vague:
        s = scopes[i]
        family = (s.unit, s.family)
        groups = sorted(_with_wider(s.parsed.groups if s.parsed is not None else frozenset()))
        key: tuple[object, ...] = ("vague", *family, *groups)
        candidates: list[int] = []
        near: dict[int, int] = {}
        if key not in tops:  # the same group and family give the same candidates
            candidates = [j for g in groups for j in by_group[(*family, g)]] or by_family[family]
            if groups:
                candidates = candidates + nameless[family]
                # the questions of its own group before those of wider groups, which
                # hold every nationality and would crowd them out of the largest
                own = s.parsed.groups if s.parsed is not None else frozenset()
                depth = dict.fromkeys(own, 0)
                for g in own:
                    for n, wider in enumerate(group_ancestors(g), start=2):
                        depth[wider] = min(depth.get(wider, n), n)
                for j in nameless[family]:
                    near[j] = 1
                for g in groups:
                    for j in by_group[(*family, g)]:
                        near[j] = min(near.get(j, depth.get(g, 2)), depth.get(g, 2))
        for j in largest(candidates, i, key, near):
            if (pair := consider(i, j)) is not None:
                yield pair


def _met_from(j: int, i: int, without_group: set[int], top: list[int]) -> bool:
    """Whether ``j``, a candidate of ``i``, meets ``i`` from its own side of the same loop.

    Two questions without a group, both among the largest of one index
    (``top``: of a place or of a document), each meet the other there; the
    smaller index meets the larger, so that their scopes are compared once.
    """
    return j < i and j in without_group and i in top


def _with_wider(groups: frozenset[str]) -> frozenset[str]:
    """The groups and every wider group they belong to."""
    out = set(groups)
    for group in groups:
        out.update(group_ancestors(group))
    return frozenset(out)
