"""The engine's verdicts: context, names, emoji codes, severe categories, reasons."""

from __future__ import annotations

from typing import Any

import pytest

from causette.domain.profile import AgeBand
from causette.domain.rooms import RoomKind
from causette.moderation.engine import Engine
from causette.moderation.policy import reason_for
from causette.moderation.verdict import CATEGORIES, Action, Context, TextKind, Verdict

ENGINE = Engine.default()
ADULT, MINOR = AgeBand.ADULT, AgeBand.MINOR

GENERAL = Context(TextKind.MESSAGE, RoomKind.GENERAL, ADULT)
ADULT_ROOM = Context(TextKind.MESSAGE, RoomKind.ADULT, ADULT)
TEEN_ROOM = Context(TextKind.MESSAGE, RoomKind.TEEN, MINOR)
PSEUDONYM = Context(TextKind.PSEUDONYM, None, ADULT)
ROOM_NAME = Context(TextKind.ROOM_NAME, RoomKind.GENERAL, ADULT)
DM_ADULTS = Context(TextKind.PRIVATE_MESSAGE, None, ADULT, ADULT)
DM_ADULT_TO_MINOR = Context(TextKind.PRIVATE_MESSAGE, None, ADULT, MINOR)
DM_MINORS = Context(TextKind.PRIVATE_MESSAGE, None, MINOR, MINOR)


def check(text: str, ctx: Context = GENERAL) -> Verdict:
    return ENGINE.check(text, ctx)


# --- the same text in different contexts -------------------------------------------


def test_sexual_solicitation_is_allowed_in_adult_rooms_and_reviewed_in_general_rooms() -> None:
    text = "qui veut faire un plan cul ce soir dep 33"
    assert check(text, ADULT_ROOM).action is Action.ALLOW
    general = check(text, GENERAL)
    assert general.action is Action.REVIEW
    assert general.categories == ("sexual",)


def test_sexual_talk_in_a_teen_room_is_blocked_with_the_helpline_note() -> None:
    verdict = check("des meufs chaudes pour sexter ce soir ?", TEEN_ROOM)
    assert verdict.action is Action.BLOCK
    assert verdict.safety_note
    assert any("3018" in reason for reason in verdict.reasons)


def test_sexual_text_from_an_adult_to_a_minor_is_child_safety() -> None:
    verdict = check(
        "je suis en manque, qui veut venir chez moi pour un câlin coquin", DM_ADULT_TO_MINOR
    )
    assert verdict.action is Action.BLOCK
    assert verdict.categories[0] == "child_safety"
    assert verdict.escalate and verdict.safety_note


def test_off_platform_handles_are_fine_between_adults_and_held_near_minors() -> None:
    text = "ajoute moi sur snap c'est plus simple : julien.r92"
    assert check(text, DM_ADULTS).action is Action.ALLOW
    teen = check(text, DM_MINORS)
    assert teen.action is Action.REVIEW
    assert teen.safety_note
    adult_to_minor = check(text, DM_ADULT_TO_MINOR)
    assert adult_to_minor.action is Action.BLOCK
    assert adult_to_minor.categories[0] == "child_safety"


def test_a_minor_posting_a_phone_number_in_a_teen_room_is_held() -> None:
    verdict = check("mon num c'est le 06 39 98 71 23 écrivez moi", TEEN_ROOM)
    assert verdict.action is Action.REVIEW
    assert verdict.categories == ("doxxing",)
    assert verdict.safety_note


def test_own_number_between_adults_passes_but_someone_elses_is_doxxing() -> None:
    assert check("mon 06 c'est le 06 39 98 40 77, appelle moi", DM_ADULTS).allowed
    verdict = check("voilà le num de cette balance : 06 39 98 12 45, appelez la tous")
    assert verdict.action is Action.BLOCK
    assert verdict.categories == ("doxxing",)


# --- names are stricter -------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("À son insu", "sexual_violence"),
        ("PriseDeForce", "sexual_violence"),
        ("lycéennes chaudes", "child_safety"),
        ("Plans cul Marseille", "sexual"),
    ],
)
def test_room_names_from_the_issue_are_refused(name: str, category: str) -> None:
    verdict = check(name, ROOM_NAME)
    assert verdict.action is Action.BLOCK
    assert verdict.categories[0] == category
    assert verdict.reasons[0].startswith("Nom de salon refusé")


def test_sexual_room_name_is_fine_for_an_adult_room() -> None:
    ctx = Context(TextKind.ROOM_NAME, RoomKind.ADULT, ADULT)
    assert check("Plans cul Marseille", ctx).allowed


@pytest.mark.parametrize(
    "name", ["grosse_queue_69", "baiseur_fou", "forceur_de_meufs", "plug_beuh75"]
)
def test_harmful_pseudonyms_are_refused(name: str) -> None:
    verdict = check(name, PSEUDONYM)
    assert verdict.action is Action.BLOCK
    assert verdict.reasons[0].startswith("Pseudo refusé")


def test_a_name_held_for_review_is_refused_with_a_request_for_another() -> None:
    """Names are refused when chosen, whatever the action: no review, no appeal is promised."""
    for kind, ending in (
        (TextKind.PSEUDONYM, "Choisissez-en un autre."),
        (TextKind.ROOM_NAME, "Choisissez un autre nom."),
        (TextKind.ROOM_TOPIC, "Choisissez un autre sujet."),
    ):
        for action in (Action.REVIEW, Action.BLOCK):
            reason = reason_for("drugs", "drugs.sale.offer", action, kind)
            assert reason.endswith(ending), reason
            assert "refusé" in reason and "appel" not in reason and "attente" not in reason
    message = reason_for("drugs", "drugs.emoji_code", Action.REVIEW, TextKind.MESSAGE)
    assert "en attente de vérification" in message


@pytest.mark.parametrize("name", ["Lucie_du_Nord", "tom_basket", "FlocondeNeige", "sarah_hikes"])
def test_ordinary_pseudonyms_pass(name: str) -> None:
    assert check(name, PSEUDONYM).allowed


# --- emoji codes --------------------------------------------------------------------


@pytest.mark.parametrize("text", ["❄️", "🍃", "🔌", "❄️ dispo 🔌", "🍃🍃 dm"])
def test_emoji_codes_alone_are_reviewed_never_blocked(text: str) -> None:
    verdict = check(text)
    assert verdict.action is Action.REVIEW
    assert verdict.categories == ("drugs",)


@pytest.mark.parametrize(
    "text", ["le ski ce week-end ❄️ y avait de la poudreuse", "bonjour de Guadeloupe 🌴"]
)
def test_emoji_codes_in_ordinary_sentences_pass(text: str) -> None:
    assert check(text).allowed


# --- severe categories --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("l'idée de forcer une femme ça m'excite grave", "sexual_violence"),
        ("du GHB dans son verre et t'es tranquille toute la nuit", "sexual_violence"),
        ("qui veut les nudes de mon ex ? je balance tout", "ncii"),
        ("caméra cachée dans les vestiaires, vidéos dispo", "ncii"),
        ("je cherche des jeunes filles de 14-15 ans pour discuter en privé", "child_safety"),
    ],
)
def test_severe_categories_block_and_escalate(text: str, category: str) -> None:
    verdict = check(text)
    assert verdict.action is Action.BLOCK
    assert verdict.categories[0] == category
    assert verdict.escalate


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Coke dispo de qualité, livraison rapide sur Paris mp moi", "drugs"),
        ("c.o.k.e dispo mp", "drugs"),
        ("slt jai de la beuh 10e le g, dispo ce soir 93", "drugs"),
        ("massage + finition, 100 la demi heure, dispo ce soir 75", "prostitution"),
        ("je sais où tu habites, je vais venir te défoncer", "threat"),
        ("envoie 300€ ou j'envoie tes photos à tous tes contacts", "threat"),
        ("retourne dans ton pays sale noir", "hate"),
        ("GAGNEZ 500€ PAR JOUR depuis chez vous !!! cliquez ici bit.ly/xx", "spam"),
    ],
)
def test_other_harms_block_without_escalation(text: str, category: str) -> None:
    verdict = check(text)
    assert verdict.action is Action.BLOCK
    assert verdict.categories[0] == category
    assert not verdict.escalate


# --- talking about a thing is not doing it -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "je suis clean depuis 2 ans, la coke m'a tout pris",
        "le procès de Mazan m'a bouleversée",
        "les filles attention au GHB dans les verres",
        "je suis prof des écoles en CE2",
        "la sixième symphonie de Beethoven samedi",
        "une coke zero et l'addition svp",
        "cc tout le monde, ça va ?",
        "le joint de culasse de ma clio a lâché, 800 balles",
        "on tue le temps comme on peut",
        "on va à Connaux ce week-end",
        "ma tante habite à Bitche en Moselle",
        "je vais te défoncer à Mario Kart ce soir",
        "le revenge porn c'est 2 ans de prison",
        "la pédale de frein fait un bruit bizarre",
    ],
)
def test_talking_about_harm_passes(text: str) -> None:
    assert check(text).allowed, check(text).rules


# --- the verdict record ----------------------------------------------------------------


def test_every_verdict_records_rules_reasons_scores_and_versions() -> None:
    verdict = check("Coke dispo 60€ le g")
    assert verdict.rules and all("." in rule for rule in verdict.rules)
    assert verdict.reasons[0].startswith("Message refusé")
    assert "faire appel" in verdict.reasons[0]
    assert "lex:" in verdict.model_version and "model:" in verdict.model_version
    assert set(verdict.scores) <= set(CATEGORIES)
    assert verdict.to_json()["rules"] == list(verdict.rules)


def test_review_reason_tells_the_sender_it_is_being_checked() -> None:
    verdict = check("❄️")
    assert "vérification" in verdict.reasons[0]


@pytest.mark.parametrize("text", ["", " ", "\x00", "a" * 10_000, "🙂" * 500, "\u202e\u200d"])
def test_any_string_gets_a_verdict(text: str) -> None:
    assert isinstance(check(text).action, Action)


def test_an_engine_without_model_still_applies_the_rules() -> None:
    bare = Engine(ENGINE.lexicon, None)
    assert bare.check("Coke dispo 60€ le g", GENERAL).action is Action.BLOCK
    assert bare.check("bonne nuit tout le monde", GENERAL).allowed
    assert bare.check("Coke dispo 60€ le g", GENERAL).scores == {}


def test_model_inference_matches_the_plain_softmax() -> None:
    import math

    from causette.moderation.model import features

    model = ENGINE.model
    assert model is not None
    # Tokens like those the engine passes: the stacked model also reads the groups and rules.
    tokens = ("kind=message", "minor=False", "g:drug_sale", "g:drug_substance")
    feats = features("coke dispo livraison", (*tokens, "r:drugs.sale.offer"), model.char_sizes)
    logits = list(model.bias)
    for f in feats:
        for i, w in enumerate(model.weights.get(f, [0.0] * len(logits))):
            logits[i] += w
    exps = [math.exp(v - max(logits)) for v in logits]
    expected = {c: e / sum(exps) for c, e in zip(model.classes, exps, strict=True)}
    got = model.predict(feats)
    assert all(abs(got[c] - expected[c]) < 1e-9 for c in model.classes)
    assert max(got, key=lambda c: got[c]) == "drugs"


# --- a wider table of cases (tests/moderation/engine_cases.txt) -----------------------

CONTEXTS = {
    "gen": GENERAL,
    "adult": ADULT_ROOM,
    "teen": TEEN_ROOM,
    "pm": DM_ADULTS,
    "pm-a2m": DM_ADULT_TO_MINOR,
    "pm-m2m": DM_MINORS,
    "pseudo": PSEUDONYM,
    "room": ROOM_NAME,
    "aroom": Context(TextKind.ROOM_NAME, RoomKind.ADULT, ADULT),
    "teenroom": Context(TextKind.ROOM_NAME, RoomKind.TEEN, MINOR),
    "topic": Context(TextKind.ROOM_TOPIC, RoomKind.GENERAL, ADULT),
}


def _table() -> list[tuple[str, str, str, str]]:
    from pathlib import Path

    rows = []
    for line in (Path(__file__).parent / "engine_cases.txt").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            head, text = line.split(" | ", 1)
            expected, category, context = head.split()
            rows.append((expected, category, context, text))
    return rows


@pytest.mark.parametrize(("expected", "category", "context", "text"), _table())
def test_case_table(expected: str, category: str, context: str, text: str) -> None:
    verdict = check(text, CONTEXTS[context])
    if expected == "a":
        assert verdict.allowed, verdict.rules
        return
    assert not verdict.allowed
    if expected == "b":
        assert verdict.action is Action.BLOCK, verdict.rules
    assert category in verdict.categories, verdict.rules


def test_any_private_message_from_an_adult_to_a_minor_is_blocked() -> None:
    verdict = check("coucou, ça va ?", DM_ADULT_TO_MINOR)
    assert verdict.action is Action.BLOCK
    assert verdict.rules == ("child_safety.adult_dm",)
    assert verdict.safety_note
    assert check("coucou, ça va ?", DM_MINORS).allowed
    assert check("coucou, ça va ?", DM_ADULTS).allowed


@pytest.mark.parametrize(
    "text",
    ["A" * 40, "😂" * 20, "!" * 30, "mdr " * 12, "follow my twitch " * 4],
)
def test_floods_are_held_as_spam(text: str) -> None:
    verdict = check(text)
    assert verdict.action is Action.REVIEW
    assert "spam" in verdict.categories


@pytest.mark.parametrize("text", ["😂😂😂", "hahahahahaha trop drôle", "nooooon c'est pas vrai"])
def test_ordinary_enthusiasm_is_not_a_flood(text: str) -> None:
    assert check(text).allowed


@pytest.mark.parametrize("name", ["Rencontres ados", "Rencontre entre ados", "Rencontres ado"])
def test_a_name_about_meeting_teenagers_is_refused_outside_the_teen_community(name: str) -> None:
    """Minors never see these rooms, but the name says who it is for; tier 1's model
    (trained on sentences) may not clear a child-safety finding on a name."""
    for ctx in (
        Context(TextKind.ROOM_NAME, RoomKind.GENERAL, ADULT),
        Context(TextKind.ROOM_NAME, RoomKind.ADULT, ADULT),
        Context(TextKind.PSEUDONYM, None, ADULT),
    ):
        verdict = check(name, ctx)
        assert verdict.action is not Action.ALLOW, (name, ctx.kind)
        assert "child_safety.name_meet" in verdict.rules
    teen = check(name, Context(TextKind.ROOM_NAME, RoomKind.TEEN, MINOR))
    assert "child_safety.name_meet" not in teen.rules


@pytest.mark.parametrize(
    "name", ["Rencontres parents d'ados", "Club de foot ados", "Entraide devoirs ados"]
)
def test_names_about_teenagers_without_a_meeting_pass(name: str) -> None:
    assert check(name, Context(TextKind.ROOM_NAME, RoomKind.GENERAL, ADULT)).allowed


# --- rules of the seventh moderation sitting: each harmful text with its look-alike ----

