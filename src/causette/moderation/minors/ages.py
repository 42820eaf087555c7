"""Self-descriptions that need a number read, the clock or the conversation.

`rules.py` holds fixed patterns; what they cannot say alone lives here:

* an age given as a bare answer ("37", "14 et toi") counts as the writer's own
  age only when the partner has just asked it (`asked`), otherwise a child age
  counts as the weaker bare reply;
* future and elliptic ages ("j'aurai 14 ans en mars", "moi j'en ai 14",
  "à 45 ans on ...", "pour mes 40 ans");
* birth years and dated milestones read against the year of `now` ("née en 1976",
  "je suis de 2012", "bac il y a 25 ans", "mon bac en 1998", "je vote depuis 20 ans");
* every one of them is dropped when the sentence is about someone else
  ("mon fils a 7 ans", "il est né en 2012", "son bac en 1998");
* `past_frame`: a message set in the writer's distant past ("quand j'étais au
  collège…", "à 14 ans j'avais…", "pour mes 15 ans j'ai eu…", "en 2004"): an adult's
  memories of school and childhood are not a child's self-description.

Pure; the patterns are compiled once and most messages hold no digit, so the
common case is one `any()` over the text.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator

from causette.moderation.minors.fold import Folded
from causette.moderation.minors.patterns import _LATER_AGE as _LATER_AGE_TOLD
from causette.moderation.minors.patterns import Rule, collapsed
from causette.moderation.minors.rules import Gate

__all__ = [
    "ANSWER_WINDOW",
    "ROOM_ANSWER_WINDOW",
    "asks_age_back",
    "asks_age_then",
    "asks_someone_elses_age",
    "narrated",
    "numeric_self",
    "opens_with_an_age",
    "past_frame",
    "recalled_age",
    "third_person_before",
]

ANSWER_WINDOW = 15 * 60.0
"""A bare number counts as an answer to an age question asked at most this long ago (DM)."""
ROOM_ANSWER_WINDOW = 5 * 60.0
"""The same in a room, where the question may be for anyone: a shorter window."""

_NEVER = re.compile(r"(?!)")


def _rule(rule_id: str, family: str, weight: float, label: str) -> Rule:
    return Rule(rule_id, family, weight, label, _NEVER)


C_ANSWER = _rule("c.age_answer", "self_age", 3.0, "répond à « quel âge » par un âge de mineur")
C_BARE = _rule("c.self_age_bare", "self_age", 2.0, "donne un âge de mineur en réponse")
C_FUTURE = _rule("c.self_age_more", "self_age", 3.0, "donne son âge de mineur (autre tournure)")
C_RECALLED = _rule(
    "c.age_recalled", "self_age", 1.5, "parle au passé composé de ses années de mineur"
)
C_BIRTH = _rule("c.birth_year", "birth_year", 3.0, "année de naissance de mineur")
A_ANSWER = _rule("a.age_answer", "self_age", 3.0, "répond à « quel âge » par un âge d’adulte")
A_FUTURE = _rule("a.self_age_more", "self_age", 3.0, "donne son âge d’adulte (autre tournure)")
A_AT_AGE = _rule("a.at_age", "self_age", 2.5, "parle de soi « à 45 ans »")
A_BIRTH = _rule("a.birth_year", "birth_year", 3.0, "année de naissance d’adulte")
A_SINCE = _rule("a.since_years", "milestone", 3.0, "vote, conduit ou travaille depuis des années")
A_BAC = _rule("a.bac_year", "milestone", 3.0, "a passé le bac (ou le permis) il y a longtemps")
A_PAST_AGE = _rule(
    "a.past_age", "self_age", 3.0, "dit avoir eu, par le passé, un âge au-dessus de son âge déclaré"
)
A_LIVED = _rule(
    "a.lived_before_birth",
    "lived",
    2.0,
    "dit avoir vécu, travaillé ou été quelque part une année d’avant sa naissance",
)

RULES: tuple[Rule, ...] = (
    C_ANSWER, C_BARE, C_FUTURE, C_RECALLED, C_BIRTH,
    A_ANSWER, A_FUTURE, A_AT_AGE, A_BIRTH, A_SINCE, A_BAC, A_PAST_AGE, A_LIVED,
)  # fmt: skip

_NOT_SPAN = r"(?! (?:de|d|que|qu|dans|a la|plus|moins|apres|avant|plus tard|d ecart)\b)"
# "13 ans mais chut", "37 ans pourquoi tu demandes": an age at the start of a message.
_LEAD = collapsed(
    r"^(?:et )?(?:moi |perso |bah |ben |euh |bon |alors |oui |ouais |en vrai |j ai |jai |g )*"
    r"(\d{1,2}) ?(?:ans|an|balais|piges)\b"
    + _NOT_SPAN
    # "11 ans pour l'entrée au collège": an age for something, not the writer's (round 7)
    + r"(?! pour (?:l|la|le|les|son|sa|ses|leur|leurs|mon|ma|mes|un|une)\b)"
)
_TAIL = (
    r"(?: (?:et toi|toi|et vous|mdr|lol|haha|hihi|pourquoi|pk|pq|bientot|et demi|"
    r"tu|t|ah|oui|ouais|voila|enfin|presque|depuis|hier|ce mois ci|la semaine derniere|"
    # round 18: "40 mais chut" answering "vous avez quel âge ?"
    r"chut|mais chut|mais dis rien|dis rien|"
    # round 35: the true age owned with an apology ("... 14. désolé")
    r"desole|dsl|pardon))*"
)
# "37", "moi 37 ans", "bah 15 et toi", "j en ai 14", "15 ans mdr": the whole message.
_BARE = collapsed(
    r"^(?:et )?(?:moi |perso |bah |ben |euh |bon |alors |oui |ouais |j ai |jai |g |j en ai |"
    r"jen ai |j ai que |moi j ai |moi j en ai |moi jai |moi c est |mon age |mon age c est |"
    r"c est |en vrai |genre |non |nn |nan |mdr |lol |ok |bon ben |pour de vrai |"
    # round 38: "bientôt 14", "presque 15 ans" (the age about to come, the whole message)
    r"bientot |presque )*"
    r"(\d{1,2})(?: ?ans| ?a| balais| piges)?" + _TAIL + r"$"
)
# "2012", "moi 1989": a year alone, answering "t'es de quelle année ?" (round 7)
_BARE_YEAR = collapsed(
    r"^(?:et )?(?:moi |perso |bah |ben |euh |oui |ouais |non |nn |nan |mdr |c est |en vrai |"
    r"genre |je suis de |jsuis de |chui de |nee? en )*"
    + r"((?:19[3-9]\d|20[0-2]\d))"
    + _TAIL
    + r"$"
)
# "2013 mais chut", "2012 en vrai j'ai menti": a year leading a message, answering "t'es de
# quelle année ?" (round 8)
_LEAD_YEAR = collapsed(
    r"^(?:et )?(?:moi |bah |ben |euh |en vrai |genre )*((?:19[3-9]\d|20[0-2]\d)) "
    r"(?:mais|chut|en vrai|jsuis|je suis|stp|dis|j ai menti|pourquoi)\b"
)
# Ages said another way; the group is the age.
_J_AI = (
    r"(?:j ai|jai|g|moi j ai|moi jai|j ai eu|jai eu)(?: (?:genre|que|seulement|juste|pas encore|"
    r"presque|bientot|deja|a peine|tout juste|pile|officiellement|en vrai|vraiment|quand meme))*"
)
_MORE = collapsed(
    # round 12: not "depuis que j'ai 10 ans" (when a habit began, not the age now)
    # round 36: nor "j'ai souvenir de mes 14 ans", "je me rappelle mes 14 ans" (an age
    # remembered, not the age now)
    # round 42: nor "moi depuis mes 17 ans" (when an illness or a habit began)
    r"\b(?<!depuis que )(?<!depuis )(?<!souvenir de )(?<!souvenirs de )(?<!souviens de )"
    r"(?<!rappelle de )"
    r"(?<!rappelle )(?:(?:j aurai|jaurai|j aurais)"
    r"(?: que| seulement| juste| bientot| meme pas)?|je vais avoir|"
    r"jvais avoir|j vais avoir|je vais sur mes|"
    r"bientot|je fete mes|j fete mes|mes|"
    r"pour mes|a mes|(?:mon|l) anniv(?:ersaire)? de|je viens d avoir|jviens d avoir|"
    r"j en aurai|j en ai eu|j ai fete mes|" + _J_AI + r")"
    r" (\d{1,2}) ?(?:ans|an|balais|piges|printemps)\b" + _NOT_SPAN + r""
    r"|\b" + _J_AI + r" (\d{1,2})" + _TAIL + r"$"
    r"|\b(?:je suis|jsuis|chui|moi|en tant que) (?:un|une) (?:\w+ ){1,2}de (\d{1,2}) ?ans\b"
    # round 7
    r"|\b(?:je suis|jsuis|chui|moi|en tant que) (?:un|une|le|la) (?:\w+ ){0,2}de (?:plus de )?"
    r"(\d{1,2}) ?ans\b"
    r"|\b(?:j ai|jai) souffle (?:mes )?(\d{1,2}) bougies\b"
    r"|\b(?:j ai|jai) (?:depasse|passe) (?:les|la barre des) (\d{1,2}) ans\b"
    r"|\b(?:moi c est|mon age c est|mon age|perso c est|et moi) (\d{1,2})\b"
    r"(?! (?:euros|e|km|kg|h|min|cm|m|heures|fois|minutes|jours|mois|semaines|balles|%))"
    r"|\bj ?en aurai (\d{1,2})(?: ans| balais| piges)?"
    # round 18: "en mars, j'aurai 35" (the birthday asked)
    r"|\b(?:j aurai|jaurai) (\d{1,2})" + _TAIL + r"$"
    r"|\bj ?en ai (?:que |seulement |bientot |presque |deja |juste |pile )?(\d{1,2})"
    r"(?: ans| balais| piges)?" + _TAIL + r"$"
    # round 13: "j'en ai 13, sinon on peut pas s'inscrire", "j'en ai 12 en vrai"
    r"|\bj ?en ai (?:que |seulement |vraiment )?(\d{1,2})(?: ans)? (?:sinon|en vrai|chut|dis rien|"
    r"mais chut|mais dis rien|pour de vrai)\b"
    # round 44: not a household's teen ("pareil chez moi, 15 ans et plus un mot à table")
    r"|(?<!chez )\b(?:moi|perso) (?:j en ai |jen ai |j ai |jai )?(?:que |seulement |bientot |"
    r"presque )?(\d{1,2}) ?(?:ans|balais|piges)\b" + _NOT_SPAN + r""
)
# "j'avais 15 ans en 1998": the age then, plus the years since.
_THEN = collapsed(
    r"\bj (?:avais|ai eu) (\d{1,2}) ans en ((?:19|20)\d\d)\b"
    r"|\ben ((?:19|20)\d\d) j (?:avais|ai eu) (\d{1,2}) ans\b"
)
# "j'ai eu 18 ans y a 20 ans": the age then plus the years since (round 7).
_THEN_AGO = collapsed(r"\bj (?:avais|ai eu) (\d{1,2}) ans (?:il y a|ya|y a) (\d{1,2}) ans\b")
# "quand j'étais au lycée en 2003", "1998, j'étais au collège": a school then, so an age then.
_SCHOOL_THEN = collapsed(
    r"\bj etais (?:au|en|a la) (college|6e|5e|4e|3e|6eme|5eme|4eme|3eme|lycee|seconde|premiere|"
    r"terminale|fac) (?:en|vers|dans les annees) ((?:19|20)\d\d)\b"
    r"|\b((?:19|20)\d\d)\b.{0,25}\bj etais (?:au|en|a la) (college|6e|5e|4e|3e|6eme|5eme|4eme|"
    r"3eme|lycee|seconde|premiere|terminale|fac)\b"
    # round 8: "moi au lycée c'était en 2008"
    r"|\b(?:moi |perso )?(?:au|en|a la) (college|lycee|seconde|premiere|terminale|fac) c etait "
    r"(?:en|vers|dans les annees) ((?:19|20)\d\d)\b"
)
SCHOOL_AGE = {"college": 11, "lycee": 15, "seconde": 15, "premiere": 16, "terminale": 17, "fac": 18}
"""The youngest age at each level (a class of collège counts as 11)."""
# "à 45 ans on ...": said of oneself at the start of a message.
_AT_AGE = collapsed(r"^(?:moi |perso |bah |ben )?a (\d{2}) ans (?:on|je|j|t|tu|faut|il|c)\b")
_YEAR = r"((?:19[3-9]\d|20[0-2]\d))"
_BIRTH = collapsed(
    r"\b(?:nee?s?|naissance|je suis|jsuis|chui|suis|moi|perso|je suis une?|chui une?|jsuis une?)"
    rf" (?:en |de |d |l annee |annee |une? )?{_YEAR}\b"
    r"(?! (?:et (?!alors|toi|vous)|a|pour|en|dans|j|jusqu|c etait|c etaient|ct|on avait|"
    r"y avait|il y avait|on etait|c etait les|j avais))"
    r"|\b(?:nee?s?|je suis|jsuis|chui) (?:en |de |d )((?:[4-9]\d))\b(?! (?:ans|kg|km|euros))"
    rf"|{_YEAR} (?:c est )?(?:mon annee de naissance|mon annee|ma date de naissance)\b"
)
_WE_BEFORE = collapsed(
    r"\b(?:on est|on etait|nous sommes|ns sommes|on|nous)"
    r"(?: tous| toutes| les deux| tous les deux)? $"
)
_BOTH_OF_US = collapsed(r" (?:(?:tous|toutes) les deux|comme moi)\b")
"""Round 21: "nés" / "nées" (folded "nes") is the writer's birth only after "on est", "nous
sommes": otherwise a plural participle is others' ("mes joueurs, nés en 2012")."""
_BAC = collapsed(
    r"\b(?:(?:mon|le|j ai eu|j ai passe|j ai eu mon|j ai eu le|j ai passe mon|j ai passe le|"
    r"eu mon) )?(?:bac|permis)(?: c etait| c est| je l ai eu| je l ai passe| je l ai eu)?"
    r"(?: (?:il y a|ya|y a|depuis|en|de|ca fait|ca va faire)) (?:(\d{1,2}) ans|" + _YEAR + r")"
)
_SINCE = collapsed(
    r"\b(?:je|j|moi je) (?:vote|conduis|travaille|bosse|enseigne|suis marie|suis mariee|"
    r"suis divorce|suis divorcee|suis a la retraite|suis retraite|suis retraitee|paie des impots|"
    r"paye des impots|suis proprio|suis proprietaire|ai le permis|ai mon permis|fume|cotise)"
    r" depuis (?:plus de |presque |bientot |pres de |au moins )?(\d{1,2}) ans"
    r"|\bca fait (?:plus de |presque |bientot )?(\d{1,2}) ans que (?:je|j) (?:vote|conduis|"
    r"travaille|bosse|enseigne|suis marie|ai le permis|ai mon permis|paie|paye|cotise|rembourse|"
    # round 13: "ça fait 6 ans que je suis dans la même boîte"
    r"suis dans (?:la meme|cette|ma|la) (?:boite|entreprise|societe|equipe|agence))"
    # round 7: "30 ans de carrière", "20 ans d'expérience", "engagé 8 ans"
    r"|\b(\d{1,2}) ans (?:de carriere|d anciennete|de metier|de service|de mariage|"
    r"de vie commune|de boite|de maison)\b"
    r"|\b(\d{1,2}) ans d experience\b(?= (?:dans|en|chez|comme|au|a la|ca)\b|$)"
    r"|\bj ai ete (?:engagee?|militaire|soldat|mariee?|pacsee?) (?:pendant )?(\d{1,2}) ans"
    # a job held for years: "gérant depuis 10 ans", "infirmier, de nuit depuis 6 ans"
    r"|\b(?:gerante?|cheffe?|infirmiere?|patronne?|responsable|directeur|directrice|manager|"
    r"cadre|professeure?|fonctionnaire|militaire|salariee?|employee?|proprietaire|policiere?|"
    r"gendarme|medecin|avocate?|comptable|ingenieure?|en poste|a l usine|a mon compte|"
    r"auto entrepreneur|independante?)\b(?: \w+){0,4} depuis (?:plus de |presque )?"
    r"(\d{1,2}) ans"
    # round 42: leading a team or a group for years ("j'encadre une équipe depuis 15 ans")
    r"|\b(?:j encadre|j entraine|je coache|j anime)\b(?: \w+){0,3} depuis (?:plus de |presque )?"
    r"(\d{1,2}) ans"
    # round 43: apprentices or interns taken on for years, a master's part ("ça fait 10 ans
    # que je prends des apprentis en cuisine", "je forme des alternants depuis 8 ans"); not
    # "ça fait 2 ans que je suis apprenti", "mon père prend des apprentis depuis 10 ans"
    r"|\bca fait (?:plus de |presque |bientot )?(\d{1,2}) ans que (?:je|j) (?:prends|forme|"
    r"encadre|accueille|ai) (?:des |mes )?(?:apprentis|apprenties|stagiaires|alternants|"
    r"alternantes)\b"
    r"|\b(?:je (?:prends|forme|accueille)|j accueille) (?:des )?(?:apprentis|apprenties|"
    r"stagiaires|alternants|alternantes)\b(?: \w+){0,3} depuis (?:plus de |presque )?(\d{1,2}) ans"
)
SINCE_MIN = (3, 3, 3, 10, 3, 5, 8, 5, 5)
"""Per form of `_SINCE` (its groups, in order), the years that make the writer an adult:
voting or driving for 3 years, but 10 years of "expérience" (a teen may have 3 of
baby-sitting) and 5 years in a job."""
# "la voiture que j'ai depuis 2009", "je vis ici depuis 2001": owning, living or doing
# something since a year before any minor was born.
_SINCE_YEAR = collapsed(
    r"\b(?:j ai|je l ai|je les ai|que j ai|j habite|je vis|je bosse|je travaille|je conduis|"
    r"je vote|je cotise|je suis|jsuis|chui|je connais|je joue)\b(?: \w+){0,4} depuis "
    + _YEAR
    + r"\b"
)
MINOR_SPAN = 18
"""Years since a date that no minor can have lived (a thing of one's own since then)."""
# "j'avais 17 ans", "j'ai commencé à bosser à 20 ans": an age the writer once had (not "si
# j'avais 18 ans", a wish).
_PAST_AGE = collapsed(
    r"(?<!\bsi )(?<!\bcomme si )\bj avais (\d{1,2}) ans\b" + _NOT_SPAN + r""
    r"|\bj ai (?:commence|debute|arrete) (?:a|de) (?:bosser|travailler|fumer|conduire) "
    r"(?:a|vers) (\d{1,2}) ans\b"
    # round 42: "j'ai mal au dos depuis mes 40 ans", "à l'usine depuis mes 20 ans" (an age the
    # writer had when something began, no longer read as the age now by `_MORE`)
    r"|\bdepuis mes (\d{1,2}) ans\b"
)
# Round 42: a year and one's own life then, as a grown-up's ("j'ai vécu Hugo en 89, j'avais
# déjà mon premier boulot", "rien ne vaudra 98, j'étais au bar avec mes collègues"): read for a
# declared minor when the year is before their birth. Not "en 98 j'étais même pas né", nor
# "si j'avais vécu en 89", nor "en 98 mon père était au bar".
_NOT_UNIT = (
    r"(?! ?(?:minutes?|mins?|mn|secondes?|sec|s|h|heures?|jours?|semaines?|mois|ans?|km|kms|m|"
    r"metres?|kilos?|kg|euros?|e|balles|pour ?cent|fois|personnes?|pages?|points?|pts)\b)"
)
"""Step AB (forty-second sitting): a two-digit number followed by a unit ("pendant 45
minutes", "en 90 secondes") is no year of the last century."""
_I_LIVED = (
    r"(?<!\bsi )(?:j ai vecu|j etais|j avais|je bossais|je travaillais|je vivais|j habitais|"
    r"j ai bosse|j ai travaille|j ai fait)\b"
    r"(?! (?:pas|meme pas|encore pas|pas encore) (?:nee?|la|ne)\b)"
)
_LIVED_YEAR = collapsed(
    r"\b(?:en|vaudra|vaut|l ete|l hiver|l annee|annee|mondial|coupe du monde(?: de)?) "
    r"((?:19|20)\d\d|[4-9]\d)\b"
    + _NOT_UNIT
    + r",? (?:\w+ ){0,2}"
    + _I_LIVED
    + r"|"
    + _I_LIVED
    + r"(?: \w+){0,4} (?:en|pendant|durant) ((?:19|20)\d\d|[4-9]\d)\b"
    + _NOT_UNIT
)
# "le bac ? moi je l'ai passé en 2004": the bac named, then "je l'ai eu" a year or years ago.
_BAC_LATER = collapsed(
    # round 20: the driving code too, "du premier coup"
    r"\b(?:bac|permis|code)\b.{0,40}?\bj(?:e)? ?l ai (?:passe|eu|rate|obtenu|eu mon) "
    # round 13: "moi je l'ai eu avec mention y a 12 ans"
    r"(?:(?:avec|sans|du) (?:\w+ ){0,2})?(?:en |il y a |ya |y a )(?:(\d{1,2}) ans|" + _YEAR + r")"
    r"|\b(?:promo|promotion) " + _YEAR + r"\b"
    # round 18: "le bac approche" "moi j'ai eu le mien en 1998 avec mention"
    r"|\bj ?(?:ai eu|ai passe|ai obtenu) le mien (?:(?:avec|sans) (?:\w+ ){0,2})?en "
    + _YEAR
    + r"\b"
)
# Round 20: "moi je l'ai eu du premier coup, y a 15 ans" answering a talk of the driving code:
# an exam passed first time, the thing unnamed, so long ago that no minor took it then.
_FIRST_TRY = collapsed(
    r"\bj(?:e)? ?l ai (?:eu|passe|obtenu|eue) du premier coup (?:il y a|ya|y a) (\d{1,2}) ans\b"
)
FIRST_TRY_YEARS = 10
"""Years since an unnamed exam passed first time that make the writer an adult (a teen's
brevet was 3 years ago; a named bac, permis or code counts from 3, `_BAC_LATER`)."""
# "14 et toi": a digit, then the question back at the end. Searched as the question first,
# then a digit before it: `\d.*\b(?:et toi|toi|et vous)$` in one pattern backtracks over the
# whole text from every digit (quadratic on a long number).
_ASKS_BACK = collapsed(r"\b(?:et toi|toi|et vous)$")

