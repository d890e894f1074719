"""``python -m badgedesk`` is the same as the ``badgedesk`` command."""

import sys

from badgedesk.app import main

sys.exit(main())
