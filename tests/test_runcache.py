"""Patterns kept between runs (``discrepancy/runcache.py``): the same patterns, fewer compiles.

Each check runs fresh interpreters with ``XDG_CACHE_HOME`` in a temporary folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpus" / "seeds"
PAIR = [str(SEEDS / "000_47fb899475d6396d.txt"), str(SEEDS / "004_f4fab77a5333ccde.txt")]
# Records the source of every pattern re compiles (not found in its cache), then runs compare.
RUN = f"""
import json, re, sys
compiled, compile = [], re._compiler.compile
re._compiler.compile = lambda p, flags=0: compiled.append(repr(p)) or compile(p, flags)
from discrepancy.cli import main
sys.argv = ['discrepancy', 'compare', *{PAIR!r}, '--format', 'json']
try:
    main()
except SystemExit:
    pass
finally:
    print(json.dumps(compiled), file=sys.stderr)
"""
PRIMED = "from discrepancy import runcache\nruncache.prime()\n"


def run(cache: Path, code: str = RUN) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env=dict(os.environ, PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(cache)))
    assert result.returncode in (0, 1), result.stderr[-2000:]
    return result


def compiled(result: subprocess.CompletedProcess) -> set[str]:
    return set(json.loads(result.stderr.splitlines()[-1]))  # the reprs of the sources


def test_a_pattern_two_runs_compiled_is_not_compiled_again(tmp_path):
    first, second, third = (run(tmp_path) for _ in range(3))
    assert first.stdout == second.stdout == third.stdout
    recurring = compiled(first) & compiled(second)
    assert len(recurring) > 100  # the extractors' and rules' patterns, the libraries' own
    assert not recurring & compiled(third)


def test_a_stored_pattern_is_the_pattern_re_compiles(tmp_path):
    run(tmp_path), run(tmp_path)
    check = PRIMED + """
import re
assert len(runcache._loaded) > 100
for kind, source, flags in runcache._loaded:
    assert re._cache[kind, source, flags] == re._compiler.compile(source, flags), source
"""
    run(tmp_path, check)


def test_a_cache_others_can_write_is_not_read(tmp_path):
    run(tmp_path), run(tmp_path)
    (stored,) = (tmp_path / "discrepancy").glob("patterns-*.marshal")
    stored.chmod(0o664)
    run(tmp_path, PRIMED + "assert not runcache._loaded")
    stored.chmod(0o600)
    run(tmp_path, PRIMED + "assert runcache._loaded")


def test_a_damaged_or_unwritable_cache_changes_nothing(tmp_path):
    expected = run(tmp_path / "fresh").stdout
    run(tmp_path / "fresh")
    for stored in (tmp_path / "fresh" / "discrepancy").glob("*.marshal"):  # patterns, TOML
        data = stored.read_bytes()
        for damaged in (data[: len(data) // 2], data[:4] + bytes(len(data) - 4), b"", b"\x00" * 3):
            stored.write_bytes(damaged)
            assert run(tmp_path / "fresh").stdout == expected
    (tmp_path / "a file").write_text("not a folder")
    assert run(tmp_path / "a file").stdout == expected
    assert run(tmp_path / "a file").stdout == expected


def test_a_remembered_value_is_made_again_for_another_text(tmp_path, monkeypatch):
    from discrepancy import runcache
    from discrepancy.runcache import remembered

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(runcache, "_kept", True)
    made = []

    def parse(text):
        return lambda: made.append(text) or {"words": text.split()}

    assert remembered("test", "a b", parse("a b")) == {"words": ["a", "b"]}
    assert remembered("test", "a b", parse("a b")) == {"words": ["a", "b"]}
    assert remembered("test", "a c", parse("a c")) == {"words": ["a", "c"]}
    assert made == ["a b", "a c"]
    (stored,) = (tmp_path / "discrepancy").glob("test-*")
    stored.write_bytes(stored.read_bytes()[:-1])
    assert remembered("test", "a c", parse("a c")) == {"words": ["a", "c"]}
    assert made == ["a b", "a c", "a c"]


def test_only_the_command_line_keeps_a_cache(tmp_path):
    library = "import sys\nfrom discrepancy import compare\ncompare(*(open(p).read() for p in sys.argv[1:]))"
    subprocess.run([sys.executable, "-c", library, *PAIR], check=True, timeout=120,
                   env=dict(os.environ, PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(tmp_path / "library")))
    assert not (tmp_path / "library").exists()
    for _ in range(2):
        run(tmp_path / "off", RUN.replace("import json", "import os; os.environ['DISCREPANCY_NO_CACHE'] = '1'\nimport json"))
    assert not (tmp_path / "off").exists()
    run(tmp_path / "on"), run(tmp_path / "on")
    kept = sorted(p.name.split("-cpython")[0] for p in (tmp_path / "on" / "discrepancy").glob("*.marshal"))
    assert kept == ["patterns", "toml-aliases.toml", "toml-ranks.toml"]


# Reads the language identifier as the command line does, and prints its answers and
# probabilities for sentences in several languages, over all languages and within two families.
IDENTIFY = """
import json, os, sys
from discrepancy import runcache
runcache.prime()
from discrepancy.lang.detect import identifier
model, answers = identifier(), []
for family in (None, ["ar", "fa", "ur"], ["ru", "uk", "bg"]):
    model.set_languages(family)
    for text in sys.argv[1:]:
        answers.append(model.classify(text))
print(json.dumps(answers), file=sys.stderr)
"""
SENTENCES = [
    "Der Verteidigungsminister besuchte am Montag die Truppen in Mali.",
    "Le ministre a annoncé 1 200 nouveaux postes pour la région.",
    "وقال المتحدث إن القوات سيطرت على المدينة يوم الثلاثاء",
    "Министр обороны заявил, что учения продлятся две недели.",
    "The minister said the exercise would last two weeks.",
    "El ministro dijo que el ejercicio duraría dos semanas.",
]


def test_the_language_identifier_read_back_from_the_cache_answers_as_the_packaged_one(tmp_path):
    def answers(cache: Path, **switch: str) -> list:
        env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(cache), **switch)
        result = subprocess.run([sys.executable, "-c", IDENTIFY, *SENTENCES], capture_output=True, text=True,
                                timeout=120, env=env)
        assert result.returncode == 0, result.stderr[-2000:]
        return json.loads(result.stderr.splitlines()[-1])

    packaged = answers(tmp_path / "off", DISCREPANCY_NO_CACHE="1")
    assert not (tmp_path / "off").exists()
    assert answers(tmp_path / "on") == packaged  # reads the package, stores the arrays
    assert list((tmp_path / "on" / "discrepancy").glob("langid-*.marshal"))
    assert answers(tmp_path / "on") == packaged  # reads them back
    assert [lang for lang, _ in packaged[:4]] == ["de", "fr", "ar", "ru"]
