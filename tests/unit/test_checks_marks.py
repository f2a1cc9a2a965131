"""Rules marked ``between_questions`` answer nothing for two claims of one question;
those marked ``if_overlapping`` or ``if_apart`` nothing for the other intervals.

The relation stage skips them for such pairs (most pairs): the mark must hold
for every rule that carries it, or a relation would be lost.
"""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from reconcile import Claim, Quantity, Span
from reconcile.relations.checks import CHECKS
from reconcile.relations.evidence import Context, Evidence, comparable
from reconcile.relations.pairing import _decide, _of_question, _rules

MARKED = [c for c in CHECKS if getattr(c, "between_questions", False)]

_SUBJECTS = [None, "miners", "part of the miners", "Welsh miners", "part of them"]
_PLACES = [[], ["Cardiff"], ["Cardiff", "Swansea"], ["abroad"]]
_MEASURES = ["killed", "died", "injured", "fighters", "joined", "planned"]


@st.composite
def _one_question(draw: st.DrawFn) -> tuple[Claim, Claim]:
    """Two claims with the same measure, unit, subject and places, anything else apart."""

    def one(document: str, start: int) -> Claim:
        return Claim(
            document=document,
            span=Span(start, start + 2),
            quantity=draw(
                st.sampled_from(
                    [
                        Quantity.exact(40),
                        Quantity.approx(40),
                        Quantity.at_least(35),
                        Quantity.at_most(90),
                        Quantity.exact(400),
                        Quantity.between(30, 50),
                        Quantity.vague(10, 99),
                    ]
                )
            ),
            quote=draw(st.sampled_from(["", "a line", "another line"])),
            as_of=draw(st.sampled_from([None, "2019", "2019-03", "2019-03-02", "2020-11"])),
            speaker=draw(st.sampled_from([None, "the mine owner", "the union"])),
        )

    a = one(draw(st.sampled_from(["x.txt", "y.txt"])), 0)
    b = one(draw(st.sampled_from(["x.txt", "y.txt", "z.txt"])), 10)
    measure = draw(st.sampled_from(_MEASURES))
    unit = draw(st.sampled_from(["people", "USD"]))
    subject = draw(st.sampled_from(_SUBJECTS))
    places = draw(st.sampled_from(_PLACES))
    return tuple(  # type: ignore[return-value]
        attrs.evolve(c, measure=measure, unit=unit, subject=subject, places=places) for c in (a, b)
    )


_CONTEXTS = [Context(), Context(origins={"y.txt": "x.txt", "x.txt": "x.txt"})]


def test_the_marked_rules() -> None:
    assert [c.__name__ for c in MARKED] == [
        "translated",
        "measures_of_one_family",
        "nested_scopes",
        "part_of_an_unknown",
    ]


@given(_one_question(), st.sampled_from(_CONTEXTS))
def test_a_marked_rule_answers_no_pair_of_one_question(
    pair: tuple[Claim, Claim], ctx: Context
) -> None:
    a, b = (Evidence.of(c, ctx) for c in pair)
    for check in MARKED:
        assert check(a, b, ctx) is None, check.__name__
        assert check(b, a, ctx) is None, check.__name__


@given(_one_question(), st.sampled_from(_CONTEXTS))
def test_skipping_the_marked_rules_changes_no_relation(
    pair: tuple[Claim, Claim], ctx: Context
) -> None:
    a, b = (Evidence.of(c, ctx) for c in pair)
    assert comparable(a.scope, b.scope)
    every = next((r for r in (check(a, b, ctx) for check in CHECKS) if r is not None), None)
    rules = _rules(CHECKS)
    assert _decide(a, b, ctx, rules) == every
    # and without the rules whose test this question fails (if_question)
    assert _decide(a, b, ctx, rules, _of_question(rules, a, {})) == every


ASKED = [c for c in CHECKS if getattr(c, "if_question", None) is not None]


def test_the_rules_marked_with_a_test_of_the_question() -> None:
    assert [c.__name__ for c in ASKED] == [
        "one_document_unknown_subject",
        "two_parts",
        "too_little_known",
    ]


@given(_one_question(), st.sampled_from(_CONTEXTS))
def test_a_rule_answers_no_pair_of_a_question_that_fails_its_test(
    pair: tuple[Claim, Claim], ctx: Context
) -> None:
    a, b = (Evidence.of(c, ctx) for c in pair)
    for check in ASKED:
        test = check.if_question  # type: ignore[attr-defined]
        # any claim of the question answers for all of it
        assert test(a) == test(b), check.__name__
        if not test(a):
            assert check(a, b, ctx) is None, check.__name__
            assert check(b, a, ctx) is None, check.__name__


OVERLAPPING = [c for c in CHECKS if getattr(c, "if_overlapping", False)]
APART = [c for c in CHECKS if getattr(c, "if_apart", False)]


def test_the_rules_marked_for_overlapping_or_apart_intervals() -> None:
    assert [c.__name__ for c in OVERLAPPING] == ["repeats", "compatible"]
    assert [c.__name__ for c in APART] == [
        "replaced_in_one_sentence",
        "disputed_in_one_sentence",
        "one_document_unknown_subject",
        "part_of_an_unknown",
        "two_parts",
        "too_little_known",
        "stock_with_a_period_unknown",
        "unknown_period",
        "incompatible",
    ]
    assert not set(OVERLAPPING) & set(APART)


@st.composite
def _any_pair(draw: st.DrawFn) -> tuple[Claim, Claim]:
    """Two claims of one question, then each given its own measure, subject and places."""
    a, b = draw(_one_question())
    return tuple(  # type: ignore[return-value]
        attrs.evolve(
            c,
            measure=draw(st.sampled_from(_MEASURES)),
            subject=draw(st.sampled_from(_SUBJECTS)),
            places=draw(st.sampled_from(_PLACES)),
        )
        for c in (a, b)
    )


@given(st.one_of(_one_question(), _any_pair()), st.sampled_from(_CONTEXTS))
def test_a_rule_marked_for_some_intervals_answers_no_other_pair(
    pair: tuple[Claim, Claim], ctx: Context
) -> None:
    a, b = (Evidence.of(c, ctx) for c in pair)
    skipped = APART if a.interval.overlaps(b.interval) else OVERLAPPING
    for check in skipped:
        assert check(a, b, ctx) is None, check.__name__
        assert check(b, a, ctx) is None, check.__name__


@given(_any_pair(), st.sampled_from(_CONTEXTS))
def test_skipping_marked_rules_changes_no_relation_of_any_pair(
    pair: tuple[Claim, Claim], ctx: Context
) -> None:
    a, b = (Evidence.of(c, ctx) for c in pair)
    every = None
    if comparable(a.scope, b.scope):
        every = next((r for r in (check(a, b, ctx) for check in CHECKS) if r is not None), None)
    else:
        wide = [c for c in CHECKS if getattr(c, "any_scope", False)]
        every = next((r for r in (check(a, b, ctx) for check in wide) if r is not None), None)
    if a.claim.id == b.claim.id:
        every = None
    assert _decide(a, b, ctx, _rules(CHECKS)) == every
