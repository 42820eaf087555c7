"""Pushing past a refusal (step F, fortieth sitting): the grooming cue `INSIST_RULE`, added
when a private message presses on (`presses`) right after the partner refused or balked
(`refuses`), with the word tests `MinorsGuard.observe_dm` uses. Both read folded text."""

from __future__ import annotations

import re

from causette.moderation.minors.patterns import Rule, collapsed

INSIST_RULE = Rule(
    "g.insist",
    "insist",
    1.0,
    "insiste juste après un refus (« je comprends mais… », « c'est rien », « t'es trop timide »)",
    re.compile(r"(?!)"),
)
"""The partner said no or balked ("nn", "j'aime pas trop donner mon adresse") and the writer's
next messages press on ("je comprends mais donne juste le quartier", "c'est rien, t'es trop
timide"): its own family, so that it adds to the request pressed."""
INSIST_WINDOW = 5 * 60.0
"""How long after the refusal the writer's pressing counts."""
INSIST_MESSAGES = 2
"""How many of the writer's messages after the refusal are read for it."""

_REFUSAL = collapsed(
    r"^(?:non|nn$|nan|nope|no|hmm+|bof|euh non|non merci|pas trop|pas envie|j ai pas envie|"
    r"(?:je|j) (?:prefere|prefererais) pas|(?:j|je) (?:aime|aimes) pas(?: trop)?|jaime pas|"
    r"(?:je|j) (?:veux|voudrais) pas|jveux pas|(?:je|j) (?:peux|peu) pas|jpeux pas)\b"
)
_PRESS = collapsed(
    r"\b(?:je comprends mais|jcomprends mais|je comprend mais|c est rien|c rien|c est pas grave|"
    r"(?:t es|tu es|tes) (?:trop |tellement |si )?timide|allez|aller stp|stp|s il te plait|"
    r"steuplait|juste|fais moi confiance|t inquiete|ca craint (?:rien|pas)|personne (?:saura|"
    r"verra))\b"
)


_REFUSAL_OPENERS = frozenset(
    {
        "non",
        "n",
        "nan",
        "nope",
        "no",
        "hm",
        "bof",
        "euh",
        "pas",
        "j",
        "je",
        "jaime",
        "jveux",
        "jpeux",
    }
)
"""The first words `_REFUSAL` can open with (folded: « hmm » is « hm »): the search runs only
after one of them, so an ordinary private message costs no `re` search here (the budget of
`tests/moderation/test_dm_path_searches.py`)."""


def refuses(plain: str) -> bool:
    """The message opens with a refusal or a balk."""
    if plain.partition(" ")[0] not in _REFUSAL_OPENERS:
        return False
    return _REFUSAL.search(plain) is not None


def presses(plain: str) -> bool:
    """The message presses on."""
    return _PRESS.search(plain) is not None
