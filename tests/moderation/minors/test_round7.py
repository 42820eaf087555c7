"""Round 7: age-lie recall. A declared adult telling a child's school day (detentions,
the CPE, the school bus, class outings, parental control, bedtime), a declared minor
telling an adult's life (a car of one's own, insurers, staff, one's children's school,
years of career, an age once had above the declared one); and the hard negatives: a
parent speaking of their child's school, a teen speaking of their father's car."""

import pytest

from causette.moderation.minors import MinorsGuard, SignalKind
from causette.moderation.minors.fold import fold
from causette.moderation.minors.model import TextModel

from .conftest import T0, Chat, adult_rules, child_rules


@pytest.fixture
def rules_only() -> Chat:
    return Chat(MinorsGuard(use_model=False))


def kinds(chat: Chat) -> set[SignalKind]:
    return {s.kind for s in chat.signals}


# -- a declared adult writing as a child ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("j'ai eu 2h de colle mercredi", "c.school_mine"),
        ("ma mère veut pas signer parce que j'ai eu des heures de colle", "c.school_mine"),
        ("la cpe m'a confisqué mes cartes pokémon", "c.parents_forbid"),
        ("la maîtresse m'a mis un bon point", "c.school_mine"),
        ("hier je me suis fait convoquer chez le principal", "c.school_mine"),
        ("je cherche un stage de 3e", "c.school_mine"),
        ("le car de ramassage est passé sans moi", "c.school_life"),
        ("le contrôle parental me coupe à 20h", "c.childhood"),
        ("le week end j'ai le droit de me coucher à 22h", "c.childhood"),
        ("à l'internat on doit éteindre à 21h30", "c.childhood"),
        ("zut mes parents veulent que je sois rentré à 20h", "c.parents_forbid"),
        ("faut que ma mère signe l'autorisation", "c.parents_forbid"),
        ("j'ai été puni, privé de dessert et de télé", "c.parents_forbid"),
        ("je viens de rentrer en 6e", "c.school_class"),
        ("j'ai hâte d'aller au collège l'an prochain", "c.school_soon"),
        ("l'année prochaine je rentre au lycée en seconde", "c.lycee_class"),
        ("on est que des 4e et 3e", "c.class_reply"),
        ("ce matin à la récré on a fait un foot avec les 5e", "c.class_life"),
        ("la 6e c'est trop bien", "c.class_life"),
        ("je suis en u13 au foot", "c.age_category"),
        ("au collège aujourd'hui c'était nul", "c.school_mine"),
    ],
)
def test_a_childs_school_day_is_recognised(text: str, rule: str) -> None:
    assert rule in child_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "la maîtresse de ma fille nous a convoqués",
        "le cpe de mon fils m'a appelé ce matin",
        "mon fils a eu 2h de colle mercredi",
        "je cherche un stage de 3e pour mon fils",
        "les devoirs de français de ma fille me rendent fou",
        "un bon point pour toi",
        "mon fils joue en u13",
        "on a fait une sortie avec la classe de ma fille",
        "je rêve de me coucher à 20h30 mdr",
    ],
)
def test_a_parent_speaking_of_their_childs_school_is_no_child_cue(text: str) -> None:
    assert child_rules(text, 41) == set()


def test_a_childs_school_day_over_a_few_messages_restricts_the_account(rules_only: Chat) -> None:
    rules_only.room("u", 19, "aujourd'hui à la cantine y'avait des frites")
    rules_only.room("u", 19, "et à la récré on a fait un foot")
    assert rules_only.signals == []  # school life alone stays under the threshold
    [signal] = rules_only.room("u", 19, "la 6e c'est trop bien")
    assert signal.kind is SignalKind.AGE_LIE_ADULT
    assert signal.rules == ("c.class_life", "c.school_life")
    assert "vit sa classe au présent" in signal.explanation


