"""The ports the core needs: small `typing.Protocol`s that adapters implement.

Adapters translate their driver's errors at this boundary: a store whose
database is unreachable raises `causette.domain.errors.Unavailable`, never a
driver exception.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from causette.domain.guests import Guest
from causette.domain.ids import DmSeq, MessageId, RoomId, UserId
from causette.domain.messages import MessagePhoto, PrivateMessage, RoomMessage
from causette.domain.rooms import Room

if TYPE_CHECKING:
    from causette.domain.appeals import Appeal
    from causette.domain.audit import AuditEntry
    from causette.domain.authorities import Transmission
    from causette.domain.moderators import Moderator, ModeratorSession, TrustedFlagger
    from causette.domain.orders import AuthorityOrder
    from causette.domain.reports import Report, Ticket
    from causette.domain.sanctions import Sanction
    from causette.domain.strikes import Strike
    from causette.domain.transparency import DecisionRecord
    from causette.moderation.verdict import Context, Verdict

__all__ = [
    "AgeRefusals",
    "Broker",
    "CaseStore",
    "Clock",
    "HeldContent",
    "Identification",
    "MessageStore",
    "MinorsMeasure",
    "MinorsMeasures",
    "PhotoRecord",
    "SlowCheck",
    "Subscription",
    "TicketRecord",
]


class Clock(Protocol):
    """Wall-clock seconds since the epoch. Tests pass a fake they can advance."""

    def __call__(self) -> float: ...


@dataclass(frozen=True, slots=True)
class Identification:
    """Identification data per décret 2021-1362 art. 5: the connection behind a creation.

    `kind` is "entry", "message", "dm", "room_create" or "held" (content held for a
    moderator, not online); `ref` names the content ("room:ID:SEQ", "dm:ID", "room:ID",
    "guest:ID", "held:ID"). Released held content gets a "message" or "dm" record with
    the "held:ID" record's address, port and time (`services.enforce`). Never shown to
    users, never logged. The stores seal `ip` and `port` at rest and give them back in
    clear (`storage/vault.py`); the core never sees the sealed form.
    """

    kind: str
    ref: str
    user: UserId
    ip: str
    port: int
    at: float

    @classmethod
    def of_held(
        cls, held_id: int, user: UserId, source: tuple[str, int], at: float
    ) -> Identification:
        """The record of content kept unseen (held, refused, preserved as evidence): the
        `held:ID` a requisition reads and a release copies (`services.enforce`)."""
        return cls("held", f"held:{held_id}", user, source[0], source[1], at)


@dataclass(frozen=True, slots=True)
class HeldContent:
    """Content stored but not delivered, pending a moderator (action `review`), or
    refused and kept for its author to contest (`status` "refused").

    `target` is "room:ID" or "dm:USER_ID". `verdict` is the JSON of the verdict.
    """

    id: int
    target: str
    sender: UserId
    text: str
    created_at: float
    verdict: str
    status: str = "held"


@dataclass(frozen=True, slots=True)
class PhotoRecord:
    """An uploaded photo that passed the checks (or was held), before and after sending.

    `target` is "room:ID" or "dm:USER_ID" (fixed at upload: the checks depend on it);
    `status` is "ready" (may be sent once), "held" (waits for a moderator), "sent" or
    "removed". `signals` is the JSON of its hashes (PDQ, SHA-256) so that a moderator's
    removal can bank it; `verdict` the JSON of the image verdict.
    """

    id: str
    uploader: UserId
    target: str
    status: str
    blur: bool
    explicit: bool
    mime: str
    signals: str
    verdict: str
    created_at: float


class MessageStore(Protocol):
    """The one storage contract, implemented on SQLite and PostgreSQL.

    Every method may raise `Unavailable` when the database does not answer.
    """

    async def migrate(self) -> None:
        """Create or upgrade the schema to the latest version."""

    async def close(self) -> None: ...

    async def ping(self) -> bool:
        """True if the database answers a trivial query."""

    # -- guests -----------------------------------------------------------
    async def create_guest(self, guest: Guest, idle_ttl: float, now: float) -> None:
        """Insert an active session. First end any session holding the same
        `pseudonym_key` that has been idle more than `idle_ttl`; raise
        `Conflict("pseudonym_taken")` if an active one still holds it."""

    async def guest_by_token_hash(self, token_hash: bytes) -> Guest | None: ...

    async def guest(self, user: UserId) -> Guest | None: ...

    async def guests(self, users: Sequence[UserId]) -> list[Guest]: ...

    async def guest_by_pseudonym(self, pseudonym_key: str) -> Guest | None:
        """The active session holding this pseudonym key, if any."""

    async def touch_guest(self, user: UserId, now: float) -> None:
        """Record activity (postpones idle expiry)."""

    async def end_guest(self, user: UserId, now: float) -> None: ...

    async def set_premium(self, user: UserId, premium: bool) -> None: ...

    # -- rooms ------------------------------------------------------------
    async def seed_rooms(self, rooms: Sequence[Room]) -> int:
        """Insert the official rooms missing by id; return how many were added."""

    async def create_room(self, room: Room) -> None:
        """Insert a room; raise `Conflict("room_name_taken")` if an open room has its name key."""

    async def room(self, room: RoomId) -> Room | None: ...

    async def rooms(self, *, include_closed: bool = False) -> list[Room]: ...

    async def close_room(self, room: RoomId, now: float) -> bool:
        """Close an open room; return False if it was unknown or already closed."""

    # -- room messages ----------------------------------------------------
    async def append_room_message(
        self,
        room: RoomId,
        sender: UserId,
        text: str,
        now: float,
        *,
        late: bool = False,
        photo: MessagePhoto | None = None,
        source: tuple[str, int] | None = None,
        take_photo: bool = False,
    ) -> RoomMessage:
        """Commit a message and give it the room's next id (last id + 1).

        Ids are assigned under a per-room lock, so commit order equals id order.
        With `source` (ip, port), the identification record (décret 2021-1362) is
        written in the same transaction: one commit per message, not two. With
        `take_photo`, `photo` must be a `ready` photo of `sender` for "room:ID": it
        becomes `sent` in the same transaction (a failed write leaves it ready to send
        again); otherwise `NotFound("photo_not_found")` and nothing is written."""

    async def room_messages_after(
        self, room: RoomId, after: MessageId, limit: int
    ) -> list[RoomMessage]:
        """Messages with id > `after`, oldest first, at most `limit`."""

    async def room_messages_before(
        self, room: RoomId, before: MessageId | None, limit: int
    ) -> list[RoomMessage]:
        """The `limit` newest messages with id < `before` (or the newest), oldest first."""

    async def last_room_message_id(self, room: RoomId) -> MessageId: ...

    # -- private messages -------------------------------------------------
    async def append_dm(
        self,
        sender: UserId,
        recipient: UserId,
        text: str,
        now: float,
        *,
        late: bool = False,
        photo: MessagePhoto | None = None,
        source: tuple[str, int] | None = None,
        take_photo: bool = False,
    ) -> PrivateMessage:
        """Commit a private message; give it the next inbox number of each participant.

        With `source`, its identification record is written in the same transaction;
        with `take_photo`, the photo is taken in it too (target "dm:RECIPIENT"), as in
        `append_room_message`."""

    async def dms_after(self, user: UserId, after: DmSeq, limit: int) -> list[PrivateMessage]:
        """Messages sent or received by `user` with inbox number > `after`, oldest first."""

    async def last_dm_seq(self, user: UserId) -> DmSeq: ...

    # -- blocks -----------------------------------------------------------
    async def add_block(self, blocker: UserId, blocked: UserId, now: float) -> None: ...

    async def remove_block(self, blocker: UserId, blocked: UserId) -> None: ...

    async def blocked_by(self, blocker: UserId) -> set[UserId]:
        """Users that `blocker` has blocked."""

    async def blockers_of(self, blocked: UserId) -> set[UserId]:
        """Users who have blocked `blocked`."""

    # -- moderation and law -----------------------------------------------
    async def hold(
        self,
        target: str,
        sender: UserId,
        text: str,
        verdict: str,
        now: float,
        *,
        status: str = "held",
    ) -> HeldContent:
        """Store content that moderation holds for review; it is not delivered.

        `status` "refused": a message moderation refused, kept (with the messages'
        retention) only so that its author can contest it; it enters the moderators'
        queue when contested (`CaseStore.contest_refused`)."""

    async def held(self, held_id: int) -> HeldContent | None: ...

    async def record_identification(self, record: Identification) -> None: ...

    async def purge(self, *, messages_before: float, identification_before: float) -> int:
        """Delete message content older than its retention and identification
        data past its legal term; return the number of rows removed."""

    # -- photos (issue 8) ---------------------------------------------------
    async def add_photo(self, record: PhotoRecord) -> None:
        """Record a checked upload (its blob is already stored under `record.id`)."""

    async def photo(self, photo_id: str) -> PhotoRecord | None: ...

    async def claim_photo(self, photo_id: str, uploader: UserId, target: str) -> PhotoRecord | None:
        """Mark a `ready` photo of `uploader` for `target` as `sent` and return it;
        None if there is no such photo or it was sent already (a photo is sent once).
        The message path takes its photo with the message instead (`take_photo`)."""

    async def set_photo_status(self, photo_id: str, status: str) -> bool: ...

    async def purge_photos(self, before: float) -> list[str]:
        """Delete photo records created before `before`; return their ids."""

    async def has_written_to(self, sender: UserId, recipient: UserId) -> bool:
        """True if `sender` has sent `recipient` a private message still stored."""

    async def set_images_from_strangers(self, user: UserId, allowed: bool, now: float) -> None: ...

    async def images_from_strangers(self, user: UserId) -> bool | None:
        """The user's choice, or None if they never made one."""


