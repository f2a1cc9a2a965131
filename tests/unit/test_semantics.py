import math

import pytest

from reconcile import Direction, Interval, Quantity, Tolerance


def test_around_300_and_around_200_are_incompatible():
    assert not Quantity.approx(300).is_compatible_with(Quantity.approx(200))


def test_lower_bound_is_compatible_with_larger_estimates():
    assert Quantity.at_least(52).is_compatible_with(Quantity.approx(200))
    assert Quantity.at_least(52).is_compatible_with(Quantity.approx(300))
    assert not Quantity.at_least(400).is_compatible_with(Quantity.approx(300))


def test_upper_bound_interval_starts_at_zero():
    assert Quantity.at_most(1000).interval() == Interval(0, 1000)


def test_hundreds_contains_both_estimates():
    hundreds = Quantity.vague(100, 999, "hundreds")
    assert hundreds.contains(Quantity.approx(300))
    assert hundreds.contains(Quantity.approx(200))
    assert not Quantity.approx(200).contains(hundreds)


def test_almost_is_just_below():
    almost = Quantity.approx(1000, direction=Direction.BELOW)
    assert almost.is_compatible_with(Quantity.exact(950))
    assert not almost.is_compatible_with(Quantity.exact(1010))
    over = Quantity.approx(300, direction=Direction.ABOVE)
    assert over.is_compatible_with(Quantity.exact(310))
    assert not over.is_compatible_with(Quantity.exact(290))


def test_small_approx_values_keep_a_minimum_width():
    assert Quantity.approx(5).interval() == Interval(4, 6)


def test_tolerance_is_configurable():
    wide = Tolerance(approx=0.25)
    assert Quantity.approx(300).is_compatible_with(Quantity.approx(200), wide)
    with pytest.raises(ValueError, match="approx"):
        Tolerance(approx=-0.1)


def test_exact_tolerance_widens_exact_values():
    assert not Quantity.exact(52).is_compatible_with(Quantity.exact(50))
    assert Quantity.exact(52).is_compatible_with(Quantity.exact(50), Tolerance(exact=0.05))


def test_intersection():
    assert Quantity.approx(300).intersection(Quantity.approx(200)) is None
    both = Quantity.at_least(250).intersection(Quantity.approx(300))
    assert both == Interval(270, 330)


def test_precision_order():
    assert Quantity.exact(61).is_more_precise_than(Quantity.at_least(6))
    assert Quantity.exact(300).is_more_precise_than(Quantity.approx(300))
    assert not Quantity.approx(300).is_more_precise_than(Quantity.exact(300))
    assert Quantity.approx(300).is_more_precise_than(Quantity.vague(100, 999))


def test_interval_rejects_reversed_bounds():
    with pytest.raises(ValueError, match="low"):
        Interval(3, 2)
    with pytest.raises(ValueError, match="NaN"):
        Interval(math.nan, 2)