TEEN_ROOM_NAME = Context(TextKind.ROOM_NAME, RoomKind.TEEN, MINOR)
SITTING_7 = [
    # Verb slots: conditional, phonetic spelling ("butte" for "buter").
    ("jte tuerais si tu recommences", GENERAL, "threat.violence",
     "je te tutoie, ça te dérange pas ?", DM_ADULTS),
    ("je vais te butte toi", GENERAL, "threat.violence",
     "ce boss je vais le buter, il m'a tué 10 fois", GENERAL),
    # "retrouver": a threat with a threat after it, a meeting with a time or a place.
    ("je vais te retrouver et tu vas regretter", GENERAL, "threat.violence",
     "je te retrouve à 18h devant le ciné", GENERAL),
    ("je te retrouverai où que tu sois", GENERAL, "threat.violence",
     "je te retrouve au café vers 15h, je serai en veste bleue", DM_ADULTS),
    # Threats against a relative of the reader.
    ("je vais buter ton frère", GENERAL, "threat.third_party",
     "je vais appeler ton frère pour le déménagement", GENERAL),
    ("ta sœur va prendre, préviens-la", GENERAL, "threat.third_party",
     "ta sœur va prendre le bus de 8h", GENERAL),
    ("on va défoncer ton cousin à la sortie", GENERAL, "threat.third_party",
     "je vais défoncer ton frère à Mario Kart", GENERAL),
    # Pay or else.
    ("si tu ne m'envoies pas 300 € je montre tout à ta copine", DM_ADULTS, "threat.extortion",
     "si tu ne m'envoies pas le devis avant lundi je prends un autre artisan", DM_ADULTS),
    ("si tu me réponds pas je dis tout à tes parents", DM_ADULTS, "threat.extortion",
     "on me demande 300 € sinon il publie mes photos, je fais quoi ? j'ai porté plainte",
     GENERAL),
    # Rape apologism; not a trial, a rebuttal or a victim's account.
    ("vu comment elle était habillée, elle méritait ce qui lui est arrivé", GENERAL,
     "sexual_violence.apologism",
     "le procès de Mazan a montré l'ampleur de la soumission chimique", GENERAL),
    ("ces filles l'avaient bien cherché franchement", GENERAL, "sexual_violence.apologism",
     "arrêtez de dire qu'elle l'avait bien cherché, c'est jamais la faute de la victime",
     GENERAL),
    ("respect aux violeurs", GENERAL, "sexual_violence.apologism",
     "il m'a dit que je l'avais bien cherché, j'ai porté plainte", GENERAL),
    # Covert capture; not a security camera, a wedding video, the news.
    ("j'ai planqué mon tel dans les vestiaires des filles", GENERAL, "ncii.covert",
     "la caméra de surveillance du parking a filmé le voleur", GENERAL),
    ("je filme les meufs dans les cabines d'essayage", GENERAL, "ncii.covert",
     "elle m'a filmé au mariage en train de danser 😂", GENERAL),
    ("j'ai mis une mini caméra dans la salle de bain de ma coloc", GENERAL, "ncii.covert",
     "une caméra cachée a été trouvée dans les vestiaires, la police enquête", GENERAL),
    ("on a caché une gopro dans les toilettes de la soirée", GENERAL, "ncii.covert",
     "j'ai installé une caméra dans le jardin pour les hérissons", GENERAL),
    # Child-sexualising names; teen rooms named after a school or a town, parents pass.
    ("Lolita", PSEUDONYM, "child_safety.name_sexualised",
     "Lolita fashion Paris", ROOM_NAME),
    ("Plans ados", ROOM_NAME, "child_safety.name_adult_minor",
     "Ados de Lyon", TEEN_ROOM_NAME),
    ("Tonton cherche lycéenne", ROOM_NAME, "child_safety.name_adult_minor",
     "Filles du lycée Hugo", TEEN_ROOM_NAME),
    ("Coach pour mineures", ROOM_NAME, "child_safety.name_adult_minor",
     "Lycée Victor Hugo entraide", TEEN_ROOM_NAME),
    ("Papa x ado 15 ans", ROOM_NAME, "child_safety.name_adult_minor",
     "Parents d'ados", ROOM_NAME),
    ("Tonton des collégiennes", ROOM_NAME, "child_safety.name_adult_minor",
     "Papa de 2 ados", ROOM_NAME),
]  # fmt: skip


@pytest.mark.parametrize(("harmful", "ctx", "rule", "harmless", "harmless_ctx"), SITTING_7)
def test_new_rules_block_the_harm_and_pass_its_look_alike(
    harmful: str, ctx: Context, rule: str, harmless: str, harmless_ctx: Context
) -> None:
    verdict = check(harmful, ctx)
    assert verdict.action is Action.BLOCK, verdict.rules
    assert rule.split(".")[0] in verdict.categories
    assert rule in verdict.rules
    assert check(harmless, harmless_ctx).allowed, check(harmless, harmless_ctx).rules


# --- rules of the twelfth moderation sitting: the rules alone (the model may set a review
# aside until it is retrained on them), each harmful text with its look-alike --------------

TOPIC = Context(TextKind.ROOM_TOPIC, RoomKind.GENERAL, ADULT)


def rules_for(text: str, ctx: Context = GENERAL) -> set[str]:
    """The rule ids the rules alone give `text` (no model, no veto)."""
    from causette.moderation.engine import prepare
    from causette.moderation.rules import evaluate

    norm = prepare(text, ctx, ENGINE.lexicon)
    return {f.rule for f in evaluate(ENGINE.lexicon.scan(norm), norm, ctx)}


SITTING_12 = [
    # Drug code words with a dealer's routine; not snow, crêpes or a fresco.
    ("2 sachets de neige pour vendredi, je te fais ça a 120", DM_ADULTS, "drugs.slang",
     "la neige est tombée cette nuit à Chamonix, qui monte skier ce we ?", GENERAL),
    ("la blanche est rentrée ce matin, premier arrivé premier servi", GENERAL, "drugs.slang",
     "pour les crêpes tu mets 250 g de farine et une pincée de sel", GENERAL),
    ("t'as encore de la verte ? jpasse vers 22h", DM_ADULTS, "drugs.slang",
     "t'aurais pas un peu de vert ce soir ? on finit la fresque et j'ai plus de peinture",
     GENERAL),
    ("le four est ouvert de 14h a minuit, pas de crédit", GENERAL, "drugs.plan",
     "qq1 peut me dépanner en coca zero ? le distributeur est vide", GENERAL),
    ("jai un pote pharmacien qui me sort des boites de lyrica, qui en veut ? mp", GENERAL,
     "drugs.sale.offer", "mon médecin m'a prescrit du lyrica, ça m'aide pour les nerfs", GENERAL),
    # Sexual names and solicitation outside adult rooms.
    ("Plans culs du soir", ROOM_NAME, "sexual.name", "Plans du soir : ciné et resto", ROOM_NAME),
    ("Coquins et coquines sans tabou", ROOM_NAME, "sexual.name",
     "Cuisine chaude et épicée", ROOM_NAME),
    ("coquin_discret", PSEUDONYM, "sexual.name", "coquin_de_sort", PSEUDONYM),
    ("married guy looking for discreet fun during lunch breaks", GENERAL,
     "sexual.general_room", "looking for a lunch buddy near the office", GENERAL),
    # Hate: slurs, dehumanising phrases, coded insinuations.
    ("les femmes c'est des trous sur pattes, rien d'autre", GENERAL, "hate.slur",
     "les femmes ont obtenu le droit de vote en 1944", GENERAL),
    ("muzzies out of our country", GENERAL, "hate.slur",
     "the great replacement is a conspiracy theory, census figures debunk it", GENERAL),
    ("bizarre comme la délinquance a grimpé depuis qu'ils sont arrivés, je dis ça…", GENERAL,
     "hate.insinuation", "bizarre comme les chats ont toujours le même regard 🤔", GENERAL),
    ("(((ils))) sont partout, réveillez vous", GENERAL, "hate.insinuation",
     "(((ton))) message est bien passé merci", GENERAL),
    # Doxxing: spelled-out numbers, unmasking, workplaces.
    ("zéro six, trente neuf, quatre vingt dix huit, seize, zéro deux. amusez vous bien", GENERAL,
     "doxxing.publish", "mon code postal c'est six neuf zéro zéro un", GENERAL),
    ("son vrai blaze c'est Jérôme L., il bosse à la mairie de Creil", GENERAL,
     "doxxing.identity", "j'habite à Lyon et je bosse à la mairie", GENERAL),
    ("qui peut me faire une recherche complète sur quelqu'un ? j'ai son pseudo discord",
     GENERAL, "doxxing.ask", "qui peut me faire une recherche sur les volcans ?", GENERAL),
    # Spam: money mules, account takeover, family-in-need, promotion.
    ("cherche personnes avec compte bancaire pour recevoir des virements, tu gardes 20%",
     GENERAL, "spam.scam",
     "if someone offers you cash to receive transfers, that's money laundering", GENERAL),
    ("salut c'est maman, j'ai changé de numéro, tu peux m'envoyer 400 € c'est urgent",
     DM_ADULTS, "spam.scam", "maman a changé de numéro, je te l'envoie ce soir", DM_ADULTS),
    ("abonnez vous à ma chaîne youtube svp !! lien dans ma bio !!", GENERAL, "spam.promotion",
     "abonnez-vous à ma chaîne de photos de mon chat qui dort, 0 abonné 😂", GENERAL),
]  # fmt: skip


# --- rules of the thirteenth moderation sitting: sexual violence, NCII, threats and paid
# sex said by their meaning (the rules alone), each harmful text with its look-alike ----------

SITTING_13 = [
    # Sexual violence: refusing denied, a drink and a sedative, excusing a rape.
    (
        "ma copine a pas le droit de refuser quand je rentre, c'est comme ça chez nous",
        GENERAL,
        "sexual_violence.nonconsent",
        "ma copine a le droit de refuser, c'est comme ça chez nous",
        GENERAL,
    ),
    (
        "tu verras, au bout de trois verres elles pourront plus dire non",
        GENERAL,
        "sexual_violence.nonconsent",
        "je vais lui faire une offre qu'elle ne pourra pas refuser 😎 le Parrain forever",
        GENERAL,
    ),
    (
        "un petit truc dans son coca et elle tiendra plus debout, t'as le champ libre",
        GENERAL,
        "sexual_violence.incitement",
        "un petit truc dans son coca : une rondelle de citron, elle adore",
        GENERAL,
    ),
    (
        "tu t'occupes de son shot, moi je prépare la chambre, elle captera rien avant midi",
        DM_ADULTS,
        "sexual_violence.incitement",
        "tu t'occupes de son shot d'anniversaire, moi je prépare le gâteau",
        DM_ADULTS,
    ),
    (
        "les types du procès de Mazan ont rien fait de mal, elle dormait",
        GENERAL,
        "sexual_violence.apologism",
        "le procès de Mazan m'a bouleversée, ces hommes ont tout fait de mal",
        GENERAL,
    ),
    # NCII: someone else's private images passed on; covert optics.
    (
        "j'ai les photos privées de la nouvelle stagiaire, faites tourner",
        GENERAL,
        "ncii.share",
        "j'ai les photos du pot de départ de la stagiaire, faites tourner",
        GENERAL,
    ),
    (
        "quelqu'un a les leaks de la serveuse ? je paie",
        GENERAL,
        "ncii.share",
        "quelqu'un a publié mes photos privées, je fais quoi ?",
        GENERAL,
    ),
    (
        "un trou discret dans la cloison des vestiaires, je poste ce soir",
        GENERAL,
        "ncii.covert",
        "les vestiaires ont un trou dans la cloison, on a signalé, ils ont réparé",
        GENERAL,
    ),
    (
        "drone au-dessus du spa de l'hôtel, les clientes se doutent de rien",
        GENERAL,
        "ncii.covert",
        "j'ai filmé le mariage au drone, les mariés sont ravis",
        GENERAL,
    ),
    # Threats: pay or it goes out; a violent act with a call or a weapon and a place.
    (
        "400 € avant lundi ou la vidéo part chez tes collègues",
        DM_ADULTS,
        "threat.extortion",
        "400 € ou 500 € pour le vélo ? je sais pas lequel prendre",
        DM_ADULTS,
    ),
    (
        "qui est chaud pour aller tabasser le videur samedi ?",
        GENERAL,
        "threat.incitement",
        "il s'est fait tabasser samedi, les gendarmes ont arrêté deux types",
        GENERAL,
    ),
    (
        "j'ai une lame dans la poche et je suis devant ton taf",
        GENERAL,
        "threat.violence",
        "passe moi le couteau à beurre, je suis devant le frigo",
        GENERAL,
    ),
    (
        "ce serait dommage que ta femme tombe sur nos messages, un virement et j'oublie",
        DM_ADULTS,
        "threat.extortion",
        "ce serait dommage que tu rates le concert, prends ta place vite",
        DM_ADULTS,
    ),
    # Paid sex: escort adverts, pimping, buyers, benefactors; ordinary services pass.
    (
        "nouvelle sur Nantes, messieurs courtois, tarifs en mp",
        GENERAL,
        "prostitution.paid_sex",
        "nouvelle sur Nantes, qui connaît un bon resto ?",
        GENERAL,
    ),
    (
        "je gère les rdv de deux filles sur Lille, clients sérieux",
        GENERAL,
        "prostitution.paid_sex",
        "je gère les courses pour la soirée, dites moi",
        GENERAL,
    ),
    (
        "cherche meuf pour ce soir, je paye cash, discret",
        GENERAL,
        "prostitution.paid_sex",
        "cherche prof de guitare, je paye bien, cours le samedi",
        GENERAL,
    ),
    (
        "je te paie ton loyer si tu passes quelques nuits avec moi",
        DM_ADULTS,
        "prostitution.ambiguous",
        "je paie mon loyer le 5, on se voit après ?",
        DM_ADULTS,
    ),
]


FALSE_POSITIVES_12 = [
    ("je vais te planter là, j'ai un train", GENERAL),
    ("elle l'a bien cherché son téléphone", GENERAL),
    ("Coach sportif ados et adultes", ROOM_NAME),
    ("Tonton DJ pour anniversaires ados", ROOM_NAME),
]


@pytest.mark.parametrize(("text", "ctx"), FALSE_POSITIVES_12)
def test_known_false_positives_pass(text: str, ctx: Context) -> None:
    assert not rules_for(text, ctx)
    assert check(text, ctx).allowed, check(text, ctx).rules


