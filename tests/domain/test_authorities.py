from __future__ import annotations

import json
from html.parser import HTMLParser
from typing import Any

import pytest

from causette.domain.authorities import (
    AuthorityExport,
    ContextMessage,
    Transmission,
    build_export,
    export_html,
    export_json,
)

T0 = 1_800_000_000.0


def export(**overrides: Any) -> AuthorityExport:
    args: dict[str, Any] = {
        "reference": "R-2026-000123",
        "category": "child_safety",
        "summary": "Un adulte propose un rendez-vous à une personne de 15 ans.",
        "target": "dm:42",
        "detected_at": T0,
        "moderator": "mod_alice",
        "messages": [
            ContextMessage(T0 + 20, "Loup_45 (u_9)", "on se voit demain ?", flagged=True),
            ContextMessage(T0 + 10, "Lila_15 (u_1)", "salut"),
            ContextMessage(T0 + 30, "Lila_15 (u_1)", "je sais pas"),
        ],
        "identification": {
            "pseudonyms": ["Loup_45", "LeLoup"],
            "ip": "203.0.113.7",
            "port": 51234,
        },
        "now": T0 + 3600,
    }
    args.update(overrides)
    return build_export(**args)


def test_json_export_holds_item_context_identification_times_and_moderator() -> None:
    data = json.loads(export_json(export()))
    assert data["format"] == "causette-authority-export" and data["version"] == 1
    assert data["reference"] == "R-2026-000123"
    assert data["target"] == "dm:42"
    assert data["moderator"] == "mod_alice"
    assert data["detected_at"] == T0 and data["exported_at"] == T0 + 3600
    assert [m["text"] for m in data["messages"]] == ["salut", "on se voit demain ?", "je sais pas"]
    assert [m["flagged"] for m in data["messages"]] == [False, True, False]
    assert data["identification"]["port"] == 51234
    assert data["identification"]["pseudonyms"] == ["Loup_45", "LeLoup"]


def test_identification_is_copied_when_built() -> None:
    ident: dict[str, object] = {"pseudonyms": ["A"]}
    e = export(identification=ident)
    ident["pseudonyms"] = ["changed"]
    assert e.identification["pseudonyms"] == ["A"]


def test_export_needs_moderator_summary_and_content() -> None:
    with pytest.raises(ValueError):
        export(moderator="")
    with pytest.raises(ValueError):
        export(summary="  ")
    with pytest.raises(ValueError):
        export(messages=[])


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += [name for name, _ in attrs]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_page_escapes_everything_and_runs_no_script() -> None:
    hostile = '<script>alert(1)</script><img src=x onerror="alert(2)">'
    e = export(
        summary=hostile,
        messages=[ContextMessage(T0, hostile, hostile, flagged=True)],
        identification={hostile: hostile},
        reference='R-"><script>',
    )
    page = export_html(e)
    parser = _Collector()
    parser.feed(page)
    assert "script" not in parser.tags
    assert "img" not in parser.tags
    assert not any(a.startswith("on") for a in parser.attrs)
    # The hostile text is there, as text, for the reader.
    assert any("<script>alert(1)</script>" in t for t in parser.text)
    assert "default-src 'none'" in page


def test_html_page_is_in_french_and_shows_the_emergency_numbers() -> None:
    page = export_html(export())
    assert '<html lang="fr">' in page
    assert "vie en danger / enfant en danger" in page
    assert "17" in page and "112" in page and "Pharos" in page
    assert "mod_alice" in page and "on se voit demain ?" in page
    assert "203.0.113.7" in page


def test_transmission_record() -> None:
    t = Transmission("R-2026-000123", at=T0 + 4000, by="mod_alice", channel="pharos")
    assert t.receipt == ""
    assert (t.reference, t.channel) == ("R-2026-000123", "pharos")


def test_html_page_labels_the_category_and_the_identification_in_french() -> None:
    page = export_html(
        export(
            category="threat",
            identification={
                "declared_age": 34,
                "session_opened_at": T0,
                "other_pseudonyms": ["Loup_45", "LeLoup"],
                "entry_ip": "203.0.113.7",
            },
        )
    )
    assert "<td>Menace, chantage</td>" in page and "<td>threat</td>" not in page
    assert "<th>Âge déclaré</th><td>34</td>" in page
    assert "<th>Session ouverte le</th><td>15 janvier 2027" in page
    assert str(T0) not in page
    assert "<td>Loup_45, LeLoup</td>" in page
    assert "<th>Adresse IP à l&#x27;entrée</th>" in page
    # The JSON document keeps the codes and the Unix times.
    data = json.loads(export_json(export(category="threat")))
    assert data["category"] == "threat"
