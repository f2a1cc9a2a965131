"""Invariants of quantity semantics, over everything the strategies build."""

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from reconcile import InvalidQuantityError, Qualifier, Quantity, Tolerance
from reconcile import strategies as rst

quantities = rst.quantities()
tolerances = st.just(Tolerance()) | rst.tolerances()


@given(quantities, quantities, tolerances)
def test_compatibility_is_symmetric(a, b, tol):
    assert a.is_compatible_with(b, tol) == b.is_compatible_with(a, tol)


@given(quantities, quantities, tolerances)
def test_contains_implies_overlaps(a, b, tol):
    if a.contains(b, tol):
        assert a.overlaps(b, tol)


@given(quantities, tolerances)
def test_a_quantity_contains_and_is_compatible_with_itself(a, tol):
    assert a.contains(a, tol)
    assert a.is_compatible_with(a, tol)


@given(quantities, quantities, tolerances)
def test_intersection_is_commutative_and_inside_both(a, b, tol):
    ab, ba = a.intersection(b, tol), b.intersection(a, tol)
    assert ab == ba
    assert (ab is not None) == a.overlaps(b, tol)
    if ab is not None:
        assert a.interval(tol).contains(ab)
        assert b.interval(tol).contains(ab)


@given(st.integers(min_value=50, max_value=10**9), st.floats(min_value=-0.09, max_value=0.09))
def test_exact_value_near_an_approx_one_is_compatible(value, offset):
    # from 50 on, rounding (at most 0.5) stays inside the 1% left by a 9% offset in a 10% tolerance
    near = round(value * (1 + offset))
    assert Quantity.exact(near).is_compatible_with(Quantity.approx(value))


@given(st.integers(min_value=10, max_value=10**9), st.floats(min_value=0.25, max_value=10))
def test_exact_value_far_from_an_approx_one_is_not(value, factor):
    far = round(value * (1 + factor))
    assert not Quantity.exact(far).is_compatible_with(Quantity.approx(value))


@given(quantities, quantities, tolerances)
def test_more_precise_is_a_strict_order(a, b, tol):
    assert not (a.is_more_precise_than(b, tol) and b.is_more_precise_than(a, tol))
    assert not a.is_more_precise_than(a, tol)


@given(
    st.integers(min_value=0, max_value=10**6),
    st.integers(min_value=1, max_value=10**6),
    st.sampled_from([Qualifier.RANGE, Qualifier.VAGUE]),
)
def test_reversed_bounds_always_raise(low, gap, qualifier):
    with pytest.raises(InvalidQuantityError, match="low"):
        Quantity(low + gap, low, qualifier)


@given(st.integers(max_value=-1), st.sampled_from(list(Qualifier)))
def test_negative_counts_always_raise(value, qualifier):
    with pytest.raises(InvalidQuantityError):
        Quantity(value, value, qualifier)


@given(quantities)
def test_interval_respects_stated_bounds(q):
    interval = q.interval()
    if q.qualifier in (Qualifier.RANGE, Qualifier.VAGUE, Qualifier.AT_LEAST):
        assert interval.low == q.low
    if q.qualifier in (Qualifier.RANGE, Qualifier.VAGUE, Qualifier.AT_MOST):
        assert interval.high == q.high
    if q.nominal is not None:
        assume(q.direction is None)
        assert interval.low <= q.nominal <= interval.high
