"""A slip and the listeners' doubt (round 22): the cues added when a writer corrects or
hesitates just after a cue of the other band (`SLIP_RULE`, `A_SLIP_RULE`), or when
someone else questions it and the writer does not own it (`DOUBTED_RULE`,
`A_DOUBTED_RULE`), with the word tests `MinorsGuard._slip` and `_room_doubt` use.
"""

from __future__ import annotations

import re

from causette.moderation.minors.guard_state import _User
from causette.moderation.minors.patterns import Rule, collapsed

SLIP_RULE = Rule(
    "c.slip",
    "slip",
    1.5,
    "se reprend juste après avoir parlé comme un enfant "
    "(« enfin je veux dire… », « de ma... voisine »)",
    re.compile(r"(?!)"),
)
"""Round 22: a declared adult who corrects or hesitates over a word just after their own child
cue ("ma mère m'a dit au lit" … "enfin je veux dire j'étais fatigué", "je suis parti comme
enfant... enfin comme participant", "de ma... voisine"): a child covering a slip."""
DOUBTED_RULE = Rule(
    "c.doubted",
    "doubted",
    1.0,
    "un autre s'étonne de ses propos d'enfant (« à 19 ans ? », « la récré ? »)",
    re.compile(r"(?!)"),
)
"""Round 22: someone else questions a declared adult's child cue just after it, restating an
adult age ("à 19 ans ?", "t'as 21 ans et t'es louveteau ?") or echoing its word in a short
question ("la récré ?", "t'as des devoirs ?"), and the writer's answer does not own it ("oui
et j'assume"): the listeners' doubt, on the writer's score at their answer."""
A_SLIP_RULE = Rule(
    "a.slip",
    "slip",
    1.5,
    "se reprend juste après avoir parlé comme un adulte (« ma fille… enfin ma petite sœur »)",
    re.compile(r"(?!)"),
)
A_DOUBTED_RULE = Rule(
    "a.doubted",
    "doubted",
    1.0,
    "un autre s'étonne de ses propos d'adulte (« ta fille ?? », « à 17 ans ? »)",
    re.compile(r"(?!)"),
)
"""The mirror for a declared minor's adult cues (round 22)."""
DOUBT_WINDOW = 5 * 60.0
"""How long after a declared adult's child cue a correction or someone's doubt refers to it."""
_SLIP = collapsed(
    r"\benfin (?:je veux dire|jveux dire|je voulais dire|comme|ou j|quand j|c etait avant)\b"
    r"|^(?:enfin )?(?:je veux dire|jveux dire|je voulais dire)\b"
    r"|\bje parlais (?:pour|de) (?:ma|mon) (?:soeur|frere|cousine?|petite? soeur|petit frere)\b"
    r"|\benfin (?:un|une) (?:collegue|ami|amie|pote|voisin|voisine)\b"
)
_HESITATION = re.compile(
    r"\b(?:ma|mon|mes|un|une|en|de|du|le|la|au|comme|dans)\s*(?:\.{2,}|…)\s*\w"
    r"|(?:\.{2,}|…)\s*enfin\b",
    re.IGNORECASE,
)
_OWNS = collapsed(
    r"\bj assume\b|\bet alors\b|\bpourquoi pas\b|\by a pas d age\b|\bchacun son truc\b"
)
"""The doubted writer owning the cue ("oui et j'assume", "et alors ?"): no cover, no doubt."""
_DOUBT_AGE = re.compile(r"(?:^|\ba |\bt as |\btu as |\bt a )(?:1\d|[2-9]\d) ans\b")
_ECHO_STOP = frozenset(
    {"avec", "quoi", "comment", "pourquoi", "toi", "vous", "tout", "bien", "alors", "vraiment"}
)


def _may_slip(told: _User | None, cues: list[Rule], now: float) -> bool:
    """Whether the slip and the doubt need reading (`MinorsGuard._slip`): the message has a
    cue of the other band, or the writer's last such cue is recent or questioned. Most
    messages: neither."""
    return bool(cues) or (told is not None and (told.doubt_open or now - told.cued <= DOUBT_WINDOW))


def _cue_words(plain: str) -> frozenset[str]:
    """The longer words of a message that carried a child cue (at most 12): a short question
    of someone else's that repeats one of them doubts it."""
    return frozenset([w for w in plain.split() if len(w) >= 4 and w not in _ECHO_STOP][:12])


def _doubts(text: str, plain: str, words: frozenset[str]) -> bool:
    """Whether `text` questions a child cue whose message had `words`: a question restating an
    adult age ("à 19 ans ?") or a short one (six words at most) echoing one of its words."""
    if "?" not in text:
        return False
    if _DOUBT_AGE.search(plain) is not None:
        return True
    said = plain.split()
    return len(said) <= 6 and any(w in words for w in said)
