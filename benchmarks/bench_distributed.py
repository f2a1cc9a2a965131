"""The whole report from files, locally and on Dask with 2 workers: time and peak memory.

Run from the repository root:

    python benchmarks/bench_distributed.py [--documents 200000] [--npartitions N]

Writes N synthetic articles (a few sentences each, 20% copies of another,
half of those marked ``derived_from``) to a temporary folder, then runs, each
in a fresh process, ``reconcile report --format json`` (local) and the same
through :func:`reconcile.distributed.run` on a ``LocalCluster`` of 2 worker
processes with 1 thread each. Prints wall time and peak RSS of the client and
of each worker side by side, and checks that the two JSON outputs are equal.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time

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


def measure_dask(folder: str, npartitions: int | None) -> dict:
    from distributed import Client, LocalCluster

    from reconcile import distributed

    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as client,
    ):
        start = time.perf_counter()
        found = distributed.run([folder], client=client, npartitions=npartitions)
        text = json.dumps(found.report.to_dict(), ensure_ascii=False, indent=2) + "\n"
        elapsed = time.perf_counter() - start
        workers = client.run(_maxrss_mib)
    return {
        "seconds": elapsed,
        "client_mib": _maxrss_mib(),
        "workers_mib": sorted(workers.values()),
        "sha": hashlib.sha256(text.encode()).hexdigest(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=200_000)
    parser.add_argument("--npartitions", type=int, default=None)
    parser.add_argument("--child", choices=("local", "dask"), help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "local":
        print(json.dumps(measure_local(args.folder)))
        return
    if args.child == "dask":
        print(json.dumps(measure_dask(args.folder, args.npartitions)))
        return
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        write_corpus(folder, args.documents)
        print(f"{args.documents:,} documents written in {time.perf_counter() - start:.1f} s")
        results = {}
        for mode in ("local", "dask"):
            cmd = [sys.executable, __file__, "--child", mode, "--folder", folder]
            if args.npartitions:
                cmd += ["--npartitions", str(args.npartitions)]
            out = subprocess.run(cmd, capture_output=True, text=True, check=True)
            results[mode] = json.loads(out.stdout.strip().splitlines()[-1])
    local, dask = results["local"], results["dask"]
    print(f"{'':24}{'local':>14}{'dask, 2 workers':>20}")
    print(f"{'wall time (s)':24}{local['seconds']:>14.1f}{dask['seconds']:>20.1f}")
    print(f"{'client peak RSS (MiB)':24}{local['client_mib']:>14.0f}{dask['client_mib']:>20.0f}")
    workers = " / ".join(f"{w:.0f}" for w in dask["workers_mib"])
    print(f"{'worker peak RSS (MiB)':24}{'-':>14}{workers:>20}")
    print(f"same report: {local['sha'] == dask['sha']}")


if __name__ == "__main__":
    main()
