"""What the web layer needs from the composition root."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

from aiohttp import web

from causette.ports import MessageStore
from causette.services.chat import Chat
from causette.services.entry import Entry
from causette.services.rooms import Rooms
from causette.web.client_ip import TrustedProxies

__all__ = ["WEB", "WebContext"]


@dataclass(slots=True)
class WebContext:
    store: MessageStore
    entry: Entry
    rooms: Rooms
    chat: Chat
    proxies: TrustedProxies
    allowed_origins: frozenset[str]
    static_dir: Path
    frame_rate: float = 20.0
    frame_burst: float = 100.0
    bad_frame_budget: int = 20
    on_shutdown: list[Callable[[], Awaitable[None]]] = field(default_factory=list)


WEB = web.AppKey("causette", WebContext)
