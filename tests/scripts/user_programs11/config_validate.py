"""Validate a server config given as JSON against typed dataclasses."""
import json
import re
from dataclasses import dataclass, field, fields, asdict
from typing import Dict, List, Optional

HOST_RE = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$")


class ConfigError(Exception):
    pass


@dataclass
class Listener:
    host: str
    port: int
    tls: bool = False

    def __post_init__(self) -> None:
        if not HOST_RE.match(self.host):
            raise ConfigError(f"invalid host: {self.host!r}")
        if not (1 <= self.port <= 65535):
            raise ConfigError(f"port out of range: {self.port}")


@dataclass
class Limits:
    max_players: int = 16
    tick_rate: int = 20
    motd: Optional[str] = None


@dataclass
class ServerConfig:
    name: str
    listeners: List[Listener]
    limits: Limits = field(default_factory=Limits)
    tags: Dict[str, str] = field(default_factory=dict)


def build(raw: dict) -> ServerConfig:
    known = {f.name for f in fields(ServerConfig)}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise ConfigError(f"unknown keys: {', '.join(unknown)}")
    if "name" not in raw:
        raise ConfigError("missing required key 'name'")
    listeners = [Listener(**item) for item in raw.get("listeners", [])]
    if not listeners:
        raise ConfigError("at least one listener is required")
    limits = Limits(**raw.get("limits", {}))
    return ServerConfig(raw["name"], listeners, limits, dict(raw.get("tags", {})))


SAMPLES = [
    '{"name": "alpha", "listeners": [{"host": "play.example.com", "port": 7777}]}',
    '{"name": "beta", "listeners": [{"host": "10-0-0-1.lan", "port": 80, "tls": true},'
    ' {"host": "backup.lan", "port": 8080}], "limits": {"max_players": 64, "motd": "hi"},'
    ' "tags": {"region": "eu", "mode": "pvp"}}',
    '{"name": "gamma", "listeners": [{"host": "Bad_Host", "port": 1}]}',
    '{"name": "delta", "listeners": [{"host": "ok.lan", "port": 70000}]}',
    '{"name": "eps", "listeners": []}',
    '{"listeners": [{"host": "a.b", "port": 1}]}',
    '{"name": "zeta", "listeners": [{"host": "a.b", "port": 1}], "colour": 1, "admin": 2}',
    '{"name": "eta", "listeners": [{"host": "a.b", "port": 1, "proto": "udp"}]}',
    '{"name": "theta", "listeners": [{"host": "a.b", "port": 1}',
]

good = []
for i, text in enumerate(SAMPLES):
    try:
        raw = json.loads(text)
        cfg = build(raw)
    except json.JSONDecodeError as e:
        print(f"[{i}] JSON error: {e}")
    except ConfigError as e:
        print(f"[{i}] config error: {e}")
    except TypeError as e:
        print(f"[{i}] type error: {e}")
    else:
        good.append(cfg)
        print(f"[{i}] ok: {cfg.name} with {len(cfg.listeners)} listener(s)")

for cfg in good:
    print(cfg)
    print(json.dumps(asdict(cfg), sort_keys=True))
    print(json.dumps(asdict(cfg.limits), indent=2))

print([f.name for f in fields(Listener)])
print([(f.name, f.default) for f in fields(Limits)])
total_ports = sorted(l.port for c in good for l in c.listeners)
print("ports:", total_ports)
print("tls listeners:", [l.host for c in good for l in c.listeners if l.tls])
print(Listener("x.y", 22) == Listener("x.y", 22, False))
