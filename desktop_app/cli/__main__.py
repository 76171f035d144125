"""``python -m desktop_app.cli``."""

from __future__ import annotations

import sys

from desktop_app.cli.main import main

sys.exit(main())
