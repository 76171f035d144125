"""Handwritten letters read by their shape (``letters.letter_kind``) from what OCR gave
for handwritten letters of the tuning seeds — and the guards that keep it from filing
anything else: a clearly read page, a letter about both a neighbour and the rent, a
paper another tab already claims."""

from __future__ import annotations

from desktop_app.core.assistant import suggest_for_text
from desktop_app.core.assistant.layout import WordBox
from desktop_app.core.assistant.letters import letter_kind

# OCR text of handwritten letters and notes of the tuning seeds (blind forms 202 and 101).
SUPPORT_EN = ("1218/2020\nDEAR IMMIGRATION OFFICER\ni HAVE KVOWN CARLOS eDUARDO MORAIES\n"
              "FLORES FOR 6 YEARS As MY N#iG FOR.\nRESPECTFUL YY,\nNDA KOVALSKI")
SUPPORT_ES = ("19 uy, 2016\nA quien CyTrep nha:\nConaco a YegMa MOrales GomMe des 4 hace 7\n"
              "ahes: Somes vesinos. Es UP gran ejenplo para sus\nund Deena muy 2444 d0g y "
              "hOlest..7 Odlos ps\nGQ! men fos ye Muesva aglesid\nCarlos gdugdo Cruz")
LANDLORD_ES = ("4 pe FE REO 016\nHPGO CONSTAR Q UELÚIS ALBERTOCAST AO RoAS VIVE EN\n"
               "4295 BEAGEN ST, UNIT 136 DESDE DICIE MBR EZ 014. ane\nYES NA VÁSQUEZ "
               "(73y 555-0178")


def _pages(text: str, confidence: float) -> list[list[WordBox]]:
    """One page whose every word OCR read ``confidence`` sure of."""
    return [[[40 * i, 30 * n, 40 * i + 35, 30 * n + 20, confidence, word]
             for n, line in enumerate(text.splitlines()) for i, word in enumerate(line.split())]]


def _kind(text: str, confidence: float = 40) -> str | None:
    letter = letter_kind(text, _pages(text, confidence))
    return letter.kind if letter else None


def test_handwritten_letters_are_read_by_their_shape() -> None:
    assert _kind(SUPPORT_EN) == "support_letter"
    assert _kind(SUPPORT_ES) == "support_letter"
    assert _kind(LANDLORD_ES) == "proof_of_address"
    made = suggest_for_text(SUPPORT_EN, pages=_pages(SUPPORT_EN, 40))
    assert made.category == "community" and made.document_type == "support_letter"
    assert "known" in made.evidence  # the word it read as "KVOWN", shown as the reason
    assert made.confidence < 0.95  # never applied without the user (auto-accept)
    made = suggest_for_text(LANDLORD_ES, pages=_pages(LANDLORD_ES, 40))
    assert made.category == "residence"


def test_a_page_read_clearly_is_left_to_the_exact_cues() -> None:
    """Read clearly, these words are what the page says: "kvown" is no word of a letter."""
    assert _kind(SUPPORT_EN, 93) is None
    assert suggest_for_text(SUPPORT_EN, pages=_pages(SUPPORT_EN, 93)).category != "community"


def test_a_letter_about_a_neighbour_and_the_rent_says_nothing() -> None:
    both = SUPPORT_EN.replace("FLORES FOR 6 YEARS", "FLORES PAYS THE RENT FOR 6 YEARS")
    assert _kind(both) is None


def test_a_page_without_a_letter_s_shape_or_words_says_nothing() -> None:
    note = "Tuesday\nPick up milk bread and eggs\nCall the school about the bus\nMaria"
    assert _kind(note) is None
    one_word = "19 uy 2016\nConaco a YegMa somos vesinos\nCarlos"  # one telling word, no shape
    assert _kind(one_word) is None


def test_a_paper_another_tab_claims_is_not_turned_into_a_letter() -> None:
    """A handwritten letter from a doctor (a patient, a clinic) is not filed under
    community because it also says "dear" and "honest": it is left for the user."""
    doctor = ("Dear Judge,\nMy patient Rosa comes to our clinic every month.\n"
              "She is honest and responsible.\nSincerely,\nDr Lee")
    assert _kind(doctor) == "support_letter"
    assert suggest_for_text(doctor, pages=_pages(doctor, 40)).category is None
