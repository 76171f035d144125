"""One page, drawn large and sharp: zoom to fit the width or the page, or by steps."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPalette, QPen, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.gui.qtcompat import emit

FIT_WIDTH, FIT_PAGE, CUSTOM = "width", "page", "custom"
MARGIN = 16
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)


class PageCanvas(QWidget):
    """Paints the current picture at the size the zoom asks for. The picture itself is
    drawn elsewhere (``Renderer``); ``wantedPixels`` says what size would be sharp."""

    zoomChanged = Signal()
    wantedPixels = Signal(QSize)  # device pixels of the page at the current zoom

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
