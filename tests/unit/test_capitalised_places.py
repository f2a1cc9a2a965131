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
