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


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("one hundred one hundred people", [100, 100]),
        ("one hundred " * 4, [100, 100, 100, 100]),
        ("one hundred twenty one hundred", [120, 100]),
        # (guards) a hundred after less than a hundred multiplies it
        ("twenty one hundred people", [2100]),
        ("one hundred one people", [101]),
        ("three hundred thousand people", [300_000]),
    ],
)
def test_a_hundred_after_a_hundred_or_more_opens_a_new_figure(text, values):
    assert [q.low for q in reconcile.quantities(text, language="en")] == values
