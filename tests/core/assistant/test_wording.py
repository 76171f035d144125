"""The assistant files a paper its cues leave unsure when the paper is worded like the
papers of the tab its cues lean to (the shipped word model, ``learn.common_model``)."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources

from desktop_app.core.assistant import suggest_for_text
from desktop_app.core.assistant.cues import CATEGORIES
from desktop_app.core.assistant.suggest import AGREED, AUTO_ACCEPT, THRESHOLD

TODAY = dt.date(2025, 6, 1)
REPORT = ("Spring term progress. Ballet technique: shows good posture and works hard at "
          "turns. Jazz: learns the routines quickly and helps the younger dancers in class. "
          "Tap: needs more practice at home with the rhythm exercises. Attendance was "
          "excellent this term and she took part in the winter show with her group, which "
          "the parents enjoyed very much.")


def test_a_paper_the_cues_leave_unsure_is_filed_when_worded_like_its_tabs_papers() -> None:
    """A dance school's term report: its cues ("school", "attendance") only lean to
    community, and it is worded as community papers are: it is filed there, as sure as
    AGREED, which auto-accept never applies by itself."""
    found = suggest_for_text("Riverside Dance School\n\n" + REPORT, today=TODAY)
    assert found.category == "community"
    assert found.evidence[:2] == ("attendance", "school")
    assert THRESHOLD <= found.confidence == AGREED < AUTO_ACCEPT


def test_a_short_paper_is_not_filed_by_its_wording() -> None:
    """A few words say too little of how a paper is worded: the cues alone decide."""
    found = suggest_for_text("Riverside Dance School\nAttendance: excellent\nJazz, tap",
                             today=TODAY)
    assert (found.category, found.best_guess) == (None, "community")


def test_a_short_price_list_that_says_nothing_of_the_four_is_filed_as_none() -> None:
    """A café's price list says nothing any tab needs, and its few words are worded as
    papers of no tab are: it is filed as none (a wrong "none" leaves a paper unfiled,
    where it already was), not left for the user with only a hint."""
    menu = ("Cafe Luna\nOur coffee\nEspresso 2.50\nCappuccino with steamed milk and foam "
            "3.75\nLatte with oat milk 4.25\nHot chocolate with whipped cream 3.95\nFresh "
            "orange juice 4.50\nCroissant with butter and jam 3.25\nBlueberry muffin 2.95\n"
            "Bagel with cream cheese 3.50\nOpen every day from seven in the morning")
    found = suggest_for_text(menu, today=TODAY)
    assert (found.category, found.evidence) == ("none", ())
    assert found.worded and found.confidence == AGREED


def test_the_shipped_word_counts_hold_only_words_many_papers_share() -> None:
    """The counts come from real people's papers: only words of letters that at least
    three papers hold are kept (no one's name, number or address of their own)."""
    path = resources.files("desktop_app") / "assets" / "words" / "common_words.json"
    counts = json.loads(path.read_text(encoding="utf-8"))
    assert set(counts["papers"]) == set(CATEGORIES)
    assert all(n >= 50 for n in counts["papers"].values())
    papers: dict[str, int] = {}
    for held in counts["words"].values():
        for word, n in held.items():
            papers[word] = papers.get(word, 0) + n
    assert len(papers) > 1000
    assert all(word.isalpha() and n >= 3 for word, n in papers.items())


def test_a_paper_the_cues_say_little_of_is_filed_when_its_wording_is_nearly_certain() -> None:
    """A school's marks sheet that never calls itself a report card: its cues ("student",
    "teacher", "school") are too weak to file it, but its words are those of community
    papers beyond doubt (WORDED_SURE): it is filed there, saying it was by its wording,
    as sure as AGREED; its labelled date is its date."""
    marks = ("Ramjas Public School\nName of student: Asha\nClass VII Section B\nEnglish 78 "
             "Hindi 81 Mathematics 92 Science 88 Social Science 85\nTerm I Term II\nClass "
             "teacher Principal\nRemarks: Good\nDate: 28/03/2024")
    found = suggest_for_text(marks, today=TODAY)
    assert (found.category, found.confidence) == ("community", AGREED)
    assert found.worded and "worded like papers of its kind (“" in found.reason
    assert found.sure_date == "2024-03-28"
    shorter = suggest_for_text("Ramjas Public School\nstudent Asha\nClass VII teacher",
                               today=TODAY)
    assert shorter.category is None


def test_one_weak_cue_of_a_tab_does_not_outweigh_wording_that_is_nearly_certain() -> None:
    """A Spanish regional fee form: one ordinary cue ("devengo", a pay slip's word) is no
    leaning to a tab, and its words are those of papers of no tab beyond doubt."""
    form = ("MODELO 046 TASAS, PRECIOS PÚBLICOS, SANCIONES, OTROS INGRESOS\nDECLARACIÓN - "
            "LIQUIDACIÓN EN EUROS\nEJEMPLAR PARA LA ADMINISTRACIÓN\nÓRGANO GESTOR: DELEGACIÓN "
            "TERRITORIAL\nFECHA DE DEVENGO\n(A) OBLIGADO AL PAGO  N.I.F.  APELLIDOS Y NOMBRE O "
            "RAZÓN SOCIAL\nA LOS EFECTOS DE NOTIFICACIÓN  DOMICILIO FISCAL\nTIPO VÍA  NOMBRE VÍA "
            "PÚBLICA  MUNICIPIO  PROVINCIA  CÓDIGO POSTAL\n(B) DATOS ESPECÍFICOS  DESCRIPCIÓN\n"
            "IMPORTE TOTAL A INGRESAR  ENTIDAD COLABORADORA  FIRMA Y SELLO\nEl responsable del "
            "tratamiento de sus datos es la Consejería competente; la presentación de este "
            "impreso autoriza su tratamiento.")
    found = suggest_for_text(form, today=TODAY)
    assert (found.category, found.confidence) == ("none", AGREED)
    assert found.worded


def test_new_sets_are_added_to_counts_of_sets_no_longer_at_hand() -> None:
    """``tools/common_words.py --base``: the sets given add to the counts built before;
    a word the earlier sets shared is counted in every new paper that holds it, a new word
    only when the new sets share it as the rule asks (three papers, two sets), and a
    word of one paper (a name) never."""
    from tools.common_words import Paper, count

    base = {"papers": {"medical": 10, "none": 4},
            "words": {"medical": {"clinic": 6}, "none": {"menu": 3}}}

    def paper(folder: str, category: str, text: str) -> Paper:
        return Paper(folder, category, text, "", [])

    papers = [paper("a", "medical", "clinic visit Okonkwo"),
              paper("a", "medical", "visit summary"),
              paper("b", "residence", "visit the office about your lease"),
              paper("b", "none", "menu of the day")]
    counts = count(papers, min_papers=3, min_sets=2, base=base)
    assert counts["papers"] == {"medical": 12, "none": 5, "residence": 1}
    assert counts["words"]["medical"] == {"clinic": 7, "visit": 2}
    assert counts["words"]["residence"] == {"visit": 1}
    assert counts["words"]["none"] == {"menu": 4}
    assert not any("okonkwo" in held or "summary" in held for held in counts["words"].values())
