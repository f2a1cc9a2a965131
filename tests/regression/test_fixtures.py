"""Every fixture document gives exactly its expected claims (see fixtures/README.md)."""

import json
from pathlib import Path

import pytest

import reconcile

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
EXPECTED = FIXTURES / "expected"
CASES = sorted(p for p in EXPECTED.rglob("*.expected.jsonl") if p.parent.name != "relations")


def _document(expected_path):
    """The fixture document that ``expected/FOLDER/NAME.expected.jsonl`` describes."""
    name = expected_path.name.split(".")[0] + ".txt"
    (doc,) = reconcile.load(FIXTURES / expected_path.parent.name / name)
    return doc


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
    doc = _document(expected_path)
    expected = [json.loads(line) for line in expected_path.read_text(encoding="utf-8").splitlines()]
    observed = [_observed(c) for c in reconcile.extract(doc)]
    assert observed == expected


@pytest.mark.parametrize("expected_path", CASES, ids=[p.name.split(".")[0] for p in CASES])
def test_fixture_spans_point_at_their_text(expected_path):
    doc = _document(expected_path)
    for claim in reconcile.extract(doc):
        assert doc.text[claim.span.start : claim.span.end] == claim.quantity.text
        assert claim.quantity.text in claim.quote or claim.quote in doc.text


def test_every_fixture_document_has_expectations():
    texts = {(p.parent.name, p.stem) for p in FIXTURES.rglob("*.txt")}
    expected = {(p.parent.name, p.name.split(".")[0]) for p in CASES}
    assert texts == expected


def test_english_and_arabic_versions_meet():
    """The seed interview and its Arabic translation give the same canonical claims."""
    (en,) = reconcile.load(FIXTURES / "seeds" / "000_recruit_interview.txt")
    (ar,) = reconcile.load(FIXTURES / "seeds" / "002_recruit_interview_ar.txt")

    def canonical(doc):
        return [
            (c.quantity.low, c.quantity.high, c.unit, c.subject, c.places)
            for c in reconcile.extract(doc)
        ]

    assert canonical(en) == canonical(ar)
    # the measures differ only where the translation chose other words:
    # "locked me up" / "سجنوني" (imprisoned), "died of hunger" / "يتضوران جوعا"
    # (starving), "home to" next to a camp / "يقيم" (live): one kind, camp_population
    measures = [
        (a.measure, b.measure)
        for a, b in zip(reconcile.extract(en), reconcile.extract(ar), strict=True)
    ]
    assert measures == [
        (None, "imprisoned"),
        ("joined", "joined"),
        ("camp_population", "population"),
        ("died", "starving"),
    ]


def _relation_key(relation, by_id):
    claims = []
    for claim_id in relation.claims:
        claim = by_id[claim_id]
        claims.append(
            {"document": claim.document, "text": claim.quantity.text, "start": claim.span.start}
        )
    return json.dumps({"kind": relation.kind.value, "claims": claims}, ensure_ascii=False)


def test_seed_relations_are_the_expected_ones():
    """The report on the seed fixtures draws exactly the expected/relations/ relations."""
    report = reconcile.reconcile(reconcile.load(FIXTURES / "seeds"))
    by_id = {c.id: c for c in report.claims}
    observed = sorted(_relation_key(r, by_id) for r in report.relations)
    path = EXPECTED / "relations" / "seeds.expected.jsonl"
    expected = sorted(
        json.dumps(json.loads(line), ensure_ascii=False)
        for line in path.read_text(encoding="utf-8").splitlines()
    )
    assert observed == expected


def test_russian_and_english_versions_meet():
    """The Russian retelling of seed 004 gives the English claims' values and measures."""
    (en,) = reconcile.load(FIXTURES / "seeds" / "004_up_to_1000.txt")
    (ru,) = reconcile.load(FIXTURES / "seeds" / "005_up_to_1000_ru.txt")

    def people(doc):
        return {
            (c.quantity.low, c.quantity.high, c.measure)
            for c in reconcile.extract(doc)
            if c.unit == "people"
        }

    shared = people(en) & people(ru)
    assert {(61, 61, "returned"), (148, 148, "killed"), (None, 1000, "joined")} <= shared
    # and the report reads the retelling as a translation: one voice, not two
    report = reconcile.reconcile([en, ru])
    by_id = {c.id: c for c in report.claims}
    repeated = {
        by_id[r.claims[0]].quantity.low
        for r in report.relations
        if r.kind is reconcile.RelationKind.REPEATS
        and {by_id[i].document for i in r.claims} == {en.id, ru.id}
    }
    assert {61, 148} <= repeated
