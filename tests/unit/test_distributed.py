"""The Dask engine gives the local report byte for byte (reconcile.distributed).

One LocalCluster (2 worker processes, 1 thread each) serves the whole module.
"""

import io
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import reconcile
from benchmarks.bench_reconcile import synthetic_claims
from reconcile.documents import read_paths

distributed = pytest.importorskip("distributed")

from reconcile import distributed as engine  # noqa: E402 - needs the extra

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"


@pytest.fixture(scope="module")
def client():
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


GROUPS = ["Tajik", "Russian", "Uzbek", "Kazakh", "Chechen"]
PLACES = ["Syria", "Iraq", "Mosul", "Raqqa", "Turkey"]
VERBS = [
    ("are fighting in", "fighters"),
    ("were killed in", "killed"),
    ("returned from", "returned"),
    ("were detained in", "detained"),
]


def synthetic_documents(n, seed=0):
    """Short articles: some copied (sharing their figures), some translated (derived_from)."""
    rnd = random.Random(seed)
    docs = []
    for i in range(n):
        if docs and rnd.random() < 0.2:
            source = rnd.choice(docs)
            text = source.text.replace("officials said", "a spokesman said")
            derived = source.id if rnd.random() < 0.5 else None
            docs.append(
                reconcile.Document(
                    id=f"doc-{i:04d}.txt", text=text, derived_from=derived, lang="en"
                )
            )
            continue
        sentences = []
        for _ in range(rnd.randint(1, 5)):
            verb, _ = rnd.choice(VERBS)
            qualifier = rnd.choice(["around ", "at least ", "", "up to "])
            figure = rnd.choice([50, 120, 300, 450, 1000, 2000])
            sentences.append(
                f"In {rnd.randint(2014, 2016)}, officials said {qualifier}{figure} "
                f"{rnd.choice(GROUPS)} citizens {verb} {rnd.choice(PLACES)}."
            )
        published = rnd.choice([None, "2015-01", "2015-06", "2016-03"])
        docs.append(
            reconcile.Document(
                id=f"doc-{i:04d}.txt", text=" ".join(sentences), published=published, lang="en"
            )
        )
    rnd.shuffle(docs)
    return docs


def local_json(items):
    return reconcile.reconcile(items).to_json()


@pytest.mark.parametrize("folders", [["seeds"], ["patterns"], ["seeds", "patterns"]])
def test_fixtures_give_the_local_report(client, folders):
    paths = [str(FIXTURES / f) for f in folders]
    expected = local_json(read_paths(paths).documents)
    for npartitions in (1, 3):
        report = engine.reconcile(paths, client=client, npartitions=npartitions)
        assert report.to_json() == expected


def test_synthetic_documents_give_the_local_report(client):
    docs = synthetic_documents(300)
    expected = local_json(docs)
    report = reconcile.reconcile(docs, engine="dask", client=client)
    assert report.to_json() == expected
    data = json.loads(expected)
    kinds = {r["kind"] for r in data["relations"]}
    assert {"repeats", "contradicts"} <= kinds  # the corpus reaches the relation stage
    assert all(d.text is None for d in report.documents)


def test_synthetic_claims_give_the_local_report(client):
    claims = synthetic_claims(3000, seed=1)
    expected = local_json(claims)
    assert engine.reconcile(claims, client=client, npartitions=4).to_json() == expected


def test_documents_and_claims_with_given_origins(client):
    docs = synthetic_documents(60, seed=3)
    given = {docs[0].id: docs[1].id}
    expected = reconcile.reconcile(docs, origins=given).to_json()
    assert engine.reconcile(docs, client=client, origins=given).to_json() == expected


# The cluster's own threads draw from ``random`` while hypothesis draws the
# partition count; hypothesis then warns that a strategy used ``random``. No
# strategy here does: the warning is the cluster's, not the test's.
_CLUSTER_RANDOM = pytest.mark.filterwarnings(
    "ignore:Do not use the `random` module inside strategies"
)


