"""Measuring the assistant on labelled files: precision of its confident suggestions,
coverage (the share it did not abstain on), a confusion matrix, and, where a ``truth.json``
gives each file's date and language, how many dates and languages it got right.

A file is labelled by its name: ``<category>--<anything>.<ext>`` (``none--`` for a
document that belongs to no evidence category). ``truth.json`` beside the files (as the
labelled sets in ``tests/sets`` write it) is a list of ``{"file", "category", "date",
"language", ...}``: the date the paper speaks for (ISO, or null for none) and its language.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.assistant.knowledge import CATEGORIES
from desktop_app.core.dates import doubt
from desktop_app.i18n import _

ABSTAINED = "review"


@dataclass(frozen=True)
class EvaluatedFile:
    path: str
    suggested: str | None  # None: abstained (or could not be read)
    confidence: float
    document_type: str | None
    date: str | None  # the date suggested as sure
    language: str | None
    error: str | None = None
    date_to_check: str | None = None  # a date found but left for the user to check
    language_sure: bool = True  # False: the case's language, given as a guess
    words: int = 0  # how many words were read (a paper with none has no language)


@dataclass(frozen=True)
class Scores:
    labelled: int
    confident: int
    correct: int
    confusion: dict[tuple[str, str], int]  # (true, suggested or "review") -> count

    @property
    def precision(self) -> float:
        return self.correct / self.confident if self.confident else 0.0

    @property
    def coverage(self) -> float:
        return self.confident / self.labelled if self.labelled else 0.0


@dataclass(frozen=True)
class TruthScores:
    """Dates and languages against a ``truth.json``."""

    files: int  # results that have a truth
    dated: int  # of them, those whose truth has a date
    dates_right: int  # sure dates equal to the true date
    dates_missed: int  # dated files given no sure date (left to check, or none found)
    dates_wrong: int  # sure dates that are not the true one
    dates_to_check: int  # dated files given a date to check and no sure date
    checked_right: int  # of them, those whose date to check is the true one
    implausible: int  # sure dates in the future or before 1950 (must be 0)
    undated_given: int  # files with no true date given a sure date
    languages_right: int
    without_language: int  # files with words left with no language (must be 0)
    guessed_language: int  # languages given as a guess (too little text)

    @property
    def dates_not_found(self) -> int:
        """Dated files given no date at all, neither sure nor to check."""
        return self.dated - self.dates_right - self.dates_wrong - self.dates_to_check


def date_split(t: TruthScores) -> str:
    """The dated files split four ways, as ``evaluate`` and the bench print it: right and
    sure, wrong and sure (must be 0), offered to check (and how many of those are right),
    no date found."""
    return _("dated files {dated}: {right} right and sure, {wrong} wrong and sure, "
             "{check} offered to check ({check_right} of them right), {none} with no date "
             "found").format(dated=t.dated, right=t.dates_right, wrong=t.dates_wrong,
                             check=t.dates_to_check, check_right=t.checked_right,
                             none=t.dates_not_found)


def label_of(path: str | Path) -> str | None:
    """The category a file's name says it belongs to, or None for an unlabelled name."""
    name = Path(path).name
    if "--" not in name:
        return None
    label = name.split("--", 1)[0].strip().lower()
    return label if label in CATEGORIES else None


def score(results: Sequence[EvaluatedFile]) -> Scores:
    confusion: Counter[tuple[str, str]] = Counter()
    labelled = confident = correct = 0
    for result in results:
        truth = label_of(result.path)
        if truth is None:
            continue
        labelled += 1
        said = result.suggested or ABSTAINED
        confusion[(truth, said)] += 1
        if result.suggested is not None:
            confident += 1
            correct += int(result.suggested == truth)
    return Scores(labelled, confident, correct, dict(confusion))


def read_truth(folder: Path) -> dict[str, Mapping[str, object]]:
    """{file name: its truth} from ``folder``'s ``truth.json``; empty when there is none."""
    path = folder / "truth.json"
    if not path.is_file():
        return {}
    rows = json.loads(path.read_text(encoding="utf-8"))
    return {str(r["file"]): r for r in rows if isinstance(r, dict) and "file" in r}


def score_truth(results: Sequence[EvaluatedFile], truth: Mapping[str, Mapping[str, object]],
                today: dt.date | None = None) -> TruthScores:
    today = today or dt.date.today()
    known = [(r, truth[Path(r.path).name]) for r in results if Path(r.path).name in truth]
    dated = [(r, t) for r, t in known if t.get("date")]
    implausible = sum(1 for r, _t in known if r.date and doubt(
        dt.date.fromisoformat(r.date), today) is not None)
    return TruthScores(
        files=len(known), dated=len(dated),
        dates_right=sum(r.date == t["date"] for r, t in dated),
        dates_missed=sum(r.date is None for r, _t in dated),
        dates_wrong=sum(r.date is not None and r.date != t["date"] for r, t in dated),
        dates_to_check=sum(1 for r, _t in dated if r.date is None and r.date_to_check),
        checked_right=sum(1 for r, t in dated if r.date is None
                          and r.date_to_check == t["date"]),
        implausible=implausible,
        undated_given=sum(1 for r, t in known if not t.get("date") and r.date),
        languages_right=sum(r.language == t.get("language") for r, t in known),
        without_language=sum(1 for r, _t in known if r.words and r.language is None),
        guessed_language=sum(1 for r, _t in known if r.language and not r.language_sure),
    )
