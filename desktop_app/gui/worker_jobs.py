"""What the window's worker *processes* run. No Qt here, and no database.

PyMuPDF holds the GIL while it draws or assembles (measured: a render in a thread stalled
the window for up to 220 ms), so page pictures and the packet are made in processes.
They receive a picklable description (``PageRender``, ``PacketPlan``) and file paths,
never a database handle: opening the store in a second process would empty its tmp
folder under the OCR workers.
"""

from __future__ import annotations

import traceback
from pathlib import Path
from typing import Any

from desktop_app.errors import AppError
from desktop_app.services import packets, pictures
from desktop_app.services.pictures import PageRender

RawImage = tuple[int, int, bytes]  # width, height, RGB888 bytes


def draw_thumbnail(spec: PageRender) -> Path:
    return pictures.draw_thumbnail(spec)


def draw_page(spec: PageRender, dpi: int, max_side: int) -> RawImage:
    """The page as raw RGB pixels: the window wraps them in a QImage without decoding."""
    image = pictures.draw_page(spec, dpi=dpi, max_side=max_side).convert("RGB")
    return image.width, image.height, image.tobytes()


def export_packet(plan: Any, out_path: Path, messages: Any, profile: Any = None,
                  pdfa: bool = False) -> None:
    """Write the packet, reporting ``("progress", done, total, label)`` then exactly one of
    ``("done", result)``, ``("error", message, hint)`` or ``("crash", traceback)``."""

    def progress(done: int, total: int, label: str) -> None:
        messages.put(("progress", done, total, label))

    try:
        result = packets.write(plan, out_path, progress, profile=profile, pdfa=pdfa)
    except AppError as exc:
        messages.put(("error", exc.message, exc.hint))
    except BaseException:  # noqa: BLE001 - the parent must hear how the child ended
        messages.put(("crash", traceback.format_exc()))
    else:
        messages.put(("done", result))


def draw_packet_page(job: tuple[Path, int, int]) -> RawImage:
    """Page ``index`` of a written packet at ``dpi``, as raw RGB pixels (for printing)."""
    import pymupdf

    path, index, dpi = job
    with pymupdf.open(path) as doc:
        pix = doc[index].get_pixmap(dpi=dpi, alpha=False, colorspace=pymupdf.csRGB)
        return pix.width, pix.height, bytes(pix.samples)
