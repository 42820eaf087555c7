"""Who a private message goes to: the recipient's session and the set of people they block.

The store is the reference (`store.guest`, `store.blocked_by`). On a node that is the
only one (in-process broker) over SQLite, a recipient connected to this node is read
from their live connection instead, with no store read:

- the profile from `conn.guest` (pseudonym, age, gender, département never change
  during a session); the session is live while the connection is open and its
  `last_seen_at` (as of the connection) is within the idle time — else the store
  decides, since only the store knows a later activity;
- the blocked-by set from `conn.hidden`, which every block or unblock of that user
  updates through their channel "user:ID" (`Chat._apply_block_change`) in the same
  loop turn as its commit: the in-process broker delivers while `publish` runs.

`Chat.connect` reads `hidden` and subscribes the connection to its channel without
suspending in between (SQLite reads do not suspend, nor does the in-process broker), so
no block can fall between the two. A logout or a sanction ends the session in the
store, then closes the user's connections through the same channel in that turn (the
close itself at the end of the turn). With several nodes (Redis), a block committed on
node A reaches node B's connections only after a pub/sub hop, and a PostgreSQL read
suspends: either would leave a window for a message to pass, so those deployments
read the store.
"""

from __future__ import annotations

from collections.abc import Set

from causette.domain.guests import Guest
from causette.domain.ids import UserId
from causette.ports import MessageStore
from causette.services.hub import Hub

__all__ = ["Recipients"]


class Recipients:
    def __init__(self, store: MessageStore, hub: Hub, idle_ttl: float, *, live: bool) -> None:
        self.store = store
        self.hub = hub
        self.idle_ttl = idle_ttl
        self.live = live  # True only when exact (see above)

    async def session(self, user: UserId, now: float) -> tuple[Guest | None, Set[UserId] | None]:
        """(the recipient's live session or None, the set they block if known here).

        None as the set means "ask `blocked_by`"."""
        if self.live:
            for conn in self.hub.connections.get(user, ()):
                if not conn.closed and not conn.guest.expired(now, self.idle_ttl):
                    return conn.guest, conn.hidden
        guest = await self.store.guest(user)
        if guest is None or guest.expired(now, self.idle_ttl):
            return None, None
        return guest, None

    async def blocks(self, blocker: UserId, known: Set[UserId] | None) -> Set[UserId]:
        """The people `blocker` blocks: `known` if the live connection gave it."""
        return known if known is not None else await self.store.blocked_by(blocker)
