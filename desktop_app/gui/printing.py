"""Print the packet (Ctrl+P) through Qt's print dialog, for a paper filing.

The packet is written for the chosen paper destination (``core.export.profiles``: USCIS
paper, no tabs, staples or binding; Immigration Court paper, each tab's divider on a tab
sheet) into the data folder's private scratch space, in its own process like any export.
Its pages are then drawn at the printer's resolution in a worker *process* (PyMuPDF holds
the GIL) and painted onto the printer by a ``QThread`` (Qt allows painting on a QPrinter
outside the GUI thread), so the window stays responsive however long the packet. A
progress dialog says which step is running and which page is being printed; Cancel
stops the step in flight (the packet being written, or the pages still to send: the
printer is told to drop the job).

Paper conventions: with two-sided printing and tab sheets, a divider starts a sheet of
its own and its back stays blank, so the tab sheet can take its place in the stack.
"""

from __future__ import annotations

import contextlib
import multiprocessing
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRect, Qt, QThread, Signal
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QProgressDialog, QWidget

from desktop_app.core.export.plan import PacketResult
from desktop_app.core.export.profiles import PROFILES, Profile
from desktop_app.gui import worker_jobs
from desktop_app.gui.context import WindowContext
from desktop_app.gui.export_task import PacketExport
from desktop_app.gui.qtcompat import emit
from desktop_app.services.packets import FilingOptions

PRINT_DPI = 300


def sheet_plan(pages: int, dividers: Sequence[int], duplex: bool,
               tab_sheets: bool) -> list[int | None]:
    """The packet pages (1-based) in the order they are printed; None is a blank side
    (a divider's back, or the side before a divider that must start a sheet)."""
    order: list[int | None] = []
    starts = set(dividers) if duplex and tab_sheets else set()
    for page in range(1, pages + 1):
        if page in starts and len(order) % 2:
            order.append(None)
        order.append(page)
        if page in starts:
            order.append(None)
    return order


