"""The HTML report as a browser draws it: figures in order beside Arabic, colours on dark themes.

A headless Chromium loads the standalone page that ``reconcile report --format
html`` writes, with a small script that measures where the browser drew each
part of the text (``Range.getBoundingClientRect``) and writes what it found
into the page; ``--dump-dom`` prints the page back. No browser driver is
needed. Where no Chromium is installed the tests skip, saying so; ``.ci/run``
installs one.
"""

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import reconcile
from reconcile import Claim, Cluster, Quantity, Relation, Report, Span
from reconcile.cli import _render

ROOT = Path(__file__).resolve().parents[2]

BROWSER = next(
    (
        found
        for name in ("chromium", "chromium-browser", "google-chrome", "chrome")
        if (found := shutil.which(name))
    ),
    None,
)

pytestmark = pytest.mark.skipif(
    BROWSER is None,
    reason="no Chromium on PATH (apt-get install chromium): the HTML report is not rendered",
)

_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)

# For every element whose text holds "1,000-9,999": the x of "1,000" and of "9,999"
# as drawn, and whether the element's text holds Arabic. Then, for every <mark>
# and every contradiction badge: its text colour and the colour behind it.
_MEASURE = """
<script>
function where(node, at, length) {
  const range = document.createRange();
  range.setStart(node, at); range.setEnd(node, at + length);
  const box = range.getBoundingClientRect();
  return [Math.round(box.top), box.left];  // line first: a wrapped interval reads line by line
}
function rgba(css) {
  const m = css.match(/[\\d.]+/g).map(Number);
  return [m[0], m[1], m[2], m.length > 3 ? m[3] : 1];
}
function behind(element) {  // the colour behind an element, translucent layers composed
  const layers = [];
  for (let e = element; e; e = e.parentElement) {
    const c = rgba(getComputedStyle(e).backgroundColor);
    if (c[3] > 0) layers.push(c);
    if (c[3] >= 1) break;
  }
  let out = [255, 255, 255];
  for (const c of layers.reverse()) out = out.map((v, i) => v * (1 - c[3]) + c[i] * c[3]);
  return out;
}
const intervals = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let n = walker.nextNode(); n; n = walker.nextNode()) {
  const at = n.data.indexOf("1,000-9,999");
  if (at < 0 || n.parentElement.closest("script")) continue;
  const owner = n.parentElement.closest("td, li, div, p") || n.parentElement;
  intervals.push({
    arabic: /[\\u0600-\\u06ff]/.test(owner.textContent),
    first: where(n, at, 5), second: where(n, at + 6, 5), text: owner.textContent.slice(0, 80),
  });
}
const colours = [...document.querySelectorAll(".reconcile mark, .reconcile .contradicts")].map(
  e => ({tag: e.tagName, fg: rgba(getComputedStyle(e).color).slice(0, 3), bg: behind(e)}));
const out = document.createElement("pre");
out.id = "measured";
out.textContent = JSON.stringify({intervals, colours});
document.body.appendChild(out);
</script>
"""

_DARK = """
<style>
:root {--jp-error-color1: #f44336; --jp-info-color1: #42a5f5}
body {background: #111111; color: #e0e0e0}
</style>
"""
"""A dark notebook theme as JupyterLab's sets it: dark background, light text, its own colours."""


