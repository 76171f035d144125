"""The record on the command line: the packets filed (list, show, copy, build again),
deadlines, correspondence, and ``import --correspondence``."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from desktop_app.cli.common import WithCase, print_json
from desktop_app.errors import InvalidInputError
from desktop_app.i18n import _, count_of
from desktop_app.services import Services
from desktop_app.services.record import Deadline, Filing, purpose_label


def _filing_json(svc: Services, filing: Filing) -> dict[str, Any]:
    value = dataclasses.asdict(filing)
    value["kept_copy"] = str(svc.store.root / filing.kept_path)
    value.pop("id")
    return value


# --- filings ---------------------------------------------------------------------------------


def cmd_filings(svc: Services, args: argparse.Namespace) -> int:
    if args.reproduce is not None:
        if not args.out:
            raise InvalidInputError(_("Say where to write the packet with --out FILE.pdf."))
        result = svc.record.reproduce(args.case, args.reproduce, Path(args.out))
        filing = svc.record.filing(args.case, args.reproduce)
        same = [e.exhibit_id for e in result.exhibits] == [e.exhibit_id for e in
                                                          filing.exhibits]
        if args.json:
            print_json({"path": str(result.path), "pages": result.page_count,
                         "sha256": result.sha256, "filing": filing.number,
                         "same_exhibits": same and result.page_count == filing.page_count,
                         "exhibits": [dataclasses.asdict(e) for e in result.exhibits]})
        else:
            print(_("Built filing {n} again: {path} ({pages}, {exhibits}).").format(
                n=filing.number, path=result.path, pages=count_of("page", result.page_count),
                exhibits=count_of("exhibit", len(result.exhibits))))
        return 0
    if args.show is not None:
        return _show(svc, args)
    found = svc.record.filings(args.case)
    if args.json:
        print_json([_filing_json(svc, f) for f in found])
        return 0
    if not found:
        print(_("Nothing filed yet. Each export is recorded here: evidence-packet export "
                "--case {case} --out FILE.pdf").format(case=args.case))
        return 0
    for f in found:
        print(_("{n:>3}  {date}  {purpose:<36} {pages:>10}  {exhibits:>12}  "
                "sha256 {sha}").format(n=f.number, date=f.filed_on,
                                       purpose=purpose_label(f.purpose),
                                       pages=count_of("page", f.page_count),
                                       exhibits=count_of("exhibit", len(f.exhibits)),
                                       sha=f.sha256[:12]))
    return 0


def _show(svc: Services, args: argparse.Namespace) -> int:
    filing = svc.record.filing(args.case, args.show)
    path = svc.record.kept_copy(args.case, filing.number)
    copied = svc.record.copy_filing(args.case, filing.number, Path(args.copy_to)) \
        if args.copy_to else None
    if args.json:
        value = _filing_json(svc, filing)
        value["kept_copy_intact"] = svc.record.kept_copy_intact(args.case, filing.number)
        if copied is not None:
            value["copied_to"] = str(copied)
        print_json(value)
        return 0
    print(_("Filing {n}: {purpose}, prepared {date}").format(
        n=filing.number, purpose=purpose_label(filing.purpose), date=filing.filed_on))
    if filing.note:
        print(_("Note: {note}").format(note=filing.note))
    print(_("{pages}, SHA-256 {sha}").format(pages=count_of("page", filing.page_count),
                                             sha=filing.sha256))
    print(_("Kept copy: {path}").format(path=path))
    for ex in filing.exhibits:
        pages = str(ex.first_page) if ex.first_page == ex.last_page else \
            f"{ex.first_page}–{ex.last_page}"
        print(f"  {ex.exhibit_id:<6} {ex.title}  {ex.date or '—'}  "
              + _("pages {range}").format(range=pages)
              + (f"  ({_('document')} {ex.document_id})" if ex.document_id else ""))
    if copied is not None:
        print(_("Copied to {path}").format(path=copied))
    return 0


# --- deadlines -------------------------------------------------------------------------------


def _days(deadline: Deadline, today: dt.date) -> str:
    if deadline.done:
        return _("done")
    days = (dt.date.fromisoformat(deadline.due_on) - today).days
    if days < 0:
        return _("overdue by {n} day(s)").format(n=-days)
    if days == 0:
        return _("due today")
    return _("in {n} day(s)").format(n=days)


def cmd_deadlines(svc: Services, args: argparse.Namespace) -> int:
    if args.add is not None:
        if not args.what:
            raise InvalidInputError(_("Say what the deadline is for with --what TEXT."))
        added = svc.record.add_deadline(args.case, args.add, args.what)
        if not args.json:
            print(_("Added deadline {id}: {what}, {date}.").format(
                id=added.id, what=added.what, date=added.due_on))
    if args.done is not None:
        done = svc.record.set_deadline_done(args.case, args.done, True)
        if not args.json:
            print(_("Deadline {id} is done: {what}.").format(id=done.id, what=done.what))
    if args.undone is not None:
        svc.record.set_deadline_done(args.case, args.undone, False)
    if args.remove is not None:
        svc.record.remove_deadline(args.case, args.remove)
    found = svc.record.deadlines(args.case)
    today = dt.date.today()
    if args.json:
        print_json([dataclasses.asdict(d) | {"days_left": (
            dt.date.fromisoformat(d.due_on) - today).days} for d in found])
        return 0
    if not found:
        print(_("No deadlines. Add one with: evidence-packet deadlines --case {case} "
                "--add 2026-05-12 --what 'Reply to the request for evidence'").format(
                    case=args.case))
        return 0
    for d in found:
        print(f"{d.id:>4}  {d.due_on}  {_days(d, today):<20} {d.what}")
    return 0


# --- correspondence --------------------------------------------------------------------------


def cmd_correspondence(svc: Services, args: argparse.Namespace) -> int:
    for document_id in args.mark or []:
        svc.record.mark_correspondence(args.case, document_id, True)
    for document_id in args.unmark or []:
        svc.record.mark_correspondence(args.case, document_id, False)
    for document_id in args.include or []:
        svc.record.include_correspondence(args.case, document_id, True)
    for document_id in args.exclude or []:
        svc.record.include_correspondence(args.case, document_id, False)
    found = svc.record.correspondence(args.case)
    if args.json:
        print_json([{"id": d.id, "title": d.title, "date": d.date, "pages": d.pages,
                      "status": d.status, "category": d.category, "in_packet": included}
                     for d, included in found])
        return 0
    if not found:
        print(_("No correspondence yet. Add notices and letters with: evidence-packet import "
                "--case {case} --correspondence FILE...").format(case=args.case))
        return 0
    for doc, included in found:
        where = _("in the packet") if included else _("not in the packet")
        print(f"{doc.id:>4}  {doc.date or '—':<10}  {doc.title}  ({where})")
    return 0


def register(commands: Any, with_case: WithCase) -> None:
    """Add ``filings``, ``deadlines`` and ``correspondence``."""
    filings = with_case("filings", _("the packets filed: list, show, copy, build again"),
                        cmd_filings)
    filings.add_argument("--show", type=int, metavar="N", help=_("one filing in full"))
    filings.add_argument("--copy-to", dest="copy_to", metavar="FILE",
                         help=_("with --show: copy its kept packet here"))
    filings.add_argument("--reproduce", type=int, metavar="N",
                         help=_("build filing N again from the record (with --out)"))
    filings.add_argument("--out", metavar="FILE.pdf")
    filings.add_argument("--json", action="store_true")

    deadlines = with_case("deadlines", _("deadlines: list, add, mark done"), cmd_deadlines)
    deadlines.add_argument("--add", metavar="DATE", help=_("e.g. 2026-05-12"))
    deadlines.add_argument("--what", metavar="TEXT", help=_("what it is for"))
    deadlines.add_argument("--done", type=int, metavar="N", help=_("mark deadline N done"))
    deadlines.add_argument("--undone", type=int, metavar="N", help=_("mark it open again"))
    deadlines.add_argument("--remove", type=int, metavar="N")
    deadlines.add_argument("--json", action="store_true")

    corr = with_case("correspondence", _("notices and letters received, kept out of the "
                                         "packet unless included"), cmd_correspondence)
    corr.add_argument("--include", type=int, action="append", metavar="DOC_ID",
                      help=_("put it in the packet"))
    corr.add_argument("--exclude", type=int, action="append", metavar="DOC_ID",
                      help=_("leave it out of the packet again"))
    corr.add_argument("--mark", type=int, action="append", metavar="DOC_ID",
                      help=_("mark a document already imported as correspondence"))
    corr.add_argument("--unmark", type=int, action="append", metavar="DOC_ID",
                      help=_("make it evidence again"))
    corr.add_argument("--json", action="store_true")

