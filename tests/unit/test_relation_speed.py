"""Cheaper internals of the relation stage give what the plain forms give."""

from __future__ import annotations

import math

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile import Claim, Quantity, Span
from reconcile.model import DEFAULT_TOLERANCE, Interval, Qualifier, RelationKind, Tolerance
from reconcile.model.quantity import Direction
from reconcile.names import same_source
from reconcile.relations import pairing
from reconcile.relations.checks import nested_scopes
from reconcile.relations.evidence import Context, Evidence
from reconcile.relations.pairing import _QUIET, _quiet
from reconcile.scope import Period, Scope, _question, scope_of


def test_quiet_by_identity_is_membership() -> None:
    assert {k for k in RelationKind if _quiet(k)} == set(_QUIET)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Harbour Authority", "the Harbour Authority spokesman", True),
        ("Ministry of Ports", "Ministry of Ports", True),
        ("Captain Oduya", "Oduya", True),
        ("Speaker 3", "Speaker 31", False),
        ("Port Council", "Port Authority", False),
        ("", "Port Council", False),
        ("Port Council", "--", False),
    ],
)
def test_same_source_per_name(a: str, b: str, same: bool) -> None:
    assert same_source(a, b) is same
    assert same_source(b, a) is same


@pytest.mark.parametrize(
    "quantity",
    [
        Quantity.exact(40),
        Quantity.approx(1200),
        Quantity.approx(1200, direction=Direction.BELOW),
        Quantity.approx(1200, direction=Direction.ABOVE),
        Quantity.at_least(7),
        Quantity.at_most(90),
        Quantity.between(10, 20),
        Quantity.vague(100, 900),
    ],
)
@pytest.mark.parametrize("tolerance", [DEFAULT_TOLERANCE, Tolerance(exact=0.05)])
def test_interval_of_each_qualifier(quantity: Quantity, tolerance: Tolerance) -> None:
    got = quantity.interval(tolerance)
    q, low, high = quantity.qualifier, quantity.low, quantity.high
    if q is Qualifier.AT_LEAST:
        want = Interval(low, math.inf)  # type: ignore[arg-type]
    elif q is Qualifier.AT_MOST:
        want = Interval(0, high)  # type: ignore[arg-type]
    elif q is Qualifier.EXACT:
        spread = low * tolerance.exact  # type: ignore[operator]
        want = Interval(max(0.0, low - spread), high + spread)  # type: ignore[operator]
    elif q is Qualifier.APPROX and quantity.direction is Direction.BELOW:
        want = Interval(max(0.0, low * (1 - tolerance.near)), high)  # type: ignore[operator,arg-type]
    elif q is Qualifier.APPROX and quantity.direction is Direction.ABOVE:
        want = Interval(low, high * (1 + tolerance.near))  # type: ignore[arg-type,operator]
    elif q is Qualifier.APPROX:
        spread = max(low * tolerance.approx, tolerance.approx_min)  # type: ignore[operator]
        want = Interval(max(0.0, low - spread), high + spread)  # type: ignore[operator]
    else:
        want = Interval(low, high)  # type: ignore[arg-type]
    assert got == want


def _evidence(subject: str | None, places: list[str], value: int) -> Evidence:
    claim = Claim(
        document=f"d{value}",
        span=Span(0, 2),
        quantity=Quantity.exact(value),
        measure="displaced",
        subject=subject,
        places=places,
        as_of="2020-03",
    )
    return Evidence.of(claim, Context())


def test_nested_scopes_one_question_is_left_to_the_value_rules() -> None:
    ctx = Context()
    assert (
        nested_scopes(
            _evidence("fishermen", ["Kenya"], 10), _evidence("fishermen", ["Kenya"], 90), ctx
        )
        is None
    )
    assert nested_scopes(_evidence(None, [], 10), _evidence(None, [], 90), ctx) is None
    # a narrower place under the same subject is not one question
    narrow, wide = _evidence("fishermen", ["Mosul"], 10), _evidence("fishermen", ["Iraq"], 90)
    assert nested_scopes(narrow, wide, ctx) is not None


@pytest.mark.parametrize(
    ("measure", "subject", "places", "as_of"),
    [
        ("killed", "Welsh miners", ["Cardiff"], "2019-03"),
        ("returned", "part of the dockers", ["Cardiff", "Swansea"], None),
        (None, None, [], "2020"),
    ],
)
def test_a_scope_built_slot_by_slot_is_the_scope_its_init_builds(
    measure: str | None, subject: str | None, places: list[str], as_of: str | None
) -> None:
    claim = Claim(
        document="a.txt",
        span=Span(0, 2),
        quantity=Quantity.exact(12),
        measure=measure,
        subject=subject,
        places=places,
        as_of=as_of,
    )
    kind, group, role, parsed, where, reach, cumulative = _question(
        measure, claim.unit, subject, claim.places
    )
    built = Scope(
        measure, kind, claim.unit, subject, group, role, parsed, where, reach,
        Period.from_iso(as_of), cumulative,
    )  # fmt: skip
    assert scope_of(claim) == built


