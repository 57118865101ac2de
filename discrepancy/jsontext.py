"""The report records (stdlib dataclasses, see discrepancy.model) as JSON text and JSON data.

``document`` writes what pydantic-core's ``to_json(indent=2)`` wrote when the records were
pydantic models, byte for byte, so the contract of ``--format json`` did not move: two-space
indent, ``": "``, non-ASCII as is, ``[]`` for an empty list, dates in ISO form, enums by value,
a field whose metadata says ``exclude`` (``Document.text``) left out, and floats as pydantic-core
writes them (see ``_float``). Each value is written as its field's declared type says, as the
models' serialisers did; a value of another type fails loudly instead of being written otherwise.

``data`` is the same record as plain dicts and lists (``model_dump(mode="json")``), for reports
nested in a larger JSON document.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import typing
from json.encoder import encode_basestring  # escapes '"', '\\' and C0 controls, as serde_json

_int = int.__repr__
_float_repr = float.__repr__
_INFINITY = float("inf")


def document(record) -> str:
    """The whole JSON text of ``record``, newline-ended."""
    return _writer(type(record), "")(record) + "\n"


def data(value):
    """``value`` (a record, list, enum, date or scalar) as JSON-ready Python values."""
    if dataclasses.is_dataclass(value):
        return {name: data(getattr(value, name)) for name, _ in _fields(type(value))}
    if isinstance(value, list):
        return [data(item) for item in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _float(value: float) -> str:
    """As pydantic-core writes a float: Python's shortest repr, but an exponent without
    leading zeros (1e-7, 1e+16), decimals for 1e-5 <= |x| < 1e-4 (0.000015), null for inf
    and nan (pydantic's ``ser_json_inf_nan='null'``)."""
    text = _float_repr(value)
    if "e" not in text:
        return text if -_INFINITY < value < _INFINITY else "null"
    mantissa, exponent = text.split("e")
    power = int(exponent)
    if power == -5:
        sign = "-" if mantissa.startswith("-") else ""
        return sign + "0.0000" + mantissa.lstrip("-").replace(".", "")
    return f"{mantissa}e{'+' if power > 0 else '-'}{abs(power)}"


def _boolean(value: bool) -> str:
    return "true" if value is True else "false" if value is False else _no(value, bool)


def _enum(value: enum.Enum) -> str:
    return encode_basestring(value.value)


def _date(value: dt.date) -> str:
    return '"' + value.isoformat() + '"'


def _no(value, kind):
    raise TypeError(f"{value!r} is no {kind.__name__}")


def _optional(write):
    return lambda value: "null" if value is None else write(value)


def _list(write, pad: str):
    """A list written at indentation ``pad``, its items (by ``write``) one level deeper."""
    inner = pad + "  "
    start, between, end = "[\n" + inner, ",\n" + inner, "\n" + pad + "]"
    return lambda values: start + between.join(map(write, values)) + end if values else "[]"


# int.__repr__ and float.__repr__ refuse any other type (a bool is an int).
_SCALARS = {int: _int, float: _float, str: encode_basestring, bool: _boolean, dt.date: _date}
_writers: dict[tuple[type, str], typing.Callable] = {}
_field_lists: dict[type, tuple] = {}


def _fields(cls: type) -> tuple:
    """(name, declared type) of each field of ``cls`` that the JSON holds, in order."""
    found = _field_lists.get(cls)
    if found is None:
        hints = typing.get_type_hints(cls)
        found = _field_lists[cls] = tuple(
            (f.name, hints[f.name]) for f in dataclasses.fields(cls) if not f.metadata.get("exclude")
        )
    return found


def _writer(kind, pad: str) -> typing.Callable:
    """The function writing a value of the declared type ``kind`` on a line indented by
    ``pad``: value -> text. Built once per type and indentation, so that writing a record is
    one compiled f-string (see _record_writer)."""
    if kind in _SCALARS:
        return _SCALARS[kind]
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin is typing.Union and type(None) in args:
        (inner,) = [a for a in args if a is not type(None)]
        return _optional(_writer(inner, pad))
    if origin is list:
        return _list(_writer(args[0], pad + "  "), pad)
    if origin is typing.Literal:
        return encode_basestring
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return _enum
    if dataclasses.is_dataclass(kind):
        return _writers.get((kind, pad)) or _record_writer(kind, pad)
    raise TypeError(f"no JSON form for {kind!r}")


def _record_writer(cls: type, pad: str) -> typing.Callable:
    """The writer of a ``cls`` record whose opening brace stands on a line indented by ``pad``:
    one f-string of its fields' writers, compiled as dataclasses compiles ``__init__``: three
    times as fast per record as filling a %-template, and a 100k-sentence report holds
    hundreds of thousands of records."""
    inner = pad + "  "
    namespace, layout = {}, []
    for number, (name, kind) in enumerate(_fields(cls)):
        namespace[f"w{number}"] = _writer(kind, inner)
        text = ("{\n" if number == 0 else ",\n") + inner + encode_basestring(name) + ": "
        layout.append(text.replace("{", "{{").replace("}", "}}") + f"{{w{number}(r.{name})}}")
    layout.append("\n" + pad + "}}")
    written = _writers[cls, pad] = eval("lambda r: f" + repr("".join(layout)), namespace)
    return written
