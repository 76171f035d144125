"""Exhibit numbering exists once (``core.exhibits``): the board shows the ids the filed PDF
prints — several tabs, a translation under its original's id, a supplement that
continues the numbering (a new tab taking the next free letter, a document filed again
with the translation it lacked)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pymupdf

from desktop_app.services import Services
from desktop_app.services.packets import FilingOptions
from tests import make


def _add(services: Services, case_id: int, folder: Path, title: str, tab: str,
         pages: int = 1, *, excluded: bool = False) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    path = make.text_pdf(folder / f"{title}.pdf", [
        f"{title} page {n}, Rosa Diaz, 1418 Cedar Avenue, Houston. " * 4
        for n in range(1, pages + 1)])
    outcome = services.import_files(case_id, [path])[0]
    assert outcome.document_id is not None, outcome
    services.process(case_id, workers=1)
    services.tag(case_id, outcome.document_id, tab)
    services.rename(case_id, outcome.document_id, title)
    if excluded:
        for page in services.list_pages(outcome.document_id):
            services.exclude_page(page.id)
    return outcome.document_id


def _translate(services: Services, case_id: int, folder: Path, original: int,
               title: str, tab: str) -> int:
    services.get_document(original)
    services.assistant.set_language(case_id, original, "es")
    translation = _add(services, case_id, folder, title, tab)
    services.assistant.pair_translation(case_id, translation, original)
    return translation


def _printed_ids(packet: Path) -> dict[str, str]:
    """{title: exhibit id} as the packet's bookmarks print them; a translation under
    its own title ("<original title> (translation)") with the id its pages carry."""
    found: dict[str, str] = {}
    parent = ""
    with pymupdf.open(packet) as pdf:
        for level, text, _page in pdf.get_toc():
            if level == 2:
                exhibit_id, _sep, title = text.partition(" ")
                found[title] = exhibit_id
                parent = title
            elif level == 3:
                found[f"{parent} (translation)"] = text
    return found


def _board_ids(services: Services, case_id: int, titles: set[str],
               translations: dict[str, str]) -> dict[str, str]:
    """The same, as the board shows it (its snapshot, read the way the window does)."""
    snapshot = services.board.snapshot(case_id)
    by_title = {d.title: d.id for d in snapshot.documents}
    shown = {title: snapshot.exhibits[by_title[title]] for title in titles}
    for original, translation in translations.items():
        shown[f"{original} (translation)"] = snapshot.exhibits[by_title[translation]]
    return shown


def test_the_board_shows_the_ids_the_filed_packets_print(
        services: Services, tmp_path: Path) -> None:
    case_id = services.create_case(name="Rosa Díaz").id
    inbox = tmp_path / "in"
    _add(services, case_id, inbox, "Lease", "residence", 2)
    _add(services, case_id, inbox, "Old receipt", "residence", excluded=True)  # no pages
    _add(services, case_id, inbox, "Rent receipt", "residence")
    letter = _add(services, case_id, inbox, "Carta del empleador", "employment")
    _translate(services, case_id, inbox, letter, "Employer letter", "employment")
    support = _add(services, case_id, inbox, "Carta de apoyo", "community")
    services.assistant.set_translator(case_id, name="Ana Ruiz")

    first_titles = {"Lease", "Rent receipt", "Carta del empleador", "Carta de apoyo"}
    pairs = {"Carta del empleador": "Employer letter"}
    before = _board_ids(services, case_id, first_titles, pairs)
    assert services.board.snapshot(case_id).letters == {
        "residence": "A", "employment": "B", "community": "C"}  # medical: no exhibit
    first, _filing = services.record.export(case_id, tmp_path / "first.pdf",
        FilingOptions(prepared_on=dt.date(2026, 3, 2), allow_untranslated=True))
    assert _printed_ids(first.path) == before == {
        "Lease": "A-1", "Rent receipt": "A-2", "Carta del empleador": "B-1",
        "Carta del empleador (translation)": "B-1 (translation)", "Carta de apoyo": "C-1"}

    # Later: a new residence paper, the first medical one (a tab never filed), and the
    # translation of the letter of support (filed before without one).
    _add(services, case_id, inbox, "Light bill", "residence")
    _add(services, case_id, inbox, "Clinic record", "medical")
    _translate(services, case_id, inbox, support, "Letter of support", "community")
    new_titles = {"Light bill", "Clinic record", "Carta de apoyo"}
    new_pairs = {"Carta de apoyo": "Letter of support"}
    coming = _board_ids(services, case_id, new_titles, new_pairs)
    supplement, _filing = services.record.export(case_id, tmp_path / "supplement.pdf",
        FilingOptions(purpose="supplement", continue_numbering=True,
                      prepared_on=dt.date(2026, 4, 9)))
    assert _printed_ids(supplement.path) == coming == {
        "Light bill": "A-3", "Carta de apoyo": "C-2",
        "Carta de apoyo (translation)": "C-2 (translation)", "Clinic record": "D-1"}

    # Once filed, every document keeps showing the id it was last filed under.
    after = _board_ids(services, case_id, first_titles | new_titles, pairs | new_pairs)
    assert after == before | coming
