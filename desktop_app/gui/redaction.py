"""Redaction in the window: the patterns menu, undoable area edits, and the controller
that ties the viewer's redact mode to the redaction services.

The main window needs one line: ``RedactionController(viewer, runner, undo_stack, self)``.
The controller listens to the viewer (``pageShown``, ``areaDrawn``,
``areaRemoveRequested``, ``patterns_menu.patternToggled``), runs the services on the
``db`` lane, pushes area edits on the undo stack, and draws the result on the page
(``viewer.show_redactions``). It reports service errors through ``failed``.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QPalette, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from desktop_app.core.redaction import Box, Pattern
from desktop_app.gui.qtcompat import emit
from desktop_app.gui.tasks import JobContext, TaskRunner
from desktop_app.services import Services, redaction
from desktop_app.services.redaction_everywhere import Everywhere

BUILTIN = ("ssn", "account", "account-near", "dob")


class PatternMenu(QMenu):
    """Turn the case's redaction patterns on and off; "Your own expression…" asks for
    a regular expression. Emits ``patternToggled(kind, value, on)``."""

    patternToggled = Signal(str, str, bool)
    everywhereRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Black out patterns"))
        self.setToolTipsVisible(True)
        names = {
            "ssn": self.tr("Social Security numbers"),
            "account": self.tr("Account and card numbers (long digit runs)"),
            "account-near": self.tr("Numbers next to “account”, “cuenta”, “card”"),
            "dob": self.tr("Other people's dates of birth (next to “DOB”)"),
        }
        self.builtin: dict[str, QAction] = {}
        for kind in BUILTIN:
            action = self.addAction(names[kind])
            action.setCheckable(True)
            action.toggled.connect(lambda on, k=kind: self._toggled(k, "", on))
            self.builtin[kind] = action
        self.builtin["dob"].setToolTip(self.tr(
            "The applicant's own date of birth, as on the cover, is kept."))
        self._custom_separator = self.addSeparator()
        self.custom: dict[str, QAction] = {}
        self.add_custom_action = self.addAction(self.tr("Your own expression…"))
        self.add_custom_action.triggered.connect(self._ask_custom)
        self.addSeparator()
        self.everywhere_action = self.addAction(
            self.tr("Remove blacked-out words from what the app keeps…"))
        self.everywhere_action.setToolTip(self.tr(
            "Blacked-out words normally leave the packet only. This also takes them out of "
            "the stored documents, their text, the search and case archives."))
        self.everywhere_action.triggered.connect(lambda: emit(self.everywhereRequested))
        self._updating = False

    def _toggled(self, kind: str, value: str, on: bool) -> None:
        if not self._updating:
            emit(self.patternToggled, kind, value, on)

    def set_patterns(self, patterns: list[Pattern]) -> None:
        """Show which patterns are on (without emitting anything)."""
        self._updating = True
        try:
            kinds = {p.kind for p in patterns}
            for kind, action in self.builtin.items():
                action.setChecked(kind in kinds)
            values = [p.value for p in patterns if p.kind == "regex"]
            for value in list(self.custom):
                if value not in values:
                    self.removeAction(self.custom.pop(value))
            for value in values:
                if value not in self.custom:
                    action = QAction(value, self)
                    action.setCheckable(True)
                    action.toggled.connect(lambda on, v=value: self._toggled("regex", v, on))
                    self.insertAction(self.add_custom_action, action)
                    self.custom[value] = action
                self.custom[value].setChecked(True)
        finally:
            self._updating = False

    def _ask_custom(self) -> None:
        text, ok = QInputDialog.getText(
            self.parentWidget(), self.tr("Black out an expression"),
            self.tr("A regular expression; every match is blacked out in the packet:"),
            QLineEdit.EchoMode.Normal, "")
        if ok and text.strip():
            emit(self.patternToggled, "regex", text.strip(), True)


class AddAreaCommand(QUndoCommand):
    def __init__(self, controller: RedactionController, page_id: int, box: Box) -> None:
        super().__init__(controller.tr("Black out an area"))
        self._controller, self._page, self._box = controller, page_id, box
        self._area: redaction.Area | None = None

    def redo(self) -> None:
        def work(services: Services, _ctx: JobContext) -> None:
            if self._area is None:
                self._area = services.redaction.add_area(self._page, self._box)
            else:  # redo after undo: the same area, under the same number
                self._area = services.redaction.restore_area(self._area)

        self._controller.run(self._page, work)

    def undo(self) -> None:
        def work(services: Services, _ctx: JobContext) -> None:
            if self._area is not None:
                case_id = services.redaction.case_of_page(self._page)
                services.redaction.remove_area(case_id, self._area.id)

        self._controller.run(self._page, work)


class RemoveAreaCommand(QUndoCommand):
    def __init__(self, controller: RedactionController, page_id: int, area_id: int) -> None:
        super().__init__(controller.tr("Remove a blacked-out area"))
        self._controller, self._page, self._id = controller, page_id, area_id
        self._area: redaction.Area | None = None

    def redo(self) -> None:
        def work(services: Services, _ctx: JobContext) -> None:
            case_id = services.redaction.case_of_page(self._page)
            self._area = services.redaction.remove_area(case_id, self._id)

        self._controller.run(self._page, work)

    def undo(self) -> None:
        def work(services: Services, _ctx: JobContext) -> None:
            if self._area is not None:
                services.redaction.restore_area(self._area)

        self._controller.run(self._page, work)


class RedactionController(QObject):
    """Redact mode of one ``PageViewer``; see the module docstring."""

    failed = Signal(object)  # the exception a redaction service raised
    redactionsChanged = Signal(int)  # page id whose areas or patterns changed
    everywhereDone = Signal(object)  # an Everywhere: stored files changed

    def __init__(self, viewer: Any, runner: TaskRunner, undo: QUndoStack,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._viewer, self._runner, self._undo = viewer, runner, undo
        viewer.pageShown.connect(self.load)
        viewer.areaDrawn.connect(self.add_area)
        viewer.areaRemoveRequested.connect(self.remove_area)
        viewer.patterns_menu.patternToggled.connect(self.set_pattern)
        viewer.patterns_menu.aboutToShow.connect(self._load_patterns)
        viewer.patterns_menu.everywhereRequested.connect(self.redact_everywhere)

    def run(self, page_id: int, work: Any) -> None:
        """Run ``work`` on the ``db`` lane, then draw page ``page_id``'s redactions again."""

        def done(_result: object) -> None:
            emit(self.redactionsChanged, page_id)
            self.load(page_id)

        self._runner.run("db", work, on_done=done, on_fail=self._failed)

    def _failed(self, error: BaseException) -> None:
        emit(self.failed, error)

    def load(self, page_id: int) -> None:
        def work(services: Services, _ctx: JobContext) -> tuple[Any, Any, list[str]]:
            areas, hits = services.redaction.page_overlay(page_id)
            return areas, hits, services.redaction.covered_words(page_id, (areas, hits))

        def shown(result: tuple[list[redaction.Area], list[redaction.Hit], list[str]]) -> None:
            areas, hits, covered = result
            self._viewer.show_redactions(page_id, [(a.id, a.box) for a in areas],
                                         [h.box for h in hits], covered)

        self._runner.run("db", work, on_done=shown, on_fail=self._failed)

    def add_area(self, page_id: int, box: Box) -> None:
        self._undo.push(AddAreaCommand(self, page_id, box))

    def remove_area(self, page_id: int, area_id: int) -> None:
        self._undo.push(RemoveAreaCommand(self, page_id, area_id))

    def _case_id(self) -> int | None:
        document = self._viewer.document
        return None if document is None else int(document.case_id)

    def _load_patterns(self) -> None:
        case_id = self._case_id()
        if case_id is not None:
            self._runner.run("db", lambda s, _c: s.redaction.list_patterns(case_id),
                             on_done=self._viewer.patterns_menu.set_patterns,
                             on_fail=self._failed)

    def set_pattern(self, kind: str, value: str, on: bool) -> None:
        case_id = self._case_id()
        page = self._viewer.current_page()
        if case_id is None or page is None:
            return

        def work(services: Services, _ctx: JobContext) -> None:
            services.redaction.set_pattern(case_id, Pattern(kind, value), on)

        def done(_result: object) -> None:
            self._load_patterns()
            emit(self.redactionsChanged, page.id)
            self.load(page.id)

        self._runner.run("db", work, on_done=done, on_fail=self._failed)

    # --- everywhere ---------------------------------------------------------------------------

    def redact_everywhere(self) -> None:
        """Ask first (it cannot be undone), then take what is blacked out out of what the
        app keeps; say what was done."""
        case_id = self._case_id()
        if case_id is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Remove it from what the app keeps"),
                          self.tr("Also remove what is blacked out from what the app keeps?"),
                          parent=self._viewer)
        box.setObjectName("redactEverywhereBox")
        box.setInformativeText(self.tr(
            "Until now, blacked-out words leave only the packet. This also removes them "
            "from everything the app keeps for this case:\n\n"
            "• each document concerned is stored from now on as its redacted copy; the "
            "original is removed from the data folder (unless another case uses the same "
            "file);\n"
            "• the pages' text, the search and case archives lose those words.\n\n"
            "Packets already filed stay as they were sent. This cannot be undone. The files "
            "on your own disk are not touched."))
        remove = box.addButton(self.tr("Remove for good"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not remove:
            return
        page = self._viewer.current_page()

        def done(result: Everywhere) -> None:
            emit(self.everywhereDone, result)
            if page is not None:
                emit(self.redactionsChanged, page.id)
            told = QMessageBox(QMessageBox.Icon.Information,
                               self.tr("Removed from what the app keeps"),
                               self._summary(result), QMessageBox.StandardButton.Ok,
                               self._viewer)
            told.setObjectName("redactEverywhereDone")
            told.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            told.open()

        # On the reading lane: never while pages of the case are being read, and the
        # edits lane stays free meanwhile.
        self._runner.run("process", lambda s, _c: s.redaction.everywhere(case_id),
                         label=self.tr("Removing blacked-out words"), on_done=done,
                         on_fail=self._failed)

    def _summary(self, result: Everywhere) -> str:
        if not result.documents:
            return self.tr("Nothing that is blacked out is kept anywhere else: nothing to "
                           "change.")
        text = self.tr("Removed from %n document(s): their stored copies, text, search "
                       "and archives no longer hold what is blacked out.", "",
                       result.documents)
        if result.kept_for_other_cases:
            text += " " + self.tr("%n original file(s) are also used by another case and "
                                  "were kept for it.", "", result.kept_for_other_cases)
        if result.filings_before:
            text += " " + self.tr("Packets filed before are kept as they were sent.")
        return text


def masked(text: str, covered: list[str]) -> str:
    """``text`` with each covered word blacked out, as the packet will show it."""
    words = sorted({w.strip() for w in covered if w.strip()}, key=len, reverse=True)
    if not words:
        return text
    found = re.compile("|".join(rf"(?<!\w){re.escape(w)}(?!\w)" for w in words))
    return found.sub(lambda m: "█" * len(m.group(0)), text)


class RedactBar(QWidget):
    """Shown over the page while redact mode is on: what to do, and how to finish."""

    def __init__(self, action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("redactBar")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.Highlight))
        palette.setColor(QPalette.ColorRole.WindowText,
                         palette.color(QPalette.ColorRole.HighlightedText))
        self.setPalette(palette)
        self.label = QLabel(self.tr(
            "<b>Redact mode.</b> Drag a rectangle over what to black out; click an area "
            "and press Delete to remove it."), self)
        self.label.setWordWrap(True)
        done = QPushButton(self.tr("Done redacting"), self)
        done.setObjectName("redactDone")
        done.clicked.connect(action.trigger)  # unchecks it: redact mode ends
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.label, 1)
        row.addWidget(done)
        self.hide()
