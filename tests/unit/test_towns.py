"""Towns below the country that news names, in every language.

A count for one town and a count for its country must get different places,
or they are read as the same question and called contradicting: the towns and
districts of the migration routes and of Central Asia are known in en, ar and
ru, and each lies in its country (through its region where one is known).
"""

from __future__ import annotations

import pytest

# the helpers test_gazetteer reads places with
from .test_gazetteer import _country_of, _places

_CASES = [
    # Libya's coast, where boats leave from
    ("Coastguards said 12 migrants drowned off Zuwara on Sunday.", "en", "Zuwara", "Libya"),
    ("وقال خفر السواحل إن 12 مهاجرا غرقوا قبالة زوارة.", "ar", "Zuwara", "Libya"),
    ("По данным береговой охраны, у Зуары утонули 12 мигрантов.", "ru", "Zuwara", "Libya"),
    ("Local officials said 31 migrants were detained in Sabratha.", "en", "Sabratha", "Libya"),
    ("وقال مسؤولون محليون إن 31 مهاجرا احتجزوا في صبراتة.", "ar", "Sabratha", "Libya"),
    ("По словам местных властей, в Сабрате задержаны 31 мигрант.", "ru", "Sabratha", "Libya"),
    ("Officials said 9 people were killed in clashes in Zliten.", "en", "Zliten", "Libya"),
    ("وقال مسؤولون إن 9 أشخاص قتلوا في اشتباكات بزليتن.", "ar", "Zliten", "Libya"),
    ("По данным властей, в Злитене погибли 9 человек.", "ru", "Zliten", "Libya"),
    # Kyrgyzstan
    ("Police said 14 people were injured in Karakol on Monday.", "en", "Karakol", "Kyrgyzstan"),
    ("وقالت الشرطة إن 14 شخصا أصيبوا في كاراكول.", "ar", "Karakol", "Kyrgyzstan"),
    ("По данным милиции, в Караколе пострадали 14 человек.", "ru", "Karakol", "Kyrgyzstan"),
    (
        "Officials said 300 families were evacuated in Bazar-Korgon district.",
        "en",
        "Bazar-Korgon",
        "Kyrgyzstan",
    ),
    ("وقال مسؤولون إن 300 أسرة أجليت من منطقة بازار كورغون.", "ar", "Bazar-Korgon", "Kyrgyzstan"),
    (
        "По словам чиновников, в Базар-Коргонском районе эвакуированы 300 семей.",
        "ru",
        "Bazar-Korgon",
        "Kyrgyzstan",
    ),
    # Tajikistan, Uzbekistan, Kazakhstan
    ("Officials said 7 people died in Kulob after the floods.", "en", "Kulob", "Tajikistan"),
    ("وقال مسؤولون إن 7 أشخاص توفوا في كولاب بعد الفيضانات.", "ar", "Kulob", "Tajikistan"),
    ("По данным властей, в Кулябе погибли 7 человек.", "ru", "Kulob", "Tajikistan"),
    ("Officials said 25 people were detained in Nukus.", "en", "Nukus", "Uzbekistan"),
    ("وقال مسؤولون إن 25 شخصا اعتقلوا في نوكوس.", "ar", "Nukus", "Uzbekistan"),
    ("По данным властей, в Нукусе задержаны 25 человек.", "ru", "Nukus", "Uzbekistan"),
    ("Officials said 16 people were hurt in Aktau on Friday.", "en", "Aktau", "Kazakhstan"),
    ("وقال مسؤولون إن 16 شخصا أصيبوا في أكتاو.", "ar", "Aktau", "Kazakhstan"),
    ("По данным властей, в Актау пострадали 16 человек.", "ru", "Aktau", "Kazakhstan"),
    # Sudan and South Sudan
    ("Aid workers said 40 civilians were killed in Nyala.", "en", "Nyala", "Sudan"),
    ("وقال عمال إغاثة إن 40 مدنيا قتلوا في نيالا.", "ar", "Nyala", "Sudan"),
    (
        "По данным гуманитарных работников, в Ньяле погибли 40 мирных жителей.",
        "ru",
        "Nyala",
        "Sudan",
    ),
    ("Officials said 18 people were killed near Yei.", "en", "Yei", "South Sudan"),
    ("وقال مسؤولون إن 18 شخصا قتلوا في مدينة ياي.", "ar", "Yei", "South Sudan"),
    ("По данным властей, в Йеи погибли 18 человек.", "ru", "Yei", "South Sudan"),
    # islands of the migration routes
    ("The coastguard said 22 migrants were rescued off Chios.", "en", "Chios", "Greece"),
    ("وقال خفر السواحل إن 22 مهاجرا أنقذوا قبالة خيوس.", "ar", "Chios", "Greece"),
    ("По данным береговой охраны, у Хиоса спасены 22 мигранта.", "ru", "Chios", "Greece"),
    ("Officials said 8 migrants died off Crete on Tuesday.", "en", "Crete", "Greece"),
    ("وقال مسؤولون إن 8 مهاجرين لقوا حتفهم قبالة جزيرة كريت.", "ar", "Crete", "Greece"),
    ("По данным властей, у Крита погибли 8 мигрантов.", "ru", "Crete", "Greece"),
]


@pytest.mark.parametrize(("text", "lang", "town", "country"), _CASES)
def test_a_figure_in_a_town_is_placed_there(text: str, lang: str, town: str, country: str) -> None:
    assert town in _places(text, lang)[-1]
    assert _country_of(town) == country
