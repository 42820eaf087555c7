"""Build hook for the optional C parts of moderation: tier 1's scorer
(`causette.moderation._tier1`) and the lexicon scan's inner loop (`_lexscan`).

Everything else is declared in pyproject.toml. Both extensions are `optional`: without
a C compiler the build goes on and `moderation/model.py` and `moderation/lexicons.py`
run their Python references, which give the same results
(tests/moderation/test_tier1_native.py, tests/moderation/test_lexscan_native.py).
"""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "causette.moderation._tier1",
            sources=["src/causette/moderation/_tier1.c"],
            extra_compile_args=["-O2"],
            optional=True,
        ),
        Extension(
            "causette.moderation._lexscan",
            sources=["src/causette/moderation/_lexscan.c"],
            extra_compile_args=["-O2"],
            optional=True,
        ),
    ]
)
