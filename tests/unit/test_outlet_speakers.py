"""Broadcasters and newspapers as speakers: one canonical name in every language.

A report copied or translated from an outlet is told from independent
confirmation by its speaker, so Al Jazeera, the BBC, RT, Kommersant and the
other outlets news copy cites are read under one name in English, Arabic and
Russian (``[organizations_canonical]`` of each ``speakers.toml``). An outlet
someone told ("told Al Jazeera", "لقناة الجزيرة", "рассказал «Медузе»") is
no speaker; a name that is also a common word ("الجزيرة العربية", "свобода")
names no outlet.
"""

from __future__ import annotations

import pytest

from reconcile import Document, extract


def _speakers(text: str, lang: str) -> list[str | None]:
    return [c.speaker for c in extract(Document(id="o.txt", text=text, lang=lang))]


@pytest.mark.parametrize(
    ("lang", "text", "outlet"),
    [
        ("en", "At least 21 miners were killed, Al Jazeera reported.", "Al Jazeera"),
        ("en", "Al Arabiya reported that 200 families had left the town.", "Al Arabiya"),
        ("en", "BBC Arabic reported that 300 people were detained.", "BBC"),
        ("en", "The Guardian reported that 40 migrants drowned off the coast.", "The Guardian"),
        ("en", "According to the Guardian, 40 migrants drowned off the coast.", "The Guardian"),
        ("en", "According to Russia Today, 12 soldiers were killed.", "RT"),
        (
            "en",
            "Radio Ozodi reported that 15 people were detained in Khujand.",
            "Radio Free Europe/Radio Liberty",
        ),
        (
            "en",
            "RFE/RL's Tajik Service reported that 15 people were detained.",
            "Radio Free Europe/Radio Liberty",
        ),
        ("en", "Deutsche Welle reported that 70 people were injured.", "Deutsche Welle (DW)"),
        (
            "en",
            "The New York Times reported that 1,200 civilians had died.",
            "The New York Times",
        ),
        ("en", "VOA said 30 journalists were detained.", "Voice of America"),
        ("en", "Al Jazeera's correspondent said 60 houses were destroyed.", "Al Jazeera"),
        ("ar", "وأفادت قناة العربية بأن 200 عائلة غادرت المدينة.", "Al Arabiya"),
        ("ar", "وذكرت قناة الجزيرة أن 21 عاملا قتلوا في المنجم.", "Al Jazeera"),
        ("ar", "وذكر موقع الجزيرة نت أن 40 مهاجرا غرقوا.", "Al Jazeera"),
        ("ar", "وقالت هيئة الإذاعة البريطانية إن 300 شخص اعتقلوا.", "BBC"),
        ("ar", "وبحسب بي بي سي، اعتقل 300 شخص.", "BBC"),
        ("ar", "وذكرت صحيفة الشرق الأوسط أن 52 شخصا قتلوا.", "Asharq Al-Awsat"),
        ("ar", "وقالت قناة روسيا اليوم إن 12 جنديا قتلوا.", "RT"),
        ("ar", "وذكرت شبكة سي إن إن أن 70 شخصا أصيبوا.", "CNN"),
        ("ar", "وذكرت فرانس 24 أن 15 شخصا اعتقلوا.", "France 24"),
        ("ar", "وذكرت صحيفة الغارديان أن 40 مهاجرا غرقوا.", "The Guardian"),
        ("ar", "وذكرت إذاعة صوت أمريكا أن 30 صحفيا اعتقلوا.", "Voice of America"),
        ("ru", "Как сообщает телеканал «Россия 24», 200 семей покинули город.", "Rossiya 24"),
        ("ru", "Би-би-си сообщает, что 300 человек задержаны.", "BBC"),
        ("ru", "Как сообщила Русская служба Би-би-си, 300 человек задержаны.", "BBC"),
        ("ru", "Источник «Коммерсанта» сообщил, что 40 сотрудников уволены.", "Kommersant"),
        ("ru", "По данным «Новой газеты», 1200 человек погибли.", "Novaya Gazeta"),
        (
            "ru",
            "Как сообщает Радио Озоди, задержаны 15 человек.",
            "Radio Free Europe/Radio Liberty",
        ),
        ("ru", "«Азаттык» сообщает, что 15 человек задержаны.", "Radio Free Europe/Radio Liberty"),
        ("ru", "Немецкая волна сообщает, что 70 человек пострадали.", "Deutsche Welle (DW)"),
        ("ru", "Телеканал «Аль-Джазира» сообщил, что 21 шахтер погиб.", "Al Jazeera"),
        ("ru", "Первый канал сообщил, что 30 человек эвакуированы.", "Channel One Russia"),
        ("ru", "Голос Америки сообщает, что 30 журналистов задержаны.", "Voice of America"),
        ("ru", "«Известия» пишут, что 40 сотрудников уволены.", "Izvestia"),
    ],
)
def test_an_outlet_speaks_under_its_canonical_name(lang: str, text: str, outlet: str) -> None:
    assert _speakers(text, lang) == [outlet]


