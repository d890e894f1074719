"""Awards asked of the client, and the requests the sandbox saw: shared by the client tests."""

from __future__ import annotations

from badgedesk.api.models import AwardRequest, Recipient, RecipientType


def api_requests(sandbox, prefix="/v2/"):
    """The requests the sandbox received under ``prefix``, in order."""
    return [r for r in sandbox.requests if r.path.startswith(prefix)]


def award_request(identity="new.learner@example.org", **kwargs):
    """An award to one email address, with ``kwargs`` as its other fields."""
    return AwardRequest(recipient=Recipient(identity=identity, type=RecipientType.EMAIL), **kwargs)
