"""Measuring the assistant on labelled files: precision of its confident suggestions,
coverage (the share it did not abstain on) and a confusion matrix.

A file is labelled by its name: ``<category>--<anything>.<ext>`` (``none--`` for a
document that belongs to no evidence category).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.assistant.knowledge import CATEGORIES

ABSTAINED = "review"


@dataclass(frozen=True)
class EvaluatedFile:
    path: str
    suggested: str | None  # None: abstained (or could not be read)
    confidence: float
    document_type: str | None
    date: str | None
    language: str | None
    error: str | None = None


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
