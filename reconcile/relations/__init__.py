"""Relations: how two claims relate, and why (contradicts, updates, repeats, refines, ...).

The kinds are those of :class:`~reconcile.RelationKind`. Classification rests
on what :mod:`~reconcile.relations.evidence` computes once per claim: the
interval of true values its quantity allows, its scope and period
(:mod:`reconcile.scope`) and the origin of its document
(:mod:`reconcile.origins`). The rules are a tuple of small pure functions,
:data:`CHECKS` (:mod:`~reconcile.relations.checks`), tried in order; the
first that answers decides. Pass your own tuple as ``checks=``.
:mod:`~reconcile.relations.reasons` writes each relation's reason;
:mod:`~reconcile.relations.pairing` chooses which pairs to compare.

A contradiction needs the same measure, subject, places and period and values
that cannot both hold. What looks like one but is not:

- a later figure for a count that only grows (deaths, returns), or any figure
  more than ``window_days`` later: ``updates``;
- a figure explicitly given as a revision ("doubling the figure"): ``updates``;
- a lower bound against an estimate ("evidence of 52" and "around 200"): the
  values are compatible, so ``refines``;
- a wider or narrower subject or place: ``scope_differs`` (or ``updates``
  when the wider figure is the later one);
- the same figure restated by the same origin: ``repeats``.
"""

from .checks import CHECKS as CHECKS
from .checks import any_scope as any_scope
from .evidence import Check as Check
from .evidence import Context as Context
from .evidence import Evidence as Evidence
from .pairing import compare as compare
from .pairing import relate as relate
from .pairing import relate_members as relate_members

__all__ = [
    "CHECKS",
    "Check",
    "Context",
    "Evidence",
    "any_scope",
    "compare",
    "relate",
    "relate_members",
]
