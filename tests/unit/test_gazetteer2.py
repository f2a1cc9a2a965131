"""Every first-level division of the countries in the news, in every language.

A claim whose place the gazetteer lacks meets claims about its country as an
unknown place, and its translations are not seen as the same statement: the
divisions (ISO 3166-2 level 1) are listed whole, in en, ar and ru, each placed
in its country by canon [within].
"""

from __future__ import annotations

import pytest

from reconcile import Document, extract
from reconcile.extraction.index import mentions
from reconcile.extraction.knowledge import knowledge
from reconcile.lang import lexicon
from reconcile.lang.canon import canon


def _places(text: str, lang: str) -> list[tuple[str, ...]]:
    return [c.places for c in extract(Document(id="t.txt", text=text, lang=lang))]


def _wider(place: str) -> list[str]:
    """The places ``place`` lies in, nearest first (canon [within])."""
    parents = canon().place_parents
    out: list[str] = []
    while place in parents and parents[place] not in out:
        place = parents[place]
        out.append(place)
    return out


@pytest.mark.parametrize(
    ("text", "lang", "division", "country"),
    [
        ("Officials said 42 people were killed in Kebbi on Tuesday.", "en", "Kebbi", "Nigeria"),
        (
            "The county said 1,200 families were displaced in Tana River after the floods.",
            "en",
            "Tana River",
            "Kenya",
        ),
        (
            "Health officials said 19 people died of cholera in Beni Suef.",
            "en",
            "Beni Suef",
            "Egypt",
        ),
        ("Police said 27 protesters were arrested in Dhi Qar province.", "en", "Dhi Qar", "Iraq"),
        (
            "Aid agencies said 60,000 people were displaced in North Darfur last month.",
            "en",
            "North Darfur",
            "Sudan",
        ),
        ("وقال مسؤول محلي إن 42 شخصا قتلوا في ولاية كيبي.", "ar", "Kebbi", "Nigeria"),
        ("وأعلنت السلطات وفاة 19 شخصا في محافظة بني سويف.", "ar", "Beni Suef", "Egypt"),
        ("وقالت الأمم المتحدة إن 1200 أسرة نزحت في مقاطعة تانا ريفر.", "ar", "Tana River", "Kenya"),
        ("وأفادت الشرطة باعتقال 27 متظاهرا في محافظة ذي قار.", "ar", "Dhi Qar", "Iraq"),
        ("وقالت وكالات الإغاثة إن 60 ألف شخص نزحوا في شمال دارفور.", "ar", "North Darfur", "Sudan"),
        ("По данным властей, в штате Кебби погибли 42 человека.", "ru", "Kebbi", "Nigeria"),
        (
            "В провинции Бени-Суэйф скончались 19 человек, сообщили медики.",
            "ru",
            "Beni Suef",
            "Egypt",
        ),
        (
            "Как сообщил губернатор, в Хмельницкой области пострадали 35 человек.",
            "ru",
            "Khmelnytskyi",
            "Ukraine",
        ),
        ("В округе Тана-Ривер эвакуированы 1200 человек.", "ru", "Tana River", "Kenya"),
        ("В Северном Дарфуре погибли 60 мирных жителей.", "ru", "North Darfur", "Sudan"),
    ],
)
def test_a_figure_in_a_division_is_placed_there_and_the_division_in_its_country(
    text: str, lang: str, division: str, country: str
) -> None:
    assert _places(text, lang)[-1] == (division,)
    assert country in _wider(division)


def test_a_claim_and_its_translations_name_one_place() -> None:
    """The same statement in three languages names the same division, so the claims meet."""
    en = _places("Officials said 42 people were killed in Kebbi on Tuesday.", "en")
    ar = _places("وقال مسؤول محلي إن 42 شخصا قتلوا في ولاية كيبي.", "ar")
    ru = _places("По данным властей, в штате Кебби погибли 42 человека.", "ru")
    assert en == ar == ru == [("Kebbi",)]


