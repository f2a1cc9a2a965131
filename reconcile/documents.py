r"""Read documents: ``.txt`` files with optional front matter.

A file may open with a front-matter block (a line ``---``, ``key: value``
lines, a line ``---``). Known keys fill the :class:`~reconcile.Document`
fields; others are kept as metadata. Without front matter the language is
detected from the script and the publication date is looked for in the text.
The document's text is the file as read, front matter included, so that
spans point into the file.

Reading never blocks and never loses an entry silently: :func:`read_paths`
returns the documents read, an error for each entry that could not be read
(a missing file, a FIFO or device, a file over the size limit, a dangling
symbolic link, undecodable bytes, bad front matter) and a notice for each
entry it skipped on purpose (a file in a folder that does not end in
``.txt``, a sub-folder, a file given twice) or read with a warning (front
matter with no closing line).

Notes:
    Front matter is read line by line, in time linear in the length of the
    file (a regular expression over a block with no closing line was
    exponential on CRLF text).
"""

from __future__ import annotations

import errno
import logging
import os
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs

from .errors import DocumentError, FormatError, InvalidValueError, UnsupportedLanguageError
from .extraction import find_published
from .frontmatter import UNTERMINATED, body_offset, front_matter
from .lang import canon, detect_language, lexicon
from .model import Document
from .model._fields import XML_ILLEGAL

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Listing",
    "Notice",
    "Reading",
    "list_files",
    "load",
    "parse_document",
    "read_documents",
    "read_file",
    "read_paths",
]

_log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
"""Files larger than this (50 MiB) are reported instead of read."""

_KNOWN = ("title", "outlet", "url", "published", "lang", "derived_from")


def _ascii_digits(value: str) -> str:
    """Write every decimal digit (Arabic-Indic ``٢٠١٥`` included) as an ASCII digit."""
    return "".join(
        str(unicodedata.decimal(ch)) if ch.isdecimal() and not ch.isascii() else ch for ch in value
    )


def _language(value: str) -> str:
    """A ``lang:`` value as a code: names become codes, bare codes lower case."""
    folded = value.strip()
    code = canon().language_names.get(folded.lower())
    if code is not None:
        return code
    return folded.lower() if folded.isalpha() else folded


def _parse(text: str, id: str) -> tuple[Document, tuple[str, ...]]:
    """Build the document, and the warnings a reader should see about it."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    meta, unterminated = front_matter(text)
    known = {k: meta.pop(k) or None for k in _KNOWN if k in meta}
    body = text[body_offset(text) :]
    written = known.get("lang")
    lang = _language(written) if written else detect_language(body)
    published = known.get("published") or find_published(body, language=_dates_language(lang, body))
    try:
        document = Document(
            id=id,
            text=text,
            lang=lang,
            published=_ascii_digits(published) if published else None,
            outlet=known.get("outlet"),
            url=known.get("url"),
            title=known.get("title"),
            derived_from=known.get("derived_from"),
            metadata=meta,
        )
    except InvalidValueError as err:
        raise FormatError(f"{id}: front matter {err}") from None
    return document, ((UNTERMINATED,) if unterminated else ())


def _dates_language(lang: str, body: str) -> str:
    """The language whose month names date the document: its own, else its script's."""
    try:
        return lexicon(lang).code
    except UnsupportedLanguageError:
        return detect_language(body)


def parse_document(text: str, id: str) -> Document:
    r"""Build a :class:`~reconcile.Document` from a file's text and its id.

    A front-matter value in one pair of matching quotes loses that pair only;
    ``lang`` may be a code or an English name (``english`` -> ``en``); digits
    of ``published`` in any script are written as ASCII digits. A block that
    opens with ``---`` but never closes is kept as body text, with a warning
    on the ``reconcile`` logger.

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
        >>> parse_document("---\ntitle: \"It's 'quoted'\"\n---\n", "c.txt").title
        "It's 'quoted'"
        >>> parse_document("---\npublished: ٢٠١٥-٠١\nlang: English\n---\n", "d.txt").published
        '2015-01'
    """
    document, warnings = _parse(text, id)
    for warning in warnings:
        _log.warning("%s: %s", id, warning)
    return document


