"""How files rest in the data folder, and where the app reads them from.

A plain folder: files rest as they are and are read in place.

A protected folder (``keys.py``): every file rests sealed (AES-256-GCM, ``core/sealed.py``,
each under its own key) at the same place a plain folder would keep it. To read one, the
app unseals it into this process's *view*: a private folder in memory (``$XDG_RUNTIME_DIR``
or ``/dev/shm``, both tmpfs on Linux) laid out like the data folder. Tesseract, MuPDF and
the worker processes read paths, and paths in the view are what they get; nothing
unsealed is written to the disk (where no memory folder is available, the view falls
back to the data folder's own private ``tmp``, and the docs say so). The view of a
process is removed when it exits, and a dead process's view on the next open.

A file in the view is a copy: what the app makes (a page's reading, a restored file) is
written to rest with ``keep``/``place``, and the view unseals it again when asked.
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import hashlib
import os
import shutil
import signal
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from desktop_app.core import sealed
from desktop_app.core.files import (
    CHUNK,
    alive,
    atomic_writer,
    fsync_dir,
    mark_internal,
    storage_error,
)
from desktop_app.errors import StorageError
from desktop_app.i18n import _
from desktop_app.paths import ensure_private_dir
from desktop_app.storage.protection.keys import DataKeys

# Every file here is sealed in a protected folder: one that is not was put there by
# someone else, and is refused as damaged rather than read.
SEALED_ALWAYS = ("originals", "derived")
MEMORY_NEEDED = 256 << 20  # a memory folder with less free space than this is not used
_views: dict[str, int] = {}  # this process's views -> the pid that made them
_hooks_lock = threading.Lock()


def memory_folder() -> Path | None:
    """A folder in memory only this user can use, or None."""
    for candidate in (os.environ.get("XDG_RUNTIME_DIR"), "/dev/shm"):
        if not candidate or not Path(candidate).is_dir() or not os.access(candidate, os.W_OK):
            continue
        try:
            free = os.statvfs(candidate)
        except OSError:
            continue
        if free.f_bavail * free.f_frsize >= MEMORY_NEEDED:
            return Path(candidate)
    return None


def _own_private_dir(path: Path) -> Path:
    """``ensure_private_dir``, refusing a folder (or a link) someone else planted in a
    shared place such as /dev/shm."""
    ensure_private_dir(path)
    info = path.lstat()
    if path.is_symlink() or info.st_uid != os.getuid():
        raise StorageError(_("{path} is not yours; the app will not unseal files there.")
                           .format(path=path))
    return path


def remove_dead(folder: Path) -> None:
    """Delete the per-process folders in ``folder`` of processes that are gone."""
    for entry in folder.iterdir():
        if entry.name.isdigit() and alive(int(entry.name)):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)


def sweep_dead_views() -> None:
    """Remove the views every process of this user that is gone left in memory (a crash,
    a kill, a power cut leaves none, but a killed process can): run on every open of any
    data folder, so the unsealed copies of a protected folder never wait for that same
    folder to be opened again."""
    for candidate in (os.environ.get("XDG_RUNTIME_DIR"), "/dev/shm"):
        base = Path(candidate or "/nonexistent") / f"evidence-packet-{os.getuid()}"
        try:
            info = base.lstat()
        except OSError:
            continue
        if base.is_symlink() or info.st_uid != os.getuid() or not base.is_dir():
            continue
        for tag in base.iterdir():
            if tag.is_dir() and not tag.is_symlink() and tag.lstat().st_uid == os.getuid():
                remove_dead(tag)
                with contextlib.suppress(OSError):
                    tag.rmdir()  # only when empty


def view_folder(root: Path) -> Path:
    """This process's view of protected folder ``root``."""
    memory = memory_folder()
    if memory is None:
        base = ensure_private_dir(root / "tmp" / str(os.getpid()))
        return ensure_private_dir(base / "view")
    tag = hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:16]
    base = _own_private_dir(_own_private_dir(memory / f"evidence-packet-{os.getuid()}") / tag)
    remove_dead(base)
    view = ensure_private_dir(base / str(os.getpid()))
    with _hooks_lock:
        if str(view) not in _views:
            if not _views:
                atexit.register(remove_views)
                _remove_views_on_terminate()
            _views[str(view)] = os.getpid()
    return view


def remove_views() -> None:
    """Remove the views this process made (at exit, and on SIGTERM)."""
    with _hooks_lock:
        mine = [v for v, pid in _views.items() if pid == os.getpid()]  # not a fork's
    for view in mine:
        shutil.rmtree(view, ignore_errors=True)