# Someone else is the subject: a relative or a third-person pronoun close before the match,
# with no first person after it ("mon fils a 7 ans", "il est né en 2012", "son bac en 1998").
_OTHER = collapsed(
    r"\b(?:(?:mon|ma|mes|son|sa|ses|leur|leurs|notre|nos|ton|ta|tes|votre|vos|le|la|les|un|une)"
    r" (?:petit |petite |grand |grande |ptit |ptite |beau |belle )?(?:fils|fille|filles|enfants?|"
    r"gamins?|gamines?|gosses?|petits?|petites?|bebe|freres?|soeurs?|cousins?|cousines?|neveux?|"
    r"nieces?|pere|mere|daron|daronne|darons|parents|papa|maman|papi|mamie|copain|copine|mari|"
    r"femme|ainee?|cadete?|eleves?|filleule?|pote|potes|amie?s?|voisine?s?|collegue|chef|prof|"
    r"oncle|tante|copains|copines|mec|meuf|chat|chien|voiture|fiston|fistonne)"
    r"|il|elle|ils|elles|lui|eux|on m a dit que"
    # round 30: the partner asked ("t'es né en 94 ?", "tu es de 1990 ?")
    r"|t es|tu es|t etais|tu etais|vous etes|t est)\b"
)
# "les 20 ans de mariage de mes parents": someone else's years, named just after.
_OF_OTHER = collapsed(
    r"(?: \w+){0,2} (?:de|d) (?:mes|mon|ma|ses|son|sa|leur|leurs|tes|ton|ta|nos|notre) "
    r"(?:grands? |beaux? |belles? )?(?:parents|pere|mere|papa|maman|oncle|tante|grand pere|"
    r"grand mere|papi|mamie|frere|soeur|daron|daronne|darons|voisin|voisine|prof|coach|pote|"
    r"potes|ami|amie|amis)\b"
)
_SELF = collapsed(r"\b(?:je|j|moi|jsuis|chui|perso|g|mon bac|m)\b")
# forty-first sitting, step V: a couple's years said as an event with an article that is not
# one's own ("le jour des 20 ans de mariage", "leurs 30 ans de vie commune"): a child planning
# her parents' anniversary (`devbp-o-039`); "nos 20 ans de mariage" stays the writer's
_COUPLE_EVENT = collapsed(
    r"\b(?:des|les|aux|leurs?|ses|ces) \d{1,2} ans de (?:mariage|vie commune)\b"
)


