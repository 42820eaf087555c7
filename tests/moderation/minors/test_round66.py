"""Round 66: batch bp (holidays and travel), a twenty-first theme's one-detail age lies. More of
the two concepts (`c.minor_only`, `a.adult_only`), each wording beside a look-alike;
paraphrased, not copied from the batch."""

import pytest

from .conftest import adult_rules, child_rules


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("j'ai pris mon cahier de vacances pour la voiture", True),
        ("il me reste le cahier de vacances CM1 à finir", True),
        ("mon père viendra la chercher avec moi dimanche", True),
        ("je paye avec les sous de mes anniversaires", True),
        ("les animateurs nous laissent pas sortir le soir", True),
        ("la monitrice me laisse pas nager au fond", True),
        ("mes parents ont dû venir signer à la préfecture", True),
        ("au club du camping je suis chez les 10-12", True),
        ("cet été je pars en colonie dans le Jura", True),
        ("les monos vont venir nous chercher à la gare", True),
        ("la prof garde nos portables pendant tout le voyage", True),
        ("après ma 5e année je change d'école", True),
        # look-alikes: a parent's, monitor's or grown-up's side of the same
        ("le cahier de vacances de ma fille est fini", False),
        ("ma mère viendra me voir dimanche", False),
        ("je paye avec l'argent de ma prime", False),
        ("les animateurs nous laissent une soirée libre", False),
        ("mes parents ont dû signer comme garants pour l'appart", False),
        ("je m'occupe des 10-12 au club du camping", False),
        ("cet été je suis chez les 10-12 comme animatrice", False),
        ("je pars en colonie comme animatrice", False),
        ("on va chercher les monos à la gare", False),
        ("le guide garde nos passeports à l'hôtel", False),
        ("après ma 5e année de médecine je pars un an", False),
    ],
)
def test_what_only_a_minor_lives_round_66(text: str, counted: bool) -> None:
    assert ("c.minor_only" in child_rules(text, 20)) is counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("je suis mutée en Bretagne en septembre", True),
        ("je vais être muté dans le Nord", True),
        ("ma titularisation tombe en juin", True),
        # look-alikes: a teen's side of the same
        ("mon père est muté en Bretagne", False),
        ("je suis mute sur discord mdr", False),
        ("la titularisation de ma mère tombe en juin", False),
    ],
)
def test_what_only_an_adult_lives_round_66(text: str, counted: bool) -> None:
    assert ("a.adult_only" in adult_rules(text, 16)) is counted
