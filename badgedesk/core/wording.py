"""English plurals for counted messages, written in Qt's plural source form ("%n award(s)").

The UI passes such texts to ``QCoreApplication.translate`` with the count, so a translator
can give every language its own forms; with no translation loaded Qt would show "1 award(s)",
so the English forms are chosen here, once, for the UI and for the services' own messages.
"""

from __future__ import annotations

import re

_FORMS = re.compile(r"\((s|es)\)|\b(is|was|has|it)\((are|were|have|them)\)")


def english_plural(text: str, count: int) -> str:
    """``text`` with each "word(s)" ("box(es)") made singular for 1 and plural otherwise, and
    each "is(are)", "was(were)", "has(have)" and "it(them)" resolved the same way; ``%n``
    is kept."""

    def form(match: re.Match[str]) -> str:
        if match.group(1) is not None:  # "award(s)", "batch(es)"
            return "" if count == 1 else match.group(1)
        return match.group(2) if count == 1 else match.group(3)  # "is(are)"

    return _FORMS.sub(form, text)


def counted(text: str, count: int) -> str:
    """A message for people from services that have no translator: the English form of
    ``text`` with ``%n`` replaced by ``count`` ("%n row(s)" → "1 row", "2 rows")."""
    return english_plural(text, count).replace("%n", str(count))