@settings(
    max_examples=5,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@_CLUSTER_RANDOM
@given(npartitions=st.integers(min_value=1, max_value=12))
def test_the_report_does_not_depend_on_the_partitions(client, npartitions):
    docs = synthetic_documents(120, seed=7)
    expected = _expected_for_seed_7()
    assert engine.reconcile(docs, client=client, npartitions=npartitions).to_json() == expected


_CACHE = {}


def _expected_for_seed_7():
    if "7" not in _CACHE:
        _CACHE["7"] = local_json(synthetic_documents(120, seed=7))
    return _CACHE["7"]


class Recorder(io.StringIO):
    """A text stream that remembers the size of each write."""

    def __init__(self):
        super().__init__()
        self.sizes = []

    def write(self, text):
        self.sizes.append(len(text))
        return super().write(text)


def streamed(items, client, npartitions):
    out = Recorder()
    problems = engine.write_report(items, out, client=client, npartitions=npartitions)
    return out, problems


@pytest.mark.parametrize("folders", [["seeds"], ["patterns"], ["seeds", "patterns"]])
def test_fixtures_stream_the_local_json(client, folders):
    paths = [str(FIXTURES / f) for f in folders]
    expected = local_json(read_paths(paths).documents) + "\n"
    for npartitions in (1, 2, 5):
        out, _ = streamed(paths, client, npartitions)
        assert out.getvalue() == expected


@settings(
    max_examples=5,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@_CLUSTER_RANDOM
@given(npartitions=st.integers(min_value=1, max_value=12))
def test_the_streamed_report_does_not_depend_on_the_partitions(client, npartitions):
    docs = synthetic_documents(120, seed=7)
    out, problems = streamed(docs, client, npartitions)
    assert out.getvalue() == _expected_for_seed_7() + "\n"
    assert problems == ()


def test_a_synthetic_folder_streams_in_pieces(client, tmp_path):
    for doc in synthetic_documents(300, seed=11):
        (tmp_path / doc.id).write_text(doc.text, encoding="utf-8")
    expected = local_json(read_paths([str(tmp_path)]).documents) + "\n"
    out, _ = streamed([str(tmp_path)], client, 6)
    assert out.getvalue() == expected
    # written as the pieces arrive, never as one text: the largest write is a small share
    assert len(out.sizes) > 4 * 6
    assert max(out.sizes) < len(expected) / 4


def test_problems_are_returned_when_streaming(client, tmp_path):
    (tmp_path / "a.txt").write_text("Around 300 Tajiks are fighting in Syria.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe not text")
    (tmp_path / "c.md").write_text("skipped", encoding="utf-8")
    out, problems = streamed([str(tmp_path)], client, 2)
    assert [str(p) for p in problems if p.error] == [
        f"cannot read {tmp_path / 'b.txt'}: not valid UTF-8 at byte 0"
    ]
    assert any("c.md" in str(p) for p in problems if not p.error)
    assert [d["id"] for d in json.loads(out.getvalue())["documents"]] == ["a.txt"]


def local_extract(paths):
    from reconcile.cli import main

    out = io.StringIO()
    main(["extract", "--format", "jsonl", *paths], stdout=out)
    return out.getvalue()


@pytest.mark.parametrize("npartitions", [1, 3, 7])
def test_claims_stream_as_local_extract(client, tmp_path, npartitions):
    for doc in synthetic_documents(80, seed=5):
        (tmp_path / doc.id).write_text(doc.text, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff not text")
    paths = [str(tmp_path), str(FIXTURES / "seeds")]
    out = Recorder()
    problems = engine.write_claims(paths, out, client=client, npartitions=npartitions)
    assert out.getvalue() == local_extract(paths)
    assert [str(p) for p in problems if p.error] == [
        f"cannot read {tmp_path / 'bad.txt'}: not valid UTF-8 at byte 0"
    ]
    assert len(out.sizes) == npartitions  # one write per range of documents


def test_cli_extract_engine_dask_prints_the_local_lines(client):
    folders = [str(FIXTURES / "seeds"), str(FIXTURES / "patterns")]
    run = [sys.executable, "-m", "reconcile", "extract", *folders]
    local = subprocess.run(run, capture_output=True, text=True, check=True)
    scheduler = client.scheduler.address
    dask = subprocess.run(
        [*run, "--engine", "dask", "--scheduler", scheduler, "--npartitions", "2"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert dask.stdout == local.stdout
    assert dask.stdout.count("\n") > 50


def test_cli_extract_engine_dask_writes_jsonl_only(capsys):
    from reconcile.cli import main

    folder = str(FIXTURES / "seeds")
    assert main(["extract", "--engine", "dask", "--format", "text", folder]) == 2
    assert "jsonl only" in capsys.readouterr().err


def test_an_unreadable_file_is_an_error(client, tmp_path):
    (tmp_path / "a.txt").write_text("Around 300 Tajiks are fighting in Syria.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe not text")
    with pytest.raises(reconcile.DocumentError, match="UTF-8"):
        engine.reconcile([str(tmp_path)], client=client)
    found = engine.run([str(tmp_path)], client=client)
    assert [str(p) for p in found.problems if p.error] == [
        f"cannot read {tmp_path / 'b.txt'}: not valid UTF-8 at byte 0"
    ]
    assert [d.id for d in found.report.documents] == ["a.txt"]


def test_the_local_report_does_not_depend_on_string_hashing():
    code = (
        "import reconcile, sys; from reconcile.documents import read_paths; "
        "sys.stdout.write(reconcile.reconcile(read_paths(sys.argv[1:]).documents).to_json())"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code, str(FIXTURES / "seeds"), str(FIXTURES / "patterns")],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": str(seed), "PATH": ""},
        ).stdout
        for seed in (1, 2, 6, 12)
    }
    assert len(outputs) == 1


def test_cli_engine_dask_prints_the_local_json(client):
    folder = str(FIXTURES / "seeds")
    run = [sys.executable, "-m", "reconcile", "report", "--format", "json"]
    local = subprocess.run([*run, folder], capture_output=True, text=True, check=True)
    scheduler = client.scheduler.address
    dask = subprocess.run(
        [*run, "--engine", "dask", "--scheduler", scheduler, folder],
        capture_output=True,
        text=True,
        check=True,
    )
    assert dask.stdout == local.stdout
    assert dask.stderr == local.stderr  # the same notices (files skipped)


@pytest.mark.parametrize("form", ["text", "html"])
def test_cli_engine_dask_gathers_text_and_html_as_local(client, form):
    folder = str(FIXTURES / "seeds")
    run = [sys.executable, "-m", "reconcile", "report", "--format", form, folder]
    local = subprocess.run(run, capture_output=True, text=True, check=True)
    scheduler = client.scheduler.address
    dask = subprocess.run(
        [*run, "--engine", "dask", "--scheduler", scheduler, "--npartitions", "3"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert dask.stdout == local.stdout


def test_cli_progress_goes_to_stderr_only(client):
    folder = str(FIXTURES / "seeds")
    run = [sys.executable, "-m", "reconcile", "report", "--format", "json", folder]
    local = subprocess.run(run, capture_output=True, text=True, check=True)
    scheduler = client.scheduler.address
    shown = subprocess.run(
        [*run, "--engine", "dask", "--scheduler", scheduler, "--progress"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert shown.stdout == local.stdout
    assert "reconcile: Dask dashboard at http" in shown.stderr
    assert "writing the report" in shown.stderr
    quiet = subprocess.run(
        [*run, "--engine", "dask", "--scheduler", scheduler, "--no-progress"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "dashboard" not in quiet.stderr
    assert "writing" not in quiet.stderr


@pytest.mark.parametrize("command", ["report", "extract"])
@pytest.mark.parametrize("option", [["--scheduler", "tcp://x:1"], ["--npartitions", "3"]])
def test_dask_options_without_dask_engine_are_a_usage_error(capsys, command, option):
    from reconcile.cli import main

    assert main([command, *option, str(FIXTURES / "seeds")]) == 2
    assert "--engine dask" in capsys.readouterr().err


def test_npartitions_must_be_positive(capsys):
    from reconcile.cli import main

    folder = str(FIXTURES / "seeds")
    assert main(["report", "--engine", "dask", "--npartitions", "0", folder]) == 2
    assert "at least 1" in capsys.readouterr().err


def test_an_unknown_engine_is_refused():
    with pytest.raises(ValueError, match="engine"):
        reconcile.reconcile([], engine="spark")