@given(
    st.lists(st.sampled_from([None, "2019-03", "2019-03-02", "2020"]), min_size=1, max_size=6),
    st.sampled_from([None, "measure", "subject", "places"]),
    st.integers(min_value=0, max_value=5),
)
def test_the_evidence_of_a_cluster_is_that_of_each_claim(
    dates: list[str | None], odd: str | None, where: int
) -> None:
    claims = [
        Claim(
            document=f"{n % 2}.txt",
            span=Span(n, n + 2),
            quantity=Quantity.approx(10 + n),
            measure="injured",
            subject="Welsh miners",
            places=["Cardiff", "Swansea"],
            as_of=as_of,
        )
        for n, as_of in enumerate(dates)
    ]
    if odd is not None:
        # one claim that asks another question: no shared part of the scope for it
        changed = {"measure": "killed", "subject": "miners", "places": ["Swansea"]}[odd]
        at = where % len(claims)
        claims[at] = attrs.evolve(claims[at], **{odd: changed})
    ctx = Context(origins={"1.txt": "0.txt"})
    found, one = Evidence.of_members(claims, ctx)
    assert one == (odd is None or len(claims) == 1)
    for got, claim in zip(found, claims, strict=True):
        want = Evidence.of(claim, ctx)
        assert (got.claim, got.scope, got.interval, got.time_key, got.origin) == (
            want.claim,
            want.scope,
            want.interval,
            want.time_key,
            want.origin,
        )


def test_the_claims_of_one_question_and_date_share_their_scope() -> None:
    claims = [
        Claim(document=d, span=Span(0, 2), quantity=Quantity.exact(9), measure="killed", as_of=a)
        for d, a in (("a", "2020-01"), ("b", "2020-01"), ("c", "2020-02"))
    ]
    found, one = Evidence.of_members(claims, Context())
    assert one
    assert found[0].scope is found[1].scope
    assert found[1].scope is not found[2].scope
    assert Evidence.of_members([], Context()) == ([], False)


_TOWNS = ["Cardiff", "Swansea", "Newport"]
_WHO = [None, "miners", "Welsh miners", "Crew 1", "Crew 2", "dockers"]


@settings(max_examples=60)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["killed", "injured", "died"]),
            st.sampled_from(_WHO),
            st.lists(st.sampled_from(_TOWNS), max_size=2, unique=True),
            st.integers(0, 3),  # the document
            st.integers(1, 4),  # how many claims the question has
        ),
        min_size=2,
        max_size=40,
    ),
    st.integers(1, 3),
)
def test_questions_met_from_one_side_are_those_met_from_both(
    questions: list[tuple[str, str | None, list[str], int, int]], per: int
) -> None:
    members = [
        [
            Claim(
                document=f"{(document + k) % 5}.txt",
                span=Span(n, n + 1),
                quantity=Quantity.exact(n + 1),
                measure=measure,
                subject=subject,
                places=places,
            )
            for k in range(size)
        ]
        for n, (measure, subject, places, document, size) in enumerate(questions)
    ]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pairing, "RELATED_PER_CLUSTER", per)  # crowded, so that tops are cut
        once = sorted(pairing._related_clusters(members))
        patch.setattr(pairing, "_met_from", lambda *_: False)
        both = sorted(pairing._related_clusters(members))
    assert once == both


def test_claims_given_as_the_members_relate_as_the_clusters_do() -> None:
    from pathlib import Path

    from reconcile import extract
    from reconcile.clustering import cluster_members
    from reconcile.documents import parse_document
    from reconcile.pipeline import _claim_order
    from reconcile.relations import relate_members

    root = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"
    documents = [parse_document(p.read_text("utf-8"), p.name) for p in sorted(root.glob("*.txt"))]
    claims = sorted((c for d in documents for c in extract(d)), key=_claim_order)
    # a figure stated twice in one document, in two questions: read from either side
    grouped = cluster_members(claims)
    assert any(len(b) > 1 for b in pairing._same_figure_in_a_document(claims, by_document=True))
    given = relate_members(claims, grouped, claims_are_members=True)
    assert given == relate_members(claims, grouped)
    assert given