# A distant past of one's own: what a child's cue in the same message may be a memory of.
_IMPERFECT = (
    r"(?:j|je|on|c|tu|t|vous|nous|je me|je m|on se|on s|ma mere|mon pere|mes parents|ils|elle|"
    r"il) (?:m |me |nous |l |le |la |les )?"
    r"(?!\w*(?:erai|drai|vrai|urai|irai|oirai)[st]\b|(?:re)?conais\b)\w{2,}(?:ais|ait|aient|iez|ions)\b"
)
_PERFECT = (
    r"(?:j ai|jai|on a|on m a|ils m ont|m ont|m a|je me suis|on est|on s est) "
    r"(?:eu|fait|pris|offert|mis|dit|vu|appris|\w+e|\w+es|\w+is)\b"
)
_AT_AGES = r"\b(?:a|vers|pour|a mes|pour mes|le jour de mes|de mes|j ai fete mes) \d{1,2} ans\b"
_CLASSES = (
    r"(?:college|primaire|cm1|cm2|6e|5e|4e|3e|6eme|5eme|4eme|3eme|sixieme|cinquieme|quatrieme|"
    r"troisieme|seconde|2nde|terminale|lycee)"
)
# Markers of a past of one's own, searched only when a cheap test says one may be there.
_PAST_MARKER = collapsed(
    r"\b(?:quand|lorsque|lorsqu) (?:j|je|on|nous) (?:etais|avais|etait|avait|etions|avions)\b"
    r"|\b(?:quand )?j avais (?:\d{1,2}|dix|onze|douze|treize|quatorze|quinze|seize) ans\b"
    r"|\b(?:a|de) (?:l|cette|mon|notre) epoque\b|\bde mon temps\b|\bdans le temps\b"
    r"|\bdans les annees\b|\bil y a (?:bien |tres )?longtemps\b"
    r"|^(?:moi )?(?:enfant|petite?|gamine?|ado|plus jeune|jeune),? (?:j|je|on)\b"
    r"|\bde la (?:6e|6eme|sixieme|maternelle|primaire|cp) a la (?:3e|3eme|terminale|fac)\b"
    # round 44: a school years' span told as over ("j'ai porté son survêt pendant tout le
    # collège")
    r"|\b(?:j ai|on a) (?:\w+ ){1,4}pendant tout (?:le |la |l )?(?:college|lycee|primaire|"
    r"maternelle)\b"
)
_MARKER_WORDS = re.compile(
    r"quand|lorsqu|avais|epoque|temps|les an|de la |pendant tout|^(?:moi |enfant|petit|gamin|"
    r"ado|plus jeune|jeune)"
)  # a cheap necessary condition: one of these is in every match of _PAST_MARKER
_DIGIT = re.compile(r"\d")
# An age ("à 14 ans", "pour mes 15 ans") or a class ("en 3e", "au collège") is a memory
# when a verb in the imperfect is in the same message ("… j'étais", "… on avait").
_AT_AGES_RE = collapsed(_AT_AGES)
_CLASS_RE = collapsed(
    rf"\b(?:au|en) {_CLASSES}\b|\b(?:a|de) l ecole (?:primaire|maternelle|elementaire)\b"
)
_IMPERFECT_RE = collapsed(rf"\b{_IMPERFECT}")
# "au collège aujourd'hui c'était nul": a class and an imperfect, but today (round 7).
_TODAY = collapsed(
    r"\b(?:aujourd hui|ce matin|cet aprem|cet apres midi|ce soir|tout a l heure|cette semaine|"
    # round 19: a few weeks or months back is no memory ("la rentrée en 6e c'était y a 2 mois")
    r"(?:il )?y a (?:\d|deux|trois|quelques) (?:jours|semaines|mois))\b"
)
_PAST_YEARS = collapsed(
    r"\bil y a (\d{1,2}) ans\b|\b(?:en|depuis) ((?:19|20)\d\d)\b"
    # step AB: a two-digit year of the last century ("pour ma bat mitzvah en 85 j'avais…")
    + r"|\ben ([4-9]\d)\b"
    + _NOT_UNIT
)
# round 9: "tu te souviens de la colo en 2015 ?" recalls a shared past
_PAST_VERB = collapsed(
    rf"\b(?:{_IMPERFECT}|{_PERFECT}|(?:te|me|vous|nous) (?:souviens|souvient|souvenez|souvenons|"
    r"rappelles|rappelle|rappelez))"
)
_RECALLED_AGE = collapsed(
    rf"{_AT_AGES}.*\b{_PERFECT}|\bj ai fete mes \d{{1,2}} ans\b"
    # round 8: "mon premier walkman je l'ai eu pour mes 12 ans"
    rf"|\b(?:je l ai|je les ai|je l avais|on me l a|on me les a|j ai) (?:eu|eus|eue|recu|recus|"
    rf"offert|achete)\b.*{_AT_AGES}"
)


