"""The page viewer: the selected document's pages, one large and sharp, with its text."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QIcon, QImage, QKeySequence, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.models import Document, Page
from desktop_app.gui import appearance
from desktop_app.gui.page_canvas import FIT_PAGE, FIT_WIDTH, PageCanvas
from desktop_app.gui.qtcompat import emit
from desktop_app.gui.redaction import PatternMenu, RedactBar, masked
from desktop_app.gui.render import Renderer
from desktop_app.services import Services
from desktop_app.services.pictures import PageRender

PAGE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


def load_pages(services: Services, document_id: int) -> tuple[Document, list[Page],
                                                               dict[int, PageRender]]:
    """The document, its pages and how to draw each. Runs on the ``db`` lane."""
    pages = services.list_pages(document_id)
    return (services.get_document(document_id), pages,
            {p.id: services.pictures.spec(p.id) for p in pages})


class PageStripModel(QAbstractListModel):
    """The pages of one document as small pictures, for the strip beside the page."""

    def __init__(self, renderer: Renderer, parent: Any = None) -> None:
        super().__init__(parent)
        self._renderer = renderer
        self._pages: list[Page] = []
        self._specs: dict[int, PageRender] = {}
        self._thumbs: dict[Path, QPixmap] = {}
        self.icon_size = QSize(72, 92)
        renderer.thumbnailReady.connect(self._thumbnail_ready)

    def set_pages(self, pages: list[Page], specs: dict[int, PageRender]) -> None:
        if [p.id for p in pages] == [p.id for p in self._pages]:
            self._pages, self._specs = pages, specs
            if pages:
                emit(self.dataChanged, self.index(0), self.index(len(pages) - 1))
            return
        self.beginResetModel()
        self._pages, self._specs = pages, specs
        self.endResetModel()

    def page(self, row: int) -> Page | None:
        return self._pages[row] if 0 <= row < len(self._pages) else None

    def row_of(self, page_id: int) -> int:
        return next((r for r, p in enumerate(self._pages) if p.id == page_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._pages)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        page = self.page(index.row()) if index.isValid() else None
        if page is None:
            return None
        number = index.row() + 1
        if role == Qt.ItemDataRole.DisplayRole:
            if page.excluded:
                return self.tr("%n (left out)", "", number)
            return self.tr("%n (blank?)", "", number) if page.blank else str(number)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self.tr("Page %n", "", number)
            if page.blank and not page.excluded:
                text += self.tr(", looks blank")
            return text + (self.tr(", left out of the packet") if page.excluded else "")
        if role == PAGE_ID_ROLE:
            return page.id
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbnail(page)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(page)
        return None

    def _tip(self, page: Page) -> str:
        if page.status == "failed":
            return self.tr("This page could not be read: {why}").format(why=page.error or "")
        if page.excluded:
            return self.tr("Left out of the packet")
        return ""

    def _thumbnail(self, page: Page) -> QIcon | None:
        spec = self._specs.get(page.id)
        if spec is None:
            return None
        pixmap = self._thumbs.get(spec.thumb_path)
        if pixmap is None:
            self._renderer.thumbnail(spec)
            return appearance.blank_page(self.icon_size, QApplication.palette())
        if page.excluded:
            return QIcon(_greyed(pixmap))
        return QIcon(pixmap)

    def _thumbnail_ready(self, key: Path, image: QImage) -> None:
        if image.isNull():
            return
        self._thumbs[key] = appearance.framed_thumbnail(image, self.icon_size,
                                                  QApplication.palette())
        for row, page in enumerate(self._pages):
            spec = self._specs.get(page.id)
            if spec is not None and spec.thumb_path == key:
                emit(self.dataChanged, self.index(row), self.index(row))


def _greyed(pixmap: QPixmap) -> QPixmap:
    """The thumbnail of a page left out: faded, with a red cross."""
    out = QPixmap(pixmap)
    painter = QPainter(out)
    shade = QApplication.palette().color(QPalette.ColorRole.Window)
    shade.setAlpha(160)
    ratio = pixmap.devicePixelRatio()
    w, h = int(pixmap.width() / ratio), int(pixmap.height() / ratio)
    painter.fillRect(0, 0, w, h, shade)
    painter.setPen(appearance.status_colour("failed", QApplication.palette()))
    painter.drawLine(0, 0, w, h)
    painter.drawLine(w, 0, 0, h)
    painter.end()
    return out


class PageViewer(QWidget):
    """Shows one document: a strip of its pages, the current page, and its OCR text."""

    rotateRequested = Signal(int, int)  # page id, degrees clockwise
    excludeRequested = Signal(int, bool)  # page id, leave out?
    edgesRequested = Signal(int)  # page id: "Adjust page edges" (``gui/edges.py``)
    blankExcludeRequested = Signal(object)  # page ids that look blank, to leave out
    # Redaction (``gui/redaction.py``'s controller listens): the page now shown, an area
    # dragged in redact mode (fractions of the page as shown), Delete on a selected area.
    pageShown = Signal(int)  # page id
    areaDrawn = Signal(int, object)  # page id, (x0, y0, x1, y1)
    areaRemoveRequested = Signal(int, int)  # page id, area id

    def __init__(self, renderer: Renderer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageViewer")
        self._renderer = renderer
        self.document: Document | None = None
        self._pages: list[Page] = []
        self._specs: dict[int, PageRender] = {}
        self._current = -1
        self._redactions_page: int | None = None
        self._covered: list[str] = []  # words the page's redactions black out
        self._shown_key: Path | None = None
        self._request = 0
        self._wanted = QSize()
        self._render_timer = QTimer(self, singleShot=True, interval=120)
        self._render_timer.timeout.connect(self._render)
        renderer.pageReady.connect(self._page_ready)
        renderer.pageFailed.connect(self._page_failed)
        self._build()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        # The page tools (turn, rotate, leave out, edges) and the view tools (fit, zoom,
        # redact) sit side by side, or one above the other on a narrow viewer (a laptop at
        # 200 %), so no tool hides behind a toolbar's » menu.
        self.toolbar = QToolBar(self.tr("Page"), self)
        self.view_bar = QToolBar(self.tr("View"), self)
        for bar in (self.toolbar, self.view_bar):
            bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._bars = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._bars.setContentsMargins(0, 0, 0, 0)
        self._bars.setSpacing(0)
        self._bars.addWidget(self.toolbar)
        self._bars.addWidget(self.view_bar, 1)
        self.title = QLabel(self.tr("Select a document to see its pages."), self)
        self.title.setObjectName("viewerTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.strip_model = PageStripModel(self._renderer, self)
        self.strip = QListView(self)
        self.strip.setObjectName("pageStrip")
        self.strip.setAccessibleName(self.tr("Pages of the document"))
        self.strip.setModel(self.strip_model)
        self.strip.setUniformItemSizes(True)
        self.strip.setViewMode(QListView.ViewMode.IconMode)
        self.strip.setFlow(QListView.Flow.TopToBottom)
        self.strip.setWrapping(False)
        self.strip.setMovement(QListView.Movement.Static)
        self.strip.setIconSize(self.strip_model.icon_size)
        self.strip.setSpacing(4)
        line = self.fontMetrics().lineSpacing()
        self.strip.setGridSize(self.strip_model.icon_size + QSize(line * 2, line * 2))
        self.strip.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Icon mode turns drag and drop on; files dropped here go to the window instead.
        self.strip.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self.strip.setAcceptDrops(False)
        self.strip.viewport().setAcceptDrops(False)
        self.strip.setFixedWidth(self.strip.gridSize().width()
                                 + self.strip.verticalScrollBar().sizeHint().width() + 8)
        self.strip.selectionModel().currentChanged.connect(
            lambda current, _prev: self.show_page(current.row()))
        self.canvas = PageCanvas(self)
        self.canvas.wantedPixels.connect(self._want)
        self.canvas.zoomChanged.connect(self._update_zoom_label)
        self.canvas.areaDrawn.connect(self._area_drawn)
        self.canvas.areaDeleteRequested.connect(self._area_delete)
        self.scroll_area = _CanvasScroll(self.canvas, self)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("pageText")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Text read from the page"))
        self.text.setPlaceholderText(self.tr("The text read from the page appears here."))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("viewerSplitter")
        self.splitter.addWidget(self.strip)
        self.splitter.addWidget(self.scroll_area)
        self.splitter.addWidget(self.text)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([self.strip.width(), 600, 260])
        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.title)
        content_layout.addLayout(self._bars)
        content_layout.addWidget(self._blank_bar())
        self.redact_bar: QWidget | None = None  # made with the redact action
        self._content_layout = content_layout
        content_layout.addWidget(self.splitter, 1)
        self.placeholder = QLabel(self.tr(
            "Select a document on the left to see its pages here.\n\n"
            "You can turn pages, leave pages out of the packet, and read the text "
            "found on each page."), self)
        self.placeholder.setObjectName("viewerPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.placeholder)
        self.pages.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._actions()
        self._update_actions()

    def _blank_bar(self) -> QWidget:
        """"These pages look blank: 2, 4 — Leave them out": shown while the document has blank
        pages still in the packet; one click leaves them all out (undoable)."""
        self.blank_bar = QWidget(self)
        self.blank_bar.setObjectName("blankBar")
        self.blank_label = QLabel(self.blank_bar)
        self.blank_label.setWordWrap(True)
        self.blank_button = QPushButton(self.tr("Leave them out"), self.blank_bar)
        self.blank_button.setObjectName("blankLeaveOut")
        self.blank_button.clicked.connect(self._leave_out_blank)
        row = QHBoxLayout(self.blank_bar)
        row.setContentsMargins(8, 2, 8, 2)
        row.addWidget(self.blank_label, 1)
        row.addWidget(self.blank_button)
        self.blank_bar.hide()
        return self.blank_bar

    def _blank_pages(self) -> list[Page]:
        return [p for p in self._pages if p.blank and not p.excluded]

    def _update_blank_bar(self) -> None:
        blank = self._blank_pages()
        if blank:
            numbers = ", ".join(str(self._pages.index(p) + 1) for p in blank)
            self.blank_label.setText(self.tr(
                "These pages look blank: {pages}. The back of a sheet, scanned too? They are "
                "still in the packet.").format(pages=numbers))
        self.blank_bar.setVisible(bool(blank))

    def _leave_out_blank(self) -> None:
        blank = [p.id for p in self._blank_pages()]
        if blank:
            emit(self.blankExcludeRequested, blank)

    def _action(self, text: str, icon: QStyle.StandardPixmap | None, shortcut: Any,
                slot: Any, theme: str = "") -> QAction:
        action = QAction(text, self)
        if icon is not None:
            action.setIcon(appearance.standard_icon(self, icon, theme))
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.previous_action = self._action(self.tr("Previous page"), sp.SP_ArrowUp,
                                            QKeySequence.StandardKey.MoveToPreviousPage,
                                            lambda: self.show_page(self._current - 1),
                                            "go-previous")
        self.next_action = self._action(self.tr("Next page"), sp.SP_ArrowDown,
                                        QKeySequence.StandardKey.MoveToNextPage,
                                        lambda: self.show_page(self._current + 1), "go-next")
        self.rotate_left_action = self._action(self.tr("Rotate left"), None, "Ctrl+L",
                                               lambda: self._rotate(-90))
        self.rotate_right_action = self._action(self.tr("Rotate right"), None, "Ctrl+R",
                                                lambda: self._rotate(90))
        self.rotate_left_action.setIcon(appearance.arrow_icon(self.palette(), clockwise=False))
        self.rotate_right_action.setIcon(appearance.arrow_icon(self.palette(), clockwise=True))
        self.exclude_action = self._action(self.tr("Leave page out"), sp.SP_DialogDiscardButton,
                                           QKeySequence.StandardKey.Delete,
                                           self._toggle_exclude)
        self.exclude_action.setCheckable(True)
        self.exclude_action.setToolTip(self.tr(
            "Leave this page out of the packet (Delete). The file itself is kept."))
        self.edges_action = self._action(self.tr("Adjust page edges…"), None, "Ctrl+Shift+E",
                                         self._ask_edges)
        self.edges_action.setIcon(appearance.tool_icon(self.palette(), "edges"))
        self.edges_action.setToolTip(self.tr(
            "Show where the app found the page in the photo, and move its corners "
            "(Ctrl+Shift+E). The photo itself is not changed."))
        self.fit_width_action = self._action(self.tr("Fit width"), None, None,
                                             lambda: self.canvas.set_mode(FIT_WIDTH))
        self.fit_page_action = self._action(self.tr("Fit page"), None, "Ctrl+0",
                                            lambda: self.canvas.set_mode(FIT_PAGE))
        self.fit_width_action.setIcon(appearance.tool_icon(self.palette(), "fit-width"))
        self.fit_page_action.setIcon(appearance.tool_icon(self.palette(), "fit-page"))
        self.zoom_out_action = self._action(self.tr("Zoom out"), None,
                                            QKeySequence.StandardKey.ZoomOut,
                                            lambda: self.canvas.step(-1))
        self.zoom_in_action = self._action(self.tr("Zoom in"), None,
                                           QKeySequence.StandardKey.ZoomIn,
                                           lambda: self.canvas.step(1))
        self.zoom_out_action.setText("−")
        self.zoom_out_action.setToolTip(self.tr("Zoom out (Ctrl+minus, or Ctrl+wheel)"))
        self.zoom_in_action.setText("+")
        self.zoom_in_action.setToolTip(self.tr("Zoom in (Ctrl+plus, or Ctrl+wheel)"))
        self.redact_action = self._action(self.tr("Redact"), None, "Ctrl+Shift+R",
                                          self._toggle_redact)
        self.redact_action.setCheckable(True)
        self.redact_action.setIcon(appearance.tool_icon(self.palette(), "redact"))
        self.redact_bar = RedactBar(self.redact_action, self)
        self._content_layout.insertWidget(2, self.redact_bar)
        self.redact_action.setToolTip(self.tr(
            "Black out parts of the page for good (Ctrl+Shift+R): drag a rectangle over "
            "them. Click an area and press Delete to remove it."))
        self.patterns_menu = PatternMenu(self)
        self.patterns_button = QToolButton(self)
        self.patterns_button.setObjectName("redactPatterns")
        self.patterns_button.setText(self.tr("Patterns"))
        self.patterns_button.setToolTip(self.tr(
            "Black out Social Security numbers, account numbers and other people's dates "
            "of birth on every page; what they cover shows on the page in redact mode."))
        self.patterns_button.setMenu(self.patterns_menu)
        self.patterns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.page_label = QLabel(self)
        self.zoom_label = QLabel(self)
        self.zoom_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("8888 %"))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        tb = self.toolbar
        self._toolbar_widgets: dict[QWidget, QAction] = {}
        for bar, items in (
                (self.toolbar, (self.previous_action, self.page_label, self.next_action, None,
                                self.rotate_left_action, self.rotate_right_action,
                                self.exclude_action, self.edges_action)),
                (self.view_bar, (None, self.fit_width_action, self.fit_page_action,
                                 self.zoom_out_action, self.zoom_label, self.zoom_in_action,
                                 None, self.redact_action, self.patterns_button))):
            for item in items:
                if item is None:
                    bar.addSeparator()
                elif isinstance(item, QAction):
                    bar.addAction(item)
                else:
                    self._toolbar_widgets[item] = bar.addWidget(item)
        self._between_bars = self.view_bar.actions()[0]  # its leading separator
        # Patterns belong to redact mode (also in the Page menu): in view only while it is
        # on, so the page tools fit a laptop's window.
        self._toolbar_widgets[self.patterns_button].setVisible(False)
        for action in (self.previous_action, self.next_action):
            tb.widgetForAction(action).setToolTip(action.text())
        for action in (self.previous_action, self.next_action):
            button = tb.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

    def set_tool_style(self, style: Qt.ToolButtonStyle) -> None:
        """Icons only (a narrow window) or icons with their names."""
        for bar in (self.toolbar, self.view_bar):
            bar.setToolButtonStyle(style)
        self._arrange_bars()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._arrange_bars()

    def _arrange_bars(self) -> None:
        """The two tool bars in one row when both fit, else one above the other."""
        needed = self.toolbar.sizeHint().width() + self.view_bar.sizeHint().width()
        row = needed <= self.width()
        self._bars.setDirection(QBoxLayout.Direction.LeftToRight if row
                                else QBoxLayout.Direction.TopToBottom)
        self._between_bars.setVisible(row)

    # --- showing a document ----------------------------------------------------------------

    def clear(self) -> None:
        self.show_document(None, [], {})

    def show_document(self, document: Document | None, pages: list[Page],
                      specs: dict[int, PageRender], page_id: int | None = None) -> None:
        same = (document is not None and self.document is not None
                and document.id == self.document.id)
        keep = self._pages[self._current].id if same and 0 <= self._current < len(
            self._pages) else None
        self.document, self._pages, self._specs = document, pages, specs
        self.strip_model.set_pages(pages, specs)
        self.pages.setCurrentIndex(0 if document is None else 1)
        if document is None:
            self.title.setText(self.tr("Select a document to see its pages."))
        else:
            self.title.setText(self.tr("<b>{title}</b> — {n} page(s), from {file}").format(
                title=_html(document.title), n=document.pages, file=_html(document.source_name)))
        target = page_id if page_id is not None else keep
        row = next((r for r, p in enumerate(pages) if p.id == target), 0)
        self._current = -1
        self.show_page(row if pages else -1, force=True)

    def current_page(self) -> Page | None:
        return self._pages[self._current] if 0 <= self._current < len(self._pages) else None

    def show_page(self, row: int, force: bool = False) -> None:
        if not self._pages:
            self._current = -1
            self.canvas.set_page(11 / 8.5, 816)
            self._shown_key = None
            self.canvas.excluded = False
            self.canvas.message = self.tr("No document selected")
            self.text.clear()
            self._update_actions()
            return
        row = max(0, min(row, len(self._pages) - 1))
        if row == self._current and not force:
            return
        changed = row != self._current or force
        self._current = row
        page = self._pages[row]
        if changed and page.id != self._redactions_page:
            self._redactions_page = None  # another page's boxes must not stay drawn
            self._covered = []
            self.canvas.set_redactions([], [])
        if self.strip.currentIndex().row() != row:
            self.strip.setCurrentIndex(self.strip_model.index(row))
        spec = self._specs.get(page.id)
        # The same page, turned the same way: keep its picture (the board refreshes while
        # pages are being read; the page must not flicker each time).
        key = spec.thumb_path if spec is not None else None
        if key != self._shown_key or not self.canvas.has_image():
            self._shown_key = key
            turned = page.rotation % 180 == 90
            width, height = (page.height, page.width) if turned else (page.width, page.height)
            pdf = self.document is not None and self.document.kind == "pdf"
            inches = width / 72 if pdf else width / 300
            self.canvas.set_page(height / max(1.0, width), max(200.0, inches * 96))
        if self.canvas.excluded != page.excluded or self.canvas.message:
            self.canvas.excluded = page.excluded
            self.canvas.message = ""
            self.canvas.update()
        text = masked(self._page_text(page), self._covered)
        if text != self.text.toPlainText():
            self.text.setPlainText(text)
        self._update_actions()
        if changed:
            emit(self.pageShown, page.id)

    def _page_text(self, page: Page) -> str:
        if page.status in ("pending", "processing"):
            return self.tr("This page is still being read. Its text will appear here.")
        if page.status == "failed":
            return self.tr("This page could not be read: {why}\n\nUse “Try again” in the "
                           "list of problems below, or leave the page out.").format(
                               why=page.error or "")
        return page.text.strip() or self.tr("(No text was found on this page.)")

    def _update_actions(self) -> None:
        page = self.current_page()
        has = page is not None
        for action in (self.rotate_left_action, self.rotate_right_action, self.exclude_action,
                       self.fit_width_action, self.fit_page_action, self.zoom_in_action,
                       self.zoom_out_action, self.redact_action):
            action.setEnabled(has)
        # A page of a digital PDF has no photo to outline; a page being read waits.
        self.edges_action.setEnabled(bool(page and not page.native_text
                                          and page.status in ("done", "failed")))
        self._update_blank_bar()
        self.patterns_button.setEnabled(has)
        self.previous_action.setEnabled(has and self._current > 0)
        self.next_action.setEnabled(has and self._current < len(self._pages) - 1)
        self.exclude_action.setChecked(bool(page and page.excluded))
        self.page_label.setText(
            self.tr("Page {n} of {total}").format(n=self._current + 1, total=len(self._pages))
            if has else "")
        self._update_zoom_label()

    def _update_zoom_label(self) -> None:
        self.zoom_label.setText(f"{self.canvas.percent()} %" if self.current_page() else "")

    # --- pictures --------------------------------------------------------------------------

    def _want(self, size: QSize) -> None:
        self._wanted = size
        self._update_zoom_label()
        self._render_timer.start()

    def _render(self) -> None:
        page = self.current_page()
        spec = self._specs.get(page.id) if page else None
        if page is None or spec is None or self._wanted.isEmpty():
            return
        turned = page.rotation % 180 == 90
        width_pt = page.height if turned else page.width
        if spec.kind == "pdf" and not spec.clean:
            # Round up: the picture is then shrunk to exactly the wanted size.
            dpi = math.ceil(min(300, max(36, self._wanted.width() * 72 / max(1.0, width_pt))))
        else:
            dpi = 300
        max_side = max(self._wanted.width(), self._wanted.height())
        self._request = self._renderer.page(spec, dpi, min(max_side, 6000))

    def _page_ready(self, request: int, image: QImage) -> None:
        if request == self._request:
            self.canvas.set_image(image)

    def _page_failed(self, request: int, reason: str) -> None:
        if request == self._request:
            self.canvas.message = self.tr("This page cannot be drawn.")
            self.canvas.update()

    # --- edits -----------------------------------------------------------------------------

    def _rotate(self, degrees: int) -> None:
        page = self.current_page()
        if page is not None:
            emit(self.rotateRequested, page.id, degrees)

    # --- redaction ---------------------------------------------------------------------------

    def _toggle_redact(self) -> None:
        self.canvas.set_redact_mode(self.redact_action.isChecked())
        self._toolbar_widgets[self.patterns_button].setVisible(self.redact_action.isChecked())
        self._arrange_bars()
        if self.redact_bar is not None:
            self.redact_bar.setVisible(self.redact_action.isChecked())
        if self.redact_action.isChecked():
            self.canvas.setFocus()

    def show_redactions(self, page_id: int, areas: list[tuple[int, tuple[float, float, float,
                                                                            float]]],
                        hits: list[tuple[float, float, float, float]],
                        covered: list[str] | None = None) -> None:
        """Draw the areas (id, box) and pattern finds of page ``page_id``, if it is shown;
        the ``covered`` words are blacked out in the page's text too."""
        page = self.current_page()
        if page is not None and page.id == page_id:
            self._redactions_page = page_id
            self._covered = list(covered or [])
            self.canvas.set_redactions(areas, hits)
            text = masked(self._page_text(page), self._covered)
            if text != self.text.toPlainText():
                self.text.setPlainText(text)

    def _area_drawn(self, box: tuple[float, float, float, float]) -> None:
        page = self.current_page()
        if page is not None:
            emit(self.areaDrawn, page.id, box)

    def _area_delete(self, area_id: int) -> None:
        page = self.current_page()
        if page is not None:
            emit(self.areaRemoveRequested, page.id, area_id)

    def _ask_edges(self) -> None:
        page = self.current_page()
        if page is not None and self.edges_action.isEnabled():
            emit(self.edgesRequested, page.id)

    def _toggle_exclude(self) -> None:
        page = self.current_page()
        if page is not None:
            emit(self.excludeRequested, page.id, not page.excluded)
        self._update_actions()


class _CanvasScroll(QScrollArea):
    """Scrolls the page and tells it how much room there is."""

    def __init__(self, canvas: PageCanvas, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("pageScroll")
        self.setWidget(canvas)
        self.setWidgetResizable(False)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setBackgroundRole(QPalette.ColorRole.Dark)
        self._canvas = canvas

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._canvas.set_viewport(self.viewport().size())


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

