"""A value of the wrong type given to a public function is a TypeError that says so.

Not an AttributeError from deep inside: the message names the argument and
the type that was given, as ``extract(1)`` has always done.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import reconcile
from reconcile import Claim, Quantity, Span


def _claim(document: str, figure: int) -> Claim:
    return Claim(
        document=document,
        span=Span(0, 3),
        quantity=Quantity.approx(figure),
        measure="fighters",
        subject="Tajik nationals",
        places=["Syria"],
    )


CLAIM = _claim("a", 300)

CALLS: dict[str, tuple[Callable[[], object], str]] = {
    "fold an int": (lambda: reconcile.fold(123), "text must be a str, not int"),
    "fold None": (lambda: reconcile.fold(None), "text must be a str, not NoneType"),
    "compare ints": (lambda: reconcile.compare(1, 2), "a must be a Claim, not int"),
    "compare a claim and a str": (
        lambda: reconcile.compare(CLAIM, "b"),
        "b must be a Claim, not str",
    ),
    "cluster ints": (
        lambda: reconcile.cluster([CLAIM, 1]),
        r"claims\[1\] must be a Claim, not int",
    ),
    "cluster strs": (lambda: reconcile.cluster(["x"]), r"claims\[0\] must be a Claim, not str"),
    "estimate dicts": (lambda: reconcile.estimate([{}]), r"claims\[0\] must be a Claim, not dict"),
    "extract text": (lambda: reconcile.extract("text"), "document must be a Document, not str"),
}


@pytest.mark.parametrize("name", sorted(CALLS))
def test_a_wrong_type_is_a_type_error_naming_it(name: str) -> None:
    call, message = CALLS[name]
    with pytest.raises(TypeError, match=message):
        call()


def test_the_checks_let_claims_through() -> None:
    assert reconcile.fold("Tajik") == "tajik"
    assert len(reconcile.cluster([CLAIM])) == 1
    relation = reconcile.compare(CLAIM, _claim("b", 200))
    assert relation is not None
    estimate = reconcile.estimate([CLAIM])
    assert estimate is not None
    assert estimate.best == 300
