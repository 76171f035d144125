"""The exhibit-numbering rule on its own: letters, numbers, and continuing a record."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.exhibits import number_exhibits, shown_ids, tab_letter


@dataclass(frozen=True)
class Filed:
    exhibit_id: str
    tab_key: str
    tab_letter: str
    document_id: int | None


def test_tabs_take_letters_in_order_and_empty_tabs_take_none() -> None:
    numbering = number_exhibits([("residence", [4, 2]), ("medical", []), ("community", [7])])
    assert numbering.tabs == (("residence", "A"), ("community", "B"))
    assert numbering.ids == {4: "A-1", 2: "A-2", 7: "B-1"}


def test_letters_after_z_go_on_with_two() -> None:
    assert [tab_letter(n) for n in (0, 25, 26, 27, 51, 52)] == ["A", "Z", "AA", "AB", "AZ",
                                                                  "BA"]
    tabs = [(f"tab{n}", [n]) for n in range(28)]
    assert number_exhibits(tabs).ids[27] == "AB-1"


def test_a_supplement_keeps_letters_numbers_on_and_gives_a_new_tab_the_next_letter() -> None:
    filed = [Filed("A-1", "residence", "A", 1), Filed("A-2", "residence", "A", 2),
             Filed("B-1", "community", "B", 3)]
    numbering = number_exhibits(
        [("residence", [1, 2, 5]), ("medical", [6]), ("community", [3])], filed, again={3})
    assert numbering.ids == {5: "A-3", 6: "C-1", 3: "B-2"}
    assert numbering.tabs == (("residence", "A"), ("community", "B"), ("medical", "C"))


def test_what_the_window_shows_keeps_filed_ids_and_labels_translations() -> None:
    filed = [Filed("A-1", "residence", "A", 1), Filed("B-1", "community", "B", 3)]
    numbering = number_exhibits([("residence", [1, 5]), ("community", [3])], filed)
    letters, ids = shown_ids(numbering, filed, translations={9: 3, 8: 5}, exhibits={1, 3, 5})
    assert letters == {"residence": "A", "community": "B"}
    assert ids == {1: "A-1", 3: "B-1", 5: "A-2", 9: "B-1 (translation)",
                   8: "A-2 (translation)"}


def test_a_filed_document_that_is_no_longer_an_exhibit_shows_no_id() -> None:
    filed = [Filed("A-1", "residence", "A", 1), Filed("A-2", "residence", "A", 2)]
    numbering = number_exhibits([("residence", [1])], filed)
    assert shown_ids(numbering, filed, exhibits={1})[1] == {1: "A-1"}
