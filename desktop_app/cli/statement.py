"""The written parts on the command line: the applicant's statement, the cover letter,
who signs.

    statement --case ID --file F [--language es --english-file F2] [--reads-english no]
              [--translator NAME --translator-address A --translator-phone P]
    statement --case ID --show [--json]       the statement with its citations resolved
    statement --case ID --template            an empty statement file to start from
    cover-letter --case ID [--recipient opla|field-office|court --office O
                 --office-address A --hearing-date D --relief R --off] [--json]
    signing --case ID [--name N --role self|representative --date D --details T]

The statement file is plain UTF-8 text; see ``FILE_HELP``.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli.common import WithCase, print_json
from desktop_app.core.statement import (
    SECTION_KEYS,
    SECTION_TITLES,
    StatementFileError,
    find_citations,
    format_sections,
    parse_sections,
    resolve,
)
from desktop_app.errors import InvalidInputError
from desktop_app.i18n import _
from desktop_app.services import Services
from desktop_app.services.statements import CoverLetter, Signing, Statement

MAX_FILE_BYTES = 1_000_000


def file_help() -> str:
    return _(
        "The statement file is plain text (UTF-8). A line '## Residence' starts a section, "
        "named by its key or its title: residence, family, work, community, hardship, "
        "compliance, unfavourable (Spanish titles work too, e.g. '## Familia'). Text before "
        "the first heading is refused (lines starting with a single '#' are comments). "
        "Cite a document as [[doc:12]], or one of its pages as [[doc:12 p.3]] (the "
        "document's number from 'documents --case ID'; pages counted from 1); the packet "
        "prints 'Exhibit B-2, p. 3 [packet page 27]' as the exhibits stand when it is "
        "exported. '--template' prints an empty file to fill in.")


def _read(path: str) -> str:
    try:
        data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1) if path == "-" else \
            Path(path).read_bytes()
    except OSError as exc:
        raise InvalidInputError(
            _("Cannot read {path}: {error}").format(path=path, error=exc.strerror or exc),
            _("Check the file's name and that you may read it.")) from exc
    if len(data) > MAX_FILE_BYTES:
        raise InvalidInputError(_("{path} is larger than a statement can be (1 MB).").format(
            path=path), _("Give the statement's text file, not a document."))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInputError(
            _("{path} is not plain UTF-8 text.").format(path=path),
            _("Save it as plain text (UTF-8), e.g. from a text editor.")) from exc


def _sections(path: str) -> dict[str, str]:
    try:
        return parse_sections(_read(path))
    except StatementFileError as exc:
        if exc.kind == "text-before-heading":
            raise InvalidInputError(
                _("Line {n} of {path} comes before any section heading: “{text}”.").format(
                    n=exc.line, path=path, text=exc.detail),
                _("Start each section with a heading line such as “## Residence” (see "
                  "statement --help).")) from exc
        if exc.kind == "repeated-section":
            raise InvalidInputError(
                _("Line {n} of {path} starts the section “{name}” a second time.").format(
                    n=exc.line, path=path, name=exc.detail),
                _("Put all the text of one section under one heading.")) from exc
        raise InvalidInputError(
            _("Line {n} of {path}: “{name}” is not a section of the statement.").format(
                n=exc.line, path=path, name=exc.detail),
            _("Use one of: {keys}.").format(keys=", ".join(SECTION_KEYS))) from exc


def cmd_statement(svc: Services, args: argparse.Namespace) -> int:
    if args.template:
        print(format_sections({}), end="")
        return 0
    if args.file is None and args.english_file is None and not args.show and not any(
            v is not None for v in (args.language, args.reads_english, args.translator,
                                    args.translator_address, args.translator_phone)):
        raise InvalidInputError(_("Give --file F to store a statement, or --show to print "
                                  "it."), _("See statement --help for the file's form."))
    stored = svc.statements.get(args.case)
    changed = dataclasses.replace(
        stored,
        sections=_sections(args.file) if args.file is not None else stored.sections,
        english=_sections(args.english_file) if args.english_file is not None
        else stored.english,
        language=args.language or stored.language,
        reads_english=stored.reads_english if args.reads_english is None
        else args.reads_english == "yes",
        translator=stored.translator if args.translator is None else args.translator,
        translator_address=stored.translator_address if args.translator_address is None
        else args.translator_address,
        translator_phone=stored.translator_phone if args.translator_phone is None
        else args.translator_phone)
    if changed != stored:
        svc.statements.save(changed)
        if not args.show:
            filled = svc.statements.get(args.case).filled()
            print(_("Stored the statement of case {case}: {n} section(s) with text.").format(
                case=args.case, n=len(filled)))
            return 0
    _show(svc, args.case, args.json)
    return 0


def _show(svc: Services, case_id: int, as_json: bool) -> None:
    statement = svc.statements.get(case_id)
    label = svc.statements.labeler(case_id)
    if as_json:
        print_json(statement_json(statement, label))
        return
    print(_("Statement of case {case} ({language}){reads}").format(
        case=case_id, language=_("Spanish") if statement.language == "es" else _("English"),
        reads="" if statement.reads_english else
        _("; the applicant does not read English")))
    for key in SECTION_KEYS:
        text = statement.sections.get(key, "")
        print()
        print(f"## {_(SECTION_TITLES[key])}")
        print(resolve(text, label) if text else _("(empty)"))
        english = statement.english.get(key, "")
        if statement.language != "en" and (text or english):
            print(_("-- English translation --"))
            print(resolve(english, label) if english else _("(missing)"))


def statement_json(statement: Statement, label: Any) -> dict[str, Any]:
    def part(text: str) -> dict[str, Any]:
        return {"text": text, "resolved": resolve(text, label), "citations": [
            {"document_id": c.document_id, "page": c.page, "label": label(c)}
            for _s, _e, c in find_citations(text)]}

    return {
        "case_id": statement.case_id, "language": statement.language,
        "reads_english": statement.reads_english, "translator": statement.translator,
        "translator_address": statement.translator_address,
        "translator_phone": statement.translator_phone,
        "sections": [{"key": key, "title": _(SECTION_TITLES[key]),
                      **part(statement.sections.get(key, "")),
                      "english": part(statement.english.get(key, ""))
                      if statement.language != "en" else None}
                     for key in SECTION_KEYS],
    }


# --- the cover letter -----------------------------------------------------------------------


def cmd_cover_letter(svc: Services, args: argparse.Namespace) -> int:
    letter = svc.statements.cover_letter(args.case)
    settings = {
        "recipient": args.recipient.replace("-", "_") if args.recipient else None,
        "office": args.office, "office_address": args.office_address,
        "hearing_date": args.hearing_date, "relief": args.relief,
        "favourable": _read(args.favourable_file).strip() if args.favourable_file else None,
        "unfavourable": _read(args.unfavourable_file).strip() if args.unfavourable_file
        else None,
    }
    given = {k: v for k, v in settings.items() if v is not None}
    if args.draft_again:
        draft = svc.statements.draft_cover_letter(args.case)
        given = {"favourable": draft.favourable, "unfavourable": draft.unfavourable,
                 "relief": draft.relief, **given}
    if given or args.off or args.on:
        letter = dataclasses.replace(letter, **given, enabled=not args.off)
        svc.statements.save_cover_letter(args.case, letter)
        letter = svc.statements.cover_letter(args.case)
    label = svc.statements.labeler(args.case)
    if args.json:
        print_json({**dataclasses.asdict(letter),
                    "favourable_resolved": resolve(letter.favourable, label),
                    "unfavourable_resolved": resolve(letter.unfavourable, label)})
        return 0
    _print_letter(letter, label)
    return 0


def _print_letter(letter: CoverLetter, label: Any) -> None:
    recipients = {"opla": _("ICE Office of the Principal Legal Advisor (OPLA)"),
                  "field_office": _("an ICE field office"), "court": _("the immigration court")}
    print(_("Cover letter: {state}").format(
        state=_("on (first in the packet)") if letter.enabled else _("off")))
    print(_("To: {recipient}").format(recipient=recipients.get(letter.recipient,
                                                               letter.recipient)))
    for name, value in ((_("Office"), letter.office), (_("Address"), letter.office_address),
                        (_("Next hearing"), letter.hearing_date),
                        (_("Relief sought"), letter.relief)):
        if value:
            print(f"{name}: {value}")
    print()
    print(_("Favorable factors:"))
    print(resolve(letter.favourable, label) or _("(none)"))
    print()
    print(_("Unfavorable factors and their explanation:"))
    print(resolve(letter.unfavourable, label) or _("(none)"))


# --- signing ----------------------------------------------------------------------------------


def cmd_signing(svc: Services, args: argparse.Namespace) -> int:
    signing = svc.statements.signing(args.case)
    given = {k: v for k, v in (("name", args.name), ("role", args.role),
                               ("signed_on", args.date),
                               ("representative_details", args.details)) if v is not None}
    if given:
        svc.statements.save_signing(args.case, dataclasses.replace(signing, **given))
        signing = svc.statements.signing(args.case)
    service = svc.statements.service(args.case)
    if args.json:
        print_json({"signing": dataclasses.asdict(signing),
                    "service": dataclasses.asdict(service)})
        return 0
    _print_signing(signing)
    print(_("Certificate of service: {method}").format(method=service.method) +
          (f" — {service.served_on}" if service.served_on else ""))
    return 0


def _print_signing(signing: Signing) -> None:
    print(_("Signed by: {name} ({role})").format(
        name=signing.name, role=_("self-represented") if signing.role == "self"
        else _("representative")))
    print(_("Date: {date}").format(date=signing.signed_on or _("the day of the export")))
    if signing.representative_details:
        print(signing.representative_details)


def register(commands: Any, with_case: WithCase) -> None:
    st = with_case("statement", _("store or show the applicant's statement"), cmd_statement)
    st.description = file_help()
    st.add_argument("--file", metavar="F", help=_("the statement as a text file ('-': "
                                                 "standard input)"))
    st.add_argument("--language", choices=["en", "es"],
                    help=_("the language it is written in (default: as stored, else en)"))
    st.add_argument("--english-file", dest="english_file", metavar="F2",
                    help=_("its English translation, in the same form (for --language es)"))
    st.add_argument("--reads-english", dest="reads_english", choices=["yes", "no"],
                    help=_("no: the statement was read to the applicant in Spanish; a "
                           "certificate of interpretation is added"))
    st.add_argument("--translator", help=_("who translated or read it to the applicant"))
    st.add_argument("--translator-address", dest="translator_address")
    st.add_argument("--translator-phone", dest="translator_phone")
    st.add_argument("--show", action="store_true",
                    help=_("print it, with the citations as the exhibits stand now"))
    st.add_argument("--template", action="store_true",
                    help=_("print an empty statement file to fill in"))
    st.add_argument("--json", action="store_true")

    letter = with_case("cover-letter", _("set or show the cover letter (first in the "
                                         "packet)"), cmd_cover_letter)
    letter.add_argument("--recipient", choices=["opla", "field-office", "court"])
    letter.add_argument("--office", help=_("e.g. 'ICE OPLA Houston'"))
    letter.add_argument("--office-address", dest="office_address")
    letter.add_argument("--hearing-date", dest="hearing_date", metavar="DATE")
    letter.add_argument("--relief", help=_("the relief sought (default: the case's)"))
    letter.add_argument("--favourable-file", dest="favourable_file", metavar="F",
                        help=_("the favorable factors as text (default: drawn from the "
                               "case)"))
    letter.add_argument("--unfavourable-file", dest="unfavourable_file", metavar="F",
                        help=_("the unfavorable factors and their explanation (default: "
                               "the statement's section)"))
    letter.add_argument("--draft-again", dest="draft_again", action="store_true",
                        help=_("draw the relief and both sides from the case again"))
    switch = letter.add_mutually_exclusive_group()
    switch.add_argument("--on", action="store_true", help=_("put the letter in the packet"))
    switch.add_argument("--off", action="store_true",
                        help=_("leave the letter out of the packet (it is kept)"))
    letter.add_argument("--json", action="store_true")

    sign = with_case("signing", _("set or show who signs the packet"), cmd_signing)
    sign.add_argument("--name")
    sign.add_argument("--role", choices=["self", "representative"])
    sign.add_argument("--date", metavar="DATE", help=_("the date it is signed (default: the "
                                                      "day of the export)"))
    sign.add_argument("--details", help=_("a representative's EOIR ID or bar number and "
                                          "address"))
    sign.add_argument("--json", action="store_true")
