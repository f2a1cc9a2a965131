"""Group claims that answer the same question ("how many Tajiks fight in Syria?").

Two claims answer the same question when they count the same kind of
measure (killed and died are one, ``lang/canon/measures.toml``) in the same
unit, for the same places, of the same subject: the same canonical group and
a subject written alike (rapidfuzz similarity at least ``threshold`` on
folded text). Containment (Syria within "Syria and Iraq", Tajiks within
Central Asians) is a difference of scope, left to the relation stage, never a
merge: a wrong merge would hide a contradiction. Missing is not different: a
claim that names no subject joins the one question of its measure and places
when there is exactly one, or among several the one that states its figure,
and the other claims without a subject otherwise.
A claim with no measure is a question of its own.

Clusters are the connected components of the "same question" graph. Claims
are first blocked by measure, unit and places, so only the distinct subjects
of one block are compared with each other: work grows with the number of
claims, not its square. Within a block, subjects with other numbers are never
compared, nor those whose lengths differ too much, and rapidfuzz scores the
rest, one call per subject (4,000 distinct subjects of one place: 28 s ->
0.3 s).
"""

from __future__ import annotations

import bisect
import hashlib
import operator
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence

from rapidfuzz import fuzz, process

from ._memory import paused_gc
from .errors import InvalidClaimError
from .lang import canon
from .model import Claim, Cluster, require_claims
from .scope import Scope, group_of, numbers_of, subject_similarity
from .text import fold

__all__ = ["cluster", "cluster_members", "same_question"]

DEFAULT_THRESHOLD = 0.9
"""How alike two subjects must be written (0-1) to be one question's subject."""


def same_question(a: Scope, b: Scope, *, threshold: float = DEFAULT_THRESHOLD) -> bool:
    """Whether two claims' scopes ask the same question (symmetric).

    Examples:
        >>> from reconcile import Claim, Quantity, Span
        >>> from reconcile.scope import scope_of
        >>> def c(subject, places):
        ...     return scope_of(Claim(document="a", span=Span(0, 1), quantity=Quantity.exact(1),
        ...                           measure="fighters", subject=subject, places=places))
        >>> same_question(c("Tajik nationals", ["Syria"]), c("Tajik nationals", ["Syria"]))
        True
        >>> same_question(c("Tajik nationals", ["Syria"]), c("Tajik nationals", ["Syria", "Iraq"]))
        False
    """
    if a.measure is None or a.subject is None or b.subject is None:
        return False
    if (_kind_key(a), a.unit, a.places, a.group) != (_kind_key(b), b.unit, b.places, b.group):
        return False
    return a.subject == b.subject or subject_similarity(a.subject, b.subject) >= threshold


def _kind_key(scope: Scope) -> str | None:
    """What a question counts: the kind of its measure (killed and died are one)."""
    return scope.kind.name if scope.kind is not None else scope.measure


def _cluster_id(anchor: Claim) -> str:
    key = "\x00".join(
        [anchor.measure or "", anchor.unit, anchor.subject or "", *sorted(anchor.places), anchor.id]
    )
    return "k-" + hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=5).hexdigest()


_ID = operator.attrgetter("id")
_SUBJECT = operator.attrgetter("subject")


def _time_order(claim: Claim) -> tuple[str, str, int, str]:
    return (claim.as_of or "9999", claim.document, claim.span.start, claim.id)


_AS_OF = operator.attrgetter("as_of")
_DATED_ORDER = operator.attrgetter("as_of", "document", "span.start", "id")
""":func:`_time_order` of a dated claim, read in C (a million keys)."""


def _make_cluster(members: list[Claim]) -> Cluster:
    if all(map(_AS_OF, members)):
        members.sort(key=_DATED_ORDER)  # every claim dated (most questions): the same order
    else:
        members.sort(key=_time_order)
    written = set(map(_SUBJECT, members))
    written.discard(None)
    if len(written) <= 1:
        # one subject as written (most questions): nothing to count
        subject = next(iter(written), None)
    else:
        # the subjects counted in C: a hundred thousand clusters hold a million claims
        subjects = Counter(map(_SUBJECT, members))
        subjects.pop(None, None)
        subject = min(subjects, key=lambda s: (-subjects[s], s))
    # the id comes from the earliest claim in a fixed order: the same claims give the same id
    anchor = min(members, key=_ID)
    # built unchecked: the ids are those of claims checked unique by cluster_members
    # (and non-empty by Claim), and the other fields a checked claim's own
    return Cluster._trusted(
        id=_cluster_id(anchor),
        claims=tuple(map(_ID, members)),
        measure=members[0].measure,
        subject=subject,
        places=tuple(sorted(members[0].places)),
    )


