"""Move one case between data folders as one file: ``archive_case`` and ``restore_archive``.

The archive is a tar stream (originals are already compressed; tar streams, so nothing
is held in memory but one file's buffer)::

    manifest.json      the case's rows, table by table (found from the schema's foreign
                       keys, so tables added later come along), and every file's SHA-256
    manifest.sha256    the SHA-256 of manifest.json (a damaged manifest is caught)
    originals/<sha>    each original the case's documents use (content-addressed)
    derived/<page>/<f> the pages' text layers and straightened images (not thumbnails:
                       they are caches, drawn again when needed)
    data/<path>        other files the rows name (kept filings), by their path

With a passphrase the whole tar stream is sealed in 1 MiB chunks with AES-256-GCM under
a scrypt-derived key (``desktop_app.core.sealed``): a 1 GB case needs a few MB of memory.

The archive is written atomically (temp file, fsync, rename): a failure leaves no
partial archive. A restore reads and checks the whole archive (every chunk's tag, every
file's SHA-256, the manifest's) into a private staging folder before it changes anything;
a wrong passphrase or a damaged archive changes nothing. Rows get new ids; originals
already in the data folder are shared (content-addressed).
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
from desktop_app.errors import DamagedFileError, InvalidInputError, NotFoundError, StorageError
from desktop_app.i18n import _
from desktop_app.services.facade import Services
from desktop_app.storage import archive as rows_store
from desktop_app.storage.schema import SCHEMA_VERSION

FORMAT = "evidence-packet-case-archive"
FORMAT_VERSION = 1
MAX_MANIFEST = 1 << 30
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
    role: str  # original, derived, data
    source: Path
    page: int | None = None  # derived: the page's id in this data folder
    name: str = ""  # derived: file name; data: path relative to the data folder


def archive_is_sealed(path: Path) -> bool:
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


def _decode(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {"$b64"}:
        return base64.b64decode(value["$b64"])
    return value


# --- archive --------------------------------------------------------------------------------


def _collect(services: Services, case_id: int) -> tuple[dict[str, Any], list[_File]]:
    from desktop_app.services.trust import named_files

    db = services.db
    tables = rows_store.schema(db)
    rows = rows_store.case_rows(db, tables, case_id)
    if not rows.owned:
        raise NotFoundError(_("There is no case {id}.").format(id=case_id),
                            _("List the cases to see their numbers."))
    archived: dict[str, Any] = {}
    values: list[Any] = []
    for role, groups in (("owned", rows.owned), ("shared", rows.shared)):
        for name, ids in groups.items():
            table = tables[name]
            fetched = rows_store.fetch(db, table, ids)
            archived[name] = {"role": role, "columns": table.columns,
                              "rows": [[_encode(r[c]) for c in table.columns] for r in fetched]}
            if role == "owned":
                values += [v for r in fetched for k, v in r.items() if k != "__rowid__"]
    files: list[_File] = []
    for row in archived.get("originals", {}).get("rows", []):
        sha = row[tables["originals"].columns.index("sha256")]
        path = services.store.originals.path(sha)
        if not path.is_file():
            raise StorageError(
                _("A stored file of this case is missing ({sha}…); the archive was not "
                  "written.").format(sha=sha[:12]),
                _("Run “Check the data folder” to see which document, then fix it."))
        files.append(_File(f"originals/{sha}", sha, path.stat().st_size, "original", path))
    for page_id in sorted(rows.owned.get("pages", set())):
        folder = services.store.derived_dir(page_id)
        for path in sorted(folder.glob("*")) if folder.is_dir() else []:
            if path.is_file() and not path.name.startswith(("thumb-", ".tmp-")):
                files.append(_File(f"derived/{page_id}/{path.name}", sha256_file(path),
                                   path.stat().st_size, "derived", path, page_id, path.name))
    for relative in named_files(services.store.root, values):
        path = services.store.vault.reveal(relative)
        files.append(_File(f"data/{relative}", sha256_file(path), path.stat().st_size,
                           "data", path, name=relative))
    manifest = {
        "format": FORMAT, "version": FORMAT_VERSION, "schema_version": SCHEMA_VERSION,
        "app_version": __version__, "case_id": case_id, "root": str(services.store.root),
        "created_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "tables": archived,
        "files": [{"member": f.member, "sha256": f.sha256, "size": f.size, "role": f.role,
                   "page": f.page, "name": f.name} for f in files],
    }
    return manifest, files


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


def archive_case(services: Services, case_id: int, out: Path, passphrase: str | None = None,
                 progress: Progress | None = None) -> ArchiveResult:
    """Write case ``case_id`` to ``out`` as one archive (sealed with ``passphrase`` when
    given). The original of every file is checked against its SHA-256 on the way."""
    from desktop_app.services.trust import finish_pending_removals

    finish_pending_removals(services)
    out = Path(out)
    manifest, files = _collect(services, case_id)
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


def _stage(path: Path, passphrase: str | None, staging: Path,
           progress: Progress | None) -> tuple[dict[str, Any], dict[str, Path]]:
    """Read the whole archive into ``staging``, checking everything; return the manifest
    and each member's staged file."""
    staged: dict[str, Path] = {}
    with _open_stream(path, passphrase) as (stream, reader):
        try:
            with tarfile.open(fileobj=stream, mode="r|") as tar:
                first = tar.next()
                if first is None or first.name != "manifest.json" or not first.isfile():
                    raise ValueError("no manifest")
                manifest_bytes = _read_all(tar.extractfile(first), MAX_MANIFEST)
                check = tar.next()
                if check is None or check.name != "manifest.sha256":
                    raise ValueError("no manifest checksum")
                claimed = _read_all(tar.extractfile(check), 64).decode()
                if hashlib.sha256(manifest_bytes).hexdigest() != claimed:
                    raise ValueError("the manifest fails its checksum")
                manifest = json.loads(manifest_bytes)
                if manifest.get("format") != FORMAT:
                    raise ValueError("not a case archive")
                expected = {f["member"]: f for f in manifest["files"]}
                total = sum(int(f["size"]) for f in manifest["files"])
                done = 0
                number = 0
                while (info := tar.next()) is not None:
                    number += 1
                    entry = expected.get(info.name)
                    if entry is None or not info.isfile() or info.name in staged:
                        raise ValueError(f"unexpected member {info.name!r}")
                    source = tar.extractfile(info)
                    if source is None:
                        raise ValueError(f"unreadable member {info.name!r}")
                    target = staging / f"{number:06d}"
                    digest = hashlib.sha256()
                    size = 0
                    with target.open("wb") as out:
                        for block in iter(lambda s=source: s.read(CHUNK), b""):  # type: ignore[misc]
                            digest.update(block)
                            size += len(block)
                            out.write(block)
                        out.flush()
                        os.fsync(out.fileno())
                    if digest.hexdigest() != entry["sha256"] or size != int(entry["size"]):
                        raise ValueError(f"{info.name} fails its checksum")
                    staged[info.name] = target
                    done += size
                    if progress:
                        progress(done, total, info.name)
            if reader is not None:
                reader.read_to_end()
        except sealed.SealError as exc:
            raise _damaged(path, str(exc)) from exc
        except OSError as exc:
            raise storage_error(exc, staging / "restore") from exc
        except (tarfile.TarError, EOFError, ValueError, KeyError, TypeError,
                UnicodeDecodeError) as exc:
            raise _damaged(path, str(exc) or type(exc).__name__) from exc
    missing = set(expected) - set(staged)
    if missing:
        raise _damaged(path, _("{n} file(s) missing").format(n=len(missing)))
    return manifest, staged


