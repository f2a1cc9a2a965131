"""A Russian event noun in the prepositional case before a figure says what befell them.

"сообщили о возвращении 300 граждан": the noun's cases that no stem and
ending spell are written out in measures.toml.
"""

from __future__ import annotations

import pytest

from reconcile import Document, extract


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Власти сообщили о возвращении 300 граждан.", "returned"),
        ("Власти сообщили об освобождении 40 заложников.", "released"),
        ("Власти сообщили о ранении 40 человек.", "injured"),
        # (guards) forms read before
        ("Власти сообщили о гибели 40 человек.", "killed"),
        ("Власти сообщили о задержании 40 человек.", "detained"),
    ],
)
def test_an_event_noun_before_a_figure_is_its_measure(text: str, measure: str) -> None:
    assert [c.measure for c in extract(Document(id="x", text=text, lang="ru"))] == [measure]
