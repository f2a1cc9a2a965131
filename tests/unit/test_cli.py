import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args, cwd=ROOT):
    return subprocess.run(
        [sys.executable, "-m", "reconcile", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "a.txt").write_text(
        "---\noutlet: Example Wire\npublished: 2015-01\nlang: en\n---\n"
        "Officials said around 200 Tajiks are fighting in Syria.\n",
        encoding="utf-8",
    )
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9 300")
    (tmp_path / "ignored.md").write_text("300 people", encoding="utf-8")
    return tmp_path


def test_extract_jsonl_prints_one_claim_per_line(folder):
    out = run("extract", "--format", "jsonl", str(folder))
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert [c["quantity"]["text"] for c in lines] == ["around 200"]
    claim = lines[0]
    assert claim["document"] == "a.txt"
    text = (folder / "a.txt").read_text(encoding="utf-8")
    assert text[claim["span"][0] : claim["span"][1]] == "around 200"
    assert claim["outlet"] == "Example Wire"


def test_an_undecodable_file_is_reported_and_the_rest_still_processed(folder):
    out = run("report", "--format", "json", str(folder))
    assert out.returncode == 1
    assert "bad.txt" in out.stderr
    assert "UTF-8" in out.stderr
    report = json.loads(out.stdout)
    assert [d["id"] for d in report["documents"]] == ["a.txt"]


def test_report_json_has_the_contract_keys(folder):
    (folder / "bad.txt").unlink()
    out = run("report", "--format", "json", str(folder))
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert set(report) >= {"documents", "claims", "clusters", "relations"}
    assert report["documents"][0]["published"] == "2015-01"


def test_text_report_runs_on_the_fixtures():
    out = run("report", "fixtures/seeds")
    assert out.returncode == 0, out.stderr
    assert "documents" in out.stdout


def test_missing_path_and_usage_errors():
    assert run("report", "no/such/path").returncode == 1
    assert run("frobnicate").returncode == 2
    assert "examples" in run("--help").stdout


class _Terminal:
    """A stream that says it is a terminal, and keeps what is written."""

    def __init__(self, tty: bool) -> None:
        self.tty = tty
        self.text = ""

    def isatty(self) -> bool:
        return self.tty

    def write(self, text: str) -> int:
        self.text += text
        return len(text)

    def flush(self) -> None:
        pass


def run_with_stderr(monkeypatch, stream, args):
    import io

    from reconcile.cli import main

    monkeypatch.setattr(sys, "stderr", stream)
    return main(args, stdout=io.StringIO())


@pytest.fixture
def many(tmp_path):
    for i in range(25):
        (tmp_path / f"{i:02d}.txt").write_text(f"Officials said {i + 1} people fled.", "utf-8")
    return tmp_path


def test_progress_bar_on_a_terminal(monkeypatch, many):
    monkeypatch.delenv("CI", raising=False)
    terminal = _Terminal(tty=True)
    assert run_with_stderr(monkeypatch, terminal, ["report", str(many)]) == 0
    assert "25/25 documents" in terminal.text


@pytest.mark.parametrize(("tty", "ci"), [(False, None), (True, "true")])
def test_no_progress_bar_off_a_terminal_or_in_ci(monkeypatch, many, tty, ci):
    if ci:
        monkeypatch.setenv("CI", ci)
    else:
        monkeypatch.delenv("CI", raising=False)
    stream = _Terminal(tty=tty)
    assert run_with_stderr(monkeypatch, stream, ["report", str(many)]) == 0
    assert stream.text == ""


def test_a_folder_without_text_files_is_named(tmp_path):
    out = run("report", str(tmp_path))
    assert out.returncode == 1
    assert f"cannot read {tmp_path}: a folder with no .txt files" in out.stderr


def test_help_shows_examples():
    out = run("report", "--help")
    assert out.returncode == 0
    assert "reconcile report fixtures/seeds" in out.stdout
    assert "examples:" in out.stdout
