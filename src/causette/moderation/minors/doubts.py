"""A slip and the listeners' doubt (round 22): the cues added when a writer corrects or
hesitates just after a cue of the other band (`SLIP_RULE`, `A_SLIP_RULE`), or when
someone else questions it and the writer does not own it (`DOUBTED_RULE`,
`A_DOUBTED_RULE`), with the word tests `MinorsGuard._slip` and `_room_doubt` use.
"""

from __future__ import annotations

import re

from causette.moderation.minors.fold import fold
from causette.moderation.minors.guard_state import _User
from causette.moderation.minors.patterns import Rule, collapsed

SLIP_RULE = Rule(
    "c.slip",
    "slip",
    1.5,
    "se reprend juste après avoir parlé comme un enfant "
    "(« enfin je veux dire… », « de ma... voisine »)",
    re.compile(r"(?!)"),
)
"""Round 22: a declared adult who corrects or hesitates over a word just after their own child
cue ("ma mère m'a dit au lit" … "enfin je veux dire j'étais fatigué", "je suis parti comme
enfant... enfin comme participant", "de ma... voisine"): a child covering a slip."""
DOUBTED_RULE = Rule(
    "c.doubted",
    "doubted",
    1.0,
    "un autre s'étonne de ses propos d'enfant (« à 19 ans ? », « la récré ? »)",
    re.compile(r"(?!)"),
)
"""Round 22: someone else questions a declared adult's child cue just after it, restating an
adult age ("à 19 ans ?", "t'as 21 ans et t'es louveteau ?") or echoing its word in a short
question ("la récré ?", "t'as des devoirs ?"), and the writer's answer does not own it ("oui
et j'assume"): the listeners' doubt, on the writer's score at their answer."""
A_SLIP_RULE = Rule(
    "a.slip",
    "slip",
    1.5,
    "se reprend juste après avoir parlé comme un adulte (« ma fille… enfin ma petite sœur »)",
    re.compile(r"(?!)"),
)
A_DOUBTED_RULE = Rule(
    "a.doubted",
    "doubted",
    1.0,
    "un autre s'étonne de ses propos d'adulte (« ta fille ?? », « à 17 ans ? »)",
    re.compile(r"(?!)"),
)
"""The mirror for a declared minor's adult cues (round 22)."""
DISBELIEVED_RULE = Rule(
    "c.disbelieved",
    "doubted",
    1.5,
    "un autre lui dit qu'il parle comme un enfant (« c'est pour les enfants ça »,"
    " « t'as dit que… »)",
    re.compile(r"(?!)"),
)
"""Round 23: someone else tells a declared adult, just after their child cue, that it is a
child's ("c'est pour les gamins ça non ?", "tu parles comme un gosse") or catches a
contradiction ("t'as dit que…"), and the answer does not own it: stronger
than a word echoed."""
A_DISBELIEVED_RULE = Rule(
    "a.disbelieved",
    "doubted",
    1.5,
    "un autre lui dit qu'il n'a pas pu vivre ce qu'il raconte à son âge"
    " (« t'étais même pas né », « tu peux pas avoir connu ça »)",
    re.compile(r"(?!)"),
)
"""Round 23: the mirror for a declared teen's adult cue: someone else says the writer could not
have lived it ("t'étais pas né", "1999 t'existais pas", "t'as 17 ans, t'as pas pu…", "depuis
tes 5 ans ?", "t'es né en 2009", "c'était en 2001") or that they talk like an elder ("t'es qui,
mon grand-père ?"), and the answer does not own it."""
DOUBT_WINDOW = 5 * 60.0
"""How long after a declared adult's child cue a correction or someone's doubt refers to it."""
_RELATIVE = (
    r"(?:parents|mere|pere|daronne|daron|darons|maman|papa|frere|freres|soeur|soeurs|grand frere|"
    r"grande soeur|petit frere|petite soeur|cousin|cousine|cousins|cousines|oncle|tante|niece|"
    r"neveu|mamie|papy|grand mere|grand pere)"
)
"""Round 25: the relatives a writer moves their cue onto when correcting it."""
_SLIP = collapsed(
    r"\benfin (?:je veux dire|jveux dire|je voulais dire|comme|ou j|quand j|c etait avant)\b"
    # round 35: with a hesitation or a denial first ("euh je veux dire la navette")
    r"|^(?:enfin |euh |bah |ben |non |nan |oups |pardon )*(?:je veux dire|jveux dire|"
    r"je voulais dire)\b"
    # round 43: with a laugh first ("ahah je veux dire personne veut m'accompagner")
    r"|^(?:ahah|ahahah|haha|hahaha|hihi|mdr|lol|ptdr|xd)(?: (?:enfin|euh|non|nan|oups|pardon))* "
    r"(?:je veux dire|jveux dire|je voulais dire|jvoulais dire|j voulais dire)\b"
    # round 27: the same clipped ("j voulais dire 2024", "jvoulais dire", "j veux dire")
    r"|^(?:enfin |euh |non |nan |oups |pardon )*(?:j voulais|jvoulais|j voulai|j veux|je voulai|"
    r"jvoulai) dire\b"
    r"|\bje parlais (?:pour|de) (?:ma|mon) (?:soeur|frere|cousine?|petite? soeur|petit frere)\b"
    r"|\benfin (?:un|une) (?:collegue|ami|amie|pote|voisin|voisine)\b"
    # round 25: the cue moved onto a relative ("enfin mes parents quoi", "mon frère je veux
    # dire", "ma cousine pardon")
    r"|\benfin (?:mes|ma|mon) " + _RELATIVE + r"\b"
    r"|\b(?:mes|ma|mon) " + _RELATIVE + r" (?:je veux dire|jveux dire|je voulais dire|pardon)\b"
    # round 34: the word disowned as a slip of the tongue ("lapsus lol", "jsais pas pourquoi
    # j'ai dit ça", "aucune idée pourquoi j'ai écrit ça"); not "je sais pas pourquoi j'ai dit
    # oui"
    r"|\blapsus\b|\b(?:je sais|jsais|j sais|chais|chai|sais|aucune idee) pas pourquoi "
    r"(?:j ai|jai|g|je l ai|jl ai) (?:dit|ecrit|mis|sorti) (?:ca|ce mot|un truc pareil)\b"
    r"|\baucune idee pourquoi (?:j ai|jai|g) (?:dit|ecrit|mis) (?:ca|ce mot)\b"
    # round 43: the word renamed into a student's stage ("le bts je voulais dire", "première
    # année de fac je veux dire", as round 25's "mon frère je veux dire"), the slip blamed on
    # the keyboard ("correcteur auto", "faute de frappe") or on a date mixed up ("jme suis
    # trompé de date"); read only just after the writer's own cue of the other band
    r"|\b(?:bts|but|dut|iut|fac|licence|master|prepa|l1|l2|l3|m1|m2|universite|univ|alternance)"
    r"(?: \w+){0,2} (?:je veux dire|jveux dire|j veux dire|je voulais dire|jvoulais dire|"
    r"j voulais dire)\b"
    r"|\b(?:correcteur (?:auto|automatique|d orthographe)|autocorrect\w*|auto correct\w*|"
    r"faute de frappe)\b"
    r"|\b(?:je me suis|jme suis|j me suis|je m suis|me suis) (?:trompee?|plantee?|emmelee?|"
    r"embrouillee?) (?:de|d|dans les|dans la) (?:date|dates|annee|annees|classe|age)\b"
)
_CORRECTION = collapsed(
    r"\b(?:je veux dire|jveux dire|j veux dire|je voulais dire|jvoulais dire|j voulais dire|"
    r"je me trompe|jme trompe|je me suis trompee?|jme suis trompee?|j me suis trompee?)\b"
    r"|\bje (?:parle|parlais) de (?:ma|mon|mes)\b|\bc est (?:comme|come) ca qu on (?:dit|l apele)\b"
    r"|\bon dit (?:la|le|les|l) \w+$"
)


