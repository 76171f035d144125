"""Measure the assistant over files, as a user would meet it (the ``evaluate`` command).

It opens a throw-away data folder of its own, so it works over the facade like the
command line does (nothing below the facade imports this module).
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from desktop_app.core.assistant.evaluation import EvaluatedFile
from desktop_app.core.assistant.text import words
from desktop_app.core.importer import expand_paths
from desktop_app.i18n import _
from desktop_app.services.facade import Services
from desktop_app.storage import assistant as store


def evaluate(paths: Sequence[Path], *, workers: int | None = None) -> list[EvaluatedFile]:
    """Run the assistant over files: import into a throw-away data folder, read every
    page, suggest. One result per file, in ``paths`` order; the folder is deleted
    afterwards."""
    files = list(expand_paths(Path(p) for p in paths))
    results: list[EvaluatedFile] = []
    with tempfile.TemporaryDirectory(prefix="evidence-evaluate-") as tmp:
        services = Services.open(Path(tmp) / "data")
        try:
            case = services.create_case(name="Evaluation")
            outcomes = services.import_files(case.id, files)
            services.process(case.id, workers=workers)
            services.assistant.suggest_ready_documents(case.id)
            found = store.suggestions_for_case(services.db, case.id)
            for outcome in outcomes:
                item = found.get(outcome.document_id or -1)
                if outcome.status == "error" or item is None:
                    results.append(EvaluatedFile(outcome.path, None, 0.0, None, None, None,
                                                 outcome.error or _("no text could be read")))
                    continue
                s = item.suggestion
                results.append(EvaluatedFile(
                    outcome.path, s.category, s.confidence, s.document_type, s.sure_date,
                    s.language, date_to_check=None if s.date_sure else s.date,
                    language_sure=s.language_sure,
                    words=len(words(store.document_text(services.db, item.document_id)))))
        finally:
            services.close()
    return results
