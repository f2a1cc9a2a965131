"""Which claims meet and how their scopes compare (issue 14: missing is not different)."""

from __future__ import annotations

import attrs

from reconcile import Claim, Quantity, RelationKind, Span, reconcile
from reconcile.relations import Context, compare
from reconcile.relations.breakdown import breakdowns
from reconcile.scope import (
    Nesting,
    group_ancestors,
    place_relation,
    read_subject,
    scope_of,
    subject_relation,
)


def _claim(
    document: str,
    value: int,
    subject: str | None,
    *,
    places: tuple[str, ...] = ("Iraq",),
    measure: str = "repatriated",
    as_of: str | None = "2019-04-02",
    quote: str = "",
    n: int = 0,
) -> Claim:
    return Claim(
        document=document,
        span=Span(n, n + 2),
        quantity=Quantity.exact(value),
        quote=quote or f"sentence {n}",
        measure=measure,
        subject=subject,
        places=list(places),
        as_of=as_of,
    )


def _relation(a: str | None, b: str | None) -> Nesting | None:
    return subject_relation(
        scope_of(_claim("a", 1, a, measure="displaced")),
        scope_of(_claim("b", 1, b, measure="displaced")),
    )


def test_a_town_inside_a_groups_home_names_a_part_of_that_group():
    assert group_ancestors("Moscow")[0] == "Russian nationals"
    assert read_subject("women from Moscow").groups == frozenset({"Moscow"})
    assert _relation("women from Moscow", "Russian women") is Nesting.NARROWER
    # a town and a region of the same country are two parts, neither inside the other
    assert _relation("women from Moscow", "women from Dagestan") is None


def test_a_town_in_a_subject_lets_a_list_stated_in_full_add_up():
    listed = "Of the boys, 11 came from Dagestan, five from Chechnya and one from Moscow."
    whole = _claim("a.txt", 19, "Russian boys", quote="Nineteen boys landed on Sunday.")
    parts = [
        _claim("a.txt", value, subject, quote=listed, n=10 * (i + 1))
        for i, (value, subject) in enumerate(
            [(11, "boys from Dagestan"), (5, "boys from Chechnya"), (1, "boys from Moscow")]
        )
    ]
    found = breakdowns([whole, *parts], Context())
    assert [r.kind for r in found] == [RelationKind.CONTRADICTS] * 3
    assert "11 + 5 + 1 = 17 < 19" in found[0].reason


def test_words_restating_the_measure_place_or_date_do_not_part_two_descriptions():
    fled = "people who fled Raqqa since June"
    assert read_subject(fled).details == frozenset()
    assert _relation(fled, "people forced to leave the city") is not Nesting.OVERLAP
    assert _relation(fled, "displaced people") is Nesting.UNKNOWN


def test_words_that_say_who_still_narrow_a_subject():
    assert _relation("civilians killed in air strikes", "civilians") is Nesting.NARROWER
    assert _relation("civilians killed by shelling", "civilians killed in air strikes") is (
        Nesting.OVERLAP
    )


def test_an_unplaced_question_meets_its_own_group_before_wider_groups():
    # many larger questions of other nationalities share the wider group
    # ("foreign nationals"); the one question of the same nationality must
    # still be compared with the claim that names no place
    crowd = [
        _claim(f"c{k}-{j}.txt", 40 + j, "Egyptian nationals", places=(f"Town {k}",), n=j)
        for k in range(24)
        for j in range(2)
    ]
    own = _claim("own.txt", 300, "Jordanian nationals", places=("Syria",), as_of="2016")
    vague = _claim("vague.txt", 900, "Jordanian nationals", places=(), as_of="2018")
    report = reconcile([*crowd, own, vague])
    pairs = {frozenset(r.claims) for r in report.relations}
    assert frozenset((own.id, vague.id)) in pairs


def _said(document: str, quantity: Quantity, speaker: str, as_of: str = "2019-04-02") -> Claim:
    return Claim(
        document=document,
        span=Span(0, 5),
        quantity=quantity,
        quote=f"{document} says",
        measure="killed",
        subject="civilians",
        places=["Raqqa"],
        as_of=as_of,
        speaker=speaker,
    )


def test_a_sources_range_given_with_another_bound_is_no_repeat():
    first = _said("a.txt", Quantity.between(40, 60), "Monitoring Group")
    narrower = _said("b.txt", Quantity.between(40, 50), "Monitoring Group", "2019-04-03")
    found = compare(first, narrower)
    assert found is not None
    assert found.kind is RelationKind.UPDATES
    assert "misstates" in found.reason
    # the same range in other words is the same statement
    same = _said("c.txt", Quantity.between(40, 60), "Monitoring Group", "2019-04-03")
    assert compare(first, same).kind is RelationKind.REPEATS  # type: ignore[union-attr]


