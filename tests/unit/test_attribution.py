"""Speakers across sentences and scripts, and starts that are not when a figure holds (issue 13)."""

import pytest

from reconcile import Document, extract
from reconcile.names import to_latin


def _speakers(text: str, lang: str) -> list[str | None]:
    return [c.speaker for c in extract(Document(id="a.txt", text=text, lang=lang))]


def test_en_attribution_holds_for_the_next_sentence_of_its_paragraph():
    text = (
        "The Kyrgyz Interior Ministry said 40 women had come home from Iraq. "
        "Another 15 children arrived with them."
    )
    assert _speakers(text, "en") == ["Kyrgyz Interior Ministry", "Kyrgyz Interior Ministry"]


def test_en_it_added_refers_to_the_body_named_before():
    text = (
        "The Kyrgyz Interior Ministry said 40 women had come home. "
        "It added that 15 children were among them."
    )
    assert _speakers(text, "en") == ["Kyrgyz Interior Ministry", "Kyrgyz Interior Ministry"]


def test_en_new_paragraph_without_attribution_is_the_outlets_voice():
    text = "The Kyrgyz Interior Ministry said 40 women had come home.\n\n12 men remain in camps."
    assert _speakers(text, "en") == ["Kyrgyz Interior Ministry", None]


def test_en_background_clause_carries_no_speaker():
    text = "Officials said 40 women had returned. They went to a camp, where 900 people live."
    assert _speakers(text, "en") == ["Officials", None]


def test_en_acronym_gets_its_canonical_name():
    assert _speakers("UNHCR said 3,000 refugees crossed the border.", "en") == [
        "UN refugee agency (UNHCR)"
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Kyrgyz Border Service (KBS) says 200 people crossed the border.",
            "Kyrgyz Border Service",
        ),
        ("A Senate inquiry found that 45 detainees were held without charge.", "Senate inquiry"),
        (
            "A study by the Lemkin Institute (LI) has found that 3,000 homes were destroyed.",
            "Lemkin Institute",
        ),
        (
            "According to Kenya's interior minister, 120 suspects were arrested.",
            "Kenya's interior minister",
        ),
        ("Police in Mombasa said 120 suspects were arrested.", "Police in Mombasa"),
        # an adverb between name and verb; a name with a joined particle
        ("Minister Omar al-Bashir falsely insisted that 12 soldiers died.", "Omar al-Bashir"),
        # an appositive opened by an article; a reply reports
        (
            "The Bureau of Statistics, the main agency in charge of counting, said 300 died.",
            "Bureau of Statistics",
        ),
        ("Grant, who covered the siege, replied that 40 civilians were killed.", "Grant"),
    ],
)
def test_en_speakers_written_with_short_forms_articles_and_possessives(text, speaker):
    # the short form in brackets, the opening article and the role a possessive owns
    assert _speakers(text, "en") == [speaker]


def test_ru_inverted_attribution_names_the_person_after_the_title():
    text = "В Ираке задержаны 14 граждан страны, сообщил на брифинге глава МВД Иван Петров."
    assert _speakers(text, "ru") == ["Ivan Petrov"]


def test_ru_capitalised_name_before_the_verb():
    assert _speakers("Петров заявил, что 20 человек вернулись домой.", "ru") == ["Petrov"]


def test_ru_organisation_to_canonical_english():
    assert _speakers("МВД Таджикистана сообщило, что 30 человек вернулись.", "ru") == [
        "Tajik Interior Ministry"
    ]


def test_ru_according_to_him_continues_across_paragraphs():
    text = "Петров заявил, что 20 человек вернулись домой.\n\nПо его словам, ещё 5 задержаны."
    assert _speakers(text, "ru") == ["Petrov", "Petrov"]


def test_ar_organisation_to_canonical_english():
    text = "وأعلنت قوات سوريا الديمقراطية أن 500 مقاتل محتجزون في سجونها."
    assert _speakers(text, "ar") == ["Syrian Democratic Forces (SDF)"]


def test_ar_impersonal_report_carries_no_speaker():
    text = "وقال الوزير إن 40 امرأة عادت. ويقدر أن 900 شخص ما زالوا هناك."
    speakers = _speakers(text, "ar")
    assert speakers[-1] is None


def test_to_latin_keeps_latin_and_transliterates_cyrillic():
    assert to_latin("Reuters") == "Reuters"
    assert to_latin("Дмитрий Соколов") == "Dmitry Sokolov"


def test_since_a_month_is_a_start_not_the_date_of_the_figure():
    text = "Some 70 families have returned home since March 2018, officials said."
    (claim,) = extract(Document(id="a.txt", text=text, lang="en", published="2019-05-02"))
    assert claim.as_of == "2019-05-02"


def test_the_source_of_a_source_gives_way_to_the_reporter():
    text = "Reuters, citing police sources, reported that 40 people were detained."
    [claim] = extract(Document(id="x.txt", text=text, lang="en", published="2016-03-01"))
    assert claim.speaker == "Reuters"
