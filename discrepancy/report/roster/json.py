"""The roster itself, as ``discrepancy roster --format json`` writes it (``schema --roster``)."""

from discrepancy.roster.model import Roster


def render(roster: Roster, **_options) -> str:
    return roster.to_json()
