"""Where a reporting body is and what a list's parts count (issue 14: extraction for relations)."""

from __future__ import annotations

import pytest

from reconcile import Claim, Document, Quantity, Span, extract
from reconcile.scope import Nesting, scope_of, subject_relation


def _claims(text: str, lang: str) -> list[tuple[float | None, str | None, tuple[str, ...]]]:
    found = extract(Document(id="t.txt", text=text, lang=lang))
    return [(c.quantity.low, c.measure, tuple(c.places)) for c in found]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Police in Jordan confirm the return of 350 fighters from conflict zones.", "en"),
        ("Police in Jordan say 350 fighters have come back from conflict zones.", "en"),
        ("وتؤكد الشرطة في الأردن عودة 350 مقاتلا من بؤر التوتر.", "ar"),
        ("وقالت الشرطة في الأردن إن 350 مقاتلا عادوا من العراق.", "ar"),
    ],
)
def test_where_a_reporting_body_sits_is_not_whence_people_returned(text: str, lang: str) -> None:
    [(_, measure, places)] = _claims(text, lang)
    assert measure == "returned"
    assert "Jordan" not in places


def test_a_place_of_those_who_acted_on_the_people_stays() -> None:
    text = "Officials in Tunisia said 900 Tunisian nationals were detained in Syria."
    assert _claims(text, "en")[-1][2] == ("Tunisia", "Syria")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Officials said 70 women were repatriated from Syria last week.\n\n"
            "The bus left the camp carrying a group of women who had been detained in "
            "Syrian prisons, 40 of them from Kazakhstan, three from Kyrgyzstan.",
            "en",
        ),
        (
            "وقال مسؤولون إن 70 امرأة أعيدت من سوريا الأسبوع الماضي.\n\n"
            "وغادرت الحافلة المخيم حاملة مجموعة من النساء اللواتي كن محتجزات في السجون "
            "السورية، 40 منهن من كازاخستان، وثلاث من قرغيزستان.",
            "ar",
        ),
    ],
)
def test_parts_of_a_group_count_as_their_whole_not_as_its_relative_clause(
    text: str, lang: str
) -> None:
    measures = {low: measure for low, measure, _ in _claims(text, lang)}
    assert measures[40] == "repatriated"
    assert measures[3] == "repatriated"


def test_a_part_with_a_predicate_of_its_own_keeps_it() -> None:
    text = (
        "Officials said 70 women were repatriated from Syria last week.\n\n"
        "Forty of them had been held in prisons."
    )
    assert {low: m for low, m, _ in _claims(text, "en")}[40] == "detained"


def _scope(subject: str) -> Claim:
    return Claim(
        document="d.txt",
        span=Span(0, 2),
        quantity=Quantity.exact(10),
        quote="q",
        measure="repatriated",
        subject=subject,
        places=["Iraq"],
        as_of=None,
    )


def test_roles_with_no_group_cross_a_group_rather_than_lie_within_it() -> None:
    children, chechens = scope_of(_scope("children")), scope_of(_scope("Chechen nationals"))
    assert subject_relation(children, chechens) is Nesting.OVERLAP
    assert subject_relation(chechens, children) is Nesting.OVERLAP
    russian_children = scope_of(_scope("Russian children"))
    assert subject_relation(russian_children, scope_of(_scope("Russian nationals"))) is (
        Nesting.NARROWER
    )