def corrects_itself(plain: str) -> bool:
    """Step Z (forty-second sitting): the folded message corrects what its writer just said
    ("au boulot je veux dire", "je parle de ma fille", "non il y a longtemps, je me trompe",
    "je suis en alternance, on dit la classe"), or is one of `_SLIP`'s corrections. A frame
    such a message opens covers its own cues only: a renaming tells no life that the next
    minutes' talk would belong to."""
    return _CORRECTION.search(plain) is not None or _SLIP.search(plain) is not None


def window_start(plain: str, recalled: float, now: float) -> float:
    """When the window of the frame that the folded message `plain` opens starts: `now`, unless
    the message only corrects itself (`corrects_itself`), which leaves `recalled` as it was."""
    return recalled if corrects_itself(plain) else now


_RETRACTS = collapsed(
    r"\b(?:enfin|non|nan|nn|euh|ou plutot) pas (?:le|la|les|l|mon|ma|mes|au|a la|en|du|de la|"
    r"des) \w+"
    # round 35: the child word put right at once into a student's place ("à la cantine du
    # collège avec mes potes enfin du resto u"); not "enfin au boulot" (a supervisor's work)
    r"|\b(?:enfin|euh|pardon|oups|ou plutot) (?:je veux dire |jveux dire )?(?:du|au|a la|de la|"
    r"a l|de l|en|mes|les) (?:resto u|restau u|ru|fac|univ|universite|amphi|bu|iut|partiels|"
    r"cite u|cite universitaire)\b"
)
"""Round 34: a word taken back in the message that said it ("je révise pour le brevet là,
enfin pas le brevet, mes partiels"): with a declared adult's child cue in that message, a slip
made and corrected at once, which no adult frame of the same message covers (not "euh non en
vrai je suis en 3e", an admission)."""
_RENAMED = collapsed(
    r"^(?:non |nan |nn |euh |enfin |bah |ben |mdr |ah |oups |pardon )*(?:ma|mon|mes) "
    + _RELATIVE
    + r"\b"
)
"""Round 25: an answer to someone's doubt that opens on a relative ("ta fille ?" … "ma cousine.
elle a 17 ans comme moi", "ta classe ?" … "non ma petite sœur"): the cue renamed, a slip."""
_HESITATION = re.compile(
    r"\b(?:ma|mon|mes|un|une|en|de|du|le|la|au|comme|dans)\s*(?:\.{2,}|…)\s*\w"
    r"|(?:\.{2,}|…)\s*enfin\b",
    re.IGNORECASE,
)
_OWNS = collapsed(
    r"\bj assume\b|\bet alors\b|\bpourquoi pas\b|\by a pas d age\b|\bchacun son truc\b"
    # round 29: an adult's reason for the parents' rules ("tant que j'habite chez eux c'est
    # leurs règles")
    r"|\btant que (?:j habite|je vis|jvis|j vis|je suis|jsuis|je loge) (?:encore )?chez "
    r"(?:eux|elle|lui|mes parents|ma mere|mon pere|mes darons)\b"
    # round 32: the same reason given by the lycée ("tant que je suis au lycée oui", "tant que
    # je suis en terminale"); not the collège
    r"|\btant que (?:je suis|jsuis|j suis|chui|je serai) (?:encore |toujours )?(?:au lycee|en "
    r"terminale|lyceen|lyceenne)\b"
)
"""The doubted writer owning the cue ("oui et j'assume", "et alors ?"): no cover, no doubt."""
_CAUGHT = (
    r"\b(?:t as|tu as|tu m as|t m as) (?:pas |pa )?dit (?:que|qu|j|je|ma|mon|mes|t|tu)\b"
    # round 24: "tu viens de dire que t'avais 17 ans", "t'avais dit ma", "u said my drive"; the
    # writer's own "je" quoted back ("t'as dit je conduis")
    r"|\b(?:tu viens de dire|tu venais de dire|t avais dit|tu avais dit|tu m avais dit) (?:que|qu|"
    r"j|je|ma|mon|mes|t|tu)\b|\b(?:u|you|u just|you just) said (?:my|ur|your|u|you|that|i)\b"
)
_TOO_YOUNG = collapsed(
    _CAUGHT + r"|\b(?:t|tu) (?:etais|etait|etai|etaient) (?:meme |encore )?pas (?:ne|nee|la)\b"
    r"|\b(?:t|tu) existais (?:meme |encore )?pas\b"
    r"|\b(?:on|nous) (?:etait|etions|etaient) (?:meme |encore )?pas (?:nes|nees|ne|la)\b"
    r"|\b(?:t es|tu es|t etais|tu etais) nee? en (?:20[0-2]\d)\b"
    r"|\btu (?:peux|peut|pouvais|pourrais) (?:pas|meme pas) (?:avoir|l avoir|les avoir|connaitre|"
    r"te souvenir|t en souvenir|t en rappeler|te rappeler|savoir)\b"
    r"|\bt as (?:pas|pa|meme pas) (?:pu|pus)\b"
    r"|\b(?:on|tu) (?:peut|peux) pas (?:\w+ ){0,5}a (?:1[0-7]) ans\b"
    r"|\bdepuis tes (?:\d|1[0-7]) ans\b"
    r"|\b(?:t as|tu as) (?:que |seulement |juste )?(?:1[0-7]) ans\b"
    r"(?! (?:toi|aussi|et toi|ou|non)\b)"
    # round 39: the declared age itself denied ("mdr t'as pas 16 ans"); not a condition ("si
    # t'as pas 16 ans tu peux pas")
    r"|(?<!\bsi )(?<!\bsi tu )\b(?:t as|tu as|t a) pas (?:1[0-7]) ans\b(?! (?:et|pour|tu|t)\b)"
    # round 39: the writer's age then, worked out and asked as the whole message ("t'avais 5
    # ans ?" after "je suis cariste depuis 10 ans"); not "t'avais 5 ans quand t'as déménagé ?"
    r"|^(?:mdr |donc |attends |euh |wtf |genre )?(?:t avais|tu avais|t avait) (?:genre |meme pas "
    r"|a peine )?(?:[0-9]|zero) ans$"
    r"|\bt es qui (?:mon|ton|le|la|ma) (?:grand pere|grand mere|papy|papi|mamie|pere|daron|"
    r"daronne|tonton)\b|\bok boomer\b"
    r"|\btu parles comme (?:un|une|mon|ma|ton|ta|les|des) (?:vieux|vieille|grand pere|grand mere|"
    r"papy|mamie|pere|mere|daron|daronne|darons|prof|boomer|parents|adulte)\b"
    # round 26: the writer's age then worked out from a year they gave ("en 2010 t'avais 0
    # ans", "t'avais 3 ans en 2012")
    r"|\ben (?:19|20)\d\d (?:t avais|tu avais|t avait) (?:genre |meme pas |a peine )?"
    r"(?:\d|1[0-7]|zero) ans?\b"
    # round 27: the age guessed as a question, even below zero ("t'avais quoi, -8 ans ?", "tu
    # avais quoi 3 ans")
    r"|\b(?:t avais|tu avais|t avait|t etais|tu etais) quoi (?:genre |moins )?(?:\d|1[0-2]|zero)"
    r" ans?\b"
    r"|\b(?:t avais|tu avais) (?:genre |meme pas |a peine )?(?:\d|1[0-2]|zero) ans? (?:en (?:19|20)"
    r"\d\d|a l epoque|a ce moment la)\b"
    r"|\b(?:c etait|c est sorti|c etait sorti|c est sortie|ca date de|ca date) (?:en |de )?"
    r"(?:19[5-9]\d|200\d)\b|\b(?:19[5-9]\d|200\d) (?:t existais|tu existais|t etais)\b"
)
"""Round 23: what listeners tell a declared teen whose adult cue they do not believe."""
_TOO_CHILDISH = collapsed(
    _CAUGHT + r"|\btu parles comme (?:un|une|mon|ma|les|des) (?:gamin|gamine|enfant|bebe|ado|"
    r"gosse|collegien|collegienne|petit|petite|petits)\b"
    r"|\bc est (?:pas )?(?:un truc |un jeu |une serie |un dessin anime )?pour (?:les )?(?:enfants|"
    r"gamins|bebes|petits|gosses|ados|collegiens)\b"
    r"|\b(?:t es|tu es|t serais|tu serais) (?:pas )?(?:un|une) (?:gamin|gamine|enfant|gosse|"
    r"collegien|collegienne)\b"
    r"|\bpour les moins de (?:1[0-7]|[6-9]) ans\b"
    # round 32: the writing itself likened to a child's ("t'écris comme un petit"); the cue
    # placed in the collège or primary school ("l'ASSR c'est au collège ça", "ça c'est en
    # primaire")
    r"|\b(?:tu ecris|t ecris|tu ecrit|t ecrit|tu tapes|t tapes) comme (?:un|une|mon|ma|les|des) "
    r"(?:gamin|gamine|enfant|bebe|ado|gosse|collegien|collegienne|petit|petite|petits)\b"
    r"|\b(?:c est|c|ca c est|ca se passe|on passe ca|on fait ca) (?:au college|en primaire|a l "
    r"ecole primaire|en (?:6e|5e|4e|3e|6eme|5eme|4eme|3eme|cm1|cm2))(?: ca)?(?: non)?$"
    # round 37: the adult age the writer's profile declares, set against their child cue ("mdr
    # t'as 25 ans sur ton profil", "ton profil dit 22 ans", "c'est marqué 19 sur ton profil")
    r"|\b(?:t as|tu as|t a|t es|tu es) (?:1[89]|[2-9]\d) (?:ans )?(?:sur|d apres|selon) "
    r"(?:ton|le|ta) (?:profil|bio|pp)\b"
    r"|\b(?:ton|le) profil (?:dit|indique|affiche|met|marque) (?:que t as |que tu as )?"
    r"(?:1[89]|[2-9]\d)\b"
    r"|\b(?:c est|c) (?:marque|ecrit) (?:1[89]|[2-9]\d) (?:ans )?sur ton profil\b"
)
"""Round 23: what listeners tell a declared adult whose child cue they do not believe."""
_OFFERED = collapsed(r"\btu (?:veux|voulais) dire\b")
"""Round 23: a listener offering the writer a correction ("au travail tu veux dire ?", "chez
tes parents tu veux dire"): a doubt, whatever its length."""
_DOUBT_AGE = re.compile(
    r"(?:^|\ba |\bt as |\btu as |\bt a )(?:(?:1\d|[2-9]\d) (?:ou )?)?(?:1\d|[2-9]\d) ans\b"
)
"""An age restated in a question ("à 19 ans ?", round 25: a range, "donc t'as 14/15 ans ?")."""
_DOUBT_LEVEL = collapsed(
    r"\b(?:t es|tu es|t etais|tu etais|t etait|tes) (?:pas|plus) (?:en|au|a la|a l) (?:seconde|"
    r"2nde|premiere|1ere|terminale|3e|3eme|4e|4eme|5e|5eme|6e|6eme|college|lycee|fac|universite)\b"
)
"""Round 25: a listener restating the writer's school year as a question ("t'es pas en seconde
?" after a teen's "ça fait longtemps que c'est derrière moi", "t'es pas à la fac ?")."""
_KIN_AGE = collapsed(
    r"\b(?:il|elle|ils|elles) (?:a|ont|avait) (?:quel|kel|ql) ages? (?:ton|ta|tes) "
    + _RELATIVE
    + r"\b|\b(?:ton|ta|tes) "
    + _RELATIVE
    + r" (?:il |elle |ils |elles )?(?:a|ont|avait) (?:quel|kel|ql) "
    r"ages?\b"
)
"""Round 34: the age of a relative everyone has asked ("il a quel âge ton cousin ?" after "mon
cousin travaille aux impôts"): a question about that relative, no doubt of the writer's cue
(not "ta fille a quel âge ?", a child a teen cannot have)."""
_ECHO_STOP = frozenset(
    {"avec", "quoi", "comment", "pourquoi", "toi", "vous", "tout", "bien", "alors", "vraiment"}
)


