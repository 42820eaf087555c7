"""Rooms: the list a session may see, creation by users, closing."""

from __future__ import annotations

import json
import secrets
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

from causette.domain.errors import Forbidden, InvalidInput, NotFound
from causette.domain.guests import Guest
from causette.domain.ids import RoomId
from causette.domain.profile import AgeBand
from causette.domain.rooms import Room, RoomKind, room_name_key, visible_to
from causette.domain.text import validate_text
from causette.moderation.verdict import Action, Context, TextKind
from causette.ports import Clock, Identification, MessageStore, SlowCheck
from causette.services.entry import Checker, moderate

__all__ = ["RoomListing", "Rooms", "official_rooms", "seed_entries"]

NAME_MIN, NAME_MAX, TOPIC_MAX = 3, 40, 200


def seed_entries() -> list[dict[str, str]]:
    """The official rooms as shipped (`causette/data/rooms.json`), for `official_rooms`."""
    data = resources.files("causette").joinpath("data/rooms.json").read_text("utf-8")
    entries: list[dict[str, str]] = json.loads(data)
    return entries


def official_rooms(entries: Iterable[Mapping[str, Any]], now: float) -> list[Room]:
    """Build the official rooms from the seed data file's entries."""
    return [
        Room(
            id=RoomId(entry["id"]),
            name=entry["name"],
            topic=entry.get("topic", ""),
            kind=RoomKind(entry["kind"]),
            official=True,
            created_by=None,
            created_at=now,
            theme=entry.get("theme", ""),
            region=entry.get("region", ""),
        )
        for entry in entries
    ]


@dataclass(frozen=True, slots=True)
class RoomListing:
    room: Room
    members: int

    def to_json(self) -> dict[str, Any]:
        room = self.room
        return {
            "id": room.id,
            "name": room.name,
            "topic": room.topic,
            "kind": room.kind.value,
            "members": self.members,
            "official": room.official,
            "theme": room.theme,
            "region": room.region,
        }


class Rooms:
    def __init__(
        self,
        store: MessageStore,
        clock: Clock,
        checker: Checker,
        member_counts: Callable[[Iterable[RoomId]], Awaitable[Mapping[RoomId, int]]],
        tier2: SlowCheck | None = None,
    ) -> None:
        self.store = store
        self.clock = clock
        self.checker = checker
        self.tier2 = tier2
        # Presence counts, shared by every node when presence lives in Redis.
        self.member_counts = member_counts

    async def visible(self, guest: Guest) -> list[RoomListing]:
        """Open rooms this session may join, official first, then by name."""
        band = guest.band
        rooms = [r for r in await self.store.rooms() if visible_to(r.kind, band)]
        rooms.sort(key=lambda r: (not r.official, room_name_key(r.name)))
        counts = await self.member_counts([r.id for r in rooms])
        return [RoomListing(r, counts.get(r.id, 0)) for r in rooms]

    async def get_visible(self, guest: Guest, room_id: str) -> Room:
        """The open room `room_id` if this session may see it; else `room_not_found`.

        A room of the other age band is reported as not found: its existence is
        not disclosed.
        """
        room = await self.store.room(RoomId(room_id))
        if room is None or not room.open or not visible_to(room.kind, guest.band):
            raise NotFound("room_not_found", "Ce salon n'existe pas.")
        return room

    async def create(
        self, guest: Guest, raw: Mapping[str, object], source: tuple[str, int]
    ) -> Room:
        """Create a user room after moderating its name and topic.

        A minor-band session creates `teen` rooms and cannot create adult-only ones.
        """
        name_raw = raw.get("name")
        topic_raw = raw.get("topic", "")
        adult = raw.get("adult", False)
        if not isinstance(name_raw, str):
            raise InvalidInput("missing_field", "Le nom du salon est obligatoire.", field="name")
        if not isinstance(topic_raw, str) or not isinstance(adult, bool):
            raise InvalidInput("bad_field", "Sujet ou option invalide.", field="topic")
        name = " ".join(name_raw.split())
        if not NAME_MIN <= len(name) <= NAME_MAX:
            raise InvalidInput(
                "room_name_invalid",
                f"Le nom du salon doit faire de {NAME_MIN} à {NAME_MAX} caractères.",
                field="name",
            )
        validate_text(name, NAME_MAX)
        topic = validate_text(topic_raw, TOPIC_MAX) if topic_raw.strip() else ""
        if guest.band is AgeBand.MINOR:
            if adult:
                raise Forbidden(
                    "room_adult_forbidden",
                    "Les salons réservés aux majeurs ne peuvent pas être créés avant 18 ans.",
                    field="adult",
                )
            kind = RoomKind.TEEN
        else:
            kind = RoomKind.ADULT if adult else RoomKind.GENERAL
        for text, text_kind, field in (
            (name, TextKind.ROOM_NAME, "name"),
            (topic, TextKind.ROOM_TOPIC, "topic"),
        ):
            if not text:
                continue
            verdict = await moderate(
                self.checker,
                self.tier2,
                text,
                Context(text_kind, room_kind=kind, sender_band=guest.band),
            )
            if verdict.action is not Action.ALLOW:
                reason = verdict.reasons[0] if verdict.reasons else "Ce nom n'est pas accepté."
                raise InvalidInput("room_name_refused", reason, field=field)
        now = self.clock()
        room = Room(
            id=RoomId("r_" + secrets.token_urlsafe(9)),
            name=name,
            topic=topic,
            kind=kind,
            official=False,
            created_by=guest.id,
            created_at=now,
        )
        await self.store.create_room(room)
        await self.store.record_identification(
            Identification("room_create", f"room:{room.id}", guest.id, source[0], source[1], now)
        )
        return room

    async def close_idle(
        self, empty_since: Callable[[RoomId], Awaitable[float | None]], idle: float
    ) -> int:
        """Close user rooms empty for more than `idle` seconds; return how many."""
        now = self.clock()
        closed = 0
        user_rooms = [room for room in await self.store.rooms() if not room.official]
        counts = await self.member_counts([room.id for room in user_rooms])
        for room in user_rooms:
            since = await empty_since(room.id)
            if since is None and counts.get(room.id, 0) == 0:
                since = room.created_at  # never joined on this node
            if (
                since is not None
                and now - since > idle
                and await self.store.close_room(room.id, now)
            ):
                closed += 1
        return closed
