"""The record in the window: export as a supplement, the history of filings (open, copy),
and the deadlines dialog; against a real data folder, real lanes and a real export
process."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QTreeWidget
from pytestqt.qtbot import QtBot

from desktop_app.core.files import sha256_file
from desktop_app.gui.deadlines import DeadlinesDialog, load_reminders, reminder_text
from desktop_app.gui.dialogs.export_dialog import ExportDialog
from desktop_app.gui.dialogs.filings import FilingsDialog
from desktop_app.gui.tasks import TaskRunner
from desktop_app.services import Services, record
from desktop_app.services.packets import FilingOptions
from tests.gui.conftest import dispose
from tests.support.record import Built, add_documents, build_case, page_texts

MARCH_2 = dt.date(2026, 3, 2)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def filed(data_dir: Path, tmp_path: Path) -> Iterator[Built]:
    """A case with one packet filed on March 2 and one new document since."""
    services = Services.open(data_dir)
    try:
        built = build_case(services, tmp_path / "in")
        services.record.export(built.case_id, tmp_path / "first.pdf",
                                 FilingOptions(prepared_on=MARCH_2))
        built.ids.update(add_documents(services, built.case_id, tmp_path / "new",
                                       {"receipt-2024": ("residence", 1)}))
        yield built
    finally:
        services.close()


@pytest.fixture
def runner(data_dir: Path, filed: Built) -> Iterator[TaskRunner]:
    tasks = TaskRunner(data_dir)
    yield tasks
    dispose(tasks)


def _select(tree: QTreeWidget, row: int) -> None:
    item = tree.topLevelItem(row)
    assert item is not None
    tree.setCurrentItem(item)


def _rows(tree: QTreeWidget) -> list[list[str]]:
    found = []
    for r in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(r)
        assert item is not None
        found.append([item.text(c) for c in range(tree.columnCount())])
    return found


def test_export_dialog_files_a_supplement_and_records_it(
    qtbot: QtBot, runner: TaskRunner, filed: Built, data_dir: Path, settings: QSettings,
    tmp_path: Path,
) -> None:
    services = Services.open(data_dir)
    try:
        snapshot = services.board.snapshot(filed.case_id)
    finally:
        services.close()
    dialog = ExportDialog(runner, snapshot, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    # Something was filed: the dialog offers to go on from it, and does by default.
    qtbot.waitUntil(lambda: dialog.only_new.isChecked(), timeout=10_000)
    assert "1 packet(s) filed before; the last on 2026-03-02" in dialog.filed_label.text()
    assert dialog.purpose.currentText() == "Supplement"
    assert dialog.chronology.isEnabled()
    qtbot.waitUntil(lambda: _rows(dialog.preview) == [
        ["A. Residence", "A-5", "Receipt 2024", "—", "1"]], timeout=10_000)
    assert dialog.plan_note.isVisible()
    assert dialog.plan_note.text() == (
        "Supplement to the packet filed on March 2, 2026; exhibits A-1 to A-4 and B-1 were "
        "filed then.")
    # Unticked: the whole packet again, numbered from A-1, without the note.
    dialog.only_new.setChecked(False)
    qtbot.waitUntil(lambda: len(_rows(dialog.preview)) == 6, timeout=10_000)
    assert not dialog.plan_note.isVisible()
    dialog.only_new.setChecked(True)
    qtbot.waitUntil(lambda: len(_rows(dialog.preview)) == 1
                    and dialog.export_button.isEnabled(), timeout=10_000)

    dialog.note.setText("Sent with the RFE reply")
    dialog.purpose.setCurrentIndex(dialog.purpose.findData("rfe-response"))
    dialog.chronology.setChecked(True)
    out = tmp_path / "out" / "supplement.pdf"
    with qtbot.waitSignal(dialog.recorded, timeout=60_000) as recorded:
        dialog.export_to(out)
    filing = recorded.args[0]
    assert filing.number == 2 and filing.purpose == "rfe-response"
    assert filing.note == "Sent with the RFE reply" and filing.sha256 == sha256_file(out)
    assert [e.exhibit_id for e in filing.exhibits] == ["A-5"]
    assert "Recorded as filing 2" in dialog.message.text()
    texts = page_texts(out)
    assert "Response to the request for evidence" in texts[1]
    assert any(t.startswith("Chronology") for t in texts)


def test_filings_dialog_lists_opens_and_copies_the_kept_packets(
    qtbot: QtBot, runner: TaskRunner, filed: Built, data_dir: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services = Services.open(data_dir)
    try:
        services.record.export(filed.case_id, tmp_path / "second.pdf",
                                 FilingOptions(purpose="supplement", continue_numbering=True,
                                               note="hand-delivered"))
        kept = [services.record.kept_copy(filed.case_id, f.number)  # readable copies
                for f in services.record.filings(filed.case_id)]
    finally:
        services.close()
    dialog = FilingsDialog(runner, filed.case_id, "Rosa Díaz")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    rows = _rows(dialog.table)
    assert [r[:4] for r in rows] == [["2", dt.date.today().isoformat(), "Supplement", "4"],
                                     ["1", "2026-03-02", "Initial request", "10"]]
    assert rows[0][5] == "hand-delivered" and len(rows[0][4]) == 12
    assert _rows(dialog.exhibits) == [["A-5", "Receipt 2024", "—", "4"]]
    _select(dialog.table, 1)
    assert [r[0] for r in _rows(dialog.exhibits)] == ["A-1", "A-2", "A-3", "A-4", "B-1"]
    assert _rows(dialog.exhibits)[0] == ["A-1", "Lease", "—", "4–5"]

    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    with qtbot.waitSignal(dialog.opened, timeout=10_000):
        dialog.open_button.click()
    assert [u.toLocalFile() for u in opened] == [str(kept[0])]

    target = tmp_path / "copies" / "first"
    target.parent.mkdir()
    asked: list[str] = []

    def save_as(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    with qtbot.waitSignal(dialog.copied, timeout=10_000):
        dialog.copy_button.click()
    assert asked[0].endswith("Rosa Díaz - filed 2026-03-02 - Initial request.pdf")
    assert target.with_suffix(".pdf").read_bytes() == kept[0].read_bytes()
    assert "Copied to" in dialog.message.text()


def test_deadlines_dialog_adds_edits_and_completes_and_the_reminder_says_so(
    qtbot: QtBot, runner: TaskRunner, filed: Built,
) -> None:
    today = dt.date(2026, 3, 2)
    dialog = DeadlinesDialog(runner, filed.case_id, "Rosa Díaz", today=today)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        dialog.show()
    assert "No deadlines yet" in dialog.message.text()
    assert dialog.date.date().toString("yyyy-MM-dd") == "2026-04-01"  # a month ahead

    dialog.what.setText("Reply to the RFE")
    dialog.date.setDate(dialog.date.date().addDays(-26))  # March 6
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        dialog.add_button.click()
    assert _rows(dialog.table) == [["2026-03-06", "Reply to the RFE", "In 4 day(s)"]]
    assert dialog.message.text() == "Deadline added."

    _select(dialog.table, 0)
    assert dialog.what.text() == "Reply to the RFE" and dialog.done_button.isEnabled()
    dialog.what.setText("Reply to the request for evidence")
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        dialog.save_button.click()
    assert _rows(dialog.table)[0][1] == "Reply to the request for evidence"

    reminders: list[list[record.Reminder]] = []
    load_reminders(runner, reminders.append, today=today)
    qtbot.waitUntil(lambda: bool(reminders), timeout=10_000)
    assert reminder_text(reminders[0]) == (
        "Deadline: Rosa Díaz: Reply to the request for evidence is due in 4 days "
        "(March 6, 2026).")

    _select(dialog.table, 0)
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        dialog.done_button.click()
    assert _rows(dialog.table)[0][2] == "Done"
    assert dialog.done_button.text() == "Mark not done"
    reminders.clear()
    load_reminders(runner, reminders.append, today=today)
    qtbot.waitUntil(lambda: reminders == [[]], timeout=10_000)
    assert reminder_text([]) == ""

    _select(dialog.table, 0)
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        dialog.remove_button.click()
    assert _rows(dialog.table) == []