# The divisions added, by the country each lies in (through canon [within]:
# North Darfur lies in Darfur, and Darfur in Sudan; the Fergana Valley, in
# three countries, in Central Asia).
_DIVISIONS = {
    "Nigeria": (
        "Abia; Adamawa; Akwa Ibom; Anambra; Bauchi; Bayelsa; Benue; Ebonyi; Edo; Ekiti; "
        "Enugu; Gombe; Jigawa; Kebbi; Kogi; Kwara; Nasarawa; Ogun; Ondo; Osun; Oyo; "
        "Sokoto; Taraba; Yobe; Federal Capital Territory"
    ),
    "Kenya": (
        "Mombasa; Kwale; Kilifi; Tana River; Lamu; Taita-Taveta; Garissa; Wajir; Mandera; "
        "Marsabit; Isiolo; Meru; Tharaka-Nithi; Embu; Kitui; Machakos; Makueni; "
        "Nyandarua; Nyeri; Kirinyaga; Murang'a; Kiambu; Turkana; West Pokot; Samburu; "
        "Trans-Nzoia; Uasin Gishu; Elgeyo-Marakwet; Nandi; Baringo; Laikipia; Nakuru; "
        "Narok; Kajiado; Kericho; Bomet; Kakamega; Vihiga; Bungoma; Busia; Siaya; Kisumu; "
        "Homa Bay; Migori; Kisii; Nyamira"
    ),
    "Ethiopia": "Benishangul-Gumuz; Gambela; Sidama; Dire Dawa",
    "Somalia": (
        "Awdal; Woqooyi Galbeed; Togdheer; Sanaag; Sool; Nugaal; Mudug; Galguduud; "
        "Hiiraan; Middle Shabelle; Banaadir; Bakool; Gedo; Jubaland; Galmudug; "
        "Hirshabelle"
    ),
    "Sudan": (
        "North Kordofan; South Kordofan; West Kordofan; North Darfur; South Darfur; East "
        "Darfur; West Darfur; Central Darfur; Kassala; Gedaref; Sennar"
    ),
    "South Sudan": (
        "Central Equatoria; Eastern Equatoria; Western Equatoria; Jonglei; Northern Bahr "
        "el Ghazal; Western Bahr el Ghazal; Warrap; Pibor; Ruweng"
    ),
    "Democratic Republic of the Congo": (
        "Kongo Central; Kwango; Kwilu; Mai-Ndombe; Kasai; Kasai-Central; Kasai-Oriental; "
        "Lomami; Sankuru; Maniema; Haut-Uele; Tshopo; Bas-Uele; Nord-Ubangi; Mongala; "
        "Sud-Ubangi; Equateur; Tshuapa; Haut-Lomami; Lualaba; Haut-Katanga"
    ),
    "Mali": (
        "Kayes; Koulikoro; Sikasso; Segou; Taoudeni; Nioro; Dioila; Bougouni; Koutiala; "
        "Douentza; Bandiagara"
    ),
    "Burkina Faso": "Boucle du Mouhoun",
    "Niger": "Dosso; Maradi",
    "Cameroon": "Adamaoua",
    "Chad": (
        "N'Djamena; Batha; Borkou; Chari-Baguirmi; Ennedi; Guera; Hadjer-Lamis; Kanem; "
        "Logone Occidental; Logone Oriental; Mandoul; Mayo-Kebbi; Moyen-Chari; Ouaddai; "
        "Salamat; Tandjile; Tibesti; Wadi Fira; Barh El Gazel"
    ),
    "Mozambique": "Niassa; Zambezia; Tete; Manica; Sofala; Inhambane",
    "Egypt": (
        "Suez; Ismailia; Damietta; Dakahlia; Sharqia; Qalyubia; Kafr el-Sheikh; Gharbia; "
        "Monufia; Beheira; Faiyum; Beni Suef; Minya; Asyut; Sohag; Qena; New Valley; "
        "Matrouh; North Sinai; South Sinai"
    ),
    "Libya": "Jafara; Zawiya; Murqub; Marj; Butnan; Tobruk; Kufra; Jufra; Murzuq; Nalut",
    "Algeria": (
        "Blida; Setif; Batna; Tizi Ouzou; Bejaia; Tlemcen; Biskra; Djelfa; Ouargla; "
        "Ghardaia; Bechar; Illizi; Tindouf; Skikda; Jijel; Chlef; Mostaganem; Sidi Bel "
        "Abbes; Tiaret; Boumerdes; Bouira; Khenchela; El Oued; Laghouat; M'sila; Tebessa; "
        "Souk Ahras; Guelma; Relizane; Tipaza; Ain Defla; Oum El Bouaghi; Bordj Bou "
        "Arreridj; Tissemsilt; El Tarf; Medea"
    ),
    "Morocco": (
        "Tanger-Tetouan-Al Hoceima; Fes-Meknes; Rabat-Sale-Kenitra; Beni Mellal-Khenifra; "
        "Casablanca-Settat; Marrakech-Safi; Draa-Tafilalet; Souss-Massa; Guelmim-Oued "
        "Noun"
    ),
    "Tunisia": (
        "Ben Arous; Manouba; Nabeul; Zaghouan; Bizerte; Jendouba; Kef; Siliana; Sousse; "
        "Monastir; Mahdia; Sidi Bouzid; Gafsa; Tozeur; Kebili; Gabes; Medenine; Tataouine"
    ),
    "Yemen": (
        "Abyan; Lahij; Dhale; Shabwa; Al Mahrah; Socotra; Ibb; Dhamar; Hajjah; Amran; "
        "Mahwit; Raymah"
    ),
    "Saudi Arabia": "Asir; Tabuk; Al Bahah; Qassim",
    "Iraq": "Babil; Wasit; Dhi Qar; Maysan; Muthanna; Qadisiyah; Halabja",
    "Syria": "Rif Dimashq; Quneitra",
    "Lebanon": "Mount Lebanon; Akkar; Baalbek-Hermel; Keserwan-Jbeil",
    "Jordan": "Balqa; Madaba; Jerash; Ajloun; Karak; Tafilah; Ma'an",
    "Turkey": (
        "Bursa; Antalya; Konya; Adana; Sanliurfa; Kocaeli; Mersin; Manisa; Kayseri; "
        "Samsun; Balikesir; Tekirdag; Sakarya; Denizli; Mugla; Eskisehir; Mardin; "
        "Trabzon; Ordu; Erzurum"
    ),
    "Iran": (
        "Alborz; Ardabil; Bushehr; Chaharmahal and Bakhtiari; East Azerbaijan; West "
        "Azerbaijan; Gilan; Golestan; Hamadan; Hormozgan; Ilam; Kermanshah; North "
        "Khorasan; Razavi Khorasan; South Khorasan; Khuzestan; Kohgiluyeh and "
        "Boyer-Ahmad; Lorestan; Markazi; Mazandaran; Qazvin; Semnan; Yazd; Zanjan"
    ),
    "Afghanistan": (
        "Badghis; Baghlan; Balkh; Bamyan; Daykundi; Faryab; Ghazni; Ghor; Jowzjan; "
        "Kapisa; Khost; Kunar; Laghman; Logar; Nimruz; Nuristan; Paktia; Paktika; "
        "Panjshir; Parwan; Samangan; Sar-e Pol; Takhar; Uruzgan; Wardak; Zabul"
    ),
    "Pakistan": "Sindh; Gilgit-Baltistan; Azad Kashmir",
    "Bangladesh": "Khulna; Rajshahi; Barisal; Rangpur; Mymensingh",
    "Myanmar": "Kachin; Kayah; Kayin; Shan; Ayeyarwady; Bago; Magway; Tanintharyi",
    "Ukraine": (
        "Vinnytsia; Volyn; Zhytomyr; Zakarpattia; Ivano-Frankivsk; Kirovohrad; Poltava; "
        "Rivne; Ternopil; Khmelnytskyi; Cherkasy; Chernivtsi"
    ),
    "Kazakhstan": (
        "Akmola; Aktobe; Atyrau; Jambyl; Jetisu; Karaganda; Kostanay; Kyzylorda; "
        "Mangystau; East Kazakhstan; West Kazakhstan; North Kazakhstan; Pavlodar; "
        "Turkistan; Ulytau; Shymkent"
    ),
    "Uzbekistan": (
        "Andijan; Bukhara; Fergana; Jizzakh; Kashkadarya; Khorezm; Namangan; Navoiy; "
        "Samarkand; Surkhandarya; Karakalpakstan"
    ),
    "Central Asia": "Fergana Valley",
    "Kyrgyzstan": "Batken; Chuy; Issyk-Kul; Jalal-Abad; Naryn; Osh; Talas",
    "Philippines": (
        "Metro Manila; Cordillera; Ilocos; Cagayan Valley; Central Luzon; Calabarzon; "
        "Mimaropa; Bicol; Western Visayas; Central Visayas; Eastern Visayas; Zamboanga; "
        "Northern Mindanao; Davao; Soccsksargen; Caraga; Bangsamoro"
    ),
    "Haiti": "Grand'Anse; Nippes",
    "Colombia": (
        "Antioquia; Arauca; Atlantico; Boyaca; Caqueta; Casanare; Cauca; Cundinamarca; "
        "Guainia; Guaviare; Huila; La Guajira; Narino; Norte de Santander; Putumayo; "
        "Quindio; Risaralda; Tolima; Valle del Cauca; Vaupes; Vichada"
    ),
}


