"""Number-word chains that grow without bound are cut, never a crash; quantities have a ceiling."""

import json

import pytest

import reconcile
from reconcile import InvalidQuantityError, Quantity


@pytest.mark.parametrize(
    "text",
    [
        "twenty one hundred " * 15,
        "Officials said " + "one hundred " * 155 + "fighters left.",
        "a thousand thousand thousand thousand thousand thousand people",
        "nine hundred ninety nine trillion nine hundred ninety nine billion fighters",
    ],
)
def test_chains_are_cut_below_the_ceiling(text):
    found = reconcile.quantities(text, language="en")
    assert found  # the chain is read, as one or more figures
    for q in found:
        assert q.high is None or q.high <= 10**15
        assert text[q.span.start : q.span.end] == q.text
    doc = reconcile.Document(id="a.txt", text=text, lang="en")
    report = reconcile.reconcile([doc])
    json.loads(report.to_json())  # every value survives JSON


def test_a_quantity_beyond_the_ceiling_is_an_error():
    with pytest.raises(InvalidQuantityError, match="10\\*\\*15"):
        Quantity.exact(10**16)
    assert Quantity.exact(10**15).low == 10**15
