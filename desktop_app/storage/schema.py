"""The database schema, as ordered migrations keyed on ``PRAGMA user_version``.

Migration N brings a database from version N-1 to N. Never edit a released migration;
add a new one at the end.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import sqlite_utils

BUILTIN_TABS = (
    ("residence", "Residence"),
    ("employment", "Employment"),
    ("medical", "Medical"),
    ("community", "Community"),
)


def run_script(db: sqlite_utils.Database, script: str) -> None:
    """Run several statements inside the caller's transaction.

    ``sqlite3.executescript`` (and so sqlite-utils' ``enable_fts``) commits first, which
    would make a migration half-applied after a crash; this runs one statement at a time.
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement: {statement!r}")


def _v1(db: sqlite_utils.Database) -> None:
    run_script(
        db,
        """
        CREATE TABLE cases (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            a_number TEXT NOT NULL DEFAULT '',
            date_of_birth TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            representative TEXT NOT NULL DEFAULT '',
            relief TEXT NOT NULL DEFAULT '',
            key_factors TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE tabs (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            title TEXT NOT NULL,
            builtin INTEGER NOT NULL DEFAULT 0,
            position INTEGER NOT NULL,
            UNIQUE (case_id, key)
        );
        CREATE TABLE originals (
            sha256 TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            kind TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            sha256 TEXT NOT NULL REFERENCES originals(sha256),
            working_sha256 TEXT REFERENCES originals(sha256),
            source_name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('pdf', 'image')),
            title TEXT NOT NULL,
            tab_id INTEGER REFERENCES tabs(id) ON DELETE SET NULL,
            position INTEGER NOT NULL,
            doc_date TEXT,
            language TEXT,
            imported_at TEXT NOT NULL,
            UNIQUE (case_id, sha256)
        );
        CREATE INDEX documents_case ON documents(case_id, tab_id, position);
        CREATE TABLE pages (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            source_index INTEGER NOT NULL,
            width REAL NOT NULL,
            height REAL NOT NULL,
            native_text INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'processing', 'done', 'failed')),
            error TEXT,
            rotation_auto INTEGER NOT NULL DEFAULT 0,
            rotation_user INTEGER NOT NULL DEFAULT 0,
            skew REAL NOT NULL DEFAULT 0,
            cleaned INTEGER NOT NULL DEFAULT 0,
            excluded INTEGER NOT NULL DEFAULT 0,
            confidence REAL,
            text TEXT NOT NULL DEFAULT '',
            words TEXT,
            ocr_languages TEXT,
            UNIQUE (document_id, source_index)
        );
        CREATE INDEX pages_status ON pages(status);
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        -- Full-text search over page text, kept current by triggers (an external-content
        -- index without them goes stale). Diacritics folded: "Hernandez" finds "Hernández".
        CREATE VIRTUAL TABLE pages_fts USING fts5(
            text, content='pages', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER pages_ai AFTER INSERT ON pages BEGIN
            INSERT INTO pages_fts(rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER pages_ad AFTER DELETE ON pages BEGIN
            INSERT INTO pages_fts(pages_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;
        CREATE TRIGGER pages_au AFTER UPDATE OF text ON pages BEGIN
            INSERT INTO pages_fts(pages_fts, rowid, text) VALUES ('delete', old.id, old.text);
            INSERT INTO pages_fts(rowid, text) VALUES (new.id, new.text);
        END;
        """,
    )


def _v2(db: sqlite_utils.Database) -> None:
    """The evidence assistant: its suggestions, what it learned from the user, which
    document translates which, and the translator who certifies the translations.

    What it learned from a document (its word counts) goes when the document goes: a
    removed paper leaves nothing of its text behind."""
    run_script(
        db,
        """
        CREATE TABLE suggestions (
            document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            category TEXT,
            confidence REAL NOT NULL,
            best_guess TEXT,
            evidence TEXT NOT NULL DEFAULT '[]',
            document_type TEXT NOT NULL,
            doc_date TEXT,
            date_confidence REAL NOT NULL DEFAULT 0,
            date_evidence TEXT NOT NULL DEFAULT '',
            language TEXT,
            language_confidence REAL NOT NULL DEFAULT 0,
            title TEXT NOT NULL DEFAULT '',
            learned TEXT NOT NULL DEFAULT '[]',
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted')),
            created_at TEXT NOT NULL
        );
        CREATE TABLE assistant_examples (
            id INTEGER PRIMARY KEY,
            document_id INTEGER UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
            category TEXT NOT NULL,
            document_type TEXT NOT NULL DEFAULT '',
            words TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE translations (
            translation_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            original_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            CHECK (translation_id != original_id)
        );
        CREATE INDEX translations_original ON translations(original_id);
        CREATE TABLE translators (
            case_id INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            address TEXT NOT NULL DEFAULT '',
            statement TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        );
        """,
    )


def _v3(db: sqlite_utils.Database) -> None:
    """Review (issue 5): dismissed findings, the case's review settings, the date the
    applicant says they came to the US, and page facts the review caches by page id.

    Currency windows are kept per case: what counts as current depends on the case (a
    clinic prepares requests for different reliefs and filing dates at once); a case
    without its own row uses the built-in defaults."""
    run_script(
        db,
        """
        ALTER TABLE cases ADD COLUMN in_us_since TEXT NOT NULL DEFAULT '';
        CREATE TABLE review_dismissals (
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            reason TEXT NOT NULL,
            dismissed_at TEXT NOT NULL,
            PRIMARY KEY (case_id, key)
        );
        CREATE TABLE review_settings (
            case_id INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
            medical_months INTEGER NOT NULL,
            pay_stub_months INTEGER NOT NULL
        );
        CREATE TABLE page_facts (
            page_id INTEGER PRIMARY KEY REFERENCES pages(id) ON DELETE CASCADE,
            rotation INTEGER NOT NULL,
            dhash TEXT,
            ink REAL,
            mean REAL,
            pixel_dpi REAL,
            image_dpi REAL
        );
        """,
    )


def _v4(db: sqlite_utils.Database) -> None:
    """Record (issue 5): filings, deadlines, correspondence.

    A filing keeps what was sent even after the case changes: its exhibit rows keep the
    exhibit's title, date and pages, and name the document by a foreign key that becomes
    NULL when the document is removed (the record stays intact; an archive restored into
    another data folder renumbers it with the documents), and ``inputs`` holds the plan
    it was built from, as JSON, to build it again. A document's ``role`` says whether it
    is evidence or correspondence (a notice or letter received); correspondence stays out
    of the packet unless ``include_in_packet``."""
    run_script(
        db,
        """
        CREATE TABLE filings (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            filed_on TEXT NOT NULL,
            purpose TEXT NOT NULL
                CHECK (purpose IN ('initial', 'rfe-response', 'supplement')),
            note TEXT NOT NULL DEFAULT '',
            sha256 TEXT NOT NULL,
            page_count INTEGER NOT NULL,
            kept_path TEXT NOT NULL,
            exported_to TEXT NOT NULL DEFAULT '',
            continues INTEGER NOT NULL DEFAULT 0,
            inputs TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (case_id, number)
        );
        CREATE TABLE filing_exhibits (
            filing_id INTEGER NOT NULL REFERENCES filings(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            exhibit_id TEXT NOT NULL,
            tab_key TEXT NOT NULL,
            tab_letter TEXT NOT NULL,
            document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
            title TEXT NOT NULL,
            doc_date TEXT,
            first_page INTEGER NOT NULL,
            last_page INTEGER NOT NULL,
            PRIMARY KEY (filing_id, position)
        );
        CREATE INDEX filing_exhibits_document ON filing_exhibits(document_id);
        CREATE TABLE deadlines (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            due_on TEXT NOT NULL,
            what TEXT NOT NULL,
            done INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        );
        CREATE INDEX deadlines_due ON deadlines(done, due_on);
        ALTER TABLE documents ADD COLUMN role TEXT NOT NULL DEFAULT 'exhibit'
            CHECK (role IN ('exhibit', 'correspondence'));
        ALTER TABLE documents ADD COLUMN include_in_packet INTEGER NOT NULL DEFAULT 1;
        """,
    )


def _v5(db: sqlite_utils.Database) -> None:
    """Redaction (issue 6): areas and patterns to remove from the packet.

    An area is a rectangle in fractions (0..1) of its page turned upright but before the
    user's own turn (``rotation_user``), so turning the page later keeps it on the same
    words. A pattern (``ssn``, ``account``, ``account-near``, ``dob`` or ``regex`` with
    its expression in ``value``) is switched on for the whole case."""
    run_script(
        db,
        """
        CREATE TABLE redaction_areas (
            id INTEGER PRIMARY KEY,
            page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
            x0 REAL NOT NULL CHECK (x0 >= 0 AND x0 <= 1),
            y0 REAL NOT NULL CHECK (y0 >= 0 AND y0 <= 1),
            x1 REAL NOT NULL CHECK (x1 >= 0 AND x1 <= 1),
            y1 REAL NOT NULL CHECK (y1 >= 0 AND y1 <= 1),
            created_at TEXT NOT NULL,
            CHECK (x0 < x1 AND y0 < y1)
        );
        CREATE INDEX redaction_areas_page ON redaction_areas(page_id);
        CREATE TABLE redaction_patterns (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            kind TEXT NOT NULL
                CHECK (kind IN ('ssn', 'account', 'account-near', 'dob', 'regex')),
            value TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            UNIQUE (case_id, kind, value)
        );
        """,
    )


def _v6(db: sqlite_utils.Database) -> None:
    """Filing for a destination (issue 12): a packet written in parts (a portal's size
    limit) keeps one row per part file, each with its checksum and kept copy (the
    filing's own ``sha256`` and ``kept_path`` are Part 1's); the translator's phone
    number, which the EOIR Practice Manual asks for on the certificate."""
    run_script(
        db,
        """
        CREATE TABLE filing_parts (
            filing_id INTEGER NOT NULL REFERENCES filings(id) ON DELETE CASCADE,
            part INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            bytes INTEGER NOT NULL,
            pages INTEGER NOT NULL,
            first_page INTEGER NOT NULL,
            kept_path TEXT NOT NULL,
            exported_to TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (filing_id, part)
        );
        ALTER TABLE translators ADD COLUMN phone TEXT NOT NULL DEFAULT '';
        """,
    )


def _v7(db: sqlite_utils.Database) -> None:
    """Phone photos (issue 11): the page's outline in its photo, found by processing
    (``crop_auto``) or set by the user (``crop_user``, used when ``crop_by_user``; NULL
    there means the whole image), and pages that look blank.

    An outline is JSON ``[[x, y], ...]``: the corners top-left, top-right, bottom-right,
    bottom-left of the page as it reads, in pixels of the image as displayed (points for
    a PDF page); NULL is the whole image."""
    run_script(
        db,
        """
        ALTER TABLE pages ADD COLUMN crop_auto TEXT;
        ALTER TABLE pages ADD COLUMN crop_user TEXT;
        ALTER TABLE pages ADD COLUMN crop_by_user INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE pages ADD COLUMN blank INTEGER NOT NULL DEFAULT 0;
        """,
    )


def _v8(db: sqlite_utils.Database) -> None:
    """Files that could not be added (issue 14), kept per case until added or dismissed,
    so the window still says after a restart that an encrypted PDF is missing."""
    run_script(
        db,
        """
        CREATE TABLE not_added (
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            path TEXT NOT NULL,
            reason TEXT NOT NULL,
            code TEXT NOT NULL DEFAULT '',
            failed_at TEXT NOT NULL,
            PRIMARY KEY (case_id, path)
        );
        """,
    )


def _v9(db: sqlite_utils.Database) -> None:
    """The written parts of the request (issue 16): the applicant's statement (one row
    per case, one row per section; the text keeps citations as ``[[doc:ID]]``, see
    ``core.statement``; ``english`` is a section's English translation when the
    statement is written in Spanish), the cover letter, and the signing and service
    details the packet prints. Each is optional and remembered per case."""
    run_script(
        db,
        """
        CREATE TABLE statements (
            case_id INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
            language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'es')),
            reads_english INTEGER NOT NULL DEFAULT 1 CHECK (reads_english IN (0, 1)),
            translator TEXT NOT NULL DEFAULT '',
            translator_address TEXT NOT NULL DEFAULT '',
            translator_phone TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        );
        CREATE TABLE statement_sections (
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            english TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (case_id, key)
        );
        CREATE TABLE cover_letters (
            case_id INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
            enabled INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
            recipient TEXT NOT NULL DEFAULT 'opla'
                CHECK (recipient IN ('opla', 'field_office', 'court')),
            office TEXT NOT NULL DEFAULT '',
            office_address TEXT NOT NULL DEFAULT '',
            hearing_date TEXT NOT NULL DEFAULT '',
            relief TEXT NOT NULL DEFAULT '',
            favourable TEXT NOT NULL DEFAULT '',
            unfavourable TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        );
        CREATE TABLE signatures (
            case_id INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
            name TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT 'self' CHECK (role IN ('self', 'representative')),
            signed_on TEXT NOT NULL DEFAULT '',
            representative_details TEXT NOT NULL DEFAULT '',
            service_method TEXT NOT NULL DEFAULT 'none'
                CHECK (service_method IN ('none', 'ecas', 'mail', 'hand')),
            served_on TEXT NOT NULL DEFAULT '',
            service_date TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        );
        """,
    )


def _v10(db: sqlite_utils.Database) -> None:
    """A suggestion also keeps the words that made its paper read like its tab's papers
    (``suggest.AGREE``), to say why it was filed."""
    run_script(db, "ALTER TABLE suggestions ADD COLUMN worded TEXT NOT NULL DEFAULT '[]';")


def _v11(db: sqlite_utils.Database) -> None:
    """A PDF form left blank: how many fields it has to fill in, none of them filled in
    (0: anything was filled in, or it is no form; see ``core.pdfs.PdfInfo``)."""
    run_script(db, "ALTER TABLE documents ADD COLUMN empty_fields INTEGER NOT NULL DEFAULT 0;")


def _v12(db: sqlite_utils.Database) -> None:
    """A page's places to fill in ("Name:"), left empty and filled (``core.form_slots``):
    a form left blank is no evidence. Pages read before stay 0 and 0 (nothing known)."""
    run_script(db, """
        ALTER TABLE pages ADD COLUMN form_empty INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE pages ADD COLUMN form_filled INTEGER NOT NULL DEFAULT 0;
    """)


MIGRATIONS: tuple[Callable[[sqlite_utils.Database], None], ...] = (
    _v1, _v2, _v3, _v4, _v5, _v6, _v7, _v8, _v9, _v10, _v11, _v12)
SCHEMA_VERSION = len(MIGRATIONS)
