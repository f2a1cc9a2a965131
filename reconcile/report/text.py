"""The report as plain text for a terminal: questions, claims in time order, reasons."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..model import Claim, Relation
from ..model.html import MARK, estimate_line, title
from .layout import Layout, flagged_first

if TYPE_CHECKING:
    from .report import Report

__all__ = ["render_text"]


def _claim_line(claim: Claim, width: int) -> list[str]:
    who = claim.speaker or "-"
    where = " / ".join(x for x in (claim.outlet, claim.document) if x)
    head = f"  {claim.as_of or 'undated':<10}  {claim.quantity.describe():<18}  {who}  [{where}]"
    quote = textwrap.shorten(claim.quote, width=width - 8, placeholder=" ...")
    return [head, f'      "{quote}"']


def _relation_lines(relations: Iterable[Relation], width: int) -> list[str]:
    lines = []
    for relation in flagged_first(relations):
        text = f"{MARK[relation.kind]}: {relation.reason}"
        lines.extend(
            textwrap.wrap(text, width=width, initial_indent="    ", subsequent_indent="        ")
        )
    return lines


def render_text(report: Report, *, width: int = 100) -> str:
    """The report as plain text, questions with the most claims first.

    Examples:
        >>> from reconcile import Report
        >>> print(render_text(Report()))
        0 documents, 0 claims, 0 questions, 0 relations (0 contradictions)
    """
    layout = Layout(report)
    claims = layout.claims
    lines = [layout.summary(report)]
    for cluster in layout.questions:
        lines += ["", f"{cluster.id}  {title(cluster)}", f"  {estimate_line(cluster)}"]
        for cid in cluster.claims:
            lines += _claim_line(claims[cid], width)
        lines += _relation_lines(layout.within.get(cluster.id, []), width)
    if layout.between:
        lines += ["", "Between questions of different scope"]
        lines += _relation_lines(layout.between, width)
    if layout.others:
        lines += ["", "Other counts"]
        for cluster in layout.others:
            for cid in cluster.claims:
                c = claims[cid]
                quote = textwrap.shorten(c.quote, 60)
                lines.append(f'  {c.quantity.describe()} {c.unit} [{c.document}]  "{quote}"')
    return "\n".join(lines)
