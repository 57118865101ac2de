"""Stage 5: aligned mentions -> findings. Each rule has a stable code and a default severity."""

from __future__ import annotations

from discrepancy.model import AlignmentGroup, Document, Finding


def run_rules(a: Document, b: Document, alignment: list[AlignmentGroup]) -> list[Finding]:
    """All findings for the aligned documents, in a stable order."""
    return []
