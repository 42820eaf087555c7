"""Round 14: grooming wording the cross-batch hold-out missed, in general forms (a lie
coached for the parents, an erased or kept chat, waiting for the parent to pass, an age gap
made normal, screenshots as a threat, franglais), and a declared
teen who grooms with adult cues raising the age-lie signal too."""

import pytest

from causette.moderation.minors import MinorsGuard, SignalKind

from .conftest import Chat, adult_rules, child_rules, grooming_rules, kinds


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("dis à ton père que t'es chez une copine pour réviser", "g.secrecy_adults"),
        ("dis-leur que t'as mal à la tête et on s'écrit", "g.secrecy"),
        ("ton père doit pas lire nos messages", "g.secrecy_adults"),
        ("laisse ton tel chez toi pour qu'ils te retrouvent pas", "g.secrecy_adults"),
        ("vide l'historique après stp", "g.secrecy"),
        ("et garde cette discussion pour toi", "g.secrecy"),
        ("dis lui pas que tu me parles", "g.secrecy"),
        ("t'inquiète je la garderai pour moi", "g.secrecy"),
        ("attends qu'il soit couché pour m'appeler", "g.alone_conceal"),
        ("on chuchote comme ça personne capte", "g.alone_conceal"),
        ("file dans ta chambre et on s'appelle", "g.alone_conceal"),
        ("franchement on s'en fout de l'âge entre nous deux", "g.maturity"),
        ("t'as déjà pensé sortir avec un mec plus âgé ?", "g.maturity"),
        ("y a trop d'histoires avec l'âge de nos jours", "g.maturity"),
        ("j'ai gardé des screens de tes messages, fais gaffe", "g.threat"),
        ("je voudrais t'acheter un sweat", "g.gift"),
        ("t'es assez grande pour choisir toute seule", "g.trust"),
        ("tes copines t'accaparent, t'as jamais de temps pour moi", "g.isolation"),
        ("viens me rejoindre au skatepark", "g.meeting"),
        ("tu fé 1 cam ce soir ?", "g.photo_request"),
        ("send me a pic stp", "g.photo_request"),
        ("dont tell your mom ok", "g.secrecy_adults"),
        ("keep it between us", "g.secrecy"),
        ("i can pick you up after class", "g.pickup"),
    ],
)
def test_grooming_wording_of_round_14(text: str, rule: str) -> None:
    assert rule in grooming_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "on attend qu'elle dorme et on la ramène",  # friends looking after a drunk friend
        "j'attends que mon père ait fini de cuisiner",
        "ma chambre d'hôtel est nickel, monte dans ta chambre d'hôtel aussi",
        "en chuchotant dans le micro sinon ma soeur se réveille",
        "dis-moi que tu viens demain",
        "je garde le gâteau pour demain",
        "l'âge ingrat mdr",
        "tu fais plus vieux sur ta photo",
        "je sais pas quoi faire ce soir",
        "ma mère doit passer me chercher",
    ],
)
def test_ordinary_wording_stays_clear(text: str) -> None:
    assert not grooming_rules(text) & {
        "g.alone_conceal",
        "g.secrecy",
        "g.secrecy_adults",
        "g.maturity",
        "g.threat",
        "g.isolation",
    }


def test_a_declared_adult_unsure_what_to_do_after_the_3e_writes_as_a_child() -> None:
    assert "c.school_soon" in child_rules("je sais toujours pas quoi faire après la 3e")
    assert not child_rules("mon fils sait pas quoi faire après la 3e")


def test_a_lie_coached_for_the_parents_and_a_meeting_hold_the_pair() -> None:
    chat = Chat(MinorsGuard(use_model=False))
    chat.dm("a", 17, "b", 15, "viens me rejoindre à la gare samedi")
    chat.dm("a", 17, "b", 15, "et dis à ta mère que t'es au cinéma avec ta cousine")
    assert (SignalKind.GROOMING, "a") in kinds(chat)


def test_teens_making_plans_are_not_held() -> None:
    chat = Chat(MinorsGuard(use_model=False))
    chat.dm("a", 16, "b", 16, "viens me rejoindre au parc à 15h")
    chat.dm("a", 16, "b", 16, "dis-moi si tu peux venir, je garde une place pour toi")
    chat.dm("b", 16, "a", 16, "ok je demande à ma mère")
    assert chat.signals == []


def test_a_teen_who_grooms_with_adult_cues_is_also_flagged_as_a_possible_adult() -> None:
    chat = Chat(MinorsGuard(use_model=False))
    chat.dm("a", 17, "b", 15, "le comité d'entreprise de mon boulot fait des réductions")
    assert not chat.signals  # one work cue (1.5) is under the age-lie threshold
    chat.dm("a", 17, "b", 15, "je t'offre une carte cadeau, mais dis rien à tes parents")
    assert (SignalKind.GROOMING, "a") in kinds(chat)
    lie = [s for s in chat.signals if s.kind is SignalKind.AGE_LIE_MINOR]
    assert [s.subject for s in lie] == ["a"]
    assert "a.grooms" in lie[0].rules and "a.work" in lie[0].rules


def test_an_adult_cue_after_the_pair_was_held_raises_the_age_lie_too() -> None:
    chat = Chat(MinorsGuard(use_model=False))
    chat.dm("a", 16, "b", 15, "envoie moi une photo de toi, c'est notre secret")
    assert (SignalKind.GROOMING, "a") in kinds(chat)
    chat.dm("a", 16, "b", 15, "de toute façon j'ai fini de payer mon loyer ce mois ci")
    assert (SignalKind.AGE_LIE_MINOR, "a") in kinds(chat)


def test_a_teen_groomer_without_adult_cues_is_not_flagged_as_an_adult() -> None:
    chat = Chat(MinorsGuard(use_model=False))
    chat.dm("a", 16, "b", 15, "envoie moi une photo de toi, c'est notre secret")
    chat.dm("a", 16, "b", 15, "et dis rien à tes parents")
    assert (SignalKind.GROOMING, "a") in kinds(chat)
    assert not [s for s in chat.signals if s.kind is SignalKind.AGE_LIE_MINOR]


def test_a_teen_with_a_summer_job_who_offers_cinema_tickets_to_a_friend_is_not_flagged() -> None:
    chat = Chat(MinorsGuard(use_model=False))
    chat.dm("a", 17, "b", 17, "mon job d'été au snack paye bien")
    chat.dm("a", 17, "b", 17, "on va au ciné samedi ?")
    assert chat.signals == []


def test_a_declared_teen_recalling_the_early_2000s_writes_as_an_adult() -> None:
    assert "a.nostalgia" in adult_rules("mon bahut c'était à la fin des années 90")
    assert "a.nostalgia" in adult_rules("je suis resté sur ce qu'on écoutait au lycée")
    assert not adult_rules("on a un exposé sur les années 2000 en histoire")


def test_only_an_adult_rule_not_the_adult_model_links_grooming_to_age_lie() -> None:
    from causette.moderation.minors.guard import _adult_rule

    assert _adult_rule("a.work") and _adult_rule("a.adult_life")
    assert not _adult_rule("a.model") and not _adult_rule("a.grooms")
