"""A report as a graph: claims are nodes, relations are edges; GraphML in and out.

:func:`to_graph` gives a :class:`networkx.MultiDiGraph` (two claims can stand
in more than one relation). :func:`write_graphml` writes it as GraphML that
``networkx.read_graphml`` and tools such as Gephi or yEd read, and
:func:`read_graphml` reads it back equal to what :func:`to_graph` gave.

networkx's own writer stops at ``None`` and lists and writes control
characters that make the XML unreadable. Here ``None`` is left out (and
restored on reading), and a value GraphML cannot hold as plain text (a list,
an empty string, text with characters XML forbids) is written as JSON and
named in the element's ``json_encoded`` attribute. The file is written
atomically: on any error the target is left as it was.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from ..model._fields import XML_ILLEGAL

if TYPE_CHECKING:
    from .report import Report


__all__ = ["read_graphml", "to_graph", "write_graphml"]

_ENCODED = "json_encoded"
_NODE_NAMES = "node_attributes"
_EDGE_NAMES = "edge_attributes"


def to_graph(report: Report) -> nx.MultiDiGraph[str]:
    """Claims as nodes (with their attributes), relations as edges (with kind and reason).

    A relation of more than two claims becomes one edge from its first claim
    to each of the others; every edge records the index of its relation in
    ``report.relations``.

    Examples:
        >>> from reconcile import Claim, Quantity, Relation, Report, Span
        >>> a = Claim(document="a", span=Span(0, 3), quantity=Quantity.approx(300))
        >>> b = Claim(document="b", span=Span(0, 3), quantity=Quantity.approx(200))
        >>> g = to_graph(Report(claims=[a, b], relations=[
        ...     Relation("contradicts", [a.id, b.id], "300 vs 200")]))
        >>> g.number_of_nodes(), [d["kind"] for _, _, d in g.edges(data=True)]
        (2, ['contradicts'])
    """
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    cluster_of = {cid: k.id for k in report.clusters for cid in k.claims}
    for c in report.claims:
        graph.add_node(
            c.id,
            document=c.document,
            start=c.span.start,
            end=c.span.end,
            low=c.quantity.low,
            high=c.quantity.high,
            qualifier=c.quantity.qualifier.value,
            text=c.quantity.text,
            quote=c.quote,
            measure=c.measure,
            unit=c.unit,
            subject=c.subject,
            places=list(c.places),
            as_of=c.as_of,
            speaker=c.speaker,
            outlet=c.outlet,
            lang=c.lang,
            cluster=cluster_of.get(c.id),
        )
    key = 0
    for index, r in enumerate(report.relations):
        first, *others = r.claims
        for other in others:
            graph.add_edge(
                first, other, key=key, kind=r.kind.value, reason=r.reason, relation=index
            )
            key += 1
    return graph


# ---------------------------------------------------------------------------
# writing


def _plain(value: object) -> bool:
    """Whether GraphML holds the value as it is (else it is written as JSON)."""
    if isinstance(value, bool | int | float):
        return True
    return isinstance(value, str) and value != "" and XML_ILLEGAL.search(value) is None


def _json(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False)
    # JSON leaves lone surrogates and U+FFFE/U+FFFF raw; XML cannot carry them
    return XML_ILLEGAL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _xml_text(text: str) -> str:
    # a carriage return must be a character reference, or readers turn it into "\n"
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    )


def _attr(text: str) -> str:
    return _xml_text(text).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")


def _type(values: Iterable[object]) -> str:
    seen = {type(v) for v in values if v is not None}
    if seen and seen <= {bool}:
        return "boolean"
    if seen and seen <= {int}:
        return "long"
    if seen and seen <= {int, float}:
        return "double"
    return "string"


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


class _Keys:
    """GraphML ``<key>`` declarations for one domain (graph, node or edge)."""

    def __init__(self, domain: str, rows: Sequence[Mapping[str, Any]]) -> None:
        self.domain = domain
        self.names: list[str] = sorted({name for row in rows for name in row})
        self.ids = {name: f"{domain[0]}{i}" for i, name in enumerate(self.names)}
        self.types = {}
        for name in self.names:
            values = [row.get(name) for row in rows]
            plain = all(v is None or _plain(v) for v in values)
            self.types[name] = _type(values) if plain else "string"
        # declared always, though only elements holding a JSON value use it
        self.ids[_ENCODED] = f"{domain[0]}{len(self.names)}"
        self.names.append(_ENCODED)
        self.types[_ENCODED] = "string"

    def declarations(self) -> list[str]:
        return [
            f'  <key id="{self.ids[n]}" for="{self.domain}" attr.name="{_attr(n)}" '
            f'attr.type="{self.types[n]}"/>'
            for n in self.names
        ]

    def data(self, row: Mapping[str, Any], indent: str) -> list[str]:
        out, encoded = [], []
        for name in self.names:
            value = row.get(name)
            if value is None:
                continue
            if self.types[name] == "string" and not (isinstance(value, str) and _plain(value)):
                text = _json(value)
                encoded.append(name)
            else:
                text = _text(value)
            out.append(f'{indent}<data key="{self.ids[name]}">{_xml_text(text)}</data>')
        if encoded:
            out.append(f'{indent}<data key="{self.ids[_ENCODED]}">{" ".join(encoded)}</data>')
        return out


def write_graphml(graph: nx.MultiDiGraph[str] | Report, path: str | os.PathLike[str]) -> None:
    """Write a report's graph (or a graph from :func:`to_graph`) as GraphML, atomically.

    Args:
        graph: A report, or a graph whose node and edge attributes are
            strings, numbers, booleans, lists or ``None``.
        path: The file to write; it is replaced only once the whole file is written.

    Raises:
        OSError: If the file cannot be written (the target is left as it was).

    Examples:
        >>> import tempfile, pathlib
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "empty.graphml"
        >>> from reconcile import Report
        >>> write_graphml(Report(), path)
        >>> read_graphml(path).number_of_nodes()
        0
    """
    g = graph if isinstance(graph, nx.Graph) else to_graph(graph)
    node_rows = [dict(d) for _, d in g.nodes(data=True)]
    edge_rows = [dict(d) for _, _, d in g.edges(data=True)]
    names = {
        _NODE_NAMES: " ".join(sorted({n for row in node_rows for n in row})),
        _EDGE_NAMES: " ".join(sorted({n for row in edge_rows for n in row})),
    }
    graph_keys = _Keys("graph", [names])
    node_keys, edge_keys = _Keys("node", node_rows), _Keys("edge", edge_rows)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
        'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
        *graph_keys.declarations(),
        *node_keys.declarations(),
        *edge_keys.declarations(),
        f'  <graph edgedefault="{"directed" if g.is_directed() else "undirected"}">',
        *graph_keys.data(names, "    "),
    ]
    for node, data in g.nodes(data=True):
        lines.append(f'    <node id="{_attr(str(node))}">')
        lines += node_keys.data(data, "      ")
        lines.append("    </node>")
    for u, v, key, data in g.edges(keys=True, data=True):
        lines.append(f'    <edge id="{_attr(str(key))}" source="{_attr(u)}" target="{_attr(v)}">')
        lines += edge_keys.data(data, "      ")
        lines.append("    </edge>")
    lines += ["  </graph>", "</graphml>", ""]
    _write_atomically(Path(path), "\n".join(lines))


def _write_atomically(path: Path, text: str) -> None:
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


# ---------------------------------------------------------------------------
# reading


def read_graphml(path: str | os.PathLike[str]) -> nx.MultiDiGraph[str]:
    """Read a file written by :func:`write_graphml`: the graph :func:`to_graph` gave.

    Values written as JSON are decoded, and attributes left out because they
    were ``None`` come back as ``None``.
    """
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph(nx.read_graphml(path, force_multigraph=True))
    node_names = str(graph.graph.pop(_NODE_NAMES, "")).split()
    edge_names = str(graph.graph.pop(_EDGE_NAMES, "")).split()
    for _, data in graph.nodes(data=True):
        _restore(data, node_names)
    for _, _, data in graph.edges(data=True):
        _restore(data, edge_names)
    return graph


def _restore(data: dict[str, Any], names: list[str]) -> None:
    for name in str(data.pop(_ENCODED, "")).split():
        data[name] = json.loads(data[name])
    for name in names:
        data.setdefault(name, None)