PAST_YEARS = 5
"""A year this far back or more ("en 2004", "il y a 12 ans") with a verb in the past tense
sets a message in the writer's past."""

_NARRATED = collapsed(
    r"\bl (?:annee|an) (?:suivante?|d apres|d avant|precedente?)\b|\ba l epoque\b"
    # the first person in the imperfect ("que j'étais", "on avait"), not "c'était nul"
    r"|\b(?:j|je|on|nous) (?:m |me |l |le |la |les )?"
    r"(?!\w*(?:erai|drai|vrai|urai|irai|oirai)[st]\b|(?:re)?conais\b)\w{2,}(?:ais|ait|ions)\b"
)
_SCENE = collapsed(r"\ben ((?:19|20)\d\d)\b")
_SCENE_BIRTH = collapsed(r"\b(?:ne|nes|naissance|naitre|nait)\W*$")
_SCENE_OPENING = collapsed(
    r"^(?:(?:l )?(?:ete|hiver|printemps|automne|rentree|annee|noel|septembre|juin|juillet|aout) )?"
    r"(?:en )?((?:19|20)\d\d)\b"
)
SCENE_OPENING_YEARS = 18
"""A year opening a message ("été 1989, j'ai 14 ans") sets a scene only this far back: a
nearer one may be a child's birth year."""

