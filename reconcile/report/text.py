"""The report as plain text for a terminal: questions, claims in time order, reasons."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..model import Claim, Relation
from ..model.html import MARK, estimate_line, isolate_text, title
from .layout import Layout, flagged_first

if TYPE_CHECKING:
    from .report import Report

__all__ = ["render_text"]


def _claim_line(claim: Claim, width: int) -> list[str]:
    who = claim.speaker or "-"
    where = " / ".join(x for x in (claim.outlet, claim.document) if x)
    head = f"  {claim.as_of or 'undated':<10}  {claim.quantity.describe():<18}  {who}  [{where}]"
    quote = textwrap.shorten(claim.quote, width=width - 8, placeholder=" ...")
    return [isolate_text(head), f'      "{quote}"']


def _relation_lines(relations: Iterable[Relation], width: int) -> list[str]:
    lines: list[str] = []
    for relation in flagged_first(relations):
        text = f"{MARK[relation.kind]}: {relation.reason}"
        wrapped = textwrap.wrap(
            text, width=width, initial_indent="    ", subsequent_indent="        "
        )
        lines.extend(isolate_text(line) for line in wrapped)
    return lines


def render_text(report: Report, *, width: int = 100) -> str:
    """The report as plain text, questions with the most claims first.

    Lines written left to right that hold right-to-left words (an Arabic
    figure or speaker) isolate them with U+2068/U+2069, so that a terminal
    applying the bidi algorithm keeps the figures beside them in order.

    Examples:
        >>> from reconcile import Report
        >>> print(render_text(Report()))
        0 documents, 0 claims, 0 questions, 0 relations (0 contradictions)
    """
    layout = Layout(report)
    claims = layout.claims
    lines = [layout.summary(report)]
    for cluster in layout.questions:
        lines += ["", f"{cluster.id}  {title(cluster)}"]
        if cluster.id in layout.alike:
            lines.append(f"  ({layout.alike[cluster.id]})")
        lines.append(f"  {estimate_line(cluster)}")
        for cid in cluster.claims:
            lines += _claim_line(claims[cid], width)
        lines += _relation_lines(layout.within.get(cluster.id, []), width)
    for heading, groups in layout.sections():
        lines += ["", heading]
        for between in groups:
            lines += textwrap.wrap(
                between.label, width=width, initial_indent="  ", subsequent_indent="      "
            )
            lines += _relation_lines(between.relations, width)
    if layout.others:
        lines += ["", "Other counts"]
        for cluster in layout.others:
            for cid in cluster.claims:
                c = claims[cid]
                quote = textwrap.shorten(c.quote, 60)
                lines.append(f'  {c.quantity.describe()} {c.unit} [{c.document}]  "{quote}"')
    return "\n".join(lines)
