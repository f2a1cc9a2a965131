"""Which statements of one large question are compared (``relations.pairing``)."""

from __future__ import annotations

from reconcile import Claim, Quantity, RelationKind, Span, reconcile
from reconcile.relations.pairing import MAX_PAIRWISE, NEIGHBOURS


def _claim(document: str, value: int, day: int, speaker: str, *, quote: str = "") -> Claim:
    return Claim(
        document=document,
        span=Span(0, 3),
        quantity=Quantity.exact(value),
        quote=quote or f"{speaker} counted {value} displaced families.",
        measure="displaced",
        subject="families",
        places=["Kherson"],
        as_of=f"2021-{1 + day // 28:02d}-{1 + day % 28:02d}",
        speaker=speaker,
    )


def _question(size: int, first: Claim, last: Claim) -> list[Claim]:
    """``size`` statements of one question, ``first`` earliest and ``last`` latest."""
    middle = [
        _claim(f"m{i:03}.txt", 10_000 + 37 * i, 10 + i, f"Agency {i}") for i in range(size - 2)
    ]
    return [first, *middle, last]


def _kinds(claims: list[Claim], a: Claim, b: Claim) -> set[RelationKind]:
    report = reconcile(claims)
    return {r.kind for r in report.relations if set(r.claims) == {a.id, b.id}}


def test_one_statement_repeated_far_apart_in_a_large_question_is_a_repeat():
    first = _claim("wire.txt", 4_321, 0, "Relief Office")
    # told again in other words, so not a word-for-word copy
    copy = _claim("paper.txt", 4_321, 300, "Relief Office", quote="Families displaced: 4,321.")
    claims = _question(4 * MAX_PAIRWISE, first, copy)
    assert _kinds(claims, first, copy) == {RelationKind.REPEATS}


def test_a_question_just_past_the_limit_still_compares_more_than_neighbours():
    first = _claim("early.txt", 100, 0, "Camp Council")
    later = _claim("late.txt", 900, 1 + NEIGHBOURS + 2, "Shelter Board")
    middle = [
        _claim(f"m{i:03}.txt", 10_000 + 37 * i, 1 + i, f"Agency {i}") for i in range(NEIGHBOURS + 1)
    ]
    # pad with later statements so the question is one past MAX_PAIRWISE
    tail = [
        _claim(f"t{i:03}.txt", 20_000 + 41 * i, 100 + i, f"Office {i}")
        for i in range(MAX_PAIRWISE + 1 - len(middle) - 2)
    ]
    claims = [first, *middle, later, *tail]
    assert len(claims) == MAX_PAIRWISE + 1
    assert _kinds(claims, first, later), "statements 8 apart in time were never compared"


_GROUPS = [
    "Tajik", "Uzbek", "Kazakh", "Kyrgyz", "Turkmen", "Chechen", "Russian", "British", "French",
    "German", "Belgian", "Dutch", "Swedish", "Danish", "Austrian", "Spanish", "Italian", "Egyptian",
]  # fmt: skip


def _fighters(document: str, value: int, measure: str, subject: str | None) -> Claim:
    return Claim(
        document=document,
        span=Span(value, value + 3),
        quantity=Quantity.exact(value),
        quote=f"{value} counted.",
        measure=measure,
        subject=subject,
        places=["Raqqa"],
        as_of="2019-02",
    )


def test_a_figure_with_no_group_meets_the_figures_of_its_own_document():
    # the place is crowded with larger questions of other groups; the figure
    # with no group must still meet the one its own document states
    crowd = [
        _fighters(f"{g}{n}.txt", 1000 + 10 * i + n, "joined", f"{g} nationals")
        for i, g in enumerate(_GROUPS)
        for n in range(3)
    ]
    whole = _fighters("d.txt", 900, "joined", "Tunisian nationals")
    rest = _fighters("d.txt", 360, "in_conflict_zone", None)
    report = reconcile([*crowd, whole, rest])
    assert any(set(r.claims) == {whole.id, rest.id} for r in report.relations)


def test_a_source_revising_itself_far_apart_in_a_large_question_is_an_update():
    first = _claim("wire.txt", 4_321, 0, "Relief Office")
    # the same office, named a little differently, months and many statements later
    revised = _claim("paper.txt", 6_800, 300, "the regional Relief Office")
    claims = _question(4 * MAX_PAIRWISE, first, revised)
    assert _kinds(claims, first, revised) == {RelationKind.UPDATES}
    # names that only share a head noun ("Office") must not stand in for the source
    shelter = _claim("shelter.txt", 5_555, 5, "Shelter Office")
    again = _claim("again.txt", 6_900, 301, "Relief Office")
    crowded = [*_question(4 * MAX_PAIRWISE, first, again), shelter]
    assert _kinds(crowded, first, again) == {RelationKind.UPDATES}
    # another source's figure as far apart is left to the neighbours in time
    other = _claim("paper.txt", 6_800, 300, "Shelter Board")
    assert _kinds(_question(4 * MAX_PAIRWISE, first, other), first, other) == set()
