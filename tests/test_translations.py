"""The Spanish interface: compiled catalogues that load, a window whose menus read in
Spanish, core messages in Spanish, and translations that keep every placeholder.

The catalogues are built by ``packaging/update-translations.sh``; these tests read what it
wrote (sources in ``resources/``, compiled files in ``desktop_app/assets/``).
"""

from __future__ import annotations

import gettext
import importlib.util
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from desktop_app.core.assistant.knowledge import DOCUMENT_TYPES
from desktop_app.gui.app import create_window
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.type_names import type_label, type_names
from desktop_app.i18n import _, set_language
from desktop_app.services import Services
from tests import make
from tests.conftest import write_packet
from tests.make import text_pdf

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "evidence_packet_es.ts"
PO = ROOT / "resources" / "locale" / "es" / "LC_MESSAGES" / "evidence_packet.po"
ASSETS = resources.files("desktop_app") / "assets"
QM = ASSETS / "translations" / "evidence_packet_es.qm"
MO = ASSETS / "locale" / "es" / "LC_MESSAGES" / "evidence_packet.mo"

BRACE = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|\{\}")
PERCENT = re.compile(r"%L?n|%\d+")
TAG = re.compile(r"</?(?:a|b|br|i|p|span|u)\b[^>]*>", re.IGNORECASE)
# The .po comment of strings printed in the packet (see packaging/extract_messages.py).
PACKET = "packet: printed in the packet filed with USCIS; stays in English"


def _tool() -> ModuleType:
    """packaging/extract_messages.py, for its .po reader."""
    spec = importlib.util.spec_from_file_location(
        "extract_messages", ROOT / "packaging" / "extract_messages.py")
    assert spec is not None and spec.loader is not None
    module = sys.modules.get(spec.name) or importlib.util.module_from_spec(spec)
    if spec.name not in sys.modules:
        sys.modules[spec.name] = module  # its dataclasses look their module up there
        spec.loader.exec_module(module)
    return module


def _placeholders(text: str) -> list[str]:
    return sorted(BRACE.findall(text) + PERCENT.findall(text)
                  + [t.lower() for t in TAG.findall(text)])


def _live(message: ET.Element) -> bool:
    """Not a translation kept only for a string the code no longer has."""
    t = message.find("translation")
    return t is None or t.get("type") not in ("vanished", "obsolete")


def _ts_messages() -> list[tuple[str, ET.Element]]:
    root = ET.parse(TS).getroot()
    return [(ctx.findtext("name") or "", m) for ctx in root.findall("context")
            for m in ctx.findall("message") if _live(m)]


def _forms(message: ET.Element) -> list[str]:
    t = message.find("translation")
    if t is None:
        return []
    if message.get("numerus") == "yes":
        return [f.text or "" for f in t.findall("numerusform")]
    return [t.text or ""]


