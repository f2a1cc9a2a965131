"""``fold`` takes shortcuts (ASCII, a cache of short strings) that give what folding gives."""

from __future__ import annotations

import pytest

from reconcile.text import fold, fold_with_offsets


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Tajik Citizens",
        "MR. O'NEIL",
        "ﬁve",
        "Ёлки",
        "ГРАЖДАН",
        "حَلِيمُوف",
        "x\u200dy",
        "٣٠٠ fighters",
    ],
)
def test_fold_is_the_folded_text(text: str) -> None:
    assert fold(text) == fold_with_offsets(text).text
    assert fold(text) == fold(text)  # a second call, from the cache, the same


def test_fold_of_a_long_text_is_not_cached_but_the_same() -> None:
    text = "Граждане Таджикистана, " * 20
    assert fold(text) == fold_with_offsets(text).text == fold(text)
    assert fold("ABC") == "abc"
