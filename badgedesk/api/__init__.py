"""The API layer: an async client for the Badgr / Parchment Digital Badges API v2. No Qt here.

``api.client`` is the client (``BadgesClient``: the only layer that retries a request),
``api.models`` the typed shapes of the API, ``api.errors`` the one error family. Import from
those modules: the widgets may use the models and errors, never the client, and an import
from the package itself would hide which one is meant.
"""
