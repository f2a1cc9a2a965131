"""The tasks the cluster runs on partitions: read and extract, the origins join, questions.

Every function here runs on a worker, on one partition, and sorts its inputs
by the local pipeline's total orders, so that neither the number of
partitions nor the order in which Dask delivers records changes the result.
"""

from __future__ import annotations

import bisect
import hashlib
import logging
import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from ..clustering import cluster_members
from ..documents import read_file
from ..errors import DocumentError, UnsupportedLanguageError
from ..estimation import Rule, estimate
from ..extraction import extract
from ..lang import canon
from ..model import Claim, Cluster, Document, Relation
from ..origins import SHARED_FIGURES, SHARED_SHARE, TELLING, groups
from ..pipeline import _claim_order as claim_order
from ..pipeline import claims_of
from ..relations import Check, Context, relate_members
from ..report.streaming import items_json

__all__ = ["Problem"]


_log = logging.getLogger(__name__)


@attrs.frozen
class Problem:
    """A document or file named on stderr by the command line: an error or a notice.

    Args:
        path: The entry as printable text.
        reason: What happened, in plain words.
        error: Whether the run fails (exit status 1) or goes on (a notice).
        unread: Whether the file could not be read at all.
    """

    path: str
    reason: str
    error: bool
    unread: bool = False

    def __str__(self) -> str:
        return (
            f"cannot read {self.path}: {self.reason}"
            if self.unread
            else (f"{self.path}: {self.reason}")
        )


# ---------------------------------------------------------------------------
# a hash that every process agrees on


def _stable(value: object) -> int:
    """A hash of strings, numbers, ``None`` and tuples of them, the same in every process.

    Numbers keep Python's numeric hash (never salted), so that ``300``,
    ``300.0`` and ``Decimal(300)``, equal as figures, fall together.
    """
    if value is None:
        return 0
    if isinstance(value, str):
        return int.from_bytes(
            hashlib.blake2b(value.encode("utf-8", "surrogatepass"), digest_size=8).digest()
        )
    if isinstance(value, tuple):
        out = 1
        for part in value:
            out = (out * 1_000_003 + _stable(part)) % (1 << 61)
        return out
    return hash(value) % (1 << 61)


_Key = tuple[str, str, tuple[str, ...], str]
"""Where a question stands in the report: the sort of :func:`.clustering.cluster_members`."""

_Record = tuple[int, tuple[Any, ...], Any]
"""A value of the report, its range and its key in the report's order."""


def _shard(record: tuple[Any, ...]) -> Any:
    return record[0]


# ---------------------------------------------------------------------------
# stage 1: read and extract, per range of documents


@attrs.frozen
class _Part:
    """One range of documents: what was read and extracted, and what went wrong."""

    documents: tuple[Document, ...]
    claims: tuple[Claim, ...]
    problems: tuple[Problem, ...] = ()


def _unique(claims: list[Claim]) -> tuple[Claim, ...]:
    claims.sort(key=claim_order)
    return tuple({c.id: c for c in claims}.values())  # as the pipeline does


def _read(
    files: Sequence[tuple[str, str]], max_bytes: int, problems: list[Problem]
) -> Iterator[tuple[Document, str]]:
    """Each file read, with its path as printable text; what cannot be read is a problem."""
    for path, doc_id in files:
        shown = os.fsencode(path).decode("utf-8", "backslashreplace")
        try:
            document, warnings = read_file(path, doc_id, max_bytes=max_bytes)
        except DocumentError as err:
            problems.append(Problem(err.path, err.reason, True, unread=True))
            continue
        problems.extend(Problem(shown, f"warning: {w}", False) for w in warnings)
        yield document, shown


def _extract_files(files: Sequence[tuple[str, str]], max_bytes: int, isolate: bool) -> _Part:
    documents: list[Document] = []
    claims: list[Claim] = []
    problems: list[Problem] = []
    for document, shown in _read(files, max_bytes, problems):
        found = _claims_of(document, shown, problems) if isolate else claims_of(document)
        if found is None:
            continue  # extraction failed: named, left out of the report
        documents.append(attrs.evolve(document, text=None))
        claims.extend(found)
    return _Part(tuple(documents), _unique(claims), tuple(problems))


