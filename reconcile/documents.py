"""Read documents: ``.txt`` files with optional front matter.

A file may open with a front-matter block (a line ``---``, ``key: value``
lines, a line ``---``). Known keys fill the :class:`~reconcile.Document`
fields; others are kept as metadata. Without front matter the language is
detected from the script and the publication date is looked for in the text.
The document's text is the file as read, front matter included, so that
spans point into the file.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from .errors import DocumentError, FormatError, InvalidValueError, UnsupportedLanguageError
from .extraction import find_published
from .frontmatter import body_offset, front_matter
from .lang import detect_language, lexicon
from .model import Document

__all__ = ["load", "parse_document", "read_documents"]

_KNOWN = ("title", "outlet", "url", "published", "lang", "derived_from")


def parse_document(text: str, id: str) -> Document:
    r"""Build a :class:`~reconcile.Document` from a file's text and its id.

    Raises:
        TypeError: If ``text`` is not a ``str``.
        FormatError: If the front matter is malformed or a known key is invalid.

    Examples:
        >>> text = "---\noutlet: RFE/RL\npublished: 2016-01\n---\nUp to 1,000."
        >>> doc = parse_document(text, "a.txt")
        >>> doc.outlet, doc.published, doc.lang
        ('RFE/RL', '2016-01', 'en')
        >>> parse_document("نحو 60 ألفا", "b.txt").lang
        'ar'
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    meta = front_matter(text)
    known = {k: meta.pop(k) or None for k in _KNOWN if k in meta}
    body = text[body_offset(text) :]
    lang = known.get("lang") or detect_language(body)
    try:
        return Document(
            id=id,
            text=text,
            lang=lang,
            published=known.get("published")
            or find_published(body, language=_dates_language(lang, body)),
            outlet=known.get("outlet"),
            url=known.get("url"),
            title=known.get("title"),
            derived_from=known.get("derived_from"),
            metadata=meta,
        )
    except InvalidValueError as err:
        raise FormatError(f"{id}: front matter {err}") from None


def _dates_language(lang: str, body: str) -> str:
    """The language whose month names date the document: its own, else its script's."""
    try:
        return lexicon(lang).code
    except UnsupportedLanguageError:
        return detect_language(body)


def _read(path: Path) -> Document:
    try:
        data = path.read_bytes()
    except OSError as err:
        raise DocumentError(str(path), err.strerror or str(err)) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise DocumentError(str(path), f"not valid UTF-8 at byte {err.start}") from None
    try:
        return parse_document(text, path.name)
    except FormatError as err:
        raise DocumentError(str(path), str(err)) from None


def _expand(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.suffix == ".txt" and p.is_file())
    return [path]


def read_documents(
    paths: Iterable[str | os.PathLike[str]],
) -> tuple[tuple[Document, ...], tuple[DocumentError, ...]]:
    """Read every file (directories give their ``*.txt`` files, sorted by name).

    Returns the documents read and, separately, an error for each file that
    could not be read (and for each folder holding no ``.txt`` file), so that
    one bad file never hides the others.

    Examples:
        >>> docs, errors = read_documents(["no/such/file.txt"])
        >>> docs, [e.reason for e in errors]
        ((), ['No such file or directory'])
    """
    documents: list[Document] = []
    errors: list[DocumentError] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            errors.append(DocumentError(str(path), "No such file or directory"))
            continue
        files = _expand(path)
        if not files:
            errors.append(DocumentError(str(path), "a folder with no .txt files"))
        for file in files:
            try:
                documents.append(_read(file))
            except DocumentError as err:
                errors.append(err)
    return tuple(documents), tuple(errors)


def load(path_or_directory: str | os.PathLike[str]) -> tuple[Document, ...]:
    """Read one file, or every ``*.txt`` file of a directory, as documents.

    Raises:
        DocumentError: If the single file given cannot be read or decoded.
        ExceptionGroup: Of :class:`DocumentError`, if files of a directory failed;
            use :func:`read_documents` to keep the good ones.

    Examples:
        >>> load("no/such/file.txt")
        Traceback (most recent call last):
        ...
        reconcile.errors.DocumentError: no/such/file.txt: No such file or directory
    """
    documents, errors = read_documents([path_or_directory])
    if len(errors) == 1 and not Path(path_or_directory).is_dir():
        raise errors[0]
    if errors:
        raise ExceptionGroup(f"{len(errors)} of the documents could not be read", list(errors))
    return documents
