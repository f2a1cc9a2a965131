"""The report's JSON written in pieces is the report's JSON (reconcile.report.streaming)."""

import io
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reconcile
from reconcile.documents import read_paths
from reconcile.errors import FormatError
from reconcile.report import Report
from reconcile.report.streaming import SECTIONS, items_json, write_json

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


@pytest.fixture(scope="module")
def report():
    paths = [str(FIXTURES / "seeds"), str(FIXTURES / "patterns")]
    return reconcile.reconcile(read_paths(paths).documents)


def cut(values, rnd):
    """The values in consecutive pieces of random sizes, some empty."""
    pieces, at = [], 0
    while at < len(values):
        size = rnd.choice([0, 1, 2, 5, 40])
        pieces.append(values[at : at + size])
        at += size
    return [*pieces, ()] if rnd.random() < 0.5 else pieces


def written(report, rnd):
    out = io.StringIO()
    sections = [
        (name, [items_json(p) for p in cut(getattr(report, name), rnd)]) for name in SECTIONS
    ]
    write_json(out, sections)
    return out.getvalue()


@settings(max_examples=20, deadline=None)
@given(seed=st.integers(min_value=0, max_value=10**6))
def test_pieces_give_the_report_json_byte_for_byte(report, seed):
    assert written(report, random.Random(seed)) == report.to_json() + "\n"


def test_the_fixtures_reach_every_section_and_other_scripts(report):
    assert all(getattr(report, name) for name in SECTIONS)
    text = report.to_json()
    assert any("\u0600" <= ch <= "\u06ff" for ch in text)  # Arabic kept, not escaped
    assert any("\u0400" <= ch <= "\u04ff" for ch in text)  # Cyrillic too


@pytest.mark.parametrize(
    "partial",
    [
        Report(),
        Report(documents=[reconcile.Document(id="a.txt", lang="en", metadata={"k": [1, {}]})]),
    ],
)
def test_empty_sections_and_nested_values(partial):
    rnd = random.Random(1)
    assert written(partial, rnd) == partial.to_json() + "\n"


def test_sections_out_of_order_are_refused():
    with pytest.raises(FormatError, match="order"):
        write_json(io.StringIO(), [("claims", []), ("documents", [])])
    with pytest.raises(FormatError, match="order"):
        write_json(io.StringIO(), [(name, []) for name in (*SECTIONS, "extra")])
