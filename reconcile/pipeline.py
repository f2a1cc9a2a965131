"""The whole pipeline in one call: documents or claims in, a report out.

documents -> extract -> cluster -> compare -> estimate -> Report

A document in a language reconcile has no lexicon for is kept, with no
claims, and a warning on the ``reconcile`` logger: it never stops the others.
Documents come out sorted by id and claims by document and span, so the same
input in any order gives the same report.
"""

from __future__ import annotations

import contextlib
import logging
import operator
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Literal

import attrs

from ._memory import paused_gc
from .clustering import DEFAULT_THRESHOLD, _members_of_unique
from .errors import InvalidClaimError, InvalidValueError, UnsupportedLanguageError
from .estimation import Rule, estimate, median_rule
from .extraction import extract
from .model import DEFAULT_TOLERANCE, Claim, Cluster, Document, Relation, Tolerance
from .origins import _shared_origins, groups
from .relations import CHECKS, Check, Context, relate_members
from .report import Report

if TYPE_CHECKING:
    from distributed import Client

__all__ = ["claims_of", "in_report_order", "reconcile"]

_log = logging.getLogger(__name__)


def reconcile(
    items: Iterable[Document | Claim],
    *,
    tolerance: Tolerance = DEFAULT_TOLERANCE,
    window_days: int = 183,
    threshold: float = DEFAULT_THRESHOLD,
    checks: Sequence[Check] = CHECKS,
    rule: Rule = median_rule,
    extract_documents: bool = True,
    origins: Mapping[str, str] | None = None,
    engine: Literal["local", "dask"] = "local",
    client: Client | None = None,
) -> Report:
    """Extract claims from documents (claims given as such are kept) and reconcile them.

    Args:
        items: Documents, claims, or a mix of both.
        tolerance: How wide approximate figures are.
        window_days: Periods closer than this are one period.
        threshold: How alike two subjects must be written to be one question.
        checks: The relation rules (:data:`reconcile.relations.CHECKS`).
        rule: The estimate rule (:func:`reconcile.estimation.median_rule`).
        extract_documents: Extract claims from the documents given. Pass
            ``False`` when the claims of those documents are given too (already
            extracted, or edited by hand): the documents then serve only for
            their metadata (publication dates, ``derived_from``).
        origins: What you know of copies and translations: document id ->
            the id of the document (or of any shared origin name) it restates.
            Documents mapped to one origin are one voice, as if one were
            ``derived_from`` the other; this adds to what reconcile finds
            itself, and needs no Document for ids known only from claims.
        engine: ``"dask"`` runs the stages on a Dask cluster
            (:func:`reconcile.distributed.reconcile`, needs
            ``reconcile-claims[dask]``): the same report, whose documents
            carry no text.
        client: The ``distributed.Client`` of the cluster for ``engine="dask"``;
            without one, a local cluster sized to the machine.

    Returns:
        A report with the documents, the claims, the clusters (each with its
        estimate), and the relations found.

    Raises:
        TypeError: If an item is neither a Document nor a Claim.
        InvalidValueError: If a setting is out of its range (a negative
            ``window_days``, a ``threshold`` outside 0..1 or NaN).
        InvalidClaimError: If two different documents share an id (the same
            document given twice is read once). Different claims that share
            an id (hand-made claims of one document, span and quote) are kept
            once, with a warning on the ``reconcile`` logger.

    Notes:
        The cyclic garbage collector is paused during the call; the objects
        alive at its end go to the oldest generation (see "Garbage
        collection" in ``docs/reference/api.md``).

    Examples:
        >>> report = reconcile([
        ...     Document(id="a.txt", text="Officials said around 300 Tajiks are fighting in Syria.",
        ...              published="2014-11"),
        ...     Document(id="b.txt",
        ...              text="The ministry said around 200 Tajiks are fighting in Syria.",
        ...              published="2015-01"),
        ... ])
        >>> [r.kind.value for r in report.relations]
        ['contradicts']
        >>> report.clusters[0].estimate.best
        250
    """
    _check_settings(tolerance, window_days, threshold, origins)
    if engine == "dask":
        from . import distributed  # noqa: PLC0415 - needs the dask extra

        return distributed.reconcile(
            items,
            client=client,
            tolerance=tolerance,
            window_days=window_days,
            threshold=threshold,
            checks=checks,
            rule=rule,
            extract_documents=extract_documents,
            origins=origins,
        )
    if engine != "local":
        raise ValueError(f"engine must be 'local' or 'dask', not {engine!r}")
    with paused_gc():
        return _reconcile(
            items,
            Context(tolerance=tolerance, window_days=window_days),
            threshold=threshold,
            checks=checks,
            rule=rule,
            extract_documents=extract_documents,
            given_origins=origins or {},
        )


