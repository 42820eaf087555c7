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
from causette.moderation.minors.gate import any_of, first_start
from causette.moderation.superset import SharedScan, SharedTable

__all__ = [
    "ADULT_SELF_RULES",
    "BENIGN_THING",
    "CHILD_CONTEXT_FAMILIES",
    "CHILD_SELF_RULES",
    "GROOMING_RULES",
    "NOT_TO_A_THIRD",
    "TEEN_FRAME",
    "TO_A_THIRD",
    "Rule",
    "collapsed",
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


def collapsed(pattern: str) -> re.Pattern[str]:
    """A pattern written naturally, compiled with its doubled letters collapsed."""
    return re.compile(_DOUBLE.sub(r"\1", pattern))


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

BENIGN_THING = (
    r"(?:classe|match|vacances|mariage|"
    r"sortie|voyage|canape|exo|exercice|cours|rando|chat|chien|lapin|groupe|soiree|concert|plage|"
    r"gateau|recette|fete|anniv|equipe|tableau|devoir|dessin|paysage|repas|plat|maison|apart|"
    # round 17: pets, school work, a camp, things one has made or owns
    r"chats|chaton|chiens|chiot|hamster|cheval|poney|poisson|tortue|perruche|animal|animaux|"
    r"dessins|devoirs|cahier|copie|bulletin|tp|labo|jardin|voiture|moto|scooter|"
    r"velo|plante|aquarium|puzzle|lego|maquette|peinture|tricot|bracelet|collier|cadeau)s?"
)
"""Things and animals one shows friends (round 17: shared with the guard)."""
_BENIGN_OBJECT = rf"(?:la |le |l |ma |mon |mes |ta |ton |tes |notre |nos )?{BENIGN_THING}"
_PHOTO = r"(?:photo|foto|pic|selfie|tof|video|vid|cam|camera|webcam)s?"
_ASK_SEND = (
    r"(?:envoie|envoi|envois|envoies|envoyer|enverais|enverrais|envoyes|menvoyer|menvoie|menvoi|"
    r"menvois|menvoies|menvoyes|"
    r"montre|montres|mets|met|allume|allumes|active|actives|file|passe|fais|fe|balance)"
)
_OFFER = (
    r"(?:offre|offrir|achete|acheter|paye|payer|paie|donne|donner|file|filer|prends|prendre|"
    r"rembourse|envoie|envoyer|verse|recharge|fais|fait|rachete|racheter)"
)
_THIRD_PERSON = (
    r" a (?!(?:personne|quiconque|qui|ta|ton|tes|vos|votre|la|les|l|tout|toute|tous|aucun|"
    r"aucune|ceux|celles)\b)\w+"
)
NOT_TO_A_THIRD = rf"(?!{_THIRD_PERSON})"
"""Round 17: "pas un mot à Sophie", "dis rien à lui", "dis rien à ma sœur": a secret kept from
one named person of the writer's circle, not from the partner's household or from everyone,
is a surprise or a confidence ("pas un mot", "dis rien" alone still count)."""
TO_A_THIRD = rf"\b(?:pas un mot|(?:dis|dire) rien)(?={_THIRD_PERSON})"
"""The secret kept from one named person (`NOT_TO_A_THIRD`), for the guard."""
_SECRET_VERB = (
    r"(?:sache|sachent|saura|sauront|savoir|sait|verra|voir|dire|dis|dises|dit|parle|parles)"
)

# fmt: off
GROOMING_RULES: tuple[Rule, ...] = (
    _r("g.age_question", "age_question", 0.8, "question sur l’âge",
       rf"{_TU_AS} (?:quel|kel|ql|qel) age", r"(?<!\ba )quel age (?:tu as|t as|tas|as tu|a tu|ta)",
       r"tu fais quel age", rf"{_TU_ES} (?:majeur|majeure|mineur|mineure)", r"asv",
       rf"{_TU_AS} (?:quel|kel) ages", r"tu as (?:combien|cb) d ans", r"ton age",
       rf"{_TU_ES} (?:de|ne) (?:quelle|kelle|quel) annee",
       r"(?:vous avez|z avez|vs avez|vous avez tous|on a tous) (?:quel|kel|ql) age",
       # "à quel âge vous avez donné un téléphone à vos enfants ?" asks no one's age
       r"(?<!\ba )quel age (?:vous avez|avez vous|z avez|vs avez)", r"(?:vos|les) ages",
       r"qui a quel age", r"(?:vous etes|z etes) (?:de|ne|nes|nees) (?:quelle|quel) annee",
       r"(?:ya|il y a|y a) des (?:mineurs|majeurs|ados|jeunes) (?:ici|dans le salon)",
       r"(?:et )?(?:toi|vous) (?:quel|kel) age", r"how old (?:r|are) (?:u|you|ya)",
       # round 13: "tu vas avoir quel âge ?" (a birthday coming)
       r"(?:tu vas|tu vas avoir|t vas avoir|tu auras|t auras|vous allez avoir) (?:quel|kel) age",
       r"tu (?:fetes|vas feter) (?:tes|quel) (?:combien|age)",
       # round 7: "t'as vraiment 23 ans ?", "t'avais quel âge ?", "vous êtes nés quand ?"
       rf"{_TU_AS} (?:vraiment |vrmt |reelement |serieux )?\d{{1,2}} ans",
       r"(?:t avais|tu avais|vous aviez) (?:quel|kel) age",
       r"(?:t es|tu es|vous etes|z etes) (?:ne|nee|nes|nees) (?:quand|en quelle annee)"),
    _r("g.school_question", "school", 1.0, "question sur l’école ou la classe",
       rf"{_TU_ES} en (?:quelle|kelle|quel) classe",
       # round 8: "il est en quelle classe ?" asks about someone else (a parent's child)
       r"(?<!est en )(?<!sont en )(?:quelle|kelle) classe",
       rf"{_TU_ES} (?:au|a l|en) (?:college|lycee|cm2|6e|5e|4e|3e|6eme|5eme|4eme|3eme|sixieme|"
       r"cinquieme|quatrieme|troisieme|seconde|2nde|premiere|1ere)\b"
       r"(?! (?:position|place|ligne|annee|fois|main|classe)\b)",
       r"(?:ton|ds quel|dans quel|quel|kel|c est quoi ton) (?:college|lycee|bahut|ecole)",
       r"tu (?:sors|finis|fini|termines|rentres) .{0,20}(?:cours|college|lycee|ecole)",
       r"tu (?:sors|finis|fini|termines) a quelle heure",
       r"(?:ta|tes) (?:prof|profs) (?:de|d|principale)", r"t as cours demain",
       r"tu vas au college", r"(?:which|what) school (?:do|d) (?:u|you)", cap=2),
    # Round 8: what hides a talk from the household (a closed door, the parents asleep, their
    # bedtime, headphones) is told apart from asking whether someone is home alone: between
    # two declared minors the question is ordinary, the concealment is not.
    _r("g.alone_conceal", "alone", 2.0, "veut parler quand personne ne voit ni n’entend",
       # round 22: the door shut so nobody hears, the phone silenced, a visit "chez toi si
       # t'es seule"
       r"(?:porte fermee|ferme (?:bien )?ta porte),? (?:comme ca|pour que) personne (?:n )?"
       r"(?:ecoute|entende|entend)",
       r"(?:laisse|mets|met) ton (?:tel|telephone|portable) en (?:silencieux|vibreur)\b",
       r"chez toi (?:\w+ ){0,2}si t es (?:toute )?seule?\b",
       # round 19: the door that locks, the parents who will not come in or hear, the way out
       r"ta porte (?:elle )?(?:ferme|se ferme|fermee) a cle",
       rf"sans que {_PARENTS} (?:entrent|entre|rentrent|voient|voie|entendent|entende|sachent)",
       r"(?:ils|tes parents) (?:entendent|entendront|entendront) rien",
       r"(?:tu passes|passe|sors|sortir|sortes) par (?:le garage|la fenetre)",
       rf"{_PARENTS} (?:dort|dorment)",
       r"(?:ils|elle|il) (?:sont|est) couches? tes parents",
       r"t es dans ta chambre", r"(?:la porte|ferme la porte|ferme ta porte)",
       r"tu dors (?:seule?|ou)", r"tu te couches a quelle heure",
       r"quand (?:ils|elle|il|tes parents|ta mere|ton pere|ta famille|tout le monde) "
       r"(?:dorment|dormiront|seront couches|dort|dormira|sera couchee?)",
       rf"{_PARENTS} (?:verifient|regardent|controlent) (?:ton|tes) (?:tel|portable|messages)",
       # round 18: "tes parents lisent ce que tu écris ?"
       rf"{_PARENTS} (?:lisent|lit|fouillent|fouille) (?:ce que tu|tes messages|ton tel|tes conv)",
       r"t es reveillee?",
       # the parents' bedtime asked, an empty home offered, headphones
       r"(?:ils|tes parents|ta mere|ton pere) se couchent? (?:a quelle heure|quand|vers quelle)",
       # round 20: "mes parents bossent, on sera tranquilles" (the writer's home empty)
       r"(?:mes parents|ma mere|mon pere|mes darons|ma daronne|mon daron|mes vieux) (?:bossent|"
       r"bosse|travaillent|travaille|sont pas la|seront pas la|rentrent tard|rentre tard)"
       r"(?: \w+){0,3} on (?:sera|serait|est|sera bien) (?:tranquilles?|seuls?|peinards?|"
       r"tous les deux|au calme)\b",
       r"(?:mes colocs?|ma coloc|mon coloc|ma femme|ma copine) (?:seront|sera) pas "
       r"(?:la|a la maison)",
       r"quand (?:il )?(?:y a|ya|y aura) personne (?:chez toi|a la maison|chez vous)",
       # round 21: a call or a visit planned for when the partner is alone ("on pourra
       # s'appeler quand t'es seule"); not "t'es seule ce soir ?" (asked, §3)
       r"(?:appeler|appelle|appelles|parler|parle|facetime|visio|passer|venir|viens|voir) "
       r"(?:\w+ ){0,2}(?:quand|des que|pendant que|le temps que) (?:t es|tu es|tes|tu seras|"
       r"t seras|t serais|tu serais) (?:toute )?seule?\b",
       r"mets (?:des|tes|un|ton|ta) (?:ecouteurs|casque)",
       # round 9: "t'es posée dans ta chambre", "t'es dans ton lit ?"
       r"(?:t es|tu es|tes|t) (?:posee?|tranquille|seule?|couchee?|allongee?) dans ta chambre",
       r"(?:t es|tu es|tes) (?:deja )?(?:dans ton lit|au lit|couchee?)\b(?! (?:malade|avec la))",
       # round 14: waiting for the parent to pass or sleep, whispering, off to one's room
       r"(?<!on )(?<!j )(?<!je )attends? (?:que|qu) (?:elle|il|ils|elles|tes parents|ta mere|"
       r"ton pere|ta famille|tout le monde) (?:soit|soient|dorme|dorment|parte|partent|ait fini|"
       r"aient fini)",
       r"(?:^|appelle moi |on |et tu |tu )chuchotes?\b",
       r"(?:va|vas|file|monte) dans ta chambre(?! d)",
       cap=2),
    _r("g.alone_question", "alone", 2.0, "question sur la solitude ou l’absence des parents",
       rf"{_TU_ES} (?:toute |tout )?seule? (?:chez toi|a la maison|dans ta chambre|ce soir)",
       rf"{_TU_ES} (?:toute|tt|t) seule?",
       rf"{_PARENTS} (?:sont|est|rentrent|rentre|reviennent|revient|travaille|"
       r"travaillent|partent|part|bossent|bosse)",
       r"(?:ils|elle|il) (?:sont|est) (?:partis?|sortis?) tes parents",
       r"(?:personne|quelqu un) (?:a|chez|avec) (?:la maison|toi)",
       r"(?:ils|elle|il) rentrent? quand",
       r"quand (?:t|t es|tu es|tes|tu seras|t seras) (?:toute )?seule?",
       r"(?:viens|rentres|rentre|restes|reste|seras) (?:toute )?seule?",
       r"(?:tu es|t es|tes|t) seule? (?:a la maison|chez toi|le soir|ce week end|cet aprem)",
       r"^(?:et )?(?:tu es|t es|tes|t) (?:toute )?seule?$",
       r"(?:y aura|il y aura|y a) personne (?:chez|a la maison)",
       r"(?:tu vas|t vas) etre (?:toute )?seule?",
       # round 18: "tu bosses toute seule chez toi ?", "ils rentrent vers quelle heure ?"
       r"\btu (?:\w+ )?(?:toute |tout )?seule? (?:chez toi|a la maison)",
       r"(?:ils|elle|il) rentrent? (?:vers |a )?(?:quelle|quel) heure", cap=2),
    _r("g.compliment", "compliment", 0.8, "compliments sur le physique",
       # round 19: "t'es tout sauf moche"
       rf"{_TU_ES} (?:tout|toute) sauf (?:moche|laide|laid|banale?)",
       rf"{_TU_ES} (?:trop |vraiment |super |tellement |si |grave |tro )?"
       r"(?:belle|bel|jolie|mignonne|mignon|canon|magnifique|craquante|charmante|sublime|bonne|"
       r"superbe|ravissante|rayonnante)",
       r"(?:tes|ton|ta) (?:yeux|sourire|corps|cheveux|visage) (?:sont|est) (?:trop )?\w+",
       r"j ?te trouve (?:grave |trop |tres |vraiment |super )?(?:belle|jolie|mignonne|canon|bg)",
       r"(?:visage|tete|yeux) d ange",
       r"t as (?:un|de|des) (?:beau|beaux|joli|jolis|yeux|sourire) ?"
       r"(?:visage|yeux|corps|magnifiques?|sublimes?|superbes?)?",
       r"(?:la|le) plus (?:belle|beau|jolie|mignonne|canon)",
       r"(?:t es|tes) (?:tro|trop|vraiment|super) (?:charmente|charmante|bel|jolie|bele)",
       rf"{_TU_ES} (?:trop |tro |vraiment |super |tellement |si )?(?:mimi|cute|chou|belle gosse)",
       cap=2),
    _r("g.maturity", "maturity", 2.0, "flatterie sur la maturité ou l’unicité",
       # round 22: "t'es plus mûre qu'elles" (than the partner's friends)
       r"t es (?:bien |beaucoup |tellement |trop )?plus (?:mure|mur|matures?) (?:qu elles|qu eux|"
       r"que les autres|que tes (?:copines|potes|amies|amis))",
       r"matures? pour (?:ton age|une fille de|un garcon de)", r"plus mature",
       r"tu fais (?:plus|pas) (?:que |ton )?age", r"tu fais plus vieille?",
       r"(?:pas|pa) comme (?:les autres|les filles|les gens|les meufs|les mecs|les gars|"
       r"les nanas|les jeunes)",
       r"(?:les garcons|les filles|les mecs|les gens|ceux|les meufs|les gars|les nanas|les jeunes|"
       r"celles|les autres) de ton age",
       r"je (?:te )?comprends (?:mieux|moi)", r"personne (?:ne )?te comprend",
       r"t es (?:speciale?|unique|differente?)", r"je suis le seul a te comprendre",
       r"l age c est (?:qu )?un (?:chiffre|nombre)", r"l age (?:compte|importe) pas",
       r"moi je te comprends", r"(?:grande?|mature) pour ton age", r"a part moi",
       r"(?:differente?|au dessus) des (?:autres|filles|garcons|gens)",
       r"tu parles pas comme (?:une|un)", r"les autres sont (?:telement |trop |si )?immatures?",
       r"(?:t es|toi t es) pas (?:pareil|pareille|comme elles|comme eux)",
       r"(?:la|le) plus (?:interessante?|mature|intelligente?) (?:de|du)",
       r"on dirait pas (?:du tout )?que t as", r"t as l air d en avoir",
       # round 9: "t'as l'air plus vieille", "plus vieille que ton âge"
       r"(?:t as|tu as|t a) l air (?:plus|bien plus) (?:vieille?|agee?|grande?|mature)",
       r"plus (?:vieille?|agee?|grande?|mature) que ton age",
       # round 14: an age gap made normal ("on s'en fiche de l'âge", "quelqu'un de plus vieux")
       r"s en (?:fiche|fichent|fout|fous|foutent|balek) (?:de|d) l age",
       r"l age (?:c est|c|ca compte) (?:rien|pas grave|pas important|pas un probleme)",
       r"(?:chichis|histoires|problemes?) (?:avec|de|pour) l age",
       r"(?:sortir|sortie|sorti|sortirais|sortirait|sortes|sors) avec (?:quelqu un|un mec|un gars|"
       r"un homme|une fille|une femme) (?:de )?plus (?:vieux|vieille|age|agee|grand|grande)",
       r"(?:la|une|notre) difference d age",
       # round 18: "tu mériterais quelqu'un de plus grand qui te traite bien"
       r"(?:tu merites|tu meriterais|il te faut|il te faudrait|t as besoin d) (?:qqn|quelqu un|"
       r"un mec|un gars|une fille) (?:de )?plus (?:grand|grande|vieux|vieille|age|agee|mature)\b",
       # round 18: the gap said and waved away ("j'ai un peu plus que toi mais c pas grave"), the
       # partner set above peers ("tu écris mieux que des mecs de ma classe")
       r"(?:j ai|jai|g) (?:un peu |quelques ans |quelques annees |beaucoup |bien )?plus que toi"
       r"(?: \w+){0,4} (?:c pas grave|c est pas grave|ca change rien|on s en fiche|ca compte pas|"
       r"osef)",
       r"mieux que (?:les|des|toutes les|tous les) (?:mecs|filles|meufs|gars|gens|autres)(?: \w+)?"
       r" de (?:ma|ta|mon|ton) (?:classe|age|lycee|college)\b",
       cap=2),
    _r("g.gift", "gift", 1.8, "offre d’argent, de cadeau ou d’abonnement",
       # round 19: a sum sent ("je peux t'envoyer 50 si tu…"), a present promised
       r"(?:je|j) (?:peux |vais |pourrais )?(?:te|t) (?:envoyer|envoie|donner|donne|filer|file|"
       r"verser|verse|virer|vire) \d+\b"
       r"(?! (?:messages?|photos?|min|minutes|secondes|exos?|pages?)\b)",
       r"(?:je|j) (?:te|t) (?:ferai|ferais|fais|vais faire) (?:un|des) (?:petit |petits )?cadeaux?",
       rf"(?:je|j) ?(?:peux |vais |pourrais |te |t |t en |en )*{_OFFER}\b.{{0,30}}?(?:argent|"
       r"thune|sous|\d+ ?(?:e|euros?|balles)|euros|recharge|forfait|carte|paysafecard|psc|"
       r"v ?bucks|robux|skins?|premium|abonnement|cadeaux?|iphone|airpods|console|nitro|pass|"
       r"credits?|netflix|spotify|vetements|fringues|veste|baskets|sneakers|maquillage|billets?|"
       r"train|gemmes|diamants|dlc)",
       r"(?:je|j) (?:te|t|t en|peux te|peux t|vais te|vais t|peux t en|vais t en|t ai) "
       r"(?:le |la |les |l )?(?:offre|offrir|achete|acheter|paye|payer|paie|donne|donner|file|"
       r"filer|prends|rembourse|rachete|racheter)",
       r"(?:recharge|paysafecard|carte cadeau|robux|v ?bucks|nitro|credits?) (?:pour toi|"
       r"offerts?|gratuits?)", r"je te fais un (?:virement|paypal|lydia)",
       r"t as besoin (?:d argent|de thune|de sous)", r"je t (?:offre|achete|paye|paie)",
       r"(?:ton|un) cadeau pour toi", r"(?:combien|cb) d argent de poche",
       r"(?:t en|te) (?:donner|filer|payer) plus", r"argent facile",
       r"(?:te|t) faire (?:un peu |de l )?(?:d )?argent", r"t as combien de (?:robux|v ?bucks)",
       r"(?:abonnes|followers|vues|likes) (?:sur|pour) ton", r"je connais un moyen",
       r"je t (?:invite|heberge)", r"je (?:paie|paye) (?:tout|le train|le billet|ton billet)",
       # round 20: "je m'occupe du train" (the journey paid)
       r"je m occupe (?:du|des|de l|de ton|de tes) (?:train|billets?|trajets?|hotel|transport|"
       r"places?|essence)\b",
       # round 8: paid work offered to a teen ("tu serais payée", "payé en liquide")
       r"tu (?:serais|seras|serai) payee?", r"payee? en liquide", r"\d+ ?(?:e|euros|balles) (?:la|"
       r"par) (?:video|photo|heure|seance)",
       # round 9: lessons or services offered free, game currency or a camera put on the account
       r"(?:je|j) (?:peux |vais )?(?:te|t|t en) (?:peux |vais )?(?:mets|met|mettre|mettrai|"
       r"commande|commander|commanderai)(?: \w+){0,4} (?:gemmes|diamants|pieces|coins|"
       r"credits|robux|v ?bucks|dlc|skins?|pass|cam|camera|webcam|micro|casque|cadeau)",
       r"(?:je te|jte|je t) (?:donne|fais|offre|propose)(?: \w+){0,4} (?:gratos|gratuits?|"
       r"gratuitement|gratis)\b",
       # round 14: "je voudrais t'offrir un parfum", "je veux t'offrir une robe"
       r"(?:je voudrais|j aimerais|je veux|j veux|jveux|je vais) (?:t|te) (?:offrir|acheter)",
       # round 16: a thing already bought or put on the account for the partner ("je t'ai pris
       # le sweat que tu voulais", "je t'ai mis un truc dans ton inventaire"), not notes or a link
       r"(?:je|j) t ai (?:pris|achete|offert|commande|paye|mis|recharge) (?:le|la|les|l|un|une|"
       r"des|ton|ta|tes|du) (?!(?:cours|notes?|fiches?|liens?|exos?|exercices?|devoirs?|"
       r"reponses?)\b)\w+(?: \w+){0,3} (?:que tu voulais|dont tu revais|dans ton inventaire|"
       r"sur ton compte)"),
    _r("g.photo_request", "photo", 1.8, "demande de photo ou de caméra",
       # round 22: "genre des petites photos marrantes" as a dare, the real picture asked
       # elsewhere ("envoie-moi ta pp en vrai")
       r"(?:genre|juste|que|faut) des (?:petites )?photos (?:marrantes|droles|rigolotes|de toi)",
       r"(?:envoie|envoi|envoies|montre)(?: moi| m)? ta (?:pp|photo|tete) en vrai",
       # round 17: not the writer's own sending ("je t'envoie les photos de la colo")
       rf"(?<!je t )(?<!je te )(?<!jte ){_ASK_SEND}\b.{{0,25}}\b{_PHOTO}\b"
       rf"(?! (?:de|du|des|d) {_BENIGN_OBJECT})",
       rf"(?:une|1|une seule|quelques) {_PHOTO} (?:stp|svp|de toi|vite|en echange)",
       r"(?:photo|foto|pic|selfie|tof)s? de toi",
       rf"montre (?:toi|moi (?:ton|ta|tes)(?! {BENIGN_THING}\b))",
       rf"{_TU_AS} (?:une |des )?(?:photo|foto|pic|tof)s? (?:de toi|recente)",
       r"en (?:maillot|pyjama|sous vetements|tenue de sport|tenue|entier)", r"au lit",

       r"je veux (?:te )?voir (?:a quoi tu ressembles|ta tete|ton visage)",
       r"a quoi tu ressembles", r"(?:envoie|montre) plutot", r"decris ?moi",
       r"(?:me dois|tu me dois|en echange tu) (?:des photos|une photo)",
       # round 20: not a favour granted on request ("ok mais tu me dois un truc", a sibling
       # covering for the other); a debt after the writer's present still counts
       r"(?<!\bmais )(?<!\bmais tu )(?:me dois|tu me dois|en echange tu) (?:un service|un truc)",
       r"(?:photo|video|selfie)s? et on est quittes?",
       r"(?:casting|mannequin|shooting|photographe)",
       r"(?:ouvre|lance) (?:ta|la) (?:cam|camera|video)",
       # round 18: the partner's camera switched on or left on ("active la webcam", "laisse la
       # webcam allumée ce soir")
       r"(?:active|allume|rallume|laisse|branche) (?:ta|la|ta petite) (?:webcam|cam|camera)\b",
       r"je veux te voir", r"(?:prouve|prouves) le", r"t oses pas",
       rf"{_ASK_SEND} (?:m |moi )?en (?:une|un) autre", r"de plus pres",
       r"vocal (?:chuchote|a voix basse|au lit)",
       r"(?:une|un|des|celle|celles|ceux|photo|photos) (?:que|qu) (?:personne|persone|prsn) "
       r"(?:a|n a|ne|n) ?(?:jamais )?(?:vue?s?|vu|eue?s?)",
       r"(?:fais|fait|fai|prends|prend|fe) (?:moi |m )?(?:un|une|1) (?:miroir|selfie)",
       r"(?:photo|selfie|tof|pic)s? (?:dans|devant|au|du) (?:le |ton |la |ta )?miroir",
       r"montres? ?toi", r"(?:rien que|juste|seulement) pour (?:moi|mes yeux)",
       # round 20: a picture asked in a disappearing mode ("t'envoies en éphémère"), one made
       # for the writer only ("tu peux en faire une que pour moi")
       r"(?<!je t )(?<!je te )(?<!jte )(?:envoie|envoies|envoyer|envoi|mets|met|balance) "
       r"(?:la |le |les |l |moi |m |la moi |le moi )?en (?:ephemere|vue unique)\b",
       r"(?:en )?(?:fais|faire|fait|fe|feras) (?:une|un) (?:que|juste|rien que) pour moi\b",
       # round 18: "une photo que tu m'envoies juste à moi", "tu me dessines d'après une photo"
       rf"{_PHOTO} (?:que|qu) tu (?:m|me) (?:envoies|envoie|enverras|envoyes|donnes|files)\b",
       r"(?:je veux|j veux|jveux|je voudrais) (?:te )?(?:voir|regarder)\b",
       # round 9: "fais voir ton style", "une du miroir", "j'aimerais bien voir", "tu
       # m'enverras une photo", "t'as une photo de l'été dernier ?"
       r"fais (?:moi )?voir (?:ton|ta|tes) (?:style|tenue|look|tete|visage|corps|maillot)",
       r"(?:une|1) (?:du|au|devant le|dans le) miroir",
       r"(?:j aimerais|j aimerai|jaimerais|j aimerais bien|j adorerais) (?:bien )?(?:te )?voir\b",
       rf"(?:tu )?m (?:enverras|envoieras|enverra) (?:une|des|ta|tes|un)(?: \w+){{0,3}} {_PHOTO}",
       r"(?:t as|tu as|tu aurais|t aurais) (?:une|des) (?:photo|tof|pic)s? (?:de l ete|de vacances|"
       r"a la plage|en maillot|de la piscine|de toi)",
       r"montre (?:moi |m en )?un peu plus",
       # round 14: franglais ("send pics", "send me a selfie")
       r"send (?:me |moi )?(?:a |some |ur |your |des |une )?(?:pics?|selfies?|photos?|nudes|vids?)",
       cap=2),
    _r("g.video_call", "photo", 1.0, "propose un appel vidéo",
       r"facetime", r"(?:appel|chat) video", r"(?:on se fait|on fait|fais|on s fait) une visio",
       r"(?:on|tu veux|t veux) (?:s appelle|facetime|visio) en video",
       r"(?:dispo|dispos|disponible|partante?) (?:en|pour une?|pour la|pour un) "
       r"(?:cam|visio|facetime|appel video)"),
    _r("g.undress", "intimate", 3.0, "demande de se dévêtir",
       r"sans (?:ton|ta|tes) (?:haut|t shirt|tee shirt|pull|vetements|habits|soutif)",
       r"(?:enleve|retire|enlever|retirer) (?:ton|ta|tes) (?:haut|t shirt|pull|vetements|habits)",
       r"torse nu",
       # round 16: any garment of the body, the partner's, and "t'enlèves" ("t'enlèves ton pull
       # avant, que je voie"); not a coat or shoes
       r"(?:enleve|enleves|retire|retires|enlever|retirer) (?:ton|ta|tes) (?:haut|t shirt|"
       r"tee shirt|tshirt|pull|sweat|sweatshirt|gilet|chemise|debardeur|brassiere|soutif|"
       r"soutien gorge|jean|pantalon|jupe|robe|short|legging|collant|collants|culotte|calecon|"
       r"vetements|habits)\b",
       r"sans (?:ton|ta|tes) (?:sweat|gilet|chemise|debardeur|brassiere|soutien gorge|jean|"
       r"pantalon|jupe|robe|short|legging|culotte|calecon)\b"),
    _r("g.body_question", "intimate", 1.0, "questions sur le corps",
       r"tu (?:mesures|peses|fais) combien(?! de (?:km|temps|euros|fois|heures))",
       r"(?:ta|quelle) taille de", r"tu fais quelle taille", r"combien de taille"),
    _r("g.secrecy_adults", "secrecy", 2.5, "demande de cacher la relation aux parents",
       # round 19: a cover story for the parents ("dis à tes parents que c'est un baby-sitting",
       # "dis que c'est la mère de Lina" who drives)
       rf"(?:dis|dit|di|diras) a {_PARENTS} (?:que|qu) c est (?:un|une|pour)\b",
       r"(?:dis|dit|di|diras) (?:leur |lui )?(?:que|qu) c est (?:la|le|sa|son) (?:mere|pere|maman|"
       r"papa|daronne|daron|grand mere|grand pere|tante|oncle) (?:de|d)\b",
       r"(?:dis|di|dit|raconte|parle) (?:rien|pas|le pas|en pas|jamais) (?:a|de ca a|de nous a)? ?"
       rf"(?:{_PARENTS}|tes profs)",
       r"(?:efface|supprime|supprimes|effaces|delete) (?:nos|les|tes|la|notre) "
       r"(?:messages?|conv|conversation|discussion|msg|photos?)",
       # round 21: the link to elsewhere erased after use ("efface le lien après")
       r"(?:efface|supprime|supprimes|effaces|delete) (?:le|ce|mon) (?:lien|invit|invitation)"
       r" (?:apres|direct|tout de suite|une fois)",
       rf"{_PARENTS} (?:comprendraient|comprendront|comprennent|comprendrait|voudraient) pas",
       rf"{_PARENTS} (?:ont|a) pas (?:besoin|a) (?:de )?(?:le )?{_SECRET_VERB}",
       rf"{_PARENTS} (?:sont|est) pas obliges? de savoir", r"en cachette",
       rf"(?:pas|rien|jamais|personne)\b.{{0,25}}\b(?:a|au) {_PARENTS}",
       rf"{_PARENTS}\b.{{0,20}}\b(?:doit|doivent|dois) pas {_SECRET_VERB}",
       rf"(?:pas|faut pas) que {_PARENTS} (?:le |l |en )?{_SECRET_VERB}",
       rf"{_PARENTS} (?:le )?(?:sauront|saura) (?:pas|jamais)",
       r"(?:efface|supprime|effaces|supprimes|on efface|on supprime) (?:tout|apres|ca|la conv)",
       r"(?:pas la peine|inutile) de (?:le |en )?(?:dire|parler) a",
       # round 8: coaching a lie to the parents, what they will not see
       r"(?:tu )?(?:dis|dit|diras|dire) (?:que|qu) (?:tu|t) (?:vas|vais|dors|es|revises|passes|"
       r"bosses|restes) chez (?:une|un|ta|ton) (?:copine|pote|amie?|copain)",
       r"(?:t as|t a|tu as|tu n as) qu a (?:dire|leur dire|lui dire) (?:que|qu)",
       rf"dit quoi a {_PARENTS}",
       rf"{_PARENTS} (?:ne )?(?:verront|verra|verrons|voit|voient|sait|saura) (?:rien|pas|jamais)",
       rf"tu (?:dis|diras) a {_PARENTS} que t es chez",
       r"(?:dis|di|dit|raconte|parle) (?:rien|pas|le pas) a (?:ta mer|ta reum|ton per|ta mere)",
       # franglais: "dont tell ur mom", "tell ur parents que t'es à la bibli"
       r"(?:dont|don t|do not|never) tell (?:ur|your|ta|tes|ton) (?:parents|mom|mum|dad|mere|"
       r"pere|family|famille)",
       r"tell (?:ur|your) (?:parents|mom|mum|dad) (?:que|qu|that)",
       # round 14: "éteins ton tel comme ça ils te trouvent pas", "ta mère doit pas ouvrir le colis"
       rf"(?:comme ca|pour que|pour pas que|qu) (?:ils|elle|il|{_PARENTS}) (?:ne )?(?:te )?"
       r"(?:trouvent|trouve|retrouvent|retrouve) (?:pas|jamais)",
       rf"{_PARENTS} (?:doit|doivent|dois) pas (?:ouvrir|lire|fouiller|trouver|tomber sur)",
       # a lie coached for the parents ("dis à ta mère que t'es fatiguée")
       rf"(?:dis|dit|di|diras) a {_PARENTS} (?:que|qu) (?:tu|t)\b",
       cap=2),
    _r("g.secrecy", "secrecy", 1.5, "demande de secret",
       r"ne (?:le )?dis (?:rien|a personne)", r"notre (?:petit )?(?:secret|truc)",
       # round 21: a place sought where no one moderates ("y a pas de modos", "ici c'est trop
       # surveillé"); not "heureusement qu'il y a des modos"
       r"(?:y a|ya|il y a|y aura|il y aura|y en a) (?:pas|jamais|aucun|aucune) (?:de )?"
       r"(?:modos?|moderateurs?|moderatrices?|moderation|surveillance)",
       r"sans (?:modos?|moderateurs?|moderation|surveillance)\b",
       r"(?:ici c est|ce salon est|c est|ce chat est|le salon est) (?:trop|hyper|super) surveille",
       r"personne (?:ne )?(?:doit|dois) (?:le )?savoir",
       r"personne (?:ne )?(?:le )?(?:saura|verra)",
       r"(?:que )?personne (?:ne )?(?:le )?(?:sache|voie)",
       r"garde (?:ca|le) pour toi", r"(?:ca reste|c est|ca restera|reste) (?:entre nous|secret)",
       r"entre (?:toi et moi|nous)", r"je (?:le )?montrerai a personne",
       # round 18: "t'es pas obligée de lui dire qu'on parle", "tes parents faut pas qu'ils
       # sachent", "ici les modos lisent tout"
       r"(?:t es|tu es|tes) pas obligee? (?:de|d) (?:lui|leur|le|le lui|le leur|en parler)",
       r"faut pas (?:qu|que) (?:ils|elle|il|elles) (?:le )?(?:sachent|sache|voient|voie|"
       r"apprennent)",
       r"ici (?:tout le monde|n importe qui|les modos?|les moderateurs|ils|on) (?:lit|lisent|voit|"
       r"voient|surveille|surveillent) tout",
       r"(?:dis|dises|dit|dire|raconte|racontes|montre|montres|parles de moi) "
       r"(?:le |la |les |rien |pas )?a personne",
       r"(?:tu )?(?:gardes?|garder) (?:ca|le|la|les|tout) pour (?:toi|nous)",
       r"personne (?:doit|ne doit|dois) (?:le |la |rien )?(?:savoir|voir)",
       r"tkt personne (?:saura|verra)", rf"pas un mot{NOT_TO_A_THIRD}", r"vue unique",
       r"personne (?:ne )?(?:va|vas|pourra) (?:le |rien )?(?:savoir|voir)",
       r"personne (?:n )?en saura rien",
       # round 20: "ils verront rien" (they: the household just named)
       r"(?:ils|elle|il|elles) (?:n )?(?:en )?(?:verront|sauront|saura|verra) (?:rien|que dalle)\b",
       r"je (?:la |les |le )?(?:supprime|efface) (?:apres|direct|tout de suite|juste apres)",
       # round 14: the photo asked for, kept "pour moi" (as "je la montrerai à personne")
       r"je (?:la |les )?(?:garde|garderai|garderais) pour moi",
       rf"(?:tu )?(?:dis|dire) rien{NOT_TO_A_THIRD}",
       r"(?:le )?repetes? pas", r"en prive hein", r"promets? de rien dire",
       r"pas de trace", r"(?:s effacent|ephemeres?)", r"(?:dis|dire) le a personne",
       r"keep (?:it|this) (?:between us|secret|a secret)",
       r"(?:dont|don t) tell (?:anyone|anybody)",
       r"parle pas de (?:nous|moi)", r"ca reste (?:secret|entre nous)",
       # round 8
       r"(?:pas la peine|inutile|pas besoin) d en parler", r"(?:ici|la) c est surveille",
       r"(?:messages|ils|elles|ca) (?:disparaissent|disparait)",
       r"(?:qu|pour qu|pour pas qu) (?:ils|elle|il|tes parents|ta mere|ton pere) "
       r"(?:n )?(?:entendent|entende|voient|voie) (?:rien|pas)",
       # round 9: "évite de raconter ça", "pour que personne entende", "ici tout le monde peut
       # lire", "mets un code sur ton tel", "dis pas aux autres", "les autres seraient jaloux"
       r"evite (?:de|d) (?:le |en |lui |leur )?(?:raconter|dire|parler)",
       r"(?:pour )?(?:que|qu) personne (?:n )?(?:entende|voie|sache|lise|tombe)",
       r"(?:peur|pas) qu on (?:t |te |vous |nous )?(?:entende|voie|surprenne|lise)",
       r"ici (?:tout le monde|n importe qui|les modos?|ils|on) (?:peut|peuvent|peux) "
       r"(?:lire|voir|nous lire)",
       r"(?:mets|met|mettre) un (?:code|mot de passe) (?:sur|a) ton (?:tel|portable|telephone)",
       r"(?:dis|dit|di|raconte) (?:pas|rien|le pas) aux autres",
       r"(?:les autres|ils|elles) (?:seraient|vont etre|seront|vont|serait) (?:tous |toutes )?"
       r"(?:jaloux|jalouses)",
       r"(?:et )?(?:tu |t )en parles? (?:pas|a personne)",
       r"(?:montre|montres|montrer) (?:pas|jamais|a personne) nos (?:messages|conv|conversations)",
       r"(?:efface|supprime|effaces|supprimes) apres (?:lecture|avoir lu|l avoir vue?)",
       # round 14: "efface le tchat", "garde la conv pour toi", "dis-lui pas", "dis-leur que
       # t'es fatiguée" (a lie coached to whoever asks)
       # round 22: the call log erased ("tu effaces le journal d'appel")
       r"(?:efface|effacer|supprime|supprimer|effaces|supprimes|vide|vider|vides) (?:le|ton) "
       r"journal (?:d appels?|des appels)",
       r"(?:efface|supprime|effaces|supprimes|vide|vides) (?:le|ce|l) (?:tchat|chat|historique|"
       r"fil|conv)",
       r"(?:gardes?|garder) (?:la|cette|notre|nos) (?:conv|conversation|discussion|messages?|"
       r"photos?) pour (?:toi|nous)",
       r"(?:dis|di|dit) (?:lui|leur|y) pas",
       r"(?:dis|dit|di|diras) (?:leur|lui) (?:que|qu) (?:tu|t)\b",
       # round 16: a lie to the household covered or invented for the partner ("je te couvre si
       # elle appelle", "fais-leur croire que…", "invente une excuse")
       r"je te (?:couvre|couvrirai|couvrirais)\b",
       r"(?:fais|fait|faire) (?:leur |lui )?croire (?:a|que|qu)\b",
       r"invente (?:une excuse|un truc|quelque chose|un mensonge|une histoire|un pretexte)",
       # round 18: "t'as pas besoin de leur dire", "dis pas que tu me vois"
       r"(?:t as|tu as|t a|tu n as|pas) (?:pas )?besoin (?:de|d) (?:leur|lui|le leur|le lui|le) "
       r"(?:dire|raconter)\b",
       r"(?:dis|dit|di|dites) (?:pas|rien|jamais) (?:que|qu) (?:tu|t) (?:me|m) (?:vois|parles|"
       r"connais|ecris|rejoins|retrouves)\b",
       cap=2),
    _r("g.threat", "threat", 2.5, "menace ou chantage",
       r"sinon je (?:montre|dis|envoie|publie|balance|poste|raconte)",
       r"(?:je|j) (?:vais )?(?:montrer|envoyer|publier|balancer) (?:nos|tes|les) "
       r"(?:messages|photos)", r"si tu m aimais",
       r"(?:captures?|screens?|screenshots?) de (?:nos|tes) (?:messages|conv|conversations|"
       r"photos|vocaux)", r"(?:captures|screens?|screenshots?) de nos",
       r"je (?:les )?envoie a (?:ta classe|tes potes|tout|ton college|tes parents)",
       r"je sais ou (?:tu habites|t habites|t es|tu es|est ton)", r"ou je viens",
       # round 9: "ce serait dommage que ta mère voie nos conversations"
       r"(?:ce serait|se serait|ca serait|ca serait vraiment) dommage (?:que|qu) "
       r"(?:ta|ton|tes|tout|tous|quelqu|on)"),
    _r("g.off_platform", "off_platform", 1.0, "invitation à passer sur une autre application",
       # round 19: the room's talk moved to private messages ("je t'écris en privé", "envoie en
       # privé", "on continue le jeu en privé", "je t'écris direct")
       r"(?:je t|jt|je te|jte) (?:ecris|ecrit|ecrirai|envoie|envoi|parle) (?:en (?:mp|pv|prive)|"
       r"direct)\b",
       # (not a thing sent there, "je te l'envoie en privé", nor someone's "il m'a écrit en mp")
       r"(?<!\bl )(?<!\bles )(?:envoie|envoi|ecris|on en parle|on parle|on continue|continue|"
       r"reponds)(?: \w+){0,3} en (?:mp|pv|prive)\b",
       r"snap|snapchat|insta|instagram|whatsapp|wsp|wtsp|watsap|telegram|discord|kik|signal|"
       r"tiktok|facebook|messenger|viber|skype",
       r"(?:ton|tn|ta) (?:num|numero|06|07|tel|pseudo)", r"(?:mon|mn) (?:num|numero|06|07)",
       r"(?:ajoute|ajout|add|rejoins|rejoint) moi", r"en (?:prive|pv|mp) (?:ailleurs|sur)",
       # round 18: a room's member called into private messages ("viens en mp")
       r"(?:viens|vien|passe|passons|on passe|go|on va|on continue) en (?:mp|pv|prive|dm)\b",
       r"on s (?:appelle|apelle|tel|facetime)", r"(?:je t|jt) (?:appelle|apelle)",
       # round 9: another app named by hint ("l'appli avec le fantôme", "l'autre appli où les
       # messages s'effacent", "mon autre compte"), a link to elsewhere
       r"(?:l|une|mon|ma|sur l|sur une|sur mon) autre (?:appli|app|application|compte|plateforme|"
       r"site|reseau)", r"(?:l|une) (?:appli|app|application) (?:ou|avec|qui)\b",
       r"(?:on )?(?:continue|parle|discute|passe) ailleurs", r"change d (?:appli|app)",
       # round 20: "jte dis en privé", "c'est mieux en privé"
       r"(?:je t|jt|je te|jte) (?:dis|explique|raconte)(?: tout)? en (?:mp|pv|prive)\b",
       r"(?:c est|c|ce sera) (?:mieux|plus simple|plus facile) en (?:mp|pv|prive)\b",
       r"(?:telecharge|installe) (?:la|l appli|cette appli|l app)",
       r"(?:l|une) (?:appli|app) (?:verte|bleue|jaune|rose|violette|noire)"),
    _r("g.meeting", "meeting", 1.3, "proposition de rencontre",
       r"on (?:se )?(?:voit|voie|rencontre|retrouve|capte|se capte|peut se voir|rejoint)",
       r"(?:se|te|nous) (?:voir|rencontrer|retrouver|capter) (?:en vrai|irl|un de ces|bientot|"
       r"demain|ce|samedi|dimanche|mercredi)", r"en vrai (?:un jour|bientot)",
       # round 20: not an appointment with a third party ("rdv avec le banquier", "chez le
       # dentiste")
       r"(?:rdv|rendez vous)(?! (?:avec|chez) (?:le|la|l|les|mon|ma|mes|un|une|son|sa|ses)\b)",
       # round 20: one's home offered as quiet ("chez moi c'est calme"), the others turned away
       # ("c'est mieux à deux")
       r"chez moi (?:c est|on sera|on est|on serait) (?:calme|tranquilles?|peinards?|au calme)",
       r"(?:c est |c |ce sera |c serait )?mieux a deux\b",
       r"(?:t habites|tu habites|t habite|tu habite|tu vis) "
       r"(?:ou|dans quelle|dans quel|vers ou|pres de|loin)",
       r"(?:quelle|quel) (?:ville|quartier|gare|arret|coin)", r"viens chez moi",
       r"(?:je peux|je vais|j peux|jpeux) (?:venir|passer) (?:te voir|chez toi)",
       r"on pourrait se (?:voir|capter|retrouver)", r"(?:venir|viens) me (?:voir|rejoindre)",
       r"juste (?:nous deux|toi et moi)", r"(?:se|te) croiser",
       r"(?:juste|seule?|rien que) avec moi", r"rien que (?:nous deux|toi et moi)",
       r"je (?:pourrais|pourais|peux|vais|pourai) venir(?: chez toi| te voir)?$"),
    _r("g.pickup", "pickup", 2.0, "propose d’aller chercher la personne ou demande où la trouver",
       # round 22: "je peux t'y emmener" (to the concert the parents refused)
       r"(?:je|j) (?:peux|pourrais|pourais|vais) t y (?:emmener|amener|conduire)\b",
       # round 19: "je peux t'emmener si tu veux, j'ai ma voiture"
       r"(?:je|j) (?:peux|pourrais|pourais|vais) t emmener\b",
       r"(?:je|j) (?:peux |vais |pourrais |pourais )?(?:venir |passer |viens |passe )?te "
       # round 9: not "je passe te chercher à vélo pour aller au lycée" (teens)
       r"(?!.{0,30}\b(?:a velo|pour aller (?:au|en) (?:lycee|college|cours)))"
       # "je vais te prendre un truc" is a present, not a pickup
       r"(?:chercher|prendre(?! (?:un|une|des|du|de la|quelque|qqch|ca)\b)|"
       r"recupere|recuperer|ramene|ramener|raccompagne|raccompagner|croiser|attendre|attends)",
       r"je (?:viens|passe) (?:en voiture|avec ma voiture)",
       r"en (?:voiture|scooter|caisse) (?:je|devant)",
       r"devant ton (?:college|lycee|ecole)", r"(?:ton|ta) adresse",
       r"par (?:quel|ou) (?:chemin|tu passes|tu rentres)", r"t attendre a la sortie",
       r"te (?:deposer|depose) (?:chez toi|en voiture)", r"je t (?:attendrai|attends|attendrais) "
       r"(?:a la sortie|devant|au)", r"(?:quelle|quel) (?:rue|numero de rue|batiment)",
       r"je (?:passerai|passe souvent|pourrais passer) (?:peut etre )?devant",
       r"tu (?:peux|pourrais) venir chez moi",
       r"je (?:t emmene|t emmenerai|t emmenerais|te ramenerai|serai en voiture)",
       # round 8: "viens chez moi" alone is a meeting (teens invite each other), not a pickup
       r"(?:viens|viendras|venir) (?:les |le |la )?chercher chez moi",
       r"(?:seule?|tous les deux|juste nous)"
       r" (?:hein|au parc|chez moi)",
       # round 9: "au coin de ta rue"
       r"(?:au coin de|au bout de|en bas de) ta rue",
       r"(?:i can|i ll|i will|let me|je peux|je vais) pick (?:u|you|toi) up"),
    _r("g.trust", "trust", 1.5, "demande de confiance ou isolement",
       # round 22: a game used to force an answer ("c'est le jeu, faut répondre")
       r"c (?:est |etait )?le jeu,? (?:faut|il faut|tu dois|t es obligee?|t as pas le choix)"
       r"(?: de)? (?:repondre|le faire|jouer)\b",
       rf"{_PARENTS} (?:te )?(?:comprennent|ecoutent|respectent) (?:rien|pas|jamais)",
       rf"{_PARENTS} t (?:ecoutent|ecoute|comprennent) (?:rien|pas|jamais)",
       r"(?:tu peux|t peux|tu peu) me faire confiance", r"fais moi confiance",
       r"je suis (?:la|le) pour toi", r"tes (?:potes|amis|amies|copines) (?:sont|te) jalou",
       # round 20: "je vois ce que tu vis, j'ai vécu pareil", "elle est jalouse de toi"
       r"je (?:vois|sais|comprends) (?:ce que|c que) tu (?:vis|traverses|ressens|endures)\b",
       r"(?:elle|il|ils|elles) (?:est|sont) (?:trop )?(?:jaloux|jalouse|jalouses) de toi\b",
       r"tu peux tout me dire", r"(?:tes amis|tes potes|tes copines) c est des faux",
       r"les autres (?:filles |meufs |gens )?le font", r"te meritent pas",
       r"je serai toujours la",
       r"(?:t es|tu es|tes) (?:une|un) (?:grande|grand) (?:fille|garcon)",
       r"(?:t es|tu es|tes) (?:grande?) maintenant",
       r"tu peux decider (?:seule?|toute seule|pour toi)",
       r"tout le monde (?:le )?fait (?:ca|pareil)", r"c est normal (?:entre|a ton age)",
       r"je te traite (?:comme une?|en) (?:grande?|adulte)",
       rf"{_PARENTS} (?:sont|est) (?:trop |vraiment )?(?:severes?|stricts?|strictes?|relous?)",
       r"fais moi plaisir",
       # round 18: "elle te comprend pas du tout" (a parent named before)
       r"(?:elle|il|ils|elles) (?:te|t) (?:comprend|comprennent|ecoute|ecoutent) (?:pas|rien|"
       r"jamais)\b",
       # round 8
       rf"{_PARENTS} (?:ils |elle |il )(?:te )?(?:comprennent|comprend|ecoutent|ecoute) "
       r"(?:rien|pas|jamais)",
       r"(?:ils|elle|il) (?:sont|est) trop (?:protecteurs?|protectrices?|severes?|stricts?)",
       r"(?:t es|tu es|tes) (?:une |un )(?:grande?) maintenant",
       # round 9: "t'as pas besoin de leur permission", "tu me fais pas confiance ?", "tu me
       # remercieras autrement"
       r"(?:t as|tu as|t a|tu n as) pas besoin (?:de|d) (?:leur|la|sa|ta|ton|leurs) "
       r"(?:permission|autorisation|avis|accord)",
       r"(?:tu me fais|t as|tu as|t a|tu m fais) pas confiance",
       r"tu me (?:remercieras|remerciras|revaudras|le rendras) (?:autrement|plus tard)",
       r"tu me dois bien (?:ca|un truc)",
       r"(?:avec moi )?(?:t es|tu es|tes) en securite avec moi",
       r"je (?:te )?(?:ferai|ferais) (?:jamais|pas|rien) (?:de mal|du mal)",
       # round 14: "t'es assez grande pour décider"
       r"(?:t es|tu es|tes) assez (?:grande?|mature|vieille?) pour (?:decider|choisir|savoir|"
       r"sortir|faire)"),
    # Round 8: cutting the teen off from friends ("t'as pas besoin d'elles", "parle qu'à moi",
    # "bloque-le et envoie-moi une capture"): a family of its own, so that it adds up with
    # trust (once: a jealous teen partner says as much).
    _r("g.isolation", "isolation", 1.5, "éloigne la personne de ses proches",
       # round 22: "tes copines du salon vont juste te juger"
       r"(?:tes copines|tes potes|tes amies|tes amis|tes parents)(?: \w+){0,4} (?:vont|vont juste|"
       r"vont que|font que) te (?:juger|critiquer)\b",
       r"(?:t as|tu as|t a) pas besoin (?:d eux|d elles|d elle|de lui|de tes (?:potes|copines|amis|"
       r"amies|parents))",
       r"(?:parles?|parler|ecris|ecrire) (?:qu a|seulement a|juste a) moi",
       # round 18: "parle pas à eux ni aux profs… parle-moi à moi"
       r"(?:parle|parles|dis|raconte) (?:pas|rien) (?:a eux|a elles|aux profs|a tes profs)\b",
       r"parle moi a moi\b",
       r"je suis (?:le seul|la seule) (?:qui|a)", r"bloque (?:le|la|les)\b.{0,30}capture",
       r"(?:elle|il) te merite pas",
       # round 9: "les autres s'en fichent de toi", "parle-moi plutôt qu'à eux"
       r"(?:les autres|tes potes|tes copines|tes amis|tes amies|tes parents|ils|elles|tout le "
       r"monde) s en (?:fichent|foutent|fiche|fout|balek|moquent) de toi",
       r"plutot qu a (?:eux|elles|tes parents|ta mere|ton pere|tes potes|tes copines)",
       # round 14: "ta famille t'accapare, t'as plus de temps pour moi"
       rf"(?:{_PARENTS}|tes potes|tes copines|tes amis|tes amies|ils|elles) t accaparen?t?",
       r"(?:t as|tu as|t a) (?:plus|jamais) (?:de )?temps pour moi",
       # round 18: "viens sans tes copines"
       r"(?:viens|vien|venir|viendras|passe) (?:\w+ ){0,2}sans (?:tes|ta|ton) (?:copines?|potes?|"
       r"amis?|amies?|copains?|parents|soeurs?|freres?)\b"),
    _r("g.pretext", "pretext", 1.5, "prétexte pour approcher (garde d’enfants, jeu de rôle, "
       "sondage, jeu vidéo, cartes)",
       r"(?:tu fais|tu ferais|tu veux faire|tu pourrais faire|tu fais pas|t fais|tu fait) "
       r"(?:du |le |la )?baby ?sit(?:ting|ter|ing)?",
       r"(?:cherche|besoin d|besoin de|recherche) (?:une |un |d une )?baby ?sit(?:ting|ter|ing)?",
       r"(?:pour |peux |pourrais |veux |voudrais |viens )?(?:garder|gardes|garderais) "
       r"(?:mes|mon|ma) "
       r"(?:enfants|fils|fille|petits?|petite|gamins|neveux|bebe)",
       r"jeux? de roles?", r"rp", r"on (?:fait|ferait|joue|jouerait) (?:semblant|comme si)",
       r"tu (?:serais|serai|seras|joues|jouerais) (?:ma|mon) ", r"on joue a un jeu",
       r"(?:un|a un|petit) jeu (?:entre nous|rien que|juste)",
       r"(?:questionnaire|sondage|enquete|etude)\b.{0,30}\b(?:pour|sur|anonyme|rapide|"
       r"quelques questions)", r"(?:quelques|qq|des) questions (?:pour|sur) (?:un|une|mon|ma)",
       r"(?:pokemon|carte pokemon|cartes pokemon|switch|ps5|ps4|xbox|console|fortnite|manette)s?"
       r"\b.{0,30}\b(?:chez moi|a la maison|je te (?:la |le |les )?(?:prete|donne|montre)|"
       r"gratuit|offert|pour toi|viens)",
       r"je te (?:la |le |les )?(?:prete|preterai|passe|passerai) (?:ma|mon|mes) "
       r"(?:switch|ps5|ps4|console|jeux|cartes|manette|tablette)",
       r"(?:j ai|jai) (?:toutes les|plein de|des|la) (?:cartes? pokemon|jeux|switch|ps5|console)"),
    _r("g.overnight", "overnight", 2.0, "propose de passer la nuit ensemble ou de dormir sur place",
       r"(?:dormir|dors|dormiras|dormirais|dort|dormira|dormirait|passer la nuit|passes la nuit)"
       r" (?:chez moi|a l hotel|ensemble|avec moi|sur place|la bas|dans ma|dans mon|a la maison)",
       r"(?:une|la|ma|notre) chambre (?:d hotel|a l hotel|pour nous|pour deux|reservee)",
       r"je (?:prends|reserve|paie|paye|prendrai|reserverai) (?:la |une |l |un )?(?:chambre|hotel|"
       r"airbnb)",
       r"(?:hotel|chambre|airbnb)\b.{0,30}\b(?:apres le concert|pour la nuit|tous les deux|"
       r"ensemble)", r"(?:apres le|le soir du) concert.{0,30}(?:dormir|dors|nuit|hotel)",
       r"tu (?:dis|diras) (?:a tes parents|a ta mere|a ton pere) que tu dors",
       # round 20: "dis-leur que tu dors chez une copine", "tu dis que tu dors chez moi"
       r"(?:dis|dit|di|diras|tu dis|tu diras|t as qu a dire) (?:leur |lui )?(?:que|qu) "
       r"(?:tu|t) (?:dors|dormiras|restes dormir|passes la nuit)\b",
       # round 17: not at a third party's ("je reste dormir chez eux", "chez ma mère")
       r"(?:rester|restes|reste) dormir(?! chez (?:eux|elle|lui|elles|mes|ma|mon|sa|son|ses|"
       r"leur|leurs|mamie|papi|papy)\b)", r"la nuit (?:chez moi|ensemble|avec moi)",
       # round 9: a room shared
       r"(?:on partagera|on partage|on partagerait|partager|partagerait) (?:la|une|notre) "
       r"(?:meme )?chambre", r"(?:dans )?la meme chambre",
       # round 18: "tu pourrais fuguer un soir chez moi"
       r"(?:fuguer|fugue|fugues|t enfuir|te tirer|te barrer)\b(?: \w+){0,3} chez moi"),
    _r("g.intimate_question", "intimate", 1.5, "questions intimes",
       # round 17: "t'as déjà fait ça / des trucs", not "t'as déjà fait un rendez-vous / du ski"
       r"t as deja (?:embrasse|eu un copain|eu une copine|fait(?! (?:un|une|du|le|la|les|ton|"
       r"ta|tes|mon|ma|mes|ce|cette|cet|\d+)\b| l (?!amour)))", r"vierge",
       r"(?:tu dors|tu es) (?:habillee?|en quoi)", r"qu est ce que tu portes", r"tu portes quoi",
       cap=2),
)

CHILD_CONTEXT_FAMILIES = frozenset({"school"})
"""Families that by themselves point to a child, even between two declared adults."""

_CHILD_AGE = r"(?:1[0-7]|[6-9])"
_CLASS = (r"(?:6e|5e|4e|3e|6eme|5eme|4eme|3eme|6em|5em|4em|3em|sixieme|cinquieme|quatrieme|"
          r"troisieme)")
_NOT_DURATION = r"(?! (?:de|d|dans|que|qu|quand|a la)\b)"
# round 13: "je suis en 5e d'anglais encore dans ma tête": a level in a subject, no class
_NOT_LEVEL = (r"(?! (?:d|de|en|niveau) (?:anglais|maths|math|francais|espagnol|allemand|"
              r"orthographe|ortho|italien|latin|conjugaison|grammaire)\b)")
_NOT_ASKED = r"(?<!si )(?<!si je )(?<!si j )"
_MOTHER = r"(?:ma mere|mon pere|ma daronne|mon daron|mes darons|mes parents|ma maman|mon papa)"

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
)

