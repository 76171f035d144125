"""``evidence-packet review``: the case review on the command line.

    review --case ID [--json] [--all]          list the findings
    review --case ID --dismiss KEY --reason T   set a finding aside, with the reason
    review --case ID --restore KEY              show it again
    review --case ID --medical-months N --pay-stub-months N   set the currency windows
"""

from __future__ import annotations

import argparse
from typing import Any

from desktop_app.cli.common import WithCase, print_json
from desktop_app.core.review import Finding, summary
from desktop_app.errors import InvalidInputError
from desktop_app.i18n import _
from desktop_app.services import Services

SEVERITY_LABELS = {"problem": "PROBLEM", "warning": "warning", "tip": "tip"}


def finding_json(finding: Finding) -> dict[str, Any]:
    shown: dict[str, Any] = {
        "code": finding.code, "severity": finding.severity, "message": finding.message,
        "document_id": finding.document_id, "page_id": finding.page_id,
        "related": list(finding.related), "key": finding.key,
    }
    if finding.dismissed:
        shown["dismissed"] = True
        shown["reason"] = finding.dismissed_reason
    return shown


def count_text(findings: list[Finding]) -> str:
    counts = summary([f for f in findings if not f.dismissed])
    parts = [
        (_("{n} problem") if counts["problem"] == 1 else _("{n} problems"))
        .format(n=counts["problem"]),
        (_("{n} warning") if counts["warning"] == 1 else _("{n} warnings"))
        .format(n=counts["warning"]),
        (_("{n} tip") if counts["tip"] == 1 else _("{n} tips")).format(n=counts["tip"]),
    ]
    return ", ".join(parts)


def cmd_review(svc: Services, args: argparse.Namespace) -> int:
    if args.reason is not None and args.dismiss is None:
        raise InvalidInputError(_("--reason goes with --dismiss KEY."))
    if args.dismiss is not None:
        svc.review.dismiss(args.case, args.dismiss, args.reason or "")
        print(_("Dismissed {key}.").format(key=args.dismiss))
        return 0
    if args.restore is not None:
        svc.review.restore(args.case, args.restore)
        print(_("Restored {key}: it shows in the review again.").format(key=args.restore))
        return 0
    if args.medical_months is not None or args.pay_stub_months is not None:
        windows = svc.review.set_windows(args.case, medical_months=args.medical_months,
                                     pay_stub_months=args.pay_stub_months)
        print(_("Medical records must be from the last {m} months, pay stubs from the last "
                "{p} months.").format(m=windows.medical_months, p=windows.pay_stub_months))
        return 0
    found = svc.review.findings(args.case, include_dismissed=args.all)
    if args.json:
        print_json([finding_json(f) for f in found])
        return 0
    if not [f for f in found if not f.dismissed]:
        print(_("The review found nothing to fix."))
    else:
        print(count_text(found))
    for f in found:
        label = SEVERITY_LABELS[f.severity]
        if f.dismissed:
            label = _("dismissed ({reason})").format(reason=f.dismissed_reason)
        where = _(" [document {id}]").format(id=f.document_id) if f.document_id else ""
        print(f"- {label}: {f.message}{where}")
        print(f"    {_('key')}: {f.key}")
    return 0


def register(commands: Any, with_case: WithCase) -> None:
    sub = with_case("review", _("check the case for what a reviewer would object to"),
                    cmd_review)
    sub.add_argument("--json", action="store_true")
    sub.add_argument("--all", action="store_true", help=_("also list dismissed findings"))
    sub.add_argument("--dismiss", metavar="KEY", help=_("set a finding aside (needs --reason)"))
    sub.add_argument("--reason", help=_("why the finding does not apply"))
    sub.add_argument("--restore", metavar="KEY", help=_("show a dismissed finding again"))
    sub.add_argument("--medical-months", dest="medical_months", type=int, metavar="N",
                     help=_("the newest medical record must be this recent (default 12)"))
    sub.add_argument("--pay-stub-months", dest="pay_stub_months", type=int, metavar="N",
                     help=_("the newest pay stub must be this recent (default 6)"))
