"""Exhibit numbering: the one rule that gives tabs their letters and exhibits their ids.

A packet's tabs take the letters A, B ... Z, AA, AB ... in packet order; a tab with no
exhibit takes none. Each tab's exhibits are numbered from 1: "A-1", "A-2". A translation
has no number of its own: it follows its original under the original's id ("A-1
(translation)" on its pages).

A packet that continues the numbering of the packets filed before (a supplement, a
response to a request for evidence) leaves out the documents filed then; each tab keeps
the letter it was filed under and its exhibits are numbered on from the highest number
filed under that letter (A-1 to A-4 filed: the next is A-5); a tab never filed takes the
next free letter, and the tabs go in the order of their letters. A document filed before
whose translation came later goes again, with its translation, under a new number.

The packet, the board, the chronology and the export preview all take their ids from
here (through ``services.packets``), so what the window shows is what the PDF prints.
Pure functions over ids and keys: no storage, no Qt.
"""

from __future__ import annotations

import string
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

TabExhibits = tuple[str, Sequence[int]]  # a tab's key, and its exhibits' document ids


class FiledExhibit(Protocol):
    """An exhibit of a packet filed before, as the record keeps it."""

    @property
    def exhibit_id(self) -> str: ...
    @property
    def tab_key(self) -> str: ...
    @property
    def tab_letter(self) -> str: ...
    @property
    def document_id(self) -> int | None: ...


def tab_letter(number: int) -> str:
    """The letter of the tab in place ``number`` (0-based): A ... Z, AA, AB ... ZZ."""
    letters = string.ascii_uppercase
    if number < 26:
        return letters[number]
    return letters[number // 26 - 1] + letters[number % 26]


def letter_order(letter: str) -> tuple[int, str]:
    """Sort key that puts Z before AA."""
    return len(letter), letter


def exhibit_number(exhibit_id: str) -> int:
    """5 for "A-5" (0 when the id has no number)."""
    tail = exhibit_id.rsplit("-", 1)[-1]
    return int(tail) if tail.isdigit() else 0


def translation_id(exhibit_id: str) -> str:
    """The id a translation's pages carry: "B-3 (translation)"."""
    return f"{exhibit_id} (translation)"


@dataclass(frozen=True)
class Numbering:
    """The tabs and exhibits of one packet, numbered."""

    tabs: tuple[tuple[str, str], ...]  # (tab key, letter) in packet order
    ids: Mapping[int, str]  # exhibit's document id -> "A-1"

    @property
    def letters(self) -> dict[str, str]:
        return dict(self.tabs)


def number_exhibits(tabs: Sequence[TabExhibits], filed: Sequence[FiledExhibit] = (),
                    again: Collection[int] = ()) -> Numbering:
    """Number the exhibits of ``tabs`` (in packet order; translations already left out).
    With ``filed`` (every exhibit filed before), continue that numbering: documents filed
    before are left out unless they are in ``again`` (filed once more, with the
    translation they lacked)."""
    if not filed:
        numbered = [(key, docs) for key, docs in tabs if docs]
        letters = [(key, tab_letter(n)) for n, (key, _docs) in enumerate(numbered)]
        return Numbering(tuple(letters), {
            doc: f"{letter}-{n}"
            for (key, docs), (_key, letter) in zip(numbered, letters, strict=True)
            for n, doc in enumerate(docs, start=1)})
    letters_filed: dict[str, str] = {}
    highest: dict[str, int] = {}
    done: set[int] = set()
    for ex in filed:
        letters_filed[ex.tab_key] = ex.tab_letter
        highest[ex.tab_letter] = max(highest.get(ex.tab_letter, 0),
                                     exhibit_number(ex.exhibit_id))
        if ex.document_id is not None:
            done.add(ex.document_id)
    used = set(highest)
    chosen: list[tuple[str, str]] = []
    ids: dict[int, str] = {}
    for key, docs in tabs:
        new = [d for d in docs if d not in done or d in again]
        if not new:
            continue
        letter = letters_filed.get(key)
        if letter is None:
            letter = next(tab_letter(n) for n in range(26 * 27) if tab_letter(n) not in used)
            used.add(letter)
        start = highest.get(letter, 0)
        ids.update({doc: f"{letter}-{start + n}" for n, doc in enumerate(new, start=1)})
        chosen.append((key, letter))
    chosen.sort(key=lambda tab: letter_order(tab[1]))
    return Numbering(tuple(chosen), ids)


def shown_ids(numbering: Numbering, filed: Sequence[FiledExhibit] = (),
              translations: Mapping[int, int] | None = None,
              exhibits: Collection[int] = (),
              ) -> tuple[dict[str, str], dict[int, str]]:
    """What the window shows beside tabs and documents: ({tab key: letter}, {document
    id: exhibit id}). A document has the id ``numbering`` gives it in the packet to come;
    else, while it is still one of the case's ``exhibits``, the id it was last filed
    under. A translation shows its original's id."""
    letters = {ex.tab_key: ex.tab_letter for ex in filed}
    letters.update(numbering.letters)
    ids: dict[int, str] = {ex.document_id: ex.exhibit_id for ex in filed
                           if ex.document_id is not None and ex.document_id in exhibits}
    ids.update(numbering.ids)
    for translation, original in (translations or {}).items():
        if original in ids:
            ids[translation] = translation_id(ids[original])
    return letters, ids
