"""Cite: pick a document of the case (by its exhibit id or title) and the whole of it or
one page. Documents left out of the packet are listed too, greyed and marked: citing one
is allowed, and the export says so until it is filed under a tab."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.statement import Citation
from desktop_app.gui.citations import LabelBook
from desktop_app.services.statements import Citable

ID_ROLE = Qt.ItemDataRole.UserRole


class CitePicker(QDialog):
    def __init__(self, citable: list[Citable], parent: QWidget | None = None,
                 book: LabelBook | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.setObjectName("citePicker")
        self.setWindowTitle(self.tr("Cite a document"))
        self.citable = {c.document_id: c for c in citable}
        self.filter = QLineEdit(self)
        self.filter.setObjectName("citeFilter")
        self.filter.setPlaceholderText(self.tr("Type to find a document by title or exhibit"))
        self.filter.setAccessibleName(self.tr("Find a document"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.filter.installEventFilter(self)
        self.list = QTreeWidget(self)
        self.list.setObjectName("citeList")
        self.list.setAccessibleName(self.tr("Documents of the case"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderLabels([self.tr("Exhibit"), self.tr("Title"), self.tr("Pages")])
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._fill(citable)
        self.list.currentItemChanged.connect(lambda *_a: self._chosen())
        self.list.itemDoubleClicked.connect(lambda *_a: self.accept())
        self.whole = QRadioButton(self.tr("The &whole document"), self)
        self.whole.setChecked(True)
        self.one_page = QRadioButton(self.tr("&Page:"), self)
        self.page = QSpinBox(self)
        self.page.setObjectName("citePage")
        self.page.setAccessibleName(self.tr("Page of the document"))
        self.page.setMinimum(1)
        self.page.valueChanged.connect(lambda _v: self.one_page.setChecked(True))
        self.page.valueChanged.connect(lambda _v: self._preview())
        self.whole.toggled.connect(lambda _on: self._preview())
        self.of_pages = QLabel(self)
        self.preview = QLabel(self)
        self.preview.setObjectName("citePreview")
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        pages_row = QHBoxLayout()
        pages_row.addWidget(self.whole)
        pages_row.addSpacing(12)
        pages_row.addWidget(self.one_page)
        pages_row.addWidget(self.page)
        pages_row.addWidget(self.of_pages)
        pages_row.addStretch(1)
        note = QLabel(self.tr("Documents shown in grey are not in the packet: a citation of "
                              "one stops the export until it is filed under a tab."), self)
        note.setWordWrap(True)
        note.setVisible(any(c.exhibit_id is None for c in citable))
        self.empty_note = QLabel(self.tr("This case has no documents yet: add the documents "
                                         "first, then cite them."), self)
        self.empty_note.setWordWrap(True)
        self.empty_note.setVisible(not citable)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Cite"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_note)
        layout.addLayout(pages_row)
        layout.addWidget(self.preview)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.filter, self.list)
        self.setTabOrder(self.list, self.whole)
        self.setTabOrder(self.whole, self.one_page)
        self.setTabOrder(self.one_page, self.page)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 80, metrics.lineSpacing() * 24)
        self.filter.setFocus(Qt.FocusReason.OtherFocusReason)
        self._chosen()

    def _fill(self, citable: list[Citable]) -> None:
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for c in citable:
            left_out = c.exhibit_id is None
            item = QTreeWidgetItem([c.exhibit_id or self.tr("not in the packet"), c.title,
                                    str(c.pages)])
            item.setData(0, ID_ROLE, c.document_id)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight)
            if left_out:
                italic = QFont(self.font())
                italic.setItalic(True)
                for column in range(3):
                    item.setForeground(column, grey)
                    item.setFont(column, italic)
                item.setToolTip(1, self.tr("Not in the packet: file it under a tab before "
                                           "exporting, or the export stops."))
            self.list.addTopLevelItem(item)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)

    def _items(self) -> list[QTreeWidgetItem]:
        items = (self.list.topLevelItem(row) for row in range(self.list.topLevelItemCount()))
        return [item for item in items if item is not None]

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        first_shown: QTreeWidgetItem | None = None
        for item in self._items():
            haystack = f"{item.text(0)} {item.text(1)}".casefold()
            hidden = not all(w in haystack for w in words)
            item.setHidden(hidden)
            if not hidden and first_shown is None:
                first_shown = item
        current = self.list.currentItem()
        if current is None or current.isHidden():
            if first_shown is not None:
                self.list.setCurrentItem(first_shown)
            else:
                self.list.setCurrentIndex(QModelIndex())
        self._chosen()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the filter box move through the list, as in a search field."""
        if watched is self.filter and isinstance(event, QKeyEvent) and \
                event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            current = self.list.currentItem()
            if current is not None:
                step = self.list.itemBelow if event.key() == Qt.Key.Key_Down \
                    else self.list.itemAbove
                found = step(current)
                if found is not None:
                    self.list.setCurrentItem(found)
            return True
        return super().eventFilter(watched, event)

    def _chosen(self) -> None:
        chosen = self.chosen_document()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(chosen is not None)
        pages = chosen.pages if chosen is not None else 1
        self.page.blockSignals(True)
        self.page.setMaximum(max(1, pages))
        self.page.blockSignals(False)
        self.of_pages.setText(self.tr("of %n", "", pages))
        for widget in (self.one_page, self.page):
            widget.setEnabled(chosen is not None and pages > 1)
        if pages <= 1:
            self.whole.setChecked(True)
        self._preview()

    def _preview(self) -> None:
        """What the citation will read: the page within the exhibit can differ from the
        page of the document when pages are left out of the packet."""
        citation = self.citation()
        self.preview.setVisible(citation is not None and self.book is not None)
        if citation is not None and self.book is not None:
            self.preview.setText(self.tr("It will read: {label}").format(
                label=self.book.label(citation)))

    def chosen_document(self) -> Citable | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return self.citable.get(int(item.data(0, ID_ROLE)))

    def citation(self) -> Citation | None:
        chosen = self.chosen_document()
        if chosen is None:
            return None
        page = self.page.value() if self.one_page.isChecked() and chosen.pages > 1 else None
        return Citation(chosen.document_id, page)

    def choose(self, document_id: int, page: int | None = None) -> None:
        """Select ``document_id`` (and ``page``) as a user would by clicking."""
        for item in self._items():
            if int(item.data(0, ID_ROLE)) == document_id:
                self.list.setCurrentItem(item)
        if page is None:
            self.whole.setChecked(True)
        else:
            self.page.setValue(page)
            self.one_page.setChecked(True)
