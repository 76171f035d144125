"""The assistant on real documents nobody tuned it to (issue 17): forms, handwriting, cards,
statements, pay stubs, W-2s and distractors from public repositories' sample data (see
``real_set``). Only the ``tuning`` half was looked at when rules were written; the figures
that count are the ``held-out`` half's.

Measured there: precision 30/31 (96.8 %), coverage 31/40 (77.5 %). The issue asks for
85 %: the papers still left for review are distractors with no words a person would file
them by (a business card and a credit card OCR reads nothing of, a flyer, a web-hosting
contract, a Form 990, receipts) and a handwritten note OCR cannot read. The floors below are
what is reached, so that a change that loses ground fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.assistant.evaluation import (
    EvaluatedFile,
    read_truth,
    score,
    score_truth,
)
from tests.assistant.real_set import real_documents
from tests.cli.conftest import Run

PRECISION = 0.95
COVERAGE = 0.775


@pytest.mark.corpus
@pytest.mark.slow
def test_held_out_real_documents(cli: Run) -> None:
    folder = real_documents("held-out")
    results = [EvaluatedFile(**row) for row in cli("evaluate", folder, "--json").json]
    truth = read_truth(folder)
    assert {Path(r.path).name for r in results} == set(truth)
    scores = score(results)
    report = {"precision": round(scores.precision, 3), "coverage": round(scores.coverage, 3),
              "confusion": scores.confusion}
    assert scores.precision >= PRECISION, report
    assert scores.coverage >= COVERAGE, report
    figures = score_truth(results, truth)
    assert figures.implausible == 0  # no date in the future or before 1950 as sure
    assert figures.without_language == 0  # every paper with words has a language
    by_name = {Path(r.path).name: r for r in results}
    # The cases: a handwritten intake form (a photo and a scan), a mortgage
    # application whose date of birth OCR reads as 1900, an energy-assistance form whose
    # only dates are the household's dates of birth.
    for name in ("medical--patient-intake-handwritten-photo.jpg",
                 "medical--health-intake-handwritten-scan.pdf"):
        assert by_name[name].suggested == "medical", name
    for name in ("residence--mortgage-application-1003-scan.png",
                 "residence--energy-assistance-application-scan.png"):
        assert by_name[name].suggested == "residence", name
        assert by_name[name].date is None, name
