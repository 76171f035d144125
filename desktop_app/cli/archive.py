"""Case archives on the command line: ``archive`` (save a case as one file, optionally
protected by a passphrase) and ``restore``."""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli.common import WithCase, interactive, print_json, read_passphrase_file
from desktop_app.errors import InvalidInputError
from desktop_app.i18n import _
from desktop_app.services import Services, archive

LOST_PASSPHRASE = _("Keep the passphrase safe: if it is lost, the archive cannot be opened "
                    "by anyone, and it cannot be recovered.")


def _ask_new_passphrase() -> str:
    if not interactive():
        raise InvalidInputError(
            _("--encrypt asks for a passphrase, but there is no terminal to ask on."),
            _("Use --passphrase-file FILE instead."))
    print(LOST_PASSPHRASE, file=sys.stderr)
    first = getpass.getpass(_("Passphrase: "))
    if len(first) < 8:
        raise InvalidInputError(_("A passphrase needs at least 8 characters."),
                                _("A few unrelated words make a strong one."))
    if getpass.getpass(_("The same passphrase again: ")) != first:
        raise InvalidInputError(_("The two passphrases differ; nothing was written."),
                                _("Run the command again."))
    return first


def cmd_archive(svc: Services, args: argparse.Namespace) -> int:
    passphrase = None
    if args.passphrase_file:
        passphrase = read_passphrase_file(args.passphrase_file)
    elif args.encrypt:
        passphrase = _ask_new_passphrase()
    result = svc.archive.save(args.case, Path(args.out), passphrase)
    if args.json:
        print_json({"path": str(result.path), "case": result.case_id, "files": result.files,
                     "bytes": result.bytes, "encrypted": result.encrypted})
    else:
        print(_("Wrote {path}: case {case}, {files} file(s), {mb:.1f} MB{sealed}.").format(
            path=result.path, case=result.case_id, files=result.files,
            mb=result.bytes / 1e6, sealed=_(", encrypted") if result.encrypted else ""))
    return 0


def cmd_restore(svc: Services, args: argparse.Namespace) -> int:
    path = Path(args.file)
    passphrase = None
    if args.passphrase_file:
        passphrase = read_passphrase_file(args.passphrase_file)
    elif archive.is_sealed(path):
        if not interactive():
            raise InvalidInputError(
                _("{name} is protected by a passphrase.").format(name=path.name),
                _("Give it with --passphrase-file FILE."))
        passphrase = getpass.getpass(_("Passphrase of {name}: ").format(name=path.name))
    case = svc.archive.restore(path, passphrase)
    if args.json:
        print_json(dataclasses.asdict(case))
    else:
        print(_("Restored case {id}: {name}").format(id=case.id, name=case.name))
    return 0


def register(commands: Any, with_case: WithCase) -> None:
    archive = with_case("archive", _("save a case as one archive file (to move or back "
                                     "it up)"), cmd_archive)
    archive.add_argument("--out", required=True, metavar="FILE")
    secret = archive.add_mutually_exclusive_group()
    secret.add_argument("--encrypt", action="store_true",
                        help=_("protect it with a passphrase (asked twice)"))
    secret.add_argument("--passphrase-file", dest="passphrase_file", metavar="F",
                        help=_("protect it with the passphrase on the first line of F"))
    archive.add_argument("--json", action="store_true")

    restore = commands.add_parser("restore", help=_("add the case in an archive file"))
    restore.add_argument("file", metavar="FILE")
    restore.add_argument("--passphrase-file", dest="passphrase_file", metavar="F")
    restore.add_argument("--json", action="store_true")
    restore.set_defaults(handler=cmd_restore)