# Fourteenth sitting: English chat wording, by meaning (each with its look-alike, on the
# rules alone; every harmful text here was missed by the previous rules).
SITTING_14 = [
    # Threats: a death promised, a bullet, a stabbing, broken bones, veiled wording.
    (
        "ur a dead man when i see u at the bus stop",
        GENERAL,
        "threat.violence",
        "ur a dead man at pool tonight, been practising all week",
        GENERAL,
    ),
    (
        "that grass deserves a bullet tbh",
        GENERAL,
        "threat.violence",
        "that goal deserves a replay tbh",
        GENERAL,
    ),
    (
        "u'll get shanked if u come round here again",
        GENERAL,
        "threat.violence",
        "u'll get soaked if u come round here without a coat",
        GENERAL,
    ),
    (
        "i'll break every bone in ur body",
        DM_ADULTS,
        "threat.violence",
        "i'll break every record on this track",
        DM_ADULTS,
    ),
    (
        "keep mouthing off and see what happens",
        GENERAL,
        "threat.vague",
        "keep stirring the sauce and see what happens, it thickens",
        GENERAL,
    ),
    (
        "i'll make ur life a living hell, starting monday",
        DM_ADULTS,
        "threat.vague",
        "this commute is making my life a living hell",
        DM_ADULTS,
    ),
    (
        "send 500 by sunday or every1 at ur work sees the vid",
        DM_ADULTS,
        "threat.extortion",
        "send 500 by sunday or the venue gives our date away, pls pay ur share",
        DM_ADULTS,
    ),
    # NCII: someone else's private image asked for, passed on or rated.
    (
        "send me the pics ur mate's gf sent him, she'll never find out",
        DM_ADULTS,
        "ncii.share",
        "send me the pics from ur mate's stag do, we need them for the speech",
        DM_ADULTS,
    ),
    (
        "post ur exes private snaps in the gc, we rate",
        GENERAL,
        "ncii.share",
        "post ur holiday snaps in the gc, we rate",
        GENERAL,
    ),
    # Sexual violence: refusal denied, a product to knock someone out.
    (
        "if she's out cold it still counts as a yes",
        GENERAL,
        "sexual_violence.nonconsent",
        "a maybe never counts as a yes, lads, ask again",
        GENERAL,
    ),
    (
        "keep going until she stops saying no",
        GENERAL,
        "sexual_violence.nonconsent",
        "keep going until the timer stops, then flip the pancake",
        GENERAL,
    ),
    (
        "what's the stuff that knocks girls out called?",
        GENERAL,
        "sexual_violence.nonconsent",
        "what's the stuff that knocks hay fever out called?",
        GENERAL,
    ),
    # Drugs: asking for it and offering it in English slang.
    (
        "anyone sorting pingers tonight?",
        GENERAL,
        "drugs.procure",
        "anyone sorting lifts tonight?",
        GENERAL,
    ),
    (
        "got xannies going cheap, message me",
        GENERAL,
        "drugs.sale.offer",
        "got xmas jumpers going cheap, message me",
        GENERAL,
    ),
    (
        "pingers 4 quid a pill, collect only",
        GENERAL,
        "drugs.sale.price",
        "vitamins 4 quid a tub, collect only",
        GENERAL,
    ),
    # Prostitution: a benefactor's deal, an escort's advert, a pimp.
    (
        "i could help with ur rent if u keep me company at weekends",
        DM_ADULTS,
        "prostitution.ambiguous",
        "i could help with ur rent if u need, pay me back whenever",
        DM_ADULTS,
    ),
    (
        "i manage a few ladies, i take a cut, hotel visits",
        GENERAL,
        "prostitution.paid_sex",
        "i manage a few pubs, we take a cut of the quiz money",
        GENERAL,
    ),
    # Doxxing: someone's address posted with a call, a relative's address asked for.
    (
        "posting the full address of my ex's new bf, 12 elm road, do what u want with it",
        GENERAL,
        "doxxing.publish",
        "posting the full address of the new food bank, 12 elm road, open mondays",
        GENERAL,
    ),
    (
        "whats ur brother's exact address?",
        DM_ADULTS,
        "doxxing.ask",
        "whats the exact address of the venue?",
        DM_ADULTS,
    ),
    # Hate: a group called vermin, an antisemitic trope, "go back to ur jungle".
    (
        "immigrants are all groomers",
        GENERAL,
        "hate.attack",
        "the dog groomers are all booked up till march",
        GENERAL,
    ),
    (
        "the jews own the banks, open ur eyes",
        GENERAL,
        "hate.attack",
        "the state should own the banks, open ur eyes",
        GENERAL,
    ),
    (
        "go back to ur jungle mate",
        GENERAL,
        "hate.slur",
        "go back to ur jungle lane mate, ur the jungler",
        GENERAL,
    ),
    # Child safety: an older man offering himself to 13-year-olds.
    (
        "any 14 yo girls here wanna talk to an older guy, im chill",
        GENERAL,
        "child_safety.solicit",
        "any 14 yo girls here wanna join the netball club? training on tuesdays",
        GENERAL,
    ),
]
FALSE_POSITIVES_14 = [
    ("je_force_sur_les_pompes", PSEUDONYM),
    ("tu vas voir ton classement remonter", GENERAL),
    ("loneliness is a disease, call your nan this week", GENERAL),
]
KEEP_14 = [
    ("je vais la forcer", GENERAL, "sexual_violence.incitement"),
    ("tu vas voir ce qui va t'arriver", GENERAL, "threat.vague"),
    ("being gay is a disease", GENERAL, "hate.slur"),
    ("elle_force_les_mecs", PSEUDONYM, "sexual_violence.nonconsent"),
]


@pytest.mark.parametrize(("text", "ctx"), FALSE_POSITIVES_14)
def test_fourteenth_sitting_false_positives_pass(text: str, ctx: Context) -> None:
    """Push-ups, a ranking going up, an illness: the rules fired on them before."""
    assert not rules_for(text, ctx)
    assert check(text, ctx).allowed, check(text, ctx).rules


@pytest.mark.parametrize(("text", "ctx", "rule"), KEEP_14)
def test_fourteenth_sitting_fixes_keep_the_harm(text: str, ctx: Context, rule: str) -> None:
    assert rule in rules_for(text, ctx)


# Fifteenth sitting: rules by meaning for the weakest categories (threats implied by
# knowing where someone lives, veiled harm, drugging a reluctant date, victim blaming,
# photos up a skirt, changing rooms filmed, nude fakes, an adult seeking a minor). Each
# harmful text with its look-alike, on the rules alone; every harmful text here was missed
# by the previous rules.
SITTING_15 = [
    # Threats: knowing where the reader lives or goes, then what follows.
    (
        "je connais ton immeuble maintenant, dors bien ce soir",
        DM_ADULTS,
        "threat.violence",
        "je connais ton immeuble, c'est celui avec la boulangerie en bas ?",
        DM_ADULTS,
    ),
    (
        "je connais ta rue maintenant, tu devrais fermer tes volets",
        GENERAL,
        "threat.violence",
        "je connais ta rue, ma grand-mère y habitait, ferme tes volets il va grêler",
        GENERAL,
    ),
    (
        "we've got your address now, lock your doors",
        DM_ADULTS,
        "threat.violence",
        "we've got your address now, the parcel ships monday",
        DM_ADULTS,
    ),
    (
        "i know when you finish work, you won't make it to the bus stop",
        DM_ADULTS,
        "threat.violence",
        "i know when you finish work, i'll pick you up at the bus stop",
        DM_ADULTS,
    ),
    # Veiled harm, held.
    (
        "un conseil : surveille tes arrières en sortant",
        GENERAL,
        "threat.vague",
        "un conseil : surveille la cuisson en sortant le gâteau",
        GENERAL,
    ),
    (
        "profite bien de tes derniers jours tranquille",
        DM_ADULTS,
        "threat.vague",
        "profite bien de tes derniers jours tranquilles de vacances !",
        DM_ADULTS,
    ),
    (
        "they'll all get what's coming to them, i'm keeping a list",
        GENERAL,
        "threat.vague",
        "santa's keeping a list, see what's coming to netflix",
        GENERAL,
    ),
    (
        "keep talking about my brother and see what happens",
        GENERAL,
        "threat.vague",
        "keep adding flour and see what happens to the dough",
        GENERAL,
    ),
    # Sexual violence: a tasteless product for a reluctant woman, a date, a colleague.
    (
        "un produit sans goût qui endort, c'est pour une meuf qui me résiste",
        GENERAL,
        "sexual_violence.incitement",
        "une tisane qui endort bébé en dix minutes, vous connaissez ?",
        GENERAL,
    ),
    (
        "any tasteless drops for a date who's playing hard to get?",
        GENERAL,
        "sexual_violence.incitement",
        "any tasteless jokes for a date night quiz? keep it clean",
        GENERAL,
    ),
    # Victim blaming.
    (
        "girls who go out in skirts like that are asking for it",
        GENERAL,
        "sexual_violence.apologism",
        "no girl is ever asking for it, whatever she wears",
        GENERAL,
    ),
    (
        "elle avait qu'à pas monter chez lui, c'est tout",
        GENERAL,
        "sexual_violence.apologism",
        "au procès de Mazan, la défense a osé dire qu'elle n'avait qu'à pas boire",
        GENERAL,
    ),
    (
        "if she's asleep it doesn't count lol",
        GENERAL,
        "sexual_violence.apologism",
        "if it's offside it doesn't count lol",
        GENERAL,
    ),
    # NCII: up a skirt, a gap where people undress, a changing room filmed, a nude fake.
    (
        "nouvelle série de photos sous les jupes dans le tram, mp",
        GENERAL,
        "ncii.covert",
        "il se cache encore sous les jupes de sa mère, à 30 ans",
        GENERAL,
    ),
    (
        "y a un angle mort dans les douches du camping, j'ai fait de belles photos",
        GENERAL,
        "ncii.covert",
        "y a un angle mort au rond-point du camping, faites attention en voiture",
        GENERAL,
    ),
    (
        "il a filmé les cabines des filles à la piscine, je vous fais passer",
        GENERAL,
        "ncii.covert",
        "il a filmé le plongeon des filles à la piscine, médaille d'or !",
        GENERAL,
    ),
    (
        "qq1 sait faire un deepfake nu de ma voisine ? je paie",
        GENERAL,
        "ncii.share",
        "le deepfake de Tom Cruise sur TikTok est bluffant",
        GENERAL,
    ),
    # Child safety: an adult's age, a minor's, a girlfriend or a private talk sought.
    (
        "im actually 31 lol, any 13 yo girls want a big brother? shh",
        GENERAL,
        "child_safety.solicit",
        "mon pote a 27 ans et cherche une coloc pour son fils de 14 ans",
        GENERAL,
    ),
]

LOOK_ALIKES_15 = [
    "je change de ville en septembre",
    "je l'aiderai pour ses devoirs",
    "they'll all pay for their own drinks",
    "be careful walking home, it's icy",
    "this ain't over, second leg next week",
    "profite bien de tes derniers jours tranquilles avant le bébé",
    "on se reverra et là on fêtera ça",
    "whats coming to netflix this month",
    "i know where you live lol, see you at the party saturday",
    "un film qui endort, parfait pour un date",
    "le film sur le procès de Mazan : la soumission chimique, un produit sans goût dans son verre",
    "prévention : le GHB est incolore et sans goût, surveillez vos verres pour un date",
    "les photos sous les jupes dans le métro : un homme interpellé à Lyon",
    "upskirting is now a crime in england and wales",
    "loi : les deepfakes nus sont désormais punis de 2 ans de prison",
    "j'ai 35 ans et ma fille de 14 ans cherche une copine pour le stage de voile",
    "I'm 30 and my 14 yo son needs a big brother figure, any mentoring programs?",
]


SITTING_16 = [
    # Threats told by what will happen (`threat_harm`) next to a trigger, a hinted weapon,
    # a condition or the reader's route; property that will not last the night.
    (
        "le prochain qui touche à mon scooter je le plante, j'ai plus rien à perdre",
        GENERAL,
        "threat.violence",
        "le prochain qui touche à mon scooter je le plante là et je rentre à pied",
        GENERAL,
    ),
    (
        "t'as une semaine pour me rendre mes 200 balles sinon ta sœur va te reconnaître qu'à "
        "tes chaussures",
        DM_ADULTS,
        "threat.violence",
        "t'as une semaine pour rendre le dossier sinon le prof va te mettre 0",
        DM_ADULTS,
    ),
    (
        "on sait quel bus tu prends le soir, continue de parler",
        GENERAL,
        "threat.violence",
        "je sais quel bus tu prends, on se retrouve à l'arrêt demain",
        GENERAL,
    ),
    (
        "j'ai ce qu'il faut pour lui dans la boîte à gants, il va vite comprendre",
        GENERAL,
        "threat.violence",
        "j'ai les papiers dans la boîte à gants, il va vite comprendre que c'est en règle",
        GENERAL,
    ),
    (
        "sa bagnole elle survivra pas la nuit, crois moi",
        GENERAL,
        "threat.violence",
        "ma voiture tiendra pas la nuit dehors avec ce gel, la batterie est morte",
        GENERAL,
    ),
    (
        "pull up on that prick after training, bring the lads, he won't be walking",
        GENERAL,
        "threat.violence",
        "pull up on the left at the roundabout, he's not walking, he's on the bus",
        GENERAL,
    ),
    # Refusal denied, "drunk = consent", a pill in her drink for the night.
    (
        "une meuf qui dit non ça veut dire continue, faut insister les gars",
        GENERAL,
        "sexual_violence.nonconsent",
        "quand une meuf dit non ça veut dire non, point",
        GENERAL,
    ),
    (
        "ma femme n'a pas à dire non, c'est moi qui décide quand",
        DM_ADULTS,
        "sexual_violence.nonconsent",
        "ma femme n'a pas à dire oui à tout, c'est elle qui décide de ses vacances",
        DM_ADULTS,
    ),
    (
        "ur coming back to my place after the party whether u like it or not",
        DM_ADULTS,
        "sexual_violence.nonconsent",
        "ur doing ur homework tonight whether u like it or not, mum says",
        DM_ADULTS,
    ),
    (
        "une meuf ivre dans ton lit = un oui, arrêtez de culpabiliser",
        GENERAL,
        "sexual_violence.apologism",
        "une meuf ivre dans ton lit : tu la couvres et tu appelles un taxi",
        GENERAL,
    ),
    (
        "un cachet dans sa vodka et ta nuit est réglée",
        GENERAL,
        "sexual_violence.incitement",
        "mamie prend une petite pilule dans son yaourt le soir et sa soirée est réglée",
        GENERAL,
    ),
    (
        "slip a pill in her drink and ur night is sorted",
        GENERAL,
        "sexual_violence.incitement",
        "slip a pill in her lunchbox, the vet says the dog needs it daily",
        GENERAL,
    ),
    (
        "ChloroformeEtBisous",
        PSEUDONYM,
        "sexual_violence.nonconsent",
        "ChlorophylleEtBisous",
        PSEUDONYM,
    ),
    # Someone else's pictures passed on, traded, asked for; a photo undressed.
    (
        "elle a envoyé des photos coquines à son mec, je vous les fais tourner",
        GENERAL,
        "ncii.share",
        "elle a envoyé des photos de vacances à son mec, trop mignon",
        GENERAL,
    ),
    (
        "post ur missus's pics in here n i'll post mine, swap pics",
        DM_ADULTS,
        "ncii.share",
        "can u send ur missus's photos from the wedding, i'll print them",
        DM_ADULTS,
    ),
    (
        "recorded her without her knowing last night, she's gonna be famous",
        GENERAL,
        "ncii.share",
        "recorded my daughter singing last night, she's gonna be famous",
        GENERAL,
    ),
    (
        "qui peut déshabiller cette photo de ma voisine avec l'IA, elle saura rien",
        GENERAL,
        "ncii.share",
        "une appli qui déshabille une photo c'est illégal, la loi punit les deepfakes",
        GENERAL,
    ),
    (
        "quelqu'un a le dossier de léa de la fac ? celui qui est sur telegram",
        GENERAL,
        "ncii.share",
        "quelqu'un a le dossier de subvention de la mairie ? celui qui tourne sur discord",
        GENERAL,
    ),
    # Pay or the boss gets the screenshots.
    (
        "j'ai gardé tous les screens de nos convs, 500 balles avant lundi ou ton boss les lit",
        DM_ADULTS,
        "threat.extortion",
        "j'ai les screens de nos convs pour la compta, tu me dois 300€ avant vendredi, ton boss "
        "a validé",
        DM_ADULTS,
    ),
    # Minors' contacts asked for; an uncle for teens.
    (
        "qqn a des snaps de lycéennes ? c'est pour un pote de 30 ans",
        GENERAL,
        "child_safety.solicit",
        "qqn a les numéros des parents des lycéens pour la sortie ?",
        GENERAL,
    ),
    (
        "GrandpaForTeens",
        PSEUDONYM,
        "child_safety.name_adult_minor",
        "GrandpaLovesGardening",
        PSEUDONYM,
    ),
    # Names offering exes' nudity or a voyeur's place.
    ("Nos_Ex_En_Photos_Nues", ROOM_NAME, "ncii.share", "Les_Ex_Qui_Sont_Restés_Amis", ROOM_NAME),
    ("PeepingTom_Showers", PSEUDONYM, "ncii.covert", "AmateurDesVestiaires_Rugby", PSEUDONYM),
    # A pimp's wording, an admin unmasked, lives weighed by their cost.
    (
        "ma copine fait des rdv, tu me payes et elle vient chez toi",
        GENERAL,
        "prostitution.paid_sex",
        "ma copine fait des rdv chez le coiffeur, tu me payes le resto ?",
        GENERAL,
    ),
    (
        "le modo s'appelle kevin, il vit chez ses parents à laval, la maison bleue",
        GENERAL,
        "doxxing.identity",
        "le modo s'appelle kevin, il est sympa, il gère le salon depuis 2020",
        GENERAL,
    ),
    (
        "les handicapés faudrait arrêter de les maintenir en vie, ça coûte trop",
        GENERAL,
        "hate.attack",
        "les médecins ont décidé d'arrêter de le maintenir en vie, la famille est d'accord",
        GENERAL,
    ),
]

