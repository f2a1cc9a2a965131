"""Who states a figure when the attribution sits in a clause of its own.

Every sentence is written for this module.
"""

import pytest

from reconcile import Claim, Document, extract


def _by_figure(text: str, lang: str) -> dict[str, Claim]:
    """The claims of ``text``, by their figure as written."""
    return {c.quantity.text: c for c in extract(Document(id="x", text=text, lang=lang))}


@pytest.mark.parametrize(
    ("text", "figure", "speaker"),
    [
        # the figures the ministry announced, which do not exceed 2,929
        (
            "والرقم أعلى بكثير من الأرقام الرسمية التي أعلنتها وزارة الصحة"
            " والتي لا تتعدى 2929 مصابا.",
            "لا تتعدى 2929",
            "Health Ministry",
        ),
        (
            "والحصيلة أدنى من الأرقام التي ذكرتها منظمة الصحة العالمية والتي تبلغ 310 قتلى.",
            "310",
            "World Health Organization",
        ),
    ],
)
def test_the_source_of_figures_a_relative_clause_gives(
    text: str, figure: str, speaker: str
) -> None:
    assert _by_figure(text, "ar")[figure].speaker == speaker


def test_a_verb_of_a_relative_clause_speaks_for_no_figure_past_its_comma() -> None:
    # the state the group declared in 2019, then the figure of another clause
    text = "ومع سقوط الدولة التي أعلنها التنظيم في الموصل عام 2014، نزح مئات الآلاف من السكان."
    assert all(c.speaker is None for c in extract(Document(id="x", text=text, lang="ar")))


@pytest.mark.parametrize(
    "text",
    [
        "وقال المسؤول بنحو 300 قتيل في القصف.",
        "وقدرت الوزارة القتلى بنحو 300 قتيل.",
    ],
)
def test_a_name_after_its_verb_ends_where_the_figure_begins(text: str) -> None:
    # the qualifier's proclitic ("بنحو") is no word of the speaker's name
    (claim,) = extract(Document(id="x", text=text, lang="ar"))
    assert claim.speaker in {"official", "ministry"}