_NUMBERS = (
    _BARE, _LEAD, _MORE, _THEN, _THEN_AGO, _SCHOOL_THEN, _BARE_YEAR, _LEAD_YEAR, _AT_AGE,
    _BIRTH, _BAC, _BAC_LATER, _SINCE, _SINCE_YEAR, _PAST_AGE, _FIRST_TRY, _LIVED_YEAR,
)  # fmt: skip
_GATED = (
    *_NUMBERS, _PAST_MARKER, _AT_AGES_RE, _CLASS_RE, _IMPERFECT_RE, _TODAY, _PAST_YEARS,
    _PAST_VERB, _RECALLED_AGE, _NARRATED, _SCENE, _SCENE_OPENING,
)  # fmt: skip
_may_match = Gate(_GATED)
_NUMERIC = frozenset(p.pattern for p in _NUMBERS)
"""The patterns `numeric_self` reads: when the gate rules them all out, it finds nothing."""


def past_frame(folded: Folded, now: float) -> bool:
    """True when the message tells the writer's own distant past (a memory): "quand
    j'étais au collège", "à 14 ans j'avais…", "en 3e j'étais…", "il y a 20 ans on…",
    "en 2004 j'ai…", "à l'époque". A child's cue in such a message (school, pocket money,
    "mes 15 ans") may be an adult's memory, so it is not read as self-description.
    Run on every declared adult's message: the common case is a few substring tests."""
    text = folded.plain
    maybe = _may_match(text)
    if _PAST_MARKER.pattern in maybe and _MARKER_WORDS.search(text) and _PAST_MARKER.search(text):
        return True
    digits = _DIGIT.search(text) is not None
    if (
        (
            (digits and _AT_AGES_RE.pattern in maybe and _AT_AGES_RE.search(text))
            or (_CLASS_RE.pattern in maybe and _CLASS_RE.search(text))
        )
        and _IMPERFECT_RE.pattern in maybe
        and _IMPERFECT_RE.search(text)
        and (_TODAY.pattern not in maybe or _TODAY.search(text) is None)
    ):
        return True
    if not digits or _PAST_YEARS.pattern not in maybe:
        return False
    for found in _PAST_YEARS.finditer(text):
        ago, year = found.group(1), found.group(2) or found.group(3)
        if (
            year is not None
            and _BIRTH.pattern in maybe
            and _BIRTH.search(text, max(0, found.start() - 12))
        ):
            continue  # "je suis née en 2011" is a birth year, read as such
        if (
            (int(ago) if ago else _year(now) - _full_year(year)) >= PAST_YEARS
            and _PAST_VERB.pattern in maybe
            and _PAST_VERB.search(text)
        ):
            return True
    return False


