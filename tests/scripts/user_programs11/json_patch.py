"""Diff and patch nested JSON game-state documents (a tiny JSON-patch)."""
import copy
import json
from typing import Any, Dict, List, Union

JSON = Union[Dict[str, Any], List[Any], str, int, float, bool, None]
Op = Dict[str, Any]


def diff(a: JSON, b: JSON, path: str = "") -> List[Op]:
    if type(a) != type(b):
        return [{"op": "replace", "path": path or "/", "value": b}]
    if isinstance(a, dict):
        ops: List[Op] = []
        for k in sorted(set(a) | set(b)):
            p = f"{path}/{k}"
            if k not in b:
                ops.append({"op": "remove", "path": p})
            elif k not in a:
                ops.append({"op": "add", "path": p, "value": b[k]})
            else:
                ops.extend(diff(a[k], b[k], p))
        return ops
    if isinstance(a, list) and len(a) == len(b):
        out: List[Op] = []
        for i, (x, y) in enumerate(zip(a, b)):
            out.extend(diff(x, y, f"{path}/{i}"))
        return out
    return [] if a == b else [{"op": "replace", "path": path or "/", "value": b}]


def resolve(doc: JSON, parts: List[str]) -> Any:
    for part in parts:
        if isinstance(doc, list):
            doc = doc[int(part)]
        elif isinstance(doc, dict):
            if part not in doc:
                raise KeyError(f"path segment {part!r} not found")
            doc = doc[part]
        else:
            raise TypeError(f"cannot index into {type(doc).__name__}")
    return doc


def apply(doc: JSON, ops: List[Op]) -> JSON:
    doc = copy.deepcopy(doc)
    for op in ops:
        parts = op["path"].strip("/").split("/")
        if op["path"] == "/":
            doc = copy.deepcopy(op["value"])
            continue
        parent = resolve(doc, parts[:-1])
        key: Union[str, int] = int(parts[-1]) if isinstance(parent, list) else parts[-1]
        if op["op"] == "remove":
            del parent[key]
        elif op["op"] in ("add", "replace"):
            parent[key] = copy.deepcopy(op["value"])
        else:
            raise ValueError(f"unknown op {op['op']!r}")
    return doc


before = json.loads("""
{"player": {"name": "Kara", "level": 7, "hp": 54.5, "buffs": ["haste"]},
 "inventory": [{"id": "sword", "qty": 1}, {"id": "potion", "qty": 3}],
 "flags": {"met_king": true, "door_open": false}, "zone": null}
""")
after = copy.deepcopy(before)
after["player"]["level"] = 8
after["player"]["hp"] = 61.0
after["player"]["buffs"].append("shield")
after["inventory"][1]["qty"] = 2
del after["flags"]["door_open"]
after["flags"]["dragon_slain"] = True
after["zone"] = "caves"

ops = diff(before, after)
for op in ops:
    print(json.dumps(op))
patched = apply(before, ops)
print("patch reproduces target:", patched == after)
print("original untouched:", before["player"]["level"], before["flags"])
print(json.dumps(patched, sort_keys=True, indent=2))
print(json.dumps({"unicode": "caf\u00e9", "t": (1, 2), "f": 1.0, "big": 10 ** 20}))
print(json.dumps({"unicode": "caf\u00e9"}, ensure_ascii=False), json.dumps([1, 2], separators=(",", ":")))
print(json.loads('[1, 2.5, "x", true, null, {"a": []}]'))
print(diff([1, 2], [1, 2, 3]), diff("same", "same"))

for bad_ops in ([{"op": "move", "path": "/zone"}], [{"op": "add", "path": "/nope/x", "value": 1}],
                [{"op": "replace", "path": "/zone/x", "value": 1}]):
    try:
        apply(before, bad_ops)
    except (KeyError, TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