LOOK_ALIKES_16 = [
    "je plante des tomates, le prochain qui veut des graines me dit",
    "next time i see him i'm getting him a birthday cake",
    "he's getting jumped in the film, next time i see it i'll skip that scene",
    "une tisane au lit et ta nuit est réglée",
    "le chloroforme dans les films ça marche pas comme ça",
    "ma fille a filmé la chorale, elle va être célèbre à l'école",
    "la ville de Reims : tous les snaps du marché de Noël dans la story",
    "qqn a les numéros des parents des collégiennes pour la sortie au musée ?",
    "prévention : une pilule dans un verre ne se voit pas, surveillez vos boissons en soirée",
    "procès : il disait qu'une fille ivre = un oui, le tribunal l'a condamné",
]

# Development false positives of the sixteenth sitting (u's hard negatives, written again):
# a shift priced by the night, a friend warned, a leaked album, gardeners' emoji, a photo
# of homework, a casual plan in an adult room.
FALSE_POSITIVES_16 = [
    ("how much for a night stay at your b&b in august?", DM_ADULTS),
    ("my sister is being messaged by a generous older guy, how do i warn her?", GENERAL),
    ("le leak du nouvel album de Nekfeu, lien en mp", GENERAL),
    ("the new album leaked, dm for the link", GENERAL),
    ("Les jardiniers du dimanche 🍃🌻", ROOM_NAME),
    ("tu peux m'envoyer une photo de ton exo de maths ?", DM_MINORS),
    ("qui est partant pour un plan ce soir sans lendemain ? mp", ADULT_ROOM),
]


def test_sixteenth_sitting_minors_contacts_pass_between_classmates() -> None:
    """In the teen community a classmate asking for the class's snaps is no adult's hunt."""
    text = "qqn a les snaps des lycéennes de la classe pour le groupe de projet ?"
    assert not rules_for(text, TEEN_ROOM), rules_for(text, TEEN_ROOM)
    assert "child_safety.solicit" in rules_for(text, GENERAL)


def test_sixteenth_sitting_casual_plan_is_sexual_in_a_general_room() -> None:
    """The same plan is held as sexual in a general room, no longer as a drug plan."""
    rules = rules_for("qui est partant pour un plan ce soir sans lendemain ? mp", GENERAL)
    assert rules == {"sexual.general_room"}, rules


SITTING_17 = [
    # Seventeenth sitting (texts written for the tests, not v's or w's lines): threats told by
    # what follows a partner leaving, pressure on a witness through relatives, bodies found,
    # the reader's whereabouts known, stealthing, rape denied, break-up image threats, faces
    # pasted on porn, doxxing cues, massage extras, pimping, hate phrases, money mules.
    (
        "si ma copine me largue je la bute, j'ai tout prévu dans ma tête",
        GENERAL,
        "threat.violence",
        "si ma copine me largue je pleure tout le week-end",
        GENERAL,
    ),
    (
        "if he leaves me i'll kill him, i've planned it all",
        DM_ADULTS,
        "threat.violence",
        "if he leaves me i'll keep the dog",
        DM_ADULTS,
    ),
    (
        "retire ta déposition ou ta sœur va avoir de la visite",
        DM_ADULTS,
        "threat.violence",
        "retire ton colis à la poste, ta sœur va avoir de la visite ce soir",
        DM_ADULTS,
    ),
    (
        "withdraw the complaint or your nan's house gets a visit",
        DM_ADULTS,
        "threat.violence",
        "your nan's house gets a visit from the nurse on tuesday",
        DM_ADULTS,
    ),
    (
        "toi on te retrouvera au fond d'un étang",
        GENERAL,
        "threat.violence",
        "toi on te retrouvera au fond du bar comme d'hab",
        GENERAL,
    ),
    (
        "wait till friday, we'll stab him outside the chippy",
        GENERAL,
        "threat.violence",
        "wait till friday, we'll meet him outside the chippy",
        GENERAL,
    ),
    (
        "je connais ta daronne et ton hall, t mor",
        GENERAL,
        "threat.violence",
        "je connais ta daronne, elle fait les meilleurs gâteaux",
        GENERAL,
    ),
    (
        "i can see your car outside, pick up or i'm coming up",
        DM_ADULTS,
        "threat.violence",
        "i can see your car outside, i'll wait in mine",
        DM_ADULTS,
    ),
    (
        "ce soir on brûle sa bagnole, qui vient ?",
        GENERAL,
        "threat.incitement",
        "ce soir on lave sa bagnole, qui vient ?",
        GENERAL,
    ),
    (
        "i know some people round your way, just so you know",
        GENERAL,
        "threat.vague",
        "i know some people round your way, they run the bakery",
        GENERAL,
    ),
    (
        "il enlève le préservatif en cachette et elle capte rien",
        GENERAL,
        "sexual_violence.nonconsent",
        "il enlève le préservatif de l'emballage",
        GENERAL,
    ),
    (
        "i wont stop even if she says no, she'll get over it",
        DM_ADULTS,
        "sexual_violence.nonconsent",
        "i wont stop running even if she says no to the marathon",
        DM_ADULTS,
    ),
    (
        "marital rape isn't real, a wife can't refuse",
        GENERAL,
        "sexual_violence.apologism",
        "marital rape is real and it is a crime",
        GENERAL,
    ),
    (
        "la femme idéale c'est celle qui est endormie, elle dit rien",
        GENERAL,
        "sexual_violence.apologism",
        "la femme idéale c'est celle qui rit de mes blagues",
        GENERAL,
    ),
    (
        "des roofies pour la collègue qui me calcule pas",
        DM_ADULTS,
        "sexual_violence.incitement",
        "la collègue qui me calcule pas m'a offert des chocolats",
        DM_ADULTS,
    ),
    (
        "si tu me largues, tout le monde verra tes photos de la piscine",
        DM_ADULTS,
        "ncii.share",
        "si tu me largues, garde les photos de la piscine en souvenir",
        DM_ADULTS,
    ),
    (
        "je colle sa tête sur une vidéo porno et j'envoie à ses potes",
        GENERAL,
        "ncii.share",
        "je colle sa tête sur le gâteau d'anniversaire en pâte à sucre",
        GENERAL,
    ),
    (
        "mini caméra dans le détecteur de fumée du gîte, les locataires se doutent de rien",
        GENERAL,
        "ncii.covert",
        "pensez à vérifier le détecteur de fumée du gîte",
        GENERAL,
    ),
    (
        "the snitch's number is 07700 900123, have fun lads",
        GENERAL,
        "doxxing.publish",
        "the plumber's number is 07700 900123, he comes fast",
        GENERAL,
    ),
    (
        "the account Moonbeam is actually Jess T., always at the gym after 6",
        GENERAL,
        "doxxing.identity",
        "the account Moonbeam posts gym tips every day",
        GENERAL,
    ),
    (
        "vous savez dans quel quartier elle vit la youtubeuse ?",
        GENERAL,
        "doxxing.ask",
        "vous savez dans quel quartier il y a le marché ?",
        GENERAL,
    ),
    (
        "un spa où la masseuse fait des extras, ça vous tente ?",
        GENERAL,
        "prostitution.paid_sex",
        "un spa où la masseuse fait des soins du dos, ça vous tente ?",
        GENERAL,
    ),
    (
        "elles gardent 40 %, je m'occupe des clients et de la pub",
        GENERAL,
        "prostitution.paid_sex",
        "elles gardent la boutique, je m'occupe des clients et de la pub",
        GENERAL,
    ),
    (
        "les juifs qu'on les renvoie tous d'où ils viennent",
        GENERAL,
        "hate.slur",
        "les touristes repartent tous d'où ils viennent en septembre",
        GENERAL,
    ),
    (
        "girls are too dumb to drive, simple",
        GENERAL,
        "hate.slur",
        "my sisters are too young to drive",
        GENERAL,
    ),
    (
        "tu prêtes ton compte pour un virement et tu gardes 300 €",
        DM_ADULTS,
        "spam.scam",
        "tu prêtes ton vélo pour le week-end ?",
        DM_ADULTS,
    ),
]
# A match, a nest box, prevention, a plumber, a CV, a café: no rule fires.
LOOK_ALIKES_17 = [
    "on va les défoncer au match ce soir ⚽",
    "caméra dans le nichoir, les mésanges sont nées",
    "le stealthing, retirer le préservatif sans le dire, c'est un viol : la loi le punit",
    "leave me a message if you want the holiday pics",
    "ma voisine m'a donné le tel de son plombier",
    "un petit plus sur ton cv : le permis",
    "je connais du monde dans ta ville, ils tiennent un café",
    "heureusement pour toi que le match est en ligne",
]
# Development false positives of the seventeenth sitting (v's and w's hard negatives,
# written again): snow for skiing, a slogan condemned, a match, a minor asking whether a
# request is normal, a bird-box camera, "t'es mort ?" asked of someone tired, a drunk friend
# put in a taxi, a number to call about a forgotten phone.
FALSE_POSITIVES_17 = [
    ("la neige est là ❄️ dispo pour skier demain ?", GENERAL),
    ("des gens qui parlent de « grand remplacement », ça me fait froid dans le dos", GENERAL),
    ("we're gonna batter them on sunday 🏉", GENERAL),
    ("un mec m'a demandé mon snap et m'a dit de rien dire à ma mère, c normal ?", TEEN_ROOM),
    ("hidden camera on the bird box, three chicks hatched", GENERAL),
    ("t'es mort après ta journée au boulot ? je t'apporte une pizza", DM_ADULTS),
    ("ma pote était bourrée, je l'ai mise dans un taxi et j'ai attendu qu'elle m'écrive", GENERAL),
    ("dis à Léa d'appeler le 04 65 71 10 20, elle a oublié son portable au club", DM_ADULTS),
]


