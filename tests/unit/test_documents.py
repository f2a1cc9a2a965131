from collections.abc import Iterator

import pytest

from reconcile import DocumentError, load, parse_document
from reconcile.documents import Reading
from reconcile.extraction import find_published


def test_front_matter_fills_fields_and_keeps_other_keys():
    text = (
        "---\ntitle: T\noutlet: O\nurl: http://x\npublished: 2019-04\nlang: ar\n"
        "derived_from: a.txt\nbeat: security\n---\nبعض"
    )
    doc = parse_document(text, "b.txt")
    assert (doc.title, doc.outlet, doc.url, doc.published, doc.lang, doc.derived_from) == (
        "T",
        "O",
        "http://x",
        "2019-04",
        "ar",
        "a.txt",
    )
    assert dict(doc.metadata) == {"beat": "security"}
    assert doc.text == text


def test_bad_front_matter_is_a_format_error():
    with pytest.raises(ValueError, match="published"):
        parse_document("---\npublished: April\n---\n", "a.txt")


def test_published_date_skips_page_headers_and_related_links():
    text = (
        "Saturday, January 29th 2022 | 27 Shevat 5782\n\nApril 11, 2019 1:40 pm\n\nHeadline\n\n"
        "Related coverage\n\nJanuary 28, 2022 9:34 am\n\nOther story"
    )
    assert find_published(text) == "2019-04-11"
    assert find_published("Related coverage\n\nJanuary 28, 2022 9:34 am\n") is None


def test_load_reads_a_directory_sorted(tmp_path):
    (tmp_path / "b.txt").write_text("two", encoding="utf-8")
    (tmp_path / "a.txt").write_text("one", encoding="utf-8")
    assert [d.id for d in load(tmp_path)] == ["a.txt", "b.txt"]


def test_load_reports_undecodable_files(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\xfa")
    with pytest.raises(DocumentError, match="UTF-8"):
        load(tmp_path / "bad.txt")
    with pytest.raises(ExceptionGroup):
        load(tmp_path)


class _CountedSources(tuple[tuple[str, str], ...]):
    """Sources that count how often they are read through."""

    reads = 0

    def __iter__(self) -> Iterator[tuple[str, str]]:
        type(self).reads += 1
        return super().__iter__()


def test_the_path_of_each_document_is_found_without_reading_every_source_again() -> None:
    # the command line asks for the path of each of n documents: reading all
    # n sources on each call made a run take time in n squared
    sources = _CountedSources((f"doc-{n}", f"in/doc-{n}.txt") for n in range(50))
    reading = Reading(sources=sources)
    paths = [reading.path_of(f"doc-{n}") for n in range(50)]
    assert paths == [f"in/doc-{n}.txt" for n in range(50)]
    assert reading.path_of("elsewhere") == "elsewhere"
    assert _CountedSources.reads <= 1
