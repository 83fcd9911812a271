"""Load JSON service configs and validate them against a tiny schema language."""
import json
from dataclasses import dataclass, asdict, field
from typing import Any

SCHEMA = {
    "type": "object",
    "required": ["name", "version", "listen", "routes"],
    "properties": {
        "name": {"type": "string", "pattern_chars": "abcdefghijklmnopqrstuvwxyz-0123456789"},
        "version": {"type": "integer", "min": 1, "max": 3},
        "listen": {
            "type": "object",
            "required": ["port"],
            "properties": {"host": {"type": "string"}, "port": {"type": "integer", "min": 1, "max": 65535}},
        },
        "routes": {
            "type": "array",
            "min_items": 1,
            "items": {
                "type": "object",
                "required": ["path", "upstream"],
                "properties": {
                    "path": {"type": "string"},
                    "upstream": {"type": "string"},
                    "timeout": {"type": "number", "min": 0},
                    "methods": {"type": "array", "items": {"type": "string", "enum": ["GET", "POST", "PUT", "DELETE"]}},
                },
            },
        },
        "limits": {"type": "object", "properties": {"rps": {"type": "number"}, "burst": {"type": "integer"}}},
        "tags": {"type": "array", "items": {"type": "string"}},
    },
}

TYPES = {"string": str, "integer": int, "number": (int, float), "object": dict, "array": list, "boolean": bool}


def validate(value: Any, schema: dict, path: str = "$") -> list[str]:
    errors = []
    expected = TYPES[schema["type"]]
    if isinstance(value, bool) and schema["type"] in ("integer", "number") or not isinstance(value, expected):
        return [f"{path}: expected {schema['type']}, got {type(value).__name__}"]
    if "min" in schema and value < schema["min"]:
        errors.append(f"{path}: {value} < minimum {schema['min']}")
    if "max" in schema and value > schema["max"]:
        errors.append(f"{path}: {value} > maximum {schema['max']}")
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{path}: {value!r} not one of {schema['enum']}")
    if "pattern_chars" in schema:
        bad = sorted(set(value) - set(schema["pattern_chars"]))
        if bad:
            errors.append(f"{path}: invalid characters {''.join(bad)!r}")
    if schema["type"] == "object":
        for req in schema.get("required", []):
            if req not in value:
                errors.append(f"{path}: missing required key {req!r}")
        props = schema.get("properties", {})
        for k, v in value.items():
            if k in props:
                errors.extend(validate(v, props[k], f"{path}.{k}"))
            else:
                errors.append(f"{path}: unknown key {k!r}")
    if schema["type"] == "array":
        if len(value) < schema.get("min_items", 0):
            errors.append(f"{path}: needs at least {schema['min_items']} item(s)")
        for i, item in enumerate(value):
            errors.extend(validate(item, schema["items"], f"{path}[{i}]"))
    return errors


@dataclass
class Route:
    path: str
    upstream: str
    timeout: float = 30.0
    methods: list = field(default_factory=lambda: ["GET"])


@dataclass
class Service:
    name: str
    version: int
    host: str
    port: int
    routes: list
    limits: dict = field(default_factory=dict)
    tags: list = field(default_factory=list)

    @classmethod
    def from_json(cls, data):
        listen = data["listen"]
        return cls(data["name"], data["version"], listen.get("host", "127.0.0.1"), listen["port"],
                   [Route(**r) for r in data["routes"]], data.get("limits", {}), data.get("tags", []))


DOCS = {
    "good.json": '''{
        "name": "edge-proxy", "version": 2,
        "listen": {"host": "0.0.0.0", "port": 8443},
        "routes": [
            {"path": "/api/", "upstream": "http://api:9000", "timeout": 2.5, "methods": ["GET", "POST"]},
            {"path": "/static/", "upstream": "http://cdn:80"}
        ],
        "limits": {"rps": 150.5, "burst": 300},
        "tags": ["prod", "eu-west-1", "\\u00e9t\\u00e9"]
    }''',
    "bad_types.json": '{"name": "Edge Proxy!", "version": true, "listen": {"port": 70000}, '
                      '"routes": [{"path": "/", "upstream": 5, "methods": ["GET", "PATCH"], "timeout": -1}], "extra": null}',
    "empty_routes.json": '{"name": "x", "version": 1, "listen": {"port": 80}, "routes": []}',
    "syntax.json": '{"name": "x", "version": 1,, }',
    "trailing.json": '{"name": "x"} {"again": 1}',
    "numbers.json": '{"name": "n", "version": 3, "listen": {"port": 1}, "routes": [{"path": "/", "upstream": "u", "timeout": 1e3}], "limits": {"rps": NaN, "burst": 1.0}}',
}

for fname, text in DOCS.items():
    print(f"== {fname}")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        print(f"   parse error: {e}")
        print(f"   at line {e.lineno} col {e.colno} (pos {e.pos})")
        continue
    errors = validate(data, SCHEMA)
    if errors:
        print(f"   {len(errors)} validation error(s):")
        for err in errors:
            print("   -", err)
        continue
    svc = Service.from_json(data)
    print("   ok:", svc.name, f"{svc.host}:{svc.port}", f"{len(svc.routes)} routes")
    out = asdict(svc)
    print(json.dumps(out, indent=2, sort_keys=True))
    print("   compact:", json.dumps(out, separators=(",", ":"), ensure_ascii=True)[:120])

effective = json.loads(DOCS["good.json"], object_pairs_hook=lambda pairs: {k.upper(): v for k, v in pairs})
print(sorted(effective))
print(json.dumps({"float": 0.1 + 0.2, "big": 10**20, "neg": -0.0, "inf": float("inf"), "tuple": (1, 2)}))
try:
    json.dumps({"x": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps([1, [2, [3, {}]], {"a": []}], indent="\t"))
