"""The record of a case, for the CLI and the window: every packet exported is a filing
(date, purpose, SHA-256, exhibits, a kept copy in the data folder), built again on demand
from what was recorded; later packets can continue the exhibit numbering of what was
filed; deadlines with reminders; correspondence kept beside the evidence.

Plain functions over a ``Services`` object, like ``services.assistant``. The window writes
the packet in a worker process, so recording is split in two: ``plan_for_filing`` (what
to write) and ``record_filing`` (after it was written); ``export_and_record`` does both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from desktop_app.core.exhibits import exhibit_number, letter_order
from desktop_app.core.export.plan import (
    PacketPlan,
    PacketResult,
    PageSource,
    PartFile,
    Progress,
    Redaction,
)
from desktop_app.core.export.profiles import Profile, get_profile, part_name
from desktop_app.core.export.typeset import format_date
from desktop_app.core.files import atomic_copy, sha256_file
from desktop_app.core.models import Document, ImportOutcome
from desktop_app.errors import ExportError, InvalidInputError, NotFoundError
from desktop_app.i18n import _
from desktop_app.paths import ensure_private_dir
from desktop_app.services.facade import ImportProgress, Services
from desktop_app.storage import assistant as assistant_store
from desktop_app.storage import documents, pages
from desktop_app.storage import record as store
from desktop_app.storage.record import (
    PURPOSES,
    Deadline,
    FiledExhibit,
    FiledPart,
    Filing,
    NewFiling,
    Purpose,
)

__all__ = [
    "PURPOSES", "Deadline", "FiledExhibit", "Filing", "FilingOptions", "Reminder",
    "add_deadline", "copy_filing", "correspondence", "deadlines", "export_and_record",
    "filing", "filings", "import_correspondence", "include_correspondence", "kept_copy",
    "mark_correspondence", "plan_for_filing", "purpose_label", "record_filing",
    "remove_deadline", "reproduce", "set_deadline_done", "update_deadline", "upcoming",
]

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


def _check_purpose(purpose: str) -> Purpose:
    for known in PURPOSES:
        if purpose == known:
            return known
    raise InvalidInputError(
        _("“{purpose}” is not a purpose of a filing.").format(purpose=purpose),
        _("Use initial, rfe-response or supplement."),
    )


@dataclass(frozen=True)
class FilingOptions:
    """What the user chose for one export (picklable; the window passes it between lanes)."""

    purpose: str = "initial"
    note: str = ""  # for the record only; not printed in the packet
    continue_numbering: bool = False  # only documents not filed yet, numbering continued
    bates_prefix: str | None = None
    tabs: tuple[str, ...] | None = None
    chronology: bool = False
    prepared_on: dt.date | None = None
    profile: str | None = None  # where it is filed (``core.export.profiles``); None: as is
    max_mb: float | None = None  # the profile's size limit per file, when the user sets it
    pdfa: bool = False
    allow_untranslated: bool = False  # go on with exhibits not in English, untranslated

    def destination(self) -> Profile:
        return get_profile(self.profile, self.max_mb)


# --- building and recording a filing ---------------------------------------------------------


def plan_for_filing(services: Services, case_id: int, options: FilingOptions) -> PacketPlan:
    """The packet an export with ``options`` writes (raises what ``build_plan`` raises).
    Continuing the numbering, the index and the cover say what was filed before, and
    Bates numbers go on after every page filed (never used twice for one case)."""
    from desktop_app.services.plan import build_plan

    purpose = _check_purpose(options.purpose)
    filed = store.filings(services.db, case_id) if options.continue_numbering else []
    if options.continue_numbering and not filed:
        raise InvalidInputError(
            _("Nothing has been filed for this case yet, so there is no numbering to "
              "continue."),
            _("Export the first packet as an initial request."),
        )
    plan = build_plan(services, case_id, bates_prefix=options.bates_prefix,
                      tabs=options.tabs, prepared_on=options.prepared_on,
                      chronology=options.chronology, filed=filed)
    if not filed:
        return plan
    return replace(plan, note=supplement_note(filed, purpose),
                   bates_start=1 + sum(past.page_count for past in filed))


def _ranges(exhibits: Iterable[FiledExhibit]) -> list[str]:
    """"A-1 to A-4", "B-1", "C-1 to C-2, C-4" — what was filed, tab by tab."""
    numbers: dict[str, set[int]] = {}
    for ex in exhibits:
        numbers.setdefault(ex.tab_letter, set()).add(exhibit_number(ex.exhibit_id))
    found: list[str] = []
    for letter in sorted(numbers, key=letter_order):
        runs: list[list[int]] = []
        for n in sorted(numbers[letter]):
            if runs and n == runs[-1][-1] + 1:
                runs[-1].append(n)
            else:
                runs.append([n])
        for run in runs:
            found.append(f"{letter}-{run[0]}" if len(run) == 1 else
                         _("{first} to {last}").format(first=f"{letter}-{run[0]}",
                                                       last=f"{letter}-{run[-1]}"))
    return found


def _join(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return _("{items} and {last}").format(items=", ".join(items[:-1]), last=items[-1])


def supplement_note(filed: Sequence[Filing], purpose: str) -> str:
    """"Supplement to the packet filed on March 2, 2026; exhibits A-1 to A-4 were filed
    then." (or the response to a request for evidence, or several packets)."""
    days = sorted({f.filed_on for f in filed})
    dates = _join([format_date(dt.date.fromisoformat(d)) for d in days])
    if purpose == "rfe-response":
        head = (_("Response to the request for evidence, adding to the packet filed on "
                  "{dates}") if len(days) == 1 else
                _("Response to the request for evidence, adding to the packets filed on "
                  "{dates}")).format(dates=dates)
    elif purpose == "supplement":
        head = (_("Supplement to the packet filed on {dates}") if len(days) == 1 else
                _("Supplement to the packets filed on {dates}")).format(dates=dates)
    else:
        head = (_("Continues the packet filed on {dates}") if len(days) == 1 else
                _("Continues the packets filed on {dates}")).format(dates=dates)
    exhibits = [ex for f in filed for ex in f.exhibits]
    ranges = _join(_ranges(exhibits))
    tail = (_("exhibit {ranges} was filed then.") if len(exhibits) == 1 else
            _("exhibits {ranges} were filed then.")).format(ranges=ranges)
    return f"{head}; {tail}"