def _figures_of(candidates: list[list[Claim]]) -> dict[float, set[int]]:
    """Each bound stated by the claims of some questions -> the indexes of those questions."""
    out: dict[float, set[int]] = defaultdict(set)
    for n, members in enumerate(candidates):
        for claim in members:
            for bound in (claim.quantity.low, claim.quantity.high):
                if bound is not None:
                    out[bound].add(n)
    return out


def _stating(figures: dict[float, set[int]], claim: Claim) -> int | None:
    """The one question that states most of the claim's bounds, if one does."""
    q = claim.quantity
    bounds = {b for b in (q.low, q.high) if b is not None}
    votes = Counter(n for b in bounds for n in figures.get(b, ()))
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def cluster(
    claims: Iterable[Claim], *, threshold: float = DEFAULT_THRESHOLD
) -> tuple[Cluster, ...]:
    """Partition claims into questions.

    Args:
        claims: Claims with distinct ids, in any order.
        threshold: How alike (0-1) two subjects must be written to merge.

    Returns:
        Clusters, each listing its claims in time order; every claim is in
        exactly one. The same claims in any order give the same clusters and
        ids, in the same order.

    Raises:
        ValueError: If two claims share an id.
        TypeError: If ``claims`` holds anything but claims.

    Notes:
        Near-linear: claims are blocked by measure, unit and places, and only
        the distinct subjects within a block are compared.

    Examples:
        >>> from reconcile import Claim, Quantity, Span
        >>> a = Claim(document="a", span=Span(0, 3), quantity=Quantity.approx(300),
        ...           measure="fighters", subject="Tajik nationals", places=["Syria"])
        >>> b = Claim(document="b", span=Span(0, 3), quantity=Quantity.approx(200),
        ...           measure="fighters", subject="Tajik nationals", places=["Syria"])
        >>> [len(k.claims) for k in cluster([a, b])]
        [2]
        >>> cluster([])
        ()
    """
    return tuple(k for k, _ in cluster_members(claims, threshold=threshold))


def cluster_members(
    claims: Iterable[Claim], *, threshold: float = DEFAULT_THRESHOLD
) -> tuple[tuple[Cluster, list[Claim]], ...]:
    """:func:`cluster`, each cluster with its claims in time order (for the later stages).

    Examples:
        >>> cluster_members([])
        ()
    """
    items = list(claims)
    require_claims(items)
    if len({c.id for c in items}) != len(items):
        raise InvalidClaimError("claims", len(items), "claim ids must be unique")
    return _members_of_unique(items, threshold)


def _members_of_unique(
    items: list[Claim], threshold: float
) -> tuple[tuple[Cluster, list[Claim]], ...]:
    """:func:`cluster_members` of claims whose ids are known distinct, not checked again.

    For the pipeline, whose claims are deduplicated by id before they are
    clustered: checking a million ids again would take a set of them.
    """
    with paused_gc():
        return _cluster(items, threshold)


