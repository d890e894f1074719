"""Submit one draft batch to a local sandbox, as a separate process the crash test can kill.

    python -m tests.services.submit_worker DB_PATH BATCH_ID BASE_URL

The access token comes from the ``BADGEDESK_TEST_TOKEN`` environment variable (never argv,
where any process could read it). Only ``http://127.0.0.1`` is accepted as the server: this
is a test tool, and it must never award anything on a real one.

Prints one line of JSON with the run's figures and exits 0 when every row of the batch is
awarded, 1 when any is left pending, sending or failed, 2 on bad arguments.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

from badgedesk.api.client import BadgesClient
from badgedesk.core.states import RowState
from badgedesk.services.outbox import OutagePolicy, SubmissionProgress
from badgedesk.services.submission import BatchSubmission
from badgedesk.store.thread import StoreThread

TOKEN_VARIABLE = "BADGEDESK_TEST_TOKEN"
ALLOWED_HOST = "127.0.0.1"
USAGE = "usage: python -m tests.services.submit_worker DB_PATH BATCH_ID BASE_URL"


def loopback_url(base_url: str) -> str:
    """``base_url`` if it is plain HTTP on 127.0.0.1, else ``ValueError``."""
    parts = urlsplit(base_url)
    if parts.scheme != "http" or parts.hostname != ALLOWED_HOST or parts.username is not None:
        raise ValueError(f"refusing {base_url!r}: only http://{ALLOWED_HOST}:PORT is allowed")
    return base_url


async def submit(
    db_path: Path, batch_id: int, base_url: str, token: str
) -> tuple[dict[str, object], int]:
    drafts = StoreThread(db_path)
    client = BadgesClient(base_url, token)
    try:
        submission = BatchSubmission(
            drafts,
            lambda: client,
            lambda: ("sandbox", "crash test"),
            batch_id,
            concurrency=4,
            outage=OutagePolicy(wait=0.2),
        )
        progress: SubmissionProgress = await submission.run()
        rows = await drafts.run(lambda store: store.drafts.rows(batch_id))
    finally:
        await client.aclose()
        drafts.close()
    unsettled = sum(1 for row in rows if row.state != RowState.AWARDED)
    figures: dict[str, object] = {
        "total": progress.total,
        "awarded": progress.succeeded,
        "failed": progress.failed,
        "stopped": progress.stopped.value if progress.stopped is not None else None,
        "unsettled": unsettled,
    }
    return figures, 0 if unsettled == 0 else 1


def main(argv: Sequence[str]) -> int:
    if len(argv) != 3:
        print(USAGE, file=sys.stderr)
        return 2
    db_path, batch_text, base_url = argv
    token = os.environ.get(TOKEN_VARIABLE)
    if not token:
        print(f"{TOKEN_VARIABLE} is not set", file=sys.stderr)
        return 2
    try:
        batch_id = int(batch_text)
        loopback_url(base_url)
    except ValueError as error:
        print(f"{error}\n{USAGE}", file=sys.stderr)
        return 2
    figures, code = asyncio.run(submit(Path(db_path), batch_id, base_url, token))
    print(json.dumps(figures), flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
