"""Versioned save games: serialise to JSON, migrate old versions, checksum, and undo via copies."""
from __future__ import annotations

import copy
import json
import math
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timedelta

SAVE_VERSION = 3


class SaveError(Exception):
    pass


@dataclass
class Player:
    name: str
    level: int = 1
    xp: int = 0
    gold: float = 0.0
    position: tuple[int, int] = (0, 0)
    items: list[str] = field(default_factory=list)

    def gain_xp(self, amount: int) -> int:
        self.xp += amount
        ups = 0
        while self.xp >= self.next_level_xp():
            self.xp -= self.next_level_xp()
            self.level += 1
            ups += 1
        return ups

    def next_level_xp(self) -> int:
        return math.floor(100 * self.level ** 1.5)


def checksum(payload: dict) -> int:
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"))
    return sum((i + 1) * ord(c) for i, c in enumerate(text)) % 1_000_003


def save(player: Player, when: datetime) -> str:
    body = {"version": SAVE_VERSION, "saved_at": when.isoformat(), "player": asdict(player)}
    body["checksum"] = checksum(body)
    return json.dumps(body)


def migrate(data: dict) -> dict:
    v = data.get("version", 1)
    if v == 1:  # v1 stored "pos" as "x,y" and had no gold
        p = data["player"]
        p["position"] = [int(c) for c in p.pop("pos").split(",")]
        p["gold"] = 0.0
        v = 2
    if v == 2:  # v2 stored playtime in minutes we no longer keep
        data["player"].pop("minutes_played", None)
        v = 3
    if v != SAVE_VERSION:
        raise SaveError(f"unsupported save version {data.get('version')}")
    data["version"] = v
    return data


def load(text: str, verify: bool = True) -> tuple[Player, datetime]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise SaveError(f"corrupt save: {e.msg}") from e
    if verify and data.get("version") == SAVE_VERSION:
        expected = data.pop("checksum", None)
        if expected != checksum(data):
            raise SaveError(f"checksum mismatch: stored {expected}, computed {checksum(data)}")
    data = migrate(data)
    p = data["player"]
    p["position"] = tuple(p["position"])
    return Player(**p), datetime.fromisoformat(data["saved_at"])


t0 = datetime(2024, 1, 15, 20, 30)
hero = Player("Rin", items=["sword"])
undo_stack = []
for step, (xp, gold, item) in enumerate([(80, 12.5, None), (150, 30.0, "shield"), (400, 5.25, "map")]):
    undo_stack.append(copy.deepcopy(hero))
    ups = hero.gain_xp(xp)
    hero.gold += gold
    if item:
        hero.items.append(item)
    hero.position = (hero.position[0] + 3, hero.position[1] - step)
    print(f"step {step}: +{xp}xp ({ups} level-ups) -> {hero}")

blob = save(hero, t0)
print("save size:", len(blob), "checksum:", json.loads(blob)["checksum"])
loaded, when = load(blob)
print("loaded equal:", loaded == hero, "saved", when.strftime("%Y-%m-%d %H:%M"), "age:", datetime(2024, 1, 16, 8, 0) - when)
hero = undo_stack.pop()
print("after undo:", hero, "stack depth:", len(undo_stack))
twin = replace(hero, name="Rin II", items=list(hero.items))
twin.items.append("cape")
print("replace:", twin.name, twin.items, "original items:", hero.items)

old = json.dumps({"version": 1, "saved_at": "2023-06-01T12:00:00", "player": {"name": "Old", "level": 4, "xp": 10, "pos": "5,-2", "items": []}})
p, w = load(old)
print("migrated v1:", p, w + timedelta(days=365))
v2 = json.dumps({"version": 2, "saved_at": "2023-09-09T09:09:09", "player": {"name": "Mid", "position": [1, 1], "gold": 3.5, "minutes_played": 600}})
print("migrated v2:", load(v2)[0])

tampered = json.loads(blob)
tampered["player"]["gold"] = 99999
for bad in [json.dumps(tampered), '{"version": 9, "player": {}}', "{not json"]:
    try:
        load(bad)
    except SaveError as e:
        print("SaveError:", e, "| cause:", type(e.__cause__).__name__ if e.__cause__ else None)
for lvl in (1, 5, 10, 20):
    print(f"level {lvl:2d} needs {Player('x', level=lvl).next_level_xp():5d} xp, sqrt {math.sqrt(lvl):.4f}")
for key, value in asdict(hero).items():
    print(f"  {key:<8} = {value!r}")
print(Player.__annotations__["position"], copy.copy(hero).items is hero.items)
