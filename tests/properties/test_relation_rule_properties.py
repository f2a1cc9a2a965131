"""Invariants of the scope and range rules of issue 14."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reconcile import Claim, Quantity, RelationKind, Span
from reconcile.clustering import cluster
from reconcile.relations import Context, compare, relate
from reconcile.scope import Nesting, place_relation, scope_of, subject_relation

SUBJECTS = [
    "Russian children",
    "children from Moscow",
    "children from Grozny",
    "children from Dagestan",
    "children from Chechnya",
    "Chechen nationals",
    "women from Moscow",
    "people who fled Moscow",
    "displaced people",
    "children in orphanages",
    "children",
    None,
]

_CONVERSE = {
    Nesting.NARROWER: Nesting.WIDER,
    Nesting.WIDER: Nesting.NARROWER,
    Nesting.SAME: Nesting.SAME,
    Nesting.OVERLAP: Nesting.OVERLAP,
    Nesting.UNKNOWN: Nesting.UNKNOWN,
    None: None,
}


def _scope(subject: str | None) -> object:
    return scope_of(
        Claim(
            document="a.txt",
            span=Span(0, 1),
            quantity=Quantity.exact(1),
            measure="returned",
            subject=subject,
            places=["Iraq"],
        )
    )


@given(st.sampled_from(SUBJECTS), st.sampled_from(SUBJECTS))
def test_subject_nesting_is_antisymmetric(a, b):
    assert (
        subject_relation(_scope(b), _scope(a)) is _CONVERSE[subject_relation(_scope(a), _scope(b))]
    )


def _range(document: str, low: int, high: int, speaker: str, day: int) -> Claim:
    return Claim(
        document=document,
        span=Span(0, 4),
        quantity=Quantity.between(low, high),
        quote=f"{document}: between {low} and {high}",
        measure="killed",
        subject="civilians",
        places=["Raqqa"],
        as_of=f"2019-04-{day:02d}",
        speaker=speaker,
    )


bounds = st.tuples(st.integers(1, 90), st.integers(1, 90)).map(sorted).filter(lambda b: b[0] < b[1])


@given(bounds, bounds, st.sampled_from([1, 10, 1000]), st.integers(1, 7))
def test_a_sources_ranges_relate_symmetrically_and_repeat_only_with_their_bounds(
    first, second, scale, day
):
    a = _range("a.txt", first[0] * scale, first[1] * scale, "Monitoring Group", 1)
    b = _range("b.txt", second[0] * scale, second[1] * scale, "Monitoring Group", day)
    ab, ba = compare(a, b), compare(b, a)
    assert ab is not None
    assert ba is not None
    assert ab.kind is ba.kind
    if first == second:
        assert ab.kind is RelationKind.REPEATS
    else:
        assert ab.kind is not RelationKind.REPEATS


PLACE_SETS = [
    ("Mosul",),
    ("Mosul", "Iraq"),
    ("Iraq",),
    ("Syria", "Iraq"),
    ("Syria",),
    ("Raqqa", "Syria"),
    ("Raqqa", "Mosul"),
    ("abroad",),
    (),
]


def _placed(places: tuple[str, ...]) -> object:
    return scope_of(
        Claim(
            document="a.txt",
            span=Span(0, 1),
            quantity=Quantity.exact(1),
            measure="killed",
            subject="civilians",
            places=list(places),
        )
    )


@given(st.sampled_from(PLACE_SETS), st.sampled_from(PLACE_SETS))
def test_place_nesting_is_antisymmetric(a, b):
    forward = place_relation(_placed(a), _placed(b))
    assert place_relation(_placed(b), _placed(a)) is _CONVERSE[forward]


def _stated(n: int, document: str, value: int, subject: str | None, places: list[str]) -> Claim:
    return Claim(
        document=document,
        span=Span(n * 10, n * 10 + 3),
        quantity=Quantity.exact(value),
        quote=f"{document} sentence {n}",
        measure="fighters",
        subject=subject,
        places=places,
        as_of="2016-03",
    )


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["a.txt", "b.txt"]),
            st.sampled_from([40, 300]),
            st.sampled_from(["militants", "Uzbek militants", None]),
            st.sampled_from([["Syria"], [], ["Iraq"]]),
        ),
        max_size=12,
    ),
    st.randoms(),
)
def test_figures_restated_in_a_document_relate_whatever_the_input_order(items, rnd):
    claims = [_stated(n, *item) for n, item in enumerate(items)]
    shuffled = list(claims)
    rnd.shuffle(shuffled)

    def relations(given: list[Claim]) -> list[tuple[str, tuple[str, ...], str]]:
        found = relate(given, cluster(given), context=Context())
        return sorted((r.kind.value, r.claims, r.reason) for r in found)

    assert relations(claims) == relations(shuffled)
