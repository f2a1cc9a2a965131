"""A place whose name is also a common word is read only when written with a capital."""

from __future__ import annotations

import pytest

from reconcile import Document, extract


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Число погибших на севере Чили выросло до 27 человек.", "Chile"),
        ("В Вене задержаны 12 человек.", "Vienna"),
        ("В Перу погибли 8 человек.", "Peru"),
    ],
)
def test_a_capitalised_name_is_the_place(text: str, place: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang="ru"))
    assert claim.places == (place,)


@pytest.mark.parametrize(
    "text",
    [
        "В соус чили добавили соль, а в Москве погибли 3 человека.",
        "У 12 человек в Москве повреждены вены.",
    ],
)
def test_the_common_word_is_no_place(text: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang="ru"))
    assert claim.places == ("Moscow",)


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("В Оренбургской области эвакуированы 4 208 человек.", "ru", "Orenburg"),
        ("В Орске в пунктах размещения находятся 612 человек.", "ru", "Orsk"),
        ("В Подмосковье задержаны 11 человек.", "ru", "Moscow Oblast"),
        ("At least 12 people died in Kazan on Monday.", "en", "Kazan"),
        ("لقي 12 شخصا حتفهم في قازان.", "ar", "Kazan"),
    ],
)
def test_russias_regions_and_cities_are_places(text: str, lang: str, place: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang=lang))
    assert claim.places == (place,)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the words the gazetteer keeps apart from its names
        ("Над полем кружил орел, а в Москве погибли 3 человека.", "ru"),
        ("Владимир Путин заявил, что в Москве погибли 3 человека.", "ru"),
        ("A perm costs more now, and 3 people died in Moscow.", "en"),
    ],
)
def test_a_common_word_or_a_first_name_is_no_russian_place(text: str, lang: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang=lang))
    assert claim.places == ("Moscow",)
