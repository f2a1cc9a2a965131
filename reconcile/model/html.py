"""HTML views of single values, for Jupyter's ``_repr_html_``.

These are views of one value each (a claim, a relation, a question); the
report page built from them lives in :mod:`reconcile.report.html`. Every piece
of text is escaped; quotes and reasons carry ``dir="auto"`` so that Arabic
reads right to left.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from .findings import RelationKind

if TYPE_CHECKING:
    from .claim import Claim
    from .findings import Cluster, Relation

__all__ = [
    "claim_html",
    "cluster_html",
    "escape",
    "figure_html",
    "highlighted_quote",
    "isolate_text",
    "isolated",
    "relation_html",
]

MARK = {
    RelationKind.CONTRADICTS: "CONTRADICTS",
    RelationKind.UPDATES: "updates",
    RelationKind.REPEATS: "repeats",
    RelationKind.REFINES: "refines",
    RelationKind.AGREES: "agrees",
    RelationKind.SCOPE_DIFFERS: "scope differs",
}
"""How each relation kind is marked in text and HTML; a contradiction shouts."""


def title(cluster: Cluster) -> str:
    """What a question asks, as ``measure | subject | places``."""
    parts = [cluster.measure or "(no measure)", cluster.subject or "(no subject)"]
    parts.append(", ".join(cluster.places) if cluster.places else "(no place)")
    return " | ".join(parts)


def estimate_line(cluster: Cluster) -> str:
    """A question's estimate in one line, or ``"no estimate"``."""
    e = cluster.estimate
    if e is None or (e.low, e.best, e.high) == (None, None, None):
        return "no estimate"

    def shown(value: float | None) -> str:
        return "?" if value is None else f"{value:,.0f}"

    return (
        f"estimate: low {shown(e.low)}  best {shown(e.best)}  high {shown(e.high)}  "
        f"({e.rule}: {len(e.claims)} claim{'s' if len(e.claims) != 1 else ''})"
    )


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def escape(value: object) -> str:
    """Escape any value for HTML text or a quoted attribute; control characters show as U+FFFD."""
    text = _CONTROL.sub("\ufffd", "" if value is None else str(value))
    return html.escape(text, quote=True)


_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
"""Hebrew, Syriac, Arabic, Thaana, N'Ko and their presentation forms: the right-to-left scripts."""

_RTL_RUN = re.compile(
    rf"""
    [{_RTL}]+                # a right-to-left word
    (?:\s+[{_RTL}]+)*        # and the words that follow it, across spaces
    """,
    re.VERBOSE,
)
"""A run of right-to-left words; linear: each repetition must consume a space and a letter."""

_FSI, _PDI = "\u2068", "\u2069"
"""FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: ``<bdi>`` in plain text."""


def isolated(value: object) -> str:
    """Escape text for HTML, each run of right-to-left words in its own ``<bdi>``.

    An Arabic word followed by digits makes the Unicode bidi algorithm read
    the digits as Arabic, so that ``'آلافا' (1,000-9,999)`` shows as
    ``(9,999-1,000)`` in a left-to-right line. Isolated, the Arabic reads
    right to left and the figures around it stay in order.

    Examples:
        >>> isolated("'آلافا' (1,000-9,999) <b>")
        '&#x27;<bdi>آلافا</bdi>&#x27; (1,000-9,999) &lt;b&gt;'
        >>> isolated("about 300")
        'about 300'
    """
    out, at = [], 0
    text = "" if value is None else str(value)
    for m in _RTL_RUN.finditer(text):
        out += [escape(text[at : m.start()]), f"<bdi>{escape(m.group())}</bdi>"]
        at = m.end()
    out.append(escape(text[at:]))
    return "".join(out)


def isolate_text(text: str) -> str:
    """Wrap each run of right-to-left words in Unicode isolates (FSI ... PDI) in mixed text.

    The plain-text twin of :func:`isolated`, for terminals and files that
    apply the bidi algorithm to a line written left to right. Text with no
    right-to-left words, or no left-to-right letters (an Arabic quote with its
    digits), is returned as it is: it reads right to left on its own.

    Examples:
        >>> isolate_text("'آلافا' (1,000-9,999) per نزاروف")
        "'\u2068آلافا\u2069' (1,000-9,999) per \u2068نزاروف\u2069"
        >>> isolate_text("نحو 60 ألفا") == "نحو 60 ألفا"
        True
    """
    if not _RTL_RUN.search(text) or not re.search(rf"[^\W\d_{_RTL}]", text):
        return text
    return _RTL_RUN.sub(lambda m: f"{_FSI}{m.group()}{_PDI}", text)


def figure_html(claim: Claim) -> str:
    """The claim's figure as :meth:`Quantity.describe` words it, left to right, Arabic isolated."""
    return f'<bdi class="figure" dir="ltr">{isolated(claim.quantity.describe())}</bdi>'


def highlighted_quote(claim: Claim) -> str:
    """The claim's quote as HTML, escaped, with its figure in ``<mark>``.

    The figure is found in the quote by its text; when it is not there, the
    quote is shown without a mark.

    Examples:
        >>> from reconcile import Claim, Quantity, Span
        >>> c = Claim(document="a", span=Span(6, 9), quantity=Quantity.approx(300, "300"),
        ...           quote="Some <300> fought")
        >>> highlighted_quote(c)
        'Some &lt;<mark>300</mark>&gt; fought'
    """
    quote, figure = claim.quote, claim.quantity.text
    at = quote.find(figure) if figure else -1
    if at < 0:
        return escape(quote)
    end = at + len(figure)
    return f"{escape(quote[:at])}<mark>{escape(figure)}</mark>{escape(quote[end:])}"


def claim_html(claim: Claim) -> str:
    """One claim as an HTML fragment: figure, what and who, and the quote.

    Examples:
        >>> from reconcile import Claim, Quantity, Span
        >>> c = Claim(document="a", span=Span(0, 3), quantity=Quantity.exact(5, "5"),
        ...           quote="5 <script>", speaker="<b>")
        >>> "<script>" in claim_html(c), "&lt;script&gt;" in claim_html(c)
        (False, True)
    """
    what = " ".join(x for x in (claim.measure, claim.subject) if x) or "unknown measure"
    where = f" in {', '.join(claim.places)}" if claim.places else ""
    source = " / ".join(x for x in (claim.speaker, claim.outlet, claim.document) if x)
    return (
        f'<div class="reconcile"><b>{figure_html(claim)}</b> {escape(claim.unit)}: '
        f"{isolated(what)}{isolated(where)}, {escape(claim.as_of or 'undated')} "
        f"<small>({isolated(source)})</small>"
        f'<blockquote dir="auto">{highlighted_quote(claim)}</blockquote></div>'
    )


def relation_html(relation: Relation) -> str:
    """One relation as an HTML fragment: its kind, claims and reason."""
    kind = relation.kind.value
    return (
        f'<div class="reconcile"><span class="kind {kind}">{escape(MARK[relation.kind])}</span> '
        f"<code>{escape(' / '.join(relation.claims))}</code>"
        f'<div dir="ltr">{isolated(relation.reason)}</div></div>'
    )


def cluster_html(cluster: Cluster) -> str:
    """A question on its own: what it asks, its estimate and how many claims it holds."""
    n = len(cluster.claims)
    return (
        f'<div class="reconcile"><b>{isolated(title(cluster))}</b> '
        f"<code>{escape(cluster.id)}</code>"
        f"<div>{escape(estimate_line(cluster))}</div>"
        f"<div>{n} claim{'s' if n != 1 else ''}</div></div>"
    )