def record_filing(services: Services, case_id: int, plan: PacketPlan, result: PacketResult,
                  options: FilingOptions) -> Filing:
    """Record the packet just written (every file of it: ``result.files``) as a filing of
    the case, and keep a copy of each file in the data folder
    (``filings/<case>/<n>-<sha>.pdf``, ``<n>-part2-<sha>.pdf``..., owner-only)."""
    purpose = _check_purpose(options.purpose)
    services.get_case(case_id)
    files = result.files or (PartFile(Path(result.path), 0, result.page_count, 1,
                                      result.sha256),)
    number = store.next_number(services.db, case_id)
    root = services.store.root
    ensure_private_dir(ensure_private_dir(root / FILINGS_FOLDER) / str(case_id))
    kept: list[Path] = []
    parts: list[FiledPart] = []
    try:
        for n, file in enumerate(files, start=1):
            copy = _keep_copy(services, case_id, number, n, len(files), file)
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
            "plan": _plan_json(services, case_id, plan),
        }
        first = parts[0]
        return store.add_filing(services.db, case_id, number, NewFiling(
            filed_on=plan.prepared_on.isoformat(), purpose=purpose, note=options.note.strip(),
            sha256=first.sha256, page_count=result.page_count, kept_path=first.kept_path,
            exported_to=str(files[0].path), continues=options.continue_numbering,
            inputs=inputs, exhibits=tuple(exhibits), parts=tuple(parts),
        ))
    except BaseException:
        for copy in kept:
            copy.unlink(missing_ok=True)
        raise


def _size(copy: Path, file: PartFile) -> int:
    return file.bytes or copy.stat().st_size


