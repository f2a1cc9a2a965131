"""Places by role: where the counted people are or were, not where they come from or went."""

from __future__ import annotations

import pytest

from reconcile import Document, extract
from reconcile.documents import parse_document


def _places(text: str, lang: str) -> list[tuple[str, ...]]:
    return [c.places for c in extract(Document(id="t.txt", text=text, lang=lang))]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a return is placed where people came from, not where they went
        ("Officials said 45 women returned from Syria to Kazakhstan.", "en", ("Syria",)),
        ("Чиновники сообщили, что 45 женщин вернулись из Сирии в Казахстан.", "ru", ("Syria",)),
        ("وقال مسؤولون إن 45 امرأة عادوا من سوريا إلى كازاخستان.", "ar", ("Syria",)),
        # the origin of a group is who they are, not where they are
        ("Officials said 45 men from Kazakhstan are fighting in Syria.", "en", ("Syria",)),
        ("По данным ведомства, 45 выходцев из Казахстана воюют в Сирии.", "ru", ("Syria",)),
    ],
)
def test_place_by_role(text: str, lang: str, expected: tuple[str, ...]) -> None:
    assert _places(text, lang)[-1] == expected


def test_a_dateline_city_is_not_a_place() -> None:
    text = "Headline\n\nASTANA, June 3. Officials said 45 women were detained last week."
    assert _places(text, "en") == [()]


def test_a_dateline_city_in_russian_is_not_a_place() -> None:
    text = "Заголовок\n\nАстана, 3 июня. По данным ведомства, задержаны 45 человек."
    assert _places(text, "ru") == [()]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Speaking at a security forum in Almaty, the minister said 45 Kazakh men had died.", "en"),
        ("وقال الوزير خلال مؤتمر صحفي عقده في القاهرة إن 45 رجلا قتلوا.", "ar"),
        ("Выступая на заседании в Алматы, министр сообщил, что погибли 45 мужчин.", "ru"),
    ],
)
def test_where_a_figure_is_announced_is_no_place(text: str, lang: str) -> None:
    assert _places(text, lang) == [()]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Officials spoke of Libya. After a visit to Kabul, the envoy said 900 Uzbek"
            " fighters remain in the camps.",
            "en",
        ),
        (
            'تحدث المسؤولون عن ليبيا. وبعد زيارة الوفد إلى كابول، قال المبعوث: "هناك 900 مقاتل'
            ' أوزبكي".',
            "ar",
        ),
        (
            "Чиновники говорили о Ливии. После визита делегации в Кабул посланник заявил, что"
            " там 900 узбекских боевиков.",
            "ru",
        ),
    ],
)
def test_where_a_visit_went_is_no_place(text: str, lang: str) -> None:
    # the sentence before names where the people are
    assert _places(text, lang)[-1] == ("Libya",)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # people counted away from home: their home country is where they came from
        ("Officials in Tunisia said 900 Tunisian fighters are in Syria.", "en", ("Syria",)),
        ("وقال مسؤولون في تونس إن 900 مقاتل تونسي يقاتلون في سوريا.", "ar", ("Syria",)),
        # held at home: the home is where they are
        (
            "Officials in Tunisia said 900 Tunisian nationals were detained in Syria.",
            "en",
            ("Tunisia", "Syria"),
        ),
        # the home alone stays: nothing says they are elsewhere
        ("Officials said 900 Tunisian fighters had been killed in Tunisia.", "en", ("Tunisia",)),
    ],
)
def test_home_country_of_people_counted_abroad(
    text: str, lang: str, expected: tuple[str, ...]
) -> None:
    assert _places(text, lang)[-1] == expected


def test_a_place_in_an_aside_the_figure_is_not_in_is_no_place() -> None:
    text = "Боевики ИГ (организация запрещена в России) убили 30 жителей Мосула."
    assert _places(text, "ru") == [("Mosul",)]


def _claims(text: str, lang: str) -> list[tuple[float | None, str | None, tuple[str, ...]]]:
    doc = Document(id="t.txt", text=text, lang=lang)
    return [(c.quantity.low, c.measure, c.places) for c in extract(doc)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a nationality names who the people are: part of the subject, never a place
        ("The agency said 70 citizens of Uzbekistan had died.", "en"),
        ("По данным ведомства, погибли 70 граждан Узбекистана.", "ru"),
        ("وقالت الوكالة إن 70 من مواطني أوزبكستان لقوا حتفهم.", "ar"),
    ],
)
def test_a_nationality_is_no_place(text: str, lang: str) -> None:
    assert _places(text, lang) == [()]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # every place of a list that "from" opens is an origin, with a word between
        (
            "Он сообщил, что в Афганистане воюют 900 граждан из Казахстана и стран Кавказа.",
            "ru",
            ("Afghanistan",),
        ),
        (
            "He said 900 fighters from the Gulf states, Kazakhstan and Turkey are in Afghanistan.",
            "en",
            ("Afghanistan",),
        ),
    ],
)
def test_every_place_of_an_origin_list_is_an_origin(
    text: str, lang: str, expected: tuple[str, ...]
) -> None:
    assert _places(text, lang) == [expected]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the seat of an office says whose office speaks, not where people are
        ("Уточнил глава Дагестана: погибли 12 человек.", "ru"),
        ("Kazakhstan's human rights commissioner said 12 people had died.", "en"),
        ("وقال رئيس جمهورية داغستان إن 12 شخصا لقوا حتفهم.", "ar"),
    ],
)
def test_the_seat_of_an_office_is_no_place(text: str, lang: str) -> None:
    assert _places(text, lang) == [()]


