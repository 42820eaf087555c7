"""The cues the statistical models add (`g.model`, `c.model`, `a.model` and their meaning
models' `*.meaning`), graded by their margin past the model's threshold (`MODEL_GRADE`,
`_grade`); which messages the age-lie models read (`_weak`); the cues of faint wording summed
over many messages (`CHILD_SUM_RULE` for a declared adult's child wording, `GROOMING_SUM_RULE`
for a teen-room writer's grooming wording; `faint`); and the cues that link a
grooming hold to age-lie (`GROOMS_RULE`, `GROOMED_RULE`, `_adult_rule`).
"""

from __future__ import annotations

import dataclasses
import re

from causette.moderation.minors.patterns import Rule
from causette.moderation.minors.state import RuleState

MODEL_RULE = Rule(
    "g.model",
    "model",
    1.0,
    "message proche des messages de pédopiégeage (modèle statistique)",
    re.compile(r"(?!)"),
    cap=2,
)
CHILD_MODEL_RULE = Rule(
    "c.model",
    "model",
    1.0,
    "écrit comme les enfants du corpus (modèle statistique)",
    re.compile(r"(?!)"),
    cap=3,
)
ADULT_MODEL_RULE = Rule(
    "a.model",
    "model",
    1.0,
    "écrit comme les adultes du corpus (modèle statistique)",
    re.compile(r"(?!)"),
    cap=3,
)
MEANING_RULE = Rule(
    "g.meaning",
    "model",
    1.0,
    "message proche des messages de pédopiégeage (modèle de sens)",
    re.compile(r"(?!)"),
    cap=2,
)
CHILD_MEANING_RULE = Rule(
    "c.meaning",
    "model",
    1.0,
    "écrit comme les enfants du corpus (modèle de sens)",
    re.compile(r"(?!)"),
    cap=3,
)
ADULT_MEANING_RULE = Rule(
    "a.meaning",
    "model",
    1.0,
    "écrit comme les adultes du corpus (modèle de sens)",
    re.compile(r"(?!)"),
    cap=3,
)
GROOMS_RULE = Rule(
    "a.grooms",
    "grooms",
    1.0,
    "pédopiégeage d’une personne mineure, avec des indices de vie adulte",
    re.compile(r"(?!)"),
)
"""Round 14: a declared minor whose grooming signal rests partly on their own adult
self-descriptions (an `a.*` rule in the pair) is the adult posing as a teen of case (a): the
signal adds this cue to their age-lie score, so that a weaker adult cue (work, rent, aging:
1.5 or more) raises `AGE_LIE_MINOR` beside `GROOMING`; the statistical `a.model` alone does
not open it."""
GROOMED_RULE = Rule(
    "c.groomed",
    "groomed",
    1.0,
    "conversation retenue pour pédopiégeage à son égard, sur ses indices d’enfant",
    re.compile(r"(?!)"),
)
"""Round 16, the mirror of `a.grooms`: a pair held for grooming of a declared adult whose own
child cues (`c.*`, the child model's too) are in the pair's score is a pair the guard reads as
an adult and a child; the recipient, treated as a child for the hold, gets this cue on their
age-lie score, so that what they wrote as a child and the hold together raise
`AGE_LIE_ADULT` (restricted to the minor band pending review) rather than the hold alone."""


STATISTICAL_CUES = frozenset(
    {"g.model", "g.meaning", "a.model", "a.meaning", "c.model", "c.meaning"}
)
"""The cues of the statistical models, grooming's and the age-lie ones counted in a pair."""
AGE_LIE_MODEL_CUES = frozenset(
    {cue for cue in STATISTICAL_CUES if cue.startswith(("c.", "a."))} | {"c.model_sum"}
)
"""The models' age-lie cues: alone they never fire a signal (`MinorsGuard.models_alone`)."""


def _one_statistical_message(state: RuleState) -> bool:
    """Round 18: whether everything that still counts in a pair is the statistical models'
    reading of one message ("faut que jte dise un truc", read by the grooming model and, from
    a declared teen, by the adult model): one message that no rule recognised never holds a
    pair, however far past its thresholds (two such messages still do, round 9)."""
    refs = {h.ref for kept in state.hits.values() for h in kept}
    return len(refs) == 1 and all(rule in STATISTICAL_CUES for rule in state.hits)


def _adult_rule(rule_id: str) -> bool:
    """An adult self-description rule's cue (`a.work`, `a.adult_life`…), not a model's."""
    return rule_id.startswith("a.") and rule_id not in {"a.model", "a.meaning", "a.grooms"}


