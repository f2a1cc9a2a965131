"""Conflicts a document tells, or the arithmetic of time (issue 14: from the gold claims)."""

from __future__ import annotations

from reconcile import Claim, Quantity, RelationKind, Span
from reconcile.relations import compare
from reconcile.scope import scope_of


def _claim(
    value: int,
    measure: str,
    quote: str,
    *,
    document: str = "a.txt",
    subject: str | None = "Belgian nationals",
    places: tuple[str, ...] = ("Libya",),
    as_of: str | None = None,
    speaker: str | None = None,
    n: int = 0,
) -> Claim:
    return Claim(
        document=document,
        span=Span(n, n + 3),
        quantity=Quantity.exact(value),
        quote=quote,
        measure=measure,
        subject=subject,
        places=list(places),
        as_of=as_of,
        speaker=speaker,
    )


_NOW = "About 1,200 Belgians have gone to fight in Libya, the interior minister said on Monday."


def test_a_figure_its_sentence_gives_as_stated_earlier_is_revised_by_the_documents_own():
    now = _claim(1200, "joined", _NOW, as_of="2018-03", speaker="Belgian interior minister")
    told = _claim(
        700,
        "fighters",
        "The new figure differs from earlier estimates of 700 Belgians fighting in Libya.",
        n=200,
    )
    found = compare(now, told)
    assert found is not None
    assert found.kind is RelationKind.UPDATES
    assert found.claims == (told.id, now.id)
    assert "stated earlier" in found.reason


def test_the_same_in_arabic_and_russian():
    now = _claim(1200, "joined", _NOW, as_of="2018-03", speaker="Belgian interior minister")
    for quote in (
        "وكانت تقارير سابقة قد تحدثت عن 700 بلجيكي يقاتلون في ليبيا.",
        "По прежним данным, в Ливии воевали 700 бельгийцев.",
    ):
        found = compare(now, _claim(700, "fighters", quote, n=200))
        assert found is not None
        assert found.kind is RelationKind.UPDATES, quote


def test_without_a_word_for_earlier_two_kinds_of_count_stay_two_counts():
    now = _claim(1200, "joined", _NOW, as_of="2018-03", speaker="Belgian interior minister")
    other = _claim(700, "fighters", "Some 700 Belgians are fighting in Libya.", n=200)
    found = compare(now, other)
    assert found is not None
    assert found.kind is RelationKind.SCOPE_DIFFERS
    # one sentence naming both figures names neither as the earlier one
    both = "Earlier estimates put those fighting at 700, while 1,200 have gone, the minister said."
    found = compare(
        _claim(1200, "joined", both, as_of="2018-03"), _claim(700, "fighters", both, n=40)
    )
    assert found is not None
    assert found.kind is RelationKind.SCOPE_DIFFERS


def _count(
    value: int, subject: str, places: tuple[str, ...], as_of: str, measure: str = "displaced"
) -> Claim:
    return _claim(
        value,
        measure,
        f"{value} {subject} were counted.",
        document=f"{subject}-{as_of}.txt",
        subject=subject,
        places=places,
        as_of=as_of,
    )


def test_a_later_part_above_an_earlier_whole_shows_the_whole_has_grown():
    whole = _count(1200, "Afghan nationals", ("Pakistan",), "2019-01")
    part = _count(1500, "Afghan children", ("Pakistan",), "2019-06")
    found = compare(whole, part)
    assert found is not None
    assert found.kind is RelationKind.UPDATES
    assert found.claims == (whole.id, part.id)
    assert "1,500 > 1,200" in found.reason


def test_a_part_below_its_whole_or_before_it_or_with_more_than_a_role_is_no_update():
    whole = _count(1200, "Afghan nationals", ("Pakistan",), "2019-01")
    for part in (
        _count(900, "Afghan children", ("Pakistan",), "2019-06"),  # below: a part
        _count(1500, "Afghan children", ("Pakistan",), "2018-06"),  # the part came first
        _count(1500, "Afghan children without papers", ("Pakistan",), "2019-06"),  # details
    ):
        found = compare(whole, part)
        assert found is not None
        assert found.kind is RelationKind.SCOPE_DIFFERS, part.subject


def test_returnees_at_their_groups_home_name_no_place_beyond_the_role():
    def places(subject: str, where: tuple[str, ...]) -> frozenset[str]:
        return scope_of(_count(60, subject, where, "2019-05", "convicted")).places

    assert places("Kazakh returnees", ("Kazakhstan",)) == frozenset()
    # a place inside the home, or anyone but returnees, keeps its place
    assert places("Kazakh returnees", ("Almaty",)) == frozenset({"Almaty"})
    assert places("Kazakh nationals", ("Kazakhstan",)) == frozenset({"Kazakhstan"})
    assert places("Kazakh returnees", ("Kazakhstan", "Syria")) == frozenset({"Syria"})


def test_returnees_convicted_at_home_meet_those_counted_where_they_went():
    went = _count(45, "Kazakh nationals", ("Syria",), "2019-02", "convicted")
    home = _count(60, "Kazakh returnees", ("Kazakhstan",), "2019-05", "convicted")
    found = compare(went, home)
    assert found is not None
    assert found.kind is RelationKind.UPDATES
    assert found.claims == (went.id, home.id)
