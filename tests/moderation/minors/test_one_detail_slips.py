"""One-detail age lies (rounds 48–52): a single message whose one wording only the other band
lives is enough for an age-lie signal on its writer, in a private conversation of three
messages. Each round adds its two examples here (a child's slip, an adult's)."""

import pytest

from causette.moderation.minors import SignalKind

from .conftest import replay_dm

SLIPS = [
    pytest.param(  # round 48: a child whose only slip is a child's fare
        [
            ("a", "t'es parti ou cet ete ?"),
            ("b", "a amsterdam en train, j'avais le billet tarif enfant"),
            ("a", "trop bien"),
        ],
        {"a": 27, "b": 19},
        SignalKind.AGE_LIE_ADULT,
        id="round48-child",
    ),
    pytest.param(  # round 48: an adult whose only slip is an afternoon off
        [
            ("a", "t'as vu le concert ?"),
            ("b", "oui j'ai pose mon apres midi pour faire la queue"),
            ("a", "stylé"),
        ],
        {"a": 16, "b": 17},
        SignalKind.AGE_LIE_MINOR,
        id="round48-adult",
    ),
    pytest.param(  # round 49: a child whose only slip is a booster seat
        [
            ("a", "vous allez comment au concert ?"),
            ("b", "la mere de lea nous emmene, je dois prendre mon rehausseur"),
            ("a", "ok"),
        ],
        {"a": 27, "b": 20},
        SignalKind.AGE_LIE_ADULT,
        id="round49-child",
    ),
    pytest.param(  # round 49: an adult whose only slip is a PACS
        [
            ("a", "tu fais quoi vendredi ?"),
            ("b", "rdv a la mairie avec mon copain pour notre pacs"),
            ("a", "ah ok"),
        ],
        {"a": 16, "b": 17},
        SignalKind.AGE_LIE_MINOR,
        id="round49-adult",
    ),
    pytest.param(  # round 50: a child whose only slip is the tooth fairy
        [
            ("a", "bien dormi ?"),
            ("b", "oui et la petite souris doit me laisser 2 euros ce soir"),
            ("a", "ok"),
        ],
        {"a": 27, "b": 20},
        SignalKind.AGE_LIE_ADULT,
        id="round50-child",
    ),
    pytest.param(  # round 50: an adult whose only slip is their student loans
        [
            ("a", "tu fais quoi ce soir ?"),
            ("b", "rien j'ai fini de rembourser mes prets etudiants, je fete ca"),
            ("a", "ah ok"),
        ],
        {"a": 16, "b": 17},
        SignalKind.AGE_LIE_MINOR,
        id="round50-adult",
    ),
    pytest.param(  # round 51: a child whose only slip is the hospital clowns
        [
            ("a", "ca va mieux ?"),
            ("b", "oui et les clowns sont venus dans ma chambre ce matin"),
            ("a", "ok"),
        ],
        {"a": 27, "b": 20},
        SignalKind.AGE_LIE_ADULT,
        id="round51-child",
    ),
    pytest.param(  # round 51: an adult whose only slip is a mammogram
        [
            ("a", "t'etais ou ?"),
            ("b", "j'avais ma mammographie, rien de grave"),
            ("a", "ah ok"),
        ],
        {"a": 16, "b": 17},
        SignalKind.AGE_LIE_MINOR,
        id="round51-adult",
    ),
    pytest.param(  # round 52: a child whose only slip is the lunch lady
        [
            ("a", "bien mange ?"),
            ("b", "oui et la dame de la cantine m'a coupe ma viande"),
            ("a", "ok"),
        ],
        {"a": 27, "b": 20},
        SignalKind.AGE_LIE_ADULT,
        id="round52-child",
    ),
    pytest.param(  # round 52: an adult whose only slip is the apprentice they train
        [
            ("a", "tu fais quoi demain ?"),
            ("b", "je forme mon apprenti toute la journee"),
            ("a", "ah ok"),
        ],
        {"a": 16, "b": 17},
        SignalKind.AGE_LIE_MINOR,
        id="round52-adult",
    ),
]


@pytest.mark.parametrize(("turns", "ages", "signal"), SLIPS)
def test_a_one_detail_slip_alone_is_flagged(
    turns: list[tuple[str, str]], ages: dict[str, int], signal: SignalKind
) -> None:
    assert (signal, "b") in replay_dm(turns, ages)