def _may_slip(told: _User | None, cues: list[Rule], now: float) -> bool:
    """Whether the slip and the doubt need reading (`MinorsGuard._slip`): the message has a
    cue of the other band, or the writer's last such cue is recent or questioned. Most
    messages: neither."""
    return bool(cues) or (told is not None and (told.doubt_open or now - told.cued <= DOUBT_WINDOW))


def _cue_words(plain: str) -> frozenset[str]:
    """The longer words of a message that carried a child cue (at most 12): a short question
    of someone else's that repeats one of them doubts it."""
    return frozenset([w for w in plain.split() if len(w) >= 4 and w not in _ECHO_STOP][:12])


NO_DOUBT, DOUBT, DISBELIEF = 0, 1, 2


_BARE_QUESTION = collapsed(r"^(?:quel|quelle|quels|quelles|c est quoi|c quoi|comment ca|hein)\b")
"""Step G (fortieth sitting): what opens a question asked without its mark."""


def _doubts(text: str, plain: str, words: frozenset[str], minor: bool = False) -> int:
    """How `text` questions a cue of the other band whose message had `words`, written by a
    declared minor (`minor`) or adult: `DISBELIEF` when it says the writer could not have lived
    it or talks like the other band (round 23, `_TOO_YOUNG`, `_TOO_CHILDISH`: with or without a
    question mark); `DOUBT` for a question restating an age ("à 19 ans ?"), offering a
    correction ("tu veux dire"), or a short question (six words at most, round 23: each
    question of the message on its own) echoing one of its words; `NO_DOUBT` otherwise."""
    if (_TOO_YOUNG if minor else _TOO_CHILDISH).search(plain) is not None:
        return DISBELIEF
    if _KIN_AGE.search(plain) is not None:
        return NO_DOUBT
    if "?" not in text:
        # step G (fortieth sitting): a short question asked without its mark ("quel bureau")
        said = plain.split()
        bare = len(said) <= 4 and _BARE_QUESTION.match(plain) is not None
        return DOUBT if bare and any(w in words for w in said) else NO_DOUBT
    if (
        _DOUBT_AGE.search(plain) is not None
        or _OFFERED.search(plain) is not None
        or _DOUBT_LEVEL.search(plain) is not None
    ):
        return DOUBT
    said = plain.split()
    if len(said) <= 6:
        return DOUBT if any(w in words for w in said) else NO_DOUBT
    for question in text.split("?")[:-1]:
        asked = fold(question).plain.split()
        if 0 < len(asked) <= 6 and any(w in words for w in asked):
            return DOUBT
    return NO_DOUBT


