"""The command line: a thin layer over ``desktop_app.services``.

A user error prints one line (what happened and what to do) and exits 1; never a
traceback. ``--json`` output is stable: scripts and tests rely on its field names.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from desktop_app import APP_NAME, __version__
from desktop_app.core.assistant.models import DocumentSuggestion
from desktop_app.core.controls import TerminalStream, unfiltered
from desktop_app.core.models import CASE_FIELDS, Case, Document
from desktop_app.errors import AppError, InvalidInputError
from desktop_app.i18n import _, set_language
from desktop_app.paths import default_data_dir
from desktop_app.services import Services

Handler = Callable[[Services, argparse.Namespace], int]


def _case_json(case: Case) -> dict[str, Any]:
    return dataclasses.asdict(case)


def _doc_json(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "title": doc.title,
        "category": doc.category,
        "pages": doc.pages,
        "language": doc.language,
        "date": doc.date,
        "ocr_confidence": doc.ocr_confidence,
        "status": doc.status,
        "source_name": doc.source_name,
        "position": doc.position + 1,
        "errors": list(doc.errors),
    }


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


class ProgressBar:
    """A one-line bar on a terminal; silent when stderr is not a terminal."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.enabled = sys.stderr.isatty()
        self.last = ""

    def __call__(self, done: int, total: int, *_rest: object) -> None:
        if not self.enabled or total <= 0:
            return
        width = 30
        filled = int(width * done / total)
        line = f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}"
        if line != self.last:
            unfiltered(sys.stderr).write(line)  # its own CR, past the filter
            sys.stderr.flush()
            self.last = line
        if done >= total:
            sys.stderr.write("\n")


# --- commands ---------------------------------------------------------------------------------


def cmd_case_create(svc: Services, args: argparse.Namespace) -> int:
    fields = {name: getattr(args, name) or "" for name in CASE_FIELDS}
    case = svc.create_case(**fields)
    if args.json:
        _print_json({"id": case.id, **_case_json(case)})
    else:
        print(_("Created case {id}: {name}").format(id=case.id, name=case.name))
    return 0


def cmd_case_update(svc: Services, args: argparse.Namespace) -> int:
    fields = {n: getattr(args, n) for n in CASE_FIELDS if getattr(args, n) is not None}
    case = svc.update_case(args.case, **fields)
    if args.json:
        _print_json(_case_json(case))
    else:
        print(_("Updated case {id}: {name}").format(id=case.id, name=case.name))
    return 0


def cmd_case_list(svc: Services, args: argparse.Namespace) -> int:
    found = svc.list_cases()
    if args.json:
        _print_json([_case_json(c) for c in found])
    elif not found:
        print(_("No cases yet. Create one with: evidence-packet case create --name NAME"))
    else:
        for case in found:
            docs = len(svc.list_documents(case.id))
            print(f"{case.id:>4}  {case.name}  ({docs} {_('documents')})")
    return 0


def cmd_import(svc: Services, args: argparse.Namespace) -> int:
    from desktop_app.services import record

    paths = [Path(p) for p in args.paths]
    if args.correspondence:  # notices and letters received: kept, read, not in the packet
        outcomes = record.import_correspondence(svc, args.case, paths, password=args.password,
                                                progress=ProgressBar(_("Importing")))
        added = _("correspondence  {path} → document {id} ({n} pages)")
    else:
        outcomes = svc.import_files(args.case, paths, password=args.password,
                                    progress=ProgressBar(_("Importing")))
        added = _("imported   {path} → document {id} ({n} pages)")
    if args.json:
        _print_json([
            {"path": o.path, "status": o.status, "document_id": o.document_id,
             "pages": o.pages, "error": o.error, "error_code": o.error_code,
             "correspondence": args.correspondence and o.status == "imported"}
            for o in outcomes
        ])
    else:
        for o in outcomes:
            if o.status == "imported":
                print(added.format(path=o.path, id=o.document_id, n=o.pages))
            elif o.status == "duplicate":
                print(_("duplicate  {path} → already document {id}").format(
                    path=o.path, id=o.document_id))
            else:
                print(_("error      {error}").format(error=o.error))
        if not outcomes:
            print(_("No files found to import."))
    return 1 if outcomes and all(o.status == "error" for o in outcomes) else 0


