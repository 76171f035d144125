"""Originals, stored byte for byte under their SHA-256, never modified.

``originals/ab/abcdef…`` holds the file whose SHA-256 is ``abcdef…``. Files are written
atomically and made read-only; the name is the checksum, so ``verify`` can re-hash them.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from desktop_app.core.files import CHUNK, atomic_writer, fsync_dir, sha256_file


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def put_file(self, source: Path) -> tuple[str, int]:
        """Copy ``source`` in (hashing while copying); return its SHA-256 and size."""
        digest = hashlib.sha256()
        size = 0
        tmp_dir = self.root / "incoming"
        tmp_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        staging = tmp_dir / f"{os.getpid()}-{id(source)}"
        with atomic_writer(staging, 0o400) as out, source.open("rb") as inp:
            for block in iter(lambda: inp.read(CHUNK), b""):
                digest.update(block)
                size += len(block)
                out.write(block)
        sha = digest.hexdigest()
        self._settle(staging, sha)
        return sha, size

    def put_bytes(self, data: bytes) -> str:
        sha = hashlib.sha256(data).hexdigest()
        if not self.has(sha):
            with atomic_writer(self.path(sha), 0o400) as out:
                out.write(data)
        return sha

    def _settle(self, staging: Path, sha: str) -> None:
        final = self.path(sha)
        if final.is_file():
            staging.unlink()
            return
        final.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        staging.replace(final)
        fsync_dir(final.parent)

    def check(self, sha256: str) -> bool:
        path = self.path(sha256)
        return path.is_file() and sha256_file(path) == sha256

    def remove(self, sha256: str) -> None:
        self.path(sha256).unlink(missing_ok=True)
