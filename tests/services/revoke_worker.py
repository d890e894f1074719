"""Submit one revocation batch to a local sandbox, as a separate process the crash test can
kill.

    python -m tests.services.revoke_worker DB_PATH BATCH_ID BASE_URL

The access token comes from the ``BADGEDESK_TEST_TOKEN`` environment variable (never argv,
where any process could read it). Only ``http://127.0.0.1`` is accepted as the server: this
is a test tool, and it must never revoke anything on a real one.

Rows go in chunks of ``CHUNK_SIZE``. Prints one line of JSON with the run's figures and exits
0 when every row of the batch is revoked, 1 when any is left pending, sending, failed or
skipped, 2 on bad arguments.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from badgedesk.api.client import BadgesClient
from badgedesk.core.states import RowState
from badgedesk.services.outbox import OutagePolicy, SubmissionProgress
from badgedesk.services.revocation_submission import RevocationSubmission
from badgedesk.store.thread import StoreThread
from tests.services.submit_worker import TOKEN_VARIABLE, loopback_url

CHUNK_SIZE = 5
"""Small, so a batch of 200 takes 40 requests and the crash test's kills never outrun it."""
HOLDS = OutagePolicy(wait=0.2)
"""Short holds: the crash test's server is killed and restarted under the run."""
USAGE = "usage: python -m tests.services.revoke_worker DB_PATH BATCH_ID BASE_URL"


async def revoke(
    db_path: Path, batch_id: int, base_url: str, token: str
) -> tuple[dict[str, object], int]:
    drafts = StoreThread(db_path)
    client = BadgesClient(base_url, token)
    try:
        submission = RevocationSubmission(
            drafts,
            lambda: client,
            lambda: ("sandbox", "crash test"),
            batch_id,
            chunk_size=CHUNK_SIZE,
            outage=HOLDS,
        )
        progress: SubmissionProgress = await submission.run()
        rows = await drafts.run(lambda store: store.revocations.rows(batch_id))
    finally:
        await client.aclose()
        drafts.close()
    unsettled = sum(1 for row in rows if row.state != RowState.REVOKED)
    figures: dict[str, object] = {
        "total": progress.total,
        "revoked": progress.succeeded,
        "failed": progress.failed,
        "skipped": progress.skipped,
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
    figures, code = asyncio.run(revoke(Path(db_path), batch_id, base_url, token))
    print(json.dumps(figures), flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
