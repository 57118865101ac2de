"""Stage 4: sentences -> mentions (people and ranks, numbers, dates, aliases)."""
