"""The one schema a case archive's manifest must meet before anything of it is used.

An archive is untrusted input: it may come from anyone. ``read_manifest`` checks every
part of the manifest against this data folder's schema and returns it only when all of
it holds; otherwise it raises ``BadManifest`` (the archive is refused as damaged, with
nothing written). What it checks:

- the format and its version; the schema version (a newer one: ``NewerArchive``);
- every table is one a case owns (found from the foreign keys, starting at ``cases``)
  or one its rows point at (``originals``), in that role; its columns are unique names
  and every row has one plain value (number, text, null, or ``{"$b64": ...}`` bytes)
  per column; one ``cases`` row, the archive's case;
- every SHA-256 is 64 lowercase hexadecimal digits; every row that points at a row kept
  by content (a document at its original) points at one the archive carries;
- every file entry has exactly the known keys, a role from a fixed set and a member name
  of the one form that role allows: ``originals/<sha>`` for an originals row,
  ``derived/<page id>/<file name>`` for a page of the case, ``filings/<filing id>.pdf``
  (or ``filings/<filing id>-part<k>.pdf`` for Part k of a packet filed in parts) for a
  filing of the case (whose recorded SHA-256 it must have); no entry twice, no row with
  two files;
- every recorded checksum of a filing (and of each of its parts) is a SHA-256;
- the written parts hold what the app stores: statement sections under known keys,
  texts within their length limits and free of control characters (line breaks
  aside), known languages, recipients, roles and ways of service (``_check_written``).
  Citations inside the texts name documents by their id in the archive; the restore
  renumbers them with the documents, and one naming a document the archive does not
  carry becomes plain text (it can never point at another case's document).

File names are never paths: where each file goes is worked out from the row it belongs
to (a SHA-256, a page id, a filing's case and number), never read from the archive.
Archives of format version 1 named kept filings by their path (role ``data``); such an
entry is taken only as the kept copy of the filing whose SHA-256 it has.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import re
from dataclasses import dataclass
from typing import Any, Literal

from desktop_app.core.statement import (
    LANGUAGES,
    MAX_ADDRESS_CHARS,
    MAX_SECTION_CHARS,
    SECTION_KEYS,
)
from desktop_app.storage import rows as rows_store

FORMAT = "evidence-packet-case-archive"
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)
ROLES = ("original", "derived", "filing")
MAX_FILE_SIZE = 1 << 40
SHA256 = re.compile(r"[0-9a-f]{64}")
# A derived file's name: one plain component (text layer, straightened image, ...).
DERIVED_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")
_FILING_MEMBER = re.compile(r"filings/([0-9]{1,18})(?:-part([1-9][0-9]{0,3}))?\.pdf")
_OLD_DATA_NAME = re.compile(r"filings(/[A-Za-z0-9][A-Za-z0-9_.-]{0,199}){1,3}")
_ENTRY_KEYS = {"member", "sha256", "size", "role", "page", "name"}
_INT64 = 1 << 63


class BadManifest(ValueError):
    """The manifest breaks the schema (the archive is damaged, or was crafted)."""


class NewerArchive(BadManifest):
    """Made by a newer version of the app, with data this one does not know."""


@dataclass(frozen=True)
class FileEntry:
    member: str
    sha256: str
    size: int
    role: Literal["original", "derived", "filing"]
    page: int | None = None  # derived: the page's id in the archive
    name: str = ""  # derived: the file's name
    filing: int | None = None  # filing: the filing's id in the archive
    part: int = 1  # filing: which part of it (1 for a packet in one file)


def filing_member(filing_id: int, part: int) -> str:
    """The archive member of Part ``part`` of filing ``filing_id``."""
    return f"filings/{int(filing_id)}.pdf" if part == 1 else \
        f"filings/{int(filing_id)}-part{int(part)}.pdf"


@dataclass(frozen=True)
class Manifest:
    case_id: int
    schema_version: int
    tables: dict[str, dict[str, Any]]  # {"role", "columns", "rows"}, values decoded
    files: dict[str, FileEntry]  # by member name


def _fail(detail: str) -> BadManifest:
    return BadManifest(detail)


def case_tables(schema: dict[str, rows_store.Table]) -> tuple[set[str], set[str]]:
    """(tables a case owns, tables its rows point at without owning them)."""
    owned = {rows_store.ROOT}
    grew = True
    while grew:
        grew = False
        for table in schema.values():
            if table.name not in owned and any(fk.parent in owned for fk in table.fks):
                owned.add(table.name)
                grew = True
    shared: set[str] = set()
    frontier = set(owned)
    while frontier:
        parents = {fk.parent for name in frontier for fk in schema[name].fks} - owned - shared
        shared |= parents
        frontier = parents
    return owned, shared


def read_manifest(data: bytes, schema: dict[str, rows_store.Table],
                  schema_version: int) -> Manifest:
    """The manifest in ``data``, checked against ``schema`` (see the module's note)."""
    try:
        raw = json.loads(data, parse_constant=_no_constant)
    except (ValueError, RecursionError) as exc:
        raise _fail("the manifest is not readable") from exc
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise _fail("not a case archive")
    version = raw.get("version")
    if type(version) is not int or version not in READABLE_VERSIONS:
        raise NewerArchive("a newer archive format") if type(version) is int and (
            version > FORMAT_VERSION) else _fail("unknown archive format")
    made_with = raw.get("schema_version")
    if type(made_with) is not int or made_with < 1:
        raise _fail("no schema version")
    if made_with > schema_version:
        raise NewerArchive("made by a newer version of the app")
    case_id = raw.get("case_id")
    if type(case_id) is not int:
        raise _fail("no case")
    tables = _tables(raw.get("tables"), schema, case_id)
    files = _files(raw.get("files"), tables, version)
    return Manifest(case_id, made_with, tables, files)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a value")


# --- tables -------------------------------------------------------------------------------


def _tables(raw: Any, schema: dict[str, rows_store.Table],
            case_id: int) -> dict[str, dict[str, Any]]:
    if not isinstance(raw, dict):
        raise _fail("no tables")
    unknown = sorted(str(name) for name in raw if name not in schema)
    if unknown:
        raise NewerArchive("tables this version does not know: " + ", ".join(unknown))
    owned, shared = case_tables(schema)
    tables: dict[str, dict[str, Any]] = {}
    for name, entry in raw.items():
        role = "owned" if name in owned else "shared" if name in shared else None
        if role is None or not isinstance(entry, dict) or entry.get("role") != role:
            raise _fail(f"table {name} is not part of a case")
        columns = entry.get("columns")
        if (not isinstance(columns, list) or not columns
                or not all(isinstance(c, str) for c in columns)
                or len(set(columns)) != len(columns)):
            raise _fail(f"bad columns in {name}")
        rows = entry.get("rows")
        if not isinstance(rows, list):
            raise _fail(f"bad rows in {name}")
        decoded = [_row(name, columns, row) for row in rows]
        tables[name] = {"role": role, "columns": columns, "rows": decoded}
    cases = tables.get(rows_store.ROOT)
    if cases is None or len(cases["rows"]) != 1 or _value(cases, 0, "id") != case_id:
        raise _fail("the case's own row is missing")
    _check_keys(tables, schema)
    _check_written(tables)
    return tables


def _row(name: str, columns: list[str], row: Any) -> list[Any]:
    if not isinstance(row, list) or len(row) != len(columns):
        raise _fail(f"a row of {name} does not fit its columns")
    return [_cell(name, v) for v in row]


def _cell(name: str, value: Any) -> Any:
    if value is None or isinstance(value, str):
        return value
    if type(value) is int:
        if not -_INT64 <= value < _INT64:
            raise _fail(f"a number in {name} is out of range")
        return value
    if type(value) is float:
        if not math.isfinite(value):
            raise _fail(f"a number in {name} is not finite")
        return value
    if isinstance(value, dict) and set(value) == {"$b64"} and isinstance(value["$b64"], str):
        try:
            return base64.b64decode(value["$b64"], validate=True)
        except binascii.Error as exc:
            raise _fail(f"bad bytes in {name}") from exc
    raise _fail(f"a value of {name} is not a plain value")


def _value(entry: dict[str, Any], index: int, column: str) -> Any:
    try:
        return entry["rows"][index][entry["columns"].index(column)]
    except (ValueError, IndexError):
        return None


def _column(entry: dict[str, Any], column: str) -> list[Any]:
    if column not in entry["columns"]:
        return []
    at = entry["columns"].index(column)
    return [row[at] for row in entry["rows"]]


def _check_keys(tables: dict[str, dict[str, Any]],
                schema: dict[str, rows_store.Table]) -> None:
    """Keys are what they claim: row ids are whole numbers, each once; originals are
    named by SHA-256; what the case's rows point at by content is in the archive."""
    for name, entry in tables.items():
        table = schema[name]
        pk = table.rowid_pk
        if pk is not None:
            if pk not in entry["columns"]:
                raise _fail(f"{name} rows have no id")
            ids = _column(entry, pk)
            if not all(type(i) is int for i in ids) or len(set(ids)) != len(ids):
                raise _fail(f"bad ids in {name}")
    if "originals" in tables:
        shas = _column(tables["originals"], "sha256")
        if not all(isinstance(s, str) and SHA256.fullmatch(s) for s in shas):
            raise _fail("an original is not named by its SHA-256")
    for name in ("filings", "filing_parts"):
        shas = _column(tables.get(name, {"columns": [], "rows": []}), "sha256")
        if not all(isinstance(s, str) and SHA256.fullmatch(s) for s in shas):
            raise _fail(f"a checksum in {name} is not a SHA-256")
    for name, entry in tables.items():
        if entry["role"] == "owned":
            for fk in schema[name].fks:
                _check_reference(name, entry, fk, tables, schema)


def _check_reference(name: str, entry: dict[str, Any], fk: rows_store.ForeignKey,
                     tables: dict[str, dict[str, Any]],
                     schema: dict[str, rows_store.Table]) -> None:
    """A reference by row id is renumbered on the way in (one to a row the archive lacks
    is refused then); one by content (a SHA-256) must name a row the archive carries."""
    parent = schema[fk.parent]
    if parent.rowid_pk is not None and fk.parent_columns == (parent.rowid_pk,):
        return
    pointing = {tuple(row[entry["columns"].index(c)] if c in entry["columns"] else None
                      for c in fk.columns) for row in entry["rows"]}
    pointing = {key for key in pointing if any(v is not None for v in key)}
    if not pointing:
        return
    held_entry = tables.get(fk.parent)
    held = set() if held_entry is None else {
        tuple(row[held_entry["columns"].index(c)] if c in held_entry["columns"] else None
              for c in fk.parent_columns) for row in held_entry["rows"]}
    if pointing - held:
        raise _fail(f"{name} points at {fk.parent} rows the archive lacks")


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_WRITTEN_CHOICES = {
    ("statements", "language"): LANGUAGES,
    ("statements", "reads_english"): (0, 1),
    ("statement_sections", "key"): SECTION_KEYS,
    ("cover_letters", "enabled"): (0, 1),
    ("cover_letters", "recipient"): ("opla", "field_office", "court"),
    ("signatures", "role"): ("self", "representative"),
    ("signatures", "service_method"): ("none", "ecas", "mail", "hand"),
}
_LONG_TEXT = {("statement_sections", "text"), ("statement_sections", "english"),
              ("cover_letters", "favourable"), ("cover_letters", "unfavourable")}
_WRITTEN = ("statements", "statement_sections", "cover_letters", "signatures")


def _check_written(tables: dict[str, dict[str, Any]]) -> None:
    """The statement, cover letter and signing rows: known choices, texts as the app
    keeps them."""
    for name in _WRITTEN:
        entry = tables.get(name)
        if entry is None:
            continue
        for column in entry["columns"]:
            allowed = _WRITTEN_CHOICES.get((name, column))
            values = _column(entry, column)
            if allowed is not None:
                if not all(v in allowed for v in values):
                    raise _fail(f"a value of {name}.{column} is not one the app knows")
                continue
            if column in ("case_id",):
                continue
            limit = MAX_SECTION_CHARS if (name, column) in _LONG_TEXT else MAX_ADDRESS_CHARS
            for value in values:
                if not isinstance(value, str) or len(value) > limit or _CONTROL.search(value):
                    raise _fail(f"a text of {name}.{column} is not one the app stores")
    sections = tables.get("statement_sections")
    if sections is not None:
        keys = [(c, k) for c, k in zip(_column(sections, "case_id"), _column(sections, "key"),
                                       strict=True)]
        if len(set(keys)) != len(keys):
            raise _fail("a statement section is there twice")


# --- files ---------------------------------------------------------------------------------


def _files(raw: Any, tables: dict[str, dict[str, Any]], version: int) -> dict[str, FileEntry]:
    if not isinstance(raw, list):
        raise _fail("no list of files")
    pages = set(_column(tables.get("pages", {"columns": [], "rows": []}), "id"))
    filings = tables.get("filings", {"columns": [], "rows": []})
    filing_sha: dict[tuple[Any, int], Any] = {
        (fid, 1): sha for fid, sha in zip(_column(filings, "id"), _column(filings, "sha256"),
                                          strict=True)}
    parts = tables.get("filing_parts", {"columns": [], "rows": []})
    for fid, part, sha in zip(_column(parts, "filing_id"), _column(parts, "part"),
                              _column(parts, "sha256"), strict=True):
        if type(part) is int:
            filing_sha[(fid, part)] = sha
    originals = set(_column(tables.get("originals", {"columns": [], "rows": []}), "sha256"))
    files: dict[str, FileEntry] = {}
    claimed: set[tuple[Any, ...]] = set()
    for item in raw:
        entry = _entry(item, pages, filing_sha, originals, version)
        key: tuple[Any, ...] = {"original": (entry.sha256,),
                                "derived": (entry.page, entry.name),
                                "filing": (entry.filing, entry.part)}[entry.role]
        if entry.member in files or (entry.role, *key) in claimed:
            raise _fail(f"{entry.member} is listed twice")
        files[entry.member] = entry
        claimed.add((entry.role, *key))
    if {("original", sha) for sha in originals} - claimed:
        raise _fail("an original has no file")
    return files


def _entry(item: Any, pages: set[Any], filing_sha: dict[tuple[Any, int], Any],
           originals: set[Any], version: int) -> FileEntry:
    if not isinstance(item, dict) or set(item) != _ENTRY_KEYS:
        raise _fail("a file entry has unknown parts")
    member, sha, size, role = item["member"], item["sha256"], item["size"], item["role"]
    page, name = item["page"], item["name"]
    if not isinstance(member, str) or not isinstance(sha, str) or not SHA256.fullmatch(sha):
        raise _fail("a file is not named by its SHA-256")
    if type(size) is not int or not 0 <= size <= MAX_FILE_SIZE:
        raise _fail(f"{member} has a bad size")
    if not isinstance(name, str) or not (page is None or type(page) is int):
        raise _fail(f"{member} has a bad name")
    if role == "original" and member == f"originals/{sha}" and page is None and not name \
            and sha in originals:
        return FileEntry(member, sha, size, "original")
    if (role == "derived" and type(page) is int and page in pages
            and DERIVED_NAME.fullmatch(name) and not name.startswith("thumb-")
            and member == f"derived/{page}/{name}"):
        return FileEntry(member, sha, size, "derived", page=page, name=name)
    found = _FILING_MEMBER.fullmatch(member)
    part = int(found.group(2) or 1) if found else 1
    if role == "filing" and found and page is None and not name and (
            filing_sha.get((int(found.group(1)), part)) == sha):
        return FileEntry(member, sha, size, "filing", filing=int(found.group(1)), part=part)
    if (role == "data" and version == 1 and page is None and member == f"data/{name}"
            and _OLD_DATA_NAME.fullmatch(name) and ".." not in name.split("/")):
        owners = [fid for (fid, part), fsha in filing_sha.items() if fsha == sha and part == 1]
        if len(owners) == 1:
            return FileEntry(member, sha, size, "filing", filing=owners[0])
    raise _fail(f"unexpected file {member!r}")
