"""Talking about someone else: a school, childhood, adult-life or work cue whose subject
is a relative, a pupil or an elder of the writer's circle (`_about_someone_else`), a
question asked of the others (`_ASKS_YOU`), and the partner speaking of the recipient's
children or young adult life (`_YOUR_CHILD`, `_YOUR_YOUNG_LIFE`, denied by `_DENIAL`).
"""

from __future__ import annotations

import re

from causette.moderation.minors.fold import Folded
from causette.moderation.minors.patterns import Rule, collapsed
from causette.moderation.minors.rules import Gate

_YOUR_CHILD = re.compile(
    r"\b(?:ton|ta|tes|votre|vos) (?:fils|file|files|enfant|enfants|gamin|gamins|gamine|gosse|"
    r"gosses|eleve|eleves|aine|ainee|cadet|cadete)\b"
)
_THIRD_CHILD = collapsed(
    r"\b(?:le|la|l) (?:grand|grande|petit|petite|plus grand|plus grande|plus petit|plus petite|"
    r"aine|ainee|cadet|cadete) de \d{1,2} ans\b"
    r"|\bles (?:enfants|petits|gamins|gosses|petits enfants) (?:ont|sont|vont|font|dorment)\b"
)
"""Step AC (forty-second sitting): a question naming a child by age and role ("le grand de 13
ans fait ses devoirs quand ?") or asking after "les enfants": the recipient's children, without
"ton" (`_YOUR_CHILD`); read only in a message with a "?"."""
_YOUR_YOUNG_LIFE = collapsed(
    r"\b(?:ton|tes) (?:dossier|dossiers|voeux) (?:parcoursup|sur parcoursup)\b"
    r"|\b(?:ta|ton) (?:premiere annee|l1|bts|prepa|fac|permis|code de la route)\b"
)
"""Round 22: the partner speaks of the recipient's young adult life (their Parcoursup
application, first year at university, driving licence): the school talk that answers it is
an 18–20-year-old's (like `_YOUR_CHILD`, unless the recipient denies it)."""
_YOUR_WORK = collapsed(
    r"\b(?:ton|ta) (?:taf|boulot|travail|job|poste|metier) (?:de|d) (?!(?:reve|merde|ete|"
    r"vacances|fou|dingue|ouf)\b)\w+"
    r"|\b(?:t es|tu es) (?:prof|professeur|professeure|instit|maitresse|surveillante?|pion|aed|"
    r"cpe|educ|educatrice|educateur|animatrice|animateur) (?:de|d|en|dans|ou|a) (?:quoi|quelle|"
    r"quel)\b|\b(?:tes|vos) (?:eleves|collegues)\b"
)
"""Round 23: the partner names the recipient's job ("mdr ton taf de surveillant", "t'es prof de
quoi ?", "tes élèves"): the recipient's school talk around it is their work's (their weaker
child cues of the last minutes are dropped, and the frame opens, unless denied)."""
# The four are searched in most private messages (their cheap gates, "ton "/"ta "/"tes " or a
# "?", pass on any "toutes" or question): the rules' shared scan of the folded text says which
# may match.
_may_be_yours = Gate((_YOUR_CHILD, _YOUR_YOUNG_LIFE, _YOUR_WORK, _THIRD_CHILD))


def speaks_of_yours(pattern: re.Pattern[str], plain: str) -> bool:
    """`pattern` (`_YOUR_CHILD`, `_YOUR_YOUNG_LIFE`, `_YOUR_WORK`, `_THIRD_CHILD`) in the folded
    `plain`; not searched when the shared scan rules it out (exact: see superset.py)."""
    return pattern.pattern in _may_be_yours(plain) and pattern.search(plain) is not None


_DENIAL = re.compile(r"(?:mdr |lol |ah |bah |ben |euh )*(?:non|nan|nn|nope|pas du tout)\b")