CHILD_SELF_RULES: tuple[Rule, ...] = (
    _r("c.self_age", "self_age", 3.0, "se dit âgé·e de moins de 18 ans",
       # round 19: "non moi j'ai 11 mdr", "mes cousins ont 12 et 14 et moi 13"
       rf"{_J_AI} (?:1[0-7]|[6-9]) (?:mdr|lol|ptdr|xd|hein|en vrai)\b",
       r"(?:ont|a) (?:\d{1,2} (?:et|ou) )*\d{1,2}(?: ans)? et moi (?:1[0-7]|[6-9])\b"
       r"(?! (?:h|heures|euros|e|min|km|kg)\b)",
       # round 12: not "depuis que j'ai 10 ans" (an adult's collection, a habit's start)
       rf"(?<!depuis que ){_J_AI} (?:dix|onze|douze|treize|quatorze|quinze|seize|dix sept) ans"
       rf"{_NOT_DURATION}",
       rf"(?<!depuis que ){_J_AI} (?:eu )?{_CHILD_AGE} ans{_NOT_DURATION}",
       r"je vais avoir (?:1[0-7]) ans", rf"(?:moi|perso) {_CHILD_AGE} ans",
       # round 16: turning ten told as "deux chiffres"
       r"(?:je vais avoir|j aurai|j ai enfin|j ai|moi) (?:mes )?deux chiffres"),
    _r("c.self_age_reply", "self_age", 3.0, "répond par un âge de mineur",
       # round 8: 10 to 17 only ("moi 8 mdr" is a mark out of 20)
       r"^(?:en vrai |moi )?1[0-7] (?:et toi|toi|mais|chut|stp|jsuis|en vrai|mdr|lol)",
       r"(?:c est|ce sont|samedi c est|demain c est|bientot) mes (?:1[0-7]) ans",
       # round 21: a child age corrected at once into an adult one ("13... enfin 18")
       r"^(?:euh |bah |ben )?1[0-7] (?:ans )?(?:enfin|euh|pardon|oups|je veux dire|jveux dire|"
       r"non|nan)(?: je veux dire| jveux dire| pardon)? (?:1[89]|[2-9]\d)\b"),
    _r("c.school_class", "school_class", 3.0, "se dit au collège (classe)",
       # round 22: someone else in a collège class "with me" ("elle est en 6e avec moi")
       rf"(?:est|sont|etait|etaient) (?:en|dans la meme) {_CLASS} (?:avec moi|que moi)\b",
       # round 19: one's entry into a class a few weeks or months ago
       rf"(?:ma )?rentree en {_CLASS} c (?:etait|est) (?:il )?y a (?:\d+|deux|trois|quelques) "
       r"(?:jours|semaines|mois)\b",
       # round 12: not a question reported ("les 6e me demandent si je suis en 3e")
       rf"{_NOT_ASKED}{_ME} (?:en|au) {_CLASS}{_NOT_LEVEL}",
       rf"{_NOT_ASKED}{_ME} (?:en|au) (?:cm2|cm1|college)",
       # round 8: "je suis qu'en 6e", "jsuis que en 5e", "je suis seulement en 4e"
       rf"{_NOT_ASKED}{_ME} (?:qu|que|seulement|juste|encore) (?:en|au) (?:{_CLASS}|cm2|cm1|"
       r"college)",
       rf"(?:moi|perso) (?:en )?{_CLASS}{_NOT_LEVEL}",
       rf"{_J_AI} (?:le )?brevet (?:cette annee|dans|en juin)",
       r"je (?:passe|passerai|vais passer) (?:le|mon) brevet",
       r"(?:ma|mon) (?:maitresse|maitre) de cm",
       r"(?:l an prochain|l annee prochaine|en septembre) je (?:vais|rentre|entre) au college",
       rf"je (?:passe|rentre|entre|vais|redouble|redoublerai|suis passee?) (?:en |ma |au )?"
       rf"{_CLASS}",
       r"(?:je suis|jsuis|chui|moi) (?:au|en) (?:primaire|cm1|cm2|ce2|sixieme)",
       # round 7: "je viens de rentrer en 6e", "l'an prochain j'entre en 6e"
       rf"je viens (?:de|d) (?:rentrer|entrer|passer) en {_CLASS}",
       rf"j (?:entre|entrerai|irai) en {_CLASS}",
       # round 9: "je suis collégienne", "si je passe pas en 4e"
       r"(?:je suis|jsuis|chui|moi|en tant que) (?:une? )?collegiene?s?\b",
       rf"(?:si je|pour|je vais|j vais|jvais) (?:pas )?(?:passer|passe) (?:pas )?en {_CLASS}"),
    _r("c.class_reply", "school_class", 2.0, "répond par sa classe de collège",
       # round 18: a denial or a yes first ("nn en 6e B", "oui en 5e")
       rf"^(?:et )?(?:non |nan |nn |oui |ouais |moi |perso |bah |ben |euh |bon )*(?:en |au |la )?"
       rf"{_CLASS}"
       r"(?: (?:et toi|toi|et vous|mdr|lol|aussi|b|c|d|pourquoi|haha|sinon))*$",
       rf"on est (?:que |tous |toutes )?(?:des |en )?{_CLASS}\b",
       # round 18: "oui en CM1 on a une maîtresse", "en CE2 on fait des dictées"
       r"^(?:oui |ouais |bah |ben |mais )*(?:en|au) (?:cp|ce1|ce2|cm1|cm2) (?:on|nous) "
       r"(?:a|est|fait|apprend|va)\b"),
    _r("c.lycee_class", "lycee_class", 2.0, "se dit au lycée (seconde ou première)",
       rf"{_ME} (?:en|au) (?:2nde|seconde|2de|premiere|1ere|1re)",
       r"je (?:passe|rentre|entre|vais|redouble) en (?:2nde|seconde|2de|premiere|1ere)",
       r"(?:l an prochain|l annee prochaine|en septembre) (?:je suis|jsuis|chui) au lycee",
       r"(?:l an prochain|l annee prochaine|en septembre|a la rentree) (?:je (?:vais|rentre|entre|"
       r"passe|serai)|j entre|j irai) (?:au lycee|en (?:2nde|seconde|2de))",
       r"je (?:rentre|entre|vais) au lycee en (?:2nde|seconde|2de)"),
    _r("c.school_soon", "school_class", 2.0, "attend ou redoute son entrée au collège",
       r"quand j aurai (?:fini|termine|quitte) le college",
       r"(?:hate|peur|envie|stresse|trop hate) (?:d|de) (?:aller|entrer|rentrer) au college",
       r"(?:l an prochain|l annee prochaine|en septembre|a la rentree) (?:je vais|je rentre|"
       r"j entre|j irai) au college",
       # round 14: "je sais pas quoi faire après la 3e" (one's own orientation, in the present)
       r"(?:je sais pas|jsais pas|j sais pas|je sais toujours pas|je vois pas) (?:quoi faire|ce "
       r"que je (?:vais faire|fais)|ou aller) apres (?:la |ma )?(?:3e|3eme|troisieme|le brevet)"),
    _r("c.school_mine", "school_life", 1.5, "parle de sa propre scolarité au collège",
       # round 19: one's own school day ("le goûter quand je rentre de l'école")
       r"(?:quand|apres|des que) je (?:rentre|sors|reviens) de l ecole\b",
       r"(?:mon|ds mon|dans mon) college", r"ma (?:prof|profe|professeure) (?:de|d|principale)",
       # round 13: not a grown-up's teacher of an art or a sport ("mon prof de piano")
       r"mon prof (?:de|d|principal)(?! (?:piano|guitare|yoga|pilates|danse|salsa|tango|chant|"
       r"theatre|conduite|muscu|boxe|tenis|golf|violon|batterie|peinture|poterie|cuisine|"
       r"zumba|fitnes|solfege|saxo|ceramique|couture|aquarelle)\b)", r"mes devoirs",
       r"(?:ma|mon) (?:prof|maitresse) (?:a|m a|nous a|est|va) ",
       r"j ai (?:eu )?\d{1,2}(?: sur 20)? (?:en|au) (?:maths|francais|anglais|histoire|svt|"
       r"physique|techno|espagnol|allemand|controle|brevet)",
       r"(?:mon|le) carnet de (?:liaison|correspondance)", r"heure de (?:colle|perm|retenue)",
       # round 20: "mes parents vont savoir pour mes notes", "le prof de maths va dire que je
       # bavarde"
       rf"{_MOTHER} (?:vont|va|vont aller|ont|a) (?:savoir|voir|decouvrir|apprendre|su|vu) "
       r"(?:pour )?mes notes\b",
       r"(?:le|la|mon|ma) (?:prof|profe|maitresse|maitre)(?: (?:de|d) \w+)? (?:va|vont|a) "
       r"(?:dire|raconter|se plaindre|balancer)(?: a mes parents| a ma mere| a mon pere)? "
       r"(?:que je|que j|qu je)\b",
       r"(?:mon|un) (?:bon |mauvais )?bulletin",
       r"(?:au|du) college (?:demain|ce matin|aujourd hui|la)",
       r"(?:une )?(?:mauvaise|bonne|sale) note en", r"(?:a cause de|avec) mes notes",
       r"mon carnet",
       # round 13: "pronote" alone is the parents' and teachers' too (c.school_life); one's
       # own marks on it stay here
       r"(?:mes|ma|les|des) notes? (?:sur|dans) pronote", r"pronote (?:m a|me)\b",
       r"mon pronote",
       r"(?:mon|le|ma) (?:nouvelle |nouveau )?(?:cartable|trousse|cahier de textes|compas|"
       r"equerre|protege cahiers?|agenda scolaire)",
       r"j ai (?:une|un) (?:nouvelle|nouveau) (?:cartable|trousse|compas|agenda)",
       r"(?:mon|ma|le) (?:stage de 3e|stage de 3eme|stage de troisieme|prof principal|cpe)",
       r"(?:la )?vie scolaire", r"le cpe (?:m a|nous a)",
       r"(?:ma|mon) (?:maitresse|maitre) (?:de|d)",
       # round 18: "ma maîtresse elle m'a mis une croix rouge", "mon prof il m'a collé"
       r"(?:ma|mon|la|le) (?:maitresse|maitre|prof|profe) (?:elle|il) (?:m a|m|me|nous a|nous)\b",
       # round 18: cards swapped or a game played "à la récré" by the writer today
       r"(?:j ai|jai|g|on a) (?!surveille|fait la surveillance)(?:\w+ ){1,4}(?:a|pendant) la "
       r"(?:recre|recreation)\b",
       r"je (?:revise|revises) (?:l histoire|mon brevet|le brevet|la geo)",
       # round 15: "la classe verte" alone is a parent's too (the suitcase to pack, c.school_life)
       r"ma classe verte", r"(?:ma|la) sortie scolaire",
       r"(?:je pars|on part|je vais|on va|j y vais|on y va|je suis|on est) en classe verte",
       # round 22: a test of one's times tables, a test had today ("on a eu un contrôle de")
       r"(?:controle|interro|interrogation) (?:de |des |sur les )?tables de multiplication",
       r"(?:j ai un|j ai|mon|on a un|on a|g|g un|jai|jai un|on a eu un|j ai eu un) "
       r"(?:controle|interro|brevet blanc) "
       r"(?:de|d|demain|en|lundi|mardi|"
       r"jeudi|vendredi)",
       r"(?:mon|l) emploi du temps", r"mon expose",
       r"(?:le|la) (?:principal|principale) (?:m|nous|a)",
       r"en cours (?:de|d) (?:maths|francais|anglais|svt|histoire|techno|sport|eps|musique|"
       r"physique|espagnol|allemand|arts plastiques)",
       r"(?:mon|ds mon|dans mon) casier", r"je (?:rentre|sors) du (?:college|colege)",
       r"(?:mes|les) fournitures", r"(?:le|la) delegue(?:e)? de (?:ma )?classe",
       r"(?:mes|les) (?:potes|copines|copains|amis) de (?:ma )?classe",
       r"\d{1,2}(?: virgule \d)? de moyenne", r"ma moyenne (?:en|de|generale)",
       r"(?:mon|un|le|des|mes) dm (?:de|d|en|pour)", r"(?:mes|des|les) exos de (?:maths|francais)",
       # round 7: the pupils' week in a company ("stage de 3e"), detentions counted in hours,
       # primary-school notebooks, the teacher, the supervisors and the head of discipline
       # acting on the writer
       r"(?:je cherche|je dois trouver|j ai trouve|je fais|je commence) (?:un|mon) stage "
       r"(?:de|d) (?:3e|3eme|troisieme|observation)",
       # a teacher says "ma classe de 5e" too (round 7: moved here from c.school_class)
       rf"(?:ma|notre|dans ma|de ma) classe de {_CLASS}",
       r"heures de (?:colle|retenue)", r"\d{1,2} ?h(?:eures?)? de (?:colle|retenue)",
       r"(?:mon|le|mes) cahiers? (?:de liaison|de poesie|de textes|de brouillon|du jour)",
       r"(?:la|le|notre|ma|mon) (?:maitresse|maitre|remplacante|remplacant) (?:m a|nous a|m ont|"
       r"nous ont|nous emmene|nous fait|est|a dit|a ecrit|veut)",
       r"(?:le|la|les) (?:cpe|surveillant|surveillante|surveillants|pion|pions) (?:m a|m ont|"
       r"nous a|nous ont|m|nous|passent|passe)",
       r"(?:convoque|convoquee|convoquer|envoye|envoyee) (?:chez|par) (?:le|la) "
       r"(?:principal|principale|cpe|directeur|directrice)",
       r"(?:le|la) prof (?:de|d) \w+ (?:m a|nous a|m ont|nous ont)",
       r"(?:repondu|repond|parle mal) a (?:la|le) (?:prof|maitresse|cpe|surveillante?)",
       r"(?:on a|j ai|on a eu|j ai eu|on fait|on a fait) (?:une|la) dictee",
       r"avec (?:ma|la|notre) maitresse", r"un mot (?:du college|de la prof|du prof|de la "
       r"maitresse|dans (?:mon|le) carnet)",
       r"m aide (?:pour|a faire|avec|dans) (?:les|mes) devoirs",
       r"(?:les|mes) devoirs (?:de|d) (?:francais|maths|anglais|histoire|svt|physique|espagnol|"
       r"allemand)", r"(?:sur|dans) (?:l|mon) ent\b",
       r"(?:m a mis|m a donne|j ai eu) (?:un|des) bons? points?",
       # round 7, more of the collège: the road-safety certificate, the pupils' week in a
       # company, being sent out, a note to the parents, homework to hand in
       r"\bassr\b", r"stage d observation", r"rapport de stage (?:de|d) (?:3e|3eme|troisieme)",
       r"(?:exclue?|viree?) (?:du|de) (?:cours|la classe|college)",
       r"un mot (?:aux|a mes) parents",
       r"(?:le|la) (?:cpe|principal|principale|prof principal|prof principale|maitresse|"
       r"directeur|directrice) a (?:convoque|appele|ecrit a|vu) (?:mes parents|ma mere|mon pere|"
       r"mes darons)",
       r"(?:on doit|je dois|j ai|faut que je|faut qu on) (?:faire|preparer|rendre|presenter) (?:un|"
       r"mon|notre) (?:expose|dm|rapport de stage)",
       r"(?:la|le) prof (?:nous a|m a|veut qu on|a dit qu on)",
       r"(?:mes|mon|ma) (?:copines|copains|potes|copine|copain|pote) (?:de|du) (?:cm1|cm2|ce1|ce2|"
       r"primaire)", rf"(?:mon|pour mon|depuis mon) entree en {_CLASS}",
       r"(?:le|la|mon|ma) prof d eps",
       r"j ai (?:eu|rate|loupe) (?:mon|le) brevet(?! (?:de|d|blanc en|en (?:19|20)))",
       # round 8: times tables, reciting before the class, the teacher's stamp, class duties
       r"(?:les|mes) tables (?:de multiplication|jusqu a)", r"reciter devant (?:toute )?la classe",
       r"(?:la|le|ma|mon) (?:maitresse|maitre|prof) (?:met|me met|nous met|donne|me donne) "
       r"(?:un|une|des) (?:tampon|image|bon point|croix)",
       r"(?:elue?|choisie?|nommee?) (?:comme )?(?:eco )?delegue",
       # round 9: averages, the brevet's oral, a reading test, the pupils' card, the collège
       # or the teacher acting on "us"
       r"mes moyennes", r"(?:mon|pour mon) oral du brevet",
       r"(?:un|le|mon|notre) controle de lecture", r"(?:la|ma|notre) carte (?:de )?collegiene?",
       r"le college nous (?:oblige|fait|emmene|donne|demande)",
       r"(?:la|le) prof va (?:nous |me )?(?:poser|ramasser|rendre|interroger|donner)",
       # round 12: a dictation of one's own to finish or learn
       r"(?:finir|fini|finis|reviser|revise|apprendre|apris) ma dictee",
       # round 15: honours on one's own report card, a reading sheet, a poem or an essay of
       # one's own to hand in (not "les félicitations du jury", not "sa fiche de lecture")
       r"(?:si j ai|si j avais|si j obtiens|j ai eu|j aurai|j aurais|pour avoir) (?:les |mes )?"
       r"(?:felicitations|encouragements)(?! (?:du|de|d|des)\b)",
       r"(?:ma|une|mon) fiche de lecture",
       r"(?:une|ma) poesie (?:a apprendre|a reciter|pour demain)",
       r"(?:une|ma) redaction (?:a rendre|pour demain|de francais)",
       rf"depuis que (?:je suis|j suis|jsuis|chui) (?:entree?|rentree?|arrivee?) "
       rf"(?:en {_CLASS}|au college)", cap=2),
    _r("c.school_life", "school_life", 1.0, "parle de la vie au collège",
       r"pronote",
       r"(?:le|du|au) brevet", r"(?:la|a la) (?:recre|recreation)", r"(?:ma|la) cantine",
       r"carte de cantine", r"liste (?:du college|de fournitures|des fournitures)",
       r"(?:en sortant|a la sortie) (?:de l ecole|du college|des cours)",
       r"je change de (?:college|ecole)", r"\bunss\b", r"(?:les|des) autres colleges",
       r"(?:le|mon|du) bus (?:scolaire|du college)", r"conseil de classe", r"une retenue",
       r"(?:au|du|le) college", r"soiree pyjama", r"sortie scolaire", r"signer (?:le|un) mot",
       r"ont appele chez moi",
       # round 7: the school bus, the fête, the pool lesson, the school day
       r"(?:le|du|au) car (?:de ramassage|scolaire)", r"ramassage scolaire",
       r"(?:la|ma|notre) kermesse",
       r"(?:piscine|sortie|voyage|pars|part) avec (?:l ecole|la classe|ma classe)",
       r"on a (?:piscine|gym|dictee)", r"l ecole (?:finit|commence|reprend)",
       r"(?:apres|a cause de|avant) l ecole", r"(?:de|a|dans) mon ecole(?! (?:de|d))",
       # round 8
       r"(?:rentree|reprise) des classes",
       # round 12: school tomorrow, the cycling test, a school to change
       r"(?:y a|ya|il y a) (?:ecole|college) demain", r"permis (?:velo|pieton)",
       r"(?:devoir|dois|doit|vais|va falloir|faut que je) changer de (?:college|ecole)",
       # round 15: no school on an afternoon, the pupils' sleepover, "la classe verte" (one's
       # own or a child's)
       r"(?:j ai|jai|g|on a) pas (?:d )?ecole (?:le|ce|demain|cet|cette|l apres midi|lundi|mardi|"
       r"mercredi|jeudi|vendredi|samedi)",
       r"pyjama party", r"(?:la|une) classe verte", cap=2),
    _r("c.class_life", "class_life", 1.0, "vit sa classe au présent (sorties, niveau, règles)",
       # round 19: "en 4e ils nous en font deux"
       rf"en {_CLASS} (?:ils|elles|les profs|on) nous (?:en )?(?:font|fait|donnent|donne|mettent|"
       r"met|obligent|oblige|laissent|laisse|apprennent|apprend)\b",
       r"avec (?:l ecole|la classe|ma classe|toute la classe)(?! (?:de|d) (?:mon|ma|mes))",
       rf"(?:toute|avec) la classe de {_CLASS}",
       rf"(?:trop|super|hyper|tellement|vraiment) (?:dur|dure|bien|nul|nulle|cool|chiant) "
       rf"(?:la|en) {_CLASS}", rf"la {_CLASS} c est (?:trop|super|hyper|tellement|vraiment|nul)",
       rf"(?:foot|match|joue|jouer|rejoue|gagne|perdu) (?:\w+ ){{0,3}}(?:avec|contre) les {_CLASS}",
       r"pas le droit (?:en classe|au college|en cours)",
       # round 8
       r"(?:avec|contre|devant) les (?:cm1|cm2|ce1|ce2|cp)\b",
       r"depuis (?:le cp|le ce1|le ce2|la maternelle|la primaire)",
       # round 9: "on est obligés, toutes les 4e", "les 3e nous bousculent"
       rf"(?:toutes|tous) les {_CLASS}\b", rf"les {_CLASS} nous\b", cap=2),
    _r("c.parents_forbid", "parents_forbid", 1.5, "dépend de la permission de ses parents",
       # round 19: "maman veut que j'éteigne à 21h30"
       rf"(?:maman|papa|{_MOTHER}) (?:veut|veulent|exige|exigent) (?:que|qu) (?:j|je) (?:eteigne|"
       r"eteins|me couche|couche|dorme|sois couchee?|sois au lit|rentre avant)\b",
       # round 13: a child home alone who must not open the door; a right promised at an age
       r"(?:je dois|j ai|je peux|faut|on doit|j ai le droit de)(?: pas| jamais)(?: le droit d| le "
       r"droit de)? ouvrir (?:la porte|a personne)",
       r"(?:j aurai|j aurais|je pourai|je pourais) (?:le droit (?:d|de) )?(?:\w+ ){0,3}"
       r"(?:a|avant|a partir de) (?:1[0-7]) ans\b",
       rf"{_MOTHER} (?:veulent|veut|voudront|voudrait|voudraient) pas",
       # round 20: "j'ai pas le droit d'utiliser le four quand je suis seul"
       r"(?:j ai pas|j ai|je n ai pas|jai pas) le droit (?:de|d) (?:\w+ ){1,4}quand je suis "
       r"(?:tout |toute )?seule?\b",
       rf"{_MOTHER} (?:m a|m ont|me|m|vont me) "
       r"(?:prive|privee|priver|confisque|pris|interdit|laisse pas|laissent pas|oblige|puni|"
       r"punie|engueule|coupe)",
       rf"{_ME} (?:prive|privee|puni|punie) (?:de|du)? ?"
       r"(?:tel|telephone|portable|sortie|console|wifi)",
       rf"(?:je dois|je doit|faut que je|il faut que je) demander? a {_MOTHER}",
       rf"{_MOTHER} (?:me )?(?:coupe|prend) (?:le wifi|mon tel)",
       r"(?<!plus de )(?<!pas de )couvre feu",
       rf"{_MOTHER} (?:doit|doivent) signer",
       rf"{_MOTHER} (?:a|ont|m a|m ont) (?:confisque|pris|bloque|cache) (?:mon|ma|mes) "
       r"(?:tel|telephone|portable|ordi|console|switch|ps5|ps4|tablette)",
       r"confisque (?:mon|ma) (?:tel|telephone|portable|console|switch|tablette)",
       r"(?:tel|telephone|portable|console|switch|tablette) (?:etait|est|a ete) confisquee?",
       rf"{_MOTHER} (?:regarde|lit|verifie|controle|surveille) (?:mes messages|mon tel|"
       r"mon portable|mes conversations|mon agenda|mon cartable|mes devoirs)",
       rf"(?:sinon|ou) {_MOTHER} (?:me tue|va me tuer|me defonce)",
       rf"{_MOTHER} (?:va|vont) voir (?:ca|mes notes|mon bulletin)",
       r"je dois rentrer avant \d{1,2}(?: ?h(?:\d\d)?)?", rf"{_ME} (?:puni|punie|prive|privee)",
       r"(?:signe|signer) (?:le|un) mot",
       r"(?:j ai|jai|g) pas le droit (?:de|d) (?:sortir|aler|avoir|rentrer|dormir|inviter|"
       r"installer|telecharger|parler|etre)",
       rf"{_MOTHER} (?:me laisse|me laissent|m autorise|m autorisent|m a autorise) (?:pas|jamais)",
       rf"{_MOTHER} (?:m a|m ont) (?:offert|achete|donne) (?:mon|ma) (?:premier|premiere|1er) "
       r"(?:tel|telephone|portable)",
       # round 7
       rf"{_MOTHER} (?:veulent|veut) que je (?:sois|rentre)(?: rentree?)? (?:a|avant) "
       r"\d{1,2}(?: ?h(?:\d\d)?)?",
       rf"(?:faut que|il faut que) {_MOTHER} (?:signe|signent)",
       # round 22: not a parent signing ("tu as signé l'autorisation pour la sortie ?")
       r"(?<!tu as )(?<!t as )(?<!vous avez )(?<!j ai )(?<!jai )(?<!on a )"
       r"(?:signer|signe) (?:l|une|mon|ma) (?:autorisation|decharge)",
       r"(?:le|la|ma|mon|les|mes) (?:prof|profs|cpe|surveillant|surveillante|principal|principale|"
       r"maitresse|maitre|mere|pere|parents|daronne|daron|darons|maman|papa) (?:m a|m ont|nous a|"
       r"nous ont) (?:confisque|pris|retire) (?:mon|ma|mes|nos|notre)",
       r"j ai ete (?:puni|punie|privee?|grondee?|disputee?|collee?)",
       r"prive(?:e)? de (?:dessert|tele|television|tel|portable|console|sortie|ecrans?|jeux video|"
       r"switch|wifi|telephone|tablette)",
       # round 9: the phone taken back at night, a bedtime wanted by the parents
       rf"{_MOTHER} (?:me )?(?:reprend|reprennent|recupere|recuperent|confisque|confisquent) "
       r"(?:mon|ma|le) (?:tel|telephone|portable|tablette|console|switch)",
       r"(?:veut|veulent) que je sois (?:couchee?|rentree?|au lit|a la maison) (?:a|avant) "
       r"\d{1,2}(?: ?h(?:\d\d)?)?",
       # round 12: a parent checking on the writer, a permission with a condition, the box
       # cut, being put to bed
       rf"{_MOTHER} (?:vient|viennent|passe|passent) (?:verifier|voir) (?:que j|si j|si je)",
       rf"{_MOTHER} (?:dit|dis|disent|a dit|ont dit|veut|veulent) que je (?:peux|peut) "
       r"(?:sortir|aller|venir|rester|partir)(?: \w+){0,3} que si",
       rf"{_MOTHER} (?:me )?(?:coupe|coupent) (?:la box|internet|le net)",
       r"(?:me fait|me font|m envoie|m envoient) (?:me )?coucher",
       # round 15: screens allowed on some days only; a parent hiding the controller
       r"(?:j ai|jai|g|on a) (?:le )?droit (?:aux|a l|a la|au|a mon|a ma|a) (?:ecrans?|tele|"
       r"television|console|tablette|ordi|tel|telephone|portable|switch|jeux video)"
       r"(?: \w+){0,3} (?:que|seulement|uniquement|juste) (?:le|les|pendant|quand|\d)",
       rf"{_MOTHER} (?:a|ont|m a|m ont) (?:confisque|cache|planque|repris) (?:la|le|les|mon|ma|"
       r"mes) (?:manettes?|console|switch|ps5|ps4|tablette|chargeur|tel|telephone|portable)",
       # round 16: asking a parent's leave, bare "maman" and "papa" too ("attends je demande à
       # maman si je peux rester"), not a favour asked of them ("si elle peut")
       rf"(?:je|j) (?:\w+ )?(?:demande|demander|redemande|redemander) a (?:maman|papa|mamie|papi|"
       rf"{_MOTHER}) (?:si (?:je|j)\b|la permission|l autorisation)",
       cap=2),
    _r("c.childhood", "childhood", 1.5, "parle de sa vie d’enfant (argent de poche, coucher, "
       "garde)",
       # round 19: Father Christmas who will bring one's present, one's big sibling's minor age
       r"(?:pere|papa) noel (?:va|il va) (?:me l |m |me )(?:apporter|ramener)\b",
       # round 22: leaving because it is one's snack time ("jdois y aller c'est l'heure du goûter")
       r"(?:c est|c|cest) l heure (?:du|de mon|de) gouter\b",
       r"(?:pere|papa) noel (?:m a|me l a) (?:apporte|ramene)\b",
       r"(?:ma grande soeur|mon grand frere) (?:de|a|qui a) (?:1[0-7]) ans",
       # round 13: "maman" and "papa" named bare as the one who decides or comes home, one's
       # snack, a letter to Father Christmas, waiting alone for the parents
       r"(?:^|que |qu |quand |parce que |et |mais |attends que |sinon )(?:maman|papa) "
       r"(?:rentre|rentrera|vient|viendra|veut|voudra|dit|m a dit|m oblige|me laisse|me dit|"
       r"me gronde|va me)\b",
       r"(?:je mange|je prends|j ai pris|j ai mange|je finis) mon gouter",
       # round 20: "mes parents disent que je suis trop petit"
       rf"(?:maman|papa|{_MOTHER}) (?:disent|dit|trouvent|trouve|pensent|pense) (?:que|qu) "
       r"(?:je suis|j suis|jsuis|chui) (?:encore )?trop (?:petit|petite|jeune)\b",
       r"ma (?:liste|lettre) (?:pour le|au|du) pere noel",
       r"en attendant que (?:mes parents|ma mere|mon pere|maman|papa) (?:rentre|rentrent|"
       r"revienne|reviennent|vienne|viennent)\b",
       r"quand je (?:serai|serais) (?:grande?|au lycee|majeure?|adulte|plus grande?)",
       r"(?:je suis|jsuis|chui|suis) (?:trop |encore |encore trop |bien trop |beaucoup trop )?"
       r"(?:jeune|petite?) pour",
       r"(?:mon|d|de l) argent de poche", r"ma tirelire",
       r"(?:j ai|on m a mis|ils m ont mis|m ont mis|m a mis) (?:le |un )?controle parental",
       r"temps d ecran", r"(?:mon|l) heure (?:de|d) (?:me )?coucher",
       r"(?:je dois|faut que j|faut que je) (?:aller )?(?:me coucher|dormir)(?: ma| mon| sinon)",
       # round 13: not "ma mère m'appelle toutes les heures" (grown-ups' mothers call too)
       rf"{_MOTHER} (?:m appelle|m apelle) (?:pour (?:manger|rentrer|le diner|le dejeuner|le "
       r"repas|le gouter|aller au lit)|a table|pour que je rentre|pour que je descende)",
       rf"{_MOTHER} (?:vient me chercher|viennent me chercher|m emmene|"
       r"me depose|m amene|me ramene|me crie|crie)",
       r"garde alternee", r"(?:chez|le week end chez) (?:mon pere|ma mere|mon papa|ma maman) "
       r"(?:ce|le|cette)", r"(?:en|la|ma) colo", r"centre (?:aere|de loisirs)", r"mon doudou",
       r"dents? de lait", r"la petite souris", r"mon premier (?:portable|tel|telephone)",
       rf"{_MOTHER} (?:a|ont|m a|m ont) mis (?:le |un )?controle parental",
       r"il me reste \d{1,3} ?(?:minutes|min|h|heures?) d ecran",
       r"(?:ma|mon) (?:profession de foi|premiere communion|communion)", r"(?:au|le) cate\b",
       r"(?:au|le) catechisme",
       r"(?:je fais|je porte|je prends) (?:encore )?du (?:1[0-4]|[8-9]) ans",
       # round 18: a garment bought or worn in a child's size ("un sweat en 12 ans")
       r"(?:sweat|pull|jean|pantalon|t shirt|tee shirt|robe|jupe|veste|manteau|blouson|short|"
       r"legging|jogging|pyjama|maillot|doudoune|haut) (?:en|taille) (?:[6-9]|1[0-4]) ans\b",
       # round 18: "elle me garde" (the nanny, a grandparent named before); not "elle me garde
       # une place", "il me garde rancune"
       r"^(?:oui |ouais |bah |ben |et )?(?:\w+ ){0,5}(?:elle|il|ils|elles) me (?:garde|gardent|"
       r"gardera)(?! (?:les|le|la|l|mes|ma|mon|un|une|des|ton|ta|tes|son|sa|ses|rancune|au chaud|"
       r"a l oeil|en vie)\b)",
       # round 18: the parents who put the parental control on ("mes parents l'ont mis")
       rf"{_MOTHER} (?:l ont|l a|me l ont|me l a) (?:mis|installe|active|configure)$",
       r"(?:la|le|une|un|ma|notre) (?:baby ?sitter|nounou) (?:qui )?(?:vient|me garde|nous garde)",
       r"(?:elle|il) qui (?:me|nous) garde", r"(?:mon|ma) pediatre",
       r"(?:je paye|je paie|j ai|je prends) (?:encore )?(?:le )?(?:tarif|prix|billet|place|menu) "
       r"enfants?",
       r"(?:groupe|categorie|tranche) des \d{1,2} ?(?:a )?1[0-5] ans",
       r"(?:je peux pas|j ai pas le droit de) sortir sans (?:dire|demander|prevenir)",
       r"quand j aurai (?:fini|termine|quitte) le college",
       r"(?:j ai|jai) pas (?:de|encore de) (?:forfait|carte bleue|carte bancaire|compte)",
       r"plus tard je (?:veux|voudrais) (?:etre|faire|devenir)", r"ma nounou",
       r"je (?:me suis fait|me fais|vais me faire) (?:gronder|disputer|engueuler|punir)",
       rf"{_MOTHER} (?:m a|m ont) (?:gronde|grondee|dispute|disputee|inscrit|inscrite)",
       r"(?:en vacances |dormir |je dors )?chez (?:ma mamie|mon papi|mon papy|mes grands parents)",
       # round 7: parental control, snack time, bedtime, someone fetching the writer
       r"controle parental (?:me|m|sur mon|sur ma|bloque|coupe)",
       r"(?:mon|ma) (?:tel|telephone|portable|tablette|console) (?:se bloque|se coupe|est bloquee?|"
       r"s eteint)",
       r"(?:je dois|faut que j|faut que je|je vais) (?:aller )?gouter", r"pour (?:le|mon) gouter",
       r"(?:je dois|faut que je|j ai le droit de|on a le droit de|je peux) (?:me coucher|veiller|"
       r"rester debout|jouer|regarder la tele) (?:jusqu a|a) (?:\d{1,2} ?h(?:\d\d)?|minuit)",
       r"(?:on doit|je dois|faut) (?:eteindre|etre couchee?s?|etre au lit) (?:a|avant) "
       r"\d{1,2} ?h(?:\d\d)?",
       rf"{_MOTHER} (?:a du |doit |va |a )?m (?:emmener|emmene|amener|amene|deposer|depose|"
       r"ramener|ramene) (?:au college|a l ecole|en cours|au foot|au judo|a la danse)",
       r"je (?:pars|vais|suis|dors|reste) chez (?:papi|papy|mamie|mami)",
       r"avec les autres enfants",
       r"(?:rentre|rentree|revenu|revenue|retour|pars|part|partir|vais|aller) (?:de |en )colo\b",
       r"les (?:monos?|anims|animateurs|animatrices|monitrices|moniteurs) (?:ils |elles )?"
       r"(?:etaient|sont|nous|m)",
       r"(?:j etais|je suis|je serai|je vais|on est|c est pour) (?:avec |chez )?les \d{1,2} ?"
       r"(?:a )?(?:1[0-5]) ans",
       r"(?:pas|jamais) range ma chambre", r"(?:je dois|faut que je) ranger ma chambre",
       r"(?:ma grande soeur|mon grand frere|ma mamie|ma mami|mon papi|mon papy|ma nounou|ma tante|"
       r"mon oncle|mes grands parents) (?:vient|viennent|va|vont|passe|passent) me "
       r"(?:chercher|recuperer)",
       rf"{_MOTHER} (?:a|m a|ont) (?:deja )?(?:fait|prepare) ma valise",
       # round 8: bedtimes, permissions, growing up
       r"(?:on doit|je dois|faut|oblige de|obligee de) (?:dormir|me coucher|aller au lit|"
       r"etre au lit) (?:a|avant) \d{1,2} ?h",
       r"(?:ont|a) le droit (?:jusqu a|de rester (?:debout|dehors) jusqu a) \d{1,2} ?h",
       rf"{_MOTHER} (?:me laisse|me laissent|m autorise|m autorisent) (?:aller|sortir|prendre|"
       r"rentrer|partir)", r"(?:etre|suis|sois) rentree? (?:a|avant) \d{1,2} ?h",
       r"(?:je vais|j allais|jvais) (?:encore )?grandir", r"(?:ma )?puberte (?:commence|arrive)",
       r"(?:m a dit|m ont dit|trouve|trouvent) que j (?:avais|ai) (?:bien |beaucoup |trop )?grandi",
       rf"{_MOTHER} (?:m interroge|me fait reciter|me fait reviser)",
       # round 18: a parent's leave given for once ("ma mère m'a laissé choisir pour une fois")
       rf"(?:{_MOTHER}|maman|papa) (?:m a|m ont) laisse (?:\w+ ){{0,3}}pour une fois\b",
       r"(?:casse|ouvert|vide) ma tirelire",
       # round 9: sent to the grandparents, growth not over, what a grandparent allows, taken
       # anywhere by a parent, a rule "until the lycée", a phone plan the parents pay
       r"(?:m envoient|m envoie|m emmenent|m emmene) chez (?:papi|papy|mamie|mami|mes grands "
       r"parents|ma mamie|mon papi)", r"(?:fini|finir|finis|arrete) de grandir",
       r"je grandis encore",
       rf"(?:{_MOTHER}|mamie|papi|ma mamie|mon papi|mes grands parents|ma nounou) (?:me laisse|"
       r"me laissent|m autorise|m autorisent) (?:regarder|jouer|veiller|rester|manger)",
       rf"{_MOTHER} m (?:emmene|amene) (?:au|a la|a l|chez|en) \w+",
       r"(?:jusqu au|jusqu a la|attendre le|attendre la) (?:lycee|6e|6eme|sixieme|college)\b",
       r"(?:c est|c) (?:ma mere|mon pere|mes parents|ma maman|mon papa) qui (?:paye|paie|payent|"
       r"paient|met|mettent) (?:mon|ma|le) (?:forfait|abonnement|tel)",
       # round 12: waited for at the school gate, the catechism of one's own
       r"m (?:attend|attendent) devant (?:le portail|la grille|l ecole|le college)",
       r"j ai cate\b",
       # round 15: kept by a grandparent, a loose tooth, told to call on arrival, homework
       # with a parent, looked after while the parents work
       rf"(?:mamie|mami|papi|papy|ma grand mere|mon grand pere|ma nounou|ma tata|mes grands "
       rf"parents|{_MOTHER}) (?:qui )?me (?:garde|gardent|gardera|garderont)(?! (?:les|le|la|l|"
       r"mes|ma|mon|"
       r"un|une|des|ton|ta|tes|son|sa|ses)\b)",
       r"(?:ma|une) dent (?:de devant |du fond |de lait )?(?:qui )?(?:bouge|bougeait)",
       r"(?:je la|j la|je vais la) (?:mets|met|mettre|mettrai) sous (?:l|mon) oreiller",
       rf"{_MOTHER} (?:m a dit|m ont dit|veut|veulent) (?:de l|de les|que je l|que je les) "
       r"(?:appeler|appelle|prevenir|previenne)(?: \w+){0,2} (?:en arrivant|quand j arrive|des que "
       r"j arrive|une fois arrivee?)",
       rf"(?:je revise|je fais|j apprends|je recite|on revise|on fait) (?:mes|ma|mon|les) "
       rf"(?:devoirs|lecons|lecon|tables|poesie|dictee|exercices?)(?: \w+){{0,3}} avec "
       rf"(?:{_MOTHER}|maman|papa)",
       rf"(?:quand|pendant que|parce que) {_MOTHER} (?:bossent|bosse|travaillent|travaille|sont au "
       r"(?:boulot|travail|taf)|est au (?:boulot|travail|taf))\b(?! pas)",
       # round 16: a carer who fetches, brings, reads to, tucks in or holds the hand of the
       # writer (bare "maman", "papa", "nounou" too); a first time home alone; the key round
       # the neck; a children's doctor; the light put out at a set hour
       rf"(?:maman|papa|mamie|mami|papi|papy|nounou|la nounou|{_MOTHER}) (?:vient|va venir|"
       r"viendra|passe|viennent|vont venir) me (?:chercher|prendre|recuperer|rechercher)\b",
       rf"c est (?:maman|papa|mamie|papi|nounou|ma nounou|{_MOTHER}) qui (?:m emmene|m amene|"
       r"me ramene|me depose|me recupere|vient me|me garde|m accompagne)\b",
       r"(?:me|m) (?:lit|lisent|raconte|racontent) (?:encore )?(?:une|des|l|mon|ma) "
       r"(?:histoire|histoires|conte)\b",
       r"(?:me|m) (?:borde|bordent|a borde|ont borde)\b",
       r"(?:me|m) (?:tenir|tient|tiennent|donner|donne) la main pour traverser",
       r"(?:traverser(?: la rue)?|aller a l ecole|rentrer de l ecole) (?:tout |toute )?seule?\b",
       r"premiere fois que (?:je|j) (?:rentre|vais|prends le bus|traverse)(?: \w+){0,2} "
       r"(?:tout |toute )?seule?",
       r"(?:la|ma|les|mes) cles? (?:de la maison )?autour du cou",
       r"(?:dentiste|docteur|medecin) (?:pour|des) (?:les )?enfants",
       r"si (?:je|j) (?:pleure|pleurais) pas",
       rf"(?:il|elle|ils|maman|papa|{_MOTHER}) (?:eteint|eteignent|eteindra|eteignera) la lumiere "
       r"(?:a|vers) \d",
       rf"(?:a|vers) \d{{1,2}} ?h(?:\d\d)? (?:il|elle|ils|maman|papa|{_MOTHER}) "
       r"(?:eteint|eteignent|eteindra) la lumiere",
       cap=2),
    _r("c.child_world", "child_world", 1.0, "parle de jouets, d’activités ou de rituels "
       "d’enfant",
       # round 16: the things of a child's day as one's own, weak (a parent says them too, of
       # a child dropped as someone else's)
       r"pate a (?:sel|modeler)",
       r"(?:collier|bracelet) (?:en|de) pates", r"(?:mes|les|ma boite de) feutres",
       r"lit superpose", r"gommettes?", r"(?:mes|des|un|les|mon) coloriages?", r"bac a sable",
       r"toboggan", r"(?:mes|les) 25 metres", r"(?:diplome|brevet|test) de natation",
       r"(?:accroche|affiche|colle|mis) sur le frigo", r"nous les grands",
       r"les petits (?:faisaient|font|dorment|dormaient) la sieste",
       r"(?:magasin|rayon) de jouets", r"(?:mes|des|un) petits gateaux",
       cap=2),
    _r("c.age_category", "self_age", 2.0, "se dit dans une catégorie sportive d’enfants",
       r"(?:je suis|jsuis|chui|je joue|moi) (?:en |chez les |avec les |dans les )?"
       r"(?:u ?1[0-5]|benjamins?|benjamines?|minimes?|poussins?|poussines?)",
       r"(?:dans|en) la categorie (?:des )?(?:\d{1,2} ?(?:a )?1[0-4] ans|moins de 1[0-5] ans|"
       r"benjamins?|minimes?|poussins?|u ?1[0-5])",
       r"on joue contre les (?:u ?1[0-5]|benjamins|minimes|poussins)",
       # round 12
       r"on joue (?:en|chez les|dans les) (?:u ?1[0-5]|benjamins?|minimes?|poussins?)\b"),
    _r("c.admits_lie", "admission", 2.0, "reconnaît avoir menti sur son âge", *_ADMITS),
    _r("c.parents_mention", "parents_mention", 0.4, "mentionne ses parents",
       r"mes parents", r"mes darons"),
)

