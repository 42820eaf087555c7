"""`causette`: serve, migrate, rooms, premium, moderate."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections.abc import Sequence

from causette.config import ConfigError, Settings, load_settings
from causette.domain.errors import CausetteError

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="causette", description="Causette : chat anonyme modéré.")
    sub = p.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="serve HTTP and WebSocket")
    serve.add_argument("--host")
    serve.add_argument("--port", type=int)
    serve.add_argument("--database-url")

    migrate = sub.add_parser("migrate", help="create or upgrade the database schema")
    migrate.add_argument("--database-url")

    rooms = sub.add_parser("rooms", help="list, create or close rooms")
    rooms_sub = rooms.add_subparsers(dest="action", required=True)
    rooms_sub.add_parser("list", help="list open rooms")
    create = rooms_sub.add_parser("create", help="create an official room")
    create.add_argument("id")
    create.add_argument("name")
    create.add_argument("--topic", default="")
    create.add_argument("--kind", choices=["general", "adult", "teen"], default="general")
    create.add_argument("--theme", default="")
    create.add_argument("--region", default="")
    close = rooms_sub.add_parser("close", help="close a room")
    close.add_argument("id")
    for cmd in (rooms,):
        cmd.add_argument("--database-url")

    premium = sub.add_parser("premium", help="premium entitlements")
    premium_sub = premium.add_subparsers(dest="action", required=True)
    grant = premium_sub.add_parser("grant", help="mark an active session premium")
    grant.add_argument("pseudonym")
    revoke = premium_sub.add_parser("revoke", help="remove premium from an active session")
    revoke.add_argument("pseudonym")
    premium.add_argument("--database-url")

    sub.add_parser("moderate", help="moderate JSON lines from stdin, one verdict line per input")

    # Issue 6: moderator accounts, the audit chain, transparency counts.
    admin = sub.add_parser("admin", help="moderator accounts")
    admin_sub = admin.add_subparsers(dest="action", required=True)
    create_mod = admin_sub.add_parser("create-moderator", help="password from stdin or prompt")
    create_mod.add_argument("login")
    create_mod.add_argument("--role", choices=["moderator", "admin"], default="moderator")
    flagger = admin_sub.add_parser("add-trusted-flagger", help="prints its API token once")
    flagger.add_argument("name")
    audit = sub.add_parser("audit", help="the hash-chained audit log")
    audit.add_argument("action", choices=["verify"])
    audit.add_argument("--expected-head")
    transparency = sub.add_parser("transparency", help="decision counts (Art. 15, 24)")
    transparency.add_argument("--format", choices=["json", "csv"], default="json")
    transparency.add_argument("--start", type=float)
    transparency.add_argument("--end", type=float)
    for cmd in (admin, audit, transparency):
        cmd.add_argument("--database-url")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = load_settings(
            host=getattr(args, "host", None),
            port=getattr(args, "port", None),
            database_url=getattr(args, "database_url", None),
        )
    except ConfigError as exc:
        print(f"causette: {exc}", file=sys.stderr)
        return 2
    try:
        if args.command == "serve":
            return _serve(settings)
        if args.command == "moderate":
            return _moderate()
        return asyncio.run(_admin(settings, args))
    except CausetteError as exc:
        print(f"causette: {exc.code}: {exc.message}", file=sys.stderr)
        return 1
    except (ConfigError, ValueError) as exc:
        print(f"causette: {exc}", file=sys.stderr)
        return 2


def _serve(settings: Settings) -> int:
    import gc

    from aiohttp import web

    from causette.app import create_app
    from causette.logs import configure_logging

    configure_logging(settings.log_format, settings.log_level)
    try:
        import uvloop

        uvloop.install()
    except ImportError:
        pass

    async def app() -> web.Application:
        built = await create_app(settings)
        # Start-up builds large long-lived tables (lexicons, models, rooms): out of the
        # collector's sight for good. Each message allocates many short-lived objects:
        # collect the young generation every 50,000 allocations rather than every 700.
        gc.collect()
        gc.freeze()
        gc.set_threshold(50_000, 20, 20)
        return built

    web.run_app(
        app(),
        host=settings.host,
        port=settings.port,
        access_log=None,
        print=lambda _: print(
            f"Causette écoute sur http://{settings.host}:{settings.port}", file=sys.stderr
        ),
    )
    return 0


def _moderate() -> int:
    from causette.moderation.engine import Engine
    from causette.moderation.jsonl import moderate_lines

    engine = Engine.default()
    for line in moderate_lines(sys.stdin, engine):
        sys.stdout.write(line + "\n")
        sys.stdout.flush()
    return 0


async def _admin(settings: Settings, args: argparse.Namespace) -> int:
    from causette.domain.ids import RoomId
    from causette.domain.profile import pseudonym_key
    from causette.domain.rooms import Room, RoomKind
    from causette.storage import open_store

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    store = await open_store(settings.effective_database_url, migrate=True)
    try:
        if args.command == "migrate":
            print("schéma à jour")
            return 0
        if args.command == "rooms":
            if args.action == "list":
                for room in await store.rooms():
                    print(
                        json.dumps(
                            {
                                "id": room.id,
                                "name": room.name,
                                "kind": room.kind.value,
                                "official": room.official,
                            },
                            ensure_ascii=False,
                        )
                    )
                return 0
            if args.action == "create":
                await store.create_room(
                    Room(
                        id=RoomId(args.id),
                        name=args.name,
                        topic=args.topic,
                        kind=RoomKind(args.kind),
                        official=True,
                        created_by=None,
                        created_at=time.time(),
                        theme=args.theme,
                        region=args.region,
                    )
                )
                print(f"salon {args.id} créé")
                return 0
            if args.action == "close":
                if await store.close_room(RoomId(args.id), time.time()):
                    print(f"salon {args.id} fermé")
                    return 0
                print(f"causette: salon {args.id} introuvable ou déjà fermé", file=sys.stderr)
                return 1
        if args.command == "premium":
            guest = await store.guest_by_pseudonym(pseudonym_key(args.pseudonym))
            if guest is None:
                print(f"causette: aucune session active pour {args.pseudonym}", file=sys.stderr)
                return 1
            await store.set_premium(guest.id, args.action == "grant")
            print(
                f"{guest.pseudonym} : premium {'accordé' if args.action == 'grant' else 'retiré'}"
            )
            return 0
        if args.command in ("admin", "audit", "transparency"):
            from causette.cli_cases import run_case_command

            return await run_case_command(store, args)
    finally:
        await store.close()
    return 2


if __name__ == "__main__":
    sys.exit(main())
