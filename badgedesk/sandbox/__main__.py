"""``python -m badgedesk.sandbox`` is the same as ``badgedesk-sandbox``."""

import sys

from badgedesk.sandbox.cli import main

sys.exit(main())
