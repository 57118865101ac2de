"""Read the document's own date from its dateline."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple, Optional


class Dateline(NamedTuple):
    date: Optional[dt.date]
    day_first: Optional[bool]
    text: Optional[str]


def read_dateline(text: str) -> Dateline:
    """The first dateline near the top of ``text``, or an empty Dateline."""
    return Dateline(None, None, None)
