"""``case create``, ``case update``, ``case list`` and ``case delete``."""

from __future__ import annotations

import argparse
from typing import Any

from desktop_app.cli.common import case_json, interactive, plain, print_json
from desktop_app.core.models import CASE_FIELDS
from desktop_app.errors import InvalidInputError
from desktop_app.i18n import _, count_of
from desktop_app.services import Services


def cmd_case_create(svc: Services, args: argparse.Namespace) -> int:
    fields = {name: getattr(args, name) or "" for name in CASE_FIELDS}
    case = svc.create_case(**fields)
    if args.json:
        print_json({"id": case.id, **case_json(case)})
    else:
        print(_("Created case {id}: {name}").format(id=case.id, name=case.name))
    return 0


def cmd_case_update(svc: Services, args: argparse.Namespace) -> int:
    fields = {n: getattr(args, n) for n in CASE_FIELDS if getattr(args, n) is not None}
    case = svc.update_case(args.case, **fields)
    if args.json:
        print_json(case_json(case))
    else:
        print(_("Updated case {id}: {name}").format(id=case.id, name=case.name))
    return 0


def cmd_case_list(svc: Services, args: argparse.Namespace) -> int:
    found = svc.list_cases()
    if args.json:
        print_json([case_json(c) for c in found])
    elif not found:
        print(_("No cases yet. Create one with: evidence-packet case create --name NAME"))
    else:
        for case in found:
            docs = len(svc.list_documents(case.id))
            print(f"{case.id:>4}  {case.name}  ({docs} {_('documents')})")
    return 0


def cmd_case_delete(svc: Services, args: argparse.Namespace) -> int:
    contents = svc.case_contents(args.case)
    summary = _("Case {id} “{name}”: {docs}, {pages}, {files} stored of its own, and "
                "everything derived from them.").format(
        id=contents.case_id, name=contents.name, docs=count_of("document", contents.documents),
        pages=count_of("page", contents.pages), files=count_of("file", contents.files))
    if not args.yes:
        if not interactive():
            raise InvalidInputError(_("Deleting a case cannot be undone."),
                                    _("Add --yes to delete it without being asked."))
        print(summary)
        answer = input(_("Delete it for good? This cannot be undone. Type yes to delete: "))
        if plain(answer) not in ("yes", plain(_("yes"))):
            print(_("Nothing was deleted."))
            return 1
    svc.delete_case(args.case)
    print(_("Deleted case {id} “{name}”.").format(id=contents.case_id, name=contents.name))
    return 0


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


def register(commands: Any) -> None:
    """``case`` and its actions."""
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
    delete = case_commands.add_parser(
        "delete", help=_("delete a case, its originals and everything derived from them"))
    delete.add_argument("case", type=int, metavar="ID")
    delete.add_argument("--yes", action="store_true", help=_("do not ask first"))
    delete.set_defaults(handler=cmd_case_delete)
