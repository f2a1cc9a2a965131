"""The engine: a Dask client, the stages as bags and shuffles, the report assembled in order."""

from __future__ import annotations

import bisect
import contextlib
import logging
import math
import os
import sys
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import attrs

from ..clustering import DEFAULT_THRESHOLD
from ..documents import DEFAULT_MAX_BYTES, list_files
from ..errors import DocumentError
from ..estimation import Rule, median_rule
from ..model import DEFAULT_TOLERANCE, Claim, Document, Tolerance
from ..pipeline import _with_given as with_given
from ..relations import CHECKS, Check, Context
from ..report import Report
from ..report.streaming import write_json
from .tasks import (
    Problem,
    _bounds,
    _candidate_pairs,
    _claim_lines,
    _cluster_records,
    _dated,
    _derived_links,
    _elsewhere,
    _extract_files,
    _extract_items,
    _family_records,
    _figure_records,
    _in_order,
    _join,
    _linked_pairs,
    _Options,
    _origin_dates,
    _part_piece,
    _problems_of,
    _questions,
    _range_piece,
    _ranges_in,
    _relation_records,
    _sample,
    _shard,
    _translation_record,
    _translations,
)

if TYPE_CHECKING:
    from dask.bag import Bag
    from dask.delayed import Delayed
    from distributed import Client

__all__ = ["Run", "reconcile", "run", "write_claims", "write_report"]

_log = logging.getLogger("reconcile.distributed")


_T = TypeVar("_T")


