from collections.abc import Callable, Mapping
from typing import Any

def tagged_spans(
    view: str,
    entries: Mapping[str, Any],
    pairs: Mapping[tuple[str, str], Any],
    lookup: Callable[[str], Any],
    nothing: Any,
) -> list[tuple[tuple[str, bool], tuple[int, int]]]: ...
def keys(view: str) -> list[str]: ...
