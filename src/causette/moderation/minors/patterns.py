"""What a rule is, how its patterns are compiled, and the phrase fragments the
self-description tables share.

Patterns match the folded forms of `fold.py` (lower case, no accents, no
punctuation, repeated letters collapsed: write "colege", "bele", "persone").
The tables themselves are in `grooming_rules.py`, `child_rules.py` and
`adult_rules.py`; `rules.py` matches a message against them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Rule", "collapsed"]


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern. `label` is the French wording shown to moderators."""

    id: str
    family: str
    weight: float
    label: str
    pattern: re.Pattern[str]
    cap: int = 1  # distinct messages the rule may count in


# Patterns are written naturally; doubled letters are collapsed like the text is
# ("collège" -> "colege"), leaving escapes such as \s alone.
_DOUBLE = re.compile(r"(?<!\\)([a-z])\1+")


def collapsed(pattern: str) -> re.Pattern[str]:
    """A pattern written naturally, compiled with its doubled letters collapsed."""
    return re.compile(_DOUBLE.sub(r"\1", pattern))


def _r(
    rule_id: str, family: str, weight: float, label: str, *alternatives: str, cap: int = 1
) -> Rule:
    joined = "|".join("(?:" + _DOUBLE.sub(r"\1", alt) + ")" for alt in alternatives)
    return Rule(rule_id, family, weight, label, re.compile(rf"\b(?:{joined})\b"), cap)


# Fragments both self-description tables read: "j'ai", an age that is not a duration, and the
# admissions of a false age.
# fmt: off
_J_AI = r"(?:j ai|jai|g|j ai que|jai que|j ai seulement|moi j ai|moi jai)"
_NOT_DURATION = r"(?! (?:de|d|dans|que|qu|quand|a la)\b)"
# Round 35: a later age told after a first one, in order ("moi 15 ans en stage de 3e, puis
# plonge à 17"): the ages of a working life, the first one then, not now.
_LATER_AGE = r"\b(?:puis|ensuite|apres) (?:\w+ ){0,3}a (?:1\d|[2-9]\d)\b"

# "j'ai menti pour pouvoir venir", "j'ai mis 16 sinon on me refusait", "mon profil dit 17
# mais rajoutez 15 ans": the writer says their declared age is false (round 7; both bands).
_ADMITS = (
    r"j ai (?:menti|triche) (?:sur mon age|sur ma date de naissance|pour (?:pouvoir )?"
    r"(?:venir|m inscrire|entrer|etre ici|etre la|parler|acceder))",
    r"(?:j ai|jai) mis (?:\d{1,2}|un faux age|n importe quoi|un autre age)(?: ans)? "
    r"(?:sinon|pour|mais|parce|car|histoire)",
    r"mon (?:profil|compte) (?:dit|indique|affiche|met) \d{1,2}",
    r"(?:rajoute|rajoutez|ajoute|ajoutez|enleve|enlevez|retire|retirez) (?:\d{1,2}|quelques|"
    r"une dizaine d) ans",
    r"(?:je suis |jsuis |chui )?pas vraiment (?:un ado|une ado|ado|en (?:premiere|seconde|"
    r"terminale|3e|3eme)|au lycee|au college|mineure?|majeure?|adulte)",
    # round 8: "j'ai triché sur l'âge", "j'ai mis plus vieux", "je suis pas vraiment 24"
    r"j ai (?:menti|triche) sur (?:l age|mon age|ma date|mon annee)",
    r"(?:j ai|jai) mis (?:plus|moins) (?:vieux|vieille|age|agee|jeune)",
    # round 39: the age said to be let in ("j'ai dit 19 pour m'inscrire", "g dit 18 sinon on
    # me laissait pas"); not "j'ai dit 19h pour le rdv", "j'ai dit 20 pour le cadeau"
    r"(?:j ai|jai|g) (?:dit|marque|ecrit|tape|rentre) (?:\d{1,2})(?: ans)? (?:pour (?:pouvoir )?"
    r"(?:m inscrire|entrer|rentrer|venir|etre accepte|etre acceptee|avoir un compte|creer mon "
    r"compte)|sinon)\b",
    # round 58: the true age before the one put on the site ("… mais sur le site j'ai mis 19")
    r"\b(?:mais|sauf que) (?:sur le site|ici|sur mon profil|sur l appli) (?:j ai|jai) mis "
    r"(?:1[89]|[2-9]\d)\b",
    r"(?:je suis |jsuis |chui )?pas vraiment (?:\d{1,2})\b"
    r"(?! (?:euros|e|km|kg|h|min|minutes|fois))",
    r"mon profil (?:est|n est) pas a jour",
    # round 18: the declared age pointed at as the profile's, answering surprise ("t'as 17
    # ans ?" "c'est ce que dit le profil", "17 comme le profil dit 😉"); not "ton profil"
    r"(?:c est |c |comme )?(?:ce que|ce qu) (?:dit|indique|affiche|met) (?:le|mon) profil\b",
    r"(?:comme|selon|d apres) (?:le|mon) profil(?: (?:dit|l indique|indique))?\b",
    # round 19: "c'était pour entrer ici"
    r"(?:c etait|c est|c) (?:juste )?pour (?:pouvoir )?(?:entrer|rentrer|venir|m inscrire|etre "
    r"accepte|etre acceptee) (?:ici|sur le site|sur le chat|dans le salon)\b",
    # round 24: the age put on the site to be let in ("mets 17 sur le site sinon on peut pas se
    # parler")
    r"(?:mets|met|je mets|j ai mis|jai mis) (?:\d{1,2}|un faux age)(?: ans)? sur (?:le site|mon "
    r"profil|l appli|le chat|mon compte) (?:sinon|pour|parce|car)\b",
    # round 25: the age or birth year put in the present tense ("jmet 2007 sinon on me laisse
    # pas", "je mets 18 pour entrer")
    r"(?:je mets|je met|jmet|jmets|j mets|j met) (?:\d{1,4}|un faux age)(?: ans)? (?:sinon|pour|"
    r"parce|car)\b",
    # round 62 (`devbl-g-031`): the age just given taken back at once ("18... ok not really",
    # "19 bon pas vraiment"); not "pas vraiment" of something else after a number
    r"^(?:1[5-9]|[2-9]\d)(?: ans| years?)? (?:(?:ok|okay|bon|enfin|well|fine|mdr|lol|euh|"
    r"hmm) )*(?:not really|pas vraiment|pas tout a fait|not quite)$",
)
# fmt: on
