"""What the commands share: the one JSON printer, the progress bar, the JSON shape of a
case and a document, and reading a passphrase from a file or the terminal."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.core.controls import unfiltered
from desktop_app.core.models import Case, Document
from desktop_app.errors import InvalidInputError
from desktop_app.i18n import _
from desktop_app.services import Services

Handler = Callable[[Services, argparse.Namespace], int]
WithCase = Callable[[str, str, Handler], argparse.ArgumentParser]


def print_json(value: Any) -> None:
    """``--json`` output: stable field names, UTF-8 as it is, indented."""
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def case_json(case: Case) -> dict[str, Any]:
    return dataclasses.asdict(case)


def doc_json(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "title": doc.title,
        "category": doc.category,
        "pages": doc.pages,
        "language": doc.language,
        "date": doc.date,
        "ocr_confidence": doc.ocr_confidence,
        "status": doc.status,
        "source_name": doc.source_name,
        "position": doc.position + 1,
        "errors": list(doc.errors),
    }


class ProgressBar:
    """A one-line bar on a terminal; silent when stderr is not a terminal."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.enabled = sys.stderr.isatty()
        self.last = ""

    def __call__(self, done: int, total: int, *_rest: object) -> None:
        if not self.enabled or total <= 0:
            return
        width = 30
        filled = int(width * done / total)
        line = f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}"
        if line != self.last:
            unfiltered(sys.stderr).write(line)  # its own CR, past the filter
            sys.stderr.flush()
            self.last = line
        if done >= total:
            sys.stderr.write("\n")


def interactive() -> bool:
    """A person at a terminal can be asked."""
    return sys.stdin.isatty()


def plain(text: str) -> str:
    """Lower case without accents: "Sí", "si" and "SI" are the same answer."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def read_passphrase_file(path: str) -> str:
    """The first line of ``path`` ('-': standard input)."""
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise InvalidInputError(_("Cannot read the passphrase file {path}: {error}").format(
            path=path, error=exc.strerror or exc)) from exc
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise InvalidInputError(_("The passphrase file {path} is empty.").format(path=path))
    return lines[0]
