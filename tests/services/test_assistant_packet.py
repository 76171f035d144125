"""A packet with a certified translation, its certificate and a chronology page."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from desktop_app.services import Services
from tests import make
from tests.conftest import write_packet

CARTA = ("Iglesia San Judas Tadeo\nHouston, Texas, 9 de agosto de 2023\nA quien corresponda:\n"
         "Conozco a Rosa Gutiérrez desde hace diez años como miembro de nuestra "
         "congregación. Es una persona honesta y trabajadora.")
LETTER = ("[Translation]\nSaint Jude Thaddeus Church\nHouston, Texas, August 9, 2023\nTo whom "
          "it may concern:\nI have known Rosa Gutiérrez for ten years as a member of our "
          "congregation. She is an honest and hard-working person.")
LEASE = ("Oakwood Property Management\nResidential Lease Agreement\nDate: March 3, 2021\n"
         "The landlord rents the apartment to the tenant for $900 a month.")


@pytest.fixture
def packet_case(services: Services, tmp_path: Path) -> tuple[int, dict[str, int]]:
    case = services.create_case(name="Rosa Gutiérrez", relief="deferred action")
    files = {
        "carta": make.text_pdf(tmp_path / "carta.pdf", [CARTA]),
        "letter": make.text_pdf(tmp_path / "letter.pdf", [LETTER]),
        "lease": make.text_pdf(tmp_path / "lease.pdf", [LEASE, "Page two of the lease."]),
    }
    ids = {name: int(o.document_id or 0)
           for name, o in zip(files, services.import_files(case.id, list(files.values())),
                              strict=True)}
    services.process(case.id)
    services.assistant.suggest_ready_documents(case.id)
    services.assistant.accept(case.id, ids["carta"])
    services.assistant.accept(case.id, ids["lease"])
    services.assistant.pair_translation(case.id, ids["letter"], ids["carta"])
    services.assistant.set_translator(case.id, name="Luis Pérez",
                             address="12 Elm Street, Houston, TX 77023",
                             statement="I am fluent in Spanish and English.")
    return case.id, ids


def _texts(path: Path) -> list[str]:
    with pymupdf.open(path) as doc:
        return [page.get_text() for page in doc]


def test_translation_follows_its_original_with_certificate_and_chronology(
    services: Services, packet_case: tuple[int, dict[str, int]], tmp_path: Path
) -> None:
    case_id, ids = packet_case
    out = tmp_path / "packet.pdf"
    result = write_packet(services, case_id, out, chronology=True)
    pages = _texts(out)
    # cover, index, chronology, tab A divider, lease x2, tab B divider, carta, translation,
    # certificate
    assert result.page_count == len(pages) == 10
    index, chronology = pages[1], pages[2]
    assert "(with certified translation)" in index
    assert "B-2" not in index  # the translation is not an exhibit of its own
    assert "Chronology" in chronology
    assert chronology.index("March 3, 2021") < chronology.index("August 9, 2023")
    assert "Lease" in chronology and "A-1" in chronology and "B-1" in chronology
    carta, translation, certificate = pages[7], pages[8], pages[9]
    assert "Conozco a Rosa" in carta and "Exhibit B-1" in carta
    assert "I have known Rosa" in translation
    assert "Exhibit B-1 (translation)" in translation
    assert "Certificate of Translation" in certificate
    assert "Luis Pérez" in certificate and "from Spanish into English" in certificate
    assert "I am fluent in Spanish and English." in certificate
    assert "Exhibit B-1 (translation)" in certificate
    with pymupdf.open(out) as doc:
        toc = [(level, title, page) for level, title, page in doc.get_toc()]
    assert (1, "Chronology", 3) in toc
    assert (3, "B-1 (translation)", 9) in toc
    # The index row of B-1 covers the original, its translation and the certificate.
    assert "8\u201310" in index


def test_without_a_translator_there_is_no_certificate_and_no_chronology_by_default(
    services: Services, packet_case: tuple[int, dict[str, int]], tmp_path: Path
) -> None:
    case_id, _ids = packet_case
    services.db.execute("DELETE FROM translators")  # as if never entered
    out = tmp_path / "packet.pdf"
    result = write_packet(services, case_id, out)
    pages = _texts(out)
    assert result.page_count == 8  # cover, index, divider, 2 lease, divider, carta, letter
    assert not any("Certificate of Translation" in p for p in pages)
    assert not any("Chronology" in p for p in pages[:3])
    assert "Exhibit B-1 (translation)" in pages[7]