class AgeRefusals(Protocol):
    """The under-15 refusal memory (issue 5), in the database so that a restart or
    another node still knows it. Keys are keyed hashes of a device id or an address
    (`domain.age_gate.refusal_keys`), never the values themselves."""

    async def refuse_age(self, keys: Sequence[str], until: float) -> None:
        """Bar `keys` until `until` (a later refusal moves the end)."""

    async def age_refused_until(self, keys: Sequence[str], now: float) -> float | None:
        """When the latest refusal still running for any of `keys` ends; None if none."""

    async def purge_age_refusals(self, now: float) -> int:
        """Delete the refusals over at `now` (the janitor); return how many."""


@dataclass(frozen=True, slots=True)
class MinorsMeasure:
    """A running interim measure of the minors' protection (issues 5 and 6).

    `kind` is "held_pair" (`user`'s further private messages to `other` are held),
    "restricted" (all of `user`'s messages are held) or "suspended" (pending review).
    """

    kind: str
    user: UserId
    other: UserId | None
    started_at: float


class MinorsMeasures(Protocol):
    """The interim measures, in the database so that every node, and a restarted one,
    applies them while the signal that started them waits in the moderators' queue."""

    async def add_minors_measure(
        self, kind: str, user: UserId, other: UserId | None, at: float
    ) -> bool:
        """Start a measure; False if the same one is already running."""

    async def running_minors_measures(self) -> list[MinorsMeasure]:
        """Every measure not lifted, oldest first."""

    async def lift_minors_measures(self, user: UserId, at: float, by: str) -> int:
        """Lift (delete) every running measure of `user` (a moderator decided); return
        how many."""

    async def expire_minors_measures(self) -> list[UserId]:
        """Delete the measures of users with no signal left waiting in the queue (decided,
        or purged with the held content: the janitor); return those users."""


