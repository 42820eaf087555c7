"""What both adapters share: migration files, column lists, row-to-record mapping, errors.

Rows are anything indexable (a `sqlite3` tuple or an `asyncpg.Record`); the
column lists below fix the order the mappers read.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any, Literal

from causette.domain.errors import Conflict, NotFound, Unavailable
from causette.domain.guests import Guest
from causette.domain.ids import DmSeq, MessageId, RoomId, UserId
from causette.domain.messages import MessagePhoto, PrivateMessage, RoomMessage
from causette.domain.profile import Gender
from causette.domain.rooms import Room, RoomKind
from causette.ports import HeldContent, PhotoRecord

__all__ = [
    "DM_COLUMNS",
    "GUEST_COLUMNS",
    "HELD_COLUMNS",
    "PHOTO_COLUMNS",
    "ROOM_COLUMNS",
    "ROOM_INSERT_COLUMNS",
    "ROOM_MESSAGE_COLUMNS",
    "TAKE_PHOTO",
    "Migration",
    "dm_from_row",
    "guest_exists",
    "guest_from_row",
    "held_from_row",
    "load_migrations",
    "photo_from_json",
    "photo_json",
    "photo_not_found",
    "photo_record_from_row",
    "pseudonym_taken",
    "room_exists",
    "room_from_row",
    "room_message_from_row",
    "room_name_taken",
    "room_not_found",
    "unavailable",
]

Row = Any  # sqlite3 tuple or asyncpg.Record: both index by position

GUEST_COLUMNS = (
    "id, token_hash, pseudonym, pseudonym_key, age, gender, postal_code, department, "
    "premium, created_at, last_seen_at, ended_at, device_hash"
)
ROOM_COLUMNS = "id, name, topic, kind, official, created_by, created_at, closed_at, theme, region"
# What an insert writes: the read columns plus the uniqueness key of the name.
ROOM_INSERT_COLUMNS = (
    "id, name, name_key, topic, kind, official, created_by, created_at, closed_at, theme, region"
)
ROOM_MESSAGE_COLUMNS = "room_id, id, sender, text, ts, late, photo"
DM_COLUMNS = "id, sender, recipient, sender_seq, recipient_seq, text, ts, late, photo"
HELD_COLUMNS = "id, target, sender, text, created_at, verdict, status"
PHOTO_COLUMNS = "id, uploader, target, status, blur, explicit, mime, signals, verdict, created_at"


def photo_json(photo: MessagePhoto | None) -> str | None:
    """The `photo` column of a message: JSON {"id", "blur"}, or NULL."""
    if photo is None:
        return None
    return json.dumps({"id": photo.id, "blur": photo.blur}, separators=(",", ":"))


def photo_from_json(value: str | None) -> MessagePhoto | None:
    if not value:
        return None
    obj = json.loads(value)
    return MessagePhoto(id=str(obj["id"]), blur=bool(obj["blur"]))


def photo_record_from_row(row: Row) -> PhotoRecord:
    return PhotoRecord(
        id=row[0],
        uploader=UserId(row[1]),
        target=row[2],
        status=row[3],
        blur=bool(row[4]),
        explicit=bool(row[5]),
        mime=row[6],
        signals=row[7],
        verdict=row[8],
        created_at=float(row[9]),
    )


def guest_from_row(row: Row) -> Guest:
    return Guest(
        id=UserId(row[0]),
        token_hash=bytes(row[1]),
        pseudonym=row[2],
        pseudonym_key=row[3],
        age=int(row[4]),
        gender=Gender(row[5]),
        postal_code=row[6],
        department=row[7],
        premium=bool(row[8]),
        created_at=float(row[9]),
        last_seen_at=float(row[10]),
        ended_at=None if row[11] is None else float(row[11]),
        device_hash=row[12],
    )


def room_from_row(row: Row) -> Room:
    return Room(
        id=RoomId(row[0]),
        name=row[1],
        topic=row[2],
        kind=RoomKind(row[3]),
        official=bool(row[4]),
        created_by=None if row[5] is None else UserId(row[5]),
        created_at=float(row[6]),
        closed_at=None if row[7] is None else float(row[7]),
        theme=row[8],
        region=row[9],
    )


def room_message_from_row(row: Row) -> RoomMessage:
    return RoomMessage(
        room=RoomId(row[0]),
        id=MessageId(int(row[1])),
        sender=UserId(row[2]),
        text=row[3],
        ts=float(row[4]),
        late=bool(row[5]),
        photo=photo_from_json(row[6]),
    )


def dm_from_row(row: Row) -> PrivateMessage:
    return PrivateMessage(
        id=int(row[0]),
        sender=UserId(row[1]),
        recipient=UserId(row[2]),
        sender_seq=DmSeq(int(row[3])),
        recipient_seq=DmSeq(int(row[4])),
        text=row[5],
        ts=float(row[6]),
        late=bool(row[7]),
        photo=photo_from_json(row[8]),
    )


def held_from_row(row: Row) -> HeldContent:
    return HeldContent(
        id=int(row[0]),
        target=row[1],
        sender=UserId(row[2]),
        text=row[3],
        created_at=float(row[4]),
        verdict=row[5],
        status=row[6],
    )


# -- errors users may see (stable codes, French first) -----------------------


def pseudonym_taken() -> Conflict:
    return Conflict(
        "pseudonym_taken",
        "Ce pseudo est déjà utilisé, choisissez-en un autre.",
        field="pseudonym",
    )


def guest_exists() -> Conflict:
    """A session id or token hash already stored: ids are random, so a caller bug."""
    return Conflict("guest_exists", "Cette session existe déjà.")


def room_exists() -> Conflict:
    """A room id already stored (its name may differ)."""
    return Conflict("room_exists", "Ce salon existe déjà.")


def room_name_taken() -> Conflict:
    return Conflict(
        "room_name_taken",
        "Un salon porte déjà ce nom, choisissez-en un autre.",
        field="name",
    )


def room_not_found() -> NotFound:
    return NotFound("room_not_found", "Ce salon n'existe pas.")


def photo_not_found() -> NotFound:
    return NotFound("photo_not_found", "Cette image est introuvable ou a déjà été envoyée.")


# Take a ready photo of the sender for this target (`?` placeholders; `$n` on PostgreSQL).
TAKE_PHOTO = (
    "UPDATE photos SET status = 'sent'"
    " WHERE id = ? AND uploader = ? AND target = ? AND status = 'ready'"
)


def unavailable() -> Unavailable:
    return Unavailable(
        "database_unavailable",
        "Le service est momentanément indisponible, réessayez dans un instant.",
    )


# -- migrations ---------------------------------------------------------------

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    """One numbered schema delta: `version` from the file name's 4-digit prefix."""

    version: int
    name: str
    sql: str


def load_migrations(dialect: Literal["sqlite", "postgres"]) -> list[Migration]:
    """The dialect's deltas in version order. Raise `RuntimeError` on a gap or a stray file,
    so a packaging mistake fails at start rather than leaving a half-built schema."""
    folder = resources.files("causette.storage").joinpath("migrations", dialect)
    migrations = []
    for entry in folder.iterdir():
        if not entry.name.endswith(".sql"):
            continue
        match = _MIGRATION_NAME.match(entry.name)
        if match is None:
            raise RuntimeError(f"migration file with a bad name: {dialect}/{entry.name}")
        migrations.append(
            Migration(int(match.group(1)), entry.name, entry.read_text(encoding="utf-8"))
        )
    migrations.sort(key=lambda m: m.version)
    expected = list(range(1, len(migrations) + 1))
    if [m.version for m in migrations] != expected:
        raise RuntimeError(f"{dialect} migrations must be numbered 0001, 0002, … without gaps")
    return migrations
