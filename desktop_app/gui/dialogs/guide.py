"""Help ▸ Getting started: the job in five steps, what the review's findings mean, and
where the data lives — in the window's language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop_app.gui import appearance
from desktop_app.gui.guide_pictures import HEIGHT, WIDTH, pictures


class GuideDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide")
        self.setWindowTitle(self.tr("Getting started"))
        self.text = QTextBrowser(self)
        self.text.setObjectName("guideText")
        self.text.setAccessibleName(self.tr("Getting started"))
        self.text.setOpenLinks(False)
        for n, image in enumerate(pictures(self.palette(), appearance.device_ratio()), start=1):
            self.text.document().addResource(QTextDocument.ResourceType.ImageResource,
                                             QUrl(f"guide-picture:{n}"), image)
        self.text.setHtml(self._html(data_dir))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        chars = self.fontMetrics().averageCharWidth()
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(chars * 90, screen.width() - 24), min(chars * 80, screen.height() - 48))

    def _html(self, data_dir: Path) -> str:
        steps = [
            self.tr("<b>Add your papers.</b> Drag scans, phone photos or PDFs onto the window, "
                    "or use Case ▸ Add files (Ctrl+O). A case is started for you."),
            self.tr("<b>Let the app read them.</b> Each page is turned upright and read in "
                    "the background; the Status column shows when it is done."),
            self.tr("<b>File each document under its tab</b> (Residence, Employment, Medical, "
                    "Community): drag it, or use Document ▸ File under (Ctrl+1…4). The "
                    "assistant suggests a tab; Accept it or choose another."),
            self.tr("<b>Check the pages.</b> Rotate them (Ctrl+L, Ctrl+R), leave out the ones "
                    "that do not belong, and black out what must not be seen (Page ▸ "
                    "Redact)."),
            self.tr("<b>Review, then export.</b> Review the case (F7) lists what a reviewer "
                    "could object to; Case ▸ Export packet (Ctrl+E) writes one PDF with a "
                    "cover sheet, an index and numbered pages."),
        ]
        findings = [
            self.tr("<b>Gap</b>: a year since arriving in the U.S. with no proof of residence."),
            self.tr("<b>Old or out of date</b>: a medical record or pay stub older than the "
                    "review expects."),
            self.tr("<b>Hard to read</b>: a page the app read poorly; scan it again if you "
                    "can."),
            self.tr("<b>Needs a translation</b>: a document not in English needs a certified "
                    "translation next to it."),
        ]
        where = self.tr("Your cases are kept on this computer only, in: {folder}. Nothing "
                        "is uploaded; the app works offline.").format(folder=_html(str(data_dir)))
        return "".join([
            "<h3>", self.tr("The job in five steps"), "</h3><ol>",
            *(f'<li><p>{s}</p><p><img src="guide-picture:{n}" width="{WIDTH}" '
              f'height="{HEIGHT}"></p></li>' for n, s in enumerate(steps, start=1)), "</ol>",
            "<p>", self.tr("<b>Your own words.</b> Case ▸ Statement… holds your statement: "
                           "what you want the reviewer to know, with the documents that "
                           "show it. Cite a document with Ctrl+K; the citation follows it "
                           "when you reorder the exhibits."), "</p>",
            "<h3>", self.tr("What the review's findings mean"), "</h3><ul>",
            *(f"<li>{f}</li>" for f in findings), "</ul>",
            "<h3>", self.tr("Where your data lives"), "</h3><p>", where, "</p>",
        ])


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
