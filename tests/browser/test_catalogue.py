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
