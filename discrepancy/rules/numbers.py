"""NUM: numbers that differ in value or qualifier, or appear on one side only."""
