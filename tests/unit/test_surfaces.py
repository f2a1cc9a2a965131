"""What a notebook user touches: HTML, tables, graphs, plots and the JSON Schema."""

import html
import html.parser
import json
import math
import subprocess
import sys
from pathlib import Path

import jsonschema
import matplotlib.pyplot as plt
import networkx as nx
import pytest

import reconcile
from reconcile import Claim, Cluster, Quantity, Relation, Report, Span
from reconcile.report.graph import read_graphml, to_graph, write_graphml

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


@pytest.fixture(scope="module")
def seeds() -> Report:
    return reconcile.reconcile(reconcile.load(ROOT / "fixtures" / "seeds"))


def hostile_report() -> Report:
    """Claims whose text tries everything: markup, control characters, Arabic, no values."""
    a = Claim(
        document="a.txt",
        span=Span(0, 3),
        quantity=Quantity.approx(300, "300"),
        quote="<script>alert('x')</script> some 300 & more",
        measure="fighters",
        subject="Tajik nationals",
        places=["Syria"],
        as_of="2014-11",
        speaker='the "State" <Committee>',
    )
    b = Claim(
        document="b.txt",
        span=Span(5, 8),
        quantity=Quantity.approx(200),
        quote="يقيم نحو 200\x00\x1b\r\n\ud800 there",
        measure="fighters",
        subject="Tajik nationals",
        places=["سوريا", "Syria"],
        as_of="2015-01",
    )
    c = Claim(document="c.txt", span=Span(0, 1), quantity=Quantity.at_least(6))
    return Report(
        claims=[a, b, c],
        clusters=[Cluster(id="k-1", claims=[a.id, b.id], measure="fighters")],
        relations=[Relation("contradicts", [a.id, b.id], "<b>300</b> vs 200\x07")],
    )


# -- HTML ---------------------------------------------------------------------


class _Tags(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)


def tags(markup: str) -> list[str]:
    parser = _Tags()
    parser.feed(markup)
    return parser.tags


def test_report_html_escapes_a_script_in_a_quote():
    markup = hostile_report()._repr_html_()
    assert "<script>" not in markup
    assert "&lt;script&gt;" in markup
    assert "script" not in tags(markup)
    assert "&lt;b&gt;300&lt;/b&gt; vs 200" in markup  # the reason's <b> is text
    assert "\x07" not in markup
    assert "\x00" not in markup


def test_every_html_repr_escapes_what_it_shows():
    report = hostile_report()
    for item in (*report.claims, *report.clusters, *report.relations, report):
        markup = item._repr_html_()
        assert "script" not in tags(markup)
        assert "<Committee>" not in markup


def test_html_quotes_read_in_their_own_direction_and_mark_the_figure(seeds):
    markup = seeds._repr_html_()
    arabic = next(c for c in seeds.claims if c.lang == "ar")
    at = markup.index(html.escape(arabic.quote.split()[0]))
    assert markup.rfind('<td dir="auto">', 0, at) > markup.rfind("</td>", 0, at)
    marked = [c for c in seeds.claims if c.quantity.text and c.quantity.text in c.quote]
    assert len(marked) > len(seeds.claims) // 2
    for c in marked:
        assert f"<mark>{html.escape(c.quantity.text)}</mark>" in c._repr_html_()


def test_html_report_lists_each_question_with_its_claims_in_time_order(seeds):
    markup = seeds._repr_html_().replace("<mark>", "").replace("</mark>", "")
    for cluster in seeds.clusters:
        quotes = [seeds.claim(cid).quote[:30] for cid in cluster.claims]
        positions = [markup.find(html.escape(q)) for q in quotes]
        assert all(p >= 0 for p in positions)
    contradiction = next(r for r in seeds.relations if r.kind.value == "contradicts")
    assert contradiction.reason.split(":")[0].replace("'", "&#x27;") in markup


def test_plain_reprs_remain_for_terminals(seeds):
    assert repr(seeds).startswith("<Report: 6 documents")
    assert repr(seeds.claims[0]).startswith("Claim(")


# -- tables -------------------------------------------------------------------


@pytest.mark.parametrize("table", ["claims", "clusters", "relations"])
def test_records_and_dataframes_have_one_row_per_item(seeds, table):
    records = seeds.to_records(table)
    frame = seeds.to_pandas(table)
    assert len(records) == len(frame) == len(getattr(seeds, table))
    assert list(frame.columns) == list(reconcile.report.tables.COLUMNS[table])
    assert all(set(r) == set(frame.columns) for r in records)
    json.dumps(records)  # plain values only


