"""The fast reading of word lists (``datafiles.data_words``) reads what the line-by-line one does."""

from __future__ import annotations

import pytest

from discrepancy.datafiles import data_sections, data_words


@pytest.mark.parametrize("name", ["personal_names.txt", "common_words.txt", "sentence_openers.txt",
                                  "abbreviations.txt", "abbreviations_by_language.txt"])
def test_data_words_are_the_lines_of_each_section(name):
    assert data_words(name) == {key: frozenset(lines) for key, lines in data_sections(name).items()}