def test_a_place_after_an_office_and_a_preposition_is_a_place() -> None:
    text = "The head of police in Kazakhstan said 12 people had died."
    assert _places(text, "en") == [("Kazakhstan",)]


def test_a_return_destination_before_the_verb_is_no_place() -> None:
    # "в Казахстан вернулись": whither they came back; where they were is said before
    text = (
        "Граждане Казахстана воевали в Сирии. "
        "Власти сообщили, что в Казахстан уже вернулись 40 женщин."
    )
    assert _claims(text, "ru") == [(40, "returned", ("Syria",))]


# more than the few hundred characters a claim looks back for a place it names
_FILLER_EN = (
    "Their spokesman refused to take questions from the audience for an hour.\n\n"
    "Later the officials met again, and again, and again, for many long hours.\n\n"
) * 3
_FILLER_RU = (
    "Их представитель отказался отвечать на вопросы из зала в течение часа.\n\n"
    "Позже чиновники встречались снова и снова, много долгих часов подряд.\n\n"
) * 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Fighting in Afghanistan continued. Officials met the press on Monday.\n\n"
            + _FILLER_EN
            + "They said at least 35 people had died. The army says so.",
            "en",
        ),
        (
            "Бои в Афганистане продолжаются. Чиновники встретились с прессой.\n\n"
            + _FILLER_RU
            + "Они сообщили, что погибли по меньшей мере 35 человек.",
            "ru",
        ),
        (
            "تتواصل المعارك في أفغانستان منذ أسابيع.\n\n"
            + (
                "ورفض المتحدث باسمهم الرد على أسئلة الحضور طوال ساعة كاملة.\n\n"
                "ثم اجتمع المسؤولون مرة أخرى ومرة ثالثة لساعات طويلة جدا.\n\n"
            )
            * 3
            + "وقالوا إن 35 شخصا على الأقل لقوا حتفهم.",
            "ar",
        ),
        (
            # a footnote names no place of the article
            "В Афганистане погибли 30 человек.\n\n"
            + _FILLER_RU
            + "Еще 35 человек задержаны.\n\n*Организация запрещена в Казахстане",
            "ru",
        ),
    ],
)
def test_a_claim_without_a_place_takes_the_articles_one_place(text: str, lang: str) -> None:
    assert _places(text, lang)[-1] == ("Afghanistan",)


def test_an_article_with_two_places_gives_none_to_a_claim_without_one() -> None:
    text = (
        "Fighting in Afghanistan continued. Fighting in Yemen continued too.\n\n"
        + _FILLER_EN
        + "They said at least 35 people had died."
    )
    assert _places(text, "en")[-1] == ()


def test_whither_people_returned_is_not_the_articles_place() -> None:
    # the returnees are home now: a later figure about them may be placed there
    text = (
        "Fighting in Afghanistan continued.\n\n"
        "Some 20 women returned to Kazakhstan last year, officials said.\n\n"
        "Of them, 12 were detained on arrival."
    )
    assert _places(text, "en") == [("Afghanistan",), ("Kazakhstan",)]


def test_a_later_return_does_not_inherit_whither_the_first_one_went() -> None:
    text = (
        "Officials said 20 women were flown home to Kazakhstan last week.\n\n"
        "Another 15 women returned on Friday."
    )
    assert _places(text, "en") == [(), ()]


def test_from_after_people_in_the_sentence_names_who_another_figure_counts() -> None:
    text = "Пятеро детей — из Бишкека, а 12 — из Оша, сообщили в ведомстве."
    assert _places(text, "ru") == [(), ()]


