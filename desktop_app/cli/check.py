"""``verify``: check the data folder (every stored file against its checksum, the
database) and say what needs the user."""

from __future__ import annotations

import argparse
import dataclasses
from typing import Any

from desktop_app.cli.common import print_json
from desktop_app.i18n import _
from desktop_app.services import Services
from desktop_app.services.check import problems_to_fix


def cmd_verify(svc: Services, args: argparse.Namespace) -> int:
    problems = svc.check.verify()
    to_fix = problems_to_fix(problems)
    if args.json:
        print_json({"ok": not to_fix,
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


def register(commands: Any) -> None:
    verify = commands.add_parser(
        "verify", help=_("check every stored file against its checksum, and the database"))
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(handler=cmd_verify)
