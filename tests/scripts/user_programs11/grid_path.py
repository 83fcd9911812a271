"""Pathfinding on a tile map: BFS for reachability, A* with terrain costs."""
import heapq
from collections import deque, namedtuple
from typing import Dict, Iterator, List, Optional, Tuple

Point = namedtuple("Point", "x y")

MAP = """
S..#......
.#.#.~~~..
.#...~#~..
.####.#...
......#.#.
.~~~..#.#G
...#....#.
""".strip().splitlines()

COST = {".": 1, "S": 1, "G": 1, "~": 4}


def find(ch: str) -> Point:
    for y, row in enumerate(MAP):
        x = row.find(ch)
        if x >= 0:
            return Point(x, y)
    raise ValueError(f"{ch!r} not on map")


def neighbours(p: Point) -> Iterator[Point]:
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        q = Point(p.x + dx, p.y + dy)
        if 0 <= q.y < len(MAP) and 0 <= q.x < len(MAP[0]) and MAP[q.y][q.x] != "#":
            yield q


def bfs(start: Point) -> Dict[Point, int]:
    dist = {start: 0}
    queue = deque([start])
    while queue:
        p = queue.popleft()
        for q in neighbours(p):
            if q not in dist:
                dist[q] = dist[p] + 1
                queue.append(q)
    return dist


def manhattan(a: Point, b: Point) -> int:
    return abs(a.x - b.x) + abs(a.y - b.y)


def astar(start: Point, goal: Point) -> Optional[Tuple[int, List[Point]]]:
    frontier: List[Tuple[int, int, Point]] = [(manhattan(start, goal), 0, start)]
    came: Dict[Point, Optional[Point]] = {start: None}
    cost: Dict[Point, int] = {start: 0}
    expanded = 0
    while frontier:
        _, g, p = heapq.heappop(frontier)
        if p == goal:
            path = [p]
            while came[path[-1]] is not None:
                path.append(came[path[-1]])
            print(f"  A* expanded {expanded} nodes")
            return g, path[::-1]
        if g > cost[p]:
            continue
        expanded += 1
        for q in neighbours(p):
            ng = g + COST[MAP[q.y][q.x]]
            if ng < cost.get(q, 1 << 30):
                cost[q] = ng
                came[q] = p
                heapq.heappush(frontier, (ng + manhattan(q, goal), ng, q))
    return None


start, goal = find("S"), find("G")
print("start", start, "goal", goal, "as tuple", tuple(goal))
dist = bfs(start)
print("reachable tiles:", len(dist), "steps to goal:", dist.get(goal))
far = max(dist.items(), key=lambda kv: (kv[1], kv[0]))
print("farthest tile:", far)
result = astar(start, goal)
assert result is not None
total, path = result
print("weighted cost:", total, "path length:", len(path))
print("path:", " ".join(f"{p.x},{p.y}" for p in path))
grid = [list(row) for row in MAP]
for p in path[1:-1]:
    grid[p.y][p.x] = "*"
for row in grid:
    print("  " + "".join(row))
print(Point(3, 4)._replace(y=9), Point._fields, Point(1, 2)._asdict())
try:
    find("X")
except ValueError as e:
    print("ValueError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
for target in [Point(9, 0), Point(0, 6), Point(7, 6)]:
    res = astar(start, target)
    print(f"to {target}: bfs={dist.get(target)} weighted={res[0] if res else None}")
print("blocked start:", astar(Point(2, 2), Point(2, 2))[0])
