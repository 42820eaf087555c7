"""Frames that change what a writer's self-descriptions say of them now: a declared adult's
message set in the past (a memory, a story in a past year: what still counts, `_present`,
`PRESENT_CHILD_RULES`, `SCENE_KEPT`), a declared minor's teen work life
(`PRESENT_ADULT_RULES`), and an adult life next to child talk (a carer, a young adult, a
former teacher: `_ADULT_LIVES`, searched through the rules' shared scan).
"""

from __future__ import annotations

import re

from causette.moderation.minors.fold import Folded
from causette.moderation.minors.patterns import Rule, collapsed
from causette.moderation.minors.rules import FOLDED

PRESENT_CHILD_RULES = frozenset(
    {
        "c.self_age",
        "c.self_age_reply",
        "c.age_answer",
        "c.birth_year",
        "c.admits_lie",
    }
)
"""Child self-descriptions still read in a message set in the writer's past."""
PRESENT_ADULT_RULES = frozenset(
    {
        "a.self_age",
        "a.age_answer",
        "a.self_age_more",
        "a.at_age",
        "a.birth_year",
        "a.since_years",
        "a.bac_year",
        "a.past_age",
        "a.life_event",
        "a.ex_spouse",
        "a.admits_lie",
        # round 21: a spouse, one's children, the years one remembers are no job's
        "a.spouse",
        "a.children",
        "a.parenting",
        "a.nostalgia",
        "a.dated",
        "a.aging",
        # round 42: a year before one's birth lived as a grown-up is no summer job's
        "a.lived_before_birth",
    }
)
"""Adult self-descriptions still read next to a declared minor's teen work life ("job
d'été", "ma première fiche de paie"): what a summer job cannot explain."""
SCENE_KEPT = frozenset({"c.birth_year", "c.admits_lie"})
"""Child cues still read in a story set in a past year (round 17)."""
_HAD_AGE = re.compile(r"\bj ?ai eu \d{1,2} ans\b")


_PRESENT_CLASS = re.compile(
    r"\b(?:je suis|jsuis|chui|suis|je passe|je rentre|je vais|je redouble) "
    r"(?:qu |que |seulement |juste |encore )?(?:en|au) "
    r"(?:6e|5e|4e|3e|6eme|5eme|4eme|3eme|sixieme|cinquieme|quatrieme|troisieme|cm1|cm2)\b"
)


_RECENT_PRIMARY = re.compile(
    r"\ben (?:primaire|cm2|cm1|ce2|ce1|cp)\b(?: \w+){0,4} (?:il y a|y a|ya) "
    r"(?:[1-5]|un|deux|trois|quatre|cinq) ans\b"
)
"""Round 45: primary school a few years ago ("quand j'étais en primaire, il y a 3 ans"): a
memory that says how old the writer is now."""


def _present(rule: Rule, folded: Folded) -> bool:
    """Whether `rule` (a child cue) in a message set in the past still says something
    of the writer now: a present age ("j'ai 14 ans", not "j'ai eu 14 ans"), a birth year,
    an answer, or a class said in the present ("je suis en 4e")."""
    if rule.id == "c.school_class":
        plain = folded.plain
        return _PRESENT_CLASS.search(plain) is not None or _RECENT_PRIMARY.search(plain) is not None
    return rule.id in PRESENT_CHILD_RULES and _HAD_AGE.search(folded.plain) is None


