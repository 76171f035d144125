"""Adjust page edges: the page's outline on the original photo, four corners to drag.

The main window makes an ``EdgesController(viewer, runner, undo_stack, parent, renderer)``
and follows its ``changed`` and ``failed``. The controller listens to the viewer's
``edgesRequested``, loads the outline on the ``db`` lane, shows ``EdgeDialog``, and
pushes what the user chose on the undo stack; the window then shows the page waiting
and reads it again in the background, and the packet, thumbnails and text follow.

The photo is shown turned the way the page reads (by the turn processing found), so the
corners keep their names: top-left is the page's top-left. Keyboard: Tab and Shift+Tab
go from corner to corner (then on to the buttons), the arrow keys move the chosen
corner a pixel of the screen (with Shift, ten), Enter applies.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.models import Quad
from desktop_app.errors import InvalidInputError
from desktop_app.gui.qtcompat import emit
from desktop_app.gui.render import Renderer
from desktop_app.gui.tasks import JobContext, TaskRunner
from desktop_app.services import Services, outline

HANDLE = 9.0  # radius of a corner handle, in screen pixels
GRAB = 22.0  # how near a press must be to take a corner
LOUPE = 140  # side of the magnified view of the corner being moved
PICTURE_SIDE = 1800  # pixels of the photo drawn for the editor, on its longer side

# An outline state: (set by the user, corners or None for the whole photo).
State = tuple[bool, Quad | None]


def _turn(x: float, y: float, quarter: int, w: float, h: float) -> tuple[float, float]:
    """Point (x, y) of a w x h picture once the picture is turned ``quarter`` x 90
    degrees clockwise."""
    quarter %= 4
    if quarter == 1:
        return h - y, x
    if quarter == 2:
        return w - x, h - y
    if quarter == 3:
        return y, w - x
    return x, y


class EdgeCanvas(QWidget):
    """The photo, the outline over it, and four corner handles to move."""

    edited = Signal()
    NAMES = ("top-left", "top-right", "bottom-right", "bottom-left")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("edgeCanvas")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(360, 360))
        self.setMouseTracking(True)
        self._image = QImage()  # the photo as drawn (not turned)
        self._size = (1.0, 1.0)  # the photo in outline units (pixels, or PDF points)
        self._quarter = 0  # clockwise quarter turns that stand the page up
        self.corners: list[QPointF] = []  # in outline units, reading order
        self.current = 0  # the corner the keyboard moves
        self._dragging: int | None = None
        self._update_name()

    # --- what to show ---------------------------------------------------------------------

    def set_photo(self, image: QImage, size: tuple[float, float], quarter: int) -> None:
        self._image, self._size, self._quarter = image, size, quarter % 4
        self.update()

    def set_corners(self, quad: Quad | None) -> None:
        w, h = self._size
        if quad is None:
            # The whole photo, named as the page reads: the corner shown top-left first.
            plain = [(0.0, 0.0), (w, 0.0), (w, h), (0.0, h)]
            shift = (4 - self._quarter) % 4
            quad = tuple(plain[shift:] + plain[:shift])  # type: ignore[assignment]
        assert quad is not None
        self.corners = [QPointF(x, y) for x, y in quad]
        self._update_name()
        self.update()

    def quad(self) -> Quad:
        a, b, c, d = ((p.x(), p.y()) for p in self.corners)
        return (a, b, c, d)

    # --- geometry: outline units <-> screen ----------------------------------------------

    def _turned_size(self) -> tuple[float, float]:
        w, h = self._size
        return (h, w) if self._quarter % 2 else (w, h)

    def _frame(self) -> tuple[float, float, float]:
        """Scale and offset that fit the turned photo in the widget, with a margin."""
        tw, th = self._turned_size()
        margin = 2 * HANDLE + 4
        scale = min((self.width() - 2 * margin) / tw, (self.height() - 2 * margin) / th)
        scale = max(scale, 1e-6)
        ox = (self.width() - tw * scale) / 2
        oy = (self.height() - th * scale) / 2
        return scale, ox, oy

    def to_screen(self, p: QPointF) -> QPointF:
        w, h = self._size
        x, y = _turn(p.x(), p.y(), self._quarter, w, h)
        scale, ox, oy = self._frame()
        return QPointF(ox + x * scale, oy + y * scale)

    def from_screen(self, p: QPointF) -> QPointF:
        w, h = self._size
        scale, ox, oy = self._frame()
        tx, ty = (p.x() - ox) / scale, (p.y() - oy) / scale
        tw, th = self._turned_size()
        x, y = _turn(tx, ty, -self._quarter, tw, th)
        slack = 0.1 * max(w, h)  # a page cut off by the frame: a little beyond is allowed
        return QPointF(min(max(x, -slack), w + slack), min(max(y, -slack), h + slack))

    # --- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Dark))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale, ox, oy = self._frame()
        tw, th = self._turned_size()
        target = QRectF(ox, oy, tw * scale, th * scale)
        if not self._image.isNull():
            painter.save()
            painter.translate(target.center())
            painter.rotate(90 * self._quarter)
            w, h = self._size
            painter.drawImage(QRectF(-w * scale / 2, -h * scale / 2, w * scale, h * scale),
                              self._image)
            painter.restore()
        else:
            painter.setPen(self.palette().color(QPalette.ColorRole.BrightText))
            painter.drawText(target, Qt.AlignmentFlag.AlignCenter, self.tr("Drawing the photo…"))
        if len(self.corners) == 4:
            self._paint_outline(painter, target)
        painter.end()

    def _paint_outline(self, painter: QPainter, target: QRectF) -> None:
        points = [self.to_screen(p) for p in self.corners]
        page = QPainterPath()
        page.moveTo(points[0])
        for p in points[1:]:
            page.lineTo(p)
        page.closeSubpath()
        outside = QPainterPath()
        outside.addRect(target)
        painter.fillPath(outside.subtracted(page), QColor(0, 0, 0, 110))  # what is cut off
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(QColor("white"), 4))
        painter.drawPath(page)
        painter.setPen(QPen(highlight, 2))
        painter.drawPath(page)
        for i, p in enumerate(points):
            chosen = i == self.current
            painter.setPen(QPen(QColor("white") if chosen else highlight, 2))
            painter.setBrush(highlight if chosen else QColor(255, 255, 255, 200))
            radius = HANDLE + (2 if chosen and self.hasFocus() else 0)
            painter.drawEllipse(p, radius, radius)
        if self._dragging is not None or self.hasFocus():
            self._paint_loupe(painter, points[self.current])

    def _paint_loupe(self, painter: QPainter, at: QPointF) -> None:
        """The chosen corner magnified, in the corner of the view farthest from it."""
        if self._image.isNull():
            return
        box = QRectF(0, 0, LOUPE, LOUPE)
        box.moveCenter(self._loupe_place())
        painter.save()
        painter.setClipRect(box)
        painter.fillRect(box, QColor("black"))
        zoom = 4.0
        painter.translate(box.center())
        painter.scale(zoom, zoom)
        painter.translate(-at)
        scale, ox, oy = self._frame()
        tw, th = self._turned_size()
        target = QRectF(ox, oy, tw * scale, th * scale)
        painter.translate(target.center())
        painter.rotate(90 * self._quarter)
        w, h = self._size
        painter.drawImage(QRectF(-w * scale / 2, -h * scale / 2, w * scale, h * scale),
                          self._image)
        painter.restore()
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box)
        c = box.center()
        painter.drawLine(QPointF(c.x() - 10, c.y()), QPointF(c.x() + 10, c.y()))
        painter.drawLine(QPointF(c.x(), c.y() - 10), QPointF(c.x(), c.y() + 10))

    def _loupe_place(self) -> QPointF:
        """Where the magnifier goes: of the view's corners and the middles of its sides,
        the place farthest from every handle (it must hide none of them)."""
        w, h, half = self.width(), self.height(), LOUPE / 2 + 8
        places = [QPointF(x, y) for x in (half, w / 2, w - half) for y in (half, h / 2, h - half)
                  if not (x == w / 2 and y == h / 2)]
        handles = [self.to_screen(p) for p in self.corners]
        return max(places, key=lambda c: min(math.hypot(c.x() - p.x(), c.y() - p.y())
                                             for p in handles))

    # --- mouse -----------------------------------------------------------------------------

    def _corner_at(self, pos: QPointF) -> int | None:
        best: tuple[float, int] | None = None
        for i, p in enumerate(self.corners):
            s = self.to_screen(p)
            d = math.hypot(s.x() - pos.x(), s.y() - pos.y())
            if d <= GRAB and (best is None or d < best[0]):
                best = (d, i)
        return None if best is None else best[1]

    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self._corner_at(event.position())
        if event.button() != Qt.MouseButton.LeftButton or hit is None:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._dragging = self.current = hit
        self._update_name()
        self.update()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging is None:
            over = self._corner_at(event.position()) is not None
            self.setCursor(Qt.CursorShape.SizeAllCursor if over else Qt.CursorShape.ArrowCursor)
            return
        self.corners[self._dragging] = self.from_screen(event.position())
        self.update()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._dragging is None:
            super().mouseReleaseEvent(event)
            return
        self._dragging = None
        self._update_name()
        self.update()
        emit(self.edited)
        event.accept()

    # --- keyboard ----------------------------------------------------------------------------

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab goes round the four corners first, then on to the buttons."""
        if self.hasFocus():
            step = 1 if forward else -1
            nxt = self.current + step
            if 0 <= nxt < 4:
                self.current = nxt
                self._update_name()
                self.update()
                return True
        return super().focusNextPrevChild(forward)

    def focusInEvent(self, event: Any) -> None:
        reason = event.reason()
        if reason == Qt.FocusReason.TabFocusReason:
            self.current = 0
        elif reason == Qt.FocusReason.BacktabFocusReason:
            self.current = 3
        self._update_name()
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
                 Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        key = Qt.Key(event.key())
        if key in moves and self.corners:
            step = 10 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
            dx, dy = moves[key]
            here = self.to_screen(self.corners[self.current])
            self.corners[self.current] = self.from_screen(
                QPointF(here.x() + dx * step, here.y() + dy * step))
            self._update_name()
            self.update()
            emit(self.edited)
            event.accept()
            return
        super().keyPressEvent(event)

    def _update_name(self) -> None:
        names = (self.tr("top-left corner"), self.tr("top-right corner"),
                 self.tr("bottom-right corner"), self.tr("bottom-left corner"))
        where = ""
        if len(self.corners) == 4:
            p = self.corners[self.current]
            where = self.tr(" at {x:.0f}, {y:.0f}").format(x=p.x(), y=p.y())
        self.setAccessibleName(self.tr("Page edges: {corner}{where}").format(
            corner=names[self.current], where=where))


