"""Plots of a report: one question's claims over time.

There is no static drawing of the graph of claims and relations: on any real
report its nodes overlap and its edges cannot be told apart. Write it with
``report.write_graphml(path)`` and open it in Gephi or yEd, which lay it out
interactively and group and colour it by the ``cluster`` node attribute and
the ``kind`` edge attribute.

matplotlib is an optional extra (``pip install 'reconcile-claims[plot]'``), imported
only when a plot is drawn. Every claim is one mark, whose ``gid`` is the
claim's id, so a plot can be checked and restyled claim by claim.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING, Any

from ..estimation import point
from ..model import DEFAULT_TOLERANCE, Claim, Cluster, RelationKind, Tolerance
from ..scope import Period

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from .report import Report

__all__ = ["plot_timeline"]

_KIND_COLOURS = {
    RelationKind.CONTRADICTS: "#b3261e",
    RelationKind.UPDATES: "#1d5fa8",
    RelationKind.REPEATS: "#9e9e9e",
    RelationKind.REFINES: "#2e7d32",
    RelationKind.AGREES: "#66bb6a",
    RelationKind.SCOPE_DIFFERS: "#f9a825",
}


def _pyplot() -> Any:
    try:
        import matplotlib.pyplot as plt  # noqa: PLC0415 - an optional extra, imported when used
    except ImportError as err:
        raise ImportError(
            "plots need matplotlib, an optional extra: pip install 'reconcile-claims[plot]'"
        ) from err
    return plt


def _axes(ax: Axes | None) -> Axes:
    if ax is not None:
        return ax
    _, new = _pyplot().subplots(figsize=(8, 4.5))
    return new  # type: ignore[no-any-return]


def _middle(period: Period) -> dt.date:
    return period.start + (period.end - period.start) / 2


def plot_timeline(
    report: Report,
    cluster: Cluster | str,
    *,
    ax: Axes | None = None,
    tolerance: Tolerance = DEFAULT_TOLERANCE,
) -> Axes:
    """Draw each claim of one question as its interval of values against its period.

    A claim is a vertical bar from its low to its high value (under
    ``tolerance``) with a dot at its stated figure. A claim dated to a month
    or a year is drawn over that whole month or year, as a shaded box behind
    its bar (whose ``gid`` is the claim id followed by ``":period"``): the
    plot never shows more precision than the text gave. An open end ("at
    least 6") is drawn as an arrow to the top of the plot. Colours tell
    speakers apart; contradicting pairs are joined by a dashed red line.
    Undated claims are not placed on the date axis: they stand side by side
    in a separate strip to the right, titled "undated", that shares the value
    axis.

    Args:
        report: The report holding the cluster and its claims.
        cluster: A cluster of ``report`` or its id.
        ax: Axes to draw on; a new figure's when ``None``.
        tolerance: How wide approximate figures are drawn.

    Returns:
        The axes of the dated claims; the undated strip, when there is one,
        is among ``ax.child_axes``.

    Raises:
        KeyError: If the report holds no such cluster.
        ImportError: If matplotlib is not installed.
    """
    plt = _pyplot()
    from matplotlib import dates as mdates  # noqa: PLC0415 - with matplotlib, as above
    from matplotlib.patches import Rectangle  # noqa: PLC0415 - with matplotlib, as above

    wanted = cluster if isinstance(cluster, str) else cluster.id
    found = next((k for k in report.clusters if k.id == wanted), None)
    if found is None:
        raise KeyError(wanted)
    by_id = {c.id: c for c in report.claims}
    claims = [by_id[cid] for cid in found.claims]
    ax = _axes(ax)
    dated = {c.id: p for c in claims if (p := Period.from_iso(c.as_of)) is not None}
    undated = [c for c in claims if c.id not in dated]
    edges = [mdates.date2num(d) for p in dated.values() for d in (p.start, p.end)]
    first, last = (min(edges), max(edges)) if edges else (0.0, 1.0)
    span = max(last - first, 60.0)
    finite = [v for c in claims for v in _bounds(c, tolerance) if math.isfinite(v)]
    top = max(finite, default=1.0) * 1.15 or 1.0
    speakers = sorted({c.speaker or "unattributed" for c in claims})
    palette = plt.get_cmap("tab10")
    colour = {s: palette(i % 10) for i, s in enumerate(speakers)}
    strip = None
    if undated:
        strip = ax.inset_axes((1.03, 0.0, 0.04 + 0.03 * len(undated), 1.0), sharey=ax)
        strip.set_title("undated", fontsize="small")
        strip.set_xticks([])
        strip.tick_params(labelleft=False)
        strip.set_xlim(-0.75, len(undated) - 0.25)
    # where each claim's bar stands: its axes and x
    place: dict[str, tuple[Axes, float]] = {
        c.id: (strip, float(i)) for i, c in enumerate(undated) if strip is not None
    }
    # claims of one period stand side by side, not on top of each other
    column: dict[float, list[str]] = {}
    for c in claims:
        if c.id in dated:
            column.setdefault(mdates.date2num(_middle(dated[c.id])), []).append(c.id)
    for x, ids in column.items():
        for i, cid in enumerate(ids):
            place[cid] = (ax, x + (i - (len(ids) - 1) / 2) * span * 0.02)
    where: dict[str, tuple[Axes, float, float]] = {}
    for c in claims:
        target, x = place[c.id]
        low, high = _bounds(c, tolerance)
        y = point(c)
        who = c.speaker or "unattributed"
        period = dated.get(c.id)
        if period is not None and period.end > period.start:
            x0, x1 = mdates.date2num(period.start), mdates.date2num(period.end)
            box = Rectangle(
                (x0, low),
                x1 - x0,
                min(high, top) - low,
                facecolor=colour[who],
                alpha=0.18,
                edgecolor=colour[who],
                linewidth=0.8,
                gid=f"{c.id}:period",
            )
            target.add_patch(box)
        target.plot(
            [x, x, x],
            [low, y, min(high, top)],
            color=colour[who],
            marker="o",
            markevery=[1],
            linewidth=2.5,
            solid_capstyle="butt",
            gid=c.id,
            label=who,
        )
        if not math.isfinite(high):
            target.annotate(
                "",
                xy=(x, top),
                xytext=(x, top * 0.93),
                arrowprops={"arrowstyle": "->", "color": colour[who]},
            )
        where[c.id] = (target, x, y)
    for r in report.relations:
        if r.kind is not RelationKind.CONTRADICTS or not all(cid in where for cid in r.claims):
            continue
        ends = [where[cid] for cid in r.claims]
        if ends[0][0] is ends[1][0]:  # a line across the date axis and the strip would lie
            xs, ys = [e[1] for e in ends], [e[2] for e in ends]
            ends[0][0].plot(
                xs, ys, linestyle="--", color=_KIND_COLOURS[r.kind], linewidth=1, zorder=0
            )
    handles, labels = [], []
    for axes in (ax, strip):
        if axes is not None:
            h, lab = axes.get_legend_handles_labels()
            handles += h
            labels += lab
    unique = dict(zip(labels, handles, strict=True))
    ax.legend(unique.values(), unique.keys(), title="speaker", fontsize="small", loc="best")
    locator = mdates.AutoDateLocator(maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_xlim(first - span * 0.08, last + span * 0.08)
    ax.set_ylim(0, top)
    ax.set_ylabel(found.measure or "value")
    title = (found.measure, found.subject, ", ".join(found.places))
    ax.set_title(" | ".join(x for x in title if x))
    return ax


def _bounds(claim: Claim, tolerance: Tolerance) -> tuple[float, float]:
    interval = claim.quantity.interval(tolerance)
    return interval.low, interval.high
