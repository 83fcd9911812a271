"""A tiny fixed-step game loop: ships drift, collide with asteroids, score points."""
import math
import random
from dataclasses import dataclass, field
from typing import List, Optional, Tuple

random.seed(42)


@dataclass
class Vec:
    x: float
    y: float

    def __add__(self, other: "Vec") -> "Vec":
        return Vec(self.x + other.x, self.y + other.y)

    def scale(self, k: float) -> "Vec":
        return Vec(self.x * k, self.y * k)

    def length(self) -> float:
        return math.hypot(self.x, self.y)


@dataclass
class Entity:
    name: str
    pos: Vec
    vel: Vec
    radius: float = 1.0
    alive: bool = True
    hits: List[str] = field(default_factory=list)

    def step(self, dt: float, bounds: Tuple[float, float]) -> None:
        self.pos = self.pos + self.vel.scale(dt)
        w, h = bounds
        self.pos.x %= w
        self.pos.y %= h


def distance(a: Entity, b: Entity) -> float:
    return math.sqrt((a.pos.x - b.pos.x) ** 2 + (a.pos.y - b.pos.y) ** 2)


def spawn_asteroids(n: int) -> List[Entity]:
    rocks = []
    for i in range(n):
        angle = random.uniform(0, 2 * math.pi)
        speed = random.uniform(0.5, 2.0)
        pos = Vec(round(random.uniform(0, 40), 2), round(random.uniform(0, 30), 2))
        vel = Vec(math.cos(angle) * speed, math.sin(angle) * speed)
        rocks.append(Entity(f"rock{i}", pos, vel, radius=random.choice([1.0, 1.5, 2.5])))
    return rocks


def find_target(ship: Entity, rocks: List[Entity]) -> Optional[Entity]:
    alive = [r for r in rocks if r.alive]
    if not alive:
        return None
    return min(alive, key=lambda r: distance(ship, r))


def main() -> None:
    bounds = (40.0, 30.0)
    ship = Entity("ship", Vec(20.0, 15.0), Vec(1.5, -0.5), radius=1.2)
    rocks = spawn_asteroids(8)
    print("initial ship:", ship)
    print("first rock:", rocks[0].name, rocks[0].radius)
    score = 0
    dt = 0.5
    for tick in range(1, 41):
        ship.step(dt, bounds)
        for r in rocks:
            if r.alive:
                r.step(dt, bounds)
        for r in rocks:
            if r.alive and distance(ship, r) < ship.radius + r.radius:
                r.alive = False
                ship.hits.append(r.name)
                score += int(10 * r.radius)
                print(f"tick {tick:2d}: hit {r.name} (r={r.radius}) score={score}")
        if tick % 5 == 0:
            target = find_target(ship, rocks)
            if target is not None:
                d = distance(ship, target)
                heading = math.degrees(math.atan2(target.pos.y - ship.pos.y, target.pos.x - ship.pos.x))
                print(f"tick {tick:2d}: ship at ({ship.pos.x:.2f}, {ship.pos.y:.2f}) nearest {target.name} d={d:.3f} heading={heading:.1f}")
                # steer a bit toward the target
                ship.vel = Vec(math.cos(math.radians(heading)) * 2, math.sin(math.radians(heading)) * 2)
    for r in rocks[:4]:
        print(f"  {r.name}: pos=({r.pos.x:.3f}, {r.pos.y:.3f}) alive={r.alive} d={distance(ship, r):.4f}")
    print("final score:", score)
    print("hits:", ship.hits)
    print("alive rocks:", sorted(r.name for r in rocks if r.alive))
    print("speed:", round(ship.vel.length(), 6))
    print("final ship pos:", Vec(round(ship.pos.x, 3), round(ship.pos.y, 3)))
    try:
        Entity("ghost")  # missing args
    except TypeError as e:
        print("TypeError:", e)
    try:
        math.sqrt(-1)
    except ValueError as e:
        print("ValueError:", e)


if __name__ == "__main__":
    main()
