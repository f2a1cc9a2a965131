import json
import math

import attrs
import pytest

from reconcile import (
    Claim,
    Cluster,
    Direction,
    Document,
    Estimate,
    FormatError,
    InvalidClaimError,
    InvalidQuantityError,
    InvalidSpanError,
    Qualifier,
    Quantity,
    ReconcileError,
    Relation,
    Report,
    Span,
    claim_id,
)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"low": 5, "high": 3, "qualifier": "range"}, "low"),
        ({"low": -1, "high": -1, "qualifier": "exact"}, "low"),
        ({"low": 1, "high": 1, "qualifier": "roughly"}, "qualifier"),
        ({"low": None, "high": 5, "qualifier": "at_least"}, "low"),
        ({"low": 5, "high": 5, "qualifier": "at_least"}, "high"),
        ({"low": 5, "high": None, "qualifier": "at_most"}, "low"),
        ({"low": 3, "high": 4, "qualifier": "exact"}, "high"),
        ({"low": math.nan, "high": 4, "qualifier": "range"}, "value"),
        ({"low": math.inf, "high": math.inf, "qualifier": "exact"}, "value"),
        ({"low": True, "high": True, "qualifier": "exact"}, "value"),
        ({"low": 3, "high": 3, "qualifier": "exact", "direction": "below"}, "direction"),
    ],
)
def test_invalid_quantity_names_the_field(kwargs, field):
    with pytest.raises(InvalidQuantityError) as info:
        Quantity(**kwargs)
    assert info.value.field == field
    assert field in str(info.value)
    assert isinstance(info.value, ReconcileError)
    assert isinstance(info.value, ValueError)


def test_span_must_be_ordered_and_non_negative():
    with pytest.raises(InvalidSpanError, match="start"):
        Span(5, 2)
    with pytest.raises(InvalidSpanError, match="start"):
        Span(-1, 2)


def test_span_outside_document_is_rejected_by_report():
    doc = Document(id="a.txt", text="short")
    claim = Claim(document="a.txt", span=Span(2, 50), quantity=Quantity.exact(3))
    with pytest.raises(InvalidSpanError, match="beyond the end"):
        Report(documents=[doc], claims=[claim])
    with pytest.raises(InvalidSpanError):
        doc.quote(Span(0, 6))


def test_claim_quantity_span_must_match():
    with pytest.raises(InvalidSpanError, match=r"quantity\.span"):
        Claim(
            document="a.txt",
            span=Span(0, 3),
            quantity=Quantity(3, 3, "exact", "300", span=Span(1, 4)),
        )


@pytest.mark.parametrize("as_of", ["2015-13", "15", "2015-02-30", "Jan 2015"])
def test_claim_rejects_bad_dates(as_of):
    with pytest.raises(InvalidClaimError, match="as_of"):
        Claim(document="a", span=Span(0, 1), quantity=Quantity.exact(1), as_of=as_of)


def test_claim_places_must_be_a_sequence():
    with pytest.raises(InvalidClaimError, match="places"):
        Claim(document="a", span=Span(0, 1), quantity=Quantity.exact(1), places="Syria")


def test_claim_id_is_stable_and_sensitive_to_position():
    a = claim_id("a.txt", Span(5, 8), "300")
    assert a == claim_id("a.txt", Span(5, 8), "300")
    assert a != claim_id("a.txt", Span(6, 9), "300")
    assert a != claim_id("b.txt", Span(5, 8), "300")
    assert a.startswith("c-")
    c = Claim(document="a.txt", span=Span(5, 8), quantity=Quantity.exact(300), quote="300")
    assert c.id == a


def test_relation_needs_two_distinct_claims():
    with pytest.raises(InvalidClaimError, match="two distinct"):
        Relation("agrees", ["c-1", "c-1"], "same")
    with pytest.raises(InvalidClaimError, match="kind"):
        Relation("disagrees", ["c-1", "c-2"], "x")
    with pytest.raises(InvalidClaimError, match="reason"):
        Relation("agrees", ["c-1", "c-2"], "")


def test_estimate_must_be_ordered():
    with pytest.raises(InvalidClaimError, match="best"):
        Estimate(low=1, best=5, high=3)
    assert Estimate(low=1, high=3).best is None


def test_report_rejects_dangling_ids():
    claim = Claim(document="a", span=Span(0, 1), quantity=Quantity.exact(1))
    with pytest.raises(InvalidClaimError, match="does not hold"):
        Report(claims=[claim], clusters=[Cluster(id="k-1", claims=[claim.id, "c-x"])])
    with pytest.raises(InvalidClaimError, match="unique"):
        Report(claims=[claim, claim])


def test_integral_floats_become_ints():
    q = Quantity(300.0, 300.0, Qualifier.APPROX)
    assert q.low == 300
    assert isinstance(q.low, int)


def test_claim_json_has_the_contract_fields():
    claim = Claim(
        document="003.txt",
        span=Span(10, 20),
        quote="there are around 300 Tajik citizens fighting in Syria",
        quantity=Quantity.approx(300, "around 300"),
        measure="fighters",
        subject="Tajik nationals",
        places=["Syria"],
        as_of="2014-11",
        speaker="State Committee for National Security",
        lang="en",
    )
    data = json.loads(claim.to_json())
    assert set(data) >= {
        "id",
        "document",
        "span",
        "quote",
        "quantity",
        "measure",
        "unit",
        "subject",
        "places",
        "as_of",
        "speaker",
        "lang",
    }
    assert data["quantity"] == {
        "low": 300,
        "high": 300,
        "qualifier": "approx",
        "text": "around 300",
    }
    assert data["span"] == [10, 20]
    assert Claim.from_json(claim.to_json()) == claim


def test_at_least_json_has_null_high():
    data = Quantity.at_least(6, "at least six").to_dict()
    assert data["low"] == 6
    assert data["high"] is None


def test_from_dict_reports_missing_fields():
    with pytest.raises(FormatError, match="qualifier"):
        Quantity.from_dict({"low": 1, "high": 1})
    with pytest.raises(FormatError, match="JSON"):
        Report.from_json("{not json")


def test_direction_only_for_approx():
    q = Quantity.approx(1000, "almost 1,000", direction=Direction.BELOW)
    assert q.interval().high == 1000
    assert q.interval().low == pytest.approx(900)


def test_a_cluster_with_its_estimate_equals_the_evolved_cluster():
    k = Cluster(id="k-1", claims=["c-1", "c-2"], measure="killed", subject="x", places=["Syria"])
    e = Estimate(low=1, best=2, high=3, claims=["c-1"])
    made = k._with_estimate(e)
    assert made == attrs.evolve(k, estimate=e)
    assert made.to_dict() == attrs.evolve(k, estimate=e).to_dict()
    assert k.estimate is None  # the original is untouched
    with pytest.raises(InvalidClaimError):
        k._with_estimate("not an estimate")  # type: ignore[arg-type]
