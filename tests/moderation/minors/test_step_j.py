"""Step J (fortieth sitting): a claim on the partner repeated in two messages (`g.control`,
counted in up to two) holds a pair of declared teens; one claim alone does not."""

from causette.moderation.minors import SignalKind

from .conftest import replay_dm

TEENS = {"A": 16, "B": 15}


def test_a_claim_repeated_holds_the_pair() -> None:
    turns = [
        ("A", "t'as parlé à qui aujourd'hui"),
        ("B", "juste mes potes"),
        ("A", "fais-moi voir tes conversations"),
        ("B", "pk"),
        ("A", "t'es à moi maintenant"),
    ]
    assert (SignalKind.GROOMING, "A") in replay_dm(turns, TEENS)


def test_one_claim_does_not() -> None:
    turns = [
        ("A", "t'as parlé à qui aujourd'hui"),
        ("B", "juste mes potes"),
        ("A", "mdr t'es à moi ce soir pour le film"),
        ("B", "grave"),
    ]
    assert (SignalKind.GROOMING, "A") not in replay_dm(turns, TEENS)