ADULT_SELF_RULES: tuple[Rule, ...] = (
    _r("a.self_age", "self_age", 3.0, "se dit âgé·e de 20 ans ou plus",
       # round 19: "j'ai 38 maintenant" (no "ans")
       rf"{_J_AI} (?:[2-9]\d) (?:maintenant|aujourd hui|cette annee)\b",
       rf"{_J_AI} (?:[2-9]\d) (?:ans|balais|piges|printemps){_NOT_DURATION}",
       r"(?:moi|perso) (?:[2-9]\d) ans", r"je vais avoir (?:[2-9]\d) ans",
       # round 21: an adult age corrected at once into a teen one ("34... enfin 17")
       r"^(?:euh |bah |ben )?(?:[2-9]\d) (?:ans )?(?:enfin|euh|pardon|oups|je veux dire|"
       r"jveux dire|non|nan)(?: je veux dire| jveux dire| pardon)? (?:1[0-7])\b"),
    _r("a.spouse", "spouse", 1.5, "parle de son conjoint",
       r"ma femme", r"mon (?:mari|epoux|epouse|conjoint)", r"ma (?:conjointe|compagne)"),
    _r("a.ex_spouse", "spouse", 2.5, "parle de son ex-conjoint",
       r"mon ex (?:femme|mari)", r"ma ex femme", r"mon divorce",
       # round 9: "depuis le divorce" (not "le divorce de mes parents"), alimony unpaid
       r"depuis (?:le|notre|mon) divorce(?! (?:de|d) (?:mes|ses|tes))",
       r"(?:mon|ma) ex (?:a |m a )?(?:encore )?(?:pas )?(?:verse|paye|paie) la pension", cap=2),
    _r("a.dated", "nostalgia", 1.0, "parle d’objets d’une autre époque comme des siens",
       r"j (?:avais|ai eu) (?:un|une|des) (?:walkman|minitel|tamagotchi|cassettes?|k7|nokia|"
       r"game ?boy|baladeur|magnetoscope|disquettes?)", r"en francs",
       r"vous (?:connaissez|conaissez) pas (?:vous|ca)",
       # round 7
       r"(?:c etait|c etait un|c etait une|j en avais|j avais plein de) (?:nokia|3310|minitel|"
       r"tamagotchi|walkman|game ?boy|baladeur|cassettes?|k7|disquettes?|tatoo|bi bop)",
       r"(?:rembobine|rembobinait|rembobiner)", r"top 50",
       r"(?:sur |mon |des |nos )(?:msn|skyblogs?|myspace|caramail|minitel)\b", r"\b3615\b",
       r"modem (?:56k|56 k)",
       # round 8
       r"cabines? (?:telephoniques?|tel)", r"depuis les cabines", r"carte telephonique",
       cap=2),
    _r("a.children", "children", 1.5, "parle de ses enfants",
       # round 13: "ma fille." as a correction ("ta petite soeur ?"), "mes deux petits", "pour
       # mon grand, il…"
       r"^(?:non |nan |nn |euh |bah )?(?:c est )?(?:ma fille|mes filles)$",
       r"^(?:non |nan |nn |euh |bah )?(?:c est )?(?:ma fille|mes filles) (?:je|j|elle)\b",
       r"mes (?:deux|trois|quatre|2|3|4) (?:petits|petites|grands|loulous)\b(?! (?:freres?|"
       r"soeurs?|cousins?|cousines?|chats?|chiens?|copains|copines|potes))",
       r"(?:pour|de|avec) (?:mon grand|ma grande|mon petit|ma petite)(?: (?:il|elle|qui)\b|$)",
       r"mes (?:enfants|gosses|gamins)", r"mon (?:fils|gamin|bebe|aine)",
       r"ma fille (?:a|est|va|fait)", r"(?:la|l) ecole de mes",
       # round 8: "le vaccin de ma fille", "pour ma fille", a baby on its way
       r"(?:de|pour|avec) ma fille\b", r"(?:le|notre|mon) bebe (?:arrive|nait|naitra|est prevu)",
       cap=2),
    _r("a.parenting", "children", 2.0, "s’occupe de ses enfants",
       r"(?:depose|deposer|recupere|recuperer|chercher|amene|amener|emmene|emmener) "
       r"(?:mes|les|mon|ma|le|la) (?:enfants|gosses|gamins|fils|fille|petits?|petite|bebe)s?"
       r"(?! de)", r"la (?:nounou|creche|pension alimentaire)", r"mes enfants (?:sont|font|ont)",
       # round 7
       r"mes enfants(?: ils)? (?:rentrent|entrent|vont|passent)",
       r"(?:je suis|jsuis|chui) (?:papa|maman|parent)\b", r"parent (?:delegue|d eleve)",
       r"conge (?:paternite|maternite|parental)", r"echo(?:graphie)? des \d mois",
       # round 8: a baby of one's own, a second child
       r"(?:biberon|tetee)s? (?:a|de|toutes les) \d{1,2} ?h",
       r"(?:le petit|le bebe|la petite|ma fille|mon fils) (?:a fait|fait|perce) ses dents",
       r"(?:quand|si) on (?:fait|fera|aura) un (?:deuxieme|2e|troisieme|3e|autre)\b",
       r"(?:notre|mon) (?:deuxieme|troisieme|quatrieme) (?:enfant|bebe|gosse)",
       r"avec (?:deux|trois|quatre|cinq|[2-6]) (?:enfants|gosses|gamins)",
       r"(?:mon|mes) ados?\b",
       # round 13: not "demain y a réunion parents-profs chez moi" (a teen's dread)
       r"(?:j ai|jai|g|je vais a la|je vais a|je sors de la|je rentre de la) (?:une |la )?"
       r"reunion parents? profs? (?:ce soir |demain |jeudi |lundi |mardi |vendredi )?"
       r"(?:pour|de|du) (?:mon|ma|mes|le|la|les) (?:fils|file|fils|petit|petite|grand|grande|"
       r"enfants|gamins|gosses|ado|ados|aine|ainee|cadet|cadete)\b",
       r"(?:le|la) (?:papa|maman|pere|mere) de mes enfants",
       r"(?:coucher|couche) (?:les|mes) (?:enfants|petits|gamins)",
       r"(?:les|mes) (?:enfants|petits|gamins) (?:sont couches|dorment)",
       # round 7
       r"en tant que (?:parent|pere|mere|papa|maman|mere de famille|pere de famille)",
       r"(?:parent|pere|mere|papa|maman) de (?:deux|trois|quatre|cinq|\d) (?:ados|enfants|gosses|"
       r"filles|garcons|gamins)",
       # round 9: a partner pregnant, the children every other weekend, their canteen
       r"(?:ma femme|ma compagne|ma conjointe|mon epouse) est enceinte",
       r"(?:j ai|jai|g) les (?:enfants|gosses|gamins) (?:ce|cette|un|le|tout)",
       # round 12: "ce week-end j'ai les enfants" (not "les enfants des voisins")
       r"(?:ce week end|cette semaine|ce soir) (?:j ai|jai|g) les (?:enfants|gosses|gamins)\b"
       r"(?! (?:de|des|du|d))",
       r"je les (?:ai|prends|recupere|garde) (?:un|une) (?:week end|weekend|we|semaine) sur deux",
       r"(?:la|les) cantine des (?:enfants|petits|gamins)"),
    _r("a.work", "work", 1.5, "parle de son travail",
       # round 13: one's lunch break, the works doctor, a rise, a permanent contract, a salary
       # no apprentice earns, trainees of the teens' age
       r"ma pause (?:dej|dejeuner|de midi)\b", r"medecin du travail", r"mon augmentation",
       # round 20: "le salaire est nul, 1600 par mois", "la mutuelle de la boîte"
       r"(?:salaire|paye|paie)\b(?: \w+){0,3} (?:1[2-9]|[2-5]\d)\d\d (?:euros |e |balles )?"
       r"(?:par mois|net|brut)\b",
       r"(?:cse|comite d entreprise|tickets? resto) de (?:la|ma) boite\b",
       r"mutuelle\b(?: \w+){0,3} (?:de|celle de) (?:la|ma) boite\b",
       r"(?:je suis |jsuis |chui |en )cdi\b",
       r"(?:^|je gagne |je touche |je suis a |je me fais |j ai |jai |salaire de |mon salaire "
       r"|maintenant )(?:\w+ ){0,2}(?:1[4-9]|[2-5]\d)\d\d (?:euros |e |balles )?net\b",
       r"(?:des|mes) (?:stagiaires|apprentis|employes|collegues|jeunes) de votre age",
       r"mon (?:boulot|taf|travail|patron|chef|manager|contrat|cdi|cdd|salaire|bureau)",
       r"mes collegues", r"(?:au|du) (?:boulot|taf|bureau)", r"je bosse (?:depuis|dans|chez)",
       r"(?:finis|finit|commence|rentre|sors|pars|file|quitte|quitter|reprends|reprendre) "
       r"(?:le |du |au )?(?:taf|boulot|bureau)",
       r"(?:reunion|pause dej|teletravail|open space) (?:avec|au|du|ce)", r"l open space",
       r"mes (?:clients|employes|salaries|patients|eleves|stagiaires)",
       r"(?:ma|mon) (?:boite|entreprise|fiche de paie|paie|stagiaire|client|cliente|astreinte)",
       r"(?:je suis|jsuis|chui) (?:de garde|d astreinte|en teletravail|en arret)",
       r"(?:je suis|jsuis|chui|je bosse comme|je travaille comme) (?:un |une )?(?:infirmiere?|"
       r"enseignante?|comptable|ingenieure?|commerciale?|avocate?|medecin|policiere?|gendarme|"
       r"pompier|chauffeur|routier|plombier|electricien|boulangere?|caissiere?|secretaire|"
       r"manager|cadre|fonctionnaire|militaire|artisan|agricultrice|agriculteur|aide soignante?|"
       r"kine|pharmacienne?|dentiste|architecte|developpeuse|developpeur|informaticienne?|"
       r"consultante?|chef de projet|vendeuse|mecanicien|macon|ouvriere?|prof de|professeure?)",
       # round 7: running a business, staff, shifts, hiring
       r"(?:je suis|jsuis|chui) (?:chef d equipe|gerante?|cheffe? de projet|cheffe? de service|"
       r"responsable (?:de|d|du|des) \w+|directeur|directrice|patron|patronne|infirmier|"
       r"agent de securite|ambulanciere?)",
       r"je (?:dirige|gere) (?:une|un|la|le|mon|ma|notre) (?:pme|entreprise|boite|equipe|service|"
       r"societe|magasin|boutique|restaurant|agence|cabinet)",
       r"mes (?:\w+ )?(?:employes|salaries|ouvriers|interimaires)",
       r"(?:ma|mon) (?:boutique|magasin|commerce|cabinet|societe|pme|agence|employeur|drh)",
       r"(?:les|avec les|mes|entre) collegues", r"(?:une|ma|de) garde de \d+ ?h",
       r"(?:un|mon) entretien d embauche", r"(?:un|le|mon) poste de (?:responsable|directeur|"
       r"directrice|chef|manager|cadre)",
       r"(?:apres|avant) le (?:boulot|taf|travail)", r"medecine du travail",
       r"(?:visite|arret) de (?:reprise|travail)", r"voiture de fonction",
       r"(?:pot|repas|cadeau) de depart", r"(?:mon|ma) n 1\b",
       r"seminaire (?:d entreprise|de boite|du boulot)", r"team building",
       r"sortie de (?:boulot|boite)",
       r"prime de fin d annee", r"cheques? vacances", r"tickets? (?:resto|restaurant)",
       r"comite d entreprise", r"(?:mission d|en|agence d) interim", r"chef de chantier",
       r"(?:en|mon) poste (?:du matin|de nuit|du soir|de l apres midi)", r"(?:les|en) 3 ?x ?8",
       r"(?:les|en) trois huit", r"(?:deux|trois|quatre|cinq|\d) (?:employes|salaries|salariees)",
       r"(?:une|un|ma|mon|des) stagiaires? (?:a encadrer|de 3e|de 3eme|de troisieme)",
       r"dans mon service",
       r"(?:je suis|jsuis|chui|je pars|je bosse comme|je travaille comme) (?:un |une )?(?:anim|"
       r"animateur|animatrice|mono|moniteur|monitrice|educateur|educatrice|surveillant|"
       r"surveillante|cpe|aesh|atsem|pion|pionne|aed|assistant d education|"
       r"assistante d education)\b", r"(?:mon|le) bafa",
       r"(?:ma|mon) (?:boulangerie|pharmacie|restaurant|epicerie|entreprise|societe) ",
       r"(?:voir|rencontrer|rdv avec|rendez vous avec|appeler) (?:un|mon|une|ma) "
       r"(?:client|cliente)",
       # round 8
       r"(?:un|mon|une|ma) collegue (?:en|de|du|m a|est|a)", r"(?:je )?teletravaille",
       r"(?:reunions?|rdv|entretien) avec (?:la direction|le directeur|la drh|mon chef|ma cheffe)",
       r"(?:a|de) l usine", r"heures sup", r"delegue syndical", r"mon employeur",
       # round 12
       r"(?:je suis|jsuis|chui|je bosse comme|je travaille comme) (?:un |une )?(?:conducteur|"
       r"conductrice|sergent|sergente|sergent chef|adjudant|caporal|aide a domicile)\b",
       r"(?:mon|en|l|d) (?:equipe|poste) (?:du matin|de nuit|de l apres midi|du soir)",
       r"(?:a|de) la caserne",
       # round 15: working from home, human resources, a rise
       r"(?:j etais|je serai|je suis|jsuis|chui|je bosse|je travaille|je reste) en teletravail",
       r"(?:mon|ma journee de|jour de|jours de|journee en) teletravail",
       r"(?:reunions?|rdv|rendez vous|entretien|entretien annuel) avec (?:la|les) rh\b",
       r"(?:j ai eu|j ai demande|j ai obtenu|on m a donne|on m a accorde) (?:une|mon) augmentation",
       cap=2),
    _r("a.adult_life", "adult_life", 1.8, "parle d’une vie d’adulte",
       # round 19: one's expense claims ("j'ai mes notes de frais")
       r"(?:mes|ma|mon|faire mes|remplir mes) notes? de frais\b",
       # round 13: what the mutuelle paid back
       r"(?:la|ma) mutuelle (?:a|m a|nous a) (?:presque |rien |pas |tout |bien |quasi )*"
       r"(?:rembourse|remboursera|remboursee)",
       r"(?:mes|mon|le) (?:impots|loyer|credit|pret immobilier|retraite|proprio)",
       # round 20: "avec les impôts il reste rien", "rdv avec le banquier", "mettre de côté
       # pour la retraite" (not "mon père met de côté pour sa retraite")
       r"(?:avec|apres|moins) les impots (?:il|ca|y)\b",
       r"(?:rdv|rendez vous) (?:avec|chez) (?:le|mon|ma|la) (?:banquier|banquiere|notaire|"
       r"comptable|conseiller bancaire|conseillere bancaire)\b",
       r"(?:mettre|mets|met|je mets|je met|j ai mis) de cote pour (?:la|ma) retraite\b",
       r"ma (?:voiture|bagnole|maison|retraite|mutuelle|banque)", r"j ai le permis depuis",
       # round 7: "la crèche" is a.parenting's; a teen's "belle-mère" is a stepmother
       r"(?:mes )?rtt", r"(?:mes|nos) petits enfants",
       r"(?:mon|le|notre) syndic", r"credit (?:immo|immobilier)", r"taxe fonciere",
       r"(?:ma|mon) (?:prime|note de frais|arret maladie|conges payes|entretien annuel)",
       r"(?:pole emploi|france travail|chomage)", r"ma belle famille",
       r"(?:mon|notre) (?:appart|appartement|jardin|potager|notaire|banquier|comptable)",
       r"(?:mes|les|ma) factures?", r"(?:le|mon|faire le) plein (?:d essence|de la voiture)",
       r"(?:ma|la) declaration (?:d impots|de revenus)", r"(?:mes|nos) beaux parents",
       r"(?:ma|mon) (?:belle soeur|beau frere)", r"les courses (?:de|pour) la semaine",
       r"on (?:vit|habite) ensemble depuis",
       r"on a (?:emmenage|achete une maison|achete un appart)",
       r"(?:mon|le) (?:afterwork|after work|apero du boulot)",
       # round 7: a car of one's own, insurers, lawyers, estate agents, a parent in a home
       r"(?:ma|mon) (?:caisse|clio|twingo|megane|voiture de fonction|vieille voiture|"
       r"assurance auto|assurance habitation|assureur|agent immobilier|avocate?|bail|locataires?|"
       r"proprietaire|bailleur|garagiste|releve de carriere|credit auto|leasing)",
       r"(?:le|au|du|mon) controle technique", r"(?:le|chez le|au) garagiste",
       r"degat des eaux",
       r"(?:ma mere|mon pere|ma maman|mon papa|mes parents)\b.{0,30}\b(?:maison de retraite|ehpad)",
       r"credit (?:de la|de ma|pour la|de notre) (?:maison|voiture|bagnole)",
       r"(?:ma|la) (?:facture|regul|regularisation) (?:edf|d electricite|de gaz|engie|d eau)",
       r"(?:c est|c etait|tout est) a mon nom", r"prelevement a la source", r"\burssaf\b",
       r"etat des lieux", r"(?:louer|loue) un camion", r"carte grise",
       r"(?:l|mon|ma) assurance (?:habitation|auto)", r"permis de construire",
       r"(?:mon|notre|l) architecte",
       r"(?:flashe|radar|exces de vitesse|retrait de points|points? sur mon permis|"
       r"points? de permis)",
       r"(?:j habite|je vis) seule? depuis (?:des annees|longtemps|\d{1,2} ans)",
       r"(?:les|des) etudes (?:des|de mes) (?:enfants|gosses|gamins)",
       r"(?:je vends|je loue|j ai vendu|j ai achete|je rembourse|j ai loue) (?:mon|ma|l|notre|un|"
       r"une) (?:appart|"
       r"appartement|maison|studio|pavillon|voiture)",
       # round 8: banks and loans, notaries, moving out, points, pensions, a wedding of one's own
       r"(?:le|mon|un|du) pret (?:immo|bancaire)",
       r"(?:le|mon|un) pret pour (?:la|l|notre|ma) (?:maison|appart|voiture)",
       r"(?:mon|notre) apport\b", r"\d{1,2} ?%? d apport", r"apport personnel",
       r"(?:rdv|rendez vous) (?:a|avec) (?:la|ma) banque",
       r"(?:mon|le|ma) conseiller?e? (?:bancaire|a la banque)", r"chez (?:le|mon) notaire",
       r"pour la succession", r"la succession (?:de|d) (?:ma|mon|mes)",
       r"(?:pose|pose mon|donne|donne mon|mon) preavis (?:de|d) (?:un|deux|trois|1|2|3) mois",
       r"(?:rend|rendre|rende) (?:pas )?ma caution", r"la caution de (?:l|mon) appart",
       r"(?:a|la) fourriere", r"(?:calcule|compte|valide|cotise) (?:mes|des) trimestres",
       r"trimestres? (?:de retraite|cotises?|valides?)", r"(?:calcule|prepare) ma retraite",
       r"(?:traiteur|salle|liste|faire part|robe de mariee) (?:pour |de )?(?:notre|mon) mariage",
       r"(?:la|une) (?:fuite|degat) (?:dans|chez) (?:ma|mon) (?:salle de bain|cuisine|appart)",
       # round 9: tax surcharges and shares, a parent's care home, points lost driving
       r"majoration", r"quotient familial",
       # round 12: a loan "de la maison", renegotiated; filling in one's tax return
       r"(?:le|du|notre|mon) pret (?:de|pour) (?:la|notre|ma) (?:maison|voiture|appart)",
       r"renegocie (?:le|mon|notre) (?:pret|credit|taux)",
       # round 15: a car's full tank priced (a scooter's costs a few euros)
       r"(?:[4-9]\d|1\d\d) (?:euros |balles |e )?(?:le|mon|pour le|pour un) (?:plein|reservoir)",
       r"(?:remplir|rempli|remplis|faire|fait|finir|fini) ma declaration",
       r"(?:ehpad|maison de retraite) de (?:ma mere|mon pere|mes parents|ma maman|mon papa)",
       r"(?:perdu|retire|enleve|sucre) (?:un|1|deux|2|trois|3|\d) points? (?:pour|sur|a cause)\b"
       r"(?: \w+){0,4} (?:feu|radar|vitesse|volant|ceinture|stop)",
       # round 16: an overdraft and its charges, the pay that lands, an estate at the notary's,
       # the rate of one's own loan
       # ("à découvert" after a form of être: not "elle a découvert les emojis")
       r"(?:suis|etais|ete|est|etre|serai|sommes|mis|passe|passee|encore|toujours|deja) a "
       r"decouvert\b", r"(?:mon|le|un|autorisation de) decouvert\b(?! (?:de|du|des|d)\b)",
       r"agios", r"frais (?:bancaires|de tenue de compte)",
       r"(?:avant que|quand|des que) (?:le|mon) salaire (?:tombe|arrive|soit tombe)",
       r"(?:frais|droits) de succession",
       r"(?:chez|rdv chez|rendez vous chez) (?:le|la|mon|notre) notaire pour (?:la|le|ma|mon|"
       r"notre|l)\b",
       r"(?:le|notre|mon|un bon) taux (?:\w+ ){0,4}(?:pour|du|de notre|de mon|de la|de l) "
       r"(?:la maison|l appart|l appartement|pret|credit|emprunt|maison)\b",
       cap=2),
    _r("a.life_event", "life_event", 3.0, "se dit parent, grand-parent, marié·e ou retraité·e",
       r"(?:je suis|jsuis|chui|suis) (?:devenue? |deja |enfin |jeune )?"
       r"(?:grand pere|grand mere|papi|papy|mamie|mami|arriere grand)",
       r"(?:grand pere|grand mere|papi|papy|mamie) depuis",
       r"(?:je suis|jsuis|chui|suis) (?:devenue? |jeune )?(?:papa|maman) (?:de|depuis|d un|d une)",
       r"(?:je vais|jvais) etre (?:papa|maman|grand pere|grand mere|papi|mamie)",
       r"(?:je suis|jsuis|chui) (?:a la retraite|retraitee?|veuve|veuf|divorcee?)",
       r"je (?:prends|pars a) (?:ma|la) retraite", r"(?:mes|nos) petits enfants",
       # round 18: "j'ai deux enfants" (not "deux enfants à garder", "un enfant qui…"), one's
       # retirement a few years away
       r"(?:j ai|jai|g) (?:deja )?(?:un|une|deux|trois|quatre|2|3|4) (?:enfants?|gosses?|gamins?)"
       r"(?! (?:a|en|de|d|dans|que|qui|au|sur|pour|chez)\b)",
       # (one's own: "ma retraite", "je pars à la retraite"; not "mon père part à la retraite")
       r"(?:\bma retraite|\bje (?:pars|partirai|serai|prends ma retraite|vais partir) "
       r"(?:a la |en )?retraite) (?:dans|d ici) (?:[1-9]|1[0-5]|un|deux|trois|quatre|cinq|six|"
       r"sept|huit|neuf|dix|quelques) ans\b",
       r"(?:notre|mon) (?:anniversaire|aniv) de mariage",
       # round 15: not the pupils' elections ("j'ai voté pour les élections du CVL")
       r"j ai vote (?:aux|a la|pour la|pour les) (?:presidentielles?|legislatives|municipales|"
       r"europeennes|elections?)(?! (?:du|de la|des|de|au) (?:cvl|cvc|bde|delegues?|classe|"
       r"college|lycee|conseil))", r"(?:la premiere fois que|quand) j ai vote",
       # round 15: going to the polls, sitting at a polling station
       r"(?:j ai ete|je suis allee?|je vais aller|j irai|je dois aller) voter\b(?! pour (?:le|la|"
       r"les) (?:delegue|cvl|bde))",
       r"(?:j etais|je suis|je serai|jsuis|chui) assesseur",
       r"je vote depuis (?:longtemps|des annees|toujours)",
       r"(?:je suis|jsuis|chui) (?:a la|en) (?:menopause|preretraite)",
       r"(?:notre|mon) (?:mariage|pacs) (?:il y a|en|l an dernier|date)",
       r"on (?:s est|c est) (?:maries|mariees|pacses)", r"(?:je suis|jsuis|chui) enceinte",
       r"(?:mon|ma) (?:ainee?|petit fils|petite fille) (?:a|est|vient|passe|m a|m|rentre|entre|va)",
       r"(?:j ai|jai) (?:la |une )?(?:trentaine|quarantaine|cinquantaine|soixantaine)",
       r"(?:passe|depasse) la (?:trentaine|quarantaine|cinquantaine|soixantaine)",
       r"(?:je suis|jsuis|chui|moi) (?:de )?(?:la )?generation (?:19)?[5-9]0",
       r"quand j avais ton age",
       # round 19: "moi à votre âge j'avais le même"
       r"a (?:votre|ton) age (?:j avais|j etais|je faisais|moi)\b",
       # years of one's trade ("en vingt ans de boulot dans le bâtiment")
       r"(?:en|apres|avec) (?:vingt|trente|quarante|quinze|[12-4]\d) ans de (?:boulot|travail|"
       r"carriere|metier|chantier|service|bureau|maison)\b",
       r"(?:en tant que|moi qui suis|je suis) (?:quadra|quinqua|trentenaire|quadragenaire|"
       r"quinquagenaire|sexagenaire)",
       # round 7: one's children's weddings, births, ages and school; silver weddings
       r"(?:je vais|jvais) (?:devenir|etre) (?:belle mere|beau pere|grand mere|grand pere|papi|"
       r"papy|mamie)",
       r"(?:ma fille|mon fils) (?:se marie|va se marier|s est mariee?|est enceinte|part a la "
       r"retraite)",
       r"(?:mariage|naissance|bapteme|diplome) de (?:ma fille|mon fils|mon aine|ma cadette|mes "
       r"enfants)",
       r"(?:reunion parents? profs?|maitresse|maitre|prof|profs|cpe|principal|principale|college|"
       r"ecole|creche|conseil de classe|classe) de (?:ma fille|mon fils|mes enfants|mes gosses)",
       r"(?:ma fille|mon fils|mon aine|ma cadette|ma grande|mon grand)(?: il| elle)? "
       r"(?:a|a eu|aura|va avoir|vient d avoir|fete ses) (?:[3-9]|[1-5]\d) ans",
       r"(?:ma fille|mon fils|mes enfants)(?: il| elle| ils)? (?:a|ont) (?:votre|ton|ta|vos) age",
       r"enceinte de (?:notre|mon|ma) (?:deuxieme|troisieme|quatrieme|2e|3e|4e|second|seconde)",
       r"(?:nos|mes) noces", r"j ai (?:deux|trois|quatre|2|3|4) fois (?:ton|votre) age",
       r"(?:ma fille|mon fils)(?: elle| il)? (?:rentre|entre|est|passe|va|ira) (?:au|en|a la) "
       r"(?:college|lycee|"
       r"maternelle|cp|ce1|ce2|cm1|cm2|6e|5e|4e|3e|6eme|5eme|4eme|3eme|sixieme|seconde|fac)",
       r"j avais (?:ton|votre) age", r"on (?:est|etait|etaient) tous (?:trentenaires|quadras|"
       r"quarantenaires|quinquas|cinquantenaires)",
       r"(?:je suis|jsuis|chui) (?:un |une )?(?:adulte|majeure?)\b(?! (?:dans|quand|bientot|l an))",
       r"majeure? depuis (?:longtemps|des annees|\d{1,2} ans)",
       # round 9: voted for the first time, one's child taking the bac or the driving test
       r"j ai vote (?:pour la premiere fois|la premiere fois|pour la 1ere fois)",
       r"(?:ma fille|mon fils)(?: elle| il)? (?:passe|prepare|a eu|a rate|rate) (?:le|son) "
       r"(?:bac|brevet|permis|code)\b",
       r"(?:ma mere|mon pere|ma maman|mon papa)(?: \w+){0,3} (?:a|va avoir|aura|vient d avoir) "
       r"(?:[7-9]\d) ans",
       # round 12: years of one's own marriage
       r"(?:nos|mes) (?:\d{1,2}|dix|quinze|vingt|trente) ans de mariage",
       r"(?:ma femme|mon mari|mon epoux|mon epouse)\b.{0,20}\b(?:\d{1,2}|dix|quinze|vingt|trente) "
       r"ans de mariage",
       # round 16: a decade of one's own life passed ("depuis que j'ai passé les quarante")
       r"(?:j ai|jai|g|depuis que j ai|moi j ai) (?:passe|depasse|franchi) (?:le cap des |les |la )"
       r"(?:trentaine|quarantaine|cinquantaine|soixantaine|trente|quarante|cinquante|soixante)\b"
       r"(?! (?:premieres |dernieres )?(?:minutes|min|secondes|euros|km|kilometres|metres|pages|"
       r"heures|jours|bornes|balles))"),
    _r("a.admits_lie", "admission", 2.0, "reconnaît avoir menti sur son âge", *_ADMITS),
    _r("a.aging", "aging", 2.0, "parle de sa jeunesse passée ou de son âge mûr",
       r"quand j etais (?:jeune|ado|adolescente?|au lycee|etudiante?|a la fac|plus jeune)",
       r"dans ma jeunesse", r"(?:a l epoque|de notre temps) (?:ou|quand|on|j)",
       r"ma generation", r"mes annees (?:fac|lycee|college|etudiantes?)",
       r"(?:mes|les) partiels", r"(?:mon|ma) (?:master|licence|these|memoire de)",
       r"service militaire", r"club dorothee", r"(?:cassettes?|k7) vhs|\bvhs\b",
       # round 20: a memory placed in a year no minor lived ("rien ne vaut 98, j'étais au bar")
       r"(?:en|vaut|l ete|l annee|depuis|souvenirs? de) (?:19)?[6-9]\d (?:\w+ ){0,2}j etais\b",
       r"coupe du monde (?:98|1998)",
       r"(?:les|ces) (?:jeunes|ados) (?:d aujourd hui|de maintenant|de nos jours|d maintenant)",
       r"a notre age", r"(?:mes|des) cheveux blancs", r"je vieillis",
       r"lunettes de (?:lecture|presbyte)", r"(?:mon|du|le) cholesterol", r"ma tension",
       r"(?:verres|lunettes) progressi(?:f|fs|ves)", r"presbytie",
       r"j etais (?:en|au) (?:terminale|lycee|fac|premiere|seconde) a l epoque",
       # round 7
       r"(?:mes|des) (?:premiers )?cheveux blancs",
       r"(?:les|ces) jeunes (?:veulent plus|savent plus|savent pas|ne veulent plus|ne savent plus|"
       r"ont plus|n ont plus)", r"(?:me|nous) rajeunit pas",
       r"(?:fait|faisais) mes classes", r"(?:anciens|ancienne|ancien) de (?:la|ma|notre) promo",
       # round 8: "à mon époque", grey hairs counted, anti-wrinkle cream
       r"a mon epoque",
       r"(?:j ai|jai|g) (?:trouve |vu )?(?:\d|deux|trois|quatre|quelques|mes premiers) "
       r"cheveux blancs",
       r"(?:creme )?anti ?rides?",
       # round 9: "vous êtes trop jeunes, c'était génial", "les jeunes vous connaissez pas"
       r"(?:vous etes|vs etes|vous etiez) (?:bien |beaucoup |si )?trop jeunes? "
       r"(?:pour (?:connaitre|vous souvenir|savoir|comprendre)|mdr|c etait|$)",
       r"les jeunes (?:vous |vs )?(?:connaissez|conaissez|savez) (?:meme )?pas",
       # round 12: cholesterol watched, glasses to read, one's own university years
       r"(?:au|de) cholesterol", r"lunettes pour (?:lire|la lecture)",
       r"quand j etais en (?:licence|master|prepa|bts|dut|l1|l2|l3)\b",
       # round 15: slower recovery at one's age, joints giving way, wear
       r"a mon age (?:on|je|j) (?:\w+ ){0,2}(?:moins vite|plus aussi vite|plus comme avant)",
       r"(?:mes genoux|mon dos|mes articulations|mes hanches) (?:me )?(?:lachent|grincent)",
       r"c est (?:de )?l usure",
       # round 16: past the age of going out ("j'ai plus l'âge de sortir le samedi"), not of
       # children's games
       r"(?:j ai|jai|g) plus (?:l age|vingt ans|20 ans) (?:de|d|pour) (?:sortir|faire la fete|"
       r"les soirees|la fete|boire|veiller|faire des nuits|danser|les boites|la boite)",
       cap=2),
    _r("a.nostalgia", "nostalgia", 2.0, "parle de sa scolarité comme d’un lointain passé",
       r"(?:il y a|ya|y a|il ya) (?:[2-9]\d|quinze|vingt|trente) ans",
       r"de mon temps", rf"{_J_AI} (?:eu|passe) (?:mon|le) bac (?:en|il y a)",
       r"quand j etais (?:au|en|a l) (?:lycee|college|fac|ecole) (?:dans les|en) (?:19|20)",
       r"dans les annees (?:70|80|90|2000)",
       # round 14: "c'était au début des années 2000", "ce que j'écoutais au lycée"
       r"(?:au debut|a la fin|au milieu) des annees (?:70|80|90|2000)",
       r"(?:j ecoutais|je regardais|je portais|on ecoutait|on regardait) au lycee",
       # round 9: the bac long ago, the first person in the imperfect in a year long gone
       r"(?:bac|permis|brevet)(?: \w+){0,5} (?:il y a|y a|ya) (?:longtemps|des annees|une eternite|"
       r"des lustres|un bail)",
       r"j (?:avais|etais|allais|habitais|faisais|ecoutais|regardais|emmenais)(?: \w+){0,6}"
       r" en (?:19[5-9]\d|[5-9]\d)\b",
       # round 12: "ça fait 20 ans" (not "ça fait 20 ans que mes parents…"), a first something
       # in a year before the declared teen was born
       r"(?:ca|cela) fait (?:bien |deja |maintenant )?(?:[2-9]\d|vingt|trente|quinze) ans"
       r"(?! (?:que|qu) (?:mes|mon|ma|ses|son|sa|ils|elles|il|elle)\b)",
       r"(?:ma|mon) (?:premiere|premier|1ere|1er) \w+ (?:c etait )?en (?:19[5-9]\d|200[0-7])\b",
       cap=2),
    _r("a.student", "student", 1.0, "se dit étudiant·e (fac, BTS, alternance)",
       r"(?:je suis|jsuis|chui|moi) (?:en )?(?:l1|l2|l3|licence|master|bts|dut|but|prepa|"
       r"alternance|premiere annee de (?:fac|licence|bts|medecine|droit))\b",
       r"(?:a la|en) fac\b", r"(?:mon|ma) (?:bts|dut|iut|alternance|prepa|licence|fac|ecole d "
       r"(?:ingenieur|infirmiere|commerce))\b", r"(?:patron|patronne|tuteur|tutrice|maitre) "
       r"(?:de stage|d alternance)"),
)
# round 17: collapsed like the rules' patterns (before, "apprentissage" and "lycée pro" could
# never match the folded "aprentisage")
_STUDENT_JOB = (
    r"(?:cine|cinema|mcdo|macdo|mc do|kfc|burger king|quick|subway|o tacos|starbucks|fast food|"
    r"glacier|camping|piscine|boulangerie|drive|caisse)"
)
TEEN_FRAME = collapsed(
    r"\b(?:job (?:d ete|etudiant|saisonnier|de vacances)|(?:mon|ma) (?:premier|premiere|1er|1ere) "
    r"(?:fiche de paie|paie|paye|salaire|job|boulot|taf|stage|cdd|contrat|vrai job)|"
    r"(?:en|mon|ma) (?:apprentissage|cap|bac pro)|(?:an|annee|ans) (?:de|d) (?:cap|bac pro|"
    # round 17: a teen's work-study contract, apprentice's school or vocational lycée
    r"apprentissage|alternance)|(?:contrat|en|mon|ma) (?:d )?alternance|(?:au|le|mon) cfa|"
    r"apprentie?s?|lycee pro|"
    # a learner's place at work: let do, given the chores, the youngest, part-time hours
    r"(?:m a|m ont|me) laissee? faire|(?:me|m) (?:fait|font|faisait|faisaient) faire|"
    r"(?:le|la) plus jeune (?:de|du|des|d|au|ici)|m appell?ent (?:le|la) petite?|"
    r"(?:[1-9]|1\d|2[0-4]) ?h (?:par|la) semaine|"
    r"(?:maitre|maitresse|patron|patronne|tuteur|"
    r"tutrice) (?:d apprentissage|de stage)|(?:les|des|aux) vendanges|stage (?:de|d) (?:seconde|"
    r"2nde|premiere|3e|3eme|observation)|"
    # round 21: a student job's place ("mon manager au ciné", "je bosse au mcdo le samedi")
    r"(?:mon|ma|mes) (?:manager|manageur|manageuse|chef|cheffe|responsable|patron|patronne|boss|"
    rf"collegue|collegues) (?:au|a la|du|de la|chez) {_STUDENT_JOB}|"
    r"(?:je bosse|jbosse|je travaille|mon job|mon taf|mon boulot|mon service) (?:au|a la|chez) "
    rf"{_STUDENT_JOB}|"
    # round 22: a teen become an uncle or an aunt (an older sibling's baby): the birth and
    # baby talk next are the sibling's ("je suis tonton depuis hier !!", "je vais être tata")
    r"(?:je suis|jsuis|chui|je vais etre|j vais etre|je serai) (?:devenue? )?(?:tonton|tata|"
    r"tatie|oncle|tante)(?! de (?:\d|deux|trois|quatre))"
    r"|(?:mon frere|ma soeur|mon grand frere|ma grande soeur) (?:a eu|va avoir) (?:un|une) "
    r"(?:bebe|fils|fille|enfant)|(?:ma belle soeur|la copine de mon frere) a accouche)\b"
)
"""A declared minor's own teen life around work (summer job, first pay, apprenticeship): the
adult wording next to it (a boss, clients, a pay slip) is a teen's (round 7)."""
# fmt: on