_RECALL = collapsed(r"\bje me revois\b")
# Round 21: school remembered together ("tu te souviens du collège Paul-Éluard ?", "qui se
# souvient de son premier amour au collège ?"): the classes said next are that time's.
_REMEMBER = collapsed(
    r"\b(?:tu te|tu t|te|vous vous|on se|qui se|je me|ils se|elles se) (?:souviens|souvient|"
    r"souvenez|souvenait|souvenais|rappelles|rappelle|rappelez|rappelais)\b(?: \w+){0,6}? "
    r"(?:au |du |le |de |ton |notre |nos )?(?:college|lycee|bahut)\b"
    # round 24: a teacher or a class of that time ("tu te rappelles notre prof principal en 3e ?")
    rf"|\b(?:tu te|tu t|te|vous vous|on se|qui se) (?:souviens|souvient|souvenez|rappelles|"
    rf"rappelle|rappelez)\b(?: \w+){{0,6}}? (?:en|au|de) {_CLASSES}\b"
)


def past_scene(folded: Folded, now: float) -> bool:
    """Round 17: a story told in the historic present, its scene set in a year of the
    writer's distant past ("on est en 1993, je suis en 4e", "nous sommes en 1968, j'ai 15
    ans", "moi je suis en 3e en 1991", "été 1989, j'ai 14 ans"; not "née en 2012") or seen
    again ("je me revois, je suis en 6e"): even a class or an age said in the present belongs
    to that time."""
    text = folded.plain
    if "revois" in text and _RECALL.search(text) is not None:
        return True
    if ("souv" in text or "rapel" in text) and _REMEMBER.search(text) is not None:
        return True
    if "19" not in text and "20" not in text:
        return False
    year = _year(now)
    maybe = _may_match(text)
    opening = _SCENE_OPENING.match(text) if _SCENE_OPENING.pattern in maybe else None
    if opening is not None and year - int(opening.group(1)) >= SCENE_OPENING_YEARS:
        return True
    return any(
        year - int(m.group(1)) >= PAST_YEARS
        and _SCENE_BIRTH.search(text, max(0, m.start() - 14), m.start()) is None
        for m in _each(_SCENE, text, maybe)
    )


def narrated(folded: Folded) -> bool:
    """ "elle m'a dit que j'étais…", "je l'ai eu l'année suivante": a message told in the
    imperfect or as a past narrative. A child's school talk of today is rarely told so; an
    adult's memories are (round 8: the child model does not read these messages)."""
    text = folded.plain
    return _NARRATED.pattern in _may_match(text) and _NARRATED.search(text) is not None


