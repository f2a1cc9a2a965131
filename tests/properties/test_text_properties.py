"""Folding and quantity scanning on arbitrary text."""

import itertools

from hypothesis import given
from hypothesis import strategies as st

from reconcile import fold, quantities
from reconcile import strategies as rst
from reconcile.text import fold_with_offsets

FORMAT_CHARACTERS = "\u200b\u200c\u200d\u200e\u200f\u2066\u2069\ufeff\u00ad"


@given(rst.texts())
def test_fold_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


@given(rst.texts())
def test_folded_offsets_stay_inside_the_original(text):
    folded = fold_with_offsets(text)
    for i in range(len(folded.text) + 1):
        assert 0 <= folded.offset(i) <= len(text)
    start, end = folded.span(0, len(folded.text))
    assert 0 <= start <= end <= len(text)


@given(rst.texts(), st.sampled_from(["en", "ar", "auto"]))
def test_quantity_spans_point_at_their_text(text, language):
    for q in quantities(text, language=language):
        assert q.span is not None
        assert text[q.span.start : q.span.end] == q.text
        assert q.text


@given(rst.texts(), st.sampled_from(["en", "ar", "auto"]))
def test_quantities_come_in_order_and_do_not_overlap(text, language):
    found = quantities(text, language=language)
    for a, b in itertools.pairwise(found):
        assert a.span.end <= b.span.start


@given(
    st.integers(min_value=1000, max_value=10**9),
    st.sampled_from(FORMAT_CHARACTERS),
    st.data(),
)
def test_format_characters_inside_a_number_change_nothing(value, mark, data):
    digits = str(value)
    cut = data.draw(st.integers(min_value=1, max_value=len(digits) - 1))
    marked = f"around {digits[:cut]}{mark}{digits[cut:]} people"
    plain = f"around {digits} people"
    got = [(q.low, q.high, q.qualifier) for q in quantities(marked, language="en")]
    assert got == [(q.low, q.high, q.qualifier) for q in quantities(plain, language="en")]


@given(st.integers(min_value=0, max_value=10**9))
def test_arabic_indic_digits_read_like_ascii_digits(value):
    ascii_digits = str(value)
    arabic = ascii_digits.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert [q.low for q in quantities(f"نحو {arabic}", language="ar")] == [value]
    assert [q.low for q in quantities(f"نحو {ascii_digits}", language="ar")] == [value]