def _claim_lines(
    files: Sequence[tuple[str, str]], max_bytes: int
) -> tuple[str, tuple[Problem, ...]]:
    """``reconcile extract --format jsonl`` on a range of files: its lines, the problems met."""
    lines: list[str] = []
    problems: list[Problem] = []
    for document, shown in _read(files, max_bytes, problems):
        found = _claims_of(document, shown, problems)
        if found is None:
            continue
        try:  # as the command line: a value JSON cannot write fails its document only
            text = "".join(claim.to_json() + "\n" for claim in found)
        except Exception as err:  # the per-document boundary: report it and go on
            problems.append(Problem(shown, f"cannot write: {_why(err)}", True))
        else:
            lines.append(text)
    return "".join(lines), tuple(problems)


def _why(err: Exception) -> str:
    text = str(err).splitlines()[0] if str(err) else ""
    return f"{type(err).__name__}: {text}" if text else type(err).__name__


def _claims_of(document: Document, path: str, problems: list[Problem]) -> tuple[Claim, ...] | None:
    """The command line's boundary: an unsupported language is a notice, a failure an error."""
    try:
        return extract(document)
    except UnsupportedLanguageError as err:
        problems.append(
            Problem(
                path,
                f"language {document.lang!r} is not supported "
                f"(available: {', '.join(err.available)}); kept with no claims",
                False,
            )
        )
        return ()
    except Exception as err:  # the per-document boundary: report it and go on
        problems.append(Problem(path, f"extraction failed: {_why(err)}", True))
        return None


def _extract_items(items: Sequence[Document | Claim], extract_documents: bool) -> _Part:
    documents: list[Document] = []
    claims: list[Claim] = []
    for item in items:  # in the order given, as the pipeline reads them
        if isinstance(item, Document):
            documents.append(attrs.evolve(item, text=None))
            if extract_documents:
                claims.extend(claims_of(item))
        else:
            claims.append(item)
    documents.sort(key=lambda d: d.id)
    return _Part(tuple(documents), _unique(claims))


# ---------------------------------------------------------------------------
# stage 2: origins, a join on shared figures


def _figure_records(part: _Part, shards: int) -> list[tuple[int, tuple[object, ...], str, int]]:
    signatures: dict[str, set[tuple[object, ...]]] = defaultdict(set)
    for claim in part.claims:
        q = claim.quantity
        signatures[claim.document].add((claim.unit, q.low, q.high))
    return [
        (_stable(figure) % shards, figure, doc, len(figures))
        for doc, figures in signatures.items()
        if len(figures) >= SHARED_FIGURES
        for figure in figures
    ]


def _candidate_pairs(
    group: tuple[int, list[tuple[int, tuple[object, ...], str, int]]], shards: int
) -> list[tuple[int, str, str, int, int]]:
    holders: dict[tuple[object, ...], list[tuple[str, int]]] = defaultdict(list)
    for _, figure, doc, size in group[1]:
        holders[figure].append((doc, size))
    out = []
    for docs in holders.values():
        if not 1 < len(docs) <= TELLING:
            continue
        docs.sort()
        for n, (x, nx) in enumerate(docs):
            for y, ny in docs[n + 1 :]:
                out.append((_stable((x, y)) % shards, x, y, nx, ny))
    return out


def _linked_pairs(group: tuple[int, list[tuple[int, str, str, int, int]]]) -> list[tuple[str, str]]:
    together: Counter[tuple[str, str]] = Counter()
    sizes: dict[tuple[str, str], int] = {}
    for _, x, y, nx, ny in group[1]:
        together[(x, y)] += 1
        sizes[(x, y)] = min(nx, ny)
    return [
        pair
        for pair, count in together.items()
        if count >= SHARED_FIGURES and count >= SHARED_SHARE * sizes[pair]
    ]


def _derived_links(part: _Part) -> list[tuple[str, str]]:
    return [(d.id, d.derived_from) for d in part.documents if d.derived_from]


