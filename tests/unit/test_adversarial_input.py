"""Hostile input to the reading side (issue 15): no hang, no crash, no lost document.

Each test asserts what comes out, not only that nothing was raised: documents
counted in equal documents out plus entries reported.
"""

import contextlib
import json
import logging
import os
import socket
import tempfile
import threading

import jsonschema
import networkx as nx
import pytest
from hypothesis import given
from hypothesis import strategies as st

import reconcile
from reconcile import Document, ReconcileError, Report, parse_document
from reconcile.documents import body_offset, read_documents, read_paths
from reconcile.pipeline import claims_of

SIZES = [100_000, 1_000_000]


def finishes(function, *args, seconds=5.0, **kwargs):
    """Call ``function`` in a thread; fail (not hang) if it has not returned in time."""
    result = {}

    def call():
        result["value"] = function(*args, **kwargs)

    thread = threading.Thread(target=call, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"{function.__name__} still running after {seconds} s"
    return result["value"]


def assert_spans_point_at_their_text(document, claims):
    for claim in claims:
        assert 0 <= claim.span.start < claim.span.end <= len(document.text)
        assert document.text[claim.span.start : claim.span.end] == claim.quantity.text


# ---------------------------------------------------------------------------
# front matter


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("newline", ["\r\n", "\n"])
def test_unterminated_front_matter_is_linear_and_kept_as_body(size, newline, caplog):
    # returning at all is the check (the exponential pattern took hours);
    # how fast is measured by benchmarks/bench_adversarial.py, not here
    text = "---" + newline + ("a" + newline) * (size // 3) + "Officials said 300 people fled."
    with caplog.at_level(logging.WARNING, logger="reconcile"):
        doc = parse_document(text, "open.txt")
    assert doc.text == text
    assert body_offset(text) == 0
    assert dict(doc.metadata) == {}
    assert any(
        "open.txt" in r.getMessage() and "no closing" in r.getMessage() for r in caplog.records
    )


def test_the_crlf_case_from_the_issue_is_instant():
    text = "---\r\n" + "a\r\n" * 26  # doubled its time with every line: hours for 26
    assert body_offset(text) == 0
    assert parse_document(text, "a.txt").text == text


@pytest.mark.parametrize("newline", ["\r\n", "\n"])
def test_closed_front_matter_reads_the_same_with_either_line_ending(newline):
    lines = ["---", "title: T", "published: 2015-01", "beat: x", "---", "Body"]
    text = newline.join(lines)
    doc = parse_document(text, "a.txt")
    assert (doc.title, doc.published, dict(doc.metadata)) == ("T", "2015-01", {"beat": "x"})
    assert text[body_offset(text) :] == "Body"


def test_closed_front_matter_logs_no_warning(caplog):
    with caplog.at_level(logging.WARNING, logger="reconcile"):
        parse_document("---\ntitle: T\n---\nBody", "a.txt")
    assert caplog.records == []


@pytest.mark.parametrize(
    ("written", "title"),
    [
        ("\"It's 'quoted'\"", "It's 'quoted'"),
        ("'single'", "single"),
        ('"double"', "double"),
        ("\"mixed'", "\"mixed'"),
        ("It's", "It's"),
        ('"', '"'),
        ("''''", "''"),
    ],
)
def test_only_one_matching_pair_of_quotes_is_stripped(written, title):
    assert parse_document(f"---\ntitle: {written}\n---\n", "a.txt").title == title


@pytest.mark.parametrize(
    ("written", "published"),
    [("٢٠١٥-٠١", "2015-01"), ("۲۰۱۵-۰۱-۰۲", "2015-01-02"), ("2015", "2015")],
)
def test_published_in_any_digits_is_ascii_and_the_report_validates(written, published):
    doc = parse_document(f"---\npublished: {written}\n---\nOfficials said 300 people fled.", "a")
    assert doc.published == published
    jsonschema.validate(
        json.loads(reconcile.reconcile([doc]).to_json()), reconcile.json_schema("report")
    )


def test_a_published_value_that_is_no_date_is_rejected():
    with pytest.raises(ReconcileError, match="published"):
        parse_document("---\npublished: ٢٠١٥-13\n---\n", "a.txt")


# ---------------------------------------------------------------------------
# languages


@pytest.mark.parametrize(
    ("written", "code"),
    [("english", "en"), ("English", "en"), ("arabic", "ar"), ("russian", "ru"), ("EN", "en")],
)
def test_language_names_become_codes(written, code):
    assert parse_document(f"---\nlang: {written}\n---\n", "a.txt").lang == code


@pytest.mark.parametrize("lang", ["xx", "fr", "de", "klingon"])
def test_an_unsupported_language_keeps_the_document_with_no_claims(lang, caplog):
    odd = parse_document(f"---\nlang: {lang}\n---\nOfficials said 300 people fled.", "odd.txt")
    good = Document(id="good.txt", text="Officials said 200 people fled.")
    with caplog.at_level(logging.WARNING, logger="reconcile"):
        report = reconcile.reconcile([odd, good])
    assert [d.id for d in report.documents] == ["good.txt", "odd.txt"]
    assert {c.document for c in report.claims} == {"good.txt"}
    assert claims_of(odd) == ()
    assert any("odd.txt" in r.getMessage() for r in caplog.records)


def test_another_failure_in_extraction_names_the_document(monkeypatch):
    def broken(document):
        raise RuntimeError("boom")

    monkeypatch.setattr(reconcile.pipeline, "extract", broken)
    with pytest.raises(RuntimeError) as info:
        claims_of(Document(id="bad.txt", text="x"))
    assert any("bad.txt" in note for note in info.value.__notes__)


# ---------------------------------------------------------------------------
# files and folders


def test_a_string_path_is_one_path_not_its_characters(tmp_path):
    (tmp_path / "a.txt").write_text("Officials said 300 people fled.", "utf-8")
    docs, errors = read_documents(str(tmp_path))
    assert ([d.id for d in docs], errors) == (["a.txt"], ())
    assert [d.id for d in read_paths(tmp_path / "a.txt").documents] == ["a.txt"]


def test_a_fifo_is_reported_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    reading = finishes(read_paths, [fifo])
    assert reading.documents == ()
    assert [(e.path, e.reason) for e in reading.errors] == [
        (str(fifo), "not a regular file: a FIFO (named pipe)")
    ]


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_a_device_is_reported_without_reading_it(device):
    reading = finishes(read_paths, device)
    assert [(e.path, e.reason) for e in reading.errors] == [
        (device, "not a regular file: a character device")
    ]


def test_a_socket_is_reported():
    with tempfile.TemporaryDirectory(dir="/tmp") as folder:
        path = os.path.join(folder, "s.txt")
        with socket.socket(socket.AF_UNIX) as sock:
            sock.bind(path)
            reading = finishes(read_paths, folder)
    assert [e.reason for e in reading.errors] == ["not a regular file: a socket"]


def test_a_file_over_the_size_limit_is_named_with_the_limit(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("x" * 2000, "utf-8")
    reading = read_paths(big, max_bytes=1000)
    assert [str(e) for e in reading.errors] == [
        f"{big}: larger than the size limit of 1,000 bytes; not read"
    ]
    assert [d.id for d in read_paths(big, max_bytes=2000).documents] == ["big.txt"]


def test_a_control_character_in_a_file_name_is_escaped_in_its_id_and_graphml_reads(tmp_path):
    (tmp_path / "a\x01.txt").write_text("Officials said 300 people fled.")
    report = reconcile.reconcile(read_paths(tmp_path).documents)
    assert [d.id for d in report.documents] == ["a\\u0001.txt"]
    report.write_graphml(tmp_path / "out.graphml")
    assert nx.read_graphml(tmp_path / "out.graphml").number_of_nodes() == 1


@pytest.mark.parametrize("bad", ["c-\x01abc", "c-\x00", "c-\x0b", "c-\ufffe", "c-\ud800"])
def test_an_id_no_output_could_carry_is_refused(bad):
    with pytest.raises(reconcile.InvalidClaimError):
        reconcile.Claim(
            id=bad, document="d", span=reconcile.Span(0, 3), quantity=reconcile.Quantity.exact(300)
        )
    with pytest.raises(reconcile.InvalidClaimError):
        Document(id=bad, text="300 people")


def test_an_undecodable_file_name_gives_an_escaped_id_that_round_trips(tmp_path):
    with open(os.fsencode(tmp_path) + b"/caf\xe9.txt", "wb") as file:
        file.write(b"Officials said 300 people fled.")
    reading = read_paths(tmp_path)
    assert [d.id for d in reading.documents] == ["caf\\xe9.txt"]
    assert reading.path_of("caf\\xe9.txt") == f"{tmp_path}/caf\\xe9.txt"
    report = reconcile.reconcile(reading.documents)
    assert len(report.claims) == 1
    assert Report.from_json(report.to_json(include_text=True)) == report
    report.to_json().encode("utf-8")  # no lone surrogate reaches the output


def test_links_that_lead_nowhere_are_errors_with_reasons(tmp_path):
    (tmp_path / "good.txt").write_text("Officials said 300 people fled.", "utf-8")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    reading = read_paths(tmp_path)
    assert [d.id for d in reading.documents] == ["good.txt"]
    assert sorted((os.path.basename(e.path), e.reason) for e in reading.errors) == [
        ("dangling.txt", "a dangling symbolic link"),
        ("loop.txt", "a symbolic link loop"),
    ]
    given = read_paths([tmp_path / "dangling.txt", tmp_path / "loop.txt"])
    assert [e.reason for e in given.errors] == ["a dangling symbolic link", "a symbolic link loop"]


def test_a_folder_that_cannot_be_listed_is_an_error(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("one", "utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    real = os.scandir

    def scandir(path):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    reading = read_paths([tmp_path, locked])
    assert [d.id for d in reading.documents] == ["a.txt"]
    assert [str(e) for e in reading.errors] == [f"{locked}: Permission denied"]
    assert [str(n) for n in reading.notices] == [
        f"{locked}: skipped: a folder (folders are not read recursively)"
    ]


def test_every_folder_entry_is_read_or_named(tmp_path):
    for name in ["a.txt", "B.TXT", "c.Txt", ".txt", "notes.md", "README", ".hidden"]:
        (tmp_path / name).write_text("Officials said 300 people fled.", "utf-8")
    (tmp_path / "sub").mkdir()
    reading = read_paths(tmp_path)
    assert [d.id for d in reading.documents] == [".txt", "B.TXT", "a.txt", "c.Txt"]
    named = {os.path.basename(n.path): n.reason for n in reading.notices}
    assert named == {
        ".hidden": "skipped: not a .txt file",
        "README": "skipped: not a .txt file",
        "notes.md": "skipped: not a .txt file",
        "sub": "skipped: a folder (folders are not read recursively)",
    }
    assert reading.errors == ()
    assert len(reading.documents) + len(reading.notices) == len(os.listdir(tmp_path))


def test_same_names_in_two_folders_get_unique_ids_and_the_json_reads_back(tmp_path):
    for folder, figure in [("a", 300), ("b", 200), ("b/c", 100)]:
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "x.txt").write_text(f"Officials said {figure} people fled.", "utf-8")
    (tmp_path / "a" / "y.txt").write_text("Officials said 50 people fled.", "utf-8")
    reading = read_paths([tmp_path / "b", tmp_path / "a", tmp_path / "b" / "c" / "x.txt"])
    assert [d.id for d in reading.documents] == ["a/x.txt", "b/c/x.txt", "b/x.txt", "y.txt"]
    report = reconcile.reconcile(reading.documents)
    assert len(report.claims) == 4
    assert Report.from_json(report.to_json(include_text=True)) == report


def test_one_file_given_twice_is_read_once_and_named(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Officials said 300 people fled.", "utf-8")
    (tmp_path / "link.txt").symlink_to(path)
    reading = read_paths([path, tmp_path, str(path)])
    assert [d.id for d in reading.documents] == ["a.txt"]
    assert (
        sorted(n.reason for n in reading.notices)
        == [f"skipped: the same file as {path}, read once"] * 3
    )
    report = reconcile.reconcile(reading.documents)
    assert Report.from_json(report.to_json(include_text=True)) == report


def test_documents_come_out_sorted_whatever_the_order_given(tmp_path):
    names = ["c.txt", "a.txt", "b.txt"]
    for i, name in enumerate(names):
        (tmp_path / name).write_text(f"Officials said {i + 300} people fled in Syria.", "utf-8")
    paths = [tmp_path / n for n in names]
    forward = read_paths(paths)
    backward = read_paths(paths[::-1])
    assert [d.id for d in forward.documents] == ["a.txt", "b.txt", "c.txt"]
    assert forward == backward
    docs = list(forward.documents)
    assert reconcile.reconcile(docs).to_json() == reconcile.reconcile(docs[::-1]).to_json()


# ---------------------------------------------------------------------------
# extraction on hostile text: spans stay valid (larger inputs: test_linear_extraction.py)


@pytest.mark.parametrize(
    "text",
    [
        "300 fighters said " * 40,
        "about 300 fighters " * 200,
        "." * 4000,
        "1" + " " * 4000 + "2",
        " ".join(["Capitalised"] * 600),
        "---\r\n" + "Officials said 300 people fled.\r\n" * 100,
        "one hundred " * 20 + "fighters",
        "Twelve of the 40 miners " * 200 + "were killed",
        "The Red Cross recovered 300 bodies, the group said " * 40,
    ],
    ids=["said", "about", "periods", "spaces", "capitals", "crlf-open", "chain", "wholes", "group"],
)
def test_hostile_text_gives_claims_with_valid_spans(text):
    doc = parse_document(text, "x.txt")
    claims = reconcile.extract(doc)
    assert_spans_point_at_their_text(doc, claims)


# ---------------------------------------------------------------------------
# any front-matter-ish text


_KEYS = st.sampled_from(["title", "lang", "published", "outlet", "url", "derived_from", "k", ""])
_VALUES = st.one_of(
    st.sampled_from(["en", "xx", "english", "2015-01", "٢٠١٥-٠١", "'q'", '"It\'s"', "", "---"]),
    st.text(max_size=20),
)
_LINES = st.one_of(
    st.builds(lambda k, v: f"{k}: {v}", _KEYS, _VALUES),
    st.sampled_from(["---", "--- ", "# comment", "", "no colon", "\r"]),
    st.text(max_size=30),
)


@st.composite
def front_matter_texts(draw):
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    opening = draw(st.sampled_from(["---", "\ufeff---", "--- \t", "---x", ""]))
    lines = draw(st.lists(_LINES, max_size=12))
    closing = draw(st.sampled_from(["---", "--- ", "", "----"]))
    body = draw(st.text(max_size=200))
    return newline.join([opening, *lines, closing]) + newline + body


@given(front_matter_texts())
def test_any_front_matter_ish_text_parses_or_raises_a_reconcile_error(text):
    try:
        doc = parse_document(text, "x.txt")
    except ReconcileError:
        pass
    else:
        assert doc.text == text
        assert doc.published is None or doc.published.isascii()
        offset = body_offset(text)
        assert 0 <= offset <= len(text)
        assert offset == 0 or text[offset - 1] == "\n" or offset == len(text)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
_REPORT = json.loads(
    reconcile.reconcile(
        [
            Document(
                id="a.txt",
                text="About 300 people died in Homs, officials said.",
                published="2026-03-01",
            ),
            Document(
                id="b.txt", text="At least 250 people were killed in Homs.", published="2026-03-02"
            ),
        ]
    ).to_json()
)


def _swap(data: object, path: list[int], value: object) -> object:
    """``data`` with the node ``path`` picks replaced (a child number per step, wrapped)."""
    if not path or not isinstance(data, (dict, list)) or not data:
        return value
    keys = list(data) if isinstance(data, dict) else list(range(len(data)))
    key = keys[path[0] % len(keys)]
    out = dict(data) if isinstance(data, dict) else list(data)
    out[key] = _swap(data[key], path[1:], value)  # type: ignore[index]
    return out


def _reads_or_raises_our_error(read, text: str) -> None:
    with contextlib.suppress(ReconcileError):
        read(text)


@given(_JSON)
def test_any_json_read_as_a_report_or_a_claim_raises_only_our_errors(data):
    text = json.dumps(data)
    _reads_or_raises_our_error(Report.from_json, text)
    _reads_or_raises_our_error(reconcile.Claim.from_json, text)


@given(st.lists(st.integers(0, 50), min_size=1, max_size=6), _JSON)
def test_a_report_with_any_part_replaced_reads_or_raises_only_our_errors(path, value):
    # a real report with one node, deep or shallow, swapped for any JSON value
    mutated = _swap(_REPORT, path, value)
    _reads_or_raises_our_error(Report.from_json, json.dumps(mutated))
    claim = _swap(_REPORT["claims"][0], path, value)
    _reads_or_raises_our_error(reconcile.Claim.from_json, json.dumps(claim))


def test_json_nested_past_the_recursion_limit_is_a_format_error():
    with pytest.raises(reconcile.FormatError):
        Report.from_json("[" * 100_000 + "]" * 100_000)


def test_different_claims_sharing_an_id_keep_one_with_a_warning_in_any_order(caplog):
    def claim(value: int, measure: str) -> reconcile.Claim:
        return reconcile.Claim(
            document="d",
            span=reconcile.Span(0, 3),
            quantity=reconcile.Quantity.exact(value),
            quote="x",
            measure=measure,
        )

    a, b = claim(300, "died"), claim(400, "killed")
    with caplog.at_level(logging.WARNING, logger="reconcile"):
        one, other = reconcile.reconcile([a, b]), reconcile.reconcile([b, a])
    assert len(one.claims) == 1
    assert one.to_json() == other.to_json()
    assert "share an id" in caplog.text
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="reconcile"):
        assert len(reconcile.reconcile([a, a]).claims) == 1  # the same claim twice: no warning
    assert caplog.text == ""


def test_a_document_given_twice_is_read_once_and_two_sharing_an_id_are_refused():
    doc = Document(id="a.txt", text="300 people died.")
    report = reconcile.reconcile([doc, doc])
    assert [d.id for d in report.documents] == ["a.txt"]
    assert Report.from_json(report.to_json(include_text=True)) == report
    with pytest.raises(reconcile.InvalidClaimError, match="share this id"):
        reconcile.reconcile([doc, Document(id="a.txt", text="400 people died.")])


@pytest.mark.parametrize("date", ["٢٠١٥", "2015-٠١", "२०१५"])
def test_a_date_given_in_other_digits_is_refused_as_the_json_schema_would(date):
    with pytest.raises(reconcile.InvalidClaimError):
        Document(id="a.txt", text="300 people died.", published=date)
    with pytest.raises(reconcile.InvalidClaimError):
        reconcile.Claim(
            document="a.txt",
            span=reconcile.Span(0, 3),
            quantity=reconcile.Quantity.exact(300),
            as_of=date,
        )


def test_read_paths_refuses_a_limit_that_is_no_size_and_reads_under_a_huge_one(tmp_path):
    (tmp_path / "a.txt").write_text("Officials said 300 people fled.", "utf-8")
    for bad in (-1, 1.5, "10", True):
        with pytest.raises(reconcile.InvalidValueError):
            read_paths(tmp_path, max_bytes=bad)
    assert [d.id for d in read_paths(tmp_path, max_bytes=10**30).documents] == ["a.txt"]


def _ids_by_bytes(reading) -> dict[bytes, str]:
    return {os.fsencode(reading.path_of(d.id)): d.id for d in reading.documents}


def test_two_spellings_of_one_escaped_name_get_unique_ids_whatever_the_order(tmp_path):
    d, e = tmp_path / "d", tmp_path / "e"
    d.mkdir()
    e.mkdir()
    with open(os.fsencode(d) + b"/caf\xe9.txt", "wb") as file:  # not UTF-8: shown escaped
        file.write(b"Officials said 300 people fled.")
    (d / "caf\\xe9.txt").write_text("Officials said 400 people fled.")  # the escape as text
    (e / "caf\\xe9.txt~2").write_text("Officials said 500 people fled.")
    names = [os.fsencode(d) + b"/caf\xe9.txt", d / "caf\\xe9.txt", e / "caf\\xe9.txt~2"]
    forward = read_paths(names)
    backward = read_paths(names[::-1])
    ids = [doc.id for doc in forward.documents]
    assert len(ids) == len(set(ids)) == 3
    assert [doc.id for doc in backward.documents] == ids
    report = reconcile.reconcile(forward.documents)
    assert Report.from_json(report.to_json(include_text=True)) == report


def test_a_file_reached_by_two_names_is_read_under_the_same_one_whatever_the_order(tmp_path):
    (tmp_path / "real.txt").write_text("Officials said 300 people fled.")
    (tmp_path / "link.txt").symlink_to(tmp_path / "real.txt")
    names = [tmp_path / "real.txt", tmp_path / "link.txt"]
    forward, backward = read_paths(names), read_paths(names[::-1])
    assert [d.id for d in forward.documents] == [d.id for d in backward.documents] == ["link.txt"]
    assert len(forward.notices) == len(backward.notices) == 1


@pytest.mark.parametrize(
    "setting",
    [
        {"threshold": float("nan")},
        {"threshold": -1},
        {"threshold": 2},
        {"window_days": -5},
        {"window_days": float("nan")},
        {"tolerance": None},
        {"origins": [("a.txt", "b.txt")]},
    ],
)
def test_a_setting_out_of_its_range_is_refused_not_read_silently(setting):
    doc = Document(id="a.txt", text="300 people died.")
    with pytest.raises(reconcile.InvalidValueError):
        reconcile.reconcile([doc], **setting)
