"""Words that refer back: a body by its kind ("the group said"), citizens of a country named."""

from __future__ import annotations

import pytest

from reconcile import Document, extract


def _speakers(text: str, lang: str) -> list[str | None]:
    return [c.speaker for c in extract(Document(id="x", text=text, lang=lang))]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "The Libyan Red Crescent has so far recovered 31 bodies, the group said on Friday.",
            "en",
            "Libya Red Crescent",
        ),
        (
            "The IOM has recovered 31 bodies, the agency said.",
            "en",
            "International Organization for Migration (IOM)",
        ),
        ("Rescuers from the Red Cross recovered 31 bodies, the organisation said.", "en", "ICRC"),
        ("انتشل الهلال الأحمر الليبي 31 جثة، وفقا لما ذكرته المنظمة.", "ar", "Red Crescent"),
        (
            "انتشلت المنظمة الدولية للهجرة 31 جثة، حسبما قالت الوكالة.",
            "ar",
            "International Organization for Migration (IOM)",
        ),
    ],
)
def test_a_referring_noun_with_no_source_before_is_the_body_its_sentence_names(
    text: str, lang: str, speaker: str
) -> None:
    assert _speakers(text, lang) == [speaker]


def test_a_referring_noun_with_no_body_anywhere_stays_as_written() -> None:
    # (a guard) nothing named: the noun is all the text says of its source
    assert _speakers("Officials recovered 31 bodies, the group said.", "en") == ["group"]


def test_a_source_named_before_still_comes_first() -> None:
    # (a guard) the health ministry quoted before is "the ministry"
    text = (
        "The health ministry said 40 people died on Monday. "
        "The Red Cross has recovered 31 bodies, the ministry said."
    )
    assert _speakers(text, "en") == ["health ministry", "health ministry"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "أعلنت منظمة الصحة العالمية أن 160 شخصا توفوا. "
            "وقال ممثل المنظمة للصحفيين إن 12 مركزا للعلاج افتتحت.",
            "World Health Organization",
        ),
        ("وقال ممثل اليونيسف في اليمن إن 40 طفلا قتلوا.", "UNICEF"),
    ],
)
def test_an_arabic_representative_speaks_for_the_body(text: str, speaker: str) -> None:
    assert _speakers(text, "ar")[-1] == speaker


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Jordan said 68 citizens had died.", "Jordanian nationals"),
        ("Jordan said 68 of its citizens had died.", "part of Jordanian nationals"),
        ("Tunisia says 800 of its citizens have returned.", "part of Tunisian nationals"),
        # (a guard) a nationality named before still comes first
        ("Jordanian officials said 68 citizens had died.", "Jordanian nationals"),
        # a nationality with a home before "foreign" inside a body's name
        (
            "The Jordanian foreign ministry said 68 of its citizens had died.",
            "part of Jordanian nationals",
        ),
    ],
)
def test_citizens_of_a_country_the_sentence_names_are_its_nationals(
    text: str, subject: str
) -> None:
    assert [c.subject for c in extract(Document(id="x", text=text, lang="en"))] == [subject]