SITTING_18 = [
    # Eighteenth sitting (texts written for the tests, not x's lines): threats said not to
    # be a joke, laughter next to a place or a weapon, a face "redone", a grave, "or i break
    # your…", a deadline with a weapon or a veiled warning, a witness told what happens, a
    # relative's workplace and an accident, an ambush, a beating "until he stops breathing",
    # jumping someone, hunting the snitch, a raid on a complainant's home; rape praised, an
    # "opportunity", a group's plan, stealthing bragged, a woman put to sleep and filmed;
    # files of teenagers sold, a pseudonym liking them at 12; doxxing cues; paying for
    # company; a neo-Nazi number with a wink.
    (
        "je rigole pas, je vais te crever demain devant ton lycée 😂",
        GENERAL,
        "threat.violence",
        "je vais te crever au ping pong demain mdr 😂",
        GENERAL,
    ),
    (
        "jure c pas une blague, on te fume si tu remets les pieds au quartier",
        GENERAL,
        "threat.violence",
        "on te garde une part de gâteau si tu repasses au quartier mdr",
        GENERAL,
    ),
    (
        "on te chope à la sortie du lycée et on va te refaire le portrait lol",
        GENERAL,
        "threat.violence",
        "on se retrouve à la sortie du lycée et on va se refaire un ciné lol",
        GENERAL,
    ),
    (
        "im not joking, i'll put you in the ground",
        GENERAL,
        "threat.violence",
        "i'll put the tulips in the ground this weekend",
        GENERAL,
    ),
    (
        "j'ai ton adresse lol, à ce soir 🔪",
        GENERAL,
        "threat.violence",
        "j'ai ton adresse lol, je t'envoie le faire-part",
        GENERAL,
    ),
    (
        "pay what you owe by monday or i snap your wrists",
        DM_ADULTS,
        "threat.violence",
        "pay what you owe by monday or i'll send a reminder",
        DM_ADULTS,
    ),
    (
        "je te laisse trois jours, après ça sera le fer qui parle",
        DM_ADULTS,
        "threat.violence",
        "je te laisse trois jours pour finir le dossier, après on en parle",
        DM_ADULTS,
    ),
    (
        "vous avez jusqu'à lundi pour payer, après on ne répond plus de rien pour votre boutique",
        DM_ADULTS,
        "threat.extortion",
        "vous avez jusqu'à lundi pour payer la cantine, après le tarif augmente",
        DM_ADULTS,
    ),
    (
        "si tu témoignes jeudi, ton scooter brûle, et ton appart avec",
        DM_ADULTS,
        "threat.violence",
        "si tu témoignes jeudi, ton scooter reste chez moi, je te dépose",
        DM_ADULTS,
    ),
    (
        "people who go to the police about us tend to get hurt",
        GENERAL,
        "threat.violence",
        "people who go to the police about scams tend to get their money back",
        GENERAL,
    ),
    (
        "withdraw your complaint or your daughter's car gets torched",
        DM_ADULTS,
        "threat.violence",
        "withdraw your complaint online, your daughter's car gets fixed friday",
        DM_ADULTS,
    ),
    (
        "je sais où bosse ta sœur, à la pharmacie du centre. un accident est si vite arrivé",
        DM_ADULTS,
        "threat.violence",
        "je sais où bosse ta sœur, à la pharmacie du centre, elle m'a vendu du sirop",
        DM_ADULTS,
    ),
    (
        "on t'attend derrière la salle, tu vas finir aux urgences",
        GENERAL,
        "threat.violence",
        "on t'attend derrière la salle pour le gâteau, tu vas finir le dessert",
        GENERAL,
    ),
    (
        "faut le cogner jusqu'à ce qu'il respire plus",
        GENERAL,
        "threat.violence",
        "attends jusqu'à ce qu'il respire normalement avant de le recoucher",
        GENERAL,
    ),
    (
        "we're jumping him outside the chippy tonight, bring something heavy",
        GENERAL,
        "threat.incitement",
        "we're jumping on the train tonight, bring snacks",
        GENERAL,
    ),
    (
        "Hunt down the snitch from flat 4",
        ROOM_NAME,
        "threat.incitement",
        "Hunt for the best chips in town",
        ROOM_NAME,
    ),
    (
        "on organise une descente chez la balance ce soir, ramenez des potes",
        GENERAL,
        "threat.incitement",
        "on organise une descente en luge ce soir, ramenez des potes",
        GENERAL,
    ),
    (
        "un bon viol et elle arrêterait de faire la maligne",
        GENERAL,
        "sexual_violence.apologism",
        "un bon vin et elle arrêterait de faire la maligne",
        GENERAL,
    ),
    (
        "elle était inconsciente, une occasion en or",
        GENERAL,
        "sexual_violence.nonconsent",
        "le vide-grenier était une occasion en or",
        GENERAL,
    ),
    (
        "consent is for the weak, take what you want",
        GENERAL,
        "sexual_violence.apologism",
        "sleep is for the weak, take what you want from the buffet",
        GENERAL,
    ),
    (
        "me and the boys have a plan for her tonight, she doesn't know it's all of us",
        GENERAL,
        "sexual_violence.nonconsent",
        "me and the boys have a plan for her birthday, she doesn't know it's a surprise party",
        GENERAL,
    ),
    (
        "stealthing ftw, she had no clue",
        GENERAL,
        "sexual_violence.nonconsent",
        "stealthing was in the news again today",
        GENERAL,
    ),
    (
        "took it off halfway, she didn't notice lol",
        GENERAL,
        "sexual_violence.nonconsent",
        "took my jacket off halfway, it was too hot lol",
        GENERAL,
    ),
    (
        "tu l'endors et tu la filmes, elle saura rien",
        GENERAL,
        "sexual_violence.nonconsent",
        "tu le berces et tu le filmes pour mamie, elle va adorer",
        GENERAL,
    ),
    (
        "vends fichiers ados, paiement en crypto",
        GENERAL,
        "child_safety.trade",
        "vends fichiers excel pour gérer un budget, paiement en crypto",
        GENERAL,
    ),
    ("loves_them_12", PSEUDONYM, "child_safety.name_sexualised", "loves_them_all", PSEUDONYM),
    (
        "l'adresse de Mister_Nox c'est 3 allée des Tilleuls",
        GENERAL,
        "doxxing.publish",
        "l'adresse du musée c'est 3 allée des Tilleuls",
        GENERAL,
    ),
    (
        "Exposing the real names of the mods",
        ROOM_NAME,
        "doxxing.identity",
        "Exposing the real cost of rent",
        ROOM_NAME,
    ),
    (
        "found out who NightOwl is irl: works nights at the petrol station on Mill Road",
        GENERAL,
        "doxxing.identity",
        "my brother works nights at the petrol station on Mill Road",
        GENERAL,
    ),
    (
        "tu peux me passer l'adresse de ta voisine ? elle me répond plus, je veux passer la voir",
        DM_ADULTS,
        "doxxing.ask",
        "tu peux me passer l'adresse de ta voisine ? elle vend son canapé",
        DM_ADULTS,
    ),
    (
        "that's the snitch's mobile: 0161 555 0 1 2 3",
        GENERAL,
        "doxxing.publish",
        "the dentist's landline: 0161 555 0 1 2 3",
        GENERAL,
    ),
    (
        "dispo samedi soir ? tu prends cb pour la soirée ma jolie",
        GENERAL,
        "prostitution.ambiguous",
        "tu prends cb pour un cours de guitare samedi soir ?",
        GENERAL,
    ),
    (
        "paying for company this weekend, discreet, you name the price",
        GENERAL,
        "prostitution.paid_sex",
        "paying for the company car this weekend",
        GENERAL,
    ),
    (
        "88 les gars, t'as compris le message",
        GENERAL,
        "hate.insinuation",
        "88 ans pour mamie, t'as compris le message ?",
        GENERAL,
    ),
]
# A boss fight, a song, homework, a road, neighbours, a surprise party, a garden, a recipe,
# a baby: no rule fires.
LOOK_ALIKES_18 = [
    "le boss final m'a tué 10 fois, c pas une blague 😂",
    "fr fr this track goes hard 🔫🔥",
    "vous avez jusqu'à vendredi pour rendre le devoir",
    "roule doucement, un accident est vite arrivé",
    "les gens qui parlent à la police de leurs voisins, ça m'énerve",
    "me and the lads have a plan for her birthday, she doesn't know yet",
    "find the grass seed in aisle 4",
    "laisse reposer jusqu'à ce qu'elle ne bouge plus, la gelée est prise",
]
# Development false positives of the eighteenth sitting (x's hard negatives and texts the
# new groups first flagged in dev and train/, written again): a minor refusing to give her
# snap, a scene of a show quoted, knowing a friend's address "mdr", a cake eaten while she
# slept, a lawn.
FALSE_POSITIVES_18 = [
    ("mon num ? pas question, y a trop de bizarres ici", TEEN_ROOM),
    ('in the episode where she says "i know where you live" i screamed', GENERAL),
    ("la scène où il dit « je sais où tu habites » m'a glacée", GENERAL),
    ("je sais où t'habites depuis 5 ans mdr, je ramène le vin", GENERAL),
    ("elle dormait, j'ai mangé la dernière part, elle en saura rien 🤫", GENERAL),
    ("how do i get the grass to grow under the swing?", GENERAL),
]


SITTING_19 = [
    # Nineteenth sitting (texts written for the tests, not y's lines): a racket's "or your X
    # burns", a demand to withdraw a review or a complaint with what will happen, a taunt
    # next to a weapon, a witness told they will not get home, the reader's door described
    # before a visit, a car "anything could happen to", a dare with people waiting, a beating
    # "planned for Saturday", a head "bashed in", veiled endings (review); victim blaming by
    # clothing, rape called "just sex gone wrong", marital duty, pills in her drink and "you
    # can guess the rest", a group "taking care of" a woman who cannot stand, a room named
    # after her sleep; a pseudonym for "young teens", pictures of a class in the showers; a
    # moderator unmasked, a dotted phone number to harass, a father's landline, a school
    # asked to "run into" her; a gram price, a "C" on credit; "14 words" with a wink.
    (
        "file moi 80€ par mois pour ta tranquillité, sinon ta boutique crame",
        GENERAL,
        "threat.extortion",
        "file moi 80€ pour le resto, sinon je t'invite la prochaine fois",
        GENERAL,
    ),
    (
        "enlève ton commentaire sur mon garage, ce serait dommage qu'il arrive un truc à ta moto",
        GENERAL,
        "threat.violence",
        "enlève ton commentaire en double, ce serait dommage de spammer le fil",
        GENERAL,
    ),
    (
        "mon frère a un flingue et il s'ennuie, continue de faire le malin",
        GENERAL,
        "threat.violence",
        "mon frère a une guitare et il s'ennuie, continue de faire le gâteau",
        GENERAL,
    ),
    (
        "si tu témoignes jeudi, tu rentreras plus chez toi, je dis ça je dis rien",
        GENERAL,
        "threat.violence",
        "si tu témoignes jeudi, tu rentreras tard chez toi, prends un taxi",
        GENERAL,
    ),
    (
        "if u testify monday u won't make it to tuesday, simple",
        GENERAL,
        "threat.violence",
        "if u finish the report monday u'll make it to the party tuesday",
        GENERAL,
    ),
    (
        "keep snitching and ur dad's gonna need a new car",
        GENERAL,
        "threat.violence",
        "keep saving and ur dad's gonna get a new car",
        GENERAL,
    ),
    (
        "we know where u live. talk to the police and see",
        GENERAL,
        "threat.violence",
        "we know where u live now, come to the party saturday",
        GENERAL,
    ),
    (
        "drop the charges or ill make sure ur daughter never feels safe at that school",
        DM_ADULTS,
        "threat.violence",
        "drop the kids at school and make sure ur daughter has her lunch",
        DM_ADULTS,
    ),
    (
        "on va passer te dire bonjour, elle est belle ta maison au bout de l'allée",
        GENERAL,
        "threat.violence",
        "on va passer te dire bonjour, elle est belle la maison de tes parents ?",
        GENERAL,
    ),
    (
        "nice bike btw, parked outside number 7 all night, anything could happen to it",
        GENERAL,
        "threat.violence",
        "nice bike btw, anything could happen on a road trip like that",
        GENERAL,
    ),
    (
        "il sait déjà où tu habites, mon cousin, fais de beaux rêves 😘",
        GENERAL,
        "threat.violence",
        "il sait déjà où on mange, mon cousin, fais de beaux rêves 😘",
        GENERAL,
    ),
    (
        "fais gaffe quand tu rentres du taf, les rues sont sombres dans ton quartier",
        DM_ADULTS,
        "threat.violence",
        "fais gaffe quand tu rentres du taf, il pleut beaucoup dans ton quartier",
        DM_ADULTS,
    ),
    (
        "ta copine elle travaille toujours chez le fleuriste ? "
        "ce serait bête qu'il lui arrive un accident",
        GENERAL,
        "threat.violence",
        "ta copine elle travaille toujours chez le fleuriste ? elle m'a fait un super bouquet",
        GENERAL,
    ),
    (
        "balance pas nos noms aux flics sinon ta soeur elle rentre plus seule de l'école",
        GENERAL,
        "threat.violence",
        "ta soeur elle rentre seule de l'école maintenant, elle est grande",
        GENERAL,
    ),
    (
        "me and the boys are waiting outside the chippy at 8, bring ur mates if u got any",
        GENERAL,
        "threat.violence",
        "me and the boys are waiting outside the chippy at 8, bring ur appetite",
        GENERAL,
    ),
    (
        "te défoncer la gueule c'est prévu pour dimanche",
        GENERAL,
        "threat.violence",
        "le barbecue c'est prévu pour dimanche",
        GENERAL,
    ),
    (
        "on va te faire la tête au carré demain à la cantine",
        TEEN_ROOM,
        "threat.violence",
        "on va te faire un gâteau carré demain à la cantine",
        TEEN_ROOM,
    ),
    (
        "i'll kick ur head in when i see u at practice, not even joking",
        GENERAL,
        "threat.violence",
        "i'll kick the ball in when i see u at practice, not even joking",
        GENERAL,
    ),
    (
        "tu me largues ? tes vidéos vont tourner sur tous les groupes de ton taf",
        DM_ADULTS,
        "ncii.share",
        "tu me largues ? bon, mes vidéos de chat vont te manquer",
        DM_ADULTS,
    ),
    (
        "ca va mal se finir pour toi frérot",
        GENERAL,
        "threat.vague",
        "ca va mal se finir pour la série, trop de saisons",
        GENERAL,
    ),
    (
        "ur going to regret this",
        GENERAL,
        "threat.vague",
        "ur going to love this",
        GENERAL,
    ),
    (
        "people like you usually end up in accidents, careful",
        GENERAL,
        "threat.vague",
        "people like you usually end up in management, congrats",
        GENERAL,
    ),
    (
        "j'te laisse 72h pour supprimer ta vidéo. après c'est plus moi qui gère",
        DM_ADULTS,
        "threat.violence",
        "j'te laisse 72h pour monter ta vidéo, après c'est moi qui gère le son",
        DM_ADULTS,
    ),
    (
        "avec une mini jupe pareille, bien fait pour elle",
        GENERAL,
        "sexual_violence.apologism",
        "avec une mini jupe pareille en plein hiver, elle a eu froid la pauvre",
        GENERAL,
    ),
    (
        "le viol c'est juste un plan qui a mal fini, faut arrêter",
        GENERAL,
        "sexual_violence.apologism",
        "le film c'est juste un plan qui a mal fini, faut arrêter",
        GENERAL,
    ),
    (
        "sa femme a pas à dire non, c'est son devoir conjugal",
        GENERAL,
        "sexual_violence.nonconsent",
        "sa femme a pas à payer, c'est son anniversaire",
        GENERAL,
    ),
    (
        "j'ai glissé deux gouttes dans son verre, elle a dormi direct, devinez la suite",
        GENERAL,
        "sexual_violence.incitement",
        "j'ai glissé deux glaçons dans son verre, elle a adoré, devinez la suite",
        GENERAL,
    ),
    (
        "elle tient plus debout, on va bien s'occuper d'elle les gars",
        GENERAL,
        "sexual_violence.nonconsent",
        "le chien tient plus debout, on va bien s'occuper de lui les gars",
        GENERAL,
    ),
    (
        "Elles dorment on en profite",
        ROOM_NAME,
        "sexual_violence.nonconsent",
        "Elles dorment on range",
        ROOM_NAME,
    ),
    (
        "daddy_for_young_teens",
        PSEUDONYM,
        "child_safety.name_sexualised",
        "daddy_for_life",
        PSEUDONYM,
    ),
    (
        "pics of the year 8 girls, anyone? i swap",
        GENERAL,
        "child_safety.images",
        "notes on the year 8 maths test, anyone? i swap",
        GENERAL,
    ),
    (
        "qui a la vidéo de la 3e C dans les douches ? envoie",
        TEEN_ROOM,
        "child_safety.images",
        "la 3e C a filmé le spectacle dans la salle des fêtes",
        TEEN_ROOM,
    ),
    (
        "l'admin Bidule77 c'est Marc Dupont, il bosse à la mairie, voici son mail",
        GENERAL,
        "doxxing.identity",
        "l'admin Bidule77 c'est nous, écrivez au support, voici le mail du site",
        GENERAL,
    ),
    (
        "0.7.1.2.3.4.5.6.7.8 appelez ce guignol toute la nuit",
        GENERAL,
        "doxxing.publish",
        "appelez le 0800 en journée pour le SAV",
        GENERAL,
    ),
    (
        "0121 496 0812 = her mums landline, do ur thing",
        GENERAL,
        "doxxing.publish",
        "0121 496 0812 = the garage, they're open till 6",
        GENERAL,
    ),
    (
        "which gym does she go to? wanna meet her there",
        GENERAL,
        "doxxing.ask",
        "which gym do you go to? wanna meet there",
        GENERAL,
    ),
    (
        "a q for 90, pre-rolls too",
        GENERAL,
        "drugs.sale.price",
        "a quarter of the pie for 9",
        GENERAL,
    ),
    (
        "tu peux me dépanner en C vendredi ? je te rends samedi",
        GENERAL,
        "drugs.slang",
        "tu peux me dépanner en voiture vendredi ? je te rends samedi",
        GENERAL,
    ),
    (
        "fourteen words, iykyk",
        GENERAL,
        "hate.insinuation",
        "fourteen pages, no more",
        GENERAL,
    ),
]
# A deadline for homework, a compliment on a door, friends waiting at the pub, a quoted novel,
# a surprise party, a wedding dress, a nurse, a teacher's sex-ed class: no rule fires.
LOOK_ALIKES_19 = [
    "retire ta plainte au service client si le colis est arrivé",
    "elle est jolie ta porte, c'est du chêne ?",
    "me n the lads r waiting by the pub, come when u want",
    "on va passer te dire bonjour dimanche avec les petits",
    "she shouldn't have worn white to the wedding tbh",
    "elle tient plus debout, on la ramène chez elle et on reste avec elle",
    "year 9 parents evening is on thursday, bring the reports",
    "tu m'as largué au marathon, bravo champion",
]
# y's false positives, written again: a teenager refusing to give her snap, a hook-up in the
# adults' room, a thriller's line, parents on a video call once the children sleep, a pampering
# evening, a travel plug.
FALSE_POSITIVES_19 = [
    ("je donne pas mon insta ici, même si vous insistez", TEEN_ROOM),
    ("qui est chaude pour un plan ce soir ? je reçois 😉", ADULT_ROOM),
    ("dans mon polar l'assassin écrit « je sais où tu dors » sur le miroir", GENERAL),
    ("tu allumes ta cam ce soir quand les enfants dorment ? que nous deux 😘", DM_ADULTS),
    ("envie d'être chouchoutée ce soir, messieurs courtois bienvenus en mp", ADULT_ROOM),
    ("need a plug adapter for the uk, which type?", GENERAL),
]


