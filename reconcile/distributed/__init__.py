"""The pipeline on a Dask cluster: the same report as :func:`reconcile.reconcile`, scaled out.

Needs ``reconcile-claims[dask]`` (``dask[distributed]``), imported only here.

    paths ──▶ read + extract ──▶ origins ──▶ date ──▶ questions + relations ──▶ translations
             (document ranges)  (by figure,   (per     (by unit and measure     (by origin and
                                 then by pair) range)   family)                  figure)

Each stage partitions its data by a key under which everything it compares
lies in one partition:

- **read and extract**: contiguous ranges of the sorted document ids. Files
  are listed on the client (``stat`` only) and read on the workers.
- **origins**: a join. Each document with three figures or more emits
  ``(figure, document)``; a shuffle by figure pairs the documents sharing it
  (at most 50 per figure, as :func:`reconcile.origins.origins` counts); a
  shuffle by pair counts the figures each pair shares. The client joins the
  linked pairs and the ``derived_from`` links (union-find over those edges
  only) into the map of documents that share an origin.
- **questions and relations**: a shuffle by ``(unit, measure family)``. Every
  question lies inside one family (clustering blocks by measure kind, unit,
  places and group), and so does every pair of questions the relation stage
  compares (its candidate indexes are all keyed by unit and family), so the
  local stage functions give, per partition, exactly the questions,
  estimates and relations of the whole run.
- **translations** (the relations that cross families: one origin stating a
  figure in two questions): a second shuffle by ``(origin, unit, figure)``.

The report keeps the local order: documents by id, claims by document and
span (the ranges are contiguous), questions by the sort of
:func:`reconcile.clustering.cluster_members`, relations by
:func:`reconcile.pipeline.in_report_order`. Questions and relations reach
that order by a range sort on the workers: the questions' sort keys are cut
into ranges at the quantiles of a sample, each question is shuffled to its
range and each relation to the range of its pair's first question (those
within one question before those between two), and each range is sorted
where it lies. Inside a partition, inputs are sorted by the same total
orders, so neither the number of partitions nor the order in which Dask
delivers records changes a byte of the report. Keys are partitioned by a hash
that is the same in every process (Python's string hash is salted per
process, and each worker is a process).

:func:`reconcile` and :func:`run` gather the report into one
:class:`~reconcile.report.Report`; :func:`write_report` writes its JSON
piece by piece, serialised on the workers, and never holds it whole;
:func:`write_claims` does the same for ``reconcile extract --format jsonl``.

Notes:
    The documents of a report from the cluster carry no text (it stays on
    the workers); the JSON form is the same, which never includes it.
"""

from .engine import Run as Run
from .engine import reconcile as reconcile
from .engine import run as run
from .engine import write_claims as write_claims
from .engine import write_report as write_report
from .tasks import Problem as Problem

__all__ = ["Problem", "Run", "reconcile", "run", "write_claims", "write_report"]
