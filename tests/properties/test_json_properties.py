"""JSON round-trips and id determinism over everything the strategies build."""

import json

from hypothesis import given
from hypothesis import strategies as st

from reconcile import Claim, Document, Quantity, Report, claim_id
from reconcile import strategies as rst


@given(rst.quantities())
def test_quantity_round_trips(q):
    assert Quantity.from_dict(json.loads(json.dumps(q.to_dict()))) == q


@given(rst.claims())
def test_claim_round_trips(claim):
    assert Claim.from_json(claim.to_json()) == claim


@given(rst.documents())
def test_document_round_trips_with_text(doc):
    data = json.loads(json.dumps(doc.to_dict(include_text=True)))
    assert Document.from_dict(data) == doc


@given(rst.reports())
def test_report_round_trips(report):
    assert Report.from_json(report.to_json()) == report


@given(rst.claims(), st.integers(min_value=1, max_value=50))
def test_claim_ids_depend_on_document_position_and_words_only(claim, shift):
    rebuilt = Claim(
        document=claim.document, span=claim.span, quantity=claim.quantity, quote=claim.quote
    )
    assert rebuilt.id == claim_id(claim.document, claim.span, claim.quote)
    # the same claim with other attributes keeps its id ...
    other = Claim(
        document=claim.document,
        span=claim.span,
        quantity=claim.quantity,
        quote=claim.quote,
        measure="killed",
        speaker="someone else",
    )
    assert other.id == rebuilt.id
    # ... and moving it elsewhere changes it
    moved = claim.span.shift(shift)
    assert claim_id(claim.document, moved, claim.quote) != rebuilt.id
    assert claim_id(claim.document + "x", claim.span, claim.quote) != rebuilt.id


@given(st.data())
def test_from_type_uses_the_registered_strategies(data):
    # registered through the hypothesis entry point declared in pyproject.toml
    claim = data.draw(st.from_type(Claim))
    assert isinstance(claim, Claim)
    assert isinstance(data.draw(st.from_type(Report)), Report)
