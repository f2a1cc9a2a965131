"""Extraction: from a document's text to claims, one module per concept.

The stage reads in two steps. :mod:`~reconcile.extraction.quantities` scans
the text for quantity expressions (digits, number words, qualifiers, ranges,
vague quantities) and knows nothing of what is counted. The rest reads each
figure's context from a per-document :mod:`~reconcile.extraction.index`:
whether it is a count at all (:mod:`~reconcile.extraction.counts`), the noun
phrase after it (:mod:`~reconcile.extraction.phrases`), then one module per
attribute: :mod:`~reconcile.extraction.measure`,
:mod:`~reconcile.extraction.subject`, :mod:`~reconcile.extraction.places`,
:mod:`~reconcile.extraction.speaker` and :mod:`~reconcile.extraction.time`.
:mod:`~reconcile.extraction.claims` puts them together.

Every word the stage knows comes from ``reconcile/lang/<code>/``, compiled
once per language by :mod:`~reconcile.extraction.knowledge`.
"""

from .claims import extract as extract
from .dates import find_published as find_published
from .quantities import quantities as quantities

__all__ = ["extract", "find_published", "quantities"]
