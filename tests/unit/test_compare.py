"""How pairs of claims are classified, one rule at a time."""

import attrs
import pytest

from reconcile import Claim, Quantity, Span, compare
from reconcile.estimation import estimate, select
from reconcile.relations import Context


def claim(
    document: str,
    quantity: Quantity,
    as_of: str | None,
    *,
    measure: str = "fighters",
    subject: str = "Tajik nationals",
    places: tuple[str, ...] = ("Syria",),
    speaker: str | None = None,
    quote: str = "",
) -> Claim:
    return Claim(
        document=document,
        span=Span(0, 3),
        quantity=quantity,
        quote=quote,
        measure=measure,
        subject=subject,
        places=places,
        as_of=as_of,
        speaker=speaker,
    )


def kind(a: Claim, b: Claim, context: Context | None = None) -> str | None:
    found = compare(a, b, context=context)
    return None if found is None else found.kind.value


def test_two_estimates_of_one_period_contradict():
    a = claim("a", Quantity.approx(300), "2014-11", speaker="State Committee")
    b = claim("b", Quantity.approx(200), "2015-01", speaker="Interior Ministry")
    assert kind(a, b) == kind(b, a) == "contradicts"


def test_lower_bound_refines_an_estimate():
    a = claim("a", Quantity.at_least(52), "2015-01", speaker="a researcher")
    b = claim("b", Quantity.approx(200), "2015-01", speaker="Interior Ministry")
    assert kind(a, b) == "refines"


@pytest.mark.parametrize(("earlier", "later"), [(50, 148), (6, 61)])
def test_a_growing_count_higher_next_month_is_an_update(earlier, later):
    a = claim("a", Quantity.exact(earlier), "2015-01", measure="killed")
    b = claim("b", Quantity.exact(later), "2015-03", measure="killed")
    found = compare(b, a)
    assert found is not None
    assert found.kind.value == "updates"
    assert found.claims == (a.id, b.id)  # earlier first


def test_a_growing_count_that_falls_next_month_contradicts():
    a = claim("a", Quantity.exact(148), "2015-01", measure="killed")
    b = claim("b", Quantity.exact(50), "2015-03", measure="killed")
    assert kind(a, b) == "contradicts"


def test_a_stock_that_changes_next_month_still_contradicts():
    a = claim("a", Quantity.exact(148), "2015-01")
    b = claim("b", Quantity.exact(50), "2015-03")
    assert kind(a, b) == "contradicts"


def test_figures_a_year_apart_are_an_update():
    a = claim("a", Quantity.approx(300), "2014-11")
    b = claim("b", Quantity.approx(1000), "2016-01")
    assert kind(a, b) == "updates"


def test_the_same_sentence_in_two_outlets_repeats():
    a = claim("a", Quantity.approx(300), "2014-11", quote="some 300 are fighting")
    b = claim("b", Quantity.approx(300), "2014-11", quote="some 300 are fighting")
    assert kind(a, b) == "repeats"


def test_documents_of_one_origin_repeat():
    a = claim("en", Quantity.exact(60000), "2019-03", speaker="Reuters")
    b = claim("ar", Quantity.exact(60000), "2019-03", speaker="Associated Press")
    assert kind(a, b) == "agrees"
    assert kind(a, b, Context(origins={"en": "ar", "ar": "ar"})) == "repeats"


def test_one_speaker_in_two_outlets_is_one_voice():
    a = claim("en", Quantity.exact(60000), "2019-03", speaker="Reuters")
    b = claim("ar", Quantity.approx(60000), "2019-03", speaker="Reuters news agency")
    assert kind(a, b) == "repeats"


@pytest.mark.parametrize(
    ("first", "second"), [(1700, 2000), (2117, 2100), (480, 500), (825000, 820000)]
)
def test_one_speaker_rounding_a_figure_repeats_it(first, second):
    a = claim("a", Quantity.approx(first), None, speaker="IOM")
    b = claim("b", Quantity.approx(second), None, speaker="IOM")
    assert kind(a, b) == kind(b, a) == "repeats"


@pytest.mark.parametrize(("first", "second"), [(825000, 839000), (2719, 2900), (1400, 1260)])
def test_one_speaker_with_two_figures_neither_rounded_revises_them(first, second):
    # no dates: two precise figures in two reports are still two counts, not one statement
    a = claim("a", Quantity.approx(first), None, speaker="IOM")
    b = claim("b", Quantity.approx(second), None, speaker="IOM")
    found = compare(a, b)
    assert found is not None
    assert found.kind.value == "updates"
    assert "neither a rounding" in found.reason


def test_one_speaker_stating_a_range_and_its_upper_bound_repeats_it():
    a = claim("a", Quantity.between(9000, 11000), "2017-12-21", speaker="AP")
    b = claim("b", Quantity.at_most(11000), "2017-12-20", speaker="AP")
    assert kind(a, b) == "repeats"


