"""``badgedesk --self-test``: prove a build works end to end, offscreen, in under a minute.

Starts the sandbox, signs in through the embedded browser with the demo account (filling the
sandbox's form as a person would), loads the first page of assertions and reports which
keyring backend it found. Exit 0 on success; otherwise prints the step that failed.
"""

from __future__ import annotations

import asyncio
import json

from badgedesk.sandbox import DEMO_EMAIL, DEMO_PASSWORD
from badgedesk.ui.futures import resolve
from badgedesk.ui.shell import Shell


async def fill_sandbox_form(
    shell: Shell, *, email: str = DEMO_EMAIL, password: str = DEMO_PASSWORD, action: str = "allow"
) -> None:
    """Wait for the sandbox's sign-in form in the login dialog, fill it in and submit it."""
    for _ in range(600):
        dialog = shell.login_dialog
        if dialog is not None and dialog.page_ready:
            found = await run_js(dialog, "document.getElementById('login-form') !== null")
            if found:
                script = (
                    f"document.getElementById('email').value = {json.dumps(email)};"
                    f"document.getElementById('password').value = {json.dumps(password)};"
                    f"document.getElementById({json.dumps(action)}).click(); true"
                )
                await run_js(dialog, script)
                return
        await asyncio.sleep(0.05)
    raise TimeoutError("the sign-in form did not appear within 30 s")


async def run_js(dialog: object, script: str) -> object:
    from badgedesk.ui.login_dialog import LoginDialog

    assert isinstance(dialog, LoginDialog)
    answer: asyncio.Future[object] = asyncio.get_running_loop().create_future()
    dialog.page.runJavaScript(script, 0, lambda value: resolve(answer, value))
    return await asyncio.wait_for(answer, 10)


def bundled_keyring_backends() -> list[str]:
    """The keyring backends this build can load (a frozen build must carry keyring's entry
    points and each OS's backend modules, or it silently falls back to no keyring)."""
    from importlib import import_module
    from importlib.metadata import entry_points

    found = []
    for point in entry_points(group="keyring.backends"):
        try:
            import_module(point.value.split(":")[0])
        except Exception:  # noqa: S112 - a backend for another OS may not import here
            continue
        found.append(point.name)
    return sorted(found)


async def run_self_test(shell: Shell) -> int:
    step = "sign in through the embedded browser"
    try:
        signing_in = asyncio.ensure_future(shell.sign_in())
        await fill_sandbox_form(shell)
        if not await asyncio.wait_for(signing_in, 60):
            raise RuntimeError("the login dialog closed without signing in")
        client = shell.session.client
        assert client is not None
        step = "load the first page of assertions"
        issuers = await client.list_issuers()
        page = await client.assertions_page("issuers", issuers[0].key, page_size=25)
        user = shell.session.user
        print(f"self-test: signed in as {user.display_name if user else '?'}")
        print(f"self-test: loaded {len(page.items)} assertions of {issuers[0].name}")
        keychain = shell.session.keychain
        kind = "persistent" if keychain.persistent else "session only"
        print(f"self-test: keyring backend {keychain.backend_name} ({kind})")
        print(f"self-test: keyring backends bundled: {', '.join(bundled_keyring_backends())}")
        print("self-test: OK")
        return 0
    except Exception as error:
        print(f"self-test: FAILED to {step}: {type(error).__name__}: {error}")
        return 1
