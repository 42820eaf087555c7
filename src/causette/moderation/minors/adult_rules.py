"""The adult self-description table (`ADULT_SELF_RULES`, rule ids `a.*`): a writer who
says they are an adult (an age, a spouse, children, work, an adult life, aging, studies),
read for a declared minor; and `TEEN_FRAME`, a declared minor's own teen work life.
"""

from __future__ import annotations

from causette.moderation.minors.patterns import (
    _ADMITS,
    _J_AI,
    _NOT_DURATION,
    Rule,
    _r,
    collapsed,
)

__all__ = ["ADULT_SELF_RULES", "TEEN_FRAME"]

# fmt: off
_NOT_A_CLUB = r"(?<!certificat medical pour )(?<!certificat pour )"
_NOT_SPORT = (
    r"(?! (?:de|du|d|au|a la|en) (?:judo|foot|football|club|tennis|basket|hand|handball|rugby|"
    r"natation|danse|sport|karate|boxe|escalade|equitation|athle|athletisme|volley|gym|ski)\b)"
)
"""Round 51: a club's licence ("un certificat médical pour ma licence", "ma licence de judo"),
which every teen who plays a sport holds, is no degree."""

_OFFICE = r"bureau(?! de (?:vote|tabac|poste|change)\b)"
"""An office one works at; not a polling station, a tobacconist's, a post office or a bureau de
change (forty-first sitting, step W)."""
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
       # round 24: in English ("wife is at work", "my husband")
       r"(?:my|the) (?:wife|husband|hubby)\b", r"^(?:wife|husband|hubby) (?:is|s|was|has)\b",
       r"ma femme", r"mon (?:mari|epoux|epouse|conjoint)", r"ma (?:conjointe|compagne)"),
    _r("a.ex_spouse", "spouse", 2.5, "parle de son ex-conjoint",
       # round 24: one's divorce under way ("la procédure de divorce est longue"), not one's
       # parents' ("la procédure de divorce de mes parents")
       r"(?:ma|la|notre) procedure de divorce\b(?! (?:de|d) (?:mes|ses|tes|leurs?) )",
       r"mon ex (?:femme|mari)", r"ma ex femme", r"mon divorce",
       # round 9: "depuis le divorce" (not "le divorce de mes parents"), alimony unpaid
       r"depuis (?:le|notre|mon) divorce(?! (?:de|d) (?:mes|ses|tes))",
       r"(?:mon|ma) ex (?:a |m a )?(?:encore )?(?:pas )?(?:verse|paye|paie) la pension",
       # round 27: what one's divorce costs oneself ("le divorce me coûte une fortune", "ce
       # divorce m'a ruiné"), the custody one's ex asks ("mon ex veut la garde des enfants")
       r"(?:le|ce|mon|notre) divorce (?:me|m) (?:coute|a coute|ruine|a ruine|prend tout)\b",
       r"(?:mon|ma) ex (?:veut|demande|a demande|a obtenu|a eu|réclame|reclame) la garde\b",
       cap=2),
    _r("a.dated", "nostalgia", 1.0, "parle d’objets d’une autre époque comme des siens",
       # round 24: the partner asked whether they knew a thing of the writer's youth ("t'as
       # connu msn toi ?")
       r"(?:t as|tu as|t a|vous avez) (?:deja )?connu (?:msn|skyblog|myspace|caramail|le minitel|"
       r"les francs|le walkman|les k7|les cassettes|le 3310|les cabines)\b",
       r"j (?:avais|ai eu) (?:un|une|des) (?:walkman|minitel|tamagotchi|cassettes?|k7|nokia|"
       r"game ?boy|baladeur|magnetoscope|disquettes?)", r"en francs",
       # round 30: one's own tapes rewound in the imperfect ("je rembobinais mes cassettes au
       # crayon"); not "c'est quoi rembobiner une cassette ?"
       r"(?:je|j) (?:les )?rembobinais (?:mes |les )?(?:cassettes|k7)?",
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
       # round 23: one's child at school ("ma fille dit pareil, elle est en 6e")
       r"(?:ma fille|mon fils|mon gamin|ma gamine|mon grand|ma grande) (?:\w+ ){0,4}(?:elle|il) "
       r"(?:est|rentre|passe|entre|va) (?:en|au|a la) (?:6e|5e|4e|3e|6eme|5eme|4eme|3eme|cm1|cm2|"
       r"ce1|ce2|cp|maternelle|primaire|seconde|creche)\b",
       r"mes (?:deux|trois|quatre|2|3|4) (?:petits|petites|grands|loulous)\b(?! (?:freres?|"
       r"soeurs?|cousins?|cousines?|chats?|chiens?|copains|copines|potes))",
       r"(?:pour|de|avec) (?:mon grand|ma grande|mon petit|ma petite)(?: (?:il|elle|qui)\b|$)",
       r"mes (?:enfants|gosses|gamins)", r"mon (?:fils|gamin|bebe|aine)",
       r"ma fille (?:a|est|va|fait)", r"(?:la|l) ecole de mes",
       # round 8: "le vaccin de ma fille", "pour ma fille", a baby on its way
       r"(?:de|pour|avec) ma fille\b", r"(?:le|notre|mon) bebe (?:arrive|nait|naitra|est prevu)",
       cap=2),
    _r("a.parenting", "children", 2.0, "s’occupe de ses enfants",
       # round 30: shared custody of one's children ("les enfants sont chez leur mère cette
       # semaine", "j'ai les gosses une semaine sur deux", "ma semaine de garde"); not a teen's
       # "je suis chez mon père une semaine sur deux"
       # round 42: alimony one pays oneself ("moi je paie la pension tous les mois"); not a
       # parent's ("mon père paie la pension"), nor a horse's or a boarding school's
       r"\b(?:je|moi je|jpaie|j) ?(?:paie|paye|verse|dois) (?:la|une) pension(?: alimentaire)?\b"
       r"(?! (?:de|du|d|pour|a) (?:mon|ma|mes|la|le|l) ?(?:cheval|chien|chat|poney|jument|ane|"
       r"chevaux|internat|pensionnat|box)\b)",
       r"(?:les|mes) (?:enfants|gosses|gamins|petits) sont chez (?:leur|sa) (?:mere|pere|maman|"
       r"papa)\b",
       r"(?:j ai|jai|je prends|je recupere) (?:les|mes) (?:enfants|gosses|gamins|petits) (?:une "
       r"semaine sur deux|un week end sur deux)\b",
       r"ma semaine de garde\b",
       # round 24: in English ("gotta go put the kids to bed", "my kids")
       r"(?:put|putting|get|getting) (?:the|my) (?:kids|children|baby|boys|girls) to bed\b",
       r"my (?:kids|children|son|daughter|toddler)\b",
       r"(?:depose|deposer|recupere|recuperer|chercher|amene|amener|emmene|emmener) "
       r"(?:mes|les|mon|ma|le|la) (?:enfants|gosses|gamins|fils|fille|petits?|petite|bebe)s?"
       # round 45: not a younger brother or sister ("jdois déposer mon petit frère à la crèche")
       r"(?! de| (?:frere|freres|soeur|soeurs|cousin|cousins|cousine|cousines|neveu|niece)\b)",
       r"la pension alimentaire", r"mes enfants (?:sont|font|ont)",
       # round 39: not the nanny who fetches or keeps the writer ("la nounou vient me chercher",
       # a child's carer, read by the child rules)
       r"la nounou\b(?! (?:vient|va venir|viendra|passe|doit venir) me\b| me (?:garde|gardait|"
       r"recupere|cherche|ramene|depose)\b)",
       # round 34: not a niece, a nephew or a little sibling fetched there for someone else ("je
       # dois récup ma nièce à la crèche pour ma sœur")
       r"(?<!\bniece a )(?<!\bneveu a )(?<!\bfrere a )(?<!\bsoeur a )(?<!\bcousin a )"
       r"(?<!\bcousine a )la creche\b(?!.{0,30}\bpour (?:ma|mon) (?:soeur|frere|grande soeur|"
       r"grand frere|tante|oncle|cousine?|voisine?|mere|pere|daronne|daron)\b)",
       # round 7
       r"mes enfants(?: ils)? (?:rentrent|entrent|vont|passent)",
       r"(?:je suis|jsuis|chui) (?:papa|maman|parent)\b", r"parent (?:delegue|d eleve)",
       r"conge (?:paternite|maternite|parental)", r"echo(?:graphie)? des \d mois",
       # round 8: a baby of one's own, a second child
       # round 55: not a teen who helps with a newborn sibling (« le biberon à 4h pour aider »)
       r"(?:biberon|tetee)s? (?:a|de|toutes les) \d{1,2} ?h(?!.{0,20}\bpour aider\b)",
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
       # step AA (forty-second sitting): not a teen minding siblings ("je couche mes petits
       # frères à 20h")
       r"(?:coucher|couche) (?:les|mes) (?:enfants|petits|gamins)"
       r"(?! (?:freres|frere|soeurs|soeur|cousins|cousines|cousin|cousine)\b)",
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
       # round 45: one's paid holidays ("jsuis en congés payés la 2e quinzaine")
       r"(?:je suis|jsuis|chui|je serai|je pose|jpose|j ai pose|jai pose|mes) (?:en )?"
       r"conges payes\b",
       # round 32: one's own work call or meeting at a set hour, the reason to leave ("jdois
       # filer j'ai un call à 14h", "j'ai une visio client à 9h30"); not a call with friends
       r"(?:j ai|jai|g) (?:un|une|encore un|encore une) (?:call|conf call|visio|meeting|"
       r"reunion|point) (?:client |d equipe |hebdo )?(?:a|vers|dans) (?:\d{1,2} ?h(?:\d\d)?|"
       r"\d{1,2} ?min|\d{1,2} minutes)\b(?!(?: \w+){0,3} (?:avec (?:mes|ma|mon|les) (?:potes?|"
       r"copines?|amis?|amies?|copains?|reufs?|frere|soeur|cousins?|cousines?)|discord|facetime|"
       r"snap|sur insta)\b)",
       # round 30: health cover through one's work contract ("tu la payes pas avec ton contrat
       # de travail ?", "elle est incluse dans mon contrat de travail")
       r"(?:avec|par|dans|via) (?:ton|mon) contrat de travail\b",
       # round 24: in English ("my drive to work", "15 years at this company", "no raise")
       r"(?:my )?(?:drive|commute) to work\b", r"(?:my boss|my coworkers?|my manager)\b",
       r"\d+ years? (?:at|in) (?:this|my|the) (?:company|job|firm)\b",
       r"(?:still )?no (?:raise|promotion)\b",
       # round 13: one's lunch break, the works doctor, a rise, a permanent contract, a salary
       # no apprentice earns, trainees of the teens' age
       r"ma pause (?:dej|dejeuner|de midi)\b", r"medecin du travail", r"mon augmentation",
       # round 23: the works' medical check-up
       r"(?:visite|visite medicale|rdv|rendez vous) (?:de la |a la )?(?:medecine )?du travail",
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
       r"mes collegues",
       # round 39: years in one's trade, more than a teen has lived at work ("je suis cariste
       # depuis 10 ans", "j'ai été contrôleur 20 ans", "cdi chez Renault depuis 2003"); not a
       # hobby or a club ("je suis fan depuis 10 ans", "je fais du foot depuis 10 ans")
       r"(?:j ai ete|j etais|je suis|jsuis|chui|je bosse comme|je travaille comme|"
       r"j ai bosse comme) (?:un |une )?(?:cariste|controleur|controleuse|chauffeur|chauffeuse|"
       r"routier|livreur|livreuse|magasinier|magasiniere|manutentionnaire|vendeur|vendeuse|caissier|caissiere|"
       r"serveur|serveuse|cuisinier|cuisiniere|plombier|electricien|mecanicien|macon|soudeur|"
       r"boulanger|boulangere|infirmier|infirmiere|aide soignante?|agent|ouvrier|ouvriere|"
       r"conducteur|conductrice|prof|professeur|professeure|facteur|factrice|militaire|gendarme|"
       r"policier|policiere|pompier|secretaire|comptable|interimaire)(?: \w+){0,3} "
       r"(?:depuis |pendant |durant )?(?:[5-9]|[1-4]\d) ans\b",
       r"\bcdi\b(?: \w+){0,4} depuis (?:19[5-9]\d|200\d|201[0-6])\b",
       # round 39: a teacher at a school ("je suis prof dans un lycée pro", "jsuis prof au
       # collège"); not "ma prof dans un lycée", "je suis en prof de ..."
       r"(?:je suis|jsuis|chui) (?:prof|professeure?|enseignante?) (?:dans (?:un|une|le|la|l)|au|"
       r"en|a l|a la) ?(?:lycee|college|ecole|fac|iut|lp|cfa)\b",
       # round 38: not a pupil's internship at an office ("mon stage au bureau d'études", "en
       # stage d'observation au bureau de mon oncle")
       r"(?<!\bstage )(?<!\bstage d observation )(?<!\bstage de 3e )(?<!\bstage de seconde )"
       # forty-first sitting, step W: not a polling station, a tobacconist's, a post office
       rf"(?:au|du) (?:boulot|taf|{_OFFICE})",
       r"je bosse (?:depuis|dans|chez)",
       r"(?:finis|finit|commence|rentre|sors|pars|file|quitte|quitter|reprends|reprendre) "
       rf"(?:le |du |au )?(?:taf|boulot|{_OFFICE})",
       r"(?:reunion|pause dej|teletravail|open space) (?:avec|au|du|ce)", r"l open space",
       r"mes (?:clients|employes|salaries|patients|eleves|stagiaires)",
       # round 52: not a box ("ma boîte à lunch", "ma boîte de feutres")
       r"(?:ma|mon) (?:boite(?! a (?:lunch|gouter|diner|outils|musique|bijoux|crayons|"
       r"chaussures|histoires)\b| de (?:feutres|crayons|bonbons|mouchoirs|lego|chocolats|"
       r"cereales)\b)|"
       r"entreprise|fiche de paie|paie|stagiaire|client|cliente|astreinte)",
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
       r"(?:les|en) trois huit",
       # round 38: shifts and overtime said short ("à l'usine, en 2x8", "encore 3h sup ce
       # soir"); not extra lessons ("2h sup de maths")
       r"(?:les|en) (?:2 ?x ?8|deux huit)\b",
       r"\b(?:\d{1,2} ?h|des h|\d{1,2} heures) supp?\b(?! (?:de|d) (?:cours|maths?|francais|"
       r"anglais|physique|histoire|revision|soutien|colle|perm))",
       r"(?:deux|trois|quatre|cinq|\d) (?:employes|salaries|salariees)",
       r"(?:une|un|ma|mon|des) stagiaires? (?:a encadrer|de 3e|de 3eme|de troisieme)",
       r"dans mon service",
       r"(?:je suis|jsuis|chui|je pars|je bosse comme|je travaille comme) (?:un |une )?(?:anim|"
       r"animateur|animatrice|mono|moniteur|monitrice|educateur|educatrice|surveillant|"
       r"surveillante|cpe|aesh|atsem|pion|pionne|aed|assistant d education|"
       r"assistante d education)\b",
       # round 38: the BAFA held ("j'ai mon bafa", "j'ai passé le bafa"), not the BAFA as a
       # plan, a price or a topic ("je passe le bafa l'an prochain", "c'est combien le bafa")
       r"(?:j ai|jai|g|j ai eu|jai eu|j ai passe|jai passe|j ai obtenu|jai obtenu|j ai valide|"
       r"jai valide|grace a|avec) (?:mon|le) bafa\b",
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
       # round 30: one's own mutuelle compared ("vérifie que ta mutuelle rembourse, la mienne
       # ne prend que 100%"); one's retirement savings and one's bank adviser ("je mets un peu
       # sur mon plan d'épargne retraite"); not the parents' ("la mutuelle de ma mère")
       r"mutuelle\b(?: \w+){0,4} (?:la mienne|moi la mienne|ma mutuelle)\b",
       r"(?:verifie|regarde|demande) (?:que|si|a) ta mutuelle\b",
       r"(?:sur|dans|a|mon|ouvert un) (?:mon )?(?:plan d epargne retraite|plan retraite|per)\b"
       r"(?! (?:de|du) (?:mon|ma|mes) )",
       r"mon (?:conseiller|conseillere) (?:bancaire|financier|financiere|a la banque)\b",
       # round 29: one's own sick leave from work, the papers sent to the health insurance
       # ("j'étais en arrêt maladie", "faut que j'envoie à la sécu et à la mutuelle"); not "mon
       # père est en arrêt"
       r"\b(?:j etais|je suis|jsuis|chui|j suis|je serai|je me suis mise?|jme suis mise?) en "
       r"arret (?:maladie|de travail)\b",
       r"\b(?:j envoie|jenvoie|j envoi|envoyer|envoie|declarer)(?: \w+){0,3} a la (?:secu|"
       r"mutuelle|cpam)\b(?!.{0,20}\b(?:de (?:mes|ma|mon) (?:parents|mere|pere))\b)",
       # round 26: one's own voter card received, weaker than voting itself
       # ("j'ai reçu ma nouvelle carte d'électeur")
       r"(?:j ai (?:recu|eu|recupere)|je viens de recevoir|jai recu) (?:ma|une) (?:nouvelle |"
       r"premiere )?carte (?:d electeur|d electrice|electorale)\b",
       # round 24: a co-ownership's meeting ("réunion de copro ce soir"); in English a mortgage,
       # one's retirement plan, one's rent or taxes
       r"(?:reunion|assemblee generale|assemblee|ag|syndic|charges) (?:de |de la |du )?(?:copro|"
       r"copropriete)\b",
       r"(?:the |my |our )?mortgage\b", r"(?:my|our) (?:retirement|pension|401k)\b",
       r"(?:my|our) (?:rent|taxes|tax return|electricity bill)\b",
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
       # round 23: calling one's own insurer about one's glasses
       r"(?:appel|appele|appeler|j ai appele|rappeler|appelle) (?:a |chez )?(?:la|ma) mutuelle",
       r"(?:mon|le|notre) syndic", r"credit (?:immo|immobilier)", r"taxe fonciere",
       r"(?:ma|mon) (?:prime|note de frais|arret maladie|conges payes|entretien annuel)",
       r"(?:pole emploi|france travail|chomage)", r"ma belle famille",
       r"(?:mon|notre) (?:appart|appartement|jardin|potager|notaire|banquier|comptable)",
       # round 27: a lawyer one pays ("l'avocat me coûte une fortune", "payer l'avocat", "les
       # frais d'avocat"; not "mon père est avocat")
       r"(?:l|cet|cette|mon|ma|notre) avocate? (?:me|m|nous) (?:coute|coutent|a coute|ruine|"
       r"prend|facture|a facture|demande)\b",
       r"(?:payer|paye|paie|regler|je paie|je paye|j ai paye) (?:l|mon|ma|notre) avocate?\b",
       r"(?:les |mes |des )?(?:frais|honoraires) (?:d|de l|de mon|de ma) avocate?\b"
       r"(?! (?:de|d) (?:mes|ses|tes|leurs?) )",
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
       # round 45: one's own vote in an election ("jdois aller voter avant, c'est les
       # municipales"); not a class delegate's
       r"(?:je dois|jdois|j dois|je vais|jvais|faut que j|j ai|jai) (?:aller )?vot(?:er|e)\b"
       r"(?: \w+){0,6} (?:municipales|presidentielle|legislatives|europeennes|regionales)\b",
       r"(?:je suis|jsuis|chui|suis) (?:devenue? |deja |enfin |jeune )?"
       r"(?:grand pere|grand mere|papi|papy|mamie|mami|arriere grand)",
       r"(?:grand pere|grand mere|papi|papy|mamie) depuis",
       r"(?:je suis|jsuis|chui|suis) (?:devenue? |jeune )?(?:papa|maman) (?:de|depuis|d un|d une)",
       r"(?:je vais|jvais) etre (?:papa|maman|grand pere|grand mere|papi|mamie)",
       r"(?:je suis|jsuis|chui) (?:a la retraite|retraitee?|veuve|veuf|divorcee?)",
       r"je (?:prends|pars a) (?:ma|la) retraite",
       # round 38: one's retirement said as near ("je pars bientôt à la retraite", "je pars en
       # retraite l'an prochain"); not a grandfather's or a teacher's ("mon papi part à la
       # retraite")
       r"\bje (?:prends|pars)(?: bientot| enfin| l an prochain| l annee prochaine| dans "
       r"(?:\d+|deux|trois|quelques) (?:ans|mois))? (?:a la|en|ma) retraite\b",
       r"(?:mes|nos) petits enfants",
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
    # round 46: what only an adult lives, said once in passing (batches at and au: one-detail
    # lies): one's maternity or parental leave, one's military service, an expense claim, a
    # self-employed status, holiday vouchers from one's works council, an appointment at France
    # Travail, a rental car's excess on one's card, a loan the bank refused, one's health
    # insurance refunding, one's mother visited in a care home, one's landlord raising the
    # rent, one's pile of bac papers marked, on call at the hospital, university friends of ten
    # years, a dozen seasons worked, one's toddler's crèche or nanny, one's grandchildren left
    # by one's daughter, something of one's own made or had in a year before one's birth, the
    # years of MSN missed, one's car sold. Not a teen's parents' side of the same things
    _r("a.adult_only", "adult_only", 3.0, "vit une démarche ou une charge réservées aux adultes",
       r"(?:mon|ma fin de|la fin de mon|je suis en|jsuis en|je pars en|je reprends apres mon) "
       r"conge (?:maternite|paternite|parental)\b",
       r"(?:pendant|a|durant|pour) mon service (?:militaire|national)\b",
       r"(?:(?:en|sur|dans) (?:ma |mes |une )?|(?:faire|fait|fais|fasse|rendre|envoyer|remplir) "
       r"(?:ma|mes) )notes? de frais\b",
       r"(?:mon statut|je suis|jsuis|en tant qu) (?:d )?(?:auto|micro) ?entrepreneur\b",
       r"cheques? vacances (?:du|de mon|de ma) (?:ce|cse|boite|boulot|taf|comite d entreprise)\b",
       r"(?:j ai|jai|g|j avais|je suis|jsuis|moi) (?:un |encore )?(?:rdv|rendez vous|convoque\w*|"
       r"inscrit\w*) (?:a|chez|avec) (?:france travail|pole emploi)\b",
       r"franchise\b.{0,25}\bsur ma carte\b",
       r"la banque (?:m a|ma|m) (?:refuse|accorde) (?:le |mon |un )?(?:pret|credit)\b",
       r"ma mutuelle (?:rembourse|prend|couvre|paie|paye)\b",
       r"(?:voir|visiter|rendre visite a) (?:ma mere|mon pere|maman|papa) a l ehpad\b",
       r"(?:mon|ma) (?:proprio|proprietaire|bailleur) (?:augmente|m augmente|a augmente|veut "
       r"augmenter) (?:le|mon) loyer\b",
       r"(?:rendu|corrige|corriger|fini de corriger) mes (?:\d+ )?copies (?:du|de) (?:bac|"
       r"brevet)\b",
       r"(?:je suis|jsuis|je serai|j etais) de garde (?:au service|a l hopital|aux urgences)\b",
       r"(?:connus|rencontres?|rencontrees?) (?:en|a la) (?:licence|fac|prepa|master) il y a "
       r"(?:\d+|dix|douze|quinze|vingt) ans\b",
       r"\ben (?:[5-9]|1\d|2\d|cinq|six|sept|huit|dix|douze|quinze) saisons (?:a|en|au|dans)\b",
       r"la creche de (?:mon petit|ma petite|mon fils|ma fille|mon bebe|mes enfants)\b",
       r"(?:trouver|chercher|trouve|cherche) une nounou pour (?:les mercredis|mes|le petit|la "
       r"petite|mon|ma)\b",
       r"(?:ma fille|mon fils) (?:me )?(?:depose|laisse|confie|amene) (?:les petits|ses enfants|"
       r"ses petits|mes petits enfants)\b",
       r"(?:j ai|jai) (?:ouvert|cree|lance|commence) (?:ma|mon) \w+ en (?:19\d\d|200\d)\b",
       r"(?:je l ai eu|je l avais eu|je l ai achete) a sa sortie (?:en )?(?:19\d\d|9\d|200[0-7])\b",
       r"(?:l epoque|le temps) (?:de|des) (?:msn|skyblogs?|myspace|wizz|caramail)\b",
       r"(?:j ai )?vendu ma (?:voiture|bagnole|caisse)\b",
       # round 47 (batches av, aw, ax): more of the same concept, from health, money and work:
       # one's company health insurance, grey hair coming, one's meal vouchers, the booster at
       # 25, varifocals, cholesterol, a day of RTT, years of work behind one, a pregnancy of
       # one's own, one's clientele, one's works council paying, working from home, a company
       # car, a care home for one's parent, dental implants, night shifts at the hospital, a
       # family's grocery budget, the company infirmary, a hair transplant, a parents' evening
       # for one's child, blood pressure pills, a work phone line, one's child's cuddly toy, a
       # pushchair or a wedding dress sold, one's spouse named formally, CESU vouchers, a sale
       # agreement or lease signed, one's entry to university years ago, a tax return, one's
       # car's roadworthiness test, one's training account (CPF)
       r"ma mutuelle d entreprise\b",
       r"(?:j ai|jai|je commence a avoir) (?:trop de |des |plein de )?cheveux blancs\b",
       r"\bmes tickets? (?:resto|restaurant)\b",
       r"(?:j ai fait|fait|fais) (?:le|mon) rappel des (?:25|45|65) ans\b",
       r"\bverres progressifs\b",
       r"\b(?:mon|du) cholesterol\b|cholesterol (?:trop )?(?:haut|eleve)\b",
       r"(?:pose|poser|prendre|pris) (?:un|une|des|mes|deux|\d) rtt\b",
       r"(?:\d+|dix|quinze|vingt) ans (?:de|d) (?:chantier|boulot|taf|carriere|metier|usine)\b",
       r"(?:apres|pendant|depuis|avant) ma (?:\w+ )?grossesse\b",
       r"\bma clientele\b",
       r"(?:le|mon) (?:cse|comite d entreprise) (?:qui )?(?:paye|paie|rembourse|offre|prend)\b",
       r"(?:je suis|jsuis|moi) en teletravail\b|\bmon (?:jour|lundi|mardi|mercredi|jeudi|vendredi) "
       r"(?:de|en) teletravail\b",
       r"\bma voiture de fonction\b|avec la voiture de fonction\b",
       r"(?:ehpad|maison de retraite) (?:pour|de) (?:ma mere|mon pere)\b",
       r"(?:j ai fait|j ai eu|je me suis fait poser) (?:\d+|deux|trois) implants\b",
       r"(?:je suis|jsuis|je serai|j etais) de (?:nuit|garde) (?:a l hosto|a l hopital|aux "
       r"urgences|au service|en rea)\b",
       r"budget courses pour (?:\d|trois|quatre|cinq|six)\b",
       r"infirmerie de (?:la|ma) boite\b",
       r"greffe (?:de cheveux|en turquie|capillaire)\b",
       r"reunion parents ?profs? (?:pour|de) (?:ma fille|mon fils|mes enfants|ma petite|mon petit|"
       r"mon grand|ma grande)\b",
       r"(?:traitement|cachets?|medicaments?) pour (?:la|ma) tension\b",
       r"\b(?:ma|la) ligne pro\b|\bmon (?:forfait|tel|telephone) pro\b",
       r"(?:le|la|les) (?:doudou|tetine|biberon|couches?) (?:de|du) (?:ma fille|mon fils|mon bebe|"
       r"ma puce|mon petit|ma petite)\b(?! (?:frere|soeur|cousin|cousine|neveu|niece))",
       r"(?:je revends|je vends|jvends|jrevends) (?:la|ma|notre) poussette\b",
       r"(?:mon|ma) (?:conjoint|conjointe|epoux|epouse)\b",
       r"(?:je vends|je revends|jvends|jrevends) ma robe de mariee\b",
       r"\ben cesu\b|\bcheques? emploi service\b",
       r"(?:j ai|jai|je viens de|on vient de|on a) (?:signe|signer) (?:le|mon|notre) (?:compromis|"
       r"acte de vente)\b",
       r"(?:renouveler|renouvele|signer|signe) (?:le|notre|mon) bail\b",
       r"(?:depuis que|quand) (?:je suis|jsuis) (?:rentre|rentree|entre|entree) a la fac\b",
       r"(?:j ai fait|je fais|faire|fini) ma declaration d impots\b",
       r"controle technique de ma \w+\b",
       r"\bmon cpf\b",
       # round 48 (batch ay: leisure, travel, celebrations): leave taken for an outing, a
       # business trip, one's in-laws received, tickets from one's works council, on call, a
       # wedding witness years ago, a deposit paid on a holiday let, a concert seen in a year no
       # minor saw, night shifts at the hospital, a meeting with one's manager, one's annual
       # review, an afternoon taken off, songs taped off the radio, a colleague's hen party,
       # the tax falling due, an expense report to file (folded into round 46's wording), a
       # sick-child day
       r"(?:j ai|jai|g) pose (?:mes|des|une semaine de|\d+ jours? de) conges\b",
       r"(?:pour|en) (?:un )?deplacement (?:pro|professionnel|pour le (?:taf|boulot|travail))\b",
       r"(?:je recois|c est moi qui recois|je dois recevoir) (?:toute )?(?:ma|la) belle famille\b",
       r"grace (?:au|a mon|a notre) (?:cse|comite d entreprise)\b(?! (?:de|d) (?:ma|mon|mes))",
       r"(?:je suis|jsuis|je serai|suis) (?:pas )?d astreinte\b",
       r"(?:etait|a ete) mon temoin (?:de mariage|a mon mariage|y a|il y a)\b",
       r"(?:j ai|jai|on a) verse (?:les|des) arrhes\b",
       r"(?:j avais vu|j ai vu|je les avais vus?|je l avais vu|j y etais)\b.{0,40}\bc etait en "
       r"(?:19[5-9]\d|200[0-7])\b(?! (?:que|qu|ou))",
       r"(?:je bosse|je travaille|jbosse|je taffe) de nuit (?:a l hopital|a l hosto|aux urgences)"
       r"\b",
       r"reunion avec (?:ma|mon) (?:manager|n ?\+ ?1)\b",
       r"(?:j ai|jai|g) (?:mon|l) entretien annuel\b",
       r"(?:poser|pose|j ai pris|jai pris) (?:mon|une|l) apres ?midi\b",
       r"enregistr\w* (?:les|des) chansons (?:de|a) la radio\b.{0,30}\bsur (?:cassette|k7)\b",
       r"(?:evjf|evg) (?:de|d) (?:ma|mon) (?:collegue|colegue)\b",
       r"impots qui tombent (?:\w+ ){0,3}je suis (?:un peu |trop |super )?juste\b",
       r"\bjours? (?:pour )?enfant malade\b",
       # round 49 (batch az: love life, friendship, going out): a seminar with one's company,
       # one's lycée years looked back on, papers one marks, the children dropped at one's
       # mother's, moving in together, a friend one was at the lycée with, one's PACS at the
       # town hall, a home loan the banker has not answered, one's patients, one's building's
       # owners' council. Not a parent's side of the same
       r"(?:j ai|jai|g) un seminaire (?:avec|de|pour) (?:ma|la|mon) (?:boite|taf|boulot|"
       r"entreprise|equipe)\b",
       r"a l epoque (?:du|de mon) lycee\b",
       r"je passe (?:mes|mon|ma) \w+ a corriger (?:des|mes|les) copies\b",
       r"(?:j ai|jai) (?:encore )?(?:des|\d+|mes|plein de) copies a corriger\b",
       r"(?:on a|j ai|jai) depose les (?:petits|enfants|gosses|minots|loulous) chez (?:ma mere|mes "
       r"parents|ma belle mere|mes beaux parents|mamie|ma soeur)\b",
       r"on s est installes? ensemble\b|on a emmenage ensemble\b",
       r"on etait ensemble au lycee\b",
       r"a la mairie\b.{0,30}\bpour (?:le|notre) pacs\b|on (?:va )?se pacse\w*\b",
       r"le banquier\b.{0,40}\bpour (?:le|mon|notre) pret\b",
       r"je (?:vois|recois|consulte) (?:mes|des) (?:derniers |premiers )?patients\b",
       r"(?:je|j) (?:l )?\w+ avec le conseil syndical\b|(?:je suis|je siege) (?:au|dans le) "
       r"conseil syndical\b",
       # round 50 (batch ba: the French-speaking world outside mainland cities): one's Swiss army
       # refresher course, a stop at the SAQ for wine, one's yearly telework days, one's turn to
       # collect the tontine, the payslips one makes, one's RRSP, one's health-insurance
       # deductible, the municipal council one sits on, leave taken from the office, one's
       # property tax bill, the military exemption tax, one's meal vouchers, an after-work 5 à 7,
       # the touloulou ball, hours queued to vote, on guard at the fire station, the
       # burghers' assembly, a press accreditation, student loans repaid, one's congé bonifié.
       # Not a teen's side of the same (a parent's, the youth council, a cadet)
       r"\bmon cours de (?:repet|repetition)\b",
       r"\bje (?:dois |vais |faut que je )?pass\w* a la saq\b",
       r"\bmes (?:\d+ )?jours de teletravail\b",
       r"c est mon tour de (?:ramasser|prendre|toucher|recevoir|collecter) la tontine\b",
       r"je fais (?:les|des|mes) fiches de paie\b|\bla declaration msa\b",
       r"\bmon (?:reer|celiapp)\b",
       r"(?:j ai|jai) (?:monte|augmente|baisse|change) ma franchise\b",
       r"(?:j ai|jai) (?:le )?conseil municipal\b(?! (?:des|de) (?:jeunes|enfants))",
       r"(?:j ai|jai) pose (?:\w+ ){0,3}conges? (?:au bureau|au boulot|au taf)\b",
       r"\bmy (?:municipal |property |council )?tax bill\b",
       r"(?:j ai|jai) (?:recu|eu|paye) (?:la facture de )?(?:la|ma) taxe militaire\b",
       r"(?:avec|je paie avec|je paye avec) mes (?:cheques|tickets) (?:repas|resto|restaurant)\b",
       r"\b(?:a|my) 5 a 7 with\b",
       r"(?:je vais|jvais|je suis alle\w*) au bal (?:touloulou|pare masque)\b",
       r"(?:j ai|jai) fait la queue (?:\w+ ){0,3}pour voter\b",
       r"(?:je suis|jsuis) de garde a la caserne\b",
       r"(?:j ai|jai) (?:l )?assemblee (?:bourgeoisiale|primaire|communale)\b",
       r"(?:j ai|jai) (?:mon|une) accreditation presse\b",
       r"(?:rembourser|rembourse) mes prets? etudiants?\b",
       r"\b(?:mon|j ai mon|je prends mon) conge bonifie\b",
       # round 51 (batch bb: health, the body and care): cholesterol pills one was put on, one's
       # sleep-apnoea machine, blood given for the umpteenth time, one's mammogram, one's type 2
       # diabetes, twenty years of a trade in one's back. Not a parent's side of the same
       r"(?:put me on|i take|je prends|m a mis sous|m a prescrit) (?:\w+ ){0,2}(?:for|pour) "
       r"(?:my |mon |le )?cholesterol\b",
       r"\bma machine (?:pour|a|contre) l apnee\b|\bmon apnee du sommeil\b",
       r"(?:je l ai donne|j ai donne mon sang|je donne mon sang) (?:\w+ )?pour la \d+ ?(?:e|eme) "
       r"fois\b",
       r"\bma (?:premiere )?mammographie\b|\bma (?:premiere )?mammo\b",
       r"(?:je suis|jsuis|chui) diabetique de type (?:2|deux)\b",
       r"(?<!\ba )(?<!\bavait )\b(?:vingt|trente|quarante) ans (?:de|d) (?:demenagements|chantier|"
       r"boulot|travail|metier|usine)\b",
       # round 52 (batch bc: food, cooking and meals): the apprentice one trains, an expense
       # report, one's waitresses' pay, one's trade card, one's licence or food truck, one's maid,
       # the board's lunch trays one orders, a bar one closed, family allowance for one's
       # children, a cross-border worker. Not a teen's side of the same
       r"\b(?:je forme|j ai|avec|de) mon apprentie?\b",
       r"\b(?:on|in) (?:the|my) expense report\b",
       r"\bla paie de mes (?:\d+ |deux |trois |quatre )?(?:serveuses|serveurs|employes|employees|"
       r"salaries|vendeuses|ouvriers)\b",
       r"\bavec ma carte pro\b",
       r"\bma patente (?:pour|de)\b|\bmon (?:propre )?food truck\b",
       r"\bma bonne (?:achete|fait|a fait|prepare|cuisine|repasse)\b",
       r"\bpour le comite de direction\b",
       r"\bclosed the bar at\b",
       r"\bles allocs? (?:pour|de) mes (?:deux|trois|quatre|cinq|\d)\b",
       r"\b(?:i m|je suis|jsuis) (?:a |un |une )?frontaliere?\b",
       # round 54 (batch be: transport, travel and holidays): one's adult rail card, one's
       # colleagues at the wheel, business class for one's company. Not a teen's side of the same
       r"\b(?:ma|avec ma) carte avantage adulte\b",
       r"\bmes collegues (?:conducteurs|conductrices|chauffeurs|machinistes)\b",
       r"(?:je voyage|je vole|je pars|je prends l avion) (?:\w+ ){0,3}(?:en business|en classe "
       r"affaires) pour (?:la societe|ma societe|ma boite|le boulot|le travail|mon travail|"
       r"mon employeur)\b",
       # round 55 (batch bf: home life): one's mortgage, one's tenants, one's teenage child
       r"\bmon hypotheque\b|\bmy mortgage\b",
       r"\bmy tenants?\b",
       r"\bmy teenage (?:son|daughter|kids|boy|girl)\b",
       # round 58 (batches bg and bh): the years left until one's own retirement, a child put on
       # a cheap plan, the parents' group of a primary class, a 401k match or one's PTO
       r"\b(?:i have|i ve got|honestly|only|just) (?:\w+ )?(?:years|yrs) (?:left )?(?:until|till|"
       r"before) (?:my )?retirement\b",
       r"\b(?:il me reste|encore) (?:\w+ )?ans (?:avant|jusqu a) (?:ma |la )?retraite\b",
       r"\bje (?:l ai|les ai) (?:passee?s?|mise?s?) (?:au|sur un|sur le) forfait (?:a )?"
       r"(?:2|deux)\b",
       r"\ble groupe (?:whatsapp |whats app |wa )?des parents (?:d eleves )?(?:de |du |des )?"
       r"(?:la )?(?:cp|ce1|ce2|cm1|cm2|maternelle)\b(?! de (?:ma|mon) )",
       r"\b(?:my |the |a )?401 ?k match\b|\bmy pto (?:for|request|got|was|is)\b",
       # round 59 (batch bi): one's custody weekend, one's ex-wife or ex-husband
       r"(?<!said )(?<!says )\bmy custody (?:weekend|week|schedule)\b|(?<!said )(?<!says )"
       r"\bmy ex ?(?:wife|husband)\b",
       # round 60 (batch bj): the screening kit sent at fifty, one's child's records or
       # prescription, the family's health cards renewed
       r"\bj ai recu le kit de depistage\b",
       r"(?<!said )\bmy (?:kid|kids|son|daughter) s (?:\w+ ){0,2}(?:vaccination|vaccine|vaccines|"
       r"daycare|prescription|pediatrician|record|meds)\b",
       r"\brenew the (?:medicare|health) cards for the whole family\b",
       # round 61 (batch bk): the mortgage rate one pays, cooking for one's family every night,
       # one's youngest child, one's retirement savings or file, one's own restaurant opened,
       # one's grandson, one's cardiologist
       r"(?<!parents )\bthe mortgage rate (?:going up|went up|is up|goes up)\b",
       r"\bcooking for (?:four|five|six|4|5|6|the family) every night\b",
       r"\bmy youngest (?:has|is|just|started|turned)\b",
       r"(?<!said )\b(?:i maxed|maxed out|i maxed out) my (?:rrsp|tfsa|401 ?k|ira|pension)\b",
       r"\bmon dossier (?:de )?retraite\b",
       r"\bj ouvre mon (?:resto|restaurant|commerce|magasin|salon|cabinet)\b",
       r"\b(?:de|pour) mon petit fils\b(?! (?:de|du) )",
       r"\bmy cardiologist (?:wants|says|told|put)\b",
       # round 62 (batch bl): one's own telework, one's baby's first birthday, one's maternity
       # leave, one's class reunion of 20 years or more, the gifts one made for one's daughters
       r"\b(?:je|j) (?:suis|serai|peux|pourrai|pourrais) (?:pas )?(?:en teletravail|"
       r"teletravailler)\b",
       r"(?<!\bsister s )(?<!\bbrother s )(?<!\bcousin s )\bmy baby s first birthday\b",
       r"(?<!\bsister s )(?<!\bmom s )(?<!\bmum s )\b(?:my|i m on|i m back from) maternity "
       r"leave\b|\bback at work,? (?:my )?maternity leave (?:is|s) over\b",
       r"\bour (?:[2-4]\d)[ -]?years? (?:class |school |high school |college )?reunion\b",
       r"\bpour mes (?:deux|2|trois|3|quatre|4) (?:filles|fils|garcons|enfants)\b"
       r"(?! (?:de|d) )",
       # round 63 (batch bm: hobbies and culture): a discount through one's works council, a
       # babysitter one must find, one's honeymoon, one's own wedding
       r"\b(?:avec|par|grace au|via) (?:le|mon|notre) (?:conseil d entreprise|comite d "
       r"entreprise|cse)\b(?! (?:de|d) )",
       r"\b(?:il me faut|je dois|faut que je) (?:juste )?(?:trouver|trouve) une (?:baby sitter|"
       r"babysitter|nounou) pour\b",
       r"(?<!\bpendant leur )\bnotre voyage de noces?\b",
       r"\b(?:at|for|during) my own wedding\b|\ba mon propre mariage\b",
       # round 63b (dev bd read again): service vouchers one orders, one's no-claims malus,
       # months left on one's loan, one's borrower insurance, one's company car or fuel card,
       # one's third pillar, a consumer credit one still pays, one's holiday pay
       r"\b(?:recommander|commander|repris|racheter) (?:des |mes |vingt |\d+ )?titres services\b",
       r"\bmon malus\b",
       r"\bil me reste \d+ (?:mois|ans) (?:de pret|de credit)\b",
       r"\bmon assurance (?:de |d )?(?:pret|emprunteur)\b",
       r"\b(?:ma|je prends la) voiture de societe\b(?! (?:de|d) )|\bma carte carburant\b",
       r"\bmon (?:versement (?:du|au) )?(?:3e|troisieme) pilier\b",
       r"\bje paye encore le credit\b",
       r"\bmon pecule de vacances\b",
       # round 66 (batch bp): being transferred by one's employer, one's tenure as a civil servant
       r"\bje (?:suis|serai|vais etre) mutee? (?:en|au|aux|dans)\b",
       r"\bma titularisation\b",
       # round 67 (batch bq): a couple hunting a flat, one's own vines or plots, one's seasonal
       # workers
       r"\b(?:ma blonde|mon chum|ma copine|mon copain|ma femme|mon mari) (?:pis|et) moi on cherche "
       r"(?:un|une) (?:appart|appartement|logement|maison|[3-6] et demi)\b",
       r"\bmes (?:vignes|hectares|parcelles)\b",
       r"\bmes saisonniers\b",
       # round 69 (batch bs): a winter of the last century one remembers, one's age that bears
       # the heat less, leave one must book
       r"\b(?:l hiver|l ete|le printemps|l automne) (?:19)?[4-9]\d\b(?: \S+){0,8} je m en "
       r"(?:souviens|rapele)\b",
       r"\ba mon age on (?:supporte|tient|recupere|encaisse) (?:moins|plus)\b",
       r"\b(?:je dois|faut que je|jdois|je vais|j ai du) poser (?:un |une |des |mes )?(?:conge|"
       r"conges|rtt|jour de conge)\b",
       # round 71 (batch bu): a memory of MSN or the Minitel, one's university teacher, an
       # afternoon off taken, a home of one's own
       r"\b(?:je me|jme|j me) souviens (?:quand|de|du temps de|de l epoque de) (?:msn|skyblog|"
       r"skyblogs|les skyblogs|le minitel|minitel|les cabines telephoniques)\b",
       r"\bmon prof (?:a l|de l|de la|a la) (?:universite|fac)\b",
       r"\b(?:j ai|jai) pris (?:mon aprem|mon apres midi|ma journee|ma matinee)\b",
       r"\b(?:depuis que j ai|j ai|jai) mon propre (?:logement|appart|appartement|studio)\b",
       # round 72 (batch bv): one's Swiss civilian service, one's honeymoon
       r"\bmon service civil\b",
       r"\bmon voyage de noces\b",
       # round 74 (batch bx): a sitter a couple hires, one's prom long ago, one's works council,
       # a night shift done
       r"\bon a (?:du )?(?:engager|trouver|booker|payer) (?:une|la) gardienne\b",
       r"\bmon (?:bal des finissants|bal de promo|bal de fin d annee) c etait en (?:19\d\d|200\d|"
       r"201[0-5])\b",
       r"\bmon (?:ce|cse)\b(?! (?:1|2|soir|matin)\b)",
       r"\bj ai fait (?:la|une) nuit a (?:la clinique|l hopital|l hosto|l usine)\b",
       # round 75 (batch by, beauty and body image): night work for a while, a beard grown for
       # years
       r"\bdepuis que (?:je|j) (?:travaile|bose|taf|bosse) de nuit\b",
       r"\bma barbe\b(?: \w+){0,2} (?:ca fait|depuis|fait) (?:[5-9]|[1-4]\d) ans\b",
       # round 76 (batch bz, volunteering and associations): unpaid leave taken, one's student
       # years written without an apostrophe, one's Erasmus
       r"\b(?:j ai|jai) pris (?:un )?conge sans solde\b|\bje (?:prends|vais prendre) (?:un )?"
       r"conge sans solde\b",
       r"\bquand jetais (?:etudiante?|a la fac|a l univ\w*|en fac)\b",
       r"\b(?:pendant|durant|apres|avant) mon erasmus\b",
       # round 77 (batch ca, moving house): a post accepted, a home bought with one's partner, a
       # contract ended in one's name, one's former student room ("kot")
       r"\b(?:j ai|jai) accepte un poste\b(?! (?:d ete|de vacances|etudiant|de moniteur|"
       r"d animateur|de saisonier))",
       r"\b(?:ma blonde|ma copine|mon chum|mon copain|ma femme|mon mari) (?:pis|et) moi on a "
       r"achete\b",
       r"\b(?:j ai|jai) resilie mon (?:abonement internet|contrat internet|bail|asurance|"
       r"contrat d asurance)\b",
       r"\bmon ancien kot\b",
       # round 78 (batch cb, making music): a session with a client, the parents' evening one
       # attends, "ma plus vieille" (Québec: one's eldest daughter)
       r"\b(?:j etais|jetais|je suis|chui|jsuis) en (?:seance|rdv|rendez vous|reunion) avec "
       r"(?:un|une|mon|ma) client\w*\b",
       r"\b(?:j ai|jai) (?:la|une) reunion (?:des|de) parents d ?eleves\b",
       r"\bma plus vieile\b(?! (?:soeur|cousine|amie|tante))"),
    _r("a.admits_lie", "admission", 2.0, "reconnaît avoir menti sur son âge", *_ADMITS),
    _r("a.aging", "aging", 2.0, "parle de sa jeunesse passée ou de son âge mûr",
       # round 45: one's own sports team of veterans ("vétérans, euh non jveux dire en U17");
       # something seen or lived in a year no minor lived ("jles ai vus en 86"), not a film
       # released then
       r"(?:^|je joue |jjoue |je suis |jsuis |chui |moi )(?:en |chez les |avec les |dans les )?"
       r"veterans\b",
       r"(?:j ai|jai|je les ai|jles ai|je l ai|jl ai|g) (?:vu|vus|vue|connu|rencontre|vecu|"
       r"assiste a) (?:(?!sortie?\b|qui\b)\w+ ){0,3}en (?:19)?[5-9]\d\b",
       # round 31: one's own retirement counted in years after a parent's ("il vient de
       # prendre sa retraite, moi dans 20 ans ça sera mon tour"); not "dans 50 ans"
       r"\bretraite\b(?: \w+){0,6} moi dans (?:[5-9]|1\d|2[0-5]|cinq|dix|quinze|vingt) ans (?:ca "
       r"sera|ce sera|c sera|c est|ca va etre) (?:mon tour|moi)\b",
       # round 30: the years one's body has worked ("moi c'est le dos, 25 ans de chantier",
       # "j'ai fait 20 ans d'usine"); not "mon père a 25 ans de chantier"
       r"(?:^|moi(?: \w+){0,5} |j ai (?:fait )?|jai (?:fait )?|apres |avec mes )(?:[12]\d|[3-4]\d) "
       r"ans (?:de|d) (?:chantier|boulot|taf|travail|metier|carriere|usine|bureau|route|"
       r"batiment|maconnerie|nuits?|service|mariage)\b(?! (?:a|pour) (?:1[0-7]|[6-9]) ans\b)",
       # round 62b (`devbb-am-023`): the same with the years spelled out, or years on one's
       # feet at a job ("après quinze ans debout à la caisse", "vingt ans de chantier")
       r"(?:^|moi(?: \w+){0,5} |j ai (?:fait )?|jai (?:fait )?|apres |avec mes )(?:quinze|seize|"
       r"dix (?:sept|huit|neuf)|vingt|vingt cinq|trente|quarante) ans (?:(?:de|d) (?:chantier|"
       r"boulot|taf|travail|metier|carriere|usine|bureau|route|batiment|maconnerie|nuits?|"
       r"service|mariage)\b|debout (?:a|au|aux|dans|en|sur)\b)",
       r"(?:^|moi(?: \w+){0,5} |j ai (?:fait )?|jai (?:fait )?|apres |avec mes )(?:[12]\d|[3-4]\d) "
       r"ans debout (?:a|au|aux|dans|en|sur)\b",
       # round 24: one's degree ceremony ("ma remise de diplôme d'ingénieur"), not a teen's
       # coming brevet or bac
       r"(?:ma|me rappelle ma) remise (?:de|des) diplomes? (?:d|de) (?:ingenieur|master|licence|"
       r"medecin|doctorat|infirmiere?|avocat|architecte)\b",
       r"quand j etais (?:jeune|ado|adolescente?|au lycee|etudiante?|a la fac|plus jeune)",
       r"dans ma jeunesse", r"(?:a l epoque|de notre temps) (?:ou|quand|on|j)",
       r"ma generation", r"mes annees (?:fac|lycee|college|etudiantes?)",
       # round 23: an elder's greeting of the young ("bonsoir la jeunesse", "alors jeune
       # homme ?"), a degree done ("j'ai fait une licence de droit")
       r"(?:bonjour|bonsoir|salut|coucou|hello) (?:a )?la jeunesse",
       r"(?:alors|eh bien|bonjour|bonsoir|salut|dites donc|dis donc) (?:jeune homme|jeune fille|"
       r"jeunes gens|les jeunes gens)",
       # (round 56b: not a club's licence, « j'ai eu ma licence de foot »)
       rf"j ai (?:fait|eu|obtenu|valide|termine|fini) (?:une|ma|mon|un) (?:licence{_NOT_SPORT}|"
       r"master|doctorat|these|dut|bts|but|ecole d ingenieur|ecole de commerce)\b",
       r"(?:mes|les) partiels", rf"{_NOT_A_CLUB}(?:mon|ma) (?:master|licence{_NOT_SPORT}|these|"
       r"memoire de)",
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
       # round 25: an elder's advice to teens ("profitez, c'est les meilleures années") and
       # school long behind ("ça fait longtemps que c'est derrière moi")
       r"profitez(?: en)?(?: bien)?,? c est (?:les|vos) (?:meilleures|plus belles) annees",
       r"(?:ca fait|il y a|ya) (?:bien |tres |super )?longtemps que (?:c est|tout ca est|le lycee "
       r"est|l ecole est|le college est) derriere moi",
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
       # round 31: one's own class in a year long gone ("j'en avais un, en CM1, en 1997", "moi
       # en 6e en 2003"); not the parents' ("ma mère en CM1 en 1997")
       r"(?:^|moi |j en avais (?:un|une|plein) |j avais (?:\w+ ){0,3})(?:en |au )?(?:cp|ce1|ce2|"
       r"cm1|cm2|6e|5e|4e|3e|6eme|5eme|4eme|3eme|maternelle|primaire|college|seconde|2nde) en "
       r"(?:19[5-9]\d|200[0-7])\b(?! (?:que|qu|ou))",
       # round 29: a concert one saw in a year long gone ("je les ai vus en concert en 98", "je
       # l'ai vue en live en 2003"); not the parents' ("mes parents les ont vus…")
       r"\b(?:je les ai|je l ai|j les ai|jles ai|j l ai) (?:vus?|vues?) (?:\w+ )?(?:en concert|en "
       r"live|sur scene)(?: \w+){0,2} en (?:19[5-9]\d|200[0-7]|[5-9]\d)\b",
       # round 24: the bac "had" in a year long gone ("je l'ai eu tranquille en 98")
       r"(?:je l ai eu|je l ai passe|je l avais eu|j ai eu le mien|je l ai eu (?:\w+ ){0,2})"
       r"(?: \w+){0,2} en (?:19[6-9]\d|[6-9]\d)\b",
       # round 27: the same in the 2000s, before a declared teen was born ("je l'ai eu en 2001
       # avec mention", "j'ai eu mon permis en 2004", "obtenu mon diplôme en 2006")
       r"(?:je l ai|je l avais|j ai eu|j ai obtenu|j ai passe|j avais eu|j avais passe) "
       r"(?:eu |obtenu |passe |decroche )?(?:(?:mon|le|ma|mes) (?:bac|permis|brevet|diplome|code|"
       r"master|licence|bts|cap) )?(?:\w+ ){0,2}en 200[0-7]\b",
       r"(?:il y a|ya|y a|il ya) (?:[2-9]\d|quinze|vingt|trente) ans",
       # round 25: the same with a hedge ("c'était il y a au moins 20 ans", "y a bien trente
       # ans")
       r"(?:il y a|ya|y a|il ya) (?:au moins|bien|presque|plus de|pres de|facile|genre|"
       r"environ|a peu pres) (?:[2-9]\d|quinze|vingt|trente|quarante) ans",
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
       r"(?:a la|en) fac\b", rf"{_NOT_A_CLUB}(?:mon|ma) (?:bts|dut|iut|alternance|prepa|"
       rf"licence{_NOT_SPORT}|fac|ecole d (?:ingenieur|infirmiere|commerce))\b",
       r"(?:patron|patronne|tuteur|tutrice|maitre) (?:de stage|d alternance)"),
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
    # round 39: not the lycée pro one teaches at ("je suis prof dans un lycée pro")
    # round 52: not the apprentice one trains ("je forme mon apprenti")
    r"(?<!\bmon )(?<!\bmes )apprentie?s?|"
    r"(?<!\bprof dans un )(?<!\bprof dans le )(?<!\bprof au )(?<!\bprof en )lycee pro|"
    # a learner's place at work: let do, given the chores, the youngest, part-time hours
    r"(?:m a|m ont|me) laissee? faire|(?:me|m) (?:fait|font|faisait|faisaient) faire|"
    r"(?:le|la) plus jeune (?:de|du|des|d|au|ici)|m appell?ent (?:le|la) petite?|"
    r"(?:[1-9]|1\d|2[0-4]) ?h (?:par|la) semaine|"
    # forty-first sitting, step X: babysitting ("je fais du babysitting", "ma paie de
    # baby-sitting")
    r"(?:du|de|mon|en|le) baby ?sitting|"
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
TEEN_SCHOOL_NOW = collapsed(
    r"\b(?:je suis|jsuis|chui|moi) (?:en|au) (?:seconde|2nde|premiere|1ere|1re|terminale|tle|"
    r"lycee)\b"
    r"(?! (?:a l epoque|quand|il y a|y a))"
    r"|\bapres (?:le|les) (?:lycee|cours)\b|\b(?:pour )?(?:le|mon) bac de francais\b"
    # round 30: a childhood a few years back, told as such ("les miens ont divorcé quand
    # j'avais 10 ans"): what follows is a child's memory, not an adult's life
    r"|\b(?:quand|lorsque) (?:j avais|javais) (?:[5-9]|1[0-3]) ans\b"
)
"""Round 23: a declared teen saying their lycée year or day in the present ("je suis en 1ère
générale", "après le lycée", "le bac de français"): own-band evidence, like an age of their
band, so the message is not read by the adult model (careful long sentences are a teen's
too)."""
