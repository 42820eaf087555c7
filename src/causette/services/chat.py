"""The message path: what a connected guest can do, and the order it happens in.

For a room message (ARCHITECTURE.md §1):
  1. domain rules: membership, text, rate;
  2. moderation verdict (nothing reaches anyone before it);
  3. `store.append_room_message` commits it and gives its id;
  4. `broker.publish` hands it to every node, which delivers to its members;
and only then the sender gets its `ack`.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from causette.domain.errors import (
    CausetteError,
    Forbidden,
    InvalidInput,
    NotFound,
    RateLimited,
    Unavailable,
)
from causette.domain.guests import Guest
from causette.domain.ids import DmSeq, MessageId, RoomId, UserId
from causette.domain.messages import MessagePhoto, PrivateMessage, RoomMessage
from causette.domain.rooms import Room
from causette.domain.text import validate_text
from causette.moderation.minors import Signal, SignalKind
from causette.moderation.verdict import ALLOW, Action, Context, TextKind, Verdict
from causette.ports import Broker, Clock, Identification, MessageStore, SlowCheck
from causette.protocol import commands as cmds
from causette.protocol import envelope, events
from causette.services.autolog import SystemAudit
from causette.services.dm_catchup import DmCatchUp
from causette.services.entry import Checker, Entry
from causette.services.hub import Connection, Feed, Hub, Peer
from causette.services.limits import MemoryRateLimits, RateLimits
from causette.services.minors import SUSPENDED_TEXT, MinorsProtection
from causette.services.presence import PresenceTracker
from causette.services.recipients import Recipients
from causette.services.rooms import Rooms
from causette.services.turns import SenderTurns

__all__ = ["Chat", "Limits", "PhotoGate", "SpamCheck"]

log = logging.getLogger(__name__)

_NO_ONE: frozenset[UserId] = frozenset()
CLOSE_SUSPENDED = 4403

HELD_TEXT = "Votre message est en cours de vérification par l'équipe de modération."
BLOCKED_TEXT = "Votre message n'a pas été publié car il enfreint les règles de Causette."
SAFETY_3018 = (
    "Si quelqu'un te met mal à l'aise, te demande des photos ou de quitter Causette, "
    "parles-en : appelle ou écris au 3018 (gratuit, anonyme, 7j/7)."
)


class PostingGuard(Protocol):
    """Sanctions that stick (`services.sanctions.SanctionCheck`): `Forbidden("muted")`."""

    async def check_posting(self, guest: Guest) -> None: ...


class SpamCheck(Protocol):
    def check(self, user: str, target: str, text: str, now: float) -> Verdict | None: ...


class PhotoGate(Protocol):
    """What the message path needs from the photo service (`services.photos`)."""

    async def sendable(self, user: UserId, photo_id: str, target: str) -> MessagePhoto: ...

    async def accepts_from(self, recipient: Guest, sender: UserId) -> bool: ...

    async def images_from_strangers(self, guest: Guest) -> bool: ...

    async def set_images_from_strangers(self, guest: Guest, allowed: bool) -> None: ...


PHOTO_REFUSED = (
    "Cette personne n'accepte pas les images de personnes à qui elle n'a pas encore écrit."
)


@dataclass(frozen=True, slots=True)
class Limits:
    join_wait: float = 5.0
    rate_messages: int = 5
    rate_window: float = 5.0
    text_max: int = 1000
    history_page: int = 50
    # A resume sends at most this many missed messages per room (the newest ones, with
    # `gap` when older ones were left out), and private messages in batches of this many
    # (the oldest first, the client asks for the next with `dms`): a long absence is not
    # a flood.
    resume_max: int = 200


class Chat:
    """Use cases of a live connection. One instance per node."""

    def __init__(
        self,
        *,
        store: MessageStore,
        broker: Broker,
        clock: Clock,
        checker: Checker,
        spam: SpamCheck | None,
        entry: Entry,
        rooms: Rooms,
        hub: Hub,
        presence: PresenceTracker,
        limits: Limits,
        minors: MinorsProtection | None = None,
        sanctions: PostingGuard | None = None,
        rate_limits: RateLimits | None = None,
        audit: SystemAudit | None = None,
        live_recipients: bool = False,
        tier2: SlowCheck | None = None,
    ) -> None:
        self.sanctions = sanctions
        self.audit = audit  # automatic holds go to the audit log
        self.store = store
        self.broker = broker
        self.clock = clock
        self.checker = checker
        self.spam = spam
        self.entry = entry
        self.rooms = rooms
        self.hub = hub
        self.presence = presence
        self.limits = limits
        self.minors = minors
        # Moderation's slow tier, off the event loop; the text waits for it (`_moderate`).
        self.tier2 = tier2
        # A user's messages on this node, one at a time in arrival order: one held by
        # tier 2 is not overtaken by a later one from another of their connections.
        self.turns = SenderTurns()
        self._profiles: dict[UserId, dict[str, Any]] = {}
        # Missed private messages, in bounded batches (resume, then `dms` frames).
        self.dm_catchup = DmCatchUp(store, hub, self._profiles_of)
        # A private message's recipient: from their live connection when that is exact.
        self.recipients = Recipients(store, hub, entry.idle_ttl, live=live_recipients)
        # Token buckets and join waits: this node's dicts, or Redis shared by all nodes.
        self.rate_limits: RateLimits = rate_limits or MemoryRateLimits(
            limits.rate_messages, limits.rate_window, limits.join_wait, room_memory=entry.idle_ttl
        )
        # Set by the composition root when photos are enabled (issue 8).
        self.photos: PhotoGate | None = None

    # -- connections ----------------------------------------------------------
    async def connect(self, guest: Guest, peer: Peer, source: tuple[str, int]) -> Connection:
        """Register a new connection and send it `hello`."""
        # Most people block no one: share one empty set until they do (memory per idle
        # connection, issue 7); `_apply_block_change` swaps in a real set on first use.
        hidden = await self.store.blocked_by(guest.id) or _NO_ONE
        conn = Connection(guest, peer, source=source, hidden=hidden)
        self._profiles[guest.id] = events.user_obj(guest.public())
        self.hub.register(conn)
        try:
            feed = await self._user_feed(guest.id)
            feed.add(conn, 0)
            dm_last = await self.store.last_dm_seq(guest.id)
        except BaseException:
            await self.disconnect(conn)
            raise
        feed.start_at(dm_last)
        conn.dm_last = dm_last
        # `hello` first: private messages that arrived meanwhile wait in the pending list.
        self.hub.send(
            conn,
            events.hello(
                guest.public(),
                premium=guest.premium,
                dm_last=dm_last,
                text_max=self.limits.text_max,
                join_wait=0.0 if guest.premium else self.limits.join_wait,
            ),
        )
        feed.ready(conn, dm_last)
        return conn

    async def disconnect(self, conn: Connection) -> None:
        """Forget a closed connection. Presence ends after the grace period."""
        conn.closed = True
        now = self.clock()
        if conn.rooms:
            # Still in these rooms when the connection dropped: a resume restores them.
            await self.rate_limits.remember_rooms(conn.user, list(conn.rooms), now)
        for room_id in list(conn.rooms):
            await self._detach(conn, room_id)
            await self.presence.depart(room_id, conn.user, disconnected=True, now=now)
        channel = f"user:{conn.user}"
        feed = self.hub.feeds.get(channel)
        if feed is not None:
            feed.subs.pop(conn, None)
            await self.hub.drop_if_unused(channel)
        if self.hub.unregister(conn):
            self.rate_limits.forget(conn.user)

    async def handle(self, conn: Connection, command: cmds.Command) -> None:
        """Run one decoded command; user-facing errors become frames, never exceptions."""
        ref = getattr(command, "ref", None)
        try:
            await self.entry.touch(conn.user, self.clock())
            await self._dispatch(conn, command)
        except CausetteError as exc:
            room = getattr(command, "room", None)
            self.hub.send(
                conn, events.error(exc.code, exc.message, exc.retry_after, ref=ref, room=room)
            )

    async def _dispatch(self, conn: Connection, command: cmds.Command) -> None:
        match command:
            case cmds.Say():
                async with self.turns.turn(conn.user):
                    await self.say(conn, command)
            case cmds.Dm():
                async with self.turns.turn(conn.user):
                    await self.dm(conn, command)
            case cmds.Join():
                await self.join(conn, command.room)
            case cmds.Leave():
                await self.leave(conn, command.room)
            case cmds.History():
                await self.history(conn, command)
            case cmds.Block():
                await self.block(conn, UserId(command.user))
            case cmds.Unblock():
                await self.unblock(conn, UserId(command.user))
            case cmds.Resume():
                await self.resume(conn, command)
            case cmds.Dms():
                await self.more_dms(conn, command)
            case cmds.Ping():
                self.hub.send(conn, events.pong())
            case cmds.Prefs():
                await self.prefs(conn, command)

    # -- rooms ------------------------------------------------------------------
    async def join(self, conn: Connection, room_id: str) -> None:
        room = await self.rooms.get_visible(conn.guest, room_id)
        if room.id in conn.rooms:
            await self._attach(conn, room, after=None, rejoin=True)
            return
        await self._join(conn, room, after=None, now=self.clock())

    async def _join(self, conn: Connection, room: Room, *, after: int | None, now: float) -> None:
        """A new room for this session: the join wait first, then remember it (a resume
        restores it without the wait)."""
        wait = await self.rate_limits.join_wait(conn.user, now, premium=conn.guest.premium)
        if wait > 0:
            raise RateLimited(
                "cooldown",
                f"Patientez encore {wait:.0f} s avant de rejoindre un autre salon.",
                retry_after=wait,
            )
        await self._attach(conn, room, after=after)
        await self.rate_limits.record_join(conn.user, now)
        await self.rate_limits.remember_rooms(conn.user, [room.id], now)

    async def leave(self, conn: Connection, room_id: str) -> None:
        room = RoomId(room_id)
        if room not in conn.rooms:
            await self._not_member(room)
        await self._detach(conn, room)
        await self.rate_limits.forget_room(conn.user, room)
        await self.presence.depart(room, conn.user, disconnected=False, now=self.clock())
        self.hub.send(conn, events.left(room))

    async def _attach(
        self, conn: Connection, room: Room, *, after: int | None, rejoin: bool = False
    ) -> None:
        """Subscribe `conn` to `room`, then send `joined` with the history it needs: the
        last page (`after` None), or what came after `after`, at most `resume_max`
        messages (the newest, with `gap` when older ones are left out).

        The feed is subscribed before the store is read, and live events wait in the
        connection's pending list until the history is out: no gap, no duplicate.
        """
        channel = f"room:{room.id}"
        feed, _ = await self.hub.feed(channel)
        old = feed.subs.get(conn)
        feed.add(conn, after or 0)
        try:
            if feed.next_seq is None:
                feed.start_at(await self.store.last_room_message_id(room.id))
            gap = limited = False
            if after is None:
                page = self.limits.history_page
                msgs = await self.store.room_messages_before(room.id, None, page)
                # A free session may page back no further than this first page.
                if not conn.guest.premium and len(msgs) == page:
                    limited = await self._older_than(room.id, msgs[0].id)
            else:
                cap = self.limits.resume_max
                msgs = await self.store.room_messages_after(room.id, MessageId(after), cap + 1)
                if len(msgs) > cap:
                    gap = True
                    msgs = await self.store.room_messages_before(room.id, None, cap)
            members = await self._profiles_of([*await self.presence.members(room.id), conn.user])
            history = await self._visible(conn, msgs)
        except BaseException:
            if old is None:
                feed.subs.pop(conn, None)
                await self.hub.drop_if_unused(channel)
            else:
                feed.subs[conn] = old
            raise
        conn.rooms[room.id] = room
        self.hub.send(
            conn, events.joined(room.id, members.values(), history, gap=gap, limited=limited)
        )
        last = msgs[-1].id if msgs else (after or 0)
        try:
            if not rejoin and await self.presence.arrive(room.id, conn.user):
                await self._publish(
                    channel,
                    envelope.pack_plain(events.presence(room.id, "joined", members[conn.user])),
                )
        finally:
            # Whatever failed above, live delivery resumes from what was sent: the room
            # is never left deaf with a growing pending list.
            feed.ready(conn, last)

    async def _detach(self, conn: Connection, room: RoomId) -> None:
        conn.rooms.pop(room, None)
        channel = f"room:{room}"
        feed = self.hub.feeds.get(channel)
        if feed is not None:
            feed.subs.pop(conn, None)
            await self.hub.drop_if_unused(channel)

    def on_left(self, room: RoomId, user: UserId) -> None:
        """Presence callback: `user` is gone from `room` (grace period over)."""
        self.hub.spawn(self._announce_left(room, user))

    async def _announce_left(self, room: RoomId, user: UserId) -> None:
        profile = (await self._profiles_of([user])).get(user)  # cached, or from the store
        if profile is not None:
            payload = envelope.pack_plain(events.presence(room, "left", profile))
            await self._publish(f"room:{room}", payload)

    async def _not_member(self, room: RoomId) -> None:
        found = await self.store.room(room)
        if found is None or not found.open:
            raise NotFound("room_not_found", "Ce salon n'existe pas.")
        raise Forbidden("not_member", "Rejoignez ce salon avant d'y écrire.")

    # -- messages ------------------------------------------------------------
    async def say(self, conn: Connection, command: cmds.Say) -> None:
        room = conn.rooms.get(RoomId(command.room))
        if room is None:
            await self._not_member(RoomId(command.room))
            return
        text = self._text(command.text, command.photo)
        if self.sanctions is not None:
            await self.sanctions.check_posting(conn.guest)
        now = self.clock()
        if self.minors is not None:
            self.minors.check_active(conn.user)
        await self._take_token(conn.user, now)
        ctx = Context(TextKind.MESSAGE, room_kind=room.kind, sender_band=conn.guest.band)
        target = f"room:{room.id}"
        verdict = await self._moderate(conn, target, text, ctx, now, recipient=None)
        if not await self._accept(conn, command.ref, target, text, verdict, now):
            return
        photo = await self._photo(conn, command.photo, target)
        msg = await self.store.append_room_message(
            room.id, conn.user, text, now, photo=photo, source=conn.source, take_photo=True
        )
        payload = events.message(msg, self._profiles[conn.user])
        await self._publish(target, envelope.pack_sequenced(msg.id, conn.user, payload))
        self.hub.send(conn, events.ack(command.ref, msg.id))
        if self.minors is not None:
            signals = await self.minors.after_room_message(
                conn.user,
                conn.guest.age,
                room.kind.value,
                text,
                f"room:{room.id}:{msg.id}",
                now,
                room=f"room:{room.id}",
                name=conn.guest.pseudonym,
            )
            await self._enforce(signals)

    async def dm(self, conn: Connection, command: cmds.Dm) -> None:
        text = self._text(command.text, command.photo)
        if self.sanctions is not None:
            await self.sanctions.check_posting(conn.guest)
        now = self.clock()
        recipient_id = UserId(command.to)
        if recipient_id == conn.user:
            raise InvalidInput("dm_self", "Vous ne pouvez pas vous écrire à vous-même.")
        recipient, blockers = await self.recipients.session(recipient_id, now)
        if recipient is None:
            raise NotFound("user_not_found", "Cette personne n'est plus connectée.")
        if recipient.band is not conn.guest.band:
            # Adults and minors never exchange private messages, in either direction.
            self.hub.send(
                conn,
                events.rejected(
                    command.ref,
                    "dm_age_band",
                    "Les messages privés entre majeurs et mineurs ne sont pas possibles.",
                ),
            )
            return
        if recipient_id in conn.hidden:
            self.hub.send(
                conn,
                events.rejected(
                    command.ref,
                    "dm_blocked",
                    "Vous avez bloqué cette personne : débloquez-la pour lui écrire.",
                ),
            )
            return
        if conn.user in await self.recipients.blocks(recipient_id, blockers):
            self.hub.send(
                conn,
                events.rejected(
                    command.ref, "dm_blocked", "Cette personne n'accepte pas vos messages privés."
                ),
            )
            return
        if self.minors is not None:
            self.minors.check_active(conn.user)
        if (
            command.photo
            and self.photos is not None
            and not await self.photos.accepts_from(recipient, conn.user)
        ):
            self.hub.send(conn, events.rejected(command.ref, "photo_refused", PHOTO_REFUSED))
            return
        await self._take_token(conn.user, now)
        ctx = Context(
            TextKind.PRIVATE_MESSAGE,
            sender_band=conn.guest.band,
            recipient_band=recipient.band,
        )
        target = f"dm:{recipient_id}"
        verdict = await self._moderate(conn, target, text, ctx, now, recipient=recipient_id)
        if not await self._accept(conn, command.ref, target, text, verdict, now):
            if self.minors is not None and verdict.safety_note and recipient.age < 18:
                signals = await self.minors.teen_rule_tripped(
                    conn.user, recipient_id, f"dm-refused:{command.ref}", now
                )
                await self._enforce(signals)
            return
        photo = await self._photo(conn, command.photo, target)
        msg = await self.store.append_dm(
            conn.user, recipient_id, text, now, photo=photo, source=conn.source, take_photo=True
        )
        self._profiles.setdefault(recipient_id, events.user_obj(recipient.public()))
        # The sending connection learns everything from its ack: no echo to it (the
        # sender's other connections get the `dm` as usual).
        self.hub.mute(conn, f"user:{conn.user}", msg.sender_seq)
        await self._publish_dm(msg)
        changed = text if text != command.text else None
        self.hub.send(conn, events.dm_ack(command.ref, msg.sender_seq, msg.ts, changed))
        if self.minors is not None:
            signals = await self.minors.after_dm(
                conn.user, conn.guest.age, recipient_id, recipient.age, text, f"dm:{msg.id}", now
            )
            await self._enforce(signals)

    async def _publish_dm(self, msg: PrivateMessage) -> None:
        profiles = await self._profiles_of([msg.sender, msg.recipient])
        sender, recipient = profiles[msg.sender], profiles[msg.recipient]
        for user, seq in ((msg.sender, msg.sender_seq), (msg.recipient, msg.recipient_seq)):
            payload = events.dm(msg, seq, sender, recipient)
            await self._publish(f"user:{user}", envelope.pack_sequenced(seq, msg.sender, payload))

    def _text(self, text: str, photo: str) -> str:
        """The checked text; a photo message may have none."""
        if photo and not text:
            return ""
        return validate_text(text, self.limits.text_max)

    async def _photo(self, conn: Connection, photo_id: str, target: str) -> MessagePhoto | None:
        """The photo a message carries, checked at upload for this target; the store
        takes it once, with the message (`take_photo`)."""
        if not photo_id:
            return None
        if self.photos is None:
            raise Unavailable("photos_unavailable", "L'envoi d'images n'est pas disponible.")
        return await self.photos.sendable(conn.user, photo_id, target)

    async def prefs(self, conn: Connection, command: cmds.Prefs) -> None:
        """Set or read whether private images from people one never wrote to are accepted."""
        if self.photos is None:
            raise Unavailable("photos_unavailable", "L'envoi d'images n'est pas disponible.")
        if command.images_from_strangers is not None:
            await self.photos.set_images_from_strangers(conn.guest, command.images_from_strangers)
        allowed = await self.photos.images_from_strangers(conn.guest)
        self.hub.send(conn, events.prefs(images_from_strangers=allowed))

    async def _moderate(
        self,
        conn: Connection,
        target: str,
        text: str,
        ctx: Context,
        now: float,
        *,
        recipient: UserId | None,
    ) -> Verdict:
        """The text's verdict (a photo-only message has no text: the photo was judged at
        upload), then spam, then the minors' holds, which apply to photos as well.

        When tier 2 wants the text, it waits here: not stored, not numbered, seen by no
        one, not acknowledged, until tier 2 answers or its budget passes (then
        `moderation.budget` decides; `Unavailable("moderation_busy")` reaches the
        sender as an `error` with the frame's `ref`: nothing was accepted)."""
        verdict = self.checker.check(text, ctx) if text else ALLOW
        if text and self.tier2 is not None and self.tier2.wants(verdict):
            verdict = await self.tier2.judge(verdict, text, ctx)
        if text and verdict.action is Action.ALLOW and self.spam is not None:
            spam = self.spam.check(conn.user, target, text, now)
            if spam is not None:
                return spam
        if verdict.action is Action.ALLOW and self.minors is not None:
            held = self.minors.override(conn.user, recipient)
            if held is not None:
                return held
        return verdict

    async def _enforce(self, signals: Sequence[Signal]) -> None:
        """A suspension pending review closes the user's connections on every node,
        after a notice with the reasons (`Hub.close_user`)."""
        for signal in signals:
            if signal.kind is SignalKind.MANY_MINORS:
                frame = {"type": "notice", "code": "suspended", "message": SUSPENDED_TEXT}
                await self.hub.close_user(
                    UserId(signal.subject), frame, CLOSE_SUSPENDED, "suspendu"
                )

    async def _accept(
        self, conn: Connection, ref: str, target: str, text: str, verdict: Verdict, now: float
    ) -> bool:
        """Apply a verdict: True to go on and deliver; else tell the sender why."""
        if verdict.safety_note:
            self.hub.send(conn, events.notice("safety_3018", SAFETY_3018))
        if verdict.action is Action.ALLOW:
            return True
        held = refused = None
        if verdict.action is Action.REVIEW or verdict.escalate:
            # Held content waits for a moderator; escalated blocks are kept as evidence.
            held = await self.store.hold(
                target, conn.user, text, json.dumps(verdict.to_json()), now
            )
        if verdict.action is Action.REVIEW:
            self.hub.send(conn, events.held(ref, HELD_TEXT))
        else:
            reason = verdict.reasons[0] if verdict.reasons else BLOCKED_TEXT
            category = verdict.categories[0] if verdict.categories else None
            contest = None
            if held is None and text and "spam" not in verdict.categories:
                # Kept (with the messages' retention) so that its author can contest
                # the refusal (DSA Art. 20); no one sees it unless they do. A flood is
                # a matter of form, not of content: nothing to contest there.
                refused = await self.store.hold(
                    target, conn.user, text, json.dumps(verdict.to_json()), now, status="refused"
                )
                contest = refused.id
            self.hub.send(
                conn, events.rejected(ref, "moderation_blocked", reason, category, contest=contest)
            )
        # After the answer (the sender is not kept waiting): the connection behind content
        # kept unseen (décret 2021-1362), which becomes its record if it is ever put
        # online (`services.enforce`) and which a requisition on evidence reads.
        for kept in (held, refused):
            if kept is not None:
                await self.store.record_identification(
                    Identification.of_held(kept.id, conn.user, conn.source, now)
                )
        if held is not None and self.audit is not None:
            await self.audit.held(held, now)
        return False

    async def _take_token(self, user: UserId, now: float) -> None:
        wait = await self.rate_limits.take(user, now)
        if wait > 0:
            raise RateLimited(
                "rate_limited",
                f"Vous envoyez trop de messages : patientez {max(wait, 1):.0f} s.",
                retry_after=wait,
            )

    async def _publish(self, channel: str, data: bytes) -> None:
        try:
            await self.broker.publish(channel, data)
        except Exception:
            # Committed already: other nodes catch up from the store (gap fill, resume).
            log.warning("broker publish failed", extra={"channel": channel})

    # -- history, blocks, resume -----------------------------------------------
    async def history(self, conn: Connection, command: cmds.History) -> None:
        room = RoomId(command.room)
        if room not in conn.rooms:
            await self._not_member(room)
        page = self.limits.history_page
        floor = 0
        if not conn.guest.premium:
            # Free sessions page back through the last `page` messages only.
            floor = max(0, await self.store.last_room_message_id(room) - page)
        before = command.before
        if before is not None and before <= floor + 1:
            limited = floor > 0 and await self._older_than(room, floor + 1)
            self.hub.send(conn, events.history(room, [], complete=True, limited=limited))
            return
        msgs = await self.store.room_messages_before(
            room, None if before is None else MessageId(before), page
        )
        kept = [m for m in msgs if m.id > floor]
        cut = len(kept) < len(msgs) or (bool(kept) and kept[0].id <= floor + 1)
        complete = cut or len(msgs) < page
        limited = floor > 0 and cut and await self._older_than(room, floor + 1)
        self.hub.send(
            conn,
            events.history(
                room, await self._visible(conn, kept), complete=complete, limited=limited
            ),
        )

    async def _older_than(self, room: RoomId, first: int) -> bool:
        """Whether the room still holds a message before `first` (retention purges them):
        what a free session's history stops short of, and premium's would show."""
        return bool(await self.store.room_messages_before(room, MessageId(first), 1))

    async def block(self, conn: Connection, user: UserId) -> None:
        if user == conn.user:
            raise InvalidInput("block_self", "Vous ne pouvez pas vous bloquer vous-même.")
        if await self.store.guest(user) is None:
            raise NotFound("user_not_found", "Cette personne n'existe pas.")
        await self.store.add_block(conn.user, user, self.clock())
        await self._publish(f"user:{conn.user}", envelope.pack_plain(events.blocked(user)))

    async def unblock(self, conn: Connection, user: UserId) -> None:
        await self.store.remove_block(conn.user, user)
        await self._publish(f"user:{conn.user}", envelope.pack_plain(events.unblocked(user)))

    def _apply_block_change(self, feed: Feed, payload: bytes) -> None:
        """Every connection of the user, on every node, updates its hidden set."""
        try:
            obj = json.loads(payload)
        except ValueError:
            return
        kind, user = obj.get("type"), obj.get("user")
        if kind not in ("blocked", "unblocked") or not isinstance(user, str):
            return
        for conn in feed.subs:
            hidden = set(conn.hidden)
            if kind == "blocked":
                hidden.add(UserId(user))
            else:
                hidden.discard(UserId(user))
            conn.hidden = hidden or _NO_ONE

    async def resume(self, conn: Connection, command: cmds.Resume) -> None:
        """Rejoin the rooms this session had joined without waiting, and send what was
        missed, once (at most `resume_max` messages per room, and the first `resume_max`
        private messages: `dm_more` asks the client for `dms` frames). A room the session
        never joined (or left) goes through the join rules, the wait included."""
        resumed: list[str] = []
        now = self.clock()
        joined = await self.rate_limits.joined_rooms(conn.user, now) if command.rooms else set()
        for room_id, last in command.rooms.items():
            try:
                room = await self.rooms.get_visible(conn.guest, room_id)
                if room.id in conn.rooms or room.id in joined:
                    await self._attach(conn, room, after=last, rejoin=room.id in conn.rooms)
                else:
                    await self._join(conn, room, after=last, now=now)
                resumed.append(room.id)
            except CausetteError as exc:
                self.hub.send(
                    conn, events.error(exc.code, exc.message, exc.retry_after, room=room_id)
                )
        dm_last, more = await self.dm_catchup.resume(conn, command.dms, self.limits.resume_max)
        self.hub.send(conn, events.resumed(resumed, dm_last, dm_more=more))

    async def more_dms(self, conn: Connection, command: cmds.Dms) -> None:
        """The next batch of missed private messages (`dm_catchup`)."""
        dm_last, more = await self.dm_catchup.more(conn, command.after, self.limits.resume_max)
        self.hub.send(conn, events.dms(dm_last, dm_more=more))

    # -- helpers ---------------------------------------------------------------
    async def _user_feed(self, user: UserId) -> Feed:
        feed, created = await self.hub.feed(f"user:{user}")
        if created:
            feed.control = self._apply_block_change
        return feed

    async def _profiles_of(self, users: Sequence[UserId]) -> dict[UserId, dict[str, Any]]:
        missing = [u for u in set(users) if u not in self._profiles]
        if missing:
            for guest in await self.store.guests(missing):
                self._profiles[guest.id] = events.user_obj(guest.public())
        return {u: self._profiles[u] for u in users if u in self._profiles}

    async def _visible(self, conn: Connection, msgs: Sequence[RoomMessage]) -> list[dict[str, Any]]:
        """Message objects for `conn`, without those of users it blocked."""
        shown = [m for m in msgs if m.sender not in conn.hidden]
        profiles = await self._profiles_of([m.sender for m in shown])
        unknown = {"id": "", "pseudonym": "?", "age": 0, "gender": "x", "department": None}
        return [events.message_obj(m, profiles.get(m.sender, unknown)) for m in shown]

    async def fill_gap(self, channel: str, first: int, last: int) -> list[tuple[int, str, bytes]]:
        """Hub callback: the events of `channel` numbered first..last, from the store."""
        kind, _, ident = channel.partition(":")
        out: list[tuple[int, str, bytes]] = []
        if kind == "room":
            msgs = await self.store.room_messages_after(
                RoomId(ident), MessageId(first - 1), last - first + 1
            )
            profiles = await self._profiles_of([m.sender for m in msgs])
            for m in msgs:
                if m.sender in profiles:
                    out.append((m.id, m.sender, events.message(m, profiles[m.sender])))
        elif kind == "user":
            user = UserId(ident)
            for dm in await self.store.dms_after(user, DmSeq(first - 1), last - first + 1):
                profiles = await self._profiles_of([dm.sender, dm.recipient])
                seq = dm.seq_for(user)
                payload = events.dm(dm, seq, profiles[dm.sender], profiles[dm.recipient])
                out.append((seq, dm.sender, payload))
        return out

    def prune(self, now: float) -> None:
        """Forget what limits or describes no one here any more (called by the janitor):
        join waits and rate buckets that are over, the profiles of users with no
        connection on this node (read again from the store when needed), idle touches."""
        self.rate_limits.prune(now)
        connected = self.hub.connections
        for user in [u for u in self._profiles if u not in connected]:
            del self._profiles[user]
        self.entry.prune(now)
