# Host workload: A* pathfinding for game units on a tile grid with walls and
# terrain costs, using a hand-written binary heap (no heapq), dicts keyed by
# (x, y) tuples and a small Unit class. Pure Python, no imports.

GRID = 90        # grid is GRID x GRID tiles
N_QUERIES = 50   # size knob: about 1 s on CPython 3.11


class BinaryHeap:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def push(self, item):
        items = self.items
        items.append(item)
        i = len(items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if items[parent] <= item:
                break
            items[i] = items[parent]
            i = parent
        items[i] = item

    def pop(self):
        items = self.items
        last = items.pop()
        if not items:
            return last
        top = items[0]
        n = len(items)
        i = 0
        while True:
            child = 2 * i + 1
            if child >= n:
                break
            if child + 1 < n and items[child + 1] < items[child]:
                child += 1
            if last <= items[child]:
                break
            items[i] = items[child]
            i = child
        items[i] = last
        return top


class Grid:
    def __init__(self, width, height, seed):
        self.width = width
        self.height = height
        self.walls = set()
        self.cost = {}
        state = seed
        for y in range(height):
            for x in range(width):
                state = (state * 1664525 + 1013904223) & 0xFFFFFFFF
                r = state >> 24
                if r < 60 and not (x < 3 and y < 3):
                    self.walls.add((x, y))
                elif r < 100:
                    self.cost[(x, y)] = 5  # swamp
                elif r < 140:
                    self.cost[(x, y)] = 2  # forest
        # long walls with gaps, like rooms
        for k in range(1, 6):
            wx = k * width // 6
            for y in range(height):
                if y % 17 != k:
                    self.walls.add((wx, y))

    def passable(self, pos):
        x, y = pos
        return 0 <= x < self.width and 0 <= y < self.height and pos not in self.walls

    def neighbours(self, pos):
        x, y = pos
        result = []
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (-1, -1), (1, -1), (-1, 1)):
            nxt = (x + dx, y + dy)
            if not self.passable(nxt):
                continue
            if dx and dy and not (self.passable((x + dx, y)) and self.passable((x, y + dy))):
                continue  # no corner cutting
            step = 14 if dx and dy else 10
            result.append((nxt, step * self.cost.get(nxt, 1)))
        return result


def heuristic(a, b):
    dx = abs(a[0] - b[0])
    dy = abs(a[1] - b[1])
    return 10 * (dx + dy) - 6 * min(dx, dy)


def astar(grid, start, goal):
    frontier = BinaryHeap()
    frontier.push((0, 0, start))
    came_from = {start: None}
    g_score = {start: 0}
    counter = 0
    expanded = 0
    while frontier:
        _, _, current = frontier.pop()
        if current == goal:
            break
        expanded += 1
        g = g_score[current]
        for nxt, step in grid.neighbours(current):
            new_g = g + step
            if nxt not in g_score or new_g < g_score[nxt]:
                g_score[nxt] = new_g
                came_from[nxt] = current
                counter += 1
                frontier.push((new_g + heuristic(nxt, goal), counter, nxt))
    if goal not in came_from:
        return None, expanded
    path = []
    node = goal
    while node is not None:
        path.append(node)
        node = came_from[node]
    path.reverse()
    return path, expanded


class Unit:
    def __init__(self, name, pos):
        self.name = name
        self.pos = pos
        self.path = []
        self.travelled = 0

    def order(self, grid, target):
        path, expanded = astar(grid, self.pos, target)
        self.path = path[1:] if path else []
        return path, expanded

    def step(self, n):
        moved = self.path[:n]
        self.path = self.path[n:]
        if moved:
            self.travelled += len(moved)
            self.pos = moved[-1]


def main():
    grid = Grid(GRID, GRID, 42)
    state = 7
    units = [Unit(f"unit{i}", (i % 3, i // 3 % 3)) for i in range(5)]
    found = missing = total_len = total_cost = total_expanded = 0
    checksum = 0
    for q in range(N_QUERIES):
        unit = units[q % len(units)]
        while True:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            target = (state % GRID, (state >> 8) % GRID)
            if grid.passable(target):
                break
        path, expanded = unit.order(grid, target)
        total_expanded += expanded
        if path is None:
            missing += 1
            continue
        found += 1
        total_len += len(path)
        cost = sum(10 * grid.cost.get(p, 1) for p in path[1:])
        total_cost += cost
        for x, y in path[::5]:
            checksum = (checksum * 257 + x * GRID + y) % 1000000007
        unit.step(len(unit.path) // 2 + 1)
    print("grid", GRID, "walls", len(grid.walls), "queries", N_QUERIES)
    print("found", found, "missing", missing, "length", total_len, "cost", total_cost)
    print("expanded", total_expanded, "checksum", checksum)
    for u in units:
        print(u.name, u.pos, u.travelled, len(u.path))


main()
