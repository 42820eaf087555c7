from causette.moderation.minors.fold import fold


def test_case_accents_punctuation_and_apostrophes_are_folded() -> None:
    assert fold("T’as QUEL âge ?!").plain == "t as quel age"


def test_stretched_and_doubled_letters_collapse() -> None:
    assert fold("trooop belllle").plain == "trop bele"


def test_spaced_letters_are_joined() -> None:
    assert fold("ajoute moi sur s n a p").plain == "ajoute moi sur snap"


def test_leet_is_read_inside_words_but_numbers_and_ordinals_stay() -> None:
    folded = fold("ph0t0 s3cr3t, j'ai 14 ans, en 4ème")
    assert "photo secret" in folded.leet
    assert "14 ans" in folded.leet and "4eme" in folded.leet
    assert "ph0t0" in folded.plain  # the plain form keeps the digits
