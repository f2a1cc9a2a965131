"""Invariants of the question model: estimates, constraints and order independence."""

import random
import statistics

from hypothesis import event, given, settings
from hypothesis import strategies as st

from reconcile import Claim, Quantity, RelationKind, Span
from reconcile import strategies as rst
from reconcile.clustering import cluster
from reconcile.estimation import _median, estimate, select
from reconcile.relations import Context, relate
from reconcile.scope import Period

MONTHS = [f"{y}-{m:02d}" for y in (2014, 2015, 2016) for m in range(1, 13)]


def _claim(
    n,
    quantity,
    *,
    as_of=None,
    speaker=None,
    subject="Tajik nationals",
    places=("Syria",),
    measure="killed",
    document=None,
):
    return Claim(
        document=document or f"d{n}.txt",
        span=Span(n, n + 3),
        quantity=quantity,
        quote=f"figure {n}",
        measure=measure,
        subject=subject,
        places=places,
        as_of=as_of,
        speaker=speaker,
    )


@given(
    st.lists(
        st.tuples(rst.quantities(max_value=5000), st.none() | st.sampled_from(MONTHS)),
        min_size=1,
        max_size=12,
    )
)
def test_an_estimate_contains_every_claim_it_rests_on(items):
    claims = [_claim(n, q, as_of=t, speaker=f"s{n}") for n, (q, t) in enumerate(items)]
    est = estimate(claims)
    assert est is not None
    chosen = select(claims)
    stated = [c for c in chosen if c.quantity.qualifier.value in ("exact", "approx", "range")]
    event(f"best {'given' if est.best is not None else 'withheld'}")
    assert (est.best is None) == (not stated)
    for c in chosen:
        q = c.quantity
        if q.low is not None:
            assert est.low is not None
            assert est.low <= q.low
        if q.high is not None:
            assert est.high is not None
            assert q.high <= est.high
    if est.best is not None:
        assert est.low is not None
        assert est.high is not None
        assert est.low <= est.best <= est.high


@settings(max_examples=60)
@given(
    st.lists(st.integers(1, 500), min_size=2, max_size=10),
    st.sampled_from(["killed", "returned", "detained"]),
    st.randoms(),
)
def test_a_count_that_only_grows_never_contradicts_itself_over_time(steps, measure, rnd):
    """A consistent cumulative series, reported by different sources month after month."""
    total, claims = 0, []
    for n, step in enumerate(steps):
        total += step
        q = rnd.choice([Quantity.exact(total), Quantity.approx(total), Quantity.at_least(total)])
        claims.append(_claim(n, q, as_of=MONTHS[n * 2], speaker=f"source {n}", measure=measure))
    relations = relate(claims, cluster(claims), context=Context())
    kinds = {r.kind for r in relations}
    event(", ".join(sorted(k.value for k in kinds)))
    assert RelationKind.CONTRADICTS not in kinds
    assert relations  # the series was compared


@settings(max_examples=60)
@given(st.lists(st.integers(1, 300), min_size=2, max_size=6), st.integers(0, 200))
def test_parts_within_their_whole_never_contradict_it(parts, rest):
    """A whole and its parts (narrower subjects, one document, one date)."""
    whole = _claim(
        0,
        Quantity.exact(sum(parts) + rest),
        as_of="2015-03",
        document="a.txt",
        subject="Tajik nationals",
    )
    roles = ["children", "women", "men", "students", "returnees", "journalists"]
    claims = [whole] + [
        _claim(
            n + 1, Quantity.exact(p), as_of="2015-03", document="a.txt", subject=f"Tajik {roles[n]}"
        )
        for n, p in enumerate(parts)
    ]
    relations = relate(claims, cluster(claims), context=Context())
    assert relations
    assert all(r.kind is not RelationKind.CONTRADICTS for r in relations)


@settings(max_examples=40)
@given(
    st.lists(
        st.tuples(
            rst.quantities(max_value=3000),
            st.sampled_from(MONTHS),
            st.sampled_from(["killed", "joined", "fighters"]),
            st.sampled_from(["Tajik nationals", "Central Asian nationals", None]),
            st.sampled_from([("Syria",), ("Syria", "Iraq"), ()]),
        ),
        max_size=15,
    ),
    st.randoms(),
)
def test_relations_do_not_depend_on_input_order(items, rnd):
    claims = [
        _claim(n, q, as_of=t, measure=m, subject=s, places=p, speaker=f"s{n % 3}")
        for n, (q, t, m, s, p) in enumerate(items)
    ]
    shuffled = list(claims)
    rnd.shuffle(shuffled)
    a = relate(claims, cluster(claims), context=Context())
    b = relate(shuffled, cluster(shuffled), context=Context())
    assert sorted((r.kind.value, r.claims, r.reason) for r in a) == sorted(
        (r.kind.value, r.claims, r.reason) for r in b
    )


def test_a_part_that_outnumbers_its_whole_contradicts_it():
    whole = _claim(
        0, Quantity.exact(30), as_of="2018-12-30", document="a.txt", subject="Russian children"
    )
    part = _claim(
        1,
        Quantity.exact(40),
        as_of="2018-12-30",
        document="a.txt",
        subject="Russian children from Dagestan",
    )
    (relation,) = relate([whole, part], cluster([whole, part]), context=Context())
    assert relation.kind is RelationKind.CONTRADICTS
    assert "40 > 30" in relation.reason


