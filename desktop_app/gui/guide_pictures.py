"""The pictures of Help ▸ Getting started: one small drawing per step of the job, made
with QPainter in the palette's colours, so they have no words to translate and follow a
dark or high-contrast theme.

1. papers (a photo, a scan, a PDF) going into the window;
2. a page turned upright, its lines read;
3. a document filed under its tab;
4. a page turned and a line blacked out;
5. the packet: a cover, an index and numbered pages.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPalette, QPen

WIDTH, HEIGHT = 240, 120


def pictures(palette: QPalette, ratio: float = 1.0) -> list[QImage]:
    """The five pictures, ``ratio`` device pixels per logical pixel (2 at 200 %)."""
    return [_draw(step, palette, ratio) for step in STEPS]


def _draw(step: Callable[[_Pen], None], palette: QPalette, ratio: float) -> QImage:
    image = QImage(int(WIDTH * ratio), int(HEIGHT * ratio), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    step(_Pen(painter, palette))
    painter.end()
    return image


class _Pen:
    """A few shapes in the palette's colours: pages, lines of text, arrows, tabs."""

    def __init__(self, painter: QPainter, palette: QPalette) -> None:
        self.p = painter
        self.ink = palette.color(QPalette.ColorRole.WindowText)
        self.paper = palette.color(QPalette.ColorRole.Base)
        self.mid = palette.color(QPalette.ColorRole.Mid)
        self.accent = palette.color(QPalette.ColorRole.Highlight)
        self.on_accent = palette.color(QPalette.ColorRole.HighlightedText)

    def page(self, box: QRectF, lines: int = 5, angle: float = 0.0,
             fill: QColor | None = None) -> None:
        self.p.save()
        self.p.translate(box.center())
        self.p.rotate(angle)
        local = QRectF(-box.width() / 2, -box.height() / 2, box.width(), box.height())
        self.p.setPen(QPen(self.ink, 1.5))
        self.p.setBrush(fill or self.paper)
        self.p.drawRect(local)
        self.p.setPen(QPen(self.mid, 2))
        step = (local.height() - 12) / max(lines, 1)
        for n in range(lines):
            y = local.top() + 8 + n * step
            end = local.right() - 6 - (local.width() * 0.3 if n == lines - 1 else 0)
            self.p.drawLine(QPointF(local.left() + 6, y), QPointF(end, y))
        self.p.restore()

    def arrow(self, start: QPointF, end: QPointF) -> None:
        self.p.setPen(QPen(self.accent, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        self.p.drawLine(start, end)
        direction = end - start
        length = max((direction.x() ** 2 + direction.y() ** 2) ** 0.5, 1.0)
        unit = QPointF(direction.x() / length, direction.y() / length)
        side = QPointF(-unit.y(), unit.x())
        head = QPainterPath(end)
        head.lineTo(end - unit * 9 + side * 6)
        head.lineTo(end - unit * 9 - side * 6)
        head.closeSubpath()
        self.p.setBrush(self.accent)
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.drawPath(head)

    def tab(self, box: QRectF, letter: str, filled: bool) -> None:
        self.p.setPen(QPen(self.accent if filled else self.mid, 1.5))
        self.p.setBrush(self.accent if filled else self.paper)
        self.p.drawRoundedRect(box, 4, 4)
        self.p.setPen(self.on_accent if filled else self.ink)
        font = self.p.font()
        font.setBold(True)
        font.setPixelSize(int(box.height() * 0.6))
        self.p.setFont(font)
        self.p.drawText(box, Qt.AlignmentFlag.AlignCenter, letter)

    def window(self, box: QRectF) -> None:
        self.p.setPen(QPen(self.ink, 1.5))
        self.p.setBrush(self.paper)
        self.p.drawRoundedRect(box, 5, 5)
        self.p.setBrush(self.mid)
        self.p.drawRect(QRectF(box.left(), box.top(), box.width(), 12))


def _add_papers(d: _Pen) -> None:
    d.page(QRectF(12, 14, 36, 48), lines=4, angle=-12)  # a phone photo, tilted
    d.page(QRectF(30, 58, 36, 48), lines=5)  # a scan
    d.page(QRectF(62, 20, 36, 48), lines=6, angle=8)  # a PDF
    d.arrow(QPointF(104, 60), QPointF(140, 60))
    d.window(QRectF(148, 16, 84, 88))
    d.page(QRectF(160, 40, 22, 30), lines=3)
    d.page(QRectF(190, 40, 22, 30), lines=3)


def _read(d: _Pen) -> None:
    d.page(QRectF(20, 16, 62, 84), lines=6, angle=90)  # sideways
    d.arrow(QPointF(96, 60), QPointF(136, 60))
    d.page(QRectF(150, 14, 66, 92), lines=7)
    d.p.setPen(QPen(d.accent, 2))
    d.p.setBrush(Qt.BrushStyle.NoBrush)
    d.p.drawRect(QRectF(154, 19, 58, 12))  # a line found and read


def _file_under_tab(d: _Pen) -> None:
    d.page(QRectF(16, 30, 48, 64), lines=5)
    d.arrow(QPointF(74, 62), QPointF(116, 62))
    for n, letter in enumerate("ABCD"):
        d.tab(QRectF(128, 10 + n * 26, 26, 22), letter, filled=n == 1)
    d.page(QRectF(164, 36, 48, 64), lines=5)


def _check_pages(d: _Pen) -> None:
    d.page(QRectF(20, 14, 66, 92), lines=7)
    d.p.fillRect(QRectF(26, 45, 48, 9), d.ink)  # blacked out
    d.p.setPen(QPen(d.accent, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    d.p.setBrush(Qt.BrushStyle.NoBrush)
    arc = QRectF(120, 30, 60, 60)
    path = QPainterPath()
    path.arcMoveTo(arc, 150)
    path.arcTo(arc, 150, -260)  # a turn, clockwise
    d.p.drawPath(path)
    tip = path.currentPosition()
    d.arrow(tip + QPointF(-6, -8), tip)


def _export(d: _Pen) -> None:
    for n in range(4, -1, -1):  # the packet: a stack of numbered pages
        d.page(QRectF(24 + n * 8, 12 + n * 5, 60, 80), lines=4 if n else 0)
    cover = QRectF(24, 12, 60, 80)
    d.p.setPen(QPen(d.ink, 2))
    d.p.drawLine(QPointF(cover.left() + 12, cover.top() + 18),
                 QPointF(cover.right() - 12, cover.top() + 18))
    d.p.setPen(QPen(d.mid, 2))
    for n in range(4):  # the index's rows
        y = cover.top() + 32 + n * 10
        d.p.drawLine(QPointF(cover.left() + 8, y), QPointF(cover.right() - 18, y))
        d.p.drawLine(QPointF(cover.right() - 12, y), QPointF(cover.right() - 8, y))
    d.arrow(QPointF(112, 60), QPointF(150, 60))
    d.page(QRectF(164, 14, 60, 84), lines=6, fill=d.paper)
    d.p.setPen(d.ink)
    font = d.p.font()
    font.setPixelSize(11)
    d.p.setFont(font)
    d.p.drawText(QRectF(164, 86, 60, 12), Qt.AlignmentFlag.AlignCenter, "PDF")


STEPS: tuple[Callable[[_Pen], None], ...] = (
    _add_papers, _read, _file_under_tab, _check_pages, _export)
