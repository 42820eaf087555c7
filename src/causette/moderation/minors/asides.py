"""Asides (round 17 on): messages whose grooming cues are not the writer's own approach,
a third party's words reported (`_REPORTED`), advice to tell a parent or to report
(`_PROTECTS`), a photo of a pet or a thing (`_THING_PHOTO`), a secret kept from one
named person (`_TO_A_THIRD`), for a surprise (`_SURPRISE`) or a confided crush
(`_CONFIDED`); and two teens who know each other (`_KNOWN`). `_asides` reads them all
in the rules' shared scan.
"""

from __future__ import annotations

import re

from causette.moderation.minors.grooming_rules import BENIGN_THING, TO_A_THIRD
from causette.moderation.minors.patterns import collapsed
from causette.moderation.minors.rules import FOLDED

_REPORTED = collapsed(
    r"\b(?:il|elle|ils|elles|un mec|un type|un gars|un homme|un monsieur|quelqu un|un inconnu|"
    r"une meuf|une fille|une femme|un compte|un vieux) (?:qui )?(?:me |m )(?:demande|demandait|"
    r"a demande|dit|disait|a dit|propose|proposait|a propose|parle|parlait|ecrit|ecrivait|"
    r"envoie|envoyait|a envoye|harcele|promet|promettait|a promis)\b"
    # round 24: what that person wants of the writer ("il veut que je supprime nos messages")
    r"|\b(?:il|elle|un mec|un type|un gars|un homme|quelqu un|un inconnu|un compte) (?:qui )?"
    r"(?:veut|voulait|a voulu|voudrait|insiste pour) (?:que je|que j|qu on)\b"
    # round 54: the person one of the two told of ("celui qui t'a demandé ton snap ?", "le mec
    # qui me suit dans le bus")
    r"|\b(?:celui|celle|le mec|le type|le gars|la meuf|le monsieur|le vieux|l homme|l inconnu) "
    r"qui (?:t a|t avait|te|m a|m avait|me) (?:demande|propose|ecrit|envoye|suit|suivait|parle)\b"
)
"""Round 17: the writer reports what someone else wrote to them ("un mec me demande si je
suis seule", "il m'a dit de rien dire à mes parents"): the cues are that person's."""
_PROTECTS = collapsed(
    r"\b(?:(?:tu dois|tu devrais|il faut|faut|faudrait|(?<!\bil )(?<!\bele )(?<!\bils )"
    r"(?<!\beles )va|vas|tu peux) (?:le |la |les |lui |leur |"
    r"en |tout |ca )?(?:dire|parler|montrer|raconter|prevenir)|(?<!\btu )(?<!\bt )(?:dis|di|montre|"
    r"montres|parle|parles|raconte|racontes|previens))(?: le| la| les| lui| leur| en| tout| ca)? "
    r"a (?:ta mere|ton pere|tes parents|ta maman|ton papa|ta daronne|ton daron|tes darons|"
    r"tes rents|un adulte|un prof|"
    r"ta prof|ton prof|tes profs|la cpe|l infirmiere|la police)\b(?! (?:que|qu)\b)"
    r"|\btu dois (?:le |leur |lui |en )?(?:dire|parler|montrer)\b"
    r"|\b(?:signale|signaler|signales|signalez) (?:le|la|les|ce|cette|son|sa|ses|direct|"
    r"tout de suite|sur)\b|\bporter? plainte\b|\b3018\b|\bpharos\b|\bgendarmerie\b"
    # round 26: advice passed on to a child against what groomers ask ("dis-lui de jamais
    # donner son adresse ni d'envoyer de photos", "explique-leur de ne pas accepter", "faut
    # jamais envoyer de photos à un inconnu", "n'envoie jamais ta photo"); not "sauf à moi"
    r"|\b(?:dis|di|dites|explique|expliquez|rappelle|rappelez|apprends|apprenez|conseille) "
    r"(?:lui|leur) (?:de|d) (?:ne |n )?(?:jamais|pas|surtout pas|plus|surtout jamais) "
    r"(?:donner|envoyer|accepter|aller|rencontrer|suivre|repondre|ajouter|partager|montrer)\b"
    r"(?!.*\b(?:sauf|a part|que|qu) (?:a )?moi\b)"
    r"|\b(?:il faut|faut|faudrait|on doit) (?:jamais|surtout pas|surtout jamais) "
    r"(?:donner|envoyer|accepter|rencontrer|suivre|partager) (?:son|sa|ses|de|d|des|sa|une|un|"
    r"aucune?)\b(?!.*\b(?:sauf|a part|que|qu) (?:a )?moi\b)"
    r"|\b(?:n|ne) (?:envoie|envoies|envoyez|donne|donnes|donnez|accepte|acceptes|acceptez) "
    r"jamais\b(?!.*\b(?:sauf|a part|que|qu) (?:a )?moi\b)"
)
"""Round 17: the writer urges the partner to tell a parent or an adult ("montre à ta mère",
"parles-en à tes parents", "tu dois leur dire"; not "dis à ta mère que tu dors chez
Lina", "pas la peine d'en parler à tes parents", "avant d'en parler à tes parents", the
question "tu racontes tout à ta mère ?") or to report ("signale-le", "porte plainte", the
3018): the opposite of a secret. Step H (fortieth sitting): not a third person's foretold
telling ("elle va tout raconter à ta mère"), which a groomer uses as a warning."""
_TO_A_THIRD = collapsed(TO_A_THIRD)
"""Round 17: a secret kept from one named person ("pas un mot à Sophie"), see
`grooming_rules.NOT_TO_A_THIRD`."""
_NEGATED = re.compile(r"\b(?:pas|jamais|rien|inutile|sans|ni)\b(?: \w+){0,3} $")