def test_a_small_question_meets_every_statement_of_a_large_related_one():
    def fighters(n: int, value: int, subject: str, as_of: str) -> Claim:
        return Claim(
            document=f"d{n}.txt",
            span=Span(0, 3),
            quantity=Quantity.exact(value),
            quote=f"report {n}",
            measure="fighters",
            subject=subject,
            places=["Syria"],
            as_of=as_of,
            speaker=f"Agency {n}",
        )

    early = fighters(0, 400, "Central Asian nationals", "2015-03")
    later = [fighters(n, 2000, "Central Asian nationals", f"2016-{n:02d}") for n in range(1, 13)]
    part = fighters(99, 900, "Tajik nationals", "2015-03")
    report = reconcile([early, *later, part])
    kinds = {frozenset(r.claims): r.kind for r in report.relations}
    # the early whole was pushed out of the latest statements by later ones
    assert kinds.get(frozenset((early.id, part.id))) is RelationKind.CONTRADICTS


def test_one_side_without_a_subject_and_the_other_without_places_are_compared():
    named = _claim("a.txt", 500, "Uzbek nationals", places=(), measure="joined", as_of="2016-05")
    placed = _claim("b.txt", 150, None, places=("Syria",), measure="joined", as_of="2016-05")
    found = compare(named, placed)
    assert found is not None
    assert found.kind is RelationKind.CONTRADICTS
    # a claim that says neither who nor where is still too little to contradict
    bare = _claim("c.txt", 150, None, places=(), measure="joined", as_of="2016-05")
    assert compare(named, bare).kind is RelationKind.SCOPE_DIFFERS  # type: ignore[union-attr]


def test_who_acted_is_not_who_was_counted():
    by_forces = "civilians killed by Uzbek border guards"
    assert read_subject(by_forces).groups == frozenset()
    assert _relation(by_forces, "civilians") is Nesting.NARROWER
    # a part described by what befell it lies within a group named elsewhere
    assert _relation("Afghan civilians", "civilians killed by shelling") is Nesting.WIDER


def test_still_marks_those_still_in_a_state_a_part_of_all_who_ever_were():
    assert _relation("people still displaced", "people displaced since the floods began") is (
        Nesting.OVERLAP
    )


def test_a_place_listed_with_the_place_it_lies_in_is_an_address():
    def placed(places: tuple[str, ...]) -> object:
        return scope_of(_claim("a", 1, "civilians", places=places, measure="killed"))

    assert place_relation(placed(("Mosul", "Iraq")), placed(("Mosul",))) is Nesting.SAME
    assert place_relation(placed(("Mosul", "Iraq")), placed(("Iraq",))) is Nesting.NARROWER
    assert place_relation(placed(("Syria", "Iraq")), placed(("Syria",))) is Nesting.WIDER


def test_one_figure_stated_twice_in_a_document_is_compared_across_questions():
    # larger questions of the family crowd the one that names neither group nor place
    crowd = [
        _claim(
            f"c{k}-{j}.txt",
            70 + j,
            "Egyptian nationals",
            places=(f"Town {k}",),
            measure="fighters",
            n=j,
        )
        for k in range(24)
        for j in range(3)
    ]
    headline = _claim("news.txt", 4300, "militants", places=(), measure="fighters", n=1)
    body = _claim(
        "news.txt", 4300, "Bosnian militants", places=("Syria",), measure="fighters", n=90
    )
    report = reconcile([*crowd, headline, body])
    kinds = {frozenset(r.claims): r.kind for r in report.relations}
    assert kinds.get(frozenset((headline.id, body.id))) is RelationKind.REPEATS


def test_two_sources_on_two_days_of_one_story_are_compared_though_one_names_no_one():
    def said(n: int, value: int, subject: str | None, speaker: str, day: str | None) -> Claim:
        return attrs.evolve(
            _claim("story.txt", value, subject, measure="joined", as_of=day, n=n),
            speaker=speaker,
        )

    governor = said(0, 620, "Kyrgyz nationals", "the governor", "2021-03-01")
    deputy = said(40, 540, None, "his deputy", "2021-03-05")
    found = compare(governor, deputy)
    assert found is not None
    assert found.kind in {RelationKind.CONTRADICTS, RelationKind.UPDATES}
    # one source, or no dates to tell two statements apart: a part and its whole, likelier
    same = said(40, 540, None, "the governor", "2021-03-05")
    assert compare(governor, same).kind is RelationKind.SCOPE_DIFFERS  # type: ignore[union-attr]
    undated = said(40, 540, None, "his deputy", None)
    assert compare(governor, undated).kind is RelationKind.SCOPE_DIFFERS  # type: ignore[union-attr]
    # killed and died in one story: more often two events than one count restated
    killed = attrs.evolve(governor, measure="killed")
    died = attrs.evolve(deputy, measure="died")
    assert compare(killed, died).kind is RelationKind.SCOPE_DIFFERS  # type: ignore[union-attr]
    # a figure from long before is the story's background, not a later statement
    background = said(40, 540, None, "his deputy", "2019-03-05")
    assert compare(governor, background).kind is RelationKind.SCOPE_DIFFERS  # type: ignore[union-attr]


