"""A plain-text editor whose exhibit citations are single, non-editable units.

The stored text holds ``[[doc:12]]`` / ``[[doc:12 p.3]]`` (``core.statement``); the editor
shows each as a small label, "Exhibit B-2, p. 3", drawn by a text object: one character
(U+FFFC) in the document, carrying the document id and page in its format. So the cursor
steps over a citation as over one letter, Backspace or Delete removes it whole, undo
brings it back, and typing beside it never changes it. ``stored_text`` gives the stored
form back; the labels are drawn from a ``LabelBook``, so they follow the exhibits (the
dialog reads the labels again when it opens) without touching the text.

Copy and paste keep citations within and between these editors (a private MIME type);
other programs get the labels as plain text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMimeData,
    QPointF,
    QRect,
    QRectF,
    QSizeF,
    Signal,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAction,
    QContextMenuEvent,
    QFocusEvent,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPalette,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from desktop_app.core.statement import Citation, cite, find_citations
from desktop_app.gui.qtcompat import emit
from desktop_app.services import Services
from desktop_app.services.statements import Citable

CITATION_TYPE = int(QTextFormat.ObjectTypes.UserObject) + 16
DOC_PROPERTY = int(QTextFormat.Property.UserProperty) + 16
PAGE_PROPERTY = DOC_PROPERTY + 1
OBJECT = "\ufffc"
MIME = "application/x-evidence-packet-statement"
PAD = 4.0  # pixels either side of a label


def tr(text: str) -> str:
    return QCoreApplication.translate("Citations", text)


@dataclass
class LabelBook:
    """The labels of the citations an editor may show, read on the ``db`` lane (the
    services' labeler), and each cited document's title for the tooltip."""

    labels: dict[Citation, str] = field(default_factory=dict)
    titles: dict[int, str] = field(default_factory=dict)

    def label(self, citation: Citation) -> str:
        found = self.labels.get(citation)
        if found:
            return found
        whole = self.labels.get(Citation(citation.document_id, None))
        if whole and citation.page:
            return tr("{label}, p. {page}").format(label=whole, page=citation.page)
        return whole or tr("(document {id})").format(id=citation.document_id)


def read_labels(services: Services, case_id: int, texts: Iterable[str],
                max_pages: int = 5000) -> tuple[list[Citable], LabelBook]:
    """On the ``db`` lane: the documents ``case_id`` may cite, and the labels of every
    citation in ``texts`` or that may be added (each document whole and each of its pages,
    up to ``max_pages`` pages in all)."""
    statements = services.statements
    citable = statements.citable(case_id)
    label = statements.labeler(case_id)
    wanted = {c for text in texts for _s, _e, c in find_citations(text)}
    budget = max_pages
    for doc in citable:
        wanted.add(Citation(doc.document_id, None))
        wanted.update(Citation(doc.document_id, page)
                      for page in range(1, min(doc.pages, budget) + 1))
        budget = max(0, budget - doc.pages)
    return citable, LabelBook({c: label(c) for c in wanted},
                              {d.document_id: d.title for d in citable})


def citation_of(fmt: QTextFormat) -> Citation | None:
    if fmt.objectType() != CITATION_TYPE:
        return None
    page = fmt.property(PAGE_PROPERTY)
    return Citation(int(fmt.property(DOC_PROPERTY)), int(page) if page else None)


class CitationObject(QPyTextObject):
    """Draws a citation's label as a rounded chip on the text's baseline."""

    def __init__(self, editor: CitationEdit) -> None:
        super().__init__(editor)
        self.editor = editor

    def _label(self, fmt: QTextFormat) -> str:
        citation = citation_of(fmt)
        return self.editor.book.label(citation) if citation else "?"

    def intrinsicSize(self, doc: QTextDocument, _pos: int, fmt: QTextFormat) -> QSizeF:
        metrics = QFontMetricsF(doc.defaultFont())
        return QSizeF(metrics.horizontalAdvance(self._label(fmt)) + 2 * PAD,
                      metrics.height())

    def drawObject(self, painter: QPainter, rect: QRectF | QRect, doc: QTextDocument, _pos: int,
                   fmt: QTextFormat) -> None:
        palette = self.editor.palette()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = palette.color(QPalette.ColorRole.Highlight)
        fill.setAlpha(40)
        painter.setBrush(fill)
        border = palette.color(QPalette.ColorRole.Highlight)
        border.setAlpha(130)
        painter.setPen(border)
        rect = QRectF(rect)
        painter.drawRoundedRect(rect.adjusted(0.5, 1.5, -0.5, -0.5), 4, 4)
        painter.setFont(doc.defaultFont())
        painter.setPen(palette.color(QPalette.ColorRole.Link))
        metrics = QFontMetricsF(doc.defaultFont())
        painter.drawText(QPointF(rect.left() + PAD, rect.top() + metrics.ascent()),
                         self._label(fmt))
        painter.restore()


class CitationEdit(QTextEdit):
    """Plain text with citations. ``cite_action`` (set by the dialog) is offered first in
    the context menu. A screen reader reads a citation as nothing (it is one object
    character): when the cursor comes to one, its label is announced instead."""

    announced = Signal(str)  # what was said to assistive technology

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.book = LabelBook()
        self.cite_action: QAction | None = None
        self.focused: Callable[[CitationEdit], Any] | None = None
        self._object = CitationObject(self)
        self.document().documentLayout().registerHandler(CITATION_TYPE, self._object)
        self.currentCharFormatChanged.connect(self._not_inside_a_citation)
        self.cursorPositionChanged.connect(self._announce_citation)
        self._announced_at = -1

    # --- text in and out -----------------------------------------------------------------

    def set_stored_text(self, text: str) -> None:
        """Show ``text`` (stored form); the undo history starts here."""
        self.clear()
        cursor = QTextCursor(self.document())
        self._insert_stored(cursor, text)
        self.document().clearUndoRedoStacks()
        self.document().setModified(False)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def stored_text(self) -> str:
        return self._stored(0, self.document().characterCount() - 1)

    def shown_text(self) -> str:
        """The text as the user sees it, each citation by its label."""
        return self._stored(0, self.document().characterCount() - 1, labels=True)

    def insert_citation(self, citation: Citation) -> None:
        """At the cursor, replacing any selection; one undo step."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.insertText(OBJECT, self._format(citation))
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.setCurrentCharFormat(QTextCharFormat())

    def relabel(self, book: LabelBook) -> None:
        """Draw every citation with the labels of ``book`` (the text does not change)."""
        self.book = book
        doc = self.document()
        modified = doc.isModified()
        doc.markContentsDirty(0, doc.characterCount())
        doc.setModified(modified)
        self.viewport().update()

    # --- internals -----------------------------------------------------------------------

    @staticmethod
    def _format(citation: Citation) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setObjectType(CITATION_TYPE)
        fmt.setProperty(DOC_PROPERTY, citation.document_id)
        fmt.setProperty(PAGE_PROPERTY, citation.page or 0)
        fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignBaseline)
        return fmt

    def _insert_stored(self, cursor: QTextCursor, text: str) -> None:
        plain = QTextCharFormat()
        at = 0
        for start, end, citation in find_citations(text):
            cursor.insertText(text[at:start].replace(OBJECT, ""), plain)
            cursor.insertText(OBJECT, self._format(citation))
            at = end
        cursor.insertText(text[at:].replace(OBJECT, ""), plain)

    def _citation_at(self, position: int) -> Citation | None:
        """The citation that is the character at ``position``, if it is one."""
        if self.document().characterAt(position) != OBJECT:
            return None
        cursor = QTextCursor(self.document())
        cursor.setPosition(position + 1)  # charFormat() is that of the character before
        return citation_of(cursor.charFormat())

    def _stored(self, start: int, end: int, labels: bool = False) -> str:
        text = self.document().toPlainText()
        out: list[str] = []
        for position in range(start, min(end, len(text))):
            char = text[position]
            if char != OBJECT:
                out.append(char)
                continue
            citation = self._citation_at(position)
            if citation is not None:
                out.append(self.book.label(citation) if labels else
                           cite(citation.document_id, citation.page))
        return "".join(out)

    def _announce_citation(self) -> None:
        """The label of the citation just before or after the cursor, once per arrival."""
        position = self.textCursor().position()
        for candidate in (position, position - 1):
            citation = self._citation_at(candidate) if candidate >= 0 else None
            if citation is not None:
                if candidate != self._announced_at:
                    self._announced_at = candidate
                    text = self.tr("Citation: {label}").format(label=self.book.label(citation))
                    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, text))
                    emit(self.announced, text)
                return
        self._announced_at = -1

    def _not_inside_a_citation(self, fmt: QTextCharFormat) -> None:
        """Text typed just after a citation takes the format of the character before it:
        never a citation's."""
        if fmt.objectType() == CITATION_TYPE:
            self.setCurrentCharFormat(QTextCharFormat())

    # --- copy and paste ------------------------------------------------------------------

    def createMimeDataFromSelection(self) -> QMimeData:
        cursor = self.textCursor()
        mime = QMimeData()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        mime.setData(MIME, self._stored(start, end).encode("utf-8"))
        mime.setText(self._stored(start, end, labels=True))
        return mime

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasFormat(MIME) or source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:
        text = (bytes(source.data(MIME).data()).decode("utf-8", "replace")
                if source.hasFormat(MIME) else source.text())
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.removeSelectedText()
        self._insert_stored(cursor, text)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # --- menus, tooltips, focus ----------------------------------------------------------

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        if self.cite_action is not None and menu.actions():
            first = menu.actions()[0]
            menu.insertAction(first, self.cite_action)
            menu.insertSeparator(first)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            citation = self._citation_near(event.pos())
            if citation is not None:
                title = self.book.titles.get(citation.document_id, "")
                tip = (self.tr("“{title}”. Citations follow the exhibits when they are "
                               "reordered; Backspace removes one.").format(title=title)
                       if title else self.tr("Backspace removes the citation."))
                QToolTip.showText(event.globalPos(), tip, self)
                return True
        return super().viewportEvent(event)

    def _citation_near(self, point: Any) -> Citation | None:
        position = self.cursorForPosition(point).position()
        for candidate in (position, position - 1):
            if candidate >= 0:
                citation = self._citation_at(candidate)
                if citation is not None:
                    return citation
        return None

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.focused is not None:
            self.focused(self)