def _check_settings(
    tolerance: object, window_days: object, threshold: object, origins: object
) -> None:
    """Refuse settings that would change the answer silently (a NaN, a negative window)."""
    if not isinstance(tolerance, Tolerance):
        raise InvalidValueError("tolerance", tolerance, "must be a Tolerance")
    if isinstance(window_days, bool) or not isinstance(window_days, int) or window_days < 0:
        raise InvalidValueError("window_days", window_days, "must be a whole number, 0 or more")
    if (
        isinstance(threshold, bool)
        or not isinstance(threshold, int | float)
        or not 0 <= threshold <= 1  # also false for NaN
    ):
        raise InvalidValueError("threshold", threshold, "must be a number from 0 to 1")
    if origins is not None and not isinstance(origins, Mapping):
        raise InvalidValueError("origins", origins, "must be a mapping of document id -> origin")


def claims_of(document: Document) -> tuple[Claim, ...]:
    """Extract the claims of one document; none for a language without a lexicon.

    The per-document boundary of :func:`reconcile`: a document whose language
    reconcile does not read is logged (WARNING, ``reconcile`` logger) and
    gives no claims. Any other exception propagates with a note naming the
    document.

    Examples:
        >>> claims_of(Document(id="a.txt", text="Il y a 300 combattants.", lang="fr"))
        ()
    """
    try:
        return extract(document)
    except UnsupportedLanguageError as err:
        _log.warning("%s: not read, no claims: %s", document.id, err)
        return ()
    except Exception as err:
        err.add_note(f"while extracting the claims of document {document.id!r}")
        raise


_claim_order: Callable[[Claim], tuple[str, int, int, str]] = operator.attrgetter(
    "document", "span.start", "span.end", "id"
)
"""Claims by document and span: ``(document, span.start, span.end, id)``, read in C (a
million keys for one sort)."""


@contextlib.contextmanager
def _stage(name: str) -> Iterator[None]:
    """Log how long a stage took (DEBUG, ``reconcile`` logger, fields ``stage``, ``seconds``)."""
    start = time.perf_counter()
    yield
    seconds = time.perf_counter() - start
    # the fields as such too, for tools that collect them (benchmarks/bench_reconcile.py)
    _log.debug("%s: %.2f s", name, seconds, extra={"stage": name, "seconds": seconds})


def _unique_documents(documents: list[Document]) -> list[Document]:
    """The documents sorted by id, each once; two different documents may not share an id."""
    by_id: dict[str, Document] = {}
    for doc in documents:
        kept = by_id.setdefault(doc.id, doc)
        if kept is not doc and kept != doc:
            raise InvalidClaimError(
                "documents", doc.id, "two different documents share this id: ids must be unique"
            )
    return sorted(by_id.values(), key=lambda d: d.id)


def _unique_claims(claims: list[Claim]) -> list[Claim]:
    """Sorted claims, each id once; of different claims sharing an id, one is kept, with a warning.

    Hand-made claims of one document, span and quote get one id
    (:func:`~reconcile.model.claim_id`). The one kept is the first by its
    JSON, so that the same claims in any order give the same report.
    """
    unique: dict[str, Claim] = {}
    dropped = 0
    for claim in claims:
        kept = unique.setdefault(claim.id, claim)
        if kept is claim or kept == claim:
            continue  # a new id, or the same claim given twice
        dropped += 1
        if claim.to_json() < kept.to_json():
            unique[claim.id] = claim
    if dropped:
        _log.warning(
            "%d claim(s) share an id with a different claim and were dropped: give claims of "
            "one document, span and quote different ids (Claim(id=...)) to keep them",
            dropped,
        )
    return list(unique.values())