def _protects(plain: str) -> bool:
    """`_PROTECTS` not negated just before ("faut pas le dire à ta mère" is a secret)."""
    return any(
        _NEGATED.search(plain, max(0, found.start() - 30), found.start()) is None
        for found in _PROTECTS.finditer(plain)
    )


_KNOWN = collapsed(
    r"\bon (?:etait|est|sera|etaient|etais) (?:dans|en|au|a) (?:la |le |les )?meme (?:classe|colo|"
    r"equipe|club|cours|option|promo|groupe de)\b"
    r"|\bje suis (?:a cote de|derriere|devant) toi (?:en|au|a la|dans)\b"
    r"|\b(?:t es|tu es|t) (?:bien )?(?:dans|en) (?:ma|la meme) classe\b"
    # round 18: seeing each other at school as every day ("on se voit au lycée demain", "on se
    # voit en cours", "à la récré"): not "on se voit devant ton collège"
    r"|\bon se (?:voit|retrouve|capte) (?:demain |lundi |mardi |jeudi |vendredi |tout a l heure )?"
    r"(?:au|en|a la|a l) (?:lycee|college|cours|perm|permanence|recre|cantine|self|entrainement)\b"
    # round 21: siblings, a parent shared ("dis rien à maman", "nos parents", "notre mère")
    r"|\b(?:dis|dit|dis lui|le dis|le dit) (?:rien|pas|surtout pas|jamais) (?:a|a notre) "
    r"(?:maman|papa|mere|pere)\b"
    r"|\b(?:nos parents|notre (?:mere|pere|maman|papa|daronne|daron)|nos darons)\b"
    # round 22: schoolmates already helping each other or worried to lose the other at school
    # ("merci de m'avoir aidée en maths", "tu vas changer de lycée ?", "on révise au CDI")
    r"|\b(?:merci|mrc|mci) (?:de|d) m avoir aidee? (?:en|pour|avec) (?:les |le |la |l |mes )?"
    r"(?:maths?|dm|devoirs?|exos?|exercices?|physique|anglais|francais|svt|histoire|revisions?)\b"
    r"|\btu (?:vas|va) (?:changer|partir) (?:de|du) (?:lycee|college|classe|bahut)\b"
    # round 36: or who part because one's family moves away ("ça y est on déménage à Lyon",
    # "je vais déménager en juillet"); not "je déménage près de chez toi" (a move closer)
    r"|\b(?:on|je|j) (?:demenage|va demenager|vais demenager|vas demenager)\b"
    r"(?! (?:pres de|a cote de|dans ton|dans ta|chez toi|vers chez toi|pas loin de)\b)"
    r"|\bon revise (?:ensemble |demain )?(?:au cdi|en perm|en permanence)\b"
    # round 37: the partner's school said to be the writer's own, as one answers its name ("ah
    # c'est mon lycée", "c'est aussi mon collège"): two pupils of one school, who see each
    # other there; not a guess ("je crois qu'on est dans le même bahut nan ?"), nor a former
    # school ("c'est mon ancien lycée")
    r"|\b(?:ah |oh )?(?:c est|c) (?:aussi |meme )?mon (?:lycee|college|bahut)\b"
    # round 23: a parent shared named bare to the other ("maman m'a dit que tu voulais…",
    # "papa veut que tu rentres"): siblings; not "ma maman m'a dit que t'étais gentil"
    r"|(?<!\bma )(?<!\bta )(?<!\bsa )\b(?:maman|papa) (?:m a dit|m a demande|a dit|dit|veut|"
    r"voulait|demande|t a|te) (?:que |qu |de |d )?(?:tu|t|te|toi)\b"
    # round 35: the same parent sending the writer to the other ("maman a dit que je viens te
    # chercher", "papa m'a demandé de passer te prendre"), or to be told ("tu le dis à maman")
    r"|(?<!\bma )(?<!\bta )(?<!\bsa )\b(?:maman|papa) (?:m a dit|m a demande|a dit|veut|voulait) "
    r"(?:que |qu |de |d )(?:je |j )?(?:\w+ )?(?:te|t)\b"
    r"|\b(?:tu le dis|tu lui dis|tu le diras|dis le|tu leur dis) (?:a|a notre) (?:maman|papa)\b"
    # thirty-ninth sitting (`devbj-o-007`): a class the other will miss, its notes asked for
    # ("tu vas manquer le cours de chimie", "tu peux m'envoyer tes notes ?"): classmates
    r"|\btu (?:vas|va) (?:manquer|rater|louper) (?:le|la|les|l) (?:cours|controle|interro|tp|"
    r"eval|exam)\b"
    r"|\b(?:tu peux|tu pourrais|tu pourras|peux tu|stp) m envoyer (?:tes|les) (?:notes|cours)\b"
)
"""Round 17: two teens who share a class, a camp or a team ("on était dans la même colo",
"je suis à côté de toi en SVT"), round 18: or who see each other at school every day ("on se
voit au lycée demain"); not a school or a town named, which a stranger may claim."""
_SHARED_PAST = collapsed(
    r"\b(?:tu te|tu t en|tu te) (?:rappelles|rapelles|rappel|souviens) (?:quand|de la fois|du jour|"
    r"la fois|de quand)\b|\bla fois (?:ou|quand) (?:on|nous|ta|ton|tes|tu|t)\b"
)
"""Round 23: a past the two lived together ("tu te rappelles quand ta mère nous avait
récupérés…", "la fois où on s'est perdus"): two who met before, telling what happened, not an
approach (the message's grooming cues are the story's); between two teens, known (`_KNOWN`)."""
_SOMEONE = (
    r"(?!(?:toi|moi|nous|vous|ton|ta|tes|t|les|des|tous|tout|toutes|membres?|abonnes?)\b)[a-z]\w*"
)
"""A person named after "pour" or "à" ("Jade", "ma mère", "la prof"), not the partner, the
writer or a crowd ("les autres abonnés"), nor an amount ("de 50 euros")."""
_SURPRISE = collapsed(
    rf"\bsurprise (?:a|pour|de|d) {_SOMEONE}"
    r"|\b(?:fete|soiree|anniv|anniversaire|cadeau|diner|repas|gouter) surprise\b"
    rf"|\b(?:l|son|sa) (?:anniv|anniversaire) (?:de|d) {_SOMEONE}"
    r"|\b(?:son|leur) (?:anniv|anniversaire)\b|\bses \d{1,3} ans\b|\bles \d{1,3} ans (?:de|d)\b"
    rf"|\bcadeau (?:pour|de|a) {_SOMEONE}"
    r"|\bfete des (?:meres|peres|grands meres|grands peres)\b|\bcagnotte\b|\bpot de depart\b"
)
"""Round 17: a surprise or a present for someone else ("la surprise à Jade", "l'anniv de
Manon", "pour ses 40 ans", "la fête des mères", "la cagnotte"), not for the partner."""
_CONFIDED = collapsed(
    r"(?:^|\bque |\bqu |\bcrois |\bbah |\bmais |\bet )"
    r"(?!(?:tu|toi|t|ca|cela|ce|tout|rien|il|elle|plus|pas)\b)[a-z]+ me plait\b"
    r"|\bje (?:suis (?:un peu |trop |grave )?amoureuse? (?:de|d)|crush sur|suis in love de)"
    r" (?!(?:toi|ta|ton|tes)\b)"
    r"|\bj ai (?:un|le|grave un|trop un) crush (?:sur|pour) (?!(?:toi|ta|ton|tes)\b)"
    # round 29: being asked out by someone named ("Nathan m'a demandé de sortir avec lui")
    r"|(?:^|\bque |\bqu |\bbah |\bmais |\bet |\btruc de fou |\bdevine )"
    r"(?!(?:tu|toi|t|ca|il|elle|on|ils|elles)\b)[a-z]+ m a (?:demande|propose) (?:de sortir|"
    r"si je voulais sortir) avec (?:lui|elle)\b"
    r"|\b(?:je crois|jcrois|je pense|j ai l impression) (?:que|qu) (?:je|j) ?kiffe "
    r"(?!(?:les|le|la|l|des|du|de|trop|grave|bien|ca|ce|cet|cette|ton|ta|tes|toi|mon|ma|mes|un|"
    r"une|pas)\b)\w+"
    # round 23: "je crois que j'aime bien Nathan", "je pense que je suis amoureux de Léo"
    r"|\b(?:je crois|jcrois|je pense|j ai l impression) (?:que|qu) (?:j aime bien|j aime|je suis "
    r"amoureuse? de|j ai un faible pour) "
    r"(?!(?:les|le|la|l|des|du|de|trop|grave|bien|ca|ce|cet|cette|ton|ta|tes|toi|mon|ma|mes|un|"
    r"une|pas|quand|faire|aller|pas)\b)\w+"
    # round 31: what the writer hides from their own parents ("mes parents savent pas que c'est
    # une soirée", "ma mère sait pas que je sors"); not of the two ("… que je te parle", "…
    # qu'on se voit", "… que je suis avec toi")
    r"|\b(?:mes parents|mes darons|mes rents|ma mere|mon pere|ma daronne|mon daron) (?:ne )?"
    r"(?:savent|sait) (?:pas|meme pas|rien) (?:que|qu) "
    r"(?!.*\b(?:te|t|toi|nous|on|vous|tu|ensemble|avec moi)\b)"
    # round 34: the writer's own new couple with someone named ("jsuis avec Yanis depuis
    # samedi", "je sors avec Inès depuis hier"); not with the partner, a relative or a group
    # ("je suis avec toi depuis", "jsuis avec ma mère depuis ce matin", "avec les autres")
    r"|\b(?:je suis|jsuis|chui|j suis|je sors|jsors|j sors) (?:en couple )?avec "
    r"(?!(?:toi|moi|lui|elle|eux|elles|vous|nous|ta|ton|tes|ma|mon|mes|sa|son|ses|les|des|le|la|"
    r"l|un|une|mes|leur|leurs|mon|quelqu|qqn|personne|tout|tous|ca)\b)[a-z]+ depuis\b"
)
"""Round 18: the writer confides a crush on someone else ("je crois que Nael me plaît", "j'ai
un crush sur Inès", "je crois que je kiffe Adam"; not "tu me plais", "ça me plaît", "je kiffe
les vieux trucs"): the writer's "dis rien à personne" next is about that confidence."""
CONFIDED_WINDOW = 15 * 60.0
"""How long the writer's own confidence explains their plain secrecy cues (round 18)."""
_ERASE = collapsed(r"\b(?:efface|effacer|supprime|supprimer|vue unique|disparai\w*|ephemere)")
"""Messages erased or vanishing: a secret no surprise explains."""
_THING_PHOTO = collapsed(
    r"\b(?:(?:photo|photos|tof|video|videos) (?:(?:de|d) (?:ton|ta|tes|ce|cette|le|la|les|l)|du|"
    r"des)|(?:montre|montres|envoie|envoies|fais voir) (?:moi |nous )?(?:ton|ta|tes)) "
    rf"{BENIGN_THING}\b(?!.*\btoi\b)"
    # round 23: a photo asked in order to help with something ("envoie une photo je regarde",
    # "prends-le en photo je t'explique"): of the thing, not of the partner
    r"|\b(?:envoie|envoies|envoi|prends|fais|montre)(?: moi| m)? (?:une |la |le |l |les )?"
    r"(?:en )?(?:photo|tof|foto|capture)s?(?: de l exo| du truc| de la question)? (?:et )?"
    r"(?:je (?:regarde|t aide|t explique|te dis|corrige|verifie)|jregarde|jte dis)\b(?!.*\btoi\b)"
)
"""Round 17: a photo asked of a pet or a thing ("une photo de ton chat", "des photos du
cahier"): not a photo of the partner."""
_UNTIDY = collapsed(
    r"\b(?:(?:range|ranger|ranges|pas range|jamais range|nettoyer|nettoie) (?:ma|ta|sa|la) "
    r"(?:chambre|piaule)|(?:ma|ta|sa|la) (?:chambre|piaule) (?:est|c est) (?:un|une|le|la|en) "
    r"(?:bordel|bazar|carnage|catastrophe|champ de bataille|porcherie|chantier|desordre))\b"
)
"""Round 26: a room to tidy spoken of in the conversation ("ma mère veut pas, j'ai pas rangé ma
chambre", "range ta chambre", "ta chambre est un bazar"): a picture of it asked next is of the
mess (`_ROOM_PHOTO`)."""
UNTIDY_WINDOW = 15 * 60.0
"""How long a room to tidy explains a picture of it asked (round 26)."""
_ROOM_PHOTO = collapsed(
    r"\b(?:photo|photos|tof|snap|snaps|pic|image)(?: du| de| d)?(?: la| le| ce| l| ta| ton)? "
    r"(?:chambre|piaule|carnage|bazar|bordel|chantier|desastre)\b(?!.*\b(?:toi|lit|video|visio|"
    r"cam|nuit|pyjama|seule?)\b)"
)
"""Round 26: a picture asked of the room or of its mess (`_UNTIDY`): not of the partner in it,
not a live video, not the bed."""
_KIN_NAME = r"(?:tata|tatie|tati|tantine|tonton|marraine|parrain)"
_GRAND = r"(?:mamie|mamy|mami|papy|papi)"
_NOT_CALLED = (
    r"(?:de|d|du|a|au|aux|pour|avec|chez|et|ou|que|qu|comme|sans|par|sur|vers|entre|contre|"
    r"sauf|avant|apres|ni|moi|toi|ton|ta|tes|mon|ma|mes|son|sa|ses|un|une|le|la|les|l|des|"
    r"notre|votre|leur|est|es|etre|suis|sois|serai|serais|seras|sera|etais|etait|devenir|"
    r"devenu|devenue|bientot|nouveau|nouvelle|sugar|pas|plus|jamais|meme|aussi|tout|toute|"
    r"voir|vu|vois|voit|chercher|cherche|cherches|prendre|prends|prend|pris|recuperer|recupere|"
    r"garder|garde|gardes|emmener|emmene|ramener|ramene|amener|amene|deposer|depose|appeler|"
    r"appelle|appelles|appele|dire|dis|dit|demander|demande|parler|parle|connais|connait|"
    r"connaitre|rencontrer|rencontre|croiser|croise|attendre|attends|attend|aider|aide|"
    r"presenter|presente|rejoindre|rejoins|rejoint|previens|prevenir|raconter|raconte|montrer|"
    r"montre|rappeler|rappelle|laisser|laisse|suivre|visiter|ressembles|ressemble|aimes|eu|as|"
    r"ai|avoir|felicitations|bravo|ok|va|bon|bonne|super|vrai|vraie|futur|future|jeune|grand|"
    r"grande|petit|petite|papa|maman|papy|papi|mamie|mamy|mami|tonton|tata)"
)
"""Round 41: the word before a name that closes a line and makes it the object, a complement or
a role, not the one called ("je dois aller chercher ma fille", "c'est pour ma fille", "avec
ma fille", "chez mamie", "t'es ma nièce", "tu connais pas ma fille"), or one of a pair named
("chez papi mamie"): a name after any other
word calls the partner ("ouiii trop hâte papa", "tu rentres pour Noël ma fille ?")."""
_CALLED = (
    rf"(?:\b(?:te|t|me|m) (?:voir|chercher|prendre|recuperer|attendre|embrasser)|"
    rf"\b(?!{_NOT_CALLED}\b)[a-z]\w*) "
)
"""Round 41: the words before a name that closes a line and calls the partner: any word but
`_NOT_CALLED`'s, or the partner met ("trop hâte de te voir mamie", "je viens te chercher ma
fille")."""
_TO_YOU = r"^(?=.*\b(?:tu|t|te|toi)\b).*"
"""Round 41: a line said to the partner ("tu rentres…", "t'as bien mangé…", "ça te dit…"): a
child named at its end is called ("… ma fille ?"); without it, spoken of ("je dois aller
chercher ma fille")."""
_KIN_MINE = r"(?:ma tante|mon oncle|ma niece|mon neveu|ma filleule|mon filleul)"
_KIN_GREETING = (
    r"(?:coucou|cc|salut|slt|merci|mrc|bisous|bisou|bonjour|bjr|bonsoir|bonne nuit|a plus|"
    r"a demain|bon voyage|joyeux anniversaire|bon anniversaire|je t aime|gros bisous)"
)
_KIN = collapsed(
    # the family name that closes a message, said to the partner ("ouiii trop hâte tata"), not
    # of a third ("chez tata", "ma tata"), nor one's new role ("t'es tonton !!", "félicitations
    # tata"), nor a cover ("dis que c'est ta marraine"). Round 41: a grandparent too ("oui trop
    # hâte de te voir mamie", "t'es un amour papy"), and the words before read by `_CALLED`
    # (also not "je dois aller chercher tonton", "t'es une super tata")
    rf"^{_KIN_NAME}$|{_CALLED}(?:{_KIN_NAME}|{_GRAND})$"
    # after a greeting, at the head or the end ("coucou mamie", "merci tonton", "bisous ma
    # nièce"); not the relative spoken of ("oui ma tante dit que…")
    rf"|^(?:{_KIN_GREETING}|oui+|ouais) (?:{_KIN_NAME}|{_KIN_MINE}|{_GRAND})\b"
    r"(?! (?:dit|disait|a|avait|m|me|t|te|s|se|est|etait|veut|voulait|pense|fait|va|vient|"
    r"arrive|trouve|croit|sait|peut)\b)"
    rf"|\b{_KIN_GREETING} {_KIN_MINE}$"
    # the writer naming themselves at the head ("c'est ton cousin, j'ai changé de numéro"),
    # not the one who gave or pays ("c'est ton cousin qui…", "dis que c'est ta marraine")
    r"|^(?:coucou |cc |salut |slt |bonjour |hello )?(?:c est|ici) (?:ta|ton) (?:tata|tatie|tante|"
    r"tonton|oncle|marraine|parrain|cousin|cousine|grand mere|grand pere|mamie|papy)\b"
    r"(?! (?:de|d|du|qui|que)\b)"
    # a relative called at the head and asked ("tonton tu peux venir me chercher ?", "marraine
    # t'es la meilleure"), as round 40 reads "papa tu…"
    rf"|^(?:{_KIN_NAME}|{_GRAND}) (?:tu|t(?! a\b| avait\b)|est ce que)\b"
    # a niece, a nephew or a godchild called at the end of a line to them ("tu arrives à quelle
    # heure ma nièce ?"; not "je dois aller chercher ma nièce", "tu diras que t'es ma nièce")
    rf"|{_TO_YOU}{_CALLED}(?:ma niece|mon neveu|ma filleule|mon filleul)$"
)
"""Round 27: the two are family, one called by the other "tata", "tonton", "marraine"
("ouiii trop hâte tata", "merci tonton", "coucou mamie", "bisous ma nièce", "c'est ton
cousin, j'ai changé de numéro"): between two declared adults the gap of their ages and a
pickup at the station are a family's (`_Pair.kin`); not the word about a third ("chez tata",
"ma tata", "oui ma tante dit que…"), one's new role ("t'es tonton !!") or a cover ("tu diras
que c'est ton cousin qui te l'a donné")."""
_PARENT = collapsed(
    # the writer's own child addressed at the head ("coucou ma fille, ton train…", "mon fils, tu
    # termines quand ?"), not the daughter spoken of ("ma fille a 18 ans", "ma fille de 20 ans")
    r"^(?:(?:coucou|cc|salut|slt|bonjour|bonsoir|bisous|merci|ok|oui|allo) (?:ma fille|mon fils)"
    r"\b(?! (?:de|d|a|est|etait|m|me|dit|disait|va|vient|fait|aurait|serait|qui|que|sera|aussi)\b)"
    # round 41: without a greeting, only when a word to the child follows ("mon fils, tu…"; not
    # "ma fille rentre à 18h", "ma fille t'a vu")
    r"|(?:ma fille|mon fils)(?: (?:tu|t(?! a\b| avait\b)|ton|ta|tes|toi|est ce que)\b|$))"
    # a parent called at the end ("ok merci papa", "trop bien merci maman"), not a role asked or
    # denied ("appelle-moi papa", "t'es pas mon père", "ton papa")
    r"|(?<!\bmoi )(?<!\bdire )(?<!\bappeler )(?<!\bton )(?<!\bta )(?<!\bmon )(?<!\bma )"
    r"(?<!\bcomme )(?<!\bun )(?<!\bune )(?<!\bde )(?<!\bsugar )(?<!\bnouveau )(?<!\bnouvelle )"
    r"(?<!\bles )(?<!\bdes )(?<!\bla )(?<!\ble )\b(?:merci|bisous|ok|oui|daccord|d accord) "
    r"(?:papa|maman)$"
    # a parent asked at the head ("papa tu peux venir me chercher ?")
    r"|^(?:papa|maman) (?:tu|t|est ce que|je|j)\b"
    # the other parent spoken of to their child ("ta mère et moi on a préparé ta chambre", "ton
    # père et moi on a hâte"), not with a secret ("…elle doit rien savoir")
    r"|\b(?:ta mere|ton pere) et moi\b(?!.*\b(?:savoir|sait|saura|sauront|dis|dire|secret)\b)"
    # round 41: a parent called at the end of any line but of one that makes them its object or
    # a role ("ouiii trop hâte papa", "à tout à l'heure maman", "t'es le meilleur papa"; not
    # "je dois demander à maman", "chez papa", "appelle-moi papa"), and the child called at the
    # end of a line to them ("tu rentres pour Noël ma fille ?", "t'as bien mangé mon fils ?";
    # not "je dois aller chercher ma fille", "tu connais ma fille ?", "t'as l'âge de ma fille")
    rf"|{_CALLED}(?:papa|maman)$"
    rf"|{_TO_YOU}{_CALLED}(?:ma fille|mon fils)$"
)
"""Round 40: the two are a parent (or step-parent) and their grown child, by the words a parent
and a child say to each other ("coucou ma fille", "mon fils, tu…", "merci papa", "ta mère et
moi…"): between two declared adults the elder's pickup and their being alone are a family's
(`_Pair.parent`, `guard._met_alone`); not the child spoken of ("ma fille a 18 ans"), not a role
asked or denied (`_POSES`)."""
_POSES = collapsed(
    r"\b(?:apelle moi|tu peux m apeler|tu m apeles|dis moi|dis) (?:papa|daddy|maman|papy|tonton)\b"
    r"|\bcomme (?:un|ton|une|ta) (?:pere|papa|second pere|deuxieme papa|mere|maman)\b"
    r"|\b(?:je serai|je suis|je peux etre|je serais) (?:ton|ta) (?:papa|pere|daddy|maman|mere)\b"
    r"|\b(?:t es|tu es|t est) pas (?:mon pere|mon papa|ma mere|ma maman|mon daron)\b"
    # round 41: the same of the other roles of a family: a relative's name asked ("appelle-moi
    # tata", "tu peux m'appeler parrain"), a role taken ("je peux être ton parrain de cœur", "je
    # serai le meilleur papa pour toi", "comme un tonton pour toi"), one to say ("tu diras que
    # t'es ma nièce", "fais comme si j'étais ton oncle"), or denied ("je suis pas ta fille", "t'es
    # pas mon oncle")
    rf"|\b(?:apelle moi|tu peux m apeler|tu m apeles) (?:{_KIN_NAME}|{_GRAND})\b"
    r"|\b(?:ton|ta) (?:pere|papa|mere|maman|oncle|tonton|tante|tata|parrain|marraine) de coeur\b"
    r"|\b(?:je serai|je serais|je peux etre|je veux etre|je pourrais etre) (?:ton|ta|un|une|le|la) "
    r"(?:\w+ )?(?:pere|papa|mere|maman|oncle|tonton|tante|tata|parrain|marraine|papy|mamie)\b"
    r"|\bcomme (?:un|ton|une|ta) (?:oncle|tonton|tante|tata|parrain|marraine|papy|grand pere)\b"
    r"|\b(?:dis|diras|dire|dit|direz) (?:que|qu) (?:t es|tu es|je suis|c est) (?:ma|mon|ton|ta) "
    r"(?:niece|neveu|fille|fils|oncle|tante|tonton|tata|parrain|marraine|filleule|filleul|pere|"
    r"mere|papa|maman)\b"
    r"|\bcomme si (?:j etais|t etais|tu etais) (?:ma|mon|ton|ta) (?:\w+ )?(?:niece|neveu|fille|"
    r"fils|oncle|tante|tonton|tata|parrain|marraine|pere|mere|papa|maman)\b"
    r"|\b(?:je suis|jsuis|chui|je ne suis|j suis) pas (?:ta|ton) (?:fille|fils|niece|neveu|"
    r"filleule|filleul)\b"
    r"|\b(?:t es|tu es|t est) pas (?:mon|ma) (?:oncle|tonton|tante|tata|parrain|marraine|papy|"
    r"mamie)\b"
)
"""Round 40: a stranger who poses as a parent ("appelle-moi papa", "je suis un peu comme un père
pour toi") or is told they are none ("t'es pas mon père"): the pair is then never a parent's
(`_Pair.posed`), whatever "ok papa" follows."""
_ASIDES = (
    _REPORTED,
    _PROTECTS,
    _THING_PHOTO,
    _TO_A_THIRD,
    _SURPRISE,
    _KNOWN,
    _CONFIDED,
    _SHARED_PAST,
    _UNTIDY,
    _ROOM_PHOTO,
    _KIN,
    _PARENT,
    _POSES,
)
_ASIDE_SET = FOLDED.add(_ASIDES)
"""Round 17's patterns in one multi-pattern pass, shared with the rules' tables
(`rules.FOLDED`): most messages match none of them and none is searched, so a private
message costs about what it did."""


_NO_ASIDE: frozenset[re.Pattern[str]] = frozenset()


def _asides(plain: str) -> frozenset[re.Pattern[str]]:
    """Which of `_ASIDES` match `plain` (most messages: none, after one scan)."""
    maybe = _ASIDE_SET.candidates(plain) if _ASIDE_SET.active else range(len(_ASIDES))
    if not maybe:
        return _NO_ASIDE
    return frozenset(_ASIDES[i] for i in maybe if _ASIDES[i].search(plain) is not None)
