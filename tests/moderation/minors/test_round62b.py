"""Thirty-ninth sitting, step 4: in private, a declared adult's grooming cues to a declared
adult held for a possible child at that moment (`_minor_like`) are read as toward a child, as
round 60's step 2 reads them in a room; paraphrased, not copied from batch bl."""

from causette.moderation.minors import SignalKind

from .conftest import replay_dm

_PARTNER = [
    ("B", "ok je te crois. t'aimes les cadeaux ?"),
    ("A", "ben oui"),
    ("B", "viens sur snap on sera plus tranquilles, et n'en parle pas à ton père"),
    ("B", "envoie une photo de toi, et la prochaine fois on y va ensemble sans tes parents"),
]


def test_cues_to_an_adult_held_for_a_child_after_a_doubted_slip_are_a_childs() -> None:
    turns = [
        ("B", "t'as été au carnaval ce week-end ?"),
        ("A", "oui samedi avec ma classe pour le carnaval, c'était top"),
        ("B", "avec ta classe ? tu veux dire tes collègues ?"),
        ("A", "ouais... enfin avec du monde, ma titulaire était là aussi"),
        *_PARTNER,
    ]
    assert (SignalKind.GROOMING, "B") in replay_dm(turns, {"A": 19, "B": 34}, model=True)


def test_the_same_cues_to_an_adult_with_no_child_cue_stay_between_adults() -> None:
    turns = [
        ("B", "t'as été au carnaval ce week-end ?"),
        ("A", "oui samedi avec mes collègues pour le carnaval, c'était top"),
        ("B", "avec tes collègues ? ceux du bureau ?"),
        ("A", "ouais... enfin avec du monde, ma cheffe était là aussi"),
        *_PARTNER,
    ]
    assert replay_dm(turns, {"A": 19, "B": 34}, model=True) == set()
