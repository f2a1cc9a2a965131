"""The value types of reconcile: documents, quantities, claims and what is found about them.

Every type here is an immutable, slotted attrs class that validates itself at
construction and converts to and from the JSON shapes of
``docs/reference/format.md``. The model sits below every stage and imports
none: :meth:`Quantity.from_text` is the one way up, importing the scanner only
when called. The report, which holds values of all these types, lives in
:mod:`reconcile.report`.

Modules:
    interval: :class:`Interval` and :class:`Tolerance`, the true values a figure allows.
    quantity: :class:`Span`, :class:`Qualifier`, :class:`Direction`, :class:`Relative`,
        :class:`Quantity`.
    document: :class:`Document`.
    claim: :class:`Claim` and :func:`claim_id`.
    findings: :class:`RelationKind`, :class:`Relation`, :class:`Estimate`, :class:`Cluster`.
    html: views of single values for Jupyter.
"""

from .claim import Claim as Claim
from .claim import claim_id as claim_id
from .claim import require_claims as require_claims
from .document import Document as Document
from .findings import Cluster as Cluster
from .findings import Estimate as Estimate
from .findings import Relation as Relation
from .findings import RelationKind as RelationKind
from .interval import DEFAULT_TOLERANCE as DEFAULT_TOLERANCE
from .interval import Interval as Interval
from .interval import Tolerance as Tolerance
from .quantity import Direction as Direction
from .quantity import Qualifier as Qualifier
from .quantity import Quantity as Quantity
from .quantity import Relative as Relative
from .quantity import Span as Span

__all__ = [
    "DEFAULT_TOLERANCE",
    "Claim",
    "Cluster",
    "Direction",
    "Document",
    "Estimate",
    "Interval",
    "Qualifier",
    "Quantity",
    "Relation",
    "RelationKind",
    "Relative",
    "Span",
    "Tolerance",
    "claim_id",
    "require_claims",
]