# ---------------------------------------------------------------------------
# files and folders


@attrs.frozen
class Notice:
    """An entry read with a warning, or skipped on purpose, and why.

    Args:
        path: The entry as a printable string (undecodable bytes escaped).
        reason: What happened, in plain words (``skipped: not a .txt file``).
    """

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@attrs.frozen
class Reading:
    """What :func:`read_paths` found: every entry is in exactly one of its parts.

    Args:
        documents: The documents read, sorted by id.
        sources: ``(document id, path)`` for each document, in the same order.
        errors: One per entry that could not be read, with the reason.
        notices: One per entry skipped on purpose or read with a warning.
    """

    documents: tuple[Document, ...] = ()
    sources: tuple[tuple[str, str], ...] = ()
    errors: tuple[DocumentError, ...] = ()
    notices: tuple[Notice, ...] = ()
    # built once: the command line asks for the path of every document read, and
    # building it on each call made a run over n documents take time in n squared
    _paths: dict[str, str] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_paths", dict(self.sources))

    def path_of(self, document_id: str) -> str:
        """The path a document was read from (its id if it did not come from a file)."""
        return self._paths.get(document_id, document_id)


def _show(path: str | os.PathLike[str]) -> str:
    r"""A path as printable text: bytes that are not UTF-8, and characters XML forbids, escaped.

    ``caf\xe9.txt``, ``a\u0001.txt``: an id every output can carry (GraphML's XML too).
    """
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    return XML_ILLEGAL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _kind(mode: int) -> str:
    """What a non-regular file is, in words."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _stat(path: str) -> os.stat_result:
    """``os.stat`` (following links), raising :class:`DocumentError` with a reason."""
    try:
        return os.stat(path)
    except FileNotFoundError:
        if os.path.lexists(path):
            raise DocumentError(_show(path), "a dangling symbolic link") from None
        raise DocumentError(_show(path), "No such file or directory") from None
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise DocumentError(_show(path), "a symbolic link loop") from None
        raise DocumentError(_show(path), err.strerror or str(err)) from None
    except ValueError as err:  # an embedded NUL
        raise DocumentError(_show(path), str(err)) from None


def _read_bytes(path: str, max_bytes: int) -> bytes:
    """Read a regular file of at most ``max_bytes``, without ever blocking on a FIFO.

    The file is opened non-blocking and checked with ``fstat`` on the open
    descriptor, so that a FIFO or device swapped in after a first check is
    still refused.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise DocumentError(_show(path), "a symbolic link loop") from None
        raise DocumentError(_show(path), err.strerror or str(err)) from None
    with os.fdopen(fd, "rb") as file:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise DocumentError(_show(path), f"not a regular file: {_kind(mode)}")
        # in pieces: a limit far above any file allocates nothing for its size
        chunks: list[bytes] = []
        total = 0
        while total <= max_bytes:
            chunk = file.read(min(max_bytes + 1 - total, _CHUNK))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        data = b"".join(chunks)
    if len(data) > max_bytes:
        raise DocumentError(
            _show(path), f"larger than the size limit of {_size(max_bytes)}; not read"
        )
    return data


# how much of a file one read takes
_CHUNK = 1 << 20


def _size(count: int) -> str:
    """A byte count for people: ``50 MiB``, ``1,000 bytes``."""
    if count >= 1024 * 1024 and count % (1024 * 1024) == 0:
        return f"{count // (1024 * 1024)} MiB"
    return f"{count:,} bytes"


def _read(path: str, id: str, max_bytes: int) -> tuple[Document, tuple[str, ...]]:
    data = _read_bytes(path, max_bytes)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise DocumentError(_show(path), f"not valid UTF-8 at byte {err.start}") from None
    try:
        return _parse(text, id)
    except FormatError as err:
        raise DocumentError(_show(path), str(err)) from None


def _is_text_name(name: str) -> bool:
    """Whether a folder entry is read as a document: its name ends in ``.txt``, any case.

    A file named exactly ``.txt`` counts too (its id is ``.txt``).
    """
    return name.lower().endswith(".txt")