def _remove_views_on_terminate() -> None:
    """SIGTERM (a logout, ``kill``) ends the process without ``atexit``: remove the views
    first, then end as SIGTERM would have. Only where nothing else handles SIGTERM, and
    from the main thread (Python's rule). A Qt window must let Python run now and then
    for this to happen while it is idle (``gui/app.py`` does)."""
    if threading.current_thread() is not threading.main_thread():
        return
    with contextlib.suppress(ValueError, OSError, AttributeError):
        if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
            signal.signal(signal.SIGTERM, _terminated)


def _terminated(signum: int, _frame: object) -> None:
    remove_views()
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


def removable(relative: str) -> bool:
    """Whether a case operation may remove ``relative`` (a path inside the data folder):
    ``originals/<xx>/<name>``, ``derived/<page>[/<name>]`` or ``filings/<case>/<name>``
    and nothing else (no other top-level entry, no ``..``, no absolute path)."""
    parts = relative.split("/")
    if any(p in ("", ".", "..") or "\\" in p or "\0" in p for p in parts):
        return False
    return ((parts[0] == "originals" and len(parts) == 3)
            or (parts[0] == "derived" and len(parts) in (2, 3))
            or (parts[0] == "filings" and len(parts) == 3 and parts[1].isdigit()))


def _inside(root: Path, folder: Path) -> bool:
    try:
        folder.resolve().relative_to(root.resolve())
    except (OSError, ValueError):
        return False
    return True