def test_one_speaker_with_a_new_figure_later_revises_it():
    a = claim("a", Quantity.approx(825000), "2017-07-05", speaker="IOM")
    b = claim("b", Quantity.approx(839000), "2017-07-29", speaker="IOM")
    assert kind(a, b) == "updates"


def test_a_narrower_subject_is_a_difference_of_scope():
    a = claim("a", Quantity.approx(1000), "2016-01")
    b = claim("b", Quantity.approx(4000), "2016-01", subject="Central Asian nationals")
    assert kind(a, b) == "scope_differs"


def test_a_later_figure_for_a_wider_area_is_an_update():
    a = claim("a", Quantity.approx(200), "2015-01")
    b = claim("b", Quantity.at_most(1000), "2016-01", places=("Syria", "Iraq"))
    assert kind(a, b) == "updates"


def test_unrelated_measures_do_not_relate():
    a = claim("a", Quantity.approx(200), "2015-01")
    b = claim("b", Quantity.exact(7), "2015-01", measure="detained")
    assert kind(a, b) is None


def test_a_found_relation_behaves_as_a_plain_one():
    import copy
    import pickle

    import attrs

    from reconcile import Relation

    a = claim("a", Quantity.approx(300), "2014-11", speaker="State Committee")
    b = claim("b", Quantity.approx(200), "2015-01", speaker="Interior Ministry")
    found = compare(a, b)
    assert found is not None
    plain = Relation(found.kind, found.claims, found.reason)
    assert found == plain
    assert plain == found
    assert hash(found) == hash(plain)
    assert len({found, plain}) == 1
    assert found.claims == (a.id, b.id)
    assert "about 300 (State Committee, 2014-11, a)" in found.reason
    assert repr(found) == repr(plain)
    for other in (pickle.loads(pickle.dumps(found)), copy.deepcopy(found), copy.copy(found)):
        assert type(other) is Relation
        assert other == plain
    evolved = attrs.evolve(found, reason="edited")
    assert type(evolved) is Relation
    assert evolved.reason == "edited"
    assert evolved.claims == found.claims
    assert Relation.from_dict(found.to_dict()) == found
    assert found != attrs.evolve(found, reason="edited")


def test_reasons_name_the_intervals_of_the_tolerance_used():
    from reconcile import Tolerance

    a = claim("a", Quantity.approx(300), "2015-01")
    b = claim("b", Quantity.approx(100), "2015-01")
    wide = Context(tolerance=Tolerance(approx=0.2))
    assert "[270, 330] and [90, 110] cannot both hold" in compare(a, b).reason
    assert "[240, 360] and [80, 120] cannot both hold" in compare(a, b, context=wide).reason
    c = claim("c", Quantity.approx(250), "2015-01")
    assert "[240, 360]" in compare(a, c, context=wide).reason  # now compatible


def test_the_pipeline_logs_the_time_of_each_stage(caplog):
    import logging

    import reconcile

    a = claim("a", Quantity.approx(300), "2014-11")
    with caplog.at_level(logging.DEBUG, logger="reconcile"):
        reconcile.reconcile([a])
    stages = [r.stage for r in caplog.records if hasattr(r, "stage")]
    assert stages == ["extract", "origins", "cluster", "estimate", "relate", "report"]
    assert all(r.seconds >= 0 for r in caplog.records if hasattr(r, "stage"))


def test_one_source_with_another_figure_in_an_undated_report_revised_it():
    a = claim("a", Quantity.approx(1340000), "2017-07-11", measure="displaced", speaker="IOM")
    b = claim("b", Quantity.exact(1050000), None, measure="displaced", speaker="IOM")
    found = compare(a, b)
    assert found is not None
    assert found.kind.value == "updates"
    # two sources, one report undated: a change over time or a contradiction, which
    # one is not known, but the two figures do not stand together
    c = claim("c", Quantity.exact(1050000), None, measure="displaced", speaker="UNHCR")
    found = compare(a, c)
    assert found is not None
    assert found.kind.value == "updates"
    assert "which came first is not known" in found.reason


def test_a_later_figure_for_a_wider_place_updates_even_with_one_subject_unknown():
    narrow = claim("a", Quantity.exact(199), "2017-03", measure="returned", places=("Syria",))
    wide = claim(
        "b", Quantity.exact(270), "2021-05", measure="returned", subject=None, places=("abroad",)
    )
    found = compare(wide, narrow)
    assert found is not None
    assert found.kind.value == "updates"
    assert "unknown for one" in found.reason
    assert found.claims == (narrow.id, wide.id)