def _doubt_of(told: _User, text: str, plain: str, now: float) -> int:
    """How this message of someone else's doubts `told`'s last cue of the other band (within
    `DOUBT_WINDOW`, one doubt per cue; round 23: a disbelief may still follow an echo, "ta
    fille ??" … "t'as 17 ans"), `NO_DOUBT` if not."""
    if now - told.cued > DOUBT_WINDOW or (
        told.doubted >= told.cued and told.disbelief >= told.cued
    ):
        return NO_DOUBT
    doubt = _doubts(text, plain, told.cue_words, told.age < 18)
    if doubt == DOUBT and told.doubted >= told.cued:
        return NO_DOUBT
    return doubt


def _note_doubt(told: _User, doubt: int, now: float) -> None:
    """Record the doubt on `told`, to be read at their answer (`MinorsGuard._slip`)."""
    told.doubted, told.doubt_open = now, True
    told.disbelieved = doubt == DISBELIEF
    if told.disbelieved:
        told.disbelief = now


def _unechoed(cues: list[Rule]) -> list[Rule]:
    """A doubting message's own cues of its band, less those it only echoes (round 23: "à la
    récré ?" is no child's school, "tes enfants ??" no parent's): an age or an admission stays."""
    return [r for r in cues if r.id in ECHO_KEPT]


ECHO_KEPT = frozenset(
    {
        "c.self_age",
        "c.self_age_reply",
        "c.age_answer",
        "c.birth_year",
        "c.admits_lie",
        "a.self_age",
        "a.age_answer",
        "a.self_age_more",
        "a.birth_year",
        "a.admits_lie",
    }
)
