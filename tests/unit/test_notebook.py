"""The notebook in docs/ runs from top to bottom, so it can never go stale."""

from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "docs" / "notebooks" / "tour.ipynb"


def test_the_tour_notebook_runs_and_shows_every_surface(tmp_path, monkeypatch):
    # run a copy beside a link to the fixtures, so its files land in tmp_path
    (tmp_path / "fixtures").symlink_to(ROOT / "fixtures")
    workdir = tmp_path / "docs" / "notebooks"
    workdir.mkdir(parents=True)
    # the kernel inherits the environment: draw inline, as in Jupyter, not with the tests' Agg
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not c.get("outputs") for c in notebook.cells if c.cell_type == "code"), (
        "the notebook is stored without outputs"
    )
    NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": workdir}}
    ).execute()
    outputs = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    html = [o.data["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert any('class="reconcile"' in h for h in html)  # the report
    assert any("<table" in h and "qualifier" in h for h in html)  # the DataFrame
    assert (workdir / "seeds.graphml").stat().st_size > 0
    assert any("image/png" in o.get("data", {}) for o in outputs)  # the timeline
    printed = "".join(o.text for o in outputs if o.output_type == "stream")
    assert "contradicts" in printed
