"""reconcile: find the figures news reports state, and how they disagree.

Examples:
    >>> import reconcile
    >>> doc = reconcile.Document(id="a.txt", text="Around 300 Tajiks are fighting in Syria.")
    >>> [c.quantity.text for c in reconcile.extract(doc)]
    ['Around 300']
    >>> reconcile.Quantity.from_text("up to 1,000").interval()
    Interval(low=0, high=1000)
"""

import logging as _logging

from .clustering import cluster as cluster
from .documents import load as load
from .documents import parse_document as parse_document
from .documents import read_documents as read_documents
from .errors import DocumentError as DocumentError
from .errors import FormatError as FormatError
from .errors import InvalidClaimError as InvalidClaimError
from .errors import InvalidQuantityError as InvalidQuantityError
from .errors import InvalidSpanError as InvalidSpanError
from .errors import InvalidValueError as InvalidValueError
from .errors import LexiconError as LexiconError
from .errors import ReconcileError as ReconcileError
from .errors import UnsupportedLanguageError as UnsupportedLanguageError
from .estimation import estimate as estimate
from .extraction import extract as extract
from .extraction import quantities as quantities
from .model import DEFAULT_TOLERANCE as DEFAULT_TOLERANCE
from .model import Claim as Claim
from .model import Cluster as Cluster
from .model import Direction as Direction
from .model import Document as Document
from .model import Estimate as Estimate
from .model import Interval as Interval
from .model import Qualifier as Qualifier
from .model import Quantity as Quantity
from .model import Relation as Relation
from .model import RelationKind as RelationKind
from .model import Relative as Relative
from .model import Span as Span
from .model import Tolerance as Tolerance
from .model import claim_id as claim_id
from .pipeline import reconcile as reconcile
from .relations import compare as compare
from .report import Report as Report
from .report.tables import claims_from_pandas as claims_from_pandas
from .report.tables import claims_from_records as claims_from_records
from .schemas import json_schema as json_schema
from .text import fold as fold

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_TOLERANCE",
    "Claim",
    "Cluster",
    "Direction",
    "Document",
    "DocumentError",
    "Estimate",
    "FormatError",
    "Interval",
    "InvalidClaimError",
    "InvalidQuantityError",
    "InvalidSpanError",
    "InvalidValueError",
    "LexiconError",
    "Qualifier",
    "Quantity",
    "ReconcileError",
    "Relation",
    "RelationKind",
    "Relative",
    "Report",
    "Span",
    "Tolerance",
    "UnsupportedLanguageError",
    "claim_id",
    "claims_from_pandas",
    "claims_from_records",
    "cluster",
    "compare",
    "estimate",
    "extract",
    "fold",
    "json_schema",
    "load",
    "parse_document",
    "quantities",
    "read_documents",
    "reconcile",
]

_logging.getLogger(__name__).addHandler(_logging.NullHandler())
