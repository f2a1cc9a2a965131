import pytest

from reconcile import Direction, Quantity, quantities

CASES = [
    # text, expected (text, low, high, qualifier)
    ("around 300 Tajik citizens", [("around 300", 300, 300, "approx")]),
    ("Up To 1,000 Tajiks", [("Up To 1,000", None, 1000, "at_most")]),
    ("at least six Tajiks", [("at least six", 6, None, "at_least")]),
    ("more than 300", [("more than 300", 300, None, "at_least")]),
    ("fewer than 50 people", [("fewer than 50", None, 50, "at_most")]),
    ("some 200 men", [("some 200", 200, 200, "approx")]),
    ("an estimated 4,500 people", [("an estimated 4,500", 4500, 4500, "approx")]),
    ("as many as 500", [("as many as 500", None, 500, "at_most")]),
    ("no more than 12", [("no more than 12", None, 12, "at_most")]),
    ("over 500 websites", [("over 500", 500, None, "at_least")]),
    ("between 200 and 300", [("between 200 and 300", 200, 300, "range")]),
    ("200-300 fighters", [("200-300", 200, 300, "range")]),
    ("200 to 300 fighters", [("200 to 300", 200, 300, "range")]),
    ("from 225 to over 500", [("from 225 to over 500", 225, 500, "range")]),
    ("two or three times", [("two or three", 2, 3, "range")]),
    ("twenty-one students", [("twenty-one", 21, 21, "exact")]),
    ("three hundred and forty", [("three hundred and forty", 340, 340, "exact")]),
    ("1.5 million people", [("1.5 million", 1500000, 1500000, "exact")]),
    ("4.2 thousand", [("4.2 thousand", 4200, 4200, "exact")]),
    ("$1.2bn", [("$1.2bn", 1200000000, 1200000000, "exact")]),
    ("60,000 people", [("60,000", 60000, 60000, "exact")]),
    ("a hundred people", [("a hundred", 100, 100, "exact")]),
    ("hundreds of Central Asians", [("hundreds", 100, 999, "vague")]),
    ("Thousands of men", [("Thousands", 1000, 9999, "vague")]),
    ("tens of thousands", [("tens of thousands", 10000, 99999, "vague")]),
    ("dozens of people", [("dozens", 24, 99, "vague")]),
    ("a dozen people", [("a dozen", 10, 15, "vague")]),
    ("several people", [("several", 3, 9, "vague")]),
    ("a few people", [("a few", 2, 5, "vague")]),
    ("several hundred people", [("several hundred", 300, 900, "vague")]),
    ("more than a dozen", [("more than a dozen", 10, None, "at_least")]),
    ("300 or more", [("300 or more", 300, None, "at_least")]),
    ("300 or so", [("300 or so", 300, 300, "approx")]),
    ("300+ people", [("300+", 300, None, "at_least")]),
    ("nearly 50", [("nearly 50", 50, 50, "approx")]),
]

NOT_QUANTITIES = [
    "the 2nd right",
    "at 1:40 pm",
    "on 02/04/2019",
    "in the 1990s",
    "the G7 summit",
    "COVID-19",
    "see https://example.com/2019/04/11/300-fighters",
    "call +1-222-2222-2222",
    "",
    "   ",
    "nothing to count here",
    "9" * 100_000,
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_quantities(text, expected):
    got = [(q.text, q.low, q.high, q.qualifier.value) for q in quantities(text, language="en")]
    assert got == expected


@pytest.mark.parametrize("text", NOT_QUANTITIES, ids=lambda t: t[:30] or "empty")
def test_not_quantities(text):
    assert quantities(text, language="en") == ()


def test_almost_lies_below():
    (q,) = quantities("almost 1,000 people", language="en")
    assert q.direction is Direction.BELOW
    assert q.interval().high == 1000


def test_spans_point_into_the_original_text():
    text = "Officials said about 1\u200d000 had left, and \u200fat least six returned."
    for q in quantities(text, language="en"):
        assert text[q.span.start : q.span.end] == q.text
    assert [q.low for q in quantities(text, language="en")] == [1000, 6]


def test_non_str_is_a_type_error():
    with pytest.raises(TypeError, match="str"):
        quantities(b"300")  # type: ignore[arg-type]


def test_from_text_reads_the_first_expression():
    assert Quantity.from_text("around 300") == quantities("around 300")[0]
    assert Quantity.from_text("nothing") is None


def test_arabic_basics():
    (q,) = quantities("حيث يقيم نحو 60 ألفا", language="ar")
    assert (q.low, q.qualifier.value) == (60000, "approx")


def test_numbers_in_addresses_are_skipped():
    text = "write to ops300@example.org or see www.example.com/300 - but 61 people left"
    assert [q.low for q in quantities(text, language="en")] == [61]
    assert quantities("a@" * 20000 + " 5", language="en")[-1].low == 5


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Victims aged 28 were killed.", []),
        ("At age 5 people are taught.", []),
        # "Age" as the heading above a line is not the figure's age
        ("AGE\n2 activists were killed.", [2]),
        ("Ages\n40 fighters returned.", [40]),
    ],
)
def test_an_age_word_makes_an_age_only_on_the_figures_line(text, counted):
    from reconcile import Document, extract

    claims = extract(Document(id="x.txt", text=text, lang="en"))
    assert [c.quantity.low for c in claims] == counted


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Of the 4,000 patients admitted, about one-third were discharged within a week.", [4000]),
        ("Two-thirds of the 900 students were evacuated by noon.", [900]),
    ],
)
def test_a_share_of_a_whole_is_no_count_of_people(text, counts):
    from reconcile import Document, extract

    claims = extract(Document(id="d.txt", text=text))
    assert [c.quantity.low for c in claims] == counts