def _cluster(items: list[Claim], threshold: float) -> tuple[tuple[Cluster, list[Claim]], ...]:
    blocks: dict[tuple[object, ...], dict[str, list[Claim]]] = defaultdict(
        lambda: defaultdict(list)
    )
    groups: list[list[Claim]] = []
    loose: list[tuple[tuple[object, ...], Claim]] = []  # a measure but no subject
    # first by the fields as written, cheaply: a question is asked by many claims
    written: dict[tuple[str, str, str | None, tuple[str, ...]], list[Claim]] = defaultdict(list)
    for claim in items:
        if claim.measure is None:
            groups.append([claim])  # nothing to be sure of: a question of its own
            continue
        written[(claim.measure, claim.unit, claim.subject, claim.places)].append(claim)
    kinds = canon().kinds
    for (measure, unit, subject, written_places), claims in written.items():
        # the parts of scope_of(claim) that same_question compares, without the rest
        places = tuple(sorted(set(written_places))) if len(written_places) > 1 else written_places
        kind = kinds.get(measure)
        what = (kind.name if kind is not None else measure, unit, places)
        if subject is None:
            loose.extend((what, claim) for claim in claims)
            continue
        blocks[(*what, group_of(subject))][subject].extend(claims)
    del written
    components: dict[tuple[object, ...], list[list[Claim]]] = defaultdict(list)
    for key, by_subject in blocks.items():
        subjects = sorted(by_subject)
        if len(subjects) == 1:
            components[key[:3]].append(by_subject[subjects[0]])
            continue
        for component in _alike_components(subjects, threshold):
            components[key[:3]].append([c for n in component for c in by_subject[subjects[n]]])
    # missing is not different: a claim with no subject joins the one question
    # of its measure, unit and places, when there is exactly one, or the one
    # that states its figure (news repeats figures, rarely subjects)
    unplaced: dict[tuple[object, ...], list[Claim]] = defaultdict(list)
    figures: dict[tuple[object, ...], dict[float, set[int]]] = {}
    for key, claim in loose:
        candidates = components.get(key, [])
        if len(candidates) == 1:
            candidates[0].append(claim)
            continue
        if key not in figures:
            figures[key] = _figures_of(candidates)
        best = _stating(figures[key], claim)
        if best is not None:
            # several questions, one of which states this very figure: that one
            # ("at least 3,200 died" beside "3,200 civilians" elsewhere)
            candidates[best].append(claim)
        else:
            unplaced[key].append(claim)  # with the others of its measure and places
    groups.extend(unplaced.values())
    for found in components.values():
        groups.extend(found)
    clusters = [(_make_cluster(g), g) for g in groups]  # _make_cluster sorts g in time order
    clusters.sort(
        key=lambda kg: (kg[0].measure or "~", kg[0].subject or "~", kg[0].places, kg[0].id)
    )
    return tuple(clusters)


def _alike_components(subjects: Sequence[str], threshold: float) -> list[list[int]]:
    """The subjects joined by :func:`_alike_pairs`, as lists of their indexes."""
    if threshold <= 0:
        # every pair is alike, even one scored 0 for its numbers
        return [list(range(len(subjects)))] if subjects else []
    parent = list(range(len(subjects)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in _alike_pairs(subjects, threshold):
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
    found: dict[int, list[int]] = defaultdict(list)
    for n in range(len(subjects)):
        found[find(n)].append(n)
    return list(found.values())


def _alike_pairs(subjects: Sequence[str], threshold: float) -> Iterator[tuple[int, int]]:
    """The pairs ``(i, j)``, ``i < j``, of subjects alike at ``threshold`` (``> 0``).

    Alike: ``subject_similarity(subjects[i], subjects[j]) >= threshold``.
    Thousands of distinct subjects can share one measure and place: every
    pair in Python took most of a minute. Subjects whose numbers differ score
    0, so only those with the same numbers are scored; a pair whose folded
    lengths differ too much cannot reach the threshold; the rest are scored by
    rapidfuzz, one call per subject. The score is that of
    :func:`~reconcile.scope.subject_similarity`, which decides each candidate
    found with a small margin below the threshold: the same pairs as
    comparing every two.
    """
    cutoff = min(100.0, threshold * 100.0 - 0.5)
    # ratio >= t needs len(b) <= len(a) * (2 - t) / t for the longer b (indel distance
    # at least the difference of lengths); one character more for rounding
    stretch = (2.0 - cutoff / 100.0) / (cutoff / 100.0) if cutoff > 0 else float("inf")
    by_numbers: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for n, subject in enumerate(subjects):
        by_numbers[numbers_of(subject)].append(n)
    for members in by_numbers.values():
        if len(members) < 2:
            continue
        # shortest first: each subject is scored against the longer ones within reach
        folded = sorted(((fold(subjects[n]), n) for n in members), key=lambda fn: len(fn[0]))
        texts = [f for f, _ in folded]
        lengths = [len(f) for f in texts]
        for k, (text, i) in enumerate(folded):
            end = bisect.bisect_right(lengths, len(text) * stretch + 1, lo=k + 1)
            if end <= k + 1:
                continue
            for _, _, m in process.extract(
                text,
                texts[k + 1 : end],
                scorer=fuzz.ratio,
                processor=None,
                score_cutoff=cutoff,
                limit=None,
            ):
                j = folded[k + 1 + m][1]
                a, b = (i, j) if i < j else (j, i)
                if subject_similarity(subjects[a], subjects[b]) >= threshold:
                    yield a, b
