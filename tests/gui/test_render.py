"""Page pictures outlive their workers: a worker that dies (MuPDF aborting on a hostile
page, the system killing it) costs that one picture at most, never the session's."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from desktop_app.gui.render import Renderer
from desktop_app.services import Services
from desktop_app.services.pictures import PageRender
from tests.conftest import corpus_file
from tests.make import text_pdf


def _letters(services: Services, folder: Path, count: int) -> list[PageRender]:
    case = services.create_case(name="Rosa Diaz")
    folder.mkdir(parents=True, exist_ok=True)
    files = [text_pdf(folder / f"letter-{n}.pdf", [f"Letter number {n}. " * 30])
             for n in range(count)]
    documents = [o.document_id for o in services.import_files(case.id, files)]
    return [services.pictures.spec(services.list_pages(d)[0].id) for d in documents if d]


def _collect(renderer: Renderer) -> dict[Path, QImage]:
    got: dict[Path, QImage] = {}
    renderer.thumbnailReady.connect(lambda key, image: got.__setitem__(key, image))
    return got


def test_pictures_come_again_after_the_workers_are_killed(
        qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    specs = _letters(services, tmp_path / "in", 4)
    renderer = Renderer()
    try:
        got = _collect(renderer)
        renderer.thumbnail(specs[0])
        with qtbot.waitSignal(renderer.pageReady, timeout=60_000):
            renderer.page(specs[0], dpi=72, max_side=2000)
        qtbot.waitUntil(lambda: specs[0].thumb_path in got, timeout=60_000)
        workers = renderer.workers()
        assert len(workers) == 2
        for worker in workers:
            worker.kill()
            worker.join()
        for spec in specs[1:]:
            renderer.thumbnail(spec)
        with qtbot.waitSignal(renderer.pageReady, timeout=60_000) as shown:
            renderer.page(specs[1], dpi=72, max_side=2000)
        assert not shown.args[1].isNull()
        qtbot.waitUntil(lambda: all(s.thumb_path in got for s in specs), timeout=60_000)
        assert not any(got[s.thumb_path].isNull() for s in specs)
        assert not set(renderer.workers()) & set(workers)
    finally:
        renderer.shutdown()


def test_a_page_that_kills_its_worker_costs_only_its_own_picture(
        qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    """A consent form MuPDF frees memory twice on when it draws it (found by fuzzing;
    the import refuses it now, but a file added by an older version may remain): its
    thumbnail is given up after two tries; the thumbnails asked for after it arrive."""
    data = bytearray(corpus_file("classify/medical--vaccine-consent-form.pdf").read_bytes())
    data[221773:223541] = bytes(223541 - 221773)
    hostile = tmp_path / "consent.pdf"
    hostile.write_bytes(bytes(data))
    bad = PageRender(page_id=0, source=hostile, kind="pdf", index=0, rotation=0, clean=False,
                     thumb_path=tmp_path / "thumbs" / "consent.png")
    specs = _letters(services, tmp_path / "in", 3)
    renderer = Renderer()
    try:
        got = _collect(renderer)
        for spec in [bad, *specs]:
            renderer.thumbnail(spec)
        qtbot.waitUntil(lambda: all(s.thumb_path in got for s in [bad, *specs]),
                        timeout=120_000)
        assert got[bad.thumb_path].isNull()
        assert not any(got[s.thumb_path].isNull() for s in specs)
        with qtbot.waitSignal(renderer.pageFailed, timeout=60_000):
            renderer.page(bad, dpi=72, max_side=2000)
        with qtbot.waitSignal(renderer.pageReady, timeout=60_000) as shown:
            renderer.page(specs[0], dpi=72, max_side=2000)
        assert not shown.args[1].isNull()
    finally:
        renderer.shutdown()