CHILD_SUM_RULE = Rule(
    "c.model_sum",
    "model",
    2.2,  # a placeholder: the guard replaces it with its own age-lie threshold (default 2.2)
    "beaucoup de messages un peu enfantins, chacun sous le seuil (modèle statistique, somme)",
    re.compile(r"(?!)"),
)
FAINT_OFFSET = 1.0
"""A declared adult's message adds `max(0, margin + FAINT_OFFSET)` to their faint sum, margin
being the child model's score minus its threshold: what a message just under the threshold
says, which no single message counts for (twenty-sixth sitting, docs/minors.md)."""
FAINT_WINDOW = 7
"""How many of a writer's latest messages a faint sum reads: the most messages one writer wrote
in one conversation of the dev split (7), on which both bars were read. Without it a sum grows
with how much a person writes, not with how they write: a declared adult's stream of 300
ordinary messages, an hour or so of chat, reached the bar in 98 % of simulated streams when the
sum ran over all their messages (docs/minors.md, "Volume")."""
FAINT_BAR = 8.921
"""The faint sum from which `CHILD_SUM_RULE` fires: the smallest value that at most one in a
thousand of the dev split's ordinary adult conversations not otherwise flagged reaches, each
scored by the child model trained without its batch group (1 of 1,874 reaches it)."""


GROOMING_SUM_RULE = Rule(
    "g.model_sum",
    "model_sum",
    3.0,  # the guard gives it its grooming threshold: it holds alone
    "beaucoup de messages un peu proches du pédopiégeage, chacun sous le seuil "
    "(modèle statistique, somme)",
    re.compile(r"(?!)"),
)
ROOM_FAINT_BAR = 4.961
"""The faint sum of a teen-room writer's grooming wording from which `GROOMING_SUM_RULE`
fires: the smallest value that none of the dev split's 798 ordinary teen-room conversations not
otherwise flagged reaches (at most one in a thousand), each scored by the grooming model trained
without its batch group (twenty-sixth sitting)."""


def faint(margin: float) -> float:
    """What one message adds to its writer's faint sum (`FAINT_OFFSET`)."""
    return max(0.0, margin + FAINT_OFFSET)


MODEL_CAP = 2
"""In how many of a person's messages (within their last `EVIDENCE_MESSAGES`) the band models'
cues `c.model` / `a.model` count toward their age-lie: 2, not the rules' 3 (which pairs keep),
kept by the twenty-seventh sitting's fourth trial (docs/minors.md)."""
BAND_MODEL_CUES = frozenset({CHILD_MODEL_RULE.id, ADULT_MODEL_RULE.id})
"""The cues `MODEL_CAP` caps."""


MODEL_CUES = frozenset({MODEL_RULE.id, MEANING_RULE.id})
"""The grooming cues of the statistical models (n-gram and meaning): together they count for
at most `MODEL_SHARE` of the threshold."""
MODEL_GRADE: dict[str, tuple[float, float, float, float]] = {
    "g.model": (0.0, 1.0, 0.5, 2.0),
    "c.model": (0.0, 1.0, 0.0, 1.0),
    "a.model": (0.0, 1.0, 0.0, 1.0),
    "g.meaning": (0.0, 1.0, 0.5, 2.0),
    "c.meaning": (0.0, 1.0, 0.0, 1.0),
    "a.meaning": (0.0, 1.0, 0.0, 1.0),
}
"""Graded model evidence, per model cue: (floor, weight at the threshold, slope, ceiling).
A message whose score is `margin` above the model's threshold (below it when negative)
weighs `min(ceiling, weight + slope * margin)` from `margin >= floor` on: a message far
past the threshold says more than one just over it (round 6, docs/minors.md)."""


WEAK_CUE = 1.0
"""A message whose self-description cues all weigh at most this (school life, class talk,
dated objects, "mes parents", studies) is read by its band's age-lie model too (round 7;
before, the model read only messages no rule recognised)."""


WEAK_FLOOR = 0.5
"""A message whose only cue weighs less than this ("mes parents") is not read by the model:
as before round 7, such a mention alone keeps it out."""


def _weak(rules: list[Rule]) -> bool:
    top = max((rule.weight for rule in rules), default=WEAK_CUE)
    return WEAK_FLOOR <= top <= WEAK_CUE


def _grade(rule: Rule, margin: float) -> Rule | None:
    """`rule` weighted by `margin` (a model's score minus its threshold), or None under
    the rule's floor (`MODEL_GRADE`)."""
    floor, base, slope, ceiling = MODEL_GRADE[rule.id]
    if margin < floor:
        return None
    weight = round(min(ceiling, base + slope * margin), 2)
    return rule if weight == rule.weight else dataclasses.replace(rule, weight=weight)