def _keep_copy(services: Services, case_id: int, number: int, part: int, parts: int,
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
    kept = services.store.root / relative
    vault = services.store.vault
    vault.keep(relative, written)  # sealed in a protected folder
    if vault.sha256(relative) != digest:
        kept.unlink(missing_ok=True)
        raise ExportError(_("The kept copy of the packet did not match what was written."),
                          _("Check the disk, then export again."))
    return kept


def export_and_record(services: Services, case_id: int, out_path: Path,
                      options: FilingOptions,
                      progress: Progress | None = None) -> tuple[PacketResult, Filing]:
    """Check the filing rules, write the packet to ``out_path`` (in parts when the
    destination limits a file's size) and record it as a filing (what the CLI's
    ``export`` does; the window does the same in steps)."""
    from desktop_app.core.export.packet import build_packet
    from desktop_app.services.filing import check_rules

    profile = options.destination()
    plan = plan_for_filing(services, case_id, options)
    check_rules(services, case_id, plan, allow_untranslated=options.allow_untranslated)
    result = build_packet(plan, Path(out_path), progress, profile=profile, pdfa=options.pdfa)
    return result, record_filing(services, case_id, plan, result, options)


# --- the history -----------------------------------------------------------------------------


def filings(services: Services, case_id: int) -> list[Filing]:
    services.get_case(case_id)
    return store.filings(services.db, case_id)


def filing(services: Services, case_id: int, number: int) -> Filing:
    services.get_case(case_id)
    return store.get_filing(services.db, case_id, number)


def kept_copy(services: Services, case_id: int, number: int) -> Path:
    """The kept copy of filing ``number``, to open it again."""
    found = filing(services, case_id, number)
    path = services.store.vault.reveal(found.kept_path)
    if not path.is_file():
        raise NotFoundError(
            _("The kept copy of filing {n} is missing from the data folder ({path}).").format(
                n=number, path=path),
            _("Build it again from the record with: evidence-packet filings --case {case} "
              "--reproduce {n} --out FILE.pdf").format(case=case_id, n=number),
        )
    return path


def kept_copy_intact(services: Services, case_id: int, number: int) -> bool:
    """Every kept file of the filing is there, with the SHA-256 recorded for it."""
    found = filing(services, case_id, number)
    vault = services.store.vault
    return all((services.store.root / part.kept_path).is_file()
               and vault.sha256(part.kept_path) == part.sha256 for part in found.parts)


def copy_filing(services: Services, case_id: int, number: int, dest: Path) -> Path:
    """Copy the kept packet of filing ``number`` to ``dest`` (written atomically); a
    packet in parts is copied part by part, ``dest``'s name taking ``_Part1``...;
    returns the first file copied."""
    found = filing(services, case_id, number)
    source = kept_copy(services, case_id, number)
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
        kept = services.store.vault.reveal(part.kept_path)
        target = dest.with_name(part_name(profile, dest.stem, dest.suffix or ".pdf",
                                          part.part))
        atomic_copy(kept, target)
        copied.append(target)
    return copied[0]


def reproduce(services: Services, case_id: int, number: int, out_path: Path,
              progress: Progress | None = None) -> PacketResult:
    """Build the packet of filing ``number`` again from its record: the same exhibits,
    pages, numbering and options, from the stored originals."""
    from desktop_app.core.export.packet import build_packet

    plan = recorded_plan(services, case_id, number)
    found = filing(services, case_id, number)
    options = store.filing_inputs(services.db, found.id).get("options", {})
    profile = get_profile(options.get("profile"), options.get("max_mb"))
    return build_packet(plan, Path(out_path), progress, profile=profile,
                        pdfa=bool(options.get("pdfa")))


def recorded_plan(services: Services, case_id: int, number: int) -> PacketPlan:
    """The plan filing ``number`` was built from (see ``record_rebuild``)."""
    from desktop_app.services.record_rebuild import plan_from_record

    found = filing(services, case_id, number)
    return plan_from_record(services, case_id, number,
                            store.filing_inputs(services.db, found.id))


def _rel(root: Path, path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        return Path(path).relative_to(root).as_posix()
    except ValueError:
        return str(path)


def _page_ids(services: Services, document_ids: Sequence[int]) -> list[int]:
    found: list[int] = []
    for document_id in document_ids:
        found.extend(p.id for p in pages.for_document(services.db, document_id)
                     if not p.excluded)
    return found


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


def _redaction_json(root: Path, job: Redaction | None) -> dict[str, Any] | None:
    """What was removed from the page, so that building the filing again removes it too."""
    if job is None:
        return None
    return {"boxes": [list(b) for b in job.boxes], "patterns": [list(p) for p in job.patterns],
            "keep_dates": list(job.keep_dates), "folder": _rel(root, job.folder),
            "key": job.key, "label": job.label}


def _plan_json(services: Services, case_id: int, plan: PacketPlan) -> dict[str, Any]:
    """The plan as recorded: document ids, order, page selection (page ids) and how each
    page is drawn (files relative to the data folder), cover and options."""
    root = services.store.vault.view  # where the pages were read from: the data folder,
    # or the unsealed view of a protected one, with the same layout
    pairs = assistant_store.translations_for_case(services.db, case_id)
    blobs = services.store.originals
    docs = services.list_documents(case_id)
    shas = {d.sha256 for d in docs} | {documents.working_file(services.db, d.id) for d in docs}
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
                "pages": _sources_json(root, ex.pages, _page_ids(services, own), checksums),
                "translation_documents": translated,
                "translation": _sources_json(root, ex.translation,
                                             _page_ids(services, translated), checksums),
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
    }


# --- deadlines -------------------------------------------------------------------------------


def _due_date(text: str) -> str:
    from desktop_app.core.dates import parse_user_date

    parsed = parse_user_date(text, today=dt.date.max)
    if parsed is None:
        from desktop_app.i18n import day_first

        raise InvalidInputError(_("A deadline needs a date."),
                                _("Write it like 2026-05-12 or 12/05/2026 (day, month, year).")
                                if day_first() else _("Write it like 2026-05-12 or 05/12/2026."))
    return parsed


def _what(text: str) -> str:
    if not text.strip():
        raise InvalidInputError(_("Say what the deadline is for."),
                                _("e.g. “Reply to the request for evidence”."))
    return text.strip()


def add_deadline(services: Services, case_id: int, due_on: str, what: str) -> Deadline:
    services.get_case(case_id)
    return store.add_deadline(services.db, case_id, _due_date(due_on), _what(what))


def update_deadline(services: Services, case_id: int, deadline_id: int, *,
                    due_on: str | None = None, what: str | None = None) -> Deadline:
    services.get_case(case_id)
    return store.update_deadline(
        services.db, case_id, deadline_id,
        due_on=_due_date(due_on) if due_on is not None else None,
        what=_what(what) if what is not None else None)


def set_deadline_done(services: Services, case_id: int, deadline_id: int,
                      done: bool = True) -> Deadline:
    services.get_case(case_id)
    return store.update_deadline(services.db, case_id, deadline_id, done=done)


def remove_deadline(services: Services, case_id: int, deadline_id: int) -> None:
    services.get_case(case_id)
    store.remove_deadline(services.db, case_id, deadline_id)


def deadlines(services: Services, case_id: int) -> list[Deadline]:
    """Open deadlines by date, then those done."""
    services.get_case(case_id)
    return store.deadlines(services.db, case_id)


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


def upcoming(services: Services, today: dt.date | None = None,
             within_days: int = 14, case_id: int | None = None) -> list[Reminder]:
    """Open deadlines due within ``within_days`` of ``today`` (overdue ones too), soonest
    first, of every case (or one): what the window reminds of when it opens."""
    today = today or dt.date.today()
    last = (today + dt.timedelta(days=within_days)).isoformat()
    names = {c.id: c.name for c in services.list_cases()}
    return [
        Reminder(d, names.get(d.case_id, ""), (dt.date.fromisoformat(d.due_on) - today).days)
        for d in store.open_deadlines_until(services.db, last)
        if case_id is None or d.case_id == case_id
    ]


# --- correspondence --------------------------------------------------------------------------


def import_correspondence(services: Services, case_id: int, paths: Iterable[Path], *,
                          password: str | None = None,
                          progress: ImportProgress | None = None) -> list[ImportOutcome]:
    """Import received notices and letters through the normal import (kept original,
    read, searchable), marked as correspondence: not in the packet unless included."""
    outcomes = services.import_files(case_id, paths, password=password, progress=progress)
    for outcome in outcomes:
        if outcome.status == "imported" and outcome.document_id is not None:
            store.set_role(services.db, outcome.document_id, "correspondence", False)
    return outcomes


def mark_correspondence(services: Services, case_id: int, document_id: int,
                        correspondence: bool = True) -> None:
    """Mark a document as correspondence (left out of the packet) or back as evidence."""
    services.get_document_in_case(case_id, document_id)
    if correspondence:
        store.set_role(services.db, document_id, "correspondence", False)
    else:
        store.set_role(services.db, document_id, "exhibit", True)


def include_correspondence(services: Services, case_id: int, document_id: int,
                           include: bool = True) -> Document:
    """Put a piece of correspondence in the packet (or take it out again). One not filed
    under a tab goes under a "Correspondence" tab, made when needed."""
    doc = services.get_document_in_case(case_id, document_id)
    role, _included = store.roles(services.db, case_id)[document_id]
    if role != "correspondence":
        raise InvalidInputError(
            _("Document {id} is evidence, not correspondence.").format(id=document_id),
            _("Mark it as correspondence first, or file it under a tab."),
        )
    store.set_role(services.db, document_id, "correspondence", include)
    if include and doc.category is None:
        tabs = {t.title.lower(): t.key for t in services.list_tabs(case_id)}
        key = tabs.get(CORRESPONDENCE_TAB.lower())
        if key is None:
            key = services.add_tab(case_id, CORRESPONDENCE_TAB).key
        doc = services.tag(case_id, document_id, key)
    return services.get_document(document_id)


def correspondence(services: Services, case_id: int) -> list[tuple[Document, bool]]:
    """The case's correspondence, each with whether it is included in the packet."""
    found = store.roles(services.db, case_id)
    return [(doc, found[doc.id][1]) for doc in services.list_documents(case_id)
            if found.get(doc.id, ("exhibit", True))[0] == "correspondence"]


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