def _entries(folder: str) -> Iterator[tuple[str, str | None]]:
    """The entries of a folder, sorted by name: ``(path, None)`` to read, or ``(path, why not)``.

    Raises:
        DocumentError: If the folder cannot be listed.
    """
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: os.fsencode(e.name))
    except OSError as err:
        raise DocumentError(_show(folder), err.strerror or str(err)) from None
    for entry in entries:
        if _is_text_name(entry.name):
            yield entry.path, None
        elif entry.is_dir():
            yield entry.path, "skipped: a folder (folders are not read recursively)"
        else:
            yield entry.path, "skipped: not a .txt file"


def _files(
    paths: Iterable[str], errors: list[DocumentError], notices: list[Notice]
) -> Iterator[str]:
    """Every file to read, given or found in a given folder; the rest to errors or notices."""
    for path in paths:
        try:
            mode = _stat(path).st_mode
        except DocumentError as err:
            errors.append(err)
            continue
        if not stat.S_ISDIR(mode):
            yield path
            continue
        try:
            found = 0
            for entry, why_not in _entries(path):
                if why_not is None:
                    found += 1
                    yield entry
                else:
                    notices.append(Notice(_show(entry), why_not))
        except DocumentError as err:
            errors.append(err)
            continue
        if not found:
            errors.append(DocumentError(_show(path), "a folder with no .txt files"))


def _unique_ids(paths: list[str]) -> list[str]:
    r"""Document ids for distinct files: the file name, or the path from the common root on a clash.

    Undecodable bytes in a name are escaped (``caf\xe9.txt``), so that an id
    is always text that JSON can carry.
    """
    ids = [_show(os.path.basename(p)) for p in paths]
    groups: dict[str, list[int]] = {}
    for i, id in enumerate(ids):
        groups.setdefault(id, []).append(i)
    for members in groups.values():
        if len(members) < 2:
            continue
        full = [os.path.abspath(paths[i]) for i in members]
        root = os.path.commonpath([os.path.dirname(f) for f in full])
        for i, f in zip(members, full, strict=True):
            ids[i] = _show(os.path.relpath(f, root)).replace(os.sep, "/")
    # two spellings of one escaped name ("caf\xe9.txt" as bytes and as
    # text): numbered in the order of their bytes, never as an id in use
    taken = set(ids)
    spelled: dict[str, list[int]] = {}
    for i, id in enumerate(ids):
        spelled.setdefault(id, []).append(i)
    for id, members in sorted(spelled.items()):
        members.sort(key=lambda i: os.fsencode(os.path.abspath(paths[i])))
        number = 1
        for i in members[1:]:
            number += 1
            while f"{id}~{number}" in taken:
                number += 1
            ids[i] = f"{id}~{number}"
            taken.add(ids[i])
    return ids


