class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self.size = 0
        for v in reversed(list(iterable)):
            self.push_front(v)

    def push_front(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1

    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{value!r} not in list")

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return self.size

    def __getitem__(self, index):
        if index < 0:
            index += self.size
        for i, v in enumerate(self):
            if i == index:
                return v
        raise IndexError("LinkedList index out of range")

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"


class BST:
    class _Node:
        def __init__(self, key):
            self.key, self.left, self.right, self.count = key, None, None, 1

    def __init__(self, keys=()):
        self.root = None
        for k in keys:
            self.add(k)

    def add(self, key):
        if self.root is None:
            self.root = BST._Node(key)
            return
        cur = self.root
        while True:
            if key == cur.key:
                cur.count += 1
                return
            side = "left" if key < cur.key else "right"
            child = getattr(cur, side)
            if child is None:
                setattr(cur, side, BST._Node(key))
                return
            cur = child

    def __iter__(self):
        stack, cur = [], self.root
        while stack or cur:
            while cur:
                stack.append(cur)
                cur = cur.left
            cur = stack.pop()
            for _ in range(cur.count):
                yield cur.key
            cur = cur.right

    def __contains__(self, key):
        cur = self.root
        while cur and cur.key != key:
            cur = cur.left if key < cur.key else cur.right
        return cur is not None

    def height(self, node="root"):
        node = self.root if node == "root" else node
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))

    def range(self, lo, hi):
        return [k for k in self if lo <= k <= hi]


ll = LinkedList([3, 1, 4])
ll.append(1)
ll.append(5)
ll.push_front(9)
print(ll, len(ll), ll[0], ll[-1], 4 in ll, sum(ll))
ll.remove(1)
ll.reverse()
print(ll, list(ll), sorted(ll), max(ll))
for bad in [lambda: ll.remove(42), lambda: ll[10]]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
empty = LinkedList()
print(empty, len(empty), list(empty), bool(empty))
tree = BST([50, 30, 70, 20, 40, 60, 80, 30, 65])
print(list(tree), tree.height(), 65 in tree, 66 in tree)
print(tree.range(35, 66), [k for k in tree if k % 20 == 0])
words = BST("the quick brown fox jumps over the lazy dog".split())
print(list(words), words.height(), "fox" in words)
print(BST().height(), list(BST()), list(BST(range(5))), BST(range(5)).height())
