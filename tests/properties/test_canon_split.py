"""canon().split finds a subject's adjective by lookup as trying every adjective in turn would."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reconcile.lang.canon import canon


def _tried_in_turn(subject: str) -> tuple[str | None, str | None]:
    """The oracle: every (adjective, group) pair, longest adjective first."""
    for adjective, group in canon().adjectives:
        if subject == group:
            return group, None
        if subject.startswith(adjective + " "):
            return group, subject[len(adjective) + 1 :]
    return None, subject


_ADJECTIVES = [a for a, _ in canon().adjectives]
_GROUPS = [g for _, g in canon().adjectives]
_WORDS = st.sampled_from([*_ADJECTIVES, *_GROUPS, "students", "part of", "people", "", " ", "x"])


@given(st.lists(_WORDS, max_size=4).map(" ".join) | st.text(max_size=20))
def test_split_finds_the_longest_adjective_as_trying_each_would(subject: str) -> None:
    assert canon().split(subject) == _tried_in_turn(subject)


def test_the_words_reach_every_branch() -> None:
    # the generator's words give an exact group, an adjective with words after it, and none
    assert canon().split(_GROUPS[0]) == (_GROUPS[0], None)
    assert canon().split(f"{_ADJECTIVES[0]} students")[1] == "students"
    assert canon().split("students") == (None, "students")
