"""Messages as stored and delivered."""

from __future__ import annotations

from dataclasses import dataclass

from causette.domain.ids import DmSeq, MessageId, RoomId, UserId

__all__ = ["MessagePhoto", "PrivateMessage", "RoomMessage"]


@dataclass(frozen=True, slots=True)
class MessagePhoto:
    """A photo carried by a message: the blob id (unguessable, served at `/media/ID`
    to those allowed to see it) and whether clients show it blurred until tapped."""

    id: str
    blur: bool


@dataclass(frozen=True, slots=True)
class RoomMessage:
    """A delivered room message. `id` grows by one within `room`, in delivery order.

    `late` marks content released by a moderator after being held.
    """

    room: RoomId
    id: MessageId
    sender: UserId
    text: str
    ts: float
    late: bool = False
    photo: MessagePhoto | None = None


@dataclass(frozen=True, slots=True)
class PrivateMessage:
    """A delivered private message.

    It has one global `id` (internal, for reports) and one sequence number in
    each participant's inbox: a client resumes from the last inbox number it saw.
    """

    id: int
    sender: UserId
    recipient: UserId
    sender_seq: DmSeq
    recipient_seq: DmSeq
    text: str
    ts: float
    late: bool = False
    photo: MessagePhoto | None = None

    def seq_for(self, user: UserId) -> DmSeq:
        """The inbox number of this message as `user` (sender or recipient) sees it."""
        return self.sender_seq if user == self.sender else self.recipient_seq
