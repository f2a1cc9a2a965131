"""The ``reconcile`` command line: ``extract`` and ``report`` over files and folders.

    reconcile extract --format jsonl PATH...
    reconcile report --format json PATH...
    reconcile report PATH...
    reconcile --version

Every entry given, or found in a folder, is either in the output or named on
stderr with the reason. Entries that cannot be read, and documents whose
extraction or comparison fails, are errors: the others are still processed and
printed, and the exit status is 1. Entries skipped on purpose (a file in a
folder not ending in ``.txt``, a sub-folder, a file given twice), warnings (front
matter with no closing line) and documents in a language reconcile does not
read (kept with no claims) are notices: the exit status stays 0. Usage errors
exit with status 2; output cut short by a closed pipe (``| head``) exits
quietly with status 141, as a Unix tool killed by SIGPIPE does.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
import time
from collections.abc import Iterator, Sequence
from typing import TextIO

from . import __version__
from .documents import DEFAULT_MAX_BYTES, Reading, read_paths
from .errors import UnsupportedLanguageError
from .extraction import extract
from .model import Claim, Document
from .pipeline import reconcile
from .report import Report, render_html, render_text

__all__ = ["main"]

_log = logging.getLogger("reconcile")

_EXAMPLES = """\
examples:
  reconcile report fixtures/seeds              a readable report on a folder
  reconcile report --format json a.txt b.txt   the report as JSON (docs/reference/format.md)
  reconcile report --format html -o r.html dir the report as an HTML page
  reconcile report --engine dask fixtures      the same report, computed on a Dask cluster
  reconcile extract --engine dask fixtures     the same claims, extracted on a Dask cluster
  reconcile extract --format jsonl fixtures    one claim per line
  reconcile extract --format text a.txt        one claim per line, for reading