def _reconcile(
    items: Iterable[Document | Claim],
    context: Context,
    *,
    threshold: float,
    checks: Sequence[Check],
    rule: Rule,
    extract_documents: bool,
    given_origins: Mapping[str, str],
) -> Report:
    documents: list[Document] = []
    claims: list[Claim] = []
    with _stage("extract"):
        for item in items:
            if isinstance(item, Document):
                documents.append(item)
                if extract_documents:
                    claims.extend(claims_of(item))
            elif isinstance(item, Claim):
                claims.append(item)
            else:
                raise TypeError(f"expected Document or Claim, not {type(item).__name__}")
    with _stage("origins"):
        documents = _unique_documents(documents)
        claims.sort(key=_claim_order)
        unique = _unique_claims(claims)
        del claims  # a million claims: keep one list of them
        # only the documents that share an origin: every reader of these origins
        # takes a document missing from them as its own origin (get(d, d)), and a
        # table of a million documents each its own origin is looked up once per
        # claim by the later stages, at a cache miss each, and holds tens of MiB
        merged = _with_given(_shared_origins(documents, unique), given_origins)
        shared = {document: origin for document, origin in merged.items() if document != origin}
        del merged
        context = attrs.evolve(context, origins=shared)
        unique = _date_from_origin(documents, unique, context.origins)
    with _stage("cluster"):
        # unique by id already (just above): no set of a million ids to check them again
        grouped = _members_of_unique(unique, threshold)
    with _stage("estimate"):
        grouped = tuple(
            (
                k._with_estimate(
                    estimate(
                        members,
                        rule=rule,
                        origins=context.origins,
                        window_days=context.window_days,
                    )
                ),
                members,
            )
            for k, members in grouped
        )
    with _stage("relate"):
        # in the order of in_report_order already: no need to sort millions again
        relations = relate_members(
            unique, grouped, context=context, checks=checks, claims_are_members=True
        )
        clusters = tuple(k for k, _ in grouped)
        del grouped
    with _stage("report"):
        report = Report._trusted(tuple(documents), tuple(unique), clusters, relations)
    _log.debug(
        "%d claims, %d questions, %d relations",
        len(report.claims),
        len(report.clusters),
        len(report.relations),
    )
    return report


def _cluster_pair(home: Mapping[str, int], relation: Relation) -> tuple[bool, int, int]:
    p, q = (home[cid] for cid in relation.claims)
    return (p != q, min(p, q), max(p, q))


def in_report_order(
    clusters: Sequence[Cluster], relations: Iterable[Relation]
) -> tuple[Relation, ...]:
    """Relations in the order of the report: by question, then by pair of questions.

    The relations within each question come first, question by question;
    then those between two questions, by the positions of the pair. The sort
    is stable: within one question or one pair the order
    :func:`reconcile.relations.relate_members` gives (time order) is kept.
    The order so depends on nothing but the clusters, never on the order in
    which pairs of questions were found (which follows set iteration, and so
    the interpreter's string hashes) nor on how a run was partitioned
    (:mod:`reconcile.distributed` assembles its relations with this order).

    Examples:
        >>> in_report_order([], [])
        ()
    """
    home = {cid: n for n, k in enumerate(clusters) for cid in k.claims}
    return tuple(sorted(relations, key=lambda r: _cluster_pair(home, r)))


def _with_given(found: Mapping[str, str], given: Mapping[str, str]) -> dict[str, str]:
    """Merge the origins a user knows into those found: groups that share a member become one.

    The origin id of each group is its smallest document id, as in
    :func:`reconcile.origins.origins`.

    Examples:
        >>> _with_given({"a": "a", "b": "b", "c": "b"}, {"c": "a"})
        {'a': 'a', 'b': 'a', 'c': 'a'}
    """
    if not given:
        return dict(found)
    return groups((str(d), str(o)) for pairs in (found, given) for d, o in pairs.items())


def _date_from_origin(
    documents: Sequence[Document], claims: Sequence[Claim], origin_of: Mapping[str, str]
) -> list[Claim]:
    """Date the claims of an undated document by the documents of its origin.

    A translation or a copy appears when its original does: when the
    documents of one origin carry one publication date, claims without a date
    of their own in an undated member take it.
    """
    dates: dict[str, set[str]] = {}
    for doc in documents:
        if doc.published:
            dates.setdefault(origin_of.get(doc.id, doc.id), set()).add(doc.published)
    undated = {d.id for d in documents if not d.published}
    if not dates or not undated:
        return list(claims)
    out = []
    for claim in claims:
        known = dates.get(origin_of.get(claim.document, claim.document), set())
        if claim.as_of is None and claim.document in undated and len(known) == 1:
            out.append(attrs.evolve(claim, as_of=next(iter(known))))
        else:
            out.append(claim)
    return out
