"""Conversation-level minor-protection signals: grooming, age-lie, many minors.

Pure (stdlib only). The message path feeds `MinorsGuard` every accepted
message and acts on the returned `Signal`s; see docs/minors.md.
"""

from causette.moderation.minors.guard import MinorsGuard
from causette.moderation.minors.signals import ACTIONS, Evidence, Signal, SignalKind

__all__ = ["ACTIONS", "Evidence", "MinorsGuard", "Signal", "SignalKind"]
