"""`causette`: serve, migrate, rooms, premium, moderate, and the case commands
(admin, audit, transparency, requisition, order: `cli_cases.py`)."""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
import time
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any, NoReturn

from causette.config import ConfigError, Settings, load_settings
from causette.domain.errors import CausetteError

__all__ = ["main"]

_ROOM_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


# argparse's own messages are English; the operator reads French. Each known message
# is rewritten, and every usage error leaves with the stable code `usage_invalid`.
_ARGPARSE_FR: tuple[tuple[str, str], ...] = (
    (r"the following arguments are required: (.*)", r"argument(s) obligatoire(s) manquant(s) : \1"),
    (
        r"argument (\S+): invalid choice: (.*?) \(choose from (.*)\)",
        r"\1 : choix invalide \2 (possibles : \3)",
    ),
    (r"argument (\S+): invalid (\w+) value: (.*)", r"\1 : valeur invalide \3"),
    (r"argument (\S+): expected one argument", r"\1 : une valeur est attendue"),
    (r"unrecognized arguments: (.*)", r"argument(s) inconnu(s) : \1"),
    (r"argument (\S+): (.*)", r"\1 : \2"),
)


def _french(message: str) -> str:
    for pattern, replacement in _ARGPARSE_FR:
        translated, n = re.subn(rf"^{pattern}$", replacement, message)
        if n:
            return translated
    return message