def recalled_age(folded: Folded) -> bool:
    """ "pour mes 12 ans j'ai eu…", "j'ai fêté mes 15 ans": an age told in the perfect
    tense, recent for a child, a memory for an adult (weaker evidence)."""
    text = folded.plain
    return _RECALLED_AGE.pattern in _may_match(text) and _RECALLED_AGE.search(text) is not None


_AWAITED = ("atendre ", "avant ", "jusqu a ")  # folded: doubled letters are single


def _awaited(text: str, found: re.Match[str]) -> bool:
    """Round 35: "mes parents disent d'attendre mes 15 ans": a birthday of the writer's own
    waited for ("attendre / avant / jusqu'à mes N ans"), whoever set the wait; the parents
    named before it are not the subject of the age."""
    said, start = found.group(0), found.start()
    return (said.startswith("mes ") and text.endswith(_AWAITED, 0, start)) or (
        said.startswith("a mes ") and text.endswith("jusqu ", 0, start)  # "jusqu'à mes 15 ans"
    )


# "moi 15 ans en stage de 3e, puis plonge à 17": a later age told after it, in order
_LATER_AGE = collapsed(_LATER_AGE_TOLD)


def _told_in_order(text: str, child: list[Rule]) -> bool:
    """Round 35: a child age followed in the same message by a later one ("moi 15 ans en stage
    de 3e, puis plonge à 17", "16 ans au camping, ensuite à 18 l'usine"): the ages of a working
    life told in order, the first one then, not now. Read only when a child age was found."""
    return bool(child) and _LATER_AGE.search(text) is not None


def third_person_before(text: str, start: int) -> bool:
    """True when the words just before `start` make someone else the subject (never when
    the match itself starts with the first person: "…ton père, je suis de 1980")."""
    if _SELF.match(text, start):
        return False
    before = text[max(0, start - 40) : start]
    last = None
    for last in _OTHER.finditer(before):  # noqa: B007 (the last match is wanted)
        continue
    if last is None:
        return False
    return _SELF.search(before, last.end()) is None


def asks_age_back(folded: Folded) -> bool:
    """ "j'ai 37 ans et toi ?": a message giving a number and asking the partner back."""
    text = folded.plain
    if not text.endswith(("toi", "vous")):
        return False
    found = _ASKS_BACK.search(text)  # the leftmost question, as `\d.*` would leave it
    return found is not None and _DIGIT.search(text, 0, found.start()) is not None


# "il a quel âge maintenant ?", "ta fille a quel âge ?", "ils ont quels âges, tes neveux ?":
# the partner is asked about someone else (round 13).
_SOMEONE_ELSES_AGE = collapsed(
    r"\b(?:il|elle|ils|elles|(?:ton|ta|tes|votre|vos|le|la|les|son|sa|ses|leur|leurs) "
    r"(?:petit |petite |grand |grande |plus grand |plus petit )?\w+) "
    r"(?:a|ont|aura|auront|avait|avaient|va avoir|vont avoir|fait|font) (?:quel|kel|ql) ages?\b"
    r"|\bquel ages? (?:il|elle|ils|elles) (?:a|ont|aura|auront|avait|fait)\b"
    r"|\bquel ages? (?:a|ont|as|have) (?:ton|ta|tes|votre|vos|le|la|les) \w+"
    r"|\bquel ages? (?:pour|de) (?:ton|ta|tes|votre|vos) \w+"
)


# Round 36: "t'avais quel âge ?" after a story of one's school years asks the age then; a
# bare "13 ans" answering it is the writer's past, not now (not "et maintenant t'as quel âge").
_AGE_THEN = ("avais quel age", "avais kel age", "aviez quel age", "aviez kel age")
_NOW_TOO = ("maintenant", "aujourd hui", "actuellement")


def asks_age_then(folded: Folded) -> bool:
    """ "t'avais quel âge ?": the partner is asked the age they had at the time of a story
    (round 36), so a bare number answering it is that past's, as for someone else's age."""
    text = folded.plain
    return any(q in text for q in _AGE_THEN) and not any(w in text for w in _NOW_TOO)


_AGE_FIRST = re.compile(r"(\d{1,2}) ?ans\b(?! (?:et )?(?:moi|perso)\b)")


def opens_with_an_age(folded: Folded) -> bool:
    """ "11 ans, mes parents ont mis le contrôle parental": the message opens with an age,
    not followed by the writer's own ("10 ans et moi 14"). Answering someone else's age, the
    rest of such a message is that person's life (round 36)."""
    return _AGE_FIRST.match(folded.plain) is not None


def asks_someone_elses_age(folded: Folded) -> bool:
    """ "il a quel âge maintenant ?", "ton neveu a quel âge ?": the partner is asked the age
    of someone else (a child, a relative), so a bare number answering it is not the
    partner's own age (round 13)."""
    text = folded.plain
    if "age" not in text:
        return False
    return _SOMEONE_ELSES_AGE.search(text) is not None


_MARK_QUESTION = collapsed(
    r"\b(?:t as|tas|ta|tu as|t a|vous avez|z avez|t avais|tu avais) (?:eu |eu quoi |eu combien )?"
    r"(?:combien|cb|cbn|quelle note)\b(?! (?:d ans|de freres|de soeurs|d enfants|de gosses))"
    r"|\bcombien (?:au|a l|a la|en|t as eu|tu as eu|t avais|tu avais) "
    r"(?:bac|brevet|partiel|partiels|exam|examen|controle|dm|oral|ecrit|anglais|maths|francais|"
    r"code|toeic|toefl|concours|permis)\b"
    r"|\b(?:quelle note|ta note|tes notes|vos notes)\b|\bsur (?:20|vingt|100|cent)\b"
)


_may_mark = Gate((_MARK_QUESTION,))


