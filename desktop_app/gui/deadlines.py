"""A case's deadlines: add, change, mark done, remove; and the reminder the window shows
when it opens (``load_reminders``, ``reminder_text``) as a date nears."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.qtcompat import emit
from desktop_app.gui.tasks import Job, JobContext, TaskRunner
from desktop_app.services import Services
from desktop_app.services.record import Deadline, Reminder

REMIND_WITHIN_DAYS = 14


def load_reminders(runner: TaskRunner, on_done: Callable[[list[Reminder]], None], *,
                   today: dt.date | None = None,
                   within_days: int = REMIND_WITHIN_DAYS) -> Job:
    """Read, on the ``db`` lane, the open deadlines of every case due within
    ``within_days`` (or overdue); ``on_done`` gets them soonest first."""
    def work(services: Services, _ctx: JobContext) -> list[Reminder]:
        return services.record.upcoming(today or dt.date.today(), within_days)

    return runner.run("db", work, label=QCoreApplication.translate(
        "deadlines", "Checking deadlines"), on_done=on_done)


def reminder_text(reminders: list[Reminder]) -> str:
    """One line for a banner: the soonest deadline, and how many more there are."""
    if not reminders:
        return ""
    text = QCoreApplication.translate("deadlines", "Deadline: {message}").format(
        message=reminders[0].message)
    more = len(reminders) - 1
    if more:
        text += " " + QCoreApplication.translate(
            "deadlines", "(and %n more)", "", more)
    return text


def _status(deadline: Deadline, today: dt.date) -> str:
    tr = QCoreApplication.translate
    if deadline.done:
        return tr("deadlines", "Done")
    days = (dt.date.fromisoformat(deadline.due_on) - today).days
    if days < 0:
        return tr("deadlines", "Overdue by %n day(s)", "", -days)
    if days == 0:
        return tr("deadlines", "Due today")
    return tr("deadlines", "In %n day(s)", "", days)


class DeadlinesDialog(QDialog):
    changed = Signal(int)  # the number of deadlines shown, after each change or load

    def __init__(self, runner: TaskRunner, case_id: int, case_name: str = "",
                 parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deadlinesDialog")
        self.setWindowTitle(self.tr("Deadlines") + (f" — {case_name}" if case_name else ""))
        self._runner = runner
        self._case_id = case_id
        self._today = today or dt.date.today()
        self.deadlines: list[Deadline] = []
        self._build()
        self.reload()

    def _build(self) -> None:
        self.table = QTreeWidget(self)
        self.table.setObjectName("deadlines")
        self.table.setAccessibleName(self.tr("Deadlines"))
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setHeaderLabels([self.tr("Due"), self.tr("What for"), self.tr("Status")])
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.currentItemChanged.connect(lambda *_a: self._selection_changed())
        self.date = QDateEdit(self)
        self.date.setObjectName("deadlineDate")
        self.date.setAccessibleName(self.tr("Due date"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(QDate(self._today.year, self._today.month,
                                self._today.day).addDays(30))
        self.what = QLineEdit(self)
        self.what.setObjectName("deadlineWhat")
        self.what.setAccessibleName(self.tr("What the deadline is for"))
        self.what.setPlaceholderText(self.tr("e.g. Reply to the request for evidence"))
        self.what.returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setObjectName("addDeadline")
        self.add_button.clicked.connect(self.add)
        self.save_button = QPushButton(self.tr("Save changes"), self)
        self.save_button.setObjectName("saveDeadline")
        self.save_button.clicked.connect(self.save)
        self.done_button = QPushButton(self.tr("Mark done"), self)
        self.done_button.setObjectName("doneDeadline")
        self.done_button.clicked.connect(self.toggle_done)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("removeDeadline")
        self.remove_button.clicked.connect(self.remove)
        self.message = QLabel(self)
        self.message.setObjectName("deadlinesMessage")
        self.message.setWordWrap(True)
        form = QHBoxLayout()
        form.addWidget(QLabel(self.tr("Due:"), self))
        form.addWidget(self.date)
        form.addWidget(self.what, 1)
        form.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._selection_changed()
        self.resize(self.fontMetrics().averageCharWidth() * 90,
                    self.fontMetrics().lineSpacing() * 22)

    # --- loading ------------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        case_id = self._case_id
        self._runner.run("db", lambda services, _ctx: services.record.deadlines(case_id),
                         label=self.tr("Reading the deadlines"),
                         on_done=lambda found: self._loaded(found, select),
                         on_fail=self._failed)

    def _loaded(self, found: list[Deadline], select: int | None) -> None:
        self.deadlines = list(found)
        self.table.clear()
        for deadline in self.deadlines:
            item = QTreeWidgetItem([deadline.due_on, deadline.what,
                                    _status(deadline, self._today)])
            item.setData(0, Qt.ItemDataRole.UserRole, deadline.id)
            self.table.addTopLevelItem(item)
            if deadline.id == select:
                self.table.setCurrentItem(item)
        if not self.deadlines:
            self.message.setText(self.tr("No deadlines yet. Add the date a reply or a filing "
                                         "is due; the app reminds you when it nears."))
        self._selection_changed()
        emit(self.changed, len(self.deadlines))

    def _failed(self, error: BaseException) -> None:
        self.message.setText(str(error))

    def selected(self) -> Deadline | None:
        item = self.table.currentItem()
        if item is None:
            return None
        wanted = item.data(0, Qt.ItemDataRole.UserRole)
        return next((d for d in self.deadlines if d.id == wanted), None)

    def _selection_changed(self) -> None:
        chosen = self.selected()
        for button in (self.save_button, self.done_button, self.remove_button):
            button.setEnabled(chosen is not None)
        if chosen is not None:
            self.done_button.setText(self.tr("Mark not done") if chosen.done
                                     else self.tr("Mark done"))
            day = dt.date.fromisoformat(chosen.due_on)
            self.date.setDate(QDate(day.year, day.month, day.day))
            self.what.setText(chosen.what)

    # --- changing -----------------------------------------------------------------------------

    def _due(self) -> str:
        return str(self.date.date().toString("yyyy-MM-dd"))

    def _change(self, work: Callable[..., Deadline | None], done_text: str) -> None:
        def finished(result: Deadline | None) -> None:
            self.message.setText(done_text)
            self.reload(result.id if result is not None else None)

        self._runner.run("db", work, label=self.tr("Saving the deadline"), on_done=finished,
                         on_fail=self._failed)

    def add(self) -> None:
        case_id, due, what = self._case_id, self._due(), self.what.text()
        self._change(lambda services, _ctx: services.record.add_deadline(case_id, due, what),
                     self.tr("Deadline added."))
        self.what.clear()
        self.table.setCurrentIndex(QModelIndex())

    def save(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        case_id, due, what = self._case_id, self._due(), self.what.text()
        self._change(lambda services, _ctx: services.record.update_deadline(
            case_id, chosen.id, due_on=due, what=what), self.tr("Deadline saved."))

    def toggle_done(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        case_id, done = self._case_id, not chosen.done
        self._change(lambda services, _ctx: services.record.set_deadline_done(
            case_id, chosen.id, done),
            self.tr("Marked done.") if done else self.tr("Marked not done."))

    def remove(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        case_id = self._case_id
        self._change(lambda services, _ctx: services.record.remove_deadline(case_id,
                                                                            chosen.id),
                     self.tr("Deadline removed."))
