"""The promises of README.md and pyproject.toml, checked."""

import re
import subprocess
import sys
from pathlib import Path

import reconcile

ROOT = Path(__file__).resolve().parents[2]


def _readme_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Two commands", 1)[1].split("\n## ", 1)[0]
    return [line.strip() for line in section.splitlines() if line.startswith("    ")]


def test_readme_opens_with_two_commands():
    commands = _readme_commands()
    assert len(commands) == 2
    assert "reconcile report" in commands[0]
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command_exactly():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert _readme_commands()[1] in ci.splitlines()


def test_all_is_unique_and_documented():
    # the order is ruff's RUF022 (constants, classes, functions), checked by ruff
    assert len(set(reconcile.__all__)) == len(reconcile.__all__)
    for name in reconcile.__all__:
        assert getattr(reconcile, name) is not None
        assert getattr(reconcile, name).__doc__, name


def test_package_is_typed():
    assert (ROOT / "reconcile" / "py.typed").is_file()


def test_core_imports_no_optional_dependency():
    extras = ("pandas", "matplotlib", "hypothesis", "jsonschema", "nbclient")
    code = f"import sys, reconcile; print(sorted(m for m in {extras!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_version_matches_pyproject():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(rf'^version = "{re.escape(reconcile.__version__)}"$', pyproject, re.MULTILINE)
