"""Appeals (DSA Art. 20): filed with the statement's link, decided by another person.

The link's token (`domain.appeals.appeal_token`) is the proof: a suspended
person cannot open a session. A reversed decision lifts the sanction and removes
the strikes it produced (a removed message's text is not restored).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

from causette.domain.appeals import (
    Appeal,
    AppealOutcome,
    appeal_deadline,
    check_appeal_token,
    decide_appeal,
    file_appeal,
)
from causette.domain.errors import Conflict, InvalidInput, NotFound
from causette.domain.sanctions import Sanction
from causette.domain.transparency import DecisionRecord, Source
from causette.ports import Clock
from causette.services.desk import new_id
from causette.services.sanctions import SanctionCheck, Stores

__all__ = ["AppealState", "Appeals", "appeal_state"]


class AppealState(enum.StrEnum):
    """Where the person stands with the internal appeal (Art. 20) of one decision."""

    OPEN = "open"  # they may appeal: the form is offered
    PENDING = "pending"  # an appeal is being examined
    UPHELD = "upheld"  # examined, the decision stands: final on the platform
    REVERSED = "reversed"  # examined, the decision was annulled and the sanction lifted
    LIFTED = "lifted"  # lifted otherwise: nothing left to contest
    CLOSED = "closed"  # the six months are over


def appeal_state(sanction: Sanction, appeals: Sequence[Appeal], now: float) -> AppealState:
    """The state the statement page shows and `Appeals.file` enforces.

    One appeal per decision: once a person has examined it (Art. 20), the remaining
    routes are outside the platform — a certified out-of-court dispute settlement
    body (Art. 21) and the courts — which the decision of the appeal names (Art. 20(5)).
    """
    outcomes = {a.outcome for a in appeals}
    if AppealOutcome.PENDING in outcomes:
        return AppealState.PENDING
    if AppealOutcome.REVERSED in outcomes:
        return AppealState.REVERSED
    if AppealOutcome.UPHELD in outcomes:
        return AppealState.UPHELD
    if sanction.lifted_at is not None:
        return AppealState.LIFTED
    if now > appeal_deadline(sanction.start):
        return AppealState.CLOSED
    return AppealState.OPEN


class Appeals:
    """File and decide appeals. One instance per node."""

    def __init__(self, store: Stores, clock: Clock, check: SanctionCheck) -> None:
        self.store = store
        self.clock = clock
        self.check = check

    async def file(self, sanction_id: str, token: str, text: str) -> Appeal:
        """Open an appeal; raise `NotFound` for a wrong link, `Conflict("appeal_pending")`
        while one is being examined, `Conflict("appeal_decided")` once one was decided
        (`appeal_state`), or the domain's `appeal_closed` / `appeal_pointless`."""
        sanction = await self.store.sanction(sanction_id)
        if sanction is None or not check_appeal_token(self.check.secret, sanction_id, token):
            raise NotFound("sanction_not_found", "Cette décision n'existe pas.")
        now = self.clock()
        state = appeal_state(sanction, await self.store.appeals_of(sanction_id), now)
        if state is AppealState.PENDING:
            raise Conflict("appeal_pending", "Un recours est déjà en cours d'examen.")
        if state is AppealState.UPHELD:
            raise Conflict(
                "appeal_decided",
                "Votre recours a déjà été examiné et la décision confirmée : elle est "
                "définitive sur Causette. Vous pouvez encore saisir un organisme de "
                "règlement extrajudiciaire des litiges certifié (règlement européen sur "
                "les services numériques, art. 21) ou la justice.",
            )
        appeal = file_appeal(
            sanction, appeal_id=new_id("a_"), appellant=sanction.binding.user, text=text, now=now
        )
        await self.store.add_appeal(appeal)
        await self.store.append_audit(
            at=now,
            actor=f"user:{sanction.binding.user}",
            action="appeal_filed",
            target=f"sanction:{sanction_id}",
            reason=appeal.text[:200],
            details={"appeal": appeal.id},
        )
        return appeal

    async def decide(
        self, moderator: str, appeal_id: str, outcome: str, explanation: str
    ) -> Appeal:
        """Decide as `moderator`; raise `Forbidden("appeal_same_moderator")` for the one who
        decided, `Conflict("appeal_already_decided")` when someone was quicker."""
        appeal = await self.store.appeal(appeal_id)
        sanction = None if appeal is None else await self.store.sanction(appeal.sanction_id)
        if appeal is None or sanction is None:
            raise NotFound("appeal_not_found", "Ce recours n'existe pas.")
        try:
            chosen = AppealOutcome(outcome)
        except ValueError:
            raise InvalidInput(
                "appeal_outcome_invalid", "Choisissez : confirmer ou annuler."
            ) from None
        now = self.clock()
        result = decide_appeal(
            appeal,
            sanction,
            moderator=moderator,
            outcome=chosen,
            explanation=explanation,
            now=now,
            strikes=await self.store.strikes_of(sanction.binding.user),
        )
        if not await self.store.save_appeal(result.appeal):
            raise Conflict("appeal_already_decided", "Ce recours a déjà été tranché.")
        if chosen is AppealOutcome.REVERSED:
            await self.check.lift(sanction.id, now, moderator)
            for strike in result.removed_strikes:
                await self.store.save_strike(strike)
        await self.store.add_decision(
            DecisionRecord(
                sanction.category,
                f"appeal_{chosen.value}",
                False,
                Source.NOTICE,
                appeal.filed_at,
                now,
            )
        )
        await self.store.append_audit(
            at=now,
            actor=moderator,
            action=f"appeal_{chosen.value}",
            target=f"sanction:{sanction.id}",
            reason=result.appeal.explanation,
            details={
                "appeal": appeal.id,
                "strikes_removed": [s.id for s in result.removed_strikes],
            },
        )
        return result.appeal
