"""The grooming table (`GROOMING_RULES`, rule ids `g.*`): the cues a writer gives of
approaching a child (age and school questions, being alone, compliments, gifts, photos,
secrecy, other apps, meeting, pickup…), with the phrase fragments it is written with.

Weights are the evidence one hit brings; a rule counts once per state and is
refreshed by a new hit, so repeating one phrase never adds up on its own.
The figures behind these weights are in docs/minors.md (dev split only).
"""

from __future__ import annotations

from causette.moderation.minors.patterns import Rule, _r

__all__ = [
    "BENIGN_THING",
    "CHILD_CONTEXT_FAMILIES",
    "GROOMING_RULES",
    "NOT_TO_A_THIRD",
    "TO_A_THIRD",
]

_TU_AS = r"(?:t as|tas|ta|tu as|t a|tu a)"
_TU_ES = r"(?:t es|tu es|tes|t|t e|tu e|t est)"
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
TO_A_THIRD = (
    rf"\b(?:pas un mot|(?:dis|dire) rien)(?={_THIRD_PERSON})"
    # round 34: a message erased in case a brother or a sister reads the phone
    r"|\bau cas (?:ou|qu) (?:ta|ton) (?:petite |grande |petit |grand )?(?:soeur|frere|reuss|"
    r"frangine?) (?:lit|lise|lirait|regarde|fouille|prend|prenne|tombe sur)\b"
)
"""The secret kept from one named person (`NOT_TO_A_THIRD`), or from the partner's sibling
(round 34), for the guard."""
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
       # step 9 (thirty-ninth sitting): going out unseen urged ("sors en douce, seul"); step E
       # (fortieth): a few minutes' going out urged ("tu sors juste 10 min"), and a call set late
       # at night when no one will know ("ce soir tard, vers minuit, personne saura")
       r"\b(?:sors|sortir|tu sors|tu peux sortir) en douce\b",
       r"\btu sors (?:juste|que) (?:\d+|deux|cinq|dix) ?(?:min|mn|minutes)\b",
       r"\b(?:tard|vers minuit|a minuit|cette nuit)\b.{0,30}\bpersonne (?:saura|le saura|va savoir|"
       r"ne saura)\b",
       # step 8 (thirty-ninth sitting): the partner's free, unwatched hours learned ("comme ça
       # je sais quand t'es dispo"); not a match's or a game's
       r"\bcomme ca (?:je sais|jsais|j sais|je saurai|je connais) (?:quand|a quelle heure) "
       r"(?:t es|tu es|tes) (?:dispo|seule?|tranquille|libre)\b(?! pour)",
       # step 5 (thirty-ninth sitting): a meeting place away from people ("derrière le parking,
       # pas devant les magasins c'est trop de monde")
       r"\bpas devant (?:\w+ ){0,3}(?:c est |c |ya |y a )?trop de monde\b",
       # round 26: being alone asked and private talk offered in one breath ("t'es seule chez
       # toi ce soir ? on pourrait parler en mp"); something to show in private ("viens en mp,
       # j'ai un truc à te montrer")
       r"(?:t es|tu es|tes|t) (?:toute )?seule? (?:chez toi|a la maison|ce soir|cet aprem)\b"
       r".{0,40}\b(?:en (?:mp|pv|prive|dm)|ailleurs)\b",
       r"(?:en (?:mp|pv|prive|dm))\b.{0,30}\b(?:j ai|jai|g) (?:un truc|quelque chose|qqch|un "
       r"secret) (?:a|pour) te (?:montrer|faire voir)\b",
       r"(?:j ai|jai|g) (?:un truc|quelque chose|qqch|un secret) (?:a|pour) te (?:montrer|faire "
       r"voir)\b.{0,30}\ben (?:mp|pv|prive|dm)\b",
       # round 24: a room's member called into private where "we'll be quieter" ("viens en mp
       # on sera plus tranquilles"), the others pushed away
       r"(?:en (?:mp|pv|prive|dm)|ailleurs),? (?:on (?:sera|serait|est)|c est|ce sera) "
       r"(?:plus |bien plus )?(?:tranquilles?|peinards?|au calme)\b",
       # round 23: a meeting one must come to alone ("je t'attends à la gare, tu viens seule")
       r"(?:tu viens|viens|vient|venir|tu viendras|tu peux venir) (?:toute )?seule?\b"
       r"(?! (?:ou|avec|ou avec)\b)",
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
       r"t es dans ta chambre",
       # round 36: not "la porte ouverte" / "les portes ouvertes" (a school's open day)
       r"(?:la porte(?! ouvertes?\b)|ferme la porte|ferme ta porte)",
       r"tu dors (?:seule?|ou)", r"tu te couches a quelle heure",
       r"quand (?:ils|elle|il|tes parents|ta mere|ton pere|ta famille|tout le monde) "
       r"(?:dorment|dormiront|seront couches|dort|dormira|sera couchee?)",
       rf"{_PARENTS} (?:verifient|regardent|controlent) (?:ton|tes) (?:tel|portable|messages)",
       # round 37: whether the parents see what the partner does, buys or plays, or with whom
       # ("tes parents ils regardent ce que tu fais sur ton tel ?", "tes parents voient tes
       # achats ?", "tes parents savent que tu joues tard ?"); not "tes parents regardent la
       # télé", nor "tes parents savent que tu sors ce soir ?" (a teen's outing)
       rf"{_PARENTS} (?:ils |elle |il )?(?:regardent|regarde|voient|voit|surveillent|surveille|"
       r"verifient|verifie|checkent|controlent|controle) (?:ce que tu|ce que t|tes achats|tes "
       r"depenses|avec qui tu|avec qui t)\b",
       rf"{_PARENTS} (?:ils |elle |il )?(?:savent|sait) (?:que tu|que t|qu tu) (?:joues|parles|"
       r"me parles|m ecris|ecris|es en ligne|es co|es connectee?|achetes)\b",
       # round 18: "tes parents lisent ce que tu écris ?"
       rf"{_PARENTS} (?:lisent|lit|fouillent|fouille) (?:ce que tu|tes messages|ton tel|tes conv)",
       # thirty-ninth sitting (`devbj-o-055`): not when the writer says they cannot sleep
       # themselves ("t'es réveillée ? j'arrive pas à dormir"): one who seeks company; still
       # when it is the partner they think of ("j'arrive pas à dormir, je pense à toi")
       r"t es reveillee?\b(?!.{0,30}\b(?:j arrive pas a (?:dormir|m endormir)|je trouve pas le "
       r"sommeil)\b(?!.{0,30}\b(?:pense|pensais|penser) (?:\w+ )?a toi\b))",
       # the parents' bedtime asked, an empty home offered, headphones
       r"(?:ils|tes parents|ta mere|ton pere) se couchent? (?:a quelle heure|quand|vers quelle)",
       # round 32: the writer's home said empty with the invitation to come ("viens
       # enregistrer chez moi, y a personne la journée", "y a personne chez moi le mercredi,
       # passe"); not "y a personne chez moi ce soir, je m'ennuie"
       r"(?:viens|venir|passe|passer|tu viens|tu peux venir|vous venez)\b.{0,40}\bchez moi\b"
       r".{0,20}\b(?:y a|il y a|ya|y aura|il y aura|y aura) personne\b",
       r"(?:y a|il y a|ya|y aura|il y aura) personne chez moi\b.{0,30}\b(?:viens|passe|tu viens|"
       r"tu peux venir|tu passes)\b",
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
       # step 9 (thirty-ninth sitting): in Réunion Creole ("out momon lé la ce soir ?": is your
       # mother home tonight)
       r"\bout (?:momon|manman|moman|papa|parents?) le la\b",
       # round 59 (batch bi): whether the parents see the partner's money ("do your parents
       # check your bank app?")
       r"\b(?:do|does) (?:ur|your) (?:parents|mom|mum|dad) (?:\w+ )?(?:check|see|look at|go "
       r"through) (?:ur|your) (?:bank|bank app|bank account|account|card|spending)\b",
       # round 28: alone for a stretch of time ("t'es seule tout l'aprem ?", "t'es seul toute
       # la journée"), the room asked when the parents come home ("vos parents rentrent à quelle
       # heure ?"), whether a sibling is often home ("elle est souvent là ta sœur ?")
       # (not a long stretch a friend worries about: "t'es seule tout le week-end ?", devs-o-107)
       rf"{_TU_ES} (?:toute |tout )?seule? (?:tout |toute )(?:l |la |le )?(?:aprem|apres midi|"
       r"journee|soiree|matin)\b",
       r"(?:vos|tes) (?:parents|darons|meres|peres|daronnes) (?:\w+ )?rentrent (?:a |vers )?"
       r"(?:quelle|quel) heure\b",
       r"(?:elle|il|ils) (?:est|sont) souvent (?:la|a la maison|chez toi) (?:ta|ton|tes) "
       r"(?:soeur|frere|soeurs|freres|mere|pere|parents)\b",
       r"(?:ta soeur|ton frere|ta mere|ton pere|tes parents) (?:est|sont) souvent (?:la|a la "
       r"maison)\b",
       # round 24: whether the parents watch the phone ("tes parents regardent ton tel ?", "do
       # ur parents check ur phone?")
       rf"(?:{_PARENTS}|(?:ur|your) (?:parents|mom|mum|dad)) (?:\w+ )?(?:regardent|regarde|"
       r"fouillent|fouille|verifient|verifie|lisent|lit|check|checks|read|look at|go through) "
       r"(?:ton|ta|tes|ur|your) (?:tel|telephone|portable|messages|phone|texts|dms?)\b",
       rf"{_TU_ES} (?:toute |tout )?seule? (?:chez toi|a la maison|dans ta chambre|ce soir)",
       rf"{_TU_ES} (?:toute|tt|t) seule?",
       # round 37: the same to a boy, or asked how often ("t'es tout seul ?", "t'es souvent seul
       # chez toi après l'entraînement ?", "t'es des fois toute seule le soir ?"); not "t'es
       # tout seul à penser ça"
       rf"{_TU_ES} (?:souvent |des fois |parfois |toujours )?(?:tout|toute|tt) seule?\b"
       r"(?! a (?:penser|croire|le|la|y|avoir|faire|dire)\b)",
       rf"{_TU_ES} (?:souvent|des fois|parfois|toujours) seule? (?:chez toi|a la maison|dans ta "
       r"chambre|le soir|apres)\b",
       # round 29: asked of several in a room ("vous faites quoi à la maison seules ?", "vous
       # êtes seuls chez vous ?"); not "vous êtes seuls à penser ça"
       r"\bvous (?:etes|faites quoi|faites|restez)(?: (?!a penser|a croire|a le)\w+){0,4} "
       r"(?:toutes? |tous )?seule?s?\b(?! a (?:penser|croire|le|y))",
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
       r"(?:ils|elle|il) rentrent? (?:vers |a )?(?:quelle|quel) heure",
       # round 58 (batch bh): asked in English ("are you home alone after school?", "r u alone
       # rn"); not alone in an opinion ("are you alone in thinking that")
       r"\b(?:are|r) (?:you|u) (?:home |at home )?alone\b(?! (?:in|on) (?:thinking|this|that)\b)",
       r"\b(?:will|are|r) (?:you|u) be (?:home |at home )?alone\b",
       r"\b(?:are|r|when are|when r) (?:your|ur) parents (?:home|out|away|at work|gone)\b",
       cap=2),
    _r("g.compliment", "compliment", 0.8, "compliments sur le physique",
       # round 19: "t'es tout sauf moche"
       rf"{_TU_ES} (?:tout|toute) sauf (?:moche|laide|laid|banale?)",
       rf"{_TU_ES} (?:trop |vraiment |super |tellement |si |grave |tro )?"
       r"(?:belle|bel|jolie|mignonne|mignon|canon|magnifique|craquante|charmante|sublime|bonne|"
       r"superbe|ravissante|rayonnante)",
       r"(?:tes|ton|ta) (?:yeux|sourire|corps|cheveux|visage) (?:sont|est) (?:trop )?\w+",
       # round 34: the partner's profile picture praised ("ta pdp est trop belle", "ta photo de
       # profil est magnifique"); not "ta pdp est trop drôle", "ta pp est floue"
       r"(?:ta|ton) (?:pdp|pp|photo de profil|photo|avatar) (?:est|elle est) (?:trop |tellement |"
       r"vraiment |grave |super |si )?(?:belle|jolie|magnifique|canon|mignonne|sublime|bg|bonne)\b",
       r"j ?te trouve (?:grave |trop |tres |vraiment |super )?(?:belle|jolie|mignonne|canon|bg)",
       r"(?:visage|tete|yeux) d ange",
       r"t as (?:un|de|des) (?:beau|beaux|joli|jolis|yeux|sourire) ?"
       r"(?:visage|yeux|corps|magnifiques?|sublimes?|superbes?)?",
       r"(?:la|le) plus (?:belle|beau|jolie|mignonne|canon)",
       r"(?:t es|tes) (?:tro|trop|vraiment|super) (?:charmente|charmante|bel|jolie|bele)",
       rf"{_TU_ES} (?:trop |tro |vraiment |super |tellement |si )?(?:mimi|cute|chou|belle gosse)",
       # round 25: the body praised ("t'as un corps de danseuse", "t'es toute fine")
       r"(?:t as|tu as|t a) (?:un|une) (?:corps|physique|silhouette|taille) (?:de|d) (?:danseuse|"
       r"mannequin|reve|top model|modele|gymnaste)\b",
       rf"{_TU_ES} (?:toute|trop|tellement|si) (?:fine|menue|svelte)\b",
       cap=2),
    _r("g.maturity", "maturity", 2.0, "flatterie sur la maturité ou l’unicité",
       # step 5 (thirty-ninth sitting): what the grown-ups do, to be taught ("je vais t'apprendre
       # des choses que les grands font")
       r"\b(?:choses|trucs) que (?:les grands|les grandes|les adultes) font\b",
       # round 50: in Réunion Creole ("ou lé grande astèr": you are a big girl now)
       r"\bou le (?:grande?|gran) aster\b",
       # round 26: a talent praised "for your age" ("t'as un talent de dingue pour ton âge",
       # "une voix de fou pour ton âge")
       r"(?:un talent|une voix|un don|un niveau|un physique|un corps)(?: \w+){0,3} pour ton age\b",
       # round 24: the partner set above peers ("trop mignonne pour les gamins de ton âge"); in
       # English ("so mature for ur age", "most girls ur age are so childish")
       r"trop \w+ pour (?:les|des) (?:gamins|gamines|gosses|mecs|garcons|filles|meufs|gens) "
       r"(?:de ton age|de ta classe|de ton college|de ton lycee)\b",
       r"mature for (?:ur|your|u r) age", r"(?:as|so) mature as (?:u|you)\b",
       r"(?:girls|guys|boys|kids|people) (?:ur|your) age (?:are|r)\b",
       # round 23: "tu parles comme quelqu'un de plus grand", "t'es trop bien pour un mec de 3e"
       r"tu parles comme (?:quelqu un|une fille|un mec|une meuf|un gars) (?:de )?plus "
       r"(?:grande?|agee?|vieux|vieille|mure?)\b",
       r"(?:trop bien|trop mature|trop belle|bien mieux|mieux) pour (?:un mec|une meuf|les mecs|"
       r"les garcons|les filles|un garcon|une fille|les gens) (?:de|en) (?:ton age|ta classe|"
       r"ton college|6e|5e|4e|3e|seconde)\b",
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
       # round 42: oneself as the one who understands best ("c'est moi qui te comprends le
       # mieux", "personne te comprend aussi bien que moi"); not "c'est moi qui te comprends
       # pas"
       r"\bc est moi qui te (?:comprends|comprend|connais|connait) (?:le mieux|vraiment|mieux)\b",
       r"\bpersonne (?:ne )?te (?:comprend|connait) (?:mieux|aussi bien|comme) (?:que )?moi\b",
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
       # round 59 (batch bi): money offered with nothing asked ("i'll even send you 50 to
       # start, no strings"); not a repayment ("i'll send you 20 for the pizza")
       r"\b(?:i ll|i will|let me) (?:even |just )?(?:send|give) (?:you|u) (?:\$ ?)?\d+ "
       r"(?:\w+ ){0,2}(?:to start|no strings|for free|just because|as a gift)\b",
       # round 52: a gift card offered in English ("i'll send you a gift card")
       r"\b(?:i ll|i will|let me|i can) (?:send|buy|get|give) (?:you|u) (?:a|an) (?:gift card|"
       r"giftcard|voucher)\b",
       # round 28: money or game currency already sent, or asked whether it arrived ("je t'ai
       # envoyé 15 euros sur lydia", "j t ai envoyé 800 robux", "t'as bien reçu les vbucks ?",
       # "elle a eu ses robux ?"); not a repayment ("je t'ai envoyé les 30 euros"), nor one's own
       r"(?:je t ai|jt ai|j t ai|je tai|jtai) (?:envoye|vire|verse|offert|paye|achete|recharge|"
       r"passe|file)(?: \w+)? (?:\d+ ?(?:euros?|e|balles|robux|v ?bucks)|des (?:robux|v ?bucks|"
       r"skins|gemmes))\b",
       r"(?:t as|tas|ta|tu as|elle a|il a) (?:bien )?(?:recu|eu) (?:tes |les |ses |mes )?(?:\d+ )?"
       r"(?:robux|v ?bucks)\b",
       # round 37: a game's or a platform's paid item already given to the partner ("jt'ai offert
       # 5 subs", "je t'ai envoyé le brawl pass", "je t'ai offert nitro", "tiens je t'ai offert
       # la welkin", "je t'ai payé le passe de combat"); not a link or a photo sent ("je t'ai
       # envoyé le lien du pass"), nor a transport or health pass ("le pass navigo")
       r"(?:je t ai|jt ai|j t ai|je tai|jtai) (?:envoye|offert|paye|achete|pris|file) "
       r"(?:le |la |les |l |un |une |des |ton |ta |tes |\d+ )?(?:(?:brawl |battle |royal |gold |"
       r"pass |passe )?(?:pass|passe)(?: de combat| royal| realms)?|subs?|sub twitch|nitro|"
       r"welkin|skins?|pack|gemmes|rp|primogemmes|abonnement|abo)\b"
       r"(?! (?:navigo|sanitaire|vaccinal|culture|imagine|de (?:train|bus|metro|ski)|du (?:lien|"
       r"site))\b)",
       # round 34: a gift card already sent or bought for the partner ("je t'ai envoyé une carte
       # cadeau fnac pour tes feutres", "jt'ai pris une carte steam"); not one's own ("j'ai
       # reçu une carte cadeau"), nor "je t'ai envoyé la carte de la cantine"
       r"(?:je t ai|jt ai|j t ai|je tai|jtai) (?:envoye|offert|achete|pris|paye|file|passe) "
       r"(?:une|1|la) carte (?:cadeau|kdo|steam|psn|playstation|xbox|google play|itunes|apple|"
       r"amazon|fnac|roblox|nintendo)\b",
       # round 26: game currency offered as a question ("tu veux 2000 V-bucks ?", "ça te dit des
       # robux ?")
       r"(?:tu veux|tu voudrais|ca te dit|t en veux|tu en veux) (?:\d+ |des |quelques |un peu de "
       r"|mes )?(?:v ?bucks|robux|skins?|gemmes|nitro|diamants)\b",
       # round 24: in English ("i'll buy u lunch", "i can get u a skin")
       r"(?:i ll|i will|i can|let me|ill) (?:buy|get|pay for) (?:u|you)\b",
       # round 23: game currency passed on ("je peux te passer des vbucks"), easy money
       # offered to whoever wants it ("qui veut gagner 50 euros facile ?")
       r"(?:je|j) (?:peux |vais |pourrais )?(?:te|t) (?:passer|refiler|payer) (?:des|quelques|\d+|"
       r"un peu de|mes) (?:v ?bucks|robux|skins?|gemmes|credits?|diamants|sous|thune)\b",
       r"qui (?:veut|voudrait) (?:gagner|se faire) (?:\d+ ?(?:e|euros?|balles)|de l argent|"
       r"des sous|de la thune)",
       # round 19: a sum sent ("je peux t'envoyer 50 si tu…"), a present promised
       r"(?:je|j) (?:peux |vais |pourrais )?(?:te|t) (?:envoyer|envoie|donner|donne|filer|file|"
       r"verser|verse|virer|vire) \d+\b"
       r"(?! (?:messages?|photos?|min|minutes|secondes|exos?|pages?)\b)",
       r"(?:je|j) (?:te|t) (?:ferai|ferais|fais|vais faire) (?:un|des) (?:petit |petits )?cadeaux?",
       # round 30: not a negation ("je paie pas de loyer": "pass" reads as "pas" once its
       # doubled letter is collapsed); gift cards in the plural ("offrir des recharges
       # paysafe")
       rf"(?:je|j) ?(?:peux |vais |pourrais |te |t |t en |en )*{_OFFER}\b(?! pas\b)"
       r".{0,30}?(?:argent|thune|sous|\d+ ?(?:e|euros?|balles)|euros|recharges?|forfait|"
       r"carte|paysafecard|paysafe|psc|"
       r"v ?bucks|robux|skins?|premium|abonnement|cadeaux?|iphone|airpods|console|nitro|pass|"
       r"credits?|netflix|spotify|vetements|fringues|veste|baskets|sneakers|maquillage|billets?|"
       r"train|gemmes|diamants|dlc)",
       r"(?:je|j) (?:te|t|t en|peux te|peux t|vais te|vais t|peux t en|vais t en|t ai) "
       r"(?:le |la |les |l )?(?:offre|offrir|achete|acheter|paye|payer|paie|donne|donner|file|"
       r"filer|prends|rembourse|rachete|racheter)(?! pas\b)",
       # round 24: "qui veut des skins valo gratuits ?"
       r"(?:skins?|v ?bucks|robux|gemmes|nitro|pass de combat)(?: \w+)? (?:gratuits?|gratos|"
       r"offerts?)\b",
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
       # round 32: a present already given, named ("jt'ai offert le gamepass", "je t'ai payé
       # ton abonnement"), and one offered to buy ("je peux te prêter mon compte ou t'en payer
       # un"); not the lessons or notes passed on
       r"(?:je|j) t ai (?:offert|paye|achete) (?:le|la|les|l|un|une|des|ton|ta|tes) "
       r"(?!(?:cours|notes?|fiches?|liens?|exos?|exercices?|devoirs?|reponses?|resume)\b)\w+",
       r"(?<!\btu peux )(?<!\btu dois )(?<!\btu vas )(?<!\btu devrais )(?<!\btu pourrais )"
       r"(?<!\bfaut )(?<!\bfaudrait )\bt en (?:payer|offrir|acheter|racheter) (?:un|une)\b",
       # round 16: a thing already bought or put on the account for the partner ("je t'ai pris
       # le sweat que tu voulais", "je t'ai mis un truc dans ton inventaire"), not notes or a link
       r"(?:je|j) t ai (?:pris|achete|offert|commande|paye|mis|recharge) (?:le|la|les|l|un|une|"
       r"des|ton|ta|tes|du) (?!(?:cours|notes?|fiches?|liens?|exos?|exercices?|devoirs?|"
       r"reponses?)\b)\w+(?: \w+){0,3} (?:que tu voulais|dont tu revais|dans ton inventaire|"
       r"sur ton compte)",
       # round 58 (batch bh): a thing bought off the partner's wishlist ("the hoodie from your
       # wishlist should arrive", "i ordered the perfume off ur wishlist"); not one's own list
       r"\bfrom (?:your|ur) (?:amazon )?(?:wishlist|wish list) (?:should|will|is|are|arrives?|"
       r"came|comes)\b",
       r"\b(?:bought|ordered|got) (?:you )?(?:\w+ ){0,4}(?:from|off|on) (?:your|ur) (?:amazon )?"
       r"(?:wishlist|wish list)\b"),
    _r("g.photo_request", "photo", 1.8, "demande de photo ou de caméra",
       # step E (fortieth sitting): the uncut version of a video asked ("envoie-moi la version
       # non coupée, je t'aide au montage")
       r"\benvoie(?: moi)? (?:la |ta )?version non coupee\b",
       # step 9 (thirty-ninth sitting): a paid pose ("tu veux poser ? c'est payé")
       r"\bposer\b.{0,20}\b(?:c est|c|ce sera) (?:paye|payee|remunere|remuneree)\b",
       # round 59 (batch bi): a picture of the partner's ID asked for ("i'll need a pic of your
       # ID and a selfie to open the account")
       r"\b(?:need|send me|send|want) (?:\w+ ){0,6}(?:pic|photo|picture|selfie|scan) of "
       r"(?:your|ur) (?:id|passport|id card|student card)\b",
       # round 32: filming at the writer's home ("chez moi, je filme", "chez moi on te filme")
       r"chez moi,? (?:c est )?(?:moi qui |je |j |on )(?:te |vous )?(?:filme|filmerai|tourne|"
       r"prends les photos)\b",
       # round 24: a favour owed after a present ("tu me dois une faveur"), a model scout in
       # English, pictures asked in English ("can u send a few photos")
       r"(?<!\bmais )(?<!\bmais tu )(?:me dois|tu me dois) (?:une faveur|un petit service)\b",
       r"(?:model(?:ing|ling)?|fashion|talent) (?:scout|agency|agent)\b|\bscout for\b",
       r"send (?:me )?(?:a few|a couple|some more|more|few) (?:pics?|photos?|selfies?)\b",
       # round 22: "genre des petites photos marrantes" as a dare, the real picture asked
       # elsewhere ("envoie-moi ta pp en vrai")
       r"(?:genre|juste|que|faut) des (?:petites )?photos (?:marrantes|droles|rigolotes|de toi)",
       r"(?:envoie|envoi|envoies|montre)(?: moi| m)? ta (?:pp|photo|tete) en vrai",
       # round 17: not the writer's own sending ("je t'envoie les photos de la colo")
       # round 26: not advice against sending ("dis-lui de jamais envoyer de photos", "ni
       # d'envoyer de photos", "n'envoie jamais de photo à un inconnu")
       # round 52: nor the writer's own offer ("j'envoie une photo demain")
       rf"(?<!je t )(?<!je te )(?<!jte )(?<!\bj )(?<!\bjamais )(?<!\bni d )(?<!\bne pas )"
       rf"(?<!\bde pas )"
       rf"(?<!\bni )(?<!\bsans ){_ASK_SEND}\b(?! jamais\b).{{0,25}}\b{_PHOTO}\b"
       rf"(?! (?:de|du|des|d) {_BENIGN_OBJECT})",
       rf"(?:une|1|une seule|quelques) {_PHOTO} (?:stp|svp|de toi|vite|en echange)",
       r"(?:photo|foto|pic|selfie|tof)s? de toi",
       # round 37: a selfie asked of the partner for a group's project or a check ("on demande à
       # des membres choisis un selfie", "j'ai besoin d'un selfie pour vérifier"); not one
       # taken with someone ("je veux un selfie avec Jul"), nor an app's ("insta demande un
       # selfie")
       r"(?:on|je|j) (?:te |t )?(?:demande|demandons|veux|voudrais|a besoin d|aurait besoin d|ai "
       r"besoin d|aurais besoin d)(?: \w+){0,4} (?:un|une|1|des|ton) selfies?\b"
       r"(?! (?:avec|a|au|aux|de|du|d|des)\b)",
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
       # round 37: the partner's camera brought into a voice call ("viens en vocal avec la cam",
       # "on fait un vocal avec ta cam"); not someone else's ("l'appel avec la cam de la prof")
       r"(?:vocal|appel|call) (?:avec|et) (?:la|ta) (?:webcam|cam|camera)\b"
       r"(?! (?:de|du|des|d)\b)",
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
       # round 58 (batch bh): a kind of picture asked for ("send me thank-you pics wearing it");
       # not pictures of a shared thing ("send me the pics from the trip")
       r"\bsend me (?!(?:the|those|these|all|our|my|his|her|their)\b)(?:\w+ ){1,2}(?:pics?|"
       r"photos?|selfies?)\b(?! (?:of|from) (?:the|our|last|that|my)\b)",
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
       r"(?:ta|quelle) taille de", r"tu fais quelle taille", r"combien de taille",
       # round 25: a room's game of sizes and weights ("chacun dit sa taille et son poids")
       r"(?:dit|dis|dites|donne|donnez|donnes) (?:sa|ta|votre|vos) tailles? et "
       r"(?:son|ton|votre|vos) poids\b"),
    _r("g.secrecy_adults", "secrecy", 2.5, "demande de cacher la relation aux parents",
       # step 8 (thirty-ninth sitting): the contact itself kept secret ("personne doit savoir
       # qu'on se parle"), a relative no longer to be told the talk ("arrête de lui raconter nos
       # conversations")
       r"\bpersonne (?:ne )?(?:doit|dois|faut qu il|faut que ca se) (?:savoir|sache|etre au "
       r"courant) (?:qu on se parle|qu on parle|qu on s ecrit|que tu me parles)\b",
       r"\barrete (?:de|d) (?:lui|leur|en) (?:raconter|parler de|montrer|dire) (?:tout de )?nos "
       r"(?:conversations|convs?|messages|discussions|echanges)\b",
       # round 25: said to a teen room in the plural ("dites pas à vos parents sinon ils vont
       # bloquer", "vos parents ont pas besoin de savoir")
       r"(?:dites|dite|dis|dit|racontez|raconte|parlez|parlez en) "
       r"(?:rien|pas|le pas|en pas|jamais) (?:a|de ca a|de nous a) (?:vos parents|vos darons|"
       r"vos meres|vos peres|vos familles|vos mamans)\b",
       r"(?:vos parents|vos darons|vos familles) (?:ont|doivent) pas (?:besoin (?:de|d) )?(?:le )?"
       r"(?:savoir|voir|le savoir)\b",
       # round 24: one message erased after reading ("efface ce message après"); in English,
       # the parent who need not know and the cover story ("tell her ur at the library"),
       # the chat deleted
       r"(?:efface|supprime|effaces|supprimes|delete) (?:ce|ces|mes|cette) (?:message|messages|msg|"
       r"conv|conversation|discussion|photo|photos)\b"
       # round 34: not when the reader feared is a brother or a sister ("efface ce message au cas
       # où ta sœur lit ton tel"): a friend's secret kept from a sibling
       r"(?!.{0,30}\b(?:ta|ton|tes) (?:petite |grande |petit |grand )?(?:soeur|frere|soeurs|"
       r"freres|reuss|frangine?)\b)",
       r"(?:she|he|they|(?:ur|your) (?:parents|mom|mum|dad)) (?:doesnt|dont|doesn t|don t|do not|"
       r"does not) (?:need|have) to know\b",
       r"tell (?:her|him|them) (?:ur|you re|youre|u r|that u|that you) (?:at|with|going|staying)\b",
       r"delete (?:this|the|our|these) (?:chat|messages?|convo|conversation|texts?|dms?)\b",
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
       rf"{_PARENTS} (?:sont|est) pas obliges? de savoir",
       # round 46: not one's own memory in the imperfect ("j'y jouais en cachette à 15 ans")
       r"^(?!.*\b(?:je|j|j y|on|on y|on se|je me|j me) \w+(?:ais|ait|aient)\b).*\ben cachette",
       # round 54: not the « pas » of a judgement before a question whether the partner told
       # ("c'est pas normal ça, t'as dit à tes parents ?"); still "c'est pas bien de tout dire à
       # tes parents"
       rf"(?:pas(?! (?:normal|normale|grave|bien|cool|ok)(?: ca)? (?:t as|tu as|tu l as|"
       rf"tu leur as) (?:dit|parle|raconte)\b)|rien|jamais|personne)\b.{{0,25}}\b(?:a|au) "
       rf"{_PARENTS}",
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
       # step 5 (thirty-ninth sitting): a secret to keep, not a party's or a gift's ("faut
       # garder le secret sinon ça marche pas"), a picture no one else will see ("personne
       # d'autre la verra")
       r"\b(?:faut|faudra|il faut|tu dois|on doit|faudrait) (?:le |la )?garder (?:le|ce|notre) "
       r"secret\b(?! (?:pour|sur) (?:l anniv|la surprise|la fete|le cadeau|son anniv|sa fete))",
       r"\bpersonne d autre (?:ne )?(?:la|le|les|l) (?:verra|voit|verrait|aura)\b",
       # round 59 (batch bi): a parent kept out because they would not understand ("then
       # don't tell her, she won't get it")
       r"\b(?:dont|don t|do not) tell (?:her|him|them) (?:\w+ ){0,2}(?:she|he|they) (?:won t|wont|"
       r"will not|wouldn t|wouldnt|doesn t|doesnt|don t|dont) (?:get it|understand)\b",
       # round 50: in Réunion Creole ("di personne, efface sa", "pa besoin di a li")
       r"\bdi (?:a )?personne\b", r"\befface sa\b",
       r"\bpa besoin di(?:re)? a (?:li|zot|out (?:momon|manman|papa|parents))\b",
       # round 52: in English, a thing kept from the partner's parents ("don't mention it to your
       # parents")
       r"\bdon t (?:mention|say|tell) (?:it|this|that|anything) to (?:your|ur) (?:parents|mom|mum|"
       r"dad|folks)\b",
       # round 32: the age one's profile shows asked to be changed or hidden ("ton profil met
       # que t'as 15 ans, change-le", "enlève ton âge de ta bio", "mets 18 sur ton profil");
       # a talk in private said not for everyone ("en mp, c'est pas pour tout le monde")
       r"ton (?:profil|compte|bio|pseudo) (?:met|dit|indique|affiche|montre) (?:que )?"
       r"(?:t as|tu as|ta|tas) (?:1[0-7]|[6-9]) ans?\b.{0,30}\b(?:change|modifie|enleve|retire|"
       r"cache|efface|mets|met)\b",
       r"(?:change|modifie|enleve|retire|cache|efface) (?:ton age|ta date de naissance|ton annee "
       r"de naissance)\b",
       r"(?:mets|met) (?:plutot )?(?:que (?:t as|tu as) )?(?:1[89]|2\d)(?: ans)? (?:sur|dans) ton "
       r"(?:profil|compte|bio)\b",
       r"\ben (?:mp|pv|prive|dm),? (?:c est |c |ca c est )?pas pour tout le monde\b",
       # round 28: discretion asked or promised ("je serai discret", "sors discrètement, tes
       # parents dormiront", "tu sors sans bruit", "on garde le projet secret, même pour ta
       # famille"); not "sors discrètement de la salle", "je fais passer la feuille discrètement"
       r"(?:je serai|je serais|je suis|sois|soyons|faut etre|faudra etre|il faut etre) (?:tres |"
       r"super |hyper )?(?:discret|discrete|discrets|discretes)\b",
       r"(?:tu sors|sors|sortir|tu sortiras|tu sortes|tu descends|descends|tu pars|pars) "
       r"(?:discretement|sans (?:faire de |faire du )?bruit)\b(?! (?:de la|du|des|de l))",
       r"(?:on garde|garde|gardons|gardes|on va garder) (?:le|ce|notre|mon|ton|ca|cette|la) ?"
       r"(?:\w+ )?secret(?:e|s)?,? (?:meme )?(?:pour|a|vis a vis de) (?:ta famille|tes parents|ta "
       r"mere|ton pere|tes copines|tes potes|tout le monde)\b",
       # round 25: the exchange hidden from the room ("dis pas sur le salon qu'on se parle", "ne
       # le dis pas aux autres", "demande pas aux autres"); not "dis pas ça" alone
       r"(?:dis|dit|di|dites|raconte|racontes|le dis|le dites|en parle|en parles|demande|demandes|"
       r"montre|montres) (?:pas|rien|jamais) (?:sur le salon|dans le salon|au salon|aux autres|au "
       r"groupe|dans le groupe|sur le groupe)\b",
       r"(?:dis|dit|di|dites|raconte|racontes) (?:pas|rien|a personne) (?:\w+ ){0,4}(?:qu|que) on "
       r"se (?:parle|parlait|voit|voyait|ecrit|ecrivait)\b",
       # round 25: a place where no adult watches ("y'a pas d'adultes, personne pour vous juger")
       r"(?:y a|ya|il y a|y aura|il y aura) (?:pas|aucun|jamais) (?:d |de )?adultes?\b",
       r"personne pour (?:vous|te|nous) (?:juger|surveiller|fliquer|embeter|gronder)\b",
       # round 24: "on en parle à personne", "n'en parle pas encore"; in English "keep it
       # confidential", "we keep the selection confidential"
       r"on (?:n )?en parle (?:a personne|pas)\b", r"(?:n en|en) parle (?:pas|a personne) encore\b",
       r"keep (?:it|this|that|the \w+|everything) (?:confidential|private|quiet|between us)\b",
       # round 23: a relationship or a lesson "en secret", no need to warn the parents, not in
       # front of everyone
       r"(?:ensemble|se voir|se parler|se parle|se voit|sortir ensemble|parler|discuter|nous deux|"
       r"relation|histoire|couple|t apprenne|t apprendre|te montrer) (?:\w+ ){0,5}en secret\b",
       r"pas besoin (?:de|d) (?:le |en |leur |lui )?(?:prevenir|avertir|dire|parler|demander)"
       r"(?: a)? (?:tes|ta|ton)\b",
       r"pas devant (?:tout le monde|les autres)\b",
       r"ne (?:le )?dis (?:rien|a personne)", r"notre (?:petit )?(?:secret|truc)",
       # round 30: a place of their own ("c'est notre petit coin à nous"); not "notre coin
       # pique-nique"
       r"notre (?:petit )?coin (?:a nous|secret|rien qu a nous)\b",
       # round 21: a place sought where no one moderates ("y a pas de modos", "ici c'est trop
       # surveillé"); not "heureusement qu'il y a des modos"
       r"(?:y a|ya|il y a|y aura|il y aura|y en a) (?:pas|jamais|aucun|aucune) (?:de )?"
       r"(?:modos?|moderateurs?|moderatrices?|moderation|surveillance)",
       r"sans (?:modos?|moderateurs?|moderation|surveillance)\b",
       r"(?:ici c est|ce salon est|c est|ce chat est|le salon est) (?:trop|hyper|super) surveille",
       r"personne (?:ne )?(?:doit|dois) (?:le )?savoir",
       # round 34: a room member kept out of what the writer gives or asks in private ("dis
       # rien à C stp sinon elle va être jalouse", "ajoute-moi en snap en mp, dis rien à Léa");
       # round 17's "pas un mot à Sophie" (a surprise, a confidence) stays an aside
       r"(?:dis|dit|di|dites) (?:rien|pas|le pas) a \w+ (?:stp |steuplait |hein |ok |surtout )?"
       r"(?:sinon|parce qu|pcq|psk) (?:elle|il|ils|elles|les autres) (?:va|vont|sera|seront|serait|"
       r"seraient) (?:etre )?(?:trop |grave )?(?:jaloux|jalouse|jalouses|degoute|degoutee|veg|"
       r"vener)\b",
       r"\ben (?:mp|pv|prive|dm|snap)\b,? (?:et |mais )?(?:dis|dit|di) (?:rien|pas|le pas) a "
       r"(?!(?:personne|quiconque|tes|ta|ton|tout|tous)\b)\w+",
       # round 34: the news kept from a whole group ("jveux pas que toute la classe sache",
       # "je veux pas que tout le lycée le sache"); not "je veux que tout le monde sache"
       r"(?:je veux|jveux|j veux|veux) pas (?:que|qu) (?:toute la classe|tout le monde|tout le "
       r"lycee|tout le college|tout le salon|les autres|la classe|tout le bahut) (?:le |l )?"
       r"(?:sache|sachent|apprenne|voie)\b",
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
       # round 30: not a consequence of one's own ("je paie pas de loyer donc je dis rien")
       rf"(?<!donc je )(?<!alors je )(?<!du coup je )(?:tu )?(?:dis|dire) rien{NOT_TO_A_THIRD}",
       r"(?:le )?repetes? pas", r"en prive hein", r"promets? de rien dire",
       # round 42: secrecy dressed as advice about the household just named ("c'est mieux
       # qu'ils sachent pas"), and the reproach of a secret not kept ("je t'avais dit de rien
       # dire"); not "c'est mieux qu'ils sachent", "je t'avais dit de rien acheter"
       r"\bc est (?:mieux|plus simple|preferable) (?:qu|que) (?:ils|elle|il|elles|tes parents|ta "
       r"mere|ton pere|tes darons) (?:le |en |rien )?(?:sachent|sache|voient|voie|apprennent|"
       r"apprenne) (?:pas|rien)\b",
       r"\bje t (?:avais|ai) (?:dit|demande) de (?:rien (?:lui |leur )?dire|pas (?:le |en )?"
       r"(?:dire|parler|lui dire|leur dire|le dire))\b",
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
       # round 32: one's own private server or group ("viens sur mon serveur privé")
       r"(?:viens|vien|rejoins|rejoint|va|ajoute toi) (?:sur|dans) (?:mon|notre) (?:serveur|serv|"
       r"groupe) prive\b",
       # round 29: talk between the two proposed in private ("ça te dit qu'on se parle en
       # privé ?", "on s'écrit en mp"); not a thing sent there
       r"\b(?:on se|qu on se|on s|qu on s|se) (?:parle|parler|parlerait|parlera|ecrit|ecrire|"
       r"ecrive|ecrira|dit tout) en (?:mp|pv|prive|dm)\b",
       # round 19: the room's talk moved to private messages ("je t'écris en privé", "envoie en
       # privé", "on continue le jeu en privé", "je t'écris direct")
       r"(?:je t|jt|je te|jte) (?:ecris|ecrit|ecrirai|envoie|envoi|parle) (?:en (?:mp|pv|prive)|"
       r"direct)\b",
       # round 30: waiting for one in private ("je t'attends en mp"); not "au lycée"
       r"(?:je t|jt|j t) (?:attends|attend|attendrai) en (?:mp|pv|prive|dm)\b",
       # round 37: the partner pointed to the private messages the writer sent ("B regarde tes
       # mp", "check tes dm", "va voir tes messages privés", "je t'ai écrit en mp"); not "je
       # regarde mes mp", nor someone else's ("il t'a écrit en mp ?")
       r"(?<!\bje )(?<!\bj )(?:regarde|regardes|check|checke|va voir|vas voir|lis|ouvre) tes "
       r"(?:mp|dm|pv|messages prives)\b",
       r"(?:je t ai|jt ai|j t ai|je tai|jtai) (?:ecrit|envoye un message|envoye un msg|repondu) "
       r"en (?:mp|pv|prive|dm)\b",
       # round 34: the same written as one word ("jtattends en mp", "jtatends en pv")
       r"\b(?:jtattends|jtattend|jtatends|jtatend|jtattendrai) en (?:mp|pv|prive|dm)\b",
       # (not a thing sent there, "je te l'envoie en privé", nor someone's "il m'a écrit en mp")
       r"(?<!\bl )(?<!\bles )(?:envoie|envoi|ecris|on en parle|on parle|on continue|continue|"
       r"reponds)(?: \w+){0,3} en (?:mp|pv|prive)\b",
       # round 26: not a picture sent between friends already there ("envoie un snap de ta
       # chambre", "le snap de la sortie"): the article and what it shows, not the account
       r"snap(?!s? (?:de|du|d|des)\b)",
       r"(?<!\bun )(?<!\ble )(?<!\bdes )(?<!\bles )(?<!\bce )snaps?(?= (?:de|du|d|des)\b)",
       r"snapchat|insta|instagram|whatsapp|wsp|wtsp|watsap|telegram|discord|kik|signal|"
       r"tiktok|facebook|messenger|viber|skype",
       # round 34: not the phone as a thing someone reads ("au cas où ta sœur lit ton tel")
       # round 54: nor the phone charged ("charge ton tel à fond")
       r"(?<!\blit )(?<!\blise )(?<!\bfouille )(?<!\bregarde )(?<!\bprend )(?<!\bcharge )"
       r"(?<!\brecharge )(?:ton|tn|ta) (?:num|"
       r"numero|06|07|tel|pseudo)", r"(?:mon|mn) (?:num|numero|06|07)",
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
       # step 5 (thirty-ninth sitting): one's street or neighbourhood asked ("c'est quoi ta
       # rue ?", "donne juste le quartier")
       r"\bc est quoi ta rue\b|\b(?:quelle|kel) (?:est )?ta rue\b|\btu habites (?:dans )?quelle "
       r"rue\b|\bdonne (?:moi )?(?:juste )?(?:ta rue|ton adresse|le quartier|ton quartier)\b",
       # round 59 (batch bi): in English, one's home offered or a meeting in person ("easier if
       # you come to my place saturday", "it's better in person")
       r"\b(?:come|coming|you could come|you can come) (?:over )?to my (?:place|house|flat|"
       r"apartment|apt)\b",
       r"\b(?:it s|its|much|way) better in person\b",
       # round 26: a place offered on condition of going together ("faudra juste qu'on y aille
       # ensemble")
       r"(?:faudra|faut|il faudra|il faut) (?:juste |seulement )?(?:qu on y aille|que tu "
       r"(?:viennes|y ailles) avec moi)\b",
       # round 24: "on pourrait se revoir"; in English
       r"on (?:pourrait|peut|va) se revoir\b",
       r"(?:lets|let s|we should|wanna|want to) (?:meet|hang out|meet up)\b",
       r"i know a (?:quiet|private|secret) (?:place|spot)\b",
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
       # step 9: in Réunion Creole, in front of the partner's house ("devant out case")
       r"\bdevant out (?:case|kaz|lakaz)\b",
       # round 29: the partner's way to school asked ("tu vas au collège à pied le matin ?",
       # "tu prends quel bus pour le lycée ?"); not "on y va à pied ?" said of the two
       r"\btu (?:vas|va|pars|rentres|rentre) (?:au college|au lycee|a l ecole|en cours|au bahut)"
       r" (?:a pied|en bus|a velo|en trottinette|en tram|toute? seule?|comment|par ou)\b",
       r"\btu prends (?:quel|le|quelle) (?:bus|tram|ligne) pour (?:aller )?(?:au|le|a l) "
       r"(?:college|lycee|ecole)\b",
       # round 24: "je peux passer te voir en voiture samedi"
       r"(?:passer|venir|passe|viens) te (?:voir|chercher|prendre) en (?:voiture|scooter|caisse|"
       r"moto)\b",
       # round 22: "je peux t'y emmener" (to the concert the parents refused)
       r"(?:je|j) (?:peux|pourrais|pourais|vais) t y (?:emmener|amener|conduire)\b",
       # round 19: "je peux t'emmener si tu veux, j'ai ma voiture"
       r"(?:je|j) (?:peux|pourrais|pourais|vais) t emmener\b",
       r"(?:je|j) (?:peux |vais |pourrais |pourais )?(?:venir |passer |viens |passe )?te "
       # round 9: not "je passe te chercher à vélo pour aller au lycée" (teens)
       r"(?!.{0,30}\b(?:a velo|pour aller (?:au|en) (?:lycee|college|cours)))"
       # "je vais te prendre un truc" is a present, not a pickup
       r"(?:chercher|prendre(?! (?:un|une|des|du|de la|quelque|qqch|ca)\b)|"
       # round 34: "je te ramène des invendus" brings a thing, not the person
       # (but "je peux te ramener de l'école", "… du collège" are)
       r"recupere|recuperer|ramener?(?! (?:des|un|une|les|tes|ton|ta|mes|mon|ma|quelque|qqch|"
       r"qq chose|ca|a manger|a boire)\b)(?! du (?!(?:college|lycee|cine|cinema|sport|foot|club|"
       r"cours|parc|stade|gymnase|bahut|taf|centre|judo|conservatoire)\b))|raccompagne|"
       r"raccompagner|croiser|attendre|attends)",
       r"je (?:viens|passe) (?:en voiture|avec ma voiture)",
       # round 34: walking the partner home by a way of his choosing ("je raccompagne @B, on
       # coupe par le parc c'est plus court", "je te ramène à pied par le chemin du bois"); not
       # "je raccompagne ma sœur à la maison"
       r"(?:je|j) (?:te |la |le )?(?:raccompagne|raccompagnerai|ramene|ramenerai)\b.{0,30}\b"
       r"(?:on coupe|on passe par|par le parc|par les bois|par le bois|par le chemin|par derriere|"
       r"raccourci|c est plus court)\b",
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
       # step 5 (thirty-ninth sitting): no permission needed ("pas besoin d'autorisation")
       r"\bpas besoin (?:d|de l) ?autorisation\b",
       # round 28: the counterpart asked for a gift or a favour ("en échange tu m'appelles ce
       # soir", "en échange tu me fais confiance", "en échange tu me promets de…"): 20 groomers'
       # messages of 13 dev batches, no ordinary one
       r"en echange (?:de ca |de tout ca )?(?:tu|t|toi tu)\b",
       # round 28: care promised, to be trusted ("t'inquiète, je prends soin de toi", "viens
       # que je te console", "je m'occupe de toi"): groomers of five batches, no ordinary message
       r"(?:je|moi je) (?:prends|prendrai|prendrais|vais prendre|veux prendre|saurai prendre) "
       r"soin de toi\b",
       r"(?:je|moi je) (?:m occupe|m occuperai|m occuperais|vais m occuper) (?:bien )?de toi\b",
       r"(?:que )?je te (?:console|consolerai|consolerais)\b",
       # round 24: in English ("u can always count on me", "ur parents still strict?")
       r"(?:u|you) can (?:always )?(?:count on|trust|tell) me\b",
       # round 24: the partner's refusal pushed aside as shyness ("t'es trop timide", "fais pas
       # ta timide")
       r"(?:t es|tu es|tes) (?:trop|tellement|si) timide\b(?! (?:en classe|a l oral|avec les))",
       r"(?:fais|fait|fai) pas (?:ta|ton|la|le) (?:timide|prude|coincee?|sainte nitouche)\b",
       r"(?:ur|your) (?:parents|mom|dad|mum) (?:are |r |is |still |so |too )+"
       r"(?:strict|overprotective)",
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
       # round 36: loyalty promised as the others drift away ("moi je te lâcherai pas", "je
       # t'abandonnerai jamais"), said last; not "je te laisserai pas gagner"
       r"(?:je|moi je) (?:te |t )(?:lacherai|lacherais|abandonnerai|abandonnerais|laisserai|"
       r"laisserais) (?:pas|jamais)(?: (?:moi|promis|tkt|t inquiete))?$",
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
    # Step 6 (thirty-ninth sitting): a partner's possession and checking ("t'es à moi",
    # "prouve-le", "fais-moi voir ta liste de conversations", "je veux être sûr que t'as personne
    # d'autre", "envoie-moi une capture que c'est fait"): another act than cutting one off
    # (`g.isolation`), said in dev by groomers only (nine messages of eight conversations).
    _r("g.control", "control", 1.5, "revendique la personne ou contrôle ses échanges",
       r"(?<!\bc )(?<!\bce )(?<!\bca )\b(?:t es|tu es|tes) a moi\b(?! (?:de|d) )",
       r"\btu m appartiens\b",
       r"\bprouve (?:le|moi)\b(?! (?:que|qu)\b)",
       r"\b(?:fais|fait) moi voir (?:ta liste de |tes |toutes tes )?(?:conversations|convs?|"
       r"discussions)\b|\bmontre moi (?:tes|toutes tes|ta liste de) (?:conversations|convs?|"
       r"discussions)\b",
       r"\bje veux (?:etre sur|etre sure|savoir) (?:que|qu) (?:t as|tu as|tu n as) personne "
       r"d autre\b",
       r"\benvoie moi une capture (?:que c est fait|pour (?:me )?(?:le )?prouver|comme quoi)\b",
       # step E (fortieth sitting): guilt over ending the contact, with a threat of telling
       # ("elle va tout raconter à ta mère. si tu veux plus me parler dis-le")
       r"\bsi tu veux plus me parler,? (?:dis le|dis le moi|faut le dire|t as qu a le dire)\b",
       # step J (fortieth sitting): a claim repeated is more than one (`devn-g-034`)
       cap=2),
    # Round 8: cutting the teen off from friends ("t'as pas besoin d'elles", "parle qu'à moi",
    # "bloque-le et envoie-moi une capture"): a family of its own, so that it adds up with
    # trust (once: a jealous teen partner says as much).
    _r("g.isolation", "isolation", 1.5, "éloigne la personne de ses proches",
       # round 28: the two of them alone, the others left out ("juste toi et moi", "juste nous
       # deux", "rien que nous", "c'est que nous deux"): said by groomers of 18 dev batches, by
       # one ordinary teen ("juste nous deux mais ma mère sera au café")
       r"juste (?:toi et moi|nous deux|nous 2)\b(?! (?:mais|et (?:ta|ma|tes|mes)))",
       r"rien que (?:nous|toi et moi|nous deux|nous 2)\b",
       r"(?<!\bpk )(?<!\bpourquoi )(?:que|seulement) (?:toi et moi|nous deux|nous 2)\b",
       # round 39: the same said "tous les deux" ("on sera que tous les deux", "on y va juste
       # tous les deux"): groomers' messages of 5 dev batches, no ordinary one; not "je vous
       # bloque tous les deux", "on sera tous les deux au repas", nor others named after
       r"(?<!\bpk )(?<!\bpourquoi )\b(?:que|juste|seulement|rien que) tous les deux\b"
       r"(?! (?:mais|avec|et) )",
       # round 32: something asked in private for the writer alone ("envoie-moi un vocal en
       # privé, que moi"); not "en privé, juste toi et ta sœur". (A bare "non juste toi" to an
       # invitation is left out: round 21 reads it as no cue between teens.)
       r"\b(?:en (?:mp|pv|prive|dm)|serveur prive)\b.{0,20}\b(?:que|juste|rien que|seulement) "
       r"(?:moi|toi)\b(?! (?:et|avec)\b)",
       # round 24: the adults a teen could turn to disparaged ("les CPE ça répète tout aux
       # parents", "les profs ça balance"), a relative the partner stopped talking to blamed
       # ("elle te tirait vers le bas")
       r"(?:les|la|le|ta|ton|tes) (?:cpe|profs?|infirmieres?|psys?|assistantes? sociales?|"
       r"surveillants?|adultes) (?:\w+ )?(?:ca |ils |elle |il |elles )?(?:repetent|repete|"
       r"balancent|balance|disent|dit|racontent|raconte) tout\b",
       r"(?:il|elle|ils|elles) te (?:tire|tirait|tirent|tiraient) vers le bas\b",
       # round 36: the adults as a whole ("les adultes captent rien", "les adultes ils font rien
       # en vrai"); not "les adultes comprennent rien à TikTok" (a thing they miss)
       r"\bles adultes (?:ils |ca |c )?(?:captent|comprennent|pigent|font|ecoutent|servent)"
       r"(?: jamais)? (?:rien|a rien)\b(?! (?:a|au|aux|de|du|des)\b)",
       # round 23: the only confidant, for what one does not tell adults
       r"(?:je serai|je serais|je peux etre|moi je serai) ton (?:confident|confidente|seul ami|"
       r"seul confident)\b",
       r"(?:dire|raconter|confier) (?:\w+ ){0,3}(?:ce que|ce qu) (?:t oses|tu oses|tu peux) "
       r"(?:pas|meme pas) (?:dire|raconter) (?:a|aux) (?:tes parents|adultes|ta mere|ton pere|"
       r"personne|tes profs)\b",
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
       # round 25: a secret kept from one named person who is then disparaged ("dis pas à Yanis,
       # il est trop relou"): not a surprise, that person put aside
       r"(?:dis|dit|di|dites|raconte|racontes|parle|parles) (?:pas|rien|le pas) a \w+ (?:il|elle) "
       r"est (?:trop |super |hyper |vraiment |tellement )?(?:relou|reloue|chiant|chiante|lourd|"
       r"lourde|jaloux|jalouse|bavard|bavarde|une balance|balance|possessif|possessive|collant|"
       r"collante)\b",
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
       # step 9 (thirty-ninth sitting): one's hair, make-up or picture to be done at the
       # writer's home ("je préfère te coiffer chez moi")
       r"\b(?:te|t) (?:coiffer|maquiller|photographier|tatouer|percer) chez moi\b",
       # round 29: a game of dares moved to private ("on fait un action ou vérité en privé",
       # "en mp on joue à action vérité"); not the game played in the room
       r"\b(?:action (?:ou )?verite|truth or dare|jeu (?:des|de) (?:defis|gages))\b.{0,30}"
       r"\ben (?:mp|pv|prive|dm)\b",
       r"\ben (?:mp|pv|prive|dm)\b.{0,30}\b(?:action (?:ou )?verite|truth or dare)\b",
       # round 32: a dare as the price of a present ("si tu relèves un défi"); coming to
       # record or film at the writer's home, videos to make with them ("viens enregistrer chez
       # moi", "faut que tu fasses des vidéos avec moi")
       r"si tu (?:releves|releve|fais|reussis|acceptes|accepte|tentes) (?:un|mon|le|ce|des|mes|"
       r"un petit|quelques) (?:defi|defis|gage|gages|challenge|challenges)\b",
       r"(?:viens|venir|passe|passer|tu viens|tu peux venir) (?:\w+ )?(?:enregistrer|tourner|"
       r"filmer|faire (?:des|une|un) (?:videos?|sons?|tiktoks?|photos?|shooting|morceau)) "
       r"(?:\w+ ){0,2}chez moi\b",
       r"(?:faut|il faut|faudrait|il faudrait) que tu (?:fasses|tournes|fais) (?:des|une|un) "
       r"(?:videos?|tiktoks?|lives?|photos?|shootings?|duos?|collabs?) avec moi\b",
       # round 26: contacts in a milieu offered to a young talent ("je connais des gens dans la
       # musique, je peux te présenter", "je connais un producteur")
       r"je connais (?:des gens|du monde|plein de gens|des producteurs|un producteur|une "
       r"productrice|des agents?|un agent|des photographes|un photographe|des recruteurs) "
       r"(?:dans|de|du) (?:la musique|le milieu|le cinema|la mode|le mannequinat|l industrie|le "
       r"rap|la chanson|la danse|le foot|le showbiz|le game|la tele)\b",
       # round 37: the same as someone who works with big names ("jconnais un beatmaker qui
       # bosse avec des gros", "je connais un manager qui cherche des talents"); not "mon cousin
       # connaît un producteur", nor "je connais un photographe qui fait des mariages"
       r"(?:je connais|jconnais|j connais|je connai) (?:un|une|des) (?:beatmakers?|producteurs?|"
       r"productrices?|managers?|agents?|recruteurs?|labels?|directeurs? de casting|"
       r"directrices? de casting) qui (?:bosse|bossent|travaille|travaillent|signe|signent|"
       r"produit|produisent|cherche|cherchent|recrute|recrutent)\b",
       r"je (?:peux|pourrais|vais) te presenter (?:a )?(?:des|un|une) (?:producteurs?|agents?|"
       r"productrices?|photographes?|recruteurs?|gens du milieu|labels?)\b",
       # round 24: a job's interview or a photo shoot held at the writer's home ("faut venir à
       # un entretien chez moi")
       r"(?:entretien|casting|shooting|seance photos?|audition|essai) (?:\w+ )?(?:chez moi|a mon "
       r"appart|a mon domicile)\b",
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
    # round 23: an older person brought to the partner ("j'ai un pote de 25 ans qui voudrait te
    # parler", "je lui donne ton snap ?"); not "il te trouve mignonne", a friend's gossip
    _r("g.introduce", "introduce", 2.0, "présente un tiers plus âgé ou lui donne le contact",
       r"(?:un pote|un ami|un mec|un gars|un copain|mon pote|mon ami|mon cousin|un cousin|un "
       r"collegue) (?:a moi )?(?:de|qui a) (?:1[89]|[2-5]\d) ans (?:qui )?(?:voudrait|veut|"
       r"aimerait|voulait|kiffe|t a vu|te trouve)",
       r"(?:je|j) (?:lui|leur) (?:donne|passe|file|envoie|refile) ton (?:snap|num|numero|insta|"
       r"adresse|tel|discord)\b"),
    # round 23: a group or a talk kept to the youngest ("un serveur que pour les plus jeunes",
    # "je kiffe parler avec les gens de 4e")
    _r("g.youngest", "youngest", 1.5, "recherche la compagnie des plus jeunes",
       # round 29: the partner's youth remarked on ("t'as l'air jeune", "t'as l'air toute
       # petite"); not "pour ton âge" / "pour 40 ans" (a compliment between grown-ups)
       r"\b(?:t as|tu as|t) l air (?:(?:trop|tres|super|hyper|si|vachement|toute|tout) )?"
       r"(?:jeune|petite?|bebe)\b(?! (?:pour|quand|sur)\b)",
       r"(?:que|seulement|juste|reserve a|reserve aux) (?:pour )?(?:les )?plus (?:jeunes|petits|"
       r"petites)\b",
       # round 30: the room asked who is under an age ("qui a moins de 16 ici ?", "qui a moins
       # de 15 ans ?"); not "qui a moins de 20 euros", "qui a moins de 10 de moyenne"
       r"qui (?:a|ici a|est ce qui a) moins de 1[0-7](?: ans)?(?! (?:euros?|e|de moyenne|en)\b)",
       r"(?:je kiffe|j aime|je prefere|j adore) (?:parler|discuter|trainer|jouer) avec (?:les gens|"
       r"les filles|les meufs|les jeunes|les petits|les petites|les gamins|les gamines) (?:de|en) "
       r"(?:6e|5e|4e|3e|primaire|college|cm2)\b"),
    _r("g.intimate_question", "intimate", 1.5, "questions intimes",
       # round 23: offering to teach "how it goes"
       r"(?:tu veux|tu voudrais) (?:que je|qu on) (?:t apprenne|te montre|essaie) (?:comment|a|ce "
       r"que)",
       r"(?:je|j) (?:peux |vais |pourrais )?(?:t apprendre|t apprendrai|te montrer) (?:comment )?"
       r"(?:ca se passe|embrasser|faire l amour|ces choses|les choses de grands)\b",
       # round 17: "t'as déjà fait ça / des trucs", not "t'as déjà fait un rendez-vous / du ski"
       r"t as deja (?:embrasse|eu un copain|eu une copine|fait(?! (?:un|une|du|le|la|les|ton|"
       r"ta|tes|mon|ma|mes|ce|cette|cet|\d+)\b| l (?!amour)))", r"vierge",
       r"(?:tu dors|tu es) (?:habillee?|en quoi)", r"qu est ce que tu portes", r"tu portes quoi",
       # round 25: the size or kind of underwear asked ("t'as quelle taille de soutif ?")
       r"(?:ta|quelle|tu fais quelle) taille (?:de|d) (?:soutif|soutien gorge|bonnet|culotte|"
       r"string|brassiere)\b",
       r"(?:tu portes|tu mets|t mets|tu as|t as) quoi comme (?:soutif|soutien gorge|culotte|string|"
       r"sous vetements?|lingerie)\b",
       cap=2),
)

CHILD_CONTEXT_FAMILIES = frozenset({"school"})
"""Families that by themselves point to a child, even between two declared adults."""
# fmt: on
