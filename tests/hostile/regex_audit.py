"""Find every regular expression in discrepancy/ and try it on inputs built to make a
backtracking engine blow up.

Patterns come from two places, so none is missed: string literals passed to ``re.*`` calls in
the source (read with ``ast``), and compiled patterns held at module level (which includes those
built at import time from word lists). ``run(key)`` attacks one pattern; the test bounds it with
an alarm (the regex engine checks for signals, so even a runaway match is interrupted).
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "discrepancy"
RE_FUNCTIONS = {"compile", "search", "match", "fullmatch", "findall", "finditer", "sub", "subn", "split"}
LENGTH = 50_000
ATOMS = (
    "a", "A", "1", " ", ".", ",", "-", "'", "\n", "\u00a0", "١", "ab ", "Al-", "1,", "1.", "1 ",
    "12,345 ", "a.", "A. ", "Mr. ", "Gen. ", "a-", "- ", ", ", "1/", "1-", "Al ", "(a", "\"a ",
    "one ", "a b ", "aA", "1a", "..", "...\n", " \n", "\n\n ",
)
TAILS = ("", "§")


SOURCE_CALLS: dict[str, str] = {}  # "file:line" -> the re function called there


def source_patterns() -> dict[str, re.Pattern]:
    """Literal patterns passed to ``re`` functions anywhere in the package, with their flags."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"
                and node.func.attr in RE_FUNCTIONS
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                continue
            flags = _literal_flags(node)
            where = f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
            found[where] = re.compile(node.args[0].value, flags)
            SOURCE_CALLS[where] = node.func.attr
    return found


def _literal_flags(call: ast.Call) -> int:
    """The flags argument when it is written with ``re.X`` names; 0 when absent or computed."""
    position = 1 if call.func.attr in ("compile", "search", "match", "fullmatch", "findall", "finditer", "split") else 3
    candidates = [k.value for k in call.keywords if k.arg == "flags"]
    if len(call.args) > position and call.func.attr != "split":
        candidates.append(call.args[position])
    for node in candidates:
        try:
            return int(eval(compile(ast.Expression(node), "<flags>", "eval"), {"re": re}))
        except Exception:
            return 0
    return 0


def module_patterns() -> dict[str, re.Pattern]:
    """Compiled patterns held by module-level names (or in tuples, lists and dict values)."""
    found = {}
    for info in pkgutil.walk_packages([str(PACKAGE)], "discrepancy."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in sorted(vars(module).items()):
            values = value.values() if isinstance(value, dict) else value if isinstance(value, (list, tuple)) else [value]
            for index, item in enumerate(values):
                if isinstance(item, re.Pattern) and getattr(module, "__name__", "") == info.name:
                    suffix = f"[{index}]" if value is not item else ""
                    found[f"{info.name}.{name}{suffix}"] = item
    return found


def all_patterns() -> dict[str, re.Pattern]:
    """Every distinct pattern (by source and flags), keyed by where it was first seen."""
    unique, seen = {}, set()
    for where, pattern in {**module_patterns(), **source_patterns()}.items():
        if (pattern.pattern, pattern.flags) not in seen:
            seen.add((pattern.pattern, pattern.flags))
            unique[where] = pattern
    return unique


def attacks(pattern: re.Pattern):
    """Long repetitions of short atoms (generic ones and the punctuation the pattern itself
    names), each with and without a final character that spoils a near-match."""
    own = sorted(
        {c for c in re.sub(r"\\.", "", pattern.pattern) if not c.isalnum() and c.isprintable()}
        - set("()[]{}?*+|^$\\ ")
    )
    for atom in ATOMS + tuple(own) + tuple(a + " " for a in own):
        body = atom * (LENGTH // len(atom))
        for tail in TAILS:
            yield body + tail


# Patterns only ever search()ed inside a short window, audited by reading each call site.
WINDOWED = {
    "discrepancy.extract.numbers._QUALIFIER_BEFORE": "searched in the 20 characters before a number",
}
WINDOW = 20
MATCH_STRIDE = 499  # match()ed patterns are tried at every 499th position of each attack


def usage(key: str) -> str:
    """How the code applies a pattern: "window" (listed above), "match" when every call is
    ``match``/``fullmatch`` (one position each; for a module-level pattern, every call in its
    module), else "scan"."""
    if key in WINDOWED:
        return "window"
    if key in SOURCE_CALLS:
        return "match" if SOURCE_CALLS[key] in ("match", "fullmatch") else "scan"
    module, _, name = key.rpartition(".")
    if "[" in name or not module.startswith("discrepancy."):
        return "scan"
    path = PACKAGE.parent / (module.replace(".", "/") + ".py")
    if not path.exists():
        path = path.with_suffix("") / "__init__.py"
    methods = set(re.findall(rf"\b{re.escape(name)}\.(\w+)\(", path.read_text(encoding="utf-8")))
    return "match" if methods and methods <= {"match", "fullmatch"} else "scan"


def run(key: str) -> None:
    pattern = all_patterns()[key]
    use = usage(key)
    for text in attacks(pattern):
        if use == "match":
            for start in range(0, len(text), MATCH_STRIDE):
                pattern.match(text, start)
        elif use == "window":
            for end in range(0, len(text), WINDOW):
                pattern.search(text, max(0, end - WINDOW), end)
        else:
            for _ in pattern.finditer(text):
                pass
            pattern.sub("", text)

