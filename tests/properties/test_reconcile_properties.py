"""Invariants of clustering and relation classification."""

import random

import attrs
from hypothesis import example, given, settings
from hypothesis import strategies as st

from reconcile import Claim, Quantity, RelationKind, Span
from reconcile import strategies as rst
from reconcile.clustering import cluster, same_question
from reconcile.relations import Context, compare, relate
from reconcile.scope import scope_of

SUBJECTS = ["Tajik nationals", "Central Asian nationals", "Tajik students", "Tajik national", None]
PLACES = [["Syria"], ["Syria", "Iraq"], ["Iraq"], ["Mosul"], []]


def claims(*, documents=("a.txt", "b.txt", "c.txt")):
    return st.builds(
        lambda doc, start, q, measure, subject, places, as_of, speaker: Claim(
            document=doc,
            span=Span(start, start + 3),
            quantity=q,
            quote=f"q{start}",
            measure=measure,
            subject=subject,
            places=places,
            as_of=as_of,
            speaker=speaker,
        ),
        st.sampled_from(documents),
        st.integers(0, 10_000),
        rst.quantities(max_value=2000),
        st.sampled_from(["fighters", "killed", None]),
        st.sampled_from(SUBJECTS),
        st.sampled_from(PLACES),
        st.none() | st.sampled_from(["2014-11", "2015-01", "2015", "2016-01-25"]),
        st.none() | st.sampled_from(["Ministry", "Lemon"]),
    )


claim_lists = st.lists(claims(), max_size=25, unique_by=lambda c: c.id)


def _naive_clusters(items):
    """The O(n^2) reference: components of the same-question graph over all pairs.

    A claim with a measure but no subject joins the single component of its
    kind, unit and places when there is exactly one; of several, the one whose
    claims state more of its bounds than any other does; else the other such
    claims.
    """
    parent = list(range(len(items)))

    def find(i):
        while parent[i] != i:
            i = parent[i]
        return i

    scopes = [scope_of(c) for c in items]
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if same_question(scopes[i], scopes[j]):
                parent[find(i)] = find(j)

    def what(s):
        return (s.kind.name if s.kind else s.measure, s.unit, s.places)

    def roots_of(key):
        return {find(j) for j, t in enumerate(scopes) if t.subject is not None and what(t) == key}

    def stating(i, roots):
        q = items[i].quantity
        votes = {}
        for bound in {b for b in (q.low, q.high) if b is not None}:
            for r in roots:
                members = [
                    j for j, t in enumerate(scopes) if t.subject is not None and find(j) == r
                ]
                if any(bound in (items[j].quantity.low, items[j].quantity.high) for j in members):
                    votes[r] = votes.get(r, 0) + 1
        ranked = sorted(votes.values(), reverse=True)
        if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
            return None
        return next(r for r, v in votes.items() if v == ranked[0])

    subjectless = [i for i, s in enumerate(scopes) if s.measure is not None and s.subject is None]
    questions = {i: roots_of(what(scopes[i])) for i in subjectless}
    for i in subjectless:
        if len(questions[i]) == 1:
            parent[i] = next(iter(questions[i]))
            continue
        best = stating(i, questions[i])
        if best is not None:
            parent[i] = best
            continue
        # no single question to join: one question with the others of its key
        for j in subjectless:
            if j < i and what(scopes[j]) == what(scopes[i]) and len(questions[j]) != 1:
                parent[i] = find(j)
                break
    groups = {}
    for i, c in enumerate(items):
        groups.setdefault(find(i), set()).add(c.id)
    return {frozenset(g) for g in groups.values()}


@given(claim_lists)
def test_clusters_partition_the_claims(items):
    ids = [cid for k in cluster(items) for cid in k.claims]
    assert sorted(ids) == sorted(c.id for c in items)


@given(claim_lists, st.randoms())
def test_clustering_is_independent_of_order(items, rnd):
    shuffled = list(items)
    rnd.shuffle(shuffled)
    assert cluster(shuffled) == cluster(items)


def _fighters(start, subject, value):
    return Claim(
        document="a.txt",
        span=Span(start, start + 3),
        quantity=Quantity.exact(value),
        quote=f"q{start}",
        measure="fighters",
        subject=subject,
        places=["Syria", "Iraq"],
    )


