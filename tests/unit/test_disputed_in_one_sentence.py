"""Two sources' values of one count set against each other in one sentence.

Every sentence is written for this module.
"""

from __future__ import annotations

import pytest

from reconcile import Claim, Document, Quantity, RelationKind, Span, extract
from reconcile import reconcile as reconcile_documents
from reconcile.relations import compare

_SENTENCE = (
    "Police in Lagos detained more than 270 protesters on Friday, a rights group said,"
    " though the interior ministry put the figure at 150."
)


def _claim(low: int, high: int | None, speaker: str | None, n: int, **fields: object) -> Claim:
    values = {
        "document": "a.txt",
        "span": Span(n, n + 3),
        "quantity": Quantity.exact(low) if high == low else Quantity.at_least(low),
        "quote": _SENTENCE,
        "measure": "detained",
        "subject": "protesters",
        "places": ["Lagos"],
        "as_of": "2024-03-08",
        "speaker": speaker,
    }
    values.update(fields)
    return Claim(**values)  # type: ignore[arg-type]


def test_a_figure_put_on_the_number_counts_what_the_number_counted() -> None:
    # "put the figure at 150" values the arrests, not the protesters' turnout
    claims = extract(Document(id="a.txt", text=_SENTENCE, lang="en"))
    assert [(c.quantity.text, c.measure) for c in claims] == [
        ("more than 270", "detained"),
        ("150", "detained"),
    ]


def test_two_speakers_disputing_one_count_in_one_sentence_contradict() -> None:
    report = reconcile_documents([Document(id="a.txt", text=_SENTENCE, lang="en")])
    (relation,) = report.relations
    assert relation.kind is RelationKind.CONTRADICTS
    assert "dispute" in relation.reason


@pytest.mark.parametrize(
    ("speakers", "fields"),
    [
        # one speaker, or none: two figures of a sentence are a part and its whole or two groups
        (("rights group", "rights group"), {}),
        ((None, "interior ministry"), {}),
        # another group or place is another question
        (("rights group", "interior ministry"), {"subject": "students"}),
        (("rights group", "interior ministry"), {"places": ["Abuja"]}),
    ],
)
def test_no_dispute_without_two_speakers_on_one_question(
    speakers: tuple[str | None, str | None], fields: dict[str, object]
) -> None:
    first = _claim(270, None, speakers[0], 40)
    second = _claim(150, 150, speakers[1], 160, **fields)
    found = compare(first, second)
    assert found is None or found.kind is not RelationKind.CONTRADICTS


def test_values_that_can_both_hold_are_no_dispute() -> None:
    found = compare(_claim(270, None, "rights group", 40), _claim(300, 300, "ministry", 160))
    assert found is None or found.kind is not RelationKind.CONTRADICTS


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Правозащитники сообщили о задержании более 270 протестующих в Минске,"
            " однако МВД назвало цифру в 150 человек.",
            "ru",
        ),
        (
            "وقالت منظمة حقوقية إن الشرطة اعتقلت أكثر من 270 متظاهرا في الخرطوم،"
            " فيما قدرت وزارة الداخلية العدد بـ150.",
            "ar",
        ),
    ],
)
def test_the_dispute_in_russian_and_arabic(text: str, lang: str) -> None:
    claims = extract(Document(id="a.txt", text=text, lang=lang))
    assert [c.measure for c in claims] == ["detained", "detained"]
    assert claims[1].speaker == "Interior Ministry"
    report = reconcile_documents([Document(id="a.txt", text=text, lang=lang)])
    assert [r.kind for r in report.relations] == [RelationKind.CONTRADICTS]
