"""The case review in the window: findings with their severity, what to do, and a way to
the document or page each is about; dismiss a finding with a reason, or show it again.

The review runs in the ``db`` lane (never on the GUI thread) whenever the case is shown,
``refresh`` is called, or any other job of the window ends while the panel is visible
(so it follows the case as it changes). Pages whose pictures were never measured (a
small render each, cached by page id) are measured in the background ``import`` lane,
then the review runs again: the db lane never waits for rendering.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.review import Finding
from desktop_app.gui.qtcompat import emit
from desktop_app.gui.tasks import JobContext, TaskRunner
from desktop_app.services import Services

AnyIndex = QModelIndex | QPersistentModelIndex
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
COLOURS = {"problem": QColor("#b3261e"), "warning": QColor("#8a5a00"),
           "tip": QColor("#1f5fa8")}
ICONS = {"problem": QStyle.StandardPixmap.SP_MessageBoxCritical,
         "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
         "tip": QStyle.StandardPixmap.SP_MessageBoxInformation}
REFRESH_DELAY_MS = 300
Reviewed = tuple[list[Finding], int, tuple[int, int]]  # findings, pages to measure, stamp


class FindingsModel(QAbstractListModel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._widget = parent
        self._rows: list[Finding] = []

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self._rows = list(findings)
        self.endResetModel()

    def finding(self, row: int) -> Finding | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def severity_label(self, finding: Finding) -> str:
        return {"problem": self.tr("Problem"), "warning": self.tr("Warning"),
                "tip": self.tr("Tip")}[finding.severity]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        finding = self.finding(index.row()) if index.isValid() else None
        if finding is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if finding.dismissed:
                return self.tr("{message} (dismissed: {reason})").format(
                    message=finding.message, reason=finding.dismissed_reason)
            return finding.message
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = f"{self.severity_label(finding)}: {finding.message}"
            if finding.dismissed:
                text += " " + self.tr("Dismissed: {reason}").format(
                    reason=finding.dismissed_reason)
            return text
        if role == Qt.ItemDataRole.DecorationRole:
            return self._widget.style().standardIcon(ICONS[finding.severity])
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = QColor("#777777") if finding.dismissed else COLOURS[finding.severity]
            return QBrush(colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{severity} ({code}). Double-click or press Enter to open the "
                           "document.").format(severity=self.severity_label(finding),
                                               code=finding.code)
        if role == FINDING_ROLE:
            return finding
        return None


class ReviewPanel(QWidget):
    """The review of one case; activating a finding asks for its document or page."""

    documentRequested = Signal(int, int)  # document id, page id (0: the document)
    reviewUpdated = Signal()  # the review is complete and shown
    reviewFailed = Signal(str)  # the review could not run: what to show the user

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self.runner = runner
        self.case_id: int | None = None
        self.findings: list[Finding] = []  # everything, dismissed ones included
        self.reason_dialog: QInputDialog | None = None
        self.pictures_to_check = 0  # pages whose pictures are still being measured
        self._generation = 0
        self._own_jobs: set[int] = set()
        self._measuring = False
        self._stamp: tuple[int, int] | None = None

        self.summary = QLabel(self)
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        self.show_dismissed = QCheckBox(self.tr("Show dismissed"), self)
        self.show_dismissed.toggled.connect(self._fill)
        self.dismiss_button = QPushButton(self.tr("Dismiss…"), self)
        self.dismiss_button.setToolTip(self.tr("Set the selected finding aside, saying why"))
        self.dismiss_button.clicked.connect(self.ask_dismiss)
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.restore_button.setToolTip(self.tr("Show the selected dismissed finding again"))
        self.restore_button.clicked.connect(self.restore_selected)

        self.model = FindingsModel(self)
        self.view = QListView(self)
        self.view.setObjectName("reviewFindings")
        self.view.setAccessibleName(self.tr("Review findings"))
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setAlternatingRowColors(True)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.dismiss_action = QAction(self.tr("Dismiss…"), self.view)
        self.dismiss_action.triggered.connect(self.ask_dismiss)
        self.restore_action = QAction(self.tr("Restore"), self.view)
        self.restore_action.triggered.connect(self.restore_selected)
        self.view.addActions([self.dismiss_action, self.restore_action])

        buttons = QHBoxLayout()
        buttons.addWidget(self.show_dismissed)
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(REFRESH_DELAY_MS)
        self._later.timeout.connect(lambda: self.refresh(only_if_changed=True))
        runner.jobEnded.connect(self._job_ended)
        self.show_case(None)

    # --- what is shown ----------------------------------------------------------------------

    def show_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        self.findings = []
        self.pictures_to_check = 0
        self._stamp = None
        self._fill()
        self.refresh()

    def refresh(self, *, only_if_changed: bool = False) -> None:
        """Review the case again (in the background); with ``only_if_changed``, only when
        the data folder changed since the last review."""
        self._later.stop()
        self._generation += 1
        if self.case_id is None:
            self.summary.setText(self.tr("Open a case to review it."))
            return
        generation, case_id = self._generation, self.case_id
        last_stamp = self._stamp if only_if_changed else None
        if not self.findings:
            self.summary.setText(self.tr("Reviewing the case…"))

        def work(services: Services, ctx: JobContext) -> Reviewed | None:

            stamp = services.review.change_stamp()
            if stamp == last_stamp:
                return None
            found = services.review.findings(case_id, include_dismissed=True, measure=False)
            return found, services.review.unmeasured(case_id), stamp

        def done(result: Reviewed | None) -> None:
            if generation != self._generation or result is None:
                return
            self.findings, self.pictures_to_check, self._stamp = result
            self._fill()
            if self.pictures_to_check:
                self._measure(case_id)
            else:
                emit(self.reviewUpdated)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.summary.setText(self.tr("The review could not run: {error}").format(
                    error=error))
                emit(self.reviewFailed, str(error))

        self._run(work, done, failed, self.tr("Reviewing the case"))

    def _measure(self, case_id: int) -> None:
        """Measure new pages' pictures (hash, ink, darkness: a small render each) in the
        background lane, so the db lane stays free for edits; then review again."""
        if self._measuring:
            return
        self._measuring = True

        def work(services: Services, ctx: JobContext) -> int:

            return services.review.measure_pages(case_id)

        def finished(_result: object = None) -> None:
            self._measuring = False
            if case_id == self.case_id:
                self.refresh()

        job = self.runner.run("import", work, label=self.tr("Checking page pictures"),
                              on_done=finished, on_fail=finished)
        self._own_jobs.add(job.id)

    def visible_findings(self) -> list[Finding]:
        return [f for f in self.findings
                if self.show_dismissed.isChecked() or not f.dismissed]

    def summary_text(self) -> str:
        active = [f for f in self.findings if not f.dismissed]
        parts = []
        for severity, one, many in (("problem", self.tr("1 problem"), self.tr("{n} problems")),
                                    ("warning", self.tr("1 warning"), self.tr("{n} warnings")),
                                    ("tip", self.tr("1 tip"), self.tr("{n} tips"))):
            n = sum(f.severity == severity for f in active)
            if n:
                parts.append(one if n == 1 else many.format(n=n))
        text = ", ".join(parts) if parts else self.tr("Nothing to fix: the review found no "
                                                      "weak spots.")
        hidden = len(self.findings) - len(active)
        if hidden:
            text += " " + self.tr("({n} dismissed)").format(n=hidden)
        if self.pictures_to_check:
            text += " " + self.tr("Still checking the pictures of {n} page(s)…").format(
                n=self.pictures_to_check)
        return text

    def _fill(self) -> None:
        selected = self.selected()
        self.model.set_findings(self.visible_findings())
        if self.case_id is not None:
            self.summary.setText(self.summary_text())
        if selected is not None:
            for row, f in enumerate(self.model._rows):
                if f.key == selected.key:
                    self.view.setCurrentIndex(self.model.index(row, 0))
        self._update_buttons()

    def selected(self) -> Finding | None:
        index = self.view.currentIndex()
        return self.model.finding(index.row()) if index.isValid() else None

    def _update_buttons(self, *_args: object) -> None:
        finding = self.selected()
        self.dismiss_button.setEnabled(finding is not None and not finding.dismissed)
        self.dismiss_action.setEnabled(self.dismiss_button.isEnabled())
        self.restore_button.setEnabled(finding is not None and finding.dismissed)
        self.restore_action.setEnabled(self.restore_button.isEnabled())

    def _activated(self, index: QModelIndex) -> None:
        finding = self.model.finding(index.row())
        if finding is not None and finding.document_id is not None:
            emit(self.documentRequested, finding.document_id, finding.page_id or 0)

    # --- dismissing -------------------------------------------------------------------------

    def ask_dismiss(self) -> None:
        """Ask why the selected finding does not apply; dismiss it with that reason."""
        finding = self.selected()
        if finding is None or finding.dismissed or self.case_id is None:
            return
        dialog = QInputDialog(self)
        dialog.setObjectName("dismissReasonDialog")
        dialog.setWindowTitle(self.tr("Dismiss finding"))
        dialog.setLabelText(self.tr("Why does this not apply? The reason is kept with the "
                                    "case.\n\n{message}").format(message=finding.message))
        dialog.setOkButtonText(self.tr("Dismiss"))
        dialog.textValueSelected.connect(
            lambda reason, key=finding.key: self.dismiss(key, reason))
        dialog.finished.connect(dialog.deleteLater)
        self.reason_dialog = dialog
        dialog.open()

    def dismiss(self, key: str, reason: str) -> None:
        case_id = self.case_id
        if case_id is None:
            return
        if not reason.strip():
            self.summary.setText(self.tr("Nothing was dismissed: give a reason."))
            return

        def work(services: Services, ctx: JobContext) -> object:

            return services.review.dismiss(case_id, key, reason)

        self._run(work, lambda _r: self.refresh(), self._edit_failed,
                  self.tr("Dismissing a finding"))

    def restore_selected(self) -> None:
        finding = self.selected()
        case_id = self.case_id
        if finding is None or not finding.dismissed or case_id is None:
            return
        key = finding.key

        def work(services: Services, ctx: JobContext) -> None:

            services.review.restore(case_id, key)

        self._run(work, lambda _r: self.refresh(), self._edit_failed,
                  self.tr("Restoring a finding"))

    def _edit_failed(self, error: BaseException) -> None:
        self.summary.setText(str(error))
        emit(self.reviewFailed, str(error))

    # --- running --------------------------------------------------------------------------

    def _run(self, work: Any, done: Any, failed: Any, label: str) -> None:
        job = self.runner.run("db", work, label=label, on_done=done, on_fail=failed)
        self._own_jobs.add(job.id)

    def _job_ended(self, job_id: int) -> None:
        if job_id in self._own_jobs:
            self._own_jobs.discard(job_id)
        elif self.case_id is not None and self.isVisible():
            self._later.start()  # something changed the case, perhaps: review again