# two questions of one measure and place, and a claim with no subject that
# states one's figure: it joins that one (random lists reach this rarely)
_STATING = [
    _fighters(0, "Tajik nationals", 300),
    _fighters(3, "Central Asian nationals", 500),
    _fighters(6, None, 300),
]


@example(_STATING)
@given(claim_lists)
def test_blocked_clustering_equals_the_naive_oracle(items):
    assert {frozenset(k.claims) for k in cluster(items)} == _naive_clusters(items)


def test_a_claim_without_subject_joins_the_question_stating_its_figure():
    tajik, central, loose = _STATING
    joined = {frozenset(k.claims) for k in cluster(_STATING)}
    assert frozenset({tajik.id, loose.id}) in joined
    assert frozenset({central.id}) in joined


@given(claims(), claims())
def test_relation_kind_is_symmetric(a, b):
    ab, ba = compare(a, b), compare(b, a)
    assert (ab is None) == (ba is None)
    if ab is not None:
        assert ab.kind == ba.kind
        assert set(ab.claims) == {a.id, b.id}
        assert ab.reason


@given(claims(), claims())
def test_compatible_figures_of_one_period_never_contradict(a, b):
    relation = compare(a, b)
    if relation is not None and relation.kind is RelationKind.CONTRADICTS:
        assert not a.quantity.is_compatible_with(b.quantity)


@given(claims(documents=("a.txt",)))
def test_an_exact_copy_in_another_outlet_repeats(a):
    copy = attrs.evolve(a, document="copy.txt", outlet="Other Outlet", id="c-copy")
    if a.measure is not None and a.subject is not None:
        assert compare(a, copy).kind is RelationKind.REPEATS


@settings(max_examples=40)
@given(claim_lists, claims())
def test_an_unrelated_claim_changes_no_relation(items, extra):
    unrelated = attrs.evolve(extra, measure="amnestied", id="c-unrelated")
    before = relate(items, cluster(items), context=Context())
    with_extra = [*items, unrelated]
    after = relate(with_extra, cluster(with_extra), context=Context())
    assert set(before) <= set(after)


def test_the_seed_contradiction_and_its_look_alikes():
    def c(doc, q, as_of, speaker, places=("Syria",), subject="Tajik nationals", measure="fighters"):
        return Claim(
            document=doc,
            span=Span(random.randrange(10**6), 10**6 + 1),
            quantity=q,
            measure=measure,
            subject=subject,
            places=places,
            as_of=as_of,
            speaker=speaker,
        )

    scns = c("003", Quantity.approx(300), "2014-11", "State Committee")
    mvd = c("003b", Quantity.approx(200), "2015-01", "Interior Ministry")
    lemon = c("003c", Quantity.at_least(52), "2015-01", "Edward Lemon")
    later = c(
        "004", Quantity.at_most(1000), "2016-01", "Tajik authorities", places=("Syria", "Iraq")
    )
    central = c(
        "000",
        Quantity.vague(1000, 9999),
        "2019-04",
        None,
        places=("Syria", "Iraq"),
        subject="Central Asian nationals",
    )
    assert compare(scns, mvd).kind is RelationKind.CONTRADICTS
    assert compare(lemon, mvd).kind is RelationKind.REFINES
    assert compare(mvd, later).kind is RelationKind.UPDATES
    assert compare(central, later).kind is RelationKind.SCOPE_DIFFERS
    killed_2015 = c("003", Quantity.approx(50), "2015-01", "MVD", measure="killed")
    killed_2016 = c(
        "004",
        Quantity.exact(148),
        "2016-01-25",
        "Rahimzoda",
        measure="killed",
        places=("Syria", "Iraq"),
    )
    assert compare(killed_2015, killed_2016).kind is RelationKind.UPDATES
    fell = c("005", Quantity.exact(20), "2017-01", "X", measure="killed")
    assert compare(killed_2015, fell).kind is RelationKind.CONTRADICTS


@given(st.lists(claims(), max_size=25))
def test_the_pipeline_report_passes_every_check_of_a_report(items):
    import reconcile

    report = reconcile.reconcile(items)
    checked = attrs.evolve(report)  # builds it again through every validation
    assert checked == report
    assert reconcile.Report.from_json(report.to_json()) == report
