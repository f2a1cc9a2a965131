"""Breakdowns: parts beside their whole, read over a document (issue 14, parts and wholes)."""

from __future__ import annotations

import attrs
import pytest

from reconcile import Claim, Quantity, Span
from reconcile.relations import Context
from reconcile.relations.breakdown import breakdowns


def _claim(n: int, value: int, subject: str, quote: str) -> Claim:
    return Claim(
        document="a.txt",
        span=Span(n, n + 2),
        quantity=Quantity.exact(value),
        quote=quote,
        measure="repatriated",
        subject=subject,
        places=["Iraq"],
        as_of="2018-12-30",
    )


LIST = "Of them, 24 are Tajik, three Uzbek and two Kazakh."
WITH_REST = "Of them, 24 are Tajik, three Uzbek and the rest Kazakh."


def _parts(quote: str, values: tuple[int, int, int] = (24, 3, 2)) -> list[Claim]:
    subjects = ("Tajik children", "Uzbek children", "Kazakh children")
    return [
        _claim(10 * (i + 1), v, s, quote)
        for i, (v, s) in enumerate(zip(values, subjects, strict=True))
    ]


def test_a_list_stated_in_full_that_misses_its_whole_contradicts_it():
    whole = _claim(0, 30, "Central Asian children", "A flight brought 30 children home.")
    found = breakdowns([whole, *_parts(LIST)], Context())
    assert [r.kind.value for r in found] == ["contradicts"] * 3
    assert "24 + 3 + 2 = 29 < 30" in found[0].reason


@pytest.mark.parametrize(
    ("quote", "values"),
    [
        (WITH_REST, (24, 3, 2)),  # "the rest": the list leaves some uncounted
        (LIST, (24, 3, 3)),  # it adds up
        (LIST, (14, 3, 2)),  # far short of the whole: a partial list
    ],
)
def test_a_list_with_a_rest_or_that_adds_up_is_consistent(quote, values):
    whole = _claim(0, 30, "Central Asian children", "A flight brought 30 children home.")
    assert breakdowns([whole, *_parts(quote, values)], Context()) == []


@pytest.mark.parametrize(
    ("quote", "contradictions"),
    [
        ("Из них 24 таджика, трое узбеков, остальные казахи.", 0),
        ("Из них 24 таджика, трое узбеков и двое казахов.", 3),
        ("ومن بينهم 24 طاجيكيا وثلاثة أوزبك والباقي كازاخ.", 0),
        ("ومن بينهم 24 طاجيكيا وثلاثة أوزبك واثنان من الكازاخ.", 3),
    ],
)
def test_the_words_for_the_rest_come_from_every_language(quote, contradictions):
    whole = _claim(0, 30, "Central Asian children", "30")
    assert len(breakdowns([whole, *_parts(quote)], Context())) == contradictions


def test_a_breakdown_is_found_in_any_order_of_documents():
    # the pipeline gives claims sorted by document and they are then read one
    # document at a time; a document that comes back later is read whole too
    whole = _claim(0, 30, "Central Asian children", "A flight brought 30 children home.")
    parts = _parts(LIST)
    other = [attrs.evolve(c, document="b.txt") for c in (whole, *parts)]
    in_order = breakdowns([whole, *parts, *other], Context())
    assert len(in_order) == 6
    mixed = [parts[0], other[0], whole, other[1], parts[1], other[2], other[3], parts[2]]
    found = breakdowns(mixed, Context())
    assert sorted(r.claims for r in found) == sorted(r.claims for r in in_order)
    assert breakdowns(iter(mixed), Context()) == found


def test_a_narrower_restatement_of_the_whole_is_no_part_of_it():
    # "30 Central Asian children" restating the whole leaves no room for the
    # Tajik, Uzbek and Kazakh children listed after it: they are still its parts
    whole = _claim(0, 30, "children", "A flight brought 30 children home.")
    restated = _claim(5, 30, "Central Asian children", "The 30 Central Asian children landed.")
    found = breakdowns([whole, restated, *_parts(LIST)], Context())
    assert len([r for r in found if whole.id in r.claims]) == 3
