"""Score ``evidence-packet evaluate --json`` on a blind set against its ``truth.json``.

Run as ``python -m tests.sets.score_blind DIR`` where DIR holds the files written by
``tests.sets.blind_set``, its ``truth.json`` and ``eval.json`` (the output of
``evidence-packet evaluate DIR --json``).

A suggestion of ``null`` is an abstention ("needs your review"). Precision is reported two
ways: over every confident suggestion (a "none" document is right only if the suggestion is
"none"), and over confident suggestions on documents whose truth is one of the four tabs.
Coverage is the share of files with a non-null suggestion. Date accuracy is exact ISO
equality over files that have a true date. Language accuracy is reported over all files and
over the "scan" look only. Every miss is listed.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path


def _pct(num: int, den: int) -> str:
    return f"{num}/{den} = {100.0 * num / den:.1f} %" if den else f"{num}/0 = n/a"


def score(directory: Path) -> int:
    truth = {
        t["file"]: t for t in json.loads((directory / "truth.json").read_text(encoding="utf-8"))
    }
    evals = {
        Path(e["path"]).name: e
        for e in json.loads((directory / "eval.json").read_text(encoding="utf-8"))
    }
    missing = sorted(set(truth) - set(evals))
    extra = sorted(set(evals) - set(truth))
    files = sorted(set(truth) & set(evals))

    confident = [f for f in files if evals[f]["suggested"] is not None]
    right = [f for f in confident if evals[f]["suggested"] == truth[f]["category"]]
    tab_conf = [f for f in confident if truth[f]["category"] != "none"]
    tab_right = [f for f in tab_conf if evals[f]["suggested"] == truth[f]["category"]]
    tab_files = [f for f in files if truth[f]["category"] != "none"]
    none_files = [f for f in files if truth[f]["category"] == "none"]
    dated = [f for f in files if truth[f]["date"]]
    date_ok = [f for f in dated if evals[f]["date"] == truth[f]["date"]]
    undated_given = [f for f in files if not truth[f]["date"] and evals[f]["date"]]
    lang_ok = [f for f in files if evals[f]["language"] == truth[f]["language"]]
    scans = [
        f for f in files if truth[f].get("look", f.rsplit(".", 1)[0].rsplit("-", 1)[-1]) == "scan"
    ]
    scan_lang_ok = [f for f in scans if evals[f]["language"] == truth[f]["language"]]
    type_ok = [f for f in files if evals[f]["document_type"] == truth[f]["document_type"]]
    errors = [f for f in files if evals[f].get("error")]

    print(
        f"files scored: {len(files)}  (in truth but not evaluated: {len(missing)}; "
        f"evaluated but not in truth: {len(extra)}; with an error: {len(errors)})"
    )
    print(f"precision, all confident suggestions:          {_pct(len(right), len(confident))}")
    print(f"precision, confident on the four tabs' docs:   {_pct(len(tab_right), len(tab_conf))}")
    print(f"coverage (non-null suggestion), all files:     {_pct(len(confident), len(files))}")
    print(
        f"coverage on the four tabs' docs:               "
        f"{_pct(sum(evals[f]['suggested'] is not None for f in tab_files), len(tab_files))}"
    )
    none_tabbed = sum(evals[f]["suggested"] not in (None, "none") for f in none_files)
    print(f"'none' docs given a tab (wrong):               {_pct(none_tabbed, len(none_files))}")
    print(f"date accuracy (exact ISO, files with a date):  {_pct(len(date_ok), len(dated))}")
    print(
        "dates given to undated ('none') files:         "
        f"{_pct(len(undated_given), len(files) - len(dated))}"
    )
    print(f"language accuracy, all files:                  {_pct(len(lang_ok), len(files))}")
    print(f"language accuracy, 'scan' look only:           {_pct(len(scan_lang_ok), len(scans))}")
    print(f"document type agreement (informational; the   {_pct(len(type_ok), len(files))}")
    print("  two sides' type names were chosen independently)")

    print("\nby category (truth): confident right / confident / files")
    for cat in ("residence", "employment", "medical", "community", "none"):
        fs = [f for f in files if truth[f]["category"] == cat]
        c = [f for f in fs if evals[f]["suggested"] is not None]
        r = [f for f in c if evals[f]["suggested"] == cat]
        print(f"  {cat:<11} {len(r):>3} / {len(c):>3} / {len(fs):>3}")
    print("by language (truth): confident right / confident / files; language right")
    for lang in sorted({truth[f]["language"] for f in files}):
        fs = [f for f in files if truth[f]["language"] == lang]
        c = [f for f in fs if evals[f]["suggested"] is not None]
        r = [f for f in c if evals[f]["suggested"] == truth[f]["category"]]
        lr = [f for f in fs if evals[f]["language"] == lang]
        print(f"  {lang:<3} {len(r):>3} / {len(c):>3} / {len(fs):>3};  {len(lr)}/{len(fs)}")
    print("by look: confident right / confident / files; date right / dated")
    for look in ("scan", "photo"):
        fs = [f for f in files if truth[f].get("look") == look]
        c = [f for f in fs if evals[f]["suggested"] is not None]
        r = [f for f in c if evals[f]["suggested"] == truth[f]["category"]]
        d = [f for f in fs if truth[f]["date"]]
        dr = [f for f in d if evals[f]["date"] == truth[f]["date"]]
        print(f"  {look:<6} {len(r):>3} / {len(c):>3} / {len(fs):>3};  {len(dr)}/{len(d)}")

    def row(f: str) -> str:
        t, e = truth[f], evals[f]
        return (
            f"  {f}\n      truth: {t['category']}, {t['document_type']}, {t['date']}, "
            f"{t['language']}"
            f"\n      got:   {e['suggested']} (conf {e['confidence']}), {e['document_type']}, "
            f"{e['date']}, {e['language']}"
        )

    wrong = [f for f in confident if f not in right]
    abstained = [f for f in files if evals[f]["suggested"] is None]
    print(f"\nMISSES — wrong confident category ({len(wrong)}):")
    for f in wrong:
        print(row(f))
    print(f"\nMISSES — abstained, suggested null ({len(abstained)}):")
    for f in abstained:
        print(row(f))
    date_miss = [f for f in dated if f not in date_ok]
    print(f"\nMISSES — date ({len(date_miss)}):")
    for f in date_miss:
        print(
            f"  {f}: truth {truth[f]['date']} ({truth[f]['document_type']}), got {evals[f]['date']}"
        )
    if undated_given:
        print(f"\nNOTE — dates given to files with no true date ({len(undated_given)}):")
        for f in undated_given:
            print(f"  {f}: got {evals[f]['date']}")
    lang_miss = [f for f in files if f not in lang_ok]
    print(f"\nMISSES — language ({len(lang_miss)}):")
    for f in lang_miss:
        print(f"  {f}: truth {truth[f]['language']}, got {evals[f]['language']}")
    type_pairs = Counter(
        (truth[f]["document_type"], evals[f]["document_type"]) for f in files if f not in type_ok
    )
    print(f"\nDocument type disagreements (truth -> got: count) ({len(files) - len(type_ok)}):")
    for (a, b), n in sorted(type_pairs.items()):
        print(f"  {a} -> {b}: {n}")
    if errors or missing or extra:
        print("\nERRORS / UNMATCHED:")
        for f in errors:
            print(f"  {f}: {evals[f]['error']}")
        for f in missing:
            print(f"  not evaluated: {f}")
        for f in extra:
            print(f"  not in truth: {f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Score evaluate --json against truth.json.")
    ap.add_argument("directory", type=Path)
    return score(ap.parse_args(argv).directory)


if __name__ == "__main__":
    raise SystemExit(main())
