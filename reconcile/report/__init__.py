"""The report and its renderings: what a notebook user holds and what the CLI prints.

:class:`Report` holds documents, claims, questions and relations, checks that
they are consistent, and converts to and from JSON. Beside it, one module per
rendering: :mod:`~reconcile.report.text` (a terminal), :mod:`~reconcile.report.html`
(a notebook or a browser), :mod:`~reconcile.report.tables` (records and
pandas), :mod:`~reconcile.report.graph` (networkx and GraphML) and
:mod:`~reconcile.report.plot` (matplotlib). Optional extras are imported only
by the function that needs them.
"""

from .html import render_html as render_html
from .report import Report as Report
from .text import render_text as render_text

__all__ = ["Report", "render_html", "render_text"]
