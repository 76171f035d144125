"""Build a filing's plan again from its record (``filings.inputs``, written by
``services.record``), for ``Record.reproduce``; and the record of a filing restored into
another data folder (``renumber_inputs``).

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

from desktop_app.core.export import written_json
from desktop_app.core.export.plan import (
    Certificate,
    CoverInfo,
    Exhibit,
    PacketPlan,
    PageSource,
    TabSection,
)
from desktop_app.core.export.plan import Redaction as PageRedaction
from desktop_app.core.redaction import REDACTED_DIR, SCRUBBED_DIR
from desktop_app.errors import AppError, ExportError, NotFoundError
from desktop_app.i18n import _
from desktop_app.services.library import Library
from desktop_app.services.redaction import Redaction
from desktop_app.storage import documents, pages

_ORIGINAL = re.compile(r"originals/[0-9a-f]{2}/([0-9a-f]{64})")
_DERIVED = re.compile(r"derived/([0-9]{1,18})/(?:(?:redacted|scrubbed)/)?"
                      r"[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")
_KEY = re.compile(r"[0-9a-f]{32}")


class _Case:
    """What of the case a record may name: its originals and its pages."""

    def __init__(self, library: Library, redaction: Redaction, case_id: int) -> None:
        self.store = library.store
        self.redaction = redaction
        docs = documents.list_for_case(library.db, case_id)
        self.originals = {d.sha256 for d in docs} | {
            documents.working_file(library.db, d.id) for d in docs}
        self.pages = {p.id for d in docs for p in pages.for_document(library.db, d.id)}


def plan_from_record(library: Library, redaction: Redaction, case_id: int, number: int,
                     inputs: dict[str, Any]) -> PacketPlan:
    """The plan of filing ``number`` of case ``case_id``, from its recorded ``inputs``."""
    case = _Case(library, redaction, case_id)
    try:
        return _plan(case, inputs["plan"], number)
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


def _resolve(case: _Case, value: Any) -> Path | None:
    """The file a recorded path stands for, when it is one of the case's own; else None."""
    if not isinstance(value, str):
        return None
    original = _ORIGINAL.fullmatch(value)
    if original and original.group(1) in case.originals:  # recorded by checksum
        return case.store.originals.path(original.group(1))
    derived = _DERIVED.fullmatch(value)
    if derived and int(derived.group(1)) in case.pages:
        return case.store.vault.reveal(value)
    return None


def _source(case: _Case, data: dict[str, Any], exhibit_id: str, number: int) -> PageSource:
    page_id = data.get("page_id")
    page = page_id if type(page_id) is int and page_id in case.pages else None
    path = _resolve(case, data["path"])
    if (path is None or not path.is_file()) and page is not None and isinstance(
            data["path"], str) and f"/{SCRUBBED_DIR}/" in data["path"]:
        path = case.redaction.scrubbed_again(page)
    layer = _resolve(case, data["text_layer"]) if data.get("text_layer") else None
    if data.get("text_layer") and layer is None:
        raise _gone(number, exhibit_id)
    for needed in (path, layer):
        if needed is not None and not needed.is_file():
            raise _gone(number, exhibit_id)
    if path is None or data["kind"] not in ("pdf", "image"):
        raise _gone(number, exhibit_id)
    return PageSource(path, data["kind"], int(data["index"]), rotation=int(data["rotation"]),
                      skew=float(data["skew"]), text_layer=layer,
                      redaction=_redaction(case, page, data.get("redaction"), number,
                                           exhibit_id))


def _redaction(case: _Case, page: int | None, data: dict[str, Any] | None,
               number: int, exhibit_id: str) -> PageRedaction | None:
    """What to remove from the page; made in the page's own folder (never one the
    record names)."""
    if not data:
        return None
    key = data["key"]
    if page is None or not isinstance(key, str) or not _KEY.fullmatch(key):
        raise _gone(number, exhibit_id)
    return PageRedaction(
        boxes=tuple((float(a), float(b), float(c), float(d)) for a, b, c, d in data["boxes"]),
        patterns=tuple((str(k), str(v)) for k, v in data["patterns"]),
        keep_dates=tuple(str(d) for d in data["keep_dates"]),
        folder=case.store.derived_dir(page) / REDACTED_DIR,
        key=key, label=str(data["label"]))


def _plan(case: _Case, data: dict[str, Any], number: int) -> PacketPlan:
    tabs = []
    for tab in data["tabs"]:
        exhibits = []
        for ex in tab["exhibits"]:
            cert = ex.get("certificate")
            exhibits.append(Exhibit(
                exhibit_id=str(ex["exhibit_id"]), title=str(ex["title"]),
                date=dt.date.fromisoformat(ex["date"]) if ex.get("date") else None,
                pages=tuple(_source(case, s, ex["exhibit_id"], number)
                            for s in ex["pages"]),
                note=str(ex.get("note", "")),
                translation=tuple(_source(case, s, ex["exhibit_id"], number)
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
        written=written_json.from_json(data.get("written")),
    )


def renumber_inputs(inputs: dict[str, Any], pages_map: dict[Any, Any],
                    documents_map: dict[Any, Any]) -> dict[str, Any]:
    """``inputs`` of a filing restored into another data folder, where its pages and
    documents have new ids: the ids, and the page files named by them, follow."""

    def moved(value: Any, old: Any, new: Any) -> Any:
        prefix = f"derived/{old}/"
        if isinstance(value, str) and value.startswith(prefix):
            return f"derived/{new}/{value[len(prefix):]}"
        return value

    for tab in inputs.get("plan", {}).get("tabs", []):
        for ex in tab.get("exhibits", []):
            ex["document_id"] = documents_map.get(ex.get("document_id"), ex.get("document_id"))
            ex["translation_documents"] = [documents_map.get(d, d)
                                           for d in ex.get("translation_documents", [])]
            for source in [*ex.get("pages", []), *ex.get("translation", [])]:
                old = source.get("page_id")
                if old not in pages_map:
                    continue
                new = pages_map[old]
                source["page_id"] = new
                for key in ("path", "text_layer"):
                    source[key] = moved(source.get(key), old, new)
                if source.get("redaction"):
                    source["redaction"]["folder"] = moved(source["redaction"]["folder"], old,
                                                          new)
    return inputs
