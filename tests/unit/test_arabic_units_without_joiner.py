"""Arabic adds a unit to the number words before it only with "و".

"مليون واحد" is a single million, and "600 واحد منهم" six hundred
individuals of them: the "one" is no figure of its own and adds nothing.
Every sentence is written for this module.
"""

import pytest

from reconcile import Document, extract, quantities


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("نزح مليون واحد", 1_000_000),
        ("ستمئة واحد", 600),
        ("ألف واحد", 1000),
        # with the joiner, detached or glued, the unit is added
        ("ثلاثمائة و واحد", 301),
        ("ثلاثمائة وواحد", 301),
        ("واحد و عشرون ألف و ثلاثمائة", 21_300),
        # a hundreds group after a scale goes on, as it is often written
        ("ألف خمس مائة", 1500),
    ],
)
def test_a_unit_is_added_only_after_the_joiner(text: str, value: int) -> None:
    assert quantities(text, language="ar")[0].low == value


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("وأكدت الوزارة أن 600 واحد منهم عادوا إلى البلاد.", "600", 600),
        ("وأكدت الوزارة أن ستمئة واحد منهم عادوا إلى البلاد.", "ستمئة", 600),
        ("وقالت الأمم المتحدة إن مليون واحد نزحوا من المدينة.", "مليون", 1_000_000),
    ],
)
def test_one_after_a_figure_counts_its_individuals(text: str, figure: str, value: int) -> None:
    claims = extract(Document(id="x", text=text, lang="ar"))
    assert [(c.quantity.text, c.quantity.low) for c in claims] == [(figure, value)]


def test_the_individuals_of_them_are_a_part_of_the_group_before() -> None:
    text = "غادر 3000 مقاتل تونسي إلى سوريا، وعاد 600 واحد منهم إلى تونس."
    claims = {c.quantity.text: c for c in extract(Document(id="x", text=text, lang="ar"))}
    assert (claims["600"].subject or "").startswith("part of ")