class Subscription(Protocol):
    async def close(self) -> None: ...


class Broker(Protocol):
    """Fan-out between nodes. Never the source of truth: the store is.

    A channel is "room:ID" or "user:ID". Payloads are opaque bytes, encoded
    once by the publisher; every node decodes and delivers locally.
    """

    async def publish(self, channel: str, payload: bytes) -> None: ...

    async def subscribe(
        self, channel: str, handler: Callable[[str, bytes], Awaitable[None] | None]
    ) -> Subscription: ...

    async def close(self) -> None: ...


class SlowCheck(Protocol):
    """Tier 2 of text moderation, run off the event loop with a time budget
    (adapter: `services.tier2_pool.Tier2Pool`).

    The caller judges a text with the fast tiers first (`Checker.check`); when
    `wants(verdict)`, it awaits `judge(verdict, text, ctx)` and applies what comes back,
    having stored, numbered and shown the text to no one meanwhile.
    """

    def wants(self, verdict: Verdict) -> bool: ...

    async def judge(self, verdict: Verdict, text: str, ctx: Context) -> Verdict:
        """The final verdict, within the budget. If tier 2 does not answer in time, the
        verdict `moderation.budget.without_tier2` gives (marked `tier2.<reason>`), or
        `Unavailable("moderation_busy")` when nothing may be accepted: send it again."""


