"""Clustering finds subjects written alike without scoring every pair: the same pairs."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.clustering import _alike_components, _alike_pairs
from reconcile.scope import subject_similarity

# few letters, digits and case: many near pairs, numbers that differ, folded twins
_TEXT = st.text(alphabet="abcAB 1é\u0640", min_size=0, max_size=14)
_SUBJECTS = st.lists(_TEXT, min_size=0, max_size=30, unique=True).map(sorted)
_THRESHOLDS = st.sampled_from([-0.1, 0.0, 0.3, 0.6, 0.8, 0.857, 0.9, 0.95, 1.0, 1.2])


def _every_pair(subjects: list[str], threshold: float) -> set[tuple[int, int]]:
    return {
        (i, j)
        for i, j in itertools.combinations(range(len(subjects)), 2)
        if subject_similarity(subjects[i], subjects[j]) >= threshold
    }


@settings(max_examples=300)
@given(_SUBJECTS, _THRESHOLDS.filter(lambda t: t > 0))
def test_alike_pairs_are_those_of_every_pair(subjects: list[str], threshold: float) -> None:
    assert set(_alike_pairs(subjects, threshold)) == _every_pair(subjects, threshold)


@settings(max_examples=200)
@given(_SUBJECTS, _THRESHOLDS)
def test_alike_components_partition_as_every_pair(subjects: list[str], threshold: float) -> None:
    parent = list(range(len(subjects)))

    def find(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    for i, j in _every_pair(subjects, threshold):
        parent[find(j)] = find(i)
    expected = {
        frozenset(n for n in range(len(subjects)) if find(n) == r)
        for r in set(map(find, range(len(subjects))))
    }
    found = _alike_components(subjects, threshold)
    assert {frozenset(c) for c in found} == expected
    assert sorted(n for c in found for n in c) == list(range(len(subjects)))


def test_alike_pairs_near_the_threshold() -> None:
    # 6 of 7 letters shared: ratio 12/14 = 0.857..., exactly at a threshold given as 12/14
    subjects = ["abcdefg", "abcdefh"]
    at = subject_similarity(*subjects)
    assert list(_alike_pairs(subjects, at)) == [(0, 1)]
    assert list(_alike_pairs(subjects, at + 1e-9)) == []
    # numbers that differ are never alike, however close the words
    assert list(_alike_pairs(["unit 1 members", "unit 11 members"], 0.5)) == []
