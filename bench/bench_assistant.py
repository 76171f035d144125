"""The assistant on a folder of labelled documents it was not tuned on (issue 17).

    .venv/bin/python bench/bench_assistant.py FOLDER [FOLDER...] [--workers 2]
        [--results eval.json] [--save eval.json]

Each FOLDER holds documents and a ``truth.json`` (a list of ``{"file", "category", "date",
"language", ...}``, as ``tests/sets/blind_forms.py`` and ``blind_set.py`` write it);
a file missing from ``truth.json`` is labelled by its name (``<category>--<anything>``).
Real documents are not part of the project: keep them outside the repository (e.g. a
held-out folder beside its ``SOURCES.md``) and name the folder here. A generated blind set:

    .venv/bin/python -m tests.sets.blind_forms /tmp/bf101 80 --seed 101
    .venv/bin/python bench/bench_assistant.py /tmp/bf101

Runs the assistant as ``evidence-packet evaluate`` does (a throw-away data folder, real
Tesseract, ``--workers`` OCR processes), or scores a saved ``evaluate --json`` output given
by ``--results``. Prints, for each folder:

* precision of the confident suggestions and coverage (the share not left for review),
  against the issue's targets (precision >= 95 % at coverage >= 85 %), and both again
  over the papers that belong under one of the four tabs;
* the confusion (truth -> suggestion, "review" for an abstention);
* dates: right / not given / wrong over the dated papers (and: right and sure, wrong and
  sure, left to check, none found), sure dates given to undated papers, sure dates in
  the future or before 1950 (must be 0), dates left to check;
* languages: right, set on papers with words (must be all), given as a guess;
* every miss (a wrong suggestion, an abstention, a wrong sure date), with its confidence;
* the time per file (Tesseract dominates it), for a rough comparison between runs.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.core.assistant.evaluation import (  # noqa: E402
    ABSTAINED,
    EvaluatedFile,
    date_split,
    label_of,
    read_truth,
    score_truth,
)
from desktop_app.core.dates import doubt  # noqa: E402

TARGET_PRECISION = 0.95
TARGET_COVERAGE = 0.85
TABS = ("residence", "employment", "medical", "community")


def pct(num: int, den: int) -> str:
    return f"{num}/{den} = {100.0 * num / den:5.1f} %" if den else f"{num}/0 = n/a"


def category(result: EvaluatedFile, truth: Mapping[str, Mapping[str, object]]) -> str | None:
    """The true category: ``truth.json``'s, else the one the file's name says."""
    row = truth.get(Path(result.path).name)
    if row is not None and isinstance(row.get("category"), str):
        return str(row["category"])
    return label_of(result.path)


def print_scores(results: Sequence[EvaluatedFile],
                 truth: Mapping[str, Mapping[str, object]]) -> None:
    labelled = [(r, c) for r in results if (c := category(r, truth)) is not None]
    confident = [(r, c) for r, c in labelled if r.suggested is not None]
    right = [(r, c) for r, c in confident if r.suggested == c]
    tab = [(r, c) for r, c in labelled if c in TABS]
    tab_confident = [(r, c) for r, c in tab if r.suggested is not None]
    precision = len(right) / len(confident) if confident else 0.0
    coverage = len(confident) / len(labelled) if labelled else 0.0
    print(f"  precision            {pct(len(right), len(confident))}   target >= 95 %: "
          f"{'met' if precision >= TARGET_PRECISION else 'MISSED'}")
    print(f"  coverage             {pct(len(confident), len(labelled))}   target >= 85 %: "
          f"{'met' if coverage >= TARGET_COVERAGE else 'MISSED'}")
    print(f"  on the four tabs' papers: precision "
          f"{pct(sum(r.suggested == c for r, c in tab_confident), len(tab_confident))}, "
          f"coverage {pct(len(tab_confident), len(tab))}")
    confusion = Counter((c, r.suggested or ABSTAINED) for r, c in labelled)
    columns = sorted({s for _c, s in confusion})
    print("  confusion (rows: truth)" + "".join(f"{s[:10]:>11}" for s in columns))
    for c in sorted({c for c, _s in confusion}):
        print(f"    {c:<21}" + "".join(f"{confusion.get((c, s), 0):>11}" for s in columns))


def print_truth_figures(results: Sequence[EvaluatedFile],
                        truth: Mapping[str, Mapping[str, object]]) -> None:
    read = [r for r in results if r.error is None]
    with_words = [r for r in read if r.words]
    print(f"  dates: {sum(1 for r in read if r.date)} given as sure, "
          f"{sum(1 for r in read if r.date_to_check)} left to check")
    print(f"  languages: set on {pct(sum(1 for r in with_words if r.language), len(with_words))}"
          f" of the papers with words ({sum(1 for r in read if r.language and not r.language_sure)}"
          " a guess from the case's language)")
    if not truth:
        print("  (no truth.json: dates and languages not checked)")
        return
    t = score_truth(results, truth)
    print(f"  dates right          {pct(t.dates_right, t.dated)} of the dated papers "
          f"({t.dates_missed} not given as sure, {t.dates_wrong} wrong)")
    print(f"  {date_split(t)}")
    print(f"  sure dates on undated papers {pct(t.undated_given, t.files - t.dated)}")
    print(f"  sure dates in the future or before 1950: {t.implausible} (must be 0)")
    print(f"  languages right      {pct(t.languages_right, t.files)}; papers with words and "
          f"no language: {t.without_language} (must be 0)")


def print_misses(results: Sequence[EvaluatedFile],
                 truth: Mapping[str, Mapping[str, object]]) -> None:
    today = dt.date.today()
    lines = []
    for r in results:
        name = Path(r.path).name
        c = category(r, truth)
        row = truth.get(name, {})
        said = r.suggested or ABSTAINED
        notes = []
        if r.error:
            notes.append(f"error: {r.error}")
        if c is not None and r.suggested is not None and r.suggested != c:
            notes.append(f"WRONG {c} -> {said}")
        elif c is not None and r.suggested is None:
            notes.append(f"left for review ({c})")
        true_date = row.get("date")
        if r.date and r.date != true_date:
            notes.append(f"sure date {r.date}, truth {true_date or 'none'}")
        if r.date and doubt(dt.date.fromisoformat(r.date), today) is not None:
            notes.append("IMPLAUSIBLE sure date")
        if notes:
            lines.append(f"    {name:<58} {r.confidence:4.2f} {r.document_type or '-':<22} "
                         + "; ".join(notes))
    print(f"  misses ({len(lines)}):")
    for line in lines:
        print(line)


def evaluate(folder: Path, workers: int | None) -> tuple[list[EvaluatedFile], float]:
    from desktop_app.services import evaluation

    start = time.perf_counter()
    results = evaluation.evaluate([folder], workers=workers)
    return results, time.perf_counter() - start


def load(path: Path) -> list[EvaluatedFile]:
    rows = json.loads(path.read_text(encoding="utf-8"))
    return [EvaluatedFile(**row) for row in rows]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("folders", nargs="+", type=Path, metavar="FOLDER")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--results", type=Path,
                        help="score this saved 'evaluate --json' output instead of running "
                             "the assistant (one folder only)")
    parser.add_argument("--save", type=Path,
                        help="save the results as 'evaluate --json' does (one folder only)")
    args = parser.parse_args()
    if (args.results or args.save) and len(args.folders) != 1:
        parser.error("--results and --save take one folder")
    for folder in args.folders:
        if not folder.is_dir():
            parser.error(f"{folder} is not a folder")
        truth = read_truth(folder)
        if args.results:
            results, seconds = load(args.results), 0.0
        else:
            results, seconds = evaluate(folder, args.workers)
        if args.save:
            args.save.write_text(json.dumps([dataclasses.asdict(r) for r in results],
                                            indent=1), encoding="utf-8")
        print(f"{folder}: {len(results)} files, {len(truth)} in truth.json")
        if seconds:
            print(f"  time: {seconds:.1f} s, {seconds / max(len(results), 1):.2f} s a file "
                  f"({args.workers} OCR workers)")
        print_scores(results, truth)
        print_truth_figures(results, truth)
        print_misses(results, truth)


if __name__ == "__main__":  # the OCR workers are processes: only the parent runs main()
    main()
