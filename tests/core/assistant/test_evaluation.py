"""Dates scored against a truth.json: a wrong date marked sure is told apart from a date
left for the user to check."""

from __future__ import annotations

import datetime as dt

from desktop_app.core.assistant.evaluation import EvaluatedFile, score_truth


def _result(name: str, date: str | None, to_check: str | None = None) -> EvaluatedFile:
    return EvaluatedFile(path=f"/set/{name}", suggested="medical", confidence=0.9,
                         document_type="medical_record", date=date, language="en",
                         error=None, date_to_check=to_check, language_sure=True, words=40)


def test_dates_right_wrong_sure_left_to_check_and_not_found() -> None:
    truth = {n: {"file": n, "date": "2020-12-23", "language": "en"}
             for n in ("a.png", "b.png", "c.png", "d.png", "e.png")}
    truth["f.png"] = {"file": "f.png", "date": None, "language": "en"}
    results = [_result("a.png", "2020-12-23"), _result("b.png", "2020-12-03"),
               _result("c.png", None, "2020-12-23"), _result("d.png", None, "2022-02-23"),
               _result("e.png", None), _result("f.png", "2019-01-02")]
    t = score_truth(results, truth, today=dt.date(2025, 1, 1))
    assert (t.dated, t.dates_right, t.dates_wrong) == (5, 1, 1)
    assert (t.dates_to_check, t.checked_right) == (2, 1)
    assert t.dates_missed == 3 and t.undated_given == 1
    assert t.dates_not_found == 1  # e.png: neither sure nor to check