def test_an_empty_report_gives_empty_tables_with_their_columns():
    frame = Report().to_pandas("relations")
    assert list(frame.columns) == ["kind", "first", "second", "claims", "cluster", "reason"]
    assert len(frame) == 0


def test_an_unknown_table_is_refused():
    with pytest.raises(ValueError, match="claims, clusters, relations"):
        Report().to_records("people")


def test_missing_pandas_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"reconcile-claims\[pandas\]"):
        Report().to_pandas()


def test_missing_matplotlib_names_the_extra(monkeypatch, seeds):
    monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)
    with pytest.raises(ImportError, match=r"reconcile-claims\[plot\]"):
        seeds.plot_timeline(seeds.clusters[0])


# -- graphs -------------------------------------------------------------------


def same_graph(a: nx.MultiDiGraph, b: nx.MultiDiGraph) -> bool:
    return list(a.nodes(data=True)) == list(b.nodes(data=True)) and list(
        a.edges(keys=True, data=True)
    ) == list(b.edges(keys=True, data=True))


def test_graph_has_a_node_per_claim_and_an_edge_per_relation(seeds):
    graph = seeds.to_graph()
    assert set(graph) == {c.id for c in seeds.claims}
    kinds = sorted(d["kind"] for _, _, d in graph.edges(data=True))
    assert kinds == sorted(r.kind.value for r in seeds.relations)
    first = seeds.claims[0]
    assert graph.nodes[first.id]["quote"] == first.quote


@pytest.mark.parametrize("make", [hostile_report, Report])
def test_graphml_reads_back_equal(tmp_path, make):
    report = make()
    path = tmp_path / "claims.graphml"
    report.write_graphml(path)
    assert same_graph(read_graphml(path), to_graph(report))
    plain = nx.read_graphml(path)  # networkx itself reads the file
    assert plain.number_of_nodes() == len(report.claims)


def test_graphml_of_the_seeds_reads_back_equal(tmp_path, seeds):
    path = tmp_path / "seeds.graphml"
    write_graphml(seeds, path)
    assert same_graph(read_graphml(path), seeds.to_graph())


def networkx_round_trip(graph, path):
    nx.write_graphml(graph, path)
    return nx.read_graphml(path)


def test_networkx_own_writer_fails_where_ours_does_not(tmp_path):
    graph = to_graph(hostile_report())
    with pytest.raises((nx.NetworkXError, TypeError, ValueError)):
        networkx_round_trip(graph, tmp_path / "nx.graphml")


def test_a_failed_write_leaves_the_old_file(tmp_path):
    path = tmp_path / "claims.graphml"
    path.write_text("old", encoding="utf-8")
    graph = to_graph(hostile_report())
    graph.add_node("odd", value=object())  # cannot be encoded
    with pytest.raises(TypeError):
        write_graphml(graph, path)
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["claims.graphml"]


# -- plots --------------------------------------------------------------------


def claim_marks(ax, ids):
    """The claim bars drawn, on the date axes and the undated strip."""
    return [
        line.get_gid()
        for a in (ax, *ax.child_axes)
        for line in a.get_lines()
        if line.get_gid() in ids
    ]


def test_timeline_has_one_mark_per_claim(seeds):
    for cluster in seeds.clusters:
        ax = seeds.plot_timeline(cluster)
        assert sorted(claim_marks(ax, set(cluster.claims))) == sorted(cluster.claims)
        plt.close(ax.figure)


def test_timeline_marks_contradictions_and_open_ends(seeds):
    cluster = next(
        k
        for k in seeds.clusters
        if any(r.kind.value == "contradicts" and r.claims[0] in k.claims for r in seeds.relations)
    )
    ax = seeds.plot_timeline(cluster.id)
    dashed = [line for line in ax.get_lines() if line.get_linestyle() == "--"]
    assert len(dashed) == 1
    open_ended = [seeds.claim(c) for c in cluster.claims if seeds.claim(c).quantity.high is None]
    assert len(ax.texts) >= len(open_ended)
    for line in ax.get_lines():
        assert all(math.isfinite(y) for y in line.get_ydata())


