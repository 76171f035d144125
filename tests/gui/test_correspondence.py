"""Notices and letters received, in the window: kept with the case in their own group,
searchable, out of the packet; dragged onto a tab they go in, and undo takes them out."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.gui.main_window import MainWindow
from desktop_app.services import Services
from desktop_app.services.board import CORRESPONDENCE, UNFILED
from tests.gui.conftest import digital, titles

NOTICE = ("U.S. Citizenship and Immigration Services\nNotice of Action\nReceipt Notice\n"
          "Notice Date: May 2, 2024\nWe have received your request. Keep this notice.")
LEASE = ("Residential Lease Agreement between the landlord and the tenant. The monthly "
         "rent is $950 and the security deposit is $950. Signed March 3, 2019.")


def _packet_titles(data_dir: Path, case_id: int) -> list[str]:
    svc = Services.open(data_dir)
    try:
        plan = svc.packets.plan(case_id)
        return [e.title for t in plan.tabs for e in t.exhibits]
    finally:
        svc.close()


def test_a_notice_received_is_kept_aside_searchable_and_can_go_in(
        qtbot: QtBot, window: MainWindow, data_dir: Path, tmp_path: Path) -> None:
    svc = Services.open(data_dir)
    try:
        case = svc.create_case(name="Rosa Díaz")
        svc.import_files(case.id, [digital(tmp_path / "in" / "lease.pdf", [LEASE])])
        lease = svc.list_documents(case.id)[0]
        svc.tag(case.id, lease.id, "residence")
    finally:
        svc.close()
    window.cases.open_case(case.id)
    qtbot.waitUntil(lambda: window.board_model.snapshot is not None, timeout=10_000)
    assert "Add a notice or letter &received…" in [
        a.text() for a in window.menuBar().actions()[0].menu().actions()]

    window.work.import_paths([digital(tmp_path / "in" / "notice.pdf", [NOTICE])],
                             correspondence=True)
    qtbot.waitUntil(lambda: titles(window, CORRESPONDENCE) == ["Notice"], timeout=20_000)
    qtbot.waitUntil(window.is_settled, timeout=10_000)
    assert titles(window, UNFILED) == []
    snapshot = window.board_model.snapshot
    assert snapshot is not None
    notice = next(d.id for d in snapshot.documents if d.title == "Notice")
    assert snapshot.suggestion(notice) is None  # the assistant does not file notices
    assert _packet_titles(data_dir, case.id) == ["Lease"]
    window.actions_.search_box.setText("Receipt Notice")
    window.run_search()
    qtbot.waitUntil(lambda: window.search_panel.isVisible(), timeout=10_000)

    window.board.select_document(notice)
    window.edits.file_selected_under("residence")  # it goes in the packet after all
    qtbot.waitUntil(lambda: "Notice" in titles(window, "residence"), timeout=10_000)
    qtbot.waitUntil(window.is_settled, timeout=10_000)
    assert sorted(_packet_titles(data_dir, case.id)) == ["Lease", "Notice"]

    window.undo_stack.undo()
    qtbot.waitUntil(lambda: titles(window, CORRESPONDENCE) == ["Notice"], timeout=10_000)
    qtbot.waitUntil(window.is_settled, timeout=10_000)
    assert _packet_titles(data_dir, case.id) == ["Lease"]
    svc = Services.open(data_dir)
    try:
        assert [d.id for d, included in svc.record.correspondence(case.id)
                if not included] == [notice]
    finally:
        svc.close()


def test_a_document_dragged_to_correspondence_leaves_the_packet(
        qtbot: QtBot, window: MainWindow, data_dir: Path, tmp_path: Path) -> None:
    svc = Services.open(data_dir)
    try:
        case = svc.create_case(name="Rosa Díaz")
        svc.import_files(case.id, [digital(tmp_path / "in" / "lease.pdf", [LEASE]),
                                   digital(tmp_path / "in" / "notice.pdf", [NOTICE])])
        for doc in svc.list_documents(case.id):
            svc.tag(case.id, doc.id, "residence")
    finally:
        svc.close()
    window.cases.open_case(case.id)
    qtbot.waitUntil(lambda: len(titles(window, "residence")) == 2, timeout=10_000)
    window.edits.move_documents([d.id for d in window.board_model.snapshot.documents  # type: ignore[union-attr]
                                 if d.title == "Notice"], CORRESPONDENCE, -1)
    qtbot.waitUntil(lambda: titles(window, CORRESPONDENCE) == ["Notice"], timeout=10_000)
    qtbot.waitUntil(window.is_settled, timeout=10_000)
    assert titles(window, "residence") == ["Lease"]
    assert _packet_titles(data_dir, case.id) == ["Lease"]
