"""The review finds exactly the weaknesses a case was built with, and nothing on a clean
case. Text PDFs (no OCR needed) keep these fast; tests/services/test_review_scans.py reads real
scans with Tesseract."""

from __future__ import annotations

from desktop_app.core.review import Finding
from tests.support.review import (
    MEDICAL,
    PAY_STUB,
    TODAY,
    Built,
    ago,
    clean_case,
    lease,
    utility_bill,
)


def codes(found: list[Finding]) -> list[tuple[str, str]]:
    return sorted((f.code, f.key) for f in found)


def test_a_clean_case_has_no_findings(build: Built) -> None:
    clean_case(build)
    assert build.svc.review.findings(build.case.id) == []


def test_accents_middle_names_initials_and_order_are_no_mismatch(build: Built) -> None:
    clean_case(build)
    build.add("variants", [
        "Community Health Center\nPatient Name: HERNANDEZ, MARIA\nDOB: March 14, 1988\n"
        "Address: 1418 Cedar Av. Apt 2, Houston\nThe visit went well.",
    ], tab="medical", date=ago(months=2))
    build.add("initial", ["Houston ISD\nName: M. Hernandez Lopez\nD.O.B.: 14 de marzo de "
                          "1988\nParent volunteer hours for the year."],
              tab="community", date=ago(months=2))
    # A letter about the applicant's daughter: her name and birth date, the applicant as
    # the parent.
    build.add("school", ["Cedar Grove Elementary School\nVerification of Enrollment\n"
                         "Student name: Sofia Hernandez\nDate of birth: September 3, 2014\n"
                         "Parent or guardian: Maria Elena Hernandez Lopez\n"
                         "Home address: 1418 Cedar Avenue, Houston, TX 77002"],
              tab="residence", date=ago(months=3))
    assert build.svc.review.findings(build.case.id) == []


def test_each_known_weakness_is_found_and_nothing_else(build: Built) -> None:
    svc, case = build.svc, build.case
    svc.update_case(case.id, a_number="", in_us_since=ago(months=60))
    # Residence: proofs 60 -> 50 months ago, then nothing until 20 months ago (a gap of
    # 30 months), then bills 20 and 10 months ago.
    old = build.add("lease-old", [lease(TODAY.year - 5)], tab="residence", date=ago(60))
    gap_end = build.add("lease-new", [lease(TODAY.year - 2)], tab="residence",
                        date=ago(months=50))
    after = build.add("bill", [utility_bill("two years ago")], tab="residence",
                      date=ago(months=20))
    build.add("bill-2", [utility_bill("this spring")], tab="residence", date=ago(months=10))
    # Employment: a recent pay stub; the same stub again (a second copy, other bytes).
    stub = PAY_STUB.format(date=ago(months=2), gross=2400, net=2010)
    first = build.add("stub", [stub], tab="employment", date=ago(months=2))
    again = build.add("stub-again", [stub + "\n"], tab="employment")
    # Medical: the newest record is 20 months old (window: 12).
    medical = build.add("medical", [MEDICAL.format(date=ago(months=20))], tab="medical",
                        date=ago(months=20))
    # Community tab left empty. A Spanish letter with no translation:
    spanish = build.add("carta", [
        "Parroquia San José\nA quien corresponda\nConozco a María Hernández desde hace "
        "ocho años. Ella es una persona responsable y trabajadora, y ayuda cada semana en "
        "el banco de comida de nuestra comunidad. Atentamente, Padre Miguel Álvarez."])
    # (no suggestion asked for: the review tells the language itself)
    # Someone else's paper, at another address:
    other = build.add("other", ["Harris Health Clinic\nPatient: Jose Gonzalez Ruiz\n"
                                "Date of birth: 07/21/1979\nAddress: 22 Elm Street, Dallas TX\n"
                                "Visit summary."], tab="medical", date=ago(months=20))
    # The applicant's paper with another date of birth:
    wrong_dob = build.add("lab", ["Quest Diagnostics\nPatient: Maria Hernandez\n"
                                  "DOB: 07/21/1979\nLab results are within normal ranges."],
                          tab="medical", date=ago(months=22))
    # A receipt-sized page:
    receipt = build.add("receipt", ["Money order receipt\nPaid to Harbor View"],
                        size=(3, 5), tab="residence")

    found = svc.review.findings(case.id)
    receipt_page = svc.list_pages(receipt)[0].id
    assert codes(found) == sorted([
        ("missing-case-field", "missing-case-field:a_number"),
        ("missing-category", "missing-category:community"),
        ("residence-gap", f"residence-gap:{gap_end}:{after}"),
        ("not-current", "not-current:medical"),
        ("needs-translation", f"needs-translation:{spanish}"),
        ("duplicate", f"duplicate:{first}:{again}"),
        ("name-mismatch", f"name-mismatch:{other}"),
        ("address-mismatch", f"address-mismatch:{other}"),
        ("dob-mismatch", f"dob-mismatch:{wrong_dob}"),
        ("small-page", f"small-page:{receipt_page}"),
    ])
    by_code = {f.code: f for f in found}
    assert by_code["duplicate"].document_id == again
    assert by_code["duplicate"].related == (first,)
    assert by_code["residence-gap"].related == (gap_end, after)
    assert by_code["not-current"].document_id in (medical, other)
    assert "Community" in by_code["missing-category"].message
    assert "3.0 × 5.0 in" in by_code["small-page"].message
    assert by_code["small-page"].page_id == receipt_page
    assert "Jose Gonzalez Ruiz" in by_code["name-mismatch"].message
    assert old not in by_code["residence-gap"].related
    # Problems come first.
    severities = [f.severity for f in found]
    assert severities == sorted(severities, key=("problem", "warning", "tip").index)


