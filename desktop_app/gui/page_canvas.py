"""One page, drawn large and sharp: zoom to fit the width or the page, or by steps."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.gui.qtcompat import emit

FIT_WIDTH, FIT_PAGE, CUSTOM = "width", "page", "custom"
MARGIN = 16
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
MIN_DRAG = 4  # pixels: a smaller drag is a click, not an area
Box = tuple[float, float, float, float]  # left, top, right, bottom in fractions of the page


class PageCanvas(QWidget):
    """Paints the current picture at the size the zoom asks for. The picture itself is
    drawn elsewhere (``Renderer``); ``wantedPixels`` says what size would be sharp."""

    zoomChanged = Signal()
    wantedPixels = Signal(QSize)  # device pixels of the page at the current zoom
    # Redact mode: a rectangle dragged on the page (fractions of the page as shown), and
    # Delete pressed on a selected area (its id).
    areaDrawn = Signal(object)
    areaDeleteRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageCanvas")
        self.setAccessibleName(self.tr("Page picture"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._image = QImage()
        self._aspect = 11 / 8.5  # height / width of the page as shown
        self._natural_width = 816.0  # logical pixels at 100 % (8.5 in at 96 per inch)
        self.mode = FIT_WIDTH
        self.factor = 1.0
        self.excluded = False
        self.message = ""
        self._viewport = QSize(600, 800)
        self.redact_mode = False
        self.areas: list[tuple[int, Box]] = []  # (area id, box) blacked out by the user
        self.hits: list[Box] = []  # what the case's patterns would black out
        self.selected_area: int | None = None
        self._drag: tuple[QPointF, QPointF] | None = None

    # --- what to show ---------------------------------------------------------------------

    def set_page(self, aspect: float, natural_width: float) -> None:
        self._aspect, self._natural_width = aspect, natural_width
        self._image = QImage()
        self._relayout()

    def set_image(self, image: QImage) -> None:
        self._image = image
        if not image.isNull():
            self._aspect = image.height() / max(1, image.width())
        self._relayout(ask=False)
        self.update()

    def has_image(self) -> bool:
        return not self._image.isNull()

    def set_viewport(self, size: QSize) -> None:
        self._viewport = size
        self._relayout()

    # --- zoom ------------------------------------------------------------------------------

    def page_width(self) -> float:
        """Logical width of the page at the current zoom."""
        avail_w = max(50, self._viewport.width() - 2 * MARGIN)
        avail_h = max(50, self._viewport.height() - 2 * MARGIN)
        if self.mode == FIT_WIDTH:
            return float(avail_w)
        if self.mode == FIT_PAGE:
            return float(min(avail_w, avail_h / self._aspect))
        return self._natural_width * self.factor

    def percent(self) -> int:
        return round(100 * self.page_width() / max(1.0, self._natural_width))

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self._relayout()
        emit(self.zoomChanged)

    def step(self, direction: int) -> None:
        current = self.page_width() / max(1.0, self._natural_width)
        if direction > 0:
            bigger = [z for z in ZOOM_STEPS if z > current * 1.01]
            self.factor = bigger[0] if bigger else ZOOM_STEPS[-1]
        else:
            smaller = [z for z in ZOOM_STEPS if z < current * 0.99]
            self.factor = smaller[-1] if smaller else ZOOM_STEPS[0]
        self.set_mode(CUSTOM)

    def _page_rect(self) -> QRectF:
        width = self.page_width()
        height = width * self._aspect
        x = max(MARGIN, (self.width() - width) / 2)
        return QRectF(x, MARGIN, width, height)

    def _relayout(self, ask: bool = True) -> None:
        width = self.page_width()
        self.setMinimumSize(QSize(int(width + 2 * MARGIN), int(width * self._aspect
                                                                 + 2 * MARGIN)))
        self.resize(max(self._viewport.width(), self.minimumWidth()),
                    max(self._viewport.height(), self.minimumHeight()))
        if ask:
            ratio = self.devicePixelRatioF()
            emit(self.wantedPixels, QSize(int(width * ratio), int(width * self._aspect * ratio)))
        self.update()

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.step(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
        else:
            event.ignore()  # the scroll area scrolls

    # --- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Dark))
        rect = self._page_rect()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(rect, QColor("white"))
        if not self._image.isNull():
            painter.drawImage(rect, self._image)
        else:
            painter.setPen(QColor("#555555"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter,
                             self.message or self.tr("Drawing the page…"))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Shadow), 1))
        painter.drawRect(rect)
        if self.areas or self.hits or self._drag:
            self._paint_redactions(painter, rect)
        if self.excluded:
            self._paint_excluded(painter, rect)
        painter.end()

    def _paint_excluded(self, painter: QPainter, rect: QRectF) -> None:
        """Greyed and crossed out: this page stays out of the packet."""
        shade = QColor(self.palette().color(QPalette.ColorRole.Window))
        shade.setAlpha(170)
        painter.fillRect(rect, shade)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#c62828"), 6))
        painter.drawLine(rect.topLeft(), rect.bottomRight())
        painter.drawLine(rect.topRight(), rect.bottomLeft())
        label = self.tr("Left out of the packet")
        font = painter.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        box = QRect(0, 0, metrics.horizontalAdvance(label) + 32, metrics.height() + 16)
        box.moveCenter(rect.center().toPoint())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(QPalette.ColorRole.Window))
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
        painter.setPen(QPen(QColor("#c62828"), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(box).adjusted(1, 1, -1, -1), 6, 6)

    # --- redact mode -------------------------------------------------------------------------

    def set_redact_mode(self, on: bool) -> None:
        self.redact_mode = on
        self._drag = None
        self.selected_area = None
        self.setCursor(Qt.CursorShape.CrossCursor if on else Qt.CursorShape.ArrowCursor)
        self.update()

    def set_redactions(self, areas: list[tuple[int, Box]], hits: list[Box]) -> None:
        self.areas, self.hits = areas, hits
        if self.selected_area not in {a for a, _box in areas}:
            self.selected_area = None
        self.update()

    def _box_rect(self, box: Box, rect: QRectF) -> QRectF:
        return QRectF(rect.x() + box[0] * rect.width(), rect.y() + box[1] * rect.height(),
                      (box[2] - box[0]) * rect.width(), (box[3] - box[1]) * rect.height())

    def _paint_redactions(self, painter: QPainter, rect: QRectF) -> None:
        """Areas: solid black with a thin outline (the selected one thicker, in the
        highlight colour). Pattern finds: dark and see-through, dashed: they will be
        blacked out in the packet. The rectangle being dragged: dashed."""
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        if self.redact_mode:
            painter.setPen(QPen(QColor("#c62828"), 1, Qt.PenStyle.DashLine))
            painter.setBrush(QColor(0, 0, 0, 150))
            for box in self.hits:
                painter.drawRect(self._box_rect(box, rect))
        for area_id, box in self.areas:
            selected = area_id == self.selected_area
            painter.setPen(QPen(highlight if selected else QColor("#9e9e9e"),
                                3 if selected else 1))
            painter.setBrush(QColor("black"))
            painter.drawRect(self._box_rect(box, rect))
        if self._drag is not None:
            painter.setPen(QPen(highlight, 1, Qt.PenStyle.DashLine))
            painter.setBrush(QColor(0, 0, 0, 90))
            painter.drawRect(QRectF(self._drag[0], self._drag[1]).normalized())
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _fraction(self, point: QPointF) -> tuple[float, float]:
        rect = self._page_rect()
        return ((point.x() - rect.x()) / max(1.0, rect.width()),
                (point.y() - rect.y()) / max(1.0, rect.height()))

    def area_at(self, point: QPointF) -> int | None:
        x, y = self._fraction(point)
        for area_id, box in reversed(self.areas):
            if box[0] <= x <= box[2] and box[1] <= y <= box[3]:
                return area_id
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.redact_mode or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        point = event.position()
        hit = self.area_at(point)
        if hit is not None:
            self.selected_area = hit
            self._drag = None
        elif self._page_rect().contains(point):
            self.selected_area = None
            self._drag = (point, point)
        self.update()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            super().mouseMoveEvent(event)
            return
        self._drag = (self._drag[0], event.position())
        self.update()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        start, end = self._drag[0], event.position()
        self._drag = None
        self.update()
        event.accept()
        if abs(end.x() - start.x()) < MIN_DRAG or abs(end.y() - start.y()) < MIN_DRAG:
            return
        (x0, y0), (x1, y1) = self._fraction(start), self._fraction(end)
        box = (max(0.0, min(x0, x1)), max(0.0, min(y0, y1)),
               min(1.0, max(x0, x1)), min(1.0, max(y0, y1)))
        if box[2] > box[0] and box[3] > box[1]:
            emit(self.areaDrawn, box)

    def _deletes(self, event: QKeyEvent) -> bool:
        return (self.redact_mode and self.selected_area is not None
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace))

    def event(self, event: QEvent) -> bool:
        # Delete removes the selected area, not the page ("Leave page out" is on Delete).
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and self._deletes(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._deletes(event) and self.selected_area is not None:
            area = self.selected_area
            self.selected_area = None
            emit(self.areaDeleteRequested, area)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and self._drag is not None:
            self._drag = None
            self.update()
            event.accept()
            return
        super().keyPressEvent(event)
