"""The case review: weaknesses a reviewer would object to, found before filing.

Pure functions over plain data (no Qt, no database): the services gather a
``ReviewInput`` (with page facts cached by page id) and call ``run_review``.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.core.review.checks import (
    illegible_pages,
    missing_case_fields,
    missing_categories,
    needs_translation,
    not_current,
    residence_gaps,
    small_pages,
)
from desktop_app.core.review.compare import duplicates, mismatches
from desktop_app.core.review.model import (
    SEVERITIES,
    DocumentFacts,
    Finding,
    PageFacts,
    ReviewInput,
    ReviewSettings,
    Severity,
    StatementFacts,
    TabFacts,
)
from desktop_app.core.review.written import statement_findings

CHECKS: tuple[Callable[[ReviewInput], list[Finding]], ...] = (
    missing_case_fields,
    missing_categories,
    residence_gaps,
    not_current,
    needs_translation,
    mismatches,
    duplicates,
    illegible_pages,
    small_pages,
    statement_findings,
)
CODES = ("missing-case-field", "missing-category", "residence-gap", "not-current",
         "needs-translation", "name-mismatch", "address-mismatch", "dob-mismatch",
         "duplicate", "illegible-page", "small-page", "statement-untranslated",
         "statement-citation", "statement-empty", "statement-uncited")


def run_review(data: ReviewInput) -> list[Finding]:
    """Every finding, problems first, then in the order of the documents in the case."""
    order = {d.id: n for n, d in enumerate(data.documents)}
    found = [finding for check in CHECKS for finding in check(data)]
    return sorted(found, key=lambda f: (
        SEVERITIES.index(f.severity),
        -1 if f.document_id is None else order.get(f.document_id, len(order)),
        CODES.index(f.code) if f.code in CODES else len(CODES),
    ))  # stable: a check's own order (e.g. gaps by date) is kept


def summary(findings: list[Finding]) -> dict[Severity, int]:
    counts: dict[Severity, int] = dict.fromkeys(SEVERITIES, 0)
    for finding in findings:
        counts[finding.severity] += 1
    return counts


__all__ = ["CODES", "DocumentFacts", "Finding", "PageFacts", "ReviewInput", "ReviewSettings",
           "Severity", "StatementFacts", "TabFacts", "run_review", "summary"]
