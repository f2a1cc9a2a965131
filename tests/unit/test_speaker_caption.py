"""A table flattened into lines takes its source from the caption that closes it."""

import pytest

from reconcile import Document, extract

ROWS = {
    "en": ("Ruritania 1200 fighters\nFreedonia 450 fighters\n", "Source: Harbour Institute"),
    "ru": ("Руритания 1200 боевиков\nФридония 450 боевиков\n", "Источник: Институт гавани"),
    "ar": ("روريتانيا 1200 مقاتل\nفريدونيا 450 مقاتل\n", "المصدر: معهد الميناء"),
}


def _speakers(text: str, lang: str) -> list[str | None]:
    return [c.speaker for c in extract(Document(id="t.txt", text=text, lang=lang))]


@pytest.mark.parametrize("lang", sorted(ROWS))
def test_rows_take_the_source_caption_below_them(lang):
    rows, caption = ROWS[lang]
    got = _speakers(f"{rows}({caption})\n\nThe numbers rose.", lang)
    assert len(got) >= 2
    assert got[0] is not None
    assert got[0] == got[1]


@pytest.mark.parametrize("lang", sorted(ROWS))
def test_a_caption_past_a_blank_line_belongs_to_another_block(lang):
    rows, caption = ROWS[lang]
    assert _speakers(f"{rows}\n{caption}\n", lang)[:2] == [None, None]


def test_english_caption_names_the_source_as_written():
    rows, caption = ROWS["en"]
    assert _speakers(f"{rows}({caption})\n", "en") == ["Harbour Institute"] * 2


def test_english_prose_line_is_not_a_row():
    text = (
        "The fishermen of the northern coast landed 1200 tonnes of cod in the spring, a record.\n"
        "Source: Harbour Institute\n"
    )
    assert _speakers(text, "en") == [None]
