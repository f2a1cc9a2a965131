"""Extraction invariants on arbitrary and on fixture text."""

from pathlib import Path

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

import reconcile
from reconcile import Document, extract
from reconcile import strategies as rst
from reconcile.lang import available_languages, lexicon

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
ENGLISH = [d for d in reconcile.load(FIXTURES / "seeds") if d.lang == "en"] + list(
    reconcile.load(FIXTURES / "patterns")
)
FORMAT_CHARACTERS = "\u200b\u200c\u200d\u200e\u200f\u2066\u2069\ufeff"


def _signature(claims):
    return [
        (
            c.quantity.low,
            c.quantity.high,
            c.quantity.qualifier,
            c.measure,
            c.unit,
            c.subject,
            c.places,
            c.speaker,
            c.as_of,
        )
        for c in claims
    ]


@given(rst.texts(max_size=400), st.sampled_from(["en", "ar", None]))
def test_any_text_gives_claims_whose_spans_point_at_their_text(text, lang):
    doc = Document(id="x.txt", text=text, lang=lang)
    for claim in extract(doc):
        assert text[claim.span.start : claim.span.end] == claim.quantity.text


@st.composite
def _stated_figures(draw):
    """Arbitrary text around a figure built from the lexicon: a qualifier, a number, a noun."""
    code = draw(st.sampled_from(available_languages()))
    lex = lexicon(code)
    qualifier = draw(st.sampled_from(["", *sorted(lex.qualifiers.before)]))
    number = draw(st.integers(min_value=2, max_value=999_999))
    people = sorted(w for w in lex.subjects.people if w not in lex.grammar.stop)
    noun = draw(st.sampled_from(people))
    verb = draw(st.sampled_from(sorted(lex.measures.measures)))
    trigger = draw(st.sampled_from(lex.measures.measures[verb]))
    before = draw(rst.texts(max_size=80))
    after = draw(rst.texts(max_size=80))
    figure = f"{qualifier} {number:,}".strip()
    sentence = f"{figure} {noun} {trigger}"
    return code, number, f"{before}\n{sentence}.\n{after}", sentence


@given(_stated_figures())
def test_stated_figures_are_found_and_their_spans_point_at_their_text(case):
    code, number, text, sentence = case
    claims = extract(Document(id="x.txt", text=text, lang=code))
    for claim in claims:
        assert text[claim.span.start : claim.span.end] == claim.quantity.text
    values = {(c.quantity.low, c.quantity.high) for c in claims}
    found = any(number in pair for pair in values)
    event(f"{code}: figure {'found' if found else 'missed'}")
    # the generated sentence is a count of people: the figure must be a claim
    assert found, (sentence, sorted(values, key=str))


@given(rst.texts(max_size=300))
def test_the_same_document_gives_the_same_claims(text):
    doc = Document(id="x.txt", text=text)
    assert extract(doc) == extract(Document(id="x.txt", text=text))


@given(st.sampled_from(ENGLISH), st.data())
def test_format_characters_inside_numbers_change_no_claim(doc, data):
    text = doc.text
    digits = [i for i in range(1, len(text)) if text[i].isdigit() and text[i - 1].isdigit()]
    if not digits:
        return
    positions = data.draw(st.sets(st.sampled_from(digits), max_size=5))
    marks = data.draw(
        st.lists(
            st.sampled_from(FORMAT_CHARACTERS), min_size=len(positions), max_size=len(positions)
        )
    )
    marked = text
    for pos, mark in sorted(zip(positions, marks, strict=True), reverse=True):
        marked = marked[:pos] + mark + marked[pos:]
    changed = Document(id=doc.id, text=marked, lang=doc.lang, published=doc.published)
    assert _signature(extract(changed)) == _signature(extract(doc))
    for claim in extract(changed):
        assert marked[claim.span.start : claim.span.end] == claim.quantity.text


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t ",
        "9" * 100_000,
        "1" + "\u200d1" * 5000,
        "around \ud800 300 people were killed",
        "\x00\x01 around 300 \x1b[31m fighters",
        "Up to " * 5000,
        "\u202e around 300 Tajiks \u202c returned",
        "said " * 3000 + "61 people returned",
    ],
    ids=[
        "empty",
        "blank",
        "digits",
        "joined-digits",
        "surrogate",
        "control",
        "repeat",
        "bidi",
        "said",
    ],
)
def test_hostile_input_does_not_crash(text):
    doc = Document(id="x.txt", text=text)
    for claim in extract(doc):
        assert text[claim.span.start : claim.span.end] == claim.quantity.text


def test_non_document_is_a_type_error():
    with pytest.raises(TypeError, match="Document"):
        extract("Around 300 people")  # type: ignore[arg-type]


def test_document_without_text_is_an_error():
    with pytest.raises(reconcile.InvalidValueError, match="text"):
        extract(Document(id="x.txt"))
