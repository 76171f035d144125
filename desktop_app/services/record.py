"""The record of a case: every packet exported is a filing (date, purpose, SHA-256,
exhibits, a kept copy in the data folder), built again on demand from what was recorded;
later packets can continue the exhibit numbering of what was filed; deadlines with
reminders; correspondence kept beside the evidence.

The window writes the packet in a worker process, so an export is done in steps there:
``Packets.plan`` (what to write), ``packets.write``, then ``Record.add_filing``;
``Record.export`` does all of them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.core.dates import parse_user_date
from desktop_app.core.export import written_json
from desktop_app.core.export.plan import (
    PacketPlan,
    PacketResult,
    PageSource,
    PartFile,
    Progress,
)
from desktop_app.core.export.plan import Redaction as PageRedaction
from desktop_app.core.export.profiles import get_profile, part_name
from desktop_app.core.export.typeset import format_date
from desktop_app.core.files import atomic_copy, sha256_file
from desktop_app.core.models import Document, ImportOutcome
from desktop_app.errors import ExportError, InvalidInputError, NotFoundError
from desktop_app.i18n import _, day_first
from desktop_app.paths import ensure_private_dir
from desktop_app.services import packets
from desktop_app.services.library import ImportProgress, Library
from desktop_app.services.packets import FilingOptions, Packets
from desktop_app.services.record_rebuild import plan_from_record
from desktop_app.services.redaction import Redaction
from desktop_app.storage import assistant as assistant_store
from desktop_app.storage import documents, pages
from desktop_app.storage import record as store
from desktop_app.storage.record import (
    Deadline,
    FiledExhibit,
    FiledPart,
    Filing,
    NewFiling,
)

FILINGS_FOLDER = store.FILINGS_FOLDER
CORRESPONDENCE_TAB = "Correspondence"
INPUTS_VERSION = 1


def purpose_label(purpose: str) -> str:
    labels = {
        "initial": _("Initial request"),
        "rfe-response": _("Response to a request for evidence"),
        "supplement": _("Supplement"),
    }
    return labels.get(purpose, purpose)


# --- building and recording a filing ---------------------------------------------------------


class Record:
    def __init__(self, library: Library, packets: Packets, redaction: Redaction) -> None:
        self.library = library
        self.store = library.store
        self.db = library.db
        self.packets = packets
        self.redaction = redaction

    def add_filing(self, case_id: int, plan: PacketPlan, result: PacketResult,
                      options: FilingOptions) -> Filing:
        """Record the packet just written (every file of it: ``result.files``) as a filing of
        the case, and keep a copy of each file in the data folder
        (``filings/<case>/<n>-<sha>.pdf``, ``<n>-part2-<sha>.pdf``..., owner-only)."""
        purpose = packets.check_purpose(options.purpose)
        self.library.get_case(case_id)
        files = result.files or (PartFile(Path(result.path), 0, result.page_count, 1,
                                          result.sha256),)
        number = store.next_number(self.db, case_id)
        root = self.store.root
        ensure_private_dir(ensure_private_dir(root / FILINGS_FOLDER) / str(case_id))
        kept: list[Path] = []
        parts: list[FiledPart] = []
        try:
            for n, file in enumerate(files, start=1):
                copy = self._keep_copy(case_id, number, n, len(files), file)
                kept.append(copy)
                parts.append(FiledPart(part=n, sha256=file.sha256, bytes=_size(copy, file),
                                       pages=file.pages, first_page=file.first_page,
                                       kept_path=copy.relative_to(root).as_posix(),
                                       exported_to=str(file.path)))
            placed = list(result.exhibits)
            exhibits: list[FiledExhibit] = []
            for tab in plan.tabs:
                for ex in tab.exhibits:
                    where = next((p for p in placed if p.exhibit_id == ex.exhibit_id), None)
                    exhibits.append(FiledExhibit(
                        exhibit_id=ex.exhibit_id, tab_key=tab.key, tab_letter=tab.letter,
                        document_id=ex.document_id, title=ex.title,
                        date=ex.date.isoformat() if ex.date else None,
                        first_page=where.first_page if where else 0,
                        last_page=where.last_page if where else 0,
                    ))
            inputs = {
                "version": INPUTS_VERSION,
                "options": {"purpose": purpose, "continue_numbering": options.continue_numbering,
                            "bates_prefix": plan.bates_prefix, "tabs": list(options.tabs or ()),
                            "chronology": plan.chronology, "profile": options.profile,
                            "max_mb": options.max_mb, "pdfa": options.pdfa},
                "plan": self._plan_json(case_id, plan),
            }
            first = parts[0]
            return store.add_filing(self.db, case_id, number, NewFiling(
                filed_on=plan.prepared_on.isoformat(), purpose=purpose, note=options.note.strip(),
                sha256=first.sha256, page_count=result.page_count, kept_path=first.kept_path,
                exported_to=str(files[0].path), continues=options.continue_numbering,
                inputs=inputs, exhibits=tuple(exhibits), parts=tuple(parts),
            ))
        except BaseException:
            for copy in kept:
                copy.unlink(missing_ok=True)
            raise


    def _keep_copy(self, case_id: int, number: int, part: int, parts: int,
                   file: PartFile) -> Path:
        """Keep a copy of ``file`` (sealed in a protected folder), checked against the
        checksum it was written with."""
        written = Path(file.path)
        try:
            digest = sha256_file(written)
        except OSError as exc:
            raise ExportError(
                _("The packet {path} cannot be read to keep a copy: {error}").format(
                    path=written, error=exc.strerror or exc),
                _("Export it again."),
            ) from exc
        if digest != file.sha256:
            raise ExportError(
                _("The packet {path} changed after it was written.").format(path=written),
                _("Export it again; the record keeps only what was written."),
            )
        relative = store.kept_relpath(case_id, number, digest, part if parts > 1 else 0)
        kept = self.store.root / relative
        vault = self.store.vault
        vault.keep(relative, written)  # sealed in a protected folder
        if vault.sha256(relative) != digest:
            kept.unlink(missing_ok=True)
            raise ExportError(_("The kept copy of the packet did not match what was written."),
                              _("Check the disk, then export again."))
        return kept


    def export(self, case_id: int, out_path: Path,
               options: FilingOptions | None = None,
               progress: Progress | None = None) -> tuple[PacketResult, Filing]:
        """Export the packet: plan it, check the filing rules, write it to ``out_path`` (in
        parts when the destination limits a file's size) and record it as a filing. The one
        way a case becomes a packet file (the CLI's ``export``; the window runs the same
        steps on its lanes and in a worker process)."""
        options = options or FilingOptions()
        plan = self.packets.plan(case_id, options)
        self.packets.check_rules(case_id, plan, allow_untranslated=options.allow_untranslated)
        result = packets.write(plan, Path(out_path), progress, profile=options.destination(),
                               pdfa=options.pdfa)
        return result, self.add_filing(case_id, plan, result, options)


    def filings(self, case_id: int) -> list[Filing]:
        self.library.get_case(case_id)
        return store.filings(self.db, case_id)


    def filing(self, case_id: int, number: int) -> Filing:
        self.library.get_case(case_id)
        return store.get_filing(self.db, case_id, number)


    def kept_copy(self, case_id: int, number: int) -> Path:
        """The kept copy of filing ``number``, to open it again."""
        found = self.filing(case_id, number)
        path = self.store.vault.reveal(found.kept_path)
        if not path.is_file():
            raise NotFoundError(
                _("The kept copy of filing {n} is missing from the data folder ({path}).").format(
                    n=number, path=path),
                _("Build it again from the record with: evidence-packet filings --case {case} "
                  "--reproduce {n} --out FILE.pdf").format(case=case_id, n=number),
            )
        return path


    def kept_copy_intact(self, case_id: int, number: int) -> bool:
        """Every kept file of the filing is there, with the SHA-256 recorded for it."""
        found = self.filing(case_id, number)
        vault = self.store.vault
        return all((self.store.root / part.kept_path).is_file()
                   and vault.sha256(part.kept_path) == part.sha256 for part in found.parts)


    def copy_filing(self, case_id: int, number: int, dest: Path) -> Path:
        """Copy the kept packet of filing ``number`` to ``dest`` (written atomically); a
        packet in parts is copied part by part, ``dest``'s name taking ``_Part1``...;
        returns the first file copied."""
        found = self.filing(case_id, number)
        source = self.kept_copy(case_id, number)
        dest = Path(dest)
        if len(found.parts) <= 1:
            if dest.is_dir():
                dest = dest / source.name
            atomic_copy(source, dest)
            return dest
        if dest.is_dir():
            dest = dest / f"filing-{number}.pdf"
        profile = get_profile("ecas")  # the part names every profile uses
        copied: list[Path] = []
        for part in found.parts:
            kept = self.store.vault.reveal(part.kept_path)
            target = dest.with_name(part_name(profile, dest.stem, dest.suffix or ".pdf",
                                              part.part))
            atomic_copy(kept, target)
            copied.append(target)
        return copied[0]


    def reproduce(self, case_id: int, number: int, out_path: Path,
                  progress: Progress | None = None) -> PacketResult:
        """Build the packet of filing ``number`` again from its record: the same exhibits,
        pages, numbering and options, from the stored originals."""
        plan = self.recorded_plan(case_id, number)
        found = self.filing(case_id, number)
        options = store.filing_inputs(self.db, found.id).get("options", {})
        profile = get_profile(options.get("profile"), options.get("max_mb"))
        return packets.write(plan, Path(out_path), progress, profile=profile,
                             pdfa=bool(options.get("pdfa")))


    def recorded_plan(self, case_id: int, number: int) -> PacketPlan:
        """The plan filing ``number`` was built from (see ``record_rebuild``)."""
        found = self.filing(case_id, number)
        return plan_from_record(self.library, self.redaction, case_id, number,
                                store.filing_inputs(self.db, found.id))


    def _page_ids(self, document_ids: Sequence[int]) -> list[int]:
        found: list[int] = []
        for document_id in document_ids:
            found.extend(p.id for p in pages.for_document(self.db, document_id)
                         if not p.excluded)
        return found


    def _plan_json(self, case_id: int, plan: PacketPlan) -> dict[str, Any]:
        """The plan as recorded: document ids, order, page selection (page ids) and how each
        page is drawn (files relative to the data folder), cover and options."""
        root = self.store.vault.view  # where the pages were read from: the data folder,
        # or the unsealed view of a protected one, with the same layout
        pairs = assistant_store.translations_for_case(self.db, case_id)
        blobs = self.store.originals
        docs = self.library.list_documents(case_id)
        shas = {d.sha256 for d in docs} | {documents.working_file(self.db, d.id) for d in docs}
        checksums = {blobs.name(sha): sha for sha in shas}
        tabs = []
        for tab in plan.tabs:
            exhibits = []
            for ex in tab.exhibits:
                own = [ex.document_id] if ex.document_id is not None else []
                translated = sorted(t for t, o in pairs.items() if o == ex.document_id)
                cert = ex.certificate
                exhibits.append({
                    "exhibit_id": ex.exhibit_id, "document_id": ex.document_id,
                    "title": ex.title, "date": ex.date.isoformat() if ex.date else None,
                    "note": ex.note,
                    "pages": _sources_json(root, ex.pages, self._page_ids(own), checksums),
                    "translation_documents": translated,
                    "translation": _sources_json(root, ex.translation,
                                                 self._page_ids(translated), checksums),
                    "certificate": None if cert is None else {
                        "translator": cert.translator, "address": cert.address,
                        "statement": cert.statement, "language": cert.language,
                        "document_title": cert.document_title, "phone": cert.phone},
                })
            tabs.append({"letter": tab.letter, "title": tab.title, "key": tab.key,
                         "description": tab.description, "exhibits": exhibits})
        cover = plan.cover
        return {
            "cover": {name: getattr(cover, name) for name in (
                "applicant", "a_number", "date_of_birth", "address", "phone", "email",
                "representative", "relief", "key_factors")},
            "tabs": tabs, "prepared_on": plan.prepared_on.isoformat(),
            "bates_prefix": plan.bates_prefix, "bates_start": plan.bates_start,
            "title": plan.title,
            "chronology": plan.chronology, "note": plan.note,
            # the statement, letter, signature and service as filed (exhibit ids and
            # page offsets, no document ids): kept as they were, whatever changes later
            "written": written_json.to_json(plan.written),
        }


    def add_deadline(self, case_id: int, due_on: str, what: str) -> Deadline:
        self.library.get_case(case_id)
        return store.add_deadline(self.db, case_id, _due_date(due_on), _what(what))


    def update_deadline(self, case_id: int, deadline_id: int, *,
                        due_on: str | None = None, what: str | None = None) -> Deadline:
        self.library.get_case(case_id)
        return store.update_deadline(
            self.db, case_id, deadline_id,
            due_on=_due_date(due_on) if due_on is not None else None,
            what=_what(what) if what is not None else None)


    def set_deadline_done(self, case_id: int, deadline_id: int,
                          done: bool = True) -> Deadline:
        self.library.get_case(case_id)
        return store.update_deadline(self.db, case_id, deadline_id, done=done)


    def remove_deadline(self, case_id: int, deadline_id: int) -> None:
        self.library.get_case(case_id)
        store.remove_deadline(self.db, case_id, deadline_id)


    def deadlines(self, case_id: int) -> list[Deadline]:
        """Open deadlines by date, then those done."""
        self.library.get_case(case_id)
        return store.deadlines(self.db, case_id)


    def upcoming(self, today: dt.date | None = None,
                 within_days: int = 14, case_id: int | None = None) -> list[Reminder]:
        """Open deadlines due within ``within_days`` of ``today`` (overdue ones too), soonest
        first, of every case (or one): what the window reminds of when it opens."""
        today = today or dt.date.today()
        last = (today + dt.timedelta(days=within_days)).isoformat()
        names = {c.id: c.name for c in self.library.list_cases()}
        return [
            Reminder(d, names.get(d.case_id, ""), (dt.date.fromisoformat(d.due_on) - today).days)
            for d in store.open_deadlines_until(self.db, last)
            if case_id is None or d.case_id == case_id
        ]


    def import_correspondence(self, case_id: int, paths: Iterable[Path], *,
                              password: str | None = None,
                              progress: ImportProgress | None = None,
                              should_stop: Callable[[], bool] = lambda: False,
                              ) -> list[ImportOutcome]:
        """Import received notices and letters through the normal import (kept original,
        read, searchable), marked as correspondence: not in the packet unless included."""
        outcomes = self.library.import_files(case_id, paths, password=password, progress=progress,
                                         should_stop=should_stop)
        for outcome in outcomes:
            if outcome.status == "imported" and outcome.document_id is not None:
                store.set_role(self.db, outcome.document_id, "correspondence", False)
        return outcomes


    def mark_correspondence(self, case_id: int, document_id: int,
                            correspondence: bool = True) -> None:
        """Mark a document as correspondence (left out of the packet) or back as evidence."""
        self.library.get_document_in_case(case_id, document_id)
        if correspondence:
            store.set_role(self.db, document_id, "correspondence", False)
        else:
            store.set_role(self.db, document_id, "exhibit", True)


    def include_correspondence(self, case_id: int, document_id: int,
                               include: bool = True) -> Document:
        """Put a piece of correspondence in the packet (or take it out again). One not filed
        under a tab goes under a "Correspondence" tab, made when needed."""
        doc = self.library.get_document_in_case(case_id, document_id)
        role, _included = store.roles(self.db, case_id)[document_id]
        if role != "correspondence":
            raise InvalidInputError(
                _("Document {id} is evidence, not correspondence.").format(id=document_id),
                _("Mark it as correspondence first, or file it under a tab."),
            )
        store.set_role(self.db, document_id, "correspondence", include)
        if include and doc.category is None:
            tabs = {t.title.lower(): t.key for t in self.library.list_tabs(case_id)}
            key = tabs.get(CORRESPONDENCE_TAB.lower())
            if key is None:
                key = self.library.add_tab(case_id, CORRESPONDENCE_TAB).key
            doc = self.library.tag(case_id, document_id, key)
        return self.library.get_document(document_id)


    def correspondence(self, case_id: int) -> list[tuple[Document, bool]]:
        """The case's correspondence, each with whether it is included in the packet."""
        found = store.roles(self.db, case_id)
        return [(doc, found[doc.id][1]) for doc in self.library.list_documents(case_id)
                if found.get(doc.id, ("exhibit", True))[0] == "correspondence"]


def _size(copy: Path, file: PartFile) -> int:
    return file.bytes or copy.stat().st_size


# --- the history -----------------------------------------------------------------------------


def _rel(root: Path, path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        return Path(path).relative_to(root).as_posix()
    except ValueError:
        return str(path)


def _sources_json(root: Path, sources: Sequence[PageSource], ids: Sequence[int],
                  checksums: dict[str, str]) -> list[dict[str, Any]]:
    page_ids: Sequence[int | None] = ids if len(ids) == len(sources) else [None] * len(sources)

    def where(path: Path) -> str | None:
        """Relative to the data folder; an original by its checksum, which is the same
        in every folder (its stored name is not, in a protected one)."""
        found = _rel(root, path)
        if found and found.startswith("originals/") and path.name in checksums:
            sha = checksums[path.name]
            return f"originals/{sha[:2]}/{sha}"
        return found

    return [{"page_id": page_id, "path": where(s.path), "kind": s.kind,
             "index": s.index, "rotation": s.rotation, "skew": s.skew,
             "text_layer": _rel(root, s.text_layer),
             "redaction": _redaction_json(root, s.redaction)}
            for s, page_id in zip(sources, page_ids, strict=True)]


def _redaction_json(root: Path, job: PageRedaction | None) -> dict[str, Any] | None:
    """What was removed from the page, so that building the filing again removes it too."""
    if job is None:
        return None
    return {"boxes": [list(b) for b in job.boxes], "patterns": [list(p) for p in job.patterns],
            "keep_dates": list(job.keep_dates), "folder": _rel(root, job.folder),
            "key": job.key, "label": job.label}


# --- deadlines -------------------------------------------------------------------------------


def _due_date(text: str) -> str:
    parsed = parse_user_date(text, today=dt.date.max)
    if parsed is None:
        raise InvalidInputError(_("A deadline needs a date."),
                                _("Write it like 2026-05-12 or 12/05/2026 (day, month, year).")
                                if day_first() else _("Write it like 2026-05-12 or 05/12/2026."))
    return parsed


def _what(text: str) -> str:
    if not text.strip():
        raise InvalidInputError(_("Say what the deadline is for."),
                                _("e.g. “Reply to the request for evidence”."))
    return text.strip()


@dataclass(frozen=True)
class Reminder:
    deadline: Deadline
    case_name: str
    days_left: int  # negative: overdue

    @property
    def message(self) -> str:
        """"Rosa Díaz: Reply to the RFE is due in 3 days (March 5, 2026)." """
        when = format_date(dt.date.fromisoformat(self.deadline.due_on))
        if self.days_left < 0:
            text = (_("{what} was due {n} day ago ({date}).") if self.days_left == -1 else
                    _("{what} was due {n} days ago ({date})."))
        elif self.days_left == 0:
            text = _("{what} is due today ({date}).")
        else:
            text = (_("{what} is due tomorrow ({date}).") if self.days_left == 1 else
                    _("{what} is due in {n} days ({date})."))
        body = text.format(what=self.deadline.what, n=abs(self.days_left), date=when)
        return f"{self.case_name}: {body}" if self.case_name else body


# --- correspondence --------------------------------------------------------------------------








