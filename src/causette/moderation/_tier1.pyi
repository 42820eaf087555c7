from collections.abc import Sequence

class Scorer:
    def __init__(
        self, keys: Sequence[int], rows: Sequence[Sequence[float]], n_classes: int, hash_bits: int
    ) -> None: ...
    def logits(
        self, text: str, context: Sequence[str], sizes: Sequence[int], bias: Sequence[float]
    ) -> list[float] | None: ...
