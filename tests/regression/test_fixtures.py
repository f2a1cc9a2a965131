"""Every fixture document gives exactly its expected claims (see fixtures/README.md)."""

import json
from pathlib import Path

import pytest

import reconcile

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
CASES = sorted(p for p in FIXTURES.rglob("*.expected.jsonl") if p.parent.name != "relations")
FIELDS = ("measure", "unit", "subject", "places", "speaker", "as_of")


def _observed(claim):
    q = claim.quantity
    return {
        "text": q.text,
        "low": q.low,
        "high": q.high,
        "qualifier": q.qualifier.value,
        **{f: list(getattr(claim, f)) if f == "places" else getattr(claim, f) for f in FIELDS},
    }


@pytest.mark.parametrize("expected_path", CASES, ids=[p.name.split(".")[0] for p in CASES])
def test_fixture_claims(expected_path):
    (doc,) = reconcile.load(expected_path.with_name(expected_path.name.split(".")[0] + ".txt"))
    expected = [json.loads(line) for line in expected_path.read_text(encoding="utf-8").splitlines()]
    observed = [_observed(c) for c in reconcile.extract(doc)]
    assert observed == expected


@pytest.mark.parametrize("expected_path", CASES, ids=[p.name.split(".")[0] for p in CASES])
def test_fixture_spans_point_at_their_text(expected_path):
    (doc,) = reconcile.load(expected_path.with_name(expected_path.name.split(".")[0] + ".txt"))
    for claim in reconcile.extract(doc):
        assert doc.text[claim.span.start : claim.span.end] == claim.quantity.text
        assert claim.quantity.text in claim.quote or claim.quote in doc.text


# Arabic claims are issue #4; its fixture gets expectations with that work.
PENDING = {FIXTURES / "seeds" / "002_recruit_interview_ar"}


def test_every_fixture_document_has_expectations():
    texts = {p.with_suffix("") for p in FIXTURES.rglob("*.txt")}
    expected = {p.with_name(p.name.split(".")[0]) for p in CASES}
    assert texts - expected <= PENDING


def _ref(claims, cid):
    c = claims[cid]
    return {"document": c.document, "text": c.quantity.text, "start": c.span.start}


def test_seed_fixture_relations():
    """Every relation of the retold seeds, and no other (fixtures/relations/)."""
    report = reconcile.reconcile(reconcile.load(FIXTURES / "seeds"))
    claims = {c.id: c for c in report.claims}
    observed = [
        {"kind": r.kind.value, "claims": [_ref(claims, cid) for cid in r.claims]}
        for r in report.relations
    ]
    path = FIXTURES / "relations" / "seeds.expected.jsonl"
    expected = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert observed == expected
    kinds = [r["kind"] for r in expected]
    assert kinds.count("contradicts") == 1  # around 300 against around 200, nothing else
