"""A case built for the record's tests: real PDFs with text of their own (ready without
OCR), filed under tabs in a real data folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pymupdf

from desktop_app.services import Services
from tests import make


@dataclass
class Built:
    case_id: int
    ids: dict[str, int]  # file stem -> document id


def add_documents(services: Services, case_id: int, folder: Path,
                  files: dict[str, tuple[str, int]]) -> dict[str, int]:
    """Import ``{stem: (tab, pages)}`` as digital PDFs, read them and file them."""
    folder.mkdir(parents=True, exist_ok=True)
    ids: dict[str, int] = {}
    for stem, (_tab, count) in files.items():
        path = make.text_pdf(folder / f"{stem}.pdf", [
            f"{stem} page {n} for Rosa Diaz, 1418 Cedar Avenue, Houston. " * 4
            for n in range(1, count + 1)])
        outcome = services.import_files(case_id, [path])[0]
        assert outcome.status == "imported", outcome
        assert outcome.document_id is not None
        ids[stem] = outcome.document_id
    services.process(case_id, workers=1)
    for stem, (tab, _count) in files.items():
        services.tag(case_id, ids[stem], tab)
    return ids


def build_case(services: Services, folder: Path) -> Built:
    case = services.create_case(name="Rosa Díaz", a_number="A-987-654-321",
                                relief="deferred action")
    ids = add_documents(services, case.id, folder, {
        "lease": ("residence", 2), "receipt-2017": ("residence", 1),
        "receipt-2019": ("residence", 1), "bill-2021": ("residence", 1),
        "employer-letter": ("employment", 1),
    })
    return Built(case.id, ids)


def page_texts(path: Path) -> list[str]:
    with pymupdf.open(path) as pdf:
        return [" ".join(page.get_text().split()) for page in pdf]
