"""Well-known bodies as speakers: one canonical English name in every language.

The UN agencies, aid and rights groups, news agencies and alliances that news
on wars, disasters, epidemics and migration quotes most are read in English,
Arabic and Russian under one name (``[organizations_canonical]`` of each
``speakers.toml``), so that the same source meets itself across languages.
"""

from __future__ import annotations

import re

import pytest

from reconcile import Document, extract
from reconcile.extraction.knowledge import knowledge
from reconcile.extraction.sources import canonical_speaker
from reconcile.lang import lexicon

LANGS = ("en", "ar", "ru")


def _speakers(text: str, lang: str) -> list[str | None]:
    return [c.speaker for c in extract(Document(id="o.txt", text=text, lang=lang))]


SENTENCES = [
    # English
    ("en", "The UN said 4,000 families had lost their homes in the floods.", "United Nations"),
    (
        "en",
        "According to the World Food Programme, 250,000 people face hunger in the north.",
        "World Food Programme (WFP)",
    ),
    (
        "en",
        "Doctors Without Borders said 120 patients had died of cholera since June.",
        "Doctors Without Borders (MSF)",
    ),
    ("en", "Amnesty said 60 protesters were detained in the capital.", "Amnesty International"),
    ("en", "AFP counted 35 bodies at the morgue.", "Agence France-Presse (AFP)"),
    ("en", "The EU said 9,000 migrants had crossed the border in May.", "European Union"),
    (
        "en",
        "The International Rescue Committee said 700 children had arrived alone.",
        "International Rescue Committee (IRC)",
    ),
    ("en", "NATO said 3,000 troops would be deployed.", "NATO"),
    # Arabic
    (
        "ar",
        "وقال برنامج الأغذية العالمي إن 250 ألف شخص يواجهون الجوع.",
        "World Food Programme (WFP)",
    ),
    ("ar", "ووفقا للأمم المتحدة، نزح 4 آلاف شخص بسبب الفيضانات.", "United Nations"),
    (
        "ar",
        "وقالت منظمة أطباء بلا حدود إن 120 مريضا توفوا بالكوليرا.",
        "Doctors Without Borders (MSF)",
    ),
    ("ar", "وذكرت وكالة الأناضول أن 35 شخصا لقوا حتفهم في الزلزال.", "Anadolu Agency"),
    (
        "ar",
        "وقال المرصد السوري لحقوق الإنسان إن 40 مقاتلا قتلوا.",
        "Syrian Observatory for Human Rights",
    ),
    ("ar", "وقال حلف شمال الأطلسي إن 3 آلاف جندي سينتشرون.", "NATO"),
    ("ar", "وقالت الأونروا إن 70 ألف لاجئ فقدوا منازلهم.", "UN Relief and Works Agency (UNRWA)"),
    (
        "ar",
        "وقال صندوق النقد الدولي إن 12 مليون شخص فقدوا وظائفهم.",
        "International Monetary Fund (IMF)",
    ),
    # Russian
    ("ru", "НАТО заявило, что на границе находятся 3 тысячи военнослужащих.", "NATO"),
    (
        "ru",
        "По данным Всемирной организации здравоохранения, от холеры умерли 120 человек.",
        "World Health Organization",
    ),
    ("ru", "По данным Евросоюза, границу пересекли 9 тысяч мигрантов.", "European Union"),
    ("ru", "Агентство Синьхуа сообщило, что при наводнении погибли 35 человек.", "Xinhua"),
    (
        "ru",
        "Как сообщает агентство Анадолу, при землетрясении погибли 35 человек.",
        "Anadolu Agency",
    ),
    (
        "ru",
        "По оценке Международного валютного фонда, работу потеряли 12 миллионов человек.",
        "International Monetary Fund (IMF)",
    ),
    (
        "ru",
        "По данным Всемирной продовольственной программы, голодают 250 тысяч человек.",
        "World Food Programme (WFP)",
    ),
    (
        "ru",
        "Совет Безопасности ООН сообщил, что из города бежали 4 тысячи человек.",
        "UN Security Council",
    ),
]


@pytest.mark.parametrize(("lang", "text", "speaker"), SENTENCES)
def test_a_known_body_speaks_under_its_canonical_name(lang: str, text: str, speaker: str) -> None:
    assert _speakers(text, lang) == [speaker]


def test_a_person_speaking_for_a_body_is_the_speaker() -> None:
    text = "UN envoy Maria Lindqvist said 300 people had died."
    assert _speakers(text, "en") == ["Maria Lindqvist"]


def test_an_acronym_that_is_also_a_given_name_keeps_the_person() -> None:
    # "Sana" is also SANA, the Syrian agency: only its full name is listed
    assert _speakers("Sana Rahimi said 40 patients had died.", "en") == ["Sana Rahimi"]


def test_a_country_security_council_is_not_the_un_one() -> None:
    assert "UN Security Council" not in _speakers(
        "وقال مجلس الأمن القومي التركي إن 300 شخص قتلوا.", "ar"
    )


