"""The sample case: a newcomer sees a finished packet in a minute.

A client of the facade, like the command line (nothing below the facade imports it).
Its packet is written, not filed: the sample's record stays empty, so exporting it again
from the window starts as a first filing would."""

from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path

from desktop_app.core.export.plan import Progress
from desktop_app.core.samples import SAMPLE_DOCUMENTS
from desktop_app.i18n import _
from desktop_app.services import packets
from desktop_app.services.facade import Services
from desktop_app.services.library import PageProgress
from desktop_app.services.packets import FilingOptions

SAMPLE_CASE = {
    "name": "María Elena Hernández López",
    "a_number": "A-203-555-019",
    "date_of_birth": "1986-03-14",
    "address": "1418 Cedar Avenue, Apt 3B, Houston, TX 77023",
    "phone": "(713) 555-0148",
    "email": "maria.hernandez@example.org",
    "representative": "",
    "relief": "prosecutorial discretion",
    "key_factors": (
        "Ms. Hernández has lived at the same Houston address since 2016 and pays the rent "
        "and the bills in her own name. She has worked full time for the same employer "
        "since April 2017 and files her taxes every year. Her daughter Sofía, born in 2014, "
        "attends Cedar Grove Elementary School and is in ongoing treatment for asthma that "
        "depends on her mother's care. Ms. Hernández volunteers every week at the East End "
        "Community Food Pantry, and her pastor at Iglesia Bautista Nueva Esperanza writes "
        "in her support."
    ),
}


def sample_folder() -> Path:
    return Path(str(resources.files("desktop_app") / "assets" / "sample"))


def run_demo(
    services: Services,
    *,
    progress: PageProgress | None = None,
    export_progress: Progress | None = None,
) -> Path:
    """Create the sample case, read its pages, file them, and export its packet."""
    case = services.create_case(**SAMPLE_CASE)
    folder = sample_folder()
    by_name = {spec.filename: spec for spec in SAMPLE_DOCUMENTS}
    paths = [folder / name for name in by_name]
    outcomes = services.import_files(case.id, paths)
    for outcome in outcomes:
        spec = by_name.get(Path(outcome.path).name)
        if outcome.document_id is None or spec is None:
            continue
        services.tag(case.id, outcome.document_id, spec.category)
        services.rename(case.id, outcome.document_id, spec.title)
        services.set_date(case.id, outcome.document_id, spec.date.isoformat())
    services.process(case.id, progress=progress)
    for tab in ("residence", "employment", "medical", "community"):
        services.sort_tab_by_date(case.id, tab)
    out = services.store.root / "exports" / _("sample-packet-{date}.pdf").format(
        date=dt.date.today().isoformat()
    )
    plan = services.packets.plan(case.id, FilingOptions(bates_prefix="DA-"))
    return packets.write(plan, out, export_progress).path
