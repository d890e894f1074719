"""The frozen program's entry point (PyInstaller runs this file, not the package)."""

import sys

from badgedesk.app import main

sys.exit(main())