def cmd_process(svc: Services, args: argparse.Namespace) -> int:
    from desktop_app.services import assistant

    summary = svc.process(args.case, progress=ProgressBar(_("Reading pages")),
                          workers=args.workers)
    print(_("{done} pages read, {failed} failed.").format(done=summary.done,
                                                          failed=summary.failed))
    for page_id, reason in summary.failures:
        print(_("  page {id}: {reason}").format(id=page_id, reason=reason), file=sys.stderr)
    suggested = assistant.suggest_ready_documents(svc, args.case)
    if suggested:
        sure = sum(1 for s in suggested if s.suggestion.category is not None)
        print(_("Suggestions ready for {n} document(s) ({sure} sure, {review} to review): "
                "evidence-packet suggest --case {case}").format(
                    n=len(suggested), sure=sure, review=len(suggested) - sure, case=args.case))
    return 0


def cmd_docs(svc: Services, args: argparse.Namespace) -> int:
    docs = svc.list_documents(args.case)
    if args.json:
        _print_json([_doc_json(d) for d in docs])
        return 0
    if not docs:
        print(_("No documents yet. Add some with: evidence-packet import --case ID FILE..."))
    for d in docs:
        tab = d.category or _("not filed")
        print(f"{d.id:>4}  {tab:<12} {d.status:<10} {d.pages:>3}p  {d.date or '':<10}  {d.title}")
    return 0


