"""Plots of a report: one question's claims over time, and the graph of claims and relations.

matplotlib is an optional extra (``pip install 'reconcile-claims[plot]'``), imported
only when a plot is drawn. Every claim is one mark, whose ``gid`` is the
claim's id, so a plot can be checked and restyled claim by claim.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING, Any

import networkx as nx

from ..estimation import point
from ..model import DEFAULT_TOLERANCE, Claim, Cluster, RelationKind, Tolerance
from ..scope import Period
from .graph import to_graph
from .report import Report

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["plot_graph", "plot_timeline"]

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
    """Draw each claim of one question as its interval of values against its date.

    A claim is a vertical bar from its low to its high value (under
    ``tolerance``) at the middle of its period, with a dot at its stated
    figure; an open end ("at least 6") is drawn as an arrow to the top of the
    plot. Colours tell speakers apart; contradicting pairs are joined by a
    dashed red line. Undated claims stand to the right, under "undated".

    Args:
        report: The report holding the cluster and its claims.
        cluster: A cluster of ``report`` or its id.
        ax: Axes to draw on; a new figure's when ``None``.
        tolerance: How wide approximate figures are drawn.

    Returns:
        The axes drawn on.

    Raises:
        KeyError: If the report holds no such cluster.
        ImportError: If matplotlib is not installed.
    """
    plt = _pyplot()
    from matplotlib import dates as mdates  # noqa: PLC0415 - with matplotlib, as above

    wanted = cluster if isinstance(cluster, str) else cluster.id
    found = next((k for k in report.clusters if k.id == wanted), None)
    if found is None:
        raise KeyError(wanted)
    by_id = {c.id: c for c in report.claims}
    claims = [by_id[cid] for cid in found.claims]
    ax = _axes(ax)
    dated = {c.id: p for c in claims if (p := Period.from_iso(c.as_of)) is not None}
    days = [mdates.date2num(_middle(p)) for p in dated.values()]
    first, last = (min(days), max(days)) if days else (0.0, 0.0)
    span = max(last - first, 60.0)
    undated_x = last + span * 0.15
    finite = [v for c in claims for v in _bounds(c, tolerance) if math.isfinite(v)]
    top = max(finite, default=1.0) * 1.15 or 1.0
    speakers = sorted({c.speaker or "unattributed" for c in claims})
    palette = plt.get_cmap("tab10")
    colour = {s: palette(i % 10) for i, s in enumerate(speakers)}
    where: dict[str, tuple[float, float]] = {}
    # claims of one date stand side by side, not on top of each other
    column: dict[float, list[str]] = {}
    for c in claims:
        x = mdates.date2num(_middle(dated[c.id])) if c.id in dated else undated_x
        column.setdefault(x, []).append(c.id)
    shift = {
        cid: (i - (len(ids) - 1) / 2) * span * 0.02
        for ids in column.values()
        for i, cid in enumerate(ids)
    }
    for c in claims:
        x = mdates.date2num(_middle(dated[c.id])) if c.id in dated else undated_x
        x += shift[c.id]
        low, high = _bounds(c, tolerance)
        open_top = not math.isfinite(high)
        y = point(c)
        who = c.speaker or "unattributed"
        ax.plot(
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
        if open_top:
            ax.annotate(
                "",
                xy=(x, top),
                xytext=(x, top * 0.93),
                arrowprops={"arrowstyle": "->", "color": colour[who]},
            )
        where[c.id] = (x, y)
    for r in report.relations:
        if r.kind is RelationKind.CONTRADICTS and all(cid in where for cid in r.claims):
            xs, ys = zip(*(where[cid] for cid in r.claims), strict=True)
            ax.plot(xs, ys, linestyle="--", color=_KIND_COLOURS[r.kind], linewidth=1, zorder=0)
    handles, labels = ax.get_legend_handles_labels()
    unique = dict(zip(labels, handles, strict=True))
    ax.legend(unique.values(), unique.keys(), title="speaker", fontsize="small", loc="best")
    locator = mdates.AutoDateLocator(maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    if len(dated) < len(claims):
        ax.axvline((last + undated_x) / 2, color="#cccccc", linewidth=0.8)
        ax.annotate(
            "undated", xy=(undated_x, 0), xytext=(0, -14), textcoords="offset points", ha="center"
        )
    ax.set_xlim(first - span * 0.08, undated_x + span * 0.08)
    ax.set_ylim(0, top)
    ax.set_ylabel(found.measure or "value")
    title = (found.measure, found.subject, ", ".join(found.places))
    ax.set_title(" | ".join(x for x in title if x))
    return ax


def _bounds(claim: Claim, tolerance: Tolerance) -> tuple[float, float]:
    interval = claim.quantity.interval(tolerance)
    return interval.low, interval.high


def plot_graph(report: Report, *, ax: Axes | None = None) -> Axes:
    """Draw the claims as nodes (labelled with their figures) and relations as coloured edges.

    Returns:
        The axes drawn on; the nodes are one collection whose ``gid`` is
        ``"claims"``, with one point per claim in ``report.claims`` order.

    Raises:
        ImportError: If matplotlib is not installed.
    """
    _pyplot()
    ax = _axes(ax)
    graph = to_graph(report)
    positions = nx.spring_layout(graph, seed=0) if graph.number_of_nodes() else {}
    nodes = nx.draw_networkx_nodes(
        graph, positions, ax=ax, node_size=120, node_color="#455a64", nodelist=list(graph)
    )
    if nodes is not None:
        nodes.set_gid("claims")
    for kind, colour in _KIND_COLOURS.items():
        edges = [(u, v) for u, v, d in graph.edges(data=True) if d["kind"] == kind.value]
        if edges:
            nx.draw_networkx_edges(
                graph, positions, edgelist=edges, ax=ax, edge_color=colour, arrows=True
            )
            ax.plot([], [], color=colour, label=kind.value)
    labels = {c.id: c.quantity.describe() for c in report.claims}
    nx.draw_networkx_labels(graph, positions, labels=labels, ax=ax, font_size=7)
    if graph.number_of_edges():
        ax.legend(fontsize="small")
    ax.set_axis_off()
    return ax
