"""Issue 14: flagged contradictions a reader can trust.

Figures that are no count of people (a share in words, the first half of a
cut-off word) and readings that split one figure in two make claims that
contradict every real count of the same question. Sentences are written here.
"""

from reconcile import Claim, Document, Quantity, RelationKind, Span, extract
from reconcile.relations import compare


def _claims(text: str) -> list[tuple[str, object, object]]:
    doc = Document(id="t.txt", text=text)
    return [(c.quantity.text, c.quantity.low, c.quantity.high) for c in extract(doc)]


def test_several_thousands_is_one_vague_figure() -> None:
    found = _claims(
        "Aid workers put the number of villagers killed by the floods in the several thousands."
    )
    assert found == [("several thousands", 3000, 9000)]


def test_a_share_in_words_counts_no_one() -> None:
    found = _claims("About one-third of the 840 miners were injured in the collapse.")
    assert found == [("840", 840, 840)]


def test_two_thirds_of_a_group_counts_no_one() -> None:
    assert _claims("Two thirds of the 1,200 tenants were displaced by the fire.") == [
        ("1,200", 1200, 1200)
    ]


def test_a_figure_cut_off_at_a_hyphen_is_no_count() -> None:
    found = _claims("Of the 4,500 people displaced by the floods, about one- …")
    assert found == [("4,500", 4500, 4500)]


def _subjects(text: str, language: str | None = None) -> list[tuple[str, str | None]]:
    doc = (
        Document(id="t.txt", text=text, lang=language)
        if language
        else Document(id="t.txt", text=text)
    )
    return [(c.quantity.text, c.subject) for c in extract(doc)]


def test_a_partys_share_of_a_toll_is_a_part_of_its_group() -> None:
    found = _subjects("The navy was blamed for killing 140 civilians in the port city.")
    assert found == [("140", "part of civilians")]


def test_a_share_with_its_people_unnamed_is_a_part_of_whoever_was_counted() -> None:
    found = _subjects("The navy accepts responsibility for only 140 of the deaths in the port.")
    assert found == [("140", "part of people")]


def test_a_share_of_a_toll_in_russian_and_arabic() -> None:
    ru = _subjects("Флот признал свою ответственность за гибель лишь 140 мирных жителей.", "ru")
    assert ru == [("лишь 140", "part of civilians")]
    ar = _subjects("وتتحمل البحرية مسؤولية مقتل 140 مدنيا في الميناء.", "ar")
    assert ar == [("140", "part of civilians")]


def test_an_official_responsible_for_something_else_makes_no_share() -> None:
    found = _subjects(
        "The officer responsible for the port told reporters 140 civilians were killed."
    )
    assert found == [("140", "civilians")]


def _toll(document: str, value: int, subject: str | None, n: int = 0) -> Claim:
    return Claim(
        document=document,
        span=Span(n, n + 2),
        quantity=Quantity.exact(value),
        quote=f"sentence {n}",
        measure="killed",
        subject=subject,
        places=["Port City"],
        as_of="2021-05-04",
    )


def test_a_share_does_not_contradict_its_whole() -> None:
    share = _toll("a.txt", 140, "part of people")
    whole = _toll("b.txt", 4000, "civilians")
    found = compare(share, whole)
    assert found is not None
    assert found.kind is RelationKind.SCOPE_DIFFERS


def test_two_shares_of_one_group_are_two_parts() -> None:
    one = _toll("a.txt", 140, "part of civilians")
    other = _toll("b.txt", 2500, "part of civilians")
    found = compare(one, other)
    assert found is not None
    assert found.kind is RelationKind.SCOPE_DIFFERS
    assert "two parts" in found.reason


def test_a_part_above_a_figure_for_people_not_named_is_no_contradiction() -> None:
    part = _toll("a.txt", 2500, "part of civilians")
    unnamed = _toll("b.txt", 300, None)
    found = compare(part, unnamed)
    assert found is not None
    assert found.kind is RelationKind.SCOPE_DIFFERS


def test_a_share_still_contradicts_a_whole_it_exceeds() -> None:
    share = _toll("a.txt", 2500, "part of civilians")
    whole = _toll("b.txt", 900, "civilians")
    found = compare(share, whole)
    assert found is not None
    assert found.kind is RelationKind.CONTRADICTS


def test_a_share_printed_with_a_space_before_the_percent_sign_counts_no_one() -> None:
    found = _claims("About 2,600 tenants were displaced by the fire, 40 % of them children.")
    assert found == [("About 2,600", 2600, 2600)]


def test_a_figure_followed_by_others_is_an_addition_to_a_total() -> None:
    found = _subjects("Rescuers recovered 300 bodies on Monday, and 150 others were found later.")
    assert found[-1] == ("150", "part of people")
    # others of another kind than the figure before are none of its total:
    # the 150 killed are the whole toll the sentence gives
    found = _subjects(
        "Rescuers found 2,000 miners alive, while 150 others were killed in the shafts."
    )
    assert found[-1] == ("150", None)
    ar = _subjects("قتل الفا عامل، فيما مئات آخرون قتلوا في الانهيار.", "ar")
    assert ar[-1] == ("مئات", "part of people")
    # those who survived ("نجا": rescued) are of another kind than the killed
    ar = _subjects("نجا الفا عامل، فيما مئات آخرون قتلوا في الانهيار.", "ar")
    assert ar[-1] == ("مئات", None)
