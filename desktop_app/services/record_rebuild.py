"""Build a filing's plan again from its record (``filings.inputs``, written by
``services.record``), for ``reproduce``.

A record may have come from a case archive made anywhere, so it is read as untrusted
input: every file a page is drawn from is found from the record's ids, never from a path
it names. A page's original is the one of the case's own documents with the recorded
SHA-256; a page's derived file (text layer, straightened image, a metadata-free copy) is
one under the ``derived`` folder of a page of this case; the folder a redacted page is
made in is the page's own (``derived/<page>/redacted``), whatever the record says. A
record that breaks any of this, or is not readable, is refused with a message; it never
reads a file outside the case, and never writes (or empties) a folder it names.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from desktop_app.core.export.plan import (
    Certificate,
    CoverInfo,
    Exhibit,
    PacketPlan,
    PageSource,
    Redaction,
    TabSection,
)
from desktop_app.errors import AppError, ExportError, NotFoundError
from desktop_app.i18n import _
from desktop_app.services.facade import Services
from desktop_app.services.redaction import REDACTED_DIR, SCRUBBED_DIR, scrubbed_again
from desktop_app.storage import documents, pages

_ORIGINAL = re.compile(r"originals/[0-9a-f]{2}/([0-9a-f]{64})")
_DERIVED = re.compile(r"derived/([0-9]{1,18})/(?:(?:redacted|scrubbed)/)?"
                      r"[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")
_KEY = re.compile(r"[0-9a-f]{32}")


class _Case:
    """What of the case a record may name: its originals and its pages."""

    def __init__(self, services: Services, case_id: int) -> None:
        docs = documents.list_for_case(services.db, case_id)
        self.originals = {d.sha256 for d in docs} | {
            documents.working_file(services.db, d.id) for d in docs}
        self.pages = {p.id for d in docs for p in pages.for_document(services.db, d.id)}


def plan_from_record(services: Services, case_id: int, number: int,
                     inputs: dict[str, Any]) -> PacketPlan:
    """The plan of filing ``number`` of case ``case_id``, from its recorded ``inputs``."""
    case = _Case(services, case_id)
    try:
        return _plan(services, case, inputs["plan"], number)
    except AppError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise ExportError(
            _("Filing {n} cannot be built again: its record is damaged.").format(n=number),
            _("The kept copy of the packet is still there: open it, or copy it with "
              "--show {n} --copy-to FILE.").format(n=number)) from exc


def _gone(number: int, exhibit_id: str) -> NotFoundError:
    return NotFoundError(
        _("Filing {n} cannot be built again: a page of exhibit {exhibit} is no longer in "
          "the data folder.").format(n=number, exhibit=exhibit_id),
        _("The kept copy of the packet is still there: open it, or copy it with "
          "--show {n} --copy-to FILE.").format(n=number),
    )


def _resolve(services: Services, case: _Case, value: Any) -> Path | None:
    """The file a recorded path stands for, when it is one of the case's own; else None."""
    if not isinstance(value, str):
        return None
    original = _ORIGINAL.fullmatch(value)
    if original and original.group(1) in case.originals:  # recorded by checksum
        return services.store.originals.path(original.group(1))
    derived = _DERIVED.fullmatch(value)
    if derived and int(derived.group(1)) in case.pages:
        return services.store.vault.reveal(value)
    return None


def _source(services: Services, case: _Case, data: dict[str, Any], exhibit_id: str,
            number: int) -> PageSource:
    page_id = data.get("page_id")
    page = page_id if type(page_id) is int and page_id in case.pages else None
    path = _resolve(services, case, data["path"])
    if (path is None or not path.is_file()) and page is not None and isinstance(
            data["path"], str) and f"/{SCRUBBED_DIR}/" in data["path"]:
        path = scrubbed_again(services, page)
    layer = _resolve(services, case, data["text_layer"]) if data.get("text_layer") else None
    if data.get("text_layer") and layer is None:
        raise _gone(number, exhibit_id)
    for needed in (path, layer):
        if needed is not None and not needed.is_file():
            raise _gone(number, exhibit_id)
    if path is None or data["kind"] not in ("pdf", "image"):
        raise _gone(number, exhibit_id)
    return PageSource(path, data["kind"], int(data["index"]), rotation=int(data["rotation"]),
                      skew=float(data["skew"]), text_layer=layer,
                      redaction=_redaction(services, page, data.get("redaction"), number,
                                           exhibit_id))


def _redaction(services: Services, page: int | None, data: dict[str, Any] | None,
               number: int, exhibit_id: str) -> Redaction | None:
    """What to remove from the page; made in the page's own folder (never one the
    record names)."""
    if not data:
        return None
    key = data["key"]
    if page is None or not isinstance(key, str) or not _KEY.fullmatch(key):
        raise _gone(number, exhibit_id)
    return Redaction(
        boxes=tuple((float(a), float(b), float(c), float(d)) for a, b, c, d in data["boxes"]),
        patterns=tuple((str(k), str(v)) for k, v in data["patterns"]),
        keep_dates=tuple(str(d) for d in data["keep_dates"]),
        folder=services.store.derived_dir(page) / REDACTED_DIR,
        key=key, label=str(data["label"]))


def _plan(services: Services, case: _Case, data: dict[str, Any], number: int) -> PacketPlan:
    tabs = []
    for tab in data["tabs"]:
        exhibits = []
        for ex in tab["exhibits"]:
            cert = ex.get("certificate")
            exhibits.append(Exhibit(
                exhibit_id=str(ex["exhibit_id"]), title=str(ex["title"]),
                date=dt.date.fromisoformat(ex["date"]) if ex.get("date") else None,
                pages=tuple(_source(services, case, s, ex["exhibit_id"], number)
                            for s in ex["pages"]),
                note=str(ex.get("note", "")),
                translation=tuple(_source(services, case, s, ex["exhibit_id"], number)
                                  for s in ex.get("translation", [])),
                certificate=Certificate(**{k: str(v) for k, v in cert.items()})
                if cert else None,
                document_id=ex.get("document_id"),
            ))
        tabs.append(TabSection(str(tab["letter"]), str(tab["title"]),
                               str(tab["description"]), tuple(exhibits),
                               key=str(tab.get("key", ""))))
    return PacketPlan(
        cover=CoverInfo(**{k: str(v) for k, v in data["cover"].items()}), tabs=tuple(tabs),
        prepared_on=dt.date.fromisoformat(data["prepared_on"]),
        bates_prefix=None if data.get("bates_prefix") is None else str(data["bates_prefix"]),
        bates_start=int(data.get("bates_start", 1)),
        title=str(data["title"]),
        chronology=bool(data.get("chronology")), note=str(data.get("note", "")),
    )
