"""Every Python block of the README and the docs runs as written."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PAGES = [
    p.relative_to(ROOT).as_posix()
    for p in [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
    if "```python" in p.read_text(encoding="utf-8")
]


@pytest.mark.parametrize("page", PAGES)
def test_every_python_block_of_the_guides_runs(page, tmp_path, monkeypatch):
    # run beside a link to the fixtures, so that files the guides write land in tmp_path
    (tmp_path / "fixtures").symlink_to(ROOT / "fixtures")
    monkeypatch.chdir(tmp_path)
    text = (ROOT / page).read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, re.DOTALL)
    namespace: dict = {}
    for block in blocks:  # one page is one session: later blocks use earlier names
        exec(compile(block, page, "exec"), namespace)
    if page.endswith("first-report.md"):
        assert (tmp_path / "seeds.graphml").exists()
        assert (tmp_path / "fighters.png").exists()


def test_how_to_bring_your_own_claims_runs(monkeypatch):
    monkeypatch.chdir(ROOT)
    text = (ROOT / "docs" / "how-to" / "bring-your-own-claims.md").read_text(encoding="utf-8")
    (block,) = re.findall(r"```python\n(.*?)```", text, re.DOTALL)
    namespace: dict = {}
    exec(compile(block, "bring-your-own-claims.md", "exec"), namespace)
    assert len(namespace["report"].claims) == 2


def test_every_measure_a_claim_can_carry_is_in_the_format_reference():
    from reconcile.lang import available_languages, canon, lexicon

    produced = set(canon().at_home.values())
    for code in available_languages():
        measures = lexicon(code).measures
        produced |= set(measures.measures) | set(measures.planned.values())
    text = (ROOT / "docs" / "reference" / "format.md").read_text(encoding="utf-8")
    (row,) = [line for line in text.splitlines() if line.startswith("| `measure` |")]
    assert produced <= set(re.findall(r"`([a-z_]+)`", row))
