"""Protection of minors in the message path: conversation signals and what they trigger.

The single-message teen rules live in the moderation engine (they hold or block with
the 3018 note); this service feeds every accepted message to `MinorsGuard`, which
looks across many messages, and acts on its signals:

- `grooming` → the pair's further private messages are held for review, escalated;
- `age_lie_adult` → the declared adult's messages are held pending review;
- `age_lie_minor` → flagged for moderators (a possible adult in the teen community);
- `many_minors` → suspended pending review, with a warning and a statement of reasons
  (DSA Art. 23).

Every signal goes to the moderators' queue as held content whose verdict is the
signal itself (which messages, which rules, which score): each one is explainable.
"""

from __future__ import annotations

import json
import logging

from causette.domain.errors import Forbidden
from causette.domain.ids import UserId
from causette.moderation.minors import MinorsGuard, Signal, SignalKind
from causette.moderation.verdict import Action, Verdict
from causette.ports import MessageStore

__all__ = ["SUSPENDED_TEXT", "MinorsProtection"]

log = logging.getLogger(__name__)

SUSPENDED_TEXT = (
    "Votre compte est suspendu à titre conservatoire : plusieurs de vos messages à des "
    "mineurs ont déclenché nos règles de protection des mineurs. Une personne de l'équipe "
    "de modération va examiner la situation ; vous recevrez la décision motivée et "
    "pourrez la contester."
)
RESTRICTED_TEXT = (
    "Vos messages sont vérifiés avant publication en attendant l'examen de votre profil "
    "par l'équipe de modération."
)
_HELD_PAIR = Verdict(
    Action.REVIEW,
    categories=("child_safety",),
    reasons=("Conversation mise en attente de vérification (protection des mineurs).",),
    rules=("minors.grooming.pair_held",),
    escalate=True,
)
_RESTRICTED = Verdict(
    Action.REVIEW,
    categories=("child_safety",),
    reasons=(RESTRICTED_TEXT,),
    rules=("minors.age_lie.restricted",),
)


class MinorsProtection:
    """One per node. State is in memory for now (see docs/minors.md: persistence and
    sharing across nodes come with the sanctions store and the Redis work)."""

    def __init__(self, store: MessageStore, guard: MinorsGuard | None = None) -> None:
        self.store = store
        self.guard = guard or MinorsGuard()
        self.held_pairs: set[tuple[UserId, UserId]] = set()
        self.restricted: set[UserId] = set()
        self.suspended: set[UserId] = set()

    def check_active(self, user: UserId) -> None:
        """Raise `Forbidden("suspended")` for a user suspended pending review."""
        if user in self.suspended:
            raise Forbidden("suspended", SUSPENDED_TEXT)

    def override(self, sender: UserId, recipient: UserId | None) -> Verdict | None:
        """A verdict that replaces an `allow`: held pair or restricted sender."""
        if recipient is not None and (sender, recipient) in self.held_pairs:
            return _HELD_PAIR
        if sender in self.restricted:
            return _RESTRICTED
        return None

    async def after_dm(
        self,
        sender: UserId,
        sender_age: int,
        recipient: UserId,
        recipient_age: int,
        text: str,
        ref: str,
        now: float,
    ) -> list[Signal]:
        signals = self.guard.observe_dm(
            sender=sender,
            sender_age=sender_age,
            recipient=recipient,
            recipient_age=recipient_age,
            text=text,
            ref=ref,
            now=now,
        )
        await self._act(signals, now)
        return signals

    async def after_room_message(
        self, sender: UserId, sender_age: int, room_kind: str, text: str, ref: str, now: float
    ) -> list[Signal]:
        signals = self.guard.observe_room_message(
            sender=sender, sender_age=sender_age, room_kind=room_kind, text=text, ref=ref, now=now
        )
        await self._act(signals, now)
        return signals

    async def teen_rule_tripped(
        self, user: UserId, minor: UserId, ref: str, now: float
    ) -> list[Signal]:
        """A message of `user` to the minor `minor` was held or blocked by a teen rule."""
        signals = self.guard.note_minor_contact_violation(user, minor, ref, now)
        await self._act(signals, now)
        return signals

    async def _act(self, signals: list[Signal], now: float) -> None:
        for signal in signals:
            subject = UserId(signal.subject)
            if signal.kind is SignalKind.GROOMING and signal.other is not None:
                self.held_pairs.add((subject, UserId(signal.other)))
            elif signal.kind is SignalKind.AGE_LIE_ADULT:
                self.restricted.add(subject)
            elif signal.kind is SignalKind.MANY_MINORS:
                self.suspended.add(subject)
            log.info("minor-protection signal", extra={"kind": signal.kind.value})
            verdict = {
                "action": "review",
                "categories": ["child_safety"],
                "escalate": signal.kind is not SignalKind.AGE_LIE_MINOR,
                "signal": signal.to_json(),
            }
            target = f"signal:{signal.kind.value}:{signal.subject}"
            await self.store.hold(target, subject, signal.explanation, json.dumps(verdict), now)