def _sheltered(document: str, value: int, as_of: str | None, speaker: str) -> Claim:
    claim = _claim(document, value, "families sheltering in schools", measure="camp_population")
    return attrs.evolve(claim, places=["Aleppo"], as_of=as_of, speaker=speaker)


def test_two_sources_figures_for_a_stock_with_a_period_unknown_do_not_stand_together():
    dated = _sheltered("a.txt", 4200, "2022-02-10", "Red Crescent")
    undated = _sheltered("b.txt", 9100, None, "the governor")
    found = compare(dated, undated)
    assert found is not None
    assert found.kind is RelationKind.UPDATES
    assert "which came first is not known" in found.reason
    back = compare(undated, dated)
    assert back is not None
    assert back.kind is found.kind
    assert back.claims == found.claims
    # both undated: the same reading
    both = compare(attrs.evolve(dated, as_of=None), undated)
    assert both is not None
    assert both.kind is RelationKind.UPDATES


def test_a_stock_with_a_period_unknown_is_no_conflict_when_too_little_is_known():
    dated = _sheltered("a.txt", 4200, "2022-02-10", "Red Crescent")
    undated = _sheltered("b.txt", 9100, None, "the governor")
    kinds = {
        # who was counted unknown on one side: may be other people
        "no subject": compare(dated, attrs.evolve(undated, subject=None)),
        # another place's figure
        "another place": compare(dated, attrs.evolve(undated, places=["Hama"])),
        # those still in a state against all who ever were
        "still": compare(
            attrs.evolve(dated, subject="families still sheltering in schools"), undated
        ),
        # figures one rounding apart are one figure
        "rounding": compare(dated, attrs.evolve(undated, quantity=Quantity.approx(4000))),
    }
    conflicts = {RelationKind.UPDATES, RelationKind.CONTRADICTS}
    assert [name for name, r in kinds.items() if r is not None and r.kind in conflicts] == []
    unnamed = kinds["no subject"]
    assert unnamed is not None
    assert "period is unknown" in unnamed.reason
    # a count that only grows keeps its own reading: the larger is the later total
    dead = compare(attrs.evolve(dated, measure="killed"), attrs.evolve(undated, measure="killed"))
    assert dead is not None
    assert "only grows" in dead.reason


def test_a_later_count_of_the_same_people_with_no_place_revises_the_earlier_one():
    went = _claim(
        "a.txt", 700, "Kyrgyz nationals", places=("Kyrgyzstan",), measure="joined", as_of="2016-03"
    )
    fighting = _claim(
        "b.txt", 900, "Kyrgyz nationals", places=(), measure="fighters", as_of="2016-08"
    )
    found = compare(went, fighting)
    assert found is not None
    assert found.kind is RelationKind.UPDATES
    assert "place is unknown" in found.reason
    # a place apart holds other people of the group: no revision
    elsewhere = compare(went, attrs.evolve(fighting, places=["Libya"]))
    assert elsewhere is None or elsewhere.kind is not RelationKind.UPDATES


def _unnamed(document: str, value: int, text: str, quote: str, as_of: str | None) -> Claim:
    return Claim(
        document=document,
        span=Span(0, len(text)),
        quantity=attrs.evolve(Quantity.exact(value), text=text),
        quote=quote,
        measure="displaced",
        places=["Tabasco"],
        as_of=as_of,
        speaker=None if as_of else "the relief agency",
        lang="ar" if not quote.isascii() else "en",
    )


def test_two_figures_of_people_in_general_for_a_stock_read_alike_with_a_period_unknown():
    dated = _unnamed(
        "a.txt",
        42000,
        "42,000",
        "The floods left 42,000 people displaced in Tabasco.",
        "2023-10-02",
    )
    undated = _unnamed(
        "b.txt",
        90000,
        "90 ألف",
        "قالت الوكالة إن الفيضانات أدت إلى نزوح 90 ألف شخص في تاباسكو",
        None,
    )
    found = compare(dated, undated)
    assert found is not None
    assert found.kind is RelationKind.UPDATES
    assert "which came first is not known" in found.reason
    # a bare figure may stand for a group named elsewhere; "nationals" for a country's people
    bare = attrs.evolve(undated, quote="90 ألف لا يزالون نازحين في تاباسكو", lang="ar")
    referring = attrs.evolve(dated, quote="The floods left 42,000 nationals displaced.")
    for other, against in ((bare, dated), (referring, undated)):
        kind = compare(other, against)
        assert kind is not None
        assert kind.kind is RelationKind.SCOPE_DIFFERS
