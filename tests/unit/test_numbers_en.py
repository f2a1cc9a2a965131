"""English number scanning, table-driven: issue 12 ("Numbers you can trust").

Each case is a text and every quantity ``reconcile.quantities`` must find in
it, as (low, high, qualifier, text, unit). Cases come from the issue and from
the forms wire copy uses; none is taken from the seed or dev articles.
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile import Quantity, quantities

CASES = [
    # digits glued to a whole scale word; a word that only starts with one is none
    ("some 10thousand people", [(10000, 10000, "approx", "some 10thousand", None)]),
    ("the 5millionth visitor", []),
    # no wrong value: a comma after a comma-grouped figure
    ("The toll reached 1,450, officials said.", [(1450, 1450, "exact", "1,450", None)]),
    ("more than 1,000, according to", [(1000, None, "at_least", "more than 1,000", None)]),
    # fractions of scales
    ("half a million", [(500000, 500000, "exact", "half a million", None)]),
    # "as high as" is a ceiling, "as low as" a floor
    ("put as high as 10,000", [(None, 10000, "at_most", "as high as 10,000", None)]),
    ("as low as 300", [(300, None, "at_least", "as low as 300", None)]),
    # a bound of several words after the noun and a comma; one word there adds others
    ("500 fighters, at most", [(None, 500, "at_most", "500", None)]),
    ("north of 300 people", [(300, None, "at_least", "north of 300", None)]),
    ("500 fighters at the very least", [(500, None, "at_least", "500", None)]),
    ("300 members, plus families", [(300, 300, "exact", "300", None)]),
    # groups of a number only grow smaller: a second thousand opens a second figure
    (
        "seven thousand and eight thousand",
        [
            (7000, 7000, "exact", "seven thousand", None),
            (8000, 8000, "exact", "eight thousand", None),
        ],
    ),
    (
        "between seven thousand and eight thousand",
        [(7000, 8000, "range", "between seven thousand and eight thousand", None)],
    ),
    (
        "two million three hundred thousand",
        [(2300000, 2300000, "exact", "two million three hundred thousand", None)],
    ),
    ("a quarter of a million", [(250000, 250000, "exact", "a quarter of a million", None)]),
    ("five and a half million", [(5500000, 5500000, "exact", "five and a half million", None)]),
    ("3 million and a half", [(3500000, 3500000, "exact", "3 million and a half", None)]),
    ("1.5 million", [(1500000, 1500000, "exact", "1.5 million", None)]),
    ("half a dozen eggs", [(6, 6, "exact", "half a dozen", None)]),
    ("two and a half miles", [(2.5, 2.5, "exact", "two and a half miles", "miles")]),
    (
        "one billion and a half million",
        [(1000500000, 1000500000, "exact", "one billion and a half million", None)],
    ),
    # "a third of" a figure is a share of it: the figure stays what it is
    ("a third of the 1,500 detainees", [(1500, 1500, "exact", "1,500", None)]),
    ("half the town fled", []),
    # a scale written once for both ends of a range
    (
        "between 3 and 4 million",
        [(3000000, 4000000, "range", "between 3 and 4 million", None)],
    ),
    ("3-4 million", [(3000000, 4000000, "range", "3-4 million", None)]),
    ("from 200 to 3 million", [(200, 3000000, "range", "from 200 to 3 million", None)]),
    # digits with scale words
    ("4 hundred million", [(400000000, 400000000, "exact", "4 hundred million", None)]),
    ("3 thousand", [(3000, 3000, "exact", "3 thousand", None)]),
    ("3 hundred and 21 yuan", [(321, 321, "exact", "3 hundred and 21 yuan", "CNY")]),
    ("13 lakh", [(1300000, 1300000, "exact", "13 lakh", None)]),
    ("6 crore", [(60000000, 60000000, "exact", "6 crore", None)]),
    ("three lakh crore", [(3000000000000, 3000000000000, "exact", "three lakh crore", None)]),
    ("10 bln", [(10000000000, 10000000000, "exact", "10 bln", None)]),
    # digits grouped by spaces (no-break, narrow no-break, thin)
    ("1 000 people", [(1000, 1000, "exact", "1 000", None)]),
    ("12\u00a0500 people", [(12500, 12500, "exact", "12\u00a0500", None)]),
    ("40\u202f000 voters", [(40000, 40000, "exact", "40\u202f000", None)]),
    ("1\u2009234\u2009567", [(1234567, 1234567, "exact", "1\u2009234\u2009567", None)]),
    ("in 2014 300 people", [(300, 300, "exact", "300", None)]),
    # a decimal comma before a scale
    ("3,7 million", [(3700000, 3700000, "exact", "3,7 million", None)]),
    # ranges whose ends carry a currency, %, a unit or a qualifier
    ("$5m-$10m", [(5000000, 10000000, "range", "$5m-$10m", "USD")]),
    ("20%-30%", [(20, 30, "range", "20%-30%", "percent")]),
    ("some 400-500", [(400, 500, "range", "some 400-500", None)]),
    ("about 20~100", [(20, 100, "range", "about 20~100", None)]),
    ("between 20 and 30 percent", [(20, 30, "range", "between 20 and 30 percent", "percent")]),
    # "between" with a dash, as wire copy often writes it
    ("between 200-300 people", [(200, 300, "range", "between 200-300", None)]),
    ("Between 20-30% left", [(20, 30, "range", "Between 20-30%", "percent")]),
    ("between 2010-2015", []),
    ("from 44 ml to 50 mg", [(44, 44, "exact", "44 ml", "ml"), (50, 50, "exact", "50 mg", "mg")]),
    ("20-30%", [(20, 30, "range", "20-30%", "percent")]),
    (
        "rose 2.5 percent to 1,245 points",
        [(2.5, 2.5, "exact", "2.5 percent", "percent"), (1245, 1245, "exact", "1,245", None)],
    ),
    (
        "more than 100 and fewer than 300",
        [(100, 300, "range", "more than 100 and fewer than 300", None)],
    ),
    # years, dates and times are not quantities
    ("In 2019, 1,200 returned", [(1200, 1200, "exact", "1,200", None)]),
    ("March 3, 2017", []),
    ("on 3 March 2017", []),
    ("since 2014", []),
    ("from 2010 to 2015", []),
    ("10:30", []),
    ("at 2 pm", []),
    ("I arrived at 2.13 am.", []),
    # unless the year-like figure counts something
    ("2019 people", [(2019, 2019, "exact", "2019", None)]),
    ("more than 2000", [(2000, None, "at_least", "more than 2000", None)]),
    # numbers inside names
    ("a Boeing 737", []),
    ("Game 3", []),
    ("the G20 summit", []),
    ("Windows 10", []),
    ("Route 66", []),
    ("COVID-19", []),
    ("Malaysia Airlines Flight 17 crashed", []),
    # but not a sentence start or a headline
    ("About 300 people fled.", [(300, 300, "approx", "About 300", None)]),
    ("Floods Kill 300 In India", [(300, 300, "exact", "300", None)]),
    # money, percent and units
    ("$75m", [(75000000, 75000000, "exact", "$75m", "USD")]),
    ("US$ 1MM", [(1000000, 1000000, "exact", "US$ 1MM", "USD")]),
    ("USD12m", [(12000000, 12000000, "exact", "USD12m", "USD")]),
    ("€5bn", [(5000000000, 5000000000, "exact", "€5bn", "EUR")]),
    ("£3.2bn", [(3200000000, 3200000000, "exact", "£3.2bn", "GBP")]),
    ("$2.174T", [(2174000000000, 2174000000000, "exact", "$2.174T", "USD")]),
    ("17pc", [(17, 17, "exact", "17pc", "percent")]),
    ("5bn", [(5000000000, 5000000000, "exact", "5bn", None)]),
    ("2.3k", [(2300, 2300, "exact", "2.3k", None)]),
    ("45mph", [(45, 45, "exact", "45mph", "mph")]),
    ("10kg", [(10, 10, "exact", "10kg", "kg")]),
    ("10mm of rain", [(10, 10, "exact", "10mm", "mm")]),
    ("up to 5%", [(None, 5, "at_most", "up to 5%", "percent")]),
    ("20% or more", [(20, None, "at_least", "20% or more", "percent")]),
    ("10 000 dollars", [(10000, 10000, "exact", "10 000 dollars", "USD")]),
    # shares and decimals in words
    ("two thirds", [(2 / 3, 2 / 3, "exact", "two thirds", None)]),
    ("nine point nought four", [(9.04, 9.04, "exact", "nine point nought four", None)]),
    # a scale's plural after a vague multiplier is one figure, as the scale is
    ("in the several thousands", [(3000, 9000, "vague", "several thousands", None)]),
    ("a few hundreds of them", [(200, 500, "vague", "a few hundreds", None)]),
    ("several dozens", [(3, 9, "vague", "several", None), (24, 99, "vague", "dozens", None)]),
    # "one" as a pronoun
    ("Which one do you prefer?", []),
    # an exponent is not a figure
    ("4km^2", [(4, 4, "exact", "4km", "km")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_numbers_en(text: str, expected: list[tuple[object, ...]]) -> None:
    found = quantities(text, language="en")
    assert [(q.low, q.high, q.qualifier.value, q.text, q.unit) for q in found] == expected


def test_spans_cover_the_text() -> None:
    text = "Officials said $5m-$10m and 20%-30% of 1,450, in 2019."
    for q in quantities(text, language="en"):
        assert q.span is not None
        assert text[q.span.start : q.span.end] == q.text


def test_unit_round_trips_and_stays_out_of_json_when_absent() -> None:
    (money,) = quantities("$75m", language="en")
    assert Quantity.from_dict(money.to_dict()) == money
    (plain,) = quantities("around 300", language="en")
    assert "unit" not in plain.to_dict()


@given(
    n=st.integers(min_value=2, max_value=10**6),
    bound=st.sampled_from(
        [
            ("at most", "at_most"),
            ("at the most", "at_most"),
            ("at least", "at_least"),
            ("or more", "at_least"),
        ]
    ),
    comma=st.booleans(),
)
def test_a_bound_of_several_words_after_the_noun_holds_with_or_without_a_comma(
    n: int, bound: tuple[str, str], comma: bool
) -> None:
    words, qualifier = bound
    text = f"{n:,} fighters{',' if comma else ''} {words}"
    (found,) = quantities(text, language="en")
    assert (found.qualifier.value, found.text) == (qualifier, f"{n:,}")
    assert (found.low if qualifier == "at_least" else found.high) == n
