"""The main window: cases, the board, the page viewer, search, work in progress."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QResizeEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.models import Case, Document
from desktop_app.errors import AppError
from desktop_app.gui import appearance, small_dialogs
from desktop_app.gui.assistant_ui import AssistantUi
from desktop_app.gui.board import BoardView
from desktop_app.gui.board_edits import BoardEdits
from desktop_app.gui.case_tools import CaseTools
from desktop_app.gui.cases import CasesController
from desktop_app.gui.context import WindowContext
from desktop_app.gui.edges import EdgesController
from desktop_app.gui.empty_state import EmptyState
from desktop_app.gui.models import BoardModel
from desktop_app.gui.qtcompat import emit
from desktop_app.gui.reading import ReadingController
from desktop_app.gui.render import Renderer
from desktop_app.gui.search import SearchPanel
from desktop_app.gui.tasks import JobContext, TaskRunner, Work
from desktop_app.gui.viewer import PageViewer, load_pages
from desktop_app.gui.window_actions import Actions, WindowActions, WindowParts
from desktop_app.gui.work_panel import WorkPanel
from desktop_app.gui.written import WrittenParts
from desktop_app.services import Services, protection
from desktop_app.services.board import BoardSnapshot

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Bound to one data folder. Everything slow runs in the ``TaskRunner``'s lanes or the
    ``Renderer``'s processes; this class only shows and routes."""

    caseOpened = Signal(int)
    boardShown = Signal()  # a snapshot of the board was put on screen
    importFinished = Signal(list)  # ImportOutcome list
    processingFinished = Signal()
    sampleFinished = Signal(object)  # the sample packet's path
    messageShown = Signal(str)  # the text of a friendly message (dialog or status line)

    def __init__(self, data_dir: Path, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.data_dir = data_dir
        self.settings = settings
        self.runner = TaskRunner(data_dir, self)
        # What the window's parts are handed instead of the window (``gui/context.py``).
        self.context = WindowContext(data_dir, settings, self.runner, self)
        self.context.statusRequested.connect(self.show_status)
        self.context.errorRaised.connect(self.show_app_error)
        self.context.noteRequested.connect(self.statusBar().showMessage)
        self.context.refreshRequested.connect(
            lambda soon: self.schedule_refresh() if soon else self.refresh_board())
        self.context.documentRequested.connect(lambda doc, page: self.open_hit(doc, page or None))
        self.context.storedFilesChanged.connect(self._stored_files_changed)
        self.context.shutdownRequested.connect(self._shut_down)
        self.caseOpened.connect(self.context.caseOpened)
        self.boardShown.connect(self.context.boardChanged)
        self.renderer = Renderer(self)
        self.undo_stack = QUndoStack(self)
        self.board_model = BoardModel(self.renderer, self)
        self._board_loading = False
        self._board_dirty = False
        self._edits_in_flight = 0
        self._closed = False
        self._viewer_shown_once = False
        self._main_split_sizes: list[int] = []
        self.menus: WindowActions | None = None  # the actions, menus and toolbar
        self._refresh_timer = QTimer(self, singleShot=True, interval=400)
        self._refresh_timer.timeout.connect(self.refresh_board)
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.run_search)
        self.setWindowTitle(self.tr("Evidence Packet"))
        self.setWindowIcon(appearance.app_icon())
        self.setAcceptDrops(True)
        self._build()
        self.actions_ = self._build_menus()
        self._connect()
        self._restore_settings()
        self.runner.unexpectedError.connect(self._unexpected)
        self.runner.appErrorRaised.connect(self.show_app_error)
        self.cases.load_cases(open_last=True)
        self.case_tools.check_deadlines()
        self.work.start_processing()

    @property
    def case_id(self) -> int | None:
        """The open case (kept in the context, which the window's parts read)."""
        return self.context.case_id

    @case_id.setter
    def case_id(self, case_id: int | None) -> None:
        self.context.case_id = case_id

    @property
    def case(self) -> Case | None:
        """The open case's details, once read (kept in the context too)."""
        return self.context.case

    @case.setter
    def case(self, case: Case | None) -> None:
        self.context.case = case

    @property
    def export_dialog(self) -> QWidget | None:
        """The export dialog last opened (for tests and scripts)."""
        return self.menus.export_dialog if self.menus is not None else None

    # --- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.board = BoardView(self.board_model, self)
        self.empty = EmptyState(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.board)
        self.cases = CasesController(self.context, self.empty)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(self.cases.header)
        self.search_panel = SearchPanel(self)
        self.search_panel.hide()
        self.left_split = QSplitter(Qt.Orientation.Vertical, left)
        self.left_split.setObjectName("leftSplitter")
        self.left_split.addWidget(self.stack)
        self.left_split.addWidget(self.search_panel)
        self.left_split.setStretchFactor(0, 3)
        self.left_split.setStretchFactor(1, 1)
        left_layout.addWidget(self.left_split, 1)
        self.edits = BoardEdits(self, self.board_model, self.board, self.undo_stack, self)
        self.assistant_ui = AssistantUi(self.context, self.board, self.board_model, self.edits,
                                        self, self.undo_stack)
        self.assistant_ui.dock_into(self)
        self.assistant_ui.tabMenuRequested.connect(
            lambda pos: self.actions_.file_under.exec(pos))
        left_layout.addWidget(self.assistant_ui.bar)
        self.viewer = PageViewer(self.renderer, self)
        self.viewer.hide()  # until the case has documents
        self.main_split = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_split.setObjectName("mainSplitter")
        self.main_split.addWidget(left)
        self.main_split.addWidget(self.viewer)
        self.main_split.setStretchFactor(0, 1)
        self.main_split.setStretchFactor(1, 1)
        self.main_split.setCollapsible(0, False)
        self.work_panel = WorkPanel(self.runner, self)
        self.work = ReadingController(self.context, self.work_panel)
        self.work.importFinished.connect(self.importFinished)
        self.work.processingFinished.connect(self.processingFinished)
        self.work.sampleFinished.connect(self.sampleFinished)
        self.work.sampleBusy.connect(self.empty.set_sample_busy)
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        self.case_tools = CaseTools(self.context, self.viewer, self.undo_stack)
        self.case_tools.dock_into(self, beside=self.assistant_ui.dock)
        self.empty.protectRequested.connect(self.case_tools.protect_or_change)
        self.empty.set_protected(protection.is_protected(self.data_dir))
        self.written = WrittenParts(self.context, lambda: self.case.name if self.case else "")
        central_layout.addWidget(self.case_tools.banner)
        central_layout.addWidget(self.main_split, 1)
        central_layout.addWidget(self.work_panel)
        self.setCentralWidget(central)
        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_label)

    def _build_menus(self) -> Actions:
        self.menus = WindowActions(WindowParts(
            main=self, context=self.context, board=self.board, model=self.board_model,
            viewer=self.viewer, undo=self.undo_stack, edits=self.edits, work=self.work,
            assistant=self.assistant_ui, case_tools=self.case_tools, written=self.written,
            case_combo=self.cases.combo, new_case=self.cases.new_case,
            remove_selected=self.remove_selected, search_changed=self.search_changed,
            run_search=self.run_search))
        return self.menus.actions

    def _connect(self) -> None:
        self.board.documentSelected.connect(self.show_document)
        self.board.selectionModel().selectionChanged.connect(
            lambda *_a: self.assistant_ui.selection_changed())
        self.board_model.filesDropped.connect(
            lambda files: self.work.import_paths([Path(f) for f in files]))
        self.board.deleteRequested.connect(self.remove_selected)
        self.board.contextMenuRequested.connect(
            lambda pos: self.menus.board_menu().exec(pos) if self.menus else None)
        self.viewer.rotateRequested.connect(self.edits.rotate)
        self.viewer.excludeRequested.connect(self.edits.exclude)
        self.viewer.blankExcludeRequested.connect(self.edits.exclude_blank)
        self.page_edges = EdgesController(self.viewer, self.runner, self.undo_stack, self,
                                          self.renderer)
        self.page_edges.failed.connect(self.show_app_error)
        self.page_edges.changed.connect(self._outline_changed)
        self.empty.addFilesRequested.connect(self.ask_files)
        self.empty.addFolderRequested.connect(self.ask_folder)
        self.empty.sampleRequested.connect(self.work.open_sample)
        self.context.caseRequested.connect(self.cases.open_new_case)
        self.context.casesChanged.connect(lambda case_id: self.cases.load_cases(select=case_id))
        self.context.caseDeleted.connect(self.cases.case_deleted)
        self.context.caseDetailsRequested.connect(self.cases.edit_case)
        self.cases.caseOpened.connect(self.caseOpened)
        self.cases.leaving.connect(self._clear_case_view)
        self.cases.noCase.connect(self._show_no_case)
        self.search_panel.hitActivated.connect(self.open_hit)
        self.work_panel.retryRequested.connect(self.work.retry_document)
        self.work_panel.removeRequested.connect(lambda doc_id: self.remove_documents([doc_id]))
        self.work_panel.passwordRequested.connect(self.ask_password)
        self.work_panel.dismissed.connect(self._forget_not_added)
        self.work_panel.changed.connect(self._update_work_panel)
        self.runner.jobProgressed.connect(self._job_progressed)
        self.runner.jobsChanged.connect(self._update_status)
        self._update_work_panel()

    # --- cases (the case list and header: gui/cases.py) -----------------------------------

    def _clear_case_view(self) -> None:
        """Another case opens: nothing of the one before stays on screen or undoable."""
        self.undo_stack.clear()
        self.board_model.clear()
        self.viewer.clear()
        self.search_panel.hide()
        self.actions_.search_box.clear()

    def _show_no_case(self) -> None:
        self.stack.setCurrentWidget(self.empty)
        self.viewer.hide()
        self._update_actions()

    # --- the board --------------------------------------------------------------------------

    def schedule_refresh(self) -> None:
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def refresh_board(self) -> None:
        case_id = self.case_id
        if case_id is None or self._closed:
            return
        if self._board_loading:
            self._board_dirty = True
            return
        self._board_loading = True
        self._board_dirty = False
        self.runner.run("db", lambda s, _c: s.board.snapshot(case_id), on_done=self._board_loaded,
                        on_fail=self._board_failed)

    def _board_failed(self, error: BaseException) -> None:
        self._board_loading = False
        if isinstance(error, AppError):
            self.show_app_error(error)

    def _board_loaded(self, snapshot: BoardSnapshot) -> None:
        self._board_loading = False
        if self._edits_in_flight:
            return  # read before an edit landed; the edit's own refresh follows
        if snapshot.case.id != self.case_id:
            self.refresh_board()
            return
        self.cases.show_case(snapshot.case)
        self.board_model.apply(snapshot)
        has_docs = bool(snapshot.documents)
        self.stack.setCurrentWidget(self.board if has_docs else self.empty)
        self._show_viewer(has_docs)
        self.work_panel.set_failed_documents(list(snapshot.documents))
        self.work_panel.set_not_added(list(snapshot.not_added))
        self.assistant_ui.board_loaded(snapshot)
        self._update_actions()
        if self.menus is not None:
            self.menus.update_file_under()
        shown = self.viewer.document
        if shown is not None:
            now = next((d for d in snapshot.documents if d.id == shown.id), None)
            if now is None:
                self.viewer.clear()
            elif now != shown:
                self.show_document(now.id)
        elif self.board.current_document_id():
            self.show_document(self.board.current_document_id())
        self._update_status()
        emit(self.boardShown)
        if self._board_dirty:
            self.refresh_board()

    def _update_actions(self) -> None:
        if self.menus is not None:
            self.menus.update_enabled()

    def _show_viewer(self, shown: bool) -> None:
        first = shown and self.viewer.isHidden() and not self._viewer_shown_once
        self.viewer.setVisible(shown)
        if first:
            self._viewer_shown_once = True
            sizes = self._main_split_sizes
            if not sizes:
                width = max(400, self.main_split.width())
                sizes = [width * 11 // 20, width * 9 // 20]  # the board keeps priority
            # After the layout has taken the viewer in, or the sizes are redistributed.
            QTimer.singleShot(0, lambda: self.main_split.setSizes(sizes))

    def show_document(self, document_id: int, page_id: int | None = None) -> None:
        if not document_id:
            self.viewer.clear()
            self._update_actions()
            return

        def done(result: tuple[Document, list[Any], dict[int, Any]]) -> None:
            doc, pages, specs = result
            if self.board.current_document_id() in (doc.id, 0) or page_id is not None:
                self.viewer.show_document(doc, pages, specs, page_id)
            self._update_actions()

        self.runner.run("db", lambda s, _c: load_pages(s, document_id), on_done=done,
                        on_fail=lambda _e: self.viewer.clear())

    def _outline_changed(self) -> None:
        """A page's edges changed (stored): show it waiting, and read it again."""
        self.refresh_board()
        if self.viewer.document is not None:
            self.show_document(self.viewer.document.id)
        self.work.start_processing()

    def _stored_files_changed(self) -> None:
        self.schedule_refresh()
        if self.viewer.document is not None:
            self.show_document(self.viewer.document.id)

    def show_layout(self, layout: dict[str, list[int]]) -> None:
        self.board_model.show_layout(layout)

    def show_tab_order(self, keys: list[str]) -> None:
        self.board_model.show_tab_order(keys)

    def edit(self, label: str, work: Work) -> None:
        """The ``Editor`` of the undo commands: run an edit, then show its result."""
        self._edits_in_flight += 1

        def done(_result: object) -> None:
            self._edits_in_flight -= 1
            self.refresh_board()
            if self.viewer.document is not None:
                self.show_document(self.viewer.document.id)

        def failed(error: BaseException) -> None:
            self._edits_in_flight -= 1
            self.show_app_error(error)
            self.refresh_board()

        self.runner.run("db", work, label=label, on_done=done, on_fail=failed)

    # --- adding files -----------------------------------------------------------------------

    def ask_files(self) -> None:
        small_dialogs.ask_files(self.context, self.work)

    def ask_folder(self) -> None:
        small_dialogs.ask_folder(self.context, self.work)

    def ask_password(self, path: str) -> None:
        small_dialogs.ask_password(self.context, self.work, self.work_panel, path)

    def _forget_not_added(self, path: str) -> None:
        case_id = self.case_id
        if case_id is not None:
            self.runner.run("db", lambda s, _c: s.forget_not_added(case_id, path))

    def _job_progressed(self, job_id: int, done: int, total: int, _label: str) -> None:
        job = next((j for j in self.runner.tracked_jobs() if j.id == job_id), None)
        if job is not None and job.lane in ("import", "process"):
            self.schedule_refresh()
        self._update_status()

    def _update_status(self) -> None:
        # Work in progress shows once, in the work panel with its Stop buttons; the status
        # bar says where reading stands once it is over.
        if self.runner.tracked_jobs():
            self.status_label.setText("")
        else:
            snapshot = self.board_model.snapshot
            if snapshot is not None and snapshot.documents:
                waiting = sum(1 for d in snapshot.documents if d.status in ("pending",
                                                                            "processing"))
                self.status_label.setText(
                    self.tr("%n document(s) waiting to be read.", "", waiting) if waiting
                    else self.tr("All pages are read."))
            else:
                self.status_label.setText("")
        self._update_work_panel()

    def _update_work_panel(self) -> None:
        self.work_panel.setVisible(self.work_panel.has_content())

    # --- removing ----------------------------------------------------------------------------

    def remove_selected(self) -> None:
        ids = self.board.selected_document_ids()
        if ids:
            self.remove_documents(ids)

    def remove_documents(self, ids: list[int]) -> None:
        small_dialogs.confirm_remove(self, ids, self.removal_confirmed)

    def removal_confirmed(self, ids: list[int]) -> None:
        case_id = self.case_id
        if case_id is None:
            return

        def work(services: Services, _ctx: JobContext) -> None:
            for doc_id in ids:
                services.remove_document(case_id, doc_id)

        def done(_result: object) -> None:
            self.viewer.clear()
            self.refresh_board()

        self.undo_stack.clear()  # the removed documents' edits can no longer be undone
        self.runner.run("db", work, on_done=done)

    # --- search --------------------------------------------------------------------------------

    def search_changed(self, _text: str) -> None:
        self._search_timer.start()

    def run_search(self) -> None:
        query = self.actions_.search_box.text().strip()
        case_id = self.case_id
        if not query or case_id is None:
            self.search_panel.hide()
            return
        self.runner.run("db", lambda s, _c: s.search(case_id, query),
                        on_done=lambda hits: self._show_hits(query, hits))

    def _show_hits(self, query: str, hits: list[Any]) -> None:
        if query != self.actions_.search_box.text().strip():
            return
        self.search_panel.show_hits(query, hits)
        self.search_panel.show()

    def open_hit(self, document_id: int, page_id: int | None = None) -> None:
        self.board.blockSignals(True)
        self.board.select_document(document_id)
        self.board.blockSignals(False)
        self.show_document(document_id, page_id)

    # --- drops ----------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if small_dialogs.dropped_paths(event.mimeData()):
            event.acceptProposedAction()
            self.empty.set_hovering(True)
            self.statusBar().showMessage(self.tr("Drop to add to the case"))
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if small_dialogs.dropped_paths(event.mimeData()):
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.empty.set_hovering(False)
        self.statusBar().clearMessage()

    def dropEvent(self, event: QDropEvent) -> None:
        self.empty.set_hovering(False)
        paths = small_dialogs.dropped_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.work.import_paths(paths)

    # --- messages ----------------------------------------------------------------------------

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 10000)
        emit(self.messageShown, text)

    def show_app_error(self, error: BaseException) -> None:
        """A friendly message: what happened and what to do. Never a traceback."""
        if isinstance(error, AppError):
            message, hint = error.message, error.hint
        else:
            message, hint = str(error), ""
        small_dialogs.message(self.context, QMessageBox.Icon.Warning, message, hint)

    def _unexpected(self, label: str, _trace: str) -> None:
        what = label or self.tr("working")
        small_dialogs.message(
            self.context, QMessageBox.Icon.Critical,
            self.tr("Something went wrong while: {what}.").format(what=what),
            self.tr("Your cases and files are safe. Try again; if it happens again, the "
                    "details are in the log file in the app's data folder."))

    # --- settings -----------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            # 1280 x 800, or less on a smaller screen (a 1366 x 768 laptop with its panel):
            # the whole window, its status bar included, is on the screen.
            free = self.screen().availableGeometry()
            self.resize(min(1280, free.width() * 19 // 20), min(800, free.height() * 9 // 10))
        state = s.value("window/left_split")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.left_split.restoreState(state)
        # The viewer is hidden until the case has documents: its splitter is restored when
        # it first shows, or the hidden pane's share would be lost.
        sizes = s.value("window/main_split_sizes", [])
        self._main_split_sizes = [int(x) for x in sizes] if isinstance(sizes, list) else []
        docks = s.value("window/state")
        if isinstance(docks, QByteArray) and not docks.isEmpty():
            self.restoreState(docks)  # the review and chronology docks
        viewer_state = s.value("window/viewer_split")
        if isinstance(viewer_state, QByteArray) and not viewer_state.isEmpty():
            self.viewer.splitter.restoreState(viewer_state)

    def save_settings(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        if self._viewer_shown_once:
            s.setValue("window/main_split_sizes", self.main_split.sizes())
        for name in ("left_split",):
            s.setValue(f"window/{name}", getattr(self, name).saveState())
        s.setValue("window/viewer_split", self.viewer.splitter.saveState())
        s.setValue("window/state", self.saveState())
        s.sync()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.menus is not None:
            self.menus.fit_toolbars()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed:
            self.save_settings()
            self.shutdown()
        super().closeEvent(event)

    def _shut_down(self) -> None:
        self.save_settings()
        self.shutdown()

    def shutdown(self) -> None:
        """Stop background work (finished work is saved; reading resumes next time)."""
        self._closed = True
        self._refresh_timer.stop()
        self._search_timer.stop()
        self.runner.shutdown()
        self.renderer.shutdown()

    def is_settled(self) -> bool:
        """Nothing running, nothing waiting to be shown (for tests and scripts)."""
        return (self.runner.idle() and not self._refresh_timer.isActive()
                and not self._board_loading)
