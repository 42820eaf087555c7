"""`MinorsGuard`: grooming, age-lie and many-minors signals over many messages.

Pure and synchronous: the caller passes every private message and room
message it accepted (with the declared ages and `now`), and acts on the
signals returned. State is bounded (LRU plus expiry after `window` idle).

* Grooming, per ordered pair (sender -> recipient): cues from the sender's
  messages (age, school, being alone, compliments, gifts, photos, secrecy,
  other apps, meeting), the sender's adult self-descriptions when they are a
  declared minor, the recipient's child self-descriptions when they are a
  declared adult, and a large declared age gap. Between two declared adults
  with no sign that one is a child, cues weigh `ADULT_PAIR_FACTOR` only: adults
  may flirt, swap numbers and meet.
* Age-lie, per user: a declared adult's child self-descriptions, or a declared
  minor's adult self-descriptions, from DMs and rooms.
* Many minors, per user: distinct minors involved in this user's signals (or
  reported by `note_minor_contact_violation`) within `window`.

Each signal fires once per crossing: it re-arms only after its score has
decayed below half the threshold (or the count of minors dropped below 3).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection, Mapping

from causette.moderation.minors import ages
from causette.moderation.minors.adult_rules import ADULT_SELF_RULES, TEEN_FRAME, TEEN_SCHOOL_NOW
from causette.moderation.minors.asides import (
    _CONFIDED,
    _ERASE,
    _KIN,
    _KNOWN,
    _NO_ASIDE,
    _PARENT,
    _POSES,
    _PROTECTS,
    _REPORTED,
    _ROOM_PHOTO,
    _SHARED_PAST,
    _SURPRISE,
    _THING_PHOTO,
    _TO_A_THIRD,
    _UNTIDY,
    CONFIDED_WINDOW,
    UNTIDY_WINDOW,
    _asides,
    _protects,
)
from causette.moderation.minors.child_rules import CHILD_SELF_RULES
from causette.moderation.minors.doubts import (
    _HESITATION,
    _OWNS,
    _RENAMED,
    _RETRACTS,
    _SLIP,
    A_DISBELIEVED_RULE,
    A_DOUBTED_RULE,
    A_SLIP_RULE,
    DISBELIEVED_RULE,
    DOUBT_WINDOW,
    DOUBTED_RULE,
    NO_DOUBT,
    SLIP_RULE,
    _cue_words,
    _doubt_of,
    _may_slip,
    _note_doubt,
    _unechoed,
    window_start,
)
from causette.moderation.minors.explain import LABELS, evidence_of, excerpt, labels_of
from causette.moderation.minors.fold import Folded, fold
from causette.moderation.minors.frames import (
    _ADULT_LIFE_SET,
    _ADULT_LIVES,
    _LIKENED,
    PRESENT_ADULT_RULES,
    PRESENT_CHILD_RULES,
    SCENE_KEPT,
    _present,
)
from causette.moderation.minors.frames import _CARER as _CARER  # (tests read them here)
from causette.moderation.minors.frames import _FORMER_TEACHER as _FORMER_TEACHER
from causette.moderation.minors.frames import _YOUNG_ADULT as _YOUNG_ADULT
from causette.moderation.minors.grooming_rules import CHILD_CONTEXT_FAMILIES, GROOMING_RULES
from causette.moderation.minors.guard_state import (
    EVIDENCE_MESSAGES,
    PAIR_MESSAGES,
    _Contacts,
    _Faint,
    _Pair,
    _Room,
    _Scene,
    _Speaker,
    _User,
    _Waiting,
)
from causette.moderation.minors.insist import (
    INSIST_MESSAGES,
    INSIST_RULE,
    INSIST_WINDOW,
    presses,
    refuses,
)
from causette.moderation.minors.meaning import MEANING_WAIT, Meaning
from causette.moderation.minors.model import (
    ADULT_MODEL_PATH,
    CHILD_MODEL_PATH,
    Features,
    TextModel,
    features,
    load_default,
    load_path,
)
from causette.moderation.minors.model_cues import (
    ADULT_MEANING_RULE,
    ADULT_MODEL_RULE,
    AGE_LIE_MODEL_CUES,
    BAND_MODEL_CUES,
    CHILD_MEANING_RULE,
    CHILD_MODEL_RULE,
    CHILD_SUM_RULE,
    FAINT_BAR,
    FAINT_WINDOW,
    GROOMED_RULE,
    GROOMING_SUM_RULE,
    GROOMS_RULE,
    MEANING_RULE,
    MODEL_CAP,
    MODEL_CUES,
    MODEL_RULE,
    ROOM_FAINT_BAR,
    STATISTICAL_CUES,
    _adult_rule,
    _grade,
    _one_statistical_message,
    _weak,
    faint,
)
from causette.moderation.minors.model_cues import MODEL_GRADE as MODEL_GRADE  # (tests)
from causette.moderation.minors.patterns import Rule, collapsed
from causette.moderation.minors.rules import FOLDED, match, off_platform_contact, strongest
from causette.moderation.minors.signals import ACTIONS, Evidence, Signal, SignalKind
from causette.moderation.minors.someone_else import (
    _DENIAL,
    _THIRD_CHILD,
    _YOUR_CHILD,
    _YOUR_WORK,
    _YOUR_YOUNG_LIFE,
    _about_someone_else,
    speaks_of_yours,
)
from causette.moderation.minors.state import BoundedMap, Hit, RuleState

__all__ = ["ADULT_AGE", "ADULT_PAIR_FACTOR", "MANY_MINORS_COUNT", "MinorsGuard"]

ADULT_AGE = 18
ADULT_PAIR_FACTOR = 0.25
"""Weight of grooming cues between two declared adults with no sign of a child."""
LOW_RISK_FAMILIES = frozenset({"age_question", "school", "compliment", "off_platform", "meeting"})
TEEN_LOW_RISK_RULES = frozenset({"g.alone_question", "g.video_call"})
"""Between two declared minors, these also count as getting-to-know-you cues (round 8)."""
KNOWN_LOW_RISK_RULES = frozenset({"g.pickup", "g.gift"})
"""Round 18: classmates wait for each other at the gate; round 23: siblings and classmates give
each other presents (V-bucks for a birthday): between two teens who know each other."""
_TEEN_LOW_AFTER_VISIT = TEEN_LOW_RISK_RULES - {"g.alone_question"}
_VISIT = collapsed(
    r"\bchez toi\b|\b(?:je|j) (?:peux|pourrais|pourrai|pourrait|vais|viens|passe|passerai) "
    r"(?:venir|passer)\b|\b(?:passer|venir) te voir\b"
)
"""Step 3 (thirty-ninth sitting): a meeting that is a visit to the partner's home ("je
pourrais venir", "je peux passer te voir", "on pourrait se voir chez toi")."""
_REAL_AGE = collapsed(
    r"\b(?:t as|tas|tu as|t) quel age (?:vraiment|en vrai|reellement|pour de vrai)\b"
    r"|\ben vrai,? (?:t as|tas|tu as|t) quel age\b|\b(?:t as|tas|tu as) vraiment (?:1[89]|2[0-5])\b"
)
"""Step K (fortieth sitting): the partner's real age asked ("t'as quel âge en vrai ?", "t'as
vraiment 19 ans ?"), a doubt that she is the adult she declared."""
LOW_RISK_SHARE = 0.75
"""Low-risk cues together count for at most this share of the grooming threshold."""
MODEL_SHARE = 1.0
"""The grooming model's evidence counts for at most this share of the threshold. Round 9:
the whole threshold (was 0.75, when alone it never held a conversation): two messages each
far past the model's threshold (graded up to 2.0, `MODEL_GRADE`) hold the pair; messages
just over it still need a rule's cue (docs/minors.md, round 9)."""
MEMORY_WINDOW = 15 * 60.0
"""After a message set in the writer's past ("quand j'étais au collège…"), a declared
adult's weaker child cues are read as more of the same memory for this long."""
YOUNG_ADULT_AGE = 19
MET_ALONE_GAP = 20
MET_FAMILIES = frozenset({"pickup", "meeting", "overnight"})
ALONE_RULES = frozenset({"g.isolation", "g.secrecy_adults"})
"""Round 39 (`_met_alone`): a declared young adult (at most `YOUNG_ADULT_AGE`) met in person
(`MET_FAMILIES`) and alone (`ALONE_RULES`) by one `MET_ALONE_GAP` years older or more."""
MANY_MINORS_COUNT = 3
"""Distinct minors within `window` that suspend a user pending review (C5, DSA Art. 23)."""
MAX_MINORS_KEPT = 64
_FAMILY = {
    r.id: r.family for r in (*GROOMING_RULES, *CHILD_SELF_RULES, *ADULT_SELF_RULES, *ages.RULES)
}
_OFF_PLATFORM = next(r for r in GROOMING_RULES if r.id == "g.off_platform")
_AGE_QUESTION = next(r for r in GROOMING_RULES if r.id == "g.age_question")
_ALONE_QUESTION = next(r for r in GROOMING_RULES if r.id == "g.alone_question")
_BARE_ALONE = collapsed(r"^(?:et )?(?:t es |tes |tu es )?(?:toute? |tout )?seule?$")
"""Step L (fortieth sitting): « toute seule ? », « et t'es seul ? »: the alone question when the
raw text carries its « ? » (folding drops it, and the answer « toute seule » is the same words)."""
for _rule in (
    SLIP_RULE,
    DOUBTED_RULE,
    A_SLIP_RULE,
    A_DOUBTED_RULE,
    DISBELIEVED_RULE,
    A_DISBELIEVED_RULE,
    INSIST_RULE,
):
    _FAMILY[_rule.id] = _rule.family
for _rule in (
    GROOMS_RULE,
    GROOMED_RULE,
    MODEL_RULE,
    CHILD_MODEL_RULE,
    ADULT_MODEL_RULE,
    MEANING_RULE,
    CHILD_MEANING_RULE,
    ADULT_MEANING_RULE,
):
    _FAMILY[_rule.id] = _rule.family