def test_a_birth_year_answered_with_defiance_counts(rules_only: Chat) -> None:
    [signal] = rules_only.room("u", 19, "je suis de 2013 et alors")
    assert signal.rules == ("c.birth_year",)


def test_a_teacher_remembering_primary_school_is_not_restricted(chat: Chat) -> None:
    chat.room("a", 55, "à l'école primaire on écrivait encore à la plume")
    chat.room("b", 48, "moi c'était le stylo plume déjà")
    chat.room("a", 55, "la maîtresse nous tapait sur les doigts quand on faisait des taches")
    assert chat.signals == []


def test_a_parent_answering_at_what_age_children_got_a_phone_is_no_child(chat: Chat) -> None:
    chat.room("a", 39, "à quel âge vous avez donné un téléphone à vos enfants ?", room="r")
    chat.room("b", 40, "11 ans pour l'entrée au collège", room="r")
    chat.room("a", 39, "moi j'attends 13", room="r")
    assert chat.signals == []


# -- a declared minor writing as an adult --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("ma caisse a raté le contrôle technique", "a.adult_life"),
        ("le garagiste veut 600 balles pour les freins", "a.adult_life"),
        ("mon assureur refuse de rembourser le dégât des eaux", "a.adult_life"),
        ("ma mère rentre en maison de retraite la semaine prochaine", "a.adult_life"),
        ("faut que je paye mes deux employés demain", "a.work"),
        ("je dirige une pme de 15 salariés", "a.work"),
        ("ma fille se marie en juin", "a.life_event"),
        ("mon fils a votre âge", "a.life_event"),
        ("ma fille rentre au collège en septembre", "a.life_event"),
        ("ma femme est enceinte de notre troisième", "a.life_event"),
        ("j'ai la réunion parents-profs de mon fils ce soir", "a.life_event"),
        ("30 ans de carrière dans l'enseignement", "a.since_years"),
        ("ça fait 15 ans que je cotise", "a.since_years"),
        ("je vote depuis plus de 20 ans", "a.since_years"),
        ("oui je suis gérant depuis 10 ans", "a.since_years"),
        ("je vends l'appartement que j'ai depuis 2005", "a.since_years"),
        ("vous stressez pour le bac ? moi je l'ai passé en 2004", "a.bac_year"),
        ("soirée des anciens de la promo 1999 samedi", "a.bac_year"),
        ("non j'avais 17 ans mdr", "a.past_age"),
    ],
)
def test_an_adults_life_is_recognised(text: str, rule: str) -> None:
    assert rule in adult_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "mon père a raté le contrôle technique",
        "la voiture de mon père est chez le garagiste",
        "mon grand frère a un entretien d'embauche lundi",
        "ma mère rentre du boulot à 19h",
        "mes parents fêtent leurs 20 ans de mariage",
        "mdr si j'avais 18 ans je partirais",
        "j'avais 15 ans quand j'ai eu mon premier tel",
        "j'ai 3 ans d'expérience en baby-sitting",
        "mon arrière-grand-mère est en ehpad",
        "je suis fan depuis 2015",
        "je suis de 2010",
    ],
)
def test_a_teen_speaking_of_elders_or_of_their_own_past_is_no_adult_cue(text: str) -> None:
    assert adult_rules(text, 16) == set()


def test_a_teen_with_a_car_of_their_own_and_a_mechanic_is_flagged(rules_only: Chat) -> None:
    rules_only.dm("u", 17, "v", 16, "ma caisse a raté le contrôle technique")
    signals = rules_only.dm("u", 17, "v", 16, "le garagiste veut 600 balles pour les freins")
    [signal] = [s for s in signals if s.kind is SignalKind.AGE_LIE_MINOR]
    assert signal.subject == "u" and signal.rules == ("a.adult_life",)