# Divisions whose usual spelling in a language is a common word there, or
# another place's name, and so are left out of that language only.
_LEFT_OUT_AR = frozenset(
    [
        "Adamaoua",  # written as Nigeria's Adamawa
        "Barh El Gazel",  # written as South Sudan's Bahr el Ghazal
    ]
)
_LEFT_OUT_RU = frozenset(
    [
        "Barh El Gazel",  # written as South Sudan's Bahr el Ghazal
    ]
)
# The others, whose bare name is a word ("الوادي", "Хост"), are written in the
# phrase news names them by ("ولايه الوادي", "в провинции Хост").


# Canonical names that ar or ru had before en listed them (places.toml notes):
# none now; tests/unit/test_place_coverage.py holds every language to them all.
_NOT_IN_EN: frozenset[str] = frozenset()


def _divisions() -> list[tuple[str, str]]:
    return [
        (name.strip(), country)
        for country, names in _DIVISIONS.items()
        for name in names.split(";")
    ]


def test_the_list_holds_every_division_once() -> None:
    names = [name for name, _ in _divisions()]
    assert len(names) == len(set(names))
    assert len(names) > 450


@pytest.mark.parametrize(("name", "country"), _divisions())
def test_every_division_lies_in_its_country(name: str, country: str) -> None:
    assert country in _wider(name)


