"""The README's tour runs as written."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_readme_tour_runs(monkeypatch):
    monkeypatch.chdir(ROOT)
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, re.DOTALL)
    assert blocks
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})


def test_how_to_bring_your_own_claims_runs(monkeypatch):
    monkeypatch.chdir(ROOT)
    text = (ROOT / "docs" / "how-to" / "bring-your-own-claims.md").read_text(encoding="utf-8")
    (block,) = re.findall(r"```python\n(.*?)```", text, re.DOTALL)
    namespace: dict = {}
    exec(compile(block, "bring-your-own-claims.md", "exec"), namespace)
    assert len(namespace["report"].claims) == 2
