"""Clustering, relations and estimates on synthetic claims: time and peak memory.

Run from the repository root:

    python benchmarks/bench_reconcile.py [--sizes 10000 100000 1000000]

Times ``reconcile.reconcile(claims)``, the call users make, with the time of
each stage as the pipeline logs it. Each size runs in a fresh process so that
its peak memory (max RSS) is its own. The claims imitate a large news corpus:
about one question per eight claims (measure x subject x places), figures
scattered around each question's value, 20% of claims copied word for word by
another outlet, 5% far off the value (real conflicts), dates over three years,
a pool of speakers. Growth is near-linear when 10x the claims take about 10x
the time.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import resource
import subprocess
import sys
import time

MEASURES = ["fighters", "killed", "returned", "detained", "injured", "displaced"]
CUMULATIVE = {"killed", "returned", "detained", "injured"}
SPEAKERS = [f"Speaker {i}" for i in range(500)] + [None]


def synthetic_claims(n: int, seed: int = 0) -> list:
    """``n`` claims over about ``n / 8`` questions (see the module docstring)."""
    from reconcile import Claim, Quantity, Span

    rnd = random.Random(seed)
    towns = [f"Town {k}" for k in range(max(10, n // 500))]
    groups = [f"Group {k} nationals" for k in range(max(10, n // 3000))]
    questions = []
    for _ in range(max(1, n // 8)):
        places = [rnd.choice(towns)] + ([rnd.choice(towns)] if rnd.random() < 0.1 else [])
        questions.append((rnd.choice(MEASURES), rnd.choice(groups), places, rnd.randint(10, 5000)))
    # one string per document and outlet, as when claims are read from documents
    documents = [f"doc-{d}.txt" for d in range(n // 5 + 1)]
    outlets = [f"outlet-{k}" for k in range(50)]
    claims: list = []
    for i in range(n):
        measure, subject, places, value = rnd.choice(questions)
        if rnd.random() < 0.2 and claims:
            source = claims[rnd.randrange(len(claims))]
            claims.append(
                Claim(
                    document=f"copy-{i}.txt",
                    span=source.span,
                    quantity=source.quantity,
                    quote=source.quote,
                    measure=source.measure,
                    subject=source.subject,
                    places=source.places,
                    as_of=source.as_of,
                    speaker=source.speaker,
                    outlet=outlets[i % 50],
                )
            )
            continue
        year, month = rnd.choice([2014, 2015, 2016]), rnd.randint(1, 12)
        # sources that report at the same time mostly report the same figure;
        # the figure moves from one half-year to the next (a total grows)
        half = (year - 2014) * 2 + (month > 6)
        figure = value * (1 + 0.3 * half if measure in CUMULATIVE else 1 + 0.1 * (half % 2))
        if rnd.random() < 0.05:
            figure *= rnd.uniform(3, 6)  # a real conflict
        kind = rnd.random()
        if kind < 0.5:
            quantity = Quantity.exact(round(figure))
        elif kind < 0.8:
            quantity = Quantity.approx(round(figure, -1) or 10)
        elif kind < 0.9:
            quantity = Quantity.at_least(round(figure * 0.5))
        else:
            quantity = Quantity.at_most(round(figure * 1.5))
        claims.append(
            Claim(
                document=documents[i // 5],
                span=Span(i % 5 * 100, i % 5 * 100 + 3),
                quantity=quantity,
                quote=f"sentence {i}",
                measure=measure,
                subject=subject,
                places=places,
                as_of=f"{year}-{month:02d}",
                speaker=rnd.choice(SPEAKERS),
                outlet=outlets[i % 50],
            )
        )
    return claims


class _StageTimes(logging.Handler):
    """Collects the stage times the pipeline logs at DEBUG level."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.seconds: dict[str, float] = {}

    def emit(self, record: logging.LogRecord) -> None:
        stage = getattr(record, "stage", None)
        if stage is not None:
            self.seconds[stage] = round(record.seconds, 2)  # type: ignore[attr-defined]


def digest(report: object) -> str:
    """A hash of the questions and relations, in report order, with their reasons.

    Two versions of the library that give the same digest on the same
    synthetic claims found the same clusters, estimates and relations: a
    change made only for speed must leave it as it was.
    """
    import hashlib

    h = hashlib.sha256()
    for k in report.clusters:  # type: ignore[attr-defined]
        h.update(json.dumps(k.to_dict(), sort_keys=True).encode())
    for r in report.relations:  # type: ignore[attr-defined]
        h.update(json.dumps(r.to_dict(), sort_keys=True).encode())
    return h.hexdigest()


def run_one(n: int, with_digest: bool = False) -> dict:
    import reconcile

    claims = synthetic_claims(n)
    input_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    stages = _StageTimes()
    logger = logging.getLogger("reconcile")
    logger.addHandler(stages)
    logger.setLevel(logging.DEBUG)
    t0 = time.perf_counter()
    report = reconcile.reconcile(claims)
    total = time.perf_counter() - t0
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    extra = {"digest": digest(report)} if with_digest else {}
    return {
        "claims": n,
        "clusters": len(report.clusters),
        "relations": len(report.relations),
        "stages": stages.seconds,
        "total_s": round(total, 2),
        "peak_mib": round(peak_kib / 1024),
        "input_mib": round(input_kib / 1024),
        **extra,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument(
        "--digest",
        action="store_true",
        help="also print a hash of the clusters and relations (after the timing)",
    )
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.digest)))
        return
    previous = None
    for n in args.sizes:
        command = [
            sys.executable,
            __file__,
            "--one",
            str(n),
            *(["--digest"] if args.digest else []),
        ]
        out = subprocess.run(command, capture_output=True, text=True, check=True)
        row = json.loads(out.stdout)
        growth = ""
        if previous:
            ratio = row["total_s"] / previous["total_s"]
            growth = f"  x{ratio:.1f} time for x{n // previous['claims']} claims"
        stages = " + ".join(f"{k} {v}s" for k, v in row["stages"].items() if k != "extract")
        print(
            f"{n:>9,} claims: {row['clusters']:,} clusters, {row['relations']:,} relations; "
            f"reconcile() {row['total_s']}s ({stages}); "
            f"peak {row['peak_mib']} MiB ({row['input_mib']} MiB of it the claims){growth}"
        )
        if args.digest:
            print(f"{'':>9}  digest {row['digest']}")
        previous = row


if __name__ == "__main__":
    main()
