"""The index finds the mentions of a span by bisection as a scan of every mention would."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reconcile.extraction.index import Mention, between, last_between

# mentions sorted by start, some overlapping (a place of the tables and a town
# read beside a settlement word may share words)
_MENTIONS = st.lists(
    st.tuples(st.integers(0, 60), st.integers(1, 12)).map(lambda t: Mention(t[0], sum(t), "x")),
    max_size=20,
).map(sorted)
_BOUND = st.integers(-5, 80)


@given(_MENTIONS, _BOUND, _BOUND)
def test_between_finds_the_mentions_a_scan_finds(mentions, lo, hi):
    starts = [m.start for m in mentions]
    scanned = [m for m in mentions if lo <= m.start < hi and m.end <= hi]
    assert between(mentions, starts, lo, hi) == scanned


@given(
    _MENTIONS.map(
        lambda ms: [m for i, m in enumerate(ms) if all(m.start >= o.end for o in ms[:i])]
    ),
    _BOUND,
    _BOUND,
)
def test_last_between_is_the_last_mention_between_when_none_overlap(mentions, lo, hi):
    starts = [m.start for m in mentions]
    found = between(mentions, starts, lo, hi)
    assert last_between(mentions, starts, lo, hi) == (found[-1] if found else None)