_PHONE = re.compile(r"(?:\+33|0033|\b0)\s*[1-9](?:[\s.\-]*\d{2}){4}\b")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[a-z]{2,}", re.IGNORECASE)
_HANDLE = re.compile(r"(?<![\w.])@[A-Za-z0-9_.]{3,}")


def off_platform_contact(raw: str) -> bool:
    """True when the raw text carries a phone number, an e-mail address or an @handle."""
    if _PHONE.search(raw):
        return True
    # Both other patterns need an "@" (a literal in each): without one, neither can match.
    return "@" in raw and bool(_EMAIL.search(raw) or _HANDLE.search(raw))


# Most messages match no rule of a table. With RE2 (`moderation.superset`), one pass over
# a folded form tells which rules of a table may match it and only those are searched;
# without it, one search of the joined table answers for all its rules (see gate.py).
_TABLES = (GROOMING_RULES, CHILD_SELF_RULES, ADULT_SELF_RULES)
_ANY_RULE = {id(table): (table, any_of(rule.pattern for rule in table)) for table in _TABLES}
# One RE2 set per table (round 7): the DFA of the three tables together grew with the
# product of their states (about 113 µs per novel text once warm, against 8 + 7 + 33 µs for
# the three sets apart), and a message is matched against two tables at most, three for a
# declared adult's private message.
# With Hyperscan, the three share one database (twelfth sitting, for the DM's cost: a declared
# adult's message is matched against all three, over the same folded text, and each scan
# of a novel text pays Hyperscan's cold start): one scan for the three.
# Fourteenth sitting: the ages' gate (`ages._may_match`) and the guard's asides read the same
# folded text, and join the same database (`FOLDED`): a declared adult's message is scanned
# once, where it was scanned three times.
FOLDED = SharedScan()
"""The tables read over a message's folded forms, in one database (`superset.SharedScan`)."""
_SETS = {id(table): (table, FOLDED.add([rule.pattern for rule in table])) for table in _TABLES}
_last_candidates: tuple[tuple[int, str, frozenset[int]], ...] = ()


