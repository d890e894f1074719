"""Every text the code hands to a translation call is one lupdate extracts: a call through a
wrapper lupdate cannot see (``_tr("…")``), or a text built at run time (an f-string), would
reach the screen untranslated in every language, and no ``.ts`` would ever list it.

The code is read as Python (an AST scan), independently of lupdate, and the two compared."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

from badgedesk import i18n

TRANSLATING = {"tr", "_tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"}
"""Names of the calls that translate (or mark for translation) their text argument."""


def literal(node: ast.expr) -> str | None:
    """The string a literal argument (or a ``+`` of literals) is, else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = literal(node.left), literal(node.right)
        return left + right if left is not None and right is not None else None
    return None


def text_argument(call: ast.Call) -> ast.expr | None:
    """The argument holding the text: the second of ``translate(context, text, …)`` and
    ``QT_TRANSLATE_NOOP``, else the first."""
    function = call.func
    name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
    if name not in TRANSLATING:
        return None
    position = 1 if name in ("translate", "QT_TRANSLATE_NOOP") else 0
    return call.args[position] if len(call.args) > position else None


def translated_texts(package: Path) -> tuple[dict[str, set[str]], dict[str, list[int]]]:
    """Each literal text passed to a translation call, with the files it is in; and, per
    file, the lines where an f-string is passed instead."""
    texts: dict[str, set[str]] = defaultdict(set)
    built: dict[str, list[int]] = defaultdict(list)
    for path in sorted(package.rglob("*.py")):
        name = str(path.relative_to(package.parent))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            argument = text_argument(node) if isinstance(node, ast.Call) else None
            if argument is None:
                continue
            if isinstance(argument, ast.JoinedStr):
                built[name].append(node.lineno)
            elif (text := literal(argument)) is not None:
                texts[text].add(name)
    return texts, built


def test_every_translated_literal_is_extracted_by_lupdate():
    texts, built = translated_texts(i18n.PACKAGE)
    extracted = {message.source for message in i18n.code_messages()}
    unseen: dict[str, list[str]] = defaultdict(list)
    for text, files in texts.items():
        if text not in extracted:
            for name in files:
                unseen[name].append(text)
    by_file = {name: sorted(found) for name, found in sorted(unseen.items())}
    assert by_file == {}, "texts lupdate does not extract, by file"
    assert dict(built) == {}, "f-strings passed to a translation call, by file and line"


def test_the_scan_finds_wrapped_and_built_texts(tmp_path: Path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "m.py").write_text(
        "def _tr(text):\n"
        "    return QCoreApplication.translate('Ctx', text)\n"
        "_tr('Hidden from lupdate')\n"
        "QCoreApplication.translate('Ctx', 'Seen ' + 'by lupdate', None, 2)\n"
        "self.tr(f'Built {name}')\n",
        encoding="utf-8",
    )
    texts, built = translated_texts(package)
    assert texts == {"Hidden from lupdate": {"pkg/m.py"}, "Seen by lupdate": {"pkg/m.py"}}
    assert built == {"pkg/m.py": [5]}