def test_two_unattributed_figures_of_one_document_with_a_subject_unknown_differ_in_scope():
    went = claim("a", Quantity.exact(3000), "2015", quote="3,000 went")
    still = claim("a", Quantity.approx(1600), "2015", subject=None, quote="about 1,600 remain")
    found = compare(went, still)
    assert found is not None
    assert found.kind.value == "scope_differs"
    assert "one document" in found.reason
    # one source listing figures group by group: still two scopes
    said = attrs.evolve(went, speaker="Soufan Group")
    assert kind(said, attrs.evolve(still, speaker="Soufan Group")) == "scope_differs"
    # in two documents, missing is not different: the value rules decide
    elsewhere = claim("b", Quantity.approx(1600), "2015", subject=None, quote="about 1,600")
    assert kind(went, elsewhere) == "contradicts"


def test_a_stock_above_its_total_contradicts_only_for_people_known_on_both_sides():
    joined = claim("a", Quantity.exact(2900), "2015-12", measure="joined")
    fighting = claim("b", Quantity.exact(8000), "2015-12", measure="fighters")
    found = compare(joined, fighting)
    assert found is not None
    assert found.kind.value == "contradicts"
    assert "cannot outnumber" in found.reason
    # whose 8,000 they are is unknown: two counts that need not bound each other
    anyone = claim("b", Quantity.exact(8000), "2015-12", measure="fighters", subject=None)
    assert kind(joined, anyone) == "scope_differs"


def test_a_larger_total_of_a_growing_count_over_a_wider_place_updates_with_a_subject_unknown():
    syria = claim("a", Quantity.exact(160), None, measure="killed", subject="Russian nationals")
    region = claim(
        "b", Quantity.exact(198), None, measure="killed", subject=None, places=("Middle East",)
    )
    found = compare(syria, region)
    assert found is not None
    assert found.kind.value == "updates"
    assert "unknown for one" in found.reason
    # a part of a group ("students") is no total that a wider figure revises
    students = claim("a", Quantity.exact(21), None, measure="killed", subject="Russian students")
    assert kind(students, region) == "scope_differs"


def test_a_part_below_a_figure_for_people_not_named_is_no_contradiction():
    total = claim("a", Quantity.exact(10000), "2017-12", measure="killed", subject=None)
    part = claim(
        "b", Quantity.exact(3000), "2017-12", measure="killed", subject="part of residents"
    )
    found = compare(total, part)
    assert found is not None
    assert found.kind.value == "scope_differs"
    assert "part of a group" in found.reason


def _toll(document, quantity, as_of, speaker):
    return Claim(
        document=document,
        span=Span(0, 3),
        quantity=quantity,
        measure="killed",
        subject="miners",
        places=["Chile"],
        as_of=as_of,
        speaker=speaker,
    )


def test_a_revised_figure_leaves_the_estimate():
    friday = _toll("a.txt", Quantity.at_least(21), "2024-05-03", "interior ministry")
    saturday = _toll("b.txt", Quantity.exact(27), "2024-05-04", "Interior Ministry")
    union = _toll("b.txt", Quantity.exact(35), "2024-05-04", "union leader")
    chosen = select([friday, saturday, union])
    assert {c.quantity.low for c in chosen} == {27, 35}
    est = estimate([friday, saturday, union])
    assert est is not None
    assert (est.low, est.best, est.high) == (27, 31, 35)


def test_two_voices_that_share_only_a_last_word_are_not_one():
    # (a later figure that is lower: no passed toll, only a voice's revision could leave it out)
    us = _toll("a.txt", Quantity.exact(21), "2024-05-03", "US officials")
    tajik = _toll("b.txt", Quantity.exact(19), "2024-05-04", "Tajik officials")
    assert len(select([us, tajik])) == 2


def test_one_source_with_a_new_figure_the_next_day_revised_its_count():
    saturday = _toll("a.txt", Quantity.at_least(40), "2024-08-10", "Search and Rescue Agency")
    sunday = _toll("c.txt", Quantity.exact(45), "2024-08-11", "Search and Rescue Agency")
    relation = compare(saturday, sunday)
    assert relation is not None
    assert relation.kind.value == "updates"


@pytest.mark.parametrize(
    ("first", "second", "day"),
    [
        # (guards) one day: the two figures are one statement; the same figure the next day
        (Quantity.at_least(40), Quantity.exact(45), "2024-08-10"),
        (Quantity.at_least(40), Quantity.exact(40), "2024-08-11"),
    ],
)
def test_the_same_day_or_the_same_figure_is_no_revision(first, second, day):
    saturday = _toll("a.txt", first, "2024-08-10", "Search and Rescue Agency")
    sunday = _toll("c.txt", second, day, "Search and Rescue Agency")
    relation = compare(saturday, sunday)
    assert relation is not None
    assert relation.kind.value == "repeats"