def test_an_age_once_had_above_the_declared_one_is_a_contradiction(rules_only: Chat) -> None:
    # round 45: the concert seen in 1986 is a cue of its own (`a.aging`, 2.0: not alone)
    assert rules_only.room("u", 15, "j'ai vu indochine en concert en 1986") == []
    [signal] = rules_only.room("u", 15, "j'avais 17 ans")
    assert signal.kind is SignalKind.AGE_LIE_MINOR and signal.rules == ("a.aging", "a.past_age")
    assert "au-dessus de son âge déclaré" in signal.explanation


def test_a_teen_on_a_summer_job_giving_their_age_is_not_flagged(chat: Chat) -> None:
    chat.room("u", 17, "mon patron au cinéma m'a mis en caisse ce week end")
    chat.room("v", 17, "tu bosses au ciné ?")
    chat.room("u", 17, "oui job étudiant, j'ai 17 ans depuis mars")
    chat.room("u", 17, "mdr parfois")
    assert SignalKind.AGE_LIE_MINOR not in kinds(chat)


# -- grooming near misses met on the way ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("trop tard je vais te prendre un truc", "g.pickup"),
        ("à quel âge tu as eu ton premier portable ?", "g.age_question"),
    ],
)
def test_a_present_or_an_at_what_age_question_is_no_grooming_cue(text: str, rule: str) -> None:
    from causette.moderation.minors.rules import GROOMING_RULES, match

    assert rule not in {r.id for r in match(fold(text), GROOMING_RULES)}


def test_a_pickup_and_an_age_question_are_still_read() -> None:
    from causette.moderation.minors.rules import GROOMING_RULES, match

    assert "g.pickup" in {r.id for r in match(fold("je passe te prendre à 8h"), GROOMING_RULES)}
    assert "g.age_question" in {
        r.id for r in match(fold("quel âge tu as en vrai ?"), GROOMING_RULES)
    }


# -- frames: one's own band explains the other band's wording -------------------------------


def test_a_teacher_talking_of_her_class_is_not_restricted(rules_only: Chat) -> None:
    rules_only.room("prof", 33, "je suis prof au collège, mes élèves me tuent")
    rules_only.room("prof", 33, "élection des délégués aujourd'hui dans ma classe de 5e")
    rules_only.room("prof", 33, "la cpe m'a appelée pour deux heures de colle")
    rules_only.room("prof", 33, "et la 6e c'est trop bien cette année")
    assert rules_only.signals == []


def test_a_parent_asked_about_their_son_is_not_restricted(chat: Chat) -> None:
    chat.dm("mere", 41, "amie", 39, "le cpe du collège m'a appelée aujourd'hui")
    chat.dm("amie", 39, "mere", 41, "aïe, pour ton fils ?")
    chat.dm("mere", 41, "amie", 39, "oui, encore oublié le carnet de correspondance")
    chat.dm("mere", 41, "amie", 39, "2h de colle mercredi, je signe des mots toute l'année")
    assert SignalKind.AGE_LIE_ADULT not in kinds(chat)


def test_denying_the_partners_guess_keeps_the_child_cues(rules_only: Chat) -> None:
    rules_only.dm("u", 30, "v", 34, "ma prof principale m'a encore collé")
    rules_only.dm("v", 34, "u", 30, "ta prof ? celle de tes enfants ?")
    rules_only.dm("u", 30, "v", 34, "nan la mienne mdr")
    rules_only.dm("u", 30, "v", 34, "j'ai 2h de colle mercredi")
    assert SignalKind.AGE_LIE_ADULT in kinds(rules_only)


def test_a_teens_summer_job_explains_a_boss_and_colleagues(rules_only: Chat) -> None:
    rules_only.room("u", 17, "j'ai reçu ma première fiche de paie !!")
    rules_only.room("u", 17, "mon patron veut me reprendre l'an prochain")
    rules_only.room("u", 17, "après le boulot on va au bar avec les collègues")
    assert rules_only.signals == []
    # the same wording with no teen work life around it
    rules_only.clock.tick(3600)
    rules_only.room("w", 17, "mon patron veut me reprendre l'an prochain")
    rules_only.room("w", 17, "après le boulot on va au bar avec les collègues")
    assert [s.subject for s in rules_only.signals] == ["w"]


