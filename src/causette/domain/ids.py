"""Typed identifiers shared by every layer."""

from typing import NewType

__all__ = ["DmSeq", "MessageId", "RoomId", "UserId"]

UserId = NewType("UserId", str)
"""A guest session's public id (random, url-safe); never the token."""

RoomId = NewType("RoomId", str)
"""A room's id: a slug for official rooms, a random id for user rooms."""

MessageId = NewType("MessageId", int)
"""A room message id: grows by one within its room, in delivery order."""

DmSeq = NewType("DmSeq", int)
"""A private-message id as one user sees it: grows by one within that user's inbox."""
