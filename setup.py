"""Build hook for the optional C part of tier 1 (`causette.moderation._tier1`).

Everything else is declared in pyproject.toml. The extension is `optional`: without
a C compiler the build goes on and `moderation/model.py` runs its Python reference,
which gives the same scores (tests/moderation/test_tier1_native.py).
"""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "causette.moderation._tier1",
            sources=["src/causette/moderation/_tier1.c"],
            extra_compile_args=["-O2"],
            optional=True,
        )
    ]
)
