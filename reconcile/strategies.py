"""Hypothesis strategies for reconcile's types, for property tests of code built on it.

Install with the ``strategies`` extra (``pip install "reconcile-claims[strategies]"``).
The strategies are also registered with hypothesis through its entry point,
so ``st.from_type(Claim)`` works in any suite once reconcile is installed.

Every strategy generates only valid values and, by default, all of them:
Arabic and mixed-direction text included. Bounds are keyword-only; parts are
passed as strategies.

Examples:
    >>> from hypothesis import given
    >>> from reconcile import strategies as rst
    >>> @given(rst.quantities())
    ... def test_interval_is_never_empty(q):
    ...     assert q.interval().low <= q.interval().high
    >>> test_interval_is_never_empty()
"""

from __future__ import annotations

import datetime as _dt

import attrs
from hypothesis import strategies as st

from .model import (
    Claim,
    Cluster,
    Direction,
    Document,
    Estimate,
    Interval,
    Qualifier,
    Quantity,
    Relation,
    RelationKind,
    Relative,
    Span,
    Tolerance,
)
from .report import Report

__all__ = [
    "claims",
    "clusters",
    "dates",
    "documents",
    "estimates",
    "intervals",
    "quantities",
    "relations",
    "reports",
    "spans",
    "texts",
    "tolerances",
]


def texts(*, min_size: int = 0, max_size: int | None = None) -> st.SearchStrategy[str]:
    """Text mixing Latin, Arabic, digits, direction marks and anything else.

    Surrogates are left out: they cannot be encoded as UTF-8 JSON.
    """
    arabic = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
    marks = st.sampled_from("\u200b\u200c\u200d\u200e\u200f\u061c\u0640")
    anything = st.characters(exclude_categories=["Cs"])
    alphabet = st.one_of(anything, arabic, marks, st.sampled_from("0123456789 ,.-"))
    return st.text(alphabet, min_size=min_size, max_size=max_size)


def _ids() -> st.SearchStrategy[str]:
    # no control character nor U+FFFE/U+FFFF: an id holds none (GraphML could not carry it)
    letters = st.characters(exclude_categories=["Cs", "Cc"], exclude_characters="\ufffe\uffff")
    return st.text(letters, min_size=1, max_size=20)


def _numbers(
    *, min_value: int | float = 0, max_value: int | float = 10**12
) -> st.SearchStrategy[int | float]:
    return st.one_of(
        st.integers(min_value=int(min_value), max_value=int(max_value)),
        st.floats(min_value=min_value, max_value=max_value, allow_nan=False, allow_infinity=False),
    )


def spans(*, max_value: int = 10**6) -> st.SearchStrategy[Span]:
    """Valid spans ``[start, end)`` with ``end <= max_value``."""
    return st.tuples(
        st.integers(min_value=0, max_value=max_value), st.integers(min_value=0, max_value=max_value)
    ).map(lambda t: Span(min(t), max(t)))


def dates() -> st.SearchStrategy[str]:
    """ISO dates at any of the three precisions: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``."""
    return st.builds(
        lambda d, n: d.isoformat()[:n],
        st.dates(min_value=_dt.date(1900, 1, 1), max_value=_dt.date(2100, 12, 31)),
        st.sampled_from([4, 7, 10]),
    )


def quantities(
    *,
    qualifiers: st.SearchStrategy[Qualifier] | None = None,
    min_value: int | float = 0,
    max_value: int | float = 10**12,
    texts: st.SearchStrategy[str] | None = None,
) -> st.SearchStrategy[Quantity]:
    """Valid quantities of every qualifier (or of those ``qualifiers`` draws)."""
    numbers = _numbers(min_value=min_value, max_value=max_value)
    words = texts if texts is not None else _short_text()
    pairs = st.tuples(numbers, numbers).map(sorted)
    relative = st.none() | st.builds(Relative, st.floats(0.1, 10), words)
    builders = {
        Qualifier.EXACT: st.builds(
            lambda v, t, r: Quantity(v, v, Qualifier.EXACT, t, relative=r), numbers, words, relative
        ),
        Qualifier.APPROX: st.builds(
            lambda v, t, d: Quantity(v, v, Qualifier.APPROX, t, direction=d),
            numbers,
            words,
            st.none() | st.sampled_from(Direction),
        ),
        Qualifier.AT_LEAST: st.builds(Quantity.at_least, numbers, words),
        Qualifier.AT_MOST: st.builds(Quantity.at_most, numbers, words),
        Qualifier.RANGE: st.builds(lambda p, t: Quantity.between(p[0], p[1], t), pairs, words),
        Qualifier.VAGUE: st.builds(lambda p, t: Quantity.vague(p[0], p[1], t), pairs, words),
    }
    chosen = (
        st.one_of(*builders.values())
        if qualifiers is None
        else qualifiers.flatmap(lambda q: builders[q])
    )
    # a unit the expression states ("$75m" is USD), or none
    units = st.none() | st.sampled_from(["USD", "EUR", "percent", "km", "people"])
    return st.tuples(chosen, units).map(lambda qu: attrs.evolve(qu[0], unit=qu[1]))