# Twentieth sitting (texts written for the tests, not z's lines): a false report to send armed
# police ("swatting"), where the reader's body will end up, leaving "in an ambulance", a
# relative's or the reader's address found then a street or "see you tonight", a witness told
# "you know what happens next", coming back to a school "with" a weapon or a massacre, a
# visit paid after snitching, sextortion ("another one or the first goes to your followers");
# a yes "before" claimed for her sleep, clothing and "she deserved it", "she owes him, whether
# she's into it or not", locked car doors, sleeping pills and "she won't know"; revenge
# pictures after a break-up, filmed during sex and offered; a child's school and class, a
# landline to ring at night, a handle to spread, a user unmasked, where someone lives asked;
# a rate for an evening, "un resto plus la suite", a group called a drain, adults and
# schoolgirls paired in a room name. Each with its look-alike.
SITTING_20 = [
    (
        "on va appeler les flics en disant qu'il y a une bombe chez toi, bonne nuit",
        GENERAL,
        "threat.violence",
        "on va appeler les flics, il y a une voiture garée devant chez moi depuis hier",
        GENERAL,
    ),
    (
        "im gonna call 911 and say there's a guy with a knife at ur place lol",
        GENERAL,
        "threat.violence",
        "called 911 when my neighbour fell, the ambulance came in 5 minutes",
        GENERAL,
    ),
    (
        "la prochaine fois que je te vois tu finis dans la seine mdr",
        GENERAL,
        "threat.violence",
        "la prochaine fois que je te vois on finit la partie de belote mdr",
        GENERAL,
    ),
    (
        "keep talking and you'll end up in a body bag",
        GENERAL,
        "threat.violence",
        "keep talking and you'll end up in the debate club",
        GENERAL,
    ),
    (
        "continue à parler de ma cousine et tu repars en ambulance",
        GENERAL,
        "threat.violence",
        "continue à parler de ta cousine, elle a l'air marrante",
        GENERAL,
    ),
    (
        "we got ur mum's address now, she's still on Elm Road yeah",
        DM_ADULTS,
        "threat.violence",
        "got the hall's address for the wedding invite, thanks!",
        DM_ADULTS,
    ),
    (
        "found your address lol, 14 Cedar Avenue, see you tonight",
        GENERAL,
        "threat.violence",
        "found a great restaurant lol, 14 Cedar Avenue, see you tonight",
        GENERAL,
    ),
    (
        "j'ai ton adresse maintenant, j'arrive avec mes potes, prépare toi",
        GENERAL,
        "threat.violence",
        "j'ai ton invitation, j'arrive avec mes potes samedi",
        GENERAL,
    ),
    (
        "si j'apprends que c'est toi qui as balancé, tu connais la suite",
        GENERAL,
        "threat.violence",
        "tu connais la suite de la série ? j'ai pas vu la saison 2",
        GENERAL,
    ),
    (
        "if i hear you told anyone about tonight, you know what happens next",
        DM_ADULTS,
        "threat.violence",
        "you know what happens next in the book? i'm on chapter 4",
        DM_ADULTS,
    ),
    (
        "if they kick me out im coming back with my uncle's rifle, that place will be on the news",
        TEEN_ROOM,
        "threat.violence",
        "if they kick me out im coming back with my cousin next year",
        TEEN_ROOM,
    ),
    (
        "si le CPE m'exclut je reviens avec de quoi faire un massacre",
        TEEN_ROOM,
        "threat.violence",
        "si le CPE m'exclut je reviens avec mes parents lundi",
        TEEN_ROOM,
    ),
    (
        "you talked to the cops? my boys are gonna pay your brother a visit",
        GENERAL,
        "threat.violence",
        "my boys are gonna pay your brother a visit at the hospital, get well soon",
        GENERAL,
    ),
    (
        "either you record another one or the pics go to all your followers, 20 mins",
        DM_ADULTS,
        "threat.extortion",
        "either you record another take or we redo the intro tomorrow",
        DM_ADULTS,
    ),
    (
        "soit tu m'envoies une autre photo soit la première part chez tous tes abonnés",
        DM_ADULTS,
        "threat.extortion",
        "soit tu m'envoies une autre photo soit on garde celle de la plage pour le faire-part",
        DM_ADULTS,
    ),
    # sexual violence
    (
        "she was asleep by then but she'd said yes before, still counts",
        GENERAL,
        "sexual_violence.apologism",
        "the match was cancelled but we bought tickets before so it still counts",
        GENERAL,
    ),
    (
        "honestly she deserved it, dressed like that at a party",
        GENERAL,
        "sexual_violence.apologism",
        "honestly she deserved the prize, dressed like that at the gala",
        GENERAL,
    ),
    (
        "he bought her drinks all night so she owes him, whether she wants it or not",
        GENERAL,
        "sexual_violence.nonconsent",
        "he bought her drinks all night so she owes him a coffee",
        GENERAL,
    ),
    (
        "lock the doors and she'll give in eventually",
        GENERAL,
        "sexual_violence.nonconsent",
        "lock the doors before you leave, the cat gets out",
        GENERAL,
    ),
    (
        "took my nan's sleeping pills, she wont know what happened",
        DM_ADULTS,
        "sexual_violence.incitement",
        "took my nan's sleeping pills back to the pharmacy, expired",
        DM_ADULTS,
    ),
    # ncii
    (
        "si elle me largue ses photos finiront sur tous les forums",
        GENERAL,
        "ncii.share",
        "si elle me largue je pars faire le tour des forums de rando",
        GENERAL,
    ),
    (
        "recorded him while we were doing it, he's got no idea, want the link?",
        DM_ADULTS,
        "ncii.covert",
        "recorded the band while we were doing the soundcheck, want the link?",
        DM_ADULTS,
    ),
    # doxxing
    (
        "his son goes to Oakfield primary, Mr Hale's class, you know what to do",
        GENERAL,
        "doxxing.identity",
        "his son goes to Oakfield primary, the school fair is on friday",
        GENERAL,
    ),
    (
        "sa ligne fixe c'est le 03 22 41 57 90, appelez la à 4h du mat",
        GENERAL,
        "doxxing.publish",
        "la ligne fixe de la mairie c'est le 03 22 41 57 90, ouverte à 9h",
        GENERAL,
    ),
    (
        "her @ is @jess.k.art, share it everywhere",
        GENERAL,
        "doxxing.publish",
        "my @ is @jess.k.art if you want the prints",
        GENERAL,
    ),
    (
        "Kev_99 irl is Kevin Marsh, works days at the garage on Queen St",
        GENERAL,
        "doxxing.identity",
        "Kevin Marsh works days at the garage on Queen St, great mechanic",
        GENERAL,
    ),
    (
        "anyone know where the blonde from this room lives? might drop by",
        GENERAL,
        "doxxing.ask",
        "anyone know where the blonde hair dye from this shop is sold?",
        GENERAL,
    ),
    # prostitution, hate, child safety
    (
        "how much do u charge for an evening with you?",
        DM_ADULTS,
        "prostitution.ambiguous",
        "how much do u charge for a logo?",
        DM_ADULTS,
    ),
    (
        "un resto plus la suite, t'es à combien ma belle ?",
        DM_ADULTS,
        "prostitution.ambiguous",
        "un resto plus la suite au ciné, ça te dit ?",
        DM_ADULTS,
    ),
    (
        "immigrants are a drain on public money",
        GENERAL,
        "hate.attack",
        "the new stadium is a drain on public money",
        GENERAL,
    ),
    (
        "Rencontres hommes et lycéennes",
        ROOM_NAME,
        "child_safety.name_adult_minor",
        "Rencontres parents et enseignants",
        ROOM_NAME,
    ),
]
# A prank call reported, a neighbour's call, a derby, a good night, a horror film, a dress
# asked for, croissants, a match on the news, a song's real name, two threats received and
# reported ("should i report it?", "what should i do?"): no rule fires.
LOOK_ALIKES_20 = [
    "someone rang 999 saying there was a gun at our school, turned out to be a prank, scary",
    "mon voisin a appelé la police en disant qu'il y avait un cambriolage, c'était le chat",
    "watch the derby tonight, that's all i'm saying, it'll be a classic",
    "sleep well tonight, big day tomorrow 🙂",
    "the film ends in a ditch, classic horror ending",
    "she asked for the dress as a birthday present so I bought it",
    "je reviens avec les croissants, qui veut un café ?",
    "the match is gonna be on the news tonight, massive crowd",
    "got the real name of that tune from the film, you know what to do, add it to the list",
    "someone dm'd me 'if u told anyone u know what happens next', should i report it?",
    "a boy in my class said he's coming back with a knife, a massacre, what should i do?",
]
# z's false positives, written again: "beau gosse" between adults, a football chant.
FALSE_POSITIVES_20 = [
    ("coucou beau gosse, tu m'as fait sourire ce soir 😏 on se parle en privé ?", ADULT_ROOM),
    ("come on the Magpies! we're gonna batter them saturday", GENERAL),
]


def test_nineteenth_sitting_marker_groups_are_no_model_feature() -> None:
    """`laughter`, `threat_when` and `escort_weak` only mark hits of another group for the
    rules: the model never reads them, so moving `rules._LAUGHTER` and `rules._NOT_PLACES` into
    the lexicon changed no score."""
    lexicon = ENGINE.lexicon
    assert {"laughter", "threat_when", "escort_weak"} <= lexicon.unfeatured
    assert lexicon.model_groups({"laughter": ["mdr"], "game_context": ["mdr"]}) == ["game_context"]


def test_twenty_first_sitting_threat_confirm_is_no_model_feature() -> None:
    """`threat_confirm` ("c bien ça ?", "à demain") is everyday chat read only next to
    `threat_known`: the model never reads it (it moved no dumped score)."""
    assert "threat_confirm" in ENGINE.lexicon.unfeatured


def test_eighteenth_sitting_laughter_alone_still_makes_a_threat_a_joke() -> None:
    """A game or laughter without a place, a weapon or "not a joke" stays a game."""
    assert not rules_for("je vais te tuer mdr 😂", GENERAL)
    assert not rules_for("je te tue à fifa ce soir lol", GENERAL)


def test_seventeenth_sitting_a_report_is_only_a_minors_own() -> None:
    """The same words sent by an adult in a private message to a minor stay blocked."""
    text = "un mec m'a demandé mon snap et m'a dit de rien dire à ma mère, c normal ?"
    rules = rules_for(text, DM_ADULT_TO_MINOR)
    assert rules & {"child_safety.grooming", "child_safety.adult_contact"}, rules


@pytest.mark.parametrize(
    ("text", "ctx", "rule"),
    [
        ("je vais te planter la lame dans le ventre", GENERAL, "threat.violence"),
        ("elle l'a bien cherché avec sa jupe", GENERAL, "sexual_violence.apologism"),
        ("Coach sportif pour lycéennes", ROOM_NAME, "child_safety.name_adult_minor"),
        ("Coach pour mineures", ROOM_NAME, "child_safety.name_adult_minor"),
        ("Tonton DJ coquin pour ados", ROOM_NAME, "child_safety.name_adult_minor"),
    ],
)
def test_the_false_positive_fixes_keep_the_harm(text: str, ctx: Context, rule: str) -> None:
    assert rule in rules_for(text, ctx)


@pytest.mark.parametrize(
    "text",
    [
        "je suis sorti de l'addiction à la cocaïne il y a deux ans grâce au CSAPA",
        "le procès de Mazan a montré l'ampleur de la soumission chimique",
        "attention au GHB dans les verres ce week-end, surveillez vos boissons",
        "la prof des écoles de ma fille est géniale",
        "la sixième symphonie de Beethoven ce soir à la radio",
        "une coke zero svp",
        "cc ça va ?",
        "le joint de culasse a lâché, 800 € de réparation",
        "on joue aux cartes pour tuer le temps",
        "on va à Connaux ce week-end",
        "ma tante habite à Bitche",
    ],
)
def test_policy_hard_negatives_still_pass(text: str) -> None:
    assert check(text).allowed, check(text).rules


