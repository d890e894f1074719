"""The sandbox's HTML: the sign-in and consent page, an error page, a shared collection."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from html import escape

from badgedesk.sandbox.state import DEMO_EMAIL, DEMO_PASSWORD

SCOPE_DESCRIPTIONS = {
    "r:profile": "See who you are",
    "rw:profile": "Update your profile",
    "r:backpack": "List assertions in your backpack",
    "rw:backpack": "Upload badges to your backpack and manage collections",
    "rw:issuer": "Award, edit and revoke badges of your issuers",
}

_STYLE = """
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f3f5f8;
color:#1d2733}
main{max-width:440px;margin:32px auto;background:#fff;border-radius:10px;padding:28px 32px;
box-shadow:0 2px 12px rgba(20,30,50,.12)}
h1{font-size:1.35rem;margin:0 0 4px}p.sub{margin:0 0 18px;color:#52606d}
.banner{background:#fff7e0;border:1px solid #f0d48a;border-radius:6px;padding:10px 12px;
font-size:.9rem;margin-bottom:18px}
.error{background:#fdecec;border:1px solid #e7a1a1;color:#8a1c1c;border-radius:6px;
padding:10px 12px;margin-bottom:16px}
label{display:block;font-weight:600;margin:12px 0 4px}
input[type=email],input[type=password]{width:100%;box-sizing:border-box;padding:9px 10px;
border:1px solid #b8c2cc;border-radius:6px;font-size:1rem}
ul{padding-left:20px;margin:6px 0 0}li{margin:3px 0}
.buttons{display:flex;flex-direction:row-reverse;gap:10px;margin-top:22px}
button{flex:1;padding:10px;border-radius:6px;font:inherit;font-size:1rem;cursor:pointer;
border:1px solid #1f5fbf}
#allow{background:#1f5fbf;color:#fff}#deny{background:#fff;color:#1f5fbf}
code{background:#eef1f5;padding:1px 4px;border-radius:4px}
"""


def _page(title: str, body: str) -> str:
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width,initial-scale=1'>"
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head>"
        f"<body><main>{body}</main></body></html>"
    )


def authorize_page(
    params: Mapping[str, str], scopes: Iterable[str], error: str | None, email: str = ""
) -> str:
    """Sign-in and consent in one form; the ids are stable for automated sign-in. Allow comes
    first in the markup so that Enter in the password field allows (Deny is drawn left)."""
    hidden = "".join(
        f"<input type='hidden' name='{escape(k)}' value='{escape(v)}'>" for k, v in params.items()
    )
    items = "".join(
        f"<li>{escape(SCOPE_DESCRIPTIONS.get(s, s))} <code>{escape(s)}</code></li>" for s in scopes
    )
    problem = f"<div class='error' role='alert'>{escape(error)}</div>" if error else ""
    body = f"""
<h1>Sign in to BadgeDesk Sandbox</h1>
<p class="sub"><strong>BadgeDesk</strong> asks to use your Digital Badges account.</p>
<div class="banner">This is the local sandbox. Demo login: <code>{DEMO_EMAIL}</code>
 / <code>{DEMO_PASSWORD}</code></div>
{problem}
<form id="login-form" method="post" action="">
{hidden}
<label for="email">Email</label>
<input id="email" name="email" type="email" autocomplete="username" required autofocus
 value="{escape(email)}">
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password">
<p style="margin-top:18px"><strong>BadgeDesk will be able to:</strong></p>
<ul>{items}</ul>
<div class="buttons">
<button id="allow" name="action" value="allow" type="submit">Allow</button>
<button id="deny" name="action" value="deny" type="submit" formnovalidate>Deny</button>
</div>
</form>"""
    return _page("Sign in · BadgeDesk Sandbox", body)


def error_page(message: str) -> str:
    return _page(
        "Sign-in error · BadgeDesk Sandbox",
        f"<h1>Cannot start sign-in</h1><div class='error' role='alert'>{escape(message)}</div>",
    )


def collection_page(name: str, description: str, badges: Iterable[tuple[str, str]]) -> str:
    items = "".join(f"<li>{escape(n)} <small>({escape(d)})</small></li>" for n, d in badges)
    return _page(
        f"{name} · shared badges",
        f"<h1>{escape(name)}</h1><p class='sub'>{escape(description)}</p><ul>{items}</ul>",
    )


def django_page(title: str, detail: str) -> str:
    """The shape of a DEBUG Django error page (probe 34, entry 40): the open-source server
    answers unrouted paths and some crashes with one of these, not with JSON."""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n'
        '  <meta http-equiv="content-type" content="text/html; charset=utf-8">\n'
        f"  <title>{escape(title)}</title>\n</head>\n<body>\n"
        f"  <div id='summary'><h1>{escape(title)}</h1><p>{escape(detail)}</p></div>\n"
        "</body>\n</html>\n"
    )


def browsable_api_page(base: str, answer: str) -> str:
    """The DRF browsable-API page the API origin shows a browser at ``GET /o/authorize``
    (entry 4): the JSON consent API's answer, and no sign-in form."""
    return (
        "<!DOCTYPE html>\n<html>\n  <head>\n"
        '    <meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>\n'
        '    <meta name="robots" content="NONE,NOARCHIVE" />\n'
        f'    <link href="{escape(base)}/static/badgr-ui/badgr-ui.css" rel="stylesheet">\n'
        "    <title>Badgr REST API</title>\n  </head>\n  <body>\n"
        f"    <h1>Authorization Api</h1>\n    <pre>{escape(answer)}</pre>\n"
        "  </body>\n</html>\n"
    )
