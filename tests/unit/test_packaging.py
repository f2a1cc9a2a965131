"""The promises of README.md and pyproject.toml, checked."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

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
    extras = ("pandas", "matplotlib", "hypothesis", "jsonschema", "nbclient", "dask", "distributed")
    code = f"import sys, reconcile; print(sorted(m for m in {extras!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_version_matches_pyproject():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(rf'^version = "{re.escape(reconcile.__version__)}"$', pyproject, re.MULTILINE)


@pytest.mark.parametrize(
    "module", ["reconcile", "reconcile.strategies", "reconcile._hypothesis", "reconcile.report"]
)
def test_each_public_module_imports_in_a_fresh_interpreter(module):
    """Under pytest hypothesis is already imported; a user's interpreter may import us first."""
    code = f"import {module}"
    result = subprocess.run(
        [sys.executable, "-c", code], check=False, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_strategies_are_registered_for_from_type_in_a_fresh_interpreter():
    code = (
        "from hypothesis import strategies as st\n"
        "from reconcile import Claim\n"
        "claim = st.from_type(Claim).example()\n"
        "print(type(claim).__name__)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], check=False, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Claim"


def test_the_documented_module_paths_exist():
    """Paths the docs name (reconcile.relations.CHECKS, ...) are not hidden by functions."""
    import reconcile.clustering
    import reconcile.estimation
    import reconcile.extraction
    import reconcile.relations

    assert reconcile.relations.CHECKS
    assert callable(reconcile.compare)
    assert callable(reconcile.clustering.cluster_members)
    assert callable(reconcile.estimation.median_rule)
    assert callable(reconcile.extraction.quantities)
