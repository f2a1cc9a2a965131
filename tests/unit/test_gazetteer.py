"""The gazetteer: towns and regions beyond the first theatres, and where each lies."""

from __future__ import annotations

import pytest

from reconcile import Document, extract
from reconcile.lang import available_languages, lexicon
from reconcile.lang.canon import canon


def _places(text: str, lang: str) -> list[tuple[str, ...]]:
    return [c.places for c in extract(Document(id="t.txt", text=text, lang=lang))]


def _country_of(place: str) -> str:
    parents = canon().place_parents
    seen = {place}
    while place in parents and parents[place] not in seen:
        place = parents[place]
        seen.add(place)
    return place


@pytest.mark.parametrize(
    ("text", "lang", "town", "country"),
    [
        (
            "Officials said 230 people were displaced in Kharkiv last month.",
            "en",
            "Kharkiv",
            "Ukraine",
        ),
        (
            "Aid workers said 85 children were treated in Goma this week.",
            "en",
            "Goma",
            "Democratic Republic of the Congo",
        ),
        ("Police said 17 people were arrested in Lahore on Friday.", "en", "Lahore", "Pakistan"),
        (
            "Rescuers said 64 people died in Kahramanmaras after the quake.",
            "en",
            "Kahramanmaras",
            "Turkey",
        ),
        ("وقال مسؤولون إن 230 شخصا نزحوا في بنغازي الشهر الماضي.", "ar", "Benghazi", "Libya"),
        ("وقالت منظمة إغاثة إن 85 طفلا يتلقون العلاج بالخرطوم.", "ar", "Khartoum", "Sudan"),
        ("وقال مسؤول محلي إن 40 شخصا أصيبوا في خان يونس.", "ar", "Khan Younis", "Palestine"),
        ("По данным властей, в Херсоне эвакуированы 230 человек.", "ru", "Kherson", "Ukraine"),
        (
            "По словам губернатора, в Белгородской области погибли 12 человек.",
            "ru",
            "Belgorod",
            "Russia",
        ),
        ("Как сообщили спасатели, в Катманду пострадали 64 человека.", "ru", "Kathmandu", "Nepal"),
    ],
)
def test_a_figure_in_a_town_is_placed_there_and_the_town_in_its_country(
    text: str, lang: str, town: str, country: str
) -> None:
    assert town in _places(text, lang)[-1]
    assert _country_of(town) == country


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        # an official name and the short one are the same country, so claims meet
        ("Officials said 45 people were detained in Türkiye last week.", "en", "Turkey"),
        ("وقال مسؤولون إن 45 شخصا اعتقلوا في الاتحاد الروسي.", "ar", "Russia"),
        ("По данным ведомства, в Венесуэле задержаны 45 человек.", "ru", "Venezuela"),
    ],
)
def test_every_name_of_a_country_gives_its_one_canonical_name(
    text: str, lang: str, country: str
) -> None:
    assert _places(text, lang)[-1] == (country,)


