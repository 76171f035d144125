"""Move one case between data folders as one file, a case archive: ``Archives.save`` and
``Archives.restore``.

The archive is a tar stream (originals are already compressed; tar streams, so nothing
is held in memory but one file's buffer)::

    manifest.json        the case's rows, table by table (found from the schema's foreign
                         keys, so tables added later come along), and every file's SHA-256
    manifest.sha256      the SHA-256 of manifest.json (a damaged manifest is caught)
    originals/<sha>      each original the case's documents use (content-addressed)
    derived/<page>/<f>   the pages' text layers and straightened images (not thumbnails:
                         they are caches, drawn again when needed)
    filings/<id>.pdf     the kept copy of each packet filed for the case
                         (``<id>-part<k>.pdf``: Part k of one filed in parts)

With a passphrase the whole tar stream is sealed in 1 MiB chunks with AES-256-GCM under
a scrypt-derived key (``desktop_app.core.sealed``): a 1 GB case needs a few MB of memory.

The archive is written atomically (temp file, fsync, rename): a failure leaves no
partial archive. It carries no path of the computer it was made on.

An archive is untrusted input. A restore reads and checks the whole archive (every
chunk's tag, the manifest against its checksum and the one schema in
``archive_manifest``, every file's size and SHA-256) into a private staging folder before
it changes anything; a wrong passphrase or a damaged or crafted archive changes nothing.
Rows get new ids; every file goes where its row says (never where the archive says);
originals already in the data folder are shared (content-addressed).
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import io
import json
import os
import shutil
import tarfile
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, BinaryIO

from desktop_app import __version__
from desktop_app.core import sealed
from desktop_app.core.files import CHUNK, atomic_path, sha256_file, storage_error
from desktop_app.core.models import Case
from desktop_app.core.statement import renumber
from desktop_app.errors import DamagedFileError, InvalidInputError, NotFoundError, StorageError
from desktop_app.i18n import _
from desktop_app.services.archive_manifest import (
    DERIVED_NAME,
    FORMAT,
    FORMAT_VERSION,
    BadManifest,
    Manifest,
    NewerArchive,
    filing_member,
    read_manifest,
)
from desktop_app.services.library import Library
from desktop_app.services.record_rebuild import renumber_inputs
from desktop_app.storage import record as record_store
from desktop_app.storage import removals
from desktop_app.storage import rows as rows_store
from desktop_app.storage import statements as statement_store
from desktop_app.storage.db import database_errors
from desktop_app.storage.schema import SCHEMA_VERSION

# The manifest is read whole: rows of ~10,000 read pages fit; a bigger one is refused
# before it is parsed (a crafted one could ask for gigabytes of memory).
MAX_MANIFEST = 256 << 20
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ArchiveResult:
    path: Path
    case_id: int
    files: int
    bytes: int
    encrypted: bool


@dataclass(frozen=True)
class _File:
    member: str
    sha256: str
    size: int
    role: str  # original, derived, filing
    source: Path
    page: int | None = None  # derived: the page's id in this data folder
    name: str = ""  # derived: file name


def is_sealed(path: Path) -> bool:
    """Whether the archive at ``path`` needs a passphrase."""
    try:
        with Path(path).open("rb") as fh:
            return sealed.is_sealed(fh.read(len(sealed.MAGIC)))
    except OSError as exc:
        raise _cannot_read(Path(path), exc) from exc


def _cannot_read(path: Path, exc: OSError) -> StorageError:
    return StorageError(_("Cannot read {name}: {error}").format(name=path.name,
                                                               error=exc.strerror or exc),
                        _("Check that the file exists and that you may read it."))


def _encode(value: Any) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):
        return {"$b64": base64.b64encode(bytes(value)).decode()}
    return value


# --- archive --------------------------------------------------------------------------------

# Columns an archive leaves empty: where on this computer a packet was saved is nobody
# else's business (the kept copy travels; its place is worked out from its ids).
_LOCAL_ONLY = {("filings", "exported_to"): "", ("filing_parts", "exported_to"): ""}


class Archives:
    def __init__(self, library: Library) -> None:
        self.library = library
        self.store = library.store
        self.db = library.db

    def _collect(self, case_id: int) -> tuple[dict[str, Any], list[_File]]:
        db = self.db
        tables = rows_store.schema(db)
        rows = rows_store.case_rows(db, tables, case_id)
        if not rows.owned:
            raise NotFoundError(_("There is no case {id}.").format(id=case_id),
                                _("List the cases to see their numbers."))
        archived: dict[str, Any] = {}
        for role, groups in (("owned", rows.owned), ("shared", rows.shared)):
            for name, ids in groups.items():
                table = tables[name]
                fetched = rows_store.fetch(db, table, ids)
                archived[name] = {"role": role, "columns": table.columns, "rows": [
                    [_encode(_LOCAL_ONLY.get((name, c), r[c])) for c in table.columns]
                    for r in fetched]}
        files: list[_File] = []
        for row in archived.get("originals", {}).get("rows", []):
            sha = row[tables["originals"].columns.index("sha256")]
            path = self.store.originals.path(sha)
            if not path.is_file():
                raise StorageError(
                    _("A stored file of this case is missing ({sha}…); the archive was not "
                      "written.").format(sha=sha[:12]),
                    _("Run “Check the data folder” to see which document, then fix it."))
            files.append(_File(f"originals/{sha}", sha, path.stat().st_size, "original", path))
        for page_id in sorted(rows.owned.get("pages", set())):
            folder = self.store.derived_dir(page_id)
            for path in sorted(folder.glob("*")) if folder.is_dir() else []:
                if (path.is_file() and DERIVED_NAME.fullmatch(path.name)
                        and not path.name.startswith("thumb-")):
                    files.append(_File(f"derived/{page_id}/{path.name}", sha256_file(path),
                                       path.stat().st_size, "derived", path, page_id, path.name))
        for filing_id in sorted(rows.owned.get("filings", set())):
            for part in record_store.kept_parts(db, filing_id):
                path = self.store.vault.reveal(part.kept_path)
                if path.is_file():  # a kept copy lost since: the filing can be built again
                    files.append(_File(filing_member(filing_id, part.part), part.sha256,
                                       path.stat().st_size, "filing", path))
        manifest = {
            "format": FORMAT, "version": FORMAT_VERSION, "schema_version": SCHEMA_VERSION,
            "app_version": __version__, "case_id": case_id,
            "created_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "tables": archived,
            "files": [{"member": f.member, "sha256": f.sha256, "size": f.size, "role": f.role,
                       "page": f.page, "name": f.name} for f in files],
        }
        return manifest, files


    def save(self, case_id: int, out: Path, passphrase: str | None = None,
                     progress: Progress | None = None) -> ArchiveResult:
        """Write case ``case_id`` to ``out`` as one archive (sealed with ``passphrase`` when
        given). The original of every file is checked against its SHA-256 on the way."""
        removals.finish(self.store)
        out = Path(out)
        manifest, files = self._collect(case_id)
        manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True).encode()
        total = sum(f.size for f in files)
        done = 0
        with atomic_path(out) as tmp:
            try:
                with tmp.open("wb") as raw:
                    sink: Any = sealed.SealedWriter(raw, passphrase) if passphrase else raw
                    with tarfile.open(fileobj=sink, mode="w|", format=tarfile.PAX_FORMAT) as tar:
                        _add_bytes(tar, "manifest.json", manifest_bytes)
                        _add_bytes(tar, "manifest.sha256",
                                   hashlib.sha256(manifest_bytes).hexdigest().encode())
                        for item in files:
                            if progress:
                                progress(done, total, item.member)
                            info = tarfile.TarInfo(item.member)
                            info.size = item.size
                            info.mode = 0o600
                            with item.source.open("rb") as fh:
                                reader = _HashingReader(fh)
                                tar.addfile(info, reader)
                            if reader.digest.hexdigest() != item.sha256:
                                raise StorageError(
                                    _("A stored file of this case changed while it was archived "
                                      "or is damaged ({name}); the archive was not written.")
                                    .format(name=item.member),
                                    _("Run “Check the data folder”, fix what it finds, then "
                                      "archive again."))
                            done += item.size
                    if passphrase:
                        sink.close()
            except OSError as exc:
                raise storage_error(exc, out) from exc
        if progress:
            progress(total, total, "")
        return ArchiveResult(out, case_id, len(files), out.stat().st_size, bool(passphrase))


    def _stage(self, path: Path, passphrase: str | None, staging: Path,
               progress: Progress | None) -> tuple[Manifest, dict[str, Path]]:
        """Read the whole archive into ``staging``, checking everything (the manifest against
        its checksum and the one schema, each member against its entry); return the manifest
        and each member's staged file. Nothing outside ``staging`` is written."""
        staged: dict[str, Path] = {}
        with _open_stream(path, passphrase) as (stream, reader):
            try:
                with tarfile.open(fileobj=stream, mode="r|") as tar:
                    first = tar.next()
                    if first is None or first.name != "manifest.json" or not first.isreg():
                        raise ValueError("no manifest")
                    manifest_bytes = _read_all(tar.extractfile(first), MAX_MANIFEST)
                    check = tar.next()
                    if check is None or check.name != "manifest.sha256" or not check.isreg():
                        raise ValueError("no manifest checksum")
                    claimed = _read_all(tar.extractfile(check), 64)
                    if hashlib.sha256(manifest_bytes).hexdigest().encode() != claimed:
                        raise ValueError("the manifest fails its checksum")
                    manifest = read_manifest(manifest_bytes, rows_store.schema(self.db),
                                             SCHEMA_VERSION)
                    expected = manifest.files
                    total = sum(f.size for f in expected.values())
                    done = 0
                    while (info := tar.next()) is not None:
                        entry = expected.get(info.name)
                        if entry is None or not info.isreg() or info.name in staged:
                            raise ValueError(f"unexpected member {info.name!r}")
                        if info.size != entry.size:
                            raise ValueError(f"{info.name} is not the size its entry says")
                        target = staging / f"{len(staged) + 1:06d}"
                        _copy_member(tar, info, target, entry.sha256)
                        staged[info.name] = target
                        done += entry.size
                        if progress:
                            progress(done, total, info.name)
                if reader is not None:
                    reader.read_to_end()
            except NewerArchive as exc:
                raise StorageError(_("The archive was made by a newer version of the app "
                                     "({detail}).").format(detail=exc),
                                   _("Update Evidence Packet, then restore it.")) from exc
            except sealed.SealError as exc:
                raise _damaged(path, str(exc)) from exc
            except OSError as exc:
                raise storage_error(exc, staging / "restore") from exc
            except (tarfile.TarError, EOFError, ValueError, KeyError, TypeError, IndexError,
                    OverflowError, UnicodeDecodeError, RecursionError) as exc:
                raise _damaged(path, str(exc) or type(exc).__name__) from exc
            except MemoryError as exc:
                raise StorageError(
                    _("There is not enough free memory to read {name}; nothing was restored.")
                    .format(name=path.name),
                    _("Close other programs, then try again.")) from exc
        missing = set(expected) - set(staged)
        if missing:
            raise _damaged(path, _("{n} file(s) missing").format(n=len(missing)))
        return manifest, staged


    def restore(self, path: Path, passphrase: str | None = None,
                        progress: Progress | None = None) -> Case:
        """Add the case in the archive at ``path`` to this data folder, as a new case.

        Nothing is written outside the data folder's own private staging space until the
        whole archive has been read and checked; then each file goes where its row says
        (an original by its SHA-256, a page's files under the page's new id, a kept filing
        under its case's new id and its number), never where the archive says."""
        removals.finish(self.store)
        path = Path(path)
        staging = Path(tempfile.mkdtemp(prefix="restore-", dir=self.store.tmp))
        added: list[Path] = []
        try:
            manifest, staged = self._stage(path, passphrase, staging, progress)
            schema = rows_store.schema(self.db)

            def then(maps: dict[str, dict[Any, Any]]) -> None:
                self._renumber_filings(maps)
                self._renumber_citations(maps)
                self._place_filings(manifest, staged, maps, added)

            refused: tuple[type[Exception], ...] = (rows_store.UnmappedReference, BadManifest,
                                                    *database_errors())
            try:  # rows the database refuses are found before a file is written
                rows_store.check_rows(self.db, schema, manifest.tables,
                                      then=self._renumber_ids)
                self._place_originals(manifest, staged, added)
                maps = rows_store.insert_rows(self.db, schema, manifest.tables, then=then)
            except refused as exc:
                raise _damaged(path, str(exc)) from exc
            added.clear()  # committed: the files are in use now
            case_id = int(maps["cases"][manifest.case_id])
            self._place_derived(manifest, staged, maps.get("pages", {}))
        except BaseException:
            for leftover in added:
                with contextlib.suppress(OSError):
                    leftover.unlink()
                for folder in (leftover.parent, leftover.parent.parent):  # made for it
                    if folder != self.store.root and folder.name not in ("originals",
                                                                             "filings"):
                        with contextlib.suppress(OSError):
                            folder.rmdir()  # only when empty
            raise
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return self.library.get_case(case_id)


    def _place(self, source: Path, relative: str, mode: int) -> Path:
        """Move ``source`` to rest at ``relative`` (sealed in a protected folder)."""
        return self.store.vault.place(relative, source, mode)


    def _place_originals(self, manifest: Manifest, staged: dict[str, Path],
                         added: list[Path]) -> None:
        """Each original at the place its SHA-256 gives; one already here and sound is
        shared, a damaged one is replaced by the archive's good copy."""
        blobs = self.store.originals
        for entry in manifest.files.values():
            if entry.role != "original":
                continue
            if blobs.has(entry.sha256) and blobs.check(entry.sha256):
                continue
            repaired = blobs.has(entry.sha256)
            at_rest = self.store.root / blobs.relpath(entry.sha256)
            if repaired:
                at_rest.chmod(0o600)
            self._place(staged[entry.member], blobs.relpath(entry.sha256), 0o400)
            if not repaired:  # a repaired file is in use: never taken back
                added.append(at_rest)


    def _place_filings(self, manifest: Manifest, staged: dict[str, Path],
                       maps: dict[str, dict[Any, Any]], added: list[Path]) -> None:
        """Inside the transaction that adds the rows: each kept packet copy at the place the
        restored filing's new ids give, and the filing's row says so."""
        filings = maps.get("filings", {})
        kept = {old: record_store.set_kept_path(self.db, int(new))
                for old, new in filings.items()}
        for entry in manifest.files.values():
            where = kept.get(entry.filing, {}).get(entry.part) if entry.role == "filing" else None
            if where:
                added.append(self._place(staged[entry.member], where, 0o600))


    def _place_derived(self, manifest: Manifest, staged: dict[str, Path],
                       page_map: dict[Any, Any]) -> None:
        """After the commit: each page's text layer and straightened image under the page's
        new id. One that cannot be put back (a full disk) is read again."""
        try:
            for entry in manifest.files.values():
                if entry.role == "derived" and entry.page in page_map:
                    self._place(staged[entry.member],
                           f"derived/{int(page_map[entry.page])}/{entry.name}", 0o600)
        except OSError:
            self.library.requeue_unread()


    def _renumber_ids(self, maps: dict[str, dict[Any, Any]]) -> None:
        self._renumber_filings(maps)
        self._renumber_citations(maps)

    def _renumber_citations(self, maps: dict[str, dict[Any, Any]]) -> None:
        """The statement and the cover letter cite documents by id inside their text:
        the citations follow the ids the restore gave the documents."""
        for new_case in maps.get("cases", {}).values():
            _renumber_citations_of(self.db, int(new_case), maps.get("documents", {}))

    def _renumber_filings(self, maps: dict[str, dict[Any, Any]]) -> None:
        """A filing's record names pages and documents by id inside its JSON: they follow
        the ids the restore gave them (else building the filing again could draw another
        case's pages)."""
        pages_map, documents_map = maps.get("pages", {}), maps.get("documents", {})
        for new_id in maps.get("filings", {}).values():
            try:
                inputs = record_store.filing_inputs(self.db, int(new_id))
                renumbered = renumber_inputs(inputs, pages_map, documents_map)
            except (ValueError, TypeError, KeyError, AttributeError) as exc:
                raise BadManifest("a filing's record is not readable") from exc
            record_store.set_filing_inputs(self.db, int(new_id), renumbered)


