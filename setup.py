"""Build hook for the optional C parts of moderation: tier 1's scorer
(`causette.moderation._tier1`), the lexicon scan's inner loop (`_lexscan`), tier 0's
last steps (`_views`), and the minors' folding and message models (`minors._fold`,
`minors._textmodel`).

Everything else is declared in pyproject.toml. Every extension is `optional`: without
a C compiler the build goes on and `moderation/model.py`, `lexicons.py`,
`normalize.py`, `minors/fold.py` and `minors/model.py` run their Python references,
which give the same results (tests/moderation/test_tier1_native.py,
test_lexscan_native.py, test_views_native.py, minors/test_fold_native.py,
minors/test_textmodel_native.py).
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
        Extension(
            "causette.moderation._views",
            sources=["src/causette/moderation/_views.c"],
            extra_compile_args=["-O2"],
            optional=True,
        ),
        Extension(
            "causette.moderation.minors._fold",
            sources=["src/causette/moderation/minors/_fold.c"],
            extra_compile_args=["-O2"],
            optional=True,
        ),
        Extension(
            "causette.moderation.minors._textmodel",
            sources=["src/causette/moderation/minors/_textmodel.c"],
            extra_compile_args=["-O2"],
            optional=True,
        ),
    ]
)
