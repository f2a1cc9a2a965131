"""A paragraph that opens by counting parts of a group ("of them") keeps the group's source."""

import pytest

from reconcile import Document, extract
from reconcile.names import to_latin

CASES = {
    "en": (
        "Coastguard chief John Reed said 60 migrants had been rescued on Monday.",
        "Twelve of them were taken to hospital, four to a shelter.",
        "Another 40 migrants drowned in the storm last winter.",
    ),
    "ru": (
        "Пресс-служба МЧС сообщила, что спасены 60 мигрантов.",
        "Из них 12 доставлены в больницу.",
        "Спасены 12 мигрантов.",
    ),
    "ar": (
        "وقال الباحث سامر خليل إن 60 مقاتلا عادوا إلى البلاد.",
        "ومنهم 12 نقلوا إلى المستشفى.",
        "وعاد 12 مقاتلا إلى البلاد.",
    ),
}


def _speakers(text: str, lang: str) -> list[str | None]:
    return [c.speaker for c in extract(Document(id="p.txt", text=text, lang=lang))]


@pytest.mark.parametrize("lang", sorted(CASES))
def test_of_them_carries_the_source_across_a_paragraph(lang):
    said, part, _ = CASES[lang]
    got = _speakers(f"{said}\n\n{part}", lang)
    assert got[0] is not None
    assert got[1:] == [got[0]] * (len(got) - 1)


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_new_paragraph_without_them_stays_the_writers(lang):
    said, _, other = CASES[lang]
    assert _speakers(f"{said}\n\n{other}", lang)[-1] is None


def test_english_names_the_person_quoted():
    said, part, _ = CASES["en"]
    assert set(_speakers(f"{said}\n\n{part}", "en")) == {"John Reed"}


def test_arabic_names_the_person_quoted():
    said, part, _ = CASES["ar"]
    assert set(_speakers(f"{said}\n\n{part}", "ar")) == {to_latin("سامر خليل")}
