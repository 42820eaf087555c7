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

The interim measures (held pairs, restricted and suspended users) hold on every node:
each change is applied here at once, then published on the broker channel
`MINORS_CHANNEL`, which every node follows (`start`). The state is kept in memory:
a node started later, or a restart, does not know earlier measures (the signals stay
in the moderators' queue, and the moderators' decision takes over).
"""

from __future__ import annotations

import asyncio
import json
import logging

from causette.domain.errors import Forbidden
from causette.domain.ids import UserId
from causette.moderation.minors import MinorsGuard, Signal, SignalKind
from causette.moderation.verdict import Action, Verdict
from causette.ports import Broker, MessageStore, Subscription

__all__ = ["MINORS_CHANNEL", "SUSPENDED_TEXT", "MinorsProtection"]

log = logging.getLogger(__name__)

MINORS_CHANNEL = "minors"
"""Broker channel of the interim measures: JSON `{"op", "user", "other"?}`."""
_OPS = frozenset({"held_pair", "restricted", "suspended", "cleared"})

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
    """One per node; with a `broker`, the interim measures are shared by every node
    (call `start` once, `close` at shutdown)."""

    def __init__(
        self, store: MessageStore, guard: MinorsGuard | None = None, *, broker: Broker | None = None
    ) -> None:
        self.store = store
        self.guard = guard or MinorsGuard()
        self.broker = broker
        self.held_pairs: set[tuple[UserId, UserId]] = set()
        self.restricted: set[UserId] = set()
        self.suspended: set[UserId] = set()
        self._subscription: Subscription | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        """Follow the other nodes' changes (no-op without a broker)."""
        if self.broker is not None and self._subscription is None:
            self._subscription = await self.broker.subscribe(MINORS_CHANNEL, self._on_change)

    async def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        if self._subscription is not None:
            await self._subscription.close()
            self._subscription = None

    def clear(self, user: UserId) -> None:
        """A moderator decided on a signal about `user`: its interim measures end,
        on every node."""
        self._apply("cleared", user, None)
        if self.broker is not None:
            task = asyncio.ensure_future(self._publish("cleared", user, None))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    def _apply(self, op: str, user: UserId, other: UserId | None) -> None:
        if op == "held_pair" and other is not None:
            self.held_pairs.add((user, other))
        elif op == "restricted":
            self.restricted.add(user)
        elif op == "suspended":
            self.suspended.add(user)
        elif op == "cleared":
            self.suspended.discard(user)
            self.restricted.discard(user)
            self.held_pairs = {pair for pair in self.held_pairs if pair[0] != user}

    async def _change(self, op: str, user: UserId, other: UserId | None = None) -> None:
        # Here at once (this node's next check sees it), then to the other nodes.
        self._apply(op, user, other)
        if self.broker is not None:
            await self._publish(op, user, other)

    async def _publish(self, op: str, user: UserId, other: UserId | None) -> None:
        assert self.broker is not None
        data = json.dumps({"op": op, "user": user, "other": other}).encode()
        try:
            await self.broker.publish(MINORS_CHANNEL, data)
        except Exception:
            # Applied here; the signal is in the moderators' queue whatever happens.
            log.warning("broker publish failed", extra={"channel": MINORS_CHANNEL})

    def _on_change(self, _channel: str, data: bytes) -> None:
        try:
            obj = json.loads(data)
            op, user, other = obj["op"], obj["user"], obj.get("other")
        except (ValueError, TypeError, KeyError):
            log.warning("dropped a malformed minors change")
            return
        if op not in _OPS or not isinstance(user, str) or not isinstance(other, str | None):
            log.warning("dropped a malformed minors change")
            return
        self._apply(op, UserId(user), None if other is None else UserId(other))

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
                await self._change("held_pair", subject, UserId(signal.other))
            elif signal.kind is SignalKind.AGE_LIE_ADULT:
                await self._change("restricted", subject)
            elif signal.kind is SignalKind.MANY_MINORS:
                await self._change("suspended", subject)
            log.info("minor-protection signal", extra={"kind": signal.kind.value})
            verdict = {
                "action": "review",
                "categories": ["child_safety"],
                "escalate": signal.kind is not SignalKind.AGE_LIE_MINOR,
                "signal": signal.to_json(),
            }
            target = f"signal:{signal.kind.value}:{signal.subject}"
            await self.store.hold(target, subject, signal.explanation, json.dumps(verdict), now)
