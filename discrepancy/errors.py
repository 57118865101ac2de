"""The one exception the CLI turns into a one-line message and exit status 2."""


class InputError(Exception):
    """Bad input or usage: the message names the file or option and says what is wrong."""


def refuse_json_constant(name: str):
    """For ``json.loads(parse_constant=...)``: NaN and Infinity are no values a file of ours holds."""
    raise ValueError(f"{name} is not a value JSON allows")


def read_text(path, what: str, encoding: str = "utf-8") -> str:
    """The text of the file ``path`` (a ``what``: "pairs file", "baseline"...), or an InputError
    saying in one line why it cannot be read."""
    from pathlib import Path

    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such {what}" if not path.exists() else f"{path}: the {what} is not a file")
    try:
        return path.read_text(encoding=encoding)
    except UnicodeDecodeError:
        raise InputError(f"{path}: the {what} is not valid UTF-8") from None
    except OSError as err:
        raise InputError(f"{path}: cannot read the {what} ({err.strerror})") from None
