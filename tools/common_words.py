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
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from desktop_app.core.assistant.knowledge import CATEGORIES
from desktop_app.core.assistant.text import words
from desktop_app.services.facade import Services
from desktop_app.storage import assistant as store


def read_set(folder: Path, data: Path) -> list[tuple[str, set[str]]]:
    """(tab, the paper's words) for each labelled paper of ``folder`` read in ``data``."""
    truth = {t["file"]: t["category"]
             for t in json.loads((folder / "truth.json").read_text(encoding="utf-8"))}
    found = []
    services = Services.open(data)
    try:
        for case in services.list_cases():
            for doc in services.list_documents(case.id):
                category = truth.get(Path(doc.source_name).name)
                if category in CATEGORIES:
                    text = store.document_text(services.db, doc.id)
                    found.append((category, set(words(text))))
    finally:
        services.close()
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", help="SET_FOLDER=DATA_FOLDER")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--min-papers", type=int, default=3)
    parser.add_argument("--min-sets", type=int, default=2)
    args = parser.parse_args()
    papers: list[tuple[str, str, set[str]]] = []
    for pair in args.sets:
        folder, data = pair.split("=")
        papers += [(folder, cat, found) for cat, found in read_set(Path(folder), Path(data))]
    in_papers: Counter[str] = Counter()
    in_sets: defaultdict[str, set[str]] = defaultdict(set)
    for folder, _cat, found in papers:
        for word in found:
            in_papers[word] += 1
            in_sets[word].add(folder)
    shared = {w for w, n in in_papers.items()
              if n >= args.min_papers and len(in_sets[w]) >= args.min_sets and w.isalpha()}
    counts: dict[str, Counter[str]] = {c: Counter() for c in CATEGORIES}
    for _folder, cat, found in papers:
        counts[cat].update(found & shared)
    out = {
        "papers": dict(Counter(cat for _f, cat, _w in papers)),
        "words": {c: dict(sorted(counts[c].items())) for c in CATEGORIES},
    }
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                        encoding="utf-8")
    print(f"{len(papers)} papers in {len(args.sets)} sets, {len(shared)} words kept")


if __name__ == "__main__":
    main()
