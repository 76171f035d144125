"""The board as a Qt item model: tabs, and under each its documents, in packet order.

The model holds a ``BoardSnapshot`` read by the ``db`` lane (``Services.board``); it
never touches the database. Edits made in a view (a drop, a new title) are not applied
here: the model emits a request, the window turns it into an undo command that the
``db`` lane runs, and the next snapshot shows the result.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QIcon, QImage, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from desktop_app.core.assistant.knowledge import category_label
from desktop_app.core.models import Document
from desktop_app.gui import appearance
from desktop_app.gui.qtcompat import emit
from desktop_app.gui.render import Renderer
from desktop_app.gui.type_names import type_label
from desktop_app.services.board import CORRESPONDENCE, UNFILED, BoardSnapshot, is_tab

MIME_TYPE = "application/x-evidence-packet-board"
DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 1
TAB_KEY_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3  # "tab", "unfiled" or "document"
STATUS_ROLE = Qt.ItemDataRole.UserRole + 4
SUGGESTION_ROLE = Qt.ItemDataRole.UserRole + 5  # the open DocumentSuggestion, or None

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass
class Group:
    key: str  # the tab's key, or UNFILED
    title: str
    docs: list[Document]
    letter: str = ""  # the packet's letter for the tab, once it has an exhibit
    exhibits: dict[int, str] = dataclasses.field(default_factory=dict)  # doc id -> "A-1"


class BoardModel(QAbstractItemModel):
    COLUMNS = ("title", "exhibit", "date", "pages", "status", "assistant")

    renameRequested = Signal(int, str, str)  # document id, old title, new title
    dateRequested = Signal(int, str, str)  # document id, old date, what the user typed
    documentsDropped = Signal(list, str, int)  # document ids, tab key (UNFILED), row (-1 end)
    tabsDropped = Signal(list)  # tab keys in their new order
    filesDropped = Signal(list)  # paths (str) of files dragged in from the desktop

    def __init__(self, renderer: Renderer, parent: Any = None) -> None:
        super().__init__(parent)
        self._renderer = renderer
        self._groups: list[Group] = []
        self._snapshot: BoardSnapshot | None = None
        self._thumbs: dict[Path, QPixmap] = {}
        self.icon_size = QSize(46, 58)
        renderer.thumbnailReady.connect(self._thumbnail_ready)

    # --- the data ---------------------------------------------------------------------------

    @property
    def snapshot(self) -> BoardSnapshot | None:
        return self._snapshot

    @property
    def case_id(self) -> int | None:
        return self._snapshot.case.id if self._snapshot else None

    def groups(self) -> list[Group]:
        return self._groups

    def document(self, index: AnyIndex) -> Document | None:
        if not index.isValid() or not index.internalId():
            return None
        group = self._groups[index.internalId() - 1]
        return group.docs[index.row()] if index.row() < len(group.docs) else None

    def group_of(self, index: AnyIndex) -> Group | None:
        if not index.isValid():
            return None
        row = index.internalId() - 1 if index.internalId() else index.row()
        return self._groups[row] if 0 <= row < len(self._groups) else None

    def index_of_document(self, document_id: int, column: int = 0) -> QModelIndex:
        for g, group in enumerate(self._groups):
            for r, doc in enumerate(group.docs):
                if doc.id == document_id:
                    return self.createIndex(r, column, id=g + 1)
        return QModelIndex()

    def index_of_group(self, key: str) -> QModelIndex:
        for g, group in enumerate(self._groups):
            if group.key == key:
                return self.createIndex(g, 0, id=0)
        return QModelIndex()

    def clear(self) -> None:
        self.beginResetModel()
        self._groups, self._snapshot = [], None
        self.endResetModel()

    def apply(self, snapshot: BoardSnapshot) -> None:
        """Show ``snapshot``, with the smallest change signals that describe it."""
        groups = _groups(snapshot)
        old = self._groups
        same_case = self._snapshot is not None and self._snapshot.case.id == snapshot.case.id
        same_groups = same_case and [g.key for g in old] == [g.key for g in groups]
        if same_groups and all(_ids(a) == _ids(b)[: len(a.docs)] for a, b in zip(old, groups,
                                                                                    strict=True)):
            self._snapshot = snapshot
            for g, (before, after) in enumerate(zip(old, groups, strict=True)):
                extra = after.docs[len(before.docs):]
                before.title, before.letter = after.title, after.letter
                before.exhibits = after.exhibits
                before.docs[:] = after.docs[: len(before.docs)]
                if extra:
                    parent = self.createIndex(g, 0, id=0)
                    first = len(before.docs)
                    self.beginInsertRows(parent, first, first + len(extra) - 1)
                    before.docs.extend(extra)
                    self.endInsertRows()
            self._changed_all()
            return
        self.beginResetModel()
        self._snapshot, self._groups = snapshot, groups
        self.endResetModel()

    def show_layout(self, layout: dict[str, list[int]]) -> None:
        """Show documents where an edit is putting them, before the store confirms it, so a
        second edit made at once starts from what the user sees."""
        by_id = {d.id: d for g in self._groups for d in g.docs}
        self.beginResetModel()
        for group in self._groups:
            if group.key in layout:
                group.docs = [dataclasses.replace(by_id[i], category=group.key if is_tab(
                    group.key) else None)
                              for i in layout[group.key] if i in by_id]
        self.endResetModel()

    def show_tab_order(self, keys: list[str]) -> None:
        rank = {key: n for n, key in enumerate(keys)}
        self.beginResetModel()
        last = len(rank) + 1
        self._groups.sort(key=lambda g: -1 if g.key == UNFILED else last
                          if g.key == CORRESPONDENCE else rank.get(g.key, len(rank)))
        self.endResetModel()

    def _changed_all(self) -> None:
        last = len(self.COLUMNS) - 1
        if not self._groups:
            return
        emit(self.dataChanged, self.index(0, 0), self.index(len(self._groups) - 1, last))
        for g, group in enumerate(self._groups):
            if group.docs:
                parent = self.index(g, 0)
                emit(self.dataChanged, self.index(0, 0, parent),
                                      self.index(len(group.docs) - 1, last, parent))

    # --- thumbnails ---------------------------------------------------------------------------

    def _thumbnail(self, doc: Document) -> QIcon | None:
        snapshot = self._snapshot
        spec = snapshot.specs.get(doc.id) if snapshot else None
        if spec is None:
            return None
        pixmap = self._thumbs.get(spec.thumb_path)
        if pixmap is None:
            self._renderer.thumbnail(spec)
            return None
        return QIcon(pixmap)

    def _thumbnail_ready(self, key: Path, image: QImage) -> None:
        if image.isNull():
            return
        self._thumbs[key] = appearance.framed_thumbnail(image, self.icon_size,
                                                  QApplication.palette())
        snapshot = self._snapshot
        if snapshot is None:
            return
        for doc_id, spec in snapshot.specs.items():
            if spec.thumb_path == key:
                index = self.index_of_document(doc_id)
                if index.isValid():
                    emit(self.dataChanged, index, index, [Qt.ItemDataRole.DecorationRole])

    def has_thumbnail(self, document_id: int) -> bool:
        snapshot = self._snapshot
        spec = snapshot.specs.get(document_id) if snapshot else None
        return spec is not None and spec.thumb_path in self._thumbs

    # --- the tree -------------------------------------------------------------------------

    def index(self, row: int, column: int,
              parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008 - Qt's signature
        if column < 0 or column >= len(self.COLUMNS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, id=0) if row < len(self._groups) else (
                QModelIndex())
        if parent.internalId():
            return QModelIndex()
        if row >= len(self._groups[parent.row()].docs):
            return QModelIndex()
        return self.createIndex(row, column, id=parent.row() + 1)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or not index.internalId():
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, id=0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() or parent.column() != 0:
            return 0
        return len(self._groups[parent.row()].docs)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Document"), self.tr("Exhibit"), self.tr("Date"), self.tr("Pages"),
                self.tr("Status"), self.tr("Assistant"))[section]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        doc = self.document(index)
        if doc is not None:
            flags = base | Qt.ItemFlag.ItemIsDragEnabled
            if self.COLUMNS[index.column()] in ("title", "date"):
                flags |= Qt.ItemFlag.ItemIsEditable
            return flags
        group = self.group_of(index)
        flags = base | Qt.ItemFlag.ItemIsDropEnabled
        if group is not None and is_tab(group.key):
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        doc = self.document(index)
        if doc is not None:
            return self._document_data(doc, index, role)
        group = self.group_of(index)
        return self._group_data(group, index.column(), role) if group else None

    def _group_data(self, group: Group, column: int, role: int) -> Any:
        name = self.COLUMNS[column]
        if role == KIND_ROLE:
            return {UNFILED: "unfiled", CORRESPONDENCE: "correspondence"}.get(group.key, "tab")
        if role == TAB_KEY_ROLE:
            return group.key
        if name != "title":
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._group_label(group)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not group.docs:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.DecorationRole:
            return appearance.tab_badge(group.letter, self.icon_size, QApplication.palette(),
                                  filled=bool(group.letter))
        if role == Qt.ItemDataRole.ToolTipRole:
            if group.key == UNFILED:
                return self.tr("New documents land here. Drag each one onto the tab it "
                               "belongs to, or use Document ▸ File under.")
            if group.key == CORRESPONDENCE:
                return self.tr("Notices and letters you received (from the agency, the "
                               "court...): kept with the case and searchable, but not put in "
                               "the packet. Drag one onto a tab to include it.")
            return self.tr("Drag documents here to file them under {tab}. Drag the tab up "
                           "or down to change the order of the packet.").format(tab=group.title)
        return None

    def _group_label(self, group: Group) -> str:
        n = len(group.docs)
        if group.key == UNFILED:
            if not n:
                return self.tr("Not yet filed")
            return self.tr("Not yet filed (%n) — drag each to its tab", "", n)
        if group.key == CORRESPONDENCE:
            if not n:
                return self.tr("Correspondence — notices you received go here "
                               "(not in the packet)")
            return self.tr("Correspondence (%n) — not in the packet", "", n)
        if not n:
            return self.tr("{tab} — empty: drag documents here").format(tab=group.title)
        label = self.tr("{tab} (%n)", "", n).format(tab=group.title)
        return f"{group.letter}. {label}" if group.letter else label

    def _document_data(self, doc: Document, index: AnyIndex, role: int) -> Any:
        name = self.COLUMNS[index.column()]
        if role == DOC_ID_ROLE:
            return doc.id
        if role == KIND_ROLE:
            return "document"
        if role == STATUS_ROLE:
            return doc.status
        if role == SUGGESTION_ROLE:
            return self._snapshot.suggestion(doc.id) if self._snapshot else None
        if role == TAB_KEY_ROLE:
            if self._snapshot is not None and doc.id in self._snapshot.kept_aside:
                return CORRESPONDENCE
            return doc.category or UNFILED
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._document_text(doc, index, name)
        if role == Qt.ItemDataRole.EditRole:
            return {"title": doc.title, "date": doc.date or ""}.get(name)
        if role == Qt.ItemDataRole.DecorationRole:
            if name == "title":
                return self._thumbnail(doc) or appearance.blank_page(self.icon_size,
                                                              QApplication.palette())
            if name == "status":
                return appearance.status_icon(doc.status, QApplication.palette())
        if role == Qt.ItemDataRole.ForegroundRole and name == "status":
            return appearance.status_colour(doc.status, QApplication.palette())
        if role == Qt.ItemDataRole.ForegroundRole and name == "assistant":
            found = self._snapshot.suggestion(doc.id) if self._snapshot else None
            if found is not None and found.suggestion.category is None:
                return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.ToolTipRole:
            if name == "assistant":
                return self._assistant_tip(doc)
            return self._document_tip(doc)
        return None

    def _document_text(self, doc: Document, index: AnyIndex, name: str) -> str:
        if name == "title":
            return doc.title
        if name == "exhibit":
            group = self._groups[index.internalId() - 1]
            return group.exhibits.get(doc.id, "")
        if name == "date":
            return doc.date or "—"
        if name == "pages":
            return str(doc.pages)
        if name == "assistant":
            return self._assistant_text(doc)
        return appearance.status_text(doc.status)

    def _assistant_text(self, doc: Document) -> str:
        """For an unfiled document, what the assistant suggests; for a filed one, what it
        still needs from the user (a translation)."""
        snapshot = self._snapshot
        if snapshot is None:
            return ""
        found = snapshot.suggestion(doc.id)
        if found is not None:
            s = found.suggestion
            if s.category is None:
                return self.tr("Needs your review")
            return self.tr("→ {tab} ({percent} %)").format(
                tab=tab_label(s.category), percent=min(99, round(s.confidence * 100)))
        if doc.id in snapshot.translations:
            return self.tr("Translation")
        if doc.category and snapshot.needs_translation(doc):
            return self.tr("{language}: needs a translation").format(
                language=language_label(doc.language))
        return ""

    def _assistant_tip(self, doc: Document) -> str:
        snapshot = self._snapshot
        found = snapshot.suggestion(doc.id) if snapshot else None
        if found is None:
            if snapshot is not None and doc.category and snapshot.needs_translation(doc):
                return self.tr("This document is in {language}. The packet needs a certified "
                               "English translation: add the translation, then use Document ▸ "
                               "Is a translation of…").format(
                                   language=language_label(doc.language))
            return self._document_tip(doc)
        s = found.suggestion
        lines = [s.reason, self.tr("Type: {type}").format(type=type_label(s.document_type))]
        if s.date:
            lines.append(self.tr("Date: {date}").format(date=s.date) if s.date_sure
                         else self.tr("Date: {date}? Check it").format(date=s.date))
        if s.language:
            lines.append(self.tr("Language: {language}").format(
                language=language_label(s.language)))
        if s.category is not None:
            lines.append(self.tr("Press A to accept, or drag it to another tab."))
        return "\n".join(lines)

    def _document_tip(self, doc: Document) -> str:
        lines = [doc.title, self.tr("File: {name}").format(name=doc.source_name),
                 appearance.status_text(doc.status)]
        if doc.errors:
            lines.append(self.tr("Problems:"))
            lines.extend(doc.errors)
        return "\n".join(lines)

    def setData(self, index: AnyIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        doc = self.document(index)
        if doc is None or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value).strip()
        name = self.COLUMNS[index.column()]
        if name == "title" and text and text != doc.title:
            emit(self.renameRequested, doc.id, doc.title, text)
            self._replace(index, dataclasses.replace(doc, title=text))
            return True
        if name == "date" and text != (doc.date or ""):
            emit(self.dateRequested, doc.id, doc.date or "", text)
            return True
        return False

    def _replace(self, index: AnyIndex, doc: Document) -> None:
        self._groups[index.internalId() - 1].docs[index.row()] = doc
        emit(self.dataChanged, index, index)

    # --- drag and drop --------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE, "text/uri-list"]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        docs: list[int] = []
        tabs: list[str] = []
        for index in indexes:
            if index.column() != 0:
                continue
            doc = self.document(index)
            if doc is not None and doc.id not in docs:
                docs.append(doc.id)
            group = self.group_of(index) if doc is None else None
            if group is not None and is_tab(group.key) and group.key not in tabs:
                tabs.append(group.key)
        payload = {"case": self.case_id, "documents": docs, "tabs": [] if docs else tabs}
        mime = QMimeData()
        mime.setData(MIME_TYPE, QByteArray(json.dumps(payload).encode()))
        return mime

    def _payload(self, data: QMimeData) -> dict[str, Any] | None:
        if not data.hasFormat(MIME_TYPE):
            return None
        try:
            payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
        except (ValueError, UnicodeDecodeError):
            return None
        if not isinstance(payload, dict) or payload.get("case") != self.case_id:
            return None
        return payload

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: AnyIndex) -> bool:
        if _local_files(data):
            return True  # files from the desktop: dropped anywhere on the board
        payload = self._payload(data)
        if payload is None or action != Qt.DropAction.MoveAction:
            return False
        if payload.get("documents"):
            return self._drop_target(parent, row) is not None
        return bool(payload.get("tabs"))

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: AnyIndex) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        files = _local_files(data)
        if files:
            emit(self.filesDropped, files)
            return True
        payload = self._payload(data) or {}
        if payload.get("documents"):
            target = self._drop_target(parent, row)
            if target is None:
                return False
            emit(self.documentsDropped, list(payload["documents"]), target[0], target[1])
            return True
        order = self._tab_order_after_drop(list(payload["tabs"]), parent, row)
        if order is None:
            return False
        emit(self.tabsDropped, order)
        return True

    def _drop_target(self, parent: AnyIndex, row: int) -> tuple[str, int] | None:
        """(tab key, row) where dropped documents go; row -1 is the end of the tab."""
        if not parent.isValid():
            return None
        if parent.internalId():  # dropped onto a document: just before it
            group = self._groups[parent.internalId() - 1]
            return group.key, parent.row()
        return self._groups[parent.row()].key, row

    def _tab_order_after_drop(self, moving: list[str], parent: AnyIndex,
                              row: int) -> list[str] | None:
        keys = [g.key for g in self._groups if is_tab(g.key)]
        if parent.isValid():  # onto a tab or a document: before that tab
            row = parent.internalId() - 1 if parent.internalId() else parent.row()
        elif row < 0:
            row = len(self._groups)
        before = [g.key for g in self._groups[:row] if is_tab(g.key)]
        stay = [k for k in keys if k not in moving]
        at = len([k for k in before if k not in moving])
        order = stay[:at] + [k for k in keys if k in moving] + stay[at:]
        return None if order == keys else order


def _local_files(data: QMimeData) -> list[str]:
    return [url.toLocalFile() for url in data.urls() if url.isLocalFile()] if data.hasUrls() else []


def _ids(group: Group) -> list[int]:
    return [d.id for d in group.docs]


def language_label(code: str | None) -> str:
    """A document's language in the window's language (core's names stay English: the
    packet prints them)."""
    names = {
        "en": QCoreApplication.translate("Languages", "English"),
        "es": QCoreApplication.translate("Languages", "Spanish"),
        "fr": QCoreApplication.translate("Languages", "French"),
        "pt": QCoreApplication.translate("Languages", "Portuguese"),
        "ht": QCoreApplication.translate("Languages", "Haitian Creole"),
        "other": QCoreApplication.translate("Languages", "another language"),
    }
    return names.get(code or "", QCoreApplication.translate("Languages", "unknown"))


def tab_label(key: str | None, title: str = "") -> str:
    """A tab's name in the window's language. The four built-in tabs are stored (and
    printed in the packet) in English; the window shows them translated unless the user
    renamed them. Without ``title``, the name of category ``key`` (the assistant's)."""
    names = {
        "residence": ("Residence", QCoreApplication.translate("Tabs", "Residence")),
        "employment": ("Employment", QCoreApplication.translate("Tabs", "Employment")),
        "medical": ("Medical", QCoreApplication.translate("Tabs", "Medical")),
        "community": ("Community", QCoreApplication.translate("Tabs", "Community")),
    }
    english, shown = names.get(key or "", ("", ""))
    if not title:
        return shown or category_label(key)
    return shown if title == english else title


def _groups(snapshot: BoardSnapshot) -> list[Group]:
    """The tabs with their documents, letters and exhibit ids as the snapshot carries
    them (numbered by ``core.exhibits``, as the packet is): a document under a tab shows
    its exhibit id, a translation its original's anywhere."""
    aside = snapshot.kept_aside
    ids = snapshot.exhibits

    def group(key: str, title: str, docs: list[Document], letter: str = "") -> Group:
        shown = {d.id: ids[d.id] for d in docs
                 if d.id in ids and (is_tab(key) or d.id in snapshot.translations)}
        return Group(key, title, docs, letter, shown)

    groups = [group(UNFILED, "", [d for d in snapshot.documents
                                  if d.category is None and d.id not in aside])]
    for tab in snapshot.tabs:
        docs = [d for d in snapshot.documents if d.category == tab.key and d.id not in aside]
        groups.append(group(tab.key, tab_label(tab.key, tab.title), docs,
                            snapshot.letters.get(tab.key, "")))
    groups.append(group(CORRESPONDENCE, "", [d for d in snapshot.documents if d.id in aside]))
    return groups
