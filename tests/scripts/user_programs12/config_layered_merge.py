"""Layered configuration: built-in defaults < JSON file < environment-style overrides < CLI flags."""
import copy
import json
import pprint
from collections import ChainMap
from typing import Any, Iterable, Mapping

DEFAULTS = {
    "app": {"name": "reporter", "workers": 2, "debug": False},
    "db": {"host": "localhost", "port": 5432, "options": {"sslmode": "prefer", "timeout": 5}},
    "output": {"formats": ["csv"], "dir": "/tmp/out", "compress": None},
    "features": {},
}

FILE_LAYER = json.loads("""
{
  "app": {"workers": 8},
  "db": {"host": "db.prod", "options": {"sslmode": "require"}},
  "output": {"formats": ["csv", "xlsx"], "compress": "gzip"},
  "features": {"beta_dashboard": true, "legacy_export": false}
}
""")

ENV_LAYER = {
    "REPORTER__DB__PORT": "6432",
    "REPORTER__APP__DEBUG": "true",
    "REPORTER__OUTPUT__FORMATS": '["pdf"]',
    "REPORTER__DB__OPTIONS__TIMEOUT": "12.5",
    "REPORTER__FEATURES__NEW_CHARTS": "yes",
    "OTHER_VAR": "ignored",
    "REPORTER__APP__NAME": "reporter-eu",
}

CLI_FLAGS = ["--set", "app.workers=16", "--set", "output.dir=/data/reports", "--unset", "output.compress",
             "--set", "db.options.application_name=nightly"]


def coerce(text: str) -> Any:
    low = text.lower()
    if low in ("true", "yes", "on"):
        return True
    if low in ("false", "no", "off"):
        return False
    if low in ("null", "none"):
        return None
    for conv in (int, float):
        try:
            return conv(text)
        except ValueError:
            pass
    if text[:1] in "[{":
        return json.loads(text)
    return text


def deep_merge(base: dict, over: Mapping, path: str = "", log: list = None) -> dict:
    out = copy.deepcopy(base)
    for key, value in over.items():
        where = f"{path}.{key}" if path else key
        if isinstance(value, Mapping) and isinstance(out.get(key), dict):
            out[key] = deep_merge(out[key], value, where, log)
        else:
            if log is not None and out.get(key, "<unset>") != value:
                log.append(f"{where}: {out.get(key, '<unset>')!r} -> {value!r}")
            out[key] = copy.deepcopy(value)
    return out


def nest(flat: Iterable[tuple[str, Any]]) -> dict:
    tree: dict = {}
    for dotted, value in flat:
        *parents, leaf = dotted.split(".")
        node = tree
        for p in parents:
            node = node.setdefault(p, {})
        node[leaf] = value
    return tree


def env_layer(env: Mapping[str, str], prefix="REPORTER__") -> dict:
    pairs = ((k[len(prefix):].lower().replace("__", "."), coerce(v)) for k, v in sorted(env.items())
             if k.startswith(prefix))
    return nest(pairs)


def cli_layer(argv: list[str]) -> tuple[dict, list[str]]:
    sets, unsets = [], []
    it = iter(argv)
    for flag in it:
        arg = next(it)
        if flag == "--set":
            key, _, val = arg.partition("=")
            sets.append((key, coerce(val)))
        elif flag == "--unset":
            unsets.append(arg)
    return nest(sets), unsets


def flatten(d: Mapping, prefix="") -> dict:
    out = {}
    for k, v in d.items():
        key = f"{prefix}{k}"
        if isinstance(v, Mapping) and v:
            out.update(flatten(v, key + "."))
        else:
            out[key] = v
    return out


changes: list[str] = []
layers = [("file", FILE_LAYER), ("env", env_layer(ENV_LAYER))]
cli, unsets = cli_layer(CLI_FLAGS)
layers.append(("cli", cli))

config = DEFAULTS
for name, layer in layers:
    before = len(changes)
    config = deep_merge(config, layer, log=changes)
    print(f"layer {name!r}: {len(changes) - before} change(s)")
    for line in changes[before:]:
        print("   ", line)
for dotted in unsets:
    *parents, leaf = dotted.split(".")
    node = config
    for p in parents:
        node = node[p]
    removed = node.pop(leaf, None)
    print(f"unset {dotted} (was {removed!r})")

print("\nEffective configuration:")
pprint.pprint(config, width=72, sort_dicts=False)
print("\nFlattened:")
for k, v in sorted(flatten(config).items()):
    print(f"  {k:<32} {json.dumps(v)}")

assert DEFAULTS["db"]["options"]["timeout"] == 5, "defaults must not be mutated"
lookup = ChainMap(flatten(cli), flatten(env_layer(ENV_LAYER)), flatten(FILE_LAYER), flatten(DEFAULTS))
for key in ("app.workers", "db.port", "db.options.sslmode", "output.dir", "features.beta_dashboard", "nope"):
    src = next((i for i, m in enumerate(lookup.maps) if key in m), None)
    origin = ["cli", "env", "file", "default"][src] if src is not None else "-"
    print(f"  {key:<26} = {lookup.get(key, '<missing>')!r:<16} from {origin}")
print(len(lookup), sorted(lookup.parents.keys())[:3])
print(pprint.pformat(flatten(config), compact=True, width=60)[:400])
