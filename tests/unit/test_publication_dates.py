"""The publication date found in an article's own text, in every language."""

from __future__ import annotations

import pytest

from reconcile import Document, extract
from reconcile.extraction import find_published


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Headline\n\nKAZAN, October 4. Officials spoke in 2016 of a rise.", "en", "2016-10-04"),
        ("Заголовок\n\nКазань, 4 октября. Об этом писали ещё в 2016 году.", "ru", "2016-10-04"),
        ("Заголовок\n\nКазань. 4 октября. Об этом писали в 2016 году.", "ru", "2016-10-04"),
        ("عنوان\n\nتونس في 4 أكتوبر 2016 قال الوزير", "ar", "2016-10-04"),
        ("Заголовок\n\nОпубликовано 7 марта 2013 года.", "ru", "2013-03-07"),
    ],
)
def test_dateline_without_year_takes_the_latest_year(
    text: str, language: str, expected: str
) -> None:
    assert find_published(text, language=language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The board met in 2012 and again in 2014 to count members.", "en"),
        ("Совет собирался в 2012 и в 2014 году.", "ru"),
        ("اجتمع المجلس عام 2012 ثم عام 2014.", "ar"),
    ],
)
def test_a_year_alone_is_no_publication_date(text: str, language: str) -> None:
    assert find_published(text, language=language) is None


def test_no_year_no_date() -> None:
    assert find_published("KAZAN, October 4. Officials spoke.", language="en") is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "In June, officials said that since the civil war broke out in 2011, "
            "over 400 Kazakhs had gone to Syria.",
            "en",
        ),
        (
            "В июне власти сообщили, что с начала войны в Сирии в 2011 году "
            "туда уехали 400 казахстанцев.",
            "ru",
        ),
    ],
)
def test_a_date_after_since_and_an_event_starts_a_period(text: str, language: str) -> None:
    doc = Document(id="t.txt", text=text, lang=language, published="2015-11-19")
    assert [(c.quantity.low, c.as_of) for c in extract(doc)] == [(400, "2015-06")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the aside describes the reporter; the figure holds when the article is published
        (
            'The reporter, who covered the flood in March 2016, said that "hundreds" of'
            " villagers were still missing.",
            "en",
            "2018-05-02",
        ),
        (
            "Репортер, который освещал наводнение в марте 2016 года, сообщил, что сотни"
            " жителей пропали.",
            "ru",
            "2018-05-02",
        ),
        # a relative clause on the counted people gives their time
        ("The agency said 300 villagers who fled in March 2016 had returned.", "en", "2016-03"),
        ("In March 2016, officials said 300 villagers had fled.", "en", "2016-03"),
    ],
)
def test_a_date_in_an_aside_before_the_figure_is_not_its_time(
    text: str, language: str, expected: str
) -> None:
    doc = Document(id="d.txt", text=text, published="2018-05-02", lang=language)
    assert [c.as_of for c in extract(doc)] == [expected]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Three months ago, officials said 300 villagers had fled.", "en", "2018-02"),
        ("Officials said 2 years ago that 300 villagers had fled.", "en", "2016"),
        ("Три месяца назад чиновники сообщили, что 300 жителей бежали.", "ru", "2018-02"),
        ("وكانت السلطات قد أعلنت قبل ثلاثة أشهر أن 300 قروي فروا.", "ar", "2018-02"),
        ("وكانت السلطات قد أعلنت قبل عامين أن 300 قروي فروا.", "ar", "2016"),
        # a length of time is no time: the figure holds at publication
        ("The 300 villagers fled a flood that lasted 3 days.", "en", "2018-05-02"),
    ],
)
def test_a_count_of_units_ago_is_counted_back_from_publication(
    text: str, language: str, expected: str
) -> None:
    doc = Document(id="d.txt", text=text, published="2018-05-02", lang=language)
    assert [c.as_of for c in extract(doc)] == [expected]
