"""The command line on hostile folders: every entry in the output or on stderr, no traceback."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

import reconcile
from reconcile import Report
from reconcile.cli import main

ROOT = Path(__file__).resolve().parents[2]
GOOD = {
    "good.txt": "Officials said around 300 Tajiks are fighting in Syria.\n",
    "UPPER.TXT": "Officials said 20 people fled.\n",
    ".txt": "Officials said 40 people fled.\n",
    "quoted.txt": "---\nlang: english\ntitle: \"It's 'quoted'\"\npublished: ٢٠١٥-٠١\n---\n"
    "Officials said 50 people fled.\n",
}
OPEN_FRONT_MATTER = "---\r\n" + "a\r\n" * 40 + "Officials said 60 people fled.\r\n"
FOREIGN = "---\nlang: xx\n---\nIl y a 300 combattants.\n"


def run(*args, cwd=ROOT, timeout=120):
    return subprocess.run(
        [sys.executable, "-m", "reconcile", *map(os.fsdecode, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
        timeout=timeout,
    )


@pytest.fixture
def mixed(tmp_path):
    """A folder with good files and one entry of each bad kind, and the lines expected on stderr."""
    folder = tmp_path / "d"
    folder.mkdir()
    for name, text in GOOD.items():
        (folder / name).write_text(text, "utf-8")
    (folder / "open.txt").write_bytes(OPEN_FRONT_MATTER.encode())
    (folder / "foreign.txt").write_text(FOREIGN, "utf-8")
    with open(os.fsencode(folder) + b"/caf\xe9.txt", "wb") as file:
        file.write(b"Officials said 70 people fled.")
    (folder / "bad.txt").write_bytes(b"caf\xe9 300")
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    os.mkfifo(folder / "fifo.txt")
    (folder / "notes.md").write_text("300 people", "utf-8")
    (folder / "sub").mkdir()
    (folder / "badmatter.txt").write_text("---\npublished: April\n---\nBody", "utf-8")
    documents = {*GOOD, "open.txt", "foreign.txt", "caf\\xe9.txt"}
    errors = {
        "bad.txt": "not valid UTF-8",
        "dangling.txt": "a dangling symbolic link",
        "loop.txt": "a symbolic link loop",
        "fifo.txt": "not a regular file: a FIFO",
        "badmatter.txt": "published",
    }
    notices = {
        "notes.md": "skipped: not a .txt file",
        "sub": "skipped: a folder",
        "open.txt": "warning: front matter has no closing",
        "foreign.txt": "language 'xx' is not supported",
    }
    return folder, documents, errors, notices


@pytest.mark.parametrize("command", ["report", "extract"])
def test_a_mixed_folder_loses_nothing(mixed, command):
    folder, documents, errors, notices = mixed
    args = ["report", "--format", "json"] if command == "report" else ["extract"]
    out = run(*args, folder)
    assert out.returncode == 1, out.stderr
    assert "Traceback" not in out.stderr
    lines = out.stderr.splitlines()
    for name, reason in {**errors, **notices}.items():
        assert any(f"{folder}/{name}" in line and reason in line for line in lines), (name, lines)
    if command == "report":
        report = json.loads(out.stdout)
        jsonschema.validate(report, reconcile.json_schema("report"))
        assert {d["id"] for d in report["documents"]} == documents
        out_ids = {d["id"] for d in report["documents"]}
    else:
        out_ids = {json.loads(line)["document"] for line in out.stdout.splitlines()}
        assert out_ids == documents - {"foreign.txt"}  # kept with no claims: no line
        out_ids.add("foreign.txt")
    named = set(errors) | {n for n in notices if n not in documents}
    entries = {os.fsdecode(e).replace("\udce9", "\\xe9") for e in os.listdir(folder)}
    assert out_ids | named == entries  # every entry in the output or on stderr
    assert len(lines) == len(errors) + len(notices)


def test_only_notices_exit_zero(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD["good.txt"], "utf-8")
    (tmp_path / "foreign.txt").write_text(FOREIGN, "utf-8")
    (tmp_path / "README.md").write_text("hello", "utf-8")
    out = run("report", "--format", "json", tmp_path)
    assert out.returncode == 0, out.stderr
    assert [d["id"] for d in json.loads(out.stdout)["documents"]] == ["foreign.txt", "good.txt"]
    assert out.stderr.count("\n") == 2


def test_same_names_in_two_folders_and_a_file_given_twice(tmp_path):
    for folder, figure in [("a", 300), ("b", 200)]:
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(f"Officials said {figure} people fled.", "utf-8")
    out = run("report", "--format", "json", "a", "b", "a/x.txt", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stderr == "reconcile: a/x.txt: skipped: the same file as a/x.txt, read once\n"
    report = Report.from_json(out.stdout)
    assert [d.id for d in report.documents] == ["a/x.txt", "b/x.txt"]
    assert len(report.claims) == 2


def test_the_same_files_in_any_order_give_the_same_bytes(tmp_path):
    for i, name in enumerate(["c.txt", "a.txt", "b.txt"]):
        (tmp_path / name).write_text(f"Officials said {300 + i} Tajiks fight in Syria.", "utf-8")
    outputs = {
        run(command, "--format", form, *names, cwd=tmp_path).stdout
        for names in (["a.txt", "b.txt", "c.txt"], ["c.txt", "a.txt", "b.txt"])
        for command, form in [("report", "json")]
    }
    assert len(outputs) == 1
    lines = {
        run("extract", *names, cwd=tmp_path).stdout
        for names in (["a.txt", "b.txt", "c.txt"], ["b.txt", "c.txt", "a.txt"])
    }
    assert len(lines) == 1


def _failing_extract(real):
    def extract(document, **kwargs):
        if document.id == "boom.txt":
            raise RuntimeError("injected failure")
        return real(document, **kwargs)

    return extract


@pytest.mark.parametrize("command", ["extract", "report"])
def test_a_document_that_breaks_extraction_is_named_and_the_rest_finish(
    tmp_path, monkeypatch, capsys, command
):
    (tmp_path / "boom.txt").write_text("Officials said 300 people fled.", "utf-8")
    (tmp_path / "good.txt").write_text("Officials said 200 people fled.", "utf-8")
    monkeypatch.setattr(reconcile.cli, "extract", _failing_extract(reconcile.cli.extract))
    out = io.StringIO()
    args = [command, "--format", "json" if command == "report" else "jsonl", str(tmp_path)]
    assert main(args, stdout=out) == 1
    err = capsys.readouterr().err
    reason = "extraction failed: RuntimeError: injected failure"
    assert err == f"reconcile: {tmp_path}/boom.txt: {reason}\n"
    if command == "report":
        assert [d.id for d in Report.from_json(out.getvalue()).documents] == ["good.txt"]
    else:
        assert [json.loads(x)["document"] for x in out.getvalue().splitlines()] == ["good.txt"]


def test_a_document_that_breaks_the_report_is_named_and_the_rest_finish(
    tmp_path, monkeypatch, capsys
):
    (tmp_path / "boom.txt").write_text("Officials said 300 people fled.", "utf-8")
    (tmp_path / "good.txt").write_text("Officials said 200 people fled.", "utf-8")
    real = reconcile.cli.reconcile

    def failing(items, **kwargs):
        items = list(items)
        if any(getattr(i, "id", None) == "boom.txt" for i in items):
            raise OverflowError("injected")
        return real(items, **kwargs)

    monkeypatch.setattr(reconcile.cli, "reconcile", failing)
    out = io.StringIO()
    assert main(["report", "--format", "json", str(tmp_path)], stdout=out) == 1
    err = capsys.readouterr().err
    assert err == f"reconcile: {tmp_path}/boom.txt: comparison failed: OverflowError: injected\n"
    assert [d.id for d in Report.from_json(out.getvalue()).documents] == ["good.txt"]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said " + "twenty one hundred " * 15 + "fighters left.",
        "Officials said " + "one hundred " * 155 + "fighters left.",
        "Officials said " + "one hundred " * 400 + "fighters left.",
    ],
    ids=["invalid-operation", "overflow", "long-chain"],
)
@pytest.mark.parametrize("form", ["json", "text", "html"])
def test_number_word_chains_never_lose_the_other_documents(tmp_path, text, form):
    (tmp_path / "chain.txt").write_text(text, "utf-8")
    (tmp_path / "good.txt").write_text("Officials said 200 people fled.", "utf-8")
    out = run("report", "--format", form, tmp_path)
    assert "Traceback" not in out.stderr
    assert out.returncode in {0, 1}
    if out.returncode == 1:
        assert out.stderr.startswith(f"reconcile: {tmp_path}/chain.txt: ")
    if form == "json":
        ids = [d["id"] for d in json.loads(out.stdout)["documents"]]
        assert ids == (["chain.txt", "good.txt"] if out.returncode == 0 else ["good.txt"])
    else:
        assert "people" in out.stdout or "displaced" in out.stdout


def test_a_closed_pipe_ends_quietly(tmp_path):
    for i in range(300):
        (tmp_path / f"{i:03d}.txt").write_text(f"Officials said {i + 1} people fled.", "utf-8")
    with subprocess.Popen(
        [sys.executable, "-m", "reconcile", "extract", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        first = process.stdout.readline()
        process.stdout.close()
        stderr = process.stderr.read().decode()
        status = process.wait(timeout=60)
    assert json.loads(first)["document"] == "000.txt"
    assert stderr == ""
    assert status == 141


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")
def test_a_full_disk_is_one_line_on_stderr_not_a_traceback(tmp_path):
    (tmp_path / "a.txt").write_text("Officials said 300 people fled.", "utf-8")
    with open("/dev/full", "w") as full:
        out = subprocess.run(
            [sys.executable, "-m", "reconcile", "extract", str(tmp_path)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            check=False,
        )
    assert (out.returncode, out.stderr) == (
        1,
        "reconcile: cannot write the output: No space left on device\n",
    )
    out = run("report", "--format", "json", "-o", "/dev/full", tmp_path)
    assert (out.returncode, out.stderr) == (
        1,
        "reconcile: cannot write /dev/full: No space left on device\n",
    )


@pytest.mark.parametrize("value", ["-1", "0", "lots"])
def test_a_max_bytes_that_is_no_size_is_a_usage_error(tmp_path, value):
    (tmp_path / "a.txt").write_text("Officials said 300 people fled.", "utf-8")
    out = run("extract", f"--max-bytes={value}", tmp_path)
    assert out.returncode == 2
    assert "--max-bytes" in out.stderr


def test_a_max_bytes_far_above_any_file_reads_it(tmp_path):
    (tmp_path / "a.txt").write_text("Officials said 300 people fled.", "utf-8")
    out = run("extract", f"--max-bytes={10**30}", tmp_path)
    assert (out.returncode, out.stderr) == (0, "")
    assert json.loads(out.stdout)["document"] == "a.txt"


def test_version():
    out = run("--version")
    assert (out.returncode, out.stdout) == (0, f"reconcile {reconcile.__version__}\n")


@pytest.mark.parametrize(
    ("command", "form", "check"),
    [
        ("extract", "jsonl", lambda text: json.loads(text.splitlines()[0])["quantity"]),
        ("extract", "text", lambda text: "good.txt\t" in text),
        ("report", "json", lambda text: Report.from_json(text).claims),
        ("report", "text", lambda text: "documents" in text),
        ("report", "html", lambda text: text.startswith("<!DOCTYPE html>") and "300" in text),
    ],
)
def test_output_file_for_every_format(tmp_path, command, form, check):
    (tmp_path / "good.txt").write_text(GOOD["good.txt"], "utf-8")
    target = tmp_path / f"out.{form}"
    out = run(command, "--format", form, "-o", target, tmp_path / "good.txt")
    assert (out.returncode, out.stdout, out.stderr) == (0, "", "")
    assert check(target.read_text("utf-8"))


def test_an_output_file_that_cannot_be_written(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD["good.txt"], "utf-8")
    out = run("report", "-o", tmp_path / "no" / "such" / "out.txt", tmp_path)
    assert out.returncode == 1
    assert "cannot write" in out.stderr
    assert "Traceback" not in out.stderr


def test_verbose_logs_stage_times_and_documents(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD["good.txt"], "utf-8")
    out = run("report", "-v", tmp_path)
    assert out.returncode == 0
    for stage in ("reading:", "good.txt: 1 claims", "cluster:", "relate:", "reporting"):
        assert stage in out.stderr
    assert run("report", tmp_path).stderr == ""


def test_size_limit_flag(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD["good.txt"], "utf-8")
    out = run("report", "--max-bytes", "10", tmp_path)
    assert out.returncode == 1
    assert f"{tmp_path}/good.txt: larger than the size limit of 10 bytes" in out.stderr
