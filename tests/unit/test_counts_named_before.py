"""A count named before its figure: the verb that bounds it, a value that looks like a year.

Every sentence is written for this module.
"""

from __future__ import annotations

import pytest

from reconcile import Claim, Document, extract


def _by_figure(text: str, lang: str) -> dict[str, Claim]:
    doc = Document(id="x", text=text, lang=lang, published="2024-03-10")
    return {c.quantity.text: c for c in extract(doc)}


@pytest.mark.parametrize(
    ("text", "figure", "qualifier"),
    [
        # Arabic puts the verb first: the number of the dead exceeded 2,000
        ("وتجاوز عدد القتلى في الفيضانات 2000 شخص.", "2000", "at_least"),
        ("وتخطى عدد النازحين 40 ألف شخص.", "40 ألف", "at_least"),
        ("وتجاوزت حصيلة القتلى 300 قتيل.", "300", "at_least"),
        ("ولم يتجاوز عدد الضحايا 50 شخصا.", "50", "at_most"),
        ("وناهز عدد النازحين 900 ألف شخص.", "900 ألف", "approx"),
        # (guards) a verb of its own clause, not of the count; no verb
        ("وقتل 20 شخصا وتجاوز عدد الجرحى 100.", "20", "exact"),
        ("وبلغ عدد القتلى 300 شخص.", "300", "exact"),
    ],
)
def test_a_verb_before_the_count_bounds_its_figure(text: str, figure: str, qualifier: str) -> None:
    assert _by_figure(text, "ar")[figure].quantity.qualifier.value == qualifier


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("The death toll rose to 2012 on Monday.", "en", "2012"),
        ("The death toll reached 2014, officials said.", "en", "2014"),
        ("بلغ عدد القتلى 2000.", "ar", "2000"),
        ("ارتفع عدد القتلى إلى 2012.", "ar", "2012"),
        ("Число погибших возросло до 2012.", "ru", "возросло до 2012"),
    ],
)
def test_a_tallys_value_like_a_year_is_a_count(text: str, lang: str, figure: str) -> None:
    claim = _by_figure(text, lang)[figure]
    assert claim.unit == "people"
    assert claim.as_of is not None
    assert claim.as_of.startswith("2024")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # (guards) a year that is no value of the count
        ("The number of dead in the 2014 war was never settled.", "en"),
        ("The death toll of the 2014 war was revised.", "en"),
        ("В 2012 году число погибших было выше.", "ru"),
    ],
)
def test_a_year_near_a_count_stays_a_year(text: str, lang: str) -> None:
    assert extract(Document(id="x", text=text, lang=lang)) == ()
