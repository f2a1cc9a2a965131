"""The cheaper constructors extraction uses build what the validating ones build, or raise alike."""

from __future__ import annotations

from typing import Any

import pytest

from reconcile.errors import InvalidClaimError, InvalidQuantityError, InvalidSpanError
from reconcile.model import Claim, Estimate, Quantity
from reconcile.model.quantity import Direction, Qualifier, Relative, Span


class _Text(str):
    """A string of a subclass: the validating constructor decides what it becomes."""


_QUANTITIES: list[tuple[Any, ...]] = [
    (300, 300, Qualifier.EXACT, "300", None, None, None, None),
    (300, 300, Qualifier.APPROX, "about 300", Span(3, 12), Direction.BELOW, None, None),
    (6, None, Qualifier.AT_LEAST, "at least six", None, None, None, "km"),
    (None, 1000, Qualifier.AT_MOST, "up to 1,000", None, None, None, None),
    (2, 5, Qualifier.RANGE, "2-5", None, None, None, None),
    (300.0, 300.0, Qualifier.EXACT, "300", None, None, None, None),  # floats go through __init__
    (1.5, 1.5, Qualifier.EXACT, "1.5", None, None, None, "percent"),
    (300, 300, "approx", "about 300", None, "below", None, None),  # strings: converted
]


@pytest.mark.parametrize("args", _QUANTITIES)
def test_built_quantity_is_the_quantity(args: tuple[Any, ...]) -> None:
    low, high, qualifier, text, span, direction, relative, unit = args
    expected = Quantity(
        low, high, qualifier, text, span=span, direction=direction, relative=relative, unit=unit
    )
    got = Quantity._built(
        low, high, qualifier, text, span=span, direction=direction, relative=relative, unit=unit
    )
    assert got == expected
    assert type(got.low) is type(expected.low)
    assert type(got.qualifier) is Qualifier


def test_built_quantity_with_relative() -> None:
    rel = Relative(2.0, "doubling")
    got = Quantity._built(
        5, 5, Qualifier.EXACT, "5", span=None, direction=None, relative=rel, unit=None
    )
    assert got.relative == rel


_BAD_QUANTITIES: list[tuple[Any, ...]] = [
    (-3, -3, Qualifier.EXACT, "x", None, None, None, None),  # negative
    (5, 3, Qualifier.RANGE, "x", None, None, None, None),  # low > high
    (5, None, Qualifier.EXACT, "x", None, None, None, None),  # shape
    (5, 6, Qualifier.EXACT, "x", None, None, None, None),  # one value
    (5, 5, Qualifier.EXACT, "x", None, Direction.BELOW, None, None),  # direction on exact
    (10**16, 10**16, Qualifier.EXACT, "x", None, None, None, None),  # too large
    (True, True, Qualifier.EXACT, "x", None, None, None, None),  # bool
    (5, 5, Qualifier.EXACT, 5, None, None, None, None),  # text not a string
    (5, 5, Qualifier.EXACT, "x", (0, 1), None, None, None),  # span not a Span
    (5, 5, Qualifier.EXACT, "x", None, None, None, 7),  # unit not a string
]


@pytest.mark.parametrize("args", _BAD_QUANTITIES)
def test_built_quantity_refuses_what_init_refuses(args: tuple[Any, ...]) -> None:
    low, high, qualifier, text, span, direction, relative, unit = args
    kw = {"span": span, "direction": direction, "relative": relative, "unit": unit}
    with pytest.raises((InvalidQuantityError, TypeError)) as expected:
        Quantity(low, high, qualifier, text, **kw)
    with pytest.raises(expected.type) as got:
        Quantity._built(low, high, qualifier, text, **kw)
    assert str(got.value) == str(expected.value)


def _claim_fields(**changes: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "document": "".join(["wire", ".txt"]),  # built, not a constant (interned already)
        "span": Span(4, 7),
        "quantity": Quantity.approx(300, "300"),
        "quote": "some 300 nurses left",
        "measure": "left",
        "unit": "people",
        "subject": "nurses",
        "places": ("Lyon", "Oslo"),
        "as_of": "2021-02",
        "speaker": " ".join(["the", "union"]),
        "outlet": "Wire",
        "lang": "en",
    }
    fields.update(changes)
    return fields


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"measure": None, "subject": None, "places": (), "as_of": None, "speaker": None},
        {"outlet": None, "lang": None, "unit": "USD"},
        {"places": ["Lyon"]},  # a list: through __init__
        {"document": _Text("wire.txt"), "speaker": _Text("Ms Ode")},
        {"quantity": Quantity(300, 300, "exact", "300", span=Span(4, 7))},
    ],
)
def test_built_claim_is_the_claim(changes: dict[str, Any]) -> None:
    expected = Claim(**_claim_fields(**changes))
    got = Claim._built(**_claim_fields(**changes))
    assert got == expected
    assert got.id == expected.id
    assert type(got.places) is tuple
    assert got.document is expected.document  # interned, as __init__ interns it
    assert got.speaker is expected.speaker
    assert all(a is b for a, b in zip(got.places, expected.places, strict=True))


@pytest.mark.parametrize(
    "changes",
    [
        {"document": ""},
        {"unit": ""},
        {"document": 5},
        {"quote": None},
        {"measure": 3},
        {"speaker": b"x"},
        {"places": "Lyon"},
        {"places": ("Lyon", 3)},
        {"as_of": "2021-13"},
        {"as_of": "March 2021"},
        {"span": (4, 7)},
        {"quantity": 300},
        {"quantity": Quantity(300, 300, "exact", "300", span=Span(0, 3))},  # other span
    ],
)
def test_built_claim_refuses_what_init_refuses(changes: dict[str, Any]) -> None:
    errors = (InvalidClaimError, InvalidSpanError, TypeError, AttributeError)
    with pytest.raises(errors) as expected:
        Claim(**_claim_fields(**changes))
    with pytest.raises(expected.type) as got:
        Claim._built(**_claim_fields(**changes))
    assert str(got.value) == str(expected.value)


@pytest.mark.parametrize(
    ("low", "best", "high"),
    [(200, 250.0, 300), (None, None, 1000), (1000, None, 9999), (2.5, 3.0, 3.5), (0, 0, 0)],
)
def test_an_estimate_of_claims_is_the_estimate(
    low: float | None, best: float | None, high: float | None
) -> None:
    args: dict[str, Any] = {"low": low, "best": best, "high": high, "rule": "a rule"}
    expected = Estimate(**args, claims=["c-1", "c-2"])
    got = Estimate._of_claims(**args, claims=("c-1", "c-2"))
    assert got == expected
    assert [type(v) for v in (got.low, got.best, got.high)] == [
        type(v) for v in (expected.low, expected.best, expected.high)
    ]


@pytest.mark.parametrize(
    ("low", "best", "high"), [(300, 250, 300), (None, 500, 400), (-1, None, None), (1, 2, 1e16)]
)
def test_an_estimate_of_claims_refuses_what_init_refuses(
    low: float | None, best: float | None, high: float | None
) -> None:
    args: dict[str, Any] = {"low": low, "best": best, "high": high, "rule": "a rule"}
    with pytest.raises((InvalidClaimError, InvalidQuantityError)) as init:
        Estimate(**args, claims=["c-1"])
    with pytest.raises(type(init.value)):
        Estimate._of_claims(**args, claims=("c-1",))
