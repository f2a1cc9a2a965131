"""Front matter: the optional ``---`` block of ``key: value`` lines that opens a file.

Kept apart from :mod:`reconcile.documents` because extraction needs to know
where a document's body starts (figures in the front matter are metadata, not
claims) and must not depend on the reading of files.

Notes:
    Front matter is read line by line, in time linear in the length of the
    file (a regular expression over a block with no closing line was
    exponential on CRLF text).
"""

from __future__ import annotations

from .errors import FormatError

__all__ = ["UNTERMINATED", "body_offset", "front_matter"]

UNTERMINATED = "front matter has no closing '---' line; read as body text"
"""The warning for a block that opens with ``---`` and never closes."""


def _is_fence(line: str) -> bool:
    r"""Whether a line (without its ``\n``) is ``---``, maybe with trailing blanks or ``\r``."""
    return line.removesuffix("\r").rstrip(" \t") == "---"


def _block(text: str) -> tuple[list[tuple[int, str]], int] | None:
    """The front-matter lines (numbered from 1) and where the body starts.

    Returns ``None`` when the text does not open with ``---``; the body start
    is ``-1`` when the block has no closing line. One pass over the lines:
    linear in the length of the text.
    """
    pos = 1 if text.startswith("\ufeff") else 0
    newline = text.find("\n", pos)
    if newline < 0 or not _is_fence(text[pos:newline]):
        return None
    lines: list[tuple[int, str]] = []
    number = 2
    pos = newline + 1
    while True:
        newline = text.find("\n", pos)
        end = len(text) if newline < 0 else newline
        line = text[pos:end]
        if _is_fence(line):
            return lines, (end if newline < 0 else end + 1)
        if newline < 0:
            return lines, -1
        lines.append((number, line.removesuffix("\r")))
        number += 1
        pos = newline + 1


def _unquote(value: str) -> str:
    """Strip one matching pair of surrounding quotes (``"It's 'x'"`` -> ``It's 'x'``)."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def front_matter(text: str) -> tuple[dict[str, str], bool]:
    r"""The front-matter keys (lower-cased) and values, and whether a block was left open.

    Examples:
        >>> front_matter("---\nTitle: 'T'\n---\nBody")
        ({'title': 'T'}, False)
        >>> front_matter("---\ntitle: T\nno end")
        ({}, True)
    """
    block = _block(text)
    if block is None:
        return {}, False
    lines, end = block
    if end < 0:
        return {}, True
    meta: dict[str, str] = {}
    for number, line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep or not key.strip():
            raise FormatError(f"front matter line {number} is not 'key: value': {line!r}")
        meta[key.strip().lower()] = _unquote(value.strip())
    return meta, False


def body_offset(text: str) -> int:
    r"""Where the text after the front matter starts (0 when there is none).

    Front matter with no closing line is no front matter: the body starts at 0.

    Examples:
        >>> body_offset("---\ntitle: T\n---\nBody")
        17
        >>> body_offset("Body")
        0
        >>> body_offset("---\r\n" + "a\r\n" * 10_000)
        0
    """
    block = _block(text)
    return max(block[1], 0) if block else 0
