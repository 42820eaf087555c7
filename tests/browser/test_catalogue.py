"""Static checks of the client's sources: one catalogue per language with the same
keys, every static key the code asks for exists, and no HTML sink for user content."""

from __future__ import annotations

import re
from pathlib import Path

STATIC = Path(__file__).resolve().parents[2] / "src" / "causette" / "web" / "static"
KEY = re.compile(r'^\s*"([a-z_]+(?:\.[a-z0-9_]+)+)":', re.M)
USED = re.compile(r'\bt\("([a-z_]+(?:\.[a-z0-9_]+)+)"')


def _keys(name: str) -> set[str]:
    return set(KEY.findall((STATIC / "i18n" / name).read_text(encoding="utf-8")))


def _sources() -> list[Path]:
    return [p for p in STATIC.rglob("*.js") if "i18n" not in p.parts]


def test_french_and_english_catalogues_have_the_same_keys() -> None:
    fr, en = _keys("fr.js"), _keys("en.js")
    assert len(fr) > 100
    # English may add translations of server error codes; it may not miss a UI string.
    assert fr - en == set()
    assert {k for k in en - fr if not k.startswith("err.")} == set()


def test_every_string_the_code_asks_for_is_in_the_french_catalogue() -> None:
    used = {k for p in _sources() for k in USED.findall(p.read_text(encoding="utf-8"))}
    assert len(used) > 50
    assert used - _keys("fr.js") == set()


def test_no_html_sink_in_the_client() -> None:
    sinks = re.compile(
        r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function"
    )
    offenders = [str(p) for p in _sources() if sinks.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_no_inline_style_or_script_in_the_pages() -> None:
    for name in ("index.html", "regles.html"):
        html = (STATIC / name).read_text(encoding="utf-8")
        assert "style=" not in html
        assert re.search(r"<script(?![^>]*\bsrc=)", html) is None, name
        assert " on" + "click=" not in html


SRC = STATIC.parents[1]
# Codes a chatter's client receives: errors raised or sent, rejections and notices.
SERVER_CODE = re.compile(
    r"\b(?:CausetteError|InvalidInput|Conflict|Unauthorized|Forbidden|NotFound|RateLimited"
    r'|Unavailable)\(\s*"([a-z0-9_]+)"'
    r'|events\.(?:notice|error)\(\s*"([a-z0-9_]+)"'
    r'|events\.rejected\(\s*[^,()]+,\s*"([a-z0-9_]+)"'
    r'|"type": "notice", "code": "([a-z0-9_]+)"',
)
# Codes only moderators, staff tools or the server-rendered pages (console, statement
# and appeal pages, CLI) see; those pages are written in French for the team.
STAFF_ONLY = {
    "action_invalid",
    "channel_invalid",
    "console_login_required",
    "csrf_invalid",
    "export_summary_missing",
    "flagger_exists",
    "hash_list_invalid",
    "item_closed",
    "item_not_found",
    "login_invalid",
    "login_rate_limited",
    "login_taken",
    "name_invalid",
    "no_author",
    "password_invalid",
    "password_mismatch",
    "reason_missing",
    "sanction_duration_invalid",
    "totp_required",
}


def test_every_code_the_server_sends_a_chatter_reads_in_english() -> None:
    # The server writes French; an English reader must not get it for want of a
    # translation (the client falls back to the server's French text).
    codes = {
        next(g for g in m.groups() if g)
        for p in SRC.rglob("*.py")
        for m in SERVER_CODE.finditer(p.read_text(encoding="utf-8"))
    }
    assert {"dm_age_band", "safety_3018", "muted", "sanctioned"} <= codes
    # statement/appeal pages, authorities' requisitions and orders (the legal officer's CLI)
    staff = ("appeal_", "requisition_", "order_")
    chatter = {c for c in codes if c not in STAFF_ONLY and not c.startswith(staff)}
    english = {k.removeprefix("err.") for k in _keys("en.js") if k.startswith("err.")}
    assert sorted(chatter - english) == []
