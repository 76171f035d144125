"""Crash-safe file writing and hashing."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from desktop_app.errors import StorageError
from desktop_app.i18n import _

CHUNK = 1 << 20


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


class NotRegularFile(OSError):
    """A FIFO, a device, a socket or a folder where a file was expected."""


class FileTooLarge(OSError):
    """A file over the size the caller accepts."""


def open_regular(path: Path, max_bytes: int | None = None) -> BinaryIO:
    """Open ``path`` for reading, only if it is a regular file (of at most ``max_bytes``).

    ``stat`` first: a FIFO, a device or a socket is never opened (reading a FIFO with no
    writer, or /dev/zero, never ends; opening some devices has effects of its own). Then
    the file is opened with ``O_NONBLOCK`` (opening cannot wait) and what was opened is
    checked again, in case the name was swapped in between."""
    _check_regular(path, Path(path).stat(), max_bytes)
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(
        os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        _check_regular(path, os.fstat(fd), max_bytes)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _check_regular(path: Path, info: os.stat_result, max_bytes: int | None) -> None:
    if not stat.S_ISREG(info.st_mode):
        raise NotRegularFile(f"not a regular file: {path}")
    if max_bytes is not None and info.st_size > max_bytes:
        raise FileTooLarge(f"larger than {max_bytes} bytes: {path}")


def sha256_regular(path: Path, max_bytes: int | None = None) -> str:
    """``sha256_file`` for a file that must be regular (see ``open_regular``)."""
    digest = hashlib.sha256()
    with open_regular(path, max_bytes) as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def fsync_dir(path: Path) -> None:
    """Make a rename in ``path`` durable (a no-op where directories cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


_INTERNAL: dict[str, tuple[Path, bool]] = {}  # folder -> (data folder to name, in memory)


def mark_internal(folder: Path, shown_as: Path | None = None, *, memory: bool = False) -> None:
    """Files under ``folder`` are the app's own (a data folder, its view in memory): an
    error writing one names the data folder ``shown_as`` (default ``folder``), never the
    file, whose name means nothing to a person (a checksum, a staging number)."""
    for form in {str(Path(folder).absolute()), str(Path(folder).resolve())}:
        _INTERNAL[form] = (Path(shown_as or folder), memory)


def _internal(path: Path) -> tuple[Path, bool] | None:
    text = str(Path(path).absolute())
    for folder, found in _INTERNAL.items():
        if text == folder or text.startswith(folder.rstrip("/") + "/"):
            return found
    return None


def storage_error(exc: OSError, path: Path) -> StorageError:
    """Turn an OS error while writing ``path`` into a message a person can act on."""
    inside = _internal(path)
    if inside is not None:
        return _internal_error(exc, *inside)
    if exc.errno == errno.ENOSPC:
        return StorageError(
            _("The disk is full; {name} was not saved.").format(name=path.name),
            _("Free some space, then try again. Nothing already saved was lost."),
        )
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StorageError(
            _("Cannot write to {folder}: it is read-only or not yours.").format(
                folder=path.parent
            ),
            _("Choose a data folder you can write to, or fix its permissions."),
        )
    return StorageError(_("Could not save {name}: {error}").format(name=path.name, error=exc))


def _internal_error(exc: OSError, folder: Path, memory: bool) -> StorageError:
    if exc.errno == errno.ENOSPC and memory:
        return StorageError(
            _("There is not enough free memory for the files the app keeps open from the "
              "protected data folder {folder}; the change was not saved.").format(
                folder=folder),
            _("Close other programs, or the app's other windows, then try again."))
    if exc.errno == errno.ENOSPC:
        return StorageError(
            _("The disk is full; the change to the data folder {folder} was not saved.")
            .format(folder=folder),
            _("Free some space, then try again. Nothing already saved was lost."))
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StorageError(
            _("Cannot write to {folder}: it is read-only or not yours.").format(folder=folder),
            _("Choose a data folder you can write to, or fix its permissions."))
    return StorageError(
        _("Could not save a change to the data folder {folder}: {error}").format(
            folder=folder, error=exc.strerror or type(exc).__name__))


def alive(pid: int) -> bool:
    """Whether process ``pid`` is running (one of another user counts as running)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_temps(folder: Path) -> int:
    """Remove the half-written files (``atomic_path``'s, named ``.tmp-<pid>-…``) that a
    process of this app killed mid-write left in ``folder``; returns how many."""
    removed = 0
    with contextlib.suppress(OSError):
        for entry in folder.glob(".tmp-*-*"):
            pid = entry.name.split("-")[1]
            if pid.isdigit() and int(pid) != os.getpid() and not alive(int(pid)):
                with contextlib.suppress(OSError):
                    entry.unlink()
                    removed += 1
    return removed


@contextlib.contextmanager
def atomic_path(path: Path, mode: int = 0o600) -> Iterator[Path]:
    """Write ``path`` all-or-nothing: yields a temp path in the same folder for the caller
    to write (MuPDF saves fastest to a name); then fsync, rename, fsync the folder. On any
    error the temp file is removed and ``path`` is as it was."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Named by this process, so that what a kill leaves can be told and removed.
        fd, name = tempfile.mkstemp(prefix=f".tmp-{os.getpid()}-", dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise storage_error(exc, path) from exc
    tmp = Path(name)
    try:
        yield tmp
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        tmp.chmod(mode)
        tmp.replace(path)
        fsync_dir(path.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise storage_error(exc, path) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def atomic_writer(path: Path, mode: int = 0o600) -> Iterator[BinaryIO]:
    """``atomic_path`` for writers that want an open file."""
    with atomic_path(path, mode) as tmp, tmp.open("wb") as fh:
        yield fh


def atomic_write_bytes(path: Path, data: bytes, mode: int = 0o600) -> None:
    with atomic_writer(path, mode) as fh:
        fh.write(data)


def atomic_copy(src: Path, dest: Path, mode: int = 0o600) -> None:
    with atomic_writer(dest, mode) as out, src.open("rb") as inp:
        for block in iter(lambda: inp.read(CHUNK), b""):
            out.write(block)
