"""Colours, status badges and icons that follow the palette (light, dark, high contrast)."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QImage,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QApplication, QStyle, QWidget

# Document states as the facade names them, and the words the user sees.
STATUSES = ("pending", "processing", "ready", "failed")


def status_text(status: str) -> str:
    words = {
        "pending": QCoreApplication.translate("Status", "Waiting to be read"),
        "processing": QCoreApplication.translate("Status", "Reading…"),
        "ready": QCoreApplication.translate("Status", "Ready"),
        "failed": QCoreApplication.translate("Status", "Could not be read"),
    }
    return words.get(status, status)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def status_colour(status: str, palette: QPalette) -> QColor:
    """A colour for each state, readable on the palette's base colour."""
    dark = is_dark(palette)
    hues = {
        "ready": ("#1b7a33", "#6fd58b"),
        "failed": ("#b3261e", "#ff8a80"),
        "processing": ("#1760b8", "#8ab8ff"),
    }
    if status in hues:
        return QColor(hues[status][1 if dark else 0])
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)


_ICONS: dict[tuple[str, int, int], QIcon] = {}


def status_icon(status: str, palette: QPalette, size: int = 16) -> QIcon:
    """A small badge drawn for the palette: a tick, a cross, a clock or dots."""
    key = (status, palette.color(QPalette.ColorRole.Window).rgb(), size)
    if key not in _ICONS:
        _ICONS[key] = _status_icon(status, palette, size)
    return _ICONS[key]


def _status_icon(status: str, palette: QPalette, size: int) -> QIcon:
    icon = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        _paint_badge(pixmap, status, status_colour(status, palette), size)
        icon.addPixmap(pixmap)
    return icon


def _paint_badge(pixmap: QPixmap, status: str, colour: QColor, size: int) -> None:
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(1, 1, size - 2, size - 2)
    painter.setBrush(colour)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(box)
    pen = QPen(QColor("white"), max(1.5, size / 9))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    s = size
    if status == "ready":
        path = QPainterPath(QPointF(s * 0.28, s * 0.52))
        path.lineTo(s * 0.44, s * 0.68)
        path.lineTo(s * 0.73, s * 0.34)
        painter.drawPath(path)
    elif status == "failed":
        painter.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67))
        painter.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67))
    elif status == "processing":
        for x in (0.3, 0.5, 0.7):
            painter.drawPoint(QPointF(s * x, s * 0.5))
    else:  # pending: a clock
        painter.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.5, s * 0.28))
        painter.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.68, s * 0.5))
    painter.end()


def device_ratio() -> float:
    """Device pixels per logical pixel (2.0 at 200 % scaling)."""
    app = QGuiApplication.instance()
    return app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0


def app_icon() -> QIcon:
    """The application icon, from the package's assets (works installed and frozen)."""
    icon = QIcon()
    folder = resources.files("desktop_app") / "assets" / "icons"
    svg = folder / "evidence-packet.svg"
    if svg.is_file():
        icon.addFile(str(svg))
    for size in (32, 64, 128, 256):
        png = folder / f"evidence-packet-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    return icon


def standard_icon(widget: QWidget | None, which: QStyle.StandardPixmap,
                  theme: str = "") -> QIcon:
    """An icon from the desktop's theme where it has one, else from the Qt style."""
    if theme and QIcon.hasThemeIcon(theme):
        return QIcon.fromTheme(theme)
    style = widget.style() if widget is not None else QApplication.style()
    return style.standardIcon(which)