def _join(edges: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Union-find over the linking edges: each linked id to the smallest id of its group."""
    return groups(edges)


def _origin_dates(part: _Part, origin_of: Mapping[str, str]) -> dict[str, set[str]]:
    dates: dict[str, set[str]] = defaultdict(set)
    for doc in part.documents:
        if doc.published and doc.id in origin_of:
            dates[origin_of[doc.id]].add(doc.published)
    return dict(dates)


def _dated(part: _Part, origin_of: Mapping[str, str], dates: Mapping[str, set[str]]) -> _Part:
    """The pipeline's ``_date_from_origin`` on one range, with the dates of whole origins."""
    undated = {d.id for d in part.documents if not d.published}
    if not dates or not undated:
        return part
    claims = []
    for claim in part.claims:
        known = dates.get(origin_of.get(claim.document, claim.document), set())
        if claim.as_of is None and claim.document in undated and len(known) == 1:
            claims.append(attrs.evolve(claim, as_of=next(iter(known))))
        else:
            claims.append(claim)
    return attrs.evolve(part, claims=tuple(claims))


# ---------------------------------------------------------------------------
# stage 3: questions, estimates and relations, per (unit, measure family)


def _family(claim: Claim) -> tuple[str, str | None]:
    """The key of :attr:`reconcile.scope.Scope.family`, with the unit: what relations stay in."""
    kind = canon().kinds.get(claim.measure) if claim.measure is not None else None
    return (claim.unit, kind.family if kind is not None else claim.measure)


def _family_records(part: _Part, shards: int) -> list[tuple[int, Claim]]:
    return [(_stable(_family(c)) % shards, c) for c in part.claims]


@attrs.frozen
class _Options:
    """The stage options, in one object: a tuple of functions in a Dask graph would be a task."""

    context: Context
    threshold: float
    rule: Rule
    checks: tuple[Check, ...]
    shards: int


@attrs.frozen
class _Questions:
    """One family partition: its questions (local order) and relations, with where each lies."""

    shard: int
    clusters: tuple[Cluster, ...]
    relations: tuple[tuple[Relation, int, int], ...]  # local cluster indexes of its two claims
    elsewhere: tuple[tuple[int, Claim, tuple[int, int], _Key], ...]  # for the translation pass


def _questions(group: tuple[int, list[tuple[int, Claim]]], options: _Options) -> _Questions:
    context, rule, checks, shards = options.context, options.rule, options.checks, options.shards
    claims = sorted((c for _, c in group[1]), key=claim_order)
    grouped = tuple(
        (
            attrs.evolve(
                k,
                estimate=estimate(
                    members, rule=rule, origins=context.origins, window_days=context.window_days
                ),
            ),
            members,
        )
        for k, members in cluster_members(claims, threshold=options.threshold)
    )
    # no claims given: the translations that cross families are the second pass's
    relations = relate_members((), grouped, context=context, checks=checks)
    home = {cid: n for n, (k, _) in enumerate(grouped) for cid in k.claims}
    tagged = tuple((r, home[r.claims[0]], home[r.claims[1]]) for r in relations)
    shared = {o for d, o in context.origins.items() if d != o}
    elsewhere = []
    for claim in claims:
        origin = context.origin(claim.document)
        if origin in shared:
            key = (origin, claim.unit, claim.quantity.low, claim.quantity.high)
            n = home[claim.id]
            elsewhere.append((_stable(key) % shards, claim, (group[0], n), _order(grouped[n][0])))
    return _Questions(group[0], tuple(k for k, _ in grouped), tagged, tuple(elsewhere))


def _elsewhere(
    questions: _Questions,
) -> tuple[tuple[int, Claim, tuple[int, int], _Key], ...]:
    return questions.elsewhere


def _translations(
    group: tuple[int, list[tuple[int, Claim, tuple[int, int], _Key]]], options: _Options
) -> list[tuple[_Key, _Key, tuple[str, int, int, str], int, Relation]]:
    """Relations between claims of one origin stating one figure in different questions.

    :func:`reconcile.relations.relate_members` finds them from the claims it
    is given; each question is stood for by one claim with no measure, which
    relates to nothing, so that only these relations come out.
    """
    context, checks = options.context, options.checks
    records = sorted(group[1], key=lambda r: claim_order(r[1]))
    home = {c.id: key for _, c, _, key in records}
    by_home: dict[tuple[int, int], list[Claim]] = defaultdict(list)
    for _, claim, h, _ in records:
        by_home[h].append(claim)
    stand_ins = [
        (
            Cluster(id=f"k-{h[0]}-{h[1]}", claims=[c.id for c in members]),
            [attrs.evolve(members[0], measure=None)],
        )
        for h, members in sorted(by_home.items())
    ]
    claims = [c for _, c, _, _ in records]
    relations = relate_members(claims, stand_ins, context=context, checks=checks)
    first: dict[tuple[object, ...], tuple[str, int, int, str]] = {}
    for claim in claims:  # in claim order: the first of each figure is where it starts
        key = (context.origin(claim.document), claim.unit, claim.quantity.low, claim.quantity.high)
        first.setdefault(key, claim_order(claim))
    by_id = {c.id: c for c in claims}
    out = []
    for seq, r in enumerate(relations):
        a = by_id[r.claims[0]]
        key = (context.origin(a.document), a.unit, a.quantity.low, a.quantity.high)
        out.append((home[r.claims[0]], home[r.claims[1]], first[key], seq, r))
    return out


# ---------------------------------------------------------------------------
# stage 4: the report's order, a sort by range of question


_NO_CLAIM = ("", 0, 0, "")


def _order(cluster: Cluster) -> _Key:
    return (cluster.measure or "~", cluster.subject or "~", tuple(cluster.places), cluster.id)


def _sample(questions: _Questions, size: int) -> list[_Key]:
    """Up to about ``size`` keys of a partition's questions, evenly spread over their order."""
    keys = sorted(_order(k) for k in questions.clusters)
    return keys[:: max(1, len(keys) // size)]


def _bounds(samples: Iterable[Iterable[_Key]], ranges: int) -> list[_Key]:
    """The keys that cut the questions into about ``ranges`` ranges of like size."""
    keys = sorted(k for sample in samples for k in sample)
    return sorted({keys[len(keys) * i // ranges] for i in range(1, ranges)} if keys else set())


def _cluster_records(questions: _Questions, bounds: Sequence[_Key]) -> list[_Record]:
    return [
        (bisect.bisect_right(bounds, key), key, k)
        for k in questions.clusters
        for key in [_order(k)]
    ]


def _relation_record(
    pair: tuple[_Key, _Key],
    found: tuple[int, tuple[str, int, int, str], int],
    relation: Relation,
    bounds: Sequence[_Key],
) -> _Record:
    """A relation keyed as :func:`reconcile.pipeline.in_report_order` sorts it.

    Relations within one question come first, then those between two, each by
    the questions' order; a pair's relations in the order found locally (those
    of its partition, then the translations, each kept in the order found).
    """
    a, b = pair
    apart = a != b
    low, high = min(a, b), max(a, b)
    at = bisect.bisect_right(bounds, low) + (len(bounds) + 1) * apart
    return (at, (apart, low, high, *found), relation)


def _relation_records(questions: _Questions, bounds: Sequence[_Key]) -> list[_Record]:
    keys = [_order(k) for k in questions.clusters]
    return [
        _relation_record((keys[a], keys[b]), (0, _NO_CLAIM, seq), r, bounds)
        for seq, (r, a, b) in enumerate(questions.relations)
    ]


def _translation_record(
    found: tuple[_Key, _Key, tuple[str, int, int, str], int, Relation], bounds: Sequence[_Key]
) -> _Record:
    a, b, first, seq, relation = found
    return _relation_record((a, b), (1, first, seq), relation, bounds)


def _in_order(group: tuple[int, list[_Record]]) -> tuple[int, tuple[Any, ...]]:
    """One range of questions or relations, sorted: the keys are unique."""
    return (group[0], tuple(value for _, _, value in sorted(group[1], key=lambda r: r[1])))


def _ranges_in(partition: Sequence[tuple[int, tuple[Any, ...]]]) -> list[int]:
    return [at for at, _ in partition]


def _range_piece(partition: Sequence[tuple[int, tuple[Any, ...]]], at: int, text: bool) -> Any:
    """The ``at``-th range of a partition: its values, or their JSON for the report."""
    values = partition[at][1]
    return items_json(values) if text else values


def _part_piece(partition: Sequence[_Part], section: str, text: bool) -> Any:
    """The documents or claims of a partition of ranges of documents, or their JSON."""
    values = tuple(value for part in partition for value in getattr(part, section))
    return items_json(values) if text else values


def _problems_of(part: _Part) -> tuple[Problem, ...]:
    return part.problems
