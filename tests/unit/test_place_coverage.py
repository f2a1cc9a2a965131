"""Every canonical place one language knows, every other language knows too.

Claims meet across languages by canonical place: a place only one language
can name splits a toll by language. A name may be left out of a language
only where every form of it news writes is also an ordinary word or a
common name there; each such leave-out is listed here with its reason, and
is listed in that language's places.toml header too.
"""

from __future__ import annotations

import pytest

from reconcile import Document, extract
from reconcile.lang import lexicon
from reconcile.lang.canon import canon

_LANGS = ("en", "ar", "ru")

# (language, canonical name) -> why the language does not name the place
LEFT_OUT: dict[tuple[str, str], str] = {
    ("ar", "Adamaoua"): "اداماوا is Nigeria's Adamawa, written alike",
    ("ar", "Apia"): "ابيا is Nigeria's Abia, written alike",
    ("ar", "Barh El Gazel"): "بحر الغزال is South Sudan's Bahr el Ghazal (and a river)",
    ("ar", "Dar es Salaam"): "دار السلام is a common phrase, Brunei's and Baghdad's name too",
    ("ar", "Shaanxi"): "شنشي and شانشي each name Shaanxi and Shanxi alike",
    ("ar", "Shanxi"): "شنشي and شانشي each name Shanxi and Shaanxi alike",
    ("ru", "Barh El Gazel"): "Бахр-эль-Газаль is South Sudan's Bahr el Ghazal (and a river)",
}


def _names(lang: str) -> set[str]:
    return {p.name for p in lexicon(lang).places.places.values()}


def test_every_place_is_known_in_every_language() -> None:
    names = {lang: _names(lang) for lang in _LANGS}
    known = set().union(*names.values())
    missing = sorted(
        (lang, name)
        for lang in _LANGS
        for name in known - names[lang]
        if (lang, name) not in LEFT_OUT
    )
    assert missing == []


def test_every_leave_out_is_still_left_out() -> None:
    """A leave-out whose place a language has since learned is stale."""
    names = {lang: _names(lang) for lang in _LANGS}
    known = set().union(*names.values())
    stale = sorted(key for key in LEFT_OUT if key[1] in names[key[0]] or key[1] not in known)
    assert stale == []
    assert all(reason.strip() for reason in LEFT_OUT.values())


def _places(text: str, lang: str) -> list[tuple[str, ...]]:
    return [c.places for c in extract(Document(id="t.txt", text=text, lang=lang))]


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        # a region named by a phrase is the phrase's, not its last word's country
        ("وقالت الأمم المتحدة إن 300 مهاجر لقوا حتفهم في أمريكا اللاتينية.", "ar", "Latin America"),
        ("По данным ООН, в Латинской Америке погибли 300 мигрантов.", "ru", "Latin America"),
        ("The UN said 300 migrants died in Latin America last year.", "en", "Latin America"),
        ("وقال مسؤولون إن 40 شخصا لقوا حتفهم في بيرو.", "ar", "Peru"),
        ("Officials said 40 people died in Dagestan on Friday.", "en", "Dagestan"),
        ("По данным властей, в Южной Корее погибли 40 человек.", "ru", "South Korea"),
        ("The UN said 2,000 people were displaced in the Sahel this month.", "en", "Sahel"),
        ("وقالت الأمم المتحدة إن 2000 شخص نزحوا في منطقة الساحل.", "ar", "Sahel"),
        ("По данным ООН, в Сахеле перемещены 2000 человек.", "ru", "Sahel"),
    ],
)
def test_a_region_or_a_newly_known_place_is_read(text: str, lang: str, place: str) -> None:
    assert place in _places(text, lang)[-1]