# Twenty-first sitting (written from the families of train/aa, no line of aa copied): advice
# that is a threat, a relative's way home checked, a witness told people will be waiting, a
# harm after a trigger, "or ur jaw pays for it", "ur getting jumped", "the last guy who…",
# "next time it won't be words", a crew "N deep" to someone's house, sextortion with a sum in
# thousands, an undress app, "once she's in my car", a "daddy4…" name for school pupils, a
# user unmasked with a workplace, where a streamer lives, veiled review lines.
SITTING_21 = [
    (
        "un conseil d'ami : c'est pas safe pour toi ces temps ci de passer par le parc",
        GENERAL,
        "threat.violence",
        "un conseil d'ami : prends un parapluie, il va pleuvoir ce soir",
        GENERAL,
    ),
    (
        "word of advice: don't take the canal path home anymore. just saying 🙂",
        GENERAL,
        "threat.violence",
        "word of advice: don't take the canal path home anymore, it's flooded since march",
        GENERAL,
    ),
    (
        "ta petite soeur elle finit à 17h au collège, c'est bien ça ?",
        GENERAL,
        "threat.violence",
        "ma petite soeur elle finit à 17h au collège, tu peux la prendre ?",
        GENERAL,
    ),
    (
        "si tu dis un mot aux profs on t'attend derrière le gymnase",
        GENERAL,
        "threat.violence",
        "si tu dis un mot aux profs, dis leur merci pour la sortie",
        GENERAL,
    ),
    (
        "tell anyone about last night and we'll be waiting outside ur school",
        GENERAL,
        "threat.violence",
        "we'll be waiting outside the school at 3, don't be late",
        GENERAL,
    ),
    (
        "better hope i don't see him at the bus stop, he's going home in an ambulance",
        GENERAL,
        "threat.violence",
        "hope i see him at the bus stop, he's going home early today",
        GENERAL,
    ),
    (
        "pay the 200 quid or ur kneecaps pay for it",
        GENERAL,
        "threat.extortion",
        "pay the 200 quid or the bank charges interest",
        GENERAL,
    ),
    (
        "ur getting jumped after school, no cap",
        GENERAL,
        "threat.violence",
        "ur getting a jumper for christmas, no cap",
        GENERAL,
    ),
    (
        "u know what i did to the last kid who snitched? ur next",
        GENERAL,
        "threat.violence",
        "u know what i did to the last cake? ate it all",
        GENERAL,
    ),
    (
        "la prochaine fois ce sera pas des mots, ce sera la batte",
        GENERAL,
        "threat.violence",
        "la prochaine fois ce sera pas des mots croisés mais un sudoku",
        GENERAL,
    ),
    (
        "we're rolling 20 deep to his house friday, bring what u got",
        GENERAL,
        "threat.incitement",
        "we're rolling 20 deep to the match friday, bring scarves",
        GENERAL,
    ),
    (
        "3k in btc or the screenshots go to your wife",
        DM_ADULTS,
        "threat.extortion",
        "3k for the van or 2k without the roof rack, your call",
        DM_ADULTS,
    ),
    (
        "send me her pic and i'll put it thru a nudify app",
        GENERAL,
        "ncii.share",
        "undress the doll before the bath, she's waterproof",
        GENERAL,
    ),
    (
        "once she's in my car she can't say no, that's how it works",
        GENERAL,
        "sexual_violence.nonconsent",
        "once she's in my car she can't miss the turn, the gps is loud",
        GENERAL,
    ),
    ("daddy4highschoolgirls", PSEUDONYM, "child_safety.name_sexualised", "daddy4life", PSEUDONYM),
    (
        "Nox is actually Emma from the bakery on Park Road, go say hi lol",
        GENERAL,
        "doxxing.identity",
        "Nox is actually a cat from the shelter, so cute",
        GENERAL,
    ),
    (
        "qqn sait où elle habite la streameuse Lyra ?",
        GENERAL,
        "doxxing.ask",
        "qqn sait où il est le parking du stade ?",
        GENERAL,
    ),
    (
        "on se reverra, le monde est petit",
        GENERAL,
        "threat.vague",
        "on s'est revus hier, le monde est petit !",
        GENERAL,
    ),
    (
        "we'll sort this somewhere the mods can't see",
        GENERAL,
        "threat.vague",
        "the mods can't see deleted messages, right?",
        GENERAL,
    ),
]
# Advice, a confirmed pick-up, a doll, sport: no rule fires.
LOOK_ALIKES_21 = [
    "petit conseil : change d'itinéraire, la ligne 4 est en travaux",
    "friendly advice: dont walk home thru the park after dark anymore, the lamps are broken",
    "ma soeur elle sort à 16h30 du collège, tu peux passer la prendre ? à demain",
    "i wouldn't leave the bike there tonight if i were you, it's going to rain",
    "j'ai le double des clés si tu veux passer arroser les plantes",
    "mes vieux jouets vont finir en sac poubelle, snif",
    "this isn't over, rematch tomorrow at the park",
    "t'es mort ! j'ai pris le dernier croissant 😂",
]

SITTING_22 = [
    (
        "qqn a une app qui retire les vêtements d'une photo ? c'est pour ma voisine",
        GENERAL,
        "ncii.share",
        "qqn a une app qui retire l'arrière-plan d'une photo ? c'est pour mon CV",
        GENERAL,
    ),
    (
        "hid a tiny cam inside the alarm clock in the airbnb bedroom, guests never notice",
        GENERAL,
        "ncii.covert",
        "hid a spare key inside the alarm clock in the airbnb bedroom, guests never notice",
        GENERAL,
    ),
    (
        "j'ai screen la story privée de ma collègue en bikini, je vous fais tourner",
        GENERAL,
        "ncii.share",
        "j'ai vu la story de ma collègue en vacances, trop beau le paysage",
        GENERAL,
    ),
    (
        "si tu me bloques encore tout le monde verra ce que tu m'as envoyé l'an dernier",
        DM_ADULTS,
        "ncii.share",
        "si tu me bloques encore sur le jeu je change de serveur",
        DM_ADULTS,
    ),
    (
        "my gf said no halfway but i kept going, she'll get over it",
        GENERAL,
        "sexual_violence.nonconsent",
        "my gf said no to the second film so we went to bed",
        GENERAL,
    ),
    (
        "keep pouring her drinks until she can't walk straight, then she's yours",
        GENERAL,
        "sexual_violence.incitement",
        "keep pouring her drinks, she's the birthday girl tonight",
        GENERAL,
    ),
    (
        "ces mecs ils ont juste eu pas de chance de se faire choper, la victime de Mazan dormait",
        GENERAL,
        "sexual_violence.apologism",
        "ces mecs ils ont juste eu pas de chance au tirage, le match de Mazan est reporté",
        GENERAL,
    ),
    (
        "celui qui m'a insulté c'est Thomas B. il travaille à la boulangerie du centre",
        GENERAL,
        "doxxing.identity",
        "mon voisin c'est Thomas, il travaille bien à l'école",
        GENERAL,
    ),
    (
        "his mum's mobile is 07700 900123, ring her and tell her what he did",
        GENERAL,
        "doxxing.publish",
        "the helpline is 0800 1111, ring them and tell them what happened",
        GENERAL,
    ),
    (
        "la prochaine fois tu vas ramasser tes dents sur le trottoir",
        GENERAL,
        "threat.violence",
        "la prochaine fois tu vas brosser tes dents avant de dormir",
        GENERAL,
    ),
    (
        "ramène tes gars si tu veux, t'en auras besoin pour te ramasser après",
        TEEN_ROOM,
        "threat.violence",
        "ramène tes gars si tu veux, on a assez de pizzas pour tout le monde",
        TEEN_ROOM,
    ),
    (
        "somebody needs to put that landlord six feet under",
        GENERAL,
        "threat.incitement",
        "somebody needs to put that landlord in his place at the tribunal",
        GENERAL,
    ),
    (
        "we know what time ur daughter finishes swimming. drop the complaint.",
        DM_ADULTS,
        "threat.violence",
        "do you know what time your daughter finishes swimming? i can drive her back",
        DM_ADULTS,
    ),
    (
        "people like my landlord deserve what's coming to them",
        GENERAL,
        "threat.vague",
        "people like my landlord deserve a bad review",
        GENERAL,
    ),
]
# News of an arrest, a law, a drunk friend, a dentist, a wedding film: no rule fires.
LOOK_ALIKES_22 = [
    "they arrested the man who was filming up skirts at the station, good riddance",
    "the new law on deepfake nudes finally passed, about time",
    "we found a camera in the smoke alarm of our airbnb, what do we do",
    "the ref said stop but he kept going and scored",
    "bring ur mates to the party, after 10 pints u'll need carrying home lol",
    "j'ai filmé 3 filles du club au gala de danse, trop belles les chorés",
    "cette copie mérite une bonne correction de ma part ce weekend",
    "Lucas du 3e B a gagné le concours de dessin, il habite à côté",
]

# Twenty-third sitting (train/ac: obfuscations and everyday registers): texts written for the
# tests, not ac's lines, each with its look-alike, on the rules alone.
SITTING_23 = [
    (
        "je vais te b*ter toi et ta bande, t'es prévenu",
        GENERAL,
        "threat.violence",
        "je vais te b*ttre au ping-pong ce soir, t'es prévenu",
        GENERAL,
    ),
    (
        "i'll k*ll u if u show up again",
        GENERAL,
        "threat.violence",
        "i'll call u if u show up again",
        GENERAL,
    ),
    (
        "imma end u fr, pull up",
        GENERAL,
        "threat.violence",
        "imma end up late fr, pull up without me",
        GENERAL,
    ),
    (
        "la prochaine fois que tu me croises t'auras plus de dents",
        GENERAL,
        "threat.violence",
        "après trois marathons t'auras plus de genoux, ménage-toi",
        GENERAL,
    ),
    (
        "next time you see me you won't have any teeth left",
        GENERAL,
        "threat.violence",
        "next time you see me i'll have new teeth, braces off",
        GENERAL,
    ),
    (
        "on va lui faire passer l'envie à coups de batte, qui est chaud ?",
        GENERAL,
        "threat.incitement",
        "on va lui faire passer l'envie à coups de bonbons, qui est chaud ?",
        GENERAL,
    ),
    (
        "on la coince à trois dans le parking ce soir et elle va comprendre",
        GENERAL,
        "threat.incitement",
        "on la coince dans le planning ce soir et elle va comprendre le dossier",
        GENERAL,
    ),
    (
        "on le chope à plusieurs à la sortie du bahut et il va morfler",
        TEEN_ROOM,
        "threat.incitement",
        "on le chope à plusieurs à la sortie du bahut pour son anniv, il va adorer",
        TEEN_ROOM,
    ),
    (
        "ta bagnole qui crame ce serait con hein, continue",
        GENERAL,
        "threat.violence",
        "ta bagnole qui consomme ce serait con de la garder, vends-la",
        GENERAL,
    ),
    (
        "on se recroisera et tu riras moins",
        GENERAL,
        "threat.vague",
        "on se recroisera au mariage et tu riras de mes photos",
        GENERAL,
    ),
    (
        "we'll meet again one day, u won't be so smug then",
        GENERAL,
        "threat.vague",
        "we'll meet again one day, u won't recognise the old place",
        GENERAL,
    ),
    (
        "faut retirer la capote en scred, elle voit que dalle",
        GENERAL,
        "sexual_violence.nonconsent",
        "faut retirer la capote en scred de ton sac avant que ta mère fouille",
        GENERAL,
    ),
    (
        "les accusés de mazan ont rien fait de si grave au fond",
        GENERAL,
        "sexual_violence.apologism",
        "mon chat a rien fait de si grave au fond, juste un vase",
        GENERAL,
    ),
    (
        "j'attends toujours qu'elle soit bien torchée pour conclure",
        GENERAL,
        "sexual_violence.nonconsent",
        "j'attends toujours qu'elle soit bien rentrée pour conclure l'appel",
        GENERAL,
    ),
    (
        "la vidéo de nous deux sera chez ta mère ce soir, tu l'as cherché",
        DM_ADULTS,
        "ncii.share",
        "la vidéo de nous deux au ski sera chez ta mère ce soir pour son anniv",
        DM_ADULTS,
    ),
    (
        "i'll do u an edit of ur coworker naked off her insta, 10 quid",
        GENERAL,
        "ncii.share",
        "i'll do u an edit of ur coworker in a cowboy hat off her insta, 10 quid",
        GENERAL,
    ),
    (
        "anyone got the folder of that barmaid from the pub? it's going round, dm me",
        GENERAL,
        "ncii.share",
        "anyone got the folder of that intern for the audit? it's due monday, dm me",
        GENERAL,
    ),
    ("exgfs_exposed_fr", ROOM_NAME, "ncii.share", "exgfs_reunion_fr", ROOM_NAME),
    ("send the shitskins home", GENERAL, "hate.slur", "send the kids home", GENERAL),
    ("wotan_88_crew", PSEUDONYM, "hate.slur", "wotan_crew_1988", PSEUDONYM),
    ("quatorze_mots_aryens", ROOM_NAME, "hate.slur", "quatorze_mots_croises", ROOM_NAME),
    (
        "les 'quartiers' encore aux infos, on sait tous ce que quartiers veut dire",
        GENERAL,
        "hate.insinuation",
        "les 'quartiers' encore aux infos, on sait tous ce que quartiers veut dire pour la mairie",
        GENERAL,
    ),
    (
        "laquelle est la meilleure au lit dans la classe ?",
        TEEN_ROOM,
        "sexual.minor_context",
        "laquelle est la meilleure au bac dans la classe ?",
        TEEN_ROOM,
    ),
    ("selling 0xy 40s, dm me", GENERAL, "drugs.sale.offer", "selling 0ld bikes, dm me", GENERAL),
    ("Roses_300_per_night", PSEUDONYM, "prostitution.paid_sex", "Roses_300_per_box", PSEUDONYM),
    (
        "recruiting girls for a flat near the station, we handle punters, 50/50 split",
        GENERAL,
        "prostitution.paid_sex",
        "recruiting a flatmate for a flat near the station, we handle bills, 50/50 split",
        GENERAL,
    ),
    (
        "le troll qui spamme s'appelle Inès K., 25 ans, elle vit à Metz",
        GENERAL,
        "doxxing.identity",
        "ma fille s'appelle Inès K. sur la liste, elle adore Metz",
        GENERAL,
    ),
    (
        "the thief: 06 11 22... and the rest is 33 44, i split it so the bot doesn't catch it",
        GENERAL,
        "doxxing.publish",
        "my number: 06 11 22... and the rest is 33 44, text me",
        GENERAL,
    ),
]
# A starred sex word in an adult room, a school project, the bin, history, a vote on a film.
FALSE_POSITIVES_23 = [
    ("plan c*l ce soir à Nantes, qui est chaud ? 😈", ADULT_ROOM),
    ("exposé de SVT sur le revenge porn et la loi, vous avez des sources ?", TEEN_ROOM),
    ("school project on revenge porn laws, any good sources?", TEEN_ROOM),
    ("j'ai brûlé toutes les lettres et photos de mon ex... au feu, libérée", GENERAL),
    ("la propagande nazie montrait les roms comme de la vermine, vu en cours d'histoire", GENERAL),
]