def test_timeline_places_undated_claims_apart():
    report = hostile_report()
    undated = Claim(
        document="d.txt",
        span=Span(0, 3),
        quantity=Quantity.exact(250),
        measure="fighters",
        subject="Tajik nationals",
        places=["Syria"],
    )
    cluster = Cluster(id="k-1", claims=[*report.clusters[0].claims, undated.id])
    report = Report(claims=[*report.claims, undated], clusters=[cluster])
    ax = report.plot_timeline("k-1", ax=None)
    assert sorted(claim_marks(ax, set(cluster.claims))) == sorted(cluster.claims)
    (strip,) = ax.child_axes
    assert strip.get_title() == "undated"
    # the undated claims are in the strip, not on the date axis
    assert {line.get_gid() for line in strip.get_lines()} == {
        undated.id,
        report.claims[2].id,
    } & set(cluster.claims)
    assert undated.id not in {line.get_gid() for line in ax.get_lines()}


def test_timeline_draws_a_month_over_its_month_and_a_day_as_a_day():
    import matplotlib.dates as mdates

    month = Claim(document="m.txt", span=Span(0, 3), quantity=Quantity.approx(300), as_of="2014-11")
    year = Claim(document="y.txt", span=Span(0, 3), quantity=Quantity.approx(250), as_of="2015")
    day = Claim(document="d.txt", span=Span(0, 3), quantity=Quantity.exact(200), as_of="2015-06-03")
    cluster = Cluster(id="k-1", claims=[month.id, year.id, day.id])
    ax = Report(claims=[month, year, day], clusters=[cluster]).plot_timeline("k-1")
    boxes = {p.get_gid(): p for p in ax.patches}
    assert set(boxes) == {f"{month.id}:period", f"{year.id}:period"}
    box = boxes[f"{month.id}:period"]
    assert mdates.num2date(box.get_x()).date().isoformat() == "2014-11-01"
    assert round(box.get_width()) in (29, 30)  # the whole of November
    assert round(boxes[f"{year.id}:period"].get_width()) in (364, 365)
    assert not ax.child_axes  # nothing undated, no strip


def test_timeline_of_an_unknown_cluster_is_a_key_error(seeds):
    with pytest.raises(KeyError):
        seeds.plot_timeline("k-none")


def test_there_is_no_static_graph_plot_but_graphml(seeds):
    """plot_graph was unreadable on any real report: GraphML for Gephi or yEd instead."""
    assert not hasattr(seeds, "plot_graph")
    assert "Gephi" in (seeds.write_graphml.__doc__ or "")


def test_returns_are_typed_for_editors_and_mypy():
    assert Report.to_pandas.__annotations__["return"] == "pd.DataFrame"
    assert Report.to_graph.__annotations__["return"] == "nx.MultiDiGraph[str]"
    assert Report.plot_timeline.__annotations__["return"] == "Axes"


def test_mypy_sees_a_dataframe_a_graph_and_axes(tmp_path):
    from mypy import api

    code = (
        "import reconcile\n"
        "r = reconcile.Report()\n"
        "reveal_type(r.to_graph())\n"
        "reveal_type(r.plot_timeline('k'))\n"
    )
    (tmp_path / "use.py").write_text(code, encoding="utf-8")
    out, _, _ = api.run(
        ["--no-incremental", "--cache-dir", str(tmp_path / "cache"), str(tmp_path / "use.py")]
    )
    assert "networkx.classes.multidigraph.MultiDiGraph" in out
    assert "matplotlib.axes._axes.Axes" in out


# -- JSON Schema ----------------------------------------------------------------


def test_cli_report_validates_against_the_shipped_schema():
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "reconcile",
            "report",
            "--format",
            "json",
            "fixtures/seeds",
            "fixtures/patterns",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    jsonschema.validate(json.loads(out.stdout), reconcile.json_schema("report"))


def test_cli_claims_validate_against_the_claim_schema():
    out = subprocess.run(
        [sys.executable, "-m", "reconcile", "extract", "--format", "jsonl", "fixtures/patterns"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    validator = jsonschema.Draft202012Validator(reconcile.json_schema("claim"))
    lines = out.stdout.splitlines()
    assert lines
    for line in lines:
        validator.validate(json.loads(line))


def test_the_schema_refuses_what_the_format_forbids(seeds):
    validator = jsonschema.Draft202012Validator(reconcile.json_schema("report"))
    data = seeds.to_dict()
    assert validator.is_valid(data)
    data["relations"][0]["kind"] = "disagrees"
    assert not validator.is_valid(data)
    data = seeds.to_dict()
    data["claims"][0]["quantity"]["qualifier"] = "roughly"
    assert not validator.is_valid(data)
    data = seeds.to_dict()
    data["claims"][0]["as_of"] = "Jan 2015"
    assert not validator.is_valid(data)


def test_the_schema_is_a_valid_schema():
    jsonschema.Draft202012Validator.check_schema(reconcile.json_schema())