@pytest.mark.parametrize("lang", ["en", "ar", "ru"])
def test_every_division_is_written_in_every_language(lang: str) -> None:
    left_out = {"en": frozenset(), "ar": _LEFT_OUT_AR, "ru": _LEFT_OUT_RU}[lang]
    names = {entry.name for entry in lexicon(lang).places.places.values()}
    missing = sorted(n for n, _ in _divisions() if n not in names and n not in left_out)
    assert missing == []
    # a division left out of a language is not there under its own name either
    assert sorted(left_out & names) == []


@pytest.mark.parametrize("lang", ["ar", "ru"])
def test_a_canonical_name_en_lacks_is_a_typo(lang: str) -> None:
    en = {entry.name for entry in lexicon("en").places.places.values()}
    names = {entry.name for entry in lexicon(lang).places.places.values()}
    assert sorted(names - en - _NOT_IN_EN) == []


@pytest.mark.parametrize("lang", ["en", "ar", "ru"])
def test_every_spelling_of_a_division_is_found_as_that_division(lang: str) -> None:
    """Each spelling, written in a sentence, is read as its division: no longer name hides it."""
    know = knowledge(lang)
    ours = {name for name, _ in _divisions()}
    wrong = []
    for key, entry in lexicon(lang).places.places.items():
        if entry.name not in ours:
            continue
        for form in (key, *entry.aliases):
            found = mentions(know.place_re, f"x {form} x", know.place_of)
            if [m.value for m in found] != [entry.name]:
                wrong.append((form, [m.value for m in found]))
    assert wrong == []


@pytest.mark.parametrize(
    ("lang", "word"),
    [
        # ordinary words that name a division somewhere: never a place
        *[
            ("en", w)
            for w in (
                "plateau",
                "delta",
                "rivers",
                "cross river",
                "lakes",
                "unity",
                "upper nile",
                "red sea",
                "central",
                "eastern",
                "northern",
                "coast",
                "centre",
                "bay",
                "hail",
                "van",
                "fars",
                "chin",
                "afar",
                "sila",
                "harari",
                "meta",
                "imo",
            )
        ],
        *[
            ("ar", w)
            for w in ("الشرقيه", "الغربيه", "البحيره", "قنا", "الباحه", "بورصه", "المسيله", "لحج")
        ],
        *[("ru", w) for w in ("ровно", "меру", "гор", "хост", "тете", "сила", "чую")],
    ],
)
def test_a_common_word_is_no_division(lang: str, word: str) -> None:
    assert word not in knowledge(lang).place_of
