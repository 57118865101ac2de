"""discrepancy: flag the differences that matter between two reports of the same event.

``compare(a_text, b_text, **options) -> Report`` is the library API.
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["compare", "__version__"]


def __getattr__(name: str):
    # Imported lazily so `discrepancy --help` does not pay for pydantic and rapidfuzz.
    if name == "compare":
        from discrepancy.pipeline import compare

        return compare
    raise AttributeError(name)
