"""The export dialog's "Where is it filed?" box: the destination (USCIS online, ECAS,
e-mail, paper), the size limit per file where the user sets it, PDF/A, and the size the
packet is expected to have."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.export.packing import Estimate
from desktop_app.core.export.profiles import MAX_MB, MB, MIN_MB, PROFILES, Profile, get_profile

DEFAULT = "uscis-online"


def megabytes(size: float) -> str:
    return f"{size / MB:.1f} MB"


class DestinationBox(QGroupBox):
    changed = Signal()

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Where is it filed?"), parent)
        self._settings = settings
        self.profile_combo = QComboBox(self)
        self.profile_combo.setObjectName("destination")
        self.profile_combo.setAccessibleName(self.tr("Where the packet is filed"))
        labels = {
            "uscis-online": self.tr("USCIS online filing (6 MB per file)"),
            "ecas": self.tr("Immigration Court, EOIR ECAS (25 MB per file)"),
            "email": self.tr("E-mail to an ICE office (a size you set)"),
            "paper": self.tr("Paper, mailed to USCIS (no tabs or staples)"),
            "paper-eoir": self.tr("Paper, Immigration Court (tabs, two-hole punched)"),
        }
        for key in PROFILES:
            self.profile_combo.addItem(labels.get(key, key), key)
        chosen = str(settings.value("export/profile", DEFAULT))
        self.profile_combo.setCurrentIndex(max(0, self.profile_combo.findData(chosen)))
        self.max_mb = QDoubleSpinBox(self)
        self.max_mb.setObjectName("maxMegabytes")
        self.max_mb.setAccessibleName(self.tr("Largest file the destination accepts"))
        self.max_mb.setRange(MIN_MB, MAX_MB)
        self.max_mb.setDecimals(1)
        self.max_mb.setSuffix(" MB")
        self.max_mb.setValue(float(str(settings.value("export/email_mb", 10.0))))
        self.limit_label = QLabel(self.tr("Largest file:"), self)
        self.pdfa = QCheckBox(self.tr("PDF/A (the archival form of PDF)"), self)
        self.pdfa.setObjectName("pdfa")
        self.pdfa.setToolTip(self.tr("Some courts and agencies ask for PDF/A. Every font is "
                                     "included and the colours are described."))
        self.pdfa.setChecked(bool(settings.value("export/pdfa", False, type=bool)))
        self.rules = QLabel(self)
        self.rules.setObjectName("destinationRules")
        self.rules.setWordWrap(True)
        self.expected = QLabel(self)
        self.expected.setObjectName("expectedSize")
        self.expected.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.profile_combo, 1)
        row.addWidget(self.limit_label)
        row.addWidget(self.max_mb)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.rules)
        layout.addWidget(self.pdfa)
        layout.addWidget(self.expected)
        for signal in (self.profile_combo.currentIndexChanged, self.max_mb.valueChanged,
                       self.pdfa.toggled):
            signal.connect(self._changed)
        self._update()

    def key(self) -> str:
        return str(self.profile_combo.currentData())

    def user_limit(self) -> float | None:
        """The limit the user typed, for the destination whose limit they set."""
        return self.max_mb.value() if self.key() == "email" else None

    def profile(self) -> Profile:
        return get_profile(self.key(), self.user_limit())

    def remember(self) -> None:
        self._settings.setValue("export/profile", self.key())
        self._settings.setValue("export/pdfa", self.pdfa.isChecked())
        if self.key() == "email":
            self._settings.setValue("export/email_mb", self.max_mb.value())

    def _changed(self) -> None:
        self._update()
        self.changed.emit()

    def _update(self) -> None:
        profile = self.profile()
        own_limit = self.key() == "email"
        self.max_mb.setVisible(own_limit)
        self.limit_label.setVisible(own_limit)
        if profile.paper is not None:
            text = {
                "paper": self.tr("Print single-sided on Letter paper. Do not use tabs, "
                                 "staples or binding: hold the packet with a clip."),
                "paper-eoir": self.tr("Print on Letter paper; each tab's divider on a tab "
                                      "sheet; two-hole punch the packet at the top."),
            }.get(profile.key, "")
            self.rules.setText(text + " " + self.tr("Print it with Case ▸ Print (Ctrl+P)."))
        else:
            self.rules.setText(self.tr(
                "Scanned pages are made smaller (text pages in black and white, pictures in "
                "colour), every word kept readable. A packet larger than {mb} MB is cut "
                "into parts named …_Part1.pdf, …_Part2.pdf.").format(
                    mb=f"{(profile.max_bytes or 0) / MB:g}"))

    def show_estimate(self, estimate: Estimate | None) -> None:
        if estimate is None:
            self.expected.setText("")
            return
        text = self.tr("Expected size: about {size}").format(size=megabytes(estimate.bytes))
        if estimate.parts > 1:
            text += " " + self.tr("in about {n} files.").format(n=estimate.parts)
        else:
            text += " " + self.tr("in one file.")
        if not estimate.exact:
            text += " " + self.tr("(Scanned pages not made smaller yet are guessed.)")
        self.expected.setText(text)
