class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child
def preorder(node, depth=0):
    yield depth, node.value
    for c in node.children:
        yield from preorder(c, depth + 1)
def postorder(node):
    for c in node.children:
        yield from postorder(c)
    yield node.value
def leaves(node):
    if not node.children:
        yield node.value
    for c in node.children:
        yield from leaves(c)
def paths(node, prefix=()):
    here = prefix + (node.value,)
    if not node.children:
        yield "/".join(here)
    for c in node.children:
        yield from paths(c, here)
tree = Node("root", Node("a", Node("a1"), Node("a2", Node("a2x"))), Node("b"), Node("c", Node("c1")))
print(list(tree))
for depth, v in preorder(tree):
    print("  " * depth + v)
print(list(postorder(tree)))
print(list(leaves(tree)))
print(list(paths(tree)))
class BST:
    def __init__(self):
        self.root = None
    def insert(self, k):
        def ins(n):
            if n is None:
                return [k, None, None]
            if k < n[0]:
                n[1] = ins(n[1])
            else:
                n[2] = ins(n[2])
            return n
        self.root = ins(self.root)
    def inorder(self, n="start"):
        if n == "start":
            n = self.root
        if n is not None:
            yield from self.inorder(n[1])
            yield n[0]
            yield from self.inorder(n[2])
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35]:
    t.insert(k)
print(list(t.inorder()))
def depth_first_limit(node, limit):
    if limit == 0:
        return
    yield node.value
    for c in node.children:
        yield from depth_first_limit(c, limit - 1)
print(list(depth_first_limit(tree, 2)))
