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

The interim measures (held pairs, restricted and suspended users) are stored
(`ports.MinorsMeasures`, table `minors_measures`) and hold on every node: each change
is written to the store, applied here at once, then published on the broker channel
`MINORS_CHANNEL`, which every node follows (`start`). Each node reads the running
measures at start and again at each janitor pass (`refresh`), so a restarted node, a
node started later or one that missed a publish applies them too. They run until a
moderator decides on the signal (`lift`), or until no signal about the user waits in the
queue any more (`expire`, by the janitor: held content is purged after the message
retention); starting, lifting and expiring each write an audit entry, and the stored
rows go. What the guard measured (scores, evidence, counts of minors) is in this
process's memory only: forgotten after `MinorsGuard.window` (`expire`), and at once on
every node when a moderator decides about the user.
"""

from __future__ import annotations

import json
import logging

from causette.domain.errors import Forbidden
from causette.domain.ids import UserId
from causette.moderation.minors import MinorsGuard, Signal, SignalKind
from causette.moderation.verdict import Action, Verdict
from causette.ports import Broker, MessageStore, MinorsMeasures, Subscription
from causette.services.autolog import SystemAudit

__all__ = ["MINORS_CHANNEL", "SUSPENDED_TEXT", "MinorsProtection"]

log = logging.getLogger(__name__)

MINORS_CHANNEL = "minors"
"""Broker channel of the interim measures: JSON `{"op", "user", "other"?}`."""
_OPS = frozenset({"held_pair", "restricted", "suspended", "cleared"})
_STARTED = {
    "held_pair": "conversation retenue à titre conservatoire (protection des mineurs)",
    "restricted": "messages vérifiés avant publication à titre conservatoire (âge déclaré)",
    "suspended": "suspension à titre conservatoire (plusieurs mineurs contactés)",
}

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
        self,
        store: MessageStore,
        guard: MinorsGuard | None = None,
        *,
        broker: Broker | None = None,
        measures: MinorsMeasures | None = None,
        audit: SystemAudit | None = None,
    ) -> None:
        """`measures`: where the interim measures are kept (without it, in this process
        only); `audit`: the log of automatic actions (holds, measures)."""
        self.store = store
        self.guard = guard or MinorsGuard()
        self.broker = broker
        self.measures = measures
        self.audit = audit
        self.held_pairs: set[tuple[UserId, UserId]] = set()
        self.restricted: set[UserId] = set()
        self.suspended: set[UserId] = set()
        self._subscription: Subscription | None = None
        self._changes = 0  # local and broker changes seen, so a refresh never undoes one

    async def start(self) -> None:
        """Follow the other nodes' changes, then read the running measures."""
        if self.broker is not None and self._subscription is None:
            self._subscription = await self.broker.subscribe(MINORS_CHANNEL, self._on_change)
        await self.refresh()

    async def refresh(self) -> None:
        """Read the running measures from the store (at start, then by the janitor, so a
        change whose publish was lost still reaches this node within a pass)."""
        if self.measures is None:
            return
        seen = self._changes
        running = await self.measures.running_minors_measures()
        if seen != self._changes:
            return  # a change arrived meanwhile: the next pass reads it with the rest
        pairs: set[tuple[UserId, UserId]] = set()
        restricted: set[UserId] = set()
        suspended: set[UserId] = set()
        for m in running:
            if m.kind == "held_pair" and m.other is not None:
                pairs.add((m.user, m.other))
            elif m.kind == "restricted":
                restricted.add(m.user)
            elif m.kind == "suspended":
                suspended.add(m.user)
        self.held_pairs, self.restricted, self.suspended = pairs, restricted, suspended

    async def expire(self, now: float) -> None:
        """The janitor's pass: forget what the guard measured longer ago than its window,
        and end the stored measures whose signal no longer waits in the queue (decided,
        or purged after the message retention): nobody would ever decide on them. Other
        nodes stop applying them at their next `refresh` (nothing is published, so a
        measure started meanwhile on another node is not cleared by mistake)."""
        self.guard.expire(now)
        if self.measures is None:
            return
        for user in await self.measures.expire_minors_measures():
            self._changes += 1
            self._apply("cleared", user, None)
            log.info("minors measures expired")
            if self.audit is not None:
                await self.audit.measure(
                    "minors_measures_expired",
                    user,
                    "mesures conservatoires terminées : le signalement n'est plus en attente",
                    now,
                )

    async def close(self) -> None:
        if self._subscription is not None:
            await self._subscription.close()
            self._subscription = None

    async def lift(self, user: UserId, by: str, now: float) -> None:
        """A moderator (`by`) decided on a signal about `user`: its interim measures end,
        in the store and on every node; the decision, or its sanction, takes over."""
        lifted = 0
        if self.measures is not None:
            lifted = await self.measures.lift_minors_measures(user, now, by)
        self._changes += 1
        self._apply("cleared", user, None)
        if self.broker is not None:
            await self._publish("cleared", user, None)
        if lifted and self.audit is not None:
            await self.audit.measure(
                "minors_measures_lifted",
                user,
                "mesures conservatoires levées : décision prise sur le signalement",
                now,
                actor=by,
                count=lifted,
            )

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
            self.guard.forget(user)

    async def _change(self, op: str, user: UserId, other: UserId | None, now: float) -> bool:
        """Store a measure, apply it here at once (this node's next check sees it), then
        tell the other nodes. False if it was running already."""
        started = True
        if self.measures is not None:
            started = await self.measures.add_minors_measure(op, user, other, now)
        self._changes += 1
        self._apply(op, user, other)
        if self.broker is not None:
            await self._publish(op, user, other)
        return started

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
        self._changes += 1
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
        self,
        sender: UserId,
        sender_age: int,
        room_kind: str,
        text: str,
        ref: str,
        now: float,
        room: str | None = None,
        name: str | None = None,
    ) -> list[Signal]:
        """`room` (the room's id) lets a bare "14" answer an age question asked just before;
        `name` (the writer's pseudonym) lets a teen room's message that names someone be read
        as addressed to them."""
        signals = self.guard.observe_room_message(
            sender=sender,
            sender_age=sender_age,
            room_kind=room_kind,
            text=text,
            ref=ref,
            now=now,
            room=room,
            name=name,
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
            op: str | None = None
            other: UserId | None = None
            if signal.kind is SignalKind.GROOMING and signal.other is not None:
                op, other = "held_pair", UserId(signal.other)
            elif signal.kind is SignalKind.AGE_LIE_ADULT:
                op = "restricted"
            elif signal.kind is SignalKind.MANY_MINORS:
                op = "suspended"
            log.info("minor-protection signal", extra={"kind": signal.kind.value})
            verdict = {
                "action": "review",
                "categories": ["child_safety"],
                "escalate": signal.kind is not SignalKind.AGE_LIE_MINOR,
                "signal": signal.to_json(),
            }
            target = f"signal:{signal.kind.value}:{signal.subject}"
            # The queue item first: a measure lasts while a signal about its user waits
            # (`expire`), so another node's janitor never sees it without one.
            held = await self.store.hold(
                target, subject, signal.explanation, json.dumps(verdict), now
            )
            started = op is not None and await self._change(op, subject, other, now)
            if self.audit is not None:
                await self.audit.held(held, now)
                if started and op is not None:
                    await self.audit.measure(
                        f"minors_{op}", subject, _STARTED[op], now, other=other, held=held.id
                    )
