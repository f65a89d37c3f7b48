"""Lists and dicts written as Python writes them (str(), print(), repr()) rather than as JSON, read as literals."""
from __future__ import annotations

import ast

# values Python's repr writes as a constructor call (a datetime a scraper kept, a Decimal, a UUID, a MongoDB
# ObjectId, a pandas Timestamp): read as the text of their arguments, never called
_REPR_CALLS = {"datetime", "date", "time", "Decimal", "UUID", "ObjectId", "Timestamp"}


def python_literal(text: str) -> object:
    """The value of a list or dict written as Python writes it: str() of a scraper's items (datetimes included) or
    a column that went through pandas' CSV and back. Literals only: nothing is called or looked up (a constructor
    call of _REPR_CALLS becomes the ISO-like text of its arguments). Raises ValueError when it is no such text."""
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except (SyntaxError, MemoryError, RecursionError, ValueError) as e:
        raise ValueError(f"not a Python literal: {type(e).__name__}") from None
    try:
        return _literal_node(tree.body)
    except (RecursionError, TypeError) as e:  # nested too deep; a list as a dict's key, minus a string
        raise ValueError(f"not a Python literal: {type(e).__name__}") from None


def _literal_node(node: ast.AST) -> object:
    if isinstance(node, ast.Constant):  # (bytes, complex and ... have no JSON value: their text)
        value = node.value
        if value is None or isinstance(value, (str, bool, int, float)):
            return value
        return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        return [_literal_node(item) for item in node.elts]
    if isinstance(node, ast.Dict) and None not in node.keys:
        return {_literal_node(k): _literal_node(v) for k, v in zip(node.keys, node.values)}
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Constant):
        return -node.operand.value
    if isinstance(node, ast.Call) and _call_name(node.func) in _REPR_CALLS:  # (tzinfo=... is left unread)
        return _repr_call_text(_call_name(node.func), [_literal_node(arg) for arg in node.args])
    raise ValueError(f"not a Python literal: {type(node).__name__}")


def _call_name(func: ast.AST) -> str | None:
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None


def _repr_call_text(name: str, args: list) -> str:
    """datetime(2025, 5, 7, 10, 30) as "2025-05-07T10:30:00"; any other call as its one argument's text."""
    if name in ("datetime", "date") and 3 <= len(args) <= 7 and all(isinstance(a, int) for a in args):
        day = f"{args[0]:04d}-{args[1]:02d}-{args[2]:02d}"
        return day if len(args) == 3 else day + "T" + ":".join(f"{a:02d}" for a in (args[3:6] + [0, 0])[:3])
    return " ".join(str(a) for a in args)


def python_container(text: str) -> list | dict | None:
    """A list or dict a script wrote with str() or print() instead of json.dump (single quotes, None, True,
    datetime.datetime(...)): its value, or None when the text is no such literal."""
    if text.lstrip()[:1] not in ("[", "{") or "'" not in text:
        return None
    try:
        value = python_literal(text)
    except ValueError:
        return None
    return value if isinstance(value, (list, dict)) else None
