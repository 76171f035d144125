"""Control characters in text that came from outside the app: file names, names and titles
typed by someone else, fields of a case archive.

Text like that must never act on the terminal it is printed on (ESC starts a command that
can retitle the window, move the cursor, hide or rewrite lines; BEL rings; CR overwrites
the line) nor be drawn into a packet as a glyph box. So every boundary where such text
leaves the app goes through this one module:

- ``for_terminal`` for what the command line prints: each control character becomes a
  visible ``\\u001b``-style escape (valid inside a JSON string too, so ``--json`` output
  stays exact);
- ``for_pdf`` (and ``for_pdf_fields`` for a whole plan) for what the packet draws: line
  breaks are kept (the cover's key factors are paragraphs), tabs become spaces, every
  other control character is dropped.

Besides C0 and C1 controls, the bidirectional overrides and isolates (U+202A–U+202E,
U+2066–U+2069) count: they make a name print backwards ("Trojan Source").
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar

T = TypeVar("T")

_BIDI = "\u202a-\u202e\u2066-\u2069"
_TERMINAL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")
_PDF_DROP = re.compile(f"[\x00-\x08\x0e-\x1f\x7f-\x9f{_BIDI}]")


def for_terminal(text: str) -> str:
    """``text`` with every control character but tab and line feed shown as ``\\uXXXX``."""
    return _TERMINAL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def for_pdf(text: str) -> str:
    """``text`` fit to draw: line breaks as ``\\n``, tabs as spaces, other controls gone."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\v", "\n")
    text = text.replace("\f", "\n").replace("\t", " ")
    return _PDF_DROP.sub("", text)


def for_pdf_fields(value: T, keep: tuple[type, ...] = ()) -> T:
    """``value`` with ``for_pdf`` applied to every string inside it (fields of frozen
    dataclasses, tuples, lists); instances of ``keep`` stay as they are (e.g. page
    sources, whose strings are not drawn)."""
    return _clean(value, keep)


def _clean(value: Any, keep: tuple[type, ...]) -> Any:
    if isinstance(value, str):
        return for_pdf(value)
    if keep and isinstance(value, keep):
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _clean(getattr(value, f.name), keep)
                   for f in dataclasses.fields(value) if f.init}
        return dataclasses.replace(value, **changes)
    if isinstance(value, tuple):
        return tuple(_clean(v, keep) for v in value)
    if isinstance(value, list):
        return [_clean(v, keep) for v in value]
    return value


class TerminalStream:
    """A text stream (``sys.stdout``, ``sys.stderr``) that passes everything written to it
    through ``for_terminal``; ``unfiltered`` is the stream itself, for the app's own
    progress line (which uses CR on purpose)."""

    def __init__(self, stream: Any) -> None:
        self.unfiltered = stream

    def write(self, text: str) -> int:
        self.unfiltered.write(for_terminal(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.unfiltered, name)


def unfiltered(stream: Any) -> Any:
    """The stream under a ``TerminalStream`` (or ``stream`` itself)."""
    return getattr(stream, "unfiltered", stream)