def test_random_module_is_not_used_for_reproducibility():
    # relations are deterministic: the same claims give the same relations twice
    claims = [_claim(n, Quantity.exact(100 + 50 * n), as_of=MONTHS[n]) for n in range(6)]
    assert relate(claims, cluster(claims)) == relate(claims, cluster(claims))
    assert random  # imported for the shuffles above


def _killed(document: str, quantity: Quantity, subject: str | None) -> Claim:
    return Claim(
        document=document,
        span=Span(0, 3),
        quantity=quantity,
        measure="killed",
        subject=subject,
        places=["Mosul"],
    )


def test_a_claim_without_a_subject_joins_the_question_stating_its_figure():
    civilians = _killed("a", Quantity.exact(3200), "civilians")
    soldiers = _killed("b", Quantity.exact(900), "soldiers")
    loose = _killed("c", Quantity.at_least(3200), None)
    clusters = cluster([civilians, soldiers, loose])
    home = next(k for k in clusters if loose.id in k.claims)
    assert civilians.id in home.claims
    assert soldiers.id not in home.claims


def test_a_claim_without_a_subject_stays_apart_when_its_figure_is_everywhere():
    civilians = _killed("a", Quantity.exact(3200), "civilians")
    soldiers = _killed("b", Quantity.exact(3200), "soldiers")
    loose = _killed("c", Quantity.exact(3200), None)
    clusters = cluster([civilians, soldiers, loose])
    assert [loose.id] in [list(k.claims) for k in clusters]


def test_a_question_with_no_place_meets_one_with_no_subject():
    # each side knows what the other does not: a group, or a place
    group = Claim(
        document="a",
        span=Span(0, 3),
        quantity=Quantity.at_least(2400),
        measure="fighters",
        subject="Russian nationals",
        speaker="Sergei Smirnov",
    )
    place = Claim(
        document="b",
        span=Span(0, 3),
        quantity=Quantity.at_least(2400),
        measure="fighters",
        places=["Syria"],
        speaker="Sergei Smirnov",
    )
    clusters = cluster([group, place])
    assert len(clusters) == 2
    found = relate([group, place], clusters)
    assert [r.kind for r in found] == [RelationKind.REPEATS]


@settings(max_examples=150)
@given(
    st.lists(
        st.tuples(
            rst.quantities(max_value=3000),
            st.sampled_from(MONTHS[:6]),
            st.sampled_from(["Interior Ministry", "Red Crescent", "Lemon", None]),
        ),
        min_size=1,
        max_size=10,
    ),
    st.randoms(),
)
def test_a_toll_counts_no_figure_a_later_one_has_passed(items, rnd):
    claims = [_claim(n, q, as_of=t, speaker=who) for n, (q, t, who) in enumerate(items)]
    chosen = select(claims)
    shuffled = claims[:]
    rnd.shuffle(shuffled)
    assert select(shuffled) == chosen
    assert chosen  # the latest figures are never all passed
    event("a figure passed" if any(_passes(d, c) for c in claims for d in claims) else "none")
    # no chosen figure is passed by another chosen one
    assert not any(_passes(d, c) for c in chosen for d in chosen)


def _passes(later: Claim, earlier: Claim) -> bool:
    """Whether ``later`` states, at a later date, more than ``earlier`` says at most."""
    top = earlier.quantity.high if earlier.quantity.high is not None else earlier.quantity.low
    a, b = Period.from_iso(earlier.as_of), Period.from_iso(later.as_of)
    return (
        top is not None
        and later.quantity.low is not None
        and later.quantity.low > top
        and a is not None
        and b is not None
        and a.is_before(b)
    )


@given(st.lists(st.integers(0, 10**6) | st.floats(0, 1e6, allow_nan=False), min_size=1))
def test_the_median_of_the_stated_figures_is_the_statistics_median(figures: list[float]) -> None:
    assert _median(sorted(figures)) == statistics.median(figures)


@settings(max_examples=150)
@given(
    st.lists(
        st.tuples(
            rst.quantities(max_value=3000),
            st.sampled_from(MONTHS[:6]),
            st.sampled_from(["Interior Ministry", "Tajik Interior Ministry", "Lemon", None]),
            st.sampled_from(["a.txt", "b.txt", "c.txt"]),
        ),
        min_size=1,
        max_size=10,
    ),
    st.randoms(),
)
def test_a_voice_counts_with_its_latest_figure_only_whatever_the_order(items, rnd):
    # a stock ("fighters"), which a later figure of another voice never passes:
    # only a voice's own revisions leave figures out
    claims = [
        _claim(n, q, as_of=t, speaker=who, document=doc, measure="fighters")
        for n, (q, t, who, doc) in enumerate(items)
    ]
    chosen = select(claims)
    shuffled = claims[:]
    rnd.shuffle(shuffled)
    assert select(shuffled) == chosen
    # no chosen figure of a ministry is older than another figure of the ministry
    ministry_names = {"Interior Ministry", "Tajik Interior Ministry"}
    ministry = [c.as_of for c in claims if c.speaker in ministry_names]
    revised = [c for c in chosen if c.speaker in ministry_names]
    event("a revised figure left out" if len(set(ministry)) > 1 else "no revision")
    assert all(c.as_of == max(ministry) for c in revised)
    # the ministry keeps its latest figure; the other voices all theirs
    assert bool(revised) == bool(ministry)
    others = {c.speaker for c in claims if c.speaker not in ministry_names}
    assert {c.speaker for c in chosen if c.speaker not in ministry_names} == others
