"""The « vie en danger / enfant en danger » export for the authorities (DSA Art. 18).

When information suggests a criminal offence threatening someone's life or
safety, the platform informs the police promptly; in France that is Pharos,
run by OFAC (internet-signalement.gouv.fr), and 17 or 112 in an emergency.
This module builds what the moderator hands over: a JSON document and a
printable HTML page, both pure string building. The caller supplies the
identification data it holds (pseudonyms, connection data under décret
2021-1362) and marks the item transmitted with `Transmission`.

The HTML page escapes every value, loads nothing and runs no script.
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from causette.domain.reasons import format_date_fr
from causette.domain.reports import CATEGORY_LABELS_FR

__all__ = [
    "FORMAT_VERSION",
    "AuthorityExport",
    "ContextMessage",
    "Transmission",
    "build_export",
    "export_html",
    "export_json",
]

FORMAT_VERSION = 1


@dataclass(frozen=True, slots=True)
class ContextMessage:
    """A message shown with the item. `flagged` marks the content in question."""

    at: float
    author: str  # pseudonym (and id) as the caller wants it shown
    text: str
    flagged: bool = False


@dataclass(frozen=True, slots=True)
class AuthorityExport:
    """Everything handed to the authorities for one item."""

    reference: str  # ticket number or queue item id
    category: str
    summary: str  # the moderator's own words: why a life or a child is in danger
    target: str  # e.g. message:general:120
    detected_at: float
    exported_at: float
    moderator: str
    messages: tuple[ContextMessage, ...]
    identification: Mapping[str, Any] = field(default_factory=dict)
    service: str = "Causette"

    def to_json(self) -> dict[str, Any]:
        return {
            "format": "causette-authority-export",
            "version": FORMAT_VERSION,
            "service": self.service,
            "reference": self.reference,
            "category": self.category,
            "summary": self.summary,
            "target": self.target,
            "detected_at": self.detected_at,
            "exported_at": self.exported_at,
            "moderator": self.moderator,
            "messages": [
                {"at": m.at, "author": m.author, "text": m.text, "flagged": m.flagged}
                for m in self.messages
            ],
            "identification": dict(self.identification),
        }


def build_export(
    *,
    reference: str,
    category: str,
    summary: str,
    target: str,
    detected_at: float,
    moderator: str,
    messages: Sequence[ContextMessage],
    identification: Mapping[str, Any],
    now: float,
    service: str = "Causette",
) -> AuthorityExport:
    """Assemble an export; raise `ValueError` without a moderator, a summary or content.

    `messages` are put in time order. `identification` must be JSON data; it is
    copied as given (the caller decides what the law lets it hand over).
    """
    if not moderator or not summary.strip():
        raise ValueError("an authority export needs a moderator and a summary")
    if not messages:
        raise ValueError("an authority export needs the content in question")
    # Copy deeply and refuse what JSON cannot hold, now rather than at export time.
    ident = json.loads(json.dumps(dict(identification), allow_nan=False))
    return AuthorityExport(
        reference=reference,
        category=category,
        summary=summary.strip(),
        target=target,
        detected_at=detected_at,
        exported_at=now,
        moderator=moderator,
        messages=tuple(sorted(messages, key=lambda m: m.at)),
        identification=ident,
        service=service,
    )


def export_json(export: AuthorityExport) -> str:
    """The JSON document (UTF-8 text, sorted keys, indented for a human reader)."""
    return json.dumps(export.to_json(), ensure_ascii=False, sort_keys=True, indent=2)


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


# The printable page is read by a French officer: known keys get French labels and
# times a French date (the JSON document keeps the codes and Unix times).
_IDENT_LABELS_FR = {
    "pseudonym": "Pseudo",
    "session": "Session (identifiant interne)",
    "declared_age": "Âge déclaré",
    "department": "Département (déclaré)",
    "session_opened_at": "Session ouverte le",
    "entry_ip": "Adresse IP à l'entrée",
    "entry_port": "Port source à l'entrée",
    "content_ip": "Adresse IP à l'envoi du contenu",
    "content_port": "Port source à l'envoi du contenu",
    "content_sent_at": "Contenu envoyé le",
    "other_pseudonyms": "Pseudos du même appareil ou réseau (30 jours)",
}


def _ident_rows(data: Mapping[str, Any]) -> str:
    rows = []
    for key in sorted(data):
        value = data[key]
        if key.endswith("_at") and isinstance(value, int | float) and not isinstance(value, bool):
            shown = format_date_fr(float(value))
        elif isinstance(value, str):
            shown = value
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            shown = ", ".join(value)
        else:
            shown = json.dumps(value, ensure_ascii=False)
        label = _IDENT_LABELS_FR.get(key, key)
        rows.append(f"<tr><th>{_e(label)}</th><td>{_e(shown)}</td></tr>")
    return "\n".join(rows) or '<tr><td colspan="2">Aucune donnée fournie.</td></tr>'


def export_html(export: AuthorityExport) -> str:
    """A printable page (French), every value escaped, no script, no external resource."""
    msgs = "\n".join(
        f'<tr class="{"flagged" if m.flagged else ""}"><td>{_e(format_date_fr(m.at))}</td>'
        f"<td>{_e(m.author)}</td><td>{_e(m.text)}</td></tr>"
        for m in export.messages
    )
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Signalement aux autorités — {_e(export.reference)}</title>
<style>
body {{ font-family: sans-serif; margin: 2em; color: #000; }}
table {{ border-collapse: collapse; width: 100%; margin-bottom: 1.5em; }}
th, td {{ border: 1px solid #444; padding: .3em .5em; text-align: left; vertical-align: top; }}
tr.flagged td {{ font-weight: bold; background: #eee; }}
.urgent {{ border: 2px solid #000; padding: .5em; }}
</style>
</head>
<body>
<h1>Signalement aux autorités : vie en danger / enfant en danger</h1>
<p class="urgent">En cas de danger immédiat : appeler le 17 ou le 112.
Signalement en ligne : Pharos (OFAC), internet-signalement.gouv.fr.</p>
<table>
<tr><th>Service</th><td>{_e(export.service)}</td></tr>
<tr><th>Référence</th><td>{_e(export.reference)}</td></tr>
<tr><th>Catégorie</th><td>{_e(CATEGORY_LABELS_FR.get(export.category, export.category))}</td></tr>
<tr><th>Élément</th><td>{_e(export.target)}</td></tr>
<tr><th>Détecté le</th><td>{_e(format_date_fr(export.detected_at))}</td></tr>
<tr><th>Exporté le</th><td>{_e(format_date_fr(export.exported_at))}</td></tr>
<tr><th>Modérateur</th><td>{_e(export.moderator)}</td></tr>
</table>
<h2>Résumé</h2>
<p>{_e(export.summary)}</p>
<h2>Contenu et contexte</h2>
<table>
<tr><th>Date</th><th>Auteur</th><th>Message</th></tr>
{msgs}
</table>
<h2>Données d'identification</h2>
<table>
{_ident_rows(export.identification)}
</table>
</body>
</html>
"""


@dataclass(frozen=True, slots=True)
class Transmission:
    """The record that an export went to the authorities (kept with the item, audited)."""

    reference: str
    at: float
    by: str
    channel: str  # e.g. "pharos", "17", "112", "ofac-email"
    receipt: str = ""  # the authority's reference, when one is given
