"""How a sandbox runs: where it listens, what it seeds, and the trouble it injects."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Flavor = Literal["parchment", "badgr-oss"]
FLAVORS: tuple[Flavor, ...] = ("parchment", "badgr-oss")


@dataclass(frozen=True)
class SandboxConfig:
    flavor: Flavor = "parchment"
    """Whose answers to give: the hosted service's reference pages (``parchment``) or the
    open-source server as recorded in ``badgr-oss-exchanges.json`` (``badgr-oss``)."""
    host: str = "127.0.0.1"
    port: int = 0
    """0 picks a free port."""
    latency_ms: int = 0
    fault_rate: float = 0.0
    token_ttl: int = 86400
    """Access token lifetime in seconds."""
    code_ttl: int = 60
    """Authorization code lifetime in seconds (the real server's is 60)."""
    seed: Literal["demo", "empty"] = "demo"
    token_backoff: bool = True
    """Like the real server, answer 429 on /o/token for 2**n s after n failures."""
    strict_oauth: bool = False
    """RFC 9700 (OAuth 2.0 Security BCP) instead of the real server's leniency: S256 PKCE
    required, ``client_id`` required in the code exchange, and a replayed code revokes the
    tokens issued with it. Off by default, as the real server is lenient."""
    random_seed: int = 20261122
    shared_issuers: bool = False
    """Two more issuers, owned by someone else, where the demo user is only ``editor`` (may
    design badges, not delete the issuer) or only ``staff`` (may award, not design): for the
    actions a role does not allow. Off by default, as tests count the demo issuers."""
    throttle: int = 0
    """API requests answered per second, as a Django REST framework throttle with a rate of
    "N/second" (the hosted service documents 429 on the assertion endpoints without numbers):
    more are answered 429 with ``Retry-After``. 0: no limit, as the open-source server has none."""
    bulk_assertions: int = 0
    """Extra awards on one badge class ("Bulk Attendance"), for measuring big tables."""