def test_a_paired_translation_satisfies_the_review(build: Built) -> None:
    clean_case(build)
    spanish = build.add("carta", [
        "Parroquia San José\nA quien corresponda\nConozco a María Hernández desde hace "
        "ocho años. Ella es una persona responsable y trabajadora, y ayuda cada semana en "
        "el banco de comida de nuestra comunidad."], tab="community")
    build.svc.assistant.suggest(spanish)
    assert codes(build.svc.review.findings(build.case.id)) == [
        ("needs-translation", f"needs-translation:{spanish}")]
    english = build.add("letter-translation", [
        "Certified translation from Spanish\nSaint Joseph Parish\nTo whom it may concern\n"
        "I have known María Hernández for eight years. She is a responsible, hard-working "
        "person and helps every week at our community food bank."], tab="community")
    build.svc.assistant.pair_translation(build.case.id, english, spanish)
    assert build.svc.review.findings(build.case.id) == []


def test_pay_stubs_must_be_recent_and_the_window_can_be_changed(build: Built) -> None:
    clean_case(build)
    svc, case = build.svc, build.case
    svc.remove_document(case.id, build.docs["pay-stub"])
    stub = build.add("old-stub", [PAY_STUB.format(date=ago(months=8), gross=2300, net=1990)],
                     tab="employment", date=ago(months=8))
    svc.assistant.suggest(stub)
    [finding] = svc.review.findings(case.id)
    assert (finding.code, finding.document_id) == ("not-current", stub)
    assert "6 months" in finding.message
    svc.review.set_windows(case.id, pay_stub_months=12)
    assert svc.review.findings(case.id) == []
    assert svc.review.windows(case.id).medical_months == 12


def test_the_review_follows_the_case_as_it_changes(build: Built) -> None:
    clean_case(build)
    svc, case = build.svc, build.case
    svc.update_case(case.id, date_of_birth="")
    assert codes(svc.review.findings(case.id)) == [
        ("missing-case-field", "missing-case-field:date_of_birth")]
    svc.update_case(case.id, date_of_birth="03/14/1988")
    assert svc.review.findings(case.id) == []
    receipt = build.add("tall-receipt", ["A store receipt " * 20], size=(4, 11),
                        tab="employment")
    page = svc.list_pages(receipt)[0]
    [odd] = svc.review.findings(case.id)
    assert (odd.code, odd.page_id) == ("small-page", page.id)
    assert "oddly sized" in odd.message
    svc.exclude_page(page.id)
    assert svc.review.findings(case.id) == []


def test_page_pictures_are_measured_once_and_again_when_turned(build: Built) -> None:
    clean_case(build)
    svc, case = build.svc, build.case
    assert svc.review.unmeasured(case.id) == 8
    assert svc.review.findings(case.id) == []
    assert svc.review.unmeasured(case.id) == 0
    page = svc.list_pages(build.docs["letter"])[0]
    svc.rotate_page(page.id, 90)
    assert svc.review.unmeasured(case.id) == 1
    assert svc.review.measure_pages(case.id) == 1
    assert svc.review.findings(case.id, measure=False) == []
