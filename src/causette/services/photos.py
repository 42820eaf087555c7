"""Photos: the upload use case, the gate of photo messages, who may see an image.

An upload (`PhotoService.upload`) names where the photo will go (a room or one
recipient), because the checks depend on it:
  1. the target is valid for the uploader (member of the room; a recipient of the
     same age band who accepts images from them);
  2. `analyse_image` runs in a worker process (`PhotoWorkers`: decode with limits,
     clean, PDQ, nudity) with a per-task timeout, never on the event loop;
  3. the bank index is matched and `image_verdict` decides in that context;
  4. block: evidence preserved (restricted), an item held for the moderators when
     escalated, a generic refusal, nothing stored to serve. Review: stored, held,
     never delivered before a moderator. Allow: stored under an unguessable id,
     ready to be sent once, through the normal message path (`claim`).
`open` serves an image only to the uploader, the members of its room or the
recipient of its private message. `bank_removed` is what the moderators'
console calls when a moderator removes an image: it joins a local bank at once.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass

from causette.domain.errors import Forbidden, InvalidInput, NotFound, RateLimited
from causette.domain.guests import Guest
from causette.domain.ids import RoomId, UserId
from causette.domain.limits import TokenBucket
from causette.domain.messages import MessagePhoto
from causette.domain.profile import AgeBand
from causette.moderation.images.banks import ImageSignals, entries_for_image
from causette.moderation.images.pdq import PdqHashes
from causette.moderation.images.policy import (
    GENERIC_REFUSAL,
    HELD_MESSAGE,
    ImageContext,
    ImageVerdict,
    image_verdict,
)
from causette.moderation.verdict import Action
from causette.ports import Broker, Clock, Identification, MessageStore, PhotoRecord
from causette.protocol import envelope, events
from causette.services.autolog import SystemAudit
from causette.services.chat import SAFETY_3018
from causette.services.photo_banks import PhotoBanks
from causette.services.photo_ports import Analyser, Analysis, Blob, Blobs
from causette.services.presence import PresenceTracker
from causette.services.rooms import Rooms

__all__ = ["Analyser", "Blobs", "PhotoService", "Upload"]

# The decoder's defaults (causette.media.decode), restated: services import no adapter.
DEFAULT_MAX_BYTES = 10_000_000
DEFAULT_MAX_PIXELS = 40_000_000

NOT_FOUND = "Cette image n'existe pas ou n'est plus disponible."
REFUSED_BY_RECIPIENT = (
    "Cette personne n'accepte pas les images de personnes à qui elle n'a pas encore écrit."
)


@dataclass(frozen=True, slots=True)
class Upload:
    """The answer to an upload: `photo` to send in a `say`/`dm` frame (unless `held`)."""

    photo: str
    blur: bool
    held: bool = False
    message: str = ""


def _signals_json(analysis: Analysis) -> str:
    signals = analysis.signals()
    pdq = signals.pdq
    return json.dumps(
        {
            "pdq": pdq.hash if pdq is not None else None,
            "quality": pdq.quality if pdq is not None else 0,
            "sha256": list(signals.sha256),
        }
    )


def _signals_from_json(text: str) -> ImageSignals:
    obj = json.loads(text)
    pdq = None
    if obj.get("pdq"):
        # Only the as-uploaded hash is banked; the uploads' eight variants meet it.
        pdq = PdqHashes(variants=(str(obj["pdq"]),), quality=int(obj["quality"]))
    return ImageSignals(pdq=pdq, sha256=tuple(str(d) for d in obj.get("sha256", ())))


class PhotoService:
    """Uploads, the photo gate of the message path, and access to stored images."""

    def __init__(
        self,
        *,
        store: MessageStore,
        blobs: Blobs,
        workers: Analyser,
        banks: PhotoBanks,
        rooms: Rooms,
        presence: PresenceTracker,
        clock: Clock,
        idle_ttl: float,
        max_bytes: int = DEFAULT_MAX_BYTES,
        max_pixels: int = DEFAULT_MAX_PIXELS,
        owns_workers: bool = True,
        broker: Broker | None = None,
        uploads_per_minute: int = 10,
        audit: SystemAudit | None = None,
    ) -> None:
        self.audit = audit  # automatic holds go to the audit log
        self.uploads_per_minute = uploads_per_minute
        self._buckets: dict[UserId, TokenBucket] = {}
        self.owns_workers = owns_workers
        self.broker = broker
        self.store = store
        self.blobs = blobs
        self.workers = workers
        self.banks = banks
        self.rooms = rooms
        self.presence = presence
        self.clock = clock
        self.idle_ttl = idle_ttl
        self.max_bytes = max_bytes
        self.max_pixels = max_pixels

    # -- upload ------------------------------------------------------------------
    async def upload(
        self,
        guest: Guest,
        data: bytes,
        *,
        content_type: str | None = None,
        filename: str | None = None,
        room: str | None = None,
        to: str | None = None,
        source: tuple[str, int] | None = None,
    ) -> Upload:
        """Check one image for `room` or for recipient `to`; see the module docstring.
        `source`: the uploader's address and port, recorded (décret 2021-1362) with an
        image kept unseen, held or preserved as evidence.

        Errors: the decoder's `image_*` codes (422), `image_timeout`, `image_failed`,
        `photo_target` (422), `not_member`, `dm_age_band`, `photo_refused_by_recipient`,
        `image_refused` (403), `user_not_found`, `room_not_found` (404), `rate_limited`
        (429), `photos_busy` (503).
        """
        self._take_token(guest.id)
        target, ctx = await self._target(guest, room, to)
        analysis = await self.workers.analyse(
            data,
            content_type=content_type,
            filename=filename,
            max_bytes=self.max_bytes,
            max_pixels=self.max_pixels,
        )
        matches = self.banks.index.match(analysis.signals())
        decision = image_verdict(matches, analysis.nudity, ctx, pdq=analysis.pdq)
        now = self.clock()
        blob_id = await self.blobs.put(analysis.image.data, mime=analysis.image.mime)
        if decision.action is Action.BLOCK:
            await self._refuse(guest, blob_id, target, analysis, decision, now, source)
        status = "ready" if decision.action is Action.ALLOW else "held"
        blur = decision.blur or ctx.private  # every private image arrives blurred
        await self.store.add_photo(
            self._record(blob_id, guest, target, status, blur, analysis, decision, now)
        )
        if status == "held":
            held = await self.store.hold(
                target, guest.id, "", self._held_json(blob_id, decision), now
            )
            await self._identify(held.id, guest, source, now)
            if self.audit is not None:
                await self.audit.held(held, now)
            return Upload(blob_id, blur, held=True, message=decision.sender_message or HELD_MESSAGE)
        return Upload(blob_id, blur)

    def _take_token(self, user: UserId) -> None:
        """Uploads cost a worker's CPU: `uploads_per_minute` per user, bad files included."""
        now = self.clock()
        bucket = self._buckets.get(user)
        if bucket is None:
            bucket = self._buckets[user] = TokenBucket(self.uploads_per_minute, 60.0)
        wait = bucket.take(now)
        if wait > 0:
            raise RateLimited(
                "rate_limited",
                f"Vous envoyez trop d'images : patientez {max(wait, 1):.0f} s.",
                retry_after=wait,
            )
        if len(self._buckets) > 10_000:  # forget full buckets now and then
            full = [u for u, b in self._buckets.items() if now - b.updated > 60.0]
            for u in full:
                del self._buckets[u]

    async def _target(
        self, guest: Guest, room: str | None, to: str | None
    ) -> tuple[str, ImageContext]:
        if (room is None) == (to is None):
            raise InvalidInput(
                "photo_target", "Indiquez un salon (room) ou un destinataire (to).", field="room"
            )
        if room is not None:
            found = await self.rooms.get_visible(guest, room)
            if not await self.presence.is_present(found.id, guest.id):
                raise Forbidden("not_member", "Rejoignez ce salon avant d'y envoyer une image.")
            return f"room:{found.id}", ImageContext(guest.band, room_kind=found.kind)
        recipient = await self.store.guest(UserId(to or ""))
        if recipient is None or recipient.expired(self.clock(), self.idle_ttl):
            raise NotFound("user_not_found", "Cette personne n'est plus connectée.")
        if recipient.id == guest.id:
            raise InvalidInput("dm_self", "Vous ne pouvez pas vous écrire à vous-même.")
        if recipient.band is not guest.band:
            raise Forbidden(
                "dm_age_band", "Les messages privés entre majeurs et mineurs ne sont pas possibles."
            )
        if not await self.accepts_from(recipient, guest.id):
            raise Forbidden("photo_refused_by_recipient", REFUSED_BY_RECIPIENT)
        ctx = ImageContext(guest.band, recipient_band=recipient.band)
        return f"dm:{recipient.id}", ctx

    async def _refuse(
        self,
        guest: Guest,
        blob_id: str,
        target: str,
        analysis: Analysis,
        decision: ImageVerdict,
        now: float,
        source: tuple[str, int] | None,
    ) -> None:
        """Keep what the law and the moderators need, then refuse with a generic message."""
        if decision.verdict.safety_note and self.broker is not None:
            # A minor who sent an explicit image is pointed to the 3018 helpline, on
            # every connection of theirs (the HTTP answer stays generic).
            note = envelope.pack_plain(events.notice("safety_3018", SAFETY_3018))
            with contextlib.suppress(Exception):  # the refusal matters more than the note
                await self.broker.publish(f"user:{guest.id}", note)
        if decision.preserve_evidence:
            # Evidence first (restricted area), then the servable copy goes.
            await self.blobs.preserve(blob_id, ",".join(decision.verdict.rules))
        await self.blobs.delete(blob_id)
        if decision.preserve_evidence or decision.verdict.escalate:
            record = self._record(blob_id, guest, target, "blocked", True, analysis, decision, now)
            await self.store.add_photo(record)
            verdict = self._held_json(blob_id, decision, evidence=decision.preserve_evidence)
            held = await self.store.hold(target, guest.id, "", verdict, now)
            await self._identify(held.id, guest, source, now)
            if self.audit is not None:
                await self.audit.held(held, now)
        raise Forbidden("image_refused", decision.sender_message or GENERIC_REFUSAL, field="image")

    async def _identify(
        self, held_id: int, guest: Guest, source: tuple[str, int] | None, now: float
    ) -> None:
        """The `held:ID` identification record of an image kept unseen: its own record if
        a moderator releases it (`services.enforce`), and what a requisition reads."""
        if source is not None:
            await self.store.record_identification(
                Identification.of_held(held_id, guest.id, source, now)
            )

    @staticmethod
    def _record(
        blob_id: str,
        guest: Guest,
        target: str,
        status: str,
        blur: bool,
        analysis: Analysis,
        decision: ImageVerdict,
        now: float,
    ) -> PhotoRecord:
        return PhotoRecord(
            id=blob_id,
            uploader=guest.id,
            target=target,
            status=status,
            blur=blur,
            explicit=decision.explicit,
            mime=analysis.image.mime,
            signals=_signals_json(analysis),
            verdict=json.dumps(decision.verdict.to_json()),
            created_at=now,
        )

    @staticmethod
    def _held_json(blob_id: str, decision: ImageVerdict, *, evidence: bool = False) -> str:
        """The held item's verdict: the image verdict plus where the image is."""
        return json.dumps(
            {**decision.verdict.to_json(), "photo": blob_id, "evidence": evidence, "kind": "photo"}
        )

    # -- the message path's gate -------------------------------------------------
    async def sendable(self, user: UserId, photo_id: str, target: str) -> MessagePhoto:
        """The ready photo of `user` for `target`, or raise why it cannot be sent. The
        store takes it (`sent`) in the message's own transaction (`take_photo`), so a
        failed write leaves it ready to send again."""
        found = await self.store.photo(photo_id)
        if (
            found is not None
            and found.uploader == user
            and found.target == target
            and found.status == "ready"
        ):
            return MessagePhoto(found.id, found.blur)
        if found is not None and found.uploader == user and found.status == "held":
            raise Forbidden("photo_held", HELD_MESSAGE)
        if found is not None and found.uploader == user and found.target != target:
            raise InvalidInput(
                "photo_target", "Cette image a été vérifiée pour une autre conversation."
            )
        raise NotFound("photo_not_found", "Cette image est introuvable ou a déjà été envoyée.")

    async def release(self, photo_id: str) -> MessagePhoto:
        """For the moderators' console: a held photo a moderator approved becomes sent;
        deliver it with `append_room_message/append_dm(..., late=True, photo=...)`."""
        record = await self.store.photo(photo_id)
        if record is None or record.status != "held":
            raise NotFound("photo_not_found", NOT_FOUND)
        await self.store.set_photo_status(photo_id, "sent")
        return MessagePhoto(record.id, record.blur)

    async def images_from_strangers(self, guest: Guest) -> bool:
        """Whether `guest` accepts private images from people they never wrote to.
        Default: yes for adults (they may turn it off), no for minors."""
        chosen = await self.store.images_from_strangers(guest.id)
        return chosen if chosen is not None else guest.band is AgeBand.ADULT

    async def set_images_from_strangers(self, guest: Guest, allowed: bool) -> None:
        await self.store.set_images_from_strangers(guest.id, allowed, self.clock())

    async def accepts_from(self, recipient: Guest, sender: UserId) -> bool:
        """True if `recipient` takes images from `sender` in private messages."""
        if await self.images_from_strangers(recipient):
            return True
        return await self.store.has_written_to(recipient.id, sender)

    # -- serving -------------------------------------------------------------------
    async def open(self, guest: Guest, photo_id: str) -> Blob:
        """The image, if `guest` may see it: its uploader, a member of its room, or
        the recipient of its private message, once sent. Anything else is `NotFound`
        (an unknown id and a forbidden one look the same)."""
        record = await self.store.photo(photo_id)
        if record is None or not await self._may_see(guest.id, record):
            raise NotFound("photo_not_found", NOT_FOUND)
        try:
            return await self.blobs.get(photo_id)
        except NotFound:
            raise NotFound("photo_not_found", NOT_FOUND) from None

    async def _may_see(self, user: UserId, record: PhotoRecord) -> bool:
        if record.status in ("blocked", "removed"):
            return False
        if record.uploader == user:
            return True
        if record.status != "sent":
            return False
        kind, _, ident = record.target.partition(":")
        if kind == "room":
            return await self.presence.is_present(RoomId(ident), user)
        return kind == "dm" and ident == user

    # -- moderation and retention ----------------------------------------------------
    async def bank_removed(self, photo_id: str, *, category: str = "ncii", note: str = "") -> int:
        """A moderator removed this image (confirmed NCII, illegal…): bank its hashes in
        `LOCAL_<CATEGORY>` (action block) so a re-upload is refused at once, stop
        serving it. Return how many hashes were added. Raise `NotFound` if unknown."""
        record = await self.store.photo(photo_id)
        if record is None:
            raise NotFound("photo_not_found", NOT_FOUND)
        now = self.clock()
        signals = _signals_from_json(record.signals)
        entries = entries_for_image(photo_id, signals, now=now, note=note)
        added = self.banks.add(f"LOCAL_{category.upper()}", entries, category=category)
        await self.store.set_photo_status(photo_id, "removed")
        await self.blobs.delete(photo_id)
        return added

    async def purge(self, older_than: float) -> int:
        """Retention: delete images and their records created before `older_than`
        (evidence copies are kept). Return the number of blobs removed."""
        await self.store.purge_photos(older_than)
        return await self.blobs.purge(older_than)

    def close(self) -> None:
        if self.owns_workers:
            self.workers.shutdown()
