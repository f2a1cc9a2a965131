"""What the text and HTML reports say: sections by what differs, alike questions, bidi."""

from pathlib import Path

import pytest

import reconcile
from reconcile import Claim, Cluster, Quantity, Relation, Report, Span
from reconcile.model.html import isolate_text, isolated
from reconcile.report import render_html, render_text

ROOT = Path(__file__).resolve().parents[2]
FSI, PDI = "\u2068", "\u2069"


@pytest.fixture(scope="module")
def seeds() -> Report:
    return reconcile.reconcile(reconcile.load(ROOT / "fixtures" / "seeds"))


def claim(doc, value, *, measure="population", subject=None, places=("Syria",), lang="en", **kw):
    return Claim(
        document=doc,
        span=Span(0, 2),
        quantity=Quantity.exact(value),
        measure=measure,
        subject=subject,
        places=places,
        lang=lang,
        **kw,
    )


def two_alike() -> Report:
    a = claim("en.txt", 60000, as_of="2019-04")
    b = claim("ar.txt", 60000, lang="ar", as_of="2019-04")
    c = claim("x.txt", 5, measure="killed", subject="children")
    d = claim("y.txt", 5, measure="starving", subject="children")
    return Report(
        claims=[a, b, c, d],
        clusters=[
            Cluster(id="k-a", claims=[a.id], measure="population", places=["Syria"]),
            Cluster(id="k-b", claims=[b.id], measure="population", places=["Syria"]),
            Cluster(
                id="k-c", claims=[c.id], measure="killed", subject="children", places=["Syria"]
            ),
            Cluster(
                id="k-d", claims=[d.id], measure="starving", subject="children", places=["Syria"]
            ),
        ],
        relations=[
            Relation("repeats", [a.id, b.id], "the same figure"),
            Relation("repeats", [c.id, d.id], "the same figure, another verb"),
        ],
    )


def test_a_repeat_between_questions_of_one_title_is_not_called_a_scope_difference():
    text = render_text(two_alike())
    assert "Between questions with the same measure, subject and places" in text
    assert "Between questions of different measures" in text
    assert "different scope" not in text
    alike = text.split("Between questions with the same measure, subject and places", 1)[1]
    assert alike.index("k-a and k-b") < alike.index("the same figure")


def test_questions_with_one_title_say_what_tells_them_apart():
    text = render_text(two_alike())
    assert "(same title as k-b; here: 1 claim; language en; from en.txt)" in text
    assert "(same title as k-a; here: 1 claim; language ar; from ar.txt)" in text
    markup = render_html(two_alike())
    assert "same title as k-b" in markup


def test_the_seeds_sections_name_what_differs(seeds):
    text = render_text(seeds)
    scope = text.split("Between questions of different scope (subject or places)", 1)[1]
    assert "places Iraq, Syria / Syria" in scope
    # the repeat of the English article and its translation is not among them
    assert "60,000" not in scope.split("\n\nOther counts")[0]
    # the population figures of the English article and its translation name no
    # subject: missing is not different, so they are one question, no same-title pair
    assert text.count("same title as ") == 0
    assert "60,000" in text.split("population | (no subject)", 1)[1].split("\n\n")[0]


def test_plain_text_isolates_arabic_in_left_to_right_lines(seeds):
    text = render_text(seeds)
    line = next(x for x in text.splitlines() if "_ar.txt]" in x and "آلافا" in x)
    assert f"'{FSI}آلافا{PDI}' (1,000-9,999)" in line
    # an Arabic quote reads right to left on its own and is left alone
    assert all(FSI not in x for x in text.splitlines() if x.startswith('      "و'))


def test_isolation_keeps_text_and_escapes():
    text = "'آلافا' (1,000-9,999) per نزاروف <b>"
    assert isolate_text(text).replace(FSI, "").replace(PDI, "") == text
    assert isolated(text).count("<bdi>") == 2
    assert "<b>" not in isolated(text)
    assert isolated("about 300") == "about 300"


def test_html_figures_are_left_to_right_with_arabic_isolated(seeds):
    markup = render_html(seeds)
    figure = "&#x27;<bdi>آلافا</bdi>&#x27; (1,000-9,999)"
    assert f'<bdi class="figure" dir="ltr">{figure}</bdi>' in markup
    assert 'dir="ltr">' in markup
    assert '<span dir="auto">\'' not in markup


def test_html_colours_follow_the_theme(seeds):
    markup = render_html(seeds)
    style = markup.split("<style>", 1)[1].split("</style>", 1)[0]
    assert "#ffe58a" not in style  # an opaque light yellow under light text on a dark theme
    assert "mark {background: var(--reconcile-mark); color: inherit" in style
    assert "var(--jp-error-color1" in style
    assert "prefers-color-scheme: dark" in style
