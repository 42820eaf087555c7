"""A guest's declared profile: pseudonym, age band, gender, département.

Entry needs no signup. Everything here is a pure check on declared values;
moderation of the pseudonym's meaning happens in `causette.moderation`.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass

from causette.domain.errors import InvalidInput

__all__ = [
    "MINIMUM_AGE",
    "AgeBand",
    "Gender",
    "Profile",
    "band_for_age",
    "department_for_postal_code",
    "pseudonym_key",
    "validate_pseudonym",
]

MINIMUM_AGE = 15
"""Under this age entry is refused (France's age of digital consent)."""

ADULT_AGE = 18
MAXIMUM_AGE = 120


class AgeBand(enum.StrEnum):
    """Minors (15 to 17) and adults live in separate communities."""

    MINOR = "minor"
    ADULT = "adult"


class Gender(enum.StrEnum):
    FEMALE = "f"
    MALE = "m"
    OTHER = "x"  # "autre / non précisé"


def band_for_age(age: int) -> AgeBand:
    """Return the age band for a declared age; raise `InvalidInput` under 15."""
    if age < MINIMUM_AGE:
        raise InvalidInput(
            "age_too_young",
            "Causette est réservé aux personnes de 15 ans et plus.",
            field="age",
        )
    if age > MAXIMUM_AGE:
        raise InvalidInput("age_invalid", "Cet âge n'est pas valide.", field="age")
    return AgeBand.ADULT if age >= ADULT_AGE else AgeBand.MINOR


_PSEUDONYM = re.compile(r"^[\w.\-]{3,20}$")


def validate_pseudonym(raw: str) -> str:
    """Return the pseudonym (NFC, trimmed) or raise `InvalidInput`.

    3 to 20 characters: letters (accents allowed), digits, `_`, `-`, `.`.
    """
    pseudonym = unicodedata.normalize("NFC", raw.strip())
    if not _PSEUDONYM.fullmatch(pseudonym) or not all(
        ch.isalpha() or ch.isdigit() or ch in "_-." for ch in pseudonym
    ):
        raise InvalidInput(
            "pseudonym_invalid",
            "Le pseudo doit faire de 3 à 20 caractères : lettres, chiffres, _ - ou .",
            field="pseudonym",
        )
    if not any(ch.isalpha() for ch in pseudonym):
        raise InvalidInput(
            "pseudonym_invalid",
            "Le pseudo doit contenir au moins une lettre.",
            field="pseudonym",
        )
    # \w also matches digits of other scripts; keep ASCII digits only.
    if any(ch.isdigit() and not ch.isascii() for ch in pseudonym):
        raise InvalidInput(
            "pseudonym_invalid",
            "Le pseudo ne peut contenir que des chiffres de 0 à 9.",
            field="pseudonym",
        )
    return pseudonym


def pseudonym_key(pseudonym: str) -> str:
    """The uniqueness key: case- and accent-insensitive ("Zoé" == "zoe" == "ZOE")."""
    decomposed = unicodedata.normalize("NFKD", pseudonym)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


_METROPOLITAN = {f"{n:02d}" for n in range(1, 96)} - {"20"}
_OVERSEAS = {"971", "972", "973", "974", "975", "976"}


def department_for_postal_code(raw: str) -> str:
    """Return the département code ("75", "2A", "974") for a French postal code.

    Raise `InvalidInput` unless `raw` is 5 digits in a real département:
    01 to 95 (Corsica split into 2A, 20000-20199, and 2B, 20200-20699),
    and overseas 971 to 976.
    """
    code = raw.strip()
    if not (len(code) == 5 and code.isascii() and code.isdigit()):
        raise InvalidInput(
            "postal_code_invalid",
            "Le code postal doit comporter 5 chiffres.",
            field="postal_code",
        )
    if code.startswith("20"):
        number = int(code)
        if 20000 <= number <= 20199:
            return "2A"
        if 20200 <= number <= 20699:
            return "2B"
    elif code[:2] in _METROPOLITAN:
        return code[:2]
    elif code[:3] in _OVERSEAS:
        return code[:3]
    raise InvalidInput(
        "postal_code_unknown",
        "Ce code postal ne correspond à aucun département français.",
        field="postal_code",
    )


@dataclass(frozen=True, slots=True)
class Profile:
    """What a guest declares at entry. Age cannot change during a session."""

    pseudonym: str
    age: int
    gender: Gender
    postal_code: str
    department: str

    @property
    def band(self) -> AgeBand:
        return band_for_age(self.age)
