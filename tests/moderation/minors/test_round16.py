"""Round 16: batch n's misses in general forms. Groomers who put a gift on the partner's
account or in their hands, ask them to take off any garment, cover a lie to the household;
declared adults who write as children of a carer who fetches, reads to and walks them, of a
first time home alone, a children's doctor, a light put out at a set hour, the things of a
child's day; declared teens who write as adults of an overdraft, the pay that lands, an
estate, a loan's rate, a decade passed. Each cue beside a look-alike that must stay clear."""

import pytest

from causette.moderation.minors import MinorsGuard, SignalKind
from causette.moderation.minors.fold import fold
from causette.moderation.minors.rules import (
    ADULT_SELF_RULES,
    CHILD_SELF_RULES,
    GROOMING_RULES,
    Rule,
    match,
)

from .conftest import Chat, kinds


def rules(text: str, table: tuple[Rule, ...]) -> set[str]:
    return {r.id for r in match(fold(text), table)}


@pytest.mark.parametrize(
    ("text", "table", "rule"),
    [
        ("je t'ai pris le sweat que tu voulais", GROOMING_RULES, "g.gift"),
        ("je t'ai mis un truc dans ton inventaire, regarde", GROOMING_RULES, "g.gift"),
        ("et t'enlèves ton pull avant, que je voie", GROOMING_RULES, "g.undress"),
        ("une autre sans ta chemise", GROOMING_RULES, "g.undress"),
        ("je te couvre si elle appelle", GROOMING_RULES, "g.secrecy"),
        ("fais-leur croire que tu dors chez léa", GROOMING_RULES, "g.secrecy"),
        ("invente une excuse pour samedi", GROOMING_RULES, "g.secrecy"),
        ("mon père me lit encore une histoire", CHILD_SELF_RULES, "c.childhood"),
        ("ce soir c'est nounou qui vient me prendre", CHILD_SELF_RULES, "c.childhood"),
        ("et après papa vient me récupérer", CHILD_SELF_RULES, "c.childhood"),
        ("elle veut me tenir la main pour traverser", CHILD_SELF_RULES, "c.childhood"),
        ("elle dit que je suis encore trop petit pour ça", CHILD_SELF_RULES, "c.childhood"),
        ("c'est la première fois que je rentre tout seul", CHILD_SELF_RULES, "c.childhood"),
        ("maman m'a donné la clé autour du cou", CHILD_SELF_RULES, "c.childhood"),
        ("demain je vais chez le dentiste pour les enfants", CHILD_SELF_RULES, "c.childhood"),
        ("à 20h30 il éteint la lumière", CHILD_SELF_RULES, "c.childhood"),
        ("attends je demande à maman si je peux rester", CHILD_SELF_RULES, "c.parents_forbid"),
        ("bientôt je vais avoir deux chiffres", CHILD_SELF_RULES, "c.self_age"),
        ("on a fait de la pâte à sel", CHILD_SELF_RULES, "c.child_world"),
        ("je range mes feutres", CHILD_SELF_RULES, "c.child_world"),
        ("maman l'a accroché sur le frigo", CHILD_SELF_RULES, "c.child_world"),
        ("j'ai été à découvert avant que le salaire tombe", ADULT_SELF_RULES, "a.adult_life"),
        ("la banque m'a mis 30 euros d'agios", ADULT_SELF_RULES, "a.adult_life"),
        ("avec les frais de succession on touche rien", ADULT_SELF_RULES, "a.adult_life"),
        ("le taux qu'on a eu pour la maison", ADULT_SELF_RULES, "a.adult_life"),
        ("j'ai plus l'âge de sortir le samedi", ADULT_SELF_RULES, "a.aging"),
        ("depuis que j'ai passé les quarante je grossis", ADULT_SELF_RULES, "a.life_event"),
    ],
)
def test_wording_of_round_16(text: str, table: tuple[Rule, ...], rule: str) -> None:
    assert rule in rules(text, table)