@pytest.mark.parametrize(
    ("lang", "said", "outlet", "told", "speaker"),
    [
        (
            "en",
            "Al Jazeera reported that 200 families had left the city.",
            "Al Jazeera",
            "An official told Al Jazeera that 200 families had left the city.",
            "official",
        ),
        (
            "ar",
            "وذكرت قناة الجزيرة أن 200 عائلة غادرت المدينة.",
            "Al Jazeera",
            "وقال مسؤول لقناة الجزيرة إن 200 عائلة غادرت المدينة.",
            "official",
        ),
        (
            "ar",
            "وقالت قناة العربية إن 200 عائلة غادرت المدينة.",
            "Al Arabiya",
            "وقال مصدر أمني لقناة العربية إن 200 عائلة غادرت المدينة.",
            "security source",
        ),
        (
            "ar",
            "وذكر موقع الجزيرة نت أن 200 عائلة غادرت المدينة.",
            "Al Jazeera",
            # the bare name after "ل" is whom the speaker told
            "وقال أحمد سالم للجزيرة نت إن 200 عائلة غادرت المدينة.",
            "Ahmed Salm",
        ),
        (
            "ar",
            "وقالت الغارديان إن 200 عائلة غادرت المدينة.",
            "The Guardian",
            "وقال مسؤول للغارديان إن 200 عائلة غادرت المدينة.",
            "official",
        ),
        (
            "ru",
            "Как сообщает Би-би-си, 200 семей покинули город.",
            "BBC",
            # undeclined, then a word: whom the ministry's man told
            "Об этом сообщил Би-би-си представитель МВД: 200 семей покинули город.",
            "Interior Ministry",
        ),
        (
            "ru",
            "«Медуза» пишет, что 200 семей покинули город.",
            "Meduza",
            # a dative in quotation marks
            "Об этом рассказал «Медузе» глава района Иван Петров: 200 семей покинули город.",
            "Ivan Petrov",
        ),
        (
            "ru",
            "По данным «Новой газеты», 200 семей покинули город.",
            "Novaya Gazeta",
            "Об этом рассказал «Новой газете» глава района Иван Петров: 200 семей покинули город.",
            "Ivan Petrov",
        ),
        (
            "ru",
            "Как сообщает Радио Свобода, 200 семей покинули город.",
            "Radio Free Europe/Radio Liberty",
            "Об этом рассказал Радио Свобода глава района Иван Петров: 200 семей покинули город.",
            "Ivan Petrov",
        ),
    ],
)
def test_an_outlet_someone_told_is_no_speaker(
    lang: str, said: str, outlet: str, told: str, speaker: str
) -> None:
    assert _speakers(said, lang) == [outlet]
    assert _speakers(told, lang) == [speaker]


