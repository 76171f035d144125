"""Findings can be dismissed with a reason, stay dismissed across runs and restarts, and
can be restored."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.errors import InvalidInputError, NotFoundError
from desktop_app.services import Services
from tests.support.review import Built, clean_case


def test_a_dismissed_finding_stays_dismissed(build: Built, data_dir: Path) -> None:
    clean_case(build)
    svc, case = build.svc, build.case
    svc.update_case(case.id, a_number="")
    [finding] = svc.review.findings(case.id)
    svc.review.dismiss(case.id, finding.key, "She never had an A-number.")
    assert svc.review.findings(case.id) == []
    reopened = Services.open(data_dir)
    try:
        [kept] = reopened.review.findings(case.id, include_dismissed=True)
    finally:
        reopened.close()
    assert (kept.key, kept.dismissed, kept.dismissed_reason) == (
        finding.key, True, "She never had an A-number.")
    svc.review.restore(case.id, finding.key)
    assert svc.review.findings(case.id) == [finding]


def test_dismissing_needs_a_reason_and_a_real_finding(build: Built) -> None:
    clean_case(build)
    svc, case = build.svc, build.case
    svc.update_case(case.id, a_number="")
    with pytest.raises(InvalidInputError, match="Say why"):
        svc.review.dismiss(case.id, "missing-case-field:a_number", "  ")
    with pytest.raises(NotFoundError, match="no finding"):
        svc.review.dismiss(case.id, "duplicate:1:2", "not a duplicate")
    with pytest.raises(NotFoundError, match="is dismissed"):
        svc.review.restore(case.id, "missing-case-field:a_number")


def test_windows_must_be_sensible(build: Built) -> None:
    with pytest.raises(InvalidInputError, match="months"):
        build.svc.review.set_windows(build.case.id, medical_months=0)
    assert build.svc.review.set_windows(build.case.id, medical_months=24).medical_months == 24