def _candidates(table: int, pset: SharedTable, text: str) -> frozenset[int]:
    """Indexes in the table of the rules that may match `text` (see superset.py). The
    answers for the last four (table, text) pairs are kept: a message's two folded forms
    may be matched against a table twice."""
    global _last_candidates
    last = _last_candidates  # one read: another thread may replace it meanwhile
    for seen_table, seen, found in last:
        if seen_table == table and seen == text:
            return found
    found = pset.candidates(text)
    _last_candidates = ((table, text, found), *last[:3])
    return found


def match(folded: Folded, rules: tuple[Rule, ...]) -> Iterator[Rule]:
    """Yield each rule of `rules` whose pattern matches either folded form."""
    plain = folded.plain
    leet = folded.leet if folded.leet != plain else None
    table, pset = _SETS.get(id(rules), ((), None))
    if table is rules and pset is not None and pset.active:
        maybe_plain = _candidates(id(rules), pset, plain)
        maybe_leet = _candidates(id(rules), pset, leet) if leet is not None else frozenset()
        if not (maybe_plain or maybe_leet):
            return
        for i, rule in enumerate(rules):
            search = rule.pattern.search
            if (i in maybe_plain and search(plain)) or (
                i in maybe_leet and leet is not None and search(leet)
            ):
                yield rule
        return
    table, combined = _ANY_RULE.get(id(rules), ((), None))
    gate = combined if table is rules else None
    start_plain, start_leet = first_start(gate, plain), first_start(gate, leet)
    if start_plain < 0 and start_leet < 0:
        return
    for rule in rules:
        # `search(text, pos)` still reads `text` before `pos` for \b and look-behinds,
        # and `^` only ever matches at 0: the same answer as searching the whole text.
        search = rule.pattern.search
        if (start_plain >= 0 and search(plain, start_plain)) or (
            start_leet >= 0 and leet is not None and search(leet, start_leet)
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