class _FrenchHelp(argparse.HelpFormatter):
    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, "utilisation : " if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """An `ArgumentParser` that speaks French and never prints a traceback."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs["add_help"] = False
        kwargs.setdefault("formatter_class", _FrenchHelp)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._positionals.title = "arguments"
        self._optionals.title = "options"
        self.add_argument("-h", "--help", action="help", help="afficher cette aide et quitter")

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"causette: usage_invalid: {_french(message)}\n")


def _period(parser: argparse.ArgumentParser) -> None:
    """`--start` (included) and `--end` (excluded), as dates in UTC or Unix times."""
    parser.add_argument(
        "--start",
        type=_when,
        metavar="DATE",
        help="début inclus : AAAA-MM-JJ[THH:MM] (UTC sans décalage) ou temps Unix",
    )
    parser.add_argument(
        "--end", type=_when, metavar="DATE", help="fin exclue : AAAA-MM-JJ[THH:MM] ou temps Unix"
    )


def _when(value: str) -> float:
    """A date (2026-01-31), a date and time (2026-01-31T12:00:00+00:00) or a Unix time."""
    try:
        return float(value)
    except ValueError:
        pass
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"date invalide {value!r} (attendu : AAAA-MM-JJ, AAAA-MM-JJTHH:MM ou un temps Unix)"
        ) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)  # a date without an offset is UTC
    return parsed.timestamp()


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="causette", description="Causette : chat anonyme modéré.")
    sub = p.add_subparsers(dest="command", required=True, title="commandes", metavar="COMMANDE")

    serve = _command(sub, "serve", "servir HTTP et WebSocket")
    serve.add_argument("--host", metavar="ADRESSE", help="adresse d'écoute (CAUSETTE_HOST)")
    serve.add_argument("--port", type=int, metavar="PORT", help="port d'écoute (CAUSETTE_PORT)")
    _database_url(serve)

    migrate = _command(
        sub,
        "migrate",
        "créer ou mettre à jour le schéma de la base",
        "créer ou mettre à jour le schéma de la base, ajouter les salons officiels qui manquent "
        "et compiler les bases de motifs de la modération",
    )
    _database_url(migrate)

    rooms = _command(sub, "rooms", "lister, créer ou fermer des salons")
    rooms_sub = rooms.add_subparsers(
        dest="action", required=True, title="actions", metavar="ACTION"
    )
    _command(
        rooms_sub,
        "list",
        "lister les salons ouverts (une ligne JSON par salon)",
        "lister les salons ouverts, une ligne JSON par salon (les salons officiels "
        "sont ajoutés d'abord s'ils manquent)",
    )
    create = _command(rooms_sub, "create", "créer un salon officiel")
    create.add_argument("id", metavar="ID", help="identifiant du salon (lettres, chiffres, - et _)")
    create.add_argument("name", metavar="NOM", help="nom affiché du salon")
    create.add_argument("--topic", default="", metavar="SUJET", help="sujet affiché sous le nom")
    create.add_argument(
        "--kind",
        choices=["general", "adult", "teen"],
        default="general",
        help="general (tous), adult (majeurs) ou teen (mineurs) ; défaut : general",
    )
    create.add_argument(
        "--theme", default="", metavar="THÈME", help="thème (filtre de la liste des salons)"
    )
    create.add_argument(
        "--region", default="", metavar="RÉGION", help="région (filtre de la liste des salons)"
    )
    close = _command(rooms_sub, "close", "fermer un salon")
    close.add_argument("id", metavar="ID", help="identifiant du salon")
    _database_url(rooms)

    premium = _command(sub, "premium", "droits premium")
    premium_sub = premium.add_subparsers(
        dest="action", required=True, title="actions", metavar="ACTION"
    )
    grant = _command(premium_sub, "grant", "passer une session active en premium")
    grant.add_argument("pseudonym", metavar="PSEUDO", help="pseudo de la session")
    revoke = _command(premium_sub, "revoke", "retirer le premium d'une session active")
    revoke.add_argument("pseudonym", metavar="PSEUDO", help="pseudo de la session")
    _database_url(premium)

    _command(sub, "moderate", "modérer des lignes JSON lues sur l'entrée, un verdict par ligne")

    # Issue 6: moderator accounts, the audit chain, transparency counts.
    admin = _command(sub, "admin", "comptes des modérateurs, signaleurs de confiance")
    admin_sub = admin.add_subparsers(
        dest="action", required=True, title="actions", metavar="ACTION"
    )
    create_mod = _command(
        admin_sub,
        "create-moderator",
        "créer un compte de modérateur (mot de passe lu sur l'entrée ou demandé)",
    )
    create_mod.add_argument(
        "login", metavar="IDENTIFIANT", help="identifiant de connexion à /console"
    )
    create_mod.add_argument(
        "--role",
        choices=["moderator", "admin"],
        default="moderator",
        help="moderator ou admin ; défaut : moderator",
    )
    flagger = _command(
        admin_sub,
        "add-trusted-flagger",
        "ajouter un signaleur de confiance (jeton affiché une fois)",
    )
    flagger.add_argument("name", metavar="NOM", help="nom de l'organisme")
    audit = _command(sub, "audit", "vérifier le journal d'audit chaîné")
    audit.add_argument(
        "action",
        choices=["verify", "requisitions"],
        help="verify : vérifier toute la chaîne ; requisitions : les réquisitions répondues"
        " (avec --ip ou --pseudonym : celles qui portaient sur cette valeur)",
    )
    asked = audit.add_mutually_exclusive_group()
    asked.add_argument("--ip", metavar="ADRESSE", help="requisitions : adresse IP demandée")
    asked.add_argument("--pseudonym", metavar="PSEUDO", help="requisitions : pseudonyme demandé")
    audit.add_argument(
        "--expected-head", metavar="TÊTE", help="tête attendue (notée lors d'une vérification)"
    )
    transparency = _command(sub, "transparency", "décomptes des décisions (DSA art. 15 et 24)")
    transparency.add_argument(
        "--format", choices=["json", "csv"], default="json", help="json (défaut) ou csv"
    )
    _period(transparency)
    requisition = _command(
        sub,
        "requisition",
        "répondre à une réquisition judiciaire : les données d'identification conservées"
        " (décret 2021-1362) d'un pseudo, d'une session, d'une adresse IP ou d'un contenu,"
        " sur une période ; la réponse est inscrite au journal d'audit et compte comme"
        " injonction de fournir des informations (DSA art. 10) exécutée",
    )
    requisition.add_argument(
        "--authority", required=True, metavar="AUTORITÉ", help="autorité requérante"
    )
    requisition.add_argument(
        "--reference", required=True, metavar="RÉFÉRENCE", help="référence de la réquisition"
    )
    requisition.add_argument(
        "--operator", required=True, metavar="NOM", help="qui répond (nom ou identifiant)"
    )
    what = requisition.add_mutually_exclusive_group(required=True)
    what.add_argument("--pseudonym", metavar="PSEUDO", help="toutes les sessions de ce pseudo")
    what.add_argument("--session", metavar="ID", help="une session (u_…)")
    what.add_argument("--ip", metavar="ADRESSE", help="une adresse IP")
    what.add_argument(
        "--content", metavar="CONTENU", help="un contenu : room:SALON:N, dm:N, room:SALON"
    )
    _period(requisition)
    requisition.add_argument(
        "--received",
        type=_when,
        metavar="DATE",
        help="réception de la réquisition : AAAA-MM-JJ[THH:MM] (UTC) ou temps Unix ;"
        " défaut : maintenant (jamais dans le futur)",
    )
    requisition.add_argument(
        "--acknowledged",
        type=_when,
        metavar="DATE",
        help="accusé de réception envoyé à l'autorité avant la réponse, s'il l'a été ;"
        " sinon la réponse en tient lieu",
    )
    _member_state(requisition)
    requisition.add_argument(
        "--format", choices=["json", "csv"], default="json", help="json (défaut) ou csv"
    )
    order = _command(
        sub,
        "order",
        "injonctions des autorités (DSA art. 9 et 10) : réception, accusé de réception, exécution",
        "noter les injonctions des autorités (DSA art. 9 : agir contre un contenu illicite ;"
        " art. 10 : fournir des informations) : leur réception, l'accusé de réception"
        " envoyé à l'autorité, leur exécution ; chaque étape est inscrite au journal"
        " d'audit et alimente le rapport de transparence (art. 15)",
    )
    order_sub = order.add_subparsers(
        dest="action", required=True, title="actions", metavar="ACTION"
    )
    received = _command(order_sub, "receive", "noter la réception d'une injonction")
    _order_names(received)
    received.add_argument(
        "--kind",
        choices=["act", "information"],
        required=True,
        help="act (art. 9 : agir contre un contenu) ou information (art. 10 : fournir"
        " des informations)",
    )
    _member_state(received)
    received.add_argument(
        "--received",
        type=_when,
        metavar="DATE",
        help="date de réception : AAAA-MM-JJ[THH:MM] (UTC) ou temps Unix ; défaut :"
        " maintenant (jamais dans le futur)",
    )
    for name, summary in (
        ("acknowledge", "noter l'accusé de réception envoyé à l'autorité"),
        ("effect", "noter l'exécution de l'injonction (contenu traité, informations transmises)"),
    ):
        step = _command(order_sub, name, summary)
        _order_names(step)
        step.add_argument(
            "--at",
            type=_when,
            metavar="DATE",
            help="AAAA-MM-JJ[THH:MM] (UTC) ou temps Unix ; défaut : maintenant",
        )
    listing = _command(order_sub, "list", "lister les injonctions (une ligne JSON chacune)")
    listing.add_argument(
        "--open", action="store_true", help="seulement celles qui ne sont pas exécutées"
    )
    for cmd in (admin, audit, transparency, requisition, order):
        _database_url(cmd)
    return p


def _order_names(parser: argparse.ArgumentParser) -> None:
    """The order's name (its authority and reference) and who records the step."""
    parser.add_argument("--authority", required=True, metavar="AUTORITÉ", help="autorité émettrice")
    parser.add_argument(
        "--reference", required=True, metavar="RÉFÉRENCE", help="référence de l'injonction"
    )
    parser.add_argument(
        "--operator", required=True, metavar="NOM", help="qui enregistre (nom ou identifiant)"
    )


