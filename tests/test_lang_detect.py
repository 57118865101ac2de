"""Each document's language: told by its script, by English function words or by the
language identifier, given by an option, and shared by a snippet too short to judge."""

import subprocess
import sys
from pathlib import Path

import discrepancy
from discrepancy.lang.detect import detect

ROOT = Path(__file__).resolve().parent.parent
GERMAN = "Der Präsident hat am Montag in Berlin die Regierung umgebildet und drei Minister entlassen."
ENGLISH = "The president reshuffled the government in Berlin on Monday and dismissed three of his ministers."


def test_scripts_and_words_tell_the_language():
    assert detect("قال مستشار الأمن الوطني إن الاجتماع عقد في بغداد").lang == "ar"
    assert detect("Министр обороны Сергей Шойгу провёл встречу в Москве").lang == "ru"
    assert detect(ENGLISH).lang == "en"
    assert detect(GERMAN).lang == "de"
    assert detect("Le président a remanié le gouvernement lundi et renvoyé trois ministres.").lang == "fr"


def test_a_snippet_too_short_to_judge_takes_its_counterparts_language():
    report = discrepancy.compare("Merkel sagte 3.", GERMAN)
    assert (report.a.lang, report.b.lang) == ("de", "de")
    assert report.a.lang_source.startswith("as the other document")
    report = discrepancy.compare("He paid 5 dollars.", "Er zahlte 5 Dollar.")
    assert (report.a.lang, report.b.lang) == ("en", "en")


def test_a_given_language_wins_and_a_bad_code_is_one_line_exit_2(tmp_path):
    report = discrepancy.compare(ENGLISH, GERMAN, lang_b="en")
    assert report.b.lang == "en" and report.b.lang_source == "option"
    (tmp_path / "a.txt").write_text(ENGLISH)
    (tmp_path / "b.txt").write_text(GERMAN)
    done = subprocess.run(
        [sys.executable, "-m", "discrepancy", "compare", "a.txt", "b.txt", "--lang-b", "German"],
        capture_output=True, text=True, cwd=tmp_path, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "--lang-b" in done.stderr