def test_from_after_a_verb_is_a_place_of_the_sentence() -> None:
    text = "Reporters obtained from the Aleppo morgue a list of 900 names of people killed."
    assert _places(text, "en") == [("Aleppo",)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Aid groups said the shelling had emptied the city of Raqqa in northern Syria."
            " Officials said thousands of people are still missing.",
            "en",
        ),
        (
            "وقالت منظمات إغاثة إن القصف أفرغ مدينة الرقة في شمال سوريا."
            " وقال مسؤولون إن آلاف الأشخاص لا يزالون مفقودين.",
            "ar",
        ),
        (
            "Правозащитники сообщили, что обстрелы опустошили Ракку на севере Сирии."
            " По словам чиновников, тысячи человек до сих пор пропали без вести.",
            "ru",
        ),
    ],
)
def test_a_place_named_with_where_it_lies_is_remembered_whole(text: str, lang: str) -> None:
    # "Raqqa in northern Syria" is an address: the town is not dropped for its country
    assert _places(text, lang) == [("Raqqa", "Syria")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Another 230 prisoners of war were exchanged on Wednesday, Kyiv said.", "en"),
        ("Moscow said 40 soldiers had been freed.", "en"),
        ("Москва заявила, что освобождены 40 военнослужащих.", "ru"),
        ("Освобождены 40 военнослужащих, сообщила Москва.", "ru"),
        ("وقالت موسكو إن 40 جنديا أطلق سراحهم.", "ar"),
    ],
)
def test_a_capital_speaking_for_its_government_is_no_place(text: str, lang: str) -> None:
    (claim,) = extract(Document(id="t.txt", text=text, lang=lang))
    assert claim.speaker in ("Kyiv", "Moscow")
    assert claim.places == ()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Protesters in Moscow said 40 people were detained.", "en"),
        ("Протестующие в Москве сообщили, что задержаны 40 человек.", "ru"),
        ("وقال متظاهرون في موسكو إن 40 شخصا اعتقلوا.", "ar"),
    ],
)
def test_a_capital_where_the_speakers_are_is_still_a_place(text: str, lang: str) -> None:
    (claim,) = extract(Document(id="t.txt", text=text, lang=lang))
    assert claim.places == ("Moscow",)
    assert claim.speaker in ("Protesters in Moscow", "protesters", "demonstrators")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("1,500 people died in Turkey and 430 in Syria.", "en"),
        ("1,500 died in Turkey, 430 died in Syria.", "en"),
        ("لقي 1500 شخص حتفهم في تركيا و430 في سوريا.", "ar"),
    ],
)
def test_each_figure_of_a_clause_takes_the_place_it_names(text: str, lang: str) -> None:
    assert _places(text, lang) == [("Turkey",), ("Syria",)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place before both figures, none after either: both are there
        ("In Turkey, 1,500 people died, and 430 were injured.", [("Turkey",), ("Turkey",)]),
        # a place after the last figure only: both figures' place
        ("The quake killed 1,500 people and injured 430 in Turkey.", [("Turkey",), ("Turkey",)]),
        # the office's place before the first figure is every figure's
        (
            "Officials in Sughd detained 12 men in Khujand and 5 women in Dushanbe.",
            [("Sughd", "Khujand"), ("Sughd", "Dushanbe")],
        ),
    ],
)
def test_a_place_no_figure_claims_for_itself_is_shared(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    assert _places(text, "en") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Из Судана бежали более 1,5 млн человек.",
        "Более 1,5 млн человек бежали из Судана.",
    ],
)
def test_the_country_people_fled_is_their_place_below_front_matter(text: str) -> None:
    # the front matter's digits and closing dashes are no figure before "из"
    doc = parse_document("---\npublished: 2024-03-10\nlang: ru\n---\n" + text + "\n", "a.txt")
    (claim,) = extract(doc)
    assert (claim.measure, claim.places) == ("displaced", ("Sudan",))


@pytest.mark.parametrize(
    "text", ["Из тюрьмы бежали 12 заключенных.", "12 заключенных бежали из колонии."]
)
def test_fleeing_a_prison_is_an_escape(text: str) -> None:
    (claim,) = extract(Document(id="t.txt", text=text, lang="ru"))
    assert claim.measure == "escaped"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Milan Kundera said 40 people came to the reading.", "en"),
        ("Sydney Smith told reporters 40 people died.", "en"),
        ("Милан Кундера сообщил, что пришли 40 человек.", "ru"),
    ],
)
def test_a_place_opening_the_speakers_name_is_no_place(text: str, lang: str) -> None:
    (claim,) = extract(Document(id="t.txt", text=text, lang=lang))
    assert claim.places == ()


def test_a_place_with_its_kind_before_a_verb_is_still_a_place() -> None:
    text = "Officials in Mosul Governorate said 40 died."
    assert _places(text, "en") == [("Mosul",)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("В Россию вернулись 230 военнослужащих.", "ru", ()),
        ("230 soldiers returned to Ukraine.", "en", ()),
        # where they were held, named before, is where they came back from
        ("Военные были в плену в Сирии. В Россию вернулись 230 военнослужащих.", "ru", ("Syria",)),
    ],
)
def test_the_home_people_returned_to_is_no_place_even_as_the_articles(
    text: str, lang: str, expected: tuple[str, ...]
) -> None:
    assert _places(text, lang)[-1] == expected