def _place(services: Services, source: Path, relative: str, mode: int) -> Path:
    """Move ``source`` to rest at ``relative`` (sealed in a protected folder)."""
    return services.store.vault.place(relative, source, mode)


def restore_archive(services: Services, path: Path, passphrase: str | None = None,
                    progress: Progress | None = None) -> Case:
    """Add the case in the archive at ``path`` to this data folder, as a new case."""
    from desktop_app.services.trust import finish_pending_removals

    finish_pending_removals(services)
    path = Path(path)
    staging = Path(tempfile.mkdtemp(prefix="restore-", dir=services.store.tmp))
    added: list[Path] = []
    try:
        manifest, staged = _stage(path, passphrase, staging, progress)
        if int(manifest.get("schema_version", 0)) > SCHEMA_VERSION:
            raise StorageError(_("The archive was made by a newer version of the app."),
                               _("Update Evidence Packet, then restore it."))
        blobs = services.store.originals
        files = manifest["files"]
        for entry in files:
            if entry["role"] != "original":
                continue
            sha = entry["sha256"]
            if blobs.has(sha) and blobs.check(sha):
                continue
            repaired = blobs.has(sha)  # damaged here: the archive's good copy replaces it
            at_rest = services.store.root / blobs.relpath(sha)
            if repaired:
                at_rest.chmod(0o600)
            _place(services, staged[entry["member"]], blobs.relpath(sha), 0o400)
            if not repaired:  # a repaired file is in use: never taken back
                added.append(at_rest)
        tables = manifest["tables"]
        renames = _place_data_files(services, files, staged, added,
                                    str(manifest.get("root", "")))
        for entry in tables.values():
            entry["rows"] = [[_rename(_decode(v), renames) for v in row]
                             for row in entry["rows"]]
        schema = rows_store.schema(services.db)
        unknown = sorted(set(tables) - set(schema))
        if unknown:
            raise StorageError(
                _("The archive holds data this version of the app does not know ({names})."
                  ).format(names=", ".join(unknown)),
                _("Update Evidence Packet, then restore it."))
        try:
            maps = rows_store.insert_rows(services.db, schema, tables,
                                          then=lambda maps: _renumber_filings(services, maps))
        except rows_store.UnmappedReference as exc:
            raise _damaged(path, str(exc)) from exc
        added.clear()  # committed: the files are in use now
        case_id = int(maps["cases"][manifest["case_id"]])
        page_map = maps.get("pages", {})
        try:
            for entry in files:
                if entry["role"] == "derived" and entry["page"] in page_map:
                    page = int(page_map[entry["page"]])
                    _place(services, staged[entry["member"]],
                           f"derived/{page}/{Path(entry['name']).name}", 0o600)
        except OSError:
            # The case is in; a page whose reading could not be put back is read again.
            from desktop_app.services.trust import requeue_unread

            requeue_unread(services)
    except BaseException:
        for leftover in added:
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return services.get_case(case_id)


