"""Russian text: spans point at their text, and every way of writing a figure gives one claim."""

from hypothesis import given
from hypothesis import strategies as st

from reconcile import Document, extract

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
SENTENCES = [
    "По данным МВД, {n} граждан Кыргызстана выехали в Сирию.",
    "Как сообщил министр, из Сирии вернулись {n} человек.",
    "В лагерях на северо-востоке Сирии находятся {n} детей.",
]


def _grouped(n: int, separator: str) -> str:
    return f"{n:,}".replace(",", separator)


def _signature(text: str):
    return [
        (c.quantity.low, c.quantity.high, c.measure, c.subject, c.places)
        for c in extract(Document(id="a.txt", text=text, lang="ru"))
    ]


@given(
    st.integers(min_value=1000, max_value=999_999),
    st.sampled_from(SENTENCES),
    st.sampled_from([" ", "\u00a0", "\u202f", "\u2009"]),
)
def test_space_grouped_and_comma_grouped_thousands_agree(n, sentence, space):
    with_space = sentence.format(n=_grouped(n, space))
    with_comma = sentence.format(n=_grouped(n, ","))
    assert _signature(with_space) == _signature(with_comma)
    assert [low for low, *_ in _signature(with_space)] == [n]


@given(st.integers(min_value=2, max_value=99_999), st.sampled_from(SENTENCES))
def test_arabic_indic_and_ascii_digits_agree(n, sentence):
    ascii_text = sentence.format(n=n)
    assert _signature(sentence.format(n=str(n).translate(ARABIC_INDIC))) == _signature(ascii_text)


@given(st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщыэюя ,.0123456789«»—", max_size=300))
def test_spans_point_at_their_text_in_russian(text):
    for claim in extract(Document(id="a.txt", text=text, lang="ru")):
        assert text[claim.span.start : claim.span.end] == claim.quantity.text