class PrintJob(QThread):
    """Paints the pages of ``pdf`` on ``printer``, drawn at ``dpi`` in a worker process."""

    progressed = Signal(int, int)  # sides printed, sides in all
    failed = Signal(str)

    def __init__(self, printer: QPrinter, pdf: Path, order: list[int | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.printer, self.pdf, self.order = printer, pdf, order
        self._stop = False
        self.ok = True  # False once ``failed`` is emitted

    def stop(self) -> None:
        self._stop = True

    def run(self) -> None:
        painter = QPainter()
        if not painter.begin(self.printer):
            self.ok = False
            emit(self.failed, self.tr("The printer could not be started."))
            return
        context = multiprocessing.get_context("spawn")
        try:
            with context.Pool(1) as pool:
                wanted = [p for p in self.order if p is not None]
                drawn = pool.imap(worker_jobs.draw_packet_page,
                                  [(self.pdf, p - 1, PRINT_DPI) for p in wanted])
                for side, page in enumerate(self.order):
                    if self._stop:
                        self.printer.abort()
                        break
                    if side:
                        self.printer.newPage()
                    if page is not None:
                        width, height, data = next(drawn)
                        image = QImage(data, width, height, 3 * width,
                                       QImage.Format.Format_RGB888)
                        painter.drawImage(_fit(painter, width, height), image)
                    emit(self.progressed, side + 1, len(self.order))
        except Exception as exc:  # noqa: BLE001 - said to the user, never a crash
            self.ok = False
            emit(self.failed, self.tr("Printing stopped: {error}").format(error=exc))
        finally:
            painter.end()


def _fit(painter: QPainter, width: int, height: int) -> QRect:
    """The page's picture over the whole printable page, in proportion, centred."""
    area = painter.viewport()
    scale = min(area.width() / width, area.height() / height)
    w, h = int(width * scale), int(height * scale)
    return QRect(area.x() + (area.width() - w) // 2, area.y() + (area.height() - h) // 2, w, h)


class PaperChoice(QWidget):
    """The print dialog's own tab: which paper filing this is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Filing"))
        self.combo = QComboBox(self)
        self.combo.setObjectName("paperProfile")
        self.combo.addItem(self.tr("USCIS (no tabs, staples or binding)"), "paper")
        self.combo.addItem(self.tr("Immigration Court, EOIR (tab sheets, punched at top)"),
                           "paper-eoir")
        note = QLabel(self.tr("Two-sided printing starts each divider on a sheet of its own "
                              "for EOIR tab sheets."), self)
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Paper filing for:"), self.combo)
        form.addRow(note)

    def profile(self) -> Profile:
        return PROFILES[str(self.combo.currentData())]


class Printing(QObject):
    """Ctrl+P: ask (Qt's print dialog), write the paper packet, print it."""

    printed = Signal(int)  # sides sent to the printer
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, context: WindowContext) -> None:
        super().__init__(context)
        self.setObjectName("printing")
        self.context = context
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
        self.export = PacketExport(self)
        self.export.finished.connect(self._written)
        self.export.failed.connect(lambda message, hint: self._fail(f"{message} {hint}"))
        self.export.crashed.connect(lambda _t: self._fail(self.tr(
            "Something went wrong while preparing the pages. Nothing was lost; try again.")))
        self.export.stopped.connect(self._cancelled)
        self.export.progressed.connect(self._preparing)
        self.job: PrintJob | None = None
        self.profile: Profile = PROFILES["paper"]
        self.dialog: QPrintDialog | None = None
        self.progress: QProgressDialog | None = None
        self._cancelling = False

    def ask(self) -> None:
        """Open the print dialog (non-blocking); print when the user accepts."""
        if self.context.case_id is None:
            self.context.show_status(self.tr("Open or start a case first."))
            return
        dialog = QPrintDialog(self.printer, self.context.dialog_parent)
        dialog.setObjectName("printDialog")
        choice = PaperChoice(dialog)
        dialog.setOptionTabs([choice])
        dialog.accepted.connect(lambda: self.start(choice.profile()))
        self.dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def start(self, profile: Profile) -> None:
        """Write the packet for ``profile`` to the scratch space, then print it."""
        case_id = self.context.case_id
        if case_id is None:
            return
        self.profile = profile
        settings = self.context.settings
        options = FilingOptions(
            bates_prefix=str(settings.value("export/prefix", "DA-")) or None
            if settings.value("export/bates", True, type=bool) else None,
            profile=profile.key, allow_untranslated=True)

        def work(services: Any, _ctx: Any) -> Any:
            return (services.packets.plan(case_id, options),
                    services.store.tmp / "print" / "packet.pdf")

        self.context.show_status(self.tr("Preparing the pages to print…"))
        self._show_progress()
        self.context.runner.run("db", work, label=self.tr("Preparing the pages to print"),
                               on_done=lambda found: self._write(*found),
                               on_fail=lambda exc: self._fail(str(exc)))

    def _write(self, plan: Any, path: Path) -> None:
        if self._cancelling:  # cancelled while the plan was being made
            self._cancelled()
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        self.export.start(plan, path, self.profile)

    def _written(self, result: PacketResult) -> None:
        duplex = self.printer.duplex() != QPrinter.DuplexMode.DuplexNone
        paper = self.profile.paper
        order = sheet_plan(result.page_count, result.dividers, duplex,
                           bool(paper and paper.tab_sheets))
        if self._cancelling:
            with contextlib.suppress(OSError):
                result.path.unlink()
            self._cancelled()
            return
        job = PrintJob(self.printer, result.path, order, self)
        job.progressed.connect(self._printing)
        job.failed.connect(self._fail)
        job.finished.connect(lambda: self._done(result.path, len(order), job.ok))
        self.job = job
        job.start()

    # --- the progress dialog -----------------------------------------------------------------

    def _show_progress(self) -> None:
        self._cancelling = False
        dialog = QProgressDialog(self.tr("Preparing the pages to print…"), self.tr("Cancel"),
                                 0, 0, self.context.dialog_parent)
        dialog.setObjectName("printProgress")
        dialog.setWindowTitle(self.tr("Printing"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(self.cancel)
        dialog.show()
        self.progress = dialog

    def _preparing(self, done: int, total: int, label: str) -> None:
        """The paper packet being written: the export's own step, under a heading."""
        if self.progress is not None and total and not self._cancelling:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
            self.progress.setLabelText(self.tr("Preparing the pages to print…") + "\n" + label)

    def _printing(self, done: int, total: int) -> None:
        text = self.tr("Printing page {done} of {total}…").format(done=done, total=total)
        self.context.show_status(text)
        if self.progress is not None and not self._cancelling:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.progress.setLabelText(text)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def cancel(self) -> None:
        """Stop what is running: the packet being written, or the pages still to send."""
        self._cancelling = True
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Cancelling…"))
        if self.export.running():
            self.export.cancel()  # ``stopped`` follows
        elif self.job is not None and self.job.isRunning():
            self.job.stop()  # the job ends; ``_done`` sees the cancel

    def _cancelled(self) -> None:
        self._close_progress()
        self.context.show_status(self.tr("Printing cancelled. Pages already sent to the "
                                         "printer may still come out."))
        emit(self.cancelled)

    def _done(self, pdf: Path, sides: int, ok: bool) -> None:
        with contextlib.suppress(OSError):
            pdf.unlink()
        self.job = None
        if not ok:  # ``failed`` said why
            return
        if self._cancelling:
            self._cancelled()
            return
        self._close_progress()
        self.context.show_status(self.tr("Sent {n} page(s) to the printer.").format(n=sides))
        emit(self.printed, sides)

    def _fail(self, message: str) -> None:
        self._close_progress()
        self.context.show_status(message)
        emit(self.failed, message)

    def close(self) -> None:
        self._close_progress()
        if self.job is not None:
            self.job.stop()
            self.job.wait(10_000)
        if self.export.running():
            self.export.cancel()
            self.export.wait()


__all__ = ["PaperChoice", "PrintJob", "Printing", "sheet_plan"]
