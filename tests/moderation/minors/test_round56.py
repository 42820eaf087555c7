"""Round 56b: a club's licence told (« j'ai eu ma licence de foot ») is no degree told. Read as
one, it made the child cues that followed a grown-up's memories (`devbg-aa-014`)."""

from .conftest import adult_rules, replay_dm


def test_a_clubs_licence_is_no_degree_told_and_hides_no_child() -> None:
    turns = [
        ("A", "foot à 5 hier soir avec les collègues"),
        ("B", "moi j'ai eu ma licence de foot !! ma première"),
        ("A", "cool"),
        ("B", "sur la photo j'ai pas mes dents de devant"),
        ("B", "samedi papa m'emmène au match, ma maîtresse de ce1 vient voir aussi"),
    ]
    assert replay_dm(turns, {"A": 29, "B": 20})


def test_a_degree_told_is_still_a_grown_ups_and_a_clubs_licence_is_not() -> None:
    assert "a.aging" in adult_rules("j'ai eu ma licence de droit", 16)
    assert "a.aging" not in adult_rules("j'ai eu ma licence de foot", 16)
