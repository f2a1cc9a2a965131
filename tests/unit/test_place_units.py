"""A figure of the places something happened in ("in 32 cities") counts places, not people."""

from __future__ import annotations

import pytest

from reconcile import Document, extract


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("More than 400 people were detained in 32 regions.", "en", "regions"),
        ("Более 400 человек задержаны в 32 городах России.", "ru", "cities"),
        ("Задержания прошли в 12 регионах, погибли 2 человека.", "ru", "regions"),
        ("اعتقل 400 شخص في 12 محافظة.", "ar", "provinces"),
        ("قتل 40 شخصا في 3 دول.", "ar", "countries"),
    ],
)
def test_places_where_it_happened_are_counted_as_places_not_people(text, lang, unit):
    # the figure of people is one claim; the places it happened in are no people
    claims = extract(Document(id="x", text=text, lang=lang))
    assert [c.unit for c in claims if c.unit != "people"] == [unit]
    assert len([c for c in claims if c.unit == "people"]) == 1
