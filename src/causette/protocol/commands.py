"""Client-to-server frames, decoded into typed commands.

Decoding enforces sizes and types and raises `ProtocolError` with a stable code;
it never raises anything else, whatever the input.

    >>> decode_command('{"type": "say", "room": "general", "text": "salut", "ref": "c1"}')
    Say(room='general', text='salut', ref='c1')
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import orjson

from causette.domain.errors import InvalidInput

__all__ = [
    "MAX_FRAME_BYTES",
    "Block",
    "Command",
    "Dm",
    "Dms",
    "History",
    "Join",
    "Leave",
    "Ping",
    "Prefs",
    "ProtocolError",
    "Resume",
    "Say",
    "Unblock",
    "decode_command",
]

MAX_FRAME_BYTES = 16 * 1024
MAX_ID_CHARS = 64
MAX_REF_CHARS = 64
MAX_RESUME_ROOMS = 50
# Photo ids are 32 url-safe characters (192 random bits); a little slack for the future.
MAX_PHOTO_CHARS = 64


class ProtocolError(InvalidInput):
    """A frame that cannot be processed; answered with an `error` frame."""


@dataclass(frozen=True, slots=True)
class Join:
    room: str


@dataclass(frozen=True, slots=True)
class Leave:
    room: str


@dataclass(frozen=True, slots=True)
class Say:
    """`photo` is the id returned by `POST /api/photos` ("" for text only); with a
    photo, `text` may be empty."""

    room: str
    text: str
    ref: str = ""
    photo: str = ""


@dataclass(frozen=True, slots=True)
class Dm:
    to: str
    text: str
    ref: str = ""
    photo: str = ""


@dataclass(frozen=True, slots=True)
class History:
    room: str
    before: int | None = None


@dataclass(frozen=True, slots=True)
class Block:
    user: str


@dataclass(frozen=True, slots=True)
class Unblock:
    user: str


@dataclass(frozen=True, slots=True)
class Resume:
    rooms: dict[str, int]
    dms: int = 0


@dataclass(frozen=True, slots=True)
class Dms:
    """The next batch of missed private messages, after inbox number `after` (when a
    `resumed` or `dms` answer said `dm_more`)."""

    after: int


@dataclass(frozen=True, slots=True)
class Ping:
    pass


@dataclass(frozen=True, slots=True)
class Prefs:
    """Set (or, with None, just read) whether images in private messages are accepted
    from people one never wrote to."""

    images_from_strangers: bool | None = None


Command = Join | Leave | Say | Dm | History | Block | Unblock | Resume | Dms | Ping | Prefs


def _bad(field: str, what: str) -> ProtocolError:
    return ProtocolError("bad_field", f"Le champ « {field} » {what}.", field=field)


def _string(obj: dict[str, Any], field: str, max_chars: int, *, required: bool = True) -> str:
    value = obj.get(field)
    if value is None:
        if required:
            raise ProtocolError(
                "missing_field", f"Le champ « {field} » est obligatoire.", field=field
            )
        return ""
    if not isinstance(value, str):
        raise _bad(field, "doit être une chaîne de caractères")
    if len(value) > max_chars:
        raise _bad(field, "est trop long")
    if not value.isascii():
        try:
            value.encode()
        except UnicodeEncodeError:  # lone surrogates from "\ud800" escapes
            raise _bad(field, "contient des caractères invalides") from None
    return value


def _ident(obj: dict[str, Any], field: str) -> str:
    value = _string(obj, field, MAX_ID_CHARS)
    if not value:
        raise _bad(field, "est vide")
    return value


def _int(value: object, field: str) -> int:
    # bool is an int subclass in Python; a client sending true means a bug on its side.
    if isinstance(value, bool) or not isinstance(value, int):
        raise _bad(field, "doit être un nombre entier")
    if not 0 <= value < 2**53:
        raise _bad(field, "est hors limites")
    return value


def _resume(obj: dict[str, Any]) -> Resume:
    rooms_raw = obj.get("rooms", {})
    if not isinstance(rooms_raw, dict):
        raise _bad("rooms", "doit être un objet {salon: dernier id}")
    if len(rooms_raw) > MAX_RESUME_ROOMS:
        raise _bad("rooms", "contient trop de salons")
    rooms: dict[str, int] = {}
    for room, last in rooms_raw.items():
        if not room or len(room) > MAX_ID_CHARS:
            raise _bad("rooms", "contient un identifiant de salon invalide")
        rooms[room] = _int(last, "rooms")
    dms_raw = obj.get("dms", 0)
    return Resume(rooms=rooms, dms=_int(0 if dms_raw is None else dms_raw, "dms"))


def decode_command(frame: str | bytes) -> Command:
    """Decode one client frame; raise `ProtocolError` (codes below) when it is bad.

    Codes: `frame_too_large`, `bad_json`, `bad_frame` (not an object),
    `unknown_type`, `missing_field`, `bad_field`.
    """
    if len(frame) > MAX_FRAME_BYTES:
        raise ProtocolError("frame_too_large", "Message trop volumineux (16 Kio au plus).")
    try:
        obj = orjson.loads(frame)  # the common case, about ten times the standard's speed
    except ValueError:
        # What orjson refuses and the standard library reads (NaN, an escaped lone
        # surrogate, deep nesting) keeps the answer it always had: read it the same way.
        try:
            obj = json.loads(frame)
        except (ValueError, RecursionError):
            raise ProtocolError("bad_json", "Ce message n'est pas du JSON valide.") from None
    if not isinstance(obj, dict):
        raise ProtocolError("bad_frame", "Chaque message doit être un objet JSON avec un « type ».")
    kind = obj.get("type")
    if kind == "say":
        photo = _string(obj, "photo", MAX_PHOTO_CHARS, required=False)
        return Say(
            room=_ident(obj, "room"),
            text=_string(obj, "text", MAX_FRAME_BYTES, required=not photo),
            ref=_string(obj, "ref", MAX_REF_CHARS, required=False),
            photo=photo,
        )
    if kind == "dm":
        photo = _string(obj, "photo", MAX_PHOTO_CHARS, required=False)
        return Dm(
            to=_ident(obj, "to"),
            text=_string(obj, "text", MAX_FRAME_BYTES, required=not photo),
            ref=_string(obj, "ref", MAX_REF_CHARS, required=False),
            photo=photo,
        )
    if kind == "join":
        return Join(room=_ident(obj, "room"))
    if kind == "leave":
        return Leave(room=_ident(obj, "room"))
    if kind == "history":
        before = obj.get("before")
        return History(
            room=_ident(obj, "room"), before=None if before is None else _int(before, "before")
        )
    if kind == "block":
        return Block(user=_ident(obj, "user"))
    if kind == "unblock":
        return Unblock(user=_ident(obj, "user"))
    if kind == "resume":
        return _resume(obj)
    if kind == "dms":
        after = obj.get("after")
        if after is None:
            raise ProtocolError(
                "missing_field", "Le champ « after » est obligatoire.", field="after"
            )
        return Dms(after=_int(after, "after"))
    if kind == "ping":
        return Ping()
    if kind == "prefs":
        allowed = obj.get("images_from_strangers")
        if allowed is not None and not isinstance(allowed, bool):
            raise _bad("images_from_strangers", "doit valoir true ou false")
        return Prefs(images_from_strangers=allowed)
    if kind is None:
        raise ProtocolError("missing_field", "Le champ « type » est obligatoire.", field="type")
    raise ProtocolError("unknown_type", "Type de message inconnu.", field="type")
