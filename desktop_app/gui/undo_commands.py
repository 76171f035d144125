"""Undoable edits. Each command carries ids and values, never widgets, and runs its
facade calls on the ``db`` lane through an ``Editor`` (a Protocol the main window meets;
``board_edits.py`` pushes them)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from desktop_app.gui.tasks import JobContext
from desktop_app.services import Services
from desktop_app.services.board import Layout


class Editor(Protocol):
    def edit(self, label: str, work: Callable[[Services, JobContext], Any]) -> None:
        """Run ``work`` on the ``db`` lane, then show its result everywhere."""

    def show_layout(self, layout: Layout) -> None:
        """Show the board as ``layout`` at once (the store follows)."""

    def show_tab_order(self, keys: list[str]) -> None:
        """Show the tabs in this order at once (the store follows)."""


def arrange(case_id: int, layout: Layout) -> Callable[[Services, JobContext], None]:
    """Put documents under the tabs and in the order ``layout`` says (``Board.arrange``)."""
    return lambda services, _ctx: services.board.arrange(case_id, layout)


class ArrangeCommand(QUndoCommand):
    """Re-tag and reorder: a drag, a move up or down, "File under"."""

    def __init__(self, editor: Editor, case_id: int, before: Layout, after: Layout,
                 text: str) -> None:
        super().__init__(text)
        self._editor, self._case_id = editor, case_id
        self._before, self._after = before, after

    def redo(self) -> None:
        self._editor.show_layout(self._after)
        self._editor.edit(self.text(), arrange(self._case_id, self._after))

    def undo(self) -> None:
        self._editor.show_layout(self._before)
        self._editor.edit(self.text(), arrange(self._case_id, self._before))


class TabOrderCommand(QUndoCommand):
    def __init__(self, editor: Editor, case_id: int, before: Sequence[str],
                 after: Sequence[str], text: str) -> None:
        super().__init__(text)
        self._editor, self._case_id = editor, case_id
        self._before, self._after = list(before), list(after)

    def _apply(self, keys: list[str]) -> None:
        case_id = self._case_id
        self._editor.show_tab_order(keys)
        self._editor.edit(self.text(), lambda s, _c: s.order_tabs(case_id, keys))

    def redo(self) -> None:
        self._apply(self._after)

    def undo(self) -> None:
        self._apply(self._before)


class SortByDateCommand(QUndoCommand):
    def __init__(self, editor: Editor, case_id: int, tab_key: str, before: list[int],
                 text: str) -> None:
        super().__init__(text)
        self._editor, self._case_id, self._key, self._before = editor, case_id, tab_key, before

    def redo(self) -> None:
        case_id, key = self._case_id, self._key
        self._editor.edit(self.text(), lambda s, _c: s.sort_tab_by_date(case_id, key))

    def undo(self) -> None:
        self._editor.show_layout({self._key: self._before})
        self._editor.edit(self.text(), arrange(self._case_id, {self._key: self._before}))


class RenameCommand(QUndoCommand):
    def __init__(self, editor: Editor, case_id: int, document_id: int, old: str, new: str,
                 text: str) -> None:
        super().__init__(text)
        self._editor, self._case_id, self._doc = editor, case_id, document_id
        self._old, self._new = old, new

    def _apply(self, title: str) -> None:
        case_id, doc = self._case_id, self._doc
        self._editor.edit(self.text(), lambda s, _c: s.rename(case_id, doc, title))

    def redo(self) -> None:
        self._apply(self._new)

    def undo(self) -> None:
        self._apply(self._old)


class SetDateCommand(QUndoCommand):
    def __init__(self, editor: Editor, case_id: int, document_id: int, old: str, new: str,
                 text: str) -> None:
        super().__init__(text)
        self._editor, self._case_id, self._doc = editor, case_id, document_id
        self._old, self._new = old, new

    def _apply(self, date: str) -> None:
        case_id, doc = self._case_id, self._doc
        self._editor.edit(self.text(), lambda s, _c: s.set_date(case_id, doc, date or None))

    def redo(self) -> None:
        self._apply(self._new)

    def undo(self) -> None:
        self._apply(self._old)


class RotateCommand(QUndoCommand):
    def __init__(self, editor: Editor, page_id: int, degrees: int, text: str) -> None:
        super().__init__(text)
        self._editor, self._page, self._degrees = editor, page_id, degrees

    def _apply(self, degrees: int) -> None:
        page = self._page
        self._editor.edit(self.text(), lambda s, _c: s.rotate_page(page, degrees))

    def redo(self) -> None:
        self._apply(self._degrees)

    def undo(self) -> None:
        self._apply(-self._degrees)


class ExcludeCommand(QUndoCommand):
    def __init__(self, editor: Editor, page_id: int, excluded: bool, text: str) -> None:
        super().__init__(text)
        self._editor, self._page, self._excluded = editor, page_id, excluded

    def _apply(self, excluded: bool) -> None:
        page = self._page
        self._editor.edit(self.text(), lambda s, _c: s.exclude_page(page, excluded))

    def redo(self) -> None:
        self._apply(self._excluded)

    def undo(self) -> None:
        self._apply(not self._excluded)


class TranslationCommand(QUndoCommand):
    """Pair a translation with its original (``original`` None: unpair)."""

    def __init__(self, editor: Editor, case_id: int, translation: int, original: int | None,
                 before: int | None, text: str) -> None:
        super().__init__(text)
        self._editor, self._case_id, self._doc = editor, case_id, translation
        self._original, self._before = original, before

    def _apply(self, original: int | None) -> None:
        case_id, doc = self._case_id, self._doc

        def work(services: Services, _ctx: JobContext) -> None:
            if original is None:
                services.assistant.clear_translation(case_id, doc)
            else:
                services.assistant.pair_translation(case_id, doc, original)

        self._editor.edit(self.text(), work)

    def redo(self) -> None:
        self._apply(self._original)

    def undo(self) -> None:
        self._apply(self._before)


class LanguageCommand(QUndoCommand):
    """Say which language a document is in (``language`` None: let the assistant tell)."""

    def __init__(self, editor: Editor, case_id: int, document_id: int, language: str | None,
                 before: str | None, text: str) -> None:
        super().__init__(text)
        self._editor, self._case_id, self._doc = editor, case_id, document_id
        self._language, self._before = language, before

    def _apply(self, language: str | None) -> None:
        case_id, doc = self._case_id, self._doc

        def work(services: Services, _ctx: JobContext) -> None:
            services.assistant.set_language(case_id, doc, language)

        self._editor.edit(self.text(), work)

    def redo(self) -> None:
        self._apply(self._language)

    def undo(self) -> None:
        self._apply(self._before)
