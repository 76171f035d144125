"""Build ``desktop_app/assets/words/common_words.json``: which words the papers of each
tab print, counted over labelled sets of real papers (how many papers of each tab hold
each word). The assistant files a paper its cues leave unsure only when these counts
point to the same tab as the cues do (``suggest.AGREE``).

Each set is a folder holding the papers and a ``truth.json`` (a list of {"file": name,
"category": tab or "none"}), and a data folder into whose cases those papers were
imported and read. The sets themselves are real people's papers and are not kept in the
repository; only the counts are. Only words of letters found in at least ``--min-papers``
papers of at least ``--min-sets`` sets are kept: the words papers share, not a person's
name, address or number.

    python tools/common_words.py SET_FOLDER=DATA_FOLDER [...] --out PATH
    python tools/common_words.py SET_FOLDER=DATA_FOLDER [...] --leave-one-out
    python tools/common_words.py SET_FOLDER=DATA_FOLDER [...] --base PATH --out PATH

``--base PATH``: counts this tool wrote before, from sets no longer at hand; the sets
given are added to them (every word already counted, and new words the sets given hold
by the rule above). With ``--leave-one-out``, each set left out is measured against the
base and the other sets given.

``--leave-one-out`` writes nothing: for each set in turn it builds the counts from the
other sets and prints what the assistant files of the set left out, with the wording
rule and with its cues alone (precision and coverage, as ``evaluate`` prints them): how
the rule does on papers its counts never saw.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.core.assistant.cues import CATEGORIES
from desktop_app.core.assistant.learn import Model, model_from_counts
from desktop_app.core.assistant.suggest import suggest_for_text
from desktop_app.core.assistant.text import words
from desktop_app.services.facade import Services
from desktop_app.storage import assistant as store


@dataclass(frozen=True)
class Paper:
    folder: str
    category: str
    text: str
    layout: str
    pages: list[list[Any]]

    @property
    def word_set(self) -> set[str]:
        return set(words(self.text))


def read_set(folder: Path, data: Path) -> list[Paper]:
    """Each labelled paper of ``folder``, as read in ``data``."""
    truth = {t["file"]: t["category"]
             for t in json.loads((folder / "truth.json").read_text(encoding="utf-8"))}
    found = []
    services = Services.open(data)
    try:
        for case in services.list_cases():
            for doc in services.list_documents(case.id):
                category = truth.get(Path(doc.source_name).name)
                if category in CATEGORIES:
                    found.append(Paper(str(folder), category,
                                       store.document_text(services.db, doc.id),
                                       store.document_layout(services.db, doc.id),
                                       store.document_words(services.db, doc.id)))
    finally:
        services.close()
    return found


def count(papers: list[Paper], min_papers: int, min_sets: int,
          base: dict[str, Any] | None = None) -> dict[str, Any]:
    """The word counts of ``papers``: words of letters at least ``min_papers`` papers of
    at least ``min_sets`` sets hold; added to ``base`` (counts of other papers), whose
    words are all counted."""
    base = base or {"papers": {}, "words": {}}
    known = {w for held in base["words"].values() for w in held}
    held = [(p, p.word_set) for p in papers]
    in_papers: Counter[str] = Counter()
    in_sets: defaultdict[str, set[str]] = defaultdict(set)
    for paper, found in held:
        for word in found:
            in_papers[word] += 1
            in_sets[word].add(paper.folder)
    shared = known | {w for w, n in in_papers.items()
                      if n >= min_papers and len(in_sets[w]) >= min_sets and w.isalpha()}
    counts: dict[str, Counter[str]] = {
        c: Counter({str(w): int(n) for w, n in base["words"].get(c, {}).items()})
        for c in CATEGORIES}
    for paper, found in held:
        counts[paper.category].update(found & shared)
    papers_of = Counter({str(c): int(n) for c, n in base["papers"].items()})
    papers_of.update(p.category for p in papers)
    return {
        "papers": dict(papers_of),
        "words": {c: dict(sorted((w, n) for w, n in counts[c].items() if n))
                  for c in CATEGORIES},
    }


def filed(papers: list[Paper], common: Model) -> tuple[int, int]:
    """(right, filed) of ``papers`` with the word model ``common``."""
    right = made = 0
    for paper in papers:
        found = suggest_for_text(paper.text, layout=paper.layout, pages=paper.pages,
                                 common=common)
        if found.category is not None:
            made += 1
            right += found.category == paper.category
    return right, made


def leave_one_out(papers: list[Paper], min_papers: int, min_sets: int,
                  base: dict[str, Any] | None = None) -> None:
    totals: Counter[tuple[str, str]] = Counter()
    for folder in dict.fromkeys(p.folder for p in papers):
        held_out = [p for p in papers if p.folder == folder]
        others = count([p for p in papers if p.folder != folder], min_papers, min_sets, base)
        line = [f"{Path(folder).name:>12} {len(held_out):3} papers"]
        for name, common in (("cues alone", Model()), ("with wording", model_from_counts(others))):
            right, made = filed(held_out, common)
            totals[name, "right"] += right
            totals[name, "filed"] += made
            line.append(f"{name}: {_figures(right, made, len(held_out))}")
        print(" | ".join(line), flush=True)
    for name in ("cues alone", "with wording"):
        print(f"all {len(papers)} papers, {name}: "
              f"{_figures(totals[name, 'right'], totals[name, 'filed'], len(papers))}")


def _figures(right: int, made: int, papers: int) -> str:
    precision = 100 * right / made if made else 100.0
    return f"precision {right}/{made} = {precision:.1f} %, coverage {100 * made / papers:.1f} %"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", help="SET_FOLDER=DATA_FOLDER")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--leave-one-out", action="store_true")
    parser.add_argument("--min-papers", type=int, default=3)
    parser.add_argument("--min-sets", type=int, default=2)
    parser.add_argument("--base", type=Path, help="counts of earlier sets to add to")
    args = parser.parse_args()
    base = json.loads(args.base.read_text(encoding="utf-8")) if args.base else None
    papers: list[Paper] = []
    for pair in args.sets:
        folder, data = pair.split("=")
        papers += read_set(Path(folder), Path(data))
    if args.leave_one_out:
        leave_one_out(papers, args.min_papers, args.min_sets, base)
        return
    if args.out is None:
        parser.error("--out PATH or --leave-one-out")
    counts = count(papers, args.min_papers, args.min_sets, base)
    args.out.write_text(json.dumps(counts, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                        encoding="utf-8")
    kept = len({w for held in counts["words"].values() for w in held})
    print(f"{len(papers)} papers in {len(args.sets)} sets, {kept} words kept")


if __name__ == "__main__":
    main()
