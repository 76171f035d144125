"""The review panel on its own: real lanes, a real data folder, what the user sees."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from desktop_app.gui.review_panel import ReviewPanel
from desktop_app.gui.tasks import TaskRunner
from desktop_app.services import Services
from tests.gui.conftest import dispose
from tests.support.review import Built, clean_case


@pytest.fixture
def weak(build: Built) -> Built:
    """A clean case but for: no A-number (a tip), a receipt-sized page (a warning) and
    no recent residence proof for 20 months (a problem)."""
    clean_case(build)
    svc, case = build.svc, build.case
    svc.update_case(case.id, a_number="")
    for name in ("lease-3", "bill"):
        svc.remove_document(case.id, build.docs.pop(name))
    build.add("receipt", ["Money order receipt, paid to Harbor View"], size=(3, 5),
              tab="employment")
    return build


@pytest.fixture
def panel(qtbot: QtBot, data_dir: Path, weak: Built) -> Iterator[ReviewPanel]:
    runner = TaskRunner(data_dir)
    widget = ReviewPanel(runner, None)
    widget.resize(700, 400)
    widget.show()
    yield widget
    dispose(runner, widget)


def rows(panel: ReviewPanel) -> list[str]:
    model = panel.view.model()
    return [str(model.index(r, 0).data(Qt.ItemDataRole.AccessibleTextRole))
            for r in range(model.rowCount())]


def select(panel: ReviewPanel, code: str) -> int:
    for row, finding in enumerate(panel.visible_findings()):
        if finding.code == code:
            panel.view.setCurrentIndex(panel.view.model().index(row, 0))
            return row
    raise AssertionError(f"no {code} row")


def test_panel_lists_findings_and_opens_their_page(qtbot: QtBot, panel: ReviewPanel,
                                                   weak: Built) -> None:
    assert panel.summary.text() == "Open a case to review it."
    with qtbot.waitSignal(panel.reviewUpdated, timeout=30_000):
        panel.show_case(weak.case.id)
    assert panel.summary.text() == "1 problem, 1 warning, 1 tip"
    assert panel.pictures_to_check == 0  # measured in the background, then reviewed again
    shown = rows(panel)
    assert [r.split(":")[0] for r in shown] == ["Problem", "Warning", "Tip"]
    assert "No residence proof since" in shown[0]
    assert "prints at only 3.0 × 5.0 in" in shown[1]
    assert "A-number" in shown[2]
    index = panel.view.model().index(1, 0)
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()  # the severity icon

    select(panel, "small-page")
    receipt = weak.docs["receipt"]
    page = weak.svc.list_pages(receipt)[0].id
    panel.view.setFocus()
    with qtbot.waitSignal(panel.documentRequested, timeout=5_000) as opened:
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert opened.args == [receipt, page]


def test_dismiss_with_a_reason_then_show_and_restore(qtbot: QtBot, panel: ReviewPanel,
                                                     weak: Built, data_dir: Path) -> None:
    with qtbot.waitSignal(panel.reviewUpdated, timeout=30_000):
        panel.show_case(weak.case.id)
    select(panel, "missing-case-field")
    assert panel.dismiss_button.isEnabled() and not panel.restore_button.isEnabled()
    qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
    dialog = panel.reason_dialog
    assert isinstance(dialog, QInputDialog) and dialog.isVisible()
    assert "A-number" in dialog.labelText()
    dialog.setTextValue("She was never given one.")
    with qtbot.waitSignal(panel.reviewUpdated, timeout=30_000):
        dialog.accept()
    assert panel.summary.text() == "1 problem, 1 warning (1 dismissed)"
    assert len(rows(panel)) == 2

    panel.show_dismissed.setChecked(True)
    shown = rows(panel)
    assert len(shown) == 3 and "Dismissed: She was never given one." in shown[2]
    assert "(dismissed: She was never given one.)" in str(
        panel.view.model().index(2, 0).data(Qt.ItemDataRole.DisplayRole))
    # The dismissal is kept in the case: a fresh look at the data folder agrees.
    services = Services.open(data_dir)
    try:

        assert [f.code for f in services.review.findings(weak.case.id)] == [
            "residence-gap", "small-page"]
    finally:
        services.close()

    select(panel, "missing-case-field")
    assert panel.restore_button.isEnabled() and not panel.dismiss_button.isEnabled()
    with qtbot.waitSignal(panel.reviewUpdated, timeout=30_000):
        qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert panel.summary.text() == "1 problem, 1 warning, 1 tip"


def test_a_clean_case_says_so(qtbot: QtBot, data_dir: Path, build: Built) -> None:
    clean_case(build)
    runner = TaskRunner(data_dir)
    widget = ReviewPanel(runner, None)
    try:
        with qtbot.waitSignal(widget.reviewUpdated, timeout=30_000):
            widget.show_case(build.case.id)
        assert widget.summary.text().startswith("Nothing to fix")
        assert rows(widget) == []
    finally:
        dispose(runner, widget)


def test_the_panel_follows_changes_made_elsewhere_in_the_window(
    qtbot: QtBot, panel: ReviewPanel, weak: Built,
) -> None:
    with qtbot.waitSignal(panel.reviewUpdated, timeout=30_000):
        panel.show_case(weak.case.id)
    case_id = weak.case.id

    def fill_in(services: Services, ctx: object) -> None:
        services.update_case(case_id, a_number="A123456789")

    # Another part of the window changes the case in the db lane; the review follows.
    with qtbot.waitSignal(panel.reviewUpdated, timeout=30_000):
        panel.runner.run("db", fill_in, label="Edit case")
    assert panel.summary.text() == "1 problem, 1 warning"