def asks_a_mark(folded: Folded) -> bool:
    """Round 21: "t'as eu combien au bac d'anglais ?", "quelle note ?": a mark or a score is
    asked, so the bare numbers answering it ("9 mdr", "moi 16 mais j'ai tout oublié") are
    marks, not ages, until someone asks an age."""
    text = folded.plain
    # Every branch of the pattern holds "combien", "cb", "note" or "sur " (most messages
    # hold none: the search, about 5 µs, is skipped).
    if "cb" not in text and "combien" not in text and "note" not in text and "sur " not in text:
        return False
    # "sur " lets most messages through: the rules' shared scan then says whether it may match
    if _MARK_QUESTION.pattern not in _may_mark(text):
        return False
    return _MARK_QUESTION.search(text) is not None


def _each(pattern: re.Pattern[str], text: str, maybe: frozenset[str]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, or nothing when the gate said it cannot match."""
    return pattern.finditer(text) if pattern.pattern in maybe else iter(())


def _year(now: float) -> int:
    return time.gmtime(now).tm_year


def _full_year(digits: str) -> int:
    """A year as written: "1987", or "87" for a year of the last century (step AB)."""
    value = int(digits)
    return value + 1900 if value < 100 else value


def numeric_self(
    folded: Folded, now: float, asked: bool, declared: int | None = None
) -> tuple[list[Rule], list[Rule]]:
    """(child rules, adult rules) the message's numbers say about its writer. `asked`:
    the partner asked the writer's age within `ANSWER_WINDOW`; `declared`: the writer's
    declared age, when known (an age the writer once had above it is a contradiction)."""
    text = folded.plain
    if _DIGIT.search(text) is None:  # most messages hold no digit
        return [], []
    child: list[Rule] = []
    adult: list[Rule] = []

    def age(value: int, child_rule: Rule, adult_rule: Rule | None) -> None:
        if 10 <= value <= 17:
            child.append(child_rule)
        elif value >= 20 and adult_rule is not None:
            adult.append(adult_rule)

    maybe = _may_match(text)
    if maybe.isdisjoint(_NUMERIC):  # every pattern below is gated
        return [], []
    bare = (_BARE.pattern in maybe and _BARE.match(text)) or (
        _LEAD.pattern in maybe and _LEAD.match(text)
    )
    if bare:
        value = int(bare.group(1))
        if asked:
            age(value, C_ANSWER, A_ANSWER)
        elif 10 <= value <= 17:
            child.append(C_BARE)
    for found in _each(_MORE, text, maybe):
        if not third_person_before(text, found.start()) or _awaited(text, found):
            age(int(next(g for g in found.groups() if g)), C_FUTURE, A_FUTURE)
    for found in _each(_THEN, text, maybe):
        if not third_person_before(text, found.start()):
            then, year = (
                (found.group(1), found.group(2))
                if found.group(1)
                else (found.group(4), found.group(3))
            )
            age(int(then) + _year(now) - int(year), C_FUTURE, A_FUTURE)
    for found in _each(_THEN_AGO, text, maybe):
        if not third_person_before(text, found.start()):
            age(int(found.group(1)) + int(found.group(2)), C_FUTURE, A_FUTURE)
    for found in _each(_SCHOOL_THEN, text, maybe):
        level = found.group(1) or found.group(4) or found.group(5)
        year = int(found.group(2) or found.group(3) or found.group(6))
        if SCHOOL_AGE.get(level, 11) + _year(now) - year >= 20:
            adult.append(A_BAC)
    year_only = (
        (_BARE_YEAR.pattern in maybe and _BARE_YEAR.match(text))
        or (_LEAD_YEAR.pattern in maybe and _LEAD_YEAR.match(text))
        if asked
        else None
    )
    if year_only:
        years = _year(now) - int(year_only.group(1))
        age(years, C_BIRTH, A_BIRTH if years >= 21 else None)
    at_age = _AT_AGE.match(text) if _AT_AGE.pattern in maybe else None
    if at_age is not None and int(at_age.group(1)) >= 25:
        adult.append(A_AT_AGE)
    for found in _each(_BIRTH, text, maybe):
        if third_person_before(text, found.start()):
            continue
        if (
            text.startswith("nes ", found.start())
            and not _WE_BEFORE.search(text, max(0, found.start() - 24), found.start())
            and _BOTH_OF_US.match(text, found.end()) is None
        ):
            continue  # round 21: "13-14 ans, nés en 2012" (the players), not "on est nés en"
        four, two = found.group(1) or found.group(3), found.group(2)
        years = _year(now) - (int(four) if four else 1900 + int(two))
        age(years, C_BIRTH, A_BIRTH if years >= 21 else None)
    for found in (*_each(_BAC, text, maybe), *_each(_BAC_LATER, text, maybe)):
        if third_person_before(text, found.start()):
            continue
        ago, *dates = found.groups()
        year = next((y for y in dates if y), None)
        if (int(ago) if ago else _year(now) - int(year or 0)) >= 3:
            adult.append(A_BAC)
    for found in _each(_FIRST_TRY, text, maybe):
        if int(found.group(1)) >= FIRST_TRY_YEARS and not third_person_before(text, found.start()):
            adult.append(A_BAC)
    for found in _each(_SINCE, text, maybe):
        if third_person_before(text, found.start()) or _OF_OTHER.match(text, found.end()):
            continue
        event = _COUPLE_EVENT.search(text, max(0, found.start() - 6), found.end())
        if event is not None and event.end() == found.end():
            continue
        form, years = next((i, int(g)) for i, g in enumerate(found.groups()) if g)
        if years >= SINCE_MIN[form]:
            adult.append(A_SINCE)
    for found in _each(_SINCE_YEAR, text, maybe):
        if _year(now) - int(found.group(1)) >= MINOR_SPAN:
            adult.append(A_SINCE)
    if _told_in_order(text, child):
        child = [r for r in child if r not in (C_ANSWER, C_BARE, C_FUTURE)]
    if declared is not None and declared < 18:
        for found in _each(_PAST_AGE, text, maybe):
            if int(next(g for g in found.groups() if g)) > declared:
                adult.append(A_PAST_AGE)
        for found in _each(_LIVED_YEAR, text, maybe):
            year = _full_year(found.group(1) or found.group(2))
            if year < _year(now) - declared - 1 and not third_person_before(text, found.start()):
                adult.append(A_LIVED)
    return child, adult