ROOM_GROOMING_KINDS = frozenset({"teen"})
"""Rooms whose grooming is read (round 18): the teen rooms, where every member is a declared
minor. Adults' rooms keep their flirting; a declared adult who is a child there is age-lie."""
ROOM_GROOMING_WINDOW = 15 * 60.0
"""How long a teen room's grooming cue counts (round 18): a public approach is one exchange
("t'es seule ce soir ?… viens en mp… dis rien à tes parents"); a busy room's talk spread over
hours is many people's, not one approach."""
_ROOM_PAIR = "\x00"
"""Prefix of a teen room's key in the pair map (no user id starts with it)."""
_WORDS = re.compile(r"@?[^\W_][\w.\-]*")
"""A room message's words as written, for the name it may open or close with (round 19)."""
_KEPT_OUT = re.compile(r"\b(?:rien|pas|pas un mot|le dis pas|dis pas) a (\w+)")
"""Round 34: the name a room message keeps a secret from ("dis rien à C", "pas un mot à
Léa"): not the person the message answers."""
_SENTENCES = re.compile(r"[.!?;:\n]+")
_TOKENS = re.compile(_WORDS.pattern + r"|[.!?;:\n]+")
"""A text's words and the sentence breaks between them, in one reading (round 20)."""
_BREAKS = frozenset(".!?;:\n")
_CLAUSE_TOKENS = re.compile(_WORDS.pattern + r"|[.!?;:,\n]+")
_CLAUSE_BREAKS = frozenset(".!?;:,\n")
"""Round 54: a general room's names read at the ends of clauses too ("ajoute moi sur snap Lina,
et…"), a comma closing one."""
_SHORT_NAME = 3
"""Names shorter than this (the service's pseudonyms are 3 to 20 characters; a test's "B") are
compared as written, so that the French "a" or "y" never reads as a writer called "A"."""
SURPRISE_WINDOW = 3600.0
"""How long a surprise or a present for someone else, once named in a private conversation,
explains its secrets (round 17)."""


def _met_alone(pair: _Pair, parts: Mapping[str, float]) -> bool:
    """Round 39: between two declared adults, the elder by 20 years or more who arranges to
    meet a declared 18- or 19-year-old in person (a pickup, a meeting, a night) and alone, or
    hidden from the parents ("je viens te chercher à la gare" … "on sera que tous les deux"):
    read as when one writes like a child (the gap and the cues count in full). Not between
    family (`kin`, read first), nor a pickup or a meeting alone, nor a gap under 20 years.
    Round 40: nor a parent and their grown child (`_Pair.parent`: "coucou ma fille", "merci
    papa", "ta mère et moi…") who are only alone, unless the elder hides it from the parents
    (`g.secrecy_adults`) or posed as a parent (`_Pair.posed`: "appelle-moi papa")."""
    if pair.parent and not pair.posed and "g.secrecy_adults" not in parts:
        return False
    return (
        pair.recipient_age <= YOUNG_ADULT_AGE
        and pair.sender_age - pair.recipient_age >= MET_ALONE_GAP
        and any(_FAMILY.get(rule) in MET_FAMILIES for rule in parts)
        and any(rule in ALONE_RULES for rule in parts)
    )


def _talk(one: str, other: str) -> str:
    """The key of a private conversation, the same both ways."""
    return f"dm:{one}\x00{other}" if one < other else f"dm:{other}\x00{one}"


def _stammered(age: int, text: str, folded: Folded, recalled: float, now: float) -> bool:
    """Round 34: a declared adult's young adult life stammered in the message that opens its
    frame ("oui oui jsuis en... terminale"): the claim hesitated over is the cover of a lie,
    not a life that explains the school and home talk of the next minutes. Read only when a
    frame was opened just now."""
    return (
        recalled == now
        and age >= ADULT_AGE
        and _HESITATION.search(text) is not None
        and _YOUNG_ADULT.search(folded.plain) is not None
    )


