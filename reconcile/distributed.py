"""The pipeline on a Dask cluster: the same report as :func:`reconcile.reconcile`, scaled out.

Needs ``reconcile-claims[dask]`` (``dask[distributed]``), imported only here.

    paths ──▶ read + extract ──▶ origins ──▶ date ──▶ questions + relations ──▶ translations
             (document ranges)  (by figure,   (per     (by unit and measure     (by origin and
                                 then by pair) range)   family)                  figure)

Each stage partitions its data by a key under which everything it compares
lies in one partition:

- **read and extract**: contiguous ranges of the sorted document ids. Files
  are listed on the client (``stat`` only) and read on the workers.
- **origins**: a join. Each document with three figures or more emits
  ``(figure, document)``; a shuffle by figure pairs the documents sharing it
  (at most 50 per figure, as :func:`reconcile.origins.origins` counts); a
  shuffle by pair counts the figures each pair shares. The client joins the
  linked pairs and the ``derived_from`` links (union-find over those edges
  only) into the map of documents that share an origin.
- **questions and relations**: a shuffle by ``(unit, measure family)``. Every
  question lies inside one family (clustering blocks by measure kind, unit,
  places and group), and so does every pair of questions the relation stage
  compares (its candidate indexes are all keyed by unit and family), so the
  local stage functions give, per partition, exactly the questions,
  estimates and relations of the whole run.
- **translations** (the relations that cross families: one origin stating a
  figure in two questions): a second shuffle by ``(origin, unit, figure)``.

The report is assembled in the local order: documents by id, claims by
document and span (the ranges are contiguous), questions by the sort of
:func:`reconcile.clustering.cluster_members`, relations by
:func:`reconcile.pipeline.in_report_order`. Inside a partition, inputs are
sorted by the same total orders, so neither the number of partitions nor
the order in which Dask delivers records changes a byte of the report. Keys
are partitioned by a hash that is the same in every process (Python's string
hash is salted per process, and each worker is a process).

Notes:
    The documents of a report from the cluster carry no text (it stays on
    the workers); the JSON form is the same, which never includes it.
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import logging
import math
import os
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from .clustering import DEFAULT_THRESHOLD, cluster_members
from .documents import DEFAULT_MAX_BYTES, list_files, read_file
from .errors import DocumentError, UnsupportedLanguageError
from .estimation import Rule, estimate, median_rule
from .extraction import extract
from .lang import canon
from .model import DEFAULT_TOLERANCE, Claim, Cluster, Document, Relation, Tolerance
from .pipeline import _claim_order as claim_order
from .pipeline import _with_given as with_given
from .pipeline import claims_of
from .relations import CHECKS, Check, Context, relate_members
from .report import Report

if TYPE_CHECKING:
    from dask.bag import Bag
    from distributed import Client

__all__ = ["Problem", "Run", "reconcile", "run"]

_log = logging.getLogger(__name__)

_SHARED_FIGURES = 3  # keep in sync with reconcile.origins._SHARED_FIGURES
_SHARED_SHARE = 0.6  # keep in sync with reconcile.origins.origins
_TELLING = 50  # keep in sync with reconcile.origins.origins: a figure held by more says nothing


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


@attrs.frozen
class Run:
    """A report from the cluster and the problems met on the way (for the command line)."""

    report: Report
    problems: tuple[Problem, ...] = ()


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


def _extract_files(files: Sequence[tuple[str, str]], max_bytes: int, isolate: bool) -> _Part:
    documents: list[Document] = []
    claims: list[Claim] = []
    problems: list[Problem] = []
    for path, doc_id in files:
        shown = os.fsencode(path).decode("utf-8", "backslashreplace")
        try:
            document, warnings = read_file(path, doc_id, max_bytes=max_bytes)
        except DocumentError as err:
            problems.append(Problem(err.path, err.reason, True, unread=True))
            continue
        problems.extend(Problem(shown, f"warning: {w}", False) for w in warnings)
        found = _claims_of(document, shown, problems) if isolate else claims_of(document)
        if found is None:
            continue  # extraction failed: named, left out of the report
        documents.append(attrs.evolve(document, text=None))
        claims.extend(found)
    return _Part(tuple(documents), _unique(claims), tuple(problems))


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
        text = str(err).splitlines()[0] if str(err) else ""
        why = f"{type(err).__name__}: {text}" if text else type(err).__name__
        problems.append(Problem(path, f"extraction failed: {why}", True))
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
        if len(figures) >= _SHARED_FIGURES
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
        if not 1 < len(docs) <= _TELLING:
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
        if count >= _SHARED_FIGURES and count >= _SHARED_SHARE * sizes[pair]
    ]


def _derived_links(part: _Part) -> list[tuple[str, str]]:
    return [(d.id, d.derived_from) for d in part.documents if d.derived_from]


def _join(edges: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Union-find over the linking edges: each linked id to the smallest id of its group."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for x, y in edges:
        rx, ry = find(x), find(y)
        if rx != ry:
            parent[max(rx, ry)] = min(rx, ry)
    return {doc: find(doc) for doc in sorted(parent)}


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
    elsewhere: tuple[tuple[int, Claim, tuple[int, int]], ...]  # for the translation pass


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
            elsewhere.append((_stable(key) % shards, claim, (group[0], home[claim.id])))
    return _Questions(group[0], tuple(k for k, _ in grouped), tagged, tuple(elsewhere))


def _elsewhere(questions: _Questions) -> tuple[tuple[int, Claim, tuple[int, int]], ...]:
    return questions.elsewhere


def _translations(
    group: tuple[int, list[tuple[int, Claim, tuple[int, int]]]], options: _Options
) -> list[tuple[Relation, tuple[int, int], tuple[int, int], tuple[str, int, int, str], int]]:
    """Relations between claims of one origin stating one figure in different questions.

    :func:`reconcile.relations.relate_members` finds them from the claims it
    is given; each question is stood for by one claim with no measure, which
    relates to nothing, so that only these relations come out.
    """
    context, checks = options.context, options.checks
    records = sorted(group[1], key=lambda r: claim_order(r[1]))
    home = {c.id: h for _, c, h in records}
    by_home: dict[tuple[int, int], list[Claim]] = defaultdict(list)
    for _, claim, h in records:
        by_home[h].append(claim)
    stand_ins = [
        (
            Cluster(id=f"k-{h[0]}-{h[1]}", claims=[c.id for c in members]),
            [attrs.evolve(members[0], measure=None)],
        )
        for h, members in sorted(by_home.items())
    ]
    claims = [c for _, c, _ in records]
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
        out.append((r, home[r.claims[0]], home[r.claims[1]], first[key], seq))
    return out


# ---------------------------------------------------------------------------
# the client


def _is_paths(value: object) -> bool:
    return isinstance(value, str | bytes | os.PathLike)


@contextlib.contextmanager
def _client(client: Client | None) -> Iterator[Client]:
    if client is not None:
        yield client
        return
    try:
        from distributed import Client, LocalCluster  # noqa: PLC0415 - the extra
    except ImportError as err:
        raise ImportError(
            "the dask engine needs dask[distributed]: pip install 'reconcile-claims[dask]'"
        ) from err
    with LocalCluster(processes=True) as cluster, Client(cluster) as local:
        yield local


def _chunks(count: int, parts: int) -> list[range]:
    size = math.ceil(count / parts) if count else 1
    return [range(i, min(i + size, count)) for i in range(0, count, size)]


def reconcile(
    items: str | os.PathLike[str] | Iterable[str | os.PathLike[str] | Document | Claim],
    *,
    client: Client | None = None,
    npartitions: int | None = None,
    tolerance: Tolerance = DEFAULT_TOLERANCE,
    window_days: int = 183,
    threshold: float = DEFAULT_THRESHOLD,
    checks: Sequence[Check] = CHECKS,
    rule: Rule = median_rule,
    extract_documents: bool = True,
    origins: Mapping[str, str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Report:
    """:func:`reconcile.reconcile` on a Dask cluster: the same report, as JSON byte for byte.

    Args:
        items: Paths (files and folders, read on the workers), or documents
            and claims (sent to the workers in ranges).
        client: A ``distributed.Client``; without one, a ``LocalCluster``
            sized to the machine is started and closed afterwards.
        npartitions: How many ranges of documents, and partitions of each
            shuffle; the report does not depend on it.
        tolerance: As for :func:`reconcile.reconcile`.
        window_days: As for :func:`reconcile.reconcile`.
        threshold: As for :func:`reconcile.reconcile`.
        checks: As for :func:`reconcile.reconcile`.
        rule: As for :func:`reconcile.reconcile`.
        extract_documents: As for :func:`reconcile.reconcile`.
        origins: As for :func:`reconcile.reconcile`.
        max_bytes: Files larger than this are not read.

    Returns:
        The report; its documents carry no text.

    Raises:
        DocumentError: If a file given cannot be read (the command line,
            through :func:`run`, names it and goes on instead).
        ImportError: If ``dask[distributed]`` is not installed.
    """
    found = run(
        items,
        client=client,
        npartitions=npartitions,
        tolerance=tolerance,
        window_days=window_days,
        threshold=threshold,
        checks=checks,
        rule=rule,
        extract_documents=extract_documents,
        origins=origins,
        max_bytes=max_bytes,
        isolate=False,
    )
    errors = [p for p in found.problems if p.error]
    if errors:
        raise DocumentError(errors[0].path, errors[0].reason)
    return found.report


def run(
    items: str | os.PathLike[str] | Iterable[str | os.PathLike[str] | Document | Claim],
    *,
    client: Client | None = None,
    npartitions: int | None = None,
    tolerance: Tolerance = DEFAULT_TOLERANCE,
    window_days: int = 183,
    threshold: float = DEFAULT_THRESHOLD,
    checks: Sequence[Check] = CHECKS,
    rule: Rule = median_rule,
    extract_documents: bool = True,
    origins: Mapping[str, str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    isolate: bool = True,
    progress: bool = False,
) -> Run:
    """:func:`reconcile` for the command line: problems are returned, not raised.

    With ``isolate``, a document whose extraction fails is named in
    :attr:`Run.problems` and left out; with ``progress``, a progress bar per
    stage is drawn on stderr (``distributed.progress``).
    """
    given: list[Any] = [items] if isinstance(items, str | bytes | os.PathLike) else list(items)
    with _client(client) as dask_client:
        if progress:
            link = getattr(dask_client, "dashboard_link", None)
            if link:
                print(f"reconcile: Dask dashboard at {link}", file=sys.stderr)  # noqa: T201
        parts = npartitions or max(2, 2 * sum(dask_client.nthreads().values()))
        return _run(
            given,
            parts,
            context=Context(tolerance=tolerance, window_days=window_days),
            threshold=threshold,
            checks=tuple(checks),
            rule=rule,
            extract_documents=extract_documents,
            given_origins=origins or {},
            max_bytes=max_bytes,
            isolate=isolate,
            show=_progress if progress else None,
        )


def _progress(collection: Any) -> None:
    from distributed import progress  # noqa: PLC0415 - the extra

    progress(collection, file=sys.stderr)
    print(file=sys.stderr)  # noqa: T201 - the bar ends without a newline


def _sources(
    given: list[Any], parts: int, extract_documents: bool, max_bytes: int, isolate: bool
) -> tuple[Bag, list[Problem]]:
    import dask.bag as db  # noqa: PLC0415 - the extra

    problems: list[Problem] = []
    if all(_is_paths(p) for p in given) and given:
        listing = list_files(given)
        problems += [Problem(e.path, e.reason, True, unread=True) for e in listing.errors]
        problems += [Problem(n.path, n.reason, False) for n in listing.notices]
        files = sorted(listing.files, key=lambda f: f[1])
        ranges = [[files[i] for i in r] for r in _chunks(len(files), parts)] or [[]]
        bag = db.from_sequence(ranges, npartitions=len(ranges))
        return bag.map(_extract_files, max_bytes, isolate), problems
    for item in given:
        if not isinstance(item, Document | Claim):
            raise TypeError(f"expected Document or Claim, not {type(item).__name__}")
    ids = sorted({i.id if isinstance(i, Document) else i.document for i in given})
    bounds = [ids[r.start] for r in _chunks(len(ids), parts)][1:]
    split: list[list[Document | Claim]] = [[] for _ in range(len(bounds) + 1)]
    for item in given:
        doc = item.id if isinstance(item, Document) else item.document
        split[bisect.bisect_right(bounds, doc)].append(item)
    bag = db.from_sequence(split, npartitions=len(split))
    return bag.map(_extract_items, extract_documents), problems


def _run(
    given: list[Any],
    parts: int,
    *,
    context: Context,
    threshold: float,
    checks: tuple[Check, ...],
    rule: Rule,
    extract_documents: bool,
    given_origins: Mapping[str, str],
    max_bytes: int,
    isolate: bool,
    show: Callable[[Any], None] | None,
) -> Run:
    from dask.base import compute  # noqa: PLC0415 - the extra
    from dask.delayed import delayed  # noqa: PLC0415 - the extra

    def persist(collection: Bag) -> Bag:
        done: Bag = collection.persist()
        if show is not None:
            show(done)
        return done

    sources, problems = _sources(given, parts, extract_documents, max_bytes, isolate)
    extracted = persist(sources)
    # origins: documents sharing figures (a join by figure, then by pair) and derived_from
    linked = (
        extracted.map(_figure_records, parts)
        .flatten()
        .groupby(_shard, shuffle="tasks")
        .map(_candidate_pairs, parts)
        .flatten()
        .groupby(_shard, shuffle="tasks")
        .map(_linked_pairs)
        .flatten()
    )
    derived = extracted.map(_derived_links).flatten()
    pairs, links = compute(linked, derived)
    origin_of = with_given(_join([*links, *pairs]), given_origins)
    shared_origins = delayed(origin_of, pure=True)
    dates: dict[str, set[str]] = defaultdict(set)
    for part_dates in extracted.map(_origin_dates, shared_origins).compute():
        for origin, found in part_dates.items():
            dates[origin] |= found
    dated = persist(extracted.map(_dated, shared_origins, dict(dates)))
    del extracted
    options = _Options(attrs.evolve(context, origins=origin_of), threshold, rule, checks, parts)
    questions = persist(
        dated.map(_family_records, parts)
        .flatten()
        .groupby(_shard, shuffle="tasks")
        .map(_questions, options)
    )
    translations = (
        questions.map(_elsewhere)
        .flatten()
        .groupby(_shard, shuffle="tasks")
        .map(_translations, options)
        .flatten()
    )
    found_parts, found_questions, found_translations = compute(dated, questions, translations)
    return Run(
        _assemble(found_parts, found_questions, found_translations),
        tuple(problems) + tuple(p for part in found_parts for p in part.problems),
    )


def _assemble(
    parts: Sequence[_Part],
    questions: Sequence[_Questions],
    translations: Sequence[
        tuple[Relation, tuple[int, int], tuple[int, int], tuple[str, int, int, str], int]
    ],
) -> Report:
    """The report in the local order: ranges in order, questions and relations sorted."""
    documents = tuple(d for p in parts for d in p.documents)
    claims = tuple(c for p in parts for c in p.claims)
    placed = sorted(
        ((q.shard, n, k) for q in questions for n, k in enumerate(q.clusters)),
        key=lambda x: (x[2].measure or "~", x[2].subject or "~", x[2].places, x[2].id),
    )
    position = {(shard, n): i for i, (shard, n, _) in enumerate(placed)}
    clusters = tuple(k for _, _, k in placed)
    keyed: list[tuple[tuple[object, ...], Relation]] = []
    for q in questions:
        for seq, (r, a, b) in enumerate(q.relations):
            p, o = position[(q.shard, a)], position[(q.shard, b)]
            keyed.append(((p != o, min(p, o), max(p, o), 0, ("", 0, 0, ""), seq), r))
    for r, ha, hb, first, seq in translations:
        p, o = position[ha], position[hb]
        keyed.append(((p != o, min(p, o), max(p, o), 1, first, seq), r))
    # the order of reconcile.pipeline.in_report_order, each group in the order found locally
    keyed.sort(key=lambda kr: kr[0])
    return Report._trusted(documents, claims, clusters, tuple(r for _, r in keyed))
