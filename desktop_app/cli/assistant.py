"""The evidence assistant on the command line: suggestions, accepting them, translations
and the translator, a document's language, the chronology, and measuring the assistant
(``evaluate``)."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path
from typing import Any

from desktop_app.cli.common import WithCase, print_json
from desktop_app.core.assistant.evaluation import date_split, read_truth, score, score_truth
from desktop_app.core.assistant.knowledge import category_label, language_label
from desktop_app.core.assistant.models import DocumentSuggestion
from desktop_app.core.models import Document
from desktop_app.errors import InvalidInputError
from desktop_app.i18n import _
from desktop_app.services import Services
from desktop_app.services.evaluation import evaluate


def _suggestion_json(doc: Document, found: DocumentSuggestion | None) -> dict[str, Any]:
    s = found.suggestion if found else None
    return {
        "id": doc.id,
        "suggested": s.category if s else None,
        "confidence": s.confidence if s else None,
        "best_guess": s.best_guess if s else None,
        "evidence": list(s.evidence) if s else [],
        "worded": list(s.worded) if s else [],
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
    svc.assistant.suggest_ready_documents(args.case)
    rows = svc.assistant.suggestions(args.case)
    if args.json:
        print_json([_suggestion_json(doc, found) for doc, found in rows])
        return 0
    if not rows:
        print(_("No documents yet. Add some with: evidence-packet import --case ID FILE..."))
    for doc, found in rows:
        if found is None:
            print(f"{doc.id:>4}  {_('pages still being read'):<20}  {doc.title}")
            continue
        s = found.suggestion
        label = category_label(s.category)
        # A review's sureness is its hint's, not a filing's: the hint is said in words.
        sure = f"{round(s.confidence * 100)}%" if s.category is not None else ""
        mark = _("accepted") if found.accepted else ""
        print(f"{doc.id:>4}  {label:<20} {sure:>4}  {s.title}  {mark}".rstrip())
        print(f"      {s.reason}")
        extra = [_("perhaps {tab}").format(tab=category_label(s.best_guess))] \
            if s.category is None and s.best_guess else []
        if s.date_sure or not s.date:
            extra.append(_("date: {date}").format(date=s.date or _("not sure")))
        else:
            extra.append(_("date: {date}? check it").format(date=s.date))
        language = language_label(s.language)
        extra.append(_("language: {language}").format(
            language=language if s.language_sure or not s.language
            else _("{language}? a guess").format(language=language)))
        if s.needs_translation:
            extra.append(_("needs a certified English translation"))
        print("      " + "; ".join(extra))
    return 0


def cmd_accept(svc: Services, args: argparse.Namespace) -> int:
    doc = svc.assistant.accept(args.case, args.document, category=args.category,
                           all_fields=args.all_fields)
    print(_("Document {id} is now under {tab}, dated {date}, titled “{title}”.").format(
        id=doc.id, tab=doc.category or _("not filed"), date=doc.date or _("(none)"),
        title=doc.title))
    return 0


def cmd_translation(svc: Services, args: argparse.Namespace) -> int:
    if args.clear:
        svc.assistant.clear_translation(args.case, args.document)
        print(_("Document {id} is no longer marked as a translation.").format(
            id=args.document))
        return 0
    if args.of is None:
        raise InvalidInputError(_("Say which document it translates with --of DOC_ID "
                                  "(or --clear to unmark it)."))
    svc.assistant.pair_translation(args.case, args.document, args.of)
    print(_("Document {id} is the translation of document {original}; it will follow it "
            "in the packet.").format(id=args.document, original=args.of))
    if svc.assistant.get_translator(args.case) is None:
        print(_("Add the translator's details (evidence-packet translator --case {case} "
                "--name ...) to include the certificate of translation.").format(
                    case=args.case))
    return 0


def cmd_translator(svc: Services, args: argparse.Namespace) -> int:
    if args.name is None:
        found = svc.assistant.get_translator(args.case)
        if args.json:
            print_json(dataclasses.asdict(found) if found else None)
        elif found is None:
            print(_("No translator yet. Add one with --name, --address, --phone and "
                    "--statement."))
        else:
            print(f"{found.name}\n{found.address}\n{found.phone}\n{found.statement}".strip())
        return 0
    saved = svc.assistant.set_translator(args.case, name=args.name,
                                     address=args.address or "",
                                     statement=args.statement or "",
                                     phone=args.phone or "")
    if args.json:
        print_json(dataclasses.asdict(saved))
    else:
        print(_("Translator for case {case}: {name}").format(case=args.case, name=saved.name))
    return 0


def cmd_language(svc: Services, args: argparse.Namespace) -> int:
    code = None if args.language == "auto" else args.language
    doc = svc.assistant.set_language(args.case, args.document, code)
    print(_("Document {id} is in {language}.").format(id=doc.id,
                                                      language=language_label(doc.language)))
    return 0


def cmd_chronology(svc: Services, args: argparse.Namespace) -> int:
    rows = svc.assistant.chronology(args.case)
    if args.json:
        print_json([dataclasses.asdict(r) for r in rows])
        return 0
    if not rows:
        print(_("No documents yet. Add some with: evidence-packet import --case ID FILE..."))
    for r in rows:
        print(f"{r.date or _('undated'):<10}  {r.exhibit_id or '':<18}  {r.tab_title:<12}  "
              f"{r.title}")
    return 0


def cmd_evaluate(svc: Services, args: argparse.Namespace) -> int:
    folder = Path(args.folder)
    if not folder.exists():
        raise InvalidInputError(_("There is no file or folder {path}.").format(path=folder))
    results = evaluate([folder], workers=args.workers)
    if args.json:
        print_json([dataclasses.asdict(r) for r in results])
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
    print(date_split(t))


def register(commands: Any, with_case: WithCase) -> None:
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

