"""Schema v2 (the assistant's tables) applies on top of an existing v1 data folder."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app.core.assistant.models import Translator
from desktop_app.services import Services
from desktop_app.storage import assistant as store
from desktop_app.storage.db import connect
from desktop_app.storage.schema import SCHEMA_VERSION, _v1


def test_a_version_1_folder_is_migrated_and_keeps_its_cases(tmp_path: Path) -> None:
    path = tmp_path / "evidence.db"
    conn = sqlite3.connect(path, isolation_level=None)
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    _v1(db)
    db.execute("INSERT INTO cases(name, created_at, updated_at) VALUES ('Ana', 'x', 'x')")
    db.execute("PRAGMA user_version = 1")
    conn.close()

    migrated = connect(path)
    assert migrated.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 2
    assert migrated.execute("SELECT name FROM cases").fetchall() == [("Ana",)]
    store.set_translator(migrated, 1, Translator("Luis Pérez", "1 Main St", "I am fluent."))
    assert store.get_translator(migrated, 1) == Translator("Luis Pérez", "1 Main St",
                                                          "I am fluent.")
    migrated.conn.close()


def test_removing_a_document_removes_its_suggestion_and_pairing(services: Services,
                                                                 tmp_path: Path) -> None:
    from tests import make

    case = services.create_case(name="Ana")
    one = make.text_pdf(tmp_path / "carta.pdf", ["Carta de apoyo. Conozco a Ana desde hace "
                                                 "diez años; es miembro de la iglesia."])
    two = make.text_pdf(tmp_path / "letter.pdf", ["Letter of support. I have known Ana for "
                                                  "ten years; she is a church member."])
    first, second = (o.document_id for o in services.import_files(case.id, [one, two]))
    assert first is not None and second is not None
    services.assistant.suggest_ready_documents(case.id)
    services.assistant.pair_translation(case.id, second, first)
    services.assistant.accept(case.id, first, category="community")
    assert services.assistant.learned_model().examples == 1
    services.remove_document(case.id, first)
    assert services.assistant.translations(case.id) == {}
    assert store.get_suggestion(services.db, first) is None
    assert services.assistant.learned_model().examples == 0  # its words are gone too