@pytest.mark.parametrize(
    ("text", "table", "rule"),
    [
        ("je t'ai pris les notes que tu voulais", GROOMING_RULES, "g.gift"),
        ("enlève ta veste elle est trempée", GROOMING_RULES, "g.undress"),
        ("je me couvre bien il fait froid", GROOMING_RULES, "g.secrecy"),
        ("je demande à ma mère si elle peut garder le chat", CHILD_SELF_RULES, "c.parents_forbid"),
        ("je vais rentrer seule ce soir", CHILD_SELF_RULES, "c.childhood"),
        ("je vais voir le dessin animé au ciné", CHILD_SELF_RULES, "c.child_world"),
        ("elle a découvert les emojis", ADULT_SELF_RULES, "a.adult_life"),
        ("j'ai plus l'âge de jouer aux barbies", ADULT_SELF_RULES, "a.aging"),
        ("j'ai passé les quarante minutes du trajet à dormir", ADULT_SELF_RULES, "a.life_event"),
    ],
)
def test_look_alikes_of_round_16_stay_clear(text: str, table: tuple[Rule, ...], rule: str) -> None:
    assert rule not in rules(text, table)


def test_a_declared_adult_read_a_bedtime_story_is_flagged() -> None:
    chat = Chat(MinorsGuard(use_model=False))
    chat.dm("a", 18, "b", 23, "mon père me lit encore une histoire mais chut")
    chat.dm("a", 18, "b", 23, "à 20h30 il éteint la lumière")
    assert (SignalKind.AGE_LIE_ADULT, "a") in kinds(chat)


def test_a_parent_reading_a_bedtime_story_is_not_flagged() -> None:
    chat = Chat(MinorsGuard(use_model=False))
    chat.dm("a", 36, "b", 35, "je lui lis encore une histoire tous les soirs")
    chat.dm("a", 36, "b", 35, "à 20h30 j'éteins la lumière")
    assert chat.signals == []


def test_a_teen_who_gives_a_sweat_and_asks_to_take_off_the_pullover_is_held() -> None:
    chat = Chat(MinorsGuard(use_model=False))
    chat.dm("a", 17, "b", 15, "je t'ai pris le sweat que tu voulais")
    chat.dm("a", 17, "b", 15, "et t'enlèves ton pull avant, que je voie comment il tombe")
    assert (SignalKind.GROOMING, "a") in kinds(chat)


def test_teens_sharing_notes_and_a_wet_jacket_are_not_held() -> None:
    chat = Chat(MinorsGuard(use_model=False))
    chat.dm("a", 16, "b", 15, "je t'ai pris les notes que tu voulais")
    chat.dm("a", 16, "b", 15, "enlève ta veste elle est trempée")
    assert chat.signals == []


def test_a_declared_teen_with_an_overdraft_is_flagged_as_an_adult() -> None:
    chat = Chat(MinorsGuard(use_model=False))
    chat.dm("a", 17, "b", 15, "j'ai été à découvert avant que le salaire tombe")
    chat.dm("a", 17, "b", 15, "la banque m'a mis 30 euros d'agios")
    assert (SignalKind.AGE_LIE_MINOR, "a") in kinds(chat)


def test_a_teen_whose_mother_found_out_is_not_flagged() -> None:
    chat = Chat(MinorsGuard(use_model=False))
    chat.dm("a", 16, "b", 15, "ma mère a découvert mon snap")
    chat.dm("a", 16, "b", 15, "j'ai plus l'âge de jouer aux barbies mdr")
    assert chat.signals == []


def test_a_declared_adult_held_as_a_child_on_their_own_cues_is_flagged_too() -> None:
    chat = Chat(MinorsGuard(use_model=False))
    chat.dm("a", 20, "b", 33, "ma mère vient me chercher à 17h")
    assert chat.signals == []  # one childhood cue: under the age-lie threshold
    chat.dm("b", 33, "a", 20, "t'es toute seule en attendant ?")
    assert (SignalKind.GROOMING, "b") in kinds(chat)
    assert (SignalKind.AGE_LIE_ADULT, "a") in kinds(chat)  # c.groomed, round 16


def test_a_pair_held_on_the_groomers_cues_alone_flags_no_age_lie() -> None:
    chat = Chat(MinorsGuard(use_model=False))
    chat.dm("b", 33, "a", 20, "t'es en quelle classe ?")
    chat.dm("b", 33, "a", 20, "t'es toute seule ?")
    chat.dm("b", 33, "a", 20, "envoie une photo de toi")
    assert (SignalKind.GROOMING, "b") in kinds(chat)
    assert not any(kind is SignalKind.AGE_LIE_ADULT for kind, _ in kinds(chat))