def read_paths(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Reading:
    r"""Read files and folders; account for every entry given or found in a folder.

    A folder gives the entries whose name ends in ``.txt`` (any case), sorted
    by name; its other entries (and sub-folders: folders are not read
    recursively) are named in :attr:`Reading.notices`. A file given by path is
    read whatever its name. Each document's id is its file name; when two
    different files share a name, each gets its path relative to their common
    folder instead (``a/x.txt``, ``b/x.txt``). A file given twice (or found
    twice, through a link) is read once, under the name that sorts first, and
    its other names are named as duplicates: the same files in any order give
    the same ids.

    Args:
        paths: One path (a ``str`` is one path, never a list of characters),
            or several.
        max_bytes: Files larger than this are reported, not read.

    Returns:
        The documents (sorted by id), errors and notices.

    Raises:
        InvalidValueError: If ``max_bytes`` is not a whole number, 0 or more.

    Notes:
        Only regular files are read: a FIFO, device or socket is reported
        without being opened for a blocking read.

    Examples:
        >>> reading = read_paths("no/such/file.txt")
        >>> reading.documents, [str(e) for e in reading.errors]
        ((), ['no/such/file.txt: No such file or directory'])
    """
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 0:
        raise InvalidValueError("max_bytes", max_bytes, "must be a whole number, 0 or more")
    listing = list_files(paths)
    errors = list(listing.errors)
    notices = list(listing.notices)
    documents: list[tuple[Document, str]] = []
    for file, id in listing.files:
        try:
            document, warnings = read_file(file, id, max_bytes=max_bytes)
        except DocumentError as err:
            errors.append(err)
            continue
        documents.append((document, _show(file)))
        notices.extend(Notice(_show(file), f"warning: {w}") for w in warnings)
    documents.sort(key=lambda pair: pair[0].id)
    return Reading(
        documents=tuple(d for d, _ in documents),
        sources=tuple((d.id, p) for d, p in documents),
        errors=tuple(errors),
        notices=tuple(notices),
    )


@attrs.frozen
class Listing:
    """What :func:`list_files` found: the files to read with their ids, and the rest.

    Args:
        files: ``(path, document id)`` for each file to read, in the order found.
        errors: One per entry that cannot be read, with the reason.
        notices: One per entry skipped on purpose.
    """

    files: tuple[tuple[str, str], ...] = ()
    errors: tuple[DocumentError, ...] = ()
    notices: tuple[Notice, ...] = ()


def list_files(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
) -> Listing:
    """List the files :func:`read_paths` reads, with their document ids, without reading them.

    The first half of :func:`read_paths` (folders listed, entries checked
    with ``stat``, duplicates dropped, ids given); :func:`read_file` is the
    second, one file at a time, so that files can be read where they are
    processed (on the workers of a cluster, :mod:`reconcile.distributed`).

    Examples:
        >>> listing = list_files("no/such/file.txt")
        >>> listing.files, [str(e) for e in listing.errors]
        ((), ['no/such/file.txt: No such file or directory'])
    """
    if isinstance(paths, str | bytes | os.PathLike):
        paths = [paths]
    errors: list[DocumentError] = []
    notices: list[Notice] = []
    given = [os.fsdecode(p) for p in paths]
    # the names each file is reached by (a file given twice, a link to it)
    names: dict[tuple[int, int], list[str]] = {}
    for file in _files(given, errors, notices):
        try:
            info = _stat(file)
        except DocumentError as err:
            errors.append(err)
            continue
        if not stat.S_ISREG(info.st_mode):  # never open a FIFO, device or socket
            errors.append(DocumentError(_show(file), f"not a regular file: {_kind(info.st_mode)}"))
            continue
        names.setdefault((info.st_dev, info.st_ino), []).append(file)
    files: list[str] = []
    for same in names.values():
        # the name that sorts first, whatever the order the paths came in
        kept = min(range(len(same)), key=lambda i: os.fsencode(same[i]))
        files.append(same[kept])
        notices += [
            Notice(_show(other), f"skipped: the same file as {_show(same[kept])}, read once")
            for i, other in enumerate(same)
            if i != kept
        ]
    return Listing(
        files=tuple(zip(files, _unique_ids(files), strict=True)),
        errors=tuple(errors),
        notices=tuple(notices),
    )


def read_file(
    path: str, id: str, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[Document, tuple[str, ...]]:
    """Read one file listed by :func:`list_files` as the document ``id``, with its warnings.

    Raises:
        DocumentError: If the file cannot be read, decoded or parsed; the
            error names the path and the reason.
    """
    return _read(path, id, max_bytes)


def read_documents(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
) -> tuple[tuple[Document, ...], tuple[DocumentError, ...]]:
    """Read every file (directories give their ``*.txt`` files), sorted by id.

    Returns the documents read and, separately, an error for each file that
    could not be read (and for each folder holding no ``.txt`` file), so that
    one bad file never hides the others. Entries skipped on purpose and
    warnings are logged on the ``reconcile`` logger; :func:`read_paths`
    returns them.

    Examples:
        >>> docs, errors = read_documents(["no/such/file.txt"])
        >>> docs, [e.reason for e in errors]
        ((), ['No such file or directory'])
    """
    reading = read_paths(paths)
    for notice in reading.notices:
        _log.warning("%s", notice)
    return reading.documents, reading.errors


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