def _member_state(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--member-state",
        default="FR",
        metavar="PAYS",
        help="État membre de l'autorité, code à deux lettres (FR, BE, DE…) ; défaut : FR",
    )


def _command(
    sub: argparse._SubParsersAction[Any],  # of _Parser (each level makes its own)
    name: str,
    summary: str,
    description: str | None = None,
) -> argparse.ArgumentParser:
    """A subcommand whose own help opens with a French sentence, as `causette --help`
    does, and whose usage line names its values in French (ID, NOM, DATE, URL…)."""
    text = description or summary
    parser: argparse.ArgumentParser = sub.add_parser(
        name, help=summary, description=text[:1].upper() + text[1:] + "."
    )
    return parser


def _database_url(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database-url", metavar="URL", help="base de données (CAUSETTE_DATABASE_URL)"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "rooms" and args.action == "create":
        if not _ROOM_ID.fullmatch(args.id):
            parser.error(
                f"identifiant de salon invalide {args.id!r} (1 à 64 : lettres, chiffres, - _)"
            )
        if not args.name.strip():
            parser.error("le nom du salon est vide")
    if (
        args.command == "audit"
        and args.expected_head is not None
        and not re.fullmatch(r"[0-9a-f]{64}", args.expected_head)
    ):
        parser.error("--expected-head : 64 caractères hexadécimaux attendus (tête notée)")
    if (
        args.command in ("transparency", "requisition")
        and args.start is not None
        and args.end is not None
        and args.start >= args.end
    ):
        parser.error("--start doit précéder --end")
    try:
        settings = load_settings(
            host=getattr(args, "host", None),
            port=getattr(args, "port", None),
            database_url=getattr(args, "database_url", None),
        )
    except ConfigError as exc:
        print(f"causette: config_invalid: {exc}", file=sys.stderr)
        return 2
    if args.command != "moderate":
        try:
            settings.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            print(
                f"causette: config_invalid: réglage CAUSETTE_DATA_DIR invalide : dossier"
                f" {str(settings.data_dir)!r} impossible à créer ({exc.strerror})",
                file=sys.stderr,
            )
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
    if not settings.public_url and not settings.allowed_origins:
        import logging

        logging.getLogger("causette").warning(
            "CAUSETTE_PUBLIC_URL is not set: the links in statements of reasons take the"
            " address each request came in on (docs/deploy.md)"
        )
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


def compile_pattern_databases() -> float:
    """Build the moderation engine's and the minors' guard's pattern databases, as a node
    does before it listens, so that they are in the cache (`moderation/superset.py`) when
    the nodes start: on a machine whose cache is empty (a new install, or a release that
    changes a pattern) that takes about 50 s on two cores, which `migrate`, run once per
    release before the nodes, then spends instead of each node. Returns the seconds spent
    (under two when the cache already holds them)."""
    from causette.moderation.engine import Engine
    from causette.moderation.minors import MinorsGuard

    started = time.monotonic()
    Engine.default()
    MinorsGuard(use_model=False)
    return time.monotonic() - started


async def _admin(settings: Settings, args: argparse.Namespace) -> int:
    from causette.app import load_identification_vault
    from causette.domain.ids import RoomId
    from causette.domain.profile import pseudonym_key
    from causette.domain.rooms import Room, RoomKind
    from causette.storage import open_store

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    vault = load_identification_vault(settings)
    store = await open_store(settings.effective_database_url, migrate=True, vault=vault)
    try:
        if args.command in ("migrate", "rooms"):
            # The official rooms are data the schema comes with: `serve` seeds them at
            # each start, and so do these commands, so that a fresh install lists them
            # (and can close one) before the first `serve`. Idempotent: a room already
            # there, even closed, is left as it is.
            from causette.services.rooms import official_rooms, seed_entries

            added = await store.seed_rooms(official_rooms(seed_entries(), time.time()))
        if args.command == "migrate":
            print("schéma à jour" + (f" ; {added} salons officiels ajoutés" if added else ""))
            took = compile_pattern_databases()
            seconds = f"{took:.1f}".replace(".", ",")
            print(f"bases de motifs de la modération prêtes ({seconds} s)")
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
        if args.command in ("admin", "audit", "transparency", "requisition", "order"):
            from causette.cli_cases import run_case_command

            return await run_case_command(
                store, args, vault, retention_days=settings.identification_retention_days
            )
    finally:
        await store.close()
    return 2


if __name__ == "__main__":
    sys.exit(main())
