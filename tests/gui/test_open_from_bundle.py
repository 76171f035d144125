"""Opening a packet from the Linux bundle: the desktop's opener (xdg-open) gets the path
and the user's own library path, never the bundle's (its PDF viewer would load the
bundle's libraries over its own). xdg-open is played by a script that writes down what
it got; the bundle by ``sys.frozen`` / ``sys._MEIPASS``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.gui import desktop


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle's opener")
def test_a_packet_opened_from_the_bundle_reaches_the_viewer_without_its_libraries(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    record = tmp_path / "opened.json"
    tools = tmp_path / "bin"
    tools.mkdir()
    opener = tools / "xdg-open"
    opener.write_text(f"#!{sys.executable}\nimport json, os, sys\n"
                      f"json.dump([sys.argv[1:], os.environ.get('LD_LIBRARY_PATH'), "
                      f"sorted(k for k in os.environ if k.startswith('_PYI_'))], "
                      f"open({str(record)!r}, 'w'))\n")
    opener.chmod(0o755)
    internal = tmp_path / "EvidencePacket" / "_internal"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    monkeypatch.setenv("PATH", f"{tools}:/usr/bin:/bin")
    monkeypatch.setenv("LD_LIBRARY_PATH", f"{internal}:/opt/mine")
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/opt/mine")
    monkeypatch.setenv("_PYI_ARCHIVE_FILE", str(internal.parent / "evidence-packet-gui"))
    packet = tmp_path / "My packet.pdf"
    packet.write_bytes(b"%PDF-1.7\n")

    assert desktop.open_file(packet)
    qtbot.waitUntil(lambda: record.exists() and record.stat().st_size > 0, timeout=10_000)
    assert json.loads(record.read_text()) == [[str(packet)], "/opt/mine", []]

    record.unlink()
    assert desktop.show_in_folder(packet)
    qtbot.waitUntil(lambda: record.exists() and record.stat().st_size > 0, timeout=10_000)
    assert json.loads(record.read_text())[0] == [str(tmp_path)]
