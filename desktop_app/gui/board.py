"""The board: a tree of tabs and their documents, with drag and drop and inline renaming."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from desktop_app.gui.models import DOC_ID_ROLE, KIND_ROLE, TAB_KEY_ROLE, BoardModel
from desktop_app.gui.qtcompat import emit


class BoardView(QTreeView):
    """Shows a ``BoardModel``. Keeps the user's selection, open tabs and scroll position
    when the model is rebuilt."""

    documentSelected = Signal(int)  # document id; 0 when no document is selected
    deleteRequested = Signal()
    contextMenuRequested = Signal(QPoint)  # global position

    def __init__(self, model: BoardModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("board")
        self.setAccessibleName(self.tr("Documents by tab"))
        self.setAccessibleDescription(self.tr(
            "Each tab of the packet with its documents. Drag a document to another tab, "
            "press F2 to rename it, Delete to remove it."))
        self.setModel(model)
        self._model = model
        self.setUniformRowHeights(True)  # a long board paints without measuring each row
        self.setIconSize(model.icon_size)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setAutoExpandDelay(400)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.SelectedClicked)
        self.setAlternatingRowColors(True)
        self.setAnimated(False)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._collapsed: set[str] = set()
        self._set_widths: dict[int, int] = {}  # of the columns the user may widen
        self._unwanted: set[int] = set()  # columns with nothing to show
        self._saved_docs: list[int] = []
        self._saved_current: tuple[str, int | str] | None = None
        self._saved_scroll = 0
        model.modelAboutToBeReset.connect(self._save_state)
        model.modelReset.connect(self._restore_state)
        self.collapsed.connect(lambda i: self._collapsed.add(str(i.data(TAB_KEY_ROLE))))
        self.expanded.connect(lambda i: self._collapsed.discard(str(i.data(TAB_KEY_ROLE))))
        self.selectionModel().currentChanged.connect(self._current_changed)

    # --- what is selected -----------------------------------------------------------------

    def selected_document_ids(self) -> list[int]:
        rows = self.selectionModel().selectedRows(0)
        return [int(i.data(DOC_ID_ROLE)) for i in rows if i.data(KIND_ROLE) == "document"]

    def current_document_id(self) -> int:
        index = self.currentIndex()
        return int(index.data(DOC_ID_ROLE)) if index.data(KIND_ROLE) == "document" else 0

    def current_tab_key(self) -> str | None:
        """The tab of the current row (the tab itself, or the document's tab)."""
        index = self.currentIndex()
        return str(index.data(TAB_KEY_ROLE)) if index.isValid() else None

    def select_document(self, document_id: int) -> bool:
        index = self._model.index_of_document(document_id)
        if not index.isValid():
            return False
        self.expand(index.parent())
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.scrollTo(index)
        return True

    def select_tab(self, key: str) -> None:
        index = self._model.index_of_group(key)
        if index.isValid():
            self.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    # --- narrow windows ------------------------------------------------------------------

    TITLE_CHARS = 26  # the title column keeps room for this many characters

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """The title column keeps priority: on a narrow board (a small laptop screen, or
        at 200 %) the Assistant column goes first (its advice stays in the bar under
        the board and in the title's tooltip), then Pages and Status (the viewer shows
        both), before titles are cut to a few letters."""
        header = self.header()
        wanted = (self.fontMetrics().averageCharWidth() * self.TITLE_CHARS
                  + self.iconSize().width() + self.indentation() * 2)
        room = self.viewport().width() - wanted
        widths = {c: self._column_width(c) for c in range(1, header.count())}
        for column in self._unwanted:
            widths.pop(column, None)
            header.setSectionHidden(column, True)
        for name in self.YIELDING:
            column = BoardModel.COLUMNS.index(name)
            if column in self._unwanted:
                continue
            hide = sum(widths.values()) > room
            if header.isSectionHidden(column) != hide:
                header.setSectionHidden(column, hide)
            if hide:
                del widths[column]

    YIELDING = ("assistant", "pages", "status")  # the columns that give way, in order

    def want_column(self, name: str, wanted: bool) -> None:
        """Show the column ``name`` when there is room (``fit_columns``), or never."""
        column = BoardModel.COLUMNS.index(name)
        if wanted:
            self._unwanted.discard(column)
        else:
            self._unwanted.add(column)
        self.fit_columns()

    def _column_width(self, column: int) -> int:
        """What ``column`` takes when shown: its contents', or its own set width."""
        header = self.header()
        fitted = max(header.sectionSizeHint(column), self.sizeHintForColumn(column))
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive:
            if not header.isSectionHidden(column):
                self._set_widths[column] = header.sectionSize(column)
            return max(fitted, self._set_widths.get(column, 0))
        return fitted

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        is_doc = current.data(KIND_ROLE) == "document"
        emit(self.documentSelected, int(current.data(DOC_ID_ROLE)) if is_doc else 0)

    # --- keeping state through a rebuild -------------------------------------------------------

    def _save_state(self) -> None:
        self._saved_docs = self.selected_document_ids()
        index = self.currentIndex()
        if index.data(KIND_ROLE) == "document":
            self._saved_current = ("document", int(index.data(DOC_ID_ROLE)))
        elif index.isValid():
            self._saved_current = ("tab", str(index.data(TAB_KEY_ROLE)))
        else:
            self._saved_current = None
        self._saved_scroll = self.verticalScrollBar().value()

    def _restore_state(self) -> None:
        model = self._model
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            self.setFirstColumnSpanned(row, QModelIndex(), True)
            if str(index.data(TAB_KEY_ROLE)) not in self._collapsed:
                self.expand(index)
        selection = self.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for doc_id in self._saved_docs:
            index = model.index_of_document(doc_id)
            if index.isValid():
                selection.select(index, flags)
        if self._saved_current is not None:
            kind, key = self._saved_current
            index = (model.index_of_document(int(key)) if kind == "document"
                     else model.index_of_group(str(key)))
            if index.isValid():
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.verticalScrollBar().setValue(self._saved_scroll)

    # --- keys and menus -----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Delete) and self.state() != (
                QAbstractItemView.State.EditingState):
            emit(self.deleteRequested)
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if index.isValid() and not self.selectionModel().isSelected(index):
            self.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        emit(self.contextMenuRequested, event.globalPos())