def framed_thumbnail(image: QImage, size: QSize, palette: QPalette) -> QPixmap:
    """The page picture centred in a box of ``size``, with a thin edge so a white page
    shows on a white list."""
    ratio = device_ratio()
    pixmap = QPixmap(size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    inner = image.scaled((size - QSize(2, 2)) * ratio, Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)
    w, h = inner.width() / ratio, inner.height() / ratio
    box = QRectF((size.width() - w) / 2, (size.height() - h) / 2, w, h)
    painter = QPainter(pixmap)
    painter.drawImage(box, inner)
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
    painter.drawRect(box.adjusted(-0.5, -0.5, 0.5, 0.5))
    painter.end()
    return pixmap


def tab_badge(letter: str, size: QSize, palette: QPalette, filled: bool) -> QIcon:
    """A small tab with the packet's letter on it ("A"), or an empty outline."""
    ratio = device_ratio()
    pixmap = QPixmap(size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    side = min(size.width(), size.height()) * 0.62
    box = QRectF((size.width() - side) / 2, (size.height() - side) / 2, side, side)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if filled:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
    else:
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(box, 5, 5)
    if letter:
        font = painter.font()
        font.setBold(True)
        font.setPixelSize(int(side * 0.55))
        painter.setFont(font)
        role = QPalette.ColorRole.HighlightedText if filled else QPalette.ColorRole.WindowText
        painter.setPen(palette.color(role))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, letter)
    painter.end()
    return QIcon(pixmap)


def arrow_icon(palette: QPalette, clockwise: bool, full_turn: bool = True) -> QIcon:
    """A curved arrow in the text colour: rotate (a three-quarter turn) or undo/redo (a
    half turn)."""
    size = 20
    icon = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(palette.color(QPalette.ColorRole.WindowText), 2)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        arc = QRectF(4, 5, 12, 12)
        sweep = 270 if full_turn else 180
        start = 90 if full_turn else 0
        path = QPainterPath()
        if clockwise:
            path.arcMoveTo(arc, start + sweep)
            path.arcTo(arc, start + sweep, -sweep)
        else:
            path.arcMoveTo(arc, 180 - start - sweep)
            path.arcTo(arc, 180 - start - sweep, sweep)
        painter.drawPath(path)
        tip = path.currentPosition()
        side = 1 if clockwise else -1
        head = QPainterPath(tip + QPointF(-4 * side, -3))
        head.lineTo(tip)
        head.lineTo(tip + QPointF(-4 * side, 3))
        painter.drawPath(head)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def tool_icon(palette: QPalette, kind: str) -> QIcon:
    """A small line drawing in the text colour for a page tool that has no icon in the
    desktop's theme: "edges" (a tilted page with its four corner handles), "fit-width"
    (a page with an arrow from side to side), "fit-page" (a whole page in a frame),
    "redact" (a page with a black bar). Lets the viewer's toolbar show icons only on a
    narrow window, so every tool stays in view."""
    size = 20
    icon = QIcon()
    ink = palette.color(QPalette.ColorRole.WindowText)
    for scale in (1, 2):
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(ink, 1.5)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        _draw_tool(painter, kind, ink)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def _draw_tool(painter: QPainter, kind: str, ink: QColor) -> None:
    if kind == "edges":
        corners = [QPointF(5, 3), QPointF(17, 5), QPointF(15, 17), QPointF(3, 15)]
        path = QPainterPath(corners[0])
        for corner in corners[1:]:
            path.lineTo(corner)
        path.closeSubpath()
        painter.drawPath(path)
        painter.setBrush(ink)
        for corner in corners:
            painter.drawEllipse(corner, 2, 2)
    elif kind == "fit-width":
        painter.drawRect(QRectF(5.5, 2.5, 9, 15))
        painter.drawLine(QPointF(1, 10), QPointF(19, 10))
        for x, side in ((1, 1), (19, -1)):
            painter.drawLine(QPointF(x, 10), QPointF(x + 3 * side, 7))
            painter.drawLine(QPointF(x, 10), QPointF(x + 3 * side, 13))
    elif kind == "fit-page":
        painter.drawRect(QRectF(6.5, 4.5, 7, 11))
        for x, y in ((2, 2), (18, 2), (18, 18), (2, 18)):
            dx, dy = (3 if x < 10 else -3), (3 if y < 10 else -3)
            painter.drawLine(QPointF(x, y), QPointF(x + dx, y))
            painter.drawLine(QPointF(x, y), QPointF(x, y + dy))
    elif kind == "redact":
        painter.drawRect(QRectF(4.5, 2.5, 11, 15))
        painter.fillRect(QRectF(6, 8, 8, 4), ink)
        painter.drawLine(QPointF(7, 5.5), QPointF(13, 5.5))
        painter.drawLine(QPointF(7, 14.5), QPointF(11, 14.5))


_BLANKS: dict[tuple[int, int, int], QIcon] = {}


def blank_page(size: QSize, palette: QPalette) -> QIcon:
    """A plain page outline of ``size``, shown while the thumbnail is being drawn."""
    key = (size.width(), size.height(), palette.color(QPalette.ColorRole.Window).rgb())
    if key not in _BLANKS:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        width = int(size.height() * 0.77)
        painter.drawRect((size.width() - width) // 2, 0, width - 1, size.height() - 1)
        painter.end()
        _BLANKS[key] = QIcon(pixmap)
    return _BLANKS[key]


def dark_palette() -> QPalette:
    """A dark palette for when the platform offers none (roles only; widgets use roles)."""
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e", QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a", QPalette.ColorRole.ToolTipText: "#f0f0f0",
        QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.BrightText: "#ff6e6e",
        QPalette.ColorRole.Highlight: "#3d7bd9", QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8ab8ff", QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Light: "#505050", QPalette.ColorRole.Midlight: "#404040",
        QPalette.ColorRole.Mid: "#5a5a5a", QPalette.ColorRole.Dark: "#151515",
        QPalette.ColorRole.Shadow: "#000000",
    }
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette
