from collections.abc import Mapping

def fold(
    text: str, table: Mapping[int, str], sms: dict[str, str], longest: int, /
) -> tuple[str, str]: ...
