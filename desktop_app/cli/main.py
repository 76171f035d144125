"""The command line: a thin layer over ``desktop_app.services``. Each command's module
(``cli/cases.py``, ``cli/documents.py``, ``cli/export.py`` ...) adds its parsers here.

A user error prints one line (what happened and what to do) and exits 1; never a
traceback. ``--json`` output is stable: scripts and tests rely on its field names.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop_app import APP_NAME, __version__
from desktop_app.cli import (
    archive,
    assistant,
    cases,
    check,
    documents,
    export,
    protection,
    record,
    redaction,
    review,
    statement,
)
from desktop_app.cli.common import Handler, ProgressBar
from desktop_app.core.controls import TerminalStream
from desktop_app.errors import AppError
from desktop_app.i18n import _, set_language
from desktop_app.paths import default_data_dir, keep_files_private
from desktop_app.services import Services
from desktop_app.services.demo import run_demo


def cmd_demo(svc: Services, args: argparse.Namespace) -> int:
    path = run_demo(svc, progress=ProgressBar(_("Reading the sample pages")))
    print(_("The sample packet is ready:"))
    print(path)
    return 0


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

    def with_case(name: str, help_text: str, handler: Handler) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text)
        sub.add_argument("--case", type=int, required=True, metavar="ID")
        sub.set_defaults(handler=handler)
        return sub

    cases.register(commands)
    documents.register(commands, with_case)
    export.register(commands, with_case)
    statement.register(commands, with_case)
    assistant.register(commands, with_case)
    demo = commands.add_parser("demo", help=_("build a sample case and export its packet"))
    demo.set_defaults(handler=cmd_demo)
    record.register(commands, with_case)
    review.register(commands, with_case)
    redaction.register(commands, with_case)
    check.register(commands)
    archive.register(commands, with_case)
    protection.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command. Everything it prints goes through ``core.controls``: names, titles
    and file names from elsewhere never send control characters to the terminal."""
    keep_files_private()
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
    try:
        folder_handler = getattr(args, "folder_handler", None)
        if folder_handler is not None:  # works on the folder itself, with nothing open
            return int(folder_handler(Path(args.data_dir or default_data_dir()), args))
        protection.unlock(args)
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
