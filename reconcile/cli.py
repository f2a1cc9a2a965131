"""The ``reconcile`` command line: ``extract`` and ``report`` over files and folders.

    reconcile extract --format jsonl PATH...
    reconcile report --format json PATH...
    reconcile report PATH...

Files that cannot be read are named on stderr with the reason; the others are
still processed, and the exit status is 1. Usage errors exit with status 2.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from .documents import read_documents
from .extraction import extract
from .model import Claim
from .pipeline import reconcile
from .report import render_text

__all__ = ["main"]

_EXAMPLES = """\
examples:
  reconcile report fixtures/seeds              a readable report on a folder
  reconcile report --format json a.txt b.txt   the report as JSON (docs/reference/format.md)
  reconcile extract --format jsonl fixtures    one claim per line
  reconcile extract --format text a.txt        one claim per line, for reading

A PATH is a .txt file or a folder of them; a file may open with front matter
(---, key: value lines such as published: 2015-01, ---). Files that cannot be
read are named on stderr and the others are still processed; the exit status
is then 1.
"""

_PROGRESS_FROM = 20
"""Show a progress bar from this many documents on (on a terminal, outside CI)."""


class _Progress:
    """A one-line progress bar on stderr, drawn only for a person watching a terminal."""

    def __init__(self, total: int, stream: TextIO) -> None:
        self.total = total
        self.stream = stream
        self.shown = total >= _PROGRESS_FROM and stream.isatty() and not os.environ.get("CI")

    def step(self, done: int) -> None:
        if self.shown:
            filled = 30 * done // self.total
            bar = "#" * filled + "." * (30 - filled)
            self.stream.write(f"\rreading [{bar}] {done}/{self.total} documents")
            self.stream.flush()

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r" + " " * 60 + "\r")
            self.stream.flush()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reconcile",
        description="Find the figures news reports state, and how they disagree.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    ext = commands.add_parser(
        "extract",
        help="print the claims found in each document",
        description="Print the claims found in each document.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ext.add_argument("--format", choices=("jsonl", "text"), default="jsonl")
    rep = commands.add_parser(
        "report",
        help="reconcile the claims of all documents",
        description="Cluster the claims of all documents into questions, relate them, "
        "and estimate each question.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    rep.add_argument("--format", choices=("text", "json"), default="text")
    for sub in (ext, rep):
        sub.add_argument("paths", nargs="+", metavar="PATH", help="a .txt file or a folder of them")
    return parser


def _describe(claim: Claim) -> str:
    q = claim.quantity
    what = " ".join(x for x in (claim.measure, claim.subject) if x) or "(unknown measure)"
    where = f" in {', '.join(claim.places)}" if claim.places else ""
    who = f" per {claim.speaker}" if claim.speaker else ""
    when = f" [{claim.as_of}]" if claim.as_of else ""
    return f"{q.text!r} ({q.qualifier.value}) {what}{where}{who}{when}"


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None) -> int:
    """Run the command line; returns the exit status.

    Examples:
        >>> import io
        >>> main(["report", "no/such/dir"], stdout=io.StringIO())
        1
    """
    out = stdout or sys.stdout
    args = _parser().parse_args(argv)
    documents, errors = read_documents(args.paths)
    for err in errors:
        print(f"reconcile: cannot read {err.path}: {err.reason}", file=sys.stderr)
    progress = _Progress(len(documents), sys.stderr)
    claims: list[Claim] = []
    for done, doc in enumerate(documents, start=1):
        found = extract(doc)
        if args.command == "extract":
            for claim in found:
                if args.format == "jsonl":
                    out.write(claim.to_json() + "\n")
                else:
                    out.write(f"{doc.id}\t{claim.span.start}\t{_describe(claim)}\n")
        else:
            claims.extend(found)
        progress.step(done)
    progress.close()
    if args.command == "report":
        report = reconcile([*documents, *claims], extract_documents=False)
        if args.format == "json":
            out.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
        else:
            out.write(render_text(report) + "\n")
    return 1 if errors else 0


def main_entry() -> None:
    """Console-script entry point: run :func:`main` and exit with its status."""
    sys.exit(main())
