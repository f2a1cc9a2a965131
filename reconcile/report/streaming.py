r"""The JSON report written section by section: the bytes of ``reconcile report --format json``.

A report too large for one machine's memory is written in pieces (the Dask
engine fetches them partition by partition, :func:`reconcile.distributed.write_report`);
the pieces joined here are exactly ``json.dumps(report.to_dict(),
ensure_ascii=False, indent=2) + "\n"``, the command line's output.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Protocol

from ..errors import FormatError
from ..model import Claim, Cluster, Document, Relation

__all__ = ["SECTIONS", "items_json", "write_json"]

SECTIONS = ("documents", "claims", "clusters", "relations")
"""The keys of :meth:`reconcile.report.Report.to_dict`, in its order."""

_ITEM_INDENT = "    "  # an item of a section sits two levels (of 2 spaces) deep
_BREAK = "\n" + _ITEM_INDENT


class _Writer(Protocol):
    def write(self, text: str, /) -> object: ...


def items_json(items: Sequence[Document | Claim | Cluster | Relation]) -> str:
    """Items of one section as the report's JSON writes them, joined; ``""`` for none.

    JSON strings escape line breaks, so every line break is the indenter's and
    indenting each line places the item two levels deep.

    Examples:
        >>> from reconcile import Document
        >>> items_json([Document(id="a.txt", lang="en")]).splitlines()[:2]
        ['    {', '      "id": "a.txt",']
    """
    return ",\n".join(
        _ITEM_INDENT
        + json.dumps(item.to_dict(), ensure_ascii=False, indent=2).replace("\n", _BREAK)
        for item in items
    )


def write_json(out: _Writer, sections: Iterable[tuple[str, Iterable[str]]]) -> None:
    r"""Write a report's JSON from its sections, each given as pieces of :func:`items_json`.

    The sections come in the order of :data:`SECTIONS` (a report's JSON has
    all four); empty pieces are skipped, so a piece may stand for a partition
    that holds nothing.

    Raises:
        FormatError: If a section comes out of that order.

    Examples:
        >>> import io
        >>> from reconcile import Document, Report
        >>> doc = Document(id="a.txt", lang="en")
        >>> out = io.StringIO()
        >>> pieces = {"documents": ["", items_json([doc])]}
        >>> write_json(out, [(name, pieces.get(name, [])) for name in SECTIONS])
        >>> out.getvalue() == Report(documents=[doc]).to_json() + "\n"
        True
    """
    out.write("{")
    for n, (name, pieces) in enumerate(sections):
        if n >= len(SECTIONS) or name != SECTIONS[n]:
            raise FormatError(f"the report's sections come in the order {SECTIONS}: not {name!r}")
        out.write(("," if n else "") + f"\n  {json.dumps(name)}: [")
        written = False
        for piece in pieces:
            if piece:
                out.write((",\n" if written else "\n") + piece)
                written = True
        out.write("\n  ]" if written else "]")
    out.write("\n}\n")