class Vault:
    """Reads and writes the data folder's files, sealed or not."""

    def __init__(self, root: Path, keys: DataKeys | None, *, view: bool = True) -> None:
        self.root = root
        self.keys = keys
        self.view = view_folder(root) if keys is not None and view else root
        if self.view != root:
            mark_internal(self.view, root, memory=not _inside(root, self.view))

    @property
    def sealed(self) -> bool:
        return self.keys is not None

    # --- reading ------------------------------------------------------------------------------

    def reveal(self, relative: str) -> Path:
        """A path to read the file at rest at ``relative`` from (the file itself in a
        plain folder, its unsealed copy in the view otherwise). A missing file gives a
        path that does not exist."""
        rest = self.root / relative
        if self.keys is None:
            return rest
        copy = self.view / relative
        try:
            stamp = rest.stat().st_mtime_ns
        except FileNotFoundError:
            copy.unlink(missing_ok=True)  # gone at rest: gone
            return copy
        with contextlib.suppress(FileNotFoundError):
            if copy.stat().st_mtime_ns == stamp:
                return copy
        if relative.split("/", 1)[0] not in SEALED_ALWAYS:
            with rest.open("rb") as probe:
                if not sealed.is_sealed(probe.read(len(sealed.MAGIC))):
                    # Not one of ours: a file the user saved into the data folder
                    # themselves (an exported packet). Read as it is.
                    return rest
        copy.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".tmp-", dir=copy.parent)
        try:
            with os.fdopen(fd, "wb") as out, rest.open("rb") as inp:
                self._unseal(inp, out)
            os.utime(name, ns=(stamp, stamp))
            Path(name).replace(copy)
        except OSError as exc:
            Path(name).unlink(missing_ok=True)
            if exc.errno == errno.ENOSPC:
                raise StorageError(
                    _("There is not enough free memory to open a stored file: while it "
                      "runs, the app keeps the files it reads from a protected folder in "
                      "memory."),
                    _("Close other programs, or the app's other windows, then try again."),
                ) from exc
            raise storage_error(exc, copy) from exc
        except BaseException:
            Path(name).unlink(missing_ok=True)
            raise
        return copy

    def _unseal(self, inp: BinaryIO, out: BinaryIO) -> None:
        assert self.keys is not None
        try:
            reader = sealed.SealedReader(inp, key=self.keys.files)
            for block in iter(lambda: reader.read(CHUNK), b""):
                out.write(block)
        except sealed.SealError as exc:
            raise StorageError(
                _("A stored file cannot be opened: it is damaged or was changed ({name}).")
                .format(name=Path(getattr(inp, "name", "?")).name),
                _("Run “Check the data folder” to find the case and document it belongs "
                  "to.")) from exc

    @contextlib.contextmanager
    def open(self, relative: str) -> Iterator[BinaryIO]:
        """Read the file at rest at ``relative`` as a stream of its plain bytes (checks
        every chunk of a sealed file; used to re-hash originals without a view copy)."""
        with (self.root / relative).open("rb") as inp:
            if self.keys is None:
                yield inp
                return
            try:
                yield sealed.SealedReader(inp, key=self.keys.files)  # type: ignore[misc]
            except sealed.SealError as exc:
                raise StorageError(_("A stored file is damaged: {name}").format(
                    name=relative)) from exc

    def sha256(self, relative: str) -> str:
        """The SHA-256 of the plain contents of the file at rest at ``relative``."""
        digest = hashlib.sha256()
        with self.open(relative) as inp:
            for block in iter(lambda: inp.read(CHUNK), b""):
                digest.update(block)
        return digest.hexdigest()

    # --- writing ------------------------------------------------------------------------------

    @contextlib.contextmanager
    def writer(self, relative: str, mode: int = 0o600) -> Iterator[BinaryIO]:
        """Write the file at rest at ``relative`` all-or-nothing (sealed when protected)."""
        with atomic_writer(self.root / relative, mode) as out:
            if self.keys is None:
                yield out
                return
            seal = sealed.SealedWriter(out, key=self.keys.files)
            yield seal  # type: ignore[misc]
            seal.close()

    def keep(self, relative: str, source: Path) -> None:
        """Put a copy of ``source`` at rest at ``relative`` (sealed when protected)."""
        if source == self.root / relative:
            return
        try:
            with self.writer(relative) as out, source.open("rb") as inp:
                for block in iter(lambda: inp.read(CHUNK), b""):
                    out.write(block)
        except FileNotFoundError as exc:
            raise storage_error(exc, source) from exc

    def place(self, relative: str, source: Path, mode: int = 0o600) -> Path:
        """Move ``source`` (a file in this process's scratch space) to rest at
        ``relative``: renamed into place in a plain folder, sealed there (and ``source``
        removed) in a protected one. Returns the path at rest."""
        target = self.root / relative
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if self.keys is None:
            source.chmod(mode)
            source.replace(target)
            fsync_dir(target.parent)
        else:
            self.keep(relative, source)
            target.chmod(mode)
            source.unlink(missing_ok=True)
        return target

    def remove(self, relative: str) -> None:
        """Remove the file or folder at ``relative``, at rest and from the view.

        The one place a case operation removes files: only what ``removable`` allows (a
        stored original, a page's derived folder, a kept filing), never the key file, the
        database and its -wal/-shm, the lock, or anything outside the folder, whatever
        the caller was told. Anything else raises ``ValueError``."""
        if not removable(relative):
            raise ValueError(f"refusing to remove {relative!r} from the data folder")
        places = [self.root] + ([self.view] if self.keys is not None else [])
        for place in places:
            target = place / relative
            if not _inside(place, target.parent):
                continue  # a folder on the way is a link out of the data folder
            if target.is_dir() and not target.is_symlink():
                shutil.rmtree(target, ignore_errors=True)
            else:
                target.unlink(missing_ok=True)

    # --- folders of derived files -----------------------------------------------------------

    def folder(self, relative: str, caches: tuple[str, ...] = ()) -> Path:
        """The folder to use for ``relative``: at rest in a plain folder; in the view,
        with every file kept at rest there unsealed, when protected. Files whose names
        start with ``caches`` live in the view only."""
        if self.keys is None:
            return self.root / relative
        rest = self.root / relative
        resting = {e.name for e in rest.iterdir() if e.is_file()} if rest.is_dir() else set()
        for name in resting:
            if not name.startswith(".tmp-"):
                self.reveal(f"{relative}/{name}")
        view = self.view / relative
        if view.is_dir():  # copies of files gone at rest are gone (caches stay)
            for entry in view.iterdir():
                if (entry.is_file() and entry.name not in resting
                        and not entry.name.startswith((".tmp-", *caches))):
                    entry.unlink(missing_ok=True)
        return view

    def keep_folder(self, relative: str, source: Path, skip: tuple[str, ...] = ()) -> None:
        """Make the files directly in ``source`` the ones at rest in ``relative``: each
        written (sealed when protected), ones ``source`` lacks removed. Names starting
        with ``skip`` (caches) are left out. A no-op for a plain folder's own files."""
        rest = self.root / relative
        if source == rest:
            return
        present = {e.name: e for e in source.iterdir() if e.is_file()} if source.is_dir() \
            else {}
        present = {n: e for n, e in present.items() if not n.startswith((".tmp-", *skip))}
        for name, entry in present.items():
            self.keep(f"{relative}/{name}", entry)
        if rest.is_dir():
            for entry in rest.iterdir():
                if (entry.is_file() and entry.name not in present
                        and not entry.name.startswith((".tmp-", *skip))):
                    entry.unlink(missing_ok=True)
