"""The issue 6 commands of `causette`: `admin create-moderator`, `admin
add-trusted-flagger`, `audit verify`, `audit requisitions`, `transparency`,
`requisition`, `order`."""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import json
import sys
import time
from datetime import UTC, datetime
from typing import cast

from causette.domain.audit import AuditEntry, verify_chain
from causette.domain.errors import InvalidInput
from causette.domain.moderators import Role
from causette.domain.orders import AuthorityOrder, OrderKind, summarise_orders
from causette.domain.requisitions import Requisition
from causette.domain.requisitions import to_csv as requisition_csv
from causette.domain.requisitions import to_json as requisition_json
from causette.domain.transparency import summarise, to_csv
from causette.ports import MessageStore
from causette.services.moderators import Moderators
from causette.services.orders import Orders
from causette.services.requisitions import CRITERIA, Requisitions, canonical_value
from causette.services.sanctions import Stores
from causette.storage.vault import IdentificationVault

__all__ = ["run_case_command"]

_PAGE = 5_000


def _iso(at: float | None) -> str | None:
    return None if at is None else datetime.fromtimestamp(at, UTC).isoformat()


def _password() -> str:
    if sys.stdin.isatty():
        first = getpass.getpass("Mot de passe : ")
        if getpass.getpass("Confirmez : ") != first:
            raise InvalidInput("password_mismatch", "Les deux mots de passe diffèrent.")
        return first
    return sys.stdin.readline().rstrip("\n")


async def run_case_command(
    message_store: MessageStore,
    args: argparse.Namespace,
    vault: IdentificationVault,
    *,
    retention_days: float = 365.0,
) -> int:
    store = cast(Stores, message_store)
    if args.command == "requisition":
        return await _requisition(store, args, vault, retention_days)
    if args.command == "order":
        return await _order(store, args)
    if args.command == "admin" and args.action == "add-trusted-flagger":
        token, flagger = await Moderators(store, time.time).add_trusted_flagger(args.name)
        print(f"signaleur de confiance {flagger.name} ({flagger.id}) ; jeton (affiché une fois) :")
        print(token)
        return 0
    if args.command == "admin":
        moderator = await Moderators(store, time.time).create(
            args.login, _password(), Role(args.role)
        )
        print(f"compte {moderator.login} créé ({moderator.role.value}, id {moderator.id})")
        return 0
    if args.command == "audit" and args.action == "requisitions":
        return await _requisitions_asked(store, args, vault)
    if args.command == "audit":
        entries = await _audit_log(store)
        check = verify_chain(entries, expected_head=args.expected_head)
        print(f"{check.count} entrées · tête {check.head}")
        if check.ok:
            print("chaîne intègre")
            return 0
        print(f"chaîne rompue : entrée {check.first_bad_seq} — {check.reason}")
        return 1
    counts = summarise(await store.decisions(), start=args.start, end=args.end)
    # Orders from authorities (DSA art. 15(1)(a)): counted by receipt, by type and
    # issuing Member State, with the median times to acknowledge and to give effect.
    orders = summarise_orders(await store.authority_orders(), start=args.start, end=args.end)
    if args.format == "csv":
        sys.stdout.write(to_csv(counts, start=args.start, end=args.end, orders=orders))
    else:
        # The saved report says which period it counts (UTC; null: unbounded).
        report = {
            "period": {"start": _iso(args.start), "end": _iso(args.end)},
            **dataclasses.asdict(counts),
            "orders": dataclasses.asdict(orders),
        }
        print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0


async def _audit_log(store: Stores) -> list[AuditEntry]:
    entries: list[AuditEntry] = []
    after = 0
    while True:
        page = await store.audit_entries(after=after, limit=_PAGE)
        entries += page
        if len(page) < _PAGE:
            return entries
        after = page[-1].seq


async def _requisitions_asked(
    store: Stores, args: argparse.Namespace, vault: IdentificationVault
) -> int:
    """One JSON line per `requisition_answered` entry (with --ip or --pseudonym: those
    whose digest is the value's under one of the configured keys)."""
    criterion = "ip" if args.ip else "pseudonym" if args.pseudonym else None
    wanted: frozenset[str] = frozenset()
    if criterion is not None:
        wanted = vault.criterion_digests(
            criterion, canonical_value(criterion, getattr(args, criterion))
        )
    found = 0
    for entry in await _audit_log(store):
        if entry.action != "requisition_answered":
            continue
        if criterion is not None and (
            entry.details.get("criterion") != criterion
            or entry.details.get("value_digest") not in wanted
        ):
            continue
        found += 1
        print(
            json.dumps(
                {
                    "seq": entry.seq,
                    "at_utc": _iso(entry.at),
                    "operator": entry.actor,
                    "authority": entry.reason,
                    "reference": entry.target.removeprefix("requisition:"),
                    **entry.details,
                },
                ensure_ascii=False,
            )
        )
    print(f"{found} réquisition(s) répondue(s)", file=sys.stderr)
    return 0


async def _requisition(
    store: Stores, args: argparse.Namespace, vault: IdentificationVault, retention_days: float
) -> int:
    criterion = next(name for name in CRITERIA if getattr(args, name))
    answer = await Requisitions(store, time.time, retention_days, vault.criterion_digest).answer(
        Requisition(
            authority=args.authority,
            reference=args.reference,
            operator=args.operator,
            criterion=criterion,
            value=getattr(args, criterion),
            start=args.start,
            end=args.end,
        ),
        received_at=args.received,
        acknowledged_at=args.acknowledged,
        member_state=args.member_state,
    )
    if args.format == "csv":
        sys.stdout.write(requisition_csv(answer))
    else:
        print(requisition_json(answer))
    print(
        f"{len(answer.rows)} enregistrement(s), {len(answer.sessions)} session(s) ;"
        " réponse inscrite au journal d'audit (requisition_answered)",
        file=sys.stderr,
    )
    return 0


def _order_json(order: AuthorityOrder) -> str:
    return json.dumps(
        {
            **dataclasses.asdict(order),
            "received_utc": _iso(order.received_at),
            "acknowledged_utc": _iso(order.acknowledged_at),
            "effected_utc": _iso(order.effected_at),
        },
        ensure_ascii=False,
    )


async def _order(store: Stores, args: argparse.Namespace) -> int:
    orders = Orders(store, time.time)
    if args.action == "list":
        for order in await store.authority_orders():
            if order.open or not args.open:
                print(_order_json(order))
        return 0
    if args.action == "receive":
        order = await orders.receive(
            authority=args.authority,
            reference=args.reference,
            kind=OrderKind(args.kind),
            member_state=args.member_state,
            by=args.operator,
            received_at=args.received,
        )
        done = "réception notée"
    elif args.action == "acknowledge":
        order = await orders.acknowledge(
            args.authority, args.reference, by=args.operator, at=args.at
        )
        done = "accusé de réception noté"
    else:
        order = await orders.give_effect(
            await orders.find(args.authority, args.reference), by=args.operator, at=args.at
        )
        done = "exécution notée"
    print(_order_json(order))
    print(f"{done} ; inscrit au journal d'audit", file=sys.stderr)
    return 0