def _renumber_filings(services: Services, maps: dict[str, dict[Any, Any]]) -> None:
    """A filing's record names pages and documents by id inside its JSON: they follow
    the ids the restore gave them (else building the filing again could draw another
    case's pages)."""
    from desktop_app.services.record import renumber_inputs
    from desktop_app.storage import record as record_store

    pages_map, documents_map = maps.get("pages", {}), maps.get("documents", {})
    for new_id in maps.get("filings", {}).values():
        inputs = record_store.filing_inputs(services.db, int(new_id))
        record_store.set_filing_inputs(services.db, int(new_id),
                                       renumber_inputs(inputs, pages_map, documents_map))


def _rename(value: Any, renames: dict[str, str]) -> Any:
    return renames.get(value, value) if isinstance(value, str) and renames else value


def _place_data_files(services: Services, files: list[dict[str, Any]],
                      staged: dict[str, Path], added: list[Path],
                      old_root: str) -> dict[str, str]:
    """Put the files the rows name (kept filings) in place; a different file already at
    the same path keeps its place and the restored one takes a new name (the rows that
    name it are changed to match). Returns old name → new name."""
    root = services.store.root
    renames: dict[str, str] = {}
    for entry in files:
        if entry["role"] != "data":
            continue
        relative = Path(entry["name"])
        if relative.is_absolute() or ".." in relative.parts:
            continue
        target = root / relative
        number = 1
        while target.exists():  # another case's file: each case keeps its own
            target = root / relative.with_name(f"{relative.stem}-{number}{relative.suffix}")
            number += 1
        new = target.relative_to(root).as_posix()
        _place(services, staged[entry["member"]], new, 0o600)
        added.append(target)
        if new != relative.as_posix():
            renames[relative.as_posix()] = new
        if old_root:  # rows that name the file by its full path follow it to this folder
            renames[str(Path(old_root) / relative)] = str(target)
    return renames
