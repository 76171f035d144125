"""Recognise a file's type from its first bytes, never from its name."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

Kind = Literal["pdf", "jpeg", "png", "gif", "tiff", "bmp", "webp", "heif"]

IMAGE_KINDS: frozenset[str] = frozenset({"jpeg", "png", "gif", "tiff", "bmp", "webp", "heif"})
SUPPORTED_EXTENSIONS = frozenset(
    {".pdf", ".jpg", ".jpeg", ".png", ".gif", ".tif", ".tiff", ".bmp", ".webp", ".heic",
     ".heif", ".hif"}
)
_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1",
                b"avif"}


def sniff(head: bytes) -> Kind | None:
    """The kind of file that starts with ``head`` (at least the first 1,024 bytes)."""
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "tiff"
    if head.startswith(b"BM") and len(head) >= 26:
        return "bmp"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return "heif"
    # PDF readers accept junk before the header; so do we (within the first KiB).
    if b"%PDF-" in head[:1024]:
        return "pdf"
    return None


def sniff_file(path: Path) -> Kind | None:
    with path.open("rb") as fh:
        return sniff(fh.read(1024))
