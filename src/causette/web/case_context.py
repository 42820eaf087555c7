"""What the report routes and the console need from the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from aiohttp import web

from causette.services.desk import Desk
from causette.services.moderators import Moderators
from causette.services.reports import Reports
from causette.services.sanctions import SanctionCheck, Stores

__all__ = ["CASES", "CaseServices"]


@dataclass(slots=True)
class CaseServices:
    store: Stores
    reports: Reports
    desk: Desk
    moderators: Moderators
    check: SanctionCheck
    secret: bytes
    secure_cookies: bool = False


CASES = web.AppKey("causette_cases", CaseServices)