# Places that lie in no other place: the countries, the wide regions and the seas
# (a country may lie in several regions, and a place has one parent: regions stay
# top level).
# A town or a province added to a language's places.toml without its
# canon [within] line would never meet a claim about its country.
_TOP_LEVEL = frozenset(
    """
    Afghanistan; Albania; Algeria; Andorra; Angola; Antigua and Barbuda; Argentina; Armenia;
    Australia; Austria; Azerbaijan; Bahamas; Bahrain; Bangladesh; Barbados; Belarus; Belgium;
    Belize; Benin; Bhutan; Bolivia; Bosnia and Herzegovina; Botswana; Brazil; Brunei Darussalam;
    Bulgaria; Burkina Faso; Burundi; Cabo Verde; Cambodia; Cameroon; Canada;
    Central African Republic; Central Asia; Chad; Chile; China; Colombia; Comoros; Congo;
    Cook Islands; Costa Rica; Croatia; Cuba; Cyprus; Czechia; Côte d'Ivoire;
    Democratic Republic of the Congo; Denmark; Djibouti; Dominica; Dominican Republic; Ecuador;
    Egypt; El Salvador; Equatorial Guinea; Eritrea; Estonia; Eswatini; Ethiopia; Europe; Fiji;
    Finland; France; Gabon; Gambia; Georgia; Germany; Ghana; Greece; Grenada; Guatemala; Guinea;
    Guinea-Bissau; Guyana; Haiti; Honduras; Hungary; Iceland; India; Indonesia; Iran; Ireland;
    Israel; Italy; Jamaica; Japan; Jordan; Kazakhstan; Kenya; Kiribati; Kuwait; Kyrgyzstan; Laos;
    Latvia; Lebanon; Lesotho; Liberia; Libya; Liechtenstein; Lithuania; Luxembourg; Madagascar;
    Malawi; Malaysia; Maldives; Mali; Malta; Marshall Islands; Mauritania; Mauritius; Mexico;
    Middle East; Moldova; Monaco; Mongolia; Montenegro; Morocco; Mozambique; Myanmar; Namibia;
    Nauru; Nepal; Netherlands; New Zealand; Nicaragua; Niger; Nigeria; North Korea;
    North Macedonia; Norway; Oman; Pakistan; Palau; Palestine; Panama; Papua New Guinea;
    Paraguay; Peru; Philippines; Poland; Portugal; Qatar; Romania; Russia; Rwanda;
    Saint Kitts and Nevis; Saint Lucia; Saint Vincent and the Grenadines; Samoa; San Marino;
    Sao Tome and Principe; Saudi Arabia; Senegal; Serbia; Seychelles; Sierra Leone; Singapore;
    Slovakia; Slovenia; Solomon Islands; Somalia; South Africa; South Korea; South Sudan; Spain;
    Sri Lanka; Sudan; Suriname; Sweden; Switzerland; Taiwan; Tajikistan; Tanzania; Thailand;
    Timor-Leste; Togo; Tonga; Trinidad and Tobago; Tunisia; Turkey; Turkmenistan; Tuvalu;
    Uganda; Ukraine; United Arab Emirates; United Kingdom; United States; Uruguay; Uzbekistan;
    Vanuatu; Venezuela; Vietnam; Yemen; Zambia; Zimbabwe;
    Aegean Sea; English Channel; Mediterranean;
    Africa; Asia; Balkans; Caribbean; Central America; East Africa; Latin America; North Africa;
    Sahel; South America; South Asia; Southeast Asia; Sub-Saharan Africa; West Africa
    """.replace("\n", " ").split(";")
)


def test_every_place_below_a_country_says_where_it_lies() -> None:
    top = {name.strip() for name in _TOP_LEVEL}
    known = canon()
    names = {p.name for code in available_languages() for p in lexicon(code).places.places.values()}
    unplaced = sorted(
        n for n in names if n not in known.place_parents and n not in known.wide_places
    )
    assert [n for n in unplaced if n not in top] == []
    # every chain of [within] ends at a country or a wide region
    assert {_country_of(n) for n in known.place_parents} <= top


@pytest.mark.parametrize("lang", ["en", "ar", "ru"])
def test_no_spelling_names_two_places(lang: str) -> None:
    """A spelling written under two places would place a figure by file order alone."""
    seen: dict[str, str] = {}
    clashes = []
    for key, entry in lexicon(lang).places.places.items():
        for alias in (key, *entry.aliases):
            form = " ".join(alias.split())
            if seen.setdefault(form, entry.name) != entry.name:
                clashes.append((form, seen[form], entry.name))
    assert clashes == []


@pytest.mark.parametrize(
    ("text", "lang", "places"),
    [
        (
            "Some 70 villagers are missing in the village of Zarkhel, an official said.",
            "en",
            ("Zarkhel",),
        ),
        ("Officials said 37 people died in Tormak district.", "en", ("Tormak",)),
        ("В уезде Зархель погибли 18 человек.", "ru", ("Zarkhel",)),
        # a headline's capitals and a sentence's opening are no place
        ("Border Region Counts Its Losses As 40 Die", "en", ()),
        ("At least 40 people died in the Old City on Friday.", "en", ()),
    ],
)
def test_a_town_no_table_lists_is_read_beside_a_settlement_word(
    text: str, lang: str, places: tuple[str, ...]
) -> None:
    claims = extract(Document(id="x", text=text, lang=lang))
    assert [c.places for c in claims] == [places]
