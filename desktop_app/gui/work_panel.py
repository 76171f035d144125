"""Work in progress and problems: a bar per background job (with Stop), and every file
or document that went wrong, with its reason and what can be done about it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.models import Document, ImportOutcome
from desktop_app.gui import appearance
from desktop_app.gui.qtcompat import emit
from desktop_app.gui.tasks import Job, TaskRunner

PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Problem:
    kind: str  # "document" (can be retried or removed) or "file" (was not imported)
    text: str
    document_id: int = 0
    path: str = ""
    code: str = ""


class JobRow(QWidget):
    def __init__(self, job: Job, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.job = job
        self.label = QLabel(job.label, self)
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(job.label)
        self.bar.setRange(0, 0)  # busy until the first report
        self.bar.setTextVisible(True)
        self.bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.stop = QPushButton(self.tr("Stop"), self)
        self.stop.setAccessibleName(self.tr("Stop: {job}").format(job=job.label))
        self.stop.setToolTip(self.tr("Stop this work. What is finished is kept; you can go on "
                                     "later."))
        self.stop.clicked.connect(lambda: self._stop(runner))
        self.stop.setVisible(job.can_stop)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 2)
        layout.addWidget(self.bar, 3)
        layout.addWidget(self.stop)
        self.show_progress(*job.progress)

    def _stop(self, runner: TaskRunner) -> None:
        runner.cancel(self.job.id)
        self.stop.setEnabled(False)
        self.stop.setText(self.tr("Stopping…"))

    def show_progress(self, done: int, total: int, detail: str) -> None:
        if total <= 0:
            return
        self.bar.setRange(0, total)
        self.bar.setValue(min(done, total))
        self.bar.setFormat(self.tr("%v of %m"))
        self.label.setText(f"{self.job.label} — {detail}" if detail else self.job.label)


class WorkPanel(QWidget):
    retryRequested = Signal(int)  # document id
    removeRequested = Signal(int)  # document id
    passwordRequested = Signal(str)  # path of a file that needs its password
    dismissed = Signal(str)  # path of a file not added, the user no longer wants told
    changed = Signal()  # something to show, or nothing any more

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workPanel")
        self.setAccessibleName(self.tr("Work in progress and problems"))
        self._runner = runner
        self._rows: dict[int, JobRow] = {}
        self._file_problems: list[Problem] = []
        self._doc_problems: list[Problem] = []
        self.jobs = QVBoxLayout()
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("problemsLabel")
        self.problems = QListWidget(self)
        self.problems.setObjectName("problems")
        self.problems.setAccessibleName(self.tr("Problems"))
        self.problems.setWordWrap(True)
        self.problems.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.problems.currentItemChanged.connect(self._update_buttons)
        self.retry = QPushButton(self.tr("Try again"), self)
        self.remove = QPushButton(self.tr("Remove document…"), self)
        self.password = QPushButton(self.tr("Enter password…"), self)
        self.dismiss = QPushButton(self.tr("Dismiss"), self)
        self.retry.setToolTip(self.tr("Read the pages that failed once more"))
        self.dismiss.setToolTip(self.tr("Hide this message"))
        self.retry.clicked.connect(self._retry)
        self.remove.clicked.connect(self._remove)
        self.password.clicked.connect(self._password)
        self.dismiss.clicked.connect(self._dismiss)
        buttons = QHBoxLayout()
        for button in (self.retry, self.remove, self.password, self.dismiss):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(self.jobs)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems, 1)
        layout.addLayout(buttons)
        runner.jobsChanged.connect(self._sync_jobs)
        runner.jobProgressed.connect(self._progress)
        self._refresh_problems()

    # --- jobs -------------------------------------------------------------------------------

    def _sync_jobs(self) -> None:
        live = {job.id: job for job in self._runner.tracked_jobs()}
        for job_id in list(self._rows):
            if job_id not in live:
                row = self._rows.pop(job_id)
                self.jobs.removeWidget(row)
                row.deleteLater()
        for job_id, job in live.items():
            if job_id not in self._rows:
                row = JobRow(job, self._runner, self)
                self._rows[job_id] = row
                self.jobs.addWidget(row)
        emit(self.changed)

    def _progress(self, job_id: int, done: int, total: int, detail: str) -> None:
        row = self._rows.get(job_id)
        if row is not None:
            row.show_progress(done, total, detail)

    def job_rows(self) -> list[JobRow]:
        return list(self._rows.values())

    # --- problems ---------------------------------------------------------------------------

    def add_import_outcomes(self, outcomes: list[ImportOutcome]) -> None:
        for outcome in outcomes:
            if outcome.status == "error":
                self._file_problems = [p for p in self._file_problems if p.path != outcome.path]
                self._file_problems.append(self._file_problem(outcome))
        self._refresh_problems()

    def set_not_added(self, outcomes: list[ImportOutcome]) -> None:
        """The case's files not added, as stored (they outlive a restart)."""
        problems = [self._file_problem(o) for o in outcomes]
        if problems != self._file_problems:
            self._file_problems = problems
            self._refresh_problems()

    def _file_problem(self, outcome: ImportOutcome) -> Problem:
        text = outcome.error or self.tr("{name}: this file could not be added.").format(
            name=Path(outcome.path).name)
        return Problem("file", text, path=outcome.path, code=outcome.error_code or "")

    def forget_file(self, path: str) -> None:
        self._file_problems = [p for p in self._file_problems if p.path != path]
        self._refresh_problems()

    def set_failed_documents(self, documents: list[Document]) -> None:
        problems = []
        for doc in documents:
            if doc.status != "failed":
                continue
            reasons = "; ".join(doc.errors) or self.tr("some pages could not be read")
            problems.append(Problem("document", self.tr("{title}: {why}").format(
                title=doc.title, why=reasons), document_id=doc.id))
        if problems != self._doc_problems:
            self._doc_problems = problems
            self._refresh_problems()

    def problem_texts(self) -> list[str]:
        return [p.text for p in self._file_problems + self._doc_problems]

    def has_content(self) -> bool:
        return bool(self._rows or self._file_problems or self._doc_problems)

    def _refresh_problems(self) -> None:
        current = self._selected()
        self.problems.clear()
        palette = self.palette()
        for problem in self._doc_problems + self._file_problems:
            item = QListWidgetItem(appearance.status_icon("failed", palette), problem.text)
            item.setData(PROBLEM_ROLE, problem)
            item.setToolTip(problem.text)
            self.problems.addItem(item)
            if current is not None and problem == current:
                self.problems.setCurrentItem(item)
        count = self.problems.count()
        self.problems_label.setText(self.tr("Problems (%n)", "", count) if count else "")
        for widget in (self.problems_label, self.problems):
            widget.setVisible(bool(count))
        if count and self.problems.currentItem() is None:
            self.problems.setCurrentRow(0)
        self._update_buttons()
        emit(self.changed)

    def _selected(self) -> Problem | None:
        item = self.problems.currentItem()
        problem = item.data(PROBLEM_ROLE) if item is not None else None
        return problem if isinstance(problem, Problem) else None

    def _update_buttons(self) -> None:
        problem = self._selected()
        is_doc = problem is not None and problem.kind == "document"
        self.retry.setVisible(is_doc)
        self.remove.setVisible(is_doc)
        self.password.setVisible(problem is not None and problem.code == "password-required")
        self.dismiss.setVisible(problem is not None and problem.kind == "file")

    def _retry(self) -> None:
        problem = self._selected()
        if problem is not None and problem.kind == "document":
            emit(self.retryRequested, problem.document_id)

    def _remove(self) -> None:
        problem = self._selected()
        if problem is not None and problem.kind == "document":
            emit(self.removeRequested, problem.document_id)

    def _password(self) -> None:
        problem = self._selected()
        if problem is not None:
            emit(self.passwordRequested, problem.path)

    def _dismiss(self) -> None:
        problem = self._selected()
        if problem is not None:
            self.forget_file(problem.path)
            emit(self.dismissed, problem.path)
