"""Round 9: grooming told slowly and in veiled terms (another app named by a hint, photos
asked without the word, secrecy, isolation, a shared room, free lessons), age-lie told
indirectly both ways, the model's share of a pair, and the hard negatives: teens riding to
school together, sharing a bedroom with a brother, adults whose child takes the brevet."""

import pytest

from causette.moderation.minors import MinorsGuard, SignalKind

from .conftest import Chat, adult_rules, child_rules, grooming_rules


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("t'as l'appli avec le fantôme ?", "g.off_platform"),
        ("viens sur mon autre compte", "g.off_platform"),
        ("on continue ailleurs ok", "g.off_platform"),
        ("fais voir ta tenue du jour", "g.photo_request"),
        ("j'aimerais bien te voir", "g.photo_request"),
        ("tu m'enverras une petite photo ?", "g.photo_request"),
        ("t'as une photo de vacances ?", "g.photo_request"),
        ("évite d'en parler à tes copines", "g.secrecy"),
        ("parle doucement pour que personne entende", "g.secrecy"),
        ("ici tout le monde peut lire", "g.secrecy"),
        ("mets un code sur ton tel", "g.secrecy"),
        ("les autres seraient jaloux", "g.secrecy"),
        ("ce serait dommage que ta mère tombe dessus", "g.threat"),
        ("t'as pas besoin de leur permission", "g.trust"),
        ("tu me fais pas confiance ?", "g.trust"),
        ("tu me remercieras autrement", "g.trust"),
        ("les autres s'en fichent de toi", "g.isolation"),
        ("on partagera la chambre", "g.overnight"),
        ("je te donne des cours gratos", "g.gift"),
        ("je peux te mettre 500 gemmes", "g.gift"),
        ("t'es posée dans ta chambre ?", "g.alone_conceal"),
        ("t'es pas comme les meufs de ton âge", "g.maturity"),
        ("t'as l'air plus vieille", "g.maturity"),
        ("je t'attends au coin de ta rue", "g.pickup"),
        ("t'es en sécurité avec moi", "g.trust"),
        ("efface après lecture", "g.secrecy"),
        ("t'as l'appli verte ?", "g.off_platform"),
        ("montre moi un peu plus", "g.photo_request"),
    ],
)
def test_grooming_cues_of_round_9(text: str, rule: str) -> None:
    assert rule in grooming_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "je passe te chercher à vélo pour aller au lycée ?",
        "je vais devoir partager ma chambre avec mon frère",
        "t'as activé ta localisation ?",
    ],
)
def test_teens_everyday_talk_is_no_grooming_cue(text: str) -> None:
    assert not grooming_rules(text) - {"g.meeting", "g.off_platform"}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("je suis collégienne", "c.school_class"),
        ("si je passe pas en 5e c'est fini", "c.school_class"),
        ("mes moyennes sont nulles", "c.school_mine"),
        ("le collège nous oblige à porter une blouse", "c.school_mine"),
        ("ma mère reprend mon tel le soir", "c.parents_forbid"),
        ("mes parents veulent que je sois couchée à 21h", "c.parents_forbid"),
        ("mes parents m'envoient chez mamie", "c.childhood"),
        ("mamie me laisse regarder la télé", "c.childhood"),
        ("c'est la règle jusqu'au lycée", "c.childhood"),
        ("on y va toutes les 4e", "c.class_life"),
    ],
)
def test_a_declared_adults_child_life_is_read(text: str, rule: str) -> None:
    assert rule in child_rules(text)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("ma femme est enceinte", "a.parenting"),
        ("je les ai un week-end sur deux", "a.parenting"),
        ("il me voit plus depuis le divorce", "a.ex_spouse"),
        ("j'ai voté pour la première fois en 2002", "a.life_event"),
        ("ma fille passe le bac lundi", "a.life_event"),
        ("non ma mère, elle a 84 ans", "a.life_event"),
        ("10 % de majoration sur les impôts", "a.adult_life"),
        ("je sors de l'ehpad de ma mère", "a.adult_life"),
        ("vous êtes trop jeunes pour connaître", "a.aging"),
        ("le bac je l'ai eu y a longtemps", "a.nostalgia"),
        ("j'avais un baladeur en 96", "a.nostalgia"),
    ],
)
def test_a_declared_minors_adult_life_is_read(text: str, rule: str) -> None:
    assert rule in adult_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "depuis le divorce de mes parents je vois moins mon père",
        "ma grand-mère a 84 ans",
    ],
)
def test_a_teens_family_talk_is_no_adult_life(text: str) -> None:
    assert adult_rules(text) == set()


def test_a_shared_memory_with_a_year_long_gone_is_a_memory() -> None:
    assert child_rules("tu te souviens de la colo en 2015 ?", age=23) == set()


def test_two_teens_riding_to_school_raise_nothing() -> None:
    chat = Chat(MinorsGuard(use_model=False))
    chat.dm("a", 16, "b", 16, "je passe te chercher à vélo pour aller au lycée ?")
    chat.dm("b", 16, "a", 16, "oui vers 7h40")
    chat.dm("a", 16, "b", 16, "ok je serai devant chez toi")
    assert chat.signals == []


def test_a_slow_groomer_who_isolates_and_hides_is_held() -> None:
    chat = Chat(MinorsGuard(use_model=False))
    chat.dm("a", 17, "b", 15, "les autres s'en fichent de toi, pas moi")
    assert chat.signals == []
    chat.dm("a", 17, "b", 15, "évite d'en parler, ils comprendraient rien")
    assert [s.kind for s in chat.signals] == [SignalKind.GROOMING]
