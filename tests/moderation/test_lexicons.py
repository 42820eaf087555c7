"""Every lexicon group matches what it is for and stays silent on its allow-list.

Each group of `data/lexicons/*.toml` has at least one case here (a test fails
when a group is added without one), including the Scunthorpe cases of
research §3 T3: toponyms and ordinary words that contain a listed word.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import causette.moderation
from causette.moderation.lexicons import compile_term, load_lexicon, word_key
from causette.moderation.normalize import normalize

LEXICON = load_lexicon()
LEXICON_DIR = Path(causette.moderation.__file__).parent / "data" / "lexicons"

# (group, text that must hit, text that must not hit)
CASES = [
    ("drug_substance", "de la c0ke", "une coke zero svp"),
    ("drug_substance", "b.e.u.h", "le joint de culasse a lâché"),
    ("drug_substance", "de la 3mmc", "t'es un crack en maths"),
    ("drug_sale", "livraison rapide", "bonne soirée"),
    ("drug_generic", "de la drogue", "un droguiste"),
    ("drug_procure", "qqn a de la beuh", "j'ai fini"),
    ("drug_price", "10e le g", "on part à 10h"),
    ("drug_discussion", "je suis en sevrage", "dispo ce soir"),
    ("drug_emoji", "❄️ dispo", "🎉 dispo"),
    ("drug_plan", "qqn a un plan pour ce soir", "mon plan: pizza et série"),
    ("emoji_literal", "🔌 chargeur usb", "🔌 dispo"),
    ("drug_price_strong", "12e le gramme", "12 euros la place"),
    ("ncii_target", "sous la douche", "dans la cuisine"),
    ("trade_cue", "échange photos", "photos de classe"),
    ("handle_give", "ajoute moi sur snap", "t as snap ?"),
    ("meet_private", "tu habites où ?", "on se voit à la récré"),
    ("minor_age", "j'ai 14 ans", "il y a 15 ans"),
    ("minor_age", "une fille de 15 ans", "15 ans de mariage"),
    ("school_grade", "t'es en 4eme ?", "la sixième symphonie"),
    ("school_grade", "une collégienne", "au 5e étage"),
    ("minor_word", "une gamine", "prof des écoles"),
    ("minor_word", "des ados", "mes enfants"),
    ("csam_term", "pthc", "la lutte contre la pédopornographie"),
    ("grooming_secret", "ça reste entre nous", "on se voit demain"),
    ("minor_interest", "aime les collégiennes", "bonjour"),
    ("sex_explicit", "sucer", "un gros baiser"),
    ("sex_explicit", "s.e.x.e", "la chatte de ma voisine a eu des chatons"),
    ("sex_explicit", "plan cul", "je fais la queue à la poste"),
    ("sex_mild", "des meufs chaudes", "il fait chaud"),
    ("sex_solicit", "cherche une femme", "bonsoir"),
    ("photo_request", "envoie moi une photo", "j'ai envoyé le colis"),
    ("photo_request", "allume ta cam", "la caméra de surveillance"),
    ("nonconsent", "à son insu", "faut pas forcer le couvercle"),
    ("nonconsent_strong", "la violer", "le viol est un crime"),
    ("sv_intent", "qui veut venir", "merci"),
    ("sv_target", "effet garanti sur les meufs", "effet garanti"),
    ("sv_discussion", "le procès de Mazan", "on y va"),
    ("media", "un film sur l'affaire", "une photo"),
    ("ncii", "les nudes de mon ex", "une fuite d'eau"),
    ("ncii_share", "je partage", "je dors"),
    ("image_word", "des vidéos", "des chaussettes"),
    # Thirteenth sitting: meaning-level groups.
    ("sv_refusal_denied", "elle a pas le droit de refuser", "tu as le droit de refuser"),
    ("sv_refusal_denied", "elles pourront plus dire non", "une offre qu'il ne pourra pas refuser"),
    ("sv_drink", "deux gouttes dans son verre", "mon verre est vide"),
    ("sv_sedative", "un cachet", "un cachet de la poste"),
    ("sv_unaware", "elle s'en rendra pas compte", "elle s'en rend compte"),
    ("sv_excuse", "ils ont rien fait de mal", "ils ont rien fait"),
    ("sv_anchor", "le procès de Mazan", "un bon repas au tribunal"),
    ("sv_report", "mon mari me dit que c'est mon devoir", "mon mari cuisine"),
    ("ncii_private", "ses photos privées", "les photos de classe"),
    ("ncii_spread", "faites tourner", "faites la vaisselle"),
    ("ncii_victim", "on a publié mes nudes", "on a publié le menu"),
    ("ncii_innocent", "sa recette de crêpes", "sa tenue de soirée"),
    ("covert_means", "un miroir sans tain", "un miroir de salle de bain"),
    ("covert_unaware", "elles se doutent de rien", "elles se doutent de tout"),
    ("covert_check", "pensez à vérifier les détecteurs", "pensez à moi"),
    ("weapon", "j'ai un couteau", "passe moi le couteau à beurre"),
    ("threat_where", "devant la sortie de ton taf", "devant la télé"),
    ("group_call", "qui est chaud pour y aller", "qui est là"),
    ("violence_act", "on va tabasser le gardien", "on a fumé le barbecue"),
    ("violence_act", "teach him a lesson", "teach him a song"),
    ("extort_or", "400 € d'ici lundi ou la vidéo part", "400 € ou 500 € le vélo ?"),
    ("extort_exposure", "tes collègues", "mes collègues"),
    ("threat_shame", "ce serait dommage que ta femme l'apprenne", "dommage pour ta femme"),
    ("threat_news", "il s'est fait tabasser hier", "il va tabasser"),
    ("weapon_innocent", "une batte de baseball", "une batte"),
    ("escort_ad", "messieurs courtois uniquement", "mesdames et messieurs"),
    ("pimp_cue", "je gère les rdv de deux filles", "je gère les courses"),
    ("paid_ask", "tu fais quoi pour 80 ?", "tu fais quoi ce soir ?"),
    ("paid_ask", "what are your rates?", "whats your rate for walking a dog"),
    ("benefactor", "je paie ton loyer", "je paie mon loyer"),
    ("paid_time", "quelques nuits avec moi", "quelques jours de congé"),
    ("buyer_cue", "rencontre rémunérée", "rencontre sportive"),
    ("paid_service", "cours de piano", "on court vite"),
    ("threat_direct", "je vais te tuer", "je vais tuer le temps"),
    ("threat_direct", "t'es mort", "t'es mort de rire"),
    ("threat_incite", "faut les tuer", "faut les aider"),
    ("threat_vague", "ça va mal finir", "ça va bien finir"),
    ("game_context", "à mario kart", "au bureau"),
    ("game_context", "si tu spoiles 😂", "si tu pars"),
    ("extort_condition", "sinon j'envoie", "bonne nuit"),
    ("extort_leverage", "tes photos à tes parents", "rien"),
    ("extort_money", "un virement", "un câlin"),
    ("rent_person", "je loue ma copine", "je loue ma voiture"),
    ("paid_sex", "massage avec finition", "massage sportif"),
    ("paid_sex", "escort", "l'escorte présidentielle bloque la route"),
    ("paid_review", "tu prends combien", "combien de temps"),
    ("money", "100€", "100 km"),
    ("dealer_word", "le plug du 93", "the dealer poker night"),
    ("family", "ma fille adore le foot", "les filles adorent le foot"),
    ("paid_context", "dispo ce soir", "demain matin"),
    ("age_question", "t'as quel âge ?", "t'as quel film ?"),
    ("prostitution_discussion", "la loi sur la prostitution", "ce soir"),
    ("slur_strong", "b0ugn0ul", "un raton laveur"),
    ("slur_weak", "tapette", "la pédale de frein"),
    ("insult_frame", "espèce de", "merci"),
    ("hate_group", "les juifs", "les jeux"),
    ("hate_attack", "dehors les", "dedans"),
    ("hate_attack", "sale arabe", "j'apprends l'arabe"),
    ("hate_phrase", "white pride", "pride parade"),
    ("hate_insinuation", "suivez mon regard", "regardez"),
    ("handle_app", "ajoute moi sur snap", "ajoute du sel"),
    ("handle_at", "écris à @julie.75", "rdv à 14h"),
    ("handle_id", "c'est lea.du.13", "c'est privé"),
    ("email", "julie75@gmail.com", "à plus tard"),
    ("phone", "06 39 98 12 45", "j'ai 06 ans"),
    ("phone", "0 6 3 9 9 8 4 4 1 0", "le 15 pour le samu"),
    ("address", "14 rue des Acacias", "dans ma rue"),
    ("meet", "on se voit quand ?", "on se parle"),
    ("doxx_third", "son numéro", "mon numéro"),
    ("doxx_name", "son vrai nom c'est", "mon nom c'est"),
    ("doxx_locate", "elle habite au 3ème", "j'habite à Lyon"),
    ("doxx_harass", "harcelez la", "aidez la"),
    ("doxx_ask", "l'adresse de la fille", "l'adresse d'un bon garage"),
    ("scam", "doublez vos bitcoins", "j'ai gagné 20€ au loto"),
    ("promo", "abonnez vous", "abonné au journal"),
    ("spam_discussion", "attention arnaque", "super offre"),
    ("url", "www.exemple.xyz", "un point c'est tout"),
    ("threat_find", "je vais te retrouver", "je te retrouve à 18h devant le ciné"),
    ("threat_find", "jte retrouverai", "on se retrouve au bar"),
    ("threat_follow", "et tu vas regretter", "et tu vas adorer"),
    ("threat_follow", "et te planter", "et te parler"),
    ("threat_third", "je vais buter ton frère", "je vais aider ton frère"),
    ("threat_third", "ta sœur va prendre", "ta sœur va prendre le train"),
    (
        "extort_if_not",
        "si tu ne m'envoies pas 200€ je balance",
        "si tu m'envoies pas le lien, tant pis",
    ),
    ("extort_if_not", "200 balles sinon je montre tout", "200 balles le billet"),
    ("sv_apologism", "elle l'avait bien cherché", "elle a bien cherché ses clés"),
    ("sv_apologism", "elles disent non mais pensent oui", "elles disent non"),
    ("sv_counter", "arrêtez de dire ça", "dites-le"),
    ("covert_device", "une caméra cachée", "la caméra de surveillance"),
    ("covert_device", "j'ai planqué mon tel dans", "j'ai posé mon tel sur la table"),
    ("extort_victim", "je fais quoi ?", "je fais ce que je veux"),
    ("fiction_quote", "la réplique culte", "la répétition"),
    ("covert_capture", "je l'ai filmée en cachette", "elle m'a filmé au mariage"),
    ("covert_place", "dans les vestiaires", "dans le salon"),
    ("name_child_sexual", "Lolita", "Lolita fashion"),
    ("name_minor_plan", "Plans ados", "Parents d'ados"),
    ("name_young", "Minette", "Minou"),
    ("adult_role", "Daddy", "Dadou"),
    ("minor_person", "lycéenne", "Profs d'ados"),
    ("adult_role_service", "Coach sportif ados et adultes", "Coach pour mineures"),
    ("drug_slang", "2 sachets de neige pour vendredi", "la neige est tombée à Grenoble"),
    ("drug_slang", "de la bonne farine, 70 le 1", "250 g de farine et 3 oeufs"),
    ("drug_context", "même endroit que d'hab, 22h", "on se voit au ciné"),
    ("drug_innocent", "un peu de vert pour finir la fresque", "un peu de vert pour ce soir"),
    ("hate_wink", "bizarre comme c'est toujours pareil", "c'est bizarre ce bruit"),
    ("hate_topic", "la délinquance du quartier", "les races de chiens calmes"),
    # Fourteenth sitting: English chat wording, and the two groups that replace rules.py's
    # sets of matched strings (`paid_weak`, `threat_yours`).
    ("paid_weak", "cherche prof de guitare, je paye bien", "je paye cash"),
    ("threat_yours", "j'ai un couteau, je suis devant ton taf", "devant le taf de mon frère"),
    ("threat_direct", "ur a dead man when i see u", "ur a dead man at darts tonight"),
    ("threat_direct", "that grass deserves a bullet", "that goal deserves a replay"),
    ("threat_vague", "keep mouthing off and see what happens", "add the soda and see what happens"),
    ("threat_vague", "u dont know who ur messing with", "u dont know who ur sitting with"),
    ("nonconsent", "je vais la forcer", "je force sur les pompes"),
    ("hate_phrase", "being gay is a disease", "loneliness is a disease"),
    ("hate_phrase", "go back to ur jungle", "go back to ur jungle lane"),
    ("hate_attack", "they are all groomers", "the dog groomers are booked"),
    ("sv_refusal_denied", "passed out still counts as a yes", "a maybe never counts as a yes"),
    ("nonconsent_strong", "the stuff that knocks girls out", "the stuff that knocks hay fever out"),
    ("ncii_private", "the pics ur ex sent u", "the pics ur mum sent u"),
    ("ncii_spread", "rate the pics she sent", "rate the film"),
    ("ncii_target", "my ex doesnt know i kept the video", "my ex knows i kept the video"),
    ("extort_exposure", "every1 at ur work sees the vid", "every1 at the office sees the memo"),
    ("drug_procure", "anyone sorting pingers", "anyone sorted the tickets"),
    ("drug_sale", "xannies going cheap", "xannies are cheap"),
    ("drug_price", "4 quid a pill", "4 quid a pint"),
    ("benefactor", "i could help with ur rent", "i could help with ur essay"),
    ("paid_time", "if u keep me company", "if u keep me posted"),
    ("escort_ad", "massage with a happy ending", "the film has a happy ending"),
    ("pimp_cue", "i manage a few ladies", "i manage a few pubs"),
    ("paid_ask", "how much u charge", "how much u want"),
    ("doxx_harass", "his number, do what u want with it", "the recipe, do what u like"),
    ("doxx_third", "the full address of the guy who", "the full address of the venue"),
    ("doxx_ask", "whats ur sister's address", "whats the venue's address"),
    ("doxx_name", "i reverse image searched his pic", "i searched his pic"),
    ("minor_interest", "wanna talk to an older guy", "wanna talk to a doctor"),
    # fifteenth sitting: groups read by meaning
    ("threat_known", "je connais ta rue maintenant", "je connais ta sœur"),
    ("threat_known", "i know which gym you go to", "i know which film you mean"),
    ("threat_known", "on a ton adresse", "on a ton colis"),
    ("threat_known_then", "dors bien", "dors pas trop tard"),
    ("threat_veiled", "surveille tes arrières", "surveille la cuisson"),
    (
        "threat_veiled",
        "keep mouthing off about my mum and see what happens",
        "keep stirring and see what happens",
    ),
    (
        "threat_veiled",
        "profite de tes derniers jours tranquille",
        "profite de tes derniers jours tranquilles de vacances",
    ),
    ("sv_covert_drug", "un truc sans goût qui endort", "une tisane qui endort bébé"),
    ("sv_covert_drug", "got the tasteless stuff", "a tasteless joke"),
    ("sv_reluctant", "une meuf qui me résiste", "une meuf qui me répond"),
    ("sv_blame", "women who dress like that are asking for it", "no woman is ever asking for it"),
    ("sv_blame", "elle avait qu'à pas monter chez lui", "elle avait qu'à monter chez lui"),
    ("ncii_upskirt", "des photos sous les jupes", "caché sous les jupes de sa mère"),
    ("ncii_gap", "une fente dans la cloison", "une fente dans le mur du salon"),
    ("ncii_filmed", "j'ai filmé les vestiaires", "j'ai filmé le match"),
    ("ncii_women", "les vestiaires des filles", "les vestiaires des garçons"),
    ("ncii_fake", "un deepfake nu", "un deepfake de Tom Cruise"),
    ("ncii_fake", "deepfakes de ma collègue", "deepfakes de ma série préférée"),
    ("adult_age", "jai un pote de 25 ans", "jai un pote de 15 ans"),
    ("minor_seek", "cherche une copine", "cherche une coloc"),
    ("sv_blame", "if she's passed out it doesn't count", "if it's raining it doesn't count"),
    # sixteenth sitting: new groups
    ("threat_harm", "il va vite comprendre le mec", "il va vite apprendre le code"),
    ("threat_harm", "hes getting shanked", "hes getting married"),
    ("threat_harm", "ta reum va te reconnaître qu'à tes baskets", "ta reum va adorer tes baskets"),
    ("threat_harm", "je le plante", "je le plante là et je rentre"),
    ("threat_trigger", "le prochain qui parle de ma sœur", "le prochain bus part à 8h"),
    ("threat_trigger", "next time i see him", "next time i go"),
    ("weapon_hint", "un truc dans la boîte à gants", "les papiers dans la boîte à gants"),
    ("weapon_hint", "un bidon d'essence", "un plein d'essence"),
    ("threat_property", "ta caisse passera pas la nuit", "ta caisse passera le contrôle technique"),
    ("threat_property", "your car won't survive the night", "your plant won't survive the night"),
    ("threat_route", "i know which bus u take", "i know the bus times"),
    ("minor_contact_ask", "des contacts de collégiennes", "les contacts des parents de collégiens"),
    ("minor_contact_ask", "anyone got snaps of year 9 girls", "snaps of the year 9 trip"),
    # sixteenth sitting: groups widened
    (
        "sv_refusal_denied",
        "quand elle dit non ça veut dire insiste",
        "quand elle dit non ça veut dire non",
    ),
    (
        "sv_refusal_denied",
        "back to mine whether u like it or not",
        "homework tonight whether u like it or not",
    ),
    (
        "sv_consent_claim",
        "bourrée dans ta chambre = consentement",
        "bourrée dans ta chambre, appelle un taxi",
    ),
    ("sv_covert_drug", "une ptite pilule dans son mojito", "une pilule dans son pilulier"),
    ("sv_covert_drug", "chloroforme", "chlorophylle"),
    ("ncii_private", "elle a envoyé des trucs chauds", "elle a envoyé des trucs à manger"),
    ("ncii_private", "ur gf's pics", "ur gf's party"),
    ("ncii_private", "le dossier de jess qui tourne sur telegram", "le dossier de jess pour lundi"),
    ("ncii_spread", "she's gonna be famous", "she's gonna be late"),
    ("ncii_fake", "déshabiller une photo", "déshabiller une poupée"),
    ("ncii_innocent", "le leak du prochain album", "le leak de ses photos"),
    ("pimp_cue", "vous me payez et elle vous rejoint", "vous me payez et je vous rejoins"),
    ("doxx_name", "l'admin s'appelle thomas", "l'admin a changé le thème"),
    ("hate_attack", "arrêter de les maintenir en vie", "arrêter de les arroser"),
    ("adult_role", "uncle for teens", "unclear for teens"),
    ("minor_person", "TontonGentil4Ados", "TontonGentil4Amis"),
    ("photo_request", "t'as une photo de toi ?", "t'as une photo du cours ?"),
    ("paid_review", "how much for the night ?", "how much for the night shift ?"),
    ("prostitution_discussion", "how do i warn her ?", "how do i meet her ?"),
    ("emoji_literal", "jardiniers du dimanche 🍃", "jardinier 🍃"),
    ("extort_exposure", "ou ton boss les reçoit", "ou ton boss part en vacances"),
    ("sex_mild", "un plan ce soir sans prise de tête", "un plan resto ce soir"),
    ("ncii_name_target", "Les ex à poil", "Les exams à réviser"),
    ("voyeur_word", "mateur des vestiaires", "amateur des vestiaires"),
    # seventeenth sitting
    ("threat_visit", "ta sœur va avoir de la visite", "ta sœur va avoir un bébé"),
    ("threat_visit", "your dad's flat gets a visit", "your dad's flat gets a new boiler"),
    ("threat_silence", "retire ta plainte", "retire ton colis à la poste"),
    ("threat_silence", "withdraw your complaint", "withdraw your money"),
    ("threat_leaving", "si tu me largues", "si tu me prêtes ton vélo"),
    ("sv_stealthing", "il a enlevé la capote en cachette", "il a enlevé la capote de la voiture"),
    ("wildlife_cam", "la caméra du nichoir", "la caméra du salon"),
    ("massage_extra", "un spa qui propose une finition", "un spa avec hammam"),
    ("hate_counter", "ce slogan me fait froid dans le dos", "ce film d'horreur est nul"),
    ("minor_asked", "il m'a demandé mon insta", "j'ai demandé l'heure"),
    (
        "minor_advice",
        "il m'écrit tous les soirs, c normal ?",
        "il m'écrit tous les soirs, trop bien",
    ),
    ("threat_direct", "on le retrouvera dans un fossé", "on le retrouvera au café"),
    ("threat_direct", "we'll stab him", "we'll stab the potatoes with a fork"),
    ("threat_known", "je vois ta voiture allumée", "je vois ta photo de profil"),
    ("sv_refusal_denied", "i won't stop even if she says no", "i won't stop even if it rains"),
    (
        "sv_apologism",
        "le viol conjugal n'existe plus, elle a dit oui à la mairie",
        "le viol conjugal existe et c'est un crime",
    ),
    (
        "doxx_ask",
        "quelqu'un connaît la rue où elle habite ?",
        "quelqu'un connaît la rue de la mairie ?",
    ),
    ("pimp_cue", "elles gardent 40 %, je gère les rdv", "elles gardent le chat ce week-end"),
    ("sv_care", "on l'a mise dans un taxi", "on a pris un taxi"),
    # eighteenth sitting
    ("threat_serious", "c pas une blague", "c une blague"),
    ("threat_serious", "lol jk... unless?", "lol jk"),
    ("threat_deadline", "je te laisse deux jours", "je te laisse les clés"),
    ("threat_deadline", "you've got until friday", "you've got mail"),
    ("threat_witness", "si tu témoignes", "si tu téléphones"),
    ("threat_witness", "talk to the cops", "talk to the cat"),
    ("threat_consequence", "ta caisse crame", "ta caisse est sale"),
    ("threat_consequence", "they tend to have accidents", "they tend to have dogs"),
    ("threat_known", "je sais où bosse ton frère", "je sais où est ton frère ce soir"),
    ("threat_incite", "find the grass from flat 2", "find the grass seed from aisle 2"),
    ("violence_act", "we're jumping him tonight", "we're jumping on the bus tonight"),
    ("threat_direct", "on va te refaire le portrait", "on va te faire un portrait"),
    ("threat_direct", "or i break your nose", "or i'll break the news"),
    (
        "threat_direct",
        "tabasse le jusqu'à ce qu'il bouge plus",
        "remue jusqu'à ce qu'il bouge plus",
    ),
    ("weapon_hint", "après c'est le fer qui parle", "après c'est le chef qui parle"),
    ("threat_veiled", "keep it up, you'll find out soon enough", "keep it up, great work"),
    ("threat_trigger", "on t'attend à 4 derrière le stade", "on t'attend au stade"),
    ("fiction_quote", "the scene where he says it", "the place where he says it"),
    ("sv_opportunity", "une occasion en or", "une occasion de parler"),
    ("sv_group", "chacun son tour", "chacun son truc"),
    ("sv_apologism", "consent is for the weak", "consent is for everyone"),
    ("sv_stealthing", "stealthing ftw", "stealthing is rape"),
    ("nonconsent", "tu l'endors", "tu l'adores"),
    ("extort_exposure", "ou ton père les reçoit", "ou ton père les achète"),
    ("csam_term", "fichiers ados", "fichiers audio"),
    ("name_child_sexual", "likes them 13", "likes them all"),
    ("doxx_third", "the number of nox_99", "the number of nox"),
    ("doxx_name", "exposing the real names", "exposing the real cost"),
    ("doxx_locate", "works nights at the depot", "works hard at the depot"),
    (
        "doxx_ask",
        "passe moi l'adresse de ta collègue, elle me répond plus",
        "passe moi l'adresse de ta collègue pour le pot",
    ),
    ("handle_give", "mon snap", "mon snap ? jamais"),
    ("phone", "0161 496 0 7 3 2", "0161 496"),
    ("paid_ask", "tu prends cb", "tu prends le bus"),
    ("buyer_cue", "paying for company", "paying for the company"),
    ("hate_insinuation", "88 les gars, vous avez compris", "88 ans, vous avez compris"),
    # twenty-third sitting
    ("threat_direct", "imma end u", "imma end up there"),
    ("threat_direct", "jvais te b*ter", "jvais te b*iser"),
    ("threat_harm", "t'auras plus de dents", "t'auras plus de temps"),
    ("threat_harm", "u won't have any kneecaps left", "u won't have any cake left"),
    ("threat_trigger", "next time you see me", "next time you see her"),
    (
        "threat_trigger",
        "la prochaine fois que tu me croises",
        "la prochaine fois que tu croises Léa",
    ),
    (
        "violence_act",
        "on lui fait comprendre à coups de poing",
        "on lui fait comprendre en dessins",
    ),
    ("violence_act", "on le coince à 4 et il va morfler", "on le coince à 4 et il va rire"),
    ("threat_property", "ta caisse qui crame ça serait dommage", "ta caisse qui crame de l'huile"),
    ("threat_veiled", "we'll meet again and u won't be laughing", "we'll meet again and laugh"),
    ("threat_leaving", "tu l'as bien cherché", "tu l'as cherché partout"),
    ("sv_stealthing", "retirer la capote en loucedé", "retirer la capote en loucedé de ton sac"),
    ("sv_excuse", "il a rien fait de si grave", "il a rien fait de si drôle"),
    (
        "nonconsent_strong",
        "qu'elle soit bien ko pour tenter ma chance",
        "qu'elle soit ko pour dormir",
    ),
    ("ncii", "le dossier de la voisine, il tourne", "le dossier de la voisine, il est signé"),
    ("ncii_fake", "un montage de ta sœur à poil", "un montage de ta sœur à la plage"),
    ("ncii_name_target", "exgf_leaks", "gf_leaks"),
    ("slur_strong", "shitskins", "skins"),
    ("hate_phrase", "adolf_88", "adolf_1988"),
    ("hate_phrase", "14 words for whites", "14 words for kids"),
    (
        "hate_insinuation",
        "in the news again, we all know what urban means",
        "in the news again, we all know what urban means for the council",
    ),
    ("sex_explicit", "laquelle est la meilleure au lit", "le meilleur bed and breakfast"),
    ("drug_substance", "0xy 30s", "0x 30s"),
    ("escort_ad", "Roses 200 per hr", "Roses 200 per stem"),
    ("pimp_cue", "i handle clients", "i handle clay"),
    ("pimp_cue", "60/40 split", "60/40 vote"),
    (
        "doxx_name",
        "is actually Tom B., works at the bakery",
        "is actually Tom, works at the bakery",
    ),
    ("phone", "06 12 34... et la fin c'est 56 78", "06 12 34... et la fin du film"),
    (
        "doxx_harass",
        "je coupe pour pas me faire ban",
        "je coupe le gâteau pour pas me faire gronder",
    ),
    # twenty-second sitting
    ("ncii_fake", "une app qui retire les vêtements", "une app qui retire les taches"),
    ("ncii_fake", "a bot that removes her clothes", "a bot that removes spam"),
    ("ncii_fake", "un deepfake de ma voisine en porno", "un deepfake de Macron en discours"),
    ("covert_device", "a cam inside the smoke alarm", "a battery inside the smoke alarm"),
    ("covert_device", "une caméra dans le réveil", "une pile dans le réveil"),
    ("ncii_filmed", "j'ai filmé deux nanas", "j'ai filmé deux chats"),
    ("ncii_private", "screenshot de sa story privée", "story privée"),
    ("ncii_private", "on her close friends, screenshotted it", "on her close friends list"),
    ("threat_leaving", "si tu reviens pas avec moi", "si tu viens pas avec moi"),
    ("threat_leaving", "block me again", "block the door again"),
    (
        "sv_refusal_denied",
        "elle m'a dit non mais j'ai continué",
        "elle m'a dit non donc j'ai arrêté",
    ),
    ("sv_refusal_denied", "she kept saying no, i carried on", "she kept saying no, so i left"),
    ("sv_counter", "those jokes aren't banter", "those jokes are banter"),
    ("sv_unaware", "till she can't walk", "till she can walk"),
    ("sv_group", "me and the boys are taking her home", "me and the boys are taking the bus"),
    ("sv_excuse", "pas de chance de s'être fait choper", "pas de chance au loto"),
    ("sv_excuse", "they just got unlucky getting caught", "they just got unlucky"),
    ("sv_discussion", "ils ont arrêté le voisin", "ils ont arrosé le voisin"),
    ("sv_discussion", "the new law on it", "the new lawn"),
    ("threat_direct", "tu vas ramasser tes dents", "tu vas brosser tes dents"),
    ("threat_direct", "u'll be drinking through a straw", "u'll be drinking a smoothie"),
    ("threat_consequence", "t'en auras besoin pour te ramasser", "t'en auras besoin demain"),
    ("threat_dare", "bring ur boys, u'll need them", "bring ur boys, it's a party"),
    ("threat_incite", "someone should put him six feet under", "someone should put him on"),
    (
        "threat_known",
        "we know what time ur son gets out",
        "we know what time the shop opens",
    ),
    ("threat_veiled", "they deserve what's coming", "they deserve a break"),
    (
        "threat_veiled",
        "ces types méritent une raclée",
        "ces types méritent une médaille",
    ),
    ("doxx_name", "l'admin Tox78 en vrai c'est Paul Martin", "l'admin Tox78 en vrai est sympa"),
    ("doxx_name", "c'est Marc T. il bosse à la poste", "c'est Marc il bosse à la poste"),
    ("doxx_name", "sa voiture c'est une clio", "ma voiture c'est une clio"),
    ("doxx_locate", "c'est Anne Roy, infirmière à l'hôpital", "infirmière à l'hôpital"),
    ("doxx_locate", "parked every night outside", "parked outside"),
    ("doxx_locate", "caisse 3", "caisse enregistreuse"),
    ("doxx_third", "Inès de 4e A sort à 17h", "Inès de 4e A a gagné"),
    ("doxx_harass", "ring her and tell her", "ring the bell, tell her"),
    ("doxx_harass", "elle sort à 16h par la porte de derrière", "elle sort à 16h"),
    # twenty-first sitting
    ("threat_advice", "un conseil d'ami", "un conseil de classe"),
    ("threat_unsafe", "c'est pas safe pour toi en ce moment", "c'est pas safe pour le chien"),
    ("threat_unsafe", "not safe for u anymore", "not safe for work"),
    ("threat_avoid", "dont walk home thru the park anymore", "dont walk home thru the park"),
    ("threat_avoid", "change d'itinéraire", "change d'avis"),
    ("threat_confirm", "elle sort à 16h, c bien ça ?", "c bien ça"),
    ("threat_known", "ta petite soeur elle sort à 16h30", "ta petite soeur elle sort avec Max"),
    ("threat_known", "je sais dans quel lycée t'es", "je sais dans quel lycée aller"),
    ("threat_known", "j'ai le double de tes clés", "j'ai le double de ton âge"),
    ("threat_known_then", "wouldnt leave it there if i were u", "would leave it there if i were u"),
    ("threat_known_then", "dis lui de bien regarder derrière lui", "dis lui de regarder le match"),
    ("threat_known_then", "un soir jte cueille en bas", "un soir je cueille des fraises"),
    ("threat_trigger", "we'll be waiting by the gates", "we'll be waiting for the bus"),
    ("threat_trigger", "better hope i dont see him", "hope i see him"),
    ("threat_witness", "si tu dis un mot aux surveillants", "si tu dis un mot gentil"),
    ("threat_witness", "tell anyone about it and we'll", "tell anyone who asks"),
    ("threat_consequence", "or ur jaw pays for it", "or the bank pays for it"),
    ("threat_consequence", "hes leavin in an ambulance", "hes leavin in an hour"),
    (
        "threat_consequence",
        "sinon c'est ta tête qui rembourse",
        "sinon c'est ta mère qui rembourse",
    ),
    ("threat_consequence", "and its not for a cuppa", "and its time for a cuppa"),
    ("threat_visit", "im coming round to urs", "im coming round to the idea"),
    ("threat_harm", "la prochaine fois c'est pas des mots", "la prochaine fois c'est moi"),
    ("threat_harm", "vont finir en sac poubelle", "vont finir en beauté"),
    ("threat_plan", "un par un", "un pour tous"),
    ("threat_dare", "pull up n find out", "pull up the chart"),
    ("threat_direct", "ur gettin shanked", "ur gettin old"),
    (
        "threat_direct",
        "what i did to the last guy who crossed me? ur next",
        "what i did last summer",
    ),
    ("threat_veiled", "on se recroisera, le monde est petit", "le monde est petit"),
    ("threat_veiled", "enjoy ur last peaceful week", "enjoy ur week"),
    (
        "threat_veiled",
        "profite bien de ta tranquillité tant que ça dure",
        "profite bien de ta soirée",
    ),
    ("threat_veiled", "je vais faire de ta vie un enfer", "je vais faire de ta vie un roman"),
    ("threat_veiled", "somewhere the mods cant see", "the mods cant see it"),
    ("violence_act", "10 deep to his block", "10 deep in the queue"),
    ("extort_or", "200€ ou jlui raconte tout", "200€ ou rien"),
    ("extort_or", "or ur whole follower list gets the screenshots", "or ur whole list gets lost"),
    ("ncii_fake", "run it thru the undress app", "run it thru the app"),
    ("ncii_fake", "je te la déshabille avec l'appli", "je te la prête avec l'appli"),
    (
        "sv_stealthing",
        "jle retire en cours de route, elle voit rien",
        "jle retire en cours de route",
    ),
    (
        "sv_refusal_denied",
        "once shes in ur room she cant change her mind",
        "she cant change her mind",
    ),
    ("name_child_sexual", "daddy4highschoolers", "highschoolers"),
    ("doxx_name", "PinkFox is actually Sarah from the vets", "PinkFox is actually great"),
    ("doxx_locate", "Sarah from the vets on Mill Lane", "Sarah from the vets"),
    ("doxx_harass", "plenty of eggs at asda", "plenty of eggs in the fridge"),
    ("doxx_ask", "qqn sait où il crèche", "qqn sait où est la gare"),
    # twentieth sitting
    ("threat_return", "je reviens avec de quoi", "je reviens avec plaisir"),
    ("threat_return", "when i turn up at the office with", "when i turn up at the office"),
    ("threat_carnage", "ça va faire un carnage", "ça va faire un carton"),
    ("threat_carnage", "that school is gonna be on the news", "that school is gonna be on the map"),
    ("threat_next", "tu connais la suite", "tu connais la suite de la série ?"),
    ("threat_next", "u know what happens next", "u know what happens next in the book?"),
    (
        "threat_direct",
        "call the cops and say there's a gun at his place",
        "call the cops and say what you saw",
    ),
    ("threat_direct", "tu vas finir dans le canal", "tu vas finir dans le top 10"),
    ("threat_consequence", "tu repars en ambulance", "tu repars en bus"),
    ("threat_known", "found ur nan's address", "found ur nan's recipe"),
    ("threat_known_then", "she's still on Hill Road", "she's still on holiday"),
    ("threat_veiled", "watch urself, that's all im saying", "watch ur step"),
    ("threat_veiled", "sleep well while u still can", "sleep well, see u tomorrow"),
    ("threat_witness", "he snitched on my cousin", "he snitched a biscuit"),
    ("threat_visit", "gonna pay his mum a visit", "gonna pay his mum back"),
    (
        "threat_trigger",
        "la prochaine fois que je te croise",
        "la prochaine fois qu'on se croise au marché",
    ),
    ("threat_leaving", "if she dumps me", "if she dumps the old sofa"),
    ("ncii_spread", "finissent sur tous les sites", "finissent sur la table"),
    ("extort_or", "soit tu en refais une soit celle d'hier", "soit tu viens soit tu appelles"),
    ("extort_or", "or the one from yesterday goes to", "or the one from yesterday"),
    ("extort_exposure", "all ur followers", "all ur fault"),
    ("sv_deserved", "she deserved it", "she deserved the award"),
    ("sv_refusal_denied", "she owes him, whether she's into it or not", "she owes him a fiver"),
    ("sv_refusal_denied", "lock the car doors and she'll give in", "lock the car doors at night"),
    ("sv_unaware", "she won't feel a thing", "she won't feel the cold"),
    ("sv_excuse", "so it still counts", "the goal counts for the league"),
    ("ncii_filmed", "filmed her while we were at it", "filmed her while we were at the beach"),
    ("doxx_harass", "ring it at 3am", "ring it at 3pm"),
    ("doxx_harass", "post it everywhere", "post it tomorrow"),
    ("doxx_third", "his landline", "his land"),
    ("doxx_third", "her kid goes to Elm primary", "her kid goes to sleep"),
    ("doxx_name", "Jo_77 irl is Joanna Lee, works at", "Jo irl is lovely"),
    ("doxx_name", "the real name of the mod is", "the real name of that song is"),
    ("doxx_ask", "anyone know where the guy from the bar lives", "anyone know where the bar is"),
    ("paid_ask", "t'es à combien", "t'es où"),
    ("paid_time", "a dinner and the rest", "a dinner and a movie"),
    ("hate_attack", "are a waste of taxpayers money", "are a waste of time"),
    ("name_minor_plan", "rencontre adultes x collégiennes", "rencontre parents x profs"),
    ("minor_word", "un gosse de 12 ans", "salut beau gosse"),
    ("violence_act", "we're gonna batter them", "we're gonna batter them sunday"),
    # nineteenth sitting
    ("laughter", "je vais te tuer mdr", "je vais te tuer à fifa"),
    ("threat_when", "je te trouve demain", "je te trouve devant ton taf"),
    ("threat_demand", "retire ta plainte", "retire ta veste"),
    ("threat_demand", "take that review down", "take that box down"),
    ("threat_dare", "ramène tes potes si t'en as", "ramène tes potes ce soir"),
    ("threat_provoke", "continue à faire le malin", "continue à faire le gâteau"),
    ("threat_plan", "c'est prévu pour samedi", "c'est prévu pour 20 personnes"),
    ("threat_consequence", "tu rentres plus chez toi", "tu rentres chez toi ?"),
    ("threat_consequence", "you won't make it to monday", "you'll make it to monday"),
    ("threat_consequence", "anything could happen to it", "anything could happen tonight"),
    ("threat_witness", "if you testify", "if you text me"),
    ("threat_known", "il sait déjà où tu crèches", "il sait déjà où est la crèche"),
    ("threat_known", "ta femme elle bosse à la mairie", "ma femme elle bosse à la mairie"),
    ("threat_known_then", "les rues sont sombres", "les rues sont propres"),
    ("threat_veiled", "ça va mal se terminer pour toi", "ça va mal se terminer pour le film"),
    ("threat_veiled", "you're gonna regret this", "you're gonna love this"),
    ("threat_deadline", "j'te laisse 48h", "j'te laisse 48 euros"),
    ("threat_direct", "on va te faire une tête au carré", "on va te faire un gâteau carré"),
    ("threat_serious", "not even joking", "not even close"),
    ("threat_harm", "défoncer ta gueule", "défoncer la porte du garage"),
    (
        "threat_trigger",
        "me n the lads r waiting by the chippy",
        "me n the lads r waiting for the bus",
    ),
    ("threat_visit", "on va passer te dire bonjour", "on va passer te prendre"),
    ("threat_shame", "ça serait con que ton", "ça serait cool que ton"),
    ("extort_exposure", "ton secret sorte", "ton secret de cuisine"),
    ("extort_condition", "et tout ira bien", "et tout ira vite"),
    ("violence_act", "beat him up", "beat him at chess"),
    ("fiction_quote", "dans mon polar", "dans mon bureau"),
    ("threat_leaving", "tu m'as largué", "tu m'as aidé"),
    ("ncii_spread", "vont tourner sur tous les groupes", "vont tourner un film"),
    ("sv_clothing", "avec sa jupe", "avec sa soeur"),
    ("sv_deserved", "bien fait pour elle", "bien pour elle"),
    ("sv_aftermath", "la suite vous devinez", "la suite au prochain épisode"),
    ("sv_apologism", "un viol c'est juste un rapport qui a mal tourné", "un viol c'est un crime"),
    ("sv_refusal_denied", "ma femme a pas à refuser", "ma femme a pas à payer"),
    ("sv_group", "on va s'occuper d'elle", "on va s'occuper du chien"),
    ("sv_opportunity", "elles dorment, on s'amuse", "elles dorment, on range"),
    ("sv_covert_drug", "mis 2 cachets dans son verre", "mis 2 glaçons dans son verre"),
    ("name_child_sexual", "daddy4youngteens", "daddy4life"),
    ("school_year", "the year 9 girls", "a 9 year old dog"),
    ("minor_word", "les enfants", "quand les enfants dorment"),
    ("phone", "0.6.1.2.3.4.5.6.7.8", "0.6.1.2"),
    ("doxx_harass", "call this clown", "call this number for help"),
    ("doxx_third", "his dad's landline", "his dad's car"),
    ("doxx_name", "le modo Zorro c'est Paul Martin", "le modo Zorro c'est nous"),
    ("doxx_ask", "anyone got her home address", "anyone got the home address of the venue"),
    ("handle_give", "mon snap", "je donne pas mon snap"),
    ("drug_slang", "me dépanner en C", "me dépanner en voiture"),
    ("drug_price_strong", "an 8th for 25", "an 8th of the pie"),
    ("drug_substance", "pre-rolls", "pre-order"),
    ("dealer_word", "need a plug", "need a plug adaptor"),
    ("hate_topic", "14 words", "14 pages"),
    ("hate_wink", "if u know u know", "if u know the way"),
    ("slur_strong", "sale con", "ça serait con"),
    ("escort_weak", "je reçois", "je vous reçois bien"),
    # twenty-fifth sitting
    (
        "threat_direct",
        "j'ai de la place sous le patio pour toi",
        "j'ai de la place sous le patio pour tes pots",
    ),
    (
        "threat_direct",
        "no cash and we collect from your face",
        "no cash and we collect from your house",
    ),
    ("threat_direct", "tes freins ils lâcheraient vite", "tes freins ils grincent vite"),
    ("threat_direct", "enjoy your last week", "enjoy your last week of school"),
    ("threat_direct", "dis à ta sœur qu'on l'attend", "dis à ta sœur qu'on l'aime"),
    ("threat_property", "ou ta vitrine prend feu", "ta vitrine a pris le soleil"),
    (
        "threat_property",
        "ta maison pourrait prendre feu, surtout si je passe",
        "ta maison pourrait prendre feu, vérifie le tableau",
    ),
    ("threat_serious", "swear down", "swear words"),
    ("threat_trigger", "grass me up again", "grass me some seeds again"),
    ("threat_dare", "bring ur mates if u want", "bring ur mates to the party"),
    ("threat_consequence", "tu reverras plus ta mère", "tu reverras ta mère dimanche"),
    ("extort_or", "ou jdis à ta femme", "ou je dis bonjour à ta femme"),
    ("violence_act", "la raclée de la balance", "la raclée au tournoi de pétanque"),
    ("threat_vague", "ça va mal tourner pour ta gueule", "ça va mal tourner pour la météo"),
    ("sv_apologism", "real men don't ask, they take", "real men don't ask for directions"),
    ("sv_excuse", "the husband said it was fine", "the teacher said it was fine"),
    ("nonconsent_strong", "she cried but didn't stop me", "she cried at the film but loved it"),
    (
        "nonconsent_strong",
        "si elle dort c'est plus simple",
        "si elle dort c'est plus simple de ranger",
    ),
    (
        "sv_stealthing",
        "la capote je l'ai retirée, elle s'en est même pas rendu compte",
        "la capote je l'ai retirée du panier",
    ),
    ("sv_counter", "une tenue c'est pas une invitation", "une tenue pour l'invitation"),
    ("sv_unaware", "she won't remember", "after the anaesthetic she won't remember"),
    ("sv_refusal_denied", "pas lui demander son avis", "pas lui demander son avis pour la déco"),
    ("sv_deserved", "elle l'a cherché", "elle l'a cherché partout"),
    (
        "sv_discussion",
        "ma sœur m'a dit qu'un mec voulait ça, on prévient le bar ?",
        "ma sœur m'a dit qu'elle venait",
    ),
    ("ncii_target", "les photos de vos ex", "les photos de vos ex-voitures"),
    ("ncii_name_target", "vos ex", "vos ex-caisses"),
    ("ncii_private", "ton anatomie", "l'anatomie du genou"),
    ("ncii_spread", "all over reddit", "all over the kitchen"),
    ("ncii_gap", "par la fente", "par la fenêtre"),
    ("covert_device", "camcachée", "caméra de recul"),
    ("covert_capture", "shower vids from the halls", "shower gel from the halls"),
    (
        "ncii",
        "une appli espion sur le tel de ma copine, toute sa galerie",
        "une appli météo sur le tel de ma copine, toute sa galerie",
    ),
    ("slur_strong", "those p*kis", "called me a p*ki"),
    ("hate_group", "illegals", "illegal parking"),
    ("hate_attack", "why do they even get to vote", "why do they even get to play"),
    ("hate_phrase", "t'es une meuf, retourne à ta cuisine", "chef, retourne à ta cuisine"),
    ("hate_phrase", "remigrate_now", "re_migrate_birds"),
    ("hate_insinuation", "pas étonnant vu son prénom", "pas étonnant vu son âge"),
    ("hate_insinuation", "13/50 am i right", "j'ai eu 13/50 au contrôle, dur"),
    ("paid_sex", "escort girl ce soir", "Ford Escort Owners"),
    ("paid_ask", "how much for an hour", "how much for an hour of guitar lessons"),
    ("paid_review", "how much for an hour", "how much for an hour of piano lessons"),
    ("sex_mild", "keep me warm tonight", "keep me warm at the bonfire"),
    ("doxx_harass", "va la voir et fais lui peur", "va la voir et fais lui un câlin"),
    ("doxx_third", "post the addresses of the", "post the parcels of the"),
    ("doxx_ask", "anyone got the address of that streamer", "anyone got the name of that streamer"),
    ("sex_mild", "cherche dame pour nuits torrides", "cherche dame pour nuits au camping"),
    (
        "sex_explicit",
        "plutôt dessus ou dessous au lit ?",
        "plutôt dessus ou dessous du lit superposé ?",
    ),
    ("sex_solicit", "any lads in Leeds", "any lads at the match"),
    # twenty-seventh sitting
    ("game_context", "t'es mort au prochain round, je tiens B long", "t'es mort au prochain rdv"),
    ("threat_property", "ta voiture va brûler", "ta bouche va brûler"),
    (
        "fiction_quote",
        "mods, he sent me a threat in dms, screenshots attached",
        "mods, he sent me a threat in dms, what do i do",
    ),
    (
        "nonconsent_strong",
        "elle a dit stop mais j'allais pas m'arrêter",
        "elle a dit stop au bus mais il allait pas s'arrêter",
    ),
    (
        "nonconsent",
        "soirées où on se souvient de rien le lendemain",
        "soirées où on se souvient de rien le lendemain tellement on a ri",
    ),
    ("ncii_private", "leaks de ses nudes", "Leaks de vos ex-équipes"),
    ("image_word", "le dossier de la stagiaire", "le dossier de ma voisine circule à la mairie"),
    ("scam", "je t'offre une carte cadeau", "je t'offre une carte cadeau pour ton anniv"),
    ("paid_sex", "escort girl ce soir", "Escort RS2000"),
    ("sex_mild", "coquin ce soir", "coquin le chat"),
    ("sex_explicit", "suce moi", "suce pain"),
    ("drug_substance", "de la snow", "snow chamonix"),
    ("dealer_word", "mon plug", "quel plug connecté"),
]


def test_verb_slots_expand_to_the_chat_forms_of_the_verb() -> None:
    source = "[groups.g]\npatterns = ['(?:je |j)(?:vais )?te <tuer>']\nterms = ['on va <buter>']\n"
    lexicon = load_lexicon({"t.toml": source})
    for text in ("je vais te tuer", "je te tue", "je te tuerai", "jte tuerais", "je te tuééé",
                 "on va butte", "on va butter", "on va buté"):  # fmt: skip
        assert lexicon.scan(normalize(text)) != {}, text
    assert lexicon.scan(normalize("je te tutoie")) == {}


def test_an_unknown_verb_slot_fails_loudly() -> None:
    with pytest.raises(ValueError, match="<boire>"):
        load_lexicon({"t.toml": "[groups.g]\npatterns = ['<boire>']\n"})
    verbs = "[verbs]\nboire = ['bois', 'boit', 'boirai']\n"
    lexicon = load_lexicon({"t.toml": verbs + "[groups.g]\npatterns = ['<boire>']\n"})
    assert lexicon.scan(normalize("je boirai")) == {"g": ["boirai"]}


SCUNTHORPE = [
    "on va à Connaux ce week-end",
    "ma tante habite à Bitche",
    "je bosse comme consultant",
    "les randos autour de Sainte-Verge",
    "Montcuq dans le Lot",
    "I'm visiting Scunthorpe next week",
    "Penistone is a lovely town",
    "cc ça va ?",
    "tuer le temps",
    "joint de culasse",
    "coke zero",
    "la sixième symphonie",
    "prof des écoles",
]


def hits(text: str) -> dict[str, list[str]]:
    return LEXICON.scan(normalize(text, LEXICON.emoji_book))


@pytest.mark.parametrize(("group", "positive", "negative"), CASES)
def test_group_matches_its_examples_and_not_its_look_alikes(
    group: str, positive: str, negative: str
) -> None:
    assert group in hits(positive), f"{group} should match {positive!r}"
    assert group not in hits(negative), f"{group} should not match {negative!r}"


def test_every_group_has_a_case() -> None:
    assert set(LEXICON.groups) == {group for group, _, _ in CASES}


@pytest.mark.parametrize(
    ("subset", "group"),
    [
        ("paid_weak", "paid_sex"),
        ("threat_yours", "threat_where"),
        ("laughter", "game_context"),
        ("threat_when", "threat_where"),
        ("escort_weak", "escort_ad"),
    ],
)
def test_a_group_that_marks_some_hits_of_another_lists_only_its_terms(
    subset: str, group: str
) -> None:
    """`rules.py` reads `paid_weak` and `threat_yours` by the strings they share with
    `paid_sex` and `threat_where` ("prestation*" covers "prestations"): a term of the
    first missing from the second would never count."""
    groups = {
        name: table
        for path in sorted(LEXICON_DIR.glob("*.toml"))
        for name, table in tomllib.loads(path.read_text("utf-8"))["groups"].items()
    }
    terms = groups[group]["terms"]
    for term in groups[subset]["terms"]:
        assert any(t == term or (t.endswith("*") and term.startswith(t[:-1])) for t in terms), term
    assert "patterns" not in groups[subset]


@pytest.mark.parametrize("text", SCUNTHORPE)
def test_place_names_and_everyday_words_hit_no_harm_group(text: str) -> None:
    harmful = {
        "drug_substance",
        "sex_explicit",
        "slur_strong",
        "slur_weak",
        "nonconsent",
        "nonconsent_strong",
        "threat_direct",
        "csam_term",
        "ncii",
    }
    assert harmful.isdisjoint(hits(text))


def test_terms_ignore_repeated_letters() -> None:
    assert word_key("saloppe") == word_key("salope")
    assert word_key("lol") != word_key("loi")


def test_digits_are_never_squeezed() -> None:
    """A price of 148 euros is not the neo-Nazi code 1488, nor 8 the code 88."""
    assert word_key("1488") == "1488" != word_key("148")
    assert word_key("88") != word_key("8")
    assert "hate_phrase" not in hits("le pull coute 148 euros")
    assert "hate_phrase" in hits("1488")


@pytest.mark.parametrize(
    ("text", "group"), [("sa1ope", "sex_explicit"), ("p1an cu1", "sex_explicit")]
)
def test_leet_one_is_read_as_i_or_l(text: str, group: str) -> None:
    assert group in hits(text)


def test_star_matches_any_ending_and_misplaced_star_is_refused() -> None:
    lexicon = load_lexicon({"t.toml": '[groups.g]\nterms = ["livr*"]\n'})
    norm = normalize("je livre ce soir")
    assert lexicon.scan(norm) == {"g": ["livre"]}
    with pytest.raises(ValueError):
        compile_term("li*vr")


@pytest.mark.parametrize(
    "source",
    [
        '[groups.g]\nterms = "not a list"\n',
        '[groups.g]\nview = "other"\n',
        "[groups.g\n",
    ],
)
def test_malformed_lexicon_files_fail_loudly(source: str) -> None:
    with pytest.raises(ValueError):
        load_lexicon({"bad.toml": source})


def test_a_group_defined_twice_is_refused() -> None:
    source = '[groups.g]\nterms = ["a"]\n'
    with pytest.raises(ValueError, match="twice"):
        load_lexicon({"a.toml": source, "b.toml": source})


def test_the_lexicon_version_names_every_file() -> None:
    for name in ("drugs", "child_safety", "sexual", "violence", "contact", "hate", "spam"):
        assert f"{name}@" in LEXICON.version