# Bodies news on wars, disasters, epidemics and migration quotes most: each
# must be known, under this one name, in every language.
EVERYWHERE = [
    "United Nations",
    "UN Security Council",
    "UN Secretary-General",
    "UN Office for the Coordination of Humanitarian Affairs (OCHA)",
    "World Food Programme (WFP)",
    "UN Population Fund (UNFPA)",
    "UN Development Programme (UNDP)",
    "UN Relief and Works Agency (UNRWA)",
    "UNESCO",
    "UN human rights office (OHCHR)",
    "UNICEF",
    "World Health Organization",
    "UN refugee agency (UNHCR)",
    "International Organization for Migration (IOM)",
    "Amnesty International",
    "Human Rights Watch",
    "Doctors Without Borders (MSF)",
    "Save the Children",
    "Oxfam",
    "International Rescue Committee (IRC)",
    "Norwegian Refugee Council (NRC)",
    "IFRC",
    "ICRC",
    "Red Crescent",
    "Syrian Observatory for Human Rights",
    "Reuters",
    "Agence France-Presse (AFP)",
    "Associated Press",
    "TASS",
    "RIA Novosti",
    "Interfax",
    "Anadolu Agency",
    "Xinhua",
    "Deutsche Presse-Agentur (dpa)",
    "EFE",
    "ANSA",
    "Kyodo News",
    "Yonhap",
    "WAFA",
    "SANA",
    "IRNA",
    "NATO",
    "European Union",
    "European Commission",
    "African Union",
    "Arab League",
    "OSCE",
    "World Bank",
    "International Monetary Fund (IMF)",
    "ASEAN",
    "Pentagon",
    "US-led coalition",
]


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_knows_the_bodies_news_quotes_most(lang: str) -> None:
    names = set(lexicon(lang).speakers.organizations_canonical.values())
    assert [name for name in EVERYWHERE if name not in names] == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_form_read_as_a_speaker_gives_its_canonical_name(lang: str) -> None:
    # a speaker is looked up a few words at a time, and the words after a
    # known name may be read as a person: a form too long, or one whose tail
    # looks like a name, would never give its body
    know = knowledge(lang)
    table = lexicon(lang).speakers.organizations_canonical
    wrong = {
        form: canonical_speaker(form, know)
        for form, name in table.items()
        if canonical_speaker(form, know) != name
    }
    assert wrong == {}


_BRITISH = {"organisation": "organization", "programme": "program", "centre": "center"}


def _spellings(name: str) -> set[str]:
    """Keys under which two spellings of one name meet: its words, and its acronym."""
    words = [_BRITISH.get(w, w) for w in re.findall(r"[a-z0-9]+", name.lower())]
    acronym = re.search(r"\(([A-Za-z]+)\)$", name)
    keys = {" ".join(words)}
    if acronym is not None:
        keys.add(acronym.group(1).lower())
        keys.add(" ".join(words[:-1]))
    elif name.isupper() and " " not in name:
        keys.add(name.lower())
    return keys


def test_a_body_has_one_spelling_across_the_languages() -> None:
    spelt: dict[str, set[str]] = {}
    for lang in LANGS:
        for name in lexicon(lang).speakers.organizations_canonical.values():
            for key in _spellings(name):
                spelt.setdefault(key, set()).add(name)
    assert {key: names for key, names in spelt.items() if len(names) > 1} == {}


def test_one_spelling_check_sees_a_name_spelt_two_ways() -> None:
    assert _spellings("Doctors Without Borders (MSF)") & _spellings("MSF")
    assert _spellings("Shanghai Cooperation Organisation") & _spellings(
        "Shanghai Cooperation Organization"
    )
    assert not _spellings("African Union") & _spellings("European Union")


def test_every_arabic_body_is_also_listed_joined_to_the_preposition() -> None:
    # "وفقا للأمم المتحدة": the preposition is written joined to the name
    table = lexicon("ar").speakers.organizations_canonical
    missing = [
        form
        for form in table
        if not form.startswith("ل")
        and table.get("لل" + form[2:] if form.startswith("ال") else "ل" + form) != table[form]
    ]
    assert missing == []


@pytest.mark.parametrize(
    "text",
    [
        "По данным Европейского союза, в лагерях находятся 3000 мигрантов.",
        "По данным Сирийской обсерватории по правам человека, погибли 40 человек.",
    ],
)
def test_a_known_body_after_po_dannym_keeps_the_case_the_table_lists(text: str) -> None:
    (speaker,) = _speakers(text, "ru")
    assert speaker in {"European Union", "Syrian Observatory for Human Rights"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "وقال إن 3 آلاف مواطن من الدول الأعضاء في منظمة شنغهاي للتعاون يقاتلون في سوريا.",
            "ar",
        ),
        ("Some 3,000 citizens of Shanghai Cooperation Organisation states fight in Syria.", "en"),
    ],
)
def test_a_place_inside_a_known_bodys_name_is_no_place(text: str, lang: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang=lang))
    assert claim.places == ("Syria",)


def test_the_city_alone_is_still_a_place() -> None:
    (claim,) = extract(Document(id="x", text="Police in Shanghai detained 40 people.", lang="en"))
    assert claim.places == ("Shanghai",)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وقالت وزارة الصحة السورية إن 40 شخصا لقوا حتفهم.", "ar"),
        ("Министерство здравоохранения Сирии сообщило, что погибли 40 человек.", "ru"),
        ("Syria's health ministry said 40 people died.", "en"),
    ],
)
def test_a_countrys_health_ministry_is_named_with_its_country_in_every_language(
    text: str, lang: str
) -> None:
    (claim,) = extract(Document(id="x", text=text, lang=lang))
    assert claim.speaker is not None
    assert claim.speaker.lower() == "syrian health ministry"
