"""Redaction on the command line: ``redact --case ID`` with one of ``--page PAGE_ID --area
x0,y0,x1,y1`` (fractions of the page as shown), ``--list``, ``--remove N``,
``--pattern ssn|account|account-near|dob|regex:EXPRESSION [--off]``, ``--preview`` or
``--everywhere [--yes]``."""

from __future__ import annotations

import argparse
import dataclasses
from typing import Any

from desktop_app.cli.common import WithCase, interactive, print_json
from desktop_app.core.redaction import Box, Pattern
from desktop_app.errors import InvalidInputError
from desktop_app.i18n import _, count_of
from desktop_app.services import Services
from desktop_app.services.redaction import parse_pattern


def _box(text: str) -> Box:
    try:
        values = [float(v) for v in text.replace(" ", "").split(",")]
    except ValueError:
        values = []
    if len(values) != 4:
        raise InvalidInputError(
            _("“{text}” is not an area.").format(text=text),
            _("Give four fractions of the page as shown: left,top,right,bottom, e.g. "
              "--area 0.1,0.2,0.5,0.25."),
        )
    return values[0], values[1], values[2], values[3]


def _fmt(box: Box) -> str:
    return ",".join(f"{v:.4f}" for v in box)


def _pattern_name(pattern: Pattern) -> str:
    return f"regex:{pattern.value}" if pattern.kind == "regex" else pattern.kind


def cmd_redact(svc: Services, args: argparse.Namespace) -> int:
    chosen = [n for n, v in (("--area", args.area), ("--list", args.list),
                             ("--remove", args.remove is not None),
                             ("--pattern", args.pattern), ("--preview", args.preview),
                             ("--everywhere", args.everywhere)) if v]
    if len(chosen) != 1:
        raise InvalidInputError(
            _("Say what to do: one of --area, --list, --remove, --pattern, --preview or "
              "--everywhere."),
            _("For example: redact --case 1 --page 12 --area 0.1,0.2,0.5,0.25"),
        )
    if args.everywhere:
        return _everywhere(svc, args)
    if args.area:
        return _add(svc, args)
    if args.remove is not None:
        area = svc.redaction.remove_area(args.case, args.remove)
        print(_("Area {id} on page {page} of “{title}” removed.").format(
            id=area.id, page=area.page_number, title=area.document_title))
        return 0
    if args.pattern:
        pattern = parse_pattern(args.pattern)
        svc.redaction.set_pattern(args.case, pattern, on=not args.off)
        message = (_("Pattern {name} is off.") if args.off
                   else _("Pattern {name} is on: what it finds is blacked out in the packet. "
                          "Check it with --preview."))
        print(message.format(name=_pattern_name(pattern)))
        return 0
    if args.preview:
        return _preview(svc, args)
    return _list(svc, args)


def _add(svc: Services, args: argparse.Namespace) -> int:
    if args.page is None:
        raise InvalidInputError(_("Say which page with --page PAGE_ID."),
                                _("The pages command lists a document's pages and ids."))
    area = svc.redaction.add_area(args.page, _box(args.area), case_id=args.case)
    if args.json:
        print_json(dataclasses.asdict(area))
    else:
        print(_("Area {id} added on page {page} of “{title}”: {box}.").format(
            id=area.id, page=area.page_number, title=area.document_title, box=_fmt(area.box)))
    return 0


def _list(svc: Services, args: argparse.Namespace) -> int:
    areas = svc.redaction.list_areas(args.case)
    found = svc.redaction.list_patterns(args.case)
    if args.json:
        print_json({"areas": [dataclasses.asdict(a) for a in areas],
                     "patterns": [_pattern_name(p) for p in found]})
        return 0
    if not areas and not found:
        print(_("Nothing is blacked out in this case."))
        return 0
    for area in areas:
        print(_("{id:>4}  page {page} of “{title}” (page id {page_id})  {box}").format(
            id=area.id, page=area.page_number, title=area.document_title,
            page_id=area.page_id, box=_fmt(area.box)))
    for pattern in found:
        print(_("      pattern: {name}").format(name=_pattern_name(pattern)))
    return 0


def _preview(svc: Services, args: argparse.Namespace) -> int:
    hits = svc.redaction.preview(args.case, args.page)
    if args.json:
        print_json([dataclasses.asdict(h) for h in hits])
        return 0
    if not hits:
        print(_("The patterns find nothing to black out."))
        return 0
    for hit in hits:
        print(_("page {page} of “{title}” (page id {page_id}): {kind} “{text}”").format(
            page=hit.page_number, title=hit.document_title, page_id=hit.page_id,
            kind=hit.kind, text=hit.text))
    return 0


def everywhere_warning() -> str:
    """What redacting everywhere does, said before it is done (the window says the same)."""
    return _(
        "This removes what the case's areas and patterns black out from everything the "
        "app keeps, not only from the packet: the stored copy of each document concerned "
        "is replaced by its redacted copy (the original is removed from the data folder, "
        "unless another case uses the same file), and the pages' text, the search and "
        "case archives lose those words. Packets already filed stay as they were sent. It "
        "cannot be undone; the files on your own disk are not touched.")


def _everywhere(svc: Services, args: argparse.Namespace) -> int:
    if not args.yes:
        if not interactive():
            raise InvalidInputError(_("Redacting everywhere cannot be undone."),
                                    _("Add --yes to do it without being asked."))
        print(everywhere_warning())
        if input(_("Type yes to go on: ")).strip().lower() not in ("yes", _("yes")):
            print(_("Nothing was changed."))
            return 1
    done = svc.redaction.everywhere(args.case)
    if args.json:
        print_json(dataclasses.asdict(done))
    elif not done.documents:
        print(_("Nothing the areas and patterns cover is kept anywhere: nothing to change."))
    else:
        print(_("Removed from {docs} ({pages}, {words}): their stored copies, text, search "
                "and archives no longer hold what is blacked out.").format(
            docs=count_of("document", done.documents), pages=count_of("page", done.pages),
            words=count_of("word", done.words)))
        if done.kept_for_other_cases:
            print(_("{n} original file(s) are also used by another case and were kept "
                    "for it.").format(n=done.kept_for_other_cases))
        if done.filings_before:
            print(_("The {n} packet(s) filed before are kept as they were sent.").format(
                n=done.filings_before))
    return 0


def register(commands: Any, with_case: WithCase) -> None:
    sub = with_case("redact", _("black out areas and numbers for good in the packet"),
                    cmd_redact)
    sub.add_argument("--page", type=int, metavar="PAGE_ID",
                     help=_("the page for --area (or to preview)"))
    sub.add_argument("--area", metavar="X0,Y0,X1,Y1",
                     help=_("fractions of the page as shown, e.g. 0.1,0.2,0.5,0.25"))
    sub.add_argument("--list", action="store_true", help=_("list areas and patterns"))
    sub.add_argument("--remove", type=int, metavar="N", help=_("remove area N"))
    sub.add_argument("--pattern", metavar="NAME",
                     help=_("ssn, account, account-near, dob (other people's), or "
                            "regex:EXPRESSION"))
    sub.add_argument("--off", action="store_true", help=_("turn --pattern off"))
    sub.add_argument("--preview", action="store_true",
                     help=_("show what the patterns would black out"))
    sub.add_argument("--everywhere", action="store_true",
                     help=_("also remove what is blacked out from the stored documents, "
                            "their text, the search and case archives (asks first; cannot "
                            "be undone)"))
    sub.add_argument("--yes", action="store_true", help=_("with --everywhere: do not ask"))
    sub.add_argument("--json", action="store_true")
