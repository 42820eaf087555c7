"""The rule tables: each rule is a stable id, a family, a weight and a pattern.

Patterns match the folded forms of `fold.py` (lower case, no accents, no
punctuation, repeated letters collapsed: write "colege", "bele", "persone").
Weights are the evidence one hit brings; a rule counts once per state and is
refreshed by a new hit, so repeating one phrase never adds up on its own.
The figures behind these weights are in docs/minors.md (dev split only).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from causette.moderation.minors.fold import Folded

__all__ = [
    "ADULT_SELF_RULES",
    "CHILD_CONTEXT_FAMILIES",
    "CHILD_SELF_RULES",
    "GROOMING_RULES",
    "Rule",
    "match",
    "off_platform_contact",
    "strongest",
]


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


def _r(
    rule_id: str, family: str, weight: float, label: str, *alternatives: str, cap: int = 1
) -> Rule:
    joined = "|".join("(?:" + _DOUBLE.sub(r"\1", alt) + ")" for alt in alternatives)
    return Rule(rule_id, family, weight, label, re.compile(rf"\b(?:{joined})\b"), cap)


_TU_AS = r"(?:t as|tas|ta|tu as|t a|tu a)"
_TU_ES = r"(?:t es|tu es|tes|t|t e|tu e|t est)"
_ME = r"(?:je suis|jsuis|j suis|jsui|je sui|chui|chuis|shui|suis|moi je suis|moi jsuis)"
_J_AI = r"(?:j ai|jai|g|j ai que|jai que|j ai seulement|moi j ai|moi jai)"
_PARENTS = (
    r"(?:tes parents|ta mere|ton pere|ta daronne|ton daron|tes darons|ta famille|ta maman|"
    r"ton papa)"
)
_SEND = r"(?:envoie|envoi|envois|envoies|envoye|montre|file|passe|fais|fait|balance)"

# fmt: off
GROOMING_RULES: tuple[Rule, ...] = (
    _r("g.age_question", "age_question", 0.8, "question sur l’âge",
       rf"{_TU_AS} (?:quel|kel|ql|qel) age", r"quel age (?:tu as|t as|tas|as tu|a tu|ta)",
       r"tu fais quel age", rf"{_TU_ES} (?:majeur|majeure|mineur|mineure)", r"asv",
       rf"{_TU_AS} (?:quel|kel) ages", r"tu as (?:combien|cb) d ans", r"ton age",
       rf"{_TU_ES} (?:de|ne) (?:quelle|kelle|quel) annee"),
    _r("g.school_question", "school", 1.0, "question sur l’école ou la classe",
       rf"{_TU_ES} en (?:quelle|kelle|quel) classe", r"(?:quelle|kelle) classe",
       rf"{_TU_ES} (?:au|a l|en) (?:college|lycee|cm2|6e|5e|4e|3e|6eme|5eme|4eme|3eme)",
       r"(?:ton|ds quel|dans quel|quel|kel) (?:college|lycee|bahut|ecole)",
       r"tu (?:sors|finis|fini|termines) (?:les cours|des cours|du college|du lycee)",
       r"tu (?:sors|finis|fini) a quelle heure", r"(?:ta|tes) (?:prof|profs) (?:de|d|principale)",
       r"t as cours demain", r"tu vas au college", cap=2),
    _r("g.alone_question", "alone", 2.0, "question sur la solitude ou l’absence des parents",
       rf"{_TU_ES} (?:toute |tout )?seule? (?:chez toi|a la maison|dans ta chambre|ce soir)",
       rf"{_TU_ES} toute seule?",
       rf"{_PARENTS} (?:sont|est|rentrent|rentre|reviennent|revient|dorment|dort|travaille|"
       r"travaillent|partent|part|bossent|bosse)",
       r"(?:personne|quelqu un) (?:a|chez) (?:la maison|toi)", r"(?:ils|elle|il) rentrent? quand",
       r"t es dans ta chambre", r"la porte (?:fermee|de ta chambre)", r"tu dors (?:seule?|ou)",
       r"quand (?:t|t es|tu es|tes|tu seras|t seras) (?:toute )?seule?",
       r"(?:tu es|t es|tes|t) seule? (?:a la maison|chez toi|le soir|ce week end|cet aprem)"),
    _r("g.compliment", "compliment", 0.8, "compliments sur le physique",
       rf"{_TU_ES} (?:trop |vraiment |super |tellement |si |grave |tro )?"
       r"(?:belle|bel|jolie|mignonne|mignon|canon|magnifique|craquante|charmante|sublime|bonne)",
       r"(?:tes|ton|ta) (?:yeux|sourire|corps|cheveux|visage) (?:sont|est) (?:trop )?\w+",
       r"j ?te trouve (?:grave |trop |tres |vraiment |super )?(?:belle|jolie|mignonne|canon|bg)"),
    _r("g.maturity", "maturity", 2.0, "flatterie sur la maturité ou l’unicité",
       r"matures? pour (?:ton age|une fille de|un garcon de)", r"plus mature",
       r"tu fais (?:plus|pas) (?:que |ton )?age", r"tu fais plus vieille?",
       r"(?:pas|pa) comme (?:les autres|les filles|les gens)",
       r"(?:les garcons|les filles|les mecs|les gens|ceux) de ton age",
       r"je (?:te )?comprends (?:mieux|moi)", r"personne (?:ne )?te comprend",
       r"t es (?:speciale?|unique|differente?)", r"je suis le seul a te comprendre",
       r"l age c est (?:qu )?un (?:chiffre|nombre)", r"l age (?:compte|importe) pas",
       r"moi je te comprends", r"(?:grande?|mature) pour ton age"),
    _r("g.gift", "gift", 1.8, "offre d’argent, de cadeau ou d’abonnement",
       r"(?:je|j) ?(?:peux |vais |te |t )*(?:te |t )?(?:paye|paie|payer|offre|offrir|envoie|"
       r"envoyer|donne|donner|achete|acheter|recharge|recharger|fais|faire|file|filer|prends|"
       r"prendre|verse|verser) .{0,30}?(?:argent|thune|sous|\d+ ?(?:e|euros?|balles)|euros|"
       r"recharge|forfait|carte cadeau|paysafecard|psc|v ?bucks|robux|skins?|premium|abonnement|"
       r"cadeaux?|iphone|airpods|nitro|pass|credits?|netflix|spotify|vetements|baskets|sneakers|"
       r"maquillage|billets?)",
       r"(?:combien|cb) d argent de poche", r"(?:t en|te) (?:donner|filer|payer) plus",
       r"argent facile",
       r"(?:recharge|paysafecard|carte cadeau|robux|v ?bucks|nitro|credits?) (?:pour toi|offerts?|"
       r"gratuits?)", r"je te fais un (?:virement|paypal|lydia)",
       r"t as besoin (?:d argent|de thune|de sous)", r"je t (?:offre|achete|paye|paie)",
       r"(?:ton|un) cadeau pour toi"),
    _r("g.photo_request", "photo", 1.8, "demande de photo ou de caméra",
       rf"{_SEND} (?:moi |m |nous )?(?:une |un |des |ta |tes |1 )?"
       r"(?:photo|foto|pic|pics|selfie|tof|vid|video)s?(?! (?:de|du|des|d) (?!toi))",
       r"(?:photo|foto|pic|selfie|tof)s? de toi", r"montre (?:toi|moi ton|moi ta|moi tes)",
       rf"{_TU_AS} (?:une |des )?(?:photo|foto|pic|tof)s? (?:de toi|recente)",
       r"en (?:maillot|pyjama|sous vetements|tenue de sport|tenue)",
       r"(?:tu )?(?:allume|allumes|active|actives|met|mets) (?:ta |la )?(?:cam|camera|webcam)",
       r"facetime",
       r"je veux (?:te )?voir (?:a quoi tu ressembles|ta tete|ton visage)",
       r"a quoi tu ressembles", r"(?:tu )?m envoies? (?:des |une |un |tes )?(?:photos?|pics?|selfies?)",
       rf"{_SEND} (?:moi |m )?(?:un |une )?(?:vocal|audio) et (?:une |des )?(?:photo|pic|selfie)s?",
       cap=2),
    _r("g.body_question", "intimate", 1.0, "questions sur le corps",
       r"tu (?:mesures|peses|fais) combien(?! de)", r"(?:ta|quelle) taille de",
       r"tu fais quelle taille"),
    _r("g.secrecy_adults", "secrecy", 2.5, "demande de cacher la relation aux parents",
       r"(?:dis|di|dit|raconte|parle) (?:rien|pas|le pas|en pas|jamais) (?:a|de ca a|de nous a)? ?"
       rf"(?:{_PARENTS}|tes profs)",
       r"(?:efface|supprime|supprimes|effaces|delete) (?:nos|les|tes|la|notre) "
       r"(?:messages?|conv|conversation|discussion|msg|photos?)",
       rf"{_PARENTS} (?:comprendraient|comprendront|comprennent|comprendrait|voudraient) pas",
       rf"{_PARENTS} (?:ont|a) pas (?:besoin|a) (?:de )?savoir",
       rf"{_PARENTS} (?:sont|est) pas obliges? de savoir", r"en cachette",
       rf"(?:pas|rien|jamais)\b.{{0,20}}\b(?:a|au) {_PARENTS}",
       r"(?:efface|supprime|effaces|supprimes|on efface|on supprime) (?:tout|apres|ca|la conv)"),
    _r("g.secrecy", "secrecy", 1.5, "demande de secret",
       r"ne (?:le )?dis (?:rien|a personne)", r"notre (?:petit )?secret",
       r"personne (?:ne )?(?:doit|dois) (?:le )?savoir", r"personne (?:ne )?(?:le )?saura",
       r"garde (?:ca|le) pour toi", r"(?:ca reste|c est) entre (?:nous|toi et moi)",
       r"entre toi et moi", r"je (?:le )?montrerai a personne",
       r"(?:dis|dises|dit|dire|raconte|racontes|montre|montres) (?:le |la |les |rien |pas )?"
       r"a personne", r"(?:tu )?(?:gardes?|garder) (?:ca|le|la|les|tout) pour (?:toi|nous)",
       r"personne (?:doit|ne doit|dois) (?:le |la |rien )?(?:savoir|voir)",
       r"tkt personne (?:saura|verra)", r"(?:c est|c) notre (?:petit )?(?:secret|truc)"),
    _r("g.off_platform", "off_platform", 1.0, "invitation à passer sur une autre application",
       r"snap|snapchat|insta|instagram|whatsapp|wsp|wtsp|watsap|telegram|discord|kik|signal|"
       r"tiktok|facebook|messenger|viber|skype",
       r"(?:ton|tn|ta) (?:num|numero|06|07|tel|pseudo)", r"(?:mon|mn) (?:num|numero|06|07)",
       r"(?:ajoute|ajout|add) moi", r"en (?:prive|pv|mp) (?:ailleurs|sur)",
       r"on s (?:appelle|apelle|tel|facetime)", r"(?:je t|jt) (?:appelle|apelle)"),
    _r("g.meeting", "meeting", 1.3, "proposition de rencontre",
       r"on (?:se )?(?:voit|rencontre|retrouve|capte|se capte|peut se voir)",
       r"(?:se|te|nous) (?:voir|rencontrer|retrouver|capter) (?:en vrai|irl|un de ces|bientot|"
       r"demain|ce|samedi|dimanche|mercredi)", r"en vrai (?:un jour|bientot)",
       r"(?:rdv|rendez vous)", r"(?:t habites|tu habites|t habite|tu habite|tu vis) "
       r"(?:ou|dans quelle|vers ou|pres de|loin)", r"(?:quelle|quel) (?:ville|quartier|gare|arret)",
       r"viens chez moi", r"(?:je peux|je vais|j peux|jpeux) (?:venir|passer) (?:te voir|chez toi)",
       r"on pourrait se (?:voir|capter|retrouver)"),
    _r("g.pickup", "pickup", 2.0, "proposition d’aller chercher la personne",
       r"je (?:viens|passe|peux venir|peux passer) te (?:chercher|prendre|recuperer)",
       r"je (?:viens|passe) (?:en voiture|avec ma voiture)", r"en voiture (?:je|devant)",
       r"devant ton (?:college|lycee|ecole)"),
    _r("g.trust", "trust", 1.2, "demande de confiance ou isolement",
       rf"{_PARENTS} (?:te )?(?:comprennent|ecoutent) (?:rien|pas)",
       r"(?:tu peux|t peux|tu peu) me faire confiance", r"fais moi confiance",
       r"je suis (?:la|le) pour toi", r"tes (?:potes|amis|amies|copines) (?:sont|te) jalou"),
    _r("g.intimate_question", "intimate", 1.5, "questions intimes",
       r"t as deja (?:embrasse|eu un copain|eu une copine|fait)", r"vierge",
       r"(?:tu dors|tu es) (?:habillee?|en quoi)", r"qu est ce que tu portes", r"tu portes quoi"),
)

CHILD_CONTEXT_FAMILIES = frozenset({"school"})
"""Families that by themselves point to a child, even between two declared adults."""

_CHILD_AGE = r"(?:1[0-7]|[6-9])"
_CLASS = (r"(?:6e|5e|4e|3e|6eme|5eme|4eme|3eme|6em|5em|4em|3em|sixieme|cinquieme|quatrieme|"
          r"troisieme)")
_NOT_DURATION = r"(?! (?:de|d|dans|que|qu|quand|a la))"
_MOTHER = r"(?:ma mere|mon pere|ma daronne|mon daron|mes darons|mes parents|ma maman|mon papa)"

CHILD_SELF_RULES: tuple[Rule, ...] = (
    _r("c.self_age", "self_age", 3.0, "se dit âgé·e de moins de 18 ans",
       rf"{_J_AI} (?:eu )?{_CHILD_AGE} ans{_NOT_DURATION}",
       r"je vais avoir (?:1[0-7]) ans", rf"(?:moi|perso) {_CHILD_AGE} ans",
       rf"^{_CHILD_AGE} ans{_NOT_DURATION}"),
    _r("c.self_age_bare", "self_age", 2.0, "donne un âge de mineur en réponse",
       rf"^{_CHILD_AGE}$",
       rf"^(?:en vrai )?{_CHILD_AGE} (?:et toi|toi|mais|chut|stp|jsuis|en vrai)",
       rf"{_J_AI} {_CHILD_AGE}$"),
    _r("c.school_class", "school_class", 3.0, "se dit au collège (classe)",
       rf"{_ME} (?:en|au) {_CLASS}", rf"{_ME} (?:en|au) (?:cm2|cm1|college)",
       rf"(?:moi|perso) (?:en )?{_CLASS}", rf"{_J_AI} (?:le )?brevet (?:cette annee|dans|en juin)"),
    _r("c.lycee_class", "lycee_class", 2.0, "se dit au lycée (seconde ou première)",
       rf"{_ME} (?:en|au) (?:2nde|seconde|2de|premiere|1ere|1re)"),
    _r("c.school_mine", "school_life", 1.5, "parle de sa propre scolarité au collège",
       r"(?:mon|ds mon|dans mon) college", r"ma (?:prof|profe|professeure) (?:de|d|principale)",
       r"mon prof (?:de|d|principal)", r"mes devoirs",
       r"(?:ma|mon) (?:prof|maitresse) (?:a|m a|nous a|est|va) ",
       r"j ai (?:eu )?\d{1,2}(?: sur 20)? (?:en|au) (?:maths|francais|anglais|histoire|svt|physique|"
       r"techno|espagnol|allemand|controle|brevet)",
       r"(?:mon|le) carnet de (?:liaison|correspondance)", r"heure de (?:colle|perm|retenue)",
       r"mon bulletin", r"(?:au|du) college (?:demain|ce matin|aujourd hui|la)", cap=2),
    _r("c.school_life", "school_life", 0.8, "parle de la vie au collège",
       r"(?:le|du) brevet", r"(?:la|a la) (?:recre|recreation)", r"(?:ma|la) cantine",
       r"(?:le|mon|du) bus (?:scolaire|du college)", r"conseil de classe", r"une retenue",
       r"(?:au|du|le) college", cap=2),
    _r("c.parents_forbid", "parents_forbid", 1.5, "dépend de la permission de ses parents",
       rf"{_MOTHER} (?:veulent|veut|voudront|voudrait|voudraient) pas",
       rf"{_MOTHER} (?:m a|m ont|me|m|vont me) "
       r"(?:prive|privee|priver|confisque|pris|interdit|laisse pas|laissent pas|oblige|puni|"
       r"punie|engueule|coupe)",
       rf"{_ME} (?:prive|privee|puni|punie) (?:de|du)? ?"
       r"(?:tel|telephone|portable|sortie|console|wifi)",
       rf"(?:je dois|je doit|faut que je|il faut que je) demander? a {_MOTHER}",
       rf"{_MOTHER} (?:me )?(?:coupe|prend) (?:le wifi|mon tel)", r"couvre feu",
       rf"{_MOTHER} (?:doit|doivent) signer",
       rf"{_MOTHER} (?:a|ont|m a|m ont) (?:confisque|pris|bloque|cache) (?:mon|ma|mes) "
       r"(?:tel|telephone|portable|ordi|console|switch|ps5|ps4|tablette)",
       r"confisque (?:mon|ma) (?:tel|telephone|portable|console|switch|tablette)", cap=2),
    _r("c.parents_mention", "parents_mention", 0.4, "mentionne ses parents",
       r"mes parents", r"mes darons"),
    _r("c.birth_year", "birth_year", 3.0, "année de naissance de mineur",
       r"(?:nes?|nees?|je suis|jsuis|chui|moi) (?:en |de )?20(?:0[9]|1\d)"),
)

ADULT_SELF_RULES: tuple[Rule, ...] = (
    _r("a.self_age", "self_age", 3.0, "se dit âgé·e de 20 ans ou plus",
       rf"{_J_AI} (?:[2-9]\d) ans{_NOT_DURATION}",
       r"(?:moi|perso) (?:[2-9]\d) ans", r"je vais avoir (?:[2-9]\d) ans"),
    _r("a.spouse", "spouse", 1.5, "parle de son conjoint",
       r"ma femme", r"mon (?:mari|epoux|conjoint)", r"ma (?:conjointe|compagne|epouse)"),
    _r("a.ex_spouse", "spouse", 2.0, "parle de son ex-conjoint",
       r"mon ex (?:femme|mari)", r"ma ex femme", r"mon divorce"),
    _r("a.children", "children", 1.5, "parle de ses enfants",
       r"mes (?:enfants|gosses|gamins)", r"mon (?:fils|gamin|bebe|aine)",
       r"ma fille (?:a|est|va|fait)", r"(?:la|l) ecole de mes", cap=2),
    _r("a.parenting", "children", 2.0, "s’occupe de ses enfants",
       r"(?:depose|deposer|recupere|recuperer|chercher|amene|amener|emmene|emmener) "
       r"(?:mes|les|mon|ma|le|la) (?:enfants|gosses|gamins|fils|fille|petits?|petite|bebe)s?"
       r"(?! de)", r"la (?:nounou|creche|pension alimentaire)", r"mes enfants (?:sont|font|ont)"),
    _r("a.work", "work", 1.5, "parle de son travail",
       r"mon (?:boulot|taf|travail|patron|chef|manager|contrat|cdi|cdd|salaire|bureau)",
       r"mes collegues", r"(?:au|du) (?:boulot|taf|bureau)", r"je bosse (?:depuis|dans|chez)",
       r"(?:finis|finit|commence|rentre|sors|pars|file) (?:le |du |au )?(?:taf|boulot|bureau)",
       r"(?:reunion|pause dej|teletravail|open space) (?:avec|au|du|ce)",
       cap=2),
    _r("a.adult_life", "adult_life", 1.8, "parle d’une vie d’adulte",
       r"(?:mes|mon|le) (?:impots|loyer|credit|pret immobilier|retraite|proprio)",
       r"ma (?:voiture|bagnole|maison|retraite|mutuelle|banque)", r"j ai le permis depuis",
       r"la creche", r"ma belle mere", cap=2),
    _r("a.nostalgia", "nostalgia", 2.0, "parle de sa scolarité comme d’un lointain passé",
       r"(?:il y a|ya|y a|il ya) (?:[2-9]\d|quinze|vingt|trente) ans",
       r"de mon temps", rf"{_J_AI} (?:eu|passe) (?:mon|le) bac (?:en|il y a)",
       r"quand j etais (?:au|en|a l) (?:lycee|college|fac|ecole) (?:dans les|en) (?:19|20)",
       r"dans les annees (?:70|80|90|2000)", cap=2),
    _r("a.birth_year", "birth_year", 3.0, "année de naissance d’adulte",
       r"(?:nes?|nees?|je suis|jsuis|chui|moi) (?:en |de )?(?:19\d\d|200[0-5])"),
)
# fmt: on

_PHONE = re.compile(r"(?:\+33|0033|\b0)\s*[1-9](?:[\s.\-]*\d{2}){4}\b")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[a-z]{2,}", re.IGNORECASE)
_HANDLE = re.compile(r"(?<![\w.])@[A-Za-z0-9_.]{3,}")


def off_platform_contact(raw: str) -> bool:
    """True when the raw text carries a phone number, an e-mail address or an @handle."""
    return bool(_PHONE.search(raw) or _EMAIL.search(raw) or _HANDLE.search(raw))


def match(folded: Folded, rules: tuple[Rule, ...]) -> Iterator[Rule]:
    """Yield each rule of `rules` whose pattern matches either folded form."""
    for rule in rules:
        if rule.pattern.search(folded.plain) or (
            folded.leet != folded.plain and rule.pattern.search(folded.leet)
        ):
            yield rule


def strongest(rules: Iterable[Rule]) -> list[Rule]:
    """Keep, per family, only the heaviest rule: one message counts once per family
    ("ne dis rien à tes parents" is one demand for secrecy, not two)."""
    best: dict[str, Rule] = {}
    for rule in rules:
        if rule.family not in best or rule.weight > best[rule.family].weight:
            best[rule.family] = rule
    return list(best.values())