@pytest.mark.parametrize(
    ("text", "lang", "city", "country"),
    [
        # large cities beyond the capitals and the towns of the wars, in every language
        ("Police said 75 people were held in Manchester.", "en", "Manchester", "United Kingdom"),
        ("Officials said 40 people died in floods in Sao Paulo.", "en", "Sao Paulo", "Brazil"),
        ("Police said 14 people were killed in New Orleans.", "en", "New Orleans", "United States"),
        ("Полиция задержала 75 человек в Манчестере.", "ru", "Manchester", "United Kingdom"),
        ("По данным властей, в Шанхае госпитализированы 40 человек.", "ru", "Shanghai", "China"),
        ("В Лос-Анджелесе эвакуированы 3000 человек.", "ru", "Los Angeles", "United States"),
        ("Из Сиднея эвакуированы 120 человек.", "ru", "Sydney", "Australia"),
        ("وقالت الشرطة إن 75 شخصا اعتقلوا في مانشستر.", "ar", "Manchester", "United Kingdom"),
        ("وقال مسؤولون إن 40 شخصا لقوا حتفهم بهيوستن.", "ar", "Houston", "United States"),
        ("وقالت السلطات إن 40 شخصا نقلوا إلى المستشفى في شنغهاي.", "ar", "Shanghai", "China"),
        ("وأفادت الشرطة باعتقال 12 شخصا في مدينة ليل.", "ar", "Lille", "France"),
    ],
)
def test_a_large_city_is_read_and_lies_in_its_country(
    text: str, lang: str, city: str, country: str
) -> None:
    _read_within(text, lang, city, country)


def _read_within(text: str, lang: str, place: str, country: str) -> None:
    assert _places(text, lang)[-1] == (place,)
    assert canon().place_within(place, frozenset({country}))


@pytest.mark.parametrize(
    ("text", "lang", "division", "country"),
    [
        # first-level divisions of large countries, in every language
        ("Officials said 30 people died in floods in Queensland.", "en", "Queensland", "Australia"),
        ("Police said 12 people died in floods in Arkansas.", "en", "Arkansas", "United States"),
        (
            "Police said 12 people were killed in a shooting in Texas.",
            "en",
            "Texas",
            "United States",
        ),
        (
            "Officials said 40 people died after a landslide in Uttar Pradesh.",
            "en",
            "Uttar Pradesh",
            "India",
        ),
        (
            "Officials said 20 people died in Ishikawa Prefecture after the quake.",
            "en",
            "Ishikawa",
            "Japan",
        ),
        ("В Северной Каролине погибли 30 человек.", "ru", "North Carolina", "United States"),
        ("Из Баварии эвакуированы 500 человек.", "ru", "Bavaria", "Germany"),
        ("По данным властей, в провинции Сычуань погибли 40 человек.", "ru", "Sichuan", "China"),
        ("В штате Нью-Йорк задержаны 14 человек.", "ru", "New York State", "United States"),
        ("وقالت الشرطة إن 12 شخصا قتلوا في ولاية تكساس.", "ar", "Texas", "United States"),
        ("وقال مسؤولون إن 40 شخصا لقوا حتفهم في كاليفورنيا.", "ar", "California", "United States"),
        ("وقالت السلطات إن 30 شخصا لقوا حتفهم في كتالونيا.", "ar", "Catalonia", "Spain"),
        ("وقال مسؤولون إن 25 شخصا لقوا حتفهم بولاية يوتا.", "ar", "Utah", "United States"),
    ],
)
def test_a_first_level_division_is_read_and_lies_in_its_country(
    text: str, lang: str, division: str, country: str
) -> None:
    _read_within(text, lang, division, country)


@pytest.mark.parametrize(
    ("text", "lang", "division"),
    [
        # a division's name that is also a part of a place, or another place behind a proclitic
        (
            "Officials said 30 people died in floods in western Australia.",
            "en",
            "Western Australia",
        ),
        ("В западной Австралии погибли 30 человек.", "ru", "Western Australia"),
        # "اليونان" (Greece) is no "يونان" (Yunnan) behind the article
        ("وقال مسؤولون إن 30 شخصا لقوا حتفهم في اليونان.", "ar", "Yunnan"),
    ],
)
def test_a_word_like_a_division_does_not_name_it(text: str, lang: str, division: str) -> None:
    assert division not in _places(text, lang)[-1]
