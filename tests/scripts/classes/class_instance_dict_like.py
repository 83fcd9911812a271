class Registry:
    def __init__(self):
        self.data = {}
        self.order = []
    def add(self, key, value):
        if key not in self.data:
            self.order.append(key)
        self.data[key] = value
    def get(self, key, default=None):
        return self.data.get(key, default)
    def keys(self):
        return list(self.order)
    def __repr__(self):
        return "Registry(" + ", ".join(f"{k}={self.data[k]!r}" for k in self.order) + ")"
r = Registry()
r.add("b", 2)
r.add("a", 1)
r.add("b", 20)
print(r, r.keys(), r.get("a"), r.get("zz", "missing"))
class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children if children is not None else []
    def total(self):
        return self.val + sum(c.total() for c in self.children)
    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)
    def __repr__(self):
        if not self.children:
            return f"N{self.val}"
        return f"N{self.val}{self.children}"
tree = Node(1, [Node(2, [Node(4)]), Node(3, [Node(5), Node(6, [Node(7)])])])
print(tree, tree.total(), tree.depth(), tree.children[1].depth())