def rendered(page: str, tmp_path: Path, name: str) -> dict:
    path = tmp_path / f"{name}.html"
    path.write_text(page.replace("</body>", _MEASURE + "</body>"), encoding="utf-8")
    profile = tmp_path / f"profile-{name}"
    result = subprocess.run(
        [BROWSER, *_FLAGS, f"--user-data-dir={profile}", "--dump-dom", path.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    found = re.search(r'<pre id="measured">(.*?)</pre>', result.stdout, re.DOTALL)
    assert found, f"the browser printed no measurements: {result.stderr[-2000:]}"
    return json.loads(found.group(1).replace("&amp;", "&").replace("&quot;", '"'))


def luminance(rgb) -> float:
    def channel(v: float) -> float:
        v /= 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.fixture(scope="module")
def seeds() -> Report:
    return reconcile.reconcile(reconcile.load(ROOT / "fixtures" / "seeds"))


def test_an_arabic_figure_interval_reads_left_to_right(seeds, tmp_path):
    measured = rendered(_render(seeds, "html"), tmp_path, "light")
    arabic = [m for m in measured["intervals"] if m["arabic"]]
    # the figure cell of the Arabic claim, and the reason of the relation naming it
    assert len(arabic) >= 2, measured["intervals"]
    for m in measured["intervals"]:
        assert m["first"] < m["second"], f"1,000 is drawn after 9,999 in {m['text']!r}"


def test_the_check_catches_a_reversed_interval(tmp_path):
    """Without isolation the browser reverses the interval: the check above can fail."""
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'
        "<table><tr><td>'آلافا' (1,000-9,999)</td></tr></table></body></html>"
    )
    measured = rendered(page, tmp_path, "raw")
    assert [m["first"] > m["second"] for m in measured["intervals"]] == [True]


def hostile_arabic_report() -> Report:
    """An Arabic speaker before a date in a reason, and an Arabic vague figure."""
    a = Claim(
        document="en.txt",
        span=Span(0, 9),
        quantity=Quantity.vague(1000, 9999, "Thousands"),
        quote="Thousands of men",
        measure="fighters",
        as_of="2019-04",
    )
    b = Claim(
        document="ar.txt",
        span=Span(0, 5),
        quantity=Quantity.vague(1000, 9999, "آلافا"),
        quote="آلافا من رجال",
        measure="fighters",
        speaker="نزاروف",
        as_of="2019-04",
    )
    return Report(
        claims=[a, b],
        clusters=[Cluster(id="k-1", claims=[a.id, b.id], measure="fighters")],
        relations=[
            Relation(
                "repeats",
                [a.id, b.id],
                "'آلافا' (1,000-9,999) (نزاروف, 2019-04) vs 'Thousands' (1,000-9,999)",
            )
        ],
    )


def test_reasons_that_open_with_arabic_still_read_left_to_right(tmp_path):
    measured = rendered(_render(hostile_arabic_report(), "html"), tmp_path, "reason")
    assert len(measured["intervals"]) >= 3
    for m in measured["intervals"]:
        assert m["first"] < m["second"], m["text"]


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_highlights_and_flags_are_readable_in_light_and_dark_themes(seeds, tmp_path, theme):
    page = _render(seeds, "html")
    if theme == "dark":
        page = page.replace("</head>", _DARK + "</head>")
    colours = rendered(page, tmp_path, theme)["colours"]
    assert {c["tag"] for c in colours} == {"MARK", "SPAN"}
    for c in colours:
        # WCAG AA for normal text is 4.5
        assert contrast(c["fg"], c["bg"]) >= 4.5, (theme, c)


def test_screenshots(seeds, tmp_path):
    """Light and dark screenshots render; kept in $RECONCILE_SCREENSHOTS for a person to look at."""
    out = Path(os.environ.get("RECONCILE_SCREENSHOTS") or tmp_path)
    page = _render(seeds, "html")
    for theme, markup in (("light", page), ("dark", page.replace("</head>", _DARK + "</head>"))):
        path = tmp_path / f"{theme}.html"
        path.write_text(markup, encoding="utf-8")
        subprocess.run(
            [
                BROWSER,
                *_FLAGS,
                f"--user-data-dir={tmp_path / theme}",
                "--window-size=1400,1200",
                f"--screenshot={out / f'report-{theme}.png'}",
                path.as_uri(),
            ],
            capture_output=True,
            timeout=120,
            check=True,
        )
    for theme in ("light", "dark"):
        shot = (out / f"report-{theme}.png").read_bytes()
        assert shot.startswith(b"\x89PNG"), theme
        assert len(shot) > 10_000, theme
