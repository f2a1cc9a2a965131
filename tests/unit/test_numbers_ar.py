"""Arabic number scanning, table-driven: issue 12 ("Numbers you can trust").

Each case is a text and every quantity ``reconcile.quantities`` must find in
it, as (low, high, qualifier, text, unit). Cases come from the issue and from
Modern Standard Arabic usage; none is taken from the seed or dev articles.
"""

import pytest

from reconcile import quantities

CASES = [
    # digits glued to a scale word, as hasty typing writes them; a longer word is none
    ("نزح 4آلاف شخص", [(4000, 4000, "exact", "4آلاف", None)]),
    ("نحو 3ملايين لاجئ", [(3e6, 3e6, "approx", "نحو 3ملايين", None)]),
    ("٢مليون", [(2e6, 2e6, "exact", "٢مليون", None)]),
    # a scale after a scale; a two-word teen before a scale
    ("مئة ألف", [(100000, 100000, "exact", "مئة ألف", None)]),
    ("مائة آلاف دولار", [(100000, 100000, "exact", "مائة آلاف دولار", "USD")]),
    ("اثنا عشر ألف", [(12000, 12000, "exact", "اثنا عشر ألف", None)]),
    ("اثني عشر مليار", [(12000000000, 12000000000, "exact", "اثني عشر مليار", None)]),
    # the detached "و" joiner
    ("ستة و عشرون", [(26, 26, "exact", "ستة و عشرون", None)]),
    ("اثنان و خمسون", [(52, 52, "exact", "اثنان و خمسون", None)]),
    ("مائة و واحد و ستون", [(161, 161, "exact", "مائة و واحد و ستون", None)]),
    ("واحد و عشرون تريليون", [(21e12, 21e12, "exact", "واحد و عشرون تريليون", None)]),
    # but ten and five are two numbers (fifteen is "خمسة عشر")
    ("عشرة و خمسة", [(10, 10, "exact", "عشرة", None), (5, 5, "exact", "خمسة", None)]),
    # a scale no smaller than the one before opens a new figure; a range of words glued to "و"
    (
        "سبعة آلاف وثمانية آلاف",
        [(7000, 7000, "exact", "سبعة آلاف", None), (8000, 8000, "exact", "ثمانية آلاف", None)],
    ),
    ("بين سبعة آلاف وثمانية آلاف", [(7000, 8000, "range", "بين سبعة آلاف وثمانية آلاف", None)]),
    ("بين خمسة وستة", [(5, 6, "range", "بين خمسة وستة", None)]),
    # digits with a scale and a smaller part
    ("٣ مئة و ٢١ يوان", [(321, 321, "exact", "٣ مئة و ٢١", None)]),
    # lower bounds
    ("لا أقل من 30", [(30, None, "at_least", "لا أقل من 30", None)]),
    ("لا يقل عن 30", [(30, None, "at_least", "لا يقل عن 30", None)]),
    # qualifiers with a proclitic keep their qualifier
    ("ونحو 300 شخص", [(300, 300, "approx", "نحو 300", None)]),
    ("بنحو 300", [(300, 300, "approx", "نحو 300", None)]),
    ("وأكثر من 300", [(300, None, "at_least", "أكثر من 300", None)]),
    # new qualifiers
    ("زهاء 300", [(300, 300, "approx", "زهاء 300", None)]),
    ("ما يزيد على 300", [(300, None, "at_least", "ما يزيد على 300", None)]),
    ("أكبر من 4,565", [(4565, None, "at_least", "أكبر من 4,565", None)]),
    ("فوق ١٠٠٠", [(1000, None, "at_least", "فوق ١٠٠٠", None)]),
    ("طوله تحت ١٧٠", [(None, 170, "at_most", "تحت ١٧٠", None)]),
    ("٢٠٠ أو أكثر", [(200, None, "at_least", "٢٠٠ أو أكثر", None)]),
    ("خمس مائة أو أقل", [(None, 500, "at_most", "خمس مائة أو أقل", None)]),
    # ranges: a bare "إلى", a tilde, two bounds
    ("نطاق العدد هو 20 إلى 100", [(20, 100, "range", "20 إلى 100", None)]),
    ("٢٠~١٠٠", [(20, 100, "range", "٢٠~١٠٠", None)]),
    ("بين 200 و300", [(200, 300, "range", "بين 200 و300", None)]),
    ("أكبر من ١٠٠ وأصغر من ٣٠٠", [(100, 300, "range", "أكبر من ١٠٠ وأصغر من ٣٠٠", None)]),
    (
        "أكثر من ٤٠ وأقل من ١٠",
        [(40, None, "at_least", "أكثر من ٤٠", None), (None, 10, "at_most", "أقل من ١٠", None)],
    ),
    # fractions
    ("نصف مليون", [(500000, 500000, "exact", "نصف مليون", None)]),
    ("مليون ونصف", [(1500000, 1500000, "exact", "مليون ونصف", None)]),
    ("واحد و نصف", [(1.5, 1.5, "exact", "واحد و نصف", None)]),
    ("ثلاثة أرباع", [(0.75, 0.75, "exact", "ثلاثة أرباع", None)]),
    # years, dates and names
    ("في عام 2009 قتل 300 شخص", [(300, 300, "exact", "300", None)]),
    ("3 مارس 2017", []),
    ("نحو 1900", [(1900, 1900, "approx", "نحو 1900", None)]),
    ("1900 طاجيكي", [(1900, 1900, "exact", "1900", None)]),
    # "أي واحد": a pronoun
    ("أي واحد تفضل؟", []),
    # percent and money
    ("20%", [(20, 20, "exact", "20%", "percent")]),
    ("50 في المئة", [(50, 50, "exact", "50 في المئة", "percent")]),
    ("300 دولار", [(300, 300, "exact", "300 دولار", "USD")]),
    # a qualifier before a figure that opens with the article: "the million", "الـ 8"
    ("جاوز المليون نازح", [(1e6, None, "at_least", "جاوز المليون", None)]),
    ("نحو الـ 300 شخص", [(300, 300, "approx", "نحو الـ 300", None)]),
    # exceeding, not going beyond, within the limits of
    ("ما يربو على 900 شخص", [(900, None, "at_least", "ما يربو على 900", None)]),
    ("لا يتعدى 500 شخص", [(None, 500, "at_most", "لا يتعدى 500", None)]),
    ("في حدود 700 شخص", [(700, 700, "approx", "في حدود 700", None)]),
    # a bound written after its noun and a comma
    ("قتل 40 شخصا، على الأقل", [(40, None, "at_least", "40", None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_numbers_ar(text: str, expected: list[tuple[object, ...]]) -> None:
    found = quantities(text, language="ar")
    assert [(q.low, q.high, q.qualifier.value, q.text, q.unit) for q in found] == expected


def test_the_construct_form_of_two_hundred_is_read() -> None:
    # "مئتي شخص": two hundred before its noun
    assert [(q.low, q.text) for q in quantities("قتل مئتي شخص", language="ar")] == [(200, "مئتي")]