_CARER = collapsed(
    r"\b(?:je|j|on) (?:lui|leur|les) (?:ai |a |avons |avais |avait )?(?:confisque|interdit|"
    r"autorise|prive|puni|couche|inscrit|coupe)"
    r"|\b(?:j ai|jai|on a|g) (?:mis|installe|active|configure|desactive) (?:le |un |du |des )?"
    r"controle parental"
    r"|\b(?:j ai|jai|on a|g) (?:offert|achete|donne|prete|confisque|interdit|paye|inscrit) "
    r"(?:\w+ ){0,4}(?:a|pour) (?:la grande|le grand|la petite|le petit|les petits|les grands|"
    r"ma grande|mon grand|ma petite|mon petit|mes petits|nos enfants|ma puce|mon loulou|"
    r"la plus grande|le plus grand|la plus petite|le plus petit)\b"
    # working where children are kept: "je bosse au centre aéré cet été"
    r"|\bje (?:bosse|travaille|suis anim|suis animateur|suis animatrice) (?:au|a la|a l|dans un|"
    r"dans une|en) (?:centre aere|centre de loisirs|colo|colonie|creche|ecole|college|lycee|"
    r"cantine|internat|periscolaire|garderie|club)\b"
    # round 21: the staff's own rules with the children in their care ("jamais seul avec un
    # enfant, toujours à deux animateurs", "j'encadre les 12-14 ans"); not "les animateurs
    # sont relous" (a child speaking of the staff)
    r"|\b(?:jamais|pas|on est jamais|je suis jamais) (?:seule?s? )?(?:seule?s? )?avec (?:un|une) "
    r"(?:enfant|gamin|gamine|mineur|mineure|jeune)\b"
    # round 22: a parent among the school trip's helpers ("avec la maîtresse et un autre
    # parent", "je suis parent accompagnateur"); not "ma mère et un autre parent"
    r"|\b(?:moi|je suis|avec la maitresse et|avec le maitre et|avec la prof et) "
    r"(?:un |une )?(?:autre parent|parent accompagnat\w*|accompagnatrice|accompagnateur)\b"
    r"|\b(?:toujours|on est|on sera|on etait) (?:a )?(?:deux|2|trois|3|plusieurs) "
    r"(?:animateurs|animatrices|anims|monos|encadrants|adultes)\b"
    r"|\bj encadre\b|\b(?:mon|le) bafa\b(?! (?:a|en) )"
    # round 44: a group in one's care named by its ages ("centre de loisirs, j'avais les 6-8
    # ans toute la journée")
    r"|\bj (?:ai|avais|aurai) (?:eu )?les \d{1,2} \d{1,2} ans\b"
    # round 23: a teacher's marking ("je viens de corriger 60 copies de 4e", "j'ai 30 copies à
    # corriger"); not "le prof a corrigé nos copies"
    r"|\b(?:je|j) (?:viens de |dois |vais |dois encore |ai fini de |suis en train de )?"
    r"corrig\w* (?:\d+ |mes |des |les |un paquet de |une pile de )(?:\w+ )?copies\b"
    r"|\b(?:j ai|jai|g) (?:encore )?(?:\d+|un paquet de|une pile de|des) copies a corriger\b"
    # a teacher's classes ("mes 6e ont massacré l'hymne", "mes terminales sont en bac blanc")
    r"|\bmes (?:6e|5e|4e|3e|6eme|5eme|4eme|3eme|secondes|premieres|terminales|cm1|cm2|ce1|ce2|cp) "
    r"(?:ont|sont|m ont|font|etaient|avaient)\b"
)
"""The writer acting as the parent of a child ("j'ai mis le contrôle parental", "je lui ai
confisqué son tel", "on a offert un tel à la grande"): a declared adult's school and
childhood talk next to it is about that child (round 13, an adult frame like "mon fils")."""


