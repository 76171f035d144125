"""Cases built through the real services with known weaknesses, and a clean one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf
import pytest

from desktop_app.core.models import Case
from desktop_app.services import Services
from tests.make import text_pdf

TODAY = dt.date.today()

APPLICANT = {
    "name": "María Elena Hernández López",
    "a_number": "A123456789",
    "date_of_birth": "1988-03-14",
    "address": "1418 Cedar Avenue, Houston, TX 77002",
    "phone": "713-555-0142",
    "email": "maria@example.org",
    "relief": "deferred action",
    "key_factors": "Ten years in Houston, steady work, two US-citizen children.",
}


def ago(months: int = 0, days: int = 0) -> str:
    """The ISO date ``months`` (30.44 days each) and ``days`` before today."""
    return (TODAY - dt.timedelta(days=round(months * 30.44) + days)).isoformat()


def lease(year: int) -> str:
    return (f"Harbor View Apartments\nResidential Lease Agreement {year}\n"
            "Tenant: Maria Hernandez\nAddress: 1418 Cedar Ave, Houston TX 77002\n"
            f"This lease runs for twelve months from March {year}. The monthly rent of "
            f"{800 + year - 2000} dollars is due on the first day of every month. The tenant "
            "keeps the apartment clean and pays the electric bill in her name.")


def utility_bill(month: str) -> str:
    return (f"CenterPoint Energy\nStatement for {month}\nCustomer: María E. Hernández\n"
            "Service address: 1418 Cedar Avenue, Houston TX\n"
            f"Electric service for the billing period ending {month}. Amount due "
            f"{len(month) * 7}.42 dollars by the due date printed on this statement.")


PAY_STUB = ("Gulf Coast Landscaping LLC\nEarnings Statement - Pay Stub\n"
            "Employee: Maria Hernandez Lopez\nPay period ending {date}\n"
            "Gross pay {gross}.00  Net pay {net}.50  Hours worked 80\n"
            "Federal withholding and social security deducted as shown.")
MEDICAL = ("Harris Health Clinic\nVisit Summary\nPatient: Hernandez, Maria E.\n"
           "Date of birth: 03/14/1988\nThe patient was seen for a follow-up visit on {date}. "
           "Blood pressure was normal and the treatment plan continues unchanged.")
LETTER = ("St. Joseph Parish Food Pantry\nTo whom it may concern\nI have known Maria "
          "Hernandez for eight years as a weekly volunteer at our food pantry. She is "
          "reliable, kind and a valued member of our community. Signed, Father Miguel "
          "Alvarez, Pastor.")


@dataclass
class Built:
    """A case made through the services, and its documents by name."""

    svc: Services
    case: Case
    folder: Path
    docs: dict[str, int] = field(default_factory=dict)

    def add(self, name: str, pages: list[str], *, tab: str | None = None,
            date: str | None = None, size: tuple[float, float] | None = None) -> int:
        path = self.folder / f"{name}.pdf"
        if size is None:
            text_pdf(path, pages)
        else:
            small_pdf(path, pages, size)
        [outcome] = self.svc.import_files(self.case.id, [path])
        assert outcome.status == "imported", outcome
        doc_id = outcome.document_id
        assert doc_id is not None
        if tab:
            self.svc.tag(self.case.id, doc_id, tab)
        if date:
            self.svc.set_date(self.case.id, doc_id, date)
        self.docs[name] = doc_id
        return doc_id


def small_pdf(path: Path, pages: list[str], size: tuple[float, float]) -> Path:
    """A PDF with text, its pages ``size`` inches (a receipt, an ID card)."""
    doc = pymupdf.open()
    for text in pages:
        page = doc.new_page(width=size[0] * 72, height=size[1] * 72)
        page.insert_textbox(pymupdf.Rect(10, 10, size[0] * 72 - 10, size[1] * 72 - 10), text,
                            fontsize=7)
    doc.save(path)
    doc.close()
    return path


@pytest.fixture
def build(services: Services, tmp_path: Path) -> Iterator[Built]:
    folder = tmp_path / "files"
    folder.mkdir()
    case = services.create_case(**APPLICANT, in_us_since=ago(months=40))
    yield Built(services, case, folder)


def clean_case(built: Built) -> Built:
    """A case a reviewer has nothing to say about: every tab, residence proofs at most
    ten months apart from arrival until now, a recent pay stub and medical visit."""
    for n, months in enumerate((38, 28, 18, 8)):
        built.add(f"lease-{n}", [lease(TODAY.year - months // 12)], tab="residence",
                  date=ago(months=months))
    built.add("bill", [utility_bill("last month")], tab="residence", date=ago(months=1))
    built.add("pay-stub", [PAY_STUB.format(date=ago(months=1), gross=2400, net=2010)],
              tab="employment", date=ago(months=1))
    built.add("medical", [MEDICAL.format(date=ago(months=3))], tab="medical",
              date=ago(months=3))
    built.add("letter", [LETTER], tab="community", date=ago(months=2))
    return built
