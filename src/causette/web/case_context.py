"""What the report routes and the console need from the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from aiohttp import web

from causette.services.appeals import Appeals
from causette.services.authorities import AuthorityExports
from causette.services.casefile import CaseFiles
from causette.services.desk import Desk
from causette.services.moderators import Moderators
from causette.services.refusals import Refusals
from causette.services.reports import Reports
from causette.services.sanctions import SanctionCheck, Stores

__all__ = ["CASES", "CaseServices"]


@dataclass(slots=True)
class CaseServices:
    store: Stores
    reports: Reports
    files: CaseFiles
    desk: Desk
    appeals: Appeals
    exports: AuthorityExports
    moderators: Moderators
    check: SanctionCheck
    secret: bytes
    refusals: Refusals
    secure_cookies: bool = False


CASES = web.AppKey("causette_cases", CaseServices)
