"""``evidence-packet review`` as a user runs it: a real process, a real data folder."""

from __future__ import annotations

from pathlib import Path

from tests.make import text_pdf
from tests.support.commands import Run


def test_review_lists_dismisses_and_restores(cli: Run, tmp_path: Path) -> None:
    made = cli("case", "create", "--name", "Ana Ruiz", "--dob", "1990-01-02", "--address",
               "5 Oak Street, Austin TX", "--relief", "deferred action", "--email", "a@x.org",
               "--key-factors", "Long residence.", "--a-number", "A987654321",
               "--in-us-since", "06/01/2015", "--json").json
    assert made["in_us_since"] == "2015-06-01"
    case = str(made["id"])
    lease = text_pdf(tmp_path / "lease.pdf", ["Lease\nTenant: Ana Ruiz\nAddress: 5 Oak "
                                              "Street, Austin TX\nRent is due monthly."])
    doc = cli("import", "--case", case, "--json", lease).json[0]["document_id"]
    cli("tag", "--case", case, doc, "residence")
    cli("date", "--case", case, doc, "2015-07-01")

    found = cli("review", "--case", case, "--json").json
    assert {f["code"] for f in found} == {"missing-category", "residence-gap"}
    gap = next(f for f in found if f["code"] == "residence-gap")
    assert set(gap) == {"code", "severity", "message", "document_id", "page_id", "related",
                        "key"}
    assert (gap["severity"], gap["document_id"], gap["key"]) == (
        "problem", doc, f"residence-gap:{doc}:now")

    shown = cli("review", "--case", case).out
    assert "problem" in shown.lower() and gap["message"] in shown and gap["key"] in shown

    cli("review", "--case", case, "--dismiss", gap["key"], "--reason", "Lease renews yearly")
    keys = {f["key"] for f in cli("review", "--case", case, "--json").json}
    assert gap["key"] not in keys
    dismissed = [f for f in cli("review", "--case", case, "--all", "--json").json
                 if f.get("dismissed")]
    assert [(f["key"], f["reason"]) for f in dismissed] == [(gap["key"],
                                                             "Lease renews yearly")]
    cli("review", "--case", case, "--restore", gap["key"])
    assert gap["key"] in {f["key"] for f in cli("review", "--case", case, "--json").json}


def test_review_errors_are_one_line(cli: Run) -> None:
    case = str(cli("case", "create", "--name", "Ana Ruiz", "--json").json["id"])
    failed = cli("review", "--case", case, "--dismiss", "nothing:1", "--reason", "x",
                 check=False)
    assert failed.code == 1 and "no finding" in failed.err and "Traceback" not in failed.err
    bad_date = cli("case", "update", case, "--in-us-since", "soon", check=False)
    assert bad_date.code == 1 and "not a date" in bad_date.err
