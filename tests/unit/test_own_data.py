"""Bring your own data: claims from records and DataFrames, and origins a user knows."""

import csv
import io
import math
from pathlib import Path

import pandas as pd
import pytest

import reconcile
from reconcile import Claim, InvalidClaimError, Quantity, Relative, Report, Span

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def seeds() -> Report:
    return reconcile.reconcile(reconcile.load(ROOT / "fixtures" / "seeds"))


def test_records_round_trip_to_equal_claims(seeds):
    assert reconcile.claims_from_records(seeds.to_records("claims")) == seeds.claims


def test_a_dataframe_round_trips_to_equal_claims(seeds):
    frame = seeds.to_pandas("claims")
    assert frame["speaker"].isna().any()  # missing cells are there to be read back
    assert reconcile.claims_from_pandas(frame) == seeds.claims


def test_a_csv_file_round_trips_to_equal_claims(seeds):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=reconcile.report.tables.COLUMNS["claims"])
    writer.writeheader()
    writer.writerows(seeds.to_records("claims"))
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    claims = reconcile.claims_from_records(rows)
    # a CSV cell cannot tell an empty quote from a missing one; all else is equal
    assert [c.to_dict() for c in claims] == [c.to_dict() for c in seeds.claims]


def test_direction_and_relative_survive_the_round_trip():
    claim = Claim(
        document="a",
        span=Span(0, 3),
        quantity=Quantity(
            300, 300, "approx", "almost 300", direction="below", relative=Relative(2, "doubling")
        ),
    )
    report = Report(claims=[claim])
    assert reconcile.claims_from_records(report.to_records()) == (claim,)


def test_a_spreadsheet_with_gaps_gives_claims_and_a_report():
    nan = math.nan
    frame = pd.DataFrame(
        {
            "document": ["ministry-2014-11", "ministry-2015-01", "blog"],
            "low": [300, 200, 52],
            "high": [300, 200, nan],
            "qualifier": ["approx", "approx", nan],
            "measure": ["fighters"] * 3,
            "subject": ["Tajik nationals"] * 3,
            "places": ["Syria", "Syria", "Syria"],
            "as_of": ["2014-11", "2015-01", nan],
            "speaker": ["State Committee", nan, pd.NA],
            "quote": ["around 300", "around 200", "at least 52"],
        }
    )
    claims = reconcile.claims_from_pandas(frame)
    assert [c.quantity.describe() for c in claims] == ["about 300", "about 200", "at least 52"]
    assert [c.speaker for c in claims] == ["State Committee", None, None]
    assert claims[2].as_of is None
    report = reconcile.reconcile(claims)
    assert [r.kind.value for r in report.relations if r.kind.value == "contradicts"] == [
        "contradicts"
    ]


def test_a_bad_row_is_named():
    with pytest.raises(InvalidClaimError) as info:
        reconcile.claims_from_records([{"document": "a", "low": 1}, {"document": "b", "low": "x"}])
    assert "in record 1" in "\n".join(info.value.__notes__)


def _translation_pair():
    """The same figure in two documents reconcile cannot tell are related (too few figures).

    Two named sources: without the user's word, two voices that agree.
    """
    a = Claim(
        document="en.txt",
        span=Span(0, 3),
        quote="around 300 in Syria",
        quantity=Quantity.approx(300, "around 300"),
        measure="fighters",
        subject="Tajik nationals",
        places=["Syria"],
        as_of="2015-01",
        speaker="Reuters",
    )
    b = Claim(
        document="ar.txt",
        span=Span(0, 3),
        quote="نحو 300 في سوريا",
        quantity=Quantity.approx(300, "نحو 300"),
        measure="fighters",
        subject="Tajik nationals",
        places=["Syria"],
        as_of="2015-01",
        speaker="Associated Press",
        lang="ar",
    )
    return [a, b]


def test_origins_given_by_the_user_make_a_translation_one_voice():
    claims = _translation_pair()
    alone = reconcile.reconcile(claims)
    assert [r.kind.value for r in alone.relations] == ["agrees"]
    told = reconcile.reconcile(claims, origins={"ar.txt": "en.txt"})
    assert [r.kind.value for r in told.relations] == ["repeats"]
    assert "origin" in told.relations[0].reason
    # a shared origin named by the user, not itself a document, works too
    named = reconcile.reconcile(claims, origins={"ar.txt": "wire", "en.txt": "wire"})
    assert [r.kind.value for r in named.relations] == ["repeats"]


@pytest.mark.parametrize("row", ["abc", None, {"document": "d", "low": 3, "places": 5}])
def test_a_row_that_makes_no_claim_is_an_invalid_claim_error_naming_it(row):
    with pytest.raises(reconcile.InvalidClaimError, match="record 1"):
        reconcile.claims_from_records([{"document": "d", "low": 3}, row])


@pytest.mark.parametrize(
    ("row", "field"),
    [
        ({"document": "d"}, "low"),  # no figure at all, not "an at_most quantity needs a bound"
        ({"document": "d", "low": 3, "start": 1.5}, "start"),  # never truncated to 1
        ({"document": "d", "low": 3, "start": 0, "end": "inf"}, "end"),
    ],
)
def test_a_row_without_a_figure_or_with_a_fractional_offset_names_the_field(row, field):
    with pytest.raises(reconcile.InvalidClaimError) as info:
        reconcile.claims_from_records([row])
    assert info.value.field == field


def test_offsets_from_a_csv_are_read_as_whole_numbers():
    (claim,) = reconcile.claims_from_records(
        [{"document": "d", "low": "3", "start": "2", "end": "5.0"}]
    )
    assert claim.span == Span(2, 5)