# Round 17: the subject patterns below are collapsed like the folded text (before, "elle",
# "belle", "parrain" and "filleul" could never match the folded "ele", "parain"…).
_SOMEONE_ELSE = frozenset(
    {
        "c.school_life",
        "c.school_mine",
        "c.childhood",
        "c.parents_forbid",
        "c.school_soon",
        "c.class_life",
        "c.child_world",
    }
)


_COUNT = r"(?:(?:deux|trois|quatre|cinq|2|3|4|5) )?"
"""Round 44: how many ("mes deux enfants prenaient le car pour le collège")."""
_RELATIVE = collapsed(
    rf"\b(?:mon|ma|mes|son|sa|ses|notre|nos|leur|leurs) {_COUNT}(?:petit |petite |grand |grande )?"
    r"(?:fils|file|files|enfant|enfants|gamin|gamins|gosse|gosses|petit fils|petite file|"
    r"petits enfants|neveu|neveux|niece|nieces|eleve|eleves|ado|ados|filleul|fileule)\b"
    # thirty-ninth sitting (`devbj-o-056`): a parent met at work, their child's school told
    # ("j'ai eu une maman qui voulait un certificat pour la cantine")
    # (the article may fall outside the 40 characters read before the cue: not one's own)
    r"|(?<!\bma )(?<!\bmon )(?<!\bmes )(?<!\bta )(?<!\bton )(?<!\btes )\b(?:maman|mere|papa|"
    r"pere|parents|mamans|papas) qui (?:voulait|veut|voulaient|veulent|demandait|demande|"
    r"demandaient|demandent|cherchait|cherche)\b"
)
_SIBLING_OR_RELATIVE = collapsed(
    _RELATIVE.pattern
    + r"|\b(?:mon|ma|mes) (?:petit frere|petite soeur|petits freres|petites soeurs)\b"
    # round 44: a sister or brother taken to school ("c'est moi qui emmène ma sœur au collège")
    + r"|\b(?:emene|emmene|depose|recupere|conduit|accompagne|amene|ramene) (?:mon|ma|mes) "
    r"(?:frere|soeur|freres|soeurs)\b"
)
"""Round 41: a younger brother or sister named just before a school cue ("mon petit frère passe
le brevet", "ma petite sœur a cantine"): their school, as a child's is (`c.school_life`, the
school rules only: a sibling's childhood, a shared room, a tooth fairy, are the writer's
household too, and a child's cues)."""
_SIBLINGS_SCHOOL = frozenset({"c.school_life", "c.school_mine", "c.school_soon", "c.class_life"})
_FIRST_PERSON = re.compile(r"\b(?:je|j|moi|jsuis|chui|me|m)\b")


_OF_RELATIVE = collapsed(
    r"(?: \w+){0,3} (?:de|d|pour|avec) (?:mon|ma|mes|son|sa|ses|notre|nos|leur|leurs) "
    rf"{_COUNT}(?:petit |petite |grand |grande )?(?:fils|file|files|enfant|enfants|gamin|gamins|"
    r"gosse|gosses|petit fils|petite file|petits enfants|neveu|neveux|niece|nieces|eleve|eleves|"
    r"ado|ados|filleul|fileule|cadet|cadete|aine|ainee)\b"
)


