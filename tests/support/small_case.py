"""A small real case: a digital PDF, a scanned page read by real Tesseract, a packet filed
(with its kept copy), a row of a table the trust code does not know (as another feature
would add), and an edit."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop_app.services import Services
from desktop_app.services.packets import FilingOptions
from desktop_app.storage.db import transaction
from desktop_app.storage.protection import keys
from tests.conftest import PROTECTED, TEST_PASSPHRASE, protect_new
from tests.make import page_image, save_image, text_pdf

SMALL = (1275, 1650)  # Letter at 150 dpi: quick to read

FILINGS_TABLE = """
CREATE TABLE IF NOT EXISTS kept_filings (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    filed_on TEXT NOT NULL
)"""


@dataclass
class SmallCase:
    case_id: int
    documents: list[int]
    filing: Path  # the kept copy of its filing, at rest (sealed in a protected folder)


def add_filings_table(services: Services) -> None:
    """A table added by other work (issue 5's filing record) that names a kept file."""
    services.db.execute(FILINGS_TABLE)


def build_case(services: Services, folder: Path, name: str = "Maria Hernández",
               ocr: bool = True) -> SmallCase:
    folder.mkdir(parents=True, exist_ok=True)
    case = services.create_case(name=name, a_number="A123456789")
    letter = text_pdf(folder / f"{name[:5]}-letter.pdf",
                      ["Gulf Coast Builders confirms that Maria has worked here since 2018. "
                       * 3, "Second page of the letter with enough text to count as text. " * 2])
    paths = [letter]
    if ocr:
        paths.append(save_image(page_image(["Residential Lease Agreement",
                                            "1418 Cedar Avenue Houston"], size=SMALL,
                                           font_px=26), folder / f"{name[:5]}-lease.png"))
    outcomes = services.import_files(case.id, paths)
    assert all(o.status == "imported" for o in outcomes), outcomes
    docs = [int(o.document_id or 0) for o in outcomes]
    if ocr:
        summary = services.process(case.id, workers=1)
        assert summary.failed == 0
    services.tag(case.id, docs[0], "employment")
    if ocr:
        services.tag(case.id, docs[1], "residence")
    services.rename(case.id, docs[0], "Employer letter")
    services.set_date(case.id, docs[0], "2023-05-12")
    # A row of another feature's table that names a file by its path: plain text, which
    # neither an archive nor a deletion ever takes for a file (issue 13).
    add_filings_table(services)
    with transaction(services.db):
        services.db.execute("INSERT INTO kept_filings(case_id, path, filed_on) VALUES (?, ?, ?)",
                            [case.id, "filings/case-packet.pdf", "2024-01-02"])
    # A packet filed: its kept copy is found from the filing's ids.
    _result, filed = services.record.export(case.id, folder / "packet.pdf",
                                              FilingOptions())
    return SmallCase(case.id, docs, services.store.root / filed.kept_path)


@pytest.fixture(scope="session")
def _small_case_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, SmallCase]:
    """The small case, built once (Tesseract and a filing are its costly steps) in a data
    folder of its own — protected in a protected run — that each test gets a copy of."""
    root = tmp_path_factory.mktemp("small-case") / "data"
    if PROTECTED:
        protect_new(root)
    svc = Services.open(root)
    try:
        built = build_case(svc, root.parent / "in")
        kept = built.filing.relative_to(svc.store.root)  # the copy's is at the same place
    finally:
        svc.close()
    return root, SmallCase(built.case_id, built.documents, kept)


def copy_small_case(data_dir: Path, request: pytest.FixtureRequest) -> Path:
    """For a test that asks for ``small_case``: a copy of the template's data folder, in
    place before ``services`` opens it (called by tests/conftest.py's ``data_dir``)."""
    template, _built = request.getfixturevalue("_small_case_template")
    if data_dir.exists():  # protected: a key file of its own, replaced by the template's
        shutil.rmtree(data_dir)
    shutil.copytree(template, data_dir)
    if PROTECTED:
        keys.unlock(data_dir, TEST_PASSPHRASE)
    return data_dir


@pytest.fixture
def small_case(services: Services, _small_case_template: tuple[Path, SmallCase]) -> SmallCase:
    _template, built = _small_case_template
    return SmallCase(built.case_id, built.documents, services.store.root / built.filing)
