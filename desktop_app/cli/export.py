"""``export`` on the command line: the packet for a destination (a portal's size limit
per file, parts, compression, paper), the filing rules checked first, and the filing
recorded."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli.common import ProgressBar, WithCase, print_json
from desktop_app.core.export.profiles import MB, PROFILES, USCIS_ONLINE
from desktop_app.i18n import _
from desktop_app.services import Services
from desktop_app.services.packets import FilingOptions
from desktop_app.services.record import purpose_label
from desktop_app.services.statements import Service


def _megabytes(size: int) -> str:
    return f"{size / MB:.1f} MB"


def cmd_export(svc: Services, args: argparse.Namespace) -> int:
    tabs = tuple(args.tabs.split(",")) if args.tabs else None
    options = FilingOptions(
        purpose=args.purpose or ("supplement" if args.supplement else "initial"),
        note=args.note or "", continue_numbering=args.supplement, bates_prefix=args.bates,
        tabs=tabs, chronology=args.chronology, profile=args.profile, max_mb=args.max_mb,
        pdfa=args.pdfa, allow_untranslated=args.allow_untranslated)
    if args.service is not None or args.served_on is not None or args.service_date is not None:
        kept = svc.statements.service(args.case)  # remembered for the next export too
        svc.statements.save_service(args.case, Service(
            method=args.service or kept.method,
            served_on=kept.served_on if args.served_on is None else args.served_on,
            date=kept.date if args.service_date is None else args.service_date))
    result, filing = svc.record.export(args.case, Path(args.out), options,
                                       progress=ProgressBar(_("Exporting")))
    files = result.files
    if args.json:
        print_json({"path": str(result.path), "pages": result.page_count,
                   "sha256": result.sha256,
                   "files": [{"path": str(f.path), "bytes": f.bytes, "pages": f.pages,
                              "first_page": f.first_page, "sha256": f.sha256} for f in files],
                   "profile": options.destination().key,
                   "exhibits": [dataclasses.asdict(e) for e in result.exhibits],
                   "filing": filing.number, "purpose": filing.purpose,
                    "kept_copy": str(svc.store.root / filing.kept_path)})
        return 0
    if len(files) > 1:
        print(_("Wrote {n} parts ({pages} pages in all):").format(n=len(files),
                                                                 pages=result.page_count))
        for f in files:
            print(_("  {path}  {size}, pages {first}–{last}").format(
                path=f.path, size=_megabytes(f.bytes), first=f.first_page,
                last=f.first_page + f.pages - 1))
    else:
        print(_("Wrote {path} ({n} pages).").format(path=result.path, n=result.page_count))
    print(_("Recorded as filing {n} ({purpose}); a copy is kept in the data folder.").format(
        n=filing.number, purpose=purpose_label(filing.purpose).lower()))
    largest = max((f.bytes for f in files), default=0)
    if args.profile is None and USCIS_ONLINE.max_bytes and largest > USCIS_ONLINE.max_bytes:
        print(_("Note: at {size} the packet is larger than USCIS online filing accepts "
                "(6 MB a file). Export it with --profile uscis-online to make it smaller and "
                "cut it into parts.").format(size=_megabytes(largest)), file=sys.stderr)
    return 0


def register(commands: Any, with_case: WithCase) -> None:
    export = with_case("export", _("write the indexed packet PDF"), cmd_export)
    export.add_argument("--out", required=True, metavar="FILE.pdf")
    export.add_argument("--profile", choices=list(PROFILES),
                        help=_("where it is filed: uscis-online (6 MB a file), ecas (25 MB a "
                               "file), email (10 MB, or --max-mb), paper or paper-eoir; "
                               "scanned pages are made smaller for the online ones, and a "
                               "packet over the limit is cut into NAME_Part1.pdf, "
                               "NAME_Part2.pdf... (default: one file, pictures as they are)"))
    export.add_argument("--max-mb", dest="max_mb", type=float, metavar="N",
                        help=_("the largest file the destination accepts, in MB"))
    export.add_argument("--pdfa", action="store_true",
                        help=_("write PDF/A-2b, the archival form of PDF"))
    export.add_argument("--allow-untranslated", dest="allow_untranslated",
                        action="store_true",
                        help=_("export even when an exhibit not in English has no "
                               "translation"))
    export.add_argument("--bates", metavar="PREFIX", help=_("number pages like DA-000123"))
    export.add_argument("--tabs", help=_("only these tabs, e.g. residence,medical"))
    export.add_argument("--chronology", action="store_true",
                        help=_("add a page listing the exhibits in date order"))
    export.add_argument("--purpose", choices=["initial", "rfe-response", "supplement"],
                        help=_("what the packet is for, kept in the case's record "
                               "(default: initial, or supplement with --supplement)"))
    export.add_argument("--supplement", action="store_true",
                        help=_("only documents not filed yet, continuing the exhibit "
                               "numbering of the packets filed before"))
    export.add_argument("--note", help=_("a note for the record, e.g. 'mailed by FedEx'"))
    export.add_argument("--service", choices=["none", "ecas", "mail", "hand"],
                        help=_("add a certificate of service as the last page: served "
                               "through ECAS, by mail or by hand (remembered for the case)"))
    export.add_argument("--served-on", dest="served_on", metavar="TEXT",
                        help=_("the office served, with its address (for ECAS: default "
                               "DHS/ICE OPLA)"))
    export.add_argument("--service-date", dest="service_date", metavar="DATE",
                        help=_("the day it was served (default: the day of the export)"))
    export.add_argument("--json", action="store_true")
