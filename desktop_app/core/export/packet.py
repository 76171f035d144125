"""Build the packet PDF: cover, index of exhibits, then each tab's divider and exhibits.

The steps:

1. Take out what redaction removes (``core.redaction``) and make the scanned pages'
   pictures smaller for the destination (``packing.py``, ``compress.py``).
2. Draw the generated pages into a scratch document (``front.py``) and number every
   page (``numbering.py``).
3. Assemble the packet page by page (``compose.py`` builds each page in one pass), in one
   file or in parts when the destination limits a file's size (``writer.py``,
   ``parts.py``): generated pages are shown from the scratch document, exhibit pages
   placed by ``pages.py``; every page is stamped as it is made and reported to
   ``progress``.
4. Link the index rows, add the bookmarks, clear the metadata, and write the files
   atomically (temp file, fsync, rename): a failure leaves any older packet untouched.

Speed (``bench/bench_export.py``, 500 pages): the target is at most 1.5x the time raw
PyMuPDF takes to insert the same pages and save them the same way.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.core import redaction
from desktop_app.core.controls import for_pdf_fields
from desktop_app.core.export.packing import pack_plan
from desktop_app.core.export.plan import PacketPlan, PacketResult, PageSource, Progress
from desktop_app.core.export.profiles import AS_IS, Profile
from desktop_app.core.export.writer import SAVE_OPTIONS, PacketWriter
from desktop_app.errors import ExportError
from desktop_app.i18n import _

__all__ = ["SAVE_OPTIONS", "build_packet"]


def build_packet(
    plan: PacketPlan, out_path: Path, progress: Progress | None = None, *,
    profile: Profile = AS_IS, pdfa: bool = False,
) -> PacketResult:
    """Write the packet described by ``plan`` to ``out_path`` for ``profile``'s
    destination, and describe what was written. When the packet is larger than the
    profile's limit it is written in parts (``NAME_Part1.pdf``...; ``parts.py``).

    Raises ``ExportError`` for a plan that cannot be exported or a source that cannot be
    read (the message names the exhibit and page), ``StorageError`` when a file cannot
    be written. Either way nothing is left at ``out_path`` but what was there before.
    """
    _check_plan(plan)
    plan = for_pdf_fields(plan, keep=(PageSource,))  # names from elsewhere: no controls
    plan = redaction.prepare(plan)
    report = progress or _no_progress
    packed = pack_plan(plan, profile.compression, report) if profile.compression else {}
    writer = PacketWriter(plan, Path(out_path), profile, packed, report, pdfa)
    return writer.write()


def _no_progress(done: int, total: int, label: str) -> None:
    """Used when the caller does not follow progress."""


def _check_plan(plan: PacketPlan) -> None:
    for tab in plan.tabs:
        for exhibit in tab.exhibits:
            if not exhibit.pages:
                raise ExportError(
                    _("Exhibit {exhibit} has no pages.").format(exhibit=exhibit.exhibit_id),
                    _("Add its pages or remove the exhibit, then export again."),
                )
            for number, source in enumerate(exhibit.pages, start=1):
                if source.rotation % 90:
                    raise ExportError(
                        _(
                            "Exhibit {exhibit}, page {page}: a page can only be turned by a "
                            "quarter turn (90, 180 or 270 degrees), not {angle}."
                        ).format(exhibit=exhibit.exhibit_id, page=number, angle=source.rotation),
                        _("Turn the page again, then export again."),
                    )