def _renumber_citations_of(db: Any, case_id: int, documents_map: dict[Any, Any]) -> None:
    moved = {int(old): int(new) for old, new in documents_map.items()}
    for table, column, rowid, text in statement_store.citing_texts(db, case_id):
        renumbered = renumber(text, moved)
        if renumbered != text:
            statement_store.set_citing_text(db, table, column, rowid, renumbered)


class _HashingReader:
    def __init__(self, fh: BinaryIO) -> None:
        self._fh = fh
        self.digest = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        data = self._fh.read(size)
        self.digest.update(data)
        return data


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o600
    tar.addfile(info, io.BytesIO(data))


# --- restore --------------------------------------------------------------------------------


def _damaged(path: Path, detail: str) -> DamagedFileError:
    return DamagedFileError(
        path, _("the case archive is damaged or incomplete ({detail}); nothing was "
                "restored.").format(detail=detail),
        _("Copy the archive again from where it was made (the whole file), then try again."))


@contextlib.contextmanager
def _open_stream(path: Path, passphrase: str | None) -> Iterator[tuple[IO[bytes], Any]]:
    try:
        raw = path.open("rb")
    except OSError as exc:
        raise _cannot_read(path, exc) from exc
    with raw:
        if sealed.is_sealed(raw.read(len(sealed.MAGIC))):
            raw.seek(0)
            if not passphrase:
                raise InvalidInputError(
                    _("{name} is protected by a passphrase.").format(name=path.name),
                    _("Enter the passphrase that was chosen when the archive was saved."))
            try:
                reader = sealed.SealedReader(raw, passphrase)
            except sealed.WrongPassphrase as exc:
                raise InvalidInputError(
                    _("The passphrase does not open {name}.").format(name=path.name),
                    _("Check it (capital letters count) and try again. A lost passphrase "
                      "cannot be recovered.")) from exc
            except sealed.CostlyHeader as exc:
                raise DamagedFileError(
                    path, _("the archive asks for far more memory and time to check its "
                            "passphrase than Evidence Packet ever uses ({detail}): it was "
                            "changed, or not made by this app; nothing was restored.")
                    .format(detail=exc),
                    _("Ask whoever made it for the archive again.")) from exc
            except sealed.SealError as exc:
                raise _damaged(path, str(exc)) from exc
            yield reader, reader  # type: ignore[misc]
        else:
            raw.seek(0)
            yield raw, None


def _read_all(member: IO[bytes] | None, limit: int) -> bytes:
    if member is None:
        raise ValueError("not a file")
    data = member.read(limit + 1)
    if len(data) > limit:
        raise ValueError("too large")
    return bytes(data)


def _copy_member(tar: tarfile.TarFile, info: tarfile.TarInfo, target: Path,
                 sha256: str) -> None:
    """Copy one member to ``target`` (a new file in the staging folder), checking its
    SHA-256 on the way."""
    source = tar.extractfile(info)
    if source is None:
        raise ValueError(f"unreadable member {info.name!r}")
    digest = hashlib.sha256()
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0),
                 0o600)
    with os.fdopen(fd, "wb") as out:
        for block in iter(lambda: source.read(CHUNK), b""):
            digest.update(block)
            out.write(block)
        out.flush()
        os.fsync(out.fileno())
    if digest.hexdigest() != sha256:
        raise ValueError(f"{info.name} fails its checksum")