_YOUNG_ADULT = collapsed(
    r"\b(?:je suis|jsuis|chui|moi|encore|toujours) (?:encore |toujours )?en terminale\b"
    r"|\b(?:j ai|jai) (?:eu|obtenu|rate) (?:mon|le) (?:permis|bac|code)\b"
    r"(?! (?:velo|pieton|internet|du cycliste))"  # round 54: not a pupil's licence passed
    r"|\bje (?:passe|commence|prepare|repasse) (?:mon |le )(?:permis|code|bac)\b"
    r"(?! (?:velo|pieton))"
    r"|\bbac (?:bientot|dans (?:\d+|un|deux|trois|quelques) (?:mois|semaines))\b"
    r"|\bje vis (?:encore |toujours )?chez (?:mes parents|eux|ma mere|mon pere|mes darons)\b"
    r"|\b(?:prendre|me preter|m preter|emprunter|conduire) (?:la|sa|leur) voiture\b"
    # round 22: held back a year in terminale, first year at university, "tant que je vis
    # chez eux", one's own Parcoursup application
    r"|\bje (?:redouble|refais|retape) (?:ma |la )?terminale\b"
    r"|\b(?:premiere|1ere|1re) annee (?:de |d |en )?(?:licence|fac|bts|but|iut|prepa|droit|"
    r"medecine|psycho|staps|lea|eco)\b|\bje suis (?:a la fac|en fac)\b"
    r"|\btant que (?:je vis|j habite|je suis) chez (?:eux|mes parents|ma mere|mon pere)\b"
    # round 31: one's own mock bac ("la semaine du bac blanc", "j'ai bac blanc demain"); an
    # adult's age still at the lycée ("18 ans et toujours au lycée", "19 ans et encore en
    # terminale"). Not "tant que j'habite chez lui": a child's cover too (devk-a-028)
    r"|\b(?:la semaine du|mon|j ai|jai|g|en plein|pendant le|avant le|apres le|reviser le|revise "
    r"le|reviser pour le|revise pour le) bac blanc\b"
    r"|\b(?:1[89]|20) ans (?:et )?(?:toujours|encore) (?:au lycee|en terminale|en premiere)\b"
    r"|\b(?:mon|mes) (?:dossier|dossiers|voeux) (?:parcoursup|sur parcoursup)\b"
    # round 34: a year of the lycée repeated ("j'ai redoublé la première", "jai redoublé ma
    # seconde"), the reason a young adult is still there; not a class of the collège ("j'ai
    # redoublé ma 4e")
    r"|\b(?:j ai|jai|g|moi j ai) (?:deja )?redouble (?:la |ma |en )?(?:premiere|1ere|1re|seconde|"
    r"2nde|2de|terminale|tle)\b"
    # round 23: medical school's national exams and hospital training ("je révise l'ECN",
    # "mon externat", "en 5e année de médecine")
    r"|\b(?:je revise|je prepare|je passe|reviser|preparer) (?:l |les |mon |mes )?(?:ecn|edn|ecos|"
    r"concours de l internat)\b|\b(?:mon|en) (?:externat|internat de medecine)\b"
    r"|\ben (?:\d|[2-6]e|[2-6]eme) annee de (?:medecine|pharma|dentaire|kine|droit|master)\b"
)
"""Round 17: a young adult's own life (in terminale, a driving licence or the bac passed or
being prepared, living at the parents', the family car to drive): the parents' rules and the
school talk next to it and in the next minutes are an 18–20-year-old's, like the adult frame
of a parent ("je suis encore en terminale et mes parents me laissent pas sortir"). Not "j'ai
pas le permis", "le permis vélo", "ma mère m'attend dans la voiture"."""
_FORMER_TEACHER = collapsed(
    r"\b(?:la|le|les|notre) (?:prof|profs|professeur|professeure) (?:de|d) \w+ (?:du|de notre) "
    r"(?:college|lycee)\b"
    r"(?! (?:m a|m ont|me|nous a|nous ont|on|va|veut|vient|est trop|est nul|est nulle|est relou))"
)
"""Round 22: a teacher named by the school she taught at ("la prof de français du collège ??",
"notre prof d'anglais du lycée"): a former teacher met again, as adults speak of their school
years (a pupil says "ma prof de français", or "la prof du collège m'a collé")."""
_LIKENED = collapsed(
    r"\bcomme (?:au|a la|a l|en|quand j etais|quand j etais au|quand j etais en|si j etais|"
    r"si j avais|un|une) (?:college|lycee|primaire|maternelle|ecole|cm1|cm2|6e|5e|ado|gamin|"
    r"gamine|enfant|gosse|collegien|collegienne|lyceen|lyceenne|\d{1,2} ans)\b"
    r"|\bl impression (?:d avoir|d etre|que j ai) (?:\d{1,2} ans|(?:re)?(?:devenue? )?(?:un |une )?"
    r"(?:ado|gamin|gamine|enfant|gosse))\b"
    r"|\bredevenue? (?:un |une )?(?:ado|gamin|gamine|enfant|gosse|collegien|collegienne)\b"
    # round 32: a school routine one laughs at still having ("le bus scolaire mdr encore",
    # "toujours la cantine à 18 ans"): the writer sees it as behind their age
    r"|\b(?:le|la|en|au|a la) (?:bus scolaire|car scolaire|ramassage scolaire|cantine) "
    r"(?:(?:mdr|lol|ptdr|xd|jpp|haha|hahaha|oui|ouais) )+(?:encore|toujours)\b"
    r"|\b(?:encore|toujours) (?:le|la|en|au|a la) (?:bus scolaire|car scolaire|ramassage "
    r"scolaire|cantine) (?:mdr|lol|ptdr|xd|jpp|haha|a mon age|a (?:1[89]|2\d) ans)\b"
)
"""Round 23: a declared adult likening their life now to a child's ("mon père me demande mes
notes comme au collège", "j'ai l'impression d'avoir 15 ans", "redevenu un ado"): the school and
home talk of that message is the comparison's (an age said, a class, a birth year still
count). Round 32: a school routine laughed at as still theirs ("le bus scolaire mdr encore")."""
_ADULT_LIVES = (_CARER, _YOUNG_ADULT, _FORMER_TEACHER)
_ADULT_LIFE_SET = FOLDED.add(_ADULT_LIVES)
"""Searched only where the shared scan says they may match (most messages: neither)."""
