"""The engine: a Dask client, the stages as bags and shuffles, the report assembled in order."""

from __future__ import annotations

import bisect
import contextlib
import logging
import math
import os
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from ..clustering import DEFAULT_THRESHOLD
from ..documents import DEFAULT_MAX_BYTES, list_files
from ..errors import DocumentError
from ..estimation import Rule, median_rule
from ..model import DEFAULT_TOLERANCE, Claim, Document, Relation, Tolerance
from ..pipeline import _with_given as with_given
from ..relations import CHECKS, Check, Context
from ..report import Report
from .tasks import (
    Problem,
    _candidate_pairs,
    _dated,
    _derived_links,
    _elsewhere,
    _extract_files,
    _extract_items,
    _family_records,
    _figure_records,
    _join,
    _linked_pairs,
    _Options,
    _origin_dates,
    _Part,
    _Questions,
    _questions,
    _shard,
    _translations,
)

if TYPE_CHECKING:
    from dask.bag import Bag
    from distributed import Client

__all__ = ["Run", "reconcile", "run"]

_log = logging.getLogger("reconcile.distributed")


@attrs.frozen
class Run:
    """A report from the cluster and the problems met on the way (for the command line)."""

    report: Report
    problems: tuple[Problem, ...] = ()


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
    # origins: documents sharing figures (a _join by figure, then by pair) and derived_from
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
    position = {(_shard, n): i for i, (_shard, n, _) in enumerate(placed)}
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
