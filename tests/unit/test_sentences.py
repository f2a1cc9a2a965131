"""Where sentences end: a full stop after an abbreviation or before lower case does not."""

import pytest

from reconcile import Document, extract


@pytest.mark.parametrize(
    ("text", "lang", "value", "measure"),
    [
        ("Officials said ca. 25 activists were amnestied.", "en", 25, "amnestied"),
        ("On Jan. 5 officials said 40 fighters had returned.", "en", 40, "returned"),
        ("Погибли свыше 10 тыс. человек, сообщили власти.", "ru", 10_000, "killed"),
    ],
)
def test_a_stop_after_an_abbreviation_continues_the_sentence(text, lang, value, measure):
    claims = extract(Document(id="a.txt", text=text, lang=lang))
    assert [(c.quantity.low, c.measure) for c in claims] == [(value, measure)]


def test_a_stop_before_a_capital_still_ends_a_sentence():
    text = "The ministry said 12 fighters returned. Police said 30 were detained."
    claims = extract(Document(id="a.txt", text=text, lang="en"))
    assert [(c.quantity.low, c.measure, c.speaker) for c in claims] == [
        (12, "returned", "ministry"),
        (30, "detained", "Police"),
    ]


@pytest.mark.parametrize("lang", ["en", "ar", "ru"])
def test_a_nul_character_matches_no_empty_word_list(lang):
    """An empty lexicon table never matches, not even the NUL character (found by hypothesis)."""
    text = {"en": "2 families amnesty.", "ar": "2 اسر عفو.", "ru": "2 семьи амнистированы."}[lang]
    plain = extract(Document(id="a.txt", text="\n" + text, lang=lang))
    with_nul = extract(Document(id="a.txt", text="\x00\n" + text, lang=lang))
    assert [c.quantity.low for c in with_nul] == [c.quantity.low for c in plain]
    assert plain
