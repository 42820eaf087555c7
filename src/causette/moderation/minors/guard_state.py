"""What `MinorsGuard` keeps between messages: per ordered pair (`_Pair`), per user
(`_User`), per message awaiting its meaning (`_Waiting`), per room or conversation
(`_Scene`, `_Speaker`, `_Room`), per teen-room writer (`_Faint`) and per user's count of
minors (`_Contacts`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from causette.moderation.minors.state import RuleState

EVIDENCE_MESSAGES: int | None = 15
"""A declared person's age-lie evidence counts only the hits from the last this many
messages they wrote (`MinorsGuard(evidence_messages=...)`; None: every hit within the time
decay). 15, kept by the twenty-seventh sitting's trial against 30 and None (`docs/minors.md`,
"Long sessions, batch ar")."""
PAIR_MESSAGES: int | None = 30
"""A pair's evidence counts only the hits from the last this many messages its subject wrote
(`MinorsGuard(pair_messages=...)`; None: every hit within the time decay). 30, kept by the
twenty-seventh sitting's third trial (15 and 30 tied; the tie keeps the smaller change)."""


@dataclass(slots=True)
class _Pair:
    state: RuleState
    sender_age: int
    recipient_age: int
    known: bool = False  # two declared teens who say they know each other (round 17)
    kin: bool = False  # two declared adults of one family ("merci tata", round 27)
    parent: bool = False  # a parent and their grown child ("coucou ma fille", round 40)
    posed: bool = False  # one posed as a parent or was told they are none (round 40)
    # a child in view: the recipient wrote like a child in a general room (round 50), was held
    # for a possible child at a grooming cue (39th, step 4), or was asked her real age (40th, K)
    child_seen: bool = False
    visit: bool = False  # two declared teens: a visit to the recipient's home proposed (39th)
    refused: float = float("-inf")  # when the recipient last refused or balked (step F)
    pressed: int = 0  # the subject's messages read since then for pushing past it (step F)


@dataclass(slots=True)
class _User:
    age: int
    child: RuleState  # child self-descriptions (meaningful for a declared adult)
    adult: RuleState  # adult self-descriptions (meaningful for a declared minor)
    last: float
    asked: float = float("-inf")  # when a DM partner last asked this user's age
    recalled: float = float("-inf")  # when this user last told a memory (past frame)
    guessed: float = float("nan")  # when a DM partner last spoke of this user's children
    asked_other: float = float("-inf")  # when a DM partner last asked someone else's age
    scene: float = float("-inf")  # when this user last set a story in a past year (round 17)
    marked: float = float("-inf")  # when a mark was last asked in this user's DM (round 21)
    cued: float = float("-inf")  # when this declared adult last wrote a child cue (round 22)
    cue_words: frozenset[str] = frozenset()  # that message's longer words (at most 12)
    doubted: float = float("-inf")  # when someone else last questioned it (round 22)
    doubt_open: bool = False  # that question not yet answered by this user
    disbelieved: bool = False  # that question said they could not be what they said (round 23)
    disbelief: float = float("-inf")  # when someone last said so
    # a declared adult's faint child wording, their last `FAINT_WINDOW` messages' (26th sitting)
    faint: list[float] = field(default_factory=list)
    faint_fired: bool = False  # `c.model_sum` already counted
    # when this user wrote their last `evidence_messages` / `pair_messages` messages (27th)
    written: list[float] = field(default_factory=list)


@dataclass(slots=True)
class _Waiting:
    """A message whose meaning the guard asked for (`wants_meaning`), until it comes."""

    sender: str
    sender_age: int
    recipient: str | None  # None: a room message (age-lie only)
    recipient_age: int
    quote: str
    at: float
    grooming: bool  # its grooming meaning may count in the pair sender -> recipient
    age_lie: bool  # its band's meaning may count as the sender's self-description
    where: str


@dataclass(slots=True)
class _Scene:
    at: float  # when someone in the room last set a story in a past year (round 17)


@dataclass(slots=True)
class _Faint:
    """A teen-room writer's faint grooming wording (twenty-sixth sitting): what each of their
    last `FAINT_WINDOW` messages there added (`model_cues.faint`) and when, within
    `ROOM_GROOMING_WINDOW`."""

    at: float
    parts: list[tuple[float, float]] = field(default_factory=list)
    fired: bool = False  # `g.model_sum` already counted


@dataclass(slots=True)
class _Speaker:
    who: str  # who last wrote in a teen room (round 18): whom the next writer answers
    at: float
    named: bool = False  # (the writer's exchange) that person was picked out by name (round 21)
    age: int = 0  # (a general room, round 50) that person's declared age


@dataclass(slots=True)
class _Room:
    asker: str  # who last asked "t'as quel âge" in the room
    asked: float


@dataclass(slots=True)
class _Contacts:
    # minor -> (when, message ref, rule id)
    minors: dict[str, tuple[float, str, str]] = field(default_factory=dict)
    fired: bool = False
    last: float = 0.0
