"""Subjects that refer back: "of them" takes the group its paragraph counted last."""

from __future__ import annotations

import pytest

from reconcile import Document, extract


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Officials said 40 Tajik nationals were flown home. Twelve of them have since died.",
            "en",
        ),
        (
            "Власти сообщили, что вернулись 40 граждан Таджикистана. Двенадцать из них погибли.",
            "ru",
        ),
        ("وقال مسؤولون إن 40 طاجيكيين عادوا إلى بلادهم. وقد توفي 12 منهم.", "ar"),
    ],
)
def test_of_them_takes_the_group_of_the_paragraph(text: str, lang: str) -> None:
    claims = extract(Document(id="t.txt", text=text, lang=lang))
    assert claims[0].subject == "Tajik nationals"
    assert claims[-1].subject is not None
    assert "Tajik" in claims[-1].subject
