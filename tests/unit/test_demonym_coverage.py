"""Nationalities beyond the conflict news the tables began with.

Each is read in all three languages, and maps to the same canonical group
("Polish nationals"), whose country canon/groups.toml knows.
"""

from __future__ import annotations

import pytest

from reconcile import Claim, Document, extract
from reconcile.lang.canon import canon


def _claims(text: str, lang: str) -> tuple[Claim, ...]:
    return extract(Document(id="x", text=text, lang=lang))


@pytest.mark.parametrize(
    ("lang", "text", "subject"),
    [
        ("en", "Police said 40 Japanese tourists were injured.", "Japanese tourists"),
        ("en", "At least 12 Mexicans were killed in the crash.", "Mexican nationals"),
        ("en", "Police said 40 Polish citizens were detained.", "Polish nationals"),
        ("en", "At least 12 South Koreans were killed.", "South Korean nationals"),
        ("en", "At least 12 Filipinos were killed.", "Filipino nationals"),
        ("ru", "Погибли 40 японцев.", "Japanese nationals"),
        ("ru", "Погибли 40 итальянцев.", "Italian nationals"),
        ("ru", "Погибли 12 южнокорейцев.", "South Korean nationals"),
        ("ru", "Задержаны 12 поляков.", "Polish nationals"),
        ("ar", "قتل 40 يابانيا في الهجوم.", "Japanese nationals"),
        ("ar", "قتل 40 من الإسبان في الهجوم.", "Spanish nationals"),
        ("ar", "قتل 12 من البرازيليين في الهجوم.", "Brazilian nationals"),
    ],
)
def test_new_nationalities_are_subjects(lang: str, text: str, subject: str) -> None:
    assert [c.subject for c in _claims(text, lang)] == [subject]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", "Polish authorities said 40 people were killed.", "Polish authorities"),
        ("ru", "Итальянские власти сообщили, что погибли 40 человек.", "Italian authorities"),
        ("ar", "قالت السلطات البولندية إن 40 شخصا قتلوا.", "Polish authorities"),
    ],
)
def test_speaker_keeps_new_demonym(lang: str, text: str, speaker: str) -> None:
    assert [c.speaker for c in _claims(text, lang)] == [speaker]


def test_power_poles_are_not_poles() -> None:
    # "poles" is left out of en [demonyms]: "40 power poles" counts no one
    assert all(
        c.subject != "Polish nationals"
        for c in _claims("The storm knocked down 40 power poles.", "en")
    )


@pytest.mark.parametrize(
    ("group", "country"),
    [
        ("Polish nationals", "Poland"),
        ("Japanese nationals", "Japan"),
        ("Brazilian nationals", "Brazil"),
        ("Emirati nationals", "United Arab Emirates"),
        ("Ethiopian nationals", "Ethiopia"),
    ],
)
def test_new_groups_have_a_country(group: str, country: str) -> None:
    assert canon().countries[group] == country
