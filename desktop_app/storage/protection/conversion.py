"""Turning a plain data folder into a protected one, crash-safely.

1. Everything is written sealed into ``<data>/protecting/`` with the same layout: the
   database through SQLCipher's ``sqlcipher_export``, every original (under its new
   name), every derived file and every other file the rows name (kept packets).
2. ``key.json`` is written (atomically): the commit point.
3. Each entry of ``protecting/`` replaces its plain counterpart; then the plain leftovers
   (logs, caches) go.

A crash before 2 leaves the plain folder as it was (``recover`` deletes ``protecting/``
on the next open); a crash after 2 is finished by ``recover`` on the next open. Nothing
else may use the folder meanwhile (``services.protection`` checks).
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path

from desktop_app.core.files import atomic_write_bytes, fsync_dir
from desktop_app.paths import ensure_private_dir
from desktop_app.storage.db import open_connection, sqlcipher
from desktop_app.storage.protection import keys
from desktop_app.storage.protection.vault import Vault

STAGING = "protecting"
DATABASE = "evidence.db"
# Left where they are (the database is exported, scratch space is per process) or
# removed without being sealed (logs may name files; caches are made again).
_NOT_SEALED = {DATABASE, f"{DATABASE}-wal", f"{DATABASE}-shm", "tmp", "processing.lock",
               keys.KEY_FILE, STAGING, "logs"}
_SHA = re.compile(r"^[0-9a-f]{64}$")

Progress = Callable[[int, int, str], None]


def recover(root: Path) -> None:
    """Finish (key written) or undo (no key) a protection a crash cut short."""
    staging = root / STAGING
    if not staging.is_dir():
        return
    if keys.is_protected(root):
        _swap_in(root)
    else:
        shutil.rmtree(staging, ignore_errors=True)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)


def _swap_in(root: Path) -> None:
    staging = root / STAGING
    for entry in sorted(staging.iterdir()):
        target = root / entry.name
        if entry.name == DATABASE:
            # The plain database was checkpointed before it was exported: its -wal holds
            # nothing, and it must not be replayed into the sealed one.
            for side in (f"{DATABASE}-wal", f"{DATABASE}-shm"):
                (root / side).unlink(missing_ok=True)
        elif target.exists():
            _remove(target)
        entry.replace(target)
        fsync_dir(root)
    _remove(root / "logs")
    shutil.rmtree(staging)
    fsync_dir(root)


def _files_to_seal(root: Path) -> list[tuple[Path, str]]:
    """(file, where it rests in the protected folder, before renaming originals)."""
    found: list[tuple[Path, str]] = []
    for top in sorted(root.iterdir()):
        if top.name in _NOT_SEALED or top.is_symlink():
            continue
        if top.is_file():
            found.append((top, top.name))
            continue
        for path in sorted(top.rglob("*")):
            relative = path.relative_to(root)
            if not path.is_file() or path.is_symlink() or path.name.startswith(".tmp-"):
                continue
            if top.name == "originals" and not (len(relative.parts) == 3
                                                and _SHA.match(path.name)):
                continue  # an import in flight or cut short
            if top.name == "derived" and (len(relative.parts) != 3
                                          or path.name.startswith("thumb-")):
                continue  # caches (thumbnails, redacted pages) are made again
            found.append((path, relative.as_posix()))
    return found


def _export_database(root: Path, staging: Path, data_keys: keys.DataKeys) -> None:
    plain = root / DATABASE
    if not plain.is_file():
        return
    target = staging / DATABASE
    conn = open_connection(plain, None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()
    cipher = sqlcipher().connect(str(plain), isolation_level=None, timeout=30.0)
    try:
        cipher.execute("ATTACH DATABASE ? AS sealed KEY \"x'"
                       + data_keys.database.hex() + "'\"", [str(target)])
        cipher.execute("SELECT sqlcipher_export('sealed')")
        cipher.execute(f"PRAGMA sealed.user_version = {int(version)}")
        cipher.execute("DETACH DATABASE sealed")
    finally:
        cipher.close()
    target.chmod(0o600)
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def protect(root: Path, passphrase: str, *, scrypt_n: int = keys.SCRYPT_N,
            progress: Progress | None = None) -> tuple[int, int]:
    """Seal folder ``root`` under ``passphrase``; return (originals, other files) sealed.
    The caller makes sure nothing else uses the folder."""
    recover(root)
    staging = root / STAGING
    if staging.exists():
        shutil.rmtree(staging)
    ensure_private_dir(staging)
    data_key = os.urandom(32)
    data_keys = keys.DataKeys.derive(data_key)
    sealed_key = keys.seal_key(data_key, passphrase, n=scrypt_n)  # the slow part, first
    vault = Vault(staging, data_keys, view=False)
    files = _files_to_seal(root)
    originals = 0
    if progress:
        progress(0, len(files) + 1, "")
    _export_database(root, staging, data_keys)
    for done, (path, relative) in enumerate(files, start=1):
        parts = relative.split("/")
        if parts[0] == "originals":
            name = data_keys.name_of(parts[2])
            relative = f"originals/{name[:2]}/{name}"
            originals += 1
        (staging / relative).parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        vault.keep(relative, path)
        if parts[0] == "originals":
            (staging / relative).chmod(0o400)
        if progress:
            progress(done, len(files) + 1, path.name)
    for folder in ("originals", "derived"):
        ensure_private_dir(staging / folder)
    fsync_dir(staging)
    atomic_write_bytes(root / keys.KEY_FILE, sealed_key)  # the commit point
    _swap_in(root)
    keys.remember(root, data_keys)
    if progress:
        progress(len(files) + 1, len(files) + 1, "")
    return originals, len(files) - originals