@pytest.mark.parametrize(
    ("lang", "name", "outlet", "word", "speaker"),
    [
        # the word a name is made of names no outlet
        (
            "en",
            "The Guardian said 200 migrants had drowned.",
            "The Guardian",
            "The Guardian Council said 200 candidates were disqualified.",
            "Guardian Council",
        ),
        (
            "en",
            "The Guardian said 200 dollars were missing.",
            "The Guardian",
            "In court, the guardian said 200 dollars were missing.",
            None,
        ),
        (
            "ar",
            "وقالت قناة الجزيرة إن 200 مهاجر وصلوا.",
            "Al Jazeera",
            "وصل 200 مهاجر إلى الجزيرة العربية.",
            None,
        ),
        (
            "ar",
            "وقالت قناة الجزيرة إن 200 عائلة غادرت المدينة.",
            "Al Jazeera",
            "وقال مسؤول في الجزيرة إن 200 عائلة غادرت المدينة.",
            "official",
        ),
        (
            "ar",
            # "روسيا اليوم" is also "Russia today": Russia speaks
            "وقالت قناة روسيا اليوم إن 200 عائلة غادرت المدينة.",
            "RT",
            "وقالت روسيا اليوم إن 200 عائلة غادرت المدينة.",
            "Russia",
        ),
        (
            "ru",
            "Радио Свобода сообщает, что 200 человек пострадали.",
            "Radio Free Europe/Radio Liberty",
            "Партия «Свобода» заявила, что 200 человек пострадали.",
            "Svoboda",
        ),
        (
            "ru",
            "Источник «Коммерсанта» сообщил, что 200 рабочих уволены.",
            "Kommersant",
            "По словам коммерсанта, 200 рабочих уволены.",
            None,
        ),
    ],
)
def test_a_common_word_in_an_outlets_name_names_no_outlet(
    lang: str, name: str, outlet: str, word: str, speaker: str | None
) -> None:
    assert _speakers(name, lang) == [outlet]
    assert _speakers(word, lang) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال مسؤول لوكالة رويترز إن 40 شخصا اعتقلوا.", "official"),
        ("وقال مسؤول لرويترز إن 40 شخصا اعتقلوا.", "official"),
        ("وقال مسؤول أمني لفرانس برس إن 40 شخصا اعتقلوا.", "security official"),
        ("وقال مسؤول لصحيفة الغارديان إن 40 شخصا اعتقلوا.", "official"),
        # (guards) a source in a body speaks for it; a title's body is its own
        ("وقال مصدر في الدفاع المدني إن 40 شخصا قتلوا.", "civil defence"),
        ("وقال المدير العام لوزارة الصحة إن 40 شخصا قتلوا.", "Health Ministry"),
    ],
)
def test_an_official_who_told_an_agency_is_the_speaker(text: str, speaker: str) -> None:
    assert _speakers(text, "ar") == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("По данным «Коммерсанта», погибли 12 человек.", "Kommersant"),
        ("Как сообщает «Медуза», погибли 12 человек.", "Meduza"),
        ("Как сообщает агентство «Интерфакс», погибли 12 человек.", "Interfax"),
        ("Как сообщает «Росбалт», погибли 12 человек.", "Rosbalt"),
        # (a guard) a name of several words in quotation marks, read as before
        ("По данным «Новой газеты», погибли 12 человек.", "Novaya Gazeta"),
    ],
)
def test_a_name_in_quotation_marks_after_the_verb_speaks(text: str, speaker: str) -> None:
    assert _speakers(text, "ru") == [speaker]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "en",
            "At least 40 people drowned, Indonesia's search and rescue agency said.",
            "Search and Rescue Agency",
        ),
        (
            "ar",
            "وأعلنت الوكالة الوطنية للبحث والإنقاذ أن 40 شخصا غرقوا.",
            "National Search and Rescue Agency",
        ),
        (
            "ru",
            "Погибли 45 человек, сообщило национальное поисково-спасательное агентство Индонезии.",
            "National Search and Rescue Agency",
        ),
        (
            "ru",
            "Поисково-спасательное агентство сообщило, что погибли 40 человек.",
            "Search and Rescue Agency",
        ),
    ],
)
def test_a_search_and_rescue_agency_is_one_source_in_every_language(
    lang: str, text: str, speaker: str
) -> None:
    assert _speakers(text, lang) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The White Helmets rescue group said 25 people had died.", "White Helmets"),
        ("The Airwars monitoring group said 25 people had died.", "Airwars"),
        # (guards) a place's body, a role in a body, a nationality's group
        ("The Gaza health ministry said 25 people had died.", "Gaza health ministry"),
        (
            "A senior Hamas security official said 25 people had died.",
            "senior Hamas security official",
        ),
        # (not "Syrian": the group speaks, as a body named by its kind does)
        ("The Syrian rescue group said 25 people had died.", "Syrian rescue group"),
    ],
)
def test_a_named_body_with_words_of_its_kind_after_it_speaks(
    text: str, speaker: str | None
) -> None:
    assert _speakers(text, "en") == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The health ministry and the White Helmets rescue group said 2,530 people had died.",
            "White Helmets",
        ),
        # (a guard) "and" inside one body's name
        (
            "The Disaster and Emergency Management Authority said 25 people had died.",
            "Disaster and Emergency Management Authority",
        ),
    ],
)
def test_two_bodies_joined_by_and_are_not_one_name(text: str, speaker: str) -> None:
    assert _speakers(text, "en") == [speaker]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Local media reported that 900 people were evacuated.", "en"),
        ("Some 900 people were evacuated, local media said.", "en"),
        ("Как пишут местные СМИ, эвакуированы 900 человек.", "ru"),
        ("Как сообщили местные СМИ, эвакуированы 900 человек.", "ru"),
        ("По данным местных СМИ, эвакуированы 900 человек.", "ru"),
        ("وذكرت وسائل الإعلام المحلية أن 900 شخص تم إجلاؤهم.", "ar"),
    ],
)
def test_the_local_press_is_one_source_in_every_language(text: str, lang: str) -> None:
    assert _speakers(text, lang) == ["local media"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Как сообщают в МЧС, эвакуированы 900 человек.", "Emergencies Ministry"),
        ("Как передают в полиции, задержаны 40 человек.", "police"),
    ],
)
def test_a_russian_present_plural_after_kak_names_its_source(text: str, speaker: str) -> None:
    assert _speakers(text, "ru") == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال لرويترز مسؤول في وزارة الصحة إن 40 شخصا قتلوا.", "Health Ministry"),
        ("وقالت لوكالة فرانس برس وزارة الداخلية إن 40 شخصا اعتقلوا.", "Interior Ministry"),
        # (guards) the outlet told after the speaker; the outlet that speaks itself
        ("وقال مسؤول في وزارة الصحة لرويترز إن 40 شخصا قتلوا.", "Health Ministry"),
        ("وقال رويترز إن 40 شخصا قتلوا.", "Reuters"),
    ],
)
def test_an_arabic_outlet_told_before_the_speaker_is_no_speaker(text: str, speaker: str) -> None:
    assert _speakers(text, "ar") == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A monitoring group said 40 people were detained.", "monitoring group"),
        ("A local charity said 40 people were detained.", "local charity"),
        ("Human rights groups put the number of arrests at 200.", "rights groups"),
        ("Rights groups said 40 people were detained.", "rights groups"),
        # (guards) a name before the words of its kind; a rights group by name
        ("The Airwars monitoring group said 40 people were detained.", "Airwars"),
        ("Human Rights Watch said 40 people were detained.", "Human Rights Watch"),
    ],
)
def test_a_body_named_by_what_it_does_is_no_article(text: str, speaker: str) -> None:
    # "A monitoring group said" gave the speaker "A"
    assert _speakers(text, "en") == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Погибли 8574 человека, заявил вице-президент страны Фуат Октай.", "Fuat Oktay"),
        ("По словам вице-премьера Алексея Оверчука, погибли 40 человек.", "Aleksei Overchuk"),
    ],
)
def test_a_russian_vice_title_before_a_name_is_no_part_of_it(text: str, speaker: str) -> None:
    assert _speakers(text, "ru") == [speaker]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("658 people died, a diplomat said.", "en", "diplomat"),
        ("Egypt accounted for 658 of the dead, an Arab diplomat told AFP.", "en", "Arab diplomat"),
        ("Погибли 658 человек, сообщил арабский дипломат.", "ru", "diplomat"),
        ("По словам дипломата, погибли 658 человек.", "ru", "diplomat"),
        ("وقال دبلوماسي عربي إن 658 شخصا توفوا.", "ar", "diplomat"),
    ],
)
def test_an_unnamed_diplomat_speaks_in_every_language(text: str, lang: str, speaker: str) -> None:
    assert _speakers(text, lang) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a country's possessive is its adjective, as other languages write it
        ("Indonesia's health ministry put its toll at 199.", "Indonesian health ministry"),
        ("The health ministry put its toll at 199.", "health ministry"),
    ],
)
def test_a_body_putting_its_own_toll_speaks(text: str, speaker: str) -> None:
    assert _speakers(text, "en") == [speaker]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Syria's health ministry said 40 people died.", "en"),
        ("The Syrian health ministry said 40 people died.", "en"),
    ],
)
def test_a_countrys_possessive_and_its_adjective_name_one_body(text: str, lang: str) -> None:
    assert _speakers(text, lang) == ["Syrian health ministry"]


def test_a_regions_possessive_is_not_its_countrys_adjective() -> None:
    # Chechens live in Chechnya, within Russia: "Russia's" is never "Chechen"
    assert _speakers("Russia's foreign ministry said 40 people were evacuated.", "en") == [
        "Russian foreign ministry"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "According to the Los Angeles Times, 40 people died.",
        "Forty people died, the Houston Chronicle reported.",
    ],
)
def test_a_city_in_a_newspapers_title_is_no_place(text: str) -> None:
    (claim,) = extract(Document(id="x", text=text, lang="en"))
    assert claim.places == ()
