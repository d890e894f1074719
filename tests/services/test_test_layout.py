"""The test suite's own layout: shared helpers live in helper modules and conftest.py files,
so no test module imports another (each can be run, moved or deleted alone), and no test
module quietly replaces a fixture of a conftest.py above it (a reader who sees ``shell`` in a
test must find one definition, not the nearest of several)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent


def all_test_modules() -> list[Path]:
    return sorted(TESTS.rglob("test_*.py"))


def imported_modules(tree: ast.Module, path: Path) -> Iterator[str]:
    """Every module the file imports, relative imports resolved against its package."""
    package = path.relative_to(ROOT).parent.parts
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = ".".join(package[: len(package) - node.level + 1])
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module or ""
            yield module
            # ``from tests.ui import test_quit`` imports a module too.
            yield from (f"{module}.{alias.name}" for alias in node.names)


def is_test_module(module: str) -> bool:
    parts = module.split(".")
    return parts[0] == "tests" and parts[-1].startswith("test_")


def fixture_name(node: ast.FunctionDef | ast.AsyncFunctionDef) -> str | None:
    """The name a ``@pytest.fixture``-decorated function is requested by, else None."""
    for decorator in node.decorator_list:
        call = decorator if isinstance(decorator, ast.Call) else None
        target = call.func if call else decorator
        named = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", None)
        if named != "fixture":
            continue
        for keyword in call.keywords if call else []:
            if keyword.arg == "name" and isinstance(keyword.value, ast.Constant):
                return str(keyword.value.value)
        return node.name
    return None


def fixtures_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    functions = (
        node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    )
    return {name for node in functions if (name := fixture_name(node)) is not None}


def conftest_fixtures_above(path: Path) -> dict[str, Path]:
    """Fixture name -> the conftest.py above ``path`` (up to tests/) that defines it."""
    found: dict[str, Path] = {}
    folder = path.parent
    while True:
        conftest = folder / "conftest.py"
        if conftest.exists():
            for name in fixtures_of(conftest):
                found.setdefault(name, conftest)
        if folder == TESTS:
            return found
        folder = folder.parent


def test_the_layout_check_finds_the_test_modules() -> None:
    found = {path.relative_to(TESTS).as_posix() for path in all_test_modules()}
    assert {"services/test_test_layout.py", "ui/test_drafts_tab.py"} <= found
    assert "shell" in conftest_fixtures_above(TESTS / "ui" / "test_drafts_tab.py")


def test_the_layout_check_sees_imports_and_fixtures_however_spelled() -> None:
    source = (
        "from tests.ui.test_quit import Program\n"
        "from . import test_sign_in\n"
        "import tests.store.test_health\n"
        "from tests.ui.waiting import wait_for\n"
        "@pytest.fixture(name='shell')\n"
        "def other_shell(): ...\n"
        "@fixture\n"
        "def plain(): ...\n"
    )
    tree = ast.parse(source)
    imported = {m for m in imported_modules(tree, TESTS / "ui" / "test_x.py") if is_test_module(m)}
    assert imported == {"tests.ui.test_quit", "tests.ui.test_sign_in", "tests.store.test_health"}
    functions = [node for node in tree.body if isinstance(node, ast.FunctionDef)]
    assert [fixture_name(node) for node in functions] == ["shell", "plain"]


@pytest.mark.parametrize("path", all_test_modules(), ids=lambda p: p.relative_to(TESTS).as_posix())
def test_no_test_module_imports_another(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = sorted({m for m in imported_modules(tree, path) if is_test_module(m)})
    assert imported == [], "move what is shared to a helper module or a conftest.py"


@pytest.mark.parametrize("path", all_test_modules(), ids=lambda p: p.relative_to(TESTS).as_posix())
def test_no_test_module_shadows_a_conftest_fixture(path: Path) -> None:
    above = conftest_fixtures_above(path)
    shadowed = {
        name: above[name].relative_to(TESTS).as_posix()
        for name in sorted(fixtures_of(path))
        if name in above
    }
    assert shadowed == {}, "give the fixture its own name, or make the conftest one serve it"


def test_ci_runs_every_test_module():
    """A test module CI never runs protects nothing: each lies under a folder or matches a
    pattern that .ci/run hands to pytest."""
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    given = {word for word in script.split() if word.startswith("tests/")}
    covered: set[Path] = set()
    for path in given:
        covered |= set(ROOT.glob(path)) if "*" in path else {ROOT / path}
    missed = [
        str(module.relative_to(ROOT))
        for module in all_test_modules()
        if not any(module == place or place in module.parents for place in covered)
    ]
    assert missed == []
