"""Russian read from reconcile/lang/ru/: numbers, qualifiers, ranges, and claims.

Only what the scanner reads today is here; the cases that wait for a change
(the distributive "по 300") are listed in ru_cases_pending.toml.
"""

import pytest

from reconcile import Document, extract, quantities
from reconcile.lang import detect_language, lexicon

CASES = [
    # hundreds words before tens and units, "полтора" as 1.5, and a scale's
    # genitive singular after a governing word (were ru_cases_pending.toml)
    ("12 500 человек", [("12 500", 12500, 12500, "exact")]),
    ("1 000 беженцев", [("1 000", 1000, 1000, "exact")]),
    ("около 2 719 граждан", [("около 2 719", 2719, 2719, "approx")]),
    ("1 234 567", [("1 234 567", 1234567, 1234567, "exact")]),
    ("триста пятьдесят семь", [("триста пятьдесят семь", 357, 357, "exact")]),
    ("двумястами пятьюдесятью шестью", [("двумястами пятьюдесятью шестью", 256, 256, "exact")]),
    ("сто двадцать пять", [("сто двадцать пять", 125, 125, "exact")]),
    ("три тысячи двести пятьдесят", [("три тысячи двести пятьдесят", 3250, 3250, "exact")]),
    ("полторы тысячи человек", [("полторы тысячи", 1500, 1500, "exact")]),
    ("около полутора тысяч", [("около полутора тысяч", 1500, 1500, "approx")]),
    ("полтора миллиона", [("полтора миллиона", 1500000, 1500000, "exact")]),
    ("от 2 до 3 тысяч", [("от 2 до 3 тысяч", 2000, 3000, "range")]),
    ("2–3 тысячи", [("2–3 тысячи", 2000, 3000, "range")]),
    ("2,5–3 тыс.", [("2,5–3 тыс", 2500, 3000, "range")]),
    ("10 000-12 000", [("10 000-12 000", 10000, 12000, "range")]),
    ("около тысячи человек", [("около тысячи", 1000, 1000, "approx")]),
    ("до тысячи человек", [("до тысячи", None, 1000, "at_most")]),
    ("около сотни", [("около сотни", 100, 100, "approx")]),
    ("10 тыс. смертей", [("10 тыс", 10000, 10000, "exact")]),
    ("около тысячи двухсот человек", [("около тысячи двухсот", 1200, 1200, "approx")]),
    ("свыше сотни домов", [("свыше сотни", 100, None, "at_least")]),
    ("сто, двести", [("сто", 100, 100, "exact"), ("двести", 200, 200, "exact")]),
    ("сто двести", [("сто", 100, 100, "exact"), ("двести", 200, 200, "exact")]),
    ("10тысяч человек", [("10тысяч", 10000, 10000, "exact")]),
    ("девятьсот девяносто девять", [("девятьсот девяносто девять", 999, 999, "exact")]),
    # number words, in every case and gender
    ("двадцать пять", [("двадцать пять", 25, 25, "exact")]),
    ("сорок одна женщина", [("сорок одна", 41, 41, "exact")]),
    ("двух", [("двух", 2, 2, "exact")]),
    ("четырьмя", [("четырьмя", 4, 4, "exact")]),
    ("трёх детей", [("трёх", 3, 3, "exact")]),
    ("трех детей", [("трех", 3, 3, "exact")]),
    ("двухсот", [("двухсот", 200, 200, "exact")]),
    ("двумстам", [("двумстам", 200, 200, "exact")]),
    ("пятеро из них", [("пятеро", 5, 5, "exact")]),
    ("две тысячи двадцать", [("две тысячи двадцать", 2020, 2020, "exact")]),
    ("семь тысяч четыре", [("семь тысяч четыре", 7004, 7004, "exact")]),
    ("двадцать одним миллионом", [("двадцать одним миллионом", 21000000, 21000000, "exact")]),
    ("двести тысяч", [("двести тысяч", 200000, 200000, "exact")]),
    ("тысяча человек", [("тысяча", 1000, 1000, "exact")]),
    ("три десятка", [("три десятка", 30, 30, "exact")]),
    ("полсотни", [("полсотни", 50, 50, "exact")]),
    # digits with scale words and abbreviations, decimal commas
    ("3 тысячи", [("3 тысячи", 3000, 3000, "exact")]),
    ("3,7 тысячи", [("3,7 тысячи", 3700, 3700, "exact")]),
    ("2,5 тыс. человек", [("2,5 тыс", 2500, 2500, "exact")]),
    ("10 тыс. человек", [("10 тыс", 10000, 10000, "exact")]),
    ("1,5 млн беженцев", [("1,5 млн", 1500000, 1500000, "exact")]),
    ("2 млрд рублей", [("2 млрд", 2000000000, 2000000000, "exact")]),
    # vague quantities
    ("десятки погибших", [("десятки", 20, 99, "vague")]),
    ("сотни граждан", [("сотни", 100, 999, "vague")]),
    ("тысячи людей", [("тысячи", 1000, 9999, "vague")]),
    ("десятки тысяч беженцев", [("десятки тысяч", 10000, 99999, "vague")]),
    ("несколько человек", [("несколько", 3, 9, "vague")]),
    ("несколько сотен", [("несколько сотен", 300, 900, "vague")]),
    ("нескольких тысяч", [("нескольких тысяч", 3000, 9000, "vague")]),
    ("более десятка", [("более десятка", 10, None, "at_least")]),
    # qualifiers before and after
    ("около 300 человек", [("около 300", 300, 300, "approx")]),
    ("порядка 2400 граждан", [("порядка 2400", 2400, 2400, "approx")]),
    ("примерно 50", [("примерно 50", 50, 50, "approx")]),
    ("приблизительно 50", [("приблизительно 50", 50, 50, "approx")]),
    ("где-то 40", [("где-то 40", 40, 40, "approx")]),
    ("около двух тысяч человек", [("около двух тысяч", 2000, 2000, "approx")]),
    ("более 25 тысяч", [("более 25 тысяч", 25000, None, "at_least")]),
    ("свыше 500", [("свыше 500", 500, None, "at_least")]),
    ("больше 500", [("больше 500", 500, None, "at_least")]),
    ("более чем 300", [("более чем 300", 300, None, "at_least")]),
    ("не менее 50", [("не менее 50", 50, None, "at_least")]),
    ("по меньшей мере 12", [("по меньшей мере 12", 12, None, "at_least")]),
    ("по крайней мере 12", [("по крайней мере 12", 12, None, "at_least")]),
    ("как минимум 1800", [("как минимум 1800", 1800, None, "at_least")]),
    ("превысило 2400 человек", [("превысило 2400", 2400, None, "at_least")]),
    ("более ста детей", [("более ста", 100, None, "at_least")]),
    ("до 11 тысяч", [("до 11 тысяч", None, 11000, "at_most")]),
    ("не более 100", [("не более 100", None, 100, "at_most")]),
    ("не превышает 500", [("не превышает 500", None, 500, "at_most")]),
    ("менее 20", [("менее 20", None, 20, "at_most")]),
    ("меньше 20", [("меньше 20", None, 20, "at_most")]),
    ("максимум 20", [("максимум 20", None, 20, "at_most")]),
    ("лишь 326", [("лишь 326", 326, 326, "exact")]),
    ("только 12", [("только 12", 12, 12, "exact")]),
    ("300 с лишним человек", [("300 с лишним", 300, 300, "approx")]),
    ("50 и более", [("50 и более", 50, None, "at_least")]),
    # ranges
    ("от 200 до 300 человек", [("от 200 до 300", 200, 300, "range")]),
    ("от 9 тысяч до 11 тысяч", [("от 9 тысяч до 11 тысяч", 9000, 11000, "range")]),
    ("200–300 человек", [("200–300", 200, 300, "range")]),
    ("200 — 300 человек", [("200 — 300", 200, 300, "range")]),
    ("между 200 и 300", [("между 200 и 300", 200, 300, "range")]),
    ("двое или трое", [("двое или трое", 2, 3, "range")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_russian_quantities(text, expected):
    got = [(q.text, q.low, q.high, q.qualifier.value) for q in quantities(text, language="ru")]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "direction"),
    [("почти 2000", "below"), ("без малого 2000", "below"), ("чуть более 300", "above")],
)
def test_russian_approximations_keep_their_direction(text, direction):
    (q,) = quantities(text, language="ru")
    assert q.qualifier.value == "approx"
    assert q.direction is not None
    assert q.direction.value == direction


def test_cyrillic_text_is_russian():
    assert detect_language("около 300 граждан Таджикистана воюют в Сирии") == "ru"
    assert detect_language("Around 300 Tajiks") == "en"
    assert lexicon("ru-RU").code == "ru"


def test_a_spelling_with_yo_and_one_with_ye_read_alike():
    assert quantities("трёх", language="ru")[0].low == quantities("трех", language="ru")[0].low


def _claims(text: str, published: str | None = "2016-03-01"):
    return extract(Document(id="ru.txt", text=text, lang="ru", published=published))


def test_a_russian_sentence_gives_its_claim():
    (claim,) = _claims("По данным ведомства, в Сирии воюют около 400 граждан Таджикистана.")
    assert (claim.quantity.low, claim.quantity.qualifier.value) == (400, "approx")
    assert claim.measure == "fighters"
    assert claim.subject == "Tajik nationals"
    assert claim.places == ("Syria",)
    assert claim.unit == "people"
    assert claim.lang == "ru"


@pytest.mark.parametrize(
    ("text", "measure", "subject", "places"),
    [
        ("Из Ирака вернулись 12 женщин.", "returned", "women", ("Iraq",)),
        ("В Душанбе задержаны 7 кыргызстанцев.", "detained", "Kyrgyz nationals", ("Dushanbe",)),
        (
            "На Ближнем Востоке погибли более 80 казахстанцев.",
            "killed",
            "Kazakh nationals",
            ("Middle East",),
        ),
        ("Суд осудил 15 выходцев из Центральной Азии.", "convicted", "Central Asian nationals", ()),
        ("В лагере живут 900 детей из Узбекистана.", "population", "Uzbek children", ()),
    ],
)
def test_measures_subjects_and_places_in_their_case_forms(text, measure, subject, places):
    (claim,) = _claims(text)
    assert claim.measure == measure
    assert claim.subject == subject
    assert claim.places == places


def test_a_year_and_a_date_are_not_counts():
    claims = _claims("В 2015 году, 20 декабря, вернулись 30 человек.")
    assert [c.quantity.low for c in claims] == [30]


def test_an_age_and_a_share_are_not_counts():
    assert _claims("Ему 25 лет, его задержали.") == ()
    assert _claims("Погибли 15 процентов.") == ()


def test_russian_names_meet_their_latin_spelling():
    from reconcile.names import latin_key

    assert latin_key("Рахимзода") == latin_key("Rahimzoda")
    assert latin_key("Халимов") == latin_key("Khalimov")


def _speaker_of(text: str, figure: str) -> str | None:
    found = [c for c in _claims(text) if c.quantity.text == figure]
    assert found, f"no claim for {figure!r}"
    return found[0].speaker


SPEAKERS = [
    # "Как" opening the sentence is no name; a source with no name is "source"
    (
        "Как сообщил источник в дипломатических кругах, домой вернулись 40 детей.",
        "40",
        "source",
    ),
    # the name right after the titles, not the capitalised place ending the clause
    (
        "В Сирии воюют 500 граждан, сообщил первый заместитель директора ФСБ генерал"
        " Иван Петров по итогам встречи в Ташкенте.",
        "500",
        "Ivan Petrov",
    ),
    # "по ее словам": the titled person named last, though her verb reports nothing
    (
        "Правозащитница Мария Иванова обвинила чиновников в бездействии.\n\n"
        "По ее словам, в лагерях остаются 300 женщин.",
        "300",
        "Mariya Ivanova",
    ),
    # an office with no name ("глава Дагестана") is the person quoted just before;
    # a place before ", написал" ends the reported clause
    (
        "Детей привезут в Москву, написал Петров в своём канале.\n\n"
        "Домой вернутся 12 детей из Дагестана, уточнил глава Дагестана.",
        "12",
        "Petrov",
    ),
    # a date between "как сообщает" and the agency; the agency's noun, then its name
    (
        "Как сообщает 5 марта агентство Reuters, в городе погибли 200 человек.",
        "200",
        "Reuters",
    ),
    # "агентство пишет" in the next paragraph goes on with the agency named before
    (
        "Как сообщает агентство Reuters, в городе погибли 200 человек.\n\n"
        "Ссылаясь на врачей, агентство пишет, что 80 раненых остаются в больнице.",
        "80",
        "Reuters",
    ),
    # a headline with no source takes the one the next lines name
    (
        "Не менее 40 мирных жителей погибли при обстреле\n\n"
        "Агентство Reuters в четверг сообщило, что при обстреле рынка погибли"
        " не менее 40 мирных жителей.",
        "Не менее 40",
        "Reuters",
    ),
    # an office every country has, and the country after it in the genitive
    (
        "МИД Казахстана сообщил, что из Сирии вернулись 40 граждан.",
        "40",
        "Kazakh Foreign Ministry",
    ),
    (
        "Генпрокуратура Узбекистана заявила, что осуждены 25 человек.",
        "25",
        "Uzbek Prosecutor General's Office",
    ),
    # speaker nouns with no name, in English as the other languages give them
    ("По оценке местных властей, город покинули 600 человек.", "600", "local authorities"),
    ("Правозащитники говорят о 250 задержанных.", "250", "rights activists"),
    # a spokesman of "the agency" speaks for the body named before
    (
        "По данным МВД, в Сирии находятся 300 граждан.\n\n"
        "Как сообщил в среду представитель ведомства, домой вернулись 45 человек.",
        "45",
        "Interior Ministry",
    ),
    # a quotation in guillemets, a dash, then "заявил он": the person titled before
    (
        "На брифинге выступил председатель комитета Иван Сидоров.\n\n"
        "«Домой вернулись 42 человека», — заявил он журналистам.",
        "42",
        "Ivan Sidorov",
    ),
    # a body's neuter verb, a modifier inside its name, an adverb opening the sentence
    (
        "Ранее МВД республики сообщало, что погибли не менее 60 граждан страны.",
        "не менее 60",
        "Interior Ministry",
    ),
    # a name after "по словам" is in the genitive: read back as the nominative
    (
        "По словам главы МВД Рамазона Рахимзоды, в Сирии воюют 1000 граждан.",
        "1000",
        "Ramazon Rakhimzoda",
    ),
    (
        "По словам уполномоченного по правам ребенка Анны Кузнецовой, в лагерях"
        " находятся 100 детей.",
        "100",
        "Anna Kuznetsova",
    ),
    # and "он" after it is that person, in the nominative as well
    (
        "По словам председателя комитета Владимира Жумаканова, в Сирии находятся"
        " 300 граждан.\n\n«Домой вернулись 42 человека», — заявил он.",
        "42",
        "Vladimir Zhumakanov",
    ),
    # the source of a source ("со ссылкой на") gives way to the one who reports;
    # a name in guillemets before the verb
    (
        "Со ссылкой на источники в полиции агентство «Кабар» сообщило, что задержаны 15 человек.",
        "15",
        "Kabar",
    ),
    # "AP" typed in Cyrillic, a weekday between the name and its verb
    (
        "Агентство АР в понедельник сообщило, что погибли 70 мирных жителей.",
        "70",
        "Associated Press",
    ),
]


@pytest.mark.parametrize(("text", "figure", "speaker"), SPEAKERS)
def test_russian_speakers(text, figure, speaker):
    assert _speaker_of(text, figure) == speaker


def test_a_period_in_the_body_is_not_the_publication_date():
    from reconcile.extraction.dates import find_published

    text = (
        "Как сообщает 3 апреля агентство Reuters, в боях погибли 500 человек.\n\n"
        "Бои за город шли с 1 марта 2016 года по 2 мая 2017 года.\n\n"
        "12 июня 2016 года в столице прошёл парад."
    )
    # the yearless day opening the text, in the latest year named, is later
    # than any full date the body gives: it is the day of the news
    assert find_published(text, language="ru") == "2017-04-03"


def test_a_day_opening_a_period_is_not_the_news_day():
    from reconcile.extraction.dates import find_published

    text = "С 5 мая в лагере остаются 300 семей.\n\nЛагерь открыли в 2016 году."
    assert find_published(text, language="ru") is None


def test_a_figure_after_the_opening_sentence_takes_no_later_source():
    text = (
        "Власти открыли новый лагерь.\n\n"
        "В лагере живут 300 семей.\n\n"
        "Агентство Reuters в четверг сообщило, что лагерь переполнен."
    )
    assert _speaker_of(text, "300") is None


def test_the_city_of_a_meeting_is_no_place_of_the_figures_told_there():
    text = (
        "Министр Иван Петров выступил по итогам заседания совета безопасности в Ташкенте.\n\n"
        "Он отметил, что 300 граждан республики воюют в рядах боевиков."
    )
    [claim] = _claims(text)
    assert claim.places == ()
    assert claim.speaker == "Ivan Petrov"


AS_OF = [
    # a weekday: the last such day on or before the publication day (a Thursday)
    ("Агентство Reuters в среду сообщило, что погибли 70 человек.", "70", "2017-12-20"),
    # a day and a month in the genitive, with no year: the latest before publication
    ("Как сообщил 20 ноября министр Иван Петров, задержаны 12 человек.", "12", "2017-11-20"),
    ("В ноябре 2014 года в Сирию уехали 200 граждан.", "200", "2014-11"),
    ("В прошлом году домой вернулись 45 женщин.", "45", "2016"),
    ("За прошлый год на родину вернулись 38 человек.", "38", "2016"),
    # nothing said: the day of publication
    ("На данный момент в лагере остаются 900 детей.", "900", "2017-12-21"),
]


@pytest.mark.parametrize(("text", "figure", "as_of"), AS_OF)
def test_russian_times_resolve_against_the_publication_date(text, figure, as_of):
    [claim] = [c for c in _claims(text, "2017-12-21") if c.quantity.text == figure]
    assert claim.as_of == as_of


def test_a_headline_takes_its_source_from_the_first_reporting_sentence_only():
    text = (
        "В области задержаны 14 вербовщиков\n\n"
        "Полиция задержала 14 человек, сообщила в четверг пресс-служба ведомства.\n\n"
        "По словам министра Ивана Петрова, вербовщики действовали два года."
    )
    assert _speaker_of(text, "14") is None


def test_a_press_office_after_a_list_of_places_speaks_for_its_body():
    text = (
        "Около 400 граждан Кыргызстана находятся в Сирии и Ираке,"
        " сообщает пресс-служба ГКНБ Кыргызстана."
    )
    [claim] = _claims(text)
    assert claim.speaker == "Kyrgyz State Committee for National Security"
    # the country of the body is no place of the figure
    assert claim.places == ("Syria", "Iraq")


def test_a_figure_in_a_web_address_is_no_count():
    assert (
        quantities("Агентство «24.kg» пишет, что вернулись 18 человек.", language="ru")[0].text
        == "18"
    )


def test_a_nationality_noun_alone_counts_people():
    text = "В Сирии находятся около 300 казахстанцев, из них порядка 150 женщин."
    claims = {c.quantity.text: c for c in _claims(text)}
    assert claims["около 300"].subject == "Kazakh nationals"
    # "из них": a part of the 300 just counted
    assert claims["порядка 150"].subject == "part of women"
