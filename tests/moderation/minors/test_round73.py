"""Round 73: batch bw (languages and living between two countries), a twenty-eighth theme's
one-detail age lies. More of `c.minor_only`, each wording beside a look-alike; paraphrased,
not copied from the batch."""

import pytest

from .conftest import child_rules


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("on apprend l'allemand avec des jeux au cycle 3", True),
        ("je prépare le BEPC cette année", True),
        ("mon oncle veut pas que je parte en ville toute seule", True),
        ("en classe on apprend le créole avec monsieur", True),
        # look-alikes: a teacher's, a parent's or a grown-up's side of the same
        ("j'enseigne l'allemand au cycle 4", False),
        ("je prépare mes élèves au BEPC", False),
        ("je veux pas que ma fille parte toute seule", False),
        ("en classe on apprend avec des jeux, dit la maîtresse de mon fils", False),
    ],
)
def test_what_only_a_minor_lives_round_73(text: str, counted: bool) -> None:
    assert ("c.minor_only" in child_rules(text, 20)) is counted
