"""Stage 1: bytes -> Document (decode, drop page chrome, read the dateline).

Only this stage and the CLI touch the file system.
"""

from discrepancy.load.decode import decode, read_source
from discrepancy.load.document import load_document

__all__ = ["decode", "read_source", "load_document"]
