"""Turn what the user does on the board and the viewer into undoable commands (the
commands themselves are in ``undo_commands.py``)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from desktop_app.gui.board import BoardView
from desktop_app.gui.models import BoardModel
from desktop_app.gui.undo_commands import (
    ArrangeCommand,
    Editor,
    ExcludeCommand,
    Layout,
    RenameCommand,
    RotateCommand,
    SetDateCommand,
    SortByDateCommand,
    TabOrderCommand,
)
from desktop_app.services.board import is_tab


class BoardEdits(QObject):
    """Reads the board's current arrangement and pushes the command for a change."""

    def __init__(self, editor: Editor, model: BoardModel, view: BoardView, undo: QUndoStack,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._editor, self._model, self._view, self._undo = editor, model, view, undo
        model.documentsDropped.connect(self.move_documents)
        model.tabsDropped.connect(self.order_tabs)
        model.renameRequested.connect(self.rename)
        model.dateRequested.connect(self.set_date)

    def _layout(self) -> Layout:
        return {g.key: [d.id for d in g.docs] for g in self._model.groups()}

    def _title(self, document_id: int) -> str:
        index = self._model.index_of_document(document_id)
        doc = self._model.document(index)
        return doc.title if doc else ""

    def _tab_title(self, key: str) -> str:
        for group in self._model.groups():
            if group.key == key:
                return group.title or self.tr("Not yet filed")
        return key

    # --- documents ------------------------------------------------------------------------

    def move_documents(self, ids: list[int], key: str, row: int) -> None:
        """Put ``ids`` into tab ``key`` before position ``row`` (-1: at the end)."""
        case_id = self._model.case_id
        before = self._layout()
        if case_id is None or key not in before:
            return
        moving = [i for i in ids if any(i in v for v in before.values())]
        if not moving:
            return
        target = before[key]
        at = len(target) if row < 0 else len([i for i in target[:row] if i not in moving])
        after = {k: [i for i in v if i not in moving] for k, v in before.items()}
        after[key][at:at] = moving
        changed = [k for k in before if before[k] != after[k]]
        if not changed:
            return
        old_tabs = {k for k, v in before.items() if set(v) & set(moving)}
        if old_tabs == {key}:
            text = (self.tr("Move “{title}”").format(title=self._title(moving[0]))
                    if len(moving) == 1
                    else self.tr("Move {n} documents").format(n=len(moving)))
        elif len(moving) == 1:
            text = self.tr("File “{title}” under {tab}").format(title=self._title(moving[0]),
                                                          tab=self._tab_title(key))
        else:
            text = self.tr("File {n} documents under {tab}").format(n=len(moving),
                                                              tab=self._tab_title(key))
        self._undo.push(ArrangeCommand(self._editor, case_id, {k: before[k] for k in changed},
                                       {k: after[k] for k in changed}, text))

    def file_selected_under(self, key: str) -> None:
        ids = self._view.selected_document_ids() or [
            i for i in [self._view.current_document_id()] if i]
        if ids:
            self.move_documents(ids, key, -1)

    def nudge_selection(self, step: int) -> None:
        """Move the selected documents (or the current tab) one place up or down."""
        ids = self._view.selected_document_ids()
        if not ids:
            key = self._view.current_tab_key()
            if key is not None and is_tab(key):
                self.nudge_tab(key, step)
            return
        layout = self._layout()
        key = next((k for k, v in layout.items() if ids[0] in v), None)
        if key is None:
            return
        order = layout[key]
        rows = sorted(order.index(i) for i in ids if i in order)
        if not rows:
            return
        if step < 0 and rows[0] > 0:
            self.move_documents([order[r] for r in rows], key, rows[0] - 1)
        elif step > 0 and rows[-1] + 1 < len(order):
            self.move_documents([order[r] for r in rows], key, rows[-1] + 2)
        else:
            return
        self._view.select_document(order[rows[0]])

    def rename(self, document_id: int, old: str, new: str) -> None:
        case_id = self._model.case_id
        if case_id is not None:
            self._undo.push(RenameCommand(self._editor, case_id, document_id, old, new,
                                          self.tr("Rename “{old}”").format(old=old)))

    def set_date(self, document_id: int, old: str, new: str) -> None:
        case_id = self._model.case_id
        if case_id is not None:
            self._undo.push(SetDateCommand(self._editor, case_id, document_id, old, new,
                                           self.tr("Change the date of “{title}”").format(
                                               title=self._title(document_id))))

    # --- tabs -----------------------------------------------------------------------------

    def _tab_keys(self) -> list[str]:
        return [g.key for g in self._model.groups() if is_tab(g.key)]

    def order_tabs(self, keys: list[str]) -> None:
        case_id = self._model.case_id
        before = self._tab_keys()
        if case_id is not None and keys != before:
            self._undo.push(TabOrderCommand(self._editor, case_id, before, keys,
                                            self.tr("Change the order of the tabs")))

    def nudge_tab(self, key: str, step: int) -> None:
        keys = self._tab_keys()
        at = keys.index(key)
        to = at + step
        if 0 <= to < len(keys):
            keys[at], keys[to] = keys[to], keys[at]
            self.order_tabs(keys)

    def sort_by_date(self, key: str) -> None:
        case_id = self._model.case_id
        if case_id is None or not is_tab(key):
            return
        before = self._layout().get(key, [])
        self._undo.push(SortByDateCommand(self._editor, case_id, key, before,
                                          self.tr("Sort {tab} by date").format(
                                              tab=self._tab_title(key))))

    # --- pages ----------------------------------------------------------------------------

    def rotate(self, page_id: int, degrees: int) -> None:
        text = self.tr("Rotate page left") if degrees < 0 else self.tr("Rotate page right")
        self._undo.push(RotateCommand(self._editor, page_id, degrees, text))

    def exclude(self, page_id: int, excluded: bool) -> None:
        text = self.tr("Leave page out") if excluded else self.tr("Put page back in")
        self._undo.push(ExcludeCommand(self._editor, page_id, excluded, text))

    def exclude_blank(self, page_ids: list[int]) -> None:
        """Leave out the pages that look blank, as one step to undo."""
        if not page_ids:
            return
        self._undo.beginMacro(self.tr("Leave the blank pages out"))
        for page_id in page_ids:
            self._undo.push(ExcludeCommand(self._editor, page_id, True, self.tr("Leave page out")))
        self._undo.endMacro()

