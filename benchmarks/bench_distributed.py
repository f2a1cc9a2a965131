"""The whole report from files, locally and on Dask with 2 workers: time and peak memory.

Run from the repository root:

    python benchmarks/bench_distributed.py [--documents 200000] [--npartitions N]

Writes N synthetic articles (a few sentences each, 20% copies of another,
half of those marked ``derived_from``) to a temporary folder, then runs, each
in a fresh process:

- ``local``: ``reconcile report --format json`` on this machine;
- ``dask, gathered``: :func:`reconcile.distributed.run`, the report gathered
  in the client, then serialised there (what ``--format text`` and ``html``
  do, and what :func:`reconcile.distributed.reconcile` returns);
- ``dask, streamed``: :func:`reconcile.distributed.write_report`, the JSON
  written piece by piece as the workers send it (``--format json``).

The Dask runs use a scheduler and 2 worker processes of 1 thread each, all
started as separate processes (``dask scheduler``, ``dask worker``), so that
the client's peak RSS is the client's alone. Prints wall time and peak RSS of
the client, the scheduler and each worker side by side, and checks that the
three JSON outputs are equal (their SHA-256).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator

GROUPS = ["Tajik", "Russian", "Uzbek", "Kazakh", "Chechen", "Kyrgyz", "Turkmen"]
PLACES = ["Syria", "Iraq", "Mosul", "Raqqa", "Turkey", "Aleppo", "Afghanistan"]
VERBS = ["are fighting in", "were killed in", "returned from", "were detained in"]


def write_corpus(folder: str, n: int, seed: int = 0) -> None:
    rnd = random.Random(seed)
    texts: list[str] = []
    for i in range(n):
        name = os.path.join(folder, f"doc-{i:08d}.txt")
        if texts and rnd.random() < 0.2:
            k = rnd.randrange(len(texts))
            head = f"---\nderived_from: doc-{k:08d}.txt\n---\n" if rnd.random() < 0.5 else ""
            text = head + texts[k].replace("officials said", "a spokesman said")
        else:
            sentences = [
                f"In {rnd.randint(2014, 2016)}, officials said "
                f"{rnd.choice(['around ', 'at least ', '', 'up to '])}"
                f"{rnd.choice([50, 120, 300, 450, 1000, 2000, rnd.randint(10, 5000)])} "
                f"{rnd.choice(GROUPS)} citizens {rnd.choice(VERBS)} {rnd.choice(PLACES)}."
                for _ in range(rnd.randint(1, 5))
            ]
            text = " ".join(sentences)
        texts.append(text)
        with open(name, "w", encoding="utf-8") as f:
            f.write(text)


def _maxrss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_local(folder: str) -> dict:
    from reconcile.cli import main

    sink = _Digest()
    start = time.perf_counter()
    status = main(["report", "--format", "json", folder], stdout=sink)  # type: ignore[arg-type]
    elapsed = time.perf_counter() - start
    return {"status": status, "seconds": elapsed, "client_mib": _maxrss_mib(), "sha": sink.hex()}


class _Digest:
    """A text stream that keeps only the hash of what is written."""

    def __init__(self) -> None:
        self.sha = hashlib.sha256()

    def write(self, text: str) -> int:
        self.sha.update(text.encode())
        return len(text)

    def flush(self) -> None:
        pass

    def hex(self) -> str:
        return self.sha.hexdigest()


@contextlib.contextmanager
def cluster(workers: int = 2) -> Iterator[str]:
    """A scheduler and worker processes started here; yields the scheduler file."""
    with tempfile.TemporaryDirectory() as tmp:
        file = os.path.join(tmp, "scheduler.json")
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
        where = ["--scheduler-file", file]
        scheduler = subprocess.Popen(
            [sys.executable, "-m", "distributed.cli.dask_scheduler", *where, "--port", "0"],
            **quiet,
        )
        sizes = ["--nworkers", str(workers), "--nthreads", "1", "--memory-limit", "0"]
        nodes = subprocess.Popen(
            [sys.executable, "-m", "distributed.cli.dask_worker", *where, *sizes], **quiet
        )
        try:
            yield file
        finally:
            for process in (nodes, scheduler):
                process.terminate()
                process.wait(timeout=60)


def measure_dask(folder: str, npartitions: int | None, streamed: bool) -> dict:
    from distributed import Client

    from reconcile import distributed

    with cluster() as file:
        while not os.path.exists(file):
            time.sleep(0.1)
        with Client(scheduler_file=file) as client:
            client.wait_for_workers(2)
            start = time.perf_counter()
            if streamed:
                sink = _Digest()
                distributed.write_report([folder], sink, client=client, npartitions=npartitions)
                sha = sink.hex()
            else:
                found = distributed.run([folder], client=client, npartitions=npartitions)
                text = json.dumps(found.report.to_dict(), ensure_ascii=False, indent=2) + "\n"
                sha = hashlib.sha256(text.encode()).hexdigest()
            elapsed = time.perf_counter() - start
            workers = client.run(_maxrss_mib)
            scheduler = client.run_on_scheduler(_maxrss_mib)
    return {
        "seconds": elapsed,
        "client_mib": _maxrss_mib(),
        "scheduler_mib": scheduler,
        "workers_mib": sorted(workers.values()),
        "sha": sha,
    }


MODES = {"local": "local", "gathered": "dask, gathered", "streamed": "dask, streamed"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=200_000)
    parser.add_argument("--npartitions", type=int, default=None)
    parser.add_argument(
        "--modes",
        default=",".join(MODES),
        help=f"which runs, comma-separated (default: {','.join(MODES)})",
    )
    parser.add_argument("--child", choices=tuple(MODES), help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "local":
        print(json.dumps(measure_local(args.folder)))
        return
    if args.child:
        print(json.dumps(measure_dask(args.folder, args.npartitions, args.child == "streamed")))
        return
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        write_corpus(folder, args.documents)
        print(f"{args.documents:,} documents written in {time.perf_counter() - start:.1f} s")
        results = {}
        modes = [m for m in MODES if m in args.modes.split(",")]
        for mode in modes:
            cmd = [sys.executable, __file__, "--child", mode, "--folder", folder]
            if args.npartitions:
                cmd += ["--npartitions", str(args.npartitions)]
            out = subprocess.run(cmd, capture_output=True, text=True, check=True)
            results[mode] = json.loads(out.stdout.strip().splitlines()[-1])
    print(f"{'':26}" + "".join(f"{MODES[m]:>18}" for m in modes))
    rows = [
        ("wall time (s)", lambda r: f"{r['seconds']:.1f}"),
        ("client peak RSS (MiB)", lambda r: f"{r['client_mib']:.0f}"),
        (
            "scheduler peak RSS (MiB)",
            lambda r: f"{r['scheduler_mib']:.0f}" if "workers_mib" in r else "-",
        ),
        (
            "worker peak RSS (MiB)",
            lambda r: " / ".join(f"{w:.0f}" for w in r.get("workers_mib", [])) or "-",
        ),
    ]
    for label, cell in rows:
        print(f"{label:26}" + "".join(f"{cell(results[m]):>18}" for m in modes))
    print(f"same report: {len({r['sha'] for r in results.values()}) == 1}")


if __name__ == "__main__":
    main()
