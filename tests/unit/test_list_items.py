"""A list after a whole: its items and the whole they break down (issue 14)."""

from __future__ import annotations

from reconcile import Claim, Document, Quantity, RelationKind, Span, extract
from reconcile.relations import Context
from reconcile.relations.breakdown import breakdowns

_RU = (
    "Четвёртого мая дети будут доставлены из Ирака в Таджикистан, сообщил министр.\n\n"
    "По его словам, самолёт с 40 мальчиками и девочками на борту сядет вечером.\n\n"
    "Пять детей — из Худжанда, двое — из Хатлона, а 30 — из Согда, уточнил министр.\n"
)


def _subjects(text: str, lang: str) -> dict[float, str | None]:
    return {c.quantity.low: c.subject for c in extract(Document(id="a.txt", text=text, lang=lang))}


def test_two_people_nouns_of_one_wider_role_name_that_role():
    found = _subjects(_RU, "ru")
    assert found[40] == "children"  # boys and girls, not boys
    both = _subjects("Some 60 women and children were evacuated from Raqqa on Monday.", "en")
    assert both[60] == "women and children"


def test_a_list_item_without_a_noun_takes_the_noun_of_the_item_before():
    found = _subjects(_RU, "ru")
    # a town of a group's home stands for its people, with the role the list counts
    assert found[5] == "Khujand children"
    assert found[2] == "Khatlon children"
    assert found[30] == "Sughd children"


def test_a_list_read_from_text_breaks_down_the_figure_before_it():
    claims = extract(Document(id="a.txt", text=_RU, lang="ru"))
    found = breakdowns(claims, Context())
    whole = next(c for c in claims if c.quantity.low == 40)
    assert {r.kind for r in found} == {RelationKind.CONTRADICTS}
    assert {c for r in found for c in r.claims} - {whole.id} == {
        c.id for c in claims if c.quantity.low in (5, 2, 30)
    }


def _c(n: int, value: int, subject: str, quote: str) -> Claim:
    return Claim(
        document="b.txt",
        span=Span(n, n + 2),
        quantity=Quantity.exact(value),
        quote=quote,
        measure="evacuated",
        subject=subject,
        places=["Raqqa"],
        as_of="2020-06-01",
    )


def test_parts_that_add_a_group_to_a_whole_named_by_role_only_break_it_down():
    listed = "Of those, nine came from Almaty, eight from Tashkent and five from Dushanbe."
    whole = _c(0, 25, "women", "Twenty-five women were evacuated.")
    parts = [
        _c(40, 9, "Almaty women", listed),
        _c(50, 8, "Tashkent women", listed),
        _c(60, 5, "Dushanbe women", listed),
    ]
    found = breakdowns([whole, *parts], Context())
    assert len(found) == 3  # 22 of 25, listed in full: a miscount
    # parts of another role are not the whole's parts
    other = [
        _c(40, 9, "Almaty men", listed),
        _c(50, 8, "Tashkent men", listed),
        _c(60, 5, "Dushanbe men", listed),
    ]
    assert breakdowns([whole, *other], Context()) == []


def test_people_named_after_the_noun_of_a_measure_are_who_it_counts():
    found = _subjects("قال الوزير إن 12 قتيلا فقط من المدنيين سقطوا في القصف على حلب.", "ar")
    assert found[12] == "civilians"
    # a place after the noun is where, not who
    found = _subjects("قال الوزير إن 12 قتيلا من حلب سقطوا في القصف.", "ar")
    assert found[12] is None
