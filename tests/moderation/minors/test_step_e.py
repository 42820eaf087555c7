"""Step E (fortieth sitting): grooming wordings of dev's teen-to-teen misses, in families that
exist already; each beside a look-alike of teens' ordinary talk. Paraphrased, not copied."""

import pytest

from .conftest import grooming_rules


@pytest.mark.parametrize(
    ("text", "rule", "counted"),
    [
        ("dis rien, tu sors juste 5 min", "g.alone_conceal", True),
        ("on s'appelle tard, vers minuit, personne le saura", "g.alone_conceal", True),
        ("si tu veux plus me parler dis-le", "g.control", True),
        ("envoie-moi la version non coupée", "g.photo_request", True),
        # look-alikes: teens' ordinary talk
        ("tu sors à quelle heure du cours ?", "g.alone_conceal", False),
        ("je me couche tard, vers minuit", "g.alone_conceal", False),
        ("personne saura la réponse à l'interro mdr", "g.alone_conceal", False),
        ("tu veux plus me parler ?", "g.control", False),
        ("la version non coupée du film est sortie", "g.photo_request", False),
    ],
)
def test_step_e_wordings(text: str, rule: str, counted: bool) -> None:
    assert (rule in grooming_rules(text)) is counted