def test_the_age_lie_model_also_reads_messages_with_weak_cues() -> None:
    flags = TextModel({}, 5.0, 1.0, "always")
    guard = MinorsGuard(model=None, child_model=flags, adult_model=flags, use_model=False)
    (child, _, _), _, _, _ = guard._read_self(fold("la cantine c'était nul"), 19, T0, False)
    assert {r.id for r in child} == {"c.school_life", "c.model"}
    (child, _, _), _, _, _ = guard._read_self(fold("mes parents sont là"), 19, T0, False)
    assert {r.id for r in child} == {"c.parents_mention"}  # "mes parents" alone: no model
    (child, _, _), _, _, _ = guard._read_self(fold("je passe le brevet"), 19, T0, False)
    assert "c.model" not in {r.id for r in child}  # a strong cue speaks for itself
    (child, _, _), _, _, _ = guard._read_self(fold("mon fils a 2h de colle"), 41, T0, False)
    assert child == []  # about someone else: neither the rule nor the model


# -- explicit ages and admissions -------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "answer", "rule"),
    [
        ("t'as vraiment 23 ans ?", "nn 14", "c.age_answer"),
        ("t'es de quelle année toi ?", "2012", "c.birth_year"),
    ],
)
def test_an_answer_to_an_age_question_counts(
    rules_only: Chat, question: str, answer: str, rule: str
) -> None:
    rules_only.dm("v", 27, "u", 23, question)
    signals = rules_only.dm("u", 23, "v", 27, answer)
    [signal] = [s for s in signals if s.kind is SignalKind.AGE_LIE_ADULT]
    assert signal.subject == "u" and rule in signal.rules


def test_an_unasked_year_is_no_age(rules_only: Chat) -> None:
    rules_only.dm("v", 27, "u", 23, "il est sorti quand ce film ?")
    rules_only.dm("u", 23, "v", 27, "2012")
    assert rules_only.signals == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("mon bac c'était en 2008, je me souviens de rien", "a.bac_year"),
        ("le bac de philo je l'ai passé y a 20 ans", "a.bac_year"),
        ("quand j'étais au lycée en 2003 c'était pas pareil", "a.bac_year"),
        ("j'ai eu 18 ans y a 20 ans mdr", "a.self_age_more"),
        ("hier j'ai soufflé 35 bougies", "a.self_age_more"),
        ("je suis le seul de 33 ans ici ou quoi", "a.self_age_more"),
        ("1990 mon année de naissance", "a.birth_year"),
        ("moi j'ai le même âge que ton père, je suis de 1980", "a.birth_year"),
        ("je suis adulte, 27 ans", "a.life_event"),
        ("je suis majeur depuis longtemps", "a.life_event"),
        ("j'ai mis 16 sinon on me refusait", "a.admits_lie"),
        ("mon profil dit 17 mais rajoutez 15 ans", "a.admits_lie"),
        ("oui je suis pas vraiment en première", "a.admits_lie"),
    ],
)
def test_an_adult_age_said_outright_is_recognised(text: str, rule: str) -> None:
    assert rule in adult_rules(text)


def test_a_declared_adult_admitting_a_false_age_is_recognised() -> None:
    assert "c.admits_lie" in child_rules("oups bah j'ai menti pour pouvoir venir", 22)


@pytest.mark.parametrize(
    "text",
    [
        "ma mère a eu 18 ans y a 20 ans",
        "mon père a soufflé 45 bougies hier",
        "je suis majeure dans 3 mois",
        "je suis adulte dans ma tête mdr",
        "j'ai mis 20 minutes pour venir",
        "mon père a eu son bac en 1998",
    ],
)
def test_someone_elses_age_or_a_wish_is_no_adult_age(text: str) -> None:
    assert adult_rules(text, 16) == set()
