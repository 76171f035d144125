"""Command line for trust: ``verify``, ``archive``, ``restore`` and ``case delete``.

A thin layer over ``desktop_app.services.trust``.
"""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import json
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.errors import InvalidInputError
from desktop_app.i18n import _
from desktop_app.services import Services, trust

Handler = Callable[[Services, argparse.Namespace], int]
WithCase = Callable[[str, str, Handler], argparse.ArgumentParser]
LOST_PASSPHRASE = _("Keep the passphrase safe: if it is lost, the archive cannot be opened "
                    "by anyone, and it cannot be recovered.")


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _interactive() -> bool:
    return sys.stdin.isatty()


def _read_passphrase_file(path: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise InvalidInputError(
            _("Cannot read the passphrase file {path}: {error}").format(
                path=path, error=exc.strerror or exc)) from exc
    passphrase = text.splitlines()[0] if text.splitlines() else ""
    if not passphrase:
        raise InvalidInputError(_("The passphrase file {path} is empty.").format(path=path))
    return passphrase


def _ask_new_passphrase() -> str:
    if not _interactive():
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


def cmd_verify(svc: Services, args: argparse.Namespace) -> int:
    problems = trust.verify(svc)
    to_fix = trust.problems_to_fix(problems)
    if args.json:
        _print_json({"ok": not to_fix,
                     "problems": [dataclasses.asdict(p) for p in problems]})
        return 1 if to_fix else 0
    for problem in problems:
        label = _("fixed  ") if problem.fixed else _("problem")
        print(f"{label}  {problem.message}")
        if problem.hint and not problem.fixed:
            print(_("         what to do: {hint}").format(hint=problem.hint))
    if to_fix:
        print(_("{n} problem(s) need your attention.").format(n=len(to_fix)))
        return 1
    print(_("All is well: every stored file matches its checksum and the database is "
            "sound."))
    return 0


def cmd_archive(svc: Services, args: argparse.Namespace) -> int:
    passphrase = None
    if args.passphrase_file:
        passphrase = _read_passphrase_file(args.passphrase_file)
    elif args.encrypt:
        passphrase = _ask_new_passphrase()
    result = trust.archive_case(svc, args.case, Path(args.out), passphrase)
    if args.json:
        _print_json({"path": str(result.path), "case": result.case_id, "files": result.files,
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
        passphrase = _read_passphrase_file(args.passphrase_file)
    elif trust.archive_is_sealed(path):
        if not _interactive():
            raise InvalidInputError(
                _("{name} is protected by a passphrase.").format(name=path.name),
                _("Give it with --passphrase-file FILE."))
        passphrase = getpass.getpass(_("Passphrase of {name}: ").format(name=path.name))
    case = trust.restore_archive(svc, path, passphrase)
    if args.json:
        _print_json(dataclasses.asdict(case))
    else:
        print(_("Restored case {id}: {name}").format(id=case.id, name=case.name))
    return 0


def cmd_case_delete(svc: Services, args: argparse.Namespace) -> int:
    contents = trust.case_contents(svc, args.case)
    summary = _("Case {id} “{name}”: {docs} document(s), {pages} page(s), {files} stored "
                "file(s) of its own, and everything derived from them.").format(
        id=contents.case_id, name=contents.name, docs=contents.documents,
        pages=contents.pages, files=contents.files)
    if not args.yes:
        if not _interactive():
            raise InvalidInputError(_("Deleting a case cannot be undone."),
                                    _("Add --yes to delete it without being asked."))
        print(summary)
        answer = input(_("Delete it for good? This cannot be undone. Type yes to delete: "))
        if _plain(answer) not in ("yes", _plain(_("yes"))):
            print(_("Nothing was deleted."))
            return 1
    trust.delete_case(svc, args.case)
    print(_("Deleted case {id} “{name}”.").format(id=contents.case_id, name=contents.name))
    return 0


def add_case_delete(case_commands: Any) -> None:
    """``case delete ID [--yes]`` (``case_commands`` is the ``case`` subparsers)."""
    delete = case_commands.add_parser(
        "delete", help=_("delete a case, its originals and everything derived from them"))
    delete.add_argument("case", type=int, metavar="ID")
    delete.add_argument("--yes", action="store_true", help=_("do not ask first"))
    delete.set_defaults(handler=cmd_case_delete)


def register(commands: Any, with_case: WithCase) -> None:
    verify = commands.add_parser(
        "verify", help=_("check every stored file against its checksum, and the database"))
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(handler=cmd_verify)

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


def _plain(text: str) -> str:
    """Lower case without accents: "Sí", "si" and "SI" are the same answer."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
