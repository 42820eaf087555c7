import pytest

from causette.domain.errors import InvalidInput
from causette.domain.profile import (
    AgeBand,
    band_for_age,
    department_for_postal_code,
    pseudonym_key,
    validate_pseudonym,
)


@pytest.mark.parametrize("name", ["Zoé", "jean-marc.92", "Ana_ïs", "abc", "a" * 20])
def test_valid_pseudonyms_are_kept(name: str) -> None:
    assert validate_pseudonym(name) == name


@pytest.mark.parametrize(
    "name", ["ab", "a" * 21, "zoé lol", "<img>", "zoé!", "123", "", "é\u200b", "١٢٣abc"]
)
def test_invalid_pseudonyms_are_refused_with_a_field(name: str) -> None:
    with pytest.raises(InvalidInput) as err:
        validate_pseudonym(name)
    assert err.value.code == "pseudonym_invalid"
    assert err.value.field == "pseudonym"


def test_pseudonym_key_ignores_case_and_accents() -> None:
    assert pseudonym_key("Zoé") == pseudonym_key("ZOE") == pseudonym_key("zoe")
    assert pseudonym_key("Zoé") != pseudonym_key("Zoa")


def test_under_fifteen_is_refused_with_a_reason() -> None:
    with pytest.raises(InvalidInput) as err:
        band_for_age(14)
    assert err.value.code == "age_too_young"
    assert "15 ans" in err.value.message


@pytest.mark.parametrize(
    ("age", "band"),
    [(15, AgeBand.MINOR), (17, AgeBand.MINOR), (18, AgeBand.ADULT), (99, AgeBand.ADULT)],
)
def test_age_bands(age: int, band: AgeBand) -> None:
    assert band_for_age(age) is band


@pytest.mark.parametrize(
    ("code", "department"),
    [
        ("75011", "75"),
        ("01000", "01"),
        ("95000", "95"),
        ("20000", "2A"),
        ("20167", "2A"),
        ("20200", "2B"),
        ("20600", "2B"),
        ("97110", "971"),
        ("97400", "974"),
        ("97600", "976"),
    ],
)
def test_postal_codes_map_to_real_departements(code: str, department: str) -> None:
    assert department_for_postal_code(code) == department


@pytest.mark.parametrize("code", ["00100", "96000", "97700", "98000", "99999", "20700"])
def test_postal_codes_outside_any_departement_are_refused(code: str) -> None:
    with pytest.raises(InvalidInput) as err:
        department_for_postal_code(code)
    assert err.value.code == "postal_code_unknown"


@pytest.mark.parametrize("code", ["7501", "750011", "75O11", "７５０１１", " "])
def test_malformed_postal_codes_are_refused(code: str) -> None:
    with pytest.raises(InvalidInput) as err:
        department_for_postal_code(code)
    assert err.value.code == "postal_code_invalid"
