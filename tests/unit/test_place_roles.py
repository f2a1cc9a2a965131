"""Places by role: where the counted people are or were, not where they come from or went."""

from __future__ import annotations

import pytest

from reconcile import Document, extract


def _places(text: str, lang: str) -> list[tuple[str, ...]]:
    return [c.places for c in extract(Document(id="t.txt", text=text, lang=lang))]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a return is placed where people came from, not where they went
        ("Officials said 45 women returned from Syria to Kazakhstan.", "en", ("Syria",)),
        ("Чиновники сообщили, что 45 женщин вернулись из Сирии в Казахстан.", "ru", ("Syria",)),
        ("وقال مسؤولون إن 45 امرأة عادوا من سوريا إلى كازاخستان.", "ar", ("Syria",)),
        # the origin of a group is who they are, not where they are
        ("Officials said 45 men from Kazakhstan are fighting in Syria.", "en", ("Syria",)),
        ("По данным ведомства, 45 выходцев из Казахстана воюют в Сирии.", "ru", ("Syria",)),
    ],
)
def test_place_by_role(text: str, lang: str, expected: tuple[str, ...]) -> None:
    assert _places(text, lang)[-1] == expected


def test_a_dateline_city_is_not_a_place() -> None:
    text = "Headline\n\nASTANA, June 3. Officials said 45 women were detained last week."
    assert _places(text, "en") == [()]


def test_a_dateline_city_in_russian_is_not_a_place() -> None:
    text = "Заголовок\n\nАстана, 3 июня. По данным ведомства, задержаны 45 человек."
    assert _places(text, "ru") == [()]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Speaking at a security forum in Almaty, the minister said 45 Kazakh men had died.", "en"),
        ("وقال الوزير خلال مؤتمر صحفي عقده في القاهرة إن 45 رجلا قتلوا.", "ar"),
        ("Выступая на заседании в Алматы, министр сообщил, что погибли 45 мужчин.", "ru"),
    ],
)
def test_where_a_figure_is_announced_is_no_place(text: str, lang: str) -> None:
    assert _places(text, lang) == [()]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # people counted away from home: their home country is where they came from
        ("Officials in Tunisia said 900 Tunisian fighters are in Syria.", "en", ("Syria",)),
        ("وقال مسؤولون في تونس إن 900 مقاتل تونسي يقاتلون في سوريا.", "ar", ("Syria",)),
        # held at home: the home is where they are
        (
            "Officials in Tunisia said 900 Tunisian nationals were detained in Syria.",
            "en",
            ("Tunisia", "Syria"),
        ),
        # the home alone stays: nothing says they are elsewhere
        ("Officials said 900 Tunisian fighters had been killed in Tunisia.", "en", ("Tunisia",)),
    ],
)
def test_home_country_of_people_counted_abroad(
    text: str, lang: str, expected: tuple[str, ...]
) -> None:
    assert _places(text, lang)[-1] == expected


def test_a_place_in_an_aside_the_figure_is_not_in_is_no_place() -> None:
    text = "Боевики ИГ (организация запрещена в России) убили 30 жителей Мосула."
    assert _places(text, "ru") == [("Mosul",)]
