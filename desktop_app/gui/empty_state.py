"""What a newcomer sees first: where to drop the scans, and a sample case to try."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


class DropTarget(QFrame):
    """A big dashed box. Drops themselves are handled by the main window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dropTarget")
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.hovering = False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        role = QPalette.ColorRole.Highlight if self.hovering else QPalette.ColorRole.Mid
        fill = QColor(palette.color(QPalette.ColorRole.Highlight))
        fill.setAlpha(40 if self.hovering else 14)
        pen = QPen(palette.color(role), 3, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(3, 3, -3, -3), 14, 14)
        painter.end()


class EmptyState(QWidget):
    addFilesRequested = Signal()
    addFolderRequested = Signal()
    sampleRequested = Signal()
    newCaseRequested = Signal()
    protectRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.target = DropTarget(self)
        heading = QLabel(self.tr("Drag your scans here"), self.target)
        heading.setObjectName("emptyHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading = heading
        detail = QLabel(self.tr(
            "Photos from your phone, scans and PDFs — one file, many, or a whole folder.\n"
            "Each page is turned upright and read, so you can search and file it."),
            self.target)
        detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        detail.setWordWrap(True)
        self.add_files = QPushButton(self.tr("Add files…"), self.target)
        self.add_files.setObjectName("emptyAddFiles")
        self.add_files.setDefault(True)
        self.add_files.setAccessibleName(self.tr("Add files"))
        self.add_files.clicked.connect(self.addFilesRequested)
        self.add_folder = QPushButton(self.tr("Add a folder…"), self.target)
        self.add_folder.setAccessibleName(self.tr("Add a folder"))
        self.add_folder.clicked.connect(self.addFolderRequested)
        for button in (self.add_files, self.add_folder):
            button.setMinimumHeight(button.sizeHint().height() * 3 // 2)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_files)
        buttons.addWidget(self.add_folder)
        buttons.addStretch(1)
        inner = QVBoxLayout(self.target)
        inner.setContentsMargins(24, 24, 24, 24)
        inner.addStretch(1)
        inner.addWidget(heading)
        inner.addWidget(detail)
        inner.addSpacing(12)
        inner.addLayout(buttons)
        inner.addStretch(1)

        self.sample_text = QLabel(self.tr(
            "<b>New here?</b> Open a sample case to see what a finished packet looks like: "
            "cover sheet, index of exhibits, tabs and numbered pages. It takes about a "
            "minute."), self)
        self.sample_text.setWordWrap(True)
        self.sample = QPushButton(self.tr("Open the sample case"), self)
        self.sample.setObjectName("emptySample")
        self.sample.setAccessibleName(self.tr("Open the sample case"))
        self.sample.clicked.connect(self.sampleRequested)
        sample_row = QHBoxLayout()
        sample_row.addWidget(self.sample_text, 1)
        sample_row.addWidget(self.sample)
        self.privacy = QLabel(self)
        self.privacy.setObjectName("emptyPrivacy")
        self.privacy.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.privacy.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.privacy.setTextFormat(Qt.TextFormat.RichText)
        self.privacy.setWordWrap(True)  # a narrow window keeps its size
        self.privacy.setOpenExternalLinks(False)
        self.privacy.linkActivated.connect(lambda _link: self.protectRequested.emit())
        self.set_protected(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.target, 1)
        layout.addSpacing(12)
        layout.addLayout(sample_row)
        layout.addWidget(self.privacy)

    def set_case_name(self, name: str | None) -> None:
        """Say which case the files will go into (or that a new one will be started)."""
        if name:
            self.heading.setText(self.tr("Drag {name}'s scans here").format(name=name))
        else:
            self.heading.setText(self.tr("Drag your scans here"))

    def set_protected(self, protected: bool) -> None:
        """Say that the cases stay here, and offer the passphrase while there is none."""
        if protected:
            self.privacy.setText(self.tr("Everything stays on this computer, encrypted with "
                                         "your passphrase: nothing is uploaded."))
        else:
            self.privacy.setText(self.tr(
                "Everything stays on this computer: nothing is uploaded. "
                "<a href=\"protect\">Lock your cases with a passphrase…</a>"))

    def set_sample_busy(self, busy: bool) -> None:
        self.sample.setEnabled(not busy)
        self.sample.setText(self.tr("Preparing the sample case…") if busy
                            else self.tr("Open the sample case"))

    def set_hovering(self, hovering: bool) -> None:
        self.target.hovering = hovering
        self.target.update()
