"""Command line for a data folder protected with a passphrase: ``protect``,
``change-passphrase``, and unlocking the folder before any other command.

The folder's passphrase comes from ``--folder-passphrase-file FILE`` (or the file named
by $EVIDENCE_PACKET_PASSPHRASE_FILE), else it is asked for on the terminal.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from desktop_app.cli.common import read_passphrase_file
from desktop_app.core.controls import unfiltered
from desktop_app.errors import InvalidInputError, LockedError, WrongPassphraseError
from desktop_app.i18n import _
from desktop_app.paths import default_data_dir
from desktop_app.services import protection

ENV_FILE = "EVIDENCE_PACKET_PASSPHRASE_FILE"
LOST = _("If you lose this passphrase, nobody can open these cases again: not you, not "
         "us, not a clinic. There is no reset. Write it down and keep it somewhere safe.")


def _given_file(args: argparse.Namespace) -> str | None:
    return args.folder_passphrase_file or os.environ.get(ENV_FILE) or None


def unlock(args: argparse.Namespace) -> None:
    """Unlock the data folder for this run when it is protected."""
    root = Path(args.data_dir or default_data_dir())
    if not protection.is_protected(root):
        return
    given = _given_file(args)
    if given:
        protection.unlock(root, read_passphrase_file(given))
        return
    if not sys.stdin.isatty():
        raise LockedError(
            _("The data folder {path} is protected with a passphrase.").format(path=root),
            _("Give it with --folder-passphrase-file FILE, or run the command in a "
              "terminal to type it."))
    for attempt in range(3):
        try:
            protection.unlock(root, getpass.getpass(_("Passphrase of the data folder: ")))
            return
        except WrongPassphraseError as exc:
            if attempt == 2:
                raise
            print(exc, file=sys.stderr)


def _new_passphrase(args: argparse.Namespace) -> str:
    if args.new_passphrase_file:
        passphrase = read_passphrase_file(args.new_passphrase_file)
        protection.check_passphrase(passphrase)
        return passphrase
    if not sys.stdin.isatty():
        raise InvalidInputError(_("There is no terminal to ask for the new passphrase on."),
                                _("Use --new-passphrase-file FILE."))
    print(LOST, file=sys.stderr)
    first = getpass.getpass(_("New passphrase: "))
    protection.check_passphrase(first)
    if getpass.getpass(_("The same passphrase again: ")) != first:
        raise InvalidInputError(_("The two passphrases differ; nothing was changed."),
                                _("Run the command again."))
    return first


def cmd_protect(root: Path, args: argparse.Namespace) -> int:
    passphrase = _new_passphrase(args)

    def progress(done: int, total: int, _label: str) -> None:
        if sys.stderr.isatty():
            print(f"\r{_('Encrypting')} {done}/{total}", end="", flush=True,
                  file=unfiltered(sys.stderr))  # its own CR, past the filter

    summary = protection.protect(root, passphrase, progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(_("The data folder {path} is now protected: its database and {n} stored file(s) "
            "are encrypted ({s:.1f} s). Every command and the window will ask for the "
            "passphrase.").format(path=root, n=summary.originals + summary.other_files,
                                  s=summary.seconds))
    print(LOST)
    print(_("Packets you export are not encrypted: keep them somewhere safe too."))
    return 0


def cmd_change_passphrase(root: Path, args: argparse.Namespace) -> int:
    if not protection.is_protected(root):
        raise InvalidInputError(_("This data folder has no passphrase yet."),
                                _("Protect it with: evidence-packet protect"))
    given = _given_file(args)
    if given:
        old = read_passphrase_file(given)
    elif sys.stdin.isatty():
        old = getpass.getpass(_("Current passphrase: "))
    else:
        raise InvalidInputError(_("There is no terminal to ask for the current passphrase "
                                  "on."), _("Use --folder-passphrase-file FILE."))
    new = _new_passphrase(args)
    protection.change_passphrase(root, old, new)
    print(_("The passphrase is changed; the old one no longer opens the data folder."))
    print(LOST)
    return 0


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    protect = commands.add_parser("protect", help=_(
        "encrypt this data folder with a passphrase (database, originals, page images)"))
    protect.add_argument("--new-passphrase-file", metavar="FILE",
                         help=_("read the new passphrase from the first line of FILE"))
    protect.set_defaults(folder_handler=cmd_protect)
    change = commands.add_parser("change-passphrase",
                                 help=_("change the passphrase of a protected data folder"))
    change.add_argument("--new-passphrase-file", metavar="FILE",
                        help=_("read the new passphrase from the first line of FILE"))
    change.set_defaults(folder_handler=cmd_change_passphrase)
