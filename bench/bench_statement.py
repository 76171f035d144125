"""Typesetting the applicant's statement against raw PyMuPDF flowing the same text, in the
same run.

    .venv/bin/python bench/bench_statement.py [--words 400] [--citations 6] [--runs 7]

A statement of the seven sections, each ``words`` words long with ``citations``
citations, is drawn:

* ``statement``: ``draw_statement`` — headings, paragraphs measured and wrapped by hand,
  every citation a label and a link rectangle, the declaration and signature block;
* ``raw``: ``pymupdf.Story`` (MuPDF's own HTML flow) laying out the same resolved text,
  one heading and paragraph per section, page after page — no links, no signature;
* ``front``: ``draw_front`` of a small packet with the statement (what an export really
  does: the cover, statement and index drawn until their page counts hold) against
  ``front-bare``, the same packet without it.

Prints the medians and the ratios ``statement/raw`` and ``front/front-bare``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pymupdf

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.core.export.front import draw_front  # noqa: E402
from desktop_app.core.export.letter import cite_label  # noqa: E402
from desktop_app.core.export.numbering import number_pages  # noqa: E402
from desktop_app.core.export.plan import (  # noqa: E402
    CoverInfo,
    Exhibit,
    PacketPlan,
    PageSource,
    TabSection,
)
from desktop_app.core.export.statement_pages import draw_statement  # noqa: E402
from desktop_app.core.export.typeset import Fonts  # noqa: E402
from desktop_app.core.export.written import (  # noqa: E402
    Cited,
    Signature,
    StatementPages,
    Written,
    WrittenSection,
)
from desktop_app.core.statement import SECTION_TITLES  # noqa: E402

TEXT = ("I have lived in Houston since the spring of two thousand sixteen and work at the "
        "bakery on Cedar Avenue where my employer knows me well")
WORDS = TEXT.split(" ")  # noqa: SIM905 - the sentence reads better than a list of words


def _plan(tmp: Path) -> PacketPlan:
    pdf = tmp / "page.pdf"
    with pymupdf.open() as doc:
        doc.new_page().insert_text((72, 72), "An exhibit page")
        doc.save(pdf)
    exhibits = tuple(Exhibit(f"A-{n}", f"Exhibit {n}", None, (PageSource(pdf, "pdf", 0),))
                     for n in range(1, 21))
    return PacketPlan(CoverInfo("Rosa Díaz", "A-987-654-321"),
                      (TabSection("A", "Residence", "Proof of residence", exhibits),),
                      dt.date(2026, 12, 4))


def _statement(words: int, citations: int) -> StatementPages:
    sections = []
    for n, title in enumerate(SECTION_TITLES.values()):
        runs: list[str | Cited] = []
        every = max(1, words // max(citations, 1))
        text: list[str] = []
        for w in range(words):
            text.append(WORDS[(w + n) % len(WORDS)])
            if (w + 1) % every == 0 and len(runs) // 2 < citations:
                runs += [" ".join(text) + " ", Cited(f"A-{(w + n) % 20 + 1}", 0, 1, 1)]
                text = []
        runs.append(" ".join(text) + ".")
        sections.append(WrittenSection(title, (tuple(runs),)))
    return StatementPages("Rosa Díaz", tuple(sections))


def _median(job: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=400)
    parser.add_argument("--citations", type=int, default=6)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        plan = _plan(Path(folder))
        statement = _statement(args.words, args.citations)
        signature = Signature("Rosa Díaz", "self", dt.date(2026, 12, 4))
        page_map = number_pages(plan, 1, 1, statement_pages=4)
        fonts = Fonts()

        def ours() -> None:
            with pymupdf.open() as doc:
                draw_statement(doc, statement, signature, fonts,
                               lambda c: cite_label(c, page_map, packet_pages=True))

        html = "".join(
            f"<h3>{s.title}</h3><p>" + "".join(
                r if isinstance(r, str) else cite_label(r, page_map, packet_pages=True)[0]
                for p in s.paragraphs for r in p) + "</p>" for s in statement.sections)

        def raw() -> None:
            story = pymupdf.Story(html)
            out = io.BytesIO()
            writer = pymupdf.DocumentWriter(out)
            more = True
            while more:
                device = writer.begin_page(pymupdf.paper_rect("letter"))
                more, _filled = story.place(pymupdf.Rect(72, 72, 540, 720))
                story.draw(device)
                writer.end_page()
            writer.close()

        with_statement = replace(plan, written=Written(signature=signature,
                                                       statement=statement))

        def front() -> None:
            with pymupdf.open() as doc:
                draw_front(doc, with_statement, fonts)

        def bare() -> None:
            with pymupdf.open() as doc:
                draw_front(doc, plan, fonts)

        ours()  # warm the fonts and the width cache
        raw()
        t_ours, t_raw = _median(ours, args.runs), _median(raw, args.runs)
        t_front, t_bare = _median(front, args.runs), _median(bare, args.runs)
        with pymupdf.open() as doc:
            pages = len(draw_statement(doc, statement, signature, fonts,
                                       lambda c: cite_label(c, page_map, packet_pages=True)))
    print(f"statement: {7 * args.words} words, {7 * args.citations} citations, {pages} pages")
    print(f"statement  {t_ours * 1000:8.1f} ms   raw Story {t_raw * 1000:8.1f} ms   "
          f"RATIO {t_ours / t_raw:.2f}")
    print(f"front      {t_front * 1000:8.1f} ms   front-bare {t_bare * 1000:7.1f} ms   "
          f"RATIO {t_front / t_bare:.2f}")


if __name__ == "__main__":
    main()