def _short_text() -> st.SearchStrategy[str]:
    return texts(max_size=30)


def intervals(*, max_value: float = 1e12) -> st.SearchStrategy[Interval]:
    """Closed intervals, some unbounded above."""
    bound = st.floats(min_value=0, max_value=max_value, allow_nan=False)
    return st.tuples(bound, bound | st.just(float("inf"))).map(lambda t: Interval(min(t), max(t)))


def tolerances() -> st.SearchStrategy[Tolerance]:
    """Tolerances with every width between none and half the value."""
    width = st.floats(min_value=0, max_value=0.5)
    return st.builds(
        Tolerance, approx=width, approx_min=st.floats(0, 10), near=width, exact=st.floats(0, 0.05)
    )


def documents(*, texts: st.SearchStrategy[str | None] | None = None) -> st.SearchStrategy[Document]:
    """Documents with any text (or none), language, date and metadata."""
    return st.builds(
        Document,
        id=_ids(),
        text=texts if texts is not None else (st.none() | _long_text()),
        lang=st.none() | st.sampled_from(["en", "ar", "ru"]),
        published=st.none() | dates(),
        outlet=st.none() | _short_text(),
        url=st.none() | _short_text(),
        title=st.none() | _short_text(),
        derived_from=st.none() | _ids(),
        metadata=st.dictionaries(_ids(), _short_text(), max_size=3),
    )


def _long_text() -> st.SearchStrategy[str]:
    return texts(max_size=200)


def claims(
    *,
    documents: st.SearchStrategy[str] | None = None,
    quantities: st.SearchStrategy[Quantity] | None = None,
) -> st.SearchStrategy[Claim]:
    """Claims not tied to a document text (``documents`` draws their document ids)."""
    words = _short_text()
    return st.builds(
        Claim,
        document=documents if documents is not None else _ids(),
        span=spans(),
        quantity=quantities if quantities is not None else _quantities_default(),
        quote=words,
        measure=st.none() | st.sampled_from(["fighters", "killed", "returned", "detained"]) | words,
        unit=st.sampled_from(["people", "times", "USD"]),
        subject=st.none() | words,
        places=st.lists(words, max_size=3),
        as_of=st.none() | dates(),
        speaker=st.none() | words,
        outlet=st.none() | words,
        lang=st.none() | st.sampled_from(["en", "ar"]),
    )


def _quantities_default() -> st.SearchStrategy[Quantity]:
    return quantities()


def relations(claim_ids: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Relation]:
    """Relations of every kind between two or more distinct claim ids."""
    ids = claim_ids if claim_ids is not None else _ids()
    return st.builds(
        Relation,
        st.sampled_from(RelationKind),
        st.lists(ids, min_size=2, max_size=4, unique=True),
        _short_text().filter(bool) | st.just("reason"),
    )


def estimates() -> st.SearchStrategy[Estimate]:
    """Estimates with ordered bounds, any of which may be missing."""
    return (
        st.lists(_numbers(), min_size=3, max_size=3)
        .map(sorted)
        .flatmap(
            lambda v: st.builds(
                Estimate,
                low=st.sampled_from([v[0], None]),
                best=st.sampled_from([v[1], None]),
                high=st.sampled_from([v[2], None]),
                rule=st.sampled_from(["", "median", "conservative"]),
            )
        )
    )


def clusters(claim_ids: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Cluster]:
    """Clusters of one or more distinct claim ids."""
    ids = claim_ids if claim_ids is not None else _ids()
    return st.builds(
        Cluster,
        id=_ids(),
        claims=st.lists(ids, min_size=1, max_size=5, unique=True),
        measure=st.none() | _short_text(),
        subject=st.none() | _short_text(),
        places=st.lists(_short_text(), max_size=2),
        estimate=st.none() | estimates(),
    )


@st.composite
def reports(draw: st.DrawFn, *, max_claims: int = 6) -> Report:
    """Consistent reports: clusters and relations name only claims the report holds.

    Documents carry no text, so any claim span is valid.
    """
    docs = draw(st.lists(documents(texts=st.none()), max_size=3, unique_by=lambda d: d.id))
    doc_ids = st.sampled_from([d.id for d in docs]) if docs else _ids()
    found = draw(st.lists(claims(documents=doc_ids), max_size=max_claims, unique_by=lambda c: c.id))
    ids = [c.id for c in found]
    kept_clusters: list[Cluster] = []
    kept_relations: list[Relation] = []
    if ids:
        kept_clusters = draw(st.lists(clusters(st.sampled_from(ids)), max_size=3))
    if len(ids) >= 2:
        kept_relations = draw(st.lists(relations(st.sampled_from(ids)), max_size=3))
    return Report(documents=docs, claims=found, clusters=kept_clusters, relations=kept_relations)
