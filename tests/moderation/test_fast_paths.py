"""The fast paths of the moderation code give exactly what the plain code gives."""

from __future__ import annotations

import random
import unicodedata
from functools import reduce
from operator import add

from causette.moderation.minors import fold as minors_fold
from causette.moderation.model import _add_all
from causette.moderation.normalize import _MARKS, fold

# Latin letters with accents, combining marks on their own, Greek, Cyrillic, ligatures.
SAMPLE = "".join(chr(c) for c in (*range(0xA0, 0x250), *range(0x300, 0x370), *range(0x370, 0x530)))


def test_accents_are_stripped_as_unicodedata_combining_says() -> None:
    for ch in SAMPLE:
        decomposed = unicodedata.normalize("NFD", ch)
        expected = "".join(c for c in decomposed if not unicodedata.combining(c))
        assert decomposed.translate(_MARKS) == expected, hex(ord(ch))


def test_the_minors_fold_strips_the_same_marks() -> None:
    for ch in SAMPLE:
        decomposed = unicodedata.normalize("NFKD", ch)
        expected = "".join(c for c in decomposed if not unicodedata.combining(c))
        assert minors_fold._strip_accents(ch) == expected, hex(ord(ch))


def test_fold_reads_french_accents() -> None:
    assert fold("Élève à l'ÉCOLE, ça où") == "eleve a l'ecole, ca ou"


def test_model_sums_are_the_same_floats_as_adding_in_order() -> None:
    rng = random.Random(3)
    for _ in range(200):
        column = [rng.uniform(-5, 5) for _ in range(rng.randint(0, 80))]
        start = rng.uniform(-2, 2)
        assert _add_all(column, start) == reduce(add, column, start)
