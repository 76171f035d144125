"""The packets filed for a case: when, what for, how many pages, their SHA-256 and
exhibits; each one opened again from its kept copy, or copied elsewhere."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui import desktop
from desktop_app.gui.qtcompat import emit
from desktop_app.gui.tasks import TaskRunner
from desktop_app.services import record
from desktop_app.services.record import Filing


def _pages(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}–{last}"


class FilingsDialog(QDialog):
    loaded = Signal(int)  # number of filings shown
    opened = Signal(str)  # the kept copy handed to the desktop's PDF viewer
    copied = Signal(str)  # where a kept copy was copied to

    def __init__(self, runner: TaskRunner, case_id: int, case_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filingsDialog")
        self.setWindowTitle(self.tr("Packets filed") + (f" — {case_name}" if case_name else ""))
        self._runner = runner
        self._case_id = case_id
        self._case_name = case_name
        self.filings: list[Filing] = []
        self._build()
        self.reload()

    def _build(self) -> None:
        self.table = QTreeWidget(self)
        self.table.setObjectName("filings")
        self.table.setAccessibleName(self.tr("Packets filed"))
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setHeaderLabels([self.tr("No."), self.tr("Date"), self.tr("Purpose"),
                                    self.tr("Pages"), self.tr("SHA-256"), self.tr("Note")])
        header = self.table.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentItemChanged.connect(lambda *_a: self._show_exhibits())
        self.table.itemDoubleClicked.connect(lambda *_a: self.open_selected())
        self.exhibits = QTreeWidget(self)
        self.exhibits.setObjectName("filedExhibits")
        self.exhibits.setAccessibleName(self.tr("Exhibits of the selected packet"))
        self.exhibits.setRootIsDecorated(False)
        self.exhibits.setUniformRowHeights(True)
        self.exhibits.setHeaderLabels([self.tr("Exhibit"), self.tr("Title"), self.tr("Date"),
                                       self.tr("Pages")])
        self.exhibits.header().setStretchLastSection(False)
        self.exhibits.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.exhibits.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.message = QLabel(self)
        self.message.setObjectName("filingsMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open packet"), self)
        self.open_button.setObjectName("openFiling")
        self.open_button.clicked.connect(self.open_selected)
        self.copy_button = QPushButton(self.tr("Copy to…"), self)
        self.copy_button.setObjectName("copyFiling")
        self.copy_button.clicked.connect(self.copy_selected)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addWidget(QLabel(self.tr("Exhibits in this packet:"), self))
        layout.addWidget(self.exhibits, 3)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._update_buttons()
        self.resize(self.fontMetrics().averageCharWidth() * 100,
                    self.fontMetrics().lineSpacing() * 30)

    # --- loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        case_id = self._case_id
        self._runner.run("db", lambda services, _ctx: services.record.filings(case_id),
                         label=self.tr("Reading the filings"), on_done=self._loaded,
                         on_fail=lambda exc: self.message.setText(str(exc)))

    def _loaded(self, found: list[Filing]) -> None:
        self.filings = list(found)
        self.table.clear()
        for filing in reversed(self.filings):  # the latest first
            item = QTreeWidgetItem([
                str(filing.number), filing.filed_on, record.purpose_label(filing.purpose),
                str(filing.page_count), filing.sha256[:12], filing.note])
            item.setData(0, Qt.ItemDataRole.UserRole, filing.number)
            item.setToolTip(4, filing.sha256)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight)
            self.table.addTopLevelItem(item)
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)
        if self.filings:
            self.message.setText(self.tr("%n packet(s) filed. Each is kept in the data "
                                         "folder exactly as it was written.", "",
                                         len(self.filings)))
        else:
            self.message.setText(self.tr("Nothing filed yet. Every packet you export is "
                                         "recorded here, with a copy kept."))
        self._show_exhibits()
        emit(self.loaded, len(self.filings))

    def selected(self) -> Filing | None:
        item = self.table.currentItem()
        if item is None:
            return None
        number = item.data(0, Qt.ItemDataRole.UserRole)
        return next((f for f in self.filings if f.number == number), None)

    def _show_exhibits(self) -> None:
        self.exhibits.clear()
        filing = self.selected()
        if filing is not None:
            for ex in filing.exhibits:
                item = QTreeWidgetItem([ex.exhibit_id, ex.title, ex.date or "—",
                                        _pages(ex.first_page, ex.last_page)])
                item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight)
                self.exhibits.addTopLevelItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.copy_button.setEnabled(chosen)

    # --- open and copy ------------------------------------------------------------------------

    def open_selected(self) -> None:
        """Open the kept copy with the desktop's PDF viewer."""
        filing = self.selected()
        if filing is None:
            return
        case_id, number = self._case_id, filing.number
        self._runner.run("db", lambda services, _ctx: services.record.kept_copy(case_id,
                                                                        number),
                         label=self.tr("Finding the packet"), on_done=self._open,
                         on_fail=lambda exc: self.message.setText(str(exc)))

    def _open(self, path: Path) -> None:
        if desktop.open_file(path):
            self.message.setText(self.tr("Opened {name}.").format(name=path.name))
        else:
            self.message.setText(self.tr("No program to show PDF files was found. The packet "
                                         "is kept at {path}.").format(path=path))
        emit(self.opened, str(path))

    def default_copy_name(self, filing: Filing) -> str:
        name = re.sub(r'[\\/:*?"<>|]+', "", self._case_name).strip() or "packet"
        return self.tr("{name} - filed {date} - {purpose}.pdf").format(
            name=name, date=filing.filed_on, purpose=record.purpose_label(filing.purpose))

    def copy_selected(self) -> None:
        filing = self.selected()
        if filing is None:
            return
        suggested = str(Path.home() / self.default_copy_name(filing))
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Copy the filed packet to"), suggested, self.tr("PDF files (*.pdf)"))
        if not chosen:
            return
        dest = Path(chosen)
        if dest.suffix.lower() != ".pdf":
            dest = dest.with_suffix(".pdf")
        case_id, number = self._case_id, filing.number
        self._runner.run("db", lambda services, _ctx: services.record.copy_filing(case_id,
                                                                          number, dest),
                         label=self.tr("Copying the packet"), on_done=self._copied,
                         on_fail=lambda exc: self.message.setText(str(exc)))

    def _copied(self, path: Path) -> None:
        self.message.setText(self.tr("Copied to {path}.").format(path=path))
        emit(self.copied, str(path))
