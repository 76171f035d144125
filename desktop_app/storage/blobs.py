"""Originals, stored byte for byte under their SHA-256, never modified.

``originals/ab/abcdef…`` holds the file whose SHA-256 is ``abcdef…``. Files are written
atomically and made read-only; the name is the checksum, so ``verify`` can re-hash them.

In a protected folder the file rests sealed and its name is an HMAC of the checksum (a
name alone must not confirm that a known document is in the folder); ``path`` gives the
unsealed copy in this process's view, which is what everything that reads originals uses.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from desktop_app.core.files import CHUNK, fsync_dir, open_regular
from desktop_app.errors import StorageError
from desktop_app.storage.protection.vault import Vault

FOLDER = "originals"


class BlobStore:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.root = vault.root / FOLDER
        self.root.mkdir(mode=0o700, exist_ok=True)

    def name(self, sha256: str) -> str:
        """The file name ``sha256`` rests under."""
        keys = self.vault.keys
        return sha256 if keys is None else keys.name_of(sha256)

    def relpath(self, sha256: str) -> str:
        name = self.name(sha256)
        return f"{FOLDER}/{name[:2]}/{name}"

    def path(self, sha256: str) -> Path:
        """A path to read the original from (unsealed into the view when protected)."""
        return self.vault.reveal(self.relpath(sha256))

    def has(self, sha256: str) -> bool:
        return (self.vault.root / self.relpath(sha256)).is_file()

    def put_file(self, source: Path) -> tuple[str, int]:
        """Copy ``source`` in (hashing while copying); return its SHA-256 and size."""
        digest = hashlib.sha256()
        size = 0
        staging = f"{FOLDER}/incoming/{os.getpid()}-{id(source)}"
        (self.root / "incoming").mkdir(mode=0o700, exist_ok=True)
        with self.vault.writer(staging, 0o400) as out, open_regular(source) as inp:
            for block in iter(lambda: inp.read(CHUNK), b""):
                digest.update(block)
                size += len(block)
                out.write(block)
        sha = digest.hexdigest()
        self._settle(self.vault.root / staging, sha)
        return sha, size

    def put_bytes(self, data: bytes) -> str:
        sha = hashlib.sha256(data).hexdigest()
        if not self.check(sha):
            final = self.relpath(sha)
            (self.vault.root / final).parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            with self.vault.writer(final, 0o400) as out:
                out.write(data)
        return sha

    def _settle(self, staging: Path, sha: str) -> None:
        """Put the copy just written in place, unless a sound copy is there already. One
        that fails its checksum (damaged, or put there by someone) is replaced: a file
        added is always stored as it is."""
        final = self.vault.root / self.relpath(sha)
        if final.is_file() and self.check(sha):
            staging.unlink()
            return
        final.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if final.exists() and not final.is_symlink():
            final.chmod(0o600)
        staging.replace(final)
        fsync_dir(final.parent)

    def check(self, sha256: str) -> bool:
        """Whether the file at rest is there and its contents still hash to ``sha256``
        (a sealed file is also checked chunk by chunk)."""
        if not self.has(sha256):
            return False
        digest = hashlib.sha256()
        try:
            with self.vault.open(self.relpath(sha256)) as inp:
                for block in iter(lambda: inp.read(CHUNK), b""):
                    digest.update(block)
        except (OSError, StorageError):  # unreadable, or a seal that fails its check
            return False
        return digest.hexdigest() == sha256

    def remove(self, sha256: str) -> None:
        self.vault.remove(self.relpath(sha256))