# Twenty-fifth sitting: written for the tests (not lines of train/ad-ag), each with its look-alike.
SITTING_25 = [
    (
        "t'inquiète j'ai un coin sous la dalle du garage pour toi",
        GENERAL,
        "threat.violence",
        "t'inquiète j'ai un coin sous la dalle du garage pour ton vélo",
        GENERAL,
    ),
    (
        "got a little spot under the decking for you mate",
        GENERAL,
        "threat.violence",
        "got a little spot under the decking for your bike mate",
        GENERAL,
    ),
    (
        "je suis maçon, je sais faire disparaître des gravats... et toi t'es le prochain",
        GENERAL,
        "threat.violence",
        "je suis maçon, je sais faire disparaître des fissures, appelle-moi",
        GENERAL,
    ),
    (
        "cette saison le gibier c'est toi, fais gaffe en forêt",
        GENERAL,
        "threat.violence",
        "cette saison le gibier c'est du chevreuil, fais gaffe en forêt",
        GENERAL,
    ),
    (
        "i've got you in my sights, don't go out tonight",
        GENERAL,
        "threat.violence",
        "i've got my sights on the new album, out tonight",
        GENERAL,
    ),
    (
        "samedi soit tu rembourses soit tu marcheras plus jamais droit",
        GENERAL,
        "threat.violence",
        "après l'entorse tu marcheras plus droit pendant deux jours, repose-toi",
        GENERAL,
    ),
    (
        "no money by monday? we take it out of your knees",
        GENERAL,
        "threat.violence",
        "no money by monday? we take it out of your wages, sorry",
        GENERAL,
    ),
    (
        "pay up or ur teeth pay instead",
        GENERAL,
        "threat.violence",
        "pay up or ur card pays instead, the app does it",
        GENERAL,
    ),
    (
        "j'ai un pote pour te casser les deux jambes pour 300 balles",
        GENERAL,
        "threat.violence",
        "j'ai un pote pour te refaire la cuisine pour 300 balles",
        GENERAL,
    ),
    (
        "i know some lads who'll sort you out, keep mouthing",
        GENERAL,
        "threat.violence",
        "i know some lads who'll sort out your boiler, cheap too",
        GENERAL,
    ),
    (
        "je ferai en sorte que ta fille rentre plus jamais de l'école",
        GENERAL,
        "threat.violence",
        "je ferai en sorte que ta fille rentre pas seule de l'école, je la raccompagne",
        GENERAL,
    ),
    (
        "lock ur door, we know which house it is",
        GENERAL,
        "threat.violence",
        "lock ur door, we know the area has had break-ins",
        GENERAL,
    ),
    (
        "profite bien de ta dernière semaine, je sais où tu bosses",
        GENERAL,
        "threat.violence",
        "profite bien de ta dernière semaine de vacances, tu bosses lundi",
        GENERAL,
    ),
    (
        "ce serait dommage qu'il mange un truc pas frais, ton chien",
        GENERAL,
        "threat.violence",
        "ce serait dommage qu'il mange trop de croquettes, ton chien",
        GENERAL,
    ),
    (
        "ton scooter garé devant chez ta mère il va finir en barbecue ce soir",
        GENERAL,
        "threat.violence",
        "mon vieux scooter a fini en barbecue sur la rocade, personne de blessé",
        GENERAL,
    ),
    (
        "ur van outside the gym is getting torched later",
        GENERAL,
        "threat.violence",
        "ur van outside the gym is getting towed later",
        GENERAL,
    ),
    (
        "200 balles demain ou ton garage prend feu",
        GENERAL,
        "threat.violence",
        "200 balles demain pour ton garage, le devis est prêt",
        GENERAL,
    ),
    (
        "ton frein à main il lâcherait vite, un coup de cutter suffit",
        GENERAL,
        "threat.violence",
        "ton frein à main il est mou, passe au garage",
        GENERAL,
    ),
    (
        "t'es mort sur la tête de ma mère 💀",
        GENERAL,
        "threat.violence",
        "t'es mort de rire sur la photo 💀",
        GENERAL,
    ),
    (
        "si tu témoignes jeudi tu reverras plus tes gosses",
        GENERAL,
        "threat.violence",
        "si tu déménages à Brest tu reverras plus tes potes aussi souvent",
        GENERAL,
    ),
    (
        "six of us will be waiting by ur door later, bring ur mates if u want",
        GENERAL,
        "threat.violence",
        "six of us will be at the pub later, bring ur mates if u want",
        GENERAL,
    ),
    (
        "tu veux que je vienne te péter les dents ?",
        GENERAL,
        "threat.violence",
        "tu veux que je vienne te prêter les clés ?",
        GENERAL,
    ),
    (
        "franchement ça va mal tourner pour toi si tu continues",
        GENERAL,
        "threat.vague",
        "franchement ça va mal tourner pour la météo ce week-end",
        GENERAL,
    ),
    (
        "continue de faire le malin et tu vas voir",
        GENERAL,
        "threat.vague",
        "continue comme ça et tu vas voir tes notes remonter",
        GENERAL,
    ),
    (
        "those p*kis again, ship em all back",
        GENERAL,
        "hate.slur",
        "those parcels again, ship em all back to the warehouse",
        GENERAL,
    ),
    (
        "tu joues comme un attardé, t'es une meuf ou quoi, retourne à la cuisine",
        GENERAL,
        "hate.slur",
        "le chef a dit retourne à la cuisine, la sauce brûle",
        GENERAL,
    ),
    (
        "why do the disabled even get to vote lol",
        GENERAL,
        "hate.attack",
        "why do students even get to vote at 16, genuine question",
        GENERAL,
    ),
    (
        "normal vu son prénom, pas étonnant vu son prénom même",
        GENERAL,
        "hate.insinuation",
        "pas étonnant vu sa taille qu'il joue pivot",
        GENERAL,
    ),
    (
        "si elle dort c'est plus facile, elle dira rien",
        GENERAL,
        "sexual_violence.nonconsent",
        "si elle dort c'est plus facile de ranger le salon",
        GENERAL,
    ),
    (
        "on l'a fait boire et le lendemain elle se souvenait de rien mdr",
        GENERAL,
        "sexual_violence.nonconsent",
        "on l'a fait boire de l'eau et le lendemain elle allait mieux",
        GENERAL,
    ),
    (
        "she was wasted, in no state, so the lads took turns",
        GENERAL,
        "sexual_violence.nonconsent",
        "she was wasted after the shift, so the lads took her home",
        GENERAL,
    ),
    (
        "get some shots in her and she'll say yes to anything",
        GENERAL,
        "sexual_violence.nonconsent",
        "get some shots of her at the finish line, she'll love it",
        GENERAL,
    ),
    (
        "les vrais mecs demandent pas, ils prennent",
        GENERAL,
        "sexual_violence.apologism",
        "les vrais mecs demandent pas leur chemin, ils se perdent",
        GENERAL,
    ),
    (
        "marriage = consent, always has been",
        GENERAL,
        "sexual_violence.apologism",
        "marriage = paperwork, always has been",
        GENERAL,
    ),
    (
        "je vais mettre ton anatomie partout sur insta",
        DM_ADULTS,
        "ncii.share",
        "je vais mettre ton gâteau partout sur insta",
        DM_ADULTS,
    ),
    (
        "the video of you both is going all over the group chat tonight",
        DM_ADULTS,
        "ncii.share",
        "the video of you both at the wedding is lovely, sending it now",
        DM_ADULTS,
    ),
    (
        "cams cachées dans les vestiaires du club, lien en mp",
        GENERAL,
        "ncii.covert",
        "caméras de surveillance à l'entrée du club, c'est affiché",
        GENERAL,
    ),
    (
        "balancez ici les adresses des modos, on passera les voir",
        GENERAL,
        "doxxing.identity",
        "balancez ici les adresses des meilleures crêperies, on passera les voir",
        GENERAL,
    ),
    (
        "he works at the Costa by the station, go tell him what you think of him",
        GENERAL,
        "doxxing.identity",
        "he works at the Costa by the station, go tell him happy birthday",
        GENERAL,
    ),
    (
        "on cherche une femme pour pimenter nos soirées, couple discret",
        GENERAL,
        "sexual.general_room",
        "on cherche des idées pour pimenter nos soirées jeux de société",
        GENERAL,
    ),
    (
        "alors, plutôt dessus ou dessous au lit ? 😏",
        GENERAL,
        "sexual.general_room",
        "alors, plutôt dessus ou dessous dans le lit superposé ?",
        GENERAL,
    ),
]
# A car, lessons by the hour, chillies, laundry, a race, an anaesthetic, a surprise, a lost
# wallet, an excuse refused, a friend's story told to ask what to do.
FALSE_POSITIVES_25 = [
    ("Ford_Escort_RS_Club", ROOM_NAME),
    ("how much for an hour of piano lessons on saturdays?", GENERAL),
    ("concours des sauces les plus chaudes ce soir 🌶️", GENERAL),
    ("whites only washing tips: 40 degrees, no colours", GENERAL),
    ("watch your back on the final bend, she overtakes on the inside", GENERAL),
    ("mamie a eu son anesthésie générale, she won't remember a thing says the nurse", GENERAL),
    ("on va pas leur demander leur avis pour la surprise, c'est pour leurs 20 ans", GENERAL),
    ("il l'a cherché partout son portefeuille, il était dans sa veste", GENERAL),
    ("arrêtez avec 'elle l'a cherché', une jupe c'est pas une invitation", GENERAL),
    (
        "ma sœur m'a dit qu'un type voulait mettre un truc dans son verre, on prévient le bar ?",
        GENERAL,
    ),
]

# --- twenty-seventh sitting (train/ah-ak): harmful texts written for the tests, not the files'
# lines, each with its look-alike, on the rules alone.
SITTING_27 = [
    # Street words, a plate, leetspeak; an iron, a delivery.
    (
        "on va t3 c0ll3r un3 b4ll3 d3m41n",
        GENERAL,
        "threat.violence",
        "on va te coller une étiquette sur le carton demain",
        GENERAL,
    ),
    # Extortion: pay or it goes out; a film project, a lesson.
    (
        "tes messages je les ai, tu me prêtes ta console ou je les envoie à ta mère",
        DM_ADULTS,
        "threat.extortion",
        "tu me prêtes ta console ou je demande à ta mère si elle a la sienne",
        DM_ADULTS,
    ),
    # Sexual violence; a drink with lemon, a game night, a baby asleep.
    (
        "les mecs de Mazan avaient raison, le mari était d'accord",
        GENERAL,
        "sexual_violence.apologism",
        "le procès de Mazan a condamné les 51 accusés",
        GENERAL,
    ),
    # NCII; a wedding, a match.
    (
        "j'ai encore les nudes de Laura, fais tourner au groupe",
        GENERAL,
        "ncii.share",
        "j'ai encore les photos du mariage de Laura, je les envoie au groupe",
        GENERAL,
    ),
    # Hate, prostitution, child safety.
    ("Hitler avait raison", PSEUDONYM, "hate.slur", "Hitler_le_documentaire", PSEUDONYM),
]
# A drink, a shooter's round, a dessert defended, croissants, a parcel, a concert, a
# birthday surprise, a report to the moderators, a chilli, a cat, a car, smart plugs.
FALSE_POSITIVES_27 = [
    ("j'ai mis un truc dans son verre : des glaçons et une rondelle de citron", GENERAL),
    ("added a wedge of lemon in her drink, she liked it", GENERAL),
    ("t'es mort au prochain round, je couvre A long avec l'AWP", GENERAL),
    ("si tu touches à mon gâteau t'es un homme mort 🎂", GENERAL),
    ("je t'attends en bas, j'ai les croissants", DM_ADULTS),
    ("je sais où t'habites maintenant, je passe te prendre à 9h", DM_ADULTS),
    ("tu vas le regretter si tu viens pas, le groupe était énorme", GENERAL),
    ("attends-toi à une surprise en rentrant, c'est ton cadeau d'anniversaire", DM_ADULTS),
    ("@modo un compte m'a écrit « t'es mort » en privé, je vous mets la capture", GENERAL),
    ("tu joues avec le feu avec ce piment, ta bouche va brûler", GENERAL),
    (
        "le voisin m'a dit qu'il allait me casser les genoux, j'ai un témoin, je porte plainte",
        GENERAL,
    ),
    ("Coquin_le_chat_tigré", PSEUDONYM),
    ("Escort_RS_Turbo_club", ROOM_NAME),
    ("quel plug connecté pour la lampe du salon ?", GENERAL),
    ("on va te descendre en flammes au quiz de géo vendredi, révise", TEEN_ROOM),
]

# --- every sitting's rules since the twelfth, on the rules alone (the model may set a review
# aside until it is retrained on them): one test per shape, each case named by its sitting ----

_SITTINGS = {
    12: SITTING_12,
    13: SITTING_13,
    14: SITTING_14,
    15: SITTING_15,
    16: SITTING_16,
    17: SITTING_17,
    18: SITTING_18,
    19: SITTING_19,
    20: SITTING_20,
    21: SITTING_21,
    22: SITTING_22,
    23: SITTING_23,
    25: SITTING_25,
    27: SITTING_27,
}
_LOOK_ALIKES = {
    15: LOOK_ALIKES_15,
    16: LOOK_ALIKES_16,
    17: LOOK_ALIKES_17,
    18: LOOK_ALIKES_18,
    19: LOOK_ALIKES_19,
    20: LOOK_ALIKES_20,
    21: LOOK_ALIKES_21,
    22: LOOK_ALIKES_22,
}
_FALSE_POSITIVES = {
    16: FALSE_POSITIVES_16,
    17: FALSE_POSITIVES_17,
    18: FALSE_POSITIVES_18,
    19: FALSE_POSITIVES_19,
    20: FALSE_POSITIVES_20,
    23: FALSE_POSITIVES_23,
    25: FALSE_POSITIVES_25,
    27: FALSE_POSITIVES_27,
}


def _by_sitting(tables: dict[int, list[Any]]) -> list[Any]:
    return [
        pytest.param(*(case if isinstance(case, tuple) else (case,)), id=f"s{n}-{i}")
        for n, table in tables.items()
        for i, case in enumerate(table)
    ]


@pytest.mark.parametrize(
    ("harmful", "ctx", "rule", "harmless", "harmless_ctx"), _by_sitting(_SITTINGS)
)
def test_a_sitting_s_rule_finds_the_harm_and_not_its_look_alike(
    harmful: str, ctx: Context, rule: str, harmless: str, harmless_ctx: Context
) -> None:
    assert rule in rules_for(harmful, ctx), rules_for(harmful, ctx)
    assert not rules_for(harmless, harmless_ctx), rules_for(harmless, harmless_ctx)


@pytest.mark.parametrize("text", _by_sitting(_LOOK_ALIKES))
def test_a_sitting_s_look_alikes_pass_the_rules(text: str) -> None:
    """News, prevention, the Mazan trial, a parent, sport, a film, a garden: no rule fires."""
    assert not rules_for(text, GENERAL), rules_for(text, GENERAL)


@pytest.mark.parametrize(("text", "ctx"), _by_sitting(_FALSE_POSITIVES))
def test_a_sitting_s_false_positives_pass_the_rules(text: str, ctx: Context) -> None:
    assert not rules_for(text, ctx), rules_for(text, ctx)