A PATH is a .txt file or a folder of them; a file may open with front matter
(---, key: value lines such as published: 2015-01, ---). Files that cannot be
read are named on stderr and the others are still processed; the exit status
is then 1. Entries skipped on purpose are named on stderr too.
"""

_PROGRESS_FROM = 20
"""Show a progress bar from this many documents on (on a terminal, outside CI)."""

_SIGPIPE_STATUS = 141
"""Exit status when the reader of our output went away (128 + SIGPIPE)."""


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
    parser.add_argument("--version", action="version", version=f"reconcile {__version__}")
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
    rep.add_argument(
        "--format",
        choices=("text", "json", "html"),
        default="text",
        help="with --engine dask, json is written piece by piece as the workers send it "
        "(this machine never holds the whole report); text and html gather the report here",
    )
    for sub in (ext, rep):
        sub.add_argument(
            "--engine",
            choices=("local", "dask"),
            default="local",
            help="run on this machine, or on a Dask cluster (needs reconcile-claims[dask]); "
            "the output is the same (extract: --format jsonl only)",
        )
        sub.add_argument(
            "--scheduler",
            metavar="ADDRESS",
            help="with --engine dask: the address of a running Dask scheduler "
            "(default: a local cluster sized to this machine)",
        )
        sub.add_argument(
            "--npartitions",
            type=int,
            metavar="N",
            help="with --engine dask: partitions of each stage, the pieces the output is "
            "written in (default: 2 per worker thread, and at most about 5,000 documents "
            "each); the output does not depend on it",
        )
        sub.add_argument(
            "--progress",
            action=argparse.BooleanOptionalAction,
            help="with --engine dask: the dashboard link and a progress bar per stage on "
            "stderr (default: when stderr is a terminal, outside CI)",
        )
    for sub in (ext, rep):
        sub.add_argument(
            "-o", "--output", metavar="FILE", help="write to FILE instead of standard output"
        )
        sub.add_argument(
            "-v",
            "--verbose",
            action="store_true",
            help="log stage times and per-document details on stderr",
        )
        sub.add_argument(
            "--max-bytes",
            type=_byte_count,
            default=DEFAULT_MAX_BYTES,
            metavar="N",
            help=f"report files larger than N bytes instead of reading them "
            f"(default {DEFAULT_MAX_BYTES:,})",
        )
        sub.add_argument("paths", nargs="+", metavar="PATH", help="a .txt file or a folder of them")
    return parser


def _byte_count(text: str) -> int:
    """A ``--max-bytes`` value: a whole number, 1 or more."""
    try:
        count = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of bytes: {text!r}") from None
    if count < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {text!r}")
    return count


def _describe(claim: Claim) -> str:
    q = claim.quantity
    what = " ".join(x for x in (claim.measure, claim.subject) if x) or "(unknown measure)"
    where = f" in {', '.join(claim.places)}" if claim.places else ""
    who = f" per {claim.speaker}" if claim.speaker else ""
    when = f" [{claim.as_of}]" if claim.as_of else ""
    return f"{q.text!r} ({q.qualifier.value}) {what}{where}{who}{when}"


def _say(message: str) -> None:
    """One line on stderr, prefixed with the program name."""
    print(f"reconcile: {message}", file=sys.stderr)


def _why(err: BaseException) -> str:
    """An exception as one readable line: its type when that says more than its text."""
    text = str(err).splitlines()[0] if str(err) else ""
    name = type(err).__name__
    return f"{name}: {text}" if text else name


@contextlib.contextmanager
def _verbose(on: bool) -> Iterator[None]:
    """Log DEBUG records of the ``reconcile`` logger on stderr while ``on``."""
    if not on:
        yield
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("reconcile: %(message)s"))
    level = _log.level
    _log.addHandler(handler)
    _log.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        _log.removeHandler(handler)
        _log.setLevel(level)


class _Run:
    """One run of the command line: what was read, and every problem met."""

    def __init__(self, reading: Reading) -> None:
        self.reading = reading
        self.failed = bool(reading.errors)
        for err in reading.errors:
            _say(f"cannot read {err.path}: {err.reason}")
        for notice in reading.notices:
            _say(str(notice))

    def claims(self, document: Document) -> tuple[Claim, ...] | None:
        """The claims of one document, or ``None`` if extraction failed (then reported)."""
        path = self.reading.path_of(document.id)
        start = time.perf_counter()
        try:
            found = extract(document)
        except UnsupportedLanguageError as err:
            _say(
                f"{path}: language {document.lang!r} is not supported "
                f"(available: {', '.join(err.available)}); kept with no claims"
            )
            return ()
        except Exception as err:  # the per-document boundary: report it and go on
            self.error(path, f"extraction failed: {_why(err)}")
            return None
        _log.debug("%s: %d claims in %.3f s", document.id, len(found), time.perf_counter() - start)
        return found

    def error(self, path: str, reason: str) -> None:
        """Name a document on stderr as failed; the run exits with status 1."""
        self.failed = True
        _say(f"{path}: {reason}")


def _render(report: Report, form: str) -> str:
    """The report in the chosen format, ending with a newline."""
    if form == "json":
        return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if form == "html":
        return (
            '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
            "<title>reconcile report</title></head><body>\n"
            f"{render_html(report, max_questions=10**9)}\n</body></html>\n"
        )
    return render_text(report) + "\n"


def _report(documents: Sequence[Document], claims: Sequence[Claim], form: str) -> str:
    start = time.perf_counter()
    report = reconcile([*documents, *claims], extract_documents=False)
    rendered = _render(report, form)
    _log.debug("reporting (reconcile and render): %.2f s", time.perf_counter() - start)
    return rendered


def _report_isolating(
    run: _Run, found: list[tuple[Document, tuple[Claim, ...]]], form: str
) -> str | None:
    """The rendered report; a document that makes it fail is reported and left out.

    When the whole report fails, each document is tried alone; those that fail
    alone are named on stderr and the report is made of the others. Only
    documents that fail together but not alone leave no report at all.
    """
    try:
        return _report([d for d, _ in found], [c for _, cs in found for c in cs], form)
    except Exception as err:  # the per-document boundary: find the documents at fault
        failure: Exception = err
    kept = []
    for document, its_claims in found:
        try:
            _report([document], its_claims, form)
        except Exception as err:  # the per-document boundary: report it, keep the others
            run.error(run.reading.path_of(document.id), f"comparison failed: {_why(err)}")
        else:
            kept.append((document, its_claims))
    if len(kept) < len(found):
        try:
            return _report([d for d, _ in kept], [c for _, cs in kept for c in cs], form)
        except Exception as err:  # reported below, with no report printed
            failure = err
    run.error("(all documents)", f"the report failed: {_why(failure)}")
    return None


def _extract_lines(document: Document, claims: Sequence[Claim], form: str) -> str:
    if form == "jsonl":
        return "".join(claim.to_json() + "\n" for claim in claims)
    return "".join(f"{document.id}\t{c.span.start}\t{_describe(c)}\n" for c in claims)


def _execute_dask(args: argparse.Namespace, out: TextIO) -> int:
    """``--engine dask``: files listed here, read, extracted and reconciled on the cluster.

    JSON and JSON lines are written as the workers send them; text and html
    are rendered from the whole report, gathered here.
    """
    try:
        from distributed import Client  # noqa: PLC0415 - the dask extra, only when asked for

        from . import distributed  # noqa: PLC0415 - imports dask
    except ImportError:
        _say("--engine dask needs Dask: pip install 'reconcile-claims[dask]'")
        return 2
    if args.npartitions is not None and args.npartitions < 1:
        _say("--npartitions must be at least 1")
        return 2
    shown = args.progress
    if shown is None:
        shown = sys.stderr.isatty() and not os.environ.get("CI")
    if args.command == "extract" and args.format != "jsonl":
        _say("extract --engine dask writes --format jsonl only")
        return 2
    client = Client(args.scheduler) if args.scheduler else None
    options = {"client": client, "npartitions": args.npartitions, "max_bytes": args.max_bytes}
    rendered = None
    try:
        if args.command == "extract":
            problems = distributed.write_claims(args.paths, out, progress=shown, **options)
        elif args.format == "json":
            problems = distributed.write_report(args.paths, out, progress=shown, **options)
        else:  # text and html are made from the whole report, gathered here
            found = distributed.run(args.paths, progress=shown, **options)
            problems = found.problems
            rendered = _render(found.report, args.format)
    except BrokenPipeError:  # the reader went away: main_entry ends quietly
        raise
    except Exception as err:  # the run as a whole failed: say why (JSON may be cut short)
        _say(f"the report failed: {_why(err)}")
        return 1
    finally:
        if client is not None:
            client.close()
    for problem in problems:
        _say(str(problem))
    if rendered is not None:
        out.write(rendered)
    out.flush()
    return 1 if any(p.error for p in problems) else 0


def _execute(args: argparse.Namespace, out: TextIO) -> int:
    if args.engine == "dask":
        return _execute_dask(args, out)
    for given, name in ((args.scheduler, "--scheduler"), (args.npartitions, "--npartitions")):
        if given is not None:
            _say(f"{name} is for --engine dask")
            return 2
    start = time.perf_counter()
    reading = read_paths(args.paths, max_bytes=args.max_bytes)
    _log.debug(
        "reading: %d documents in %.2f s", len(reading.documents), time.perf_counter() - start
    )
    run = _Run(reading)
    progress = _Progress(len(reading.documents), sys.stderr)
    found: list[tuple[Document, tuple[Claim, ...]]] = []
    start = time.perf_counter()
    for done, document in enumerate(reading.documents, start=1):
        claims = run.claims(document)
        if claims is not None and args.command == "extract":
            try:  # serialise inside the boundary: a value JSON cannot write fails here
                lines = _extract_lines(document, claims, args.format)
            except Exception as err:  # the per-document boundary
                run.error(run.reading.path_of(document.id), f"cannot write: {_why(err)}")
            else:
                out.write(lines)
        elif claims is not None:
            found.append((document, claims))
        progress.step(done)
    progress.close()
    _log.debug("extracting: %.2f s", time.perf_counter() - start)
    if args.command == "report":
        rendered = _report_isolating(run, found, args.format)
        if rendered is not None:
            out.write(rendered)
    out.flush()
    return 1 if run.failed else 0


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None) -> int:
    """Run the command line; returns the exit status.

    Examples:
        >>> import io
        >>> main(["report", "no/such/dir"], stdout=io.StringIO())
        1
    """
    args = _parser().parse_args(argv)
    with _verbose(args.verbose):
        if args.output is None:
            return _execute(args, stdout or sys.stdout)
        try:
            file = open(args.output, "w", encoding="utf-8")  # noqa: SIM115 - closed below
        except OSError as err:
            _say(f"cannot write {args.output}: {err.strerror or err}")
            return 1
        try:
            status = _execute(args, file)
            file.close()
        except BrokenPipeError:
            raise
        except OSError as err:  # a full disk: the file is left as far as it was written
            _say(f"cannot write {args.output}: {err.strerror or err}")
            return 1
        finally:
            with contextlib.suppress(OSError):
                file.close()
        return status


def main_entry() -> None:
    """Console-script entry point: run :func:`main` and exit with its status.

    A closed pipe (``reconcile extract ... | head -1``) ends the run quietly
    with status 141; an interrupt (Ctrl-C) with status 130.
    """
    try:
        status = main()
        sys.stdout.flush()
    except BrokenPipeError:
        # the reader is gone: send what Python would still flush at exit to nowhere
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        status = _SIGPIPE_STATUS
    except OSError as err:
        # the output cannot be written (a full disk): say so once, and flush nothing more
        _say(f"cannot write the output: {err.strerror or err}")
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        status = 1
    except KeyboardInterrupt:
        status = 130
    sys.exit(status)
