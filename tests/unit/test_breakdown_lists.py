"""A list of parts after its whole, read from text in each language (issue 14, breakdowns).

The parts of "40 children ..., 31 of them from Khatlon, six from Sughd and two
from the town of Khujand" are the whole's children from those places, counted
where the whole is: a whole flown to a place ("a plane bound for Dushanbe")
was not there, and the parts do not inherit where an item before them came from.
"""

from __future__ import annotations

import pytest

from reconcile import Document, RelationKind, extract
from reconcile.relations import Context
from reconcile.relations.breakdown import breakdowns

_TEXTS = {
    "en": (
        "Forty children returned home from Kabul on Sunday, the minister said.\n\n"
        "A plane bound for Dushanbe left Kabul with 40 children on board.\n\n"
        "The minister said the plane carried a group of children, {first} of them from "
        "Khatlon, six from Sughd and two from the town of Khujand.\n"
    ),
    "ar": (
        "عودة 40 طفلا\n\n"
        "قال الوزير إن طائرة أقلعت من كابول متجهة إلى دوشنبه وعلى متنها 40 طفلا.\n\n"
        "وأوضح الوزير أن الطائرة أقلعت من كابول وعلى متنها مجموعة من الأطفال، {first} منهم من صغد، "
        "وستة من دوشنبه وطفلان من مدينة خوجند.\n"
    ),
    "ru": (
        "Сорок детей вернулись из Кабула в Таджикистан.\n\n"
        "Министр сообщил, что самолёт с 40 детьми на борту вылетел из Кабула в Душанбе: "
        "{first} из них — из Хатлона, шестеро — из Согда и двое — из города Худжанда.\n"
    ),
}


def _read(lang: str, first: int):
    text = _TEXTS[lang].format(first=first)
    claims = extract(Document(id="a.txt", text=text, lang=lang, published="2021-05-03"))
    return claims, breakdowns(claims, Context())


@pytest.mark.parametrize("lang", sorted(_TEXTS))
def test_the_parts_of_a_whole_are_its_people_from_each_place(lang):
    claims, _ = _read(lang, 31)
    parts = [c for c in claims if c.quantity.low in (31, 6, 2)]
    assert len(parts) == 3
    assert all(c.subject is not None and c.subject.endswith(" children") for c in parts)
    assert len({c.subject for c in parts}) == 3  # an item is not the item before it
    whole = [c for c in claims if c.quantity.low == 40][-1]  # the plane's, not a headline's
    assert whole.subject == "children"
    assert whole.places == ("Kabul",)  # whither the plane flew is not where they were
    assert {c.places for c in parts} == {whole.places}


@pytest.mark.parametrize("lang", sorted(_TEXTS))
def test_a_list_that_misses_its_whole_contradicts_it_with_the_arithmetic(lang):
    claims, found = _read(lang, 31)
    whole = [c for c in claims if c.quantity.low == 40][-1]
    of_whole = [r for r in found if whole.id in r.claims]
    assert len(of_whole) == 3
    assert {r.kind for r in found} == {RelationKind.CONTRADICTS}
    assert all("31 + 6 + 2 = 39 < 40" in r.reason for r in found)
    claims, found = _read(lang, 35)
    whole = [c for c in claims if c.quantity.low == 40][-1]
    assert len([r for r in found if whole.id in r.claims]) == 3
    assert all("35 + 6 + 2 = 43 > 40" in r.reason for r in found)


@pytest.mark.parametrize("lang", sorted(_TEXTS))
def test_a_list_that_adds_up_to_its_whole_is_consistent(lang):
    claims, found = _read(lang, 32)
    assert len([c for c in claims if c.quantity.low in (32, 6, 2)]) == 3
    assert found == []
