"""Readings a disaster covered over days, in three languages, asked for.

Every sentence is written for this module.
"""

from __future__ import annotations

import pytest

from reconcile import Claim, Document, Quantity, RelationKind, Span, extract
from reconcile import reconcile as reconcile_documents
from reconcile.relations import compare


def _by_figure(text: str, lang: str, published: str = "2023-09-11") -> dict[str, Claim]:
    doc = Document(id="x", text=text, lang=lang, published=published)
    return {c.quantity.text: c for c in extract(doc)}


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        # a count that looks like a year ("до 2012 человек") dates neither itself nor its neighbours
        (
            "Число погибших при землетрясении возросло до 2012 человек, еще 2059 пострадали.",
            "ru",
            ["возросло до 2012", "2059"],
        ),
        ("The toll rose to 2012 people on Sunday, with 2059 injured.", "en", ["2012", "2059"]),
        ("More than 2000 people died in the floods.", "en", ["More than 2000"]),
    ],
)
def test_a_count_like_a_year_is_no_time(text: str, lang: str, figures: list[str]) -> None:
    claims = _by_figure(text, lang)
    for figure in figures:
        assert claims[figure].as_of is not None
        assert claims[figure].as_of.startswith("2023")


def test_a_year_is_still_a_time() -> None:
    claims = _by_figure("В 2012 году при наводнении погибли 300 человек.", "ru")
    assert claims["300"].as_of == "2012"


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("The toll rose to 2,862 on Monday, state television reported.", "en", "state television"),
        ("State TV said 300 people had died in the quake.", "en", "state television"),
        ("The toll rose to 2,862, state media reported.", "en", "state media"),
        ("A local newspaper said 300 people had died in the quake.", "en", "local newspaper"),
        (
            "Число погибших возросло до 2862, сообщило государственное телевидение.",
            "ru",
            "state television",
        ),
        ("По данным государственных СМИ, погибли 300 человек.", "ru", "state media"),
        ("وذكر التلفزيون الرسمي أن عدد القتلى ارتفع إلى 2862.", "ar", "state television"),
        ("وقالت وسائل الإعلام الرسمية إن 300 شخص لقوا حتفهم.", "ar", "state media"),
    ],
)
def test_the_press_speaking_by_its_kind(text: str, lang: str, speaker: str) -> None:
    (claim,) = _by_figure(text, lang).values()
    assert claim.speaker == speaker


def test_a_toll_is_estimated_from_its_latest_figures_not_its_history() -> None:
    docs = [
        Document(
            id="sat.txt",
            text="The quake killed at least 820 people, the interior ministry said.",
            lang="en",
            published="2023-09-09",
        ),
        Document(
            id="sun.txt",
            text="The death toll from the quake rose to 2,012, state television reported.",
            lang="en",
            published="2023-09-10",
        ),
        Document(
            id="sun2.txt",
            text="The Red Crescent said 1,950 people had been killed in the quake.",
            lang="en",
            published="2023-09-10",
        ),
    ]
    (question,) = reconcile_documents(docs).clusters
    assert question.estimate is not None
    # 820 is passed by both later figures; the two of Sunday disagree and both count
    assert (question.estimate.low, question.estimate.high) == (1950, 2012)


@pytest.mark.parametrize(
    ("text", "figure", "measure", "unit"),
    [
        # a case of death is a death, as "15 deaths" is
        ("وسجلت الوزارة 1200 إصابة بالكوليرا و15 حالة وفاة.", "15", "died", "people"),
        ("وسجلت الوزارة 15 حالات وفاة بالكوليرا.", "15", "died", "people"),
        # (guard) a case of disease stays a case
        ("وسجلت الوزارة 40 حالة إصابة بالكوليرا.", "40", "infected", "cases"),
        # died or went missing
        (
            "قالت المنظمة إن أكثر من 2500 مهاجر لقوا حتفهم أو فقدوا في البحر المتوسط.",
            "أكثر من 2500",
            "dead_or_missing",
            "people",
        ),
    ],
)
def test_arabic_deaths_counted_as_cases_and_the_dead_or_missing(
    text: str, figure: str, measure: str, unit: str
) -> None:
    claim = _by_figure(text, "ar")[figure]
    assert (claim.measure, claim.unit) == (measure, unit)


@pytest.mark.parametrize("name", ["Аль-Хауз", "Эль-Хауз"])
def test_the_arabic_article_in_russian_either_way(name: str) -> None:
    claims = _by_figure(f"Больше всего жертв в провинции {name} — 1293 человека.", "ru")
    assert claims["1293"].places == ("Al Haouz",)


def _toll(value: Quantity, places: list[str], as_of: str, n: int) -> Claim:
    return Claim(
        document=f"d{n}.txt",
        span=Span(0, 3),
        quantity=value,
        quote=f"figure {n}",
        measure="killed",
        places=places,
        as_of=as_of,
        speaker="Interior Ministry",
    )


def test_a_sources_figure_for_a_province_is_no_revision_of_its_national_one() -> None:
    national = _toll(Quantity.at_least(820), ["Morocco"], "2023-09-08", 1)
    province = _toll(Quantity.exact(1293), ["Al Haouz"], "2023-09-10", 2)
    found = compare(national, province)
    assert found is not None
    assert "revised its own count" not in found.reason
    assert "Al Haouz within Morocco" in found.reason


def test_one_of_the_places_named_together_is_still_one_sources_count() -> None:
    # (guard) "Syria" beside "Syria, Iraq": reports name one or both for one count
    both = _toll(Quantity.at_least(480), ["Syria", "Iraq"], "2015-11-16", 1)
    one = _toll(Quantity.approx(500), ["Syria"], "2015-11-16", 2)
    found = compare(both, one)
    assert found is not None
    assert found.kind is RelationKind.REPEATS