class EdgeDialog(QDialog):
    """"Adjust page edges": returns, when accepted, the chosen ``State``."""

    def __init__(self, found: Quad | None, state: State, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("edgeDialog")
        self.setWindowTitle(self.tr("Adjust page edges"))
        self._found = found
        self.result_state: State = state
        self.help = QLabel(self.tr(
            "Drag the round handles onto the corners of the page. Everything outside the "
            "outline is left out, and the page is straightened. Keyboard: Tab moves from "
            "corner to corner, the arrow keys move it (Shift: faster)."), self)
        self.help.setWordWrap(True)
        self.canvas = EdgeCanvas(self)
        self.canvas.setAccessibleDescription(self.help.text())
        buttons = QDialogButtonBox(self)
        self.found_button = QPushButton(self.tr("Edges the app found"), self)
        self.found_button.setObjectName("edgesFound")
        self.found_button.setToolTip(self.tr(
            "Go back to the edges the app found by itself (Reset)."))
        self.whole_button = QPushButton(self.tr("Whole photo"), self)
        self.whole_button.setObjectName("edgesWhole")
        self.whole_button.setToolTip(self.tr("Keep the whole photo, nothing cut away."))
        self.apply_button = buttons.addButton(self.tr("Apply"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("edgesApply")
        self.apply_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.found_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(self.whole_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self._apply)
        buttons.rejected.connect(self.reject)
        self.found_button.clicked.connect(self._use_found)
        self.whole_button.clicked.connect(self._use_whole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.help)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(buttons)
        self.resize(760, 820)
        self._automatic = not state[0]
        self.canvas.edited.connect(self._edited)

    def set_photo(self, image: QImage, size: tuple[float, float], quarter: int) -> None:
        self.canvas.set_photo(image, size, quarter)
        self.canvas.set_corners(self.result_state[1])

    def _edited(self) -> None:
        self._automatic = False

    def _use_whole(self) -> None:
        self.canvas.set_corners(None)
        self._automatic = False

    def _use_found(self) -> None:
        self.canvas.set_corners(self._found)
        self._automatic = True

    def _apply(self) -> None:
        if self._automatic:
            self.result_state = (False, self._found)
        else:
            quad = self.canvas.quad()
            w, h = self.canvas._size
            whole = all(abs(x - cx) < 0.5 and abs(y - cy) < 0.5 for (x, y), (cx, cy) in
                        zip(sorted(quad), sorted([(0.0, 0.0), (w, 0.0), (w, h), (0.0, h)]),
                            strict=True))
            self.result_state = (True, None if whole else quad)
        self.accept()


class CropCommand(QUndoCommand):
    """Set a page's outline (by hand, or back to the one the app finds); undo puts the
    earlier one back. Either way the page is read again."""

    def __init__(self, controller: EdgesController, page_id: int, before: State,
                 after: State) -> None:
        super().__init__(controller.tr("Adjust page edges"))
        self._controller, self._page = controller, page_id
        self._before, self._after = before, after

    def _apply(self, state: State) -> None:
        page, (by_user, quad) = self._page, state

        def work(services: Services, _ctx: JobContext) -> None:
            if by_user:
                services.outlines.set_crop(page, quad)
            else:
                services.outlines.reset_crop(page)

        self._controller.run(work)

    def redo(self) -> None:
        self._apply(self._after)

    def undo(self) -> None:
        self._apply(self._before)


class EdgesController(QObject):
    """Ties the viewer's "Adjust page edges" to the dialog, the undo stack and the
    outline services; see the module docstring."""

    failed = Signal(object)  # an exception a service raised
    changed = Signal()  # an outline changed: the page waits to be read again

    def __init__(self, viewer: Any, runner: TaskRunner, undo: QUndoStack,
                 parent: QWidget, renderer: Renderer) -> None:
        super().__init__(parent)
        self._viewer, self._runner, self._undo, self._parent = viewer, runner, undo, parent
        self._renderer = renderer
        # The picture asked for, the page and its outline, while the photo is drawn.
        self._waiting: tuple[int, int, outline.Outline] | None = None
        renderer.originalReady.connect(self._picture_ready)
        renderer.originalFailed.connect(self._picture_failed)
        self.dialog: EdgeDialog | None = None
        viewer.edgesRequested.connect(self.open)

    def run(self, work: Any) -> None:
        self._runner.run("db", work, on_done=lambda _r: emit(self.changed),
                         on_fail=lambda e: emit(self.failed, e))

    def open(self, page_id: int) -> None:
        if self.dialog is not None or self._waiting is not None:
            return

        def found(result: outline.Outline) -> None:
            # The outline comes from the database lane; the photo is decoded by a
            # picture worker, so no edit waits behind a 12-megapixel JPEG.
            dpi = outline.picture_dpi(result, PICTURE_SIDE)
            request = self._renderer.original(result.original, dpi, PICTURE_SIDE)
            self._waiting = (request, page_id, result)

        def failed(error: BaseException) -> None:
            emit(self.failed, error)

        self._runner.run("db", lambda services, _ctx: services.outlines.get(page_id),
                         on_done=found, on_fail=failed)

    def _picture_ready(self, request: int, picture: QImage) -> None:
        if self._waiting is None or self._waiting[0] != request:
            return
        _request, page_id, found = self._waiting
        self._waiting = None
        self._show(page_id, found, picture)

    def _picture_failed(self, request: int, reason: str) -> None:
        if self._waiting is None or self._waiting[0] != request:
            return
        self._waiting = None
        emit(self.failed, InvalidInputError(
            self.tr("The photo could not be shown for adjusting its edges."),
            self.tr("Check that its file is still readable, then try again. ({reason})")
            .format(reason=reason)))

    def _show(self, page_id: int, found: outline.Outline, image: QImage) -> None:
        state: State = (found.by_user, found.crop)
        dialog = self.dialog = EdgeDialog(found.found, state, self._parent)
        dialog.set_photo(image, (found.width, found.height), found.page.rotation_auto // 90)
        dialog.finished.connect(lambda code: self._closed(page_id, state, code))
        dialog.open()
        dialog.canvas.setFocus(Qt.FocusReason.OtherFocusReason)

    def _closed(self, page_id: int, before: State, code: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None or code != QDialog.DialogCode.Accepted.value:
            return
        after = dialog.result_state
        if after != before:
            self._undo.push(CropCommand(self, page_id, before, after))
        dialog.deleteLater()