class MinorsGuard:
    """Conversation-level minor-protection signals. One instance per node (or per shard)."""

    def __init__(
        self,
        *,
        grooming_threshold: float = 3.0,
        age_lie_threshold: float = 2.2,
        window: float = 24 * 3600,
        half_life: float = 6 * 3600,
        max_pairs: int = 100_000,
        model: TextModel | None = None,
        use_model: bool = True,
        child_model: TextModel | None = None,
        adult_model: TextModel | None = None,
        meaning_bar: float | None = None,
        model_share: float = MODEL_SHARE,
        faint_bar: float | None = FAINT_BAR,
        room_faint_bar: float | None = ROOM_FAINT_BAR,
        models_alone: bool = False,
        evidence_messages: int | None = EVIDENCE_MESSAGES,
        dm_models_alone: bool = True,
        pair_messages: int | None = PAIR_MESSAGES,
        model_cap: int | None = MODEL_CAP,
    ) -> None:
        """`grooming_threshold`/`age_lie_threshold`: scores that fire a signal.
        `window`: the many-minors window, and how long idle state is kept.
        `half_life`: evidence halves every `half_life` seconds.
        `max_pairs`: at most this many pair states (and as many user states), LRU.
        `model`: the statistical message model (default: the shipped one when
        `use_model`); a message it flags adds the `g.model` cue. `child_model` /
        `adult_model`: the age-lie message models (default: the shipped ones when
        `use_model`), adding `c.model` / `a.model` to a message no self-description
        rule recognised. `meaning_bar`: None (the default) never asks for the meaning model;
        otherwise how far under its threshold the n-gram model may score a message that
        the meaning model is then asked about (`wants_meaning`; `MEANING_BAR` is the value
        evaluated in round 10). `model_share`: the share of the grooming threshold the
        grooming models' evidence counts for at most (`MODEL_SHARE`; another value only to
        evaluate one, `tools/eval_minors.py --model-share`). `faint_bar`: the faint sum of a
        declared adult's child wording from which `c.model_sum` fires (`FAINT_BAR`; None never
        fires it). `room_faint_bar`: the faint sum of a teen-room writer's grooming wording
        from which `g.model_sum` fires (`ROOM_FAINT_BAR`; None never fires it).
        `models_alone`: whether the models' cues alone (`AGE_LIE_MODEL_CUES`) may fire age-lie
        (False since the twenty-sixth sitting's trial: one rule cue must stand beside them; True
        only to measure the guard as it was). `evidence_messages`: a person's age-lie evidence
        counts only the hits from the last this many messages they wrote (None: every hit
        still within the time decay). `dm_models_alone`: whether the models' cues alone
        (`STATISTICAL_CUES`, with the declared ages' gap) may hold a private conversation.
        `pair_messages`: a pair's evidence counts only the hits from the last this many
        messages its subject wrote (None: every hit still within the time decay).
        `model_cap`: in how many of a person's messages `c.model` / `a.model` count toward
        their age-lie (`MODEL_CAP`; None: the rules' own cap, 3)."""
        # Every module that reads the folded text has added its table by now: join them
        # into one database here, at startup, not on a node's first message, where the
        # compile (0.3 to 0.8 s on two busy cores) held up every connection's frames.
        FOLDED.sets()
        self.model = model if model is not None or not use_model else load_default()
        self.child_model = (
            child_model if child_model is not None or not use_model else load_path(CHILD_MODEL_PATH)
        )
        self.adult_model = (
            adult_model if adult_model is not None or not use_model else load_path(ADULT_MODEL_PATH)
        )
        self.grooming_threshold = grooming_threshold
        self.age_lie_threshold = age_lie_threshold
        self.window = window
        self.half_life = half_life
        self._pairs: BoundedMap[tuple[str, str], _Pair] = BoundedMap(
            max_pairs, window, lambda p: p.state.last
        )
        self._users: BoundedMap[str, _User] = BoundedMap(max_pairs, window, lambda u: u.last)
        self._contacts: BoundedMap[str, _Contacts] = BoundedMap(max_pairs, window, lambda c: c.last)
        self._rooms: BoundedMap[str, _Room] = BoundedMap(
            max_pairs, ages.ROOM_ANSWER_WINDOW, lambda r: r.asked
        )
        self._scenes: BoundedMap[str, _Scene] = BoundedMap(max_pairs, MEMORY_WINDOW, lambda s: s.at)
        # the room's last writer of a cue of the other band (round 22)
        self._cued: BoundedMap[str, _Speaker] = BoundedMap(max_pairs, DOUBT_WINDOW, lambda c: c.at)
        self._speakers: BoundedMap[str, _Speaker] = BoundedMap(
            max_pairs, ROOM_GROOMING_WINDOW, lambda s: s.at
        )
        self._answered: BoundedMap[str, _Speaker] = BoundedMap(
            max_pairs, ROOM_GROOMING_WINDOW, lambda s: s.at
        )
        self._names: BoundedMap[str, _Speaker] = BoundedMap(  # a teen room's writers by name
            max_pairs, ROOM_GROOMING_WINDOW, lambda s: s.at
        )
        # a general room's last declared adult who wrote like a child (round 54)
        self._childlike: BoundedMap[str, _Speaker] = BoundedMap(
            max_pairs, ROOM_GROOMING_WINDOW, lambda s: s.at
        )
        self._surprises: BoundedMap[str, _Scene] = BoundedMap(
            max_pairs, SURPRISE_WINDOW, lambda s: s.at
        )
        self.meaning_bar = meaning_bar
        self.model_share = model_share
        self.faint_bar = faint_bar
        self.models_alone = models_alone
        self.evidence_messages = evidence_messages
        self.dm_models_alone = dm_models_alone
        self.pair_messages = pair_messages
        self.model_cap = model_cap
        # the child model's score of the message `_read_self` last scored (one read a message)
        self._child_scored: tuple[Features, float] | None = None
        self.room_faint_bar = room_faint_bar
        self._room_faint: BoundedMap[str, _Faint] = BoundedMap(
            max_pairs, ROOM_GROOMING_WINDOW, lambda f: f.at
        )
        self._waiting: BoundedMap[str, _Waiting] = BoundedMap(
            max_pairs, MEANING_WAIT, lambda w: w.at
        )

    # -- public API -------------------------------------------------------------------------

    def observe_dm(
        self,
        *,
        sender: str,
        sender_age: int,
        recipient: str,
        recipient_age: int,
        text: str,
        ref: str,
        now: float,
    ) -> list[Signal]:
        """Feed one accepted private message; return the signals it raised (often none).

        On `GROOMING` hold the pair's further messages and escalate; on
        `AGE_LIE_*` queue the subject; on `MANY_MINORS` suspend pending review.
        """
        folded = fold(text)
        quote = excerpt(text)
        self._wrote(sender, sender_age, now)
        told = self._users.get(sender, now)
        asked = told is not None and now - told.asked <= ages.ANSWER_WINDOW
        # "il a quel âge maintenant ?" just before: a bare "14" is that child's age (round 13)
        for_other = (
            told is not None
            and now - told.asked_other <= ages.ANSWER_WINDOW
            and told.asked_other >= told.asked
        )
        # "t'as eu combien au bac ?" just before (by either side): "moi 16 mais…" is a mark
        # (round 21), until an age is asked again
        marked = (
            told is not None
            and now - told.marked <= ages.ANSWER_WINDOW
            and told.marked >= told.asked
        )
        asked = asked and not for_other and not marked
        if told is not None and told.recalled == told.guessed and _DENIAL.match(folded.plain):
            told.recalled = float("-inf")  # "nan la mienne": the partner guessed wrong
        before = float("-inf") if told is None else told.recalled
        (child, adult, feats), recalled, band_margin, covered = self._read_self(
            folded, sender_age, now, asked, before
        )
        if for_other:
            child = [r for r in child if r is not ages.C_BARE]
            if ages.opens_with_an_age(folded):
                # round 36: "11 ans, mes parents ont mis le contrôle parental" answering "elle a
                # quel âge ?": the age asked said first, the rest of the message is that
                # person's life; only the writer's own age stated after it still counts
                child = [r for r in child if r.family == "self_age"]
        if marked:
            child = [r for r in child if r is not ages.C_BARE and r.id != "c.self_age_reply"]
        child = self._in_scene(sender, sender_age, folded, child, now, partner=recipient)
        # round 23: a message doubting the partner's cue of the other band: its own cues
        # that only echo it ("à la récré ?", "tes enfants ??") are not the writer's
        doubted = self._users.get(recipient, now)
        doubt = NO_DOUBT if doubted is None else _doubt_of(doubted, text, folded.plain, now)
        if doubt:
            child, adult = _unechoed(child), _unechoed(adult)
        found = list(match(folded, GROOMING_RULES))
        if "?" in text and "seul" in folded.plain and _BARE_ALONE.match(folded.plain) is not None:
            found.append(_ALONE_QUESTION)  # step L (fortieth sitting): « toute seule ? »
        if _AGE_QUESTION in found and ages.asks_age_then(folded):
            # round 36: "t'avais quel âge ?" asks the age of a story's time, not now
            self._user(recipient, recipient_age, now).asked_other = now
        elif _AGE_QUESTION in found or ages.asks_age_back(folded):
            self._user(recipient, recipient_age, now).asked = now
        elif ages.asks_someone_elses_age(folded):
            self._user(recipient, recipient_age, now).asked_other = now
        elif ages.asks_a_mark(folded):
            self._user(recipient, recipient_age, now).marked = now
            self._user(sender, sender_age, now).marked = now
        plain = folded.plain
        if (
            min(sender_age, recipient_age) >= ADULT_AGE
            and ("quel age" in plain or "vraiment" in plain)  # each alternative holds one
            and _REAL_AGE.search(plain) is not None
        ):
            # step K (fortieth sitting, `devbk-g-025`): the writer doubts she is an adult
            self._pair(sender, sender_age, recipient, recipient_age, now).child_seen = True
        yours = "ton " in plain or "ta " in plain or "tes " in plain  # both patterns need one,
        if (  # or "votre"/"vos" for `_YOUR_CHILD`
            recipient_age >= ADULT_AGE
            and (yours or "vo" in plain)
            and (
                speaks_of_yours(_YOUR_CHILD, plain)
                or (yours and speaks_of_yours(_YOUR_YOUNG_LIFE, plain))
            )
        ) or (  # step AC: a question naming the children ("le grand de 13 ans … ?")
            recipient_age >= ADULT_AGE and "?" in text and speaks_of_yours(_THIRD_CHILD, plain)
        ):
            # "pour ton fils ?": the partner speaks of the recipient's children or pupils,
            # whose school talk follows (round 7), unless the recipient denies it
            partner = self._user(recipient, recipient_age, now)
            partner.recalled = partner.guessed = now
        if recipient_age >= ADULT_AGE and speaks_of_yours(_YOUR_WORK, folded.plain):
            # round 23: "mdr ton taf de surveillant": the recipient's school talk of the last
            # minutes and the next is their work's
            partner = self._user(recipient, recipient_age, now)
            partner.recalled = partner.guessed = now
            self._undo_school_talk(recipient, sender, now)
        if _OFF_PLATFORM not in found and off_platform_contact(text):
            found.append(_OFF_PLATFORM)
        # Round 17: a message that reports what a third party wrote to the writer ("il me
        # demande si je suis seule") or urges the partner to tell a parent or to report
        # ("montre à ta mère", "tu dois leur dire") carries no grooming cue of the writer's;
        # a photo asked of a pet or a thing ("une photo de ton chat") is no photo of the partner.
        # A secret kept from one named person of the writer's circle ("pas un mot à Sophie",
        # "dis rien à lui": a surprise, `grooming_rules.NOT_TO_A_THIRD`) is not read by the
        # model either.
        plain = folded.plain
        seen = _asides(plain) if plain else _NO_ASIDE
        if (
            seen
            and max(sender_age, recipient_age) < ADULT_AGE
            and (_KNOWN in seen or _SHARED_PAST in seen)
        ):
            for pair in self._both_ways(sender, sender_age, recipient, recipient_age, now):
                pair.known = True
        if seen and _KIN in seen and min(sender_age, recipient_age) >= ADULT_AGE:
            # round 27: two declared adults of one family ("ouiii trop hâte tata")
            for pair in self._both_ways(sender, sender_age, recipient, recipient_age, now):
                pair.kin = True
        if (
            seen
            and min(sender_age, recipient_age) >= ADULT_AGE
            and (_PARENT in seen or _POSES in seen)
        ):
            # round 40: a parent and their grown child ("coucou ma fille", "merci papa"), unless
            # one posed as a parent or was told they are none ("appelle-moi papa")
            for pair in self._both_ways(sender, sender_age, recipient, recipient_age, now):
                pair.parent = pair.parent or _PARENT in seen
                pair.posed = pair.posed or _POSES in seen
        found, aside = self._not_the_writers(
            found, plain, seen, _talk(sender, recipient), now, sender
        )
        # The model is a fallback for phrasings the rules do not know: when a rule already
        # recognised the message, the rule speaks (and keeps low-risk cues low-risk).
        grooming_margin: float | None = None
        if (
            not found
            and not aside
            and self.model is not None
            and self._child_in_view(sender, sender_age, recipient, recipient_age, now)
        ):
            feats = features(folded) if feats is None else feats
            grooming_margin = self.model.score_features(feats) - self.model.threshold
            hit = _grade(MODEL_RULE, grooming_margin)
            if hit is not None:
                found.append(hit)
        if not aside and self._pushed_past(sender, recipient, folded.plain, now):
            found.append(INSIST_RULE)
        grooming = strongest(found)
        # the slip counts on the writer's age-lie score, not in the pair (round 22)
        lie_child, lie_adult = child, adult
        if _may_slip(told, child if sender_age >= ADULT_AGE else adult, now):
            if sender_age >= ADULT_AGE:
                lie_child = self._slip(sender, sender_age, told, text, folded, child, now)
            else:
                lie_adult = self._slip(sender, sender_age, told, text, folded, adult, now)
        if covered and not lie_child:
            self._note_covered(sender, sender_age, told, folded, now)
        lie_child = [*lie_child, *self._faint(sender, sender_age, folded, feats, now)]
        signals = self._age_lie(
            sender, sender_age, lie_child, lie_adult, ref, quote, now, "message privé"
        )
        if doubt and doubted is not None:  # read at the answer
            _note_doubt(doubted, doubt, now)
        if recalled != before and not _stammered(sender_age, text, folded, recalled, now):
            self._user(sender, sender_age, now).recalled = recalled  # a memory told just now
        if (
            max(sender_age, recipient_age) < ADULT_AGE
            and any(r.id == "g.meeting" for r in grooming)
            and _VISIT.search(folded.plain) is not None
        ):  # step 3 (thirty-ninth sitting): a visit to the partner's home proposed
            self._pair(sender, sender_age, recipient, recipient_age, now).visit = True
        signals = self._dm_cues(
            sender,
            sender_age,
            recipient,
            recipient_age,
            grooming,
            child,
            adult,
            ref,
            quote,
            now,
            signals,
        )
        bar = self.meaning_bar
        wants_grooming = (
            bar is not None and grooming_margin is not None and -bar <= grooming_margin < 0
        )
        wants_age_lie = bar is not None and band_margin is not None and band_margin >= -bar
        if wants_grooming or wants_age_lie:
            waiting = _Waiting(
                sender,
                sender_age,
                recipient,
                recipient_age,
                quote,
                now,
                wants_grooming,
                wants_age_lie,
                "message privé",
            )
            self._waiting.get_or_create(ref, now, lambda: waiting)
        return signals

    def _undo_school_talk(self, user: str, partner: str, now: float) -> None:
        """Round 23: drop `user`'s weaker child cues of the last `MEMORY_WINDOW` (school life,
        the model's reading: not an age, a class or a birth year), from their age-lie score
        and from the pair `partner` → `user`, once the partner says they are the user's work."""

        def doomed(hit: Hit) -> bool:
            return (
                hit.rule.startswith("c.")
                and hit.rule not in PRESENT_CHILD_RULES
                and hit.weight <= 1.0
                and now - hit.at <= MEMORY_WINDOW
            )

        state = self._users.get(user, now)
        if state is not None:
            state.child.drop(doomed)
        pair = self._pairs.get((partner, user), now)
        if pair is not None:
            pair.state.drop(doomed)

    def _not_the_writers(
        self,
        found: list[Rule],
        plain: str,
        seen: frozenset[re.Pattern[str]],
        talk: str,
        now: float,
        writer: str,
    ) -> tuple[list[Rule], bool]:
        """Round 17: the grooming cues `found` in a message of the conversation `talk`, less
        what is not the writer's own (a third party's words reported, advice to tell a parent,
        a photo of a pet or a thing, a secret kept from one named person or for a surprise
        planned within `SURPRISE_WINDOW`, round 18: a plain secret asked just after the writer
        confided a crush on someone else); and whether the grooming model must not read the
        message either."""
        aside = False
        if seen:
            aside = (
                _REPORTED in seen
                or _SHARED_PAST in seen
                or (_PROTECTS in seen and _protects(plain))
            )
            if aside:
                found = []
            elif _THING_PHOTO in seen:
                found = [r for r in found if r.family != "photo"]
                aside = True
            else:
                aside = _TO_A_THIRD in seen
            # A surprise or a present for someone else planned in the conversation ("la
            # surprise à Jade", "l'anniv de Manon", "la cagnotte"): its secret is the surprise's.
            if _SURPRISE in seen:
                self._surprises.get_or_create(talk, now, lambda: _Scene(now)).at = now
            if _CONFIDED in seen:
                key = f"{talk}\x00{writer}"
                self._surprises.get_or_create(key, now, lambda: _Scene(now)).at = now
            # Round 26: a picture of a room the conversation said is to tidy is of the mess
            if _UNTIDY in seen:
                self._surprises.get_or_create(f"{talk}\x00tidy", now, lambda: _Scene(now)).at = now
            if _ROOM_PHOTO in seen and not aside:
                untidy = self._surprises.get(f"{talk}\x00tidy", now)
                if untidy is not None and now - untidy.at <= UNTIDY_WINDOW:
                    found = [r for r in found if r.family not in {"photo", "off_platform"}]
                    aside = True
        if found and any(r.family == "secrecy" for r in found) and _ERASE.search(plain) is None:
            planned = self._surprises.get(talk, now)
            if planned is not None and now - planned.at <= SURPRISE_WINDOW:
                found = [r for r in found if r.family != "secrecy"]
                aside = True
        if found and any(r.id == "g.secrecy" for r in found) and _ERASE.search(plain) is None:
            # the writer's own confidence ("Nael me plaît… dis rien à personne"): the plain
            # secret is theirs; a secret from the partner's parents still counts
            confided = self._surprises.get(f"{talk}\x00{writer}", now)
            if confided is not None and now - confided.at <= CONFIDED_WINDOW:
                found = [r for r in found if r.id != "g.secrecy"]
                aside = aside or not found
        return found, aside

    def _dm_cues(
        self,
        sender: str,
        sender_age: int,
        recipient: str,
        recipient_age: int,
        grooming: list[Rule],
        child: list[Rule],
        adult: list[Rule],
        ref: str,
        quote: str,
        now: float,
        signals: list[Signal],
    ) -> list[Signal]:
        """Add one private message's cues to the pairs, after its age-lie `signals`; return
        those with what the pairs and the count of minors raised."""
        if signals and recipient_age < ADULT_AGE:
            signals += self._note_contact(sender, recipient, ref, "m.minor_contact", now)
        cues = grooming + adult if sender_age < ADULT_AGE else grooming
        if adult and sender_age < ADULT_AGE:
            # Round 21: two teens who know each other offline (siblings, classmates, §3): the
            # sender is no adult stranger posing as a teen to this partner; their adult
            # wording stays on their age-lie score, out of the pair.
            known = self._pairs.get((sender, recipient), now)
            if known is not None and known.known:
                cues = grooming
        if cues:  # (an adult posing as a teen gives himself away by adult self-descriptions)
            pair = self._pair(sender, sender_age, recipient, recipient_age, now)
            if (
                grooming
                and min(sender_age, recipient_age) >= ADULT_AGE
                and not pair.child_seen
                and self._minor_like(recipient, now)
            ):  # step 4 (39th sitting, `devbl-g-010`): cues to one held for a possible child
                pair.child_seen = True
            self._rearm(pair, now)
            for rule in cues:
                pair.state.add(rule.id, rule.weight, now, ref, quote, rule.cap)
            held = self._check_pair(sender, recipient, pair, ref, now)
            signals += held
            if sender_age < ADULT_AGE and (
                any(_adult_rule(r) for s in held for r in s.rules)
                or (pair.state.fired and any(_adult_rule(r.id) for r in adult))
            ):
                # an adult posing as a teen who grooms is both (round 14): the pair held with
                # the sender's adult self-descriptions in it (a rule's, not only a model's),
                # or such a self-description after it was held
                signals += self._age_lie(
                    sender, sender_age, [], [GROOMS_RULE], ref, quote, now, "message privé"
                )
        if child and sender_age >= ADULT_AGE:  # a declared adult who is a child: the partner's pair
            pair = self._pair(recipient, recipient_age, sender, sender_age, now)
            self._rearm(pair, now)
            for rule in child:
                pair.state.add(rule.id, rule.weight, now, ref, quote, rule.cap)
            signals += self._check_pair(recipient, sender, pair, ref, now)
        for signal in list(signals):
            if signal.kind is SignalKind.GROOMING and signal.other is not None:
                age = recipient_age if signal.other == recipient else sender_age
                if age >= ADULT_AGE and any(r.startswith("c.") for r in signal.rules):
                    # held on the declared adult's own child cues: they are the child (round 16)
                    signals += self._age_lie(
                        signal.other, age, [GROOMED_RULE], [], ref, quote, now, "message privé"
                    )
                if age < ADULT_AGE or self._minor_like(signal.other, now):
                    signals += self._note_contact(
                        signal.subject, signal.other, ref, "m.minor_contact", now
                    )
        return signals

    def wants_meaning(self, ref: str, now: float) -> bool:
        """Whether the guard would read the meaning model's answer on the message `ref`
        it has just observed: a message no rule and no n-gram model counted, that the
        n-gram model finds a little suspicious (at most `meaning_bar` under its threshold),
        in a private message where a child is in view (grooming) or as a self-description
        of the writer's band (age-lie). Most messages: False. When True, embed the text off
        the event loop and call `observe_meaning` with the answer; without an answer (no
        `tier2` extra, busy, failed) nothing changes: the guard is as before round 10."""
        return self._waiting.get(ref, now) is not None

    def observe_meaning(self, ref: str, meaning: Meaning, now: float) -> list[Signal]:
        """Feed the meaning model's answer on the message `ref` (see `wants_meaning`);
        return the signals it raised. A message not asked for, already answered or older
        than `MEANING_WAIT` is ignored. A margin at or past 0 adds `g.meaning` to the pair
        (as `g.model`: with it, at most `MODEL_SHARE` of the threshold) or
        `c.meaning`/`a.meaning` to the writer (as `c.model`/`a.model`)."""
        waiting = self._waiting.get(ref, now)
        if waiting is None:
            return []
        self._waiting.discard(ref)
        w = waiting
        child: list[Rule] = []
        adult: list[Rule] = []
        if w.age_lie:
            if w.sender_age >= ADULT_AGE:
                hit = _grade(CHILD_MEANING_RULE, meaning.child)
                child = [] if hit is None else [hit]
            else:
                hit = _grade(ADULT_MEANING_RULE, meaning.adult)
                adult = [] if hit is None else [hit]
        grooming: list[Rule] = []
        if w.grooming:
            hit = _grade(MEANING_RULE, meaning.grooming)
            grooming = [] if hit is None else [hit]
        if not (child or adult or grooming):
            return []
        signals: list[Signal] = []
        if child or adult:
            signals = self._age_lie(
                w.sender, w.sender_age, child, adult, ref, w.quote, now, w.where
            )
        if w.recipient is None:
            return signals
        return self._dm_cues(
            w.sender,
            w.sender_age,
            w.recipient,
            w.recipient_age,
            grooming,
            child,
            adult,
            ref,
            w.quote,
            now,
            signals,
        )

    def observe_room_message(
        self,
        *,
        sender: str,
        sender_age: int,
        room_kind: str,
        text: str,
        ref: str,
        now: float,
        room: str | None = None,
        name: str | None = None,
    ) -> list[Signal]:
        """Feed one accepted room message; return the age-lie signals it raised.
        `room` (the room's id) lets a bare "14" answer an age question asked just before
        in the same room by someone else; without it bare numbers count as in a DM
        nobody asked. `name` (round 19): the writer's name as the room shows it (the
        pseudonym), so that a teen room's message opening or closing on it ("Lina t'es en
        quelle classe ?", "désolé Lina") is read as addressed to this writer."""
        folded = fold(text)
        self._wrote(sender, sender_age, now)
        asked = False
        if room is not None:
            last = self._rooms.get(room, now)
            asked = last is not None and last.asker != sender
            if _AGE_QUESTION.pattern.search(folded.plain) or ages.asks_age_back(folded):
                entry = self._rooms.get_or_create(room, now, lambda: _Room(sender, now))
                entry.asker, entry.asked = sender, now
        told = self._users.get(sender, now)
        before = float("-inf") if told is None else told.recalled
        (child, adult, feats), recalled, margin, covered = self._read_self(
            folded, sender_age, now, asked, before
        )
        child = self._in_scene(sender, sender_age, folded, child, now, room=room)
        where = f"salon {room_kind}"
        quote = excerpt(text)
        own = child if sender_age >= ADULT_AGE else adult
        if room is not None and speaks_of_yours(_YOUR_WORK, folded.plain):
            self._room_job_named(room, sender, now)
        doubted, doubt = self._room_doubted(room, sender, text, folded, now)
        if doubt:  # round 23: its echo of the doubted cue is not the writer's own
            own = _unechoed(own)
        said = own if sender_age >= ADULT_AGE else []  # a declared adult's child cues (round 50)
        if _may_slip(told, own, now):
            own = self._slip(sender, sender_age, told, text, folded, own, now)
        if sender_age >= ADULT_AGE:
            child = own
        else:
            adult = own
        child = [*child, *self._faint(sender, sender_age, folded, feats, now)]
        signals = self._age_lie(sender, sender_age, child, adult, ref, quote, now, where)
        if doubted is not None:  # read on the answer
            _note_doubt(doubted, doubt, now)
        covered = covered and not own
        if covered:
            self._note_covered(sender, sender_age, told, folded, now)
        if room is not None and (own or covered):  # the room's last cue of the other band
            cued = self._cued.get_or_create(room, now, lambda: _Speaker(sender, now))
            cued.who, cued.at = sender, now
        if recalled != before and not _stammered(sender_age, text, folded, recalled, now):
            self._user(sender, sender_age, now).recalled = recalled  # a memory told just now
        if room is not None and room_kind in ROOM_GROOMING_KINDS:
            # whom this message answers: the room's last other writer (round 18)
            speaker = self._speakers.get_or_create(room, now, lambda: _Speaker(sender, now))
            answered = speaker.who if speaker.who != sender else ""
            speaker.who, speaker.at = sender, now
            named = self._named(room, sender, name, text, now, folded.plain)
            if sender_age < ADULT_AGE:
                signals += self._room_grooming(
                    sender,
                    sender_age,
                    folded,
                    text,
                    room,
                    named or answered,
                    ref,
                    quote,
                    now,
                    guessed=not named,
                    feats=feats,
                )
        elif room is not None and sender_age >= ADULT_AGE:
            signals += self._child_in_room(
                sender, sender_age, folded, text, room, said, ref, now, name=name
            )
        bar = self.meaning_bar
        if bar is not None and margin is not None and margin >= -bar:
            waiting = _Waiting(sender, sender_age, None, 0, quote, now, False, True, where)
            self._waiting.get_or_create(ref, now, lambda: waiting)
        return signals

    def _room_grooming(
        self,
        sender: str,
        sender_age: int,
        folded: Folded,
        text: str,
        room: str,
        answered: str,
        ref: str,
        quote: str,
        now: float,
        *,
        guessed: bool = False,
        feats: Features | None = None,
    ) -> list[Signal]:
        """Round 18: a teen room's grooming, the writer's cues in that room within
        `ROOM_GROOMING_WINDOW` added up as in a private conversation with a declared minor (the
        rules only: the grooming model was trained on private messages), per person answered
        (`answered`: the room's last other writer, "" when the writer spoke last too and so
        goes on to the same person): a kebab offered to one and a meeting proposed to another
        are two exchanges. A message that reports someone else's words, urges to tell a
        parent, or keeps a surprise carries none (`_not_the_writers`). The signal names no
        partner (`Signal.other` is None: whom a room message answers is a guess), the room is
        public, the moderators read it. Twenty-sixth sitting: the grooming model reads every
        message of the room too, and the writer's faint grooming wording summed over their
        messages there may hold them alone (`_room_faint_cue`)."""
        summed = self._room_faint_cue(sender, room, folded, feats, now)
        found, seen = self._room_cues(sender, folded, text, room, now)
        # Round 21: a message naming no one, just after someone else spoke up, may still go on
        # with the person the writer picked out by name and was talking to ("@C je t'invite au
        # ciné" … B: "bizarre" … "et tu dis à personne que c'est moi qui paye"): its cues count
        # in that exchange too (not when that person was only guessed: round 18's kebab offered
        # to one and meeting proposed to another stay two exchanges).
        before = self._answered.get(f"{room}\x00{sender}", now) if guessed and answered else None
        also = (
            before.who
            if before is not None
            and before.named
            and before.who != answered
            and now - before.at <= ages.ROOM_ANSWER_WINDOW
            else None
        )
        key = self._answering(sender, room, answered, now, named=not guessed)
        if _KNOWN in seen:  # the writer sees that person at school (as in a DM)
            self._pair(sender, sender_age, key, sender_age, now).known = True
        found += summed
        if not found:
            return []
        signals: list[Signal] = []
        for where in (key, None if also is None else f"{_ROOM_PAIR}{room}\x00{also}"):
            if where is None:
                continue
            pair = self._pair(sender, sender_age, where, sender_age, now)
            pair.state.forget_before(now - ROOM_GROOMING_WINDOW)
            self._rearm(pair, now)
            for rule in strongest(found):
                pair.state.add(rule.id, rule.weight, now, ref, quote, rule.cap)
            signals += self._check_pair(sender, room, pair, ref, now, in_room=True)
            if signals:  # one signal per message for the writer
                break
        return signals

    def _room_cues(
        self, sender: str, folded: Folded, text: str, room: str, now: float
    ) -> tuple[list[Rule], frozenset[re.Pattern[str]]]:
        """A room message's grooming rules and off-platform contact, less what is not the
        writer's own (`_not_the_writers`), with the message's asides."""
        found = list(match(folded, GROOMING_RULES))
        if _OFF_PLATFORM not in found and off_platform_contact(text):
            found.append(_OFF_PLATFORM)
        plain = folded.plain
        seen = _asides(plain) if plain else _NO_ASIDE
        found, _ = self._not_the_writers(found, plain, seen, room, now, sender)
        return found, seen

    def _child_in_room(
        self,
        sender: str,
        sender_age: int,
        folded: Folded,
        text: str,
        room: str,
        child: list[Rule],
        ref: str,
        now: float,
        name: str | None = None,
    ) -> list[Signal]:
        """Round 50: a room other than a teen room, a declared adult writing. Their own child
        cues (`child`) mark the pair of the person they answer (the room's last other writer,
        or the one they answered last when they write twice) as one with a child in view
        (`_Pair.child_seen`), without weighing in it (a private conversation's `_dm_cues` adds
        them: a room's guess of who answers whom is weaker); and whoever answers a declared
        adult held for a possible child (their pair so marked, or `_minor_like`) has their
        grooming cues read as toward a minor (`devba-g-027`: « en vrai 14 » … « l'âge c'est
        qu'un chiffre » … « tu le dis à personne » … « donne-moi ton snap »). Between adults
        with no sign of a child, no grooming rule is run: adults' rooms keep their flirting.
        The signal names the person answered: the service holds the pair's private
        messages. Round 54 (`devbe-g-026`): a message that names the room's last writer of child
        cues (`name`, their pseudonym, learned when they wrote them; read as round 19 reads a
        teen room's names, `_named`, a comma closing a clause too) answers them, whoever spoke
        just before, and with its cues marks their pair as one with a child in view. Round 60
        (`devbj-g-002`): so does answering, with grooming cues, a declared adult held for a
        possible child at that moment (`_minor_like`), though her child cue answered no one."""
        speaker = self._speakers.get_or_create(room, now, lambda: _Speaker(sender, now))
        key = f"{room}\x00{sender}"
        last = self._answered.get(key, now)
        # whom this message answers: the room's last other writer, or (round 54) the writer of
        # child cues it names
        answers: _Speaker | None = speaker if speaker.who != sender else None
        current = answers if answers is not None else last
        childlike = self._childlike.get(room, now)
        named_child = False
        if child:
            if name:  # learned only for such writers: other rooms read no names
                self._learn_name(room, sender, name, now)
            if childlike is None:
                childlike = self._childlike.get_or_create(room, now, lambda: _Speaker(sender, now))
            childlike.who, childlike.at, childlike.age = sender, now, sender_age
        elif (
            childlike is not None
            and childlike.who != sender
            and (current is None or current.who != childlike.who)
            and self._named(room, sender, None, text, now, folded.plain, clauses=True)
            == childlike.who
        ):
            answers, named_child = childlike, True
        if answers is not None:
            if last is None:
                last = self._answered.get_or_create(key, now, lambda: _Speaker(sender, now))
            last.who, last.age = answers.who, answers.age
        speaker.who, speaker.at, speaker.age = sender, now, sender_age
        if last is None or last.age < ADULT_AGE:
            return []
        last.at = now
        answered, answered_age = last.who, last.age
        if child:  # marks the answerer's pair, weighs nothing in it
            self._pair(answered, answered_age, sender, sender_age, now).child_seen = True
        pair = self._pairs.get((sender, answered), now)
        seen = named_child or (pair is not None and self._child_context(pair, pair.state.hits))
        # round 60, step 2 (`devbj-g-002`): the person answered is held for a possible child
        held = not seen and self._minor_like(answered, now)
        if not (seen or held):
            return []
        found, _ = self._room_cues(sender, folded, text, room, now)
        if not found:
            return []
        pair = self._pair(sender, sender_age, answered, answered_age, now)
        if named_child or held:  # a child in view, as when her child cue answers him
            pair.child_seen = True
        self._rearm(pair, now)
        quote = excerpt(text)
        for rule in strongest(found):
            pair.state.add(rule.id, rule.weight, now, ref, quote, rule.cap)
        signals = self._check_pair(sender, answered, pair, ref, now, room=room)
        if signals:
            signals += self._note_contact(sender, answered, ref, "m.minor_contact", now)
        return signals

    def _room_faint_cue(
        self, sender: str, room: str, folded: Folded, feats: Features | None, now: float
    ) -> list[Rule]:
        """`g.model_sum` when a teen-room writer's faint grooming wording (`faint` of the
        grooming model's margin), summed over their messages in the room within
        `ROOM_GROOMING_WINDOW` (their last `FAINT_WINDOW` there), reaches `room_faint_bar`:
        several messages each a little like a groomer's, none enough alone. Counted once while
        the writer's sum is kept."""
        if self.model is None or self.room_faint_bar is None:
            return []
        entry = self._room_faint.get_or_create(f"{room}\x00{sender}", now, lambda: _Faint(now))
        entry.at = now
        if entry.fired:  # counted already while the writer goes on: no need to read the message
            return []
        found = features(folded) if feats is None else feats
        margin = self.model.score_features(found) - self.model.threshold
        recent = [(at, v) for at, v in entry.parts if now - at <= ROOM_GROOMING_WINDOW]
        entry.parts = [*recent[1 - FAINT_WINDOW :], (now, faint(margin))]
        if sum(v for _, v in entry.parts) < self.room_faint_bar:
            return []
        entry.fired = True
        return [dataclasses.replace(GROOMING_SUM_RULE, weight=self.grooming_threshold)]

    def _learn_name(self, room: str, sender: str, name: str, now: float) -> None:
        """Note that `sender` is called `name` in `room` (round 19), for `_named` to find."""
        key = name if len(name) < _SHORT_NAME else name.casefold()
        known = self._names.get_or_create(f"{room}\x00{key}", now, lambda: _Speaker(sender, now))
        known.who, known.at = sender, now

    def _named(
        self,
        room: str,
        sender: str,
        name: str | None,
        text: str,
        now: float,
        plain: str = "",
        *,
        clauses: bool = False,
    ) -> str:
        """Round 19: the writer of `room` that `text` names in the first or last word of one of
        its sentences (or an @name anywhere), "" if none; and learn that `sender` is called
        `name`. In a busy room a groomer picks one teen out by name ("B t'as quel âge ?", "C je
        t'écris en privé") while others talk in between: the last other writer is then not the
        person answered. A name is known once its writer has spoken in the room (within
        `ROOM_GROOMING_WINDOW`). Round 34: not the person kept out of a secret ("dis rien à
        C", `plain` the folded text): the message is not addressed to them. Round 54
        (`clauses`, a general room): a comma closes a sentence too."""
        kept_out = (
            frozenset(_KEPT_OUT.findall(plain))
            if " a " in plain and ("rien a " in plain or "pas a " in plain or "mot a " in plain)
            else frozenset()
        )
        if name:
            self._learn_name(room, sender, name, now)
        # Round 20: the text's words read once (they were read for the "@" and again per
        # sentence), with the breaks between them: "." is the one break a word may hold
        # ("salut.Lina", split then; rare).
        ats: list[str] = []
        ends: list[str] = []
        first = last = ""
        breaks = _CLAUSE_BREAKS if clauses else _BREAKS
        for token in (_CLAUSE_TOKENS if clauses else _TOKENS).findall(text):
            if token[0] in breaks:
                if first:
                    ends += (first, last)
                    first = ""
                continue
            if token[0] == "@":
                ats.append(token)
            if "." in token:
                for n, part in enumerate(_SENTENCES.split(token)):
                    if n and first:
                        ends += (first, last)
                        first = ""
                    for word in _WORDS.findall(part):
                        first = first or word
                        last = word
            else:
                first = first or token
                last = token
        if first:
            ends += (first, last)
        picked = ats + ends
        for word in picked:
            word = word.lstrip("@").rstrip(".-")
            if kept_out and word.casefold() in kept_out:
                continue
            key = word if len(word) < _SHORT_NAME else word.casefold()
            found = self._names.get(f"{room}\x00{key}", now)
            if found is not None and found.who != sender:
                return found.who
        return ""

    def _answering(
        self, sender: str, room: str, answered: str, now: float, *, named: bool = False
    ) -> str:
        """The key of the writer's exchange in a teen room with the person answered; a message
        following the writer's own goes on with the person they last answered (round 18).
        `named`: the person was picked out by name (round 21: remembered while the writer goes
        on answering them)."""
        last = self._answered.get(f"{room}\x00{sender}", now)
        if answered:
            if last is None:
                last = self._answered.get_or_create(
                    f"{room}\x00{sender}", now, lambda: _Speaker(answered, now)
                )
            last.named = named or (last.named and last.who == answered)
            last.who, last.at = answered, now
        elif last is not None:
            answered, last.at = last.who, now
        return f"{_ROOM_PAIR}{room}\x00{answered}"

    def note_minor_contact_violation(
        self, user: str, minor: str, ref: str, now: float
    ) -> list[Signal]:
        """Record that `user`'s message to or about `minor` was blocked by a teen-context rule;
        return a `MANY_MINORS` signal when it makes 3 distinct minors within `window`."""
        return self._note_contact(user, minor, ref, "m.teen_context_block", now)

    def expire(self, now: float) -> None:
        """Forget what is older than `window` (call it regularly: the janitor does):
        states idle for longer, and in the others the hits, with their excerpts, and the
        minors counted before `now - window`. Without it an idle state would stay until
        met again, and a busy one would keep its oldest hits."""
        cutoff = now - self.window
        for pair in self._pairs.sweep(now):
            pair.state.forget_before(cutoff)
        for user in self._users.sweep(now):
            user.child.forget_before(cutoff)
            user.adult.forget_before(cutoff)
        for contacts in self._contacts.sweep(now):
            contacts.minors = {m: v for m, v in contacts.minors.items() if v[0] >= cutoff}
        self._rooms.sweep(now)
        self._cued.sweep(now)  # the last child cue per room (round 22)
        self._speakers.sweep(now)  # who last wrote in a teen room, whom a writer answered
        self._answered.sweep(now)
        self._names.sweep(now)
        self._childlike.sweep(now)  # a general room's last child-like adult (round 54)
        self._waiting.sweep(now)  # unanswered meaning requests (with their excerpts)
        self._room_faint.sweep(now)  # teen-room writers' faint grooming sums

    def forget(self, user: str) -> None:
        """Drop what was measured about `user`: their pairs' grooming scores, their
        age-lie evidence and their count of minors (a moderator decided on a signal
        about them; the decision takes over)."""
        self._pairs.drop_where(lambda pair: pair[0] == user)
        self._users.discard(user)
        self._contacts.discard(user)
        self._answered.drop_where(lambda key: key.endswith(f"\x00{user}"))
        self._room_faint.drop_where(lambda key: key.endswith(f"\x00{user}"))
        cued = {room for room, c in self._cued.items() if c.who == user}
        self._cued.drop_where(lambda room: room in cued)
        named = {key for key, known in self._names.items() if known.who == user}
        self._names.drop_where(lambda key: key in named)
        childlike = {room for room, c in self._childlike.items() if c.who == user}
        self._childlike.drop_where(lambda room: room in childlike)
        doomed = {ref for ref, w in self._waiting.items() if w.sender == user}
        self._waiting.drop_where(lambda ref: ref in doomed)

    # -- a slip and the listeners' doubt (round 22) ----------------------------------------

    def _slip(
        self,
        sender: str,
        age: int,
        told: _User | None,
        text: str,
        folded: Folded,
        child: list[Rule],
        now: float,
    ) -> list[Rule]:
        """`child` (the writer's cues of the other band: a declared adult's child cues, a
        declared minor's adult ones) with the slip's rule when the writer corrects or
        hesitates just after such a cue, and the doubt's when this answers someone's question
        of it without owning it; notes this message's cue for the next minutes."""
        slip, doubt = (
            (SLIP_RULE, DOUBTED_RULE) if age >= ADULT_AGE else (A_SLIP_RULE, A_DOUBTED_RULE)
        )
        answering = False
        if told is not None and told.doubt_open:
            # the writer's first message after someone questioned their child cue: unless
            # they own it ("oui et j'assume"), the doubt stands (a justification, a cover)
            told.doubt_open = False
            if now - told.doubted <= DOUBT_WINDOW and _OWNS.search(folded.plain) is None:
                answering = True
                if told.disbelieved:  # round 23: "t'étais même pas né", "t'as dit que…"
                    doubt = A_DISBELIEVED_RULE if age < ADULT_AGE else DISBELIEVED_RULE
                child = [*child, doubt]
            elif now - told.doubted <= DOUBT_WINDOW:
                # round 39: the doubt owned ("tant que je suis au lycée oui"): the answer restates
                # the cue the writer owns, so the band model's reading of it is not one more cue
                # (a rule of the answer still counts)
                child = [r for r in child if r.id not in BAND_MODEL_CUES]
        if any(rule is not doubt for rule in child):
            state = told if told is not None else self._user(sender, age, now)
            state.cued, state.cue_words = now, _cue_words(folded.plain)
            return child
        if (
            told is not None
            and now - told.cued <= DOUBT_WINDOW
            and (
                _SLIP.search(folded.plain) is not None
                or _HESITATION.search(text) is not None
                # round 25: the doubted cue renamed onto a relative ("ta fille ?" … "ma cousine")
                or (answering and _RENAMED.search(folded.plain) is not None)
            )
        ):
            return [*child, slip]
        return child

    def _note_covered(
        self, sender: str, age: int, told: _User | None, folded: Folded, now: float
    ) -> None:
        """Round 35: a declared adult's child cue that their own adult life, named minutes
        before, covers ("étudiant en fac de droit" … "le bus scolaire passe à 16h45"): it does
        not count, but it is noted as the writer's last cue, so that someone's doubt of it
        ("le bus scolaire ? en fac ?") and the writer's slip after it ("euh je veux dire la
        navette") are read as for a cue that counted (`_slip`)."""
        state = told if told is not None else self._user(sender, age, now)
        state.cued, state.cue_words = now, _cue_words(folded.plain)

    def _room_job_named(self, room: str, sender: str, now: float) -> None:
        """Round 23: in a room, someone else naming the job of the last writer of a child cue
        ("t'es prof de musique ?"): that writer's school talk is their work's, as in private
        (`_undo_school_talk`)."""
        cued = self._cued.get(room, now)
        if cued is None or cued.who == sender or now - cued.at > DOUBT_WINDOW:
            return
        told = self._users.get(cued.who, now)
        if told is None or told.age < ADULT_AGE:
            return
        told.recalled = told.guessed = now
        self._undo_school_talk(cued.who, "", now)

    def _room_doubted(
        self, room: str | None, sender: str, text: str, folded: Folded, now: float
    ) -> tuple[_User | None, int]:
        """In a room, the writer of the last cue of the other band written there (a declared
        adult's child cue, a declared teen's adult cue) that this message of someone else's
        doubts, and how (`doubts._doubts`); (None, `NO_DOUBT`) for most messages. The doubt
        is read at the doubted writer's answer."""
        if room is None:
            return None, NO_DOUBT
        cued = self._cued.get(room, now)
        if cued is None or cued.who == sender or now - cued.at > DOUBT_WINDOW:
            return None, NO_DOUBT
        told = self._users.get(cued.who, now)
        doubt = NO_DOUBT if told is None else _doubt_of(told, text, folded.plain, now)
        return (told, doubt) if doubt else (None, NO_DOUBT)

    # -- reading one message ---------------------------------------------------------------

    @staticmethod
    def _adult_frame(folded: Folded, more_adult: list[Rule]) -> bool:
        """Whether a declared adult's message says something of their adult life (work,
        children, spouse, studies, an adult age): the school and childhood talk next to it
        and in the next minutes is about their children, pupils or past (round 7). Round 32:
        not a bare age given in answer ("t'as quel âge ?" "20"): the declared age said again
        tells no adult life, and a child who lies about it says it too."""
        if any(r is not ages.A_ANSWER for r in more_adult):
            return True
        plain = folded.plain
        if any(_ADULT_LIVES[i].search(plain) for i in _ADULT_LIFE_SET.candidates(plain)):
            return True
        return any(
            r.id != "a.admits_lie" and not _about_someone_else(r, folded)
            for r in match(folded, ADULT_SELF_RULES)
        )

    def _read_self(
        self, folded: Folded, age: int, now: float, asked: bool, recalled: float = float("-inf")
    ) -> tuple[tuple[list[Rule], list[Rule], Features | None], float, float | None, bool]:
        """(child rules, adult rules, model features if computed) for one message, the
        frame time, and the band model's margin (score minus threshold) when the model read
        the message, did not count it, and a model cue would still count (no frame, no
        memory window): the message the meaning model may be asked about (round 10).

        Only the writer's declared band is read: a declared adult's child wording (age-lie,
        and the partner's pair), a declared minor's adult wording (age-lie, and the pair's
        cues); the other table could never count. A cue whose subject is someone else
        ("mon fils a 2h de colle", "mon père a raté le contrôle technique") is dropped, and
        the message is then not read by the model either. The band's age-lie model reads
        the messages no rule recognised and those with weak cues only (`WEAK_CUE`).
        `recalled`: when the writer last opened a frame (a memory, their adult life for a
        declared adult, their teen work life for a declared minor); returned updated. Last,
        whether a child cue of a declared adult was dropped as covered by the adult life they
        named minutes before (round 35: `_note_covered`)."""
        more_child, more_adult = ages.numeric_self(folded, now, asked, age)
        covered = False
        feats = None
        margin: float | None = None
        if age >= ADULT_AGE:
            found = [*match(folded, CHILD_SELF_RULES), *more_child]
            mine = [r for r in found if not _about_someone_else(r, folded)]
            if (
                len(mine) == len(found)
                and _weak(mine)
                and not more_adult
                and self.child_model
                and not ages.narrated(folded)
            ):
                feats = features(folded)
                score = self.child_model.score_features(feats)
                self._child_scored = (feats, score)  # `_faint` reads the same message
                margin = score - self.child_model.threshold
                hit = _grade(CHILD_MODEL_RULE, margin)
                mine = mine if hit is None else [*mine, hit]
            if now - recalled <= MEMORY_WINDOW:
                margin = None  # a model cue would be dropped as part of a memory
            past = ages.past_frame(folded, now)
            if not past and mine and _RETRACTS.search(folded.plain) is not None:
                # round 34: the child word taken back at once ("le brevet, enfin pas le
                # brevet, mes partiels"): a slip, which the adult life named next to it
                # does not cover
                mine, margin = [*mine, SLIP_RULE], None
            elif past or self._adult_frame(folded, more_adult):
                # step Z: a cover frames itself only
                recalled, margin = window_start(folded.plain, recalled, now), None
                # An adult's memory ("quand j'étais au collège ma prof…") or adult life
                # ("mes élèves", "mon fils"): only what cannot be about someone else or a
                # memory still counts ("j'ai 14 ans", a birth year).
                mine = [r for r in mine if _present(r, folded)]
            elif mine and (
                now - recalled <= MEMORY_WINDOW  # more of the same
                or _LIKENED.search(folded.plain) is not None  # "comme au collège" (round 23)
            ):
                kept = [r for r in mine if _present(r, folded)]
                # round 35: a child cue that an adult life named minutes before covers ("étudiant
                # en fac" … "le bus scolaire passe à 16h45"): still one a listener may doubt
                covered = len(kept) < len(mine) and now - recalled <= MEMORY_WINDOW
                mine = kept
            elif ages.C_FUTURE in mine and ages.recalled_age(folded):
                mine = [ages.C_RECALLED if r is ages.C_FUTURE else r for r in mine]
        else:
            found = [*match(folded, ADULT_SELF_RULES), *more_adult]
            mine = [r for r in found if not _about_someone_else(r, folded)]
            # "job étudiant, j'ai 17 ans depuis mars": a writer giving an age of their own
            # declared band is not read by the other band's model (round 7)
            if (
                len(mine) == len(found)
                and _weak(mine)
                and not more_child
                and self.adult_model
                and TEEN_SCHOOL_NOW.search(folded.plain) is None
            ):
                feats = features(folded)
                margin = self.adult_model.score_features(feats) - self.adult_model.threshold
                hit = _grade(ADULT_MODEL_RULE, margin)
                mine = mine if hit is None else [*mine, hit]
            if now - recalled <= MEMORY_WINDOW:
                margin = None  # a model cue would be dropped as part of a teen job
            if TEEN_FRAME.search(folded.plain) is not None:
                recalled, margin = window_start(folded.plain, recalled, now), None  # step Z
                mine = [r for r in mine if r.id in PRESENT_ADULT_RULES]
            elif mine and now - recalled <= MEMORY_WINDOW:  # more of the same teen job
                mine = [r for r in mine if r.id in PRESENT_ADULT_RULES]
        found = strongest(mine)
        if margin is not None and margin >= 0:
            margin = None  # the n-gram model already counts this message
        rules = (found, [], feats) if age >= ADULT_AGE else ([], found, feats)
        return rules, recalled, margin, covered

    def _in_scene(
        self,
        user: str,
        age: int,
        folded: Folded,
        child: list[Rule],
        now: float,
        *,
        partner: str | None = None,
        room: str | None = None,
    ) -> list[Rule]:
        """Round 17: a declared adult's child cues in a story set in a past year (the historic
        present, `ages.past_scene`), in the message that sets it and, like a memory, for
        `MEMORY_WINDOW` after it, the writer's own and anyone's in the same room or private
        conversation (with `partner`, or in `room`): "on est en 1993, je suis en 4e", "pareil,
        moi je suis en 5e". Only a birth year or an admission still count; in someone else's
        scene an age said in the present too, and in a room someone else's scene lasts
        `ages.ROOM_ANSWER_WINDOW` only (a busy room is not one story)."""
        if age < ADULT_AGE:
            return child
        told = ages.past_scene(folded, now)
        if not child and not told:  # most messages: nothing to drop, no scene to note
            return child
        state = self._users.get(user, now)
        own = float("-inf") if state is None else state.scene
        talk = f"room:{room}" if room is not None else None
        if partner is not None:
            talk = _talk(user, partner)
        if told:
            own = self._user(user, age, now).scene = now
            if talk is not None:
                self._scenes.get_or_create(talk, now, lambda: _Scene(now)).at = now
        if not child:
            return child
        if now - own <= MEMORY_WINDOW:
            return [r for r in child if r.id in SCENE_KEPT]
        shared = None if talk is None else self._scenes.get(talk, now)
        window = ages.ROOM_ANSWER_WINDOW if room is not None else MEMORY_WINDOW
        if shared is None or now - shared.at > window:
            return child
        return [r for r in child if r.id in SCENE_KEPT or r.id in PRESENT_CHILD_RULES]

    # -- grooming ---------------------------------------------------------------------------

    def _pair(self, sender: str, s_age: int, recipient: str, r_age: int, now: float) -> _Pair:
        return self._pairs.get_or_create(
            (sender, recipient), now, lambda: _Pair(RuleState(last=now), s_age, r_age)
        )

    def _both_ways(
        self, sender: str, sender_age: int, recipient: str, recipient_age: int, now: float
    ) -> tuple[_Pair, _Pair]:
        """The pair's state in both directions, for what the two say about each other (they
        know each other, they are family)."""
        return (
            self._pair(sender, sender_age, recipient, recipient_age, now),
            self._pair(recipient, recipient_age, sender, sender_age, now),
        )

    def _child_in_view(
        self, sender: str, sender_age: int, recipient: str, recipient_age: int, now: float
    ) -> bool:
        """Whether the grooming model may matter for this message: a declared minor on
        either side, or a pair of declared adults where one already wrote like a child
        (between adults without sign of a child, its cue would weigh a quarter and no
        more: the model is not run, the cost of adults' DMs stays low)."""
        if min(sender_age, recipient_age) < ADULT_AGE:
            return True
        pair = self._pairs.get((sender, recipient), now)
        if pair is not None and self._child_context(pair, pair.state.hits):
            return True
        return self._minor_like(recipient, now)

    def _child_context(self, pair: _Pair, rules: Collection[str]) -> bool:
        """Whether the pair's recipient is, or writes like, a child. Batch be (the message
        files retrained on a … be): between a parent and their grown child (`_Pair.parent`,
        no role posed, nothing hidden from the parents) the child model's reading of the
        child's words to the parent ("ouiii trop hâte papa") is a family's and makes no child
        context; a child rule still does."""
        family = pair.parent and not pair.posed and "g.secrecy_adults" not in rules
        return (
            pair.recipient_age < ADULT_AGE
            or pair.child_seen
            or any(
                (rule.startswith("c.") and not (family and rule in AGE_LIE_MODEL_CUES))
                or _FAMILY.get(rule) in CHILD_CONTEXT_FAMILIES
                for rule in rules
            )
        )

    def _pair_score(self, pair: _Pair, now: float) -> tuple[float, dict[str, float]]:
        parts = pair.state.contributions(now, self.half_life)
        families = {_FAMILY.get(rule, rule) for rule in parts}
        # Round 27: two declared adults who said they are family (an aunt and her niece of
        # 18; `kin` is only ever set between two declared adults): the gap of their ages and a
        # pickup are the family's, whoever writes like a child. Round 41: not when one posed as
        # family or was told they are none ("je peux être ton parrain de cœur" … "merci parrain")
        family = pair.kin and not pair.posed
        if family or not (self._child_context(pair, parts) or _met_alone(pair, parts)):
            parts = {rule: w * ADULT_PAIR_FACTOR for rule, w in parts.items()}
        elif min(pair.sender_age, pair.recipient_age) >= ADULT_AGE and families - {"age_question"}:
            gap = pair.sender_age - pair.recipient_age
            if gap >= 10:
                parts["g.age_gap"] = 1.5 if gap >= 20 else 1.0
        # Getting-to-know-you cues (age, school, looks, other apps, meeting) are what teens
        # do among themselves: alone they stay under the threshold; grooming needs at least
        # one cue of isolation, secrecy, gifts, images, or a lie about one's age.
        # Round 8: two declared minors ask each other whether they are home alone and call
        # each other for homework or company; between them the question and a video call join
        # the getting-to-know-you cues (a groomer posing as a teen still needs a cue of
        # concealment, secrecy, gifts, images, pickup or isolation).
        teens = max(pair.sender_age, pair.recipient_age) < ADULT_AGE
        # Round 18: classmates wait for each other at the gate and walk home together: between
        # two who said so, a pickup is theirs too.
        known = teens and pair.known
        # Step 3 (thirty-ninth sitting, `devd-g-024`, `devg-g-096`): a visit to the partner's
        # home proposed by one who asked whether she is alone there (in either order, within
        # the pair's window), between two teens who never said they know each other: the
        # question counts in full again.
        teen_low = TEEN_LOW_RISK_RULES if known or not pair.visit else _TEEN_LOW_AFTER_VISIT
        low = sum(
            w
            for rule, w in parts.items()
            if _FAMILY.get(rule) in LOW_RISK_FAMILIES
            or (teens and rule in teen_low)
            or (known and rule in KNOWN_LOW_RISK_RULES)
        )
        # Round 17: two declared teens who said they share a class, a camp or a team: the
        # getting-to-know-you cues (other apps, meeting, school) are classmates' and count
        # for nothing.
        low_share = 0.0 if known else LOW_RISK_SHARE
        model = sum(w for rule, w in parts.items() if rule in MODEL_CUES)
        high = sum(parts.values()) - low - model
        score = (
            high
            + min(low, low_share * self.grooming_threshold)
            # Round 22: between two teens who know each other, the models' reading of warm
            # words ("si t'as besoin de parler je suis là") is a friend's: alone it stays under
            # the threshold, like their getting-to-know-you cues
            + min(model, (LOW_RISK_SHARE if known else self.model_share) * self.grooming_threshold)
        )
        # Scores are compared to the hundredth: seconds of decay must not undo a crossing.
        return round(score, 2), parts

    def _rearm(self, pair: _Pair, now: float) -> None:
        """Once a pair's score has decayed below half the threshold it may fire again."""
        if pair.state.fired and self._pair_score(pair, now)[0] < self.grooming_threshold / 2:
            pair.state.fired = False

    def _check_pair(
        self,
        sender: str,
        recipient: str,
        pair: _Pair,
        ref: str,
        now: float,
        in_room: bool = False,
        room: str | None = None,
    ) -> list[Signal]:
        """A `GROOMING` signal when the pair's score crossed the threshold (once per crossing).
        `in_room`: `recipient` is a teen room (round 18), the signal names no partner. `room`:
        the cues were written in that room to `recipient` (round 50)."""
        keep = self.pair_messages
        if keep is not None and pair.state.hits:
            told = self._users.get(sender, now)
            if told is not None and len(told.written) > keep:
                pair.state.forget_before(told.written[-keep])
        score, parts = self._pair_score(pair, now)
        if score < self.grooming_threshold or pair.state.fired:
            return []
        if _one_statistical_message(pair.state):
            return []
        if (
            not (in_room or self.dm_models_alone)
            and parts.keys() - {"g.age_gap"} <= STATISTICAL_CUES
        ):
            return []  # twenty-seventh sitting: a rule cue must stand beside the models'
        pair.state.fired = True
        evidence = evidence_of(pair.state, now, self.half_life)
        if "g.age_gap" in parts:
            ages = f"âges déclarés {pair.sender_age} et {pair.recipient_age} ans"
            evidence += (Evidence(ref, "g.age_gap", parts["g.age_gap"], ages),)
        rules = tuple(sorted(parts))
        if in_room:
            where = f"dans le salon {recipient}, messages de {sender}"
        elif room is not None:
            where = f"dans le salon {room}, messages de {sender} à {recipient}"
        else:
            where = f"dans les messages privés de {sender} à {recipient}"
        explanation = (
            f"Risque de pédopiégeage {where} : "
            f"score {score:.1f} pour un seuil de {self.grooming_threshold:.1f}, sur "
            f"{len({e.ref for e in evidence})} message(s). Indices : {labels_of(rules)}. "
            "Conversation retenue et placée en tête de la file des modérateurs."
        )
        return [
            Signal(
                SignalKind.GROOMING,
                sender,
                None if in_room else recipient,
                score,
                self.grooming_threshold,
                ACTIONS[SignalKind.GROOMING],
                rules,
                evidence,
                explanation,
            )
        ]

    # -- age-lie ----------------------------------------------------------------------------

    def _user(self, user: str, age: int, now: float) -> _User:
        state = self._users.get_or_create(
            user, now, lambda: _User(age, RuleState(last=now), RuleState(last=now), now)
        )
        state.age, state.last = age, now
        return state

    def _minor_like(self, user: str, now: float) -> bool:
        """Declared minor, or a declared adult whose child cues reach half the threshold."""
        state = self._users.get(user, now)
        if state is None:
            return False
        if state.age < ADULT_AGE:
            return True
        if not state.child.hits:  # most adults: no child cue at all
            return False
        return state.child.score(now, self.half_life) >= self.age_lie_threshold / 2

    def _pushed_past(self, sender: str, recipient: str, plain: str, now: float) -> bool:
        """Step F (fortieth sitting): whether this private message presses on just after the
        partner refused (`insist.presses`); a refusal of the sender's (`insist.refuses`) is noted
        on the partner's pair, when the partner already has one toward the sender."""
        if refuses(plain):
            theirs = self._pairs.get((recipient, sender), now)
            if theirs is not None:
                theirs.refused, theirs.pressed = now, 0
        pair = self._pairs.get((sender, recipient), now)
        if pair is None or now - pair.refused > INSIST_WINDOW or pair.pressed >= INSIST_MESSAGES:
            return False
        pair.pressed += 1
        if not presses(plain):
            return False
        pair.refused = float("-inf")
        return True

    def _wrote(self, user: str, age: int, now: float) -> None:
        """Note that `user` wrote a message at `now`; with `evidence_messages`, their age-lie
        evidence from before their last that many messages no longer counts (a busy person's
        weak cues scattered over an evening do not add up; twenty-seventh sitting). The times
        kept also serve `pair_messages` (`_check_pair` reads them for the pairs `user` is the
        subject of)."""
        keep = self.evidence_messages
        longest = max(keep or 0, self.pair_messages or 0)
        if not longest:
            return
        state = self._user(user, age, now)
        state.written.append(now)
        if (
            keep is not None
            and len(state.written) > keep
            and (state.child.hits or state.adult.hits)
        ):
            state.child.forget_before(state.written[-keep])
            state.adult.forget_before(state.written[-keep])
        del state.written[: -(longest + 1)]  # one more: whether there were more than `keep`

    def _faint(
        self, user: str, age: int, folded: Folded, feats: Features | None, now: float
    ) -> list[Rule]:
        """`c.model_sum` when a declared adult's faint child wording, summed over their last
        `FAINT_WINDOW` messages (`faint`), reaches `faint_bar`: several messages each a little
        like a child's, none enough alone (twenty-sixth sitting). Counted once per user
        state."""
        if age < ADULT_AGE or self.child_model is None or self.faint_bar is None:
            return []
        state = self._user(user, age, now)
        if state.faint_fired:  # counted already: no need to read the message
            return []
        found = features(folded) if feats is None else feats
        scored = self._child_scored
        score = (
            scored[1] if scored and scored[0] is found else self.child_model.score_features(found)
        )
        state.faint = [*state.faint[1 - FAINT_WINDOW :], faint(score - self.child_model.threshold)]
        if sum(state.faint) < self.faint_bar:
            return []
        state.faint_fired = True
        return [dataclasses.replace(CHILD_SUM_RULE, weight=self.age_lie_threshold)]

    def _age_lie(
        self,
        user: str,
        age: int,
        child: list[Rule],
        adult: list[Rule],
        ref: str,
        quote: str,
        now: float,
        where: str,
    ) -> list[Signal]:
        state = self._user(user, age, now)
        if age >= ADULT_AGE:
            kind, rules, acc = SignalKind.AGE_LIE_ADULT, child, state.child
        else:
            kind, rules, acc = SignalKind.AGE_LIE_MINOR, adult, state.adult
        if acc.fired and acc.score(now, self.half_life) < self.age_lie_threshold / 2:
            acc.fired = False  # decayed: may fire again
        for rule in rules:
            cap = rule.cap
            if self.model_cap is not None and rule.id in BAND_MODEL_CUES:
                cap = self.model_cap
            acc.add(rule.id, rule.weight, now, ref, quote, cap)
        acc.last = now
        if not rules:  # most messages: nothing new, so nothing can fire
            return []
        parts = acc.contributions(now, self.half_life)
        score = round(sum(parts.values()), 2)
        if score < self.age_lie_threshold or acc.fired:
            return []
        if not self.models_alone and parts.keys() <= AGE_LIE_MODEL_CUES:
            return []
        acc.fired = True
        names = tuple(sorted(parts))
        if kind is SignalKind.AGE_LIE_ADULT:
            what = (
                "écrit comme une personne mineure",
                "Compte restreint (bande mineure) en attendant l’examen d’un modérateur.",
            )
        else:
            what = (
                "écrit comme une personne adulte",
                "Signalé aux modérateurs : adulte possible dans la communauté des 15-17 ans.",
            )
        explanation = (
            f"{user} a déclaré {age} ans mais {what[0]} (dernier message : {where}). "
            f"Indices : {labels_of(names)}. Score {score:.1f} pour un seuil de "
            f"{self.age_lie_threshold:.1f}. {what[1]}"
        )
        return [
            Signal(
                kind,
                user,
                None,
                score,
                self.age_lie_threshold,
                ACTIONS[kind],
                names,
                evidence_of(acc, now, self.half_life),
                explanation,
            )
        ]

    # -- many minors ------------------------------------------------------------------------

    def _note_contact(self, user: str, minor: str, ref: str, rule: str, now: float) -> list[Signal]:
        contacts = self._contacts.get_or_create(user, now, lambda: _Contacts(last=now))
        contacts.last = now
        contacts.minors = {m: v for m, v in contacts.minors.items() if now - v[0] < self.window}
        contacts.minors[minor] = (now, ref, rule)
        if len(contacts.minors) > MAX_MINORS_KEPT:  # keep the newest
            newest = sorted(contacts.minors.items(), key=lambda kv: kv[1][0])[-MAX_MINORS_KEPT:]
            contacts.minors = dict(newest)
        count = len(contacts.minors)
        if count < MANY_MINORS_COUNT:
            contacts.fired = False
            return []
        if contacts.fired:
            return []
        contacts.fired = True
        evidence = tuple(
            Evidence(r, kind, 1.0, f"mineur·e : {m}")
            for m, (_, r, kind) in sorted(contacts.minors.items(), key=lambda kv: kv[1][0])
        )
        rules = tuple(sorted({e.rule for e in evidence}))
        hours = self.window / 3600
        explanation = (
            f"{user} a déclenché des signaux de protection des mineurs avec {count} personnes "
            f"mineures distinctes en {hours:g} h ({', '.join(sorted(contacts.minors))}). "
            f"Motifs : {', '.join(LABELS.get(r, r) for r in rules)}. Suspension en attente "
            "d’examen, avec avertissement et exposé des motifs (DSA art. 23)."
        )
        return [
            Signal(
                SignalKind.MANY_MINORS,
                user,
                None,
                float(count),
                float(MANY_MINORS_COUNT),
                ACTIONS[SignalKind.MANY_MINORS],
                rules,
                evidence,
                explanation,
            )
        ]
