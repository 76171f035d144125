"""The window's case tools beyond the board: the review, the record of filed packets,
deadlines and their reminder, redaction in the viewer. Each part is built in its own
module; this one makes their actions and the review dock, handed the window's context,
the viewer and the undo stack (the window places the dock: ``dock_into``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStyle,
    QToolButton,
    QWidget,
)

from desktop_app.gui import appearance, cases, deadlines, protection_ui, small_dialogs
from desktop_app.gui.context import WindowContext
from desktop_app.gui.dialogs import archive, check
from desktop_app.gui.dialogs.filings import FilingsDialog
from desktop_app.gui.qtcompat import emit
from desktop_app.gui.redaction import RedactionController
from desktop_app.gui.review_panel import ReviewPanel
from desktop_app.gui.viewer import PageViewer
from desktop_app.services.record import Reminder


class ReminderBanner(QFrame):
    """A quiet line at the top of the window while a deadline is near or overdue."""

    showRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Deadline reminder"))
        self.text = QLabel(self)
        self.text.setObjectName("reminderText")
        self.text.setWordWrap(True)
        self.show_button = QPushButton(self.tr("Deadlines…"), self)
        self.show_button.setAutoDefault(False)
        self.show_button.clicked.connect(lambda: emit(self.showRequested))
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setAccessibleName(self.tr("Hide the reminder"))
        close.setToolTip(self.tr("Hide the reminder until the app is opened again"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignVCenter)
        self.reminders: list[Reminder] = []
        self.hide()

    def show_reminders(self, reminders: list[Reminder]) -> None:
        self.reminders = reminders
        self.text.setText(deadlines.reminder_text(reminders))
        self.setVisible(bool(reminders))


class CaseTools(QObject):
    remindersShown = Signal()

    def __init__(self, context: WindowContext, viewer: PageViewer, undo: QUndoStack) -> None:
        super().__init__(context)
        self.context = context
        self.viewer = viewer
        host = context.dialog_parent
        self.banner = ReminderBanner(host)
        self.banner.showRequested.connect(self.show_deadlines)
        self.redaction = RedactionController(viewer, context.runner, undo, self)
        self.redaction.failed.connect(context.show_error)
        self.redaction.everywhereDone.connect(lambda _r: self._stored_files_changed())
        self.filings_action = self._action(self.tr("&Packets filed…"), self.show_filings,
                                           self.tr("Every packet exported for this case, with a "
                                                   "kept copy of each"))
        self.deadlines_action = self._action(self.tr("Dead&lines…"), self.show_deadlines,
                                             self.tr("Dates to answer or file by, with reminders"))
        self.check_action = self._action(
            self.tr("&Check the data folder…"), lambda: check.check_data_folder(self.context),
            self.tr("Check every stored original against its fingerprint and the database's "
                    "integrity"))
        self.protect_action = self._action("", self.protect_or_change, "")
        protection_ui.update_action(self.protect_action, context.data_dir)
        self.save_archive_action = self._action(
            self.tr("Save case a&rchive…"), self.save_archive,
            self.tr("The whole case in one file (optionally protected by a passphrase), to back "
                    "it up or hand it to a colleague"))
        self.open_archive_action = self._action(
            self.tr("&Open case archive…"), lambda: archive.open_archive(self.context),
            self.tr("Bring in a case saved as an archive"))
        self.delete_action = self._action(
            self.tr("De&lete case…"), self.delete_case,
            self.tr("Remove the case, its files and its history from this computer"))
        self.dialog: Any = None
        self.review = ReviewPanel(context.runner, host)
        self.review.documentRequested.connect(context.show_document)
        margins = self.review.layout()
        if margins is not None:
            margins.setContentsMargins(6, 2, 6, 4)
        self.review_dock = QDockWidget(self.tr("Review"), host)
        self.review_dock.setObjectName("reviewDock")
        self.review_dock.setWidget(self.review)
        self.review_action = self.review_dock.toggleViewAction()
        self.review_action.setText(self.tr("&Review the case"))
        # F7, the review key of office suites: Ctrl+R rotates the page in the viewer.
        self.review_action.setShortcut(QKeySequence("F7"))
        self.review_action.setIcon(appearance.standard_icon(
            host, QStyle.StandardPixmap.SP_MessageBoxInformation, "dialog-information"))
        self.review_action.setToolTip(self.tr("What a reviewer could object to: gaps, old or "
                                              "unreadable pages, missing translations"))
        host.addAction(self.review_action)
        self._shown_case: int | None = None

    def dock_into(self, main: QMainWindow, beside: QDockWidget) -> None:
        """Put the review dock at the bottom of ``main``, as a tab ``beside`` another."""
        main.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.review_dock)
        main.tabifyDockWidget(beside, self.review_dock)
        self.review_dock.hide()
        self.review_dock.visibilityChanged.connect(self._review_shown)
        self.review_dock.visibilityChanged.connect(  # its tab bar is made once shown
            lambda _shown: QTimer.singleShot(0, lambda: small_dialogs.skip_dock_tabs(main)))

    def _action(self, text: str, slot: Any, tip: str) -> QAction:
        action = QAction(text, self.context.dialog_parent)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _on=False: slot())
        return action

    def case_changed(self) -> None:
        has_case = self.context.case_id is not None
        if self.context.case_id != self._shown_case and self.review_dock.isVisible():
            self._shown_case = self.context.case_id
            self.review.show_case(self.context.case_id)
        for action in (self.filings_action, self.deadlines_action, self.save_archive_action,
                       self.delete_action):
            action.setEnabled(has_case)

    def _review_shown(self, shown: bool) -> None:
        if not shown:
            return
        if self.context.case_id != self._shown_case:
            self._shown_case = self.context.case_id
            self.review.show_case(self.context.case_id)
        else:
            self.review.refresh(only_if_changed=True)

    # --- the data folder -----------------------------------------------------------------

    def save_archive(self) -> None:
        if self.context.case_id is not None:
            self.dialog = archive.save_archive(self.context, self.context.case_id)

    def protect_or_change(self) -> None:
        self.dialog = protection_ui.protect_or_change(
            self.context, after=lambda: protection_ui.update_action(self.protect_action,
                                                                    self.context.data_dir))

    def delete_case(self) -> None:
        if self.context.case_id is not None:
            cases.delete_case(self.context, self.context.case_id)

    # --- the record -----------------------------------------------------------------------

    def _case_name(self) -> str:
        return self.context.case_name()

    def _stored_files_changed(self) -> None:
        """Documents were stored again (redacted everywhere): board and viewer follow."""
        self.context.stored_files_changed()

    def show_filings(self) -> None:
        if self.context.case_id is None:
            return
        self.dialog = FilingsDialog(self.context.runner, self.context.case_id, self._case_name(),
                                    self.context.dialog_parent)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.opened.connect(
            lambda path: self.context.show_status(self.tr("Opened {path}").format(path=path)))
        self.dialog.open()

    def show_deadlines(self) -> None:
        case_id = self.context.case_id
        if case_id is None and self.banner.reminders:
            case_id = self.banner.reminders[0].deadline.case_id
        if case_id is None:
            return
        dialog = deadlines.DeadlinesDialog(self.context.runner, case_id, self._case_name(),
                                           self.context.dialog_parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(lambda _n: self.check_deadlines())
        self.dialog = dialog
        dialog.open()

    def check_deadlines(self) -> None:
        """Show the reminder banner when a deadline of any case is near or past."""
        deadlines.load_reminders(self.context.runner, self._reminders_loaded)

    def _reminders_loaded(self, reminders: list[Reminder]) -> None:
        self.banner.show_reminders(reminders)
        emit(self.remindersShown)
