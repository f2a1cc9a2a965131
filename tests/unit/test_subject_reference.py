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


@pytest.mark.parametrize(
    ("text", "lang", "subject"),
    [
        ("The number of Tunisian fighters reached 6,000.", "en", "Tunisian nationals"),
        ("وبلغ عدد المقاتلين التونسيين 3000 مقاتل.", "ar", "Tunisian nationals"),
        # "رقم": the figure of a group, as "عدد" its number
        (
            "وقال مسؤول إن رقم الطاجيكيين المنضمين إلى الجماعات المسلحة يصل إلى 900.",
            "ar",
            "Tajik nationals",
        ),
        ("Число российских боевиков достигло 2400 человек.", "ru", "Russian nationals"),
        # the demonym belongs to another noun further on, not to the counted group
        ("وقدرت عدد الأطفال في السجون العراقية بـ115 طفلا.", "ar", "children"),
        ("The number of fighters held in the Syrian camps reached 300.", "en", None),
    ],
)
def test_the_number_of_a_group_names_the_group_of_its_figure(text, lang, subject):
    (claim,) = extract(Document(id="a.txt", text=text, lang=lang))
    assert claim.subject == subject


def test_an_arabic_demonym_is_read_in_its_plural():
    (claim,) = extract(Document(id="a.txt", text="عاد 300 مقاتل تونسيين إلى بلادهم.", lang="ar"))
    assert claim.subject == "Tunisian fighters"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Officials said 40 Kazakh women had returned. Another 12 Kazakh women came in March.",
            "en",
        ),
        ("В Сирии погибли 40 граждан Казахстана, ещё 12 граждан Казахстана погибли в Ираке.", "ru"),
    ],
)
def test_another_figure_is_a_part_of_a_total(text: str, lang: str) -> None:
    subjects = [c.subject for c in extract(Document(id="a.txt", text=text, lang=lang))]
    assert subjects[-1] is not None
    assert subjects[-1].startswith("part of ")
    assert not subjects[0].startswith("part of ")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The ministry said 450 Tajik nationals went to Afghanistan.\n\n"
            "A lawyer said their number had reached 900 fighters by May.",
            "en",
        ),
        (
            "Officials counted 450 Tajik nationals who went to Afghanistan. Rights groups say"
            ' the true number of recruits is higher. "We put it at 900," a lawyer said.',
            "en",
        ),
        (
            "وقالت الوزارة إن 450 طاجيكيين توجهوا إلى أفغانستان.\n\n"
            "وأضاف محام أن عددهم وصل إلى 900 مقاتل.",
            "ar",
        ),
        (
            "Министерство сообщило, что 450 граждан Таджикистана уехали в Афганистан.\n\n"
            "По словам адвоката, их число достигло 900 человек.",
            "ru",
        ),
    ],
)
def test_their_number_counts_the_group_counted_before(text: str, lang: str) -> None:
    claims = extract(Document(id="t.txt", text=text, lang=lang))
    assert [c.quantity.low for c in claims] == [450, 900]
    assert [c.subject for c in claims] == ["Tajik nationals", "Tajik nationals"]


def test_their_number_with_nothing_counted_before_names_no_group() -> None:
    text = "Few details were given. Their number reached 900 fighters by May, a lawyer said."
    claims = extract(Document(id="t.txt", text=text, lang="en"))
    assert [c.subject for c in claims] == [None]
