"""Schema v2 (the assistant's tables) applies on top of an existing v1 data folder."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app.core.assistant.models import Translator
from desktop_app.services import Services
from desktop_app.storage import assistant as store
from desktop_app.storage.db import connect
from desktop_app.storage.schema import MIGRATIONS, SCHEMA_VERSION, _v1


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


def test_suggestions_stored_before_the_wording_rule_read_back_with_no_wording(
        tmp_path: Path) -> None:
    """A version 9 folder's suggestions gain an empty list of wording words; a stored
    value that is not a list of words (damaged or tampered) reads back as none."""
    import sqlite_utils

    path = tmp_path / "evidence.db"
    conn = sqlite3.connect(path, isolation_level=None)
    db = sqlite_utils.Database(conn)
    for migration in MIGRATIONS[:9]:
        migration(db)
    db.execute("PRAGMA user_version = 9")
    db.execute("INSERT INTO cases(name, created_at, updated_at) VALUES ('Ana', 'x', 'x')")
    db.execute("INSERT INTO documents(case_id, title, source_name, kind, sha256, position, "
               "imported_at) VALUES (1, 'Lease', 'lease.pdf', 'pdf', 'ab', 0, 'x')")
    db.execute("INSERT INTO suggestions(document_id, category, confidence, document_type, "
               "learned, created_at) VALUES (1, 'residence', 0.9, 'lease', '[]', 'x')")
    conn.close()

    migrated = connect(path)
    try:
        found = store.get_suggestion(migrated, 1)
        assert found is not None
        assert (found.suggestion.category, found.suggestion.worded) == ("residence", ())
        for damaged in ('{"a": 1}', "not json", '["rent", 3]'):
            migrated.execute("UPDATE suggestions SET worded = ?", [damaged])
            again = store.get_suggestion(migrated, 1)
            assert again is not None
            assert again.suggestion.worded == (("rent",) if "rent" in damaged else ())
    finally:
        migrated.conn.close()