class _Writer(Protocol):
    def write(self, text: str, /) -> object: ...


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
    stage is drawn on stderr, with the dashboard link.
    """
    with _client(client) as dask_client:
        pieces = _pieces(
            _given(items),
            _partitions(npartitions, dask_client),
            context=Context(tolerance=tolerance, window_days=window_days),
            threshold=threshold,
            checks=tuple(checks),
            rule=rule,
            extract_documents=extract_documents,
            given_origins=origins or {},
            max_bytes=max_bytes,
            isolate=isolate,
            show=_shown(dask_client) if progress else None,
            text=False,
        )
        # piece by piece, as write_report: one compute of all pieces at once cost more time and
        # memory here (50,000 documents: 131 s, client 2.0 GiB, scheduler 841 MiB, against
        # 101 s, 1.8 GiB and 152 MiB; benchmarks/bench_distributed.py)
        found = [
            piece for _, section in pieces.sections for piece in _fetched(dask_client, section)
        ]
    values: list[tuple[Any, ...]] = []
    at = 0
    for _, section in pieces.sections:
        values.append(tuple(value for piece in found[at : at + len(section)] for value in piece))
        at += len(section)
    return Run(Report._trusted(*values), pieces.problems)


def write_report(
    items: str | os.PathLike[str] | Iterable[str | os.PathLike[str] | Document | Claim],
    out: _Writer,
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
    progress: bool = False,
) -> tuple[Problem, ...]:
    r"""Write the report's JSON to ``out`` from the workers, one partition at a time.

    The text is ``reconcile report --format json``'s, byte for byte:
    ``report.to_json() + "\n"`` of the local run. The report is never whole
    in this process: its sections are serialised on the workers, one range
    of documents or of questions per piece, fetched in the report's order
    (two pieces ahead) and written as they arrive, so that memory here is
    bounded by the largest piece, not by the corpus (``npartitions`` sets how
    many pieces there are).

    Args:
        items: As for :func:`reconcile`.
        out: A text stream (``write(str)``): a file, ``sys.stdout``.
        client: As for :func:`reconcile`.
        npartitions: As for :func:`reconcile`.
        tolerance: As for :func:`reconcile.reconcile`.
        window_days: As for :func:`reconcile.reconcile`.
        threshold: As for :func:`reconcile.reconcile`.
        checks: As for :func:`reconcile.reconcile`.
        rule: As for :func:`reconcile.reconcile`.
        extract_documents: As for :func:`reconcile.reconcile`.
        origins: As for :func:`reconcile.reconcile`.
        max_bytes: As for :func:`reconcile`.
        progress: Print the dashboard link and a progress bar per stage on stderr.

    Returns:
        The problems met: files that could not be read and documents whose
        extraction failed (left out of the report), and notices. Nothing is
        raised for them, unlike :func:`reconcile`.

    Examples:
        >>> import io, reconcile
        >>> from distributed import Client, LocalCluster
        >>> with LocalCluster(n_workers=1, processes=False) as cluster, Client(cluster) as c:
        ...     out = io.StringIO()
        ...     problems = write_report(["fixtures/seeds"], out, client=c)
        >>> docs = reconcile.load("fixtures/seeds")
        >>> out.getvalue() == reconcile.reconcile(docs).to_json() + "\n"
        True
    """
    with _client(client) as dask_client:
        pieces = _pieces(
            _given(items),
            _partitions(npartitions, dask_client),
            context=Context(tolerance=tolerance, window_days=window_days),
            threshold=threshold,
            checks=tuple(checks),
            rule=rule,
            extract_documents=extract_documents,
            given_origins=origins or {},
            max_bytes=max_bytes,
            isolate=True,
            show=_shown(dask_client) if progress else None,
            text=True,
        )
        counter = _Counter(sum(len(s) for _, s in pieces.sections) if progress else 0)
        try:
            write_json(
                out,
                (
                    (name, counter.counted(_fetched(dask_client, section)))
                    for name, section in pieces.sections
                ),
            )
        finally:
            counter.close()
    return pieces.problems


def write_claims(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    out: _Writer,
    *,
    client: Client | None = None,
    npartitions: int | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool = False,
) -> tuple[Problem, ...]:
    """Write the claims of each file as JSON lines, extracted on the workers, range by range.

    The text is ``reconcile extract --format jsonl``'s, byte for byte: files
    by id, each document's claims in the order extraction gives them. Files
    are read on the workers; memory here is bounded by a range of documents'
    lines (``npartitions`` sets how many ranges).

    Args:
        paths: Files and folders, as for the command line.
        out: A text stream (``write(str)``).
        client: As for :func:`reconcile`.
        npartitions: How many ranges of documents.
        max_bytes: As for :func:`reconcile`.
        progress: Print the dashboard link and the ranges written on stderr.

    Returns:
        The problems met, in the order of the ranges: files not read and
        documents whose extraction failed (their claims are not written),
        and notices.

    Examples:
        >>> import io, json
        >>> from distributed import Client, LocalCluster
        >>> with LocalCluster(n_workers=1, processes=False) as cluster, Client(cluster) as c:
        ...     out = io.StringIO()
        ...     problems = write_claims("fixtures/seeds", out, client=c, npartitions=2)
        >>> first = json.loads(out.getvalue().splitlines()[0])
        >>> first["document"], first["quantity"]["text"]
        ('000_recruit_interview.txt', ...)
    """
    from dask.delayed import delayed  # noqa: PLC0415 - the extra

    with _client(client) as dask_client:
        if progress:
            _shown(dask_client)
        ranges, _, problems = _listing(_given(paths), _partitions(npartitions, dask_client))
        pieces = [delayed(_claim_lines)(r, max_bytes) for r in ranges]
        counter = _Counter(len(pieces) if progress else 0, "extracting")
        try:
            for lines, found in counter.counted(_fetched(dask_client, pieces)):
                out.write(lines)
                problems.extend(found)
        finally:
            counter.close()
    return tuple(problems)


_AHEAD = 2
"""How many pieces of the report are computed ahead of the one being written."""

_SAMPLE = 64
"""Keys sampled from each partition of questions to cut them into ranges."""

_DOCUMENTS_PER_PARTITION = 5_000
"""The default partitions hold at most about this many documents (the client's memory bound)."""


def _given(items: Any) -> list[Any]:
    return [items] if isinstance(items, str | bytes | os.PathLike) else list(items)


def _partitions(npartitions: int | None, client: Client) -> Callable[[int], int]:
    """How many partitions for a number of documents: as asked, or 2 per thread and small."""
    if npartitions is not None:
        return lambda _: npartitions
    threads = sum(client.nthreads().values())
    return lambda count: max(2, 2 * threads, math.ceil(count / _DOCUMENTS_PER_PARTITION))


def _fetched(client: Client, pieces: Sequence[Delayed]) -> Iterator[Any]:
    """The pieces computed in order, a few ahead; each released once handed on."""
    waiting: deque[Any] = deque(client.compute(p) for p in pieces[:_AHEAD])
    for n in range(len(pieces)):
        if n + _AHEAD < len(pieces):
            waiting.append(client.compute(pieces[n + _AHEAD]))
        future = waiting.popleft()
        piece = future.result()
        future.release()
        yield piece


class _Counter:
    """``writing the report [###...] k/n pieces`` on stderr; nothing when ``total`` is 0."""

    def __init__(self, total: int, stage: str = "writing the report") -> None:
        self.total = total
        self.stage = stage
        self.done = 0

    def counted(self, pieces: Iterable[_T]) -> Iterator[_T]:
        for piece in pieces:
            yield piece
            self.done += 1
            if self.total:
                bar = _bar(self.done, self.total)
                _draw(f"{self.stage} {bar} {self.done}/{self.total} pieces")

    def close(self) -> None:
        if self.total:
            print(file=sys.stderr)  # noqa: T201 - ends the progress line


def _shown(client: Client) -> Callable[[Any, str], None]:
    link = getattr(client, "dashboard_link", None)
    if link:
        print(f"reconcile: Dask dashboard at {link}", file=sys.stderr)  # noqa: T201
    return _progress


def _progress(collection: Any, stage: str) -> None:
    """Wait for a persisted collection, drawing its partitions done on stderr.

    ``distributed.progress`` draws on stdout, where the report goes: hence this bar.
    """
    from distributed import as_completed, futures_of  # noqa: PLC0415 - the extra

    futures = futures_of(collection)
    total = len(futures)
    for done, _ in enumerate(as_completed(futures), start=1):
        _draw(f"{stage} {_bar(done, total)} {done}/{total} partitions")
    print(file=sys.stderr)  # noqa: T201 - ends the line the bar was redrawn on


def _bar(done: int, total: int) -> str:
    filled = 30 * done // max(total, 1)
    return "[" + "#" * filled + "." * (30 - filled) + "]"


def _draw(line: str) -> None:
    print(f"\rreconcile: {line}", end="", file=sys.stderr, flush=True)  # noqa: T201


def _sources(
    given: list[Any],
    parts: Callable[[int], int],
    extract_documents: bool,
    max_bytes: int,
    isolate: bool,
) -> tuple[Bag, int, list[Problem]]:
    """The ranges of documents, read and extracted; how many; the problems of the listing."""
    import dask.bag as db  # noqa: PLC0415 - the extra

    if all(_is_paths(p) for p in given) and given:
        ranges, count, problems = _listing(given, parts)
        bag = db.from_sequence(ranges, npartitions=len(ranges))
        return bag.map(_extract_files, max_bytes, isolate), count, problems
    for item in given:
        if not isinstance(item, Document | Claim):
            raise TypeError(f"expected Document or Claim, not {type(item).__name__}")
    ids = sorted({i.id if isinstance(i, Document) else i.document for i in given})
    count = parts(len(ids))
    bounds = [ids[r.start] for r in _chunks(len(ids), count)][1:]
    split: list[list[Document | Claim]] = [[] for _ in range(len(bounds) + 1)]
    for item in given:
        doc = item.id if isinstance(item, Document) else item.document
        split[bisect.bisect_right(bounds, doc)].append(item)
    bag = db.from_sequence(split, npartitions=len(split))
    return bag.map(_extract_items, extract_documents), count, []


def _listing(
    given: list[Any], parts: Callable[[int], int]
) -> tuple[list[list[tuple[str, str]]], int, list[Problem]]:
    """The files (path and id) in ranges of sorted ids; how many ranges; what was skipped."""
    listing = list_files(given)
    problems = [Problem(e.path, e.reason, True, unread=True) for e in listing.errors]
    problems += [Problem(n.path, n.reason, False) for n in listing.notices]
    files = sorted(listing.files, key=lambda f: f[1])
    count = parts(len(files))
    return [[files[i] for i in r] for r in _chunks(len(files), count)] or [[]], count, problems


@attrs.frozen
class _Pieces:
    """The report as pieces computed on the workers, section by section, in its order."""

    sections: tuple[tuple[str, tuple[Delayed, ...]], ...]
    problems: tuple[Problem, ...]
    held: tuple[Bag, ...]  # the persisted partitions the pieces read: kept while they are


def _pieces(
    given: list[Any],
    parts: Callable[[int], int],
    *,
    context: Context,
    threshold: float,
    checks: tuple[Check, ...],
    rule: Rule,
    extract_documents: bool,
    given_origins: Mapping[str, str],
    max_bytes: int,
    isolate: bool,
    show: Callable[[Any, str], None] | None,
    text: bool,
) -> _Pieces:
    """Run the stages; the report stays on the workers in pieces (values, or JSON: ``text``)."""
    import dask.bag as db  # noqa: PLC0415 - the extra
    from dask.base import compute  # noqa: PLC0415 - the extra
    from dask.delayed import delayed  # noqa: PLC0415 - the extra

    def persist(collection: Bag, stage: str) -> Bag:
        done: Bag = collection.persist()
        if show is not None:
            show(done, stage)
        return done

    sources, shards, problems = _sources(given, parts, extract_documents, max_bytes, isolate)
    extracted = persist(sources, "reading and extracting")
    # origins: documents sharing figures (a _join by figure, then by pair) and derived_from
    linked = (
        extracted.map(_figure_records, shards)
        .flatten()
        .groupby(_shard, shuffle="tasks")
        .map(_candidate_pairs, shards)
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
    dated = persist(extracted.map(_dated, shared_origins, dict(dates)), "dating")
    del extracted
    options = _Options(attrs.evolve(context, origins=origin_of), threshold, rule, checks, shards)
    questions = persist(
        dated.map(_family_records, shards)
        .flatten()
        .groupby(_shard, shuffle="tasks")
        .map(_questions, options),
        "questions and relations",
    )
    # the report's order: questions cut into ranges of their sort key by a sample, and
    # each relation sent to the range of its first question (within one, then between two)
    bounds = _bounds(questions.map(_sample, _SAMPLE).compute(), shards)
    clusters = persist(
        questions.map(_cluster_records, bounds)
        .flatten()
        .groupby(_shard, shuffle="tasks")
        .map(_in_order),
        "ordering the questions",
    )
    translations = (
        questions.map(_elsewhere)
        .flatten()
        .groupby(_shard, shuffle="tasks")
        .map(_translations, options)
        .flatten()
        .map(_translation_record, bounds)
    )
    relations = persist(
        db.concat([questions.map(_relation_records, bounds).flatten(), translations])
        .groupby(_shard, shuffle="tasks")
        .map(_in_order),
        "translations, ordering the relations",
    )
    del questions
    found_problems = dated.map(_problems_of).compute()
    ranged = [b.to_delayed() for b in (clusters, relations)]
    where = compute(*[delayed(_ranges_in)(d) for d in (*ranged[0], *ranged[1])])
    in_order = [
        _ordered(ranged[0], where[: len(ranged[0])], text),
        _ordered(ranged[1], where[len(ranged[0]) :], text),
    ]
    ranges = dated.to_delayed()
    return _Pieces(
        (
            ("documents", tuple(delayed(_part_piece)(d, "documents", text) for d in ranges)),
            ("claims", tuple(delayed(_part_piece)(d, "claims", text) for d in ranges)),
            ("clusters", in_order[0]),
            ("relations", in_order[1]),
        ),
        tuple(problems) + tuple(p for found in found_problems for p in found),
        (dated, clusters, relations),
    )


def _ordered(
    partitions: Sequence[Delayed], where: Sequence[list[int]], text: bool
) -> tuple[Delayed, ...]:
    """The ranges of a range-sorted bag, in order, each read from the partition holding it.

    A shuffle places each range in a partition by a hash: ``where`` lists the
    ranges each partition holds, in the order it holds them.
    """
    from dask.delayed import delayed  # noqa: PLC0415 - the extra

    order = sorted((at, p, n) for p, ats in enumerate(where) for n, at in enumerate(ats))
    return tuple(delayed(_range_piece)(partitions[p], n, text) for _, p, n in order)
