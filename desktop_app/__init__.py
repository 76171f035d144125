"""Evidence Packet: turn scans, phone photos and PDFs into an indexed evidence packet."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "Evidence Packet"
