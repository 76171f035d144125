"""The documents of a case on the command line: import, read (process), list, file under
tabs, order, title, date, pages (turn, outline, leave out) and search."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli.common import ProgressBar, WithCase, doc_json, print_json
from desktop_app.errors import InvalidInputError
from desktop_app.i18n import _, count_of, ngettext
from desktop_app.services import Services


def cmd_import(svc: Services, args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.paths]
    if args.correspondence:  # notices and letters received: kept, read, not in the packet
        outcomes = svc.record.import_correspondence(args.case, paths,
                                                    password=args.password,
                                                    progress=ProgressBar(_("Importing")))
        added = _("correspondence  {path} → document {id} ({pages})")
    else:
        outcomes = svc.import_files(args.case, paths, password=args.password,
                                    progress=ProgressBar(_("Importing")))
        added = _("imported   {path} → document {id} ({pages})")
    if args.json:
        print_json([
            {"path": o.path, "status": o.status, "document_id": o.document_id,
             "pages": o.pages, "error": o.error, "error_code": o.error_code,
             "correspondence": args.correspondence and o.status == "imported"}
            for o in outcomes
        ])
    else:
        for o in outcomes:
            if o.status == "imported":
                print(added.format(path=o.path, id=o.document_id, pages=count_of("page", o.pages)))
            elif o.status == "duplicate":
                print(_("duplicate  {path} → already document {id}").format(
                    path=o.path, id=o.document_id))
            else:
                print(_("error      {error}").format(error=o.error))
        if not outcomes:
            print(_("No files found to import."))
    return 1 if outcomes and all(o.status == "error" for o in outcomes) else 0


def cmd_process(svc: Services, args: argparse.Namespace) -> int:
    summary, suggested = svc.read_pages(args.case, progress=ProgressBar(_("Reading pages")),
                                        workers=args.workers)
    print(ngettext("{done} page read, {failed} failed.", "{done} pages read, {failed} failed.",
                   summary.done).format(done=summary.done, failed=summary.failed))
    for page_id, reason in summary.failures:
        print(_("  page {id}: {reason}").format(id=page_id, reason=reason), file=sys.stderr)
    if suggested:
        sure = sum(1 for s in suggested if s.suggestion.category is not None)
        print(_("Suggestions ready for {n} document(s) ({sure} sure, {review} to review): "
                "evidence-packet suggest --case {case}").format(
                    n=len(suggested), sure=sure, review=len(suggested) - sure, case=args.case))
    return 0


def cmd_docs(svc: Services, args: argparse.Namespace) -> int:
    docs = svc.list_documents(args.case)
    if args.json:
        print_json([doc_json(d) for d in docs])
        return 0
    if not docs:
        print(_("No documents yet. Add some with: evidence-packet import --case ID FILE..."))
    for d in docs:
        tab = d.category or _("not filed")
        print(f"{d.id:>4}  {tab:<12} {d.status:<10} {d.pages:>3}p  {d.date or '':<10}  {d.title}")
    return 0


def cmd_tag(svc: Services, args: argparse.Namespace) -> int:
    doc = svc.tag(args.case, args.document, args.category)
    svc.assistant.learn(args.case, doc.id)
    print(_("Document {id} is now under {tab}.").format(id=doc.id,
                                                         tab=doc.category or _("not filed")))
    return 0


def cmd_order(svc: Services, args: argparse.Namespace) -> int:
    tabs = svc.order_tabs(args.case, args.tabs.split(","))
    print(_("Tab order: {order}").format(order=", ".join(t.key for t in tabs)))
    return 0


def cmd_move(svc: Services, args: argparse.Namespace) -> int:
    doc = svc.move(args.case, args.document, args.position)
    print(_("Document {id} is now number {n} in {tab}.").format(
        id=doc.id, n=doc.position + 1, tab=doc.category or _("not filed")))
    return 0


def cmd_tabs(svc: Services, args: argparse.Namespace) -> int:
    if args.add:
        svc.add_tab(args.case, args.add)
    tabs = svc.list_tabs(args.case)
    if args.json:
        print_json([dataclasses.asdict(t) for t in tabs])
    else:
        for tab in tabs:
            print(f"{tab.key:<16} {tab.title}")
    return 0


def cmd_rename(svc: Services, args: argparse.Namespace) -> int:
    doc = svc.rename(args.case, args.document, args.title)
    print(_("Document {id} is now titled “{title}”.").format(id=doc.id, title=doc.title))
    return 0


def cmd_date(svc: Services, args: argparse.Namespace) -> int:
    doc = svc.set_date(args.case, args.document, args.date or None)
    print(_("Document {id} is dated {date}.").format(id=doc.id, date=doc.date or _("(none)")))
    return 0


def cmd_pages(svc: Services, args: argparse.Namespace) -> int:
    svc.get_document_in_case(args.case, args.document)
    found = svc.list_pages(args.document)
    if args.json:
        print_json([
            {"id": p.id, "page": p.source_index + 1, "status": p.status, "error": p.error,
             "rotation": p.rotation, "excluded": p.excluded, "confidence": p.confidence,
             "text_source": "document" if p.native_text else "ocr",
             "crop": [[x, y] for x, y in p.crop] if p.crop else None,
             "crop_by_user": p.crop_by_user, "blank": p.blank} for p in found
        ])
    else:
        for p in found:
            flags = " ".join(f for f in (
                _("excluded") if p.excluded else "",
                _("looks blank") if p.blank else "",
                _("turned {n}°").format(n=p.rotation) if p.rotation else "",
                _("cropped") if p.crop else "",
                p.error or "") if f)
            print(f"{p.id:>5}  p{p.source_index + 1:<3} {p.status:<10} {flags}")
    return 0


def cmd_rotate(svc: Services, args: argparse.Namespace) -> int:
    svc.get_page_in_case(args.case, args.page)
    page = svc.rotate_page(args.page, args.degrees)
    print(_("Page {id} is now turned {n}°.").format(id=page.id, n=page.rotation))
    return 0


def cmd_crop(svc: Services, args: argparse.Namespace) -> int:
    svc.get_page_in_case(args.case, args.page)
    if args.reset:
        if args.corners:
            raise InvalidInputError(_("Give corners or --reset, not both."))
        svc.outlines.reset_crop(args.page)
        print(_("Page {id} will be outlined by the app again when it is read "
                "(run: process --case {case}).").format(id=args.page, case=args.case))
        return 0
    if args.whole:
        corners = None
    elif len(args.corners) == 4:
        corners = [_corner(text) for text in args.corners]
    else:
        raise InvalidInputError(
            _("Give the page's four corners, e.g. 10,20 1500,30 1490,2000 5,1990."),
            _("Top-left, top-right, bottom-right, bottom-left of the page as it reads, in "
              "pixels of the photo; or --whole, or --reset."))
    svc.outlines.set_crop(args.page, corners)
    print(_("Page {id} has its new outline; it is read again when you run: process --case "
            "{case}.").format(id=args.page, case=args.case))
    return 0


def _corner(text: str) -> list[float]:
    try:
        x, y = (float(v) for v in text.split(","))
    except ValueError as exc:
        raise InvalidInputError(
            _("“{text}” is not a corner; write it as X,Y (e.g. 120,45).").format(text=text)
        ) from exc
    return [x, y]


def cmd_exclude(svc: Services, args: argparse.Namespace) -> int:
    svc.get_page_in_case(args.case, args.page)
    page = svc.exclude_page(args.page, not args.include)
    message = _("Page {id} is left out of the packet.") if page.excluded else _(
        "Page {id} is back in the packet.")
    print(message.format(id=page.id))
    return 0


def cmd_search(svc: Services, args: argparse.Namespace) -> int:
    hits = svc.search(args.case, args.query)
    if args.json:
        print_json([
            {"document_id": h.document_id, "page": h.page, "page_id": h.page_id,
             "title": h.document_title, "snippet": h.snippet} for h in hits
        ])
    elif not hits:
        print(_("No page mentions “{q}”.").format(q=args.query))
    else:
        for h in hits:
            print(f"{h.document_id:>4} p{h.page:<3} {h.document_title}: {h.snippet}")
    return 0


def register(commands: Any, with_case: WithCase) -> None:
    imp = with_case("import", _("add files or folders to a case"), cmd_import)
    imp.add_argument("--password", help=_("password of encrypted PDFs"))
    imp.add_argument("--correspondence", action="store_true",
                     help=_("these are notices or letters received: keep them, read them, "
                            "but leave them out of the packet"))
    imp.add_argument("--json", action="store_true")
    imp.add_argument("paths", nargs="+", metavar="PATH")

    proc = with_case("process", _("read (OCR) every page still waiting"), cmd_process)
    proc.add_argument("--workers", type=int, help=_("parallel OCR processes "
                                                    "(default: one per core)"))

    docs = with_case("docs", _("list a case's documents"), cmd_docs)
    docs.add_argument("--json", action="store_true")

    tag = with_case("tag", _("file a document under a tab"), cmd_tag)
    tag.add_argument("document", type=int, metavar="DOC_ID")
    tag.add_argument("category", help=_("residence, employment, medical, community, "
                                        "a tab you added, or 'none'"))

    order = with_case("order", _("set the order of the tabs"), cmd_order)
    order.add_argument("--tabs", required=True, help=_("e.g. residence,employment,medical"))

    move = with_case("move", _("move a document within its tab"), cmd_move)
    move.add_argument("document", type=int, metavar="DOC_ID")
    move.add_argument("--position", type=int, required=True, help=_("1 = first"))

    tabs = with_case("tabs", _("list the tabs, or add one of your own"), cmd_tabs)
    tabs.add_argument("--add", metavar="NAME", help=_("e.g. 'Family ties'"))
    tabs.add_argument("--json", action="store_true")

    rename = with_case("rename", _("give a document (exhibit) its title"), cmd_rename)
    rename.add_argument("document", type=int, metavar="DOC_ID")
    rename.add_argument("title")

    date = with_case("date", _("set the date a document speaks for"), cmd_date)
    date.add_argument("document", type=int, metavar="DOC_ID")
    date.add_argument("date", help=_("e.g. 2023-05-12 or 05/12/2023; '' to clear"))

    page_list = with_case("pages", _("list a document's pages"), cmd_pages)
    page_list.add_argument("document", type=int, metavar="DOC_ID")
    page_list.add_argument("--json", action="store_true")

    rotate = with_case("rotate", _("turn a page (the original is not changed)"), cmd_rotate)
    rotate.add_argument("page", type=int, metavar="PAGE_ID")
    rotate.add_argument("degrees", type=int, help=_("90, 180, 270 or -90"))

    crop = with_case("crop", _("set the outline of a page in its photo by hand (the "
                               "original is not changed)"), cmd_crop)
    crop.add_argument("page", type=int, metavar="PAGE_ID")
    crop.add_argument("corners", nargs="*", metavar="X,Y",
                      help=_("the page's corners: top-left, top-right, bottom-right, "
                             "bottom-left as it reads, in pixels of the photo"))
    crop.add_argument("--reset", action="store_true",
                      help=_("forget the outline set by hand: the app finds the page again"))
    crop.add_argument("--whole", action="store_true", help=_("the whole photo is the page"))

    exclude = with_case("exclude", _("leave a page out of the packet"), cmd_exclude)
    exclude.add_argument("page", type=int, metavar="PAGE_ID")
    exclude.add_argument("--include", action="store_true", help=_("put it back"))

    search = with_case("search", _("search the text of every page"), cmd_search)
    search.add_argument("query")
    search.add_argument("--json", action="store_true")

