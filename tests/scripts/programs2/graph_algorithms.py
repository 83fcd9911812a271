class MinHeap:
    """A small binary heap of (priority, item) pairs."""

    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def push(self, priority, item):
        self.items.append((priority, item))
        i = len(self.items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.items[i] < self.items[parent]:
                self.items[i], self.items[parent] = self.items[parent], self.items[i]
                i = parent
            else:
                break

    def pop(self):
        items = self.items
        last = items.pop()
        if not items:
            return last
        top, items[0] = items[0], last
        i = 0
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < len(items) and items[child] < items[smallest]:
                    smallest = child
            if smallest == i:
                return top
            items[i], items[smallest] = items[smallest], items[i]
            i = smallest


class Graph:
    def __init__(self, directed=False):
        self.adj = {}
        self.directed = directed

    def add_edge(self, u, v, w=1):
        self.adj.setdefault(u, []).append((v, w))
        self.adj.setdefault(v, [])
        if not self.directed:
            self.adj[v].append((u, w))

    def bfs(self, start):
        order, seen, queue = [], {start}, [start]
        while queue:
            node = queue.pop(0)
            order.append(node)
            for nxt, _ in sorted(self.adj[node]):
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
        return order

    def dfs(self, start, seen=None):
        if seen is None:
            seen = set()
        seen.add(start)
        yield start
        for nxt, _ in sorted(self.adj[start]):
            if nxt not in seen:
                yield from self.dfs(nxt, seen)

    def dijkstra(self, source):
        dist = {source: 0}
        prev = {}
        heap = MinHeap()
        heap.push(0, source)
        done = set()
        while heap:
            d, node = heap.pop()
            if node in done:
                continue
            done.add(node)
            for nxt, w in self.adj[node]:
                nd = d + w
                if nd < dist.get(nxt, float("inf")):
                    dist[nxt] = nd
                    prev[nxt] = node
                    heap.push(nd, nxt)
        return dist, prev

    def path(self, prev, target):
        out = [target]
        while out[-1] in prev:
            out.append(prev[out[-1]])
        return out[::-1]

    def components(self):
        seen, comps = set(), []
        for node in sorted(self.adj):
            if node not in seen:
                comp = list(self.dfs(node, seen))
                comps.append(sorted(comp))
        return comps


g = Graph()
for u, v, w in [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3),
                ("E", "D", 4), ("D", "F", 11), ("X", "Y", 1)]:
    g.add_edge(u, v, w)
print("BFS:", g.bfs("A"))
print("DFS:", list(g.dfs("A")))
dist, prev = g.dijkstra("A")
for node in sorted(dist):
    print(f"  {node}: {dist[node]:>3} via {' -> '.join(g.path(prev, node))}")
print("unreachable:", sorted(set(g.adj) - set(dist)))
print("components:", g.components())
h = MinHeap()
for n in [5, 3, 8, 1, 9, 2, 7]:
    h.push(n, str(n))
print("heap order:", [h.pop()[1] for _ in range(len(h))])
dag = Graph(directed=True)
for u, v in [("shirt", "tie"), ("tie", "jacket"), ("pants", "shoes"), ("pants", "belt"),
             ("belt", "jacket"), ("shirt", "belt"), ("socks", "shoes")]:
    dag.add_edge(u, v)
indeg = {n: 0 for n in dag.adj}
for n in dag.adj:
    for m, _ in dag.adj[n]:
        indeg[m] += 1
ready = sorted(n for n, d in indeg.items() if d == 0)
topo = []
while ready:
    n = ready.pop(0)
    topo.append(n)
    for m, _ in dag.adj[n]:
        indeg[m] -= 1
        if indeg[m] == 0:
            ready.append(m)
            ready.sort()
print("dress order:", topo)