@dataclass(frozen=True, slots=True)
class TicketRecord:
    """A ticket as stored: the merged notice and what became of it.

    `status` is "open", "dismissed" or "actioned"; `decision` the action taken
    ("dismiss", a `SanctionKind` value, "release"...), with who and when.
    """

    ticket: Ticket
    status: str = "open"
    decision: str | None = None
    decided_at: float | None = None
    decided_by: str | None = None
    sanction_id: str | None = None
    transmitted_at: float | None = None


class CaseStore(Protocol):
    """Storage of issue 6 (reports, sanctions, appeals, audit, moderators), on the
    same database as `MessageStore`: SQLite and PostgreSQL implement both.

    Every method may raise `Unavailable` when the database does not answer.
    """

    # -- reports ------------------------------------------------------------
    async def add_report(self, report: Report) -> tuple[TicketRecord, bool]:
        """Merge `report` into the open ticket of its key, or open a new one with the
        year's next number (R-YYYY-NNNNNN). Atomic. Return (ticket, created)."""

    async def report_times(self, reporter: UserId, since: float) -> list[float]:
        """When `reporter` filed reports at or after `since` (for the rate limit)."""

    async def ticket(self, number: str) -> TicketRecord | None: ...

    async def tickets_reported_by(self, reporter: UserId) -> list[str]:
        """Ticket numbers `reporter` contributed to."""

    async def open_tickets(self) -> list[TicketRecord]: ...

    async def close_ticket(
        self,
        number: str,
        *,
        status: str,
        decision: str,
        at: float,
        by: str,
        sanction_id: str | None = None,
    ) -> bool:
        """Close an open ticket; False if it was unknown or already closed."""

    async def mark_transmitted(self, number: str, at: float) -> None: ...

    # -- held content -------------------------------------------------------
    async def held_items(self, status: str = "held", limit: int = 500) -> list[HeldContent]:
        """Held content with `status`, oldest first."""

    async def set_held_status(self, held_id: int, status: str) -> bool:
        """Move held content out of "held" (to "released" or "removed"); False if it
        was not held any more (another moderator acted first)."""

    async def contest_refused(self, held_id: int, verdict: str) -> bool:
        """Move a "refused" message its author contests to "held" (the queue), with
        `verdict` (its verdict JSON with the contest added); False if it was not
        "refused" (already contested, or purged)."""

    # -- sanctions and strikes ----------------------------------------------
    async def add_sanction(self, sanction: Sanction, statement: dict[str, Any]) -> None: ...

    async def sanction(self, sanction_id: str) -> Sanction | None: ...

    async def statement(self, sanction_id: str) -> dict[str, Any] | None:
        """The stored statement of reasons (`StatementOfReasons.to_json()`)."""

    async def sanctions_binding(
        self,
        *,
        user: UserId | None = None,
        device_key: str | None = None,
        network_key: str | None = None,
        since: float | None = None,
    ) -> list[Sanction]:
        """Sanctions bound to any of the given user, device or network, not lifted,
        and not ended before `since` (all of them when `since` is None), oldest first."""

    async def lift_sanction(self, sanction_id: str, at: float, by: str) -> None: ...

    async def add_strike(self, strike: Strike) -> None: ...

    async def save_strike(self, strike: Strike) -> None:
        """Store `warned` and `removed_at` of an existing strike."""

    async def strikes_of(self, user: UserId) -> list[Strike]: ...

    # -- appeals ------------------------------------------------------------
    async def add_appeal(self, appeal: Appeal) -> None: ...

    async def appeal(self, appeal_id: str) -> Appeal | None: ...

    async def appeals(self, *, pending: bool = True) -> list[Appeal]: ...

    async def appeals_of(self, sanction_id: str) -> list[Appeal]: ...

    async def save_appeal(self, appeal: Appeal) -> bool:
        """Store the decision of a pending appeal; False if it was already decided."""

    # -- audit --------------------------------------------------------------
    async def append_audit(
        self,
        *,
        at: float,
        actor: str,
        action: str,
        target: str,
        reason: str,
        details: dict[str, Any] | None = None,
    ) -> AuditEntry:
        """Chain and store the next entry atomically (one writer at a time)."""

    async def audit_entries(self, *, after: int = 0, limit: int = 1000) -> list[AuditEntry]:
        """Entries with seq > `after`, in seq order."""

    async def audit_tail(self, limit: int = 50) -> list[AuditEntry]:
        """The newest entries, newest first."""

    # -- moderators ---------------------------------------------------------
    async def create_moderator(self, moderator: Moderator) -> None:
        """Insert an account; raise `Conflict("login_taken")` if the login exists."""

    async def moderator_by_login(self, login: str) -> Moderator | None: ...

    async def moderator(self, moderator_id: str) -> Moderator | None: ...

    async def save_moderator(self, moderator: Moderator) -> None:
        """Store the password hash, TOTP step and disabled flag of an account."""

    async def add_moderator_session(self, session: ModeratorSession) -> None: ...

    async def moderator_session(self, session_id: str) -> ModeratorSession | None: ...

    async def touch_moderator_session(self, session_id: str, now: float) -> None: ...

    async def end_moderator_session(self, session_id: str) -> None: ...

    async def add_trusted_flagger(self, flagger: TrustedFlagger) -> None:
        """Raise `Conflict("flagger_exists")` when the name or token is taken."""

    async def trusted_flagger_by_token(self, token_hash: str) -> TrustedFlagger | None: ...

    # -- authorities, transparency, context ----------------------------------
    async def add_transmission(self, transmission: Transmission, export: str) -> None: ...

    async def transmissions(self, reference: str) -> list[Transmission]: ...

    async def add_decision(self, record: DecisionRecord) -> None: ...

    async def add_authority_order(self, order: AuthorityOrder) -> None:
        """Insert an order; raise `Conflict("order_exists")` when its authority and
        reference are taken."""

    async def authority_order(self, authority: str, reference: str) -> AuthorityOrder | None: ...

    async def save_authority_order(self, order: AuthorityOrder) -> bool:
        """Store the acknowledgement and effect times of an order still open, and the
        console decision that gave it effect (`effected_item`, `effected_sanction`);
        False if it was unknown or already given effect (someone else recorded it
        first)."""

    async def authority_orders(self) -> list[AuthorityOrder]:
        """Every order, oldest receipt first (receipt unknown: by its effect time)."""

    async def decisions(
        self, *, start: float | None = None, end: float | None = None
    ) -> list[DecisionRecord]: ...

    async def entry_ip(self, user: UserId) -> str | None:
        """The address the session `user` entered from (identification data)."""

    async def entries_since(self, since: float, limit: int = 2000) -> list[Identification]:
        """Entry identification records at or after `since`, newest first."""

    async def identification_records(
        self,
        *,
        users: Sequence[UserId] = (),
        ip: str | None = None,
        ref: str | None = None,
        start: float | None = None,
        end: float | None = None,
        limit: int = 10_000,
    ) -> list[Identification]:
        """Identification records (décret 2021-1362) matching every criterion given,
        `start` <= at < `end`, oldest first: what a judicial requisition reads."""

    async def purge_sessions(self, before: float) -> int:
        """Delete the sessions (pseudonym, declared age, gender, postal code, device
        hash) ended, or last seen, before `before` and with no identification record
        left: what a session declared is kept as long as the records it explains."""

    async def guests_named(self, pseudonym_key: str, limit: int = 100) -> list[Guest]:
        """Every session, ended or not, that held this pseudonym key, oldest first."""

    async def guests_with_device(self, device_hash: str, limit: int = 20) -> list[Guest]:
        """Sessions opened from the same device, newest first."""

    async def messages_by(self, users: Sequence[UserId], limit: int = 50) -> list[RoomMessage]:
        """The newest room messages of `users`, newest first."""

    async def dm(self, dm_id: int) -> PrivateMessage | None: ...

    async def sanctions_of(self, user: UserId) -> list[Sanction]:
        """Every sanction of `user`, lifted ones included, oldest first."""

    async def remove_room_message(self, room: RoomId, seq: int) -> bool:
        """Replace a delivered message's text (content removal); False if unknown."""

    async def remove_dm(self, dm_id: int) -> bool: ...
