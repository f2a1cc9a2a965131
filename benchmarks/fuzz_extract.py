"""An atheris fuzz target: any bytes as a file, through reading, extraction and the report.

Not run in CI. Run it by hand for a minute (see ``docs/how-to/fuzz.md``):

    pip install atheris
    python benchmarks/fuzz_extract.py -max_total_time=60 -max_len=4096

The bytes are decoded as the CLI decodes a file (UTF-8, strict) and must then
go through ``parse_document``, ``extract`` and ``reconcile`` raising nothing
outside :class:`reconcile.ReconcileError`, with every span pointing at its
text and the report's JSON reading back.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import reconcile
    from reconcile import ReconcileError, Report
    from reconcile.documents import parse_document


def test_one_input(data: bytes) -> None:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return  # the CLI reports such a file; nothing to extract
    try:
        document = parse_document(text, "fuzz.txt")
        claims = reconcile.extract(document)
        report = reconcile.reconcile([document, *claims], extract_documents=False)
        again = Report.from_json(report.to_json(include_text=True))
    except ReconcileError:
        return
    for claim in claims:
        assert text[claim.span.start : claim.span.end] == claim.quantity.text, claim
    assert again == report


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