_ELDER = (
    r"(?:pere|mere|parents|daron|daronne|darons|papa|maman|frere|soeur|grand frere|grande soeur|"
    r"oncle|tante|cousin|cousine|grand pere|grand mere|grands parents|papi|papy|mamie|mami|"
    r"parrain|marraine|beau pere|belle mere|voisin|voisine|prof|coach|copain|copine|pote|potes)"
)
_ELDER_RELATIVE = collapsed(
    r"\b(?:(?:mon|ma|mes|son|sa|ses|ton|ta|tes|notre|nos|leur|leurs) (?:grand |grande |beau |"
    rf"belle |vieux |vieille )?{_ELDER}|il|elle|ils|elles)\b"
)
_OF_ELDER = collapsed(
    r"(?: \w+){0,3} (?:de|d|a) (?:mon|ma|mes|son|sa|ses|ton|ta|tes|notre|nos|leur|leurs) "
    rf"(?:grand |grande |beau |belle )?{_ELDER}\b"
)
_REPORTED = collapsed(
    r"\b(?:il|elle|ils|elles|(?:mon|ma|mes|son|sa|ses|notre|nos|leur|leurs|le|la|les) "
    rf"(?:grand |grande |beau |belle |vieux |vieille )?{_ELDER}(?: \w+){{0,3}}) (?:m |nous |me |"
    r"t )?(?:a|ont|avait|avaient|dit|disait|raconte|racontait) (?:dit |raconte |explique |jure )?"
    r"qu (?:il|elle|ils|elles)\b"
)
"""Round 32: an elder's words reported ("notre prof de physique, il a dit qu'il avait vu la
coupe du monde 98", "mon père raconte qu'il…"): the memory that follows is theirs."""
_TAKES_ME = collapsed(
    r" (?:m|me|nous) (?:a |ont |avait |avaient |va |vont |veut |veulent |voulait |doit |doivent )?"
    r"(?:emmen|amen|ramen|accompagn|train|conduit|conduis|conduir|depos)\w*\b"
)
"""Step Y (forty-second sitting): the writer taken along by the elder just named ("ma mère
m'emmène chez le notaire", "mon père m'a amené à son bureau", "elle me traîne à la banque"):
the object pronoun is not the writer speaking of themself, and the errand is the elder's."""
_SOMEONE_ELSES = {
    **dict.fromkeys(_SOMEONE_ELSE, (_RELATIVE, _OF_RELATIVE)),
    **dict.fromkeys(_SIBLINGS_SCHOOL, (_SIBLING_OR_RELATIVE, _OF_RELATIVE)),
    # round 7: "mon père a raté le contrôle technique", "la voiture de mon frère", "ma mère
    # rentre du boulot": a teen speaking of an elder's adult life
    **dict.fromkeys(
        ("a.adult_life", "a.work", "a.parenting", "a.nostalgia"), (_ELDER_RELATIVE, _OF_ELDER)
    ),
    # round 32: a memory of a year long gone told as an elder's words, not the writer's own
    "a.aging": (_REPORTED, _OF_ELDER),
}


def _about_someone_else(rule: Rule, folded: Folded) -> bool:
    """ "mon petit-fils rentre au collège", "ses élèves ont le brevet", "la maîtresse de ma
    fille nous a convoqués": a school or childhood cue whose subject, just before it, is a
    child of the writer's circle (with no first person between them), or that a child of
    the writer's circle follows ("de mon fils", "pour ma fille"). The same for an adult-life
    or work cue and an elder of the writer's circle ("mon père a raté le contrôle
    technique", "le garagiste de mon oncle")."""
    relatives = _SOMEONE_ELSES.get(rule.id)
    if relatives is None:
        return False
    found = rule.pattern.search(folded.plain)
    if found is None:
        return False
    relative, of_relative = relatives
    if of_relative.match(folded.plain, found.end()) is not None:
        return True
    before = folded.plain[max(0, found.start() - 40) : found.start()]
    if rule.id in _SOMEONE_ELSE and _ASKS_YOU.search(before) is not None:
        return True  # "vous checkez pronote tous les soirs ?": asked of the others (round 13)
    last = None
    for last in relative.finditer(before):  # noqa: B007 (the last one is wanted)
        continue
    if last is None:
        return False
    start = last.end()
    if relative is _ELDER_RELATIVE and (taken := _TAKES_ME.match(before, start)) is not None:
        start = taken.end()  # step Y: "ma mère m'emmène chez le notaire", the elder's errand
    return _FIRST_PERSON.search(before, start) is None


_ASKS_YOU = re.compile(
    r"(?:^|(?<!je)(?<!j)(?<!on)(?<!moi) )vous (?!savez |inquietez |imaginez )(?:\w+ ){0,2}$"
)
"""A school or childhood cue just after "vous" and a verb ("vous checkez pronote tous les
soirs vous ?", "vous aviez cantine le mercredi ?"): the writer asks the others, and says
nothing of their own schooling (round 13)."""
