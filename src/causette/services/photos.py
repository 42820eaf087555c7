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

import asyncio
import json
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from causette.domain.errors import Forbidden, InvalidInput, NotFound, Unavailable
from causette.domain.guests import Guest
from causette.domain.ids import RoomId, UserId
from causette.domain.messages import MessagePhoto
from causette.domain.profile import AgeBand
from causette.media.blobs import FilesystemBlobStore, StoredBlob
from causette.media.decode import DEFAULT_MAX_BYTES, DEFAULT_MAX_PIXELS
from causette.media.pipeline import ImageAnalysis
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
from causette.ports import Clock, MessageStore, PhotoRecord
from causette.services import photo_worker
from causette.services.photo_banks import PhotoBanks
from causette.services.photo_worker import DetectorFactory
from causette.services.presence import Presence
from causette.services.rooms import Rooms

__all__ = ["PhotoService", "PhotoWorkers", "Upload"]

NOT_FOUND = "Cette image n'existe pas ou n'est plus disponible."
REFUSED_BY_RECIPIENT = (
    "Cette personne n'accepte pas les images de personnes à qui elle n'a pas encore écrit."
)


class PhotoWorkers:
    """A small process pool for `analyse_image`, with a per-task timeout.

    At most `size` analyses run at once (a semaphore, so the timeout measures work,
    not queueing) and at most `max_waiting` wait; more is `Unavailable("photos_busy")`.
    A task over `timeout` seconds, or a worker that dies, gets its pool killed and
    replaced: the upload is refused with `image_timeout` / `image_failed`, and tasks
    running in the same pool at that moment fail with `image_failed` too.
    """

    def __init__(
        self,
        *,
        size: int = 1,
        timeout: float = 20.0,
        detector_factory: DetectorFactory = photo_worker.default_detector,
        max_waiting: int = 8,
    ) -> None:
        if not 1 <= size <= 4:
            raise ValueError("1 to 4 photo workers")
        self.size = size
        self.timeout = timeout
        self.detector_factory = detector_factory
        self.max_waiting = max_waiting
        self._pool: ProcessPoolExecutor | None = None
        self._slots: asyncio.Semaphore | None = None
        self._slots_loop: asyncio.AbstractEventLoop | None = None
        self._waiting = 0

    def _start(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # spawn: a forked child would inherit the event loop's threads and locks.
            self._pool = ProcessPoolExecutor(
                self.size,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=photo_worker.init_worker,
                initargs=(self.detector_factory,),
            )
        return self._pool

    def _kill(self, pool: ProcessPoolExecutor) -> None:
        if self._pool is pool:
            self._pool = None
        # ProcessPoolExecutor cannot cancel a running task; terminating its processes
        # is the only way to get a hung decoder's CPU back (Python 3.14 adds
        # terminate_workers(); until then, its private process table).
        for process in list(getattr(pool, "_processes", {}).values()):
            process.terminate()
        pool.shutdown(wait=False, cancel_futures=True)

    async def analyse(
        self,
        data: bytes,
        *,
        content_type: str | None,
        filename: str | None,
        max_bytes: int,
        max_pixels: int,
    ) -> ImageAnalysis:
        """Analyse one upload in a worker; raise `InvalidImage` for a bad file."""
        if self._waiting >= self.max_waiting:
            raise Unavailable("photos_busy", "Trop d'images en cours d'envoi : réessayez.")
        loop = asyncio.get_running_loop()
        if self._slots is None or self._slots_loop is not loop:
            # The pool may outlive an event loop (tests); a semaphore belongs to one.
            self._slots, self._slots_loop = asyncio.Semaphore(self.size), loop
        slots = self._slots
        self._waiting += 1
        try:
            await slots.acquire()
        finally:
            self._waiting -= 1
        try:
            pool = self._start()
            task = loop.run_in_executor(
                pool, photo_worker.analyse, data, content_type, filename, max_bytes, max_pixels
            )
            try:
                return await asyncio.wait_for(task, self.timeout)
            except TimeoutError:
                self._kill(pool)
                raise InvalidInput(
                    "image_timeout",
                    "Cette image est trop longue à traiter : essayez un autre fichier.",
                    field="image",
                ) from None
            except BrokenProcessPool:
                self._kill(pool)
                raise InvalidInput(
                    "image_failed",
                    "Cette image n'a pas pu être traitée : essayez un autre fichier.",
                    field="image",
                ) from None
        finally:
            slots.release()

    def shutdown(self) -> None:
        if self._pool is not None:
            self._kill(self._pool)


@dataclass(frozen=True, slots=True)
class Upload:
    """The answer to an upload: `photo` to send in a `say`/`dm` frame (unless `held`)."""

    photo: str
    blur: bool
    held: bool = False
    message: str = ""


def _signals_json(analysis: ImageAnalysis) -> str:
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
        blobs: FilesystemBlobStore,
        workers: PhotoWorkers,
        banks: PhotoBanks,
        rooms: Rooms,
        presence: Presence,
        clock: Clock,
        idle_ttl: float,
        max_bytes: int = DEFAULT_MAX_BYTES,
        max_pixels: int = DEFAULT_MAX_PIXELS,
        owns_workers: bool = True,
    ) -> None:
        self.owns_workers = owns_workers
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
    ) -> Upload:
        """Check one image for `room` or for recipient `to`; see the module docstring.

        Errors: the decoder's `image_*` codes (422), `image_timeout`, `image_failed`,
        `photo_target` (422), `not_member`, `dm_age_band`, `photo_refused_by_recipient`,
        `image_refused` (403), `user_not_found`, `room_not_found` (404), `photos_busy` (503).
        """
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
            await self._refuse(guest, blob_id, target, analysis, decision, now)
        status = "ready" if decision.action is Action.ALLOW else "held"
        blur = decision.blur or ctx.private  # every private image arrives blurred
        await self.store.add_photo(
            self._record(blob_id, guest, target, status, blur, analysis, decision, now)
        )
        if status == "held":
            await self.store.hold(target, guest.id, "", self._held_json(blob_id, decision), now)
            return Upload(blob_id, blur, held=True, message=decision.sender_message or HELD_MESSAGE)
        return Upload(blob_id, blur)

    async def _target(
        self, guest: Guest, room: str | None, to: str | None
    ) -> tuple[str, ImageContext]:
        if (room is None) == (to is None):
            raise InvalidInput(
                "photo_target", "Indiquez un salon (room) ou un destinataire (to).", field="room"
            )
        if room is not None:
            found = await self.rooms.get_visible(guest, room)
            if not self.presence.is_present(found.id, guest.id):
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
        analysis: ImageAnalysis,
        decision: ImageVerdict,
        now: float,
    ) -> None:
        """Keep what the law and the moderators need, then refuse with a generic message."""
        if decision.preserve_evidence:
            # Evidence first (restricted area), then the servable copy goes.
            await self.blobs.preserve(blob_id, ",".join(decision.verdict.rules))
        await self.blobs.delete(blob_id)
        if decision.preserve_evidence or decision.verdict.escalate:
            record = self._record(blob_id, guest, target, "blocked", True, analysis, decision, now)
            await self.store.add_photo(record)
            held = self._held_json(blob_id, decision, evidence=decision.preserve_evidence)
            await self.store.hold(target, guest.id, "", held, now)
        raise Forbidden("image_refused", decision.sender_message or GENERIC_REFUSAL, field="image")

    @staticmethod
    def _record(
        blob_id: str,
        guest: Guest,
        target: str,
        status: str,
        blur: bool,
        analysis: ImageAnalysis,
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
    async def claim(self, user: UserId, photo_id: str, target: str) -> MessagePhoto:
        """Take a ready photo of `user` for `target` (once); raise if it cannot be sent."""
        record = await self.store.claim_photo(photo_id, user, target)
        if record is not None:
            return MessagePhoto(record.id, record.blur)
        found = await self.store.photo(photo_id)
        if found is not None and found.uploader == user and found.status == "held":
            raise Forbidden("photo_held", HELD_MESSAGE)
        if found is not None and found.uploader == user and found.target != target:
            raise InvalidInput(
                "photo_target", "Cette image a été vérifiée pour une autre conversation."
            )
        raise NotFound("photo_not_found", "Cette image est introuvable ou a déjà été envoyée.")

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
    async def open(self, guest: Guest, photo_id: str) -> StoredBlob:
        """The image, if `guest` may see it: its uploader, a member of its room, or
        the recipient of its private message, once sent. Anything else is `NotFound`
        (an unknown id and a forbidden one look the same)."""
        record = await self.store.photo(photo_id)
        if record is None or not self._may_see(guest.id, record):
            raise NotFound("photo_not_found", NOT_FOUND)
        try:
            return await self.blobs.get(photo_id)
        except NotFound:
            raise NotFound("photo_not_found", NOT_FOUND) from None

    def _may_see(self, user: UserId, record: PhotoRecord) -> bool:
        if record.status in ("blocked", "removed"):
            return False
        if record.uploader == user:
            return True
        if record.status != "sent":
            return False
        kind, _, ident = record.target.partition(":")
        if kind == "room":
            return self.presence.is_present(RoomId(ident), user)
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