@pytest.fixture
def spanish(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The user's language is Spanish; afterwards the app is English again, for the
    tests that follow."""
    before = QLocale()
    monkeypatch.setenv("LANGUAGE", "es")
    QLocale.setDefault(QLocale("es"))
    try:
        yield
    finally:
        app = QApplication.instance()
        for name in ("_evidence_translator", "_qt_translator"):
            translator = getattr(app, name, None)
            if app is not None and translator is not None:
                app.removeTranslator(translator)
                delattr(app, name)
        QLocale.setDefault(before)
        set_language("en")


@pytest.fixture
def spanish_window(spanish: None, qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    window = create_window(tmp_path / "data")
    window.show()
    qtbot.waitUntil(window.is_settled, timeout=20_000)
    try:
        yield window
    finally:
        window.close()
        window.deleteLater()


def test_compiled_catalogues_exist_and_load() -> None:
    assert QM.is_file(), "run packaging/update-translations.sh"
    assert MO.is_file(), "run packaging/update-translations.sh"
    translator = QTranslator()
    assert translator.load(str(QM))
    assert translator.translate("WindowActions", "&Case") == "&Caso"
    with MO.open("rb") as fh:
        catalogue = gettext.GNUTranslations(fh)
    assert catalogue.gettext("There is no case {id}.") == "No existe el caso {id}."


def test_every_document_type_is_named_in_the_window_and_in_spanish(qapp: QApplication) -> None:
    """The assistant's suggestion names the paper's type ("Pay stub"); a Spanish user
    reads "Talón de pago". The window's table covers every type the assistant knows,
    and the exhibit title the packet prints keeps the English name."""
    english = {t.key: t.label for t in DOCUMENT_TYPES}
    assert set(type_names()) == set(english)
    assert all(type_names()[key] == label for key, label in english.items())
    translator = QTranslator()
    assert translator.load(str(QM))
    qapp.installTranslator(translator)
    try:
        assert type_label("pay_stub") == "Talón de pago"
        assert type_label("no-such-type") == "Otro"
        untranslated = [key for key, name in type_names().items() if name == english[key]]
        assert untranslated == []
    finally:
        qapp.removeTranslator(translator)
    assert type_label("pay_stub") == "Pay stub"


def test_window_menus_read_in_spanish(spanish_window: MainWindow) -> None:
    menus = [a.text() for a in spanish_window.menuBar().actions()]
    assert menus[:2] == ["&Caso", "&Editar"]
    assert "A&yuda" in menus or "&Ayuda" in menus
    assert spanish_window.actions_.export.text() == "&Exportar el paquete…"
    assert spanish_window.actions_.new_case.toolTip() == "Empezar un caso para otro solicitante"
    # Strings of the parts translated with self.tr (their class is the context) too.
    assert spanish_window.assistant_ui.accept_action.text() == "&Aceptar la sugerencia"


def _accelerator(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _clashes(menu: QMenu) -> list[str]:
    seen: dict[str, str] = {}
    clashes = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        key = _accelerator(action.text())
        if key is not None and key in seen:
            clashes.append(f"{menu.title()}: {seen[key]!r} and {action.text()!r}")
        elif key is not None:
            seen[key] = action.text()
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            clashes += _clashes(submenu)
    return clashes


def test_spanish_menus_have_no_clashing_accelerators(spanish_window: MainWindow) -> None:
    bar = spanish_window.menuBar()
    top = [_accelerator(a.text()) for a in bar.actions()]
    assert len(top) == len(set(top)), top
    menus = [a.menu() for a in bar.actions()]
    clashes = [c for m in menus if isinstance(m, QMenu) for c in _clashes(m)]
    assert clashes == []


def test_core_messages_in_spanish_and_english_again_after() -> None:
    try:
        set_language("es")
        assert _("There is no case {id}.") == "No existe el caso {id}."
        assert _("A tab needs a name.") == "Una pestaña necesita un nombre."
        # What is printed in the packet is filed with USCIS: it stays English.
        assert _("Index of Exhibits") == "Index of Exhibits"
        assert _("Certificate of Translation") == "Certificate of Translation"
    finally:
        set_language("en")
    assert _("There is no case {id}.") == "There is no case {id}."


def test_counts_agree_with_their_noun_in_spanish_on_the_command_line(
        tmp_path: Path) -> None:
    """"1 página", "2 páginas" — never "1 páginas" (gettext plural forms, compiled by our
    own catalogue tool): importing a one-page and a two-page file in Spanish."""
    one = make.save_image(make.page_image(["Lease"]), tmp_path / "lease.png")
    two = make.scanned_pdf(tmp_path / "scan.pdf", [make.page_image(["A"]),
                                                   make.page_image(["B"])])
    env = {**os.environ, "LANGUAGE": "es"}
    data = tmp_path / "data"

    def cli(*args: str) -> str:
        done = subprocess.run([sys.executable, "-m", "desktop_app.cli", "--data-dir", str(data),
                               *args], capture_output=True, text=True, env=env, check=True)
        return done.stdout

    cli("case", "create", "--name", "Rosa")
    out = cli("import", "--case", "1", str(one), str(two))
    assert "(1 página)" in out and "(2 páginas)" in out, out
    assert "1 páginas" not in out


def test_packet_stays_in_english_when_the_interface_is_spanish(
        services: Services, tmp_path: Path) -> None:
    import pymupdf

    case = services.create_case(name="María López", relief="deferred action")
    services.import_files(case.id, [text_pdf(tmp_path / "lease.pdf", ["RESIDENTIAL LEASE"])])
    services.process(case.id)
    (doc,) = services.list_documents(case.id)
    services.tag(case.id, doc.id, "residence")
    services.set_date(case.id, doc.id, "2016-05-01")
    try:
        set_language("es")
        assert _("There is no case {id}.") == "No existe el caso {id}."  # really Spanish
        result = write_packet(services, case.id, tmp_path / "packet.pdf")
    finally:
        set_language("en")
    with pymupdf.open(result.path) as pdf:
        text = " ".join(page.get_text() for page in pdf)
    for english in ("Request for Deferred Action", "Index of Exhibits", "Tab A", "Residence",
                    "May 1, 2016", "Page 1 of"):
        assert english in text
    assert "Índice" not in text and "Anexo" not in text and "Página" not in text


def test_every_qt_translation_keeps_its_placeholders() -> None:
    wrong = []
    for context, message in _ts_messages():
        source = message.findtext("source") or ""
        # Unfinished ones are the next test's business.
        for form in filter(None, _forms(message)):
            keeps = _placeholders(form) == _placeholders(source)
            # A plural form may say "one" in words instead of %n.
            drops_n = _placeholders(form) == [p for p in _placeholders(source) if p != "%n"]
            if not (keeps or drops_n):
                wrong.append(f"{context}: {source!r} -> {form!r}")
    assert wrong == []


def test_every_gettext_translation_keeps_its_placeholders() -> None:
    _header, entries = _tool().read_po(PO)
    wrong = [f"{e.msgid!r} -> {form!r}" for e in entries if not e.obsolete
             for form in e.translations
             if form and _placeholders(form) != _placeholders(e.msgid)]
    assert wrong == []


def test_no_unfinished_or_empty_qt_translation() -> None:
    unfinished = []
    for context, message in _ts_messages():
        t = message.find("translation")
        forms = _forms(message)
        if (t is None or t.get("type") == "unfinished" or not forms
                or not all(f.strip() for f in forms)):
            unfinished.append(f"{context}: {message.findtext('source')!r}")
        if message.get("numerus") == "yes":
            assert len(forms) == 2, message.findtext("source")  # Spanish: one, other
    assert unfinished == []


def test_no_empty_gettext_translation_except_packet_text() -> None:
    tool = _tool()
    _header, entries = tool.read_po(PO)
    live = [e for e in entries if not e.obsolete]
    assert len(live) > 300
    untranslated = [e.msgid for e in live
                    if PACKET not in e.comments and (not e.translated or "fuzzy" in e.flags)]
    assert untranslated == []
    # Packet text is left untranslated on purpose, so gettext returns the English.
    translated_packet = [e.msgid for e in live if PACKET in e.comments and any(e.translations)]
    assert translated_packet == []
    # Counted messages have both Spanish forms (one, other).
    assert all(len(e.forms) == 2 for e in live if e.plural)


def test_translator_is_found_for_latin_american_locales(qapp: QApplication) -> None:
    # The app loads from importlib.resources, as an installed or frozen app would.
    assert QCoreApplication.instance() is qapp
    translator = QTranslator()
    assert translator.load(QLocale("es_MX"), "evidence_packet", "_",
                           str(ASSETS / "translations"))
    assert translator.translate("WindowActions", "&Export packet…") == "&Exportar el paquete…"


def test_qt_own_buttons_are_in_spanish_too(spanish_window: MainWindow) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert (save.text().replace("&", ""), cancel.text().replace("&", "")) == (
        "Guardar", "Cancelar")


def test_a_date_typed_in_the_spanish_board_is_day_first(
        spanish_window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    """A Spanish-speaking user types 03/04/2021 in the date column: 3 April, not March 4;
    a date the board cannot read says how to write it, in Spanish, day first."""
    from tests.gui.conftest import digital, drop, message_boxes, titles
    from tests.gui.test_board import doc_index

    w = spanish_window
    drop(w, [digital(tmp_path / "in" / "contrato.pdf", ["contrato de arrendamiento " * 20])])
    qtbot.waitUntil(lambda: len(titles(w, "")) == 1, timeout=20_000)
    assert w.cases.form is not None
    w.cases.form.reject()
    qtbot.waitUntil(w.is_settled, timeout=10_000)
    cell = doc_index(w, titles(w, "")[0]).siblingAtColumn(2)
    assert w.board_model.setData(cell, "03/04/2021")
    qtbot.waitUntil(lambda: doc_index(w, titles(w, "")[0]).siblingAtColumn(2).data()
                    == "2021-04-03", timeout=10_000)
    qtbot.waitUntil(w.is_settled, timeout=10_000)
    with qtbot.waitSignal(w.messageShown, timeout=10_000) as shown:
        assert w.board_model.setData(doc_index(w, titles(w, "")[0]).siblingAtColumn(2),
                                     "31/31/2021")
    assert "12/05/2023 (día/mes/año)" in shown.args[0]
    for box in message_boxes():
        box.close()