def cmd_tag(svc: Services, args: argparse.Namespace) -> int:
    from desktop_app.services import assistant

    doc = svc.tag(args.case, args.document, args.category)
    assistant.learn(svc, args.case, doc.id)
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
        _print_json([dataclasses.asdict(t) for t in tabs])
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
        _print_json([
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
    from desktop_app.services import outline

    svc.get_page_in_case(args.case, args.page)
    if args.reset:
        if args.corners:
            raise InvalidInputError(_("Give corners or --reset, not both."))
        outline.reset_crop(svc, args.page)
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
    outline.set_crop(svc, args.page, corners)
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
        _print_json([
            {"document_id": h.document_id, "page": h.page, "page_id": h.page_id,
             "title": h.document_title, "snippet": h.snippet} for h in hits
        ])
    elif not hits:
        print(_("No page mentions “{q}”.").format(q=args.query))
    else:
        for h in hits:
            print(f"{h.document_id:>4} p{h.page:<3} {h.document_title}: {h.snippet}")
    return 0


def _suggestion_json(doc: Document, found: DocumentSuggestion | None) -> dict[str, Any]:
    s = found.suggestion if found else None
    return {
        "id": doc.id,
        "suggested": s.category if s else None,
        "confidence": s.confidence if s else None,
        "best_guess": s.best_guess if s else None,
        "evidence": list(s.evidence) if s else [],
        "reason": s.reason if s else _("pages still being read"),
        "document_type": s.document_type if s else None,
        "date": s.sure_date if s else None,
        "date_to_check": s.date if s and not s.date_sure else None,
        "language": s.language if s else doc.language,
        "language_sure": s.language_sure if s else doc.language is not None,
        "needs_translation": s.needs_translation if s else False,
        "title": s.title if s else None,
        "accepted": found.accepted if found else False,
        "category": doc.category,
    }


def cmd_suggest(svc: Services, args: argparse.Namespace) -> int:
    from desktop_app.core.assistant.knowledge import category_label, language_label
    from desktop_app.services import assistant

    assistant.suggest_ready_documents(svc, args.case)
    rows = assistant.suggestions(svc, args.case)
    if args.json:
        _print_json([_suggestion_json(doc, found) for doc, found in rows])
        return 0
    if not rows:
        print(_("No documents yet. Add some with: evidence-packet import --case ID FILE..."))
    for doc, found in rows:
        if found is None:
            print(f"{doc.id:>4}  {_('pages still being read'):<20}  {doc.title}")
            continue
        s = found.suggestion
        label = category_label(s.category)
        sure = f"{round(s.confidence * 100)}%"
        mark = _("accepted") if found.accepted else ""
        print(f"{doc.id:>4}  {label:<20} {sure:>4}  {s.title}  {mark}".rstrip())
        print(f"      {s.reason}")
        if s.date_sure or not s.date:
            extra = [_("date: {date}").format(date=s.date or _("not sure"))]
        else:
            extra = [_("date: {date}? check it").format(date=s.date)]
        language = language_label(s.language)
        extra.append(_("language: {language}").format(
            language=language if s.language_sure or not s.language
            else _("{language}? a guess").format(language=language)))
        if s.needs_translation:
            extra.append(_("needs a certified English translation"))
        print("      " + "; ".join(extra))
    return 0


def cmd_accept(svc: Services, args: argparse.Namespace) -> int:
    from desktop_app.services import assistant

    doc = assistant.accept(svc, args.case, args.document, category=args.category,
                           all_fields=args.all_fields)
    print(_("Document {id} is now under {tab}, dated {date}, titled “{title}”.").format(
        id=doc.id, tab=doc.category or _("not filed"), date=doc.date or _("(none)"),
        title=doc.title))
    return 0


def cmd_translation(svc: Services, args: argparse.Namespace) -> int:
    from desktop_app.services import assistant

    if args.clear:
        assistant.clear_translation(svc, args.case, args.document)
        print(_("Document {id} is no longer marked as a translation.").format(
            id=args.document))
        return 0
    if args.of is None:
        raise InvalidInputError(_("Say which document it translates with --of DOC_ID "
                                  "(or --clear to unmark it)."))
    assistant.pair_translation(svc, args.case, args.document, args.of)
    print(_("Document {id} is the translation of document {original}; it will follow it "
            "in the packet.").format(id=args.document, original=args.of))
    if assistant.get_translator(svc, args.case) is None:
        print(_("Add the translator's details (evidence-packet translator --case {case} "
                "--name ...) to include the certificate of translation.").format(
                    case=args.case))
    return 0


def cmd_translator(svc: Services, args: argparse.Namespace) -> int:
    from desktop_app.services import assistant

    if args.name is None:
        found = assistant.get_translator(svc, args.case)
        if args.json:
            _print_json(dataclasses.asdict(found) if found else None)
        elif found is None:
            print(_("No translator yet. Add one with --name, --address, --phone and "
                    "--statement."))
        else:
            print(f"{found.name}\n{found.address}\n{found.phone}\n{found.statement}".strip())
        return 0
    saved = assistant.set_translator(svc, args.case, name=args.name,
                                     address=args.address or "",
                                     statement=args.statement or "",
                                     phone=args.phone or "")
    if args.json:
        _print_json(dataclasses.asdict(saved))
    else:
        print(_("Translator for case {case}: {name}").format(case=args.case, name=saved.name))
    return 0


def cmd_language(svc: Services, args: argparse.Namespace) -> int:
    from desktop_app.core.assistant.knowledge import language_label
    from desktop_app.services import assistant

    code = None if args.language == "auto" else args.language
    doc = assistant.set_language(svc, args.case, args.document, code)
    print(_("Document {id} is in {language}.").format(id=doc.id,
                                                      language=language_label(doc.language)))
    return 0


def cmd_chronology(svc: Services, args: argparse.Namespace) -> int:
    from desktop_app.services import assistant

    rows = assistant.chronology(svc, args.case)
    if args.json:
        _print_json([dataclasses.asdict(r) for r in rows])
        return 0
    if not rows:
        print(_("No documents yet. Add some with: evidence-packet import --case ID FILE..."))
    for r in rows:
        print(f"{r.date or _('undated'):<10}  {r.exhibit_id or '':<18}  {r.tab_title:<12}  "
              f"{r.title}")
    return 0


def cmd_evaluate(svc: Services, args: argparse.Namespace) -> int:
    from desktop_app.core.assistant.evaluation import read_truth, score
    from desktop_app.services import assistant

    folder = Path(args.folder)
    if not folder.exists():
        raise InvalidInputError(_("There is no file or folder {path}.").format(path=folder))
    results = assistant.evaluate([folder], workers=args.workers)
    if args.json:
        _print_json([dataclasses.asdict(r) for r in results])
        return 0
    for r in results:
        said = r.suggested or _("review")
        date = r.date or (f"{r.date_to_check}?" if r.date_to_check else "")
        language = (r.language or "") + ("?" if r.language and not r.language_sure else "")
        print(f"{said:<11} {r.confidence:>5.2f}  {r.document_type or '':<22} "
              f"{date:<11}  {language:<5}  {Path(r.path).name}")
    scores = score(results)
    if scores.labelled:
        print()
        print(_("precision {p:.1%} ({c}/{n} confident suggestions right), "
                "coverage {cov:.1%} ({n}/{total} not abstained)").format(
                    p=scores.precision, c=scores.correct, n=scores.confident,
                    cov=scores.coverage, total=scores.labelled))
        columns = sorted({s for _t, s in scores.confusion})
        print(f"{_('true'):<11}" + "".join(f"{s[:10]:>11}" for s in columns))
        for truth in sorted({t for t, _s in scores.confusion}):
            print(f"{truth:<11}" + "".join(
                f"{scores.confusion.get((truth, s), 0):>11}" for s in columns))
    _print_truth_figures(results, read_truth(folder) if folder.is_dir() else {})
    return 0


def _print_truth_figures(results: list[Any], truth: dict[str, Any]) -> None:
    """Dates and languages: what can be said without a truth.json, and against it."""
    from desktop_app.core.assistant.evaluation import score_truth

    read = [r for r in results if r.error is None]
    print(_("dates: {sure} suggested as sure, {check} left to check "
            "(a date after a question mark above)").format(
                sure=sum(1 for r in read if r.date), check=sum(1 for r in read
                                                               if r.date_to_check)))
    print(_("languages: set on {n} of {total} files with words ({guessed} a guess from "
            "the case's language)").format(n=sum(1 for r in read if r.language),
                                        total=sum(1 for r in read if r.words),
                                        guessed=sum(1 for r in read
                                                    if r.language and not r.language_sure)))
    if not truth:
        return
    t = score_truth(results, truth)
    print(_("against truth.json ({n} files): dates right {right}/{dated} ({missed} not "
            "given, {wrong} wrong), sure dates given to undated files {undated}, "
            "sure dates in the future or before 1950 {implausible}; languages right "
            "{lang}/{n}, files with words but no language {none}").format(
                n=t.files, right=t.dates_right, dated=t.dated, missed=t.dates_missed,
                wrong=t.dates_wrong, undated=t.undated_given, implausible=t.implausible,
                lang=t.languages_right, none=t.without_language))


def cmd_demo(svc: Services, args: argparse.Namespace) -> int:
    from desktop_app.services.demo import run_demo

    path = run_demo(svc, progress=ProgressBar(_("Reading the sample pages")))
    print(_("The sample packet is ready:"))
    print(path)
    return 0


# --- parser ------------------------------------------------------------------------------------


def _case_options(parser: argparse.ArgumentParser, *, create: bool) -> None:
    parser.add_argument("--name", required=create, help=_("applicant's full name"))
    parser.add_argument("--a-number", dest="a_number", help=_("alien registration number"))
    parser.add_argument("--dob", dest="date_of_birth", help=_("date of birth"))
    parser.add_argument("--address")
    parser.add_argument("--phone")
    parser.add_argument("--email")
    parser.add_argument("--representative", help=_("attorney or accredited representative"))
    parser.add_argument("--relief", help=_("e.g. 'prosecutorial discretion', "
                                            "'deferred action'"))
    parser.add_argument("--key-factors", dest="key_factors",
                        help=_("a short statement of the key factors"))
    parser.add_argument("--in-us-since", dest="in_us_since",
                        help=_("the date the applicant came to the US (e.g. 2014-06-01); "
                               "the review checks residence proofs from then on"))
    parser.add_argument("--json", action="store_true")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="evidence-packet",
        description=_("{app}: turn scans, photos and PDFs into an indexed evidence packet. "
                      "Everything stays on this computer.").format(app=APP_NAME),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", type=Path, help=_("where cases are kept "
                        "(default: your user data folder, or $EVIDENCE_PACKET_HOME)"))
    parser.add_argument("--folder-passphrase-file", metavar="FILE", help=_(
        "the passphrase of a protected data folder, on the first line of FILE ('-': "
        "standard input; default: $EVIDENCE_PACKET_PASSPHRASE_FILE, else asked for)"))
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    case = commands.add_parser("case", help=_("create, change or list cases"))
    case_commands = case.add_subparsers(dest="case_command", required=True, metavar="ACTION")
    create = case_commands.add_parser("create", help=_("start a new case"))
    _case_options(create, create=True)
    create.set_defaults(handler=cmd_case_create)
    update = case_commands.add_parser("update", help=_("change a case's cover-sheet fields"))
    update.add_argument("case", type=int, metavar="ID")
    _case_options(update, create=False)
    update.set_defaults(handler=cmd_case_update)
    listing = case_commands.add_parser("list", help=_("list cases"))
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_case_list)
    from desktop_app import cli_trust

    cli_trust.add_case_delete(case_commands)

    def with_case(name: str, help_text: str, handler: Handler) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text)
        sub.add_argument("--case", type=int, required=True, metavar="ID")
        sub.set_defaults(handler=handler)
        return sub

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

    from desktop_app import cli_export

    cli_export.register(commands, with_case)

    suggest = with_case("suggest", _("show the assistant's suggestions for every document"),
                        cmd_suggest)
    suggest.add_argument("--json", action="store_true")

    accept = with_case("accept", _("confirm a suggestion: tab, date and title"), cmd_accept)
    accept.add_argument("document", type=int, metavar="DOC_ID")
    accept.add_argument("--category", help=_("file it here instead of the suggested tab"))
    accept.add_argument("--all-fields", dest="all_fields", action="store_true",
                        help=_("also replace a date and title you set yourself"))

    translation = with_case("translation", _("mark a document as the translation of another"),
                            cmd_translation)
    translation.add_argument("document", type=int, metavar="TRANSLATION_DOC_ID")
    translation.add_argument("--of", type=int, metavar="ORIGINAL_DOC_ID")
    translation.add_argument("--clear", action="store_true", help=_("unmark it"))

    translator = with_case("translator", _("the translator's details for the certificate"),
                           cmd_translator)
    translator.add_argument("--name")
    translator.add_argument("--address")
    translator.add_argument("--phone", help=_("asked for on the certificate by the EOIR "
                                              "Practice Manual"))
    translator.add_argument("--statement", help=_("of competence, e.g. 'I am fluent in "
                                                  "Spanish and English.'"))
    translator.add_argument("--json", action="store_true")

    language = with_case("language", _("say which language a document is in"), cmd_language)
    language.add_argument("document", type=int, metavar="DOC_ID")
    language.add_argument("language", choices=["en", "es", "fr", "pt", "ht", "other", "auto"],
                          help=_("'auto' lets the assistant tell again"))

    chronology = with_case("chronology", _("the documents in date order"), cmd_chronology)
    chronology.add_argument("--json", action="store_true")

    evaluate = commands.add_parser("evaluate", help=_("measure the assistant on a folder of "
                                                      "files named <category>--<name>"))
    evaluate.add_argument("folder", metavar="DIR")
    evaluate.add_argument("--workers", type=int)
    evaluate.add_argument("--json", action="store_true")
    evaluate.set_defaults(handler=cmd_evaluate)

    demo = commands.add_parser("demo", help=_("build a sample case and export its packet"))
    demo.set_defaults(handler=cmd_demo)

    from desktop_app import cli_record

    cli_record.register(commands, with_case)
    from desktop_app import cli_review

    cli_review.register(commands, with_case)
    from desktop_app import cli_redact

    cli_redact.register(commands, with_case)
    cli_trust.register(commands, with_case)
    from desktop_app import cli_protect

    cli_protect.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command. Everything it prints goes through ``core.controls``: names, titles
    and file names from elsewhere never send control characters to the terminal."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = TerminalStream(out), TerminalStream(err)
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = out, err


def _main(argv: Sequence[str] | None) -> int:
    set_language()
    parser = build_parser()
    args = parser.parse_args(argv)
    from desktop_app import cli_protect

    try:
        folder_handler = getattr(args, "folder_handler", None)
        if folder_handler is not None:  # works on the folder itself, with nothing open
            return int(folder_handler(Path(args.data_dir or default_data_dir()), args))
        cli_protect.unlock(args)
        svc = Services.open(args.data_dir)
    except AppError as exc:
        print(_("error: {message}").format(message=exc), file=sys.stderr)
        return 1
    try:
        return int(args.handler(svc, args))
    except AppError as exc:
        print(_("error: {message}").format(message=exc), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(_("Stopped. Finished work is saved; run the command again to go on."),
              file=sys.stderr)
        return 130
    finally:
        svc.close()


if __name__ == "__main__":
    sys.exit(main())
